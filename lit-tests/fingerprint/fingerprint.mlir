// RUN: veritor-opt %s --split-input-file --verify-diagnostics --veritor-fingerprint=dim=8 | FileCheck %s --enable-var-scope

// fingerprint_success_hook_results: every hooked result of a public function becomes its
// projection; the seed is a new argument (tensor<2xui32>, tagged veritor.seed); the matrix
// is hashed in-graph from iota rows and columns and the seed, never a constant; hooks of the
// same width share one matrix; an integer hook is converted to f32 first.
// CHECK-LABEL: arg_attrs = [{}, {}, {veritor.seed = "fingerprint_seed"}], function_type = (tensor<3x32xf32>, tensor<5xi32>, tensor<2xui32>) -> (tensor<3x32xf32>, tensor<3x8xf32>, tensor<4x8xf32>, tensor<8xf32>), res_attrs = [{jax.result_info = "y"}, {veritor.fingerprint = "rademacher", veritor.hook = "h"}, {veritor.fingerprint = "rademacher", veritor.hook = "h2"}, {veritor.fingerprint = "rademacher", veritor.hook = "t"}]
// CHECK: ^bb0(%[[X:.*]]: tensor<3x32xf32>, %[[T:.*]]: tensor<5xi32>, %[[SEED:.*]]: tensor<2xui32>):
// CHECK: "stablehlo.slice"(%[[SEED]])
// CHECK: %[[ROW:.*]] = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<32x8xui32>
// CHECK-NEXT: %[[COL:.*]] = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<32x8xui32>
// CHECK: "stablehlo.shift_right_logical"({{.*}}) : (tensor<32x8xui32>, tensor<32x8xui32>) -> tensor<32x8xui32>
// CHECK: %[[M:.*]] = "stablehlo.add"({{.*}}) : (tensor<32x8xf32>, tensor<32x8xf32>) -> tensor<32x8xf32>
// CHECK-NEXT: %[[P1:.*]] = "stablehlo.dot_general"(%[[X]], %[[M]]) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<3x32xf32>, tensor<32x8xf32>) -> tensor<3x8xf32>
// CHECK-NEXT: %[[P2:.*]] = "stablehlo.dot_general"(%{{.*}}, %[[M]]) {{.*}} : (tensor<4x32xf32>, tensor<32x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[TF:.*]] = "stablehlo.convert"(%[[T]]) : (tensor<5xi32>) -> tensor<5xf32>
// CHECK: %[[P3:.*]] = "stablehlo.dot_general"(%[[TF]], %{{.*}}) {{.*}} : (tensor<5xf32>, tensor<5x8xf32>) -> tensor<8xf32>
// CHECK-NEXT: "func.return"(%[[X]], %[[P1]], %[[P2]], %[[P3]])
// CHECK-NOT: veritor.fingerprint"(
// expected-remark@+1 {{veritor-fingerprint: @fingerprint_success_hook_results: 3 hook results projected to dim 8 (rademacher, f32): 32 bytes per vector, 96 bytes per token position over all hooks, 256 bytes in all}}
func.func @fingerprint_success_hook_results(%x: tensor<3x32xf32>, %t: tensor<5xi32>) -> (tensor<3x32xf32> {jax.result_info = "y"}, tensor<3x32xf32> {veritor.hook = "h"}, tensor<4x32xf32> {veritor.hook = "h2"}, tensor<5xi32> {veritor.hook = "t"}) {
  %y = "stablehlo.concatenate"(%x, %x) <{dimension = 0 : i64}> : (tensor<3x32xf32>, tensor<3x32xf32>) -> tensor<6x32xf32>
  %z = "stablehlo.slice"(%y) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 4, 32>, strides = array<i64: 1, 1>}> : (tensor<6x32xf32>) -> tensor<4x32xf32>
  return %x, %x, %z, %t : tensor<3x32xf32>, tensor<3x32xf32>, tensor<4x32xf32>, tensor<5xi32>
}

// -----

// fingerprint_success_reuses_seed_argument: an argument tagged veritor.seed with the same
// name is the seed (here an i32 scalar: bitcast to ui32, second word 0).
// CHECK-LABEL: arg_attrs = [{}, {veritor.seed = "fingerprint_seed"}], function_type = (tensor<2x32xf32>, tensor<i32>) -> tensor<2x8xf32>
// CHECK: ^bb0(%{{.*}}: tensor<2x32xf32>, %[[S:.*]]: tensor<i32>):
// CHECK-NEXT: "stablehlo.bitcast_convert"(%[[S]]) : (tensor<i32>) -> tensor<ui32>
// expected-remark@+1 {{1 hook results projected to dim 8}}
func.func @seeded(%x: tensor<2x32xf32>, %s: tensor<i32> {veritor.seed = "fingerprint_seed"}) -> (tensor<2x32xf32> {veritor.hook = "h"}) {
  return %x : tensor<2x32xf32>
}

// -----

// fingerprint_success_hand_written_op: a veritor.fingerprint anywhere is expanded, with its
// own seed operand; a private function's hook results are left alone.
// CHECK-LABEL: sym_name = "helper"
// CHECK-NOT: veritor.fingerprint
// CHECK: "stablehlo.dot_general"{{.*}} : (tensor<4x16xf32>, tensor<16x2xf32>) -> tensor<4x2xf32>
func.func private @helper(%x: tensor<4x16xf32>, %seed: tensor<2xui32>) -> (tensor<4x2xf32> {veritor.hook = "private"}) {
  %0 = "veritor.fingerprint"(%x, %seed) {dim = 2 : i64} : (tensor<4x16xf32>, tensor<2xui32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}
