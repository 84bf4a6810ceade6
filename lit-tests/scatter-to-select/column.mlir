// RUN: veritor-opt %s --split-input-file --verify-diagnostics --veritor-scatter-to-select
// RUN: veritor-opt %s --split-input-file --veritor-scatter-to-select | FileCheck %s --enable-var-scope

// Overwriting scatters of one index vector, one element wide along the scattered axes,
// become select(iota == index, broadcast(update), operand). Their results are proven equal
// to StableHLO's (out-of-bounds and negative indices included) in IREE by
// driver/tests/it/scatter.rs.

// column_scatter_success_hf_min_length: HF's min-length processor, -inf into column %eos of
// the [1, vocab] logits: the update is broadcast over the rows and selected where the column
// equals the index.
// CHECK-LABEL: sym_name = "column_scatter_success_hf_min_length"
// CHECK-NEXT: ^bb0(%[[X:.*]]: tensor<1x97xf32>, %[[I:.*]]: tensor<1xi32>):
// CHECK-NEXT: %[[INF:.*]] = "stablehlo.constant"
// CHECK-NEXT: %[[U:.*]] = "stablehlo.broadcast_in_dim"(%[[INF]]) {broadcast_dimensions = array<i64: 0>} : (tensor<1xf32>) -> tensor<1x97xf32>
// CHECK-NEXT: %[[C:.*]] = "stablehlo.reshape"(%[[I]]) : (tensor<1xi32>) -> tensor<i32>
// CHECK-NEXT: %[[CS:.*]] = "stablehlo.broadcast_in_dim"(%[[C]]) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x97xi32>
// CHECK-NEXT: %[[COL:.*]] = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x97xi32>
// CHECK-NEXT: %[[M:.*]] = "stablehlo.compare"(%[[COL]], %[[CS]]) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x97xi32>, tensor<1x97xi32>) -> tensor<1x97xi1>
// CHECK-NEXT: %[[R:.*]] = "stablehlo.select"(%[[M]], %[[U]], %[[X]]) : (tensor<1x97xi1>, tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
// CHECK-NEXT: "func.return"(%[[R]])
func.func @column_scatter_success_hf_min_length(%logits: tensor<1x97xf32>, %eos: tensor<1xi32>) -> tensor<1x97xf32> {
  %inf = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<1xf32>}> : () -> tensor<1xf32>
  %0 = "stablehlo.scatter"(%logits, %eos, %inf) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
  ^bb0(%old: tensor<f32>, %new: tensor<f32>):
    "stablehlo.return"(%new) : (tensor<f32>) -> ()
  }) : (tensor<1x97xf32>, tensor<1xi32>, tensor<1xf32>) -> tensor<1x97xf32>
  return %0 : tensor<1x97xf32>
}

// -----

