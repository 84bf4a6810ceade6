// RUN: veritor-opt %s --split-input-file --verify-diagnostics --veritor-strip-sharding

// What is not an annotation cannot be stripped: an error at the op, and the pass fails.

// strip_failure_collective: an all-reduce sums over devices.
func.func @all_reduce(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{veritor-strip-sharding: 'stablehlo.all_reduce' exchanges data between devices; a single-device program cannot stand in for it}}
  %0 = "stablehlo.all_reduce"(%x) <{channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, replica_groups = dense<[[0, 1]]> : tensor<1x2xi64>, use_global_device_ids}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// strip_failure_collectives_all_reported: every collective and device id gets its error.
func.func @several(%x: tensor<2xf32>) -> (tensor<4xf32>, tensor<2xf32>, tensor<ui32>) {
  // expected-error@+1 {{'stablehlo.all_gather' exchanges data between devices}}
  %0 = "stablehlo.all_gather"(%x) <{all_gather_dim = 0 : i64, replica_groups = dense<[[0, 1]]> : tensor<1x2xi64>}> : (tensor<2xf32>) -> tensor<4xf32>
  // expected-error@+1 {{'stablehlo.collective_permute' exchanges data between devices}}
  %1 = "stablehlo.collective_permute"(%x) <{source_target_pairs = dense<[[0, 1], [1, 0]]> : tensor<2x2xi64>}> : (tensor<2xf32>) -> tensor<2xf32>
  // expected-error@+1 {{'stablehlo.partition_id' depends on which device runs it; it has no single-device meaning}}
  %2 = "stablehlo.partition_id"() : () -> tensor<ui32>
  return %0, %1, %2 : tensor<4xf32>, tensor<2xf32>, tensor<ui32>
}

// -----

// strip_failure_manual_computation: a shard_map body runs per device.
"sdy.mesh"() <{mesh = #sdy.mesh<["data"=2]>, sym_name = "mesh"}> : () -> ()
func.func @shard_map(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{veritor-strip-sharding: 'sdy.manual_computation' runs a per-device body (shard_map); removing annotations cannot give its single-device equivalent}}
  %0 = "sdy.manual_computation"(%x) <{in_shardings = #sdy.sharding_per_value<[<@mesh, [{"data"}]>]>, manual_axes = #sdy<manual_axes{"data"}>, out_shardings = #sdy.sharding_per_value<[<@mesh, [{"data"}]>]>}> ({
  ^bb0(%a: tensor<2xf32>):
    %n = "stablehlo.negate"(%a) : (tensor<2xf32>) -> tensor<2xf32>
    "sdy.return"(%n) : (tensor<2xf32>) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// strip_failure_shape_changing_spmd_call: GSPMD's shard_map entry changes the shape.
func.func @full_to_shard(%x: tensor<4xf32>) -> tensor<2xf32> {
  // expected-error@+1 {{veritor-strip-sharding: 'stablehlo.custom_call' @SPMDFullToShardShape changes tensor<4xf32> into tensor<2xf32>: it enters or leaves a per-device (manual) computation, which has no single-device equivalent}}
  %0 = "stablehlo.custom_call"(%x) <{call_target_name = "SPMDFullToShardShape"}> {mhlo.sharding = "{manual}"} : (tensor<4xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// strip_failure_unknown_sdy_op: a Shardy op the pass does not know.
func.func @named(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'sdy.named_computation' is a Shardy op that veritor-strip-sharding cannot remove safely}}
  %0 = "sdy.named_computation"(%x) <{name = "foo"}> ({
  ^bb0(%a: tensor<4xf32>):
    "sdy.return"(%a) : (tensor<4xf32>) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// strip_failure_leftover_shardy_attribute: a Shardy attribute under a name the pass does
// not know is reported, not silently kept.
func.func @leftover(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{veritor-strip-sharding: attribute 'my.sharding' still refers to Shardy after stripping; the pass does not know how to remove it}}
  %0 = "stablehlo.negate"(%x) {my.sharding = #sdy.sharding<@mesh, [{}]>} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// strip_inapplicable_no_sharding: nothing to strip; the module stays as it is.
// expected-remark@+1 {{veritor-strip-sharding: no sharding annotations found; the module is unchanged}}
module attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func @plain(%x: tensor<4xf32>) -> tensor<4xf32> {
    %0 = "stablehlo.custom_call"(%x) <{call_target_name = "foo"}> : (tensor<4xf32>) -> tensor<4xf32>
    return %0 : tensor<4xf32>
  }
}
