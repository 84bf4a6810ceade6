// RUN: veritor-opt %s --veritor-inline --veritor-symbol-dce --mlir-print-ir-after-all -o /dev/null 2>&1 | FileCheck %s --check-prefix=IR
// IR: IR Dump After veritor-inline
// IR-NOT: "func.call"
// IR: sym_name = "helper"
// IR: IR Dump After veritor-symbol-dce
// IR-NOT: sym_name = "helper"
// RUN: veritor-opt %s --veritor-inline --mlir-timing -o /dev/null 2>&1 | FileCheck %s --check-prefix=TIMING
// TIMING: Execution time report
// TIMING: veritor-inline
// Upstream MLIR passes mix with Veritor's in one pipeline.
// RUN: veritor-opt %s --pass-pipeline='builtin.module(veritor-inline,symbol-dce)' | FileCheck %s --check-prefix=UPSTREAM
// UPSTREAM-NOT: sym_name = "helper"
func.func @instrumentation_success_inline_helper(%x: tensor<f32>) -> tensor<f32> {
  %0 = func.call @helper(%x) : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
func.func private @helper(%x: tensor<f32>) -> tensor<f32> {
  return %x : tensor<f32>
}
