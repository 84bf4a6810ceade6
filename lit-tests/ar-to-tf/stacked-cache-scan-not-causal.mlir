// ar_to_tf_remark_stacked_cache_in_a_layer_scan_not_causal
// The stacked-cache scan decoder of stacked-cache-scan.mlir with the mask removed: each
// layer attends to every row of its slab, rows not written yet included. The cache is still
// recognised (written at one position per step), and the analysis refuses the parallel form.
// RUN: veritor-opt %s --veritor-inline --veritor-ar-to-tf --verify-diagnostics | FileCheck %s
// CHECK: sym_name = "main_teacher_forced"
// CHECK: "stablehlo.while"
"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<4x2xf32>, tensor<2x2x2xf32>, tensor<2xi32>) -> tensor<6xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg46: tensor<4x2xf32>, %arg47: tensor<2x2x2xf32>, %arg48: tensor<2xi32>):
    %115 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %116 = "stablehlo.broadcast_in_dim"(%115) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %117 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %118 = "stablehlo.broadcast_in_dim"(%117) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %119 = "stablehlo.scatter"(%116, %118, %arg48) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg61: tensor<i32>, %arg62: tensor<i32>):
      "stablehlo.return"(%arg62) : (tensor<i32>) -> ()
    }) : (tensor<6xi32>, tensor<1xi32>, tensor<2xi32>) -> tensor<6xi32>
    %120 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %121 = "stablehlo.broadcast_in_dim"(%120) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x6x2xf32>
    %122 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %123 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    // expected-remark@+1 {{not parallel because it reduces over positions that are not written yet}}
    %124:6 = "stablehlo.while"(%arg46, %arg47, %123, %122, %119, %121) ({
    ^bb0(%arg55: tensor<4x2xf32>, %arg56: tensor<2x2x2xf32>, %arg57: tensor<i32>, %arg58: tensor<i32>, %arg59: tensor<6xi32>, %arg60: tensor<2x6x2xf32>):
      %128 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
      %129 = "stablehlo.compare"(%arg57, %128) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%129) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg49: tensor<4x2xf32>, %arg50: tensor<2x2x2xf32>, %arg51: tensor<i32>, %arg52: tensor<i32>, %arg53: tensor<6xi32>, %arg54: tensor<2x6x2xf32>):
      %125:3 = "func.call"(%arg49, %arg50, %arg52, %arg53, %arg54) <{callee = @closed_call}> : (tensor<4x2xf32>, tensor<2x2x2xf32>, tensor<i32>, tensor<6xi32>, tensor<2x6x2xf32>) -> (tensor<i32>, tensor<6xi32>, tensor<2x6x2xf32>)
      %126 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %127 = "stablehlo.add"(%arg51, %126) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg49, %arg50, %127, %125#0, %125#1, %125#2) : (tensor<4x2xf32>, tensor<2x2x2xf32>, tensor<i32>, tensor<i32>, tensor<6xi32>, tensor<2x6x2xf32>) -> ()
    }) : (tensor<4x2xf32>, tensor<2x2x2xf32>, tensor<i32>, tensor<i32>, tensor<6xi32>, tensor<2x6x2xf32>) -> (tensor<4x2xf32>, tensor<2x2x2xf32>, tensor<i32>, tensor<i32>, tensor<6xi32>, tensor<2x6x2xf32>)
    "func.return"(%124#4) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x2xf32>, tensor<2x2x2xf32>, tensor<i32>, tensor<6xi32>, tensor<2x6x2xf32>) -> (tensor<i32>, tensor<6xi32>, tensor<2x6x2xf32>), res_attrs = [{}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg27: tensor<4x2xf32>, %arg28: tensor<2x2x2xf32>, %arg29: tensor<i32>, %arg30: tensor<6xi32>, %arg31: tensor<2x6x2xf32>):
    %61 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %62 = "stablehlo.add"(%arg29, %61) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %63 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %64 = "stablehlo.add"(%63, %arg29) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %65 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %66 = "stablehlo.compare"(%64, %65) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %67 = "stablehlo.convert"(%64) : (tensor<i32>) -> tensor<i32>
    %68 = "stablehlo.constant"() <{value = dense<6> : tensor<i32>}> : () -> tensor<i32>
    %69 = "stablehlo.add"(%67, %68) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %70 = "stablehlo.select"(%66, %69, %64) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %71 = "stablehlo.dynamic_slice"(%arg30, %70) <{slice_sizes = array<i64: 1>}> : (tensor<6xi32>, tensor<i32>) -> tensor<1xi32>
    %72 = "stablehlo.reshape"(%71) : (tensor<1xi32>) -> tensor<i32>
    %73 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %74 = "stablehlo.compare"(%72, %73) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %75 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %76 = "stablehlo.add"(%72, %75) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %77 = "stablehlo.select"(%74, %76, %72) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %78 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %79 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %80 = "stablehlo.compare"(%78, %79) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %81 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %82 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %83 = "stablehlo.add"(%81, %82) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %84 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %85 = "stablehlo.select"(%80, %83, %84) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %86 = "stablehlo.dynamic_slice"(%arg27, %77, %85) <{slice_sizes = array<i64: 1, 2>}> : (tensor<4x2xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2xf32>
    %87 = "stablehlo.reshape"(%86) : (tensor<1x2xf32>) -> tensor<2xf32>
    %88 = "stablehlo.broadcast_in_dim"(%64) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %89 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %90 = "stablehlo.broadcast_in_dim"(%89) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x6x2xf32>
    %91 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %92:6 = "stablehlo.while"(%arg31, %arg28, %88, %91, %87, %90) ({
    ^bb0(%arg40: tensor<2x6x2xf32>, %arg41: tensor<2x2x2xf32>, %arg42: tensor<2xi32>, %arg43: tensor<i32>, %arg44: tensor<2xf32>, %arg45: tensor<2x6x2xf32>):
      %113 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
      %114 = "stablehlo.compare"(%arg43, %113) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%114) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg34: tensor<2x6x2xf32>, %arg35: tensor<2x2x2xf32>, %arg36: tensor<2xi32>, %arg37: tensor<i32>, %arg38: tensor<2xf32>, %arg39: tensor<2x6x2xf32>):
      %106 = "func.call"(%arg34, %arg37) <{callee = @dynamic_index_in_dim}> : (tensor<2x6x2xf32>, tensor<i32>) -> tensor<6x2xf32>
      %107 = "func.call"(%arg35, %arg37) <{callee = @dynamic_index_in_dim_0}> : (tensor<2x2x2xf32>, tensor<i32>) -> tensor<2x2xf32>
      %108 = "func.call"(%arg36, %arg37) <{callee = @dynamic_index_in_dim_1}> : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
      %109:2 = "func.call"(%arg38, %106, %107, %108) <{callee = @closed_call_2}> : (tensor<2xf32>, tensor<6x2xf32>, tensor<2x2xf32>, tensor<i32>) -> (tensor<2xf32>, tensor<6x2xf32>)
      %110 = "func.call"(%arg39, %109#1, %arg37) <{callee = @dynamic_update_index_in_dim}> : (tensor<2x6x2xf32>, tensor<6x2xf32>, tensor<i32>) -> tensor<2x6x2xf32>
      %111 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %112 = "stablehlo.add"(%arg37, %111) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg34, %arg35, %arg36, %112, %109#0, %110) : (tensor<2x6x2xf32>, tensor<2x2x2xf32>, tensor<2xi32>, tensor<i32>, tensor<2xf32>, tensor<2x6x2xf32>) -> ()
    }) : (tensor<2x6x2xf32>, tensor<2x2x2xf32>, tensor<2xi32>, tensor<i32>, tensor<2xf32>, tensor<2x6x2xf32>) -> (tensor<2x6x2xf32>, tensor<2x2x2xf32>, tensor<2xi32>, tensor<i32>, tensor<2xf32>, tensor<2x6x2xf32>)
    %93 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %94 = "stablehlo.add"(%64, %93) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %95 = "stablehlo.transpose"(%arg27) <{permutation = array<i64: 1, 0>}> : (tensor<4x2xf32>) -> tensor<2x4xf32>
    %96 = "stablehlo.dot_general"(%92#4, %95) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2xf32>, tensor<2x4xf32>) -> tensor<4xf32>
    %97 = "func.call"(%96) <{callee = @argmax}> : (tensor<4xf32>) -> tensor<i32>
    %98 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %99 = "stablehlo.compare"(%94, %98) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %100 = "stablehlo.constant"() <{value = dense<6> : tensor<i32>}> : () -> tensor<i32>
    %101 = "stablehlo.add"(%94, %100) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %102 = "stablehlo.select"(%99, %101, %94) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %103 = "stablehlo.convert"(%102) : (tensor<i32>) -> tensor<i32>
    %104 = "stablehlo.broadcast_in_dim"(%103) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %105 = "stablehlo.scatter"(%arg30, %104, %97) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<i32>, %arg33: tensor<i32>):
      "stablehlo.return"(%arg33) : (tensor<i32>) -> ()
    }) : (tensor<6xi32>, tensor<1xi32>, tensor<i32>) -> tensor<6xi32>
    "func.return"(%62, %105, %92#5) : (tensor<i32>, tensor<6xi32>, tensor<2x6x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2x6x2xf32>, tensor<i32>) -> tensor<6x2xf32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg25: tensor<2x6x2xf32>, %arg26: tensor<i32>):
    %57 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %58 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %59 = "stablehlo.dynamic_slice"(%arg25, %arg26, %57, %58) <{slice_sizes = array<i64: 1, 6, 2>}> : (tensor<2x6x2xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x2xf32>
    %60 = "stablehlo.reshape"(%59) : (tensor<1x6x2xf32>) -> tensor<6x2xf32>
    "func.return"(%60) : (tensor<6x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2x2x2xf32>, tensor<i32>) -> tensor<2x2xf32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim_0", sym_visibility = "private"}> ({
  ^bb0(%arg23: tensor<2x2x2xf32>, %arg24: tensor<i32>):
    %53 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %54 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %55 = "stablehlo.dynamic_slice"(%arg23, %arg24, %53, %54) <{slice_sizes = array<i64: 1, 2, 2>}> : (tensor<2x2x2xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2xf32>
    %56 = "stablehlo.reshape"(%55) : (tensor<1x2x2xf32>) -> tensor<2x2xf32>
    "func.return"(%56) : (tensor<2x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2xi32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim_1", sym_visibility = "private"}> ({
  ^bb0(%arg21: tensor<2xi32>, %arg22: tensor<i32>):
    %51 = "stablehlo.dynamic_slice"(%arg21, %arg22) <{slice_sizes = array<i64: 1>}> : (tensor<2xi32>, tensor<i32>) -> tensor<1xi32>
    %52 = "stablehlo.reshape"(%51) : (tensor<1xi32>) -> tensor<i32>
    "func.return"(%52) : (tensor<i32>) -> ()
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
    %29 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %30 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<6xi1>
    %31 = "stablehlo.dot_general"(%28, %arg11) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<6x2xf32>, tensor<2xf32>) -> tensor<6xf32>
    %32 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %33 = "func.call"(%30, %31, %32) <{callee = @_where}> : (tensor<6xi1>, tensor<6xf32>, tensor<f32>) -> tensor<6xf32>
    %34 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %35 = "stablehlo.reduce"(%33, %34) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg17: tensor<f32>, %arg18: tensor<f32>):
      %50 = "stablehlo.maximum"(%arg17, %arg18) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%50) : (tensor<f32>) -> ()
    }) : (tensor<6xf32>, tensor<f32>) -> tensor<f32>
    %36 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %37 = "stablehlo.maximum"(%36, %35) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %38 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %39 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<6xf32>
    %40 = "stablehlo.subtract"(%33, %39) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %41 = "stablehlo.exponential"(%40) : (tensor<6xf32>) -> tensor<6xf32>
    %42 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %43 = "stablehlo.reduce"(%41, %42) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg15: tensor<f32>, %arg16: tensor<f32>):
      %49 = "stablehlo.add"(%arg15, %arg16) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%49) : (tensor<f32>) -> ()
    }) : (tensor<6xf32>, tensor<f32>) -> tensor<f32>
    %44 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %45 = "stablehlo.broadcast_in_dim"(%44) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<6xf32>
    %46 = "stablehlo.divide"(%41, %45) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %47 = "stablehlo.dot_general"(%46, %28) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<6xf32>, tensor<6x2xf32>) -> tensor<2xf32>
    %48 = "stablehlo.add"(%arg11, %47) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    "func.return"(%48, %28) : (tensor<2xf32>, tensor<6x2xf32>) -> ()
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
