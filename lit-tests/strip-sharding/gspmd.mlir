// RUN: veritor-opt %s --split-input-file --veritor-strip-sharding | FileCheck %s --enable-var-scope

// GSPMD annotations (JAX with jax_use_shardy_partitioner=False): mhlo.sharding attributes
// and the sharding custom calls.

// strip_success_gspmd: @Sharding goes (its uses read its operand), argument, result and op
// shardings go, frontend attributes that only carried sharding go, module-level SPMD
// attributes go, and the device counts become 1.
// CHECK-LABEL: "func.func"() <{arg_attrs = [{}, {}]
// CHECK-SAME: res_attrs = [{jax.result_info = "result"}], sym_name = "strip_success_gspmd"
// CHECK-NEXT: ^bb0(%[[X:.*]]: tensor<4x8xf32>, %[[W:.*]]: tensor<8x4xf32>):
// CHECK-NEXT: %[[D:.*]] = "stablehlo.dot_general"(%[[X]], %[[W]])
// CHECK-NOT: {mhlo
// CHECK-NEXT: %[[T:.*]] = "stablehlo.tanh"(%[[D]]) : (tensor<4x4xf32>) -> tensor<4x4xf32>
// CHECK-NEXT: "func.return"(%[[T]])
// CHECK: }) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32}
// CHECK-NOT: sharding
module @jit_f attributes {mhlo.num_partitions = 4 : i32, mhlo.num_replicas = 1 : i32, mhlo.spmd_output_sharding = "{replicated}", mhlo.frontend_attributes = {xla.sdy.meshes = "{mesh = #sdy.mesh<[\22x\22=4]>}"}} {
  func.func @strip_success_gspmd(%x: tensor<4x8xf32> {mhlo.sharding = "{devices=[2,1,2]<=[4] last_tile_dim_replicate}"}, %w: tensor<8x4xf32> {mhlo.sharding = "{devices=[1,2,2]<=[2,2]T(1,0) last_tile_dim_replicate}", mhlo.frontend_attributes = {xla.sdy.sharding = "x"}}) -> (tensor<4x4xf32> {jax.result_info = "result", mhlo.sharding = "{devices=[2,1,2]<=[4] last_tile_dim_replicate}"}) {
    %0 = "stablehlo.dot_general"(%x, %w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> {mhlo.sharding = "{devices=[2,2]<=[4]}"} : (tensor<4x8xf32>, tensor<8x4xf32>) -> tensor<4x4xf32>
    %1 = "stablehlo.custom_call"(%0) <{api_version = 1 : i32, backend_config = "", call_target_name = "Sharding", called_computations = [], has_side_effect = false}> {mhlo.sharding = "{devices=[2,2]<=[4]}"} : (tensor<4x4xf32>) -> tensor<4x4xf32>
    %2 = "stablehlo.tanh"(%1) : (tensor<4x4xf32>) -> tensor<4x4xf32>
    return %2 : tensor<4x4xf32>
  }
}

// -----

// strip_success_spmd_shape_calls_that_keep_the_shape: SPMDFullToShardShape and
// SPMDShardToFullShape over a replicated value keep its type, so they are annotations too.
// CHECK-LABEL: sym_name = "same_shape"
// CHECK-NEXT: ^bb0(%[[X:.*]]: tensor<4xf32>):
// CHECK-NEXT: %[[N:.*]] = "stablehlo.negate"(%[[X]])
// CHECK-NEXT: "func.return"(%[[N]])
func.func @same_shape(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "stablehlo.custom_call"(%x) <{call_target_name = "Sharding"}> {mhlo.sharding = "{replicated}"} : (tensor<4xf32>) -> tensor<4xf32>
  %1 = "stablehlo.custom_call"(%0) <{call_target_name = "SPMDFullToShardShape"}> {mhlo.sharding = "{manual}"} : (tensor<4xf32>) -> tensor<4xf32>
  %2 = "stablehlo.negate"(%1) : (tensor<4xf32>) -> tensor<4xf32>
  %3 = "stablehlo.custom_call"(%2) <{call_target_name = "SPMDShardToFullShape"}> {mhlo.sharding = "{replicated}"} : (tensor<4xf32>) -> tensor<4xf32>
  return %3 : tensor<4xf32>
}
