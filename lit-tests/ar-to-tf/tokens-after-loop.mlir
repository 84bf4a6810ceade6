// ar_to_tf_success_tokens_after_the_loop
// The greedy-scatter decoder, but @main returns its tokens reshaped to [6, 1] and masked
// (token 1 shown as 0): the teacher comes in that layout and is pulled back into the
// buffer's ([1, 6]: the mask passes tokens through where it keeps them), predicted tokens go
// forward through a copy of the reshape and the mask, logits through the reshape.
// RUN: veritor-opt %s --veritor-ar-to-tf=require-parallel=true --verify-diagnostics | FileCheck %s
// CHECK: function_type = (tensor<4x4xf32>, tensor<1x1xi32>, tensor<6x1xi32>) -> (tensor<6x1xi32>, tensor<6x1x4xf32>), {{.*}}sym_name = "main_teacher_forced"
// CHECK: ^bb0(%{{.*}}: tensor<4x4xf32>, %{{.*}}: tensor<1x1xi32>, %[[TEACHER:arg[0-9]+]]: tensor<6x1xi32>):
// CHECK: %[[BACK:.*]] = "stablehlo.reshape"(%[[TEACHER]]) : (tensor<6x1xi32>) -> tensor<1x6xi32>
// The model's predictions are written into the pulled-back teacher, and those (not the
// teacher's tokens) go through the copy of the ops after the loop.
// CHECK: %[[MODEL:.*]] = "stablehlo.dynamic_update_slice"(%[[BACK]], %{{.*}}) : (tensor<1x6xi32>, tensor<1x5xi32>, tensor<i32>, tensor<i32>) -> tensor<1x6xi32>
// CHECK: %[[SHAPED:.*]] = "stablehlo.reshape"(%[[MODEL]]) : (tensor<1x6xi32>) -> tensor<6x1xi32>
// CHECK: %[[PRED:.*]] = "stablehlo.multiply"(%[[SHAPED]], %{{.*}}) : (tensor<6x1xi32>, tensor<6x1xi32>) -> tensor<6x1xi32>
// CHECK: %[[LOGITS:.*]] = "stablehlo.reshape"(%{{.*}}) : (tensor<1x6x4xf32>) -> tensor<6x1x4xf32>
// CHECK: "func.return"(%[[PRED]], %[[LOGITS]]) : (tensor<6x1xi32>, tensor<6x1x4xf32>) -> ()
"builtin.module"() <{sym_name = "jit_greedy_scatter"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x4xf32>, tensor<1x1xi32>) -> tensor<6x1xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg13: tensor<4x4xf32>, %arg14: tensor<1x1xi32>):
    %43 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %44 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x6xi32>
    %45 = "stablehlo.reshape"(%arg14) : (tensor<1x1xi32>) -> tensor<1xi32>
    %46 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %47 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %48 = "stablehlo.scatter"(%44, %47, %45) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg23: tensor<i32>, %arg24: tensor<i32>):
      "stablehlo.return"(%arg24) : (tensor<i32>) -> ()
    }) : (tensor<1x6xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<1x6xi32>
    %49 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %50 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    // expected-remark@+1 {{parallel teacher-forced form: the loop's 5 steps run at once}}
    %51:4 = "stablehlo.while"(%arg13, %50, %49, %48) ({
    ^bb0(%arg19: tensor<4x4xf32>, %arg20: tensor<i32>, %arg21: tensor<i32>, %arg22: tensor<1x6xi32>):
      %55 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %56 = "stablehlo.compare"(%arg20, %55) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%56) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg15: tensor<4x4xf32>, %arg16: tensor<i32>, %arg17: tensor<i32>, %arg18: tensor<1x6xi32>):
      %52:2 = "func.call"(%arg15, %arg17, %arg18) <{callee = @closed_call}> : (tensor<4x4xf32>, tensor<i32>, tensor<1x6xi32>) -> (tensor<i32>, tensor<1x6xi32>)
      %53 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %54 = "stablehlo.add"(%arg16, %53) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg15, %54, %52#0, %52#1) : (tensor<4x4xf32>, tensor<i32>, tensor<i32>, tensor<1x6xi32>) -> ()
    }) : (tensor<4x4xf32>, tensor<i32>, tensor<i32>, tensor<1x6xi32>) -> (tensor<4x4xf32>, tensor<i32>, tensor<i32>, tensor<1x6xi32>)
    %60 = "stablehlo.reshape"(%51#3) : (tensor<1x6xi32>) -> tensor<6x1xi32>
    %61 = "stablehlo.constant"() <{value = dense<1> : tensor<6x1xi32>}> : () -> tensor<6x1xi32>
    %62 = "stablehlo.compare"(%60, %61) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<6x1xi32>, tensor<6x1xi32>) -> tensor<6x1xi1>
    %63 = "stablehlo.convert"(%62) : (tensor<6x1xi1>) -> tensor<6x1xi32>
    %64 = "stablehlo.multiply"(%60, %63) : (tensor<6x1xi32>, tensor<6x1xi32>) -> tensor<6x1xi32>
    "func.return"(%64) : (tensor<6x1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x4xf32>, tensor<i32>, tensor<1x6xi32>) -> (tensor<i32>, tensor<1x6xi32>), res_attrs = [{}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<4x4xf32>, %arg9: tensor<i32>, %arg10: tensor<1x6xi32>):
    %27 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %28 = "stablehlo.add"(%arg9, %27) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %29 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %30 = "stablehlo.add"(%arg9, %29) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %31 = "func.call"(%arg10, %arg9) <{callee = @dynamic_index_in_dim}> : (tensor<1x6xi32>, tensor<i32>) -> tensor<1xi32>
    %32 = "func.call"(%31) <{callee = @_one_hot}> : (tensor<1xi32>) -> tensor<1x4xf32>
    %33 = "stablehlo.dot_general"(%32, %arg8) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4xf32>, tensor<4x4xf32>) -> tensor<1x4xf32>
    %34 = "func.call"(%33) <{callee = @argmax}> : (tensor<1x4xf32>) -> tensor<1xi32>
    %35 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %36 = "stablehlo.compare"(%30, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %37 = "stablehlo.constant"() <{value = dense<6> : tensor<i32>}> : () -> tensor<i32>
    %38 = "stablehlo.add"(%30, %37) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %39 = "stablehlo.select"(%36, %38, %30) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %40 = "stablehlo.convert"(%39) : (tensor<i32>) -> tensor<i32>
    %41 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %42 = "stablehlo.scatter"(%arg10, %41, %34) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg11: tensor<i32>, %arg12: tensor<i32>):
      "stablehlo.return"(%arg12) : (tensor<i32>) -> ()
    }) : (tensor<1x6xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<1x6xi32>
    "func.return"(%28, %42) : (tensor<i32>, tensor<1x6xi32>) -> ()
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
