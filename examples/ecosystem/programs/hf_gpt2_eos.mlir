"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<64x97xf32>, tensor<192xf32>, tensor<192x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256xf32>, tensor<256x64xf32>, tensor<64xf32>, tensor<64x256xf32>, tensor<192xf32>, tensor<192x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256xf32>, tensor<256x64xf32>, tensor<64xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<97x64xf32>, tensor<1x4xi32>) -> tensor<1x16xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg287: tensor<64x97xf32>, %arg288: tensor<192xf32>, %arg289: tensor<192x64xf32>, %arg290: tensor<64xf32>, %arg291: tensor<64x64xf32>, %arg292: tensor<64xf32>, %arg293: tensor<64xf32>, %arg294: tensor<64xf32>, %arg295: tensor<64xf32>, %arg296: tensor<256xf32>, %arg297: tensor<256x64xf32>, %arg298: tensor<64xf32>, %arg299: tensor<64x256xf32>, %arg300: tensor<192xf32>, %arg301: tensor<192x64xf32>, %arg302: tensor<64xf32>, %arg303: tensor<64x64xf32>, %arg304: tensor<64xf32>, %arg305: tensor<64xf32>, %arg306: tensor<64xf32>, %arg307: tensor<64xf32>, %arg308: tensor<256xf32>, %arg309: tensor<256x64xf32>, %arg310: tensor<64xf32>, %arg311: tensor<64x256xf32>, %arg312: tensor<64xf32>, %arg313: tensor<64xf32>, %arg314: tensor<64x64xf32>, %arg315: tensor<97x64xf32>, %arg316: tensor<1x4xi32>):
    %964 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %965 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %966 = "stablehlo.shift_right_logical"(%964, %965) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %967 = "stablehlo.convert"(%966) : (tensor<i32>) -> tensor<ui32>
    %968 = "stablehlo.broadcast_in_dim"(%967) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %969 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %970 = "stablehlo.and"(%964, %969) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %971 = "stablehlo.convert"(%970) : (tensor<i32>) -> tensor<ui32>
    %972 = "stablehlo.broadcast_in_dim"(%971) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %973 = "stablehlo.concatenate"(%968, %972) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %974 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %975 = "stablehlo.broadcast_in_dim"(%974) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %976 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %977 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %978 = "stablehlo.dynamic_update_slice"(%975, %arg316, %976, %977) : (tensor<1x16xi32>, tensor<1x4xi32>, tensor<i32>, tensor<i32>) -> tensor<1x16xi32>
    %979 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %980 = "stablehlo.broadcast_in_dim"(%979) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1xi1>
    %981 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %982 = "stablehlo.broadcast_in_dim"(%981) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %983 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %984 = "stablehlo.broadcast_in_dim"(%983) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %985 = "func.call"(%982) <{callee = @atleast_2d}> : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %986 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
    %987 = "stablehlo.broadcast_in_dim"(%986) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi32>) -> tensor<1x16xi32>
    %988 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %989 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %990 = "stablehlo.shift_right_logical"(%988, %989) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %991 = "stablehlo.convert"(%990) : (tensor<i32>) -> tensor<ui32>
    %992 = "stablehlo.broadcast_in_dim"(%991) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %993 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %994 = "stablehlo.and"(%988, %993) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %995 = "stablehlo.convert"(%994) : (tensor<i32>) -> tensor<ui32>
    %996 = "stablehlo.broadcast_in_dim"(%995) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %997 = "stablehlo.concatenate"(%992, %996) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %998 = "stablehlo.convert"(%982) : (tensor<1x16xf32>) -> tensor<1x16xi32>
    %999 = "stablehlo.constant"() <{value = dense<2025011123> : tensor<ui32>}> : () -> tensor<ui32>
    %1000 = "func.call"(%997, %999) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1001 = "func.call"(%1000) <{callee = @_normal}> : (tensor<2xui32>) -> tensor<97x64xf32>
    %1002 = "stablehlo.constant"() <{value = dense<3.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1003 = "stablehlo.broadcast_in_dim"(%1002) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<97x64xf32>
    %1004 = "stablehlo.multiply"(%1001, %1003) : (tensor<97x64xf32>, tensor<97x64xf32>) -> tensor<97x64xf32>
    %1005 = "func.call"(%1004, %998) <{callee = @_take}> : (tensor<97x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %1006 = "stablehlo.constant"() <{value = dense<159409637> : tensor<ui32>}> : () -> tensor<ui32>
    %1007 = "func.call"(%997, %1006) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1008 = "func.call"(%1007) <{callee = @_normal_2}> : (tensor<2xui32>) -> tensor<64x64xf32>
    %1009 = "stablehlo.constant"() <{value = dense<3.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1010 = "stablehlo.broadcast_in_dim"(%1009) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x64xf32>
    %1011 = "stablehlo.multiply"(%1008, %1010) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    %1012 = "func.call"(%1011, %987) <{callee = @_take_7}> : (tensor<64x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %1013 = "stablehlo.add"(%1005, %1012) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1014 = "chlo.square"(%1013) : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1015 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1016 = "stablehlo.reduce"(%1013, %1015) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg491: tensor<f32>, %arg492: tensor<f32>):
      %2562 = "stablehlo.add"(%arg491, %arg492) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2562) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1017 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1018 = "stablehlo.broadcast_in_dim"(%1017) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1019 = "stablehlo.divide"(%1016, %1018) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1020 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1021 = "stablehlo.reduce"(%1014, %1020) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg489: tensor<f32>, %arg490: tensor<f32>):
      %2561 = "stablehlo.add"(%arg489, %arg490) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2561) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1022 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1023 = "stablehlo.broadcast_in_dim"(%1022) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1024 = "stablehlo.divide"(%1021, %1023) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1025 = "chlo.square"(%1019) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %1026 = "stablehlo.subtract"(%1024, %1025) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1027 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1028 = "stablehlo.broadcast_in_dim"(%1027) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1029 = "stablehlo.maximum"(%1028, %1026) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1030 = "stablehlo.broadcast_in_dim"(%1019) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1031 = "stablehlo.broadcast_in_dim"(%1029) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1032 = "stablehlo.broadcast_in_dim"(%1030) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1033 = "stablehlo.subtract"(%1013, %1032) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1034 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1035 = "stablehlo.broadcast_in_dim"(%1034) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %1036 = "stablehlo.add"(%1031, %1035) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1037 = "stablehlo.rsqrt"(%1036) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1038 = "stablehlo.constant"() <{value = dense<2935701187> : tensor<ui32>}> : () -> tensor<ui32>
    %1039 = "func.call"(%997, %1038) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1040 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1041 = "stablehlo.broadcast_in_dim"(%1040) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1042 = "stablehlo.reshape"(%1041) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1043 = "stablehlo.broadcast_in_dim"(%1037) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1044 = "stablehlo.broadcast_in_dim"(%1042) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1045 = "stablehlo.multiply"(%1043, %1044) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1046 = "stablehlo.multiply"(%1033, %1045) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1047 = "stablehlo.constant"() <{value = dense<2700756533> : tensor<ui32>}> : () -> tensor<ui32>
    %1048 = "func.call"(%997, %1047) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1049 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1050 = "stablehlo.broadcast_in_dim"(%1049) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1051 = "stablehlo.reshape"(%1050) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1052 = "stablehlo.broadcast_in_dim"(%1051) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1053 = "stablehlo.add"(%1046, %1052) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1054 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1055 = "stablehlo.broadcast_in_dim"(%1054) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x64xi1>
    %1056 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64xi32>
    %1057 = "stablehlo.broadcast_in_dim"(%1056) <{broadcast_dimensions = array<i64: 1>}> : (tensor<64xi32>) -> tensor<1x64xi32>
    %1058 = "stablehlo.broadcast_in_dim"(%1057) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xi32>) -> tensor<1x64x1xi32>
    %1059 = "stablehlo.broadcast_in_dim"(%1057) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x64xi32>) -> tensor<1x1x64xi32>
    %1060 = "stablehlo.broadcast_in_dim"(%1058) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xi32>) -> tensor<1x64x64xi32>
    %1061 = "stablehlo.broadcast_in_dim"(%1059) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xi32>) -> tensor<1x64x64xi32>
    %1062 = "stablehlo.compare"(%1060, %1061) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x64x64xi32>, tensor<1x64x64xi32>) -> tensor<1x64x64xi1>
    %1063 = "stablehlo.broadcast_in_dim"(%1062) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x64x64xi1>) -> tensor<1x1x64x64xi1>
    %1064 = "stablehlo.constant"() <{value = dense<2430065622> : tensor<ui32>}> : () -> tensor<ui32>
    %1065 = "func.call"(%997, %1064) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1066 = "func.call"(%1065) <{callee = @_normal_8}> : (tensor<2xui32>) -> tensor<192x64xf32>
    %1067 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1068 = "stablehlo.broadcast_in_dim"(%1067) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<192x64xf32>
    %1069 = "stablehlo.multiply"(%1066, %1068) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    %1070 = "stablehlo.transpose"(%1069) <{permutation = array<i64: 1, 0>}> : (tensor<192x64xf32>) -> tensor<64x192xf32>
    %1071 = "stablehlo.dot_general"(%1053, %1070) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x192xf32>) -> tensor<1x16x192xf32>
    %1072 = "stablehlo.constant"() <{value = dense<2741499576> : tensor<ui32>}> : () -> tensor<ui32>
    %1073 = "func.call"(%997, %1072) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1074 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1075 = "stablehlo.broadcast_in_dim"(%1074) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<192xf32>
    %1076 = "stablehlo.broadcast_in_dim"(%1075) <{broadcast_dimensions = array<i64: 2>}> : (tensor<192xf32>) -> tensor<1x1x192xf32>
    %1077 = "stablehlo.broadcast_in_dim"(%1076) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x192xf32>) -> tensor<1x16x192xf32>
    %1078 = "stablehlo.add"(%1071, %1077) : (tensor<1x16x192xf32>, tensor<1x16x192xf32>) -> tensor<1x16x192xf32>
    %1079 = "stablehlo.slice"(%1078) <{limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<1x16x192xf32>) -> tensor<1x16x64xf32>
    %1080 = "stablehlo.slice"(%1078) <{limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<1x16x192xf32>) -> tensor<1x16x64xf32>
    %1081 = "stablehlo.slice"(%1078) <{limit_indices = array<i64: 1, 16, 192>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<1x16x192xf32>) -> tensor<1x16x64xf32>
    %1082 = "stablehlo.reshape"(%1079) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %1083 = "stablehlo.reshape"(%1080) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %1084 = "stablehlo.reshape"(%1081) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %1085 = "stablehlo.slice"(%1063) <{limit_indices = array<i64: 1, 1, 16, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x64x64xi1>) -> tensor<1x1x16x16xi1>
    %1086 = "stablehlo.broadcast_in_dim"(%984) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<1x16xf32>) -> tensor<1x1x1x16xf32>
    %1087 = "stablehlo.broadcast_in_dim"(%1086) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x1x16x16xf32>
    %1088 = "stablehlo.convert"(%1085) : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xf32>
    %1089 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1090 = "stablehlo.broadcast_in_dim"(%1089) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1091 = "stablehlo.compare"(%1087, %1090) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %1092 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1093 = "stablehlo.broadcast_in_dim"(%1092) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1094 = "stablehlo.compare"(%1088, %1093) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %1095 = "stablehlo.and"(%1091, %1094) : (tensor<1x1x16x16xi1>, tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xi1>
    %1096 = "stablehlo.convert"(%1095) : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xf32>
    %1097 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1098 = "stablehlo.broadcast_in_dim"(%1097) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x4x16xf32>
    %1099 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1100 = "stablehlo.broadcast_in_dim"(%1099) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x4x16xf32>
    %1101 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1102 = "stablehlo.broadcast_in_dim"(%1101) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1103 = "stablehlo.compare"(%1096, %1102) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %1104 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1105 = "stablehlo.broadcast_in_dim"(%1104) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1106 = "stablehlo.convert"(%1105) : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %1107 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %1108 = "stablehlo.broadcast_in_dim"(%1107) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1109 = "stablehlo.select"(%1103, %1106, %1108) : (tensor<1x1x16x16xi1>, tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %1110 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1111 = "stablehlo.sqrt"(%1110) : (tensor<f32>) -> tensor<f32>
    %1112 = "stablehlo.convert"(%1111) : (tensor<f32>) -> tensor<f32>
    %1113 = "stablehlo.broadcast_in_dim"(%1112) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x4x16xf32>
    %1114 = "stablehlo.divide"(%1082, %1113) : (tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x16x4x16xf32>
    %1115 = "stablehlo.dot_general"(%1114, %1083) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %1116 = "stablehlo.broadcast_in_dim"(%1109) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1117 = "stablehlo.add"(%1115, %1116) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1118 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1119 = "stablehlo.reduce"(%1117, %1118) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg487: tensor<f32>, %arg488: tensor<f32>):
      %2560 = "stablehlo.maximum"(%arg487, %arg488) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2560) : (tensor<f32>) -> ()
    }) : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %1120 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1121 = "stablehlo.broadcast_in_dim"(%1120) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x16xf32>
    %1122 = "stablehlo.maximum"(%1121, %1119) : (tensor<1x4x16xf32>, tensor<1x4x16xf32>) -> tensor<1x4x16xf32>
    %1123 = "stablehlo.broadcast_in_dim"(%1122) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %1124 = "stablehlo.broadcast_in_dim"(%1123) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %1125 = "stablehlo.subtract"(%1117, %1124) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1126 = "stablehlo.exponential"(%1125) : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1127 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1128 = "stablehlo.reduce"(%1126, %1127) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg485: tensor<f32>, %arg486: tensor<f32>):
      %2559 = "stablehlo.add"(%arg485, %arg486) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2559) : (tensor<f32>) -> ()
    }) : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %1129 = "stablehlo.broadcast_in_dim"(%1128) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %1130 = "stablehlo.broadcast_in_dim"(%1129) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %1131 = "stablehlo.divide"(%1126, %1130) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1132 = "stablehlo.dot_general"(%1084, %1131) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1133 = "stablehlo.transpose"(%1132) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x4x16x16xf32>) -> tensor<1x16x4x16xf32>
    %1134 = "stablehlo.reshape"(%1133) : (tensor<1x16x4x16xf32>) -> tensor<1x16x64xf32>
    %1135 = "stablehlo.constant"() <{value = dense<637396850> : tensor<ui32>}> : () -> tensor<ui32>
    %1136 = "func.call"(%997, %1135) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1137 = "func.call"(%1136) <{callee = @_normal_2}> : (tensor<2xui32>) -> tensor<64x64xf32>
    %1138 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1139 = "stablehlo.broadcast_in_dim"(%1138) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x64xf32>
    %1140 = "stablehlo.multiply"(%1137, %1139) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    %1141 = "stablehlo.transpose"(%1140) <{permutation = array<i64: 1, 0>}> : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %1142 = "stablehlo.dot_general"(%1134, %1141) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x64xf32>) -> tensor<1x16x64xf32>
    %1143 = "stablehlo.constant"() <{value = dense<3655871287> : tensor<ui32>}> : () -> tensor<ui32>
    %1144 = "func.call"(%997, %1143) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1145 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1146 = "stablehlo.broadcast_in_dim"(%1145) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1147 = "stablehlo.broadcast_in_dim"(%1146) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1148 = "stablehlo.broadcast_in_dim"(%1147) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1149 = "stablehlo.add"(%1142, %1148) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1150 = "stablehlo.add"(%1149, %1013) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1151 = "chlo.square"(%1150) : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1152 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1153 = "stablehlo.reduce"(%1150, %1152) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg483: tensor<f32>, %arg484: tensor<f32>):
      %2558 = "stablehlo.add"(%arg483, %arg484) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2558) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1154 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1155 = "stablehlo.broadcast_in_dim"(%1154) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1156 = "stablehlo.divide"(%1153, %1155) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1157 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1158 = "stablehlo.reduce"(%1151, %1157) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg481: tensor<f32>, %arg482: tensor<f32>):
      %2557 = "stablehlo.add"(%arg481, %arg482) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2557) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1159 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1160 = "stablehlo.broadcast_in_dim"(%1159) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1161 = "stablehlo.divide"(%1158, %1160) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1162 = "chlo.square"(%1156) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %1163 = "stablehlo.subtract"(%1161, %1162) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1164 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1165 = "stablehlo.broadcast_in_dim"(%1164) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1166 = "stablehlo.maximum"(%1165, %1163) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1167 = "stablehlo.broadcast_in_dim"(%1156) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1168 = "stablehlo.broadcast_in_dim"(%1166) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1169 = "stablehlo.broadcast_in_dim"(%1167) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1170 = "stablehlo.subtract"(%1150, %1169) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1171 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1172 = "stablehlo.broadcast_in_dim"(%1171) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %1173 = "stablehlo.add"(%1168, %1172) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1174 = "stablehlo.rsqrt"(%1173) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1175 = "stablehlo.constant"() <{value = dense<28233567> : tensor<ui32>}> : () -> tensor<ui32>
    %1176 = "func.call"(%997, %1175) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1177 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1178 = "stablehlo.broadcast_in_dim"(%1177) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1179 = "stablehlo.reshape"(%1178) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1180 = "stablehlo.broadcast_in_dim"(%1174) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1181 = "stablehlo.broadcast_in_dim"(%1179) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1182 = "stablehlo.multiply"(%1180, %1181) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1183 = "stablehlo.multiply"(%1170, %1182) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1184 = "stablehlo.constant"() <{value = dense<178730832> : tensor<ui32>}> : () -> tensor<ui32>
    %1185 = "func.call"(%997, %1184) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1186 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1187 = "stablehlo.broadcast_in_dim"(%1186) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1188 = "stablehlo.reshape"(%1187) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1189 = "stablehlo.broadcast_in_dim"(%1188) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1190 = "stablehlo.add"(%1183, %1189) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1191 = "stablehlo.constant"() <{value = dense<802642106> : tensor<ui32>}> : () -> tensor<ui32>
    %1192 = "func.call"(%997, %1191) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1193 = "func.call"(%1192) <{callee = @_normal_13}> : (tensor<2xui32>) -> tensor<256x64xf32>
    %1194 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1195 = "stablehlo.broadcast_in_dim"(%1194) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<256x64xf32>
    %1196 = "stablehlo.multiply"(%1193, %1195) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %1197 = "stablehlo.transpose"(%1196) <{permutation = array<i64: 1, 0>}> : (tensor<256x64xf32>) -> tensor<64x256xf32>
    %1198 = "stablehlo.dot_general"(%1190, %1197) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x256xf32>) -> tensor<1x16x256xf32>
    %1199 = "stablehlo.constant"() <{value = dense<3187110288> : tensor<ui32>}> : () -> tensor<ui32>
    %1200 = "func.call"(%997, %1199) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1201 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1202 = "stablehlo.broadcast_in_dim"(%1201) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<256xf32>
    %1203 = "stablehlo.broadcast_in_dim"(%1202) <{broadcast_dimensions = array<i64: 2>}> : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %1204 = "stablehlo.broadcast_in_dim"(%1203) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x256xf32>) -> tensor<1x16x256xf32>
    %1205 = "stablehlo.add"(%1198, %1204) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1206 = "stablehlo.multiply"(%1205, %1205) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1207 = "stablehlo.multiply"(%1206, %1205) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1208 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %1209 = "stablehlo.broadcast_in_dim"(%1208) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x256xf32>
    %1210 = "stablehlo.multiply"(%1209, %1207) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1211 = "stablehlo.add"(%1205, %1210) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1212 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %1213 = "stablehlo.broadcast_in_dim"(%1212) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x256xf32>
    %1214 = "stablehlo.multiply"(%1213, %1211) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1215 = "stablehlo.tanh"(%1214) : (tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1216 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1217 = "stablehlo.broadcast_in_dim"(%1216) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x256xf32>
    %1218 = "stablehlo.add"(%1217, %1215) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1219 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1220 = "stablehlo.broadcast_in_dim"(%1219) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x256xf32>
    %1221 = "stablehlo.multiply"(%1220, %1218) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1222 = "stablehlo.multiply"(%1205, %1221) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1223 = "stablehlo.constant"() <{value = dense<127538014> : tensor<ui32>}> : () -> tensor<ui32>
    %1224 = "func.call"(%997, %1223) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1225 = "func.call"(%1224) <{callee = @_normal_18}> : (tensor<2xui32>) -> tensor<64x256xf32>
    %1226 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1227 = "stablehlo.broadcast_in_dim"(%1226) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x256xf32>
    %1228 = "stablehlo.multiply"(%1225, %1227) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    %1229 = "stablehlo.transpose"(%1228) <{permutation = array<i64: 1, 0>}> : (tensor<64x256xf32>) -> tensor<256x64xf32>
    %1230 = "stablehlo.dot_general"(%1222, %1229) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x256xf32>, tensor<256x64xf32>) -> tensor<1x16x64xf32>
    %1231 = "stablehlo.constant"() <{value = dense<1294592440> : tensor<ui32>}> : () -> tensor<ui32>
    %1232 = "func.call"(%997, %1231) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1233 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1234 = "stablehlo.broadcast_in_dim"(%1233) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1235 = "stablehlo.broadcast_in_dim"(%1234) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1236 = "stablehlo.broadcast_in_dim"(%1235) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1237 = "stablehlo.add"(%1230, %1236) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1238 = "stablehlo.add"(%1150, %1237) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1239 = "chlo.square"(%1238) : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1240 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1241 = "stablehlo.reduce"(%1238, %1240) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg479: tensor<f32>, %arg480: tensor<f32>):
      %2556 = "stablehlo.add"(%arg479, %arg480) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2556) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1242 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1243 = "stablehlo.broadcast_in_dim"(%1242) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1244 = "stablehlo.divide"(%1241, %1243) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1245 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1246 = "stablehlo.reduce"(%1239, %1245) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg477: tensor<f32>, %arg478: tensor<f32>):
      %2555 = "stablehlo.add"(%arg477, %arg478) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2555) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1247 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1248 = "stablehlo.broadcast_in_dim"(%1247) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1249 = "stablehlo.divide"(%1246, %1248) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1250 = "chlo.square"(%1244) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %1251 = "stablehlo.subtract"(%1249, %1250) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1252 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1253 = "stablehlo.broadcast_in_dim"(%1252) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1254 = "stablehlo.maximum"(%1253, %1251) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1255 = "stablehlo.broadcast_in_dim"(%1244) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1256 = "stablehlo.broadcast_in_dim"(%1254) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1257 = "stablehlo.broadcast_in_dim"(%1255) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1258 = "stablehlo.subtract"(%1238, %1257) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1259 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1260 = "stablehlo.broadcast_in_dim"(%1259) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %1261 = "stablehlo.add"(%1256, %1260) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1262 = "stablehlo.rsqrt"(%1261) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1263 = "stablehlo.constant"() <{value = dense<3441661193> : tensor<ui32>}> : () -> tensor<ui32>
    %1264 = "func.call"(%997, %1263) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1265 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1266 = "stablehlo.broadcast_in_dim"(%1265) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1267 = "stablehlo.reshape"(%1266) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1268 = "stablehlo.broadcast_in_dim"(%1262) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1269 = "stablehlo.broadcast_in_dim"(%1267) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1270 = "stablehlo.multiply"(%1268, %1269) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1271 = "stablehlo.multiply"(%1258, %1270) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1272 = "stablehlo.constant"() <{value = dense<3595673807> : tensor<ui32>}> : () -> tensor<ui32>
    %1273 = "func.call"(%997, %1272) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1274 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1275 = "stablehlo.broadcast_in_dim"(%1274) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1276 = "stablehlo.reshape"(%1275) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1277 = "stablehlo.broadcast_in_dim"(%1276) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1278 = "stablehlo.add"(%1271, %1277) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1279 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1280 = "stablehlo.broadcast_in_dim"(%1279) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x64xi1>
    %1281 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64xi32>
    %1282 = "stablehlo.broadcast_in_dim"(%1281) <{broadcast_dimensions = array<i64: 1>}> : (tensor<64xi32>) -> tensor<1x64xi32>
    %1283 = "stablehlo.broadcast_in_dim"(%1282) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xi32>) -> tensor<1x64x1xi32>
    %1284 = "stablehlo.broadcast_in_dim"(%1282) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x64xi32>) -> tensor<1x1x64xi32>
    %1285 = "stablehlo.broadcast_in_dim"(%1283) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xi32>) -> tensor<1x64x64xi32>
    %1286 = "stablehlo.broadcast_in_dim"(%1284) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xi32>) -> tensor<1x64x64xi32>
    %1287 = "stablehlo.compare"(%1285, %1286) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x64x64xi32>, tensor<1x64x64xi32>) -> tensor<1x64x64xi1>
    %1288 = "stablehlo.broadcast_in_dim"(%1287) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x64x64xi1>) -> tensor<1x1x64x64xi1>
    %1289 = "stablehlo.constant"() <{value = dense<2188914395> : tensor<ui32>}> : () -> tensor<ui32>
    %1290 = "func.call"(%997, %1289) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1291 = "func.call"(%1290) <{callee = @_normal_8}> : (tensor<2xui32>) -> tensor<192x64xf32>
    %1292 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1293 = "stablehlo.broadcast_in_dim"(%1292) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<192x64xf32>
    %1294 = "stablehlo.multiply"(%1291, %1293) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    %1295 = "stablehlo.transpose"(%1294) <{permutation = array<i64: 1, 0>}> : (tensor<192x64xf32>) -> tensor<64x192xf32>
    %1296 = "stablehlo.dot_general"(%1278, %1295) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x192xf32>) -> tensor<1x16x192xf32>
    %1297 = "stablehlo.constant"() <{value = dense<2189849032> : tensor<ui32>}> : () -> tensor<ui32>
    %1298 = "func.call"(%997, %1297) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1299 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1300 = "stablehlo.broadcast_in_dim"(%1299) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<192xf32>
    %1301 = "stablehlo.broadcast_in_dim"(%1300) <{broadcast_dimensions = array<i64: 2>}> : (tensor<192xf32>) -> tensor<1x1x192xf32>
    %1302 = "stablehlo.broadcast_in_dim"(%1301) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x192xf32>) -> tensor<1x16x192xf32>
    %1303 = "stablehlo.add"(%1296, %1302) : (tensor<1x16x192xf32>, tensor<1x16x192xf32>) -> tensor<1x16x192xf32>
    %1304 = "stablehlo.slice"(%1303) <{limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<1x16x192xf32>) -> tensor<1x16x64xf32>
    %1305 = "stablehlo.slice"(%1303) <{limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<1x16x192xf32>) -> tensor<1x16x64xf32>
    %1306 = "stablehlo.slice"(%1303) <{limit_indices = array<i64: 1, 16, 192>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<1x16x192xf32>) -> tensor<1x16x64xf32>
    %1307 = "stablehlo.reshape"(%1304) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %1308 = "stablehlo.reshape"(%1305) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %1309 = "stablehlo.reshape"(%1306) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %1310 = "stablehlo.slice"(%1288) <{limit_indices = array<i64: 1, 1, 16, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x64x64xi1>) -> tensor<1x1x16x16xi1>
    %1311 = "stablehlo.broadcast_in_dim"(%984) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<1x16xf32>) -> tensor<1x1x1x16xf32>
    %1312 = "stablehlo.broadcast_in_dim"(%1311) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x1x16x16xf32>
    %1313 = "stablehlo.convert"(%1310) : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xf32>
    %1314 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1315 = "stablehlo.broadcast_in_dim"(%1314) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1316 = "stablehlo.compare"(%1312, %1315) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %1317 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1318 = "stablehlo.broadcast_in_dim"(%1317) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1319 = "stablehlo.compare"(%1313, %1318) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %1320 = "stablehlo.and"(%1316, %1319) : (tensor<1x1x16x16xi1>, tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xi1>
    %1321 = "stablehlo.convert"(%1320) : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xf32>
    %1322 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1323 = "stablehlo.broadcast_in_dim"(%1322) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x4x16xf32>
    %1324 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1325 = "stablehlo.broadcast_in_dim"(%1324) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x4x16xf32>
    %1326 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1327 = "stablehlo.broadcast_in_dim"(%1326) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1328 = "stablehlo.compare"(%1321, %1327) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %1329 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1330 = "stablehlo.broadcast_in_dim"(%1329) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1331 = "stablehlo.convert"(%1330) : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %1332 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %1333 = "stablehlo.broadcast_in_dim"(%1332) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1334 = "stablehlo.select"(%1328, %1331, %1333) : (tensor<1x1x16x16xi1>, tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %1335 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1336 = "stablehlo.sqrt"(%1335) : (tensor<f32>) -> tensor<f32>
    %1337 = "stablehlo.convert"(%1336) : (tensor<f32>) -> tensor<f32>
    %1338 = "stablehlo.broadcast_in_dim"(%1337) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x4x16xf32>
    %1339 = "stablehlo.divide"(%1307, %1338) : (tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x16x4x16xf32>
    %1340 = "stablehlo.dot_general"(%1339, %1308) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %1341 = "stablehlo.broadcast_in_dim"(%1334) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1342 = "stablehlo.add"(%1340, %1341) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1343 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1344 = "stablehlo.reduce"(%1342, %1343) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg475: tensor<f32>, %arg476: tensor<f32>):
      %2554 = "stablehlo.maximum"(%arg475, %arg476) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2554) : (tensor<f32>) -> ()
    }) : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %1345 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1346 = "stablehlo.broadcast_in_dim"(%1345) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x16xf32>
    %1347 = "stablehlo.maximum"(%1346, %1344) : (tensor<1x4x16xf32>, tensor<1x4x16xf32>) -> tensor<1x4x16xf32>
    %1348 = "stablehlo.broadcast_in_dim"(%1347) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %1349 = "stablehlo.broadcast_in_dim"(%1348) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %1350 = "stablehlo.subtract"(%1342, %1349) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1351 = "stablehlo.exponential"(%1350) : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1352 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1353 = "stablehlo.reduce"(%1351, %1352) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg473: tensor<f32>, %arg474: tensor<f32>):
      %2553 = "stablehlo.add"(%arg473, %arg474) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2553) : (tensor<f32>) -> ()
    }) : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %1354 = "stablehlo.broadcast_in_dim"(%1353) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %1355 = "stablehlo.broadcast_in_dim"(%1354) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %1356 = "stablehlo.divide"(%1351, %1355) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1357 = "stablehlo.dot_general"(%1309, %1356) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1358 = "stablehlo.transpose"(%1357) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x4x16x16xf32>) -> tensor<1x16x4x16xf32>
    %1359 = "stablehlo.reshape"(%1358) : (tensor<1x16x4x16xf32>) -> tensor<1x16x64xf32>
    %1360 = "stablehlo.constant"() <{value = dense<2805308958> : tensor<ui32>}> : () -> tensor<ui32>
    %1361 = "func.call"(%997, %1360) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1362 = "func.call"(%1361) <{callee = @_normal_2}> : (tensor<2xui32>) -> tensor<64x64xf32>
    %1363 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1364 = "stablehlo.broadcast_in_dim"(%1363) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x64xf32>
    %1365 = "stablehlo.multiply"(%1362, %1364) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    %1366 = "stablehlo.transpose"(%1365) <{permutation = array<i64: 1, 0>}> : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %1367 = "stablehlo.dot_general"(%1359, %1366) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x64xf32>) -> tensor<1x16x64xf32>
    %1368 = "stablehlo.constant"() <{value = dense<203310434> : tensor<ui32>}> : () -> tensor<ui32>
    %1369 = "func.call"(%997, %1368) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1370 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1371 = "stablehlo.broadcast_in_dim"(%1370) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1372 = "stablehlo.broadcast_in_dim"(%1371) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1373 = "stablehlo.broadcast_in_dim"(%1372) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1374 = "stablehlo.add"(%1367, %1373) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1375 = "stablehlo.add"(%1374, %1238) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1376 = "chlo.square"(%1375) : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1377 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1378 = "stablehlo.reduce"(%1375, %1377) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg471: tensor<f32>, %arg472: tensor<f32>):
      %2552 = "stablehlo.add"(%arg471, %arg472) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2552) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1379 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1380 = "stablehlo.broadcast_in_dim"(%1379) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1381 = "stablehlo.divide"(%1378, %1380) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1382 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1383 = "stablehlo.reduce"(%1376, %1382) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg469: tensor<f32>, %arg470: tensor<f32>):
      %2551 = "stablehlo.add"(%arg469, %arg470) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2551) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1384 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1385 = "stablehlo.broadcast_in_dim"(%1384) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1386 = "stablehlo.divide"(%1383, %1385) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1387 = "chlo.square"(%1381) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %1388 = "stablehlo.subtract"(%1386, %1387) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1389 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1390 = "stablehlo.broadcast_in_dim"(%1389) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1391 = "stablehlo.maximum"(%1390, %1388) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1392 = "stablehlo.broadcast_in_dim"(%1381) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1393 = "stablehlo.broadcast_in_dim"(%1391) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1394 = "stablehlo.broadcast_in_dim"(%1392) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1395 = "stablehlo.subtract"(%1375, %1394) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1396 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1397 = "stablehlo.broadcast_in_dim"(%1396) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %1398 = "stablehlo.add"(%1393, %1397) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1399 = "stablehlo.rsqrt"(%1398) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1400 = "stablehlo.constant"() <{value = dense<250018773> : tensor<ui32>}> : () -> tensor<ui32>
    %1401 = "func.call"(%997, %1400) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1402 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1403 = "stablehlo.broadcast_in_dim"(%1402) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1404 = "stablehlo.reshape"(%1403) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1405 = "stablehlo.broadcast_in_dim"(%1399) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1406 = "stablehlo.broadcast_in_dim"(%1404) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1407 = "stablehlo.multiply"(%1405, %1406) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1408 = "stablehlo.multiply"(%1395, %1407) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1409 = "stablehlo.constant"() <{value = dense<2251315377> : tensor<ui32>}> : () -> tensor<ui32>
    %1410 = "func.call"(%997, %1409) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1411 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1412 = "stablehlo.broadcast_in_dim"(%1411) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1413 = "stablehlo.reshape"(%1412) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1414 = "stablehlo.broadcast_in_dim"(%1413) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1415 = "stablehlo.add"(%1408, %1414) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1416 = "stablehlo.constant"() <{value = dense<2870749611> : tensor<ui32>}> : () -> tensor<ui32>
    %1417 = "func.call"(%997, %1416) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1418 = "func.call"(%1417) <{callee = @_normal_13}> : (tensor<2xui32>) -> tensor<256x64xf32>
    %1419 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1420 = "stablehlo.broadcast_in_dim"(%1419) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<256x64xf32>
    %1421 = "stablehlo.multiply"(%1418, %1420) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %1422 = "stablehlo.transpose"(%1421) <{permutation = array<i64: 1, 0>}> : (tensor<256x64xf32>) -> tensor<64x256xf32>
    %1423 = "stablehlo.dot_general"(%1415, %1422) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x256xf32>) -> tensor<1x16x256xf32>
    %1424 = "stablehlo.constant"() <{value = dense<1829223428> : tensor<ui32>}> : () -> tensor<ui32>
    %1425 = "func.call"(%997, %1424) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1426 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1427 = "stablehlo.broadcast_in_dim"(%1426) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<256xf32>
    %1428 = "stablehlo.broadcast_in_dim"(%1427) <{broadcast_dimensions = array<i64: 2>}> : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %1429 = "stablehlo.broadcast_in_dim"(%1428) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x256xf32>) -> tensor<1x16x256xf32>
    %1430 = "stablehlo.add"(%1423, %1429) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1431 = "stablehlo.multiply"(%1430, %1430) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1432 = "stablehlo.multiply"(%1431, %1430) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1433 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %1434 = "stablehlo.broadcast_in_dim"(%1433) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x256xf32>
    %1435 = "stablehlo.multiply"(%1434, %1432) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1436 = "stablehlo.add"(%1430, %1435) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1437 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %1438 = "stablehlo.broadcast_in_dim"(%1437) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x256xf32>
    %1439 = "stablehlo.multiply"(%1438, %1436) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1440 = "stablehlo.tanh"(%1439) : (tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1441 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1442 = "stablehlo.broadcast_in_dim"(%1441) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x256xf32>
    %1443 = "stablehlo.add"(%1442, %1440) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1444 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1445 = "stablehlo.broadcast_in_dim"(%1444) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x256xf32>
    %1446 = "stablehlo.multiply"(%1445, %1443) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1447 = "stablehlo.multiply"(%1430, %1446) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1448 = "stablehlo.constant"() <{value = dense<997290576> : tensor<ui32>}> : () -> tensor<ui32>
    %1449 = "func.call"(%997, %1448) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1450 = "func.call"(%1449) <{callee = @_normal_18}> : (tensor<2xui32>) -> tensor<64x256xf32>
    %1451 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1452 = "stablehlo.broadcast_in_dim"(%1451) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x256xf32>
    %1453 = "stablehlo.multiply"(%1450, %1452) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    %1454 = "stablehlo.transpose"(%1453) <{permutation = array<i64: 1, 0>}> : (tensor<64x256xf32>) -> tensor<256x64xf32>
    %1455 = "stablehlo.dot_general"(%1447, %1454) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x256xf32>, tensor<256x64xf32>) -> tensor<1x16x64xf32>
    %1456 = "stablehlo.constant"() <{value = dense<211029637> : tensor<ui32>}> : () -> tensor<ui32>
    %1457 = "func.call"(%997, %1456) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1458 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1459 = "stablehlo.broadcast_in_dim"(%1458) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1460 = "stablehlo.broadcast_in_dim"(%1459) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1461 = "stablehlo.broadcast_in_dim"(%1460) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1462 = "stablehlo.add"(%1455, %1461) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1463 = "stablehlo.add"(%1375, %1462) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1464 = "chlo.square"(%1463) : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1465 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1466 = "stablehlo.reduce"(%1463, %1465) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg467: tensor<f32>, %arg468: tensor<f32>):
      %2550 = "stablehlo.add"(%arg467, %arg468) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2550) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1467 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1468 = "stablehlo.broadcast_in_dim"(%1467) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1469 = "stablehlo.divide"(%1466, %1468) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1470 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1471 = "stablehlo.reduce"(%1464, %1470) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg465: tensor<f32>, %arg466: tensor<f32>):
      %2549 = "stablehlo.add"(%arg465, %arg466) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2549) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1472 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1473 = "stablehlo.broadcast_in_dim"(%1472) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1474 = "stablehlo.divide"(%1471, %1473) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1475 = "chlo.square"(%1469) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %1476 = "stablehlo.subtract"(%1474, %1475) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1477 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1478 = "stablehlo.broadcast_in_dim"(%1477) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1479 = "stablehlo.maximum"(%1478, %1476) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1480 = "stablehlo.broadcast_in_dim"(%1469) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1481 = "stablehlo.broadcast_in_dim"(%1479) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1482 = "stablehlo.broadcast_in_dim"(%1480) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1483 = "stablehlo.subtract"(%1463, %1482) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1484 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1485 = "stablehlo.broadcast_in_dim"(%1484) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %1486 = "stablehlo.add"(%1481, %1485) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1487 = "stablehlo.rsqrt"(%1486) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1488 = "stablehlo.constant"() <{value = dense<1328829645> : tensor<ui32>}> : () -> tensor<ui32>
    %1489 = "func.call"(%997, %1488) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1490 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1491 = "stablehlo.broadcast_in_dim"(%1490) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1492 = "stablehlo.reshape"(%1491) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1493 = "stablehlo.broadcast_in_dim"(%1487) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1494 = "stablehlo.broadcast_in_dim"(%1492) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1495 = "stablehlo.multiply"(%1493, %1494) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1496 = "stablehlo.multiply"(%1483, %1495) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1497 = "stablehlo.constant"() <{value = dense<2723810746> : tensor<ui32>}> : () -> tensor<ui32>
    %1498 = "func.call"(%997, %1497) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1499 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1500 = "stablehlo.broadcast_in_dim"(%1499) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1501 = "stablehlo.reshape"(%1500) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1502 = "stablehlo.broadcast_in_dim"(%1501) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1503 = "stablehlo.add"(%1496, %1502) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1504 = "stablehlo.constant"() <{value = dense<3308860021> : tensor<ui32>}> : () -> tensor<ui32>
    %1505 = "func.call"(%997, %1504) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1506 = "func.call"(%1505) <{callee = @_normal_23}> : (tensor<2xui32>) -> tensor<64x97xf32>
    %1507 = "stablehlo.constant"() <{value = dense<3.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1508 = "stablehlo.broadcast_in_dim"(%1507) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x97xf32>
    %1509 = "stablehlo.multiply"(%1506, %1508) : (tensor<64x97xf32>, tensor<64x97xf32>) -> tensor<64x97xf32>
    %1510 = "stablehlo.dot_general"(%1503, %1509) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x97xf32>) -> tensor<1x16x97xf32>
    %1511 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1512 = "stablehlo.broadcast_in_dim"(%1511) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %1513 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %1514 = "stablehlo.broadcast_in_dim"(%1513) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xi32>) -> tensor<1x4xi32>
    %1515 = "func.call"(%arg315, %arg316) <{callee = @_take_28}> : (tensor<97x64xf32>, tensor<1x4xi32>) -> tensor<1x4x64xf32>
    %1516 = "func.call"(%arg314, %1514) <{callee = @_take_30}> : (tensor<64x64xf32>, tensor<1x4xi32>) -> tensor<1x4x64xf32>
    %1517 = "stablehlo.add"(%1515, %1516) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1518 = "chlo.square"(%1517) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1519 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1520 = "stablehlo.reduce"(%1517, %1519) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg463: tensor<f32>, %arg464: tensor<f32>):
      %2548 = "stablehlo.add"(%arg463, %arg464) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2548) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1521 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1522 = "stablehlo.broadcast_in_dim"(%1521) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1523 = "stablehlo.divide"(%1520, %1522) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1524 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1525 = "stablehlo.reduce"(%1518, %1524) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg461: tensor<f32>, %arg462: tensor<f32>):
      %2547 = "stablehlo.add"(%arg461, %arg462) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2547) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1526 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1527 = "stablehlo.broadcast_in_dim"(%1526) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1528 = "stablehlo.divide"(%1525, %1527) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1529 = "chlo.square"(%1523) : (tensor<1x4xf32>) -> tensor<1x4xf32>
    %1530 = "stablehlo.subtract"(%1528, %1529) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1531 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1532 = "stablehlo.broadcast_in_dim"(%1531) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1533 = "stablehlo.maximum"(%1532, %1530) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1534 = "stablehlo.broadcast_in_dim"(%1523) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1535 = "stablehlo.broadcast_in_dim"(%1533) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1536 = "stablehlo.broadcast_in_dim"(%1534) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1537 = "stablehlo.subtract"(%1517, %1536) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1538 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1539 = "stablehlo.broadcast_in_dim"(%1538) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1540 = "stablehlo.add"(%1535, %1539) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1541 = "stablehlo.rsqrt"(%1540) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1542 = "stablehlo.reshape"(%arg293) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1543 = "stablehlo.broadcast_in_dim"(%1541) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1544 = "stablehlo.broadcast_in_dim"(%1542) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1545 = "stablehlo.multiply"(%1543, %1544) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1546 = "stablehlo.multiply"(%1537, %1545) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1547 = "stablehlo.reshape"(%arg292) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1548 = "stablehlo.broadcast_in_dim"(%1547) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1549 = "stablehlo.add"(%1546, %1548) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1550 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1551 = "stablehlo.broadcast_in_dim"(%1550) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x64xi1>
    %1552 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64xi32>
    %1553 = "stablehlo.broadcast_in_dim"(%1552) <{broadcast_dimensions = array<i64: 1>}> : (tensor<64xi32>) -> tensor<1x64xi32>
    %1554 = "stablehlo.broadcast_in_dim"(%1553) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xi32>) -> tensor<1x64x1xi32>
    %1555 = "stablehlo.broadcast_in_dim"(%1553) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x64xi32>) -> tensor<1x1x64xi32>
    %1556 = "stablehlo.broadcast_in_dim"(%1554) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xi32>) -> tensor<1x64x64xi32>
    %1557 = "stablehlo.broadcast_in_dim"(%1555) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xi32>) -> tensor<1x64x64xi32>
    %1558 = "stablehlo.compare"(%1556, %1557) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x64x64xi32>, tensor<1x64x64xi32>) -> tensor<1x64x64xi1>
    %1559 = "stablehlo.broadcast_in_dim"(%1558) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x64x64xi1>) -> tensor<1x1x64x64xi1>
    %1560 = "stablehlo.transpose"(%arg289) <{permutation = array<i64: 1, 0>}> : (tensor<192x64xf32>) -> tensor<64x192xf32>
    %1561 = "stablehlo.dot_general"(%1549, %1560) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<64x192xf32>) -> tensor<1x4x192xf32>
    %1562 = "stablehlo.broadcast_in_dim"(%arg288) <{broadcast_dimensions = array<i64: 2>}> : (tensor<192xf32>) -> tensor<1x1x192xf32>
    %1563 = "stablehlo.broadcast_in_dim"(%1562) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x192xf32>) -> tensor<1x4x192xf32>
    %1564 = "stablehlo.add"(%1561, %1563) : (tensor<1x4x192xf32>, tensor<1x4x192xf32>) -> tensor<1x4x192xf32>
    %1565 = "stablehlo.slice"(%1564) <{limit_indices = array<i64: 1, 4, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<1x4x192xf32>) -> tensor<1x4x64xf32>
    %1566 = "stablehlo.slice"(%1564) <{limit_indices = array<i64: 1, 4, 128>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<1x4x192xf32>) -> tensor<1x4x64xf32>
    %1567 = "stablehlo.slice"(%1564) <{limit_indices = array<i64: 1, 4, 192>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<1x4x192xf32>) -> tensor<1x4x64xf32>
    %1568 = "stablehlo.reshape"(%1565) : (tensor<1x4x64xf32>) -> tensor<1x4x4x16xf32>
    %1569 = "stablehlo.reshape"(%1566) : (tensor<1x4x64xf32>) -> tensor<1x4x4x16xf32>
    %1570 = "stablehlo.reshape"(%1567) : (tensor<1x4x64xf32>) -> tensor<1x4x4x16xf32>
    %1571 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1572 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1573 = "stablehlo.compare"(%1571, %1572) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1574 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1575 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
    %1576 = "stablehlo.add"(%1574, %1575) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1577 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1578 = "stablehlo.select"(%1573, %1576, %1577) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1579 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1580 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1581 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1582 = "stablehlo.dynamic_slice"(%1559, %1579, %1580, %1578, %1581) <{slice_sizes = array<i64: 1, 1, 4, 16>}> : (tensor<1x1x64x64xi1>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x4x16xi1>
    %1583 = "stablehlo.broadcast_in_dim"(%1512) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<1x16xi32>) -> tensor<1x1x1x16xi32>
    %1584 = "stablehlo.broadcast_in_dim"(%1583) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xi32>) -> tensor<1x1x4x16xi32>
    %1585 = "stablehlo.convert"(%1582) : (tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xi32>
    %1586 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1587 = "stablehlo.broadcast_in_dim"(%1586) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x4x16xi32>
    %1588 = "stablehlo.compare"(%1584, %1587) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x4x16xi32>, tensor<1x1x4x16xi32>) -> tensor<1x1x4x16xi1>
    %1589 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1590 = "stablehlo.broadcast_in_dim"(%1589) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x4x16xi32>
    %1591 = "stablehlo.compare"(%1585, %1590) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x4x16xi32>, tensor<1x1x4x16xi32>) -> tensor<1x1x4x16xi1>
    %1592 = "stablehlo.and"(%1588, %1591) : (tensor<1x1x4x16xi1>, tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xi1>
    %1593 = "stablehlo.convert"(%1592) : (tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xf32>
    %1594 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1595 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1596 = "stablehlo.compare"(%1594, %1595) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1597 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1598 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %1599 = "stablehlo.add"(%1597, %1598) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1600 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1601 = "stablehlo.select"(%1596, %1599, %1600) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1602 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1603 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1604 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1605 = "stablehlo.dynamic_update_slice"(%1098, %1569, %1602, %1601, %1603, %1604) : (tensor<1x16x4x16xf32>, tensor<1x4x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x4x16xf32>
    %1606 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1607 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1608 = "stablehlo.compare"(%1606, %1607) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1609 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1610 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %1611 = "stablehlo.add"(%1609, %1610) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1612 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1613 = "stablehlo.select"(%1608, %1611, %1612) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1614 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1615 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1616 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1617 = "stablehlo.dynamic_update_slice"(%1100, %1570, %1614, %1613, %1615, %1616) : (tensor<1x16x4x16xf32>, tensor<1x4x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x4x16xf32>
    %1618 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1619 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1620 = "stablehlo.add"(%1618, %1619) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1621 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
    %1622 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1623 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1624 = "stablehlo.add"(%1622, %1623) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1625 = "stablehlo.broadcast_in_dim"(%1624) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %1626 = "stablehlo.compare"(%1621, %1625) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %1627 = "stablehlo.broadcast_in_dim"(%1626) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xi1>) -> tensor<1x1x4x16xi1>
    %1628 = "stablehlo.convert"(%1627) : (tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xf32>
    %1629 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1630 = "stablehlo.broadcast_in_dim"(%1629) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %1631 = "stablehlo.compare"(%1628, %1630) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xi1>
    %1632 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1633 = "stablehlo.broadcast_in_dim"(%1632) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %1634 = "stablehlo.compare"(%1593, %1633) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xi1>
    %1635 = "stablehlo.and"(%1631, %1634) : (tensor<1x1x4x16xi1>, tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xi1>
    %1636 = "stablehlo.convert"(%1635) : (tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xf32>
    %1637 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1638 = "stablehlo.broadcast_in_dim"(%1637) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %1639 = "stablehlo.compare"(%1636, %1638) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xi1>
    %1640 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1641 = "stablehlo.broadcast_in_dim"(%1640) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %1642 = "stablehlo.convert"(%1641) : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %1643 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %1644 = "stablehlo.broadcast_in_dim"(%1643) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %1645 = "stablehlo.select"(%1639, %1642, %1644) : (tensor<1x1x4x16xi1>, tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %1646 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1647 = "stablehlo.sqrt"(%1646) : (tensor<f32>) -> tensor<f32>
    %1648 = "stablehlo.convert"(%1647) : (tensor<f32>) -> tensor<f32>
    %1649 = "stablehlo.broadcast_in_dim"(%1648) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x16xf32>
    %1650 = "stablehlo.divide"(%1568, %1649) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1651 = "stablehlo.dot_general"(%1650, %1605) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1652 = "stablehlo.broadcast_in_dim"(%1645) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1653 = "stablehlo.add"(%1651, %1652) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1654 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1655 = "stablehlo.reduce"(%1653, %1654) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg459: tensor<f32>, %arg460: tensor<f32>):
      %2546 = "stablehlo.maximum"(%arg459, %arg460) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2546) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x16xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1656 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1657 = "stablehlo.broadcast_in_dim"(%1656) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4xf32>
    %1658 = "stablehlo.maximum"(%1657, %1655) : (tensor<1x4x4xf32>, tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
    %1659 = "stablehlo.broadcast_in_dim"(%1658) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1660 = "stablehlo.broadcast_in_dim"(%1659) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x16xf32>
    %1661 = "stablehlo.subtract"(%1653, %1660) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1662 = "stablehlo.exponential"(%1661) : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1663 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1664 = "stablehlo.reduce"(%1662, %1663) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg457: tensor<f32>, %arg458: tensor<f32>):
      %2545 = "stablehlo.add"(%arg457, %arg458) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2545) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x16xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1665 = "stablehlo.broadcast_in_dim"(%1664) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1666 = "stablehlo.broadcast_in_dim"(%1665) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x16xf32>
    %1667 = "stablehlo.divide"(%1662, %1666) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1668 = "stablehlo.dot_general"(%1617, %1667) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x16x4xf32>
    %1669 = "stablehlo.transpose"(%1668) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x4x16x4xf32>) -> tensor<1x4x4x16xf32>
    %1670 = "stablehlo.reshape"(%1669) : (tensor<1x4x4x16xf32>) -> tensor<1x4x64xf32>
    %1671 = "stablehlo.transpose"(%arg291) <{permutation = array<i64: 1, 0>}> : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %1672 = "stablehlo.dot_general"(%1670, %1671) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<64x64xf32>) -> tensor<1x4x64xf32>
    %1673 = "stablehlo.broadcast_in_dim"(%arg290) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1674 = "stablehlo.broadcast_in_dim"(%1673) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1675 = "stablehlo.add"(%1672, %1674) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1676 = "stablehlo.add"(%1675, %1517) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1677 = "chlo.square"(%1676) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1678 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1679 = "stablehlo.reduce"(%1676, %1678) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg455: tensor<f32>, %arg456: tensor<f32>):
      %2544 = "stablehlo.add"(%arg455, %arg456) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2544) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1680 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1681 = "stablehlo.broadcast_in_dim"(%1680) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1682 = "stablehlo.divide"(%1679, %1681) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1683 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1684 = "stablehlo.reduce"(%1677, %1683) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg453: tensor<f32>, %arg454: tensor<f32>):
      %2543 = "stablehlo.add"(%arg453, %arg454) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2543) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1685 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1686 = "stablehlo.broadcast_in_dim"(%1685) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1687 = "stablehlo.divide"(%1684, %1686) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1688 = "chlo.square"(%1682) : (tensor<1x4xf32>) -> tensor<1x4xf32>
    %1689 = "stablehlo.subtract"(%1687, %1688) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1690 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1691 = "stablehlo.broadcast_in_dim"(%1690) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1692 = "stablehlo.maximum"(%1691, %1689) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1693 = "stablehlo.broadcast_in_dim"(%1682) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1694 = "stablehlo.broadcast_in_dim"(%1692) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1695 = "stablehlo.broadcast_in_dim"(%1693) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1696 = "stablehlo.subtract"(%1676, %1695) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1697 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1698 = "stablehlo.broadcast_in_dim"(%1697) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1699 = "stablehlo.add"(%1694, %1698) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1700 = "stablehlo.rsqrt"(%1699) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1701 = "stablehlo.reshape"(%arg295) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1702 = "stablehlo.broadcast_in_dim"(%1700) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1703 = "stablehlo.broadcast_in_dim"(%1701) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1704 = "stablehlo.multiply"(%1702, %1703) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1705 = "stablehlo.multiply"(%1696, %1704) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1706 = "stablehlo.reshape"(%arg294) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1707 = "stablehlo.broadcast_in_dim"(%1706) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1708 = "stablehlo.add"(%1705, %1707) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1709 = "stablehlo.transpose"(%arg297) <{permutation = array<i64: 1, 0>}> : (tensor<256x64xf32>) -> tensor<64x256xf32>
    %1710 = "stablehlo.dot_general"(%1708, %1709) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<64x256xf32>) -> tensor<1x4x256xf32>
    %1711 = "stablehlo.broadcast_in_dim"(%arg296) <{broadcast_dimensions = array<i64: 2>}> : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %1712 = "stablehlo.broadcast_in_dim"(%1711) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x256xf32>) -> tensor<1x4x256xf32>
    %1713 = "stablehlo.add"(%1710, %1712) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1714 = "stablehlo.multiply"(%1713, %1713) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1715 = "stablehlo.multiply"(%1714, %1713) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1716 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %1717 = "stablehlo.broadcast_in_dim"(%1716) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x256xf32>
    %1718 = "stablehlo.multiply"(%1717, %1715) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1719 = "stablehlo.add"(%1713, %1718) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1720 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %1721 = "stablehlo.broadcast_in_dim"(%1720) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x256xf32>
    %1722 = "stablehlo.multiply"(%1721, %1719) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1723 = "stablehlo.tanh"(%1722) : (tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1724 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1725 = "stablehlo.broadcast_in_dim"(%1724) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x256xf32>
    %1726 = "stablehlo.add"(%1725, %1723) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1727 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1728 = "stablehlo.broadcast_in_dim"(%1727) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x256xf32>
    %1729 = "stablehlo.multiply"(%1728, %1726) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1730 = "stablehlo.multiply"(%1713, %1729) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1731 = "stablehlo.transpose"(%arg299) <{permutation = array<i64: 1, 0>}> : (tensor<64x256xf32>) -> tensor<256x64xf32>
    %1732 = "stablehlo.dot_general"(%1730, %1731) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x256xf32>, tensor<256x64xf32>) -> tensor<1x4x64xf32>
    %1733 = "stablehlo.broadcast_in_dim"(%arg298) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1734 = "stablehlo.broadcast_in_dim"(%1733) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1735 = "stablehlo.add"(%1732, %1734) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1736 = "stablehlo.add"(%1676, %1735) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1737 = "chlo.square"(%1736) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1738 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1739 = "stablehlo.reduce"(%1736, %1738) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg451: tensor<f32>, %arg452: tensor<f32>):
      %2542 = "stablehlo.add"(%arg451, %arg452) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2542) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1740 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1741 = "stablehlo.broadcast_in_dim"(%1740) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1742 = "stablehlo.divide"(%1739, %1741) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1743 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1744 = "stablehlo.reduce"(%1737, %1743) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg449: tensor<f32>, %arg450: tensor<f32>):
      %2541 = "stablehlo.add"(%arg449, %arg450) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2541) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1745 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1746 = "stablehlo.broadcast_in_dim"(%1745) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1747 = "stablehlo.divide"(%1744, %1746) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1748 = "chlo.square"(%1742) : (tensor<1x4xf32>) -> tensor<1x4xf32>
    %1749 = "stablehlo.subtract"(%1747, %1748) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1750 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1751 = "stablehlo.broadcast_in_dim"(%1750) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1752 = "stablehlo.maximum"(%1751, %1749) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1753 = "stablehlo.broadcast_in_dim"(%1742) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1754 = "stablehlo.broadcast_in_dim"(%1752) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1755 = "stablehlo.broadcast_in_dim"(%1753) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1756 = "stablehlo.subtract"(%1736, %1755) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1757 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1758 = "stablehlo.broadcast_in_dim"(%1757) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1759 = "stablehlo.add"(%1754, %1758) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1760 = "stablehlo.rsqrt"(%1759) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1761 = "stablehlo.reshape"(%arg305) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1762 = "stablehlo.broadcast_in_dim"(%1760) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1763 = "stablehlo.broadcast_in_dim"(%1761) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1764 = "stablehlo.multiply"(%1762, %1763) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1765 = "stablehlo.multiply"(%1756, %1764) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1766 = "stablehlo.reshape"(%arg304) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1767 = "stablehlo.broadcast_in_dim"(%1766) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1768 = "stablehlo.add"(%1765, %1767) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1769 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1770 = "stablehlo.broadcast_in_dim"(%1769) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x64xi1>
    %1771 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64xi32>
    %1772 = "stablehlo.broadcast_in_dim"(%1771) <{broadcast_dimensions = array<i64: 1>}> : (tensor<64xi32>) -> tensor<1x64xi32>
    %1773 = "stablehlo.broadcast_in_dim"(%1772) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xi32>) -> tensor<1x64x1xi32>
    %1774 = "stablehlo.broadcast_in_dim"(%1772) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x64xi32>) -> tensor<1x1x64xi32>
    %1775 = "stablehlo.broadcast_in_dim"(%1773) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xi32>) -> tensor<1x64x64xi32>
    %1776 = "stablehlo.broadcast_in_dim"(%1774) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xi32>) -> tensor<1x64x64xi32>
    %1777 = "stablehlo.compare"(%1775, %1776) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x64x64xi32>, tensor<1x64x64xi32>) -> tensor<1x64x64xi1>
    %1778 = "stablehlo.broadcast_in_dim"(%1777) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x64x64xi1>) -> tensor<1x1x64x64xi1>
    %1779 = "stablehlo.transpose"(%arg301) <{permutation = array<i64: 1, 0>}> : (tensor<192x64xf32>) -> tensor<64x192xf32>
    %1780 = "stablehlo.dot_general"(%1768, %1779) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<64x192xf32>) -> tensor<1x4x192xf32>
    %1781 = "stablehlo.broadcast_in_dim"(%arg300) <{broadcast_dimensions = array<i64: 2>}> : (tensor<192xf32>) -> tensor<1x1x192xf32>
    %1782 = "stablehlo.broadcast_in_dim"(%1781) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x192xf32>) -> tensor<1x4x192xf32>
    %1783 = "stablehlo.add"(%1780, %1782) : (tensor<1x4x192xf32>, tensor<1x4x192xf32>) -> tensor<1x4x192xf32>
    %1784 = "stablehlo.slice"(%1783) <{limit_indices = array<i64: 1, 4, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<1x4x192xf32>) -> tensor<1x4x64xf32>
    %1785 = "stablehlo.slice"(%1783) <{limit_indices = array<i64: 1, 4, 128>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<1x4x192xf32>) -> tensor<1x4x64xf32>
    %1786 = "stablehlo.slice"(%1783) <{limit_indices = array<i64: 1, 4, 192>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<1x4x192xf32>) -> tensor<1x4x64xf32>
    %1787 = "stablehlo.reshape"(%1784) : (tensor<1x4x64xf32>) -> tensor<1x4x4x16xf32>
    %1788 = "stablehlo.reshape"(%1785) : (tensor<1x4x64xf32>) -> tensor<1x4x4x16xf32>
    %1789 = "stablehlo.reshape"(%1786) : (tensor<1x4x64xf32>) -> tensor<1x4x4x16xf32>
    %1790 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1791 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1792 = "stablehlo.compare"(%1790, %1791) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1793 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1794 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
    %1795 = "stablehlo.add"(%1793, %1794) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1796 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1797 = "stablehlo.select"(%1792, %1795, %1796) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1798 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1799 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1800 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1801 = "stablehlo.dynamic_slice"(%1778, %1798, %1799, %1797, %1800) <{slice_sizes = array<i64: 1, 1, 4, 16>}> : (tensor<1x1x64x64xi1>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x4x16xi1>
    %1802 = "stablehlo.broadcast_in_dim"(%1512) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<1x16xi32>) -> tensor<1x1x1x16xi32>
    %1803 = "stablehlo.broadcast_in_dim"(%1802) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xi32>) -> tensor<1x1x4x16xi32>
    %1804 = "stablehlo.convert"(%1801) : (tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xi32>
    %1805 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1806 = "stablehlo.broadcast_in_dim"(%1805) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x4x16xi32>
    %1807 = "stablehlo.compare"(%1803, %1806) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x4x16xi32>, tensor<1x1x4x16xi32>) -> tensor<1x1x4x16xi1>
    %1808 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1809 = "stablehlo.broadcast_in_dim"(%1808) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x4x16xi32>
    %1810 = "stablehlo.compare"(%1804, %1809) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x4x16xi32>, tensor<1x1x4x16xi32>) -> tensor<1x1x4x16xi1>
    %1811 = "stablehlo.and"(%1807, %1810) : (tensor<1x1x4x16xi1>, tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xi1>
    %1812 = "stablehlo.convert"(%1811) : (tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xf32>
    %1813 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1814 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1815 = "stablehlo.compare"(%1813, %1814) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1816 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1817 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %1818 = "stablehlo.add"(%1816, %1817) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1819 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1820 = "stablehlo.select"(%1815, %1818, %1819) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1821 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1822 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1823 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1824 = "stablehlo.dynamic_update_slice"(%1323, %1788, %1821, %1820, %1822, %1823) : (tensor<1x16x4x16xf32>, tensor<1x4x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x4x16xf32>
    %1825 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1826 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1827 = "stablehlo.compare"(%1825, %1826) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1828 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1829 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %1830 = "stablehlo.add"(%1828, %1829) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1831 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1832 = "stablehlo.select"(%1827, %1830, %1831) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1833 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1834 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1835 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1836 = "stablehlo.dynamic_update_slice"(%1325, %1789, %1833, %1832, %1834, %1835) : (tensor<1x16x4x16xf32>, tensor<1x4x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x4x16xf32>
    %1837 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1838 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1839 = "stablehlo.add"(%1837, %1838) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1840 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
    %1841 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1842 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1843 = "stablehlo.add"(%1841, %1842) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1844 = "stablehlo.broadcast_in_dim"(%1843) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %1845 = "stablehlo.compare"(%1840, %1844) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %1846 = "stablehlo.broadcast_in_dim"(%1845) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xi1>) -> tensor<1x1x4x16xi1>
    %1847 = "stablehlo.convert"(%1846) : (tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xf32>
    %1848 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1849 = "stablehlo.broadcast_in_dim"(%1848) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %1850 = "stablehlo.compare"(%1847, %1849) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xi1>
    %1851 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1852 = "stablehlo.broadcast_in_dim"(%1851) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %1853 = "stablehlo.compare"(%1812, %1852) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xi1>
    %1854 = "stablehlo.and"(%1850, %1853) : (tensor<1x1x4x16xi1>, tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xi1>
    %1855 = "stablehlo.convert"(%1854) : (tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xf32>
    %1856 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1857 = "stablehlo.broadcast_in_dim"(%1856) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %1858 = "stablehlo.compare"(%1855, %1857) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xi1>
    %1859 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1860 = "stablehlo.broadcast_in_dim"(%1859) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %1861 = "stablehlo.convert"(%1860) : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %1862 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %1863 = "stablehlo.broadcast_in_dim"(%1862) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %1864 = "stablehlo.select"(%1858, %1861, %1863) : (tensor<1x1x4x16xi1>, tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %1865 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1866 = "stablehlo.sqrt"(%1865) : (tensor<f32>) -> tensor<f32>
    %1867 = "stablehlo.convert"(%1866) : (tensor<f32>) -> tensor<f32>
    %1868 = "stablehlo.broadcast_in_dim"(%1867) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x16xf32>
    %1869 = "stablehlo.divide"(%1787, %1868) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1870 = "stablehlo.dot_general"(%1869, %1824) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1871 = "stablehlo.broadcast_in_dim"(%1864) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1872 = "stablehlo.add"(%1870, %1871) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1873 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1874 = "stablehlo.reduce"(%1872, %1873) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg447: tensor<f32>, %arg448: tensor<f32>):
      %2540 = "stablehlo.maximum"(%arg447, %arg448) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2540) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x16xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1875 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1876 = "stablehlo.broadcast_in_dim"(%1875) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4xf32>
    %1877 = "stablehlo.maximum"(%1876, %1874) : (tensor<1x4x4xf32>, tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
    %1878 = "stablehlo.broadcast_in_dim"(%1877) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1879 = "stablehlo.broadcast_in_dim"(%1878) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x16xf32>
    %1880 = "stablehlo.subtract"(%1872, %1879) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1881 = "stablehlo.exponential"(%1880) : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1882 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1883 = "stablehlo.reduce"(%1881, %1882) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg445: tensor<f32>, %arg446: tensor<f32>):
      %2539 = "stablehlo.add"(%arg445, %arg446) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2539) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x16xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1884 = "stablehlo.broadcast_in_dim"(%1883) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1885 = "stablehlo.broadcast_in_dim"(%1884) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x16xf32>
    %1886 = "stablehlo.divide"(%1881, %1885) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1887 = "stablehlo.dot_general"(%1836, %1886) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x16x4xf32>
    %1888 = "stablehlo.transpose"(%1887) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x4x16x4xf32>) -> tensor<1x4x4x16xf32>
    %1889 = "stablehlo.reshape"(%1888) : (tensor<1x4x4x16xf32>) -> tensor<1x4x64xf32>
    %1890 = "stablehlo.transpose"(%arg303) <{permutation = array<i64: 1, 0>}> : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %1891 = "stablehlo.dot_general"(%1889, %1890) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<64x64xf32>) -> tensor<1x4x64xf32>
    %1892 = "stablehlo.broadcast_in_dim"(%arg302) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1893 = "stablehlo.broadcast_in_dim"(%1892) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1894 = "stablehlo.add"(%1891, %1893) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1895 = "stablehlo.add"(%1894, %1736) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1896 = "chlo.square"(%1895) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1897 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1898 = "stablehlo.reduce"(%1895, %1897) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg443: tensor<f32>, %arg444: tensor<f32>):
      %2538 = "stablehlo.add"(%arg443, %arg444) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2538) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1899 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1900 = "stablehlo.broadcast_in_dim"(%1899) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1901 = "stablehlo.divide"(%1898, %1900) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1902 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1903 = "stablehlo.reduce"(%1896, %1902) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg441: tensor<f32>, %arg442: tensor<f32>):
      %2537 = "stablehlo.add"(%arg441, %arg442) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2537) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1904 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1905 = "stablehlo.broadcast_in_dim"(%1904) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1906 = "stablehlo.divide"(%1903, %1905) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1907 = "chlo.square"(%1901) : (tensor<1x4xf32>) -> tensor<1x4xf32>
    %1908 = "stablehlo.subtract"(%1906, %1907) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1909 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1910 = "stablehlo.broadcast_in_dim"(%1909) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1911 = "stablehlo.maximum"(%1910, %1908) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1912 = "stablehlo.broadcast_in_dim"(%1901) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1913 = "stablehlo.broadcast_in_dim"(%1911) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1914 = "stablehlo.broadcast_in_dim"(%1912) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1915 = "stablehlo.subtract"(%1895, %1914) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1916 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1917 = "stablehlo.broadcast_in_dim"(%1916) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1918 = "stablehlo.add"(%1913, %1917) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1919 = "stablehlo.rsqrt"(%1918) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1920 = "stablehlo.reshape"(%arg307) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1921 = "stablehlo.broadcast_in_dim"(%1919) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1922 = "stablehlo.broadcast_in_dim"(%1920) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1923 = "stablehlo.multiply"(%1921, %1922) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1924 = "stablehlo.multiply"(%1915, %1923) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1925 = "stablehlo.reshape"(%arg306) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1926 = "stablehlo.broadcast_in_dim"(%1925) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1927 = "stablehlo.add"(%1924, %1926) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1928 = "stablehlo.transpose"(%arg309) <{permutation = array<i64: 1, 0>}> : (tensor<256x64xf32>) -> tensor<64x256xf32>
    %1929 = "stablehlo.dot_general"(%1927, %1928) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<64x256xf32>) -> tensor<1x4x256xf32>
    %1930 = "stablehlo.broadcast_in_dim"(%arg308) <{broadcast_dimensions = array<i64: 2>}> : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %1931 = "stablehlo.broadcast_in_dim"(%1930) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x256xf32>) -> tensor<1x4x256xf32>
    %1932 = "stablehlo.add"(%1929, %1931) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1933 = "stablehlo.multiply"(%1932, %1932) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1934 = "stablehlo.multiply"(%1933, %1932) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1935 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %1936 = "stablehlo.broadcast_in_dim"(%1935) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x256xf32>
    %1937 = "stablehlo.multiply"(%1936, %1934) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1938 = "stablehlo.add"(%1932, %1937) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1939 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %1940 = "stablehlo.broadcast_in_dim"(%1939) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x256xf32>
    %1941 = "stablehlo.multiply"(%1940, %1938) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1942 = "stablehlo.tanh"(%1941) : (tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1943 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1944 = "stablehlo.broadcast_in_dim"(%1943) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x256xf32>
    %1945 = "stablehlo.add"(%1944, %1942) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1946 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1947 = "stablehlo.broadcast_in_dim"(%1946) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x256xf32>
    %1948 = "stablehlo.multiply"(%1947, %1945) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1949 = "stablehlo.multiply"(%1932, %1948) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1950 = "stablehlo.transpose"(%arg311) <{permutation = array<i64: 1, 0>}> : (tensor<64x256xf32>) -> tensor<256x64xf32>
    %1951 = "stablehlo.dot_general"(%1949, %1950) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x256xf32>, tensor<256x64xf32>) -> tensor<1x4x64xf32>
    %1952 = "stablehlo.broadcast_in_dim"(%arg310) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1953 = "stablehlo.broadcast_in_dim"(%1952) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1954 = "stablehlo.add"(%1951, %1953) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1955 = "stablehlo.add"(%1895, %1954) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1956 = "chlo.square"(%1955) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1957 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1958 = "stablehlo.reduce"(%1955, %1957) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg439: tensor<f32>, %arg440: tensor<f32>):
      %2536 = "stablehlo.add"(%arg439, %arg440) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2536) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1959 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1960 = "stablehlo.broadcast_in_dim"(%1959) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1961 = "stablehlo.divide"(%1958, %1960) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1962 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1963 = "stablehlo.reduce"(%1956, %1962) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg437: tensor<f32>, %arg438: tensor<f32>):
      %2535 = "stablehlo.add"(%arg437, %arg438) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2535) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1964 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1965 = "stablehlo.broadcast_in_dim"(%1964) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1966 = "stablehlo.divide"(%1963, %1965) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1967 = "chlo.square"(%1961) : (tensor<1x4xf32>) -> tensor<1x4xf32>
    %1968 = "stablehlo.subtract"(%1966, %1967) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1969 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1970 = "stablehlo.broadcast_in_dim"(%1969) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1971 = "stablehlo.maximum"(%1970, %1968) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1972 = "stablehlo.broadcast_in_dim"(%1961) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1973 = "stablehlo.broadcast_in_dim"(%1971) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1974 = "stablehlo.broadcast_in_dim"(%1972) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1975 = "stablehlo.subtract"(%1955, %1974) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1976 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1977 = "stablehlo.broadcast_in_dim"(%1976) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1978 = "stablehlo.add"(%1973, %1977) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1979 = "stablehlo.rsqrt"(%1978) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1980 = "stablehlo.reshape"(%arg313) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1981 = "stablehlo.broadcast_in_dim"(%1979) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1982 = "stablehlo.broadcast_in_dim"(%1980) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1983 = "stablehlo.multiply"(%1981, %1982) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1984 = "stablehlo.multiply"(%1975, %1983) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1985 = "stablehlo.reshape"(%arg312) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1986 = "stablehlo.broadcast_in_dim"(%1985) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1987 = "stablehlo.add"(%1984, %1986) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1988 = "stablehlo.dot_general"(%1987, %arg287) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<64x97xf32>) -> tensor<1x4x97xf32>
    %1989 = "stablehlo.slice"(%1988) <{limit_indices = array<i64: 1, 4, 97>, start_indices = array<i64: 0, 3, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<1x4x97xf32>) -> tensor<1x1x97xf32>
    %1990 = "stablehlo.reshape"(%1989) : (tensor<1x1x97xf32>) -> tensor<1x97xf32>
    %1991 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1992 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1993 = "stablehlo.subtract"(%1991, %1992) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1994 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1995 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1996 = "func.call"(%1993, %1994, %1995) <{callee = @clip}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1997 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1998 = "stablehlo.subtract"(%1997, %1996) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1999 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %2000 = "stablehlo.broadcast_in_dim"(%1999) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %2001 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %2002 = "stablehlo.broadcast_in_dim"(%2001) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %2003 = "stablehlo.scatter"(%1990, %2000, %2002) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg435: tensor<f32>, %arg436: tensor<f32>):
      "stablehlo.return"(%arg436) : (tensor<f32>) -> ()
    }) : (tensor<1x97xf32>, tensor<1xi32>, tensor<1xf32>) -> tensor<1x97xf32>
    %2004 = "func.call"(%1998, %2003, %1990) <{callee = @_where_31}> : (tensor<i32>, tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
    %2005 = "func.call"(%2004) <{callee = @argmax}> : (tensor<1x97xf32>) -> tensor<1xi32>
    %2006 = "stablehlo.not"(%980) : (tensor<1xi1>) -> tensor<1xi1>
    %2007 = "stablehlo.convert"(%2006) : (tensor<1xi1>) -> tensor<1xi32>
    %2008 = "stablehlo.multiply"(%2005, %2007) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %2009 = "stablehlo.convert"(%980) : (tensor<1xi1>) -> tensor<1xi32>
    %2010 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2011 = "stablehlo.broadcast_in_dim"(%2010) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %2012 = "stablehlo.multiply"(%2011, %2009) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %2013 = "stablehlo.add"(%2008, %2012) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %2014 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %2015 = "stablehlo.broadcast_in_dim"(%2014) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %2016 = "stablehlo.compare"(%2013, %2015) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %2017 = "stablehlo.or"(%980, %2016) : (tensor<1xi1>, tensor<1xi1>) -> tensor<1xi1>
    %2018 = "stablehlo.broadcast_in_dim"(%2013) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %2019 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %2020 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2021 = "stablehlo.compare"(%2019, %2020) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %2022 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %2023 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %2024 = "stablehlo.add"(%2022, %2023) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %2025 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %2026 = "stablehlo.select"(%2021, %2024, %2025) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %2027 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2028 = "stablehlo.dynamic_update_slice"(%978, %2018, %2027, %2026) : (tensor<1x16xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x16xi32>
    %2029 = "stablehlo.slice"(%1514) <{limit_indices = array<i64: 1, 4>, start_indices = array<i64: 0, 3>, strides = array<i64: 1, 1>}> : (tensor<1x4xi32>) -> tensor<1x1xi32>
    %2030 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2031 = "stablehlo.broadcast_in_dim"(%2030) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %2032 = "stablehlo.add"(%2029, %2031) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %2033 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %2034 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2035 = "stablehlo.add"(%2033, %2034) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %2036 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2037 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %2038:43 = "stablehlo.while"(%1512, %arg315, %arg314, %arg293, %arg292, %arg289, %arg288, %arg291, %arg290, %arg295, %arg294, %arg297, %arg296, %arg299, %arg298, %arg305, %arg304, %arg301, %arg300, %arg303, %arg302, %arg307, %arg306, %arg309, %arg308, %arg311, %arg310, %arg313, %arg312, %arg287, %2036, %2037, %2035, %2028, %2018, %2017, %1620, %1605, %1617, %1839, %1824, %1836, %2032) ({
    ^bb0(%arg390: tensor<1x16xi32>, %arg391: tensor<97x64xf32>, %arg392: tensor<64x64xf32>, %arg393: tensor<64xf32>, %arg394: tensor<64xf32>, %arg395: tensor<192x64xf32>, %arg396: tensor<192xf32>, %arg397: tensor<64x64xf32>, %arg398: tensor<64xf32>, %arg399: tensor<64xf32>, %arg400: tensor<64xf32>, %arg401: tensor<256x64xf32>, %arg402: tensor<256xf32>, %arg403: tensor<64x256xf32>, %arg404: tensor<64xf32>, %arg405: tensor<64xf32>, %arg406: tensor<64xf32>, %arg407: tensor<192x64xf32>, %arg408: tensor<192xf32>, %arg409: tensor<64x64xf32>, %arg410: tensor<64xf32>, %arg411: tensor<64xf32>, %arg412: tensor<64xf32>, %arg413: tensor<256x64xf32>, %arg414: tensor<256xf32>, %arg415: tensor<64x256xf32>, %arg416: tensor<64xf32>, %arg417: tensor<64xf32>, %arg418: tensor<64xf32>, %arg419: tensor<64x97xf32>, %arg420: tensor<i32>, %arg421: tensor<i32>, %arg422: tensor<i32>, %arg423: tensor<1x16xi32>, %arg424: tensor<1x1xi32>, %arg425: tensor<1xi1>, %arg426: tensor<i32>, %arg427: tensor<1x16x4x16xf32>, %arg428: tensor<1x16x4x16xf32>, %arg429: tensor<i32>, %arg430: tensor<1x16x4x16xf32>, %arg431: tensor<1x16x4x16xf32>, %arg432: tensor<1x1xi32>):
      %2524 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %2525 = "stablehlo.compare"(%arg422, %2524) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2526 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
      %2527 = "stablehlo.reduce"(%arg425, %2526) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg433: tensor<i1>, %arg434: tensor<i1>):
        %2534 = "stablehlo.and"(%arg433, %arg434) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%2534) : (tensor<i1>) -> ()
      }) : (tensor<1xi1>, tensor<i1>) -> tensor<i1>
      %2528 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
      %2529 = "stablehlo.broadcast_in_dim"(%2528) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<i1>
      %2530 = "stablehlo.compare"(%2525, %2529) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %2531 = "stablehlo.convert"(%2530) : (tensor<i1>) -> tensor<i1>
      %2532 = "stablehlo.or"(%2531, %2527) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %2533 = "stablehlo.not"(%2532) : (tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%2533) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg317: tensor<1x16xi32>, %arg318: tensor<97x64xf32>, %arg319: tensor<64x64xf32>, %arg320: tensor<64xf32>, %arg321: tensor<64xf32>, %arg322: tensor<192x64xf32>, %arg323: tensor<192xf32>, %arg324: tensor<64x64xf32>, %arg325: tensor<64xf32>, %arg326: tensor<64xf32>, %arg327: tensor<64xf32>, %arg328: tensor<256x64xf32>, %arg329: tensor<256xf32>, %arg330: tensor<64x256xf32>, %arg331: tensor<64xf32>, %arg332: tensor<64xf32>, %arg333: tensor<64xf32>, %arg334: tensor<192x64xf32>, %arg335: tensor<192xf32>, %arg336: tensor<64x64xf32>, %arg337: tensor<64xf32>, %arg338: tensor<64xf32>, %arg339: tensor<64xf32>, %arg340: tensor<256x64xf32>, %arg341: tensor<256xf32>, %arg342: tensor<64x256xf32>, %arg343: tensor<64xf32>, %arg344: tensor<64xf32>, %arg345: tensor<64xf32>, %arg346: tensor<64x97xf32>, %arg347: tensor<i32>, %arg348: tensor<i32>, %arg349: tensor<i32>, %arg350: tensor<1x16xi32>, %arg351: tensor<1x1xi32>, %arg352: tensor<1xi1>, %arg353: tensor<i32>, %arg354: tensor<1x16x4x16xf32>, %arg355: tensor<1x16x4x16xf32>, %arg356: tensor<i32>, %arg357: tensor<1x16x4x16xf32>, %arg358: tensor<1x16x4x16xf32>, %arg359: tensor<1x1xi32>):
      %2039 = "func.call"(%arg318, %arg351) <{callee = @_take_32}> : (tensor<97x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>
      %2040 = "func.call"(%arg319, %arg359) <{callee = @_take_34}> : (tensor<64x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>
      %2041 = "stablehlo.add"(%2039, %2040) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2042 = "chlo.square"(%2041) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2043 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2044 = "stablehlo.reduce"(%2041, %2043) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg388: tensor<f32>, %arg389: tensor<f32>):
        %2523 = "stablehlo.add"(%arg388, %arg389) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2523) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2045 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2046 = "stablehlo.broadcast_in_dim"(%2045) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2047 = "stablehlo.divide"(%2044, %2046) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2048 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2049 = "stablehlo.reduce"(%2042, %2048) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg386: tensor<f32>, %arg387: tensor<f32>):
        %2522 = "stablehlo.add"(%arg386, %arg387) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2522) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2050 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2051 = "stablehlo.broadcast_in_dim"(%2050) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2052 = "stablehlo.divide"(%2049, %2051) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2053 = "chlo.square"(%2047) : (tensor<1x1xf32>) -> tensor<1x1xf32>
      %2054 = "stablehlo.subtract"(%2052, %2053) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2055 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2056 = "stablehlo.broadcast_in_dim"(%2055) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2057 = "stablehlo.maximum"(%2056, %2054) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2058 = "stablehlo.broadcast_in_dim"(%2047) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2059 = "stablehlo.broadcast_in_dim"(%2057) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2060 = "stablehlo.broadcast_in_dim"(%2058) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2061 = "stablehlo.subtract"(%2041, %2060) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2062 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %2063 = "stablehlo.broadcast_in_dim"(%2062) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
      %2064 = "stablehlo.add"(%2059, %2063) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2065 = "stablehlo.rsqrt"(%2064) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2066 = "stablehlo.reshape"(%arg320) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2067 = "stablehlo.broadcast_in_dim"(%2065) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2068 = "stablehlo.multiply"(%2067, %2066) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2069 = "stablehlo.multiply"(%2061, %2068) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2070 = "stablehlo.reshape"(%arg321) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2071 = "stablehlo.add"(%2069, %2070) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2072 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
      %2073 = "stablehlo.broadcast_in_dim"(%2072) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x64xi1>
      %2074 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64xi32>
      %2075 = "stablehlo.broadcast_in_dim"(%2074) <{broadcast_dimensions = array<i64: 1>}> : (tensor<64xi32>) -> tensor<1x64xi32>
      %2076 = "stablehlo.broadcast_in_dim"(%2075) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xi32>) -> tensor<1x64x1xi32>
      %2077 = "stablehlo.broadcast_in_dim"(%2075) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x64xi32>) -> tensor<1x1x64xi32>
      %2078 = "stablehlo.broadcast_in_dim"(%2076) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xi32>) -> tensor<1x64x64xi32>
      %2079 = "stablehlo.broadcast_in_dim"(%2077) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xi32>) -> tensor<1x64x64xi32>
      %2080 = "stablehlo.compare"(%2078, %2079) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x64x64xi32>, tensor<1x64x64xi32>) -> tensor<1x64x64xi1>
      %2081 = "stablehlo.broadcast_in_dim"(%2080) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x64x64xi1>) -> tensor<1x1x64x64xi1>
      %2082 = "stablehlo.transpose"(%arg322) <{permutation = array<i64: 1, 0>}> : (tensor<192x64xf32>) -> tensor<64x192xf32>
      %2083 = "stablehlo.dot_general"(%2071, %2082) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x192xf32>) -> tensor<1x1x192xf32>
      %2084 = "stablehlo.broadcast_in_dim"(%arg323) <{broadcast_dimensions = array<i64: 2>}> : (tensor<192xf32>) -> tensor<1x1x192xf32>
      %2085 = "stablehlo.add"(%2083, %2084) : (tensor<1x1x192xf32>, tensor<1x1x192xf32>) -> tensor<1x1x192xf32>
      %2086 = "stablehlo.slice"(%2085) <{limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<1x1x192xf32>) -> tensor<1x1x64xf32>
      %2087 = "stablehlo.slice"(%2085) <{limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<1x1x192xf32>) -> tensor<1x1x64xf32>
      %2088 = "stablehlo.slice"(%2085) <{limit_indices = array<i64: 1, 1, 192>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<1x1x192xf32>) -> tensor<1x1x64xf32>
      %2089 = "stablehlo.reshape"(%2086) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
      %2090 = "stablehlo.reshape"(%2087) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
      %2091 = "stablehlo.reshape"(%2088) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
      %2092 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2093 = "stablehlo.compare"(%arg353, %2092) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2094 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
      %2095 = "stablehlo.add"(%arg353, %2094) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2096 = "stablehlo.select"(%2093, %2095, %arg353) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2097 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2098 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2099 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2100 = "stablehlo.dynamic_slice"(%2081, %2097, %2098, %2096, %2099) <{slice_sizes = array<i64: 1, 1, 1, 16>}> : (tensor<1x1x64x64xi1>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x1x16xi1>
      %2101 = "stablehlo.broadcast_in_dim"(%arg317) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<1x16xi32>) -> tensor<1x1x1x16xi32>
      %2102 = "stablehlo.convert"(%2100) : (tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xi32>
      %2103 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2104 = "stablehlo.broadcast_in_dim"(%2103) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1x16xi32>
      %2105 = "stablehlo.compare"(%2101, %2104) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
      %2106 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2107 = "stablehlo.broadcast_in_dim"(%2106) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1x16xi32>
      %2108 = "stablehlo.compare"(%2102, %2107) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
      %2109 = "stablehlo.and"(%2105, %2108) : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xi1>
      %2110 = "stablehlo.convert"(%2109) : (tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xf32>
      %2111 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2112 = "stablehlo.compare"(%arg353, %2111) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2113 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %2114 = "stablehlo.add"(%arg353, %2113) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2115 = "stablehlo.select"(%2112, %2114, %arg353) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2116 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2117 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2118 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2119 = "stablehlo.dynamic_update_slice"(%arg354, %2090, %2116, %2115, %2117, %2118) : (tensor<1x16x4x16xf32>, tensor<1x1x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x4x16xf32>
      %2120 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2121 = "stablehlo.compare"(%arg353, %2120) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2122 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %2123 = "stablehlo.add"(%arg353, %2122) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2124 = "stablehlo.select"(%2121, %2123, %arg353) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2125 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2126 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2127 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2128 = "stablehlo.dynamic_update_slice"(%arg355, %2091, %2125, %2124, %2126, %2127) : (tensor<1x16x4x16xf32>, tensor<1x1x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x4x16xf32>
      %2129 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2130 = "stablehlo.add"(%arg353, %2129) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2131 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
      %2132 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2133 = "stablehlo.add"(%arg353, %2132) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2134 = "stablehlo.broadcast_in_dim"(%2133) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
      %2135 = "stablehlo.compare"(%2131, %2134) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
      %2136 = "stablehlo.broadcast_in_dim"(%2135) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xi1>) -> tensor<1x1x1x16xi1>
      %2137 = "stablehlo.convert"(%2136) : (tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xf32>
      %2138 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2139 = "stablehlo.broadcast_in_dim"(%2138) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2140 = "stablehlo.compare"(%2137, %2139) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xi1>
      %2141 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2142 = "stablehlo.broadcast_in_dim"(%2141) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2143 = "stablehlo.compare"(%2110, %2142) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xi1>
      %2144 = "stablehlo.and"(%2140, %2143) : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xi1>
      %2145 = "stablehlo.convert"(%2144) : (tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xf32>
      %2146 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2147 = "stablehlo.broadcast_in_dim"(%2146) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2148 = "stablehlo.compare"(%2145, %2147) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xi1>
      %2149 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2150 = "stablehlo.broadcast_in_dim"(%2149) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2151 = "stablehlo.convert"(%2150) : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
      %2152 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
      %2153 = "stablehlo.broadcast_in_dim"(%2152) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2154 = "stablehlo.select"(%2148, %2151, %2153) : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
      %2155 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2156 = "stablehlo.sqrt"(%2155) : (tensor<f32>) -> tensor<f32>
      %2157 = "stablehlo.convert"(%2156) : (tensor<f32>) -> tensor<f32>
      %2158 = "stablehlo.broadcast_in_dim"(%2157) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
      %2159 = "stablehlo.divide"(%2089, %2158) : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
      %2160 = "stablehlo.dot_general"(%2159, %2119) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x4x1x16xf32>
      %2161 = "stablehlo.broadcast_in_dim"(%2154) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2162 = "stablehlo.add"(%2160, %2161) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2163 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2164 = "stablehlo.reduce"(%2162, %2163) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg384: tensor<f32>, %arg385: tensor<f32>):
        %2521 = "stablehlo.maximum"(%arg384, %arg385) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2521) : (tensor<f32>) -> ()
      }) : (tensor<1x4x1x16xf32>, tensor<f32>) -> tensor<1x4x1xf32>
      %2165 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2166 = "stablehlo.broadcast_in_dim"(%2165) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
      %2167 = "stablehlo.maximum"(%2166, %2164) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
      %2168 = "stablehlo.broadcast_in_dim"(%2167) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x1x1xf32>
      %2169 = "stablehlo.broadcast_in_dim"(%2168) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x1xf32>) -> tensor<1x4x1x16xf32>
      %2170 = "stablehlo.subtract"(%2162, %2169) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2171 = "stablehlo.exponential"(%2170) : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2172 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2173 = "stablehlo.reduce"(%2171, %2172) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg382: tensor<f32>, %arg383: tensor<f32>):
        %2520 = "stablehlo.add"(%arg382, %arg383) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2520) : (tensor<f32>) -> ()
      }) : (tensor<1x4x1x16xf32>, tensor<f32>) -> tensor<1x4x1xf32>
      %2174 = "stablehlo.broadcast_in_dim"(%2173) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x1x1xf32>
      %2175 = "stablehlo.broadcast_in_dim"(%2174) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x1xf32>) -> tensor<1x4x1x16xf32>
      %2176 = "stablehlo.divide"(%2171, %2175) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2177 = "stablehlo.dot_general"(%2128, %2176) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x16x1xf32>
      %2178 = "stablehlo.transpose"(%2177) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x4x16x1xf32>) -> tensor<1x1x4x16xf32>
      %2179 = "stablehlo.reshape"(%2178) : (tensor<1x1x4x16xf32>) -> tensor<1x1x64xf32>
      %2180 = "stablehlo.transpose"(%arg324) <{permutation = array<i64: 1, 0>}> : (tensor<64x64xf32>) -> tensor<64x64xf32>
      %2181 = "stablehlo.dot_general"(%2179, %2180) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x64xf32>) -> tensor<1x1x64xf32>
      %2182 = "stablehlo.broadcast_in_dim"(%arg325) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2183 = "stablehlo.add"(%2181, %2182) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2184 = "stablehlo.add"(%2183, %2041) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2185 = "chlo.square"(%2184) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2186 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2187 = "stablehlo.reduce"(%2184, %2186) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg380: tensor<f32>, %arg381: tensor<f32>):
        %2519 = "stablehlo.add"(%arg380, %arg381) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2519) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2188 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2189 = "stablehlo.broadcast_in_dim"(%2188) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2190 = "stablehlo.divide"(%2187, %2189) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2191 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2192 = "stablehlo.reduce"(%2185, %2191) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg378: tensor<f32>, %arg379: tensor<f32>):
        %2518 = "stablehlo.add"(%arg378, %arg379) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2518) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2193 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2194 = "stablehlo.broadcast_in_dim"(%2193) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2195 = "stablehlo.divide"(%2192, %2194) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2196 = "chlo.square"(%2190) : (tensor<1x1xf32>) -> tensor<1x1xf32>
      %2197 = "stablehlo.subtract"(%2195, %2196) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2198 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2199 = "stablehlo.broadcast_in_dim"(%2198) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2200 = "stablehlo.maximum"(%2199, %2197) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2201 = "stablehlo.broadcast_in_dim"(%2190) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2202 = "stablehlo.broadcast_in_dim"(%2200) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2203 = "stablehlo.broadcast_in_dim"(%2201) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2204 = "stablehlo.subtract"(%2184, %2203) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2205 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %2206 = "stablehlo.broadcast_in_dim"(%2205) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
      %2207 = "stablehlo.add"(%2202, %2206) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2208 = "stablehlo.rsqrt"(%2207) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2209 = "stablehlo.reshape"(%arg326) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2210 = "stablehlo.broadcast_in_dim"(%2208) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2211 = "stablehlo.multiply"(%2210, %2209) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2212 = "stablehlo.multiply"(%2204, %2211) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2213 = "stablehlo.reshape"(%arg327) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2214 = "stablehlo.add"(%2212, %2213) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2215 = "stablehlo.transpose"(%arg328) <{permutation = array<i64: 1, 0>}> : (tensor<256x64xf32>) -> tensor<64x256xf32>
      %2216 = "stablehlo.dot_general"(%2214, %2215) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x256xf32>) -> tensor<1x1x256xf32>
      %2217 = "stablehlo.broadcast_in_dim"(%arg329) <{broadcast_dimensions = array<i64: 2>}> : (tensor<256xf32>) -> tensor<1x1x256xf32>
      %2218 = "stablehlo.add"(%2216, %2217) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2219 = "stablehlo.multiply"(%2218, %2218) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2220 = "stablehlo.multiply"(%2219, %2218) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2221 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
      %2222 = "stablehlo.broadcast_in_dim"(%2221) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x256xf32>
      %2223 = "stablehlo.multiply"(%2222, %2220) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2224 = "stablehlo.add"(%2218, %2223) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2225 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
      %2226 = "stablehlo.broadcast_in_dim"(%2225) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x256xf32>
      %2227 = "stablehlo.multiply"(%2226, %2224) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2228 = "stablehlo.tanh"(%2227) : (tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2229 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2230 = "stablehlo.broadcast_in_dim"(%2229) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x256xf32>
      %2231 = "stablehlo.add"(%2230, %2228) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2232 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
      %2233 = "stablehlo.broadcast_in_dim"(%2232) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x256xf32>
      %2234 = "stablehlo.multiply"(%2233, %2231) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2235 = "stablehlo.multiply"(%2218, %2234) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2236 = "stablehlo.transpose"(%arg330) <{permutation = array<i64: 1, 0>}> : (tensor<64x256xf32>) -> tensor<256x64xf32>
      %2237 = "stablehlo.dot_general"(%2235, %2236) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x256xf32>, tensor<256x64xf32>) -> tensor<1x1x64xf32>
      %2238 = "stablehlo.broadcast_in_dim"(%arg331) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2239 = "stablehlo.add"(%2237, %2238) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2240 = "stablehlo.add"(%2184, %2239) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2241 = "chlo.square"(%2240) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2242 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2243 = "stablehlo.reduce"(%2240, %2242) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg376: tensor<f32>, %arg377: tensor<f32>):
        %2517 = "stablehlo.add"(%arg376, %arg377) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2517) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2244 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2245 = "stablehlo.broadcast_in_dim"(%2244) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2246 = "stablehlo.divide"(%2243, %2245) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2247 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2248 = "stablehlo.reduce"(%2241, %2247) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg374: tensor<f32>, %arg375: tensor<f32>):
        %2516 = "stablehlo.add"(%arg374, %arg375) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2516) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2249 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2250 = "stablehlo.broadcast_in_dim"(%2249) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2251 = "stablehlo.divide"(%2248, %2250) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2252 = "chlo.square"(%2246) : (tensor<1x1xf32>) -> tensor<1x1xf32>
      %2253 = "stablehlo.subtract"(%2251, %2252) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2254 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2255 = "stablehlo.broadcast_in_dim"(%2254) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2256 = "stablehlo.maximum"(%2255, %2253) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2257 = "stablehlo.broadcast_in_dim"(%2246) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2258 = "stablehlo.broadcast_in_dim"(%2256) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2259 = "stablehlo.broadcast_in_dim"(%2257) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2260 = "stablehlo.subtract"(%2240, %2259) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2261 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %2262 = "stablehlo.broadcast_in_dim"(%2261) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
      %2263 = "stablehlo.add"(%2258, %2262) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2264 = "stablehlo.rsqrt"(%2263) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2265 = "stablehlo.reshape"(%arg332) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2266 = "stablehlo.broadcast_in_dim"(%2264) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2267 = "stablehlo.multiply"(%2266, %2265) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2268 = "stablehlo.multiply"(%2260, %2267) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2269 = "stablehlo.reshape"(%arg333) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2270 = "stablehlo.add"(%2268, %2269) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2271 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
      %2272 = "stablehlo.broadcast_in_dim"(%2271) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x64xi1>
      %2273 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64xi32>
      %2274 = "stablehlo.broadcast_in_dim"(%2273) <{broadcast_dimensions = array<i64: 1>}> : (tensor<64xi32>) -> tensor<1x64xi32>
      %2275 = "stablehlo.broadcast_in_dim"(%2274) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xi32>) -> tensor<1x64x1xi32>
      %2276 = "stablehlo.broadcast_in_dim"(%2274) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x64xi32>) -> tensor<1x1x64xi32>
      %2277 = "stablehlo.broadcast_in_dim"(%2275) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xi32>) -> tensor<1x64x64xi32>
      %2278 = "stablehlo.broadcast_in_dim"(%2276) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xi32>) -> tensor<1x64x64xi32>
      %2279 = "stablehlo.compare"(%2277, %2278) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x64x64xi32>, tensor<1x64x64xi32>) -> tensor<1x64x64xi1>
      %2280 = "stablehlo.broadcast_in_dim"(%2279) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x64x64xi1>) -> tensor<1x1x64x64xi1>
      %2281 = "stablehlo.transpose"(%arg334) <{permutation = array<i64: 1, 0>}> : (tensor<192x64xf32>) -> tensor<64x192xf32>
      %2282 = "stablehlo.dot_general"(%2270, %2281) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x192xf32>) -> tensor<1x1x192xf32>
      %2283 = "stablehlo.broadcast_in_dim"(%arg335) <{broadcast_dimensions = array<i64: 2>}> : (tensor<192xf32>) -> tensor<1x1x192xf32>
      %2284 = "stablehlo.add"(%2282, %2283) : (tensor<1x1x192xf32>, tensor<1x1x192xf32>) -> tensor<1x1x192xf32>
      %2285 = "stablehlo.slice"(%2284) <{limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<1x1x192xf32>) -> tensor<1x1x64xf32>
      %2286 = "stablehlo.slice"(%2284) <{limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<1x1x192xf32>) -> tensor<1x1x64xf32>
      %2287 = "stablehlo.slice"(%2284) <{limit_indices = array<i64: 1, 1, 192>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<1x1x192xf32>) -> tensor<1x1x64xf32>
      %2288 = "stablehlo.reshape"(%2285) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
      %2289 = "stablehlo.reshape"(%2286) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
      %2290 = "stablehlo.reshape"(%2287) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
      %2291 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2292 = "stablehlo.compare"(%arg356, %2291) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2293 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
      %2294 = "stablehlo.add"(%arg356, %2293) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2295 = "stablehlo.select"(%2292, %2294, %arg356) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2296 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2297 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2298 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2299 = "stablehlo.dynamic_slice"(%2280, %2296, %2297, %2295, %2298) <{slice_sizes = array<i64: 1, 1, 1, 16>}> : (tensor<1x1x64x64xi1>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x1x16xi1>
      %2300 = "stablehlo.broadcast_in_dim"(%arg317) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<1x16xi32>) -> tensor<1x1x1x16xi32>
      %2301 = "stablehlo.convert"(%2299) : (tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xi32>
      %2302 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2303 = "stablehlo.broadcast_in_dim"(%2302) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1x16xi32>
      %2304 = "stablehlo.compare"(%2300, %2303) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
      %2305 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2306 = "stablehlo.broadcast_in_dim"(%2305) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1x16xi32>
      %2307 = "stablehlo.compare"(%2301, %2306) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
      %2308 = "stablehlo.and"(%2304, %2307) : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xi1>
      %2309 = "stablehlo.convert"(%2308) : (tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xf32>
      %2310 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2311 = "stablehlo.compare"(%arg356, %2310) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2312 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %2313 = "stablehlo.add"(%arg356, %2312) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2314 = "stablehlo.select"(%2311, %2313, %arg356) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2315 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2316 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2317 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2318 = "stablehlo.dynamic_update_slice"(%arg357, %2289, %2315, %2314, %2316, %2317) : (tensor<1x16x4x16xf32>, tensor<1x1x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x4x16xf32>
      %2319 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2320 = "stablehlo.compare"(%arg356, %2319) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2321 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %2322 = "stablehlo.add"(%arg356, %2321) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2323 = "stablehlo.select"(%2320, %2322, %arg356) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2324 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2325 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2326 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2327 = "stablehlo.dynamic_update_slice"(%arg358, %2290, %2324, %2323, %2325, %2326) : (tensor<1x16x4x16xf32>, tensor<1x1x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x4x16xf32>
      %2328 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2329 = "stablehlo.add"(%arg356, %2328) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2330 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
      %2331 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2332 = "stablehlo.add"(%arg356, %2331) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2333 = "stablehlo.broadcast_in_dim"(%2332) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
      %2334 = "stablehlo.compare"(%2330, %2333) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
      %2335 = "stablehlo.broadcast_in_dim"(%2334) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xi1>) -> tensor<1x1x1x16xi1>
      %2336 = "stablehlo.convert"(%2335) : (tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xf32>
      %2337 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2338 = "stablehlo.broadcast_in_dim"(%2337) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2339 = "stablehlo.compare"(%2336, %2338) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xi1>
      %2340 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2341 = "stablehlo.broadcast_in_dim"(%2340) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2342 = "stablehlo.compare"(%2309, %2341) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xi1>
      %2343 = "stablehlo.and"(%2339, %2342) : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xi1>
      %2344 = "stablehlo.convert"(%2343) : (tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xf32>
      %2345 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2346 = "stablehlo.broadcast_in_dim"(%2345) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2347 = "stablehlo.compare"(%2344, %2346) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xi1>
      %2348 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2349 = "stablehlo.broadcast_in_dim"(%2348) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2350 = "stablehlo.convert"(%2349) : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
      %2351 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
      %2352 = "stablehlo.broadcast_in_dim"(%2351) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2353 = "stablehlo.select"(%2347, %2350, %2352) : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
      %2354 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2355 = "stablehlo.sqrt"(%2354) : (tensor<f32>) -> tensor<f32>
      %2356 = "stablehlo.convert"(%2355) : (tensor<f32>) -> tensor<f32>
      %2357 = "stablehlo.broadcast_in_dim"(%2356) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
      %2358 = "stablehlo.divide"(%2288, %2357) : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
      %2359 = "stablehlo.dot_general"(%2358, %2318) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x4x1x16xf32>
      %2360 = "stablehlo.broadcast_in_dim"(%2353) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2361 = "stablehlo.add"(%2359, %2360) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2362 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2363 = "stablehlo.reduce"(%2361, %2362) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg372: tensor<f32>, %arg373: tensor<f32>):
        %2515 = "stablehlo.maximum"(%arg372, %arg373) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2515) : (tensor<f32>) -> ()
      }) : (tensor<1x4x1x16xf32>, tensor<f32>) -> tensor<1x4x1xf32>
      %2364 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2365 = "stablehlo.broadcast_in_dim"(%2364) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
      %2366 = "stablehlo.maximum"(%2365, %2363) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
      %2367 = "stablehlo.broadcast_in_dim"(%2366) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x1x1xf32>
      %2368 = "stablehlo.broadcast_in_dim"(%2367) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x1xf32>) -> tensor<1x4x1x16xf32>
      %2369 = "stablehlo.subtract"(%2361, %2368) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2370 = "stablehlo.exponential"(%2369) : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2371 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2372 = "stablehlo.reduce"(%2370, %2371) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg370: tensor<f32>, %arg371: tensor<f32>):
        %2514 = "stablehlo.add"(%arg370, %arg371) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2514) : (tensor<f32>) -> ()
      }) : (tensor<1x4x1x16xf32>, tensor<f32>) -> tensor<1x4x1xf32>
      %2373 = "stablehlo.broadcast_in_dim"(%2372) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x1x1xf32>
      %2374 = "stablehlo.broadcast_in_dim"(%2373) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x1xf32>) -> tensor<1x4x1x16xf32>
      %2375 = "stablehlo.divide"(%2370, %2374) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2376 = "stablehlo.dot_general"(%2327, %2375) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x16x1xf32>
      %2377 = "stablehlo.transpose"(%2376) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x4x16x1xf32>) -> tensor<1x1x4x16xf32>
      %2378 = "stablehlo.reshape"(%2377) : (tensor<1x1x4x16xf32>) -> tensor<1x1x64xf32>
      %2379 = "stablehlo.transpose"(%arg336) <{permutation = array<i64: 1, 0>}> : (tensor<64x64xf32>) -> tensor<64x64xf32>
      %2380 = "stablehlo.dot_general"(%2378, %2379) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x64xf32>) -> tensor<1x1x64xf32>
      %2381 = "stablehlo.broadcast_in_dim"(%arg337) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2382 = "stablehlo.add"(%2380, %2381) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2383 = "stablehlo.add"(%2382, %2240) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2384 = "chlo.square"(%2383) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2385 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2386 = "stablehlo.reduce"(%2383, %2385) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg368: tensor<f32>, %arg369: tensor<f32>):
        %2513 = "stablehlo.add"(%arg368, %arg369) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2513) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2387 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2388 = "stablehlo.broadcast_in_dim"(%2387) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2389 = "stablehlo.divide"(%2386, %2388) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2390 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2391 = "stablehlo.reduce"(%2384, %2390) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg366: tensor<f32>, %arg367: tensor<f32>):
        %2512 = "stablehlo.add"(%arg366, %arg367) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2512) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2392 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2393 = "stablehlo.broadcast_in_dim"(%2392) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2394 = "stablehlo.divide"(%2391, %2393) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2395 = "chlo.square"(%2389) : (tensor<1x1xf32>) -> tensor<1x1xf32>
      %2396 = "stablehlo.subtract"(%2394, %2395) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2397 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2398 = "stablehlo.broadcast_in_dim"(%2397) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2399 = "stablehlo.maximum"(%2398, %2396) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2400 = "stablehlo.broadcast_in_dim"(%2389) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2401 = "stablehlo.broadcast_in_dim"(%2399) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2402 = "stablehlo.broadcast_in_dim"(%2400) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2403 = "stablehlo.subtract"(%2383, %2402) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2404 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %2405 = "stablehlo.broadcast_in_dim"(%2404) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
      %2406 = "stablehlo.add"(%2401, %2405) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2407 = "stablehlo.rsqrt"(%2406) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2408 = "stablehlo.reshape"(%arg338) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2409 = "stablehlo.broadcast_in_dim"(%2407) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2410 = "stablehlo.multiply"(%2409, %2408) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2411 = "stablehlo.multiply"(%2403, %2410) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2412 = "stablehlo.reshape"(%arg339) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2413 = "stablehlo.add"(%2411, %2412) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2414 = "stablehlo.transpose"(%arg340) <{permutation = array<i64: 1, 0>}> : (tensor<256x64xf32>) -> tensor<64x256xf32>
      %2415 = "stablehlo.dot_general"(%2413, %2414) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x256xf32>) -> tensor<1x1x256xf32>
      %2416 = "stablehlo.broadcast_in_dim"(%arg341) <{broadcast_dimensions = array<i64: 2>}> : (tensor<256xf32>) -> tensor<1x1x256xf32>
      %2417 = "stablehlo.add"(%2415, %2416) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2418 = "stablehlo.multiply"(%2417, %2417) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2419 = "stablehlo.multiply"(%2418, %2417) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2420 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
      %2421 = "stablehlo.broadcast_in_dim"(%2420) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x256xf32>
      %2422 = "stablehlo.multiply"(%2421, %2419) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2423 = "stablehlo.add"(%2417, %2422) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2424 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
      %2425 = "stablehlo.broadcast_in_dim"(%2424) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x256xf32>
      %2426 = "stablehlo.multiply"(%2425, %2423) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2427 = "stablehlo.tanh"(%2426) : (tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2428 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2429 = "stablehlo.broadcast_in_dim"(%2428) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x256xf32>
      %2430 = "stablehlo.add"(%2429, %2427) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2431 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
      %2432 = "stablehlo.broadcast_in_dim"(%2431) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x256xf32>
      %2433 = "stablehlo.multiply"(%2432, %2430) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2434 = "stablehlo.multiply"(%2417, %2433) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2435 = "stablehlo.transpose"(%arg342) <{permutation = array<i64: 1, 0>}> : (tensor<64x256xf32>) -> tensor<256x64xf32>
      %2436 = "stablehlo.dot_general"(%2434, %2435) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x256xf32>, tensor<256x64xf32>) -> tensor<1x1x64xf32>
      %2437 = "stablehlo.broadcast_in_dim"(%arg343) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2438 = "stablehlo.add"(%2436, %2437) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2439 = "stablehlo.add"(%2383, %2438) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2440 = "chlo.square"(%2439) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2441 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2442 = "stablehlo.reduce"(%2439, %2441) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg364: tensor<f32>, %arg365: tensor<f32>):
        %2511 = "stablehlo.add"(%arg364, %arg365) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2511) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2443 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2444 = "stablehlo.broadcast_in_dim"(%2443) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2445 = "stablehlo.divide"(%2442, %2444) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2446 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2447 = "stablehlo.reduce"(%2440, %2446) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg362: tensor<f32>, %arg363: tensor<f32>):
        %2510 = "stablehlo.add"(%arg362, %arg363) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2510) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2448 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2449 = "stablehlo.broadcast_in_dim"(%2448) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2450 = "stablehlo.divide"(%2447, %2449) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2451 = "chlo.square"(%2445) : (tensor<1x1xf32>) -> tensor<1x1xf32>
      %2452 = "stablehlo.subtract"(%2450, %2451) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2453 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2454 = "stablehlo.broadcast_in_dim"(%2453) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2455 = "stablehlo.maximum"(%2454, %2452) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2456 = "stablehlo.broadcast_in_dim"(%2445) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2457 = "stablehlo.broadcast_in_dim"(%2455) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2458 = "stablehlo.broadcast_in_dim"(%2456) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2459 = "stablehlo.subtract"(%2439, %2458) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2460 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %2461 = "stablehlo.broadcast_in_dim"(%2460) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
      %2462 = "stablehlo.add"(%2457, %2461) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2463 = "stablehlo.rsqrt"(%2462) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2464 = "stablehlo.reshape"(%arg344) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2465 = "stablehlo.broadcast_in_dim"(%2463) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2466 = "stablehlo.multiply"(%2465, %2464) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2467 = "stablehlo.multiply"(%2459, %2466) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2468 = "stablehlo.reshape"(%arg345) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2469 = "stablehlo.add"(%2467, %2468) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2470 = "stablehlo.dot_general"(%2469, %arg346) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x97xf32>) -> tensor<1x1x97xf32>
      %2471 = "stablehlo.reshape"(%2470) : (tensor<1x1x97xf32>) -> tensor<1x97xf32>
      %2472 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2473 = "stablehlo.subtract"(%arg349, %2472) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2474 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2475 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2476 = "func.call"(%2473, %2474, %2475) <{callee = @clip}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2477 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2478 = "stablehlo.subtract"(%2477, %2476) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2479 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
      %2480 = "stablehlo.broadcast_in_dim"(%2479) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %2481 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2482 = "stablehlo.broadcast_in_dim"(%2481) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
      %2483 = "stablehlo.scatter"(%2471, %2480, %2482) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
      ^bb0(%arg360: tensor<f32>, %arg361: tensor<f32>):
        "stablehlo.return"(%arg361) : (tensor<f32>) -> ()
      }) : (tensor<1x97xf32>, tensor<1xi32>, tensor<1xf32>) -> tensor<1x97xf32>
      %2484 = "func.call"(%2478, %2483, %2471) <{callee = @_where_31}> : (tensor<i32>, tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
      %2485 = "func.call"(%2484) <{callee = @argmax}> : (tensor<1x97xf32>) -> tensor<1xi32>
      %2486 = "stablehlo.not"(%arg352) : (tensor<1xi1>) -> tensor<1xi1>
      %2487 = "stablehlo.convert"(%2486) : (tensor<1xi1>) -> tensor<1xi32>
      %2488 = "stablehlo.multiply"(%2485, %2487) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
      %2489 = "stablehlo.convert"(%arg352) : (tensor<1xi1>) -> tensor<1xi32>
      %2490 = "stablehlo.broadcast_in_dim"(%arg347) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %2491 = "stablehlo.multiply"(%2490, %2489) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
      %2492 = "stablehlo.add"(%2488, %2491) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
      %2493 = "stablehlo.broadcast_in_dim"(%arg348) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %2494 = "stablehlo.compare"(%2492, %2493) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
      %2495 = "stablehlo.or"(%arg352, %2494) : (tensor<1xi1>, tensor<1xi1>) -> tensor<1xi1>
      %2496 = "stablehlo.broadcast_in_dim"(%2492) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
      %2497 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2498 = "stablehlo.compare"(%arg349, %2497) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2499 = "stablehlo.convert"(%arg349) : (tensor<i32>) -> tensor<i32>
      %2500 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %2501 = "stablehlo.add"(%2499, %2500) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2502 = "stablehlo.select"(%2498, %2501, %arg349) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2503 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2504 = "stablehlo.dynamic_update_slice"(%arg350, %2496, %2503, %2502) : (tensor<1x16xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x16xi32>
      %2505 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2506 = "stablehlo.broadcast_in_dim"(%2505) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
      %2507 = "stablehlo.add"(%arg359, %2506) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
      %2508 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2509 = "stablehlo.add"(%arg349, %2508) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg317, %arg318, %arg319, %arg320, %arg321, %arg322, %arg323, %arg324, %arg325, %arg326, %arg327, %arg328, %arg329, %arg330, %arg331, %arg332, %arg333, %arg334, %arg335, %arg336, %arg337, %arg338, %arg339, %arg340, %arg341, %arg342, %arg343, %arg344, %arg345, %arg346, %arg347, %arg348, %2509, %2504, %2496, %2495, %2130, %2119, %2128, %2329, %2318, %2327, %2507) : (tensor<1x16xi32>, tensor<97x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x97xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<1x16xi32>, tensor<1x1xi32>, tensor<1xi1>, tensor<i32>, tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>, tensor<i32>, tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>, tensor<1x1xi32>) -> ()
    }) : (tensor<1x16xi32>, tensor<97x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x97xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<1x16xi32>, tensor<1x1xi32>, tensor<1xi1>, tensor<i32>, tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>, tensor<i32>, tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>, tensor<1x1xi32>) -> (tensor<1x16xi32>, tensor<97x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x97xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<1x16xi32>, tensor<1x1xi32>, tensor<1xi1>, tensor<i32>, tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>, tensor<i32>, tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>, tensor<1x1xi32>)
    "func.return"(%2038#33) : (tensor<1x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x16xf32>) -> tensor<1x16xf32>, res_attrs = [{}], sym_name = "atleast_2d", sym_visibility = "private"}> ({
  ^bb0(%arg286: tensor<1x16xf32>):
    "func.return"(%arg286) : (tensor<1x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>, res_attrs = [{}], sym_name = "_threefry_fold_in", sym_visibility = "private"}> ({
  ^bb0(%arg284: tensor<2xui32>, %arg285: tensor<ui32>):
    %949 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %950 = "stablehlo.shift_right_logical"(%arg285, %949) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %951 = "stablehlo.broadcast_in_dim"(%950) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %952 = "stablehlo.constant"() <{value = dense<4294967295> : tensor<ui32>}> : () -> tensor<ui32>
    %953 = "stablehlo.and"(%arg285, %952) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %954 = "stablehlo.broadcast_in_dim"(%953) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %955 = "stablehlo.concatenate"(%951, %954) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %956 = "stablehlo.slice"(%arg284) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %957 = "stablehlo.reshape"(%956) : (tensor<1xui32>) -> tensor<ui32>
    %958 = "stablehlo.slice"(%arg284) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %959 = "stablehlo.reshape"(%958) : (tensor<1xui32>) -> tensor<ui32>
    %960 = "stablehlo.slice"(%955) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %961 = "stablehlo.slice"(%955) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %962:2 = "func.call"(%957, %959, %960, %961) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<1xui32>, tensor<1xui32>) -> (tensor<1xui32>, tensor<1xui32>)
    %963 = "stablehlo.concatenate"(%962#0, %962#1) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    "func.return"(%963) : (tensor<2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<1xui32>, tensor<1xui32>) -> (tensor<1xui32>, tensor<1xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg262: tensor<ui32>, %arg263: tensor<ui32>, %arg264: tensor<1xui32>, %arg265: tensor<1xui32>):
    %932 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %933 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %934 = "stablehlo.xor"(%arg262, %arg263) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %935 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %936 = "stablehlo.xor"(%934, %935) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %937 = "stablehlo.broadcast_in_dim"(%arg262) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %938 = "stablehlo.add"(%arg264, %937) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %939 = "stablehlo.broadcast_in_dim"(%arg263) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %940 = "stablehlo.add"(%arg265, %939) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %941 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %942 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %943:9 = "stablehlo.while"(%942, %941, %938, %940, %arg263, %936, %arg262, %932, %933) ({
    ^bb0(%arg275: tensor<i32>, %arg276: tensor<i32>, %arg277: tensor<1xui32>, %arg278: tensor<1xui32>, %arg279: tensor<ui32>, %arg280: tensor<ui32>, %arg281: tensor<ui32>, %arg282: tensor<4xui32>, %arg283: tensor<4xui32>):
      %947 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %948 = "stablehlo.compare"(%arg275, %947) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%948) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg266: tensor<i32>, %arg267: tensor<i32>, %arg268: tensor<1xui32>, %arg269: tensor<1xui32>, %arg270: tensor<ui32>, %arg271: tensor<ui32>, %arg272: tensor<ui32>, %arg273: tensor<4xui32>, %arg274: tensor<4xui32>):
      %944:8 = "func.call"(%arg267, %arg268, %arg269, %arg270, %arg271, %arg272, %arg273, %arg274) <{callee = @closed_call}> : (tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %945 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %946 = "stablehlo.add"(%arg266, %945) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%946, %944#0, %944#1, %944#2, %944#3, %944#4, %944#5, %944#6, %944#7) : (tensor<i32>, tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%943#2, %943#3) : (tensor<1xui32>, tensor<1xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg254: tensor<i32>, %arg255: tensor<1xui32>, %arg256: tensor<1xui32>, %arg257: tensor<ui32>, %arg258: tensor<ui32>, %arg259: tensor<ui32>, %arg260: tensor<4xui32>, %arg261: tensor<4xui32>):
    %877 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %878 = "stablehlo.add"(%arg254, %877) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %879 = "stablehlo.slice"(%arg260) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %880 = "stablehlo.reshape"(%879) : (tensor<1xui32>) -> tensor<ui32>
    %881 = "stablehlo.add"(%arg255, %arg256) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %882 = "stablehlo.broadcast_in_dim"(%880) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %883 = "stablehlo.shift_left"(%arg256, %882) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %884 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %885 = "stablehlo.subtract"(%884, %880) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %886 = "stablehlo.broadcast_in_dim"(%885) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %887 = "stablehlo.shift_right_logical"(%arg256, %886) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %888 = "stablehlo.or"(%883, %887) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %889 = "stablehlo.xor"(%881, %888) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %890 = "stablehlo.slice"(%arg260) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %891 = "stablehlo.reshape"(%890) : (tensor<1xui32>) -> tensor<ui32>
    %892 = "stablehlo.add"(%881, %889) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %893 = "stablehlo.broadcast_in_dim"(%891) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %894 = "stablehlo.shift_left"(%889, %893) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %895 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %896 = "stablehlo.subtract"(%895, %891) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %897 = "stablehlo.broadcast_in_dim"(%896) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %898 = "stablehlo.shift_right_logical"(%889, %897) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %899 = "stablehlo.or"(%894, %898) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %900 = "stablehlo.xor"(%892, %899) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %901 = "stablehlo.slice"(%arg260) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %902 = "stablehlo.reshape"(%901) : (tensor<1xui32>) -> tensor<ui32>
    %903 = "stablehlo.add"(%892, %900) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %904 = "stablehlo.broadcast_in_dim"(%902) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %905 = "stablehlo.shift_left"(%900, %904) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %906 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %907 = "stablehlo.subtract"(%906, %902) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %908 = "stablehlo.broadcast_in_dim"(%907) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %909 = "stablehlo.shift_right_logical"(%900, %908) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %910 = "stablehlo.or"(%905, %909) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %911 = "stablehlo.xor"(%903, %910) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %912 = "stablehlo.slice"(%arg260) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %913 = "stablehlo.reshape"(%912) : (tensor<1xui32>) -> tensor<ui32>
    %914 = "stablehlo.add"(%903, %911) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %915 = "stablehlo.broadcast_in_dim"(%913) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %916 = "stablehlo.shift_left"(%911, %915) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %917 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %918 = "stablehlo.subtract"(%917, %913) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %919 = "stablehlo.broadcast_in_dim"(%918) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %920 = "stablehlo.shift_right_logical"(%911, %919) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %921 = "stablehlo.or"(%916, %920) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %922 = "stablehlo.xor"(%914, %921) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %923 = "stablehlo.broadcast_in_dim"(%arg257) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %924 = "stablehlo.add"(%914, %923) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %925 = "stablehlo.broadcast_in_dim"(%arg258) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %926 = "stablehlo.add"(%922, %925) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %927 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %928 = "stablehlo.add"(%arg254, %927) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %929 = "stablehlo.convert"(%928) : (tensor<i32>) -> tensor<ui32>
    %930 = "stablehlo.broadcast_in_dim"(%929) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %931 = "stablehlo.add"(%926, %930) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    "func.return"(%878, %924, %931, %arg258, %arg259, %arg257, %arg261, %arg260) : (tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<97x64xf32>, res_attrs = [{}], sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg253: tensor<2xui32>):
    %876 = "func.call"(%arg253) <{callee = @_normal_real}> : (tensor<2xui32>) -> tensor<97x64xf32>
    "func.return"(%876) : (tensor<97x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<97x64xf32>, res_attrs = [{}], sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg252: tensor<2xui32>):
    %869 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %870 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %871 = "func.call"(%arg252, %869, %870) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<97x64xf32>
    %872 = "chlo.erf_inv"(%871) : (tensor<97x64xf32>) -> tensor<97x64xf32>
    %873 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %874 = "stablehlo.broadcast_in_dim"(%873) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<97x64xf32>
    %875 = "stablehlo.multiply"(%874, %872) : (tensor<97x64xf32>, tensor<97x64xf32>) -> tensor<97x64xf32>
    "func.return"(%875) : (tensor<97x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<97x64xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg249: tensor<2xui32>, %arg250: tensor<f32>, %arg251: tensor<f32>):
    %830 = "stablehlo.broadcast_in_dim"(%arg250) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %831 = "stablehlo.broadcast_in_dim"(%arg251) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %832 = "stablehlo.slice"(%arg249) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %833 = "stablehlo.reshape"(%832) : (tensor<1xui32>) -> tensor<ui32>
    %834 = "stablehlo.slice"(%arg249) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %835 = "stablehlo.reshape"(%834) : (tensor<1xui32>) -> tensor<ui32>
    %836 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<97x64xui64>
    %837 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<97x64xui64>
    %838 = "stablehlo.constant"() <{value = dense<64> : tensor<ui64>}> : () -> tensor<ui64>
    %839 = "stablehlo.broadcast_in_dim"(%838) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<97x64xui64>
    %840 = "stablehlo.multiply"(%839, %836) : (tensor<97x64xui64>, tensor<97x64xui64>) -> tensor<97x64xui64>
    %841 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %842 = "stablehlo.broadcast_in_dim"(%841) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<97x64xui64>
    %843 = "stablehlo.multiply"(%842, %837) : (tensor<97x64xui64>, tensor<97x64xui64>) -> tensor<97x64xui64>
    %844 = "stablehlo.add"(%840, %843) : (tensor<97x64xui64>, tensor<97x64xui64>) -> tensor<97x64xui64>
    %845 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %846 = "stablehlo.broadcast_in_dim"(%845) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<97x64xui64>
    %847 = "stablehlo.shift_right_logical"(%844, %846) : (tensor<97x64xui64>, tensor<97x64xui64>) -> tensor<97x64xui64>
    %848 = "stablehlo.convert"(%844) : (tensor<97x64xui64>) -> tensor<97x64xui32>
    %849 = "stablehlo.convert"(%847) : (tensor<97x64xui64>) -> tensor<97x64xui32>
    %850:2 = "func.call"(%833, %835, %849, %848) <{callee = @threefry2x32_0}> : (tensor<ui32>, tensor<ui32>, tensor<97x64xui32>, tensor<97x64xui32>) -> (tensor<97x64xui32>, tensor<97x64xui32>)
    %851 = "stablehlo.xor"(%850#0, %850#1) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %852 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %853 = "stablehlo.broadcast_in_dim"(%852) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %854 = "stablehlo.shift_right_logical"(%851, %853) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %855 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %856 = "stablehlo.broadcast_in_dim"(%855) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %857 = "stablehlo.or"(%854, %856) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %858 = "stablehlo.bitcast_convert"(%857) : (tensor<97x64xui32>) -> tensor<97x64xf32>
    %859 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %860 = "stablehlo.broadcast_in_dim"(%859) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<97x64xf32>
    %861 = "stablehlo.subtract"(%858, %860) : (tensor<97x64xf32>, tensor<97x64xf32>) -> tensor<97x64xf32>
    %862 = "stablehlo.subtract"(%831, %830) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %863 = "stablehlo.broadcast_in_dim"(%862) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<97x64xf32>
    %864 = "stablehlo.multiply"(%861, %863) : (tensor<97x64xf32>, tensor<97x64xf32>) -> tensor<97x64xf32>
    %865 = "stablehlo.broadcast_in_dim"(%830) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<97x64xf32>
    %866 = "stablehlo.add"(%864, %865) : (tensor<97x64xf32>, tensor<97x64xf32>) -> tensor<97x64xf32>
    %867 = "stablehlo.broadcast_in_dim"(%830) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<97x64xf32>
    %868 = "stablehlo.maximum"(%867, %866) : (tensor<97x64xf32>, tensor<97x64xf32>) -> tensor<97x64xf32>
    "func.return"(%868) : (tensor<97x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<97x64xui32>, tensor<97x64xui32>) -> (tensor<97x64xui32>, tensor<97x64xui32>), sym_name = "threefry2x32_0", sym_visibility = "private"}> ({
  ^bb0(%arg227: tensor<ui32>, %arg228: tensor<ui32>, %arg229: tensor<97x64xui32>, %arg230: tensor<97x64xui32>):
    %813 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %814 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %815 = "stablehlo.xor"(%arg227, %arg228) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %816 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %817 = "stablehlo.xor"(%815, %816) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %818 = "stablehlo.broadcast_in_dim"(%arg227) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %819 = "stablehlo.add"(%arg229, %818) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %820 = "stablehlo.broadcast_in_dim"(%arg228) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %821 = "stablehlo.add"(%arg230, %820) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %822 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %823 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %824:9 = "stablehlo.while"(%823, %822, %819, %821, %arg228, %817, %arg227, %813, %814) ({
    ^bb0(%arg240: tensor<i32>, %arg241: tensor<i32>, %arg242: tensor<97x64xui32>, %arg243: tensor<97x64xui32>, %arg244: tensor<ui32>, %arg245: tensor<ui32>, %arg246: tensor<ui32>, %arg247: tensor<4xui32>, %arg248: tensor<4xui32>):
      %828 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %829 = "stablehlo.compare"(%arg240, %828) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%829) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg231: tensor<i32>, %arg232: tensor<i32>, %arg233: tensor<97x64xui32>, %arg234: tensor<97x64xui32>, %arg235: tensor<ui32>, %arg236: tensor<ui32>, %arg237: tensor<ui32>, %arg238: tensor<4xui32>, %arg239: tensor<4xui32>):
      %825:8 = "func.call"(%arg232, %arg233, %arg234, %arg235, %arg236, %arg237, %arg238, %arg239) <{callee = @closed_call_1}> : (tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %826 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %827 = "stablehlo.add"(%arg231, %826) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%827, %825#0, %825#1, %825#2, %825#3, %825#4, %825#5, %825#6, %825#7) : (tensor<i32>, tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%824#2, %824#3) : (tensor<97x64xui32>, tensor<97x64xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_1", sym_visibility = "private"}> ({
  ^bb0(%arg219: tensor<i32>, %arg220: tensor<97x64xui32>, %arg221: tensor<97x64xui32>, %arg222: tensor<ui32>, %arg223: tensor<ui32>, %arg224: tensor<ui32>, %arg225: tensor<4xui32>, %arg226: tensor<4xui32>):
    %758 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %759 = "stablehlo.add"(%arg219, %758) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %760 = "stablehlo.slice"(%arg225) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %761 = "stablehlo.reshape"(%760) : (tensor<1xui32>) -> tensor<ui32>
    %762 = "stablehlo.add"(%arg220, %arg221) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %763 = "stablehlo.broadcast_in_dim"(%761) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %764 = "stablehlo.shift_left"(%arg221, %763) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %765 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %766 = "stablehlo.subtract"(%765, %761) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %767 = "stablehlo.broadcast_in_dim"(%766) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %768 = "stablehlo.shift_right_logical"(%arg221, %767) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %769 = "stablehlo.or"(%764, %768) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %770 = "stablehlo.xor"(%762, %769) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %771 = "stablehlo.slice"(%arg225) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %772 = "stablehlo.reshape"(%771) : (tensor<1xui32>) -> tensor<ui32>
    %773 = "stablehlo.add"(%762, %770) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %774 = "stablehlo.broadcast_in_dim"(%772) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %775 = "stablehlo.shift_left"(%770, %774) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %776 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %777 = "stablehlo.subtract"(%776, %772) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %778 = "stablehlo.broadcast_in_dim"(%777) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %779 = "stablehlo.shift_right_logical"(%770, %778) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %780 = "stablehlo.or"(%775, %779) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %781 = "stablehlo.xor"(%773, %780) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %782 = "stablehlo.slice"(%arg225) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %783 = "stablehlo.reshape"(%782) : (tensor<1xui32>) -> tensor<ui32>
    %784 = "stablehlo.add"(%773, %781) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %785 = "stablehlo.broadcast_in_dim"(%783) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %786 = "stablehlo.shift_left"(%781, %785) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %787 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %788 = "stablehlo.subtract"(%787, %783) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %789 = "stablehlo.broadcast_in_dim"(%788) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %790 = "stablehlo.shift_right_logical"(%781, %789) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %791 = "stablehlo.or"(%786, %790) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %792 = "stablehlo.xor"(%784, %791) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %793 = "stablehlo.slice"(%arg225) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %794 = "stablehlo.reshape"(%793) : (tensor<1xui32>) -> tensor<ui32>
    %795 = "stablehlo.add"(%784, %792) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %796 = "stablehlo.broadcast_in_dim"(%794) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %797 = "stablehlo.shift_left"(%792, %796) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %798 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %799 = "stablehlo.subtract"(%798, %794) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %800 = "stablehlo.broadcast_in_dim"(%799) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %801 = "stablehlo.shift_right_logical"(%792, %800) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %802 = "stablehlo.or"(%797, %801) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %803 = "stablehlo.xor"(%795, %802) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %804 = "stablehlo.broadcast_in_dim"(%arg222) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %805 = "stablehlo.add"(%795, %804) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %806 = "stablehlo.broadcast_in_dim"(%arg223) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %807 = "stablehlo.add"(%803, %806) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %808 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %809 = "stablehlo.add"(%arg219, %808) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %810 = "stablehlo.convert"(%809) : (tensor<i32>) -> tensor<ui32>
    %811 = "stablehlo.broadcast_in_dim"(%810) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %812 = "stablehlo.add"(%807, %811) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    "func.return"(%759, %805, %812, %arg223, %arg224, %arg222, %arg226, %arg225) : (tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<97x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>, res_attrs = [{}], sym_name = "_take", sym_visibility = "private"}> ({
  ^bb0(%arg215: tensor<97x64xf32>, %arg216: tensor<1x16xi32>):
    %734 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %735 = "stablehlo.broadcast_in_dim"(%734) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %736 = "stablehlo.compare"(%arg216, %735) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %737 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
    %738 = "stablehlo.broadcast_in_dim"(%737) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %739 = "stablehlo.add"(%arg216, %738) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %740 = "func.call"(%736, %739, %arg216) <{callee = @_where}> : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %741 = "stablehlo.broadcast_in_dim"(%740) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi32>) -> tensor<1x16x1xi32>
    %742 = "stablehlo.constant"() <{value = dense<96> : tensor<1xi32>}> : () -> tensor<1xi32>
    %743 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %744 = "stablehlo.broadcast_in_dim"(%743) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16x1xi32>
    %745 = "stablehlo.compare"(%741, %744) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x1xi1>
    %746 = "stablehlo.broadcast_in_dim"(%742) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %747 = "stablehlo.broadcast_in_dim"(%746) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<1x16x1xi32>
    %748 = "stablehlo.compare"(%741, %747) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x1xi1>
    %749 = "stablehlo.and"(%745, %748) : (tensor<1x16x1xi1>, tensor<1x16x1xi1>) -> tensor<1x16x1xi1>
    %750 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %751 = "stablehlo.reduce"(%749, %750) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg217: tensor<i1>, %arg218: tensor<i1>):
      %757 = "stablehlo.and"(%arg217, %arg218) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%757) : (tensor<i1>) -> ()
    }) : (tensor<1x16x1xi1>, tensor<i1>) -> tensor<1x16xi1>
    %752 = "stablehlo.gather"(%arg215, %741) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<97x64xf32>, tensor<1x16x1xi32>) -> tensor<1x16x64xf32>
    %753 = "stablehlo.broadcast_in_dim"(%751) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi1>) -> tensor<1x16x64xi1>
    %754 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %755 = "stablehlo.broadcast_in_dim"(%754) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x64xf32>
    %756 = "stablehlo.select"(%753, %752, %755) : (tensor<1x16x64xi1>, tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    "func.return"(%756) : (tensor<1x16x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg212: tensor<1x16xi1>, %arg213: tensor<1x16xi32>, %arg214: tensor<1x16xi32>):
    %733 = "stablehlo.select"(%arg212, %arg213, %arg214) : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    "func.return"(%733) : (tensor<1x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<64x64xf32>, res_attrs = [{}], sym_name = "_normal_2", sym_visibility = "private"}> ({
  ^bb0(%arg211: tensor<2xui32>):
    %732 = "func.call"(%arg211) <{callee = @_normal_real_3}> : (tensor<2xui32>) -> tensor<64x64xf32>
    "func.return"(%732) : (tensor<64x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<64x64xf32>, res_attrs = [{}], sym_name = "_normal_real_3", sym_visibility = "private"}> ({
  ^bb0(%arg210: tensor<2xui32>):
    %725 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %726 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %727 = "func.call"(%arg210, %725, %726) <{callee = @_uniform_4}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<64x64xf32>
    %728 = "chlo.erf_inv"(%727) : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %729 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %730 = "stablehlo.broadcast_in_dim"(%729) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x64xf32>
    %731 = "stablehlo.multiply"(%730, %728) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    "func.return"(%731) : (tensor<64x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<64x64xf32>, res_attrs = [{}], sym_name = "_uniform_4", sym_visibility = "private"}> ({
  ^bb0(%arg207: tensor<2xui32>, %arg208: tensor<f32>, %arg209: tensor<f32>):
    %686 = "stablehlo.broadcast_in_dim"(%arg208) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %687 = "stablehlo.broadcast_in_dim"(%arg209) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %688 = "stablehlo.slice"(%arg207) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %689 = "stablehlo.reshape"(%688) : (tensor<1xui32>) -> tensor<ui32>
    %690 = "stablehlo.slice"(%arg207) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %691 = "stablehlo.reshape"(%690) : (tensor<1xui32>) -> tensor<ui32>
    %692 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64x64xui64>
    %693 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<64x64xui64>
    %694 = "stablehlo.constant"() <{value = dense<64> : tensor<ui64>}> : () -> tensor<ui64>
    %695 = "stablehlo.broadcast_in_dim"(%694) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x64xui64>
    %696 = "stablehlo.multiply"(%695, %692) : (tensor<64x64xui64>, tensor<64x64xui64>) -> tensor<64x64xui64>
    %697 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %698 = "stablehlo.broadcast_in_dim"(%697) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x64xui64>
    %699 = "stablehlo.multiply"(%698, %693) : (tensor<64x64xui64>, tensor<64x64xui64>) -> tensor<64x64xui64>
    %700 = "stablehlo.add"(%696, %699) : (tensor<64x64xui64>, tensor<64x64xui64>) -> tensor<64x64xui64>
    %701 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %702 = "stablehlo.broadcast_in_dim"(%701) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x64xui64>
    %703 = "stablehlo.shift_right_logical"(%700, %702) : (tensor<64x64xui64>, tensor<64x64xui64>) -> tensor<64x64xui64>
    %704 = "stablehlo.convert"(%700) : (tensor<64x64xui64>) -> tensor<64x64xui32>
    %705 = "stablehlo.convert"(%703) : (tensor<64x64xui64>) -> tensor<64x64xui32>
    %706:2 = "func.call"(%689, %691, %705, %704) <{callee = @threefry2x32_5}> : (tensor<ui32>, tensor<ui32>, tensor<64x64xui32>, tensor<64x64xui32>) -> (tensor<64x64xui32>, tensor<64x64xui32>)
    %707 = "stablehlo.xor"(%706#0, %706#1) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %708 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %709 = "stablehlo.broadcast_in_dim"(%708) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %710 = "stablehlo.shift_right_logical"(%707, %709) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %711 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %712 = "stablehlo.broadcast_in_dim"(%711) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %713 = "stablehlo.or"(%710, %712) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %714 = "stablehlo.bitcast_convert"(%713) : (tensor<64x64xui32>) -> tensor<64x64xf32>
    %715 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %716 = "stablehlo.broadcast_in_dim"(%715) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x64xf32>
    %717 = "stablehlo.subtract"(%714, %716) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    %718 = "stablehlo.subtract"(%687, %686) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %719 = "stablehlo.broadcast_in_dim"(%718) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x64xf32>
    %720 = "stablehlo.multiply"(%717, %719) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    %721 = "stablehlo.broadcast_in_dim"(%686) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x64xf32>
    %722 = "stablehlo.add"(%720, %721) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    %723 = "stablehlo.broadcast_in_dim"(%686) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x64xf32>
    %724 = "stablehlo.maximum"(%723, %722) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    "func.return"(%724) : (tensor<64x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<64x64xui32>, tensor<64x64xui32>) -> (tensor<64x64xui32>, tensor<64x64xui32>), sym_name = "threefry2x32_5", sym_visibility = "private"}> ({
  ^bb0(%arg185: tensor<ui32>, %arg186: tensor<ui32>, %arg187: tensor<64x64xui32>, %arg188: tensor<64x64xui32>):
    %669 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %670 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %671 = "stablehlo.xor"(%arg185, %arg186) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %672 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %673 = "stablehlo.xor"(%671, %672) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %674 = "stablehlo.broadcast_in_dim"(%arg185) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %675 = "stablehlo.add"(%arg187, %674) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %676 = "stablehlo.broadcast_in_dim"(%arg186) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %677 = "stablehlo.add"(%arg188, %676) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %678 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %679 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %680:9 = "stablehlo.while"(%679, %678, %675, %677, %arg186, %673, %arg185, %669, %670) ({
    ^bb0(%arg198: tensor<i32>, %arg199: tensor<i32>, %arg200: tensor<64x64xui32>, %arg201: tensor<64x64xui32>, %arg202: tensor<ui32>, %arg203: tensor<ui32>, %arg204: tensor<ui32>, %arg205: tensor<4xui32>, %arg206: tensor<4xui32>):
      %684 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %685 = "stablehlo.compare"(%arg198, %684) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%685) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg189: tensor<i32>, %arg190: tensor<i32>, %arg191: tensor<64x64xui32>, %arg192: tensor<64x64xui32>, %arg193: tensor<ui32>, %arg194: tensor<ui32>, %arg195: tensor<ui32>, %arg196: tensor<4xui32>, %arg197: tensor<4xui32>):
      %681:8 = "func.call"(%arg190, %arg191, %arg192, %arg193, %arg194, %arg195, %arg196, %arg197) <{callee = @closed_call_6}> : (tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %682 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %683 = "stablehlo.add"(%arg189, %682) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%683, %681#0, %681#1, %681#2, %681#3, %681#4, %681#5, %681#6, %681#7) : (tensor<i32>, tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%680#2, %680#3) : (tensor<64x64xui32>, tensor<64x64xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_6", sym_visibility = "private"}> ({
  ^bb0(%arg177: tensor<i32>, %arg178: tensor<64x64xui32>, %arg179: tensor<64x64xui32>, %arg180: tensor<ui32>, %arg181: tensor<ui32>, %arg182: tensor<ui32>, %arg183: tensor<4xui32>, %arg184: tensor<4xui32>):
    %614 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %615 = "stablehlo.add"(%arg177, %614) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %616 = "stablehlo.slice"(%arg183) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %617 = "stablehlo.reshape"(%616) : (tensor<1xui32>) -> tensor<ui32>
    %618 = "stablehlo.add"(%arg178, %arg179) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %619 = "stablehlo.broadcast_in_dim"(%617) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %620 = "stablehlo.shift_left"(%arg179, %619) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %621 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %622 = "stablehlo.subtract"(%621, %617) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %623 = "stablehlo.broadcast_in_dim"(%622) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %624 = "stablehlo.shift_right_logical"(%arg179, %623) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %625 = "stablehlo.or"(%620, %624) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %626 = "stablehlo.xor"(%618, %625) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %627 = "stablehlo.slice"(%arg183) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %628 = "stablehlo.reshape"(%627) : (tensor<1xui32>) -> tensor<ui32>
    %629 = "stablehlo.add"(%618, %626) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %630 = "stablehlo.broadcast_in_dim"(%628) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %631 = "stablehlo.shift_left"(%626, %630) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %632 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %633 = "stablehlo.subtract"(%632, %628) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %634 = "stablehlo.broadcast_in_dim"(%633) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %635 = "stablehlo.shift_right_logical"(%626, %634) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %636 = "stablehlo.or"(%631, %635) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %637 = "stablehlo.xor"(%629, %636) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %638 = "stablehlo.slice"(%arg183) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %639 = "stablehlo.reshape"(%638) : (tensor<1xui32>) -> tensor<ui32>
    %640 = "stablehlo.add"(%629, %637) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %641 = "stablehlo.broadcast_in_dim"(%639) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %642 = "stablehlo.shift_left"(%637, %641) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %643 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %644 = "stablehlo.subtract"(%643, %639) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %645 = "stablehlo.broadcast_in_dim"(%644) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %646 = "stablehlo.shift_right_logical"(%637, %645) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %647 = "stablehlo.or"(%642, %646) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %648 = "stablehlo.xor"(%640, %647) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %649 = "stablehlo.slice"(%arg183) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %650 = "stablehlo.reshape"(%649) : (tensor<1xui32>) -> tensor<ui32>
    %651 = "stablehlo.add"(%640, %648) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %652 = "stablehlo.broadcast_in_dim"(%650) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %653 = "stablehlo.shift_left"(%648, %652) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %654 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %655 = "stablehlo.subtract"(%654, %650) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %656 = "stablehlo.broadcast_in_dim"(%655) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %657 = "stablehlo.shift_right_logical"(%648, %656) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %658 = "stablehlo.or"(%653, %657) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %659 = "stablehlo.xor"(%651, %658) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %660 = "stablehlo.broadcast_in_dim"(%arg180) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %661 = "stablehlo.add"(%651, %660) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %662 = "stablehlo.broadcast_in_dim"(%arg181) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %663 = "stablehlo.add"(%659, %662) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %664 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %665 = "stablehlo.add"(%arg177, %664) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %666 = "stablehlo.convert"(%665) : (tensor<i32>) -> tensor<ui32>
    %667 = "stablehlo.broadcast_in_dim"(%666) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %668 = "stablehlo.add"(%663, %667) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    "func.return"(%615, %661, %668, %arg181, %arg182, %arg180, %arg184, %arg183) : (tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<64x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>, res_attrs = [{}], sym_name = "_take_7", sym_visibility = "private"}> ({
  ^bb0(%arg173: tensor<64x64xf32>, %arg174: tensor<1x16xi32>):
    %590 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %591 = "stablehlo.broadcast_in_dim"(%590) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %592 = "stablehlo.compare"(%arg174, %591) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %593 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
    %594 = "stablehlo.broadcast_in_dim"(%593) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %595 = "stablehlo.add"(%arg174, %594) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %596 = "func.call"(%592, %595, %arg174) <{callee = @_where}> : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %597 = "stablehlo.broadcast_in_dim"(%596) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi32>) -> tensor<1x16x1xi32>
    %598 = "stablehlo.constant"() <{value = dense<63> : tensor<1xi32>}> : () -> tensor<1xi32>
    %599 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %600 = "stablehlo.broadcast_in_dim"(%599) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16x1xi32>
    %601 = "stablehlo.compare"(%597, %600) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x1xi1>
    %602 = "stablehlo.broadcast_in_dim"(%598) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %603 = "stablehlo.broadcast_in_dim"(%602) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<1x16x1xi32>
    %604 = "stablehlo.compare"(%597, %603) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x1xi1>
    %605 = "stablehlo.and"(%601, %604) : (tensor<1x16x1xi1>, tensor<1x16x1xi1>) -> tensor<1x16x1xi1>
    %606 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %607 = "stablehlo.reduce"(%605, %606) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg175: tensor<i1>, %arg176: tensor<i1>):
      %613 = "stablehlo.and"(%arg175, %arg176) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%613) : (tensor<i1>) -> ()
    }) : (tensor<1x16x1xi1>, tensor<i1>) -> tensor<1x16xi1>
    %608 = "stablehlo.gather"(%arg173, %597) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<64x64xf32>, tensor<1x16x1xi32>) -> tensor<1x16x64xf32>
    %609 = "stablehlo.broadcast_in_dim"(%607) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi1>) -> tensor<1x16x64xi1>
    %610 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %611 = "stablehlo.broadcast_in_dim"(%610) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x64xf32>
    %612 = "stablehlo.select"(%609, %608, %611) : (tensor<1x16x64xi1>, tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    "func.return"(%612) : (tensor<1x16x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<192x64xf32>, res_attrs = [{}], sym_name = "_normal_8", sym_visibility = "private"}> ({
  ^bb0(%arg172: tensor<2xui32>):
    %589 = "func.call"(%arg172) <{callee = @_normal_real_9}> : (tensor<2xui32>) -> tensor<192x64xf32>
    "func.return"(%589) : (tensor<192x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<192x64xf32>, res_attrs = [{}], sym_name = "_normal_real_9", sym_visibility = "private"}> ({
  ^bb0(%arg171: tensor<2xui32>):
    %582 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %583 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %584 = "func.call"(%arg171, %582, %583) <{callee = @_uniform_10}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<192x64xf32>
    %585 = "chlo.erf_inv"(%584) : (tensor<192x64xf32>) -> tensor<192x64xf32>
    %586 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %587 = "stablehlo.broadcast_in_dim"(%586) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<192x64xf32>
    %588 = "stablehlo.multiply"(%587, %585) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    "func.return"(%588) : (tensor<192x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<192x64xf32>, res_attrs = [{}], sym_name = "_uniform_10", sym_visibility = "private"}> ({
  ^bb0(%arg168: tensor<2xui32>, %arg169: tensor<f32>, %arg170: tensor<f32>):
    %543 = "stablehlo.broadcast_in_dim"(%arg169) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %544 = "stablehlo.broadcast_in_dim"(%arg170) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %545 = "stablehlo.slice"(%arg168) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %546 = "stablehlo.reshape"(%545) : (tensor<1xui32>) -> tensor<ui32>
    %547 = "stablehlo.slice"(%arg168) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %548 = "stablehlo.reshape"(%547) : (tensor<1xui32>) -> tensor<ui32>
    %549 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<192x64xui64>
    %550 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<192x64xui64>
    %551 = "stablehlo.constant"() <{value = dense<64> : tensor<ui64>}> : () -> tensor<ui64>
    %552 = "stablehlo.broadcast_in_dim"(%551) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<192x64xui64>
    %553 = "stablehlo.multiply"(%552, %549) : (tensor<192x64xui64>, tensor<192x64xui64>) -> tensor<192x64xui64>
    %554 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %555 = "stablehlo.broadcast_in_dim"(%554) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<192x64xui64>
    %556 = "stablehlo.multiply"(%555, %550) : (tensor<192x64xui64>, tensor<192x64xui64>) -> tensor<192x64xui64>
    %557 = "stablehlo.add"(%553, %556) : (tensor<192x64xui64>, tensor<192x64xui64>) -> tensor<192x64xui64>
    %558 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %559 = "stablehlo.broadcast_in_dim"(%558) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<192x64xui64>
    %560 = "stablehlo.shift_right_logical"(%557, %559) : (tensor<192x64xui64>, tensor<192x64xui64>) -> tensor<192x64xui64>
    %561 = "stablehlo.convert"(%557) : (tensor<192x64xui64>) -> tensor<192x64xui32>
    %562 = "stablehlo.convert"(%560) : (tensor<192x64xui64>) -> tensor<192x64xui32>
    %563:2 = "func.call"(%546, %548, %562, %561) <{callee = @threefry2x32_11}> : (tensor<ui32>, tensor<ui32>, tensor<192x64xui32>, tensor<192x64xui32>) -> (tensor<192x64xui32>, tensor<192x64xui32>)
    %564 = "stablehlo.xor"(%563#0, %563#1) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %565 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %566 = "stablehlo.broadcast_in_dim"(%565) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %567 = "stablehlo.shift_right_logical"(%564, %566) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %568 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %569 = "stablehlo.broadcast_in_dim"(%568) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %570 = "stablehlo.or"(%567, %569) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %571 = "stablehlo.bitcast_convert"(%570) : (tensor<192x64xui32>) -> tensor<192x64xf32>
    %572 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %573 = "stablehlo.broadcast_in_dim"(%572) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<192x64xf32>
    %574 = "stablehlo.subtract"(%571, %573) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    %575 = "stablehlo.subtract"(%544, %543) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %576 = "stablehlo.broadcast_in_dim"(%575) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<192x64xf32>
    %577 = "stablehlo.multiply"(%574, %576) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    %578 = "stablehlo.broadcast_in_dim"(%543) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<192x64xf32>
    %579 = "stablehlo.add"(%577, %578) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    %580 = "stablehlo.broadcast_in_dim"(%543) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<192x64xf32>
    %581 = "stablehlo.maximum"(%580, %579) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    "func.return"(%581) : (tensor<192x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<192x64xui32>, tensor<192x64xui32>) -> (tensor<192x64xui32>, tensor<192x64xui32>), sym_name = "threefry2x32_11", sym_visibility = "private"}> ({
  ^bb0(%arg146: tensor<ui32>, %arg147: tensor<ui32>, %arg148: tensor<192x64xui32>, %arg149: tensor<192x64xui32>):
    %526 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %527 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %528 = "stablehlo.xor"(%arg146, %arg147) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %529 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %530 = "stablehlo.xor"(%528, %529) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %531 = "stablehlo.broadcast_in_dim"(%arg146) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %532 = "stablehlo.add"(%arg148, %531) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %533 = "stablehlo.broadcast_in_dim"(%arg147) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %534 = "stablehlo.add"(%arg149, %533) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %535 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %536 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %537:9 = "stablehlo.while"(%536, %535, %532, %534, %arg147, %530, %arg146, %526, %527) ({
    ^bb0(%arg159: tensor<i32>, %arg160: tensor<i32>, %arg161: tensor<192x64xui32>, %arg162: tensor<192x64xui32>, %arg163: tensor<ui32>, %arg164: tensor<ui32>, %arg165: tensor<ui32>, %arg166: tensor<4xui32>, %arg167: tensor<4xui32>):
      %541 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %542 = "stablehlo.compare"(%arg159, %541) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%542) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg150: tensor<i32>, %arg151: tensor<i32>, %arg152: tensor<192x64xui32>, %arg153: tensor<192x64xui32>, %arg154: tensor<ui32>, %arg155: tensor<ui32>, %arg156: tensor<ui32>, %arg157: tensor<4xui32>, %arg158: tensor<4xui32>):
      %538:8 = "func.call"(%arg151, %arg152, %arg153, %arg154, %arg155, %arg156, %arg157, %arg158) <{callee = @closed_call_12}> : (tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %539 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %540 = "stablehlo.add"(%arg150, %539) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%540, %538#0, %538#1, %538#2, %538#3, %538#4, %538#5, %538#6, %538#7) : (tensor<i32>, tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%537#2, %537#3) : (tensor<192x64xui32>, tensor<192x64xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_12", sym_visibility = "private"}> ({
  ^bb0(%arg138: tensor<i32>, %arg139: tensor<192x64xui32>, %arg140: tensor<192x64xui32>, %arg141: tensor<ui32>, %arg142: tensor<ui32>, %arg143: tensor<ui32>, %arg144: tensor<4xui32>, %arg145: tensor<4xui32>):
    %471 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %472 = "stablehlo.add"(%arg138, %471) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %473 = "stablehlo.slice"(%arg144) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %474 = "stablehlo.reshape"(%473) : (tensor<1xui32>) -> tensor<ui32>
    %475 = "stablehlo.add"(%arg139, %arg140) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %476 = "stablehlo.broadcast_in_dim"(%474) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %477 = "stablehlo.shift_left"(%arg140, %476) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %478 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %479 = "stablehlo.subtract"(%478, %474) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %480 = "stablehlo.broadcast_in_dim"(%479) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %481 = "stablehlo.shift_right_logical"(%arg140, %480) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %482 = "stablehlo.or"(%477, %481) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %483 = "stablehlo.xor"(%475, %482) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %484 = "stablehlo.slice"(%arg144) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %485 = "stablehlo.reshape"(%484) : (tensor<1xui32>) -> tensor<ui32>
    %486 = "stablehlo.add"(%475, %483) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %487 = "stablehlo.broadcast_in_dim"(%485) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %488 = "stablehlo.shift_left"(%483, %487) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %489 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %490 = "stablehlo.subtract"(%489, %485) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %491 = "stablehlo.broadcast_in_dim"(%490) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %492 = "stablehlo.shift_right_logical"(%483, %491) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %493 = "stablehlo.or"(%488, %492) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %494 = "stablehlo.xor"(%486, %493) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %495 = "stablehlo.slice"(%arg144) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %496 = "stablehlo.reshape"(%495) : (tensor<1xui32>) -> tensor<ui32>
    %497 = "stablehlo.add"(%486, %494) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %498 = "stablehlo.broadcast_in_dim"(%496) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %499 = "stablehlo.shift_left"(%494, %498) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %500 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %501 = "stablehlo.subtract"(%500, %496) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %502 = "stablehlo.broadcast_in_dim"(%501) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %503 = "stablehlo.shift_right_logical"(%494, %502) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %504 = "stablehlo.or"(%499, %503) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %505 = "stablehlo.xor"(%497, %504) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %506 = "stablehlo.slice"(%arg144) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %507 = "stablehlo.reshape"(%506) : (tensor<1xui32>) -> tensor<ui32>
    %508 = "stablehlo.add"(%497, %505) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %509 = "stablehlo.broadcast_in_dim"(%507) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %510 = "stablehlo.shift_left"(%505, %509) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %511 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %512 = "stablehlo.subtract"(%511, %507) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %513 = "stablehlo.broadcast_in_dim"(%512) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %514 = "stablehlo.shift_right_logical"(%505, %513) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %515 = "stablehlo.or"(%510, %514) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %516 = "stablehlo.xor"(%508, %515) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %517 = "stablehlo.broadcast_in_dim"(%arg141) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %518 = "stablehlo.add"(%508, %517) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %519 = "stablehlo.broadcast_in_dim"(%arg142) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %520 = "stablehlo.add"(%516, %519) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %521 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %522 = "stablehlo.add"(%arg138, %521) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %523 = "stablehlo.convert"(%522) : (tensor<i32>) -> tensor<ui32>
    %524 = "stablehlo.broadcast_in_dim"(%523) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %525 = "stablehlo.add"(%520, %524) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    "func.return"(%472, %518, %525, %arg142, %arg143, %arg141, %arg145, %arg144) : (tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<256x64xf32>, res_attrs = [{}], sym_name = "_normal_13", sym_visibility = "private"}> ({
  ^bb0(%arg137: tensor<2xui32>):
    %470 = "func.call"(%arg137) <{callee = @_normal_real_14}> : (tensor<2xui32>) -> tensor<256x64xf32>
    "func.return"(%470) : (tensor<256x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<256x64xf32>, res_attrs = [{}], sym_name = "_normal_real_14", sym_visibility = "private"}> ({
  ^bb0(%arg136: tensor<2xui32>):
    %463 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %464 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %465 = "func.call"(%arg136, %463, %464) <{callee = @_uniform_15}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<256x64xf32>
    %466 = "chlo.erf_inv"(%465) : (tensor<256x64xf32>) -> tensor<256x64xf32>
    %467 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %468 = "stablehlo.broadcast_in_dim"(%467) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<256x64xf32>
    %469 = "stablehlo.multiply"(%468, %466) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    "func.return"(%469) : (tensor<256x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<256x64xf32>, res_attrs = [{}], sym_name = "_uniform_15", sym_visibility = "private"}> ({
  ^bb0(%arg133: tensor<2xui32>, %arg134: tensor<f32>, %arg135: tensor<f32>):
    %424 = "stablehlo.broadcast_in_dim"(%arg134) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %425 = "stablehlo.broadcast_in_dim"(%arg135) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %426 = "stablehlo.slice"(%arg133) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %427 = "stablehlo.reshape"(%426) : (tensor<1xui32>) -> tensor<ui32>
    %428 = "stablehlo.slice"(%arg133) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %429 = "stablehlo.reshape"(%428) : (tensor<1xui32>) -> tensor<ui32>
    %430 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<256x64xui64>
    %431 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<256x64xui64>
    %432 = "stablehlo.constant"() <{value = dense<64> : tensor<ui64>}> : () -> tensor<ui64>
    %433 = "stablehlo.broadcast_in_dim"(%432) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<256x64xui64>
    %434 = "stablehlo.multiply"(%433, %430) : (tensor<256x64xui64>, tensor<256x64xui64>) -> tensor<256x64xui64>
    %435 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %436 = "stablehlo.broadcast_in_dim"(%435) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<256x64xui64>
    %437 = "stablehlo.multiply"(%436, %431) : (tensor<256x64xui64>, tensor<256x64xui64>) -> tensor<256x64xui64>
    %438 = "stablehlo.add"(%434, %437) : (tensor<256x64xui64>, tensor<256x64xui64>) -> tensor<256x64xui64>
    %439 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %440 = "stablehlo.broadcast_in_dim"(%439) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<256x64xui64>
    %441 = "stablehlo.shift_right_logical"(%438, %440) : (tensor<256x64xui64>, tensor<256x64xui64>) -> tensor<256x64xui64>
    %442 = "stablehlo.convert"(%438) : (tensor<256x64xui64>) -> tensor<256x64xui32>
    %443 = "stablehlo.convert"(%441) : (tensor<256x64xui64>) -> tensor<256x64xui32>
    %444:2 = "func.call"(%427, %429, %443, %442) <{callee = @threefry2x32_16}> : (tensor<ui32>, tensor<ui32>, tensor<256x64xui32>, tensor<256x64xui32>) -> (tensor<256x64xui32>, tensor<256x64xui32>)
    %445 = "stablehlo.xor"(%444#0, %444#1) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %446 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %447 = "stablehlo.broadcast_in_dim"(%446) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %448 = "stablehlo.shift_right_logical"(%445, %447) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %449 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %450 = "stablehlo.broadcast_in_dim"(%449) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %451 = "stablehlo.or"(%448, %450) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %452 = "stablehlo.bitcast_convert"(%451) : (tensor<256x64xui32>) -> tensor<256x64xf32>
    %453 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %454 = "stablehlo.broadcast_in_dim"(%453) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<256x64xf32>
    %455 = "stablehlo.subtract"(%452, %454) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %456 = "stablehlo.subtract"(%425, %424) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %457 = "stablehlo.broadcast_in_dim"(%456) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<256x64xf32>
    %458 = "stablehlo.multiply"(%455, %457) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %459 = "stablehlo.broadcast_in_dim"(%424) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<256x64xf32>
    %460 = "stablehlo.add"(%458, %459) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %461 = "stablehlo.broadcast_in_dim"(%424) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<256x64xf32>
    %462 = "stablehlo.maximum"(%461, %460) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    "func.return"(%462) : (tensor<256x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<256x64xui32>, tensor<256x64xui32>) -> (tensor<256x64xui32>, tensor<256x64xui32>), sym_name = "threefry2x32_16", sym_visibility = "private"}> ({
  ^bb0(%arg111: tensor<ui32>, %arg112: tensor<ui32>, %arg113: tensor<256x64xui32>, %arg114: tensor<256x64xui32>):
    %407 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %408 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %409 = "stablehlo.xor"(%arg111, %arg112) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %410 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %411 = "stablehlo.xor"(%409, %410) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %412 = "stablehlo.broadcast_in_dim"(%arg111) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %413 = "stablehlo.add"(%arg113, %412) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %414 = "stablehlo.broadcast_in_dim"(%arg112) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %415 = "stablehlo.add"(%arg114, %414) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %416 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %417 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %418:9 = "stablehlo.while"(%417, %416, %413, %415, %arg112, %411, %arg111, %407, %408) ({
    ^bb0(%arg124: tensor<i32>, %arg125: tensor<i32>, %arg126: tensor<256x64xui32>, %arg127: tensor<256x64xui32>, %arg128: tensor<ui32>, %arg129: tensor<ui32>, %arg130: tensor<ui32>, %arg131: tensor<4xui32>, %arg132: tensor<4xui32>):
      %422 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %423 = "stablehlo.compare"(%arg124, %422) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%423) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg115: tensor<i32>, %arg116: tensor<i32>, %arg117: tensor<256x64xui32>, %arg118: tensor<256x64xui32>, %arg119: tensor<ui32>, %arg120: tensor<ui32>, %arg121: tensor<ui32>, %arg122: tensor<4xui32>, %arg123: tensor<4xui32>):
      %419:8 = "func.call"(%arg116, %arg117, %arg118, %arg119, %arg120, %arg121, %arg122, %arg123) <{callee = @closed_call_17}> : (tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %420 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %421 = "stablehlo.add"(%arg115, %420) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%421, %419#0, %419#1, %419#2, %419#3, %419#4, %419#5, %419#6, %419#7) : (tensor<i32>, tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%418#2, %418#3) : (tensor<256x64xui32>, tensor<256x64xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_17", sym_visibility = "private"}> ({
  ^bb0(%arg103: tensor<i32>, %arg104: tensor<256x64xui32>, %arg105: tensor<256x64xui32>, %arg106: tensor<ui32>, %arg107: tensor<ui32>, %arg108: tensor<ui32>, %arg109: tensor<4xui32>, %arg110: tensor<4xui32>):
    %352 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %353 = "stablehlo.add"(%arg103, %352) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %354 = "stablehlo.slice"(%arg109) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %355 = "stablehlo.reshape"(%354) : (tensor<1xui32>) -> tensor<ui32>
    %356 = "stablehlo.add"(%arg104, %arg105) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %357 = "stablehlo.broadcast_in_dim"(%355) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %358 = "stablehlo.shift_left"(%arg105, %357) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %359 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %360 = "stablehlo.subtract"(%359, %355) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %361 = "stablehlo.broadcast_in_dim"(%360) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %362 = "stablehlo.shift_right_logical"(%arg105, %361) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %363 = "stablehlo.or"(%358, %362) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %364 = "stablehlo.xor"(%356, %363) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %365 = "stablehlo.slice"(%arg109) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %366 = "stablehlo.reshape"(%365) : (tensor<1xui32>) -> tensor<ui32>
    %367 = "stablehlo.add"(%356, %364) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %368 = "stablehlo.broadcast_in_dim"(%366) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %369 = "stablehlo.shift_left"(%364, %368) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %370 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %371 = "stablehlo.subtract"(%370, %366) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %372 = "stablehlo.broadcast_in_dim"(%371) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %373 = "stablehlo.shift_right_logical"(%364, %372) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %374 = "stablehlo.or"(%369, %373) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %375 = "stablehlo.xor"(%367, %374) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %376 = "stablehlo.slice"(%arg109) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %377 = "stablehlo.reshape"(%376) : (tensor<1xui32>) -> tensor<ui32>
    %378 = "stablehlo.add"(%367, %375) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %379 = "stablehlo.broadcast_in_dim"(%377) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %380 = "stablehlo.shift_left"(%375, %379) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %381 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %382 = "stablehlo.subtract"(%381, %377) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %383 = "stablehlo.broadcast_in_dim"(%382) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %384 = "stablehlo.shift_right_logical"(%375, %383) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %385 = "stablehlo.or"(%380, %384) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %386 = "stablehlo.xor"(%378, %385) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %387 = "stablehlo.slice"(%arg109) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %388 = "stablehlo.reshape"(%387) : (tensor<1xui32>) -> tensor<ui32>
    %389 = "stablehlo.add"(%378, %386) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %390 = "stablehlo.broadcast_in_dim"(%388) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %391 = "stablehlo.shift_left"(%386, %390) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %392 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %393 = "stablehlo.subtract"(%392, %388) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %394 = "stablehlo.broadcast_in_dim"(%393) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %395 = "stablehlo.shift_right_logical"(%386, %394) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %396 = "stablehlo.or"(%391, %395) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %397 = "stablehlo.xor"(%389, %396) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %398 = "stablehlo.broadcast_in_dim"(%arg106) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %399 = "stablehlo.add"(%389, %398) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %400 = "stablehlo.broadcast_in_dim"(%arg107) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %401 = "stablehlo.add"(%397, %400) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %402 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %403 = "stablehlo.add"(%arg103, %402) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %404 = "stablehlo.convert"(%403) : (tensor<i32>) -> tensor<ui32>
    %405 = "stablehlo.broadcast_in_dim"(%404) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %406 = "stablehlo.add"(%401, %405) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    "func.return"(%353, %399, %406, %arg107, %arg108, %arg106, %arg110, %arg109) : (tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<64x256xf32>, res_attrs = [{}], sym_name = "_normal_18", sym_visibility = "private"}> ({
  ^bb0(%arg102: tensor<2xui32>):
    %351 = "func.call"(%arg102) <{callee = @_normal_real_19}> : (tensor<2xui32>) -> tensor<64x256xf32>
    "func.return"(%351) : (tensor<64x256xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<64x256xf32>, res_attrs = [{}], sym_name = "_normal_real_19", sym_visibility = "private"}> ({
  ^bb0(%arg101: tensor<2xui32>):
    %344 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %345 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %346 = "func.call"(%arg101, %344, %345) <{callee = @_uniform_20}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<64x256xf32>
    %347 = "chlo.erf_inv"(%346) : (tensor<64x256xf32>) -> tensor<64x256xf32>
    %348 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %349 = "stablehlo.broadcast_in_dim"(%348) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x256xf32>
    %350 = "stablehlo.multiply"(%349, %347) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    "func.return"(%350) : (tensor<64x256xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<64x256xf32>, res_attrs = [{}], sym_name = "_uniform_20", sym_visibility = "private"}> ({
  ^bb0(%arg98: tensor<2xui32>, %arg99: tensor<f32>, %arg100: tensor<f32>):
    %305 = "stablehlo.broadcast_in_dim"(%arg99) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %306 = "stablehlo.broadcast_in_dim"(%arg100) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %307 = "stablehlo.slice"(%arg98) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %308 = "stablehlo.reshape"(%307) : (tensor<1xui32>) -> tensor<ui32>
    %309 = "stablehlo.slice"(%arg98) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %310 = "stablehlo.reshape"(%309) : (tensor<1xui32>) -> tensor<ui32>
    %311 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64x256xui64>
    %312 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<64x256xui64>
    %313 = "stablehlo.constant"() <{value = dense<256> : tensor<ui64>}> : () -> tensor<ui64>
    %314 = "stablehlo.broadcast_in_dim"(%313) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x256xui64>
    %315 = "stablehlo.multiply"(%314, %311) : (tensor<64x256xui64>, tensor<64x256xui64>) -> tensor<64x256xui64>
    %316 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %317 = "stablehlo.broadcast_in_dim"(%316) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x256xui64>
    %318 = "stablehlo.multiply"(%317, %312) : (tensor<64x256xui64>, tensor<64x256xui64>) -> tensor<64x256xui64>
    %319 = "stablehlo.add"(%315, %318) : (tensor<64x256xui64>, tensor<64x256xui64>) -> tensor<64x256xui64>
    %320 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %321 = "stablehlo.broadcast_in_dim"(%320) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x256xui64>
    %322 = "stablehlo.shift_right_logical"(%319, %321) : (tensor<64x256xui64>, tensor<64x256xui64>) -> tensor<64x256xui64>
    %323 = "stablehlo.convert"(%319) : (tensor<64x256xui64>) -> tensor<64x256xui32>
    %324 = "stablehlo.convert"(%322) : (tensor<64x256xui64>) -> tensor<64x256xui32>
    %325:2 = "func.call"(%308, %310, %324, %323) <{callee = @threefry2x32_21}> : (tensor<ui32>, tensor<ui32>, tensor<64x256xui32>, tensor<64x256xui32>) -> (tensor<64x256xui32>, tensor<64x256xui32>)
    %326 = "stablehlo.xor"(%325#0, %325#1) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %327 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %328 = "stablehlo.broadcast_in_dim"(%327) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %329 = "stablehlo.shift_right_logical"(%326, %328) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %330 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %331 = "stablehlo.broadcast_in_dim"(%330) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %332 = "stablehlo.or"(%329, %331) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %333 = "stablehlo.bitcast_convert"(%332) : (tensor<64x256xui32>) -> tensor<64x256xf32>
    %334 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %335 = "stablehlo.broadcast_in_dim"(%334) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x256xf32>
    %336 = "stablehlo.subtract"(%333, %335) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    %337 = "stablehlo.subtract"(%306, %305) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %338 = "stablehlo.broadcast_in_dim"(%337) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x256xf32>
    %339 = "stablehlo.multiply"(%336, %338) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    %340 = "stablehlo.broadcast_in_dim"(%305) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x256xf32>
    %341 = "stablehlo.add"(%339, %340) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    %342 = "stablehlo.broadcast_in_dim"(%305) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x256xf32>
    %343 = "stablehlo.maximum"(%342, %341) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    "func.return"(%343) : (tensor<64x256xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<64x256xui32>, tensor<64x256xui32>) -> (tensor<64x256xui32>, tensor<64x256xui32>), sym_name = "threefry2x32_21", sym_visibility = "private"}> ({
  ^bb0(%arg76: tensor<ui32>, %arg77: tensor<ui32>, %arg78: tensor<64x256xui32>, %arg79: tensor<64x256xui32>):
    %288 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %289 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %290 = "stablehlo.xor"(%arg76, %arg77) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %291 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %292 = "stablehlo.xor"(%290, %291) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %293 = "stablehlo.broadcast_in_dim"(%arg76) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %294 = "stablehlo.add"(%arg78, %293) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %295 = "stablehlo.broadcast_in_dim"(%arg77) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %296 = "stablehlo.add"(%arg79, %295) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %297 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %298 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %299:9 = "stablehlo.while"(%298, %297, %294, %296, %arg77, %292, %arg76, %288, %289) ({
    ^bb0(%arg89: tensor<i32>, %arg90: tensor<i32>, %arg91: tensor<64x256xui32>, %arg92: tensor<64x256xui32>, %arg93: tensor<ui32>, %arg94: tensor<ui32>, %arg95: tensor<ui32>, %arg96: tensor<4xui32>, %arg97: tensor<4xui32>):
      %303 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %304 = "stablehlo.compare"(%arg89, %303) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%304) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg80: tensor<i32>, %arg81: tensor<i32>, %arg82: tensor<64x256xui32>, %arg83: tensor<64x256xui32>, %arg84: tensor<ui32>, %arg85: tensor<ui32>, %arg86: tensor<ui32>, %arg87: tensor<4xui32>, %arg88: tensor<4xui32>):
      %300:8 = "func.call"(%arg81, %arg82, %arg83, %arg84, %arg85, %arg86, %arg87, %arg88) <{callee = @closed_call_22}> : (tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %301 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %302 = "stablehlo.add"(%arg80, %301) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%302, %300#0, %300#1, %300#2, %300#3, %300#4, %300#5, %300#6, %300#7) : (tensor<i32>, tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%299#2, %299#3) : (tensor<64x256xui32>, tensor<64x256xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_22", sym_visibility = "private"}> ({
  ^bb0(%arg68: tensor<i32>, %arg69: tensor<64x256xui32>, %arg70: tensor<64x256xui32>, %arg71: tensor<ui32>, %arg72: tensor<ui32>, %arg73: tensor<ui32>, %arg74: tensor<4xui32>, %arg75: tensor<4xui32>):
    %233 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %234 = "stablehlo.add"(%arg68, %233) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %235 = "stablehlo.slice"(%arg74) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %236 = "stablehlo.reshape"(%235) : (tensor<1xui32>) -> tensor<ui32>
    %237 = "stablehlo.add"(%arg69, %arg70) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %238 = "stablehlo.broadcast_in_dim"(%236) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %239 = "stablehlo.shift_left"(%arg70, %238) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %240 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %241 = "stablehlo.subtract"(%240, %236) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %242 = "stablehlo.broadcast_in_dim"(%241) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %243 = "stablehlo.shift_right_logical"(%arg70, %242) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %244 = "stablehlo.or"(%239, %243) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %245 = "stablehlo.xor"(%237, %244) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %246 = "stablehlo.slice"(%arg74) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %247 = "stablehlo.reshape"(%246) : (tensor<1xui32>) -> tensor<ui32>
    %248 = "stablehlo.add"(%237, %245) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %249 = "stablehlo.broadcast_in_dim"(%247) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %250 = "stablehlo.shift_left"(%245, %249) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %251 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %252 = "stablehlo.subtract"(%251, %247) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %253 = "stablehlo.broadcast_in_dim"(%252) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %254 = "stablehlo.shift_right_logical"(%245, %253) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %255 = "stablehlo.or"(%250, %254) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %256 = "stablehlo.xor"(%248, %255) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %257 = "stablehlo.slice"(%arg74) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %258 = "stablehlo.reshape"(%257) : (tensor<1xui32>) -> tensor<ui32>
    %259 = "stablehlo.add"(%248, %256) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %260 = "stablehlo.broadcast_in_dim"(%258) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %261 = "stablehlo.shift_left"(%256, %260) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %262 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %263 = "stablehlo.subtract"(%262, %258) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %264 = "stablehlo.broadcast_in_dim"(%263) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %265 = "stablehlo.shift_right_logical"(%256, %264) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %266 = "stablehlo.or"(%261, %265) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %267 = "stablehlo.xor"(%259, %266) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %268 = "stablehlo.slice"(%arg74) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %269 = "stablehlo.reshape"(%268) : (tensor<1xui32>) -> tensor<ui32>
    %270 = "stablehlo.add"(%259, %267) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %271 = "stablehlo.broadcast_in_dim"(%269) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %272 = "stablehlo.shift_left"(%267, %271) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %273 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %274 = "stablehlo.subtract"(%273, %269) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %275 = "stablehlo.broadcast_in_dim"(%274) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %276 = "stablehlo.shift_right_logical"(%267, %275) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %277 = "stablehlo.or"(%272, %276) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %278 = "stablehlo.xor"(%270, %277) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %279 = "stablehlo.broadcast_in_dim"(%arg71) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %280 = "stablehlo.add"(%270, %279) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %281 = "stablehlo.broadcast_in_dim"(%arg72) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %282 = "stablehlo.add"(%278, %281) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %283 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %284 = "stablehlo.add"(%arg68, %283) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %285 = "stablehlo.convert"(%284) : (tensor<i32>) -> tensor<ui32>
    %286 = "stablehlo.broadcast_in_dim"(%285) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %287 = "stablehlo.add"(%282, %286) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    "func.return"(%234, %280, %287, %arg72, %arg73, %arg71, %arg75, %arg74) : (tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<64x97xf32>, res_attrs = [{}], sym_name = "_normal_23", sym_visibility = "private"}> ({
  ^bb0(%arg67: tensor<2xui32>):
    %232 = "func.call"(%arg67) <{callee = @_normal_real_24}> : (tensor<2xui32>) -> tensor<64x97xf32>
    "func.return"(%232) : (tensor<64x97xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<64x97xf32>, res_attrs = [{}], sym_name = "_normal_real_24", sym_visibility = "private"}> ({
  ^bb0(%arg66: tensor<2xui32>):
    %225 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %226 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %227 = "func.call"(%arg66, %225, %226) <{callee = @_uniform_25}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<64x97xf32>
    %228 = "chlo.erf_inv"(%227) : (tensor<64x97xf32>) -> tensor<64x97xf32>
    %229 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %230 = "stablehlo.broadcast_in_dim"(%229) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x97xf32>
    %231 = "stablehlo.multiply"(%230, %228) : (tensor<64x97xf32>, tensor<64x97xf32>) -> tensor<64x97xf32>
    "func.return"(%231) : (tensor<64x97xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<64x97xf32>, res_attrs = [{}], sym_name = "_uniform_25", sym_visibility = "private"}> ({
  ^bb0(%arg63: tensor<2xui32>, %arg64: tensor<f32>, %arg65: tensor<f32>):
    %186 = "stablehlo.broadcast_in_dim"(%arg64) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %187 = "stablehlo.broadcast_in_dim"(%arg65) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %188 = "stablehlo.slice"(%arg63) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %189 = "stablehlo.reshape"(%188) : (tensor<1xui32>) -> tensor<ui32>
    %190 = "stablehlo.slice"(%arg63) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %191 = "stablehlo.reshape"(%190) : (tensor<1xui32>) -> tensor<ui32>
    %192 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64x97xui64>
    %193 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<64x97xui64>
    %194 = "stablehlo.constant"() <{value = dense<97> : tensor<ui64>}> : () -> tensor<ui64>
    %195 = "stablehlo.broadcast_in_dim"(%194) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x97xui64>
    %196 = "stablehlo.multiply"(%195, %192) : (tensor<64x97xui64>, tensor<64x97xui64>) -> tensor<64x97xui64>
    %197 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %198 = "stablehlo.broadcast_in_dim"(%197) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x97xui64>
    %199 = "stablehlo.multiply"(%198, %193) : (tensor<64x97xui64>, tensor<64x97xui64>) -> tensor<64x97xui64>
    %200 = "stablehlo.add"(%196, %199) : (tensor<64x97xui64>, tensor<64x97xui64>) -> tensor<64x97xui64>
    %201 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %202 = "stablehlo.broadcast_in_dim"(%201) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x97xui64>
    %203 = "stablehlo.shift_right_logical"(%200, %202) : (tensor<64x97xui64>, tensor<64x97xui64>) -> tensor<64x97xui64>
    %204 = "stablehlo.convert"(%200) : (tensor<64x97xui64>) -> tensor<64x97xui32>
    %205 = "stablehlo.convert"(%203) : (tensor<64x97xui64>) -> tensor<64x97xui32>
    %206:2 = "func.call"(%189, %191, %205, %204) <{callee = @threefry2x32_26}> : (tensor<ui32>, tensor<ui32>, tensor<64x97xui32>, tensor<64x97xui32>) -> (tensor<64x97xui32>, tensor<64x97xui32>)
    %207 = "stablehlo.xor"(%206#0, %206#1) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %208 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %209 = "stablehlo.broadcast_in_dim"(%208) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %210 = "stablehlo.shift_right_logical"(%207, %209) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %211 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %212 = "stablehlo.broadcast_in_dim"(%211) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %213 = "stablehlo.or"(%210, %212) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %214 = "stablehlo.bitcast_convert"(%213) : (tensor<64x97xui32>) -> tensor<64x97xf32>
    %215 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %216 = "stablehlo.broadcast_in_dim"(%215) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x97xf32>
    %217 = "stablehlo.subtract"(%214, %216) : (tensor<64x97xf32>, tensor<64x97xf32>) -> tensor<64x97xf32>
    %218 = "stablehlo.subtract"(%187, %186) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %219 = "stablehlo.broadcast_in_dim"(%218) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x97xf32>
    %220 = "stablehlo.multiply"(%217, %219) : (tensor<64x97xf32>, tensor<64x97xf32>) -> tensor<64x97xf32>
    %221 = "stablehlo.broadcast_in_dim"(%186) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x97xf32>
    %222 = "stablehlo.add"(%220, %221) : (tensor<64x97xf32>, tensor<64x97xf32>) -> tensor<64x97xf32>
    %223 = "stablehlo.broadcast_in_dim"(%186) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x97xf32>
    %224 = "stablehlo.maximum"(%223, %222) : (tensor<64x97xf32>, tensor<64x97xf32>) -> tensor<64x97xf32>
    "func.return"(%224) : (tensor<64x97xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<64x97xui32>, tensor<64x97xui32>) -> (tensor<64x97xui32>, tensor<64x97xui32>), sym_name = "threefry2x32_26", sym_visibility = "private"}> ({
  ^bb0(%arg41: tensor<ui32>, %arg42: tensor<ui32>, %arg43: tensor<64x97xui32>, %arg44: tensor<64x97xui32>):
    %169 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %170 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %171 = "stablehlo.xor"(%arg41, %arg42) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %172 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %173 = "stablehlo.xor"(%171, %172) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %174 = "stablehlo.broadcast_in_dim"(%arg41) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %175 = "stablehlo.add"(%arg43, %174) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %176 = "stablehlo.broadcast_in_dim"(%arg42) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %177 = "stablehlo.add"(%arg44, %176) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %178 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %179 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %180:9 = "stablehlo.while"(%179, %178, %175, %177, %arg42, %173, %arg41, %169, %170) ({
    ^bb0(%arg54: tensor<i32>, %arg55: tensor<i32>, %arg56: tensor<64x97xui32>, %arg57: tensor<64x97xui32>, %arg58: tensor<ui32>, %arg59: tensor<ui32>, %arg60: tensor<ui32>, %arg61: tensor<4xui32>, %arg62: tensor<4xui32>):
      %184 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %185 = "stablehlo.compare"(%arg54, %184) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%185) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg45: tensor<i32>, %arg46: tensor<i32>, %arg47: tensor<64x97xui32>, %arg48: tensor<64x97xui32>, %arg49: tensor<ui32>, %arg50: tensor<ui32>, %arg51: tensor<ui32>, %arg52: tensor<4xui32>, %arg53: tensor<4xui32>):
      %181:8 = "func.call"(%arg46, %arg47, %arg48, %arg49, %arg50, %arg51, %arg52, %arg53) <{callee = @closed_call_27}> : (tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %182 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %183 = "stablehlo.add"(%arg45, %182) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%183, %181#0, %181#1, %181#2, %181#3, %181#4, %181#5, %181#6, %181#7) : (tensor<i32>, tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%180#2, %180#3) : (tensor<64x97xui32>, tensor<64x97xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_27", sym_visibility = "private"}> ({
  ^bb0(%arg33: tensor<i32>, %arg34: tensor<64x97xui32>, %arg35: tensor<64x97xui32>, %arg36: tensor<ui32>, %arg37: tensor<ui32>, %arg38: tensor<ui32>, %arg39: tensor<4xui32>, %arg40: tensor<4xui32>):
    %114 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %115 = "stablehlo.add"(%arg33, %114) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %116 = "stablehlo.slice"(%arg39) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %117 = "stablehlo.reshape"(%116) : (tensor<1xui32>) -> tensor<ui32>
    %118 = "stablehlo.add"(%arg34, %arg35) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %119 = "stablehlo.broadcast_in_dim"(%117) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %120 = "stablehlo.shift_left"(%arg35, %119) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %121 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %122 = "stablehlo.subtract"(%121, %117) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %123 = "stablehlo.broadcast_in_dim"(%122) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %124 = "stablehlo.shift_right_logical"(%arg35, %123) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %125 = "stablehlo.or"(%120, %124) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %126 = "stablehlo.xor"(%118, %125) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %127 = "stablehlo.slice"(%arg39) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %128 = "stablehlo.reshape"(%127) : (tensor<1xui32>) -> tensor<ui32>
    %129 = "stablehlo.add"(%118, %126) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %130 = "stablehlo.broadcast_in_dim"(%128) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %131 = "stablehlo.shift_left"(%126, %130) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %132 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %133 = "stablehlo.subtract"(%132, %128) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %134 = "stablehlo.broadcast_in_dim"(%133) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %135 = "stablehlo.shift_right_logical"(%126, %134) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %136 = "stablehlo.or"(%131, %135) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %137 = "stablehlo.xor"(%129, %136) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %138 = "stablehlo.slice"(%arg39) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %139 = "stablehlo.reshape"(%138) : (tensor<1xui32>) -> tensor<ui32>
    %140 = "stablehlo.add"(%129, %137) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %141 = "stablehlo.broadcast_in_dim"(%139) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %142 = "stablehlo.shift_left"(%137, %141) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %143 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %144 = "stablehlo.subtract"(%143, %139) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %145 = "stablehlo.broadcast_in_dim"(%144) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %146 = "stablehlo.shift_right_logical"(%137, %145) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %147 = "stablehlo.or"(%142, %146) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %148 = "stablehlo.xor"(%140, %147) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %149 = "stablehlo.slice"(%arg39) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %150 = "stablehlo.reshape"(%149) : (tensor<1xui32>) -> tensor<ui32>
    %151 = "stablehlo.add"(%140, %148) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %152 = "stablehlo.broadcast_in_dim"(%150) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %153 = "stablehlo.shift_left"(%148, %152) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %154 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %155 = "stablehlo.subtract"(%154, %150) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %156 = "stablehlo.broadcast_in_dim"(%155) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %157 = "stablehlo.shift_right_logical"(%148, %156) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %158 = "stablehlo.or"(%153, %157) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %159 = "stablehlo.xor"(%151, %158) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %160 = "stablehlo.broadcast_in_dim"(%arg36) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %161 = "stablehlo.add"(%151, %160) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %162 = "stablehlo.broadcast_in_dim"(%arg37) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %163 = "stablehlo.add"(%159, %162) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %164 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %165 = "stablehlo.add"(%arg33, %164) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %166 = "stablehlo.convert"(%165) : (tensor<i32>) -> tensor<ui32>
    %167 = "stablehlo.broadcast_in_dim"(%166) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %168 = "stablehlo.add"(%163, %167) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    "func.return"(%115, %161, %168, %arg37, %arg38, %arg36, %arg40, %arg39) : (tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<97x64xf32>, tensor<1x4xi32>) -> tensor<1x4x64xf32>, res_attrs = [{}], sym_name = "_take_28", sym_visibility = "private"}> ({
  ^bb0(%arg29: tensor<97x64xf32>, %arg30: tensor<1x4xi32>):
    %90 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %91 = "stablehlo.broadcast_in_dim"(%90) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %92 = "stablehlo.compare"(%arg30, %91) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %93 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
    %94 = "stablehlo.broadcast_in_dim"(%93) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %95 = "stablehlo.add"(%arg30, %94) : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %96 = "func.call"(%92, %95, %arg30) <{callee = @_where_29}> : (tensor<1x4xi1>, tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %97 = "stablehlo.broadcast_in_dim"(%96) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %98 = "stablehlo.constant"() <{value = dense<96> : tensor<1xi32>}> : () -> tensor<1xi32>
    %99 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %100 = "stablehlo.broadcast_in_dim"(%99) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4x1xi32>
    %101 = "stablehlo.compare"(%97, %100) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x4x1xi32>, tensor<1x4x1xi32>) -> tensor<1x4x1xi1>
    %102 = "stablehlo.broadcast_in_dim"(%98) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %103 = "stablehlo.broadcast_in_dim"(%102) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<1x4x1xi32>
    %104 = "stablehlo.compare"(%97, %103) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x4x1xi32>, tensor<1x4x1xi32>) -> tensor<1x4x1xi1>
    %105 = "stablehlo.and"(%101, %104) : (tensor<1x4x1xi1>, tensor<1x4x1xi1>) -> tensor<1x4x1xi1>
    %106 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %107 = "stablehlo.reduce"(%105, %106) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg31: tensor<i1>, %arg32: tensor<i1>):
      %113 = "stablehlo.and"(%arg31, %arg32) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%113) : (tensor<i1>) -> ()
    }) : (tensor<1x4x1xi1>, tensor<i1>) -> tensor<1x4xi1>
    %108 = "stablehlo.gather"(%arg29, %97) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<97x64xf32>, tensor<1x4x1xi32>) -> tensor<1x4x64xf32>
    %109 = "stablehlo.broadcast_in_dim"(%107) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi1>) -> tensor<1x4x64xi1>
    %110 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %111 = "stablehlo.broadcast_in_dim"(%110) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x64xf32>
    %112 = "stablehlo.select"(%109, %108, %111) : (tensor<1x4x64xi1>, tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    "func.return"(%112) : (tensor<1x4x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x4xi1>, tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>, res_attrs = [{}], sym_name = "_where_29", sym_visibility = "private"}> ({
  ^bb0(%arg26: tensor<1x4xi1>, %arg27: tensor<1x4xi32>, %arg28: tensor<1x4xi32>):
    %89 = "stablehlo.select"(%arg26, %arg27, %arg28) : (tensor<1x4xi1>, tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    "func.return"(%89) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<64x64xf32>, tensor<1x4xi32>) -> tensor<1x4x64xf32>, res_attrs = [{}], sym_name = "_take_30", sym_visibility = "private"}> ({
  ^bb0(%arg22: tensor<64x64xf32>, %arg23: tensor<1x4xi32>):
    %65 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %66 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %67 = "stablehlo.compare"(%arg23, %66) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %68 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
    %69 = "stablehlo.broadcast_in_dim"(%68) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %70 = "stablehlo.add"(%arg23, %69) : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %71 = "func.call"(%67, %70, %arg23) <{callee = @_where_29}> : (tensor<1x4xi1>, tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %72 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %73 = "stablehlo.constant"() <{value = dense<63> : tensor<1xi32>}> : () -> tensor<1xi32>
    %74 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %75 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4x1xi32>
    %76 = "stablehlo.compare"(%72, %75) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x4x1xi32>, tensor<1x4x1xi32>) -> tensor<1x4x1xi1>
    %77 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %78 = "stablehlo.broadcast_in_dim"(%77) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<1x4x1xi32>
    %79 = "stablehlo.compare"(%72, %78) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x4x1xi32>, tensor<1x4x1xi32>) -> tensor<1x4x1xi1>
    %80 = "stablehlo.and"(%76, %79) : (tensor<1x4x1xi1>, tensor<1x4x1xi1>) -> tensor<1x4x1xi1>
    %81 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %82 = "stablehlo.reduce"(%80, %81) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg24: tensor<i1>, %arg25: tensor<i1>):
      %88 = "stablehlo.and"(%arg24, %arg25) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%88) : (tensor<i1>) -> ()
    }) : (tensor<1x4x1xi1>, tensor<i1>) -> tensor<1x4xi1>
    %83 = "stablehlo.gather"(%arg22, %72) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<64x64xf32>, tensor<1x4x1xi32>) -> tensor<1x4x64xf32>
    %84 = "stablehlo.broadcast_in_dim"(%82) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi1>) -> tensor<1x4x64xi1>
    %85 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %86 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x64xf32>
    %87 = "stablehlo.select"(%84, %83, %86) : (tensor<1x4x64xi1>, tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    "func.return"(%87) : (tensor<1x4x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg19: tensor<i32>, %arg20: tensor<i32>, %arg21: tensor<i32>):
    %63 = "stablehlo.maximum"(%arg20, %arg19) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %64 = "stablehlo.minimum"(%arg21, %63) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%64) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i32>, tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>, res_attrs = [{}], sym_name = "_where_31", sym_visibility = "private"}> ({
  ^bb0(%arg16: tensor<i32>, %arg17: tensor<1x97xf32>, %arg18: tensor<1x97xf32>):
    %60 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %61 = "stablehlo.compare"(%arg16, %60) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %62 = "stablehlo.select"(%61, %arg17, %arg18) : (tensor<i1>, tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
    "func.return"(%62) : (tensor<1x97xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x97xf32>) -> tensor<1xi32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<1x97xf32>):
    %47 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x97xi32>
    %48 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %49 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %50:2 = "stablehlo.reduce"(%arg11, %47, %48, %49) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg12: tensor<f32>, %arg13: tensor<i32>, %arg14: tensor<f32>, %arg15: tensor<i32>):
      %51 = "stablehlo.compare"(%arg12, %arg14) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %52 = "stablehlo.compare"(%arg12, %arg12) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %53 = "stablehlo.or"(%51, %52) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %54 = "stablehlo.compare"(%arg12, %arg14) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %55 = "stablehlo.compare"(%arg13, %arg15) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %56 = "stablehlo.and"(%54, %55) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %57 = "stablehlo.or"(%53, %56) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %58 = "stablehlo.select"(%53, %arg12, %arg14) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %59 = "stablehlo.select"(%57, %arg13, %arg15) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%58, %59) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<1x97xf32>, tensor<1x97xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    "func.return"(%50#1) : (tensor<1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<97x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>, res_attrs = [{}], sym_name = "_take_32", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<97x64xf32>, %arg8: tensor<1x1xi32>):
    %24 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %25 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %26 = "stablehlo.compare"(%arg8, %25) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %27 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
    %28 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %29 = "stablehlo.add"(%arg8, %28) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %30 = "func.call"(%26, %29, %arg8) <{callee = @_where_33}> : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %31 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %32 = "stablehlo.constant"() <{value = dense<96> : tensor<1xi32>}> : () -> tensor<1xi32>
    %33 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %34 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1xi32>
    %35 = "stablehlo.compare"(%31, %34) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %36 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %37 = "stablehlo.compare"(%31, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %38 = "stablehlo.and"(%35, %37) : (tensor<1x1x1xi1>, tensor<1x1x1xi1>) -> tensor<1x1x1xi1>
    %39 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %40 = "stablehlo.reduce"(%38, %39) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg9: tensor<i1>, %arg10: tensor<i1>):
      %46 = "stablehlo.and"(%arg9, %arg10) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%46) : (tensor<i1>) -> ()
    }) : (tensor<1x1x1xi1>, tensor<i1>) -> tensor<1x1xi1>
    %41 = "stablehlo.gather"(%arg7, %31) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<97x64xf32>, tensor<1x1x1xi32>) -> tensor<1x1x64xf32>
    %42 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi1>) -> tensor<1x1x64xi1>
    %43 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %44 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %45 = "stablehlo.select"(%42, %41, %44) : (tensor<1x1x64xi1>, tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    "func.return"(%45) : (tensor<1x1x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>, res_attrs = [{}], sym_name = "_where_33", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<1x1xi1>, %arg5: tensor<1x1xi32>, %arg6: tensor<1x1xi32>):
    %23 = "stablehlo.select"(%arg4, %arg5, %arg6) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    "func.return"(%23) : (tensor<1x1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<64x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>, res_attrs = [{}], sym_name = "_take_34", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<64x64xf32>, %arg1: tensor<1x1xi32>):
    %0 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %2 = "stablehlo.compare"(%arg1, %1) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %3 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %5 = "stablehlo.add"(%arg1, %4) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %6 = "func.call"(%2, %5, %arg1) <{callee = @_where_33}> : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %7 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %8 = "stablehlo.constant"() <{value = dense<63> : tensor<1xi32>}> : () -> tensor<1xi32>
    %9 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %10 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1xi32>
    %11 = "stablehlo.compare"(%7, %10) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %12 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %13 = "stablehlo.compare"(%7, %12) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %14 = "stablehlo.and"(%11, %13) : (tensor<1x1x1xi1>, tensor<1x1x1xi1>) -> tensor<1x1x1xi1>
    %15 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %16 = "stablehlo.reduce"(%14, %15) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg2: tensor<i1>, %arg3: tensor<i1>):
      %22 = "stablehlo.and"(%arg2, %arg3) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%22) : (tensor<i1>) -> ()
    }) : (tensor<1x1x1xi1>, tensor<i1>) -> tensor<1x1xi1>
    %17 = "stablehlo.gather"(%arg0, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<64x64xf32>, tensor<1x1x1xi32>) -> tensor<1x1x64xf32>
    %18 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi1>) -> tensor<1x1x64xi1>
    %19 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %21 = "stablehlo.select"(%18, %17, %20) : (tensor<1x1x64xi1>, tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    "func.return"(%21) : (tensor<1x1x64xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
