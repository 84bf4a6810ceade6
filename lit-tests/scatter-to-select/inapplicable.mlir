// RUN: veritor-opt %s --split-input-file --verify-diagnostics --veritor-scatter-to-select
// RUN: veritor-opt %s --split-input-file -o %t.before
// RUN: veritor-opt %s --split-input-file --veritor-scatter-to-select -o %t.after
// RUN: diff %t.before %t.after

// Modules without a scatter come out unchanged, with nothing reported.

// column_scatter_inapplicable_dynamic_update_slice: `lax.dynamic_update_slice` writes a
// column without a scatter; it is not touched.
func.func @column_scatter_inapplicable_dynamic_update_slice(%x: tensor<2x8xf32>, %c: tensor<i32>, %v: tensor<2x1xf32>) -> tensor<2x8xf32> {
  %zero = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
  %0 = "stablehlo.dynamic_update_slice"(%x, %v, %zero, %c) : (tensor<2x8xf32>, tensor<2x1xf32>, tensor<i32>, tensor<i32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

// column_scatter_inapplicable_no_scatter: a module with calls and a loop but no scatter.
func.func private @double(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "stablehlo.add"(%x, %x) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func @column_scatter_inapplicable_no_scatter(%x: tensor<4xf32>, %p: tensor<i1>) -> tensor<4xf32> {
  %w = "stablehlo.while"(%x) ({
  ^bb0(%v: tensor<4xf32>):
    "stablehlo.return"(%p) : (tensor<i1>) -> ()
  }, {
  ^bb0(%v: tensor<4xf32>):
    %d = func.call @double(%v) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%d) : (tensor<4xf32>) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %w : tensor<4xf32>
}
