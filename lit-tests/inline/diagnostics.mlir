// RUN: veritor-opt %s --split-input-file --verify-diagnostics --veritor-inline
// RUN: not veritor-opt %s --split-input-file --veritor-inline='into=nowhere' 2>&1 | FileCheck %s --check-prefix=INTO

// INTO: error: veritor-inline: no function @nowhere to inline into; functions: 

// Recursion cannot be inlined: an error naming the cycle.
func.func @loop(%x: tensor<f32>) -> tensor<f32> {
  // expected-error@+1 {{recursion in the call graph: @loop -> @loop}}
  %0 = func.call @loop(%x) : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// A declaration without a body stays called, with a remark.
func.func @uses_decl(%x: tensor<f32>) -> tensor<f32> {
  // expected-remark@+1 {{call to @decl not inlined: the callee has no body}}
  %0 = func.call @decl(%x) : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
func.func private @decl(%x: tensor<f32>) -> tensor<f32>

// -----

// inline_inapplicable_no_return: a callee whose body ends in something other than
// func.return (MLIR cannot tell, the op is unregistered) stays called, with a remark.
func.func @uses_odd(%x: tensor<f32>) -> tensor<f32> {
  // expected-remark@+1 {{call to @odd not inlined: the callee's body does not end in func.return}}
  %0 = func.call @odd(%x) : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
func.func private @odd(%x: tensor<f32>) -> tensor<f32> {
  "fxnc.return"(%x) : (tensor<f32>) -> ()
}
