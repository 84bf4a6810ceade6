// RUN: veritor-opt %s --split-input-file --verify-diagnostics --veritor-scatter-to-select
// RUN: veritor-opt %s --split-input-file -o %t.before
// RUN: veritor-opt %s --split-input-file --veritor-scatter-to-select -o %t.after
// RUN: diff %t.before %t.after
// RUN: FileCheck %s < %t.after

// Scatters outside the pattern stay exactly as they are (the output equals the output with
// no pass), and nothing is reported (--verify-diagnostics with no expected diagnostic).

// column_scatter_failure_add_combiner: `x.at[:, c].add(v)` adds, it does not overwrite.
// CHECK-LABEL: sym_name = "column_scatter_failure_add_combiner"
// CHECK: "stablehlo.scatter"
// CHECK-NOT: "stablehlo.select"
func.func @column_scatter_failure_add_combiner(%x: tensor<2x8xf32>, %i: tensor<1xi32>, %v: tensor<2xf32>) -> tensor<2x8xf32> {
  %0 = "stablehlo.scatter"(%x, %i, %v) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
  ^bb0(%old: tensor<f32>, %new: tensor<f32>):
    %s = "stablehlo.add"(%old, %new) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<2x8xf32>, tensor<1xi32>, tensor<2xf32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

// column_scatter_failure_returns_old: a body returning the old value (a no-op scatter).
// CHECK-LABEL: sym_name = "column_scatter_failure_returns_old"
// CHECK: "stablehlo.scatter"
func.func @column_scatter_failure_returns_old(%x: tensor<2x8xf32>, %i: tensor<1xi32>, %v: tensor<2xf32>) -> tensor<2x8xf32> {
  %0 = "stablehlo.scatter"(%x, %i, %v) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
  ^bb0(%old: tensor<f32>, %new: tensor<f32>):
    "stablehlo.return"(%old) : (tensor<f32>) -> ()
  }) : (tensor<2x8xf32>, tensor<1xi32>, tensor<2xf32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

// column_scatter_failure_per_row_indices: one index per row (indices [4, 1]), as
// `x.at[jnp.arange(4), cols].set(v)` writes; HF's top-p scatter has this form.
// CHECK-LABEL: sym_name = "column_scatter_failure_per_row_indices"
// CHECK: "stablehlo.scatter"
func.func @column_scatter_failure_per_row_indices(%x: tensor<97xf32>, %i: tensor<8x1xi32>, %v: tensor<8xf32>) -> tensor<97xf32> {
  %0 = "stablehlo.scatter"(%x, %i, %v) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>, unique_indices = false}> ({
  ^bb0(%old: tensor<f32>, %new: tensor<f32>):
    "stablehlo.return"(%new) : (tensor<f32>) -> ()
  }) : (tensor<97xf32>, tensor<8x1xi32>, tensor<8xf32>) -> tensor<97xf32>
  return %0 : tensor<97xf32>
}

// -----

// column_scatter_failure_batching_dims: row r written at column idx[r] through batching
// dimensions (JAX's vmapped `.at[c].set`).
// CHECK-LABEL: sym_name = "column_scatter_failure_batching_dims"
// CHECK: "stablehlo.scatter"
func.func @column_scatter_failure_batching_dims(%x: tensor<2x8xf32>, %i: tensor<2x1xi32>, %v: tensor<2xf32>) -> tensor<2x8xf32> {
  %0 = "stablehlo.scatter"(%x, %i, %v) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [1], input_batching_dims = [0], scatter_indices_batching_dims = [0], scatter_dims_to_operand_dims = [1], index_vector_dim = 1>, unique_indices = false}> ({
  ^bb0(%old: tensor<f32>, %new: tensor<f32>):
    "stablehlo.return"(%new) : (tensor<f32>) -> ()
  }) : (tensor<2x8xf32>, tensor<2x1xi32>, tensor<2xf32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

// column_scatter_failure_multi_operand: two operands scattered together.
// CHECK-LABEL: sym_name = "column_scatter_failure_multi_operand"
// CHECK: "stablehlo.scatter"
func.func @column_scatter_failure_multi_operand(%x: tensor<2x8xf32>, %y: tensor<2x8xi32>, %i: tensor<1xi32>, %v: tensor<2xf32>, %w: tensor<2xi32>) -> (tensor<2x8xf32>, tensor<2x8xi32>) {
  %0:2 = "stablehlo.scatter"(%x, %y, %i, %v, %w) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<i32>, %c: tensor<f32>, %d: tensor<i32>):
    "stablehlo.return"(%c, %d) : (tensor<f32>, tensor<i32>) -> ()
  }) : (tensor<2x8xf32>, tensor<2x8xi32>, tensor<1xi32>, tensor<2xf32>, tensor<2xi32>) -> (tensor<2x8xf32>, tensor<2x8xi32>)
  return %0#0, %0#1 : tensor<2x8xf32>, tensor<2x8xi32>
}

