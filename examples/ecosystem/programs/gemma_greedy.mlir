"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<1x4xi32>, tensor<2xui32>) -> tensor<1x12xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg394: tensor<101x64xf32>, %arg395: tensor<64xf32>, %arg396: tensor<16xf32>, %arg397: tensor<16xf32>, %arg398: tensor<4x16x64xf32>, %arg399: tensor<2x2x64x16xf32>, %arg400: tensor<4x64x16xf32>, %arg401: tensor<2x64x128xf32>, %arg402: tensor<128x64xf32>, %arg403: tensor<64xf32>, %arg404: tensor<64xf32>, %arg405: tensor<64xf32>, %arg406: tensor<64xf32>, %arg407: tensor<16xf32>, %arg408: tensor<16xf32>, %arg409: tensor<4x16x64xf32>, %arg410: tensor<2x2x64x16xf32>, %arg411: tensor<4x64x16xf32>, %arg412: tensor<2x64x128xf32>, %arg413: tensor<128x64xf32>, %arg414: tensor<64xf32>, %arg415: tensor<64xf32>, %arg416: tensor<64xf32>, %arg417: tensor<64xf32>, %arg418: tensor<1x4xi32>, %arg419: tensor<2xui32>):
    %1588:8 = "func.call"() <{callee = @init_cache}> : () -> (tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>)
    %1589 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1590 = "func.call"(%arg418, %1589) <{callee = @_pad}> : (tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>
    %1591 = "stablehlo.slice"(%1588#1) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x32x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1592 = "stablehlo.slice"(%1588#3) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x32x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1593 = "stablehlo.slice"(%1588#2) <{limit_indices = array<i64: 1, 4>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<1x32xi32>) -> tensor<1x4xi32>
    %1594 = "stablehlo.slice"(%1588#5) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x32x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1595 = "stablehlo.slice"(%1588#7) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x32x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1596 = "stablehlo.slice"(%1588#6) <{limit_indices = array<i64: 1, 4>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<1x32xi32>) -> tensor<1x4xi32>
    %1597 = "func.call"(%1590) <{callee = @positions}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %1598 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1599 = "stablehlo.broadcast_in_dim"(%1598) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1600 = "stablehlo.broadcast_in_dim"(%1599) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %1601 = "stablehlo.broadcast_in_dim"(%1600) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x4xi32>
    %1602 = "stablehlo.add"(%1597, %1601) : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %1603 = "func.call"(%1590) <{callee = @attention_mask}> : (tensor<1x4xi32>) -> tensor<1x4x4xi1>
    %1604:9 = "func.call"(%arg394, %arg395, %arg396, %arg397, %arg398, %arg399, %arg400, %arg401, %arg402, %arg403, %arg404, %arg405, %arg406, %arg407, %arg408, %arg409, %arg410, %arg411, %arg412, %arg413, %arg414, %arg415, %arg416, %arg417, %1603, %1588#0, %1591, %1593, %1592, %1588#4, %1594, %1596, %1595, %1602, %1590) <{callee = @__call__}> : (tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<1x4x4xi1>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4xi32>) -> (tensor<1x101xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>)
    %1605 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1606 = "stablehlo.broadcast_in_dim"(%1605) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1607 = "stablehlo.scatter"(%1588#1, %1606, %1604#2) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg430: tensor<f32>, %arg431: tensor<f32>):
      "stablehlo.return"(%arg431) : (tensor<f32>) -> ()
    }) : (tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>) -> tensor<1x32x2x16xf32>
    %1608 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1609 = "stablehlo.broadcast_in_dim"(%1608) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1610 = "stablehlo.scatter"(%1588#3, %1609, %1604#4) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg428: tensor<f32>, %arg429: tensor<f32>):
      "stablehlo.return"(%arg429) : (tensor<f32>) -> ()
    }) : (tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>) -> tensor<1x32x2x16xf32>
    %1611 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1612 = "stablehlo.broadcast_in_dim"(%1611) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1613 = "stablehlo.scatter"(%1588#2, %1612, %1604#3) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg426: tensor<i32>, %arg427: tensor<i32>):
      "stablehlo.return"(%arg427) : (tensor<i32>) -> ()
    }) : (tensor<1x32xi32>, tensor<1xi32>, tensor<1x4xi32>) -> tensor<1x32xi32>
    %1614 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1615 = "stablehlo.broadcast_in_dim"(%1614) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1616 = "stablehlo.scatter"(%1588#5, %1615, %1604#6) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg424: tensor<f32>, %arg425: tensor<f32>):
      "stablehlo.return"(%arg425) : (tensor<f32>) -> ()
    }) : (tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>) -> tensor<1x32x2x16xf32>
    %1617 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1618 = "stablehlo.broadcast_in_dim"(%1617) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1619 = "stablehlo.scatter"(%1588#7, %1618, %1604#8) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg422: tensor<f32>, %arg423: tensor<f32>):
      "stablehlo.return"(%arg423) : (tensor<f32>) -> ()
    }) : (tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>) -> tensor<1x32x2x16xf32>
    %1620 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1621 = "stablehlo.broadcast_in_dim"(%1620) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1622 = "stablehlo.scatter"(%1588#6, %1621, %1604#7) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg420: tensor<i32>, %arg421: tensor<i32>):
      "stablehlo.return"(%arg421) : (tensor<i32>) -> ()
    }) : (tensor<1x32xi32>, tensor<1xi32>, tensor<1x4xi32>) -> tensor<1x32xi32>
    %1623 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %1624 = "stablehlo.broadcast_in_dim"(%1623) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1625 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %1626 = "stablehlo.broadcast_in_dim"(%1625) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1627 = "func.call"(%arg418) <{callee = @last_token_pos}> : (tensor<1x4xi32>) -> tensor<1xi32>
    %1628 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1629 = "stablehlo.broadcast_in_dim"(%1628) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1630 = "stablehlo.add"(%1627, %1629) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1631 = "func.call"(%arg418) <{callee = @tokens_with_mm}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %1632 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1633 = "stablehlo.broadcast_in_dim"(%1632) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %1634 = "stablehlo.compare"(%1631, %1633) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %1635 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1636 = "func.call"(%1634, %1635) <{callee = @_pad_3}> : (tensor<1x4xi1>, tensor<i1>) -> tensor<1x32xi1>
    %1637 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %1638 = "stablehlo.broadcast_in_dim"(%1637) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1xi1>
    %1639 = "func.call"(%arg418) <{callee = @last_token}> : (tensor<1x4xi32>) -> tensor<1xi32>
    %1640 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1641 = "stablehlo.broadcast_in_dim"(%1640) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x12xi32>
    %1642 = "stablehlo.constant"() <{value = dense<12> : tensor<i32>}> : () -> tensor<i32>
    %1643 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1644 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %1645:16 = "func.call"(%1642, %arg394, %arg395, %arg396, %arg397, %arg398, %arg399, %arg400, %arg401, %arg402, %arg403, %arg404, %arg405, %arg406, %arg407, %arg408, %arg409, %arg410, %arg411, %arg412, %arg413, %arg414, %arg415, %arg416, %arg417, %1643, %1638, %1639, %1630, %1641, %1624, %1607, %1613, %1610, %1626, %1616, %1622, %1619, %arg419, %1644, %1636) <{callee = @_sample_loop}> : (tensor<i32>, tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>)
    "func.return"(%1645#4) : (tensor<1x12xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [], function_type = () -> (tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "init_cache", sym_visibility = "private"}> ({
    %1572 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1573 = "stablehlo.broadcast_in_dim"(%1572) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x32x2x16xf32>
    %1574 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1575 = "stablehlo.broadcast_in_dim"(%1574) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x32x2x16xf32>
    %1576 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1577 = "stablehlo.broadcast_in_dim"(%1576) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1578 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1579 = "stablehlo.broadcast_in_dim"(%1578) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x32xi32>
    %1580 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1581 = "stablehlo.broadcast_in_dim"(%1580) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x32x2x16xf32>
    %1582 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1583 = "stablehlo.broadcast_in_dim"(%1582) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x32x2x16xf32>
    %1584 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1585 = "stablehlo.broadcast_in_dim"(%1584) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1586 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1587 = "stablehlo.broadcast_in_dim"(%1586) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x32xi32>
    "func.return"(%1577, %1575, %1579, %1573, %1585, %1583, %1587, %1581) : (tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>, res_attrs = [{}], sym_name = "_pad", sym_visibility = "private"}> ({
  ^bb0(%arg392: tensor<1x4xi32>, %arg393: tensor<i32>):
    %1570 = "stablehlo.convert"(%arg393) : (tensor<i32>) -> tensor<i32>
    %1571 = "stablehlo.pad"(%arg392, %1570) <{edge_padding_high = array<i64: 0, 0>, edge_padding_low = array<i64: 0, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>
    "func.return"(%1571) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1x4xi32>, res_attrs = [{}], sym_name = "positions", sym_visibility = "private"}> ({
  ^bb0(%arg391: tensor<1x4xi32>):
    %1563 = "func.call"(%arg391) <{callee = @inputs_mask}> : (tensor<1x4xi32>) -> tensor<1x4xi1>
    %1564 = "func.call"(%1563) <{callee = @cumsum}> : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %1565 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1566 = "stablehlo.broadcast_in_dim"(%1565) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %1567 = "stablehlo.compare"(%1564, %1566) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %1568 = "stablehlo.convert"(%1567) : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %1569 = "stablehlo.subtract"(%1564, %1568) : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    "func.return"(%1569) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1x4xi1>, res_attrs = [{}], sym_name = "inputs_mask", sym_visibility = "private"}> ({
  ^bb0(%arg390: tensor<1x4xi32>):
    %1559 = "func.call"(%arg390) <{callee = @tokens_with_mm}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %1560 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1561 = "stablehlo.broadcast_in_dim"(%1560) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %1562 = "stablehlo.compare"(%1559, %1561) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    "func.return"(%1562) : (tensor<1x4xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1x4xi32>, res_attrs = [{}], sym_name = "tokens_with_mm", sym_visibility = "private"}> ({
  ^bb0(%arg389: tensor<1x4xi32>):
    "func.return"(%arg389) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi1>) -> tensor<1x4xi32>, res_attrs = [{}], sym_name = "cumsum", sym_visibility = "private"}> ({
  ^bb0(%arg388: tensor<1x4xi1>):
    %1557 = "stablehlo.convert"(%arg388) : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %1558 = "func.call"(%1557) <{callee = @cumsum_0}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    "func.return"(%1558) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x4xi32>) -> tensor<1x4xi32>, sym_name = "cumsum_0", sym_visibility = "private"}> ({
  ^bb0(%arg385: tensor<1x4xi32>):
    %1553 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1554 = "stablehlo.broadcast_in_dim"(%1553) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<i32>
    %1555 = "stablehlo.reduce_window"(%arg385, %1554) <{base_dilations = array<i64: 1, 1>, padding = dense<[[0, 0], [3, 0]]> : tensor<2x2xi64>, window_dilations = array<i64: 1, 1>, window_dimensions = array<i64: 1, 4>, window_strides = array<i64: 1, 1>}> ({
    ^bb0(%arg386: tensor<i32>, %arg387: tensor<i32>):
      %1556 = "stablehlo.add"(%arg386, %arg387) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%1556) : (tensor<i32>) -> ()
    }) : (tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>
    "func.return"(%1555) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1x4x4xi1>, res_attrs = [{}], sym_name = "attention_mask", sym_visibility = "private"}> ({
  ^bb0(%arg384: tensor<1x4xi32>):
    %1545 = "func.call"(%arg384) <{callee = @inputs_mask}> : (tensor<1x4xi32>) -> tensor<1x4xi1>
    %1546 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1547 = "stablehlo.broadcast_in_dim"(%1546) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4x4xi1>
    %1548 = "func.call"(%1547) <{callee = @tril}> : (tensor<4x4xi1>) -> tensor<4x4xi1>
    %1549 = "stablehlo.broadcast_in_dim"(%1545) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x4xi1>) -> tensor<1x1x4xi1>
    %1550 = "stablehlo.broadcast_in_dim"(%1548) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<4x4xi1>) -> tensor<1x4x4xi1>
    %1551 = "stablehlo.broadcast_in_dim"(%1549) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xi1>) -> tensor<1x4x4xi1>
    %1552 = "stablehlo.and"(%1551, %1550) : (tensor<1x4x4xi1>, tensor<1x4x4xi1>) -> tensor<1x4x4xi1>
    "func.return"(%1552) : (tensor<1x4x4xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x4xi1>) -> tensor<4x4xi1>, res_attrs = [{}], sym_name = "tril", sym_visibility = "private"}> ({
  ^bb0(%arg383: tensor<4x4xi1>):
    %1536 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4x4xi32>
    %1537 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1538 = "stablehlo.broadcast_in_dim"(%1537) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x4xi32>
    %1539 = "stablehlo.add"(%1536, %1538) : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi32>
    %1540 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x4xi32>
    %1541 = "stablehlo.compare"(%1539, %1540) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %1542 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %1543 = "stablehlo.broadcast_in_dim"(%1542) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4x4xi1>
    %1544 = "stablehlo.select"(%1541, %arg383, %1543) : (tensor<4x4xi1>, tensor<4x4xi1>, tensor<4x4xi1>) -> tensor<4x4xi1>
    "func.return"(%1544) : (tensor<4x4xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<1x4x4xi1>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4xi32>) -> (tensor<1x101xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}], sym_name = "__call__", sym_visibility = "private"}> ({
  ^bb0(%arg312: tensor<101x64xf32>, %arg313: tensor<64xf32>, %arg314: tensor<16xf32>, %arg315: tensor<16xf32>, %arg316: tensor<4x16x64xf32>, %arg317: tensor<2x2x64x16xf32>, %arg318: tensor<4x64x16xf32>, %arg319: tensor<2x64x128xf32>, %arg320: tensor<128x64xf32>, %arg321: tensor<64xf32>, %arg322: tensor<64xf32>, %arg323: tensor<64xf32>, %arg324: tensor<64xf32>, %arg325: tensor<16xf32>, %arg326: tensor<16xf32>, %arg327: tensor<4x16x64xf32>, %arg328: tensor<2x2x64x16xf32>, %arg329: tensor<4x64x16xf32>, %arg330: tensor<2x64x128xf32>, %arg331: tensor<128x64xf32>, %arg332: tensor<64xf32>, %arg333: tensor<64xf32>, %arg334: tensor<64xf32>, %arg335: tensor<64xf32>, %arg336: tensor<1x4x4xi1>, %arg337: tensor<1xi32>, %arg338: tensor<1x4x2x16xf32>, %arg339: tensor<1x4xi32>, %arg340: tensor<1x4x2x16xf32>, %arg341: tensor<1xi32>, %arg342: tensor<1x4x2x16xf32>, %arg343: tensor<1x4xi32>, %arg344: tensor<1x4x2x16xf32>, %arg345: tensor<1x4xi32>, %arg346: tensor<1x4xi32>):
    %886 = "func.call"(%arg346) <{callee = @tokens_with_mm}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %887 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %888 = "stablehlo.broadcast_in_dim"(%887) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %889 = "stablehlo.compare"(%886, %888) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %890 = "stablehlo.constant"() <{value = dense<101> : tensor<i32>}> : () -> tensor<i32>
    %891 = "stablehlo.broadcast_in_dim"(%890) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %892 = "stablehlo.add"(%886, %891) : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %893 = "stablehlo.select"(%889, %892, %886) : (tensor<1x4xi1>, tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %894 = "stablehlo.broadcast_in_dim"(%893) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %895 = "stablehlo.gather"(%arg312, %894) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<101x64xf32>, tensor<1x4x1xi32>) -> tensor<1x4x64xf32>
    %896 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %897 = "stablehlo.sqrt"(%896) : (tensor<f32>) -> tensor<f32>
    %898 = "stablehlo.convert"(%897) : (tensor<f32>) -> tensor<f32>
    %899 = "stablehlo.broadcast_in_dim"(%898) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x64xf32>
    %900 = "stablehlo.multiply"(%895, %899) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %901 = "func.call"(%arg346) <{callee = @inputs_mask}> : (tensor<1x4xi32>) -> tensor<1x4xi1>
    %902 = "chlo.square"(%900) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %903 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %904 = "stablehlo.reduce"(%902, %903) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg381: tensor<f32>, %arg382: tensor<f32>):
      %1535 = "stablehlo.add"(%arg381, %arg382) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1535) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %905 = "stablehlo.broadcast_in_dim"(%904) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %906 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %907 = "stablehlo.broadcast_in_dim"(%906) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %908 = "stablehlo.divide"(%905, %907) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %909 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %910 = "stablehlo.broadcast_in_dim"(%909) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %911 = "stablehlo.add"(%908, %910) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %912 = "stablehlo.rsqrt"(%911) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %913 = "stablehlo.broadcast_in_dim"(%912) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %914 = "stablehlo.multiply"(%900, %913) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %915 = "stablehlo.broadcast_in_dim"(%arg323) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %916 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %917 = "stablehlo.broadcast_in_dim"(%916) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %918 = "stablehlo.add"(%917, %915) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %919 = "stablehlo.broadcast_in_dim"(%918) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %920 = "stablehlo.multiply"(%914, %919) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %921 = "stablehlo.dot_general"(%920, %arg318) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<4x64x16xf32>) -> tensor<1x4x4x16xf32>
    %922 = "stablehlo.dot_general"(%arg317, %920) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x2x64x16xf32>, tensor<1x4x64xf32>) -> tensor<2x2x16x1x4xf32>
    %923 = "stablehlo.transpose"(%922) <{permutation = array<i64: 0, 3, 4, 1, 2>}> : (tensor<2x2x16x1x4xf32>) -> tensor<2x1x4x2x16xf32>
    %924 = "stablehlo.slice"(%923) <{limit_indices = array<i64: 1, 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x4x2x16xf32>) -> tensor<1x1x4x2x16xf32>
    %925 = "stablehlo.reshape"(%924) : (tensor<1x1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %926 = "stablehlo.slice"(%923) <{limit_indices = array<i64: 2, 1, 4, 2, 16>, start_indices = array<i64: 1, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x4x2x16xf32>) -> tensor<1x1x4x2x16xf32>
    %927 = "stablehlo.reshape"(%926) : (tensor<1x1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %928 = "chlo.square"(%921) : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %929 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %930 = "stablehlo.reduce"(%928, %929) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg379: tensor<f32>, %arg380: tensor<f32>):
      %1534 = "stablehlo.add"(%arg379, %arg380) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1534) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x16xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %931 = "stablehlo.broadcast_in_dim"(%930) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %932 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %933 = "stablehlo.broadcast_in_dim"(%932) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x1xf32>
    %934 = "stablehlo.divide"(%931, %933) : (tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
    %935 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %936 = "stablehlo.broadcast_in_dim"(%935) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x1xf32>
    %937 = "stablehlo.add"(%934, %936) : (tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
    %938 = "stablehlo.rsqrt"(%937) : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
    %939 = "stablehlo.broadcast_in_dim"(%938) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x16xf32>
    %940 = "stablehlo.multiply"(%921, %939) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %941 = "stablehlo.broadcast_in_dim"(%arg315) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %942 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %943 = "stablehlo.broadcast_in_dim"(%942) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
    %944 = "stablehlo.add"(%943, %941) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %945 = "stablehlo.broadcast_in_dim"(%944) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x4x4x16xf32>
    %946 = "stablehlo.multiply"(%940, %945) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %947 = "chlo.square"(%925) : (tensor<1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %948 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %949 = "stablehlo.reduce"(%947, %948) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg377: tensor<f32>, %arg378: tensor<f32>):
      %1533 = "stablehlo.add"(%arg377, %arg378) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1533) : (tensor<f32>) -> ()
    }) : (tensor<1x4x2x16xf32>, tensor<f32>) -> tensor<1x4x2xf32>
    %950 = "stablehlo.broadcast_in_dim"(%949) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x2xf32>) -> tensor<1x4x2x1xf32>
    %951 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %952 = "stablehlo.broadcast_in_dim"(%951) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x2x1xf32>
    %953 = "stablehlo.divide"(%950, %952) : (tensor<1x4x2x1xf32>, tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xf32>
    %954 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %955 = "stablehlo.broadcast_in_dim"(%954) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x2x1xf32>
    %956 = "stablehlo.add"(%953, %955) : (tensor<1x4x2x1xf32>, tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xf32>
    %957 = "stablehlo.rsqrt"(%956) : (tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xf32>
    %958 = "stablehlo.broadcast_in_dim"(%957) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x2x1xf32>) -> tensor<1x4x2x16xf32>
    %959 = "stablehlo.multiply"(%925, %958) : (tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %960 = "stablehlo.broadcast_in_dim"(%arg314) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %961 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %962 = "stablehlo.broadcast_in_dim"(%961) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
    %963 = "stablehlo.add"(%962, %960) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %964 = "stablehlo.broadcast_in_dim"(%963) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x4x2x16xf32>
    %965 = "stablehlo.multiply"(%959, %964) : (tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %966 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %967 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %968 = "stablehlo.broadcast_in_dim"(%967) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %969 = "stablehlo.multiply"(%968, %966) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %970 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %971 = "stablehlo.broadcast_in_dim"(%970) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %972 = "stablehlo.power"(%971, %969) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %973 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %974 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %975 = "func.call"(%972, %973, %974) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %976 = "stablehlo.broadcast_in_dim"(%arg345) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %977 = "stablehlo.broadcast_in_dim"(%975) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %978 = "stablehlo.convert"(%976) : (tensor<1x4x1xi32>) -> tensor<1x4x1xf32>
    %979 = "stablehlo.broadcast_in_dim"(%978) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x8xf32>
    %980 = "stablehlo.broadcast_in_dim"(%977) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
    %981 = "stablehlo.divide"(%979, %980) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    %982 = "stablehlo.broadcast_in_dim"(%981) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x8xf32>) -> tensor<1x4x1x8xf32>
    %983 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %984 = "stablehlo.broadcast_in_dim"(%983) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %985 = "stablehlo.divide"(%982, %984) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %986 = "stablehlo.sine"(%985) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %987 = "stablehlo.cosine"(%985) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %988 = "stablehlo.slice"(%946) <{limit_indices = array<i64: 1, 4, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x8xf32>
    %989 = "stablehlo.slice"(%946) <{limit_indices = array<i64: 1, 4, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x8xf32>
    %990 = "stablehlo.broadcast_in_dim"(%987) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %991 = "stablehlo.multiply"(%988, %990) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %992 = "stablehlo.broadcast_in_dim"(%986) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %993 = "stablehlo.multiply"(%989, %992) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %994 = "stablehlo.subtract"(%991, %993) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %995 = "stablehlo.broadcast_in_dim"(%987) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %996 = "stablehlo.multiply"(%989, %995) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %997 = "stablehlo.broadcast_in_dim"(%986) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %998 = "stablehlo.multiply"(%988, %997) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %999 = "stablehlo.add"(%996, %998) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1000 = "stablehlo.concatenate"(%994, %999) <{dimension = 3 : i64}> : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x16xf32>
    %1001 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1002 = "stablehlo.broadcast_in_dim"(%1001) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x16xf32>
    %1003 = "stablehlo.multiply"(%1000, %1002) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1004 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %1005 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1006 = "stablehlo.broadcast_in_dim"(%1005) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1007 = "stablehlo.multiply"(%1006, %1004) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1008 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %1009 = "stablehlo.broadcast_in_dim"(%1008) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1010 = "stablehlo.power"(%1009, %1007) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1011 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1012 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %1013 = "func.call"(%1010, %1011, %1012) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %1014 = "stablehlo.broadcast_in_dim"(%arg345) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1015 = "stablehlo.broadcast_in_dim"(%1013) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %1016 = "stablehlo.convert"(%1014) : (tensor<1x4x1xi32>) -> tensor<1x4x1xf32>
    %1017 = "stablehlo.broadcast_in_dim"(%1016) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x8xf32>
    %1018 = "stablehlo.broadcast_in_dim"(%1015) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
    %1019 = "stablehlo.divide"(%1017, %1018) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    %1020 = "stablehlo.broadcast_in_dim"(%1019) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x8xf32>) -> tensor<1x4x1x8xf32>
    %1021 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1022 = "stablehlo.broadcast_in_dim"(%1021) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %1023 = "stablehlo.divide"(%1020, %1022) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1024 = "stablehlo.sine"(%1023) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1025 = "stablehlo.cosine"(%1023) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1026 = "stablehlo.slice"(%965) <{limit_indices = array<i64: 1, 4, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x16xf32>) -> tensor<1x4x2x8xf32>
    %1027 = "stablehlo.slice"(%965) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x16xf32>) -> tensor<1x4x2x8xf32>
    %1028 = "stablehlo.broadcast_in_dim"(%1025) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1029 = "stablehlo.multiply"(%1026, %1028) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1030 = "stablehlo.broadcast_in_dim"(%1024) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1031 = "stablehlo.multiply"(%1027, %1030) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1032 = "stablehlo.subtract"(%1029, %1031) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1033 = "stablehlo.broadcast_in_dim"(%1025) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1034 = "stablehlo.multiply"(%1027, %1033) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1035 = "stablehlo.broadcast_in_dim"(%1024) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1036 = "stablehlo.multiply"(%1026, %1035) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1037 = "stablehlo.add"(%1034, %1036) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1038 = "stablehlo.concatenate"(%1032, %1037) <{dimension = 3 : i64}> : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x16xf32>
    %1039 = "stablehlo.reshape"(%arg337) : (tensor<1xi32>) -> tensor<i32>
    %1040 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1041 = "func.call"(%1039, %1040) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1042 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1043 = "stablehlo.compare"(%1041, %1042) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1044 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1045 = "stablehlo.add"(%1041, %1044) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1046 = "stablehlo.select"(%1043, %1045, %1041) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1047 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1048 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1049 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1050 = "stablehlo.dynamic_update_slice"(%arg340, %927, %1047, %1046, %1048, %1049) : (tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4x2x16xf32>
    %1051 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1052 = "stablehlo.compare"(%1041, %1051) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1053 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1054 = "stablehlo.add"(%1041, %1053) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1055 = "stablehlo.select"(%1052, %1054, %1041) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1056 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1057 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1058 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1059 = "stablehlo.dynamic_update_slice"(%arg338, %1038, %1056, %1055, %1057, %1058) : (tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4x2x16xf32>
    %1060 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1061 = "stablehlo.compare"(%1041, %1060) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1062 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1063 = "stablehlo.add"(%1041, %1062) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1064 = "stablehlo.select"(%1061, %1063, %1041) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1065 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1066 = "stablehlo.dynamic_update_slice"(%arg339, %arg345, %1065, %1064) : (tensor<1x4xi32>, tensor<1x4xi32>, tensor<i32>, tensor<i32>) -> tensor<1x4xi32>
    %1067 = "stablehlo.reshape"(%1003) : (tensor<1x4x4x16xf32>) -> tensor<1x4x2x2x16xf32>
    %1068 = "stablehlo.dot_general"(%1059, %1067) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x2x16xf32>, tensor<1x4x2x2x16xf32>) -> tensor<1x2x4x4x2xf32>
    %1069 = "stablehlo.transpose"(%1068) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x4x4x2xf32>) -> tensor<1x4x2x2x4xf32>
    %1070 = "stablehlo.reshape"(%1069) : (tensor<1x4x2x2x4xf32>) -> tensor<1x4x4x4xf32>
    %1071 = "stablehlo.broadcast_in_dim"(%1066) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x4xi32>) -> tensor<1x1x4xi32>
    %1072 = "stablehlo.broadcast_in_dim"(%arg345) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1073 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %1074 = "stablehlo.broadcast_in_dim"(%1073) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4x1xi32>
    %1075 = "stablehlo.subtract"(%1072, %1074) : (tensor<1x4x1xi32>, tensor<1x4x1xi32>) -> tensor<1x4x1xi32>
    %1076 = "stablehlo.broadcast_in_dim"(%1071) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xi32>) -> tensor<1x4x4xi32>
    %1077 = "stablehlo.broadcast_in_dim"(%1075) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xi32>) -> tensor<1x4x4xi32>
    %1078 = "stablehlo.compare"(%1076, %1077) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x4x4xi32>, tensor<1x4x4xi32>) -> tensor<1x4x4xi1>
    %1079 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %1080 = "stablehlo.broadcast_in_dim"(%1079) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4x1xi32>
    %1081 = "stablehlo.add"(%1072, %1080) : (tensor<1x4x1xi32>, tensor<1x4x1xi32>) -> tensor<1x4x1xi32>
    %1082 = "stablehlo.broadcast_in_dim"(%1071) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xi32>) -> tensor<1x4x4xi32>
    %1083 = "stablehlo.broadcast_in_dim"(%1081) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xi32>) -> tensor<1x4x4xi32>
    %1084 = "stablehlo.compare"(%1082, %1083) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x4x4xi32>, tensor<1x4x4xi32>) -> tensor<1x4x4xi1>
    %1085 = "stablehlo.and"(%1078, %1084) : (tensor<1x4x4xi1>, tensor<1x4x4xi1>) -> tensor<1x4x4xi1>
    %1086 = "stablehlo.and"(%arg336, %1085) : (tensor<1x4x4xi1>, tensor<1x4x4xi1>) -> tensor<1x4x4xi1>
    %1087 = "stablehlo.broadcast_in_dim"(%1086) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x4xi1>) -> tensor<1x4x1x4xi1>
    %1088 = "stablehlo.constant"() <{value = dense<-2.38197633E+38> : tensor<f32>}> : () -> tensor<f32>
    %1089 = "func.call"(%1087, %1070, %1088) <{callee = @_where_2}> : (tensor<1x4x1x4xi1>, tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4x4xf32>
    %1090 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1091 = "stablehlo.reduce"(%1089, %1090) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg375: tensor<f32>, %arg376: tensor<f32>):
      %1532 = "stablehlo.maximum"(%arg375, %arg376) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1532) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1092 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1093 = "stablehlo.broadcast_in_dim"(%1092) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4xf32>
    %1094 = "stablehlo.maximum"(%1093, %1091) : (tensor<1x4x4xf32>, tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
    %1095 = "stablehlo.broadcast_in_dim"(%1094) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1096 = "stablehlo.broadcast_in_dim"(%1095) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x4xf32>
    %1097 = "stablehlo.subtract"(%1089, %1096) : (tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    %1098 = "stablehlo.exponential"(%1097) : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    %1099 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1100 = "stablehlo.reduce"(%1098, %1099) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg373: tensor<f32>, %arg374: tensor<f32>):
      %1531 = "stablehlo.add"(%arg373, %arg374) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1531) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1101 = "stablehlo.broadcast_in_dim"(%1100) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1102 = "stablehlo.broadcast_in_dim"(%1101) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x4xf32>
    %1103 = "stablehlo.divide"(%1098, %1102) : (tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    %1104 = "stablehlo.reshape"(%1103) : (tensor<1x4x4x4xf32>) -> tensor<1x4x2x2x4xf32>
    %1105 = "stablehlo.dot_general"(%1050, %1104) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x2x16xf32>, tensor<1x4x2x2x4xf32>) -> tensor<1x2x16x4x2xf32>
    %1106 = "stablehlo.transpose"(%1105) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x16x4x2xf32>) -> tensor<1x4x2x2x16xf32>
    %1107 = "stablehlo.reshape"(%1106) : (tensor<1x4x2x2x16xf32>) -> tensor<1x4x4x16xf32>
    %1108 = "stablehlo.dot_general"(%1107, %arg316) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3, 2], rhs_contracting_dimensions = [1, 0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x4x16xf32>, tensor<4x16x64xf32>) -> tensor<1x4x64xf32>
    %1109 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1110 = "stablehlo.broadcast_in_dim"(%1109) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1111 = "stablehlo.add"(%arg337, %1110) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1112 = "chlo.square"(%1108) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1113 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1114 = "stablehlo.reduce"(%1112, %1113) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg371: tensor<f32>, %arg372: tensor<f32>):
      %1530 = "stablehlo.add"(%arg371, %arg372) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1530) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1115 = "stablehlo.broadcast_in_dim"(%1114) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1116 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1117 = "stablehlo.broadcast_in_dim"(%1116) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1118 = "stablehlo.divide"(%1115, %1117) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1119 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1120 = "stablehlo.broadcast_in_dim"(%1119) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1121 = "stablehlo.add"(%1118, %1120) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1122 = "stablehlo.rsqrt"(%1121) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1123 = "stablehlo.broadcast_in_dim"(%1122) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1124 = "stablehlo.multiply"(%1108, %1123) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1125 = "stablehlo.broadcast_in_dim"(%arg321) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1126 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1127 = "stablehlo.broadcast_in_dim"(%1126) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %1128 = "stablehlo.add"(%1127, %1125) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %1129 = "stablehlo.broadcast_in_dim"(%1128) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1130 = "stablehlo.multiply"(%1124, %1129) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1131 = "stablehlo.add"(%1130, %900) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1132 = "chlo.square"(%1131) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1133 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1134 = "stablehlo.reduce"(%1132, %1133) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg369: tensor<f32>, %arg370: tensor<f32>):
      %1529 = "stablehlo.add"(%arg369, %arg370) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1529) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1135 = "stablehlo.broadcast_in_dim"(%1134) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1136 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1137 = "stablehlo.broadcast_in_dim"(%1136) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1138 = "stablehlo.divide"(%1135, %1137) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1139 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1140 = "stablehlo.broadcast_in_dim"(%1139) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1141 = "stablehlo.add"(%1138, %1140) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1142 = "stablehlo.rsqrt"(%1141) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1143 = "stablehlo.broadcast_in_dim"(%1142) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1144 = "stablehlo.multiply"(%1131, %1143) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1145 = "stablehlo.broadcast_in_dim"(%arg324) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1146 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1147 = "stablehlo.broadcast_in_dim"(%1146) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %1148 = "stablehlo.add"(%1147, %1145) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %1149 = "stablehlo.broadcast_in_dim"(%1148) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1150 = "stablehlo.multiply"(%1144, %1149) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1151 = "stablehlo.dot_general"(%1150, %arg319) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<2x64x128xf32>) -> tensor<1x4x2x128xf32>
    %1152 = "stablehlo.slice"(%1151) <{limit_indices = array<i64: 1, 4, 1, 128>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x128xf32>) -> tensor<1x4x1x128xf32>
    %1153 = "stablehlo.reshape"(%1152) : (tensor<1x4x1x128xf32>) -> tensor<1x4x128xf32>
    %1154 = "stablehlo.multiply"(%1153, %1153) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1155 = "stablehlo.multiply"(%1154, %1153) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1156 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %1157 = "stablehlo.broadcast_in_dim"(%1156) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x128xf32>
    %1158 = "stablehlo.multiply"(%1157, %1155) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1159 = "stablehlo.add"(%1153, %1158) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1160 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %1161 = "stablehlo.broadcast_in_dim"(%1160) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x128xf32>
    %1162 = "stablehlo.multiply"(%1161, %1159) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1163 = "stablehlo.tanh"(%1162) : (tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1164 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1165 = "stablehlo.broadcast_in_dim"(%1164) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x128xf32>
    %1166 = "stablehlo.add"(%1165, %1163) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1167 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1168 = "stablehlo.broadcast_in_dim"(%1167) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x128xf32>
    %1169 = "stablehlo.multiply"(%1168, %1166) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1170 = "stablehlo.multiply"(%1153, %1169) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1171 = "stablehlo.slice"(%1151) <{limit_indices = array<i64: 1, 4, 2, 128>, start_indices = array<i64: 0, 0, 1, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x128xf32>) -> tensor<1x4x1x128xf32>
    %1172 = "stablehlo.reshape"(%1171) : (tensor<1x4x1x128xf32>) -> tensor<1x4x128xf32>
    %1173 = "stablehlo.multiply"(%1170, %1172) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1174 = "stablehlo.dot_general"(%1173, %arg320) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x128xf32>, tensor<128x64xf32>) -> tensor<1x4x64xf32>
    %1175 = "chlo.square"(%1174) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1176 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1177 = "stablehlo.reduce"(%1175, %1176) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg367: tensor<f32>, %arg368: tensor<f32>):
      %1528 = "stablehlo.add"(%arg367, %arg368) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1528) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1178 = "stablehlo.broadcast_in_dim"(%1177) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1179 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1180 = "stablehlo.broadcast_in_dim"(%1179) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1181 = "stablehlo.divide"(%1178, %1180) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1182 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1183 = "stablehlo.broadcast_in_dim"(%1182) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1184 = "stablehlo.add"(%1181, %1183) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1185 = "stablehlo.rsqrt"(%1184) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1186 = "stablehlo.broadcast_in_dim"(%1185) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1187 = "stablehlo.multiply"(%1174, %1186) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1188 = "stablehlo.broadcast_in_dim"(%arg322) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1189 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1190 = "stablehlo.broadcast_in_dim"(%1189) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %1191 = "stablehlo.add"(%1190, %1188) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %1192 = "stablehlo.broadcast_in_dim"(%1191) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1193 = "stablehlo.multiply"(%1187, %1192) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1194 = "stablehlo.add"(%1193, %1131) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1195 = "chlo.square"(%1194) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1196 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1197 = "stablehlo.reduce"(%1195, %1196) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg365: tensor<f32>, %arg366: tensor<f32>):
      %1527 = "stablehlo.add"(%arg365, %arg366) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1527) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1198 = "stablehlo.broadcast_in_dim"(%1197) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1199 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1200 = "stablehlo.broadcast_in_dim"(%1199) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1201 = "stablehlo.divide"(%1198, %1200) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1202 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1203 = "stablehlo.broadcast_in_dim"(%1202) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1204 = "stablehlo.add"(%1201, %1203) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1205 = "stablehlo.rsqrt"(%1204) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1206 = "stablehlo.broadcast_in_dim"(%1205) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1207 = "stablehlo.multiply"(%1194, %1206) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1208 = "stablehlo.broadcast_in_dim"(%arg334) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1209 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1210 = "stablehlo.broadcast_in_dim"(%1209) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %1211 = "stablehlo.add"(%1210, %1208) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %1212 = "stablehlo.broadcast_in_dim"(%1211) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1213 = "stablehlo.multiply"(%1207, %1212) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1214 = "stablehlo.dot_general"(%1213, %arg329) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<4x64x16xf32>) -> tensor<1x4x4x16xf32>
    %1215 = "stablehlo.dot_general"(%arg328, %1213) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x2x64x16xf32>, tensor<1x4x64xf32>) -> tensor<2x2x16x1x4xf32>
    %1216 = "stablehlo.transpose"(%1215) <{permutation = array<i64: 0, 3, 4, 1, 2>}> : (tensor<2x2x16x1x4xf32>) -> tensor<2x1x4x2x16xf32>
    %1217 = "stablehlo.slice"(%1216) <{limit_indices = array<i64: 1, 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x4x2x16xf32>) -> tensor<1x1x4x2x16xf32>
    %1218 = "stablehlo.reshape"(%1217) : (tensor<1x1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1219 = "stablehlo.slice"(%1216) <{limit_indices = array<i64: 2, 1, 4, 2, 16>, start_indices = array<i64: 1, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x4x2x16xf32>) -> tensor<1x1x4x2x16xf32>
    %1220 = "stablehlo.reshape"(%1219) : (tensor<1x1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1221 = "chlo.square"(%1214) : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1222 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1223 = "stablehlo.reduce"(%1221, %1222) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg363: tensor<f32>, %arg364: tensor<f32>):
      %1526 = "stablehlo.add"(%arg363, %arg364) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1526) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x16xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1224 = "stablehlo.broadcast_in_dim"(%1223) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1225 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1226 = "stablehlo.broadcast_in_dim"(%1225) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x1xf32>
    %1227 = "stablehlo.divide"(%1224, %1226) : (tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
    %1228 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1229 = "stablehlo.broadcast_in_dim"(%1228) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x1xf32>
    %1230 = "stablehlo.add"(%1227, %1229) : (tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
    %1231 = "stablehlo.rsqrt"(%1230) : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
    %1232 = "stablehlo.broadcast_in_dim"(%1231) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x16xf32>
    %1233 = "stablehlo.multiply"(%1214, %1232) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1234 = "stablehlo.broadcast_in_dim"(%arg326) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %1235 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1236 = "stablehlo.broadcast_in_dim"(%1235) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
    %1237 = "stablehlo.add"(%1236, %1234) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %1238 = "stablehlo.broadcast_in_dim"(%1237) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x4x4x16xf32>
    %1239 = "stablehlo.multiply"(%1233, %1238) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1240 = "chlo.square"(%1218) : (tensor<1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1241 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1242 = "stablehlo.reduce"(%1240, %1241) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg361: tensor<f32>, %arg362: tensor<f32>):
      %1525 = "stablehlo.add"(%arg361, %arg362) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1525) : (tensor<f32>) -> ()
    }) : (tensor<1x4x2x16xf32>, tensor<f32>) -> tensor<1x4x2xf32>
    %1243 = "stablehlo.broadcast_in_dim"(%1242) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x2xf32>) -> tensor<1x4x2x1xf32>
    %1244 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1245 = "stablehlo.broadcast_in_dim"(%1244) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x2x1xf32>
    %1246 = "stablehlo.divide"(%1243, %1245) : (tensor<1x4x2x1xf32>, tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xf32>
    %1247 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1248 = "stablehlo.broadcast_in_dim"(%1247) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x2x1xf32>
    %1249 = "stablehlo.add"(%1246, %1248) : (tensor<1x4x2x1xf32>, tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xf32>
    %1250 = "stablehlo.rsqrt"(%1249) : (tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xf32>
    %1251 = "stablehlo.broadcast_in_dim"(%1250) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x2x1xf32>) -> tensor<1x4x2x16xf32>
    %1252 = "stablehlo.multiply"(%1218, %1251) : (tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1253 = "stablehlo.broadcast_in_dim"(%arg325) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %1254 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1255 = "stablehlo.broadcast_in_dim"(%1254) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
    %1256 = "stablehlo.add"(%1255, %1253) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %1257 = "stablehlo.broadcast_in_dim"(%1256) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x4x2x16xf32>
    %1258 = "stablehlo.multiply"(%1252, %1257) : (tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>) -> tensor<1x4x2x16xf32>
    %1259 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %1260 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1261 = "stablehlo.broadcast_in_dim"(%1260) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1262 = "stablehlo.multiply"(%1261, %1259) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1263 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %1264 = "stablehlo.broadcast_in_dim"(%1263) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1265 = "stablehlo.power"(%1264, %1262) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1266 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1267 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %1268 = "func.call"(%1265, %1266, %1267) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %1269 = "stablehlo.broadcast_in_dim"(%arg345) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1270 = "stablehlo.broadcast_in_dim"(%1268) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %1271 = "stablehlo.convert"(%1269) : (tensor<1x4x1xi32>) -> tensor<1x4x1xf32>
    %1272 = "stablehlo.broadcast_in_dim"(%1271) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x8xf32>
    %1273 = "stablehlo.broadcast_in_dim"(%1270) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
    %1274 = "stablehlo.divide"(%1272, %1273) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    %1275 = "stablehlo.broadcast_in_dim"(%1274) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x8xf32>) -> tensor<1x4x1x8xf32>
    %1276 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1277 = "stablehlo.broadcast_in_dim"(%1276) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %1278 = "stablehlo.divide"(%1275, %1277) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1279 = "stablehlo.sine"(%1278) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1280 = "stablehlo.cosine"(%1278) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1281 = "stablehlo.slice"(%1239) <{limit_indices = array<i64: 1, 4, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x8xf32>
    %1282 = "stablehlo.slice"(%1239) <{limit_indices = array<i64: 1, 4, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x8xf32>
    %1283 = "stablehlo.broadcast_in_dim"(%1280) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1284 = "stablehlo.multiply"(%1281, %1283) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1285 = "stablehlo.broadcast_in_dim"(%1279) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1286 = "stablehlo.multiply"(%1282, %1285) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1287 = "stablehlo.subtract"(%1284, %1286) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1288 = "stablehlo.broadcast_in_dim"(%1280) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1289 = "stablehlo.multiply"(%1282, %1288) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1290 = "stablehlo.broadcast_in_dim"(%1279) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1291 = "stablehlo.multiply"(%1281, %1290) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1292 = "stablehlo.add"(%1289, %1291) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1293 = "stablehlo.concatenate"(%1287, %1292) <{dimension = 3 : i64}> : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x16xf32>
    %1294 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1295 = "stablehlo.broadcast_in_dim"(%1294) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x16xf32>
    %1296 = "stablehlo.multiply"(%1293, %1295) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1297 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %1298 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1299 = "stablehlo.broadcast_in_dim"(%1298) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1300 = "stablehlo.multiply"(%1299, %1297) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1301 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %1302 = "stablehlo.broadcast_in_dim"(%1301) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1303 = "stablehlo.power"(%1302, %1300) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1304 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1305 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %1306 = "func.call"(%1303, %1304, %1305) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %1307 = "stablehlo.broadcast_in_dim"(%arg345) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1308 = "stablehlo.broadcast_in_dim"(%1306) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %1309 = "stablehlo.convert"(%1307) : (tensor<1x4x1xi32>) -> tensor<1x4x1xf32>
    %1310 = "stablehlo.broadcast_in_dim"(%1309) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x8xf32>
    %1311 = "stablehlo.broadcast_in_dim"(%1308) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
    %1312 = "stablehlo.divide"(%1310, %1311) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    %1313 = "stablehlo.broadcast_in_dim"(%1312) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x8xf32>) -> tensor<1x4x1x8xf32>
    %1314 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1315 = "stablehlo.broadcast_in_dim"(%1314) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %1316 = "stablehlo.divide"(%1313, %1315) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1317 = "stablehlo.sine"(%1316) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1318 = "stablehlo.cosine"(%1316) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1319 = "stablehlo.slice"(%1258) <{limit_indices = array<i64: 1, 4, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x16xf32>) -> tensor<1x4x2x8xf32>
    %1320 = "stablehlo.slice"(%1258) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x16xf32>) -> tensor<1x4x2x8xf32>
    %1321 = "stablehlo.broadcast_in_dim"(%1318) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1322 = "stablehlo.multiply"(%1319, %1321) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1323 = "stablehlo.broadcast_in_dim"(%1317) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1324 = "stablehlo.multiply"(%1320, %1323) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1325 = "stablehlo.subtract"(%1322, %1324) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1326 = "stablehlo.broadcast_in_dim"(%1318) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1327 = "stablehlo.multiply"(%1320, %1326) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1328 = "stablehlo.broadcast_in_dim"(%1317) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1329 = "stablehlo.multiply"(%1319, %1328) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1330 = "stablehlo.add"(%1327, %1329) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1331 = "stablehlo.concatenate"(%1325, %1330) <{dimension = 3 : i64}> : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x16xf32>
    %1332 = "stablehlo.reshape"(%arg341) : (tensor<1xi32>) -> tensor<i32>
    %1333 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1334 = "func.call"(%1332, %1333) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1335 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1336 = "stablehlo.compare"(%1334, %1335) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1337 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1338 = "stablehlo.add"(%1334, %1337) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1339 = "stablehlo.select"(%1336, %1338, %1334) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1340 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1341 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1342 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1343 = "stablehlo.dynamic_update_slice"(%arg344, %1220, %1340, %1339, %1341, %1342) : (tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4x2x16xf32>
    %1344 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1345 = "stablehlo.compare"(%1334, %1344) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1346 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1347 = "stablehlo.add"(%1334, %1346) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1348 = "stablehlo.select"(%1345, %1347, %1334) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1349 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1350 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1351 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1352 = "stablehlo.dynamic_update_slice"(%arg342, %1331, %1349, %1348, %1350, %1351) : (tensor<1x4x2x16xf32>, tensor<1x4x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4x2x16xf32>
    %1353 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1354 = "stablehlo.compare"(%1334, %1353) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1355 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1356 = "stablehlo.add"(%1334, %1355) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1357 = "stablehlo.select"(%1354, %1356, %1334) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1358 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1359 = "stablehlo.dynamic_update_slice"(%arg343, %arg345, %1358, %1357) : (tensor<1x4xi32>, tensor<1x4xi32>, tensor<i32>, tensor<i32>) -> tensor<1x4xi32>
    %1360 = "stablehlo.reshape"(%1296) : (tensor<1x4x4x16xf32>) -> tensor<1x4x2x2x16xf32>
    %1361 = "stablehlo.dot_general"(%1352, %1360) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x2x16xf32>, tensor<1x4x2x2x16xf32>) -> tensor<1x2x4x4x2xf32>
    %1362 = "stablehlo.transpose"(%1361) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x4x4x2xf32>) -> tensor<1x4x2x2x4xf32>
    %1363 = "stablehlo.reshape"(%1362) : (tensor<1x4x2x2x4xf32>) -> tensor<1x4x4x4xf32>
    %1364 = "stablehlo.broadcast_in_dim"(%arg336) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x4xi1>) -> tensor<1x4x1x4xi1>
    %1365 = "stablehlo.constant"() <{value = dense<-2.38197633E+38> : tensor<f32>}> : () -> tensor<f32>
    %1366 = "func.call"(%1364, %1363, %1365) <{callee = @_where_2}> : (tensor<1x4x1x4xi1>, tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4x4xf32>
    %1367 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1368 = "stablehlo.reduce"(%1366, %1367) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg359: tensor<f32>, %arg360: tensor<f32>):
      %1524 = "stablehlo.maximum"(%arg359, %arg360) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1524) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1369 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1370 = "stablehlo.broadcast_in_dim"(%1369) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4xf32>
    %1371 = "stablehlo.maximum"(%1370, %1368) : (tensor<1x4x4xf32>, tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
    %1372 = "stablehlo.broadcast_in_dim"(%1371) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1373 = "stablehlo.broadcast_in_dim"(%1372) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x4xf32>
    %1374 = "stablehlo.subtract"(%1366, %1373) : (tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    %1375 = "stablehlo.exponential"(%1374) : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    %1376 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1377 = "stablehlo.reduce"(%1375, %1376) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg357: tensor<f32>, %arg358: tensor<f32>):
      %1523 = "stablehlo.add"(%arg357, %arg358) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1523) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1378 = "stablehlo.broadcast_in_dim"(%1377) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1379 = "stablehlo.broadcast_in_dim"(%1378) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x4xf32>
    %1380 = "stablehlo.divide"(%1375, %1379) : (tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    %1381 = "stablehlo.reshape"(%1380) : (tensor<1x4x4x4xf32>) -> tensor<1x4x2x2x4xf32>
    %1382 = "stablehlo.dot_general"(%1343, %1381) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x2x16xf32>, tensor<1x4x2x2x4xf32>) -> tensor<1x2x16x4x2xf32>
    %1383 = "stablehlo.transpose"(%1382) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x16x4x2xf32>) -> tensor<1x4x2x2x16xf32>
    %1384 = "stablehlo.reshape"(%1383) : (tensor<1x4x2x2x16xf32>) -> tensor<1x4x4x16xf32>
    %1385 = "stablehlo.dot_general"(%1384, %arg327) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3, 2], rhs_contracting_dimensions = [1, 0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x4x16xf32>, tensor<4x16x64xf32>) -> tensor<1x4x64xf32>
    %1386 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1387 = "stablehlo.broadcast_in_dim"(%1386) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1388 = "stablehlo.add"(%arg341, %1387) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1389 = "chlo.square"(%1385) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1390 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1391 = "stablehlo.reduce"(%1389, %1390) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg355: tensor<f32>, %arg356: tensor<f32>):
      %1522 = "stablehlo.add"(%arg355, %arg356) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1522) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1392 = "stablehlo.broadcast_in_dim"(%1391) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1393 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1394 = "stablehlo.broadcast_in_dim"(%1393) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1395 = "stablehlo.divide"(%1392, %1394) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1396 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1397 = "stablehlo.broadcast_in_dim"(%1396) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1398 = "stablehlo.add"(%1395, %1397) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1399 = "stablehlo.rsqrt"(%1398) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1400 = "stablehlo.broadcast_in_dim"(%1399) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1401 = "stablehlo.multiply"(%1385, %1400) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1402 = "stablehlo.broadcast_in_dim"(%arg332) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1403 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1404 = "stablehlo.broadcast_in_dim"(%1403) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %1405 = "stablehlo.add"(%1404, %1402) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %1406 = "stablehlo.broadcast_in_dim"(%1405) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1407 = "stablehlo.multiply"(%1401, %1406) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1408 = "stablehlo.add"(%1407, %1194) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1409 = "chlo.square"(%1408) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1410 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1411 = "stablehlo.reduce"(%1409, %1410) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg353: tensor<f32>, %arg354: tensor<f32>):
      %1521 = "stablehlo.add"(%arg353, %arg354) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1521) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1412 = "stablehlo.broadcast_in_dim"(%1411) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1413 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1414 = "stablehlo.broadcast_in_dim"(%1413) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1415 = "stablehlo.divide"(%1412, %1414) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1416 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1417 = "stablehlo.broadcast_in_dim"(%1416) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1418 = "stablehlo.add"(%1415, %1417) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1419 = "stablehlo.rsqrt"(%1418) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1420 = "stablehlo.broadcast_in_dim"(%1419) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1421 = "stablehlo.multiply"(%1408, %1420) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1422 = "stablehlo.broadcast_in_dim"(%arg335) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1423 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1424 = "stablehlo.broadcast_in_dim"(%1423) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %1425 = "stablehlo.add"(%1424, %1422) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %1426 = "stablehlo.broadcast_in_dim"(%1425) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1427 = "stablehlo.multiply"(%1421, %1426) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1428 = "stablehlo.dot_general"(%1427, %arg330) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<2x64x128xf32>) -> tensor<1x4x2x128xf32>
    %1429 = "stablehlo.slice"(%1428) <{limit_indices = array<i64: 1, 4, 1, 128>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x128xf32>) -> tensor<1x4x1x128xf32>
    %1430 = "stablehlo.reshape"(%1429) : (tensor<1x4x1x128xf32>) -> tensor<1x4x128xf32>
    %1431 = "stablehlo.multiply"(%1430, %1430) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1432 = "stablehlo.multiply"(%1431, %1430) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1433 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %1434 = "stablehlo.broadcast_in_dim"(%1433) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x128xf32>
    %1435 = "stablehlo.multiply"(%1434, %1432) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1436 = "stablehlo.add"(%1430, %1435) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1437 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %1438 = "stablehlo.broadcast_in_dim"(%1437) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x128xf32>
    %1439 = "stablehlo.multiply"(%1438, %1436) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1440 = "stablehlo.tanh"(%1439) : (tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1441 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1442 = "stablehlo.broadcast_in_dim"(%1441) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x128xf32>
    %1443 = "stablehlo.add"(%1442, %1440) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1444 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1445 = "stablehlo.broadcast_in_dim"(%1444) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x128xf32>
    %1446 = "stablehlo.multiply"(%1445, %1443) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1447 = "stablehlo.multiply"(%1430, %1446) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1448 = "stablehlo.slice"(%1428) <{limit_indices = array<i64: 1, 4, 2, 128>, start_indices = array<i64: 0, 0, 1, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x128xf32>) -> tensor<1x4x1x128xf32>
    %1449 = "stablehlo.reshape"(%1448) : (tensor<1x4x1x128xf32>) -> tensor<1x4x128xf32>
    %1450 = "stablehlo.multiply"(%1447, %1449) : (tensor<1x4x128xf32>, tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %1451 = "stablehlo.dot_general"(%1450, %arg331) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x128xf32>, tensor<128x64xf32>) -> tensor<1x4x64xf32>
    %1452 = "chlo.square"(%1451) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1453 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1454 = "stablehlo.reduce"(%1452, %1453) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg351: tensor<f32>, %arg352: tensor<f32>):
      %1520 = "stablehlo.add"(%arg351, %arg352) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1520) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1455 = "stablehlo.broadcast_in_dim"(%1454) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1456 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1457 = "stablehlo.broadcast_in_dim"(%1456) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1458 = "stablehlo.divide"(%1455, %1457) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1459 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1460 = "stablehlo.broadcast_in_dim"(%1459) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1461 = "stablehlo.add"(%1458, %1460) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1462 = "stablehlo.rsqrt"(%1461) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1463 = "stablehlo.broadcast_in_dim"(%1462) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1464 = "stablehlo.multiply"(%1451, %1463) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1465 = "stablehlo.broadcast_in_dim"(%arg333) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1466 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1467 = "stablehlo.broadcast_in_dim"(%1466) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %1468 = "stablehlo.add"(%1467, %1465) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %1469 = "stablehlo.broadcast_in_dim"(%1468) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1470 = "stablehlo.multiply"(%1464, %1469) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1471 = "stablehlo.add"(%1470, %1408) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1472 = "chlo.square"(%1471) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1473 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1474 = "stablehlo.reduce"(%1472, %1473) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg349: tensor<f32>, %arg350: tensor<f32>):
      %1519 = "stablehlo.add"(%arg349, %arg350) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1519) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1475 = "stablehlo.broadcast_in_dim"(%1474) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1476 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1477 = "stablehlo.broadcast_in_dim"(%1476) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1478 = "stablehlo.divide"(%1475, %1477) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1479 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %1480 = "stablehlo.broadcast_in_dim"(%1479) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1481 = "stablehlo.add"(%1478, %1480) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1482 = "stablehlo.rsqrt"(%1481) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1483 = "stablehlo.broadcast_in_dim"(%1482) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1484 = "stablehlo.multiply"(%1471, %1483) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1485 = "stablehlo.broadcast_in_dim"(%arg313) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1486 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1487 = "stablehlo.broadcast_in_dim"(%1486) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %1488 = "stablehlo.add"(%1487, %1485) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %1489 = "stablehlo.broadcast_in_dim"(%1488) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1490 = "stablehlo.multiply"(%1484, %1489) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1491 = "stablehlo.convert"(%901) : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %1492 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1493 = "stablehlo.reduce"(%1491, %1492) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg347: tensor<i32>, %arg348: tensor<i32>):
      %1518 = "stablehlo.add"(%arg347, %arg348) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%1518) : (tensor<i32>) -> ()
    }) : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %1494 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1495 = "stablehlo.broadcast_in_dim"(%1494) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1496 = "stablehlo.subtract"(%1493, %1495) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1497 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<1xi32>
    %1498 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1499 = "stablehlo.broadcast_in_dim"(%1498) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1500 = "stablehlo.compare"(%1497, %1499) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %1501 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1502 = "stablehlo.broadcast_in_dim"(%1501) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1503 = "stablehlo.add"(%1497, %1502) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1504 = "stablehlo.select"(%1500, %1503, %1497) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1505 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1506 = "stablehlo.broadcast_in_dim"(%1505) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1507 = "stablehlo.compare"(%1496, %1506) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %1508 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1509 = "stablehlo.broadcast_in_dim"(%1508) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1510 = "stablehlo.add"(%1496, %1509) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1511 = "stablehlo.select"(%1507, %1510, %1496) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1512 = "stablehlo.broadcast_in_dim"(%1504) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %1513 = "stablehlo.broadcast_in_dim"(%1511) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %1514 = "stablehlo.concatenate"(%1512, %1513) <{dimension = 1 : i64}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
    %1515 = "stablehlo.gather"(%1490, %1514) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0, 1], start_index_map = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 64>}> : (tensor<1x4x64xf32>, tensor<1x2xi32>) -> tensor<1x64xf32>
    %1516 = "stablehlo.transpose"(%arg312) <{permutation = array<i64: 1, 0>}> : (tensor<101x64xf32>) -> tensor<64x101xf32>
    %1517 = "stablehlo.dot_general"(%1515, %1516) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x64xf32>, tensor<64x101xf32>) -> tensor<1x101xf32>
    "func.return"(%1517, %1111, %1059, %1066, %1050, %1388, %1352, %1359, %1343) : (tensor<1x101xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>, tensor<1xi32>, tensor<1x4x2x16xf32>, tensor<1x4xi32>, tensor<1x4x2x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "_pad_1", sym_visibility = "private"}> ({
  ^bb0(%arg309: tensor<8xf32>, %arg310: tensor<i32>, %arg311: tensor<f32>):
    %880 = "stablehlo.convert"(%arg310) : (tensor<i32>) -> tensor<f32>
    %881 = "stablehlo.broadcast_in_dim"(%880) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %882 = "stablehlo.convert"(%arg311) : (tensor<f32>) -> tensor<f32>
    %883 = "stablehlo.broadcast_in_dim"(%882) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %884 = "stablehlo.concatenate"(%881, %883) <{dimension = 0 : i64}> : (tensor<1xf32>, tensor<1xf32>) -> tensor<2xf32>
    %885 = "stablehlo.broadcast_in_dim"(%884) <{broadcast_dimensions = array<i64: 1>}> : (tensor<2xf32>) -> tensor<1x2xf32>
    "func.return"(%arg309) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg307: tensor<i32>, %arg308: tensor<i32>):
    %864 = "stablehlo.convert"(%arg308) : (tensor<i32>) -> tensor<i32>
    %865 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %866 = "stablehlo.compare"(%864, %865) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %867 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %868 = "func.call"(%866, %867, %864) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %869 = "stablehlo.remainder"(%arg307, %868) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %870 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %871 = "stablehlo.compare"(%869, %870) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %872 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %873 = "stablehlo.compare"(%869, %872) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %874 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %875 = "stablehlo.compare"(%868, %874) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %876 = "stablehlo.compare"(%873, %875) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %877 = "stablehlo.and"(%876, %871) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %878 = "stablehlo.add"(%869, %868) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %879 = "stablehlo.select"(%877, %878, %869) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%879) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg304: tensor<i1>, %arg305: tensor<i32>, %arg306: tensor<i32>):
    %863 = "stablehlo.select"(%arg304, %arg305, %arg306) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%863) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x4x1x4xi1>, tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4x4xf32>, res_attrs = [{}], sym_name = "_where_2", sym_visibility = "private"}> ({
  ^bb0(%arg301: tensor<1x4x1x4xi1>, %arg302: tensor<1x4x4x4xf32>, %arg303: tensor<f32>):
    %859 = "stablehlo.convert"(%arg303) : (tensor<f32>) -> tensor<f32>
    %860 = "stablehlo.broadcast_in_dim"(%arg301) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x4xi1>) -> tensor<1x4x4x4xi1>
    %861 = "stablehlo.broadcast_in_dim"(%859) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x4xf32>
    %862 = "stablehlo.select"(%860, %arg302, %861) : (tensor<1x4x4x4xi1>, tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    "func.return"(%862) : (tensor<1x4x4x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1xi32>, res_attrs = [{}], sym_name = "last_token_pos", sym_visibility = "private"}> ({
  ^bb0(%arg298: tensor<1x4xi32>):
    %851 = "func.call"(%arg298) <{callee = @inputs_mask}> : (tensor<1x4xi32>) -> tensor<1x4xi1>
    %852 = "stablehlo.convert"(%851) : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %853 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %854 = "stablehlo.reduce"(%852, %853) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg299: tensor<i32>, %arg300: tensor<i32>):
      %858 = "stablehlo.add"(%arg299, %arg300) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%858) : (tensor<i32>) -> ()
    }) : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %855 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %856 = "stablehlo.broadcast_in_dim"(%855) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %857 = "stablehlo.subtract"(%854, %856) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    "func.return"(%857) : (tensor<1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<1x4xi1>, tensor<i1>) -> tensor<1x32xi1>, res_attrs = [{}], sym_name = "_pad_3", sym_visibility = "private"}> ({
  ^bb0(%arg296: tensor<1x4xi1>, %arg297: tensor<i1>):
    %850 = "stablehlo.pad"(%arg296, %arg297) <{edge_padding_high = array<i64: 0, 28>, edge_padding_low = array<i64: 0, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<1x4xi1>, tensor<i1>) -> tensor<1x32xi1>
    "func.return"(%850) : (tensor<1x32xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1xi32>, res_attrs = [{}], sym_name = "last_token", sym_visibility = "private"}> ({
  ^bb0(%arg295: tensor<1x4xi32>):
    %845 = "func.call"(%arg295) <{callee = @tokens_with_mm}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %846 = "func.call"(%arg295) <{callee = @last_token_pos}> : (tensor<1x4xi32>) -> tensor<1xi32>
    %847 = "stablehlo.broadcast_in_dim"(%846) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %848 = "func.call"(%845, %847) <{callee = @take_along_axis}> : (tensor<1x4xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %849 = "stablehlo.reshape"(%848) : (tensor<1x1xi32>) -> tensor<1xi32>
    "func.return"(%849) : (tensor<1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<1x4xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>, res_attrs = [{}], sym_name = "take_along_axis", sym_visibility = "private"}> ({
  ^bb0(%arg291: tensor<1x4xi32>, %arg292: tensor<1x1xi32>):
    %823 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %824 = "stablehlo.broadcast_in_dim"(%823) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %825 = "stablehlo.compare"(%arg292, %824) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %826 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %827 = "stablehlo.broadcast_in_dim"(%826) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %828 = "stablehlo.add"(%arg292, %827) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %829 = "stablehlo.select"(%825, %828, %arg292) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %830 = "stablehlo.constant"() <{value = dense<3> : tensor<1xi32>}> : () -> tensor<1xi32>
    %831 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %832 = "stablehlo.broadcast_in_dim"(%831) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %833 = "stablehlo.compare"(%829, %832) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %834 = "stablehlo.broadcast_in_dim"(%830) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %835 = "stablehlo.compare"(%829, %834) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %836 = "stablehlo.and"(%833, %835) : (tensor<1x1xi1>, tensor<1x1xi1>) -> tensor<1x1xi1>
    %837 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %838 = "stablehlo.reduce"(%836, %837) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg293: tensor<i1>, %arg294: tensor<i1>):
      %844 = "stablehlo.and"(%arg293, %arg294) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%844) : (tensor<i1>) -> ()
    }) : (tensor<1x1xi1>, tensor<i1>) -> tensor<1xi1>
    %839 = "stablehlo.gather"(%arg291, %829) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1>}> : (tensor<1x4xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %840 = "stablehlo.broadcast_in_dim"(%838) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xi1>) -> tensor<1x1xi1>
    %841 = "stablehlo.constant"() <{value = dense<-2147483648> : tensor<i32>}> : () -> tensor<i32>
    %842 = "stablehlo.broadcast_in_dim"(%841) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %843 = "stablehlo.select"(%840, %839, %842) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    "func.return"(%843) : (tensor<1x1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], sym_name = "_sample_loop", sym_visibility = "private"}> ({
  ^bb0(%arg164: tensor<i32>, %arg165: tensor<101x64xf32>, %arg166: tensor<64xf32>, %arg167: tensor<16xf32>, %arg168: tensor<16xf32>, %arg169: tensor<4x16x64xf32>, %arg170: tensor<2x2x64x16xf32>, %arg171: tensor<4x64x16xf32>, %arg172: tensor<2x64x128xf32>, %arg173: tensor<128x64xf32>, %arg174: tensor<64xf32>, %arg175: tensor<64xf32>, %arg176: tensor<64xf32>, %arg177: tensor<64xf32>, %arg178: tensor<16xf32>, %arg179: tensor<16xf32>, %arg180: tensor<4x16x64xf32>, %arg181: tensor<2x2x64x16xf32>, %arg182: tensor<4x64x16xf32>, %arg183: tensor<2x64x128xf32>, %arg184: tensor<128x64xf32>, %arg185: tensor<64xf32>, %arg186: tensor<64xf32>, %arg187: tensor<64xf32>, %arg188: tensor<64xf32>, %arg189: tensor<i32>, %arg190: tensor<1xi1>, %arg191: tensor<1xi32>, %arg192: tensor<1xi32>, %arg193: tensor<1x12xi32>, %arg194: tensor<1xi32>, %arg195: tensor<1x32x2x16xf32>, %arg196: tensor<1x32xi32>, %arg197: tensor<1x32x2x16xf32>, %arg198: tensor<1xi32>, %arg199: tensor<1x32x2x16xf32>, %arg200: tensor<1x32xi32>, %arg201: tensor<1x32x2x16xf32>, %arg202: tensor<2xui32>, %arg203: tensor<i32>, %arg204: tensor<1x32xi1>):
    %777 = "stablehlo.constant"() <{value = dense<[1, 106]> : tensor<2xi32>}> : () -> tensor<2xi32>
    %778:41 = "stablehlo.while"(%arg164, %arg165, %arg166, %arg167, %arg168, %arg169, %arg170, %arg171, %arg172, %arg173, %arg174, %arg175, %arg176, %arg177, %arg178, %arg179, %arg180, %arg181, %arg182, %arg183, %arg184, %arg185, %arg186, %arg187, %arg188, %arg189, %arg190, %arg191, %arg192, %arg193, %arg194, %arg195, %arg196, %arg197, %arg198, %arg199, %arg200, %arg201, %arg202, %arg203, %arg204) ({
    ^bb0(%arg248: tensor<i32>, %arg249: tensor<101x64xf32>, %arg250: tensor<64xf32>, %arg251: tensor<16xf32>, %arg252: tensor<16xf32>, %arg253: tensor<4x16x64xf32>, %arg254: tensor<2x2x64x16xf32>, %arg255: tensor<4x64x16xf32>, %arg256: tensor<2x64x128xf32>, %arg257: tensor<128x64xf32>, %arg258: tensor<64xf32>, %arg259: tensor<64xf32>, %arg260: tensor<64xf32>, %arg261: tensor<64xf32>, %arg262: tensor<16xf32>, %arg263: tensor<16xf32>, %arg264: tensor<4x16x64xf32>, %arg265: tensor<2x2x64x16xf32>, %arg266: tensor<4x64x16xf32>, %arg267: tensor<2x64x128xf32>, %arg268: tensor<128x64xf32>, %arg269: tensor<64xf32>, %arg270: tensor<64xf32>, %arg271: tensor<64xf32>, %arg272: tensor<64xf32>, %arg273: tensor<i32>, %arg274: tensor<1xi1>, %arg275: tensor<1xi32>, %arg276: tensor<1xi32>, %arg277: tensor<1x12xi32>, %arg278: tensor<1xi32>, %arg279: tensor<1x32x2x16xf32>, %arg280: tensor<1x32xi32>, %arg281: tensor<1x32x2x16xf32>, %arg282: tensor<1xi32>, %arg283: tensor<1x32x2x16xf32>, %arg284: tensor<1x32xi32>, %arg285: tensor<1x32x2x16xf32>, %arg286: tensor<2xui32>, %arg287: tensor<i32>, %arg288: tensor<1x32xi1>):
      %808 = "stablehlo.compare"(%arg273, %arg248) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %809 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
      %810 = "stablehlo.reduce"(%arg274, %809) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg289: tensor<i1>, %arg290: tensor<i1>):
        %822 = "stablehlo.and"(%arg289, %arg290) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%822) : (tensor<i1>) -> ()
      }) : (tensor<1xi1>, tensor<i1>) -> tensor<i1>
      %811 = "stablehlo.not"(%810) : (tensor<i1>) -> tensor<i1>
      %812 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
      %813 = "stablehlo.broadcast_in_dim"(%812) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<i1>
      %814 = "stablehlo.compare"(%808, %813) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %815 = "stablehlo.convert"(%814) : (tensor<i1>) -> tensor<i1>
      %816 = "stablehlo.and"(%815, %811) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %817 = "stablehlo.reshape"(%arg278) : (tensor<1xi32>) -> tensor<i32>
      %818 = "stablehlo.constant"() <{value = dense<31> : tensor<i32>}> : () -> tensor<i32>
      %819 = "stablehlo.compare"(%817, %818) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %820 = "stablehlo.not"(%819) : (tensor<i1>) -> tensor<i1>
      %821 = "stablehlo.and"(%816, %820) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%821) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg207: tensor<i32>, %arg208: tensor<101x64xf32>, %arg209: tensor<64xf32>, %arg210: tensor<16xf32>, %arg211: tensor<16xf32>, %arg212: tensor<4x16x64xf32>, %arg213: tensor<2x2x64x16xf32>, %arg214: tensor<4x64x16xf32>, %arg215: tensor<2x64x128xf32>, %arg216: tensor<128x64xf32>, %arg217: tensor<64xf32>, %arg218: tensor<64xf32>, %arg219: tensor<64xf32>, %arg220: tensor<64xf32>, %arg221: tensor<16xf32>, %arg222: tensor<16xf32>, %arg223: tensor<4x16x64xf32>, %arg224: tensor<2x2x64x16xf32>, %arg225: tensor<4x64x16xf32>, %arg226: tensor<2x64x128xf32>, %arg227: tensor<128x64xf32>, %arg228: tensor<64xf32>, %arg229: tensor<64xf32>, %arg230: tensor<64xf32>, %arg231: tensor<64xf32>, %arg232: tensor<i32>, %arg233: tensor<1xi1>, %arg234: tensor<1xi32>, %arg235: tensor<1xi32>, %arg236: tensor<1x12xi32>, %arg237: tensor<1xi32>, %arg238: tensor<1x32x2x16xf32>, %arg239: tensor<1x32xi32>, %arg240: tensor<1x32x2x16xf32>, %arg241: tensor<1xi32>, %arg242: tensor<1x32x2x16xf32>, %arg243: tensor<1x32xi32>, %arg244: tensor<1x32x2x16xf32>, %arg245: tensor<2xui32>, %arg246: tensor<i32>, %arg247: tensor<1x32xi1>):
      %807:16 = "func.call"(%arg232, %arg233, %arg234, %arg235, %arg236, %arg237, %arg238, %arg239, %arg240, %arg241, %arg242, %arg243, %arg244, %arg245, %arg246, %arg247, %arg208, %arg209, %arg210, %arg211, %arg212, %arg213, %arg214, %arg215, %arg216, %arg217, %arg218, %arg219, %arg220, %arg221, %arg222, %arg223, %arg224, %arg225, %arg226, %arg227, %arg228, %arg229, %arg230, %arg231) <{callee = @_sample_step}> : (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>, tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) -> (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>)
      "stablehlo.return"(%arg207, %arg208, %arg209, %arg210, %arg211, %arg212, %arg213, %arg214, %arg215, %arg216, %arg217, %arg218, %arg219, %arg220, %arg221, %arg222, %arg223, %arg224, %arg225, %arg226, %arg227, %arg228, %arg229, %arg230, %arg231, %807#0, %807#1, %807#2, %807#3, %807#4, %807#5, %807#6, %807#7, %807#8, %807#9, %807#10, %807#11, %807#12, %807#13, %807#14, %807#15) : (tensor<i32>, tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> ()
    }) : (tensor<i32>, tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> (tensor<i32>, tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>)
    %779 = "func.call"(%778#29, %777) <{callee = @_in1d_8}> : (tensor<1x12xi32>, tensor<2xi32>) -> tensor<12xi1>
    %780 = "stablehlo.reshape"(%779) : (tensor<12xi1>) -> tensor<1x12xi1>
    %781 = "func.call"(%780) <{callee = @cumsum_9}> : (tensor<1x12xi1>) -> tensor<1x12xi32>
    %782 = "stablehlo.convert"(%780) : (tensor<1x12xi1>) -> tensor<1x12xi32>
    %783 = "stablehlo.subtract"(%781, %782) : (tensor<1x12xi32>, tensor<1x12xi32>) -> tensor<1x12xi32>
    %784 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %785 = "stablehlo.broadcast_in_dim"(%784) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x12xi32>
    %786 = "stablehlo.compare"(%783, %785) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<1x12xi32>, tensor<1x12xi32>) -> tensor<1x12xi1>
    %787 = "stablehlo.convert"(%786) : (tensor<1x12xi1>) -> tensor<1x12xi32>
    %788 = "stablehlo.multiply"(%778#29, %787) : (tensor<1x12xi32>, tensor<1x12xi32>) -> tensor<1x12xi32>
    %789 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %790 = "stablehlo.broadcast_in_dim"(%789) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x12xi32>
    %791 = "stablehlo.compare"(%788, %790) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x12xi32>, tensor<1x12xi32>) -> tensor<1x12xi1>
    %792 = "stablehlo.convert"(%791) : (tensor<1x12xi1>) -> tensor<1x12xi32>
    %793 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %794 = "stablehlo.reduce"(%792, %793) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg205: tensor<i32>, %arg206: tensor<i32>):
      %806 = "stablehlo.add"(%arg205, %arg206) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%806) : (tensor<i32>) -> ()
    }) : (tensor<1x12xi32>, tensor<i32>) -> tensor<1xi32>
    %795 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %796 = "stablehlo.add"(%778#39, %795) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %797 = "stablehlo.convert"(%796) : (tensor<i32>) -> tensor<i32>
    %798 = "stablehlo.broadcast_in_dim"(%797) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %799 = "stablehlo.add"(%798, %794) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %800 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<32xi32>
    %801 = "stablehlo.broadcast_in_dim"(%800) <{broadcast_dimensions = array<i64: 1>}> : (tensor<32xi32>) -> tensor<1x32xi32>
    %802 = "stablehlo.broadcast_in_dim"(%799) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %803 = "stablehlo.broadcast_in_dim"(%802) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x32xi32>
    %804 = "stablehlo.compare"(%801, %803) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x32xi32>, tensor<1x32xi32>) -> tensor<1x32xi1>
    %805 = "stablehlo.and"(%778#40, %804) : (tensor<1x32xi1>, tensor<1x32xi1>) -> tensor<1x32xi1>
    "func.return"(%778#25, %778#26, %778#27, %778#28, %788, %778#30, %778#31, %778#32, %778#33, %778#34, %778#35, %778#36, %778#37, %778#38, %778#39, %805) : (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>, tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) -> (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], sym_name = "_sample_step", sym_visibility = "private"}> ({
  ^bb0(%arg122: tensor<i32>, %arg123: tensor<1xi1>, %arg124: tensor<1xi32>, %arg125: tensor<1xi32>, %arg126: tensor<1x12xi32>, %arg127: tensor<1xi32>, %arg128: tensor<1x32x2x16xf32>, %arg129: tensor<1x32xi32>, %arg130: tensor<1x32x2x16xf32>, %arg131: tensor<1xi32>, %arg132: tensor<1x32x2x16xf32>, %arg133: tensor<1x32xi32>, %arg134: tensor<1x32x2x16xf32>, %arg135: tensor<2xui32>, %arg136: tensor<i32>, %arg137: tensor<1x32xi1>, %arg138: tensor<101x64xf32>, %arg139: tensor<64xf32>, %arg140: tensor<16xf32>, %arg141: tensor<16xf32>, %arg142: tensor<4x16x64xf32>, %arg143: tensor<2x2x64x16xf32>, %arg144: tensor<4x64x16xf32>, %arg145: tensor<2x64x128xf32>, %arg146: tensor<128x64xf32>, %arg147: tensor<64xf32>, %arg148: tensor<64xf32>, %arg149: tensor<64xf32>, %arg150: tensor<64xf32>, %arg151: tensor<16xf32>, %arg152: tensor<16xf32>, %arg153: tensor<4x16x64xf32>, %arg154: tensor<2x2x64x16xf32>, %arg155: tensor<4x64x16xf32>, %arg156: tensor<2x64x128xf32>, %arg157: tensor<128x64xf32>, %arg158: tensor<64xf32>, %arg159: tensor<64xf32>, %arg160: tensor<64xf32>, %arg161: tensor<64xf32>):
    %741 = "stablehlo.constant"() <{value = dense<[1, 106]> : tensor<2xi32>}> : () -> tensor<2xi32>
    %742 = "stablehlo.broadcast_in_dim"(%arg124) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %743 = "stablehlo.broadcast_in_dim"(%arg125) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %744 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<32xi32>
    %745 = "stablehlo.add"(%arg136, %arg122) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %746 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %747 = "stablehlo.add"(%745, %746) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %748 = "stablehlo.convert"(%747) : (tensor<i32>) -> tensor<i32>
    %749 = "stablehlo.broadcast_in_dim"(%748) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<32xi32>
    %750 = "stablehlo.compare"(%744, %749) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<32xi32>, tensor<32xi32>) -> tensor<32xi1>
    %751 = "stablehlo.broadcast_in_dim"(%750) <{broadcast_dimensions = array<i64: 1>}> : (tensor<32xi1>) -> tensor<1x32xi1>
    %752 = "stablehlo.and"(%arg137, %751) : (tensor<1x32xi1>, tensor<1x32xi1>) -> tensor<1x32xi1>
    %753 = "stablehlo.broadcast_in_dim"(%752) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x32xi1>) -> tensor<1x1x32xi1>
    %754:9 = "func.call"(%arg138, %arg139, %arg140, %arg141, %arg142, %arg143, %arg144, %arg145, %arg146, %arg147, %arg148, %arg149, %arg150, %arg151, %arg152, %arg153, %arg154, %arg155, %arg156, %arg157, %arg158, %arg159, %arg160, %arg161, %753, %arg127, %arg128, %arg129, %arg130, %arg131, %arg132, %arg133, %arg134, %743, %742) <{callee = @__call___4}> : (tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<1x1x32xi1>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1x1xi32>, tensor<1x1xi32>) -> (tensor<1x1x101xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>)
    %755 = "stablehlo.reshape"(%754#0) : (tensor<1x1x101xf32>) -> tensor<1x101xf32>
    %756 = "func.call"(%arg135) <{callee = @_threefry_split}> : (tensor<2xui32>) -> tensor<2x2xui32>
    %757 = "stablehlo.slice"(%756) <{limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %758 = "stablehlo.reshape"(%757) : (tensor<1x2xui32>) -> tensor<2xui32>
    %759 = "stablehlo.slice"(%756) <{limit_indices = array<i64: 2, 2>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %760 = "stablehlo.reshape"(%759) : (tensor<1x2xui32>) -> tensor<2xui32>
    %761 = "func.call"(%755) <{callee = @argmax}> : (tensor<1x101xf32>) -> tensor<1xi32>
    %762 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %763 = "stablehlo.compare"(%arg122, %762) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %764 = "stablehlo.constant"() <{value = dense<12> : tensor<i32>}> : () -> tensor<i32>
    %765 = "stablehlo.add"(%arg122, %764) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %766 = "stablehlo.select"(%763, %765, %arg122) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %767 = "stablehlo.convert"(%766) : (tensor<i32>) -> tensor<i32>
    %768 = "stablehlo.broadcast_in_dim"(%767) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %769 = "stablehlo.scatter"(%arg126, %768, %761) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg162: tensor<i32>, %arg163: tensor<i32>):
      "stablehlo.return"(%arg163) : (tensor<i32>) -> ()
    }) : (tensor<1x12xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<1x12xi32>
    %770 = "func.call"(%761, %741) <{callee = @_in1d}> : (tensor<1xi32>, tensor<2xi32>) -> tensor<1xi1>
    %771 = "stablehlo.or"(%arg123, %770) : (tensor<1xi1>, tensor<1xi1>) -> tensor<1xi1>
    %772 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %773 = "stablehlo.add"(%arg122, %772) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %774 = "stablehlo.not"(%arg123) : (tensor<1xi1>) -> tensor<1xi1>
    %775 = "stablehlo.convert"(%774) : (tensor<1xi1>) -> tensor<1xi32>
    %776 = "stablehlo.add"(%arg125, %775) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    "func.return"(%773, %771, %761, %776, %769, %754#1, %754#2, %754#3, %754#4, %754#5, %754#6, %754#7, %754#8, %758, %arg136, %arg137) : (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<101x64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<16xf32>, tensor<16xf32>, tensor<4x16x64xf32>, tensor<2x2x64x16xf32>, tensor<4x64x16xf32>, tensor<2x64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<1x1x32xi1>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1x1xi32>, tensor<1x1xi32>) -> (tensor<1x1x101xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}], sym_name = "__call___4", sym_visibility = "private"}> ({
  ^bb0(%arg53: tensor<101x64xf32>, %arg54: tensor<64xf32>, %arg55: tensor<16xf32>, %arg56: tensor<16xf32>, %arg57: tensor<4x16x64xf32>, %arg58: tensor<2x2x64x16xf32>, %arg59: tensor<4x64x16xf32>, %arg60: tensor<2x64x128xf32>, %arg61: tensor<128x64xf32>, %arg62: tensor<64xf32>, %arg63: tensor<64xf32>, %arg64: tensor<64xf32>, %arg65: tensor<64xf32>, %arg66: tensor<16xf32>, %arg67: tensor<16xf32>, %arg68: tensor<4x16x64xf32>, %arg69: tensor<2x2x64x16xf32>, %arg70: tensor<4x64x16xf32>, %arg71: tensor<2x64x128xf32>, %arg72: tensor<128x64xf32>, %arg73: tensor<64xf32>, %arg74: tensor<64xf32>, %arg75: tensor<64xf32>, %arg76: tensor<64xf32>, %arg77: tensor<1x1x32xi1>, %arg78: tensor<1xi32>, %arg79: tensor<1x32x2x16xf32>, %arg80: tensor<1x32xi32>, %arg81: tensor<1x32x2x16xf32>, %arg82: tensor<1xi32>, %arg83: tensor<1x32x2x16xf32>, %arg84: tensor<1x32xi32>, %arg85: tensor<1x32x2x16xf32>, %arg86: tensor<1x1xi32>, %arg87: tensor<1x1xi32>):
    %132 = "func.call"(%arg87) <{callee = @tokens_with_mm_5}> : (tensor<1x1xi32>) -> tensor<1x1xi32>
    %133 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %134 = "stablehlo.broadcast_in_dim"(%133) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %135 = "stablehlo.compare"(%132, %134) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %136 = "stablehlo.constant"() <{value = dense<101> : tensor<i32>}> : () -> tensor<i32>
    %137 = "stablehlo.broadcast_in_dim"(%136) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %138 = "stablehlo.add"(%132, %137) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %139 = "stablehlo.select"(%135, %138, %132) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %140 = "stablehlo.broadcast_in_dim"(%139) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %141 = "stablehlo.gather"(%arg53, %140) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<101x64xf32>, tensor<1x1x1xi32>) -> tensor<1x1x64xf32>
    %142 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %143 = "stablehlo.sqrt"(%142) : (tensor<f32>) -> tensor<f32>
    %144 = "stablehlo.convert"(%143) : (tensor<f32>) -> tensor<f32>
    %145 = "stablehlo.broadcast_in_dim"(%144) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %146 = "stablehlo.multiply"(%141, %145) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %147 = "func.call"(%arg87) <{callee = @inputs_mask_6}> : (tensor<1x1xi32>) -> tensor<1x1xi1>
    %148 = "chlo.square"(%146) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %149 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %150 = "stablehlo.reduce"(%148, %149) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg120: tensor<f32>, %arg121: tensor<f32>):
      %740 = "stablehlo.add"(%arg120, %arg121) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%740) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %151 = "stablehlo.broadcast_in_dim"(%150) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %152 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %153 = "stablehlo.broadcast_in_dim"(%152) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %154 = "stablehlo.divide"(%151, %153) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %155 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %156 = "stablehlo.broadcast_in_dim"(%155) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %157 = "stablehlo.add"(%154, %156) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %158 = "stablehlo.rsqrt"(%157) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %159 = "stablehlo.broadcast_in_dim"(%158) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %160 = "stablehlo.multiply"(%146, %159) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %161 = "stablehlo.broadcast_in_dim"(%arg64) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %162 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %163 = "stablehlo.broadcast_in_dim"(%162) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %164 = "stablehlo.add"(%163, %161) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %165 = "stablehlo.multiply"(%160, %164) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %166 = "stablehlo.dot_general"(%165, %arg59) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<4x64x16xf32>) -> tensor<1x1x4x16xf32>
    %167 = "stablehlo.dot_general"(%arg58, %165) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x2x64x16xf32>, tensor<1x1x64xf32>) -> tensor<2x2x16x1x1xf32>
    %168 = "stablehlo.transpose"(%167) <{permutation = array<i64: 0, 3, 4, 1, 2>}> : (tensor<2x2x16x1x1xf32>) -> tensor<2x1x1x2x16xf32>
    %169 = "stablehlo.slice"(%168) <{limit_indices = array<i64: 1, 1, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x1x2x16xf32>) -> tensor<1x1x1x2x16xf32>
    %170 = "stablehlo.reshape"(%169) : (tensor<1x1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %171 = "stablehlo.slice"(%168) <{limit_indices = array<i64: 2, 1, 1, 2, 16>, start_indices = array<i64: 1, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x1x2x16xf32>) -> tensor<1x1x1x2x16xf32>
    %172 = "stablehlo.reshape"(%171) : (tensor<1x1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %173 = "chlo.square"(%166) : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %174 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %175 = "stablehlo.reduce"(%173, %174) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg118: tensor<f32>, %arg119: tensor<f32>):
      %739 = "stablehlo.add"(%arg118, %arg119) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%739) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x16xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %176 = "stablehlo.broadcast_in_dim"(%175) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %177 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %178 = "stablehlo.broadcast_in_dim"(%177) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x1xf32>
    %179 = "stablehlo.divide"(%176, %178) : (tensor<1x1x4x1xf32>, tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xf32>
    %180 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %181 = "stablehlo.broadcast_in_dim"(%180) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x1xf32>
    %182 = "stablehlo.add"(%179, %181) : (tensor<1x1x4x1xf32>, tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xf32>
    %183 = "stablehlo.rsqrt"(%182) : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xf32>
    %184 = "stablehlo.broadcast_in_dim"(%183) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x16xf32>
    %185 = "stablehlo.multiply"(%166, %184) : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %186 = "stablehlo.broadcast_in_dim"(%arg56) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %187 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %188 = "stablehlo.broadcast_in_dim"(%187) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
    %189 = "stablehlo.add"(%188, %186) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %190 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x1x4x16xf32>
    %191 = "stablehlo.multiply"(%185, %190) : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %192 = "chlo.square"(%170) : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %193 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %194 = "stablehlo.reduce"(%192, %193) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg116: tensor<f32>, %arg117: tensor<f32>):
      %738 = "stablehlo.add"(%arg116, %arg117) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%738) : (tensor<f32>) -> ()
    }) : (tensor<1x1x2x16xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %195 = "stablehlo.broadcast_in_dim"(%194) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x2xf32>) -> tensor<1x1x2x1xf32>
    %196 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %197 = "stablehlo.broadcast_in_dim"(%196) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x2x1xf32>
    %198 = "stablehlo.divide"(%195, %197) : (tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
    %199 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %200 = "stablehlo.broadcast_in_dim"(%199) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x2x1xf32>
    %201 = "stablehlo.add"(%198, %200) : (tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
    %202 = "stablehlo.rsqrt"(%201) : (tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
    %203 = "stablehlo.broadcast_in_dim"(%202) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x2x1xf32>) -> tensor<1x1x2x16xf32>
    %204 = "stablehlo.multiply"(%170, %203) : (tensor<1x1x2x16xf32>, tensor<1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %205 = "stablehlo.broadcast_in_dim"(%arg55) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %206 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %207 = "stablehlo.broadcast_in_dim"(%206) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
    %208 = "stablehlo.add"(%207, %205) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %209 = "stablehlo.broadcast_in_dim"(%208) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x1x2x16xf32>
    %210 = "stablehlo.multiply"(%204, %209) : (tensor<1x1x2x16xf32>, tensor<1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %211 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %212 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %213 = "stablehlo.broadcast_in_dim"(%212) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %214 = "stablehlo.multiply"(%213, %211) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %215 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %216 = "stablehlo.broadcast_in_dim"(%215) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %217 = "stablehlo.power"(%216, %214) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %218 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %219 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %220 = "func.call"(%217, %218, %219) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %221 = "stablehlo.broadcast_in_dim"(%arg86) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %222 = "stablehlo.broadcast_in_dim"(%220) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %223 = "stablehlo.convert"(%221) : (tensor<1x1x1xi32>) -> tensor<1x1x1xf32>
    %224 = "stablehlo.broadcast_in_dim"(%223) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %225 = "stablehlo.divide"(%224, %222) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %226 = "stablehlo.broadcast_in_dim"(%225) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %227 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %228 = "stablehlo.broadcast_in_dim"(%227) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x8xf32>
    %229 = "stablehlo.divide"(%226, %228) : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %230 = "stablehlo.sine"(%229) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %231 = "stablehlo.cosine"(%229) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %232 = "stablehlo.slice"(%191) <{limit_indices = array<i64: 1, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x8xf32>
    %233 = "stablehlo.slice"(%191) <{limit_indices = array<i64: 1, 1, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x8xf32>
    %234 = "stablehlo.broadcast_in_dim"(%231) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %235 = "stablehlo.multiply"(%232, %234) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %236 = "stablehlo.broadcast_in_dim"(%230) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %237 = "stablehlo.multiply"(%233, %236) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %238 = "stablehlo.subtract"(%235, %237) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %239 = "stablehlo.broadcast_in_dim"(%231) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %240 = "stablehlo.multiply"(%233, %239) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %241 = "stablehlo.broadcast_in_dim"(%230) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %242 = "stablehlo.multiply"(%232, %241) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %243 = "stablehlo.add"(%240, %242) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %244 = "stablehlo.concatenate"(%238, %243) <{dimension = 3 : i64}> : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x16xf32>
    %245 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %246 = "stablehlo.broadcast_in_dim"(%245) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %247 = "stablehlo.multiply"(%244, %246) : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %248 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %249 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %250 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %251 = "stablehlo.multiply"(%250, %248) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %252 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %253 = "stablehlo.broadcast_in_dim"(%252) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %254 = "stablehlo.power"(%253, %251) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %255 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %256 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %257 = "func.call"(%254, %255, %256) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %258 = "stablehlo.broadcast_in_dim"(%arg86) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %259 = "stablehlo.broadcast_in_dim"(%257) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %260 = "stablehlo.convert"(%258) : (tensor<1x1x1xi32>) -> tensor<1x1x1xf32>
    %261 = "stablehlo.broadcast_in_dim"(%260) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %262 = "stablehlo.divide"(%261, %259) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %263 = "stablehlo.broadcast_in_dim"(%262) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %264 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %265 = "stablehlo.broadcast_in_dim"(%264) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x8xf32>
    %266 = "stablehlo.divide"(%263, %265) : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %267 = "stablehlo.sine"(%266) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %268 = "stablehlo.cosine"(%266) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %269 = "stablehlo.slice"(%210) <{limit_indices = array<i64: 1, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x8xf32>
    %270 = "stablehlo.slice"(%210) <{limit_indices = array<i64: 1, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x8xf32>
    %271 = "stablehlo.broadcast_in_dim"(%268) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %272 = "stablehlo.multiply"(%269, %271) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %273 = "stablehlo.broadcast_in_dim"(%267) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %274 = "stablehlo.multiply"(%270, %273) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %275 = "stablehlo.subtract"(%272, %274) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %276 = "stablehlo.broadcast_in_dim"(%268) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %277 = "stablehlo.multiply"(%270, %276) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %278 = "stablehlo.broadcast_in_dim"(%267) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %279 = "stablehlo.multiply"(%269, %278) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %280 = "stablehlo.add"(%277, %279) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %281 = "stablehlo.concatenate"(%275, %280) <{dimension = 3 : i64}> : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x16xf32>
    %282 = "stablehlo.reshape"(%arg78) : (tensor<1xi32>) -> tensor<i32>
    %283 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %284 = "func.call"(%282, %283) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %285 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %286 = "stablehlo.compare"(%284, %285) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %287 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %288 = "stablehlo.add"(%284, %287) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %289 = "stablehlo.select"(%286, %288, %284) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %290 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %291 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %292 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %293 = "stablehlo.dynamic_update_slice"(%arg81, %172, %290, %289, %291, %292) : (tensor<1x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %294 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %295 = "stablehlo.compare"(%284, %294) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %296 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %297 = "stablehlo.add"(%284, %296) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %298 = "stablehlo.select"(%295, %297, %284) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %299 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %300 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %301 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %302 = "stablehlo.dynamic_update_slice"(%arg79, %281, %299, %298, %300, %301) : (tensor<1x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %303 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %304 = "stablehlo.compare"(%284, %303) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %305 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %306 = "stablehlo.add"(%284, %305) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %307 = "stablehlo.select"(%304, %306, %284) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %308 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %309 = "stablehlo.dynamic_update_slice"(%arg80, %arg86, %308, %307) : (tensor<1x32xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x32xi32>
    %310 = "stablehlo.reshape"(%247) : (tensor<1x1x4x16xf32>) -> tensor<1x1x2x2x16xf32>
    %311 = "stablehlo.dot_general"(%302, %310) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x32x2x16xf32>, tensor<1x1x2x2x16xf32>) -> tensor<1x2x32x1x2xf32>
    %312 = "stablehlo.transpose"(%311) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x32x1x2xf32>) -> tensor<1x1x2x2x32xf32>
    %313 = "stablehlo.reshape"(%312) : (tensor<1x1x2x2x32xf32>) -> tensor<1x1x4x32xf32>
    %314 = "stablehlo.broadcast_in_dim"(%309) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x32xi32>) -> tensor<1x1x32xi32>
    %315 = "stablehlo.broadcast_in_dim"(%arg86) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %316 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %317 = "stablehlo.broadcast_in_dim"(%316) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1xi32>
    %318 = "stablehlo.subtract"(%315, %317) : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi32>
    %319 = "stablehlo.broadcast_in_dim"(%318) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<1x1x32xi32>
    %320 = "stablehlo.compare"(%314, %319) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x32xi32>, tensor<1x1x32xi32>) -> tensor<1x1x32xi1>
    %321 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %322 = "stablehlo.broadcast_in_dim"(%321) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1xi32>
    %323 = "stablehlo.add"(%315, %322) : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi32>
    %324 = "stablehlo.broadcast_in_dim"(%323) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<1x1x32xi32>
    %325 = "stablehlo.compare"(%314, %324) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x1x32xi32>, tensor<1x1x32xi32>) -> tensor<1x1x32xi1>
    %326 = "stablehlo.and"(%320, %325) : (tensor<1x1x32xi1>, tensor<1x1x32xi1>) -> tensor<1x1x32xi1>
    %327 = "stablehlo.and"(%arg77, %326) : (tensor<1x1x32xi1>, tensor<1x1x32xi1>) -> tensor<1x1x32xi1>
    %328 = "stablehlo.broadcast_in_dim"(%327) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x32xi1>) -> tensor<1x1x1x32xi1>
    %329 = "stablehlo.constant"() <{value = dense<-2.38197633E+38> : tensor<f32>}> : () -> tensor<f32>
    %330 = "func.call"(%328, %313, %329) <{callee = @_where_7}> : (tensor<1x1x1x32xi1>, tensor<1x1x4x32xf32>, tensor<f32>) -> tensor<1x1x4x32xf32>
    %331 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %332 = "stablehlo.reduce"(%330, %331) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg114: tensor<f32>, %arg115: tensor<f32>):
      %737 = "stablehlo.maximum"(%arg114, %arg115) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%737) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x32xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %333 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %334 = "stablehlo.broadcast_in_dim"(%333) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4xf32>
    %335 = "stablehlo.maximum"(%334, %332) : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x4xf32>
    %336 = "stablehlo.broadcast_in_dim"(%335) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %337 = "stablehlo.broadcast_in_dim"(%336) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x32xf32>
    %338 = "stablehlo.subtract"(%330, %337) : (tensor<1x1x4x32xf32>, tensor<1x1x4x32xf32>) -> tensor<1x1x4x32xf32>
    %339 = "stablehlo.exponential"(%338) : (tensor<1x1x4x32xf32>) -> tensor<1x1x4x32xf32>
    %340 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %341 = "stablehlo.reduce"(%339, %340) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg112: tensor<f32>, %arg113: tensor<f32>):
      %736 = "stablehlo.add"(%arg112, %arg113) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%736) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x32xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %342 = "stablehlo.broadcast_in_dim"(%341) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %343 = "stablehlo.broadcast_in_dim"(%342) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x32xf32>
    %344 = "stablehlo.divide"(%339, %343) : (tensor<1x1x4x32xf32>, tensor<1x1x4x32xf32>) -> tensor<1x1x4x32xf32>
    %345 = "stablehlo.reshape"(%344) : (tensor<1x1x4x32xf32>) -> tensor<1x1x2x2x32xf32>
    %346 = "stablehlo.dot_general"(%293, %345) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x32x2x16xf32>, tensor<1x1x2x2x32xf32>) -> tensor<1x2x16x1x2xf32>
    %347 = "stablehlo.transpose"(%346) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x16x1x2xf32>) -> tensor<1x1x2x2x16xf32>
    %348 = "stablehlo.reshape"(%347) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x4x16xf32>
    %349 = "stablehlo.dot_general"(%348, %arg57) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3, 2], rhs_contracting_dimensions = [1, 0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x4x16xf32>, tensor<4x16x64xf32>) -> tensor<1x1x64xf32>
    %350 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %351 = "stablehlo.broadcast_in_dim"(%350) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %352 = "stablehlo.add"(%arg78, %351) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %353 = "chlo.square"(%349) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %354 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %355 = "stablehlo.reduce"(%353, %354) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg110: tensor<f32>, %arg111: tensor<f32>):
      %735 = "stablehlo.add"(%arg110, %arg111) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%735) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %356 = "stablehlo.broadcast_in_dim"(%355) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %357 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %358 = "stablehlo.broadcast_in_dim"(%357) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %359 = "stablehlo.divide"(%356, %358) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %360 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %361 = "stablehlo.broadcast_in_dim"(%360) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %362 = "stablehlo.add"(%359, %361) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %363 = "stablehlo.rsqrt"(%362) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %364 = "stablehlo.broadcast_in_dim"(%363) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %365 = "stablehlo.multiply"(%349, %364) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %366 = "stablehlo.broadcast_in_dim"(%arg62) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %367 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %368 = "stablehlo.broadcast_in_dim"(%367) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %369 = "stablehlo.add"(%368, %366) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %370 = "stablehlo.multiply"(%365, %369) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %371 = "stablehlo.add"(%370, %146) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %372 = "chlo.square"(%371) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %373 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %374 = "stablehlo.reduce"(%372, %373) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg108: tensor<f32>, %arg109: tensor<f32>):
      %734 = "stablehlo.add"(%arg108, %arg109) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%734) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %375 = "stablehlo.broadcast_in_dim"(%374) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %376 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %377 = "stablehlo.broadcast_in_dim"(%376) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %378 = "stablehlo.divide"(%375, %377) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %379 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %380 = "stablehlo.broadcast_in_dim"(%379) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %381 = "stablehlo.add"(%378, %380) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %382 = "stablehlo.rsqrt"(%381) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %383 = "stablehlo.broadcast_in_dim"(%382) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %384 = "stablehlo.multiply"(%371, %383) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %385 = "stablehlo.broadcast_in_dim"(%arg65) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %386 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %387 = "stablehlo.broadcast_in_dim"(%386) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %388 = "stablehlo.add"(%387, %385) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %389 = "stablehlo.multiply"(%384, %388) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %390 = "stablehlo.dot_general"(%389, %arg60) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<2x64x128xf32>) -> tensor<1x1x2x128xf32>
    %391 = "stablehlo.slice"(%390) <{limit_indices = array<i64: 1, 1, 1, 128>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x128xf32>) -> tensor<1x1x1x128xf32>
    %392 = "stablehlo.reshape"(%391) : (tensor<1x1x1x128xf32>) -> tensor<1x1x128xf32>
    %393 = "stablehlo.multiply"(%392, %392) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %394 = "stablehlo.multiply"(%393, %392) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %395 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %396 = "stablehlo.broadcast_in_dim"(%395) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x128xf32>
    %397 = "stablehlo.multiply"(%396, %394) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %398 = "stablehlo.add"(%392, %397) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %399 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %400 = "stablehlo.broadcast_in_dim"(%399) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x128xf32>
    %401 = "stablehlo.multiply"(%400, %398) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %402 = "stablehlo.tanh"(%401) : (tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %403 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %404 = "stablehlo.broadcast_in_dim"(%403) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x128xf32>
    %405 = "stablehlo.add"(%404, %402) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %406 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %407 = "stablehlo.broadcast_in_dim"(%406) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x128xf32>
    %408 = "stablehlo.multiply"(%407, %405) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %409 = "stablehlo.multiply"(%392, %408) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %410 = "stablehlo.slice"(%390) <{limit_indices = array<i64: 1, 1, 2, 128>, start_indices = array<i64: 0, 0, 1, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x128xf32>) -> tensor<1x1x1x128xf32>
    %411 = "stablehlo.reshape"(%410) : (tensor<1x1x1x128xf32>) -> tensor<1x1x128xf32>
    %412 = "stablehlo.multiply"(%409, %411) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %413 = "stablehlo.dot_general"(%412, %arg61) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x128xf32>, tensor<128x64xf32>) -> tensor<1x1x64xf32>
    %414 = "chlo.square"(%413) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %415 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %416 = "stablehlo.reduce"(%414, %415) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg106: tensor<f32>, %arg107: tensor<f32>):
      %733 = "stablehlo.add"(%arg106, %arg107) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%733) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %417 = "stablehlo.broadcast_in_dim"(%416) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %418 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %419 = "stablehlo.broadcast_in_dim"(%418) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %420 = "stablehlo.divide"(%417, %419) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %421 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %422 = "stablehlo.broadcast_in_dim"(%421) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %423 = "stablehlo.add"(%420, %422) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %424 = "stablehlo.rsqrt"(%423) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %425 = "stablehlo.broadcast_in_dim"(%424) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %426 = "stablehlo.multiply"(%413, %425) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %427 = "stablehlo.broadcast_in_dim"(%arg63) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %428 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %429 = "stablehlo.broadcast_in_dim"(%428) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %430 = "stablehlo.add"(%429, %427) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %431 = "stablehlo.multiply"(%426, %430) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %432 = "stablehlo.add"(%431, %371) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %433 = "chlo.square"(%432) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %434 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %435 = "stablehlo.reduce"(%433, %434) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg104: tensor<f32>, %arg105: tensor<f32>):
      %732 = "stablehlo.add"(%arg104, %arg105) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%732) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %436 = "stablehlo.broadcast_in_dim"(%435) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %437 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %438 = "stablehlo.broadcast_in_dim"(%437) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %439 = "stablehlo.divide"(%436, %438) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %440 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %441 = "stablehlo.broadcast_in_dim"(%440) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %442 = "stablehlo.add"(%439, %441) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %443 = "stablehlo.rsqrt"(%442) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %444 = "stablehlo.broadcast_in_dim"(%443) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %445 = "stablehlo.multiply"(%432, %444) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %446 = "stablehlo.broadcast_in_dim"(%arg75) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %447 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %448 = "stablehlo.broadcast_in_dim"(%447) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %449 = "stablehlo.add"(%448, %446) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %450 = "stablehlo.multiply"(%445, %449) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %451 = "stablehlo.dot_general"(%450, %arg70) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<4x64x16xf32>) -> tensor<1x1x4x16xf32>
    %452 = "stablehlo.dot_general"(%arg69, %450) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x2x64x16xf32>, tensor<1x1x64xf32>) -> tensor<2x2x16x1x1xf32>
    %453 = "stablehlo.transpose"(%452) <{permutation = array<i64: 0, 3, 4, 1, 2>}> : (tensor<2x2x16x1x1xf32>) -> tensor<2x1x1x2x16xf32>
    %454 = "stablehlo.slice"(%453) <{limit_indices = array<i64: 1, 1, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x1x2x16xf32>) -> tensor<1x1x1x2x16xf32>
    %455 = "stablehlo.reshape"(%454) : (tensor<1x1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %456 = "stablehlo.slice"(%453) <{limit_indices = array<i64: 2, 1, 1, 2, 16>, start_indices = array<i64: 1, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x1x2x16xf32>) -> tensor<1x1x1x2x16xf32>
    %457 = "stablehlo.reshape"(%456) : (tensor<1x1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %458 = "chlo.square"(%451) : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %459 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %460 = "stablehlo.reduce"(%458, %459) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg102: tensor<f32>, %arg103: tensor<f32>):
      %731 = "stablehlo.add"(%arg102, %arg103) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%731) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x16xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %461 = "stablehlo.broadcast_in_dim"(%460) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %462 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %463 = "stablehlo.broadcast_in_dim"(%462) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x1xf32>
    %464 = "stablehlo.divide"(%461, %463) : (tensor<1x1x4x1xf32>, tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xf32>
    %465 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %466 = "stablehlo.broadcast_in_dim"(%465) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x1xf32>
    %467 = "stablehlo.add"(%464, %466) : (tensor<1x1x4x1xf32>, tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xf32>
    %468 = "stablehlo.rsqrt"(%467) : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xf32>
    %469 = "stablehlo.broadcast_in_dim"(%468) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x16xf32>
    %470 = "stablehlo.multiply"(%451, %469) : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %471 = "stablehlo.broadcast_in_dim"(%arg67) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %472 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %473 = "stablehlo.broadcast_in_dim"(%472) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
    %474 = "stablehlo.add"(%473, %471) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %475 = "stablehlo.broadcast_in_dim"(%474) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x1x4x16xf32>
    %476 = "stablehlo.multiply"(%470, %475) : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %477 = "chlo.square"(%455) : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %478 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %479 = "stablehlo.reduce"(%477, %478) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg100: tensor<f32>, %arg101: tensor<f32>):
      %730 = "stablehlo.add"(%arg100, %arg101) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%730) : (tensor<f32>) -> ()
    }) : (tensor<1x1x2x16xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %480 = "stablehlo.broadcast_in_dim"(%479) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x2xf32>) -> tensor<1x1x2x1xf32>
    %481 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %482 = "stablehlo.broadcast_in_dim"(%481) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x2x1xf32>
    %483 = "stablehlo.divide"(%480, %482) : (tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
    %484 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %485 = "stablehlo.broadcast_in_dim"(%484) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x2x1xf32>
    %486 = "stablehlo.add"(%483, %485) : (tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
    %487 = "stablehlo.rsqrt"(%486) : (tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
    %488 = "stablehlo.broadcast_in_dim"(%487) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x2x1xf32>) -> tensor<1x1x2x16xf32>
    %489 = "stablehlo.multiply"(%455, %488) : (tensor<1x1x2x16xf32>, tensor<1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %490 = "stablehlo.broadcast_in_dim"(%arg66) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %491 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %492 = "stablehlo.broadcast_in_dim"(%491) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
    %493 = "stablehlo.add"(%492, %490) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %494 = "stablehlo.broadcast_in_dim"(%493) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x1x2x16xf32>
    %495 = "stablehlo.multiply"(%489, %494) : (tensor<1x1x2x16xf32>, tensor<1x1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %496 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %497 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %498 = "stablehlo.broadcast_in_dim"(%497) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %499 = "stablehlo.multiply"(%498, %496) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %500 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %501 = "stablehlo.broadcast_in_dim"(%500) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %502 = "stablehlo.power"(%501, %499) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %503 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %504 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %505 = "func.call"(%502, %503, %504) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %506 = "stablehlo.broadcast_in_dim"(%arg86) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %507 = "stablehlo.broadcast_in_dim"(%505) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %508 = "stablehlo.convert"(%506) : (tensor<1x1x1xi32>) -> tensor<1x1x1xf32>
    %509 = "stablehlo.broadcast_in_dim"(%508) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %510 = "stablehlo.divide"(%509, %507) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %511 = "stablehlo.broadcast_in_dim"(%510) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %512 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %513 = "stablehlo.broadcast_in_dim"(%512) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x8xf32>
    %514 = "stablehlo.divide"(%511, %513) : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %515 = "stablehlo.sine"(%514) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %516 = "stablehlo.cosine"(%514) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %517 = "stablehlo.slice"(%476) <{limit_indices = array<i64: 1, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x8xf32>
    %518 = "stablehlo.slice"(%476) <{limit_indices = array<i64: 1, 1, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x8xf32>
    %519 = "stablehlo.broadcast_in_dim"(%516) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %520 = "stablehlo.multiply"(%517, %519) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %521 = "stablehlo.broadcast_in_dim"(%515) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %522 = "stablehlo.multiply"(%518, %521) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %523 = "stablehlo.subtract"(%520, %522) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %524 = "stablehlo.broadcast_in_dim"(%516) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %525 = "stablehlo.multiply"(%518, %524) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %526 = "stablehlo.broadcast_in_dim"(%515) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %527 = "stablehlo.multiply"(%517, %526) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %528 = "stablehlo.add"(%525, %527) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %529 = "stablehlo.concatenate"(%523, %528) <{dimension = 3 : i64}> : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x16xf32>
    %530 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %531 = "stablehlo.broadcast_in_dim"(%530) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %532 = "stablehlo.multiply"(%529, %531) : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %533 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %534 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %535 = "stablehlo.broadcast_in_dim"(%534) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %536 = "stablehlo.multiply"(%535, %533) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %537 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %538 = "stablehlo.broadcast_in_dim"(%537) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %539 = "stablehlo.power"(%538, %536) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %540 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %541 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %542 = "func.call"(%539, %540, %541) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %543 = "stablehlo.broadcast_in_dim"(%arg86) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %544 = "stablehlo.broadcast_in_dim"(%542) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %545 = "stablehlo.convert"(%543) : (tensor<1x1x1xi32>) -> tensor<1x1x1xf32>
    %546 = "stablehlo.broadcast_in_dim"(%545) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %547 = "stablehlo.divide"(%546, %544) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %548 = "stablehlo.broadcast_in_dim"(%547) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %549 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %550 = "stablehlo.broadcast_in_dim"(%549) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x8xf32>
    %551 = "stablehlo.divide"(%548, %550) : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %552 = "stablehlo.sine"(%551) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %553 = "stablehlo.cosine"(%551) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %554 = "stablehlo.slice"(%495) <{limit_indices = array<i64: 1, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x8xf32>
    %555 = "stablehlo.slice"(%495) <{limit_indices = array<i64: 1, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x8xf32>
    %556 = "stablehlo.broadcast_in_dim"(%553) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %557 = "stablehlo.multiply"(%554, %556) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %558 = "stablehlo.broadcast_in_dim"(%552) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %559 = "stablehlo.multiply"(%555, %558) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %560 = "stablehlo.subtract"(%557, %559) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %561 = "stablehlo.broadcast_in_dim"(%553) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %562 = "stablehlo.multiply"(%555, %561) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %563 = "stablehlo.broadcast_in_dim"(%552) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %564 = "stablehlo.multiply"(%554, %563) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %565 = "stablehlo.add"(%562, %564) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %566 = "stablehlo.concatenate"(%560, %565) <{dimension = 3 : i64}> : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x16xf32>
    %567 = "stablehlo.reshape"(%arg82) : (tensor<1xi32>) -> tensor<i32>
    %568 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %569 = "func.call"(%567, %568) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %570 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %571 = "stablehlo.compare"(%569, %570) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %572 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %573 = "stablehlo.add"(%569, %572) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %574 = "stablehlo.select"(%571, %573, %569) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %575 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %576 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %577 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %578 = "stablehlo.dynamic_update_slice"(%arg85, %457, %575, %574, %576, %577) : (tensor<1x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %579 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %580 = "stablehlo.compare"(%569, %579) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %581 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %582 = "stablehlo.add"(%569, %581) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %583 = "stablehlo.select"(%580, %582, %569) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %584 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %585 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %586 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %587 = "stablehlo.dynamic_update_slice"(%arg83, %566, %584, %583, %585, %586) : (tensor<1x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %588 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %589 = "stablehlo.compare"(%569, %588) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %590 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %591 = "stablehlo.add"(%569, %590) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %592 = "stablehlo.select"(%589, %591, %569) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %593 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %594 = "stablehlo.dynamic_update_slice"(%arg84, %arg86, %593, %592) : (tensor<1x32xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x32xi32>
    %595 = "stablehlo.reshape"(%532) : (tensor<1x1x4x16xf32>) -> tensor<1x1x2x2x16xf32>
    %596 = "stablehlo.dot_general"(%587, %595) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x32x2x16xf32>, tensor<1x1x2x2x16xf32>) -> tensor<1x2x32x1x2xf32>
    %597 = "stablehlo.transpose"(%596) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x32x1x2xf32>) -> tensor<1x1x2x2x32xf32>
    %598 = "stablehlo.reshape"(%597) : (tensor<1x1x2x2x32xf32>) -> tensor<1x1x4x32xf32>
    %599 = "stablehlo.broadcast_in_dim"(%arg77) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x32xi1>) -> tensor<1x1x1x32xi1>
    %600 = "stablehlo.constant"() <{value = dense<-2.38197633E+38> : tensor<f32>}> : () -> tensor<f32>
    %601 = "func.call"(%599, %598, %600) <{callee = @_where_7}> : (tensor<1x1x1x32xi1>, tensor<1x1x4x32xf32>, tensor<f32>) -> tensor<1x1x4x32xf32>
    %602 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %603 = "stablehlo.reduce"(%601, %602) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg98: tensor<f32>, %arg99: tensor<f32>):
      %729 = "stablehlo.maximum"(%arg98, %arg99) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%729) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x32xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %604 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %605 = "stablehlo.broadcast_in_dim"(%604) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4xf32>
    %606 = "stablehlo.maximum"(%605, %603) : (tensor<1x1x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x4xf32>
    %607 = "stablehlo.broadcast_in_dim"(%606) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %608 = "stablehlo.broadcast_in_dim"(%607) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x32xf32>
    %609 = "stablehlo.subtract"(%601, %608) : (tensor<1x1x4x32xf32>, tensor<1x1x4x32xf32>) -> tensor<1x1x4x32xf32>
    %610 = "stablehlo.exponential"(%609) : (tensor<1x1x4x32xf32>) -> tensor<1x1x4x32xf32>
    %611 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %612 = "stablehlo.reduce"(%610, %611) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg96: tensor<f32>, %arg97: tensor<f32>):
      %728 = "stablehlo.add"(%arg96, %arg97) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%728) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x32xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %613 = "stablehlo.broadcast_in_dim"(%612) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %614 = "stablehlo.broadcast_in_dim"(%613) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x32xf32>
    %615 = "stablehlo.divide"(%610, %614) : (tensor<1x1x4x32xf32>, tensor<1x1x4x32xf32>) -> tensor<1x1x4x32xf32>
    %616 = "stablehlo.reshape"(%615) : (tensor<1x1x4x32xf32>) -> tensor<1x1x2x2x32xf32>
    %617 = "stablehlo.dot_general"(%578, %616) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x32x2x16xf32>, tensor<1x1x2x2x32xf32>) -> tensor<1x2x16x1x2xf32>
    %618 = "stablehlo.transpose"(%617) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x16x1x2xf32>) -> tensor<1x1x2x2x16xf32>
    %619 = "stablehlo.reshape"(%618) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x4x16xf32>
    %620 = "stablehlo.dot_general"(%619, %arg68) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3, 2], rhs_contracting_dimensions = [1, 0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x4x16xf32>, tensor<4x16x64xf32>) -> tensor<1x1x64xf32>
    %621 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %622 = "stablehlo.broadcast_in_dim"(%621) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %623 = "stablehlo.add"(%arg82, %622) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %624 = "chlo.square"(%620) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %625 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %626 = "stablehlo.reduce"(%624, %625) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg94: tensor<f32>, %arg95: tensor<f32>):
      %727 = "stablehlo.add"(%arg94, %arg95) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%727) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %627 = "stablehlo.broadcast_in_dim"(%626) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %628 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %629 = "stablehlo.broadcast_in_dim"(%628) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %630 = "stablehlo.divide"(%627, %629) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %631 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %632 = "stablehlo.broadcast_in_dim"(%631) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %633 = "stablehlo.add"(%630, %632) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %634 = "stablehlo.rsqrt"(%633) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %635 = "stablehlo.broadcast_in_dim"(%634) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %636 = "stablehlo.multiply"(%620, %635) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %637 = "stablehlo.broadcast_in_dim"(%arg73) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %638 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %639 = "stablehlo.broadcast_in_dim"(%638) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %640 = "stablehlo.add"(%639, %637) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %641 = "stablehlo.multiply"(%636, %640) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %642 = "stablehlo.add"(%641, %432) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %643 = "chlo.square"(%642) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %644 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %645 = "stablehlo.reduce"(%643, %644) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg92: tensor<f32>, %arg93: tensor<f32>):
      %726 = "stablehlo.add"(%arg92, %arg93) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%726) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %646 = "stablehlo.broadcast_in_dim"(%645) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %647 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %648 = "stablehlo.broadcast_in_dim"(%647) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %649 = "stablehlo.divide"(%646, %648) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %650 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %651 = "stablehlo.broadcast_in_dim"(%650) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %652 = "stablehlo.add"(%649, %651) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %653 = "stablehlo.rsqrt"(%652) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %654 = "stablehlo.broadcast_in_dim"(%653) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %655 = "stablehlo.multiply"(%642, %654) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %656 = "stablehlo.broadcast_in_dim"(%arg76) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %657 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %658 = "stablehlo.broadcast_in_dim"(%657) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %659 = "stablehlo.add"(%658, %656) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %660 = "stablehlo.multiply"(%655, %659) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %661 = "stablehlo.dot_general"(%660, %arg71) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<2x64x128xf32>) -> tensor<1x1x2x128xf32>
    %662 = "stablehlo.slice"(%661) <{limit_indices = array<i64: 1, 1, 1, 128>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x128xf32>) -> tensor<1x1x1x128xf32>
    %663 = "stablehlo.reshape"(%662) : (tensor<1x1x1x128xf32>) -> tensor<1x1x128xf32>
    %664 = "stablehlo.multiply"(%663, %663) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %665 = "stablehlo.multiply"(%664, %663) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %666 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %667 = "stablehlo.broadcast_in_dim"(%666) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x128xf32>
    %668 = "stablehlo.multiply"(%667, %665) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %669 = "stablehlo.add"(%663, %668) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %670 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %671 = "stablehlo.broadcast_in_dim"(%670) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x128xf32>
    %672 = "stablehlo.multiply"(%671, %669) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %673 = "stablehlo.tanh"(%672) : (tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %674 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %675 = "stablehlo.broadcast_in_dim"(%674) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x128xf32>
    %676 = "stablehlo.add"(%675, %673) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %677 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %678 = "stablehlo.broadcast_in_dim"(%677) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x128xf32>
    %679 = "stablehlo.multiply"(%678, %676) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %680 = "stablehlo.multiply"(%663, %679) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %681 = "stablehlo.slice"(%661) <{limit_indices = array<i64: 1, 1, 2, 128>, start_indices = array<i64: 0, 0, 1, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x128xf32>) -> tensor<1x1x1x128xf32>
    %682 = "stablehlo.reshape"(%681) : (tensor<1x1x1x128xf32>) -> tensor<1x1x128xf32>
    %683 = "stablehlo.multiply"(%680, %682) : (tensor<1x1x128xf32>, tensor<1x1x128xf32>) -> tensor<1x1x128xf32>
    %684 = "stablehlo.dot_general"(%683, %arg72) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x128xf32>, tensor<128x64xf32>) -> tensor<1x1x64xf32>
    %685 = "chlo.square"(%684) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %686 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %687 = "stablehlo.reduce"(%685, %686) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg90: tensor<f32>, %arg91: tensor<f32>):
      %725 = "stablehlo.add"(%arg90, %arg91) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%725) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %688 = "stablehlo.broadcast_in_dim"(%687) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %689 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %690 = "stablehlo.broadcast_in_dim"(%689) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %691 = "stablehlo.divide"(%688, %690) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %692 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %693 = "stablehlo.broadcast_in_dim"(%692) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %694 = "stablehlo.add"(%691, %693) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %695 = "stablehlo.rsqrt"(%694) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %696 = "stablehlo.broadcast_in_dim"(%695) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %697 = "stablehlo.multiply"(%684, %696) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %698 = "stablehlo.broadcast_in_dim"(%arg74) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %699 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %700 = "stablehlo.broadcast_in_dim"(%699) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %701 = "stablehlo.add"(%700, %698) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %702 = "stablehlo.multiply"(%697, %701) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %703 = "stablehlo.add"(%702, %642) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %704 = "chlo.square"(%703) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %705 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %706 = "stablehlo.reduce"(%704, %705) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg88: tensor<f32>, %arg89: tensor<f32>):
      %724 = "stablehlo.add"(%arg88, %arg89) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%724) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %707 = "stablehlo.broadcast_in_dim"(%706) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %708 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %709 = "stablehlo.broadcast_in_dim"(%708) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %710 = "stablehlo.divide"(%707, %709) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %711 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %712 = "stablehlo.broadcast_in_dim"(%711) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %713 = "stablehlo.add"(%710, %712) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %714 = "stablehlo.rsqrt"(%713) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %715 = "stablehlo.broadcast_in_dim"(%714) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %716 = "stablehlo.multiply"(%703, %715) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %717 = "stablehlo.broadcast_in_dim"(%arg54) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %718 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %719 = "stablehlo.broadcast_in_dim"(%718) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %720 = "stablehlo.add"(%719, %717) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %721 = "stablehlo.multiply"(%716, %720) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %722 = "stablehlo.transpose"(%arg53) <{permutation = array<i64: 1, 0>}> : (tensor<101x64xf32>) -> tensor<64x101xf32>
    %723 = "stablehlo.dot_general"(%721, %722) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x101xf32>) -> tensor<1x1x101xf32>
    "func.return"(%723, %352, %302, %309, %293, %623, %587, %594, %578) : (tensor<1x1x101xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>, tensor<1xi32>, tensor<1x32x2x16xf32>, tensor<1x32xi32>, tensor<1x32x2x16xf32>) -> ()
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
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x1x1x32xi1>, tensor<1x1x4x32xf32>, tensor<f32>) -> tensor<1x1x4x32xf32>, res_attrs = [{}], sym_name = "_where_7", sym_visibility = "private"}> ({
  ^bb0(%arg48: tensor<1x1x1x32xi1>, %arg49: tensor<1x1x4x32xf32>, %arg50: tensor<f32>):
    %124 = "stablehlo.convert"(%arg50) : (tensor<f32>) -> tensor<f32>
    %125 = "stablehlo.broadcast_in_dim"(%arg48) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x32xi1>) -> tensor<1x1x4x32xi1>
    %126 = "stablehlo.broadcast_in_dim"(%124) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x32xf32>
    %127 = "stablehlo.select"(%125, %arg49, %126) : (tensor<1x1x4x32xi1>, tensor<1x1x4x32xf32>, tensor<1x1x4x32xf32>) -> tensor<1x1x4x32xf32>
    "func.return"(%127) : (tensor<1x1x4x32xf32>) -> ()
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
  "func.func"() <{function_type = (tensor<1x101xf32>) -> tensor<1xi32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<1x101xf32>):
    %22 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x101xi32>
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
    }) : (tensor<1x101xf32>, tensor<1x101xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
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
