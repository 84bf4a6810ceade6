module @jit_train_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<16x32xf32>, %arg1: tensor<32x32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<32xf32>, %arg4: tensor<32x32xf32>, %arg5: tensor<32x32xf32>, %arg6: tensor<32x32xf32>, %arg7: tensor<32x32xf32>, %arg8: tensor<32xf32>, %arg9: tensor<32xf32>, %arg10: tensor<32xf32>, %arg11: tensor<32xf32>, %arg12: tensor<64xf32>, %arg13: tensor<32xf32>, %arg14: tensor<32x64xf32>, %arg15: tensor<64x32xf32>, %arg16: tensor<32x32xf32>, %arg17: tensor<32x32xf32>, %arg18: tensor<32x32xf32>, %arg19: tensor<32x32xf32>, %arg20: tensor<32xf32>, %arg21: tensor<32xf32>, %arg22: tensor<32xf32>, %arg23: tensor<32xf32>, %arg24: tensor<64xf32>, %arg25: tensor<32xf32>, %arg26: tensor<32x64xf32>, %arg27: tensor<64x32xf32>, %arg28: tensor<32x32xf32>, %arg29: tensor<1x16xi32>, %arg30: tensor<f32>) -> (tensor<16x32xf32> {jax.result_info = "result[0]['embed']['pos']"}, tensor<32x32xf32> {jax.result_info = "result[0]['embed']['tok']"}, tensor<32xf32> {jax.result_info = "result[0]['final_norm']['bias']"}, tensor<32xf32> {jax.result_info = "result[0]['final_norm']['scale']"}, tensor<32x32xf32> {jax.result_info = "result[0]['layers'][0]['attn']['wk']"}, tensor<32x32xf32> {jax.result_info = "result[0]['layers'][0]['attn']['wo']"}, tensor<32x32xf32> {jax.result_info = "result[0]['layers'][0]['attn']['wq']"}, tensor<32x32xf32> {jax.result_info = "result[0]['layers'][0]['attn']['wv']"}, tensor<32xf32> {jax.result_info = "result[0]['layers'][0]['ln1']['bias']"}, tensor<32xf32> {jax.result_info = "result[0]['layers'][0]['ln1']['scale']"}, tensor<32xf32> {jax.result_info = "result[0]['layers'][0]['ln2']['bias']"}, tensor<32xf32> {jax.result_info = "result[0]['layers'][0]['ln2']['scale']"}, tensor<64xf32> {jax.result_info = "result[0]['layers'][0]['mlp']['b1']"}, tensor<32xf32> {jax.result_info = "result[0]['layers'][0]['mlp']['b2']"}, tensor<32x64xf32> {jax.result_info = "result[0]['layers'][0]['mlp']['w1']"}, tensor<64x32xf32> {jax.result_info = "result[0]['layers'][0]['mlp']['w2']"}, tensor<32x32xf32> {jax.result_info = "result[0]['layers'][1]['attn']['wk']"}, tensor<32x32xf32> {jax.result_info = "result[0]['layers'][1]['attn']['wo']"}, tensor<32x32xf32> {jax.result_info = "result[0]['layers'][1]['attn']['wq']"}, tensor<32x32xf32> {jax.result_info = "result[0]['layers'][1]['attn']['wv']"}, tensor<32xf32> {jax.result_info = "result[0]['layers'][1]['ln1']['bias']"}, tensor<32xf32> {jax.result_info = "result[0]['layers'][1]['ln1']['scale']"}, tensor<32xf32> {jax.result_info = "result[0]['layers'][1]['ln2']['bias']"}, tensor<32xf32> {jax.result_info = "result[0]['layers'][1]['ln2']['scale']"}, tensor<64xf32> {jax.result_info = "result[0]['layers'][1]['mlp']['b1']"}, tensor<32xf32> {jax.result_info = "result[0]['layers'][1]['mlp']['b2']"}, tensor<32x64xf32> {jax.result_info = "result[0]['layers'][1]['mlp']['w1']"}, tensor<64x32xf32> {jax.result_info = "result[0]['layers'][1]['mlp']['w2']"}, tensor<32x32xf32> {jax.result_info = "result[0]['unembed']['w']"}, tensor<f32> {jax.result_info = "result[1]"}) {
    %0 = stablehlo.slice %arg29 [0:1, 0:15] : (tensor<1x16xi32>) -> tensor<1x15xi32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_slice %arg0, %c, %c_0, sizes = [15, 32] : (tensor<16x32xf32>, tensor<i32>, tensor<i32>) -> tensor<15x32xf32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<1x15xi32>
    %3 = stablehlo.compare LT, %0, %2, SIGNED : (tensor<1x15xi32>, tensor<1x15xi32>) -> tensor<1x15xi1>
    %c_2 = stablehlo.constant dense<32> : tensor<i32>
    %4 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<1x15xi32>
    %5 = stablehlo.add %0, %4 : tensor<1x15xi32>
    %6 = stablehlo.select %3, %5, %0 : tensor<1x15xi1>, tensor<1x15xi32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [0, 1] : (tensor<1x15xi32>) -> tensor<1x15x1xi32>
    %8 = "stablehlo.gather"(%arg1, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xf32>, tensor<1x15x1xi32>) -> tensor<1x15x32xf32>
    %9 = stablehlo.broadcast_in_dim %1, dims = [1, 2] : (tensor<15x32xf32>) -> tensor<1x15x32xf32>
    %10 = stablehlo.add %8, %9 : tensor<1x15x32xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %11 = stablehlo.reduce(%10 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %12 = stablehlo.broadcast_in_dim %11, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %cst_3 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %13 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %14 = stablehlo.divide %12, %13 : tensor<1x15x1xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %16 = stablehlo.subtract %10, %15 : tensor<1x15x32xf32>
    %17 = chlo.square %16 : tensor<1x15x32xf32> -> tensor<1x15x32xf32>
    %cst_4 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x15x32xf32>
    %19 = stablehlo.multiply %18, %16 : tensor<1x15x32xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %20 = stablehlo.reduce(%17 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %cst_6 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %23 = stablehlo.divide %21, %22 : tensor<1x15x1xf32>
    %24 = stablehlo.broadcast_in_dim %14, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %25 = stablehlo.subtract %10, %24 : tensor<1x15x32xf32>
    %cst_7 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %26 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %27 = stablehlo.add %23, %26 : tensor<1x15x1xf32>
    %28 = stablehlo.rsqrt %27 : tensor<1x15x1xf32>
    %29 = stablehlo.divide %28, %27 : tensor<1x15x1xf32>
    %cst_8 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %30 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %31 = stablehlo.multiply %30, %29 : tensor<1x15x1xf32>
    %32 = stablehlo.broadcast_in_dim %28, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %33 = stablehlo.multiply %25, %32 : tensor<1x15x32xf32>
    %34 = stablehlo.broadcast_in_dim %arg9, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %36 = stablehlo.multiply %33, %35 : tensor<1x15x32xf32>
    %37 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %39 = stablehlo.add %36, %38 : tensor<1x15x32xf32>
    %40 = stablehlo.dot_general %39, %arg6, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %41 = stablehlo.reshape %40 : (tensor<1x15x32xf32>) -> tensor<1x15x2x16xf32>
    %42 = stablehlo.transpose %41, dims = [0, 2, 1, 3] : (tensor<1x15x2x16xf32>) -> tensor<1x2x15x16xf32>
    %43 = stablehlo.dot_general %39, %arg4, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %44 = stablehlo.reshape %43 : (tensor<1x15x32xf32>) -> tensor<1x15x2x16xf32>
    %45 = stablehlo.transpose %44, dims = [0, 2, 1, 3] : (tensor<1x15x2x16xf32>) -> tensor<1x2x15x16xf32>
    %46 = stablehlo.dot_general %39, %arg7, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %47 = stablehlo.reshape %46 : (tensor<1x15x32xf32>) -> tensor<1x15x2x16xf32>
    %48 = stablehlo.transpose %47, dims = [0, 2, 1, 3] : (tensor<1x15x2x16xf32>) -> tensor<1x2x15x16xf32>
    %c_9 = stablehlo.constant dense<true> : tensor<i1>
    %49 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<i1>) -> tensor<15x15xi1>
    %50 = call @tril(%49) : (tensor<15x15xi1>) -> tensor<15x15xi1>
    %51 = stablehlo.dot_general %42, %45, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x2x15x16xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x15xf32>
    %cst_10 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %52 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x15x15xf32>
    %53 = stablehlo.multiply %51, %52 : tensor<1x2x15x15xf32>
    %cst_11 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
    %54:3 = call @_where(%50, %53, %cst_11) : (tensor<15x15xi1>, tensor<1x2x15x15xf32>, tensor<f32>) -> (tensor<1x2x15x15xf32>, tensor<1x2x15x15xi1>, tensor<1x2x15x15xf32>)
    %cst_12 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %55 = stablehlo.reduce(%54#0 init: %cst_12) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x15x15xf32>, tensor<f32>) -> tensor<1x2x15xf32>
    %56 = stablehlo.reshape %55 : (tensor<1x2x15xf32>) -> tensor<1x2x15x1xf32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 2, 3] : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %58 = stablehlo.compare EQ, %54#0, %57, FLOAT : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xi1>
    %59 = stablehlo.convert %58 : (tensor<1x2x15x15xi1>) -> tensor<1x2x15x15xf32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %60 = stablehlo.reduce(%59 init: %cst_13) applies stablehlo.add across dimensions = [3] : (tensor<1x2x15x15xf32>, tensor<f32>) -> tensor<1x2x15xf32>
    %cst_14 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %61 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x2x15xf32>
    %62 = stablehlo.maximum %61, %55 : tensor<1x2x15xf32>
    %63 = stablehlo.compare EQ, %55, %62, FLOAT : (tensor<1x2x15xf32>, tensor<1x2x15xf32>) -> tensor<1x2x15xi1>
    %cst_15 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %64 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x2x15xf32>
    %cst_16 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x2x15xf32>
    %66 = stablehlo.select %63, %64, %65 : tensor<1x2x15xi1>, tensor<1x2x15xf32>
    %cst_17 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<1x2x15xf32>
    %68 = stablehlo.compare EQ, %67, %62, FLOAT : (tensor<1x2x15xf32>, tensor<1x2x15xf32>) -> tensor<1x2x15xi1>
    %cst_18 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %69 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<1x2x15xf32>
    %cst_19 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<1x2x15xf32>
    %71 = stablehlo.select %68, %69, %70 : tensor<1x2x15xi1>, tensor<1x2x15xf32>
    %72 = stablehlo.divide %66, %71 : tensor<1x2x15xf32>
    %73 = stablehlo.broadcast_in_dim %62, dims = [0, 1, 2] : (tensor<1x2x15xf32>) -> tensor<1x2x15x1xf32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [0, 1, 2, 3] : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %75 = stablehlo.subtract %54#0, %74 : tensor<1x2x15x15xf32>
    %76 = stablehlo.exponential %75 : tensor<1x2x15x15xf32>
    %cst_20 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %77 = stablehlo.reduce(%76 init: %cst_20) applies stablehlo.add across dimensions = [3] : (tensor<1x2x15x15xf32>, tensor<f32>) -> tensor<1x2x15xf32>
    %78 = stablehlo.broadcast_in_dim %77, dims = [0, 1, 2] : (tensor<1x2x15xf32>) -> tensor<1x2x15x1xf32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [0, 1, 2, 3] : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %80 = stablehlo.divide %76, %79 : tensor<1x2x15x15xf32>
    %81 = stablehlo.multiply %78, %78 : tensor<1x2x15x1xf32>
    %cst_21 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<1x2x15x1xf32>
    %83 = stablehlo.divide %82, %81 : tensor<1x2x15x1xf32>
    %84 = stablehlo.dot_general %80, %48, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x15x15xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x16xf32>
    %85 = stablehlo.transpose %84, dims = [0, 2, 1, 3] : (tensor<1x2x15x16xf32>) -> tensor<1x15x2x16xf32>
    %86 = stablehlo.reshape %85 : (tensor<1x15x2x16xf32>) -> tensor<1x15x32xf32>
    %87 = stablehlo.dot_general %86, %arg5, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %88 = stablehlo.add %10, %87 : tensor<1x15x32xf32>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %89 = stablehlo.reduce(%88 init: %cst_22) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %cst_23 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %91 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %92 = stablehlo.divide %90, %91 : tensor<1x15x1xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %94 = stablehlo.subtract %88, %93 : tensor<1x15x32xf32>
    %95 = chlo.square %94 : tensor<1x15x32xf32> -> tensor<1x15x32xf32>
    %cst_24 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %96 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<1x15x32xf32>
    %97 = stablehlo.multiply %96, %94 : tensor<1x15x32xf32>
    %cst_25 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %98 = stablehlo.reduce(%95 init: %cst_25) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %99 = stablehlo.broadcast_in_dim %98, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %cst_26 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %100 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %101 = stablehlo.divide %99, %100 : tensor<1x15x1xf32>
    %102 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %103 = stablehlo.subtract %88, %102 : tensor<1x15x32xf32>
    %cst_27 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %105 = stablehlo.add %101, %104 : tensor<1x15x1xf32>
    %106 = stablehlo.rsqrt %105 : tensor<1x15x1xf32>
    %107 = stablehlo.divide %106, %105 : tensor<1x15x1xf32>
    %cst_28 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %108 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %109 = stablehlo.multiply %108, %107 : tensor<1x15x1xf32>
    %110 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %111 = stablehlo.multiply %103, %110 : tensor<1x15x32xf32>
    %112 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %114 = stablehlo.multiply %111, %113 : tensor<1x15x32xf32>
    %115 = stablehlo.broadcast_in_dim %arg10, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %117 = stablehlo.add %114, %116 : tensor<1x15x32xf32>
    %118 = stablehlo.dot_general %117, %arg14, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x64xf32>) -> tensor<1x15x64xf32>
    %119 = stablehlo.broadcast_in_dim %arg12, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %120 = stablehlo.broadcast_in_dim %119, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<1x15x64xf32>
    %121 = stablehlo.add %118, %120 : tensor<1x15x64xf32>
    %122 = stablehlo.multiply %121, %121 : tensor<1x15x64xf32>
    %123 = stablehlo.multiply %122, %121 : tensor<1x15x64xf32>
    %124 = stablehlo.multiply %121, %121 : tensor<1x15x64xf32>
    %cst_29 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %125 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<1x15x64xf32>
    %126 = stablehlo.multiply %125, %124 : tensor<1x15x64xf32>
    %cst_30 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %127 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<1x15x64xf32>
    %128 = stablehlo.multiply %127, %123 : tensor<1x15x64xf32>
    %129 = stablehlo.add %121, %128 : tensor<1x15x64xf32>
    %cst_31 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %130 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<1x15x64xf32>
    %131 = stablehlo.multiply %130, %129 : tensor<1x15x64xf32>
    %132 = stablehlo.tanh %131 : tensor<1x15x64xf32>
    %cst_32 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %133 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<1x15x64xf32>
    %134 = stablehlo.subtract %133, %132 : tensor<1x15x64xf32>
    %cst_33 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %135 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<1x15x64xf32>
    %136 = stablehlo.add %135, %132 : tensor<1x15x64xf32>
    %cst_34 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<1x15x64xf32>
    %138 = stablehlo.multiply %137, %136 : tensor<1x15x64xf32>
    %139 = stablehlo.multiply %121, %138 : tensor<1x15x64xf32>
    %140 = stablehlo.dot_general %139, %arg15, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x15x64xf32>, tensor<64x32xf32>) -> tensor<1x15x32xf32>
    %141 = stablehlo.broadcast_in_dim %arg13, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %143 = stablehlo.add %140, %142 : tensor<1x15x32xf32>
    %144 = stablehlo.add %88, %143 : tensor<1x15x32xf32>
    %cst_35 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %145 = stablehlo.reduce(%144 init: %cst_35) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %cst_36 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %147 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %148 = stablehlo.divide %146, %147 : tensor<1x15x1xf32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %150 = stablehlo.subtract %144, %149 : tensor<1x15x32xf32>
    %151 = chlo.square %150 : tensor<1x15x32xf32> -> tensor<1x15x32xf32>
    %cst_37 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %152 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<1x15x32xf32>
    %153 = stablehlo.multiply %152, %150 : tensor<1x15x32xf32>
    %cst_38 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %154 = stablehlo.reduce(%151 init: %cst_38) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %cst_39 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %156 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %157 = stablehlo.divide %155, %156 : tensor<1x15x1xf32>
    %158 = stablehlo.broadcast_in_dim %148, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %159 = stablehlo.subtract %144, %158 : tensor<1x15x32xf32>
    %cst_40 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %160 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %161 = stablehlo.add %157, %160 : tensor<1x15x1xf32>
    %162 = stablehlo.rsqrt %161 : tensor<1x15x1xf32>
    %163 = stablehlo.divide %162, %161 : tensor<1x15x1xf32>
    %cst_41 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %164 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %165 = stablehlo.multiply %164, %163 : tensor<1x15x1xf32>
    %166 = stablehlo.broadcast_in_dim %162, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %167 = stablehlo.multiply %159, %166 : tensor<1x15x32xf32>
    %168 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %170 = stablehlo.multiply %167, %169 : tensor<1x15x32xf32>
    %171 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %173 = stablehlo.add %170, %172 : tensor<1x15x32xf32>
    %174 = stablehlo.dot_general %173, %arg18, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %175 = stablehlo.reshape %174 : (tensor<1x15x32xf32>) -> tensor<1x15x2x16xf32>
    %176 = stablehlo.transpose %175, dims = [0, 2, 1, 3] : (tensor<1x15x2x16xf32>) -> tensor<1x2x15x16xf32>
    %177 = stablehlo.dot_general %173, %arg16, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %178 = stablehlo.reshape %177 : (tensor<1x15x32xf32>) -> tensor<1x15x2x16xf32>
    %179 = stablehlo.transpose %178, dims = [0, 2, 1, 3] : (tensor<1x15x2x16xf32>) -> tensor<1x2x15x16xf32>
    %180 = stablehlo.dot_general %173, %arg19, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %181 = stablehlo.reshape %180 : (tensor<1x15x32xf32>) -> tensor<1x15x2x16xf32>
    %182 = stablehlo.transpose %181, dims = [0, 2, 1, 3] : (tensor<1x15x2x16xf32>) -> tensor<1x2x15x16xf32>
    %c_42 = stablehlo.constant dense<true> : tensor<i1>
    %183 = stablehlo.broadcast_in_dim %c_42, dims = [] : (tensor<i1>) -> tensor<15x15xi1>
    %184 = call @tril(%183) : (tensor<15x15xi1>) -> tensor<15x15xi1>
    %185 = stablehlo.dot_general %176, %179, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x2x15x16xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x15xf32>
    %cst_43 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %186 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<1x2x15x15xf32>
    %187 = stablehlo.multiply %185, %186 : tensor<1x2x15x15xf32>
    %cst_44 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
    %188:3 = call @_where(%184, %187, %cst_44) : (tensor<15x15xi1>, tensor<1x2x15x15xf32>, tensor<f32>) -> (tensor<1x2x15x15xf32>, tensor<1x2x15x15xi1>, tensor<1x2x15x15xf32>)
    %cst_45 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %189 = stablehlo.reduce(%188#0 init: %cst_45) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x15x15xf32>, tensor<f32>) -> tensor<1x2x15xf32>
    %190 = stablehlo.reshape %189 : (tensor<1x2x15xf32>) -> tensor<1x2x15x1xf32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [0, 1, 2, 3] : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %192 = stablehlo.compare EQ, %188#0, %191, FLOAT : (tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xi1>
    %193 = stablehlo.convert %192 : (tensor<1x2x15x15xi1>) -> tensor<1x2x15x15xf32>
    %cst_46 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %194 = stablehlo.reduce(%193 init: %cst_46) applies stablehlo.add across dimensions = [3] : (tensor<1x2x15x15xf32>, tensor<f32>) -> tensor<1x2x15xf32>
    %cst_47 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %195 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<f32>) -> tensor<1x2x15xf32>
    %196 = stablehlo.maximum %195, %189 : tensor<1x2x15xf32>
    %197 = stablehlo.compare EQ, %189, %196, FLOAT : (tensor<1x2x15xf32>, tensor<1x2x15xf32>) -> tensor<1x2x15xi1>
    %cst_48 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %cst_48, dims = [] : (tensor<f32>) -> tensor<1x2x15xf32>
    %cst_49 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %199 = stablehlo.broadcast_in_dim %cst_49, dims = [] : (tensor<f32>) -> tensor<1x2x15xf32>
    %200 = stablehlo.select %197, %198, %199 : tensor<1x2x15xi1>, tensor<1x2x15xf32>
    %cst_50 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %201 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<1x2x15xf32>
    %202 = stablehlo.compare EQ, %201, %196, FLOAT : (tensor<1x2x15xf32>, tensor<1x2x15xf32>) -> tensor<1x2x15xi1>
    %cst_51 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %203 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<1x2x15xf32>
    %cst_52 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<1x2x15xf32>
    %205 = stablehlo.select %202, %203, %204 : tensor<1x2x15xi1>, tensor<1x2x15xf32>
    %206 = stablehlo.divide %200, %205 : tensor<1x2x15xf32>
    %207 = stablehlo.broadcast_in_dim %196, dims = [0, 1, 2] : (tensor<1x2x15xf32>) -> tensor<1x2x15x1xf32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [0, 1, 2, 3] : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %209 = stablehlo.subtract %188#0, %208 : tensor<1x2x15x15xf32>
    %210 = stablehlo.exponential %209 : tensor<1x2x15x15xf32>
    %cst_53 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %211 = stablehlo.reduce(%210 init: %cst_53) applies stablehlo.add across dimensions = [3] : (tensor<1x2x15x15xf32>, tensor<f32>) -> tensor<1x2x15xf32>
    %212 = stablehlo.broadcast_in_dim %211, dims = [0, 1, 2] : (tensor<1x2x15xf32>) -> tensor<1x2x15x1xf32>
    %213 = stablehlo.broadcast_in_dim %212, dims = [0, 1, 2, 3] : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %214 = stablehlo.divide %210, %213 : tensor<1x2x15x15xf32>
    %215 = stablehlo.multiply %212, %212 : tensor<1x2x15x1xf32>
    %cst_54 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %216 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<1x2x15x1xf32>
    %217 = stablehlo.divide %216, %215 : tensor<1x2x15x1xf32>
    %218 = stablehlo.dot_general %214, %182, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x15x15xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x16xf32>
    %219 = stablehlo.transpose %218, dims = [0, 2, 1, 3] : (tensor<1x2x15x16xf32>) -> tensor<1x15x2x16xf32>
    %220 = stablehlo.reshape %219 : (tensor<1x15x2x16xf32>) -> tensor<1x15x32xf32>
    %221 = stablehlo.dot_general %220, %arg17, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %222 = stablehlo.add %144, %221 : tensor<1x15x32xf32>
    %cst_55 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %223 = stablehlo.reduce(%222 init: %cst_55) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %cst_56 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %225 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %226 = stablehlo.divide %224, %225 : tensor<1x15x1xf32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %228 = stablehlo.subtract %222, %227 : tensor<1x15x32xf32>
    %229 = chlo.square %228 : tensor<1x15x32xf32> -> tensor<1x15x32xf32>
    %cst_57 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %230 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<1x15x32xf32>
    %231 = stablehlo.multiply %230, %228 : tensor<1x15x32xf32>
    %cst_58 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %232 = stablehlo.reduce(%229 init: %cst_58) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %cst_59 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %234 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %235 = stablehlo.divide %233, %234 : tensor<1x15x1xf32>
    %236 = stablehlo.broadcast_in_dim %226, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %237 = stablehlo.subtract %222, %236 : tensor<1x15x32xf32>
    %cst_60 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %238 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %239 = stablehlo.add %235, %238 : tensor<1x15x1xf32>
    %240 = stablehlo.rsqrt %239 : tensor<1x15x1xf32>
    %241 = stablehlo.divide %240, %239 : tensor<1x15x1xf32>
    %cst_61 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %243 = stablehlo.multiply %242, %241 : tensor<1x15x1xf32>
    %244 = stablehlo.broadcast_in_dim %240, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %245 = stablehlo.multiply %237, %244 : tensor<1x15x32xf32>
    %246 = stablehlo.broadcast_in_dim %arg23, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %248 = stablehlo.multiply %245, %247 : tensor<1x15x32xf32>
    %249 = stablehlo.broadcast_in_dim %arg22, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %250 = stablehlo.broadcast_in_dim %249, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %251 = stablehlo.add %248, %250 : tensor<1x15x32xf32>
    %252 = stablehlo.dot_general %251, %arg26, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x64xf32>) -> tensor<1x15x64xf32>
    %253 = stablehlo.broadcast_in_dim %arg24, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<1x15x64xf32>
    %255 = stablehlo.add %252, %254 : tensor<1x15x64xf32>
    %256 = stablehlo.multiply %255, %255 : tensor<1x15x64xf32>
    %257 = stablehlo.multiply %256, %255 : tensor<1x15x64xf32>
    %258 = stablehlo.multiply %255, %255 : tensor<1x15x64xf32>
    %cst_62 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %259 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<f32>) -> tensor<1x15x64xf32>
    %260 = stablehlo.multiply %259, %258 : tensor<1x15x64xf32>
    %cst_63 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %261 = stablehlo.broadcast_in_dim %cst_63, dims = [] : (tensor<f32>) -> tensor<1x15x64xf32>
    %262 = stablehlo.multiply %261, %257 : tensor<1x15x64xf32>
    %263 = stablehlo.add %255, %262 : tensor<1x15x64xf32>
    %cst_64 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %264 = stablehlo.broadcast_in_dim %cst_64, dims = [] : (tensor<f32>) -> tensor<1x15x64xf32>
    %265 = stablehlo.multiply %264, %263 : tensor<1x15x64xf32>
    %266 = stablehlo.tanh %265 : tensor<1x15x64xf32>
    %cst_65 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %267 = stablehlo.broadcast_in_dim %cst_65, dims = [] : (tensor<f32>) -> tensor<1x15x64xf32>
    %268 = stablehlo.subtract %267, %266 : tensor<1x15x64xf32>
    %cst_66 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %269 = stablehlo.broadcast_in_dim %cst_66, dims = [] : (tensor<f32>) -> tensor<1x15x64xf32>
    %270 = stablehlo.add %269, %266 : tensor<1x15x64xf32>
    %cst_67 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %271 = stablehlo.broadcast_in_dim %cst_67, dims = [] : (tensor<f32>) -> tensor<1x15x64xf32>
    %272 = stablehlo.multiply %271, %270 : tensor<1x15x64xf32>
    %273 = stablehlo.multiply %255, %272 : tensor<1x15x64xf32>
    %274 = stablehlo.dot_general %273, %arg27, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x15x64xf32>, tensor<64x32xf32>) -> tensor<1x15x32xf32>
    %275 = stablehlo.broadcast_in_dim %arg25, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %276 = stablehlo.broadcast_in_dim %275, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %277 = stablehlo.add %274, %276 : tensor<1x15x32xf32>
    %278 = stablehlo.add %222, %277 : tensor<1x15x32xf32>
    %cst_68 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %279 = stablehlo.reduce(%278 init: %cst_68) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %cst_69 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %281 = stablehlo.broadcast_in_dim %cst_69, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %282 = stablehlo.divide %280, %281 : tensor<1x15x1xf32>
    %283 = stablehlo.broadcast_in_dim %282, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %284 = stablehlo.subtract %278, %283 : tensor<1x15x32xf32>
    %285 = chlo.square %284 : tensor<1x15x32xf32> -> tensor<1x15x32xf32>
    %cst_70 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %286 = stablehlo.broadcast_in_dim %cst_70, dims = [] : (tensor<f32>) -> tensor<1x15x32xf32>
    %287 = stablehlo.multiply %286, %284 : tensor<1x15x32xf32>
    %cst_71 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %288 = stablehlo.reduce(%285 init: %cst_71) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %cst_72 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %290 = stablehlo.broadcast_in_dim %cst_72, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %291 = stablehlo.divide %289, %290 : tensor<1x15x1xf32>
    %292 = stablehlo.broadcast_in_dim %282, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %293 = stablehlo.subtract %278, %292 : tensor<1x15x32xf32>
    %cst_73 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %294 = stablehlo.broadcast_in_dim %cst_73, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %295 = stablehlo.add %291, %294 : tensor<1x15x1xf32>
    %296 = stablehlo.rsqrt %295 : tensor<1x15x1xf32>
    %297 = stablehlo.divide %296, %295 : tensor<1x15x1xf32>
    %cst_74 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %298 = stablehlo.broadcast_in_dim %cst_74, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %299 = stablehlo.multiply %298, %297 : tensor<1x15x1xf32>
    %300 = stablehlo.broadcast_in_dim %296, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %301 = stablehlo.multiply %293, %300 : tensor<1x15x32xf32>
    %302 = stablehlo.broadcast_in_dim %arg3, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %303 = stablehlo.broadcast_in_dim %302, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %304 = stablehlo.multiply %301, %303 : tensor<1x15x32xf32>
    %305 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %306 = stablehlo.broadcast_in_dim %305, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %307 = stablehlo.add %304, %306 : tensor<1x15x32xf32>
    %308 = stablehlo.dot_general %307, %arg28, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %309:3 = call @log_softmax(%308) : (tensor<1x15x32xf32>) -> (tensor<1x15x32xf32>, tensor<1x15x32xf32>, tensor<1x15x1xf32>)
    %310 = stablehlo.slice %arg29 [0:1, 1:16] : (tensor<1x16xi32>) -> tensor<1x15xi32>
    %311 = call @_one_hot(%310) : (tensor<1x15xi32>) -> tensor<1x15x32xf32>
    %312 = stablehlo.multiply %309#0, %311 : tensor<1x15x32xf32>
    %cst_75 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %313 = stablehlo.reduce(%312 init: %cst_75) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %314 = stablehlo.negate %313 : tensor<1x15xf32>
    %cst_76 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %315 = stablehlo.reduce(%314 init: %cst_76) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x15xf32>, tensor<f32>) -> tensor<f32>
    %cst_77 = stablehlo.constant dense<1.500000e+01> : tensor<f32>
    %316 = stablehlo.divide %315, %cst_77 : tensor<f32>
    %cst_78 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_79 = stablehlo.constant dense<1.500000e+01> : tensor<f32>
    %317 = stablehlo.divide %cst_78, %cst_79 : tensor<f32>
    %318 = stablehlo.broadcast_in_dim %317, dims = [] : (tensor<f32>) -> tensor<1x15xf32>
    %319 = stablehlo.negate %318 : tensor<1x15xf32>
    %320 = stablehlo.broadcast_in_dim %319, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %321 = stablehlo.multiply %320, %311 : tensor<1x15x32xf32>
    %322 = call @log_softmax_0(%309#1, %309#2, %321) : (tensor<1x15x32xf32>, tensor<1x15x1xf32>, tensor<1x15x32xf32>) -> tensor<1x15x32xf32>
    %323 = stablehlo.dot_general %322, %307, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %324 = stablehlo.transpose %323, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %325 = stablehlo.dot_general %322, %arg28, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %cst_80 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %326 = stablehlo.reduce(%325 init: %cst_80) applies stablehlo.add across dimensions = [1] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %327 = stablehlo.reshape %326 : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %cst_81 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %328 = stablehlo.reduce(%327 init: %cst_81) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %329 = stablehlo.multiply %301, %325 : tensor<1x15x32xf32>
    %cst_82 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %330 = stablehlo.reduce(%329 init: %cst_82) applies stablehlo.add across dimensions = [1] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %331 = stablehlo.reshape %330 : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %332 = stablehlo.broadcast_in_dim %302, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %333 = stablehlo.multiply %325, %332 : tensor<1x15x32xf32>
    %cst_83 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %334 = stablehlo.reduce(%331 init: %cst_83) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %335 = stablehlo.multiply %293, %333 : tensor<1x15x32xf32>
    %cst_84 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %336 = stablehlo.reduce(%335 init: %cst_84) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %337 = stablehlo.reshape %336 : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %338 = stablehlo.broadcast_in_dim %296, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %339 = stablehlo.multiply %333, %338 : tensor<1x15x32xf32>
    %340 = stablehlo.multiply %337, %299 : tensor<1x15x1xf32>
    %341 = stablehlo.negate %339 : tensor<1x15x32xf32>
    %cst_85 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %342 = stablehlo.reduce(%341 init: %cst_85) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %343 = stablehlo.reshape %342 : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %cst_86 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %344 = stablehlo.broadcast_in_dim %cst_86, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %345 = stablehlo.divide %340, %344 : tensor<1x15x1xf32>
    %cst_87 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %346 = stablehlo.reduce(%345 init: %cst_87) applies stablehlo.add across dimensions = [0, 2] : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %347 = stablehlo.broadcast_in_dim %346, dims = [1] : (tensor<15xf32>) -> tensor<1x15xf32>
    %348 = stablehlo.broadcast_in_dim %347, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %349 = stablehlo.multiply %348, %287 : tensor<1x15x32xf32>
    %350 = stablehlo.negate %349 : tensor<1x15x32xf32>
    %cst_88 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %351 = stablehlo.reduce(%350 init: %cst_88) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %352 = stablehlo.reshape %351 : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %353 = stablehlo.add %339, %349 : tensor<1x15x32xf32>
    %354 = stablehlo.add %343, %352 : tensor<1x15x1xf32>
    %cst_89 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %355 = stablehlo.broadcast_in_dim %cst_89, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %356 = stablehlo.divide %354, %355 : tensor<1x15x1xf32>
    %cst_90 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %357 = stablehlo.reduce(%356 init: %cst_90) applies stablehlo.add across dimensions = [0, 2] : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %358 = stablehlo.broadcast_in_dim %357, dims = [1] : (tensor<15xf32>) -> tensor<1x15xf32>
    %359 = stablehlo.broadcast_in_dim %358, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %360 = stablehlo.add %353, %359 : tensor<1x15x32xf32>
    %cst_91 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %361 = stablehlo.reduce(%360 init: %cst_91) applies stablehlo.add across dimensions = [1] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %362 = stablehlo.reshape %361 : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %cst_92 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %363 = stablehlo.reduce(%362 init: %cst_92) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %364 = stablehlo.dot_general %360, %273, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<1x15x64xf32>) -> tensor<32x64xf32>
    %365 = stablehlo.transpose %364, dims = [1, 0] : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %366 = stablehlo.dot_general %360, %arg27, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<64x32xf32>) -> tensor<1x15x64xf32>
    %367 = stablehlo.multiply %255, %366 : tensor<1x15x64xf32>
    %368 = stablehlo.multiply %366, %272 : tensor<1x15x64xf32>
    %cst_93 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %369 = stablehlo.broadcast_in_dim %cst_93, dims = [] : (tensor<f32>) -> tensor<1x15x64xf32>
    %370 = stablehlo.multiply %369, %367 : tensor<1x15x64xf32>
    %371 = stablehlo.multiply %370, %268 : tensor<1x15x64xf32>
    %372 = stablehlo.multiply %371, %266 : tensor<1x15x64xf32>
    %373 = stablehlo.add %371, %372 : tensor<1x15x64xf32>
    %cst_94 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %374 = stablehlo.broadcast_in_dim %cst_94, dims = [] : (tensor<f32>) -> tensor<1x15x64xf32>
    %375 = stablehlo.multiply %374, %373 : tensor<1x15x64xf32>
    %376 = stablehlo.add %368, %375 : tensor<1x15x64xf32>
    %cst_95 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %377 = stablehlo.broadcast_in_dim %cst_95, dims = [] : (tensor<f32>) -> tensor<1x15x64xf32>
    %378 = stablehlo.multiply %377, %375 : tensor<1x15x64xf32>
    %379 = stablehlo.multiply %378, %260 : tensor<1x15x64xf32>
    %380 = stablehlo.add %376, %379 : tensor<1x15x64xf32>
    %cst_96 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %381 = stablehlo.reduce(%380 init: %cst_96) applies stablehlo.add across dimensions = [1] : (tensor<1x15x64xf32>, tensor<f32>) -> tensor<1x64xf32>
    %382 = stablehlo.reshape %381 : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %cst_97 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %383 = stablehlo.reduce(%382 init: %cst_97) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<64xf32>
    %384 = stablehlo.dot_general %380, %251, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x64xf32>, tensor<1x15x32xf32>) -> tensor<64x32xf32>
    %385 = stablehlo.transpose %384, dims = [1, 0] : (tensor<64x32xf32>) -> tensor<32x64xf32>
    %386 = stablehlo.dot_general %380, %arg26, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x64xf32>, tensor<32x64xf32>) -> tensor<1x15x32xf32>
    %cst_98 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %387 = stablehlo.reduce(%386 init: %cst_98) applies stablehlo.add across dimensions = [1] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %388 = stablehlo.reshape %387 : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %cst_99 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %389 = stablehlo.reduce(%388 init: %cst_99) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %390 = stablehlo.multiply %245, %386 : tensor<1x15x32xf32>
    %cst_100 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %391 = stablehlo.reduce(%390 init: %cst_100) applies stablehlo.add across dimensions = [1] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %392 = stablehlo.reshape %391 : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %393 = stablehlo.broadcast_in_dim %246, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %394 = stablehlo.multiply %386, %393 : tensor<1x15x32xf32>
    %cst_101 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %395 = stablehlo.reduce(%392 init: %cst_101) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %396 = stablehlo.multiply %237, %394 : tensor<1x15x32xf32>
    %cst_102 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %397 = stablehlo.reduce(%396 init: %cst_102) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %398 = stablehlo.reshape %397 : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %399 = stablehlo.broadcast_in_dim %240, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %400 = stablehlo.multiply %394, %399 : tensor<1x15x32xf32>
    %401 = stablehlo.multiply %398, %243 : tensor<1x15x1xf32>
    %402 = stablehlo.negate %400 : tensor<1x15x32xf32>
    %cst_103 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %403 = stablehlo.reduce(%402 init: %cst_103) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %404 = stablehlo.reshape %403 : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %405 = stablehlo.add %360, %400 : tensor<1x15x32xf32>
    %cst_104 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %406 = stablehlo.broadcast_in_dim %cst_104, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %407 = stablehlo.divide %401, %406 : tensor<1x15x1xf32>
    %cst_105 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %408 = stablehlo.reduce(%407 init: %cst_105) applies stablehlo.add across dimensions = [0, 2] : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %409 = stablehlo.broadcast_in_dim %408, dims = [1] : (tensor<15xf32>) -> tensor<1x15xf32>
    %410 = stablehlo.broadcast_in_dim %409, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %411 = stablehlo.multiply %410, %231 : tensor<1x15x32xf32>
    %412 = stablehlo.negate %411 : tensor<1x15x32xf32>
    %cst_106 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %413 = stablehlo.reduce(%412 init: %cst_106) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %414 = stablehlo.reshape %413 : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %415 = stablehlo.add %405, %411 : tensor<1x15x32xf32>
    %416 = stablehlo.add %404, %414 : tensor<1x15x1xf32>
    %cst_107 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %417 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %418 = stablehlo.divide %416, %417 : tensor<1x15x1xf32>
    %cst_108 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %419 = stablehlo.reduce(%418 init: %cst_108) applies stablehlo.add across dimensions = [0, 2] : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %420 = stablehlo.broadcast_in_dim %419, dims = [1] : (tensor<15xf32>) -> tensor<1x15xf32>
    %421 = stablehlo.broadcast_in_dim %420, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %422 = stablehlo.add %415, %421 : tensor<1x15x32xf32>
    %423 = stablehlo.dot_general %422, %220, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %424 = stablehlo.transpose %423, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %425 = stablehlo.dot_general %422, %arg17, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %426 = stablehlo.reshape %425 : (tensor<1x15x32xf32>) -> tensor<1x15x2x16xf32>
    %427 = stablehlo.transpose %426, dims = [0, 2, 1, 3] : (tensor<1x15x2x16xf32>) -> tensor<1x2x15x16xf32>
    %428 = stablehlo.dot_general %427, %214, batching_dims = [0, 1] x [0, 1], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x15x16xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x16x15xf32>
    %429 = stablehlo.transpose %428, dims = [0, 1, 3, 2] : (tensor<1x2x16x15xf32>) -> tensor<1x2x15x16xf32>
    %430 = stablehlo.dot_general %427, %182, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x2x15x16xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x15xf32>
    %431 = stablehlo.broadcast_in_dim %217, dims = [0, 1, 2, 3] : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %432 = stablehlo.multiply %430, %431 : tensor<1x2x15x15xf32>
    %433 = stablehlo.multiply %432, %210 : tensor<1x2x15x15xf32>
    %cst_109 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %434 = stablehlo.reduce(%433 init: %cst_109) applies stablehlo.add across dimensions = [3] : (tensor<1x2x15x15xf32>, tensor<f32>) -> tensor<1x2x15xf32>
    %435 = stablehlo.reshape %434 : (tensor<1x2x15xf32>) -> tensor<1x2x15x1xf32>
    %436 = stablehlo.negate %435 : tensor<1x2x15x1xf32>
    %437 = stablehlo.broadcast_in_dim %212, dims = [0, 1, 2, 3] : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %438 = stablehlo.divide %430, %437 : tensor<1x2x15x15xf32>
    %cst_110 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %439 = stablehlo.reduce(%436 init: %cst_110) applies stablehlo.add across dimensions = [0, 3] : (tensor<1x2x15x1xf32>, tensor<f32>) -> tensor<2x15xf32>
    %440 = stablehlo.broadcast_in_dim %439, dims = [1, 2] : (tensor<2x15xf32>) -> tensor<1x2x15xf32>
    %441 = stablehlo.broadcast_in_dim %440, dims = [0, 1, 2] : (tensor<1x2x15xf32>) -> tensor<1x2x15x15xf32>
    %442 = stablehlo.add %438, %441 : tensor<1x2x15x15xf32>
    %443 = stablehlo.multiply %442, %210 : tensor<1x2x15x15xf32>
    %444 = call @_where_1(%188#1, %188#2, %443) : (tensor<1x2x15x15xi1>, tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %cst_111 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %445 = stablehlo.broadcast_in_dim %cst_111, dims = [] : (tensor<f32>) -> tensor<1x2x15x15xf32>
    %446 = stablehlo.multiply %444, %445 : tensor<1x2x15x15xf32>
    %447 = stablehlo.dot_general %446, %176, batching_dims = [0, 1] x [0, 1], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x15x15xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x16xf32>
    %448 = stablehlo.dot_general %446, %179, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x15x15xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x16xf32>
    %449 = stablehlo.transpose %429, dims = [0, 2, 1, 3] : (tensor<1x2x15x16xf32>) -> tensor<1x15x2x16xf32>
    %450 = stablehlo.reshape %449 : (tensor<1x15x2x16xf32>) -> tensor<1x15x32xf32>
    %451 = stablehlo.dot_general %450, %173, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %452 = stablehlo.transpose %451, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %453 = stablehlo.dot_general %450, %arg19, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %454 = stablehlo.transpose %447, dims = [0, 2, 1, 3] : (tensor<1x2x15x16xf32>) -> tensor<1x15x2x16xf32>
    %455 = stablehlo.reshape %454 : (tensor<1x15x2x16xf32>) -> tensor<1x15x32xf32>
    %456 = stablehlo.dot_general %455, %173, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %457 = stablehlo.transpose %456, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %458 = stablehlo.dot_general %455, %arg16, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %459 = stablehlo.add %453, %458 : tensor<1x15x32xf32>
    %460 = stablehlo.transpose %448, dims = [0, 2, 1, 3] : (tensor<1x2x15x16xf32>) -> tensor<1x15x2x16xf32>
    %461 = stablehlo.reshape %460 : (tensor<1x15x2x16xf32>) -> tensor<1x15x32xf32>
    %462 = stablehlo.dot_general %461, %173, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %463 = stablehlo.transpose %462, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %464 = stablehlo.dot_general %461, %arg18, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %465 = stablehlo.add %459, %464 : tensor<1x15x32xf32>
    %cst_112 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %466 = stablehlo.reduce(%465 init: %cst_112) applies stablehlo.add across dimensions = [1] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %467 = stablehlo.reshape %466 : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %cst_113 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %468 = stablehlo.reduce(%467 init: %cst_113) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %469 = stablehlo.multiply %167, %465 : tensor<1x15x32xf32>
    %cst_114 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %470 = stablehlo.reduce(%469 init: %cst_114) applies stablehlo.add across dimensions = [1] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %471 = stablehlo.reshape %470 : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %472 = stablehlo.broadcast_in_dim %168, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %473 = stablehlo.multiply %465, %472 : tensor<1x15x32xf32>
    %cst_115 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %474 = stablehlo.reduce(%471 init: %cst_115) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %475 = stablehlo.multiply %159, %473 : tensor<1x15x32xf32>
    %cst_116 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %476 = stablehlo.reduce(%475 init: %cst_116) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %477 = stablehlo.reshape %476 : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %478 = stablehlo.broadcast_in_dim %162, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %479 = stablehlo.multiply %473, %478 : tensor<1x15x32xf32>
    %480 = stablehlo.multiply %477, %165 : tensor<1x15x1xf32>
    %481 = stablehlo.negate %479 : tensor<1x15x32xf32>
    %cst_117 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %482 = stablehlo.reduce(%481 init: %cst_117) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %483 = stablehlo.reshape %482 : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %484 = stablehlo.add %422, %479 : tensor<1x15x32xf32>
    %cst_118 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %485 = stablehlo.broadcast_in_dim %cst_118, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %486 = stablehlo.divide %480, %485 : tensor<1x15x1xf32>
    %cst_119 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %487 = stablehlo.reduce(%486 init: %cst_119) applies stablehlo.add across dimensions = [0, 2] : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %488 = stablehlo.broadcast_in_dim %487, dims = [1] : (tensor<15xf32>) -> tensor<1x15xf32>
    %489 = stablehlo.broadcast_in_dim %488, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %490 = stablehlo.multiply %489, %153 : tensor<1x15x32xf32>
    %491 = stablehlo.negate %490 : tensor<1x15x32xf32>
    %cst_120 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %492 = stablehlo.reduce(%491 init: %cst_120) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %493 = stablehlo.reshape %492 : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %494 = stablehlo.add %484, %490 : tensor<1x15x32xf32>
    %495 = stablehlo.add %483, %493 : tensor<1x15x1xf32>
    %cst_121 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %496 = stablehlo.broadcast_in_dim %cst_121, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %497 = stablehlo.divide %495, %496 : tensor<1x15x1xf32>
    %cst_122 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %498 = stablehlo.reduce(%497 init: %cst_122) applies stablehlo.add across dimensions = [0, 2] : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %499 = stablehlo.broadcast_in_dim %498, dims = [1] : (tensor<15xf32>) -> tensor<1x15xf32>
    %500 = stablehlo.broadcast_in_dim %499, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %501 = stablehlo.add %494, %500 : tensor<1x15x32xf32>
    %cst_123 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %502 = stablehlo.reduce(%501 init: %cst_123) applies stablehlo.add across dimensions = [1] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %503 = stablehlo.reshape %502 : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %cst_124 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %504 = stablehlo.reduce(%503 init: %cst_124) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %505 = stablehlo.dot_general %501, %139, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<1x15x64xf32>) -> tensor<32x64xf32>
    %506 = stablehlo.transpose %505, dims = [1, 0] : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %507 = stablehlo.dot_general %501, %arg15, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<64x32xf32>) -> tensor<1x15x64xf32>
    %508 = stablehlo.multiply %121, %507 : tensor<1x15x64xf32>
    %509 = stablehlo.multiply %507, %138 : tensor<1x15x64xf32>
    %cst_125 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %510 = stablehlo.broadcast_in_dim %cst_125, dims = [] : (tensor<f32>) -> tensor<1x15x64xf32>
    %511 = stablehlo.multiply %510, %508 : tensor<1x15x64xf32>
    %512 = stablehlo.multiply %511, %134 : tensor<1x15x64xf32>
    %513 = stablehlo.multiply %512, %132 : tensor<1x15x64xf32>
    %514 = stablehlo.add %512, %513 : tensor<1x15x64xf32>
    %cst_126 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %515 = stablehlo.broadcast_in_dim %cst_126, dims = [] : (tensor<f32>) -> tensor<1x15x64xf32>
    %516 = stablehlo.multiply %515, %514 : tensor<1x15x64xf32>
    %517 = stablehlo.add %509, %516 : tensor<1x15x64xf32>
    %cst_127 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %518 = stablehlo.broadcast_in_dim %cst_127, dims = [] : (tensor<f32>) -> tensor<1x15x64xf32>
    %519 = stablehlo.multiply %518, %516 : tensor<1x15x64xf32>
    %520 = stablehlo.multiply %519, %126 : tensor<1x15x64xf32>
    %521 = stablehlo.add %517, %520 : tensor<1x15x64xf32>
    %cst_128 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %522 = stablehlo.reduce(%521 init: %cst_128) applies stablehlo.add across dimensions = [1] : (tensor<1x15x64xf32>, tensor<f32>) -> tensor<1x64xf32>
    %523 = stablehlo.reshape %522 : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %cst_129 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %524 = stablehlo.reduce(%523 init: %cst_129) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<64xf32>
    %525 = stablehlo.dot_general %521, %117, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x64xf32>, tensor<1x15x32xf32>) -> tensor<64x32xf32>
    %526 = stablehlo.transpose %525, dims = [1, 0] : (tensor<64x32xf32>) -> tensor<32x64xf32>
    %527 = stablehlo.dot_general %521, %arg14, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x64xf32>, tensor<32x64xf32>) -> tensor<1x15x32xf32>
    %cst_130 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %528 = stablehlo.reduce(%527 init: %cst_130) applies stablehlo.add across dimensions = [1] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %529 = stablehlo.reshape %528 : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %cst_131 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %530 = stablehlo.reduce(%529 init: %cst_131) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %531 = stablehlo.multiply %111, %527 : tensor<1x15x32xf32>
    %cst_132 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %532 = stablehlo.reduce(%531 init: %cst_132) applies stablehlo.add across dimensions = [1] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %533 = stablehlo.reshape %532 : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %534 = stablehlo.broadcast_in_dim %112, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %535 = stablehlo.multiply %527, %534 : tensor<1x15x32xf32>
    %cst_133 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %536 = stablehlo.reduce(%533 init: %cst_133) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %537 = stablehlo.multiply %103, %535 : tensor<1x15x32xf32>
    %cst_134 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %538 = stablehlo.reduce(%537 init: %cst_134) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %539 = stablehlo.reshape %538 : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %540 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %541 = stablehlo.multiply %535, %540 : tensor<1x15x32xf32>
    %542 = stablehlo.multiply %539, %109 : tensor<1x15x1xf32>
    %543 = stablehlo.negate %541 : tensor<1x15x32xf32>
    %cst_135 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %544 = stablehlo.reduce(%543 init: %cst_135) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %545 = stablehlo.reshape %544 : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %546 = stablehlo.add %501, %541 : tensor<1x15x32xf32>
    %cst_136 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %547 = stablehlo.broadcast_in_dim %cst_136, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %548 = stablehlo.divide %542, %547 : tensor<1x15x1xf32>
    %cst_137 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %549 = stablehlo.reduce(%548 init: %cst_137) applies stablehlo.add across dimensions = [0, 2] : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %550 = stablehlo.broadcast_in_dim %549, dims = [1] : (tensor<15xf32>) -> tensor<1x15xf32>
    %551 = stablehlo.broadcast_in_dim %550, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %552 = stablehlo.multiply %551, %97 : tensor<1x15x32xf32>
    %553 = stablehlo.negate %552 : tensor<1x15x32xf32>
    %cst_138 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %554 = stablehlo.reduce(%553 init: %cst_138) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %555 = stablehlo.reshape %554 : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %556 = stablehlo.add %546, %552 : tensor<1x15x32xf32>
    %557 = stablehlo.add %545, %555 : tensor<1x15x1xf32>
    %cst_139 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %558 = stablehlo.broadcast_in_dim %cst_139, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %559 = stablehlo.divide %557, %558 : tensor<1x15x1xf32>
    %cst_140 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %560 = stablehlo.reduce(%559 init: %cst_140) applies stablehlo.add across dimensions = [0, 2] : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %561 = stablehlo.broadcast_in_dim %560, dims = [1] : (tensor<15xf32>) -> tensor<1x15xf32>
    %562 = stablehlo.broadcast_in_dim %561, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %563 = stablehlo.add %556, %562 : tensor<1x15x32xf32>
    %564 = stablehlo.dot_general %563, %86, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %565 = stablehlo.transpose %564, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %566 = stablehlo.dot_general %563, %arg5, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %567 = stablehlo.reshape %566 : (tensor<1x15x32xf32>) -> tensor<1x15x2x16xf32>
    %568 = stablehlo.transpose %567, dims = [0, 2, 1, 3] : (tensor<1x15x2x16xf32>) -> tensor<1x2x15x16xf32>
    %569 = stablehlo.dot_general %568, %80, batching_dims = [0, 1] x [0, 1], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x15x16xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x16x15xf32>
    %570 = stablehlo.transpose %569, dims = [0, 1, 3, 2] : (tensor<1x2x16x15xf32>) -> tensor<1x2x15x16xf32>
    %571 = stablehlo.dot_general %568, %48, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x2x15x16xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x15xf32>
    %572 = stablehlo.broadcast_in_dim %83, dims = [0, 1, 2, 3] : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %573 = stablehlo.multiply %571, %572 : tensor<1x2x15x15xf32>
    %574 = stablehlo.multiply %573, %76 : tensor<1x2x15x15xf32>
    %cst_141 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %575 = stablehlo.reduce(%574 init: %cst_141) applies stablehlo.add across dimensions = [3] : (tensor<1x2x15x15xf32>, tensor<f32>) -> tensor<1x2x15xf32>
    %576 = stablehlo.reshape %575 : (tensor<1x2x15xf32>) -> tensor<1x2x15x1xf32>
    %577 = stablehlo.negate %576 : tensor<1x2x15x1xf32>
    %578 = stablehlo.broadcast_in_dim %78, dims = [0, 1, 2, 3] : (tensor<1x2x15x1xf32>) -> tensor<1x2x15x15xf32>
    %579 = stablehlo.divide %571, %578 : tensor<1x2x15x15xf32>
    %cst_142 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %580 = stablehlo.reduce(%577 init: %cst_142) applies stablehlo.add across dimensions = [0, 3] : (tensor<1x2x15x1xf32>, tensor<f32>) -> tensor<2x15xf32>
    %581 = stablehlo.broadcast_in_dim %580, dims = [1, 2] : (tensor<2x15xf32>) -> tensor<1x2x15xf32>
    %582 = stablehlo.broadcast_in_dim %581, dims = [0, 1, 2] : (tensor<1x2x15xf32>) -> tensor<1x2x15x15xf32>
    %583 = stablehlo.add %579, %582 : tensor<1x2x15x15xf32>
    %584 = stablehlo.multiply %583, %76 : tensor<1x2x15x15xf32>
    %585 = call @_where_1(%54#1, %54#2, %584) : (tensor<1x2x15x15xi1>, tensor<1x2x15x15xf32>, tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32>
    %cst_143 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %586 = stablehlo.broadcast_in_dim %cst_143, dims = [] : (tensor<f32>) -> tensor<1x2x15x15xf32>
    %587 = stablehlo.multiply %585, %586 : tensor<1x2x15x15xf32>
    %588 = stablehlo.dot_general %587, %42, batching_dims = [0, 1] x [0, 1], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x15x15xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x16xf32>
    %589 = stablehlo.dot_general %587, %45, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x15x15xf32>, tensor<1x2x15x16xf32>) -> tensor<1x2x15x16xf32>
    %590 = stablehlo.transpose %570, dims = [0, 2, 1, 3] : (tensor<1x2x15x16xf32>) -> tensor<1x15x2x16xf32>
    %591 = stablehlo.reshape %590 : (tensor<1x15x2x16xf32>) -> tensor<1x15x32xf32>
    %592 = stablehlo.dot_general %591, %39, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %593 = stablehlo.transpose %592, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %594 = stablehlo.dot_general %591, %arg7, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %595 = stablehlo.transpose %588, dims = [0, 2, 1, 3] : (tensor<1x2x15x16xf32>) -> tensor<1x15x2x16xf32>
    %596 = stablehlo.reshape %595 : (tensor<1x15x2x16xf32>) -> tensor<1x15x32xf32>
    %597 = stablehlo.dot_general %596, %39, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %598 = stablehlo.transpose %597, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %599 = stablehlo.dot_general %596, %arg4, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %600 = stablehlo.add %594, %599 : tensor<1x15x32xf32>
    %601 = stablehlo.transpose %589, dims = [0, 2, 1, 3] : (tensor<1x2x15x16xf32>) -> tensor<1x15x2x16xf32>
    %602 = stablehlo.reshape %601 : (tensor<1x15x2x16xf32>) -> tensor<1x15x32xf32>
    %603 = stablehlo.dot_general %602, %39, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %604 = stablehlo.transpose %603, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %605 = stablehlo.dot_general %602, %arg6, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x15x32xf32>, tensor<32x32xf32>) -> tensor<1x15x32xf32>
    %606 = stablehlo.add %600, %605 : tensor<1x15x32xf32>
    %cst_144 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %607 = stablehlo.reduce(%606 init: %cst_144) applies stablehlo.add across dimensions = [1] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %608 = stablehlo.reshape %607 : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %cst_145 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %609 = stablehlo.reduce(%608 init: %cst_145) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %610 = stablehlo.multiply %33, %606 : tensor<1x15x32xf32>
    %cst_146 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %611 = stablehlo.reduce(%610 init: %cst_146) applies stablehlo.add across dimensions = [1] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %612 = stablehlo.reshape %611 : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %613 = stablehlo.broadcast_in_dim %34, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x15x32xf32>
    %614 = stablehlo.multiply %606, %613 : tensor<1x15x32xf32>
    %cst_147 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %615 = stablehlo.reduce(%612 init: %cst_147) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %616 = stablehlo.multiply %25, %614 : tensor<1x15x32xf32>
    %cst_148 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %617 = stablehlo.reduce(%616 init: %cst_148) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %618 = stablehlo.reshape %617 : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %619 = stablehlo.broadcast_in_dim %28, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %620 = stablehlo.multiply %614, %619 : tensor<1x15x32xf32>
    %621 = stablehlo.multiply %618, %31 : tensor<1x15x1xf32>
    %622 = stablehlo.negate %620 : tensor<1x15x32xf32>
    %cst_149 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %623 = stablehlo.reduce(%622 init: %cst_149) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %624 = stablehlo.reshape %623 : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %625 = stablehlo.add %563, %620 : tensor<1x15x32xf32>
    %cst_150 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %626 = stablehlo.broadcast_in_dim %cst_150, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %627 = stablehlo.divide %621, %626 : tensor<1x15x1xf32>
    %cst_151 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %628 = stablehlo.reduce(%627 init: %cst_151) applies stablehlo.add across dimensions = [0, 2] : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %629 = stablehlo.broadcast_in_dim %628, dims = [1] : (tensor<15xf32>) -> tensor<1x15xf32>
    %630 = stablehlo.broadcast_in_dim %629, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %631 = stablehlo.multiply %630, %19 : tensor<1x15x32xf32>
    %632 = stablehlo.negate %631 : tensor<1x15x32xf32>
    %cst_152 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %633 = stablehlo.reduce(%632 init: %cst_152) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %634 = stablehlo.reshape %633 : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %635 = stablehlo.add %625, %631 : tensor<1x15x32xf32>
    %636 = stablehlo.add %624, %634 : tensor<1x15x1xf32>
    %cst_153 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %637 = stablehlo.broadcast_in_dim %cst_153, dims = [] : (tensor<f32>) -> tensor<1x15x1xf32>
    %638 = stablehlo.divide %636, %637 : tensor<1x15x1xf32>
    %cst_154 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %639 = stablehlo.reduce(%638 init: %cst_154) applies stablehlo.add across dimensions = [0, 2] : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %640 = stablehlo.broadcast_in_dim %639, dims = [1] : (tensor<15xf32>) -> tensor<1x15xf32>
    %641 = stablehlo.broadcast_in_dim %640, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %642 = stablehlo.add %635, %641 : tensor<1x15x32xf32>
    %cst_155 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %643 = stablehlo.reduce(%642 init: %cst_155) applies stablehlo.add across dimensions = [0] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<15x32xf32>
    %cst_156 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %644 = stablehlo.broadcast_in_dim %cst_156, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %645 = "stablehlo.scatter"(%644, %7, %642) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false}> ({
    ^bb0(%arg31: tensor<f32>, %arg32: tensor<f32>):
      %735 = stablehlo.add %arg31, %arg32 : tensor<f32>
      stablehlo.return %735 : tensor<f32>
    }) : (tensor<32x32xf32>, tensor<1x15x1xi32>, tensor<1x15x32xf32>) -> tensor<32x32xf32>
    %cst_157 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %646 = stablehlo.broadcast_in_dim %cst_157, dims = [] : (tensor<f32>) -> tensor<16x32xf32>
    %c_158 = stablehlo.constant dense<0> : tensor<i32>
    %c_159 = stablehlo.constant dense<0> : tensor<i32>
    %647 = stablehlo.dynamic_update_slice %646, %643, %c_158, %c_159 : (tensor<16x32xf32>, tensor<15x32xf32>, tensor<i32>, tensor<i32>) -> tensor<16x32xf32>
    %648 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<16x32xf32>
    %649 = stablehlo.multiply %648, %647 : tensor<16x32xf32>
    %650 = stablehlo.subtract %arg0, %649 : tensor<16x32xf32>
    %651 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %652 = stablehlo.multiply %651, %645 : tensor<32x32xf32>
    %653 = stablehlo.subtract %arg1, %652 : tensor<32x32xf32>
    %654 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %655 = stablehlo.multiply %654, %328 : tensor<32xf32>
    %656 = stablehlo.subtract %arg2, %655 : tensor<32xf32>
    %657 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %658 = stablehlo.multiply %657, %334 : tensor<32xf32>
    %659 = stablehlo.subtract %arg3, %658 : tensor<32xf32>
    %660 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %661 = stablehlo.multiply %660, %598 : tensor<32x32xf32>
    %662 = stablehlo.subtract %arg4, %661 : tensor<32x32xf32>
    %663 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %664 = stablehlo.multiply %663, %565 : tensor<32x32xf32>
    %665 = stablehlo.subtract %arg5, %664 : tensor<32x32xf32>
    %666 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %667 = stablehlo.multiply %666, %604 : tensor<32x32xf32>
    %668 = stablehlo.subtract %arg6, %667 : tensor<32x32xf32>
    %669 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %670 = stablehlo.multiply %669, %593 : tensor<32x32xf32>
    %671 = stablehlo.subtract %arg7, %670 : tensor<32x32xf32>
    %672 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %673 = stablehlo.multiply %672, %609 : tensor<32xf32>
    %674 = stablehlo.subtract %arg8, %673 : tensor<32xf32>
    %675 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %676 = stablehlo.multiply %675, %615 : tensor<32xf32>
    %677 = stablehlo.subtract %arg9, %676 : tensor<32xf32>
    %678 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %679 = stablehlo.multiply %678, %530 : tensor<32xf32>
    %680 = stablehlo.subtract %arg10, %679 : tensor<32xf32>
    %681 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %682 = stablehlo.multiply %681, %536 : tensor<32xf32>
    %683 = stablehlo.subtract %arg11, %682 : tensor<32xf32>
    %684 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %685 = stablehlo.multiply %684, %524 : tensor<64xf32>
    %686 = stablehlo.subtract %arg12, %685 : tensor<64xf32>
    %687 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %688 = stablehlo.multiply %687, %504 : tensor<32xf32>
    %689 = stablehlo.subtract %arg13, %688 : tensor<32xf32>
    %690 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32x64xf32>
    %691 = stablehlo.multiply %690, %526 : tensor<32x64xf32>
    %692 = stablehlo.subtract %arg14, %691 : tensor<32x64xf32>
    %693 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<64x32xf32>
    %694 = stablehlo.multiply %693, %506 : tensor<64x32xf32>
    %695 = stablehlo.subtract %arg15, %694 : tensor<64x32xf32>
    %696 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %697 = stablehlo.multiply %696, %457 : tensor<32x32xf32>
    %698 = stablehlo.subtract %arg16, %697 : tensor<32x32xf32>
    %699 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %700 = stablehlo.multiply %699, %424 : tensor<32x32xf32>
    %701 = stablehlo.subtract %arg17, %700 : tensor<32x32xf32>
    %702 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %703 = stablehlo.multiply %702, %463 : tensor<32x32xf32>
    %704 = stablehlo.subtract %arg18, %703 : tensor<32x32xf32>
    %705 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %706 = stablehlo.multiply %705, %452 : tensor<32x32xf32>
    %707 = stablehlo.subtract %arg19, %706 : tensor<32x32xf32>
    %708 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %709 = stablehlo.multiply %708, %468 : tensor<32xf32>
    %710 = stablehlo.subtract %arg20, %709 : tensor<32xf32>
    %711 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %712 = stablehlo.multiply %711, %474 : tensor<32xf32>
    %713 = stablehlo.subtract %arg21, %712 : tensor<32xf32>
    %714 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %715 = stablehlo.multiply %714, %389 : tensor<32xf32>
    %716 = stablehlo.subtract %arg22, %715 : tensor<32xf32>
    %717 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %718 = stablehlo.multiply %717, %395 : tensor<32xf32>
    %719 = stablehlo.subtract %arg23, %718 : tensor<32xf32>
    %720 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %721 = stablehlo.multiply %720, %383 : tensor<64xf32>
    %722 = stablehlo.subtract %arg24, %721 : tensor<64xf32>
    %723 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %724 = stablehlo.multiply %723, %363 : tensor<32xf32>
    %725 = stablehlo.subtract %arg25, %724 : tensor<32xf32>
    %726 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32x64xf32>
    %727 = stablehlo.multiply %726, %385 : tensor<32x64xf32>
    %728 = stablehlo.subtract %arg26, %727 : tensor<32x64xf32>
    %729 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<64x32xf32>
    %730 = stablehlo.multiply %729, %365 : tensor<64x32xf32>
    %731 = stablehlo.subtract %arg27, %730 : tensor<64x32xf32>
    %732 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<f32>) -> tensor<32x32xf32>
    %733 = stablehlo.multiply %732, %324 : tensor<32x32xf32>
    %734 = stablehlo.subtract %arg28, %733 : tensor<32x32xf32>
    return %650, %653, %656, %659, %662, %665, %668, %671, %674, %677, %680, %683, %686, %689, %692, %695, %698, %701, %704, %707, %710, %713, %716, %719, %722, %725, %728, %731, %734, %316 : tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64x32xf32>, tensor<32x32xf32>, tensor<f32>
  }
  func.func private @tril(%arg0: tensor<15x15xi1>) -> tensor<15x15xi1> {
    %0 = stablehlo.iota dim = 0 : tensor<15x15xi32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<15x15xi32>
    %2 = stablehlo.add %0, %1 : tensor<15x15xi32>
    %3 = stablehlo.iota dim = 1 : tensor<15x15xi32>
    %4 = stablehlo.compare GE, %2, %3, SIGNED : (tensor<15x15xi32>, tensor<15x15xi32>) -> tensor<15x15xi1>
    %c_0 = stablehlo.constant dense<false> : tensor<i1>
    %5 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i1>) -> tensor<15x15xi1>
    %6 = stablehlo.select %4, %arg0, %5 : tensor<15x15xi1>, tensor<15x15xi1>
    return %6 : tensor<15x15xi1>
  }
  func.func private @_where(%arg0: tensor<15x15xi1>, %arg1: tensor<1x2x15x15xf32>, %arg2: tensor<f32>) -> (tensor<1x2x15x15xf32>, tensor<1x2x15x15xi1>, tensor<1x2x15x15xf32>) {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [2, 3] : (tensor<15x15xi1>) -> tensor<1x2x15x15xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<1x2x15x15xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<1x2x15x15xi1>, tensor<1x2x15x15xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x2x15x15xf32>
    return %3, %1, %4 : tensor<1x2x15x15xf32>, tensor<1x2x15x15xi1>, tensor<1x2x15x15xf32>
  }
  func.func private @log_softmax(%arg0: tensor<1x15x32xf32>) -> (tensor<1x15x32xf32>, tensor<1x15x32xf32>, tensor<1x15x1xf32>) {
    %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %0 = stablehlo.reduce(%arg0 init: %cst) applies stablehlo.maximum across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %cst_0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x15xf32>
    %2 = stablehlo.maximum %1, %0 : tensor<1x15xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %5 = stablehlo.subtract %arg0, %4 : tensor<1x15x32xf32>
    %6 = stablehlo.exponential %5 : tensor<1x15x32xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7 = stablehlo.reduce(%6 init: %cst_1) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %9 = stablehlo.log %8 : tensor<1x15x1xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 1, 2] : (tensor<1x15x1xf32>) -> tensor<1x15x32xf32>
    %11 = stablehlo.subtract %5, %10 : tensor<1x15x32xf32>
    return %11, %6, %8 : tensor<1x15x32xf32>, tensor<1x15x32xf32>, tensor<1x15x1xf32>
  }
  func.func private @_one_hot(%arg0: tensor<1x15xi32>) -> tensor<1x15x32xf32> {
    %0 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<1x15xi32>) -> tensor<1x15x1xi32>
    %1 = stablehlo.iota dim = 2 : tensor<1x1x32xi32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [0, 1, 2] : (tensor<1x15x1xi32>) -> tensor<1x15x32xi32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0, 1, 2] : (tensor<1x1x32xi32>) -> tensor<1x15x32xi32>
    %4 = stablehlo.compare EQ, %2, %3, SIGNED : (tensor<1x15x32xi32>, tensor<1x15x32xi32>) -> tensor<1x15x32xi1>
    %5 = stablehlo.convert %4 : (tensor<1x15x32xi1>) -> tensor<1x15x32xf32>
    return %5 : tensor<1x15x32xf32>
  }
  func.func private @log_softmax_0(%arg0: tensor<1x15x32xf32>, %arg1: tensor<1x15x1xf32>, %arg2: tensor<1x15x32xf32>) -> tensor<1x15x32xf32> {
    %0 = stablehlo.negate %arg2 : tensor<1x15x32xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1 = stablehlo.reduce(%0 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<1x15x32xf32>, tensor<f32>) -> tensor<1x15xf32>
    %2 = stablehlo.reshape %1 : (tensor<1x15xf32>) -> tensor<1x15x1xf32>
    %3 = stablehlo.divide %2, %arg1 : tensor<1x15x1xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4 = stablehlo.reduce(%3 init: %cst_0) applies stablehlo.add across dimensions = [0, 2] : (tensor<1x15x1xf32>, tensor<f32>) -> tensor<15xf32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [1] : (tensor<15xf32>) -> tensor<1x15xf32>
    %6 = stablehlo.broadcast_in_dim %5, dims = [0, 1] : (tensor<1x15xf32>) -> tensor<1x15x32xf32>
    %7 = stablehlo.multiply %6, %arg0 : tensor<1x15x32xf32>
    %8 = stablehlo.add %arg2, %7 : tensor<1x15x32xf32>
    return %8 : tensor<1x15x32xf32>
  }
  func.func private @_where_1(%arg0: tensor<1x2x15x15xi1>, %arg1: tensor<1x2x15x15xf32>, %arg2: tensor<1x2x15x15xf32>) -> tensor<1x2x15x15xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x2x15x15xf32>
    %1 = stablehlo.select %arg0, %arg2, %0 : tensor<1x2x15x15xi1>, tensor<1x2x15x15xf32>
    return %1 : tensor<1x2x15x15xf32>
  }
}