// -----

// column_scatter_failure_wide_window: two columns at once (a window 2 wide along the
// scattered axis).
// CHECK-LABEL: sym_name = "column_scatter_failure_wide_window"
// CHECK: "stablehlo.scatter"
func.func @column_scatter_failure_wide_window(%x: tensor<2x8xf32>, %i: tensor<1xi32>, %v: tensor<2x2xf32>) -> tensor<2x8xf32> {
  %0 = "stablehlo.scatter"(%x, %i, %v) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
  ^bb0(%old: tensor<f32>, %new: tensor<f32>):
    "stablehlo.return"(%new) : (tensor<f32>) -> ()
  }) : (tensor<2x8xf32>, tensor<1xi32>, tensor<2x2xf32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

// column_scatter_failure_partial_rows: the window covers rows 0..2 of 4 (neither every row
// nor one).
// CHECK-LABEL: sym_name = "column_scatter_failure_partial_rows"
// CHECK: "stablehlo.scatter"
func.func @column_scatter_failure_partial_rows(%x: tensor<4x8xf32>, %i: tensor<1xi32>, %v: tensor<2xf32>) -> tensor<4x8xf32> {
  %0 = "stablehlo.scatter"(%x, %i, %v) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
  ^bb0(%old: tensor<f32>, %new: tensor<f32>):
    "stablehlo.return"(%new) : (tensor<f32>) -> ()
  }) : (tensor<4x8xf32>, tensor<1xi32>, tensor<2xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// column_scatter_failure_dynamic_shape: an operand of dynamic shape.
// CHECK-LABEL: sym_name = "column_scatter_failure_dynamic_shape"
// CHECK: "stablehlo.scatter"
func.func @column_scatter_failure_dynamic_shape(%x: tensor<?x8xf32>, %i: tensor<1xi32>, %v: tensor<?xf32>) -> tensor<?x8xf32> {
  %0 = "stablehlo.scatter"(%x, %i, %v) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
  ^bb0(%old: tensor<f32>, %new: tensor<f32>):
    "stablehlo.return"(%new) : (tensor<f32>) -> ()
  }) : (tensor<?x8xf32>, tensor<1xi32>, tensor<?xf32>) -> tensor<?x8xf32>
  return %0 : tensor<?x8xf32>
}

// -----

// column_scatter_failure_element_count_overflows: indices whose element count overflows
// i64 are left alone (no panic).
// CHECK-LABEL: sym_name = "column_scatter_failure_element_count_overflows"
// CHECK: "stablehlo.scatter"
func.func @column_scatter_failure_element_count_overflows(%x: tensor<2x8xf32>, %i: tensor<4294967296x4294967296x4294967296x1xi32>, %v: tensor<2xf32>) -> tensor<2x8xf32> {
  %0 = "stablehlo.scatter"(%x, %i, %v) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1], index_vector_dim = 3>, unique_indices = true}> ({
  ^bb0(%old: tensor<f32>, %new: tensor<f32>):
    "stablehlo.return"(%new) : (tensor<f32>) -> ()
  }) : (tensor<2x8xf32>, tensor<4294967296x4294967296x4294967296x1xi32>, tensor<2xf32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}
