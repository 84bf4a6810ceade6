"builtin.module"() <{sym_name = "jit_eos_while"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64x32xf32>, tensor<32x32xf32>, tensor<1x4xi32>) -> (tensor<1x16xi32>, tensor<i32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg12: tensor<16x32xf32>, %arg13: tensor<32x32xf32>, %arg14: tensor<32xf32>, %arg15: tensor<32xf32>, %arg16: tensor<32x32xf32>, %arg17: tensor<32x32xf32>, %arg18: tensor<32x32xf32>, %arg19: tensor<32x32xf32>, %arg20: tensor<32xf32>, %arg21: tensor<32xf32>, %arg22: tensor<32xf32>, %arg23: tensor<32xf32>, %arg24: tensor<64xf32>, %arg25: tensor<32xf32>, %arg26: tensor<32x64xf32>, %arg27: tensor<64x32xf32>, %arg28: tensor<32x32xf32>, %arg29: tensor<32x32xf32>, %arg30: tensor<32x32xf32>, %arg31: tensor<32x32xf32>, %arg32: tensor<32xf32>, %arg33: tensor<32xf32>, %arg34: tensor<32xf32>, %arg35: tensor<32xf32>, %arg36: tensor<64xf32>, %arg37: tensor<32xf32>, %arg38: tensor<32x64xf32>, %arg39: tensor<64x32xf32>, %arg40: tensor<32x32xf32>, %arg41: tensor<1x4xi32>):
    %29 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %30 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %31 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %32 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %33 = "stablehlo.dynamic_update_slice"(%30, %arg41, %31, %32) : (tensor<1x16xi32>, tensor<1x4xi32>, tensor<i32>, tensor<i32>) -> tensor<1x16xi32>
    %34 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %35 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1xi1>
    %36 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %37:32 = "stablehlo.while"(%arg12, %arg13, %arg21, %arg20, %arg18, %arg16, %arg19, %arg17, %arg23, %arg22, %arg26, %arg24, %arg27, %arg25, %arg33, %arg32, %arg30, %arg28, %arg31, %arg29, %arg35, %arg34, %arg38, %arg36, %arg39, %arg37, %arg15, %arg14, %arg40, %36, %33, %35) ({
    ^bb0(%arg104: tensor<16x32xf32>, %arg105: tensor<32x32xf32>, %arg106: tensor<32xf32>, %arg107: tensor<32xf32>, %arg108: tensor<32x32xf32>, %arg109: tensor<32x32xf32>, %arg110: tensor<32x32xf32>, %arg111: tensor<32x32xf32>, %arg112: tensor<32xf32>, %arg113: tensor<32xf32>, %arg114: tensor<32x64xf32>, %arg115: tensor<64xf32>, %arg116: tensor<64x32xf32>, %arg117: tensor<32xf32>, %arg118: tensor<32xf32>, %arg119: tensor<32xf32>, %arg120: tensor<32x32xf32>, %arg121: tensor<32x32xf32>, %arg122: tensor<32x32xf32>, %arg123: tensor<32x32xf32>, %arg124: tensor<32xf32>, %arg125: tensor<32xf32>, %arg126: tensor<32x64xf32>, %arg127: tensor<64xf32>, %arg128: tensor<64x32xf32>, %arg129: tensor<32xf32>, %arg130: tensor<32xf32>, %arg131: tensor<32xf32>, %arg132: tensor<32x32xf32>, %arg133: tensor<i32>, %arg134: tensor<1x16xi32>, %arg135: tensor<1xi1>):
      %379 = "stablehlo.constant"() <{value = dense<15> : tensor<i32>}> : () -> tensor<i32>
      %380 = "stablehlo.compare"(%arg133, %379) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %381 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
      %382 = "stablehlo.reduce"(%arg135, %381) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg136: tensor<i1>, %arg137: tensor<i1>):
        %385 = "stablehlo.and"(%arg136, %arg137) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%385) : (tensor<i1>) -> ()
      }) : (tensor<1xi1>, tensor<i1>) -> tensor<i1>
      %383 = "stablehlo.not"(%382) : (tensor<i1>) -> tensor<i1>
      %384 = "stablehlo.and"(%380, %383) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%384) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg42: tensor<16x32xf32>, %arg43: tensor<32x32xf32>, %arg44: tensor<32xf32>, %arg45: tensor<32xf32>, %arg46: tensor<32x32xf32>, %arg47: tensor<32x32xf32>, %arg48: tensor<32x32xf32>, %arg49: tensor<32x32xf32>, %arg50: tensor<32xf32>, %arg51: tensor<32xf32>, %arg52: tensor<32x64xf32>, %arg53: tensor<64xf32>, %arg54: tensor<64x32xf32>, %arg55: tensor<32xf32>, %arg56: tensor<32xf32>, %arg57: tensor<32xf32>, %arg58: tensor<32x32xf32>, %arg59: tensor<32x32xf32>, %arg60: tensor<32x32xf32>, %arg61: tensor<32x32xf32>, %arg62: tensor<32xf32>, %arg63: tensor<32xf32>, %arg64: tensor<32x64xf32>, %arg65: tensor<64xf32>, %arg66: tensor<64x32xf32>, %arg67: tensor<32xf32>, %arg68: tensor<32xf32>, %arg69: tensor<32xf32>, %arg70: tensor<32x32xf32>, %arg71: tensor<i32>, %arg72: tensor<1x16xi32>, %arg73: tensor<1xi1>):
      %38 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %39 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %40 = "stablehlo.dynamic_slice"(%arg42, %38, %39) <{slice_sizes = array<i64: 16, 32>}> : (tensor<16x32xf32>, tensor<i32>, tensor<i32>) -> tensor<16x32xf32>
      %41 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %42 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
      %43 = "stablehlo.compare"(%arg72, %42) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
      %44 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
      %45 = "stablehlo.broadcast_in_dim"(%44) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
      %46 = "stablehlo.add"(%arg72, %45) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
      %47 = "stablehlo.select"(%43, %46, %arg72) : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
      %48 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi32>) -> tensor<1x16x1xi32>
      %49 = "stablehlo.gather"(%arg43, %48) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xf32>, tensor<1x16x1xi32>) -> tensor<1x16x32xf32>
      %50 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<16x32xf32>) -> tensor<1x16x32xf32>
      %51 = "stablehlo.add"(%49, %50) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %52 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %53 = "stablehlo.reduce"(%51, %52) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg102: tensor<f32>, %arg103: tensor<f32>):
        %378 = "stablehlo.add"(%arg102, %arg103) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%378) : (tensor<f32>) -> ()
      }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %54 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %55 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
      %56 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %57 = "stablehlo.divide"(%54, %56) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %58 = "stablehlo.broadcast_in_dim"(%57) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %59 = "stablehlo.subtract"(%51, %58) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %60 = "chlo.square"(%59) : (tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %61 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %62 = "stablehlo.reduce"(%60, %61) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg100: tensor<f32>, %arg101: tensor<f32>):
        %377 = "stablehlo.add"(%arg100, %arg101) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%377) : (tensor<f32>) -> ()
      }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %63 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %64 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
      %65 = "stablehlo.broadcast_in_dim"(%64) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %66 = "stablehlo.divide"(%63, %65) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %67 = "stablehlo.broadcast_in_dim"(%57) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %68 = "stablehlo.subtract"(%51, %67) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %69 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %70 = "stablehlo.broadcast_in_dim"(%69) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %71 = "stablehlo.add"(%66, %70) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %72 = "stablehlo.rsqrt"(%71) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %73 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %74 = "stablehlo.multiply"(%68, %73) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %75 = "stablehlo.broadcast_in_dim"(%arg44) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %76 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %77 = "stablehlo.multiply"(%74, %76) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %78 = "stablehlo.broadcast_in_dim"(%arg45) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %79 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %80 = "stablehlo.add"(%77, %79) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %81 = "stablehlo.dot_general"(%80, %arg46) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
      %82 = "stablehlo.reshape"(%81) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %83 = "stablehlo.transpose"(%82) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
      %84 = "stablehlo.dot_general"(%80, %arg47) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
      %85 = "stablehlo.reshape"(%84) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %86 = "stablehlo.transpose"(%85) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
      %87 = "stablehlo.dot_general"(%80, %arg48) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
      %88 = "stablehlo.reshape"(%87) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %89 = "stablehlo.transpose"(%88) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
      %90 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
      %91 = "stablehlo.broadcast_in_dim"(%90) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<16x16xi1>
      %92 = "func.call"(%91) <{callee = @tril}> : (tensor<16x16xi1>) -> tensor<16x16xi1>
      %93 = "stablehlo.dot_general"(%83, %86) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
      %94 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
      %95 = "stablehlo.broadcast_in_dim"(%94) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x16x16xf32>
      %96 = "stablehlo.multiply"(%93, %95) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
      %97 = "stablehlo.constant"() <{value = dense<-1.000000e+30> : tensor<f32>}> : () -> tensor<f32>
      %98 = "func.call"(%92, %96, %97) <{callee = @_where}> : (tensor<16x16xi1>, tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16x16xf32>
      %99 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %100 = "stablehlo.reduce"(%98, %99) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg98: tensor<f32>, %arg99: tensor<f32>):
        %376 = "stablehlo.maximum"(%arg98, %arg99) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%376) : (tensor<f32>) -> ()
      }) : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
      %101 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %102 = "stablehlo.broadcast_in_dim"(%101) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x16xf32>
      %103 = "stablehlo.maximum"(%102, %100) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
      %104 = "stablehlo.broadcast_in_dim"(%103) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
      %105 = "stablehlo.broadcast_in_dim"(%104) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x16xf32>
      %106 = "stablehlo.subtract"(%98, %105) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
      %107 = "stablehlo.exponential"(%106) : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
      %108 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %109 = "stablehlo.reduce"(%107, %108) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg96: tensor<f32>, %arg97: tensor<f32>):
        %375 = "stablehlo.add"(%arg96, %arg97) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%375) : (tensor<f32>) -> ()
      }) : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
      %110 = "stablehlo.broadcast_in_dim"(%109) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
      %111 = "stablehlo.broadcast_in_dim"(%110) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x16xf32>
      %112 = "stablehlo.divide"(%107, %111) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
      %113 = "stablehlo.dot_general"(%112, %89) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
      %114 = "stablehlo.transpose"(%113) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x2x16x16xf32>) -> tensor<1x16x2x16xf32>
      %115 = "stablehlo.reshape"(%114) : (tensor<1x16x2x16xf32>) -> tensor<1x16x32xf32>
      %116 = "stablehlo.dot_general"(%115, %arg49) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
      %117 = "stablehlo.add"(%51, %116) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %118 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %119 = "stablehlo.reduce"(%117, %118) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg94: tensor<f32>, %arg95: tensor<f32>):
        %374 = "stablehlo.add"(%arg94, %arg95) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%374) : (tensor<f32>) -> ()
      }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %120 = "stablehlo.broadcast_in_dim"(%119) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %121 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
      %122 = "stablehlo.broadcast_in_dim"(%121) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %123 = "stablehlo.divide"(%120, %122) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %124 = "stablehlo.broadcast_in_dim"(%123) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %125 = "stablehlo.subtract"(%117, %124) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %126 = "chlo.square"(%125) : (tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %127 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %128 = "stablehlo.reduce"(%126, %127) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg92: tensor<f32>, %arg93: tensor<f32>):
        %373 = "stablehlo.add"(%arg92, %arg93) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%373) : (tensor<f32>) -> ()
      }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %129 = "stablehlo.broadcast_in_dim"(%128) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %130 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
      %131 = "stablehlo.broadcast_in_dim"(%130) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %132 = "stablehlo.divide"(%129, %131) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %133 = "stablehlo.broadcast_in_dim"(%123) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %134 = "stablehlo.subtract"(%117, %133) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %135 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %136 = "stablehlo.broadcast_in_dim"(%135) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %137 = "stablehlo.add"(%132, %136) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %138 = "stablehlo.rsqrt"(%137) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %139 = "stablehlo.broadcast_in_dim"(%138) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %140 = "stablehlo.multiply"(%134, %139) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %141 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %142 = "stablehlo.broadcast_in_dim"(%141) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %143 = "stablehlo.multiply"(%140, %142) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %144 = "stablehlo.broadcast_in_dim"(%arg51) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %145 = "stablehlo.broadcast_in_dim"(%144) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %146 = "stablehlo.add"(%143, %145) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %147 = "stablehlo.dot_general"(%146, %arg52) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x64xf32>) -> tensor<1x16x64xf32>
      %148 = "stablehlo.broadcast_in_dim"(%arg53) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %149 = "stablehlo.broadcast_in_dim"(%148) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
      %150 = "stablehlo.add"(%147, %149) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %151 = "stablehlo.multiply"(%150, %150) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %152 = "stablehlo.multiply"(%151, %150) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %153 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
      %154 = "stablehlo.broadcast_in_dim"(%153) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x64xf32>
      %155 = "stablehlo.multiply"(%154, %152) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %156 = "stablehlo.add"(%150, %155) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %157 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
      %158 = "stablehlo.broadcast_in_dim"(%157) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x64xf32>
      %159 = "stablehlo.multiply"(%158, %156) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %160 = "stablehlo.tanh"(%159) : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %161 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %162 = "stablehlo.broadcast_in_dim"(%161) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x64xf32>
      %163 = "stablehlo.add"(%162, %160) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %164 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
      %165 = "stablehlo.broadcast_in_dim"(%164) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x64xf32>
      %166 = "stablehlo.multiply"(%165, %163) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %167 = "stablehlo.multiply"(%150, %166) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %168 = "stablehlo.dot_general"(%167, %arg54) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x32xf32>) -> tensor<1x16x32xf32>
      %169 = "stablehlo.broadcast_in_dim"(%arg55) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %170 = "stablehlo.broadcast_in_dim"(%169) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %171 = "stablehlo.add"(%168, %170) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %172 = "stablehlo.add"(%117, %171) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %173 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %174 = "stablehlo.reduce"(%172, %173) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg90: tensor<f32>, %arg91: tensor<f32>):
        %372 = "stablehlo.add"(%arg90, %arg91) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%372) : (tensor<f32>) -> ()
      }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %175 = "stablehlo.broadcast_in_dim"(%174) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %176 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
      %177 = "stablehlo.broadcast_in_dim"(%176) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %178 = "stablehlo.divide"(%175, %177) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %179 = "stablehlo.broadcast_in_dim"(%178) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %180 = "stablehlo.subtract"(%172, %179) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %181 = "chlo.square"(%180) : (tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %182 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %183 = "stablehlo.reduce"(%181, %182) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg88: tensor<f32>, %arg89: tensor<f32>):
        %371 = "stablehlo.add"(%arg88, %arg89) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%371) : (tensor<f32>) -> ()
      }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %184 = "stablehlo.broadcast_in_dim"(%183) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %185 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
      %186 = "stablehlo.broadcast_in_dim"(%185) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %187 = "stablehlo.divide"(%184, %186) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %188 = "stablehlo.broadcast_in_dim"(%178) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %189 = "stablehlo.subtract"(%172, %188) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %190 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %191 = "stablehlo.broadcast_in_dim"(%190) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %192 = "stablehlo.add"(%187, %191) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %193 = "stablehlo.rsqrt"(%192) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %194 = "stablehlo.broadcast_in_dim"(%193) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %195 = "stablehlo.multiply"(%189, %194) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %196 = "stablehlo.broadcast_in_dim"(%arg56) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %197 = "stablehlo.broadcast_in_dim"(%196) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %198 = "stablehlo.multiply"(%195, %197) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %199 = "stablehlo.broadcast_in_dim"(%arg57) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %200 = "stablehlo.broadcast_in_dim"(%199) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %201 = "stablehlo.add"(%198, %200) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %202 = "stablehlo.dot_general"(%201, %arg58) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
      %203 = "stablehlo.reshape"(%202) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %204 = "stablehlo.transpose"(%203) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
      %205 = "stablehlo.dot_general"(%201, %arg59) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
      %206 = "stablehlo.reshape"(%205) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %207 = "stablehlo.transpose"(%206) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
      %208 = "stablehlo.dot_general"(%201, %arg60) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
      %209 = "stablehlo.reshape"(%208) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %210 = "stablehlo.transpose"(%209) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
      %211 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
      %212 = "stablehlo.broadcast_in_dim"(%211) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<16x16xi1>
      %213 = "func.call"(%212) <{callee = @tril}> : (tensor<16x16xi1>) -> tensor<16x16xi1>
      %214 = "stablehlo.dot_general"(%204, %207) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
      %215 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
      %216 = "stablehlo.broadcast_in_dim"(%215) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x16x16xf32>
      %217 = "stablehlo.multiply"(%214, %216) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
      %218 = "stablehlo.constant"() <{value = dense<-1.000000e+30> : tensor<f32>}> : () -> tensor<f32>
      %219 = "func.call"(%213, %217, %218) <{callee = @_where}> : (tensor<16x16xi1>, tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16x16xf32>
      %220 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %221 = "stablehlo.reduce"(%219, %220) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg86: tensor<f32>, %arg87: tensor<f32>):
        %370 = "stablehlo.maximum"(%arg86, %arg87) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%370) : (tensor<f32>) -> ()
      }) : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
      %222 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %223 = "stablehlo.broadcast_in_dim"(%222) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x16xf32>
      %224 = "stablehlo.maximum"(%223, %221) : (tensor<1x2x16xf32>, tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
      %225 = "stablehlo.broadcast_in_dim"(%224) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
      %226 = "stablehlo.broadcast_in_dim"(%225) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x16xf32>
      %227 = "stablehlo.subtract"(%219, %226) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
      %228 = "stablehlo.exponential"(%227) : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
      %229 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %230 = "stablehlo.reduce"(%228, %229) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg84: tensor<f32>, %arg85: tensor<f32>):
        %369 = "stablehlo.add"(%arg84, %arg85) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%369) : (tensor<f32>) -> ()
      }) : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
      %231 = "stablehlo.broadcast_in_dim"(%230) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
      %232 = "stablehlo.broadcast_in_dim"(%231) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x16xf32>
      %233 = "stablehlo.divide"(%228, %232) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
      %234 = "stablehlo.dot_general"(%233, %210) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
      %235 = "stablehlo.transpose"(%234) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x2x16x16xf32>) -> tensor<1x16x2x16xf32>
      %236 = "stablehlo.reshape"(%235) : (tensor<1x16x2x16xf32>) -> tensor<1x16x32xf32>
      %237 = "stablehlo.dot_general"(%236, %arg61) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
      %238 = "stablehlo.add"(%172, %237) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %239 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %240 = "stablehlo.reduce"(%238, %239) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg82: tensor<f32>, %arg83: tensor<f32>):
        %368 = "stablehlo.add"(%arg82, %arg83) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%368) : (tensor<f32>) -> ()
      }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %241 = "stablehlo.broadcast_in_dim"(%240) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %242 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
      %243 = "stablehlo.broadcast_in_dim"(%242) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %244 = "stablehlo.divide"(%241, %243) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %245 = "stablehlo.broadcast_in_dim"(%244) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %246 = "stablehlo.subtract"(%238, %245) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %247 = "chlo.square"(%246) : (tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %248 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %249 = "stablehlo.reduce"(%247, %248) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg80: tensor<f32>, %arg81: tensor<f32>):
        %367 = "stablehlo.add"(%arg80, %arg81) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%367) : (tensor<f32>) -> ()
      }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %250 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %251 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
      %252 = "stablehlo.broadcast_in_dim"(%251) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %253 = "stablehlo.divide"(%250, %252) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %254 = "stablehlo.broadcast_in_dim"(%244) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %255 = "stablehlo.subtract"(%238, %254) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %256 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %257 = "stablehlo.broadcast_in_dim"(%256) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %258 = "stablehlo.add"(%253, %257) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %259 = "stablehlo.rsqrt"(%258) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %260 = "stablehlo.broadcast_in_dim"(%259) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %261 = "stablehlo.multiply"(%255, %260) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %262 = "stablehlo.broadcast_in_dim"(%arg62) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %263 = "stablehlo.broadcast_in_dim"(%262) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %264 = "stablehlo.multiply"(%261, %263) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %265 = "stablehlo.broadcast_in_dim"(%arg63) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %266 = "stablehlo.broadcast_in_dim"(%265) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %267 = "stablehlo.add"(%264, %266) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %268 = "stablehlo.dot_general"(%267, %arg64) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x64xf32>) -> tensor<1x16x64xf32>
      %269 = "stablehlo.broadcast_in_dim"(%arg65) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %270 = "stablehlo.broadcast_in_dim"(%269) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
      %271 = "stablehlo.add"(%268, %270) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %272 = "stablehlo.multiply"(%271, %271) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %273 = "stablehlo.multiply"(%272, %271) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %274 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
      %275 = "stablehlo.broadcast_in_dim"(%274) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x64xf32>
      %276 = "stablehlo.multiply"(%275, %273) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %277 = "stablehlo.add"(%271, %276) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %278 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
      %279 = "stablehlo.broadcast_in_dim"(%278) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x64xf32>
      %280 = "stablehlo.multiply"(%279, %277) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %281 = "stablehlo.tanh"(%280) : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %282 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %283 = "stablehlo.broadcast_in_dim"(%282) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x64xf32>
      %284 = "stablehlo.add"(%283, %281) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %285 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
      %286 = "stablehlo.broadcast_in_dim"(%285) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x64xf32>
      %287 = "stablehlo.multiply"(%286, %284) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %288 = "stablehlo.multiply"(%271, %287) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %289 = "stablehlo.dot_general"(%288, %arg66) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x32xf32>) -> tensor<1x16x32xf32>
      %290 = "stablehlo.broadcast_in_dim"(%arg67) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %291 = "stablehlo.broadcast_in_dim"(%290) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %292 = "stablehlo.add"(%289, %291) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %293 = "stablehlo.add"(%238, %292) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %294 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %295 = "stablehlo.reduce"(%293, %294) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg78: tensor<f32>, %arg79: tensor<f32>):
        %366 = "stablehlo.add"(%arg78, %arg79) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%366) : (tensor<f32>) -> ()
      }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %296 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %297 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
      %298 = "stablehlo.broadcast_in_dim"(%297) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %299 = "stablehlo.divide"(%296, %298) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %300 = "stablehlo.broadcast_in_dim"(%299) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %301 = "stablehlo.subtract"(%293, %300) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %302 = "chlo.square"(%301) : (tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %303 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %304 = "stablehlo.reduce"(%302, %303) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg76: tensor<f32>, %arg77: tensor<f32>):
        %365 = "stablehlo.add"(%arg76, %arg77) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%365) : (tensor<f32>) -> ()
      }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %305 = "stablehlo.broadcast_in_dim"(%304) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %306 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
      %307 = "stablehlo.broadcast_in_dim"(%306) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %308 = "stablehlo.divide"(%305, %307) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %309 = "stablehlo.broadcast_in_dim"(%299) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %310 = "stablehlo.subtract"(%293, %309) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %311 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %312 = "stablehlo.broadcast_in_dim"(%311) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %313 = "stablehlo.add"(%308, %312) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %314 = "stablehlo.rsqrt"(%313) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %315 = "stablehlo.broadcast_in_dim"(%314) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %316 = "stablehlo.multiply"(%310, %315) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %317 = "stablehlo.broadcast_in_dim"(%arg68) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %318 = "stablehlo.broadcast_in_dim"(%317) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %319 = "stablehlo.multiply"(%316, %318) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %320 = "stablehlo.broadcast_in_dim"(%arg69) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %321 = "stablehlo.broadcast_in_dim"(%320) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %322 = "stablehlo.add"(%319, %321) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
      %323 = "stablehlo.dot_general"(%322, %arg70) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
      %324 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %325 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %326 = "stablehlo.compare"(%324, %325) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %327 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %328 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %329 = "stablehlo.add"(%327, %328) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %330 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %331 = "stablehlo.select"(%326, %329, %330) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %332 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %333 = "stablehlo.compare"(%arg71, %332) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %334 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %335 = "stablehlo.add"(%arg71, %334) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %336 = "stablehlo.select"(%333, %335, %arg71) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %337 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %338 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %339 = "stablehlo.compare"(%337, %338) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %340 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %341 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
      %342 = "stablehlo.add"(%340, %341) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %343 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %344 = "stablehlo.select"(%339, %342, %343) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %345 = "stablehlo.dynamic_slice"(%323, %331, %336, %344) <{slice_sizes = array<i64: 1, 1, 32>}> : (tensor<1x16x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x32xf32>
      %346 = "stablehlo.reshape"(%345) : (tensor<1x1x32xf32>) -> tensor<1x32xf32>
      %347 = "func.call"(%346) <{callee = @argmax}> : (tensor<1x32xf32>) -> tensor<1xi32>
      %348 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %349 = "func.call"(%arg73, %348, %347) <{callee = @_where_0}> : (tensor<1xi1>, tensor<i32>, tensor<1xi32>) -> tensor<1xi32>
      %350 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %351 = "stablehlo.add"(%arg71, %350) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %352 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %353 = "stablehlo.compare"(%351, %352) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %354 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %355 = "stablehlo.add"(%351, %354) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %356 = "stablehlo.select"(%353, %355, %351) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %357 = "stablehlo.broadcast_in_dim"(%356) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %358 = "stablehlo.scatter"(%arg72, %357, %349) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
      ^bb0(%arg74: tensor<i32>, %arg75: tensor<i32>):
        "stablehlo.return"(%arg75) : (tensor<i32>) -> ()
      }) : (tensor<1x16xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<1x16xi32>
      %359 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %360 = "stablehlo.add"(%arg71, %359) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %361 = "stablehlo.constant"() <{value = dense<23> : tensor<i32>}> : () -> tensor<i32>
      %362 = "stablehlo.broadcast_in_dim"(%361) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %363 = "stablehlo.compare"(%349, %362) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
      %364 = "stablehlo.or"(%arg73, %363) : (tensor<1xi1>, tensor<1xi1>) -> tensor<1xi1>
      "stablehlo.return"(%arg42, %arg43, %arg44, %arg45, %arg46, %arg47, %arg48, %arg49, %arg50, %arg51, %arg52, %arg53, %arg54, %arg55, %arg56, %arg57, %arg58, %arg59, %arg60, %arg61, %arg62, %arg63, %arg64, %arg65, %arg66, %arg67, %arg68, %arg69, %arg70, %360, %358, %364) : (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<1x16xi32>, tensor<1xi1>) -> ()
    }) : (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<1x16xi32>, tensor<1xi1>) -> (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<1x16xi32>, tensor<1xi1>)
    "func.return"(%37#30, %37#29) : (tensor<1x16xi32>, tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<16x16xi1>) -> tensor<16x16xi1>, res_attrs = [{}], sym_name = "tril", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<16x16xi1>):
    %20 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16x16xi32>
    %21 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %22 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16x16xi32>
    %23 = "stablehlo.add"(%20, %22) : (tensor<16x16xi32>, tensor<16x16xi32>) -> tensor<16x16xi32>
    %24 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<16x16xi32>
    %25 = "stablehlo.compare"(%23, %24) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<16x16xi32>, tensor<16x16xi32>) -> tensor<16x16xi1>
    %26 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %27 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<16x16xi1>
    %28 = "stablehlo.select"(%25, %arg11, %27) : (tensor<16x16xi1>, tensor<16x16xi1>, tensor<16x16xi1>) -> tensor<16x16xi1>
    "func.return"(%28) : (tensor<16x16xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<16x16xi1>, tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16x16xf32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<16x16xi1>, %arg9: tensor<1x2x16x16xf32>, %arg10: tensor<f32>):
    %16 = "stablehlo.convert"(%arg10) : (tensor<f32>) -> tensor<f32>
    %17 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<16x16xi1>) -> tensor<1x2x16x16xi1>
    %18 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x16x16xf32>
    %19 = "stablehlo.select"(%17, %arg9, %18) : (tensor<1x2x16x16xi1>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    "func.return"(%19) : (tensor<1x2x16x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x32xf32>) -> tensor<1xi32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<1x32xf32>):
    %3 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x32xi32>
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
    }) : (tensor<1x32xf32>, tensor<1x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    "func.return"(%6#1) : (tensor<1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1xi1>, tensor<i32>, tensor<1xi32>) -> tensor<1xi32>, res_attrs = [{}], sym_name = "_where_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<1xi1>, %arg1: tensor<i32>, %arg2: tensor<1xi32>):
    %0 = "stablehlo.convert"(%arg1) : (tensor<i32>) -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %2 = "stablehlo.select"(%arg0, %1, %arg2) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    "func.return"(%2) : (tensor<1xi32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
