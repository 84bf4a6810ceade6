"builtin.module"() <{sym_name = "jit_tril_while"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<101x64xf32>, tensor<64x101xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64xf32>, tensor<1x4xi32>) -> tensor<1x16xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg18: tensor<101x64xf32>, %arg19: tensor<64x101xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<128x64xf32>, %arg23: tensor<64x128xf32>, %arg24: tensor<64x128xf32>, %arg25: tensor<64x32xf32>, %arg26: tensor<64x64xf32>, %arg27: tensor<64x64xf32>, %arg28: tensor<64x32xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<128x64xf32>, %arg32: tensor<64x128xf32>, %arg33: tensor<64x128xf32>, %arg34: tensor<64x32xf32>, %arg35: tensor<64x64xf32>, %arg36: tensor<64x64xf32>, %arg37: tensor<64x32xf32>, %arg38: tensor<64xf32>, %arg39: tensor<1x4xi32>):
    %66 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %67 = "stablehlo.broadcast_in_dim"(%66) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %68 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %69 = "stablehlo.broadcast_in_dim"(%68) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %70 = "stablehlo.scatter"(%67, %69, %arg39) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg98: tensor<i32>, %arg99: tensor<i32>):
      "stablehlo.return"(%arg99) : (tensor<i32>) -> ()
    }) : (tensor<1x16xi32>, tensor<1xi32>, tensor<1x4xi32>) -> tensor<1x16xi32>
    %71 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %72:23 = "stablehlo.while"(%arg18, %arg20, %arg27, %arg25, %arg28, %arg26, %arg21, %arg23, %arg24, %arg22, %arg29, %arg36, %arg34, %arg37, %arg35, %arg30, %arg32, %arg33, %arg31, %arg38, %arg19, %71, %70) ({
    ^bb0(%arg75: tensor<101x64xf32>, %arg76: tensor<64xf32>, %arg77: tensor<64x64xf32>, %arg78: tensor<64x32xf32>, %arg79: tensor<64x32xf32>, %arg80: tensor<64x64xf32>, %arg81: tensor<64xf32>, %arg82: tensor<64x128xf32>, %arg83: tensor<64x128xf32>, %arg84: tensor<128x64xf32>, %arg85: tensor<64xf32>, %arg86: tensor<64x64xf32>, %arg87: tensor<64x32xf32>, %arg88: tensor<64x32xf32>, %arg89: tensor<64x64xf32>, %arg90: tensor<64xf32>, %arg91: tensor<64x128xf32>, %arg92: tensor<64x128xf32>, %arg93: tensor<128x64xf32>, %arg94: tensor<64xf32>, %arg95: tensor<64x101xf32>, %arg96: tensor<i32>, %arg97: tensor<1x16xi32>):
      %384 = "stablehlo.constant"() <{value = dense<15> : tensor<i32>}> : () -> tensor<i32>
      %385 = "stablehlo.compare"(%arg96, %384) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%385) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg40: tensor<101x64xf32>, %arg41: tensor<64xf32>, %arg42: tensor<64x64xf32>, %arg43: tensor<64x32xf32>, %arg44: tensor<64x32xf32>, %arg45: tensor<64x64xf32>, %arg46: tensor<64xf32>, %arg47: tensor<64x128xf32>, %arg48: tensor<64x128xf32>, %arg49: tensor<128x64xf32>, %arg50: tensor<64xf32>, %arg51: tensor<64x64xf32>, %arg52: tensor<64x32xf32>, %arg53: tensor<64x32xf32>, %arg54: tensor<64x64xf32>, %arg55: tensor<64xf32>, %arg56: tensor<64x128xf32>, %arg57: tensor<64x128xf32>, %arg58: tensor<128x64xf32>, %arg59: tensor<64xf32>, %arg60: tensor<64x101xf32>, %arg61: tensor<i32>, %arg62: tensor<1x16xi32>):
      %73 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %74 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
      %75 = "stablehlo.compare"(%arg62, %74) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
      %76 = "stablehlo.constant"() <{value = dense<101> : tensor<i32>}> : () -> tensor<i32>
      %77 = "stablehlo.broadcast_in_dim"(%76) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
      %78 = "stablehlo.add"(%arg62, %77) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
      %79 = "stablehlo.select"(%75, %78, %arg62) : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
      %80 = "stablehlo.broadcast_in_dim"(%79) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi32>) -> tensor<1x16x1xi32>
      %81 = "stablehlo.gather"(%arg40, %80) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<101x64xf32>, tensor<1x16x1xi32>) -> tensor<1x16x64xf32>
      %82 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
      %83 = "stablehlo.multiply"(%81, %81) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %84 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %85 = "stablehlo.reduce"(%83, %84) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg73: tensor<f32>, %arg74: tensor<f32>):
        %383 = "stablehlo.add"(%arg73, %arg74) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%383) : (tensor<f32>) -> ()
      }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
      %86 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %87 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %88 = "stablehlo.broadcast_in_dim"(%87) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %89 = "stablehlo.divide"(%86, %88) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %90 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
      %91 = "stablehlo.broadcast_in_dim"(%90) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %92 = "stablehlo.add"(%89, %91) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %93 = "stablehlo.rsqrt"(%92) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %94 = "stablehlo.broadcast_in_dim"(%93) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
      %95 = "stablehlo.multiply"(%81, %94) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %96 = "stablehlo.broadcast_in_dim"(%arg41) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %97 = "stablehlo.broadcast_in_dim"(%96) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
      %98 = "stablehlo.multiply"(%95, %97) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %99 = "stablehlo.dot_general"(%98, %arg42) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x64xf32>) -> tensor<1x16x64xf32>
      %100 = "stablehlo.reshape"(%99) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
      %101 = "stablehlo.dot_general"(%98, %arg43) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x32xf32>) -> tensor<1x16x32xf32>
      %102 = "stablehlo.reshape"(%101) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %103 = "stablehlo.dot_general"(%98, %arg44) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x32xf32>) -> tensor<1x16x32xf32>
      %104 = "stablehlo.reshape"(%103) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %105 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
      %106 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %107 = "stablehlo.broadcast_in_dim"(%106) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %108 = "stablehlo.divide"(%105, %107) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %109 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
      %110 = "stablehlo.broadcast_in_dim"(%109) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %111 = "stablehlo.power"(%110, %108) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %112 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %113 = "stablehlo.broadcast_in_dim"(%112) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %114 = "stablehlo.divide"(%113, %111) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %115 = "stablehlo.convert"(%82) : (tensor<16xi32>) -> tensor<16xf32>
      %116 = "stablehlo.broadcast_in_dim"(%115) <{broadcast_dimensions = array<i64: 0>}> : (tensor<16xf32>) -> tensor<16x1xf32>
      %117 = "stablehlo.broadcast_in_dim"(%114) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
      %118 = "stablehlo.broadcast_in_dim"(%116) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<16x1xf32>) -> tensor<16x8xf32>
      %119 = "stablehlo.broadcast_in_dim"(%117) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x8xf32>) -> tensor<16x8xf32>
      %120 = "stablehlo.multiply"(%118, %119) : (tensor<16x8xf32>, tensor<16x8xf32>) -> tensor<16x8xf32>
      %121 = "stablehlo.cosine"(%120) : (tensor<16x8xf32>) -> tensor<16x8xf32>
      %122 = "stablehlo.broadcast_in_dim"(%121) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<16x8xf32>) -> tensor<16x1x8xf32>
      %123 = "stablehlo.sine"(%120) : (tensor<16x8xf32>) -> tensor<16x8xf32>
      %124 = "stablehlo.broadcast_in_dim"(%123) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<16x8xf32>) -> tensor<16x1x8xf32>
      %125 = "stablehlo.slice"(%100) <{limit_indices = array<i64: 1, 16, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x4x16xf32>) -> tensor<1x16x4x8xf32>
      %126 = "stablehlo.slice"(%100) <{limit_indices = array<i64: 1, 16, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x4x16xf32>) -> tensor<1x16x4x8xf32>
      %127 = "stablehlo.broadcast_in_dim"(%122) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x1x8xf32>) -> tensor<1x16x1x8xf32>
      %128 = "stablehlo.broadcast_in_dim"(%127) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x4x8xf32>
      %129 = "stablehlo.multiply"(%125, %128) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
      %130 = "stablehlo.broadcast_in_dim"(%124) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x1x8xf32>) -> tensor<1x16x1x8xf32>
      %131 = "stablehlo.broadcast_in_dim"(%130) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x4x8xf32>
      %132 = "stablehlo.multiply"(%126, %131) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
      %133 = "stablehlo.subtract"(%129, %132) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
      %134 = "stablehlo.broadcast_in_dim"(%122) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x1x8xf32>) -> tensor<1x16x1x8xf32>
      %135 = "stablehlo.broadcast_in_dim"(%134) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x4x8xf32>
      %136 = "stablehlo.multiply"(%126, %135) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
      %137 = "stablehlo.broadcast_in_dim"(%124) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x1x8xf32>) -> tensor<1x16x1x8xf32>
      %138 = "stablehlo.broadcast_in_dim"(%137) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x4x8xf32>
      %139 = "stablehlo.multiply"(%125, %138) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
      %140 = "stablehlo.add"(%136, %139) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
      %141 = "stablehlo.concatenate"(%133, %140) <{dimension = 3 : i64}> : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x16xf32>
      %142 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
      %143 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %144 = "stablehlo.broadcast_in_dim"(%143) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %145 = "stablehlo.divide"(%142, %144) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %146 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
      %147 = "stablehlo.broadcast_in_dim"(%146) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %148 = "stablehlo.power"(%147, %145) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %149 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %150 = "stablehlo.broadcast_in_dim"(%149) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %151 = "stablehlo.divide"(%150, %148) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %152 = "stablehlo.convert"(%82) : (tensor<16xi32>) -> tensor<16xf32>
      %153 = "stablehlo.broadcast_in_dim"(%152) <{broadcast_dimensions = array<i64: 0>}> : (tensor<16xf32>) -> tensor<16x1xf32>
      %154 = "stablehlo.broadcast_in_dim"(%151) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
      %155 = "stablehlo.broadcast_in_dim"(%153) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<16x1xf32>) -> tensor<16x8xf32>
      %156 = "stablehlo.broadcast_in_dim"(%154) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x8xf32>) -> tensor<16x8xf32>
      %157 = "stablehlo.multiply"(%155, %156) : (tensor<16x8xf32>, tensor<16x8xf32>) -> tensor<16x8xf32>
      %158 = "stablehlo.cosine"(%157) : (tensor<16x8xf32>) -> tensor<16x8xf32>
      %159 = "stablehlo.broadcast_in_dim"(%158) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<16x8xf32>) -> tensor<16x1x8xf32>
      %160 = "stablehlo.sine"(%157) : (tensor<16x8xf32>) -> tensor<16x8xf32>
      %161 = "stablehlo.broadcast_in_dim"(%160) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<16x8xf32>) -> tensor<16x1x8xf32>
      %162 = "stablehlo.slice"(%102) <{limit_indices = array<i64: 1, 16, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x2x16xf32>) -> tensor<1x16x2x8xf32>
      %163 = "stablehlo.slice"(%102) <{limit_indices = array<i64: 1, 16, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x2x16xf32>) -> tensor<1x16x2x8xf32>
      %164 = "stablehlo.broadcast_in_dim"(%159) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x1x8xf32>) -> tensor<1x16x1x8xf32>
      %165 = "stablehlo.broadcast_in_dim"(%164) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x2x8xf32>
      %166 = "stablehlo.multiply"(%162, %165) : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
      %167 = "stablehlo.broadcast_in_dim"(%161) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x1x8xf32>) -> tensor<1x16x1x8xf32>
      %168 = "stablehlo.broadcast_in_dim"(%167) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x2x8xf32>
      %169 = "stablehlo.multiply"(%163, %168) : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
      %170 = "stablehlo.subtract"(%166, %169) : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
      %171 = "stablehlo.broadcast_in_dim"(%159) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x1x8xf32>) -> tensor<1x16x1x8xf32>
      %172 = "stablehlo.broadcast_in_dim"(%171) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x2x8xf32>
      %173 = "stablehlo.multiply"(%163, %172) : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
      %174 = "stablehlo.broadcast_in_dim"(%161) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x1x8xf32>) -> tensor<1x16x1x8xf32>
      %175 = "stablehlo.broadcast_in_dim"(%174) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x2x8xf32>
      %176 = "stablehlo.multiply"(%162, %175) : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
      %177 = "stablehlo.add"(%173, %176) : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
      %178 = "stablehlo.concatenate"(%170, %177) <{dimension = 3 : i64}> : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x16xf32>
      %179 = "stablehlo.broadcast_in_dim"(%178) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<1x16x2x16xf32>) -> tensor<1x16x2x2x16xf32>
      %180 = "stablehlo.reshape"(%179) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x4x16xf32>
      %181 = "stablehlo.dot_general"(%141, %180) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
      %182 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
      %183 = "stablehlo.sqrt"(%182) : (tensor<f32>) -> tensor<f32>
      %184 = "stablehlo.broadcast_in_dim"(%183) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x16x16xf32>
      %185 = "stablehlo.divide"(%181, %184) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
      %186 = "func.call"(%185) <{callee = @masked_softmax}> : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
      %187 = "stablehlo.broadcast_in_dim"(%104) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<1x16x2x16xf32>) -> tensor<1x16x2x2x16xf32>
      %188 = "stablehlo.reshape"(%187) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x4x16xf32>
      %189 = "stablehlo.dot_general"(%188, %186) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
      %190 = "stablehlo.transpose"(%189) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x4x16x16xf32>) -> tensor<1x16x4x16xf32>
      %191 = "stablehlo.reshape"(%190) : (tensor<1x16x4x16xf32>) -> tensor<1x16x64xf32>
      %192 = "stablehlo.dot_general"(%191, %arg45) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x64xf32>) -> tensor<1x16x64xf32>
      %193 = "stablehlo.add"(%81, %192) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %194 = "stablehlo.multiply"(%193, %193) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %195 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %196 = "stablehlo.reduce"(%194, %195) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg71: tensor<f32>, %arg72: tensor<f32>):
        %382 = "stablehlo.add"(%arg71, %arg72) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%382) : (tensor<f32>) -> ()
      }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
      %197 = "stablehlo.broadcast_in_dim"(%196) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %198 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %199 = "stablehlo.broadcast_in_dim"(%198) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %200 = "stablehlo.divide"(%197, %199) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %201 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
      %202 = "stablehlo.broadcast_in_dim"(%201) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %203 = "stablehlo.add"(%200, %202) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %204 = "stablehlo.rsqrt"(%203) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %205 = "stablehlo.broadcast_in_dim"(%204) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
      %206 = "stablehlo.multiply"(%193, %205) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %207 = "stablehlo.broadcast_in_dim"(%arg46) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %208 = "stablehlo.broadcast_in_dim"(%207) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
      %209 = "stablehlo.multiply"(%206, %208) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %210 = "stablehlo.dot_general"(%209, %arg47) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x128xf32>) -> tensor<1x16x128xf32>
      %211 = "func.call"(%210) <{callee = @silu}> : (tensor<1x16x128xf32>) -> tensor<1x16x128xf32>
      %212 = "stablehlo.dot_general"(%209, %arg48) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x128xf32>) -> tensor<1x16x128xf32>
      %213 = "stablehlo.multiply"(%211, %212) : (tensor<1x16x128xf32>, tensor<1x16x128xf32>) -> tensor<1x16x128xf32>
      %214 = "stablehlo.dot_general"(%213, %arg49) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x128xf32>, tensor<128x64xf32>) -> tensor<1x16x64xf32>
      %215 = "stablehlo.add"(%193, %214) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %216 = "stablehlo.multiply"(%215, %215) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %217 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %218 = "stablehlo.reduce"(%216, %217) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg69: tensor<f32>, %arg70: tensor<f32>):
        %381 = "stablehlo.add"(%arg69, %arg70) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%381) : (tensor<f32>) -> ()
      }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
      %219 = "stablehlo.broadcast_in_dim"(%218) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %220 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %221 = "stablehlo.broadcast_in_dim"(%220) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %222 = "stablehlo.divide"(%219, %221) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %223 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
      %224 = "stablehlo.broadcast_in_dim"(%223) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %225 = "stablehlo.add"(%222, %224) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %226 = "stablehlo.rsqrt"(%225) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %227 = "stablehlo.broadcast_in_dim"(%226) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
      %228 = "stablehlo.multiply"(%215, %227) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %229 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %230 = "stablehlo.broadcast_in_dim"(%229) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
      %231 = "stablehlo.multiply"(%228, %230) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %232 = "stablehlo.dot_general"(%231, %arg51) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x64xf32>) -> tensor<1x16x64xf32>
      %233 = "stablehlo.reshape"(%232) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
      %234 = "stablehlo.dot_general"(%231, %arg52) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x32xf32>) -> tensor<1x16x32xf32>
      %235 = "stablehlo.reshape"(%234) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %236 = "stablehlo.dot_general"(%231, %arg53) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x32xf32>) -> tensor<1x16x32xf32>
      %237 = "stablehlo.reshape"(%236) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %238 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
      %239 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %240 = "stablehlo.broadcast_in_dim"(%239) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %241 = "stablehlo.divide"(%238, %240) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %242 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
      %243 = "stablehlo.broadcast_in_dim"(%242) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %244 = "stablehlo.power"(%243, %241) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %245 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %246 = "stablehlo.broadcast_in_dim"(%245) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %247 = "stablehlo.divide"(%246, %244) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %248 = "stablehlo.convert"(%82) : (tensor<16xi32>) -> tensor<16xf32>
      %249 = "stablehlo.broadcast_in_dim"(%248) <{broadcast_dimensions = array<i64: 0>}> : (tensor<16xf32>) -> tensor<16x1xf32>
      %250 = "stablehlo.broadcast_in_dim"(%247) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
      %251 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<16x1xf32>) -> tensor<16x8xf32>
      %252 = "stablehlo.broadcast_in_dim"(%250) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x8xf32>) -> tensor<16x8xf32>
      %253 = "stablehlo.multiply"(%251, %252) : (tensor<16x8xf32>, tensor<16x8xf32>) -> tensor<16x8xf32>
      %254 = "stablehlo.cosine"(%253) : (tensor<16x8xf32>) -> tensor<16x8xf32>
      %255 = "stablehlo.broadcast_in_dim"(%254) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<16x8xf32>) -> tensor<16x1x8xf32>
      %256 = "stablehlo.sine"(%253) : (tensor<16x8xf32>) -> tensor<16x8xf32>
      %257 = "stablehlo.broadcast_in_dim"(%256) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<16x8xf32>) -> tensor<16x1x8xf32>
      %258 = "stablehlo.slice"(%233) <{limit_indices = array<i64: 1, 16, 4, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x4x16xf32>) -> tensor<1x16x4x8xf32>
      %259 = "stablehlo.slice"(%233) <{limit_indices = array<i64: 1, 16, 4, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x4x16xf32>) -> tensor<1x16x4x8xf32>
      %260 = "stablehlo.broadcast_in_dim"(%255) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x1x8xf32>) -> tensor<1x16x1x8xf32>
      %261 = "stablehlo.broadcast_in_dim"(%260) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x4x8xf32>
      %262 = "stablehlo.multiply"(%258, %261) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
      %263 = "stablehlo.broadcast_in_dim"(%257) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x1x8xf32>) -> tensor<1x16x1x8xf32>
      %264 = "stablehlo.broadcast_in_dim"(%263) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x4x8xf32>
      %265 = "stablehlo.multiply"(%259, %264) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
      %266 = "stablehlo.subtract"(%262, %265) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
      %267 = "stablehlo.broadcast_in_dim"(%255) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x1x8xf32>) -> tensor<1x16x1x8xf32>
      %268 = "stablehlo.broadcast_in_dim"(%267) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x4x8xf32>
      %269 = "stablehlo.multiply"(%259, %268) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
      %270 = "stablehlo.broadcast_in_dim"(%257) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x1x8xf32>) -> tensor<1x16x1x8xf32>
      %271 = "stablehlo.broadcast_in_dim"(%270) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x4x8xf32>
      %272 = "stablehlo.multiply"(%258, %271) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
      %273 = "stablehlo.add"(%269, %272) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
      %274 = "stablehlo.concatenate"(%266, %273) <{dimension = 3 : i64}> : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x16xf32>
      %275 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xf32>
      %276 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %277 = "stablehlo.broadcast_in_dim"(%276) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %278 = "stablehlo.divide"(%275, %277) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %279 = "stablehlo.constant"() <{value = dense<1.000000e+04> : tensor<f32>}> : () -> tensor<f32>
      %280 = "stablehlo.broadcast_in_dim"(%279) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %281 = "stablehlo.power"(%280, %278) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %282 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %283 = "stablehlo.broadcast_in_dim"(%282) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %284 = "stablehlo.divide"(%283, %281) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %285 = "stablehlo.convert"(%82) : (tensor<16xi32>) -> tensor<16xf32>
      %286 = "stablehlo.broadcast_in_dim"(%285) <{broadcast_dimensions = array<i64: 0>}> : (tensor<16xf32>) -> tensor<16x1xf32>
      %287 = "stablehlo.broadcast_in_dim"(%284) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
      %288 = "stablehlo.broadcast_in_dim"(%286) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<16x1xf32>) -> tensor<16x8xf32>
      %289 = "stablehlo.broadcast_in_dim"(%287) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x8xf32>) -> tensor<16x8xf32>
      %290 = "stablehlo.multiply"(%288, %289) : (tensor<16x8xf32>, tensor<16x8xf32>) -> tensor<16x8xf32>
      %291 = "stablehlo.cosine"(%290) : (tensor<16x8xf32>) -> tensor<16x8xf32>
      %292 = "stablehlo.broadcast_in_dim"(%291) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<16x8xf32>) -> tensor<16x1x8xf32>
      %293 = "stablehlo.sine"(%290) : (tensor<16x8xf32>) -> tensor<16x8xf32>
      %294 = "stablehlo.broadcast_in_dim"(%293) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<16x8xf32>) -> tensor<16x1x8xf32>
      %295 = "stablehlo.slice"(%235) <{limit_indices = array<i64: 1, 16, 2, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x2x16xf32>) -> tensor<1x16x2x8xf32>
      %296 = "stablehlo.slice"(%235) <{limit_indices = array<i64: 1, 16, 2, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x2x16xf32>) -> tensor<1x16x2x8xf32>
      %297 = "stablehlo.broadcast_in_dim"(%292) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x1x8xf32>) -> tensor<1x16x1x8xf32>
      %298 = "stablehlo.broadcast_in_dim"(%297) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x2x8xf32>
      %299 = "stablehlo.multiply"(%295, %298) : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
      %300 = "stablehlo.broadcast_in_dim"(%294) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x1x8xf32>) -> tensor<1x16x1x8xf32>
      %301 = "stablehlo.broadcast_in_dim"(%300) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x2x8xf32>
      %302 = "stablehlo.multiply"(%296, %301) : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
      %303 = "stablehlo.subtract"(%299, %302) : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
      %304 = "stablehlo.broadcast_in_dim"(%292) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x1x8xf32>) -> tensor<1x16x1x8xf32>
      %305 = "stablehlo.broadcast_in_dim"(%304) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x2x8xf32>
      %306 = "stablehlo.multiply"(%296, %305) : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
      %307 = "stablehlo.broadcast_in_dim"(%294) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<16x1x8xf32>) -> tensor<1x16x1x8xf32>
      %308 = "stablehlo.broadcast_in_dim"(%307) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x2x8xf32>
      %309 = "stablehlo.multiply"(%295, %308) : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
      %310 = "stablehlo.add"(%306, %309) : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
      %311 = "stablehlo.concatenate"(%303, %310) <{dimension = 3 : i64}> : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x16xf32>
      %312 = "stablehlo.broadcast_in_dim"(%311) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<1x16x2x16xf32>) -> tensor<1x16x2x2x16xf32>
      %313 = "stablehlo.reshape"(%312) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x4x16xf32>
      %314 = "stablehlo.dot_general"(%274, %313) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
      %315 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
      %316 = "stablehlo.sqrt"(%315) : (tensor<f32>) -> tensor<f32>
      %317 = "stablehlo.broadcast_in_dim"(%316) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x16x16xf32>
      %318 = "stablehlo.divide"(%314, %317) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
      %319 = "func.call"(%318) <{callee = @masked_softmax}> : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
      %320 = "stablehlo.broadcast_in_dim"(%237) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<1x16x2x16xf32>) -> tensor<1x16x2x2x16xf32>
      %321 = "stablehlo.reshape"(%320) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x4x16xf32>
      %322 = "stablehlo.dot_general"(%321, %319) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
      %323 = "stablehlo.transpose"(%322) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x4x16x16xf32>) -> tensor<1x16x4x16xf32>
      %324 = "stablehlo.reshape"(%323) : (tensor<1x16x4x16xf32>) -> tensor<1x16x64xf32>
      %325 = "stablehlo.dot_general"(%324, %arg54) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x64xf32>) -> tensor<1x16x64xf32>
      %326 = "stablehlo.add"(%215, %325) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %327 = "stablehlo.multiply"(%326, %326) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %328 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %329 = "stablehlo.reduce"(%327, %328) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg67: tensor<f32>, %arg68: tensor<f32>):
        %380 = "stablehlo.add"(%arg67, %arg68) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%380) : (tensor<f32>) -> ()
      }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
      %330 = "stablehlo.broadcast_in_dim"(%329) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %331 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %332 = "stablehlo.broadcast_in_dim"(%331) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %333 = "stablehlo.divide"(%330, %332) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %334 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
      %335 = "stablehlo.broadcast_in_dim"(%334) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %336 = "stablehlo.add"(%333, %335) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %337 = "stablehlo.rsqrt"(%336) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %338 = "stablehlo.broadcast_in_dim"(%337) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
      %339 = "stablehlo.multiply"(%326, %338) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %340 = "stablehlo.broadcast_in_dim"(%arg55) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %341 = "stablehlo.broadcast_in_dim"(%340) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
      %342 = "stablehlo.multiply"(%339, %341) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %343 = "stablehlo.dot_general"(%342, %arg56) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x128xf32>) -> tensor<1x16x128xf32>
      %344 = "func.call"(%343) <{callee = @silu}> : (tensor<1x16x128xf32>) -> tensor<1x16x128xf32>
      %345 = "stablehlo.dot_general"(%342, %arg57) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x128xf32>) -> tensor<1x16x128xf32>
      %346 = "stablehlo.multiply"(%344, %345) : (tensor<1x16x128xf32>, tensor<1x16x128xf32>) -> tensor<1x16x128xf32>
      %347 = "stablehlo.dot_general"(%346, %arg58) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x128xf32>, tensor<128x64xf32>) -> tensor<1x16x64xf32>
      %348 = "stablehlo.add"(%326, %347) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %349 = "stablehlo.multiply"(%348, %348) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %350 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %351 = "stablehlo.reduce"(%349, %350) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg65: tensor<f32>, %arg66: tensor<f32>):
        %379 = "stablehlo.add"(%arg65, %arg66) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%379) : (tensor<f32>) -> ()
      }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
      %352 = "stablehlo.broadcast_in_dim"(%351) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %353 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %354 = "stablehlo.broadcast_in_dim"(%353) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %355 = "stablehlo.divide"(%352, %354) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %356 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
      %357 = "stablehlo.broadcast_in_dim"(%356) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
      %358 = "stablehlo.add"(%355, %357) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %359 = "stablehlo.rsqrt"(%358) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
      %360 = "stablehlo.broadcast_in_dim"(%359) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
      %361 = "stablehlo.multiply"(%348, %360) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %362 = "stablehlo.broadcast_in_dim"(%arg59) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %363 = "stablehlo.broadcast_in_dim"(%362) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
      %364 = "stablehlo.multiply"(%361, %363) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
      %365 = "stablehlo.dot_general"(%364, %arg60) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x101xf32>) -> tensor<1x16x101xf32>
      %366 = "func.call"(%365, %arg61) <{callee = @dynamic_index_in_dim}> : (tensor<1x16x101xf32>, tensor<i32>) -> tensor<1x101xf32>
      %367 = "func.call"(%366) <{callee = @argmax}> : (tensor<1x101xf32>) -> tensor<1xi32>
      %368 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %369 = "stablehlo.add"(%arg61, %368) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %370 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %371 = "stablehlo.add"(%arg61, %370) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %372 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %373 = "stablehlo.compare"(%371, %372) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %374 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %375 = "stablehlo.add"(%371, %374) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %376 = "stablehlo.select"(%373, %375, %371) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %377 = "stablehlo.broadcast_in_dim"(%376) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %378 = "stablehlo.scatter"(%arg62, %377, %367) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
      ^bb0(%arg63: tensor<i32>, %arg64: tensor<i32>):
        "stablehlo.return"(%arg64) : (tensor<i32>) -> ()
      }) : (tensor<1x16xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<1x16xi32>
      "stablehlo.return"(%arg40, %arg41, %arg42, %arg43, %arg44, %arg45, %arg46, %arg47, %arg48, %arg49, %arg50, %arg51, %arg52, %arg53, %arg54, %arg55, %arg56, %arg57, %arg58, %arg59, %arg60, %369, %378) : (tensor<101x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x101xf32>, tensor<i32>, tensor<1x16xi32>) -> ()
    }) : (tensor<101x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x101xf32>, tensor<i32>, tensor<1x16xi32>) -> (tensor<101x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<64x32xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x128xf32>, tensor<64x128xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x101xf32>, tensor<i32>, tensor<1x16xi32>)
    "func.return"(%72#22) : (tensor<1x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>, res_attrs = [{}], sym_name = "masked_softmax", sym_visibility = "private"}> ({
  ^bb0(%arg13: tensor<1x4x16x16xf32>):
    %49 = "func.call"(%arg13) <{callee = @causal_mask}> : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %50 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %51 = "stablehlo.reduce"(%49, %50) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg16: tensor<f32>, %arg17: tensor<f32>):
      %65 = "stablehlo.maximum"(%arg16, %arg17) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%65) : (tensor<f32>) -> ()
    }) : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %52 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %53 = "stablehlo.broadcast_in_dim"(%52) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x16xf32>
    %54 = "stablehlo.maximum"(%53, %51) : (tensor<1x4x16xf32>, tensor<1x4x16xf32>) -> tensor<1x4x16xf32>
    %55 = "stablehlo.broadcast_in_dim"(%54) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %56 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %57 = "stablehlo.subtract"(%49, %56) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %58 = "stablehlo.exponential"(%57) : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %59 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %60 = "stablehlo.reduce"(%58, %59) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg14: tensor<f32>, %arg15: tensor<f32>):
      %64 = "stablehlo.add"(%arg14, %arg15) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%64) : (tensor<f32>) -> ()
    }) : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %61 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %62 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %63 = "stablehlo.divide"(%58, %62) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    "func.return"(%63) : (tensor<1x4x16x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>, res_attrs = [{}], sym_name = "causal_mask", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<1x4x16x16xf32>):
    %44 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %45 = "stablehlo.broadcast_in_dim"(%44) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<16x16xi1>
    %46 = "func.call"(%45) <{callee = @tril}> : (tensor<16x16xi1>) -> tensor<16x16xi1>
    %47 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %48 = "func.call"(%46, %arg12, %47) <{callee = @_where}> : (tensor<16x16xi1>, tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16x16xf32>
    "func.return"(%48) : (tensor<1x4x16x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<16x16xi1>) -> tensor<16x16xi1>, res_attrs = [{}], sym_name = "tril", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<16x16xi1>):
    %35 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16x16xi32>
    %36 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %37 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16x16xi32>
    %38 = "stablehlo.add"(%35, %37) : (tensor<16x16xi32>, tensor<16x16xi32>) -> tensor<16x16xi32>
    %39 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<16x16xi32>
    %40 = "stablehlo.compare"(%38, %39) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<16x16xi32>, tensor<16x16xi32>) -> tensor<16x16xi1>
    %41 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %42 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<16x16xi1>
    %43 = "stablehlo.select"(%40, %arg11, %42) : (tensor<16x16xi1>, tensor<16x16xi1>, tensor<16x16xi1>) -> tensor<16x16xi1>
    "func.return"(%43) : (tensor<16x16xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<16x16xi1>, tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16x16xf32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<16x16xi1>, %arg9: tensor<1x4x16x16xf32>, %arg10: tensor<f32>):
    %31 = "stablehlo.convert"(%arg10) : (tensor<f32>) -> tensor<f32>
    %32 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<16x16xi1>) -> tensor<1x4x16x16xi1>
    %33 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x16x16xf32>
    %34 = "stablehlo.select"(%32, %arg9, %33) : (tensor<1x4x16x16xi1>, tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    "func.return"(%34) : (tensor<1x4x16x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x16x128xf32>) -> tensor<1x16x128xf32>, res_attrs = [{}], sym_name = "silu", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<1x16x128xf32>):
    %22 = "stablehlo.negate"(%arg7) : (tensor<1x16x128xf32>) -> tensor<1x16x128xf32>
    %23 = "stablehlo.exponential"(%22) : (tensor<1x16x128xf32>) -> tensor<1x16x128xf32>
    %24 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %25 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x128xf32>
    %26 = "stablehlo.add"(%25, %23) : (tensor<1x16x128xf32>, tensor<1x16x128xf32>) -> tensor<1x16x128xf32>
    %27 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %28 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x128xf32>
    %29 = "stablehlo.divide"(%28, %26) : (tensor<1x16x128xf32>, tensor<1x16x128xf32>) -> tensor<1x16x128xf32>
    %30 = "stablehlo.multiply"(%arg7, %29) : (tensor<1x16x128xf32>, tensor<1x16x128xf32>) -> tensor<1x16x128xf32>
    "func.return"(%30) : (tensor<1x16x128xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<1x16x101xf32>, tensor<i32>) -> tensor<1x101xf32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<1x16x101xf32>, %arg6: tensor<i32>):
    %13 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %14 = "stablehlo.compare"(%arg6, %13) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %15 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %16 = "stablehlo.add"(%arg6, %15) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %17 = "stablehlo.select"(%14, %16, %arg6) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %18 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %19 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %20 = "stablehlo.dynamic_slice"(%arg5, %18, %17, %19) <{slice_sizes = array<i64: 1, 1, 101>}> : (tensor<1x16x101xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x101xf32>
    %21 = "stablehlo.reshape"(%20) : (tensor<1x1x101xf32>) -> tensor<1x101xf32>
    "func.return"(%21) : (tensor<1x101xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x101xf32>) -> tensor<1xi32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<1x101xf32>):
    %0 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x101xi32>
    %1 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %2 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %3:2 = "stablehlo.reduce"(%arg0, %0, %1, %2) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<i32>, %arg3: tensor<f32>, %arg4: tensor<i32>):
      %4 = "stablehlo.compare"(%arg1, %arg3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %5 = "stablehlo.compare"(%arg1, %arg1) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %6 = "stablehlo.or"(%4, %5) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %7 = "stablehlo.compare"(%arg1, %arg3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %8 = "stablehlo.compare"(%arg2, %arg4) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %9 = "stablehlo.and"(%7, %8) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %10 = "stablehlo.or"(%6, %9) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %11 = "stablehlo.select"(%6, %arg1, %arg3) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %12 = "stablehlo.select"(%10, %arg2, %arg4) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%11, %12) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<1x101xf32>, tensor<1x101xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    "func.return"(%3#1) : (tensor<1xi32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
