// ar_to_tf_success_delayed_token_eos_stop
// A full recompute whose step writes the token chosen the step before and stops at an
// end-of-sequence token (JAX: `while (i < L - 1) & ~done`: `buf = buf.at[i].set(last)`,
// `tok = argmax(sum(where(arange(L) <= i, tanh(one_hot(buf) @ w), 0)) @ w)`,
// `tok = where(done, 0, tok)`, `done |= tok == 3`, `last = tok`; then `buf.at[i].set(last)`).
// The control values run on the teacher's tokens (the token step t chooses is the teacher's
// at the position step t + 1 writes), in closed form (closed.rs: the flag a prefix-OR along
// the steps, the stop the first step whose condition is false); the model part runs
// the four steps at once, keeps the writes and scores of the steps before the stop, and
// writes the last step's own choice where the loop's result writes it (position stop).
// Execution (IREE, 5 random weight sets, by hand): replay exact (one stopping after one
// step), logits within 1.2e-6 of a NumPy teacher-forced run, stop as the original's; an
// edited token changes the predictions after it in 2 of 5.
// RUN: veritor-opt %s --veritor-inline --veritor-ar-to-tf=require-parallel=true --verify-diagnostics | FileCheck %s
// CHECK: jax.result_info = "stop"}], sym_name = "main_teacher_forced"
// The control values for all steps (no loop left), then the model part for all steps; the
// last step's own choice goes into predicted at the stop (one write of one token).
// Execution of this closed form (IREE, the same 5 weight sets and their edited teachers):
// replay exact, stops as the original's (2 and 5), logits within 1.2e-6.
// CHECK-NOT: "stablehlo.while"
// CHECK: "stablehlo.reduce_window"
// CHECK-NOT: "stablehlo.while"
// CHECK: "stablehlo.minimum"
// CHECK-NOT: "stablehlo.while"
// CHECK: %[[LAST:.*]] = "stablehlo.dynamic_update_slice"(%{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}}) : (tensor<6xi32>, tensor<1xi32>, tensor<i32>) -> tensor<6xi32>
// CHECK: "func.return"(%[[LAST]], %{{.*}}, %{{.*}}) : (tensor<6xi32>, tensor<6x4xf32>, tensor<i32>) -> ()
"builtin.module"() <{sym_name = "jit_decode"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x4xf32>, tensor<2xi32>) -> tensor<6xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg12: tensor<4x4xf32>, %arg13: tensor<2xi32>):
    %25 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %26 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %27 = "stablehlo.slice"(%arg13) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xi32>) -> tensor<1xi32>
    %28 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %29 = "stablehlo.broadcast_in_dim"(%28) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %30 = "stablehlo.scatter"(%26, %29, %27) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg30: tensor<i32>, %arg31: tensor<i32>):
      "stablehlo.return"(%arg31) : (tensor<i32>) -> ()
    }) : (tensor<6xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<6xi32>
    %31 = "stablehlo.slice"(%arg13) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xi32>) -> tensor<1xi32>
    %32 = "stablehlo.reshape"(%31) : (tensor<1xi32>) -> tensor<i32>
    %33 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %34 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    // expected-remark@+1 {{parallel teacher-forced form: the loop's 4 steps run at once}}
    %35:5 = "stablehlo.while"(%arg12, %33, %30, %32, %34) ({
    ^bb0(%arg25: tensor<4x4xf32>, %arg26: tensor<i32>, %arg27: tensor<6xi32>, %arg28: tensor<i32>, %arg29: tensor<i1>):
      %73 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %74 = "stablehlo.compare"(%arg26, %73) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %75 = "stablehlo.not"(%arg29) : (tensor<i1>) -> tensor<i1>
      %76 = "stablehlo.and"(%74, %75) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%76) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg16: tensor<4x4xf32>, %arg17: tensor<i32>, %arg18: tensor<6xi32>, %arg19: tensor<i32>, %arg20: tensor<i1>):
      %43 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %44 = "stablehlo.compare"(%arg17, %43) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %45 = "stablehlo.constant"() <{value = dense<6> : tensor<i32>}> : () -> tensor<i32>
      %46 = "stablehlo.add"(%arg17, %45) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %47 = "stablehlo.select"(%44, %46, %arg17) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %48 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %49 = "stablehlo.scatter"(%arg18, %48, %arg19) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
      ^bb0(%arg23: tensor<i32>, %arg24: tensor<i32>):
        "stablehlo.return"(%arg24) : (tensor<i32>) -> ()
      }) : (tensor<6xi32>, tensor<1xi32>, tensor<i32>) -> tensor<6xi32>
      %50 = "func.call"(%49) <{callee = @_one_hot}> : (tensor<6xi32>) -> tensor<6x4xf32>
      %51 = "stablehlo.dot_general"(%50, %arg16) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<6x4xf32>, tensor<4x4xf32>) -> tensor<6x4xf32>
      %52 = "stablehlo.tanh"(%51) : (tensor<6x4xf32>) -> tensor<6x4xf32>
      %53 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<6xi32>
      %54 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %55 = "stablehlo.add"(%arg17, %54) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %56 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
      %57 = "stablehlo.compare"(%53, %56) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
      %58 = "stablehlo.broadcast_in_dim"(%57) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi1>) -> tensor<6x1xi1>
      %59 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %60 = "func.call"(%58, %52, %59) <{callee = @_where}> : (tensor<6x1xi1>, tensor<6x4xf32>, tensor<f32>) -> tensor<6x4xf32>
      %61 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %62 = "stablehlo.reduce"(%60, %61) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg21: tensor<f32>, %arg22: tensor<f32>):
        %72 = "stablehlo.add"(%arg21, %arg22) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%72) : (tensor<f32>) -> ()
      }) : (tensor<6x4xf32>, tensor<f32>) -> tensor<4xf32>
      %63 = "stablehlo.dot_general"(%62, %arg16) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<4xf32>, tensor<4x4xf32>) -> tensor<4xf32>
      %64 = "func.call"(%63) <{callee = @argmax}> : (tensor<4xf32>) -> tensor<i32>
      %65 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %66 = "func.call"(%arg20, %65, %64) <{callee = @_where_0}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %67 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
      %68 = "stablehlo.compare"(%66, %67) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %69 = "stablehlo.or"(%arg20, %68) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %70 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %71 = "stablehlo.add"(%arg17, %70) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg16, %71, %49, %66, %69) : (tensor<4x4xf32>, tensor<i32>, tensor<6xi32>, tensor<i32>, tensor<i1>) -> ()
    }) : (tensor<4x4xf32>, tensor<i32>, tensor<6xi32>, tensor<i32>, tensor<i1>) -> (tensor<4x4xf32>, tensor<i32>, tensor<6xi32>, tensor<i32>, tensor<i1>)
    %36 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %37 = "stablehlo.compare"(%35#1, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %38 = "stablehlo.constant"() <{value = dense<6> : tensor<i32>}> : () -> tensor<i32>
    %39 = "stablehlo.add"(%35#1, %38) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %40 = "stablehlo.select"(%37, %39, %35#1) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %41 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %42 = "stablehlo.scatter"(%35#2, %41, %35#3) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg14: tensor<i32>, %arg15: tensor<i32>):
      "stablehlo.return"(%arg15) : (tensor<i32>) -> ()
    }) : (tensor<6xi32>, tensor<1xi32>, tensor<i32>) -> tensor<6xi32>
    "func.return"(%42) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<6xi32>) -> tensor<6x4xf32>, res_attrs = [{}], sym_name = "_one_hot", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<6xi32>):
    %19 = "stablehlo.broadcast_in_dim"(%arg11) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %20 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x4xi32>
    %21 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<6x1xi32>) -> tensor<6x4xi32>
    %22 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<6x4xi32>
    %23 = "stablehlo.compare"(%21, %22) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<6x4xi32>, tensor<6x4xi32>) -> tensor<6x4xi1>
    %24 = "stablehlo.convert"(%23) : (tensor<6x4xi1>) -> tensor<6x4xf32>
    "func.return"(%24) : (tensor<6x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6x1xi1>, tensor<6x4xf32>, tensor<f32>) -> tensor<6x4xf32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<6x1xi1>, %arg9: tensor<6x4xf32>, %arg10: tensor<f32>):
    %15 = "stablehlo.convert"(%arg10) : (tensor<f32>) -> tensor<f32>
    %16 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<6x1xi1>) -> tensor<6x4xi1>
    %17 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6x4xf32>
    %18 = "stablehlo.select"(%16, %arg9, %17) : (tensor<6x4xi1>, tensor<6x4xf32>, tensor<6x4xf32>) -> tensor<6x4xf32>
    "func.return"(%18) : (tensor<6x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf32>) -> tensor<i32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<4xf32>):
    %2 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %3 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %4 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %5:2 = "stablehlo.reduce"(%arg3, %2, %3, %4) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg4: tensor<f32>, %arg5: tensor<i32>, %arg6: tensor<f32>, %arg7: tensor<i32>):
      %6 = "stablehlo.compare"(%arg4, %arg6) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %7 = "stablehlo.compare"(%arg4, %arg4) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %8 = "stablehlo.or"(%6, %7) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %9 = "stablehlo.compare"(%arg4, %arg6) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %10 = "stablehlo.compare"(%arg5, %arg7) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %11 = "stablehlo.and"(%9, %10) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %12 = "stablehlo.or"(%8, %11) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %13 = "stablehlo.select"(%8, %arg4, %arg6) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %14 = "stablehlo.select"(%12, %arg5, %arg7) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%13, %14) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<4xf32>, tensor<4xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
    "func.return"(%5#1) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>):
    %0 = "stablehlo.convert"(%arg1) : (tensor<i32>) -> tensor<i32>
    %1 = "stablehlo.select"(%arg0, %0, %arg2) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%1) : (tensor<i32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
