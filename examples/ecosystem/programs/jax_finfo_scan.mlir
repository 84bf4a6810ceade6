"builtin.module"() <{sym_name = "jit_finfo_scan"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<101x64xf32>, tensor<64x101xf32>, tensor<2x64xf32>, tensor<2x64xf32>, tensor<2x128x64xf32>, tensor<2x64x128xf32>, tensor<2x64x128xf32>, tensor<2x64x32xf32>, tensor<2x64x64xf32>, tensor<2x64x64xf32>, tensor<2x64x32xf32>, tensor<64xf32>, tensor<2x4xi32>) -> tensor<2x16xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg126: tensor<101x64xf32>, %arg127: tensor<64x101xf32>, %arg128: tensor<2x64xf32>, %arg129: tensor<2x64xf32>, %arg130: tensor<2x128x64xf32>, %arg131: tensor<2x64x128xf32>, %arg132: tensor<2x64x128xf32>, %arg133: tensor<2x64x32xf32>, %arg134: tensor<2x64x64xf32>, %arg135: tensor<2x64x64xf32>, %arg136: tensor<2x64x32xf32>, %arg137: tensor<64xf32>, %arg138: tensor<2x4xi32>):
    %581 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %582 = "stablehlo.broadcast_in_dim"(%581) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x2x16x2x16xf32>
    %583 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %584 = "stablehlo.broadcast_in_dim"(%583) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x2x16x2x16xf32>
    %585 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %586 = "stablehlo.broadcast_in_dim"(%585) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x4xi32>
    %587 = "stablehlo.compare"(%arg138, %586) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2x4xi32>, tensor<2x4xi32>) -> tensor<2x4xi1>
    %588 = "stablehlo.constant"() <{value = dense<101> : tensor<i32>}> : () -> tensor<i32>
    %589 = "stablehlo.broadcast_in_dim"(%588) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x4xi32>
    %590 = "stablehlo.add"(%arg138, %589) : (tensor<2x4xi32>, tensor<2x4xi32>) -> tensor<2x4xi32>
    %591 = "stablehlo.select"(%587, %590, %arg138) : (tensor<2x4xi1>, tensor<2x4xi32>, tensor<2x4xi32>) -> tensor<2x4xi32>
    %592 = "stablehlo.broadcast_in_dim"(%591) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x4xi32>) -> tensor<2x4x1xi32>
    %593 = "stablehlo.gather"(%arg126, %592) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<101x64xf32>, tensor<2x4x1xi32>) -> tensor<2x4x64xf32>
    %594 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %595 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xi32>
    %596 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %597 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %598:16 = "stablehlo.while"(%arg128, %arg129, %arg130, %arg131, %arg132, %arg133, %arg134, %arg135, %arg136, %595, %594, %596, %597, %593, %582, %584) ({
    ^bb0(%arg193: tensor<2x64xf32>, %arg194: tensor<2x64xf32>, %arg195: tensor<2x128x64xf32>, %arg196: tensor<2x64x128xf32>, %arg197: tensor<2x64x128xf32>, %arg198: tensor<2x64x32xf32>, %arg199: tensor<2x64x64xf32>, %arg200: tensor<2x64x64xf32>, %arg201: tensor<2x64x32xf32>, %arg202: tensor<2xi32>, %arg203: tensor<4xi32>, %arg204: tensor<i32>, %arg205: tensor<i32>, %arg206: tensor<2x4x64xf32>, %arg207: tensor<2x2x16x2x16xf32>, %arg208: tensor<2x2x16x2x16xf32>):
      %647 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
      %648 = "stablehlo.compare"(%arg205, %647) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%648) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg177: tensor<2x64xf32>, %arg178: tensor<2x64xf32>, %arg179: tensor<2x128x64xf32>, %arg180: tensor<2x64x128xf32>, %arg181: tensor<2x64x128xf32>, %arg182: tensor<2x64x32xf32>, %arg183: tensor<2x64x64xf32>, %arg184: tensor<2x64x64xf32>, %arg185: tensor<2x64x32xf32>, %arg186: tensor<2xi32>, %arg187: tensor<4xi32>, %arg188: tensor<i32>, %arg189: tensor<i32>, %arg190: tensor<2x4x64xf32>, %arg191: tensor<2x2x16x2x16xf32>, %arg192: tensor<2x2x16x2x16xf32>):
      %634 = "func.call"(%arg177, %arg189) <{callee = @dynamic_index_in_dim}> : (tensor<2x64xf32>, tensor<i32>) -> tensor<64xf32>
      %635 = "func.call"(%arg178, %arg189) <{callee = @dynamic_index_in_dim}> : (tensor<2x64xf32>, tensor<i32>) -> tensor<64xf32>
      %636 = "func.call"(%arg179, %arg189) <{callee = @dynamic_index_in_dim_0}> : (tensor<2x128x64xf32>, tensor<i32>) -> tensor<128x64xf32>
      %637 = "func.call"(%arg180, %arg189) <{callee = @dynamic_index_in_dim_1}> : (tensor<2x64x128xf32>, tensor<i32>) -> tensor<64x128xf32>
      %638 = "func.call"(%arg181, %arg189) <{callee = @dynamic_index_in_dim_1}> : (tensor<2x64x128xf32>, tensor<i32>) -> tensor<64x128xf32>
      %639 = "func.call"(%arg182, %arg189) <{callee = @dynamic_index_in_dim_2}> : (tensor<2x64x32xf32>, tensor<i32>) -> tensor<64x32xf32>
      %640 = "func.call"(%arg183, %arg189) <{callee = @dynamic_index_in_dim_3}> : (tensor<2x64x64xf32>, tensor<i32>) -> tensor<64x64xf32>
      %641 = "func.call"(%arg184, %arg189) <{callee = @dynamic_index_in_dim_3}> : (tensor<2x64x64xf32>, tensor<i32>) -> tensor<64x64xf32>
      %642 = "func.call"(%arg185, %arg189) <{callee = @dynamic_index_in_dim_2}> : (tensor<2x64x32xf32>, tensor<i32>) -> tensor<64x32xf32>
      %643 = "func.call"(%arg186, %arg189) <{callee = @dynamic_index_in_dim_4}> : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
      %644:3 = "func.call"(%arg187, %arg188, %arg190, %arg191, %arg192, %634, %635, %636, %637, %638, %639, %640, %641, %642, %643) <{callee = @closed_call}> : (tensor<4xi32>, tensor<i32>, tensor<2x4x64xf32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<i32>) -> (tensor<2x4x64xf32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>)
      %645 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %646 = "stablehlo.add"(%arg189, %645) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg177, %arg178, %arg179, %arg180, %arg181, %arg182, %arg183, %arg184, %arg185, %arg186, %arg187, %arg188, %646, %644#0, %644#1, %644#2) : (tensor<2x64xf32>, tensor<2x64xf32>, tensor<2x128x64xf32>, tensor<2x64x128xf32>, tensor<2x64x128xf32>, tensor<2x64x32xf32>, tensor<2x64x64xf32>, tensor<2x64x64xf32>, tensor<2x64x32xf32>, tensor<2xi32>, tensor<4xi32>, tensor<i32>, tensor<i32>, tensor<2x4x64xf32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>) -> ()
    }) : (tensor<2x64xf32>, tensor<2x64xf32>, tensor<2x128x64xf32>, tensor<2x64x128xf32>, tensor<2x64x128xf32>, tensor<2x64x32xf32>, tensor<2x64x64xf32>, tensor<2x64x64xf32>, tensor<2x64x32xf32>, tensor<2xi32>, tensor<4xi32>, tensor<i32>, tensor<i32>, tensor<2x4x64xf32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>) -> (tensor<2x64xf32>, tensor<2x64xf32>, tensor<2x128x64xf32>, tensor<2x64x128xf32>, tensor<2x64x128xf32>, tensor<2x64x32xf32>, tensor<2x64x64xf32>, tensor<2x64x64xf32>, tensor<2x64x32xf32>, tensor<2xi32>, tensor<4xi32>, tensor<i32>, tensor<i32>, tensor<2x4x64xf32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>)
    %599 = "stablehlo.multiply"(%598#13, %598#13) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %600 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %601 = "stablehlo.reduce"(%599, %600) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg175: tensor<f32>, %arg176: tensor<f32>):
      %633 = "stablehlo.add"(%arg175, %arg176) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%633) : (tensor<f32>) -> ()
    }) : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %602 = "stablehlo.broadcast_in_dim"(%601) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %603 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %604 = "stablehlo.broadcast_in_dim"(%603) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %605 = "stablehlo.divide"(%602, %604) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %606 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %607 = "stablehlo.broadcast_in_dim"(%606) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %608 = "stablehlo.add"(%605, %607) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %609 = "stablehlo.rsqrt"(%608) : (tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %610 = "stablehlo.broadcast_in_dim"(%609) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x64xf32>
    %611 = "stablehlo.multiply"(%598#13, %610) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %612 = "stablehlo.broadcast_in_dim"(%arg137) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %613 = "stablehlo.broadcast_in_dim"(%612) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x4x64xf32>
    %614 = "stablehlo.multiply"(%611, %613) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %615 = "stablehlo.dot_general"(%614, %arg127) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x64xf32>, tensor<64x101xf32>) -> tensor<2x4x101xf32>
    %616 = "stablehlo.slice"(%615) <{limit_indices = array<i64: 2, 4, 101>, start_indices = array<i64: 0, 3, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<2x4x101xf32>) -> tensor<2x1x101xf32>
    %617 = "stablehlo.reshape"(%616) : (tensor<2x1x101xf32>) -> tensor<2x101xf32>
    %618 = "func.call"(%617) <{callee = @argmax}> : (tensor<2x101xf32>) -> tensor<2xi32>
    %619 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %620 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %621 = "stablehlo.broadcast_in_dim"(%620) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<11x2xi32>
    %622 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %623:18 = "stablehlo.while"(%arg126, %arg128, %arg129, %arg130, %arg131, %arg132, %arg133, %arg134, %arg135, %arg136, %arg137, %arg127, %622, %618, %619, %598#14, %598#15, %621) ({
    ^bb0(%arg157: tensor<101x64xf32>, %arg158: tensor<2x64xf32>, %arg159: tensor<2x64xf32>, %arg160: tensor<2x128x64xf32>, %arg161: tensor<2x64x128xf32>, %arg162: tensor<2x64x128xf32>, %arg163: tensor<2x64x32xf32>, %arg164: tensor<2x64x64xf32>, %arg165: tensor<2x64x64xf32>, %arg166: tensor<2x64x32xf32>, %arg167: tensor<64xf32>, %arg168: tensor<64x101xf32>, %arg169: tensor<i32>, %arg170: tensor<2xi32>, %arg171: tensor<i32>, %arg172: tensor<2x2x16x2x16xf32>, %arg173: tensor<2x2x16x2x16xf32>, %arg174: tensor<11x2xi32>):
      %631 = "stablehlo.constant"() <{value = dense<11> : tensor<i32>}> : () -> tensor<i32>
      %632 = "stablehlo.compare"(%arg169, %631) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%632) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg139: tensor<101x64xf32>, %arg140: tensor<2x64xf32>, %arg141: tensor<2x64xf32>, %arg142: tensor<2x128x64xf32>, %arg143: tensor<2x64x128xf32>, %arg144: tensor<2x64x128xf32>, %arg145: tensor<2x64x32xf32>, %arg146: tensor<2x64x64xf32>, %arg147: tensor<2x64x64xf32>, %arg148: tensor<2x64x32xf32>, %arg149: tensor<64xf32>, %arg150: tensor<64x101xf32>, %arg151: tensor<i32>, %arg152: tensor<2xi32>, %arg153: tensor<i32>, %arg154: tensor<2x2x16x2x16xf32>, %arg155: tensor<2x2x16x2x16xf32>, %arg156: tensor<11x2xi32>):
      %627:5 = "func.call"(%arg139, %arg140, %arg141, %arg142, %arg143, %arg144, %arg145, %arg146, %arg147, %arg148, %arg149, %arg150, %arg152, %arg153, %arg154, %arg155) <{callee = @closed_call_6}> : (tensor<101x64xf32>, tensor<2x64xf32>, tensor<2x64xf32>, tensor<2x128x64xf32>, tensor<2x64x128xf32>, tensor<2x64x128xf32>, tensor<2x64x32xf32>, tensor<2x64x64xf32>, tensor<2x64x64xf32>, tensor<2x64x32xf32>, tensor<64xf32>, tensor<64x101xf32>, tensor<2xi32>, tensor<i32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>) -> (tensor<2xi32>, tensor<i32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>, tensor<2xi32>)
      %628 = "func.call"(%arg156, %627#4, %arg151) <{callee = @dynamic_update_index_in_dim}> : (tensor<11x2xi32>, tensor<2xi32>, tensor<i32>) -> tensor<11x2xi32>
      %629 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %630 = "stablehlo.add"(%arg151, %629) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg139, %arg140, %arg141, %arg142, %arg143, %arg144, %arg145, %arg146, %arg147, %arg148, %arg149, %arg150, %630, %627#0, %627#1, %627#2, %627#3, %628) : (tensor<101x64xf32>, tensor<2x64xf32>, tensor<2x64xf32>, tensor<2x128x64xf32>, tensor<2x64x128xf32>, tensor<2x64x128xf32>, tensor<2x64x32xf32>, tensor<2x64x64xf32>, tensor<2x64x64xf32>, tensor<2x64x32xf32>, tensor<64xf32>, tensor<64x101xf32>, tensor<i32>, tensor<2xi32>, tensor<i32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>, tensor<11x2xi32>) -> ()
    }) : (tensor<101x64xf32>, tensor<2x64xf32>, tensor<2x64xf32>, tensor<2x128x64xf32>, tensor<2x64x128xf32>, tensor<2x64x128xf32>, tensor<2x64x32xf32>, tensor<2x64x64xf32>, tensor<2x64x64xf32>, tensor<2x64x32xf32>, tensor<64xf32>, tensor<64x101xf32>, tensor<i32>, tensor<2xi32>, tensor<i32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>, tensor<11x2xi32>) -> (tensor<101x64xf32>, tensor<2x64xf32>, tensor<2x64xf32>, tensor<2x128x64xf32>, tensor<2x64x128xf32>, tensor<2x64x128xf32>, tensor<2x64x32xf32>, tensor<2x64x64xf32>, tensor<2x64x64xf32>, tensor<2x64x32xf32>, tensor<64xf32>, tensor<64x101xf32>, tensor<i32>, tensor<2xi32>, tensor<i32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>, tensor<11x2xi32>)
    %624 = "stablehlo.broadcast_in_dim"(%618) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %625 = "stablehlo.transpose"(%623#17) <{permutation = array<i64: 1, 0>}> : (tensor<11x2xi32>) -> tensor<2x11xi32>
    %626 = "stablehlo.concatenate"(%arg138, %624, %625) <{dimension = 1 : i64}> : (tensor<2x4xi32>, tensor<2x1xi32>, tensor<2x11xi32>) -> tensor<2x16xi32>
    "func.return"(%626) : (tensor<2x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2x64xf32>, tensor<i32>) -> tensor<64xf32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg124: tensor<2x64xf32>, %arg125: tensor<i32>):
    %578 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %579 = "stablehlo.dynamic_slice"(%arg124, %arg125, %578) <{slice_sizes = array<i64: 1, 64>}> : (tensor<2x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %580 = "stablehlo.reshape"(%579) : (tensor<1x64xf32>) -> tensor<64xf32>
    "func.return"(%580) : (tensor<64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2x128x64xf32>, tensor<i32>) -> tensor<128x64xf32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim_0", sym_visibility = "private"}> ({
  ^bb0(%arg122: tensor<2x128x64xf32>, %arg123: tensor<i32>):
    %574 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %575 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %576 = "stablehlo.dynamic_slice"(%arg122, %arg123, %574, %575) <{slice_sizes = array<i64: 1, 128, 64>}> : (tensor<2x128x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x128x64xf32>
    %577 = "stablehlo.reshape"(%576) : (tensor<1x128x64xf32>) -> tensor<128x64xf32>
    "func.return"(%577) : (tensor<128x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2x64x128xf32>, tensor<i32>) -> tensor<64x128xf32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim_1", sym_visibility = "private"}> ({
  ^bb0(%arg120: tensor<2x64x128xf32>, %arg121: tensor<i32>):
    %570 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %571 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %572 = "stablehlo.dynamic_slice"(%arg120, %arg121, %570, %571) <{slice_sizes = array<i64: 1, 64, 128>}> : (tensor<2x64x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x128xf32>
    %573 = "stablehlo.reshape"(%572) : (tensor<1x64x128xf32>) -> tensor<64x128xf32>
    "func.return"(%573) : (tensor<64x128xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2x64x32xf32>, tensor<i32>) -> tensor<64x32xf32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim_2", sym_visibility = "private"}> ({
  ^bb0(%arg118: tensor<2x64x32xf32>, %arg119: tensor<i32>):
    %566 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %567 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %568 = "stablehlo.dynamic_slice"(%arg118, %arg119, %566, %567) <{slice_sizes = array<i64: 1, 64, 32>}> : (tensor<2x64x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x32xf32>
    %569 = "stablehlo.reshape"(%568) : (tensor<1x64x32xf32>) -> tensor<64x32xf32>
    "func.return"(%569) : (tensor<64x32xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2x64x64xf32>, tensor<i32>) -> tensor<64x64xf32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim_3", sym_visibility = "private"}> ({
  ^bb0(%arg116: tensor<2x64x64xf32>, %arg117: tensor<i32>):
    %562 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %563 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %564 = "stablehlo.dynamic_slice"(%arg116, %arg117, %562, %563) <{slice_sizes = array<i64: 1, 64, 64>}> : (tensor<2x64x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x64xf32>
    %565 = "stablehlo.reshape"(%564) : (tensor<1x64x64xf32>) -> tensor<64x64xf32>
    "func.return"(%565) : (tensor<64x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2xi32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim_4", sym_visibility = "private"}> ({
  ^bb0(%arg114: tensor<2xi32>, %arg115: tensor<i32>):
    %560 = "stablehlo.dynamic_slice"(%arg114, %arg115) <{slice_sizes = array<i64: 1>}> : (tensor<2xi32>, tensor<i32>) -> tensor<1xi32>
    %561 = "stablehlo.reshape"(%560) : (tensor<1xi32>) -> tensor<i32>
    "func.return"(%561) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xi32>, tensor<i32>, tensor<2x4x64xf32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<i32>) -> (tensor<2x4x64xf32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>), res_attrs = [{}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg91: tensor<4xi32>, %arg92: tensor<i32>, %arg93: tensor<2x4x64xf32>, %arg94: tensor<2x2x16x2x16xf32>, %arg95: tensor<2x2x16x2x16xf32>, %arg96: tensor<64xf32>, %arg97: tensor<64xf32>, %arg98: tensor<128x64xf32>, %arg99: tensor<64x128xf32>, %arg100: tensor<64x128xf32>, %arg101: tensor<64x32xf32>, %arg102: tensor<64x64xf32>, %arg103: tensor<64x64xf32>, %arg104: tensor<64x32xf32>, %arg105: tensor<i32>):
    %330 = "stablehlo.multiply"(%arg93, %arg93) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %331 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %332 = "stablehlo.reduce"(%330, %331) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg112: tensor<f32>, %arg113: tensor<f32>):
      %559 = "stablehlo.add"(%arg112, %arg113) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%559) : (tensor<f32>) -> ()
    }) : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %333 = "stablehlo.broadcast_in_dim"(%332) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %334 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %335 = "stablehlo.broadcast_in_dim"(%334) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %336 = "stablehlo.divide"(%333, %335) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %337 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %338 = "stablehlo.broadcast_in_dim"(%337) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %339 = "stablehlo.add"(%336, %338) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %340 = "stablehlo.rsqrt"(%339) : (tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %341 = "stablehlo.broadcast_in_dim"(%340) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x64xf32>
    %342 = "stablehlo.multiply"(%arg93, %341) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %343 = "stablehlo.broadcast_in_dim"(%arg96) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %344 = "stablehlo.broadcast_in_dim"(%343) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x4x64xf32>
    %345 = "stablehlo.multiply"(%342, %344) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %346 = "stablehlo.dot_general"(%345, %arg103) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x64xf32>, tensor<64x64xf32>) -> tensor<2x4x64xf32>
    %347 = "stablehlo.reshape"(%346) : (tensor<2x4x64xf32>) -> tensor<2x4x4x16xf32>
    %348 = "stablehlo.dot_general"(%345, %arg101) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x64xf32>, tensor<64x32xf32>) -> tensor<2x4x32xf32>
    %349 = "stablehlo.reshape"(%348) : (tensor<2x4x32xf32>) -> tensor<2x4x2x16xf32>
    %350 = "stablehlo.dot_general"(%345, %arg104) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x64xf32>, tensor<64x32xf32>) -> tensor<2x4x32xf32>
    %351 = "stablehlo.reshape"(%350) : (tensor<2x4x32xf32>) -> tensor<2x4x2x16xf32>
    %352 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %353 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %354 = "stablehlo.broadcast_in_dim"(%353) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %355 = "stablehlo.divide"(%352, %354) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %356 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %357 = "stablehlo.broadcast_in_dim"(%356) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %358 = "stablehlo.power"(%357, %355) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %359 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %360 = "stablehlo.broadcast_in_dim"(%359) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %361 = "stablehlo.divide"(%360, %358) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %362 = "stablehlo.convert"(%arg91) : (tensor<4xi32>) -> tensor<4xf32>
    %363 = "stablehlo.broadcast_in_dim"(%362) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xf32>) -> tensor<4x1xf32>
    %364 = "stablehlo.broadcast_in_dim"(%361) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %365 = "stablehlo.broadcast_in_dim"(%363) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xf32>) -> tensor<4x8xf32>
    %366 = "stablehlo.broadcast_in_dim"(%364) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x8xf32>) -> tensor<4x8xf32>
    %367 = "stablehlo.multiply"(%365, %366) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %368 = "stablehlo.cosine"(%367) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %369 = "stablehlo.broadcast_in_dim"(%368) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %370 = "stablehlo.sine"(%367) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %371 = "stablehlo.broadcast_in_dim"(%370) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %372 = "stablehlo.slice"(%347) <{limit_indices = array<i64: 2, 4, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x4x4x16xf32>) -> tensor<2x4x4x8xf32>
    %373 = "stablehlo.slice"(%347) <{limit_indices = array<i64: 2, 4, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x4x4x16xf32>) -> tensor<2x4x4x8xf32>
    %374 = "stablehlo.broadcast_in_dim"(%369) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %375 = "stablehlo.broadcast_in_dim"(%374) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<2x4x4x8xf32>
    %376 = "stablehlo.multiply"(%372, %375) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %377 = "stablehlo.broadcast_in_dim"(%371) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %378 = "stablehlo.broadcast_in_dim"(%377) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<2x4x4x8xf32>
    %379 = "stablehlo.multiply"(%373, %378) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %380 = "stablehlo.subtract"(%376, %379) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %381 = "stablehlo.broadcast_in_dim"(%369) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %382 = "stablehlo.broadcast_in_dim"(%381) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<2x4x4x8xf32>
    %383 = "stablehlo.multiply"(%373, %382) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %384 = "stablehlo.broadcast_in_dim"(%371) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %385 = "stablehlo.broadcast_in_dim"(%384) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<2x4x4x8xf32>
    %386 = "stablehlo.multiply"(%372, %385) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %387 = "stablehlo.add"(%383, %386) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %388 = "stablehlo.concatenate"(%380, %387) <{dimension = 3 : i64}> : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x16xf32>
    %389 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %390 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %391 = "stablehlo.broadcast_in_dim"(%390) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %392 = "stablehlo.divide"(%389, %391) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %393 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %394 = "stablehlo.broadcast_in_dim"(%393) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %395 = "stablehlo.power"(%394, %392) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %396 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %397 = "stablehlo.broadcast_in_dim"(%396) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %398 = "stablehlo.divide"(%397, %395) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %399 = "stablehlo.convert"(%arg91) : (tensor<4xi32>) -> tensor<4xf32>
    %400 = "stablehlo.broadcast_in_dim"(%399) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xf32>) -> tensor<4x1xf32>
    %401 = "stablehlo.broadcast_in_dim"(%398) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %402 = "stablehlo.broadcast_in_dim"(%400) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xf32>) -> tensor<4x8xf32>
    %403 = "stablehlo.broadcast_in_dim"(%401) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x8xf32>) -> tensor<4x8xf32>
    %404 = "stablehlo.multiply"(%402, %403) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %405 = "stablehlo.cosine"(%404) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %406 = "stablehlo.broadcast_in_dim"(%405) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %407 = "stablehlo.sine"(%404) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %408 = "stablehlo.broadcast_in_dim"(%407) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<4x8xf32>) -> tensor<4x1x8xf32>
    %409 = "stablehlo.slice"(%349) <{limit_indices = array<i64: 2, 4, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x4x2x16xf32>) -> tensor<2x4x2x8xf32>
    %410 = "stablehlo.slice"(%349) <{limit_indices = array<i64: 2, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x4x2x16xf32>) -> tensor<2x4x2x8xf32>
    %411 = "stablehlo.broadcast_in_dim"(%406) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %412 = "stablehlo.broadcast_in_dim"(%411) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<2x4x2x8xf32>
    %413 = "stablehlo.multiply"(%409, %412) : (tensor<2x4x2x8xf32>, tensor<2x4x2x8xf32>) -> tensor<2x4x2x8xf32>
    %414 = "stablehlo.broadcast_in_dim"(%408) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %415 = "stablehlo.broadcast_in_dim"(%414) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<2x4x2x8xf32>
    %416 = "stablehlo.multiply"(%410, %415) : (tensor<2x4x2x8xf32>, tensor<2x4x2x8xf32>) -> tensor<2x4x2x8xf32>
    %417 = "stablehlo.subtract"(%413, %416) : (tensor<2x4x2x8xf32>, tensor<2x4x2x8xf32>) -> tensor<2x4x2x8xf32>
    %418 = "stablehlo.broadcast_in_dim"(%406) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %419 = "stablehlo.broadcast_in_dim"(%418) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<2x4x2x8xf32>
    %420 = "stablehlo.multiply"(%410, %419) : (tensor<2x4x2x8xf32>, tensor<2x4x2x8xf32>) -> tensor<2x4x2x8xf32>
    %421 = "stablehlo.broadcast_in_dim"(%408) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %422 = "stablehlo.broadcast_in_dim"(%421) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<2x4x2x8xf32>
    %423 = "stablehlo.multiply"(%409, %422) : (tensor<2x4x2x8xf32>, tensor<2x4x2x8xf32>) -> tensor<2x4x2x8xf32>
    %424 = "stablehlo.add"(%420, %423) : (tensor<2x4x2x8xf32>, tensor<2x4x2x8xf32>) -> tensor<2x4x2x8xf32>
    %425 = "stablehlo.concatenate"(%417, %424) <{dimension = 3 : i64}> : (tensor<2x4x2x8xf32>, tensor<2x4x2x8xf32>) -> tensor<2x4x2x16xf32>
    %426 = "stablehlo.broadcast_in_dim"(%425) <{broadcast_dimensions = array<i64: 1, 2, 3, 4>}> : (tensor<2x4x2x16xf32>) -> tensor<1x2x4x2x16xf32>
    %427 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %428 = "stablehlo.compare"(%arg105, %427) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %429 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %430 = "stablehlo.add"(%arg105, %429) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %431 = "stablehlo.select"(%428, %430, %arg105) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %432 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %433 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %434 = "stablehlo.compare"(%432, %433) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %435 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %436 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %437 = "stablehlo.add"(%435, %436) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %438 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %439 = "stablehlo.select"(%434, %437, %438) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %440 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %441 = "stablehlo.compare"(%arg92, %440) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %442 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %443 = "stablehlo.add"(%arg92, %442) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %444 = "stablehlo.select"(%441, %443, %arg92) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %445 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %446 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %447 = "stablehlo.compare"(%445, %446) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %448 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %449 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %450 = "stablehlo.add"(%448, %449) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %451 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %452 = "stablehlo.select"(%447, %450, %451) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %453 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %454 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %455 = "stablehlo.compare"(%453, %454) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %456 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %457 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %458 = "stablehlo.add"(%456, %457) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %459 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %460 = "stablehlo.select"(%455, %458, %459) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %461 = "stablehlo.dynamic_update_slice"(%arg94, %426, %431, %439, %444, %452, %460) : (tensor<2x2x16x2x16xf32>, tensor<1x2x4x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x2x16x2x16xf32>
    %462 = "stablehlo.broadcast_in_dim"(%351) <{broadcast_dimensions = array<i64: 1, 2, 3, 4>}> : (tensor<2x4x2x16xf32>) -> tensor<1x2x4x2x16xf32>
    %463 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %464 = "stablehlo.compare"(%arg105, %463) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %465 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %466 = "stablehlo.add"(%arg105, %465) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %467 = "stablehlo.select"(%464, %466, %arg105) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %468 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %469 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %470 = "stablehlo.compare"(%468, %469) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %471 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %472 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %473 = "stablehlo.add"(%471, %472) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %474 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %475 = "stablehlo.select"(%470, %473, %474) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %476 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %477 = "stablehlo.compare"(%arg92, %476) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %478 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %479 = "stablehlo.add"(%arg92, %478) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %480 = "stablehlo.select"(%477, %479, %arg92) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %481 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %482 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %483 = "stablehlo.compare"(%481, %482) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %484 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %485 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %486 = "stablehlo.add"(%484, %485) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %487 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %488 = "stablehlo.select"(%483, %486, %487) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %489 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %490 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %491 = "stablehlo.compare"(%489, %490) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %492 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %493 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %494 = "stablehlo.add"(%492, %493) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %495 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %496 = "stablehlo.select"(%491, %494, %495) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %497 = "stablehlo.dynamic_update_slice"(%arg95, %462, %467, %475, %480, %488, %496) : (tensor<2x2x16x2x16xf32>, tensor<1x2x4x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x2x16x2x16xf32>
    %498 = "func.call"(%461, %arg105) <{callee = @dynamic_index_in_dim_5}> : (tensor<2x2x16x2x16xf32>, tensor<i32>) -> tensor<2x16x2x16xf32>
    %499 = "func.call"(%497, %arg105) <{callee = @dynamic_index_in_dim_5}> : (tensor<2x2x16x2x16xf32>, tensor<i32>) -> tensor<2x16x2x16xf32>
    %500 = "stablehlo.broadcast_in_dim"(%498) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<2x16x2x16xf32>) -> tensor<2x16x2x2x16xf32>
    %501 = "stablehlo.reshape"(%500) : (tensor<2x16x2x2x16xf32>) -> tensor<2x16x4x16xf32>
    %502 = "stablehlo.dot_general"(%388, %501) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x4x16xf32>, tensor<2x16x4x16xf32>) -> tensor<2x4x4x16xf32>
    %503 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %504 = "stablehlo.sqrt"(%503) : (tensor<f32>) -> tensor<f32>
    %505 = "stablehlo.broadcast_in_dim"(%504) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x4x16xf32>
    %506 = "stablehlo.divide"(%502, %505) : (tensor<2x4x4x16xf32>, tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %507 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x16xi32>
    %508 = "stablehlo.broadcast_in_dim"(%arg91) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi32>) -> tensor<4x1xi32>
    %509 = "stablehlo.broadcast_in_dim"(%508) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xi32>) -> tensor<4x16xi32>
    %510 = "stablehlo.compare"(%507, %509) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<4x16xi32>, tensor<4x16xi32>) -> tensor<4x16xi1>
    %511 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %512 = "func.call"(%510, %506, %511) <{callee = @_where}> : (tensor<4x16xi1>, tensor<2x4x4x16xf32>, tensor<f32>) -> tensor<2x4x4x16xf32>
    %513 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %514 = "stablehlo.reduce"(%512, %513) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg110: tensor<f32>, %arg111: tensor<f32>):
      %558 = "stablehlo.maximum"(%arg110, %arg111) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%558) : (tensor<f32>) -> ()
    }) : (tensor<2x4x4x16xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %515 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %516 = "stablehlo.broadcast_in_dim"(%515) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x4xf32>
    %517 = "stablehlo.maximum"(%516, %514) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
    %518 = "stablehlo.broadcast_in_dim"(%517) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x4xf32>) -> tensor<2x4x4x1xf32>
    %519 = "stablehlo.broadcast_in_dim"(%518) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x4x1xf32>) -> tensor<2x4x4x16xf32>
    %520 = "stablehlo.subtract"(%512, %519) : (tensor<2x4x4x16xf32>, tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %521 = "stablehlo.exponential"(%520) : (tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %522 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %523 = "stablehlo.reduce"(%521, %522) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg108: tensor<f32>, %arg109: tensor<f32>):
      %557 = "stablehlo.add"(%arg108, %arg109) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%557) : (tensor<f32>) -> ()
    }) : (tensor<2x4x4x16xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %524 = "stablehlo.broadcast_in_dim"(%523) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x4xf32>) -> tensor<2x4x4x1xf32>
    %525 = "stablehlo.broadcast_in_dim"(%524) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x4x1xf32>) -> tensor<2x4x4x16xf32>
    %526 = "stablehlo.divide"(%521, %525) : (tensor<2x4x4x16xf32>, tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %527 = "stablehlo.broadcast_in_dim"(%499) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<2x16x2x16xf32>) -> tensor<2x16x2x2x16xf32>
    %528 = "stablehlo.reshape"(%527) : (tensor<2x16x2x2x16xf32>) -> tensor<2x16x4x16xf32>
    %529 = "stablehlo.dot_general"(%528, %526) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x4x16xf32>, tensor<2x4x4x16xf32>) -> tensor<2x4x16x4xf32>
    %530 = "stablehlo.transpose"(%529) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<2x4x16x4xf32>) -> tensor<2x4x4x16xf32>
    %531 = "stablehlo.reshape"(%530) : (tensor<2x4x4x16xf32>) -> tensor<2x4x64xf32>
    %532 = "stablehlo.dot_general"(%531, %arg102) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x64xf32>, tensor<64x64xf32>) -> tensor<2x4x64xf32>
    %533 = "stablehlo.add"(%arg93, %532) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %534 = "stablehlo.multiply"(%533, %533) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %535 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %536 = "stablehlo.reduce"(%534, %535) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg106: tensor<f32>, %arg107: tensor<f32>):
      %556 = "stablehlo.add"(%arg106, %arg107) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%556) : (tensor<f32>) -> ()
    }) : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %537 = "stablehlo.broadcast_in_dim"(%536) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %538 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %539 = "stablehlo.broadcast_in_dim"(%538) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %540 = "stablehlo.divide"(%537, %539) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %541 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %542 = "stablehlo.broadcast_in_dim"(%541) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %543 = "stablehlo.add"(%540, %542) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %544 = "stablehlo.rsqrt"(%543) : (tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %545 = "stablehlo.broadcast_in_dim"(%544) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x64xf32>
    %546 = "stablehlo.multiply"(%533, %545) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %547 = "stablehlo.broadcast_in_dim"(%arg97) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %548 = "stablehlo.broadcast_in_dim"(%547) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x4x64xf32>
    %549 = "stablehlo.multiply"(%546, %548) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %550 = "stablehlo.dot_general"(%549, %arg99) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x64xf32>, tensor<64x128xf32>) -> tensor<2x4x128xf32>
    %551 = "func.call"(%550) <{callee = @silu}> : (tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    %552 = "stablehlo.dot_general"(%549, %arg100) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x64xf32>, tensor<64x128xf32>) -> tensor<2x4x128xf32>
    %553 = "stablehlo.multiply"(%551, %552) : (tensor<2x4x128xf32>, tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    %554 = "stablehlo.dot_general"(%553, %arg98) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x128xf32>, tensor<128x64xf32>) -> tensor<2x4x64xf32>
    %555 = "stablehlo.add"(%533, %554) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    "func.return"(%555, %461, %497) : (tensor<2x4x64xf32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2x2x16x2x16xf32>, tensor<i32>) -> tensor<2x16x2x16xf32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim_5", sym_visibility = "private"}> ({
  ^bb0(%arg89: tensor<2x2x16x2x16xf32>, %arg90: tensor<i32>):
    %319 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %320 = "stablehlo.compare"(%arg90, %319) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %321 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %322 = "stablehlo.add"(%arg90, %321) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %323 = "stablehlo.select"(%320, %322, %arg90) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %324 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %325 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %326 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %327 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %328 = "stablehlo.dynamic_slice"(%arg89, %323, %324, %325, %326, %327) <{slice_sizes = array<i64: 1, 2, 16, 2, 16>}> : (tensor<2x2x16x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x2x16xf32>
    %329 = "stablehlo.reshape"(%328) : (tensor<1x2x16x2x16xf32>) -> tensor<2x16x2x16xf32>
    "func.return"(%329) : (tensor<2x16x2x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<4x16xi1>, tensor<2x4x4x16xf32>, tensor<f32>) -> tensor<2x4x4x16xf32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg86: tensor<4x16xi1>, %arg87: tensor<2x4x4x16xf32>, %arg88: tensor<f32>):
    %316 = "stablehlo.broadcast_in_dim"(%arg86) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<4x16xi1>) -> tensor<2x4x4x16xi1>
    %317 = "stablehlo.broadcast_in_dim"(%arg88) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x4x16xf32>
    %318 = "stablehlo.select"(%316, %arg87, %317) : (tensor<2x4x4x16xi1>, tensor<2x4x4x16xf32>, tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    "func.return"(%318) : (tensor<2x4x4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2x4x128xf32>) -> tensor<2x4x128xf32>, res_attrs = [{}], sym_name = "silu", sym_visibility = "private"}> ({
  ^bb0(%arg85: tensor<2x4x128xf32>):
    %307 = "stablehlo.negate"(%arg85) : (tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    %308 = "stablehlo.exponential"(%307) : (tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    %309 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %310 = "stablehlo.broadcast_in_dim"(%309) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x128xf32>
    %311 = "stablehlo.add"(%310, %308) : (tensor<2x4x128xf32>, tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    %312 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %313 = "stablehlo.broadcast_in_dim"(%312) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x128xf32>
    %314 = "stablehlo.divide"(%313, %311) : (tensor<2x4x128xf32>, tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    %315 = "stablehlo.multiply"(%arg85, %314) : (tensor<2x4x128xf32>, tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    "func.return"(%315) : (tensor<2x4x128xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x101xf32>) -> tensor<2xi32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg80: tensor<2x101xf32>):
    %294 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<2x101xi32>
    %295 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %296 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %297:2 = "stablehlo.reduce"(%arg80, %294, %295, %296) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg81: tensor<f32>, %arg82: tensor<i32>, %arg83: tensor<f32>, %arg84: tensor<i32>):
      %298 = "stablehlo.compare"(%arg81, %arg83) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %299 = "stablehlo.compare"(%arg81, %arg81) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %300 = "stablehlo.or"(%298, %299) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %301 = "stablehlo.compare"(%arg81, %arg83) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %302 = "stablehlo.compare"(%arg82, %arg84) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %303 = "stablehlo.and"(%301, %302) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %304 = "stablehlo.or"(%300, %303) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %305 = "stablehlo.select"(%300, %arg81, %arg83) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %306 = "stablehlo.select"(%304, %arg82, %arg84) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%305, %306) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<2x101xf32>, tensor<2x101xi32>, tensor<f32>, tensor<i32>) -> (tensor<2xf32>, tensor<2xi32>)
    "func.return"(%297#1) : (tensor<2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<101x64xf32>, tensor<2x64xf32>, tensor<2x64xf32>, tensor<2x128x64xf32>, tensor<2x64x128xf32>, tensor<2x64x128xf32>, tensor<2x64x32xf32>, tensor<2x64x64xf32>, tensor<2x64x64xf32>, tensor<2x64x32xf32>, tensor<64xf32>, tensor<64x101xf32>, tensor<2xi32>, tensor<i32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>) -> (tensor<2xi32>, tensor<i32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>, tensor<2xi32>), res_attrs = [{}, {}, {}, {}, {}], sym_name = "closed_call_6", sym_visibility = "private"}> ({
  ^bb0(%arg30: tensor<101x64xf32>, %arg31: tensor<2x64xf32>, %arg32: tensor<2x64xf32>, %arg33: tensor<2x128x64xf32>, %arg34: tensor<2x64x128xf32>, %arg35: tensor<2x64x128xf32>, %arg36: tensor<2x64x32xf32>, %arg37: tensor<2x64x64xf32>, %arg38: tensor<2x64x64xf32>, %arg39: tensor<2x64x32xf32>, %arg40: tensor<64xf32>, %arg41: tensor<64x101xf32>, %arg42: tensor<2xi32>, %arg43: tensor<i32>, %arg44: tensor<2x2x16x2x16xf32>, %arg45: tensor<2x2x16x2x16xf32>):
    %243 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %244 = "stablehlo.broadcast_in_dim"(%243) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %245 = "stablehlo.compare"(%arg42, %244) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %246 = "stablehlo.constant"() <{value = dense<101> : tensor<i32>}> : () -> tensor<i32>
    %247 = "stablehlo.broadcast_in_dim"(%246) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %248 = "stablehlo.add"(%arg42, %247) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %249 = "stablehlo.select"(%245, %248, %arg42) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %250 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %251 = "stablehlo.gather"(%arg30, %250) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<101x64xf32>, tensor<2x1xi32>) -> tensor<2x64xf32>
    %252 = "stablehlo.broadcast_in_dim"(%251) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<2x64xf32>) -> tensor<2x1x64xf32>
    %253 = "stablehlo.broadcast_in_dim"(%arg43) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %254 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xi32>
    %255 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %256:16 = "stablehlo.while"(%arg31, %arg32, %arg33, %arg34, %arg35, %arg36, %arg37, %arg38, %arg39, %254, %253, %arg43, %255, %252, %arg44, %arg45) ({
    ^bb0(%arg64: tensor<2x64xf32>, %arg65: tensor<2x64xf32>, %arg66: tensor<2x128x64xf32>, %arg67: tensor<2x64x128xf32>, %arg68: tensor<2x64x128xf32>, %arg69: tensor<2x64x32xf32>, %arg70: tensor<2x64x64xf32>, %arg71: tensor<2x64x64xf32>, %arg72: tensor<2x64x32xf32>, %arg73: tensor<2xi32>, %arg74: tensor<1xi32>, %arg75: tensor<i32>, %arg76: tensor<i32>, %arg77: tensor<2x1x64xf32>, %arg78: tensor<2x2x16x2x16xf32>, %arg79: tensor<2x2x16x2x16xf32>):
      %292 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
      %293 = "stablehlo.compare"(%arg76, %292) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%293) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg48: tensor<2x64xf32>, %arg49: tensor<2x64xf32>, %arg50: tensor<2x128x64xf32>, %arg51: tensor<2x64x128xf32>, %arg52: tensor<2x64x128xf32>, %arg53: tensor<2x64x32xf32>, %arg54: tensor<2x64x64xf32>, %arg55: tensor<2x64x64xf32>, %arg56: tensor<2x64x32xf32>, %arg57: tensor<2xi32>, %arg58: tensor<1xi32>, %arg59: tensor<i32>, %arg60: tensor<i32>, %arg61: tensor<2x1x64xf32>, %arg62: tensor<2x2x16x2x16xf32>, %arg63: tensor<2x2x16x2x16xf32>):
      %279 = "func.call"(%arg48, %arg60) <{callee = @dynamic_index_in_dim}> : (tensor<2x64xf32>, tensor<i32>) -> tensor<64xf32>
      %280 = "func.call"(%arg49, %arg60) <{callee = @dynamic_index_in_dim}> : (tensor<2x64xf32>, tensor<i32>) -> tensor<64xf32>
      %281 = "func.call"(%arg50, %arg60) <{callee = @dynamic_index_in_dim_0}> : (tensor<2x128x64xf32>, tensor<i32>) -> tensor<128x64xf32>
      %282 = "func.call"(%arg51, %arg60) <{callee = @dynamic_index_in_dim_1}> : (tensor<2x64x128xf32>, tensor<i32>) -> tensor<64x128xf32>
      %283 = "func.call"(%arg52, %arg60) <{callee = @dynamic_index_in_dim_1}> : (tensor<2x64x128xf32>, tensor<i32>) -> tensor<64x128xf32>
      %284 = "func.call"(%arg53, %arg60) <{callee = @dynamic_index_in_dim_2}> : (tensor<2x64x32xf32>, tensor<i32>) -> tensor<64x32xf32>
      %285 = "func.call"(%arg54, %arg60) <{callee = @dynamic_index_in_dim_3}> : (tensor<2x64x64xf32>, tensor<i32>) -> tensor<64x64xf32>
      %286 = "func.call"(%arg55, %arg60) <{callee = @dynamic_index_in_dim_3}> : (tensor<2x64x64xf32>, tensor<i32>) -> tensor<64x64xf32>
      %287 = "func.call"(%arg56, %arg60) <{callee = @dynamic_index_in_dim_2}> : (tensor<2x64x32xf32>, tensor<i32>) -> tensor<64x32xf32>
      %288 = "func.call"(%arg57, %arg60) <{callee = @dynamic_index_in_dim_4}> : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
      %289:3 = "func.call"(%arg58, %arg59, %arg61, %arg62, %arg63, %279, %280, %281, %282, %283, %284, %285, %286, %287, %288) <{callee = @closed_call_7}> : (tensor<1xi32>, tensor<i32>, tensor<2x1x64xf32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<i32>) -> (tensor<2x1x64xf32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>)
      %290 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %291 = "stablehlo.add"(%arg60, %290) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg48, %arg49, %arg50, %arg51, %arg52, %arg53, %arg54, %arg55, %arg56, %arg57, %arg58, %arg59, %291, %289#0, %289#1, %289#2) : (tensor<2x64xf32>, tensor<2x64xf32>, tensor<2x128x64xf32>, tensor<2x64x128xf32>, tensor<2x64x128xf32>, tensor<2x64x32xf32>, tensor<2x64x64xf32>, tensor<2x64x64xf32>, tensor<2x64x32xf32>, tensor<2xi32>, tensor<1xi32>, tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>) -> ()
    }) : (tensor<2x64xf32>, tensor<2x64xf32>, tensor<2x128x64xf32>, tensor<2x64x128xf32>, tensor<2x64x128xf32>, tensor<2x64x32xf32>, tensor<2x64x64xf32>, tensor<2x64x64xf32>, tensor<2x64x32xf32>, tensor<2xi32>, tensor<1xi32>, tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>) -> (tensor<2x64xf32>, tensor<2x64xf32>, tensor<2x128x64xf32>, tensor<2x64x128xf32>, tensor<2x64x128xf32>, tensor<2x64x32xf32>, tensor<2x64x64xf32>, tensor<2x64x64xf32>, tensor<2x64x32xf32>, tensor<2xi32>, tensor<1xi32>, tensor<i32>, tensor<i32>, tensor<2x1x64xf32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>)
    %257 = "stablehlo.multiply"(%256#13, %256#13) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %258 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %259 = "stablehlo.reduce"(%257, %258) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg46: tensor<f32>, %arg47: tensor<f32>):
      %278 = "stablehlo.add"(%arg46, %arg47) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%278) : (tensor<f32>) -> ()
    }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
    %260 = "stablehlo.broadcast_in_dim"(%259) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
    %261 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %262 = "stablehlo.broadcast_in_dim"(%261) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
    %263 = "stablehlo.divide"(%260, %262) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %264 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %265 = "stablehlo.broadcast_in_dim"(%264) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
    %266 = "stablehlo.add"(%263, %265) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %267 = "stablehlo.rsqrt"(%266) : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %268 = "stablehlo.broadcast_in_dim"(%267) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
    %269 = "stablehlo.multiply"(%256#13, %268) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %270 = "stablehlo.broadcast_in_dim"(%arg40) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %271 = "stablehlo.broadcast_in_dim"(%270) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
    %272 = "stablehlo.multiply"(%269, %271) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %273 = "stablehlo.dot_general"(%272, %arg41) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xf32>, tensor<64x101xf32>) -> tensor<2x1x101xf32>
    %274 = "stablehlo.reshape"(%273) : (tensor<2x1x101xf32>) -> tensor<2x101xf32>
    %275 = "func.call"(%274) <{callee = @argmax}> : (tensor<2x101xf32>) -> tensor<2xi32>
    %276 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %277 = "stablehlo.add"(%arg43, %276) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%275, %277, %256#14, %256#15, %275) : (tensor<2xi32>, tensor<i32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>, tensor<2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1xi32>, tensor<i32>, tensor<2x1x64xf32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<i32>) -> (tensor<2x1x64xf32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>), res_attrs = [{}, {}, {}], sym_name = "closed_call_7", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<1xi32>, %arg8: tensor<i32>, %arg9: tensor<2x1x64xf32>, %arg10: tensor<2x2x16x2x16xf32>, %arg11: tensor<2x2x16x2x16xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<64x128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64x32xf32>, %arg18: tensor<64x64xf32>, %arg19: tensor<64x64xf32>, %arg20: tensor<64x32xf32>, %arg21: tensor<i32>):
    %15 = "stablehlo.multiply"(%arg9, %arg9) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %16 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %17 = "stablehlo.reduce"(%15, %16) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg28: tensor<f32>, %arg29: tensor<f32>):
      %242 = "stablehlo.add"(%arg28, %arg29) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%242) : (tensor<f32>) -> ()
    }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
    %18 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
    %19 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
    %21 = "stablehlo.divide"(%18, %20) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %22 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %23 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
    %24 = "stablehlo.add"(%21, %23) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %25 = "stablehlo.rsqrt"(%24) : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %26 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
    %27 = "stablehlo.multiply"(%arg9, %26) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %28 = "stablehlo.broadcast_in_dim"(%arg12) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %29 = "stablehlo.broadcast_in_dim"(%28) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
    %30 = "stablehlo.multiply"(%27, %29) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %31 = "stablehlo.dot_general"(%30, %arg19) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xf32>, tensor<64x64xf32>) -> tensor<2x1x64xf32>
    %32 = "stablehlo.reshape"(%31) : (tensor<2x1x64xf32>) -> tensor<2x1x4x16xf32>
    %33 = "stablehlo.dot_general"(%30, %arg17) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xf32>, tensor<64x32xf32>) -> tensor<2x1x32xf32>
    %34 = "stablehlo.reshape"(%33) : (tensor<2x1x32xf32>) -> tensor<2x1x2x16xf32>
    %35 = "stablehlo.dot_general"(%30, %arg20) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xf32>, tensor<64x32xf32>) -> tensor<2x1x32xf32>
    %36 = "stablehlo.reshape"(%35) : (tensor<2x1x32xf32>) -> tensor<2x1x2x16xf32>
    %37 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %38 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %39 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %40 = "stablehlo.divide"(%37, %39) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %41 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %42 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %43 = "stablehlo.power"(%42, %40) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %44 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %45 = "stablehlo.broadcast_in_dim"(%44) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %46 = "stablehlo.divide"(%45, %43) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %47 = "stablehlo.convert"(%arg7) : (tensor<1xi32>) -> tensor<1xf32>
    %48 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %49 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %50 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x8xf32>
    %51 = "stablehlo.multiply"(%50, %49) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
    %52 = "stablehlo.cosine"(%51) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %53 = "stablehlo.broadcast_in_dim"(%52) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %54 = "stablehlo.sine"(%51) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %55 = "stablehlo.broadcast_in_dim"(%54) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %56 = "stablehlo.slice"(%32) <{limit_indices = array<i64: 2, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x4x16xf32>) -> tensor<2x1x4x8xf32>
    %57 = "stablehlo.slice"(%32) <{limit_indices = array<i64: 2, 1, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x4x16xf32>) -> tensor<2x1x4x8xf32>
    %58 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %59 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
    %60 = "stablehlo.multiply"(%56, %59) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %61 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %62 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
    %63 = "stablehlo.multiply"(%57, %62) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %64 = "stablehlo.subtract"(%60, %63) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %65 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %66 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
    %67 = "stablehlo.multiply"(%57, %66) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %68 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %69 = "stablehlo.broadcast_in_dim"(%68) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x4x8xf32>
    %70 = "stablehlo.multiply"(%56, %69) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %71 = "stablehlo.add"(%67, %70) : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x8xf32>
    %72 = "stablehlo.concatenate"(%64, %71) <{dimension = 3 : i64}> : (tensor<2x1x4x8xf32>, tensor<2x1x4x8xf32>) -> tensor<2x1x4x16xf32>
    %73 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %74 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %75 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %76 = "stablehlo.divide"(%73, %75) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %77 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %78 = "stablehlo.broadcast_in_dim"(%77) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %79 = "stablehlo.power"(%78, %76) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %80 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %81 = "stablehlo.broadcast_in_dim"(%80) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %82 = "stablehlo.divide"(%81, %79) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %83 = "stablehlo.convert"(%arg7) : (tensor<1xi32>) -> tensor<1xf32>
    %84 = "stablehlo.broadcast_in_dim"(%83) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %85 = "stablehlo.broadcast_in_dim"(%82) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %86 = "stablehlo.broadcast_in_dim"(%84) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x8xf32>
    %87 = "stablehlo.multiply"(%86, %85) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
    %88 = "stablehlo.cosine"(%87) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %89 = "stablehlo.broadcast_in_dim"(%88) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %90 = "stablehlo.sine"(%87) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %91 = "stablehlo.broadcast_in_dim"(%90) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x8xf32>) -> tensor<1x1x8xf32>
    %92 = "stablehlo.slice"(%34) <{limit_indices = array<i64: 2, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x2x16xf32>) -> tensor<2x1x2x8xf32>
    %93 = "stablehlo.slice"(%34) <{limit_indices = array<i64: 2, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<2x1x2x16xf32>) -> tensor<2x1x2x8xf32>
    %94 = "stablehlo.broadcast_in_dim"(%89) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %95 = "stablehlo.broadcast_in_dim"(%94) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
    %96 = "stablehlo.multiply"(%92, %95) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %97 = "stablehlo.broadcast_in_dim"(%91) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %98 = "stablehlo.broadcast_in_dim"(%97) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
    %99 = "stablehlo.multiply"(%93, %98) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %100 = "stablehlo.subtract"(%96, %99) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %101 = "stablehlo.broadcast_in_dim"(%89) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %102 = "stablehlo.broadcast_in_dim"(%101) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
    %103 = "stablehlo.multiply"(%93, %102) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %104 = "stablehlo.broadcast_in_dim"(%91) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %105 = "stablehlo.broadcast_in_dim"(%104) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<2x1x2x8xf32>
    %106 = "stablehlo.multiply"(%92, %105) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %107 = "stablehlo.add"(%103, %106) : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x8xf32>
    %108 = "stablehlo.concatenate"(%100, %107) <{dimension = 3 : i64}> : (tensor<2x1x2x8xf32>, tensor<2x1x2x8xf32>) -> tensor<2x1x2x16xf32>
    %109 = "stablehlo.broadcast_in_dim"(%108) <{broadcast_dimensions = array<i64: 1, 2, 3, 4>}> : (tensor<2x1x2x16xf32>) -> tensor<1x2x1x2x16xf32>
    %110 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %111 = "stablehlo.compare"(%arg21, %110) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %112 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %113 = "stablehlo.add"(%arg21, %112) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %114 = "stablehlo.select"(%111, %113, %arg21) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %115 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %116 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %117 = "stablehlo.compare"(%115, %116) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %118 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %119 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %120 = "stablehlo.add"(%118, %119) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %121 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %122 = "stablehlo.select"(%117, %120, %121) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %123 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %124 = "stablehlo.compare"(%arg8, %123) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %125 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %126 = "stablehlo.add"(%arg8, %125) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %127 = "stablehlo.select"(%124, %126, %arg8) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %128 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %129 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %130 = "stablehlo.compare"(%128, %129) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %131 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %132 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %133 = "stablehlo.add"(%131, %132) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %134 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %135 = "stablehlo.select"(%130, %133, %134) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %136 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %137 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %138 = "stablehlo.compare"(%136, %137) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %139 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %140 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %141 = "stablehlo.add"(%139, %140) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %142 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %143 = "stablehlo.select"(%138, %141, %142) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %144 = "stablehlo.dynamic_update_slice"(%arg10, %109, %114, %122, %127, %135, %143) : (tensor<2x2x16x2x16xf32>, tensor<1x2x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x2x16x2x16xf32>
    %145 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64: 1, 2, 3, 4>}> : (tensor<2x1x2x16xf32>) -> tensor<1x2x1x2x16xf32>
    %146 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %147 = "stablehlo.compare"(%arg21, %146) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %148 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %149 = "stablehlo.add"(%arg21, %148) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %150 = "stablehlo.select"(%147, %149, %arg21) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %151 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %152 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %153 = "stablehlo.compare"(%151, %152) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %154 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %155 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %156 = "stablehlo.add"(%154, %155) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %157 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %158 = "stablehlo.select"(%153, %156, %157) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %159 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %160 = "stablehlo.compare"(%arg8, %159) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %161 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %162 = "stablehlo.add"(%arg8, %161) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %163 = "stablehlo.select"(%160, %162, %arg8) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %164 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %165 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %166 = "stablehlo.compare"(%164, %165) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %167 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %168 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %169 = "stablehlo.add"(%167, %168) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %170 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %171 = "stablehlo.select"(%166, %169, %170) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %172 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %173 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %174 = "stablehlo.compare"(%172, %173) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %175 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %176 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %177 = "stablehlo.add"(%175, %176) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %178 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %179 = "stablehlo.select"(%174, %177, %178) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %180 = "stablehlo.dynamic_update_slice"(%arg11, %145, %150, %158, %163, %171, %179) : (tensor<2x2x16x2x16xf32>, tensor<1x2x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x2x16x2x16xf32>
    %181 = "func.call"(%144, %arg21) <{callee = @dynamic_index_in_dim_5}> : (tensor<2x2x16x2x16xf32>, tensor<i32>) -> tensor<2x16x2x16xf32>
    %182 = "func.call"(%180, %arg21) <{callee = @dynamic_index_in_dim_5}> : (tensor<2x2x16x2x16xf32>, tensor<i32>) -> tensor<2x16x2x16xf32>
    %183 = "stablehlo.broadcast_in_dim"(%181) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<2x16x2x16xf32>) -> tensor<2x16x2x2x16xf32>
    %184 = "stablehlo.reshape"(%183) : (tensor<2x16x2x2x16xf32>) -> tensor<2x16x4x16xf32>
    %185 = "stablehlo.dot_general"(%72, %184) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x4x16xf32>, tensor<2x16x4x16xf32>) -> tensor<2x4x1x16xf32>
    %186 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %187 = "stablehlo.sqrt"(%186) : (tensor<f32>) -> tensor<f32>
    %188 = "stablehlo.broadcast_in_dim"(%187) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1x16xf32>
    %189 = "stablehlo.divide"(%185, %188) : (tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
    %190 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x16xi32>
    %191 = "stablehlo.broadcast_in_dim"(%arg7) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %192 = "stablehlo.broadcast_in_dim"(%191) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x16xi32>
    %193 = "stablehlo.compare"(%190, %192) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %194 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %195 = "func.call"(%193, %189, %194) <{callee = @_where_8}> : (tensor<1x16xi1>, tensor<2x4x1x16xf32>, tensor<f32>) -> tensor<2x4x1x16xf32>
    %196 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %197 = "stablehlo.reduce"(%195, %196) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg26: tensor<f32>, %arg27: tensor<f32>):
      %241 = "stablehlo.maximum"(%arg26, %arg27) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%241) : (tensor<f32>) -> ()
    }) : (tensor<2x4x1x16xf32>, tensor<f32>) -> tensor<2x4x1xf32>
    %198 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %199 = "stablehlo.broadcast_in_dim"(%198) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %200 = "stablehlo.maximum"(%199, %197) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %201 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
    %202 = "stablehlo.broadcast_in_dim"(%201) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x16xf32>
    %203 = "stablehlo.subtract"(%195, %202) : (tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
    %204 = "stablehlo.exponential"(%203) : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
    %205 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %206 = "stablehlo.reduce"(%204, %205) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg24: tensor<f32>, %arg25: tensor<f32>):
      %240 = "stablehlo.add"(%arg24, %arg25) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%240) : (tensor<f32>) -> ()
    }) : (tensor<2x4x1x16xf32>, tensor<f32>) -> tensor<2x4x1xf32>
    %207 = "stablehlo.broadcast_in_dim"(%206) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
    %208 = "stablehlo.broadcast_in_dim"(%207) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x16xf32>
    %209 = "stablehlo.divide"(%204, %208) : (tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
    %210 = "stablehlo.broadcast_in_dim"(%182) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<2x16x2x16xf32>) -> tensor<2x16x2x2x16xf32>
    %211 = "stablehlo.reshape"(%210) : (tensor<2x16x2x2x16xf32>) -> tensor<2x16x4x16xf32>
    %212 = "stablehlo.dot_general"(%211, %209) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x4x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x16x1xf32>
    %213 = "stablehlo.transpose"(%212) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<2x4x16x1xf32>) -> tensor<2x1x4x16xf32>
    %214 = "stablehlo.reshape"(%213) : (tensor<2x1x4x16xf32>) -> tensor<2x1x64xf32>
    %215 = "stablehlo.dot_general"(%214, %arg18) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xf32>, tensor<64x64xf32>) -> tensor<2x1x64xf32>
    %216 = "stablehlo.add"(%arg9, %215) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %217 = "stablehlo.multiply"(%216, %216) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %218 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %219 = "stablehlo.reduce"(%217, %218) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg22: tensor<f32>, %arg23: tensor<f32>):
      %239 = "stablehlo.add"(%arg22, %arg23) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%239) : (tensor<f32>) -> ()
    }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
    %220 = "stablehlo.broadcast_in_dim"(%219) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
    %221 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %222 = "stablehlo.broadcast_in_dim"(%221) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
    %223 = "stablehlo.divide"(%220, %222) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %224 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %225 = "stablehlo.broadcast_in_dim"(%224) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
    %226 = "stablehlo.add"(%223, %225) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %227 = "stablehlo.rsqrt"(%226) : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %228 = "stablehlo.broadcast_in_dim"(%227) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
    %229 = "stablehlo.multiply"(%216, %228) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %230 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %231 = "stablehlo.broadcast_in_dim"(%230) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
    %232 = "stablehlo.multiply"(%229, %231) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %233 = "stablehlo.dot_general"(%232, %arg15) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xf32>, tensor<64x128xf32>) -> tensor<2x1x128xf32>
    %234 = "func.call"(%233) <{callee = @silu_9}> : (tensor<2x1x128xf32>) -> tensor<2x1x128xf32>
    %235 = "stablehlo.dot_general"(%232, %arg16) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xf32>, tensor<64x128xf32>) -> tensor<2x1x128xf32>
    %236 = "stablehlo.multiply"(%234, %235) : (tensor<2x1x128xf32>, tensor<2x1x128xf32>) -> tensor<2x1x128xf32>
    %237 = "stablehlo.dot_general"(%236, %arg14) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x128xf32>, tensor<128x64xf32>) -> tensor<2x1x64xf32>
    %238 = "stablehlo.add"(%216, %237) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    "func.return"(%238, %144, %180) : (tensor<2x1x64xf32>, tensor<2x2x16x2x16xf32>, tensor<2x2x16x2x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x16xi1>, tensor<2x4x1x16xf32>, tensor<f32>) -> tensor<2x4x1x16xf32>, res_attrs = [{}], sym_name = "_where_8", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<1x16xi1>, %arg5: tensor<2x4x1x16xf32>, %arg6: tensor<f32>):
    %12 = "stablehlo.broadcast_in_dim"(%arg4) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<1x16xi1>) -> tensor<2x4x1x16xi1>
    %13 = "stablehlo.broadcast_in_dim"(%arg6) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1x16xf32>
    %14 = "stablehlo.select"(%12, %arg5, %13) : (tensor<2x4x1x16xi1>, tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
    "func.return"(%14) : (tensor<2x4x1x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2x1x128xf32>) -> tensor<2x1x128xf32>, res_attrs = [{}], sym_name = "silu_9", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<2x1x128xf32>):
    %3 = "stablehlo.negate"(%arg3) : (tensor<2x1x128xf32>) -> tensor<2x1x128xf32>
    %4 = "stablehlo.exponential"(%3) : (tensor<2x1x128xf32>) -> tensor<2x1x128xf32>
    %5 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %6 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x128xf32>
    %7 = "stablehlo.add"(%6, %4) : (tensor<2x1x128xf32>, tensor<2x1x128xf32>) -> tensor<2x1x128xf32>
    %8 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %9 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x128xf32>
    %10 = "stablehlo.divide"(%9, %7) : (tensor<2x1x128xf32>, tensor<2x1x128xf32>) -> tensor<2x1x128xf32>
    %11 = "stablehlo.multiply"(%arg3, %10) : (tensor<2x1x128xf32>, tensor<2x1x128xf32>) -> tensor<2x1x128xf32>
    "func.return"(%11) : (tensor<2x1x128xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<11x2xi32>, tensor<2xi32>, tensor<i32>) -> tensor<11x2xi32>, res_attrs = [{}], sym_name = "dynamic_update_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<11x2xi32>, %arg1: tensor<2xi32>, %arg2: tensor<i32>):
    %0 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64: 1>}> : (tensor<2xi32>) -> tensor<1x2xi32>
    %1 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2 = "stablehlo.dynamic_update_slice"(%arg0, %0, %arg2, %1) : (tensor<11x2xi32>, tensor<1x2xi32>, tensor<i32>, tensor<i32>) -> tensor<11x2xi32>
    "func.return"(%2) : (tensor<11x2xi32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
