// RUN: veritor-opt %s --split-input-file --verify-diagnostics --veritor-fingerprint

// fingerprint_failure_hook_in_reduce_body: before lowering, a hook is projected where it
// sits, so it must sit where a value can leave (a while body, an if/case branch).
func.func @fingerprint_failure_hook_in_reduce_body(%x: tensor<4x8xf32>) -> tensor<4xf32> {
  %z = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
  %r = "stablehlo.reduce"(%x, %z) ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    // expected-error@+1 {{veritor-fingerprint: this veritor.hook sits in a stablehlo.reduce region, which its fingerprint could not leave}}
    %h = "veritor.hook"(%s) {name = "h"} : (tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%h) : (tensor<f32>) -> ()
  }) {dimensions = array<i64: 1>} : (tensor<4x8xf32>, tensor<f32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

// fingerprint_failure_wrong_result_type
func.func @fingerprint_failure_wrong_result_type(%x: tensor<4x8xf32>, %s: tensor<2xui32>) -> tensor<4x3xf32> {
  // expected-error@+1 {{veritor-fingerprint: the result type must be tensor<4x2xf32> for an input of type tensor<4x8xf32> and dim = 2, not tensor<4x3xf32>}}
  %0 = "veritor.fingerprint"(%x, %s) {dim = 2 : i64} : (tensor<4x8xf32>, tensor<2xui32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

// fingerprint_failure_bad_seed
func.func @fingerprint_failure_bad_seed(%x: tensor<4x8xf32>, %s: tensor<3xf32>) -> tensor<4x2xf32> {
  // expected-error@+1 {{veritor-fingerprint: the seed must be a 32-bit integer scalar or 2-vector (tensor<2xui32>, tensor<i32>...), not tensor<3xf32>}}
  %0 = "veritor.fingerprint"(%x, %s) {dim = 2 : i64} : (tensor<4x8xf32>, tensor<3xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// -----

// fingerprint_failure_bad_distribution
func.func @fingerprint_failure_bad_distribution(%x: tensor<4x8xf32>, %s: tensor<2xui32>) -> tensor<4x2xf32> {
  // expected-error@+1 {{veritor-fingerprint: unknown distribution 'uniform' (rademacher or gaussian)}}
  %0 = "veritor.fingerprint"(%x, %s) {dim = 2 : i64, distribution = "uniform"} : (tensor<4x8xf32>, tensor<2xui32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// fingerprint_failure_bad_dim
// RUN: not veritor-opt %s --split-input-file --veritor-fingerprint=dim=0 2>&1 | FileCheck %s --check-prefix=DIM
// DIM: error: veritor-fingerprint: dim=0 must be between 1 and 65536

// fingerprint_inapplicable_no_hook_results: a remark, nothing changes.
// RUN: veritor-opt %S/../Inputs/canonical.mlir --veritor-fingerprint 2>&1 >/dev/null | FileCheck %s --check-prefix=NONE
// NONE: remark: veritor-fingerprint: no hook or hook result to fingerprint (run veritor-insert-hooks first)
