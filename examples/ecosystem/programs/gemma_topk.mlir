"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<1x4xi32>, tensor<2xui32>) -> tensor<1x12xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg428: tensor<101x64xf32>, %arg429: tensor<64xf32>, %arg430: tensor<16xf32>, %arg431: tensor<16xf32>, %arg432: tensor<4x16x64xf32>, %arg433: tensor<2x2x64x16xf32>, %arg434: tensor<4x64x16xf32>, %arg435: tensor<2x64x128xf32>, %arg436: tensor<128x64xf32>, %arg437: tensor<64xf32>, %arg438: tensor<64xf32>, %arg439: tensor<64xf32>, %arg440: tensor<64xf32>, %arg441: tensor<16xf32>, %arg442: tensor<16xf32>, %arg443: tensor<4x16x64xf32>, %arg444: tensor<2x2x64x16xf32>, %arg445: tensor<4x64x16xf32>, %arg446: tensor<2x64x128xf32>, %arg447: tensor<128x64xf32>, %arg448: tensor<64xf32>, %arg449: tensor<64xf32>, %arg450: tensor<64xf32>, %arg451: tensor<64xf32>, %arg452: tensor<1x4xi32>, %arg453: tensor<2xui32>):
    %1732:8 = "func.call"() <{callee = @init_cache}> : () -> (tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>)
    %1733 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1734 = "func.call"(%arg452, %1733) <{callee = @_pad}> : (tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>
    %1735 = "stablehlo.slice"(%1732#1) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x32x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1736 = "stablehlo.slice"(%1732#3) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x32x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1737 = "stablehlo.slice"(%1732#2) <{limit_indices = array<i64: 1, 4>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<1x32xi32>) -> tensor<1x4xi32>
    %1738 = "stablehlo.slice"(%1732#5) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x32x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1739 = "stablehlo.slice"(%1732#7) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x32x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1740 = "stablehlo.slice"(%1732#6) <{limit_indices = array<i64: 1, 4>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<1x32xi32>) -> tensor<1x4xi32>
    %1741 = "func.call"(%1734) <{callee = @positions}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %1742 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1743 = "stablehlo.broadcast_in_dim"(%1742) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1744 = "stablehlo.broadcast_in_dim"(%1743) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %1745 = "stablehlo.broadcast_in_dim"(%1744) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x4xi32>
    %1746 = "stablehlo.add"(%1741, %1745) : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %1747 = "func.call"(%1734) <{callee = @attention_mask}> : (tensor<1x4xi32>) -> tensor<1x4x4xi1>
    %1748:9 = "func.call"(%arg428, %arg429, %arg430, %arg431, %arg432, %arg433, %arg434, %arg435, %arg436, %arg437, %arg438, %arg439, %arg440, %arg441, %arg442, %arg443, %arg444, %arg445, %arg446, %arg447, %arg448, %arg449, %arg450, %arg451, %1747, %1732#0, %1735, %1737, %1736, %1732#4, %1738, %1740, %1739, %1746, %1734) <{callee = @__call__}> : (tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<1x4x4xi1>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4xi32>) -> (tensor<1x101xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>)
    %1749 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1750 = "stablehlo.broadcast_in_dim"(%1749) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1751 = "stablehlo.scatter"(%1732#1, %1750, %1748#2) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg464: tensor<f32>, %arg465: tensor<f32>):
      "stablehlo.return"(%arg465) : (tensor<f32>) -> ()
    }) : (tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>) -> tensor<1x32x2x16xf32>
    %1752 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1753 = "stablehlo.broadcast_in_dim"(%1752) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1754 = "stablehlo.scatter"(%1732#3, %1753, %1748#4) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg462: tensor<f32>, %arg463: tensor<f32>):
      "stablehlo.return"(%arg463) : (tensor<f32>) -> ()
    }) : (tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>) -> tensor<1x32x2x16xf32>
    %1755 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1756 = "stablehlo.broadcast_in_dim"(%1755) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1757 = "stablehlo.scatter"(%1732#2, %1756, %1748#3) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg460: tensor<i32>, %arg461: tensor<i32>):
      "stablehlo.return"(%arg461) : (tensor<i32>) -> ()
    }) : (tensor<1x32xi32>, tensor<1xi32>, tensor<1x4xi32>) -> tensor<1x32xi32>
    %1758 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1759 = "stablehlo.broadcast_in_dim"(%1758) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1760 = "stablehlo.scatter"(%1732#5, %1759, %1748#6) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg458: tensor<f32>, %arg459: tensor<f32>):
      "stablehlo.return"(%arg459) : (tensor<f32>) -> ()
    }) : (tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>) -> tensor<1x32x2x16xf32>
    %1761 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1762 = "stablehlo.broadcast_in_dim"(%1761) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1763 = "stablehlo.scatter"(%1732#7, %1762, %1748#8) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg456: tensor<f32>, %arg457: tensor<f32>):
      "stablehlo.return"(%arg457) : (tensor<f32>) -> ()
    }) : (tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>) -> tensor<1x32x2x16xf32>
    %1764 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1765 = "stablehlo.broadcast_in_dim"(%1764) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1766 = "stablehlo.scatter"(%1732#6, %1765, %1748#7) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg454: tensor<i32>, %arg455: tensor<i32>):
      "stablehlo.return"(%arg455) : (tensor<i32>) -> ()
    }) : (tensor<1x32xi32>, tensor<1xi32>, tensor<1x4xi32>) -> tensor<1x32xi32>
    %1767 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %1768 = "stablehlo.broadcast_in_dim"(%1767) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1769 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %1770 = "stablehlo.broadcast_in_dim"(%1769) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1771 = "func.call"(%arg452) <{callee = @last_token_pos}> : (tensor<1x4xi32>) -> tensor<1xi32>
    %1772 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1773 = "stablehlo.broadcast_in_dim"(%1772) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1774 = "stablehlo.add"(%1771, %1773) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1775 = "func.call"(%arg452) <{callee = @tokens_with_mm}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %1776 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1777 = "stablehlo.broadcast_in_dim"(%1776) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %1778 = "stablehlo.compare"(%1775, %1777) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %1779 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1780 = "func.call"(%1778, %1779) <{callee = @_pad_3}> : (tensor<1x4xi1>, tensor<i1>) -> tensor<1x32xi1>
    %1781 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %1782 = "stablehlo.broadcast_in_dim"(%1781) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1xi1>
    %1783 = "func.call"(%arg452) <{callee = @last_token}> : (tensor<1x4xi32>) -> tensor<1xi32>
    %1784 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1785 = "stablehlo.broadcast_in_dim"(%1784) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x12xi32>
    %1786 = "stablehlo.constant"() <{value = dense<12> : tensor<i32>}> : () -> tensor<i32>
    %1787 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1788 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %1789:16 = "func.call"(%1786, %arg428, %arg429, %arg430, %arg431, %arg432, %arg433, %arg434, %arg435, %arg436, %arg437, %arg438, %arg439, %arg440, %arg441, %arg442, %arg443, %arg444, %arg445, %arg446, %arg447, %arg448, %arg449, %arg450, %arg451, %1787, %1782, %1783, %1774, %1785, %1768, %1751, %1757, %1754, %1770, %1760, %1766, %1763, %arg453, %1788, %1780) <{callee = @_sample_loop}> : (tensor<i32>, tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>)
    "func.return"(%1789#4) : (tensor<1x12xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [], function_type = () -> (tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "init_cache", sym_visibility = "private"}> ({
    %1716 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1717 = "stablehlo.broadcast_in_dim"(%1716) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x32x2x16xf32>
    %1718 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1719 = "stablehlo.broadcast_in_dim"(%1718) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x32x2x16xf32>
    %1720 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1721 = "stablehlo.broadcast_in_dim"(%1720) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1722 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1723 = "stablehlo.broadcast_in_dim"(%1722) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x32xi32>
    %1724 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1725 = "stablehlo.broadcast_in_dim"(%1724) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x32x2x16xf32>
    %1726 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1727 = "stablehlo.broadcast_in_dim"(%1726) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x32x2x16xf32>
    %1728 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1729 = "stablehlo.broadcast_in_dim"(%1728) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1730 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1731 = "stablehlo.broadcast_in_dim"(%1730) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x32xi32>
    "func.return"(%1721, %1719, %1723, %1717, %1729, %1727, %1731, %1725) : (tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>, res_attrs = [{}], sym_name = "_pad", sym_visibility = "private"}> ({
  ^bb0(%arg426: tensor<1x4xi32>, %arg427: tensor<i32>):
    %1714 = "stablehlo.convert"(%arg427) : (tensor<i32>) -> tensor<i32>
    %1715 = "stablehlo.pad"(%arg426, %1714) <{edge_padding_high = array<i64: 0, 0>, edge_padding_low = array<i64: 0, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>
    "func.return"(%1715) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1x4xi32>, res_attrs = [{}], sym_name = "positions", sym_visibility = "private"}> ({
  ^bb0(%arg425: tensor<1x4xi32>):
    %1707 = "func.call"(%arg425) <{callee = @inputs_mask}> : (tensor<1x4xi32>) -> tensor<1x4xi1>
    %1708 = "func.call"(%1707) <{callee = @cumsum}> : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %1709 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1710 = "stablehlo.broadcast_in_dim"(%1709) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %1711 = "stablehlo.compare"(%1708, %1710) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %1712 = "stablehlo.convert"(%1711) : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %1713 = "stablehlo.subtract"(%1708, %1712) : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    "func.return"(%1713) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1x4xi1>, res_attrs = [{}], sym_name = "inputs_mask", sym_visibility = "private"}> ({
  ^bb0(%arg424: tensor<1x4xi32>):
    %1703 = "func.call"(%arg424) <{callee = @tokens_with_mm}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %1704 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1705 = "stablehlo.broadcast_in_dim"(%1704) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %1706 = "stablehlo.compare"(%1703, %1705) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    "func.return"(%1706) : (tensor<1x4xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1x4xi32>, res_attrs = [{}], sym_name = "tokens_with_mm", sym_visibility = "private"}> ({
  ^bb0(%arg423: tensor<1x4xi32>):
    "func.return"(%arg423) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi1>) -> tensor<1x4xi32>, res_attrs = [{}], sym_name = "cumsum", sym_visibility = "private"}> ({
  ^bb0(%arg422: tensor<1x4xi1>):
    %1701 = "stablehlo.convert"(%arg422) : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %1702 = "func.call"(%1701) <{callee = @cumsum_0}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    "func.return"(%1702) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x4xi32>) -> tensor<1x4xi32>, sym_name = "cumsum_0", sym_visibility = "private"}> ({
  ^bb0(%arg419: tensor<1x4xi32>):
    %1697 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1698 = "stablehlo.broadcast_in_dim"(%1697) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<i32>
    %1699 = "stablehlo.reduce_window"(%arg419, %1698) <{base_dilations = array<i64: 1, 1>, padding = dense<[[0, 0], [3, 0]]> : tensor<2x2xi64>, window_dilations = array<i64: 1, 1>, window_dimensions = array<i64: 1, 4>, window_strides = array<i64: 1, 1>}> ({
    ^bb0(%arg420: tensor<i32>, %arg421: tensor<i32>):
      %1700 = "stablehlo.add"(%arg420, %arg421) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%1700) : (tensor<i32>) -> ()
    }) : (tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>
    "func.return"(%1699) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1x4x4xi1>, res_attrs = [{}], sym_name = "attention_mask", sym_visibility = "private"}> ({
  ^bb0(%arg418: tensor<1x4xi32>):
    %1689 = "func.call"(%arg418) <{callee = @inputs_mask}> : (tensor<1x4xi32>) -> tensor<1x4xi1>
    %1690 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1691 = "stablehlo.broadcast_in_dim"(%1690) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4x4xi1>
    %1692 = "func.call"(%1691) <{callee = @tril}> : (tensor<4x4xi1>) -> tensor<4x4xi1>
    %1693 = "stablehlo.broadcast_in_dim"(%1689) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x4xi1>) -> tensor<1x1x4xi1>
    %1694 = "stablehlo.broadcast_in_dim"(%1692) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<4x4xi1>) -> tensor<1x4x4xi1>
    %1695 = "stablehlo.broadcast_in_dim"(%1693) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xi1>) -> tensor<1x4x4xi1>
    %1696 = "stablehlo.and"(%1695, %1694) : (tensor<1x4x4xi1>, tensor<1x4x4xi1>) -> tensor<1x4x4xi1>
    "func.return"(%1696) : (tensor<1x4x4xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x4xi1>) -> tensor<4x4xi1>, res_attrs = [{}], sym_name = "tril", sym_visibility = "private"}> ({
  ^bb0(%arg417: tensor<4x4xi1>):
    %1680 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4x4xi32>
    %1681 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1682 = "stablehlo.broadcast_in_dim"(%1681) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x4xi32>
    %1683 = "stablehlo.add"(%1680, %1682) : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi32>
    %1684 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x4xi32>
    %1685 = "stablehlo.compare"(%1683, %1684) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %1686 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %1687 = "stablehlo.broadcast_in_dim"(%1686) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4x4xi1>
    %1688 = "stablehlo.select"(%1685, %arg417, %1687) : (tensor<4x4xi1>, tensor<4x4xi1>, tensor<4x4xi1>) -> tensor<4x4xi1>
    "func.return"(%1688) : (tensor<4x4xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<1x4x4xi1>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4xi32>) -> (tensor<1x101xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}], sym_name = "__call__", sym_visibility = "private"}> ({
  ^bb0(%arg346: tensor<101x64xf32>, %arg347: tensor<64xf32>, %arg348: tensor<16xf32>, %arg349: tensor<16xf32>, %arg350: tensor<4x16x64xf32>, %arg351: tensor<2x2x64x16xf32>, %arg352: tensor<4x64x16xf32>, %arg353: tensor<2x64x128xf32>, %arg354: tensor<128x64xf32>, %arg355: tensor<64xf32>, %arg356: tensor<64xf32>, %arg357: tensor<64xf32>, %arg358: tensor<64xf32>, %arg359: tensor<16xf32>, %arg360: tensor<16xf32>, %arg361: tensor<4x16x64xf32>, %arg362: tensor<2x2x64x16xf32>, %arg363: tensor<4x64x16xf32>, %arg364: tensor<2x64x128xf32>, %arg365: tensor<128x64xf32>, %arg366: tensor<64xf32>, %arg367: tensor<64xf32>, %arg368: tensor<64xf32>, %arg369: tensor<64xf32>, %arg370: tensor<1x4x4xi1>, %arg371: tensor<1xi32>, %arg372: tensor<1x4x2x16xf32>, %arg373: tensor<1x4xi32>, %arg374: tensor<1x4x2x16xf32>, %arg375: tensor<1xi32>, %arg376: tensor<1x4x2x16xf32>, %arg377: tensor<1x4xi32>, %arg378: tensor<1x4x2x16xf32>, %arg379: tensor<1x4xi32>, %arg380: tensor<1x4xi32>):
    %1030 = "func.call"(%arg380) <{callee = @tokens_with_mm}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %1031 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1032 = "stablehlo.broadcast_in_dim"(%1031) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %1033 = "stablehlo.compare"(%1030, %1032) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %1034 = "stablehlo.constant"() <{value = dense<101> : tensor<i32>}> : () -> tensor<i32>
    %1035 = "stablehlo.broadcast_in_dim"(%1034) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %1036 = "stablehlo.add"(%1030, %1035) : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %1037 = "stablehlo.select"(%1033, %1036, %1030) : (tensor<1x4xi1>, tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %1038 = "stablehlo.broadcast_in_dim"(%1037) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1039 = "stablehlo.gather"(%arg346, %1038) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<101x64xf32>, tensor<1x4x1xi32>) -> tensor<1x4x64xf32>
    %1040 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1041 = "stablehlo.sqrt"(%1040) : (tensor<f32>) -> tensor<f32>
    %1042 = "stablehlo.convert"(%1041) : (tensor<f32>) -> tensor<f32>
    %1043 = "stablehlo.broadcast_in_dim"(%1042) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x64xf32>
    %1044 = "stablehlo.multiply"(%1039, %1043) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1045 = "func.call"(%arg380) <{callee = @inputs_mask}> : (tensor<1x4xi32>) -> tensor<1x4xi1>
    %1046 = "chlo.square"(%1044) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1047 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1048 = "stablehlo.reduce"(%1046, %1047) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg415: tensor<f32>, %arg416: tensor<f32>):
      %1679 = "stablehlo.add"(%arg415, %arg416) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1679) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1049 = "stablehlo.broadcast_in_dim"(%1048) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1050 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1051 = "stablehlo.broadcast_in_dim"(%1050) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1052 = "stablehlo.divide"(%1049, %1051) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1053 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1054 = "stablehlo.broadcast_in_dim"(%1053) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1055 = "stablehlo.add"(%1052, %1054) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1056 = "stablehlo.rsqrt"(%1055) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1057 = "stablehlo.broadcast_in_dim"(%1056) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1058 = "stablehlo.multiply"(%1044, %1057) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1059 = "stablehlo.broadcast_in_dim"(%arg357) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1060 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1061 = "stablehlo.broadcast_in_dim"(%1060) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %1062 = "stablehlo.add"(%1061, %1059) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %1063 = "stablehlo.broadcast_in_dim"(%1062) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1064 = "stablehlo.multiply"(%1058, %1063) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1065 = "stablehlo.dot_general"(%1064, %arg352) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<4x64x16xf32>) -> tensor<1x4x4x16xf32>
    %1066 = "stablehlo.dot_general"(%arg351, %1064) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x2x64x16xf32>, tensor<1x4x64xf32>) -> tensor<2x2x16x1x4xf32>
    %1067 = "stablehlo.transpose"(%1066) <{permutation = array<i64: 0, 3, 4, 1, 2>}> : (tensor<2x2x16x1x4xf32>) -> tensor<2x1x4x2x16xf32>
    %1068 = "stablehlo.slice"(%1067) <{limit_indices = array<i64: 1, 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x4x2x16xf32>) -> tensor<1x1x4x2x16xf32>
    %1069 = "stablehlo.reshape"(%1068) : (tensor<1x1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1070 = "stablehlo.slice"(%1067) <{limit_indices = array<i64: 2, 1, 4, 2, 16>, start_indices = array<i64: 1, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x4x2x16xf32>) -> tensor<1x1x4x2x16xf32>
    %1071 = "stablehlo.reshape"(%1070) : (tensor<1x1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1072 = "chlo.square"(%1065) : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1073 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1074 = "stablehlo.reduce"(%1072, %1073) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg413: tensor<f32>, %arg414: tensor<f32>):
      %1678 = "stablehlo.add"(%arg413, %arg414) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1678) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x16xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1075 = "stablehlo.broadcast_in_dim"(%1074) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1076 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1077 = "stablehlo.broadcast_in_dim"(%1076) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x1xf32>
    %1078 = "stablehlo.divide"(%1075, %1077) : (tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
    %1079 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1080 = "stablehlo.broadcast_in_dim"(%1079) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x1xf32>
    %1081 = "stablehlo.add"(%1078, %1080) : (tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
    %1082 = "stablehlo.rsqrt"(%1081) : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
    %1083 = "stablehlo.broadcast_in_dim"(%1082) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x16xf32>
    %1084 = "stablehlo.multiply"(%1065, %1083) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1085 = "stablehlo.broadcast_in_dim"(%arg349) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %1086 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1087 = "stablehlo.broadcast_in_dim"(%1086) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
    %1088 = "stablehlo.add"(%1087, %1085) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %1089 = "stablehlo.broadcast_in_dim"(%1088) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x4x4x16xf32>
    %1090 = "stablehlo.multiply"(%1084, %1089) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1091 = "chlo.square"(%1069) : (tensor<1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1092 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1093 = "stablehlo.reduce"(%1091, %1092) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg411: tensor<f32>, %arg412: tensor<f32>):
      %1677 = "stablehlo.add"(%arg411, %arg412) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1677) : (tensor<f32>) -> ()
    }) : (tensor<1x4x2x16xf32>, tensor<f32>) -> tensor<1x4x2xf32>
    %1094 = "stablehlo.broadcast_in_dim"(%1093) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x2xf32>) -> tensor<1x4x2x1xf32>
    %1095 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1096 = "stablehlo.broadcast_in_dim"(%1095) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x2x1xf32>
    %1097 = "stablehlo.divide"(%1094, %1096) : (tensor<1x4x2x1xf32>, tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xf32>
    %1098 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1099 = "stablehlo.broadcast_in_dim"(%1098) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x2x1xf32>
    %1100 = "stablehlo.add"(%1097, %1099) : (tensor<1x4x2x1xf32>, tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xf32>
    %1101 = "stablehlo.rsqrt"(%1100) : (tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xf32>
    %1102 = "stablehlo.broadcast_in_dim"(%1101) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x2x1xf32>) -> tensor<1x4x2x16xf32>
    %1103 = "stablehlo.multiply"(%1069, %1102) : (tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1104 = "stablehlo.broadcast_in_dim"(%arg348) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %1105 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1106 = "stablehlo.broadcast_in_dim"(%1105) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
    %1107 = "stablehlo.add"(%1106, %1104) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %1108 = "stablehlo.broadcast_in_dim"(%1107) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x4x2x16xf32>
    %1109 = "stablehlo.multiply"(%1103, %1108) : (tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1110 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %1111 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1112 = "stablehlo.broadcast_in_dim"(%1111) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1113 = "stablehlo.multiply"(%1112, %1110) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1114 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %1115 = "stablehlo.broadcast_in_dim"(%1114) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1116 = "stablehlo.power"(%1115, %1113) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1117 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1118 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %1119 = "func.call"(%1116, %1117, %1118) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %1120 = "stablehlo.broadcast_in_dim"(%arg379) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1121 = "stablehlo.broadcast_in_dim"(%1119) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %1122 = "stablehlo.convert"(%1120) : (tensor<1x4x1xi32>) -> tensor<1x4x1xf32>
    %1123 = "stablehlo.broadcast_in_dim"(%1122) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x8xf32>
    %1124 = "stablehlo.broadcast_in_dim"(%1121) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
    %1125 = "stablehlo.divide"(%1123, %1124) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    %1126 = "stablehlo.broadcast_in_dim"(%1125) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x8xf32>) -> tensor<1x4x1x8xf32>
    %1127 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1128 = "stablehlo.broadcast_in_dim"(%1127) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %1129 = "stablehlo.divide"(%1126, %1128) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1130 = "stablehlo.sine"(%1129) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1131 = "stablehlo.cosine"(%1129) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1132 = "stablehlo.slice"(%1090) <{limit_indices = array<i64: 1, 4, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x8xf32>
    %1133 = "stablehlo.slice"(%1090) <{limit_indices = array<i64: 1, 4, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x8xf32>
    %1134 = "stablehlo.broadcast_in_dim"(%1131) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1135 = "stablehlo.multiply"(%1132, %1134) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1136 = "stablehlo.broadcast_in_dim"(%1130) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1137 = "stablehlo.multiply"(%1133, %1136) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1138 = "stablehlo.subtract"(%1135, %1137) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1139 = "stablehlo.broadcast_in_dim"(%1131) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1140 = "stablehlo.multiply"(%1133, %1139) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1141 = "stablehlo.broadcast_in_dim"(%1130) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1142 = "stablehlo.multiply"(%1132, %1141) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1143 = "stablehlo.add"(%1140, %1142) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1144 = "stablehlo.concatenate"(%1138, %1143) <{dimension = 3 : i64}> : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x16xf32>
    %1145 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1146 = "stablehlo.broadcast_in_dim"(%1145) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x16xf32>
    %1147 = "stablehlo.multiply"(%1144, %1146) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1148 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %1149 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1150 = "stablehlo.broadcast_in_dim"(%1149) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1151 = "stablehlo.multiply"(%1150, %1148) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1152 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %1153 = "stablehlo.broadcast_in_dim"(%1152) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1154 = "stablehlo.power"(%1153, %1151) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1155 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1156 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %1157 = "func.call"(%1154, %1155, %1156) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %1158 = "stablehlo.broadcast_in_dim"(%arg379) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1159 = "stablehlo.broadcast_in_dim"(%1157) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %1160 = "stablehlo.convert"(%1158) : (tensor<1x4x1xi32>) -> tensor<1x4x1xf32>
    %1161 = "stablehlo.broadcast_in_dim"(%1160) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x8xf32>
    %1162 = "stablehlo.broadcast_in_dim"(%1159) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
    %1163 = "stablehlo.divide"(%1161, %1162) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    %1164 = "stablehlo.broadcast_in_dim"(%1163) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x8xf32>) -> tensor<1x4x1x8xf32>
    %1165 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1166 = "stablehlo.broadcast_in_dim"(%1165) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %1167 = "stablehlo.divide"(%1164, %1166) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1168 = "stablehlo.sine"(%1167) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1169 = "stablehlo.cosine"(%1167) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1170 = "stablehlo.slice"(%1109) <{limit_indices = array<i64: 1, 4, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x16xf32>) -> tensor<1x4x2x8xf32>
    %1171 = "stablehlo.slice"(%1109) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x16xf32>) -> tensor<1x4x2x8xf32>
    %1172 = "stablehlo.broadcast_in_dim"(%1169) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1173 = "stablehlo.multiply"(%1170, %1172) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1174 = "stablehlo.broadcast_in_dim"(%1168) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1175 = "stablehlo.multiply"(%1171, %1174) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1176 = "stablehlo.subtract"(%1173, %1175) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1177 = "stablehlo.broadcast_in_dim"(%1169) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1178 = "stablehlo.multiply"(%1171, %1177) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1179 = "stablehlo.broadcast_in_dim"(%1168) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1180 = "stablehlo.multiply"(%1170, %1179) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1181 = "stablehlo.add"(%1178, %1180) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1182 = "stablehlo.concatenate"(%1176, %1181) <{dimension = 3 : i64}> : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x16xf32>
    %1183 = "stablehlo.reshape"(%arg371) : (tensor<1xi32>) -> tensor<i32>
    %1184 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1185 = "func.call"(%1183, %1184) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1186 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1187 = "stablehlo.compare"(%1185, %1186) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1188 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1189 = "stablehlo.add"(%1185, %1188) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1190 = "stablehlo.select"(%1187, %1189, %1185) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1191 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1192 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1193 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1194 = "stablehlo.dynamic_update_slice"(%arg374, %1071, %1191, %1190, %1192, %1193) : (tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4x2x16xf32>
    %1195 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1196 = "stablehlo.compare"(%1185, %1195) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1197 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1198 = "stablehlo.add"(%1185, %1197) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1199 = "stablehlo.select"(%1196, %1198, %1185) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1200 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1201 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1202 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1203 = "stablehlo.dynamic_update_slice"(%arg372, %1182, %1200, %1199, %1201, %1202) : (tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4x2x16xf32>
    %1204 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1205 = "stablehlo.compare"(%1185, %1204) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1206 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1207 = "stablehlo.add"(%1185, %1206) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1208 = "stablehlo.select"(%1205, %1207, %1185) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1209 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1210 = "stablehlo.dynamic_update_slice"(%arg373, %arg379, %1209, %1208) : (tensor<1x4xi32>, tensor<1x4xi32>, tensor<i32>, tensor<i32>) -> tensor<1x4xi32>
    %1211 = "stablehlo.reshape"(%1147) : (tensor<1x4x4x16xf32>) -> tensor<1x4x2x2x16xf32>
    %1212 = "stablehlo.dot_general"(%1203, %1211) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x2x16xf32>, tensor<1x4x2x2x16xf32>) -> tensor<1x2x4x4x2xf32>
    %1213 = "stablehlo.transpose"(%1212) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x4x4x2xf32>) -> tensor<1x4x2x2x4xf32>
    %1214 = "stablehlo.reshape"(%1213) : (tensor<1x4x2x2x4xf32>) -> tensor<1x4x4x4xf32>
    %1215 = "stablehlo.broadcast_in_dim"(%1210) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x4xi32>) -> tensor<1x1x4xi32>
    %1216 = "stablehlo.broadcast_in_dim"(%arg379) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1217 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %1218 = "stablehlo.broadcast_in_dim"(%1217) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4x1xi32>
    %1219 = "stablehlo.subtract"(%1216, %1218) : (tensor<1x4x1xi32>, tensor<1x4x1xi32>) -> tensor<1x4x1xi32>
    %1220 = "stablehlo.broadcast_in_dim"(%1215) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xi32>) -> tensor<1x4x4xi32>
    %1221 = "stablehlo.broadcast_in_dim"(%1219) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xi32>) -> tensor<1x4x4xi32>
    %1222 = "stablehlo.compare"(%1220, %1221) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x4x4xi32>, tensor<1x4x4xi32>) -> tensor<1x4x4xi1>
    %1223 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %1224 = "stablehlo.broadcast_in_dim"(%1223) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4x1xi32>
    %1225 = "stablehlo.add"(%1216, %1224) : (tensor<1x4x1xi32>, tensor<1x4x1xi32>) -> tensor<1x4x1xi32>
    %1226 = "stablehlo.broadcast_in_dim"(%1215) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xi32>) -> tensor<1x4x4xi32>
    %1227 = "stablehlo.broadcast_in_dim"(%1225) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xi32>) -> tensor<1x4x4xi32>
    %1228 = "stablehlo.compare"(%1226, %1227) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x4x4xi32>, tensor<1x4x4xi32>) -> tensor<1x4x4xi1>
    %1229 = "stablehlo.and"(%1222, %1228) : (tensor<1x4x4xi1>, tensor<1x4x4xi1>) -> tensor<1x4x4xi1>
    %1230 = "stablehlo.and"(%arg370, %1229) : (tensor<1x4x4xi1>, tensor<1x4x4xi1>) -> tensor<1x4x4xi1>
    %1231 = "stablehlo.broadcast_in_dim"(%1230) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x4xi1>) -> tensor<1x4x1x4xi1>
    %1232 = "stablehlo.constant"() <{value = dense<-2.38197633E+38> : tensor<f32>}> : () -> tensor<f32>
    %1233 = "func.call"(%1231, %1214, %1232) <{callee = @_where_2}> : (tensor<1x4x1x4xi1>, tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4x4xf32>
    %1234 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1235 = "stablehlo.reduce"(%1233, %1234) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg409: tensor<f32>, %arg410: tensor<f32>):
      %1676 = "stablehlo.maximum"(%arg409, %arg410) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1676) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1236 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1237 = "stablehlo.broadcast_in_dim"(%1236) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4xf32>
    %1238 = "stablehlo.maximum"(%1237, %1235) : (tensor<1x4x4xf32>, tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
    %1239 = "stablehlo.broadcast_in_dim"(%1238) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1240 = "stablehlo.broadcast_in_dim"(%1239) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x4xf32>
    %1241 = "stablehlo.subtract"(%1233, %1240) : (tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    %1242 = "stablehlo.exponential"(%1241) : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    %1243 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1244 = "stablehlo.reduce"(%1242, %1243) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg407: tensor<f32>, %arg408: tensor<f32>):
      %1675 = "stablehlo.add"(%arg407, %arg408) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1675) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1245 = "stablehlo.broadcast_in_dim"(%1244) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1246 = "stablehlo.broadcast_in_dim"(%1245) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x4xf32>
    %1247 = "stablehlo.divide"(%1242, %1246) : (tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    %1248 = "stablehlo.reshape"(%1247) : (tensor<1x4x4x4xf32>) -> tensor<1x4x2x2x4xf32>
    %1249 = "stablehlo.dot_general"(%1194, %1248) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x2x16xf32>, tensor<1x4x2x2x4xf32>) -> tensor<1x2x16x4x2xf32>
    %1250 = "stablehlo.transpose"(%1249) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x16x4x2xf32>) -> tensor<1x4x2x2x16xf32>
    %1251 = "stablehlo.reshape"(%1250) : (tensor<1x4x2x2x16xf32>) -> tensor<1x4x4x16xf32>
    %1252 = "stablehlo.dot_general"(%1251, %arg350) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3, 2], rhs_contracting_dimensions = [1, 0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x4x16xf32>, tensor<4x16x64xf32>) -> tensor<1x4x64xf32>
    %1253 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1254 = "stablehlo.broadcast_in_dim"(%1253) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1255 = "stablehlo.add"(%arg371, %1254) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1256 = "chlo.square"(%1252) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1257 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1258 = "stablehlo.reduce"(%1256, %1257) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg405: tensor<f32>, %arg406: tensor<f32>):
      %1674 = "stablehlo.add"(%arg405, %arg406) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1674) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1259 = "stablehlo.broadcast_in_dim"(%1258) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1260 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1261 = "stablehlo.broadcast_in_dim"(%1260) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1262 = "stablehlo.divide"(%1259, %1261) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1263 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1264 = "stablehlo.broadcast_in_dim"(%1263) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1265 = "stablehlo.add"(%1262, %1264) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1266 = "stablehlo.rsqrt"(%1265) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1267 = "stablehlo.broadcast_in_dim"(%1266) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1268 = "stablehlo.multiply"(%1252, %1267) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1269 = "stablehlo.broadcast_in_dim"(%arg355) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1270 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1271 = "stablehlo.broadcast_in_dim"(%1270) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %1272 = "stablehlo.add"(%1271, %1269) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %1273 = "stablehlo.broadcast_in_dim"(%1272) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1274 = "stablehlo.multiply"(%1268, %1273) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1275 = "stablehlo.add"(%1274, %1044) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1276 = "chlo.square"(%1275) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1277 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1278 = "stablehlo.reduce"(%1276, %1277) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg403: tensor<f32>, %arg404: tensor<f32>):
      %1673 = "stablehlo.add"(%arg403, %arg404) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1673) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1279 = "stablehlo.broadcast_in_dim"(%1278) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1280 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1281 = "stablehlo.broadcast_in_dim"(%1280) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1282 = "stablehlo.divide"(%1279, %1281) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1283 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1284 = "stablehlo.broadcast_in_dim"(%1283) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1285 = "stablehlo.add"(%1282, %1284) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1286 = "stablehlo.rsqrt"(%1285) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1287 = "stablehlo.broadcast_in_dim"(%1286) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1288 = "stablehlo.multiply"(%1275, %1287) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1289 = "stablehlo.broadcast_in_dim"(%arg358) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1290 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1291 = "stablehlo.broadcast_in_dim"(%1290) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %1292 = "stablehlo.add"(%1291, %1289) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %1293 = "stablehlo.broadcast_in_dim"(%1292) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1294 = "stablehlo.multiply"(%1288, %1293) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1295 = "stablehlo.dot_general"(%1294, %arg353) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<2x64x128xf32>) -> tensor<1x4x2x128xf32>
    %1296 = "stablehlo.slice"(%1295) <{limit_indices = array<i64: 1, 4, 1, 128>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x128xf32>) -> tensor<1x4x1x128xf32>
    %1297 = "stablehlo.reshape"(%1296) : (tensor<1x4x1x128xf32>) -> tensor<1x4x128xf32>
    %1298 = "stablehlo.multiply"(%1297, %1297) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1299 = "stablehlo.multiply"(%1298, %1297) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1300 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %1301 = "stablehlo.broadcast_in_dim"(%1300) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x128xf32>
    %1302 = "stablehlo.multiply"(%1301, %1299) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1303 = "stablehlo.add"(%1297, %1302) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1304 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %1305 = "stablehlo.broadcast_in_dim"(%1304) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x128xf32>
    %1306 = "stablehlo.multiply"(%1305, %1303) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1307 = "stablehlo.tanh"(%1306) : (tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1308 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1309 = "stablehlo.broadcast_in_dim"(%1308) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x128xf32>
    %1310 = "stablehlo.add"(%1309, %1307) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1311 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1312 = "stablehlo.broadcast_in_dim"(%1311) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x128xf32>
    %1313 = "stablehlo.multiply"(%1312, %1310) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1314 = "stablehlo.multiply"(%1297, %1313) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1315 = "stablehlo.slice"(%1295) <{limit_indices = array<i64: 1, 4, 2, 128>, start_indices = array<i64: 0, 0, 1, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x128xf32>) -> tensor<1x4x1x128xf32>
    %1316 = "stablehlo.reshape"(%1315) : (tensor<1x4x1x128xf32>) -> tensor<1x4x128xf32>
    %1317 = "stablehlo.multiply"(%1314, %1316) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1318 = "stablehlo.dot_general"(%1317, %arg354) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x128xf32>, tensor<128x64xf32>) -> tensor<1x4x64xf32>
    %1319 = "chlo.square"(%1318) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1320 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1321 = "stablehlo.reduce"(%1319, %1320) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg401: tensor<f32>, %arg402: tensor<f32>):
      %1672 = "stablehlo.add"(%arg401, %arg402) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1672) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1322 = "stablehlo.broadcast_in_dim"(%1321) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1323 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1324 = "stablehlo.broadcast_in_dim"(%1323) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1325 = "stablehlo.divide"(%1322, %1324) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1326 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1327 = "stablehlo.broadcast_in_dim"(%1326) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1328 = "stablehlo.add"(%1325, %1327) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1329 = "stablehlo.rsqrt"(%1328) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1330 = "stablehlo.broadcast_in_dim"(%1329) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1331 = "stablehlo.multiply"(%1318, %1330) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1332 = "stablehlo.broadcast_in_dim"(%arg356) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1333 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1334 = "stablehlo.broadcast_in_dim"(%1333) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %1335 = "stablehlo.add"(%1334, %1332) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %1336 = "stablehlo.broadcast_in_dim"(%1335) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1337 = "stablehlo.multiply"(%1331, %1336) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1338 = "stablehlo.add"(%1337, %1275) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1339 = "chlo.square"(%1338) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1340 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1341 = "stablehlo.reduce"(%1339, %1340) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg399: tensor<f32>, %arg400: tensor<f32>):
      %1671 = "stablehlo.add"(%arg399, %arg400) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1671) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1342 = "stablehlo.broadcast_in_dim"(%1341) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1343 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1344 = "stablehlo.broadcast_in_dim"(%1343) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1345 = "stablehlo.divide"(%1342, %1344) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1346 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1347 = "stablehlo.broadcast_in_dim"(%1346) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1348 = "stablehlo.add"(%1345, %1347) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1349 = "stablehlo.rsqrt"(%1348) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1350 = "stablehlo.broadcast_in_dim"(%1349) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1351 = "stablehlo.multiply"(%1338, %1350) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1352 = "stablehlo.broadcast_in_dim"(%arg368) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1353 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1354 = "stablehlo.broadcast_in_dim"(%1353) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %1355 = "stablehlo.add"(%1354, %1352) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %1356 = "stablehlo.broadcast_in_dim"(%1355) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1357 = "stablehlo.multiply"(%1351, %1356) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1358 = "stablehlo.dot_general"(%1357, %arg363) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<4x64x16xf32>) -> tensor<1x4x4x16xf32>
    %1359 = "stablehlo.dot_general"(%arg362, %1357) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x2x64x16xf32>, tensor<1x4x64xf32>) -> tensor<2x2x16x1x4xf32>
    %1360 = "stablehlo.transpose"(%1359) <{permutation = array<i64: 0, 3, 4, 1, 2>}> : (tensor<2x2x16x1x4xf32>) -> tensor<2x1x4x2x16xf32>
    %1361 = "stablehlo.slice"(%1360) <{limit_indices = array<i64: 1, 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x4x2x16xf32>) -> tensor<1x1x4x2x16xf32>
    %1362 = "stablehlo.reshape"(%1361) : (tensor<1x1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1363 = "stablehlo.slice"(%1360) <{limit_indices = array<i64: 2, 1, 4, 2, 16>, start_indices = array<i64: 1, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x4x2x16xf32>) -> tensor<1x1x4x2x16xf32>
    %1364 = "stablehlo.reshape"(%1363) : (tensor<1x1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1365 = "chlo.square"(%1358) : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1366 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1367 = "stablehlo.reduce"(%1365, %1366) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg397: tensor<f32>, %arg398: tensor<f32>):
      %1670 = "stablehlo.add"(%arg397, %arg398) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1670) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x16xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1368 = "stablehlo.broadcast_in_dim"(%1367) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1369 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1370 = "stablehlo.broadcast_in_dim"(%1369) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x1xf32>
    %1371 = "stablehlo.divide"(%1368, %1370) : (tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
    %1372 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1373 = "stablehlo.broadcast_in_dim"(%1372) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x1xf32>
    %1374 = "stablehlo.add"(%1371, %1373) : (tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
    %1375 = "stablehlo.rsqrt"(%1374) : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
    %1376 = "stablehlo.broadcast_in_dim"(%1375) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x16xf32>
    %1377 = "stablehlo.multiply"(%1358, %1376) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1378 = "stablehlo.broadcast_in_dim"(%arg360) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %1379 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1380 = "stablehlo.broadcast_in_dim"(%1379) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
    %1381 = "stablehlo.add"(%1380, %1378) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %1382 = "stablehlo.broadcast_in_dim"(%1381) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x4x4x16xf32>
    %1383 = "stablehlo.multiply"(%1377, %1382) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1384 = "chlo.square"(%1362) : (tensor<1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1385 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1386 = "stablehlo.reduce"(%1384, %1385) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg395: tensor<f32>, %arg396: tensor<f32>):
      %1669 = "stablehlo.add"(%arg395, %arg396) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1669) : (tensor<f32>) -> ()
    }) : (tensor<1x4x2x16xf32>, tensor<f32>) -> tensor<1x4x2xf32>
    %1387 = "stablehlo.broadcast_in_dim"(%1386) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x2xf32>) -> tensor<1x4x2x1xf32>
    %1388 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1389 = "stablehlo.broadcast_in_dim"(%1388) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x2x1xf32>
    %1390 = "stablehlo.divide"(%1387, %1389) : (tensor<1x4x2x1xf32>, tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xf32>
    %1391 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1392 = "stablehlo.broadcast_in_dim"(%1391) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x2x1xf32>
    %1393 = "stablehlo.add"(%1390, %1392) : (tensor<1x4x2x1xf32>, tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xf32>
    %1394 = "stablehlo.rsqrt"(%1393) : (tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xf32>
    %1395 = "stablehlo.broadcast_in_dim"(%1394) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x2x1xf32>) -> tensor<1x4x2x16xf32>
    %1396 = "stablehlo.multiply"(%1362, %1395) : (tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1397 = "stablehlo.broadcast_in_dim"(%arg359) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %1398 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1399 = "stablehlo.broadcast_in_dim"(%1398) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
    %1400 = "stablehlo.add"(%1399, %1397) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %1401 = "stablehlo.broadcast_in_dim"(%1400) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x4x2x16xf32>
    %1402 = "stablehlo.multiply"(%1396, %1401) : (tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1403 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %1404 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1405 = "stablehlo.broadcast_in_dim"(%1404) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1406 = "stablehlo.multiply"(%1405, %1403) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1407 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %1408 = "stablehlo.broadcast_in_dim"(%1407) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1409 = "stablehlo.power"(%1408, %1406) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1410 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1411 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %1412 = "func.call"(%1409, %1410, %1411) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %1413 = "stablehlo.broadcast_in_dim"(%arg379) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1414 = "stablehlo.broadcast_in_dim"(%1412) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %1415 = "stablehlo.convert"(%1413) : (tensor<1x4x1xi32>) -> tensor<1x4x1xf32>
    %1416 = "stablehlo.broadcast_in_dim"(%1415) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x8xf32>
    %1417 = "stablehlo.broadcast_in_dim"(%1414) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
    %1418 = "stablehlo.divide"(%1416, %1417) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    %1419 = "stablehlo.broadcast_in_dim"(%1418) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x8xf32>) -> tensor<1x4x1x8xf32>
    %1420 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1421 = "stablehlo.broadcast_in_dim"(%1420) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %1422 = "stablehlo.divide"(%1419, %1421) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1423 = "stablehlo.sine"(%1422) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1424 = "stablehlo.cosine"(%1422) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1425 = "stablehlo.slice"(%1383) <{limit_indices = array<i64: 1, 4, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x8xf32>
    %1426 = "stablehlo.slice"(%1383) <{limit_indices = array<i64: 1, 4, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x8xf32>
    %1427 = "stablehlo.broadcast_in_dim"(%1424) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1428 = "stablehlo.multiply"(%1425, %1427) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1429 = "stablehlo.broadcast_in_dim"(%1423) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1430 = "stablehlo.multiply"(%1426, %1429) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1431 = "stablehlo.subtract"(%1428, %1430) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1432 = "stablehlo.broadcast_in_dim"(%1424) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1433 = "stablehlo.multiply"(%1426, %1432) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1434 = "stablehlo.broadcast_in_dim"(%1423) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1435 = "stablehlo.multiply"(%1425, %1434) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1436 = "stablehlo.add"(%1433, %1435) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1437 = "stablehlo.concatenate"(%1431, %1436) <{dimension = 3 : i64}> : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x16xf32>
    %1438 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1439 = "stablehlo.broadcast_in_dim"(%1438) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x16xf32>
    %1440 = "stablehlo.multiply"(%1437, %1439) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1441 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %1442 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1443 = "stablehlo.broadcast_in_dim"(%1442) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1444 = "stablehlo.multiply"(%1443, %1441) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1445 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %1446 = "stablehlo.broadcast_in_dim"(%1445) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1447 = "stablehlo.power"(%1446, %1444) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1448 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1449 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %1450 = "func.call"(%1447, %1448, %1449) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %1451 = "stablehlo.broadcast_in_dim"(%arg379) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1452 = "stablehlo.broadcast_in_dim"(%1450) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %1453 = "stablehlo.convert"(%1451) : (tensor<1x4x1xi32>) -> tensor<1x4x1xf32>
    %1454 = "stablehlo.broadcast_in_dim"(%1453) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x8xf32>
    %1455 = "stablehlo.broadcast_in_dim"(%1452) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
    %1456 = "stablehlo.divide"(%1454, %1455) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    %1457 = "stablehlo.broadcast_in_dim"(%1456) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x8xf32>) -> tensor<1x4x1x8xf32>
    %1458 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1459 = "stablehlo.broadcast_in_dim"(%1458) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %1460 = "stablehlo.divide"(%1457, %1459) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1461 = "stablehlo.sine"(%1460) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1462 = "stablehlo.cosine"(%1460) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1463 = "stablehlo.slice"(%1402) <{limit_indices = array<i64: 1, 4, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x16xf32>) -> tensor<1x4x2x8xf32>
    %1464 = "stablehlo.slice"(%1402) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x16xf32>) -> tensor<1x4x2x8xf32>
    %1465 = "stablehlo.broadcast_in_dim"(%1462) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1466 = "stablehlo.multiply"(%1463, %1465) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1467 = "stablehlo.broadcast_in_dim"(%1461) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1468 = "stablehlo.multiply"(%1464, %1467) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1469 = "stablehlo.subtract"(%1466, %1468) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1470 = "stablehlo.broadcast_in_dim"(%1462) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1471 = "stablehlo.multiply"(%1464, %1470) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1472 = "stablehlo.broadcast_in_dim"(%1461) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1473 = "stablehlo.multiply"(%1463, %1472) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1474 = "stablehlo.add"(%1471, %1473) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1475 = "stablehlo.concatenate"(%1469, %1474) <{dimension = 3 : i64}> : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x16xf32>
    %1476 = "stablehlo.reshape"(%arg375) : (tensor<1xi32>) -> tensor<i32>
    %1477 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1478 = "func.call"(%1476, %1477) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1479 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1480 = "stablehlo.compare"(%1478, %1479) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1481 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1482 = "stablehlo.add"(%1478, %1481) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1483 = "stablehlo.select"(%1480, %1482, %1478) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1484 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1485 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1486 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1487 = "stablehlo.dynamic_update_slice"(%arg378, %1364, %1484, %1483, %1485, %1486) : (tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4x2x16xf32>
    %1488 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1489 = "stablehlo.compare"(%1478, %1488) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1490 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1491 = "stablehlo.add"(%1478, %1490) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1492 = "stablehlo.select"(%1489, %1491, %1478) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1493 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1494 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1495 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1496 = "stablehlo.dynamic_update_slice"(%arg376, %1475, %1493, %1492, %1494, %1495) : (tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4x2x16xf32>
    %1497 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1498 = "stablehlo.compare"(%1478, %1497) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1499 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1500 = "stablehlo.add"(%1478, %1499) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1501 = "stablehlo.select"(%1498, %1500, %1478) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1502 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1503 = "stablehlo.dynamic_update_slice"(%arg377, %arg379, %1502, %1501) : (tensor<1x4xi32>, tensor<1x4xi32>, tensor<i32>, tensor<i32>) -> tensor<1x4xi32>
    %1504 = "stablehlo.reshape"(%1440) : (tensor<1x4x4x16xf32>) -> tensor<1x4x2x2x16xf32>
    %1505 = "stablehlo.dot_general"(%1496, %1504) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x2x16xf32>, tensor<1x4x2x2x16xf32>) -> tensor<1x2x4x4x2xf32>
    %1506 = "stablehlo.transpose"(%1505) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x4x4x2xf32>) -> tensor<1x4x2x2x4xf32>
    %1507 = "stablehlo.reshape"(%1506) : (tensor<1x4x2x2x4xf32>) -> tensor<1x4x4x4xf32>
    %1508 = "stablehlo.broadcast_in_dim"(%arg370) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x4xi1>) -> tensor<1x4x1x4xi1>
    %1509 = "stablehlo.constant"() <{value = dense<-2.38197633E+38> : tensor<f32>}> : () -> tensor<f32>
    %1510 = "func.call"(%1508, %1507, %1509) <{callee = @_where_2}> : (tensor<1x4x1x4xi1>, tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4x4xf32>
    %1511 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1512 = "stablehlo.reduce"(%1510, %1511) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg393: tensor<f32>, %arg394: tensor<f32>):
      %1668 = "stablehlo.maximum"(%arg393, %arg394) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1668) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1513 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1514 = "stablehlo.broadcast_in_dim"(%1513) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4xf32>
    %1515 = "stablehlo.maximum"(%1514, %1512) : (tensor<1x4x4xf32>, tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
    %1516 = "stablehlo.broadcast_in_dim"(%1515) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1517 = "stablehlo.broadcast_in_dim"(%1516) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x4xf32>
    %1518 = "stablehlo.subtract"(%1510, %1517) : (tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    %1519 = "stablehlo.exponential"(%1518) : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    %1520 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1521 = "stablehlo.reduce"(%1519, %1520) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg391: tensor<f32>, %arg392: tensor<f32>):
      %1667 = "stablehlo.add"(%arg391, %arg392) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1667) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1522 = "stablehlo.broadcast_in_dim"(%1521) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1523 = "stablehlo.broadcast_in_dim"(%1522) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x4xf32>
    %1524 = "stablehlo.divide"(%1519, %1523) : (tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    %1525 = "stablehlo.reshape"(%1524) : (tensor<1x4x4x4xf32>) -> tensor<1x4x2x2x4xf32>
    %1526 = "stablehlo.dot_general"(%1487, %1525) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x2x16xf32>, tensor<1x4x2x2x4xf32>) -> tensor<1x2x16x4x2xf32>
    %1527 = "stablehlo.transpose"(%1526) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x16x4x2xf32>) -> tensor<1x4x2x2x16xf32>
    %1528 = "stablehlo.reshape"(%1527) : (tensor<1x4x2x2x16xf32>) -> tensor<1x4x4x16xf32>
    %1529 = "stablehlo.dot_general"(%1528, %arg361) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3, 2], rhs_contracting_dimensions = [1, 0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x4x16xf32>, tensor<4x16x64xf32>) -> tensor<1x4x64xf32>
    %1530 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1531 = "stablehlo.broadcast_in_dim"(%1530) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1532 = "stablehlo.add"(%arg375, %1531) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1533 = "chlo.square"(%1529) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1534 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1535 = "stablehlo.reduce"(%1533, %1534) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg389: tensor<f32>, %arg390: tensor<f32>):
      %1666 = "stablehlo.add"(%arg389, %arg390) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1666) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1536 = "stablehlo.broadcast_in_dim"(%1535) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1537 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1538 = "stablehlo.broadcast_in_dim"(%1537) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1539 = "stablehlo.divide"(%1536, %1538) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1540 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1541 = "stablehlo.broadcast_in_dim"(%1540) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1542 = "stablehlo.add"(%1539, %1541) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1543 = "stablehlo.rsqrt"(%1542) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1544 = "stablehlo.broadcast_in_dim"(%1543) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1545 = "stablehlo.multiply"(%1529, %1544) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1546 = "stablehlo.broadcast_in_dim"(%arg366) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1547 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1548 = "stablehlo.broadcast_in_dim"(%1547) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %1549 = "stablehlo.add"(%1548, %1546) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %1550 = "stablehlo.broadcast_in_dim"(%1549) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1551 = "stablehlo.multiply"(%1545, %1550) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1552 = "stablehlo.add"(%1551, %1338) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1553 = "chlo.square"(%1552) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1554 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1555 = "stablehlo.reduce"(%1553, %1554) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg387: tensor<f32>, %arg388: tensor<f32>):
      %1665 = "stablehlo.add"(%arg387, %arg388) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1665) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1556 = "stablehlo.broadcast_in_dim"(%1555) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1557 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1558 = "stablehlo.broadcast_in_dim"(%1557) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1559 = "stablehlo.divide"(%1556, %1558) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1560 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1561 = "stablehlo.broadcast_in_dim"(%1560) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1562 = "stablehlo.add"(%1559, %1561) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1563 = "stablehlo.rsqrt"(%1562) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1564 = "stablehlo.broadcast_in_dim"(%1563) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1565 = "stablehlo.multiply"(%1552, %1564) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1566 = "stablehlo.broadcast_in_dim"(%arg369) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1567 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1568 = "stablehlo.broadcast_in_dim"(%1567) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %1569 = "stablehlo.add"(%1568, %1566) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %1570 = "stablehlo.broadcast_in_dim"(%1569) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1571 = "stablehlo.multiply"(%1565, %1570) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1572 = "stablehlo.dot_general"(%1571, %arg364) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<2x64x128xf32>) -> tensor<1x4x2x128xf32>
    %1573 = "stablehlo.slice"(%1572) <{limit_indices = array<i64: 1, 4, 1, 128>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x128xf32>) -> tensor<1x4x1x128xf32>
    %1574 = "stablehlo.reshape"(%1573) : (tensor<1x4x1x128xf32>) -> tensor<1x4x128xf32>
    %1575 = "stablehlo.multiply"(%1574, %1574) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1576 = "stablehlo.multiply"(%1575, %1574) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1577 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %1578 = "stablehlo.broadcast_in_dim"(%1577) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x128xf32>
    %1579 = "stablehlo.multiply"(%1578, %1576) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1580 = "stablehlo.add"(%1574, %1579) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1581 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %1582 = "stablehlo.broadcast_in_dim"(%1581) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x128xf32>
    %1583 = "stablehlo.multiply"(%1582, %1580) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1584 = "stablehlo.tanh"(%1583) : (tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1585 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1586 = "stablehlo.broadcast_in_dim"(%1585) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x128xf32>
    %1587 = "stablehlo.add"(%1586, %1584) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1588 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1589 = "stablehlo.broadcast_in_dim"(%1588) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x128xf32>
    %1590 = "stablehlo.multiply"(%1589, %1587) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1591 = "stablehlo.multiply"(%1574, %1590) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1592 = "stablehlo.slice"(%1572) <{limit_indices = array<i64: 1, 4, 2, 128>, start_indices = array<i64: 0, 0, 1, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x128xf32>) -> tensor<1x4x1x128xf32>
    %1593 = "stablehlo.reshape"(%1592) : (tensor<1x4x1x128xf32>) -> tensor<1x4x128xf32>
    %1594 = "stablehlo.multiply"(%1591, %1593) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1595 = "stablehlo.dot_general"(%1594, %arg365) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x128xf32>, tensor<128x64xf32>) -> tensor<1x4x64xf32>
    %1596 = "chlo.square"(%1595) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1597 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1598 = "stablehlo.reduce"(%1596, %1597) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg385: tensor<f32>, %arg386: tensor<f32>):
      %1664 = "stablehlo.add"(%arg385, %arg386) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1664) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1599 = "stablehlo.broadcast_in_dim"(%1598) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1600 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1601 = "stablehlo.broadcast_in_dim"(%1600) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1602 = "stablehlo.divide"(%1599, %1601) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1603 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1604 = "stablehlo.broadcast_in_dim"(%1603) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1605 = "stablehlo.add"(%1602, %1604) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1606 = "stablehlo.rsqrt"(%1605) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1607 = "stablehlo.broadcast_in_dim"(%1606) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1608 = "stablehlo.multiply"(%1595, %1607) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1609 = "stablehlo.broadcast_in_dim"(%arg367) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1610 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1611 = "stablehlo.broadcast_in_dim"(%1610) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %1612 = "stablehlo.add"(%1611, %1609) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %1613 = "stablehlo.broadcast_in_dim"(%1612) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1614 = "stablehlo.multiply"(%1608, %1613) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1615 = "stablehlo.add"(%1614, %1552) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1616 = "chlo.square"(%1615) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1617 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1618 = "stablehlo.reduce"(%1616, %1617) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg383: tensor<f32>, %arg384: tensor<f32>):
      %1663 = "stablehlo.add"(%arg383, %arg384) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1663) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1619 = "stablehlo.broadcast_in_dim"(%1618) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1620 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1621 = "stablehlo.broadcast_in_dim"(%1620) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1622 = "stablehlo.divide"(%1619, %1621) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1623 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1624 = "stablehlo.broadcast_in_dim"(%1623) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1625 = "stablehlo.add"(%1622, %1624) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1626 = "stablehlo.rsqrt"(%1625) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1627 = "stablehlo.broadcast_in_dim"(%1626) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1628 = "stablehlo.multiply"(%1615, %1627) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1629 = "stablehlo.broadcast_in_dim"(%arg347) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1630 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1631 = "stablehlo.broadcast_in_dim"(%1630) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %1632 = "stablehlo.add"(%1631, %1629) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %1633 = "stablehlo.broadcast_in_dim"(%1632) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1634 = "stablehlo.multiply"(%1628, %1633) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1635 = "stablehlo.convert"(%1045) : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %1636 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1637 = "stablehlo.reduce"(%1635, %1636) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg381: tensor<i32>, %arg382: tensor<i32>):
      %1662 = "stablehlo.add"(%arg381, %arg382) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%1662) : (tensor<i32>) -> ()
    }) : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %1638 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1639 = "stablehlo.broadcast_in_dim"(%1638) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1640 = "stablehlo.subtract"(%1637, %1639) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1641 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<1xi32>
    %1642 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1643 = "stablehlo.broadcast_in_dim"(%1642) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1644 = "stablehlo.compare"(%1641, %1643) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %1645 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1646 = "stablehlo.broadcast_in_dim"(%1645) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1647 = "stablehlo.add"(%1641, %1646) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1648 = "stablehlo.select"(%1644, %1647, %1641) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1649 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1650 = "stablehlo.broadcast_in_dim"(%1649) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1651 = "stablehlo.compare"(%1640, %1650) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %1652 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1653 = "stablehlo.broadcast_in_dim"(%1652) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1654 = "stablehlo.add"(%1640, %1653) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1655 = "stablehlo.select"(%1651, %1654, %1640) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1656 = "stablehlo.broadcast_in_dim"(%1648) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %1657 = "stablehlo.broadcast_in_dim"(%1655) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %1658 = "stablehlo.concatenate"(%1656, %1657) <{dimension = 1 : i64}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
    %1659 = "stablehlo.gather"(%1634, %1658) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0, 1], start_index_map = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 64>}> : (tensor<1x4x64xf32>, tensor<1x2xi32>) -> tensor<1x64xf32>
    %1660 = "stablehlo.transpose"(%arg346) <{permutation = array<i64: 1, 0>}> : (tensor<101x64xf32>) -> tensor<64x101xf32>
    %1661 = "stablehlo.dot_general"(%1659, %1660) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x64xf32>, tensor<64x101xf32>) -> tensor<1x101xf32>
    "func.return"(%1661, %1255, %1203, %1210, %1194, %1532, %1496, %1503, %1487) : (tensor<1x101xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "_pad_1", sym_visibility = "private"}> ({
  ^bb0(%arg343: tensor<8xf32>, %arg344: tensor<i32>, %arg345: tensor<f32>):
    %1024 = "stablehlo.convert"(%arg344) : (tensor<i32>) -> tensor<f32>
    %1025 = "stablehlo.broadcast_in_dim"(%1024) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %1026 = "stablehlo.convert"(%arg345) : (tensor<f32>) -> tensor<f32>
    %1027 = "stablehlo.broadcast_in_dim"(%1026) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %1028 = "stablehlo.concatenate"(%1025, %1027) <{dimension = 0 : i64}> : (tensor<1xf32>, tensor<1xf32>) -> tensor<2xf32>
    %1029 = "stablehlo.broadcast_in_dim"(%1028) <{broadcast_dimensions = array<i64: 1>}> : (tensor<2xf32>) -> tensor<1x2xf32>
    "func.return"(%arg343) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg341: tensor<i32>, %arg342: tensor<i32>):
    %1008 = "stablehlo.convert"(%arg342) : (tensor<i32>) -> tensor<i32>
    %1009 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1010 = "stablehlo.compare"(%1008, %1009) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1011 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1012 = "func.call"(%1010, %1011, %1008) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1013 = "stablehlo.remainder"(%arg341, %1012) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1014 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1015 = "stablehlo.compare"(%1013, %1014) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1016 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1017 = "stablehlo.compare"(%1013, %1016) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1018 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1019 = "stablehlo.compare"(%1012, %1018) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1020 = "stablehlo.compare"(%1017, %1019) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %1021 = "stablehlo.and"(%1020, %1015) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %1022 = "stablehlo.add"(%1013, %1012) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1023 = "stablehlo.select"(%1021, %1022, %1013) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%1023) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg338: tensor<i1>, %arg339: tensor<i32>, %arg340: tensor<i32>):
    %1007 = "stablehlo.select"(%arg338, %arg339, %arg340) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%1007) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x4x1x4xi1>, tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4x4xf32>, res_attrs = [{}], sym_name = "_where_2", sym_visibility = "private"}> ({
  ^bb0(%arg335: tensor<1x4x1x4xi1>, %arg336: tensor<1x4x4x4xf32>, %arg337: tensor<f32>):
    %1003 = "stablehlo.convert"(%arg337) : (tensor<f32>) -> tensor<f32>
    %1004 = "stablehlo.broadcast_in_dim"(%arg335) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x4xi1>) -> tensor<1x4x4x4xi1>
    %1005 = "stablehlo.broadcast_in_dim"(%1003) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x4xf32>
    %1006 = "stablehlo.select"(%1004, %arg336, %1005) : (tensor<1x4x4x4xi1>, tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    "func.return"(%1006) : (tensor<1x4x4x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1xi32>, res_attrs = [{}], sym_name = "last_token_pos", sym_visibility = "private"}> ({
  ^bb0(%arg332: tensor<1x4xi32>):
    %995 = "func.call"(%arg332) <{callee = @inputs_mask}> : (tensor<1x4xi32>) -> tensor<1x4xi1>
    %996 = "stablehlo.convert"(%995) : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %997 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %998 = "stablehlo.reduce"(%996, %997) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg333: tensor<i32>, %arg334: tensor<i32>):
      %1002 = "stablehlo.add"(%arg333, %arg334) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%1002) : (tensor<i32>) -> ()
    }) : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %999 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1000 = "stablehlo.broadcast_in_dim"(%999) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1001 = "stablehlo.subtract"(%998, %1000) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    "func.return"(%1001) : (tensor<1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<1x4xi1>, tensor<i1>) -> tensor<1x32xi1>, res_attrs = [{}], sym_name = "_pad_3", sym_visibility = "private"}> ({
  ^bb0(%arg330: tensor<1x4xi1>, %arg331: tensor<i1>):
    %994 = "stablehlo.pad"(%arg330, %arg331) <{edge_padding_high = array<i64: 0, 28>, edge_padding_low = array<i64: 0, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<1x4xi1>, tensor<i1>) -> tensor<1x32xi1>
    "func.return"(%994) : (tensor<1x32xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1xi32>, res_attrs = [{}], sym_name = "last_token", sym_visibility = "private"}> ({
  ^bb0(%arg329: tensor<1x4xi32>):
    %989 = "func.call"(%arg329) <{callee = @tokens_with_mm}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %990 = "func.call"(%arg329) <{callee = @last_token_pos}> : (tensor<1x4xi32>) -> tensor<1xi32>
    %991 = "stablehlo.broadcast_in_dim"(%990) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %992 = "func.call"(%989, %991) <{callee = @take_along_axis}> : (tensor<1x4xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %993 = "stablehlo.reshape"(%992) : (tensor<1x1xi32>) -> tensor<1xi32>
    "func.return"(%993) : (tensor<1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<1x4xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>, res_attrs = [{}], sym_name = "take_along_axis", sym_visibility = "private"}> ({
  ^bb0(%arg325: tensor<1x4xi32>, %arg326: tensor<1x1xi32>):
    %967 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %968 = "stablehlo.broadcast_in_dim"(%967) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %969 = "stablehlo.compare"(%arg326, %968) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %970 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %971 = "stablehlo.broadcast_in_dim"(%970) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %972 = "stablehlo.add"(%arg326, %971) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %973 = "stablehlo.select"(%969, %972, %arg326) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %974 = "stablehlo.constant"() <{value = dense<3> : tensor<1xi32>}> : () -> tensor<1xi32>
    %975 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %976 = "stablehlo.broadcast_in_dim"(%975) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %977 = "stablehlo.compare"(%973, %976) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %978 = "stablehlo.broadcast_in_dim"(%974) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %979 = "stablehlo.compare"(%973, %978) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %980 = "stablehlo.and"(%977, %979) : (tensor<1x1xi1>, tensor<1x1xi1>) -> tensor<1x1xi1>
    %981 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %982 = "stablehlo.reduce"(%980, %981) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg327: tensor<i1>, %arg328: tensor<i1>):
      %988 = "stablehlo.and"(%arg327, %arg328) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%988) : (tensor<i1>) -> ()
    }) : (tensor<1x1xi1>, tensor<i1>) -> tensor<1xi1>
    %983 = "stablehlo.gather"(%arg325, %973) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1>}> : (tensor<1x4xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %984 = "stablehlo.broadcast_in_dim"(%982) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xi1>) -> tensor<1x1xi1>
    %985 = "stablehlo.constant"() <{value = dense<-2147483648> : tensor<i32>}> : () -> tensor<i32>
    %986 = "stablehlo.broadcast_in_dim"(%985) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %987 = "stablehlo.select"(%984, %983, %986) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    "func.return"(%987) : (tensor<1x1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], sym_name = "_sample_loop", sym_visibility = "private"}> ({
  ^bb0(%arg198: tensor<i32>, %arg199: tensor<101x64xf32>, %arg200: tensor<64xf32>, %arg201: tensor<16xf32>, %arg202: tensor<16xf32>, %arg203: tensor<4x16x64xf32>, %arg204: tensor<2x2x64x16xf32>, %arg205: tensor<4x64x16xf32>, %arg206: tensor<2x64x128xf32>, %arg207: tensor<128x64xf32>, %arg208: tensor<64xf32>, %arg209: tensor<64xf32>, %arg210: tensor<64xf32>, %arg211: tensor<64xf32>, %arg212: tensor<16xf32>, %arg213: tensor<16xf32>, %arg214: tensor<4x16x64xf32>, %arg215: tensor<2x2x64x16xf32>, %arg216: tensor<4x64x16xf32>, %arg217: tensor<2x64x128xf32>, %arg218: tensor<128x64xf32>, %arg219: tensor<64xf32>, %arg220: tensor<64xf32>, %arg221: tensor<64xf32>, %arg222: tensor<64xf32>, %arg223: tensor<i32>, %arg224: tensor<1xi1>, %arg225: tensor<1xi32>, %arg226: tensor<1xi32>, %arg227: tensor<1x12xi32>, %arg228: tensor<1xi32>, %arg229: tensor<1x32x2x16xf32>, %arg230: tensor<1x32xi32>, %arg231: tensor<1x32x2x16xf32>, %arg232: tensor<1xi32>, %arg233: tensor<1x32x2x16xf32>, %arg234: tensor<1x32xi32>, %arg235: tensor<1x32x2x16xf32>, %arg236: tensor<2xui32>, %arg237: tensor<i32>, %arg238: tensor<1x32xi1>):
    %921 = "stablehlo.constant"() <{value = dense<[1, 106]> : tensor<2xi32>}> : () -> tensor<2xi32>
    %922:41 = "stablehlo.while"(%arg198, %arg199, %arg200, %arg201, %arg202, %arg203, %arg204, %arg205, %arg206, %arg207, %arg208, %arg209, %arg210, %arg211, %arg212, %arg213, %arg214, %arg215, %arg216, %arg217, %arg218, %arg219, %arg220, %arg221, %arg222, %arg223, %arg224, %arg225, %arg226, %arg227, %arg228, %arg229, %arg230, %arg231, %arg232, %arg233, %arg234, %arg235, %arg236, %arg237, %arg238) ({
    ^bb0(%arg282: tensor<i32>, %arg283: tensor<101x64xf32>, %arg284: tensor<64xf32>, %arg285: tensor<16xf32>, %arg286: tensor<16xf32>, %arg287: tensor<4x16x64xf32>, %arg288: tensor<2x2x64x16xf32>, %arg289: tensor<4x64x16xf32>, %arg290: tensor<2x64x128xf32>, %arg291: tensor<128x64xf32>, %arg292: tensor<64xf32>, %arg293: tensor<64xf32>, %arg294: tensor<64xf32>, %arg295: tensor<64xf32>, %arg296: tensor<16xf32>, %arg297: tensor<16xf32>, %arg298: tensor<4x16x64xf32>, %arg299: tensor<2x2x64x16xf32>, %arg300: tensor<4x64x16xf32>, %arg301: tensor<2x64x128xf32>, %arg302: tensor<128x64xf32>, %arg303: tensor<64xf32>, %arg304: tensor<64xf32>, %arg305: tensor<64xf32>, %arg306: tensor<64xf32>, %arg307: tensor<i32>, %arg308: tensor<1xi1>, %arg309: tensor<1xi32>, %arg310: tensor<1xi32>, %arg311: tensor<1x12xi32>, %arg312: tensor<1xi32>, %arg313: tensor<1x32x2x16xf32>, %arg314: tensor<1x32xi32>, %arg315: tensor<1x32x2x16xf32>, %arg316: tensor<1xi32>, %arg317: tensor<1x32x2x16xf32>, %arg318: tensor<1x32xi32>, %arg319: tensor<1x32x2x16xf32>, %arg320: tensor<2xui32>, %arg321: tensor<i32>, %arg322: tensor<1x32xi1>):
      %952 = "stablehlo.compare"(%arg307, %arg282) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %953 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
      %954 = "stablehlo.reduce"(%arg308, %953) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg323: tensor<i1>, %arg324: tensor<i1>):
        %966 = "stablehlo.and"(%arg323, %arg324) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%966) : (tensor<i1>) -> ()
      }) : (tensor<1xi1>, tensor<i1>) -> tensor<i1>
      %955 = "stablehlo.not"(%954) : (tensor<i1>) -> tensor<i1>
      %956 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
      %957 = "stablehlo.broadcast_in_dim"(%956) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<i1>
      %958 = "stablehlo.compare"(%952, %957) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %959 = "stablehlo.convert"(%958) : (tensor<i1>) -> tensor<i1>
      %960 = "stablehlo.and"(%959, %955) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %961 = "stablehlo.reshape"(%arg312) : (tensor<1xi32>) -> tensor<i32>
      %962 = "stablehlo.constant"() <{value = dense<31> : tensor<i32>}> : () -> tensor<i32>
      %963 = "stablehlo.compare"(%961, %962) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %964 = "stablehlo.not"(%963) : (tensor<i1>) -> tensor<i1>
      %965 = "stablehlo.and"(%960, %964) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%965) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg241: tensor<i32>, %arg242: tensor<101x64xf32>, %arg243: tensor<64xf32>, %arg244: tensor<16xf32>, %arg245: tensor<16xf32>, %arg246: tensor<4x16x64xf32>, %arg247: tensor<2x2x64x16xf32>, %arg248: tensor<4x64x16xf32>, %arg249: tensor<2x64x128xf32>, %arg250: tensor<128x64xf32>, %arg251: tensor<64xf32>, %arg252: tensor<64xf32>, %arg253: tensor<64xf32>, %arg254: tensor<64xf32>, %arg255: tensor<16xf32>, %arg256: tensor<16xf32>, %arg257: tensor<4x16x64xf32>, %arg258: tensor<2x2x64x16xf32>, %arg259: tensor<4x64x16xf32>, %arg260: tensor<2x64x128xf32>, %arg261: tensor<128x64xf32>, %arg262: tensor<64xf32>, %arg263: tensor<64xf32>, %arg264: tensor<64xf32>, %arg265: tensor<64xf32>, %arg266: tensor<i32>, %arg267: tensor<1xi1>, %arg268: tensor<1xi32>, %arg269: tensor<1xi32>, %arg270: tensor<1x12xi32>, %arg271: tensor<1xi32>, %arg272: tensor<1x32x2x16xf32>, %arg273: tensor<1x32xi32>, %arg274: tensor<1x32x2x16xf32>, %arg275: tensor<1xi32>, %arg276: tensor<1x32x2x16xf32>, %arg277: tensor<1x32xi32>, %arg278: tensor<1x32x2x16xf32>, %arg279: tensor<2xui32>, %arg280: tensor<i32>, %arg281: tensor<1x32xi1>):
      %951:16 = "func.call"(%arg266, %arg267, %arg268, %arg269, %arg270, %arg271, %arg272, %arg273, %arg274, %arg275, %arg276, %arg277, %arg278, %arg279, %arg280, %arg281, %arg242, %arg243, %arg244, %arg245, %arg246, %arg247, %arg248, %arg249, %arg250, %arg251, %arg252, %arg253, %arg254, %arg255, %arg256, %arg257, %arg258, %arg259, %arg260, %arg261, %arg262, %arg263, %arg264, %arg265) <{callee = @_sample_step}> : (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>, tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) -> (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>)
      "stablehlo.return"(%arg241, %arg242, %arg243, %arg244, %arg245, %arg246, %arg247, %arg248, %arg249, %arg250, %arg251, %arg252, %arg253, %arg254, %arg255, %arg256, %arg257, %arg258, %arg259, %arg260, %arg261, %arg262, %arg263, %arg264, %arg265, %951#0, %951#1, %951#2, %951#3, %951#4, %951#5, %951#6, %951#7, %951#8, %951#9, %951#10, %951#11, %951#12, %951#13, %951#14, %951#15) : (tensor<i32>, tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> ()
    }) : (tensor<i32>, tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> (tensor<i32>, tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>)
    %923 = "func.call"(%922#29, %921) <{callee = @_in1d_10}> : (tensor<1x12xi32>, tensor<2xi32>) -> tensor<12xi1>
    %924 = "stablehlo.reshape"(%923) : (tensor<12xi1>) -> tensor<1x12xi1>
    %925 = "func.call"(%924) <{callee = @cumsum_11}> : (tensor<1x12xi1>) -> tensor<1x12xi32>
    %926 = "stablehlo.convert"(%924) : (tensor<1x12xi1>) -> tensor<1x12xi32>
    %927 = "stablehlo.subtract"(%925, %926) : (tensor<1x12xi32>, tensor<1x12xi32>) -> tensor<1x12xi32>
    %928 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %929 = "stablehlo.broadcast_in_dim"(%928) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x12xi32>
    %930 = "stablehlo.compare"(%927, %929) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<1x12xi32>, tensor<1x12xi32>) -> tensor<1x12xi1>
    %931 = "stablehlo.convert"(%930) : (tensor<1x12xi1>) -> tensor<1x12xi32>
    %932 = "stablehlo.multiply"(%922#29, %931) : (tensor<1x12xi32>, tensor<1x12xi32>) -> tensor<1x12xi32>
    %933 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %934 = "stablehlo.broadcast_in_dim"(%933) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x12xi32>
    %935 = "stablehlo.compare"(%932, %934) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x12xi32>, tensor<1x12xi32>) -> tensor<1x12xi1>
    %936 = "stablehlo.convert"(%935) : (tensor<1x12xi1>) -> tensor<1x12xi32>
    %937 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %938 = "stablehlo.reduce"(%936, %937) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg239: tensor<i32>, %arg240: tensor<i32>):
      %950 = "stablehlo.add"(%arg239, %arg240) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%950) : (tensor<i32>) -> ()
    }) : (tensor<1x12xi32>, tensor<i32>) -> tensor<1xi32>
    %939 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %940 = "stablehlo.add"(%922#39, %939) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %941 = "stablehlo.convert"(%940) : (tensor<i32>) -> tensor<i32>
    %942 = "stablehlo.broadcast_in_dim"(%941) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %943 = "stablehlo.add"(%942, %938) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %944 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<32xi32>
    %945 = "stablehlo.broadcast_in_dim"(%944) <{broadcast_dimensions = array<i64: 1>}> : (tensor<32xi32>) -> tensor<1x32xi32>
    %946 = "stablehlo.broadcast_in_dim"(%943) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %947 = "stablehlo.broadcast_in_dim"(%946) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x32xi32>
    %948 = "stablehlo.compare"(%945, %947) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x32xi32>, tensor<1x32xi32>) -> tensor<1x32xi1>
    %949 = "stablehlo.and"(%922#40, %948) : (tensor<1x32xi1>, tensor<1x32xi1>) -> tensor<1x32xi1>
    "func.return"(%922#25, %922#26, %922#27, %922#28, %932, %922#30, %922#31, %922#32, %922#33, %922#34, %922#35, %922#36, %922#37, %922#38, %922#39, %949) : (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>, tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) -> (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], sym_name = "_sample_step", sym_visibility = "private"}> ({
  ^bb0(%arg156: tensor<i32>, %arg157: tensor<1xi1>, %arg158: tensor<1xi32>, %arg159: tensor<1xi32>, %arg160: tensor<1x12xi32>, %arg161: tensor<1xi32>, %arg162: tensor<1x32x2x16xf32>, %arg163: tensor<1x32xi32>, %arg164: tensor<1x32x2x16xf32>, %arg165: tensor<1xi32>, %arg166: tensor<1x32x2x16xf32>, %arg167: tensor<1x32xi32>, %arg168: tensor<1x32x2x16xf32>, %arg169: tensor<2xui32>, %arg170: tensor<i32>, %arg171: tensor<1x32xi1>, %arg172: tensor<101x64xf32>, %arg173: tensor<64xf32>, %arg174: tensor<16xf32>, %arg175: tensor<16xf32>, %arg176: tensor<4x16x64xf32>, %arg177: tensor<2x2x64x16xf32>, %arg178: tensor<4x64x16xf32>, %arg179: tensor<2x64x128xf32>, %arg180: tensor<128x64xf32>, %arg181: tensor<64xf32>, %arg182: tensor<64xf32>, %arg183: tensor<64xf32>, %arg184: tensor<64xf32>, %arg185: tensor<16xf32>, %arg186: tensor<16xf32>, %arg187: tensor<4x16x64xf32>, %arg188: tensor<2x2x64x16xf32>, %arg189: tensor<4x64x16xf32>, %arg190: tensor<2x64x128xf32>, %arg191: tensor<128x64xf32>, %arg192: tensor<64xf32>, %arg193: tensor<64xf32>, %arg194: tensor<64xf32>, %arg195: tensor<64xf32>):
    %860 = "stablehlo.constant"() <{value = dense<[1, 106]> : tensor<2xi32>}> : () -> tensor<2xi32>
    %861 = "stablehlo.broadcast_in_dim"(%arg158) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %862 = "stablehlo.broadcast_in_dim"(%arg159) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %863 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<32xi32>
    %864 = "stablehlo.add"(%arg170, %arg156) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %865 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %866 = "stablehlo.add"(%864, %865) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %867 = "stablehlo.convert"(%866) : (tensor<i32>) -> tensor<i32>
    %868 = "stablehlo.broadcast_in_dim"(%867) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<32xi32>
    %869 = "stablehlo.compare"(%863, %868) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<32xi32>, tensor<32xi32>) -> tensor<32xi1>
    %870 = "stablehlo.broadcast_in_dim"(%869) <{broadcast_dimensions = array<i64: 1>}> : (tensor<32xi1>) -> tensor<1x32xi1>
    %871 = "stablehlo.and"(%arg171, %870) : (tensor<1x32xi1>, tensor<1x32xi1>) -> tensor<1x32xi1>
    %872 = "stablehlo.broadcast_in_dim"(%871) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x32xi1>) -> tensor<1x1x32xi1>
    %873:9 = "func.call"(%arg172, %arg173, %arg174, %arg175, %arg176, %arg177, %arg178, %arg179, %arg180, %arg181, %arg182, %arg183, %arg184, %arg185, %arg186, %arg187, %arg188, %arg189, %arg190, %arg191, %arg192, %arg193, %arg194, %arg195, %872, %arg161, %arg162, %arg163, %arg164, %arg165, %arg166, %arg167, %arg168, %862, %861) <{callee = @__call___4}> : (tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<1x1x32xi1>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1x1xi32>, tensor<1x1xi32>) -> (tensor<1x1x101xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>)
    %874 = "stablehlo.reshape"(%873#0) : (tensor<1x1x101xf32>) -> tensor<1x101xf32>
    %875 = "func.call"(%arg169) <{callee = @_threefry_split}> : (tensor<2xui32>) -> tensor<2x2xui32>
    %876 = "stablehlo.slice"(%875) <{limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %877 = "stablehlo.reshape"(%876) : (tensor<1x2xui32>) -> tensor<2xui32>
    %878 = "stablehlo.slice"(%875) <{limit_indices = array<i64: 2, 2>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %879 = "stablehlo.reshape"(%878) : (tensor<1x2xui32>) -> tensor<2xui32>
    %880:2 = "chlo.top_k"(%874) <{k = 8 : i64}> : (tensor<1x101xf32>) -> (tensor<1x8xf32>, tensor<1x8xi32>)
    %881 = "stablehlo.constant"() <{value = dense<8.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %882 = "stablehlo.broadcast_in_dim"(%881) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x8xf32>
    %883 = "stablehlo.divide"(%880#0, %882) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
    %884 = "func.call"(%879) <{callee = @_gumbel}> : (tensor<2xui32>) -> tensor<1x8xf32>
    %885 = "stablehlo.add"(%884, %883) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
    %886 = "func.call"(%885) <{callee = @argmax}> : (tensor<1x8xf32>) -> tensor<1xi32>
    %887 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<1xi32>
    %888 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %889 = "stablehlo.broadcast_in_dim"(%888) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %890 = "stablehlo.compare"(%887, %889) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %891 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %892 = "stablehlo.broadcast_in_dim"(%891) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %893 = "stablehlo.add"(%887, %892) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %894 = "stablehlo.select"(%890, %893, %887) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %895 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %896 = "stablehlo.broadcast_in_dim"(%895) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %897 = "stablehlo.compare"(%886, %896) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %898 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %899 = "stablehlo.broadcast_in_dim"(%898) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %900 = "stablehlo.add"(%886, %899) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %901 = "stablehlo.select"(%897, %900, %886) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %902 = "stablehlo.broadcast_in_dim"(%894) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %903 = "stablehlo.broadcast_in_dim"(%901) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %904 = "stablehlo.concatenate"(%902, %903) <{dimension = 1 : i64}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
    %905 = "stablehlo.gather"(%880#1, %904) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0, 1], start_index_map = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1>}> : (tensor<1x8xi32>, tensor<1x2xi32>) -> tensor<1xi32>
    %906 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %907 = "stablehlo.compare"(%arg156, %906) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %908 = "stablehlo.constant"() <{value = dense<12> : tensor<i32>}> : () -> tensor<i32>
    %909 = "stablehlo.add"(%arg156, %908) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %910 = "stablehlo.select"(%907, %909, %arg156) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %911 = "stablehlo.convert"(%910) : (tensor<i32>) -> tensor<i32>
    %912 = "stablehlo.broadcast_in_dim"(%911) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %913 = "stablehlo.scatter"(%arg160, %912, %905) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg196: tensor<i32>, %arg197: tensor<i32>):
      "stablehlo.return"(%arg197) : (tensor<i32>) -> ()
    }) : (tensor<1x12xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<1x12xi32>
    %914 = "func.call"(%905, %860) <{callee = @_in1d}> : (tensor<1xi32>, tensor<2xi32>) -> tensor<1xi1>
    %915 = "stablehlo.or"(%arg157, %914) : (tensor<1xi1>, tensor<1xi1>) -> tensor<1xi1>
    %916 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %917 = "stablehlo.add"(%arg156, %916) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %918 = "stablehlo.not"(%arg157) : (tensor<1xi1>) -> tensor<1xi1>
    %919 = "stablehlo.convert"(%918) : (tensor<1xi1>) -> tensor<1xi32>
    %920 = "stablehlo.add"(%arg159, %919) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    "func.return"(%917, %915, %905, %920, %913, %873#1, %873#2, %873#3, %873#4, %873#5, %873#6, %873#7, %873#8, %877, %arg170, %arg171) : (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<1x1x32xi1>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1x1xi32>, tensor<1x1xi32>) -> (tensor<1x1x101xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}], sym_name = "__call___4", sym_visibility = "private"}> ({
  ^bb0(%arg87: tensor<101x64xf32>, %arg88: tensor<64xf32>, %arg89: tensor<16xf32>, %arg90: tensor<16xf32>, %arg91: tensor<4x16x64xf32>, %arg92: tensor<2x2x64x16xf32>, %arg93: tensor<4x64x16xf32>, %arg94: tensor<2x64x128xf32>, %arg95: tensor<128x64xf32>, %arg96: tensor<64xf32>, %arg97: tensor<64xf32>, %arg98: tensor<64xf32>, %arg99: tensor<64xf32>, %arg100: tensor<16xf32>, %arg101: tensor<16xf32>, %arg102: tensor<4x16x64xf32>, %arg103: tensor<2x2x64x16xf32>, %arg104: tensor<4x64x16xf32>, %arg105: tensor<2x64x128xf32>, %arg106: tensor<128x64xf32>, %arg107: tensor<64xf32>, %arg108: tensor<64xf32>, %arg109: tensor<64xf32>, %arg110: tensor<64xf32>, %arg111: tensor<1x1x32xi1>, %arg112: tensor<1xi32>, %arg113: tensor<1x32x2x16xf32>, %arg114: tensor<1x32xi32>, %arg115: tensor<1x32x2x16xf32>, %arg116: tensor<1xi32>, %arg117: tensor<1x32x2x16xf32>, %arg118: tensor<1x32xi32>, %arg119: tensor<1x32x2x16xf32>, %arg120: tensor<1x1xi32>, %arg121: tensor<1x1xi32>):
    %251 = "func.call"(%arg121) <{callee = @tokens_with_mm_5}> : (tensor<1x1xi32>) -> tensor<1x1xi32>
    %252 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %253 = "stablehlo.broadcast_in_dim"(%252) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %254 = "stablehlo.compare"(%251, %253) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %255 = "stablehlo.constant"() <{value = dense<101> : tensor<i32>}> : () -> tensor<i32>
    %256 = "stablehlo.broadcast_in_dim"(%255) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %257 = "stablehlo.add"(%251, %256) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %258 = "stablehlo.select"(%254, %257, %251) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %259 = "stablehlo.broadcast_in_dim"(%258) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %260 = "stablehlo.gather"(%arg87, %259) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<101x64xf32>, tensor<1x1x1xi32>) -> tensor<1x1x64xf32>
    %261 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %262 = "stablehlo.sqrt"(%261) : (tensor<f32>) -> tensor<f32>
    %263 = "stablehlo.convert"(%262) : (tensor<f32>) -> tensor<f32>
    %264 = "stablehlo.broadcast_in_dim"(%263) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %265 = "stablehlo.multiply"(%260, %264) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %266 = "func.call"(%arg121) <{callee = @inputs_mask_6}> : (tensor<1x1xi32>) -> tensor<1x1xi1>
    %267 = "chlo.square"(%265) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %268 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %269 = "stablehlo.reduce"(%267, %268) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg154: tensor<f32>, %arg155: tensor<f32>):
      %859 = "stablehlo.add"(%arg154, %arg155) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%859) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %270 = "stablehlo.broadcast_in_dim"(%269) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %271 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %272 = "stablehlo.broadcast_in_dim"(%271) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %273 = "stablehlo.divide"(%270, %272) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %274 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %275 = "stablehlo.broadcast_in_dim"(%274) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %276 = "stablehlo.add"(%273, %275) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %277 = "stablehlo.rsqrt"(%276) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %278 = "stablehlo.broadcast_in_dim"(%277) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %279 = "stablehlo.multiply"(%265, %278) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %280 = "stablehlo.broadcast_in_dim"(%arg98) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %281 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %282 = "stablehlo.broadcast_in_dim"(%281) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %283 = "stablehlo.add"(%282, %280) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %284 = "stablehlo.multiply"(%279, %283) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %285 = "stablehlo.dot_general"(%284, %arg93) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<4x64x16xf32>) -> tensor<1x1x4x16xf32>
    %286 = "stablehlo.dot_general"(%arg92, %284) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x2x64x16xf32>, tensor<1x1x64xf32>) -> tensor<2x2x16x1x1xf32>
    %287 = "stablehlo.transpose"(%286) <{permutation = array<i64: 0, 3, 4, 1, 2>}> : (tensor<2x2x16x1x1xf32>) -> tensor<2x1x1x2x16xf32>
    %288 = "stablehlo.slice"(%287) <{limit_indices = array<i64: 1, 1, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x1x2x16xf32>) -> tensor<1x1x1x2x16xf32>
    %289 = "stablehlo.reshape"(%288) : (tensor<1x1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %290 = "stablehlo.slice"(%287) <{limit_indices = array<i64: 2, 1, 1, 2, 16>, start_indices = array<i64: 1, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x1x2x16xf32>) -> tensor<1x1x1x2x16xf32>
    %291 = "stablehlo.reshape"(%290) : (tensor<1x1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %292 = "chlo.square"(%285) : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %293 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %294 = "stablehlo.reduce"(%292, %293) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg152: tensor<f32>, %arg153: tensor<f32>):
      %858 = "stablehlo.add"(%arg152, %arg153) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%858) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x16xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %295 = "stablehlo.broadcast_in_dim"(%294) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %296 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %297 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x1xf32>
    %298 = "stablehlo.divide"(%295, %297) : (tensor<1x1x4x1xf32>, tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xf32>
    %299 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %300 = "stablehlo.broadcast_in_dim"(%299) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x1xf32>
    %301 = "stablehlo.add"(%298, %300) : (tensor<1x1x4x1xf32>, tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xf32>
    %302 = "stablehlo.rsqrt"(%301) : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xf32>
    %303 = "stablehlo.broadcast_in_dim"(%302) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x16xf32>
    %304 = "stablehlo.multiply"(%285, %303) : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %305 = "stablehlo.broadcast_in_dim"(%arg90) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %306 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %307 = "stablehlo.broadcast_in_dim"(%306) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
    %308 = "stablehlo.add"(%307, %305) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %309 = "stablehlo.broadcast_in_dim"(%308) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x1x4x16xf32>
    %310 = "stablehlo.multiply"(%304, %309) : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %311 = "chlo.square"(%289) : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %312 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %313 = "stablehlo.reduce"(%311, %312) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg150: tensor<f32>, %arg151: tensor<f32>):
      %857 = "stablehlo.add"(%arg150, %arg151) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%857) : (tensor<f32>) -> ()
    }) : (tensor<1x1x2x16xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %314 = "stablehlo.broadcast_in_dim"(%313) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x2xf32>) -> tensor<1x1x2x1xf32>
    %315 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %316 = "stablehlo.broadcast_in_dim"(%315) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x2x1xf32>
    %317 = "stablehlo.divide"(%314, %316) : (tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
    %318 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %319 = "stablehlo.broadcast_in_dim"(%318) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x2x1xf32>
    %320 = "stablehlo.add"(%317, %319) : (tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
    %321 = "stablehlo.rsqrt"(%320) : (tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
    %322 = "stablehlo.broadcast_in_dim"(%321) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x2x1xf32>) -> tensor<1x1x2x16xf32>
    %323 = "stablehlo.multiply"(%289, %322) : (tensor<1x1x2x16xf32>, tensor<1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %324 = "stablehlo.broadcast_in_dim"(%arg89) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %325 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %326 = "stablehlo.broadcast_in_dim"(%325) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
    %327 = "stablehlo.add"(%326, %324) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %328 = "stablehlo.broadcast_in_dim"(%327) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x1x2x16xf32>
    %329 = "stablehlo.multiply"(%323, %328) : (tensor<1x1x2x16xf32>, tensor<1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %330 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %331 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %332 = "stablehlo.broadcast_in_dim"(%331) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %333 = "stablehlo.multiply"(%332, %330) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %334 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %335 = "stablehlo.broadcast_in_dim"(%334) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %336 = "stablehlo.power"(%335, %333) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %337 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %338 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %339 = "func.call"(%336, %337, %338) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %340 = "stablehlo.broadcast_in_dim"(%arg120) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %341 = "stablehlo.broadcast_in_dim"(%339) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %342 = "stablehlo.convert"(%340) : (tensor<1x1x1xi32>) -> tensor<1x1x1xf32>
    %343 = "stablehlo.broadcast_in_dim"(%342) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %344 = "stablehlo.divide"(%343, %341) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %345 = "stablehlo.broadcast_in_dim"(%344) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %346 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %347 = "stablehlo.broadcast_in_dim"(%346) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x8xf32>
    %348 = "stablehlo.divide"(%345, %347) : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %349 = "stablehlo.sine"(%348) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %350 = "stablehlo.cosine"(%348) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %351 = "stablehlo.slice"(%310) <{limit_indices = array<i64: 1, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x8xf32>
    %352 = "stablehlo.slice"(%310) <{limit_indices = array<i64: 1, 1, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x8xf32>
    %353 = "stablehlo.broadcast_in_dim"(%350) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %354 = "stablehlo.multiply"(%351, %353) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %355 = "stablehlo.broadcast_in_dim"(%349) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %356 = "stablehlo.multiply"(%352, %355) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %357 = "stablehlo.subtract"(%354, %356) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %358 = "stablehlo.broadcast_in_dim"(%350) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %359 = "stablehlo.multiply"(%352, %358) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %360 = "stablehlo.broadcast_in_dim"(%349) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %361 = "stablehlo.multiply"(%351, %360) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %362 = "stablehlo.add"(%359, %361) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %363 = "stablehlo.concatenate"(%357, %362) <{dimension = 3 : i64}> : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x16xf32>
    %364 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %365 = "stablehlo.broadcast_in_dim"(%364) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %366 = "stablehlo.multiply"(%363, %365) : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %367 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %368 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %369 = "stablehlo.broadcast_in_dim"(%368) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %370 = "stablehlo.multiply"(%369, %367) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %371 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %372 = "stablehlo.broadcast_in_dim"(%371) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %373 = "stablehlo.power"(%372, %370) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %374 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %375 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %376 = "func.call"(%373, %374, %375) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %377 = "stablehlo.broadcast_in_dim"(%arg120) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %378 = "stablehlo.broadcast_in_dim"(%376) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %379 = "stablehlo.convert"(%377) : (tensor<1x1x1xi32>) -> tensor<1x1x1xf32>
    %380 = "stablehlo.broadcast_in_dim"(%379) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %381 = "stablehlo.divide"(%380, %378) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %382 = "stablehlo.broadcast_in_dim"(%381) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %383 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %384 = "stablehlo.broadcast_in_dim"(%383) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x8xf32>
    %385 = "stablehlo.divide"(%382, %384) : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %386 = "stablehlo.sine"(%385) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %387 = "stablehlo.cosine"(%385) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %388 = "stablehlo.slice"(%329) <{limit_indices = array<i64: 1, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x8xf32>
    %389 = "stablehlo.slice"(%329) <{limit_indices = array<i64: 1, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x8xf32>
    %390 = "stablehlo.broadcast_in_dim"(%387) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %391 = "stablehlo.multiply"(%388, %390) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %392 = "stablehlo.broadcast_in_dim"(%386) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %393 = "stablehlo.multiply"(%389, %392) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %394 = "stablehlo.subtract"(%391, %393) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %395 = "stablehlo.broadcast_in_dim"(%387) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %396 = "stablehlo.multiply"(%389, %395) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %397 = "stablehlo.broadcast_in_dim"(%386) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %398 = "stablehlo.multiply"(%388, %397) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %399 = "stablehlo.add"(%396, %398) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %400 = "stablehlo.concatenate"(%394, %399) <{dimension = 3 : i64}> : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x16xf32>
    %401 = "stablehlo.reshape"(%arg112) : (tensor<1xi32>) -> tensor<i32>
    %402 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %403 = "func.call"(%401, %402) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %404 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %405 = "stablehlo.compare"(%403, %404) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %406 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %407 = "stablehlo.add"(%403, %406) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %408 = "stablehlo.select"(%405, %407, %403) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %409 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %410 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %411 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %412 = "stablehlo.dynamic_update_slice"(%arg115, %291, %409, %408, %410, %411) : (tensor<1x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %413 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %414 = "stablehlo.compare"(%403, %413) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %415 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %416 = "stablehlo.add"(%403, %415) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %417 = "stablehlo.select"(%414, %416, %403) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %418 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %419 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %420 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %421 = "stablehlo.dynamic_update_slice"(%arg113, %400, %418, %417, %419, %420) : (tensor<1x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %422 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %423 = "stablehlo.compare"(%403, %422) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %424 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %425 = "stablehlo.add"(%403, %424) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %426 = "stablehlo.select"(%423, %425, %403) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %427 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %428 = "stablehlo.dynamic_update_slice"(%arg114, %arg120, %427, %426) : (tensor<1x32xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x32xi32>
    %429 = "stablehlo.reshape"(%366) : (tensor<1x1x4x16xf32>) -> tensor<1x1x2x2x16xf32>
    %430 = "stablehlo.dot_general"(%421, %429) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x32x2x16xf32>, tensor<1x1x2x2x16xf32>) -> tensor<1x2x32x1x2xf32>
    %431 = "stablehlo.transpose"(%430) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x32x1x2xf32>) -> tensor<1x1x2x2x32xf32>
    %432 = "stablehlo.reshape"(%431) : (tensor<1x1x2x2x32xf32>) -> tensor<1x1x4x32xf32>
    %433 = "stablehlo.broadcast_in_dim"(%428) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x32xi32>) -> tensor<1x1x32xi32>
    %434 = "stablehlo.broadcast_in_dim"(%arg120) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %435 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %436 = "stablehlo.broadcast_in_dim"(%435) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1xi32>
    %437 = "stablehlo.subtract"(%434, %436) : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi32>
    %438 = "stablehlo.broadcast_in_dim"(%437) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<1x1x32xi32>
    %439 = "stablehlo.compare"(%433, %438) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x32xi32>, tensor<1x1x32xi32>) -> tensor<1x1x32xi1>
    %440 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %441 = "stablehlo.broadcast_in_dim"(%440) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1xi32>
    %442 = "stablehlo.add"(%434, %441) : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi32>
    %443 = "stablehlo.broadcast_in_dim"(%442) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<1x1x32xi32>
    %444 = "stablehlo.compare"(%433, %443) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x1x32xi32>, tensor<1x1x32xi32>) -> tensor<1x1x32xi1>
    %445 = "stablehlo.and"(%439, %444) : (tensor<1x1x32xi1>, tensor<1x1x32xi1>) -> tensor<1x1x32xi1>
    %446 = "stablehlo.and"(%arg111, %445) : (tensor<1x1x32xi1>, tensor<1x1x32xi1>) -> tensor<1x1x32xi1>
    %447 = "stablehlo.broadcast_in_dim"(%446) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x32xi1>) -> tensor<1x1x1x32xi1>
    %448 = "stablehlo.constant"() <{value = dense<-2.38197633E+38> : tensor<f32>}> : () -> tensor<f32>
    %449 = "func.call"(%447, %432, %448) <{callee = @_where_7}> : (tensor<1x1x1x32xi1>, tensor<1x1x4x32xf32>, tensor<f32>) -> tensor<1x1x4x32xf32>
    %450 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %451 = "stablehlo.reduce"(%449, %450) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg148: tensor<f32>, %arg149: tensor<f32>):
      %856 = "stablehlo.maximum"(%arg148, %arg149) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%856) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x32xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %452 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %453 = "stablehlo.broadcast_in_dim"(%452) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4xf32>
    %454 = "stablehlo.maximum"(%453, %451) : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x4xf32>
    %455 = "stablehlo.broadcast_in_dim"(%454) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %456 = "stablehlo.broadcast_in_dim"(%455) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x32xf32>
    %457 = "stablehlo.subtract"(%449, %456) : (tensor<1x1x4x32xf32>, tensor<1x1x4x32xf32>) -> tensor<1x1x4x32xf32>
    %458 = "stablehlo.exponential"(%457) : (tensor<1x1x4x32xf32>) -> tensor<1x1x4x32xf32>
    %459 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %460 = "stablehlo.reduce"(%458, %459) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg146: tensor<f32>, %arg147: tensor<f32>):
      %855 = "stablehlo.add"(%arg146, %arg147) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%855) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x32xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %461 = "stablehlo.broadcast_in_dim"(%460) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %462 = "stablehlo.broadcast_in_dim"(%461) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x32xf32>
    %463 = "stablehlo.divide"(%458, %462) : (tensor<1x1x4x32xf32>, tensor<1x1x4x32xf32>) -> tensor<1x1x4x32xf32>
    %464 = "stablehlo.reshape"(%463) : (tensor<1x1x4x32xf32>) -> tensor<1x1x2x2x32xf32>
    %465 = "stablehlo.dot_general"(%412, %464) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x32x2x16xf32>, tensor<1x1x2x2x32xf32>) -> tensor<1x2x16x1x2xf32>
    %466 = "stablehlo.transpose"(%465) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x16x1x2xf32>) -> tensor<1x1x2x2x16xf32>
    %467 = "stablehlo.reshape"(%466) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x4x16xf32>
    %468 = "stablehlo.dot_general"(%467, %arg91) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3, 2], rhs_contracting_dimensions = [1, 0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x4x16xf32>, tensor<4x16x64xf32>) -> tensor<1x1x64xf32>
    %469 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %470 = "stablehlo.broadcast_in_dim"(%469) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %471 = "stablehlo.add"(%arg112, %470) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %472 = "chlo.square"(%468) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %473 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %474 = "stablehlo.reduce"(%472, %473) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg144: tensor<f32>, %arg145: tensor<f32>):
      %854 = "stablehlo.add"(%arg144, %arg145) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%854) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %475 = "stablehlo.broadcast_in_dim"(%474) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %476 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %477 = "stablehlo.broadcast_in_dim"(%476) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %478 = "stablehlo.divide"(%475, %477) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %479 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %480 = "stablehlo.broadcast_in_dim"(%479) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %481 = "stablehlo.add"(%478, %480) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %482 = "stablehlo.rsqrt"(%481) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %483 = "stablehlo.broadcast_in_dim"(%482) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %484 = "stablehlo.multiply"(%468, %483) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %485 = "stablehlo.broadcast_in_dim"(%arg96) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %486 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %487 = "stablehlo.broadcast_in_dim"(%486) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %488 = "stablehlo.add"(%487, %485) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %489 = "stablehlo.multiply"(%484, %488) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %490 = "stablehlo.add"(%489, %265) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %491 = "chlo.square"(%490) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %492 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %493 = "stablehlo.reduce"(%491, %492) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg142: tensor<f32>, %arg143: tensor<f32>):
      %853 = "stablehlo.add"(%arg142, %arg143) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%853) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %494 = "stablehlo.broadcast_in_dim"(%493) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %495 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %496 = "stablehlo.broadcast_in_dim"(%495) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %497 = "stablehlo.divide"(%494, %496) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %498 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %499 = "stablehlo.broadcast_in_dim"(%498) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %500 = "stablehlo.add"(%497, %499) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %501 = "stablehlo.rsqrt"(%500) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %502 = "stablehlo.broadcast_in_dim"(%501) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %503 = "stablehlo.multiply"(%490, %502) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %504 = "stablehlo.broadcast_in_dim"(%arg99) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %505 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %506 = "stablehlo.broadcast_in_dim"(%505) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %507 = "stablehlo.add"(%506, %504) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %508 = "stablehlo.multiply"(%503, %507) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %509 = "stablehlo.dot_general"(%508, %arg94) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<2x64x128xf32>) -> tensor<1x1x2x128xf32>
    %510 = "stablehlo.slice"(%509) <{limit_indices = array<i64: 1, 1, 1, 128>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x128xf32>) -> tensor<1x1x1x128xf32>
    %511 = "stablehlo.reshape"(%510) : (tensor<1x1x1x128xf32>) -> tensor<1x1x128xf32>
    %512 = "stablehlo.multiply"(%511, %511) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %513 = "stablehlo.multiply"(%512, %511) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %514 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %515 = "stablehlo.broadcast_in_dim"(%514) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x128xf32>
    %516 = "stablehlo.multiply"(%515, %513) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %517 = "stablehlo.add"(%511, %516) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %518 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %519 = "stablehlo.broadcast_in_dim"(%518) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x128xf32>
    %520 = "stablehlo.multiply"(%519, %517) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %521 = "stablehlo.tanh"(%520) : (tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %522 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %523 = "stablehlo.broadcast_in_dim"(%522) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x128xf32>
    %524 = "stablehlo.add"(%523, %521) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %525 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %526 = "stablehlo.broadcast_in_dim"(%525) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x128xf32>
    %527 = "stablehlo.multiply"(%526, %524) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %528 = "stablehlo.multiply"(%511, %527) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %529 = "stablehlo.slice"(%509) <{limit_indices = array<i64: 1, 1, 2, 128>, start_indices = array<i64: 0, 0, 1, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x128xf32>) -> tensor<1x1x1x128xf32>
    %530 = "stablehlo.reshape"(%529) : (tensor<1x1x1x128xf32>) -> tensor<1x1x128xf32>
    %531 = "stablehlo.multiply"(%528, %530) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %532 = "stablehlo.dot_general"(%531, %arg95) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x128xf32>, tensor<128x64xf32>) -> tensor<1x1x64xf32>
    %533 = "chlo.square"(%532) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %534 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %535 = "stablehlo.reduce"(%533, %534) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg140: tensor<f32>, %arg141: tensor<f32>):
      %852 = "stablehlo.add"(%arg140, %arg141) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%852) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %536 = "stablehlo.broadcast_in_dim"(%535) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %537 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %538 = "stablehlo.broadcast_in_dim"(%537) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %539 = "stablehlo.divide"(%536, %538) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %540 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %541 = "stablehlo.broadcast_in_dim"(%540) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %542 = "stablehlo.add"(%539, %541) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %543 = "stablehlo.rsqrt"(%542) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %544 = "stablehlo.broadcast_in_dim"(%543) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %545 = "stablehlo.multiply"(%532, %544) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %546 = "stablehlo.broadcast_in_dim"(%arg97) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %547 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %548 = "stablehlo.broadcast_in_dim"(%547) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %549 = "stablehlo.add"(%548, %546) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %550 = "stablehlo.multiply"(%545, %549) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %551 = "stablehlo.add"(%550, %490) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %552 = "chlo.square"(%551) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %553 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %554 = "stablehlo.reduce"(%552, %553) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg138: tensor<f32>, %arg139: tensor<f32>):
      %851 = "stablehlo.add"(%arg138, %arg139) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%851) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %555 = "stablehlo.broadcast_in_dim"(%554) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %556 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %557 = "stablehlo.broadcast_in_dim"(%556) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %558 = "stablehlo.divide"(%555, %557) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %559 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %560 = "stablehlo.broadcast_in_dim"(%559) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %561 = "stablehlo.add"(%558, %560) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %562 = "stablehlo.rsqrt"(%561) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %563 = "stablehlo.broadcast_in_dim"(%562) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %564 = "stablehlo.multiply"(%551, %563) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %565 = "stablehlo.broadcast_in_dim"(%arg109) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %566 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %567 = "stablehlo.broadcast_in_dim"(%566) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %568 = "stablehlo.add"(%567, %565) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %569 = "stablehlo.multiply"(%564, %568) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %570 = "stablehlo.dot_general"(%569, %arg104) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<4x64x16xf32>) -> tensor<1x1x4x16xf32>
    %571 = "stablehlo.dot_general"(%arg103, %569) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x2x64x16xf32>, tensor<1x1x64xf32>) -> tensor<2x2x16x1x1xf32>
    %572 = "stablehlo.transpose"(%571) <{permutation = array<i64: 0, 3, 4, 1, 2>}> : (tensor<2x2x16x1x1xf32>) -> tensor<2x1x1x2x16xf32>
    %573 = "stablehlo.slice"(%572) <{limit_indices = array<i64: 1, 1, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x1x2x16xf32>) -> tensor<1x1x1x2x16xf32>
    %574 = "stablehlo.reshape"(%573) : (tensor<1x1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %575 = "stablehlo.slice"(%572) <{limit_indices = array<i64: 2, 1, 1, 2, 16>, start_indices = array<i64: 1, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x1x2x16xf32>) -> tensor<1x1x1x2x16xf32>
    %576 = "stablehlo.reshape"(%575) : (tensor<1x1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %577 = "chlo.square"(%570) : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %578 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %579 = "stablehlo.reduce"(%577, %578) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg136: tensor<f32>, %arg137: tensor<f32>):
      %850 = "stablehlo.add"(%arg136, %arg137) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%850) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x16xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %580 = "stablehlo.broadcast_in_dim"(%579) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %581 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %582 = "stablehlo.broadcast_in_dim"(%581) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x1xf32>
    %583 = "stablehlo.divide"(%580, %582) : (tensor<1x1x4x1xf32>, tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xf32>
    %584 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %585 = "stablehlo.broadcast_in_dim"(%584) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x1xf32>
    %586 = "stablehlo.add"(%583, %585) : (tensor<1x1x4x1xf32>, tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xf32>
    %587 = "stablehlo.rsqrt"(%586) : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xf32>
    %588 = "stablehlo.broadcast_in_dim"(%587) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x16xf32>
    %589 = "stablehlo.multiply"(%570, %588) : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %590 = "stablehlo.broadcast_in_dim"(%arg101) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %591 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %592 = "stablehlo.broadcast_in_dim"(%591) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
    %593 = "stablehlo.add"(%592, %590) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %594 = "stablehlo.broadcast_in_dim"(%593) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x1x4x16xf32>
    %595 = "stablehlo.multiply"(%589, %594) : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %596 = "chlo.square"(%574) : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %597 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %598 = "stablehlo.reduce"(%596, %597) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg134: tensor<f32>, %arg135: tensor<f32>):
      %849 = "stablehlo.add"(%arg134, %arg135) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%849) : (tensor<f32>) -> ()
    }) : (tensor<1x1x2x16xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %599 = "stablehlo.broadcast_in_dim"(%598) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x2xf32>) -> tensor<1x1x2x1xf32>
    %600 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %601 = "stablehlo.broadcast_in_dim"(%600) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x2x1xf32>
    %602 = "stablehlo.divide"(%599, %601) : (tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
    %603 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %604 = "stablehlo.broadcast_in_dim"(%603) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x2x1xf32>
    %605 = "stablehlo.add"(%602, %604) : (tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
    %606 = "stablehlo.rsqrt"(%605) : (tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
    %607 = "stablehlo.broadcast_in_dim"(%606) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x2x1xf32>) -> tensor<1x1x2x16xf32>
    %608 = "stablehlo.multiply"(%574, %607) : (tensor<1x1x2x16xf32>, tensor<1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %609 = "stablehlo.broadcast_in_dim"(%arg100) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %610 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %611 = "stablehlo.broadcast_in_dim"(%610) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
    %612 = "stablehlo.add"(%611, %609) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %613 = "stablehlo.broadcast_in_dim"(%612) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x1x2x16xf32>
    %614 = "stablehlo.multiply"(%608, %613) : (tensor<1x1x2x16xf32>, tensor<1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %615 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %616 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %617 = "stablehlo.broadcast_in_dim"(%616) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %618 = "stablehlo.multiply"(%617, %615) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %619 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %620 = "stablehlo.broadcast_in_dim"(%619) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %621 = "stablehlo.power"(%620, %618) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %622 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %623 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %624 = "func.call"(%621, %622, %623) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %625 = "stablehlo.broadcast_in_dim"(%arg120) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %626 = "stablehlo.broadcast_in_dim"(%624) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %627 = "stablehlo.convert"(%625) : (tensor<1x1x1xi32>) -> tensor<1x1x1xf32>
    %628 = "stablehlo.broadcast_in_dim"(%627) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %629 = "stablehlo.divide"(%628, %626) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %630 = "stablehlo.broadcast_in_dim"(%629) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %631 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %632 = "stablehlo.broadcast_in_dim"(%631) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x8xf32>
    %633 = "stablehlo.divide"(%630, %632) : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %634 = "stablehlo.sine"(%633) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %635 = "stablehlo.cosine"(%633) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %636 = "stablehlo.slice"(%595) <{limit_indices = array<i64: 1, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x8xf32>
    %637 = "stablehlo.slice"(%595) <{limit_indices = array<i64: 1, 1, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x8xf32>
    %638 = "stablehlo.broadcast_in_dim"(%635) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %639 = "stablehlo.multiply"(%636, %638) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %640 = "stablehlo.broadcast_in_dim"(%634) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %641 = "stablehlo.multiply"(%637, %640) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %642 = "stablehlo.subtract"(%639, %641) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %643 = "stablehlo.broadcast_in_dim"(%635) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %644 = "stablehlo.multiply"(%637, %643) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %645 = "stablehlo.broadcast_in_dim"(%634) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %646 = "stablehlo.multiply"(%636, %645) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %647 = "stablehlo.add"(%644, %646) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %648 = "stablehlo.concatenate"(%642, %647) <{dimension = 3 : i64}> : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x16xf32>
    %649 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %650 = "stablehlo.broadcast_in_dim"(%649) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %651 = "stablehlo.multiply"(%648, %650) : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %652 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %653 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %654 = "stablehlo.broadcast_in_dim"(%653) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %655 = "stablehlo.multiply"(%654, %652) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %656 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %657 = "stablehlo.broadcast_in_dim"(%656) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %658 = "stablehlo.power"(%657, %655) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %659 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %660 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %661 = "func.call"(%658, %659, %660) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %662 = "stablehlo.broadcast_in_dim"(%arg120) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %663 = "stablehlo.broadcast_in_dim"(%661) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %664 = "stablehlo.convert"(%662) : (tensor<1x1x1xi32>) -> tensor<1x1x1xf32>
    %665 = "stablehlo.broadcast_in_dim"(%664) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %666 = "stablehlo.divide"(%665, %663) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %667 = "stablehlo.broadcast_in_dim"(%666) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %668 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %669 = "stablehlo.broadcast_in_dim"(%668) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x8xf32>
    %670 = "stablehlo.divide"(%667, %669) : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %671 = "stablehlo.sine"(%670) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %672 = "stablehlo.cosine"(%670) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %673 = "stablehlo.slice"(%614) <{limit_indices = array<i64: 1, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x8xf32>
    %674 = "stablehlo.slice"(%614) <{limit_indices = array<i64: 1, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x8xf32>
    %675 = "stablehlo.broadcast_in_dim"(%672) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %676 = "stablehlo.multiply"(%673, %675) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %677 = "stablehlo.broadcast_in_dim"(%671) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %678 = "stablehlo.multiply"(%674, %677) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %679 = "stablehlo.subtract"(%676, %678) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %680 = "stablehlo.broadcast_in_dim"(%672) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %681 = "stablehlo.multiply"(%674, %680) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %682 = "stablehlo.broadcast_in_dim"(%671) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %683 = "stablehlo.multiply"(%673, %682) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %684 = "stablehlo.add"(%681, %683) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %685 = "stablehlo.concatenate"(%679, %684) <{dimension = 3 : i64}> : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x16xf32>
    %686 = "stablehlo.reshape"(%arg116) : (tensor<1xi32>) -> tensor<i32>
    %687 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %688 = "func.call"(%686, %687) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %689 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %690 = "stablehlo.compare"(%688, %689) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %691 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %692 = "stablehlo.add"(%688, %691) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %693 = "stablehlo.select"(%690, %692, %688) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %694 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %695 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %696 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %697 = "stablehlo.dynamic_update_slice"(%arg119, %576, %694, %693, %695, %696) : (tensor<1x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %698 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %699 = "stablehlo.compare"(%688, %698) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %700 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %701 = "stablehlo.add"(%688, %700) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %702 = "stablehlo.select"(%699, %701, %688) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %703 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %704 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %705 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %706 = "stablehlo.dynamic_update_slice"(%arg117, %685, %703, %702, %704, %705) : (tensor<1x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %707 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %708 = "stablehlo.compare"(%688, %707) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %709 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %710 = "stablehlo.add"(%688, %709) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %711 = "stablehlo.select"(%708, %710, %688) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %712 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %713 = "stablehlo.dynamic_update_slice"(%arg118, %arg120, %712, %711) : (tensor<1x32xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x32xi32>
    %714 = "stablehlo.reshape"(%651) : (tensor<1x1x4x16xf32>) -> tensor<1x1x2x2x16xf32>
    %715 = "stablehlo.dot_general"(%706, %714) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x32x2x16xf32>, tensor<1x1x2x2x16xf32>) -> tensor<1x2x32x1x2xf32>
    %716 = "stablehlo.transpose"(%715) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x32x1x2xf32>) -> tensor<1x1x2x2x32xf32>
    %717 = "stablehlo.reshape"(%716) : (tensor<1x1x2x2x32xf32>) -> tensor<1x1x4x32xf32>
    %718 = "stablehlo.broadcast_in_dim"(%arg111) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x32xi1>) -> tensor<1x1x1x32xi1>
    %719 = "stablehlo.constant"() <{value = dense<-2.38197633E+38> : tensor<f32>}> : () -> tensor<f32>
    %720 = "func.call"(%718, %717, %719) <{callee = @_where_7}> : (tensor<1x1x1x32xi1>, tensor<1x1x4x32xf32>, tensor<f32>) -> tensor<1x1x4x32xf32>
    %721 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %722 = "stablehlo.reduce"(%720, %721) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg132: tensor<f32>, %arg133: tensor<f32>):
      %848 = "stablehlo.maximum"(%arg132, %arg133) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%848) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x32xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %723 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %724 = "stablehlo.broadcast_in_dim"(%723) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4xf32>
    %725 = "stablehlo.maximum"(%724, %722) : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x4xf32>
    %726 = "stablehlo.broadcast_in_dim"(%725) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %727 = "stablehlo.broadcast_in_dim"(%726) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x32xf32>
    %728 = "stablehlo.subtract"(%720, %727) : (tensor<1x1x4x32xf32>, tensor<1x1x4x32xf32>) -> tensor<1x1x4x32xf32>
    %729 = "stablehlo.exponential"(%728) : (tensor<1x1x4x32xf32>) -> tensor<1x1x4x32xf32>
    %730 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %731 = "stablehlo.reduce"(%729, %730) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg130: tensor<f32>, %arg131: tensor<f32>):
      %847 = "stablehlo.add"(%arg130, %arg131) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%847) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x32xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %732 = "stablehlo.broadcast_in_dim"(%731) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %733 = "stablehlo.broadcast_in_dim"(%732) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x32xf32>
    %734 = "stablehlo.divide"(%729, %733) : (tensor<1x1x4x32xf32>, tensor<1x1x4x32xf32>) -> tensor<1x1x4x32xf32>
    %735 = "stablehlo.reshape"(%734) : (tensor<1x1x4x32xf32>) -> tensor<1x1x2x2x32xf32>
    %736 = "stablehlo.dot_general"(%697, %735) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x32x2x16xf32>, tensor<1x1x2x2x32xf32>) -> tensor<1x2x16x1x2xf32>
    %737 = "stablehlo.transpose"(%736) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x16x1x2xf32>) -> tensor<1x1x2x2x16xf32>
    %738 = "stablehlo.reshape"(%737) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x4x16xf32>
    %739 = "stablehlo.dot_general"(%738, %arg102) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3, 2], rhs_contracting_dimensions = [1, 0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x4x16xf32>, tensor<4x16x64xf32>) -> tensor<1x1x64xf32>
    %740 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %741 = "stablehlo.broadcast_in_dim"(%740) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %742 = "stablehlo.add"(%arg116, %741) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %743 = "chlo.square"(%739) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %744 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %745 = "stablehlo.reduce"(%743, %744) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg128: tensor<f32>, %arg129: tensor<f32>):
      %846 = "stablehlo.add"(%arg128, %arg129) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%846) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %746 = "stablehlo.broadcast_in_dim"(%745) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %747 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %748 = "stablehlo.broadcast_in_dim"(%747) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %749 = "stablehlo.divide"(%746, %748) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %750 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %751 = "stablehlo.broadcast_in_dim"(%750) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %752 = "stablehlo.add"(%749, %751) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %753 = "stablehlo.rsqrt"(%752) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %754 = "stablehlo.broadcast_in_dim"(%753) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %755 = "stablehlo.multiply"(%739, %754) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %756 = "stablehlo.broadcast_in_dim"(%arg107) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %757 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %758 = "stablehlo.broadcast_in_dim"(%757) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %759 = "stablehlo.add"(%758, %756) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %760 = "stablehlo.multiply"(%755, %759) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %761 = "stablehlo.add"(%760, %551) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %762 = "chlo.square"(%761) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %763 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %764 = "stablehlo.reduce"(%762, %763) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg126: tensor<f32>, %arg127: tensor<f32>):
      %845 = "stablehlo.add"(%arg126, %arg127) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%845) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %765 = "stablehlo.broadcast_in_dim"(%764) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %766 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %767 = "stablehlo.broadcast_in_dim"(%766) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %768 = "stablehlo.divide"(%765, %767) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %769 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %770 = "stablehlo.broadcast_in_dim"(%769) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %771 = "stablehlo.add"(%768, %770) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %772 = "stablehlo.rsqrt"(%771) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %773 = "stablehlo.broadcast_in_dim"(%772) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %774 = "stablehlo.multiply"(%761, %773) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %775 = "stablehlo.broadcast_in_dim"(%arg110) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %776 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %777 = "stablehlo.broadcast_in_dim"(%776) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %778 = "stablehlo.add"(%777, %775) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %779 = "stablehlo.multiply"(%774, %778) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %780 = "stablehlo.dot_general"(%779, %arg105) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<2x64x128xf32>) -> tensor<1x1x2x128xf32>
    %781 = "stablehlo.slice"(%780) <{limit_indices = array<i64: 1, 1, 1, 128>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x128xf32>) -> tensor<1x1x1x128xf32>
    %782 = "stablehlo.reshape"(%781) : (tensor<1x1x1x128xf32>) -> tensor<1x1x128xf32>
    %783 = "stablehlo.multiply"(%782, %782) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %784 = "stablehlo.multiply"(%783, %782) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %785 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %786 = "stablehlo.broadcast_in_dim"(%785) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x128xf32>
    %787 = "stablehlo.multiply"(%786, %784) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %788 = "stablehlo.add"(%782, %787) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %789 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %790 = "stablehlo.broadcast_in_dim"(%789) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x128xf32>
    %791 = "stablehlo.multiply"(%790, %788) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %792 = "stablehlo.tanh"(%791) : (tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %793 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %794 = "stablehlo.broadcast_in_dim"(%793) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x128xf32>
    %795 = "stablehlo.add"(%794, %792) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %796 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %797 = "stablehlo.broadcast_in_dim"(%796) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x128xf32>
    %798 = "stablehlo.multiply"(%797, %795) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %799 = "stablehlo.multiply"(%782, %798) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %800 = "stablehlo.slice"(%780) <{limit_indices = array<i64: 1, 1, 2, 128>, start_indices = array<i64: 0, 0, 1, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x128xf32>) -> tensor<1x1x1x128xf32>
    %801 = "stablehlo.reshape"(%800) : (tensor<1x1x1x128xf32>) -> tensor<1x1x128xf32>
    %802 = "stablehlo.multiply"(%799, %801) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %803 = "stablehlo.dot_general"(%802, %arg106) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x128xf32>, tensor<128x64xf32>) -> tensor<1x1x64xf32>
    %804 = "chlo.square"(%803) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %805 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %806 = "stablehlo.reduce"(%804, %805) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg124: tensor<f32>, %arg125: tensor<f32>):
      %844 = "stablehlo.add"(%arg124, %arg125) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%844) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %807 = "stablehlo.broadcast_in_dim"(%806) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %808 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %809 = "stablehlo.broadcast_in_dim"(%808) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %810 = "stablehlo.divide"(%807, %809) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %811 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %812 = "stablehlo.broadcast_in_dim"(%811) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %813 = "stablehlo.add"(%810, %812) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %814 = "stablehlo.rsqrt"(%813) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %815 = "stablehlo.broadcast_in_dim"(%814) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %816 = "stablehlo.multiply"(%803, %815) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %817 = "stablehlo.broadcast_in_dim"(%arg108) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %818 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %819 = "stablehlo.broadcast_in_dim"(%818) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %820 = "stablehlo.add"(%819, %817) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %821 = "stablehlo.multiply"(%816, %820) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %822 = "stablehlo.add"(%821, %761) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %823 = "chlo.square"(%822) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %824 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %825 = "stablehlo.reduce"(%823, %824) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg122: tensor<f32>, %arg123: tensor<f32>):
      %843 = "stablehlo.add"(%arg122, %arg123) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%843) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %826 = "stablehlo.broadcast_in_dim"(%825) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %827 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %828 = "stablehlo.broadcast_in_dim"(%827) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %829 = "stablehlo.divide"(%826, %828) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %830 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %831 = "stablehlo.broadcast_in_dim"(%830) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %832 = "stablehlo.add"(%829, %831) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %833 = "stablehlo.rsqrt"(%832) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %834 = "stablehlo.broadcast_in_dim"(%833) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %835 = "stablehlo.multiply"(%822, %834) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %836 = "stablehlo.broadcast_in_dim"(%arg88) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %837 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %838 = "stablehlo.broadcast_in_dim"(%837) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %839 = "stablehlo.add"(%838, %836) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %840 = "stablehlo.multiply"(%835, %839) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %841 = "stablehlo.transpose"(%arg87) <{permutation = array<i64: 1, 0>}> : (tensor<101x64xf32>) -> tensor<64x101xf32>
    %842 = "stablehlo.dot_general"(%840, %841) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x101xf32>) -> tensor<1x1x101xf32>
    "func.return"(%842, %471, %421, %428, %412, %742, %706, %713, %697) : (tensor<1x1x101xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x1xi32>) -> tensor<1x1xi32>, res_attrs = [{}], sym_name = "tokens_with_mm_5", sym_visibility = "private"}> ({
  ^bb0(%arg86: tensor<1x1xi32>):
    "func.return"(%arg86) : (tensor<1x1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x1xi32>) -> tensor<1x1xi1>, res_attrs = [{}], sym_name = "inputs_mask_6", sym_visibility = "private"}> ({
  ^bb0(%arg85: tensor<1x1xi32>):
    %247 = "func.call"(%arg85) <{callee = @tokens_with_mm_5}> : (tensor<1x1xi32>) -> tensor<1x1xi32>
    %248 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %249 = "stablehlo.broadcast_in_dim"(%248) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %250 = "stablehlo.compare"(%247, %249) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    "func.return"(%250) : (tensor<1x1xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x1x1x32xi1>, tensor<1x1x4x32xf32>, tensor<f32>) -> tensor<1x1x4x32xf32>, res_attrs = [{}], sym_name = "_where_7", sym_visibility = "private"}> ({
  ^bb0(%arg82: tensor<1x1x1x32xi1>, %arg83: tensor<1x1x4x32xf32>, %arg84: tensor<f32>):
    %243 = "stablehlo.convert"(%arg84) : (tensor<f32>) -> tensor<f32>
    %244 = "stablehlo.broadcast_in_dim"(%arg82) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x32xi1>) -> tensor<1x1x4x32xi1>
    %245 = "stablehlo.broadcast_in_dim"(%243) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x32xf32>
    %246 = "stablehlo.select"(%244, %arg83, %245) : (tensor<1x1x4x32xi1>, tensor<1x1x4x32xf32>, tensor<1x1x4x32xf32>) -> tensor<1x1x4x32xf32>
    "func.return"(%246) : (tensor<1x1x4x32xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<2x2xui32>, res_attrs = [{}], sym_name = "_threefry_split", sym_visibility = "private"}> ({
  ^bb0(%arg81: tensor<2xui32>):
    %226 = "stablehlo.slice"(%arg81) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %227 = "stablehlo.reshape"(%226) : (tensor<1xui32>) -> tensor<ui32>
    %228 = "stablehlo.slice"(%arg81) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %229 = "stablehlo.reshape"(%228) : (tensor<1xui32>) -> tensor<ui32>
    %230 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xui64>
    %231 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %232 = "stablehlo.broadcast_in_dim"(%231) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %233 = "stablehlo.multiply"(%232, %230) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %234 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %235 = "stablehlo.broadcast_in_dim"(%234) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %236 = "stablehlo.shift_right_logical"(%233, %235) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %237 = "stablehlo.convert"(%233) : (tensor<2xui64>) -> tensor<2xui32>
    %238 = "stablehlo.convert"(%236) : (tensor<2xui64>) -> tensor<2xui32>
    %239:2 = "func.call"(%227, %229, %238, %237) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<2xui32>, tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>)
    %240 = "stablehlo.broadcast_in_dim"(%239#0) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xui32>) -> tensor<2x1xui32>
    %241 = "stablehlo.broadcast_in_dim"(%239#1) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xui32>) -> tensor<2x1xui32>
    %242 = "stablehlo.concatenate"(%240, %241) <{dimension = 1 : i64}> : (tensor<2x1xui32>, tensor<2x1xui32>) -> tensor<2x2xui32>
    "func.return"(%242) : (tensor<2x2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<2xui32>, tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg59: tensor<ui32>, %arg60: tensor<ui32>, %arg61: tensor<2xui32>, %arg62: tensor<2xui32>):
    %209 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %210 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %211 = "stablehlo.xor"(%arg59, %arg60) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %212 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %213 = "stablehlo.xor"(%211, %212) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %214 = "stablehlo.broadcast_in_dim"(%arg59) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %215 = "stablehlo.add"(%arg61, %214) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %216 = "stablehlo.broadcast_in_dim"(%arg60) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %217 = "stablehlo.add"(%arg62, %216) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %218 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %219 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %220:9 = "stablehlo.while"(%219, %218, %215, %217, %arg60, %213, %arg59, %209, %210) ({
    ^bb0(%arg72: tensor<i32>, %arg73: tensor<i32>, %arg74: tensor<2xui32>, %arg75: tensor<2xui32>, %arg76: tensor<ui32>, %arg77: tensor<ui32>, %arg78: tensor<ui32>, %arg79: tensor<4xui32>, %arg80: tensor<4xui32>):
      %224 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %225 = "stablehlo.compare"(%arg72, %224) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%225) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg63: tensor<i32>, %arg64: tensor<i32>, %arg65: tensor<2xui32>, %arg66: tensor<2xui32>, %arg67: tensor<ui32>, %arg68: tensor<ui32>, %arg69: tensor<ui32>, %arg70: tensor<4xui32>, %arg71: tensor<4xui32>):
      %221:8 = "func.call"(%arg64, %arg65, %arg66, %arg67, %arg68, %arg69, %arg70, %arg71) <{callee = @closed_call}> : (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %222 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %223 = "stablehlo.add"(%arg63, %222) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%223, %221#0, %221#1, %221#2, %221#3, %221#4, %221#5, %221#6, %221#7) : (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%220#2, %220#3) : (tensor<2xui32>, tensor<2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg51: tensor<i32>, %arg52: tensor<2xui32>, %arg53: tensor<2xui32>, %arg54: tensor<ui32>, %arg55: tensor<ui32>, %arg56: tensor<ui32>, %arg57: tensor<4xui32>, %arg58: tensor<4xui32>):
    %154 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %155 = "stablehlo.add"(%arg51, %154) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %156 = "stablehlo.slice"(%arg57) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %157 = "stablehlo.reshape"(%156) : (tensor<1xui32>) -> tensor<ui32>
    %158 = "stablehlo.add"(%arg52, %arg53) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %159 = "stablehlo.broadcast_in_dim"(%157) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %160 = "stablehlo.shift_left"(%arg53, %159) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %161 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %162 = "stablehlo.subtract"(%161, %157) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %163 = "stablehlo.broadcast_in_dim"(%162) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %164 = "stablehlo.shift_right_logical"(%arg53, %163) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %165 = "stablehlo.or"(%160, %164) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %166 = "stablehlo.xor"(%158, %165) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %167 = "stablehlo.slice"(%arg57) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %168 = "stablehlo.reshape"(%167) : (tensor<1xui32>) -> tensor<ui32>
    %169 = "stablehlo.add"(%158, %166) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %170 = "stablehlo.broadcast_in_dim"(%168) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %171 = "stablehlo.shift_left"(%166, %170) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %172 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %173 = "stablehlo.subtract"(%172, %168) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %174 = "stablehlo.broadcast_in_dim"(%173) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %175 = "stablehlo.shift_right_logical"(%166, %174) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %176 = "stablehlo.or"(%171, %175) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %177 = "stablehlo.xor"(%169, %176) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %178 = "stablehlo.slice"(%arg57) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %179 = "stablehlo.reshape"(%178) : (tensor<1xui32>) -> tensor<ui32>
    %180 = "stablehlo.add"(%169, %177) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %181 = "stablehlo.broadcast_in_dim"(%179) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %182 = "stablehlo.shift_left"(%177, %181) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %183 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %184 = "stablehlo.subtract"(%183, %179) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %185 = "stablehlo.broadcast_in_dim"(%184) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %186 = "stablehlo.shift_right_logical"(%177, %185) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %187 = "stablehlo.or"(%182, %186) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %188 = "stablehlo.xor"(%180, %187) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %189 = "stablehlo.slice"(%arg57) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %190 = "stablehlo.reshape"(%189) : (tensor<1xui32>) -> tensor<ui32>
    %191 = "stablehlo.add"(%180, %188) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %192 = "stablehlo.broadcast_in_dim"(%190) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %193 = "stablehlo.shift_left"(%188, %192) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %194 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %195 = "stablehlo.subtract"(%194, %190) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %196 = "stablehlo.broadcast_in_dim"(%195) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %197 = "stablehlo.shift_right_logical"(%188, %196) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %198 = "stablehlo.or"(%193, %197) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %199 = "stablehlo.xor"(%191, %198) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %200 = "stablehlo.broadcast_in_dim"(%arg54) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %201 = "stablehlo.add"(%191, %200) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %202 = "stablehlo.broadcast_in_dim"(%arg55) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %203 = "stablehlo.add"(%199, %202) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %204 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %205 = "stablehlo.add"(%arg51, %204) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %206 = "stablehlo.convert"(%205) : (tensor<i32>) -> tensor<ui32>
    %207 = "stablehlo.broadcast_in_dim"(%206) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %208 = "stablehlo.add"(%203, %207) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    "func.return"(%155, %201, %208, %arg55, %arg56, %arg54, %arg58, %arg57) : (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<1x8xf32>, res_attrs = [{}], sym_name = "_gumbel", sym_visibility = "private"}> ({
  ^bb0(%arg50: tensor<2xui32>):
    %147 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %148 = "stablehlo.constant"() <{value = dense<1.17549435E-38> : tensor<f32>}> : () -> tensor<f32>
    %149 = "func.call"(%arg50, %147, %148) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<1x8xf32>
    %150 = "stablehlo.log"(%149) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %151 = "stablehlo.negate"(%150) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %152 = "stablehlo.log"(%151) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    %153 = "stablehlo.negate"(%152) : (tensor<1x8xf32>) -> tensor<1x8xf32>
    "func.return"(%153) : (tensor<1x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<1x8xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg47: tensor<2xui32>, %arg48: tensor<f32>, %arg49: tensor<f32>):
    %107 = "stablehlo.convert"(%arg48) : (tensor<f32>) -> tensor<f32>
    %108 = "stablehlo.broadcast_in_dim"(%arg49) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %109 = "stablehlo.broadcast_in_dim"(%107) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %110 = "stablehlo.slice"(%arg47) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %111 = "stablehlo.reshape"(%110) : (tensor<1xui32>) -> tensor<ui32>
    %112 = "stablehlo.slice"(%arg47) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %113 = "stablehlo.reshape"(%112) : (tensor<1xui32>) -> tensor<ui32>
    %114 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<1x8xui64>
    %115 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x8xui64>
    %116 = "stablehlo.constant"() <{value = dense<8> : tensor<ui64>}> : () -> tensor<ui64>
    %117 = "stablehlo.broadcast_in_dim"(%116) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<1x8xui64>
    %118 = "stablehlo.multiply"(%117, %114) : (tensor<1x8xui64>, tensor<1x8xui64>) -> tensor<1x8xui64>
    %119 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %120 = "stablehlo.broadcast_in_dim"(%119) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<1x8xui64>
    %121 = "stablehlo.multiply"(%120, %115) : (tensor<1x8xui64>, tensor<1x8xui64>) -> tensor<1x8xui64>
    %122 = "stablehlo.add"(%118, %121) : (tensor<1x8xui64>, tensor<1x8xui64>) -> tensor<1x8xui64>
    %123 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %124 = "stablehlo.broadcast_in_dim"(%123) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<1x8xui64>
    %125 = "stablehlo.shift_right_logical"(%122, %124) : (tensor<1x8xui64>, tensor<1x8xui64>) -> tensor<1x8xui64>
    %126 = "stablehlo.convert"(%122) : (tensor<1x8xui64>) -> tensor<1x8xui32>
    %127 = "stablehlo.convert"(%125) : (tensor<1x8xui64>) -> tensor<1x8xui32>
    %128:2 = "func.call"(%111, %113, %127, %126) <{callee = @threefry2x32_8}> : (tensor<ui32>, tensor<ui32>, tensor<1x8xui32>, tensor<1x8xui32>) -> (tensor<1x8xui32>, tensor<1x8xui32>)
    %129 = "stablehlo.xor"(%128#0, %128#1) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %130 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %131 = "stablehlo.broadcast_in_dim"(%130) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x8xui32>
    %132 = "stablehlo.shift_right_logical"(%129, %131) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %133 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %134 = "stablehlo.broadcast_in_dim"(%133) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x8xui32>
    %135 = "stablehlo.or"(%132, %134) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %136 = "stablehlo.bitcast_convert"(%135) : (tensor<1x8xui32>) -> tensor<1x8xf32>
    %137 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %138 = "stablehlo.broadcast_in_dim"(%137) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x8xf32>
    %139 = "stablehlo.subtract"(%136, %138) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
    %140 = "stablehlo.subtract"(%109, %108) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %141 = "stablehlo.broadcast_in_dim"(%140) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x8xf32>
    %142 = "stablehlo.multiply"(%139, %141) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
    %143 = "stablehlo.broadcast_in_dim"(%108) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x8xf32>
    %144 = "stablehlo.add"(%142, %143) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
    %145 = "stablehlo.broadcast_in_dim"(%108) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x8xf32>
    %146 = "stablehlo.maximum"(%145, %144) : (tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
    "func.return"(%146) : (tensor<1x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<1x8xui32>, tensor<1x8xui32>) -> (tensor<1x8xui32>, tensor<1x8xui32>), sym_name = "threefry2x32_8", sym_visibility = "private"}> ({
  ^bb0(%arg25: tensor<ui32>, %arg26: tensor<ui32>, %arg27: tensor<1x8xui32>, %arg28: tensor<1x8xui32>):
    %90 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %91 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %92 = "stablehlo.xor"(%arg25, %arg26) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %93 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %94 = "stablehlo.xor"(%92, %93) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %95 = "stablehlo.broadcast_in_dim"(%arg25) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x8xui32>
    %96 = "stablehlo.add"(%arg27, %95) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %97 = "stablehlo.broadcast_in_dim"(%arg26) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x8xui32>
    %98 = "stablehlo.add"(%arg28, %97) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %99 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %100 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %101:9 = "stablehlo.while"(%100, %99, %96, %98, %arg26, %94, %arg25, %90, %91) ({
    ^bb0(%arg38: tensor<i32>, %arg39: tensor<i32>, %arg40: tensor<1x8xui32>, %arg41: tensor<1x8xui32>, %arg42: tensor<ui32>, %arg43: tensor<ui32>, %arg44: tensor<ui32>, %arg45: tensor<4xui32>, %arg46: tensor<4xui32>):
      %105 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %106 = "stablehlo.compare"(%arg38, %105) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%106) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg29: tensor<i32>, %arg30: tensor<i32>, %arg31: tensor<1x8xui32>, %arg32: tensor<1x8xui32>, %arg33: tensor<ui32>, %arg34: tensor<ui32>, %arg35: tensor<ui32>, %arg36: tensor<4xui32>, %arg37: tensor<4xui32>):
      %102:8 = "func.call"(%arg30, %arg31, %arg32, %arg33, %arg34, %arg35, %arg36, %arg37) <{callee = @closed_call_9}> : (tensor<i32>, tensor<1x8xui32>, tensor<1x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<1x8xui32>, tensor<1x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %103 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %104 = "stablehlo.add"(%arg29, %103) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%104, %102#0, %102#1, %102#2, %102#3, %102#4, %102#5, %102#6, %102#7) : (tensor<i32>, tensor<i32>, tensor<1x8xui32>, tensor<1x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x8xui32>, tensor<1x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<1x8xui32>, tensor<1x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%101#2, %101#3) : (tensor<1x8xui32>, tensor<1x8xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<1x8xui32>, tensor<1x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<1x8xui32>, tensor<1x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_9", sym_visibility = "private"}> ({
  ^bb0(%arg17: tensor<i32>, %arg18: tensor<1x8xui32>, %arg19: tensor<1x8xui32>, %arg20: tensor<ui32>, %arg21: tensor<ui32>, %arg22: tensor<ui32>, %arg23: tensor<4xui32>, %arg24: tensor<4xui32>):
    %35 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %36 = "stablehlo.add"(%arg17, %35) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %37 = "stablehlo.slice"(%arg23) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %38 = "stablehlo.reshape"(%37) : (tensor<1xui32>) -> tensor<ui32>
    %39 = "stablehlo.add"(%arg18, %arg19) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %40 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x8xui32>
    %41 = "stablehlo.shift_left"(%arg19, %40) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %42 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %43 = "stablehlo.subtract"(%42, %38) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %44 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x8xui32>
    %45 = "stablehlo.shift_right_logical"(%arg19, %44) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %46 = "stablehlo.or"(%41, %45) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %47 = "stablehlo.xor"(%39, %46) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %48 = "stablehlo.slice"(%arg23) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %49 = "stablehlo.reshape"(%48) : (tensor<1xui32>) -> tensor<ui32>
    %50 = "stablehlo.add"(%39, %47) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %51 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x8xui32>
    %52 = "stablehlo.shift_left"(%47, %51) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %53 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %54 = "stablehlo.subtract"(%53, %49) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %55 = "stablehlo.broadcast_in_dim"(%54) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x8xui32>
    %56 = "stablehlo.shift_right_logical"(%47, %55) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %57 = "stablehlo.or"(%52, %56) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %58 = "stablehlo.xor"(%50, %57) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %59 = "stablehlo.slice"(%arg23) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %60 = "stablehlo.reshape"(%59) : (tensor<1xui32>) -> tensor<ui32>
    %61 = "stablehlo.add"(%50, %58) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %62 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x8xui32>
    %63 = "stablehlo.shift_left"(%58, %62) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %64 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %65 = "stablehlo.subtract"(%64, %60) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %66 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x8xui32>
    %67 = "stablehlo.shift_right_logical"(%58, %66) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %68 = "stablehlo.or"(%63, %67) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %69 = "stablehlo.xor"(%61, %68) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %70 = "stablehlo.slice"(%arg23) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %71 = "stablehlo.reshape"(%70) : (tensor<1xui32>) -> tensor<ui32>
    %72 = "stablehlo.add"(%61, %69) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %73 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x8xui32>
    %74 = "stablehlo.shift_left"(%69, %73) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %75 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %76 = "stablehlo.subtract"(%75, %71) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %77 = "stablehlo.broadcast_in_dim"(%76) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x8xui32>
    %78 = "stablehlo.shift_right_logical"(%69, %77) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %79 = "stablehlo.or"(%74, %78) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %80 = "stablehlo.xor"(%72, %79) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %81 = "stablehlo.broadcast_in_dim"(%arg20) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x8xui32>
    %82 = "stablehlo.add"(%72, %81) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %83 = "stablehlo.broadcast_in_dim"(%arg21) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x8xui32>
    %84 = "stablehlo.add"(%80, %83) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    %85 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %86 = "stablehlo.add"(%arg17, %85) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %87 = "stablehlo.convert"(%86) : (tensor<i32>) -> tensor<ui32>
    %88 = "stablehlo.broadcast_in_dim"(%87) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x8xui32>
    %89 = "stablehlo.add"(%84, %88) : (tensor<1x8xui32>, tensor<1x8xui32>) -> tensor<1x8xui32>
    "func.return"(%36, %82, %89, %arg21, %arg22, %arg20, %arg24, %arg23) : (tensor<i32>, tensor<1x8xui32>, tensor<1x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x8xf32>) -> tensor<1xi32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<1x8xf32>):
    %22 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x8xi32>
    %23 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %24 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %25:2 = "stablehlo.reduce"(%arg12, %22, %23, %24) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg13: tensor<f32>, %arg14: tensor<i32>, %arg15: tensor<f32>, %arg16: tensor<i32>):
      %26 = "stablehlo.compare"(%arg13, %arg15) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %27 = "stablehlo.compare"(%arg13, %arg13) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %28 = "stablehlo.or"(%26, %27) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %29 = "stablehlo.compare"(%arg13, %arg15) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %30 = "stablehlo.compare"(%arg14, %arg16) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %31 = "stablehlo.and"(%29, %30) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %32 = "stablehlo.or"(%28, %31) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %33 = "stablehlo.select"(%28, %arg13, %arg15) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %34 = "stablehlo.select"(%32, %arg14, %arg16) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%33, %34) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<1x8xf32>, tensor<1x8xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
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
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<1x12xi32>, tensor<2xi32>) -> tensor<12xi1>, res_attrs = [{}], sym_name = "_in1d_10", sym_visibility = "private"}> ({
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
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x12xi1>) -> tensor<1x12xi32>, res_attrs = [{}], sym_name = "cumsum_11", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<1x12xi1>):
    %4 = "stablehlo.convert"(%arg3) : (tensor<1x12xi1>) -> tensor<1x12xi32>
    %5 = "func.call"(%4) <{callee = @cumsum_12}> : (tensor<1x12xi32>) -> tensor<1x12xi32>
    "func.return"(%5) : (tensor<1x12xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x12xi32>) -> tensor<1x12xi32>, sym_name = "cumsum_12", sym_visibility = "private"}> ({
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
