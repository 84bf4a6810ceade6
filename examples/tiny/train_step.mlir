"builtin.module"() <{sym_name = "jit_train_step"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64x32xf32>, tensor<32x32xf32>, tensor<1x16xi32>, tensor<f32>) -> (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64x32xf32>, tensor<32x32xf32>, tensor<f32>), res_attrs = [{jax.result_info = "result[0]['embed']['pos']"}, {jax.result_info = "result[0]['embed']['tok']"}, {jax.result_info = "result[0]['final_norm']['bias']"}, {jax.result_info = "result[0]['final_norm']['scale']"}, {jax.result_info = "result[0]['layers'][0]['attn']['wk']"}, {jax.result_info = "result[0]['layers'][0]['attn']['wo']"}, {jax.result_info = "result[0]['layers'][0]['attn']['wq']"}, {jax.result_info = "result[0]['layers'][0]['attn']['wv']"}, {jax.result_info = "result[0]['layers'][0]['ln1']['bias']"}, {jax.result_info = "result[0]['layers'][0]['ln1']['scale']"}, {jax.result_info = "result[0]['layers'][0]['ln2']['bias']"}, {jax.result_info = "result[0]['layers'][0]['ln2']['scale']"}, {jax.result_info = "result[0]['layers'][0]['mlp']['b1']"}, {jax.result_info = "result[0]['layers'][0]['mlp']['b2']"}, {jax.result_info = "result[0]['layers'][0]['mlp']['w1']"}, {jax.result_info = "result[0]['layers'][0]['mlp']['w2']"}, {jax.result_info = "result[0]['layers'][1]['attn']['wk']"}, {jax.result_info = "result[0]['layers'][1]['attn']['wo']"}, {jax.result_info = "result[0]['layers'][1]['attn']['wq']"}, {jax.result_info = "result[0]['layers'][1]['attn']['wv']"}, {jax.result_info = "result[0]['layers'][1]['ln1']['bias']"}, {jax.result_info = "result[0]['layers'][1]['ln1']['scale']"}, {jax.result_info = "result[0]['layers'][1]['ln2']['bias']"}, {jax.result_info = "result[0]['layers'][1]['ln2']['scale']"}, {jax.result_info = "result[0]['layers'][1]['mlp']['b1']"}, {jax.result_info = "result[0]['layers'][1]['mlp']['b2']"}, {jax.result_info = "result[0]['layers'][1]['mlp']['w1']"}, {jax.result_info = "result[0]['layers'][1]['mlp']['w2']"}, {jax.result_info = "result[0]['unembed']['w']"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg20: tensor<16x32xf32>, %arg21: tensor<32x32xf32>, %arg22: tensor<32xf32>, %arg23: tensor<32xf32>, %arg24: tensor<32x32xf32>, %arg25: tensor<32x32xf32>, %arg26: tensor<32x32xf32>, %arg27: tensor<32x32xf32>, %arg28: tensor<32xf32>, %arg29: tensor<32xf32>, %arg30: tensor<32xf32>, %arg31: tensor<32xf32>, %arg32: tensor<64xf32>, %arg33: tensor<32xf32>, %arg34: tensor<32x64xf32>, %arg35: tensor<64x32xf32>, %arg36: tensor<32x32xf32>, %arg37: tensor<32x32xf32>, %arg38: tensor<32x32xf32>, %arg39: tensor<32x32xf32>, %arg40: tensor<32xf32>, %arg41: tensor<32xf32>, %arg42: tensor<32xf32>, %arg43: tensor<32xf32>, %arg44: tensor<64xf32>, %arg45: tensor<32xf32>, %arg46: tensor<32x64xf32>, %arg47: tensor<64x32xf32>, %arg48: tensor<32x32xf32>, %arg49: tensor<1x16xi32>, %arg50: tensor<f32>):
    %54 = "stablehlo.slice"(%arg49) <{limit_indices = array<i64: 1, 15>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<1x16xi32>) -> tensor<1x15xi32>
    %55 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %56 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %57 = "stablehlo.dynamic_slice"(%arg20, %55, %56) <{slice_sizes = array<i64: 15, 32>}> : (tensor<16x32xf32>, tensor<i32>, tensor<i32>) -> tensor<15x32xf32>
    %58 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %59 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x15xi32>
    %60 = "stablehlo.compare"(%54, %59) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x15xi32>, tensor<1x15xi32>) -> tensor<1x15xi1>
    %61 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %62 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x15xi32>
    %63 = "stablehlo.add"(%54, %62) : (tensor<1x15xi32>, tensor<1x15xi32>) -> tensor<1x15xi32>
    %64 = "stablehlo.select"(%60, %63, %54) : (tensor<1x15xi1>, tensor<1x15xi32>, tensor<1x15xi32>) -> tensor<1x15xi32>
    %65 = "stablehlo.broadcast_in_dim"(%64) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xi32>) -> tensor<1x15x1xi32>
    %66 = "stablehlo.gather"(%arg21, %65) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xf32>, tensor<1x15x1xi32>) -> tensor<1x15x32xf32>
    %67 = "stablehlo.broadcast_in_dim"(%57) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<15x32xf32>) -> tensor<1x15x32xf32>
    %68 = "stablehlo.add"(%66, %67) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %69 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %70 = "stablehlo.reduce"(%68, %69) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg203: tensor<f32>, %arg204: tensor<f32>):
      %1027 = "stablehlo.add"(%arg203, %arg204) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1027) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %71 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %72 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %73 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %74 = "stablehlo.divide"(%71, %73) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %75 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %76 = "stablehlo.subtract"(%68, %75) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %77 = "chlo.square"(%76) : (tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %78 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %79 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x32xf32>
    %80 = "stablehlo.multiply"(%79, %76) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %81 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %82 = "stablehlo.reduce"(%77, %81) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg201: tensor<f32>, %arg202: tensor<f32>):
      %1026 = "stablehlo.add"(%arg201, %arg202) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1026) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %83 = "stablehlo.broadcast_in_dim"(%82) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %84 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %85 = "stablehlo.broadcast_in_dim"(%84) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %86 = "stablehlo.divide"(%83, %85) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %87 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %88 = "stablehlo.subtract"(%68, %87) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %89 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %90 = "stablehlo.broadcast_in_dim"(%89) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %91 = "stablehlo.add"(%86, %90) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %92 = "stablehlo.rsqrt"(%91) : (tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %93 = "stablehlo.divide"(%92, %91) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %94 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %95 = "stablehlo.broadcast_in_dim"(%94) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %96 = "stablehlo.multiply"(%95, %93) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %97 = "stablehlo.broadcast_in_dim"(%92) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %98 = "stablehlo.multiply"(%88, %97) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %99 = "stablehlo.broadcast_in_dim"(%arg29) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %100 = "stablehlo.broadcast_in_dim"(%99) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %101 = "stablehlo.multiply"(%98, %100) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %102 = "stablehlo.broadcast_in_dim"(%arg28) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %103 = "stablehlo.broadcast_in_dim"(%102) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %104 = "stablehlo.add"(%101, %103) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %105 = "stablehlo.dot_general"(%104, %arg26) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %106 = "stablehlo.reshape"(%105) : (tensor<1x15x32xf32>) -> tensor<1x15x2x16xf32>
    %107 = "stablehlo.transpose"(%106) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x15x2x16xf32>) -> tensor<1x2x15x16xf32>
    %108 = "stablehlo.dot_general"(%104, %arg24) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %109 = "stablehlo.reshape"(%108) : (tensor<1x15x32xf32>) -> tensor<1x15x2x16xf32>
    %110 = "stablehlo.transpose"(%109) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x15x2x16xf32>) -> tensor<1x2x15x16xf32>
    %111 = "stablehlo.dot_general"(%104, %arg27) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %112 = "stablehlo.reshape"(%111) : (tensor<1x15x32xf32>) -> tensor<1x15x2x16xf32>
    %113 = "stablehlo.transpose"(%112) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x15x2x16xf32>) -> tensor<1x2x15x16xf32>
    %114 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %115 = "stablehlo.broadcast_in_dim"(%114) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<15x15xi1>
    %116 = "func.call"(%115) <{callee = @tril}> : (tensor<15x15xi1>) -> tensor<15x15xi1>
    %117 = "stablehlo.dot_general"(%107, %110) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x15x16xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x15xf32>
    %118 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %119 = "stablehlo.broadcast_in_dim"(%118) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15x15xf32>
    %120 = "stablehlo.multiply"(%117, %119) : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %121 = "stablehlo.constant"() <{value = dense<-1.000000e+30> : tensor<f32>}> : () -> tensor<f32>
    %122:3 = "func.call"(%116, %120, %121) <{callee = @_where}> : (tensor<15x15xi1>, tensor<1x2x15x15xf32>, tensor<f32>) -> (tensor<1x2x15x15xf32>, tensor<1x2x15x15xi1>, tensor<1x2x15x15xf32>)
    %123 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %124 = "stablehlo.reduce"(%122#0, %123) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg199: tensor<f32>, %arg200: tensor<f32>):
      %1025 = "stablehlo.maximum"(%arg199, %arg200) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1025) : (tensor<f32>) -> ()
    }) : (tensor<1x2x15x15xf32>, tensor<f32>) -> tensor<1x2x15xf32>
    %125 = "stablehlo.reshape"(%124) : (tensor<1x2x15xf32>) -> tensor<1x2x15x1xf32>
    %126 = "stablehlo.broadcast_in_dim"(%125) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %127 = "stablehlo.compare"(%122#0, %126) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xi1>
    %128 = "stablehlo.convert"(%127) : (tensor<1x2x15x15xi1>) -> tensor<1x2x15x15xf32>
    %129 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %130 = "stablehlo.reduce"(%128, %129) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg197: tensor<f32>, %arg198: tensor<f32>):
      %1024 = "stablehlo.add"(%arg197, %arg198) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1024) : (tensor<f32>) -> ()
    }) : (tensor<1x2x15x15xf32>, tensor<f32>) -> tensor<1x2x15xf32>
    %131 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %132 = "stablehlo.broadcast_in_dim"(%131) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15xf32>
    %133 = "stablehlo.maximum"(%132, %124) : (tensor<1x2x15xf32>, tensor<1x2x15xf32>) -> tensor<1x2x15xf32>
    %134 = "stablehlo.compare"(%124, %133) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<1x2x15xf32>, tensor<1x2x15xf32>) -> tensor<1x2x15xi1>
    %135 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %136 = "stablehlo.broadcast_in_dim"(%135) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15xf32>
    %137 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %138 = "stablehlo.broadcast_in_dim"(%137) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15xf32>
    %139 = "stablehlo.select"(%134, %136, %138) : (tensor<1x2x15xi1>, tensor<1x2x15xf32>, tensor<1x2x15xf32>) -> tensor<1x2x15xf32>
    %140 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %141 = "stablehlo.broadcast_in_dim"(%140) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15xf32>
    %142 = "stablehlo.compare"(%141, %133) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<1x2x15xf32>, tensor<1x2x15xf32>) -> tensor<1x2x15xi1>
    %143 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %144 = "stablehlo.broadcast_in_dim"(%143) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15xf32>
    %145 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %146 = "stablehlo.broadcast_in_dim"(%145) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15xf32>
    %147 = "stablehlo.select"(%142, %144, %146) : (tensor<1x2x15xi1>, tensor<1x2x15xf32>, tensor<1x2x15xf32>) -> tensor<1x2x15xf32>
    %148 = "stablehlo.divide"(%139, %147) : (tensor<1x2x15xf32>, tensor<1x2x15xf32>) -> tensor<1x2x15xf32>
    %149 = "stablehlo.broadcast_in_dim"(%133) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x15xf32>) -> tensor<1x2x15x1xf32>
    %150 = "stablehlo.broadcast_in_dim"(%149) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %151 = "stablehlo.subtract"(%122#0, %150) : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %152 = "stablehlo.exponential"(%151) : (tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %153 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %154 = "stablehlo.reduce"(%152, %153) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg195: tensor<f32>, %arg196: tensor<f32>):
      %1023 = "stablehlo.add"(%arg195, %arg196) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1023) : (tensor<f32>) -> ()
    }) : (tensor<1x2x15x15xf32>, tensor<f32>) -> tensor<1x2x15xf32>
    %155 = "stablehlo.broadcast_in_dim"(%154) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x15xf32>) -> tensor<1x2x15x1xf32>
    %156 = "stablehlo.broadcast_in_dim"(%155) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %157 = "stablehlo.divide"(%152, %156) : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %158 = "stablehlo.multiply"(%155, %155) : (tensor<1x2x15x1xf32>, tensor<1x2x15x1xf32>) -> tensor<1x2x15x1xf32>
    %159 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %160 = "stablehlo.broadcast_in_dim"(%159) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15x1xf32>
    %161 = "stablehlo.divide"(%160, %158) : (tensor<1x2x15x1xf32>, tensor<1x2x15x1xf32>) -> tensor<1x2x15x1xf32>
    %162 = "stablehlo.dot_general"(%157, %113) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x15x15xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x16xf32>
    %163 = "stablehlo.transpose"(%162) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x2x15x16xf32>) -> tensor<1x15x2x16xf32>
    %164 = "stablehlo.reshape"(%163) : (tensor<1x15x2x16xf32>) -> tensor<1x15x32xf32>
    %165 = "stablehlo.dot_general"(%164, %arg25) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %166 = "stablehlo.add"(%68, %165) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %167 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %168 = "stablehlo.reduce"(%166, %167) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg193: tensor<f32>, %arg194: tensor<f32>):
      %1022 = "stablehlo.add"(%arg193, %arg194) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1022) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %169 = "stablehlo.broadcast_in_dim"(%168) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %170 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %171 = "stablehlo.broadcast_in_dim"(%170) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %172 = "stablehlo.divide"(%169, %171) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %173 = "stablehlo.broadcast_in_dim"(%172) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %174 = "stablehlo.subtract"(%166, %173) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %175 = "chlo.square"(%174) : (tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %176 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %177 = "stablehlo.broadcast_in_dim"(%176) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x32xf32>
    %178 = "stablehlo.multiply"(%177, %174) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %179 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %180 = "stablehlo.reduce"(%175, %179) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg191: tensor<f32>, %arg192: tensor<f32>):
      %1021 = "stablehlo.add"(%arg191, %arg192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1021) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %181 = "stablehlo.broadcast_in_dim"(%180) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %182 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %183 = "stablehlo.broadcast_in_dim"(%182) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %184 = "stablehlo.divide"(%181, %183) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %185 = "stablehlo.broadcast_in_dim"(%172) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %186 = "stablehlo.subtract"(%166, %185) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %187 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %188 = "stablehlo.broadcast_in_dim"(%187) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %189 = "stablehlo.add"(%184, %188) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %190 = "stablehlo.rsqrt"(%189) : (tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %191 = "stablehlo.divide"(%190, %189) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %192 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %193 = "stablehlo.broadcast_in_dim"(%192) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %194 = "stablehlo.multiply"(%193, %191) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %195 = "stablehlo.broadcast_in_dim"(%190) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %196 = "stablehlo.multiply"(%186, %195) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %197 = "stablehlo.broadcast_in_dim"(%arg31) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %198 = "stablehlo.broadcast_in_dim"(%197) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %199 = "stablehlo.multiply"(%196, %198) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %200 = "stablehlo.broadcast_in_dim"(%arg30) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %201 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %202 = "stablehlo.add"(%199, %201) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %203 = "stablehlo.dot_general"(%202, %arg34) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x64xf32>) -> tensor<1x15x64xf32>
    %204 = "stablehlo.broadcast_in_dim"(%arg32) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %205 = "stablehlo.broadcast_in_dim"(%204) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x15x64xf32>
    %206 = "stablehlo.add"(%203, %205) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %207 = "stablehlo.multiply"(%206, %206) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %208 = "stablehlo.multiply"(%207, %206) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %209 = "stablehlo.multiply"(%206, %206) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %210 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %211 = "stablehlo.broadcast_in_dim"(%210) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x64xf32>
    %212 = "stablehlo.multiply"(%211, %209) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %213 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %214 = "stablehlo.broadcast_in_dim"(%213) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x64xf32>
    %215 = "stablehlo.multiply"(%214, %208) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %216 = "stablehlo.add"(%206, %215) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %217 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %218 = "stablehlo.broadcast_in_dim"(%217) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x64xf32>
    %219 = "stablehlo.multiply"(%218, %216) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %220 = "stablehlo.tanh"(%219) : (tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %221 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %222 = "stablehlo.broadcast_in_dim"(%221) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x64xf32>
    %223 = "stablehlo.subtract"(%222, %220) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %224 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %225 = "stablehlo.broadcast_in_dim"(%224) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x64xf32>
    %226 = "stablehlo.add"(%225, %220) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %227 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %228 = "stablehlo.broadcast_in_dim"(%227) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x64xf32>
    %229 = "stablehlo.multiply"(%228, %226) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %230 = "stablehlo.multiply"(%206, %229) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %231 = "stablehlo.dot_general"(%230, %arg35) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x64xf32>, tensor<64x32xf32>) -> tensor<1x15x32xf32>
    %232 = "stablehlo.broadcast_in_dim"(%arg33) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %233 = "stablehlo.broadcast_in_dim"(%232) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %234 = "stablehlo.add"(%231, %233) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %235 = "stablehlo.add"(%166, %234) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %236 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %237 = "stablehlo.reduce"(%235, %236) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg189: tensor<f32>, %arg190: tensor<f32>):
      %1020 = "stablehlo.add"(%arg189, %arg190) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1020) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %238 = "stablehlo.broadcast_in_dim"(%237) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %239 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %240 = "stablehlo.broadcast_in_dim"(%239) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %241 = "stablehlo.divide"(%238, %240) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %242 = "stablehlo.broadcast_in_dim"(%241) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %243 = "stablehlo.subtract"(%235, %242) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %244 = "chlo.square"(%243) : (tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %245 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %246 = "stablehlo.broadcast_in_dim"(%245) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x32xf32>
    %247 = "stablehlo.multiply"(%246, %243) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %248 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %249 = "stablehlo.reduce"(%244, %248) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg187: tensor<f32>, %arg188: tensor<f32>):
      %1019 = "stablehlo.add"(%arg187, %arg188) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1019) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %250 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %251 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %252 = "stablehlo.broadcast_in_dim"(%251) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %253 = "stablehlo.divide"(%250, %252) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %254 = "stablehlo.broadcast_in_dim"(%241) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %255 = "stablehlo.subtract"(%235, %254) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %256 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %257 = "stablehlo.broadcast_in_dim"(%256) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %258 = "stablehlo.add"(%253, %257) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %259 = "stablehlo.rsqrt"(%258) : (tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %260 = "stablehlo.divide"(%259, %258) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %261 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %262 = "stablehlo.broadcast_in_dim"(%261) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %263 = "stablehlo.multiply"(%262, %260) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %264 = "stablehlo.broadcast_in_dim"(%259) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %265 = "stablehlo.multiply"(%255, %264) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %266 = "stablehlo.broadcast_in_dim"(%arg41) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %267 = "stablehlo.broadcast_in_dim"(%266) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %268 = "stablehlo.multiply"(%265, %267) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %269 = "stablehlo.broadcast_in_dim"(%arg40) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %270 = "stablehlo.broadcast_in_dim"(%269) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %271 = "stablehlo.add"(%268, %270) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %272 = "stablehlo.dot_general"(%271, %arg38) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %273 = "stablehlo.reshape"(%272) : (tensor<1x15x32xf32>) -> tensor<1x15x2x16xf32>
    %274 = "stablehlo.transpose"(%273) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x15x2x16xf32>) -> tensor<1x2x15x16xf32>
    %275 = "stablehlo.dot_general"(%271, %arg36) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %276 = "stablehlo.reshape"(%275) : (tensor<1x15x32xf32>) -> tensor<1x15x2x16xf32>
    %277 = "stablehlo.transpose"(%276) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x15x2x16xf32>) -> tensor<1x2x15x16xf32>
    %278 = "stablehlo.dot_general"(%271, %arg39) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %279 = "stablehlo.reshape"(%278) : (tensor<1x15x32xf32>) -> tensor<1x15x2x16xf32>
    %280 = "stablehlo.transpose"(%279) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x15x2x16xf32>) -> tensor<1x2x15x16xf32>
    %281 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %282 = "stablehlo.broadcast_in_dim"(%281) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<15x15xi1>
    %283 = "func.call"(%282) <{callee = @tril}> : (tensor<15x15xi1>) -> tensor<15x15xi1>
    %284 = "stablehlo.dot_general"(%274, %277) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x15x16xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x15xf32>
    %285 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %286 = "stablehlo.broadcast_in_dim"(%285) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15x15xf32>
    %287 = "stablehlo.multiply"(%284, %286) : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %288 = "stablehlo.constant"() <{value = dense<-1.000000e+30> : tensor<f32>}> : () -> tensor<f32>
    %289:3 = "func.call"(%283, %287, %288) <{callee = @_where}> : (tensor<15x15xi1>, tensor<1x2x15x15xf32>, tensor<f32>) -> (tensor<1x2x15x15xf32>, tensor<1x2x15x15xi1>, tensor<1x2x15x15xf32>)
    %290 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %291 = "stablehlo.reduce"(%289#0, %290) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg185: tensor<f32>, %arg186: tensor<f32>):
      %1018 = "stablehlo.maximum"(%arg185, %arg186) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1018) : (tensor<f32>) -> ()
    }) : (tensor<1x2x15x15xf32>, tensor<f32>) -> tensor<1x2x15xf32>
    %292 = "stablehlo.reshape"(%291) : (tensor<1x2x15xf32>) -> tensor<1x2x15x1xf32>
    %293 = "stablehlo.broadcast_in_dim"(%292) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %294 = "stablehlo.compare"(%289#0, %293) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xi1>
    %295 = "stablehlo.convert"(%294) : (tensor<1x2x15x15xi1>) -> tensor<1x2x15x15xf32>
    %296 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %297 = "stablehlo.reduce"(%295, %296) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg183: tensor<f32>, %arg184: tensor<f32>):
      %1017 = "stablehlo.add"(%arg183, %arg184) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1017) : (tensor<f32>) -> ()
    }) : (tensor<1x2x15x15xf32>, tensor<f32>) -> tensor<1x2x15xf32>
    %298 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %299 = "stablehlo.broadcast_in_dim"(%298) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15xf32>
    %300 = "stablehlo.maximum"(%299, %291) : (tensor<1x2x15xf32>, tensor<1x2x15xf32>) -> tensor<1x2x15xf32>
    %301 = "stablehlo.compare"(%291, %300) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<1x2x15xf32>, tensor<1x2x15xf32>) -> tensor<1x2x15xi1>
    %302 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %303 = "stablehlo.broadcast_in_dim"(%302) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15xf32>
    %304 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %305 = "stablehlo.broadcast_in_dim"(%304) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15xf32>
    %306 = "stablehlo.select"(%301, %303, %305) : (tensor<1x2x15xi1>, tensor<1x2x15xf32>, tensor<1x2x15xf32>) -> tensor<1x2x15xf32>
    %307 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %308 = "stablehlo.broadcast_in_dim"(%307) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15xf32>
    %309 = "stablehlo.compare"(%308, %300) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<1x2x15xf32>, tensor<1x2x15xf32>) -> tensor<1x2x15xi1>
    %310 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %311 = "stablehlo.broadcast_in_dim"(%310) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15xf32>
    %312 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %313 = "stablehlo.broadcast_in_dim"(%312) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15xf32>
    %314 = "stablehlo.select"(%309, %311, %313) : (tensor<1x2x15xi1>, tensor<1x2x15xf32>, tensor<1x2x15xf32>) -> tensor<1x2x15xf32>
    %315 = "stablehlo.divide"(%306, %314) : (tensor<1x2x15xf32>, tensor<1x2x15xf32>) -> tensor<1x2x15xf32>
    %316 = "stablehlo.broadcast_in_dim"(%300) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x15xf32>) -> tensor<1x2x15x1xf32>
    %317 = "stablehlo.broadcast_in_dim"(%316) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %318 = "stablehlo.subtract"(%289#0, %317) : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %319 = "stablehlo.exponential"(%318) : (tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %320 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %321 = "stablehlo.reduce"(%319, %320) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg181: tensor<f32>, %arg182: tensor<f32>):
      %1016 = "stablehlo.add"(%arg181, %arg182) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1016) : (tensor<f32>) -> ()
    }) : (tensor<1x2x15x15xf32>, tensor<f32>) -> tensor<1x2x15xf32>
    %322 = "stablehlo.broadcast_in_dim"(%321) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x15xf32>) -> tensor<1x2x15x1xf32>
    %323 = "stablehlo.broadcast_in_dim"(%322) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %324 = "stablehlo.divide"(%319, %323) : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %325 = "stablehlo.multiply"(%322, %322) : (tensor<1x2x15x1xf32>, tensor<1x2x15x1xf32>) -> tensor<1x2x15x1xf32>
    %326 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %327 = "stablehlo.broadcast_in_dim"(%326) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15x1xf32>
    %328 = "stablehlo.divide"(%327, %325) : (tensor<1x2x15x1xf32>, tensor<1x2x15x1xf32>) -> tensor<1x2x15x1xf32>
    %329 = "stablehlo.dot_general"(%324, %280) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x15x15xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x16xf32>
    %330 = "stablehlo.transpose"(%329) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x2x15x16xf32>) -> tensor<1x15x2x16xf32>
    %331 = "stablehlo.reshape"(%330) : (tensor<1x15x2x16xf32>) -> tensor<1x15x32xf32>
    %332 = "stablehlo.dot_general"(%331, %arg37) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %333 = "stablehlo.add"(%235, %332) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %334 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %335 = "stablehlo.reduce"(%333, %334) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg179: tensor<f32>, %arg180: tensor<f32>):
      %1015 = "stablehlo.add"(%arg179, %arg180) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1015) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %336 = "stablehlo.broadcast_in_dim"(%335) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %337 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %338 = "stablehlo.broadcast_in_dim"(%337) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %339 = "stablehlo.divide"(%336, %338) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %340 = "stablehlo.broadcast_in_dim"(%339) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %341 = "stablehlo.subtract"(%333, %340) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %342 = "chlo.square"(%341) : (tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %343 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %344 = "stablehlo.broadcast_in_dim"(%343) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x32xf32>
    %345 = "stablehlo.multiply"(%344, %341) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %346 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %347 = "stablehlo.reduce"(%342, %346) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg177: tensor<f32>, %arg178: tensor<f32>):
      %1014 = "stablehlo.add"(%arg177, %arg178) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1014) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %348 = "stablehlo.broadcast_in_dim"(%347) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %349 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %350 = "stablehlo.broadcast_in_dim"(%349) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %351 = "stablehlo.divide"(%348, %350) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %352 = "stablehlo.broadcast_in_dim"(%339) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %353 = "stablehlo.subtract"(%333, %352) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %354 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %355 = "stablehlo.broadcast_in_dim"(%354) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %356 = "stablehlo.add"(%351, %355) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %357 = "stablehlo.rsqrt"(%356) : (tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %358 = "stablehlo.divide"(%357, %356) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %359 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %360 = "stablehlo.broadcast_in_dim"(%359) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %361 = "stablehlo.multiply"(%360, %358) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %362 = "stablehlo.broadcast_in_dim"(%357) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %363 = "stablehlo.multiply"(%353, %362) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %364 = "stablehlo.broadcast_in_dim"(%arg43) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %365 = "stablehlo.broadcast_in_dim"(%364) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %366 = "stablehlo.multiply"(%363, %365) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %367 = "stablehlo.broadcast_in_dim"(%arg42) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %368 = "stablehlo.broadcast_in_dim"(%367) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %369 = "stablehlo.add"(%366, %368) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %370 = "stablehlo.dot_general"(%369, %arg46) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x64xf32>) -> tensor<1x15x64xf32>
    %371 = "stablehlo.broadcast_in_dim"(%arg44) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %372 = "stablehlo.broadcast_in_dim"(%371) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x15x64xf32>
    %373 = "stablehlo.add"(%370, %372) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %374 = "stablehlo.multiply"(%373, %373) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %375 = "stablehlo.multiply"(%374, %373) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %376 = "stablehlo.multiply"(%373, %373) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %377 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %378 = "stablehlo.broadcast_in_dim"(%377) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x64xf32>
    %379 = "stablehlo.multiply"(%378, %376) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %380 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %381 = "stablehlo.broadcast_in_dim"(%380) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x64xf32>
    %382 = "stablehlo.multiply"(%381, %375) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %383 = "stablehlo.add"(%373, %382) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %384 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %385 = "stablehlo.broadcast_in_dim"(%384) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x64xf32>
    %386 = "stablehlo.multiply"(%385, %383) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %387 = "stablehlo.tanh"(%386) : (tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %388 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %389 = "stablehlo.broadcast_in_dim"(%388) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x64xf32>
    %390 = "stablehlo.subtract"(%389, %387) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %391 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %392 = "stablehlo.broadcast_in_dim"(%391) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x64xf32>
    %393 = "stablehlo.add"(%392, %387) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %394 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %395 = "stablehlo.broadcast_in_dim"(%394) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x64xf32>
    %396 = "stablehlo.multiply"(%395, %393) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %397 = "stablehlo.multiply"(%373, %396) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %398 = "stablehlo.dot_general"(%397, %arg47) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x64xf32>, tensor<64x32xf32>) -> tensor<1x15x32xf32>
    %399 = "stablehlo.broadcast_in_dim"(%arg45) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %400 = "stablehlo.broadcast_in_dim"(%399) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %401 = "stablehlo.add"(%398, %400) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %402 = "stablehlo.add"(%333, %401) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %403 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %404 = "stablehlo.reduce"(%402, %403) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg175: tensor<f32>, %arg176: tensor<f32>):
      %1013 = "stablehlo.add"(%arg175, %arg176) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1013) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %405 = "stablehlo.broadcast_in_dim"(%404) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %406 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %407 = "stablehlo.broadcast_in_dim"(%406) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %408 = "stablehlo.divide"(%405, %407) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %409 = "stablehlo.broadcast_in_dim"(%408) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %410 = "stablehlo.subtract"(%402, %409) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %411 = "chlo.square"(%410) : (tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %412 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %413 = "stablehlo.broadcast_in_dim"(%412) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x32xf32>
    %414 = "stablehlo.multiply"(%413, %410) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %415 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %416 = "stablehlo.reduce"(%411, %415) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg173: tensor<f32>, %arg174: tensor<f32>):
      %1012 = "stablehlo.add"(%arg173, %arg174) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1012) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %417 = "stablehlo.broadcast_in_dim"(%416) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %418 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %419 = "stablehlo.broadcast_in_dim"(%418) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %420 = "stablehlo.divide"(%417, %419) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %421 = "stablehlo.broadcast_in_dim"(%408) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %422 = "stablehlo.subtract"(%402, %421) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %423 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %424 = "stablehlo.broadcast_in_dim"(%423) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %425 = "stablehlo.add"(%420, %424) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %426 = "stablehlo.rsqrt"(%425) : (tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %427 = "stablehlo.divide"(%426, %425) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %428 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %429 = "stablehlo.broadcast_in_dim"(%428) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %430 = "stablehlo.multiply"(%429, %427) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %431 = "stablehlo.broadcast_in_dim"(%426) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %432 = "stablehlo.multiply"(%422, %431) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %433 = "stablehlo.broadcast_in_dim"(%arg23) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %434 = "stablehlo.broadcast_in_dim"(%433) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %435 = "stablehlo.multiply"(%432, %434) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %436 = "stablehlo.broadcast_in_dim"(%arg22) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %437 = "stablehlo.broadcast_in_dim"(%436) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %438 = "stablehlo.add"(%435, %437) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %439 = "stablehlo.dot_general"(%438, %arg48) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %440:3 = "func.call"(%439) <{callee = @log_softmax}> : (tensor<1x15x32xf32>) -> (tensor<1x15x32xf32>, tensor<1x15x32xf32>, tensor<1x15x1xf32>)
    %441 = "stablehlo.slice"(%arg49) <{limit_indices = array<i64: 1, 16>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>}> : (tensor<1x16xi32>) -> tensor<1x15xi32>
    %442 = "func.call"(%441) <{callee = @_one_hot}> : (tensor<1x15xi32>) -> tensor<1x15x32xf32>
    %443 = "stablehlo.multiply"(%440#0, %442) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %444 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %445 = "stablehlo.reduce"(%443, %444) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg171: tensor<f32>, %arg172: tensor<f32>):
      %1011 = "stablehlo.add"(%arg171, %arg172) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1011) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %446 = "stablehlo.negate"(%445) : (tensor<1x15xf32>) -> tensor<1x15xf32>
    %447 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %448 = "stablehlo.reduce"(%446, %447) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg169: tensor<f32>, %arg170: tensor<f32>):
      %1010 = "stablehlo.add"(%arg169, %arg170) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1010) : (tensor<f32>) -> ()
    }) : (tensor<1x15xf32>, tensor<f32>) -> tensor<f32>
    %449 = "stablehlo.constant"() <{value = dense<1.500000e+01> : tensor<f32>}> : () -> tensor<f32>
    %450 = "stablehlo.divide"(%448, %449) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %451 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %452 = "stablehlo.constant"() <{value = dense<1.500000e+01> : tensor<f32>}> : () -> tensor<f32>
    %453 = "stablehlo.divide"(%451, %452) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %454 = "stablehlo.broadcast_in_dim"(%453) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15xf32>
    %455 = "stablehlo.negate"(%454) : (tensor<1x15xf32>) -> tensor<1x15xf32>
    %456 = "stablehlo.broadcast_in_dim"(%455) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %457 = "stablehlo.multiply"(%456, %442) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %458 = "func.call"(%440#1, %440#2, %457) <{callee = @log_softmax_0}> : (tensor<1x15x32xf32>, tensor<1x15x1xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %459 = "stablehlo.dot_general"(%458, %438) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %460 = "stablehlo.transpose"(%459) <{permutation = array<i64: 1, 0>}> : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %461 = "stablehlo.dot_general"(%458, %arg48) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %462 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %463 = "stablehlo.reduce"(%461, %462) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg167: tensor<f32>, %arg168: tensor<f32>):
      %1009 = "stablehlo.add"(%arg167, %arg168) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1009) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %464 = "stablehlo.reshape"(%463) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %465 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %466 = "stablehlo.reduce"(%464, %465) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg165: tensor<f32>, %arg166: tensor<f32>):
      %1008 = "stablehlo.add"(%arg165, %arg166) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1008) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %467 = "stablehlo.multiply"(%432, %461) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %468 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %469 = "stablehlo.reduce"(%467, %468) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg163: tensor<f32>, %arg164: tensor<f32>):
      %1007 = "stablehlo.add"(%arg163, %arg164) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1007) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %470 = "stablehlo.reshape"(%469) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %471 = "stablehlo.broadcast_in_dim"(%433) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %472 = "stablehlo.multiply"(%461, %471) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %473 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %474 = "stablehlo.reduce"(%470, %473) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg161: tensor<f32>, %arg162: tensor<f32>):
      %1006 = "stablehlo.add"(%arg161, %arg162) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1006) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %475 = "stablehlo.multiply"(%422, %472) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %476 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %477 = "stablehlo.reduce"(%475, %476) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg159: tensor<f32>, %arg160: tensor<f32>):
      %1005 = "stablehlo.add"(%arg159, %arg160) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1005) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %478 = "stablehlo.reshape"(%477) : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %479 = "stablehlo.broadcast_in_dim"(%426) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %480 = "stablehlo.multiply"(%472, %479) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %481 = "stablehlo.multiply"(%478, %430) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %482 = "stablehlo.negate"(%480) : (tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %483 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %484 = "stablehlo.reduce"(%482, %483) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg157: tensor<f32>, %arg158: tensor<f32>):
      %1004 = "stablehlo.add"(%arg157, %arg158) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1004) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %485 = "stablehlo.reshape"(%484) : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %486 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %487 = "stablehlo.broadcast_in_dim"(%486) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %488 = "stablehlo.divide"(%481, %487) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %489 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %490 = "stablehlo.reduce"(%488, %489) <{dimensions = array<i64: 0, 2>}> ({
    ^bb0(%arg155: tensor<f32>, %arg156: tensor<f32>):
      %1003 = "stablehlo.add"(%arg155, %arg156) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1003) : (tensor<f32>) -> ()
    }) : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %491 = "stablehlo.broadcast_in_dim"(%490) <{broadcast_dimensions = array<i64: 1>}> : (tensor<15xf32>) -> tensor<1x15xf32>
    %492 = "stablehlo.broadcast_in_dim"(%491) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %493 = "stablehlo.multiply"(%492, %414) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %494 = "stablehlo.negate"(%493) : (tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %495 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %496 = "stablehlo.reduce"(%494, %495) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg153: tensor<f32>, %arg154: tensor<f32>):
      %1002 = "stablehlo.add"(%arg153, %arg154) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1002) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %497 = "stablehlo.reshape"(%496) : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %498 = "stablehlo.add"(%480, %493) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %499 = "stablehlo.add"(%485, %497) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %500 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %501 = "stablehlo.broadcast_in_dim"(%500) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %502 = "stablehlo.divide"(%499, %501) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %503 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %504 = "stablehlo.reduce"(%502, %503) <{dimensions = array<i64: 0, 2>}> ({
    ^bb0(%arg151: tensor<f32>, %arg152: tensor<f32>):
      %1001 = "stablehlo.add"(%arg151, %arg152) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1001) : (tensor<f32>) -> ()
    }) : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %505 = "stablehlo.broadcast_in_dim"(%504) <{broadcast_dimensions = array<i64: 1>}> : (tensor<15xf32>) -> tensor<1x15xf32>
    %506 = "stablehlo.broadcast_in_dim"(%505) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %507 = "stablehlo.add"(%498, %506) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %508 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %509 = "stablehlo.reduce"(%507, %508) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg149: tensor<f32>, %arg150: tensor<f32>):
      %1000 = "stablehlo.add"(%arg149, %arg150) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1000) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %510 = "stablehlo.reshape"(%509) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %511 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %512 = "stablehlo.reduce"(%510, %511) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg147: tensor<f32>, %arg148: tensor<f32>):
      %999 = "stablehlo.add"(%arg147, %arg148) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%999) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %513 = "stablehlo.dot_general"(%507, %397) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<1x15x64xf32>) -> tensor<32x64xf32>
    %514 = "stablehlo.transpose"(%513) <{permutation = array<i64: 1, 0>}> : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %515 = "stablehlo.dot_general"(%507, %arg47) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<64x32xf32>) -> tensor<1x15x64xf32>
    %516 = "stablehlo.multiply"(%373, %515) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %517 = "stablehlo.multiply"(%515, %396) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %518 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %519 = "stablehlo.broadcast_in_dim"(%518) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x64xf32>
    %520 = "stablehlo.multiply"(%519, %516) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %521 = "stablehlo.multiply"(%520, %390) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %522 = "stablehlo.multiply"(%521, %387) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %523 = "stablehlo.add"(%521, %522) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %524 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %525 = "stablehlo.broadcast_in_dim"(%524) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x64xf32>
    %526 = "stablehlo.multiply"(%525, %523) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %527 = "stablehlo.add"(%517, %526) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %528 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %529 = "stablehlo.broadcast_in_dim"(%528) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x64xf32>
    %530 = "stablehlo.multiply"(%529, %526) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %531 = "stablehlo.multiply"(%530, %379) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %532 = "stablehlo.add"(%527, %531) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %533 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %534 = "stablehlo.reduce"(%532, %533) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg145: tensor<f32>, %arg146: tensor<f32>):
      %998 = "stablehlo.add"(%arg145, %arg146) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%998) : (tensor<f32>) -> ()
    }) : (tensor<1x15x64xf32>, tensor<f32>) -> tensor<1x64xf32>
    %535 = "stablehlo.reshape"(%534) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %536 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %537 = "stablehlo.reduce"(%535, %536) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg143: tensor<f32>, %arg144: tensor<f32>):
      %997 = "stablehlo.add"(%arg143, %arg144) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%997) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<64xf32>
    %538 = "stablehlo.dot_general"(%532, %369) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x64xf32>, tensor<1x15x32xf32>) -> tensor<64x32xf32>
    %539 = "stablehlo.transpose"(%538) <{permutation = array<i64: 1, 0>}> : (tensor<64x32xf32>) -> tensor<32x64xf32>
    %540 = "stablehlo.dot_general"(%532, %arg46) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x64xf32>, tensor<32x64xf32>) -> tensor<1x15x32xf32>
    %541 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %542 = "stablehlo.reduce"(%540, %541) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg141: tensor<f32>, %arg142: tensor<f32>):
      %996 = "stablehlo.add"(%arg141, %arg142) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%996) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %543 = "stablehlo.reshape"(%542) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %544 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %545 = "stablehlo.reduce"(%543, %544) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg139: tensor<f32>, %arg140: tensor<f32>):
      %995 = "stablehlo.add"(%arg139, %arg140) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%995) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %546 = "stablehlo.multiply"(%363, %540) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %547 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %548 = "stablehlo.reduce"(%546, %547) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg137: tensor<f32>, %arg138: tensor<f32>):
      %994 = "stablehlo.add"(%arg137, %arg138) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%994) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %549 = "stablehlo.reshape"(%548) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %550 = "stablehlo.broadcast_in_dim"(%364) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %551 = "stablehlo.multiply"(%540, %550) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %552 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %553 = "stablehlo.reduce"(%549, %552) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg135: tensor<f32>, %arg136: tensor<f32>):
      %993 = "stablehlo.add"(%arg135, %arg136) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%993) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %554 = "stablehlo.multiply"(%353, %551) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %555 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %556 = "stablehlo.reduce"(%554, %555) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg133: tensor<f32>, %arg134: tensor<f32>):
      %992 = "stablehlo.add"(%arg133, %arg134) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%992) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %557 = "stablehlo.reshape"(%556) : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %558 = "stablehlo.broadcast_in_dim"(%357) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %559 = "stablehlo.multiply"(%551, %558) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %560 = "stablehlo.multiply"(%557, %361) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %561 = "stablehlo.negate"(%559) : (tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %562 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %563 = "stablehlo.reduce"(%561, %562) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg131: tensor<f32>, %arg132: tensor<f32>):
      %991 = "stablehlo.add"(%arg131, %arg132) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%991) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %564 = "stablehlo.reshape"(%563) : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %565 = "stablehlo.add"(%507, %559) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %566 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %567 = "stablehlo.broadcast_in_dim"(%566) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %568 = "stablehlo.divide"(%560, %567) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %569 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %570 = "stablehlo.reduce"(%568, %569) <{dimensions = array<i64: 0, 2>}> ({
    ^bb0(%arg129: tensor<f32>, %arg130: tensor<f32>):
      %990 = "stablehlo.add"(%arg129, %arg130) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%990) : (tensor<f32>) -> ()
    }) : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %571 = "stablehlo.broadcast_in_dim"(%570) <{broadcast_dimensions = array<i64: 1>}> : (tensor<15xf32>) -> tensor<1x15xf32>
    %572 = "stablehlo.broadcast_in_dim"(%571) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %573 = "stablehlo.multiply"(%572, %345) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %574 = "stablehlo.negate"(%573) : (tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %575 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %576 = "stablehlo.reduce"(%574, %575) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg127: tensor<f32>, %arg128: tensor<f32>):
      %989 = "stablehlo.add"(%arg127, %arg128) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%989) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %577 = "stablehlo.reshape"(%576) : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %578 = "stablehlo.add"(%565, %573) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %579 = "stablehlo.add"(%564, %577) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %580 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %581 = "stablehlo.broadcast_in_dim"(%580) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %582 = "stablehlo.divide"(%579, %581) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %583 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %584 = "stablehlo.reduce"(%582, %583) <{dimensions = array<i64: 0, 2>}> ({
    ^bb0(%arg125: tensor<f32>, %arg126: tensor<f32>):
      %988 = "stablehlo.add"(%arg125, %arg126) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%988) : (tensor<f32>) -> ()
    }) : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %585 = "stablehlo.broadcast_in_dim"(%584) <{broadcast_dimensions = array<i64: 1>}> : (tensor<15xf32>) -> tensor<1x15xf32>
    %586 = "stablehlo.broadcast_in_dim"(%585) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %587 = "stablehlo.add"(%578, %586) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %588 = "stablehlo.dot_general"(%587, %331) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %589 = "stablehlo.transpose"(%588) <{permutation = array<i64: 1, 0>}> : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %590 = "stablehlo.dot_general"(%587, %arg37) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %591 = "stablehlo.reshape"(%590) : (tensor<1x15x32xf32>) -> tensor<1x15x2x16xf32>
    %592 = "stablehlo.transpose"(%591) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x15x2x16xf32>) -> tensor<1x2x15x16xf32>
    %593 = "stablehlo.dot_general"(%592, %324) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x15x16xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x16x15xf32>
    %594 = "stablehlo.transpose"(%593) <{permutation = array<i64: 0, 1, 3, 2>}> : (tensor<1x2x16x15xf32>) -> tensor<1x2x15x16xf32>
    %595 = "stablehlo.dot_general"(%592, %280) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x15x16xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x15xf32>
    %596 = "stablehlo.broadcast_in_dim"(%328) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %597 = "stablehlo.multiply"(%595, %596) : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %598 = "stablehlo.multiply"(%597, %319) : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %599 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %600 = "stablehlo.reduce"(%598, %599) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg123: tensor<f32>, %arg124: tensor<f32>):
      %987 = "stablehlo.add"(%arg123, %arg124) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%987) : (tensor<f32>) -> ()
    }) : (tensor<1x2x15x15xf32>, tensor<f32>) -> tensor<1x2x15xf32>
    %601 = "stablehlo.reshape"(%600) : (tensor<1x2x15xf32>) -> tensor<1x2x15x1xf32>
    %602 = "stablehlo.negate"(%601) : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x1xf32>
    %603 = "stablehlo.broadcast_in_dim"(%322) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %604 = "stablehlo.divide"(%595, %603) : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %605 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %606 = "stablehlo.reduce"(%602, %605) <{dimensions = array<i64: 0, 3>}> ({
    ^bb0(%arg121: tensor<f32>, %arg122: tensor<f32>):
      %986 = "stablehlo.add"(%arg121, %arg122) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%986) : (tensor<f32>) -> ()
    }) : (tensor<1x2x15x1xf32>, tensor<f32>) -> tensor<2x15xf32>
    %607 = "stablehlo.broadcast_in_dim"(%606) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<2x15xf32>) -> tensor<1x2x15xf32>
    %608 = "stablehlo.broadcast_in_dim"(%607) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x15xf32>) -> tensor<1x2x15x15xf32>
    %609 = "stablehlo.add"(%604, %608) : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %610 = "stablehlo.multiply"(%609, %319) : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %611 = "func.call"(%289#1, %289#2, %610) <{callee = @_where_1}> : (tensor<1x2x15x15xi1>, tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %612 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %613 = "stablehlo.broadcast_in_dim"(%612) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15x15xf32>
    %614 = "stablehlo.multiply"(%611, %613) : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %615 = "stablehlo.dot_general"(%614, %274) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x15x15xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x16xf32>
    %616 = "stablehlo.dot_general"(%614, %277) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x15x15xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x16xf32>
    %617 = "stablehlo.transpose"(%594) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x2x15x16xf32>) -> tensor<1x15x2x16xf32>
    %618 = "stablehlo.reshape"(%617) : (tensor<1x15x2x16xf32>) -> tensor<1x15x32xf32>
    %619 = "stablehlo.dot_general"(%618, %271) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %620 = "stablehlo.transpose"(%619) <{permutation = array<i64: 1, 0>}> : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %621 = "stablehlo.dot_general"(%618, %arg39) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %622 = "stablehlo.transpose"(%615) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x2x15x16xf32>) -> tensor<1x15x2x16xf32>
    %623 = "stablehlo.reshape"(%622) : (tensor<1x15x2x16xf32>) -> tensor<1x15x32xf32>
    %624 = "stablehlo.dot_general"(%623, %271) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %625 = "stablehlo.transpose"(%624) <{permutation = array<i64: 1, 0>}> : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %626 = "stablehlo.dot_general"(%623, %arg36) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %627 = "stablehlo.add"(%621, %626) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %628 = "stablehlo.transpose"(%616) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x2x15x16xf32>) -> tensor<1x15x2x16xf32>
    %629 = "stablehlo.reshape"(%628) : (tensor<1x15x2x16xf32>) -> tensor<1x15x32xf32>
    %630 = "stablehlo.dot_general"(%629, %271) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %631 = "stablehlo.transpose"(%630) <{permutation = array<i64: 1, 0>}> : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %632 = "stablehlo.dot_general"(%629, %arg38) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %633 = "stablehlo.add"(%627, %632) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %634 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %635 = "stablehlo.reduce"(%633, %634) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg119: tensor<f32>, %arg120: tensor<f32>):
      %985 = "stablehlo.add"(%arg119, %arg120) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%985) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %636 = "stablehlo.reshape"(%635) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %637 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %638 = "stablehlo.reduce"(%636, %637) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg117: tensor<f32>, %arg118: tensor<f32>):
      %984 = "stablehlo.add"(%arg117, %arg118) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%984) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %639 = "stablehlo.multiply"(%265, %633) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %640 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %641 = "stablehlo.reduce"(%639, %640) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg115: tensor<f32>, %arg116: tensor<f32>):
      %983 = "stablehlo.add"(%arg115, %arg116) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%983) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %642 = "stablehlo.reshape"(%641) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %643 = "stablehlo.broadcast_in_dim"(%266) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %644 = "stablehlo.multiply"(%633, %643) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %645 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %646 = "stablehlo.reduce"(%642, %645) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg113: tensor<f32>, %arg114: tensor<f32>):
      %982 = "stablehlo.add"(%arg113, %arg114) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%982) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %647 = "stablehlo.multiply"(%255, %644) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %648 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %649 = "stablehlo.reduce"(%647, %648) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg111: tensor<f32>, %arg112: tensor<f32>):
      %981 = "stablehlo.add"(%arg111, %arg112) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%981) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %650 = "stablehlo.reshape"(%649) : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %651 = "stablehlo.broadcast_in_dim"(%259) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %652 = "stablehlo.multiply"(%644, %651) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %653 = "stablehlo.multiply"(%650, %263) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %654 = "stablehlo.negate"(%652) : (tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %655 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %656 = "stablehlo.reduce"(%654, %655) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg109: tensor<f32>, %arg110: tensor<f32>):
      %980 = "stablehlo.add"(%arg109, %arg110) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%980) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %657 = "stablehlo.reshape"(%656) : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %658 = "stablehlo.add"(%587, %652) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %659 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %660 = "stablehlo.broadcast_in_dim"(%659) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %661 = "stablehlo.divide"(%653, %660) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %662 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %663 = "stablehlo.reduce"(%661, %662) <{dimensions = array<i64: 0, 2>}> ({
    ^bb0(%arg107: tensor<f32>, %arg108: tensor<f32>):
      %979 = "stablehlo.add"(%arg107, %arg108) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%979) : (tensor<f32>) -> ()
    }) : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %664 = "stablehlo.broadcast_in_dim"(%663) <{broadcast_dimensions = array<i64: 1>}> : (tensor<15xf32>) -> tensor<1x15xf32>
    %665 = "stablehlo.broadcast_in_dim"(%664) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %666 = "stablehlo.multiply"(%665, %247) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %667 = "stablehlo.negate"(%666) : (tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %668 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %669 = "stablehlo.reduce"(%667, %668) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg105: tensor<f32>, %arg106: tensor<f32>):
      %978 = "stablehlo.add"(%arg105, %arg106) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%978) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %670 = "stablehlo.reshape"(%669) : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %671 = "stablehlo.add"(%658, %666) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %672 = "stablehlo.add"(%657, %670) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %673 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %674 = "stablehlo.broadcast_in_dim"(%673) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %675 = "stablehlo.divide"(%672, %674) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %676 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %677 = "stablehlo.reduce"(%675, %676) <{dimensions = array<i64: 0, 2>}> ({
    ^bb0(%arg103: tensor<f32>, %arg104: tensor<f32>):
      %977 = "stablehlo.add"(%arg103, %arg104) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%977) : (tensor<f32>) -> ()
    }) : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %678 = "stablehlo.broadcast_in_dim"(%677) <{broadcast_dimensions = array<i64: 1>}> : (tensor<15xf32>) -> tensor<1x15xf32>
    %679 = "stablehlo.broadcast_in_dim"(%678) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %680 = "stablehlo.add"(%671, %679) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %681 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %682 = "stablehlo.reduce"(%680, %681) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg101: tensor<f32>, %arg102: tensor<f32>):
      %976 = "stablehlo.add"(%arg101, %arg102) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%976) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %683 = "stablehlo.reshape"(%682) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %684 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %685 = "stablehlo.reduce"(%683, %684) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg99: tensor<f32>, %arg100: tensor<f32>):
      %975 = "stablehlo.add"(%arg99, %arg100) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%975) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %686 = "stablehlo.dot_general"(%680, %230) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<1x15x64xf32>) -> tensor<32x64xf32>
    %687 = "stablehlo.transpose"(%686) <{permutation = array<i64: 1, 0>}> : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %688 = "stablehlo.dot_general"(%680, %arg35) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<64x32xf32>) -> tensor<1x15x64xf32>
    %689 = "stablehlo.multiply"(%206, %688) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %690 = "stablehlo.multiply"(%688, %229) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %691 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %692 = "stablehlo.broadcast_in_dim"(%691) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x64xf32>
    %693 = "stablehlo.multiply"(%692, %689) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %694 = "stablehlo.multiply"(%693, %223) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %695 = "stablehlo.multiply"(%694, %220) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %696 = "stablehlo.add"(%694, %695) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %697 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %698 = "stablehlo.broadcast_in_dim"(%697) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x64xf32>
    %699 = "stablehlo.multiply"(%698, %696) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %700 = "stablehlo.add"(%690, %699) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %701 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %702 = "stablehlo.broadcast_in_dim"(%701) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x64xf32>
    %703 = "stablehlo.multiply"(%702, %699) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %704 = "stablehlo.multiply"(%703, %212) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %705 = "stablehlo.add"(%700, %704) : (tensor<1x15x64xf32>, tensor<1x15x64xf32>) -> tensor<1x15x64xf32>
    %706 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %707 = "stablehlo.reduce"(%705, %706) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg97: tensor<f32>, %arg98: tensor<f32>):
      %974 = "stablehlo.add"(%arg97, %arg98) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%974) : (tensor<f32>) -> ()
    }) : (tensor<1x15x64xf32>, tensor<f32>) -> tensor<1x64xf32>
    %708 = "stablehlo.reshape"(%707) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %709 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %710 = "stablehlo.reduce"(%708, %709) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg95: tensor<f32>, %arg96: tensor<f32>):
      %973 = "stablehlo.add"(%arg95, %arg96) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%973) : (tensor<f32>) -> ()
    }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<64xf32>
    %711 = "stablehlo.dot_general"(%705, %202) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x64xf32>, tensor<1x15x32xf32>) -> tensor<64x32xf32>
    %712 = "stablehlo.transpose"(%711) <{permutation = array<i64: 1, 0>}> : (tensor<64x32xf32>) -> tensor<32x64xf32>
    %713 = "stablehlo.dot_general"(%705, %arg34) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x64xf32>, tensor<32x64xf32>) -> tensor<1x15x32xf32>
    %714 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %715 = "stablehlo.reduce"(%713, %714) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg93: tensor<f32>, %arg94: tensor<f32>):
      %972 = "stablehlo.add"(%arg93, %arg94) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%972) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %716 = "stablehlo.reshape"(%715) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %717 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %718 = "stablehlo.reduce"(%716, %717) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg91: tensor<f32>, %arg92: tensor<f32>):
      %971 = "stablehlo.add"(%arg91, %arg92) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%971) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %719 = "stablehlo.multiply"(%196, %713) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %720 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %721 = "stablehlo.reduce"(%719, %720) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg89: tensor<f32>, %arg90: tensor<f32>):
      %970 = "stablehlo.add"(%arg89, %arg90) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%970) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %722 = "stablehlo.reshape"(%721) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %723 = "stablehlo.broadcast_in_dim"(%197) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %724 = "stablehlo.multiply"(%713, %723) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %725 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %726 = "stablehlo.reduce"(%722, %725) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg87: tensor<f32>, %arg88: tensor<f32>):
      %969 = "stablehlo.add"(%arg87, %arg88) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%969) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %727 = "stablehlo.multiply"(%186, %724) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %728 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %729 = "stablehlo.reduce"(%727, %728) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg85: tensor<f32>, %arg86: tensor<f32>):
      %968 = "stablehlo.add"(%arg85, %arg86) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%968) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %730 = "stablehlo.reshape"(%729) : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %731 = "stablehlo.broadcast_in_dim"(%190) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %732 = "stablehlo.multiply"(%724, %731) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %733 = "stablehlo.multiply"(%730, %194) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %734 = "stablehlo.negate"(%732) : (tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %735 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %736 = "stablehlo.reduce"(%734, %735) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg83: tensor<f32>, %arg84: tensor<f32>):
      %967 = "stablehlo.add"(%arg83, %arg84) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%967) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %737 = "stablehlo.reshape"(%736) : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %738 = "stablehlo.add"(%680, %732) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %739 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %740 = "stablehlo.broadcast_in_dim"(%739) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %741 = "stablehlo.divide"(%733, %740) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %742 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %743 = "stablehlo.reduce"(%741, %742) <{dimensions = array<i64: 0, 2>}> ({
    ^bb0(%arg81: tensor<f32>, %arg82: tensor<f32>):
      %966 = "stablehlo.add"(%arg81, %arg82) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%966) : (tensor<f32>) -> ()
    }) : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %744 = "stablehlo.broadcast_in_dim"(%743) <{broadcast_dimensions = array<i64: 1>}> : (tensor<15xf32>) -> tensor<1x15xf32>
    %745 = "stablehlo.broadcast_in_dim"(%744) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %746 = "stablehlo.multiply"(%745, %178) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %747 = "stablehlo.negate"(%746) : (tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %748 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %749 = "stablehlo.reduce"(%747, %748) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg79: tensor<f32>, %arg80: tensor<f32>):
      %965 = "stablehlo.add"(%arg79, %arg80) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%965) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %750 = "stablehlo.reshape"(%749) : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %751 = "stablehlo.add"(%738, %746) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %752 = "stablehlo.add"(%737, %750) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %753 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %754 = "stablehlo.broadcast_in_dim"(%753) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %755 = "stablehlo.divide"(%752, %754) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %756 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %757 = "stablehlo.reduce"(%755, %756) <{dimensions = array<i64: 0, 2>}> ({
    ^bb0(%arg77: tensor<f32>, %arg78: tensor<f32>):
      %964 = "stablehlo.add"(%arg77, %arg78) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%964) : (tensor<f32>) -> ()
    }) : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %758 = "stablehlo.broadcast_in_dim"(%757) <{broadcast_dimensions = array<i64: 1>}> : (tensor<15xf32>) -> tensor<1x15xf32>
    %759 = "stablehlo.broadcast_in_dim"(%758) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %760 = "stablehlo.add"(%751, %759) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %761 = "stablehlo.dot_general"(%760, %164) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %762 = "stablehlo.transpose"(%761) <{permutation = array<i64: 1, 0>}> : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %763 = "stablehlo.dot_general"(%760, %arg25) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %764 = "stablehlo.reshape"(%763) : (tensor<1x15x32xf32>) -> tensor<1x15x2x16xf32>
    %765 = "stablehlo.transpose"(%764) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x15x2x16xf32>) -> tensor<1x2x15x16xf32>
    %766 = "stablehlo.dot_general"(%765, %157) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x15x16xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x16x15xf32>
    %767 = "stablehlo.transpose"(%766) <{permutation = array<i64: 0, 1, 3, 2>}> : (tensor<1x2x16x15xf32>) -> tensor<1x2x15x16xf32>
    %768 = "stablehlo.dot_general"(%765, %113) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x15x16xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x15xf32>
    %769 = "stablehlo.broadcast_in_dim"(%161) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %770 = "stablehlo.multiply"(%768, %769) : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %771 = "stablehlo.multiply"(%770, %152) : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %772 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %773 = "stablehlo.reduce"(%771, %772) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg75: tensor<f32>, %arg76: tensor<f32>):
      %963 = "stablehlo.add"(%arg75, %arg76) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%963) : (tensor<f32>) -> ()
    }) : (tensor<1x2x15x15xf32>, tensor<f32>) -> tensor<1x2x15xf32>
    %774 = "stablehlo.reshape"(%773) : (tensor<1x2x15xf32>) -> tensor<1x2x15x1xf32>
    %775 = "stablehlo.negate"(%774) : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x1xf32>
    %776 = "stablehlo.broadcast_in_dim"(%155) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %777 = "stablehlo.divide"(%768, %776) : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %778 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %779 = "stablehlo.reduce"(%775, %778) <{dimensions = array<i64: 0, 3>}> ({
    ^bb0(%arg73: tensor<f32>, %arg74: tensor<f32>):
      %962 = "stablehlo.add"(%arg73, %arg74) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%962) : (tensor<f32>) -> ()
    }) : (tensor<1x2x15x1xf32>, tensor<f32>) -> tensor<2x15xf32>
    %780 = "stablehlo.broadcast_in_dim"(%779) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<2x15xf32>) -> tensor<1x2x15xf32>
    %781 = "stablehlo.broadcast_in_dim"(%780) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x15xf32>) -> tensor<1x2x15x15xf32>
    %782 = "stablehlo.add"(%777, %781) : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %783 = "stablehlo.multiply"(%782, %152) : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %784 = "func.call"(%122#1, %122#2, %783) <{callee = @_where_1}> : (tensor<1x2x15x15xi1>, tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %785 = "stablehlo.constant"() <{value = dense<2.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %786 = "stablehlo.broadcast_in_dim"(%785) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15x15xf32>
    %787 = "stablehlo.multiply"(%784, %786) : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %788 = "stablehlo.dot_general"(%787, %107) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x15x15xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x16xf32>
    %789 = "stablehlo.dot_general"(%787, %110) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x2x15x15xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x16xf32>
    %790 = "stablehlo.transpose"(%767) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x2x15x16xf32>) -> tensor<1x15x2x16xf32>
    %791 = "stablehlo.reshape"(%790) : (tensor<1x15x2x16xf32>) -> tensor<1x15x32xf32>
    %792 = "stablehlo.dot_general"(%791, %104) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %793 = "stablehlo.transpose"(%792) <{permutation = array<i64: 1, 0>}> : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %794 = "stablehlo.dot_general"(%791, %arg27) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %795 = "stablehlo.transpose"(%788) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x2x15x16xf32>) -> tensor<1x15x2x16xf32>
    %796 = "stablehlo.reshape"(%795) : (tensor<1x15x2x16xf32>) -> tensor<1x15x32xf32>
    %797 = "stablehlo.dot_general"(%796, %104) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %798 = "stablehlo.transpose"(%797) <{permutation = array<i64: 1, 0>}> : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %799 = "stablehlo.dot_general"(%796, %arg24) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %800 = "stablehlo.add"(%794, %799) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %801 = "stablehlo.transpose"(%789) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<1x2x15x16xf32>) -> tensor<1x15x2x16xf32>
    %802 = "stablehlo.reshape"(%801) : (tensor<1x15x2x16xf32>) -> tensor<1x15x32xf32>
    %803 = "stablehlo.dot_general"(%802, %104) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %804 = "stablehlo.transpose"(%803) <{permutation = array<i64: 1, 0>}> : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %805 = "stablehlo.dot_general"(%802, %arg26) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %806 = "stablehlo.add"(%800, %805) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %807 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %808 = "stablehlo.reduce"(%806, %807) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg71: tensor<f32>, %arg72: tensor<f32>):
      %961 = "stablehlo.add"(%arg71, %arg72) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%961) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %809 = "stablehlo.reshape"(%808) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %810 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %811 = "stablehlo.reduce"(%809, %810) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg69: tensor<f32>, %arg70: tensor<f32>):
      %960 = "stablehlo.add"(%arg69, %arg70) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%960) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %812 = "stablehlo.multiply"(%98, %806) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %813 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %814 = "stablehlo.reduce"(%812, %813) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg67: tensor<f32>, %arg68: tensor<f32>):
      %959 = "stablehlo.add"(%arg67, %arg68) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%959) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %815 = "stablehlo.reshape"(%814) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %816 = "stablehlo.broadcast_in_dim"(%99) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %817 = "stablehlo.multiply"(%806, %816) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %818 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %819 = "stablehlo.reduce"(%815, %818) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg65: tensor<f32>, %arg66: tensor<f32>):
      %958 = "stablehlo.add"(%arg65, %arg66) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%958) : (tensor<f32>) -> ()
    }) : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %820 = "stablehlo.multiply"(%88, %817) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %821 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %822 = "stablehlo.reduce"(%820, %821) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg63: tensor<f32>, %arg64: tensor<f32>):
      %957 = "stablehlo.add"(%arg63, %arg64) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%957) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %823 = "stablehlo.reshape"(%822) : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %824 = "stablehlo.broadcast_in_dim"(%92) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %825 = "stablehlo.multiply"(%817, %824) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %826 = "stablehlo.multiply"(%823, %96) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %827 = "stablehlo.negate"(%825) : (tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %828 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %829 = "stablehlo.reduce"(%827, %828) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg61: tensor<f32>, %arg62: tensor<f32>):
      %956 = "stablehlo.add"(%arg61, %arg62) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%956) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %830 = "stablehlo.reshape"(%829) : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %831 = "stablehlo.add"(%760, %825) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %832 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %833 = "stablehlo.broadcast_in_dim"(%832) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %834 = "stablehlo.divide"(%826, %833) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %835 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %836 = "stablehlo.reduce"(%834, %835) <{dimensions = array<i64: 0, 2>}> ({
    ^bb0(%arg59: tensor<f32>, %arg60: tensor<f32>):
      %955 = "stablehlo.add"(%arg59, %arg60) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%955) : (tensor<f32>) -> ()
    }) : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %837 = "stablehlo.broadcast_in_dim"(%836) <{broadcast_dimensions = array<i64: 1>}> : (tensor<15xf32>) -> tensor<1x15xf32>
    %838 = "stablehlo.broadcast_in_dim"(%837) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %839 = "stablehlo.multiply"(%838, %80) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %840 = "stablehlo.negate"(%839) : (tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %841 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %842 = "stablehlo.reduce"(%840, %841) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg57: tensor<f32>, %arg58: tensor<f32>):
      %954 = "stablehlo.add"(%arg57, %arg58) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%954) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %843 = "stablehlo.reshape"(%842) : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %844 = "stablehlo.add"(%831, %839) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %845 = "stablehlo.add"(%830, %843) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %846 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %847 = "stablehlo.broadcast_in_dim"(%846) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15x1xf32>
    %848 = "stablehlo.divide"(%845, %847) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %849 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %850 = "stablehlo.reduce"(%848, %849) <{dimensions = array<i64: 0, 2>}> ({
    ^bb0(%arg55: tensor<f32>, %arg56: tensor<f32>):
      %953 = "stablehlo.add"(%arg55, %arg56) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%953) : (tensor<f32>) -> ()
    }) : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %851 = "stablehlo.broadcast_in_dim"(%850) <{broadcast_dimensions = array<i64: 1>}> : (tensor<15xf32>) -> tensor<1x15xf32>
    %852 = "stablehlo.broadcast_in_dim"(%851) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %853 = "stablehlo.add"(%844, %852) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %854 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %855 = "stablehlo.reduce"(%853, %854) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg53: tensor<f32>, %arg54: tensor<f32>):
      %952 = "stablehlo.add"(%arg53, %arg54) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%952) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<15x32xf32>
    %856 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %857 = "stablehlo.broadcast_in_dim"(%856) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32x32xf32>
    %858 = "stablehlo.scatter"(%857, %65, %853) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false}> ({
    ^bb0(%arg51: tensor<f32>, %arg52: tensor<f32>):
      %951 = "stablehlo.add"(%arg51, %arg52) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%951) : (tensor<f32>) -> ()
    }) : (tensor<32x32xf32>, tensor<1x15x1xi32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %859 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %860 = "stablehlo.broadcast_in_dim"(%859) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16x32xf32>
    %861 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %862 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %863 = "stablehlo.dynamic_update_slice"(%860, %855, %861, %862) : (tensor<16x32xf32>, tensor<15x32xf32>, tensor<i32>, tensor<i32>) -> tensor<16x32xf32>
    %864 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16x32xf32>
    %865 = "stablehlo.multiply"(%864, %863) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %866 = "stablehlo.subtract"(%arg20, %865) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %867 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32x32xf32>
    %868 = "stablehlo.multiply"(%867, %858) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %869 = "stablehlo.subtract"(%arg21, %868) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %870 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32xf32>
    %871 = "stablehlo.multiply"(%870, %466) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %872 = "stablehlo.subtract"(%arg22, %871) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %873 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32xf32>
    %874 = "stablehlo.multiply"(%873, %474) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %875 = "stablehlo.subtract"(%arg23, %874) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %876 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32x32xf32>
    %877 = "stablehlo.multiply"(%876, %798) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %878 = "stablehlo.subtract"(%arg24, %877) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %879 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32x32xf32>
    %880 = "stablehlo.multiply"(%879, %762) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %881 = "stablehlo.subtract"(%arg25, %880) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %882 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32x32xf32>
    %883 = "stablehlo.multiply"(%882, %804) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %884 = "stablehlo.subtract"(%arg26, %883) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %885 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32x32xf32>
    %886 = "stablehlo.multiply"(%885, %793) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %887 = "stablehlo.subtract"(%arg27, %886) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %888 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32xf32>
    %889 = "stablehlo.multiply"(%888, %811) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %890 = "stablehlo.subtract"(%arg28, %889) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %891 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32xf32>
    %892 = "stablehlo.multiply"(%891, %819) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %893 = "stablehlo.subtract"(%arg29, %892) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %894 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32xf32>
    %895 = "stablehlo.multiply"(%894, %718) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %896 = "stablehlo.subtract"(%arg30, %895) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %897 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32xf32>
    %898 = "stablehlo.multiply"(%897, %726) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %899 = "stablehlo.subtract"(%arg31, %898) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %900 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %901 = "stablehlo.multiply"(%900, %710) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %902 = "stablehlo.subtract"(%arg32, %901) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %903 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32xf32>
    %904 = "stablehlo.multiply"(%903, %685) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %905 = "stablehlo.subtract"(%arg33, %904) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %906 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32x64xf32>
    %907 = "stablehlo.multiply"(%906, %712) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %908 = "stablehlo.subtract"(%arg34, %907) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %909 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x32xf32>
    %910 = "stablehlo.multiply"(%909, %687) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %911 = "stablehlo.subtract"(%arg35, %910) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %912 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32x32xf32>
    %913 = "stablehlo.multiply"(%912, %625) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %914 = "stablehlo.subtract"(%arg36, %913) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %915 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32x32xf32>
    %916 = "stablehlo.multiply"(%915, %589) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %917 = "stablehlo.subtract"(%arg37, %916) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %918 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32x32xf32>
    %919 = "stablehlo.multiply"(%918, %631) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %920 = "stablehlo.subtract"(%arg38, %919) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %921 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32x32xf32>
    %922 = "stablehlo.multiply"(%921, %620) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %923 = "stablehlo.subtract"(%arg39, %922) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %924 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32xf32>
    %925 = "stablehlo.multiply"(%924, %638) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %926 = "stablehlo.subtract"(%arg40, %925) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %927 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32xf32>
    %928 = "stablehlo.multiply"(%927, %646) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %929 = "stablehlo.subtract"(%arg41, %928) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %930 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32xf32>
    %931 = "stablehlo.multiply"(%930, %545) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %932 = "stablehlo.subtract"(%arg42, %931) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %933 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32xf32>
    %934 = "stablehlo.multiply"(%933, %553) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %935 = "stablehlo.subtract"(%arg43, %934) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %936 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %937 = "stablehlo.multiply"(%936, %537) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %938 = "stablehlo.subtract"(%arg44, %937) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %939 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32xf32>
    %940 = "stablehlo.multiply"(%939, %512) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %941 = "stablehlo.subtract"(%arg45, %940) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %942 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32x64xf32>
    %943 = "stablehlo.multiply"(%942, %539) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %944 = "stablehlo.subtract"(%arg46, %943) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %945 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x32xf32>
    %946 = "stablehlo.multiply"(%945, %514) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %947 = "stablehlo.subtract"(%arg47, %946) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %948 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<32x32xf32>
    %949 = "stablehlo.multiply"(%948, %460) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %950 = "stablehlo.subtract"(%arg48, %949) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    "func.return"(%866, %869, %872, %875, %878, %881, %884, %887, %890, %893, %896, %899, %902, %905, %908, %911, %914, %917, %920, %923, %926, %929, %932, %935, %938, %941, %944, %947, %950, %450) : (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64x32xf32>, tensor<32x32xf32>, tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<15x15xi1>) -> tensor<15x15xi1>, res_attrs = [{}], sym_name = "tril", sym_visibility = "private"}> ({
  ^bb0(%arg19: tensor<15x15xi1>):
    %45 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<15x15xi32>
    %46 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %47 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<15x15xi32>
    %48 = "stablehlo.add"(%45, %47) : (tensor<15x15xi32>, tensor<15x15xi32>) -> tensor<15x15xi32>
    %49 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<15x15xi32>
    %50 = "stablehlo.compare"(%48, %49) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<15x15xi32>, tensor<15x15xi32>) -> tensor<15x15xi1>
    %51 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %52 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<15x15xi1>
    %53 = "stablehlo.select"(%50, %arg19, %52) : (tensor<15x15xi1>, tensor<15x15xi1>, tensor<15x15xi1>) -> tensor<15x15xi1>
    "func.return"(%53) : (tensor<15x15xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<15x15xi1>, tensor<1x2x15x15xf32>, tensor<f32>) -> (tensor<1x2x15x15xf32>, tensor<1x2x15x15xi1>, tensor<1x2x15x15xf32>), res_attrs = [{}, {}, {}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg16: tensor<15x15xi1>, %arg17: tensor<1x2x15x15xf32>, %arg18: tensor<f32>):
    %39 = "stablehlo.convert"(%arg18) : (tensor<f32>) -> tensor<f32>
    %40 = "stablehlo.broadcast_in_dim"(%arg16) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<15x15xi1>) -> tensor<1x2x15x15xi1>
    %41 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15x15xf32>
    %42 = "stablehlo.select"(%40, %arg17, %41) : (tensor<1x2x15x15xi1>, tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %43 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %44 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15x15xf32>
    "func.return"(%42, %40, %44) : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xi1>, tensor<1x2x15x15xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x15x32xf32>) -> (tensor<1x15x32xf32>, tensor<1x15x32xf32>, tensor<1x15x1xf32>), res_attrs = [{}, {}, {}], sym_name = "log_softmax", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<1x15x32xf32>):
    %22 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %23 = "stablehlo.reduce"(%arg11, %22) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg14: tensor<f32>, %arg15: tensor<f32>):
      %38 = "stablehlo.maximum"(%arg14, %arg15) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%38) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %24 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %25 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x15xf32>
    %26 = "stablehlo.maximum"(%25, %23) : (tensor<1x15xf32>, tensor<1x15xf32>) -> tensor<1x15xf32>
    %27 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %28 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %29 = "stablehlo.subtract"(%arg11, %28) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %30 = "stablehlo.exponential"(%29) : (tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %31 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %32 = "stablehlo.reduce"(%30, %31) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg12: tensor<f32>, %arg13: tensor<f32>):
      %37 = "stablehlo.add"(%arg12, %arg13) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%37) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %33 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %34 = "stablehlo.log"(%33) : (tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %35 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %36 = "stablehlo.subtract"(%29, %35) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    "func.return"(%36, %30, %33) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>, tensor<1x15x1xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x15xi32>) -> tensor<1x15x32xf32>, res_attrs = [{}], sym_name = "_one_hot", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<1x15xi32>):
    %16 = "stablehlo.broadcast_in_dim"(%arg10) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xi32>) -> tensor<1x15x1xi32>
    %17 = "stablehlo.iota"() <{iota_dimension = 2 : i64}> : () -> tensor<1x1x32xi32>
    %18 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x15x1xi32>) -> tensor<1x15x32xi32>
    %19 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xi32>) -> tensor<1x15x32xi32>
    %20 = "stablehlo.compare"(%18, %19) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<1x15x32xi32>, tensor<1x15x32xi32>) -> tensor<1x15x32xi1>
    %21 = "stablehlo.convert"(%20) : (tensor<1x15x32xi1>) -> tensor<1x15x32xf32>
    "func.return"(%21) : (tensor<1x15x32xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x15x32xf32>, tensor<1x15x1xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>, res_attrs = [{}], sym_name = "log_softmax_0", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<1x15x32xf32>, %arg4: tensor<1x15x1xf32>, %arg5: tensor<1x15x32xf32>):
    %3 = "stablehlo.negate"(%arg5) : (tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %4 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %5 = "stablehlo.reduce"(%3, %4) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg8: tensor<f32>, %arg9: tensor<f32>):
      %15 = "stablehlo.add"(%arg8, %arg9) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%15) : (tensor<f32>) -> ()
    }) : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %6 = "stablehlo.reshape"(%5) : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %7 = "stablehlo.divide"(%6, %arg4) : (tensor<1x15x1xf32>, tensor<1x15x1xf32>) -> tensor<1x15x1xf32>
    %8 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %9 = "stablehlo.reduce"(%7, %8) <{dimensions = array<i64: 0, 2>}> ({
    ^bb0(%arg6: tensor<f32>, %arg7: tensor<f32>):
      %14 = "stablehlo.add"(%arg6, %arg7) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%14) : (tensor<f32>) -> ()
    }) : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %10 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64: 1>}> : (tensor<15xf32>) -> tensor<1x15xf32>
    %11 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %12 = "stablehlo.multiply"(%11, %arg3) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %13 = "stablehlo.add"(%arg5, %12) : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    "func.return"(%13) : (tensor<1x15x32xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x2x15x15xi1>, tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>, res_attrs = [{}], sym_name = "_where_1", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<1x2x15x15xi1>, %arg1: tensor<1x2x15x15xf32>, %arg2: tensor<1x2x15x15xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x15x15xf32>
    %2 = "stablehlo.select"(%arg0, %arg2, %1) : (tensor<1x2x15x15xi1>, tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    "func.return"(%2) : (tensor<1x2x15x15xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
