// REQUIRES: plugin
// The plugin is a dialect plugin too: `--load-dialect-plugin` gives mlir-opt-22 the veritor
// dialect, loaded from the IRDL definition veritor-opt loads, so its ops verify there with
// veritor-opt's messages (the lit run through mlir-opt runs dialect/veritor-ops.mlir this way).
// RUN: mlir-opt-22 --load-dialect-plugin=%veritor_plugin %s --split-input-file --verify-diagnostics
// Without it, mlir-opt does not know the dialect.
// RUN: not mlir-opt-22 %s --split-input-file 2>&1 | FileCheck %s --check-prefix=NODIALECT
// NODIALECT: error: operation being parsed with an unregistered dialect
// With it, the dialect is closed even where unregistered dialects are allowed (stablehlo's
// are, in mlir-opt): a misspelt op is an error, not an unknown op let through.
// RUN: not mlir-opt-22 --load-dialect-plugin=%veritor_plugin --allow-unregistered-dialect %s \
// RUN:   --split-input-file 2>&1 | FileCheck %s --check-prefix=CLOSED
// CLOSED: error: unregistered operation 'veritor.hok' found in dialect ('veritor') that does not allow unknown operations
// An `--irdl-file` that defines veritor as well is kept (two definitions would clash).
// RUN: mlir-opt-22 --load-dialect-plugin=%veritor_plugin --irdl-file=%veritor_irdl %s \
// RUN:   --split-input-file --verify-diagnostics
// Both plugins at once: a Veritor pass's output, with its veritor ops, verifies and prints.
// RUN: mlir-opt-22 --load-dialect-plugin=%veritor_plugin --load-pass-plugin=%veritor_plugin \
// RUN:   --allow-unregistered-dialect %examples/tiny/forward.mlir \
// RUN:   --pass-pipeline='builtin.module(veritor-insert-hooks{ops=dot_general})' \
// RUN:   | FileCheck %s --check-prefix=HOOKS
// HOOKS: veritor.hook"({{.*}}) {name = "{{.*}}dot_general{{.*}}"}

func.func @well_formed(%x: tensor<2x8xf32>, %seed: tensor<2xui32>) -> tensor<2x4xf32> {
  %0 = "veritor.hook"(%x) {name = "h0"} : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %1 = "veritor.fingerprint"(%0, %seed) {dim = 4 : i64} : (tensor<2x8xf32>, tensor<2xui32>) -> tensor<2x4xf32>
  return %1 : tensor<2x4xf32>
}

// -----

func.func @hook_without_name(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'veritor.hook' op attribute "name" is expected but not provided}}
  %0 = "veritor.hook"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @misspelt_op(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{unregistered operation 'veritor.hok' found in dialect ('veritor') that does not allow unknown operations}}
  %0 = "veritor.hok"(%x) {name = "h"} : (tensor<4xf32>) -> tensor<4xf32>
  return %x : tensor<4xf32>
}
