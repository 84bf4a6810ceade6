"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<101x64xbf16>, tensor<64x101xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<128x64xbf16>, tensor<64x128xbf16>, tensor<64x128xbf16>, tensor<64x32xbf16>, tensor<64x64xbf16>, tensor<64x64xbf16>, tensor<64x32xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<128x64xbf16>, tensor<64x128xbf16>, tensor<64x128xbf16>, tensor<64x32xbf16>, tensor<64x64xbf16>, tensor<64x64xbf16>, tensor<64x32xbf16>, tensor<64xbf16>, tensor<2x4xi32>) -> (tensor<2x16xi32>, tensor<i32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg59: tensor<101x64xbf16>, %arg60: tensor<64x101xbf16>, %arg61: tensor<64xbf16>, %arg62: tensor<64xbf16>, %arg63: tensor<128x64xbf16>, %arg64: tensor<64x128xbf16>, %arg65: tensor<64x128xbf16>, %arg66: tensor<64x32xbf16>, %arg67: tensor<64x64xbf16>, %arg68: tensor<64x64xbf16>, %arg69: tensor<64x32xbf16>, %arg70: tensor<64xbf16>, %arg71: tensor<64xbf16>, %arg72: tensor<128x64xbf16>, %arg73: tensor<64x128xbf16>, %arg74: tensor<64x128xbf16>, %arg75: tensor<64x32xbf16>, %arg76: tensor<64x64xbf16>, %arg77: tensor<64x64xbf16>, %arg78: tensor<64x32xbf16>, %arg79: tensor<64xbf16>, %arg80: tensor<2x4xi32>):
    %555 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %556 = "stablehlo.broadcast_in_dim"(%555) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<2x2x16x16xbf16>
    %557 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %558 = "stablehlo.broadcast_in_dim"(%557) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<2x2x16x16xbf16>
    %559 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %560 = "stablehlo.broadcast_in_dim"(%559) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x16xi32>
    %561 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %562 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %563 = "stablehlo.dynamic_update_slice"(%560, %arg80, %561, %562) : (tensor<2x16xi32>, tensor<2x4xi32>, tensor<i32>, tensor<i32>) -> tensor<2x16xi32>
    %564 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %565 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %566:28 = "stablehlo.while"(%arg80, %arg59, %arg61, %arg68, %arg66, %arg69, %arg67, %arg62, %arg64, %arg65, %arg63, %arg70, %arg77, %arg75, %arg78, %arg76, %arg71, %arg73, %arg74, %arg72, %arg79, %arg60, %565, %564, %556, %556, %558, %558) ({
    ^bb0(%arg185: tensor<2x4xi32>, %arg186: tensor<101x64xbf16>, %arg187: tensor<64xbf16>, %arg188: tensor<64x64xbf16>, %arg189: tensor<64x32xbf16>, %arg190: tensor<64x32xbf16>, %arg191: tensor<64x64xbf16>, %arg192: tensor<64xbf16>, %arg193: tensor<64x128xbf16>, %arg194: tensor<64x128xbf16>, %arg195: tensor<128x64xbf16>, %arg196: tensor<64xbf16>, %arg197: tensor<64x64xbf16>, %arg198: tensor<64x32xbf16>, %arg199: tensor<64x32xbf16>, %arg200: tensor<64x64xbf16>, %arg201: tensor<64xbf16>, %arg202: tensor<64x128xbf16>, %arg203: tensor<64x128xbf16>, %arg204: tensor<128x64xbf16>, %arg205: tensor<64xbf16>, %arg206: tensor<64x101xbf16>, %arg207: tensor<i32>, %arg208: tensor<i32>, %arg209: tensor<2x2x16x16xbf16>, %arg210: tensor<2x2x16x16xbf16>, %arg211: tensor<2x2x16x16xbf16>, %arg212: tensor<2x2x16x16xbf16>):
      %1097 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
      %1098 = "stablehlo.compare"(%arg207, %1097) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%1098) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg157: tensor<2x4xi32>, %arg158: tensor<101x64xbf16>, %arg159: tensor<64xbf16>, %arg160: tensor<64x64xbf16>, %arg161: tensor<64x32xbf16>, %arg162: tensor<64x32xbf16>, %arg163: tensor<64x64xbf16>, %arg164: tensor<64xbf16>, %arg165: tensor<64x128xbf16>, %arg166: tensor<64x128xbf16>, %arg167: tensor<128x64xbf16>, %arg168: tensor<64xbf16>, %arg169: tensor<64x64xbf16>, %arg170: tensor<64x32xbf16>, %arg171: tensor<64x32xbf16>, %arg172: tensor<64x64xbf16>, %arg173: tensor<64xbf16>, %arg174: tensor<64x128xbf16>, %arg175: tensor<64x128xbf16>, %arg176: tensor<128x64xbf16>, %arg177: tensor<64xbf16>, %arg178: tensor<64x101xbf16>, %arg179: tensor<i32>, %arg180: tensor<i32>, %arg181: tensor<2x2x16x16xbf16>, %arg182: tensor<2x2x16x16xbf16>, %arg183: tensor<2x2x16x16xbf16>, %arg184: tensor<2x2x16x16xbf16>):
      %1094:5 = "func.call"(%arg157, %arg158, %arg159, %arg160, %arg161, %arg162, %arg163, %arg164, %arg165, %arg166, %arg167, %arg168, %arg169, %arg170, %arg171, %arg172, %arg173, %arg174, %arg175, %arg176, %arg177, %arg178, %arg180, %arg181, %arg182, %arg183, %arg184) <{callee = @closed_call}> : (tensor<2x4xi32>, tensor<101x64xbf16>, tensor<64xbf16>, tensor<64x64xbf16>, tensor<64x32xbf16>, tensor<64x32xbf16>, tensor<64x64xbf16>, tensor<64xbf16>, tensor<64x128xbf16>, tensor<64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64x64xbf16>, tensor<64x32xbf16>, tensor<64x32xbf16>, tensor<64x64xbf16>, tensor<64xbf16>, tensor<64x128xbf16>, tensor<64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64x101xbf16>, tensor<i32>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>) -> (tensor<i32>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>)
      %1095 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %1096 = "stablehlo.add"(%arg179, %1095) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg157, %arg158, %arg159, %arg160, %arg161, %arg162, %arg163, %arg164, %arg165, %arg166, %arg167, %arg168, %arg169, %arg170, %arg171, %arg172, %arg173, %arg174, %arg175, %arg176, %arg177, %arg178, %1096, %1094#0, %1094#1, %1094#2, %1094#3, %1094#4) : (tensor<2x4xi32>, tensor<101x64xbf16>, tensor<64xbf16>, tensor<64x64xbf16>, tensor<64x32xbf16>, tensor<64x32xbf16>, tensor<64x64xbf16>, tensor<64xbf16>, tensor<64x128xbf16>, tensor<64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64x64xbf16>, tensor<64x32xbf16>, tensor<64x32xbf16>, tensor<64x64xbf16>, tensor<64xbf16>, tensor<64x128xbf16>, tensor<64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64x101xbf16>, tensor<i32>, tensor<i32>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>) -> ()
    }) : (tensor<2x4xi32>, tensor<101x64xbf16>, tensor<64xbf16>, tensor<64x64xbf16>, tensor<64x32xbf16>, tensor<64x32xbf16>, tensor<64x64xbf16>, tensor<64xbf16>, tensor<64x128xbf16>, tensor<64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64x64xbf16>, tensor<64x32xbf16>, tensor<64x32xbf16>, tensor<64x64xbf16>, tensor<64xbf16>, tensor<64x128xbf16>, tensor<64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64x101xbf16>, tensor<i32>, tensor<i32>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>) -> (tensor<2x4xi32>, tensor<101x64xbf16>, tensor<64xbf16>, tensor<64x64xbf16>, tensor<64x32xbf16>, tensor<64x32xbf16>, tensor<64x64xbf16>, tensor<64xbf16>, tensor<64x128xbf16>, tensor<64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64x64xbf16>, tensor<64x32xbf16>, tensor<64x32xbf16>, tensor<64x64xbf16>, tensor<64xbf16>, tensor<64x128xbf16>, tensor<64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64x101xbf16>, tensor<i32>, tensor<i32>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>)
    %567 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %568 = "stablehlo.broadcast_in_dim"(%567) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<2xi1>
    %569 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %570:28 = "stablehlo.while"(%arg59, %arg61, %arg68, %arg66, %arg69, %arg67, %arg62, %arg64, %arg65, %arg63, %arg70, %arg77, %arg75, %arg78, %arg76, %arg71, %arg73, %arg74, %arg72, %arg79, %arg60, %569, %563, %568, %566#24, %566#25, %566#26, %566#27) ({
    ^bb0(%arg127: tensor<101x64xbf16>, %arg128: tensor<64xbf16>, %arg129: tensor<64x64xbf16>, %arg130: tensor<64x32xbf16>, %arg131: tensor<64x32xbf16>, %arg132: tensor<64x64xbf16>, %arg133: tensor<64xbf16>, %arg134: tensor<64x128xbf16>, %arg135: tensor<64x128xbf16>, %arg136: tensor<128x64xbf16>, %arg137: tensor<64xbf16>, %arg138: tensor<64x64xbf16>, %arg139: tensor<64x32xbf16>, %arg140: tensor<64x32xbf16>, %arg141: tensor<64x64xbf16>, %arg142: tensor<64xbf16>, %arg143: tensor<64x128xbf16>, %arg144: tensor<64x128xbf16>, %arg145: tensor<128x64xbf16>, %arg146: tensor<64xbf16>, %arg147: tensor<64x101xbf16>, %arg148: tensor<i32>, %arg149: tensor<2x16xi32>, %arg150: tensor<2xi1>, %arg151: tensor<2x2x16x16xbf16>, %arg152: tensor<2x2x16x16xbf16>, %arg153: tensor<2x2x16x16xbf16>, %arg154: tensor<2x2x16x16xbf16>):
      %1087 = "stablehlo.constant"() <{value = dense<15> : tensor<i32>}> : () -> tensor<i32>
      %1088 = "stablehlo.compare"(%arg148, %1087) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %1089 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
      %1090 = "stablehlo.reduce"(%arg150, %1089) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg155: tensor<i1>, %arg156: tensor<i1>):
        %1093 = "stablehlo.and"(%arg155, %arg156) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%1093) : (tensor<i1>) -> ()
      }) : (tensor<2xi1>, tensor<i1>) -> tensor<i1>
      %1091 = "stablehlo.not"(%1090) : (tensor<i1>) -> tensor<i1>
      %1092 = "stablehlo.and"(%1088, %1091) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%1092) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg81: tensor<101x64xbf16>, %arg82: tensor<64xbf16>, %arg83: tensor<64x64xbf16>, %arg84: tensor<64x32xbf16>, %arg85: tensor<64x32xbf16>, %arg86: tensor<64x64xbf16>, %arg87: tensor<64xbf16>, %arg88: tensor<64x128xbf16>, %arg89: tensor<64x128xbf16>, %arg90: tensor<128x64xbf16>, %arg91: tensor<64xbf16>, %arg92: tensor<64x64xbf16>, %arg93: tensor<64x32xbf16>, %arg94: tensor<64x32xbf16>, %arg95: tensor<64x64xbf16>, %arg96: tensor<64xbf16>, %arg97: tensor<64x128xbf16>, %arg98: tensor<64x128xbf16>, %arg99: tensor<128x64xbf16>, %arg100: tensor<64xbf16>, %arg101: tensor<64x101xbf16>, %arg102: tensor<i32>, %arg103: tensor<2x16xi32>, %arg104: tensor<2xi1>, %arg105: tensor<2x2x16x16xbf16>, %arg106: tensor<2x2x16x16xbf16>, %arg107: tensor<2x2x16x16xbf16>, %arg108: tensor<2x2x16x16xbf16>):
      %571 = "func.call"(%arg103, %arg102) <{callee = @dynamic_index_in_dim}> : (tensor<2x16xi32>, tensor<i32>) -> tensor<2xi32>
      %572 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %573 = "stablehlo.broadcast_in_dim"(%572) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %574 = "stablehlo.compare"(%571, %573) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %575 = "stablehlo.constant"() <{value = dense<101> : tensor<i32>}> : () -> tensor<i32>
      %576 = "stablehlo.broadcast_in_dim"(%575) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %577 = "stablehlo.add"(%571, %576) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %578 = "stablehlo.select"(%574, %577, %571) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %579 = "stablehlo.broadcast_in_dim"(%578) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
      %580 = "stablehlo.gather"(%arg81, %579) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<101x64xbf16>, tensor<2x1xi32>) -> tensor<2x64xbf16>
      %581 = "stablehlo.broadcast_in_dim"(%580) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<2x64xbf16>) -> tensor<2x1x64xbf16>
      %582 = "stablehlo.broadcast_in_dim"(%arg102) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %583 = "stablehlo.convert"(%581) : (tensor<2x1x64xbf16>) -> tensor<2x1x64xf32>
      %584 = "stablehlo.multiply"(%583, %583) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %585 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %586 = "stablehlo.reduce"(%584, %585) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg125: tensor<f32>, %arg126: tensor<f32>):
        %1086 = "stablehlo.add"(%arg125, %arg126) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1086) : (tensor<f32>) -> ()
      }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %587 = "stablehlo.broadcast_in_dim"(%586) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %588 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %589 = "stablehlo.broadcast_in_dim"(%588) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
      %590 = "stablehlo.divide"(%587, %589) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %591 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
      %592 = "stablehlo.broadcast_in_dim"(%591) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
      %593 = "stablehlo.add"(%590, %592) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %594 = "stablehlo.rsqrt"(%593) : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %595 = "stablehlo.broadcast_in_dim"(%594) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
      %596 = "stablehlo.multiply"(%583, %595) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %597 = "stablehlo.convert"(%arg82) : (tensor<64xbf16>) -> tensor<64xf32>
      %598 = "stablehlo.broadcast_in_dim"(%597) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %599 = "stablehlo.broadcast_in_dim"(%598) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
      %600 = "stablehlo.multiply"(%596, %599) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %601 = "stablehlo.convert"(%600) : (tensor<2x1x64xf32>) -> tensor<2x1x64xbf16>
      %602 = "stablehlo.dot_general"(%601, %arg83) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x64xbf16>) -> tensor<2x1x64xbf16>
      %603 = "stablehlo.reshape"(%602) : (tensor<2x1x64xbf16>) -> tensor<2x1x4x16xbf16>
      %604 = "stablehlo.dot_general"(%601, %arg84) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x32xbf16>) -> tensor<2x1x32xbf16>
      %605 = "stablehlo.reshape"(%604) : (tensor<2x1x32xbf16>) -> tensor<2x1x2x16xbf16>
      %606 = "stablehlo.dot_general"(%601, %arg85) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x32xbf16>) -> tensor<2x1x32xbf16>
      %607 = "stablehlo.reshape"(%606) : (tensor<2x1x32xbf16>) -> tensor<2x1x2x16xbf16>
      %608 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
      %609 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %610 = "stablehlo.broadcast_in_dim"(%609) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %611 = "stablehlo.divide"(%608, %610) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %612 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
      %613 = "stablehlo.broadcast_in_dim"(%612) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %614 = "stablehlo.power"(%613, %611) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %615 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %616 = "stablehlo.broadcast_in_dim"(%615) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %617 = "stablehlo.divide"(%616, %614) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %618 = "stablehlo.convert"(%582) : (tensor<1xi32>) -> tensor<1xf32>
      %619 = "stablehlo.broadcast_in_dim"(%618) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
      %620 = "stablehlo.broadcast_in_dim"(%617) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
      %621 = "stablehlo.broadcast_in_dim"(%619) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x8xf32>
      %622 = "stablehlo.multiply"(%621, %620) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
      %623 = "stablehlo.cosine"(%622) : (tensor<1x8xf32>) -> tensor<1x8xf32>
      %624 = "stablehlo.broadcast_in_dim"(%623) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
      %625 = "stablehlo.sine"(%622) : (tensor<1x8xf32>) -> tensor<1x8xf32>
      %626 = "stablehlo.broadcast_in_dim"(%625) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
      %627 = "stablehlo.slice"(%603) <{limit_indices = array<i64: 2, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x4x16xbf16>) -> tensor<2x1x4x8xbf16>
      %628 = "stablehlo.convert"(%627) : (tensor<2x1x4x8xbf16>) -> tensor<2x1x4x8xf32>
      %629 = "stablehlo.slice"(%603) <{limit_indices = array<i64: 2, 1, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x4x16xbf16>) -> tensor<2x1x4x8xbf16>
      %630 = "stablehlo.convert"(%629) : (tensor<2x1x4x8xbf16>) -> tensor<2x1x4x8xf32>
      %631 = "stablehlo.broadcast_in_dim"(%624) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
      %632 = "stablehlo.broadcast_in_dim"(%631) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
      %633 = "stablehlo.multiply"(%628, %632) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
      %634 = "stablehlo.broadcast_in_dim"(%626) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
      %635 = "stablehlo.broadcast_in_dim"(%634) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
      %636 = "stablehlo.multiply"(%630, %635) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
      %637 = "stablehlo.subtract"(%633, %636) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
      %638 = "stablehlo.broadcast_in_dim"(%624) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
      %639 = "stablehlo.broadcast_in_dim"(%638) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
      %640 = "stablehlo.multiply"(%630, %639) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
      %641 = "stablehlo.broadcast_in_dim"(%626) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
      %642 = "stablehlo.broadcast_in_dim"(%641) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
      %643 = "stablehlo.multiply"(%628, %642) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
      %644 = "stablehlo.add"(%640, %643) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
      %645 = "stablehlo.concatenate"(%637, %644) <{dimension = 3 : i64}> : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x16xf32>
      %646 = "stablehlo.convert"(%645) : (tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xbf16>
      %647 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
      %648 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %649 = "stablehlo.broadcast_in_dim"(%648) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %650 = "stablehlo.divide"(%647, %649) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %651 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
      %652 = "stablehlo.broadcast_in_dim"(%651) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %653 = "stablehlo.power"(%652, %650) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %654 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %655 = "stablehlo.broadcast_in_dim"(%654) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %656 = "stablehlo.divide"(%655, %653) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %657 = "stablehlo.convert"(%582) : (tensor<1xi32>) -> tensor<1xf32>
      %658 = "stablehlo.broadcast_in_dim"(%657) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
      %659 = "stablehlo.broadcast_in_dim"(%656) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
      %660 = "stablehlo.broadcast_in_dim"(%658) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x8xf32>
      %661 = "stablehlo.multiply"(%660, %659) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
      %662 = "stablehlo.cosine"(%661) : (tensor<1x8xf32>) -> tensor<1x8xf32>
      %663 = "stablehlo.broadcast_in_dim"(%662) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
      %664 = "stablehlo.sine"(%661) : (tensor<1x8xf32>) -> tensor<1x8xf32>
      %665 = "stablehlo.broadcast_in_dim"(%664) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
      %666 = "stablehlo.slice"(%605) <{limit_indices = array<i64: 2, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x2x16xbf16>) -> tensor<2x1x2x8xbf16>
      %667 = "stablehlo.convert"(%666) : (tensor<2x1x2x8xbf16>) -> tensor<2x1x2x8xf32>
      %668 = "stablehlo.slice"(%605) <{limit_indices = array<i64: 2, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x2x16xbf16>) -> tensor<2x1x2x8xbf16>
      %669 = "stablehlo.convert"(%668) : (tensor<2x1x2x8xbf16>) -> tensor<2x1x2x8xf32>
      %670 = "stablehlo.broadcast_in_dim"(%663) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
      %671 = "stablehlo.broadcast_in_dim"(%670) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
      %672 = "stablehlo.multiply"(%667, %671) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
      %673 = "stablehlo.broadcast_in_dim"(%665) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
      %674 = "stablehlo.broadcast_in_dim"(%673) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
      %675 = "stablehlo.multiply"(%669, %674) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
      %676 = "stablehlo.subtract"(%672, %675) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
      %677 = "stablehlo.broadcast_in_dim"(%663) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
      %678 = "stablehlo.broadcast_in_dim"(%677) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
      %679 = "stablehlo.multiply"(%669, %678) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
      %680 = "stablehlo.broadcast_in_dim"(%665) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
      %681 = "stablehlo.broadcast_in_dim"(%680) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
      %682 = "stablehlo.multiply"(%667, %681) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
      %683 = "stablehlo.add"(%679, %682) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
      %684 = "stablehlo.concatenate"(%676, %683) <{dimension = 3 : i64}> : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x16xf32>
      %685 = "stablehlo.convert"(%684) : (tensor<2x1x2x16xf32>) -> tensor<2x1x2x16xbf16>
      %686 = "stablehlo.transpose"(%685) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<2x1x2x16xbf16>) -> tensor<2x2x1x16xbf16>
      %687 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %688 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %689 = "stablehlo.compare"(%687, %688) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %690 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %691 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
      %692 = "stablehlo.add"(%690, %691) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %693 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %694 = "stablehlo.select"(%689, %692, %693) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %695 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %696 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %697 = "stablehlo.compare"(%695, %696) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %698 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %699 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
      %700 = "stablehlo.add"(%698, %699) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %701 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %702 = "stablehlo.select"(%697, %700, %701) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %703 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %704 = "stablehlo.compare"(%arg102, %703) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %705 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %706 = "stablehlo.add"(%arg102, %705) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %707 = "stablehlo.select"(%704, %706, %arg102) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %708 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %709 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %710 = "stablehlo.compare"(%708, %709) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %711 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %712 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %713 = "stablehlo.add"(%711, %712) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %714 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %715 = "stablehlo.select"(%710, %713, %714) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %716 = "stablehlo.dynamic_update_slice"(%arg105, %686, %694, %702, %707, %715) : (tensor<2x2x16x16xbf16>, tensor<2x2x1x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x2x16x16xbf16>
      %717 = "stablehlo.transpose"(%607) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<2x1x2x16xbf16>) -> tensor<2x2x1x16xbf16>
      %718 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %719 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %720 = "stablehlo.compare"(%718, %719) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %721 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %722 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
      %723 = "stablehlo.add"(%721, %722) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %724 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %725 = "stablehlo.select"(%720, %723, %724) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %726 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %727 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %728 = "stablehlo.compare"(%726, %727) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %729 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %730 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
      %731 = "stablehlo.add"(%729, %730) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %732 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %733 = "stablehlo.select"(%728, %731, %732) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %734 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %735 = "stablehlo.compare"(%arg102, %734) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %736 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %737 = "stablehlo.add"(%arg102, %736) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %738 = "stablehlo.select"(%735, %737, %arg102) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %739 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %740 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %741 = "stablehlo.compare"(%739, %740) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %742 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %743 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %744 = "stablehlo.add"(%742, %743) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %745 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %746 = "stablehlo.select"(%741, %744, %745) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %747 = "stablehlo.dynamic_update_slice"(%arg106, %717, %725, %733, %738, %746) : (tensor<2x2x16x16xbf16>, tensor<2x2x1x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x2x16x16xbf16>
      %748 = "stablehlo.transpose"(%716) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<2x2x16x16xbf16>) -> tensor<2x16x2x16xbf16>
      %749 = "stablehlo.broadcast_in_dim"(%748) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<2x16x2x16xbf16>) -> tensor<2x16x2x2x16xbf16>
      %750 = "stablehlo.reshape"(%749) : (tensor<2x16x2x2x16xbf16>) -> tensor<2x16x4x16xbf16>
      %751 = "stablehlo.dot_general"(%646, %750) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x4x16xbf16>, tensor<2x16x4x16xbf16>) -> tensor<2x4x1x16xbf16>
      %752 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<bf16>}> : () -> tensor<bf16>
      %753 = "stablehlo.sqrt"(%752) : (tensor<bf16>) -> tensor<bf16>
      %754 = "stablehlo.broadcast_in_dim"(%753) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<2x4x1x16xbf16>
      %755 = "stablehlo.divide"(%751, %754) : (tensor<2x4x1x16xbf16>, tensor<2x4x1x16xbf16>) -> tensor<2x4x1x16xbf16>
      %756 = "stablehlo.iota"() <{iota_dimension = 3 : i64}> : () -> tensor<2x4x1x16xi32>
      %757 = "stablehlo.broadcast_in_dim"(%arg102) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x4x1x16xi32>
      %758 = "stablehlo.compare"(%756, %757) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<2x4x1x16xi32>, tensor<2x4x1x16xi32>) -> tensor<2x4x1x16xi1>
      %759 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
      %760 = "func.call"(%758, %755, %759) <{callee = @_where}> : (tensor<2x4x1x16xi1>, tensor<2x4x1x16xbf16>, tensor<bf16>) -> tensor<2x4x1x16xbf16>
      %761 = "stablehlo.convert"(%760) : (tensor<2x4x1x16xbf16>) -> tensor<2x4x1x16xf32>
      %762 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %763 = "stablehlo.reduce"(%761, %762) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg123: tensor<f32>, %arg124: tensor<f32>):
        %1085 = "stablehlo.maximum"(%arg123, %arg124) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1085) : (tensor<f32>) -> ()
      }) : (tensor<2x4x1x16xf32>, tensor<f32>) -> tensor<2x4x1xf32>
      %764 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %765 = "stablehlo.broadcast_in_dim"(%764) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
      %766 = "stablehlo.maximum"(%765, %763) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
      %767 = "stablehlo.broadcast_in_dim"(%766) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
      %768 = "stablehlo.broadcast_in_dim"(%767) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x16xf32>
      %769 = "stablehlo.subtract"(%761, %768) : (tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
      %770 = "stablehlo.exponential"(%769) : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
      %771 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %772 = "stablehlo.reduce"(%770, %771) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg121: tensor<f32>, %arg122: tensor<f32>):
        %1084 = "stablehlo.add"(%arg121, %arg122) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1084) : (tensor<f32>) -> ()
      }) : (tensor<2x4x1x16xf32>, tensor<f32>) -> tensor<2x4x1xf32>
      %773 = "stablehlo.broadcast_in_dim"(%772) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
      %774 = "stablehlo.broadcast_in_dim"(%773) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x16xf32>
      %775 = "stablehlo.divide"(%770, %774) : (tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
      %776 = "stablehlo.convert"(%775) : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xbf16>
      %777 = "stablehlo.transpose"(%747) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<2x2x16x16xbf16>) -> tensor<2x16x2x16xbf16>
      %778 = "stablehlo.broadcast_in_dim"(%777) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<2x16x2x16xbf16>) -> tensor<2x16x2x2x16xbf16>
      %779 = "stablehlo.reshape"(%778) : (tensor<2x16x2x2x16xbf16>) -> tensor<2x16x4x16xbf16>
      %780 = "stablehlo.dot_general"(%779, %776) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x4x16xbf16>, tensor<2x4x1x16xbf16>) -> tensor<2x4x16x1xbf16>
      %781 = "stablehlo.transpose"(%780) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<2x4x16x1xbf16>) -> tensor<2x1x4x16xbf16>
      %782 = "stablehlo.reshape"(%781) : (tensor<2x1x4x16xbf16>) -> tensor<2x1x64xbf16>
      %783 = "stablehlo.dot_general"(%782, %arg86) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x64xbf16>) -> tensor<2x1x64xbf16>
      %784 = "stablehlo.add"(%581, %783) : (tensor<2x1x64xbf16>, tensor<2x1x64xbf16>) -> tensor<2x1x64xbf16>
      %785 = "stablehlo.convert"(%784) : (tensor<2x1x64xbf16>) -> tensor<2x1x64xf32>
      %786 = "stablehlo.multiply"(%785, %785) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %787 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %788 = "stablehlo.reduce"(%786, %787) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg119: tensor<f32>, %arg120: tensor<f32>):
        %1083 = "stablehlo.add"(%arg119, %arg120) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1083) : (tensor<f32>) -> ()
      }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %789 = "stablehlo.broadcast_in_dim"(%788) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %790 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %791 = "stablehlo.broadcast_in_dim"(%790) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
      %792 = "stablehlo.divide"(%789, %791) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %793 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
      %794 = "stablehlo.broadcast_in_dim"(%793) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
      %795 = "stablehlo.add"(%792, %794) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %796 = "stablehlo.rsqrt"(%795) : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %797 = "stablehlo.broadcast_in_dim"(%796) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
      %798 = "stablehlo.multiply"(%785, %797) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %799 = "stablehlo.convert"(%arg87) : (tensor<64xbf16>) -> tensor<64xf32>
      %800 = "stablehlo.broadcast_in_dim"(%799) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %801 = "stablehlo.broadcast_in_dim"(%800) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
      %802 = "stablehlo.multiply"(%798, %801) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %803 = "stablehlo.convert"(%802) : (tensor<2x1x64xf32>) -> tensor<2x1x64xbf16>
      %804 = "stablehlo.dot_general"(%803, %arg88) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x128xbf16>) -> tensor<2x1x128xbf16>
      %805 = "func.call"(%804) <{callee = @silu}> : (tensor<2x1x128xbf16>) -> tensor<2x1x128xbf16>
      %806 = "stablehlo.dot_general"(%803, %arg89) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x128xbf16>) -> tensor<2x1x128xbf16>
      %807 = "stablehlo.multiply"(%805, %806) : (tensor<2x1x128xbf16>, tensor<2x1x128xbf16>) -> tensor<2x1x128xbf16>
      %808 = "stablehlo.dot_general"(%807, %arg90) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x128xbf16>, tensor<128x64xbf16>) -> tensor<2x1x64xbf16>
      %809 = "stablehlo.add"(%784, %808) : (tensor<2x1x64xbf16>, tensor<2x1x64xbf16>) -> tensor<2x1x64xbf16>
      %810 = "stablehlo.broadcast_in_dim"(%arg102) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %811 = "stablehlo.convert"(%809) : (tensor<2x1x64xbf16>) -> tensor<2x1x64xf32>
      %812 = "stablehlo.multiply"(%811, %811) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %813 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %814 = "stablehlo.reduce"(%812, %813) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg117: tensor<f32>, %arg118: tensor<f32>):
        %1082 = "stablehlo.add"(%arg117, %arg118) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1082) : (tensor<f32>) -> ()
      }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %815 = "stablehlo.broadcast_in_dim"(%814) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %816 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %817 = "stablehlo.broadcast_in_dim"(%816) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
      %818 = "stablehlo.divide"(%815, %817) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %819 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
      %820 = "stablehlo.broadcast_in_dim"(%819) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
      %821 = "stablehlo.add"(%818, %820) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %822 = "stablehlo.rsqrt"(%821) : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %823 = "stablehlo.broadcast_in_dim"(%822) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
      %824 = "stablehlo.multiply"(%811, %823) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %825 = "stablehlo.convert"(%arg91) : (tensor<64xbf16>) -> tensor<64xf32>
      %826 = "stablehlo.broadcast_in_dim"(%825) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %827 = "stablehlo.broadcast_in_dim"(%826) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
      %828 = "stablehlo.multiply"(%824, %827) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %829 = "stablehlo.convert"(%828) : (tensor<2x1x64xf32>) -> tensor<2x1x64xbf16>
      %830 = "stablehlo.dot_general"(%829, %arg92) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x64xbf16>) -> tensor<2x1x64xbf16>
      %831 = "stablehlo.reshape"(%830) : (tensor<2x1x64xbf16>) -> tensor<2x1x4x16xbf16>
      %832 = "stablehlo.dot_general"(%829, %arg93) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x32xbf16>) -> tensor<2x1x32xbf16>
      %833 = "stablehlo.reshape"(%832) : (tensor<2x1x32xbf16>) -> tensor<2x1x2x16xbf16>
      %834 = "stablehlo.dot_general"(%829, %arg94) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x32xbf16>) -> tensor<2x1x32xbf16>
      %835 = "stablehlo.reshape"(%834) : (tensor<2x1x32xbf16>) -> tensor<2x1x2x16xbf16>
      %836 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
      %837 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %838 = "stablehlo.broadcast_in_dim"(%837) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %839 = "stablehlo.divide"(%836, %838) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %840 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
      %841 = "stablehlo.broadcast_in_dim"(%840) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %842 = "stablehlo.power"(%841, %839) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %843 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %844 = "stablehlo.broadcast_in_dim"(%843) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %845 = "stablehlo.divide"(%844, %842) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %846 = "stablehlo.convert"(%810) : (tensor<1xi32>) -> tensor<1xf32>
      %847 = "stablehlo.broadcast_in_dim"(%846) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
      %848 = "stablehlo.broadcast_in_dim"(%845) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
      %849 = "stablehlo.broadcast_in_dim"(%847) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x8xf32>
      %850 = "stablehlo.multiply"(%849, %848) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
      %851 = "stablehlo.cosine"(%850) : (tensor<1x8xf32>) -> tensor<1x8xf32>
      %852 = "stablehlo.broadcast_in_dim"(%851) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
      %853 = "stablehlo.sine"(%850) : (tensor<1x8xf32>) -> tensor<1x8xf32>
      %854 = "stablehlo.broadcast_in_dim"(%853) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
      %855 = "stablehlo.slice"(%831) <{limit_indices = array<i64: 2, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x4x16xbf16>) -> tensor<2x1x4x8xbf16>
      %856 = "stablehlo.convert"(%855) : (tensor<2x1x4x8xbf16>) -> tensor<2x1x4x8xf32>
      %857 = "stablehlo.slice"(%831) <{limit_indices = array<i64: 2, 1, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x4x16xbf16>) -> tensor<2x1x4x8xbf16>
      %858 = "stablehlo.convert"(%857) : (tensor<2x1x4x8xbf16>) -> tensor<2x1x4x8xf32>
      %859 = "stablehlo.broadcast_in_dim"(%852) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
      %860 = "stablehlo.broadcast_in_dim"(%859) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
      %861 = "stablehlo.multiply"(%856, %860) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
      %862 = "stablehlo.broadcast_in_dim"(%854) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
      %863 = "stablehlo.broadcast_in_dim"(%862) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
      %864 = "stablehlo.multiply"(%858, %863) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
      %865 = "stablehlo.subtract"(%861, %864) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
      %866 = "stablehlo.broadcast_in_dim"(%852) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
      %867 = "stablehlo.broadcast_in_dim"(%866) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
      %868 = "stablehlo.multiply"(%858, %867) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
      %869 = "stablehlo.broadcast_in_dim"(%854) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
      %870 = "stablehlo.broadcast_in_dim"(%869) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
      %871 = "stablehlo.multiply"(%856, %870) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
      %872 = "stablehlo.add"(%868, %871) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
      %873 = "stablehlo.concatenate"(%865, %872) <{dimension = 3 : i64}> : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x16xf32>
      %874 = "stablehlo.convert"(%873) : (tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xbf16>
      %875 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
      %876 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %877 = "stablehlo.broadcast_in_dim"(%876) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %878 = "stablehlo.divide"(%875, %877) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %879 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
      %880 = "stablehlo.broadcast_in_dim"(%879) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %881 = "stablehlo.power"(%880, %878) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %882 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %883 = "stablehlo.broadcast_in_dim"(%882) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %884 = "stablehlo.divide"(%883, %881) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %885 = "stablehlo.convert"(%810) : (tensor<1xi32>) -> tensor<1xf32>
      %886 = "stablehlo.broadcast_in_dim"(%885) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
      %887 = "stablehlo.broadcast_in_dim"(%884) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
      %888 = "stablehlo.broadcast_in_dim"(%886) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x8xf32>
      %889 = "stablehlo.multiply"(%888, %887) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
      %890 = "stablehlo.cosine"(%889) : (tensor<1x8xf32>) -> tensor<1x8xf32>
      %891 = "stablehlo.broadcast_in_dim"(%890) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
      %892 = "stablehlo.sine"(%889) : (tensor<1x8xf32>) -> tensor<1x8xf32>
      %893 = "stablehlo.broadcast_in_dim"(%892) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
      %894 = "stablehlo.slice"(%833) <{limit_indices = array<i64: 2, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x2x16xbf16>) -> tensor<2x1x2x8xbf16>
      %895 = "stablehlo.convert"(%894) : (tensor<2x1x2x8xbf16>) -> tensor<2x1x2x8xf32>
      %896 = "stablehlo.slice"(%833) <{limit_indices = array<i64: 2, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x2x16xbf16>) -> tensor<2x1x2x8xbf16>
      %897 = "stablehlo.convert"(%896) : (tensor<2x1x2x8xbf16>) -> tensor<2x1x2x8xf32>
      %898 = "stablehlo.broadcast_in_dim"(%891) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
      %899 = "stablehlo.broadcast_in_dim"(%898) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
      %900 = "stablehlo.multiply"(%895, %899) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
      %901 = "stablehlo.broadcast_in_dim"(%893) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
      %902 = "stablehlo.broadcast_in_dim"(%901) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
      %903 = "stablehlo.multiply"(%897, %902) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
      %904 = "stablehlo.subtract"(%900, %903) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
      %905 = "stablehlo.broadcast_in_dim"(%891) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
      %906 = "stablehlo.broadcast_in_dim"(%905) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
      %907 = "stablehlo.multiply"(%897, %906) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
      %908 = "stablehlo.broadcast_in_dim"(%893) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
      %909 = "stablehlo.broadcast_in_dim"(%908) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
      %910 = "stablehlo.multiply"(%895, %909) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
      %911 = "stablehlo.add"(%907, %910) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
      %912 = "stablehlo.concatenate"(%904, %911) <{dimension = 3 : i64}> : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x16xf32>
      %913 = "stablehlo.convert"(%912) : (tensor<2x1x2x16xf32>) -> tensor<2x1x2x16xbf16>
      %914 = "stablehlo.transpose"(%913) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<2x1x2x16xbf16>) -> tensor<2x2x1x16xbf16>
      %915 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %916 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %917 = "stablehlo.compare"(%915, %916) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %918 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %919 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
      %920 = "stablehlo.add"(%918, %919) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %921 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %922 = "stablehlo.select"(%917, %920, %921) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %923 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %924 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %925 = "stablehlo.compare"(%923, %924) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %926 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %927 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
      %928 = "stablehlo.add"(%926, %927) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %929 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %930 = "stablehlo.select"(%925, %928, %929) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %931 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %932 = "stablehlo.compare"(%arg102, %931) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %933 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %934 = "stablehlo.add"(%arg102, %933) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %935 = "stablehlo.select"(%932, %934, %arg102) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %936 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %937 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %938 = "stablehlo.compare"(%936, %937) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %939 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %940 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %941 = "stablehlo.add"(%939, %940) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %942 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %943 = "stablehlo.select"(%938, %941, %942) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %944 = "stablehlo.dynamic_update_slice"(%arg107, %914, %922, %930, %935, %943) : (tensor<2x2x16x16xbf16>, tensor<2x2x1x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x2x16x16xbf16>
      %945 = "stablehlo.transpose"(%835) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<2x1x2x16xbf16>) -> tensor<2x2x1x16xbf16>
      %946 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %947 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %948 = "stablehlo.compare"(%946, %947) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %949 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %950 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
      %951 = "stablehlo.add"(%949, %950) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %952 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %953 = "stablehlo.select"(%948, %951, %952) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %954 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %955 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %956 = "stablehlo.compare"(%954, %955) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %957 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %958 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
      %959 = "stablehlo.add"(%957, %958) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %960 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %961 = "stablehlo.select"(%956, %959, %960) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %962 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %963 = "stablehlo.compare"(%arg102, %962) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %964 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %965 = "stablehlo.add"(%arg102, %964) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %966 = "stablehlo.select"(%963, %965, %arg102) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %967 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %968 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %969 = "stablehlo.compare"(%967, %968) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %970 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %971 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %972 = "stablehlo.add"(%970, %971) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %973 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %974 = "stablehlo.select"(%969, %972, %973) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %975 = "stablehlo.dynamic_update_slice"(%arg108, %945, %953, %961, %966, %974) : (tensor<2x2x16x16xbf16>, tensor<2x2x1x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x2x16x16xbf16>
      %976 = "stablehlo.transpose"(%944) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<2x2x16x16xbf16>) -> tensor<2x16x2x16xbf16>
      %977 = "stablehlo.broadcast_in_dim"(%976) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<2x16x2x16xbf16>) -> tensor<2x16x2x2x16xbf16>
      %978 = "stablehlo.reshape"(%977) : (tensor<2x16x2x2x16xbf16>) -> tensor<2x16x4x16xbf16>
      %979 = "stablehlo.dot_general"(%874, %978) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x4x16xbf16>, tensor<2x16x4x16xbf16>) -> tensor<2x4x1x16xbf16>
      %980 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<bf16>}> : () -> tensor<bf16>
      %981 = "stablehlo.sqrt"(%980) : (tensor<bf16>) -> tensor<bf16>
      %982 = "stablehlo.broadcast_in_dim"(%981) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<2x4x1x16xbf16>
      %983 = "stablehlo.divide"(%979, %982) : (tensor<2x4x1x16xbf16>, tensor<2x4x1x16xbf16>) -> tensor<2x4x1x16xbf16>
      %984 = "stablehlo.iota"() <{iota_dimension = 3 : i64}> : () -> tensor<2x4x1x16xi32>
      %985 = "stablehlo.broadcast_in_dim"(%arg102) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x4x1x16xi32>
      %986 = "stablehlo.compare"(%984, %985) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<2x4x1x16xi32>, tensor<2x4x1x16xi32>) -> tensor<2x4x1x16xi1>
      %987 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
      %988 = "func.call"(%986, %983, %987) <{callee = @_where}> : (tensor<2x4x1x16xi1>, tensor<2x4x1x16xbf16>, tensor<bf16>) -> tensor<2x4x1x16xbf16>
      %989 = "stablehlo.convert"(%988) : (tensor<2x4x1x16xbf16>) -> tensor<2x4x1x16xf32>
      %990 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %991 = "stablehlo.reduce"(%989, %990) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg115: tensor<f32>, %arg116: tensor<f32>):
        %1081 = "stablehlo.maximum"(%arg115, %arg116) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1081) : (tensor<f32>) -> ()
      }) : (tensor<2x4x1x16xf32>, tensor<f32>) -> tensor<2x4x1xf32>
      %992 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %993 = "stablehlo.broadcast_in_dim"(%992) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
      %994 = "stablehlo.maximum"(%993, %991) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
      %995 = "stablehlo.broadcast_in_dim"(%994) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
      %996 = "stablehlo.broadcast_in_dim"(%995) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x16xf32>
      %997 = "stablehlo.subtract"(%989, %996) : (tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
      %998 = "stablehlo.exponential"(%997) : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
      %999 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %1000 = "stablehlo.reduce"(%998, %999) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg113: tensor<f32>, %arg114: tensor<f32>):
        %1080 = "stablehlo.add"(%arg113, %arg114) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1080) : (tensor<f32>) -> ()
      }) : (tensor<2x4x1x16xf32>, tensor<f32>) -> tensor<2x4x1xf32>
      %1001 = "stablehlo.broadcast_in_dim"(%1000) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
      %1002 = "stablehlo.broadcast_in_dim"(%1001) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x16xf32>
      %1003 = "stablehlo.divide"(%998, %1002) : (tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
      %1004 = "stablehlo.convert"(%1003) : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xbf16>
      %1005 = "stablehlo.transpose"(%975) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<2x2x16x16xbf16>) -> tensor<2x16x2x16xbf16>
      %1006 = "stablehlo.broadcast_in_dim"(%1005) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<2x16x2x16xbf16>) -> tensor<2x16x2x2x16xbf16>
      %1007 = "stablehlo.reshape"(%1006) : (tensor<2x16x2x2x16xbf16>) -> tensor<2x16x4x16xbf16>
      %1008 = "stablehlo.dot_general"(%1007, %1004) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x4x16xbf16>, tensor<2x4x1x16xbf16>) -> tensor<2x4x16x1xbf16>
      %1009 = "stablehlo.transpose"(%1008) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<2x4x16x1xbf16>) -> tensor<2x1x4x16xbf16>
      %1010 = "stablehlo.reshape"(%1009) : (tensor<2x1x4x16xbf16>) -> tensor<2x1x64xbf16>
      %1011 = "stablehlo.dot_general"(%1010, %arg95) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x64xbf16>) -> tensor<2x1x64xbf16>
      %1012 = "stablehlo.add"(%809, %1011) : (tensor<2x1x64xbf16>, tensor<2x1x64xbf16>) -> tensor<2x1x64xbf16>
      %1013 = "stablehlo.convert"(%1012) : (tensor<2x1x64xbf16>) -> tensor<2x1x64xf32>
      %1014 = "stablehlo.multiply"(%1013, %1013) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %1015 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %1016 = "stablehlo.reduce"(%1014, %1015) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg111: tensor<f32>, %arg112: tensor<f32>):
        %1079 = "stablehlo.add"(%arg111, %arg112) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1079) : (tensor<f32>) -> ()
      }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %1017 = "stablehlo.broadcast_in_dim"(%1016) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %1018 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %1019 = "stablehlo.broadcast_in_dim"(%1018) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
      %1020 = "stablehlo.divide"(%1017, %1019) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %1021 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
      %1022 = "stablehlo.broadcast_in_dim"(%1021) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
      %1023 = "stablehlo.add"(%1020, %1022) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %1024 = "stablehlo.rsqrt"(%1023) : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %1025 = "stablehlo.broadcast_in_dim"(%1024) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
      %1026 = "stablehlo.multiply"(%1013, %1025) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %1027 = "stablehlo.convert"(%arg96) : (tensor<64xbf16>) -> tensor<64xf32>
      %1028 = "stablehlo.broadcast_in_dim"(%1027) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %1029 = "stablehlo.broadcast_in_dim"(%1028) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
      %1030 = "stablehlo.multiply"(%1026, %1029) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %1031 = "stablehlo.convert"(%1030) : (tensor<2x1x64xf32>) -> tensor<2x1x64xbf16>
      %1032 = "stablehlo.dot_general"(%1031, %arg97) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x128xbf16>) -> tensor<2x1x128xbf16>
      %1033 = "func.call"(%1032) <{callee = @silu}> : (tensor<2x1x128xbf16>) -> tensor<2x1x128xbf16>
      %1034 = "stablehlo.dot_general"(%1031, %arg98) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x128xbf16>) -> tensor<2x1x128xbf16>
      %1035 = "stablehlo.multiply"(%1033, %1034) : (tensor<2x1x128xbf16>, tensor<2x1x128xbf16>) -> tensor<2x1x128xbf16>
      %1036 = "stablehlo.dot_general"(%1035, %arg99) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x128xbf16>, tensor<128x64xbf16>) -> tensor<2x1x64xbf16>
      %1037 = "stablehlo.add"(%1012, %1036) : (tensor<2x1x64xbf16>, tensor<2x1x64xbf16>) -> tensor<2x1x64xbf16>
      %1038 = "stablehlo.convert"(%1037) : (tensor<2x1x64xbf16>) -> tensor<2x1x64xf32>
      %1039 = "stablehlo.multiply"(%1038, %1038) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %1040 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %1041 = "stablehlo.reduce"(%1039, %1040) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg109: tensor<f32>, %arg110: tensor<f32>):
        %1078 = "stablehlo.add"(%arg109, %arg110) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1078) : (tensor<f32>) -> ()
      }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %1042 = "stablehlo.broadcast_in_dim"(%1041) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %1043 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %1044 = "stablehlo.broadcast_in_dim"(%1043) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
      %1045 = "stablehlo.divide"(%1042, %1044) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %1046 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
      %1047 = "stablehlo.broadcast_in_dim"(%1046) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
      %1048 = "stablehlo.add"(%1045, %1047) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %1049 = "stablehlo.rsqrt"(%1048) : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %1050 = "stablehlo.broadcast_in_dim"(%1049) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
      %1051 = "stablehlo.multiply"(%1038, %1050) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %1052 = "stablehlo.convert"(%arg100) : (tensor<64xbf16>) -> tensor<64xf32>
      %1053 = "stablehlo.broadcast_in_dim"(%1052) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %1054 = "stablehlo.broadcast_in_dim"(%1053) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
      %1055 = "stablehlo.multiply"(%1051, %1054) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %1056 = "stablehlo.convert"(%1055) : (tensor<2x1x64xf32>) -> tensor<2x1x64xbf16>
      %1057 = "stablehlo.dot_general"(%1056, %arg101) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x101xbf16>) -> tensor<2x1x101xbf16>
      %1058 = "stablehlo.reshape"(%1057) : (tensor<2x1x101xbf16>) -> tensor<2x101xbf16>
      %1059 = "func.call"(%1058) <{callee = @argmax}> : (tensor<2x101xbf16>) -> tensor<2xi32>
      %1060 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %1061 = "func.call"(%arg104, %1060, %1059) <{callee = @_where_0}> : (tensor<2xi1>, tensor<i32>, tensor<2xi32>) -> tensor<2xi32>
      %1062 = "stablehlo.constant"() <{value = dense<10> : tensor<i32>}> : () -> tensor<i32>
      %1063 = "stablehlo.broadcast_in_dim"(%1062) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %1064 = "stablehlo.compare"(%1061, %1063) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %1065 = "stablehlo.or"(%arg104, %1064) : (tensor<2xi1>, tensor<2xi1>) -> tensor<2xi1>
      %1066 = "stablehlo.broadcast_in_dim"(%1061) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
      %1067 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %1068 = "stablehlo.add"(%arg102, %1067) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %1069 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %1070 = "stablehlo.compare"(%1068, %1069) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %1071 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %1072 = "stablehlo.add"(%1068, %1071) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %1073 = "stablehlo.select"(%1070, %1072, %1068) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %1074 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %1075 = "stablehlo.dynamic_update_slice"(%arg103, %1066, %1074, %1073) : (tensor<2x16xi32>, tensor<2x1xi32>, tensor<i32>, tensor<i32>) -> tensor<2x16xi32>
      %1076 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %1077 = "stablehlo.add"(%arg102, %1076) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg81, %arg82, %arg83, %arg84, %arg85, %arg86, %arg87, %arg88, %arg89, %arg90, %arg91, %arg92, %arg93, %arg94, %arg95, %arg96, %arg97, %arg98, %arg99, %arg100, %arg101, %1077, %1075, %1065, %716, %747, %944, %975) : (tensor<101x64xbf16>, tensor<64xbf16>, tensor<64x64xbf16>, tensor<64x32xbf16>, tensor<64x32xbf16>, tensor<64x64xbf16>, tensor<64xbf16>, tensor<64x128xbf16>, tensor<64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64x64xbf16>, tensor<64x32xbf16>, tensor<64x32xbf16>, tensor<64x64xbf16>, tensor<64xbf16>, tensor<64x128xbf16>, tensor<64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64x101xbf16>, tensor<i32>, tensor<2x16xi32>, tensor<2xi1>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>) -> ()
    }) : (tensor<101x64xbf16>, tensor<64xbf16>, tensor<64x64xbf16>, tensor<64x32xbf16>, tensor<64x32xbf16>, tensor<64x64xbf16>, tensor<64xbf16>, tensor<64x128xbf16>, tensor<64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64x64xbf16>, tensor<64x32xbf16>, tensor<64x32xbf16>, tensor<64x64xbf16>, tensor<64xbf16>, tensor<64x128xbf16>, tensor<64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64x101xbf16>, tensor<i32>, tensor<2x16xi32>, tensor<2xi1>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>) -> (tensor<101x64xbf16>, tensor<64xbf16>, tensor<64x64xbf16>, tensor<64x32xbf16>, tensor<64x32xbf16>, tensor<64x64xbf16>, tensor<64xbf16>, tensor<64x128xbf16>, tensor<64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64x64xbf16>, tensor<64x32xbf16>, tensor<64x32xbf16>, tensor<64x64xbf16>, tensor<64xbf16>, tensor<64x128xbf16>, tensor<64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64x101xbf16>, tensor<i32>, tensor<2x16xi32>, tensor<2xi1>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>)
    "func.return"(%570#22, %570#21) : (tensor<2x16xi32>, tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x4xi32>, tensor<101x64xbf16>, tensor<64xbf16>, tensor<64x64xbf16>, tensor<64x32xbf16>, tensor<64x32xbf16>, tensor<64x64xbf16>, tensor<64xbf16>, tensor<64x128xbf16>, tensor<64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64x64xbf16>, tensor<64x32xbf16>, tensor<64x32xbf16>, tensor<64x64xbf16>, tensor<64xbf16>, tensor<64x128xbf16>, tensor<64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64x101xbf16>, tensor<i32>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>) -> (tensor<i32>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>), res_attrs = [{}, {}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg14: tensor<2x4xi32>, %arg15: tensor<101x64xbf16>, %arg16: tensor<64xbf16>, %arg17: tensor<64x64xbf16>, %arg18: tensor<64x32xbf16>, %arg19: tensor<64x32xbf16>, %arg20: tensor<64x64xbf16>, %arg21: tensor<64xbf16>, %arg22: tensor<64x128xbf16>, %arg23: tensor<64x128xbf16>, %arg24: tensor<128x64xbf16>, %arg25: tensor<64xbf16>, %arg26: tensor<64x64xbf16>, %arg27: tensor<64x32xbf16>, %arg28: tensor<64x32xbf16>, %arg29: tensor<64x64xbf16>, %arg30: tensor<64xbf16>, %arg31: tensor<64x128xbf16>, %arg32: tensor<64x128xbf16>, %arg33: tensor<128x64xbf16>, %arg34: tensor<64xbf16>, %arg35: tensor<64x101xbf16>, %arg36: tensor<i32>, %arg37: tensor<2x2x16x16xbf16>, %arg38: tensor<2x2x16x16xbf16>, %arg39: tensor<2x2x16x16xbf16>, %arg40: tensor<2x2x16x16xbf16>):
    %35 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %36 = "stablehlo.add"(%arg36, %35) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %37 = "stablehlo.convert"(%arg36) : (tensor<i32>) -> tensor<i32>
    %38 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %39 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %40 = "stablehlo.compare"(%38, %39) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %41 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %42 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %43 = "stablehlo.add"(%41, %42) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %44 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %45 = "stablehlo.select"(%40, %43, %44) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %46 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %47 = "stablehlo.compare"(%37, %46) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %48 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %49 = "stablehlo.add"(%37, %48) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %50 = "stablehlo.select"(%47, %49, %37) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %51 = "stablehlo.dynamic_slice"(%arg14, %45, %50) <{slice_sizes = array<i64: 2, 1>}> : (tensor<2x4xi32>, tensor<i32>, tensor<i32>) -> tensor<2x1xi32>
    %52 = "stablehlo.reshape"(%51) : (tensor<2x1xi32>) -> tensor<2xi32>
    %53 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %54 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %55 = "stablehlo.compare"(%52, %54) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %56 = "stablehlo.constant"() <{value = dense<101> : tensor<i32>}> : () -> tensor<i32>
    %57 = "stablehlo.broadcast_in_dim"(%56) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %58 = "stablehlo.add"(%52, %57) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %59 = "stablehlo.select"(%55, %58, %52) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %60 = "stablehlo.broadcast_in_dim"(%59) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %61 = "stablehlo.gather"(%arg15, %60) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<101x64xbf16>, tensor<2x1xi32>) -> tensor<2x64xbf16>
    %62 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<2x64xbf16>) -> tensor<2x1x64xbf16>
    %63 = "stablehlo.broadcast_in_dim"(%arg36) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %64 = "stablehlo.convert"(%62) : (tensor<2x1x64xbf16>) -> tensor<2x1x64xf32>
    %65 = "stablehlo.multiply"(%64, %64) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %66 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %67 = "stablehlo.reduce"(%65, %66) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg57: tensor<f32>, %arg58: tensor<f32>):
      %554 = "stablehlo.add"(%arg57, %arg58) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%554) : (tensor<f32>) -> ()
    }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
    %68 = "stablehlo.broadcast_in_dim"(%67) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
    %69 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %70 = "stablehlo.broadcast_in_dim"(%69) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
    %71 = "stablehlo.divide"(%68, %70) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %72 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %73 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
    %74 = "stablehlo.add"(%71, %73) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %75 = "stablehlo.rsqrt"(%74) : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %76 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
    %77 = "stablehlo.multiply"(%64, %76) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %78 = "stablehlo.convert"(%arg16) : (tensor<64xbf16>) -> tensor<64xf32>
    %79 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %80 = "stablehlo.broadcast_in_dim"(%79) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
    %81 = "stablehlo.multiply"(%77, %80) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %82 = "stablehlo.convert"(%81) : (tensor<2x1x64xf32>) -> tensor<2x1x64xbf16>
    %83 = "stablehlo.dot_general"(%82, %arg17) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x64xbf16>) -> tensor<2x1x64xbf16>
    %84 = "stablehlo.reshape"(%83) : (tensor<2x1x64xbf16>) -> tensor<2x1x4x16xbf16>
    %85 = "stablehlo.dot_general"(%82, %arg18) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x32xbf16>) -> tensor<2x1x32xbf16>
    %86 = "stablehlo.reshape"(%85) : (tensor<2x1x32xbf16>) -> tensor<2x1x2x16xbf16>
    %87 = "stablehlo.dot_general"(%82, %arg19) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x32xbf16>) -> tensor<2x1x32xbf16>
    %88 = "stablehlo.reshape"(%87) : (tensor<2x1x32xbf16>) -> tensor<2x1x2x16xbf16>
    %89 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %90 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %91 = "stablehlo.broadcast_in_dim"(%90) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %92 = "stablehlo.divide"(%89, %91) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %93 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %94 = "stablehlo.broadcast_in_dim"(%93) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %95 = "stablehlo.power"(%94, %92) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %96 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %97 = "stablehlo.broadcast_in_dim"(%96) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %98 = "stablehlo.divide"(%97, %95) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %99 = "stablehlo.convert"(%63) : (tensor<1xi32>) -> tensor<1xf32>
    %100 = "stablehlo.broadcast_in_dim"(%99) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %101 = "stablehlo.broadcast_in_dim"(%98) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %102 = "stablehlo.broadcast_in_dim"(%100) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x8xf32>
    %103 = "stablehlo.multiply"(%102, %101) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
    %104 = "stablehlo.cosine"(%103) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %105 = "stablehlo.broadcast_in_dim"(%104) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %106 = "stablehlo.sine"(%103) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %107 = "stablehlo.broadcast_in_dim"(%106) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %108 = "stablehlo.slice"(%84) <{limit_indices = array<i64: 2, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x4x16xbf16>) -> tensor<2x1x4x8xbf16>
    %109 = "stablehlo.convert"(%108) : (tensor<2x1x4x8xbf16>) -> tensor<2x1x4x8xf32>
    %110 = "stablehlo.slice"(%84) <{limit_indices = array<i64: 2, 1, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x4x16xbf16>) -> tensor<2x1x4x8xbf16>
    %111 = "stablehlo.convert"(%110) : (tensor<2x1x4x8xbf16>) -> tensor<2x1x4x8xf32>
    %112 = "stablehlo.broadcast_in_dim"(%105) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %113 = "stablehlo.broadcast_in_dim"(%112) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
    %114 = "stablehlo.multiply"(%109, %113) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %115 = "stablehlo.broadcast_in_dim"(%107) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %116 = "stablehlo.broadcast_in_dim"(%115) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
    %117 = "stablehlo.multiply"(%111, %116) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %118 = "stablehlo.subtract"(%114, %117) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %119 = "stablehlo.broadcast_in_dim"(%105) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %120 = "stablehlo.broadcast_in_dim"(%119) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
    %121 = "stablehlo.multiply"(%111, %120) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %122 = "stablehlo.broadcast_in_dim"(%107) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %123 = "stablehlo.broadcast_in_dim"(%122) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
    %124 = "stablehlo.multiply"(%109, %123) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %125 = "stablehlo.add"(%121, %124) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %126 = "stablehlo.concatenate"(%118, %125) <{dimension = 3 : i64}> : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x16xf32>
    %127 = "stablehlo.convert"(%126) : (tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xbf16>
    %128 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %129 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %130 = "stablehlo.broadcast_in_dim"(%129) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %131 = "stablehlo.divide"(%128, %130) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %132 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %133 = "stablehlo.broadcast_in_dim"(%132) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %134 = "stablehlo.power"(%133, %131) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %135 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %136 = "stablehlo.broadcast_in_dim"(%135) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %137 = "stablehlo.divide"(%136, %134) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %138 = "stablehlo.convert"(%63) : (tensor<1xi32>) -> tensor<1xf32>
    %139 = "stablehlo.broadcast_in_dim"(%138) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %140 = "stablehlo.broadcast_in_dim"(%137) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %141 = "stablehlo.broadcast_in_dim"(%139) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x8xf32>
    %142 = "stablehlo.multiply"(%141, %140) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
    %143 = "stablehlo.cosine"(%142) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %144 = "stablehlo.broadcast_in_dim"(%143) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %145 = "stablehlo.sine"(%142) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %146 = "stablehlo.broadcast_in_dim"(%145) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %147 = "stablehlo.slice"(%86) <{limit_indices = array<i64: 2, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x2x16xbf16>) -> tensor<2x1x2x8xbf16>
    %148 = "stablehlo.convert"(%147) : (tensor<2x1x2x8xbf16>) -> tensor<2x1x2x8xf32>
    %149 = "stablehlo.slice"(%86) <{limit_indices = array<i64: 2, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x2x16xbf16>) -> tensor<2x1x2x8xbf16>
    %150 = "stablehlo.convert"(%149) : (tensor<2x1x2x8xbf16>) -> tensor<2x1x2x8xf32>
    %151 = "stablehlo.broadcast_in_dim"(%144) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %152 = "stablehlo.broadcast_in_dim"(%151) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
    %153 = "stablehlo.multiply"(%148, %152) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %154 = "stablehlo.broadcast_in_dim"(%146) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %155 = "stablehlo.broadcast_in_dim"(%154) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
    %156 = "stablehlo.multiply"(%150, %155) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %157 = "stablehlo.subtract"(%153, %156) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %158 = "stablehlo.broadcast_in_dim"(%144) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %159 = "stablehlo.broadcast_in_dim"(%158) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
    %160 = "stablehlo.multiply"(%150, %159) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %161 = "stablehlo.broadcast_in_dim"(%146) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %162 = "stablehlo.broadcast_in_dim"(%161) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
    %163 = "stablehlo.multiply"(%148, %162) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %164 = "stablehlo.add"(%160, %163) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %165 = "stablehlo.concatenate"(%157, %164) <{dimension = 3 : i64}> : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x16xf32>
    %166 = "stablehlo.convert"(%165) : (tensor<2x1x2x16xf32>) -> tensor<2x1x2x16xbf16>
    %167 = "stablehlo.transpose"(%166) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<2x1x2x16xbf16>) -> tensor<2x2x1x16xbf16>
    %168 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %169 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %170 = "stablehlo.compare"(%168, %169) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %171 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %172 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %173 = "stablehlo.add"(%171, %172) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %174 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %175 = "stablehlo.select"(%170, %173, %174) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %176 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %177 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %178 = "stablehlo.compare"(%176, %177) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %179 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %180 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %181 = "stablehlo.add"(%179, %180) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %182 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %183 = "stablehlo.select"(%178, %181, %182) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %184 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %185 = "stablehlo.compare"(%arg36, %184) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %186 = "stablehlo.convert"(%arg36) : (tensor<i32>) -> tensor<i32>
    %187 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %188 = "stablehlo.add"(%186, %187) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %189 = "stablehlo.select"(%185, %188, %arg36) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %190 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %191 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %192 = "stablehlo.compare"(%190, %191) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %193 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %194 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %195 = "stablehlo.add"(%193, %194) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %196 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %197 = "stablehlo.select"(%192, %195, %196) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %198 = "stablehlo.dynamic_update_slice"(%arg37, %167, %175, %183, %189, %197) : (tensor<2x2x16x16xbf16>, tensor<2x2x1x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x2x16x16xbf16>
    %199 = "stablehlo.transpose"(%88) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<2x1x2x16xbf16>) -> tensor<2x2x1x16xbf16>
    %200 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %201 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %202 = "stablehlo.compare"(%200, %201) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %203 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %204 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %205 = "stablehlo.add"(%203, %204) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %206 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %207 = "stablehlo.select"(%202, %205, %206) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %208 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %209 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %210 = "stablehlo.compare"(%208, %209) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %211 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %212 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %213 = "stablehlo.add"(%211, %212) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %214 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %215 = "stablehlo.select"(%210, %213, %214) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %216 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %217 = "stablehlo.compare"(%arg36, %216) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %218 = "stablehlo.convert"(%arg36) : (tensor<i32>) -> tensor<i32>
    %219 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %220 = "stablehlo.add"(%218, %219) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %221 = "stablehlo.select"(%217, %220, %arg36) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %222 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %223 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %224 = "stablehlo.compare"(%222, %223) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %225 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %226 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %227 = "stablehlo.add"(%225, %226) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %228 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %229 = "stablehlo.select"(%224, %227, %228) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %230 = "stablehlo.dynamic_update_slice"(%arg38, %199, %207, %215, %221, %229) : (tensor<2x2x16x16xbf16>, tensor<2x2x1x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x2x16x16xbf16>
    %231 = "stablehlo.transpose"(%198) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<2x2x16x16xbf16>) -> tensor<2x16x2x16xbf16>
    %232 = "stablehlo.broadcast_in_dim"(%231) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<2x16x2x16xbf16>) -> tensor<2x16x2x2x16xbf16>
    %233 = "stablehlo.reshape"(%232) : (tensor<2x16x2x2x16xbf16>) -> tensor<2x16x4x16xbf16>
    %234 = "stablehlo.dot_general"(%127, %233) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x4x16xbf16>, tensor<2x16x4x16xbf16>) -> tensor<2x4x1x16xbf16>
    %235 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<bf16>}> : () -> tensor<bf16>
    %236 = "stablehlo.sqrt"(%235) : (tensor<bf16>) -> tensor<bf16>
    %237 = "stablehlo.broadcast_in_dim"(%236) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<2x4x1x16xbf16>
    %238 = "stablehlo.divide"(%234, %237) : (tensor<2x4x1x16xbf16>, tensor<2x4x1x16xbf16>) -> tensor<2x4x1x16xbf16>
    %239 = "stablehlo.iota"() <{iota_dimension = 3 : i64}> : () -> tensor<2x4x1x16xi32>
    %240 = "stablehlo.convert"(%arg36) : (tensor<i32>) -> tensor<i32>
    %241 = "stablehlo.broadcast_in_dim"(%240) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x4x1x16xi32>
    %242 = "stablehlo.compare"(%239, %241) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<2x4x1x16xi32>, tensor<2x4x1x16xi32>) -> tensor<2x4x1x16xi1>
    %243 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %244 = "func.call"(%242, %238, %243) <{callee = @_where}> : (tensor<2x4x1x16xi1>, tensor<2x4x1x16xbf16>, tensor<bf16>) -> tensor<2x4x1x16xbf16>
    %245 = "stablehlo.convert"(%244) : (tensor<2x4x1x16xbf16>) -> tensor<2x4x1x16xf32>
    %246 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %247 = "stablehlo.reduce"(%245, %246) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg55: tensor<f32>, %arg56: tensor<f32>):
      %553 = "stablehlo.maximum"(%arg55, %arg56) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%553) : (tensor<f32>) -> ()
    }) : (tensor<2x4x1x16xf32>, tensor<f32>) -> tensor<2x4x1xf32>
    %248 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %249 = "stablehlo.broadcast_in_dim"(%248) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %250 = "stablehlo.maximum"(%249, %247) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %251 = "stablehlo.broadcast_in_dim"(%250) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
    %252 = "stablehlo.broadcast_in_dim"(%251) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x16xf32>
    %253 = "stablehlo.subtract"(%245, %252) : (tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
    %254 = "stablehlo.exponential"(%253) : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
    %255 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %256 = "stablehlo.reduce"(%254, %255) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg53: tensor<f32>, %arg54: tensor<f32>):
      %552 = "stablehlo.add"(%arg53, %arg54) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%552) : (tensor<f32>) -> ()
    }) : (tensor<2x4x1x16xf32>, tensor<f32>) -> tensor<2x4x1xf32>
    %257 = "stablehlo.broadcast_in_dim"(%256) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
    %258 = "stablehlo.broadcast_in_dim"(%257) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x16xf32>
    %259 = "stablehlo.divide"(%254, %258) : (tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
    %260 = "stablehlo.convert"(%259) : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xbf16>
    %261 = "stablehlo.transpose"(%230) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<2x2x16x16xbf16>) -> tensor<2x16x2x16xbf16>
    %262 = "stablehlo.broadcast_in_dim"(%261) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<2x16x2x16xbf16>) -> tensor<2x16x2x2x16xbf16>
    %263 = "stablehlo.reshape"(%262) : (tensor<2x16x2x2x16xbf16>) -> tensor<2x16x4x16xbf16>
    %264 = "stablehlo.dot_general"(%263, %260) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x4x16xbf16>, tensor<2x4x1x16xbf16>) -> tensor<2x4x16x1xbf16>
    %265 = "stablehlo.transpose"(%264) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<2x4x16x1xbf16>) -> tensor<2x1x4x16xbf16>
    %266 = "stablehlo.reshape"(%265) : (tensor<2x1x4x16xbf16>) -> tensor<2x1x64xbf16>
    %267 = "stablehlo.dot_general"(%266, %arg20) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x64xbf16>) -> tensor<2x1x64xbf16>
    %268 = "stablehlo.add"(%62, %267) : (tensor<2x1x64xbf16>, tensor<2x1x64xbf16>) -> tensor<2x1x64xbf16>
    %269 = "stablehlo.convert"(%268) : (tensor<2x1x64xbf16>) -> tensor<2x1x64xf32>
    %270 = "stablehlo.multiply"(%269, %269) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %271 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %272 = "stablehlo.reduce"(%270, %271) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg51: tensor<f32>, %arg52: tensor<f32>):
      %551 = "stablehlo.add"(%arg51, %arg52) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%551) : (tensor<f32>) -> ()
    }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
    %273 = "stablehlo.broadcast_in_dim"(%272) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
    %274 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %275 = "stablehlo.broadcast_in_dim"(%274) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
    %276 = "stablehlo.divide"(%273, %275) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %277 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %278 = "stablehlo.broadcast_in_dim"(%277) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
    %279 = "stablehlo.add"(%276, %278) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %280 = "stablehlo.rsqrt"(%279) : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %281 = "stablehlo.broadcast_in_dim"(%280) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
    %282 = "stablehlo.multiply"(%269, %281) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %283 = "stablehlo.convert"(%arg21) : (tensor<64xbf16>) -> tensor<64xf32>
    %284 = "stablehlo.broadcast_in_dim"(%283) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %285 = "stablehlo.broadcast_in_dim"(%284) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
    %286 = "stablehlo.multiply"(%282, %285) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %287 = "stablehlo.convert"(%286) : (tensor<2x1x64xf32>) -> tensor<2x1x64xbf16>
    %288 = "stablehlo.dot_general"(%287, %arg22) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x128xbf16>) -> tensor<2x1x128xbf16>
    %289 = "func.call"(%288) <{callee = @silu}> : (tensor<2x1x128xbf16>) -> tensor<2x1x128xbf16>
    %290 = "stablehlo.dot_general"(%287, %arg23) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x128xbf16>) -> tensor<2x1x128xbf16>
    %291 = "stablehlo.multiply"(%289, %290) : (tensor<2x1x128xbf16>, tensor<2x1x128xbf16>) -> tensor<2x1x128xbf16>
    %292 = "stablehlo.dot_general"(%291, %arg24) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x128xbf16>, tensor<128x64xbf16>) -> tensor<2x1x64xbf16>
    %293 = "stablehlo.add"(%268, %292) : (tensor<2x1x64xbf16>, tensor<2x1x64xbf16>) -> tensor<2x1x64xbf16>
    %294 = "stablehlo.broadcast_in_dim"(%arg36) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %295 = "stablehlo.convert"(%293) : (tensor<2x1x64xbf16>) -> tensor<2x1x64xf32>
    %296 = "stablehlo.multiply"(%295, %295) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %297 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %298 = "stablehlo.reduce"(%296, %297) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg49: tensor<f32>, %arg50: tensor<f32>):
      %550 = "stablehlo.add"(%arg49, %arg50) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%550) : (tensor<f32>) -> ()
    }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
    %299 = "stablehlo.broadcast_in_dim"(%298) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
    %300 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %301 = "stablehlo.broadcast_in_dim"(%300) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
    %302 = "stablehlo.divide"(%299, %301) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %303 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %304 = "stablehlo.broadcast_in_dim"(%303) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
    %305 = "stablehlo.add"(%302, %304) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %306 = "stablehlo.rsqrt"(%305) : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %307 = "stablehlo.broadcast_in_dim"(%306) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
    %308 = "stablehlo.multiply"(%295, %307) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %309 = "stablehlo.convert"(%arg25) : (tensor<64xbf16>) -> tensor<64xf32>
    %310 = "stablehlo.broadcast_in_dim"(%309) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %311 = "stablehlo.broadcast_in_dim"(%310) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
    %312 = "stablehlo.multiply"(%308, %311) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %313 = "stablehlo.convert"(%312) : (tensor<2x1x64xf32>) -> tensor<2x1x64xbf16>
    %314 = "stablehlo.dot_general"(%313, %arg26) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x64xbf16>) -> tensor<2x1x64xbf16>
    %315 = "stablehlo.reshape"(%314) : (tensor<2x1x64xbf16>) -> tensor<2x1x4x16xbf16>
    %316 = "stablehlo.dot_general"(%313, %arg27) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x32xbf16>) -> tensor<2x1x32xbf16>
    %317 = "stablehlo.reshape"(%316) : (tensor<2x1x32xbf16>) -> tensor<2x1x2x16xbf16>
    %318 = "stablehlo.dot_general"(%313, %arg28) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x32xbf16>) -> tensor<2x1x32xbf16>
    %319 = "stablehlo.reshape"(%318) : (tensor<2x1x32xbf16>) -> tensor<2x1x2x16xbf16>
    %320 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %321 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %322 = "stablehlo.broadcast_in_dim"(%321) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %323 = "stablehlo.divide"(%320, %322) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %324 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %325 = "stablehlo.broadcast_in_dim"(%324) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %326 = "stablehlo.power"(%325, %323) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %327 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %328 = "stablehlo.broadcast_in_dim"(%327) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %329 = "stablehlo.divide"(%328, %326) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %330 = "stablehlo.convert"(%294) : (tensor<1xi32>) -> tensor<1xf32>
    %331 = "stablehlo.broadcast_in_dim"(%330) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %332 = "stablehlo.broadcast_in_dim"(%329) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %333 = "stablehlo.broadcast_in_dim"(%331) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x8xf32>
    %334 = "stablehlo.multiply"(%333, %332) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
    %335 = "stablehlo.cosine"(%334) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %336 = "stablehlo.broadcast_in_dim"(%335) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %337 = "stablehlo.sine"(%334) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %338 = "stablehlo.broadcast_in_dim"(%337) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %339 = "stablehlo.slice"(%315) <{limit_indices = array<i64: 2, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x4x16xbf16>) -> tensor<2x1x4x8xbf16>
    %340 = "stablehlo.convert"(%339) : (tensor<2x1x4x8xbf16>) -> tensor<2x1x4x8xf32>
    %341 = "stablehlo.slice"(%315) <{limit_indices = array<i64: 2, 1, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x4x16xbf16>) -> tensor<2x1x4x8xbf16>
    %342 = "stablehlo.convert"(%341) : (tensor<2x1x4x8xbf16>) -> tensor<2x1x4x8xf32>
    %343 = "stablehlo.broadcast_in_dim"(%336) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %344 = "stablehlo.broadcast_in_dim"(%343) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
    %345 = "stablehlo.multiply"(%340, %344) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %346 = "stablehlo.broadcast_in_dim"(%338) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %347 = "stablehlo.broadcast_in_dim"(%346) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
    %348 = "stablehlo.multiply"(%342, %347) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %349 = "stablehlo.subtract"(%345, %348) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %350 = "stablehlo.broadcast_in_dim"(%336) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %351 = "stablehlo.broadcast_in_dim"(%350) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
    %352 = "stablehlo.multiply"(%342, %351) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %353 = "stablehlo.broadcast_in_dim"(%338) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %354 = "stablehlo.broadcast_in_dim"(%353) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
    %355 = "stablehlo.multiply"(%340, %354) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %356 = "stablehlo.add"(%352, %355) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %357 = "stablehlo.concatenate"(%349, %356) <{dimension = 3 : i64}> : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x16xf32>
    %358 = "stablehlo.convert"(%357) : (tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xbf16>
    %359 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %360 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %361 = "stablehlo.broadcast_in_dim"(%360) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %362 = "stablehlo.divide"(%359, %361) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %363 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %364 = "stablehlo.broadcast_in_dim"(%363) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %365 = "stablehlo.power"(%364, %362) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %366 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %367 = "stablehlo.broadcast_in_dim"(%366) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %368 = "stablehlo.divide"(%367, %365) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %369 = "stablehlo.convert"(%294) : (tensor<1xi32>) -> tensor<1xf32>
    %370 = "stablehlo.broadcast_in_dim"(%369) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %371 = "stablehlo.broadcast_in_dim"(%368) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %372 = "stablehlo.broadcast_in_dim"(%370) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x8xf32>
    %373 = "stablehlo.multiply"(%372, %371) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
    %374 = "stablehlo.cosine"(%373) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %375 = "stablehlo.broadcast_in_dim"(%374) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %376 = "stablehlo.sine"(%373) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %377 = "stablehlo.broadcast_in_dim"(%376) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %378 = "stablehlo.slice"(%317) <{limit_indices = array<i64: 2, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x2x16xbf16>) -> tensor<2x1x2x8xbf16>
    %379 = "stablehlo.convert"(%378) : (tensor<2x1x2x8xbf16>) -> tensor<2x1x2x8xf32>
    %380 = "stablehlo.slice"(%317) <{limit_indices = array<i64: 2, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x2x16xbf16>) -> tensor<2x1x2x8xbf16>
    %381 = "stablehlo.convert"(%380) : (tensor<2x1x2x8xbf16>) -> tensor<2x1x2x8xf32>
    %382 = "stablehlo.broadcast_in_dim"(%375) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %383 = "stablehlo.broadcast_in_dim"(%382) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
    %384 = "stablehlo.multiply"(%379, %383) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %385 = "stablehlo.broadcast_in_dim"(%377) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %386 = "stablehlo.broadcast_in_dim"(%385) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
    %387 = "stablehlo.multiply"(%381, %386) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %388 = "stablehlo.subtract"(%384, %387) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %389 = "stablehlo.broadcast_in_dim"(%375) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %390 = "stablehlo.broadcast_in_dim"(%389) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
    %391 = "stablehlo.multiply"(%381, %390) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %392 = "stablehlo.broadcast_in_dim"(%377) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %393 = "stablehlo.broadcast_in_dim"(%392) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
    %394 = "stablehlo.multiply"(%379, %393) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %395 = "stablehlo.add"(%391, %394) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %396 = "stablehlo.concatenate"(%388, %395) <{dimension = 3 : i64}> : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x16xf32>
    %397 = "stablehlo.convert"(%396) : (tensor<2x1x2x16xf32>) -> tensor<2x1x2x16xbf16>
    %398 = "stablehlo.transpose"(%397) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<2x1x2x16xbf16>) -> tensor<2x2x1x16xbf16>
    %399 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %400 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %401 = "stablehlo.compare"(%399, %400) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %402 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %403 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %404 = "stablehlo.add"(%402, %403) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %405 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %406 = "stablehlo.select"(%401, %404, %405) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %407 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %408 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %409 = "stablehlo.compare"(%407, %408) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %410 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %411 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %412 = "stablehlo.add"(%410, %411) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %413 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %414 = "stablehlo.select"(%409, %412, %413) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %415 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %416 = "stablehlo.compare"(%arg36, %415) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %417 = "stablehlo.convert"(%arg36) : (tensor<i32>) -> tensor<i32>
    %418 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %419 = "stablehlo.add"(%417, %418) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %420 = "stablehlo.select"(%416, %419, %arg36) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %421 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %422 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %423 = "stablehlo.compare"(%421, %422) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %424 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %425 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %426 = "stablehlo.add"(%424, %425) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %427 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %428 = "stablehlo.select"(%423, %426, %427) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %429 = "stablehlo.dynamic_update_slice"(%arg39, %398, %406, %414, %420, %428) : (tensor<2x2x16x16xbf16>, tensor<2x2x1x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x2x16x16xbf16>
    %430 = "stablehlo.transpose"(%319) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<2x1x2x16xbf16>) -> tensor<2x2x1x16xbf16>
    %431 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %432 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %433 = "stablehlo.compare"(%431, %432) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %434 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %435 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %436 = "stablehlo.add"(%434, %435) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %437 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %438 = "stablehlo.select"(%433, %436, %437) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %439 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %440 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %441 = "stablehlo.compare"(%439, %440) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %442 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %443 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %444 = "stablehlo.add"(%442, %443) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %445 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %446 = "stablehlo.select"(%441, %444, %445) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %447 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %448 = "stablehlo.compare"(%arg36, %447) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %449 = "stablehlo.convert"(%arg36) : (tensor<i32>) -> tensor<i32>
    %450 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %451 = "stablehlo.add"(%449, %450) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %452 = "stablehlo.select"(%448, %451, %arg36) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %453 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %454 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %455 = "stablehlo.compare"(%453, %454) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %456 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %457 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %458 = "stablehlo.add"(%456, %457) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %459 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %460 = "stablehlo.select"(%455, %458, %459) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %461 = "stablehlo.dynamic_update_slice"(%arg40, %430, %438, %446, %452, %460) : (tensor<2x2x16x16xbf16>, tensor<2x2x1x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x2x16x16xbf16>
    %462 = "stablehlo.transpose"(%429) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<2x2x16x16xbf16>) -> tensor<2x16x2x16xbf16>
    %463 = "stablehlo.broadcast_in_dim"(%462) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<2x16x2x16xbf16>) -> tensor<2x16x2x2x16xbf16>
    %464 = "stablehlo.reshape"(%463) : (tensor<2x16x2x2x16xbf16>) -> tensor<2x16x4x16xbf16>
    %465 = "stablehlo.dot_general"(%358, %464) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x4x16xbf16>, tensor<2x16x4x16xbf16>) -> tensor<2x4x1x16xbf16>
    %466 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<bf16>}> : () -> tensor<bf16>
    %467 = "stablehlo.sqrt"(%466) : (tensor<bf16>) -> tensor<bf16>
    %468 = "stablehlo.broadcast_in_dim"(%467) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<2x4x1x16xbf16>
    %469 = "stablehlo.divide"(%465, %468) : (tensor<2x4x1x16xbf16>, tensor<2x4x1x16xbf16>) -> tensor<2x4x1x16xbf16>
    %470 = "stablehlo.iota"() <{iota_dimension = 3 : i64}> : () -> tensor<2x4x1x16xi32>
    %471 = "stablehlo.convert"(%arg36) : (tensor<i32>) -> tensor<i32>
    %472 = "stablehlo.broadcast_in_dim"(%471) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x4x1x16xi32>
    %473 = "stablehlo.compare"(%470, %472) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<2x4x1x16xi32>, tensor<2x4x1x16xi32>) -> tensor<2x4x1x16xi1>
    %474 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %475 = "func.call"(%473, %469, %474) <{callee = @_where}> : (tensor<2x4x1x16xi1>, tensor<2x4x1x16xbf16>, tensor<bf16>) -> tensor<2x4x1x16xbf16>
    %476 = "stablehlo.convert"(%475) : (tensor<2x4x1x16xbf16>) -> tensor<2x4x1x16xf32>
    %477 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %478 = "stablehlo.reduce"(%476, %477) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg47: tensor<f32>, %arg48: tensor<f32>):
      %549 = "stablehlo.maximum"(%arg47, %arg48) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%549) : (tensor<f32>) -> ()
    }) : (tensor<2x4x1x16xf32>, tensor<f32>) -> tensor<2x4x1xf32>
    %479 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %480 = "stablehlo.broadcast_in_dim"(%479) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %481 = "stablehlo.maximum"(%480, %478) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %482 = "stablehlo.broadcast_in_dim"(%481) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
    %483 = "stablehlo.broadcast_in_dim"(%482) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x16xf32>
    %484 = "stablehlo.subtract"(%476, %483) : (tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
    %485 = "stablehlo.exponential"(%484) : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
    %486 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %487 = "stablehlo.reduce"(%485, %486) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg45: tensor<f32>, %arg46: tensor<f32>):
      %548 = "stablehlo.add"(%arg45, %arg46) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%548) : (tensor<f32>) -> ()
    }) : (tensor<2x4x1x16xf32>, tensor<f32>) -> tensor<2x4x1xf32>
    %488 = "stablehlo.broadcast_in_dim"(%487) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
    %489 = "stablehlo.broadcast_in_dim"(%488) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x16xf32>
    %490 = "stablehlo.divide"(%485, %489) : (tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
    %491 = "stablehlo.convert"(%490) : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xbf16>
    %492 = "stablehlo.transpose"(%461) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<2x2x16x16xbf16>) -> tensor<2x16x2x16xbf16>
    %493 = "stablehlo.broadcast_in_dim"(%492) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<2x16x2x16xbf16>) -> tensor<2x16x2x2x16xbf16>
    %494 = "stablehlo.reshape"(%493) : (tensor<2x16x2x2x16xbf16>) -> tensor<2x16x4x16xbf16>
    %495 = "stablehlo.dot_general"(%494, %491) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x4x16xbf16>, tensor<2x4x1x16xbf16>) -> tensor<2x4x16x1xbf16>
    %496 = "stablehlo.transpose"(%495) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<2x4x16x1xbf16>) -> tensor<2x1x4x16xbf16>
    %497 = "stablehlo.reshape"(%496) : (tensor<2x1x4x16xbf16>) -> tensor<2x1x64xbf16>
    %498 = "stablehlo.dot_general"(%497, %arg29) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x64xbf16>) -> tensor<2x1x64xbf16>
    %499 = "stablehlo.add"(%293, %498) : (tensor<2x1x64xbf16>, tensor<2x1x64xbf16>) -> tensor<2x1x64xbf16>
    %500 = "stablehlo.convert"(%499) : (tensor<2x1x64xbf16>) -> tensor<2x1x64xf32>
    %501 = "stablehlo.multiply"(%500, %500) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %502 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %503 = "stablehlo.reduce"(%501, %502) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg43: tensor<f32>, %arg44: tensor<f32>):
      %547 = "stablehlo.add"(%arg43, %arg44) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%547) : (tensor<f32>) -> ()
    }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
    %504 = "stablehlo.broadcast_in_dim"(%503) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
    %505 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %506 = "stablehlo.broadcast_in_dim"(%505) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
    %507 = "stablehlo.divide"(%504, %506) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %508 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %509 = "stablehlo.broadcast_in_dim"(%508) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
    %510 = "stablehlo.add"(%507, %509) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %511 = "stablehlo.rsqrt"(%510) : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %512 = "stablehlo.broadcast_in_dim"(%511) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
    %513 = "stablehlo.multiply"(%500, %512) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %514 = "stablehlo.convert"(%arg30) : (tensor<64xbf16>) -> tensor<64xf32>
    %515 = "stablehlo.broadcast_in_dim"(%514) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %516 = "stablehlo.broadcast_in_dim"(%515) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
    %517 = "stablehlo.multiply"(%513, %516) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %518 = "stablehlo.convert"(%517) : (tensor<2x1x64xf32>) -> tensor<2x1x64xbf16>
    %519 = "stablehlo.dot_general"(%518, %arg31) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x128xbf16>) -> tensor<2x1x128xbf16>
    %520 = "func.call"(%519) <{callee = @silu}> : (tensor<2x1x128xbf16>) -> tensor<2x1x128xbf16>
    %521 = "stablehlo.dot_general"(%518, %arg32) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x128xbf16>) -> tensor<2x1x128xbf16>
    %522 = "stablehlo.multiply"(%520, %521) : (tensor<2x1x128xbf16>, tensor<2x1x128xbf16>) -> tensor<2x1x128xbf16>
    %523 = "stablehlo.dot_general"(%522, %arg33) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x128xbf16>, tensor<128x64xbf16>) -> tensor<2x1x64xbf16>
    %524 = "stablehlo.add"(%499, %523) : (tensor<2x1x64xbf16>, tensor<2x1x64xbf16>) -> tensor<2x1x64xbf16>
    %525 = "stablehlo.convert"(%524) : (tensor<2x1x64xbf16>) -> tensor<2x1x64xf32>
    %526 = "stablehlo.multiply"(%525, %525) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %527 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %528 = "stablehlo.reduce"(%526, %527) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg41: tensor<f32>, %arg42: tensor<f32>):
      %546 = "stablehlo.add"(%arg41, %arg42) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%546) : (tensor<f32>) -> ()
    }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
    %529 = "stablehlo.broadcast_in_dim"(%528) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
    %530 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %531 = "stablehlo.broadcast_in_dim"(%530) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
    %532 = "stablehlo.divide"(%529, %531) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %533 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %534 = "stablehlo.broadcast_in_dim"(%533) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
    %535 = "stablehlo.add"(%532, %534) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %536 = "stablehlo.rsqrt"(%535) : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %537 = "stablehlo.broadcast_in_dim"(%536) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
    %538 = "stablehlo.multiply"(%525, %537) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %539 = "stablehlo.convert"(%arg34) : (tensor<64xbf16>) -> tensor<64xf32>
    %540 = "stablehlo.broadcast_in_dim"(%539) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %541 = "stablehlo.broadcast_in_dim"(%540) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
    %542 = "stablehlo.multiply"(%538, %541) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %543 = "stablehlo.convert"(%542) : (tensor<2x1x64xf32>) -> tensor<2x1x64xbf16>
    %544 = "stablehlo.dot_general"(%543, %arg35) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xbf16>, tensor<64x101xbf16>) -> tensor<2x1x101xbf16>
    %545 = "stablehlo.reshape"(%544) : (tensor<2x1x101xbf16>) -> tensor<2x101xbf16>
    "func.return"(%36, %198, %230, %429, %461) : (tensor<i32>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2x4x1x16xi1>, tensor<2x4x1x16xbf16>, tensor<bf16>) -> tensor<2x4x1x16xbf16>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<2x4x1x16xi1>, %arg12: tensor<2x4x1x16xbf16>, %arg13: tensor<bf16>):
    %33 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<2x4x1x16xbf16>
    %34 = "stablehlo.select"(%arg11, %arg12, %33) : (tensor<2x4x1x16xi1>, tensor<2x4x1x16xbf16>, tensor<2x4x1x16xbf16>) -> tensor<2x4x1x16xbf16>
    "func.return"(%34) : (tensor<2x4x1x16xbf16>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2x1x128xbf16>) -> tensor<2x1x128xbf16>, res_attrs = [{}], sym_name = "silu", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<2x1x128xbf16>):
    %24 = "stablehlo.negate"(%arg10) : (tensor<2x1x128xbf16>) -> tensor<2x1x128xbf16>
    %25 = "stablehlo.exponential"(%24) : (tensor<2x1x128xbf16>) -> tensor<2x1x128xbf16>
    %26 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %27 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<2x1x128xbf16>
    %28 = "stablehlo.add"(%27, %25) : (tensor<2x1x128xbf16>, tensor<2x1x128xbf16>) -> tensor<2x1x128xbf16>
    %29 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %30 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<2x1x128xbf16>
    %31 = "stablehlo.divide"(%30, %28) : (tensor<2x1x128xbf16>, tensor<2x1x128xbf16>) -> tensor<2x1x128xbf16>
    %32 = "stablehlo.multiply"(%arg10, %31) : (tensor<2x1x128xbf16>, tensor<2x1x128xbf16>) -> tensor<2x1x128xbf16>
    "func.return"(%32) : (tensor<2x1x128xbf16>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2x16xi32>, tensor<i32>) -> tensor<2xi32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<2x16xi32>, %arg9: tensor<i32>):
    %16 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %17 = "stablehlo.compare"(%arg9, %16) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %18 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %19 = "stablehlo.add"(%arg9, %18) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %20 = "stablehlo.select"(%17, %19, %arg9) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %21 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %22 = "stablehlo.dynamic_slice"(%arg8, %21, %20) <{slice_sizes = array<i64: 2, 1>}> : (tensor<2x16xi32>, tensor<i32>, tensor<i32>) -> tensor<2x1xi32>
    %23 = "stablehlo.reshape"(%22) : (tensor<2x1xi32>) -> tensor<2xi32>
    "func.return"(%23) : (tensor<2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x101xbf16>) -> tensor<2xi32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<2x101xbf16>):
    %3 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<2x101xi32>
    %4 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %5 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %6:2 = "stablehlo.reduce"(%arg3, %3, %4, %5) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg4: tensor<bf16>, %arg5: tensor<i32>, %arg6: tensor<bf16>, %arg7: tensor<i32>):
      %7 = "stablehlo.compare"(%arg4, %arg6) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
      %8 = "stablehlo.compare"(%arg4, %arg4) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
      %9 = "stablehlo.or"(%7, %8) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %10 = "stablehlo.compare"(%arg4, %arg6) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
      %11 = "stablehlo.compare"(%arg5, %arg7) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %12 = "stablehlo.and"(%10, %11) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %13 = "stablehlo.or"(%9, %12) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %14 = "stablehlo.select"(%9, %arg4, %arg6) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
      %15 = "stablehlo.select"(%13, %arg5, %arg7) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%14, %15) : (tensor<bf16>, tensor<i32>) -> ()
    }) : (tensor<2x101xbf16>, tensor<2x101xi32>, tensor<bf16>, tensor<i32>) -> (tensor<2xbf16>, tensor<2xi32>)
    "func.return"(%6#1) : (tensor<2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xi1>, tensor<i32>, tensor<2xi32>) -> tensor<2xi32>, res_attrs = [{}], sym_name = "_where_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<2xi1>, %arg1: tensor<i32>, %arg2: tensor<2xi32>):
    %0 = "stablehlo.convert"(%arg1) : (tensor<i32>) -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %2 = "stablehlo.select"(%arg0, %1, %arg2) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    "func.return"(%2) : (tensor<2xi32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
