// ar_to_tf_success_scan_last_token_feedback
// lax.scan decoding: the next step reads the carried last token, the buffer (stacked
// outputs, [steps, batch]) is only written. The carried token becomes the teacher's: in
// the parallel form, step t's carried token is the initial one for t = 0 and the teacher's
// token of step t - 1 after that (a concatenation), padded to 8 steps with the last one.
// RUN: veritor-opt %s --veritor-ar-to-tf --verify-diagnostics | FileCheck %s
// CHECK: function_type = (tensor<4x4xf32>, tensor<1x1xi32>, tensor<6x1xi32>) -> (tensor<6x1xi32>, tensor<6x1x4xf32>)
// CHECK-NOT: "stablehlo.while"
// CHECK: %[[FIRST:.*]] = "stablehlo.reshape"(%{{.*}}) : (tensor<1xi32>) -> tensor<1x1xi32>
// CHECK: %[[PREV:.*]] = "stablehlo.slice"(%[[TEACHER:arg[0-9]+]]) {limit_indices = array<i64: 5, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<6x1xi32>) -> tensor<5x1xi32>
// CHECK: %[[STEPS:.*]] = "stablehlo.concatenate"(%[[FIRST]], %{{.*}}) {dimension = 0 : i64} : (tensor<1x1xi32>, tensor<5x1xi32>) -> tensor<6x1xi32>
// CHECK: "stablehlo.concatenate"(%[[STEPS]], %{{.*}}) {dimension = 0 : i64} : (tensor<6x1xi32>, tensor<2x1xi32>) -> tensor<8x1xi32>
"builtin.module"() <{sym_name = "jit_scan_decode"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x4xf32>, tensor<1x1xi32>) -> tensor<6x1xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg11: tensor<4x4xf32>, %arg12: tensor<1x1xi32>):
    %24 = "stablehlo.reshape"(%arg12) : (tensor<1x1xi32>) -> tensor<1xi32>
    %25 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %26 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6x1xi32>
    %27 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    // expected-remark@+1 {{parallel teacher-forced form: the loop's 6 steps run at once}}
    %28:4 = "stablehlo.while"(%arg11, %27, %24, %26) ({
    ^bb0(%arg17: tensor<4x4xf32>, %arg18: tensor<i32>, %arg19: tensor<1xi32>, %arg20: tensor<6x1xi32>):
      %33 = "stablehlo.constant"() <{value = dense<6> : tensor<i32>}> : () -> tensor<i32>
      %34 = "stablehlo.compare"(%arg18, %33) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%34) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg13: tensor<4x4xf32>, %arg14: tensor<i32>, %arg15: tensor<1xi32>, %arg16: tensor<6x1xi32>):
      %29:2 = "func.call"(%arg13, %arg15) <{callee = @closed_call}> : (tensor<4x4xf32>, tensor<1xi32>) -> (tensor<1xi32>, tensor<1xi32>)
      %30 = "func.call"(%arg16, %29#1, %arg14) <{callee = @dynamic_update_index_in_dim}> : (tensor<6x1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<6x1xi32>
      %31 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %32 = "stablehlo.add"(%arg14, %31) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg13, %32, %29#0, %30) : (tensor<4x4xf32>, tensor<i32>, tensor<1xi32>, tensor<6x1xi32>) -> ()
    }) : (tensor<4x4xf32>, tensor<i32>, tensor<1xi32>, tensor<6x1xi32>) -> (tensor<4x4xf32>, tensor<i32>, tensor<1xi32>, tensor<6x1xi32>)
    "func.return"(%28#3) : (tensor<6x1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x4xf32>, tensor<1xi32>) -> (tensor<1xi32>, tensor<1xi32>), res_attrs = [{}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<4x4xf32>, %arg10: tensor<1xi32>):
    %21 = "func.call"(%arg10) <{callee = @_one_hot}> : (tensor<1xi32>) -> tensor<1x4xf32>
    %22 = "stablehlo.dot_general"(%21, %arg9) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4xf32>, tensor<4x4xf32>) -> tensor<1x4xf32>
    %23 = "func.call"(%22) <{callee = @argmax}> : (tensor<1x4xf32>) -> tensor<1xi32>
    "func.return"(%23, %23) : (tensor<1xi32>, tensor<1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1xi32>) -> tensor<1x4xf32>, res_attrs = [{}], sym_name = "_one_hot", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<1xi32>):
    %16 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %17 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x4xi32>
    %18 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x4xi32>
    %19 = "stablehlo.compare"(%18, %17) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %20 = "stablehlo.convert"(%19) : (tensor<1x4xi1>) -> tensor<1x4xf32>
    "func.return"(%20) : (tensor<1x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x4xf32>) -> tensor<1xi32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<1x4xf32>):
    %3 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x4xi32>
    %4 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %5 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %6:2 = "stablehlo.reduce"(%arg3, %3, %4, %5) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg4: tensor<f32>, %arg5: tensor<i32>, %arg6: tensor<f32>, %arg7: tensor<i32>):
      %7 = "stablehlo.compare"(%arg4, %arg6) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %8 = "stablehlo.compare"(%arg4, %arg4) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %9 = "stablehlo.or"(%7, %8) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %10 = "stablehlo.compare"(%arg4, %arg6) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %11 = "stablehlo.compare"(%arg5, %arg7) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %12 = "stablehlo.and"(%10, %11) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %13 = "stablehlo.or"(%9, %12) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %14 = "stablehlo.select"(%9, %arg4, %arg6) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %15 = "stablehlo.select"(%13, %arg5, %arg7) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%14, %15) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<1x4xf32>, tensor<1x4xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    "func.return"(%6#1) : (tensor<1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6x1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<6x1xi32>, res_attrs = [{}], sym_name = "dynamic_update_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<6x1xi32>, %arg1: tensor<1xi32>, %arg2: tensor<i32>):
    %0 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %1 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2 = "stablehlo.dynamic_update_slice"(%arg0, %0, %arg2, %1) : (tensor<6x1xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<6x1xi32>
    "func.return"(%2) : (tensor<6x1xi32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
