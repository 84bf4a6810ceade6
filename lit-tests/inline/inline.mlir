// RUN: veritor-opt %s --split-input-file --veritor-inline | FileCheck %s
// RUN: veritor-opt %s --split-input-file --pass-pipeline='builtin.module(veritor-inline,veritor-symbol-dce)' | FileCheck %s --check-prefix=DCE

// inline_success_nested_helpers_in_loop: three levels of helpers inside a while body: all
// inlined, operands mapped through.
// CHECK-LABEL: sym_name = "inline_success_nested_helpers_in_loop"
// CHECK: "stablehlo.while"
// CHECK: }, {
// CHECK-NEXT: ^bb0(%[[A:.*]]: tensor<4xf32>):
// CHECK-NEXT: %[[N:.*]] = "stablehlo.negate"(%[[A]])
// CHECK-NEXT: %[[S:.*]] = "stablehlo.add"(%[[N]], %[[A]])
// CHECK-NEXT: "stablehlo.return"(%[[S]])
// CHECK-NOT: func.call
// CHECK: sym_name = "step"
// DCE-LABEL: sym_name = "inline_success_nested_helpers_in_loop"
// DCE-NOT: func.call
// DCE-NOT: sym_name = "step"
// DCE-NOT: sym_name = "forward"
// DCE-NOT: sym_name = "_where"
func.func @inline_success_nested_helpers_in_loop(%x: tensor<4xf32>, %p: tensor<i1>) -> tensor<4xf32> {
  %w = "stablehlo.while"(%x) ({
  ^bb0(%a: tensor<4xf32>):
    "stablehlo.return"(%p) : (tensor<i1>) -> ()
  }, {
  ^bb0(%a: tensor<4xf32>):
    %s = func.call @step(%a) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%s) : (tensor<4xf32>) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %w : tensor<4xf32>
}
func.func private @step(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = func.call @forward(%a) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = "stablehlo.add"(%0, %a) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %1 : tensor<4xf32>
}
func.func private @forward(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = func.call @_where(%a) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func private @_where(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "stablehlo.negate"(%a) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// inline_success_multiple_results: a callee with several results, called twice; a result
// used by a later op.
// CHECK-LABEL: sym_name = "inline_success_multiple_results"
// CHECK-NEXT: ^bb0(%[[ARG:.*]]: tensor<f32>):
// CHECK-NEXT: %[[X:.*]] = "stablehlo.negate"(%[[ARG]])
// CHECK-NEXT: %[[Y:.*]] = "stablehlo.negate"(%[[X]])
// CHECK-NEXT: %[[Z:.*]] = "stablehlo.add"(%[[X]], %[[Y]])
// CHECK-NEXT: "func.return"(%[[Z]], %[[X]])
func.func @inline_success_multiple_results(%x: tensor<f32>) -> (tensor<f32>, tensor<f32>) {
  %0:2 = func.call @two(%x) : (tensor<f32>) -> (tensor<f32>, tensor<f32>)
  return %0#1, %0#0 : tensor<f32>, tensor<f32>
}
func.func private @two(%a: tensor<f32>) -> (tensor<f32>, tensor<f32>) {
  %0 = "stablehlo.negate"(%a) : (tensor<f32>) -> tensor<f32>
  %1 = "stablehlo.negate"(%0) : (tensor<f32>) -> tensor<f32>
  %2 = "stablehlo.add"(%0, %1) : (tensor<f32>, tensor<f32>) -> tensor<f32>
  return %0, %2 : tensor<f32>, tensor<f32>
}

// -----

// inline_inapplicable_no_calls: nothing to inline: the module comes out unchanged.
// CHECK-LABEL: sym_name = "inline_inapplicable_no_calls"
// CHECK-NEXT: ^bb0(%[[ARG:.*]]: tensor<f32>):
// CHECK-NEXT: "func.return"(%[[ARG]])
func.func @inline_inapplicable_no_calls(%x: tensor<f32>) -> tensor<f32> {
  return %x : tensor<f32>
}
