// --verify-diagnostics fails, with a located message, when expectations and diagnostics differ.
// RUN: not veritor-opt %s --verify-diagnostics --veritor-inline 2>&1 | FileCheck %s
// CHECK-DAG: verify-diagnostics.mlir:[[@LINE+4]]:6: error: expected error "this never happens" was not produced
// CHECK-DAG: verify-diagnostics.mlir:[[@LINE+4]]:{{[0-9]+}}: error: unexpected remark: call to @decl not inlined: the callee has no body

func.func @verify_diagnostics_failure_mismatch(%x: tensor<f32>) -> tensor<f32> {
  // expected-error {{this never happens}}
  %0 = func.call @decl(%x) : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
func.func private @decl(%x: tensor<f32>) -> tensor<f32>
