// RUN: veritor-opt %s --veritor-lower-hooks=mode=trace | FileCheck %s --enable-var-scope

// lower_hooks_success_trace: each hook becomes IREE's flow.tensor.trace in place (printed at
// run time, once per iteration inside a loop); signatures do not change. IREE accepts this
// generic form (driver/tests/it/hooks.rs runs it).
// CHECK-LABEL: function_type = (tensor<4xf32>) -> tensor<4xf32>, sym_name = "lower_hooks_success_trace"
// CHECK: %[[N:.*]] = "stablehlo.negate"
// CHECK-NEXT: "flow.tensor.trace"(%[[N]]) {key = "lower_hooks_success_trace/negate#0", operandSegmentSizes = array<i32: 1, 0>} : (tensor<4xf32>) -> ()
// CHECK-NEXT: "func.return"(%[[N]])
// CHECK-NOT: veritor.hook
func.func @lower_hooks_success_trace(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "stablehlo.negate"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = "veritor.hook"(%0) {name = "lower_hooks_success_trace/negate#0"} : (tensor<4xf32>) -> tensor<4xf32>
  return %1 : tensor<4xf32>
}
