// ar_to_tf_success_stacked_cache_in_a_layer_scan
// A KV-cache decoder whose layers run in a lax.scan over a stacked cache [layers, T, D]
// (the cache the scan's input, each layer's slab written with `.at[pos].set(k)` and
// stacked back as the scan's output). Unrolled, the step rebuilds the cache slab by slab
// into a fresh buffer; the pass makes that row writes into the carried cache
// (passes/src/ar_to_tf/restack.rs: the slab scatter a select, the select a
// dynamic_update_slice, the write-backs row writes), which the parallel form takes as a
// cache written at one position per step. Execution (IREE, 5 random weight sets): the
// teacher-forced function replays the decoder's tokens exactly.
// JAX: layer(x, (slab, w, pos)): slab = slab.at[pos].set(x @ w);
//      x + softmax(where(arange(L) <= pos, slab @ x, -1e9)) @ slab
// RUN: veritor-opt %s --veritor-inline --veritor-ar-to-tf=require-parallel=true --verify-diagnostics | FileCheck %s
// CHECK: sym_name = "main_teacher_forced"
// CHECK-NOT: "stablehlo.while"
// CHECK: "func.return"(%{{.*}}, %{{.*}}) : (tensor<6xi32>, tensor<6x4xf32>) -> ()
"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<4x2xf32>, tensor<2x2x2xf32>, tensor<2xi32>) -> tensor<6xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg46: tensor<4x2xf32>, %arg47: tensor<2x2x2xf32>, %arg48: tensor<2xi32>):
    %117 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %118 = "stablehlo.broadcast_in_dim"(%117) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %119 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %120 = "stablehlo.broadcast_in_dim"(%119) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %121 = "stablehlo.scatter"(%118, %120, %arg48) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg61: tensor<i32>, %arg62: tensor<i32>):
      "stablehlo.return"(%arg62) : (tensor<i32>) -> ()
    }) : (tensor<6xi32>, tensor<1xi32>, tensor<2xi32>) -> tensor<6xi32>
    %122 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %123 = "stablehlo.broadcast_in_dim"(%122) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x6x2xf32>
    %124 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %125 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    // expected-remark@+1 {{parallel teacher-forced form: the loop's 4 steps run at once}}
    %126:6 = "stablehlo.while"(%arg46, %arg47, %125, %124, %121, %123) ({
    ^bb0(%arg55: tensor<4x2xf32>, %arg56: tensor<2x2x2xf32>, %arg57: tensor<i32>, %arg58: tensor<i32>, %arg59: tensor<6xi32>, %arg60: tensor<2x6x2xf32>):
      %130 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
      %131 = "stablehlo.compare"(%arg57, %130) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%131) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg49: tensor<4x2xf32>, %arg50: tensor<2x2x2xf32>, %arg51: tensor<i32>, %arg52: tensor<i32>, %arg53: tensor<6xi32>, %arg54: tensor<2x6x2xf32>):
      %127:3 = "func.call"(%arg49, %arg50, %arg52, %arg53, %arg54) <{callee = @closed_call}> : (tensor<4x2xf32>, tensor<2x2x2xf32>, tensor<i32>, tensor<6xi32>, tensor<2x6x2xf32>) -> (tensor<i32>, tensor<6xi32>, tensor<2x6x2xf32>)
      %128 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %129 = "stablehlo.add"(%arg51, %128) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg49, %arg50, %129, %127#0, %127#1, %127#2) : (tensor<4x2xf32>, tensor<2x2x2xf32>, tensor<i32>, tensor<i32>, tensor<6xi32>, tensor<2x6x2xf32>) -> ()
    }) : (tensor<4x2xf32>, tensor<2x2x2xf32>, tensor<i32>, tensor<i32>, tensor<6xi32>, tensor<2x6x2xf32>) -> (tensor<4x2xf32>, tensor<2x2x2xf32>, tensor<i32>, tensor<i32>, tensor<6xi32>, tensor<2x6x2xf32>)
    "func.return"(%126#4) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x2xf32>, tensor<2x2x2xf32>, tensor<i32>, tensor<6xi32>, tensor<2x6x2xf32>) -> (tensor<i32>, tensor<6xi32>, tensor<2x6x2xf32>), res_attrs = [{}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg27: tensor<4x2xf32>, %arg28: tensor<2x2x2xf32>, %arg29: tensor<i32>, %arg30: tensor<6xi32>, %arg31: tensor<2x6x2xf32>):
    %63 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %64 = "stablehlo.add"(%arg29, %63) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %65 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %66 = "stablehlo.add"(%65, %arg29) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %67 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %68 = "stablehlo.compare"(%66, %67) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %69 = "stablehlo.convert"(%66) : (tensor<i32>) -> tensor<i32>
    %70 = "stablehlo.constant"() <{value = dense<6> : tensor<i32>}> : () -> tensor<i32>
    %71 = "stablehlo.add"(%69, %70) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %72 = "stablehlo.select"(%68, %71, %66) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %73 = "stablehlo.dynamic_slice"(%arg30, %72) <{slice_sizes = array<i64: 1>}> : (tensor<6xi32>, tensor<i32>) -> tensor<1xi32>
    %74 = "stablehlo.reshape"(%73) : (tensor<1xi32>) -> tensor<i32>
    %75 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %76 = "stablehlo.compare"(%74, %75) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %77 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %78 = "stablehlo.add"(%74, %77) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %79 = "stablehlo.select"(%76, %78, %74) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %80 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %81 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %82 = "stablehlo.compare"(%80, %81) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %83 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %84 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %85 = "stablehlo.add"(%83, %84) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %86 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %87 = "stablehlo.select"(%82, %85, %86) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %88 = "stablehlo.dynamic_slice"(%arg27, %79, %87) <{slice_sizes = array<i64: 1, 2>}> : (tensor<4x2xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2xf32>
    %89 = "stablehlo.reshape"(%88) : (tensor<1x2xf32>) -> tensor<2xf32>
    %90 = "stablehlo.broadcast_in_dim"(%66) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %91 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %92 = "stablehlo.broadcast_in_dim"(%91) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x6x2xf32>
    %93 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %94:6 = "stablehlo.while"(%arg31, %arg28, %90, %93, %89, %92) ({
    ^bb0(%arg40: tensor<2x6x2xf32>, %arg41: tensor<2x2x2xf32>, %arg42: tensor<2xi32>, %arg43: tensor<i32>, %arg44: tensor<2xf32>, %arg45: tensor<2x6x2xf32>):
      %115 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
      %116 = "stablehlo.compare"(%arg43, %115) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%116) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg34: tensor<2x6x2xf32>, %arg35: tensor<2x2x2xf32>, %arg36: tensor<2xi32>, %arg37: tensor<i32>, %arg38: tensor<2xf32>, %arg39: tensor<2x6x2xf32>):
      %108 = "func.call"(%arg34, %arg37) <{callee = @dynamic_index_in_dim}> : (tensor<2x6x2xf32>, tensor<i32>) -> tensor<6x2xf32>
      %109 = "func.call"(%arg35, %arg37) <{callee = @dynamic_index_in_dim_0}> : (tensor<2x2x2xf32>, tensor<i32>) -> tensor<2x2xf32>
      %110 = "func.call"(%arg36, %arg37) <{callee = @dynamic_index_in_dim_1}> : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
      %111:2 = "func.call"(%arg38, %108, %109, %110) <{callee = @closed_call_2}> : (tensor<2xf32>, tensor<6x2xf32>, tensor<2x2xf32>, tensor<i32>) -> (tensor<2xf32>, tensor<6x2xf32>)
      %112 = "func.call"(%arg39, %111#1, %arg37) <{callee = @dynamic_update_index_in_dim}> : (tensor<2x6x2xf32>, tensor<6x2xf32>, tensor<i32>) -> tensor<2x6x2xf32>
      %113 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %114 = "stablehlo.add"(%arg37, %113) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg34, %arg35, %arg36, %114, %111#0, %112) : (tensor<2x6x2xf32>, tensor<2x2x2xf32>, tensor<2xi32>, tensor<i32>, tensor<2xf32>, tensor<2x6x2xf32>) -> ()
    }) : (tensor<2x6x2xf32>, tensor<2x2x2xf32>, tensor<2xi32>, tensor<i32>, tensor<2xf32>, tensor<2x6x2xf32>) -> (tensor<2x6x2xf32>, tensor<2x2x2xf32>, tensor<2xi32>, tensor<i32>, tensor<2xf32>, tensor<2x6x2xf32>)
    %95 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %96 = "stablehlo.add"(%66, %95) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %97 = "stablehlo.transpose"(%arg27) <{permutation = array<i64: 1, 0>}> : (tensor<4x2xf32>) -> tensor<2x4xf32>
    %98 = "stablehlo.dot_general"(%94#4, %97) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2xf32>, tensor<2x4xf32>) -> tensor<4xf32>
    %99 = "func.call"(%98) <{callee = @argmax}> : (tensor<4xf32>) -> tensor<i32>
    %100 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %101 = "stablehlo.compare"(%96, %100) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %102 = "stablehlo.constant"() <{value = dense<6> : tensor<i32>}> : () -> tensor<i32>
    %103 = "stablehlo.add"(%96, %102) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %104 = "stablehlo.select"(%101, %103, %96) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %105 = "stablehlo.convert"(%104) : (tensor<i32>) -> tensor<i32>
    %106 = "stablehlo.broadcast_in_dim"(%105) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %107 = "stablehlo.scatter"(%arg30, %106, %99) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<i32>, %arg33: tensor<i32>):
      "stablehlo.return"(%arg33) : (tensor<i32>) -> ()
    }) : (tensor<6xi32>, tensor<1xi32>, tensor<i32>) -> tensor<6xi32>
    "func.return"(%64, %107, %94#5) : (tensor<i32>, tensor<6xi32>, tensor<2x6x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2x6x2xf32>, tensor<i32>) -> tensor<6x2xf32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg25: tensor<2x6x2xf32>, %arg26: tensor<i32>):
    %59 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %60 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %61 = "stablehlo.dynamic_slice"(%arg25, %arg26, %59, %60) <{slice_sizes = array<i64: 1, 6, 2>}> : (tensor<2x6x2xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x2xf32>
    %62 = "stablehlo.reshape"(%61) : (tensor<1x6x2xf32>) -> tensor<6x2xf32>
    "func.return"(%62) : (tensor<6x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2x2x2xf32>, tensor<i32>) -> tensor<2x2xf32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim_0", sym_visibility = "private"}> ({
  ^bb0(%arg23: tensor<2x2x2xf32>, %arg24: tensor<i32>):
    %55 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %56 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %57 = "stablehlo.dynamic_slice"(%arg23, %arg24, %55, %56) <{slice_sizes = array<i64: 1, 2, 2>}> : (tensor<2x2x2xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2xf32>
    %58 = "stablehlo.reshape"(%57) : (tensor<1x2x2xf32>) -> tensor<2x2xf32>
    "func.return"(%58) : (tensor<2x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2xi32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim_1", sym_visibility = "private"}> ({
  ^bb0(%arg21: tensor<2xi32>, %arg22: tensor<i32>):
    %53 = "stablehlo.dynamic_slice"(%arg21, %arg22) <{slice_sizes = array<i64: 1>}> : (tensor<2xi32>, tensor<i32>) -> tensor<1xi32>
    %54 = "stablehlo.reshape"(%53) : (tensor<1xi32>) -> tensor<i32>
    "func.return"(%54) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2xf32>, tensor<6x2xf32>, tensor<2x2xf32>, tensor<i32>) -> (tensor<2xf32>, tensor<6x2xf32>), res_attrs = [{}, {}], sym_name = "closed_call_2", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<2xf32>, %arg12: tensor<6x2xf32>, %arg13: tensor<2x2xf32>, %arg14: tensor<i32>):
    %20 = "stablehlo.dot_general"(%arg11, %arg13) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2xf32>, tensor<2x2xf32>) -> tensor<2xf32>
    %21 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %22 = "stablehlo.compare"(%arg14, %21) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %23 = "stablehlo.constant"() <{value = dense<6> : tensor<i32>}> : () -> tensor<i32>
    %24 = "stablehlo.add"(%arg14, %23) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %25 = "stablehlo.select"(%22, %24, %arg14) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %26 = "stablehlo.convert"(%25) : (tensor<i32>) -> tensor<i32>
    %27 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %28 = "stablehlo.scatter"(%arg12, %27, %20) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg19: tensor<f32>, %arg20: tensor<f32>):
      "stablehlo.return"(%arg20) : (tensor<f32>) -> ()
    }) : (tensor<6x2xf32>, tensor<1xi32>, tensor<2xf32>) -> tensor<6x2xf32>
    %29 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<6xi32>
    %30 = "stablehlo.convert"(%arg14) : (tensor<i32>) -> tensor<i32>
    %31 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %32 = "stablehlo.compare"(%29, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %33 = "stablehlo.dot_general"(%28, %arg11) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<6x2xf32>, tensor<2xf32>) -> tensor<6xf32>
    %34 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %35 = "func.call"(%32, %33, %34) <{callee = @_where}> : (tensor<6xi1>, tensor<6xf32>, tensor<f32>) -> tensor<6xf32>
    %36 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %37 = "stablehlo.reduce"(%35, %36) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg17: tensor<f32>, %arg18: tensor<f32>):
      %52 = "stablehlo.maximum"(%arg17, %arg18) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%52) : (tensor<f32>) -> ()
    }) : (tensor<6xf32>, tensor<f32>) -> tensor<f32>
    %38 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %39 = "stablehlo.maximum"(%38, %37) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %40 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %41 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<6xf32>
    %42 = "stablehlo.subtract"(%35, %41) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %43 = "stablehlo.exponential"(%42) : (tensor<6xf32>) -> tensor<6xf32>
    %44 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %45 = "stablehlo.reduce"(%43, %44) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg15: tensor<f32>, %arg16: tensor<f32>):
      %51 = "stablehlo.add"(%arg15, %arg16) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%51) : (tensor<f32>) -> ()
    }) : (tensor<6xf32>, tensor<f32>) -> tensor<f32>
    %46 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %47 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<6xf32>
    %48 = "stablehlo.divide"(%43, %47) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %49 = "stablehlo.dot_general"(%48, %28) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<6xf32>, tensor<6x2xf32>) -> tensor<2xf32>
    %50 = "stablehlo.add"(%arg11, %49) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    "func.return"(%50, %28) : (tensor<2xf32>, tensor<6x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6xi1>, tensor<6xf32>, tensor<f32>) -> tensor<6xf32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<6xi1>, %arg9: tensor<6xf32>, %arg10: tensor<f32>):
    %17 = "stablehlo.convert"(%arg10) : (tensor<f32>) -> tensor<f32>
    %18 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %19 = "stablehlo.select"(%arg8, %arg9, %18) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%19) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2x6x2xf32>, tensor<6x2xf32>, tensor<i32>) -> tensor<2x6x2xf32>, res_attrs = [{}], sym_name = "dynamic_update_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<2x6x2xf32>, %arg6: tensor<6x2xf32>, %arg7: tensor<i32>):
    %13 = "stablehlo.broadcast_in_dim"(%arg6) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<6x2xf32>) -> tensor<1x6x2xf32>
    %14 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %15 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %16 = "stablehlo.dynamic_update_slice"(%arg5, %13, %arg7, %14, %15) : (tensor<2x6x2xf32>, tensor<1x6x2xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x6x2xf32>
    "func.return"(%16) : (tensor<2x6x2xf32>) -> ()
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
