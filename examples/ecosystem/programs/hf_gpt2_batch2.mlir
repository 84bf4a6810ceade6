"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<64x97xf32>, tensor<192xf32>, tensor<192x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256xf32>, tensor<256x64xf32>, tensor<64xf32>, tensor<64x256xf32>, tensor<192xf32>, tensor<192x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256xf32>, tensor<256x64xf32>, tensor<64xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<97x64xf32>, tensor<2x4xi32>) -> tensor<2x16xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg287: tensor<64x97xf32>, %arg288: tensor<192xf32>, %arg289: tensor<192x64xf32>, %arg290: tensor<64xf32>, %arg291: tensor<64x64xf32>, %arg292: tensor<64xf32>, %arg293: tensor<64xf32>, %arg294: tensor<64xf32>, %arg295: tensor<64xf32>, %arg296: tensor<256xf32>, %arg297: tensor<256x64xf32>, %arg298: tensor<64xf32>, %arg299: tensor<64x256xf32>, %arg300: tensor<192xf32>, %arg301: tensor<192x64xf32>, %arg302: tensor<64xf32>, %arg303: tensor<64x64xf32>, %arg304: tensor<64xf32>, %arg305: tensor<64xf32>, %arg306: tensor<64xf32>, %arg307: tensor<64xf32>, %arg308: tensor<256xf32>, %arg309: tensor<256x64xf32>, %arg310: tensor<64xf32>, %arg311: tensor<64x256xf32>, %arg312: tensor<64xf32>, %arg313: tensor<64xf32>, %arg314: tensor<64x64xf32>, %arg315: tensor<97x64xf32>, %arg316: tensor<2x4xi32>):
    %966 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %967 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %968 = "stablehlo.shift_right_logical"(%966, %967) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %969 = "stablehlo.convert"(%968) : (tensor<i32>) -> tensor<ui32>
    %970 = "stablehlo.broadcast_in_dim"(%969) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %971 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %972 = "stablehlo.and"(%966, %971) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %973 = "stablehlo.convert"(%972) : (tensor<i32>) -> tensor<ui32>
    %974 = "stablehlo.broadcast_in_dim"(%973) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %975 = "stablehlo.concatenate"(%970, %974) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %976 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %977 = "stablehlo.broadcast_in_dim"(%976) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x16xi32>
    %978 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %979 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %980 = "stablehlo.dynamic_update_slice"(%977, %arg316, %978, %979) : (tensor<2x16xi32>, tensor<2x4xi32>, tensor<i32>, tensor<i32>) -> tensor<2x16xi32>
    %981 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %982 = "stablehlo.broadcast_in_dim"(%981) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<2xi1>
    %983 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %984 = "stablehlo.broadcast_in_dim"(%983) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16xf32>
    %985 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %986 = "stablehlo.broadcast_in_dim"(%985) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16xf32>
    %987 = "func.call"(%984) <{callee = @atleast_2d}> : (tensor<2x16xf32>) -> tensor<2x16xf32>
    %988 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
    %989 = "stablehlo.broadcast_in_dim"(%988) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi32>) -> tensor<2x16xi32>
    %990 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %991 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %992 = "stablehlo.shift_right_logical"(%990, %991) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %993 = "stablehlo.convert"(%992) : (tensor<i32>) -> tensor<ui32>
    %994 = "stablehlo.broadcast_in_dim"(%993) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %995 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %996 = "stablehlo.and"(%990, %995) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %997 = "stablehlo.convert"(%996) : (tensor<i32>) -> tensor<ui32>
    %998 = "stablehlo.broadcast_in_dim"(%997) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %999 = "stablehlo.concatenate"(%994, %998) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %1000 = "stablehlo.convert"(%984) : (tensor<2x16xf32>) -> tensor<2x16xi32>
    %1001 = "stablehlo.constant"() <{value = dense<2025011123> : tensor<ui32>}> : () -> tensor<ui32>
    %1002 = "func.call"(%999, %1001) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1003 = "func.call"(%1002) <{callee = @_normal}> : (tensor<2xui32>) -> tensor<97x64xf32>
    %1004 = "stablehlo.constant"() <{value = dense<3.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1005 = "stablehlo.broadcast_in_dim"(%1004) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<97x64xf32>
    %1006 = "stablehlo.multiply"(%1003, %1005) : (tensor<97x64xf32>, tensor<97x64xf32>) -> tensor<97x64xf32>
    %1007 = "func.call"(%1006, %1000) <{callee = @_take}> : (tensor<97x64xf32>, tensor<2x16xi32>) -> tensor<2x16x64xf32>
    %1008 = "stablehlo.constant"() <{value = dense<159409637> : tensor<ui32>}> : () -> tensor<ui32>
    %1009 = "func.call"(%999, %1008) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1010 = "func.call"(%1009) <{callee = @_normal_2}> : (tensor<2xui32>) -> tensor<64x64xf32>
    %1011 = "stablehlo.constant"() <{value = dense<3.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1012 = "stablehlo.broadcast_in_dim"(%1011) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x64xf32>
    %1013 = "stablehlo.multiply"(%1010, %1012) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    %1014 = "func.call"(%1013, %989) <{callee = @_take_7}> : (tensor<64x64xf32>, tensor<2x16xi32>) -> tensor<2x16x64xf32>
    %1015 = "stablehlo.add"(%1007, %1014) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1016 = "chlo.square"(%1015) : (tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1017 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1018 = "stablehlo.reduce"(%1015, %1017) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg491: tensor<f32>, %arg492: tensor<f32>):
      %2589 = "stablehlo.add"(%arg491, %arg492) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2589) : (tensor<f32>) -> ()
    }) : (tensor<2x16x64xf32>, tensor<f32>) -> tensor<2x16xf32>
    %1019 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1020 = "stablehlo.broadcast_in_dim"(%1019) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16xf32>
    %1021 = "stablehlo.divide"(%1018, %1020) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1022 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1023 = "stablehlo.reduce"(%1016, %1022) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg489: tensor<f32>, %arg490: tensor<f32>):
      %2588 = "stablehlo.add"(%arg489, %arg490) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2588) : (tensor<f32>) -> ()
    }) : (tensor<2x16x64xf32>, tensor<f32>) -> tensor<2x16xf32>
    %1024 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1025 = "stablehlo.broadcast_in_dim"(%1024) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16xf32>
    %1026 = "stablehlo.divide"(%1023, %1025) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1027 = "chlo.square"(%1021) : (tensor<2x16xf32>) -> tensor<2x16xf32>
    %1028 = "stablehlo.subtract"(%1026, %1027) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1029 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1030 = "stablehlo.broadcast_in_dim"(%1029) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16xf32>
    %1031 = "stablehlo.maximum"(%1030, %1028) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1032 = "stablehlo.broadcast_in_dim"(%1021) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %1033 = "stablehlo.broadcast_in_dim"(%1031) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %1034 = "stablehlo.broadcast_in_dim"(%1032) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %1035 = "stablehlo.subtract"(%1015, %1034) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1036 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1037 = "stablehlo.broadcast_in_dim"(%1036) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x1xf32>
    %1038 = "stablehlo.add"(%1033, %1037) : (tensor<2x16x1xf32>, tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %1039 = "stablehlo.rsqrt"(%1038) : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %1040 = "stablehlo.constant"() <{value = dense<2935701187> : tensor<ui32>}> : () -> tensor<ui32>
    %1041 = "func.call"(%999, %1040) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1042 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1043 = "stablehlo.broadcast_in_dim"(%1042) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1044 = "stablehlo.reshape"(%1043) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1045 = "stablehlo.broadcast_in_dim"(%1039) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %1046 = "stablehlo.broadcast_in_dim"(%1044) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %1047 = "stablehlo.multiply"(%1045, %1046) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1048 = "stablehlo.multiply"(%1035, %1047) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1049 = "stablehlo.constant"() <{value = dense<2700756533> : tensor<ui32>}> : () -> tensor<ui32>
    %1050 = "func.call"(%999, %1049) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1051 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1052 = "stablehlo.broadcast_in_dim"(%1051) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1053 = "stablehlo.reshape"(%1052) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1054 = "stablehlo.broadcast_in_dim"(%1053) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %1055 = "stablehlo.add"(%1048, %1054) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1056 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1057 = "stablehlo.broadcast_in_dim"(%1056) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x64xi1>
    %1058 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64xi32>
    %1059 = "stablehlo.broadcast_in_dim"(%1058) <{broadcast_dimensions = array<i64: 1>}> : (tensor<64xi32>) -> tensor<1x64xi32>
    %1060 = "stablehlo.broadcast_in_dim"(%1059) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xi32>) -> tensor<1x64x1xi32>
    %1061 = "stablehlo.broadcast_in_dim"(%1059) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x64xi32>) -> tensor<1x1x64xi32>
    %1062 = "stablehlo.broadcast_in_dim"(%1060) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xi32>) -> tensor<1x64x64xi32>
    %1063 = "stablehlo.broadcast_in_dim"(%1061) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xi32>) -> tensor<1x64x64xi32>
    %1064 = "stablehlo.compare"(%1062, %1063) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x64x64xi32>, tensor<1x64x64xi32>) -> tensor<1x64x64xi1>
    %1065 = "stablehlo.broadcast_in_dim"(%1064) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x64x64xi1>) -> tensor<1x1x64x64xi1>
    %1066 = "stablehlo.constant"() <{value = dense<2430065622> : tensor<ui32>}> : () -> tensor<ui32>
    %1067 = "func.call"(%999, %1066) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1068 = "func.call"(%1067) <{callee = @_normal_8}> : (tensor<2xui32>) -> tensor<192x64xf32>
    %1069 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1070 = "stablehlo.broadcast_in_dim"(%1069) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<192x64xf32>
    %1071 = "stablehlo.multiply"(%1068, %1070) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    %1072 = "stablehlo.transpose"(%1071) <{permutation = array<i64: 1, 0>}> : (tensor<192x64xf32>) -> tensor<64x192xf32>
    %1073 = "stablehlo.dot_general"(%1055, %1072) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x64xf32>, tensor<64x192xf32>) -> tensor<2x16x192xf32>
    %1074 = "stablehlo.constant"() <{value = dense<2741499576> : tensor<ui32>}> : () -> tensor<ui32>
    %1075 = "func.call"(%999, %1074) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1076 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1077 = "stablehlo.broadcast_in_dim"(%1076) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<192xf32>
    %1078 = "stablehlo.broadcast_in_dim"(%1077) <{broadcast_dimensions = array<i64: 2>}> : (tensor<192xf32>) -> tensor<1x1x192xf32>
    %1079 = "stablehlo.broadcast_in_dim"(%1078) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x192xf32>) -> tensor<2x16x192xf32>
    %1080 = "stablehlo.add"(%1073, %1079) : (tensor<2x16x192xf32>, tensor<2x16x192xf32>) -> tensor<2x16x192xf32>
    %1081 = "stablehlo.slice"(%1080) <{limit_indices = array<i64: 2, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<2x16x192xf32>) -> tensor<2x16x64xf32>
    %1082 = "stablehlo.slice"(%1080) <{limit_indices = array<i64: 2, 16, 128>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<2x16x192xf32>) -> tensor<2x16x64xf32>
    %1083 = "stablehlo.slice"(%1080) <{limit_indices = array<i64: 2, 16, 192>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<2x16x192xf32>) -> tensor<2x16x64xf32>
    %1084 = "stablehlo.reshape"(%1081) : (tensor<2x16x64xf32>) -> tensor<2x16x4x16xf32>
    %1085 = "stablehlo.reshape"(%1082) : (tensor<2x16x64xf32>) -> tensor<2x16x4x16xf32>
    %1086 = "stablehlo.reshape"(%1083) : (tensor<2x16x64xf32>) -> tensor<2x16x4x16xf32>
    %1087 = "stablehlo.slice"(%1065) <{limit_indices = array<i64: 1, 1, 16, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x64x64xi1>) -> tensor<1x1x16x16xi1>
    %1088 = "stablehlo.broadcast_in_dim"(%1087) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x16x16xi1>) -> tensor<2x1x16x16xi1>
    %1089 = "stablehlo.broadcast_in_dim"(%986) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<2x16xf32>) -> tensor<2x1x1x16xf32>
    %1090 = "stablehlo.broadcast_in_dim"(%1089) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x1x1x16xf32>) -> tensor<2x1x16x16xf32>
    %1091 = "stablehlo.convert"(%1088) : (tensor<2x1x16x16xi1>) -> tensor<2x1x16x16xf32>
    %1092 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1093 = "stablehlo.broadcast_in_dim"(%1092) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x16x16xf32>
    %1094 = "stablehlo.compare"(%1090, %1093) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x1x16x16xi1>
    %1095 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1096 = "stablehlo.broadcast_in_dim"(%1095) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x16x16xf32>
    %1097 = "stablehlo.compare"(%1091, %1096) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x1x16x16xi1>
    %1098 = "stablehlo.and"(%1094, %1097) : (tensor<2x1x16x16xi1>, tensor<2x1x16x16xi1>) -> tensor<2x1x16x16xi1>
    %1099 = "stablehlo.convert"(%1098) : (tensor<2x1x16x16xi1>) -> tensor<2x1x16x16xf32>
    %1100 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1101 = "stablehlo.broadcast_in_dim"(%1100) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x4x16xf32>
    %1102 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1103 = "stablehlo.broadcast_in_dim"(%1102) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x4x16xf32>
    %1104 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1105 = "stablehlo.broadcast_in_dim"(%1104) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x16x16xf32>
    %1106 = "stablehlo.compare"(%1099, %1105) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<2x1x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x1x16x16xi1>
    %1107 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1108 = "stablehlo.broadcast_in_dim"(%1107) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x16x16xf32>
    %1109 = "stablehlo.convert"(%1108) : (tensor<2x1x16x16xf32>) -> tensor<2x1x16x16xf32>
    %1110 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %1111 = "stablehlo.broadcast_in_dim"(%1110) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x16x16xf32>
    %1112 = "stablehlo.select"(%1106, %1109, %1111) : (tensor<2x1x16x16xi1>, tensor<2x1x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x1x16x16xf32>
    %1113 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1114 = "stablehlo.sqrt"(%1113) : (tensor<f32>) -> tensor<f32>
    %1115 = "stablehlo.convert"(%1114) : (tensor<f32>) -> tensor<f32>
    %1116 = "stablehlo.broadcast_in_dim"(%1115) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x4x16xf32>
    %1117 = "stablehlo.divide"(%1084, %1116) : (tensor<2x16x4x16xf32>, tensor<2x16x4x16xf32>) -> tensor<2x16x4x16xf32>
    %1118 = "stablehlo.dot_general"(%1117, %1085) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x4x16xf32>, tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %1119 = "stablehlo.broadcast_in_dim"(%1112) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %1120 = "stablehlo.add"(%1118, %1119) : (tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %1121 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1122 = "stablehlo.reduce"(%1120, %1121) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg487: tensor<f32>, %arg488: tensor<f32>):
      %2587 = "stablehlo.maximum"(%arg487, %arg488) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2587) : (tensor<f32>) -> ()
    }) : (tensor<2x4x16x16xf32>, tensor<f32>) -> tensor<2x4x16xf32>
    %1123 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1124 = "stablehlo.broadcast_in_dim"(%1123) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x16xf32>
    %1125 = "stablehlo.maximum"(%1124, %1122) : (tensor<2x4x16xf32>, tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %1126 = "stablehlo.broadcast_in_dim"(%1125) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x16xf32>) -> tensor<2x4x16x1xf32>
    %1127 = "stablehlo.broadcast_in_dim"(%1126) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %1128 = "stablehlo.subtract"(%1120, %1127) : (tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %1129 = "stablehlo.exponential"(%1128) : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %1130 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1131 = "stablehlo.reduce"(%1129, %1130) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg485: tensor<f32>, %arg486: tensor<f32>):
      %2586 = "stablehlo.add"(%arg485, %arg486) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2586) : (tensor<f32>) -> ()
    }) : (tensor<2x4x16x16xf32>, tensor<f32>) -> tensor<2x4x16xf32>
    %1132 = "stablehlo.broadcast_in_dim"(%1131) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x16xf32>) -> tensor<2x4x16x1xf32>
    %1133 = "stablehlo.broadcast_in_dim"(%1132) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %1134 = "stablehlo.divide"(%1129, %1133) : (tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %1135 = "stablehlo.dot_general"(%1086, %1134) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x4x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %1136 = "stablehlo.transpose"(%1135) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %1137 = "stablehlo.reshape"(%1136) : (tensor<2x16x4x16xf32>) -> tensor<2x16x64xf32>
    %1138 = "stablehlo.constant"() <{value = dense<637396850> : tensor<ui32>}> : () -> tensor<ui32>
    %1139 = "func.call"(%999, %1138) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1140 = "func.call"(%1139) <{callee = @_normal_2}> : (tensor<2xui32>) -> tensor<64x64xf32>
    %1141 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1142 = "stablehlo.broadcast_in_dim"(%1141) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x64xf32>
    %1143 = "stablehlo.multiply"(%1140, %1142) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    %1144 = "stablehlo.transpose"(%1143) <{permutation = array<i64: 1, 0>}> : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %1145 = "stablehlo.dot_general"(%1137, %1144) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x64xf32>, tensor<64x64xf32>) -> tensor<2x16x64xf32>
    %1146 = "stablehlo.constant"() <{value = dense<3655871287> : tensor<ui32>}> : () -> tensor<ui32>
    %1147 = "func.call"(%999, %1146) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1148 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1149 = "stablehlo.broadcast_in_dim"(%1148) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1150 = "stablehlo.broadcast_in_dim"(%1149) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1151 = "stablehlo.broadcast_in_dim"(%1150) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %1152 = "stablehlo.add"(%1145, %1151) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1153 = "stablehlo.add"(%1152, %1015) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1154 = "chlo.square"(%1153) : (tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1155 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1156 = "stablehlo.reduce"(%1153, %1155) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg483: tensor<f32>, %arg484: tensor<f32>):
      %2585 = "stablehlo.add"(%arg483, %arg484) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2585) : (tensor<f32>) -> ()
    }) : (tensor<2x16x64xf32>, tensor<f32>) -> tensor<2x16xf32>
    %1157 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1158 = "stablehlo.broadcast_in_dim"(%1157) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16xf32>
    %1159 = "stablehlo.divide"(%1156, %1158) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1160 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1161 = "stablehlo.reduce"(%1154, %1160) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg481: tensor<f32>, %arg482: tensor<f32>):
      %2584 = "stablehlo.add"(%arg481, %arg482) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2584) : (tensor<f32>) -> ()
    }) : (tensor<2x16x64xf32>, tensor<f32>) -> tensor<2x16xf32>
    %1162 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1163 = "stablehlo.broadcast_in_dim"(%1162) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16xf32>
    %1164 = "stablehlo.divide"(%1161, %1163) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1165 = "chlo.square"(%1159) : (tensor<2x16xf32>) -> tensor<2x16xf32>
    %1166 = "stablehlo.subtract"(%1164, %1165) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1167 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1168 = "stablehlo.broadcast_in_dim"(%1167) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16xf32>
    %1169 = "stablehlo.maximum"(%1168, %1166) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1170 = "stablehlo.broadcast_in_dim"(%1159) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %1171 = "stablehlo.broadcast_in_dim"(%1169) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %1172 = "stablehlo.broadcast_in_dim"(%1170) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %1173 = "stablehlo.subtract"(%1153, %1172) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1174 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1175 = "stablehlo.broadcast_in_dim"(%1174) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x1xf32>
    %1176 = "stablehlo.add"(%1171, %1175) : (tensor<2x16x1xf32>, tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %1177 = "stablehlo.rsqrt"(%1176) : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %1178 = "stablehlo.constant"() <{value = dense<28233567> : tensor<ui32>}> : () -> tensor<ui32>
    %1179 = "func.call"(%999, %1178) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1180 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1181 = "stablehlo.broadcast_in_dim"(%1180) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1182 = "stablehlo.reshape"(%1181) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1183 = "stablehlo.broadcast_in_dim"(%1177) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %1184 = "stablehlo.broadcast_in_dim"(%1182) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %1185 = "stablehlo.multiply"(%1183, %1184) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1186 = "stablehlo.multiply"(%1173, %1185) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1187 = "stablehlo.constant"() <{value = dense<178730832> : tensor<ui32>}> : () -> tensor<ui32>
    %1188 = "func.call"(%999, %1187) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1189 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1190 = "stablehlo.broadcast_in_dim"(%1189) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1191 = "stablehlo.reshape"(%1190) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1192 = "stablehlo.broadcast_in_dim"(%1191) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %1193 = "stablehlo.add"(%1186, %1192) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1194 = "stablehlo.constant"() <{value = dense<802642106> : tensor<ui32>}> : () -> tensor<ui32>
    %1195 = "func.call"(%999, %1194) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1196 = "func.call"(%1195) <{callee = @_normal_13}> : (tensor<2xui32>) -> tensor<256x64xf32>
    %1197 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1198 = "stablehlo.broadcast_in_dim"(%1197) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<256x64xf32>
    %1199 = "stablehlo.multiply"(%1196, %1198) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %1200 = "stablehlo.transpose"(%1199) <{permutation = array<i64: 1, 0>}> : (tensor<256x64xf32>) -> tensor<64x256xf32>
    %1201 = "stablehlo.dot_general"(%1193, %1200) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x64xf32>, tensor<64x256xf32>) -> tensor<2x16x256xf32>
    %1202 = "stablehlo.constant"() <{value = dense<3187110288> : tensor<ui32>}> : () -> tensor<ui32>
    %1203 = "func.call"(%999, %1202) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1204 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1205 = "stablehlo.broadcast_in_dim"(%1204) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<256xf32>
    %1206 = "stablehlo.broadcast_in_dim"(%1205) <{broadcast_dimensions = array<i64: 2>}> : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %1207 = "stablehlo.broadcast_in_dim"(%1206) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x256xf32>) -> tensor<2x16x256xf32>
    %1208 = "stablehlo.add"(%1201, %1207) : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1209 = "stablehlo.multiply"(%1208, %1208) : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1210 = "stablehlo.multiply"(%1209, %1208) : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1211 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %1212 = "stablehlo.broadcast_in_dim"(%1211) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x256xf32>
    %1213 = "stablehlo.multiply"(%1212, %1210) : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1214 = "stablehlo.add"(%1208, %1213) : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1215 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %1216 = "stablehlo.broadcast_in_dim"(%1215) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x256xf32>
    %1217 = "stablehlo.multiply"(%1216, %1214) : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1218 = "stablehlo.tanh"(%1217) : (tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1219 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1220 = "stablehlo.broadcast_in_dim"(%1219) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x256xf32>
    %1221 = "stablehlo.add"(%1220, %1218) : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1222 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1223 = "stablehlo.broadcast_in_dim"(%1222) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x256xf32>
    %1224 = "stablehlo.multiply"(%1223, %1221) : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1225 = "stablehlo.multiply"(%1208, %1224) : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1226 = "stablehlo.constant"() <{value = dense<127538014> : tensor<ui32>}> : () -> tensor<ui32>
    %1227 = "func.call"(%999, %1226) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1228 = "func.call"(%1227) <{callee = @_normal_18}> : (tensor<2xui32>) -> tensor<64x256xf32>
    %1229 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1230 = "stablehlo.broadcast_in_dim"(%1229) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x256xf32>
    %1231 = "stablehlo.multiply"(%1228, %1230) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    %1232 = "stablehlo.transpose"(%1231) <{permutation = array<i64: 1, 0>}> : (tensor<64x256xf32>) -> tensor<256x64xf32>
    %1233 = "stablehlo.dot_general"(%1225, %1232) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x256xf32>, tensor<256x64xf32>) -> tensor<2x16x64xf32>
    %1234 = "stablehlo.constant"() <{value = dense<1294592440> : tensor<ui32>}> : () -> tensor<ui32>
    %1235 = "func.call"(%999, %1234) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1236 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1237 = "stablehlo.broadcast_in_dim"(%1236) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1238 = "stablehlo.broadcast_in_dim"(%1237) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1239 = "stablehlo.broadcast_in_dim"(%1238) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %1240 = "stablehlo.add"(%1233, %1239) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1241 = "stablehlo.add"(%1153, %1240) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1242 = "chlo.square"(%1241) : (tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1243 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1244 = "stablehlo.reduce"(%1241, %1243) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg479: tensor<f32>, %arg480: tensor<f32>):
      %2583 = "stablehlo.add"(%arg479, %arg480) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2583) : (tensor<f32>) -> ()
    }) : (tensor<2x16x64xf32>, tensor<f32>) -> tensor<2x16xf32>
    %1245 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1246 = "stablehlo.broadcast_in_dim"(%1245) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16xf32>
    %1247 = "stablehlo.divide"(%1244, %1246) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1248 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1249 = "stablehlo.reduce"(%1242, %1248) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg477: tensor<f32>, %arg478: tensor<f32>):
      %2582 = "stablehlo.add"(%arg477, %arg478) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2582) : (tensor<f32>) -> ()
    }) : (tensor<2x16x64xf32>, tensor<f32>) -> tensor<2x16xf32>
    %1250 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1251 = "stablehlo.broadcast_in_dim"(%1250) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16xf32>
    %1252 = "stablehlo.divide"(%1249, %1251) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1253 = "chlo.square"(%1247) : (tensor<2x16xf32>) -> tensor<2x16xf32>
    %1254 = "stablehlo.subtract"(%1252, %1253) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1255 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1256 = "stablehlo.broadcast_in_dim"(%1255) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16xf32>
    %1257 = "stablehlo.maximum"(%1256, %1254) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1258 = "stablehlo.broadcast_in_dim"(%1247) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %1259 = "stablehlo.broadcast_in_dim"(%1257) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %1260 = "stablehlo.broadcast_in_dim"(%1258) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %1261 = "stablehlo.subtract"(%1241, %1260) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1262 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1263 = "stablehlo.broadcast_in_dim"(%1262) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x1xf32>
    %1264 = "stablehlo.add"(%1259, %1263) : (tensor<2x16x1xf32>, tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %1265 = "stablehlo.rsqrt"(%1264) : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %1266 = "stablehlo.constant"() <{value = dense<3441661193> : tensor<ui32>}> : () -> tensor<ui32>
    %1267 = "func.call"(%999, %1266) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1268 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1269 = "stablehlo.broadcast_in_dim"(%1268) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1270 = "stablehlo.reshape"(%1269) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1271 = "stablehlo.broadcast_in_dim"(%1265) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %1272 = "stablehlo.broadcast_in_dim"(%1270) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %1273 = "stablehlo.multiply"(%1271, %1272) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1274 = "stablehlo.multiply"(%1261, %1273) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1275 = "stablehlo.constant"() <{value = dense<3595673807> : tensor<ui32>}> : () -> tensor<ui32>
    %1276 = "func.call"(%999, %1275) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1277 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1278 = "stablehlo.broadcast_in_dim"(%1277) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1279 = "stablehlo.reshape"(%1278) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1280 = "stablehlo.broadcast_in_dim"(%1279) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %1281 = "stablehlo.add"(%1274, %1280) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1282 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1283 = "stablehlo.broadcast_in_dim"(%1282) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x64xi1>
    %1284 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64xi32>
    %1285 = "stablehlo.broadcast_in_dim"(%1284) <{broadcast_dimensions = array<i64: 1>}> : (tensor<64xi32>) -> tensor<1x64xi32>
    %1286 = "stablehlo.broadcast_in_dim"(%1285) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xi32>) -> tensor<1x64x1xi32>
    %1287 = "stablehlo.broadcast_in_dim"(%1285) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x64xi32>) -> tensor<1x1x64xi32>
    %1288 = "stablehlo.broadcast_in_dim"(%1286) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xi32>) -> tensor<1x64x64xi32>
    %1289 = "stablehlo.broadcast_in_dim"(%1287) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xi32>) -> tensor<1x64x64xi32>
    %1290 = "stablehlo.compare"(%1288, %1289) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x64x64xi32>, tensor<1x64x64xi32>) -> tensor<1x64x64xi1>
    %1291 = "stablehlo.broadcast_in_dim"(%1290) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x64x64xi1>) -> tensor<1x1x64x64xi1>
    %1292 = "stablehlo.constant"() <{value = dense<2188914395> : tensor<ui32>}> : () -> tensor<ui32>
    %1293 = "func.call"(%999, %1292) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1294 = "func.call"(%1293) <{callee = @_normal_8}> : (tensor<2xui32>) -> tensor<192x64xf32>
    %1295 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1296 = "stablehlo.broadcast_in_dim"(%1295) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<192x64xf32>
    %1297 = "stablehlo.multiply"(%1294, %1296) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    %1298 = "stablehlo.transpose"(%1297) <{permutation = array<i64: 1, 0>}> : (tensor<192x64xf32>) -> tensor<64x192xf32>
    %1299 = "stablehlo.dot_general"(%1281, %1298) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x64xf32>, tensor<64x192xf32>) -> tensor<2x16x192xf32>
    %1300 = "stablehlo.constant"() <{value = dense<2189849032> : tensor<ui32>}> : () -> tensor<ui32>
    %1301 = "func.call"(%999, %1300) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1302 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1303 = "stablehlo.broadcast_in_dim"(%1302) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<192xf32>
    %1304 = "stablehlo.broadcast_in_dim"(%1303) <{broadcast_dimensions = array<i64: 2>}> : (tensor<192xf32>) -> tensor<1x1x192xf32>
    %1305 = "stablehlo.broadcast_in_dim"(%1304) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x192xf32>) -> tensor<2x16x192xf32>
    %1306 = "stablehlo.add"(%1299, %1305) : (tensor<2x16x192xf32>, tensor<2x16x192xf32>) -> tensor<2x16x192xf32>
    %1307 = "stablehlo.slice"(%1306) <{limit_indices = array<i64: 2, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<2x16x192xf32>) -> tensor<2x16x64xf32>
    %1308 = "stablehlo.slice"(%1306) <{limit_indices = array<i64: 2, 16, 128>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<2x16x192xf32>) -> tensor<2x16x64xf32>
    %1309 = "stablehlo.slice"(%1306) <{limit_indices = array<i64: 2, 16, 192>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<2x16x192xf32>) -> tensor<2x16x64xf32>
    %1310 = "stablehlo.reshape"(%1307) : (tensor<2x16x64xf32>) -> tensor<2x16x4x16xf32>
    %1311 = "stablehlo.reshape"(%1308) : (tensor<2x16x64xf32>) -> tensor<2x16x4x16xf32>
    %1312 = "stablehlo.reshape"(%1309) : (tensor<2x16x64xf32>) -> tensor<2x16x4x16xf32>
    %1313 = "stablehlo.slice"(%1291) <{limit_indices = array<i64: 1, 1, 16, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x64x64xi1>) -> tensor<1x1x16x16xi1>
    %1314 = "stablehlo.broadcast_in_dim"(%1313) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x16x16xi1>) -> tensor<2x1x16x16xi1>
    %1315 = "stablehlo.broadcast_in_dim"(%986) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<2x16xf32>) -> tensor<2x1x1x16xf32>
    %1316 = "stablehlo.broadcast_in_dim"(%1315) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x1x1x16xf32>) -> tensor<2x1x16x16xf32>
    %1317 = "stablehlo.convert"(%1314) : (tensor<2x1x16x16xi1>) -> tensor<2x1x16x16xf32>
    %1318 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1319 = "stablehlo.broadcast_in_dim"(%1318) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x16x16xf32>
    %1320 = "stablehlo.compare"(%1316, %1319) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x1x16x16xi1>
    %1321 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1322 = "stablehlo.broadcast_in_dim"(%1321) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x16x16xf32>
    %1323 = "stablehlo.compare"(%1317, %1322) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x1x16x16xi1>
    %1324 = "stablehlo.and"(%1320, %1323) : (tensor<2x1x16x16xi1>, tensor<2x1x16x16xi1>) -> tensor<2x1x16x16xi1>
    %1325 = "stablehlo.convert"(%1324) : (tensor<2x1x16x16xi1>) -> tensor<2x1x16x16xf32>
    %1326 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1327 = "stablehlo.broadcast_in_dim"(%1326) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x4x16xf32>
    %1328 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1329 = "stablehlo.broadcast_in_dim"(%1328) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x4x16xf32>
    %1330 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1331 = "stablehlo.broadcast_in_dim"(%1330) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x16x16xf32>
    %1332 = "stablehlo.compare"(%1325, %1331) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<2x1x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x1x16x16xi1>
    %1333 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1334 = "stablehlo.broadcast_in_dim"(%1333) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x16x16xf32>
    %1335 = "stablehlo.convert"(%1334) : (tensor<2x1x16x16xf32>) -> tensor<2x1x16x16xf32>
    %1336 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %1337 = "stablehlo.broadcast_in_dim"(%1336) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x16x16xf32>
    %1338 = "stablehlo.select"(%1332, %1335, %1337) : (tensor<2x1x16x16xi1>, tensor<2x1x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x1x16x16xf32>
    %1339 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1340 = "stablehlo.sqrt"(%1339) : (tensor<f32>) -> tensor<f32>
    %1341 = "stablehlo.convert"(%1340) : (tensor<f32>) -> tensor<f32>
    %1342 = "stablehlo.broadcast_in_dim"(%1341) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x4x16xf32>
    %1343 = "stablehlo.divide"(%1310, %1342) : (tensor<2x16x4x16xf32>, tensor<2x16x4x16xf32>) -> tensor<2x16x4x16xf32>
    %1344 = "stablehlo.dot_general"(%1343, %1311) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x4x16xf32>, tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %1345 = "stablehlo.broadcast_in_dim"(%1338) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %1346 = "stablehlo.add"(%1344, %1345) : (tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %1347 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1348 = "stablehlo.reduce"(%1346, %1347) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg475: tensor<f32>, %arg476: tensor<f32>):
      %2581 = "stablehlo.maximum"(%arg475, %arg476) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2581) : (tensor<f32>) -> ()
    }) : (tensor<2x4x16x16xf32>, tensor<f32>) -> tensor<2x4x16xf32>
    %1349 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1350 = "stablehlo.broadcast_in_dim"(%1349) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x16xf32>
    %1351 = "stablehlo.maximum"(%1350, %1348) : (tensor<2x4x16xf32>, tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %1352 = "stablehlo.broadcast_in_dim"(%1351) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x16xf32>) -> tensor<2x4x16x1xf32>
    %1353 = "stablehlo.broadcast_in_dim"(%1352) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %1354 = "stablehlo.subtract"(%1346, %1353) : (tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %1355 = "stablehlo.exponential"(%1354) : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %1356 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1357 = "stablehlo.reduce"(%1355, %1356) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg473: tensor<f32>, %arg474: tensor<f32>):
      %2580 = "stablehlo.add"(%arg473, %arg474) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2580) : (tensor<f32>) -> ()
    }) : (tensor<2x4x16x16xf32>, tensor<f32>) -> tensor<2x4x16xf32>
    %1358 = "stablehlo.broadcast_in_dim"(%1357) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x16xf32>) -> tensor<2x4x16x1xf32>
    %1359 = "stablehlo.broadcast_in_dim"(%1358) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %1360 = "stablehlo.divide"(%1355, %1359) : (tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %1361 = "stablehlo.dot_general"(%1312, %1360) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x4x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %1362 = "stablehlo.transpose"(%1361) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %1363 = "stablehlo.reshape"(%1362) : (tensor<2x16x4x16xf32>) -> tensor<2x16x64xf32>
    %1364 = "stablehlo.constant"() <{value = dense<2805308958> : tensor<ui32>}> : () -> tensor<ui32>
    %1365 = "func.call"(%999, %1364) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1366 = "func.call"(%1365) <{callee = @_normal_2}> : (tensor<2xui32>) -> tensor<64x64xf32>
    %1367 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1368 = "stablehlo.broadcast_in_dim"(%1367) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x64xf32>
    %1369 = "stablehlo.multiply"(%1366, %1368) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    %1370 = "stablehlo.transpose"(%1369) <{permutation = array<i64: 1, 0>}> : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %1371 = "stablehlo.dot_general"(%1363, %1370) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x64xf32>, tensor<64x64xf32>) -> tensor<2x16x64xf32>
    %1372 = "stablehlo.constant"() <{value = dense<203310434> : tensor<ui32>}> : () -> tensor<ui32>
    %1373 = "func.call"(%999, %1372) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1374 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1375 = "stablehlo.broadcast_in_dim"(%1374) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1376 = "stablehlo.broadcast_in_dim"(%1375) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1377 = "stablehlo.broadcast_in_dim"(%1376) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %1378 = "stablehlo.add"(%1371, %1377) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1379 = "stablehlo.add"(%1378, %1241) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1380 = "chlo.square"(%1379) : (tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1381 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1382 = "stablehlo.reduce"(%1379, %1381) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg471: tensor<f32>, %arg472: tensor<f32>):
      %2579 = "stablehlo.add"(%arg471, %arg472) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2579) : (tensor<f32>) -> ()
    }) : (tensor<2x16x64xf32>, tensor<f32>) -> tensor<2x16xf32>
    %1383 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1384 = "stablehlo.broadcast_in_dim"(%1383) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16xf32>
    %1385 = "stablehlo.divide"(%1382, %1384) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1386 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1387 = "stablehlo.reduce"(%1380, %1386) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg469: tensor<f32>, %arg470: tensor<f32>):
      %2578 = "stablehlo.add"(%arg469, %arg470) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2578) : (tensor<f32>) -> ()
    }) : (tensor<2x16x64xf32>, tensor<f32>) -> tensor<2x16xf32>
    %1388 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1389 = "stablehlo.broadcast_in_dim"(%1388) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16xf32>
    %1390 = "stablehlo.divide"(%1387, %1389) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1391 = "chlo.square"(%1385) : (tensor<2x16xf32>) -> tensor<2x16xf32>
    %1392 = "stablehlo.subtract"(%1390, %1391) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1393 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1394 = "stablehlo.broadcast_in_dim"(%1393) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16xf32>
    %1395 = "stablehlo.maximum"(%1394, %1392) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1396 = "stablehlo.broadcast_in_dim"(%1385) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %1397 = "stablehlo.broadcast_in_dim"(%1395) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %1398 = "stablehlo.broadcast_in_dim"(%1396) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %1399 = "stablehlo.subtract"(%1379, %1398) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1400 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1401 = "stablehlo.broadcast_in_dim"(%1400) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x1xf32>
    %1402 = "stablehlo.add"(%1397, %1401) : (tensor<2x16x1xf32>, tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %1403 = "stablehlo.rsqrt"(%1402) : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %1404 = "stablehlo.constant"() <{value = dense<250018773> : tensor<ui32>}> : () -> tensor<ui32>
    %1405 = "func.call"(%999, %1404) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1406 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1407 = "stablehlo.broadcast_in_dim"(%1406) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1408 = "stablehlo.reshape"(%1407) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1409 = "stablehlo.broadcast_in_dim"(%1403) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %1410 = "stablehlo.broadcast_in_dim"(%1408) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %1411 = "stablehlo.multiply"(%1409, %1410) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1412 = "stablehlo.multiply"(%1399, %1411) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1413 = "stablehlo.constant"() <{value = dense<2251315377> : tensor<ui32>}> : () -> tensor<ui32>
    %1414 = "func.call"(%999, %1413) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1415 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1416 = "stablehlo.broadcast_in_dim"(%1415) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1417 = "stablehlo.reshape"(%1416) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1418 = "stablehlo.broadcast_in_dim"(%1417) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %1419 = "stablehlo.add"(%1412, %1418) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1420 = "stablehlo.constant"() <{value = dense<2870749611> : tensor<ui32>}> : () -> tensor<ui32>
    %1421 = "func.call"(%999, %1420) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1422 = "func.call"(%1421) <{callee = @_normal_13}> : (tensor<2xui32>) -> tensor<256x64xf32>
    %1423 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1424 = "stablehlo.broadcast_in_dim"(%1423) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<256x64xf32>
    %1425 = "stablehlo.multiply"(%1422, %1424) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %1426 = "stablehlo.transpose"(%1425) <{permutation = array<i64: 1, 0>}> : (tensor<256x64xf32>) -> tensor<64x256xf32>
    %1427 = "stablehlo.dot_general"(%1419, %1426) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x64xf32>, tensor<64x256xf32>) -> tensor<2x16x256xf32>
    %1428 = "stablehlo.constant"() <{value = dense<1829223428> : tensor<ui32>}> : () -> tensor<ui32>
    %1429 = "func.call"(%999, %1428) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1430 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1431 = "stablehlo.broadcast_in_dim"(%1430) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<256xf32>
    %1432 = "stablehlo.broadcast_in_dim"(%1431) <{broadcast_dimensions = array<i64: 2>}> : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %1433 = "stablehlo.broadcast_in_dim"(%1432) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x256xf32>) -> tensor<2x16x256xf32>
    %1434 = "stablehlo.add"(%1427, %1433) : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1435 = "stablehlo.multiply"(%1434, %1434) : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1436 = "stablehlo.multiply"(%1435, %1434) : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1437 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %1438 = "stablehlo.broadcast_in_dim"(%1437) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x256xf32>
    %1439 = "stablehlo.multiply"(%1438, %1436) : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1440 = "stablehlo.add"(%1434, %1439) : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1441 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %1442 = "stablehlo.broadcast_in_dim"(%1441) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x256xf32>
    %1443 = "stablehlo.multiply"(%1442, %1440) : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1444 = "stablehlo.tanh"(%1443) : (tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1445 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1446 = "stablehlo.broadcast_in_dim"(%1445) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x256xf32>
    %1447 = "stablehlo.add"(%1446, %1444) : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1448 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1449 = "stablehlo.broadcast_in_dim"(%1448) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x256xf32>
    %1450 = "stablehlo.multiply"(%1449, %1447) : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1451 = "stablehlo.multiply"(%1434, %1450) : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %1452 = "stablehlo.constant"() <{value = dense<997290576> : tensor<ui32>}> : () -> tensor<ui32>
    %1453 = "func.call"(%999, %1452) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1454 = "func.call"(%1453) <{callee = @_normal_18}> : (tensor<2xui32>) -> tensor<64x256xf32>
    %1455 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1456 = "stablehlo.broadcast_in_dim"(%1455) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x256xf32>
    %1457 = "stablehlo.multiply"(%1454, %1456) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    %1458 = "stablehlo.transpose"(%1457) <{permutation = array<i64: 1, 0>}> : (tensor<64x256xf32>) -> tensor<256x64xf32>
    %1459 = "stablehlo.dot_general"(%1451, %1458) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x256xf32>, tensor<256x64xf32>) -> tensor<2x16x64xf32>
    %1460 = "stablehlo.constant"() <{value = dense<211029637> : tensor<ui32>}> : () -> tensor<ui32>
    %1461 = "func.call"(%999, %1460) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1462 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1463 = "stablehlo.broadcast_in_dim"(%1462) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1464 = "stablehlo.broadcast_in_dim"(%1463) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1465 = "stablehlo.broadcast_in_dim"(%1464) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %1466 = "stablehlo.add"(%1459, %1465) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1467 = "stablehlo.add"(%1379, %1466) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1468 = "chlo.square"(%1467) : (tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1469 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1470 = "stablehlo.reduce"(%1467, %1469) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg467: tensor<f32>, %arg468: tensor<f32>):
      %2577 = "stablehlo.add"(%arg467, %arg468) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2577) : (tensor<f32>) -> ()
    }) : (tensor<2x16x64xf32>, tensor<f32>) -> tensor<2x16xf32>
    %1471 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1472 = "stablehlo.broadcast_in_dim"(%1471) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16xf32>
    %1473 = "stablehlo.divide"(%1470, %1472) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1474 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1475 = "stablehlo.reduce"(%1468, %1474) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg465: tensor<f32>, %arg466: tensor<f32>):
      %2576 = "stablehlo.add"(%arg465, %arg466) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2576) : (tensor<f32>) -> ()
    }) : (tensor<2x16x64xf32>, tensor<f32>) -> tensor<2x16xf32>
    %1476 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1477 = "stablehlo.broadcast_in_dim"(%1476) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16xf32>
    %1478 = "stablehlo.divide"(%1475, %1477) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1479 = "chlo.square"(%1473) : (tensor<2x16xf32>) -> tensor<2x16xf32>
    %1480 = "stablehlo.subtract"(%1478, %1479) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1481 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1482 = "stablehlo.broadcast_in_dim"(%1481) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16xf32>
    %1483 = "stablehlo.maximum"(%1482, %1480) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %1484 = "stablehlo.broadcast_in_dim"(%1473) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %1485 = "stablehlo.broadcast_in_dim"(%1483) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %1486 = "stablehlo.broadcast_in_dim"(%1484) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %1487 = "stablehlo.subtract"(%1467, %1486) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1488 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1489 = "stablehlo.broadcast_in_dim"(%1488) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x1xf32>
    %1490 = "stablehlo.add"(%1485, %1489) : (tensor<2x16x1xf32>, tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %1491 = "stablehlo.rsqrt"(%1490) : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %1492 = "stablehlo.constant"() <{value = dense<1328829645> : tensor<ui32>}> : () -> tensor<ui32>
    %1493 = "func.call"(%999, %1492) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1494 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1495 = "stablehlo.broadcast_in_dim"(%1494) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1496 = "stablehlo.reshape"(%1495) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1497 = "stablehlo.broadcast_in_dim"(%1491) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %1498 = "stablehlo.broadcast_in_dim"(%1496) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %1499 = "stablehlo.multiply"(%1497, %1498) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1500 = "stablehlo.multiply"(%1487, %1499) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1501 = "stablehlo.constant"() <{value = dense<2723810746> : tensor<ui32>}> : () -> tensor<ui32>
    %1502 = "func.call"(%999, %1501) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1503 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1504 = "stablehlo.broadcast_in_dim"(%1503) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1505 = "stablehlo.reshape"(%1504) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1506 = "stablehlo.broadcast_in_dim"(%1505) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %1507 = "stablehlo.add"(%1500, %1506) : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %1508 = "stablehlo.constant"() <{value = dense<3308860021> : tensor<ui32>}> : () -> tensor<ui32>
    %1509 = "func.call"(%999, %1508) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1510 = "func.call"(%1509) <{callee = @_normal_23}> : (tensor<2xui32>) -> tensor<64x97xf32>
    %1511 = "stablehlo.constant"() <{value = dense<3.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1512 = "stablehlo.broadcast_in_dim"(%1511) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x97xf32>
    %1513 = "stablehlo.multiply"(%1510, %1512) : (tensor<64x97xf32>, tensor<64x97xf32>) -> tensor<64x97xf32>
    %1514 = "stablehlo.dot_general"(%1507, %1513) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x64xf32>, tensor<64x97xf32>) -> tensor<2x16x97xf32>
    %1515 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1516 = "stablehlo.broadcast_in_dim"(%1515) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x16xi32>
    %1517 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %1518 = "stablehlo.broadcast_in_dim"(%1517) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xi32>) -> tensor<1x4xi32>
    %1519 = "stablehlo.broadcast_in_dim"(%1518) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<2x4xi32>
    %1520 = "func.call"(%arg315, %arg316) <{callee = @_take_28}> : (tensor<97x64xf32>, tensor<2x4xi32>) -> tensor<2x4x64xf32>
    %1521 = "func.call"(%arg314, %1519) <{callee = @_take_30}> : (tensor<64x64xf32>, tensor<2x4xi32>) -> tensor<2x4x64xf32>
    %1522 = "stablehlo.add"(%1520, %1521) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1523 = "chlo.square"(%1522) : (tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1524 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1525 = "stablehlo.reduce"(%1522, %1524) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg463: tensor<f32>, %arg464: tensor<f32>):
      %2575 = "stablehlo.add"(%arg463, %arg464) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2575) : (tensor<f32>) -> ()
    }) : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %1526 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1527 = "stablehlo.broadcast_in_dim"(%1526) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4xf32>
    %1528 = "stablehlo.divide"(%1525, %1527) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1529 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1530 = "stablehlo.reduce"(%1523, %1529) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg461: tensor<f32>, %arg462: tensor<f32>):
      %2574 = "stablehlo.add"(%arg461, %arg462) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2574) : (tensor<f32>) -> ()
    }) : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %1531 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1532 = "stablehlo.broadcast_in_dim"(%1531) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4xf32>
    %1533 = "stablehlo.divide"(%1530, %1532) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1534 = "chlo.square"(%1528) : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %1535 = "stablehlo.subtract"(%1533, %1534) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1536 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1537 = "stablehlo.broadcast_in_dim"(%1536) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4xf32>
    %1538 = "stablehlo.maximum"(%1537, %1535) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1539 = "stablehlo.broadcast_in_dim"(%1528) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %1540 = "stablehlo.broadcast_in_dim"(%1538) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %1541 = "stablehlo.broadcast_in_dim"(%1539) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x64xf32>
    %1542 = "stablehlo.subtract"(%1522, %1541) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1543 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1544 = "stablehlo.broadcast_in_dim"(%1543) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %1545 = "stablehlo.add"(%1540, %1544) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %1546 = "stablehlo.rsqrt"(%1545) : (tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %1547 = "stablehlo.reshape"(%arg293) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1548 = "stablehlo.broadcast_in_dim"(%1546) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x64xf32>
    %1549 = "stablehlo.broadcast_in_dim"(%1547) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x4x64xf32>
    %1550 = "stablehlo.multiply"(%1548, %1549) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1551 = "stablehlo.multiply"(%1542, %1550) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1552 = "stablehlo.reshape"(%arg292) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1553 = "stablehlo.broadcast_in_dim"(%1552) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x4x64xf32>
    %1554 = "stablehlo.add"(%1551, %1553) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1555 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1556 = "stablehlo.broadcast_in_dim"(%1555) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x64xi1>
    %1557 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64xi32>
    %1558 = "stablehlo.broadcast_in_dim"(%1557) <{broadcast_dimensions = array<i64: 1>}> : (tensor<64xi32>) -> tensor<1x64xi32>
    %1559 = "stablehlo.broadcast_in_dim"(%1558) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xi32>) -> tensor<1x64x1xi32>
    %1560 = "stablehlo.broadcast_in_dim"(%1558) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x64xi32>) -> tensor<1x1x64xi32>
    %1561 = "stablehlo.broadcast_in_dim"(%1559) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xi32>) -> tensor<1x64x64xi32>
    %1562 = "stablehlo.broadcast_in_dim"(%1560) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xi32>) -> tensor<1x64x64xi32>
    %1563 = "stablehlo.compare"(%1561, %1562) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x64x64xi32>, tensor<1x64x64xi32>) -> tensor<1x64x64xi1>
    %1564 = "stablehlo.broadcast_in_dim"(%1563) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x64x64xi1>) -> tensor<1x1x64x64xi1>
    %1565 = "stablehlo.transpose"(%arg289) <{permutation = array<i64: 1, 0>}> : (tensor<192x64xf32>) -> tensor<64x192xf32>
    %1566 = "stablehlo.dot_general"(%1554, %1565) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x64xf32>, tensor<64x192xf32>) -> tensor<2x4x192xf32>
    %1567 = "stablehlo.broadcast_in_dim"(%arg288) <{broadcast_dimensions = array<i64: 2>}> : (tensor<192xf32>) -> tensor<1x1x192xf32>
    %1568 = "stablehlo.broadcast_in_dim"(%1567) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x192xf32>) -> tensor<2x4x192xf32>
    %1569 = "stablehlo.add"(%1566, %1568) : (tensor<2x4x192xf32>, tensor<2x4x192xf32>) -> tensor<2x4x192xf32>
    %1570 = "stablehlo.slice"(%1569) <{limit_indices = array<i64: 2, 4, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<2x4x192xf32>) -> tensor<2x4x64xf32>
    %1571 = "stablehlo.slice"(%1569) <{limit_indices = array<i64: 2, 4, 128>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<2x4x192xf32>) -> tensor<2x4x64xf32>
    %1572 = "stablehlo.slice"(%1569) <{limit_indices = array<i64: 2, 4, 192>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<2x4x192xf32>) -> tensor<2x4x64xf32>
    %1573 = "stablehlo.reshape"(%1570) : (tensor<2x4x64xf32>) -> tensor<2x4x4x16xf32>
    %1574 = "stablehlo.reshape"(%1571) : (tensor<2x4x64xf32>) -> tensor<2x4x4x16xf32>
    %1575 = "stablehlo.reshape"(%1572) : (tensor<2x4x64xf32>) -> tensor<2x4x4x16xf32>
    %1576 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1577 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1578 = "stablehlo.compare"(%1576, %1577) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1579 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1580 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
    %1581 = "stablehlo.add"(%1579, %1580) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1582 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1583 = "stablehlo.select"(%1578, %1581, %1582) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1584 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1585 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1586 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1587 = "stablehlo.dynamic_slice"(%1564, %1584, %1585, %1583, %1586) <{slice_sizes = array<i64: 1, 1, 4, 16>}> : (tensor<1x1x64x64xi1>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x4x16xi1>
    %1588 = "stablehlo.broadcast_in_dim"(%1587) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x16xi1>) -> tensor<2x1x4x16xi1>
    %1589 = "stablehlo.broadcast_in_dim"(%1516) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<2x16xi32>) -> tensor<2x1x1x16xi32>
    %1590 = "stablehlo.broadcast_in_dim"(%1589) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x1x1x16xi32>) -> tensor<2x1x4x16xi32>
    %1591 = "stablehlo.convert"(%1588) : (tensor<2x1x4x16xi1>) -> tensor<2x1x4x16xi32>
    %1592 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1593 = "stablehlo.broadcast_in_dim"(%1592) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x1x4x16xi32>
    %1594 = "stablehlo.compare"(%1590, %1593) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x4x16xi32>, tensor<2x1x4x16xi32>) -> tensor<2x1x4x16xi1>
    %1595 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1596 = "stablehlo.broadcast_in_dim"(%1595) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x1x4x16xi32>
    %1597 = "stablehlo.compare"(%1591, %1596) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x4x16xi32>, tensor<2x1x4x16xi32>) -> tensor<2x1x4x16xi1>
    %1598 = "stablehlo.and"(%1594, %1597) : (tensor<2x1x4x16xi1>, tensor<2x1x4x16xi1>) -> tensor<2x1x4x16xi1>
    %1599 = "stablehlo.convert"(%1598) : (tensor<2x1x4x16xi1>) -> tensor<2x1x4x16xf32>
    %1600 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1601 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1602 = "stablehlo.compare"(%1600, %1601) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1603 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1604 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %1605 = "stablehlo.add"(%1603, %1604) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1606 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1607 = "stablehlo.select"(%1602, %1605, %1606) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1608 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1609 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1610 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1611 = "stablehlo.dynamic_update_slice"(%1101, %1574, %1608, %1607, %1609, %1610) : (tensor<2x16x4x16xf32>, tensor<2x4x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x16x4x16xf32>
    %1612 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1613 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1614 = "stablehlo.compare"(%1612, %1613) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1615 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1616 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %1617 = "stablehlo.add"(%1615, %1616) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1618 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1619 = "stablehlo.select"(%1614, %1617, %1618) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1620 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1621 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1622 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1623 = "stablehlo.dynamic_update_slice"(%1103, %1575, %1620, %1619, %1621, %1622) : (tensor<2x16x4x16xf32>, tensor<2x4x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x16x4x16xf32>
    %1624 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1625 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1626 = "stablehlo.add"(%1624, %1625) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1627 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
    %1628 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1629 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1630 = "stablehlo.add"(%1628, %1629) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1631 = "stablehlo.broadcast_in_dim"(%1630) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %1632 = "stablehlo.compare"(%1627, %1631) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %1633 = "stablehlo.broadcast_in_dim"(%1632) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xi1>) -> tensor<2x1x4x16xi1>
    %1634 = "stablehlo.convert"(%1633) : (tensor<2x1x4x16xi1>) -> tensor<2x1x4x16xf32>
    %1635 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1636 = "stablehlo.broadcast_in_dim"(%1635) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x4x16xf32>
    %1637 = "stablehlo.compare"(%1634, %1636) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xi1>
    %1638 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1639 = "stablehlo.broadcast_in_dim"(%1638) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x4x16xf32>
    %1640 = "stablehlo.compare"(%1599, %1639) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xi1>
    %1641 = "stablehlo.and"(%1637, %1640) : (tensor<2x1x4x16xi1>, tensor<2x1x4x16xi1>) -> tensor<2x1x4x16xi1>
    %1642 = "stablehlo.convert"(%1641) : (tensor<2x1x4x16xi1>) -> tensor<2x1x4x16xf32>
    %1643 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1644 = "stablehlo.broadcast_in_dim"(%1643) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x4x16xf32>
    %1645 = "stablehlo.compare"(%1642, %1644) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xi1>
    %1646 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1647 = "stablehlo.broadcast_in_dim"(%1646) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x4x16xf32>
    %1648 = "stablehlo.convert"(%1647) : (tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
    %1649 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %1650 = "stablehlo.broadcast_in_dim"(%1649) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x4x16xf32>
    %1651 = "stablehlo.select"(%1645, %1648, %1650) : (tensor<2x1x4x16xi1>, tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
    %1652 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1653 = "stablehlo.sqrt"(%1652) : (tensor<f32>) -> tensor<f32>
    %1654 = "stablehlo.convert"(%1653) : (tensor<f32>) -> tensor<f32>
    %1655 = "stablehlo.broadcast_in_dim"(%1654) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x4x16xf32>
    %1656 = "stablehlo.divide"(%1573, %1655) : (tensor<2x4x4x16xf32>, tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %1657 = "stablehlo.dot_general"(%1656, %1611) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x4x16xf32>, tensor<2x16x4x16xf32>) -> tensor<2x4x4x16xf32>
    %1658 = "stablehlo.broadcast_in_dim"(%1651) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x1x4x16xf32>) -> tensor<2x4x4x16xf32>
    %1659 = "stablehlo.add"(%1657, %1658) : (tensor<2x4x4x16xf32>, tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %1660 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1661 = "stablehlo.reduce"(%1659, %1660) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg459: tensor<f32>, %arg460: tensor<f32>):
      %2573 = "stablehlo.maximum"(%arg459, %arg460) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2573) : (tensor<f32>) -> ()
    }) : (tensor<2x4x4x16xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %1662 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1663 = "stablehlo.broadcast_in_dim"(%1662) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x4xf32>
    %1664 = "stablehlo.maximum"(%1663, %1661) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
    %1665 = "stablehlo.broadcast_in_dim"(%1664) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x4xf32>) -> tensor<2x4x4x1xf32>
    %1666 = "stablehlo.broadcast_in_dim"(%1665) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x4x1xf32>) -> tensor<2x4x4x16xf32>
    %1667 = "stablehlo.subtract"(%1659, %1666) : (tensor<2x4x4x16xf32>, tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %1668 = "stablehlo.exponential"(%1667) : (tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %1669 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1670 = "stablehlo.reduce"(%1668, %1669) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg457: tensor<f32>, %arg458: tensor<f32>):
      %2572 = "stablehlo.add"(%arg457, %arg458) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2572) : (tensor<f32>) -> ()
    }) : (tensor<2x4x4x16xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %1671 = "stablehlo.broadcast_in_dim"(%1670) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x4xf32>) -> tensor<2x4x4x1xf32>
    %1672 = "stablehlo.broadcast_in_dim"(%1671) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x4x1xf32>) -> tensor<2x4x4x16xf32>
    %1673 = "stablehlo.divide"(%1668, %1672) : (tensor<2x4x4x16xf32>, tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %1674 = "stablehlo.dot_general"(%1623, %1673) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x4x16xf32>, tensor<2x4x4x16xf32>) -> tensor<2x4x16x4xf32>
    %1675 = "stablehlo.transpose"(%1674) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<2x4x16x4xf32>) -> tensor<2x4x4x16xf32>
    %1676 = "stablehlo.reshape"(%1675) : (tensor<2x4x4x16xf32>) -> tensor<2x4x64xf32>
    %1677 = "stablehlo.transpose"(%arg291) <{permutation = array<i64: 1, 0>}> : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %1678 = "stablehlo.dot_general"(%1676, %1677) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x64xf32>, tensor<64x64xf32>) -> tensor<2x4x64xf32>
    %1679 = "stablehlo.broadcast_in_dim"(%arg290) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1680 = "stablehlo.broadcast_in_dim"(%1679) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x4x64xf32>
    %1681 = "stablehlo.add"(%1678, %1680) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1682 = "stablehlo.add"(%1681, %1522) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1683 = "chlo.square"(%1682) : (tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1684 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1685 = "stablehlo.reduce"(%1682, %1684) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg455: tensor<f32>, %arg456: tensor<f32>):
      %2571 = "stablehlo.add"(%arg455, %arg456) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2571) : (tensor<f32>) -> ()
    }) : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %1686 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1687 = "stablehlo.broadcast_in_dim"(%1686) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4xf32>
    %1688 = "stablehlo.divide"(%1685, %1687) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1689 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1690 = "stablehlo.reduce"(%1683, %1689) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg453: tensor<f32>, %arg454: tensor<f32>):
      %2570 = "stablehlo.add"(%arg453, %arg454) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2570) : (tensor<f32>) -> ()
    }) : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %1691 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1692 = "stablehlo.broadcast_in_dim"(%1691) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4xf32>
    %1693 = "stablehlo.divide"(%1690, %1692) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1694 = "chlo.square"(%1688) : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %1695 = "stablehlo.subtract"(%1693, %1694) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1696 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1697 = "stablehlo.broadcast_in_dim"(%1696) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4xf32>
    %1698 = "stablehlo.maximum"(%1697, %1695) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1699 = "stablehlo.broadcast_in_dim"(%1688) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %1700 = "stablehlo.broadcast_in_dim"(%1698) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %1701 = "stablehlo.broadcast_in_dim"(%1699) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x64xf32>
    %1702 = "stablehlo.subtract"(%1682, %1701) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1703 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1704 = "stablehlo.broadcast_in_dim"(%1703) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %1705 = "stablehlo.add"(%1700, %1704) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %1706 = "stablehlo.rsqrt"(%1705) : (tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %1707 = "stablehlo.reshape"(%arg295) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1708 = "stablehlo.broadcast_in_dim"(%1706) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x64xf32>
    %1709 = "stablehlo.broadcast_in_dim"(%1707) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x4x64xf32>
    %1710 = "stablehlo.multiply"(%1708, %1709) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1711 = "stablehlo.multiply"(%1702, %1710) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1712 = "stablehlo.reshape"(%arg294) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1713 = "stablehlo.broadcast_in_dim"(%1712) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x4x64xf32>
    %1714 = "stablehlo.add"(%1711, %1713) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1715 = "stablehlo.transpose"(%arg297) <{permutation = array<i64: 1, 0>}> : (tensor<256x64xf32>) -> tensor<64x256xf32>
    %1716 = "stablehlo.dot_general"(%1714, %1715) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x64xf32>, tensor<64x256xf32>) -> tensor<2x4x256xf32>
    %1717 = "stablehlo.broadcast_in_dim"(%arg296) <{broadcast_dimensions = array<i64: 2>}> : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %1718 = "stablehlo.broadcast_in_dim"(%1717) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x256xf32>) -> tensor<2x4x256xf32>
    %1719 = "stablehlo.add"(%1716, %1718) : (tensor<2x4x256xf32>, tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1720 = "stablehlo.multiply"(%1719, %1719) : (tensor<2x4x256xf32>, tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1721 = "stablehlo.multiply"(%1720, %1719) : (tensor<2x4x256xf32>, tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1722 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %1723 = "stablehlo.broadcast_in_dim"(%1722) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x256xf32>
    %1724 = "stablehlo.multiply"(%1723, %1721) : (tensor<2x4x256xf32>, tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1725 = "stablehlo.add"(%1719, %1724) : (tensor<2x4x256xf32>, tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1726 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %1727 = "stablehlo.broadcast_in_dim"(%1726) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x256xf32>
    %1728 = "stablehlo.multiply"(%1727, %1725) : (tensor<2x4x256xf32>, tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1729 = "stablehlo.tanh"(%1728) : (tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1730 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1731 = "stablehlo.broadcast_in_dim"(%1730) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x256xf32>
    %1732 = "stablehlo.add"(%1731, %1729) : (tensor<2x4x256xf32>, tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1733 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1734 = "stablehlo.broadcast_in_dim"(%1733) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x256xf32>
    %1735 = "stablehlo.multiply"(%1734, %1732) : (tensor<2x4x256xf32>, tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1736 = "stablehlo.multiply"(%1719, %1735) : (tensor<2x4x256xf32>, tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1737 = "stablehlo.transpose"(%arg299) <{permutation = array<i64: 1, 0>}> : (tensor<64x256xf32>) -> tensor<256x64xf32>
    %1738 = "stablehlo.dot_general"(%1736, %1737) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x256xf32>, tensor<256x64xf32>) -> tensor<2x4x64xf32>
    %1739 = "stablehlo.broadcast_in_dim"(%arg298) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1740 = "stablehlo.broadcast_in_dim"(%1739) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x4x64xf32>
    %1741 = "stablehlo.add"(%1738, %1740) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1742 = "stablehlo.add"(%1682, %1741) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1743 = "chlo.square"(%1742) : (tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1744 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1745 = "stablehlo.reduce"(%1742, %1744) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg451: tensor<f32>, %arg452: tensor<f32>):
      %2569 = "stablehlo.add"(%arg451, %arg452) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2569) : (tensor<f32>) -> ()
    }) : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %1746 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1747 = "stablehlo.broadcast_in_dim"(%1746) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4xf32>
    %1748 = "stablehlo.divide"(%1745, %1747) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1749 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1750 = "stablehlo.reduce"(%1743, %1749) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg449: tensor<f32>, %arg450: tensor<f32>):
      %2568 = "stablehlo.add"(%arg449, %arg450) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2568) : (tensor<f32>) -> ()
    }) : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %1751 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1752 = "stablehlo.broadcast_in_dim"(%1751) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4xf32>
    %1753 = "stablehlo.divide"(%1750, %1752) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1754 = "chlo.square"(%1748) : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %1755 = "stablehlo.subtract"(%1753, %1754) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1756 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1757 = "stablehlo.broadcast_in_dim"(%1756) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4xf32>
    %1758 = "stablehlo.maximum"(%1757, %1755) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1759 = "stablehlo.broadcast_in_dim"(%1748) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %1760 = "stablehlo.broadcast_in_dim"(%1758) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %1761 = "stablehlo.broadcast_in_dim"(%1759) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x64xf32>
    %1762 = "stablehlo.subtract"(%1742, %1761) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1763 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1764 = "stablehlo.broadcast_in_dim"(%1763) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %1765 = "stablehlo.add"(%1760, %1764) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %1766 = "stablehlo.rsqrt"(%1765) : (tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %1767 = "stablehlo.reshape"(%arg305) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1768 = "stablehlo.broadcast_in_dim"(%1766) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x64xf32>
    %1769 = "stablehlo.broadcast_in_dim"(%1767) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x4x64xf32>
    %1770 = "stablehlo.multiply"(%1768, %1769) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1771 = "stablehlo.multiply"(%1762, %1770) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1772 = "stablehlo.reshape"(%arg304) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1773 = "stablehlo.broadcast_in_dim"(%1772) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x4x64xf32>
    %1774 = "stablehlo.add"(%1771, %1773) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1775 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1776 = "stablehlo.broadcast_in_dim"(%1775) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x64xi1>
    %1777 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64xi32>
    %1778 = "stablehlo.broadcast_in_dim"(%1777) <{broadcast_dimensions = array<i64: 1>}> : (tensor<64xi32>) -> tensor<1x64xi32>
    %1779 = "stablehlo.broadcast_in_dim"(%1778) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xi32>) -> tensor<1x64x1xi32>
    %1780 = "stablehlo.broadcast_in_dim"(%1778) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x64xi32>) -> tensor<1x1x64xi32>
    %1781 = "stablehlo.broadcast_in_dim"(%1779) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xi32>) -> tensor<1x64x64xi32>
    %1782 = "stablehlo.broadcast_in_dim"(%1780) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xi32>) -> tensor<1x64x64xi32>
    %1783 = "stablehlo.compare"(%1781, %1782) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x64x64xi32>, tensor<1x64x64xi32>) -> tensor<1x64x64xi1>
    %1784 = "stablehlo.broadcast_in_dim"(%1783) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x64x64xi1>) -> tensor<1x1x64x64xi1>
    %1785 = "stablehlo.transpose"(%arg301) <{permutation = array<i64: 1, 0>}> : (tensor<192x64xf32>) -> tensor<64x192xf32>
    %1786 = "stablehlo.dot_general"(%1774, %1785) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x64xf32>, tensor<64x192xf32>) -> tensor<2x4x192xf32>
    %1787 = "stablehlo.broadcast_in_dim"(%arg300) <{broadcast_dimensions = array<i64: 2>}> : (tensor<192xf32>) -> tensor<1x1x192xf32>
    %1788 = "stablehlo.broadcast_in_dim"(%1787) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x192xf32>) -> tensor<2x4x192xf32>
    %1789 = "stablehlo.add"(%1786, %1788) : (tensor<2x4x192xf32>, tensor<2x4x192xf32>) -> tensor<2x4x192xf32>
    %1790 = "stablehlo.slice"(%1789) <{limit_indices = array<i64: 2, 4, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<2x4x192xf32>) -> tensor<2x4x64xf32>
    %1791 = "stablehlo.slice"(%1789) <{limit_indices = array<i64: 2, 4, 128>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<2x4x192xf32>) -> tensor<2x4x64xf32>
    %1792 = "stablehlo.slice"(%1789) <{limit_indices = array<i64: 2, 4, 192>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<2x4x192xf32>) -> tensor<2x4x64xf32>
    %1793 = "stablehlo.reshape"(%1790) : (tensor<2x4x64xf32>) -> tensor<2x4x4x16xf32>
    %1794 = "stablehlo.reshape"(%1791) : (tensor<2x4x64xf32>) -> tensor<2x4x4x16xf32>
    %1795 = "stablehlo.reshape"(%1792) : (tensor<2x4x64xf32>) -> tensor<2x4x4x16xf32>
    %1796 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1797 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1798 = "stablehlo.compare"(%1796, %1797) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1799 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1800 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
    %1801 = "stablehlo.add"(%1799, %1800) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1802 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1803 = "stablehlo.select"(%1798, %1801, %1802) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1804 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1805 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1806 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1807 = "stablehlo.dynamic_slice"(%1784, %1804, %1805, %1803, %1806) <{slice_sizes = array<i64: 1, 1, 4, 16>}> : (tensor<1x1x64x64xi1>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x4x16xi1>
    %1808 = "stablehlo.broadcast_in_dim"(%1807) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x16xi1>) -> tensor<2x1x4x16xi1>
    %1809 = "stablehlo.broadcast_in_dim"(%1516) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<2x16xi32>) -> tensor<2x1x1x16xi32>
    %1810 = "stablehlo.broadcast_in_dim"(%1809) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x1x1x16xi32>) -> tensor<2x1x4x16xi32>
    %1811 = "stablehlo.convert"(%1808) : (tensor<2x1x4x16xi1>) -> tensor<2x1x4x16xi32>
    %1812 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1813 = "stablehlo.broadcast_in_dim"(%1812) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x1x4x16xi32>
    %1814 = "stablehlo.compare"(%1810, %1813) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x4x16xi32>, tensor<2x1x4x16xi32>) -> tensor<2x1x4x16xi1>
    %1815 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1816 = "stablehlo.broadcast_in_dim"(%1815) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x1x4x16xi32>
    %1817 = "stablehlo.compare"(%1811, %1816) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x4x16xi32>, tensor<2x1x4x16xi32>) -> tensor<2x1x4x16xi1>
    %1818 = "stablehlo.and"(%1814, %1817) : (tensor<2x1x4x16xi1>, tensor<2x1x4x16xi1>) -> tensor<2x1x4x16xi1>
    %1819 = "stablehlo.convert"(%1818) : (tensor<2x1x4x16xi1>) -> tensor<2x1x4x16xf32>
    %1820 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1821 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1822 = "stablehlo.compare"(%1820, %1821) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1823 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1824 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %1825 = "stablehlo.add"(%1823, %1824) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1826 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1827 = "stablehlo.select"(%1822, %1825, %1826) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1828 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1829 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1830 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1831 = "stablehlo.dynamic_update_slice"(%1327, %1794, %1828, %1827, %1829, %1830) : (tensor<2x16x4x16xf32>, tensor<2x4x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x16x4x16xf32>
    %1832 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1833 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1834 = "stablehlo.compare"(%1832, %1833) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1835 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1836 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %1837 = "stablehlo.add"(%1835, %1836) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1838 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1839 = "stablehlo.select"(%1834, %1837, %1838) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1840 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1841 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1842 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1843 = "stablehlo.dynamic_update_slice"(%1329, %1795, %1840, %1839, %1841, %1842) : (tensor<2x16x4x16xf32>, tensor<2x4x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x16x4x16xf32>
    %1844 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1845 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1846 = "stablehlo.add"(%1844, %1845) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1847 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
    %1848 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1849 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1850 = "stablehlo.add"(%1848, %1849) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1851 = "stablehlo.broadcast_in_dim"(%1850) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %1852 = "stablehlo.compare"(%1847, %1851) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %1853 = "stablehlo.broadcast_in_dim"(%1852) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xi1>) -> tensor<2x1x4x16xi1>
    %1854 = "stablehlo.convert"(%1853) : (tensor<2x1x4x16xi1>) -> tensor<2x1x4x16xf32>
    %1855 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1856 = "stablehlo.broadcast_in_dim"(%1855) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x4x16xf32>
    %1857 = "stablehlo.compare"(%1854, %1856) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xi1>
    %1858 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1859 = "stablehlo.broadcast_in_dim"(%1858) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x4x16xf32>
    %1860 = "stablehlo.compare"(%1819, %1859) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xi1>
    %1861 = "stablehlo.and"(%1857, %1860) : (tensor<2x1x4x16xi1>, tensor<2x1x4x16xi1>) -> tensor<2x1x4x16xi1>
    %1862 = "stablehlo.convert"(%1861) : (tensor<2x1x4x16xi1>) -> tensor<2x1x4x16xf32>
    %1863 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1864 = "stablehlo.broadcast_in_dim"(%1863) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x4x16xf32>
    %1865 = "stablehlo.compare"(%1862, %1864) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xi1>
    %1866 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1867 = "stablehlo.broadcast_in_dim"(%1866) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x4x16xf32>
    %1868 = "stablehlo.convert"(%1867) : (tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
    %1869 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %1870 = "stablehlo.broadcast_in_dim"(%1869) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x4x16xf32>
    %1871 = "stablehlo.select"(%1865, %1868, %1870) : (tensor<2x1x4x16xi1>, tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
    %1872 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1873 = "stablehlo.sqrt"(%1872) : (tensor<f32>) -> tensor<f32>
    %1874 = "stablehlo.convert"(%1873) : (tensor<f32>) -> tensor<f32>
    %1875 = "stablehlo.broadcast_in_dim"(%1874) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x4x16xf32>
    %1876 = "stablehlo.divide"(%1793, %1875) : (tensor<2x4x4x16xf32>, tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %1877 = "stablehlo.dot_general"(%1876, %1831) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x4x16xf32>, tensor<2x16x4x16xf32>) -> tensor<2x4x4x16xf32>
    %1878 = "stablehlo.broadcast_in_dim"(%1871) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x1x4x16xf32>) -> tensor<2x4x4x16xf32>
    %1879 = "stablehlo.add"(%1877, %1878) : (tensor<2x4x4x16xf32>, tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %1880 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1881 = "stablehlo.reduce"(%1879, %1880) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg447: tensor<f32>, %arg448: tensor<f32>):
      %2567 = "stablehlo.maximum"(%arg447, %arg448) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2567) : (tensor<f32>) -> ()
    }) : (tensor<2x4x4x16xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %1882 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1883 = "stablehlo.broadcast_in_dim"(%1882) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x4xf32>
    %1884 = "stablehlo.maximum"(%1883, %1881) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
    %1885 = "stablehlo.broadcast_in_dim"(%1884) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x4xf32>) -> tensor<2x4x4x1xf32>
    %1886 = "stablehlo.broadcast_in_dim"(%1885) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x4x1xf32>) -> tensor<2x4x4x16xf32>
    %1887 = "stablehlo.subtract"(%1879, %1886) : (tensor<2x4x4x16xf32>, tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %1888 = "stablehlo.exponential"(%1887) : (tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %1889 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1890 = "stablehlo.reduce"(%1888, %1889) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg445: tensor<f32>, %arg446: tensor<f32>):
      %2566 = "stablehlo.add"(%arg445, %arg446) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2566) : (tensor<f32>) -> ()
    }) : (tensor<2x4x4x16xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %1891 = "stablehlo.broadcast_in_dim"(%1890) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x4xf32>) -> tensor<2x4x4x1xf32>
    %1892 = "stablehlo.broadcast_in_dim"(%1891) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x4x1xf32>) -> tensor<2x4x4x16xf32>
    %1893 = "stablehlo.divide"(%1888, %1892) : (tensor<2x4x4x16xf32>, tensor<2x4x4x16xf32>) -> tensor<2x4x4x16xf32>
    %1894 = "stablehlo.dot_general"(%1843, %1893) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x4x16xf32>, tensor<2x4x4x16xf32>) -> tensor<2x4x16x4xf32>
    %1895 = "stablehlo.transpose"(%1894) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<2x4x16x4xf32>) -> tensor<2x4x4x16xf32>
    %1896 = "stablehlo.reshape"(%1895) : (tensor<2x4x4x16xf32>) -> tensor<2x4x64xf32>
    %1897 = "stablehlo.transpose"(%arg303) <{permutation = array<i64: 1, 0>}> : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %1898 = "stablehlo.dot_general"(%1896, %1897) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x64xf32>, tensor<64x64xf32>) -> tensor<2x4x64xf32>
    %1899 = "stablehlo.broadcast_in_dim"(%arg302) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1900 = "stablehlo.broadcast_in_dim"(%1899) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x4x64xf32>
    %1901 = "stablehlo.add"(%1898, %1900) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1902 = "stablehlo.add"(%1901, %1742) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1903 = "chlo.square"(%1902) : (tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1904 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1905 = "stablehlo.reduce"(%1902, %1904) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg443: tensor<f32>, %arg444: tensor<f32>):
      %2565 = "stablehlo.add"(%arg443, %arg444) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2565) : (tensor<f32>) -> ()
    }) : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %1906 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1907 = "stablehlo.broadcast_in_dim"(%1906) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4xf32>
    %1908 = "stablehlo.divide"(%1905, %1907) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1909 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1910 = "stablehlo.reduce"(%1903, %1909) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg441: tensor<f32>, %arg442: tensor<f32>):
      %2564 = "stablehlo.add"(%arg441, %arg442) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2564) : (tensor<f32>) -> ()
    }) : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %1911 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1912 = "stablehlo.broadcast_in_dim"(%1911) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4xf32>
    %1913 = "stablehlo.divide"(%1910, %1912) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1914 = "chlo.square"(%1908) : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %1915 = "stablehlo.subtract"(%1913, %1914) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1916 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1917 = "stablehlo.broadcast_in_dim"(%1916) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4xf32>
    %1918 = "stablehlo.maximum"(%1917, %1915) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1919 = "stablehlo.broadcast_in_dim"(%1908) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %1920 = "stablehlo.broadcast_in_dim"(%1918) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %1921 = "stablehlo.broadcast_in_dim"(%1919) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x64xf32>
    %1922 = "stablehlo.subtract"(%1902, %1921) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1923 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1924 = "stablehlo.broadcast_in_dim"(%1923) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %1925 = "stablehlo.add"(%1920, %1924) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %1926 = "stablehlo.rsqrt"(%1925) : (tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %1927 = "stablehlo.reshape"(%arg307) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1928 = "stablehlo.broadcast_in_dim"(%1926) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x64xf32>
    %1929 = "stablehlo.broadcast_in_dim"(%1927) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x4x64xf32>
    %1930 = "stablehlo.multiply"(%1928, %1929) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1931 = "stablehlo.multiply"(%1922, %1930) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1932 = "stablehlo.reshape"(%arg306) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1933 = "stablehlo.broadcast_in_dim"(%1932) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x4x64xf32>
    %1934 = "stablehlo.add"(%1931, %1933) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1935 = "stablehlo.transpose"(%arg309) <{permutation = array<i64: 1, 0>}> : (tensor<256x64xf32>) -> tensor<64x256xf32>
    %1936 = "stablehlo.dot_general"(%1934, %1935) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x64xf32>, tensor<64x256xf32>) -> tensor<2x4x256xf32>
    %1937 = "stablehlo.broadcast_in_dim"(%arg308) <{broadcast_dimensions = array<i64: 2>}> : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %1938 = "stablehlo.broadcast_in_dim"(%1937) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x256xf32>) -> tensor<2x4x256xf32>
    %1939 = "stablehlo.add"(%1936, %1938) : (tensor<2x4x256xf32>, tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1940 = "stablehlo.multiply"(%1939, %1939) : (tensor<2x4x256xf32>, tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1941 = "stablehlo.multiply"(%1940, %1939) : (tensor<2x4x256xf32>, tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1942 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %1943 = "stablehlo.broadcast_in_dim"(%1942) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x256xf32>
    %1944 = "stablehlo.multiply"(%1943, %1941) : (tensor<2x4x256xf32>, tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1945 = "stablehlo.add"(%1939, %1944) : (tensor<2x4x256xf32>, tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1946 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %1947 = "stablehlo.broadcast_in_dim"(%1946) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x256xf32>
    %1948 = "stablehlo.multiply"(%1947, %1945) : (tensor<2x4x256xf32>, tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1949 = "stablehlo.tanh"(%1948) : (tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1950 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1951 = "stablehlo.broadcast_in_dim"(%1950) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x256xf32>
    %1952 = "stablehlo.add"(%1951, %1949) : (tensor<2x4x256xf32>, tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1953 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1954 = "stablehlo.broadcast_in_dim"(%1953) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x256xf32>
    %1955 = "stablehlo.multiply"(%1954, %1952) : (tensor<2x4x256xf32>, tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1956 = "stablehlo.multiply"(%1939, %1955) : (tensor<2x4x256xf32>, tensor<2x4x256xf32>) -> tensor<2x4x256xf32>
    %1957 = "stablehlo.transpose"(%arg311) <{permutation = array<i64: 1, 0>}> : (tensor<64x256xf32>) -> tensor<256x64xf32>
    %1958 = "stablehlo.dot_general"(%1956, %1957) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x256xf32>, tensor<256x64xf32>) -> tensor<2x4x64xf32>
    %1959 = "stablehlo.broadcast_in_dim"(%arg310) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1960 = "stablehlo.broadcast_in_dim"(%1959) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x4x64xf32>
    %1961 = "stablehlo.add"(%1958, %1960) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1962 = "stablehlo.add"(%1902, %1961) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1963 = "chlo.square"(%1962) : (tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1964 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1965 = "stablehlo.reduce"(%1962, %1964) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg439: tensor<f32>, %arg440: tensor<f32>):
      %2563 = "stablehlo.add"(%arg439, %arg440) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2563) : (tensor<f32>) -> ()
    }) : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %1966 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1967 = "stablehlo.broadcast_in_dim"(%1966) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4xf32>
    %1968 = "stablehlo.divide"(%1965, %1967) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1969 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1970 = "stablehlo.reduce"(%1963, %1969) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg437: tensor<f32>, %arg438: tensor<f32>):
      %2562 = "stablehlo.add"(%arg437, %arg438) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2562) : (tensor<f32>) -> ()
    }) : (tensor<2x4x64xf32>, tensor<f32>) -> tensor<2x4xf32>
    %1971 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1972 = "stablehlo.broadcast_in_dim"(%1971) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4xf32>
    %1973 = "stablehlo.divide"(%1970, %1972) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1974 = "chlo.square"(%1968) : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %1975 = "stablehlo.subtract"(%1973, %1974) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1976 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1977 = "stablehlo.broadcast_in_dim"(%1976) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4xf32>
    %1978 = "stablehlo.maximum"(%1977, %1975) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %1979 = "stablehlo.broadcast_in_dim"(%1968) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %1980 = "stablehlo.broadcast_in_dim"(%1978) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %1981 = "stablehlo.broadcast_in_dim"(%1979) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x64xf32>
    %1982 = "stablehlo.subtract"(%1962, %1981) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1983 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1984 = "stablehlo.broadcast_in_dim"(%1983) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %1985 = "stablehlo.add"(%1980, %1984) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %1986 = "stablehlo.rsqrt"(%1985) : (tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %1987 = "stablehlo.reshape"(%arg313) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1988 = "stablehlo.broadcast_in_dim"(%1986) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x64xf32>
    %1989 = "stablehlo.broadcast_in_dim"(%1987) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x4x64xf32>
    %1990 = "stablehlo.multiply"(%1988, %1989) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1991 = "stablehlo.multiply"(%1982, %1990) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1992 = "stablehlo.reshape"(%arg312) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1993 = "stablehlo.broadcast_in_dim"(%1992) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x4x64xf32>
    %1994 = "stablehlo.add"(%1991, %1993) : (tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    %1995 = "stablehlo.dot_general"(%1994, %arg287) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x4x64xf32>, tensor<64x97xf32>) -> tensor<2x4x97xf32>
    %1996 = "stablehlo.slice"(%1995) <{limit_indices = array<i64: 2, 4, 97>, start_indices = array<i64: 0, 3, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<2x4x97xf32>) -> tensor<2x1x97xf32>
    %1997 = "stablehlo.reshape"(%1996) : (tensor<2x1x97xf32>) -> tensor<2x97xf32>
    %1998 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1999 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2000 = "stablehlo.subtract"(%1998, %1999) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %2001 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2002 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2003 = "func.call"(%2000, %2001, %2002) <{callee = @clip}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %2004 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2005 = "stablehlo.subtract"(%2004, %2003) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %2006 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
    %2007 = "stablehlo.broadcast_in_dim"(%2006) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %2008 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %2009 = "stablehlo.broadcast_in_dim"(%2008) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2xf32>
    %2010 = "stablehlo.scatter"(%1997, %2007, %2009) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg435: tensor<f32>, %arg436: tensor<f32>):
      "stablehlo.return"(%arg436) : (tensor<f32>) -> ()
    }) : (tensor<2x97xf32>, tensor<1xi32>, tensor<2xf32>) -> tensor<2x97xf32>
    %2011 = "func.call"(%2005, %2010, %1997) <{callee = @_where_31}> : (tensor<i32>, tensor<2x97xf32>, tensor<2x97xf32>) -> tensor<2x97xf32>
    %2012 = "func.call"(%2011) <{callee = @argmax}> : (tensor<2x97xf32>) -> tensor<2xi32>
    %2013 = "stablehlo.not"(%982) : (tensor<2xi1>) -> tensor<2xi1>
    %2014 = "stablehlo.convert"(%2013) : (tensor<2xi1>) -> tensor<2xi32>
    %2015 = "stablehlo.multiply"(%2012, %2014) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %2016 = "stablehlo.convert"(%982) : (tensor<2xi1>) -> tensor<2xi32>
    %2017 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2018 = "stablehlo.broadcast_in_dim"(%2017) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %2019 = "stablehlo.multiply"(%2018, %2016) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %2020 = "stablehlo.add"(%2015, %2019) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %2021 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
    %2022 = "stablehlo.broadcast_in_dim"(%2021) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %2023 = "stablehlo.compare"(%2020, %2022) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %2024 = "stablehlo.or"(%982, %2023) : (tensor<2xi1>, tensor<2xi1>) -> tensor<2xi1>
    %2025 = "stablehlo.broadcast_in_dim"(%2020) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %2026 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %2027 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2028 = "stablehlo.compare"(%2026, %2027) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %2029 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %2030 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %2031 = "stablehlo.add"(%2029, %2030) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %2032 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %2033 = "stablehlo.select"(%2028, %2031, %2032) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %2034 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2035 = "stablehlo.dynamic_update_slice"(%980, %2025, %2034, %2033) : (tensor<2x16xi32>, tensor<2x1xi32>, tensor<i32>, tensor<i32>) -> tensor<2x16xi32>
    %2036 = "stablehlo.slice"(%1519) <{limit_indices = array<i64: 2, 4>, start_indices = array<i64: 0, 3>, strides = array<i64: 1, 1>}> : (tensor<2x4xi32>) -> tensor<2x1xi32>
    %2037 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2038 = "stablehlo.broadcast_in_dim"(%2037) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x1xi32>
    %2039 = "stablehlo.add"(%2036, %2038) : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x1xi32>
    %2040 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %2041 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2042 = "stablehlo.add"(%2040, %2041) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %2043 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2044 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
    %2045:43 = "stablehlo.while"(%1516, %arg315, %arg314, %arg293, %arg292, %arg289, %arg288, %arg291, %arg290, %arg295, %arg294, %arg297, %arg296, %arg299, %arg298, %arg305, %arg304, %arg301, %arg300, %arg303, %arg302, %arg307, %arg306, %arg309, %arg308, %arg311, %arg310, %arg313, %arg312, %arg287, %2043, %2044, %2042, %2035, %2025, %2024, %1626, %1611, %1623, %1846, %1831, %1843, %2039) ({
    ^bb0(%arg390: tensor<2x16xi32>, %arg391: tensor<97x64xf32>, %arg392: tensor<64x64xf32>, %arg393: tensor<64xf32>, %arg394: tensor<64xf32>, %arg395: tensor<192x64xf32>, %arg396: tensor<192xf32>, %arg397: tensor<64x64xf32>, %arg398: tensor<64xf32>, %arg399: tensor<64xf32>, %arg400: tensor<64xf32>, %arg401: tensor<256x64xf32>, %arg402: tensor<256xf32>, %arg403: tensor<64x256xf32>, %arg404: tensor<64xf32>, %arg405: tensor<64xf32>, %arg406: tensor<64xf32>, %arg407: tensor<192x64xf32>, %arg408: tensor<192xf32>, %arg409: tensor<64x64xf32>, %arg410: tensor<64xf32>, %arg411: tensor<64xf32>, %arg412: tensor<64xf32>, %arg413: tensor<256x64xf32>, %arg414: tensor<256xf32>, %arg415: tensor<64x256xf32>, %arg416: tensor<64xf32>, %arg417: tensor<64xf32>, %arg418: tensor<64xf32>, %arg419: tensor<64x97xf32>, %arg420: tensor<i32>, %arg421: tensor<i32>, %arg422: tensor<i32>, %arg423: tensor<2x16xi32>, %arg424: tensor<2x1xi32>, %arg425: tensor<2xi1>, %arg426: tensor<i32>, %arg427: tensor<2x16x4x16xf32>, %arg428: tensor<2x16x4x16xf32>, %arg429: tensor<i32>, %arg430: tensor<2x16x4x16xf32>, %arg431: tensor<2x16x4x16xf32>, %arg432: tensor<2x1xi32>):
      %2551 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %2552 = "stablehlo.compare"(%arg422, %2551) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2553 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
      %2554 = "stablehlo.reduce"(%arg425, %2553) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg433: tensor<i1>, %arg434: tensor<i1>):
        %2561 = "stablehlo.and"(%arg433, %arg434) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%2561) : (tensor<i1>) -> ()
      }) : (tensor<2xi1>, tensor<i1>) -> tensor<i1>
      %2555 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
      %2556 = "stablehlo.broadcast_in_dim"(%2555) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<i1>
      %2557 = "stablehlo.compare"(%2552, %2556) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %2558 = "stablehlo.convert"(%2557) : (tensor<i1>) -> tensor<i1>
      %2559 = "stablehlo.or"(%2558, %2554) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %2560 = "stablehlo.not"(%2559) : (tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%2560) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg317: tensor<2x16xi32>, %arg318: tensor<97x64xf32>, %arg319: tensor<64x64xf32>, %arg320: tensor<64xf32>, %arg321: tensor<64xf32>, %arg322: tensor<192x64xf32>, %arg323: tensor<192xf32>, %arg324: tensor<64x64xf32>, %arg325: tensor<64xf32>, %arg326: tensor<64xf32>, %arg327: tensor<64xf32>, %arg328: tensor<256x64xf32>, %arg329: tensor<256xf32>, %arg330: tensor<64x256xf32>, %arg331: tensor<64xf32>, %arg332: tensor<64xf32>, %arg333: tensor<64xf32>, %arg334: tensor<192x64xf32>, %arg335: tensor<192xf32>, %arg336: tensor<64x64xf32>, %arg337: tensor<64xf32>, %arg338: tensor<64xf32>, %arg339: tensor<64xf32>, %arg340: tensor<256x64xf32>, %arg341: tensor<256xf32>, %arg342: tensor<64x256xf32>, %arg343: tensor<64xf32>, %arg344: tensor<64xf32>, %arg345: tensor<64xf32>, %arg346: tensor<64x97xf32>, %arg347: tensor<i32>, %arg348: tensor<i32>, %arg349: tensor<i32>, %arg350: tensor<2x16xi32>, %arg351: tensor<2x1xi32>, %arg352: tensor<2xi1>, %arg353: tensor<i32>, %arg354: tensor<2x16x4x16xf32>, %arg355: tensor<2x16x4x16xf32>, %arg356: tensor<i32>, %arg357: tensor<2x16x4x16xf32>, %arg358: tensor<2x16x4x16xf32>, %arg359: tensor<2x1xi32>):
      %2046 = "func.call"(%arg318, %arg351) <{callee = @_take_32}> : (tensor<97x64xf32>, tensor<2x1xi32>) -> tensor<2x1x64xf32>
      %2047 = "func.call"(%arg319, %arg359) <{callee = @_take_34}> : (tensor<64x64xf32>, tensor<2x1xi32>) -> tensor<2x1x64xf32>
      %2048 = "stablehlo.add"(%2046, %2047) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2049 = "chlo.square"(%2048) : (tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2050 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2051 = "stablehlo.reduce"(%2048, %2050) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg388: tensor<f32>, %arg389: tensor<f32>):
        %2550 = "stablehlo.add"(%arg388, %arg389) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2550) : (tensor<f32>) -> ()
      }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %2052 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2053 = "stablehlo.broadcast_in_dim"(%2052) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1xf32>
      %2054 = "stablehlo.divide"(%2051, %2053) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2055 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2056 = "stablehlo.reduce"(%2049, %2055) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg386: tensor<f32>, %arg387: tensor<f32>):
        %2549 = "stablehlo.add"(%arg386, %arg387) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2549) : (tensor<f32>) -> ()
      }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %2057 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2058 = "stablehlo.broadcast_in_dim"(%2057) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1xf32>
      %2059 = "stablehlo.divide"(%2056, %2058) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2060 = "chlo.square"(%2054) : (tensor<2x1xf32>) -> tensor<2x1xf32>
      %2061 = "stablehlo.subtract"(%2059, %2060) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2062 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2063 = "stablehlo.broadcast_in_dim"(%2062) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1xf32>
      %2064 = "stablehlo.maximum"(%2063, %2061) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2065 = "stablehlo.broadcast_in_dim"(%2054) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %2066 = "stablehlo.broadcast_in_dim"(%2064) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %2067 = "stablehlo.broadcast_in_dim"(%2065) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
      %2068 = "stablehlo.subtract"(%2048, %2067) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2069 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %2070 = "stablehlo.broadcast_in_dim"(%2069) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
      %2071 = "stablehlo.add"(%2066, %2070) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %2072 = "stablehlo.rsqrt"(%2071) : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %2073 = "stablehlo.reshape"(%arg320) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2074 = "stablehlo.broadcast_in_dim"(%2072) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
      %2075 = "stablehlo.broadcast_in_dim"(%2073) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
      %2076 = "stablehlo.multiply"(%2074, %2075) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2077 = "stablehlo.multiply"(%2068, %2076) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2078 = "stablehlo.reshape"(%arg321) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2079 = "stablehlo.broadcast_in_dim"(%2078) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
      %2080 = "stablehlo.add"(%2077, %2079) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2081 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
      %2082 = "stablehlo.broadcast_in_dim"(%2081) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x64xi1>
      %2083 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64xi32>
      %2084 = "stablehlo.broadcast_in_dim"(%2083) <{broadcast_dimensions = array<i64: 1>}> : (tensor<64xi32>) -> tensor<1x64xi32>
      %2085 = "stablehlo.broadcast_in_dim"(%2084) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xi32>) -> tensor<1x64x1xi32>
      %2086 = "stablehlo.broadcast_in_dim"(%2084) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x64xi32>) -> tensor<1x1x64xi32>
      %2087 = "stablehlo.broadcast_in_dim"(%2085) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xi32>) -> tensor<1x64x64xi32>
      %2088 = "stablehlo.broadcast_in_dim"(%2086) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xi32>) -> tensor<1x64x64xi32>
      %2089 = "stablehlo.compare"(%2087, %2088) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x64x64xi32>, tensor<1x64x64xi32>) -> tensor<1x64x64xi1>
      %2090 = "stablehlo.broadcast_in_dim"(%2089) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x64x64xi1>) -> tensor<1x1x64x64xi1>
      %2091 = "stablehlo.transpose"(%arg322) <{permutation = array<i64: 1, 0>}> : (tensor<192x64xf32>) -> tensor<64x192xf32>
      %2092 = "stablehlo.dot_general"(%2080, %2091) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xf32>, tensor<64x192xf32>) -> tensor<2x1x192xf32>
      %2093 = "stablehlo.broadcast_in_dim"(%arg323) <{broadcast_dimensions = array<i64: 2>}> : (tensor<192xf32>) -> tensor<1x1x192xf32>
      %2094 = "stablehlo.broadcast_in_dim"(%2093) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x192xf32>) -> tensor<2x1x192xf32>
      %2095 = "stablehlo.add"(%2092, %2094) : (tensor<2x1x192xf32>, tensor<2x1x192xf32>) -> tensor<2x1x192xf32>
      %2096 = "stablehlo.slice"(%2095) <{limit_indices = array<i64: 2, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<2x1x192xf32>) -> tensor<2x1x64xf32>
      %2097 = "stablehlo.slice"(%2095) <{limit_indices = array<i64: 2, 1, 128>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<2x1x192xf32>) -> tensor<2x1x64xf32>
      %2098 = "stablehlo.slice"(%2095) <{limit_indices = array<i64: 2, 1, 192>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<2x1x192xf32>) -> tensor<2x1x64xf32>
      %2099 = "stablehlo.reshape"(%2096) : (tensor<2x1x64xf32>) -> tensor<2x1x4x16xf32>
      %2100 = "stablehlo.reshape"(%2097) : (tensor<2x1x64xf32>) -> tensor<2x1x4x16xf32>
      %2101 = "stablehlo.reshape"(%2098) : (tensor<2x1x64xf32>) -> tensor<2x1x4x16xf32>
      %2102 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2103 = "stablehlo.compare"(%arg353, %2102) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2104 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
      %2105 = "stablehlo.add"(%arg353, %2104) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2106 = "stablehlo.select"(%2103, %2105, %arg353) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2107 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2108 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2109 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2110 = "stablehlo.dynamic_slice"(%2090, %2107, %2108, %2106, %2109) <{slice_sizes = array<i64: 1, 1, 1, 16>}> : (tensor<1x1x64x64xi1>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x1x16xi1>
      %2111 = "stablehlo.broadcast_in_dim"(%2110) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xi1>) -> tensor<2x1x1x16xi1>
      %2112 = "stablehlo.broadcast_in_dim"(%arg317) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<2x16xi32>) -> tensor<2x1x1x16xi32>
      %2113 = "stablehlo.convert"(%2111) : (tensor<2x1x1x16xi1>) -> tensor<2x1x1x16xi32>
      %2114 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2115 = "stablehlo.broadcast_in_dim"(%2114) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x1x1x16xi32>
      %2116 = "stablehlo.compare"(%2112, %2115) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x1x16xi32>, tensor<2x1x1x16xi32>) -> tensor<2x1x1x16xi1>
      %2117 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2118 = "stablehlo.broadcast_in_dim"(%2117) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x1x1x16xi32>
      %2119 = "stablehlo.compare"(%2113, %2118) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x1x16xi32>, tensor<2x1x1x16xi32>) -> tensor<2x1x1x16xi1>
      %2120 = "stablehlo.and"(%2116, %2119) : (tensor<2x1x1x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x1x16xi1>
      %2121 = "stablehlo.convert"(%2120) : (tensor<2x1x1x16xi1>) -> tensor<2x1x1x16xf32>
      %2122 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2123 = "stablehlo.compare"(%arg353, %2122) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2124 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %2125 = "stablehlo.add"(%arg353, %2124) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2126 = "stablehlo.select"(%2123, %2125, %arg353) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2127 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2128 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2129 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2130 = "stablehlo.dynamic_update_slice"(%arg354, %2100, %2127, %2126, %2128, %2129) : (tensor<2x16x4x16xf32>, tensor<2x1x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x16x4x16xf32>
      %2131 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2132 = "stablehlo.compare"(%arg353, %2131) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2133 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %2134 = "stablehlo.add"(%arg353, %2133) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2135 = "stablehlo.select"(%2132, %2134, %arg353) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2136 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2137 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2138 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2139 = "stablehlo.dynamic_update_slice"(%arg355, %2101, %2136, %2135, %2137, %2138) : (tensor<2x16x4x16xf32>, tensor<2x1x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x16x4x16xf32>
      %2140 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2141 = "stablehlo.add"(%arg353, %2140) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2142 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
      %2143 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2144 = "stablehlo.add"(%arg353, %2143) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2145 = "stablehlo.broadcast_in_dim"(%2144) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
      %2146 = "stablehlo.compare"(%2142, %2145) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
      %2147 = "stablehlo.broadcast_in_dim"(%2146) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xi1>) -> tensor<2x1x1x16xi1>
      %2148 = "stablehlo.convert"(%2147) : (tensor<2x1x1x16xi1>) -> tensor<2x1x1x16xf32>
      %2149 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2150 = "stablehlo.broadcast_in_dim"(%2149) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1x16xf32>
      %2151 = "stablehlo.compare"(%2148, %2150) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x1x16xf32>, tensor<2x1x1x16xf32>) -> tensor<2x1x1x16xi1>
      %2152 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2153 = "stablehlo.broadcast_in_dim"(%2152) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1x16xf32>
      %2154 = "stablehlo.compare"(%2121, %2153) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x1x16xf32>, tensor<2x1x1x16xf32>) -> tensor<2x1x1x16xi1>
      %2155 = "stablehlo.and"(%2151, %2154) : (tensor<2x1x1x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x1x16xi1>
      %2156 = "stablehlo.convert"(%2155) : (tensor<2x1x1x16xi1>) -> tensor<2x1x1x16xf32>
      %2157 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2158 = "stablehlo.broadcast_in_dim"(%2157) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1x16xf32>
      %2159 = "stablehlo.compare"(%2156, %2158) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<2x1x1x16xf32>, tensor<2x1x1x16xf32>) -> tensor<2x1x1x16xi1>
      %2160 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2161 = "stablehlo.broadcast_in_dim"(%2160) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1x16xf32>
      %2162 = "stablehlo.convert"(%2161) : (tensor<2x1x1x16xf32>) -> tensor<2x1x1x16xf32>
      %2163 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
      %2164 = "stablehlo.broadcast_in_dim"(%2163) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1x16xf32>
      %2165 = "stablehlo.select"(%2159, %2162, %2164) : (tensor<2x1x1x16xi1>, tensor<2x1x1x16xf32>, tensor<2x1x1x16xf32>) -> tensor<2x1x1x16xf32>
      %2166 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2167 = "stablehlo.sqrt"(%2166) : (tensor<f32>) -> tensor<f32>
      %2168 = "stablehlo.convert"(%2167) : (tensor<f32>) -> tensor<f32>
      %2169 = "stablehlo.broadcast_in_dim"(%2168) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x4x16xf32>
      %2170 = "stablehlo.divide"(%2099, %2169) : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
      %2171 = "stablehlo.dot_general"(%2170, %2130) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x4x16xf32>, tensor<2x16x4x16xf32>) -> tensor<2x4x1x16xf32>
      %2172 = "stablehlo.broadcast_in_dim"(%2165) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x1x1x16xf32>) -> tensor<2x4x1x16xf32>
      %2173 = "stablehlo.add"(%2171, %2172) : (tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
      %2174 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2175 = "stablehlo.reduce"(%2173, %2174) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg384: tensor<f32>, %arg385: tensor<f32>):
        %2548 = "stablehlo.maximum"(%arg384, %arg385) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2548) : (tensor<f32>) -> ()
      }) : (tensor<2x4x1x16xf32>, tensor<f32>) -> tensor<2x4x1xf32>
      %2176 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2177 = "stablehlo.broadcast_in_dim"(%2176) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
      %2178 = "stablehlo.maximum"(%2177, %2175) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
      %2179 = "stablehlo.broadcast_in_dim"(%2178) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
      %2180 = "stablehlo.broadcast_in_dim"(%2179) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x16xf32>
      %2181 = "stablehlo.subtract"(%2173, %2180) : (tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
      %2182 = "stablehlo.exponential"(%2181) : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
      %2183 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2184 = "stablehlo.reduce"(%2182, %2183) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg382: tensor<f32>, %arg383: tensor<f32>):
        %2547 = "stablehlo.add"(%arg382, %arg383) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2547) : (tensor<f32>) -> ()
      }) : (tensor<2x4x1x16xf32>, tensor<f32>) -> tensor<2x4x1xf32>
      %2185 = "stablehlo.broadcast_in_dim"(%2184) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
      %2186 = "stablehlo.broadcast_in_dim"(%2185) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x16xf32>
      %2187 = "stablehlo.divide"(%2182, %2186) : (tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
      %2188 = "stablehlo.dot_general"(%2139, %2187) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x4x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x16x1xf32>
      %2189 = "stablehlo.transpose"(%2188) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<2x4x16x1xf32>) -> tensor<2x1x4x16xf32>
      %2190 = "stablehlo.reshape"(%2189) : (tensor<2x1x4x16xf32>) -> tensor<2x1x64xf32>
      %2191 = "stablehlo.transpose"(%arg324) <{permutation = array<i64: 1, 0>}> : (tensor<64x64xf32>) -> tensor<64x64xf32>
      %2192 = "stablehlo.dot_general"(%2190, %2191) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xf32>, tensor<64x64xf32>) -> tensor<2x1x64xf32>
      %2193 = "stablehlo.broadcast_in_dim"(%arg325) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2194 = "stablehlo.broadcast_in_dim"(%2193) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
      %2195 = "stablehlo.add"(%2192, %2194) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2196 = "stablehlo.add"(%2195, %2048) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2197 = "chlo.square"(%2196) : (tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2198 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2199 = "stablehlo.reduce"(%2196, %2198) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg380: tensor<f32>, %arg381: tensor<f32>):
        %2546 = "stablehlo.add"(%arg380, %arg381) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2546) : (tensor<f32>) -> ()
      }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %2200 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2201 = "stablehlo.broadcast_in_dim"(%2200) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1xf32>
      %2202 = "stablehlo.divide"(%2199, %2201) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2203 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2204 = "stablehlo.reduce"(%2197, %2203) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg378: tensor<f32>, %arg379: tensor<f32>):
        %2545 = "stablehlo.add"(%arg378, %arg379) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2545) : (tensor<f32>) -> ()
      }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %2205 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2206 = "stablehlo.broadcast_in_dim"(%2205) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1xf32>
      %2207 = "stablehlo.divide"(%2204, %2206) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2208 = "chlo.square"(%2202) : (tensor<2x1xf32>) -> tensor<2x1xf32>
      %2209 = "stablehlo.subtract"(%2207, %2208) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2210 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2211 = "stablehlo.broadcast_in_dim"(%2210) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1xf32>
      %2212 = "stablehlo.maximum"(%2211, %2209) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2213 = "stablehlo.broadcast_in_dim"(%2202) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %2214 = "stablehlo.broadcast_in_dim"(%2212) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %2215 = "stablehlo.broadcast_in_dim"(%2213) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
      %2216 = "stablehlo.subtract"(%2196, %2215) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2217 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %2218 = "stablehlo.broadcast_in_dim"(%2217) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
      %2219 = "stablehlo.add"(%2214, %2218) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %2220 = "stablehlo.rsqrt"(%2219) : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %2221 = "stablehlo.reshape"(%arg326) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2222 = "stablehlo.broadcast_in_dim"(%2220) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
      %2223 = "stablehlo.broadcast_in_dim"(%2221) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
      %2224 = "stablehlo.multiply"(%2222, %2223) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2225 = "stablehlo.multiply"(%2216, %2224) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2226 = "stablehlo.reshape"(%arg327) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2227 = "stablehlo.broadcast_in_dim"(%2226) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
      %2228 = "stablehlo.add"(%2225, %2227) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2229 = "stablehlo.transpose"(%arg328) <{permutation = array<i64: 1, 0>}> : (tensor<256x64xf32>) -> tensor<64x256xf32>
      %2230 = "stablehlo.dot_general"(%2228, %2229) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xf32>, tensor<64x256xf32>) -> tensor<2x1x256xf32>
      %2231 = "stablehlo.broadcast_in_dim"(%arg329) <{broadcast_dimensions = array<i64: 2>}> : (tensor<256xf32>) -> tensor<1x1x256xf32>
      %2232 = "stablehlo.broadcast_in_dim"(%2231) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x256xf32>) -> tensor<2x1x256xf32>
      %2233 = "stablehlo.add"(%2230, %2232) : (tensor<2x1x256xf32>, tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2234 = "stablehlo.multiply"(%2233, %2233) : (tensor<2x1x256xf32>, tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2235 = "stablehlo.multiply"(%2234, %2233) : (tensor<2x1x256xf32>, tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2236 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
      %2237 = "stablehlo.broadcast_in_dim"(%2236) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x256xf32>
      %2238 = "stablehlo.multiply"(%2237, %2235) : (tensor<2x1x256xf32>, tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2239 = "stablehlo.add"(%2233, %2238) : (tensor<2x1x256xf32>, tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2240 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
      %2241 = "stablehlo.broadcast_in_dim"(%2240) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x256xf32>
      %2242 = "stablehlo.multiply"(%2241, %2239) : (tensor<2x1x256xf32>, tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2243 = "stablehlo.tanh"(%2242) : (tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2244 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2245 = "stablehlo.broadcast_in_dim"(%2244) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x256xf32>
      %2246 = "stablehlo.add"(%2245, %2243) : (tensor<2x1x256xf32>, tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2247 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
      %2248 = "stablehlo.broadcast_in_dim"(%2247) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x256xf32>
      %2249 = "stablehlo.multiply"(%2248, %2246) : (tensor<2x1x256xf32>, tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2250 = "stablehlo.multiply"(%2233, %2249) : (tensor<2x1x256xf32>, tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2251 = "stablehlo.transpose"(%arg330) <{permutation = array<i64: 1, 0>}> : (tensor<64x256xf32>) -> tensor<256x64xf32>
      %2252 = "stablehlo.dot_general"(%2250, %2251) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x256xf32>, tensor<256x64xf32>) -> tensor<2x1x64xf32>
      %2253 = "stablehlo.broadcast_in_dim"(%arg331) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2254 = "stablehlo.broadcast_in_dim"(%2253) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
      %2255 = "stablehlo.add"(%2252, %2254) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2256 = "stablehlo.add"(%2196, %2255) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2257 = "chlo.square"(%2256) : (tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2258 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2259 = "stablehlo.reduce"(%2256, %2258) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg376: tensor<f32>, %arg377: tensor<f32>):
        %2544 = "stablehlo.add"(%arg376, %arg377) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2544) : (tensor<f32>) -> ()
      }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %2260 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2261 = "stablehlo.broadcast_in_dim"(%2260) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1xf32>
      %2262 = "stablehlo.divide"(%2259, %2261) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2263 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2264 = "stablehlo.reduce"(%2257, %2263) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg374: tensor<f32>, %arg375: tensor<f32>):
        %2543 = "stablehlo.add"(%arg374, %arg375) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2543) : (tensor<f32>) -> ()
      }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %2265 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2266 = "stablehlo.broadcast_in_dim"(%2265) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1xf32>
      %2267 = "stablehlo.divide"(%2264, %2266) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2268 = "chlo.square"(%2262) : (tensor<2x1xf32>) -> tensor<2x1xf32>
      %2269 = "stablehlo.subtract"(%2267, %2268) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2270 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2271 = "stablehlo.broadcast_in_dim"(%2270) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1xf32>
      %2272 = "stablehlo.maximum"(%2271, %2269) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2273 = "stablehlo.broadcast_in_dim"(%2262) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %2274 = "stablehlo.broadcast_in_dim"(%2272) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %2275 = "stablehlo.broadcast_in_dim"(%2273) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
      %2276 = "stablehlo.subtract"(%2256, %2275) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2277 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %2278 = "stablehlo.broadcast_in_dim"(%2277) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
      %2279 = "stablehlo.add"(%2274, %2278) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %2280 = "stablehlo.rsqrt"(%2279) : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %2281 = "stablehlo.reshape"(%arg332) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2282 = "stablehlo.broadcast_in_dim"(%2280) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
      %2283 = "stablehlo.broadcast_in_dim"(%2281) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
      %2284 = "stablehlo.multiply"(%2282, %2283) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2285 = "stablehlo.multiply"(%2276, %2284) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2286 = "stablehlo.reshape"(%arg333) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2287 = "stablehlo.broadcast_in_dim"(%2286) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
      %2288 = "stablehlo.add"(%2285, %2287) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2289 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
      %2290 = "stablehlo.broadcast_in_dim"(%2289) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x64xi1>
      %2291 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64xi32>
      %2292 = "stablehlo.broadcast_in_dim"(%2291) <{broadcast_dimensions = array<i64: 1>}> : (tensor<64xi32>) -> tensor<1x64xi32>
      %2293 = "stablehlo.broadcast_in_dim"(%2292) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xi32>) -> tensor<1x64x1xi32>
      %2294 = "stablehlo.broadcast_in_dim"(%2292) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x64xi32>) -> tensor<1x1x64xi32>
      %2295 = "stablehlo.broadcast_in_dim"(%2293) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xi32>) -> tensor<1x64x64xi32>
      %2296 = "stablehlo.broadcast_in_dim"(%2294) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xi32>) -> tensor<1x64x64xi32>
      %2297 = "stablehlo.compare"(%2295, %2296) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x64x64xi32>, tensor<1x64x64xi32>) -> tensor<1x64x64xi1>
      %2298 = "stablehlo.broadcast_in_dim"(%2297) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x64x64xi1>) -> tensor<1x1x64x64xi1>
      %2299 = "stablehlo.transpose"(%arg334) <{permutation = array<i64: 1, 0>}> : (tensor<192x64xf32>) -> tensor<64x192xf32>
      %2300 = "stablehlo.dot_general"(%2288, %2299) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xf32>, tensor<64x192xf32>) -> tensor<2x1x192xf32>
      %2301 = "stablehlo.broadcast_in_dim"(%arg335) <{broadcast_dimensions = array<i64: 2>}> : (tensor<192xf32>) -> tensor<1x1x192xf32>
      %2302 = "stablehlo.broadcast_in_dim"(%2301) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x192xf32>) -> tensor<2x1x192xf32>
      %2303 = "stablehlo.add"(%2300, %2302) : (tensor<2x1x192xf32>, tensor<2x1x192xf32>) -> tensor<2x1x192xf32>
      %2304 = "stablehlo.slice"(%2303) <{limit_indices = array<i64: 2, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<2x1x192xf32>) -> tensor<2x1x64xf32>
      %2305 = "stablehlo.slice"(%2303) <{limit_indices = array<i64: 2, 1, 128>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<2x1x192xf32>) -> tensor<2x1x64xf32>
      %2306 = "stablehlo.slice"(%2303) <{limit_indices = array<i64: 2, 1, 192>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<2x1x192xf32>) -> tensor<2x1x64xf32>
      %2307 = "stablehlo.reshape"(%2304) : (tensor<2x1x64xf32>) -> tensor<2x1x4x16xf32>
      %2308 = "stablehlo.reshape"(%2305) : (tensor<2x1x64xf32>) -> tensor<2x1x4x16xf32>
      %2309 = "stablehlo.reshape"(%2306) : (tensor<2x1x64xf32>) -> tensor<2x1x4x16xf32>
      %2310 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2311 = "stablehlo.compare"(%arg356, %2310) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2312 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
      %2313 = "stablehlo.add"(%arg356, %2312) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2314 = "stablehlo.select"(%2311, %2313, %arg356) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2315 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2316 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2317 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2318 = "stablehlo.dynamic_slice"(%2298, %2315, %2316, %2314, %2317) <{slice_sizes = array<i64: 1, 1, 1, 16>}> : (tensor<1x1x64x64xi1>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x1x16xi1>
      %2319 = "stablehlo.broadcast_in_dim"(%2318) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xi1>) -> tensor<2x1x1x16xi1>
      %2320 = "stablehlo.broadcast_in_dim"(%arg317) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<2x16xi32>) -> tensor<2x1x1x16xi32>
      %2321 = "stablehlo.convert"(%2319) : (tensor<2x1x1x16xi1>) -> tensor<2x1x1x16xi32>
      %2322 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2323 = "stablehlo.broadcast_in_dim"(%2322) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x1x1x16xi32>
      %2324 = "stablehlo.compare"(%2320, %2323) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x1x16xi32>, tensor<2x1x1x16xi32>) -> tensor<2x1x1x16xi1>
      %2325 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2326 = "stablehlo.broadcast_in_dim"(%2325) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x1x1x16xi32>
      %2327 = "stablehlo.compare"(%2321, %2326) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x1x16xi32>, tensor<2x1x1x16xi32>) -> tensor<2x1x1x16xi1>
      %2328 = "stablehlo.and"(%2324, %2327) : (tensor<2x1x1x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x1x16xi1>
      %2329 = "stablehlo.convert"(%2328) : (tensor<2x1x1x16xi1>) -> tensor<2x1x1x16xf32>
      %2330 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2331 = "stablehlo.compare"(%arg356, %2330) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2332 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %2333 = "stablehlo.add"(%arg356, %2332) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2334 = "stablehlo.select"(%2331, %2333, %arg356) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2335 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2336 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2337 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2338 = "stablehlo.dynamic_update_slice"(%arg357, %2308, %2335, %2334, %2336, %2337) : (tensor<2x16x4x16xf32>, tensor<2x1x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x16x4x16xf32>
      %2339 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2340 = "stablehlo.compare"(%arg356, %2339) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2341 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %2342 = "stablehlo.add"(%arg356, %2341) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2343 = "stablehlo.select"(%2340, %2342, %arg356) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2344 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2345 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2346 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2347 = "stablehlo.dynamic_update_slice"(%arg358, %2309, %2344, %2343, %2345, %2346) : (tensor<2x16x4x16xf32>, tensor<2x1x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x16x4x16xf32>
      %2348 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2349 = "stablehlo.add"(%arg356, %2348) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2350 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
      %2351 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2352 = "stablehlo.add"(%arg356, %2351) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2353 = "stablehlo.broadcast_in_dim"(%2352) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
      %2354 = "stablehlo.compare"(%2350, %2353) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
      %2355 = "stablehlo.broadcast_in_dim"(%2354) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xi1>) -> tensor<2x1x1x16xi1>
      %2356 = "stablehlo.convert"(%2355) : (tensor<2x1x1x16xi1>) -> tensor<2x1x1x16xf32>
      %2357 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2358 = "stablehlo.broadcast_in_dim"(%2357) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1x16xf32>
      %2359 = "stablehlo.compare"(%2356, %2358) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x1x16xf32>, tensor<2x1x1x16xf32>) -> tensor<2x1x1x16xi1>
      %2360 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2361 = "stablehlo.broadcast_in_dim"(%2360) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1x16xf32>
      %2362 = "stablehlo.compare"(%2329, %2361) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2x1x1x16xf32>, tensor<2x1x1x16xf32>) -> tensor<2x1x1x16xi1>
      %2363 = "stablehlo.and"(%2359, %2362) : (tensor<2x1x1x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x1x16xi1>
      %2364 = "stablehlo.convert"(%2363) : (tensor<2x1x1x16xi1>) -> tensor<2x1x1x16xf32>
      %2365 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2366 = "stablehlo.broadcast_in_dim"(%2365) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1x16xf32>
      %2367 = "stablehlo.compare"(%2364, %2366) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<2x1x1x16xf32>, tensor<2x1x1x16xf32>) -> tensor<2x1x1x16xi1>
      %2368 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2369 = "stablehlo.broadcast_in_dim"(%2368) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1x16xf32>
      %2370 = "stablehlo.convert"(%2369) : (tensor<2x1x1x16xf32>) -> tensor<2x1x1x16xf32>
      %2371 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
      %2372 = "stablehlo.broadcast_in_dim"(%2371) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1x16xf32>
      %2373 = "stablehlo.select"(%2367, %2370, %2372) : (tensor<2x1x1x16xi1>, tensor<2x1x1x16xf32>, tensor<2x1x1x16xf32>) -> tensor<2x1x1x16xf32>
      %2374 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2375 = "stablehlo.sqrt"(%2374) : (tensor<f32>) -> tensor<f32>
      %2376 = "stablehlo.convert"(%2375) : (tensor<f32>) -> tensor<f32>
      %2377 = "stablehlo.broadcast_in_dim"(%2376) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x4x16xf32>
      %2378 = "stablehlo.divide"(%2307, %2377) : (tensor<2x1x4x16xf32>, tensor<2x1x4x16xf32>) -> tensor<2x1x4x16xf32>
      %2379 = "stablehlo.dot_general"(%2378, %2338) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x4x16xf32>, tensor<2x16x4x16xf32>) -> tensor<2x4x1x16xf32>
      %2380 = "stablehlo.broadcast_in_dim"(%2373) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x1x1x16xf32>) -> tensor<2x4x1x16xf32>
      %2381 = "stablehlo.add"(%2379, %2380) : (tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
      %2382 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2383 = "stablehlo.reduce"(%2381, %2382) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg372: tensor<f32>, %arg373: tensor<f32>):
        %2542 = "stablehlo.maximum"(%arg372, %arg373) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2542) : (tensor<f32>) -> ()
      }) : (tensor<2x4x1x16xf32>, tensor<f32>) -> tensor<2x4x1xf32>
      %2384 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2385 = "stablehlo.broadcast_in_dim"(%2384) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
      %2386 = "stablehlo.maximum"(%2385, %2383) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
      %2387 = "stablehlo.broadcast_in_dim"(%2386) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
      %2388 = "stablehlo.broadcast_in_dim"(%2387) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x16xf32>
      %2389 = "stablehlo.subtract"(%2381, %2388) : (tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
      %2390 = "stablehlo.exponential"(%2389) : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
      %2391 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2392 = "stablehlo.reduce"(%2390, %2391) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg370: tensor<f32>, %arg371: tensor<f32>):
        %2541 = "stablehlo.add"(%arg370, %arg371) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2541) : (tensor<f32>) -> ()
      }) : (tensor<2x4x1x16xf32>, tensor<f32>) -> tensor<2x4x1xf32>
      %2393 = "stablehlo.broadcast_in_dim"(%2392) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
      %2394 = "stablehlo.broadcast_in_dim"(%2393) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x16xf32>
      %2395 = "stablehlo.divide"(%2390, %2394) : (tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
      %2396 = "stablehlo.dot_general"(%2347, %2395) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x16x4x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x16x1xf32>
      %2397 = "stablehlo.transpose"(%2396) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<2x4x16x1xf32>) -> tensor<2x1x4x16xf32>
      %2398 = "stablehlo.reshape"(%2397) : (tensor<2x1x4x16xf32>) -> tensor<2x1x64xf32>
      %2399 = "stablehlo.transpose"(%arg336) <{permutation = array<i64: 1, 0>}> : (tensor<64x64xf32>) -> tensor<64x64xf32>
      %2400 = "stablehlo.dot_general"(%2398, %2399) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xf32>, tensor<64x64xf32>) -> tensor<2x1x64xf32>
      %2401 = "stablehlo.broadcast_in_dim"(%arg337) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2402 = "stablehlo.broadcast_in_dim"(%2401) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
      %2403 = "stablehlo.add"(%2400, %2402) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2404 = "stablehlo.add"(%2403, %2256) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2405 = "chlo.square"(%2404) : (tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2406 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2407 = "stablehlo.reduce"(%2404, %2406) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg368: tensor<f32>, %arg369: tensor<f32>):
        %2540 = "stablehlo.add"(%arg368, %arg369) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2540) : (tensor<f32>) -> ()
      }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %2408 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2409 = "stablehlo.broadcast_in_dim"(%2408) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1xf32>
      %2410 = "stablehlo.divide"(%2407, %2409) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2411 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2412 = "stablehlo.reduce"(%2405, %2411) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg366: tensor<f32>, %arg367: tensor<f32>):
        %2539 = "stablehlo.add"(%arg366, %arg367) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2539) : (tensor<f32>) -> ()
      }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %2413 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2414 = "stablehlo.broadcast_in_dim"(%2413) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1xf32>
      %2415 = "stablehlo.divide"(%2412, %2414) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2416 = "chlo.square"(%2410) : (tensor<2x1xf32>) -> tensor<2x1xf32>
      %2417 = "stablehlo.subtract"(%2415, %2416) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2418 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2419 = "stablehlo.broadcast_in_dim"(%2418) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1xf32>
      %2420 = "stablehlo.maximum"(%2419, %2417) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2421 = "stablehlo.broadcast_in_dim"(%2410) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %2422 = "stablehlo.broadcast_in_dim"(%2420) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %2423 = "stablehlo.broadcast_in_dim"(%2421) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
      %2424 = "stablehlo.subtract"(%2404, %2423) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2425 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %2426 = "stablehlo.broadcast_in_dim"(%2425) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
      %2427 = "stablehlo.add"(%2422, %2426) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %2428 = "stablehlo.rsqrt"(%2427) : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %2429 = "stablehlo.reshape"(%arg338) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2430 = "stablehlo.broadcast_in_dim"(%2428) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
      %2431 = "stablehlo.broadcast_in_dim"(%2429) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
      %2432 = "stablehlo.multiply"(%2430, %2431) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2433 = "stablehlo.multiply"(%2424, %2432) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2434 = "stablehlo.reshape"(%arg339) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2435 = "stablehlo.broadcast_in_dim"(%2434) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
      %2436 = "stablehlo.add"(%2433, %2435) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2437 = "stablehlo.transpose"(%arg340) <{permutation = array<i64: 1, 0>}> : (tensor<256x64xf32>) -> tensor<64x256xf32>
      %2438 = "stablehlo.dot_general"(%2436, %2437) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xf32>, tensor<64x256xf32>) -> tensor<2x1x256xf32>
      %2439 = "stablehlo.broadcast_in_dim"(%arg341) <{broadcast_dimensions = array<i64: 2>}> : (tensor<256xf32>) -> tensor<1x1x256xf32>
      %2440 = "stablehlo.broadcast_in_dim"(%2439) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x256xf32>) -> tensor<2x1x256xf32>
      %2441 = "stablehlo.add"(%2438, %2440) : (tensor<2x1x256xf32>, tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2442 = "stablehlo.multiply"(%2441, %2441) : (tensor<2x1x256xf32>, tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2443 = "stablehlo.multiply"(%2442, %2441) : (tensor<2x1x256xf32>, tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2444 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
      %2445 = "stablehlo.broadcast_in_dim"(%2444) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x256xf32>
      %2446 = "stablehlo.multiply"(%2445, %2443) : (tensor<2x1x256xf32>, tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2447 = "stablehlo.add"(%2441, %2446) : (tensor<2x1x256xf32>, tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2448 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
      %2449 = "stablehlo.broadcast_in_dim"(%2448) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x256xf32>
      %2450 = "stablehlo.multiply"(%2449, %2447) : (tensor<2x1x256xf32>, tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2451 = "stablehlo.tanh"(%2450) : (tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2452 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2453 = "stablehlo.broadcast_in_dim"(%2452) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x256xf32>
      %2454 = "stablehlo.add"(%2453, %2451) : (tensor<2x1x256xf32>, tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2455 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
      %2456 = "stablehlo.broadcast_in_dim"(%2455) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x256xf32>
      %2457 = "stablehlo.multiply"(%2456, %2454) : (tensor<2x1x256xf32>, tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2458 = "stablehlo.multiply"(%2441, %2457) : (tensor<2x1x256xf32>, tensor<2x1x256xf32>) -> tensor<2x1x256xf32>
      %2459 = "stablehlo.transpose"(%arg342) <{permutation = array<i64: 1, 0>}> : (tensor<64x256xf32>) -> tensor<256x64xf32>
      %2460 = "stablehlo.dot_general"(%2458, %2459) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x256xf32>, tensor<256x64xf32>) -> tensor<2x1x64xf32>
      %2461 = "stablehlo.broadcast_in_dim"(%arg343) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2462 = "stablehlo.broadcast_in_dim"(%2461) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
      %2463 = "stablehlo.add"(%2460, %2462) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2464 = "stablehlo.add"(%2404, %2463) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2465 = "chlo.square"(%2464) : (tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2466 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2467 = "stablehlo.reduce"(%2464, %2466) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg364: tensor<f32>, %arg365: tensor<f32>):
        %2538 = "stablehlo.add"(%arg364, %arg365) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2538) : (tensor<f32>) -> ()
      }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %2468 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2469 = "stablehlo.broadcast_in_dim"(%2468) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1xf32>
      %2470 = "stablehlo.divide"(%2467, %2469) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2471 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2472 = "stablehlo.reduce"(%2465, %2471) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg362: tensor<f32>, %arg363: tensor<f32>):
        %2537 = "stablehlo.add"(%arg362, %arg363) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2537) : (tensor<f32>) -> ()
      }) : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
      %2473 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2474 = "stablehlo.broadcast_in_dim"(%2473) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1xf32>
      %2475 = "stablehlo.divide"(%2472, %2474) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2476 = "chlo.square"(%2470) : (tensor<2x1xf32>) -> tensor<2x1xf32>
      %2477 = "stablehlo.subtract"(%2475, %2476) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2478 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2479 = "stablehlo.broadcast_in_dim"(%2478) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1xf32>
      %2480 = "stablehlo.maximum"(%2479, %2477) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
      %2481 = "stablehlo.broadcast_in_dim"(%2470) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %2482 = "stablehlo.broadcast_in_dim"(%2480) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
      %2483 = "stablehlo.broadcast_in_dim"(%2481) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
      %2484 = "stablehlo.subtract"(%2464, %2483) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2485 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %2486 = "stablehlo.broadcast_in_dim"(%2485) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x1xf32>
      %2487 = "stablehlo.add"(%2482, %2486) : (tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %2488 = "stablehlo.rsqrt"(%2487) : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
      %2489 = "stablehlo.reshape"(%arg344) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2490 = "stablehlo.broadcast_in_dim"(%2488) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
      %2491 = "stablehlo.broadcast_in_dim"(%2489) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
      %2492 = "stablehlo.multiply"(%2490, %2491) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2493 = "stablehlo.multiply"(%2484, %2492) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2494 = "stablehlo.reshape"(%arg345) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2495 = "stablehlo.broadcast_in_dim"(%2494) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
      %2496 = "stablehlo.add"(%2493, %2495) : (tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
      %2497 = "stablehlo.dot_general"(%2496, %arg346) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<2x1x64xf32>, tensor<64x97xf32>) -> tensor<2x1x97xf32>
      %2498 = "stablehlo.reshape"(%2497) : (tensor<2x1x97xf32>) -> tensor<2x97xf32>
      %2499 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2500 = "stablehlo.subtract"(%arg349, %2499) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2501 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2502 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2503 = "func.call"(%2500, %2501, %2502) <{callee = @clip}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2504 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2505 = "stablehlo.subtract"(%2504, %2503) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2506 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
      %2507 = "stablehlo.broadcast_in_dim"(%2506) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %2508 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2509 = "stablehlo.broadcast_in_dim"(%2508) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2xf32>
      %2510 = "stablehlo.scatter"(%2498, %2507, %2509) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
      ^bb0(%arg360: tensor<f32>, %arg361: tensor<f32>):
        "stablehlo.return"(%arg361) : (tensor<f32>) -> ()
      }) : (tensor<2x97xf32>, tensor<1xi32>, tensor<2xf32>) -> tensor<2x97xf32>
      %2511 = "func.call"(%2505, %2510, %2498) <{callee = @_where_31}> : (tensor<i32>, tensor<2x97xf32>, tensor<2x97xf32>) -> tensor<2x97xf32>
      %2512 = "func.call"(%2511) <{callee = @argmax}> : (tensor<2x97xf32>) -> tensor<2xi32>
      %2513 = "stablehlo.not"(%arg352) : (tensor<2xi1>) -> tensor<2xi1>
      %2514 = "stablehlo.convert"(%2513) : (tensor<2xi1>) -> tensor<2xi32>
      %2515 = "stablehlo.multiply"(%2512, %2514) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %2516 = "stablehlo.convert"(%arg352) : (tensor<2xi1>) -> tensor<2xi32>
      %2517 = "stablehlo.broadcast_in_dim"(%arg347) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %2518 = "stablehlo.multiply"(%2517, %2516) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %2519 = "stablehlo.add"(%2515, %2518) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %2520 = "stablehlo.broadcast_in_dim"(%arg348) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %2521 = "stablehlo.compare"(%2519, %2520) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %2522 = "stablehlo.or"(%arg352, %2521) : (tensor<2xi1>, tensor<2xi1>) -> tensor<2xi1>
      %2523 = "stablehlo.broadcast_in_dim"(%2519) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
      %2524 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2525 = "stablehlo.compare"(%arg349, %2524) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2526 = "stablehlo.convert"(%arg349) : (tensor<i32>) -> tensor<i32>
      %2527 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %2528 = "stablehlo.add"(%2526, %2527) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2529 = "stablehlo.select"(%2525, %2528, %arg349) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2530 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2531 = "stablehlo.dynamic_update_slice"(%arg350, %2523, %2530, %2529) : (tensor<2x16xi32>, tensor<2x1xi32>, tensor<i32>, tensor<i32>) -> tensor<2x16xi32>
      %2532 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2533 = "stablehlo.broadcast_in_dim"(%2532) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x1xi32>
      %2534 = "stablehlo.add"(%arg359, %2533) : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x1xi32>
      %2535 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2536 = "stablehlo.add"(%arg349, %2535) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg317, %arg318, %arg319, %arg320, %arg321, %arg322, %arg323, %arg324, %arg325, %arg326, %arg327, %arg328, %arg329, %arg330, %arg331, %arg332, %arg333, %arg334, %arg335, %arg336, %arg337, %arg338, %arg339, %arg340, %arg341, %arg342, %arg343, %arg344, %arg345, %arg346, %arg347, %arg348, %2536, %2531, %2523, %2522, %2141, %2130, %2139, %2349, %2338, %2347, %2534) : (tensor<2x16xi32>, tensor<97x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x97xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<2x16xi32>, tensor<2x1xi32>, tensor<2xi1>, tensor<i32>, tensor<2x16x4x16xf32>, tensor<2x16x4x16xf32>, tensor<i32>, tensor<2x16x4x16xf32>, tensor<2x16x4x16xf32>, tensor<2x1xi32>) -> ()
    }) : (tensor<2x16xi32>, tensor<97x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x97xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<2x16xi32>, tensor<2x1xi32>, tensor<2xi1>, tensor<i32>, tensor<2x16x4x16xf32>, tensor<2x16x4x16xf32>, tensor<i32>, tensor<2x16x4x16xf32>, tensor<2x16x4x16xf32>, tensor<2x1xi32>) -> (tensor<2x16xi32>, tensor<97x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x97xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<2x16xi32>, tensor<2x1xi32>, tensor<2xi1>, tensor<i32>, tensor<2x16x4x16xf32>, tensor<2x16x4x16xf32>, tensor<i32>, tensor<2x16x4x16xf32>, tensor<2x16x4x16xf32>, tensor<2x1xi32>)
    "func.return"(%2045#33) : (tensor<2x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2x16xf32>) -> tensor<2x16xf32>, res_attrs = [{}], sym_name = "atleast_2d", sym_visibility = "private"}> ({
  ^bb0(%arg286: tensor<2x16xf32>):
    "func.return"(%arg286) : (tensor<2x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>, res_attrs = [{}], sym_name = "_threefry_fold_in", sym_visibility = "private"}> ({
  ^bb0(%arg284: tensor<2xui32>, %arg285: tensor<ui32>):
    %951 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %952 = "stablehlo.shift_right_logical"(%arg285, %951) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %953 = "stablehlo.broadcast_in_dim"(%952) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %954 = "stablehlo.constant"() <{value = dense<4294967295> : tensor<ui32>}> : () -> tensor<ui32>
    %955 = "stablehlo.and"(%arg285, %954) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %956 = "stablehlo.broadcast_in_dim"(%955) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %957 = "stablehlo.concatenate"(%953, %956) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %958 = "stablehlo.slice"(%arg284) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %959 = "stablehlo.reshape"(%958) : (tensor<1xui32>) -> tensor<ui32>
    %960 = "stablehlo.slice"(%arg284) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %961 = "stablehlo.reshape"(%960) : (tensor<1xui32>) -> tensor<ui32>
    %962 = "stablehlo.slice"(%957) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %963 = "stablehlo.slice"(%957) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %964:2 = "func.call"(%959, %961, %962, %963) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<1xui32>, tensor<1xui32>) -> (tensor<1xui32>, tensor<1xui32>)
    %965 = "stablehlo.concatenate"(%964#0, %964#1) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    "func.return"(%965) : (tensor<2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<1xui32>, tensor<1xui32>) -> (tensor<1xui32>, tensor<1xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg262: tensor<ui32>, %arg263: tensor<ui32>, %arg264: tensor<1xui32>, %arg265: tensor<1xui32>):
    %934 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %935 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %936 = "stablehlo.xor"(%arg262, %arg263) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %937 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %938 = "stablehlo.xor"(%936, %937) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %939 = "stablehlo.broadcast_in_dim"(%arg262) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %940 = "stablehlo.add"(%arg264, %939) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %941 = "stablehlo.broadcast_in_dim"(%arg263) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %942 = "stablehlo.add"(%arg265, %941) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %943 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %944 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %945:9 = "stablehlo.while"(%944, %943, %940, %942, %arg263, %938, %arg262, %934, %935) ({
    ^bb0(%arg275: tensor<i32>, %arg276: tensor<i32>, %arg277: tensor<1xui32>, %arg278: tensor<1xui32>, %arg279: tensor<ui32>, %arg280: tensor<ui32>, %arg281: tensor<ui32>, %arg282: tensor<4xui32>, %arg283: tensor<4xui32>):
      %949 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %950 = "stablehlo.compare"(%arg275, %949) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%950) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg266: tensor<i32>, %arg267: tensor<i32>, %arg268: tensor<1xui32>, %arg269: tensor<1xui32>, %arg270: tensor<ui32>, %arg271: tensor<ui32>, %arg272: tensor<ui32>, %arg273: tensor<4xui32>, %arg274: tensor<4xui32>):
      %946:8 = "func.call"(%arg267, %arg268, %arg269, %arg270, %arg271, %arg272, %arg273, %arg274) <{callee = @closed_call}> : (tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %947 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %948 = "stablehlo.add"(%arg266, %947) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%948, %946#0, %946#1, %946#2, %946#3, %946#4, %946#5, %946#6, %946#7) : (tensor<i32>, tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%945#2, %945#3) : (tensor<1xui32>, tensor<1xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg254: tensor<i32>, %arg255: tensor<1xui32>, %arg256: tensor<1xui32>, %arg257: tensor<ui32>, %arg258: tensor<ui32>, %arg259: tensor<ui32>, %arg260: tensor<4xui32>, %arg261: tensor<4xui32>):
    %879 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %880 = "stablehlo.add"(%arg254, %879) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %881 = "stablehlo.slice"(%arg260) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %882 = "stablehlo.reshape"(%881) : (tensor<1xui32>) -> tensor<ui32>
    %883 = "stablehlo.add"(%arg255, %arg256) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %884 = "stablehlo.broadcast_in_dim"(%882) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %885 = "stablehlo.shift_left"(%arg256, %884) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %886 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %887 = "stablehlo.subtract"(%886, %882) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %888 = "stablehlo.broadcast_in_dim"(%887) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %889 = "stablehlo.shift_right_logical"(%arg256, %888) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %890 = "stablehlo.or"(%885, %889) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %891 = "stablehlo.xor"(%883, %890) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %892 = "stablehlo.slice"(%arg260) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %893 = "stablehlo.reshape"(%892) : (tensor<1xui32>) -> tensor<ui32>
    %894 = "stablehlo.add"(%883, %891) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %895 = "stablehlo.broadcast_in_dim"(%893) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %896 = "stablehlo.shift_left"(%891, %895) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %897 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %898 = "stablehlo.subtract"(%897, %893) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %899 = "stablehlo.broadcast_in_dim"(%898) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %900 = "stablehlo.shift_right_logical"(%891, %899) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %901 = "stablehlo.or"(%896, %900) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %902 = "stablehlo.xor"(%894, %901) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %903 = "stablehlo.slice"(%arg260) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %904 = "stablehlo.reshape"(%903) : (tensor<1xui32>) -> tensor<ui32>
    %905 = "stablehlo.add"(%894, %902) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %906 = "stablehlo.broadcast_in_dim"(%904) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %907 = "stablehlo.shift_left"(%902, %906) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %908 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %909 = "stablehlo.subtract"(%908, %904) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %910 = "stablehlo.broadcast_in_dim"(%909) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %911 = "stablehlo.shift_right_logical"(%902, %910) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %912 = "stablehlo.or"(%907, %911) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %913 = "stablehlo.xor"(%905, %912) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %914 = "stablehlo.slice"(%arg260) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %915 = "stablehlo.reshape"(%914) : (tensor<1xui32>) -> tensor<ui32>
    %916 = "stablehlo.add"(%905, %913) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %917 = "stablehlo.broadcast_in_dim"(%915) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %918 = "stablehlo.shift_left"(%913, %917) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %919 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %920 = "stablehlo.subtract"(%919, %915) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %921 = "stablehlo.broadcast_in_dim"(%920) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %922 = "stablehlo.shift_right_logical"(%913, %921) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %923 = "stablehlo.or"(%918, %922) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %924 = "stablehlo.xor"(%916, %923) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %925 = "stablehlo.broadcast_in_dim"(%arg257) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %926 = "stablehlo.add"(%916, %925) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %927 = "stablehlo.broadcast_in_dim"(%arg258) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %928 = "stablehlo.add"(%924, %927) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %929 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %930 = "stablehlo.add"(%arg254, %929) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %931 = "stablehlo.convert"(%930) : (tensor<i32>) -> tensor<ui32>
    %932 = "stablehlo.broadcast_in_dim"(%931) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %933 = "stablehlo.add"(%928, %932) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    "func.return"(%880, %926, %933, %arg258, %arg259, %arg257, %arg261, %arg260) : (tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<97x64xf32>, res_attrs = [{}], sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg253: tensor<2xui32>):
    %878 = "func.call"(%arg253) <{callee = @_normal_real}> : (tensor<2xui32>) -> tensor<97x64xf32>
    "func.return"(%878) : (tensor<97x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<97x64xf32>, res_attrs = [{}], sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg252: tensor<2xui32>):
    %871 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %872 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %873 = "func.call"(%arg252, %871, %872) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<97x64xf32>
    %874 = "chlo.erf_inv"(%873) : (tensor<97x64xf32>) -> tensor<97x64xf32>
    %875 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %876 = "stablehlo.broadcast_in_dim"(%875) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<97x64xf32>
    %877 = "stablehlo.multiply"(%876, %874) : (tensor<97x64xf32>, tensor<97x64xf32>) -> tensor<97x64xf32>
    "func.return"(%877) : (tensor<97x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<97x64xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg249: tensor<2xui32>, %arg250: tensor<f32>, %arg251: tensor<f32>):
    %832 = "stablehlo.broadcast_in_dim"(%arg250) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %833 = "stablehlo.broadcast_in_dim"(%arg251) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %834 = "stablehlo.slice"(%arg249) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %835 = "stablehlo.reshape"(%834) : (tensor<1xui32>) -> tensor<ui32>
    %836 = "stablehlo.slice"(%arg249) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %837 = "stablehlo.reshape"(%836) : (tensor<1xui32>) -> tensor<ui32>
    %838 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<97x64xui64>
    %839 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<97x64xui64>
    %840 = "stablehlo.constant"() <{value = dense<64> : tensor<ui64>}> : () -> tensor<ui64>
    %841 = "stablehlo.broadcast_in_dim"(%840) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<97x64xui64>
    %842 = "stablehlo.multiply"(%841, %838) : (tensor<97x64xui64>, tensor<97x64xui64>) -> tensor<97x64xui64>
    %843 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %844 = "stablehlo.broadcast_in_dim"(%843) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<97x64xui64>
    %845 = "stablehlo.multiply"(%844, %839) : (tensor<97x64xui64>, tensor<97x64xui64>) -> tensor<97x64xui64>
    %846 = "stablehlo.add"(%842, %845) : (tensor<97x64xui64>, tensor<97x64xui64>) -> tensor<97x64xui64>
    %847 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %848 = "stablehlo.broadcast_in_dim"(%847) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<97x64xui64>
    %849 = "stablehlo.shift_right_logical"(%846, %848) : (tensor<97x64xui64>, tensor<97x64xui64>) -> tensor<97x64xui64>
    %850 = "stablehlo.convert"(%846) : (tensor<97x64xui64>) -> tensor<97x64xui32>
    %851 = "stablehlo.convert"(%849) : (tensor<97x64xui64>) -> tensor<97x64xui32>
    %852:2 = "func.call"(%835, %837, %851, %850) <{callee = @threefry2x32_0}> : (tensor<ui32>, tensor<ui32>, tensor<97x64xui32>, tensor<97x64xui32>) -> (tensor<97x64xui32>, tensor<97x64xui32>)
    %853 = "stablehlo.xor"(%852#0, %852#1) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %854 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %855 = "stablehlo.broadcast_in_dim"(%854) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %856 = "stablehlo.shift_right_logical"(%853, %855) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %857 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %858 = "stablehlo.broadcast_in_dim"(%857) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %859 = "stablehlo.or"(%856, %858) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %860 = "stablehlo.bitcast_convert"(%859) : (tensor<97x64xui32>) -> tensor<97x64xf32>
    %861 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %862 = "stablehlo.broadcast_in_dim"(%861) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<97x64xf32>
    %863 = "stablehlo.subtract"(%860, %862) : (tensor<97x64xf32>, tensor<97x64xf32>) -> tensor<97x64xf32>
    %864 = "stablehlo.subtract"(%833, %832) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %865 = "stablehlo.broadcast_in_dim"(%864) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<97x64xf32>
    %866 = "stablehlo.multiply"(%863, %865) : (tensor<97x64xf32>, tensor<97x64xf32>) -> tensor<97x64xf32>
    %867 = "stablehlo.broadcast_in_dim"(%832) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<97x64xf32>
    %868 = "stablehlo.add"(%866, %867) : (tensor<97x64xf32>, tensor<97x64xf32>) -> tensor<97x64xf32>
    %869 = "stablehlo.broadcast_in_dim"(%832) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<97x64xf32>
    %870 = "stablehlo.maximum"(%869, %868) : (tensor<97x64xf32>, tensor<97x64xf32>) -> tensor<97x64xf32>
    "func.return"(%870) : (tensor<97x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<97x64xui32>, tensor<97x64xui32>) -> (tensor<97x64xui32>, tensor<97x64xui32>), sym_name = "threefry2x32_0", sym_visibility = "private"}> ({
  ^bb0(%arg227: tensor<ui32>, %arg228: tensor<ui32>, %arg229: tensor<97x64xui32>, %arg230: tensor<97x64xui32>):
    %815 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %816 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %817 = "stablehlo.xor"(%arg227, %arg228) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %818 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %819 = "stablehlo.xor"(%817, %818) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %820 = "stablehlo.broadcast_in_dim"(%arg227) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %821 = "stablehlo.add"(%arg229, %820) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %822 = "stablehlo.broadcast_in_dim"(%arg228) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %823 = "stablehlo.add"(%arg230, %822) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %824 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %825 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %826:9 = "stablehlo.while"(%825, %824, %821, %823, %arg228, %819, %arg227, %815, %816) ({
    ^bb0(%arg240: tensor<i32>, %arg241: tensor<i32>, %arg242: tensor<97x64xui32>, %arg243: tensor<97x64xui32>, %arg244: tensor<ui32>, %arg245: tensor<ui32>, %arg246: tensor<ui32>, %arg247: tensor<4xui32>, %arg248: tensor<4xui32>):
      %830 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %831 = "stablehlo.compare"(%arg240, %830) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%831) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg231: tensor<i32>, %arg232: tensor<i32>, %arg233: tensor<97x64xui32>, %arg234: tensor<97x64xui32>, %arg235: tensor<ui32>, %arg236: tensor<ui32>, %arg237: tensor<ui32>, %arg238: tensor<4xui32>, %arg239: tensor<4xui32>):
      %827:8 = "func.call"(%arg232, %arg233, %arg234, %arg235, %arg236, %arg237, %arg238, %arg239) <{callee = @closed_call_1}> : (tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %828 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %829 = "stablehlo.add"(%arg231, %828) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%829, %827#0, %827#1, %827#2, %827#3, %827#4, %827#5, %827#6, %827#7) : (tensor<i32>, tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%826#2, %826#3) : (tensor<97x64xui32>, tensor<97x64xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_1", sym_visibility = "private"}> ({
  ^bb0(%arg219: tensor<i32>, %arg220: tensor<97x64xui32>, %arg221: tensor<97x64xui32>, %arg222: tensor<ui32>, %arg223: tensor<ui32>, %arg224: tensor<ui32>, %arg225: tensor<4xui32>, %arg226: tensor<4xui32>):
    %760 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %761 = "stablehlo.add"(%arg219, %760) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %762 = "stablehlo.slice"(%arg225) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %763 = "stablehlo.reshape"(%762) : (tensor<1xui32>) -> tensor<ui32>
    %764 = "stablehlo.add"(%arg220, %arg221) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %765 = "stablehlo.broadcast_in_dim"(%763) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %766 = "stablehlo.shift_left"(%arg221, %765) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %767 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %768 = "stablehlo.subtract"(%767, %763) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %769 = "stablehlo.broadcast_in_dim"(%768) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %770 = "stablehlo.shift_right_logical"(%arg221, %769) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %771 = "stablehlo.or"(%766, %770) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %772 = "stablehlo.xor"(%764, %771) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %773 = "stablehlo.slice"(%arg225) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %774 = "stablehlo.reshape"(%773) : (tensor<1xui32>) -> tensor<ui32>
    %775 = "stablehlo.add"(%764, %772) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %776 = "stablehlo.broadcast_in_dim"(%774) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %777 = "stablehlo.shift_left"(%772, %776) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %778 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %779 = "stablehlo.subtract"(%778, %774) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %780 = "stablehlo.broadcast_in_dim"(%779) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %781 = "stablehlo.shift_right_logical"(%772, %780) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %782 = "stablehlo.or"(%777, %781) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %783 = "stablehlo.xor"(%775, %782) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %784 = "stablehlo.slice"(%arg225) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %785 = "stablehlo.reshape"(%784) : (tensor<1xui32>) -> tensor<ui32>
    %786 = "stablehlo.add"(%775, %783) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %787 = "stablehlo.broadcast_in_dim"(%785) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %788 = "stablehlo.shift_left"(%783, %787) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %789 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %790 = "stablehlo.subtract"(%789, %785) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %791 = "stablehlo.broadcast_in_dim"(%790) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %792 = "stablehlo.shift_right_logical"(%783, %791) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %793 = "stablehlo.or"(%788, %792) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %794 = "stablehlo.xor"(%786, %793) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %795 = "stablehlo.slice"(%arg225) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %796 = "stablehlo.reshape"(%795) : (tensor<1xui32>) -> tensor<ui32>
    %797 = "stablehlo.add"(%786, %794) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %798 = "stablehlo.broadcast_in_dim"(%796) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %799 = "stablehlo.shift_left"(%794, %798) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %800 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %801 = "stablehlo.subtract"(%800, %796) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %802 = "stablehlo.broadcast_in_dim"(%801) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %803 = "stablehlo.shift_right_logical"(%794, %802) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %804 = "stablehlo.or"(%799, %803) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %805 = "stablehlo.xor"(%797, %804) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %806 = "stablehlo.broadcast_in_dim"(%arg222) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %807 = "stablehlo.add"(%797, %806) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %808 = "stablehlo.broadcast_in_dim"(%arg223) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %809 = "stablehlo.add"(%805, %808) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %810 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %811 = "stablehlo.add"(%arg219, %810) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %812 = "stablehlo.convert"(%811) : (tensor<i32>) -> tensor<ui32>
    %813 = "stablehlo.broadcast_in_dim"(%812) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %814 = "stablehlo.add"(%809, %813) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    "func.return"(%761, %807, %814, %arg223, %arg224, %arg222, %arg226, %arg225) : (tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<97x64xf32>, tensor<2x16xi32>) -> tensor<2x16x64xf32>, res_attrs = [{}], sym_name = "_take", sym_visibility = "private"}> ({
  ^bb0(%arg215: tensor<97x64xf32>, %arg216: tensor<2x16xi32>):
    %736 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %737 = "stablehlo.broadcast_in_dim"(%736) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x16xi32>
    %738 = "stablehlo.compare"(%arg216, %737) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2x16xi32>, tensor<2x16xi32>) -> tensor<2x16xi1>
    %739 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
    %740 = "stablehlo.broadcast_in_dim"(%739) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x16xi32>
    %741 = "stablehlo.add"(%arg216, %740) : (tensor<2x16xi32>, tensor<2x16xi32>) -> tensor<2x16xi32>
    %742 = "func.call"(%738, %741, %arg216) <{callee = @_where}> : (tensor<2x16xi1>, tensor<2x16xi32>, tensor<2x16xi32>) -> tensor<2x16xi32>
    %743 = "stablehlo.broadcast_in_dim"(%742) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x16xi32>) -> tensor<2x16x1xi32>
    %744 = "stablehlo.constant"() <{value = dense<96> : tensor<1xi32>}> : () -> tensor<1xi32>
    %745 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %746 = "stablehlo.broadcast_in_dim"(%745) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x16x1xi32>
    %747 = "stablehlo.compare"(%743, %746) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<2x16x1xi32>, tensor<2x16x1xi32>) -> tensor<2x16x1xi1>
    %748 = "stablehlo.broadcast_in_dim"(%744) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %749 = "stablehlo.broadcast_in_dim"(%748) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<2x16x1xi32>
    %750 = "stablehlo.compare"(%743, %749) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<2x16x1xi32>, tensor<2x16x1xi32>) -> tensor<2x16x1xi1>
    %751 = "stablehlo.and"(%747, %750) : (tensor<2x16x1xi1>, tensor<2x16x1xi1>) -> tensor<2x16x1xi1>
    %752 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %753 = "stablehlo.reduce"(%751, %752) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg217: tensor<i1>, %arg218: tensor<i1>):
      %759 = "stablehlo.and"(%arg217, %arg218) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%759) : (tensor<i1>) -> ()
    }) : (tensor<2x16x1xi1>, tensor<i1>) -> tensor<2x16xi1>
    %754 = "stablehlo.gather"(%arg215, %743) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<97x64xf32>, tensor<2x16x1xi32>) -> tensor<2x16x64xf32>
    %755 = "stablehlo.broadcast_in_dim"(%753) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x16xi1>) -> tensor<2x16x64xi1>
    %756 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %757 = "stablehlo.broadcast_in_dim"(%756) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x64xf32>
    %758 = "stablehlo.select"(%755, %754, %757) : (tensor<2x16x64xi1>, tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    "func.return"(%758) : (tensor<2x16x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2x16xi1>, tensor<2x16xi32>, tensor<2x16xi32>) -> tensor<2x16xi32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg212: tensor<2x16xi1>, %arg213: tensor<2x16xi32>, %arg214: tensor<2x16xi32>):
    %735 = "stablehlo.select"(%arg212, %arg213, %arg214) : (tensor<2x16xi1>, tensor<2x16xi32>, tensor<2x16xi32>) -> tensor<2x16xi32>
    "func.return"(%735) : (tensor<2x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<64x64xf32>, res_attrs = [{}], sym_name = "_normal_2", sym_visibility = "private"}> ({
  ^bb0(%arg211: tensor<2xui32>):
    %734 = "func.call"(%arg211) <{callee = @_normal_real_3}> : (tensor<2xui32>) -> tensor<64x64xf32>
    "func.return"(%734) : (tensor<64x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<64x64xf32>, res_attrs = [{}], sym_name = "_normal_real_3", sym_visibility = "private"}> ({
  ^bb0(%arg210: tensor<2xui32>):
    %727 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %728 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %729 = "func.call"(%arg210, %727, %728) <{callee = @_uniform_4}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<64x64xf32>
    %730 = "chlo.erf_inv"(%729) : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %731 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %732 = "stablehlo.broadcast_in_dim"(%731) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x64xf32>
    %733 = "stablehlo.multiply"(%732, %730) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    "func.return"(%733) : (tensor<64x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<64x64xf32>, res_attrs = [{}], sym_name = "_uniform_4", sym_visibility = "private"}> ({
  ^bb0(%arg207: tensor<2xui32>, %arg208: tensor<f32>, %arg209: tensor<f32>):
    %688 = "stablehlo.broadcast_in_dim"(%arg208) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %689 = "stablehlo.broadcast_in_dim"(%arg209) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %690 = "stablehlo.slice"(%arg207) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %691 = "stablehlo.reshape"(%690) : (tensor<1xui32>) -> tensor<ui32>
    %692 = "stablehlo.slice"(%arg207) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %693 = "stablehlo.reshape"(%692) : (tensor<1xui32>) -> tensor<ui32>
    %694 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64x64xui64>
    %695 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<64x64xui64>
    %696 = "stablehlo.constant"() <{value = dense<64> : tensor<ui64>}> : () -> tensor<ui64>
    %697 = "stablehlo.broadcast_in_dim"(%696) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x64xui64>
    %698 = "stablehlo.multiply"(%697, %694) : (tensor<64x64xui64>, tensor<64x64xui64>) -> tensor<64x64xui64>
    %699 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %700 = "stablehlo.broadcast_in_dim"(%699) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x64xui64>
    %701 = "stablehlo.multiply"(%700, %695) : (tensor<64x64xui64>, tensor<64x64xui64>) -> tensor<64x64xui64>
    %702 = "stablehlo.add"(%698, %701) : (tensor<64x64xui64>, tensor<64x64xui64>) -> tensor<64x64xui64>
    %703 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %704 = "stablehlo.broadcast_in_dim"(%703) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x64xui64>
    %705 = "stablehlo.shift_right_logical"(%702, %704) : (tensor<64x64xui64>, tensor<64x64xui64>) -> tensor<64x64xui64>
    %706 = "stablehlo.convert"(%702) : (tensor<64x64xui64>) -> tensor<64x64xui32>
    %707 = "stablehlo.convert"(%705) : (tensor<64x64xui64>) -> tensor<64x64xui32>
    %708:2 = "func.call"(%691, %693, %707, %706) <{callee = @threefry2x32_5}> : (tensor<ui32>, tensor<ui32>, tensor<64x64xui32>, tensor<64x64xui32>) -> (tensor<64x64xui32>, tensor<64x64xui32>)
    %709 = "stablehlo.xor"(%708#0, %708#1) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %710 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %711 = "stablehlo.broadcast_in_dim"(%710) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %712 = "stablehlo.shift_right_logical"(%709, %711) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %713 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %714 = "stablehlo.broadcast_in_dim"(%713) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %715 = "stablehlo.or"(%712, %714) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %716 = "stablehlo.bitcast_convert"(%715) : (tensor<64x64xui32>) -> tensor<64x64xf32>
    %717 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %718 = "stablehlo.broadcast_in_dim"(%717) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x64xf32>
    %719 = "stablehlo.subtract"(%716, %718) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    %720 = "stablehlo.subtract"(%689, %688) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %721 = "stablehlo.broadcast_in_dim"(%720) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x64xf32>
    %722 = "stablehlo.multiply"(%719, %721) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    %723 = "stablehlo.broadcast_in_dim"(%688) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x64xf32>
    %724 = "stablehlo.add"(%722, %723) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    %725 = "stablehlo.broadcast_in_dim"(%688) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x64xf32>
    %726 = "stablehlo.maximum"(%725, %724) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    "func.return"(%726) : (tensor<64x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<64x64xui32>, tensor<64x64xui32>) -> (tensor<64x64xui32>, tensor<64x64xui32>), sym_name = "threefry2x32_5", sym_visibility = "private"}> ({
  ^bb0(%arg185: tensor<ui32>, %arg186: tensor<ui32>, %arg187: tensor<64x64xui32>, %arg188: tensor<64x64xui32>):
    %671 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %672 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %673 = "stablehlo.xor"(%arg185, %arg186) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %674 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %675 = "stablehlo.xor"(%673, %674) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %676 = "stablehlo.broadcast_in_dim"(%arg185) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %677 = "stablehlo.add"(%arg187, %676) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %678 = "stablehlo.broadcast_in_dim"(%arg186) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %679 = "stablehlo.add"(%arg188, %678) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %680 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %681 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %682:9 = "stablehlo.while"(%681, %680, %677, %679, %arg186, %675, %arg185, %671, %672) ({
    ^bb0(%arg198: tensor<i32>, %arg199: tensor<i32>, %arg200: tensor<64x64xui32>, %arg201: tensor<64x64xui32>, %arg202: tensor<ui32>, %arg203: tensor<ui32>, %arg204: tensor<ui32>, %arg205: tensor<4xui32>, %arg206: tensor<4xui32>):
      %686 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %687 = "stablehlo.compare"(%arg198, %686) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%687) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg189: tensor<i32>, %arg190: tensor<i32>, %arg191: tensor<64x64xui32>, %arg192: tensor<64x64xui32>, %arg193: tensor<ui32>, %arg194: tensor<ui32>, %arg195: tensor<ui32>, %arg196: tensor<4xui32>, %arg197: tensor<4xui32>):
      %683:8 = "func.call"(%arg190, %arg191, %arg192, %arg193, %arg194, %arg195, %arg196, %arg197) <{callee = @closed_call_6}> : (tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %684 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %685 = "stablehlo.add"(%arg189, %684) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%685, %683#0, %683#1, %683#2, %683#3, %683#4, %683#5, %683#6, %683#7) : (tensor<i32>, tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%682#2, %682#3) : (tensor<64x64xui32>, tensor<64x64xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_6", sym_visibility = "private"}> ({
  ^bb0(%arg177: tensor<i32>, %arg178: tensor<64x64xui32>, %arg179: tensor<64x64xui32>, %arg180: tensor<ui32>, %arg181: tensor<ui32>, %arg182: tensor<ui32>, %arg183: tensor<4xui32>, %arg184: tensor<4xui32>):
    %616 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %617 = "stablehlo.add"(%arg177, %616) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %618 = "stablehlo.slice"(%arg183) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %619 = "stablehlo.reshape"(%618) : (tensor<1xui32>) -> tensor<ui32>
    %620 = "stablehlo.add"(%arg178, %arg179) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %621 = "stablehlo.broadcast_in_dim"(%619) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %622 = "stablehlo.shift_left"(%arg179, %621) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %623 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %624 = "stablehlo.subtract"(%623, %619) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %625 = "stablehlo.broadcast_in_dim"(%624) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %626 = "stablehlo.shift_right_logical"(%arg179, %625) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %627 = "stablehlo.or"(%622, %626) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %628 = "stablehlo.xor"(%620, %627) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %629 = "stablehlo.slice"(%arg183) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %630 = "stablehlo.reshape"(%629) : (tensor<1xui32>) -> tensor<ui32>
    %631 = "stablehlo.add"(%620, %628) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %632 = "stablehlo.broadcast_in_dim"(%630) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %633 = "stablehlo.shift_left"(%628, %632) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %634 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %635 = "stablehlo.subtract"(%634, %630) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %636 = "stablehlo.broadcast_in_dim"(%635) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %637 = "stablehlo.shift_right_logical"(%628, %636) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %638 = "stablehlo.or"(%633, %637) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %639 = "stablehlo.xor"(%631, %638) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %640 = "stablehlo.slice"(%arg183) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %641 = "stablehlo.reshape"(%640) : (tensor<1xui32>) -> tensor<ui32>
    %642 = "stablehlo.add"(%631, %639) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %643 = "stablehlo.broadcast_in_dim"(%641) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %644 = "stablehlo.shift_left"(%639, %643) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %645 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %646 = "stablehlo.subtract"(%645, %641) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %647 = "stablehlo.broadcast_in_dim"(%646) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %648 = "stablehlo.shift_right_logical"(%639, %647) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %649 = "stablehlo.or"(%644, %648) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %650 = "stablehlo.xor"(%642, %649) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %651 = "stablehlo.slice"(%arg183) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %652 = "stablehlo.reshape"(%651) : (tensor<1xui32>) -> tensor<ui32>
    %653 = "stablehlo.add"(%642, %650) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %654 = "stablehlo.broadcast_in_dim"(%652) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %655 = "stablehlo.shift_left"(%650, %654) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %656 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %657 = "stablehlo.subtract"(%656, %652) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %658 = "stablehlo.broadcast_in_dim"(%657) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %659 = "stablehlo.shift_right_logical"(%650, %658) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %660 = "stablehlo.or"(%655, %659) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %661 = "stablehlo.xor"(%653, %660) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %662 = "stablehlo.broadcast_in_dim"(%arg180) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %663 = "stablehlo.add"(%653, %662) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %664 = "stablehlo.broadcast_in_dim"(%arg181) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %665 = "stablehlo.add"(%661, %664) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %666 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %667 = "stablehlo.add"(%arg177, %666) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %668 = "stablehlo.convert"(%667) : (tensor<i32>) -> tensor<ui32>
    %669 = "stablehlo.broadcast_in_dim"(%668) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %670 = "stablehlo.add"(%665, %669) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    "func.return"(%617, %663, %670, %arg181, %arg182, %arg180, %arg184, %arg183) : (tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<64x64xf32>, tensor<2x16xi32>) -> tensor<2x16x64xf32>, res_attrs = [{}], sym_name = "_take_7", sym_visibility = "private"}> ({
  ^bb0(%arg173: tensor<64x64xf32>, %arg174: tensor<2x16xi32>):
    %592 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %593 = "stablehlo.broadcast_in_dim"(%592) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x16xi32>
    %594 = "stablehlo.compare"(%arg174, %593) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2x16xi32>, tensor<2x16xi32>) -> tensor<2x16xi1>
    %595 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
    %596 = "stablehlo.broadcast_in_dim"(%595) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x16xi32>
    %597 = "stablehlo.add"(%arg174, %596) : (tensor<2x16xi32>, tensor<2x16xi32>) -> tensor<2x16xi32>
    %598 = "func.call"(%594, %597, %arg174) <{callee = @_where}> : (tensor<2x16xi1>, tensor<2x16xi32>, tensor<2x16xi32>) -> tensor<2x16xi32>
    %599 = "stablehlo.broadcast_in_dim"(%598) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x16xi32>) -> tensor<2x16x1xi32>
    %600 = "stablehlo.constant"() <{value = dense<63> : tensor<1xi32>}> : () -> tensor<1xi32>
    %601 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %602 = "stablehlo.broadcast_in_dim"(%601) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x16x1xi32>
    %603 = "stablehlo.compare"(%599, %602) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<2x16x1xi32>, tensor<2x16x1xi32>) -> tensor<2x16x1xi1>
    %604 = "stablehlo.broadcast_in_dim"(%600) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %605 = "stablehlo.broadcast_in_dim"(%604) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<2x16x1xi32>
    %606 = "stablehlo.compare"(%599, %605) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<2x16x1xi32>, tensor<2x16x1xi32>) -> tensor<2x16x1xi1>
    %607 = "stablehlo.and"(%603, %606) : (tensor<2x16x1xi1>, tensor<2x16x1xi1>) -> tensor<2x16x1xi1>
    %608 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %609 = "stablehlo.reduce"(%607, %608) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg175: tensor<i1>, %arg176: tensor<i1>):
      %615 = "stablehlo.and"(%arg175, %arg176) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%615) : (tensor<i1>) -> ()
    }) : (tensor<2x16x1xi1>, tensor<i1>) -> tensor<2x16xi1>
    %610 = "stablehlo.gather"(%arg173, %599) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<64x64xf32>, tensor<2x16x1xi32>) -> tensor<2x16x64xf32>
    %611 = "stablehlo.broadcast_in_dim"(%609) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x16xi1>) -> tensor<2x16x64xi1>
    %612 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %613 = "stablehlo.broadcast_in_dim"(%612) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x16x64xf32>
    %614 = "stablehlo.select"(%611, %610, %613) : (tensor<2x16x64xi1>, tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    "func.return"(%614) : (tensor<2x16x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<192x64xf32>, res_attrs = [{}], sym_name = "_normal_8", sym_visibility = "private"}> ({
  ^bb0(%arg172: tensor<2xui32>):
    %591 = "func.call"(%arg172) <{callee = @_normal_real_9}> : (tensor<2xui32>) -> tensor<192x64xf32>
    "func.return"(%591) : (tensor<192x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<192x64xf32>, res_attrs = [{}], sym_name = "_normal_real_9", sym_visibility = "private"}> ({
  ^bb0(%arg171: tensor<2xui32>):
    %584 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %585 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %586 = "func.call"(%arg171, %584, %585) <{callee = @_uniform_10}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<192x64xf32>
    %587 = "chlo.erf_inv"(%586) : (tensor<192x64xf32>) -> tensor<192x64xf32>
    %588 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %589 = "stablehlo.broadcast_in_dim"(%588) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<192x64xf32>
    %590 = "stablehlo.multiply"(%589, %587) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    "func.return"(%590) : (tensor<192x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<192x64xf32>, res_attrs = [{}], sym_name = "_uniform_10", sym_visibility = "private"}> ({
  ^bb0(%arg168: tensor<2xui32>, %arg169: tensor<f32>, %arg170: tensor<f32>):
    %545 = "stablehlo.broadcast_in_dim"(%arg169) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %546 = "stablehlo.broadcast_in_dim"(%arg170) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %547 = "stablehlo.slice"(%arg168) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %548 = "stablehlo.reshape"(%547) : (tensor<1xui32>) -> tensor<ui32>
    %549 = "stablehlo.slice"(%arg168) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %550 = "stablehlo.reshape"(%549) : (tensor<1xui32>) -> tensor<ui32>
    %551 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<192x64xui64>
    %552 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<192x64xui64>
    %553 = "stablehlo.constant"() <{value = dense<64> : tensor<ui64>}> : () -> tensor<ui64>
    %554 = "stablehlo.broadcast_in_dim"(%553) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<192x64xui64>
    %555 = "stablehlo.multiply"(%554, %551) : (tensor<192x64xui64>, tensor<192x64xui64>) -> tensor<192x64xui64>
    %556 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %557 = "stablehlo.broadcast_in_dim"(%556) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<192x64xui64>
    %558 = "stablehlo.multiply"(%557, %552) : (tensor<192x64xui64>, tensor<192x64xui64>) -> tensor<192x64xui64>
    %559 = "stablehlo.add"(%555, %558) : (tensor<192x64xui64>, tensor<192x64xui64>) -> tensor<192x64xui64>
    %560 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %561 = "stablehlo.broadcast_in_dim"(%560) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<192x64xui64>
    %562 = "stablehlo.shift_right_logical"(%559, %561) : (tensor<192x64xui64>, tensor<192x64xui64>) -> tensor<192x64xui64>
    %563 = "stablehlo.convert"(%559) : (tensor<192x64xui64>) -> tensor<192x64xui32>
    %564 = "stablehlo.convert"(%562) : (tensor<192x64xui64>) -> tensor<192x64xui32>
    %565:2 = "func.call"(%548, %550, %564, %563) <{callee = @threefry2x32_11}> : (tensor<ui32>, tensor<ui32>, tensor<192x64xui32>, tensor<192x64xui32>) -> (tensor<192x64xui32>, tensor<192x64xui32>)
    %566 = "stablehlo.xor"(%565#0, %565#1) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %567 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %568 = "stablehlo.broadcast_in_dim"(%567) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %569 = "stablehlo.shift_right_logical"(%566, %568) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %570 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %571 = "stablehlo.broadcast_in_dim"(%570) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %572 = "stablehlo.or"(%569, %571) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %573 = "stablehlo.bitcast_convert"(%572) : (tensor<192x64xui32>) -> tensor<192x64xf32>
    %574 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %575 = "stablehlo.broadcast_in_dim"(%574) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<192x64xf32>
    %576 = "stablehlo.subtract"(%573, %575) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    %577 = "stablehlo.subtract"(%546, %545) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %578 = "stablehlo.broadcast_in_dim"(%577) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<192x64xf32>
    %579 = "stablehlo.multiply"(%576, %578) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    %580 = "stablehlo.broadcast_in_dim"(%545) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<192x64xf32>
    %581 = "stablehlo.add"(%579, %580) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    %582 = "stablehlo.broadcast_in_dim"(%545) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<192x64xf32>
    %583 = "stablehlo.maximum"(%582, %581) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    "func.return"(%583) : (tensor<192x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<192x64xui32>, tensor<192x64xui32>) -> (tensor<192x64xui32>, tensor<192x64xui32>), sym_name = "threefry2x32_11", sym_visibility = "private"}> ({
  ^bb0(%arg146: tensor<ui32>, %arg147: tensor<ui32>, %arg148: tensor<192x64xui32>, %arg149: tensor<192x64xui32>):
    %528 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %529 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %530 = "stablehlo.xor"(%arg146, %arg147) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %531 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %532 = "stablehlo.xor"(%530, %531) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %533 = "stablehlo.broadcast_in_dim"(%arg146) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %534 = "stablehlo.add"(%arg148, %533) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %535 = "stablehlo.broadcast_in_dim"(%arg147) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %536 = "stablehlo.add"(%arg149, %535) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %537 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %538 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %539:9 = "stablehlo.while"(%538, %537, %534, %536, %arg147, %532, %arg146, %528, %529) ({
    ^bb0(%arg159: tensor<i32>, %arg160: tensor<i32>, %arg161: tensor<192x64xui32>, %arg162: tensor<192x64xui32>, %arg163: tensor<ui32>, %arg164: tensor<ui32>, %arg165: tensor<ui32>, %arg166: tensor<4xui32>, %arg167: tensor<4xui32>):
      %543 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %544 = "stablehlo.compare"(%arg159, %543) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%544) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg150: tensor<i32>, %arg151: tensor<i32>, %arg152: tensor<192x64xui32>, %arg153: tensor<192x64xui32>, %arg154: tensor<ui32>, %arg155: tensor<ui32>, %arg156: tensor<ui32>, %arg157: tensor<4xui32>, %arg158: tensor<4xui32>):
      %540:8 = "func.call"(%arg151, %arg152, %arg153, %arg154, %arg155, %arg156, %arg157, %arg158) <{callee = @closed_call_12}> : (tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %541 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %542 = "stablehlo.add"(%arg150, %541) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%542, %540#0, %540#1, %540#2, %540#3, %540#4, %540#5, %540#6, %540#7) : (tensor<i32>, tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%539#2, %539#3) : (tensor<192x64xui32>, tensor<192x64xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_12", sym_visibility = "private"}> ({
  ^bb0(%arg138: tensor<i32>, %arg139: tensor<192x64xui32>, %arg140: tensor<192x64xui32>, %arg141: tensor<ui32>, %arg142: tensor<ui32>, %arg143: tensor<ui32>, %arg144: tensor<4xui32>, %arg145: tensor<4xui32>):
    %473 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %474 = "stablehlo.add"(%arg138, %473) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %475 = "stablehlo.slice"(%arg144) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %476 = "stablehlo.reshape"(%475) : (tensor<1xui32>) -> tensor<ui32>
    %477 = "stablehlo.add"(%arg139, %arg140) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %478 = "stablehlo.broadcast_in_dim"(%476) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %479 = "stablehlo.shift_left"(%arg140, %478) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %480 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %481 = "stablehlo.subtract"(%480, %476) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %482 = "stablehlo.broadcast_in_dim"(%481) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %483 = "stablehlo.shift_right_logical"(%arg140, %482) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %484 = "stablehlo.or"(%479, %483) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %485 = "stablehlo.xor"(%477, %484) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %486 = "stablehlo.slice"(%arg144) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %487 = "stablehlo.reshape"(%486) : (tensor<1xui32>) -> tensor<ui32>
    %488 = "stablehlo.add"(%477, %485) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %489 = "stablehlo.broadcast_in_dim"(%487) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %490 = "stablehlo.shift_left"(%485, %489) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %491 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %492 = "stablehlo.subtract"(%491, %487) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %493 = "stablehlo.broadcast_in_dim"(%492) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %494 = "stablehlo.shift_right_logical"(%485, %493) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %495 = "stablehlo.or"(%490, %494) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %496 = "stablehlo.xor"(%488, %495) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %497 = "stablehlo.slice"(%arg144) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %498 = "stablehlo.reshape"(%497) : (tensor<1xui32>) -> tensor<ui32>
    %499 = "stablehlo.add"(%488, %496) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %500 = "stablehlo.broadcast_in_dim"(%498) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %501 = "stablehlo.shift_left"(%496, %500) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %502 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %503 = "stablehlo.subtract"(%502, %498) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %504 = "stablehlo.broadcast_in_dim"(%503) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %505 = "stablehlo.shift_right_logical"(%496, %504) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %506 = "stablehlo.or"(%501, %505) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %507 = "stablehlo.xor"(%499, %506) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %508 = "stablehlo.slice"(%arg144) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %509 = "stablehlo.reshape"(%508) : (tensor<1xui32>) -> tensor<ui32>
    %510 = "stablehlo.add"(%499, %507) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %511 = "stablehlo.broadcast_in_dim"(%509) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %512 = "stablehlo.shift_left"(%507, %511) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %513 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %514 = "stablehlo.subtract"(%513, %509) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %515 = "stablehlo.broadcast_in_dim"(%514) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %516 = "stablehlo.shift_right_logical"(%507, %515) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %517 = "stablehlo.or"(%512, %516) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %518 = "stablehlo.xor"(%510, %517) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %519 = "stablehlo.broadcast_in_dim"(%arg141) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %520 = "stablehlo.add"(%510, %519) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %521 = "stablehlo.broadcast_in_dim"(%arg142) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %522 = "stablehlo.add"(%518, %521) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %523 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %524 = "stablehlo.add"(%arg138, %523) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %525 = "stablehlo.convert"(%524) : (tensor<i32>) -> tensor<ui32>
    %526 = "stablehlo.broadcast_in_dim"(%525) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %527 = "stablehlo.add"(%522, %526) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    "func.return"(%474, %520, %527, %arg142, %arg143, %arg141, %arg145, %arg144) : (tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<256x64xf32>, res_attrs = [{}], sym_name = "_normal_13", sym_visibility = "private"}> ({
  ^bb0(%arg137: tensor<2xui32>):
    %472 = "func.call"(%arg137) <{callee = @_normal_real_14}> : (tensor<2xui32>) -> tensor<256x64xf32>
    "func.return"(%472) : (tensor<256x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<256x64xf32>, res_attrs = [{}], sym_name = "_normal_real_14", sym_visibility = "private"}> ({
  ^bb0(%arg136: tensor<2xui32>):
    %465 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %466 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %467 = "func.call"(%arg136, %465, %466) <{callee = @_uniform_15}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<256x64xf32>
    %468 = "chlo.erf_inv"(%467) : (tensor<256x64xf32>) -> tensor<256x64xf32>
    %469 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %470 = "stablehlo.broadcast_in_dim"(%469) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<256x64xf32>
    %471 = "stablehlo.multiply"(%470, %468) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    "func.return"(%471) : (tensor<256x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<256x64xf32>, res_attrs = [{}], sym_name = "_uniform_15", sym_visibility = "private"}> ({
  ^bb0(%arg133: tensor<2xui32>, %arg134: tensor<f32>, %arg135: tensor<f32>):
    %426 = "stablehlo.broadcast_in_dim"(%arg134) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %427 = "stablehlo.broadcast_in_dim"(%arg135) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %428 = "stablehlo.slice"(%arg133) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %429 = "stablehlo.reshape"(%428) : (tensor<1xui32>) -> tensor<ui32>
    %430 = "stablehlo.slice"(%arg133) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %431 = "stablehlo.reshape"(%430) : (tensor<1xui32>) -> tensor<ui32>
    %432 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<256x64xui64>
    %433 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<256x64xui64>
    %434 = "stablehlo.constant"() <{value = dense<64> : tensor<ui64>}> : () -> tensor<ui64>
    %435 = "stablehlo.broadcast_in_dim"(%434) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<256x64xui64>
    %436 = "stablehlo.multiply"(%435, %432) : (tensor<256x64xui64>, tensor<256x64xui64>) -> tensor<256x64xui64>
    %437 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %438 = "stablehlo.broadcast_in_dim"(%437) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<256x64xui64>
    %439 = "stablehlo.multiply"(%438, %433) : (tensor<256x64xui64>, tensor<256x64xui64>) -> tensor<256x64xui64>
    %440 = "stablehlo.add"(%436, %439) : (tensor<256x64xui64>, tensor<256x64xui64>) -> tensor<256x64xui64>
    %441 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %442 = "stablehlo.broadcast_in_dim"(%441) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<256x64xui64>
    %443 = "stablehlo.shift_right_logical"(%440, %442) : (tensor<256x64xui64>, tensor<256x64xui64>) -> tensor<256x64xui64>
    %444 = "stablehlo.convert"(%440) : (tensor<256x64xui64>) -> tensor<256x64xui32>
    %445 = "stablehlo.convert"(%443) : (tensor<256x64xui64>) -> tensor<256x64xui32>
    %446:2 = "func.call"(%429, %431, %445, %444) <{callee = @threefry2x32_16}> : (tensor<ui32>, tensor<ui32>, tensor<256x64xui32>, tensor<256x64xui32>) -> (tensor<256x64xui32>, tensor<256x64xui32>)
    %447 = "stablehlo.xor"(%446#0, %446#1) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %448 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %449 = "stablehlo.broadcast_in_dim"(%448) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %450 = "stablehlo.shift_right_logical"(%447, %449) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %451 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %452 = "stablehlo.broadcast_in_dim"(%451) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %453 = "stablehlo.or"(%450, %452) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %454 = "stablehlo.bitcast_convert"(%453) : (tensor<256x64xui32>) -> tensor<256x64xf32>
    %455 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %456 = "stablehlo.broadcast_in_dim"(%455) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<256x64xf32>
    %457 = "stablehlo.subtract"(%454, %456) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %458 = "stablehlo.subtract"(%427, %426) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %459 = "stablehlo.broadcast_in_dim"(%458) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<256x64xf32>
    %460 = "stablehlo.multiply"(%457, %459) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %461 = "stablehlo.broadcast_in_dim"(%426) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<256x64xf32>
    %462 = "stablehlo.add"(%460, %461) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %463 = "stablehlo.broadcast_in_dim"(%426) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<256x64xf32>
    %464 = "stablehlo.maximum"(%463, %462) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    "func.return"(%464) : (tensor<256x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<256x64xui32>, tensor<256x64xui32>) -> (tensor<256x64xui32>, tensor<256x64xui32>), sym_name = "threefry2x32_16", sym_visibility = "private"}> ({
  ^bb0(%arg111: tensor<ui32>, %arg112: tensor<ui32>, %arg113: tensor<256x64xui32>, %arg114: tensor<256x64xui32>):
    %409 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %410 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %411 = "stablehlo.xor"(%arg111, %arg112) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %412 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %413 = "stablehlo.xor"(%411, %412) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %414 = "stablehlo.broadcast_in_dim"(%arg111) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %415 = "stablehlo.add"(%arg113, %414) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %416 = "stablehlo.broadcast_in_dim"(%arg112) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %417 = "stablehlo.add"(%arg114, %416) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %418 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %419 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %420:9 = "stablehlo.while"(%419, %418, %415, %417, %arg112, %413, %arg111, %409, %410) ({
    ^bb0(%arg124: tensor<i32>, %arg125: tensor<i32>, %arg126: tensor<256x64xui32>, %arg127: tensor<256x64xui32>, %arg128: tensor<ui32>, %arg129: tensor<ui32>, %arg130: tensor<ui32>, %arg131: tensor<4xui32>, %arg132: tensor<4xui32>):
      %424 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %425 = "stablehlo.compare"(%arg124, %424) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%425) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg115: tensor<i32>, %arg116: tensor<i32>, %arg117: tensor<256x64xui32>, %arg118: tensor<256x64xui32>, %arg119: tensor<ui32>, %arg120: tensor<ui32>, %arg121: tensor<ui32>, %arg122: tensor<4xui32>, %arg123: tensor<4xui32>):
      %421:8 = "func.call"(%arg116, %arg117, %arg118, %arg119, %arg120, %arg121, %arg122, %arg123) <{callee = @closed_call_17}> : (tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %422 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %423 = "stablehlo.add"(%arg115, %422) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%423, %421#0, %421#1, %421#2, %421#3, %421#4, %421#5, %421#6, %421#7) : (tensor<i32>, tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%420#2, %420#3) : (tensor<256x64xui32>, tensor<256x64xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_17", sym_visibility = "private"}> ({
  ^bb0(%arg103: tensor<i32>, %arg104: tensor<256x64xui32>, %arg105: tensor<256x64xui32>, %arg106: tensor<ui32>, %arg107: tensor<ui32>, %arg108: tensor<ui32>, %arg109: tensor<4xui32>, %arg110: tensor<4xui32>):
    %354 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %355 = "stablehlo.add"(%arg103, %354) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %356 = "stablehlo.slice"(%arg109) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %357 = "stablehlo.reshape"(%356) : (tensor<1xui32>) -> tensor<ui32>
    %358 = "stablehlo.add"(%arg104, %arg105) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %359 = "stablehlo.broadcast_in_dim"(%357) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %360 = "stablehlo.shift_left"(%arg105, %359) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %361 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %362 = "stablehlo.subtract"(%361, %357) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %363 = "stablehlo.broadcast_in_dim"(%362) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %364 = "stablehlo.shift_right_logical"(%arg105, %363) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %365 = "stablehlo.or"(%360, %364) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %366 = "stablehlo.xor"(%358, %365) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %367 = "stablehlo.slice"(%arg109) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %368 = "stablehlo.reshape"(%367) : (tensor<1xui32>) -> tensor<ui32>
    %369 = "stablehlo.add"(%358, %366) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %370 = "stablehlo.broadcast_in_dim"(%368) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %371 = "stablehlo.shift_left"(%366, %370) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %372 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %373 = "stablehlo.subtract"(%372, %368) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %374 = "stablehlo.broadcast_in_dim"(%373) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %375 = "stablehlo.shift_right_logical"(%366, %374) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %376 = "stablehlo.or"(%371, %375) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %377 = "stablehlo.xor"(%369, %376) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %378 = "stablehlo.slice"(%arg109) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %379 = "stablehlo.reshape"(%378) : (tensor<1xui32>) -> tensor<ui32>
    %380 = "stablehlo.add"(%369, %377) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %381 = "stablehlo.broadcast_in_dim"(%379) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %382 = "stablehlo.shift_left"(%377, %381) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %383 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %384 = "stablehlo.subtract"(%383, %379) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %385 = "stablehlo.broadcast_in_dim"(%384) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %386 = "stablehlo.shift_right_logical"(%377, %385) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %387 = "stablehlo.or"(%382, %386) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %388 = "stablehlo.xor"(%380, %387) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %389 = "stablehlo.slice"(%arg109) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %390 = "stablehlo.reshape"(%389) : (tensor<1xui32>) -> tensor<ui32>
    %391 = "stablehlo.add"(%380, %388) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %392 = "stablehlo.broadcast_in_dim"(%390) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %393 = "stablehlo.shift_left"(%388, %392) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %394 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %395 = "stablehlo.subtract"(%394, %390) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %396 = "stablehlo.broadcast_in_dim"(%395) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %397 = "stablehlo.shift_right_logical"(%388, %396) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %398 = "stablehlo.or"(%393, %397) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %399 = "stablehlo.xor"(%391, %398) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %400 = "stablehlo.broadcast_in_dim"(%arg106) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %401 = "stablehlo.add"(%391, %400) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %402 = "stablehlo.broadcast_in_dim"(%arg107) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %403 = "stablehlo.add"(%399, %402) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %404 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %405 = "stablehlo.add"(%arg103, %404) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %406 = "stablehlo.convert"(%405) : (tensor<i32>) -> tensor<ui32>
    %407 = "stablehlo.broadcast_in_dim"(%406) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %408 = "stablehlo.add"(%403, %407) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    "func.return"(%355, %401, %408, %arg107, %arg108, %arg106, %arg110, %arg109) : (tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<64x256xf32>, res_attrs = [{}], sym_name = "_normal_18", sym_visibility = "private"}> ({
  ^bb0(%arg102: tensor<2xui32>):
    %353 = "func.call"(%arg102) <{callee = @_normal_real_19}> : (tensor<2xui32>) -> tensor<64x256xf32>
    "func.return"(%353) : (tensor<64x256xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<64x256xf32>, res_attrs = [{}], sym_name = "_normal_real_19", sym_visibility = "private"}> ({
  ^bb0(%arg101: tensor<2xui32>):
    %346 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %347 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %348 = "func.call"(%arg101, %346, %347) <{callee = @_uniform_20}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<64x256xf32>
    %349 = "chlo.erf_inv"(%348) : (tensor<64x256xf32>) -> tensor<64x256xf32>
    %350 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %351 = "stablehlo.broadcast_in_dim"(%350) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x256xf32>
    %352 = "stablehlo.multiply"(%351, %349) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    "func.return"(%352) : (tensor<64x256xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<64x256xf32>, res_attrs = [{}], sym_name = "_uniform_20", sym_visibility = "private"}> ({
  ^bb0(%arg98: tensor<2xui32>, %arg99: tensor<f32>, %arg100: tensor<f32>):
    %307 = "stablehlo.broadcast_in_dim"(%arg99) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %308 = "stablehlo.broadcast_in_dim"(%arg100) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %309 = "stablehlo.slice"(%arg98) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %310 = "stablehlo.reshape"(%309) : (tensor<1xui32>) -> tensor<ui32>
    %311 = "stablehlo.slice"(%arg98) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %312 = "stablehlo.reshape"(%311) : (tensor<1xui32>) -> tensor<ui32>
    %313 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64x256xui64>
    %314 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<64x256xui64>
    %315 = "stablehlo.constant"() <{value = dense<256> : tensor<ui64>}> : () -> tensor<ui64>
    %316 = "stablehlo.broadcast_in_dim"(%315) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x256xui64>
    %317 = "stablehlo.multiply"(%316, %313) : (tensor<64x256xui64>, tensor<64x256xui64>) -> tensor<64x256xui64>
    %318 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %319 = "stablehlo.broadcast_in_dim"(%318) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x256xui64>
    %320 = "stablehlo.multiply"(%319, %314) : (tensor<64x256xui64>, tensor<64x256xui64>) -> tensor<64x256xui64>
    %321 = "stablehlo.add"(%317, %320) : (tensor<64x256xui64>, tensor<64x256xui64>) -> tensor<64x256xui64>
    %322 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %323 = "stablehlo.broadcast_in_dim"(%322) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x256xui64>
    %324 = "stablehlo.shift_right_logical"(%321, %323) : (tensor<64x256xui64>, tensor<64x256xui64>) -> tensor<64x256xui64>
    %325 = "stablehlo.convert"(%321) : (tensor<64x256xui64>) -> tensor<64x256xui32>
    %326 = "stablehlo.convert"(%324) : (tensor<64x256xui64>) -> tensor<64x256xui32>
    %327:2 = "func.call"(%310, %312, %326, %325) <{callee = @threefry2x32_21}> : (tensor<ui32>, tensor<ui32>, tensor<64x256xui32>, tensor<64x256xui32>) -> (tensor<64x256xui32>, tensor<64x256xui32>)
    %328 = "stablehlo.xor"(%327#0, %327#1) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %329 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %330 = "stablehlo.broadcast_in_dim"(%329) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %331 = "stablehlo.shift_right_logical"(%328, %330) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %332 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %333 = "stablehlo.broadcast_in_dim"(%332) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %334 = "stablehlo.or"(%331, %333) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %335 = "stablehlo.bitcast_convert"(%334) : (tensor<64x256xui32>) -> tensor<64x256xf32>
    %336 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %337 = "stablehlo.broadcast_in_dim"(%336) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x256xf32>
    %338 = "stablehlo.subtract"(%335, %337) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    %339 = "stablehlo.subtract"(%308, %307) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %340 = "stablehlo.broadcast_in_dim"(%339) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x256xf32>
    %341 = "stablehlo.multiply"(%338, %340) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    %342 = "stablehlo.broadcast_in_dim"(%307) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x256xf32>
    %343 = "stablehlo.add"(%341, %342) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    %344 = "stablehlo.broadcast_in_dim"(%307) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x256xf32>
    %345 = "stablehlo.maximum"(%344, %343) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    "func.return"(%345) : (tensor<64x256xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<64x256xui32>, tensor<64x256xui32>) -> (tensor<64x256xui32>, tensor<64x256xui32>), sym_name = "threefry2x32_21", sym_visibility = "private"}> ({
  ^bb0(%arg76: tensor<ui32>, %arg77: tensor<ui32>, %arg78: tensor<64x256xui32>, %arg79: tensor<64x256xui32>):
    %290 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %291 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %292 = "stablehlo.xor"(%arg76, %arg77) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %293 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %294 = "stablehlo.xor"(%292, %293) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %295 = "stablehlo.broadcast_in_dim"(%arg76) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %296 = "stablehlo.add"(%arg78, %295) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %297 = "stablehlo.broadcast_in_dim"(%arg77) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %298 = "stablehlo.add"(%arg79, %297) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %299 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %300 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %301:9 = "stablehlo.while"(%300, %299, %296, %298, %arg77, %294, %arg76, %290, %291) ({
    ^bb0(%arg89: tensor<i32>, %arg90: tensor<i32>, %arg91: tensor<64x256xui32>, %arg92: tensor<64x256xui32>, %arg93: tensor<ui32>, %arg94: tensor<ui32>, %arg95: tensor<ui32>, %arg96: tensor<4xui32>, %arg97: tensor<4xui32>):
      %305 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %306 = "stablehlo.compare"(%arg89, %305) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%306) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg80: tensor<i32>, %arg81: tensor<i32>, %arg82: tensor<64x256xui32>, %arg83: tensor<64x256xui32>, %arg84: tensor<ui32>, %arg85: tensor<ui32>, %arg86: tensor<ui32>, %arg87: tensor<4xui32>, %arg88: tensor<4xui32>):
      %302:8 = "func.call"(%arg81, %arg82, %arg83, %arg84, %arg85, %arg86, %arg87, %arg88) <{callee = @closed_call_22}> : (tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %303 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %304 = "stablehlo.add"(%arg80, %303) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%304, %302#0, %302#1, %302#2, %302#3, %302#4, %302#5, %302#6, %302#7) : (tensor<i32>, tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%301#2, %301#3) : (tensor<64x256xui32>, tensor<64x256xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_22", sym_visibility = "private"}> ({
  ^bb0(%arg68: tensor<i32>, %arg69: tensor<64x256xui32>, %arg70: tensor<64x256xui32>, %arg71: tensor<ui32>, %arg72: tensor<ui32>, %arg73: tensor<ui32>, %arg74: tensor<4xui32>, %arg75: tensor<4xui32>):
    %235 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %236 = "stablehlo.add"(%arg68, %235) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %237 = "stablehlo.slice"(%arg74) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %238 = "stablehlo.reshape"(%237) : (tensor<1xui32>) -> tensor<ui32>
    %239 = "stablehlo.add"(%arg69, %arg70) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %240 = "stablehlo.broadcast_in_dim"(%238) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %241 = "stablehlo.shift_left"(%arg70, %240) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %242 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %243 = "stablehlo.subtract"(%242, %238) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %244 = "stablehlo.broadcast_in_dim"(%243) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %245 = "stablehlo.shift_right_logical"(%arg70, %244) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %246 = "stablehlo.or"(%241, %245) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %247 = "stablehlo.xor"(%239, %246) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %248 = "stablehlo.slice"(%arg74) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %249 = "stablehlo.reshape"(%248) : (tensor<1xui32>) -> tensor<ui32>
    %250 = "stablehlo.add"(%239, %247) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %251 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %252 = "stablehlo.shift_left"(%247, %251) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %253 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %254 = "stablehlo.subtract"(%253, %249) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %255 = "stablehlo.broadcast_in_dim"(%254) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %256 = "stablehlo.shift_right_logical"(%247, %255) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %257 = "stablehlo.or"(%252, %256) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %258 = "stablehlo.xor"(%250, %257) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %259 = "stablehlo.slice"(%arg74) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %260 = "stablehlo.reshape"(%259) : (tensor<1xui32>) -> tensor<ui32>
    %261 = "stablehlo.add"(%250, %258) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %262 = "stablehlo.broadcast_in_dim"(%260) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %263 = "stablehlo.shift_left"(%258, %262) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %264 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %265 = "stablehlo.subtract"(%264, %260) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %266 = "stablehlo.broadcast_in_dim"(%265) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %267 = "stablehlo.shift_right_logical"(%258, %266) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %268 = "stablehlo.or"(%263, %267) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %269 = "stablehlo.xor"(%261, %268) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %270 = "stablehlo.slice"(%arg74) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %271 = "stablehlo.reshape"(%270) : (tensor<1xui32>) -> tensor<ui32>
    %272 = "stablehlo.add"(%261, %269) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %273 = "stablehlo.broadcast_in_dim"(%271) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %274 = "stablehlo.shift_left"(%269, %273) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %275 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %276 = "stablehlo.subtract"(%275, %271) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %277 = "stablehlo.broadcast_in_dim"(%276) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %278 = "stablehlo.shift_right_logical"(%269, %277) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %279 = "stablehlo.or"(%274, %278) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %280 = "stablehlo.xor"(%272, %279) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %281 = "stablehlo.broadcast_in_dim"(%arg71) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %282 = "stablehlo.add"(%272, %281) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %283 = "stablehlo.broadcast_in_dim"(%arg72) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %284 = "stablehlo.add"(%280, %283) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %285 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %286 = "stablehlo.add"(%arg68, %285) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %287 = "stablehlo.convert"(%286) : (tensor<i32>) -> tensor<ui32>
    %288 = "stablehlo.broadcast_in_dim"(%287) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %289 = "stablehlo.add"(%284, %288) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    "func.return"(%236, %282, %289, %arg72, %arg73, %arg71, %arg75, %arg74) : (tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<64x97xf32>, res_attrs = [{}], sym_name = "_normal_23", sym_visibility = "private"}> ({
  ^bb0(%arg67: tensor<2xui32>):
    %234 = "func.call"(%arg67) <{callee = @_normal_real_24}> : (tensor<2xui32>) -> tensor<64x97xf32>
    "func.return"(%234) : (tensor<64x97xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<64x97xf32>, res_attrs = [{}], sym_name = "_normal_real_24", sym_visibility = "private"}> ({
  ^bb0(%arg66: tensor<2xui32>):
    %227 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %228 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %229 = "func.call"(%arg66, %227, %228) <{callee = @_uniform_25}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<64x97xf32>
    %230 = "chlo.erf_inv"(%229) : (tensor<64x97xf32>) -> tensor<64x97xf32>
    %231 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %232 = "stablehlo.broadcast_in_dim"(%231) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x97xf32>
    %233 = "stablehlo.multiply"(%232, %230) : (tensor<64x97xf32>, tensor<64x97xf32>) -> tensor<64x97xf32>
    "func.return"(%233) : (tensor<64x97xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<64x97xf32>, res_attrs = [{}], sym_name = "_uniform_25", sym_visibility = "private"}> ({
  ^bb0(%arg63: tensor<2xui32>, %arg64: tensor<f32>, %arg65: tensor<f32>):
    %188 = "stablehlo.broadcast_in_dim"(%arg64) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %189 = "stablehlo.broadcast_in_dim"(%arg65) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %190 = "stablehlo.slice"(%arg63) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %191 = "stablehlo.reshape"(%190) : (tensor<1xui32>) -> tensor<ui32>
    %192 = "stablehlo.slice"(%arg63) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %193 = "stablehlo.reshape"(%192) : (tensor<1xui32>) -> tensor<ui32>
    %194 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64x97xui64>
    %195 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<64x97xui64>
    %196 = "stablehlo.constant"() <{value = dense<97> : tensor<ui64>}> : () -> tensor<ui64>
    %197 = "stablehlo.broadcast_in_dim"(%196) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x97xui64>
    %198 = "stablehlo.multiply"(%197, %194) : (tensor<64x97xui64>, tensor<64x97xui64>) -> tensor<64x97xui64>
    %199 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %200 = "stablehlo.broadcast_in_dim"(%199) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x97xui64>
    %201 = "stablehlo.multiply"(%200, %195) : (tensor<64x97xui64>, tensor<64x97xui64>) -> tensor<64x97xui64>
    %202 = "stablehlo.add"(%198, %201) : (tensor<64x97xui64>, tensor<64x97xui64>) -> tensor<64x97xui64>
    %203 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %204 = "stablehlo.broadcast_in_dim"(%203) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x97xui64>
    %205 = "stablehlo.shift_right_logical"(%202, %204) : (tensor<64x97xui64>, tensor<64x97xui64>) -> tensor<64x97xui64>
    %206 = "stablehlo.convert"(%202) : (tensor<64x97xui64>) -> tensor<64x97xui32>
    %207 = "stablehlo.convert"(%205) : (tensor<64x97xui64>) -> tensor<64x97xui32>
    %208:2 = "func.call"(%191, %193, %207, %206) <{callee = @threefry2x32_26}> : (tensor<ui32>, tensor<ui32>, tensor<64x97xui32>, tensor<64x97xui32>) -> (tensor<64x97xui32>, tensor<64x97xui32>)
    %209 = "stablehlo.xor"(%208#0, %208#1) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %210 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %211 = "stablehlo.broadcast_in_dim"(%210) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %212 = "stablehlo.shift_right_logical"(%209, %211) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %213 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %214 = "stablehlo.broadcast_in_dim"(%213) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %215 = "stablehlo.or"(%212, %214) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %216 = "stablehlo.bitcast_convert"(%215) : (tensor<64x97xui32>) -> tensor<64x97xf32>
    %217 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %218 = "stablehlo.broadcast_in_dim"(%217) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x97xf32>
    %219 = "stablehlo.subtract"(%216, %218) : (tensor<64x97xf32>, tensor<64x97xf32>) -> tensor<64x97xf32>
    %220 = "stablehlo.subtract"(%189, %188) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %221 = "stablehlo.broadcast_in_dim"(%220) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x97xf32>
    %222 = "stablehlo.multiply"(%219, %221) : (tensor<64x97xf32>, tensor<64x97xf32>) -> tensor<64x97xf32>
    %223 = "stablehlo.broadcast_in_dim"(%188) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x97xf32>
    %224 = "stablehlo.add"(%222, %223) : (tensor<64x97xf32>, tensor<64x97xf32>) -> tensor<64x97xf32>
    %225 = "stablehlo.broadcast_in_dim"(%188) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x97xf32>
    %226 = "stablehlo.maximum"(%225, %224) : (tensor<64x97xf32>, tensor<64x97xf32>) -> tensor<64x97xf32>
    "func.return"(%226) : (tensor<64x97xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<64x97xui32>, tensor<64x97xui32>) -> (tensor<64x97xui32>, tensor<64x97xui32>), sym_name = "threefry2x32_26", sym_visibility = "private"}> ({
  ^bb0(%arg41: tensor<ui32>, %arg42: tensor<ui32>, %arg43: tensor<64x97xui32>, %arg44: tensor<64x97xui32>):
    %171 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %172 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %173 = "stablehlo.xor"(%arg41, %arg42) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %174 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %175 = "stablehlo.xor"(%173, %174) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %176 = "stablehlo.broadcast_in_dim"(%arg41) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %177 = "stablehlo.add"(%arg43, %176) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %178 = "stablehlo.broadcast_in_dim"(%arg42) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %179 = "stablehlo.add"(%arg44, %178) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %180 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %181 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %182:9 = "stablehlo.while"(%181, %180, %177, %179, %arg42, %175, %arg41, %171, %172) ({
    ^bb0(%arg54: tensor<i32>, %arg55: tensor<i32>, %arg56: tensor<64x97xui32>, %arg57: tensor<64x97xui32>, %arg58: tensor<ui32>, %arg59: tensor<ui32>, %arg60: tensor<ui32>, %arg61: tensor<4xui32>, %arg62: tensor<4xui32>):
      %186 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %187 = "stablehlo.compare"(%arg54, %186) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%187) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg45: tensor<i32>, %arg46: tensor<i32>, %arg47: tensor<64x97xui32>, %arg48: tensor<64x97xui32>, %arg49: tensor<ui32>, %arg50: tensor<ui32>, %arg51: tensor<ui32>, %arg52: tensor<4xui32>, %arg53: tensor<4xui32>):
      %183:8 = "func.call"(%arg46, %arg47, %arg48, %arg49, %arg50, %arg51, %arg52, %arg53) <{callee = @closed_call_27}> : (tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %184 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %185 = "stablehlo.add"(%arg45, %184) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%185, %183#0, %183#1, %183#2, %183#3, %183#4, %183#5, %183#6, %183#7) : (tensor<i32>, tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%182#2, %182#3) : (tensor<64x97xui32>, tensor<64x97xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_27", sym_visibility = "private"}> ({
  ^bb0(%arg33: tensor<i32>, %arg34: tensor<64x97xui32>, %arg35: tensor<64x97xui32>, %arg36: tensor<ui32>, %arg37: tensor<ui32>, %arg38: tensor<ui32>, %arg39: tensor<4xui32>, %arg40: tensor<4xui32>):
    %116 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %117 = "stablehlo.add"(%arg33, %116) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %118 = "stablehlo.slice"(%arg39) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %119 = "stablehlo.reshape"(%118) : (tensor<1xui32>) -> tensor<ui32>
    %120 = "stablehlo.add"(%arg34, %arg35) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %121 = "stablehlo.broadcast_in_dim"(%119) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %122 = "stablehlo.shift_left"(%arg35, %121) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %123 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %124 = "stablehlo.subtract"(%123, %119) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %125 = "stablehlo.broadcast_in_dim"(%124) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %126 = "stablehlo.shift_right_logical"(%arg35, %125) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %127 = "stablehlo.or"(%122, %126) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %128 = "stablehlo.xor"(%120, %127) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %129 = "stablehlo.slice"(%arg39) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %130 = "stablehlo.reshape"(%129) : (tensor<1xui32>) -> tensor<ui32>
    %131 = "stablehlo.add"(%120, %128) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %132 = "stablehlo.broadcast_in_dim"(%130) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %133 = "stablehlo.shift_left"(%128, %132) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %134 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %135 = "stablehlo.subtract"(%134, %130) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %136 = "stablehlo.broadcast_in_dim"(%135) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %137 = "stablehlo.shift_right_logical"(%128, %136) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %138 = "stablehlo.or"(%133, %137) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %139 = "stablehlo.xor"(%131, %138) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %140 = "stablehlo.slice"(%arg39) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %141 = "stablehlo.reshape"(%140) : (tensor<1xui32>) -> tensor<ui32>
    %142 = "stablehlo.add"(%131, %139) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %143 = "stablehlo.broadcast_in_dim"(%141) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %144 = "stablehlo.shift_left"(%139, %143) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %145 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %146 = "stablehlo.subtract"(%145, %141) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %147 = "stablehlo.broadcast_in_dim"(%146) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %148 = "stablehlo.shift_right_logical"(%139, %147) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %149 = "stablehlo.or"(%144, %148) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %150 = "stablehlo.xor"(%142, %149) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %151 = "stablehlo.slice"(%arg39) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %152 = "stablehlo.reshape"(%151) : (tensor<1xui32>) -> tensor<ui32>
    %153 = "stablehlo.add"(%142, %150) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %154 = "stablehlo.broadcast_in_dim"(%152) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %155 = "stablehlo.shift_left"(%150, %154) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %156 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %157 = "stablehlo.subtract"(%156, %152) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %158 = "stablehlo.broadcast_in_dim"(%157) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %159 = "stablehlo.shift_right_logical"(%150, %158) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %160 = "stablehlo.or"(%155, %159) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %161 = "stablehlo.xor"(%153, %160) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %162 = "stablehlo.broadcast_in_dim"(%arg36) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %163 = "stablehlo.add"(%153, %162) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %164 = "stablehlo.broadcast_in_dim"(%arg37) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %165 = "stablehlo.add"(%161, %164) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %166 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %167 = "stablehlo.add"(%arg33, %166) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %168 = "stablehlo.convert"(%167) : (tensor<i32>) -> tensor<ui32>
    %169 = "stablehlo.broadcast_in_dim"(%168) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %170 = "stablehlo.add"(%165, %169) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    "func.return"(%117, %163, %170, %arg37, %arg38, %arg36, %arg40, %arg39) : (tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<97x64xf32>, tensor<2x4xi32>) -> tensor<2x4x64xf32>, res_attrs = [{}], sym_name = "_take_28", sym_visibility = "private"}> ({
  ^bb0(%arg29: tensor<97x64xf32>, %arg30: tensor<2x4xi32>):
    %92 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %93 = "stablehlo.broadcast_in_dim"(%92) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x4xi32>
    %94 = "stablehlo.compare"(%arg30, %93) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2x4xi32>, tensor<2x4xi32>) -> tensor<2x4xi1>
    %95 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
    %96 = "stablehlo.broadcast_in_dim"(%95) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x4xi32>
    %97 = "stablehlo.add"(%arg30, %96) : (tensor<2x4xi32>, tensor<2x4xi32>) -> tensor<2x4xi32>
    %98 = "func.call"(%94, %97, %arg30) <{callee = @_where_29}> : (tensor<2x4xi1>, tensor<2x4xi32>, tensor<2x4xi32>) -> tensor<2x4xi32>
    %99 = "stablehlo.broadcast_in_dim"(%98) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x4xi32>) -> tensor<2x4x1xi32>
    %100 = "stablehlo.constant"() <{value = dense<96> : tensor<1xi32>}> : () -> tensor<1xi32>
    %101 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %102 = "stablehlo.broadcast_in_dim"(%101) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x4x1xi32>
    %103 = "stablehlo.compare"(%99, %102) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<2x4x1xi32>, tensor<2x4x1xi32>) -> tensor<2x4x1xi1>
    %104 = "stablehlo.broadcast_in_dim"(%100) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %105 = "stablehlo.broadcast_in_dim"(%104) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<2x4x1xi32>
    %106 = "stablehlo.compare"(%99, %105) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<2x4x1xi32>, tensor<2x4x1xi32>) -> tensor<2x4x1xi1>
    %107 = "stablehlo.and"(%103, %106) : (tensor<2x4x1xi1>, tensor<2x4x1xi1>) -> tensor<2x4x1xi1>
    %108 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %109 = "stablehlo.reduce"(%107, %108) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg31: tensor<i1>, %arg32: tensor<i1>):
      %115 = "stablehlo.and"(%arg31, %arg32) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%115) : (tensor<i1>) -> ()
    }) : (tensor<2x4x1xi1>, tensor<i1>) -> tensor<2x4xi1>
    %110 = "stablehlo.gather"(%arg29, %99) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<97x64xf32>, tensor<2x4x1xi32>) -> tensor<2x4x64xf32>
    %111 = "stablehlo.broadcast_in_dim"(%109) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x4xi1>) -> tensor<2x4x64xi1>
    %112 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %113 = "stablehlo.broadcast_in_dim"(%112) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x64xf32>
    %114 = "stablehlo.select"(%111, %110, %113) : (tensor<2x4x64xi1>, tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    "func.return"(%114) : (tensor<2x4x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2x4xi1>, tensor<2x4xi32>, tensor<2x4xi32>) -> tensor<2x4xi32>, res_attrs = [{}], sym_name = "_where_29", sym_visibility = "private"}> ({
  ^bb0(%arg26: tensor<2x4xi1>, %arg27: tensor<2x4xi32>, %arg28: tensor<2x4xi32>):
    %91 = "stablehlo.select"(%arg26, %arg27, %arg28) : (tensor<2x4xi1>, tensor<2x4xi32>, tensor<2x4xi32>) -> tensor<2x4xi32>
    "func.return"(%91) : (tensor<2x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<64x64xf32>, tensor<2x4xi32>) -> tensor<2x4x64xf32>, res_attrs = [{}], sym_name = "_take_30", sym_visibility = "private"}> ({
  ^bb0(%arg22: tensor<64x64xf32>, %arg23: tensor<2x4xi32>):
    %67 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %68 = "stablehlo.broadcast_in_dim"(%67) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x4xi32>
    %69 = "stablehlo.compare"(%arg23, %68) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2x4xi32>, tensor<2x4xi32>) -> tensor<2x4xi1>
    %70 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
    %71 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x4xi32>
    %72 = "stablehlo.add"(%arg23, %71) : (tensor<2x4xi32>, tensor<2x4xi32>) -> tensor<2x4xi32>
    %73 = "func.call"(%69, %72, %arg23) <{callee = @_where_29}> : (tensor<2x4xi1>, tensor<2x4xi32>, tensor<2x4xi32>) -> tensor<2x4xi32>
    %74 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x4xi32>) -> tensor<2x4x1xi32>
    %75 = "stablehlo.constant"() <{value = dense<63> : tensor<1xi32>}> : () -> tensor<1xi32>
    %76 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %77 = "stablehlo.broadcast_in_dim"(%76) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x4x1xi32>
    %78 = "stablehlo.compare"(%74, %77) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<2x4x1xi32>, tensor<2x4x1xi32>) -> tensor<2x4x1xi1>
    %79 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %80 = "stablehlo.broadcast_in_dim"(%79) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<2x4x1xi32>
    %81 = "stablehlo.compare"(%74, %80) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<2x4x1xi32>, tensor<2x4x1xi32>) -> tensor<2x4x1xi1>
    %82 = "stablehlo.and"(%78, %81) : (tensor<2x4x1xi1>, tensor<2x4x1xi1>) -> tensor<2x4x1xi1>
    %83 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %84 = "stablehlo.reduce"(%82, %83) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg24: tensor<i1>, %arg25: tensor<i1>):
      %90 = "stablehlo.and"(%arg24, %arg25) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%90) : (tensor<i1>) -> ()
    }) : (tensor<2x4x1xi1>, tensor<i1>) -> tensor<2x4xi1>
    %85 = "stablehlo.gather"(%arg22, %74) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<64x64xf32>, tensor<2x4x1xi32>) -> tensor<2x4x64xf32>
    %86 = "stablehlo.broadcast_in_dim"(%84) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x4xi1>) -> tensor<2x4x64xi1>
    %87 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %88 = "stablehlo.broadcast_in_dim"(%87) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x64xf32>
    %89 = "stablehlo.select"(%86, %85, %88) : (tensor<2x4x64xi1>, tensor<2x4x64xf32>, tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
    "func.return"(%89) : (tensor<2x4x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg19: tensor<i32>, %arg20: tensor<i32>, %arg21: tensor<i32>):
    %65 = "stablehlo.maximum"(%arg20, %arg19) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %66 = "stablehlo.minimum"(%arg21, %65) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%66) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i32>, tensor<2x97xf32>, tensor<2x97xf32>) -> tensor<2x97xf32>, res_attrs = [{}], sym_name = "_where_31", sym_visibility = "private"}> ({
  ^bb0(%arg16: tensor<i32>, %arg17: tensor<2x97xf32>, %arg18: tensor<2x97xf32>):
    %62 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %63 = "stablehlo.compare"(%arg16, %62) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %64 = "stablehlo.select"(%63, %arg17, %arg18) : (tensor<i1>, tensor<2x97xf32>, tensor<2x97xf32>) -> tensor<2x97xf32>
    "func.return"(%64) : (tensor<2x97xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2x97xf32>) -> tensor<2xi32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<2x97xf32>):
    %49 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<2x97xi32>
    %50 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %51 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %52:2 = "stablehlo.reduce"(%arg11, %49, %50, %51) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg12: tensor<f32>, %arg13: tensor<i32>, %arg14: tensor<f32>, %arg15: tensor<i32>):
      %53 = "stablehlo.compare"(%arg12, %arg14) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %54 = "stablehlo.compare"(%arg12, %arg12) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %55 = "stablehlo.or"(%53, %54) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %56 = "stablehlo.compare"(%arg12, %arg14) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %57 = "stablehlo.compare"(%arg13, %arg15) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %58 = "stablehlo.and"(%56, %57) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %59 = "stablehlo.or"(%55, %58) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %60 = "stablehlo.select"(%55, %arg12, %arg14) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %61 = "stablehlo.select"(%59, %arg13, %arg15) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%60, %61) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<2x97xf32>, tensor<2x97xi32>, tensor<f32>, tensor<i32>) -> (tensor<2xf32>, tensor<2xi32>)
    "func.return"(%52#1) : (tensor<2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<97x64xf32>, tensor<2x1xi32>) -> tensor<2x1x64xf32>, res_attrs = [{}], sym_name = "_take_32", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<97x64xf32>, %arg8: tensor<2x1xi32>):
    %25 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %26 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x1xi32>
    %27 = "stablehlo.compare"(%arg8, %26) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x1xi1>
    %28 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
    %29 = "stablehlo.broadcast_in_dim"(%28) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x1xi32>
    %30 = "stablehlo.add"(%arg8, %29) : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x1xi32>
    %31 = "func.call"(%27, %30, %arg8) <{callee = @_where_33}> : (tensor<2x1xi1>, tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x1xi32>
    %32 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xi32>) -> tensor<2x1x1xi32>
    %33 = "stablehlo.constant"() <{value = dense<96> : tensor<1xi32>}> : () -> tensor<1xi32>
    %34 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %35 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x1x1xi32>
    %36 = "stablehlo.compare"(%32, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<2x1x1xi32>, tensor<2x1x1xi32>) -> tensor<2x1x1xi1>
    %37 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %38 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<2x1x1xi32>
    %39 = "stablehlo.compare"(%32, %38) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<2x1x1xi32>, tensor<2x1x1xi32>) -> tensor<2x1x1xi1>
    %40 = "stablehlo.and"(%36, %39) : (tensor<2x1x1xi1>, tensor<2x1x1xi1>) -> tensor<2x1x1xi1>
    %41 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %42 = "stablehlo.reduce"(%40, %41) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg9: tensor<i1>, %arg10: tensor<i1>):
      %48 = "stablehlo.and"(%arg9, %arg10) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%48) : (tensor<i1>) -> ()
    }) : (tensor<2x1x1xi1>, tensor<i1>) -> tensor<2x1xi1>
    %43 = "stablehlo.gather"(%arg7, %32) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<97x64xf32>, tensor<2x1x1xi32>) -> tensor<2x1x64xf32>
    %44 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xi1>) -> tensor<2x1x64xi1>
    %45 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %46 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x64xf32>
    %47 = "stablehlo.select"(%44, %43, %46) : (tensor<2x1x64xi1>, tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    "func.return"(%47) : (tensor<2x1x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2x1xi1>, tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x1xi32>, res_attrs = [{}], sym_name = "_where_33", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<2x1xi1>, %arg5: tensor<2x1xi32>, %arg6: tensor<2x1xi32>):
    %24 = "stablehlo.select"(%arg4, %arg5, %arg6) : (tensor<2x1xi1>, tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x1xi32>
    "func.return"(%24) : (tensor<2x1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<64x64xf32>, tensor<2x1xi32>) -> tensor<2x1x64xf32>, res_attrs = [{}], sym_name = "_take_34", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<64x64xf32>, %arg1: tensor<2x1xi32>):
    %0 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x1xi32>
    %2 = "stablehlo.compare"(%arg1, %1) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x1xi1>
    %3 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x1xi32>
    %5 = "stablehlo.add"(%arg1, %4) : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x1xi32>
    %6 = "func.call"(%2, %5, %arg1) <{callee = @_where_33}> : (tensor<2x1xi1>, tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x1xi32>
    %7 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xi32>) -> tensor<2x1x1xi32>
    %8 = "stablehlo.constant"() <{value = dense<63> : tensor<1xi32>}> : () -> tensor<1xi32>
    %9 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %10 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2x1x1xi32>
    %11 = "stablehlo.compare"(%7, %10) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<2x1x1xi32>, tensor<2x1x1xi32>) -> tensor<2x1x1xi1>
    %12 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %13 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<2x1x1xi32>
    %14 = "stablehlo.compare"(%7, %13) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<2x1x1xi32>, tensor<2x1x1xi32>) -> tensor<2x1x1xi1>
    %15 = "stablehlo.and"(%11, %14) : (tensor<2x1x1xi1>, tensor<2x1x1xi1>) -> tensor<2x1x1xi1>
    %16 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %17 = "stablehlo.reduce"(%15, %16) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg2: tensor<i1>, %arg3: tensor<i1>):
      %23 = "stablehlo.and"(%arg2, %arg3) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%23) : (tensor<i1>) -> ()
    }) : (tensor<2x1x1xi1>, tensor<i1>) -> tensor<2x1xi1>
    %18 = "stablehlo.gather"(%arg0, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<64x64xf32>, tensor<2x1x1xi32>) -> tensor<2x1x64xf32>
    %19 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x1xi1>) -> tensor<2x1x64xi1>
    %20 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %21 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x1x64xf32>
    %22 = "stablehlo.select"(%19, %18, %21) : (tensor<2x1x64xi1>, tensor<2x1x64xf32>, tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    "func.return"(%22) : (tensor<2x1x64xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
