// RUN: veritor-opt %s --split-input-file --veritor-bool-to-select | FileCheck %s
// RUN: not veritor-opt %s --veritor-bool-to-select=into=dot 2>&1 | FileCheck %s --check-prefix=BADOPT
// BADOPT: error: pass 'veritor-bool-to-select': unknown option 'into'

// bool_to_select_success_one_hot_dot: jax.nn.one_hot(t, 4) @ w with _one_hot inlined, which
// IREE 3.13's CPU backend cannot compile (examples/iree_vecmat_bool_repro.mlir): the convert
// becomes a select of one and zero, and the dot reads it.
// CHECK-LABEL: sym_name = "one_hot_dot"
// CHECK: %[[M:.*]] = "stablehlo.compare"
// CHECK-DAG: %[[ONE:.*]] = "stablehlo.constant"() {value = dense<1.000000e+00> : tensor<4xf32>}
// CHECK-DAG: %[[ZERO:.*]] = "stablehlo.constant"() {value = dense<0.000000e+00> : tensor<4xf32>}
// CHECK: %[[S:.*]] = "stablehlo.select"(%[[M]], %[[ONE]], %[[ZERO]]) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NOT: stablehlo.convert
// CHECK: "stablehlo.dot_general"(%[[S]],
func.func @one_hot_dot(%w: tensor<4x4xf32>, %t: tensor<i32>) -> tensor<4xf32> {
  %0 = "stablehlo.broadcast_in_dim"(%t) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
  %1 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
  %2 = "stablehlo.compare"(%0, %1) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  %3 = "stablehlo.convert"(%2) : (tensor<4xi1>) -> tensor<4xf32>
  %4 = "stablehlo.dot_general"(%3, %w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>}> : (tensor<4xf32>, tensor<4x4xf32>) -> tensor<4xf32>
  return %4 : tensor<4xf32>
}

// -----

// bool_to_select_success_bf16_matrix: a bf16 mask matrix, also used elsewhere: every use
// moves to the select.
// CHECK-LABEL: sym_name = "mask_matrix"
// CHECK: %[[S:.*]] = "stablehlo.select"(%arg0, {{.*}}) : (tensor<2x3xi1>, tensor<2x3xbf16>, tensor<2x3xbf16>) -> tensor<2x3xbf16>
// CHECK: "stablehlo.dot_general"(%[[S]], %arg1)
// CHECK: "stablehlo.add"(%[[S]], %[[S]])
func.func @mask_matrix(%m: tensor<2x3xi1>, %w: tensor<3x5xbf16>) -> (tensor<2x5xbf16>, tensor<2x3xbf16>) {
  %0 = "stablehlo.convert"(%m) : (tensor<2x3xi1>) -> tensor<2x3xbf16>
  %1 = "stablehlo.dot_general"(%0, %w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<2x3xbf16>, tensor<3x5xbf16>) -> tensor<2x5xbf16>
  %2 = "stablehlo.add"(%0, %0) : (tensor<2x3xbf16>, tensor<2x3xbf16>) -> tensor<2x3xbf16>
  return %1, %2 : tensor<2x5xbf16>, tensor<2x3xbf16>
}

// -----

// bool_to_select_inapplicable_not_into_a_dot: a mask converted for an elementwise product is
// left alone (IREE compiles it).
// CHECK-LABEL: sym_name = "mask_product"
// CHECK: "stablehlo.convert"(%arg0) : (tensor<4xi1>) -> tensor<4xf32>
// CHECK-NOT: stablehlo.select
func.func @mask_product(%m: tensor<4xi1>, %x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "stablehlo.convert"(%m) : (tensor<4xi1>) -> tensor<4xf32>
  %1 = "stablehlo.multiply"(%0, %x) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %1 : tensor<4xf32>
}

// -----

// bool_to_select_inapplicable_other_types: integers into a dot, and booleans to integers,
// are left alone.
// CHECK-LABEL: sym_name = "other_types"
// CHECK: "stablehlo.convert"(%arg0) : (tensor<4xi32>) -> tensor<4xf32>
// CHECK: "stablehlo.convert"(%arg2) : (tensor<4xi1>) -> tensor<4xi32>
// CHECK-NOT: stablehlo.select
func.func @other_types(%i: tensor<4xi32>, %w: tensor<4x4xf32>, %m: tensor<4xi1>, %v: tensor<4x4xi32>) -> (tensor<4xf32>, tensor<4xi32>) {
  %0 = "stablehlo.convert"(%i) : (tensor<4xi32>) -> tensor<4xf32>
  %1 = "stablehlo.dot_general"(%0, %w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>}> : (tensor<4xf32>, tensor<4x4xf32>) -> tensor<4xf32>
  %2 = "stablehlo.convert"(%m) : (tensor<4xi1>) -> tensor<4xi32>
  %3 = "stablehlo.dot_general"(%2, %v) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>}> : (tensor<4xi32>, tensor<4x4xi32>) -> tensor<4xi32>
  return %1, %3 : tensor<4xf32>, tensor<4xi32>
}
