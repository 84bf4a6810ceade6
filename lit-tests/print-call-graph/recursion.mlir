// RUN: veritor-opt %s --split-input-file --verify-diagnostics --veritor-print-call-graph
// RUN: not veritor-opt %s --split-input-file --veritor-print-call-graph 2>&1 | FileCheck %s

// CHECK: recursion.mlir:[[@LINE+4]]:{{[0-9]+}}: error: recursion in the call graph: @even -> @odd -> @even
// CHECK: error: recursion in the call graph: @self -> @self
func.func @even(%x: tensor<f32>) -> tensor<f32> {
  // expected-error@+1 {{recursion in the call graph: @even -> @odd -> @even}}
  %0 = func.call @odd(%x) : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
func.func private @odd(%x: tensor<f32>) -> tensor<f32> {
  %0 = func.call @even(%x) : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @self(%x: tensor<f32>) -> tensor<f32> {
  // expected-error@+1 {{recursion in the call graph: @self -> @self}}
  %0 = func.call @self(%x) : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
