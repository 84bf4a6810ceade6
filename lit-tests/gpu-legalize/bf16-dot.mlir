// RUN: veritor-opt %s --split-input-file --veritor-gpu-legalize | FileCheck %s

// bf16_dot_general_success_widened: a bf16 matmul is computed in f32 and rounded once.
// CHECK-LABEL: sym_name = "bf16_dot"
// CHECK: %[[A:.*]] = "stablehlo.convert"(%arg{{[0-9]+}}) : (tensor<2x3xbf16>) -> tensor<2x3xf32>
// CHECK-NEXT: %[[B:.*]] = "stablehlo.convert"(%arg{{[0-9]+}}) : (tensor<3x4xbf16>) -> tensor<3x4xf32>
// CHECK-NEXT: %[[D:.*]] = "stablehlo.dot_general"(%[[A]], %[[B]]) {dot_dimension_numbers = #stablehlo.dot<{{.*}}>} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
// CHECK-NEXT: %[[R:.*]] = "stablehlo.convert"(%[[D]]) : (tensor<2x4xf32>) -> tensor<2x4xbf16>
// CHECK-NEXT: "func.return"(%[[R]])
func.func @bf16_dot(%a: tensor<2x3xbf16>, %b: tensor<3x4xbf16>) -> tensor<2x4xbf16> {
  %0 = "stablehlo.dot_general"(%a, %b) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<2x3xbf16>, tensor<3x4xbf16>) -> tensor<2x4xbf16>
  return %0 : tensor<2x4xbf16>
}

// -----

// bf16_dot_general_inapplicable_f32_or_widening: f32 dots, and bf16 dots that already
// produce f32, stay as they are.
// CHECK-LABEL: sym_name = "other_dots"
// CHECK-NOT: "stablehlo.convert"
// CHECK: "stablehlo.dot_general"(%arg{{[0-9]+}}, %arg{{[0-9]+}}) <{dot_dimension_numbers
// CHECK: "stablehlo.dot_general"(%arg{{[0-9]+}}, %arg{{[0-9]+}}) <{dot_dimension_numbers
func.func @other_dots(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %c: tensor<2x3xbf16>, %d: tensor<3x4xbf16>) -> (tensor<2x4xf32>, tensor<2x4xf32>) {
  %0 = "stablehlo.dot_general"(%a, %b) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  %1 = "stablehlo.dot_general"(%c, %d) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<2x3xbf16>, tensor<3x4xbf16>) -> tensor<2x4xf32>
  return %0, %1 : tensor<2x4xf32>, tensor<2x4xf32>
}
