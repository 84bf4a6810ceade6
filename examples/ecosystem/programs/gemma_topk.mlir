"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<1x4xi32>, tensor<2xui32>) -> tensor<1x12xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg428: tensor<101x64xbf16>, %arg429: tensor<64xbf16>, %arg430: tensor<16xbf16>, %arg431: tensor<16xbf16>, %arg432: tensor<4x16x64xbf16>, %arg433: tensor<2x2x64x16xbf16>, %arg434: tensor<4x64x16xbf16>, %arg435: tensor<2x64x128xbf16>, %arg436: tensor<128x64xbf16>, %arg437: tensor<64xbf16>, %arg438: tensor<64xbf16>, %arg439: tensor<64xbf16>, %arg440: tensor<64xbf16>, %arg441: tensor<16xbf16>, %arg442: tensor<16xbf16>, %arg443: tensor<4x16x64xbf16>, %arg444: tensor<2x2x64x16xbf16>, %arg445: tensor<4x64x16xbf16>, %arg446: tensor<2x64x128xbf16>, %arg447: tensor<128x64xbf16>, %arg448: tensor<64xbf16>, %arg449: tensor<64xbf16>, %arg450: tensor<64xbf16>, %arg451: tensor<64xbf16>, %arg452: tensor<1x4xi32>, %arg453: tensor<2xui32>):
    %1834:8 = "func.call"() <{callee = @init_cache}> : () -> (tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>)
    %1835 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1836 = "func.call"(%arg452, %1835) <{callee = @_pad}> : (tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>
    %1837 = "stablehlo.slice"(%1834#1) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x32x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1838 = "stablehlo.slice"(%1834#3) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x32x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1839 = "stablehlo.slice"(%1834#2) <{limit_indices = array<i64: 1, 4>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<1x32xi32>) -> tensor<1x4xi32>
    %1840 = "stablehlo.slice"(%1834#5) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x32x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1841 = "stablehlo.slice"(%1834#7) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x32x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1842 = "stablehlo.slice"(%1834#6) <{limit_indices = array<i64: 1, 4>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<1x32xi32>) -> tensor<1x4xi32>
    %1843 = "func.call"(%1836) <{callee = @positions}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %1844 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1845 = "stablehlo.broadcast_in_dim"(%1844) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1846 = "stablehlo.broadcast_in_dim"(%1845) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %1847 = "stablehlo.broadcast_in_dim"(%1846) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x4xi32>
    %1848 = "stablehlo.add"(%1843, %1847) : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %1849 = "func.call"(%1836) <{callee = @attention_mask}> : (tensor<1x4xi32>) -> tensor<1x4x4xi1>
    %1850:9 = "func.call"(%arg428, %arg429, %arg430, %arg431, %arg432, %arg433, %arg434, %arg435, %arg436, %arg437, %arg438, %arg439, %arg440, %arg441, %arg442, %arg443, %arg444, %arg445, %arg446, %arg447, %arg448, %arg449, %arg450, %arg451, %1849, %1834#0, %1837, %1839, %1838, %1834#4, %1840, %1842, %1841, %1848, %1836) <{callee = @__call__}> : (tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<1x4x4xi1>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4xi32>) -> (tensor<1x101xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>)
    %1851 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1852 = "stablehlo.broadcast_in_dim"(%1851) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1853 = "stablehlo.scatter"(%1834#1, %1852, %1850#2) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg464: tensor<bf16>, %arg465: tensor<bf16>):
      "stablehlo.return"(%arg465) : (tensor<bf16>) -> ()
    }) : (tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>) -> tensor<1x32x2x16xbf16>
    %1854 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1855 = "stablehlo.broadcast_in_dim"(%1854) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1856 = "stablehlo.scatter"(%1834#3, %1855, %1850#4) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg462: tensor<bf16>, %arg463: tensor<bf16>):
      "stablehlo.return"(%arg463) : (tensor<bf16>) -> ()
    }) : (tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>) -> tensor<1x32x2x16xbf16>
    %1857 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1858 = "stablehlo.broadcast_in_dim"(%1857) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1859 = "stablehlo.scatter"(%1834#2, %1858, %1850#3) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg460: tensor<i32>, %arg461: tensor<i32>):
      "stablehlo.return"(%arg461) : (tensor<i32>) -> ()
    }) : (tensor<1x32xi32>, tensor<1xi32>, tensor<1x4xi32>) -> tensor<1x32xi32>
    %1860 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1861 = "stablehlo.broadcast_in_dim"(%1860) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1862 = "stablehlo.scatter"(%1834#5, %1861, %1850#6) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg458: tensor<bf16>, %arg459: tensor<bf16>):
      "stablehlo.return"(%arg459) : (tensor<bf16>) -> ()
    }) : (tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>) -> tensor<1x32x2x16xbf16>
    %1863 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1864 = "stablehlo.broadcast_in_dim"(%1863) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1865 = "stablehlo.scatter"(%1834#7, %1864, %1850#8) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg456: tensor<bf16>, %arg457: tensor<bf16>):
      "stablehlo.return"(%arg457) : (tensor<bf16>) -> ()
    }) : (tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>) -> tensor<1x32x2x16xbf16>
    %1866 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1867 = "stablehlo.broadcast_in_dim"(%1866) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1868 = "stablehlo.scatter"(%1834#6, %1867, %1850#7) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg454: tensor<i32>, %arg455: tensor<i32>):
      "stablehlo.return"(%arg455) : (tensor<i32>) -> ()
    }) : (tensor<1x32xi32>, tensor<1xi32>, tensor<1x4xi32>) -> tensor<1x32xi32>
    %1869 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %1870 = "stablehlo.broadcast_in_dim"(%1869) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1871 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %1872 = "stablehlo.broadcast_in_dim"(%1871) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1873 = "func.call"(%arg452) <{callee = @last_token_pos}> : (tensor<1x4xi32>) -> tensor<1xi32>
    %1874 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1875 = "stablehlo.broadcast_in_dim"(%1874) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1876 = "stablehlo.add"(%1873, %1875) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1877 = "func.call"(%arg452) <{callee = @tokens_with_mm}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %1878 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1879 = "stablehlo.broadcast_in_dim"(%1878) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %1880 = "stablehlo.compare"(%1877, %1879) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %1881 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1882 = "func.call"(%1880, %1881) <{callee = @_pad_3}> : (tensor<1x4xi1>, tensor<i1>) -> tensor<1x32xi1>
    %1883 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %1884 = "stablehlo.broadcast_in_dim"(%1883) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1xi1>
    %1885 = "func.call"(%arg452) <{callee = @last_token}> : (tensor<1x4xi32>) -> tensor<1xi32>
    %1886 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1887 = "stablehlo.broadcast_in_dim"(%1886) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x12xi32>
    %1888 = "stablehlo.constant"() <{value = dense<12> : tensor<i32>}> : () -> tensor<i32>
    %1889 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1890 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %1891:16 = "func.call"(%1888, %arg428, %arg429, %arg430, %arg431, %arg432, %arg433, %arg434, %arg435, %arg436, %arg437, %arg438, %arg439, %arg440, %arg441, %arg442, %arg443, %arg444, %arg445, %arg446, %arg447, %arg448, %arg449, %arg450, %arg451, %1889, %1884, %1885, %1876, %1887, %1870, %1853, %1859, %1856, %1872, %1862, %1868, %1865, %arg453, %1890, %1882) <{callee = @_sample_loop}> : (tensor<i32>, tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>)
    "func.return"(%1891#4) : (tensor<1x12xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [], function_type = () -> (tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "init_cache", sym_visibility = "private"}> ({
    %1818 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1819 = "stablehlo.broadcast_in_dim"(%1818) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x32x2x16xbf16>
    %1820 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1821 = "stablehlo.broadcast_in_dim"(%1820) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x32x2x16xbf16>
    %1822 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1823 = "stablehlo.broadcast_in_dim"(%1822) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1824 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1825 = "stablehlo.broadcast_in_dim"(%1824) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x32xi32>
    %1826 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1827 = "stablehlo.broadcast_in_dim"(%1826) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x32x2x16xbf16>
    %1828 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1829 = "stablehlo.broadcast_in_dim"(%1828) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x32x2x16xbf16>
    %1830 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1831 = "stablehlo.broadcast_in_dim"(%1830) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1832 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1833 = "stablehlo.broadcast_in_dim"(%1832) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x32xi32>
    "func.return"(%1823, %1821, %1825, %1819, %1831, %1829, %1833, %1827) : (tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>, res_attrs = [{}], sym_name = "_pad", sym_visibility = "private"}> ({
  ^bb0(%arg426: tensor<1x4xi32>, %arg427: tensor<i32>):
    %1816 = "stablehlo.convert"(%arg427) : (tensor<i32>) -> tensor<i32>
    %1817 = "stablehlo.pad"(%arg426, %1816) <{edge_padding_high = array<i64: 0, 0>, edge_padding_low = array<i64: 0, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>
    "func.return"(%1817) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1x4xi32>, res_attrs = [{}], sym_name = "positions", sym_visibility = "private"}> ({
  ^bb0(%arg425: tensor<1x4xi32>):
    %1809 = "func.call"(%arg425) <{callee = @inputs_mask}> : (tensor<1x4xi32>) -> tensor<1x4xi1>
    %1810 = "func.call"(%1809) <{callee = @cumsum}> : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %1811 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1812 = "stablehlo.broadcast_in_dim"(%1811) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %1813 = "stablehlo.compare"(%1810, %1812) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %1814 = "stablehlo.convert"(%1813) : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %1815 = "stablehlo.subtract"(%1810, %1814) : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    "func.return"(%1815) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1x4xi1>, res_attrs = [{}], sym_name = "inputs_mask", sym_visibility = "private"}> ({
  ^bb0(%arg424: tensor<1x4xi32>):
    %1805 = "func.call"(%arg424) <{callee = @tokens_with_mm}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %1806 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1807 = "stablehlo.broadcast_in_dim"(%1806) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %1808 = "stablehlo.compare"(%1805, %1807) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    "func.return"(%1808) : (tensor<1x4xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1x4xi32>, res_attrs = [{}], sym_name = "tokens_with_mm", sym_visibility = "private"}> ({
  ^bb0(%arg423: tensor<1x4xi32>):
    "func.return"(%arg423) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi1>) -> tensor<1x4xi32>, res_attrs = [{}], sym_name = "cumsum", sym_visibility = "private"}> ({
  ^bb0(%arg422: tensor<1x4xi1>):
    %1803 = "stablehlo.convert"(%arg422) : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %1804 = "func.call"(%1803) <{callee = @cumsum_0}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    "func.return"(%1804) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x4xi32>) -> tensor<1x4xi32>, sym_name = "cumsum_0", sym_visibility = "private"}> ({
  ^bb0(%arg419: tensor<1x4xi32>):
    %1799 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1800 = "stablehlo.broadcast_in_dim"(%1799) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<i32>
    %1801 = "stablehlo.reduce_window"(%arg419, %1800) <{base_dilations = array<i64: 1, 1>, padding = dense<[[0, 0], [3, 0]]> : tensor<2x2xi64>, window_dilations = array<i64: 1, 1>, window_dimensions = array<i64: 1, 4>, window_strides = array<i64: 1, 1>}> ({
    ^bb0(%arg420: tensor<i32>, %arg421: tensor<i32>):
      %1802 = "stablehlo.add"(%arg420, %arg421) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%1802) : (tensor<i32>) -> ()
    }) : (tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>
    "func.return"(%1801) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1x4x4xi1>, res_attrs = [{}], sym_name = "attention_mask", sym_visibility = "private"}> ({
  ^bb0(%arg418: tensor<1x4xi32>):
    %1791 = "func.call"(%arg418) <{callee = @inputs_mask}> : (tensor<1x4xi32>) -> tensor<1x4xi1>
    %1792 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1793 = "stablehlo.broadcast_in_dim"(%1792) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4x4xi1>
    %1794 = "func.call"(%1793) <{callee = @tril}> : (tensor<4x4xi1>) -> tensor<4x4xi1>
    %1795 = "stablehlo.broadcast_in_dim"(%1791) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x4xi1>) -> tensor<1x1x4xi1>
    %1796 = "stablehlo.broadcast_in_dim"(%1794) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<4x4xi1>) -> tensor<1x4x4xi1>
    %1797 = "stablehlo.broadcast_in_dim"(%1795) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xi1>) -> tensor<1x4x4xi1>
    %1798 = "stablehlo.and"(%1797, %1796) : (tensor<1x4x4xi1>, tensor<1x4x4xi1>) -> tensor<1x4x4xi1>
    "func.return"(%1798) : (tensor<1x4x4xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x4xi1>) -> tensor<4x4xi1>, res_attrs = [{}], sym_name = "tril", sym_visibility = "private"}> ({
  ^bb0(%arg417: tensor<4x4xi1>):
    %1782 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4x4xi32>
    %1783 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1784 = "stablehlo.broadcast_in_dim"(%1783) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x4xi32>
    %1785 = "stablehlo.add"(%1782, %1784) : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi32>
    %1786 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x4xi32>
    %1787 = "stablehlo.compare"(%1785, %1786) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %1788 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %1789 = "stablehlo.broadcast_in_dim"(%1788) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4x4xi1>
    %1790 = "stablehlo.select"(%1787, %arg417, %1789) : (tensor<4x4xi1>, tensor<4x4xi1>, tensor<4x4xi1>) -> tensor<4x4xi1>
    "func.return"(%1790) : (tensor<4x4xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<1x4x4xi1>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4xi32>) -> (tensor<1x101xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}], sym_name = "__call__", sym_visibility = "private"}> ({
  ^bb0(%arg346: tensor<101x64xbf16>, %arg347: tensor<64xbf16>, %arg348: tensor<16xbf16>, %arg349: tensor<16xbf16>, %arg350: tensor<4x16x64xbf16>, %arg351: tensor<2x2x64x16xbf16>, %arg352: tensor<4x64x16xbf16>, %arg353: tensor<2x64x128xbf16>, %arg354: tensor<128x64xbf16>, %arg355: tensor<64xbf16>, %arg356: tensor<64xbf16>, %arg357: tensor<64xbf16>, %arg358: tensor<64xbf16>, %arg359: tensor<16xbf16>, %arg360: tensor<16xbf16>, %arg361: tensor<4x16x64xbf16>, %arg362: tensor<2x2x64x16xbf16>, %arg363: tensor<4x64x16xbf16>, %arg364: tensor<2x64x128xbf16>, %arg365: tensor<128x64xbf16>, %arg366: tensor<64xbf16>, %arg367: tensor<64xbf16>, %arg368: tensor<64xbf16>, %arg369: tensor<64xbf16>, %arg370: tensor<1x4x4xi1>, %arg371: tensor<1xi32>, %arg372: tensor<1x4x2x16xbf16>, %arg373: tensor<1x4xi32>, %arg374: tensor<1x4x2x16xbf16>, %arg375: tensor<1xi32>, %arg376: tensor<1x4x2x16xbf16>, %arg377: tensor<1x4xi32>, %arg378: tensor<1x4x2x16xbf16>, %arg379: tensor<1x4xi32>, %arg380: tensor<1x4xi32>):
    %1082 = "func.call"(%arg380) <{callee = @tokens_with_mm}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %1083 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1084 = "stablehlo.broadcast_in_dim"(%1083) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %1085 = "stablehlo.compare"(%1082, %1084) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %1086 = "stablehlo.constant"() <{value = dense<101> : tensor<i32>}> : () -> tensor<i32>
    %1087 = "stablehlo.broadcast_in_dim"(%1086) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %1088 = "stablehlo.add"(%1082, %1087) : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %1089 = "stablehlo.select"(%1085, %1088, %1082) : (tensor<1x4xi1>, tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %1090 = "stablehlo.broadcast_in_dim"(%1089) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1091 = "stablehlo.gather"(%arg346, %1090) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<101x64xbf16>, tensor<1x4x1xi32>) -> tensor<1x4x64xbf16>
    %1092 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1093 = "stablehlo.sqrt"(%1092) : (tensor<f32>) -> tensor<f32>
    %1094 = "stablehlo.convert"(%1093) : (tensor<f32>) -> tensor<bf16>
    %1095 = "stablehlo.broadcast_in_dim"(%1094) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x64xbf16>
    %1096 = "stablehlo.multiply"(%1091, %1095) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1097 = "func.call"(%arg380) <{callee = @inputs_mask}> : (tensor<1x4xi32>) -> tensor<1x4xi1>
    %1098 = "chlo.square"(%1096) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1099 = "stablehlo.convert"(%1098) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xf32>
    %1100 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1101 = "stablehlo.reduce"(%1099, %1100) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg415: tensor<f32>, %arg416: tensor<f32>):
      %1781 = "stablehlo.add"(%arg415, %arg416) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1781) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1102 = "stablehlo.broadcast_in_dim"(%1101) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1103 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1104 = "stablehlo.broadcast_in_dim"(%1103) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1105 = "stablehlo.divide"(%1102, %1104) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1106 = "stablehlo.convert"(%1105) : (tensor<1x4x1xf32>) -> tensor<1x4x1xbf16>
    %1107 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1108 = "stablehlo.broadcast_in_dim"(%1107) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x1xbf16>
    %1109 = "stablehlo.add"(%1106, %1108) : (tensor<1x4x1xbf16>, tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1110 = "stablehlo.rsqrt"(%1109) : (tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1111 = "stablehlo.broadcast_in_dim"(%1110) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xbf16>) -> tensor<1x4x64xbf16>
    %1112 = "stablehlo.multiply"(%1096, %1111) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1113 = "stablehlo.broadcast_in_dim"(%arg357) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %1114 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1115 = "stablehlo.broadcast_in_dim"(%1114) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %1116 = "stablehlo.add"(%1115, %1113) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %1117 = "stablehlo.broadcast_in_dim"(%1116) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x4x64xbf16>
    %1118 = "stablehlo.multiply"(%1112, %1117) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1119 = "stablehlo.dot_general"(%1118, %arg352) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xbf16>, tensor<4x64x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1120 = "stablehlo.dot_general"(%arg351, %1118) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x2x64x16xbf16>, tensor<1x4x64xbf16>) -> tensor<2x2x16x1x4xbf16>
    %1121 = "stablehlo.transpose"(%1120) <{permutation = array<i64: 0, 3, 4, 1, 2>}> : (tensor<2x2x16x1x4xbf16>) -> tensor<2x1x4x2x16xbf16>
    %1122 = "stablehlo.slice"(%1121) <{limit_indices = array<i64: 1, 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x4x2x16xbf16>) -> tensor<1x1x4x2x16xbf16>
    %1123 = "stablehlo.reshape"(%1122) : (tensor<1x1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1124 = "stablehlo.slice"(%1121) <{limit_indices = array<i64: 2, 1, 4, 2, 16>, start_indices = array<i64: 1, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x4x2x16xbf16>) -> tensor<1x1x4x2x16xbf16>
    %1125 = "stablehlo.reshape"(%1124) : (tensor<1x1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1126 = "chlo.square"(%1119) : (tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1127 = "stablehlo.convert"(%1126) : (tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xf32>
    %1128 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1129 = "stablehlo.reduce"(%1127, %1128) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg413: tensor<f32>, %arg414: tensor<f32>):
      %1780 = "stablehlo.add"(%arg413, %arg414) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1780) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x16xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1130 = "stablehlo.broadcast_in_dim"(%1129) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1131 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1132 = "stablehlo.broadcast_in_dim"(%1131) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x1xf32>
    %1133 = "stablehlo.divide"(%1130, %1132) : (tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
    %1134 = "stablehlo.convert"(%1133) : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xbf16>
    %1135 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1136 = "stablehlo.broadcast_in_dim"(%1135) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x4x1xbf16>
    %1137 = "stablehlo.add"(%1134, %1136) : (tensor<1x4x4x1xbf16>, tensor<1x4x4x1xbf16>) -> tensor<1x4x4x1xbf16>
    %1138 = "stablehlo.rsqrt"(%1137) : (tensor<1x4x4x1xbf16>) -> tensor<1x4x4x1xbf16>
    %1139 = "stablehlo.broadcast_in_dim"(%1138) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xbf16>) -> tensor<1x4x4x16xbf16>
    %1140 = "stablehlo.multiply"(%1119, %1139) : (tensor<1x4x4x16xbf16>, tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1141 = "stablehlo.broadcast_in_dim"(%arg349) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xbf16>) -> tensor<1x1x1x16xbf16>
    %1142 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1143 = "stablehlo.broadcast_in_dim"(%1142) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1x16xbf16>
    %1144 = "stablehlo.add"(%1143, %1141) : (tensor<1x1x1x16xbf16>, tensor<1x1x1x16xbf16>) -> tensor<1x1x1x16xbf16>
    %1145 = "stablehlo.broadcast_in_dim"(%1144) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1146 = "stablehlo.multiply"(%1140, %1145) : (tensor<1x4x4x16xbf16>, tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1147 = "chlo.square"(%1123) : (tensor<1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1148 = "stablehlo.convert"(%1147) : (tensor<1x4x2x16xbf16>) -> tensor<1x4x2x16xf32>
    %1149 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1150 = "stablehlo.reduce"(%1148, %1149) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg411: tensor<f32>, %arg412: tensor<f32>):
      %1779 = "stablehlo.add"(%arg411, %arg412) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1779) : (tensor<f32>) -> ()
    }) : (tensor<1x4x2x16xf32>, tensor<f32>) -> tensor<1x4x2xf32>
    %1151 = "stablehlo.broadcast_in_dim"(%1150) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x2xf32>) -> tensor<1x4x2x1xf32>
    %1152 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1153 = "stablehlo.broadcast_in_dim"(%1152) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x2x1xf32>
    %1154 = "stablehlo.divide"(%1151, %1153) : (tensor<1x4x2x1xf32>, tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xf32>
    %1155 = "stablehlo.convert"(%1154) : (tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xbf16>
    %1156 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1157 = "stablehlo.broadcast_in_dim"(%1156) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x2x1xbf16>
    %1158 = "stablehlo.add"(%1155, %1157) : (tensor<1x4x2x1xbf16>, tensor<1x4x2x1xbf16>) -> tensor<1x4x2x1xbf16>
    %1159 = "stablehlo.rsqrt"(%1158) : (tensor<1x4x2x1xbf16>) -> tensor<1x4x2x1xbf16>
    %1160 = "stablehlo.broadcast_in_dim"(%1159) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x2x1xbf16>) -> tensor<1x4x2x16xbf16>
    %1161 = "stablehlo.multiply"(%1123, %1160) : (tensor<1x4x2x16xbf16>, tensor<1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1162 = "stablehlo.broadcast_in_dim"(%arg348) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xbf16>) -> tensor<1x1x1x16xbf16>
    %1163 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1164 = "stablehlo.broadcast_in_dim"(%1163) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1x16xbf16>
    %1165 = "stablehlo.add"(%1164, %1162) : (tensor<1x1x1x16xbf16>, tensor<1x1x1x16xbf16>) -> tensor<1x1x1x16xbf16>
    %1166 = "stablehlo.broadcast_in_dim"(%1165) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1167 = "stablehlo.multiply"(%1161, %1166) : (tensor<1x4x2x16xbf16>, tensor<1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1168 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %1169 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1170 = "stablehlo.broadcast_in_dim"(%1169) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1171 = "stablehlo.multiply"(%1170, %1168) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1172 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %1173 = "stablehlo.broadcast_in_dim"(%1172) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1174 = "stablehlo.power"(%1173, %1171) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1175 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1176 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %1177 = "func.call"(%1174, %1175, %1176) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %1178 = "stablehlo.broadcast_in_dim"(%arg379) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1179 = "stablehlo.broadcast_in_dim"(%1177) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %1180 = "stablehlo.convert"(%1178) : (tensor<1x4x1xi32>) -> tensor<1x4x1xf32>
    %1181 = "stablehlo.broadcast_in_dim"(%1180) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x8xf32>
    %1182 = "stablehlo.broadcast_in_dim"(%1179) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
    %1183 = "stablehlo.divide"(%1181, %1182) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    %1184 = "stablehlo.broadcast_in_dim"(%1183) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x8xf32>) -> tensor<1x4x1x8xf32>
    %1185 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1186 = "stablehlo.broadcast_in_dim"(%1185) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %1187 = "stablehlo.divide"(%1184, %1186) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1188 = "stablehlo.sine"(%1187) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1189 = "stablehlo.cosine"(%1187) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1190 = "stablehlo.slice"(%1146) <{limit_indices = array<i64: 1, 4, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xbf16>) -> tensor<1x4x4x8xbf16>
    %1191 = "stablehlo.slice"(%1146) <{limit_indices = array<i64: 1, 4, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xbf16>) -> tensor<1x4x4x8xbf16>
    %1192 = "stablehlo.convert"(%1190) : (tensor<1x4x4x8xbf16>) -> tensor<1x4x4x8xf32>
    %1193 = "stablehlo.broadcast_in_dim"(%1189) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1194 = "stablehlo.multiply"(%1192, %1193) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1195 = "stablehlo.convert"(%1191) : (tensor<1x4x4x8xbf16>) -> tensor<1x4x4x8xf32>
    %1196 = "stablehlo.broadcast_in_dim"(%1188) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1197 = "stablehlo.multiply"(%1195, %1196) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1198 = "stablehlo.subtract"(%1194, %1197) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1199 = "stablehlo.convert"(%1191) : (tensor<1x4x4x8xbf16>) -> tensor<1x4x4x8xf32>
    %1200 = "stablehlo.broadcast_in_dim"(%1189) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1201 = "stablehlo.multiply"(%1199, %1200) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1202 = "stablehlo.convert"(%1190) : (tensor<1x4x4x8xbf16>) -> tensor<1x4x4x8xf32>
    %1203 = "stablehlo.broadcast_in_dim"(%1188) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1204 = "stablehlo.multiply"(%1202, %1203) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1205 = "stablehlo.add"(%1201, %1204) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1206 = "stablehlo.concatenate"(%1198, %1205) <{dimension = 3 : i64}> : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x16xf32>
    %1207 = "stablehlo.convert"(%1206) : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xbf16>
    %1208 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %1209 = "stablehlo.broadcast_in_dim"(%1208) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x4x16xbf16>
    %1210 = "stablehlo.multiply"(%1207, %1209) : (tensor<1x4x4x16xbf16>, tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1211 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %1212 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1213 = "stablehlo.broadcast_in_dim"(%1212) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1214 = "stablehlo.multiply"(%1213, %1211) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1215 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %1216 = "stablehlo.broadcast_in_dim"(%1215) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1217 = "stablehlo.power"(%1216, %1214) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1218 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1219 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %1220 = "func.call"(%1217, %1218, %1219) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %1221 = "stablehlo.broadcast_in_dim"(%arg379) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1222 = "stablehlo.broadcast_in_dim"(%1220) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %1223 = "stablehlo.convert"(%1221) : (tensor<1x4x1xi32>) -> tensor<1x4x1xf32>
    %1224 = "stablehlo.broadcast_in_dim"(%1223) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x8xf32>
    %1225 = "stablehlo.broadcast_in_dim"(%1222) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
    %1226 = "stablehlo.divide"(%1224, %1225) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    %1227 = "stablehlo.broadcast_in_dim"(%1226) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x8xf32>) -> tensor<1x4x1x8xf32>
    %1228 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1229 = "stablehlo.broadcast_in_dim"(%1228) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %1230 = "stablehlo.divide"(%1227, %1229) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1231 = "stablehlo.sine"(%1230) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1232 = "stablehlo.cosine"(%1230) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1233 = "stablehlo.slice"(%1167) <{limit_indices = array<i64: 1, 4, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x16xbf16>) -> tensor<1x4x2x8xbf16>
    %1234 = "stablehlo.slice"(%1167) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x16xbf16>) -> tensor<1x4x2x8xbf16>
    %1235 = "stablehlo.convert"(%1233) : (tensor<1x4x2x8xbf16>) -> tensor<1x4x2x8xf32>
    %1236 = "stablehlo.broadcast_in_dim"(%1232) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1237 = "stablehlo.multiply"(%1235, %1236) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1238 = "stablehlo.convert"(%1234) : (tensor<1x4x2x8xbf16>) -> tensor<1x4x2x8xf32>
    %1239 = "stablehlo.broadcast_in_dim"(%1231) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1240 = "stablehlo.multiply"(%1238, %1239) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1241 = "stablehlo.subtract"(%1237, %1240) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1242 = "stablehlo.convert"(%1234) : (tensor<1x4x2x8xbf16>) -> tensor<1x4x2x8xf32>
    %1243 = "stablehlo.broadcast_in_dim"(%1232) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1244 = "stablehlo.multiply"(%1242, %1243) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1245 = "stablehlo.convert"(%1233) : (tensor<1x4x2x8xbf16>) -> tensor<1x4x2x8xf32>
    %1246 = "stablehlo.broadcast_in_dim"(%1231) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1247 = "stablehlo.multiply"(%1245, %1246) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1248 = "stablehlo.add"(%1244, %1247) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1249 = "stablehlo.concatenate"(%1241, %1248) <{dimension = 3 : i64}> : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x16xf32>
    %1250 = "stablehlo.convert"(%1249) : (tensor<1x4x2x16xf32>) -> tensor<1x4x2x16xbf16>
    %1251 = "stablehlo.reshape"(%arg371) : (tensor<1xi32>) -> tensor<i32>
    %1252 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1253 = "func.call"(%1251, %1252) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1254 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1255 = "stablehlo.compare"(%1253, %1254) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1256 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1257 = "stablehlo.add"(%1253, %1256) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1258 = "stablehlo.select"(%1255, %1257, %1253) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1259 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1260 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1261 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1262 = "stablehlo.dynamic_update_slice"(%arg374, %1125, %1259, %1258, %1260, %1261) : (tensor<1x4x2x16xbf16>, tensor<1x4x2x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4x2x16xbf16>
    %1263 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1264 = "stablehlo.compare"(%1253, %1263) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1265 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1266 = "stablehlo.add"(%1253, %1265) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1267 = "stablehlo.select"(%1264, %1266, %1253) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1268 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1269 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1270 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1271 = "stablehlo.dynamic_update_slice"(%arg372, %1250, %1268, %1267, %1269, %1270) : (tensor<1x4x2x16xbf16>, tensor<1x4x2x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4x2x16xbf16>
    %1272 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1273 = "stablehlo.compare"(%1253, %1272) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1274 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1275 = "stablehlo.add"(%1253, %1274) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1276 = "stablehlo.select"(%1273, %1275, %1253) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1277 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1278 = "stablehlo.dynamic_update_slice"(%arg373, %arg379, %1277, %1276) : (tensor<1x4xi32>, tensor<1x4xi32>, tensor<i32>, tensor<i32>) -> tensor<1x4xi32>
    %1279 = "stablehlo.reshape"(%1210) : (tensor<1x4x4x16xbf16>) -> tensor<1x4x2x2x16xbf16>
    %1280 = "stablehlo.dot_general"(%1271, %1279) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x2x16xbf16>, tensor<1x4x2x2x16xbf16>) -> tensor<1x2x4x4x2xbf16>
    %1281 = "stablehlo.transpose"(%1280) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x4x4x2xbf16>) -> tensor<1x4x2x2x4xbf16>
    %1282 = "stablehlo.reshape"(%1281) : (tensor<1x4x2x2x4xbf16>) -> tensor<1x4x4x4xbf16>
    %1283 = "stablehlo.broadcast_in_dim"(%1278) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x4xi32>) -> tensor<1x1x4xi32>
    %1284 = "stablehlo.broadcast_in_dim"(%arg379) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1285 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %1286 = "stablehlo.broadcast_in_dim"(%1285) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4x1xi32>
    %1287 = "stablehlo.subtract"(%1284, %1286) : (tensor<1x4x1xi32>, tensor<1x4x1xi32>) -> tensor<1x4x1xi32>
    %1288 = "stablehlo.broadcast_in_dim"(%1283) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xi32>) -> tensor<1x4x4xi32>
    %1289 = "stablehlo.broadcast_in_dim"(%1287) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xi32>) -> tensor<1x4x4xi32>
    %1290 = "stablehlo.compare"(%1288, %1289) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x4x4xi32>, tensor<1x4x4xi32>) -> tensor<1x4x4xi1>
    %1291 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %1292 = "stablehlo.broadcast_in_dim"(%1291) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4x1xi32>
    %1293 = "stablehlo.add"(%1284, %1292) : (tensor<1x4x1xi32>, tensor<1x4x1xi32>) -> tensor<1x4x1xi32>
    %1294 = "stablehlo.broadcast_in_dim"(%1283) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xi32>) -> tensor<1x4x4xi32>
    %1295 = "stablehlo.broadcast_in_dim"(%1293) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xi32>) -> tensor<1x4x4xi32>
    %1296 = "stablehlo.compare"(%1294, %1295) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x4x4xi32>, tensor<1x4x4xi32>) -> tensor<1x4x4xi1>
    %1297 = "stablehlo.and"(%1290, %1296) : (tensor<1x4x4xi1>, tensor<1x4x4xi1>) -> tensor<1x4x4xi1>
    %1298 = "stablehlo.and"(%arg370, %1297) : (tensor<1x4x4xi1>, tensor<1x4x4xi1>) -> tensor<1x4x4xi1>
    %1299 = "stablehlo.broadcast_in_dim"(%1298) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x4xi1>) -> tensor<1x4x1x4xi1>
    %1300 = "stablehlo.constant"() <{value = dense<-2.38197633E+38> : tensor<f32>}> : () -> tensor<f32>
    %1301 = "func.call"(%1299, %1282, %1300) <{callee = @_where_2}> : (tensor<1x4x1x4xi1>, tensor<1x4x4x4xbf16>, tensor<f32>) -> tensor<1x4x4x4xbf16>
    %1302 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %1303 = "stablehlo.reduce"(%1301, %1302) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg409: tensor<bf16>, %arg410: tensor<bf16>):
      %1778 = "stablehlo.maximum"(%arg409, %arg410) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
      "stablehlo.return"(%1778) : (tensor<bf16>) -> ()
    }) : (tensor<1x4x4x4xbf16>, tensor<bf16>) -> tensor<1x4x4xbf16>
    %1304 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %1305 = "stablehlo.broadcast_in_dim"(%1304) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x4xbf16>
    %1306 = "stablehlo.maximum"(%1305, %1303) : (tensor<1x4x4xbf16>, tensor<1x4x4xbf16>) -> tensor<1x4x4xbf16>
    %1307 = "stablehlo.broadcast_in_dim"(%1306) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xbf16>) -> tensor<1x4x4x1xbf16>
    %1308 = "stablehlo.broadcast_in_dim"(%1307) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xbf16>) -> tensor<1x4x4x4xbf16>
    %1309 = "stablehlo.subtract"(%1301, %1308) : (tensor<1x4x4x4xbf16>, tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xbf16>
    %1310 = "stablehlo.exponential"(%1309) : (tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xbf16>
    %1311 = "stablehlo.convert"(%1310) : (tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xf32>
    %1312 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1313 = "stablehlo.reduce"(%1311, %1312) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg407: tensor<f32>, %arg408: tensor<f32>):
      %1777 = "stablehlo.add"(%arg407, %arg408) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1777) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1314 = "stablehlo.broadcast_in_dim"(%1313) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1315 = "stablehlo.convert"(%1314) : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xbf16>
    %1316 = "stablehlo.broadcast_in_dim"(%1315) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xbf16>) -> tensor<1x4x4x4xbf16>
    %1317 = "stablehlo.divide"(%1310, %1316) : (tensor<1x4x4x4xbf16>, tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xbf16>
    %1318 = "stablehlo.reshape"(%1317) : (tensor<1x4x4x4xbf16>) -> tensor<1x4x2x2x4xbf16>
    %1319 = "stablehlo.dot_general"(%1262, %1318) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x2x16xbf16>, tensor<1x4x2x2x4xbf16>) -> tensor<1x2x16x4x2xbf16>
    %1320 = "stablehlo.transpose"(%1319) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x16x4x2xbf16>) -> tensor<1x4x2x2x16xbf16>
    %1321 = "stablehlo.reshape"(%1320) : (tensor<1x4x2x2x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1322 = "stablehlo.dot_general"(%1321, %arg350) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3, 2], rhs_contracting_dimensions = [1, 0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x4x16xbf16>, tensor<4x16x64xbf16>) -> tensor<1x4x64xbf16>
    %1323 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1324 = "stablehlo.broadcast_in_dim"(%1323) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1325 = "stablehlo.add"(%arg371, %1324) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1326 = "chlo.square"(%1322) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1327 = "stablehlo.convert"(%1326) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xf32>
    %1328 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1329 = "stablehlo.reduce"(%1327, %1328) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg405: tensor<f32>, %arg406: tensor<f32>):
      %1776 = "stablehlo.add"(%arg405, %arg406) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1776) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1330 = "stablehlo.broadcast_in_dim"(%1329) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1331 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1332 = "stablehlo.broadcast_in_dim"(%1331) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1333 = "stablehlo.divide"(%1330, %1332) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1334 = "stablehlo.convert"(%1333) : (tensor<1x4x1xf32>) -> tensor<1x4x1xbf16>
    %1335 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1336 = "stablehlo.broadcast_in_dim"(%1335) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x1xbf16>
    %1337 = "stablehlo.add"(%1334, %1336) : (tensor<1x4x1xbf16>, tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1338 = "stablehlo.rsqrt"(%1337) : (tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1339 = "stablehlo.broadcast_in_dim"(%1338) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xbf16>) -> tensor<1x4x64xbf16>
    %1340 = "stablehlo.multiply"(%1322, %1339) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1341 = "stablehlo.broadcast_in_dim"(%arg355) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %1342 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1343 = "stablehlo.broadcast_in_dim"(%1342) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %1344 = "stablehlo.add"(%1343, %1341) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %1345 = "stablehlo.broadcast_in_dim"(%1344) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x4x64xbf16>
    %1346 = "stablehlo.multiply"(%1340, %1345) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1347 = "stablehlo.add"(%1346, %1096) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1348 = "chlo.square"(%1347) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1349 = "stablehlo.convert"(%1348) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xf32>
    %1350 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1351 = "stablehlo.reduce"(%1349, %1350) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg403: tensor<f32>, %arg404: tensor<f32>):
      %1775 = "stablehlo.add"(%arg403, %arg404) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1775) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1352 = "stablehlo.broadcast_in_dim"(%1351) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1353 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1354 = "stablehlo.broadcast_in_dim"(%1353) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1355 = "stablehlo.divide"(%1352, %1354) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1356 = "stablehlo.convert"(%1355) : (tensor<1x4x1xf32>) -> tensor<1x4x1xbf16>
    %1357 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1358 = "stablehlo.broadcast_in_dim"(%1357) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x1xbf16>
    %1359 = "stablehlo.add"(%1356, %1358) : (tensor<1x4x1xbf16>, tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1360 = "stablehlo.rsqrt"(%1359) : (tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1361 = "stablehlo.broadcast_in_dim"(%1360) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xbf16>) -> tensor<1x4x64xbf16>
    %1362 = "stablehlo.multiply"(%1347, %1361) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1363 = "stablehlo.broadcast_in_dim"(%arg358) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %1364 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1365 = "stablehlo.broadcast_in_dim"(%1364) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %1366 = "stablehlo.add"(%1365, %1363) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %1367 = "stablehlo.broadcast_in_dim"(%1366) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x4x64xbf16>
    %1368 = "stablehlo.multiply"(%1362, %1367) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1369 = "stablehlo.dot_general"(%1368, %arg353) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xbf16>, tensor<2x64x128xbf16>) -> tensor<1x4x2x128xbf16>
    %1370 = "stablehlo.slice"(%1369) <{limit_indices = array<i64: 1, 4, 1, 128>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x128xbf16>) -> tensor<1x4x1x128xbf16>
    %1371 = "stablehlo.reshape"(%1370) : (tensor<1x4x1x128xbf16>) -> tensor<1x4x128xbf16>
    %1372 = "stablehlo.multiply"(%1371, %1371) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1373 = "stablehlo.multiply"(%1372, %1371) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1374 = "stablehlo.constant"() <{value = dense<4.467770e-02> : tensor<bf16>}> : () -> tensor<bf16>
    %1375 = "stablehlo.broadcast_in_dim"(%1374) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x128xbf16>
    %1376 = "stablehlo.multiply"(%1375, %1373) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1377 = "stablehlo.add"(%1371, %1376) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1378 = "stablehlo.constant"() <{value = dense<7.968750e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %1379 = "stablehlo.broadcast_in_dim"(%1378) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x128xbf16>
    %1380 = "stablehlo.multiply"(%1379, %1377) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1381 = "stablehlo.tanh"(%1380) : (tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1382 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1383 = "stablehlo.broadcast_in_dim"(%1382) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x128xbf16>
    %1384 = "stablehlo.add"(%1383, %1381) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1385 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %1386 = "stablehlo.broadcast_in_dim"(%1385) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x128xbf16>
    %1387 = "stablehlo.multiply"(%1386, %1384) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1388 = "stablehlo.multiply"(%1371, %1387) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1389 = "stablehlo.slice"(%1369) <{limit_indices = array<i64: 1, 4, 2, 128>, start_indices = array<i64: 0, 0, 1, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x128xbf16>) -> tensor<1x4x1x128xbf16>
    %1390 = "stablehlo.reshape"(%1389) : (tensor<1x4x1x128xbf16>) -> tensor<1x4x128xbf16>
    %1391 = "stablehlo.multiply"(%1388, %1390) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1392 = "stablehlo.dot_general"(%1391, %arg354) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x128xbf16>, tensor<128x64xbf16>) -> tensor<1x4x64xbf16>
    %1393 = "chlo.square"(%1392) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1394 = "stablehlo.convert"(%1393) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xf32>
    %1395 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1396 = "stablehlo.reduce"(%1394, %1395) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg401: tensor<f32>, %arg402: tensor<f32>):
      %1774 = "stablehlo.add"(%arg401, %arg402) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1774) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1397 = "stablehlo.broadcast_in_dim"(%1396) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1398 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1399 = "stablehlo.broadcast_in_dim"(%1398) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1400 = "stablehlo.divide"(%1397, %1399) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1401 = "stablehlo.convert"(%1400) : (tensor<1x4x1xf32>) -> tensor<1x4x1xbf16>
    %1402 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1403 = "stablehlo.broadcast_in_dim"(%1402) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x1xbf16>
    %1404 = "stablehlo.add"(%1401, %1403) : (tensor<1x4x1xbf16>, tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1405 = "stablehlo.rsqrt"(%1404) : (tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1406 = "stablehlo.broadcast_in_dim"(%1405) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xbf16>) -> tensor<1x4x64xbf16>
    %1407 = "stablehlo.multiply"(%1392, %1406) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1408 = "stablehlo.broadcast_in_dim"(%arg356) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %1409 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1410 = "stablehlo.broadcast_in_dim"(%1409) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %1411 = "stablehlo.add"(%1410, %1408) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %1412 = "stablehlo.broadcast_in_dim"(%1411) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x4x64xbf16>
    %1413 = "stablehlo.multiply"(%1407, %1412) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1414 = "stablehlo.add"(%1413, %1347) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1415 = "chlo.square"(%1414) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1416 = "stablehlo.convert"(%1415) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xf32>
    %1417 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1418 = "stablehlo.reduce"(%1416, %1417) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg399: tensor<f32>, %arg400: tensor<f32>):
      %1773 = "stablehlo.add"(%arg399, %arg400) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1773) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1419 = "stablehlo.broadcast_in_dim"(%1418) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1420 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1421 = "stablehlo.broadcast_in_dim"(%1420) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1422 = "stablehlo.divide"(%1419, %1421) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1423 = "stablehlo.convert"(%1422) : (tensor<1x4x1xf32>) -> tensor<1x4x1xbf16>
    %1424 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1425 = "stablehlo.broadcast_in_dim"(%1424) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x1xbf16>
    %1426 = "stablehlo.add"(%1423, %1425) : (tensor<1x4x1xbf16>, tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1427 = "stablehlo.rsqrt"(%1426) : (tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1428 = "stablehlo.broadcast_in_dim"(%1427) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xbf16>) -> tensor<1x4x64xbf16>
    %1429 = "stablehlo.multiply"(%1414, %1428) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1430 = "stablehlo.broadcast_in_dim"(%arg368) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %1431 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1432 = "stablehlo.broadcast_in_dim"(%1431) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %1433 = "stablehlo.add"(%1432, %1430) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %1434 = "stablehlo.broadcast_in_dim"(%1433) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x4x64xbf16>
    %1435 = "stablehlo.multiply"(%1429, %1434) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1436 = "stablehlo.dot_general"(%1435, %arg363) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xbf16>, tensor<4x64x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1437 = "stablehlo.dot_general"(%arg362, %1435) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x2x64x16xbf16>, tensor<1x4x64xbf16>) -> tensor<2x2x16x1x4xbf16>
    %1438 = "stablehlo.transpose"(%1437) <{permutation = array<i64: 0, 3, 4, 1, 2>}> : (tensor<2x2x16x1x4xbf16>) -> tensor<2x1x4x2x16xbf16>
    %1439 = "stablehlo.slice"(%1438) <{limit_indices = array<i64: 1, 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x4x2x16xbf16>) -> tensor<1x1x4x2x16xbf16>
    %1440 = "stablehlo.reshape"(%1439) : (tensor<1x1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1441 = "stablehlo.slice"(%1438) <{limit_indices = array<i64: 2, 1, 4, 2, 16>, start_indices = array<i64: 1, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x4x2x16xbf16>) -> tensor<1x1x4x2x16xbf16>
    %1442 = "stablehlo.reshape"(%1441) : (tensor<1x1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1443 = "chlo.square"(%1436) : (tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1444 = "stablehlo.convert"(%1443) : (tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xf32>
    %1445 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1446 = "stablehlo.reduce"(%1444, %1445) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg397: tensor<f32>, %arg398: tensor<f32>):
      %1772 = "stablehlo.add"(%arg397, %arg398) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1772) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x16xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1447 = "stablehlo.broadcast_in_dim"(%1446) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1448 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1449 = "stablehlo.broadcast_in_dim"(%1448) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x1xf32>
    %1450 = "stablehlo.divide"(%1447, %1449) : (tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
    %1451 = "stablehlo.convert"(%1450) : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xbf16>
    %1452 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1453 = "stablehlo.broadcast_in_dim"(%1452) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x4x1xbf16>
    %1454 = "stablehlo.add"(%1451, %1453) : (tensor<1x4x4x1xbf16>, tensor<1x4x4x1xbf16>) -> tensor<1x4x4x1xbf16>
    %1455 = "stablehlo.rsqrt"(%1454) : (tensor<1x4x4x1xbf16>) -> tensor<1x4x4x1xbf16>
    %1456 = "stablehlo.broadcast_in_dim"(%1455) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xbf16>) -> tensor<1x4x4x16xbf16>
    %1457 = "stablehlo.multiply"(%1436, %1456) : (tensor<1x4x4x16xbf16>, tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1458 = "stablehlo.broadcast_in_dim"(%arg360) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xbf16>) -> tensor<1x1x1x16xbf16>
    %1459 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1460 = "stablehlo.broadcast_in_dim"(%1459) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1x16xbf16>
    %1461 = "stablehlo.add"(%1460, %1458) : (tensor<1x1x1x16xbf16>, tensor<1x1x1x16xbf16>) -> tensor<1x1x1x16xbf16>
    %1462 = "stablehlo.broadcast_in_dim"(%1461) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1463 = "stablehlo.multiply"(%1457, %1462) : (tensor<1x4x4x16xbf16>, tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1464 = "chlo.square"(%1440) : (tensor<1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1465 = "stablehlo.convert"(%1464) : (tensor<1x4x2x16xbf16>) -> tensor<1x4x2x16xf32>
    %1466 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1467 = "stablehlo.reduce"(%1465, %1466) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg395: tensor<f32>, %arg396: tensor<f32>):
      %1771 = "stablehlo.add"(%arg395, %arg396) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1771) : (tensor<f32>) -> ()
    }) : (tensor<1x4x2x16xf32>, tensor<f32>) -> tensor<1x4x2xf32>
    %1468 = "stablehlo.broadcast_in_dim"(%1467) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x2xf32>) -> tensor<1x4x2x1xf32>
    %1469 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1470 = "stablehlo.broadcast_in_dim"(%1469) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x2x1xf32>
    %1471 = "stablehlo.divide"(%1468, %1470) : (tensor<1x4x2x1xf32>, tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xf32>
    %1472 = "stablehlo.convert"(%1471) : (tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xbf16>
    %1473 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1474 = "stablehlo.broadcast_in_dim"(%1473) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x2x1xbf16>
    %1475 = "stablehlo.add"(%1472, %1474) : (tensor<1x4x2x1xbf16>, tensor<1x4x2x1xbf16>) -> tensor<1x4x2x1xbf16>
    %1476 = "stablehlo.rsqrt"(%1475) : (tensor<1x4x2x1xbf16>) -> tensor<1x4x2x1xbf16>
    %1477 = "stablehlo.broadcast_in_dim"(%1476) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x2x1xbf16>) -> tensor<1x4x2x16xbf16>
    %1478 = "stablehlo.multiply"(%1440, %1477) : (tensor<1x4x2x16xbf16>, tensor<1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1479 = "stablehlo.broadcast_in_dim"(%arg359) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xbf16>) -> tensor<1x1x1x16xbf16>
    %1480 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1481 = "stablehlo.broadcast_in_dim"(%1480) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1x16xbf16>
    %1482 = "stablehlo.add"(%1481, %1479) : (tensor<1x1x1x16xbf16>, tensor<1x1x1x16xbf16>) -> tensor<1x1x1x16xbf16>
    %1483 = "stablehlo.broadcast_in_dim"(%1482) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1484 = "stablehlo.multiply"(%1478, %1483) : (tensor<1x4x2x16xbf16>, tensor<1x4x2x16xbf16>) -> tensor<1x4x2x16xbf16>
    %1485 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %1486 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1487 = "stablehlo.broadcast_in_dim"(%1486) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1488 = "stablehlo.multiply"(%1487, %1485) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1489 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %1490 = "stablehlo.broadcast_in_dim"(%1489) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1491 = "stablehlo.power"(%1490, %1488) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1492 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1493 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %1494 = "func.call"(%1491, %1492, %1493) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %1495 = "stablehlo.broadcast_in_dim"(%arg379) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1496 = "stablehlo.broadcast_in_dim"(%1494) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %1497 = "stablehlo.convert"(%1495) : (tensor<1x4x1xi32>) -> tensor<1x4x1xf32>
    %1498 = "stablehlo.broadcast_in_dim"(%1497) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x8xf32>
    %1499 = "stablehlo.broadcast_in_dim"(%1496) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
    %1500 = "stablehlo.divide"(%1498, %1499) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    %1501 = "stablehlo.broadcast_in_dim"(%1500) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x8xf32>) -> tensor<1x4x1x8xf32>
    %1502 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1503 = "stablehlo.broadcast_in_dim"(%1502) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %1504 = "stablehlo.divide"(%1501, %1503) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1505 = "stablehlo.sine"(%1504) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1506 = "stablehlo.cosine"(%1504) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1507 = "stablehlo.slice"(%1463) <{limit_indices = array<i64: 1, 4, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xbf16>) -> tensor<1x4x4x8xbf16>
    %1508 = "stablehlo.slice"(%1463) <{limit_indices = array<i64: 1, 4, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x4x16xbf16>) -> tensor<1x4x4x8xbf16>
    %1509 = "stablehlo.convert"(%1507) : (tensor<1x4x4x8xbf16>) -> tensor<1x4x4x8xf32>
    %1510 = "stablehlo.broadcast_in_dim"(%1506) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1511 = "stablehlo.multiply"(%1509, %1510) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1512 = "stablehlo.convert"(%1508) : (tensor<1x4x4x8xbf16>) -> tensor<1x4x4x8xf32>
    %1513 = "stablehlo.broadcast_in_dim"(%1505) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1514 = "stablehlo.multiply"(%1512, %1513) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1515 = "stablehlo.subtract"(%1511, %1514) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1516 = "stablehlo.convert"(%1508) : (tensor<1x4x4x8xbf16>) -> tensor<1x4x4x8xf32>
    %1517 = "stablehlo.broadcast_in_dim"(%1506) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1518 = "stablehlo.multiply"(%1516, %1517) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1519 = "stablehlo.convert"(%1507) : (tensor<1x4x4x8xbf16>) -> tensor<1x4x4x8xf32>
    %1520 = "stablehlo.broadcast_in_dim"(%1505) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x4x8xf32>
    %1521 = "stablehlo.multiply"(%1519, %1520) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1522 = "stablehlo.add"(%1518, %1521) : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    %1523 = "stablehlo.concatenate"(%1515, %1522) <{dimension = 3 : i64}> : (tensor<1x4x4x8xf32>, tensor<1x4x4x8xf32>) -> tensor<1x4x4x16xf32>
    %1524 = "stablehlo.convert"(%1523) : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xbf16>
    %1525 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %1526 = "stablehlo.broadcast_in_dim"(%1525) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x4x16xbf16>
    %1527 = "stablehlo.multiply"(%1524, %1526) : (tensor<1x4x4x16xbf16>, tensor<1x4x4x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1528 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %1529 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1530 = "stablehlo.broadcast_in_dim"(%1529) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1531 = "stablehlo.multiply"(%1530, %1528) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1532 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %1533 = "stablehlo.broadcast_in_dim"(%1532) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1534 = "stablehlo.power"(%1533, %1531) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1535 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1536 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %1537 = "func.call"(%1534, %1535, %1536) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %1538 = "stablehlo.broadcast_in_dim"(%arg379) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %1539 = "stablehlo.broadcast_in_dim"(%1537) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %1540 = "stablehlo.convert"(%1538) : (tensor<1x4x1xi32>) -> tensor<1x4x1xf32>
    %1541 = "stablehlo.broadcast_in_dim"(%1540) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x8xf32>
    %1542 = "stablehlo.broadcast_in_dim"(%1539) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
    %1543 = "stablehlo.divide"(%1541, %1542) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    %1544 = "stablehlo.broadcast_in_dim"(%1543) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x8xf32>) -> tensor<1x4x1x8xf32>
    %1545 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1546 = "stablehlo.broadcast_in_dim"(%1545) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1x8xf32>
    %1547 = "stablehlo.divide"(%1544, %1546) : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1548 = "stablehlo.sine"(%1547) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1549 = "stablehlo.cosine"(%1547) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %1550 = "stablehlo.slice"(%1484) <{limit_indices = array<i64: 1, 4, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x16xbf16>) -> tensor<1x4x2x8xbf16>
    %1551 = "stablehlo.slice"(%1484) <{limit_indices = array<i64: 1, 4, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x16xbf16>) -> tensor<1x4x2x8xbf16>
    %1552 = "stablehlo.convert"(%1550) : (tensor<1x4x2x8xbf16>) -> tensor<1x4x2x8xf32>
    %1553 = "stablehlo.broadcast_in_dim"(%1549) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1554 = "stablehlo.multiply"(%1552, %1553) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1555 = "stablehlo.convert"(%1551) : (tensor<1x4x2x8xbf16>) -> tensor<1x4x2x8xf32>
    %1556 = "stablehlo.broadcast_in_dim"(%1548) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1557 = "stablehlo.multiply"(%1555, %1556) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1558 = "stablehlo.subtract"(%1554, %1557) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1559 = "stablehlo.convert"(%1551) : (tensor<1x4x2x8xbf16>) -> tensor<1x4x2x8xf32>
    %1560 = "stablehlo.broadcast_in_dim"(%1549) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1561 = "stablehlo.multiply"(%1559, %1560) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1562 = "stablehlo.convert"(%1550) : (tensor<1x4x2x8xbf16>) -> tensor<1x4x2x8xf32>
    %1563 = "stablehlo.broadcast_in_dim"(%1548) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x8xf32>) -> tensor<1x4x2x8xf32>
    %1564 = "stablehlo.multiply"(%1562, %1563) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1565 = "stablehlo.add"(%1561, %1564) : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x8xf32>
    %1566 = "stablehlo.concatenate"(%1558, %1565) <{dimension = 3 : i64}> : (tensor<1x4x2x8xf32>, tensor<1x4x2x8xf32>) -> tensor<1x4x2x16xf32>
    %1567 = "stablehlo.convert"(%1566) : (tensor<1x4x2x16xf32>) -> tensor<1x4x2x16xbf16>
    %1568 = "stablehlo.reshape"(%arg375) : (tensor<1xi32>) -> tensor<i32>
    %1569 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1570 = "func.call"(%1568, %1569) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1571 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1572 = "stablehlo.compare"(%1570, %1571) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1573 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1574 = "stablehlo.add"(%1570, %1573) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1575 = "stablehlo.select"(%1572, %1574, %1570) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1576 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1577 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1578 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1579 = "stablehlo.dynamic_update_slice"(%arg378, %1442, %1576, %1575, %1577, %1578) : (tensor<1x4x2x16xbf16>, tensor<1x4x2x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4x2x16xbf16>
    %1580 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1581 = "stablehlo.compare"(%1570, %1580) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1582 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1583 = "stablehlo.add"(%1570, %1582) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1584 = "stablehlo.select"(%1581, %1583, %1570) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1585 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1586 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1587 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1588 = "stablehlo.dynamic_update_slice"(%arg376, %1567, %1585, %1584, %1586, %1587) : (tensor<1x4x2x16xbf16>, tensor<1x4x2x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4x2x16xbf16>
    %1589 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1590 = "stablehlo.compare"(%1570, %1589) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1591 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1592 = "stablehlo.add"(%1570, %1591) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1593 = "stablehlo.select"(%1590, %1592, %1570) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1594 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1595 = "stablehlo.dynamic_update_slice"(%arg377, %arg379, %1594, %1593) : (tensor<1x4xi32>, tensor<1x4xi32>, tensor<i32>, tensor<i32>) -> tensor<1x4xi32>
    %1596 = "stablehlo.reshape"(%1527) : (tensor<1x4x4x16xbf16>) -> tensor<1x4x2x2x16xbf16>
    %1597 = "stablehlo.dot_general"(%1588, %1596) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x2x16xbf16>, tensor<1x4x2x2x16xbf16>) -> tensor<1x2x4x4x2xbf16>
    %1598 = "stablehlo.transpose"(%1597) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x4x4x2xbf16>) -> tensor<1x4x2x2x4xbf16>
    %1599 = "stablehlo.reshape"(%1598) : (tensor<1x4x2x2x4xbf16>) -> tensor<1x4x4x4xbf16>
    %1600 = "stablehlo.broadcast_in_dim"(%arg370) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x4x4xi1>) -> tensor<1x4x1x4xi1>
    %1601 = "stablehlo.constant"() <{value = dense<-2.38197633E+38> : tensor<f32>}> : () -> tensor<f32>
    %1602 = "func.call"(%1600, %1599, %1601) <{callee = @_where_2}> : (tensor<1x4x1x4xi1>, tensor<1x4x4x4xbf16>, tensor<f32>) -> tensor<1x4x4x4xbf16>
    %1603 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %1604 = "stablehlo.reduce"(%1602, %1603) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg393: tensor<bf16>, %arg394: tensor<bf16>):
      %1770 = "stablehlo.maximum"(%arg393, %arg394) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
      "stablehlo.return"(%1770) : (tensor<bf16>) -> ()
    }) : (tensor<1x4x4x4xbf16>, tensor<bf16>) -> tensor<1x4x4xbf16>
    %1605 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %1606 = "stablehlo.broadcast_in_dim"(%1605) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x4xbf16>
    %1607 = "stablehlo.maximum"(%1606, %1604) : (tensor<1x4x4xbf16>, tensor<1x4x4xbf16>) -> tensor<1x4x4xbf16>
    %1608 = "stablehlo.broadcast_in_dim"(%1607) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xbf16>) -> tensor<1x4x4x1xbf16>
    %1609 = "stablehlo.broadcast_in_dim"(%1608) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xbf16>) -> tensor<1x4x4x4xbf16>
    %1610 = "stablehlo.subtract"(%1602, %1609) : (tensor<1x4x4x4xbf16>, tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xbf16>
    %1611 = "stablehlo.exponential"(%1610) : (tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xbf16>
    %1612 = "stablehlo.convert"(%1611) : (tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xf32>
    %1613 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1614 = "stablehlo.reduce"(%1612, %1613) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg391: tensor<f32>, %arg392: tensor<f32>):
      %1769 = "stablehlo.add"(%arg391, %arg392) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1769) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1615 = "stablehlo.broadcast_in_dim"(%1614) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1616 = "stablehlo.convert"(%1615) : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xbf16>
    %1617 = "stablehlo.broadcast_in_dim"(%1616) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xbf16>) -> tensor<1x4x4x4xbf16>
    %1618 = "stablehlo.divide"(%1611, %1617) : (tensor<1x4x4x4xbf16>, tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xbf16>
    %1619 = "stablehlo.reshape"(%1618) : (tensor<1x4x4x4xbf16>) -> tensor<1x4x2x2x4xbf16>
    %1620 = "stablehlo.dot_general"(%1579, %1619) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x2x16xbf16>, tensor<1x4x2x2x4xbf16>) -> tensor<1x2x16x4x2xbf16>
    %1621 = "stablehlo.transpose"(%1620) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x16x4x2xbf16>) -> tensor<1x4x2x2x16xbf16>
    %1622 = "stablehlo.reshape"(%1621) : (tensor<1x4x2x2x16xbf16>) -> tensor<1x4x4x16xbf16>
    %1623 = "stablehlo.dot_general"(%1622, %arg361) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3, 2], rhs_contracting_dimensions = [1, 0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x4x16xbf16>, tensor<4x16x64xbf16>) -> tensor<1x4x64xbf16>
    %1624 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1625 = "stablehlo.broadcast_in_dim"(%1624) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1626 = "stablehlo.add"(%arg375, %1625) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1627 = "chlo.square"(%1623) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1628 = "stablehlo.convert"(%1627) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xf32>
    %1629 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1630 = "stablehlo.reduce"(%1628, %1629) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg389: tensor<f32>, %arg390: tensor<f32>):
      %1768 = "stablehlo.add"(%arg389, %arg390) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1768) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1631 = "stablehlo.broadcast_in_dim"(%1630) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1632 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1633 = "stablehlo.broadcast_in_dim"(%1632) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1634 = "stablehlo.divide"(%1631, %1633) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1635 = "stablehlo.convert"(%1634) : (tensor<1x4x1xf32>) -> tensor<1x4x1xbf16>
    %1636 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1637 = "stablehlo.broadcast_in_dim"(%1636) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x1xbf16>
    %1638 = "stablehlo.add"(%1635, %1637) : (tensor<1x4x1xbf16>, tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1639 = "stablehlo.rsqrt"(%1638) : (tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1640 = "stablehlo.broadcast_in_dim"(%1639) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xbf16>) -> tensor<1x4x64xbf16>
    %1641 = "stablehlo.multiply"(%1623, %1640) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1642 = "stablehlo.broadcast_in_dim"(%arg366) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %1643 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1644 = "stablehlo.broadcast_in_dim"(%1643) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %1645 = "stablehlo.add"(%1644, %1642) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %1646 = "stablehlo.broadcast_in_dim"(%1645) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x4x64xbf16>
    %1647 = "stablehlo.multiply"(%1641, %1646) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1648 = "stablehlo.add"(%1647, %1414) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1649 = "chlo.square"(%1648) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1650 = "stablehlo.convert"(%1649) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xf32>
    %1651 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1652 = "stablehlo.reduce"(%1650, %1651) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg387: tensor<f32>, %arg388: tensor<f32>):
      %1767 = "stablehlo.add"(%arg387, %arg388) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1767) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1653 = "stablehlo.broadcast_in_dim"(%1652) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1654 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1655 = "stablehlo.broadcast_in_dim"(%1654) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1656 = "stablehlo.divide"(%1653, %1655) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1657 = "stablehlo.convert"(%1656) : (tensor<1x4x1xf32>) -> tensor<1x4x1xbf16>
    %1658 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1659 = "stablehlo.broadcast_in_dim"(%1658) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x1xbf16>
    %1660 = "stablehlo.add"(%1657, %1659) : (tensor<1x4x1xbf16>, tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1661 = "stablehlo.rsqrt"(%1660) : (tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1662 = "stablehlo.broadcast_in_dim"(%1661) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xbf16>) -> tensor<1x4x64xbf16>
    %1663 = "stablehlo.multiply"(%1648, %1662) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1664 = "stablehlo.broadcast_in_dim"(%arg369) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %1665 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1666 = "stablehlo.broadcast_in_dim"(%1665) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %1667 = "stablehlo.add"(%1666, %1664) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %1668 = "stablehlo.broadcast_in_dim"(%1667) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x4x64xbf16>
    %1669 = "stablehlo.multiply"(%1663, %1668) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1670 = "stablehlo.dot_general"(%1669, %arg364) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xbf16>, tensor<2x64x128xbf16>) -> tensor<1x4x2x128xbf16>
    %1671 = "stablehlo.slice"(%1670) <{limit_indices = array<i64: 1, 4, 1, 128>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x128xbf16>) -> tensor<1x4x1x128xbf16>
    %1672 = "stablehlo.reshape"(%1671) : (tensor<1x4x1x128xbf16>) -> tensor<1x4x128xbf16>
    %1673 = "stablehlo.multiply"(%1672, %1672) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1674 = "stablehlo.multiply"(%1673, %1672) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1675 = "stablehlo.constant"() <{value = dense<4.467770e-02> : tensor<bf16>}> : () -> tensor<bf16>
    %1676 = "stablehlo.broadcast_in_dim"(%1675) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x128xbf16>
    %1677 = "stablehlo.multiply"(%1676, %1674) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1678 = "stablehlo.add"(%1672, %1677) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1679 = "stablehlo.constant"() <{value = dense<7.968750e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %1680 = "stablehlo.broadcast_in_dim"(%1679) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x128xbf16>
    %1681 = "stablehlo.multiply"(%1680, %1678) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1682 = "stablehlo.tanh"(%1681) : (tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1683 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1684 = "stablehlo.broadcast_in_dim"(%1683) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x128xbf16>
    %1685 = "stablehlo.add"(%1684, %1682) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1686 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %1687 = "stablehlo.broadcast_in_dim"(%1686) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x128xbf16>
    %1688 = "stablehlo.multiply"(%1687, %1685) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1689 = "stablehlo.multiply"(%1672, %1688) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1690 = "stablehlo.slice"(%1670) <{limit_indices = array<i64: 1, 4, 2, 128>, start_indices = array<i64: 0, 0, 1, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x4x2x128xbf16>) -> tensor<1x4x1x128xbf16>
    %1691 = "stablehlo.reshape"(%1690) : (tensor<1x4x1x128xbf16>) -> tensor<1x4x128xbf16>
    %1692 = "stablehlo.multiply"(%1689, %1691) : (tensor<1x4x128xbf16>, tensor<1x4x128xbf16>) -> tensor<1x4x128xbf16>
    %1693 = "stablehlo.dot_general"(%1692, %arg365) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x128xbf16>, tensor<128x64xbf16>) -> tensor<1x4x64xbf16>
    %1694 = "chlo.square"(%1693) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1695 = "stablehlo.convert"(%1694) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xf32>
    %1696 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1697 = "stablehlo.reduce"(%1695, %1696) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg385: tensor<f32>, %arg386: tensor<f32>):
      %1766 = "stablehlo.add"(%arg385, %arg386) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1766) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1698 = "stablehlo.broadcast_in_dim"(%1697) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1699 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1700 = "stablehlo.broadcast_in_dim"(%1699) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1701 = "stablehlo.divide"(%1698, %1700) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1702 = "stablehlo.convert"(%1701) : (tensor<1x4x1xf32>) -> tensor<1x4x1xbf16>
    %1703 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1704 = "stablehlo.broadcast_in_dim"(%1703) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x1xbf16>
    %1705 = "stablehlo.add"(%1702, %1704) : (tensor<1x4x1xbf16>, tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1706 = "stablehlo.rsqrt"(%1705) : (tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1707 = "stablehlo.broadcast_in_dim"(%1706) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xbf16>) -> tensor<1x4x64xbf16>
    %1708 = "stablehlo.multiply"(%1693, %1707) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1709 = "stablehlo.broadcast_in_dim"(%arg367) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %1710 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1711 = "stablehlo.broadcast_in_dim"(%1710) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %1712 = "stablehlo.add"(%1711, %1709) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %1713 = "stablehlo.broadcast_in_dim"(%1712) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x4x64xbf16>
    %1714 = "stablehlo.multiply"(%1708, %1713) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1715 = "stablehlo.add"(%1714, %1648) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1716 = "chlo.square"(%1715) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1717 = "stablehlo.convert"(%1716) : (tensor<1x4x64xbf16>) -> tensor<1x4x64xf32>
    %1718 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1719 = "stablehlo.reduce"(%1717, %1718) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg383: tensor<f32>, %arg384: tensor<f32>):
      %1765 = "stablehlo.add"(%arg383, %arg384) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1765) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1720 = "stablehlo.broadcast_in_dim"(%1719) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1721 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1722 = "stablehlo.broadcast_in_dim"(%1721) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1723 = "stablehlo.divide"(%1720, %1722) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1724 = "stablehlo.convert"(%1723) : (tensor<1x4x1xf32>) -> tensor<1x4x1xbf16>
    %1725 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %1726 = "stablehlo.broadcast_in_dim"(%1725) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x1xbf16>
    %1727 = "stablehlo.add"(%1724, %1726) : (tensor<1x4x1xbf16>, tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1728 = "stablehlo.rsqrt"(%1727) : (tensor<1x4x1xbf16>) -> tensor<1x4x1xbf16>
    %1729 = "stablehlo.broadcast_in_dim"(%1728) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xbf16>) -> tensor<1x4x64xbf16>
    %1730 = "stablehlo.multiply"(%1715, %1729) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1731 = "stablehlo.broadcast_in_dim"(%arg347) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %1732 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1733 = "stablehlo.broadcast_in_dim"(%1732) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %1734 = "stablehlo.add"(%1733, %1731) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %1735 = "stablehlo.broadcast_in_dim"(%1734) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xbf16>) -> tensor<1x4x64xbf16>
    %1736 = "stablehlo.multiply"(%1730, %1735) : (tensor<1x4x64xbf16>, tensor<1x4x64xbf16>) -> tensor<1x4x64xbf16>
    %1737 = "stablehlo.convert"(%1097) : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %1738 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1739 = "stablehlo.reduce"(%1737, %1738) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg381: tensor<i32>, %arg382: tensor<i32>):
      %1764 = "stablehlo.add"(%arg381, %arg382) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%1764) : (tensor<i32>) -> ()
    }) : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %1740 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1741 = "stablehlo.broadcast_in_dim"(%1740) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1742 = "stablehlo.subtract"(%1739, %1741) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1743 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<1xi32>
    %1744 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1745 = "stablehlo.broadcast_in_dim"(%1744) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1746 = "stablehlo.compare"(%1743, %1745) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %1747 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1748 = "stablehlo.broadcast_in_dim"(%1747) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1749 = "stablehlo.add"(%1743, %1748) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1750 = "stablehlo.select"(%1746, %1749, %1743) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1751 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1752 = "stablehlo.broadcast_in_dim"(%1751) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1753 = "stablehlo.compare"(%1742, %1752) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %1754 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1755 = "stablehlo.broadcast_in_dim"(%1754) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1756 = "stablehlo.add"(%1742, %1755) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1757 = "stablehlo.select"(%1753, %1756, %1742) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1758 = "stablehlo.broadcast_in_dim"(%1750) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %1759 = "stablehlo.broadcast_in_dim"(%1757) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %1760 = "stablehlo.concatenate"(%1758, %1759) <{dimension = 1 : i64}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
    %1761 = "stablehlo.gather"(%1736, %1760) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0, 1], start_index_map = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 64>}> : (tensor<1x4x64xbf16>, tensor<1x2xi32>) -> tensor<1x64xbf16>
    %1762 = "stablehlo.transpose"(%arg346) <{permutation = array<i64: 1, 0>}> : (tensor<101x64xbf16>) -> tensor<64x101xbf16>
    %1763 = "stablehlo.dot_general"(%1761, %1762) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x64xbf16>, tensor<64x101xbf16>) -> tensor<1x101xbf16>
    "func.return"(%1763, %1325, %1271, %1278, %1262, %1626, %1588, %1595, %1579) : (tensor<1x101xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>, tensor<1xi32>, tensor<1x4x2x16xbf16>, tensor<1x4xi32>, tensor<1x4x2x16xbf16>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "_pad_1", sym_visibility = "private"}> ({
  ^bb0(%arg343: tensor<8xf32>, %arg344: tensor<i32>, %arg345: tensor<f32>):
    %1076 = "stablehlo.convert"(%arg344) : (tensor<i32>) -> tensor<f32>
    %1077 = "stablehlo.broadcast_in_dim"(%1076) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %1078 = "stablehlo.convert"(%arg345) : (tensor<f32>) -> tensor<f32>
    %1079 = "stablehlo.broadcast_in_dim"(%1078) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %1080 = "stablehlo.concatenate"(%1077, %1079) <{dimension = 0 : i64}> : (tensor<1xf32>, tensor<1xf32>) -> tensor<2xf32>
    %1081 = "stablehlo.broadcast_in_dim"(%1080) <{broadcast_dimensions = array<i64: 1>}> : (tensor<2xf32>) -> tensor<1x2xf32>
    "func.return"(%arg343) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg341: tensor<i32>, %arg342: tensor<i32>):
    %1060 = "stablehlo.convert"(%arg342) : (tensor<i32>) -> tensor<i32>
    %1061 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1062 = "stablehlo.compare"(%1060, %1061) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1063 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1064 = "func.call"(%1062, %1063, %1060) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1065 = "stablehlo.remainder"(%arg341, %1064) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1066 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1067 = "stablehlo.compare"(%1065, %1066) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1068 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1069 = "stablehlo.compare"(%1065, %1068) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1070 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1071 = "stablehlo.compare"(%1064, %1070) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1072 = "stablehlo.compare"(%1069, %1071) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %1073 = "stablehlo.and"(%1072, %1067) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %1074 = "stablehlo.add"(%1065, %1064) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1075 = "stablehlo.select"(%1073, %1074, %1065) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%1075) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg338: tensor<i1>, %arg339: tensor<i32>, %arg340: tensor<i32>):
    %1059 = "stablehlo.select"(%arg338, %arg339, %arg340) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%1059) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x4x1x4xi1>, tensor<1x4x4x4xbf16>, tensor<f32>) -> tensor<1x4x4x4xbf16>, res_attrs = [{}], sym_name = "_where_2", sym_visibility = "private"}> ({
  ^bb0(%arg335: tensor<1x4x1x4xi1>, %arg336: tensor<1x4x4x4xbf16>, %arg337: tensor<f32>):
    %1055 = "stablehlo.convert"(%arg337) : (tensor<f32>) -> tensor<bf16>
    %1056 = "stablehlo.broadcast_in_dim"(%arg335) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x4xi1>) -> tensor<1x4x4x4xi1>
    %1057 = "stablehlo.broadcast_in_dim"(%1055) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x4x4x4xbf16>
    %1058 = "stablehlo.select"(%1056, %arg336, %1057) : (tensor<1x4x4x4xi1>, tensor<1x4x4x4xbf16>, tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xbf16>
    "func.return"(%1058) : (tensor<1x4x4x4xbf16>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1xi32>, res_attrs = [{}], sym_name = "last_token_pos", sym_visibility = "private"}> ({
  ^bb0(%arg332: tensor<1x4xi32>):
    %1047 = "func.call"(%arg332) <{callee = @inputs_mask}> : (tensor<1x4xi32>) -> tensor<1x4xi1>
    %1048 = "stablehlo.convert"(%1047) : (tensor<1x4xi1>) -> tensor<1x4xi32>
    %1049 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1050 = "stablehlo.reduce"(%1048, %1049) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg333: tensor<i32>, %arg334: tensor<i32>):
      %1054 = "stablehlo.add"(%arg333, %arg334) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%1054) : (tensor<i32>) -> ()
    }) : (tensor<1x4xi32>, tensor<i32>) -> tensor<1xi32>
    %1051 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1052 = "stablehlo.broadcast_in_dim"(%1051) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1053 = "stablehlo.subtract"(%1050, %1052) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    "func.return"(%1053) : (tensor<1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<1x4xi1>, tensor<i1>) -> tensor<1x32xi1>, res_attrs = [{}], sym_name = "_pad_3", sym_visibility = "private"}> ({
  ^bb0(%arg330: tensor<1x4xi1>, %arg331: tensor<i1>):
    %1046 = "stablehlo.pad"(%arg330, %arg331) <{edge_padding_high = array<i64: 0, 28>, edge_padding_low = array<i64: 0, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<1x4xi1>, tensor<i1>) -> tensor<1x32xi1>
    "func.return"(%1046) : (tensor<1x32xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4xi32>) -> tensor<1xi32>, res_attrs = [{}], sym_name = "last_token", sym_visibility = "private"}> ({
  ^bb0(%arg329: tensor<1x4xi32>):
    %1041 = "func.call"(%arg329) <{callee = @tokens_with_mm}> : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %1042 = "func.call"(%arg329) <{callee = @last_token_pos}> : (tensor<1x4xi32>) -> tensor<1xi32>
    %1043 = "stablehlo.broadcast_in_dim"(%1042) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %1044 = "func.call"(%1041, %1043) <{callee = @take_along_axis}> : (tensor<1x4xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %1045 = "stablehlo.reshape"(%1044) : (tensor<1x1xi32>) -> tensor<1xi32>
    "func.return"(%1045) : (tensor<1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<1x4xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>, res_attrs = [{}], sym_name = "take_along_axis", sym_visibility = "private"}> ({
  ^bb0(%arg325: tensor<1x4xi32>, %arg326: tensor<1x1xi32>):
    %1019 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1020 = "stablehlo.broadcast_in_dim"(%1019) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %1021 = "stablehlo.compare"(%arg326, %1020) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %1022 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1023 = "stablehlo.broadcast_in_dim"(%1022) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %1024 = "stablehlo.add"(%arg326, %1023) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %1025 = "stablehlo.select"(%1021, %1024, %arg326) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %1026 = "stablehlo.constant"() <{value = dense<3> : tensor<1xi32>}> : () -> tensor<1xi32>
    %1027 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1028 = "stablehlo.broadcast_in_dim"(%1027) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %1029 = "stablehlo.compare"(%1025, %1028) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %1030 = "stablehlo.broadcast_in_dim"(%1026) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %1031 = "stablehlo.compare"(%1025, %1030) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %1032 = "stablehlo.and"(%1029, %1031) : (tensor<1x1xi1>, tensor<1x1xi1>) -> tensor<1x1xi1>
    %1033 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1034 = "stablehlo.reduce"(%1032, %1033) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg327: tensor<i1>, %arg328: tensor<i1>):
      %1040 = "stablehlo.and"(%arg327, %arg328) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%1040) : (tensor<i1>) -> ()
    }) : (tensor<1x1xi1>, tensor<i1>) -> tensor<1xi1>
    %1035 = "stablehlo.gather"(%arg325, %1025) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1>}> : (tensor<1x4xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %1036 = "stablehlo.broadcast_in_dim"(%1034) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xi1>) -> tensor<1x1xi1>
    %1037 = "stablehlo.constant"() <{value = dense<-2147483648> : tensor<i32>}> : () -> tensor<i32>
    %1038 = "stablehlo.broadcast_in_dim"(%1037) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %1039 = "stablehlo.select"(%1036, %1035, %1038) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    "func.return"(%1039) : (tensor<1x1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], sym_name = "_sample_loop", sym_visibility = "private"}> ({
  ^bb0(%arg198: tensor<i32>, %arg199: tensor<101x64xbf16>, %arg200: tensor<64xbf16>, %arg201: tensor<16xbf16>, %arg202: tensor<16xbf16>, %arg203: tensor<4x16x64xbf16>, %arg204: tensor<2x2x64x16xbf16>, %arg205: tensor<4x64x16xbf16>, %arg206: tensor<2x64x128xbf16>, %arg207: tensor<128x64xbf16>, %arg208: tensor<64xbf16>, %arg209: tensor<64xbf16>, %arg210: tensor<64xbf16>, %arg211: tensor<64xbf16>, %arg212: tensor<16xbf16>, %arg213: tensor<16xbf16>, %arg214: tensor<4x16x64xbf16>, %arg215: tensor<2x2x64x16xbf16>, %arg216: tensor<4x64x16xbf16>, %arg217: tensor<2x64x128xbf16>, %arg218: tensor<128x64xbf16>, %arg219: tensor<64xbf16>, %arg220: tensor<64xbf16>, %arg221: tensor<64xbf16>, %arg222: tensor<64xbf16>, %arg223: tensor<i32>, %arg224: tensor<1xi1>, %arg225: tensor<1xi32>, %arg226: tensor<1xi32>, %arg227: tensor<1x12xi32>, %arg228: tensor<1xi32>, %arg229: tensor<1x32x2x16xbf16>, %arg230: tensor<1x32xi32>, %arg231: tensor<1x32x2x16xbf16>, %arg232: tensor<1xi32>, %arg233: tensor<1x32x2x16xbf16>, %arg234: tensor<1x32xi32>, %arg235: tensor<1x32x2x16xbf16>, %arg236: tensor<2xui32>, %arg237: tensor<i32>, %arg238: tensor<1x32xi1>):
    %973 = "stablehlo.constant"() <{value = dense<[1, 106]> : tensor<2xi32>}> : () -> tensor<2xi32>
    %974:41 = "stablehlo.while"(%arg198, %arg199, %arg200, %arg201, %arg202, %arg203, %arg204, %arg205, %arg206, %arg207, %arg208, %arg209, %arg210, %arg211, %arg212, %arg213, %arg214, %arg215, %arg216, %arg217, %arg218, %arg219, %arg220, %arg221, %arg222, %arg223, %arg224, %arg225, %arg226, %arg227, %arg228, %arg229, %arg230, %arg231, %arg232, %arg233, %arg234, %arg235, %arg236, %arg237, %arg238) ({
    ^bb0(%arg282: tensor<i32>, %arg283: tensor<101x64xbf16>, %arg284: tensor<64xbf16>, %arg285: tensor<16xbf16>, %arg286: tensor<16xbf16>, %arg287: tensor<4x16x64xbf16>, %arg288: tensor<2x2x64x16xbf16>, %arg289: tensor<4x64x16xbf16>, %arg290: tensor<2x64x128xbf16>, %arg291: tensor<128x64xbf16>, %arg292: tensor<64xbf16>, %arg293: tensor<64xbf16>, %arg294: tensor<64xbf16>, %arg295: tensor<64xbf16>, %arg296: tensor<16xbf16>, %arg297: tensor<16xbf16>, %arg298: tensor<4x16x64xbf16>, %arg299: tensor<2x2x64x16xbf16>, %arg300: tensor<4x64x16xbf16>, %arg301: tensor<2x64x128xbf16>, %arg302: tensor<128x64xbf16>, %arg303: tensor<64xbf16>, %arg304: tensor<64xbf16>, %arg305: tensor<64xbf16>, %arg306: tensor<64xbf16>, %arg307: tensor<i32>, %arg308: tensor<1xi1>, %arg309: tensor<1xi32>, %arg310: tensor<1xi32>, %arg311: tensor<1x12xi32>, %arg312: tensor<1xi32>, %arg313: tensor<1x32x2x16xbf16>, %arg314: tensor<1x32xi32>, %arg315: tensor<1x32x2x16xbf16>, %arg316: tensor<1xi32>, %arg317: tensor<1x32x2x16xbf16>, %arg318: tensor<1x32xi32>, %arg319: tensor<1x32x2x16xbf16>, %arg320: tensor<2xui32>, %arg321: tensor<i32>, %arg322: tensor<1x32xi1>):
      %1004 = "stablehlo.compare"(%arg307, %arg282) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %1005 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
      %1006 = "stablehlo.reduce"(%arg308, %1005) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg323: tensor<i1>, %arg324: tensor<i1>):
        %1018 = "stablehlo.and"(%arg323, %arg324) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%1018) : (tensor<i1>) -> ()
      }) : (tensor<1xi1>, tensor<i1>) -> tensor<i1>
      %1007 = "stablehlo.not"(%1006) : (tensor<i1>) -> tensor<i1>
      %1008 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
      %1009 = "stablehlo.broadcast_in_dim"(%1008) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<i1>
      %1010 = "stablehlo.compare"(%1004, %1009) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %1011 = "stablehlo.convert"(%1010) : (tensor<i1>) -> tensor<i1>
      %1012 = "stablehlo.and"(%1011, %1007) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %1013 = "stablehlo.reshape"(%arg312) : (tensor<1xi32>) -> tensor<i32>
      %1014 = "stablehlo.constant"() <{value = dense<31> : tensor<i32>}> : () -> tensor<i32>
      %1015 = "stablehlo.compare"(%1013, %1014) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %1016 = "stablehlo.not"(%1015) : (tensor<i1>) -> tensor<i1>
      %1017 = "stablehlo.and"(%1012, %1016) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%1017) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg241: tensor<i32>, %arg242: tensor<101x64xbf16>, %arg243: tensor<64xbf16>, %arg244: tensor<16xbf16>, %arg245: tensor<16xbf16>, %arg246: tensor<4x16x64xbf16>, %arg247: tensor<2x2x64x16xbf16>, %arg248: tensor<4x64x16xbf16>, %arg249: tensor<2x64x128xbf16>, %arg250: tensor<128x64xbf16>, %arg251: tensor<64xbf16>, %arg252: tensor<64xbf16>, %arg253: tensor<64xbf16>, %arg254: tensor<64xbf16>, %arg255: tensor<16xbf16>, %arg256: tensor<16xbf16>, %arg257: tensor<4x16x64xbf16>, %arg258: tensor<2x2x64x16xbf16>, %arg259: tensor<4x64x16xbf16>, %arg260: tensor<2x64x128xbf16>, %arg261: tensor<128x64xbf16>, %arg262: tensor<64xbf16>, %arg263: tensor<64xbf16>, %arg264: tensor<64xbf16>, %arg265: tensor<64xbf16>, %arg266: tensor<i32>, %arg267: tensor<1xi1>, %arg268: tensor<1xi32>, %arg269: tensor<1xi32>, %arg270: tensor<1x12xi32>, %arg271: tensor<1xi32>, %arg272: tensor<1x32x2x16xbf16>, %arg273: tensor<1x32xi32>, %arg274: tensor<1x32x2x16xbf16>, %arg275: tensor<1xi32>, %arg276: tensor<1x32x2x16xbf16>, %arg277: tensor<1x32xi32>, %arg278: tensor<1x32x2x16xbf16>, %arg279: tensor<2xui32>, %arg280: tensor<i32>, %arg281: tensor<1x32xi1>):
      %1003:16 = "func.call"(%arg266, %arg267, %arg268, %arg269, %arg270, %arg271, %arg272, %arg273, %arg274, %arg275, %arg276, %arg277, %arg278, %arg279, %arg280, %arg281, %arg242, %arg243, %arg244, %arg245, %arg246, %arg247, %arg248, %arg249, %arg250, %arg251, %arg252, %arg253, %arg254, %arg255, %arg256, %arg257, %arg258, %arg259, %arg260, %arg261, %arg262, %arg263, %arg264, %arg265) <{callee = @_sample_step}> : (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>, tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>) -> (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>)
      "stablehlo.return"(%arg241, %arg242, %arg243, %arg244, %arg245, %arg246, %arg247, %arg248, %arg249, %arg250, %arg251, %arg252, %arg253, %arg254, %arg255, %arg256, %arg257, %arg258, %arg259, %arg260, %arg261, %arg262, %arg263, %arg264, %arg265, %1003#0, %1003#1, %1003#2, %1003#3, %1003#4, %1003#5, %1003#6, %1003#7, %1003#8, %1003#9, %1003#10, %1003#11, %1003#12, %1003#13, %1003#14, %1003#15) : (tensor<i32>, tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> ()
    }) : (tensor<i32>, tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> (tensor<i32>, tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>)
    %975 = "func.call"(%974#29, %973) <{callee = @_in1d_10}> : (tensor<1x12xi32>, tensor<2xi32>) -> tensor<12xi1>
    %976 = "stablehlo.reshape"(%975) : (tensor<12xi1>) -> tensor<1x12xi1>
    %977 = "func.call"(%976) <{callee = @cumsum_11}> : (tensor<1x12xi1>) -> tensor<1x12xi32>
    %978 = "stablehlo.convert"(%976) : (tensor<1x12xi1>) -> tensor<1x12xi32>
    %979 = "stablehlo.subtract"(%977, %978) : (tensor<1x12xi32>, tensor<1x12xi32>) -> tensor<1x12xi32>
    %980 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %981 = "stablehlo.broadcast_in_dim"(%980) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x12xi32>
    %982 = "stablehlo.compare"(%979, %981) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<1x12xi32>, tensor<1x12xi32>) -> tensor<1x12xi1>
    %983 = "stablehlo.convert"(%982) : (tensor<1x12xi1>) -> tensor<1x12xi32>
    %984 = "stablehlo.multiply"(%974#29, %983) : (tensor<1x12xi32>, tensor<1x12xi32>) -> tensor<1x12xi32>
    %985 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %986 = "stablehlo.broadcast_in_dim"(%985) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x12xi32>
    %987 = "stablehlo.compare"(%984, %986) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x12xi32>, tensor<1x12xi32>) -> tensor<1x12xi1>
    %988 = "stablehlo.convert"(%987) : (tensor<1x12xi1>) -> tensor<1x12xi32>
    %989 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %990 = "stablehlo.reduce"(%988, %989) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg239: tensor<i32>, %arg240: tensor<i32>):
      %1002 = "stablehlo.add"(%arg239, %arg240) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%1002) : (tensor<i32>) -> ()
    }) : (tensor<1x12xi32>, tensor<i32>) -> tensor<1xi32>
    %991 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %992 = "stablehlo.add"(%974#39, %991) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %993 = "stablehlo.convert"(%992) : (tensor<i32>) -> tensor<i32>
    %994 = "stablehlo.broadcast_in_dim"(%993) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %995 = "stablehlo.add"(%994, %990) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %996 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<32xi32>
    %997 = "stablehlo.broadcast_in_dim"(%996) <{broadcast_dimensions = array<i64: 1>}> : (tensor<32xi32>) -> tensor<1x32xi32>
    %998 = "stablehlo.broadcast_in_dim"(%995) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %999 = "stablehlo.broadcast_in_dim"(%998) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x32xi32>
    %1000 = "stablehlo.compare"(%997, %999) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x32xi32>, tensor<1x32xi32>) -> tensor<1x32xi1>
    %1001 = "stablehlo.and"(%974#40, %1000) : (tensor<1x32xi1>, tensor<1x32xi1>) -> tensor<1x32xi1>
    "func.return"(%974#25, %974#26, %974#27, %974#28, %984, %974#30, %974#31, %974#32, %974#33, %974#34, %974#35, %974#36, %974#37, %974#38, %974#39, %1001) : (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>, tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>) -> (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], sym_name = "_sample_step", sym_visibility = "private"}> ({
  ^bb0(%arg156: tensor<i32>, %arg157: tensor<1xi1>, %arg158: tensor<1xi32>, %arg159: tensor<1xi32>, %arg160: tensor<1x12xi32>, %arg161: tensor<1xi32>, %arg162: tensor<1x32x2x16xbf16>, %arg163: tensor<1x32xi32>, %arg164: tensor<1x32x2x16xbf16>, %arg165: tensor<1xi32>, %arg166: tensor<1x32x2x16xbf16>, %arg167: tensor<1x32xi32>, %arg168: tensor<1x32x2x16xbf16>, %arg169: tensor<2xui32>, %arg170: tensor<i32>, %arg171: tensor<1x32xi1>, %arg172: tensor<101x64xbf16>, %arg173: tensor<64xbf16>, %arg174: tensor<16xbf16>, %arg175: tensor<16xbf16>, %arg176: tensor<4x16x64xbf16>, %arg177: tensor<2x2x64x16xbf16>, %arg178: tensor<4x64x16xbf16>, %arg179: tensor<2x64x128xbf16>, %arg180: tensor<128x64xbf16>, %arg181: tensor<64xbf16>, %arg182: tensor<64xbf16>, %arg183: tensor<64xbf16>, %arg184: tensor<64xbf16>, %arg185: tensor<16xbf16>, %arg186: tensor<16xbf16>, %arg187: tensor<4x16x64xbf16>, %arg188: tensor<2x2x64x16xbf16>, %arg189: tensor<4x64x16xbf16>, %arg190: tensor<2x64x128xbf16>, %arg191: tensor<128x64xbf16>, %arg192: tensor<64xbf16>, %arg193: tensor<64xbf16>, %arg194: tensor<64xbf16>, %arg195: tensor<64xbf16>):
    %912 = "stablehlo.constant"() <{value = dense<[1, 106]> : tensor<2xi32>}> : () -> tensor<2xi32>
    %913 = "stablehlo.broadcast_in_dim"(%arg158) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %914 = "stablehlo.broadcast_in_dim"(%arg159) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %915 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<32xi32>
    %916 = "stablehlo.add"(%arg170, %arg156) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %917 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %918 = "stablehlo.add"(%916, %917) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %919 = "stablehlo.convert"(%918) : (tensor<i32>) -> tensor<i32>
    %920 = "stablehlo.broadcast_in_dim"(%919) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<32xi32>
    %921 = "stablehlo.compare"(%915, %920) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<32xi32>, tensor<32xi32>) -> tensor<32xi1>
    %922 = "stablehlo.broadcast_in_dim"(%921) <{broadcast_dimensions = array<i64: 1>}> : (tensor<32xi1>) -> tensor<1x32xi1>
    %923 = "stablehlo.and"(%arg171, %922) : (tensor<1x32xi1>, tensor<1x32xi1>) -> tensor<1x32xi1>
    %924 = "stablehlo.broadcast_in_dim"(%923) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x32xi1>) -> tensor<1x1x32xi1>
    %925:9 = "func.call"(%arg172, %arg173, %arg174, %arg175, %arg176, %arg177, %arg178, %arg179, %arg180, %arg181, %arg182, %arg183, %arg184, %arg185, %arg186, %arg187, %arg188, %arg189, %arg190, %arg191, %arg192, %arg193, %arg194, %arg195, %924, %arg161, %arg162, %arg163, %arg164, %arg165, %arg166, %arg167, %arg168, %914, %913) <{callee = @__call___4}> : (tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<1x1x32xi1>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1x1xi32>, tensor<1x1xi32>) -> (tensor<1x1x101xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>)
    %926 = "stablehlo.reshape"(%925#0) : (tensor<1x1x101xbf16>) -> tensor<1x101xbf16>
    %927 = "func.call"(%arg169) <{callee = @_threefry_split}> : (tensor<2xui32>) -> tensor<2x2xui32>
    %928 = "stablehlo.slice"(%927) <{limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %929 = "stablehlo.reshape"(%928) : (tensor<1x2xui32>) -> tensor<2xui32>
    %930 = "stablehlo.slice"(%927) <{limit_indices = array<i64: 2, 2>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %931 = "stablehlo.reshape"(%930) : (tensor<1x2xui32>) -> tensor<2xui32>
    %932:2 = "chlo.top_k"(%926) <{k = 8 : i64}> : (tensor<1x101xbf16>) -> (tensor<1x8xbf16>, tensor<1x8xi32>)
    %933 = "stablehlo.constant"() <{value = dense<8.007810e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %934 = "stablehlo.broadcast_in_dim"(%933) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x8xbf16>
    %935 = "stablehlo.divide"(%932#0, %934) : (tensor<1x8xbf16>, tensor<1x8xbf16>) -> tensor<1x8xbf16>
    %936 = "func.call"(%931) <{callee = @_gumbel}> : (tensor<2xui32>) -> tensor<1x8xbf16>
    %937 = "stablehlo.add"(%936, %935) : (tensor<1x8xbf16>, tensor<1x8xbf16>) -> tensor<1x8xbf16>
    %938 = "func.call"(%937) <{callee = @argmax}> : (tensor<1x8xbf16>) -> tensor<1xi32>
    %939 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<1xi32>
    %940 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %941 = "stablehlo.broadcast_in_dim"(%940) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %942 = "stablehlo.compare"(%939, %941) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %943 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %944 = "stablehlo.broadcast_in_dim"(%943) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %945 = "stablehlo.add"(%939, %944) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %946 = "stablehlo.select"(%942, %945, %939) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %947 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %948 = "stablehlo.broadcast_in_dim"(%947) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %949 = "stablehlo.compare"(%938, %948) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %950 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %951 = "stablehlo.broadcast_in_dim"(%950) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %952 = "stablehlo.add"(%938, %951) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %953 = "stablehlo.select"(%949, %952, %938) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %954 = "stablehlo.broadcast_in_dim"(%946) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %955 = "stablehlo.broadcast_in_dim"(%953) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %956 = "stablehlo.concatenate"(%954, %955) <{dimension = 1 : i64}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
    %957 = "stablehlo.gather"(%932#1, %956) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0, 1], start_index_map = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1>}> : (tensor<1x8xi32>, tensor<1x2xi32>) -> tensor<1xi32>
    %958 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %959 = "stablehlo.compare"(%arg156, %958) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %960 = "stablehlo.constant"() <{value = dense<12> : tensor<i32>}> : () -> tensor<i32>
    %961 = "stablehlo.add"(%arg156, %960) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %962 = "stablehlo.select"(%959, %961, %arg156) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %963 = "stablehlo.convert"(%962) : (tensor<i32>) -> tensor<i32>
    %964 = "stablehlo.broadcast_in_dim"(%963) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %965 = "stablehlo.scatter"(%arg160, %964, %957) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg196: tensor<i32>, %arg197: tensor<i32>):
      "stablehlo.return"(%arg197) : (tensor<i32>) -> ()
    }) : (tensor<1x12xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<1x12xi32>
    %966 = "func.call"(%957, %912) <{callee = @_in1d}> : (tensor<1xi32>, tensor<2xi32>) -> tensor<1xi1>
    %967 = "stablehlo.or"(%arg157, %966) : (tensor<1xi1>, tensor<1xi1>) -> tensor<1xi1>
    %968 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %969 = "stablehlo.add"(%arg156, %968) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %970 = "stablehlo.not"(%arg157) : (tensor<1xi1>) -> tensor<1xi1>
    %971 = "stablehlo.convert"(%970) : (tensor<1xi1>) -> tensor<1xi32>
    %972 = "stablehlo.add"(%arg159, %971) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    "func.return"(%969, %967, %957, %972, %965, %925#1, %925#2, %925#3, %925#4, %925#5, %925#6, %925#7, %925#8, %929, %arg170, %arg171) : (tensor<i32>, tensor<1xi1>, tensor<1xi32>, tensor<1xi32>, tensor<1x12xi32>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<2xui32>, tensor<i32>, tensor<1x32xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<101x64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<4x16x64xbf16>, tensor<2x2x64x16xbf16>, tensor<4x64x16xbf16>, tensor<2x64x128xbf16>, tensor<128x64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<64xbf16>, tensor<1x1x32xi1>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1x1xi32>, tensor<1x1xi32>) -> (tensor<1x1x101xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}], sym_name = "__call___4", sym_visibility = "private"}> ({
  ^bb0(%arg87: tensor<101x64xbf16>, %arg88: tensor<64xbf16>, %arg89: tensor<16xbf16>, %arg90: tensor<16xbf16>, %arg91: tensor<4x16x64xbf16>, %arg92: tensor<2x2x64x16xbf16>, %arg93: tensor<4x64x16xbf16>, %arg94: tensor<2x64x128xbf16>, %arg95: tensor<128x64xbf16>, %arg96: tensor<64xbf16>, %arg97: tensor<64xbf16>, %arg98: tensor<64xbf16>, %arg99: tensor<64xbf16>, %arg100: tensor<16xbf16>, %arg101: tensor<16xbf16>, %arg102: tensor<4x16x64xbf16>, %arg103: tensor<2x2x64x16xbf16>, %arg104: tensor<4x64x16xbf16>, %arg105: tensor<2x64x128xbf16>, %arg106: tensor<128x64xbf16>, %arg107: tensor<64xbf16>, %arg108: tensor<64xbf16>, %arg109: tensor<64xbf16>, %arg110: tensor<64xbf16>, %arg111: tensor<1x1x32xi1>, %arg112: tensor<1xi32>, %arg113: tensor<1x32x2x16xbf16>, %arg114: tensor<1x32xi32>, %arg115: tensor<1x32x2x16xbf16>, %arg116: tensor<1xi32>, %arg117: tensor<1x32x2x16xbf16>, %arg118: tensor<1x32xi32>, %arg119: tensor<1x32x2x16xbf16>, %arg120: tensor<1x1xi32>, %arg121: tensor<1x1xi32>):
    %253 = "func.call"(%arg121) <{callee = @tokens_with_mm_5}> : (tensor<1x1xi32>) -> tensor<1x1xi32>
    %254 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %255 = "stablehlo.broadcast_in_dim"(%254) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %256 = "stablehlo.compare"(%253, %255) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %257 = "stablehlo.constant"() <{value = dense<101> : tensor<i32>}> : () -> tensor<i32>
    %258 = "stablehlo.broadcast_in_dim"(%257) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %259 = "stablehlo.add"(%253, %258) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %260 = "stablehlo.select"(%256, %259, %253) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %261 = "stablehlo.broadcast_in_dim"(%260) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %262 = "stablehlo.gather"(%arg87, %261) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<101x64xbf16>, tensor<1x1x1xi32>) -> tensor<1x1x64xbf16>
    %263 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %264 = "stablehlo.sqrt"(%263) : (tensor<f32>) -> tensor<f32>
    %265 = "stablehlo.convert"(%264) : (tensor<f32>) -> tensor<bf16>
    %266 = "stablehlo.broadcast_in_dim"(%265) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %267 = "stablehlo.multiply"(%262, %266) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %268 = "func.call"(%arg121) <{callee = @inputs_mask_6}> : (tensor<1x1xi32>) -> tensor<1x1xi1>
    %269 = "chlo.square"(%267) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %270 = "stablehlo.convert"(%269) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %271 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %272 = "stablehlo.reduce"(%270, %271) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg154: tensor<f32>, %arg155: tensor<f32>):
      %911 = "stablehlo.add"(%arg154, %arg155) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%911) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %273 = "stablehlo.broadcast_in_dim"(%272) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %274 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %275 = "stablehlo.broadcast_in_dim"(%274) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %276 = "stablehlo.divide"(%273, %275) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %277 = "stablehlo.convert"(%276) : (tensor<1x1x1xf32>) -> tensor<1x1x1xbf16>
    %278 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %279 = "stablehlo.broadcast_in_dim"(%278) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1xbf16>
    %280 = "stablehlo.add"(%277, %279) : (tensor<1x1x1xbf16>, tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %281 = "stablehlo.rsqrt"(%280) : (tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %282 = "stablehlo.broadcast_in_dim"(%281) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xbf16>) -> tensor<1x1x64xbf16>
    %283 = "stablehlo.multiply"(%267, %282) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %284 = "stablehlo.broadcast_in_dim"(%arg98) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %285 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %286 = "stablehlo.broadcast_in_dim"(%285) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %287 = "stablehlo.add"(%286, %284) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %288 = "stablehlo.multiply"(%283, %287) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %289 = "stablehlo.dot_general"(%288, %arg93) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xbf16>, tensor<4x64x16xbf16>) -> tensor<1x1x4x16xbf16>
    %290 = "stablehlo.dot_general"(%arg92, %288) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x2x64x16xbf16>, tensor<1x1x64xbf16>) -> tensor<2x2x16x1x1xbf16>
    %291 = "stablehlo.transpose"(%290) <{permutation = array<i64: 0, 3, 4, 1, 2>}> : (tensor<2x2x16x1x1xbf16>) -> tensor<2x1x1x2x16xbf16>
    %292 = "stablehlo.slice"(%291) <{limit_indices = array<i64: 1, 1, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x1x2x16xbf16>) -> tensor<1x1x1x2x16xbf16>
    %293 = "stablehlo.reshape"(%292) : (tensor<1x1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %294 = "stablehlo.slice"(%291) <{limit_indices = array<i64: 2, 1, 1, 2, 16>, start_indices = array<i64: 1, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x1x2x16xbf16>) -> tensor<1x1x1x2x16xbf16>
    %295 = "stablehlo.reshape"(%294) : (tensor<1x1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %296 = "chlo.square"(%289) : (tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xbf16>
    %297 = "stablehlo.convert"(%296) : (tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xf32>
    %298 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %299 = "stablehlo.reduce"(%297, %298) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg152: tensor<f32>, %arg153: tensor<f32>):
      %910 = "stablehlo.add"(%arg152, %arg153) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%910) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x16xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %300 = "stablehlo.broadcast_in_dim"(%299) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %301 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %302 = "stablehlo.broadcast_in_dim"(%301) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x1xf32>
    %303 = "stablehlo.divide"(%300, %302) : (tensor<1x1x4x1xf32>, tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xf32>
    %304 = "stablehlo.convert"(%303) : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xbf16>
    %305 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %306 = "stablehlo.broadcast_in_dim"(%305) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x4x1xbf16>
    %307 = "stablehlo.add"(%304, %306) : (tensor<1x1x4x1xbf16>, tensor<1x1x4x1xbf16>) -> tensor<1x1x4x1xbf16>
    %308 = "stablehlo.rsqrt"(%307) : (tensor<1x1x4x1xbf16>) -> tensor<1x1x4x1xbf16>
    %309 = "stablehlo.broadcast_in_dim"(%308) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xbf16>) -> tensor<1x1x4x16xbf16>
    %310 = "stablehlo.multiply"(%289, %309) : (tensor<1x1x4x16xbf16>, tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xbf16>
    %311 = "stablehlo.broadcast_in_dim"(%arg90) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xbf16>) -> tensor<1x1x1x16xbf16>
    %312 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %313 = "stablehlo.broadcast_in_dim"(%312) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1x16xbf16>
    %314 = "stablehlo.add"(%313, %311) : (tensor<1x1x1x16xbf16>, tensor<1x1x1x16xbf16>) -> tensor<1x1x1x16xbf16>
    %315 = "stablehlo.broadcast_in_dim"(%314) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xbf16>) -> tensor<1x1x4x16xbf16>
    %316 = "stablehlo.multiply"(%310, %315) : (tensor<1x1x4x16xbf16>, tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xbf16>
    %317 = "chlo.square"(%293) : (tensor<1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %318 = "stablehlo.convert"(%317) : (tensor<1x1x2x16xbf16>) -> tensor<1x1x2x16xf32>
    %319 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %320 = "stablehlo.reduce"(%318, %319) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg150: tensor<f32>, %arg151: tensor<f32>):
      %909 = "stablehlo.add"(%arg150, %arg151) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%909) : (tensor<f32>) -> ()
    }) : (tensor<1x1x2x16xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %321 = "stablehlo.broadcast_in_dim"(%320) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x2xf32>) -> tensor<1x1x2x1xf32>
    %322 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %323 = "stablehlo.broadcast_in_dim"(%322) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x2x1xf32>
    %324 = "stablehlo.divide"(%321, %323) : (tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
    %325 = "stablehlo.convert"(%324) : (tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xbf16>
    %326 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %327 = "stablehlo.broadcast_in_dim"(%326) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x2x1xbf16>
    %328 = "stablehlo.add"(%325, %327) : (tensor<1x1x2x1xbf16>, tensor<1x1x2x1xbf16>) -> tensor<1x1x2x1xbf16>
    %329 = "stablehlo.rsqrt"(%328) : (tensor<1x1x2x1xbf16>) -> tensor<1x1x2x1xbf16>
    %330 = "stablehlo.broadcast_in_dim"(%329) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x2x1xbf16>) -> tensor<1x1x2x16xbf16>
    %331 = "stablehlo.multiply"(%293, %330) : (tensor<1x1x2x16xbf16>, tensor<1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %332 = "stablehlo.broadcast_in_dim"(%arg89) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xbf16>) -> tensor<1x1x1x16xbf16>
    %333 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %334 = "stablehlo.broadcast_in_dim"(%333) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1x16xbf16>
    %335 = "stablehlo.add"(%334, %332) : (tensor<1x1x1x16xbf16>, tensor<1x1x1x16xbf16>) -> tensor<1x1x1x16xbf16>
    %336 = "stablehlo.broadcast_in_dim"(%335) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xbf16>) -> tensor<1x1x2x16xbf16>
    %337 = "stablehlo.multiply"(%331, %336) : (tensor<1x1x2x16xbf16>, tensor<1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %338 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %339 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %340 = "stablehlo.broadcast_in_dim"(%339) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %341 = "stablehlo.multiply"(%340, %338) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %342 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %343 = "stablehlo.broadcast_in_dim"(%342) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %344 = "stablehlo.power"(%343, %341) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %345 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %346 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %347 = "func.call"(%344, %345, %346) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %348 = "stablehlo.broadcast_in_dim"(%arg120) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %349 = "stablehlo.broadcast_in_dim"(%347) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %350 = "stablehlo.convert"(%348) : (tensor<1x1x1xi32>) -> tensor<1x1x1xf32>
    %351 = "stablehlo.broadcast_in_dim"(%350) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %352 = "stablehlo.divide"(%351, %349) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %353 = "stablehlo.broadcast_in_dim"(%352) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %354 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %355 = "stablehlo.broadcast_in_dim"(%354) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x8xf32>
    %356 = "stablehlo.divide"(%353, %355) : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %357 = "stablehlo.sine"(%356) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %358 = "stablehlo.cosine"(%356) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %359 = "stablehlo.slice"(%316) <{limit_indices = array<i64: 1, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xbf16>) -> tensor<1x1x4x8xbf16>
    %360 = "stablehlo.slice"(%316) <{limit_indices = array<i64: 1, 1, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xbf16>) -> tensor<1x1x4x8xbf16>
    %361 = "stablehlo.convert"(%359) : (tensor<1x1x4x8xbf16>) -> tensor<1x1x4x8xf32>
    %362 = "stablehlo.broadcast_in_dim"(%358) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %363 = "stablehlo.multiply"(%361, %362) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %364 = "stablehlo.convert"(%360) : (tensor<1x1x4x8xbf16>) -> tensor<1x1x4x8xf32>
    %365 = "stablehlo.broadcast_in_dim"(%357) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %366 = "stablehlo.multiply"(%364, %365) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %367 = "stablehlo.subtract"(%363, %366) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %368 = "stablehlo.convert"(%360) : (tensor<1x1x4x8xbf16>) -> tensor<1x1x4x8xf32>
    %369 = "stablehlo.broadcast_in_dim"(%358) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %370 = "stablehlo.multiply"(%368, %369) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %371 = "stablehlo.convert"(%359) : (tensor<1x1x4x8xbf16>) -> tensor<1x1x4x8xf32>
    %372 = "stablehlo.broadcast_in_dim"(%357) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %373 = "stablehlo.multiply"(%371, %372) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %374 = "stablehlo.add"(%370, %373) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %375 = "stablehlo.concatenate"(%367, %374) <{dimension = 3 : i64}> : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x16xf32>
    %376 = "stablehlo.convert"(%375) : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xbf16>
    %377 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %378 = "stablehlo.broadcast_in_dim"(%377) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x4x16xbf16>
    %379 = "stablehlo.multiply"(%376, %378) : (tensor<1x1x4x16xbf16>, tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xbf16>
    %380 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %381 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %382 = "stablehlo.broadcast_in_dim"(%381) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %383 = "stablehlo.multiply"(%382, %380) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %384 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %385 = "stablehlo.broadcast_in_dim"(%384) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %386 = "stablehlo.power"(%385, %383) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %387 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %388 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %389 = "func.call"(%386, %387, %388) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %390 = "stablehlo.broadcast_in_dim"(%arg120) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %391 = "stablehlo.broadcast_in_dim"(%389) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %392 = "stablehlo.convert"(%390) : (tensor<1x1x1xi32>) -> tensor<1x1x1xf32>
    %393 = "stablehlo.broadcast_in_dim"(%392) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %394 = "stablehlo.divide"(%393, %391) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %395 = "stablehlo.broadcast_in_dim"(%394) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %396 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %397 = "stablehlo.broadcast_in_dim"(%396) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x8xf32>
    %398 = "stablehlo.divide"(%395, %397) : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %399 = "stablehlo.sine"(%398) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %400 = "stablehlo.cosine"(%398) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %401 = "stablehlo.slice"(%337) <{limit_indices = array<i64: 1, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xbf16>) -> tensor<1x1x2x8xbf16>
    %402 = "stablehlo.slice"(%337) <{limit_indices = array<i64: 1, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xbf16>) -> tensor<1x1x2x8xbf16>
    %403 = "stablehlo.convert"(%401) : (tensor<1x1x2x8xbf16>) -> tensor<1x1x2x8xf32>
    %404 = "stablehlo.broadcast_in_dim"(%400) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %405 = "stablehlo.multiply"(%403, %404) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %406 = "stablehlo.convert"(%402) : (tensor<1x1x2x8xbf16>) -> tensor<1x1x2x8xf32>
    %407 = "stablehlo.broadcast_in_dim"(%399) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %408 = "stablehlo.multiply"(%406, %407) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %409 = "stablehlo.subtract"(%405, %408) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %410 = "stablehlo.convert"(%402) : (tensor<1x1x2x8xbf16>) -> tensor<1x1x2x8xf32>
    %411 = "stablehlo.broadcast_in_dim"(%400) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %412 = "stablehlo.multiply"(%410, %411) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %413 = "stablehlo.convert"(%401) : (tensor<1x1x2x8xbf16>) -> tensor<1x1x2x8xf32>
    %414 = "stablehlo.broadcast_in_dim"(%399) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %415 = "stablehlo.multiply"(%413, %414) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %416 = "stablehlo.add"(%412, %415) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %417 = "stablehlo.concatenate"(%409, %416) <{dimension = 3 : i64}> : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x16xf32>
    %418 = "stablehlo.convert"(%417) : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x16xbf16>
    %419 = "stablehlo.reshape"(%arg112) : (tensor<1xi32>) -> tensor<i32>
    %420 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %421 = "func.call"(%419, %420) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %422 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %423 = "stablehlo.compare"(%421, %422) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %424 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %425 = "stablehlo.add"(%421, %424) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %426 = "stablehlo.select"(%423, %425, %421) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %427 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %428 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %429 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %430 = "stablehlo.dynamic_update_slice"(%arg115, %295, %427, %426, %428, %429) : (tensor<1x32x2x16xbf16>, tensor<1x1x2x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xbf16>
    %431 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %432 = "stablehlo.compare"(%421, %431) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %433 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %434 = "stablehlo.add"(%421, %433) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %435 = "stablehlo.select"(%432, %434, %421) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %436 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %437 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %438 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %439 = "stablehlo.dynamic_update_slice"(%arg113, %418, %436, %435, %437, %438) : (tensor<1x32x2x16xbf16>, tensor<1x1x2x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xbf16>
    %440 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %441 = "stablehlo.compare"(%421, %440) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %442 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %443 = "stablehlo.add"(%421, %442) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %444 = "stablehlo.select"(%441, %443, %421) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %445 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %446 = "stablehlo.dynamic_update_slice"(%arg114, %arg120, %445, %444) : (tensor<1x32xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x32xi32>
    %447 = "stablehlo.reshape"(%379) : (tensor<1x1x4x16xbf16>) -> tensor<1x1x2x2x16xbf16>
    %448 = "stablehlo.dot_general"(%439, %447) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x32x2x16xbf16>, tensor<1x1x2x2x16xbf16>) -> tensor<1x2x32x1x2xbf16>
    %449 = "stablehlo.transpose"(%448) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x32x1x2xbf16>) -> tensor<1x1x2x2x32xbf16>
    %450 = "stablehlo.reshape"(%449) : (tensor<1x1x2x2x32xbf16>) -> tensor<1x1x4x32xbf16>
    %451 = "stablehlo.broadcast_in_dim"(%446) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x32xi32>) -> tensor<1x1x32xi32>
    %452 = "stablehlo.broadcast_in_dim"(%arg120) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %453 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %454 = "stablehlo.broadcast_in_dim"(%453) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1xi32>
    %455 = "stablehlo.subtract"(%452, %454) : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi32>
    %456 = "stablehlo.broadcast_in_dim"(%455) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<1x1x32xi32>
    %457 = "stablehlo.compare"(%451, %456) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x32xi32>, tensor<1x1x32xi32>) -> tensor<1x1x32xi1>
    %458 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %459 = "stablehlo.broadcast_in_dim"(%458) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1xi32>
    %460 = "stablehlo.add"(%452, %459) : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi32>
    %461 = "stablehlo.broadcast_in_dim"(%460) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<1x1x32xi32>
    %462 = "stablehlo.compare"(%451, %461) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x1x32xi32>, tensor<1x1x32xi32>) -> tensor<1x1x32xi1>
    %463 = "stablehlo.and"(%457, %462) : (tensor<1x1x32xi1>, tensor<1x1x32xi1>) -> tensor<1x1x32xi1>
    %464 = "stablehlo.and"(%arg111, %463) : (tensor<1x1x32xi1>, tensor<1x1x32xi1>) -> tensor<1x1x32xi1>
    %465 = "stablehlo.broadcast_in_dim"(%464) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x32xi1>) -> tensor<1x1x1x32xi1>
    %466 = "stablehlo.constant"() <{value = dense<-2.38197633E+38> : tensor<f32>}> : () -> tensor<f32>
    %467 = "func.call"(%465, %450, %466) <{callee = @_where_7}> : (tensor<1x1x1x32xi1>, tensor<1x1x4x32xbf16>, tensor<f32>) -> tensor<1x1x4x32xbf16>
    %468 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %469 = "stablehlo.reduce"(%467, %468) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg148: tensor<bf16>, %arg149: tensor<bf16>):
      %908 = "stablehlo.maximum"(%arg148, %arg149) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
      "stablehlo.return"(%908) : (tensor<bf16>) -> ()
    }) : (tensor<1x1x4x32xbf16>, tensor<bf16>) -> tensor<1x1x4xbf16>
    %470 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %471 = "stablehlo.broadcast_in_dim"(%470) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x4xbf16>
    %472 = "stablehlo.maximum"(%471, %469) : (tensor<1x1x4xbf16>, tensor<1x1x4xbf16>) -> tensor<1x1x4xbf16>
    %473 = "stablehlo.broadcast_in_dim"(%472) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xbf16>) -> tensor<1x1x4x1xbf16>
    %474 = "stablehlo.broadcast_in_dim"(%473) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xbf16>) -> tensor<1x1x4x32xbf16>
    %475 = "stablehlo.subtract"(%467, %474) : (tensor<1x1x4x32xbf16>, tensor<1x1x4x32xbf16>) -> tensor<1x1x4x32xbf16>
    %476 = "stablehlo.exponential"(%475) : (tensor<1x1x4x32xbf16>) -> tensor<1x1x4x32xbf16>
    %477 = "stablehlo.convert"(%476) : (tensor<1x1x4x32xbf16>) -> tensor<1x1x4x32xf32>
    %478 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %479 = "stablehlo.reduce"(%477, %478) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg146: tensor<f32>, %arg147: tensor<f32>):
      %907 = "stablehlo.add"(%arg146, %arg147) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%907) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x32xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %480 = "stablehlo.broadcast_in_dim"(%479) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %481 = "stablehlo.convert"(%480) : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xbf16>
    %482 = "stablehlo.broadcast_in_dim"(%481) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xbf16>) -> tensor<1x1x4x32xbf16>
    %483 = "stablehlo.divide"(%476, %482) : (tensor<1x1x4x32xbf16>, tensor<1x1x4x32xbf16>) -> tensor<1x1x4x32xbf16>
    %484 = "stablehlo.reshape"(%483) : (tensor<1x1x4x32xbf16>) -> tensor<1x1x2x2x32xbf16>
    %485 = "stablehlo.dot_general"(%430, %484) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x32x2x16xbf16>, tensor<1x1x2x2x32xbf16>) -> tensor<1x2x16x1x2xbf16>
    %486 = "stablehlo.transpose"(%485) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x16x1x2xbf16>) -> tensor<1x1x2x2x16xbf16>
    %487 = "stablehlo.reshape"(%486) : (tensor<1x1x2x2x16xbf16>) -> tensor<1x1x4x16xbf16>
    %488 = "stablehlo.dot_general"(%487, %arg91) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3, 2], rhs_contracting_dimensions = [1, 0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x4x16xbf16>, tensor<4x16x64xbf16>) -> tensor<1x1x64xbf16>
    %489 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %490 = "stablehlo.broadcast_in_dim"(%489) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %491 = "stablehlo.add"(%arg112, %490) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %492 = "chlo.square"(%488) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %493 = "stablehlo.convert"(%492) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %494 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %495 = "stablehlo.reduce"(%493, %494) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg144: tensor<f32>, %arg145: tensor<f32>):
      %906 = "stablehlo.add"(%arg144, %arg145) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%906) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %496 = "stablehlo.broadcast_in_dim"(%495) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %497 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %498 = "stablehlo.broadcast_in_dim"(%497) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %499 = "stablehlo.divide"(%496, %498) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %500 = "stablehlo.convert"(%499) : (tensor<1x1x1xf32>) -> tensor<1x1x1xbf16>
    %501 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %502 = "stablehlo.broadcast_in_dim"(%501) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1xbf16>
    %503 = "stablehlo.add"(%500, %502) : (tensor<1x1x1xbf16>, tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %504 = "stablehlo.rsqrt"(%503) : (tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %505 = "stablehlo.broadcast_in_dim"(%504) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xbf16>) -> tensor<1x1x64xbf16>
    %506 = "stablehlo.multiply"(%488, %505) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %507 = "stablehlo.broadcast_in_dim"(%arg96) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %508 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %509 = "stablehlo.broadcast_in_dim"(%508) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %510 = "stablehlo.add"(%509, %507) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %511 = "stablehlo.multiply"(%506, %510) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %512 = "stablehlo.add"(%511, %267) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %513 = "chlo.square"(%512) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %514 = "stablehlo.convert"(%513) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %515 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %516 = "stablehlo.reduce"(%514, %515) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg142: tensor<f32>, %arg143: tensor<f32>):
      %905 = "stablehlo.add"(%arg142, %arg143) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%905) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %517 = "stablehlo.broadcast_in_dim"(%516) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %518 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %519 = "stablehlo.broadcast_in_dim"(%518) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %520 = "stablehlo.divide"(%517, %519) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %521 = "stablehlo.convert"(%520) : (tensor<1x1x1xf32>) -> tensor<1x1x1xbf16>
    %522 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %523 = "stablehlo.broadcast_in_dim"(%522) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1xbf16>
    %524 = "stablehlo.add"(%521, %523) : (tensor<1x1x1xbf16>, tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %525 = "stablehlo.rsqrt"(%524) : (tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %526 = "stablehlo.broadcast_in_dim"(%525) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xbf16>) -> tensor<1x1x64xbf16>
    %527 = "stablehlo.multiply"(%512, %526) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %528 = "stablehlo.broadcast_in_dim"(%arg99) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %529 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %530 = "stablehlo.broadcast_in_dim"(%529) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %531 = "stablehlo.add"(%530, %528) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %532 = "stablehlo.multiply"(%527, %531) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %533 = "stablehlo.dot_general"(%532, %arg94) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xbf16>, tensor<2x64x128xbf16>) -> tensor<1x1x2x128xbf16>
    %534 = "stablehlo.slice"(%533) <{limit_indices = array<i64: 1, 1, 1, 128>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x128xbf16>) -> tensor<1x1x1x128xbf16>
    %535 = "stablehlo.reshape"(%534) : (tensor<1x1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %536 = "stablehlo.multiply"(%535, %535) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %537 = "stablehlo.multiply"(%536, %535) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %538 = "stablehlo.constant"() <{value = dense<4.467770e-02> : tensor<bf16>}> : () -> tensor<bf16>
    %539 = "stablehlo.broadcast_in_dim"(%538) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x128xbf16>
    %540 = "stablehlo.multiply"(%539, %537) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %541 = "stablehlo.add"(%535, %540) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %542 = "stablehlo.constant"() <{value = dense<7.968750e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %543 = "stablehlo.broadcast_in_dim"(%542) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x128xbf16>
    %544 = "stablehlo.multiply"(%543, %541) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %545 = "stablehlo.tanh"(%544) : (tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %546 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %547 = "stablehlo.broadcast_in_dim"(%546) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x128xbf16>
    %548 = "stablehlo.add"(%547, %545) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %549 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %550 = "stablehlo.broadcast_in_dim"(%549) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x128xbf16>
    %551 = "stablehlo.multiply"(%550, %548) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %552 = "stablehlo.multiply"(%535, %551) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %553 = "stablehlo.slice"(%533) <{limit_indices = array<i64: 1, 1, 2, 128>, start_indices = array<i64: 0, 0, 1, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x128xbf16>) -> tensor<1x1x1x128xbf16>
    %554 = "stablehlo.reshape"(%553) : (tensor<1x1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %555 = "stablehlo.multiply"(%552, %554) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %556 = "stablehlo.dot_general"(%555, %arg95) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x128xbf16>, tensor<128x64xbf16>) -> tensor<1x1x64xbf16>
    %557 = "chlo.square"(%556) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %558 = "stablehlo.convert"(%557) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %559 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %560 = "stablehlo.reduce"(%558, %559) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg140: tensor<f32>, %arg141: tensor<f32>):
      %904 = "stablehlo.add"(%arg140, %arg141) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%904) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %561 = "stablehlo.broadcast_in_dim"(%560) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %562 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %563 = "stablehlo.broadcast_in_dim"(%562) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %564 = "stablehlo.divide"(%561, %563) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %565 = "stablehlo.convert"(%564) : (tensor<1x1x1xf32>) -> tensor<1x1x1xbf16>
    %566 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %567 = "stablehlo.broadcast_in_dim"(%566) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1xbf16>
    %568 = "stablehlo.add"(%565, %567) : (tensor<1x1x1xbf16>, tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %569 = "stablehlo.rsqrt"(%568) : (tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %570 = "stablehlo.broadcast_in_dim"(%569) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xbf16>) -> tensor<1x1x64xbf16>
    %571 = "stablehlo.multiply"(%556, %570) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %572 = "stablehlo.broadcast_in_dim"(%arg97) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %573 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %574 = "stablehlo.broadcast_in_dim"(%573) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %575 = "stablehlo.add"(%574, %572) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %576 = "stablehlo.multiply"(%571, %575) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %577 = "stablehlo.add"(%576, %512) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %578 = "chlo.square"(%577) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %579 = "stablehlo.convert"(%578) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %580 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %581 = "stablehlo.reduce"(%579, %580) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg138: tensor<f32>, %arg139: tensor<f32>):
      %903 = "stablehlo.add"(%arg138, %arg139) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%903) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %582 = "stablehlo.broadcast_in_dim"(%581) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %583 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %584 = "stablehlo.broadcast_in_dim"(%583) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %585 = "stablehlo.divide"(%582, %584) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %586 = "stablehlo.convert"(%585) : (tensor<1x1x1xf32>) -> tensor<1x1x1xbf16>
    %587 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %588 = "stablehlo.broadcast_in_dim"(%587) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1xbf16>
    %589 = "stablehlo.add"(%586, %588) : (tensor<1x1x1xbf16>, tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %590 = "stablehlo.rsqrt"(%589) : (tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %591 = "stablehlo.broadcast_in_dim"(%590) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xbf16>) -> tensor<1x1x64xbf16>
    %592 = "stablehlo.multiply"(%577, %591) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %593 = "stablehlo.broadcast_in_dim"(%arg109) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %594 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %595 = "stablehlo.broadcast_in_dim"(%594) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %596 = "stablehlo.add"(%595, %593) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %597 = "stablehlo.multiply"(%592, %596) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %598 = "stablehlo.dot_general"(%597, %arg104) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xbf16>, tensor<4x64x16xbf16>) -> tensor<1x1x4x16xbf16>
    %599 = "stablehlo.dot_general"(%arg103, %597) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x2x64x16xbf16>, tensor<1x1x64xbf16>) -> tensor<2x2x16x1x1xbf16>
    %600 = "stablehlo.transpose"(%599) <{permutation = array<i64: 0, 3, 4, 1, 2>}> : (tensor<2x2x16x1x1xbf16>) -> tensor<2x1x1x2x16xbf16>
    %601 = "stablehlo.slice"(%600) <{limit_indices = array<i64: 1, 1, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x1x2x16xbf16>) -> tensor<1x1x1x2x16xbf16>
    %602 = "stablehlo.reshape"(%601) : (tensor<1x1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %603 = "stablehlo.slice"(%600) <{limit_indices = array<i64: 2, 1, 1, 2, 16>, start_indices = array<i64: 1, 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<2x1x1x2x16xbf16>) -> tensor<1x1x1x2x16xbf16>
    %604 = "stablehlo.reshape"(%603) : (tensor<1x1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %605 = "chlo.square"(%598) : (tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xbf16>
    %606 = "stablehlo.convert"(%605) : (tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xf32>
    %607 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %608 = "stablehlo.reduce"(%606, %607) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg136: tensor<f32>, %arg137: tensor<f32>):
      %902 = "stablehlo.add"(%arg136, %arg137) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%902) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x16xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %609 = "stablehlo.broadcast_in_dim"(%608) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %610 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %611 = "stablehlo.broadcast_in_dim"(%610) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x1xf32>
    %612 = "stablehlo.divide"(%609, %611) : (tensor<1x1x4x1xf32>, tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xf32>
    %613 = "stablehlo.convert"(%612) : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xbf16>
    %614 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %615 = "stablehlo.broadcast_in_dim"(%614) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x4x1xbf16>
    %616 = "stablehlo.add"(%613, %615) : (tensor<1x1x4x1xbf16>, tensor<1x1x4x1xbf16>) -> tensor<1x1x4x1xbf16>
    %617 = "stablehlo.rsqrt"(%616) : (tensor<1x1x4x1xbf16>) -> tensor<1x1x4x1xbf16>
    %618 = "stablehlo.broadcast_in_dim"(%617) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xbf16>) -> tensor<1x1x4x16xbf16>
    %619 = "stablehlo.multiply"(%598, %618) : (tensor<1x1x4x16xbf16>, tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xbf16>
    %620 = "stablehlo.broadcast_in_dim"(%arg101) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xbf16>) -> tensor<1x1x1x16xbf16>
    %621 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %622 = "stablehlo.broadcast_in_dim"(%621) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1x16xbf16>
    %623 = "stablehlo.add"(%622, %620) : (tensor<1x1x1x16xbf16>, tensor<1x1x1x16xbf16>) -> tensor<1x1x1x16xbf16>
    %624 = "stablehlo.broadcast_in_dim"(%623) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xbf16>) -> tensor<1x1x4x16xbf16>
    %625 = "stablehlo.multiply"(%619, %624) : (tensor<1x1x4x16xbf16>, tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xbf16>
    %626 = "chlo.square"(%602) : (tensor<1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %627 = "stablehlo.convert"(%626) : (tensor<1x1x2x16xbf16>) -> tensor<1x1x2x16xf32>
    %628 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %629 = "stablehlo.reduce"(%627, %628) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg134: tensor<f32>, %arg135: tensor<f32>):
      %901 = "stablehlo.add"(%arg134, %arg135) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%901) : (tensor<f32>) -> ()
    }) : (tensor<1x1x2x16xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %630 = "stablehlo.broadcast_in_dim"(%629) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x2xf32>) -> tensor<1x1x2x1xf32>
    %631 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %632 = "stablehlo.broadcast_in_dim"(%631) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x2x1xf32>
    %633 = "stablehlo.divide"(%630, %632) : (tensor<1x1x2x1xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
    %634 = "stablehlo.convert"(%633) : (tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xbf16>
    %635 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %636 = "stablehlo.broadcast_in_dim"(%635) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x2x1xbf16>
    %637 = "stablehlo.add"(%634, %636) : (tensor<1x1x2x1xbf16>, tensor<1x1x2x1xbf16>) -> tensor<1x1x2x1xbf16>
    %638 = "stablehlo.rsqrt"(%637) : (tensor<1x1x2x1xbf16>) -> tensor<1x1x2x1xbf16>
    %639 = "stablehlo.broadcast_in_dim"(%638) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x2x1xbf16>) -> tensor<1x1x2x16xbf16>
    %640 = "stablehlo.multiply"(%602, %639) : (tensor<1x1x2x16xbf16>, tensor<1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %641 = "stablehlo.broadcast_in_dim"(%arg100) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xbf16>) -> tensor<1x1x1x16xbf16>
    %642 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %643 = "stablehlo.broadcast_in_dim"(%642) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1x16xbf16>
    %644 = "stablehlo.add"(%643, %641) : (tensor<1x1x1x16xbf16>, tensor<1x1x1x16xbf16>) -> tensor<1x1x1x16xbf16>
    %645 = "stablehlo.broadcast_in_dim"(%644) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xbf16>) -> tensor<1x1x2x16xbf16>
    %646 = "stablehlo.multiply"(%640, %645) : (tensor<1x1x2x16xbf16>, tensor<1x1x2x16xbf16>) -> tensor<1x1x2x16xbf16>
    %647 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %648 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %649 = "stablehlo.broadcast_in_dim"(%648) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %650 = "stablehlo.multiply"(%649, %647) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %651 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %652 = "stablehlo.broadcast_in_dim"(%651) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %653 = "stablehlo.power"(%652, %650) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %654 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %655 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %656 = "func.call"(%653, %654, %655) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %657 = "stablehlo.broadcast_in_dim"(%arg120) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %658 = "stablehlo.broadcast_in_dim"(%656) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %659 = "stablehlo.convert"(%657) : (tensor<1x1x1xi32>) -> tensor<1x1x1xf32>
    %660 = "stablehlo.broadcast_in_dim"(%659) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %661 = "stablehlo.divide"(%660, %658) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %662 = "stablehlo.broadcast_in_dim"(%661) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %663 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %664 = "stablehlo.broadcast_in_dim"(%663) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x8xf32>
    %665 = "stablehlo.divide"(%662, %664) : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %666 = "stablehlo.sine"(%665) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %667 = "stablehlo.cosine"(%665) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %668 = "stablehlo.slice"(%625) <{limit_indices = array<i64: 1, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xbf16>) -> tensor<1x1x4x8xbf16>
    %669 = "stablehlo.slice"(%625) <{limit_indices = array<i64: 1, 1, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x4x16xbf16>) -> tensor<1x1x4x8xbf16>
    %670 = "stablehlo.convert"(%668) : (tensor<1x1x4x8xbf16>) -> tensor<1x1x4x8xf32>
    %671 = "stablehlo.broadcast_in_dim"(%667) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %672 = "stablehlo.multiply"(%670, %671) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %673 = "stablehlo.convert"(%669) : (tensor<1x1x4x8xbf16>) -> tensor<1x1x4x8xf32>
    %674 = "stablehlo.broadcast_in_dim"(%666) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %675 = "stablehlo.multiply"(%673, %674) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %676 = "stablehlo.subtract"(%672, %675) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %677 = "stablehlo.convert"(%669) : (tensor<1x1x4x8xbf16>) -> tensor<1x1x4x8xf32>
    %678 = "stablehlo.broadcast_in_dim"(%667) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %679 = "stablehlo.multiply"(%677, %678) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %680 = "stablehlo.convert"(%668) : (tensor<1x1x4x8xbf16>) -> tensor<1x1x4x8xf32>
    %681 = "stablehlo.broadcast_in_dim"(%666) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x4x8xf32>
    %682 = "stablehlo.multiply"(%680, %681) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %683 = "stablehlo.add"(%679, %682) : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
    %684 = "stablehlo.concatenate"(%676, %683) <{dimension = 3 : i64}> : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x16xf32>
    %685 = "stablehlo.convert"(%684) : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xbf16>
    %686 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %687 = "stablehlo.broadcast_in_dim"(%686) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x4x16xbf16>
    %688 = "stablehlo.multiply"(%685, %687) : (tensor<1x1x4x16xbf16>, tensor<1x1x4x16xbf16>) -> tensor<1x1x4x16xbf16>
    %689 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
    %690 = "stablehlo.constant"() <{value = dense<1.250000e-01> : tensor<f32>}> : () -> tensor<f32>
    %691 = "stablehlo.broadcast_in_dim"(%690) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %692 = "stablehlo.multiply"(%691, %689) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %693 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
    %694 = "stablehlo.broadcast_in_dim"(%693) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %695 = "stablehlo.power"(%694, %692) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %696 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %697 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %698 = "func.call"(%695, %696, %697) <{callee = @_pad_1}> : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
    %699 = "stablehlo.broadcast_in_dim"(%arg120) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %700 = "stablehlo.broadcast_in_dim"(%698) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %701 = "stablehlo.convert"(%699) : (tensor<1x1x1xi32>) -> tensor<1x1x1xf32>
    %702 = "stablehlo.broadcast_in_dim"(%701) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %703 = "stablehlo.divide"(%702, %700) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %704 = "stablehlo.broadcast_in_dim"(%703) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %705 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %706 = "stablehlo.broadcast_in_dim"(%705) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x8xf32>
    %707 = "stablehlo.divide"(%704, %706) : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %708 = "stablehlo.sine"(%707) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %709 = "stablehlo.cosine"(%707) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %710 = "stablehlo.slice"(%646) <{limit_indices = array<i64: 1, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xbf16>) -> tensor<1x1x2x8xbf16>
    %711 = "stablehlo.slice"(%646) <{limit_indices = array<i64: 1, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x16xbf16>) -> tensor<1x1x2x8xbf16>
    %712 = "stablehlo.convert"(%710) : (tensor<1x1x2x8xbf16>) -> tensor<1x1x2x8xf32>
    %713 = "stablehlo.broadcast_in_dim"(%709) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %714 = "stablehlo.multiply"(%712, %713) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %715 = "stablehlo.convert"(%711) : (tensor<1x1x2x8xbf16>) -> tensor<1x1x2x8xf32>
    %716 = "stablehlo.broadcast_in_dim"(%708) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %717 = "stablehlo.multiply"(%715, %716) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %718 = "stablehlo.subtract"(%714, %717) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %719 = "stablehlo.convert"(%711) : (tensor<1x1x2x8xbf16>) -> tensor<1x1x2x8xf32>
    %720 = "stablehlo.broadcast_in_dim"(%709) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %721 = "stablehlo.multiply"(%719, %720) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %722 = "stablehlo.convert"(%710) : (tensor<1x1x2x8xbf16>) -> tensor<1x1x2x8xf32>
    %723 = "stablehlo.broadcast_in_dim"(%708) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x8xf32>) -> tensor<1x1x2x8xf32>
    %724 = "stablehlo.multiply"(%722, %723) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %725 = "stablehlo.add"(%721, %724) : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
    %726 = "stablehlo.concatenate"(%718, %725) <{dimension = 3 : i64}> : (tensor<1x1x2x8xf32>, tensor<1x1x2x8xf32>) -> tensor<1x1x2x16xf32>
    %727 = "stablehlo.convert"(%726) : (tensor<1x1x2x16xf32>) -> tensor<1x1x2x16xbf16>
    %728 = "stablehlo.reshape"(%arg116) : (tensor<1xi32>) -> tensor<i32>
    %729 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %730 = "func.call"(%728, %729) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %731 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %732 = "stablehlo.compare"(%730, %731) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %733 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %734 = "stablehlo.add"(%730, %733) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %735 = "stablehlo.select"(%732, %734, %730) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %736 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %737 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %738 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %739 = "stablehlo.dynamic_update_slice"(%arg119, %604, %736, %735, %737, %738) : (tensor<1x32x2x16xbf16>, tensor<1x1x2x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xbf16>
    %740 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %741 = "stablehlo.compare"(%730, %740) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %742 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %743 = "stablehlo.add"(%730, %742) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %744 = "stablehlo.select"(%741, %743, %730) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %745 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %746 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %747 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %748 = "stablehlo.dynamic_update_slice"(%arg117, %727, %745, %744, %746, %747) : (tensor<1x32x2x16xbf16>, tensor<1x1x2x16xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xbf16>
    %749 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %750 = "stablehlo.compare"(%730, %749) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %751 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %752 = "stablehlo.add"(%730, %751) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %753 = "stablehlo.select"(%750, %752, %730) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %754 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %755 = "stablehlo.dynamic_update_slice"(%arg118, %arg120, %754, %753) : (tensor<1x32xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x32xi32>
    %756 = "stablehlo.reshape"(%688) : (tensor<1x1x4x16xbf16>) -> tensor<1x1x2x2x16xbf16>
    %757 = "stablehlo.dot_general"(%748, %756) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x32x2x16xbf16>, tensor<1x1x2x2x16xbf16>) -> tensor<1x2x32x1x2xbf16>
    %758 = "stablehlo.transpose"(%757) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x32x1x2xbf16>) -> tensor<1x1x2x2x32xbf16>
    %759 = "stablehlo.reshape"(%758) : (tensor<1x1x2x2x32xbf16>) -> tensor<1x1x4x32xbf16>
    %760 = "stablehlo.broadcast_in_dim"(%arg111) <{broadcast_dimensions = array<i64: 0, 1, 3>}> : (tensor<1x1x32xi1>) -> tensor<1x1x1x32xi1>
    %761 = "stablehlo.constant"() <{value = dense<-2.38197633E+38> : tensor<f32>}> : () -> tensor<f32>
    %762 = "func.call"(%760, %759, %761) <{callee = @_where_7}> : (tensor<1x1x1x32xi1>, tensor<1x1x4x32xbf16>, tensor<f32>) -> tensor<1x1x4x32xbf16>
    %763 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %764 = "stablehlo.reduce"(%762, %763) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg132: tensor<bf16>, %arg133: tensor<bf16>):
      %900 = "stablehlo.maximum"(%arg132, %arg133) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
      "stablehlo.return"(%900) : (tensor<bf16>) -> ()
    }) : (tensor<1x1x4x32xbf16>, tensor<bf16>) -> tensor<1x1x4xbf16>
    %765 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %766 = "stablehlo.broadcast_in_dim"(%765) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x4xbf16>
    %767 = "stablehlo.maximum"(%766, %764) : (tensor<1x1x4xbf16>, tensor<1x1x4xbf16>) -> tensor<1x1x4xbf16>
    %768 = "stablehlo.broadcast_in_dim"(%767) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xbf16>) -> tensor<1x1x4x1xbf16>
    %769 = "stablehlo.broadcast_in_dim"(%768) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xbf16>) -> tensor<1x1x4x32xbf16>
    %770 = "stablehlo.subtract"(%762, %769) : (tensor<1x1x4x32xbf16>, tensor<1x1x4x32xbf16>) -> tensor<1x1x4x32xbf16>
    %771 = "stablehlo.exponential"(%770) : (tensor<1x1x4x32xbf16>) -> tensor<1x1x4x32xbf16>
    %772 = "stablehlo.convert"(%771) : (tensor<1x1x4x32xbf16>) -> tensor<1x1x4x32xf32>
    %773 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %774 = "stablehlo.reduce"(%772, %773) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg130: tensor<f32>, %arg131: tensor<f32>):
      %899 = "stablehlo.add"(%arg130, %arg131) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%899) : (tensor<f32>) -> ()
    }) : (tensor<1x1x4x32xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %775 = "stablehlo.broadcast_in_dim"(%774) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x4xf32>) -> tensor<1x1x4x1xf32>
    %776 = "stablehlo.convert"(%775) : (tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xbf16>
    %777 = "stablehlo.broadcast_in_dim"(%776) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x1xbf16>) -> tensor<1x1x4x32xbf16>
    %778 = "stablehlo.divide"(%771, %777) : (tensor<1x1x4x32xbf16>, tensor<1x1x4x32xbf16>) -> tensor<1x1x4x32xbf16>
    %779 = "stablehlo.reshape"(%778) : (tensor<1x1x4x32xbf16>) -> tensor<1x1x2x2x32xbf16>
    %780 = "stablehlo.dot_general"(%739, %779) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [4]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x32x2x16xbf16>, tensor<1x1x2x2x32xbf16>) -> tensor<1x2x16x1x2xbf16>
    %781 = "stablehlo.transpose"(%780) <{permutation = array<i64: 0, 3, 1, 4, 2>}> : (tensor<1x2x16x1x2xbf16>) -> tensor<1x1x2x2x16xbf16>
    %782 = "stablehlo.reshape"(%781) : (tensor<1x1x2x2x16xbf16>) -> tensor<1x1x4x16xbf16>
    %783 = "stablehlo.dot_general"(%782, %arg102) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3, 2], rhs_contracting_dimensions = [1, 0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x4x16xbf16>, tensor<4x16x64xbf16>) -> tensor<1x1x64xbf16>
    %784 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %785 = "stablehlo.broadcast_in_dim"(%784) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %786 = "stablehlo.add"(%arg116, %785) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %787 = "chlo.square"(%783) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %788 = "stablehlo.convert"(%787) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %789 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %790 = "stablehlo.reduce"(%788, %789) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg128: tensor<f32>, %arg129: tensor<f32>):
      %898 = "stablehlo.add"(%arg128, %arg129) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%898) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %791 = "stablehlo.broadcast_in_dim"(%790) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %792 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %793 = "stablehlo.broadcast_in_dim"(%792) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %794 = "stablehlo.divide"(%791, %793) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %795 = "stablehlo.convert"(%794) : (tensor<1x1x1xf32>) -> tensor<1x1x1xbf16>
    %796 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %797 = "stablehlo.broadcast_in_dim"(%796) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1xbf16>
    %798 = "stablehlo.add"(%795, %797) : (tensor<1x1x1xbf16>, tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %799 = "stablehlo.rsqrt"(%798) : (tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %800 = "stablehlo.broadcast_in_dim"(%799) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xbf16>) -> tensor<1x1x64xbf16>
    %801 = "stablehlo.multiply"(%783, %800) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %802 = "stablehlo.broadcast_in_dim"(%arg107) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %803 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %804 = "stablehlo.broadcast_in_dim"(%803) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %805 = "stablehlo.add"(%804, %802) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %806 = "stablehlo.multiply"(%801, %805) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %807 = "stablehlo.add"(%806, %577) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %808 = "chlo.square"(%807) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %809 = "stablehlo.convert"(%808) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %810 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %811 = "stablehlo.reduce"(%809, %810) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg126: tensor<f32>, %arg127: tensor<f32>):
      %897 = "stablehlo.add"(%arg126, %arg127) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%897) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %812 = "stablehlo.broadcast_in_dim"(%811) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %813 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %814 = "stablehlo.broadcast_in_dim"(%813) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %815 = "stablehlo.divide"(%812, %814) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %816 = "stablehlo.convert"(%815) : (tensor<1x1x1xf32>) -> tensor<1x1x1xbf16>
    %817 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %818 = "stablehlo.broadcast_in_dim"(%817) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1xbf16>
    %819 = "stablehlo.add"(%816, %818) : (tensor<1x1x1xbf16>, tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %820 = "stablehlo.rsqrt"(%819) : (tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %821 = "stablehlo.broadcast_in_dim"(%820) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xbf16>) -> tensor<1x1x64xbf16>
    %822 = "stablehlo.multiply"(%807, %821) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %823 = "stablehlo.broadcast_in_dim"(%arg110) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %824 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %825 = "stablehlo.broadcast_in_dim"(%824) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %826 = "stablehlo.add"(%825, %823) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %827 = "stablehlo.multiply"(%822, %826) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %828 = "stablehlo.dot_general"(%827, %arg105) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xbf16>, tensor<2x64x128xbf16>) -> tensor<1x1x2x128xbf16>
    %829 = "stablehlo.slice"(%828) <{limit_indices = array<i64: 1, 1, 1, 128>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x128xbf16>) -> tensor<1x1x1x128xbf16>
    %830 = "stablehlo.reshape"(%829) : (tensor<1x1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %831 = "stablehlo.multiply"(%830, %830) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %832 = "stablehlo.multiply"(%831, %830) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %833 = "stablehlo.constant"() <{value = dense<4.467770e-02> : tensor<bf16>}> : () -> tensor<bf16>
    %834 = "stablehlo.broadcast_in_dim"(%833) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x128xbf16>
    %835 = "stablehlo.multiply"(%834, %832) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %836 = "stablehlo.add"(%830, %835) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %837 = "stablehlo.constant"() <{value = dense<7.968750e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %838 = "stablehlo.broadcast_in_dim"(%837) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x128xbf16>
    %839 = "stablehlo.multiply"(%838, %836) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %840 = "stablehlo.tanh"(%839) : (tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %841 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %842 = "stablehlo.broadcast_in_dim"(%841) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x128xbf16>
    %843 = "stablehlo.add"(%842, %840) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %844 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %845 = "stablehlo.broadcast_in_dim"(%844) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x128xbf16>
    %846 = "stablehlo.multiply"(%845, %843) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %847 = "stablehlo.multiply"(%830, %846) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %848 = "stablehlo.slice"(%828) <{limit_indices = array<i64: 1, 1, 2, 128>, start_indices = array<i64: 0, 0, 1, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x2x128xbf16>) -> tensor<1x1x1x128xbf16>
    %849 = "stablehlo.reshape"(%848) : (tensor<1x1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %850 = "stablehlo.multiply"(%847, %849) : (tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) -> tensor<1x1x128xbf16>
    %851 = "stablehlo.dot_general"(%850, %arg106) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x128xbf16>, tensor<128x64xbf16>) -> tensor<1x1x64xbf16>
    %852 = "chlo.square"(%851) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %853 = "stablehlo.convert"(%852) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %854 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %855 = "stablehlo.reduce"(%853, %854) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg124: tensor<f32>, %arg125: tensor<f32>):
      %896 = "stablehlo.add"(%arg124, %arg125) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%896) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %856 = "stablehlo.broadcast_in_dim"(%855) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %857 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %858 = "stablehlo.broadcast_in_dim"(%857) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %859 = "stablehlo.divide"(%856, %858) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %860 = "stablehlo.convert"(%859) : (tensor<1x1x1xf32>) -> tensor<1x1x1xbf16>
    %861 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %862 = "stablehlo.broadcast_in_dim"(%861) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1xbf16>
    %863 = "stablehlo.add"(%860, %862) : (tensor<1x1x1xbf16>, tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %864 = "stablehlo.rsqrt"(%863) : (tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %865 = "stablehlo.broadcast_in_dim"(%864) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xbf16>) -> tensor<1x1x64xbf16>
    %866 = "stablehlo.multiply"(%851, %865) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %867 = "stablehlo.broadcast_in_dim"(%arg108) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %868 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %869 = "stablehlo.broadcast_in_dim"(%868) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %870 = "stablehlo.add"(%869, %867) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %871 = "stablehlo.multiply"(%866, %870) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %872 = "stablehlo.add"(%871, %807) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %873 = "chlo.square"(%872) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %874 = "stablehlo.convert"(%873) : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %875 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %876 = "stablehlo.reduce"(%874, %875) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg122: tensor<f32>, %arg123: tensor<f32>):
      %895 = "stablehlo.add"(%arg122, %arg123) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%895) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %877 = "stablehlo.broadcast_in_dim"(%876) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %878 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %879 = "stablehlo.broadcast_in_dim"(%878) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %880 = "stablehlo.divide"(%877, %879) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %881 = "stablehlo.convert"(%880) : (tensor<1x1x1xf32>) -> tensor<1x1x1xbf16>
    %882 = "stablehlo.constant"() <{value = dense<9.983770e-07> : tensor<bf16>}> : () -> tensor<bf16>
    %883 = "stablehlo.broadcast_in_dim"(%882) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x1xbf16>
    %884 = "stablehlo.add"(%881, %883) : (tensor<1x1x1xbf16>, tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %885 = "stablehlo.rsqrt"(%884) : (tensor<1x1x1xbf16>) -> tensor<1x1x1xbf16>
    %886 = "stablehlo.broadcast_in_dim"(%885) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xbf16>) -> tensor<1x1x64xbf16>
    %887 = "stablehlo.multiply"(%872, %886) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %888 = "stablehlo.broadcast_in_dim"(%arg88) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %889 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %890 = "stablehlo.broadcast_in_dim"(%889) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x64xbf16>
    %891 = "stablehlo.add"(%890, %888) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %892 = "stablehlo.multiply"(%887, %891) : (tensor<1x1x64xbf16>, tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %893 = "stablehlo.transpose"(%arg87) <{permutation = array<i64: 1, 0>}> : (tensor<101x64xbf16>) -> tensor<64x101xbf16>
    %894 = "stablehlo.dot_general"(%892, %893) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xbf16>, tensor<64x101xbf16>) -> tensor<1x1x101xbf16>
    "func.return"(%894, %491, %439, %446, %430, %786, %748, %755, %739) : (tensor<1x1x101xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>, tensor<1xi32>, tensor<1x32x2x16xbf16>, tensor<1x32xi32>, tensor<1x32x2x16xbf16>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x1xi32>) -> tensor<1x1xi32>, res_attrs = [{}], sym_name = "tokens_with_mm_5", sym_visibility = "private"}> ({
  ^bb0(%arg86: tensor<1x1xi32>):
    "func.return"(%arg86) : (tensor<1x1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x1xi32>) -> tensor<1x1xi1>, res_attrs = [{}], sym_name = "inputs_mask_6", sym_visibility = "private"}> ({
  ^bb0(%arg85: tensor<1x1xi32>):
    %249 = "func.call"(%arg85) <{callee = @tokens_with_mm_5}> : (tensor<1x1xi32>) -> tensor<1x1xi32>
    %250 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %251 = "stablehlo.broadcast_in_dim"(%250) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %252 = "stablehlo.compare"(%249, %251) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    "func.return"(%252) : (tensor<1x1xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x1x1x32xi1>, tensor<1x1x4x32xbf16>, tensor<f32>) -> tensor<1x1x4x32xbf16>, res_attrs = [{}], sym_name = "_where_7", sym_visibility = "private"}> ({
  ^bb0(%arg82: tensor<1x1x1x32xi1>, %arg83: tensor<1x1x4x32xbf16>, %arg84: tensor<f32>):
    %245 = "stablehlo.convert"(%arg84) : (tensor<f32>) -> tensor<bf16>
    %246 = "stablehlo.broadcast_in_dim"(%arg82) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x32xi1>) -> tensor<1x1x4x32xi1>
    %247 = "stablehlo.broadcast_in_dim"(%245) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x4x32xbf16>
    %248 = "stablehlo.select"(%246, %arg83, %247) : (tensor<1x1x4x32xi1>, tensor<1x1x4x32xbf16>, tensor<1x1x4x32xbf16>) -> tensor<1x1x4x32xbf16>
    "func.return"(%248) : (tensor<1x1x4x32xbf16>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<2x2xui32>, res_attrs = [{}], sym_name = "_threefry_split", sym_visibility = "private"}> ({
  ^bb0(%arg81: tensor<2xui32>):
    %228 = "stablehlo.slice"(%arg81) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %229 = "stablehlo.reshape"(%228) : (tensor<1xui32>) -> tensor<ui32>
    %230 = "stablehlo.slice"(%arg81) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %231 = "stablehlo.reshape"(%230) : (tensor<1xui32>) -> tensor<ui32>
    %232 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xui64>
    %233 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %234 = "stablehlo.broadcast_in_dim"(%233) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %235 = "stablehlo.multiply"(%234, %232) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %236 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %237 = "stablehlo.broadcast_in_dim"(%236) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %238 = "stablehlo.shift_right_logical"(%235, %237) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %239 = "stablehlo.convert"(%235) : (tensor<2xui64>) -> tensor<2xui32>
    %240 = "stablehlo.convert"(%238) : (tensor<2xui64>) -> tensor<2xui32>
    %241:2 = "func.call"(%229, %231, %240, %239) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<2xui32>, tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>)
    %242 = "stablehlo.broadcast_in_dim"(%241#0) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xui32>) -> tensor<2x1xui32>
    %243 = "stablehlo.broadcast_in_dim"(%241#1) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xui32>) -> tensor<2x1xui32>
    %244 = "stablehlo.concatenate"(%242, %243) <{dimension = 1 : i64}> : (tensor<2x1xui32>, tensor<2x1xui32>) -> tensor<2x2xui32>
    "func.return"(%244) : (tensor<2x2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<2xui32>, tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg59: tensor<ui32>, %arg60: tensor<ui32>, %arg61: tensor<2xui32>, %arg62: tensor<2xui32>):
    %211 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %212 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %213 = "stablehlo.xor"(%arg59, %arg60) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %214 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %215 = "stablehlo.xor"(%213, %214) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %216 = "stablehlo.broadcast_in_dim"(%arg59) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %217 = "stablehlo.add"(%arg61, %216) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %218 = "stablehlo.broadcast_in_dim"(%arg60) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %219 = "stablehlo.add"(%arg62, %218) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %220 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %221 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %222:9 = "stablehlo.while"(%221, %220, %217, %219, %arg60, %215, %arg59, %211, %212) ({
    ^bb0(%arg72: tensor<i32>, %arg73: tensor<i32>, %arg74: tensor<2xui32>, %arg75: tensor<2xui32>, %arg76: tensor<ui32>, %arg77: tensor<ui32>, %arg78: tensor<ui32>, %arg79: tensor<4xui32>, %arg80: tensor<4xui32>):
      %226 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %227 = "stablehlo.compare"(%arg72, %226) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%227) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg63: tensor<i32>, %arg64: tensor<i32>, %arg65: tensor<2xui32>, %arg66: tensor<2xui32>, %arg67: tensor<ui32>, %arg68: tensor<ui32>, %arg69: tensor<ui32>, %arg70: tensor<4xui32>, %arg71: tensor<4xui32>):
      %223:8 = "func.call"(%arg64, %arg65, %arg66, %arg67, %arg68, %arg69, %arg70, %arg71) <{callee = @closed_call}> : (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %224 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %225 = "stablehlo.add"(%arg63, %224) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%225, %223#0, %223#1, %223#2, %223#3, %223#4, %223#5, %223#6, %223#7) : (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%222#2, %222#3) : (tensor<2xui32>, tensor<2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg51: tensor<i32>, %arg52: tensor<2xui32>, %arg53: tensor<2xui32>, %arg54: tensor<ui32>, %arg55: tensor<ui32>, %arg56: tensor<ui32>, %arg57: tensor<4xui32>, %arg58: tensor<4xui32>):
    %156 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %157 = "stablehlo.add"(%arg51, %156) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %158 = "stablehlo.slice"(%arg57) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %159 = "stablehlo.reshape"(%158) : (tensor<1xui32>) -> tensor<ui32>
    %160 = "stablehlo.add"(%arg52, %arg53) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %161 = "stablehlo.broadcast_in_dim"(%159) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %162 = "stablehlo.shift_left"(%arg53, %161) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %163 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %164 = "stablehlo.subtract"(%163, %159) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %165 = "stablehlo.broadcast_in_dim"(%164) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %166 = "stablehlo.shift_right_logical"(%arg53, %165) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %167 = "stablehlo.or"(%162, %166) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %168 = "stablehlo.xor"(%160, %167) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %169 = "stablehlo.slice"(%arg57) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %170 = "stablehlo.reshape"(%169) : (tensor<1xui32>) -> tensor<ui32>
    %171 = "stablehlo.add"(%160, %168) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %172 = "stablehlo.broadcast_in_dim"(%170) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %173 = "stablehlo.shift_left"(%168, %172) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %174 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %175 = "stablehlo.subtract"(%174, %170) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %176 = "stablehlo.broadcast_in_dim"(%175) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %177 = "stablehlo.shift_right_logical"(%168, %176) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %178 = "stablehlo.or"(%173, %177) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %179 = "stablehlo.xor"(%171, %178) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %180 = "stablehlo.slice"(%arg57) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %181 = "stablehlo.reshape"(%180) : (tensor<1xui32>) -> tensor<ui32>
    %182 = "stablehlo.add"(%171, %179) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %183 = "stablehlo.broadcast_in_dim"(%181) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %184 = "stablehlo.shift_left"(%179, %183) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %185 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %186 = "stablehlo.subtract"(%185, %181) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %187 = "stablehlo.broadcast_in_dim"(%186) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %188 = "stablehlo.shift_right_logical"(%179, %187) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %189 = "stablehlo.or"(%184, %188) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %190 = "stablehlo.xor"(%182, %189) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %191 = "stablehlo.slice"(%arg57) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %192 = "stablehlo.reshape"(%191) : (tensor<1xui32>) -> tensor<ui32>
    %193 = "stablehlo.add"(%182, %190) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %194 = "stablehlo.broadcast_in_dim"(%192) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %195 = "stablehlo.shift_left"(%190, %194) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %196 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %197 = "stablehlo.subtract"(%196, %192) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %198 = "stablehlo.broadcast_in_dim"(%197) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %199 = "stablehlo.shift_right_logical"(%190, %198) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %200 = "stablehlo.or"(%195, %199) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %201 = "stablehlo.xor"(%193, %200) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %202 = "stablehlo.broadcast_in_dim"(%arg54) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %203 = "stablehlo.add"(%193, %202) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %204 = "stablehlo.broadcast_in_dim"(%arg55) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %205 = "stablehlo.add"(%201, %204) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %206 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %207 = "stablehlo.add"(%arg51, %206) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %208 = "stablehlo.convert"(%207) : (tensor<i32>) -> tensor<ui32>
    %209 = "stablehlo.broadcast_in_dim"(%208) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %210 = "stablehlo.add"(%205, %209) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    "func.return"(%157, %203, %210, %arg55, %arg56, %arg54, %arg58, %arg57) : (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<1x8xbf16>, res_attrs = [{}], sym_name = "_gumbel", sym_visibility = "private"}> ({
  ^bb0(%arg50: tensor<2xui32>):
    %149 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %150 = "stablehlo.constant"() <{value = dense<1.175490e-38> : tensor<bf16>}> : () -> tensor<bf16>
    %151 = "func.call"(%arg50, %149, %150) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<bf16>) -> tensor<1x8xbf16>
    %152 = "stablehlo.log"(%151) : (tensor<1x8xbf16>) -> tensor<1x8xbf16>
    %153 = "stablehlo.negate"(%152) : (tensor<1x8xbf16>) -> tensor<1x8xbf16>
    %154 = "stablehlo.log"(%153) : (tensor<1x8xbf16>) -> tensor<1x8xbf16>
    %155 = "stablehlo.negate"(%154) : (tensor<1x8xbf16>) -> tensor<1x8xbf16>
    "func.return"(%155) : (tensor<1x8xbf16>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<bf16>) -> tensor<1x8xbf16>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg47: tensor<2xui32>, %arg48: tensor<f32>, %arg49: tensor<bf16>):
    %107 = "stablehlo.convert"(%arg48) : (tensor<f32>) -> tensor<bf16>
    %108 = "stablehlo.broadcast_in_dim"(%arg49) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1xbf16>
    %109 = "stablehlo.broadcast_in_dim"(%107) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1xbf16>
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
    %130 = "stablehlo.convert"(%129) : (tensor<1x8xui32>) -> tensor<1x8xui8>
    %131 = "stablehlo.convert"(%130) : (tensor<1x8xui8>) -> tensor<1x8xui16>
    %132 = "stablehlo.constant"() <{value = dense<1> : tensor<ui16>}> : () -> tensor<ui16>
    %133 = "stablehlo.broadcast_in_dim"(%132) <{broadcast_dimensions = array<i64>}> : (tensor<ui16>) -> tensor<1x8xui16>
    %134 = "stablehlo.shift_right_logical"(%131, %133) : (tensor<1x8xui16>, tensor<1x8xui16>) -> tensor<1x8xui16>
    %135 = "stablehlo.constant"() <{value = dense<16256> : tensor<ui16>}> : () -> tensor<ui16>
    %136 = "stablehlo.broadcast_in_dim"(%135) <{broadcast_dimensions = array<i64>}> : (tensor<ui16>) -> tensor<1x8xui16>
    %137 = "stablehlo.or"(%134, %136) : (tensor<1x8xui16>, tensor<1x8xui16>) -> tensor<1x8xui16>
    %138 = "stablehlo.bitcast_convert"(%137) : (tensor<1x8xui16>) -> tensor<1x8xbf16>
    %139 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %140 = "stablehlo.broadcast_in_dim"(%139) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x8xbf16>
    %141 = "stablehlo.subtract"(%138, %140) : (tensor<1x8xbf16>, tensor<1x8xbf16>) -> tensor<1x8xbf16>
    %142 = "stablehlo.subtract"(%109, %108) : (tensor<1x1xbf16>, tensor<1x1xbf16>) -> tensor<1x1xbf16>
    %143 = "stablehlo.broadcast_in_dim"(%142) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xbf16>) -> tensor<1x8xbf16>
    %144 = "stablehlo.multiply"(%141, %143) : (tensor<1x8xbf16>, tensor<1x8xbf16>) -> tensor<1x8xbf16>
    %145 = "stablehlo.broadcast_in_dim"(%108) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xbf16>) -> tensor<1x8xbf16>
    %146 = "stablehlo.add"(%144, %145) : (tensor<1x8xbf16>, tensor<1x8xbf16>) -> tensor<1x8xbf16>
    %147 = "stablehlo.broadcast_in_dim"(%108) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xbf16>) -> tensor<1x8xbf16>
    %148 = "stablehlo.maximum"(%147, %146) : (tensor<1x8xbf16>, tensor<1x8xbf16>) -> tensor<1x8xbf16>
    "func.return"(%148) : (tensor<1x8xbf16>) -> ()
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
  "func.func"() <{function_type = (tensor<1x8xbf16>) -> tensor<1xi32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<1x8xbf16>):
    %22 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x8xi32>
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
    }) : (tensor<1x8xbf16>, tensor<1x8xi32>, tensor<bf16>, tensor<i32>) -> (tensor<1xbf16>, tensor<1xi32>)
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
