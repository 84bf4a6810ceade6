"builtin.module"() <{sym_name = "jit_bf16_decode"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<16x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<64xbf16>, tensor<32xbf16>, tensor<32x64xbf16>, tensor<64x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<64xbf16>, tensor<32xbf16>, tensor<32x64xbf16>, tensor<64x32xbf16>, tensor<32x32xbf16>, tensor<1x4xi32>) -> tensor<1x16xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg70: tensor<16x32xbf16>, %arg71: tensor<32x32xbf16>, %arg72: tensor<32xbf16>, %arg73: tensor<32xbf16>, %arg74: tensor<32x32xbf16>, %arg75: tensor<32x32xbf16>, %arg76: tensor<32x32xbf16>, %arg77: tensor<32x32xbf16>, %arg78: tensor<32xbf16>, %arg79: tensor<32xbf16>, %arg80: tensor<32xbf16>, %arg81: tensor<32xbf16>, %arg82: tensor<64xbf16>, %arg83: tensor<32xbf16>, %arg84: tensor<32x64xbf16>, %arg85: tensor<64x32xbf16>, %arg86: tensor<32x32xbf16>, %arg87: tensor<32x32xbf16>, %arg88: tensor<32x32xbf16>, %arg89: tensor<32x32xbf16>, %arg90: tensor<32xbf16>, %arg91: tensor<32xbf16>, %arg92: tensor<32xbf16>, %arg93: tensor<32xbf16>, %arg94: tensor<64xbf16>, %arg95: tensor<32xbf16>, %arg96: tensor<32x64xbf16>, %arg97: tensor<64x32xbf16>, %arg98: tensor<32x32xbf16>, %arg99: tensor<1x4xi32>):
    %387 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %388 = "stablehlo.broadcast_in_dim"(%387) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %389 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %390 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %391 = "stablehlo.dynamic_update_slice"(%388, %arg99, %389, %390) : (tensor<1x16xi32>, tensor<1x4xi32>, tensor<i32>, tensor<i32>) -> tensor<1x16xi32>
    %392 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %393 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %394:32 = "stablehlo.while"(%arg70, %arg71, %arg79, %arg78, %arg76, %arg74, %arg77, %arg75, %arg81, %arg80, %arg84, %arg82, %arg85, %arg83, %arg91, %arg90, %arg88, %arg86, %arg89, %arg87, %arg93, %arg92, %arg96, %arg94, %arg97, %arg95, %arg73, %arg72, %arg98, %393, %392, %391) ({
    ^bb0(%arg132: tensor<16x32xbf16>, %arg133: tensor<32x32xbf16>, %arg134: tensor<32xbf16>, %arg135: tensor<32xbf16>, %arg136: tensor<32x32xbf16>, %arg137: tensor<32x32xbf16>, %arg138: tensor<32x32xbf16>, %arg139: tensor<32x32xbf16>, %arg140: tensor<32xbf16>, %arg141: tensor<32xbf16>, %arg142: tensor<32x64xbf16>, %arg143: tensor<64xbf16>, %arg144: tensor<64x32xbf16>, %arg145: tensor<32xbf16>, %arg146: tensor<32xbf16>, %arg147: tensor<32xbf16>, %arg148: tensor<32x32xbf16>, %arg149: tensor<32x32xbf16>, %arg150: tensor<32x32xbf16>, %arg151: tensor<32x32xbf16>, %arg152: tensor<32xbf16>, %arg153: tensor<32xbf16>, %arg154: tensor<32x64xbf16>, %arg155: tensor<64xbf16>, %arg156: tensor<64x32xbf16>, %arg157: tensor<32xbf16>, %arg158: tensor<32xbf16>, %arg159: tensor<32xbf16>, %arg160: tensor<32x32xbf16>, %arg161: tensor<i32>, %arg162: tensor<i32>, %arg163: tensor<1x16xi32>):
      %398 = "stablehlo.constant"() <{value = dense<12> : tensor<i32>}> : () -> tensor<i32>
      %399 = "stablehlo.compare"(%arg161, %398) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%399) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg100: tensor<16x32xbf16>, %arg101: tensor<32x32xbf16>, %arg102: tensor<32xbf16>, %arg103: tensor<32xbf16>, %arg104: tensor<32x32xbf16>, %arg105: tensor<32x32xbf16>, %arg106: tensor<32x32xbf16>, %arg107: tensor<32x32xbf16>, %arg108: tensor<32xbf16>, %arg109: tensor<32xbf16>, %arg110: tensor<32x64xbf16>, %arg111: tensor<64xbf16>, %arg112: tensor<64x32xbf16>, %arg113: tensor<32xbf16>, %arg114: tensor<32xbf16>, %arg115: tensor<32xbf16>, %arg116: tensor<32x32xbf16>, %arg117: tensor<32x32xbf16>, %arg118: tensor<32x32xbf16>, %arg119: tensor<32x32xbf16>, %arg120: tensor<32xbf16>, %arg121: tensor<32xbf16>, %arg122: tensor<32x64xbf16>, %arg123: tensor<64xbf16>, %arg124: tensor<64x32xbf16>, %arg125: tensor<32xbf16>, %arg126: tensor<32xbf16>, %arg127: tensor<32xbf16>, %arg128: tensor<32x32xbf16>, %arg129: tensor<i32>, %arg130: tensor<i32>, %arg131: tensor<1x16xi32>):
      %395:2 = "func.call"(%arg100, %arg101, %arg102, %arg103, %arg104, %arg105, %arg106, %arg107, %arg108, %arg109, %arg110, %arg111, %arg112, %arg113, %arg114, %arg115, %arg116, %arg117, %arg118, %arg119, %arg120, %arg121, %arg122, %arg123, %arg124, %arg125, %arg126, %arg127, %arg128, %arg130, %arg131) <{callee = @closed_call}> : (tensor<16x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x64xbf16>, tensor<64xbf16>, tensor<64x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x64xbf16>, tensor<64xbf16>, tensor<64x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<i32>, tensor<1x16xi32>) -> (tensor<i32>, tensor<1x16xi32>)
      %396 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %397 = "stablehlo.add"(%arg129, %396) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg100, %arg101, %arg102, %arg103, %arg104, %arg105, %arg106, %arg107, %arg108, %arg109, %arg110, %arg111, %arg112, %arg113, %arg114, %arg115, %arg116, %arg117, %arg118, %arg119, %arg120, %arg121, %arg122, %arg123, %arg124, %arg125, %arg126, %arg127, %arg128, %397, %395#0, %395#1) : (tensor<16x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x64xbf16>, tensor<64xbf16>, tensor<64x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x64xbf16>, tensor<64xbf16>, tensor<64x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<i32>, tensor<i32>, tensor<1x16xi32>) -> ()
    }) : (tensor<16x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x64xbf16>, tensor<64xbf16>, tensor<64x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x64xbf16>, tensor<64xbf16>, tensor<64x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<i32>, tensor<i32>, tensor<1x16xi32>) -> (tensor<16x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x64xbf16>, tensor<64xbf16>, tensor<64x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x64xbf16>, tensor<64xbf16>, tensor<64x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<i32>, tensor<i32>, tensor<1x16xi32>)
    "func.return"(%394#31) : (tensor<1x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<16x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x64xbf16>, tensor<64xbf16>, tensor<64x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x64xbf16>, tensor<64xbf16>, tensor<64x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<i32>, tensor<1x16xi32>) -> (tensor<i32>, tensor<1x16xi32>), res_attrs = [{}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<16x32xbf16>, %arg10: tensor<32x32xbf16>, %arg11: tensor<32xbf16>, %arg12: tensor<32xbf16>, %arg13: tensor<32x32xbf16>, %arg14: tensor<32x32xbf16>, %arg15: tensor<32x32xbf16>, %arg16: tensor<32x32xbf16>, %arg17: tensor<32xbf16>, %arg18: tensor<32xbf16>, %arg19: tensor<32x64xbf16>, %arg20: tensor<64xbf16>, %arg21: tensor<64x32xbf16>, %arg22: tensor<32xbf16>, %arg23: tensor<32xbf16>, %arg24: tensor<32xbf16>, %arg25: tensor<32x32xbf16>, %arg26: tensor<32x32xbf16>, %arg27: tensor<32x32xbf16>, %arg28: tensor<32x32xbf16>, %arg29: tensor<32xbf16>, %arg30: tensor<32xbf16>, %arg31: tensor<32x64xbf16>, %arg32: tensor<64xbf16>, %arg33: tensor<64x32xbf16>, %arg34: tensor<32xbf16>, %arg35: tensor<32xbf16>, %arg36: tensor<32xbf16>, %arg37: tensor<32x32xbf16>, %arg38: tensor<i32>, %arg39: tensor<1x16xi32>):
    %26 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %27 = "stablehlo.add"(%arg38, %26) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %28 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %29 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %30 = "stablehlo.dynamic_slice"(%arg9, %28, %29) <{slice_sizes = array<i64: 16, 32>}> : (tensor<16x32xbf16>, tensor<i32>, tensor<i32>) -> tensor<16x32xbf16>
    %31 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %32 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %33 = "stablehlo.compare"(%arg39, %32) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %34 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %35 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %36 = "stablehlo.add"(%arg39, %35) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %37 = "stablehlo.select"(%33, %36, %arg39) : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %38 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi32>) -> tensor<1x16x1xi32>
    %39 = "stablehlo.gather"(%arg10, %38) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xbf16>, tensor<1x16x1xi32>) -> tensor<1x16x32xbf16>
    %40 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<16x32xbf16>) -> tensor<1x16x32xbf16>
    %41 = "stablehlo.add"(%39, %40) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %42 = "stablehlo.convert"(%41) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %43 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %44 = "stablehlo.reduce"(%42, %43) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg68: tensor<f32>, %arg69: tensor<f32>):
      %386 = "stablehlo.add"(%arg68, %arg69) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%386) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %45 = "stablehlo.broadcast_in_dim"(%44) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %46 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %47 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %48 = "stablehlo.divide"(%45, %47) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %49 = "stablehlo.convert"(%48) : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %50 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %51 = "stablehlo.subtract"(%41, %50) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %52 = "chlo.square"(%51) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %53 = "stablehlo.convert"(%52) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %54 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %55 = "stablehlo.reduce"(%53, %54) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg66: tensor<f32>, %arg67: tensor<f32>):
      %385 = "stablehlo.add"(%arg66, %arg67) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%385) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %56 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %57 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %58 = "stablehlo.broadcast_in_dim"(%57) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %59 = "stablehlo.divide"(%56, %58) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %60 = "stablehlo.convert"(%59) : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %61 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %62 = "stablehlo.subtract"(%41, %61) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %63 = "stablehlo.constant"() <{value = dense<1.001360e-05> : tensor<bf16>}> : () -> tensor<bf16>
    %64 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x1xbf16>
    %65 = "stablehlo.add"(%60, %64) : (tensor<1x16x1xbf16>, tensor<1x16x1xbf16>) -> tensor<1x16x1xbf16>
    %66 = "stablehlo.rsqrt"(%65) : (tensor<1x16x1xbf16>) -> tensor<1x16x1xbf16>
    %67 = "stablehlo.broadcast_in_dim"(%66) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %68 = "stablehlo.multiply"(%62, %67) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %69 = "stablehlo.broadcast_in_dim"(%arg11) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %70 = "stablehlo.broadcast_in_dim"(%69) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %71 = "stablehlo.multiply"(%68, %70) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %72 = "stablehlo.broadcast_in_dim"(%arg12) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %73 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %74 = "stablehlo.add"(%71, %73) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %75 = "stablehlo.dot_general"(%74, %arg13) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %76 = "stablehlo.reshape"(%75) : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %77 = "stablehlo.transpose"(%76) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x16x2x16xbf16>) -> tensor<1x2x16x16xbf16>
    %78 = "stablehlo.dot_general"(%74, %arg14) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %79 = "stablehlo.reshape"(%78) : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %80 = "stablehlo.transpose"(%79) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x16x2x16xbf16>) -> tensor<1x2x16x16xbf16>
    %81 = "stablehlo.dot_general"(%74, %arg15) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %82 = "stablehlo.reshape"(%81) : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %83 = "stablehlo.transpose"(%82) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x16x2x16xbf16>) -> tensor<1x2x16x16xbf16>
    %84 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %85 = "stablehlo.broadcast_in_dim"(%84) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<16x16xi1>
    %86 = "func.call"(%85) <{callee = @tril}> : (tensor<16x16xi1>) -> tensor<16x16xi1>
    %87 = "stablehlo.dot_general"(%77, %80) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %88 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %89 = "stablehlo.broadcast_in_dim"(%88) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x2x16x16xbf16>
    %90 = "stablehlo.multiply"(%87, %89) : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %91 = "stablehlo.constant"() <{value = dense<-1.000000e+30> : tensor<f32>}> : () -> tensor<f32>
    %92 = "func.call"(%86, %90, %91) <{callee = @_where}> : (tensor<16x16xi1>, tensor<1x2x16x16xbf16>, tensor<f32>) -> tensor<1x2x16x16xbf16>
    %93 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %94 = "stablehlo.reduce"(%92, %93) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg64: tensor<bf16>, %arg65: tensor<bf16>):
      %384 = "stablehlo.maximum"(%arg64, %arg65) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
      "stablehlo.return"(%384) : (tensor<bf16>) -> ()
    }) : (tensor<1x2x16x16xbf16>, tensor<bf16>) -> tensor<1x2x16xbf16>
    %95 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %96 = "stablehlo.broadcast_in_dim"(%95) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x2x16xbf16>
    %97 = "stablehlo.maximum"(%96, %94) : (tensor<1x2x16xbf16>, tensor<1x2x16xbf16>) -> tensor<1x2x16xbf16>
    %98 = "stablehlo.broadcast_in_dim"(%97) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x16xbf16>) -> tensor<1x2x16x1xbf16>
    %99 = "stablehlo.broadcast_in_dim"(%98) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x16x1xbf16>) -> tensor<1x2x16x16xbf16>
    %100 = "stablehlo.subtract"(%92, %99) : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %101 = "stablehlo.exponential"(%100) : (tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %102 = "stablehlo.convert"(%101) : (tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xf32>
    %103 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %104 = "stablehlo.reduce"(%102, %103) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg62: tensor<f32>, %arg63: tensor<f32>):
      %383 = "stablehlo.add"(%arg62, %arg63) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%383) : (tensor<f32>) -> ()
    }) : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
    %105 = "stablehlo.broadcast_in_dim"(%104) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
    %106 = "stablehlo.convert"(%105) : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x1xbf16>
    %107 = "stablehlo.broadcast_in_dim"(%106) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x16x1xbf16>) -> tensor<1x2x16x16xbf16>
    %108 = "stablehlo.divide"(%101, %107) : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %109 = "stablehlo.dot_general"(%108, %83) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %110 = "stablehlo.transpose"(%109) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x2x16x16xbf16>) -> tensor<1x16x2x16xbf16>
    %111 = "stablehlo.reshape"(%110) : (tensor<1x16x2x16xbf16>) -> tensor<1x16x32xbf16>
    %112 = "stablehlo.dot_general"(%111, %arg16) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %113 = "stablehlo.add"(%41, %112) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %114 = "stablehlo.convert"(%113) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %115 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %116 = "stablehlo.reduce"(%114, %115) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg60: tensor<f32>, %arg61: tensor<f32>):
      %382 = "stablehlo.add"(%arg60, %arg61) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%382) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %117 = "stablehlo.broadcast_in_dim"(%116) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %118 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %119 = "stablehlo.broadcast_in_dim"(%118) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %120 = "stablehlo.divide"(%117, %119) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %121 = "stablehlo.convert"(%120) : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %122 = "stablehlo.broadcast_in_dim"(%121) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %123 = "stablehlo.subtract"(%113, %122) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %124 = "chlo.square"(%123) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %125 = "stablehlo.convert"(%124) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %126 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %127 = "stablehlo.reduce"(%125, %126) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg58: tensor<f32>, %arg59: tensor<f32>):
      %381 = "stablehlo.add"(%arg58, %arg59) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%381) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %128 = "stablehlo.broadcast_in_dim"(%127) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %129 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %130 = "stablehlo.broadcast_in_dim"(%129) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %131 = "stablehlo.divide"(%128, %130) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %132 = "stablehlo.convert"(%131) : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %133 = "stablehlo.broadcast_in_dim"(%121) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %134 = "stablehlo.subtract"(%113, %133) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %135 = "stablehlo.constant"() <{value = dense<1.001360e-05> : tensor<bf16>}> : () -> tensor<bf16>
    %136 = "stablehlo.broadcast_in_dim"(%135) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x1xbf16>
    %137 = "stablehlo.add"(%132, %136) : (tensor<1x16x1xbf16>, tensor<1x16x1xbf16>) -> tensor<1x16x1xbf16>
    %138 = "stablehlo.rsqrt"(%137) : (tensor<1x16x1xbf16>) -> tensor<1x16x1xbf16>
    %139 = "stablehlo.broadcast_in_dim"(%138) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %140 = "stablehlo.multiply"(%134, %139) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %141 = "stablehlo.broadcast_in_dim"(%arg17) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %142 = "stablehlo.broadcast_in_dim"(%141) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %143 = "stablehlo.multiply"(%140, %142) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %144 = "stablehlo.broadcast_in_dim"(%arg18) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %145 = "stablehlo.broadcast_in_dim"(%144) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %146 = "stablehlo.add"(%143, %145) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %147 = "stablehlo.dot_general"(%146, %arg19) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xbf16>, tensor<32x64xbf16>) -> tensor<1x16x64xbf16>
    %148 = "stablehlo.broadcast_in_dim"(%arg20) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %149 = "stablehlo.broadcast_in_dim"(%148) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x16x64xbf16>
    %150 = "stablehlo.add"(%147, %149) : (tensor<1x16x64xbf16>, tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %151 = "stablehlo.multiply"(%150, %150) : (tensor<1x16x64xbf16>, tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %152 = "stablehlo.multiply"(%151, %150) : (tensor<1x16x64xbf16>, tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %153 = "stablehlo.constant"() <{value = dense<4.467770e-02> : tensor<bf16>}> : () -> tensor<bf16>
    %154 = "stablehlo.broadcast_in_dim"(%153) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x64xbf16>
    %155 = "stablehlo.multiply"(%154, %152) : (tensor<1x16x64xbf16>, tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %156 = "stablehlo.add"(%150, %155) : (tensor<1x16x64xbf16>, tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %157 = "stablehlo.constant"() <{value = dense<7.968750e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %158 = "stablehlo.broadcast_in_dim"(%157) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x64xbf16>
    %159 = "stablehlo.multiply"(%158, %156) : (tensor<1x16x64xbf16>, tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %160 = "stablehlo.tanh"(%159) : (tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %161 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %162 = "stablehlo.broadcast_in_dim"(%161) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x64xbf16>
    %163 = "stablehlo.add"(%162, %160) : (tensor<1x16x64xbf16>, tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %164 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %165 = "stablehlo.broadcast_in_dim"(%164) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x64xbf16>
    %166 = "stablehlo.multiply"(%165, %163) : (tensor<1x16x64xbf16>, tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %167 = "stablehlo.multiply"(%150, %166) : (tensor<1x16x64xbf16>, tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %168 = "stablehlo.dot_general"(%167, %arg21) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xbf16>, tensor<64x32xbf16>) -> tensor<1x16x32xbf16>
    %169 = "stablehlo.broadcast_in_dim"(%arg22) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %170 = "stablehlo.broadcast_in_dim"(%169) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %171 = "stablehlo.add"(%168, %170) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %172 = "stablehlo.add"(%113, %171) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %173 = "stablehlo.convert"(%172) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %174 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %175 = "stablehlo.reduce"(%173, %174) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg56: tensor<f32>, %arg57: tensor<f32>):
      %380 = "stablehlo.add"(%arg56, %arg57) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%380) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %176 = "stablehlo.broadcast_in_dim"(%175) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %177 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %178 = "stablehlo.broadcast_in_dim"(%177) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %179 = "stablehlo.divide"(%176, %178) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %180 = "stablehlo.convert"(%179) : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %181 = "stablehlo.broadcast_in_dim"(%180) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %182 = "stablehlo.subtract"(%172, %181) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %183 = "chlo.square"(%182) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %184 = "stablehlo.convert"(%183) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %185 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %186 = "stablehlo.reduce"(%184, %185) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg54: tensor<f32>, %arg55: tensor<f32>):
      %379 = "stablehlo.add"(%arg54, %arg55) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%379) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %187 = "stablehlo.broadcast_in_dim"(%186) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %188 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %189 = "stablehlo.broadcast_in_dim"(%188) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %190 = "stablehlo.divide"(%187, %189) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %191 = "stablehlo.convert"(%190) : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %192 = "stablehlo.broadcast_in_dim"(%180) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %193 = "stablehlo.subtract"(%172, %192) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %194 = "stablehlo.constant"() <{value = dense<1.001360e-05> : tensor<bf16>}> : () -> tensor<bf16>
    %195 = "stablehlo.broadcast_in_dim"(%194) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x1xbf16>
    %196 = "stablehlo.add"(%191, %195) : (tensor<1x16x1xbf16>, tensor<1x16x1xbf16>) -> tensor<1x16x1xbf16>
    %197 = "stablehlo.rsqrt"(%196) : (tensor<1x16x1xbf16>) -> tensor<1x16x1xbf16>
    %198 = "stablehlo.broadcast_in_dim"(%197) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %199 = "stablehlo.multiply"(%193, %198) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %200 = "stablehlo.broadcast_in_dim"(%arg23) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %201 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %202 = "stablehlo.multiply"(%199, %201) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %203 = "stablehlo.broadcast_in_dim"(%arg24) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %204 = "stablehlo.broadcast_in_dim"(%203) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %205 = "stablehlo.add"(%202, %204) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %206 = "stablehlo.dot_general"(%205, %arg25) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %207 = "stablehlo.reshape"(%206) : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %208 = "stablehlo.transpose"(%207) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x16x2x16xbf16>) -> tensor<1x2x16x16xbf16>
    %209 = "stablehlo.dot_general"(%205, %arg26) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %210 = "stablehlo.reshape"(%209) : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %211 = "stablehlo.transpose"(%210) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x16x2x16xbf16>) -> tensor<1x2x16x16xbf16>
    %212 = "stablehlo.dot_general"(%205, %arg27) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %213 = "stablehlo.reshape"(%212) : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %214 = "stablehlo.transpose"(%213) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x16x2x16xbf16>) -> tensor<1x2x16x16xbf16>
    %215 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %216 = "stablehlo.broadcast_in_dim"(%215) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<16x16xi1>
    %217 = "func.call"(%216) <{callee = @tril}> : (tensor<16x16xi1>) -> tensor<16x16xi1>
    %218 = "stablehlo.dot_general"(%208, %211) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %219 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %220 = "stablehlo.broadcast_in_dim"(%219) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x2x16x16xbf16>
    %221 = "stablehlo.multiply"(%218, %220) : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %222 = "stablehlo.constant"() <{value = dense<-1.000000e+30> : tensor<f32>}> : () -> tensor<f32>
    %223 = "func.call"(%217, %221, %222) <{callee = @_where}> : (tensor<16x16xi1>, tensor<1x2x16x16xbf16>, tensor<f32>) -> tensor<1x2x16x16xbf16>
    %224 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %225 = "stablehlo.reduce"(%223, %224) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg52: tensor<bf16>, %arg53: tensor<bf16>):
      %378 = "stablehlo.maximum"(%arg52, %arg53) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
      "stablehlo.return"(%378) : (tensor<bf16>) -> ()
    }) : (tensor<1x2x16x16xbf16>, tensor<bf16>) -> tensor<1x2x16xbf16>
    %226 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %227 = "stablehlo.broadcast_in_dim"(%226) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x2x16xbf16>
    %228 = "stablehlo.maximum"(%227, %225) : (tensor<1x2x16xbf16>, tensor<1x2x16xbf16>) -> tensor<1x2x16xbf16>
    %229 = "stablehlo.broadcast_in_dim"(%228) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x16xbf16>) -> tensor<1x2x16x1xbf16>
    %230 = "stablehlo.broadcast_in_dim"(%229) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x16x1xbf16>) -> tensor<1x2x16x16xbf16>
    %231 = "stablehlo.subtract"(%223, %230) : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %232 = "stablehlo.exponential"(%231) : (tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %233 = "stablehlo.convert"(%232) : (tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xf32>
    %234 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %235 = "stablehlo.reduce"(%233, %234) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg50: tensor<f32>, %arg51: tensor<f32>):
      %377 = "stablehlo.add"(%arg50, %arg51) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%377) : (tensor<f32>) -> ()
    }) : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
    %236 = "stablehlo.broadcast_in_dim"(%235) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
    %237 = "stablehlo.convert"(%236) : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x1xbf16>
    %238 = "stablehlo.broadcast_in_dim"(%237) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x16x1xbf16>) -> tensor<1x2x16x16xbf16>
    %239 = "stablehlo.divide"(%232, %238) : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %240 = "stablehlo.dot_general"(%239, %214) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %241 = "stablehlo.transpose"(%240) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x2x16x16xbf16>) -> tensor<1x16x2x16xbf16>
    %242 = "stablehlo.reshape"(%241) : (tensor<1x16x2x16xbf16>) -> tensor<1x16x32xbf16>
    %243 = "stablehlo.dot_general"(%242, %arg28) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %244 = "stablehlo.add"(%172, %243) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %245 = "stablehlo.convert"(%244) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %246 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %247 = "stablehlo.reduce"(%245, %246) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg48: tensor<f32>, %arg49: tensor<f32>):
      %376 = "stablehlo.add"(%arg48, %arg49) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%376) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %248 = "stablehlo.broadcast_in_dim"(%247) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %249 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %250 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %251 = "stablehlo.divide"(%248, %250) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %252 = "stablehlo.convert"(%251) : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %253 = "stablehlo.broadcast_in_dim"(%252) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %254 = "stablehlo.subtract"(%244, %253) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %255 = "chlo.square"(%254) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %256 = "stablehlo.convert"(%255) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %257 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %258 = "stablehlo.reduce"(%256, %257) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg46: tensor<f32>, %arg47: tensor<f32>):
      %375 = "stablehlo.add"(%arg46, %arg47) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%375) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %259 = "stablehlo.broadcast_in_dim"(%258) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %260 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %261 = "stablehlo.broadcast_in_dim"(%260) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %262 = "stablehlo.divide"(%259, %261) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %263 = "stablehlo.convert"(%262) : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %264 = "stablehlo.broadcast_in_dim"(%252) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %265 = "stablehlo.subtract"(%244, %264) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %266 = "stablehlo.constant"() <{value = dense<1.001360e-05> : tensor<bf16>}> : () -> tensor<bf16>
    %267 = "stablehlo.broadcast_in_dim"(%266) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x1xbf16>
    %268 = "stablehlo.add"(%263, %267) : (tensor<1x16x1xbf16>, tensor<1x16x1xbf16>) -> tensor<1x16x1xbf16>
    %269 = "stablehlo.rsqrt"(%268) : (tensor<1x16x1xbf16>) -> tensor<1x16x1xbf16>
    %270 = "stablehlo.broadcast_in_dim"(%269) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %271 = "stablehlo.multiply"(%265, %270) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %272 = "stablehlo.broadcast_in_dim"(%arg29) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %273 = "stablehlo.broadcast_in_dim"(%272) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %274 = "stablehlo.multiply"(%271, %273) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %275 = "stablehlo.broadcast_in_dim"(%arg30) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %276 = "stablehlo.broadcast_in_dim"(%275) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %277 = "stablehlo.add"(%274, %276) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %278 = "stablehlo.dot_general"(%277, %arg31) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xbf16>, tensor<32x64xbf16>) -> tensor<1x16x64xbf16>
    %279 = "stablehlo.broadcast_in_dim"(%arg32) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %280 = "stablehlo.broadcast_in_dim"(%279) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x16x64xbf16>
    %281 = "stablehlo.add"(%278, %280) : (tensor<1x16x64xbf16>, tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %282 = "stablehlo.multiply"(%281, %281) : (tensor<1x16x64xbf16>, tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %283 = "stablehlo.multiply"(%282, %281) : (tensor<1x16x64xbf16>, tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %284 = "stablehlo.constant"() <{value = dense<4.467770e-02> : tensor<bf16>}> : () -> tensor<bf16>
    %285 = "stablehlo.broadcast_in_dim"(%284) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x64xbf16>
    %286 = "stablehlo.multiply"(%285, %283) : (tensor<1x16x64xbf16>, tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %287 = "stablehlo.add"(%281, %286) : (tensor<1x16x64xbf16>, tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %288 = "stablehlo.constant"() <{value = dense<7.968750e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %289 = "stablehlo.broadcast_in_dim"(%288) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x64xbf16>
    %290 = "stablehlo.multiply"(%289, %287) : (tensor<1x16x64xbf16>, tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %291 = "stablehlo.tanh"(%290) : (tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %292 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %293 = "stablehlo.broadcast_in_dim"(%292) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x64xbf16>
    %294 = "stablehlo.add"(%293, %291) : (tensor<1x16x64xbf16>, tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %295 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %296 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x64xbf16>
    %297 = "stablehlo.multiply"(%296, %294) : (tensor<1x16x64xbf16>, tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %298 = "stablehlo.multiply"(%281, %297) : (tensor<1x16x64xbf16>, tensor<1x16x64xbf16>) -> tensor<1x16x64xbf16>
    %299 = "stablehlo.dot_general"(%298, %arg33) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xbf16>, tensor<64x32xbf16>) -> tensor<1x16x32xbf16>
    %300 = "stablehlo.broadcast_in_dim"(%arg34) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %301 = "stablehlo.broadcast_in_dim"(%300) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %302 = "stablehlo.add"(%299, %301) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %303 = "stablehlo.add"(%244, %302) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %304 = "stablehlo.convert"(%303) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %305 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %306 = "stablehlo.reduce"(%304, %305) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg44: tensor<f32>, %arg45: tensor<f32>):
      %374 = "stablehlo.add"(%arg44, %arg45) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%374) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %307 = "stablehlo.broadcast_in_dim"(%306) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %308 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %309 = "stablehlo.broadcast_in_dim"(%308) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %310 = "stablehlo.divide"(%307, %309) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %311 = "stablehlo.convert"(%310) : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %312 = "stablehlo.broadcast_in_dim"(%311) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %313 = "stablehlo.subtract"(%303, %312) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %314 = "chlo.square"(%313) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %315 = "stablehlo.convert"(%314) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %316 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %317 = "stablehlo.reduce"(%315, %316) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg42: tensor<f32>, %arg43: tensor<f32>):
      %373 = "stablehlo.add"(%arg42, %arg43) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%373) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %318 = "stablehlo.broadcast_in_dim"(%317) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %319 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %320 = "stablehlo.broadcast_in_dim"(%319) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %321 = "stablehlo.divide"(%318, %320) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %322 = "stablehlo.convert"(%321) : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %323 = "stablehlo.broadcast_in_dim"(%311) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %324 = "stablehlo.subtract"(%303, %323) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %325 = "stablehlo.constant"() <{value = dense<1.001360e-05> : tensor<bf16>}> : () -> tensor<bf16>
    %326 = "stablehlo.broadcast_in_dim"(%325) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x1xbf16>
    %327 = "stablehlo.add"(%322, %326) : (tensor<1x16x1xbf16>, tensor<1x16x1xbf16>) -> tensor<1x16x1xbf16>
    %328 = "stablehlo.rsqrt"(%327) : (tensor<1x16x1xbf16>) -> tensor<1x16x1xbf16>
    %329 = "stablehlo.broadcast_in_dim"(%328) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %330 = "stablehlo.multiply"(%324, %329) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %331 = "stablehlo.broadcast_in_dim"(%arg35) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %332 = "stablehlo.broadcast_in_dim"(%331) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %333 = "stablehlo.multiply"(%330, %332) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %334 = "stablehlo.broadcast_in_dim"(%arg36) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %335 = "stablehlo.broadcast_in_dim"(%334) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %336 = "stablehlo.add"(%333, %335) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %337 = "stablehlo.dot_general"(%336, %arg37) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %338 = "stablehlo.convert"(%arg38) : (tensor<i32>) -> tensor<i32>
    %339 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %340 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %341 = "stablehlo.compare"(%339, %340) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %342 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %343 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %344 = "stablehlo.add"(%342, %343) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %345 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %346 = "stablehlo.select"(%341, %344, %345) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %347 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %348 = "stablehlo.compare"(%338, %347) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %349 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %350 = "stablehlo.add"(%338, %349) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %351 = "stablehlo.select"(%348, %350, %338) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %352 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %353 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %354 = "stablehlo.compare"(%352, %353) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %355 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %356 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %357 = "stablehlo.add"(%355, %356) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %358 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %359 = "stablehlo.select"(%354, %357, %358) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %360 = "stablehlo.dynamic_slice"(%337, %346, %351, %359) <{slice_sizes = array<i64: 1, 1, 32>}> : (tensor<1x16x32xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x32xbf16>
    %361 = "stablehlo.reshape"(%360) : (tensor<1x1x32xbf16>) -> tensor<1x32xbf16>
    %362 = "func.call"(%361) <{callee = @argmax}> : (tensor<1x32xbf16>) -> tensor<1xi32>
    %363 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %364 = "stablehlo.add"(%arg38, %363) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %365 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %366 = "stablehlo.compare"(%364, %365) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %367 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %368 = "stablehlo.add"(%364, %367) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %369 = "stablehlo.select"(%366, %368, %364) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %370 = "stablehlo.convert"(%369) : (tensor<i32>) -> tensor<i32>
    %371 = "stablehlo.broadcast_in_dim"(%370) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %372 = "stablehlo.scatter"(%arg39, %371, %362) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg40: tensor<i32>, %arg41: tensor<i32>):
      "stablehlo.return"(%arg41) : (tensor<i32>) -> ()
    }) : (tensor<1x16xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<1x16xi32>
    "func.return"(%27, %372) : (tensor<i32>, tensor<1x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<16x16xi1>) -> tensor<16x16xi1>, res_attrs = [{}], sym_name = "tril", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<16x16xi1>):
    %17 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16x16xi32>
    %18 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %19 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16x16xi32>
    %20 = "stablehlo.add"(%17, %19) : (tensor<16x16xi32>, tensor<16x16xi32>) -> tensor<16x16xi32>
    %21 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<16x16xi32>
    %22 = "stablehlo.compare"(%20, %21) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<16x16xi32>, tensor<16x16xi32>) -> tensor<16x16xi1>
    %23 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %24 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<16x16xi1>
    %25 = "stablehlo.select"(%22, %arg8, %24) : (tensor<16x16xi1>, tensor<16x16xi1>, tensor<16x16xi1>) -> tensor<16x16xi1>
    "func.return"(%25) : (tensor<16x16xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<16x16xi1>, tensor<1x2x16x16xbf16>, tensor<f32>) -> tensor<1x2x16x16xbf16>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<16x16xi1>, %arg6: tensor<1x2x16x16xbf16>, %arg7: tensor<f32>):
    %13 = "stablehlo.convert"(%arg7) : (tensor<f32>) -> tensor<bf16>
    %14 = "stablehlo.broadcast_in_dim"(%arg5) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<16x16xi1>) -> tensor<1x2x16x16xi1>
    %15 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x2x16x16xbf16>
    %16 = "stablehlo.select"(%14, %arg6, %15) : (tensor<1x2x16x16xi1>, tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    "func.return"(%16) : (tensor<1x2x16x16xbf16>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x32xbf16>) -> tensor<1xi32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<1x32xbf16>):
    %0 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x32xi32>
    %1 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %2 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %3:2 = "stablehlo.reduce"(%arg0, %0, %1, %2) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg1: tensor<bf16>, %arg2: tensor<i32>, %arg3: tensor<bf16>, %arg4: tensor<i32>):
      %4 = "stablehlo.compare"(%arg1, %arg3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
      %5 = "stablehlo.compare"(%arg1, %arg1) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
      %6 = "stablehlo.or"(%4, %5) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %7 = "stablehlo.compare"(%arg1, %arg3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
      %8 = "stablehlo.compare"(%arg2, %arg4) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %9 = "stablehlo.and"(%7, %8) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %10 = "stablehlo.or"(%6, %9) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %11 = "stablehlo.select"(%6, %arg1, %arg3) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
      %12 = "stablehlo.select"(%10, %arg2, %arg4) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%11, %12) : (tensor<bf16>, tensor<i32>) -> ()
    }) : (tensor<1x32xbf16>, tensor<1x32xi32>, tensor<bf16>, tensor<i32>) -> (tensor<1xbf16>, tensor<1xi32>)
    "func.return"(%3#1) : (tensor<1xi32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
