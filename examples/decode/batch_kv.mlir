"builtin.module"() <{sym_name = "jit_batch_kv"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64x32xf32>, tensor<32x32xf32>, tensor<3x4xi32>) -> tensor<3x16xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg75: tensor<16x32xf32>, %arg76: tensor<32x32xf32>, %arg77: tensor<32xf32>, %arg78: tensor<32xf32>, %arg79: tensor<32x32xf32>, %arg80: tensor<32x32xf32>, %arg81: tensor<32x32xf32>, %arg82: tensor<32x32xf32>, %arg83: tensor<32xf32>, %arg84: tensor<32xf32>, %arg85: tensor<32xf32>, %arg86: tensor<32xf32>, %arg87: tensor<64xf32>, %arg88: tensor<32xf32>, %arg89: tensor<32x64xf32>, %arg90: tensor<64x32xf32>, %arg91: tensor<32x32xf32>, %arg92: tensor<32x32xf32>, %arg93: tensor<32x32xf32>, %arg94: tensor<32x32xf32>, %arg95: tensor<32xf32>, %arg96: tensor<32xf32>, %arg97: tensor<32xf32>, %arg98: tensor<32xf32>, %arg99: tensor<64xf32>, %arg100: tensor<32xf32>, %arg101: tensor<32x64xf32>, %arg102: tensor<64x32xf32>, %arg103: tensor<32x32xf32>, %arg104: tensor<3x4xi32>):
    %530 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %531 = "stablehlo.broadcast_in_dim"(%530) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x16xi32>
    %532 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %533 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %534 = "stablehlo.dynamic_update_slice"(%531, %arg104, %532, %533) : (tensor<3x16xi32>, tensor<3x4xi32>, tensor<i32>, tensor<i32>) -> tensor<3x16xi32>
    %535 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %536 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %537 = "stablehlo.dynamic_slice"(%arg75, %535, %536) <{slice_sizes = array<i64: 4, 32>}> : (tensor<16x32xf32>, tensor<i32>, tensor<i32>) -> tensor<4x32xf32>
    %538 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %539 = "stablehlo.broadcast_in_dim"(%538) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x4xi32>
    %540 = "stablehlo.compare"(%arg104, %539) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<3x4xi32>, tensor<3x4xi32>) -> tensor<3x4xi1>
    %541 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %542 = "stablehlo.broadcast_in_dim"(%541) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x4xi32>
    %543 = "stablehlo.add"(%arg104, %542) : (tensor<3x4xi32>, tensor<3x4xi32>) -> tensor<3x4xi32>
    %544 = "stablehlo.select"(%540, %543, %arg104) : (tensor<3x4xi1>, tensor<3x4xi32>, tensor<3x4xi32>) -> tensor<3x4xi32>
    %545 = "stablehlo.broadcast_in_dim"(%544) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x4xi32>) -> tensor<3x4x1xi32>
    %546 = "stablehlo.gather"(%arg76, %545) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xf32>, tensor<3x4x1xi32>) -> tensor<3x4x32xf32>
    %547 = "stablehlo.broadcast_in_dim"(%537) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<4x32xf32>) -> tensor<1x4x32xf32>
    %548 = "stablehlo.broadcast_in_dim"(%547) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x32xf32>) -> tensor<3x4x32xf32>
    %549 = "stablehlo.add"(%546, %548) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %550 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %551 = "stablehlo.reduce"(%549, %550) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg201: tensor<f32>, %arg202: tensor<f32>):
      %871 = "stablehlo.add"(%arg201, %arg202) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%871) : (tensor<f32>) -> ()
    }) : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %552 = "stablehlo.broadcast_in_dim"(%551) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %553 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %554 = "stablehlo.broadcast_in_dim"(%553) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x1xf32>
    %555 = "stablehlo.divide"(%552, %554) : (tensor<3x4x1xf32>, tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %556 = "stablehlo.broadcast_in_dim"(%555) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %557 = "stablehlo.subtract"(%549, %556) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %558 = "chlo.square"(%557) : (tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %559 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %560 = "stablehlo.reduce"(%558, %559) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg199: tensor<f32>, %arg200: tensor<f32>):
      %870 = "stablehlo.add"(%arg199, %arg200) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%870) : (tensor<f32>) -> ()
    }) : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %561 = "stablehlo.broadcast_in_dim"(%560) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %562 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %563 = "stablehlo.broadcast_in_dim"(%562) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x1xf32>
    %564 = "stablehlo.divide"(%561, %563) : (tensor<3x4x1xf32>, tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %565 = "stablehlo.broadcast_in_dim"(%555) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %566 = "stablehlo.subtract"(%549, %565) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %567 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %568 = "stablehlo.broadcast_in_dim"(%567) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x1xf32>
    %569 = "stablehlo.add"(%564, %568) : (tensor<3x4x1xf32>, tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %570 = "stablehlo.rsqrt"(%569) : (tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %571 = "stablehlo.broadcast_in_dim"(%570) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %572 = "stablehlo.multiply"(%566, %571) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %573 = "stablehlo.broadcast_in_dim"(%arg84) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %574 = "stablehlo.broadcast_in_dim"(%573) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %575 = "stablehlo.multiply"(%572, %574) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %576 = "stablehlo.broadcast_in_dim"(%arg83) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %577 = "stablehlo.broadcast_in_dim"(%576) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %578 = "stablehlo.add"(%575, %577) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %579 = "stablehlo.dot_general"(%578, %arg81) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x4x32xf32>, tensor<32x32xf32>) -> tensor<3x4x32xf32>
    %580 = "stablehlo.reshape"(%579) : (tensor<3x4x32xf32>) -> tensor<3x4x2x16xf32>
    %581 = "stablehlo.transpose"(%580) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<3x4x2x16xf32>) -> tensor<3x2x4x16xf32>
    %582 = "stablehlo.dot_general"(%578, %arg79) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x4x32xf32>, tensor<32x32xf32>) -> tensor<3x4x32xf32>
    %583 = "stablehlo.reshape"(%582) : (tensor<3x4x32xf32>) -> tensor<3x4x2x16xf32>
    %584 = "stablehlo.transpose"(%583) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<3x4x2x16xf32>) -> tensor<3x2x4x16xf32>
    %585 = "stablehlo.dot_general"(%578, %arg82) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x4x32xf32>, tensor<32x32xf32>) -> tensor<3x4x32xf32>
    %586 = "stablehlo.reshape"(%585) : (tensor<3x4x32xf32>) -> tensor<3x4x2x16xf32>
    %587 = "stablehlo.transpose"(%586) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<3x4x2x16xf32>) -> tensor<3x2x4x16xf32>
    %588 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %589 = "stablehlo.broadcast_in_dim"(%588) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4x4xi1>
    %590 = "func.call"(%589) <{callee = @tril}> : (tensor<4x4xi1>) -> tensor<4x4xi1>
    %591 = "stablehlo.dot_general"(%581, %584) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x2x4x16xf32>, tensor<3x2x4x16xf32>) -> tensor<3x2x4x4xf32>
    %592 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %593 = "stablehlo.broadcast_in_dim"(%592) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x2x4x4xf32>
    %594 = "stablehlo.multiply"(%591, %593) : (tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>) -> tensor<3x2x4x4xf32>
    %595 = "stablehlo.constant"() <{value = dense<-1.000000e+30> : tensor<f32>}> : () -> tensor<f32>
    %596 = "func.call"(%590, %594, %595) <{callee = @_where}> : (tensor<4x4xi1>, tensor<3x2x4x4xf32>, tensor<f32>) -> tensor<3x2x4x4xf32>
    %597 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %598 = "stablehlo.reduce"(%596, %597) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg197: tensor<f32>, %arg198: tensor<f32>):
      %869 = "stablehlo.maximum"(%arg197, %arg198) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%869) : (tensor<f32>) -> ()
    }) : (tensor<3x2x4x4xf32>, tensor<f32>) -> tensor<3x2x4xf32>
    %599 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %600 = "stablehlo.broadcast_in_dim"(%599) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x2x4xf32>
    %601 = "stablehlo.maximum"(%600, %598) : (tensor<3x2x4xf32>, tensor<3x2x4xf32>) -> tensor<3x2x4xf32>
    %602 = "stablehlo.broadcast_in_dim"(%601) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x2x4xf32>) -> tensor<3x2x4x1xf32>
    %603 = "stablehlo.broadcast_in_dim"(%602) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<3x2x4x1xf32>) -> tensor<3x2x4x4xf32>
    %604 = "stablehlo.subtract"(%596, %603) : (tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>) -> tensor<3x2x4x4xf32>
    %605 = "stablehlo.exponential"(%604) : (tensor<3x2x4x4xf32>) -> tensor<3x2x4x4xf32>
    %606 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %607 = "stablehlo.reduce"(%605, %606) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg195: tensor<f32>, %arg196: tensor<f32>):
      %868 = "stablehlo.add"(%arg195, %arg196) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%868) : (tensor<f32>) -> ()
    }) : (tensor<3x2x4x4xf32>, tensor<f32>) -> tensor<3x2x4xf32>
    %608 = "stablehlo.broadcast_in_dim"(%607) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x2x4xf32>) -> tensor<3x2x4x1xf32>
    %609 = "stablehlo.broadcast_in_dim"(%608) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<3x2x4x1xf32>) -> tensor<3x2x4x4xf32>
    %610 = "stablehlo.divide"(%605, %609) : (tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>) -> tensor<3x2x4x4xf32>
    %611 = "stablehlo.dot_general"(%610, %587) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x2x4x4xf32>, tensor<3x2x4x16xf32>) -> tensor<3x2x4x16xf32>
    %612 = "stablehlo.transpose"(%611) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<3x2x4x16xf32>) -> tensor<3x4x2x16xf32>
    %613 = "stablehlo.reshape"(%612) : (tensor<3x4x2x16xf32>) -> tensor<3x4x32xf32>
    %614 = "stablehlo.dot_general"(%613, %arg80) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x4x32xf32>, tensor<32x32xf32>) -> tensor<3x4x32xf32>
    %615 = "stablehlo.add"(%549, %614) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %616 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %617 = "stablehlo.reduce"(%615, %616) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg193: tensor<f32>, %arg194: tensor<f32>):
      %867 = "stablehlo.add"(%arg193, %arg194) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%867) : (tensor<f32>) -> ()
    }) : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %618 = "stablehlo.broadcast_in_dim"(%617) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %619 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %620 = "stablehlo.broadcast_in_dim"(%619) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x1xf32>
    %621 = "stablehlo.divide"(%618, %620) : (tensor<3x4x1xf32>, tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %622 = "stablehlo.broadcast_in_dim"(%621) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %623 = "stablehlo.subtract"(%615, %622) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %624 = "chlo.square"(%623) : (tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %625 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %626 = "stablehlo.reduce"(%624, %625) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg191: tensor<f32>, %arg192: tensor<f32>):
      %866 = "stablehlo.add"(%arg191, %arg192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%866) : (tensor<f32>) -> ()
    }) : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %627 = "stablehlo.broadcast_in_dim"(%626) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %628 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %629 = "stablehlo.broadcast_in_dim"(%628) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x1xf32>
    %630 = "stablehlo.divide"(%627, %629) : (tensor<3x4x1xf32>, tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %631 = "stablehlo.broadcast_in_dim"(%621) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %632 = "stablehlo.subtract"(%615, %631) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %633 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %634 = "stablehlo.broadcast_in_dim"(%633) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x1xf32>
    %635 = "stablehlo.add"(%630, %634) : (tensor<3x4x1xf32>, tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %636 = "stablehlo.rsqrt"(%635) : (tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %637 = "stablehlo.broadcast_in_dim"(%636) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %638 = "stablehlo.multiply"(%632, %637) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %639 = "stablehlo.broadcast_in_dim"(%arg86) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %640 = "stablehlo.broadcast_in_dim"(%639) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %641 = "stablehlo.multiply"(%638, %640) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %642 = "stablehlo.broadcast_in_dim"(%arg85) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %643 = "stablehlo.broadcast_in_dim"(%642) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %644 = "stablehlo.add"(%641, %643) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %645 = "stablehlo.dot_general"(%644, %arg89) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x4x32xf32>, tensor<32x64xf32>) -> tensor<3x4x64xf32>
    %646 = "stablehlo.broadcast_in_dim"(%arg87) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %647 = "stablehlo.broadcast_in_dim"(%646) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<3x4x64xf32>
    %648 = "stablehlo.add"(%645, %647) : (tensor<3x4x64xf32>, tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %649 = "stablehlo.multiply"(%648, %648) : (tensor<3x4x64xf32>, tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %650 = "stablehlo.multiply"(%649, %648) : (tensor<3x4x64xf32>, tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %651 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %652 = "stablehlo.broadcast_in_dim"(%651) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x64xf32>
    %653 = "stablehlo.multiply"(%652, %650) : (tensor<3x4x64xf32>, tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %654 = "stablehlo.add"(%648, %653) : (tensor<3x4x64xf32>, tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %655 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %656 = "stablehlo.broadcast_in_dim"(%655) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x64xf32>
    %657 = "stablehlo.multiply"(%656, %654) : (tensor<3x4x64xf32>, tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %658 = "stablehlo.tanh"(%657) : (tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %659 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %660 = "stablehlo.broadcast_in_dim"(%659) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x64xf32>
    %661 = "stablehlo.add"(%660, %658) : (tensor<3x4x64xf32>, tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %662 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %663 = "stablehlo.broadcast_in_dim"(%662) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x64xf32>
    %664 = "stablehlo.multiply"(%663, %661) : (tensor<3x4x64xf32>, tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %665 = "stablehlo.multiply"(%648, %664) : (tensor<3x4x64xf32>, tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %666 = "stablehlo.dot_general"(%665, %arg90) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x4x64xf32>, tensor<64x32xf32>) -> tensor<3x4x32xf32>
    %667 = "stablehlo.broadcast_in_dim"(%arg88) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %668 = "stablehlo.broadcast_in_dim"(%667) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %669 = "stablehlo.add"(%666, %668) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %670 = "stablehlo.add"(%615, %669) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %671 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %672 = "stablehlo.reduce"(%670, %671) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg189: tensor<f32>, %arg190: tensor<f32>):
      %865 = "stablehlo.add"(%arg189, %arg190) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%865) : (tensor<f32>) -> ()
    }) : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %673 = "stablehlo.broadcast_in_dim"(%672) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %674 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %675 = "stablehlo.broadcast_in_dim"(%674) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x1xf32>
    %676 = "stablehlo.divide"(%673, %675) : (tensor<3x4x1xf32>, tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %677 = "stablehlo.broadcast_in_dim"(%676) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %678 = "stablehlo.subtract"(%670, %677) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %679 = "chlo.square"(%678) : (tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %680 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %681 = "stablehlo.reduce"(%679, %680) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg187: tensor<f32>, %arg188: tensor<f32>):
      %864 = "stablehlo.add"(%arg187, %arg188) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%864) : (tensor<f32>) -> ()
    }) : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %682 = "stablehlo.broadcast_in_dim"(%681) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %683 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %684 = "stablehlo.broadcast_in_dim"(%683) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x1xf32>
    %685 = "stablehlo.divide"(%682, %684) : (tensor<3x4x1xf32>, tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %686 = "stablehlo.broadcast_in_dim"(%676) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %687 = "stablehlo.subtract"(%670, %686) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %688 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %689 = "stablehlo.broadcast_in_dim"(%688) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x1xf32>
    %690 = "stablehlo.add"(%685, %689) : (tensor<3x4x1xf32>, tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %691 = "stablehlo.rsqrt"(%690) : (tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %692 = "stablehlo.broadcast_in_dim"(%691) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %693 = "stablehlo.multiply"(%687, %692) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %694 = "stablehlo.broadcast_in_dim"(%arg96) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %695 = "stablehlo.broadcast_in_dim"(%694) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %696 = "stablehlo.multiply"(%693, %695) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %697 = "stablehlo.broadcast_in_dim"(%arg95) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %698 = "stablehlo.broadcast_in_dim"(%697) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %699 = "stablehlo.add"(%696, %698) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %700 = "stablehlo.dot_general"(%699, %arg93) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x4x32xf32>, tensor<32x32xf32>) -> tensor<3x4x32xf32>
    %701 = "stablehlo.reshape"(%700) : (tensor<3x4x32xf32>) -> tensor<3x4x2x16xf32>
    %702 = "stablehlo.transpose"(%701) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<3x4x2x16xf32>) -> tensor<3x2x4x16xf32>
    %703 = "stablehlo.dot_general"(%699, %arg91) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x4x32xf32>, tensor<32x32xf32>) -> tensor<3x4x32xf32>
    %704 = "stablehlo.reshape"(%703) : (tensor<3x4x32xf32>) -> tensor<3x4x2x16xf32>
    %705 = "stablehlo.transpose"(%704) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<3x4x2x16xf32>) -> tensor<3x2x4x16xf32>
    %706 = "stablehlo.dot_general"(%699, %arg94) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x4x32xf32>, tensor<32x32xf32>) -> tensor<3x4x32xf32>
    %707 = "stablehlo.reshape"(%706) : (tensor<3x4x32xf32>) -> tensor<3x4x2x16xf32>
    %708 = "stablehlo.transpose"(%707) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<3x4x2x16xf32>) -> tensor<3x2x4x16xf32>
    %709 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %710 = "stablehlo.broadcast_in_dim"(%709) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4x4xi1>
    %711 = "func.call"(%710) <{callee = @tril}> : (tensor<4x4xi1>) -> tensor<4x4xi1>
    %712 = "stablehlo.dot_general"(%702, %705) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x2x4x16xf32>, tensor<3x2x4x16xf32>) -> tensor<3x2x4x4xf32>
    %713 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %714 = "stablehlo.broadcast_in_dim"(%713) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x2x4x4xf32>
    %715 = "stablehlo.multiply"(%712, %714) : (tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>) -> tensor<3x2x4x4xf32>
    %716 = "stablehlo.constant"() <{value = dense<-1.000000e+30> : tensor<f32>}> : () -> tensor<f32>
    %717 = "func.call"(%711, %715, %716) <{callee = @_where}> : (tensor<4x4xi1>, tensor<3x2x4x4xf32>, tensor<f32>) -> tensor<3x2x4x4xf32>
    %718 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %719 = "stablehlo.reduce"(%717, %718) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg185: tensor<f32>, %arg186: tensor<f32>):
      %863 = "stablehlo.maximum"(%arg185, %arg186) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%863) : (tensor<f32>) -> ()
    }) : (tensor<3x2x4x4xf32>, tensor<f32>) -> tensor<3x2x4xf32>
    %720 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %721 = "stablehlo.broadcast_in_dim"(%720) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x2x4xf32>
    %722 = "stablehlo.maximum"(%721, %719) : (tensor<3x2x4xf32>, tensor<3x2x4xf32>) -> tensor<3x2x4xf32>
    %723 = "stablehlo.broadcast_in_dim"(%722) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x2x4xf32>) -> tensor<3x2x4x1xf32>
    %724 = "stablehlo.broadcast_in_dim"(%723) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<3x2x4x1xf32>) -> tensor<3x2x4x4xf32>
    %725 = "stablehlo.subtract"(%717, %724) : (tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>) -> tensor<3x2x4x4xf32>
    %726 = "stablehlo.exponential"(%725) : (tensor<3x2x4x4xf32>) -> tensor<3x2x4x4xf32>
    %727 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %728 = "stablehlo.reduce"(%726, %727) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg183: tensor<f32>, %arg184: tensor<f32>):
      %862 = "stablehlo.add"(%arg183, %arg184) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%862) : (tensor<f32>) -> ()
    }) : (tensor<3x2x4x4xf32>, tensor<f32>) -> tensor<3x2x4xf32>
    %729 = "stablehlo.broadcast_in_dim"(%728) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x2x4xf32>) -> tensor<3x2x4x1xf32>
    %730 = "stablehlo.broadcast_in_dim"(%729) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<3x2x4x1xf32>) -> tensor<3x2x4x4xf32>
    %731 = "stablehlo.divide"(%726, %730) : (tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>) -> tensor<3x2x4x4xf32>
    %732 = "stablehlo.dot_general"(%731, %708) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x2x4x4xf32>, tensor<3x2x4x16xf32>) -> tensor<3x2x4x16xf32>
    %733 = "stablehlo.transpose"(%732) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<3x2x4x16xf32>) -> tensor<3x4x2x16xf32>
    %734 = "stablehlo.reshape"(%733) : (tensor<3x4x2x16xf32>) -> tensor<3x4x32xf32>
    %735 = "stablehlo.dot_general"(%734, %arg92) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x4x32xf32>, tensor<32x32xf32>) -> tensor<3x4x32xf32>
    %736 = "stablehlo.add"(%670, %735) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %737 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %738 = "stablehlo.reduce"(%736, %737) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg181: tensor<f32>, %arg182: tensor<f32>):
      %861 = "stablehlo.add"(%arg181, %arg182) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%861) : (tensor<f32>) -> ()
    }) : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %739 = "stablehlo.broadcast_in_dim"(%738) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %740 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %741 = "stablehlo.broadcast_in_dim"(%740) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x1xf32>
    %742 = "stablehlo.divide"(%739, %741) : (tensor<3x4x1xf32>, tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %743 = "stablehlo.broadcast_in_dim"(%742) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %744 = "stablehlo.subtract"(%736, %743) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %745 = "chlo.square"(%744) : (tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %746 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %747 = "stablehlo.reduce"(%745, %746) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg179: tensor<f32>, %arg180: tensor<f32>):
      %860 = "stablehlo.add"(%arg179, %arg180) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%860) : (tensor<f32>) -> ()
    }) : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %748 = "stablehlo.broadcast_in_dim"(%747) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %749 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %750 = "stablehlo.broadcast_in_dim"(%749) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x1xf32>
    %751 = "stablehlo.divide"(%748, %750) : (tensor<3x4x1xf32>, tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %752 = "stablehlo.broadcast_in_dim"(%742) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %753 = "stablehlo.subtract"(%736, %752) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %754 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %755 = "stablehlo.broadcast_in_dim"(%754) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x1xf32>
    %756 = "stablehlo.add"(%751, %755) : (tensor<3x4x1xf32>, tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %757 = "stablehlo.rsqrt"(%756) : (tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %758 = "stablehlo.broadcast_in_dim"(%757) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %759 = "stablehlo.multiply"(%753, %758) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %760 = "stablehlo.broadcast_in_dim"(%arg98) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %761 = "stablehlo.broadcast_in_dim"(%760) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %762 = "stablehlo.multiply"(%759, %761) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %763 = "stablehlo.broadcast_in_dim"(%arg97) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %764 = "stablehlo.broadcast_in_dim"(%763) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %765 = "stablehlo.add"(%762, %764) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %766 = "stablehlo.dot_general"(%765, %arg101) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x4x32xf32>, tensor<32x64xf32>) -> tensor<3x4x64xf32>
    %767 = "stablehlo.broadcast_in_dim"(%arg99) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %768 = "stablehlo.broadcast_in_dim"(%767) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<3x4x64xf32>
    %769 = "stablehlo.add"(%766, %768) : (tensor<3x4x64xf32>, tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %770 = "stablehlo.multiply"(%769, %769) : (tensor<3x4x64xf32>, tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %771 = "stablehlo.multiply"(%770, %769) : (tensor<3x4x64xf32>, tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %772 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %773 = "stablehlo.broadcast_in_dim"(%772) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x64xf32>
    %774 = "stablehlo.multiply"(%773, %771) : (tensor<3x4x64xf32>, tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %775 = "stablehlo.add"(%769, %774) : (tensor<3x4x64xf32>, tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %776 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %777 = "stablehlo.broadcast_in_dim"(%776) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x64xf32>
    %778 = "stablehlo.multiply"(%777, %775) : (tensor<3x4x64xf32>, tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %779 = "stablehlo.tanh"(%778) : (tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %780 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %781 = "stablehlo.broadcast_in_dim"(%780) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x64xf32>
    %782 = "stablehlo.add"(%781, %779) : (tensor<3x4x64xf32>, tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %783 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %784 = "stablehlo.broadcast_in_dim"(%783) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x64xf32>
    %785 = "stablehlo.multiply"(%784, %782) : (tensor<3x4x64xf32>, tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %786 = "stablehlo.multiply"(%769, %785) : (tensor<3x4x64xf32>, tensor<3x4x64xf32>) -> tensor<3x4x64xf32>
    %787 = "stablehlo.dot_general"(%786, %arg102) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x4x64xf32>, tensor<64x32xf32>) -> tensor<3x4x32xf32>
    %788 = "stablehlo.broadcast_in_dim"(%arg100) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %789 = "stablehlo.broadcast_in_dim"(%788) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %790 = "stablehlo.add"(%787, %789) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %791 = "stablehlo.add"(%736, %790) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %792 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %793 = "stablehlo.reduce"(%791, %792) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg177: tensor<f32>, %arg178: tensor<f32>):
      %859 = "stablehlo.add"(%arg177, %arg178) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%859) : (tensor<f32>) -> ()
    }) : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %794 = "stablehlo.broadcast_in_dim"(%793) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %795 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %796 = "stablehlo.broadcast_in_dim"(%795) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x1xf32>
    %797 = "stablehlo.divide"(%794, %796) : (tensor<3x4x1xf32>, tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %798 = "stablehlo.broadcast_in_dim"(%797) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %799 = "stablehlo.subtract"(%791, %798) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %800 = "chlo.square"(%799) : (tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %801 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %802 = "stablehlo.reduce"(%800, %801) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg175: tensor<f32>, %arg176: tensor<f32>):
      %858 = "stablehlo.add"(%arg175, %arg176) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%858) : (tensor<f32>) -> ()
    }) : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %803 = "stablehlo.broadcast_in_dim"(%802) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %804 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %805 = "stablehlo.broadcast_in_dim"(%804) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x1xf32>
    %806 = "stablehlo.divide"(%803, %805) : (tensor<3x4x1xf32>, tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %807 = "stablehlo.broadcast_in_dim"(%797) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %808 = "stablehlo.subtract"(%791, %807) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %809 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %810 = "stablehlo.broadcast_in_dim"(%809) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x4x1xf32>
    %811 = "stablehlo.add"(%806, %810) : (tensor<3x4x1xf32>, tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %812 = "stablehlo.rsqrt"(%811) : (tensor<3x4x1xf32>) -> tensor<3x4x1xf32>
    %813 = "stablehlo.broadcast_in_dim"(%812) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %814 = "stablehlo.multiply"(%808, %813) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %815 = "stablehlo.broadcast_in_dim"(%arg78) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %816 = "stablehlo.broadcast_in_dim"(%815) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %817 = "stablehlo.multiply"(%814, %816) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %818 = "stablehlo.broadcast_in_dim"(%arg77) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %819 = "stablehlo.broadcast_in_dim"(%818) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %820 = "stablehlo.add"(%817, %819) : (tensor<3x4x32xf32>, tensor<3x4x32xf32>) -> tensor<3x4x32xf32>
    %821 = "stablehlo.dot_general"(%820, %arg103) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x4x32xf32>, tensor<32x32xf32>) -> tensor<3x4x32xf32>
    %822 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %823 = "stablehlo.broadcast_in_dim"(%822) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x3x2x16x16xf32>
    %824 = "stablehlo.broadcast_in_dim"(%584) <{broadcast_dimensions = array<i64: 1, 2, 3, 4>}> : (tensor<3x2x4x16xf32>) -> tensor<1x3x2x4x16xf32>
    %825 = "stablehlo.broadcast_in_dim"(%705) <{broadcast_dimensions = array<i64: 1, 2, 3, 4>}> : (tensor<3x2x4x16xf32>) -> tensor<1x3x2x4x16xf32>
    %826 = "stablehlo.concatenate"(%824, %825) <{dimension = 0 : i64}> : (tensor<1x3x2x4x16xf32>, tensor<1x3x2x4x16xf32>) -> tensor<2x3x2x4x16xf32>
    %827 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %828 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %829 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %830 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %831 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %832 = "stablehlo.dynamic_update_slice"(%823, %826, %827, %828, %829, %830, %831) : (tensor<2x3x2x16x16xf32>, tensor<2x3x2x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x3x2x16x16xf32>
    %833 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %834 = "stablehlo.broadcast_in_dim"(%833) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x3x2x16x16xf32>
    %835 = "stablehlo.broadcast_in_dim"(%587) <{broadcast_dimensions = array<i64: 1, 2, 3, 4>}> : (tensor<3x2x4x16xf32>) -> tensor<1x3x2x4x16xf32>
    %836 = "stablehlo.broadcast_in_dim"(%708) <{broadcast_dimensions = array<i64: 1, 2, 3, 4>}> : (tensor<3x2x4x16xf32>) -> tensor<1x3x2x4x16xf32>
    %837 = "stablehlo.concatenate"(%835, %836) <{dimension = 0 : i64}> : (tensor<1x3x2x4x16xf32>, tensor<1x3x2x4x16xf32>) -> tensor<2x3x2x4x16xf32>
    %838 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %839 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %840 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %841 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %842 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %843 = "stablehlo.dynamic_update_slice"(%834, %837, %838, %839, %840, %841, %842) : (tensor<2x3x2x16x16xf32>, tensor<2x3x2x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x3x2x16x16xf32>
    %844 = "stablehlo.slice"(%821) <{limit_indices = array<i64: 3, 4, 32>, start_indices = array<i64: 0, 3, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<3x4x32xf32>) -> tensor<3x1x32xf32>
    %845 = "stablehlo.reshape"(%844) : (tensor<3x1x32xf32>) -> tensor<3x32xf32>
    %846 = "func.call"(%845) <{callee = @argmax}> : (tensor<3x32xf32>) -> tensor<3xi32>
    %847 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %848 = "stablehlo.broadcast_in_dim"(%847) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %849 = "stablehlo.scatter"(%534, %848, %846) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg173: tensor<i32>, %arg174: tensor<i32>):
      "stablehlo.return"(%arg174) : (tensor<i32>) -> ()
    }) : (tensor<3x16xi32>, tensor<1xi32>, tensor<3xi32>) -> tensor<3x16xi32>
    %850 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %851 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %852:34 = "stablehlo.while"(%arg75, %arg76, %arg84, %arg83, %arg81, %arg79, %arg82, %arg80, %arg86, %arg85, %arg89, %arg87, %arg90, %arg88, %arg96, %arg95, %arg93, %arg91, %arg94, %arg92, %arg98, %arg97, %arg101, %arg99, %arg102, %arg100, %arg78, %arg77, %arg103, %851, %850, %849, %832, %843) ({
    ^bb0(%arg139: tensor<16x32xf32>, %arg140: tensor<32x32xf32>, %arg141: tensor<32xf32>, %arg142: tensor<32xf32>, %arg143: tensor<32x32xf32>, %arg144: tensor<32x32xf32>, %arg145: tensor<32x32xf32>, %arg146: tensor<32x32xf32>, %arg147: tensor<32xf32>, %arg148: tensor<32xf32>, %arg149: tensor<32x64xf32>, %arg150: tensor<64xf32>, %arg151: tensor<64x32xf32>, %arg152: tensor<32xf32>, %arg153: tensor<32xf32>, %arg154: tensor<32xf32>, %arg155: tensor<32x32xf32>, %arg156: tensor<32x32xf32>, %arg157: tensor<32x32xf32>, %arg158: tensor<32x32xf32>, %arg159: tensor<32xf32>, %arg160: tensor<32xf32>, %arg161: tensor<32x64xf32>, %arg162: tensor<64xf32>, %arg163: tensor<64x32xf32>, %arg164: tensor<32xf32>, %arg165: tensor<32xf32>, %arg166: tensor<32xf32>, %arg167: tensor<32x32xf32>, %arg168: tensor<i32>, %arg169: tensor<i32>, %arg170: tensor<3x16xi32>, %arg171: tensor<2x3x2x16x16xf32>, %arg172: tensor<2x3x2x16x16xf32>):
      %856 = "stablehlo.constant"() <{value = dense<11> : tensor<i32>}> : () -> tensor<i32>
      %857 = "stablehlo.compare"(%arg168, %856) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%857) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg105: tensor<16x32xf32>, %arg106: tensor<32x32xf32>, %arg107: tensor<32xf32>, %arg108: tensor<32xf32>, %arg109: tensor<32x32xf32>, %arg110: tensor<32x32xf32>, %arg111: tensor<32x32xf32>, %arg112: tensor<32x32xf32>, %arg113: tensor<32xf32>, %arg114: tensor<32xf32>, %arg115: tensor<32x64xf32>, %arg116: tensor<64xf32>, %arg117: tensor<64x32xf32>, %arg118: tensor<32xf32>, %arg119: tensor<32xf32>, %arg120: tensor<32xf32>, %arg121: tensor<32x32xf32>, %arg122: tensor<32x32xf32>, %arg123: tensor<32x32xf32>, %arg124: tensor<32x32xf32>, %arg125: tensor<32xf32>, %arg126: tensor<32xf32>, %arg127: tensor<32x64xf32>, %arg128: tensor<64xf32>, %arg129: tensor<64x32xf32>, %arg130: tensor<32xf32>, %arg131: tensor<32xf32>, %arg132: tensor<32xf32>, %arg133: tensor<32x32xf32>, %arg134: tensor<i32>, %arg135: tensor<i32>, %arg136: tensor<3x16xi32>, %arg137: tensor<2x3x2x16x16xf32>, %arg138: tensor<2x3x2x16x16xf32>):
      %853:4 = "func.call"(%arg105, %arg106, %arg107, %arg108, %arg109, %arg110, %arg111, %arg112, %arg113, %arg114, %arg115, %arg116, %arg117, %arg118, %arg119, %arg120, %arg121, %arg122, %arg123, %arg124, %arg125, %arg126, %arg127, %arg128, %arg129, %arg130, %arg131, %arg132, %arg133, %arg135, %arg136, %arg137, %arg138) <{callee = @closed_call}> : (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<3x16xi32>, tensor<2x3x2x16x16xf32>, tensor<2x3x2x16x16xf32>) -> (tensor<i32>, tensor<3x16xi32>, tensor<2x3x2x16x16xf32>, tensor<2x3x2x16x16xf32>)
      %854 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %855 = "stablehlo.add"(%arg134, %854) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg105, %arg106, %arg107, %arg108, %arg109, %arg110, %arg111, %arg112, %arg113, %arg114, %arg115, %arg116, %arg117, %arg118, %arg119, %arg120, %arg121, %arg122, %arg123, %arg124, %arg125, %arg126, %arg127, %arg128, %arg129, %arg130, %arg131, %arg132, %arg133, %855, %853#0, %853#1, %853#2, %853#3) : (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<i32>, tensor<3x16xi32>, tensor<2x3x2x16x16xf32>, tensor<2x3x2x16x16xf32>) -> ()
    }) : (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<i32>, tensor<3x16xi32>, tensor<2x3x2x16x16xf32>, tensor<2x3x2x16x16xf32>) -> (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<i32>, tensor<3x16xi32>, tensor<2x3x2x16x16xf32>, tensor<2x3x2x16x16xf32>)
    "func.return"(%852#31) : (tensor<3x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x4xi1>) -> tensor<4x4xi1>, res_attrs = [{}], sym_name = "tril", sym_visibility = "private"}> ({
  ^bb0(%arg74: tensor<4x4xi1>):
    %521 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4x4xi32>
    %522 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %523 = "stablehlo.broadcast_in_dim"(%522) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x4xi32>
    %524 = "stablehlo.add"(%521, %523) : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi32>
    %525 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x4xi32>
    %526 = "stablehlo.compare"(%524, %525) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %527 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %528 = "stablehlo.broadcast_in_dim"(%527) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4x4xi1>
    %529 = "stablehlo.select"(%526, %arg74, %528) : (tensor<4x4xi1>, tensor<4x4xi1>, tensor<4x4xi1>) -> tensor<4x4xi1>
    "func.return"(%529) : (tensor<4x4xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<4x4xi1>, tensor<3x2x4x4xf32>, tensor<f32>) -> tensor<3x2x4x4xf32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg71: tensor<4x4xi1>, %arg72: tensor<3x2x4x4xf32>, %arg73: tensor<f32>):
    %517 = "stablehlo.convert"(%arg73) : (tensor<f32>) -> tensor<f32>
    %518 = "stablehlo.broadcast_in_dim"(%arg71) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<4x4xi1>) -> tensor<3x2x4x4xi1>
    %519 = "stablehlo.broadcast_in_dim"(%517) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x2x4x4xf32>
    %520 = "stablehlo.select"(%518, %arg72, %519) : (tensor<3x2x4x4xi1>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>) -> tensor<3x2x4x4xf32>
    "func.return"(%520) : (tensor<3x2x4x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3x32xf32>) -> tensor<3xi32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg66: tensor<3x32xf32>):
    %504 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<3x32xi32>
    %505 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %506 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %507:2 = "stablehlo.reduce"(%arg66, %504, %505, %506) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg67: tensor<f32>, %arg68: tensor<i32>, %arg69: tensor<f32>, %arg70: tensor<i32>):
      %508 = "stablehlo.compare"(%arg67, %arg69) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %509 = "stablehlo.compare"(%arg67, %arg67) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %510 = "stablehlo.or"(%508, %509) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %511 = "stablehlo.compare"(%arg67, %arg69) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %512 = "stablehlo.compare"(%arg68, %arg70) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %513 = "stablehlo.and"(%511, %512) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %514 = "stablehlo.or"(%510, %513) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %515 = "stablehlo.select"(%510, %arg67, %arg69) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %516 = "stablehlo.select"(%514, %arg68, %arg70) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%515, %516) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<3x32xf32>, tensor<3x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<3xf32>, tensor<3xi32>)
    "func.return"(%507#1) : (tensor<3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<3x16xi32>, tensor<2x3x2x16x16xf32>, tensor<2x3x2x16x16xf32>) -> (tensor<i32>, tensor<3x16xi32>, tensor<2x3x2x16x16xf32>, tensor<2x3x2x16x16xf32>), res_attrs = [{}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<16x32xf32>, %arg4: tensor<32x32xf32>, %arg5: tensor<32xf32>, %arg6: tensor<32xf32>, %arg7: tensor<32x32xf32>, %arg8: tensor<32x32xf32>, %arg9: tensor<32x32xf32>, %arg10: tensor<32x32xf32>, %arg11: tensor<32xf32>, %arg12: tensor<32xf32>, %arg13: tensor<32x64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64x32xf32>, %arg16: tensor<32xf32>, %arg17: tensor<32xf32>, %arg18: tensor<32xf32>, %arg19: tensor<32x32xf32>, %arg20: tensor<32x32xf32>, %arg21: tensor<32x32xf32>, %arg22: tensor<32x32xf32>, %arg23: tensor<32xf32>, %arg24: tensor<32xf32>, %arg25: tensor<32x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64x32xf32>, %arg28: tensor<32xf32>, %arg29: tensor<32xf32>, %arg30: tensor<32xf32>, %arg31: tensor<32x32xf32>, %arg32: tensor<i32>, %arg33: tensor<3x16xi32>, %arg34: tensor<2x3x2x16x16xf32>, %arg35: tensor<2x3x2x16x16xf32>):
    %4 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %5 = "stablehlo.add"(%arg32, %4) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %6 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %7 = "stablehlo.compare"(%arg32, %6) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %8 = "stablehlo.convert"(%arg32) : (tensor<i32>) -> tensor<i32>
    %9 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %10 = "stablehlo.add"(%8, %9) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %11 = "stablehlo.select"(%7, %10, %arg32) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %12 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %13 = "stablehlo.dynamic_slice"(%arg33, %12, %11) <{slice_sizes = array<i64: 3, 1>}> : (tensor<3x16xi32>, tensor<i32>, tensor<i32>) -> tensor<3x1xi32>
    %14 = "stablehlo.reshape"(%13) : (tensor<3x1xi32>) -> tensor<3xi32>
    %15 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
    %16 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %17 = "stablehlo.compare"(%arg32, %16) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %18 = "stablehlo.convert"(%arg32) : (tensor<i32>) -> tensor<i32>
    %19 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %20 = "stablehlo.add"(%18, %19) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %21 = "stablehlo.select"(%17, %20, %arg32) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %22 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %23 = "stablehlo.dynamic_slice"(%arg3, %21, %22) <{slice_sizes = array<i64: 1, 32>}> : (tensor<16x32xf32>, tensor<i32>, tensor<i32>) -> tensor<1x32xf32>
    %24 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %25 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x1xi32>
    %26 = "stablehlo.compare"(%15, %25) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x1xi1>
    %27 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %28 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x1xi32>
    %29 = "stablehlo.add"(%15, %28) : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x1xi32>
    %30 = "stablehlo.select"(%26, %29, %15) : (tensor<3x1xi1>, tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x1xi32>
    %31 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %32 = "stablehlo.gather"(%arg4, %31) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xf32>, tensor<3x1x1xi32>) -> tensor<3x1x32xf32>
    %33 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %34 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %35 = "stablehlo.add"(%32, %34) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %36 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %37 = "stablehlo.reduce"(%35, %36) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg64: tensor<f32>, %arg65: tensor<f32>):
      %503 = "stablehlo.add"(%arg64, %arg65) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%503) : (tensor<f32>) -> ()
    }) : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %38 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %39 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %40 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x1xf32>
    %41 = "stablehlo.divide"(%38, %40) : (tensor<3x1x1xf32>, tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %42 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %43 = "stablehlo.subtract"(%35, %42) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %44 = "chlo.square"(%43) : (tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %45 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %46 = "stablehlo.reduce"(%44, %45) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg62: tensor<f32>, %arg63: tensor<f32>):
      %502 = "stablehlo.add"(%arg62, %arg63) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%502) : (tensor<f32>) -> ()
    }) : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %47 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %48 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %49 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x1xf32>
    %50 = "stablehlo.divide"(%47, %49) : (tensor<3x1x1xf32>, tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %51 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %52 = "stablehlo.subtract"(%35, %51) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %53 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %54 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x1xf32>
    %55 = "stablehlo.add"(%50, %54) : (tensor<3x1x1xf32>, tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %56 = "stablehlo.rsqrt"(%55) : (tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %57 = "stablehlo.broadcast_in_dim"(%56) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %58 = "stablehlo.multiply"(%52, %57) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %59 = "stablehlo.broadcast_in_dim"(%arg5) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %60 = "stablehlo.broadcast_in_dim"(%59) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %61 = "stablehlo.multiply"(%58, %60) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %62 = "stablehlo.broadcast_in_dim"(%arg6) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %63 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %64 = "stablehlo.add"(%61, %63) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %65 = "stablehlo.dot_general"(%64, %arg7) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x1x32xf32>, tensor<32x32xf32>) -> tensor<3x1x32xf32>
    %66 = "stablehlo.reshape"(%65) : (tensor<3x1x32xf32>) -> tensor<3x1x2x16xf32>
    %67 = "stablehlo.transpose"(%66) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<3x1x2x16xf32>) -> tensor<3x2x1x16xf32>
    %68 = "stablehlo.dot_general"(%64, %arg8) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x1x32xf32>, tensor<32x32xf32>) -> tensor<3x1x32xf32>
    %69 = "stablehlo.reshape"(%68) : (tensor<3x1x32xf32>) -> tensor<3x1x2x16xf32>
    %70 = "stablehlo.transpose"(%69) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<3x1x2x16xf32>) -> tensor<3x2x1x16xf32>
    %71 = "stablehlo.dot_general"(%64, %arg9) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x1x32xf32>, tensor<32x32xf32>) -> tensor<3x1x32xf32>
    %72 = "stablehlo.reshape"(%71) : (tensor<3x1x32xf32>) -> tensor<3x1x2x16xf32>
    %73 = "stablehlo.transpose"(%72) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<3x1x2x16xf32>) -> tensor<3x2x1x16xf32>
    %74 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64: 1, 2, 3, 4>}> : (tensor<3x2x1x16xf32>) -> tensor<1x3x2x1x16xf32>
    %75 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %76 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %77 = "stablehlo.compare"(%75, %76) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %78 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %79 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %80 = "stablehlo.add"(%78, %79) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %81 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %82 = "stablehlo.select"(%77, %80, %81) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %83 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %84 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %85 = "stablehlo.compare"(%83, %84) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %86 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %87 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %88 = "stablehlo.add"(%86, %87) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %89 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %90 = "stablehlo.select"(%85, %88, %89) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %91 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %92 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %93 = "stablehlo.compare"(%91, %92) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %94 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %95 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %96 = "stablehlo.add"(%94, %95) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %97 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %98 = "stablehlo.select"(%93, %96, %97) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %99 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %100 = "stablehlo.compare"(%arg32, %99) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %101 = "stablehlo.convert"(%arg32) : (tensor<i32>) -> tensor<i32>
    %102 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %103 = "stablehlo.add"(%101, %102) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %104 = "stablehlo.select"(%100, %103, %arg32) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %105 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %106 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %107 = "stablehlo.compare"(%105, %106) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %108 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %109 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %110 = "stablehlo.add"(%108, %109) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %111 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %112 = "stablehlo.select"(%107, %110, %111) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %113 = "stablehlo.dynamic_update_slice"(%arg34, %74, %82, %90, %98, %104, %112) : (tensor<2x3x2x16x16xf32>, tensor<1x3x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x3x2x16x16xf32>
    %114 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64: 1, 2, 3, 4>}> : (tensor<3x2x1x16xf32>) -> tensor<1x3x2x1x16xf32>
    %115 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %116 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %117 = "stablehlo.compare"(%115, %116) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %118 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %119 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %120 = "stablehlo.add"(%118, %119) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %121 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %122 = "stablehlo.select"(%117, %120, %121) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %123 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %124 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %125 = "stablehlo.compare"(%123, %124) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %126 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %127 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %128 = "stablehlo.add"(%126, %127) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %129 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %130 = "stablehlo.select"(%125, %128, %129) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %131 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %132 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %133 = "stablehlo.compare"(%131, %132) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %134 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %135 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %136 = "stablehlo.add"(%134, %135) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %137 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %138 = "stablehlo.select"(%133, %136, %137) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %139 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %140 = "stablehlo.compare"(%arg32, %139) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %141 = "stablehlo.convert"(%arg32) : (tensor<i32>) -> tensor<i32>
    %142 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %143 = "stablehlo.add"(%141, %142) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %144 = "stablehlo.select"(%140, %143, %arg32) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %145 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %146 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %147 = "stablehlo.compare"(%145, %146) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %148 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %149 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %150 = "stablehlo.add"(%148, %149) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %151 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %152 = "stablehlo.select"(%147, %150, %151) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %153 = "stablehlo.dynamic_update_slice"(%arg35, %114, %122, %130, %138, %144, %152) : (tensor<2x3x2x16x16xf32>, tensor<1x3x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x3x2x16x16xf32>
    %154 = "stablehlo.iota"() <{iota_dimension = 3 : i64}> : () -> tensor<1x1x1x16xi32>
    %155 = "stablehlo.convert"(%arg32) : (tensor<i32>) -> tensor<i32>
    %156 = "stablehlo.broadcast_in_dim"(%155) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1x16xi32>
    %157 = "stablehlo.compare"(%154, %156) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %158 = "stablehlo.slice"(%113) <{limit_indices = array<i64: 1, 3, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x3x2x16x16xf32>) -> tensor<1x3x2x16x16xf32>
    %159 = "stablehlo.reshape"(%158) : (tensor<1x3x2x16x16xf32>) -> tensor<3x2x16x16xf32>
    %160 = "stablehlo.slice"(%153) <{limit_indices = array<i64: 1, 3, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x3x2x16x16xf32>) -> tensor<1x3x2x16x16xf32>
    %161 = "stablehlo.reshape"(%160) : (tensor<1x3x2x16x16xf32>) -> tensor<3x2x16x16xf32>
    %162 = "stablehlo.dot_general"(%67, %159) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x2x1x16xf32>, tensor<3x2x16x16xf32>) -> tensor<3x2x1x16xf32>
    %163 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %164 = "stablehlo.broadcast_in_dim"(%163) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x2x1x16xf32>
    %165 = "stablehlo.multiply"(%162, %164) : (tensor<3x2x1x16xf32>, tensor<3x2x1x16xf32>) -> tensor<3x2x1x16xf32>
    %166 = "stablehlo.constant"() <{value = dense<-1.000000e+30> : tensor<f32>}> : () -> tensor<f32>
    %167 = "func.call"(%157, %165, %166) <{callee = @_where_0}> : (tensor<1x1x1x16xi1>, tensor<3x2x1x16xf32>, tensor<f32>) -> tensor<3x2x1x16xf32>
    %168 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %169 = "stablehlo.reduce"(%167, %168) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg60: tensor<f32>, %arg61: tensor<f32>):
      %501 = "stablehlo.maximum"(%arg60, %arg61) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%501) : (tensor<f32>) -> ()
    }) : (tensor<3x2x1x16xf32>, tensor<f32>) -> tensor<3x2x1xf32>
    %170 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %171 = "stablehlo.broadcast_in_dim"(%170) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x2x1xf32>
    %172 = "stablehlo.maximum"(%171, %169) : (tensor<3x2x1xf32>, tensor<3x2x1xf32>) -> tensor<3x2x1xf32>
    %173 = "stablehlo.broadcast_in_dim"(%172) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x2x1xf32>) -> tensor<3x2x1x1xf32>
    %174 = "stablehlo.broadcast_in_dim"(%173) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x16xf32>
    %175 = "stablehlo.subtract"(%167, %174) : (tensor<3x2x1x16xf32>, tensor<3x2x1x16xf32>) -> tensor<3x2x1x16xf32>
    %176 = "stablehlo.exponential"(%175) : (tensor<3x2x1x16xf32>) -> tensor<3x2x1x16xf32>
    %177 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %178 = "stablehlo.reduce"(%176, %177) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg58: tensor<f32>, %arg59: tensor<f32>):
      %500 = "stablehlo.add"(%arg58, %arg59) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%500) : (tensor<f32>) -> ()
    }) : (tensor<3x2x1x16xf32>, tensor<f32>) -> tensor<3x2x1xf32>
    %179 = "stablehlo.broadcast_in_dim"(%178) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x2x1xf32>) -> tensor<3x2x1x1xf32>
    %180 = "stablehlo.broadcast_in_dim"(%179) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x16xf32>
    %181 = "stablehlo.divide"(%176, %180) : (tensor<3x2x1x16xf32>, tensor<3x2x1x16xf32>) -> tensor<3x2x1x16xf32>
    %182 = "stablehlo.dot_general"(%181, %161) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x2x1x16xf32>, tensor<3x2x16x16xf32>) -> tensor<3x2x1x16xf32>
    %183 = "stablehlo.transpose"(%182) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<3x2x1x16xf32>) -> tensor<3x1x2x16xf32>
    %184 = "stablehlo.reshape"(%183) : (tensor<3x1x2x16xf32>) -> tensor<3x1x32xf32>
    %185 = "stablehlo.dot_general"(%184, %arg10) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x1x32xf32>, tensor<32x32xf32>) -> tensor<3x1x32xf32>
    %186 = "stablehlo.add"(%35, %185) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %187 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %188 = "stablehlo.reduce"(%186, %187) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg56: tensor<f32>, %arg57: tensor<f32>):
      %499 = "stablehlo.add"(%arg56, %arg57) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%499) : (tensor<f32>) -> ()
    }) : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %189 = "stablehlo.broadcast_in_dim"(%188) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %190 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %191 = "stablehlo.broadcast_in_dim"(%190) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x1xf32>
    %192 = "stablehlo.divide"(%189, %191) : (tensor<3x1x1xf32>, tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %193 = "stablehlo.broadcast_in_dim"(%192) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %194 = "stablehlo.subtract"(%186, %193) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %195 = "chlo.square"(%194) : (tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %196 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %197 = "stablehlo.reduce"(%195, %196) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg54: tensor<f32>, %arg55: tensor<f32>):
      %498 = "stablehlo.add"(%arg54, %arg55) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%498) : (tensor<f32>) -> ()
    }) : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %198 = "stablehlo.broadcast_in_dim"(%197) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %199 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %200 = "stablehlo.broadcast_in_dim"(%199) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x1xf32>
    %201 = "stablehlo.divide"(%198, %200) : (tensor<3x1x1xf32>, tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %202 = "stablehlo.broadcast_in_dim"(%192) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %203 = "stablehlo.subtract"(%186, %202) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %204 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %205 = "stablehlo.broadcast_in_dim"(%204) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x1xf32>
    %206 = "stablehlo.add"(%201, %205) : (tensor<3x1x1xf32>, tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %207 = "stablehlo.rsqrt"(%206) : (tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %208 = "stablehlo.broadcast_in_dim"(%207) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %209 = "stablehlo.multiply"(%203, %208) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %210 = "stablehlo.broadcast_in_dim"(%arg11) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %211 = "stablehlo.broadcast_in_dim"(%210) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %212 = "stablehlo.multiply"(%209, %211) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %213 = "stablehlo.broadcast_in_dim"(%arg12) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %214 = "stablehlo.broadcast_in_dim"(%213) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %215 = "stablehlo.add"(%212, %214) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %216 = "stablehlo.dot_general"(%215, %arg13) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x1x32xf32>, tensor<32x64xf32>) -> tensor<3x1x64xf32>
    %217 = "stablehlo.broadcast_in_dim"(%arg14) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %218 = "stablehlo.broadcast_in_dim"(%217) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<3x1x64xf32>
    %219 = "stablehlo.add"(%216, %218) : (tensor<3x1x64xf32>, tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %220 = "stablehlo.multiply"(%219, %219) : (tensor<3x1x64xf32>, tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %221 = "stablehlo.multiply"(%220, %219) : (tensor<3x1x64xf32>, tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %222 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %223 = "stablehlo.broadcast_in_dim"(%222) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x64xf32>
    %224 = "stablehlo.multiply"(%223, %221) : (tensor<3x1x64xf32>, tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %225 = "stablehlo.add"(%219, %224) : (tensor<3x1x64xf32>, tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %226 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %227 = "stablehlo.broadcast_in_dim"(%226) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x64xf32>
    %228 = "stablehlo.multiply"(%227, %225) : (tensor<3x1x64xf32>, tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %229 = "stablehlo.tanh"(%228) : (tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %230 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %231 = "stablehlo.broadcast_in_dim"(%230) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x64xf32>
    %232 = "stablehlo.add"(%231, %229) : (tensor<3x1x64xf32>, tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %233 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %234 = "stablehlo.broadcast_in_dim"(%233) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x64xf32>
    %235 = "stablehlo.multiply"(%234, %232) : (tensor<3x1x64xf32>, tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %236 = "stablehlo.multiply"(%219, %235) : (tensor<3x1x64xf32>, tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %237 = "stablehlo.dot_general"(%236, %arg15) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x1x64xf32>, tensor<64x32xf32>) -> tensor<3x1x32xf32>
    %238 = "stablehlo.broadcast_in_dim"(%arg16) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %239 = "stablehlo.broadcast_in_dim"(%238) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %240 = "stablehlo.add"(%237, %239) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %241 = "stablehlo.add"(%186, %240) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %242 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %243 = "stablehlo.reduce"(%241, %242) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg52: tensor<f32>, %arg53: tensor<f32>):
      %497 = "stablehlo.add"(%arg52, %arg53) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%497) : (tensor<f32>) -> ()
    }) : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %244 = "stablehlo.broadcast_in_dim"(%243) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %245 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %246 = "stablehlo.broadcast_in_dim"(%245) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x1xf32>
    %247 = "stablehlo.divide"(%244, %246) : (tensor<3x1x1xf32>, tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %248 = "stablehlo.broadcast_in_dim"(%247) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %249 = "stablehlo.subtract"(%241, %248) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %250 = "chlo.square"(%249) : (tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %251 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %252 = "stablehlo.reduce"(%250, %251) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg50: tensor<f32>, %arg51: tensor<f32>):
      %496 = "stablehlo.add"(%arg50, %arg51) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%496) : (tensor<f32>) -> ()
    }) : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %253 = "stablehlo.broadcast_in_dim"(%252) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %254 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %255 = "stablehlo.broadcast_in_dim"(%254) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x1xf32>
    %256 = "stablehlo.divide"(%253, %255) : (tensor<3x1x1xf32>, tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %257 = "stablehlo.broadcast_in_dim"(%247) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %258 = "stablehlo.subtract"(%241, %257) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %259 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %260 = "stablehlo.broadcast_in_dim"(%259) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x1xf32>
    %261 = "stablehlo.add"(%256, %260) : (tensor<3x1x1xf32>, tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %262 = "stablehlo.rsqrt"(%261) : (tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %263 = "stablehlo.broadcast_in_dim"(%262) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %264 = "stablehlo.multiply"(%258, %263) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %265 = "stablehlo.broadcast_in_dim"(%arg17) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %266 = "stablehlo.broadcast_in_dim"(%265) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %267 = "stablehlo.multiply"(%264, %266) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %268 = "stablehlo.broadcast_in_dim"(%arg18) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %269 = "stablehlo.broadcast_in_dim"(%268) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %270 = "stablehlo.add"(%267, %269) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %271 = "stablehlo.dot_general"(%270, %arg19) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x1x32xf32>, tensor<32x32xf32>) -> tensor<3x1x32xf32>
    %272 = "stablehlo.reshape"(%271) : (tensor<3x1x32xf32>) -> tensor<3x1x2x16xf32>
    %273 = "stablehlo.transpose"(%272) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<3x1x2x16xf32>) -> tensor<3x2x1x16xf32>
    %274 = "stablehlo.dot_general"(%270, %arg20) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x1x32xf32>, tensor<32x32xf32>) -> tensor<3x1x32xf32>
    %275 = "stablehlo.reshape"(%274) : (tensor<3x1x32xf32>) -> tensor<3x1x2x16xf32>
    %276 = "stablehlo.transpose"(%275) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<3x1x2x16xf32>) -> tensor<3x2x1x16xf32>
    %277 = "stablehlo.dot_general"(%270, %arg21) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x1x32xf32>, tensor<32x32xf32>) -> tensor<3x1x32xf32>
    %278 = "stablehlo.reshape"(%277) : (tensor<3x1x32xf32>) -> tensor<3x1x2x16xf32>
    %279 = "stablehlo.transpose"(%278) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<3x1x2x16xf32>) -> tensor<3x2x1x16xf32>
    %280 = "stablehlo.broadcast_in_dim"(%276) <{broadcast_dimensions = array<i64: 1, 2, 3, 4>}> : (tensor<3x2x1x16xf32>) -> tensor<1x3x2x1x16xf32>
    %281 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %282 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %283 = "stablehlo.compare"(%281, %282) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %284 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %285 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %286 = "stablehlo.add"(%284, %285) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %287 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %288 = "stablehlo.select"(%283, %286, %287) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %289 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %290 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %291 = "stablehlo.compare"(%289, %290) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %292 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %293 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %294 = "stablehlo.add"(%292, %293) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %295 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %296 = "stablehlo.select"(%291, %294, %295) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %297 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %298 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %299 = "stablehlo.compare"(%297, %298) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %300 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %301 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %302 = "stablehlo.add"(%300, %301) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %303 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %304 = "stablehlo.select"(%299, %302, %303) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %305 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %306 = "stablehlo.compare"(%arg32, %305) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %307 = "stablehlo.convert"(%arg32) : (tensor<i32>) -> tensor<i32>
    %308 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %309 = "stablehlo.add"(%307, %308) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %310 = "stablehlo.select"(%306, %309, %arg32) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %311 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %312 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %313 = "stablehlo.compare"(%311, %312) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %314 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %315 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %316 = "stablehlo.add"(%314, %315) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %317 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %318 = "stablehlo.select"(%313, %316, %317) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %319 = "stablehlo.dynamic_update_slice"(%113, %280, %288, %296, %304, %310, %318) : (tensor<2x3x2x16x16xf32>, tensor<1x3x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x3x2x16x16xf32>
    %320 = "stablehlo.broadcast_in_dim"(%279) <{broadcast_dimensions = array<i64: 1, 2, 3, 4>}> : (tensor<3x2x1x16xf32>) -> tensor<1x3x2x1x16xf32>
    %321 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %322 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %323 = "stablehlo.compare"(%321, %322) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %324 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %325 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %326 = "stablehlo.add"(%324, %325) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %327 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %328 = "stablehlo.select"(%323, %326, %327) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %329 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %330 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %331 = "stablehlo.compare"(%329, %330) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %332 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %333 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %334 = "stablehlo.add"(%332, %333) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %335 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %336 = "stablehlo.select"(%331, %334, %335) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %337 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %338 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %339 = "stablehlo.compare"(%337, %338) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %340 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %341 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %342 = "stablehlo.add"(%340, %341) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %343 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %344 = "stablehlo.select"(%339, %342, %343) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %345 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %346 = "stablehlo.compare"(%arg32, %345) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %347 = "stablehlo.convert"(%arg32) : (tensor<i32>) -> tensor<i32>
    %348 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %349 = "stablehlo.add"(%347, %348) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %350 = "stablehlo.select"(%346, %349, %arg32) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %351 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %352 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %353 = "stablehlo.compare"(%351, %352) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %354 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %355 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %356 = "stablehlo.add"(%354, %355) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %357 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %358 = "stablehlo.select"(%353, %356, %357) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %359 = "stablehlo.dynamic_update_slice"(%153, %320, %328, %336, %344, %350, %358) : (tensor<2x3x2x16x16xf32>, tensor<1x3x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x3x2x16x16xf32>
    %360 = "stablehlo.iota"() <{iota_dimension = 3 : i64}> : () -> tensor<1x1x1x16xi32>
    %361 = "stablehlo.convert"(%arg32) : (tensor<i32>) -> tensor<i32>
    %362 = "stablehlo.broadcast_in_dim"(%361) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1x16xi32>
    %363 = "stablehlo.compare"(%360, %362) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %364 = "stablehlo.slice"(%319) <{limit_indices = array<i64: 2, 3, 2, 16, 16>, start_indices = array<i64: 1, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x3x2x16x16xf32>) -> tensor<1x3x2x16x16xf32>
    %365 = "stablehlo.reshape"(%364) : (tensor<1x3x2x16x16xf32>) -> tensor<3x2x16x16xf32>
    %366 = "stablehlo.slice"(%359) <{limit_indices = array<i64: 2, 3, 2, 16, 16>, start_indices = array<i64: 1, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x3x2x16x16xf32>) -> tensor<1x3x2x16x16xf32>
    %367 = "stablehlo.reshape"(%366) : (tensor<1x3x2x16x16xf32>) -> tensor<3x2x16x16xf32>
    %368 = "stablehlo.dot_general"(%273, %365) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x2x1x16xf32>, tensor<3x2x16x16xf32>) -> tensor<3x2x1x16xf32>
    %369 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %370 = "stablehlo.broadcast_in_dim"(%369) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x2x1x16xf32>
    %371 = "stablehlo.multiply"(%368, %370) : (tensor<3x2x1x16xf32>, tensor<3x2x1x16xf32>) -> tensor<3x2x1x16xf32>
    %372 = "stablehlo.constant"() <{value = dense<-1.000000e+30> : tensor<f32>}> : () -> tensor<f32>
    %373 = "func.call"(%363, %371, %372) <{callee = @_where_0}> : (tensor<1x1x1x16xi1>, tensor<3x2x1x16xf32>, tensor<f32>) -> tensor<3x2x1x16xf32>
    %374 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %375 = "stablehlo.reduce"(%373, %374) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg48: tensor<f32>, %arg49: tensor<f32>):
      %495 = "stablehlo.maximum"(%arg48, %arg49) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%495) : (tensor<f32>) -> ()
    }) : (tensor<3x2x1x16xf32>, tensor<f32>) -> tensor<3x2x1xf32>
    %376 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %377 = "stablehlo.broadcast_in_dim"(%376) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x2x1xf32>
    %378 = "stablehlo.maximum"(%377, %375) : (tensor<3x2x1xf32>, tensor<3x2x1xf32>) -> tensor<3x2x1xf32>
    %379 = "stablehlo.broadcast_in_dim"(%378) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x2x1xf32>) -> tensor<3x2x1x1xf32>
    %380 = "stablehlo.broadcast_in_dim"(%379) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x16xf32>
    %381 = "stablehlo.subtract"(%373, %380) : (tensor<3x2x1x16xf32>, tensor<3x2x1x16xf32>) -> tensor<3x2x1x16xf32>
    %382 = "stablehlo.exponential"(%381) : (tensor<3x2x1x16xf32>) -> tensor<3x2x1x16xf32>
    %383 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %384 = "stablehlo.reduce"(%382, %383) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg46: tensor<f32>, %arg47: tensor<f32>):
      %494 = "stablehlo.add"(%arg46, %arg47) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%494) : (tensor<f32>) -> ()
    }) : (tensor<3x2x1x16xf32>, tensor<f32>) -> tensor<3x2x1xf32>
    %385 = "stablehlo.broadcast_in_dim"(%384) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x2x1xf32>) -> tensor<3x2x1x1xf32>
    %386 = "stablehlo.broadcast_in_dim"(%385) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x16xf32>
    %387 = "stablehlo.divide"(%382, %386) : (tensor<3x2x1x16xf32>, tensor<3x2x1x16xf32>) -> tensor<3x2x1x16xf32>
    %388 = "stablehlo.dot_general"(%387, %367) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x2x1x16xf32>, tensor<3x2x16x16xf32>) -> tensor<3x2x1x16xf32>
    %389 = "stablehlo.transpose"(%388) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<3x2x1x16xf32>) -> tensor<3x1x2x16xf32>
    %390 = "stablehlo.reshape"(%389) : (tensor<3x1x2x16xf32>) -> tensor<3x1x32xf32>
    %391 = "stablehlo.dot_general"(%390, %arg22) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x1x32xf32>, tensor<32x32xf32>) -> tensor<3x1x32xf32>
    %392 = "stablehlo.add"(%241, %391) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %393 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %394 = "stablehlo.reduce"(%392, %393) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg44: tensor<f32>, %arg45: tensor<f32>):
      %493 = "stablehlo.add"(%arg44, %arg45) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%493) : (tensor<f32>) -> ()
    }) : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %395 = "stablehlo.broadcast_in_dim"(%394) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %396 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %397 = "stablehlo.broadcast_in_dim"(%396) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x1xf32>
    %398 = "stablehlo.divide"(%395, %397) : (tensor<3x1x1xf32>, tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %399 = "stablehlo.broadcast_in_dim"(%398) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %400 = "stablehlo.subtract"(%392, %399) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %401 = "chlo.square"(%400) : (tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %402 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %403 = "stablehlo.reduce"(%401, %402) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg42: tensor<f32>, %arg43: tensor<f32>):
      %492 = "stablehlo.add"(%arg42, %arg43) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%492) : (tensor<f32>) -> ()
    }) : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %404 = "stablehlo.broadcast_in_dim"(%403) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %405 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %406 = "stablehlo.broadcast_in_dim"(%405) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x1xf32>
    %407 = "stablehlo.divide"(%404, %406) : (tensor<3x1x1xf32>, tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %408 = "stablehlo.broadcast_in_dim"(%398) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %409 = "stablehlo.subtract"(%392, %408) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %410 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %411 = "stablehlo.broadcast_in_dim"(%410) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x1xf32>
    %412 = "stablehlo.add"(%407, %411) : (tensor<3x1x1xf32>, tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %413 = "stablehlo.rsqrt"(%412) : (tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %414 = "stablehlo.broadcast_in_dim"(%413) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %415 = "stablehlo.multiply"(%409, %414) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %416 = "stablehlo.broadcast_in_dim"(%arg23) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %417 = "stablehlo.broadcast_in_dim"(%416) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %418 = "stablehlo.multiply"(%415, %417) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %419 = "stablehlo.broadcast_in_dim"(%arg24) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %420 = "stablehlo.broadcast_in_dim"(%419) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %421 = "stablehlo.add"(%418, %420) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %422 = "stablehlo.dot_general"(%421, %arg25) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x1x32xf32>, tensor<32x64xf32>) -> tensor<3x1x64xf32>
    %423 = "stablehlo.broadcast_in_dim"(%arg26) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %424 = "stablehlo.broadcast_in_dim"(%423) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<3x1x64xf32>
    %425 = "stablehlo.add"(%422, %424) : (tensor<3x1x64xf32>, tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %426 = "stablehlo.multiply"(%425, %425) : (tensor<3x1x64xf32>, tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %427 = "stablehlo.multiply"(%426, %425) : (tensor<3x1x64xf32>, tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %428 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %429 = "stablehlo.broadcast_in_dim"(%428) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x64xf32>
    %430 = "stablehlo.multiply"(%429, %427) : (tensor<3x1x64xf32>, tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %431 = "stablehlo.add"(%425, %430) : (tensor<3x1x64xf32>, tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %432 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %433 = "stablehlo.broadcast_in_dim"(%432) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x64xf32>
    %434 = "stablehlo.multiply"(%433, %431) : (tensor<3x1x64xf32>, tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %435 = "stablehlo.tanh"(%434) : (tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %436 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %437 = "stablehlo.broadcast_in_dim"(%436) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x64xf32>
    %438 = "stablehlo.add"(%437, %435) : (tensor<3x1x64xf32>, tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %439 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %440 = "stablehlo.broadcast_in_dim"(%439) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x64xf32>
    %441 = "stablehlo.multiply"(%440, %438) : (tensor<3x1x64xf32>, tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %442 = "stablehlo.multiply"(%425, %441) : (tensor<3x1x64xf32>, tensor<3x1x64xf32>) -> tensor<3x1x64xf32>
    %443 = "stablehlo.dot_general"(%442, %arg27) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x1x64xf32>, tensor<64x32xf32>) -> tensor<3x1x32xf32>
    %444 = "stablehlo.broadcast_in_dim"(%arg28) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %445 = "stablehlo.broadcast_in_dim"(%444) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %446 = "stablehlo.add"(%443, %445) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %447 = "stablehlo.add"(%392, %446) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %448 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %449 = "stablehlo.reduce"(%447, %448) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg40: tensor<f32>, %arg41: tensor<f32>):
      %491 = "stablehlo.add"(%arg40, %arg41) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%491) : (tensor<f32>) -> ()
    }) : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %450 = "stablehlo.broadcast_in_dim"(%449) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %451 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %452 = "stablehlo.broadcast_in_dim"(%451) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x1xf32>
    %453 = "stablehlo.divide"(%450, %452) : (tensor<3x1x1xf32>, tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %454 = "stablehlo.broadcast_in_dim"(%453) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %455 = "stablehlo.subtract"(%447, %454) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %456 = "chlo.square"(%455) : (tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %457 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %458 = "stablehlo.reduce"(%456, %457) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg38: tensor<f32>, %arg39: tensor<f32>):
      %490 = "stablehlo.add"(%arg38, %arg39) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%490) : (tensor<f32>) -> ()
    }) : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %459 = "stablehlo.broadcast_in_dim"(%458) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %460 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %461 = "stablehlo.broadcast_in_dim"(%460) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x1xf32>
    %462 = "stablehlo.divide"(%459, %461) : (tensor<3x1x1xf32>, tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %463 = "stablehlo.broadcast_in_dim"(%453) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %464 = "stablehlo.subtract"(%447, %463) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %465 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %466 = "stablehlo.broadcast_in_dim"(%465) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x1x1xf32>
    %467 = "stablehlo.add"(%462, %466) : (tensor<3x1x1xf32>, tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %468 = "stablehlo.rsqrt"(%467) : (tensor<3x1x1xf32>) -> tensor<3x1x1xf32>
    %469 = "stablehlo.broadcast_in_dim"(%468) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %470 = "stablehlo.multiply"(%464, %469) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %471 = "stablehlo.broadcast_in_dim"(%arg29) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %472 = "stablehlo.broadcast_in_dim"(%471) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %473 = "stablehlo.multiply"(%470, %472) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %474 = "stablehlo.broadcast_in_dim"(%arg30) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %475 = "stablehlo.broadcast_in_dim"(%474) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %476 = "stablehlo.add"(%473, %475) : (tensor<3x1x32xf32>, tensor<3x1x32xf32>) -> tensor<3x1x32xf32>
    %477 = "stablehlo.dot_general"(%476, %arg31) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x1x32xf32>, tensor<32x32xf32>) -> tensor<3x1x32xf32>
    %478 = "stablehlo.reshape"(%477) : (tensor<3x1x32xf32>) -> tensor<3x32xf32>
    %479 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %480 = "stablehlo.add"(%arg32, %479) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %481 = "func.call"(%478) <{callee = @argmax}> : (tensor<3x32xf32>) -> tensor<3xi32>
    %482 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %483 = "stablehlo.compare"(%480, %482) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %484 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %485 = "stablehlo.add"(%480, %484) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %486 = "stablehlo.select"(%483, %485, %480) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %487 = "stablehlo.convert"(%486) : (tensor<i32>) -> tensor<i32>
    %488 = "stablehlo.broadcast_in_dim"(%487) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %489 = "stablehlo.scatter"(%arg33, %488, %481) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg36: tensor<i32>, %arg37: tensor<i32>):
      "stablehlo.return"(%arg37) : (tensor<i32>) -> ()
    }) : (tensor<3x16xi32>, tensor<1xi32>, tensor<3xi32>) -> tensor<3x16xi32>
    "func.return"(%5, %489, %319, %359) : (tensor<i32>, tensor<3x16xi32>, tensor<2x3x2x16x16xf32>, tensor<2x3x2x16x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x1x1x16xi1>, tensor<3x2x1x16xf32>, tensor<f32>) -> tensor<3x2x1x16xf32>, res_attrs = [{}], sym_name = "_where_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<1x1x1x16xi1>, %arg1: tensor<3x2x1x16xf32>, %arg2: tensor<f32>):
    %0 = "stablehlo.convert"(%arg2) : (tensor<f32>) -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xi1>) -> tensor<3x2x1x16xi1>
    %2 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x2x1x16xf32>
    %3 = "stablehlo.select"(%1, %arg1, %2) : (tensor<3x2x1x16xi1>, tensor<3x2x1x16xf32>, tensor<3x2x1x16xf32>) -> tensor<3x2x1x16xf32>
    "func.return"(%3) : (tensor<3x2x1x16xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
