// RUN: veritor-opt %s --split-input-file --veritor-symbol-dce | FileCheck %s

// symbol_dce_success_unreachable_private: unreachable private functions go; reachable ones
// (through calls and attribute references) and public ones stay.
// CHECK-LABEL: sym_name = "symbol_dce_success_unreachable_private"
// CHECK-DAG: sym_name = "called"
// CHECK-DAG: sym_name = "referenced"
// CHECK-DAG: sym_name = "public_unused"
// CHECK-NOT: sym_name = "dead"
// CHECK-NOT: sym_name = "dead_callee"
func.func @symbol_dce_success_unreachable_private(%x: tensor<f32>) -> tensor<f32> {
  %0 = func.call @called(%x) : (tensor<f32>) -> tensor<f32>
  %1 = "stablehlo.custom_call"(%0) {call_target_name = "foo", called_computations = [@referenced]} : (tensor<f32>) -> tensor<f32>
  return %1 : tensor<f32>
}
func.func private @called(%x: tensor<f32>) -> tensor<f32> {
  return %x : tensor<f32>
}
func.func private @referenced(%x: tensor<f32>) -> tensor<f32> {
  return %x : tensor<f32>
}
func.func @public_unused(%x: tensor<f32>) -> tensor<f32> {
  return %x : tensor<f32>
}
func.func private @dead(%x: tensor<f32>) -> tensor<f32> {
  %0 = func.call @dead_callee(%x) : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
func.func private @dead_callee(%x: tensor<f32>) -> tensor<f32> {
  return %x : tensor<f32>
}

// -----

// Nothing dead: unchanged.
// CHECK-LABEL: sym_name = "only"
// CHECK: sym_name = "kept"
func.func @only(%x: tensor<f32>) -> tensor<f32> {
  %0 = func.call @kept(%x) : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
func.func private @kept(%x: tensor<f32>) -> tensor<f32> {
  return %x : tensor<f32>
}
