"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<1x4xi32>, tensor<2xui32>) -> tensor<1x12xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg394: tensor<101x64xbf16>, %arg395: tensor<64xbf16>, %arg396: tensor<16xbf16>, %arg397: tensor<16xbf16>, %arg398: tensor<4x16x64xbf16>, %arg399: tensor<2x2x64x16xbf16>, %arg400: tensor<4x64x16xbf16>, %arg401: tensor<2x64x128xbf16>, %arg402: tensor<128x64xbf16>, %arg403: tensor<64xbf16>, %arg404: tensor<64xbf16>, %arg405: tensor<64xbf16>, %arg406: tensor<64xbf16>, %arg407: tensor<16xbf16>, %arg408: tensor<16xbf16>, %arg409: tensor<4x16x64xbf16>, %arg410: tensor<2x2x64x16xbf16>, %arg411: tensor<4x64x16xbf16>, %arg412: tensor<2x64x128xbf16>, %arg413: tensor<128x64xbf16>, %arg414: tensor<64xbf16>, %arg415: tensor<64xbf16>, %arg416: tensor<64xbf16>, %arg417: tensor<64xbf16>, %arg418: tensor<1x4xi32>, %arg419: tensor<2xui32>):
    %1688:8 = "func.call"() <{callee = @init_cache}> : () -> (tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>)
    %1689 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1690 = "func.call"(%arg418, %1689) <{callee = @_pad}> : (tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>
    %1691 = "stablehlo.slice"(%1688#1) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x32x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1692 = "stablehlo.slice"(%1688#3) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x32x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1693 = "stablehlo.slice"(%1688#2) <{limit_indices = array<i64: 1, 4>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<1x32xi32>) -> tensor<1x4xi32>
    %1694 = "stablehlo.slice"(%1688#5) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x32x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1695 = "stablehlo.slice"(%1688#7) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x32x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1696 = "stablehlo.slice"(%1688#6) <{limit_indices = array<i64: 1, 4>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<1x32xi32>) -> tensor<1x4xi32>
    %1697 = "func.call"(%1690) <{callee = @positions}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %1698 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1699 = "stablehlo.broadcast_in_dim"(%1698) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1700 = "stablehlo.broadcast_in_dim"(%1699) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %1701 = "stablehlo.broadcast_in_dim"(%1700) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x4xi32>
    %1702 = "stablehlo.add"(%1697, %1701) : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %1703 = "func.call"(%1690) <{callee = @attention_mask}> : (tensor<1x4xi32>) -> tensor<1x4x4xi1>
    %1704:9 = "func.call"(%arg394, %arg395, %arg396, %arg397, %arg398, %arg399, %arg400, %arg401, %arg402, %arg403, %arg404, %arg405, %arg406, %arg407, %arg408, %arg409, %arg410, %arg411, %arg412, %arg413, %arg414, %arg415, %arg416, %arg417, %1703, %1688#0, %1691, %1693, %1692, %1688#4, %1694, %1696, %1695, %1702, %1690) <{callee = @__call__}> : (tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<1x4x4xi1>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4xi32>) -> (tensor<1x101xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>)
    %1705 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1706 = "stablehlo.broadcast_in_dim"(%1705) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1707 = "stablehlo.scatter"(%1688#1, %1706, %1704#2) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg430: tensor<bf16>, %arg431: tensor<bf16>):
      "stablehlo.return"(%arg431) : (tensor<bf16>) -> ()
    }) : (tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>) -> tensor<1x32x2x16xbf16>
    %1708 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1709 = "stablehlo.broadcast_in_dim"(%1708) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1710 = "stablehlo.scatter"(%1688#3, %1709, %1704#4) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg428: tensor<bf16>, %arg429: tensor<bf16>):
      "stablehlo.return"(%arg429) : (tensor<bf16>) -> ()
    }) : (tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>) -> tensor<1x32x2x16xbf16>
    %1711 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1712 = "stablehlo.broadcast_in_dim"(%1711) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1713 = "stablehlo.scatter"(%1688#2, %1712, %1704#3) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg426: tensor<i32>, %arg427: tensor<i32>):
      "stablehlo.return"(%arg427) : (tensor<i32>) -> ()
    }) : (tensor<1x32xi32>, tensor<1xi32>, tensor<1x4xi32>) -> tensor<1x32xi32>
    %1714 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1715 = "stablehlo.broadcast_in_dim"(%1714) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1716 = "stablehlo.scatter"(%1688#5, %1715, %1704#6) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg424: tensor<bf16>, %arg425: tensor<bf16>):
      "stablehlo.return"(%arg425) : (tensor<bf16>) -> ()
    }) : (tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>) -> tensor<1x32x2x16xbf16>
    %1717 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1718 = "stablehlo.broadcast_in_dim"(%1717) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1719 = "stablehlo.scatter"(%1688#7, %1718, %1704#8) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg422: tensor<bf16>, %arg423: tensor<bf16>):
      "stablehlo.return"(%arg423) : (tensor<bf16>) -> ()
    }) : (tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>) -> tensor<1x32x2x16xbf16>
    %1720 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1721 = "stablehlo.broadcast_in_dim"(%1720) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1722 = "stablehlo.scatter"(%1688#6, %1721, %1704#7) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg420: tensor<i32>, %arg421: tensor<i32>):
      "stablehlo.return"(%arg421) : (tensor<i32>) -> ()
    }) : (tensor<1x32xi32>, tensor<1xi32>, tensor<1x4xi32>) -> tensor<1x32xi32>
    %1723 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %1724 = "stablehlo.broadcast_in_dim"(%1723) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1725 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %1726 = "stablehlo.broadcast_in_dim"(%1725) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1727 = "func.call"(%arg418) <{callee = @last_token_pos}> : (tensor<1x4xi32>) -> tensor<1xi32>
    %1728 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1729 = "stablehlo.broadcast_in_dim"(%1728) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1730 = "stablehlo.add"(%1727, %1729) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1731 = "func.call"(%arg418) <{callee = @tokens_with_mm}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %1732 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1733 = "stablehlo.broadcast_in_dim"(%1732) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %1734 = "stablehlo.compare"(%1731, %1733) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %1735 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1736 = "func.call"(%1734, %1735) <{callee = @_pad_3}> : (tensor<1x4xi1>, tensor<i1>) -> tensor<1x32xi1>
    %1737 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %1738 = "stablehlo.broadcast_in_dim"(%1737) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1xi1>
    %1739 = "func.call"(%arg418) <{callee = @last_token}> : (tensor<1x4xi32>) -> tensor<1xi32>
    %1740 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1741 = "stablehlo.broadcast_in_dim"(%1740) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x12xi32>
    %1742 = "stablehlo.constant"() <{value = dense<12> : tensor<i32>}> : () -> tensor<i32>
    %1743 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1744 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %1745:16 = "func.call"(%1742, %arg394, %arg395, %arg396, %arg397, %arg398, %arg399, %arg400, %arg401, %arg402, %arg403, %arg404, %arg405, %arg406, %arg407, %arg408, %arg409, %arg410, %arg411, %arg412, %arg413, %arg414, %arg415, %arg416, %arg417, %1743, %1738, %1739, %1730, %1741, %1724, %1707, %1713, %1710, %1726, %1716, %1722, %1719, %arg419, %1744, %1736) <{callee = @_sample_loop}> : (tensor<i32>, tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>)
    "func.return"(%1745#4) : (tensor<1x12xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [], function_type = () -> (tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "init_cache", sym_visibility = "private"}> ({
    %1672 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1673 = "stablehlo.broadcast_in_dim"(%1672) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x32x2x16xbf16>
    %1674 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1675 = "stablehlo.broadcast_in_dim"(%1674) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x32x2x16xbf16>
    %1676 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1677 = "stablehlo.broadcast_in_dim"(%1676) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1678 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1679 = "stablehlo.broadcast_in_dim"(%1678) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x32xi32>
    %1680 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1681 = "stablehlo.broadcast_in_dim"(%1680) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x32x2x16xbf16>
    %1682 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1683 = "stablehlo.broadcast_in_dim"(%1682) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x32x2x16xbf16>
    %1684 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1685 = "stablehlo.broadcast_in_dim"(%1684) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1686 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1687 = "stablehlo.broadcast_in_dim"(%1686) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x32xi32>
    "func.return"(%1677, %1675, %1679, %1673, %1685, %1683, %1687, %1681) : (tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>, res_attrs = [{}], sym_name = "_pad", sym_visibility = "private"}> ({
  ^bb0(%arg392: tensor<1x4xi32>, %arg393: tensor<i32>):
    %1670 = "stablehlo.convert"(%arg393) : (tensor<i32>) -> tensor<i32>
    %1671 = "stablehlo.pad"(%arg392, %1670) <{edge_padding_high = array<i64: 0, 0>, edge_padding_low = array<i64: 0, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>
    "func.return"(%1671) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1x4xi32>, res_attrs = [{}], sym_name = "positions", sym_visibility = "private"}> ({
  ^bb0(%arg391: tensor<1x4xi32>):
    %1663 = "func.call"(%arg391) <{callee = @inputs_mask}> : (tensor<1x4xi32>) -> tensor<1x4xi1>
    %1664 = "func.call"(%1663) <{callee = @cumsum}> : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %1665 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1666 = "stablehlo.broadcast_in_dim"(%1665) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %1667 = "stablehlo.compare"(%1664, %1666) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %1668 = "stablehlo.convert"(%1667) : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %1669 = "stablehlo.subtract"(%1664, %1668) : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    "func.return"(%1669) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1x4xi1>, res_attrs = [{}], sym_name = "inputs_mask", sym_visibility = "private"}> ({
  ^bb0(%arg390: tensor<1x4xi32>):
    %1659 = "func.call"(%arg390) <{callee = @tokens_with_mm}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %1660 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1661 = "stablehlo.broadcast_in_dim"(%1660) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %1662 = "stablehlo.compare"(%1659, %1661) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    "func.return"(%1662) : (tensor<1x4xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1x4xi32>, res_attrs = [{}], sym_name = "tokens_with_mm", sym_visibility = "private"}> ({
  ^bb0(%arg389: tensor<1x4xi32>):
    "func.return"(%arg389) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi1>) -> tensor<1x4xi32>, res_attrs = [{}], sym_name = "cumsum", sym_visibility = "private"}> ({
  ^bb0(%arg388: tensor<1x4xi1>):
    %1657 = "stablehlo.convert"(%arg388) : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %1658 = "func.call"(%1657) <{callee = @cumsum_0}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    "func.return"(%1658) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x4xi32>) -> tensor<1x4xi32>, sym_name = "cumsum_0", sym_visibility = "private"}> ({
  ^bb0(%arg385: tensor<1x4xi32>):
    %1653 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1654 = "stablehlo.broadcast_in_dim"(%1653) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<i32>
    %1655 = "stablehlo.reduce_window"(%arg385, %1654) <{base_dilations = array<i64: 1, 1>, padding = dense<[[0, 0], [3, 0]]> : tensor<2x2xi64>, window_dilations = array<i64: 1, 1>, window_dimensions = array<i64: 1, 4>, window_strides = array<i64: 1, 1>}> ({
    ^bb0(%arg386: tensor<i32>, %arg387: tensor<i32>):
      %1656 = "stablehlo.add"(%arg386, %arg387) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%1656) : (tensor<i32>) -> ()
    }) : (tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>
    "func.return"(%1655) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1x4x4xi1>, res_attrs = [{}], sym_name = "attention_mask", sym_visibility = "private"}> ({
  ^bb0(%arg384: tensor<1x4xi32>):
    %1645 = "func.call"(%arg384) <{callee = @inputs_mask}> : (tensor<1x4xi32>) -> tensor<1x4xi1>
    %1646 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1647 = "stablehlo.broadcast_in_dim"(%1646) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4x4xi1>
    %1648 = "func.call"(%1647) <{callee = @tril}> : (tensor<4x4xi1>) -> tensor<4x4xi1>
    %1649 = "stablehlo.broadcast_in_dim"(%1645) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x4xi1>) -> tensor<1x1x4xi1>
    %1650 = "stablehlo.broadcast_in_dim"(%1648) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<4x4xi1>) -> tensor<1x4x4xi1>
    %1651 = "stablehlo.broadcast_in_dim"(%1649) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xi1>) -> tensor<1x4x4xi1>
    %1652 = "stablehlo.and"(%1651, %1650) : (tensor<1x4x4xi1>, tensor<1x4x4xi1>) -> tensor<1x4x4xi1>
    "func.return"(%1652) : (tensor<1x4x4xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x4xi1>) -> tensor<4x4xi1>, res_attrs = [{}], sym_name = "tril", sym_visibility = "private"}> ({
  ^bb0(%arg383: tensor<4x4xi1>):
    %1636 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4x4xi32>
    %1637 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1638 = "stablehlo.broadcast_in_dim"(%1637) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x4xi32>
    %1639 = "stablehlo.add"(%1636, %1638) : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi32>
    %1640 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x4xi32>
    %1641 = "stablehlo.compare"(%1639, %1640) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %1642 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %1643 = "stablehlo.broadcast_in_dim"(%1642) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4x4xi1>
    %1644 = "stablehlo.select"(%1641, %arg383, %1643) : (tensor<4x4xi1>, tensor<4x4xi1>, tensor<4x4xi1>) -> tensor<4x4xi1>
    "func.return"(%1644) : (tensor<4x4xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<1x4x4xi1>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4xi32>) -> (tensor<1x101xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}], sym_name = "__call__", sym_visibility = "private"}> ({
  ^bb0(%arg312: tensor<101x64xbf16>, %arg313: tensor<64xbf16>, %arg314: tensor<16xbf16>, %arg315: tensor<16xbf16>, %arg316: tensor<4x16x64xbf16>, %arg317: tensor<2x2x64x16xbf16>, %arg318: tensor<4x64x16xbf16>, %arg319: tensor<2x64x128xbf16>, %arg320: tensor<128x64xbf16>, %arg321: tensor<64xbf16>, %arg322: tensor<64xbf16>, %arg323: tensor<64xbf16>, %arg324: tensor<64xbf16>, %arg325: tensor<16xbf16>, %arg326: tensor<16xbf16>, %arg327: tensor<4x16x64xbf16>, %arg328: tensor<2x2x64x16xbf16>, %arg329: tensor<4x64x16xbf16>, %arg330: tensor<2x64x128xbf16>, %arg331: tensor<128x64xbf16>, %arg332: tensor<64xbf16>, %arg333: tensor<64xbf16>, %arg334: tensor<64xbf16>, %arg335: tensor<64xbf16>, %arg336: tensor<1x4x4xi1>, %arg337: tensor<1xi32>, %arg338: tensor<1x4x2x16xbf16>, %arg339: tensor<1x4xi32>, %arg340: tensor<1x4x2x16xbf16>, %arg341: tensor<1xi32>, %arg342: tensor<1x4x2x16xbf16>, %arg343: tensor<1x4xi32>, %arg344: tensor<1x4x2x16xbf16>, %arg345: tensor<1x4xi32>, %arg346: tensor<1x4xi32>):
    %936 = "func.call"(%arg346) <{callee = @tokens_with_mm}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %937 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %938 = "stablehlo.broadcast_in_dim"(%937) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %939 = "stablehlo.compare"(%936, %938) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %940 = "stablehlo.constant"() <{value = dense<101> : tensor<i32>}> : () -> tensor<i32>
    %941 = "stablehlo.broadcast_in_dim"(%940) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %942 = "stablehlo.add"(%936, %941) : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %943 = "stablehlo.select"(%939, %942, %936) : (tensor<1x4xi1>, tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %944 = "stablehlo.broadcast_in_dim"(%943) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %945 = "stablehlo.gather"(%arg312, %944) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<101x64xbf16>, tensor<1x4x1xi32>) -> tensor<1x4x64xbf16>
    %946 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %947 = "stablehlo.sqrt"(%946) : (tensor<f32>) -> tensor<f32>
    %948 = "stablehlo.convert"(%947) : (tensor<f32>) -> tensor<bf16>
    %949 = "stablehlo.broadcast_in_dim"(%948) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x64xbf16>
    %950 = "stablehlo.multiply"(%945, %949) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %951 = "func.call"(%arg346) <{callee = @inputs_mask}> : (tensor<1x4xi32>) -> tensor<1x4xi1>
    %952 = "chlo.square"(%950) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %953 = "stablehlo.convert"(%952) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xf32>
    %954 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %955 = "stablehlo.reduce"(%953, %954) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg381: tensor<f32>, %arg382: tensor<f32>):
      %1635 = "stablehlo.add"(%arg381, %arg382) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1635) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %956 = "stablehlo.broadcast_in_dim"(%955) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %957 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %958 = "stablehlo.broadcast_in_dim"(%957) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %959 = "stablehlo.divide"(%956, %958) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %960 = "stablehlo.convert"(%959) : (tensor<1x4x1xf32>) -> tensor<1x4x1xbf16>
    %961 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %962 = "stablehlo.broadcast_in_dim"(%961) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x1xbf16>
    %963 = "stablehlo.add"(%960, %962) : (tensor<1x4x1xbf16>, tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %964 = "stablehlo.rsqrt"(%963) : (tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %965 = "stablehlo.broadcast_in_dim"(%964) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xbf16>) -> tensor<1x4x64xbf16>
    %966 = "stablehlo.multiply"(%950, %965) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %967 = "stablehlo.broadcast_in_dim"(%arg323) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %968 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %969 = "stablehlo.broadcast_in_dim"(%968) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %970 = "stablehlo.add"(%969, %967) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %971 = "stablehlo.broadcast_in_dim"(%970) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x4x64xbf16>
    %972 = "stablehlo.multiply"(%966, %971) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %973 = "stablehlo.dot_general"(%972, %arg318) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xbf16>, tensor<4x64x16xbf16>) -> tensor<1x4x4x16xbf16>
    %974 = "stablehlo.dot_general"(%arg317, %972) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x2x64x16xbf16>, tensor<1x4x64xbf16>) -> tensor<2x2x16x1x4xbf16>
    %975 = "stablehlo.transpose"(%974) <{permutation = array<i64: 0, 3, 4, 1, 2>}> : (tensor<2x2x16x1x4xbf16>) -> tensor<2x1x4x2x16xbf16>
    %976 = "stablehlo.slice"(%975) <{limit_indices = array<i64: 1, 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x4x2x16xbf16>) -> tensor<1x1x4x2x16xbf16>
    %977 = "stablehlo.reshape"(%976) : (tensor<1x1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %978 = "stablehlo.slice"(%975) <{limit_indices = array<i64: 2, 1, 4, 2, 16>, start_indices = array<i64: 1, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x4x2x16xbf16>) -> tensor<1x1x4x2x16xbf16>
    %979 = "stablehlo.reshape"(%978) : (tensor<1x1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %980 = "chlo.square"(%973) : (tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xbf16>
    %981 = "stablehlo.convert"(%980) : (tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xf32>
    %982 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %983 = "stablehlo.reduce"(%981, %982) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg379: tensor<f32>, %arg380: tensor<f32>):
      %1634 = "stablehlo.add"(%arg379, %arg380) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1634) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x16xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %984 = "stablehlo.broadcast_in_dim"(%983) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %985 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %986 = "stablehlo.broadcast_in_dim"(%985) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x1xf32>
    %987 = "stablehlo.divide"(%984, %986) : (tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
    %988 = "stablehlo.convert"(%987) : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xbf16>
    %989 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %990 = "stablehlo.broadcast_in_dim"(%989) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x4x1xbf16>
    %991 = "stablehlo.add"(%988, %990) : (tensor<1x4x4x1xbf16>, tensor<1x4x4x1xbf16>) -> tensor<1x4x4x1xbf16>
    %992 = "stablehlo.rsqrt"(%991) : (tensor<1x4x4x1xbf16>) -> tensor<1x4x4x1xbf16>
    %993 = "stablehlo.broadcast_in_dim"(%992) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xbf16>) -> tensor<1x4x4x16xbf16>
    %994 = "stablehlo.multiply"(%973, %993) : (tensor<1x4x4x16xbf16>, tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xbf16>
    %995 = "stablehlo.broadcast_in_dim"(%arg315) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xbf16>) -> tensor<1x1x1x16xbf16>
    %996 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %997 = "stablehlo.broadcast_in_dim"(%996) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1x16xbf16>
    %998 = "stablehlo.add"(%997, %995) : (tensor<1x1x1x16xbf16>, tensor<1x1x1x16xbf16>) -> tensor<1x1x1x16xbf16>
    %999 = "stablehlo.broadcast_in_dim"(%998) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1000 = "stablehlo.multiply"(%994, %999) : (tensor<1x4x4x16xbf16>, tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1001 = "chlo.square"(%977) : (tensor<1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1002 = "stablehlo.convert"(%1001) : (tensor<1x4x2x16xbf16>) -> tensor<1x4x2x16xf32>
    %1003 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1004 = "stablehlo.reduce"(%1002, %1003) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg377: tensor<f32>, %arg378: tensor<f32>):
      %1633 = "stablehlo.add"(%arg377, %arg378) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1633) : (tensor<f32>) -> ()
    }) : (tensor<1x4x2x16xf32>, tensor<f32>) -> tensor<1x4x2xf32>
    %1005 = "stablehlo.broadcast_in_dim"(%1004) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x2xf32>) -> tensor<1x4x2x1xf32>
    %1006 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1007 = "stablehlo.broadcast_in_dim"(%1006) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x2x1xf32>
    %1008 = "stablehlo.divide"(%1005, %1007) : (tensor<1x4x2x1xf32>, tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xf32>
    %1009 = "stablehlo.convert"(%1008) : (tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xbf16>
    %1010 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1011 = "stablehlo.broadcast_in_dim"(%1010) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x2x1xbf16>
    %1012 = "stablehlo.add"(%1009, %1011) : (tensor<1x4x2x1xbf16>, tensor<1x4x2x1xbf16>) -> tensor<1x4x2x1xbf16>
    %1013 = "stablehlo.rsqrt"(%1012) : (tensor<1x4x2x1xbf16>) -> tensor<1x4x2x1xbf16>
    %1014 = "stablehlo.broadcast_in_dim"(%1013) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x2x1xbf16>) -> tensor<1x4x2x16xbf16>
    %1015 = "stablehlo.multiply"(%977, %1014) : (tensor<1x4x2x16xbf16>, tensor<1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1016 = "stablehlo.broadcast_in_dim"(%arg314) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xbf16>) -> tensor<1x1x1x16xbf16>
    %1017 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1018 = "stablehlo.broadcast_in_dim"(%1017) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1x16xbf16>
    %1019 = "stablehlo.add"(%1018, %1016) : (tensor<1x1x1x16xbf16>, tensor<1x1x1x16xbf16>) -> tensor<1x1x1x16xbf16>
    %1020 = "stablehlo.broadcast_in_dim"(%1019) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1021 = "stablehlo.multiply"(%1015, %1020) : (tensor<1x4x2x16xbf16>, tensor<1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1022 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %1023 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1024 = "stablehlo.broadcast_in_dim"(%1023) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1025 = "stablehlo.multiply"(%1024, %1022) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1026 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %1027 = "stablehlo.broadcast_in_dim"(%1026) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1028 = "stablehlo.power"(%1027, %1025) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1029 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1030 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %1031 = "func.call"(%1028, %1029, %1030) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %1032 = "stablehlo.broadcast_in_dim"(%arg345) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1033 = "stablehlo.broadcast_in_dim"(%1031) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %1034 = "stablehlo.convert"(%1032) : (tensor<1x4x1xi32>) -> tensor<1x4x1xf32>
    %1035 = "stablehlo.broadcast_in_dim"(%1034) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x8xf32>
    %1036 = "stablehlo.broadcast_in_dim"(%1033) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
    %1037 = "stablehlo.divide"(%1035, %1036) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    %1038 = "stablehlo.broadcast_in_dim"(%1037) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x8xf32>) -> tensor<1x4x1x8xf32>
    %1039 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1040 = "stablehlo.broadcast_in_dim"(%1039) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %1041 = "stablehlo.divide"(%1038, %1040) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1042 = "stablehlo.sine"(%1041) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1043 = "stablehlo.cosine"(%1041) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1044 = "stablehlo.slice"(%1000) <{limit_indices = array<i64: 1, 4, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xbf16>) -> tensor<1x4x4x8xbf16>
    %1045 = "stablehlo.slice"(%1000) <{limit_indices = array<i64: 1, 4, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xbf16>) -> tensor<1x4x4x8xbf16>
    %1046 = "stablehlo.convert"(%1044) : (tensor<1x4x4x8xbf16>) -> tensor<1x4x4x8xf32>
    %1047 = "stablehlo.broadcast_in_dim"(%1043) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1048 = "stablehlo.multiply"(%1046, %1047) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1049 = "stablehlo.convert"(%1045) : (tensor<1x4x4x8xbf16>) -> tensor<1x4x4x8xf32>
    %1050 = "stablehlo.broadcast_in_dim"(%1042) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1051 = "stablehlo.multiply"(%1049, %1050) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1052 = "stablehlo.subtract"(%1048, %1051) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1053 = "stablehlo.convert"(%1045) : (tensor<1x4x4x8xbf16>) -> tensor<1x4x4x8xf32>
    %1054 = "stablehlo.broadcast_in_dim"(%1043) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1055 = "stablehlo.multiply"(%1053, %1054) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1056 = "stablehlo.convert"(%1044) : (tensor<1x4x4x8xbf16>) -> tensor<1x4x4x8xf32>
    %1057 = "stablehlo.broadcast_in_dim"(%1042) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1058 = "stablehlo.multiply"(%1056, %1057) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1059 = "stablehlo.add"(%1055, %1058) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1060 = "stablehlo.concatenate"(%1052, %1059) <{dimension = 3 : i64}> : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x16xf32>
    %1061 = "stablehlo.convert"(%1060) : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xbf16>
    %1062 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %1063 = "stablehlo.broadcast_in_dim"(%1062) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x4x16xbf16>
    %1064 = "stablehlo.multiply"(%1061, %1063) : (tensor<1x4x4x16xbf16>, tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1065 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %1066 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1067 = "stablehlo.broadcast_in_dim"(%1066) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1068 = "stablehlo.multiply"(%1067, %1065) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1069 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %1070 = "stablehlo.broadcast_in_dim"(%1069) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1071 = "stablehlo.power"(%1070, %1068) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1072 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1073 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %1074 = "func.call"(%1071, %1072, %1073) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %1075 = "stablehlo.broadcast_in_dim"(%arg345) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1076 = "stablehlo.broadcast_in_dim"(%1074) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %1077 = "stablehlo.convert"(%1075) : (tensor<1x4x1xi32>) -> tensor<1x4x1xf32>
    %1078 = "stablehlo.broadcast_in_dim"(%1077) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x8xf32>
    %1079 = "stablehlo.broadcast_in_dim"(%1076) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
    %1080 = "stablehlo.divide"(%1078, %1079) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    %1081 = "stablehlo.broadcast_in_dim"(%1080) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x8xf32>) -> tensor<1x4x1x8xf32>
    %1082 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1083 = "stablehlo.broadcast_in_dim"(%1082) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %1084 = "stablehlo.divide"(%1081, %1083) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1085 = "stablehlo.sine"(%1084) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1086 = "stablehlo.cosine"(%1084) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1087 = "stablehlo.slice"(%1021) <{limit_indices = array<i64: 1, 4, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x16xbf16>) -> tensor<1x4x2x8xbf16>
    %1088 = "stablehlo.slice"(%1021) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x16xbf16>) -> tensor<1x4x2x8xbf16>
    %1089 = "stablehlo.convert"(%1087) : (tensor<1x4x2x8xbf16>) -> tensor<1x4x2x8xf32>
    %1090 = "stablehlo.broadcast_in_dim"(%1086) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1091 = "stablehlo.multiply"(%1089, %1090) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1092 = "stablehlo.convert"(%1088) : (tensor<1x4x2x8xbf16>) -> tensor<1x4x2x8xf32>
    %1093 = "stablehlo.broadcast_in_dim"(%1085) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1094 = "stablehlo.multiply"(%1092, %1093) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1095 = "stablehlo.subtract"(%1091, %1094) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1096 = "stablehlo.convert"(%1088) : (tensor<1x4x2x8xbf16>) -> tensor<1x4x2x8xf32>
    %1097 = "stablehlo.broadcast_in_dim"(%1086) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1098 = "stablehlo.multiply"(%1096, %1097) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1099 = "stablehlo.convert"(%1087) : (tensor<1x4x2x8xbf16>) -> tensor<1x4x2x8xf32>
    %1100 = "stablehlo.broadcast_in_dim"(%1085) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1101 = "stablehlo.multiply"(%1099, %1100) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1102 = "stablehlo.add"(%1098, %1101) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1103 = "stablehlo.concatenate"(%1095, %1102) <{dimension = 3 : i64}> : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x16xf32>
    %1104 = "stablehlo.convert"(%1103) : (tensor<1x4x2x16xf32>) -> tensor<1x4x2x16xbf16>
    %1105 = "stablehlo.reshape"(%arg337) : (tensor<1xi32>) -> tensor<i32>
    %1106 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1107 = "func.call"(%1105, %1106) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1108 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1109 = "stablehlo.compare"(%1107, %1108) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1110 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1111 = "stablehlo.add"(%1107, %1110) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1112 = "stablehlo.select"(%1109, %1111, %1107) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1113 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1114 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1115 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1116 = "stablehlo.dynamic_update_slice"(%arg340, %979, %1113, %1112, %1114, %1115) : (tensor<1x4x2x16xbf16>, tensor<1x4x2x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4x2x16xbf16>
    %1117 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1118 = "stablehlo.compare"(%1107, %1117) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1119 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1120 = "stablehlo.add"(%1107, %1119) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1121 = "stablehlo.select"(%1118, %1120, %1107) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1122 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1123 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1124 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1125 = "stablehlo.dynamic_update_slice"(%arg338, %1104, %1122, %1121, %1123, %1124) : (tensor<1x4x2x16xbf16>, tensor<1x4x2x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4x2x16xbf16>
    %1126 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1127 = "stablehlo.compare"(%1107, %1126) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1128 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1129 = "stablehlo.add"(%1107, %1128) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1130 = "stablehlo.select"(%1127, %1129, %1107) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1131 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1132 = "stablehlo.dynamic_update_slice"(%arg339, %arg345, %1131, %1130) : (tensor<1x4xi32>, tensor<1x4xi32>, tensor<i32>, tensor<i32>) -> tensor<1x4xi32>
    %1133 = "stablehlo.reshape"(%1064) : (tensor<1x4x4x16xbf16>) -> tensor<1x4x2x2x16xbf16>
    %1134 = "stablehlo.dot_general"(%1125, %1133) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x2x16xbf16>, tensor<1x4x2x2x16xbf16>) -> tensor<1x2x4x4x2xbf16>
    %1135 = "stablehlo.transpose"(%1134) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x4x4x2xbf16>) -> tensor<1x4x2x2x4xbf16>
    %1136 = "stablehlo.reshape"(%1135) : (tensor<1x4x2x2x4xbf16>) -> tensor<1x4x4x4xbf16>
    %1137 = "stablehlo.broadcast_in_dim"(%1132) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x4xi32>) -> tensor<1x1x4xi32>
    %1138 = "stablehlo.broadcast_in_dim"(%arg345) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1139 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %1140 = "stablehlo.broadcast_in_dim"(%1139) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4x1xi32>
    %1141 = "stablehlo.subtract"(%1138, %1140) : (tensor<1x4x1xi32>, tensor<1x4x1xi32>) -> tensor<1x4x1xi32>
    %1142 = "stablehlo.broadcast_in_dim"(%1137) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xi32>) -> tensor<1x4x4xi32>
    %1143 = "stablehlo.broadcast_in_dim"(%1141) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xi32>) -> tensor<1x4x4xi32>
    %1144 = "stablehlo.compare"(%1142, %1143) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x4x4xi32>, tensor<1x4x4xi32>) -> tensor<1x4x4xi1>
    %1145 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %1146 = "stablehlo.broadcast_in_dim"(%1145) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4x1xi32>
    %1147 = "stablehlo.add"(%1138, %1146) : (tensor<1x4x1xi32>, tensor<1x4x1xi32>) -> tensor<1x4x1xi32>
    %1148 = "stablehlo.broadcast_in_dim"(%1137) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xi32>) -> tensor<1x4x4xi32>
    %1149 = "stablehlo.broadcast_in_dim"(%1147) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xi32>) -> tensor<1x4x4xi32>
    %1150 = "stablehlo.compare"(%1148, %1149) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x4x4xi32>, tensor<1x4x4xi32>) -> tensor<1x4x4xi1>
    %1151 = "stablehlo.and"(%1144, %1150) : (tensor<1x4x4xi1>, tensor<1x4x4xi1>) -> tensor<1x4x4xi1>
    %1152 = "stablehlo.and"(%arg336, %1151) : (tensor<1x4x4xi1>, tensor<1x4x4xi1>) -> tensor<1x4x4xi1>
    %1153 = "stablehlo.broadcast_in_dim"(%1152) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x4xi1>) -> tensor<1x4x1x4xi1>
    %1154 = "stablehlo.constant"() <{value = dense<-2.38197633E+38> : tensor<f32>}> : () -> tensor<f32>
    %1155 = "func.call"(%1153, %1136, %1154) <{callee = @_where_2}> : (tensor<1x4x1x4xi1>, tensor<1x4x4x4xbf16>, tensor<f32>) -> tensor<1x4x4x4xbf16>
    %1156 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %1157 = "stablehlo.reduce"(%1155, %1156) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg375: tensor<bf16>, %arg376: tensor<bf16>):
      %1632 = "stablehlo.maximum"(%arg375, %arg376) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
      "stablehlo.return"(%1632) : (tensor<bf16>) -> ()
    }) : (tensor<1x4x4x4xbf16>, tensor<bf16>) -> tensor<1x4x4xbf16>
    %1158 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %1159 = "stablehlo.broadcast_in_dim"(%1158) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x4xbf16>
    %1160 = "stablehlo.maximum"(%1159, %1157) : (tensor<1x4x4xbf16>, tensor<1x4x4xbf16>) -> tensor<1x4x4xbf16>
    %1161 = "stablehlo.broadcast_in_dim"(%1160) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xbf16>) -> tensor<1x4x4x1xbf16>
    %1162 = "stablehlo.broadcast_in_dim"(%1161) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xbf16>) -> tensor<1x4x4x4xbf16>
    %1163 = "stablehlo.subtract"(%1155, %1162) : (tensor<1x4x4x4xbf16>, tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xbf16>
    %1164 = "stablehlo.exponential"(%1163) : (tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xbf16>
    %1165 = "stablehlo.convert"(%1164) : (tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xf32>
    %1166 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1167 = "stablehlo.reduce"(%1165, %1166) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg373: tensor<f32>, %arg374: tensor<f32>):
      %1631 = "stablehlo.add"(%arg373, %arg374) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1631) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1168 = "stablehlo.broadcast_in_dim"(%1167) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1169 = "stablehlo.convert"(%1168) : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xbf16>
    %1170 = "stablehlo.broadcast_in_dim"(%1169) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xbf16>) -> tensor<1x4x4x4xbf16>
    %1171 = "stablehlo.divide"(%1164, %1170) : (tensor<1x4x4x4xbf16>, tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xbf16>
    %1172 = "stablehlo.reshape"(%1171) : (tensor<1x4x4x4xbf16>) -> tensor<1x4x2x2x4xbf16>
    %1173 = "stablehlo.dot_general"(%1116, %1172) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x2x16xbf16>, tensor<1x4x2x2x4xbf16>) -> tensor<1x2x16x4x2xbf16>
    %1174 = "stablehlo.transpose"(%1173) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x16x4x2xbf16>) -> tensor<1x4x2x2x16xbf16>
    %1175 = "stablehlo.reshape"(%1174) : (tensor<1x4x2x2x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1176 = "stablehlo.dot_general"(%1175, %arg316) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3, 2], rhs_contracting_dimensions = [1, 0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x4x16xbf16>, tensor<4x16x64xbf16>) -> tensor<1x4x64xbf16>
    %1177 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1178 = "stablehlo.broadcast_in_dim"(%1177) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1179 = "stablehlo.add"(%arg337, %1178) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1180 = "chlo.square"(%1176) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1181 = "stablehlo.convert"(%1180) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xf32>
    %1182 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1183 = "stablehlo.reduce"(%1181, %1182) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg371: tensor<f32>, %arg372: tensor<f32>):
      %1630 = "stablehlo.add"(%arg371, %arg372) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1630) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1184 = "stablehlo.broadcast_in_dim"(%1183) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1185 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1186 = "stablehlo.broadcast_in_dim"(%1185) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1187 = "stablehlo.divide"(%1184, %1186) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1188 = "stablehlo.convert"(%1187) : (tensor<1x4x1xf32>) -> tensor<1x4x1xbf16>
    %1189 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1190 = "stablehlo.broadcast_in_dim"(%1189) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x1xbf16>
    %1191 = "stablehlo.add"(%1188, %1190) : (tensor<1x4x1xbf16>, tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1192 = "stablehlo.rsqrt"(%1191) : (tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1193 = "stablehlo.broadcast_in_dim"(%1192) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xbf16>) -> tensor<1x4x64xbf16>
    %1194 = "stablehlo.multiply"(%1176, %1193) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1195 = "stablehlo.broadcast_in_dim"(%arg321) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %1196 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1197 = "stablehlo.broadcast_in_dim"(%1196) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %1198 = "stablehlo.add"(%1197, %1195) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %1199 = "stablehlo.broadcast_in_dim"(%1198) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x4x64xbf16>
    %1200 = "stablehlo.multiply"(%1194, %1199) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1201 = "stablehlo.add"(%1200, %950) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1202 = "chlo.square"(%1201) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1203 = "stablehlo.convert"(%1202) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xf32>
    %1204 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1205 = "stablehlo.reduce"(%1203, %1204) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg369: tensor<f32>, %arg370: tensor<f32>):
      %1629 = "stablehlo.add"(%arg369, %arg370) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1629) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1206 = "stablehlo.broadcast_in_dim"(%1205) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1207 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1208 = "stablehlo.broadcast_in_dim"(%1207) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1209 = "stablehlo.divide"(%1206, %1208) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1210 = "stablehlo.convert"(%1209) : (tensor<1x4x1xf32>) -> tensor<1x4x1xbf16>
    %1211 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1212 = "stablehlo.broadcast_in_dim"(%1211) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x1xbf16>
    %1213 = "stablehlo.add"(%1210, %1212) : (tensor<1x4x1xbf16>, tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1214 = "stablehlo.rsqrt"(%1213) : (tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1215 = "stablehlo.broadcast_in_dim"(%1214) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xbf16>) -> tensor<1x4x64xbf16>
    %1216 = "stablehlo.multiply"(%1201, %1215) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1217 = "stablehlo.broadcast_in_dim"(%arg324) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %1218 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1219 = "stablehlo.broadcast_in_dim"(%1218) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %1220 = "stablehlo.add"(%1219, %1217) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %1221 = "stablehlo.broadcast_in_dim"(%1220) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x4x64xbf16>
    %1222 = "stablehlo.multiply"(%1216, %1221) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1223 = "stablehlo.dot_general"(%1222, %arg319) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xbf16>, tensor<2x64x128xbf16>) -> tensor<1x4x2x128xbf16>
    %1224 = "stablehlo.slice"(%1223) <{limit_indices = array<i64: 1, 4, 1, 128>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x128xbf16>) -> tensor<1x4x1x128xbf16>
    %1225 = "stablehlo.reshape"(%1224) : (tensor<1x4x1x128xbf16>) -> tensor<1x4x128xbf16>
    %1226 = "stablehlo.multiply"(%1225, %1225) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1227 = "stablehlo.multiply"(%1226, %1225) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1228 = "stablehlo.constant"() <{value = dense<4.467770e-02> : tensor<bf16>}> : () -> tensor<bf16>
    %1229 = "stablehlo.broadcast_in_dim"(%1228) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x128xbf16>
    %1230 = "stablehlo.multiply"(%1229, %1227) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1231 = "stablehlo.add"(%1225, %1230) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1232 = "stablehlo.constant"() <{value = dense<7.968750e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %1233 = "stablehlo.broadcast_in_dim"(%1232) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x128xbf16>
    %1234 = "stablehlo.multiply"(%1233, %1231) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1235 = "stablehlo.tanh"(%1234) : (tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1236 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1237 = "stablehlo.broadcast_in_dim"(%1236) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x128xbf16>
    %1238 = "stablehlo.add"(%1237, %1235) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1239 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %1240 = "stablehlo.broadcast_in_dim"(%1239) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x128xbf16>
    %1241 = "stablehlo.multiply"(%1240, %1238) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1242 = "stablehlo.multiply"(%1225, %1241) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1243 = "stablehlo.slice"(%1223) <{limit_indices = array<i64: 1, 4, 2, 128>, start_indices = array<i64: 0, 0, 1, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x128xbf16>) -> tensor<1x4x1x128xbf16>
    %1244 = "stablehlo.reshape"(%1243) : (tensor<1x4x1x128xbf16>) -> tensor<1x4x128xbf16>
    %1245 = "stablehlo.multiply"(%1242, %1244) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1246 = "stablehlo.dot_general"(%1245, %arg320) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x128xbf16>, tensor<128x64xbf16>) -> tensor<1x4x64xbf16>
    %1247 = "chlo.square"(%1246) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1248 = "stablehlo.convert"(%1247) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xf32>
    %1249 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1250 = "stablehlo.reduce"(%1248, %1249) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg367: tensor<f32>, %arg368: tensor<f32>):
      %1628 = "stablehlo.add"(%arg367, %arg368) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1628) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1251 = "stablehlo.broadcast_in_dim"(%1250) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1252 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1253 = "stablehlo.broadcast_in_dim"(%1252) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1254 = "stablehlo.divide"(%1251, %1253) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1255 = "stablehlo.convert"(%1254) : (tensor<1x4x1xf32>) -> tensor<1x4x1xbf16>
    %1256 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1257 = "stablehlo.broadcast_in_dim"(%1256) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x1xbf16>
    %1258 = "stablehlo.add"(%1255, %1257) : (tensor<1x4x1xbf16>, tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1259 = "stablehlo.rsqrt"(%1258) : (tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1260 = "stablehlo.broadcast_in_dim"(%1259) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xbf16>) -> tensor<1x4x64xbf16>
    %1261 = "stablehlo.multiply"(%1246, %1260) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1262 = "stablehlo.broadcast_in_dim"(%arg322) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %1263 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1264 = "stablehlo.broadcast_in_dim"(%1263) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %1265 = "stablehlo.add"(%1264, %1262) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %1266 = "stablehlo.broadcast_in_dim"(%1265) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x4x64xbf16>
    %1267 = "stablehlo.multiply"(%1261, %1266) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1268 = "stablehlo.add"(%1267, %1201) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1269 = "chlo.square"(%1268) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1270 = "stablehlo.convert"(%1269) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xf32>
    %1271 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1272 = "stablehlo.reduce"(%1270, %1271) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg365: tensor<f32>, %arg366: tensor<f32>):
      %1627 = "stablehlo.add"(%arg365, %arg366) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1627) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1273 = "stablehlo.broadcast_in_dim"(%1272) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1274 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1275 = "stablehlo.broadcast_in_dim"(%1274) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1276 = "stablehlo.divide"(%1273, %1275) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1277 = "stablehlo.convert"(%1276) : (tensor<1x4x1xf32>) -> tensor<1x4x1xbf16>
    %1278 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1279 = "stablehlo.broadcast_in_dim"(%1278) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x1xbf16>
    %1280 = "stablehlo.add"(%1277, %1279) : (tensor<1x4x1xbf16>, tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1281 = "stablehlo.rsqrt"(%1280) : (tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1282 = "stablehlo.broadcast_in_dim"(%1281) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xbf16>) -> tensor<1x4x64xbf16>
    %1283 = "stablehlo.multiply"(%1268, %1282) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1284 = "stablehlo.broadcast_in_dim"(%arg334) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %1285 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1286 = "stablehlo.broadcast_in_dim"(%1285) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %1287 = "stablehlo.add"(%1286, %1284) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %1288 = "stablehlo.broadcast_in_dim"(%1287) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x4x64xbf16>
    %1289 = "stablehlo.multiply"(%1283, %1288) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1290 = "stablehlo.dot_general"(%1289, %arg329) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xbf16>, tensor<4x64x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1291 = "stablehlo.dot_general"(%arg328, %1289) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x2x64x16xbf16>, tensor<1x4x64xbf16>) -> tensor<2x2x16x1x4xbf16>
    %1292 = "stablehlo.transpose"(%1291) <{permutation = array<i64: 0, 3, 4, 1, 2>}> : (tensor<2x2x16x1x4xbf16>) -> tensor<2x1x4x2x16xbf16>
    %1293 = "stablehlo.slice"(%1292) <{limit_indices = array<i64: 1, 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x4x2x16xbf16>) -> tensor<1x1x4x2x16xbf16>
    %1294 = "stablehlo.reshape"(%1293) : (tensor<1x1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1295 = "stablehlo.slice"(%1292) <{limit_indices = array<i64: 2, 1, 4, 2, 16>, start_indices = array<i64: 1, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x4x2x16xbf16>) -> tensor<1x1x4x2x16xbf16>
    %1296 = "stablehlo.reshape"(%1295) : (tensor<1x1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1297 = "chlo.square"(%1290) : (tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1298 = "stablehlo.convert"(%1297) : (tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xf32>
    %1299 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1300 = "stablehlo.reduce"(%1298, %1299) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg363: tensor<f32>, %arg364: tensor<f32>):
      %1626 = "stablehlo.add"(%arg363, %arg364) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1626) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x16xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1301 = "stablehlo.broadcast_in_dim"(%1300) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1302 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1303 = "stablehlo.broadcast_in_dim"(%1302) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x1xf32>
    %1304 = "stablehlo.divide"(%1301, %1303) : (tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
    %1305 = "stablehlo.convert"(%1304) : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xbf16>
    %1306 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1307 = "stablehlo.broadcast_in_dim"(%1306) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x4x1xbf16>
    %1308 = "stablehlo.add"(%1305, %1307) : (tensor<1x4x4x1xbf16>, tensor<1x4x4x1xbf16>) -> tensor<1x4x4x1xbf16>
    %1309 = "stablehlo.rsqrt"(%1308) : (tensor<1x4x4x1xbf16>) -> tensor<1x4x4x1xbf16>
    %1310 = "stablehlo.broadcast_in_dim"(%1309) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xbf16>) -> tensor<1x4x4x16xbf16>
    %1311 = "stablehlo.multiply"(%1290, %1310) : (tensor<1x4x4x16xbf16>, tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1312 = "stablehlo.broadcast_in_dim"(%arg326) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xbf16>) -> tensor<1x1x1x16xbf16>
    %1313 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1314 = "stablehlo.broadcast_in_dim"(%1313) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1x16xbf16>
    %1315 = "stablehlo.add"(%1314, %1312) : (tensor<1x1x1x16xbf16>, tensor<1x1x1x16xbf16>) -> tensor<1x1x1x16xbf16>
    %1316 = "stablehlo.broadcast_in_dim"(%1315) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1317 = "stablehlo.multiply"(%1311, %1316) : (tensor<1x4x4x16xbf16>, tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1318 = "chlo.square"(%1294) : (tensor<1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1319 = "stablehlo.convert"(%1318) : (tensor<1x4x2x16xbf16>) -> tensor<1x4x2x16xf32>
    %1320 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1321 = "stablehlo.reduce"(%1319, %1320) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg361: tensor<f32>, %arg362: tensor<f32>):
      %1625 = "stablehlo.add"(%arg361, %arg362) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1625) : (tensor<f32>) -> ()
    }) : (tensor<1x4x2x16xf32>, tensor<f32>) -> tensor<1x4x2xf32>
    %1322 = "stablehlo.broadcast_in_dim"(%1321) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x2xf32>) -> tensor<1x4x2x1xf32>
    %1323 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1324 = "stablehlo.broadcast_in_dim"(%1323) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x2x1xf32>
    %1325 = "stablehlo.divide"(%1322, %1324) : (tensor<1x4x2x1xf32>, tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xf32>
    %1326 = "stablehlo.convert"(%1325) : (tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xbf16>
    %1327 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1328 = "stablehlo.broadcast_in_dim"(%1327) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x2x1xbf16>
    %1329 = "stablehlo.add"(%1326, %1328) : (tensor<1x4x2x1xbf16>, tensor<1x4x2x1xbf16>) -> tensor<1x4x2x1xbf16>
    %1330 = "stablehlo.rsqrt"(%1329) : (tensor<1x4x2x1xbf16>) -> tensor<1x4x2x1xbf16>
    %1331 = "stablehlo.broadcast_in_dim"(%1330) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x2x1xbf16>) -> tensor<1x4x2x16xbf16>
    %1332 = "stablehlo.multiply"(%1294, %1331) : (tensor<1x4x2x16xbf16>, tensor<1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1333 = "stablehlo.broadcast_in_dim"(%arg325) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xbf16>) -> tensor<1x1x1x16xbf16>
    %1334 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1335 = "stablehlo.broadcast_in_dim"(%1334) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1x16xbf16>
    %1336 = "stablehlo.add"(%1335, %1333) : (tensor<1x1x1x16xbf16>, tensor<1x1x1x16xbf16>) -> tensor<1x1x1x16xbf16>
    %1337 = "stablehlo.broadcast_in_dim"(%1336) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1338 = "stablehlo.multiply"(%1332, %1337) : (tensor<1x4x2x16xbf16>, tensor<1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1339 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %1340 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1341 = "stablehlo.broadcast_in_dim"(%1340) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1342 = "stablehlo.multiply"(%1341, %1339) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1343 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %1344 = "stablehlo.broadcast_in_dim"(%1343) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1345 = "stablehlo.power"(%1344, %1342) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1346 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1347 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %1348 = "func.call"(%1345, %1346, %1347) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %1349 = "stablehlo.broadcast_in_dim"(%arg345) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1350 = "stablehlo.broadcast_in_dim"(%1348) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %1351 = "stablehlo.convert"(%1349) : (tensor<1x4x1xi32>) -> tensor<1x4x1xf32>
    %1352 = "stablehlo.broadcast_in_dim"(%1351) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x8xf32>
    %1353 = "stablehlo.broadcast_in_dim"(%1350) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
    %1354 = "stablehlo.divide"(%1352, %1353) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    %1355 = "stablehlo.broadcast_in_dim"(%1354) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x8xf32>) -> tensor<1x4x1x8xf32>
    %1356 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1357 = "stablehlo.broadcast_in_dim"(%1356) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %1358 = "stablehlo.divide"(%1355, %1357) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1359 = "stablehlo.sine"(%1358) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1360 = "stablehlo.cosine"(%1358) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1361 = "stablehlo.slice"(%1317) <{limit_indices = array<i64: 1, 4, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xbf16>) -> tensor<1x4x4x8xbf16>
    %1362 = "stablehlo.slice"(%1317) <{limit_indices = array<i64: 1, 4, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xbf16>) -> tensor<1x4x4x8xbf16>
    %1363 = "stablehlo.convert"(%1361) : (tensor<1x4x4x8xbf16>) -> tensor<1x4x4x8xf32>
    %1364 = "stablehlo.broadcast_in_dim"(%1360) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1365 = "stablehlo.multiply"(%1363, %1364) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1366 = "stablehlo.convert"(%1362) : (tensor<1x4x4x8xbf16>) -> tensor<1x4x4x8xf32>
    %1367 = "stablehlo.broadcast_in_dim"(%1359) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1368 = "stablehlo.multiply"(%1366, %1367) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1369 = "stablehlo.subtract"(%1365, %1368) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1370 = "stablehlo.convert"(%1362) : (tensor<1x4x4x8xbf16>) -> tensor<1x4x4x8xf32>
    %1371 = "stablehlo.broadcast_in_dim"(%1360) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1372 = "stablehlo.multiply"(%1370, %1371) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1373 = "stablehlo.convert"(%1361) : (tensor<1x4x4x8xbf16>) -> tensor<1x4x4x8xf32>
    %1374 = "stablehlo.broadcast_in_dim"(%1359) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1375 = "stablehlo.multiply"(%1373, %1374) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1376 = "stablehlo.add"(%1372, %1375) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1377 = "stablehlo.concatenate"(%1369, %1376) <{dimension = 3 : i64}> : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x16xf32>
    %1378 = "stablehlo.convert"(%1377) : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xbf16>
    %1379 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %1380 = "stablehlo.broadcast_in_dim"(%1379) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x4x16xbf16>
    %1381 = "stablehlo.multiply"(%1378, %1380) : (tensor<1x4x4x16xbf16>, tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1382 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %1383 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1384 = "stablehlo.broadcast_in_dim"(%1383) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1385 = "stablehlo.multiply"(%1384, %1382) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1386 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %1387 = "stablehlo.broadcast_in_dim"(%1386) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1388 = "stablehlo.power"(%1387, %1385) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1389 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1390 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %1391 = "func.call"(%1388, %1389, %1390) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %1392 = "stablehlo.broadcast_in_dim"(%arg345) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1393 = "stablehlo.broadcast_in_dim"(%1391) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %1394 = "stablehlo.convert"(%1392) : (tensor<1x4x1xi32>) -> tensor<1x4x1xf32>
    %1395 = "stablehlo.broadcast_in_dim"(%1394) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x8xf32>
    %1396 = "stablehlo.broadcast_in_dim"(%1393) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
    %1397 = "stablehlo.divide"(%1395, %1396) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    %1398 = "stablehlo.broadcast_in_dim"(%1397) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x8xf32>) -> tensor<1x4x1x8xf32>
    %1399 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1400 = "stablehlo.broadcast_in_dim"(%1399) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %1401 = "stablehlo.divide"(%1398, %1400) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1402 = "stablehlo.sine"(%1401) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1403 = "stablehlo.cosine"(%1401) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1404 = "stablehlo.slice"(%1338) <{limit_indices = array<i64: 1, 4, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x16xbf16>) -> tensor<1x4x2x8xbf16>
    %1405 = "stablehlo.slice"(%1338) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x16xbf16>) -> tensor<1x4x2x8xbf16>
    %1406 = "stablehlo.convert"(%1404) : (tensor<1x4x2x8xbf16>) -> tensor<1x4x2x8xf32>
    %1407 = "stablehlo.broadcast_in_dim"(%1403) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1408 = "stablehlo.multiply"(%1406, %1407) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1409 = "stablehlo.convert"(%1405) : (tensor<1x4x2x8xbf16>) -> tensor<1x4x2x8xf32>
    %1410 = "stablehlo.broadcast_in_dim"(%1402) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1411 = "stablehlo.multiply"(%1409, %1410) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1412 = "stablehlo.subtract"(%1408, %1411) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1413 = "stablehlo.convert"(%1405) : (tensor<1x4x2x8xbf16>) -> tensor<1x4x2x8xf32>
    %1414 = "stablehlo.broadcast_in_dim"(%1403) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1415 = "stablehlo.multiply"(%1413, %1414) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1416 = "stablehlo.convert"(%1404) : (tensor<1x4x2x8xbf16>) -> tensor<1x4x2x8xf32>
    %1417 = "stablehlo.broadcast_in_dim"(%1402) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1418 = "stablehlo.multiply"(%1416, %1417) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1419 = "stablehlo.add"(%1415, %1418) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1420 = "stablehlo.concatenate"(%1412, %1419) <{dimension = 3 : i64}> : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x16xf32>
    %1421 = "stablehlo.convert"(%1420) : (tensor<1x4x2x16xf32>) -> tensor<1x4x2x16xbf16>
    %1422 = "stablehlo.reshape"(%arg341) : (tensor<1xi32>) -> tensor<i32>
    %1423 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1424 = "func.call"(%1422, %1423) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1425 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1426 = "stablehlo.compare"(%1424, %1425) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1427 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1428 = "stablehlo.add"(%1424, %1427) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1429 = "stablehlo.select"(%1426, %1428, %1424) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1430 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1431 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1432 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1433 = "stablehlo.dynamic_update_slice"(%arg344, %1296, %1430, %1429, %1431, %1432) : (tensor<1x4x2x16xbf16>, tensor<1x4x2x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4x2x16xbf16>
    %1434 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1435 = "stablehlo.compare"(%1424, %1434) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1436 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1437 = "stablehlo.add"(%1424, %1436) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1438 = "stablehlo.select"(%1435, %1437, %1424) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1439 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1440 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1441 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1442 = "stablehlo.dynamic_update_slice"(%arg342, %1421, %1439, %1438, %1440, %1441) : (tensor<1x4x2x16xbf16>, tensor<1x4x2x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4x2x16xbf16>
    %1443 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1444 = "stablehlo.compare"(%1424, %1443) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1445 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1446 = "stablehlo.add"(%1424, %1445) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1447 = "stablehlo.select"(%1444, %1446, %1424) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1448 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1449 = "stablehlo.dynamic_update_slice"(%arg343, %arg345, %1448, %1447) : (tensor<1x4xi32>, tensor<1x4xi32>, tensor<i32>, tensor<i32>) -> tensor<1x4xi32>
    %1450 = "stablehlo.reshape"(%1381) : (tensor<1x4x4x16xbf16>) -> tensor<1x4x2x2x16xbf16>
    %1451 = "stablehlo.dot_general"(%1442, %1450) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x2x16xbf16>, tensor<1x4x2x2x16xbf16>) -> tensor<1x2x4x4x2xbf16>
    %1452 = "stablehlo.transpose"(%1451) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x4x4x2xbf16>) -> tensor<1x4x2x2x4xbf16>
    %1453 = "stablehlo.reshape"(%1452) : (tensor<1x4x2x2x4xbf16>) -> tensor<1x4x4x4xbf16>
    %1454 = "stablehlo.broadcast_in_dim"(%arg336) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x4xi1>) -> tensor<1x4x1x4xi1>
    %1455 = "stablehlo.constant"() <{value = dense<-2.38197633E+38> : tensor<f32>}> : () -> tensor<f32>
    %1456 = "func.call"(%1454, %1453, %1455) <{callee = @_where_2}> : (tensor<1x4x1x4xi1>, tensor<1x4x4x4xbf16>, tensor<f32>) -> tensor<1x4x4x4xbf16>
    %1457 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %1458 = "stablehlo.reduce"(%1456, %1457) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg359: tensor<bf16>, %arg360: tensor<bf16>):
      %1624 = "stablehlo.maximum"(%arg359, %arg360) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
      "stablehlo.return"(%1624) : (tensor<bf16>) -> ()
    }) : (tensor<1x4x4x4xbf16>, tensor<bf16>) -> tensor<1x4x4xbf16>
    %1459 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %1460 = "stablehlo.broadcast_in_dim"(%1459) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x4xbf16>
    %1461 = "stablehlo.maximum"(%1460, %1458) : (tensor<1x4x4xbf16>, tensor<1x4x4xbf16>) -> tensor<1x4x4xbf16>
    %1462 = "stablehlo.broadcast_in_dim"(%1461) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xbf16>) -> tensor<1x4x4x1xbf16>
    %1463 = "stablehlo.broadcast_in_dim"(%1462) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xbf16>) -> tensor<1x4x4x4xbf16>
    %1464 = "stablehlo.subtract"(%1456, %1463) : (tensor<1x4x4x4xbf16>, tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xbf16>
    %1465 = "stablehlo.exponential"(%1464) : (tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xbf16>
    %1466 = "stablehlo.convert"(%1465) : (tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xf32>
    %1467 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1468 = "stablehlo.reduce"(%1466, %1467) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg357: tensor<f32>, %arg358: tensor<f32>):
      %1623 = "stablehlo.add"(%arg357, %arg358) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1623) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1469 = "stablehlo.broadcast_in_dim"(%1468) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1470 = "stablehlo.convert"(%1469) : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xbf16>
    %1471 = "stablehlo.broadcast_in_dim"(%1470) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xbf16>) -> tensor<1x4x4x4xbf16>
    %1472 = "stablehlo.divide"(%1465, %1471) : (tensor<1x4x4x4xbf16>, tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xbf16>
    %1473 = "stablehlo.reshape"(%1472) : (tensor<1x4x4x4xbf16>) -> tensor<1x4x2x2x4xbf16>
    %1474 = "stablehlo.dot_general"(%1433, %1473) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x2x16xbf16>, tensor<1x4x2x2x4xbf16>) -> tensor<1x2x16x4x2xbf16>
    %1475 = "stablehlo.transpose"(%1474) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x16x4x2xbf16>) -> tensor<1x4x2x2x16xbf16>
    %1476 = "stablehlo.reshape"(%1475) : (tensor<1x4x2x2x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1477 = "stablehlo.dot_general"(%1476, %arg327) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3, 2], rhs_contracting_dimensions = [1, 0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x4x16xbf16>, tensor<4x16x64xbf16>) -> tensor<1x4x64xbf16>
    %1478 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1479 = "stablehlo.broadcast_in_dim"(%1478) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1480 = "stablehlo.add"(%arg341, %1479) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1481 = "chlo.square"(%1477) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1482 = "stablehlo.convert"(%1481) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xf32>
    %1483 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1484 = "stablehlo.reduce"(%1482, %1483) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg355: tensor<f32>, %arg356: tensor<f32>):
      %1622 = "stablehlo.add"(%arg355, %arg356) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1622) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1485 = "stablehlo.broadcast_in_dim"(%1484) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1486 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1487 = "stablehlo.broadcast_in_dim"(%1486) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1488 = "stablehlo.divide"(%1485, %1487) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1489 = "stablehlo.convert"(%1488) : (tensor<1x4x1xf32>) -> tensor<1x4x1xbf16>
    %1490 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1491 = "stablehlo.broadcast_in_dim"(%1490) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x1xbf16>
    %1492 = "stablehlo.add"(%1489, %1491) : (tensor<1x4x1xbf16>, tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1493 = "stablehlo.rsqrt"(%1492) : (tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1494 = "stablehlo.broadcast_in_dim"(%1493) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xbf16>) -> tensor<1x4x64xbf16>
    %1495 = "stablehlo.multiply"(%1477, %1494) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1496 = "stablehlo.broadcast_in_dim"(%arg332) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %1497 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1498 = "stablehlo.broadcast_in_dim"(%1497) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %1499 = "stablehlo.add"(%1498, %1496) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %1500 = "stablehlo.broadcast_in_dim"(%1499) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x4x64xbf16>
    %1501 = "stablehlo.multiply"(%1495, %1500) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1502 = "stablehlo.add"(%1501, %1268) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1503 = "chlo.square"(%1502) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1504 = "stablehlo.convert"(%1503) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xf32>
    %1505 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1506 = "stablehlo.reduce"(%1504, %1505) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg353: tensor<f32>, %arg354: tensor<f32>):
      %1621 = "stablehlo.add"(%arg353, %arg354) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1621) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1507 = "stablehlo.broadcast_in_dim"(%1506) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1508 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1509 = "stablehlo.broadcast_in_dim"(%1508) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1510 = "stablehlo.divide"(%1507, %1509) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1511 = "stablehlo.convert"(%1510) : (tensor<1x4x1xf32>) -> tensor<1x4x1xbf16>
    %1512 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1513 = "stablehlo.broadcast_in_dim"(%1512) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x1xbf16>
    %1514 = "stablehlo.add"(%1511, %1513) : (tensor<1x4x1xbf16>, tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1515 = "stablehlo.rsqrt"(%1514) : (tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1516 = "stablehlo.broadcast_in_dim"(%1515) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xbf16>) -> tensor<1x4x64xbf16>
    %1517 = "stablehlo.multiply"(%1502, %1516) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1518 = "stablehlo.broadcast_in_dim"(%arg335) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %1519 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1520 = "stablehlo.broadcast_in_dim"(%1519) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %1521 = "stablehlo.add"(%1520, %1518) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %1522 = "stablehlo.broadcast_in_dim"(%1521) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x4x64xbf16>
    %1523 = "stablehlo.multiply"(%1517, %1522) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1524 = "stablehlo.dot_general"(%1523, %arg330) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xbf16>, tensor<2x64x128xbf16>) -> tensor<1x4x2x128xbf16>
    %1525 = "stablehlo.slice"(%1524) <{limit_indices = array<i64: 1, 4, 1, 128>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x128xbf16>) -> tensor<1x4x1x128xbf16>
    %1526 = "stablehlo.reshape"(%1525) : (tensor<1x4x1x128xbf16>) -> tensor<1x4x128xbf16>
    %1527 = "stablehlo.multiply"(%1526, %1526) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1528 = "stablehlo.multiply"(%1527, %1526) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1529 = "stablehlo.constant"() <{value = dense<4.467770e-02> : tensor<bf16>}> : () -> tensor<bf16>
    %1530 = "stablehlo.broadcast_in_dim"(%1529) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x128xbf16>
    %1531 = "stablehlo.multiply"(%1530, %1528) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1532 = "stablehlo.add"(%1526, %1531) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1533 = "stablehlo.constant"() <{value = dense<7.968750e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %1534 = "stablehlo.broadcast_in_dim"(%1533) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x128xbf16>
    %1535 = "stablehlo.multiply"(%1534, %1532) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1536 = "stablehlo.tanh"(%1535) : (tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1537 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1538 = "stablehlo.broadcast_in_dim"(%1537) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x128xbf16>
    %1539 = "stablehlo.add"(%1538, %1536) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1540 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %1541 = "stablehlo.broadcast_in_dim"(%1540) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x128xbf16>
    %1542 = "stablehlo.multiply"(%1541, %1539) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1543 = "stablehlo.multiply"(%1526, %1542) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1544 = "stablehlo.slice"(%1524) <{limit_indices = array<i64: 1, 4, 2, 128>, start_indices = array<i64: 0, 0, 1, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x128xbf16>) -> tensor<1x4x1x128xbf16>
    %1545 = "stablehlo.reshape"(%1544) : (tensor<1x4x1x128xbf16>) -> tensor<1x4x128xbf16>
    %1546 = "stablehlo.multiply"(%1543, %1545) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1547 = "stablehlo.dot_general"(%1546, %arg331) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x128xbf16>, tensor<128x64xbf16>) -> tensor<1x4x64xbf16>
    %1548 = "chlo.square"(%1547) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1549 = "stablehlo.convert"(%1548) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xf32>
    %1550 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1551 = "stablehlo.reduce"(%1549, %1550) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg351: tensor<f32>, %arg352: tensor<f32>):
      %1620 = "stablehlo.add"(%arg351, %arg352) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1620) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1552 = "stablehlo.broadcast_in_dim"(%1551) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1553 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1554 = "stablehlo.broadcast_in_dim"(%1553) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1555 = "stablehlo.divide"(%1552, %1554) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1556 = "stablehlo.convert"(%1555) : (tensor<1x4x1xf32>) -> tensor<1x4x1xbf16>
    %1557 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1558 = "stablehlo.broadcast_in_dim"(%1557) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x1xbf16>
    %1559 = "stablehlo.add"(%1556, %1558) : (tensor<1x4x1xbf16>, tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1560 = "stablehlo.rsqrt"(%1559) : (tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1561 = "stablehlo.broadcast_in_dim"(%1560) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xbf16>) -> tensor<1x4x64xbf16>
    %1562 = "stablehlo.multiply"(%1547, %1561) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1563 = "stablehlo.broadcast_in_dim"(%arg333) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %1564 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1565 = "stablehlo.broadcast_in_dim"(%1564) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %1566 = "stablehlo.add"(%1565, %1563) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %1567 = "stablehlo.broadcast_in_dim"(%1566) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x4x64xbf16>
    %1568 = "stablehlo.multiply"(%1562, %1567) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1569 = "stablehlo.add"(%1568, %1502) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1570 = "chlo.square"(%1569) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1571 = "stablehlo.convert"(%1570) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xf32>
    %1572 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1573 = "stablehlo.reduce"(%1571, %1572) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg349: tensor<f32>, %arg350: tensor<f32>):
      %1619 = "stablehlo.add"(%arg349, %arg350) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1619) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1574 = "stablehlo.broadcast_in_dim"(%1573) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1575 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1576 = "stablehlo.broadcast_in_dim"(%1575) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1577 = "stablehlo.divide"(%1574, %1576) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1578 = "stablehlo.convert"(%1577) : (tensor<1x4x1xf32>) -> tensor<1x4x1xbf16>
    %1579 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1580 = "stablehlo.broadcast_in_dim"(%1579) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x1xbf16>
    %1581 = "stablehlo.add"(%1578, %1580) : (tensor<1x4x1xbf16>, tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1582 = "stablehlo.rsqrt"(%1581) : (tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1583 = "stablehlo.broadcast_in_dim"(%1582) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xbf16>) -> tensor<1x4x64xbf16>
    %1584 = "stablehlo.multiply"(%1569, %1583) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1585 = "stablehlo.broadcast_in_dim"(%arg313) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %1586 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1587 = "stablehlo.broadcast_in_dim"(%1586) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %1588 = "stablehlo.add"(%1587, %1585) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %1589 = "stablehlo.broadcast_in_dim"(%1588) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x4x64xbf16>
    %1590 = "stablehlo.multiply"(%1584, %1589) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1591 = "stablehlo.convert"(%951) : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %1592 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1593 = "stablehlo.reduce"(%1591, %1592) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg347: tensor<i32>, %arg348: tensor<i32>):
      %1618 = "stablehlo.add"(%arg347, %arg348) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%1618) : (tensor<i32>) -> ()
    }) : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %1594 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1595 = "stablehlo.broadcast_in_dim"(%1594) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1596 = "stablehlo.subtract"(%1593, %1595) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1597 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<1xi32>
    %1598 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1599 = "stablehlo.broadcast_in_dim"(%1598) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1600 = "stablehlo.compare"(%1597, %1599) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %1601 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1602 = "stablehlo.broadcast_in_dim"(%1601) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1603 = "stablehlo.add"(%1597, %1602) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1604 = "stablehlo.select"(%1600, %1603, %1597) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1605 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1606 = "stablehlo.broadcast_in_dim"(%1605) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1607 = "stablehlo.compare"(%1596, %1606) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %1608 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1609 = "stablehlo.broadcast_in_dim"(%1608) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1610 = "stablehlo.add"(%1596, %1609) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1611 = "stablehlo.select"(%1607, %1610, %1596) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1612 = "stablehlo.broadcast_in_dim"(%1604) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %1613 = "stablehlo.broadcast_in_dim"(%1611) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %1614 = "stablehlo.concatenate"(%1612, %1613) <{dimension = 1 : i64}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
    %1615 = "stablehlo.gather"(%1590, %1614) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0, 1], start_index_map = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 64>}> : (tensor<1x4x64xbf16>, tensor<1x2xi32>) -> tensor<1x64xbf16>
    %1616 = "stablehlo.transpose"(%arg312) <{permutation = array<i64: 1, 0>}> : (tensor<101x64xbf16>) -> tensor<64x101xbf16>
    %1617 = "stablehlo.dot_general"(%1615, %1616) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x64xbf16>, tensor<64x101xbf16>) -> tensor<1x101xbf16>
    "func.return"(%1617, %1179, %1125, %1132, %1116, %1480, %1442, %1449, %1433) : (tensor<1x101xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "_pad_1", sym_visibility = "private"}> ({
  ^bb0(%arg309: tensor<8xf32>, %arg310: tensor<i32>, %arg311: tensor<f32>):
    %930 = "stablehlo.convert"(%arg310) : (tensor<i32>) -> tensor<f32>
    %931 = "stablehlo.broadcast_in_dim"(%930) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %932 = "stablehlo.convert"(%arg311) : (tensor<f32>) -> tensor<f32>
    %933 = "stablehlo.broadcast_in_dim"(%932) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %934 = "stablehlo.concatenate"(%931, %933) <{dimension = 0 : i64}> : (tensor<1xf32>, tensor<1xf32>) -> tensor<2xf32>
    %935 = "stablehlo.broadcast_in_dim"(%934) <{broadcast_dimensions = array<i64: 1>}> : (tensor<2xf32>) -> tensor<1x2xf32>
    "func.return"(%arg309) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg307: tensor<i32>, %arg308: tensor<i32>):
    %914 = "stablehlo.convert"(%arg308) : (tensor<i32>) -> tensor<i32>
    %915 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %916 = "stablehlo.compare"(%914, %915) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %917 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %918 = "func.call"(%916, %917, %914) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %919 = "stablehlo.remainder"(%arg307, %918) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %920 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %921 = "stablehlo.compare"(%919, %920) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %922 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %923 = "stablehlo.compare"(%919, %922) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %924 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %925 = "stablehlo.compare"(%918, %924) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %926 = "stablehlo.compare"(%923, %925) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %927 = "stablehlo.and"(%926, %921) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %928 = "stablehlo.add"(%919, %918) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %929 = "stablehlo.select"(%927, %928, %919) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%929) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg304: tensor<i1>, %arg305: tensor<i32>, %arg306: tensor<i32>):
    %913 = "stablehlo.select"(%arg304, %arg305, %arg306) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%913) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x4x1x4xi1>, tensor<1x4x4x4xbf16>, tensor<f32>) -> tensor<1x4x4x4xbf16>, res_attrs = [{}], sym_name = "_where_2", sym_visibility = "private"}> ({
  ^bb0(%arg301: tensor<1x4x1x4xi1>, %arg302: tensor<1x4x4x4xbf16>, %arg303: tensor<f32>):
    %909 = "stablehlo.convert"(%arg303) : (tensor<f32>) -> tensor<bf16>
    %910 = "stablehlo.broadcast_in_dim"(%arg301) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x4xi1>) -> tensor<1x4x4x4xi1>
    %911 = "stablehlo.broadcast_in_dim"(%909) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x4x4xbf16>
    %912 = "stablehlo.select"(%910, %arg302, %911) : (tensor<1x4x4x4xi1>, tensor<1x4x4x4xbf16>, tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xbf16>
    "func.return"(%912) : (tensor<1x4x4x4xbf16>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1xi32>, res_attrs = [{}], sym_name = "last_token_pos", sym_visibility = "private"}> ({
  ^bb0(%arg298: tensor<1x4xi32>):
    %901 = "func.call"(%arg298) <{callee = @inputs_mask}> : (tensor<1x4xi32>) -> tensor<1x4xi1>
    %902 = "stablehlo.convert"(%901) : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %903 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %904 = "stablehlo.reduce"(%902, %903) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg299: tensor<i32>, %arg300: tensor<i32>):
      %908 = "stablehlo.add"(%arg299, %arg300) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%908) : (tensor<i32>) -> ()
    }) : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %905 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %906 = "stablehlo.broadcast_in_dim"(%905) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %907 = "stablehlo.subtract"(%904, %906) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    "func.return"(%907) : (tensor<1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<1x4xi1>, tensor<i1>) -> tensor<1x32xi1>, res_attrs = [{}], sym_name = "_pad_3", sym_visibility = "private"}> ({
  ^bb0(%arg296: tensor<1x4xi1>, %arg297: tensor<i1>):
    %900 = "stablehlo.pad"(%arg296, %arg297) <{edge_padding_high = array<i64: 0, 28>, edge_padding_low = array<i64: 0, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<1x4xi1>, tensor<i1>) -> tensor<1x32xi1>
    "func.return"(%900) : (tensor<1x32xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1xi32>, res_attrs = [{}], sym_name = "last_token", sym_visibility = "private"}> ({
  ^bb0(%arg295: tensor<1x4xi32>):
    %895 = "func.call"(%arg295) <{callee = @tokens_with_mm}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %896 = "func.call"(%arg295) <{callee = @last_token_pos}> : (tensor<1x4xi32>) -> tensor<1xi32>
    %897 = "stablehlo.broadcast_in_dim"(%896) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %898 = "func.call"(%895, %897) <{callee = @take_along_axis}> : (tensor<1x4xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %899 = "stablehlo.reshape"(%898) : (tensor<1x1xi32>) -> tensor<1xi32>
    "func.return"(%899) : (tensor<1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<1x4xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>, res_attrs = [{}], sym_name = "take_along_axis", sym_visibility = "private"}> ({
  ^bb0(%arg291: tensor<1x4xi32>, %arg292: tensor<1x1xi32>):
    %873 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %874 = "stablehlo.broadcast_in_dim"(%873) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %875 = "stablehlo.compare"(%arg292, %874) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %876 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %877 = "stablehlo.broadcast_in_dim"(%876) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %878 = "stablehlo.add"(%arg292, %877) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %879 = "stablehlo.select"(%875, %878, %arg292) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %880 = "stablehlo.constant"() <{value = dense<3> : tensor<1xi32>}> : () -> tensor<1xi32>
    %881 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %882 = "stablehlo.broadcast_in_dim"(%881) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %883 = "stablehlo.compare"(%879, %882) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %884 = "stablehlo.broadcast_in_dim"(%880) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %885 = "stablehlo.compare"(%879, %884) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %886 = "stablehlo.and"(%883, %885) : (tensor<1x1xi1>, tensor<1x1xi1>) -> tensor<1x1xi1>
    %887 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %888 = "stablehlo.reduce"(%886, %887) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg293: tensor<i1>, %arg294: tensor<i1>):
      %894 = "stablehlo.and"(%arg293, %arg294) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%894) : (tensor<i1>) -> ()
    }) : (tensor<1x1xi1>, tensor<i1>) -> tensor<1xi1>
    %889 = "stablehlo.gather"(%arg291, %879) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1>}> : (tensor<1x4xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %890 = "stablehlo.broadcast_in_dim"(%888) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xi1>) -> tensor<1x1xi1>
    %891 = "stablehlo.constant"() <{value = dense<-2147483648> : tensor<i32>}> : () -> tensor<i32>
    %892 = "stablehlo.broadcast_in_dim"(%891) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %893 = "stablehlo.select"(%890, %889, %892) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    "func.return"(%893) : (tensor<1x1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], sym_name = "_sample_loop", sym_visibility = "private"}> ({
  ^bb0(%arg164: tensor<i32>, %arg165: tensor<101x64xbf16>, %arg166: tensor<64xbf16>, %arg167: tensor<16xbf16>, %arg168: tensor<16xbf16>, %arg169: tensor<4x16x64xbf16>, %arg170: tensor<2x2x64x16xbf16>, %arg171: tensor<4x64x16xbf16>, %arg172: tensor<2x64x128xbf16>, %arg173: tensor<128x64xbf16>, %arg174: tensor<64xbf16>, %arg175: tensor<64xbf16>, %arg176: tensor<64xbf16>, %arg177: tensor<64xbf16>, %arg178: tensor<16xbf16>, %arg179: tensor<16xbf16>, %arg180: tensor<4x16x64xbf16>, %arg181: tensor<2x2x64x16xbf16>, %arg182: tensor<4x64x16xbf16>, %arg183: tensor<2x64x128xbf16>, %arg184: tensor<128x64xbf16>, %arg185: tensor<64xbf16>, %arg186: tensor<64xbf16>, %arg187: tensor<64xbf16>, %arg188: tensor<64xbf16>, %arg189: tensor<i32>, %arg190: tensor<1xi1>, %arg191: tensor<1xi32>, %arg192: tensor<1xi32>, %arg193: tensor<1x12xi32>, %arg194: tensor<1xi32>, %arg195: tensor<1x32x2x16xbf16>, %arg196: tensor<1x32xi32>, %arg197: tensor<1x32x2x16xbf16>, %arg198: tensor<1xi32>, %arg199: tensor<1x32x2x16xbf16>, %arg200: tensor<1x32xi32>, %arg201: tensor<1x32x2x16xbf16>, %arg202: tensor<2xui32>, %arg203: tensor<i32>, %arg204: tensor<1x32xi1>):
    %827 = "stablehlo.constant"() <{value = dense<[1, 106]> : tensor<2xi32>}> : () -> tensor<2xi32>
    %828:41 = "stablehlo.while"(%arg164, %arg165, %arg166, %arg167, %arg168, %arg169, %arg170, %arg171, %arg172, %arg173, %arg174, %arg175, %arg176, %arg177, %arg178, %arg179, %arg180, %arg181, %arg182, %arg183, %arg184, %arg185, %arg186, %arg187, %arg188, %arg189, %arg190, %arg191, %arg192, %arg193, %arg194, %arg195, %arg196, %arg197, %arg198, %arg199, %arg200, %arg201, %arg202, %arg203, %arg204) ({
    ^bb0(%arg248: tensor<i32>, %arg249: tensor<101x64xbf16>, %arg250: tensor<64xbf16>, %arg251: tensor<16xbf16>, %arg252: tensor<16xbf16>, %arg253: tensor<4x16x64xbf16>, %arg254: tensor<2x2x64x16xbf16>, %arg255: tensor<4x64x16xbf16>, %arg256: tensor<2x64x128xbf16>, %arg257: tensor<128x64xbf16>, %arg258: tensor<64xbf16>, %arg259: tensor<64xbf16>, %arg260: tensor<64xbf16>, %arg261: tensor<64xbf16>, %arg262: tensor<16xbf16>, %arg263: tensor<16xbf16>, %arg264: tensor<4x16x64xbf16>, %arg265: tensor<2x2x64x16xbf16>, %arg266: tensor<4x64x16xbf16>, %arg267: tensor<2x64x128xbf16>, %arg268: tensor<128x64xbf16>, %arg269: tensor<64xbf16>, %arg270: tensor<64xbf16>, %arg271: tensor<64xbf16>, %arg272: tensor<64xbf16>, %arg273: tensor<i32>, %arg274: tensor<1xi1>, %arg275: tensor<1xi32>, %arg276: tensor<1xi32>, %arg277: tensor<1x12xi32>, %arg278: tensor<1xi32>, %arg279: tensor<1x32x2x16xbf16>, %arg280: tensor<1x32xi32>, %arg281: tensor<1x32x2x16xbf16>, %arg282: tensor<1xi32>, %arg283: tensor<1x32x2x16xbf16>, %arg284: tensor<1x32xi32>, %arg285: tensor<1x32x2x16xbf16>, %arg286: tensor<2xui32>, %arg287: tensor<i32>, %arg288: tensor<1x32xi1>):
      %858 = "stablehlo.compare"(%arg273, %arg248) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %859 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
      %860 = "stablehlo.reduce"(%arg274, %859) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg289: tensor<i1>, %arg290: tensor<i1>):
        %872 = "stablehlo.and"(%arg289, %arg290) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%872) : (tensor<i1>) -> ()
      }) : (tensor<1xi1>, tensor<i1>) -> tensor<i1>
      %861 = "stablehlo.not"(%860) : (tensor<i1>) -> tensor<i1>
      %862 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
      %863 = "stablehlo.broadcast_in_dim"(%862) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<i1>
      %864 = "stablehlo.compare"(%858, %863) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %865 = "stablehlo.convert"(%864) : (tensor<i1>) -> tensor<i1>
      %866 = "stablehlo.and"(%865, %861) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %867 = "stablehlo.reshape"(%arg278) : (tensor<1xi32>) -> tensor<i32>
      %868 = "stablehlo.constant"() <{value = dense<31> : tensor<i32>}> : () -> tensor<i32>
      %869 = "stablehlo.compare"(%867, %868) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %870 = "stablehlo.not"(%869) : (tensor<i1>) -> tensor<i1>
      %871 = "stablehlo.and"(%866, %870) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%871) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg207: tensor<i32>, %arg208: tensor<101x64xbf16>, %arg209: tensor<64xbf16>, %arg210: tensor<16xbf16>, %arg211: tensor<16xbf16>, %arg212: tensor<4x16x64xbf16>, %arg213: tensor<2x2x64x16xbf16>, %arg214: tensor<4x64x16xbf16>, %arg215: tensor<2x64x128xbf16>, %arg216: tensor<128x64xbf16>, %arg217: tensor<64xbf16>, %arg218: tensor<64xbf16>, %arg219: tensor<64xbf16>, %arg220: tensor<64xbf16>, %arg221: tensor<16xbf16>, %arg222: tensor<16xbf16>, %arg223: tensor<4x16x64xbf16>, %arg224: tensor<2x2x64x16xbf16>, %arg225: tensor<4x64x16xbf16>, %arg226: tensor<2x64x128xbf16>, %arg227: tensor<128x64xbf16>, %arg228: tensor<64xbf16>, %arg229: tensor<64xbf16>, %arg230: tensor<64xbf16>, %arg231: tensor<64xbf16>, %arg232: tensor<i32>, %arg233: tensor<1xi1>, %arg234: tensor<1xi32>, %arg235: tensor<1xi32>, %arg236: tensor<1x12xi32>, %arg237: tensor<1xi32>, %arg238: tensor<1x32x2x16xbf16>, %arg239: tensor<1x32xi32>, %arg240: tensor<1x32x2x16xbf16>, %arg241: tensor<1xi32>, %arg242: tensor<1x32x2x16xbf16>, %arg243: tensor<1x32xi32>, %arg244: tensor<1x32x2x16xbf16>, %arg245: tensor<2xui32>, %arg246: tensor<i32>, %arg247: tensor<1x32xi1>):
      %857:16 = "func.call"(%arg232, %arg233, %arg234, %arg235, %arg236, %arg237, %arg238, %arg239, %arg240, %arg241, %arg242, %arg243, %arg244, %arg245, %arg246, %arg247, %arg208, %arg209, %arg210, %arg211, %arg212, %arg213, %arg214, %arg215, %arg216, %arg217, %arg218, %arg219, %arg220, %arg221, %arg222, %arg223, %arg224, %arg225, %arg226, %arg227, %arg228, %arg229, %arg230, %arg231) <{callee = @_sample_step}> : (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>, tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>) -> (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>)
      "stablehlo.return"(%arg207, %arg208, %arg209, %arg210, %arg211, %arg212, %arg213, %arg214, %arg215, %arg216, %arg217, %arg218, %arg219, %arg220, %arg221, %arg222, %arg223, %arg224, %arg225, %arg226, %arg227, %arg228, %arg229, %arg230, %arg231, %857#0, %857#1, %857#2, %857#3, %857#4, %857#5, %857#6, %857#7, %857#8, %857#9, %857#10, %857#11, %857#12, %857#13, %857#14, %857#15) : (tensor<i32>, tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> ()
    }) : (tensor<i32>, tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> (tensor<i32>, tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>)
    %829 = "func.call"(%828#29, %827) <{callee = @_in1d_8}> : (tensor<1x12xi32>, tensor<2xi32>) -> tensor<12xi1>
    %830 = "stablehlo.reshape"(%829) : (tensor<12xi1>) -> tensor<1x12xi1>
    %831 = "func.call"(%830) <{callee = @cumsum_9}> : (tensor<1x12xi1>) -> tensor<1x12xi32>
    %832 = "stablehlo.convert"(%830) : (tensor<1x12xi1>) -> tensor<1x12xi32>
    %833 = "stablehlo.subtract"(%831, %832) : (tensor<1x12xi32>, tensor<1x12xi32>) -> tensor<1x12xi32>
    %834 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %835 = "stablehlo.broadcast_in_dim"(%834) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x12xi32>
    %836 = "stablehlo.compare"(%833, %835) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<1x12xi32>, tensor<1x12xi32>) -> tensor<1x12xi1>
    %837 = "stablehlo.convert"(%836) : (tensor<1x12xi1>) -> tensor<1x12xi32>
    %838 = "stablehlo.multiply"(%828#29, %837) : (tensor<1x12xi32>, tensor<1x12xi32>) -> tensor<1x12xi32>
    %839 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %840 = "stablehlo.broadcast_in_dim"(%839) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x12xi32>
    %841 = "stablehlo.compare"(%838, %840) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x12xi32>, tensor<1x12xi32>) -> tensor<1x12xi1>
    %842 = "stablehlo.convert"(%841) : (tensor<1x12xi1>) -> tensor<1x12xi32>
    %843 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %844 = "stablehlo.reduce"(%842, %843) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg205: tensor<i32>, %arg206: tensor<i32>):
      %856 = "stablehlo.add"(%arg205, %arg206) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%856) : (tensor<i32>) -> ()
    }) : (tensor<1x12xi32>, tensor<i32>) -> tensor<1xi32>
    %845 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %846 = "stablehlo.add"(%828#39, %845) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %847 = "stablehlo.convert"(%846) : (tensor<i32>) -> tensor<i32>
    %848 = "stablehlo.broadcast_in_dim"(%847) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %849 = "stablehlo.add"(%848, %844) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %850 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<32xi32>
    %851 = "stablehlo.broadcast_in_dim"(%850) <{broadcast_dimensions = array<i64: 1>}> : (tensor<32xi32>) -> tensor<1x32xi32>
    %852 = "stablehlo.broadcast_in_dim"(%849) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %853 = "stablehlo.broadcast_in_dim"(%852) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x32xi32>
    %854 = "stablehlo.compare"(%851, %853) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x32xi32>, tensor<1x32xi32>) -> tensor<1x32xi1>
    %855 = "stablehlo.and"(%828#40, %854) : (tensor<1x32xi1>, tensor<1x32xi1>) -> tensor<1x32xi1>
    "func.return"(%828#25, %828#26, %828#27, %828#28, %838, %828#30, %828#31, %828#32, %828#33, %828#34, %828#35, %828#36, %828#37, %828#38, %828#39, %855) : (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>, tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>) -> (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], sym_name = "_sample_step", sym_visibility = "private"}> ({
  ^bb0(%arg122: tensor<i32>, %arg123: tensor<1xi1>, %arg124: tensor<1xi32>, %arg125: tensor<1xi32>, %arg126: tensor<1x12xi32>, %arg127: tensor<1xi32>, %arg128: tensor<1x32x2x16xbf16>, %arg129: tensor<1x32xi32>, %arg130: tensor<1x32x2x16xbf16>, %arg131: tensor<1xi32>, %arg132: tensor<1x32x2x16xbf16>, %arg133: tensor<1x32xi32>, %arg134: tensor<1x32x2x16xbf16>, %arg135: tensor<2xui32>, %arg136: tensor<i32>, %arg137: tensor<1x32xi1>, %arg138: tensor<101x64xbf16>, %arg139: tensor<64xbf16>, %arg140: tensor<16xbf16>, %arg141: tensor<16xbf16>, %arg142: tensor<4x16x64xbf16>, %arg143: tensor<2x2x64x16xbf16>, %arg144: tensor<4x64x16xbf16>, %arg145: tensor<2x64x128xbf16>, %arg146: tensor<128x64xbf16>, %arg147: tensor<64xbf16>, %arg148: tensor<64xbf16>, %arg149: tensor<64xbf16>, %arg150: tensor<64xbf16>, %arg151: tensor<16xbf16>, %arg152: tensor<16xbf16>, %arg153: tensor<4x16x64xbf16>, %arg154: tensor<2x2x64x16xbf16>, %arg155: tensor<4x64x16xbf16>, %arg156: tensor<2x64x128xbf16>, %arg157: tensor<128x64xbf16>, %arg158: tensor<64xbf16>, %arg159: tensor<64xbf16>, %arg160: tensor<64xbf16>, %arg161: tensor<64xbf16>):
    %791 = "stablehlo.constant"() <{value = dense<[1, 106]> : tensor<2xi32>}> : () -> tensor<2xi32>
    %792 = "stablehlo.broadcast_in_dim"(%arg124) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %793 = "stablehlo.broadcast_in_dim"(%arg125) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %794 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<32xi32>
    %795 = "stablehlo.add"(%arg136, %arg122) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %796 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %797 = "stablehlo.add"(%795, %796) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %798 = "stablehlo.convert"(%797) : (tensor<i32>) -> tensor<i32>
    %799 = "stablehlo.broadcast_in_dim"(%798) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<32xi32>
    %800 = "stablehlo.compare"(%794, %799) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<32xi32>, tensor<32xi32>) -> tensor<32xi1>
    %801 = "stablehlo.broadcast_in_dim"(%800) <{broadcast_dimensions = array<i64: 1>}> : (tensor<32xi1>) -> tensor<1x32xi1>
    %802 = "stablehlo.and"(%arg137, %801) : (tensor<1x32xi1>, tensor<1x32xi1>) -> tensor<1x32xi1>
    %803 = "stablehlo.broadcast_in_dim"(%802) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x32xi1>) -> tensor<1x1x32xi1>
    %804:9 = "func.call"(%arg138, %arg139, %arg140, %arg141, %arg142, %arg143, %arg144, %arg145, %arg146, %arg147, %arg148, %arg149, %arg150, %arg151, %arg152, %arg153, %arg154, %arg155, %arg156, %arg157, %arg158, %arg159, %arg160, %arg161, %803, %arg127, %arg128, %arg129, %arg130, %arg131, %arg132, %arg133, %arg134, %793, %792) <{callee = @__call___4}> : (tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<1x1x32xi1>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1x1xi32>, tensor<1x1xi32>) -> (tensor<1x1x101xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>)
    %805 = "stablehlo.reshape"(%804#0) : (tensor<1x1x101xbf16>) -> tensor<1x101xbf16>
    %806 = "func.call"(%arg135) <{callee = @_threefry_split}> : (tensor<2xui32>) -> tensor<2x2xui32>
    %807 = "stablehlo.slice"(%806) <{limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %808 = "stablehlo.reshape"(%807) : (tensor<1x2xui32>) -> tensor<2xui32>
    %809 = "stablehlo.slice"(%806) <{limit_indices = array<i64: 2, 2>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %810 = "stablehlo.reshape"(%809) : (tensor<1x2xui32>) -> tensor<2xui32>
    %811 = "func.call"(%805) <{callee = @argmax}> : (tensor<1x101xbf16>) -> tensor<1xi32>
    %812 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %813 = "stablehlo.compare"(%arg122, %812) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %814 = "stablehlo.constant"() <{value = dense<12> : tensor<i32>}> : () -> tensor<i32>
    %815 = "stablehlo.add"(%arg122, %814) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %816 = "stablehlo.select"(%813, %815, %arg122) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %817 = "stablehlo.convert"(%816) : (tensor<i32>) -> tensor<i32>
    %818 = "stablehlo.broadcast_in_dim"(%817) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %819 = "stablehlo.scatter"(%arg126, %818, %811) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg162: tensor<i32>, %arg163: tensor<i32>):
      "stablehlo.return"(%arg163) : (tensor<i32>) -> ()
    }) : (tensor<1x12xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<1x12xi32>
    %820 = "func.call"(%811, %791) <{callee = @_in1d}> : (tensor<1xi32>, tensor<2xi32>) -> tensor<1xi1>
    %821 = "stablehlo.or"(%arg123, %820) : (tensor<1xi1>, tensor<1xi1>) -> tensor<1xi1>
    %822 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %823 = "stablehlo.add"(%arg122, %822) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %824 = "stablehlo.not"(%arg123) : (tensor<1xi1>) -> tensor<1xi1>
    %825 = "stablehlo.convert"(%824) : (tensor<1xi1>) -> tensor<1xi32>
    %826 = "stablehlo.add"(%arg125, %825) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    "func.return"(%823, %821, %811, %826, %819, %804#1, %804#2, %804#3, %804#4, %804#5, %804#6, %804#7, %804#8, %808, %arg136, %arg137) : (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<1x1x32xi1>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1x1xi32>, tensor<1x1xi32>) -> (tensor<1x1x101xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}], sym_name = "__call___4", sym_visibility = "private"}> ({
  ^bb0(%arg53: tensor<101x64xbf16>, %arg54: tensor<64xbf16>, %arg55: tensor<16xbf16>, %arg56: tensor<16xbf16>, %arg57: tensor<4x16x64xbf16>, %arg58: tensor<2x2x64x16xbf16>, %arg59: tensor<4x64x16xbf16>, %arg60: tensor<2x64x128xbf16>, %arg61: tensor<128x64xbf16>, %arg62: tensor<64xbf16>, %arg63: tensor<64xbf16>, %arg64: tensor<64xbf16>, %arg65: tensor<64xbf16>, %arg66: tensor<16xbf16>, %arg67: tensor<16xbf16>, %arg68: tensor<4x16x64xbf16>, %arg69: tensor<2x2x64x16xbf16>, %arg70: tensor<4x64x16xbf16>, %arg71: tensor<2x64x128xbf16>, %arg72: tensor<128x64xbf16>, %arg73: tensor<64xbf16>, %arg74: tensor<64xbf16>, %arg75: tensor<64xbf16>, %arg76: tensor<64xbf16>, %arg77: tensor<1x1x32xi1>, %arg78: tensor<1xi32>, %arg79: tensor<1x32x2x16xbf16>, %arg80: tensor<1x32xi32>, %arg81: tensor<1x32x2x16xbf16>, %arg82: tensor<1xi32>, %arg83: tensor<1x32x2x16xbf16>, %arg84: tensor<1x32xi32>, %arg85: tensor<1x32x2x16xbf16>, %arg86: tensor<1x1xi32>, %arg87: tensor<1x1xi32>):
    %132 = "func.call"(%arg87) <{callee = @tokens_with_mm_5}> : (tensor<1x1xi32>) -> tensor<1x1xi32>
    %133 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %134 = "stablehlo.broadcast_in_dim"(%133) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %135 = "stablehlo.compare"(%132, %134) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %136 = "stablehlo.constant"() <{value = dense<101> : tensor<i32>}> : () -> tensor<i32>
    %137 = "stablehlo.broadcast_in_dim"(%136) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %138 = "stablehlo.add"(%132, %137) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %139 = "stablehlo.select"(%135, %138, %132) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %140 = "stablehlo.broadcast_in_dim"(%139) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %141 = "stablehlo.gather"(%arg53, %140) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<101x64xbf16>, tensor<1x1x1xi32>) -> tensor<1x1x64xbf16>
    %142 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %143 = "stablehlo.sqrt"(%142) : (tensor<f32>) -> tensor<f32>
    %144 = "stablehlo.convert"(%143) : (tensor<f32>) -> tensor<bf16>
    %145 = "stablehlo.broadcast_in_dim"(%144) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %146 = "stablehlo.multiply"(%141, %145) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %147 = "func.call"(%arg87) <{callee = @inputs_mask_6}> : (tensor<1x1xi32>) -> tensor<1x1xi1>
    %148 = "chlo.square"(%146) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %149 = "stablehlo.convert"(%148) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %150 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %151 = "stablehlo.reduce"(%149, %150) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg120: tensor<f32>, %arg121: tensor<f32>):
      %790 = "stablehlo.add"(%arg120, %arg121) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%790) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %152 = "stablehlo.broadcast_in_dim"(%151) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %153 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %154 = "stablehlo.broadcast_in_dim"(%153) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %155 = "stablehlo.divide"(%152, %154) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %156 = "stablehlo.convert"(%155) : (tensor<1x1x1xf32>) -> tensor<1x1x1xbf16>
    %157 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %158 = "stablehlo.broadcast_in_dim"(%157) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1xbf16>
    %159 = "stablehlo.add"(%156, %158) : (tensor<1x1x1xbf16>, tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %160 = "stablehlo.rsqrt"(%159) : (tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %161 = "stablehlo.broadcast_in_dim"(%160) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xbf16>) -> tensor<1x1x64xbf16>
    %162 = "stablehlo.multiply"(%146, %161) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %163 = "stablehlo.broadcast_in_dim"(%arg64) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %164 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %165 = "stablehlo.broadcast_in_dim"(%164) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %166 = "stablehlo.add"(%165, %163) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %167 = "stablehlo.multiply"(%162, %166) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %168 = "stablehlo.dot_general"(%167, %arg59) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xbf16>, tensor<4x64x16xbf16>) -> tensor<1x1x4x16xbf16>
    %169 = "stablehlo.dot_general"(%arg58, %167) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x2x64x16xbf16>, tensor<1x1x64xbf16>) -> tensor<2x2x16x1x1xbf16>
    %170 = "stablehlo.transpose"(%169) <{permutation = array<i64: 0, 3, 4, 1, 2>}> : (tensor<2x2x16x1x1xbf16>) -> tensor<2x1x1x2x16xbf16>
    %171 = "stablehlo.slice"(%170) <{limit_indices = array<i64: 1, 1, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x1x2x16xbf16>) -> tensor<1x1x1x2x16xbf16>
    %172 = "stablehlo.reshape"(%171) : (tensor<1x1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %173 = "stablehlo.slice"(%170) <{limit_indices = array<i64: 2, 1, 1, 2, 16>, start_indices = array<i64: 1, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x1x2x16xbf16>) -> tensor<1x1x1x2x16xbf16>
    %174 = "stablehlo.reshape"(%173) : (tensor<1x1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %175 = "chlo.square"(%168) : (tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xbf16>
    %176 = "stablehlo.convert"(%175) : (tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xf32>
    %177 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %178 = "stablehlo.reduce"(%176, %177) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg118: tensor<f32>, %arg119: tensor<f32>):
      %789 = "stablehlo.add"(%arg118, %arg119) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%789) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x16xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %179 = "stablehlo.broadcast_in_dim"(%178) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %180 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %181 = "stablehlo.broadcast_in_dim"(%180) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x1xf32>
    %182 = "stablehlo.divide"(%179, %181) : (tensor<1x1x4x1xf32>, tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xf32>
    %183 = "stablehlo.convert"(%182) : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xbf16>
    %184 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %185 = "stablehlo.broadcast_in_dim"(%184) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x4x1xbf16>
    %186 = "stablehlo.add"(%183, %185) : (tensor<1x1x4x1xbf16>, tensor<1x1x4x1xbf16>) -> tensor<1x1x4x1xbf16>
    %187 = "stablehlo.rsqrt"(%186) : (tensor<1x1x4x1xbf16>) -> tensor<1x1x4x1xbf16>
    %188 = "stablehlo.broadcast_in_dim"(%187) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xbf16>) -> tensor<1x1x4x16xbf16>
    %189 = "stablehlo.multiply"(%168, %188) : (tensor<1x1x4x16xbf16>, tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xbf16>
    %190 = "stablehlo.broadcast_in_dim"(%arg56) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xbf16>) -> tensor<1x1x1x16xbf16>
    %191 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %192 = "stablehlo.broadcast_in_dim"(%191) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1x16xbf16>
    %193 = "stablehlo.add"(%192, %190) : (tensor<1x1x1x16xbf16>, tensor<1x1x1x16xbf16>) -> tensor<1x1x1x16xbf16>
    %194 = "stablehlo.broadcast_in_dim"(%193) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xbf16>) -> tensor<1x1x4x16xbf16>
    %195 = "stablehlo.multiply"(%189, %194) : (tensor<1x1x4x16xbf16>, tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xbf16>
    %196 = "chlo.square"(%172) : (tensor<1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %197 = "stablehlo.convert"(%196) : (tensor<1x1x2x16xbf16>) -> tensor<1x1x2x16xf32>
    %198 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %199 = "stablehlo.reduce"(%197, %198) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg116: tensor<f32>, %arg117: tensor<f32>):
      %788 = "stablehlo.add"(%arg116, %arg117) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%788) : (tensor<f32>) -> ()
    }) : (tensor<1x1x2x16xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %200 = "stablehlo.broadcast_in_dim"(%199) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x2xf32>) -> tensor<1x1x2x1xf32>
    %201 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %202 = "stablehlo.broadcast_in_dim"(%201) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x2x1xf32>
    %203 = "stablehlo.divide"(%200, %202) : (tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
    %204 = "stablehlo.convert"(%203) : (tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xbf16>
    %205 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %206 = "stablehlo.broadcast_in_dim"(%205) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x2x1xbf16>
    %207 = "stablehlo.add"(%204, %206) : (tensor<1x1x2x1xbf16>, tensor<1x1x2x1xbf16>) -> tensor<1x1x2x1xbf16>
    %208 = "stablehlo.rsqrt"(%207) : (tensor<1x1x2x1xbf16>) -> tensor<1x1x2x1xbf16>
    %209 = "stablehlo.broadcast_in_dim"(%208) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x2x1xbf16>) -> tensor<1x1x2x16xbf16>
    %210 = "stablehlo.multiply"(%172, %209) : (tensor<1x1x2x16xbf16>, tensor<1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %211 = "stablehlo.broadcast_in_dim"(%arg55) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xbf16>) -> tensor<1x1x1x16xbf16>
    %212 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %213 = "stablehlo.broadcast_in_dim"(%212) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1x16xbf16>
    %214 = "stablehlo.add"(%213, %211) : (tensor<1x1x1x16xbf16>, tensor<1x1x1x16xbf16>) -> tensor<1x1x1x16xbf16>
    %215 = "stablehlo.broadcast_in_dim"(%214) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xbf16>) -> tensor<1x1x2x16xbf16>
    %216 = "stablehlo.multiply"(%210, %215) : (tensor<1x1x2x16xbf16>, tensor<1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %217 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %218 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %219 = "stablehlo.broadcast_in_dim"(%218) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %220 = "stablehlo.multiply"(%219, %217) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %221 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %222 = "stablehlo.broadcast_in_dim"(%221) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %223 = "stablehlo.power"(%222, %220) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %224 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %225 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %226 = "func.call"(%223, %224, %225) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %227 = "stablehlo.broadcast_in_dim"(%arg86) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %228 = "stablehlo.broadcast_in_dim"(%226) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %229 = "stablehlo.convert"(%227) : (tensor<1x1x1xi32>) -> tensor<1x1x1xf32>
    %230 = "stablehlo.broadcast_in_dim"(%229) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %231 = "stablehlo.divide"(%230, %228) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %232 = "stablehlo.broadcast_in_dim"(%231) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %233 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %234 = "stablehlo.broadcast_in_dim"(%233) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x8xf32>
    %235 = "stablehlo.divide"(%232, %234) : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %236 = "stablehlo.sine"(%235) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %237 = "stablehlo.cosine"(%235) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %238 = "stablehlo.slice"(%195) <{limit_indices = array<i64: 1, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xbf16>) -> tensor<1x1x4x8xbf16>
    %239 = "stablehlo.slice"(%195) <{limit_indices = array<i64: 1, 1, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xbf16>) -> tensor<1x1x4x8xbf16>
    %240 = "stablehlo.convert"(%238) : (tensor<1x1x4x8xbf16>) -> tensor<1x1x4x8xf32>
    %241 = "stablehlo.broadcast_in_dim"(%237) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %242 = "stablehlo.multiply"(%240, %241) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %243 = "stablehlo.convert"(%239) : (tensor<1x1x4x8xbf16>) -> tensor<1x1x4x8xf32>
    %244 = "stablehlo.broadcast_in_dim"(%236) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %245 = "stablehlo.multiply"(%243, %244) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %246 = "stablehlo.subtract"(%242, %245) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %247 = "stablehlo.convert"(%239) : (tensor<1x1x4x8xbf16>) -> tensor<1x1x4x8xf32>
    %248 = "stablehlo.broadcast_in_dim"(%237) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %249 = "stablehlo.multiply"(%247, %248) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %250 = "stablehlo.convert"(%238) : (tensor<1x1x4x8xbf16>) -> tensor<1x1x4x8xf32>
    %251 = "stablehlo.broadcast_in_dim"(%236) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %252 = "stablehlo.multiply"(%250, %251) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %253 = "stablehlo.add"(%249, %252) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %254 = "stablehlo.concatenate"(%246, %253) <{dimension = 3 : i64}> : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x16xf32>
    %255 = "stablehlo.convert"(%254) : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xbf16>
    %256 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %257 = "stablehlo.broadcast_in_dim"(%256) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x4x16xbf16>
    %258 = "stablehlo.multiply"(%255, %257) : (tensor<1x1x4x16xbf16>, tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xbf16>
    %259 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %260 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %261 = "stablehlo.broadcast_in_dim"(%260) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %262 = "stablehlo.multiply"(%261, %259) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %263 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %264 = "stablehlo.broadcast_in_dim"(%263) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %265 = "stablehlo.power"(%264, %262) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %266 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %267 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %268 = "func.call"(%265, %266, %267) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %269 = "stablehlo.broadcast_in_dim"(%arg86) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %270 = "stablehlo.broadcast_in_dim"(%268) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %271 = "stablehlo.convert"(%269) : (tensor<1x1x1xi32>) -> tensor<1x1x1xf32>
    %272 = "stablehlo.broadcast_in_dim"(%271) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %273 = "stablehlo.divide"(%272, %270) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %274 = "stablehlo.broadcast_in_dim"(%273) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %275 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %276 = "stablehlo.broadcast_in_dim"(%275) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x8xf32>
    %277 = "stablehlo.divide"(%274, %276) : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %278 = "stablehlo.sine"(%277) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %279 = "stablehlo.cosine"(%277) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %280 = "stablehlo.slice"(%216) <{limit_indices = array<i64: 1, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xbf16>) -> tensor<1x1x2x8xbf16>
    %281 = "stablehlo.slice"(%216) <{limit_indices = array<i64: 1, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xbf16>) -> tensor<1x1x2x8xbf16>
    %282 = "stablehlo.convert"(%280) : (tensor<1x1x2x8xbf16>) -> tensor<1x1x2x8xf32>
    %283 = "stablehlo.broadcast_in_dim"(%279) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %284 = "stablehlo.multiply"(%282, %283) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %285 = "stablehlo.convert"(%281) : (tensor<1x1x2x8xbf16>) -> tensor<1x1x2x8xf32>
    %286 = "stablehlo.broadcast_in_dim"(%278) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %287 = "stablehlo.multiply"(%285, %286) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %288 = "stablehlo.subtract"(%284, %287) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %289 = "stablehlo.convert"(%281) : (tensor<1x1x2x8xbf16>) -> tensor<1x1x2x8xf32>
    %290 = "stablehlo.broadcast_in_dim"(%279) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %291 = "stablehlo.multiply"(%289, %290) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %292 = "stablehlo.convert"(%280) : (tensor<1x1x2x8xbf16>) -> tensor<1x1x2x8xf32>
    %293 = "stablehlo.broadcast_in_dim"(%278) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %294 = "stablehlo.multiply"(%292, %293) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %295 = "stablehlo.add"(%291, %294) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %296 = "stablehlo.concatenate"(%288, %295) <{dimension = 3 : i64}> : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x16xf32>
    %297 = "stablehlo.convert"(%296) : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x16xbf16>
    %298 = "stablehlo.reshape"(%arg78) : (tensor<1xi32>) -> tensor<i32>
    %299 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %300 = "func.call"(%298, %299) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %301 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %302 = "stablehlo.compare"(%300, %301) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %303 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %304 = "stablehlo.add"(%300, %303) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %305 = "stablehlo.select"(%302, %304, %300) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %306 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %307 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %308 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %309 = "stablehlo.dynamic_update_slice"(%arg81, %174, %306, %305, %307, %308) : (tensor<1x32x2x16xbf16>, tensor<1x1x2x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xbf16>
    %310 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %311 = "stablehlo.compare"(%300, %310) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %312 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %313 = "stablehlo.add"(%300, %312) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %314 = "stablehlo.select"(%311, %313, %300) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %315 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %316 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %317 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %318 = "stablehlo.dynamic_update_slice"(%arg79, %297, %315, %314, %316, %317) : (tensor<1x32x2x16xbf16>, tensor<1x1x2x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xbf16>
    %319 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %320 = "stablehlo.compare"(%300, %319) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %321 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %322 = "stablehlo.add"(%300, %321) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %323 = "stablehlo.select"(%320, %322, %300) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %324 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %325 = "stablehlo.dynamic_update_slice"(%arg80, %arg86, %324, %323) : (tensor<1x32xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x32xi32>
    %326 = "stablehlo.reshape"(%258) : (tensor<1x1x4x16xbf16>) -> tensor<1x1x2x2x16xbf16>
    %327 = "stablehlo.dot_general"(%318, %326) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x32x2x16xbf16>, tensor<1x1x2x2x16xbf16>) -> tensor<1x2x32x1x2xbf16>
    %328 = "stablehlo.transpose"(%327) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x32x1x2xbf16>) -> tensor<1x1x2x2x32xbf16>
    %329 = "stablehlo.reshape"(%328) : (tensor<1x1x2x2x32xbf16>) -> tensor<1x1x4x32xbf16>
    %330 = "stablehlo.broadcast_in_dim"(%325) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x32xi32>) -> tensor<1x1x32xi32>
    %331 = "stablehlo.broadcast_in_dim"(%arg86) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %332 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %333 = "stablehlo.broadcast_in_dim"(%332) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1xi32>
    %334 = "stablehlo.subtract"(%331, %333) : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi32>
    %335 = "stablehlo.broadcast_in_dim"(%334) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<1x1x32xi32>
    %336 = "stablehlo.compare"(%330, %335) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x32xi32>, tensor<1x1x32xi32>) -> tensor<1x1x32xi1>
    %337 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %338 = "stablehlo.broadcast_in_dim"(%337) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1xi32>
    %339 = "stablehlo.add"(%331, %338) : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi32>
    %340 = "stablehlo.broadcast_in_dim"(%339) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<1x1x32xi32>
    %341 = "stablehlo.compare"(%330, %340) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x1x32xi32>, tensor<1x1x32xi32>) -> tensor<1x1x32xi1>
    %342 = "stablehlo.and"(%336, %341) : (tensor<1x1x32xi1>, tensor<1x1x32xi1>) -> tensor<1x1x32xi1>
    %343 = "stablehlo.and"(%arg77, %342) : (tensor<1x1x32xi1>, tensor<1x1x32xi1>) -> tensor<1x1x32xi1>
    %344 = "stablehlo.broadcast_in_dim"(%343) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x32xi1>) -> tensor<1x1x1x32xi1>
    %345 = "stablehlo.constant"() <{value = dense<-2.38197633E+38> : tensor<f32>}> : () -> tensor<f32>
    %346 = "func.call"(%344, %329, %345) <{callee = @_where_7}> : (tensor<1x1x1x32xi1>, tensor<1x1x4x32xbf16>, tensor<f32>) -> tensor<1x1x4x32xbf16>
    %347 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %348 = "stablehlo.reduce"(%346, %347) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg114: tensor<bf16>, %arg115: tensor<bf16>):
      %787 = "stablehlo.maximum"(%arg114, %arg115) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
      "stablehlo.return"(%787) : (tensor<bf16>) -> ()
    }) : (tensor<1x1x4x32xbf16>, tensor<bf16>) -> tensor<1x1x4xbf16>
    %349 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %350 = "stablehlo.broadcast_in_dim"(%349) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x4xbf16>
    %351 = "stablehlo.maximum"(%350, %348) : (tensor<1x1x4xbf16>, tensor<1x1x4xbf16>) -> tensor<1x1x4xbf16>
    %352 = "stablehlo.broadcast_in_dim"(%351) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xbf16>) -> tensor<1x1x4x1xbf16>
    %353 = "stablehlo.broadcast_in_dim"(%352) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xbf16>) -> tensor<1x1x4x32xbf16>
    %354 = "stablehlo.subtract"(%346, %353) : (tensor<1x1x4x32xbf16>, tensor<1x1x4x32xbf16>) -> tensor<1x1x4x32xbf16>
    %355 = "stablehlo.exponential"(%354) : (tensor<1x1x4x32xbf16>) -> tensor<1x1x4x32xbf16>
    %356 = "stablehlo.convert"(%355) : (tensor<1x1x4x32xbf16>) -> tensor<1x1x4x32xf32>
    %357 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %358 = "stablehlo.reduce"(%356, %357) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg112: tensor<f32>, %arg113: tensor<f32>):
      %786 = "stablehlo.add"(%arg112, %arg113) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%786) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x32xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %359 = "stablehlo.broadcast_in_dim"(%358) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %360 = "stablehlo.convert"(%359) : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xbf16>
    %361 = "stablehlo.broadcast_in_dim"(%360) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xbf16>) -> tensor<1x1x4x32xbf16>
    %362 = "stablehlo.divide"(%355, %361) : (tensor<1x1x4x32xbf16>, tensor<1x1x4x32xbf16>) -> tensor<1x1x4x32xbf16>
    %363 = "stablehlo.reshape"(%362) : (tensor<1x1x4x32xbf16>) -> tensor<1x1x2x2x32xbf16>
    %364 = "stablehlo.dot_general"(%309, %363) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x32x2x16xbf16>, tensor<1x1x2x2x32xbf16>) -> tensor<1x2x16x1x2xbf16>
    %365 = "stablehlo.transpose"(%364) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x16x1x2xbf16>) -> tensor<1x1x2x2x16xbf16>
    %366 = "stablehlo.reshape"(%365) : (tensor<1x1x2x2x16xbf16>) -> tensor<1x1x4x16xbf16>
    %367 = "stablehlo.dot_general"(%366, %arg57) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3, 2], rhs_contracting_dimensions = [1, 0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x4x16xbf16>, tensor<4x16x64xbf16>) -> tensor<1x1x64xbf16>
    %368 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %369 = "stablehlo.broadcast_in_dim"(%368) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %370 = "stablehlo.add"(%arg78, %369) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %371 = "chlo.square"(%367) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %372 = "stablehlo.convert"(%371) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %373 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %374 = "stablehlo.reduce"(%372, %373) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg110: tensor<f32>, %arg111: tensor<f32>):
      %785 = "stablehlo.add"(%arg110, %arg111) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%785) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %375 = "stablehlo.broadcast_in_dim"(%374) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %376 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %377 = "stablehlo.broadcast_in_dim"(%376) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %378 = "stablehlo.divide"(%375, %377) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %379 = "stablehlo.convert"(%378) : (tensor<1x1x1xf32>) -> tensor<1x1x1xbf16>
    %380 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %381 = "stablehlo.broadcast_in_dim"(%380) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1xbf16>
    %382 = "stablehlo.add"(%379, %381) : (tensor<1x1x1xbf16>, tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %383 = "stablehlo.rsqrt"(%382) : (tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %384 = "stablehlo.broadcast_in_dim"(%383) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xbf16>) -> tensor<1x1x64xbf16>
    %385 = "stablehlo.multiply"(%367, %384) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %386 = "stablehlo.broadcast_in_dim"(%arg62) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %387 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %388 = "stablehlo.broadcast_in_dim"(%387) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %389 = "stablehlo.add"(%388, %386) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %390 = "stablehlo.multiply"(%385, %389) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %391 = "stablehlo.add"(%390, %146) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %392 = "chlo.square"(%391) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %393 = "stablehlo.convert"(%392) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %394 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %395 = "stablehlo.reduce"(%393, %394) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg108: tensor<f32>, %arg109: tensor<f32>):
      %784 = "stablehlo.add"(%arg108, %arg109) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%784) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %396 = "stablehlo.broadcast_in_dim"(%395) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %397 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %398 = "stablehlo.broadcast_in_dim"(%397) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %399 = "stablehlo.divide"(%396, %398) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %400 = "stablehlo.convert"(%399) : (tensor<1x1x1xf32>) -> tensor<1x1x1xbf16>
    %401 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %402 = "stablehlo.broadcast_in_dim"(%401) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1xbf16>
    %403 = "stablehlo.add"(%400, %402) : (tensor<1x1x1xbf16>, tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %404 = "stablehlo.rsqrt"(%403) : (tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %405 = "stablehlo.broadcast_in_dim"(%404) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xbf16>) -> tensor<1x1x64xbf16>
    %406 = "stablehlo.multiply"(%391, %405) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %407 = "stablehlo.broadcast_in_dim"(%arg65) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %408 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %409 = "stablehlo.broadcast_in_dim"(%408) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %410 = "stablehlo.add"(%409, %407) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %411 = "stablehlo.multiply"(%406, %410) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %412 = "stablehlo.dot_general"(%411, %arg60) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xbf16>, tensor<2x64x128xbf16>) -> tensor<1x1x2x128xbf16>
    %413 = "stablehlo.slice"(%412) <{limit_indices = array<i64: 1, 1, 1, 128>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x128xbf16>) -> tensor<1x1x1x128xbf16>
    %414 = "stablehlo.reshape"(%413) : (tensor<1x1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %415 = "stablehlo.multiply"(%414, %414) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %416 = "stablehlo.multiply"(%415, %414) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %417 = "stablehlo.constant"() <{value = dense<4.467770e-02> : tensor<bf16>}> : () -> tensor<bf16>
    %418 = "stablehlo.broadcast_in_dim"(%417) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x128xbf16>
    %419 = "stablehlo.multiply"(%418, %416) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %420 = "stablehlo.add"(%414, %419) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %421 = "stablehlo.constant"() <{value = dense<7.968750e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %422 = "stablehlo.broadcast_in_dim"(%421) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x128xbf16>
    %423 = "stablehlo.multiply"(%422, %420) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %424 = "stablehlo.tanh"(%423) : (tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %425 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %426 = "stablehlo.broadcast_in_dim"(%425) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x128xbf16>
    %427 = "stablehlo.add"(%426, %424) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %428 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %429 = "stablehlo.broadcast_in_dim"(%428) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x128xbf16>
    %430 = "stablehlo.multiply"(%429, %427) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %431 = "stablehlo.multiply"(%414, %430) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %432 = "stablehlo.slice"(%412) <{limit_indices = array<i64: 1, 1, 2, 128>, start_indices = array<i64: 0, 0, 1, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x128xbf16>) -> tensor<1x1x1x128xbf16>
    %433 = "stablehlo.reshape"(%432) : (tensor<1x1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %434 = "stablehlo.multiply"(%431, %433) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %435 = "stablehlo.dot_general"(%434, %arg61) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x128xbf16>, tensor<128x64xbf16>) -> tensor<1x1x64xbf16>
    %436 = "chlo.square"(%435) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %437 = "stablehlo.convert"(%436) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %438 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %439 = "stablehlo.reduce"(%437, %438) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg106: tensor<f32>, %arg107: tensor<f32>):
      %783 = "stablehlo.add"(%arg106, %arg107) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%783) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %440 = "stablehlo.broadcast_in_dim"(%439) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %441 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %442 = "stablehlo.broadcast_in_dim"(%441) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %443 = "stablehlo.divide"(%440, %442) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %444 = "stablehlo.convert"(%443) : (tensor<1x1x1xf32>) -> tensor<1x1x1xbf16>
    %445 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %446 = "stablehlo.broadcast_in_dim"(%445) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1xbf16>
    %447 = "stablehlo.add"(%444, %446) : (tensor<1x1x1xbf16>, tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %448 = "stablehlo.rsqrt"(%447) : (tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %449 = "stablehlo.broadcast_in_dim"(%448) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xbf16>) -> tensor<1x1x64xbf16>
    %450 = "stablehlo.multiply"(%435, %449) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %451 = "stablehlo.broadcast_in_dim"(%arg63) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %452 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %453 = "stablehlo.broadcast_in_dim"(%452) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %454 = "stablehlo.add"(%453, %451) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %455 = "stablehlo.multiply"(%450, %454) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %456 = "stablehlo.add"(%455, %391) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %457 = "chlo.square"(%456) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %458 = "stablehlo.convert"(%457) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %459 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %460 = "stablehlo.reduce"(%458, %459) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg104: tensor<f32>, %arg105: tensor<f32>):
      %782 = "stablehlo.add"(%arg104, %arg105) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%782) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %461 = "stablehlo.broadcast_in_dim"(%460) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %462 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %463 = "stablehlo.broadcast_in_dim"(%462) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %464 = "stablehlo.divide"(%461, %463) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %465 = "stablehlo.convert"(%464) : (tensor<1x1x1xf32>) -> tensor<1x1x1xbf16>
    %466 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %467 = "stablehlo.broadcast_in_dim"(%466) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1xbf16>
    %468 = "stablehlo.add"(%465, %467) : (tensor<1x1x1xbf16>, tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %469 = "stablehlo.rsqrt"(%468) : (tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %470 = "stablehlo.broadcast_in_dim"(%469) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xbf16>) -> tensor<1x1x64xbf16>
    %471 = "stablehlo.multiply"(%456, %470) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %472 = "stablehlo.broadcast_in_dim"(%arg75) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %473 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %474 = "stablehlo.broadcast_in_dim"(%473) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %475 = "stablehlo.add"(%474, %472) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %476 = "stablehlo.multiply"(%471, %475) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %477 = "stablehlo.dot_general"(%476, %arg70) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xbf16>, tensor<4x64x16xbf16>) -> tensor<1x1x4x16xbf16>
    %478 = "stablehlo.dot_general"(%arg69, %476) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x2x64x16xbf16>, tensor<1x1x64xbf16>) -> tensor<2x2x16x1x1xbf16>
    %479 = "stablehlo.transpose"(%478) <{permutation = array<i64: 0, 3, 4, 1, 2>}> : (tensor<2x2x16x1x1xbf16>) -> tensor<2x1x1x2x16xbf16>
    %480 = "stablehlo.slice"(%479) <{limit_indices = array<i64: 1, 1, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x1x2x16xbf16>) -> tensor<1x1x1x2x16xbf16>
    %481 = "stablehlo.reshape"(%480) : (tensor<1x1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %482 = "stablehlo.slice"(%479) <{limit_indices = array<i64: 2, 1, 1, 2, 16>, start_indices = array<i64: 1, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x1x2x16xbf16>) -> tensor<1x1x1x2x16xbf16>
    %483 = "stablehlo.reshape"(%482) : (tensor<1x1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %484 = "chlo.square"(%477) : (tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xbf16>
    %485 = "stablehlo.convert"(%484) : (tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xf32>
    %486 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %487 = "stablehlo.reduce"(%485, %486) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg102: tensor<f32>, %arg103: tensor<f32>):
      %781 = "stablehlo.add"(%arg102, %arg103) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%781) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x16xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %488 = "stablehlo.broadcast_in_dim"(%487) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %489 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %490 = "stablehlo.broadcast_in_dim"(%489) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x1xf32>
    %491 = "stablehlo.divide"(%488, %490) : (tensor<1x1x4x1xf32>, tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xf32>
    %492 = "stablehlo.convert"(%491) : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xbf16>
    %493 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %494 = "stablehlo.broadcast_in_dim"(%493) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x4x1xbf16>
    %495 = "stablehlo.add"(%492, %494) : (tensor<1x1x4x1xbf16>, tensor<1x1x4x1xbf16>) -> tensor<1x1x4x1xbf16>
    %496 = "stablehlo.rsqrt"(%495) : (tensor<1x1x4x1xbf16>) -> tensor<1x1x4x1xbf16>
    %497 = "stablehlo.broadcast_in_dim"(%496) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xbf16>) -> tensor<1x1x4x16xbf16>
    %498 = "stablehlo.multiply"(%477, %497) : (tensor<1x1x4x16xbf16>, tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xbf16>
    %499 = "stablehlo.broadcast_in_dim"(%arg67) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xbf16>) -> tensor<1x1x1x16xbf16>
    %500 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %501 = "stablehlo.broadcast_in_dim"(%500) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1x16xbf16>
    %502 = "stablehlo.add"(%501, %499) : (tensor<1x1x1x16xbf16>, tensor<1x1x1x16xbf16>) -> tensor<1x1x1x16xbf16>
    %503 = "stablehlo.broadcast_in_dim"(%502) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xbf16>) -> tensor<1x1x4x16xbf16>
    %504 = "stablehlo.multiply"(%498, %503) : (tensor<1x1x4x16xbf16>, tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xbf16>
    %505 = "chlo.square"(%481) : (tensor<1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %506 = "stablehlo.convert"(%505) : (tensor<1x1x2x16xbf16>) -> tensor<1x1x2x16xf32>
    %507 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %508 = "stablehlo.reduce"(%506, %507) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg100: tensor<f32>, %arg101: tensor<f32>):
      %780 = "stablehlo.add"(%arg100, %arg101) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%780) : (tensor<f32>) -> ()
    }) : (tensor<1x1x2x16xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %509 = "stablehlo.broadcast_in_dim"(%508) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x2xf32>) -> tensor<1x1x2x1xf32>
    %510 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %511 = "stablehlo.broadcast_in_dim"(%510) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x2x1xf32>
    %512 = "stablehlo.divide"(%509, %511) : (tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
    %513 = "stablehlo.convert"(%512) : (tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xbf16>
    %514 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %515 = "stablehlo.broadcast_in_dim"(%514) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x2x1xbf16>
    %516 = "stablehlo.add"(%513, %515) : (tensor<1x1x2x1xbf16>, tensor<1x1x2x1xbf16>) -> tensor<1x1x2x1xbf16>
    %517 = "stablehlo.rsqrt"(%516) : (tensor<1x1x2x1xbf16>) -> tensor<1x1x2x1xbf16>
    %518 = "stablehlo.broadcast_in_dim"(%517) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x2x1xbf16>) -> tensor<1x1x2x16xbf16>
    %519 = "stablehlo.multiply"(%481, %518) : (tensor<1x1x2x16xbf16>, tensor<1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %520 = "stablehlo.broadcast_in_dim"(%arg66) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xbf16>) -> tensor<1x1x1x16xbf16>
    %521 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %522 = "stablehlo.broadcast_in_dim"(%521) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1x16xbf16>
    %523 = "stablehlo.add"(%522, %520) : (tensor<1x1x1x16xbf16>, tensor<1x1x1x16xbf16>) -> tensor<1x1x1x16xbf16>
    %524 = "stablehlo.broadcast_in_dim"(%523) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xbf16>) -> tensor<1x1x2x16xbf16>
    %525 = "stablehlo.multiply"(%519, %524) : (tensor<1x1x2x16xbf16>, tensor<1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %526 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %527 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %528 = "stablehlo.broadcast_in_dim"(%527) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %529 = "stablehlo.multiply"(%528, %526) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %530 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %531 = "stablehlo.broadcast_in_dim"(%530) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %532 = "stablehlo.power"(%531, %529) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %533 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %534 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %535 = "func.call"(%532, %533, %534) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %536 = "stablehlo.broadcast_in_dim"(%arg86) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %537 = "stablehlo.broadcast_in_dim"(%535) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %538 = "stablehlo.convert"(%536) : (tensor<1x1x1xi32>) -> tensor<1x1x1xf32>
    %539 = "stablehlo.broadcast_in_dim"(%538) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %540 = "stablehlo.divide"(%539, %537) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %541 = "stablehlo.broadcast_in_dim"(%540) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %542 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %543 = "stablehlo.broadcast_in_dim"(%542) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x8xf32>
    %544 = "stablehlo.divide"(%541, %543) : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %545 = "stablehlo.sine"(%544) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %546 = "stablehlo.cosine"(%544) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %547 = "stablehlo.slice"(%504) <{limit_indices = array<i64: 1, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xbf16>) -> tensor<1x1x4x8xbf16>
    %548 = "stablehlo.slice"(%504) <{limit_indices = array<i64: 1, 1, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xbf16>) -> tensor<1x1x4x8xbf16>
    %549 = "stablehlo.convert"(%547) : (tensor<1x1x4x8xbf16>) -> tensor<1x1x4x8xf32>
    %550 = "stablehlo.broadcast_in_dim"(%546) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %551 = "stablehlo.multiply"(%549, %550) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %552 = "stablehlo.convert"(%548) : (tensor<1x1x4x8xbf16>) -> tensor<1x1x4x8xf32>
    %553 = "stablehlo.broadcast_in_dim"(%545) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %554 = "stablehlo.multiply"(%552, %553) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %555 = "stablehlo.subtract"(%551, %554) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %556 = "stablehlo.convert"(%548) : (tensor<1x1x4x8xbf16>) -> tensor<1x1x4x8xf32>
    %557 = "stablehlo.broadcast_in_dim"(%546) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %558 = "stablehlo.multiply"(%556, %557) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %559 = "stablehlo.convert"(%547) : (tensor<1x1x4x8xbf16>) -> tensor<1x1x4x8xf32>
    %560 = "stablehlo.broadcast_in_dim"(%545) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %561 = "stablehlo.multiply"(%559, %560) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %562 = "stablehlo.add"(%558, %561) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %563 = "stablehlo.concatenate"(%555, %562) <{dimension = 3 : i64}> : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x16xf32>
    %564 = "stablehlo.convert"(%563) : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xbf16>
    %565 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %566 = "stablehlo.broadcast_in_dim"(%565) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x4x16xbf16>
    %567 = "stablehlo.multiply"(%564, %566) : (tensor<1x1x4x16xbf16>, tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xbf16>
    %568 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %569 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %570 = "stablehlo.broadcast_in_dim"(%569) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %571 = "stablehlo.multiply"(%570, %568) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %572 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %573 = "stablehlo.broadcast_in_dim"(%572) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %574 = "stablehlo.power"(%573, %571) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %575 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %576 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %577 = "func.call"(%574, %575, %576) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %578 = "stablehlo.broadcast_in_dim"(%arg86) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %579 = "stablehlo.broadcast_in_dim"(%577) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %580 = "stablehlo.convert"(%578) : (tensor<1x1x1xi32>) -> tensor<1x1x1xf32>
    %581 = "stablehlo.broadcast_in_dim"(%580) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %582 = "stablehlo.divide"(%581, %579) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %583 = "stablehlo.broadcast_in_dim"(%582) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %584 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %585 = "stablehlo.broadcast_in_dim"(%584) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x8xf32>
    %586 = "stablehlo.divide"(%583, %585) : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %587 = "stablehlo.sine"(%586) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %588 = "stablehlo.cosine"(%586) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %589 = "stablehlo.slice"(%525) <{limit_indices = array<i64: 1, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xbf16>) -> tensor<1x1x2x8xbf16>
    %590 = "stablehlo.slice"(%525) <{limit_indices = array<i64: 1, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xbf16>) -> tensor<1x1x2x8xbf16>
    %591 = "stablehlo.convert"(%589) : (tensor<1x1x2x8xbf16>) -> tensor<1x1x2x8xf32>
    %592 = "stablehlo.broadcast_in_dim"(%588) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %593 = "stablehlo.multiply"(%591, %592) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %594 = "stablehlo.convert"(%590) : (tensor<1x1x2x8xbf16>) -> tensor<1x1x2x8xf32>
    %595 = "stablehlo.broadcast_in_dim"(%587) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %596 = "stablehlo.multiply"(%594, %595) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %597 = "stablehlo.subtract"(%593, %596) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %598 = "stablehlo.convert"(%590) : (tensor<1x1x2x8xbf16>) -> tensor<1x1x2x8xf32>
    %599 = "stablehlo.broadcast_in_dim"(%588) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %600 = "stablehlo.multiply"(%598, %599) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %601 = "stablehlo.convert"(%589) : (tensor<1x1x2x8xbf16>) -> tensor<1x1x2x8xf32>
    %602 = "stablehlo.broadcast_in_dim"(%587) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %603 = "stablehlo.multiply"(%601, %602) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %604 = "stablehlo.add"(%600, %603) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %605 = "stablehlo.concatenate"(%597, %604) <{dimension = 3 : i64}> : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x16xf32>
    %606 = "stablehlo.convert"(%605) : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x16xbf16>
    %607 = "stablehlo.reshape"(%arg82) : (tensor<1xi32>) -> tensor<i32>
    %608 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %609 = "func.call"(%607, %608) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %610 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %611 = "stablehlo.compare"(%609, %610) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %612 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %613 = "stablehlo.add"(%609, %612) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %614 = "stablehlo.select"(%611, %613, %609) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %615 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %616 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %617 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %618 = "stablehlo.dynamic_update_slice"(%arg85, %483, %615, %614, %616, %617) : (tensor<1x32x2x16xbf16>, tensor<1x1x2x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xbf16>
    %619 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %620 = "stablehlo.compare"(%609, %619) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %621 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %622 = "stablehlo.add"(%609, %621) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %623 = "stablehlo.select"(%620, %622, %609) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %624 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %625 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %626 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %627 = "stablehlo.dynamic_update_slice"(%arg83, %606, %624, %623, %625, %626) : (tensor<1x32x2x16xbf16>, tensor<1x1x2x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xbf16>
    %628 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %629 = "stablehlo.compare"(%609, %628) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %630 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %631 = "stablehlo.add"(%609, %630) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %632 = "stablehlo.select"(%629, %631, %609) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %633 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %634 = "stablehlo.dynamic_update_slice"(%arg84, %arg86, %633, %632) : (tensor<1x32xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x32xi32>
    %635 = "stablehlo.reshape"(%567) : (tensor<1x1x4x16xbf16>) -> tensor<1x1x2x2x16xbf16>
    %636 = "stablehlo.dot_general"(%627, %635) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x32x2x16xbf16>, tensor<1x1x2x2x16xbf16>) -> tensor<1x2x32x1x2xbf16>
    %637 = "stablehlo.transpose"(%636) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x32x1x2xbf16>) -> tensor<1x1x2x2x32xbf16>
    %638 = "stablehlo.reshape"(%637) : (tensor<1x1x2x2x32xbf16>) -> tensor<1x1x4x32xbf16>
    %639 = "stablehlo.broadcast_in_dim"(%arg77) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x32xi1>) -> tensor<1x1x1x32xi1>
    %640 = "stablehlo.constant"() <{value = dense<-2.38197633E+38> : tensor<f32>}> : () -> tensor<f32>
    %641 = "func.call"(%639, %638, %640) <{callee = @_where_7}> : (tensor<1x1x1x32xi1>, tensor<1x1x4x32xbf16>, tensor<f32>) -> tensor<1x1x4x32xbf16>
    %642 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %643 = "stablehlo.reduce"(%641, %642) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg98: tensor<bf16>, %arg99: tensor<bf16>):
      %779 = "stablehlo.maximum"(%arg98, %arg99) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
      "stablehlo.return"(%779) : (tensor<bf16>) -> ()
    }) : (tensor<1x1x4x32xbf16>, tensor<bf16>) -> tensor<1x1x4xbf16>
    %644 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %645 = "stablehlo.broadcast_in_dim"(%644) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x4xbf16>
    %646 = "stablehlo.maximum"(%645, %643) : (tensor<1x1x4xbf16>, tensor<1x1x4xbf16>) -> tensor<1x1x4xbf16>
    %647 = "stablehlo.broadcast_in_dim"(%646) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xbf16>) -> tensor<1x1x4x1xbf16>
    %648 = "stablehlo.broadcast_in_dim"(%647) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xbf16>) -> tensor<1x1x4x32xbf16>
    %649 = "stablehlo.subtract"(%641, %648) : (tensor<1x1x4x32xbf16>, tensor<1x1x4x32xbf16>) -> tensor<1x1x4x32xbf16>
    %650 = "stablehlo.exponential"(%649) : (tensor<1x1x4x32xbf16>) -> tensor<1x1x4x32xbf16>
    %651 = "stablehlo.convert"(%650) : (tensor<1x1x4x32xbf16>) -> tensor<1x1x4x32xf32>
    %652 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %653 = "stablehlo.reduce"(%651, %652) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg96: tensor<f32>, %arg97: tensor<f32>):
      %778 = "stablehlo.add"(%arg96, %arg97) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%778) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x32xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %654 = "stablehlo.broadcast_in_dim"(%653) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %655 = "stablehlo.convert"(%654) : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xbf16>
    %656 = "stablehlo.broadcast_in_dim"(%655) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xbf16>) -> tensor<1x1x4x32xbf16>
    %657 = "stablehlo.divide"(%650, %656) : (tensor<1x1x4x32xbf16>, tensor<1x1x4x32xbf16>) -> tensor<1x1x4x32xbf16>
    %658 = "stablehlo.reshape"(%657) : (tensor<1x1x4x32xbf16>) -> tensor<1x1x2x2x32xbf16>
    %659 = "stablehlo.dot_general"(%618, %658) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x32x2x16xbf16>, tensor<1x1x2x2x32xbf16>) -> tensor<1x2x16x1x2xbf16>
    %660 = "stablehlo.transpose"(%659) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x16x1x2xbf16>) -> tensor<1x1x2x2x16xbf16>
    %661 = "stablehlo.reshape"(%660) : (tensor<1x1x2x2x16xbf16>) -> tensor<1x1x4x16xbf16>
    %662 = "stablehlo.dot_general"(%661, %arg68) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3, 2], rhs_contracting_dimensions = [1, 0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x4x16xbf16>, tensor<4x16x64xbf16>) -> tensor<1x1x64xbf16>
    %663 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %664 = "stablehlo.broadcast_in_dim"(%663) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %665 = "stablehlo.add"(%arg82, %664) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %666 = "chlo.square"(%662) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %667 = "stablehlo.convert"(%666) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %668 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %669 = "stablehlo.reduce"(%667, %668) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg94: tensor<f32>, %arg95: tensor<f32>):
      %777 = "stablehlo.add"(%arg94, %arg95) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%777) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %670 = "stablehlo.broadcast_in_dim"(%669) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %671 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %672 = "stablehlo.broadcast_in_dim"(%671) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %673 = "stablehlo.divide"(%670, %672) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %674 = "stablehlo.convert"(%673) : (tensor<1x1x1xf32>) -> tensor<1x1x1xbf16>
    %675 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %676 = "stablehlo.broadcast_in_dim"(%675) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1xbf16>
    %677 = "stablehlo.add"(%674, %676) : (tensor<1x1x1xbf16>, tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %678 = "stablehlo.rsqrt"(%677) : (tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %679 = "stablehlo.broadcast_in_dim"(%678) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xbf16>) -> tensor<1x1x64xbf16>
    %680 = "stablehlo.multiply"(%662, %679) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %681 = "stablehlo.broadcast_in_dim"(%arg73) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %682 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %683 = "stablehlo.broadcast_in_dim"(%682) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %684 = "stablehlo.add"(%683, %681) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %685 = "stablehlo.multiply"(%680, %684) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %686 = "stablehlo.add"(%685, %456) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %687 = "chlo.square"(%686) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %688 = "stablehlo.convert"(%687) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %689 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %690 = "stablehlo.reduce"(%688, %689) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg92: tensor<f32>, %arg93: tensor<f32>):
      %776 = "stablehlo.add"(%arg92, %arg93) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%776) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %691 = "stablehlo.broadcast_in_dim"(%690) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %692 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %693 = "stablehlo.broadcast_in_dim"(%692) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %694 = "stablehlo.divide"(%691, %693) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %695 = "stablehlo.convert"(%694) : (tensor<1x1x1xf32>) -> tensor<1x1x1xbf16>
    %696 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %697 = "stablehlo.broadcast_in_dim"(%696) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1xbf16>
    %698 = "stablehlo.add"(%695, %697) : (tensor<1x1x1xbf16>, tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %699 = "stablehlo.rsqrt"(%698) : (tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %700 = "stablehlo.broadcast_in_dim"(%699) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xbf16>) -> tensor<1x1x64xbf16>
    %701 = "stablehlo.multiply"(%686, %700) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %702 = "stablehlo.broadcast_in_dim"(%arg76) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %703 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %704 = "stablehlo.broadcast_in_dim"(%703) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %705 = "stablehlo.add"(%704, %702) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %706 = "stablehlo.multiply"(%701, %705) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %707 = "stablehlo.dot_general"(%706, %arg71) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xbf16>, tensor<2x64x128xbf16>) -> tensor<1x1x2x128xbf16>
    %708 = "stablehlo.slice"(%707) <{limit_indices = array<i64: 1, 1, 1, 128>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x128xbf16>) -> tensor<1x1x1x128xbf16>
    %709 = "stablehlo.reshape"(%708) : (tensor<1x1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %710 = "stablehlo.multiply"(%709, %709) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %711 = "stablehlo.multiply"(%710, %709) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %712 = "stablehlo.constant"() <{value = dense<4.467770e-02> : tensor<bf16>}> : () -> tensor<bf16>
    %713 = "stablehlo.broadcast_in_dim"(%712) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x128xbf16>
    %714 = "stablehlo.multiply"(%713, %711) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %715 = "stablehlo.add"(%709, %714) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %716 = "stablehlo.constant"() <{value = dense<7.968750e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %717 = "stablehlo.broadcast_in_dim"(%716) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x128xbf16>
    %718 = "stablehlo.multiply"(%717, %715) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %719 = "stablehlo.tanh"(%718) : (tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %720 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %721 = "stablehlo.broadcast_in_dim"(%720) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x128xbf16>
    %722 = "stablehlo.add"(%721, %719) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %723 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %724 = "stablehlo.broadcast_in_dim"(%723) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x128xbf16>
    %725 = "stablehlo.multiply"(%724, %722) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %726 = "stablehlo.multiply"(%709, %725) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %727 = "stablehlo.slice"(%707) <{limit_indices = array<i64: 1, 1, 2, 128>, start_indices = array<i64: 0, 0, 1, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x128xbf16>) -> tensor<1x1x1x128xbf16>
    %728 = "stablehlo.reshape"(%727) : (tensor<1x1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %729 = "stablehlo.multiply"(%726, %728) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %730 = "stablehlo.dot_general"(%729, %arg72) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x128xbf16>, tensor<128x64xbf16>) -> tensor<1x1x64xbf16>
    %731 = "chlo.square"(%730) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %732 = "stablehlo.convert"(%731) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %733 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %734 = "stablehlo.reduce"(%732, %733) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg90: tensor<f32>, %arg91: tensor<f32>):
      %775 = "stablehlo.add"(%arg90, %arg91) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%775) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %735 = "stablehlo.broadcast_in_dim"(%734) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %736 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %737 = "stablehlo.broadcast_in_dim"(%736) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %738 = "stablehlo.divide"(%735, %737) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %739 = "stablehlo.convert"(%738) : (tensor<1x1x1xf32>) -> tensor<1x1x1xbf16>
    %740 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %741 = "stablehlo.broadcast_in_dim"(%740) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1xbf16>
    %742 = "stablehlo.add"(%739, %741) : (tensor<1x1x1xbf16>, tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %743 = "stablehlo.rsqrt"(%742) : (tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %744 = "stablehlo.broadcast_in_dim"(%743) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xbf16>) -> tensor<1x1x64xbf16>
    %745 = "stablehlo.multiply"(%730, %744) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %746 = "stablehlo.broadcast_in_dim"(%arg74) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %747 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %748 = "stablehlo.broadcast_in_dim"(%747) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %749 = "stablehlo.add"(%748, %746) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %750 = "stablehlo.multiply"(%745, %749) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %751 = "stablehlo.add"(%750, %686) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %752 = "chlo.square"(%751) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %753 = "stablehlo.convert"(%752) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %754 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %755 = "stablehlo.reduce"(%753, %754) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg88: tensor<f32>, %arg89: tensor<f32>):
      %774 = "stablehlo.add"(%arg88, %arg89) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%774) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %756 = "stablehlo.broadcast_in_dim"(%755) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %757 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %758 = "stablehlo.broadcast_in_dim"(%757) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %759 = "stablehlo.divide"(%756, %758) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %760 = "stablehlo.convert"(%759) : (tensor<1x1x1xf32>) -> tensor<1x1x1xbf16>
    %761 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %762 = "stablehlo.broadcast_in_dim"(%761) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1xbf16>
    %763 = "stablehlo.add"(%760, %762) : (tensor<1x1x1xbf16>, tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %764 = "stablehlo.rsqrt"(%763) : (tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %765 = "stablehlo.broadcast_in_dim"(%764) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xbf16>) -> tensor<1x1x64xbf16>
    %766 = "stablehlo.multiply"(%751, %765) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %767 = "stablehlo.broadcast_in_dim"(%arg54) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %768 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %769 = "stablehlo.broadcast_in_dim"(%768) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %770 = "stablehlo.add"(%769, %767) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %771 = "stablehlo.multiply"(%766, %770) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %772 = "stablehlo.transpose"(%arg53) <{permutation = array<i64: 1, 0>}> : (tensor<101x64xbf16>) -> tensor<64x101xbf16>
    %773 = "stablehlo.dot_general"(%771, %772) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xbf16>, tensor<64x101xbf16>) -> tensor<1x1x101xbf16>
    "func.return"(%773, %370, %318, %325, %309, %665, %627, %634, %618) : (tensor<1x1x101xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x1xi32>) -> tensor<1x1xi32>, res_attrs = [{}], sym_name = "tokens_with_mm_5", sym_visibility = "private"}> ({
  ^bb0(%arg52: tensor<1x1xi32>):
    "func.return"(%arg52) : (tensor<1x1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x1xi32>) -> tensor<1x1xi1>, res_attrs = [{}], sym_name = "inputs_mask_6", sym_visibility = "private"}> ({
  ^bb0(%arg51: tensor<1x1xi32>):
    %128 = "func.call"(%arg51) <{callee = @tokens_with_mm_5}> : (tensor<1x1xi32>) -> tensor<1x1xi32>
    %129 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %130 = "stablehlo.broadcast_in_dim"(%129) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %131 = "stablehlo.compare"(%128, %130) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    "func.return"(%131) : (tensor<1x1xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x1x1x32xi1>, tensor<1x1x4x32xbf16>, tensor<f32>) -> tensor<1x1x4x32xbf16>, res_attrs = [{}], sym_name = "_where_7", sym_visibility = "private"}> ({
  ^bb0(%arg48: tensor<1x1x1x32xi1>, %arg49: tensor<1x1x4x32xbf16>, %arg50: tensor<f32>):
    %124 = "stablehlo.convert"(%arg50) : (tensor<f32>) -> tensor<bf16>
    %125 = "stablehlo.broadcast_in_dim"(%arg48) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x32xi1>) -> tensor<1x1x4x32xi1>
    %126 = "stablehlo.broadcast_in_dim"(%124) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x4x32xbf16>
    %127 = "stablehlo.select"(%125, %arg49, %126) : (tensor<1x1x4x32xi1>, tensor<1x1x4x32xbf16>, tensor<1x1x4x32xbf16>) -> tensor<1x1x4x32xbf16>
    "func.return"(%127) : (tensor<1x1x4x32xbf16>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<2x2xui32>, res_attrs = [{}], sym_name = "_threefry_split", sym_visibility = "private"}> ({
  ^bb0(%arg47: tensor<2xui32>):
    %107 = "stablehlo.slice"(%arg47) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %108 = "stablehlo.reshape"(%107) : (tensor<1xui32>) -> tensor<ui32>
    %109 = "stablehlo.slice"(%arg47) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %110 = "stablehlo.reshape"(%109) : (tensor<1xui32>) -> tensor<ui32>
    %111 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xui64>
    %112 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %113 = "stablehlo.broadcast_in_dim"(%112) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %114 = "stablehlo.multiply"(%113, %111) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %115 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %116 = "stablehlo.broadcast_in_dim"(%115) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %117 = "stablehlo.shift_right_logical"(%114, %116) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %118 = "stablehlo.convert"(%114) : (tensor<2xui64>) -> tensor<2xui32>
    %119 = "stablehlo.convert"(%117) : (tensor<2xui64>) -> tensor<2xui32>
    %120:2 = "func.call"(%108, %110, %119, %118) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<2xui32>, tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>)
    %121 = "stablehlo.broadcast_in_dim"(%120#0) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xui32>) -> tensor<2x1xui32>
    %122 = "stablehlo.broadcast_in_dim"(%120#1) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xui32>) -> tensor<2x1xui32>
    %123 = "stablehlo.concatenate"(%121, %122) <{dimension = 1 : i64}> : (tensor<2x1xui32>, tensor<2x1xui32>) -> tensor<2x2xui32>
    "func.return"(%123) : (tensor<2x2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<2xui32>, tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg25: tensor<ui32>, %arg26: tensor<ui32>, %arg27: tensor<2xui32>, %arg28: tensor<2xui32>):
    %90 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %91 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %92 = "stablehlo.xor"(%arg25, %arg26) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %93 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %94 = "stablehlo.xor"(%92, %93) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %95 = "stablehlo.broadcast_in_dim"(%arg25) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %96 = "stablehlo.add"(%arg27, %95) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %97 = "stablehlo.broadcast_in_dim"(%arg26) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %98 = "stablehlo.add"(%arg28, %97) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %99 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %100 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %101:9 = "stablehlo.while"(%100, %99, %96, %98, %arg26, %94, %arg25, %90, %91) ({
    ^bb0(%arg38: tensor<i32>, %arg39: tensor<i32>, %arg40: tensor<2xui32>, %arg41: tensor<2xui32>, %arg42: tensor<ui32>, %arg43: tensor<ui32>, %arg44: tensor<ui32>, %arg45: tensor<4xui32>, %arg46: tensor<4xui32>):
      %105 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %106 = "stablehlo.compare"(%arg38, %105) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%106) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg29: tensor<i32>, %arg30: tensor<i32>, %arg31: tensor<2xui32>, %arg32: tensor<2xui32>, %arg33: tensor<ui32>, %arg34: tensor<ui32>, %arg35: tensor<ui32>, %arg36: tensor<4xui32>, %arg37: tensor<4xui32>):
      %102:8 = "func.call"(%arg30, %arg31, %arg32, %arg33, %arg34, %arg35, %arg36, %arg37) <{callee = @closed_call}> : (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %103 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %104 = "stablehlo.add"(%arg29, %103) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%104, %102#0, %102#1, %102#2, %102#3, %102#4, %102#5, %102#6, %102#7) : (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%101#2, %101#3) : (tensor<2xui32>, tensor<2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg17: tensor<i32>, %arg18: tensor<2xui32>, %arg19: tensor<2xui32>, %arg20: tensor<ui32>, %arg21: tensor<ui32>, %arg22: tensor<ui32>, %arg23: tensor<4xui32>, %arg24: tensor<4xui32>):
    %35 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %36 = "stablehlo.add"(%arg17, %35) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %37 = "stablehlo.slice"(%arg23) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %38 = "stablehlo.reshape"(%37) : (tensor<1xui32>) -> tensor<ui32>
    %39 = "stablehlo.add"(%arg18, %arg19) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %40 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %41 = "stablehlo.shift_left"(%arg19, %40) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %42 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %43 = "stablehlo.subtract"(%42, %38) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %44 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %45 = "stablehlo.shift_right_logical"(%arg19, %44) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %46 = "stablehlo.or"(%41, %45) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %47 = "stablehlo.xor"(%39, %46) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %48 = "stablehlo.slice"(%arg23) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %49 = "stablehlo.reshape"(%48) : (tensor<1xui32>) -> tensor<ui32>
    %50 = "stablehlo.add"(%39, %47) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %51 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %52 = "stablehlo.shift_left"(%47, %51) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %53 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %54 = "stablehlo.subtract"(%53, %49) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %55 = "stablehlo.broadcast_in_dim"(%54) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %56 = "stablehlo.shift_right_logical"(%47, %55) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %57 = "stablehlo.or"(%52, %56) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %58 = "stablehlo.xor"(%50, %57) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %59 = "stablehlo.slice"(%arg23) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %60 = "stablehlo.reshape"(%59) : (tensor<1xui32>) -> tensor<ui32>
    %61 = "stablehlo.add"(%50, %58) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %62 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %63 = "stablehlo.shift_left"(%58, %62) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %64 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %65 = "stablehlo.subtract"(%64, %60) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %66 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %67 = "stablehlo.shift_right_logical"(%58, %66) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %68 = "stablehlo.or"(%63, %67) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %69 = "stablehlo.xor"(%61, %68) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %70 = "stablehlo.slice"(%arg23) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %71 = "stablehlo.reshape"(%70) : (tensor<1xui32>) -> tensor<ui32>
    %72 = "stablehlo.add"(%61, %69) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %73 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %74 = "stablehlo.shift_left"(%69, %73) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %75 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %76 = "stablehlo.subtract"(%75, %71) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %77 = "stablehlo.broadcast_in_dim"(%76) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %78 = "stablehlo.shift_right_logical"(%69, %77) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %79 = "stablehlo.or"(%74, %78) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %80 = "stablehlo.xor"(%72, %79) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %81 = "stablehlo.broadcast_in_dim"(%arg20) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %82 = "stablehlo.add"(%72, %81) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %83 = "stablehlo.broadcast_in_dim"(%arg21) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %84 = "stablehlo.add"(%80, %83) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %85 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %86 = "stablehlo.add"(%arg17, %85) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %87 = "stablehlo.convert"(%86) : (tensor<i32>) -> tensor<ui32>
    %88 = "stablehlo.broadcast_in_dim"(%87) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %89 = "stablehlo.add"(%84, %88) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    "func.return"(%36, %82, %89, %arg21, %arg22, %arg20, %arg24, %arg23) : (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x101xbf16>) -> tensor<1xi32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<1x101xbf16>):
    %22 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x101xi32>
    %23 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %24 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %25:2 = "stablehlo.reduce"(%arg12, %22, %23, %24) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg13: tensor<bf16>, %arg14: tensor<i32>, %arg15: tensor<bf16>, %arg16: tensor<i32>):
      %26 = "stablehlo.compare"(%arg13, %arg15) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
      %27 = "stablehlo.compare"(%arg13, %arg13) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
      %28 = "stablehlo.or"(%26, %27) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %29 = "stablehlo.compare"(%arg13, %arg15) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
      %30 = "stablehlo.compare"(%arg14, %arg16) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %31 = "stablehlo.and"(%29, %30) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %32 = "stablehlo.or"(%28, %31) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %33 = "stablehlo.select"(%28, %arg13, %arg15) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
      %34 = "stablehlo.select"(%32, %arg14, %arg16) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%33, %34) : (tensor<bf16>, tensor<i32>) -> ()
    }) : (tensor<1x101xbf16>, tensor<1x101xi32>, tensor<bf16>, tensor<i32>) -> (tensor<1xbf16>, tensor<1xi32>)
    "func.return"(%25#1) : (tensor<1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<1xi32>, tensor<2xi32>) -> tensor<1xi1>, res_attrs = [{}], sym_name = "_in1d", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<1xi32>, %arg9: tensor<2xi32>):
    %15 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %16 = "stablehlo.broadcast_in_dim"(%arg9) <{broadcast_dimensions = array<i64: 1>}> : (tensor<2xi32>) -> tensor<1x2xi32>
    %17 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x2xi32>
    %18 = "stablehlo.compare"(%17, %16) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi1>
    %19 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %20 = "stablehlo.reduce"(%18, %19) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg10: tensor<i1>, %arg11: tensor<i1>):
      %21 = "stablehlo.or"(%arg10, %arg11) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%21) : (tensor<i1>) -> ()
    }) : (tensor<1x2xi1>, tensor<i1>) -> tensor<1xi1>
    "func.return"(%20) : (tensor<1xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<1x12xi32>, tensor<2xi32>) -> tensor<12xi1>, res_attrs = [{}], sym_name = "_in1d_8", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<1x12xi32>, %arg5: tensor<2xi32>):
    %6 = "stablehlo.reshape"(%arg4) : (tensor<1x12xi32>) -> tensor<12xi32>
    %7 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64: 0>}> : (tensor<12xi32>) -> tensor<12x1xi32>
    %8 = "stablehlo.broadcast_in_dim"(%arg5) <{broadcast_dimensions = array<i64: 1>}> : (tensor<2xi32>) -> tensor<1x2xi32>
    %9 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<12x1xi32>) -> tensor<12x2xi32>
    %10 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x2xi32>) -> tensor<12x2xi32>
    %11 = "stablehlo.compare"(%9, %10) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<12x2xi32>, tensor<12x2xi32>) -> tensor<12x2xi1>
    %12 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %13 = "stablehlo.reduce"(%11, %12) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg6: tensor<i1>, %arg7: tensor<i1>):
      %14 = "stablehlo.or"(%arg6, %arg7) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%14) : (tensor<i1>) -> ()
    }) : (tensor<12x2xi1>, tensor<i1>) -> tensor<12xi1>
    "func.return"(%13) : (tensor<12xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x12xi1>) -> tensor<1x12xi32>, res_attrs = [{}], sym_name = "cumsum_9", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<1x12xi1>):
    %4 = "stablehlo.convert"(%arg3) : (tensor<1x12xi1>) -> tensor<1x12xi32>
    %5 = "func.call"(%4) <{callee = @cumsum_10}> : (tensor<1x12xi32>) -> tensor<1x12xi32>
    "func.return"(%5) : (tensor<1x12xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x12xi32>) -> tensor<1x12xi32>, sym_name = "cumsum_10", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<1x12xi32>):
    %0 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<i32>
    %2 = "stablehlo.reduce_window"(%arg0, %1) <{base_dilations = array<i64: 1, 1>, padding = dense<[[0, 0], [11, 0]]> : tensor<2x2xi64>, window_dilations = array<i64: 1, 1>, window_dimensions = array<i64: 1, 12>, window_strides = array<i64: 1, 1>}> ({
    ^bb0(%arg1: tensor<i32>, %arg2: tensor<i32>):
      %3 = "stablehlo.add"(%arg1, %arg2) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%3) : (tensor<i32>) -> ()
    }) : (tensor<1x12xi32>, tensor<i32>) -> tensor<1x12xi32>
    "func.return"(%2) : (tensor<1x12xi32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
