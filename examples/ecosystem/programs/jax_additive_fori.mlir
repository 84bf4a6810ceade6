"builtin.module"() <{sym_name = "jit_additive_fori"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<101x64xf32>, tensor<64x101xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64xf32>, tensor<4xi32>) -> tensor<16xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg69: tensor<101x64xf32>, %arg70: tensor<64x101xf32>, %arg71: tensor<64xf32>, %arg72: tensor<64xf32>, %arg73: tensor<128x64xf32>, %arg74: tensor<64x128xf32>, %arg75: tensor<64x128xf32>, %arg76: tensor<64x32xf32>, %arg77: tensor<64x64xf32>, %arg78: tensor<64x64xf32>, %arg79: tensor<64x32xf32>, %arg80: tensor<64xf32>, %arg81: tensor<64xf32>, %arg82: tensor<128x64xf32>, %arg83: tensor<64x128xf32>, %arg84: tensor<64x128xf32>, %arg85: tensor<64x32xf32>, %arg86: tensor<64x64xf32>, %arg87: tensor<64x64xf32>, %arg88: tensor<64x32xf32>, %arg89: tensor<64xf32>, %arg90: tensor<4xi32>):
    %432 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %433 = "stablehlo.broadcast_in_dim"(%432) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16x2x16xf32>
    %434 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %435 = "stablehlo.broadcast_in_dim"(%434) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16x2x16xf32>
    %436 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %437 = "stablehlo.broadcast_in_dim"(%436) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16x2x16xf32>
    %438 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %439 = "stablehlo.broadcast_in_dim"(%438) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16x2x16xf32>
    %440 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %441 = "stablehlo.broadcast_in_dim"(%440) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %442 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %443 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %444 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %445:30 = "stablehlo.while"(%arg90, %arg69, %arg71, %arg78, %arg76, %arg79, %arg77, %arg72, %arg74, %arg75, %arg73, %arg80, %arg87, %arg85, %arg88, %arg86, %arg81, %arg83, %arg84, %arg82, %arg89, %arg70, %444, %442, %441, %443, %433, %435, %437, %439) ({
    ^bb0(%arg123: tensor<4xi32>, %arg124: tensor<101x64xf32>, %arg125: tensor<64xf32>, %arg126: tensor<64x64xf32>, %arg127: tensor<64x32xf32>, %arg128: tensor<64x32xf32>, %arg129: tensor<64x64xf32>, %arg130: tensor<64xf32>, %arg131: tensor<64x128xf32>, %arg132: tensor<64x128xf32>, %arg133: tensor<128x64xf32>, %arg134: tensor<64xf32>, %arg135: tensor<64x64xf32>, %arg136: tensor<64x32xf32>, %arg137: tensor<64x32xf32>, %arg138: tensor<64x64xf32>, %arg139: tensor<64xf32>, %arg140: tensor<64x128xf32>, %arg141: tensor<64x128xf32>, %arg142: tensor<128x64xf32>, %arg143: tensor<64xf32>, %arg144: tensor<64x101xf32>, %arg145: tensor<i32>, %arg146: tensor<i32>, %arg147: tensor<16xi32>, %arg148: tensor<i32>, %arg149: tensor<16x2x16xf32>, %arg150: tensor<16x2x16xf32>, %arg151: tensor<16x2x16xf32>, %arg152: tensor<16x2x16xf32>):
      %452 = "stablehlo.constant"() <{value = dense<15> : tensor<i32>}> : () -> tensor<i32>
      %453 = "stablehlo.compare"(%arg145, %452) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%453) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg93: tensor<4xi32>, %arg94: tensor<101x64xf32>, %arg95: tensor<64xf32>, %arg96: tensor<64x64xf32>, %arg97: tensor<64x32xf32>, %arg98: tensor<64x32xf32>, %arg99: tensor<64x64xf32>, %arg100: tensor<64xf32>, %arg101: tensor<64x128xf32>, %arg102: tensor<64x128xf32>, %arg103: tensor<128x64xf32>, %arg104: tensor<64xf32>, %arg105: tensor<64x64xf32>, %arg106: tensor<64x32xf32>, %arg107: tensor<64x32xf32>, %arg108: tensor<64x64xf32>, %arg109: tensor<64xf32>, %arg110: tensor<64x128xf32>, %arg111: tensor<64x128xf32>, %arg112: tensor<128x64xf32>, %arg113: tensor<64xf32>, %arg114: tensor<64x101xf32>, %arg115: tensor<i32>, %arg116: tensor<i32>, %arg117: tensor<16xi32>, %arg118: tensor<i32>, %arg119: tensor<16x2x16xf32>, %arg120: tensor<16x2x16xf32>, %arg121: tensor<16x2x16xf32>, %arg122: tensor<16x2x16xf32>):
      %449:7 = "func.call"(%arg93, %arg94, %arg95, %arg96, %arg97, %arg98, %arg99, %arg100, %arg101, %arg102, %arg103, %arg104, %arg105, %arg106, %arg107, %arg108, %arg109, %arg110, %arg111, %arg112, %arg113, %arg114, %arg116, %arg117, %arg118, %arg119, %arg120, %arg121, %arg122) <{callee = @closed_call}> : (tensor<4xi32>, tensor<101x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x101xf32>, tensor<i32>, tensor<16xi32>, tensor<i32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>) -> (tensor<i32>, tensor<16xi32>, tensor<i32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>)
      %450 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %451 = "stablehlo.add"(%arg115, %450) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg93, %arg94, %arg95, %arg96, %arg97, %arg98, %arg99, %arg100, %arg101, %arg102, %arg103, %arg104, %arg105, %arg106, %arg107, %arg108, %arg109, %arg110, %arg111, %arg112, %arg113, %arg114, %451, %449#0, %449#1, %449#2, %449#3, %449#4, %449#5, %449#6) : (tensor<4xi32>, tensor<101x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x101xf32>, tensor<i32>, tensor<i32>, tensor<16xi32>, tensor<i32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>) -> ()
    }) : (tensor<4xi32>, tensor<101x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x101xf32>, tensor<i32>, tensor<i32>, tensor<16xi32>, tensor<i32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>) -> (tensor<4xi32>, tensor<101x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x101xf32>, tensor<i32>, tensor<i32>, tensor<16xi32>, tensor<i32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>)
    %446 = "stablehlo.constant"() <{value = dense<15> : tensor<i32>}> : () -> tensor<i32>
    %447 = "stablehlo.broadcast_in_dim"(%446) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %448 = "stablehlo.scatter"(%445#24, %447, %445#25) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg91: tensor<i32>, %arg92: tensor<i32>):
      "stablehlo.return"(%arg92) : (tensor<i32>) -> ()
    }) : (tensor<16xi32>, tensor<1xi32>, tensor<i32>) -> tensor<16xi32>
    "func.return"(%448) : (tensor<16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xi32>, tensor<101x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x101xf32>, tensor<i32>, tensor<16xi32>, tensor<i32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>) -> (tensor<i32>, tensor<16xi32>, tensor<i32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<4xi32>, %arg13: tensor<101x64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64x64xf32>, %arg16: tensor<64x32xf32>, %arg17: tensor<64x32xf32>, %arg18: tensor<64x64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64x128xf32>, %arg21: tensor<64x128xf32>, %arg22: tensor<128x64xf32>, %arg23: tensor<64xf32>, %arg24: tensor<64x64xf32>, %arg25: tensor<64x32xf32>, %arg26: tensor<64x32xf32>, %arg27: tensor<64x64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64x128xf32>, %arg30: tensor<64x128xf32>, %arg31: tensor<128x64xf32>, %arg32: tensor<64xf32>, %arg33: tensor<64x101xf32>, %arg34: tensor<i32>, %arg35: tensor<16xi32>, %arg36: tensor<i32>, %arg37: tensor<16x2x16xf32>, %arg38: tensor<16x2x16xf32>, %arg39: tensor<16x2x16xf32>, %arg40: tensor<16x2x16xf32>):
    %26 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %27 = "stablehlo.add"(%arg34, %26) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %28 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %29 = "stablehlo.compare"(%arg34, %28) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %30 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %31 = "stablehlo.minimum"(%arg34, %30) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %32 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %33 = "stablehlo.compare"(%31, %32) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %34 = "stablehlo.convert"(%31) : (tensor<i32>) -> tensor<i32>
    %35 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %36 = "stablehlo.add"(%34, %35) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %37 = "stablehlo.select"(%33, %36, %31) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %38 = "stablehlo.dynamic_slice"(%arg12, %37) <{slice_sizes = array<i64: 1>}> : (tensor<4xi32>, tensor<i32>) -> tensor<1xi32>
    %39 = "stablehlo.reshape"(%38) : (tensor<1xi32>) -> tensor<i32>
    %40 = "func.call"(%29, %39, %arg36) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %41 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %42 = "stablehlo.compare"(%arg34, %41) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %43 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %44 = "stablehlo.add"(%arg34, %43) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %45 = "stablehlo.select"(%42, %44, %arg34) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %46 = "stablehlo.convert"(%45) : (tensor<i32>) -> tensor<i32>
    %47 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %48 = "stablehlo.scatter"(%arg35, %47, %40) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg67: tensor<i32>, %arg68: tensor<i32>):
      "stablehlo.return"(%arg68) : (tensor<i32>) -> ()
    }) : (tensor<16xi32>, tensor<1xi32>, tensor<i32>) -> tensor<16xi32>
    %49 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %50 = "stablehlo.compare"(%40, %49) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %51 = "stablehlo.constant"() <{value = dense<101> : tensor<i32>}> : () -> tensor<i32>
    %52 = "stablehlo.add"(%40, %51) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %53 = "stablehlo.select"(%50, %52, %40) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %54 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %55 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %56 = "stablehlo.compare"(%54, %55) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %57 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %58 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
    %59 = "stablehlo.add"(%57, %58) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %60 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %61 = "stablehlo.select"(%56, %59, %60) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %62 = "stablehlo.dynamic_slice"(%arg13, %53, %61) <{slice_sizes = array<i64: 1, 64>}> : (tensor<101x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %63 = "stablehlo.reshape"(%62) : (tensor<1x64xf32>) -> tensor<64xf32>
    %64 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %65 = "stablehlo.broadcast_in_dim"(%arg34) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %66 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
    %67 = "stablehlo.convert"(%arg34) : (tensor<i32>) -> tensor<i32>
    %68 = "stablehlo.broadcast_in_dim"(%67) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %69 = "stablehlo.compare"(%66, %68) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %70 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %71 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %72 = "func.call"(%69, %70, %71) <{callee = @_where_0}> : (tensor<16xi1>, tensor<f32>, tensor<f32>) -> tensor<16xf32>
    %73 = "stablehlo.multiply"(%64, %64) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %74 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %75 = "stablehlo.reduce"(%73, %74) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg65: tensor<f32>, %arg66: tensor<f32>):
      %431 = "stablehlo.add"(%arg65, %arg66) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%431) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %76 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %77 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %78 = "stablehlo.broadcast_in_dim"(%77) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %79 = "stablehlo.divide"(%76, %78) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %80 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %81 = "stablehlo.broadcast_in_dim"(%80) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %82 = "stablehlo.add"(%79, %81) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %83 = "stablehlo.rsqrt"(%82) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %84 = "stablehlo.broadcast_in_dim"(%83) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %85 = "stablehlo.multiply"(%64, %84) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %86 = "stablehlo.broadcast_in_dim"(%arg14) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %87 = "stablehlo.multiply"(%85, %86) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %88 = "stablehlo.dot_general"(%87, %arg15) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x64xf32>) -> tensor<1x1x64xf32>
    %89 = "stablehlo.reshape"(%88) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %90 = "stablehlo.dot_general"(%87, %arg16) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x32xf32>) -> tensor<1x1x32xf32>
    %91 = "stablehlo.reshape"(%90) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %92 = "stablehlo.dot_general"(%87, %arg17) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x32xf32>) -> tensor<1x1x32xf32>
    %93 = "stablehlo.reshape"(%92) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %94 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %95 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %96 = "stablehlo.broadcast_in_dim"(%95) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %97 = "stablehlo.divide"(%94, %96) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %98 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %99 = "stablehlo.broadcast_in_dim"(%98) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %100 = "stablehlo.power"(%99, %97) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %101 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %102 = "stablehlo.broadcast_in_dim"(%101) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %103 = "stablehlo.divide"(%102, %100) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %104 = "stablehlo.convert"(%65) : (tensor<1xi32>) -> tensor<1xf32>
    %105 = "stablehlo.broadcast_in_dim"(%104) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %106 = "stablehlo.broadcast_in_dim"(%103) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %107 = "stablehlo.broadcast_in_dim"(%105) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x8xf32>
    %108 = "stablehlo.multiply"(%107, %106) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
    %109 = "stablehlo.cosine"(%108) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %110 = "stablehlo.broadcast_in_dim"(%109) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %111 = "stablehlo.sine"(%108) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %112 = "stablehlo.broadcast_in_dim"(%111) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %113 = "stablehlo.slice"(%89) <{limit_indices = array<i64: 1, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x8xf32>
    %114 = "stablehlo.slice"(%89) <{limit_indices = array<i64: 1, 1, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x8xf32>
    %115 = "stablehlo.broadcast_in_dim"(%110) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %116 = "stablehlo.broadcast_in_dim"(%115) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %117 = "stablehlo.multiply"(%113, %116) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %118 = "stablehlo.broadcast_in_dim"(%112) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %119 = "stablehlo.broadcast_in_dim"(%118) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %120 = "stablehlo.multiply"(%114, %119) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %121 = "stablehlo.subtract"(%117, %120) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %122 = "stablehlo.broadcast_in_dim"(%110) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %123 = "stablehlo.broadcast_in_dim"(%122) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %124 = "stablehlo.multiply"(%114, %123) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %125 = "stablehlo.broadcast_in_dim"(%112) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %126 = "stablehlo.broadcast_in_dim"(%125) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %127 = "stablehlo.multiply"(%113, %126) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %128 = "stablehlo.add"(%124, %127) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %129 = "stablehlo.concatenate"(%121, %128) <{dimension = 3 : i64}> : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x16xf32>
    %130 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %131 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %132 = "stablehlo.broadcast_in_dim"(%131) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %133 = "stablehlo.divide"(%130, %132) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %134 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %135 = "stablehlo.broadcast_in_dim"(%134) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %136 = "stablehlo.power"(%135, %133) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %137 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %138 = "stablehlo.broadcast_in_dim"(%137) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %139 = "stablehlo.divide"(%138, %136) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %140 = "stablehlo.convert"(%65) : (tensor<1xi32>) -> tensor<1xf32>
    %141 = "stablehlo.broadcast_in_dim"(%140) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %142 = "stablehlo.broadcast_in_dim"(%139) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %143 = "stablehlo.broadcast_in_dim"(%141) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x8xf32>
    %144 = "stablehlo.multiply"(%143, %142) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
    %145 = "stablehlo.cosine"(%144) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %146 = "stablehlo.broadcast_in_dim"(%145) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %147 = "stablehlo.sine"(%144) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %148 = "stablehlo.broadcast_in_dim"(%147) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %149 = "stablehlo.slice"(%91) <{limit_indices = array<i64: 1, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x8xf32>
    %150 = "stablehlo.slice"(%91) <{limit_indices = array<i64: 1, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x8xf32>
    %151 = "stablehlo.broadcast_in_dim"(%146) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %152 = "stablehlo.broadcast_in_dim"(%151) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %153 = "stablehlo.multiply"(%149, %152) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %154 = "stablehlo.broadcast_in_dim"(%148) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %155 = "stablehlo.broadcast_in_dim"(%154) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %156 = "stablehlo.multiply"(%150, %155) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %157 = "stablehlo.subtract"(%153, %156) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %158 = "stablehlo.broadcast_in_dim"(%146) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %159 = "stablehlo.broadcast_in_dim"(%158) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %160 = "stablehlo.multiply"(%150, %159) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %161 = "stablehlo.broadcast_in_dim"(%148) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %162 = "stablehlo.broadcast_in_dim"(%161) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %163 = "stablehlo.multiply"(%149, %162) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %164 = "stablehlo.add"(%160, %163) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %165 = "stablehlo.concatenate"(%157, %164) <{dimension = 3 : i64}> : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x16xf32>
    %166 = "stablehlo.reshape"(%165) : (tensor<1x1x2x16xf32>) -> tensor<2x16xf32>
    %167 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %168 = "stablehlo.compare"(%arg34, %167) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %169 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %170 = "stablehlo.add"(%arg34, %169) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %171 = "stablehlo.select"(%168, %170, %arg34) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %172 = "stablehlo.convert"(%171) : (tensor<i32>) -> tensor<i32>
    %173 = "stablehlo.broadcast_in_dim"(%172) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %174 = "stablehlo.scatter"(%arg37, %173, %166) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg63: tensor<f32>, %arg64: tensor<f32>):
      "stablehlo.return"(%arg64) : (tensor<f32>) -> ()
    }) : (tensor<16x2x16xf32>, tensor<1xi32>, tensor<2x16xf32>) -> tensor<16x2x16xf32>
    %175 = "stablehlo.reshape"(%93) : (tensor<1x1x2x16xf32>) -> tensor<2x16xf32>
    %176 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %177 = "stablehlo.compare"(%arg34, %176) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %178 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %179 = "stablehlo.add"(%arg34, %178) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %180 = "stablehlo.select"(%177, %179, %arg34) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %181 = "stablehlo.convert"(%180) : (tensor<i32>) -> tensor<i32>
    %182 = "stablehlo.broadcast_in_dim"(%181) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %183 = "stablehlo.scatter"(%arg38, %182, %175) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg61: tensor<f32>, %arg62: tensor<f32>):
      "stablehlo.return"(%arg62) : (tensor<f32>) -> ()
    }) : (tensor<16x2x16xf32>, tensor<1xi32>, tensor<2x16xf32>) -> tensor<16x2x16xf32>
    %184 = "stablehlo.broadcast_in_dim"(%174) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x2x16xf32>) -> tensor<1x16x2x16xf32>
    %185 = "stablehlo.broadcast_in_dim"(%184) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<1x16x2x16xf32>) -> tensor<1x16x2x2x16xf32>
    %186 = "stablehlo.reshape"(%185) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x4x16xf32>
    %187 = "stablehlo.dot_general"(%129, %186) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x4x1x16xf32>
    %188 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %189 = "stablehlo.sqrt"(%188) : (tensor<f32>) -> tensor<f32>
    %190 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1x16xf32>
    %191 = "stablehlo.divide"(%187, %190) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %192 = "stablehlo.convert"(%72) : (tensor<16xf32>) -> tensor<16xf32>
    %193 = "stablehlo.broadcast_in_dim"(%192) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %194 = "stablehlo.broadcast_in_dim"(%193) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %195 = "stablehlo.add"(%191, %194) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %196 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %197 = "stablehlo.reduce"(%195, %196) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg59: tensor<f32>, %arg60: tensor<f32>):
      %430 = "stablehlo.maximum"(%arg59, %arg60) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%430) : (tensor<f32>) -> ()
    }) : (tensor<1x4x1x16xf32>, tensor<f32>) -> tensor<1x4x1xf32>
    %198 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %199 = "stablehlo.broadcast_in_dim"(%198) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %200 = "stablehlo.maximum"(%199, %197) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %201 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x1x1xf32>
    %202 = "stablehlo.broadcast_in_dim"(%201) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x1xf32>) -> tensor<1x4x1x16xf32>
    %203 = "stablehlo.subtract"(%195, %202) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %204 = "stablehlo.exponential"(%203) : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %205 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %206 = "stablehlo.reduce"(%204, %205) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg57: tensor<f32>, %arg58: tensor<f32>):
      %429 = "stablehlo.add"(%arg57, %arg58) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%429) : (tensor<f32>) -> ()
    }) : (tensor<1x4x1x16xf32>, tensor<f32>) -> tensor<1x4x1xf32>
    %207 = "stablehlo.broadcast_in_dim"(%206) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x1x1xf32>
    %208 = "stablehlo.broadcast_in_dim"(%207) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x1xf32>) -> tensor<1x4x1x16xf32>
    %209 = "stablehlo.divide"(%204, %208) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %210 = "stablehlo.broadcast_in_dim"(%183) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x2x16xf32>) -> tensor<1x16x2x16xf32>
    %211 = "stablehlo.broadcast_in_dim"(%210) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<1x16x2x16xf32>) -> tensor<1x16x2x2x16xf32>
    %212 = "stablehlo.reshape"(%211) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x4x16xf32>
    %213 = "stablehlo.dot_general"(%212, %209) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x16x1xf32>
    %214 = "stablehlo.transpose"(%213) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x4x16x1xf32>) -> tensor<1x1x4x16xf32>
    %215 = "stablehlo.reshape"(%214) : (tensor<1x1x4x16xf32>) -> tensor<1x1x64xf32>
    %216 = "stablehlo.dot_general"(%215, %arg18) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x64xf32>) -> tensor<1x1x64xf32>
    %217 = "stablehlo.add"(%64, %216) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %218 = "stablehlo.multiply"(%217, %217) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %219 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %220 = "stablehlo.reduce"(%218, %219) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg55: tensor<f32>, %arg56: tensor<f32>):
      %428 = "stablehlo.add"(%arg55, %arg56) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%428) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %221 = "stablehlo.broadcast_in_dim"(%220) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %222 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %223 = "stablehlo.broadcast_in_dim"(%222) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %224 = "stablehlo.divide"(%221, %223) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %225 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %226 = "stablehlo.broadcast_in_dim"(%225) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %227 = "stablehlo.add"(%224, %226) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %228 = "stablehlo.rsqrt"(%227) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %229 = "stablehlo.broadcast_in_dim"(%228) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %230 = "stablehlo.multiply"(%217, %229) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %231 = "stablehlo.broadcast_in_dim"(%arg19) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %232 = "stablehlo.multiply"(%230, %231) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %233 = "stablehlo.dot_general"(%232, %arg20) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x128xf32>) -> tensor<1x1x128xf32>
    %234 = "func.call"(%233) <{callee = @silu}> : (tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %235 = "stablehlo.dot_general"(%232, %arg21) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x128xf32>) -> tensor<1x1x128xf32>
    %236 = "stablehlo.multiply"(%234, %235) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %237 = "stablehlo.dot_general"(%236, %arg22) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x128xf32>, tensor<128x64xf32>) -> tensor<1x1x64xf32>
    %238 = "stablehlo.add"(%217, %237) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %239 = "stablehlo.multiply"(%238, %238) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %240 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %241 = "stablehlo.reduce"(%239, %240) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg53: tensor<f32>, %arg54: tensor<f32>):
      %427 = "stablehlo.add"(%arg53, %arg54) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%427) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %242 = "stablehlo.broadcast_in_dim"(%241) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %243 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %244 = "stablehlo.broadcast_in_dim"(%243) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %245 = "stablehlo.divide"(%242, %244) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %246 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %247 = "stablehlo.broadcast_in_dim"(%246) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %248 = "stablehlo.add"(%245, %247) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %249 = "stablehlo.rsqrt"(%248) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %250 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %251 = "stablehlo.multiply"(%238, %250) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %252 = "stablehlo.broadcast_in_dim"(%arg23) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %253 = "stablehlo.multiply"(%251, %252) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %254 = "stablehlo.dot_general"(%253, %arg24) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x64xf32>) -> tensor<1x1x64xf32>
    %255 = "stablehlo.reshape"(%254) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %256 = "stablehlo.dot_general"(%253, %arg25) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x32xf32>) -> tensor<1x1x32xf32>
    %257 = "stablehlo.reshape"(%256) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %258 = "stablehlo.dot_general"(%253, %arg26) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x32xf32>) -> tensor<1x1x32xf32>
    %259 = "stablehlo.reshape"(%258) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %260 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %261 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %262 = "stablehlo.broadcast_in_dim"(%261) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %263 = "stablehlo.divide"(%260, %262) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %264 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %265 = "stablehlo.broadcast_in_dim"(%264) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %266 = "stablehlo.power"(%265, %263) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %267 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %268 = "stablehlo.broadcast_in_dim"(%267) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %269 = "stablehlo.divide"(%268, %266) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %270 = "stablehlo.convert"(%65) : (tensor<1xi32>) -> tensor<1xf32>
    %271 = "stablehlo.broadcast_in_dim"(%270) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %272 = "stablehlo.broadcast_in_dim"(%269) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %273 = "stablehlo.broadcast_in_dim"(%271) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x8xf32>
    %274 = "stablehlo.multiply"(%273, %272) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
    %275 = "stablehlo.cosine"(%274) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %276 = "stablehlo.broadcast_in_dim"(%275) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %277 = "stablehlo.sine"(%274) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %278 = "stablehlo.broadcast_in_dim"(%277) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %279 = "stablehlo.slice"(%255) <{limit_indices = array<i64: 1, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x8xf32>
    %280 = "stablehlo.slice"(%255) <{limit_indices = array<i64: 1, 1, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x8xf32>
    %281 = "stablehlo.broadcast_in_dim"(%276) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %282 = "stablehlo.broadcast_in_dim"(%281) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %283 = "stablehlo.multiply"(%279, %282) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %284 = "stablehlo.broadcast_in_dim"(%278) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %285 = "stablehlo.broadcast_in_dim"(%284) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %286 = "stablehlo.multiply"(%280, %285) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %287 = "stablehlo.subtract"(%283, %286) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %288 = "stablehlo.broadcast_in_dim"(%276) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %289 = "stablehlo.broadcast_in_dim"(%288) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %290 = "stablehlo.multiply"(%280, %289) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %291 = "stablehlo.broadcast_in_dim"(%278) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %292 = "stablehlo.broadcast_in_dim"(%291) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %293 = "stablehlo.multiply"(%279, %292) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %294 = "stablehlo.add"(%290, %293) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %295 = "stablehlo.concatenate"(%287, %294) <{dimension = 3 : i64}> : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x16xf32>
    %296 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %297 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %298 = "stablehlo.broadcast_in_dim"(%297) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %299 = "stablehlo.divide"(%296, %298) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %300 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %301 = "stablehlo.broadcast_in_dim"(%300) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %302 = "stablehlo.power"(%301, %299) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %303 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %304 = "stablehlo.broadcast_in_dim"(%303) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %305 = "stablehlo.divide"(%304, %302) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %306 = "stablehlo.convert"(%65) : (tensor<1xi32>) -> tensor<1xf32>
    %307 = "stablehlo.broadcast_in_dim"(%306) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %308 = "stablehlo.broadcast_in_dim"(%305) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %309 = "stablehlo.broadcast_in_dim"(%307) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x8xf32>
    %310 = "stablehlo.multiply"(%309, %308) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
    %311 = "stablehlo.cosine"(%310) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %312 = "stablehlo.broadcast_in_dim"(%311) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %313 = "stablehlo.sine"(%310) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %314 = "stablehlo.broadcast_in_dim"(%313) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %315 = "stablehlo.slice"(%257) <{limit_indices = array<i64: 1, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x8xf32>
    %316 = "stablehlo.slice"(%257) <{limit_indices = array<i64: 1, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x8xf32>
    %317 = "stablehlo.broadcast_in_dim"(%312) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %318 = "stablehlo.broadcast_in_dim"(%317) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %319 = "stablehlo.multiply"(%315, %318) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %320 = "stablehlo.broadcast_in_dim"(%314) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %321 = "stablehlo.broadcast_in_dim"(%320) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %322 = "stablehlo.multiply"(%316, %321) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %323 = "stablehlo.subtract"(%319, %322) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %324 = "stablehlo.broadcast_in_dim"(%312) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %325 = "stablehlo.broadcast_in_dim"(%324) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %326 = "stablehlo.multiply"(%316, %325) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %327 = "stablehlo.broadcast_in_dim"(%314) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %328 = "stablehlo.broadcast_in_dim"(%327) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %329 = "stablehlo.multiply"(%315, %328) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %330 = "stablehlo.add"(%326, %329) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %331 = "stablehlo.concatenate"(%323, %330) <{dimension = 3 : i64}> : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x16xf32>
    %332 = "stablehlo.reshape"(%331) : (tensor<1x1x2x16xf32>) -> tensor<2x16xf32>
    %333 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %334 = "stablehlo.compare"(%arg34, %333) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %335 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %336 = "stablehlo.add"(%arg34, %335) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %337 = "stablehlo.select"(%334, %336, %arg34) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %338 = "stablehlo.convert"(%337) : (tensor<i32>) -> tensor<i32>
    %339 = "stablehlo.broadcast_in_dim"(%338) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %340 = "stablehlo.scatter"(%arg39, %339, %332) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg51: tensor<f32>, %arg52: tensor<f32>):
      "stablehlo.return"(%arg52) : (tensor<f32>) -> ()
    }) : (tensor<16x2x16xf32>, tensor<1xi32>, tensor<2x16xf32>) -> tensor<16x2x16xf32>
    %341 = "stablehlo.reshape"(%259) : (tensor<1x1x2x16xf32>) -> tensor<2x16xf32>
    %342 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %343 = "stablehlo.compare"(%arg34, %342) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %344 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %345 = "stablehlo.add"(%arg34, %344) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %346 = "stablehlo.select"(%343, %345, %arg34) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %347 = "stablehlo.convert"(%346) : (tensor<i32>) -> tensor<i32>
    %348 = "stablehlo.broadcast_in_dim"(%347) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %349 = "stablehlo.scatter"(%arg40, %348, %341) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg49: tensor<f32>, %arg50: tensor<f32>):
      "stablehlo.return"(%arg50) : (tensor<f32>) -> ()
    }) : (tensor<16x2x16xf32>, tensor<1xi32>, tensor<2x16xf32>) -> tensor<16x2x16xf32>
    %350 = "stablehlo.broadcast_in_dim"(%340) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x2x16xf32>) -> tensor<1x16x2x16xf32>
    %351 = "stablehlo.broadcast_in_dim"(%350) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<1x16x2x16xf32>) -> tensor<1x16x2x2x16xf32>
    %352 = "stablehlo.reshape"(%351) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x4x16xf32>
    %353 = "stablehlo.dot_general"(%295, %352) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x4x1x16xf32>
    %354 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %355 = "stablehlo.sqrt"(%354) : (tensor<f32>) -> tensor<f32>
    %356 = "stablehlo.broadcast_in_dim"(%355) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1x16xf32>
    %357 = "stablehlo.divide"(%353, %356) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %358 = "stablehlo.convert"(%72) : (tensor<16xf32>) -> tensor<16xf32>
    %359 = "stablehlo.broadcast_in_dim"(%358) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %360 = "stablehlo.broadcast_in_dim"(%359) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %361 = "stablehlo.add"(%357, %360) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %362 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %363 = "stablehlo.reduce"(%361, %362) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg47: tensor<f32>, %arg48: tensor<f32>):
      %426 = "stablehlo.maximum"(%arg47, %arg48) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%426) : (tensor<f32>) -> ()
    }) : (tensor<1x4x1x16xf32>, tensor<f32>) -> tensor<1x4x1xf32>
    %364 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %365 = "stablehlo.broadcast_in_dim"(%364) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %366 = "stablehlo.maximum"(%365, %363) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %367 = "stablehlo.broadcast_in_dim"(%366) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x1x1xf32>
    %368 = "stablehlo.broadcast_in_dim"(%367) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x1xf32>) -> tensor<1x4x1x16xf32>
    %369 = "stablehlo.subtract"(%361, %368) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %370 = "stablehlo.exponential"(%369) : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %371 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %372 = "stablehlo.reduce"(%370, %371) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg45: tensor<f32>, %arg46: tensor<f32>):
      %425 = "stablehlo.add"(%arg45, %arg46) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%425) : (tensor<f32>) -> ()
    }) : (tensor<1x4x1x16xf32>, tensor<f32>) -> tensor<1x4x1xf32>
    %373 = "stablehlo.broadcast_in_dim"(%372) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x1x1xf32>
    %374 = "stablehlo.broadcast_in_dim"(%373) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x1xf32>) -> tensor<1x4x1x16xf32>
    %375 = "stablehlo.divide"(%370, %374) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %376 = "stablehlo.broadcast_in_dim"(%349) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x2x16xf32>) -> tensor<1x16x2x16xf32>
    %377 = "stablehlo.broadcast_in_dim"(%376) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<1x16x2x16xf32>) -> tensor<1x16x2x2x16xf32>
    %378 = "stablehlo.reshape"(%377) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x4x16xf32>
    %379 = "stablehlo.dot_general"(%378, %375) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x16x1xf32>
    %380 = "stablehlo.transpose"(%379) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x4x16x1xf32>) -> tensor<1x1x4x16xf32>
    %381 = "stablehlo.reshape"(%380) : (tensor<1x1x4x16xf32>) -> tensor<1x1x64xf32>
    %382 = "stablehlo.dot_general"(%381, %arg27) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x64xf32>) -> tensor<1x1x64xf32>
    %383 = "stablehlo.add"(%238, %382) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %384 = "stablehlo.multiply"(%383, %383) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %385 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %386 = "stablehlo.reduce"(%384, %385) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg43: tensor<f32>, %arg44: tensor<f32>):
      %424 = "stablehlo.add"(%arg43, %arg44) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%424) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %387 = "stablehlo.broadcast_in_dim"(%386) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %388 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %389 = "stablehlo.broadcast_in_dim"(%388) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %390 = "stablehlo.divide"(%387, %389) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %391 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %392 = "stablehlo.broadcast_in_dim"(%391) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %393 = "stablehlo.add"(%390, %392) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %394 = "stablehlo.rsqrt"(%393) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %395 = "stablehlo.broadcast_in_dim"(%394) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %396 = "stablehlo.multiply"(%383, %395) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %397 = "stablehlo.broadcast_in_dim"(%arg28) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %398 = "stablehlo.multiply"(%396, %397) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %399 = "stablehlo.dot_general"(%398, %arg29) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x128xf32>) -> tensor<1x1x128xf32>
    %400 = "func.call"(%399) <{callee = @silu}> : (tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %401 = "stablehlo.dot_general"(%398, %arg30) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x128xf32>) -> tensor<1x1x128xf32>
    %402 = "stablehlo.multiply"(%400, %401) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %403 = "stablehlo.dot_general"(%402, %arg31) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x128xf32>, tensor<128x64xf32>) -> tensor<1x1x64xf32>
    %404 = "stablehlo.add"(%383, %403) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %405 = "stablehlo.multiply"(%404, %404) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %406 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %407 = "stablehlo.reduce"(%405, %406) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg41: tensor<f32>, %arg42: tensor<f32>):
      %423 = "stablehlo.add"(%arg41, %arg42) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%423) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %408 = "stablehlo.broadcast_in_dim"(%407) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %409 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %410 = "stablehlo.broadcast_in_dim"(%409) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %411 = "stablehlo.divide"(%408, %410) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %412 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %413 = "stablehlo.broadcast_in_dim"(%412) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %414 = "stablehlo.add"(%411, %413) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %415 = "stablehlo.rsqrt"(%414) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %416 = "stablehlo.broadcast_in_dim"(%415) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %417 = "stablehlo.multiply"(%404, %416) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %418 = "stablehlo.broadcast_in_dim"(%arg32) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %419 = "stablehlo.multiply"(%417, %418) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %420 = "stablehlo.dot_general"(%419, %arg33) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x101xf32>) -> tensor<1x1x101xf32>
    %421 = "stablehlo.reshape"(%420) : (tensor<1x1x101xf32>) -> tensor<101xf32>
    %422 = "func.call"(%421) <{callee = @argmax}> : (tensor<101xf32>) -> tensor<i32>
    "func.return"(%27, %48, %422, %174, %183, %340, %349) : (tensor<i32>, tensor<16xi32>, tensor<i32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>, tensor<16x2x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<i1>, %arg10: tensor<i32>, %arg11: tensor<i32>):
    %25 = "stablehlo.select"(%arg9, %arg10, %arg11) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%25) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<16xi1>, tensor<f32>, tensor<f32>) -> tensor<16xf32>, res_attrs = [{}], sym_name = "_where_0", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<16xi1>, %arg7: tensor<f32>, %arg8: tensor<f32>):
    %22 = "stablehlo.broadcast_in_dim"(%arg7) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16xf32>
    %23 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16xf32>
    %24 = "stablehlo.select"(%arg6, %22, %23) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    "func.return"(%24) : (tensor<16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x1x128xf32>) -> tensor<1x1x128xf32>, res_attrs = [{}], sym_name = "silu", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<1x1x128xf32>):
    %13 = "stablehlo.negate"(%arg5) : (tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %14 = "stablehlo.exponential"(%13) : (tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %15 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %16 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x128xf32>
    %17 = "stablehlo.add"(%16, %14) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %18 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %19 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x128xf32>
    %20 = "stablehlo.divide"(%19, %17) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %21 = "stablehlo.multiply"(%arg5, %20) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    "func.return"(%21) : (tensor<1x1x128xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<101xf32>) -> tensor<i32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<101xf32>):
    %0 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<101xi32>
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
    }) : (tensor<101xf32>, tensor<101xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
    "func.return"(%3#1) : (tensor<i32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