// column_scatter_success_scalar_index: a rank-0 index (index_vector_dim = rank) of type
// i64, one value per row: compared in i64 as it is, no reshape needed.
// CHECK-LABEL: sym_name = "column_scatter_success_scalar_index"
// CHECK-NEXT: ^bb0(%[[X:.*]]: tensor<4x8xi32>, %[[C:.*]]: tensor<i64>, %[[V:.*]]: tensor<4xi32>):
// CHECK-NEXT: %[[U:.*]] = "stablehlo.broadcast_in_dim"(%[[V]]) {broadcast_dimensions = array<i64: 0>} : (tensor<4xi32>) -> tensor<4x8xi32>
// CHECK-NEXT: %[[CS:.*]] = "stablehlo.broadcast_in_dim"(%[[C]]) {broadcast_dimensions = array<i64>} : (tensor<i64>) -> tensor<4x8xi64>
// CHECK-NEXT: %[[COL:.*]] = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<4x8xi64>
// CHECK-NEXT: %[[M:.*]] = "stablehlo.compare"(%[[COL]], %[[CS]])
// CHECK-NEXT: "stablehlo.select"(%[[M]], %[[U]], %[[X]]) : (tensor<4x8xi1>, tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
// CHECK-NOT: stablehlo.scatter
func.func @column_scatter_success_scalar_index(%x: tensor<4x8xi32>, %c: tensor<i64>, %v: tensor<4xi32>) -> tensor<4x8xi32> {
  %0 = "stablehlo.scatter"(%x, %c, %v) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1], index_vector_dim = 0>, unique_indices = false}> ({
  ^bb0(%old: tensor<i32>, %new: tensor<i32>):
    "stablehlo.return"(%new) : (tensor<i32>) -> ()
  }) : (tensor<4x8xi32>, tensor<i64>, tensor<4xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// -----

// column_scatter_success_window_axis: the scattered axis is a window axis of size 1 (no
// inserted dims), as HF's top-p keeps its first token; i1 elements.
// CHECK-LABEL: sym_name = "column_scatter_success_window_axis"
// CHECK: %[[U:.*]] = "stablehlo.broadcast_in_dim"(%arg1) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi1>) -> tensor<1x97xi1>
// CHECK: %[[COL:.*]] = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x97xi32>
// CHECK-NEXT: %[[M:.*]] = "stablehlo.compare"(%[[COL]],
// CHECK-NEXT: "stablehlo.select"(%[[M]], %[[U]], %arg0) : (tensor<1x97xi1>, tensor<1x97xi1>, tensor<1x97xi1>) -> tensor<1x97xi1>
// CHECK-NOT: stablehlo.scatter
func.func @column_scatter_success_window_axis(%x: tensor<1x97xi1>, %v: tensor<1x1xi1>) -> tensor<1x97xi1> {
  %zero = "stablehlo.constant"() <{value = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %0 = "stablehlo.scatter"(%x, %zero, %v) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
  ^bb0(%old: tensor<i1>, %new: tensor<i1>):
    "stablehlo.return"(%new) : (tensor<i1>) -> ()
  }) : (tensor<1x97xi1>, tensor<1xi32>, tensor<1x1xi1>) -> tensor<1x97xi1>
  return %0 : tensor<1x97xi1>
}

// -----

// column_scatter_success_update_scatter_axes: indices [1, 1] with index_vector_dim = 1 give
// the updates a scatter axis of size 1, which a reshape drops before the broadcast.
// CHECK-LABEL: sym_name = "column_scatter_success_update_scatter_axes"
// CHECK-NEXT: ^bb0(%[[X:.*]]: tensor<4x8xf32>, %[[I:.*]]: tensor<1x1xi32>, %[[V:.*]]: tensor<1x4xf32>):
// CHECK-NEXT: %[[W:.*]] = "stablehlo.reshape"(%[[V]]) : (tensor<1x4xf32>) -> tensor<4xf32>
// CHECK-NEXT: %[[U:.*]] = "stablehlo.broadcast_in_dim"(%[[W]]) {broadcast_dimensions = array<i64: 0>} : (tensor<4xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: "stablehlo.reshape"(%[[I]]) : (tensor<1x1xi32>) -> tensor<i32>
// CHECK: "stablehlo.select"({{.*}}, %[[U]], %[[X]])
// CHECK-NOT: stablehlo.scatter
func.func @column_scatter_success_update_scatter_axes(%x: tensor<4x8xf32>, %i: tensor<1x1xi32>, %v: tensor<1x4xf32>) -> tensor<4x8xf32> {
  %0 = "stablehlo.scatter"(%x, %i, %v) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1], index_vector_dim = 1>, unique_indices = false}> ({
  ^bb0(%old: tensor<f32>, %new: tensor<f32>):
    "stablehlo.return"(%new) : (tensor<f32>) -> ()
  }) : (tensor<4x8xf32>, tensor<1x1xi32>, tensor<1x4xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// column_scatter_success_two_axes: an index vector of two elements, element 0 to axis 2 and
// element 1 to axis 1: one compare per scattered axis, and-ed.
// CHECK-LABEL: sym_name = "column_scatter_success_two_axes"
// CHECK-NEXT: ^bb0(%[[X:.*]]: tensor<2x4x8xf32>, %[[I:.*]]: tensor<2xi32>, %[[V:.*]]: tensor<2xf32>):
// CHECK-NEXT: %[[U:.*]] = "stablehlo.broadcast_in_dim"(%[[V]]) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x4x8xf32>
// CHECK-NEXT: %[[I1:.*]] = "stablehlo.slice"(%[[I]]) {limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}
// CHECK-NEXT: %[[S1:.*]] = "stablehlo.reshape"(%[[I1]]) : (tensor<1xi32>) -> tensor<i32>
// CHECK-NEXT: %[[B1:.*]] = "stablehlo.broadcast_in_dim"(%[[S1]])
// CHECK-NEXT: %[[IOTA1:.*]] = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x4x8xi32>
// CHECK-NEXT: %[[M1:.*]] = "stablehlo.compare"(%[[IOTA1]], %[[B1]])
// CHECK-NEXT: %[[I0:.*]] = "stablehlo.slice"(%[[I]]) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}
// CHECK-NEXT: %[[S0:.*]] = "stablehlo.reshape"(%[[I0]])
// CHECK-NEXT: %[[B0:.*]] = "stablehlo.broadcast_in_dim"(%[[S0]])
// CHECK-NEXT: %[[IOTA2:.*]] = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<2x4x8xi32>
// CHECK-NEXT: %[[M2:.*]] = "stablehlo.compare"(%[[IOTA2]], %[[B0]])
// CHECK-NEXT: %[[M:.*]] = "stablehlo.and"(%[[M1]], %[[M2]])
// CHECK-NEXT: "stablehlo.select"(%[[M]], %[[U]], %[[X]])
func.func @column_scatter_success_two_axes(%x: tensor<2x4x8xf32>, %i: tensor<2xi32>, %v: tensor<2xf32>) -> tensor<2x4x8xf32> {
  %0 = "stablehlo.scatter"(%x, %i, %v) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1, 2], scatter_dims_to_operand_dims = [2, 1]>, unique_indices = false}> ({
  ^bb0(%old: tensor<f32>, %new: tensor<f32>):
    "stablehlo.return"(%new) : (tensor<f32>) -> ()
  }) : (tensor<2x4x8xf32>, tensor<2xi32>, tensor<2xf32>) -> tensor<2x4x8xf32>
  return %0 : tensor<2x4x8xf32>
}

