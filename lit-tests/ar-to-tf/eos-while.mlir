// ar_to_tf_success_early_stop
// A while_loop that stops at an end-of-sequence token (its condition reads the token just
// written). Given the teacher's tokens, the counter, the buffer and the condition need no
// model: a control loop carrying integers only runs them and counts the steps (the stop);
// the model runs for all steps at once, and positions past the stop keep the teacher's
// token and zero logits. The copy also returns the counter at which the loop stops.
// RUN: veritor-opt %s --veritor-ar-to-tf=require-parallel=true --verify-diagnostics | FileCheck %s
// CHECK: function_type = (tensor<4x4xf32>, tensor<1x1xi32>, tensor<1x6xi32>) -> (tensor<1x6xi32>, tensor<1x6x4xf32>, tensor<i32>), res_attrs = [{jax.result_info = "predicted"}, {jax.result_info = "logits"}, {jax.result_info = "stop"}], sym_name = "main_teacher_forced"
// CHECK: %[[CONTROL:.*]]:3 = "stablehlo.while"
// CHECK: }) : (tensor<i32>, tensor<1x6xi32>, tensor<i32>) -> (tensor<i32>, tensor<1x6xi32>, tensor<i32>)
// CHECK-NOT: "stablehlo.while"
// CHECK: "func.return"(%{{.*}}, %{{.*}}, %[[CONTROL]]#0) : (tensor<1x6xi32>, tensor<1x6x4xf32>, tensor<i32>) -> ()
"builtin.module"() <{sym_name = "jit_eos_while"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x4xf32>, tensor<1x1xi32>) -> (tensor<1x6xi32>, tensor<i32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg8: tensor<4x4xf32>, %arg9: tensor<1x1xi32>):
    %27 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %28 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x6xi32>
    %29 = "stablehlo.reshape"(%arg9) : (tensor<1x1xi32>) -> tensor<1xi32>
    %30 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %31 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %32 = "stablehlo.scatter"(%28, %31, %29) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg18: tensor<i32>, %arg19: tensor<i32>):
      "stablehlo.return"(%arg19) : (tensor<i32>) -> ()
    }) : (tensor<1x6xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<1x6xi32>
    %33 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    // expected-remark@+1 {{parallel teacher-forced form: the loop's 5 steps run at once}}
    %34:3 = "stablehlo.while"(%arg8, %33, %32) ({
    ^bb0(%arg15: tensor<4x4xf32>, %arg16: tensor<i32>, %arg17: tensor<1x6xi32>):
      %51 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %52 = "stablehlo.compare"(%arg16, %51) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %53 = "stablehlo.convert"(%arg16) : (tensor<i32>) -> tensor<i32>
      %54 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %55 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %56 = "stablehlo.compare"(%54, %55) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %57 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %58 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %59 = "stablehlo.add"(%57, %58) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %60 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %61 = "stablehlo.select"(%56, %59, %60) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %62 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %63 = "stablehlo.compare"(%53, %62) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %64 = "stablehlo.constant"() <{value = dense<6> : tensor<i32>}> : () -> tensor<i32>
      %65 = "stablehlo.add"(%53, %64) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %66 = "stablehlo.select"(%63, %65, %53) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %67 = "stablehlo.dynamic_slice"(%arg17, %61, %66) {slice_sizes = array<i64: 1, 1>} : (tensor<1x6xi32>, tensor<i32>, tensor<i32>) -> tensor<1x1xi32>
      %68 = "stablehlo.reshape"(%67) : (tensor<1x1xi32>) -> tensor<i32>
      %69 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
      %70 = "stablehlo.compare"(%68, %69) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %71 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
      %72 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<i1>
      %73 = "stablehlo.compare"(%52, %72) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %74 = "stablehlo.convert"(%73) : (tensor<i1>) -> tensor<i1>
      %75 = "stablehlo.and"(%74, %70) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%75) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg10: tensor<4x4xf32>, %arg11: tensor<i32>, %arg12: tensor<1x6xi32>):
      %35 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %36 = "stablehlo.add"(%arg11, %35) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %37 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %38 = "stablehlo.add"(%arg11, %37) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %39 = "func.call"(%arg12, %arg11) <{callee = @dynamic_index_in_dim}> : (tensor<1x6xi32>, tensor<i32>) -> tensor<1xi32>
      %40 = "func.call"(%39) <{callee = @_one_hot}> : (tensor<1xi32>) -> tensor<1x4xf32>
      %41 = "stablehlo.dot_general"(%40, %arg10) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4xf32>, tensor<4x4xf32>) -> tensor<1x4xf32>
      %42 = "func.call"(%41) <{callee = @argmax}> : (tensor<1x4xf32>) -> tensor<1xi32>
      %43 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %44 = "stablehlo.compare"(%38, %43) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %45 = "stablehlo.constant"() <{value = dense<6> : tensor<i32>}> : () -> tensor<i32>
      %46 = "stablehlo.add"(%38, %45) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %47 = "stablehlo.select"(%44, %46, %38) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %48 = "stablehlo.convert"(%47) : (tensor<i32>) -> tensor<i32>
      %49 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %50 = "stablehlo.scatter"(%arg12, %49, %42) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
      ^bb0(%arg13: tensor<i32>, %arg14: tensor<i32>):
        "stablehlo.return"(%arg14) : (tensor<i32>) -> ()
      }) : (tensor<1x6xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<1x6xi32>
      "stablehlo.return"(%arg10, %36, %50) : (tensor<4x4xf32>, tensor<i32>, tensor<1x6xi32>) -> ()
    }) : (tensor<4x4xf32>, tensor<i32>, tensor<1x6xi32>) -> (tensor<4x4xf32>, tensor<i32>, tensor<1x6xi32>)
    "func.return"(%34#2, %34#1) : (tensor<1x6xi32>, tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<1x6xi32>, tensor<i32>) -> tensor<1xi32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<1x6xi32>, %arg7: tensor<i32>):
    %18 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %19 = "stablehlo.compare"(%arg7, %18) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %20 = "stablehlo.convert"(%arg7) : (tensor<i32>) -> tensor<i32>
    %21 = "stablehlo.constant"() <{value = dense<6> : tensor<i32>}> : () -> tensor<i32>
    %22 = "stablehlo.add"(%20, %21) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %23 = "stablehlo.select"(%19, %22, %arg7) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %24 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %25 = "stablehlo.dynamic_slice"(%arg6, %24, %23) {slice_sizes = array<i64: 1, 1>} : (tensor<1x6xi32>, tensor<i32>, tensor<i32>) -> tensor<1x1xi32>
    %26 = "stablehlo.reshape"(%25) : (tensor<1x1xi32>) -> tensor<1xi32>
    "func.return"(%26) : (tensor<1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1xi32>) -> tensor<1x4xf32>, res_attrs = [{}], sym_name = "_one_hot", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<1xi32>):
    %13 = "stablehlo.broadcast_in_dim"(%arg5) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %14 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x4xi32>
    %15 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x4xi32>
    %16 = "stablehlo.compare"(%15, %14) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %17 = "stablehlo.convert"(%16) : (tensor<1x4xi1>) -> tensor<1x4xf32>
    "func.return"(%17) : (tensor<1x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x4xf32>) -> tensor<1xi32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<1x4xf32>):
    %0 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x4xi32>
    %1 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %2 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %3:2 = "stablehlo.reduce"(%arg0, %0, %1, %2) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<i32>, %arg3: tensor<f32>, %arg4: tensor<i32>):
      %4 = "stablehlo.compare"(%arg1, %arg3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %5 = "stablehlo.compare"(%arg1, %arg1) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %6 = "stablehlo.or"(%4, %5) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %7 = "stablehlo.compare"(%arg1, %arg3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %8 = "stablehlo.compare"(%arg2, %arg4) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %9 = "stablehlo.and"(%7, %8) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %10 = "stablehlo.or"(%6, %9) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %11 = "stablehlo.select"(%6, %arg1, %arg3) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %12 = "stablehlo.select"(%10, %arg2, %arg4) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%11, %12) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<1x4xf32>, tensor<1x4xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    "func.return"(%3#1) : (tensor<1xi32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
