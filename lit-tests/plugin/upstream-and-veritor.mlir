// REQUIRES: plugin
// RUN: mlir-opt-22 --load-pass-plugin=%veritor_plugin --allow-unregistered-dialect %s \
// RUN:   --pass-pipeline='builtin.module(veritor-inline{into=main},symbol-dce,canonicalize)' \
// RUN:   | FileCheck %s
// RUN: mlir-opt-22 --load-pass-plugin=%veritor_plugin --allow-unregistered-dialect %s \
// RUN:   --pass-pipeline='builtin.module(symbol-dce,canonicalize)' | FileCheck %s --check-prefix=UPSTREAM
// RUN: not mlir-opt-22 --load-pass-plugin=%veritor_plugin --allow-unregistered-dialect %s \
// RUN:   --pass-pipeline='builtin.module(veritor-inline{into=main loop-only=true})' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BADOPT
// RUN: mlir-opt-22 --load-pass-plugin=%veritor_plugin --help | FileCheck %s --check-prefix=HELP

// Veritor's passes run inside mlir-opt-22 (the plugin, `make plugin`), in one pipeline with
// upstream passes: veritor-inline inlines @helper into @main, upstream symbol-dce then deletes
// the unused @helper, and canonicalize folds the multiplication by one that came with it.
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %[[X:.*]]: tensor<4xi32>
// CHECK-NEXT: %[[N:.*]] = "stablehlo.negate"(%[[X]])
// CHECK-NEXT: return %[[N]]
// CHECK-NOT: func.call
// CHECK-NOT: arith.muli
// CHECK-NOT: @helper
// Without veritor-inline the call stays, and so does @helper.
// UPSTREAM: call @helper
// UPSTREAM: func.func private @helper
// A bad option is one line from the plugin's option parser (the same as veritor-opt's).
// BADOPT: error: pass 'veritor-inline': unknown option 'loop-only'; valid options: into, loops-only
// Every Veritor pass is registered.
// HELP: --veritor-ar-to-tf
// HELP: --veritor-inline
// HELP: --veritor-symbol-dce
func.func @main(%x: tensor<4xi32>) -> tensor<4xi32> {
  %0 = func.call @helper(%x) : (tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}
func.func private @helper(%a: tensor<4xi32>) -> tensor<4xi32> {
  %one = arith.constant dense<1> : tensor<4xi32>
  %0 = arith.muli %a, %one : tensor<4xi32>
  %1 = "stablehlo.negate"(%0) : (tensor<4xi32>) -> tensor<4xi32>
  return %1 : tensor<4xi32>
}