// -----

// column_scatter_success_first_row_only: both axes inserted, only axis 1 scattered: the
// window starts at 0 on axis 0, so the mask also asks for row 0.
// CHECK-LABEL: sym_name = "column_scatter_success_first_row_only"
// CHECK-NEXT: ^bb0(%[[X:.*]]: tensor<3x8xf32>, %[[I:.*]]: tensor<1xi32>, %[[V:.*]]: tensor<f32>):
// CHECK-NEXT: %[[U:.*]] = "stablehlo.broadcast_in_dim"(%[[V]]) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x8xf32>
// CHECK-NEXT: %[[ZERO:.*]] = "stablehlo.constant"() {value = dense<0> : tensor<3x8xi32>}
// CHECK-NEXT: %[[ROW:.*]] = "stablehlo.iota"() {iota_dimension = 0 : i64}
// CHECK-NEXT: %[[M0:.*]] = "stablehlo.compare"(%[[ROW]], %[[ZERO]])
// CHECK: %[[COL:.*]] = "stablehlo.iota"() {iota_dimension = 1 : i64}
// CHECK-NEXT: %[[M1:.*]] = "stablehlo.compare"(%[[COL]],
// CHECK-NEXT: %[[M:.*]] = "stablehlo.and"(%[[M0]], %[[M1]])
// CHECK-NEXT: "stablehlo.select"(%[[M]], %[[U]], %[[X]])
func.func @column_scatter_success_first_row_only(%x: tensor<3x8xf32>, %i: tensor<1xi32>, %v: tensor<f32>) -> tensor<3x8xf32> {
  %0 = "stablehlo.scatter"(%x, %i, %v) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [1]>, unique_indices = false}> ({
  ^bb0(%old: tensor<f32>, %new: tensor<f32>):
    "stablehlo.return"(%new) : (tensor<f32>) -> ()
  }) : (tensor<3x8xf32>, tensor<1xi32>, tensor<f32>) -> tensor<3x8xf32>
  return %0 : tensor<3x8xf32>
}

// -----

