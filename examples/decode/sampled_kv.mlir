"builtin.module"() <{sym_name = "jit_sampled_kv"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64x32xf32>, tensor<32x32xf32>, tensor<1x4xi32>, tensor<2xui32>) -> tensor<1x16xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg163: tensor<16x32xf32>, %arg164: tensor<32x32xf32>, %arg165: tensor<32xf32>, %arg166: tensor<32xf32>, %arg167: tensor<32x32xf32>, %arg168: tensor<32x32xf32>, %arg169: tensor<32x32xf32>, %arg170: tensor<32x32xf32>, %arg171: tensor<32xf32>, %arg172: tensor<32xf32>, %arg173: tensor<32xf32>, %arg174: tensor<32xf32>, %arg175: tensor<64xf32>, %arg176: tensor<32xf32>, %arg177: tensor<32x64xf32>, %arg178: tensor<64x32xf32>, %arg179: tensor<32x32xf32>, %arg180: tensor<32x32xf32>, %arg181: tensor<32x32xf32>, %arg182: tensor<32x32xf32>, %arg183: tensor<32xf32>, %arg184: tensor<32xf32>, %arg185: tensor<32xf32>, %arg186: tensor<32xf32>, %arg187: tensor<64xf32>, %arg188: tensor<32xf32>, %arg189: tensor<32x64xf32>, %arg190: tensor<64x32xf32>, %arg191: tensor<32x32xf32>, %arg192: tensor<1x4xi32>, %arg193: tensor<2xui32>):
    %752 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %753 = "stablehlo.broadcast_in_dim"(%752) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %754 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %755 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %756 = "stablehlo.dynamic_update_slice"(%753, %arg192, %754, %755) : (tensor<1x16xi32>, tensor<1x4xi32>, tensor<i32>, tensor<i32>) -> tensor<1x16xi32>
    %757 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %758 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %759 = "stablehlo.dynamic_slice"(%arg163, %757, %758) <{slice_sizes = array<i64: 4, 32>}> : (tensor<16x32xf32>, tensor<i32>, tensor<i32>) -> tensor<4x32xf32>
    %760 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %761 = "stablehlo.broadcast_in_dim"(%760) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %762 = "stablehlo.compare"(%arg192, %761) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %763 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %764 = "stablehlo.broadcast_in_dim"(%763) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %765 = "stablehlo.add"(%arg192, %764) : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %766 = "stablehlo.select"(%762, %765, %arg192) : (tensor<1x4xi1>, tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %767 = "stablehlo.broadcast_in_dim"(%766) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %768 = "stablehlo.gather"(%arg164, %767) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xf32>, tensor<1x4x1xi32>) -> tensor<1x4x32xf32>
    %769 = "stablehlo.broadcast_in_dim"(%759) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<4x32xf32>) -> tensor<1x4x32xf32>
    %770 = "stablehlo.add"(%768, %769) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %771 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %772 = "stablehlo.reduce"(%770, %771) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg304: tensor<f32>, %arg305: tensor<f32>):
      %1153 = "stablehlo.add"(%arg304, %arg305) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1153) : (tensor<f32>) -> ()
    }) : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %773 = "stablehlo.broadcast_in_dim"(%772) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %774 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %775 = "stablehlo.broadcast_in_dim"(%774) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %776 = "stablehlo.divide"(%773, %775) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %777 = "stablehlo.broadcast_in_dim"(%776) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %778 = "stablehlo.subtract"(%770, %777) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %779 = "chlo.square"(%778) : (tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %780 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %781 = "stablehlo.reduce"(%779, %780) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg302: tensor<f32>, %arg303: tensor<f32>):
      %1152 = "stablehlo.add"(%arg302, %arg303) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1152) : (tensor<f32>) -> ()
    }) : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %782 = "stablehlo.broadcast_in_dim"(%781) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %783 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %784 = "stablehlo.broadcast_in_dim"(%783) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %785 = "stablehlo.divide"(%782, %784) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %786 = "stablehlo.broadcast_in_dim"(%776) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %787 = "stablehlo.subtract"(%770, %786) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %788 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %789 = "stablehlo.broadcast_in_dim"(%788) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %790 = "stablehlo.add"(%785, %789) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %791 = "stablehlo.rsqrt"(%790) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %792 = "stablehlo.broadcast_in_dim"(%791) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %793 = "stablehlo.multiply"(%787, %792) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %794 = "stablehlo.broadcast_in_dim"(%arg172) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %795 = "stablehlo.broadcast_in_dim"(%794) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %796 = "stablehlo.multiply"(%793, %795) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %797 = "stablehlo.broadcast_in_dim"(%arg171) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %798 = "stablehlo.broadcast_in_dim"(%797) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %799 = "stablehlo.add"(%796, %798) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %800 = "stablehlo.dot_general"(%799, %arg169) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x32xf32>, tensor<32x32xf32>) -> tensor<1x4x32xf32>
    %801 = "stablehlo.reshape"(%800) : (tensor<1x4x32xf32>) -> tensor<1x4x2x16xf32>
    %802 = "stablehlo.transpose"(%801) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x4x2x16xf32>) -> tensor<1x2x4x16xf32>
    %803 = "stablehlo.dot_general"(%799, %arg167) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x32xf32>, tensor<32x32xf32>) -> tensor<1x4x32xf32>
    %804 = "stablehlo.reshape"(%803) : (tensor<1x4x32xf32>) -> tensor<1x4x2x16xf32>
    %805 = "stablehlo.transpose"(%804) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x4x2x16xf32>) -> tensor<1x2x4x16xf32>
    %806 = "stablehlo.dot_general"(%799, %arg170) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x32xf32>, tensor<32x32xf32>) -> tensor<1x4x32xf32>
    %807 = "stablehlo.reshape"(%806) : (tensor<1x4x32xf32>) -> tensor<1x4x2x16xf32>
    %808 = "stablehlo.transpose"(%807) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x4x2x16xf32>) -> tensor<1x2x4x16xf32>
    %809 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %810 = "stablehlo.broadcast_in_dim"(%809) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4x4xi1>
    %811 = "func.call"(%810) <{callee = @tril}> : (tensor<4x4xi1>) -> tensor<4x4xi1>
    %812 = "stablehlo.dot_general"(%802, %805) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x4x16xf32>, tensor<1x2x4x16xf32>) -> tensor<1x2x4x4xf32>
    %813 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %814 = "stablehlo.broadcast_in_dim"(%813) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x4x4xf32>
    %815 = "stablehlo.multiply"(%812, %814) : (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
    %816 = "stablehlo.constant"() <{value = dense<-1.000000e+30> : tensor<f32>}> : () -> tensor<f32>
    %817 = "func.call"(%811, %815, %816) <{callee = @_where}> : (tensor<4x4xi1>, tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4x4xf32>
    %818 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %819 = "stablehlo.reduce"(%817, %818) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg300: tensor<f32>, %arg301: tensor<f32>):
      %1151 = "stablehlo.maximum"(%arg300, %arg301) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1151) : (tensor<f32>) -> ()
    }) : (tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4xf32>
    %820 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %821 = "stablehlo.broadcast_in_dim"(%820) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x4xf32>
    %822 = "stablehlo.maximum"(%821, %819) : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x4xf32>
    %823 = "stablehlo.broadcast_in_dim"(%822) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x4xf32>) -> tensor<1x2x4x1xf32>
    %824 = "stablehlo.broadcast_in_dim"(%823) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x4x1xf32>) -> tensor<1x2x4x4xf32>
    %825 = "stablehlo.subtract"(%817, %824) : (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
    %826 = "stablehlo.exponential"(%825) : (tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
    %827 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %828 = "stablehlo.reduce"(%826, %827) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg298: tensor<f32>, %arg299: tensor<f32>):
      %1150 = "stablehlo.add"(%arg298, %arg299) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1150) : (tensor<f32>) -> ()
    }) : (tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4xf32>
    %829 = "stablehlo.broadcast_in_dim"(%828) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x4xf32>) -> tensor<1x2x4x1xf32>
    %830 = "stablehlo.broadcast_in_dim"(%829) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x4x1xf32>) -> tensor<1x2x4x4xf32>
    %831 = "stablehlo.divide"(%826, %830) : (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
    %832 = "stablehlo.dot_general"(%831, %808) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x4x4xf32>, tensor<1x2x4x16xf32>) -> tensor<1x2x4x16xf32>
    %833 = "stablehlo.transpose"(%832) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x2x4x16xf32>) -> tensor<1x4x2x16xf32>
    %834 = "stablehlo.reshape"(%833) : (tensor<1x4x2x16xf32>) -> tensor<1x4x32xf32>
    %835 = "stablehlo.dot_general"(%834, %arg168) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x32xf32>, tensor<32x32xf32>) -> tensor<1x4x32xf32>
    %836 = "stablehlo.add"(%770, %835) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %837 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %838 = "stablehlo.reduce"(%836, %837) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg296: tensor<f32>, %arg297: tensor<f32>):
      %1149 = "stablehlo.add"(%arg296, %arg297) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1149) : (tensor<f32>) -> ()
    }) : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %839 = "stablehlo.broadcast_in_dim"(%838) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %840 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %841 = "stablehlo.broadcast_in_dim"(%840) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %842 = "stablehlo.divide"(%839, %841) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %843 = "stablehlo.broadcast_in_dim"(%842) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %844 = "stablehlo.subtract"(%836, %843) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %845 = "chlo.square"(%844) : (tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %846 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %847 = "stablehlo.reduce"(%845, %846) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg294: tensor<f32>, %arg295: tensor<f32>):
      %1148 = "stablehlo.add"(%arg294, %arg295) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1148) : (tensor<f32>) -> ()
    }) : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %848 = "stablehlo.broadcast_in_dim"(%847) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %849 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %850 = "stablehlo.broadcast_in_dim"(%849) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %851 = "stablehlo.divide"(%848, %850) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %852 = "stablehlo.broadcast_in_dim"(%842) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %853 = "stablehlo.subtract"(%836, %852) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %854 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %855 = "stablehlo.broadcast_in_dim"(%854) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %856 = "stablehlo.add"(%851, %855) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %857 = "stablehlo.rsqrt"(%856) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %858 = "stablehlo.broadcast_in_dim"(%857) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %859 = "stablehlo.multiply"(%853, %858) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %860 = "stablehlo.broadcast_in_dim"(%arg174) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %861 = "stablehlo.broadcast_in_dim"(%860) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %862 = "stablehlo.multiply"(%859, %861) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %863 = "stablehlo.broadcast_in_dim"(%arg173) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %864 = "stablehlo.broadcast_in_dim"(%863) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %865 = "stablehlo.add"(%862, %864) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %866 = "stablehlo.dot_general"(%865, %arg177) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x32xf32>, tensor<32x64xf32>) -> tensor<1x4x64xf32>
    %867 = "stablehlo.broadcast_in_dim"(%arg175) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %868 = "stablehlo.broadcast_in_dim"(%867) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %869 = "stablehlo.add"(%866, %868) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %870 = "stablehlo.multiply"(%869, %869) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %871 = "stablehlo.multiply"(%870, %869) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %872 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %873 = "stablehlo.broadcast_in_dim"(%872) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x64xf32>
    %874 = "stablehlo.multiply"(%873, %871) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %875 = "stablehlo.add"(%869, %874) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %876 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %877 = "stablehlo.broadcast_in_dim"(%876) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x64xf32>
    %878 = "stablehlo.multiply"(%877, %875) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %879 = "stablehlo.tanh"(%878) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %880 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %881 = "stablehlo.broadcast_in_dim"(%880) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x64xf32>
    %882 = "stablehlo.add"(%881, %879) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %883 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %884 = "stablehlo.broadcast_in_dim"(%883) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x64xf32>
    %885 = "stablehlo.multiply"(%884, %882) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %886 = "stablehlo.multiply"(%869, %885) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %887 = "stablehlo.dot_general"(%886, %arg178) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<64x32xf32>) -> tensor<1x4x32xf32>
    %888 = "stablehlo.broadcast_in_dim"(%arg176) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %889 = "stablehlo.broadcast_in_dim"(%888) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %890 = "stablehlo.add"(%887, %889) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %891 = "stablehlo.add"(%836, %890) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %892 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %893 = "stablehlo.reduce"(%891, %892) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg292: tensor<f32>, %arg293: tensor<f32>):
      %1147 = "stablehlo.add"(%arg292, %arg293) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1147) : (tensor<f32>) -> ()
    }) : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %894 = "stablehlo.broadcast_in_dim"(%893) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %895 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %896 = "stablehlo.broadcast_in_dim"(%895) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %897 = "stablehlo.divide"(%894, %896) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %898 = "stablehlo.broadcast_in_dim"(%897) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %899 = "stablehlo.subtract"(%891, %898) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %900 = "chlo.square"(%899) : (tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %901 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %902 = "stablehlo.reduce"(%900, %901) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg290: tensor<f32>, %arg291: tensor<f32>):
      %1146 = "stablehlo.add"(%arg290, %arg291) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1146) : (tensor<f32>) -> ()
    }) : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %903 = "stablehlo.broadcast_in_dim"(%902) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %904 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %905 = "stablehlo.broadcast_in_dim"(%904) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %906 = "stablehlo.divide"(%903, %905) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %907 = "stablehlo.broadcast_in_dim"(%897) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %908 = "stablehlo.subtract"(%891, %907) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %909 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %910 = "stablehlo.broadcast_in_dim"(%909) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %911 = "stablehlo.add"(%906, %910) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %912 = "stablehlo.rsqrt"(%911) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %913 = "stablehlo.broadcast_in_dim"(%912) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %914 = "stablehlo.multiply"(%908, %913) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %915 = "stablehlo.broadcast_in_dim"(%arg184) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %916 = "stablehlo.broadcast_in_dim"(%915) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %917 = "stablehlo.multiply"(%914, %916) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %918 = "stablehlo.broadcast_in_dim"(%arg183) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %919 = "stablehlo.broadcast_in_dim"(%918) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %920 = "stablehlo.add"(%917, %919) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %921 = "stablehlo.dot_general"(%920, %arg181) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x32xf32>, tensor<32x32xf32>) -> tensor<1x4x32xf32>
    %922 = "stablehlo.reshape"(%921) : (tensor<1x4x32xf32>) -> tensor<1x4x2x16xf32>
    %923 = "stablehlo.transpose"(%922) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x4x2x16xf32>) -> tensor<1x2x4x16xf32>
    %924 = "stablehlo.dot_general"(%920, %arg179) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x32xf32>, tensor<32x32xf32>) -> tensor<1x4x32xf32>
    %925 = "stablehlo.reshape"(%924) : (tensor<1x4x32xf32>) -> tensor<1x4x2x16xf32>
    %926 = "stablehlo.transpose"(%925) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x4x2x16xf32>) -> tensor<1x2x4x16xf32>
    %927 = "stablehlo.dot_general"(%920, %arg182) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x32xf32>, tensor<32x32xf32>) -> tensor<1x4x32xf32>
    %928 = "stablehlo.reshape"(%927) : (tensor<1x4x32xf32>) -> tensor<1x4x2x16xf32>
    %929 = "stablehlo.transpose"(%928) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x4x2x16xf32>) -> tensor<1x2x4x16xf32>
    %930 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %931 = "stablehlo.broadcast_in_dim"(%930) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4x4xi1>
    %932 = "func.call"(%931) <{callee = @tril}> : (tensor<4x4xi1>) -> tensor<4x4xi1>
    %933 = "stablehlo.dot_general"(%923, %926) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x4x16xf32>, tensor<1x2x4x16xf32>) -> tensor<1x2x4x4xf32>
    %934 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %935 = "stablehlo.broadcast_in_dim"(%934) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x4x4xf32>
    %936 = "stablehlo.multiply"(%933, %935) : (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
    %937 = "stablehlo.constant"() <{value = dense<-1.000000e+30> : tensor<f32>}> : () -> tensor<f32>
    %938 = "func.call"(%932, %936, %937) <{callee = @_where}> : (tensor<4x4xi1>, tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4x4xf32>
    %939 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %940 = "stablehlo.reduce"(%938, %939) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg288: tensor<f32>, %arg289: tensor<f32>):
      %1145 = "stablehlo.maximum"(%arg288, %arg289) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1145) : (tensor<f32>) -> ()
    }) : (tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4xf32>
    %941 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %942 = "stablehlo.broadcast_in_dim"(%941) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x4xf32>
    %943 = "stablehlo.maximum"(%942, %940) : (tensor<1x2x4xf32>, tensor<1x2x4xf32>) -> tensor<1x2x4xf32>
    %944 = "stablehlo.broadcast_in_dim"(%943) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x4xf32>) -> tensor<1x2x4x1xf32>
    %945 = "stablehlo.broadcast_in_dim"(%944) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x4x1xf32>) -> tensor<1x2x4x4xf32>
    %946 = "stablehlo.subtract"(%938, %945) : (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
    %947 = "stablehlo.exponential"(%946) : (tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
    %948 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %949 = "stablehlo.reduce"(%947, %948) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg286: tensor<f32>, %arg287: tensor<f32>):
      %1144 = "stablehlo.add"(%arg286, %arg287) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1144) : (tensor<f32>) -> ()
    }) : (tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4xf32>
    %950 = "stablehlo.broadcast_in_dim"(%949) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x4xf32>) -> tensor<1x2x4x1xf32>
    %951 = "stablehlo.broadcast_in_dim"(%950) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x4x1xf32>) -> tensor<1x2x4x4xf32>
    %952 = "stablehlo.divide"(%947, %951) : (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
    %953 = "stablehlo.dot_general"(%952, %929) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x4x4xf32>, tensor<1x2x4x16xf32>) -> tensor<1x2x4x16xf32>
    %954 = "stablehlo.transpose"(%953) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x2x4x16xf32>) -> tensor<1x4x2x16xf32>
    %955 = "stablehlo.reshape"(%954) : (tensor<1x4x2x16xf32>) -> tensor<1x4x32xf32>
    %956 = "stablehlo.dot_general"(%955, %arg180) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x32xf32>, tensor<32x32xf32>) -> tensor<1x4x32xf32>
    %957 = "stablehlo.add"(%891, %956) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %958 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %959 = "stablehlo.reduce"(%957, %958) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg284: tensor<f32>, %arg285: tensor<f32>):
      %1143 = "stablehlo.add"(%arg284, %arg285) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1143) : (tensor<f32>) -> ()
    }) : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %960 = "stablehlo.broadcast_in_dim"(%959) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %961 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %962 = "stablehlo.broadcast_in_dim"(%961) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %963 = "stablehlo.divide"(%960, %962) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %964 = "stablehlo.broadcast_in_dim"(%963) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %965 = "stablehlo.subtract"(%957, %964) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %966 = "chlo.square"(%965) : (tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %967 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %968 = "stablehlo.reduce"(%966, %967) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg282: tensor<f32>, %arg283: tensor<f32>):
      %1142 = "stablehlo.add"(%arg282, %arg283) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1142) : (tensor<f32>) -> ()
    }) : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %969 = "stablehlo.broadcast_in_dim"(%968) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %970 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %971 = "stablehlo.broadcast_in_dim"(%970) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %972 = "stablehlo.divide"(%969, %971) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %973 = "stablehlo.broadcast_in_dim"(%963) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %974 = "stablehlo.subtract"(%957, %973) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %975 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %976 = "stablehlo.broadcast_in_dim"(%975) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %977 = "stablehlo.add"(%972, %976) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %978 = "stablehlo.rsqrt"(%977) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %979 = "stablehlo.broadcast_in_dim"(%978) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %980 = "stablehlo.multiply"(%974, %979) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %981 = "stablehlo.broadcast_in_dim"(%arg186) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %982 = "stablehlo.broadcast_in_dim"(%981) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %983 = "stablehlo.multiply"(%980, %982) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %984 = "stablehlo.broadcast_in_dim"(%arg185) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %985 = "stablehlo.broadcast_in_dim"(%984) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %986 = "stablehlo.add"(%983, %985) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %987 = "stablehlo.dot_general"(%986, %arg189) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x32xf32>, tensor<32x64xf32>) -> tensor<1x4x64xf32>
    %988 = "stablehlo.broadcast_in_dim"(%arg187) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %989 = "stablehlo.broadcast_in_dim"(%988) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %990 = "stablehlo.add"(%987, %989) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %991 = "stablehlo.multiply"(%990, %990) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %992 = "stablehlo.multiply"(%991, %990) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %993 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %994 = "stablehlo.broadcast_in_dim"(%993) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x64xf32>
    %995 = "stablehlo.multiply"(%994, %992) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %996 = "stablehlo.add"(%990, %995) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %997 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %998 = "stablehlo.broadcast_in_dim"(%997) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x64xf32>
    %999 = "stablehlo.multiply"(%998, %996) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1000 = "stablehlo.tanh"(%999) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1001 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1002 = "stablehlo.broadcast_in_dim"(%1001) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x64xf32>
    %1003 = "stablehlo.add"(%1002, %1000) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1004 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1005 = "stablehlo.broadcast_in_dim"(%1004) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x64xf32>
    %1006 = "stablehlo.multiply"(%1005, %1003) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1007 = "stablehlo.multiply"(%990, %1006) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1008 = "stablehlo.dot_general"(%1007, %arg190) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<64x32xf32>) -> tensor<1x4x32xf32>
    %1009 = "stablehlo.broadcast_in_dim"(%arg188) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1010 = "stablehlo.broadcast_in_dim"(%1009) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %1011 = "stablehlo.add"(%1008, %1010) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %1012 = "stablehlo.add"(%957, %1011) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %1013 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1014 = "stablehlo.reduce"(%1012, %1013) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg280: tensor<f32>, %arg281: tensor<f32>):
      %1141 = "stablehlo.add"(%arg280, %arg281) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1141) : (tensor<f32>) -> ()
    }) : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1015 = "stablehlo.broadcast_in_dim"(%1014) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1016 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1017 = "stablehlo.broadcast_in_dim"(%1016) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1018 = "stablehlo.divide"(%1015, %1017) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1019 = "stablehlo.broadcast_in_dim"(%1018) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %1020 = "stablehlo.subtract"(%1012, %1019) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %1021 = "chlo.square"(%1020) : (tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %1022 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1023 = "stablehlo.reduce"(%1021, %1022) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg278: tensor<f32>, %arg279: tensor<f32>):
      %1140 = "stablehlo.add"(%arg278, %arg279) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1140) : (tensor<f32>) -> ()
    }) : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1024 = "stablehlo.broadcast_in_dim"(%1023) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1025 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1026 = "stablehlo.broadcast_in_dim"(%1025) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1027 = "stablehlo.divide"(%1024, %1026) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1028 = "stablehlo.broadcast_in_dim"(%1018) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %1029 = "stablehlo.subtract"(%1012, %1028) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %1030 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1031 = "stablehlo.broadcast_in_dim"(%1030) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1032 = "stablehlo.add"(%1027, %1031) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1033 = "stablehlo.rsqrt"(%1032) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1034 = "stablehlo.broadcast_in_dim"(%1033) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %1035 = "stablehlo.multiply"(%1029, %1034) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %1036 = "stablehlo.broadcast_in_dim"(%arg166) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1037 = "stablehlo.broadcast_in_dim"(%1036) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %1038 = "stablehlo.multiply"(%1035, %1037) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %1039 = "stablehlo.broadcast_in_dim"(%arg165) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1040 = "stablehlo.broadcast_in_dim"(%1039) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %1041 = "stablehlo.add"(%1038, %1040) : (tensor<1x4x32xf32>, tensor<1x4x32xf32>) -> tensor<1x4x32xf32>
    %1042 = "stablehlo.dot_general"(%1041, %arg191) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x32xf32>, tensor<32x32xf32>) -> tensor<1x4x32xf32>
    %1043 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1044 = "stablehlo.broadcast_in_dim"(%1043) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x16x16xf32>
    %1045 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1046 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1047 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1048 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1049 = "stablehlo.dynamic_update_slice"(%1044, %805, %1045, %1046, %1047, %1048) : (tensor<1x2x16x16xf32>, tensor<1x2x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %1050 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1051 = "stablehlo.broadcast_in_dim"(%1050) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x16x16xf32>
    %1052 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1053 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1054 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1055 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1056 = "stablehlo.dynamic_update_slice"(%1051, %808, %1052, %1053, %1054, %1055) : (tensor<1x2x16x16xf32>, tensor<1x2x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %1057 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1058 = "stablehlo.broadcast_in_dim"(%1057) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x16x16xf32>
    %1059 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1060 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1061 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1062 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1063 = "stablehlo.dynamic_update_slice"(%1058, %926, %1059, %1060, %1061, %1062) : (tensor<1x2x16x16xf32>, tensor<1x2x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %1064 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1065 = "stablehlo.broadcast_in_dim"(%1064) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x16x16xf32>
    %1066 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1067 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1068 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1069 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1070 = "stablehlo.dynamic_update_slice"(%1065, %929, %1066, %1067, %1068, %1069) : (tensor<1x2x16x16xf32>, tensor<1x2x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %1071 = "func.call"(%arg193) <{callee = @_threefry_split}> : (tensor<2xui32>) -> tensor<2x2xui32>
    %1072 = "stablehlo.slice"(%1071) <{limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %1073 = "stablehlo.reshape"(%1072) : (tensor<1x2xui32>) -> tensor<2xui32>
    %1074 = "stablehlo.slice"(%1071) <{limit_indices = array<i64: 2, 2>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %1075 = "stablehlo.reshape"(%1074) : (tensor<1x2xui32>) -> tensor<2xui32>
    %1076 = "stablehlo.slice"(%1042) <{limit_indices = array<i64: 1, 4, 32>, start_indices = array<i64: 0, 3, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<1x4x32xf32>) -> tensor<1x1x32xf32>
    %1077 = "stablehlo.reshape"(%1076) : (tensor<1x1x32xf32>) -> tensor<1x32xf32>
    %1078 = "stablehlo.constant"() <{value = dense<8.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1079 = "stablehlo.broadcast_in_dim"(%1078) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x32xf32>
    %1080 = "stablehlo.divide"(%1077, %1079) : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %1081 = "stablehlo.negate"(%1080) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %1082 = "func.call"(%1081) <{callee = @sort}> : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %1083 = "stablehlo.negate"(%1082) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %1084 = "stablehlo.slice"(%1083) <{limit_indices = array<i64: 1, 8>, start_indices = array<i64: 0, 7>, strides = array<i64: 1, 1>}> : (tensor<1x32xf32>) -> tensor<1x1xf32>
    %1085 = "stablehlo.broadcast_in_dim"(%1084) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %1086 = "stablehlo.compare"(%1080, %1085) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xi1>
    %1087 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1088 = "func.call"(%1086, %1087, %1080) <{callee = @_where_0}> : (tensor<1x32xi1>, tensor<f32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %1089 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x32xi32>
    %1090 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %1091 = "stablehlo.broadcast_in_dim"(%1090) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x32xi32>
    %1092 = "stablehlo.compare"(%1089, %1091) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x32xi32>, tensor<1x32xi32>) -> tensor<1x32xi1>
    %1093 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1094 = "func.call"(%1092, %1083, %1093) <{callee = @_where_1}> : (tensor<1x32xi1>, tensor<1x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %1095 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1096 = "stablehlo.reduce"(%1094, %1095) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg276: tensor<f32>, %arg277: tensor<f32>):
      %1139 = "stablehlo.maximum"(%arg276, %arg277) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1139) : (tensor<f32>) -> ()
    }) : (tensor<1x32xf32>, tensor<f32>) -> tensor<1xf32>
    %1097 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1098 = "stablehlo.broadcast_in_dim"(%1097) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %1099 = "stablehlo.maximum"(%1098, %1096) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %1100 = "stablehlo.broadcast_in_dim"(%1099) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %1101 = "stablehlo.broadcast_in_dim"(%1100) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %1102 = "stablehlo.subtract"(%1094, %1101) : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %1103 = "stablehlo.exponential"(%1102) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %1104 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1105 = "stablehlo.reduce"(%1103, %1104) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg274: tensor<f32>, %arg275: tensor<f32>):
      %1138 = "stablehlo.add"(%arg274, %arg275) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1138) : (tensor<f32>) -> ()
    }) : (tensor<1x32xf32>, tensor<f32>) -> tensor<1xf32>
    %1106 = "stablehlo.broadcast_in_dim"(%1105) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %1107 = "stablehlo.broadcast_in_dim"(%1106) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %1108 = "stablehlo.divide"(%1103, %1107) : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %1109 = "func.call"(%1108) <{callee = @cumsum}> : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %1110 = "stablehlo.subtract"(%1109, %1108) : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %1111 = "stablehlo.constant"() <{value = dense<0.899999976> : tensor<f32>}> : () -> tensor<f32>
    %1112 = "stablehlo.broadcast_in_dim"(%1111) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x32xf32>
    %1113 = "stablehlo.compare"(%1110, %1112) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xi1>
    %1114 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %1115 = "func.call"(%1113, %1094, %1114) <{callee = @_where_1}> : (tensor<1x32xi1>, tensor<1x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %1116 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %1117 = "stablehlo.reduce"(%1115, %1116) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg272: tensor<f32>, %arg273: tensor<f32>):
      %1137 = "stablehlo.minimum"(%arg272, %arg273) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1137) : (tensor<f32>) -> ()
    }) : (tensor<1x32xf32>, tensor<f32>) -> tensor<1xf32>
    %1118 = "stablehlo.broadcast_in_dim"(%1117) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %1119 = "stablehlo.broadcast_in_dim"(%1118) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %1120 = "stablehlo.compare"(%1088, %1119) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xi1>
    %1121 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1122 = "func.call"(%1120, %1121, %1088) <{callee = @_where_0}> : (tensor<1x32xi1>, tensor<f32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %1123 = "func.call"(%1075) <{callee = @_gumbel}> : (tensor<2xui32>) -> tensor<1x32xf32>
    %1124 = "stablehlo.add"(%1123, %1122) : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %1125 = "func.call"(%1124) <{callee = @argmax}> : (tensor<1x32xf32>) -> tensor<1xi32>
    %1126 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1127 = "stablehlo.broadcast_in_dim"(%1126) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %1128 = "stablehlo.scatter"(%756, %1127, %1125) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg270: tensor<i32>, %arg271: tensor<i32>):
      "stablehlo.return"(%arg271) : (tensor<i32>) -> ()
    }) : (tensor<1x16xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<1x16xi32>
    %1129 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1130 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1131:38 = "stablehlo.while"(%arg163, %arg164, %arg172, %arg171, %arg169, %arg167, %arg170, %arg168, %arg174, %arg173, %arg177, %arg175, %arg178, %arg176, %arg184, %arg183, %arg181, %arg179, %arg182, %arg180, %arg186, %arg185, %arg189, %arg187, %arg190, %arg188, %arg166, %arg165, %arg191, %1130, %1129, %1128, %1125, %1049, %1056, %1063, %1070, %1073) ({
    ^bb0(%arg232: tensor<16x32xf32>, %arg233: tensor<32x32xf32>, %arg234: tensor<32xf32>, %arg235: tensor<32xf32>, %arg236: tensor<32x32xf32>, %arg237: tensor<32x32xf32>, %arg238: tensor<32x32xf32>, %arg239: tensor<32x32xf32>, %arg240: tensor<32xf32>, %arg241: tensor<32xf32>, %arg242: tensor<32x64xf32>, %arg243: tensor<64xf32>, %arg244: tensor<64x32xf32>, %arg245: tensor<32xf32>, %arg246: tensor<32xf32>, %arg247: tensor<32xf32>, %arg248: tensor<32x32xf32>, %arg249: tensor<32x32xf32>, %arg250: tensor<32x32xf32>, %arg251: tensor<32x32xf32>, %arg252: tensor<32xf32>, %arg253: tensor<32xf32>, %arg254: tensor<32x64xf32>, %arg255: tensor<64xf32>, %arg256: tensor<64x32xf32>, %arg257: tensor<32xf32>, %arg258: tensor<32xf32>, %arg259: tensor<32xf32>, %arg260: tensor<32x32xf32>, %arg261: tensor<i32>, %arg262: tensor<i32>, %arg263: tensor<1x16xi32>, %arg264: tensor<1xi32>, %arg265: tensor<1x2x16x16xf32>, %arg266: tensor<1x2x16x16xf32>, %arg267: tensor<1x2x16x16xf32>, %arg268: tensor<1x2x16x16xf32>, %arg269: tensor<2xui32>):
      %1135 = "stablehlo.constant"() <{value = dense<11> : tensor<i32>}> : () -> tensor<i32>
      %1136 = "stablehlo.compare"(%arg261, %1135) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%1136) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg194: tensor<16x32xf32>, %arg195: tensor<32x32xf32>, %arg196: tensor<32xf32>, %arg197: tensor<32xf32>, %arg198: tensor<32x32xf32>, %arg199: tensor<32x32xf32>, %arg200: tensor<32x32xf32>, %arg201: tensor<32x32xf32>, %arg202: tensor<32xf32>, %arg203: tensor<32xf32>, %arg204: tensor<32x64xf32>, %arg205: tensor<64xf32>, %arg206: tensor<64x32xf32>, %arg207: tensor<32xf32>, %arg208: tensor<32xf32>, %arg209: tensor<32xf32>, %arg210: tensor<32x32xf32>, %arg211: tensor<32x32xf32>, %arg212: tensor<32x32xf32>, %arg213: tensor<32x32xf32>, %arg214: tensor<32xf32>, %arg215: tensor<32xf32>, %arg216: tensor<32x64xf32>, %arg217: tensor<64xf32>, %arg218: tensor<64x32xf32>, %arg219: tensor<32xf32>, %arg220: tensor<32xf32>, %arg221: tensor<32xf32>, %arg222: tensor<32x32xf32>, %arg223: tensor<i32>, %arg224: tensor<i32>, %arg225: tensor<1x16xi32>, %arg226: tensor<1xi32>, %arg227: tensor<1x2x16x16xf32>, %arg228: tensor<1x2x16x16xf32>, %arg229: tensor<1x2x16x16xf32>, %arg230: tensor<1x2x16x16xf32>, %arg231: tensor<2xui32>):
      %1132:8 = "func.call"(%arg194, %arg195, %arg196, %arg197, %arg198, %arg199, %arg200, %arg201, %arg202, %arg203, %arg204, %arg205, %arg206, %arg207, %arg208, %arg209, %arg210, %arg211, %arg212, %arg213, %arg214, %arg215, %arg216, %arg217, %arg218, %arg219, %arg220, %arg221, %arg222, %arg224, %arg225, %arg226, %arg227, %arg228, %arg229, %arg230, %arg231) <{callee = @closed_call_5}> : (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<1x16xi32>, tensor<1xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<2xui32>) -> (tensor<i32>, tensor<1x16xi32>, tensor<1xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<2xui32>)
      %1133 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %1134 = "stablehlo.add"(%arg223, %1133) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg194, %arg195, %arg196, %arg197, %arg198, %arg199, %arg200, %arg201, %arg202, %arg203, %arg204, %arg205, %arg206, %arg207, %arg208, %arg209, %arg210, %arg211, %arg212, %arg213, %arg214, %arg215, %arg216, %arg217, %arg218, %arg219, %arg220, %arg221, %arg222, %1134, %1132#0, %1132#1, %1132#2, %1132#3, %1132#4, %1132#5, %1132#6, %1132#7) : (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<i32>, tensor<1x16xi32>, tensor<1xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<2xui32>) -> ()
    }) : (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<i32>, tensor<1x16xi32>, tensor<1xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<2xui32>) -> (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<i32>, tensor<1x16xi32>, tensor<1xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<2xui32>)
    "func.return"(%1131#31) : (tensor<1x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x4xi1>) -> tensor<4x4xi1>, res_attrs = [{}], sym_name = "tril", sym_visibility = "private"}> ({
  ^bb0(%arg162: tensor<4x4xi1>):
    %743 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4x4xi32>
    %744 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %745 = "stablehlo.broadcast_in_dim"(%744) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x4xi32>
    %746 = "stablehlo.add"(%743, %745) : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi32>
    %747 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x4xi32>
    %748 = "stablehlo.compare"(%746, %747) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %749 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %750 = "stablehlo.broadcast_in_dim"(%749) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4x4xi1>
    %751 = "stablehlo.select"(%748, %arg162, %750) : (tensor<4x4xi1>, tensor<4x4xi1>, tensor<4x4xi1>) -> tensor<4x4xi1>
    "func.return"(%751) : (tensor<4x4xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<4x4xi1>, tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4x4xf32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg159: tensor<4x4xi1>, %arg160: tensor<1x2x4x4xf32>, %arg161: tensor<f32>):
    %739 = "stablehlo.convert"(%arg161) : (tensor<f32>) -> tensor<f32>
    %740 = "stablehlo.broadcast_in_dim"(%arg159) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<4x4xi1>) -> tensor<1x2x4x4xi1>
    %741 = "stablehlo.broadcast_in_dim"(%739) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x4x4xf32>
    %742 = "stablehlo.select"(%740, %arg160, %741) : (tensor<1x2x4x4xi1>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
    "func.return"(%742) : (tensor<1x2x4x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<2x2xui32>, res_attrs = [{}], sym_name = "_threefry_split", sym_visibility = "private"}> ({
  ^bb0(%arg158: tensor<2xui32>):
    %722 = "stablehlo.slice"(%arg158) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %723 = "stablehlo.reshape"(%722) : (tensor<1xui32>) -> tensor<ui32>
    %724 = "stablehlo.slice"(%arg158) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %725 = "stablehlo.reshape"(%724) : (tensor<1xui32>) -> tensor<ui32>
    %726 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xui64>
    %727 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %728 = "stablehlo.broadcast_in_dim"(%727) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %729 = "stablehlo.multiply"(%728, %726) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %730 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %731 = "stablehlo.broadcast_in_dim"(%730) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %732 = "stablehlo.shift_right_logical"(%729, %731) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %733 = "stablehlo.convert"(%729) : (tensor<2xui64>) -> tensor<2xui32>
    %734 = "stablehlo.convert"(%732) : (tensor<2xui64>) -> tensor<2xui32>
    %735:2 = "func.call"(%723, %725, %734, %733) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<2xui32>, tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>)
    %736 = "stablehlo.broadcast_in_dim"(%735#0) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xui32>) -> tensor<2x1xui32>
    %737 = "stablehlo.broadcast_in_dim"(%735#1) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xui32>) -> tensor<2x1xui32>
    %738 = "stablehlo.concatenate"(%736, %737) <{dimension = 1 : i64}> : (tensor<2x1xui32>, tensor<2x1xui32>) -> tensor<2x2xui32>
    "func.return"(%738) : (tensor<2x2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<2xui32>, tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg136: tensor<ui32>, %arg137: tensor<ui32>, %arg138: tensor<2xui32>, %arg139: tensor<2xui32>):
    %705 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %706 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %707 = "stablehlo.xor"(%arg136, %arg137) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %708 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %709 = "stablehlo.xor"(%707, %708) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %710 = "stablehlo.broadcast_in_dim"(%arg136) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %711 = "stablehlo.add"(%arg138, %710) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %712 = "stablehlo.broadcast_in_dim"(%arg137) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %713 = "stablehlo.add"(%arg139, %712) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %714 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %715 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %716:9 = "stablehlo.while"(%715, %714, %711, %713, %arg137, %709, %arg136, %705, %706) ({
    ^bb0(%arg149: tensor<i32>, %arg150: tensor<i32>, %arg151: tensor<2xui32>, %arg152: tensor<2xui32>, %arg153: tensor<ui32>, %arg154: tensor<ui32>, %arg155: tensor<ui32>, %arg156: tensor<4xui32>, %arg157: tensor<4xui32>):
      %720 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %721 = "stablehlo.compare"(%arg149, %720) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%721) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg140: tensor<i32>, %arg141: tensor<i32>, %arg142: tensor<2xui32>, %arg143: tensor<2xui32>, %arg144: tensor<ui32>, %arg145: tensor<ui32>, %arg146: tensor<ui32>, %arg147: tensor<4xui32>, %arg148: tensor<4xui32>):
      %717:8 = "func.call"(%arg141, %arg142, %arg143, %arg144, %arg145, %arg146, %arg147, %arg148) <{callee = @closed_call}> : (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %718 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %719 = "stablehlo.add"(%arg140, %718) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%719, %717#0, %717#1, %717#2, %717#3, %717#4, %717#5, %717#6, %717#7) : (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%716#2, %716#3) : (tensor<2xui32>, tensor<2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg128: tensor<i32>, %arg129: tensor<2xui32>, %arg130: tensor<2xui32>, %arg131: tensor<ui32>, %arg132: tensor<ui32>, %arg133: tensor<ui32>, %arg134: tensor<4xui32>, %arg135: tensor<4xui32>):
    %650 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %651 = "stablehlo.add"(%arg128, %650) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %652 = "stablehlo.slice"(%arg134) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %653 = "stablehlo.reshape"(%652) : (tensor<1xui32>) -> tensor<ui32>
    %654 = "stablehlo.add"(%arg129, %arg130) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %655 = "stablehlo.broadcast_in_dim"(%653) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %656 = "stablehlo.shift_left"(%arg130, %655) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %657 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %658 = "stablehlo.subtract"(%657, %653) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %659 = "stablehlo.broadcast_in_dim"(%658) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %660 = "stablehlo.shift_right_logical"(%arg130, %659) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %661 = "stablehlo.or"(%656, %660) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %662 = "stablehlo.xor"(%654, %661) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %663 = "stablehlo.slice"(%arg134) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %664 = "stablehlo.reshape"(%663) : (tensor<1xui32>) -> tensor<ui32>
    %665 = "stablehlo.add"(%654, %662) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %666 = "stablehlo.broadcast_in_dim"(%664) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %667 = "stablehlo.shift_left"(%662, %666) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %668 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %669 = "stablehlo.subtract"(%668, %664) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %670 = "stablehlo.broadcast_in_dim"(%669) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %671 = "stablehlo.shift_right_logical"(%662, %670) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %672 = "stablehlo.or"(%667, %671) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %673 = "stablehlo.xor"(%665, %672) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %674 = "stablehlo.slice"(%arg134) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %675 = "stablehlo.reshape"(%674) : (tensor<1xui32>) -> tensor<ui32>
    %676 = "stablehlo.add"(%665, %673) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %677 = "stablehlo.broadcast_in_dim"(%675) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %678 = "stablehlo.shift_left"(%673, %677) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %679 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %680 = "stablehlo.subtract"(%679, %675) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %681 = "stablehlo.broadcast_in_dim"(%680) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %682 = "stablehlo.shift_right_logical"(%673, %681) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %683 = "stablehlo.or"(%678, %682) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %684 = "stablehlo.xor"(%676, %683) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %685 = "stablehlo.slice"(%arg134) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %686 = "stablehlo.reshape"(%685) : (tensor<1xui32>) -> tensor<ui32>
    %687 = "stablehlo.add"(%676, %684) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %688 = "stablehlo.broadcast_in_dim"(%686) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %689 = "stablehlo.shift_left"(%684, %688) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %690 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %691 = "stablehlo.subtract"(%690, %686) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %692 = "stablehlo.broadcast_in_dim"(%691) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %693 = "stablehlo.shift_right_logical"(%684, %692) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %694 = "stablehlo.or"(%689, %693) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %695 = "stablehlo.xor"(%687, %694) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %696 = "stablehlo.broadcast_in_dim"(%arg131) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %697 = "stablehlo.add"(%687, %696) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %698 = "stablehlo.broadcast_in_dim"(%arg132) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %699 = "stablehlo.add"(%695, %698) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %700 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %701 = "stablehlo.add"(%arg128, %700) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %702 = "stablehlo.convert"(%701) : (tensor<i32>) -> tensor<ui32>
    %703 = "stablehlo.broadcast_in_dim"(%702) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %704 = "stablehlo.add"(%699, %703) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    "func.return"(%651, %697, %704, %arg132, %arg133, %arg131, %arg135, %arg134) : (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x32xf32>) -> tensor<1x32xf32>, res_attrs = [{}], sym_name = "sort", sym_visibility = "private"}> ({
  ^bb0(%arg125: tensor<1x32xf32>):
    %634 = "stablehlo.sort"(%arg125) <{dimension = 1 : i64, is_stable = true}> ({
    ^bb0(%arg126: tensor<f32>, %arg127: tensor<f32>):
      %635 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %636 = "stablehlo.compare"(%arg126, %635) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %637 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %638 = "stablehlo.select"(%636, %637, %arg126) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %639 = "stablehlo.compare"(%arg126, %arg126) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %640 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
      %641 = "stablehlo.select"(%639, %640, %638) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %642 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %643 = "stablehlo.compare"(%arg127, %642) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %644 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %645 = "stablehlo.select"(%643, %644, %arg127) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %646 = "stablehlo.compare"(%arg127, %arg127) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %647 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
      %648 = "stablehlo.select"(%646, %647, %645) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %649 = "stablehlo.compare"(%641, %648) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      "stablehlo.return"(%649) : (tensor<i1>) -> ()
    }) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    "func.return"(%634) : (tensor<1x32xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x32xi1>, tensor<f32>, tensor<1x32xf32>) -> tensor<1x32xf32>, res_attrs = [{}], sym_name = "_where_0", sym_visibility = "private"}> ({
  ^bb0(%arg122: tensor<1x32xi1>, %arg123: tensor<f32>, %arg124: tensor<1x32xf32>):
    %631 = "stablehlo.convert"(%arg123) : (tensor<f32>) -> tensor<f32>
    %632 = "stablehlo.broadcast_in_dim"(%631) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x32xf32>
    %633 = "stablehlo.select"(%arg122, %632, %arg124) : (tensor<1x32xi1>, tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    "func.return"(%633) : (tensor<1x32xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x32xi1>, tensor<1x32xf32>, tensor<f32>) -> tensor<1x32xf32>, res_attrs = [{}], sym_name = "_where_1", sym_visibility = "private"}> ({
  ^bb0(%arg119: tensor<1x32xi1>, %arg120: tensor<1x32xf32>, %arg121: tensor<f32>):
    %628 = "stablehlo.convert"(%arg121) : (tensor<f32>) -> tensor<f32>
    %629 = "stablehlo.broadcast_in_dim"(%628) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x32xf32>
    %630 = "stablehlo.select"(%arg119, %arg120, %629) : (tensor<1x32xi1>, tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    "func.return"(%630) : (tensor<1x32xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x32xf32>) -> tensor<1x32xf32>, res_attrs = [{}], sym_name = "cumsum", sym_visibility = "private"}> ({
  ^bb0(%arg118: tensor<1x32xf32>):
    %627 = "func.call"(%arg118) <{callee = @cumsum_2}> : (tensor<1x32xf32>) -> tensor<1x32xf32>
    "func.return"(%627) : (tensor<1x32xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x32xf32>) -> tensor<1x32xf32>, sym_name = "cumsum_2", sym_visibility = "private"}> ({
  ^bb0(%arg115: tensor<1x32xf32>):
    %623 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %624 = "stablehlo.broadcast_in_dim"(%623) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<f32>
    %625 = "stablehlo.reduce_window"(%arg115, %624) <{base_dilations = array<i64: 1, 1>, padding = dense<[[0, 0], [31, 0]]> : tensor<2x2xi64>, window_dilations = array<i64: 1, 1>, window_dimensions = array<i64: 1, 32>, window_strides = array<i64: 1, 1>}> ({
    ^bb0(%arg116: tensor<f32>, %arg117: tensor<f32>):
      %626 = "stablehlo.add"(%arg116, %arg117) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%626) : (tensor<f32>) -> ()
    }) : (tensor<1x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    "func.return"(%625) : (tensor<1x32xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<1x32xf32>, res_attrs = [{}], sym_name = "_gumbel", sym_visibility = "private"}> ({
  ^bb0(%arg114: tensor<2xui32>):
    %616 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %617 = "stablehlo.constant"() <{value = dense<1.17549435E-38> : tensor<f32>}> : () -> tensor<f32>
    %618 = "func.call"(%arg114, %616, %617) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<1x32xf32>
    %619 = "stablehlo.log"(%618) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %620 = "stablehlo.negate"(%619) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %621 = "stablehlo.log"(%620) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %622 = "stablehlo.negate"(%621) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    "func.return"(%622) : (tensor<1x32xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<1x32xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg111: tensor<2xui32>, %arg112: tensor<f32>, %arg113: tensor<f32>):
    %576 = "stablehlo.convert"(%arg112) : (tensor<f32>) -> tensor<f32>
    %577 = "stablehlo.broadcast_in_dim"(%arg113) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %578 = "stablehlo.broadcast_in_dim"(%576) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %579 = "stablehlo.slice"(%arg111) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %580 = "stablehlo.reshape"(%579) : (tensor<1xui32>) -> tensor<ui32>
    %581 = "stablehlo.slice"(%arg111) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %582 = "stablehlo.reshape"(%581) : (tensor<1xui32>) -> tensor<ui32>
    %583 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<1x32xui64>
    %584 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x32xui64>
    %585 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %586 = "stablehlo.broadcast_in_dim"(%585) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<1x32xui64>
    %587 = "stablehlo.multiply"(%586, %583) : (tensor<1x32xui64>, tensor<1x32xui64>) -> tensor<1x32xui64>
    %588 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %589 = "stablehlo.broadcast_in_dim"(%588) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<1x32xui64>
    %590 = "stablehlo.multiply"(%589, %584) : (tensor<1x32xui64>, tensor<1x32xui64>) -> tensor<1x32xui64>
    %591 = "stablehlo.add"(%587, %590) : (tensor<1x32xui64>, tensor<1x32xui64>) -> tensor<1x32xui64>
    %592 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %593 = "stablehlo.broadcast_in_dim"(%592) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<1x32xui64>
    %594 = "stablehlo.shift_right_logical"(%591, %593) : (tensor<1x32xui64>, tensor<1x32xui64>) -> tensor<1x32xui64>
    %595 = "stablehlo.convert"(%591) : (tensor<1x32xui64>) -> tensor<1x32xui32>
    %596 = "stablehlo.convert"(%594) : (tensor<1x32xui64>) -> tensor<1x32xui32>
    %597:2 = "func.call"(%580, %582, %596, %595) <{callee = @threefry2x32_3}> : (tensor<ui32>, tensor<ui32>, tensor<1x32xui32>, tensor<1x32xui32>) -> (tensor<1x32xui32>, tensor<1x32xui32>)
    %598 = "stablehlo.xor"(%597#0, %597#1) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %599 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %600 = "stablehlo.broadcast_in_dim"(%599) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x32xui32>
    %601 = "stablehlo.shift_right_logical"(%598, %600) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %602 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %603 = "stablehlo.broadcast_in_dim"(%602) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x32xui32>
    %604 = "stablehlo.or"(%601, %603) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %605 = "stablehlo.bitcast_convert"(%604) : (tensor<1x32xui32>) -> tensor<1x32xf32>
    %606 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %607 = "stablehlo.broadcast_in_dim"(%606) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x32xf32>
    %608 = "stablehlo.subtract"(%605, %607) : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %609 = "stablehlo.subtract"(%578, %577) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %610 = "stablehlo.broadcast_in_dim"(%609) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %611 = "stablehlo.multiply"(%608, %610) : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %612 = "stablehlo.broadcast_in_dim"(%577) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %613 = "stablehlo.add"(%611, %612) : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %614 = "stablehlo.broadcast_in_dim"(%577) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %615 = "stablehlo.maximum"(%614, %613) : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    "func.return"(%615) : (tensor<1x32xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<1x32xui32>, tensor<1x32xui32>) -> (tensor<1x32xui32>, tensor<1x32xui32>), sym_name = "threefry2x32_3", sym_visibility = "private"}> ({
  ^bb0(%arg89: tensor<ui32>, %arg90: tensor<ui32>, %arg91: tensor<1x32xui32>, %arg92: tensor<1x32xui32>):
    %559 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %560 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %561 = "stablehlo.xor"(%arg89, %arg90) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %562 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %563 = "stablehlo.xor"(%561, %562) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %564 = "stablehlo.broadcast_in_dim"(%arg89) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x32xui32>
    %565 = "stablehlo.add"(%arg91, %564) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %566 = "stablehlo.broadcast_in_dim"(%arg90) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x32xui32>
    %567 = "stablehlo.add"(%arg92, %566) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %568 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %569 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %570:9 = "stablehlo.while"(%569, %568, %565, %567, %arg90, %563, %arg89, %559, %560) ({
    ^bb0(%arg102: tensor<i32>, %arg103: tensor<i32>, %arg104: tensor<1x32xui32>, %arg105: tensor<1x32xui32>, %arg106: tensor<ui32>, %arg107: tensor<ui32>, %arg108: tensor<ui32>, %arg109: tensor<4xui32>, %arg110: tensor<4xui32>):
      %574 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %575 = "stablehlo.compare"(%arg102, %574) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%575) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg93: tensor<i32>, %arg94: tensor<i32>, %arg95: tensor<1x32xui32>, %arg96: tensor<1x32xui32>, %arg97: tensor<ui32>, %arg98: tensor<ui32>, %arg99: tensor<ui32>, %arg100: tensor<4xui32>, %arg101: tensor<4xui32>):
      %571:8 = "func.call"(%arg94, %arg95, %arg96, %arg97, %arg98, %arg99, %arg100, %arg101) <{callee = @closed_call_4}> : (tensor<i32>, tensor<1x32xui32>, tensor<1x32xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<1x32xui32>, tensor<1x32xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %572 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %573 = "stablehlo.add"(%arg93, %572) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%573, %571#0, %571#1, %571#2, %571#3, %571#4, %571#5, %571#6, %571#7) : (tensor<i32>, tensor<i32>, tensor<1x32xui32>, tensor<1x32xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x32xui32>, tensor<1x32xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<1x32xui32>, tensor<1x32xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%570#2, %570#3) : (tensor<1x32xui32>, tensor<1x32xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<1x32xui32>, tensor<1x32xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<1x32xui32>, tensor<1x32xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_4", sym_visibility = "private"}> ({
  ^bb0(%arg81: tensor<i32>, %arg82: tensor<1x32xui32>, %arg83: tensor<1x32xui32>, %arg84: tensor<ui32>, %arg85: tensor<ui32>, %arg86: tensor<ui32>, %arg87: tensor<4xui32>, %arg88: tensor<4xui32>):
    %504 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %505 = "stablehlo.add"(%arg81, %504) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %506 = "stablehlo.slice"(%arg87) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %507 = "stablehlo.reshape"(%506) : (tensor<1xui32>) -> tensor<ui32>
    %508 = "stablehlo.add"(%arg82, %arg83) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %509 = "stablehlo.broadcast_in_dim"(%507) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x32xui32>
    %510 = "stablehlo.shift_left"(%arg83, %509) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %511 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %512 = "stablehlo.subtract"(%511, %507) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %513 = "stablehlo.broadcast_in_dim"(%512) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x32xui32>
    %514 = "stablehlo.shift_right_logical"(%arg83, %513) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %515 = "stablehlo.or"(%510, %514) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %516 = "stablehlo.xor"(%508, %515) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %517 = "stablehlo.slice"(%arg87) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %518 = "stablehlo.reshape"(%517) : (tensor<1xui32>) -> tensor<ui32>
    %519 = "stablehlo.add"(%508, %516) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %520 = "stablehlo.broadcast_in_dim"(%518) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x32xui32>
    %521 = "stablehlo.shift_left"(%516, %520) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %522 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %523 = "stablehlo.subtract"(%522, %518) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %524 = "stablehlo.broadcast_in_dim"(%523) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x32xui32>
    %525 = "stablehlo.shift_right_logical"(%516, %524) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %526 = "stablehlo.or"(%521, %525) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %527 = "stablehlo.xor"(%519, %526) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %528 = "stablehlo.slice"(%arg87) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %529 = "stablehlo.reshape"(%528) : (tensor<1xui32>) -> tensor<ui32>
    %530 = "stablehlo.add"(%519, %527) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %531 = "stablehlo.broadcast_in_dim"(%529) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x32xui32>
    %532 = "stablehlo.shift_left"(%527, %531) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %533 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %534 = "stablehlo.subtract"(%533, %529) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %535 = "stablehlo.broadcast_in_dim"(%534) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x32xui32>
    %536 = "stablehlo.shift_right_logical"(%527, %535) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %537 = "stablehlo.or"(%532, %536) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %538 = "stablehlo.xor"(%530, %537) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %539 = "stablehlo.slice"(%arg87) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %540 = "stablehlo.reshape"(%539) : (tensor<1xui32>) -> tensor<ui32>
    %541 = "stablehlo.add"(%530, %538) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %542 = "stablehlo.broadcast_in_dim"(%540) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x32xui32>
    %543 = "stablehlo.shift_left"(%538, %542) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %544 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %545 = "stablehlo.subtract"(%544, %540) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %546 = "stablehlo.broadcast_in_dim"(%545) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x32xui32>
    %547 = "stablehlo.shift_right_logical"(%538, %546) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %548 = "stablehlo.or"(%543, %547) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %549 = "stablehlo.xor"(%541, %548) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %550 = "stablehlo.broadcast_in_dim"(%arg84) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x32xui32>
    %551 = "stablehlo.add"(%541, %550) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %552 = "stablehlo.broadcast_in_dim"(%arg85) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x32xui32>
    %553 = "stablehlo.add"(%549, %552) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    %554 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %555 = "stablehlo.add"(%arg81, %554) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %556 = "stablehlo.convert"(%555) : (tensor<i32>) -> tensor<ui32>
    %557 = "stablehlo.broadcast_in_dim"(%556) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x32xui32>
    %558 = "stablehlo.add"(%553, %557) : (tensor<1x32xui32>, tensor<1x32xui32>) -> tensor<1x32xui32>
    "func.return"(%505, %551, %558, %arg85, %arg86, %arg84, %arg88, %arg87) : (tensor<i32>, tensor<1x32xui32>, tensor<1x32xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x32xf32>) -> tensor<1xi32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg76: tensor<1x32xf32>):
    %491 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x32xi32>
    %492 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %493 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %494:2 = "stablehlo.reduce"(%arg76, %491, %492, %493) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg77: tensor<f32>, %arg78: tensor<i32>, %arg79: tensor<f32>, %arg80: tensor<i32>):
      %495 = "stablehlo.compare"(%arg77, %arg79) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %496 = "stablehlo.compare"(%arg77, %arg77) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %497 = "stablehlo.or"(%495, %496) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %498 = "stablehlo.compare"(%arg77, %arg79) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %499 = "stablehlo.compare"(%arg78, %arg80) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %500 = "stablehlo.and"(%498, %499) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %501 = "stablehlo.or"(%497, %500) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %502 = "stablehlo.select"(%497, %arg77, %arg79) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %503 = "stablehlo.select"(%501, %arg78, %arg80) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%502, %503) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<1x32xf32>, tensor<1x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    "func.return"(%494#1) : (tensor<1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<1x16xi32>, tensor<1xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<2xui32>) -> (tensor<i32>, tensor<1x16xi32>, tensor<1xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<2xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_5", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<16x32xf32>, %arg4: tensor<32x32xf32>, %arg5: tensor<32xf32>, %arg6: tensor<32xf32>, %arg7: tensor<32x32xf32>, %arg8: tensor<32x32xf32>, %arg9: tensor<32x32xf32>, %arg10: tensor<32x32xf32>, %arg11: tensor<32xf32>, %arg12: tensor<32xf32>, %arg13: tensor<32x64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64x32xf32>, %arg16: tensor<32xf32>, %arg17: tensor<32xf32>, %arg18: tensor<32xf32>, %arg19: tensor<32x32xf32>, %arg20: tensor<32x32xf32>, %arg21: tensor<32x32xf32>, %arg22: tensor<32x32xf32>, %arg23: tensor<32xf32>, %arg24: tensor<32xf32>, %arg25: tensor<32x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64x32xf32>, %arg28: tensor<32xf32>, %arg29: tensor<32xf32>, %arg30: tensor<32xf32>, %arg31: tensor<32x32xf32>, %arg32: tensor<i32>, %arg33: tensor<1x16xi32>, %arg34: tensor<1xi32>, %arg35: tensor<1x2x16x16xf32>, %arg36: tensor<1x2x16x16xf32>, %arg37: tensor<1x2x16x16xf32>, %arg38: tensor<1x2x16x16xf32>, %arg39: tensor<2xui32>):
    %4 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %5 = "stablehlo.add"(%arg32, %4) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %6 = "func.call"(%arg39) <{callee = @_threefry_split}> : (tensor<2xui32>) -> tensor<2x2xui32>
    %7 = "stablehlo.slice"(%6) <{limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %8 = "stablehlo.reshape"(%7) : (tensor<1x2xui32>) -> tensor<2xui32>
    %9 = "stablehlo.slice"(%6) <{limit_indices = array<i64: 2, 2>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %10 = "stablehlo.reshape"(%9) : (tensor<1x2xui32>) -> tensor<2xui32>
    %11 = "stablehlo.broadcast_in_dim"(%arg34) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %12 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %13 = "stablehlo.compare"(%arg32, %12) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %14 = "stablehlo.convert"(%arg32) : (tensor<i32>) -> tensor<i32>
    %15 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %16 = "stablehlo.add"(%14, %15) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %17 = "stablehlo.select"(%13, %16, %arg32) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %18 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %19 = "stablehlo.dynamic_slice"(%arg3, %17, %18) <{slice_sizes = array<i64: 1, 32>}> : (tensor<16x32xf32>, tensor<i32>, tensor<i32>) -> tensor<1x32xf32>
    %20 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %21 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %22 = "stablehlo.compare"(%11, %21) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %23 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %24 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %25 = "stablehlo.add"(%11, %24) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %26 = "stablehlo.select"(%22, %25, %11) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %27 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %28 = "stablehlo.gather"(%arg4, %27) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xf32>, tensor<1x1x1xi32>) -> tensor<1x1x32xf32>
    %29 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %30 = "stablehlo.add"(%28, %29) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %31 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %32 = "stablehlo.reduce"(%30, %31) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg74: tensor<f32>, %arg75: tensor<f32>):
      %490 = "stablehlo.add"(%arg74, %arg75) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%490) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %33 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %34 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %35 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %36 = "stablehlo.divide"(%33, %35) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %37 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %38 = "stablehlo.subtract"(%30, %37) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %39 = "chlo.square"(%38) : (tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %40 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %41 = "stablehlo.reduce"(%39, %40) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg72: tensor<f32>, %arg73: tensor<f32>):
      %489 = "stablehlo.add"(%arg72, %arg73) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%489) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %42 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %43 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %44 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %45 = "stablehlo.divide"(%42, %44) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %46 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %47 = "stablehlo.subtract"(%30, %46) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %48 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %49 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %50 = "stablehlo.add"(%45, %49) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %51 = "stablehlo.rsqrt"(%50) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %52 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %53 = "stablehlo.multiply"(%47, %52) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %54 = "stablehlo.broadcast_in_dim"(%arg5) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %55 = "stablehlo.multiply"(%53, %54) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %56 = "stablehlo.broadcast_in_dim"(%arg6) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %57 = "stablehlo.add"(%55, %56) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %58 = "stablehlo.dot_general"(%57, %arg7) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %59 = "stablehlo.reshape"(%58) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %60 = "stablehlo.transpose"(%59) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %61 = "stablehlo.dot_general"(%57, %arg8) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %62 = "stablehlo.reshape"(%61) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %63 = "stablehlo.transpose"(%62) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %64 = "stablehlo.dot_general"(%57, %arg9) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %65 = "stablehlo.reshape"(%64) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %66 = "stablehlo.transpose"(%65) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %67 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %68 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %69 = "stablehlo.compare"(%67, %68) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %70 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %71 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %72 = "stablehlo.add"(%70, %71) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %73 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %74 = "stablehlo.select"(%69, %72, %73) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %75 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %76 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %77 = "stablehlo.compare"(%75, %76) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %78 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %79 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %80 = "stablehlo.add"(%78, %79) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %81 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %82 = "stablehlo.select"(%77, %80, %81) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %83 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %84 = "stablehlo.compare"(%arg32, %83) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %85 = "stablehlo.convert"(%arg32) : (tensor<i32>) -> tensor<i32>
    %86 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %87 = "stablehlo.add"(%85, %86) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %88 = "stablehlo.select"(%84, %87, %arg32) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %89 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %90 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %91 = "stablehlo.compare"(%89, %90) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %92 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %93 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %94 = "stablehlo.add"(%92, %93) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %95 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %96 = "stablehlo.select"(%91, %94, %95) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %97 = "stablehlo.dynamic_update_slice"(%arg35, %63, %74, %82, %88, %96) : (tensor<1x2x16x16xf32>, tensor<1x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %98 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %99 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %100 = "stablehlo.compare"(%98, %99) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %101 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %102 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %103 = "stablehlo.add"(%101, %102) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %104 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %105 = "stablehlo.select"(%100, %103, %104) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %106 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %107 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %108 = "stablehlo.compare"(%106, %107) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %109 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %110 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %111 = "stablehlo.add"(%109, %110) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %112 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %113 = "stablehlo.select"(%108, %111, %112) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %114 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %115 = "stablehlo.compare"(%arg32, %114) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %116 = "stablehlo.convert"(%arg32) : (tensor<i32>) -> tensor<i32>
    %117 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %118 = "stablehlo.add"(%116, %117) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %119 = "stablehlo.select"(%115, %118, %arg32) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %120 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %121 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %122 = "stablehlo.compare"(%120, %121) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %123 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %124 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %125 = "stablehlo.add"(%123, %124) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %126 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %127 = "stablehlo.select"(%122, %125, %126) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %128 = "stablehlo.dynamic_update_slice"(%arg36, %66, %105, %113, %119, %127) : (tensor<1x2x16x16xf32>, tensor<1x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %129 = "stablehlo.iota"() <{iota_dimension = 3 : i64}> : () -> tensor<1x1x1x16xi32>
    %130 = "stablehlo.convert"(%arg32) : (tensor<i32>) -> tensor<i32>
    %131 = "stablehlo.broadcast_in_dim"(%130) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1x16xi32>
    %132 = "stablehlo.compare"(%129, %131) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %133 = "stablehlo.dot_general"(%60, %97) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x1x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x1x16xf32>
    %134 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %135 = "stablehlo.broadcast_in_dim"(%134) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x1x16xf32>
    %136 = "stablehlo.multiply"(%133, %135) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %137 = "stablehlo.constant"() <{value = dense<-1.000000e+30> : tensor<f32>}> : () -> tensor<f32>
    %138 = "func.call"(%132, %136, %137) <{callee = @_where_6}> : (tensor<1x1x1x16xi1>, tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %139 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %140 = "stablehlo.reduce"(%138, %139) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg70: tensor<f32>, %arg71: tensor<f32>):
      %488 = "stablehlo.maximum"(%arg70, %arg71) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%488) : (tensor<f32>) -> ()
    }) : (tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %141 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %142 = "stablehlo.broadcast_in_dim"(%141) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x1xf32>
    %143 = "stablehlo.maximum"(%142, %140) : (tensor<1x2x1xf32>, tensor<1x2x1xf32>) -> tensor<1x2x1xf32>
    %144 = "stablehlo.broadcast_in_dim"(%143) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x1xf32>) -> tensor<1x2x1x1xf32>
    %145 = "stablehlo.broadcast_in_dim"(%144) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x16xf32>
    %146 = "stablehlo.subtract"(%138, %145) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %147 = "stablehlo.exponential"(%146) : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %148 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %149 = "stablehlo.reduce"(%147, %148) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg68: tensor<f32>, %arg69: tensor<f32>):
      %487 = "stablehlo.add"(%arg68, %arg69) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%487) : (tensor<f32>) -> ()
    }) : (tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %150 = "stablehlo.broadcast_in_dim"(%149) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x1xf32>) -> tensor<1x2x1x1xf32>
    %151 = "stablehlo.broadcast_in_dim"(%150) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x16xf32>
    %152 = "stablehlo.divide"(%147, %151) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %153 = "stablehlo.dot_general"(%152, %128) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x1x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x1x16xf32>
    %154 = "stablehlo.transpose"(%153) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x2x1x16xf32>) -> tensor<1x1x2x16xf32>
    %155 = "stablehlo.reshape"(%154) : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
    %156 = "stablehlo.dot_general"(%155, %arg10) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %157 = "stablehlo.add"(%30, %156) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %158 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %159 = "stablehlo.reduce"(%157, %158) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg66: tensor<f32>, %arg67: tensor<f32>):
      %486 = "stablehlo.add"(%arg66, %arg67) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%486) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %160 = "stablehlo.broadcast_in_dim"(%159) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %161 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %162 = "stablehlo.broadcast_in_dim"(%161) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %163 = "stablehlo.divide"(%160, %162) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %164 = "stablehlo.broadcast_in_dim"(%163) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %165 = "stablehlo.subtract"(%157, %164) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %166 = "chlo.square"(%165) : (tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %167 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %168 = "stablehlo.reduce"(%166, %167) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg64: tensor<f32>, %arg65: tensor<f32>):
      %485 = "stablehlo.add"(%arg64, %arg65) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%485) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %169 = "stablehlo.broadcast_in_dim"(%168) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %170 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %171 = "stablehlo.broadcast_in_dim"(%170) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %172 = "stablehlo.divide"(%169, %171) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %173 = "stablehlo.broadcast_in_dim"(%163) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %174 = "stablehlo.subtract"(%157, %173) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %175 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %176 = "stablehlo.broadcast_in_dim"(%175) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %177 = "stablehlo.add"(%172, %176) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %178 = "stablehlo.rsqrt"(%177) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %179 = "stablehlo.broadcast_in_dim"(%178) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %180 = "stablehlo.multiply"(%174, %179) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %181 = "stablehlo.broadcast_in_dim"(%arg11) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %182 = "stablehlo.multiply"(%180, %181) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %183 = "stablehlo.broadcast_in_dim"(%arg12) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %184 = "stablehlo.add"(%182, %183) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %185 = "stablehlo.dot_general"(%184, %arg13) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x32xf32>, tensor<32x64xf32>) -> tensor<1x1x64xf32>
    %186 = "stablehlo.broadcast_in_dim"(%arg14) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %187 = "stablehlo.add"(%185, %186) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %188 = "stablehlo.multiply"(%187, %187) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %189 = "stablehlo.multiply"(%188, %187) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %190 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %191 = "stablehlo.broadcast_in_dim"(%190) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %192 = "stablehlo.multiply"(%191, %189) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %193 = "stablehlo.add"(%187, %192) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %194 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %195 = "stablehlo.broadcast_in_dim"(%194) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %196 = "stablehlo.multiply"(%195, %193) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %197 = "stablehlo.tanh"(%196) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %198 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %199 = "stablehlo.broadcast_in_dim"(%198) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %200 = "stablehlo.add"(%199, %197) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %201 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %202 = "stablehlo.broadcast_in_dim"(%201) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %203 = "stablehlo.multiply"(%202, %200) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %204 = "stablehlo.multiply"(%187, %203) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %205 = "stablehlo.dot_general"(%204, %arg15) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x32xf32>) -> tensor<1x1x32xf32>
    %206 = "stablehlo.broadcast_in_dim"(%arg16) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %207 = "stablehlo.add"(%205, %206) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %208 = "stablehlo.add"(%157, %207) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %209 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %210 = "stablehlo.reduce"(%208, %209) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg62: tensor<f32>, %arg63: tensor<f32>):
      %484 = "stablehlo.add"(%arg62, %arg63) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%484) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %211 = "stablehlo.broadcast_in_dim"(%210) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %212 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %213 = "stablehlo.broadcast_in_dim"(%212) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %214 = "stablehlo.divide"(%211, %213) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %215 = "stablehlo.broadcast_in_dim"(%214) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %216 = "stablehlo.subtract"(%208, %215) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %217 = "chlo.square"(%216) : (tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %218 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %219 = "stablehlo.reduce"(%217, %218) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg60: tensor<f32>, %arg61: tensor<f32>):
      %483 = "stablehlo.add"(%arg60, %arg61) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%483) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %220 = "stablehlo.broadcast_in_dim"(%219) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %221 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %222 = "stablehlo.broadcast_in_dim"(%221) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %223 = "stablehlo.divide"(%220, %222) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %224 = "stablehlo.broadcast_in_dim"(%214) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %225 = "stablehlo.subtract"(%208, %224) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %226 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %227 = "stablehlo.broadcast_in_dim"(%226) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %228 = "stablehlo.add"(%223, %227) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %229 = "stablehlo.rsqrt"(%228) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %230 = "stablehlo.broadcast_in_dim"(%229) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %231 = "stablehlo.multiply"(%225, %230) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %232 = "stablehlo.broadcast_in_dim"(%arg17) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %233 = "stablehlo.multiply"(%231, %232) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %234 = "stablehlo.broadcast_in_dim"(%arg18) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %235 = "stablehlo.add"(%233, %234) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %236 = "stablehlo.dot_general"(%235, %arg19) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %237 = "stablehlo.reshape"(%236) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %238 = "stablehlo.transpose"(%237) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %239 = "stablehlo.dot_general"(%235, %arg20) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %240 = "stablehlo.reshape"(%239) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %241 = "stablehlo.transpose"(%240) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %242 = "stablehlo.dot_general"(%235, %arg21) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %243 = "stablehlo.reshape"(%242) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %244 = "stablehlo.transpose"(%243) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %245 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %246 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %247 = "stablehlo.compare"(%245, %246) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %248 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %249 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %250 = "stablehlo.add"(%248, %249) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %251 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %252 = "stablehlo.select"(%247, %250, %251) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %253 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %254 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %255 = "stablehlo.compare"(%253, %254) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %256 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %257 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %258 = "stablehlo.add"(%256, %257) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %259 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %260 = "stablehlo.select"(%255, %258, %259) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %261 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %262 = "stablehlo.compare"(%arg32, %261) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %263 = "stablehlo.convert"(%arg32) : (tensor<i32>) -> tensor<i32>
    %264 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %265 = "stablehlo.add"(%263, %264) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %266 = "stablehlo.select"(%262, %265, %arg32) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %267 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %268 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %269 = "stablehlo.compare"(%267, %268) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %270 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %271 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %272 = "stablehlo.add"(%270, %271) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %273 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %274 = "stablehlo.select"(%269, %272, %273) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %275 = "stablehlo.dynamic_update_slice"(%arg37, %241, %252, %260, %266, %274) : (tensor<1x2x16x16xf32>, tensor<1x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %276 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %277 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %278 = "stablehlo.compare"(%276, %277) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %279 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %280 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %281 = "stablehlo.add"(%279, %280) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %282 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %283 = "stablehlo.select"(%278, %281, %282) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %284 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %285 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %286 = "stablehlo.compare"(%284, %285) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %287 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %288 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %289 = "stablehlo.add"(%287, %288) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %290 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %291 = "stablehlo.select"(%286, %289, %290) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %292 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %293 = "stablehlo.compare"(%arg32, %292) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %294 = "stablehlo.convert"(%arg32) : (tensor<i32>) -> tensor<i32>
    %295 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %296 = "stablehlo.add"(%294, %295) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %297 = "stablehlo.select"(%293, %296, %arg32) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %298 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %299 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %300 = "stablehlo.compare"(%298, %299) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %301 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %302 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %303 = "stablehlo.add"(%301, %302) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %304 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %305 = "stablehlo.select"(%300, %303, %304) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %306 = "stablehlo.dynamic_update_slice"(%arg38, %244, %283, %291, %297, %305) : (tensor<1x2x16x16xf32>, tensor<1x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %307 = "stablehlo.iota"() <{iota_dimension = 3 : i64}> : () -> tensor<1x1x1x16xi32>
    %308 = "stablehlo.convert"(%arg32) : (tensor<i32>) -> tensor<i32>
    %309 = "stablehlo.broadcast_in_dim"(%308) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1x16xi32>
    %310 = "stablehlo.compare"(%307, %309) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %311 = "stablehlo.dot_general"(%238, %275) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x1x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x1x16xf32>
    %312 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %313 = "stablehlo.broadcast_in_dim"(%312) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x1x16xf32>
    %314 = "stablehlo.multiply"(%311, %313) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %315 = "stablehlo.constant"() <{value = dense<-1.000000e+30> : tensor<f32>}> : () -> tensor<f32>
    %316 = "func.call"(%310, %314, %315) <{callee = @_where_6}> : (tensor<1x1x1x16xi1>, tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %317 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %318 = "stablehlo.reduce"(%316, %317) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg58: tensor<f32>, %arg59: tensor<f32>):
      %482 = "stablehlo.maximum"(%arg58, %arg59) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%482) : (tensor<f32>) -> ()
    }) : (tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %319 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %320 = "stablehlo.broadcast_in_dim"(%319) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x1xf32>
    %321 = "stablehlo.maximum"(%320, %318) : (tensor<1x2x1xf32>, tensor<1x2x1xf32>) -> tensor<1x2x1xf32>
    %322 = "stablehlo.broadcast_in_dim"(%321) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x1xf32>) -> tensor<1x2x1x1xf32>
    %323 = "stablehlo.broadcast_in_dim"(%322) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x16xf32>
    %324 = "stablehlo.subtract"(%316, %323) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %325 = "stablehlo.exponential"(%324) : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %326 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %327 = "stablehlo.reduce"(%325, %326) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg56: tensor<f32>, %arg57: tensor<f32>):
      %481 = "stablehlo.add"(%arg56, %arg57) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%481) : (tensor<f32>) -> ()
    }) : (tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %328 = "stablehlo.broadcast_in_dim"(%327) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x1xf32>) -> tensor<1x2x1x1xf32>
    %329 = "stablehlo.broadcast_in_dim"(%328) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x16xf32>
    %330 = "stablehlo.divide"(%325, %329) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %331 = "stablehlo.dot_general"(%330, %306) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x1x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x1x16xf32>
    %332 = "stablehlo.transpose"(%331) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x2x1x16xf32>) -> tensor<1x1x2x16xf32>
    %333 = "stablehlo.reshape"(%332) : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
    %334 = "stablehlo.dot_general"(%333, %arg22) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %335 = "stablehlo.add"(%208, %334) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %336 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %337 = "stablehlo.reduce"(%335, %336) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg54: tensor<f32>, %arg55: tensor<f32>):
      %480 = "stablehlo.add"(%arg54, %arg55) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%480) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %338 = "stablehlo.broadcast_in_dim"(%337) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %339 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %340 = "stablehlo.broadcast_in_dim"(%339) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %341 = "stablehlo.divide"(%338, %340) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %342 = "stablehlo.broadcast_in_dim"(%341) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %343 = "stablehlo.subtract"(%335, %342) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %344 = "chlo.square"(%343) : (tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %345 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %346 = "stablehlo.reduce"(%344, %345) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg52: tensor<f32>, %arg53: tensor<f32>):
      %479 = "stablehlo.add"(%arg52, %arg53) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%479) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %347 = "stablehlo.broadcast_in_dim"(%346) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %348 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %349 = "stablehlo.broadcast_in_dim"(%348) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %350 = "stablehlo.divide"(%347, %349) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %351 = "stablehlo.broadcast_in_dim"(%341) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %352 = "stablehlo.subtract"(%335, %351) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %353 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %354 = "stablehlo.broadcast_in_dim"(%353) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %355 = "stablehlo.add"(%350, %354) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %356 = "stablehlo.rsqrt"(%355) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %357 = "stablehlo.broadcast_in_dim"(%356) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %358 = "stablehlo.multiply"(%352, %357) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %359 = "stablehlo.broadcast_in_dim"(%arg23) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %360 = "stablehlo.multiply"(%358, %359) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %361 = "stablehlo.broadcast_in_dim"(%arg24) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %362 = "stablehlo.add"(%360, %361) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %363 = "stablehlo.dot_general"(%362, %arg25) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x32xf32>, tensor<32x64xf32>) -> tensor<1x1x64xf32>
    %364 = "stablehlo.broadcast_in_dim"(%arg26) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %365 = "stablehlo.add"(%363, %364) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %366 = "stablehlo.multiply"(%365, %365) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %367 = "stablehlo.multiply"(%366, %365) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %368 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %369 = "stablehlo.broadcast_in_dim"(%368) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %370 = "stablehlo.multiply"(%369, %367) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %371 = "stablehlo.add"(%365, %370) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %372 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %373 = "stablehlo.broadcast_in_dim"(%372) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %374 = "stablehlo.multiply"(%373, %371) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %375 = "stablehlo.tanh"(%374) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %376 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %377 = "stablehlo.broadcast_in_dim"(%376) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %378 = "stablehlo.add"(%377, %375) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %379 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %380 = "stablehlo.broadcast_in_dim"(%379) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %381 = "stablehlo.multiply"(%380, %378) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %382 = "stablehlo.multiply"(%365, %381) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %383 = "stablehlo.dot_general"(%382, %arg27) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x32xf32>) -> tensor<1x1x32xf32>
    %384 = "stablehlo.broadcast_in_dim"(%arg28) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %385 = "stablehlo.add"(%383, %384) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %386 = "stablehlo.add"(%335, %385) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %387 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %388 = "stablehlo.reduce"(%386, %387) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg50: tensor<f32>, %arg51: tensor<f32>):
      %478 = "stablehlo.add"(%arg50, %arg51) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%478) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %389 = "stablehlo.broadcast_in_dim"(%388) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %390 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %391 = "stablehlo.broadcast_in_dim"(%390) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %392 = "stablehlo.divide"(%389, %391) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %393 = "stablehlo.broadcast_in_dim"(%392) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %394 = "stablehlo.subtract"(%386, %393) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %395 = "chlo.square"(%394) : (tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %396 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %397 = "stablehlo.reduce"(%395, %396) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg48: tensor<f32>, %arg49: tensor<f32>):
      %477 = "stablehlo.add"(%arg48, %arg49) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%477) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %398 = "stablehlo.broadcast_in_dim"(%397) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %399 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %400 = "stablehlo.broadcast_in_dim"(%399) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %401 = "stablehlo.divide"(%398, %400) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %402 = "stablehlo.broadcast_in_dim"(%392) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %403 = "stablehlo.subtract"(%386, %402) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %404 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %405 = "stablehlo.broadcast_in_dim"(%404) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
    %406 = "stablehlo.add"(%401, %405) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %407 = "stablehlo.rsqrt"(%406) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %408 = "stablehlo.broadcast_in_dim"(%407) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %409 = "stablehlo.multiply"(%403, %408) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %410 = "stablehlo.broadcast_in_dim"(%arg29) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %411 = "stablehlo.multiply"(%409, %410) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %412 = "stablehlo.broadcast_in_dim"(%arg30) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %413 = "stablehlo.add"(%411, %412) : (tensor<1x1x32xf32>, tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %414 = "stablehlo.dot_general"(%413, %arg31) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %415 = "stablehlo.reshape"(%414) : (tensor<1x1x32xf32>) -> tensor<1x32xf32>
    %416 = "stablehlo.constant"() <{value = dense<8.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %417 = "stablehlo.broadcast_in_dim"(%416) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x32xf32>
    %418 = "stablehlo.divide"(%415, %417) : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %419 = "stablehlo.negate"(%418) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %420 = "func.call"(%419) <{callee = @sort}> : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %421 = "stablehlo.negate"(%420) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %422 = "stablehlo.slice"(%421) <{limit_indices = array<i64: 1, 8>, start_indices = array<i64: 0, 7>, strides = array<i64: 1, 1>}> : (tensor<1x32xf32>) -> tensor<1x1xf32>
    %423 = "stablehlo.broadcast_in_dim"(%422) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %424 = "stablehlo.compare"(%418, %423) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xi1>
    %425 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %426 = "func.call"(%424, %425, %418) <{callee = @_where_0}> : (tensor<1x32xi1>, tensor<f32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %427 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x32xi32>
    %428 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %429 = "stablehlo.broadcast_in_dim"(%428) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x32xi32>
    %430 = "stablehlo.compare"(%427, %429) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x32xi32>, tensor<1x32xi32>) -> tensor<1x32xi1>
    %431 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %432 = "func.call"(%430, %421, %431) <{callee = @_where_1}> : (tensor<1x32xi1>, tensor<1x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %433 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %434 = "stablehlo.reduce"(%432, %433) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg46: tensor<f32>, %arg47: tensor<f32>):
      %476 = "stablehlo.maximum"(%arg46, %arg47) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%476) : (tensor<f32>) -> ()
    }) : (tensor<1x32xf32>, tensor<f32>) -> tensor<1xf32>
    %435 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %436 = "stablehlo.broadcast_in_dim"(%435) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %437 = "stablehlo.maximum"(%436, %434) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %438 = "stablehlo.broadcast_in_dim"(%437) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %439 = "stablehlo.broadcast_in_dim"(%438) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %440 = "stablehlo.subtract"(%432, %439) : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %441 = "stablehlo.exponential"(%440) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %442 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %443 = "stablehlo.reduce"(%441, %442) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg44: tensor<f32>, %arg45: tensor<f32>):
      %475 = "stablehlo.add"(%arg44, %arg45) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%475) : (tensor<f32>) -> ()
    }) : (tensor<1x32xf32>, tensor<f32>) -> tensor<1xf32>
    %444 = "stablehlo.broadcast_in_dim"(%443) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %445 = "stablehlo.broadcast_in_dim"(%444) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %446 = "stablehlo.divide"(%441, %445) : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %447 = "func.call"(%446) <{callee = @cumsum}> : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %448 = "stablehlo.subtract"(%447, %446) : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %449 = "stablehlo.constant"() <{value = dense<0.899999976> : tensor<f32>}> : () -> tensor<f32>
    %450 = "stablehlo.broadcast_in_dim"(%449) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x32xf32>
    %451 = "stablehlo.compare"(%448, %450) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xi1>
    %452 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %453 = "func.call"(%451, %432, %452) <{callee = @_where_1}> : (tensor<1x32xi1>, tensor<1x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %454 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %455 = "stablehlo.reduce"(%453, %454) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg42: tensor<f32>, %arg43: tensor<f32>):
      %474 = "stablehlo.minimum"(%arg42, %arg43) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%474) : (tensor<f32>) -> ()
    }) : (tensor<1x32xf32>, tensor<f32>) -> tensor<1xf32>
    %456 = "stablehlo.broadcast_in_dim"(%455) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %457 = "stablehlo.broadcast_in_dim"(%456) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %458 = "stablehlo.compare"(%426, %457) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xi1>
    %459 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %460 = "func.call"(%458, %459, %426) <{callee = @_where_0}> : (tensor<1x32xi1>, tensor<f32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %461 = "func.call"(%10) <{callee = @_gumbel}> : (tensor<2xui32>) -> tensor<1x32xf32>
    %462 = "stablehlo.add"(%461, %460) : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %463 = "func.call"(%462) <{callee = @argmax}> : (tensor<1x32xf32>) -> tensor<1xi32>
    %464 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %465 = "stablehlo.add"(%arg32, %464) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %466 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %467 = "stablehlo.compare"(%465, %466) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %468 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %469 = "stablehlo.add"(%465, %468) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %470 = "stablehlo.select"(%467, %469, %465) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %471 = "stablehlo.convert"(%470) : (tensor<i32>) -> tensor<i32>
    %472 = "stablehlo.broadcast_in_dim"(%471) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %473 = "stablehlo.scatter"(%arg33, %472, %463) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg40: tensor<i32>, %arg41: tensor<i32>):
      "stablehlo.return"(%arg41) : (tensor<i32>) -> ()
    }) : (tensor<1x16xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<1x16xi32>
    "func.return"(%5, %473, %463, %97, %128, %275, %306, %8) : (tensor<i32>, tensor<1x16xi32>, tensor<1xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x1x1x16xi1>, tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>, res_attrs = [{}], sym_name = "_where_6", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<1x1x1x16xi1>, %arg1: tensor<1x2x1x16xf32>, %arg2: tensor<f32>):
    %0 = "stablehlo.convert"(%arg2) : (tensor<f32>) -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xi1>) -> tensor<1x2x1x16xi1>
    %2 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x1x16xf32>
    %3 = "stablehlo.select"(%1, %arg1, %2) : (tensor<1x2x1x16xi1>, tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    "func.return"(%3) : (tensor<1x2x1x16xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
