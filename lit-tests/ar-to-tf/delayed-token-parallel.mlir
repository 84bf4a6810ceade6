// ar_to_tf_success_delayed_token_parallel
// A prompt fed inside the loop (JAX: `tok = where(i < P, prompt[min(i, P - 1)], last)`,
// `buf = buf.at[i].set(tok)`, `last = argmax(w[tok] + sum(where(arange(L) <= i, buf, 0)))`,
// fori_loop over L - 1 steps, then `buf.at[L - 1].set(last)`): each step writes the token
// chosen the step before. The parallel form runs the steps at once: the carried token is the
// teacher's token at the position the step writes, the model's write of step t uses the
// model's choice of step t - 1 (predicted), the scores of step t go to the position step t + 1
// writes, and the last step's choice, written after the loop, to position L - 1.
// Execution (IREE, examples/ecosystem jax_additive_fori, the same shape): predicted == tokens,
// logits within 1.8e-6 of JAX's teacher-forced forward.
// RUN: veritor-opt %s --veritor-inline --veritor-ar-to-tf=require-parallel=true --verify-diagnostics | FileCheck %s
// CHECK: sym_name = "main_teacher_forced"
// CHECK-NOT: "stablehlo.while"
// The five steps' scores go to positions 1 .. 5 of the logits; the last step's own choice
// into predicted at position 5 (L - 1), after the five steps' writes.
// CHECK: %[[ONE:.*]] = "stablehlo.constant"() {value = dense<1> : tensor<i32>}
// CHECK: %[[LOGITS:.*]] = "stablehlo.dynamic_update_slice"(%{{.*}}, %{{.*}}, %[[ONE]], %{{.*}}) : (tensor<6x4xf32>, tensor<5x4xf32>, tensor<i32>, tensor<i32>)
// CHECK: %[[FIVE:.*]] = "stablehlo.constant"() {value = dense<5> : tensor<i32>}
// CHECK: %[[PRED:.*]] = "stablehlo.dynamic_update_slice"(%{{.*}}, %{{.*}}, %{{.*}}) : (tensor<6xi32>, tensor<1xi32>, tensor<i32>) -> tensor<6xi32>
// CHECK-NEXT: "func.return"(%[[PRED]], %[[LOGITS]]) : (tensor<6xi32>, tensor<6x4xf32>) -> ()
"builtin.module"() <{sym_name = "jit_decode"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x4xf32>, tensor<2xi32>) -> tensor<6xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg20: tensor<4x4xf32>, %arg21: tensor<2xi32>):
    %68 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %69 = "stablehlo.broadcast_in_dim"(%68) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %70 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %71 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %72 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    // expected-remark@+1 {{parallel teacher-forced form: the loop's 5 steps run at once}}
    %73:6 = "stablehlo.while"(%arg21, %arg20, %72, %70, %69, %71) ({
    ^bb0(%arg30: tensor<2xi32>, %arg31: tensor<4x4xf32>, %arg32: tensor<i32>, %arg33: tensor<i32>, %arg34: tensor<6xi32>, %arg35: tensor<i32>):
      %80 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %81 = "stablehlo.compare"(%arg32, %80) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%81) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg24: tensor<2xi32>, %arg25: tensor<4x4xf32>, %arg26: tensor<i32>, %arg27: tensor<i32>, %arg28: tensor<6xi32>, %arg29: tensor<i32>):
      %77:3 = "func.call"(%arg24, %arg25, %arg27, %arg28, %arg29) <{callee = @closed_call}> : (tensor<2xi32>, tensor<4x4xf32>, tensor<i32>, tensor<6xi32>, tensor<i32>) -> (tensor<i32>, tensor<6xi32>, tensor<i32>)
      %78 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %79 = "stablehlo.add"(%arg26, %78) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg24, %arg25, %79, %77#0, %77#1, %77#2) : (tensor<2xi32>, tensor<4x4xf32>, tensor<i32>, tensor<i32>, tensor<6xi32>, tensor<i32>) -> ()
    }) : (tensor<2xi32>, tensor<4x4xf32>, tensor<i32>, tensor<i32>, tensor<6xi32>, tensor<i32>) -> (tensor<2xi32>, tensor<4x4xf32>, tensor<i32>, tensor<i32>, tensor<6xi32>, tensor<i32>)
    %74 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %75 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %76 = "stablehlo.scatter"(%73#4, %75, %73#5) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg22: tensor<i32>, %arg23: tensor<i32>):
      "stablehlo.return"(%arg23) : (tensor<i32>) -> ()
    }) : (tensor<6xi32>, tensor<1xi32>, tensor<i32>) -> tensor<6xi32>
    "func.return"(%76) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2xi32>, tensor<4x4xf32>, tensor<i32>, tensor<6xi32>, tensor<i32>) -> (tensor<i32>, tensor<6xi32>, tensor<i32>), res_attrs = [{}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<2xi32>, %arg12: tensor<4x4xf32>, %arg13: tensor<i32>, %arg14: tensor<6xi32>, %arg15: tensor<i32>):
    %17 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %18 = "stablehlo.add"(%arg13, %17) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %19 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %20 = "stablehlo.compare"(%arg13, %19) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %21 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %22 = "stablehlo.minimum"(%arg13, %21) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %23 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %24 = "stablehlo.compare"(%22, %23) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %25 = "stablehlo.convert"(%22) : (tensor<i32>) -> tensor<i32>
    %26 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %27 = "stablehlo.add"(%25, %26) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %28 = "stablehlo.select"(%24, %27, %22) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %29 = "stablehlo.dynamic_slice"(%arg11, %28) <{slice_sizes = array<i64: 1>}> : (tensor<2xi32>, tensor<i32>) -> tensor<1xi32>
    %30 = "stablehlo.reshape"(%29) : (tensor<1xi32>) -> tensor<i32>
    %31 = "func.call"(%20, %30, %arg15) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %32 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %33 = "stablehlo.compare"(%arg13, %32) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %34 = "stablehlo.constant"() <{value = dense<6> : tensor<i32>}> : () -> tensor<i32>
    %35 = "stablehlo.add"(%arg13, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %36 = "stablehlo.select"(%33, %35, %arg13) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %37 = "stablehlo.convert"(%36) : (tensor<i32>) -> tensor<i32>
    %38 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %39 = "stablehlo.scatter"(%arg14, %38, %31) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg18: tensor<i32>, %arg19: tensor<i32>):
      "stablehlo.return"(%arg19) : (tensor<i32>) -> ()
    }) : (tensor<6xi32>, tensor<1xi32>, tensor<i32>) -> tensor<6xi32>
    %40 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %41 = "stablehlo.compare"(%31, %40) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %42 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %43 = "stablehlo.add"(%31, %42) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %44 = "stablehlo.select"(%41, %43, %31) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %45 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %46 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %47 = "stablehlo.compare"(%45, %46) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %48 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %49 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %50 = "stablehlo.add"(%48, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %51 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %52 = "stablehlo.select"(%47, %50, %51) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %53 = "stablehlo.dynamic_slice"(%arg12, %44, %52) <{slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<1x4xf32>
    %54 = "stablehlo.reshape"(%53) : (tensor<1x4xf32>) -> tensor<4xf32>
    %55 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<6xi32>
    %56 = "stablehlo.convert"(%arg13) : (tensor<i32>) -> tensor<i32>
    %57 = "stablehlo.broadcast_in_dim"(%56) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %58 = "stablehlo.compare"(%55, %57) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %59 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %60 = "func.call"(%58, %39, %59) <{callee = @_where_0}> : (tensor<6xi1>, tensor<6xi32>, tensor<i32>) -> tensor<6xi32>
    %61 = "stablehlo.convert"(%60) : (tensor<6xi32>) -> tensor<6xf32>
    %62 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %63 = "stablehlo.reduce"(%61, %62) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg16: tensor<f32>, %arg17: tensor<f32>):
      %67 = "stablehlo.add"(%arg16, %arg17) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%67) : (tensor<f32>) -> ()
    }) : (tensor<6xf32>, tensor<f32>) -> tensor<f32>
    %64 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %65 = "stablehlo.add"(%54, %64) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %66 = "func.call"(%65) <{callee = @argmax}> : (tensor<4xf32>) -> tensor<i32>
    "func.return"(%18, %39, %66) : (tensor<i32>, tensor<6xi32>, tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<i1>, %arg9: tensor<i32>, %arg10: tensor<i32>):
    %16 = "stablehlo.select"(%arg8, %arg9, %arg10) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%16) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6xi1>, tensor<6xi32>, tensor<i32>) -> tensor<6xi32>, res_attrs = [{}], sym_name = "_where_0", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<6xi1>, %arg6: tensor<6xi32>, %arg7: tensor<i32>):
    %13 = "stablehlo.convert"(%arg7) : (tensor<i32>) -> tensor<i32>
    %14 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %15 = "stablehlo.select"(%arg5, %arg6, %14) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    "func.return"(%15) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf32>) -> tensor<i32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4xf32>):
    %0 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %1 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %2 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %3:2 = "stablehlo.reduce"(%arg0, %0, %1, %2) <{dimensions = array<i64: 0>}> ({
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
    }) : (tensor<4xf32>, tensor<4xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
    "func.return"(%3#1) : (tensor<i32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
