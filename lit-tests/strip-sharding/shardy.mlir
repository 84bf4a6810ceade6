// RUN: veritor-opt %s --split-input-file --veritor-strip-sharding | FileCheck %s --enable-var-scope

// Shardy annotations as JAX writes them (jit with in/out shardings, with_sharding_constraint,
// reshard): all gone, values rewired to the annotated operands, one device.

// strip_success_shardy: the mesh, argument and result shardings, a sharding constraint, a
// reshard, a propagation barrier and an op's sdy.sharding go; jax.result_info stays.
// CHECK-NOT: sdy.
// CHECK-LABEL: "func.func"() <{arg_attrs = [{}, {jax.buffer_donor = true}]
// CHECK-SAME: res_attrs = [{jax.result_info = "result"}], sym_name = "strip_success_shardy"
// CHECK-NEXT: ^bb0(%[[X:.*]]: tensor<4x8xf32>, %[[W:.*]]: tensor<8x4xf32>):
// CHECK-NEXT: %[[D:.*]] = "stablehlo.dot_general"(%[[X]], %[[W]])
// CHECK-NOT: sdy
// CHECK-NEXT: %[[T:.*]] = "stablehlo.tanh"(%[[D]]) : (tensor<4x4xf32>) -> tensor<4x4xf32>
// CHECK-NEXT: %[[A:.*]] = "stablehlo.add"(%[[T]], %[[D]]) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
// CHECK-NEXT: "func.return"(%[[A]])
// CHECK: mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32
// CHECK-NOT: sdy
module @jit_f attributes {mhlo.num_partitions = 4 : i32, mhlo.num_replicas = 1 : i32} {
  "sdy.mesh"() <{mesh = #sdy.mesh<["data"=2, "model"=2]>, sym_name = "mesh"}> {stablehlo.mesh = {axes = [{name = "data", size = 2 : i64}, {name = "model", size = 2 : i64}]}} : () -> ()
  func.func @strip_success_shardy(%x: tensor<4x8xf32> {sdy.sharding = #sdy.sharding<@mesh, [{"data"}, {}]>}, %w: tensor<8x4xf32> {jax.buffer_donor = true, sdy.sharding = #sdy.sharding<@mesh, [{}, {"model"}]>}) -> (tensor<4x4xf32> {jax.result_info = "result", sdy.sharding = #sdy.sharding<@mesh, [{"data"}, {}]>}) {
    %0 = "stablehlo.dot_general"(%x, %w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> {sdy.sharding = #sdy.sharding_per_value<[<@mesh, [{"data"}, {"model"}]>]>} : (tensor<4x8xf32>, tensor<8x4xf32>) -> tensor<4x4xf32>
    %1 = "sdy.sharding_constraint"(%0) <{sharding = #sdy.sharding<@mesh, [{"data"}, {"model"}]>}> : (tensor<4x4xf32>) -> tensor<4x4xf32>
    %2 = "sdy.reshard"(%1) <{sharding = #sdy.sharding<@mesh, [{}, {}]>}> : (tensor<4x4xf32>) -> tensor<4x4xf32>
    %3 = "stablehlo.tanh"(%2) : (tensor<4x4xf32>) -> tensor<4x4xf32>
    %4 = "sdy.propagation_barrier"(%1) <{allowed_direction = #sdy<propagation_direction NONE>}> : (tensor<4x4xf32>) -> tensor<4x4xf32>
    %5 = "stablehlo.add"(%3, %4) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    return %5 : tensor<4x4xf32>
  }
}

// -----

// strip_success_nested_and_private: constraints inside a while body and in a private
// callee go too; a sharding rule on a custom call goes, the custom call stays; frontend
// attributes keep their non-sharding keys.
// CHECK-LABEL: sym_name = "loop"
// CHECK: "stablehlo.while"
// CHECK: }, {
// CHECK-NEXT: ^bb0(%[[V:.*]]: tensor<4xf32>):
// CHECK-NEXT: %[[N:.*]] = "stablehlo.negate"(%[[V]])
// CHECK-NEXT: "stablehlo.return"(%[[N]])
// CHECK: "stablehlo.custom_call"
// CHECK-SAME: call_target_name = "foo"
// CHECK-SAME: {mhlo.frontend_attributes = {keep = "yes"}}
// CHECK-LABEL: sym_name = "helper"
// CHECK-NEXT: ^bb0(%[[H:.*]]: tensor<4xf32>):
// CHECK-NEXT: "func.return"(%[[H]])
// CHECK-NOT: sdy
"sdy.mesh"() <{mesh = #sdy.mesh<["x"=2]>, sym_name = "mesh"}> : () -> ()
func.func @loop(%x: tensor<4xf32>, %p: tensor<i1>) -> tensor<4xf32> {
  %w = "stablehlo.while"(%x) ({
  ^bb0(%v: tensor<4xf32>):
    "stablehlo.return"(%p) : (tensor<i1>) -> ()
  }, {
  ^bb0(%v: tensor<4xf32>):
    %c = "sdy.sharding_constraint"(%v) <{sharding = #sdy.sharding<@mesh, [{"x"}]>}> : (tensor<4xf32>) -> tensor<4xf32>
    %n = "stablehlo.negate"(%c) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%n) : (tensor<4xf32>) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  %f = "stablehlo.custom_call"(%w) <{call_target_name = "foo"}> {mhlo.frontend_attributes = {keep = "yes", xla.sdy.sharding = "{devices=[2]<=[2]}"}, sdy.sharding_rule = #sdy.op_sharding_rule<([i])->([i]) {i=4}>} : (tensor<4xf32>) -> tensor<4xf32>
  %h = func.call @helper(%f) : (tensor<4xf32>) -> tensor<4xf32>
  return %h : tensor<4xf32>
}
func.func private @helper(%a: tensor<4xf32> {sdy.sharding = #sdy.sharding<@mesh, [{"x"}]>}) -> tensor<4xf32> {
  %c = "sdy.sharding_constraint"(%a) <{sharding = #sdy.sharding<@mesh, [{}]>}> : (tensor<4xf32>) -> tensor<4xf32>
  return %c : tensor<4xf32>
}
