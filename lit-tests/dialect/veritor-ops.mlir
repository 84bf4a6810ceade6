// RUN: veritor-opt %s --split-input-file --verify-diagnostics
// RUN: not veritor-opt %s --split-input-file 2>/dev/null | FileCheck %s

// The veritor dialect (IRDL, loaded into every context): well-formed ops verify and print
// back; malformed ones fail verification at parse time, with the reason.

// veritor_ops_success_well_formed
// CHECK-LABEL: sym_name = "ok"
// CHECK: "veritor.hook"(%{{.*}}) {name = "h0"} : (tensor<2x8xf32>) -> tensor<2x8xf32>
// CHECK: "veritor.fingerprint"(%{{.*}}, %{{.*}}) {dim = 4 : i64} : (tensor<2x8xf32>, tensor<2xui32>) -> tensor<2x4xf32>
func.func @ok(%x: tensor<2x8xf32>, %seed: tensor<2xui32>) -> tensor<2x4xf32> {
  %0 = "veritor.hook"(%x) {name = "h0"} : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %1 = "veritor.fingerprint"(%0, %seed) {dim = 4 : i64} : (tensor<2x8xf32>, tensor<2xui32>) -> tensor<2x4xf32>
  return %1 : tensor<2x4xf32>
}

// -----

// veritor_ops_failure_hook_without_name
func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'veritor.hook' op attribute "name" is expected but not provided}}
  %0 = "veritor.hook"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// veritor_ops_failure_hook_name_not_a_string
func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{expected base attribute 'builtin.string' but got 'builtin.integer'}}
  %0 = "veritor.hook"(%x) {name = 3 : i32} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// veritor_ops_failure_hook_changes_the_type: a hook returns its operand unchanged.
func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{expected 'tensor<4xf32>' but got 'tensor<5xf32>'}}
  %0 = "veritor.hook"(%x) {name = "h"} : (tensor<4xf32>) -> tensor<5xf32>
  return %x : tensor<4xf32>
}

// -----

// veritor_ops_failure_hook_on_a_scalar: hooks tap tensors.
func.func @f(%x: f32) -> f32 {
  // expected-error@+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "veritor.hook"(%x) {name = "h"} : (f32) -> f32
  return %x : f32
}

// -----

// veritor_ops_failure_unknown_op: the dialect is closed.
func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{unregistered operation 'veritor.hok' found in dialect ('veritor') that does not allow unknown operations}}
  %0 = "veritor.hok"(%x) {name = "h"} : (tensor<4xf32>) -> tensor<4xf32>
  return %x : tensor<4xf32>
}

// -----

// veritor_ops_failure_fingerprint_without_dim
func.func @f(%x: tensor<4xf32>, %s: tensor<2xui32>) -> tensor<4xf32> {
  // expected-error@+1 {{'veritor.fingerprint' op attribute "dim" is expected but not provided}}
  %0 = "veritor.fingerprint"(%x, %s) : (tensor<4xf32>, tensor<2xui32>) -> tensor<2xf32>
  return %x : tensor<4xf32>
}

// -----

// veritor_ops_failure_fingerprint_without_seed
func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{op expects exactly 2 operands, but got 1}}
  %0 = "veritor.fingerprint"(%x) {dim = 2 : i64} : (tensor<4xf32>) -> tensor<2xf32>
  return %x : tensor<4xf32>
}