// column_scatter_success_narrow_index: 300 columns do not fit in i8 or ui8: the index is
// converted (sign- or zero-extended) to i64 and compared there.
// CHECK-LABEL: sym_name = "column_scatter_success_narrow_index"
// CHECK: %[[S:.*]] = "stablehlo.reshape"(%arg1) : (tensor<1xi8>) -> tensor<i8>
// CHECK-NEXT: %[[C:.*]] = "stablehlo.convert"(%[[S]]) : (tensor<i8>) -> tensor<i64>
// CHECK-NEXT: "stablehlo.broadcast_in_dim"(%[[C]]) {broadcast_dimensions = array<i64>} : (tensor<i64>) -> tensor<2x300xi64>
// CHECK-NEXT: "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x300xi64>
// CHECK: %[[T:.*]] = "stablehlo.reshape"(%arg2) : (tensor<1xui8>) -> tensor<ui8>
// CHECK-NEXT: "stablehlo.convert"(%[[T]]) : (tensor<ui8>) -> tensor<i64>
// CHECK-NOT: stablehlo.scatter
func.func @column_scatter_success_narrow_index(%x: tensor<2x300xf32>, %i: tensor<1xi8>, %j: tensor<1xui8>, %v: tensor<2xf32>) -> (tensor<2x300xf32>, tensor<2x300xf32>) {
  %0 = "stablehlo.scatter"(%x, %i, %v) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = false}> ({
  ^bb0(%old: tensor<f32>, %new: tensor<f32>):
    "stablehlo.return"(%new) : (tensor<f32>) -> ()
  }) : (tensor<2x300xf32>, tensor<1xi8>, tensor<2xf32>) -> tensor<2x300xf32>
  %1 = "stablehlo.scatter"(%x, %j, %v) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = false}> ({
  ^bb0(%old: tensor<f32>, %new: tensor<f32>):
    "stablehlo.return"(%new) : (tensor<f32>) -> ()
  }) : (tensor<2x300xf32>, tensor<1xui8>, tensor<2xf32>) -> tensor<2x300xf32>
  return %0, %1 : tensor<2x300xf32>, tensor<2x300xf32>
}

// -----

// column_scatter_success_in_loop: a scatter at the loop counter inside a while body is
// rewritten in place.
// CHECK-LABEL: sym_name = "column_scatter_success_in_loop"
// CHECK: "stablehlo.while"
// CHECK: }, {
// CHECK-NEXT: ^bb0(%[[B:.*]]: tensor<2x8xf32>, %[[I:.*]]: tensor<i32>):
// CHECK: %[[IDX:.*]] = "stablehlo.broadcast_in_dim"(%[[I]])
// CHECK: "stablehlo.reshape"(%[[IDX]]) : (tensor<1xi32>) -> tensor<i32>
// CHECK: %[[R:.*]] = "stablehlo.select"({{.*}}, {{.*}}, %[[B]])
// CHECK: "stablehlo.return"(%[[R]],
// CHECK-NOT: stablehlo.scatter
func.func @column_scatter_success_in_loop(%x: tensor<2x8xf32>, %n: tensor<i32>) -> tensor<2x8xf32> {
  %zero = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
  %w:2 = "stablehlo.while"(%x, %zero) ({
  ^bb0(%b: tensor<2x8xf32>, %i: tensor<i32>):
    %p = "stablehlo.compare"(%i, %n) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.return"(%p) : (tensor<i1>) -> ()
  }, {
  ^bb0(%b: tensor<2x8xf32>, %i: tensor<i32>):
    %one = "stablehlo.constant"() <{value = dense<1.0> : tensor<2xf32>}> : () -> tensor<2xf32>
    %idx = "stablehlo.broadcast_in_dim"(%i) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %s = "stablehlo.scatter"(%b, %idx, %one) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      "stablehlo.return"(%new) : (tensor<f32>) -> ()
    }) : (tensor<2x8xf32>, tensor<1xi32>, tensor<2xf32>) -> tensor<2x8xf32>
    %c1 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %next = "stablehlo.add"(%i, %c1) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "stablehlo.return"(%s, %next) : (tensor<2x8xf32>, tensor<i32>) -> ()
  }) : (tensor<2x8xf32>, tensor<i32>) -> (tensor<2x8xf32>, tensor<i32>)
  return %w#0 : tensor<2x8xf32>
}
