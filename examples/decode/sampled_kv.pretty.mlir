module @jit_sampled_kv attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<16x32xf32>, %arg1: tensor<32x32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<32xf32>, %arg4: tensor<32x32xf32>, %arg5: tensor<32x32xf32>, %arg6: tensor<32x32xf32>, %arg7: tensor<32x32xf32>, %arg8: tensor<32xf32>, %arg9: tensor<32xf32>, %arg10: tensor<32xf32>, %arg11: tensor<32xf32>, %arg12: tensor<64xf32>, %arg13: tensor<32xf32>, %arg14: tensor<32x64xf32>, %arg15: tensor<64x32xf32>, %arg16: tensor<32x32xf32>, %arg17: tensor<32x32xf32>, %arg18: tensor<32x32xf32>, %arg19: tensor<32x32xf32>, %arg20: tensor<32xf32>, %arg21: tensor<32xf32>, %arg22: tensor<32xf32>, %arg23: tensor<32xf32>, %arg24: tensor<64xf32>, %arg25: tensor<32xf32>, %arg26: tensor<32x64xf32>, %arg27: tensor<64x32xf32>, %arg28: tensor<32x32xf32>, %arg29: tensor<1x4xi32>, %arg30: tensor<2xui32>) -> (tensor<1x16xi32> {jax.result_info = "result"}) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1x16xi32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %0, %arg29, %c_0, %c_1 : (tensor<1x16xi32>, tensor<1x4xi32>, tensor<i32>, tensor<i32>) -> tensor<1x16xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %2 = stablehlo.dynamic_slice %arg0, %c_2, %c_3, sizes = [4, 32] : (tensor<16x32xf32>, tensor<i32>, tensor<i32>) -> tensor<4x32xf32>
    %c_4 = stablehlo.constant dense<0> : tensor<i32>
    %3 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<i32>) -> tensor<1x4xi32>
    %4 = stablehlo.compare LT, %arg29, %3, SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %c_5 = stablehlo.constant dense<32> : tensor<i32>
    %5 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x4xi32>
    %6 = stablehlo.add %arg29, %5 : tensor<1x4xi32>
    %7 = stablehlo.select %4, %6, %arg29 : tensor<1x4xi1>, tensor<1x4xi32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %9 = "stablehlo.gather"(%arg1, %8) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xf32>, tensor<1x4x1xi32>) -> tensor<1x4x32xf32>
    %10 = stablehlo.broadcast_in_dim %2, dims = [1, 2] : (tensor<4x32xf32>) -> tensor<1x4x32xf32>
    %11 = stablehlo.add %9, %10 : tensor<1x4x32xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %12 = stablehlo.reduce(%11 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %13 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %cst_6 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x4x1xf32>
    %15 = stablehlo.divide %13, %14 : tensor<1x4x1xf32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 2] : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %17 = stablehlo.subtract %11, %16 : tensor<1x4x32xf32>
    %18 = chlo.square %17 : tensor<1x4x32xf32> -> tensor<1x4x32xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %19 = stablehlo.reduce(%18 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0, 1] : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %cst_8 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %21 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<1x4x1xf32>
    %22 = stablehlo.divide %20, %21 : tensor<1x4x1xf32>
    %23 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 2] : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %24 = stablehlo.subtract %11, %23 : tensor<1x4x32xf32>
    %cst_9 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %25 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<1x4x1xf32>
    %26 = stablehlo.add %22, %25 : tensor<1x4x1xf32>
    %27 = stablehlo.rsqrt %26 : tensor<1x4x1xf32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [0, 1, 2] : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %29 = stablehlo.multiply %24, %28 : tensor<1x4x32xf32>
    %30 = stablehlo.broadcast_in_dim %arg9, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %32 = stablehlo.multiply %29, %31 : tensor<1x4x32xf32>
    %33 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %35 = stablehlo.add %32, %34 : tensor<1x4x32xf32>
    %36 = stablehlo.dot_general %35, %arg6, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x4x32xf32>, tensor<32x32xf32>) -> tensor<1x4x32xf32>
    %37 = stablehlo.reshape %36 : (tensor<1x4x32xf32>) -> tensor<1x4x2x16xf32>
    %38 = stablehlo.transpose %37, dims = [0, 2, 1, 3] : (tensor<1x4x2x16xf32>) -> tensor<1x2x4x16xf32>
    %39 = stablehlo.dot_general %35, %arg4, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x4x32xf32>, tensor<32x32xf32>) -> tensor<1x4x32xf32>
    %40 = stablehlo.reshape %39 : (tensor<1x4x32xf32>) -> tensor<1x4x2x16xf32>
    %41 = stablehlo.transpose %40, dims = [0, 2, 1, 3] : (tensor<1x4x2x16xf32>) -> tensor<1x2x4x16xf32>
    %42 = stablehlo.dot_general %35, %arg7, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x4x32xf32>, tensor<32x32xf32>) -> tensor<1x4x32xf32>
    %43 = stablehlo.reshape %42 : (tensor<1x4x32xf32>) -> tensor<1x4x2x16xf32>
    %44 = stablehlo.transpose %43, dims = [0, 2, 1, 3] : (tensor<1x4x2x16xf32>) -> tensor<1x2x4x16xf32>
    %c_10 = stablehlo.constant dense<true> : tensor<i1>
    %45 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<i1>) -> tensor<4x4xi1>
    %46 = call @tril(%45) : (tensor<4x4xi1>) -> tensor<4x4xi1>
    %47 = stablehlo.dot_general %38, %41, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x2x4x16xf32>, tensor<1x2x4x16xf32>) -> tensor<1x2x4x4xf32>
    %cst_11 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %48 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<1x2x4x4xf32>
    %49 = stablehlo.multiply %47, %48 : tensor<1x2x4x4xf32>
    %cst_12 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
    %50 = call @_where(%46, %49, %cst_12) : (tensor<4x4xi1>, tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4x4xf32>
    %cst_13 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %51 = stablehlo.reduce(%50 init: %cst_13) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4xf32>
    %cst_14 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %52 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x2x4xf32>
    %53 = stablehlo.maximum %52, %51 : tensor<1x2x4xf32>
    %54 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 2] : (tensor<1x2x4xf32>) -> tensor<1x2x4x1xf32>
    %55 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 2, 3] : (tensor<1x2x4x1xf32>) -> tensor<1x2x4x4xf32>
    %56 = stablehlo.subtract %50, %55 : tensor<1x2x4x4xf32>
    %57 = stablehlo.exponential %56 : tensor<1x2x4x4xf32>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %58 = stablehlo.reduce(%57 init: %cst_15) applies stablehlo.add across dimensions = [3] : (tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4xf32>
    %59 = stablehlo.broadcast_in_dim %58, dims = [0, 1, 2] : (tensor<1x2x4xf32>) -> tensor<1x2x4x1xf32>
    %60 = stablehlo.broadcast_in_dim %59, dims = [0, 1, 2, 3] : (tensor<1x2x4x1xf32>) -> tensor<1x2x4x4xf32>
    %61 = stablehlo.divide %57, %60 : tensor<1x2x4x4xf32>
    %62 = stablehlo.dot_general %61, %44, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x4x4xf32>, tensor<1x2x4x16xf32>) -> tensor<1x2x4x16xf32>
    %63 = stablehlo.transpose %62, dims = [0, 2, 1, 3] : (tensor<1x2x4x16xf32>) -> tensor<1x4x2x16xf32>
    %64 = stablehlo.reshape %63 : (tensor<1x4x2x16xf32>) -> tensor<1x4x32xf32>
    %65 = stablehlo.dot_general %64, %arg5, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x4x32xf32>, tensor<32x32xf32>) -> tensor<1x4x32xf32>
    %66 = stablehlo.add %11, %65 : tensor<1x4x32xf32>
    %cst_16 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %67 = stablehlo.reduce(%66 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [0, 1] : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %cst_17 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %69 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<1x4x1xf32>
    %70 = stablehlo.divide %68, %69 : tensor<1x4x1xf32>
    %71 = stablehlo.broadcast_in_dim %70, dims = [0, 1, 2] : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %72 = stablehlo.subtract %66, %71 : tensor<1x4x32xf32>
    %73 = chlo.square %72 : tensor<1x4x32xf32> -> tensor<1x4x32xf32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %74 = stablehlo.reduce(%73 init: %cst_18) applies stablehlo.add across dimensions = [2] : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %75 = stablehlo.broadcast_in_dim %74, dims = [0, 1] : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %cst_19 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %76 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<1x4x1xf32>
    %77 = stablehlo.divide %75, %76 : tensor<1x4x1xf32>
    %78 = stablehlo.broadcast_in_dim %70, dims = [0, 1, 2] : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %79 = stablehlo.subtract %66, %78 : tensor<1x4x32xf32>
    %cst_20 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %80 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<1x4x1xf32>
    %81 = stablehlo.add %77, %80 : tensor<1x4x1xf32>
    %82 = stablehlo.rsqrt %81 : tensor<1x4x1xf32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [0, 1, 2] : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %84 = stablehlo.multiply %79, %83 : tensor<1x4x32xf32>
    %85 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %87 = stablehlo.multiply %84, %86 : tensor<1x4x32xf32>
    %88 = stablehlo.broadcast_in_dim %arg10, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %90 = stablehlo.add %87, %89 : tensor<1x4x32xf32>
    %91 = stablehlo.dot_general %90, %arg14, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x4x32xf32>, tensor<32x64xf32>) -> tensor<1x4x64xf32>
    %92 = stablehlo.broadcast_in_dim %arg12, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %94 = stablehlo.add %91, %93 : tensor<1x4x64xf32>
    %95 = stablehlo.multiply %94, %94 : tensor<1x4x64xf32>
    %96 = stablehlo.multiply %95, %94 : tensor<1x4x64xf32>
    %cst_21 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %97 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<1x4x64xf32>
    %98 = stablehlo.multiply %97, %96 : tensor<1x4x64xf32>
    %99 = stablehlo.add %94, %98 : tensor<1x4x64xf32>
    %cst_22 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %100 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<1x4x64xf32>
    %101 = stablehlo.multiply %100, %99 : tensor<1x4x64xf32>
    %102 = stablehlo.tanh %101 : tensor<1x4x64xf32>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %103 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<1x4x64xf32>
    %104 = stablehlo.add %103, %102 : tensor<1x4x64xf32>
    %cst_24 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %105 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<1x4x64xf32>
    %106 = stablehlo.multiply %105, %104 : tensor<1x4x64xf32>
    %107 = stablehlo.multiply %94, %106 : tensor<1x4x64xf32>
    %108 = stablehlo.dot_general %107, %arg15, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x4x64xf32>, tensor<64x32xf32>) -> tensor<1x4x32xf32>
    %109 = stablehlo.broadcast_in_dim %arg13, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %111 = stablehlo.add %108, %110 : tensor<1x4x32xf32>
    %112 = stablehlo.add %66, %111 : tensor<1x4x32xf32>
    %cst_25 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %113 = stablehlo.reduce(%112 init: %cst_25) applies stablehlo.add across dimensions = [2] : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %114 = stablehlo.broadcast_in_dim %113, dims = [0, 1] : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %cst_26 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %115 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<1x4x1xf32>
    %116 = stablehlo.divide %114, %115 : tensor<1x4x1xf32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0, 1, 2] : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %118 = stablehlo.subtract %112, %117 : tensor<1x4x32xf32>
    %119 = chlo.square %118 : tensor<1x4x32xf32> -> tensor<1x4x32xf32>
    %cst_27 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %120 = stablehlo.reduce(%119 init: %cst_27) applies stablehlo.add across dimensions = [2] : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [0, 1] : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %cst_28 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %122 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<1x4x1xf32>
    %123 = stablehlo.divide %121, %122 : tensor<1x4x1xf32>
    %124 = stablehlo.broadcast_in_dim %116, dims = [0, 1, 2] : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %125 = stablehlo.subtract %112, %124 : tensor<1x4x32xf32>
    %cst_29 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %126 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<1x4x1xf32>
    %127 = stablehlo.add %123, %126 : tensor<1x4x1xf32>
    %128 = stablehlo.rsqrt %127 : tensor<1x4x1xf32>
    %129 = stablehlo.broadcast_in_dim %128, dims = [0, 1, 2] : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %130 = stablehlo.multiply %125, %129 : tensor<1x4x32xf32>
    %131 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %133 = stablehlo.multiply %130, %132 : tensor<1x4x32xf32>
    %134 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %136 = stablehlo.add %133, %135 : tensor<1x4x32xf32>
    %137 = stablehlo.dot_general %136, %arg18, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x4x32xf32>, tensor<32x32xf32>) -> tensor<1x4x32xf32>
    %138 = stablehlo.reshape %137 : (tensor<1x4x32xf32>) -> tensor<1x4x2x16xf32>
    %139 = stablehlo.transpose %138, dims = [0, 2, 1, 3] : (tensor<1x4x2x16xf32>) -> tensor<1x2x4x16xf32>
    %140 = stablehlo.dot_general %136, %arg16, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x4x32xf32>, tensor<32x32xf32>) -> tensor<1x4x32xf32>
    %141 = stablehlo.reshape %140 : (tensor<1x4x32xf32>) -> tensor<1x4x2x16xf32>
    %142 = stablehlo.transpose %141, dims = [0, 2, 1, 3] : (tensor<1x4x2x16xf32>) -> tensor<1x2x4x16xf32>
    %143 = stablehlo.dot_general %136, %arg19, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x4x32xf32>, tensor<32x32xf32>) -> tensor<1x4x32xf32>
    %144 = stablehlo.reshape %143 : (tensor<1x4x32xf32>) -> tensor<1x4x2x16xf32>
    %145 = stablehlo.transpose %144, dims = [0, 2, 1, 3] : (tensor<1x4x2x16xf32>) -> tensor<1x2x4x16xf32>
    %c_30 = stablehlo.constant dense<true> : tensor<i1>
    %146 = stablehlo.broadcast_in_dim %c_30, dims = [] : (tensor<i1>) -> tensor<4x4xi1>
    %147 = call @tril(%146) : (tensor<4x4xi1>) -> tensor<4x4xi1>
    %148 = stablehlo.dot_general %139, %142, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x2x4x16xf32>, tensor<1x2x4x16xf32>) -> tensor<1x2x4x4xf32>
    %cst_31 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %149 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<1x2x4x4xf32>
    %150 = stablehlo.multiply %148, %149 : tensor<1x2x4x4xf32>
    %cst_32 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
    %151 = call @_where(%147, %150, %cst_32) : (tensor<4x4xi1>, tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4x4xf32>
    %cst_33 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %152 = stablehlo.reduce(%151 init: %cst_33) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4xf32>
    %cst_34 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %153 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<1x2x4xf32>
    %154 = stablehlo.maximum %153, %152 : tensor<1x2x4xf32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [0, 1, 2] : (tensor<1x2x4xf32>) -> tensor<1x2x4x1xf32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [0, 1, 2, 3] : (tensor<1x2x4x1xf32>) -> tensor<1x2x4x4xf32>
    %157 = stablehlo.subtract %151, %156 : tensor<1x2x4x4xf32>
    %158 = stablehlo.exponential %157 : tensor<1x2x4x4xf32>
    %cst_35 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %159 = stablehlo.reduce(%158 init: %cst_35) applies stablehlo.add across dimensions = [3] : (tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4xf32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [0, 1, 2] : (tensor<1x2x4xf32>) -> tensor<1x2x4x1xf32>
    %161 = stablehlo.broadcast_in_dim %160, dims = [0, 1, 2, 3] : (tensor<1x2x4x1xf32>) -> tensor<1x2x4x4xf32>
    %162 = stablehlo.divide %158, %161 : tensor<1x2x4x4xf32>
    %163 = stablehlo.dot_general %162, %145, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x4x4xf32>, tensor<1x2x4x16xf32>) -> tensor<1x2x4x16xf32>
    %164 = stablehlo.transpose %163, dims = [0, 2, 1, 3] : (tensor<1x2x4x16xf32>) -> tensor<1x4x2x16xf32>
    %165 = stablehlo.reshape %164 : (tensor<1x4x2x16xf32>) -> tensor<1x4x32xf32>
    %166 = stablehlo.dot_general %165, %arg17, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x4x32xf32>, tensor<32x32xf32>) -> tensor<1x4x32xf32>
    %167 = stablehlo.add %112, %166 : tensor<1x4x32xf32>
    %cst_36 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %168 = stablehlo.reduce(%167 init: %cst_36) applies stablehlo.add across dimensions = [2] : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [0, 1] : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %cst_37 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %170 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<1x4x1xf32>
    %171 = stablehlo.divide %169, %170 : tensor<1x4x1xf32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [0, 1, 2] : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %173 = stablehlo.subtract %167, %172 : tensor<1x4x32xf32>
    %174 = chlo.square %173 : tensor<1x4x32xf32> -> tensor<1x4x32xf32>
    %cst_38 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %175 = stablehlo.reduce(%174 init: %cst_38) applies stablehlo.add across dimensions = [2] : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [0, 1] : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %cst_39 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<1x4x1xf32>
    %178 = stablehlo.divide %176, %177 : tensor<1x4x1xf32>
    %179 = stablehlo.broadcast_in_dim %171, dims = [0, 1, 2] : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %180 = stablehlo.subtract %167, %179 : tensor<1x4x32xf32>
    %cst_40 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %181 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<f32>) -> tensor<1x4x1xf32>
    %182 = stablehlo.add %178, %181 : tensor<1x4x1xf32>
    %183 = stablehlo.rsqrt %182 : tensor<1x4x1xf32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [0, 1, 2] : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %185 = stablehlo.multiply %180, %184 : tensor<1x4x32xf32>
    %186 = stablehlo.broadcast_in_dim %arg23, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %188 = stablehlo.multiply %185, %187 : tensor<1x4x32xf32>
    %189 = stablehlo.broadcast_in_dim %arg22, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %191 = stablehlo.add %188, %190 : tensor<1x4x32xf32>
    %192 = stablehlo.dot_general %191, %arg26, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x4x32xf32>, tensor<32x64xf32>) -> tensor<1x4x64xf32>
    %193 = stablehlo.broadcast_in_dim %arg24, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %195 = stablehlo.add %192, %194 : tensor<1x4x64xf32>
    %196 = stablehlo.multiply %195, %195 : tensor<1x4x64xf32>
    %197 = stablehlo.multiply %196, %195 : tensor<1x4x64xf32>
    %cst_41 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<f32>) -> tensor<1x4x64xf32>
    %199 = stablehlo.multiply %198, %197 : tensor<1x4x64xf32>
    %200 = stablehlo.add %195, %199 : tensor<1x4x64xf32>
    %cst_42 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %201 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<f32>) -> tensor<1x4x64xf32>
    %202 = stablehlo.multiply %201, %200 : tensor<1x4x64xf32>
    %203 = stablehlo.tanh %202 : tensor<1x4x64xf32>
    %cst_43 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<1x4x64xf32>
    %205 = stablehlo.add %204, %203 : tensor<1x4x64xf32>
    %cst_44 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %206 = stablehlo.broadcast_in_dim %cst_44, dims = [] : (tensor<f32>) -> tensor<1x4x64xf32>
    %207 = stablehlo.multiply %206, %205 : tensor<1x4x64xf32>
    %208 = stablehlo.multiply %195, %207 : tensor<1x4x64xf32>
    %209 = stablehlo.dot_general %208, %arg27, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x4x64xf32>, tensor<64x32xf32>) -> tensor<1x4x32xf32>
    %210 = stablehlo.broadcast_in_dim %arg25, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %212 = stablehlo.add %209, %211 : tensor<1x4x32xf32>
    %213 = stablehlo.add %167, %212 : tensor<1x4x32xf32>
    %cst_45 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %214 = stablehlo.reduce(%213 init: %cst_45) applies stablehlo.add across dimensions = [2] : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %215 = stablehlo.broadcast_in_dim %214, dims = [0, 1] : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %cst_46 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %216 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<1x4x1xf32>
    %217 = stablehlo.divide %215, %216 : tensor<1x4x1xf32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [0, 1, 2] : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %219 = stablehlo.subtract %213, %218 : tensor<1x4x32xf32>
    %220 = chlo.square %219 : tensor<1x4x32xf32> -> tensor<1x4x32xf32>
    %cst_47 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %221 = stablehlo.reduce(%220 init: %cst_47) applies stablehlo.add across dimensions = [2] : (tensor<1x4x32xf32>, tensor<f32>) -> tensor<1x4xf32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [0, 1] : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %cst_48 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %223 = stablehlo.broadcast_in_dim %cst_48, dims = [] : (tensor<f32>) -> tensor<1x4x1xf32>
    %224 = stablehlo.divide %222, %223 : tensor<1x4x1xf32>
    %225 = stablehlo.broadcast_in_dim %217, dims = [0, 1, 2] : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %226 = stablehlo.subtract %213, %225 : tensor<1x4x32xf32>
    %cst_49 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %227 = stablehlo.broadcast_in_dim %cst_49, dims = [] : (tensor<f32>) -> tensor<1x4x1xf32>
    %228 = stablehlo.add %224, %227 : tensor<1x4x1xf32>
    %229 = stablehlo.rsqrt %228 : tensor<1x4x1xf32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [0, 1, 2] : (tensor<1x4x1xf32>) -> tensor<1x4x32xf32>
    %231 = stablehlo.multiply %226, %230 : tensor<1x4x32xf32>
    %232 = stablehlo.broadcast_in_dim %arg3, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %234 = stablehlo.multiply %231, %233 : tensor<1x4x32xf32>
    %235 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x4x32xf32>
    %237 = stablehlo.add %234, %236 : tensor<1x4x32xf32>
    %238 = stablehlo.dot_general %237, %arg28, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x4x32xf32>, tensor<32x32xf32>) -> tensor<1x4x32xf32>
    %cst_50 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %239 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<1x2x16x16xf32>
    %c_51 = stablehlo.constant dense<0> : tensor<i32>
    %c_52 = stablehlo.constant dense<0> : tensor<i32>
    %c_53 = stablehlo.constant dense<0> : tensor<i32>
    %c_54 = stablehlo.constant dense<0> : tensor<i32>
    %240 = stablehlo.dynamic_update_slice %239, %41, %c_51, %c_52, %c_53, %c_54 : (tensor<1x2x16x16xf32>, tensor<1x2x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %cst_55 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %241 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<1x2x16x16xf32>
    %c_56 = stablehlo.constant dense<0> : tensor<i32>
    %c_57 = stablehlo.constant dense<0> : tensor<i32>
    %c_58 = stablehlo.constant dense<0> : tensor<i32>
    %c_59 = stablehlo.constant dense<0> : tensor<i32>
    %242 = stablehlo.dynamic_update_slice %241, %44, %c_56, %c_57, %c_58, %c_59 : (tensor<1x2x16x16xf32>, tensor<1x2x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %cst_60 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %243 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<f32>) -> tensor<1x2x16x16xf32>
    %c_61 = stablehlo.constant dense<0> : tensor<i32>
    %c_62 = stablehlo.constant dense<0> : tensor<i32>
    %c_63 = stablehlo.constant dense<0> : tensor<i32>
    %c_64 = stablehlo.constant dense<0> : tensor<i32>
    %244 = stablehlo.dynamic_update_slice %243, %142, %c_61, %c_62, %c_63, %c_64 : (tensor<1x2x16x16xf32>, tensor<1x2x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %cst_65 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %245 = stablehlo.broadcast_in_dim %cst_65, dims = [] : (tensor<f32>) -> tensor<1x2x16x16xf32>
    %c_66 = stablehlo.constant dense<0> : tensor<i32>
    %c_67 = stablehlo.constant dense<0> : tensor<i32>
    %c_68 = stablehlo.constant dense<0> : tensor<i32>
    %c_69 = stablehlo.constant dense<0> : tensor<i32>
    %246 = stablehlo.dynamic_update_slice %245, %145, %c_66, %c_67, %c_68, %c_69 : (tensor<1x2x16x16xf32>, tensor<1x2x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %247 = call @_threefry_split(%arg30) : (tensor<2xui32>) -> tensor<2x2xui32>
    %248 = stablehlo.slice %247 [0:1, 0:2] : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %249 = stablehlo.reshape %248 : (tensor<1x2xui32>) -> tensor<2xui32>
    %250 = stablehlo.slice %247 [1:2, 0:2] : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %251 = stablehlo.reshape %250 : (tensor<1x2xui32>) -> tensor<2xui32>
    %252 = stablehlo.slice %238 [0:1, 3:4, 0:32] : (tensor<1x4x32xf32>) -> tensor<1x1x32xf32>
    %253 = stablehlo.reshape %252 : (tensor<1x1x32xf32>) -> tensor<1x32xf32>
    %cst_70 = stablehlo.constant dense<8.000000e-01> : tensor<f32>
    %254 = stablehlo.broadcast_in_dim %cst_70, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %255 = stablehlo.divide %253, %254 : tensor<1x32xf32>
    %256 = stablehlo.negate %255 : tensor<1x32xf32>
    %257 = call @sort(%256) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %258 = stablehlo.negate %257 : tensor<1x32xf32>
    %259 = stablehlo.slice %258 [0:1, 7:8] : (tensor<1x32xf32>) -> tensor<1x1xf32>
    %260 = stablehlo.broadcast_in_dim %259, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %261 = stablehlo.compare LT, %255, %260, FLOAT : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xi1>
    %cst_71 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %262 = call @_where_0(%261, %cst_71, %255) : (tensor<1x32xi1>, tensor<f32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %263 = stablehlo.iota dim = 1 : tensor<1x32xi32>
    %c_72 = stablehlo.constant dense<8> : tensor<i32>
    %264 = stablehlo.broadcast_in_dim %c_72, dims = [] : (tensor<i32>) -> tensor<1x32xi32>
    %265 = stablehlo.compare LT, %263, %264, SIGNED : (tensor<1x32xi32>, tensor<1x32xi32>) -> tensor<1x32xi1>
    %cst_73 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %266 = call @_where_1(%265, %258, %cst_73) : (tensor<1x32xi1>, tensor<1x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %cst_74 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %267 = stablehlo.reduce(%266 init: %cst_74) applies stablehlo.maximum across dimensions = [1] : (tensor<1x32xf32>, tensor<f32>) -> tensor<1xf32>
    %cst_75 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %268 = stablehlo.broadcast_in_dim %cst_75, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %269 = stablehlo.maximum %268, %267 : tensor<1xf32>
    %270 = stablehlo.broadcast_in_dim %269, dims = [0] : (tensor<1xf32>) -> tensor<1x1xf32>
    %271 = stablehlo.broadcast_in_dim %270, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %272 = stablehlo.subtract %266, %271 : tensor<1x32xf32>
    %273 = stablehlo.exponential %272 : tensor<1x32xf32>
    %cst_76 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %274 = stablehlo.reduce(%273 init: %cst_76) applies stablehlo.add across dimensions = [1] : (tensor<1x32xf32>, tensor<f32>) -> tensor<1xf32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [0] : (tensor<1xf32>) -> tensor<1x1xf32>
    %276 = stablehlo.broadcast_in_dim %275, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %277 = stablehlo.divide %273, %276 : tensor<1x32xf32>
    %278 = call @cumsum(%277) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %279 = stablehlo.subtract %278, %277 : tensor<1x32xf32>
    %cst_77 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %280 = stablehlo.broadcast_in_dim %cst_77, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %281 = stablehlo.compare LT, %279, %280, FLOAT : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xi1>
    %cst_78 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %282 = call @_where_1(%281, %266, %cst_78) : (tensor<1x32xi1>, tensor<1x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %cst_79 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %283 = stablehlo.reduce(%282 init: %cst_79) applies stablehlo.minimum across dimensions = [1] : (tensor<1x32xf32>, tensor<f32>) -> tensor<1xf32>
    %284 = stablehlo.broadcast_in_dim %283, dims = [0] : (tensor<1xf32>) -> tensor<1x1xf32>
    %285 = stablehlo.broadcast_in_dim %284, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %286 = stablehlo.compare LT, %262, %285, FLOAT : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xi1>
    %cst_80 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %287 = call @_where_0(%286, %cst_80, %262) : (tensor<1x32xi1>, tensor<f32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %288 = call @_gumbel(%251) : (tensor<2xui32>) -> tensor<1x32xf32>
    %289 = stablehlo.add %288, %287 : tensor<1x32xf32>
    %290 = call @argmax(%289) : (tensor<1x32xf32>) -> tensor<1xi32>
    %c_81 = stablehlo.constant dense<4> : tensor<i32>
    %291 = stablehlo.broadcast_in_dim %c_81, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %292 = "stablehlo.scatter"(%1, %291, %290) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg31: tensor<i32>, %arg32: tensor<i32>):
      stablehlo.return %arg32 : tensor<i32>
    }) : (tensor<1x16xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<1x16xi32>
    %c_82 = stablehlo.constant dense<4> : tensor<i32>
    %c_83 = stablehlo.constant dense<0> : tensor<i32>
    %293:38 = stablehlo.while(%iterArg = %arg0, %iterArg_84 = %arg1, %iterArg_85 = %arg9, %iterArg_86 = %arg8, %iterArg_87 = %arg6, %iterArg_88 = %arg4, %iterArg_89 = %arg7, %iterArg_90 = %arg5, %iterArg_91 = %arg11, %iterArg_92 = %arg10, %iterArg_93 = %arg14, %iterArg_94 = %arg12, %iterArg_95 = %arg15, %iterArg_96 = %arg13, %iterArg_97 = %arg21, %iterArg_98 = %arg20, %iterArg_99 = %arg18, %iterArg_100 = %arg16, %iterArg_101 = %arg19, %iterArg_102 = %arg17, %iterArg_103 = %arg23, %iterArg_104 = %arg22, %iterArg_105 = %arg26, %iterArg_106 = %arg24, %iterArg_107 = %arg27, %iterArg_108 = %arg25, %iterArg_109 = %arg3, %iterArg_110 = %arg2, %iterArg_111 = %arg28, %iterArg_112 = %c_83, %iterArg_113 = %c_82, %iterArg_114 = %292, %iterArg_115 = %290, %iterArg_116 = %240, %iterArg_117 = %242, %iterArg_118 = %244, %iterArg_119 = %246, %iterArg_120 = %249) : tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<i32>, tensor<1x16xi32>, tensor<1xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<2xui32>
    cond {
      %c_121 = stablehlo.constant dense<11> : tensor<i32>
      %294 = stablehlo.compare LT, %iterArg_112, %c_121, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %294 : tensor<i1>
    } do {
      %294:8 = func.call @closed_call_5(%iterArg, %iterArg_84, %iterArg_85, %iterArg_86, %iterArg_87, %iterArg_88, %iterArg_89, %iterArg_90, %iterArg_91, %iterArg_92, %iterArg_93, %iterArg_94, %iterArg_95, %iterArg_96, %iterArg_97, %iterArg_98, %iterArg_99, %iterArg_100, %iterArg_101, %iterArg_102, %iterArg_103, %iterArg_104, %iterArg_105, %iterArg_106, %iterArg_107, %iterArg_108, %iterArg_109, %iterArg_110, %iterArg_111, %iterArg_113, %iterArg_114, %iterArg_115, %iterArg_116, %iterArg_117, %iterArg_118, %iterArg_119, %iterArg_120) : (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<1x16xi32>, tensor<1xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<2xui32>) -> (tensor<i32>, tensor<1x16xi32>, tensor<1xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<2xui32>)
      %c_121 = stablehlo.constant dense<1> : tensor<i32>
      %295 = stablehlo.add %iterArg_112, %c_121 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_84, %iterArg_85, %iterArg_86, %iterArg_87, %iterArg_88, %iterArg_89, %iterArg_90, %iterArg_91, %iterArg_92, %iterArg_93, %iterArg_94, %iterArg_95, %iterArg_96, %iterArg_97, %iterArg_98, %iterArg_99, %iterArg_100, %iterArg_101, %iterArg_102, %iterArg_103, %iterArg_104, %iterArg_105, %iterArg_106, %iterArg_107, %iterArg_108, %iterArg_109, %iterArg_110, %iterArg_111, %295, %294#0, %294#1, %294#2, %294#3, %294#4, %294#5, %294#6, %294#7 : tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<i32>, tensor<1x16xi32>, tensor<1xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<2xui32>
    }
    return %293#31 : tensor<1x16xi32>
  }
  func.func private @tril(%arg0: tensor<4x4xi1>) -> tensor<4x4xi1> {
    %0 = stablehlo.iota dim = 0 : tensor<4x4xi32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<4x4xi32>
    %2 = stablehlo.add %0, %1 : tensor<4x4xi32>
    %3 = stablehlo.iota dim = 1 : tensor<4x4xi32>
    %4 = stablehlo.compare GE, %2, %3, SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %c_0 = stablehlo.constant dense<false> : tensor<i1>
    %5 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i1>) -> tensor<4x4xi1>
    %6 = stablehlo.select %4, %arg0, %5 : tensor<4x4xi1>, tensor<4x4xi1>
    return %6 : tensor<4x4xi1>
  }
  func.func private @_where(%arg0: tensor<4x4xi1>, %arg1: tensor<1x2x4x4xf32>, %arg2: tensor<f32>) -> tensor<1x2x4x4xf32> {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [2, 3] : (tensor<4x4xi1>) -> tensor<1x2x4x4xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<1x2x4x4xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<1x2x4x4xi1>, tensor<1x2x4x4xf32>
    return %3 : tensor<1x2x4x4xf32>
  }
  func.func private @_threefry_split(%arg0: tensor<2xui32>) -> tensor<2x2xui32> {
    %0 = stablehlo.slice %arg0 [0:1] : (tensor<2xui32>) -> tensor<1xui32>
    %1 = stablehlo.reshape %0 : (tensor<1xui32>) -> tensor<ui32>
    %2 = stablehlo.slice %arg0 [1:2] : (tensor<2xui32>) -> tensor<1xui32>
    %3 = stablehlo.reshape %2 : (tensor<1xui32>) -> tensor<ui32>
    %4 = stablehlo.iota dim = 0 : tensor<2xui64>
    %c = stablehlo.constant dense<1> : tensor<ui64>
    %5 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui64>) -> tensor<2xui64>
    %6 = stablehlo.multiply %5, %4 : tensor<2xui64>
    %c_0 = stablehlo.constant dense<32> : tensor<ui64>
    %7 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui64>) -> tensor<2xui64>
    %8 = stablehlo.shift_right_logical %6, %7 : tensor<2xui64>
    %9 = stablehlo.convert %6 : (tensor<2xui64>) -> tensor<2xui32>
    %10 = stablehlo.convert %8 : (tensor<2xui64>) -> tensor<2xui32>
    %11:2 = call @threefry2x32(%1, %3, %10, %9) : (tensor<ui32>, tensor<ui32>, tensor<2xui32>, tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>)
    %12 = stablehlo.broadcast_in_dim %11#0, dims = [0] : (tensor<2xui32>) -> tensor<2x1xui32>
    %13 = stablehlo.broadcast_in_dim %11#1, dims = [0] : (tensor<2xui32>) -> tensor<2x1xui32>
    %14 = stablehlo.concatenate %12, %13, dim = 1 : (tensor<2x1xui32>, tensor<2x1xui32>) -> tensor<2x2xui32>
    return %14 : tensor<2x2xui32>
  }
  func.func private @threefry2x32(%arg0: tensor<ui32>, %arg1: tensor<ui32>, %arg2: tensor<2xui32>, %arg3: tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>) {
    %c = stablehlo.constant dense<[13, 15, 26, 6]> : tensor<4xui32>
    %c_0 = stablehlo.constant dense<[17, 29, 16, 24]> : tensor<4xui32>
    %0 = stablehlo.xor %arg0, %arg1 : tensor<ui32>
    %c_1 = stablehlo.constant dense<466688986> : tensor<ui32>
    %1 = stablehlo.xor %0, %c_1 : tensor<ui32>
    %2 = stablehlo.broadcast_in_dim %arg0, dims = [] : (tensor<ui32>) -> tensor<2xui32>
    %3 = stablehlo.add %arg2, %2 : tensor<2xui32>
    %4 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<ui32>) -> tensor<2xui32>
    %5 = stablehlo.add %arg3, %4 : tensor<2xui32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %6:9 = stablehlo.while(%iterArg = %c_3, %iterArg_4 = %c_2, %iterArg_5 = %3, %iterArg_6 = %5, %iterArg_7 = %arg1, %iterArg_8 = %1, %iterArg_9 = %arg0, %iterArg_10 = %c, %iterArg_11 = %c_0) : tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
    cond {
      %c_12 = stablehlo.constant dense<5> : tensor<i32>
      %7 = stablehlo.compare LT, %iterArg, %c_12, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %7 : tensor<i1>
    } do {
      %7:8 = func.call @closed_call(%iterArg_4, %iterArg_5, %iterArg_6, %iterArg_7, %iterArg_8, %iterArg_9, %iterArg_10, %iterArg_11) : (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %c_12 = stablehlo.constant dense<1> : tensor<i32>
      %8 = stablehlo.add %iterArg, %c_12 : tensor<i32>
      stablehlo.return %8, %7#0, %7#1, %7#2, %7#3, %7#4, %7#5, %7#6, %7#7 : tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
    }
    return %6#2, %6#3 : tensor<2xui32>, tensor<2xui32>
  }
  func.func private @closed_call(%arg0: tensor<i32>, %arg1: tensor<2xui32>, %arg2: tensor<2xui32>, %arg3: tensor<ui32>, %arg4: tensor<ui32>, %arg5: tensor<ui32>, %arg6: tensor<4xui32>, %arg7: tensor<4xui32>) -> (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.add %arg0, %c : tensor<i32>
    %1 = stablehlo.slice %arg6 [0:1] : (tensor<4xui32>) -> tensor<1xui32>
    %2 = stablehlo.reshape %1 : (tensor<1xui32>) -> tensor<ui32>
    %3 = stablehlo.add %arg1, %arg2 : tensor<2xui32>
    %4 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<ui32>) -> tensor<2xui32>
    %5 = stablehlo.shift_left %arg2, %4 : tensor<2xui32>
    %c_0 = stablehlo.constant dense<32> : tensor<ui32>
    %6 = stablehlo.subtract %c_0, %2 : tensor<ui32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [] : (tensor<ui32>) -> tensor<2xui32>
    %8 = stablehlo.shift_right_logical %arg2, %7 : tensor<2xui32>
    %9 = stablehlo.or %5, %8 : tensor<2xui32>
    %10 = stablehlo.xor %3, %9 : tensor<2xui32>
    %11 = stablehlo.slice %arg6 [1:2] : (tensor<4xui32>) -> tensor<1xui32>
    %12 = stablehlo.reshape %11 : (tensor<1xui32>) -> tensor<ui32>
    %13 = stablehlo.add %3, %10 : tensor<2xui32>
    %14 = stablehlo.broadcast_in_dim %12, dims = [] : (tensor<ui32>) -> tensor<2xui32>
    %15 = stablehlo.shift_left %10, %14 : tensor<2xui32>
    %c_1 = stablehlo.constant dense<32> : tensor<ui32>
    %16 = stablehlo.subtract %c_1, %12 : tensor<ui32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [] : (tensor<ui32>) -> tensor<2xui32>
    %18 = stablehlo.shift_right_logical %10, %17 : tensor<2xui32>
    %19 = stablehlo.or %15, %18 : tensor<2xui32>
    %20 = stablehlo.xor %13, %19 : tensor<2xui32>
    %21 = stablehlo.slice %arg6 [2:3] : (tensor<4xui32>) -> tensor<1xui32>
    %22 = stablehlo.reshape %21 : (tensor<1xui32>) -> tensor<ui32>
    %23 = stablehlo.add %13, %20 : tensor<2xui32>
    %24 = stablehlo.broadcast_in_dim %22, dims = [] : (tensor<ui32>) -> tensor<2xui32>
    %25 = stablehlo.shift_left %20, %24 : tensor<2xui32>
    %c_2 = stablehlo.constant dense<32> : tensor<ui32>
    %26 = stablehlo.subtract %c_2, %22 : tensor<ui32>
    %27 = stablehlo.broadcast_in_dim %26, dims = [] : (tensor<ui32>) -> tensor<2xui32>
    %28 = stablehlo.shift_right_logical %20, %27 : tensor<2xui32>
    %29 = stablehlo.or %25, %28 : tensor<2xui32>
    %30 = stablehlo.xor %23, %29 : tensor<2xui32>
    %31 = stablehlo.slice %arg6 [3:4] : (tensor<4xui32>) -> tensor<1xui32>
    %32 = stablehlo.reshape %31 : (tensor<1xui32>) -> tensor<ui32>
    %33 = stablehlo.add %23, %30 : tensor<2xui32>
    %34 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<ui32>) -> tensor<2xui32>
    %35 = stablehlo.shift_left %30, %34 : tensor<2xui32>
    %c_3 = stablehlo.constant dense<32> : tensor<ui32>
    %36 = stablehlo.subtract %c_3, %32 : tensor<ui32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [] : (tensor<ui32>) -> tensor<2xui32>
    %38 = stablehlo.shift_right_logical %30, %37 : tensor<2xui32>
    %39 = stablehlo.or %35, %38 : tensor<2xui32>
    %40 = stablehlo.xor %33, %39 : tensor<2xui32>
    %41 = stablehlo.broadcast_in_dim %arg3, dims = [] : (tensor<ui32>) -> tensor<2xui32>
    %42 = stablehlo.add %33, %41 : tensor<2xui32>
    %43 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<ui32>) -> tensor<2xui32>
    %44 = stablehlo.add %40, %43 : tensor<2xui32>
    %c_4 = stablehlo.constant dense<1> : tensor<i32>
    %45 = stablehlo.add %arg0, %c_4 : tensor<i32>
    %46 = stablehlo.convert %45 : (tensor<i32>) -> tensor<ui32>
    %47 = stablehlo.broadcast_in_dim %46, dims = [] : (tensor<ui32>) -> tensor<2xui32>
    %48 = stablehlo.add %44, %47 : tensor<2xui32>
    return %0, %42, %48, %arg4, %arg5, %arg3, %arg7, %arg6 : tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
  }
  func.func private @sort(%arg0: tensor<1x32xf32>) -> tensor<1x32xf32> {
    %0 = "stablehlo.sort"(%arg0) <{dimension = 1 : i64, is_stable = true}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>):
      %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %1 = stablehlo.compare EQ, %arg1, %cst, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %2 = stablehlo.select %1, %cst_0, %arg1 : tensor<i1>, tensor<f32>
      %3 = stablehlo.compare NE, %arg1, %arg1, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %cst_1 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
      %4 = stablehlo.select %3, %cst_1, %2 : tensor<i1>, tensor<f32>
      %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %5 = stablehlo.compare EQ, %arg2, %cst_2, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %6 = stablehlo.select %5, %cst_3, %arg2 : tensor<i1>, tensor<f32>
      %7 = stablehlo.compare NE, %arg2, %arg2, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %cst_4 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
      %8 = stablehlo.select %7, %cst_4, %6 : tensor<i1>, tensor<f32>
      %9 = stablehlo.compare LT, %4, %8, TOTALORDER : (tensor<f32>, tensor<f32>) -> tensor<i1>
      stablehlo.return %9 : tensor<i1>
    }) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    return %0 : tensor<1x32xf32>
  }
  func.func private @_where_0(%arg0: tensor<1x32xi1>, %arg1: tensor<f32>, %arg2: tensor<1x32xf32>) -> tensor<1x32xf32> {
    %0 = stablehlo.convert %arg1 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %2 = stablehlo.select %arg0, %1, %arg2 : tensor<1x32xi1>, tensor<1x32xf32>
    return %2 : tensor<1x32xf32>
  }
  func.func private @_where_1(%arg0: tensor<1x32xi1>, %arg1: tensor<1x32xf32>, %arg2: tensor<f32>) -> tensor<1x32xf32> {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %2 = stablehlo.select %arg0, %arg1, %1 : tensor<1x32xi1>, tensor<1x32xf32>
    return %2 : tensor<1x32xf32>
  }
  func.func private @cumsum(%arg0: tensor<1x32xf32>) -> tensor<1x32xf32> {
    %0 = call @cumsum_2(%arg0) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    return %0 : tensor<1x32xf32>
  }
  func.func private @cumsum_2(%arg0: tensor<1x32xf32>) -> tensor<1x32xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<f32>
    %1 = "stablehlo.reduce_window"(%arg0, %0) <{base_dilations = array<i64: 1, 1>, padding = dense<[[0, 0], [31, 0]]> : tensor<2x2xi64>, window_dilations = array<i64: 1, 1>, window_dimensions = array<i64: 1, 32>, window_strides = array<i64: 1, 1>}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>):
      %2 = stablehlo.add %arg1, %arg2 : tensor<f32>
      stablehlo.return %2 : tensor<f32>
    }) : (tensor<1x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    return %1 : tensor<1x32xf32>
  }
  func.func private @_gumbel(%arg0: tensor<2xui32>) -> tensor<1x32xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<1.17549435E-38> : tensor<f32>
    %0 = call @_uniform(%arg0, %cst, %cst_0) : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<1x32xf32>
    %1 = stablehlo.log %0 : tensor<1x32xf32>
    %2 = stablehlo.negate %1 : tensor<1x32xf32>
    %3 = stablehlo.log %2 : tensor<1x32xf32>
    %4 = stablehlo.negate %3 : tensor<1x32xf32>
    return %4 : tensor<1x32xf32>
  }
  func.func private @_uniform(%arg0: tensor<2xui32>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<1x32xf32> {
    %0 = stablehlo.convert %arg1 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg2, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %3 = stablehlo.slice %arg0 [0:1] : (tensor<2xui32>) -> tensor<1xui32>
    %4 = stablehlo.reshape %3 : (tensor<1xui32>) -> tensor<ui32>
    %5 = stablehlo.slice %arg0 [1:2] : (tensor<2xui32>) -> tensor<1xui32>
    %6 = stablehlo.reshape %5 : (tensor<1xui32>) -> tensor<ui32>
    %7 = stablehlo.iota dim = 0 : tensor<1x32xui64>
    %8 = stablehlo.iota dim = 1 : tensor<1x32xui64>
    %c = stablehlo.constant dense<32> : tensor<ui64>
    %9 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui64>) -> tensor<1x32xui64>
    %10 = stablehlo.multiply %9, %7 : tensor<1x32xui64>
    %c_0 = stablehlo.constant dense<1> : tensor<ui64>
    %11 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui64>) -> tensor<1x32xui64>
    %12 = stablehlo.multiply %11, %8 : tensor<1x32xui64>
    %13 = stablehlo.add %10, %12 : tensor<1x32xui64>
    %c_1 = stablehlo.constant dense<32> : tensor<ui64>
    %14 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<ui64>) -> tensor<1x32xui64>
    %15 = stablehlo.shift_right_logical %13, %14 : tensor<1x32xui64>
    %16 = stablehlo.convert %13 : (tensor<1x32xui64>) -> tensor<1x32xui32>
    %17 = stablehlo.convert %15 : (tensor<1x32xui64>) -> tensor<1x32xui32>
    %18:2 = call @threefry2x32_3(%4, %6, %17, %16) : (tensor<ui32>, tensor<ui32>, tensor<1x32xui32>, tensor<1x32xui32>) -> (tensor<1x32xui32>, tensor<1x32xui32>)
    %19 = stablehlo.xor %18#0, %18#1 : tensor<1x32xui32>
    %c_2 = stablehlo.constant dense<9> : tensor<ui32>
    %20 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<ui32>) -> tensor<1x32xui32>
    %21 = stablehlo.shift_right_logical %19, %20 : tensor<1x32xui32>
    %c_3 = stablehlo.constant dense<1065353216> : tensor<ui32>
    %22 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<ui32>) -> tensor<1x32xui32>
    %23 = stablehlo.or %21, %22 : tensor<1x32xui32>
    %24 = stablehlo.bitcast_convert %23 : (tensor<1x32xui32>) -> tensor<1x32xf32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %25 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %26 = stablehlo.subtract %24, %25 : tensor<1x32xf32>
    %27 = stablehlo.subtract %2, %1 : tensor<1x1xf32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %29 = stablehlo.multiply %26, %28 : tensor<1x32xf32>
    %30 = stablehlo.broadcast_in_dim %1, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %31 = stablehlo.add %29, %30 : tensor<1x32xf32>
    %32 = stablehlo.broadcast_in_dim %1, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %33 = stablehlo.maximum %32, %31 : tensor<1x32xf32>
    return %33 : tensor<1x32xf32>
  }
  func.func private @threefry2x32_3(%arg0: tensor<ui32>, %arg1: tensor<ui32>, %arg2: tensor<1x32xui32>, %arg3: tensor<1x32xui32>) -> (tensor<1x32xui32>, tensor<1x32xui32>) {
    %c = stablehlo.constant dense<[13, 15, 26, 6]> : tensor<4xui32>
    %c_0 = stablehlo.constant dense<[17, 29, 16, 24]> : tensor<4xui32>
    %0 = stablehlo.xor %arg0, %arg1 : tensor<ui32>
    %c_1 = stablehlo.constant dense<466688986> : tensor<ui32>
    %1 = stablehlo.xor %0, %c_1 : tensor<ui32>
    %2 = stablehlo.broadcast_in_dim %arg0, dims = [] : (tensor<ui32>) -> tensor<1x32xui32>
    %3 = stablehlo.add %arg2, %2 : tensor<1x32xui32>
    %4 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<ui32>) -> tensor<1x32xui32>
    %5 = stablehlo.add %arg3, %4 : tensor<1x32xui32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %6:9 = stablehlo.while(%iterArg = %c_3, %iterArg_4 = %c_2, %iterArg_5 = %3, %iterArg_6 = %5, %iterArg_7 = %arg1, %iterArg_8 = %1, %iterArg_9 = %arg0, %iterArg_10 = %c, %iterArg_11 = %c_0) : tensor<i32>, tensor<i32>, tensor<1x32xui32>, tensor<1x32xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
    cond {
      %c_12 = stablehlo.constant dense<5> : tensor<i32>
      %7 = stablehlo.compare LT, %iterArg, %c_12, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %7 : tensor<i1>
    } do {
      %7:8 = func.call @closed_call_4(%iterArg_4, %iterArg_5, %iterArg_6, %iterArg_7, %iterArg_8, %iterArg_9, %iterArg_10, %iterArg_11) : (tensor<i32>, tensor<1x32xui32>, tensor<1x32xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<1x32xui32>, tensor<1x32xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %c_12 = stablehlo.constant dense<1> : tensor<i32>
      %8 = stablehlo.add %iterArg, %c_12 : tensor<i32>
      stablehlo.return %8, %7#0, %7#1, %7#2, %7#3, %7#4, %7#5, %7#6, %7#7 : tensor<i32>, tensor<i32>, tensor<1x32xui32>, tensor<1x32xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
    }
    return %6#2, %6#3 : tensor<1x32xui32>, tensor<1x32xui32>
  }
  func.func private @closed_call_4(%arg0: tensor<i32>, %arg1: tensor<1x32xui32>, %arg2: tensor<1x32xui32>, %arg3: tensor<ui32>, %arg4: tensor<ui32>, %arg5: tensor<ui32>, %arg6: tensor<4xui32>, %arg7: tensor<4xui32>) -> (tensor<i32>, tensor<1x32xui32>, tensor<1x32xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.add %arg0, %c : tensor<i32>
    %1 = stablehlo.slice %arg6 [0:1] : (tensor<4xui32>) -> tensor<1xui32>
    %2 = stablehlo.reshape %1 : (tensor<1xui32>) -> tensor<ui32>
    %3 = stablehlo.add %arg1, %arg2 : tensor<1x32xui32>
    %4 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<ui32>) -> tensor<1x32xui32>
    %5 = stablehlo.shift_left %arg2, %4 : tensor<1x32xui32>
    %c_0 = stablehlo.constant dense<32> : tensor<ui32>
    %6 = stablehlo.subtract %c_0, %2 : tensor<ui32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [] : (tensor<ui32>) -> tensor<1x32xui32>
    %8 = stablehlo.shift_right_logical %arg2, %7 : tensor<1x32xui32>
    %9 = stablehlo.or %5, %8 : tensor<1x32xui32>
    %10 = stablehlo.xor %3, %9 : tensor<1x32xui32>
    %11 = stablehlo.slice %arg6 [1:2] : (tensor<4xui32>) -> tensor<1xui32>
    %12 = stablehlo.reshape %11 : (tensor<1xui32>) -> tensor<ui32>
    %13 = stablehlo.add %3, %10 : tensor<1x32xui32>
    %14 = stablehlo.broadcast_in_dim %12, dims = [] : (tensor<ui32>) -> tensor<1x32xui32>
    %15 = stablehlo.shift_left %10, %14 : tensor<1x32xui32>
    %c_1 = stablehlo.constant dense<32> : tensor<ui32>
    %16 = stablehlo.subtract %c_1, %12 : tensor<ui32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [] : (tensor<ui32>) -> tensor<1x32xui32>
    %18 = stablehlo.shift_right_logical %10, %17 : tensor<1x32xui32>
    %19 = stablehlo.or %15, %18 : tensor<1x32xui32>
    %20 = stablehlo.xor %13, %19 : tensor<1x32xui32>
    %21 = stablehlo.slice %arg6 [2:3] : (tensor<4xui32>) -> tensor<1xui32>
    %22 = stablehlo.reshape %21 : (tensor<1xui32>) -> tensor<ui32>
    %23 = stablehlo.add %13, %20 : tensor<1x32xui32>
    %24 = stablehlo.broadcast_in_dim %22, dims = [] : (tensor<ui32>) -> tensor<1x32xui32>
    %25 = stablehlo.shift_left %20, %24 : tensor<1x32xui32>
    %c_2 = stablehlo.constant dense<32> : tensor<ui32>
    %26 = stablehlo.subtract %c_2, %22 : tensor<ui32>
    %27 = stablehlo.broadcast_in_dim %26, dims = [] : (tensor<ui32>) -> tensor<1x32xui32>
    %28 = stablehlo.shift_right_logical %20, %27 : tensor<1x32xui32>
    %29 = stablehlo.or %25, %28 : tensor<1x32xui32>
    %30 = stablehlo.xor %23, %29 : tensor<1x32xui32>
    %31 = stablehlo.slice %arg6 [3:4] : (tensor<4xui32>) -> tensor<1xui32>
    %32 = stablehlo.reshape %31 : (tensor<1xui32>) -> tensor<ui32>
    %33 = stablehlo.add %23, %30 : tensor<1x32xui32>
    %34 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<ui32>) -> tensor<1x32xui32>
    %35 = stablehlo.shift_left %30, %34 : tensor<1x32xui32>
    %c_3 = stablehlo.constant dense<32> : tensor<ui32>
    %36 = stablehlo.subtract %c_3, %32 : tensor<ui32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [] : (tensor<ui32>) -> tensor<1x32xui32>
    %38 = stablehlo.shift_right_logical %30, %37 : tensor<1x32xui32>
    %39 = stablehlo.or %35, %38 : tensor<1x32xui32>
    %40 = stablehlo.xor %33, %39 : tensor<1x32xui32>
    %41 = stablehlo.broadcast_in_dim %arg3, dims = [] : (tensor<ui32>) -> tensor<1x32xui32>
    %42 = stablehlo.add %33, %41 : tensor<1x32xui32>
    %43 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<ui32>) -> tensor<1x32xui32>
    %44 = stablehlo.add %40, %43 : tensor<1x32xui32>
    %c_4 = stablehlo.constant dense<1> : tensor<i32>
    %45 = stablehlo.add %arg0, %c_4 : tensor<i32>
    %46 = stablehlo.convert %45 : (tensor<i32>) -> tensor<ui32>
    %47 = stablehlo.broadcast_in_dim %46, dims = [] : (tensor<ui32>) -> tensor<1x32xui32>
    %48 = stablehlo.add %44, %47 : tensor<1x32xui32>
    return %0, %42, %48, %arg4, %arg5, %arg3, %arg7, %arg6 : tensor<i32>, tensor<1x32xui32>, tensor<1x32xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
  }
  func.func private @argmax(%arg0: tensor<1x32xf32>) -> tensor<1xi32> {
    %0 = stablehlo.iota dim = 1 : tensor<1x32xi32>
    %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1:2 = stablehlo.reduce(%arg0 init: %cst), (%0 init: %c) across dimensions = [1] : (tensor<1x32xf32>, tensor<1x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
     reducer(%arg1: tensor<f32>, %arg3: tensor<f32>) (%arg2: tensor<i32>, %arg4: tensor<i32>)  {
      %2 = stablehlo.compare GT, %arg1, %arg3, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %3 = stablehlo.compare NE, %arg1, %arg1, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %4 = stablehlo.or %2, %3 : tensor<i1>
      %5 = stablehlo.compare EQ, %arg1, %arg3, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %6 = stablehlo.compare LT, %arg2, %arg4, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %7 = stablehlo.and %5, %6 : tensor<i1>
      %8 = stablehlo.or %4, %7 : tensor<i1>
      %9 = stablehlo.select %4, %arg1, %arg3 : tensor<i1>, tensor<f32>
      %10 = stablehlo.select %8, %arg2, %arg4 : tensor<i1>, tensor<i32>
      stablehlo.return %9, %10 : tensor<f32>, tensor<i32>
    }
    return %1#1 : tensor<1xi32>
  }
  func.func private @closed_call_5(%arg0: tensor<16x32xf32>, %arg1: tensor<32x32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<32xf32>, %arg4: tensor<32x32xf32>, %arg5: tensor<32x32xf32>, %arg6: tensor<32x32xf32>, %arg7: tensor<32x32xf32>, %arg8: tensor<32xf32>, %arg9: tensor<32xf32>, %arg10: tensor<32x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64x32xf32>, %arg13: tensor<32xf32>, %arg14: tensor<32xf32>, %arg15: tensor<32xf32>, %arg16: tensor<32x32xf32>, %arg17: tensor<32x32xf32>, %arg18: tensor<32x32xf32>, %arg19: tensor<32x32xf32>, %arg20: tensor<32xf32>, %arg21: tensor<32xf32>, %arg22: tensor<32x64xf32>, %arg23: tensor<64xf32>, %arg24: tensor<64x32xf32>, %arg25: tensor<32xf32>, %arg26: tensor<32xf32>, %arg27: tensor<32xf32>, %arg28: tensor<32x32xf32>, %arg29: tensor<i32>, %arg30: tensor<1x16xi32>, %arg31: tensor<1xi32>, %arg32: tensor<1x2x16x16xf32>, %arg33: tensor<1x2x16x16xf32>, %arg34: tensor<1x2x16x16xf32>, %arg35: tensor<1x2x16x16xf32>, %arg36: tensor<2xui32>) -> (tensor<i32>, tensor<1x16xi32>, tensor<1xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<2xui32>) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.add %arg29, %c : tensor<i32>
    %1 = call @_threefry_split(%arg36) : (tensor<2xui32>) -> tensor<2x2xui32>
    %2 = stablehlo.slice %1 [0:1, 0:2] : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %3 = stablehlo.reshape %2 : (tensor<1x2xui32>) -> tensor<2xui32>
    %4 = stablehlo.slice %1 [1:2, 0:2] : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %5 = stablehlo.reshape %4 : (tensor<1x2xui32>) -> tensor<2xui32>
    %6 = stablehlo.broadcast_in_dim %arg31, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %7 = stablehlo.compare LT, %arg29, %c_0, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %8 = stablehlo.convert %arg29 : tensor<i32>
    %c_1 = stablehlo.constant dense<16> : tensor<i32>
    %9 = stablehlo.add %8, %c_1 : tensor<i32>
    %10 = stablehlo.select %7, %9, %arg29 : tensor<i1>, tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %11 = stablehlo.dynamic_slice %arg0, %10, %c_2, sizes = [1, 32] : (tensor<16x32xf32>, tensor<i32>, tensor<i32>) -> tensor<1x32xf32>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %12 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<1x1xi32>
    %13 = stablehlo.compare LT, %6, %12, SIGNED : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %c_4 = stablehlo.constant dense<32> : tensor<i32>
    %14 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<i32>) -> tensor<1x1xi32>
    %15 = stablehlo.add %6, %14 : tensor<1x1xi32>
    %16 = stablehlo.select %13, %15, %6 : tensor<1x1xi1>, tensor<1x1xi32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [0, 1] : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %18 = "stablehlo.gather"(%arg1, %17) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xf32>, tensor<1x1x1xi32>) -> tensor<1x1x32xf32>
    %19 = stablehlo.broadcast_in_dim %11, dims = [1, 2] : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %20 = stablehlo.add %18, %19 : tensor<1x1x32xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %21 = stablehlo.reduce(%20 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_5 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %24 = stablehlo.divide %22, %23 : tensor<1x1x1xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %26 = stablehlo.subtract %20, %25 : tensor<1x1x32xf32>
    %27 = chlo.square %26 : tensor<1x1x32xf32> -> tensor<1x1x32xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %28 = stablehlo.reduce(%27 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_7 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %30 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %31 = stablehlo.divide %29, %30 : tensor<1x1x1xf32>
    %32 = stablehlo.broadcast_in_dim %24, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %33 = stablehlo.subtract %20, %32 : tensor<1x1x32xf32>
    %cst_8 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %35 = stablehlo.add %31, %34 : tensor<1x1x1xf32>
    %36 = stablehlo.rsqrt %35 : tensor<1x1x1xf32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %38 = stablehlo.multiply %33, %37 : tensor<1x1x32xf32>
    %39 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %40 = stablehlo.multiply %38, %39 : tensor<1x1x32xf32>
    %41 = stablehlo.broadcast_in_dim %arg3, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %42 = stablehlo.add %40, %41 : tensor<1x1x32xf32>
    %43 = stablehlo.dot_general %42, %arg4, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %44 = stablehlo.reshape %43 : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %45 = stablehlo.transpose %44, dims = [0, 2, 1, 3] : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %46 = stablehlo.dot_general %42, %arg5, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %47 = stablehlo.reshape %46 : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %48 = stablehlo.transpose %47, dims = [0, 2, 1, 3] : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %49 = stablehlo.dot_general %42, %arg6, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %50 = stablehlo.reshape %49 : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %51 = stablehlo.transpose %50, dims = [0, 2, 1, 3] : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %c_9 = stablehlo.constant dense<0> : tensor<i32>
    %c_10 = stablehlo.constant dense<0> : tensor<i32>
    %52 = stablehlo.compare LT, %c_9, %c_10, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_11 = stablehlo.constant dense<0> : tensor<i32>
    %c_12 = stablehlo.constant dense<1> : tensor<i32>
    %53 = stablehlo.add %c_11, %c_12 : tensor<i32>
    %c_13 = stablehlo.constant dense<0> : tensor<i32>
    %54 = stablehlo.select %52, %53, %c_13 : tensor<i1>, tensor<i32>
    %c_14 = stablehlo.constant dense<0> : tensor<i32>
    %c_15 = stablehlo.constant dense<0> : tensor<i32>
    %55 = stablehlo.compare LT, %c_14, %c_15, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_16 = stablehlo.constant dense<0> : tensor<i32>
    %c_17 = stablehlo.constant dense<2> : tensor<i32>
    %56 = stablehlo.add %c_16, %c_17 : tensor<i32>
    %c_18 = stablehlo.constant dense<0> : tensor<i32>
    %57 = stablehlo.select %55, %56, %c_18 : tensor<i1>, tensor<i32>
    %c_19 = stablehlo.constant dense<0> : tensor<i32>
    %58 = stablehlo.compare LT, %arg29, %c_19, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %59 = stablehlo.convert %arg29 : tensor<i32>
    %c_20 = stablehlo.constant dense<16> : tensor<i32>
    %60 = stablehlo.add %59, %c_20 : tensor<i32>
    %61 = stablehlo.select %58, %60, %arg29 : tensor<i1>, tensor<i32>
    %c_21 = stablehlo.constant dense<0> : tensor<i32>
    %c_22 = stablehlo.constant dense<0> : tensor<i32>
    %62 = stablehlo.compare LT, %c_21, %c_22, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_23 = stablehlo.constant dense<0> : tensor<i32>
    %c_24 = stablehlo.constant dense<16> : tensor<i32>
    %63 = stablehlo.add %c_23, %c_24 : tensor<i32>
    %c_25 = stablehlo.constant dense<0> : tensor<i32>
    %64 = stablehlo.select %62, %63, %c_25 : tensor<i1>, tensor<i32>
    %65 = stablehlo.dynamic_update_slice %arg32, %48, %54, %57, %61, %64 : (tensor<1x2x16x16xf32>, tensor<1x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %c_26 = stablehlo.constant dense<0> : tensor<i32>
    %c_27 = stablehlo.constant dense<0> : tensor<i32>
    %66 = stablehlo.compare LT, %c_26, %c_27, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_28 = stablehlo.constant dense<0> : tensor<i32>
    %c_29 = stablehlo.constant dense<1> : tensor<i32>
    %67 = stablehlo.add %c_28, %c_29 : tensor<i32>
    %c_30 = stablehlo.constant dense<0> : tensor<i32>
    %68 = stablehlo.select %66, %67, %c_30 : tensor<i1>, tensor<i32>
    %c_31 = stablehlo.constant dense<0> : tensor<i32>
    %c_32 = stablehlo.constant dense<0> : tensor<i32>
    %69 = stablehlo.compare LT, %c_31, %c_32, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_33 = stablehlo.constant dense<0> : tensor<i32>
    %c_34 = stablehlo.constant dense<2> : tensor<i32>
    %70 = stablehlo.add %c_33, %c_34 : tensor<i32>
    %c_35 = stablehlo.constant dense<0> : tensor<i32>
    %71 = stablehlo.select %69, %70, %c_35 : tensor<i1>, tensor<i32>
    %c_36 = stablehlo.constant dense<0> : tensor<i32>
    %72 = stablehlo.compare LT, %arg29, %c_36, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %73 = stablehlo.convert %arg29 : tensor<i32>
    %c_37 = stablehlo.constant dense<16> : tensor<i32>
    %74 = stablehlo.add %73, %c_37 : tensor<i32>
    %75 = stablehlo.select %72, %74, %arg29 : tensor<i1>, tensor<i32>
    %c_38 = stablehlo.constant dense<0> : tensor<i32>
    %c_39 = stablehlo.constant dense<0> : tensor<i32>
    %76 = stablehlo.compare LT, %c_38, %c_39, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_40 = stablehlo.constant dense<0> : tensor<i32>
    %c_41 = stablehlo.constant dense<16> : tensor<i32>
    %77 = stablehlo.add %c_40, %c_41 : tensor<i32>
    %c_42 = stablehlo.constant dense<0> : tensor<i32>
    %78 = stablehlo.select %76, %77, %c_42 : tensor<i1>, tensor<i32>
    %79 = stablehlo.dynamic_update_slice %arg33, %51, %68, %71, %75, %78 : (tensor<1x2x16x16xf32>, tensor<1x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %80 = stablehlo.iota dim = 3 : tensor<1x1x1x16xi32>
    %81 = stablehlo.convert %arg29 : tensor<i32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [] : (tensor<i32>) -> tensor<1x1x1x16xi32>
    %83 = stablehlo.compare LE, %80, %82, SIGNED : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %84 = stablehlo.dot_general %45, %65, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x2x1x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x1x16xf32>
    %cst_43 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %85 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<1x2x1x16xf32>
    %86 = stablehlo.multiply %84, %85 : tensor<1x2x1x16xf32>
    %cst_44 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
    %87 = call @_where_6(%83, %86, %cst_44) : (tensor<1x1x1x16xi1>, tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %cst_45 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %88 = stablehlo.reduce(%87 init: %cst_45) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %cst_46 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<1x2x1xf32>
    %90 = stablehlo.maximum %89, %88 : tensor<1x2x1xf32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [0, 1, 2] : (tensor<1x2x1xf32>) -> tensor<1x2x1x1xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x16xf32>
    %93 = stablehlo.subtract %87, %92 : tensor<1x2x1x16xf32>
    %94 = stablehlo.exponential %93 : tensor<1x2x1x16xf32>
    %cst_47 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %95 = stablehlo.reduce(%94 init: %cst_47) applies stablehlo.add across dimensions = [3] : (tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [0, 1, 2] : (tensor<1x2x1xf32>) -> tensor<1x2x1x1xf32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x16xf32>
    %98 = stablehlo.divide %94, %97 : tensor<1x2x1x16xf32>
    %99 = stablehlo.dot_general %98, %79, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x1x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x1x16xf32>
    %100 = stablehlo.transpose %99, dims = [0, 2, 1, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x1x2x16xf32>
    %101 = stablehlo.reshape %100 : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
    %102 = stablehlo.dot_general %101, %arg7, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %103 = stablehlo.add %20, %102 : tensor<1x1x32xf32>
    %cst_48 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %104 = stablehlo.reduce(%103 init: %cst_48) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_49 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %106 = stablehlo.broadcast_in_dim %cst_49, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %107 = stablehlo.divide %105, %106 : tensor<1x1x1xf32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %109 = stablehlo.subtract %103, %108 : tensor<1x1x32xf32>
    %110 = chlo.square %109 : tensor<1x1x32xf32> -> tensor<1x1x32xf32>
    %cst_50 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %111 = stablehlo.reduce(%110 init: %cst_50) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_51 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %113 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %114 = stablehlo.divide %112, %113 : tensor<1x1x1xf32>
    %115 = stablehlo.broadcast_in_dim %107, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %116 = stablehlo.subtract %103, %115 : tensor<1x1x32xf32>
    %cst_52 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %117 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %118 = stablehlo.add %114, %117 : tensor<1x1x1xf32>
    %119 = stablehlo.rsqrt %118 : tensor<1x1x1xf32>
    %120 = stablehlo.broadcast_in_dim %119, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %121 = stablehlo.multiply %116, %120 : tensor<1x1x32xf32>
    %122 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %123 = stablehlo.multiply %121, %122 : tensor<1x1x32xf32>
    %124 = stablehlo.broadcast_in_dim %arg9, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %125 = stablehlo.add %123, %124 : tensor<1x1x32xf32>
    %126 = stablehlo.dot_general %125, %arg10, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x64xf32>) -> tensor<1x1x64xf32>
    %127 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %128 = stablehlo.add %126, %127 : tensor<1x1x64xf32>
    %129 = stablehlo.multiply %128, %128 : tensor<1x1x64xf32>
    %130 = stablehlo.multiply %129, %128 : tensor<1x1x64xf32>
    %cst_53 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %131 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %132 = stablehlo.multiply %131, %130 : tensor<1x1x64xf32>
    %133 = stablehlo.add %128, %132 : tensor<1x1x64xf32>
    %cst_54 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %134 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %135 = stablehlo.multiply %134, %133 : tensor<1x1x64xf32>
    %136 = stablehlo.tanh %135 : tensor<1x1x64xf32>
    %cst_55 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %138 = stablehlo.add %137, %136 : tensor<1x1x64xf32>
    %cst_56 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %139 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %140 = stablehlo.multiply %139, %138 : tensor<1x1x64xf32>
    %141 = stablehlo.multiply %128, %140 : tensor<1x1x64xf32>
    %142 = stablehlo.dot_general %141, %arg12, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x64xf32>, tensor<64x32xf32>) -> tensor<1x1x32xf32>
    %143 = stablehlo.broadcast_in_dim %arg13, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %144 = stablehlo.add %142, %143 : tensor<1x1x32xf32>
    %145 = stablehlo.add %103, %144 : tensor<1x1x32xf32>
    %cst_57 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %146 = stablehlo.reduce(%145 init: %cst_57) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %147 = stablehlo.broadcast_in_dim %146, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_58 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %148 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %149 = stablehlo.divide %147, %148 : tensor<1x1x1xf32>
    %150 = stablehlo.broadcast_in_dim %149, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %151 = stablehlo.subtract %145, %150 : tensor<1x1x32xf32>
    %152 = chlo.square %151 : tensor<1x1x32xf32> -> tensor<1x1x32xf32>
    %cst_59 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %153 = stablehlo.reduce(%152 init: %cst_59) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %154 = stablehlo.broadcast_in_dim %153, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_60 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %155 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %156 = stablehlo.divide %154, %155 : tensor<1x1x1xf32>
    %157 = stablehlo.broadcast_in_dim %149, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %158 = stablehlo.subtract %145, %157 : tensor<1x1x32xf32>
    %cst_61 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %160 = stablehlo.add %156, %159 : tensor<1x1x1xf32>
    %161 = stablehlo.rsqrt %160 : tensor<1x1x1xf32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %163 = stablehlo.multiply %158, %162 : tensor<1x1x32xf32>
    %164 = stablehlo.broadcast_in_dim %arg14, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %165 = stablehlo.multiply %163, %164 : tensor<1x1x32xf32>
    %166 = stablehlo.broadcast_in_dim %arg15, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %167 = stablehlo.add %165, %166 : tensor<1x1x32xf32>
    %168 = stablehlo.dot_general %167, %arg16, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %169 = stablehlo.reshape %168 : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %170 = stablehlo.transpose %169, dims = [0, 2, 1, 3] : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %171 = stablehlo.dot_general %167, %arg17, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %172 = stablehlo.reshape %171 : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %173 = stablehlo.transpose %172, dims = [0, 2, 1, 3] : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %174 = stablehlo.dot_general %167, %arg18, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %175 = stablehlo.reshape %174 : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %176 = stablehlo.transpose %175, dims = [0, 2, 1, 3] : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %c_62 = stablehlo.constant dense<0> : tensor<i32>
    %c_63 = stablehlo.constant dense<0> : tensor<i32>
    %177 = stablehlo.compare LT, %c_62, %c_63, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_64 = stablehlo.constant dense<0> : tensor<i32>
    %c_65 = stablehlo.constant dense<1> : tensor<i32>
    %178 = stablehlo.add %c_64, %c_65 : tensor<i32>
    %c_66 = stablehlo.constant dense<0> : tensor<i32>
    %179 = stablehlo.select %177, %178, %c_66 : tensor<i1>, tensor<i32>
    %c_67 = stablehlo.constant dense<0> : tensor<i32>
    %c_68 = stablehlo.constant dense<0> : tensor<i32>
    %180 = stablehlo.compare LT, %c_67, %c_68, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_69 = stablehlo.constant dense<0> : tensor<i32>
    %c_70 = stablehlo.constant dense<2> : tensor<i32>
    %181 = stablehlo.add %c_69, %c_70 : tensor<i32>
    %c_71 = stablehlo.constant dense<0> : tensor<i32>
    %182 = stablehlo.select %180, %181, %c_71 : tensor<i1>, tensor<i32>
    %c_72 = stablehlo.constant dense<0> : tensor<i32>
    %183 = stablehlo.compare LT, %arg29, %c_72, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %184 = stablehlo.convert %arg29 : tensor<i32>
    %c_73 = stablehlo.constant dense<16> : tensor<i32>
    %185 = stablehlo.add %184, %c_73 : tensor<i32>
    %186 = stablehlo.select %183, %185, %arg29 : tensor<i1>, tensor<i32>
    %c_74 = stablehlo.constant dense<0> : tensor<i32>
    %c_75 = stablehlo.constant dense<0> : tensor<i32>
    %187 = stablehlo.compare LT, %c_74, %c_75, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_76 = stablehlo.constant dense<0> : tensor<i32>
    %c_77 = stablehlo.constant dense<16> : tensor<i32>
    %188 = stablehlo.add %c_76, %c_77 : tensor<i32>
    %c_78 = stablehlo.constant dense<0> : tensor<i32>
    %189 = stablehlo.select %187, %188, %c_78 : tensor<i1>, tensor<i32>
    %190 = stablehlo.dynamic_update_slice %arg34, %173, %179, %182, %186, %189 : (tensor<1x2x16x16xf32>, tensor<1x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %c_79 = stablehlo.constant dense<0> : tensor<i32>
    %c_80 = stablehlo.constant dense<0> : tensor<i32>
    %191 = stablehlo.compare LT, %c_79, %c_80, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_81 = stablehlo.constant dense<0> : tensor<i32>
    %c_82 = stablehlo.constant dense<1> : tensor<i32>
    %192 = stablehlo.add %c_81, %c_82 : tensor<i32>
    %c_83 = stablehlo.constant dense<0> : tensor<i32>
    %193 = stablehlo.select %191, %192, %c_83 : tensor<i1>, tensor<i32>
    %c_84 = stablehlo.constant dense<0> : tensor<i32>
    %c_85 = stablehlo.constant dense<0> : tensor<i32>
    %194 = stablehlo.compare LT, %c_84, %c_85, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_86 = stablehlo.constant dense<0> : tensor<i32>
    %c_87 = stablehlo.constant dense<2> : tensor<i32>
    %195 = stablehlo.add %c_86, %c_87 : tensor<i32>
    %c_88 = stablehlo.constant dense<0> : tensor<i32>
    %196 = stablehlo.select %194, %195, %c_88 : tensor<i1>, tensor<i32>
    %c_89 = stablehlo.constant dense<0> : tensor<i32>
    %197 = stablehlo.compare LT, %arg29, %c_89, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %198 = stablehlo.convert %arg29 : tensor<i32>
    %c_90 = stablehlo.constant dense<16> : tensor<i32>
    %199 = stablehlo.add %198, %c_90 : tensor<i32>
    %200 = stablehlo.select %197, %199, %arg29 : tensor<i1>, tensor<i32>
    %c_91 = stablehlo.constant dense<0> : tensor<i32>
    %c_92 = stablehlo.constant dense<0> : tensor<i32>
    %201 = stablehlo.compare LT, %c_91, %c_92, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_93 = stablehlo.constant dense<0> : tensor<i32>
    %c_94 = stablehlo.constant dense<16> : tensor<i32>
    %202 = stablehlo.add %c_93, %c_94 : tensor<i32>
    %c_95 = stablehlo.constant dense<0> : tensor<i32>
    %203 = stablehlo.select %201, %202, %c_95 : tensor<i1>, tensor<i32>
    %204 = stablehlo.dynamic_update_slice %arg35, %176, %193, %196, %200, %203 : (tensor<1x2x16x16xf32>, tensor<1x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %205 = stablehlo.iota dim = 3 : tensor<1x1x1x16xi32>
    %206 = stablehlo.convert %arg29 : tensor<i32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [] : (tensor<i32>) -> tensor<1x1x1x16xi32>
    %208 = stablehlo.compare LE, %205, %207, SIGNED : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %209 = stablehlo.dot_general %170, %190, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x2x1x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x1x16xf32>
    %cst_96 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %210 = stablehlo.broadcast_in_dim %cst_96, dims = [] : (tensor<f32>) -> tensor<1x2x1x16xf32>
    %211 = stablehlo.multiply %209, %210 : tensor<1x2x1x16xf32>
    %cst_97 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
    %212 = call @_where_6(%208, %211, %cst_97) : (tensor<1x1x1x16xi1>, tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %cst_98 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %213 = stablehlo.reduce(%212 init: %cst_98) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %cst_99 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %214 = stablehlo.broadcast_in_dim %cst_99, dims = [] : (tensor<f32>) -> tensor<1x2x1xf32>
    %215 = stablehlo.maximum %214, %213 : tensor<1x2x1xf32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [0, 1, 2] : (tensor<1x2x1xf32>) -> tensor<1x2x1x1xf32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x16xf32>
    %218 = stablehlo.subtract %212, %217 : tensor<1x2x1x16xf32>
    %219 = stablehlo.exponential %218 : tensor<1x2x1x16xf32>
    %cst_100 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %220 = stablehlo.reduce(%219 init: %cst_100) applies stablehlo.add across dimensions = [3] : (tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [0, 1, 2] : (tensor<1x2x1xf32>) -> tensor<1x2x1x1xf32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x16xf32>
    %223 = stablehlo.divide %219, %222 : tensor<1x2x1x16xf32>
    %224 = stablehlo.dot_general %223, %204, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x1x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x1x16xf32>
    %225 = stablehlo.transpose %224, dims = [0, 2, 1, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x1x2x16xf32>
    %226 = stablehlo.reshape %225 : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
    %227 = stablehlo.dot_general %226, %arg19, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %228 = stablehlo.add %145, %227 : tensor<1x1x32xf32>
    %cst_101 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %229 = stablehlo.reduce(%228 init: %cst_101) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_102 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %231 = stablehlo.broadcast_in_dim %cst_102, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %232 = stablehlo.divide %230, %231 : tensor<1x1x1xf32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %234 = stablehlo.subtract %228, %233 : tensor<1x1x32xf32>
    %235 = chlo.square %234 : tensor<1x1x32xf32> -> tensor<1x1x32xf32>
    %cst_103 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %236 = stablehlo.reduce(%235 init: %cst_103) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_104 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %238 = stablehlo.broadcast_in_dim %cst_104, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %239 = stablehlo.divide %237, %238 : tensor<1x1x1xf32>
    %240 = stablehlo.broadcast_in_dim %232, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %241 = stablehlo.subtract %228, %240 : tensor<1x1x32xf32>
    %cst_105 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %cst_105, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %243 = stablehlo.add %239, %242 : tensor<1x1x1xf32>
    %244 = stablehlo.rsqrt %243 : tensor<1x1x1xf32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %246 = stablehlo.multiply %241, %245 : tensor<1x1x32xf32>
    %247 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %248 = stablehlo.multiply %246, %247 : tensor<1x1x32xf32>
    %249 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %250 = stablehlo.add %248, %249 : tensor<1x1x32xf32>
    %251 = stablehlo.dot_general %250, %arg22, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x64xf32>) -> tensor<1x1x64xf32>
    %252 = stablehlo.broadcast_in_dim %arg23, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %253 = stablehlo.add %251, %252 : tensor<1x1x64xf32>
    %254 = stablehlo.multiply %253, %253 : tensor<1x1x64xf32>
    %255 = stablehlo.multiply %254, %253 : tensor<1x1x64xf32>
    %cst_106 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %256 = stablehlo.broadcast_in_dim %cst_106, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %257 = stablehlo.multiply %256, %255 : tensor<1x1x64xf32>
    %258 = stablehlo.add %253, %257 : tensor<1x1x64xf32>
    %cst_107 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %259 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %260 = stablehlo.multiply %259, %258 : tensor<1x1x64xf32>
    %261 = stablehlo.tanh %260 : tensor<1x1x64xf32>
    %cst_108 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %262 = stablehlo.broadcast_in_dim %cst_108, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %263 = stablehlo.add %262, %261 : tensor<1x1x64xf32>
    %cst_109 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %264 = stablehlo.broadcast_in_dim %cst_109, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %265 = stablehlo.multiply %264, %263 : tensor<1x1x64xf32>
    %266 = stablehlo.multiply %253, %265 : tensor<1x1x64xf32>
    %267 = stablehlo.dot_general %266, %arg24, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x64xf32>, tensor<64x32xf32>) -> tensor<1x1x32xf32>
    %268 = stablehlo.broadcast_in_dim %arg25, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %269 = stablehlo.add %267, %268 : tensor<1x1x32xf32>
    %270 = stablehlo.add %228, %269 : tensor<1x1x32xf32>
    %cst_110 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %271 = stablehlo.reduce(%270 init: %cst_110) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %272 = stablehlo.broadcast_in_dim %271, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_111 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %273 = stablehlo.broadcast_in_dim %cst_111, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %274 = stablehlo.divide %272, %273 : tensor<1x1x1xf32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %276 = stablehlo.subtract %270, %275 : tensor<1x1x32xf32>
    %277 = chlo.square %276 : tensor<1x1x32xf32> -> tensor<1x1x32xf32>
    %cst_112 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %278 = stablehlo.reduce(%277 init: %cst_112) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %279 = stablehlo.broadcast_in_dim %278, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_113 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %280 = stablehlo.broadcast_in_dim %cst_113, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %281 = stablehlo.divide %279, %280 : tensor<1x1x1xf32>
    %282 = stablehlo.broadcast_in_dim %274, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %283 = stablehlo.subtract %270, %282 : tensor<1x1x32xf32>
    %cst_114 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %284 = stablehlo.broadcast_in_dim %cst_114, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %285 = stablehlo.add %281, %284 : tensor<1x1x1xf32>
    %286 = stablehlo.rsqrt %285 : tensor<1x1x1xf32>
    %287 = stablehlo.broadcast_in_dim %286, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %288 = stablehlo.multiply %283, %287 : tensor<1x1x32xf32>
    %289 = stablehlo.broadcast_in_dim %arg26, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %290 = stablehlo.multiply %288, %289 : tensor<1x1x32xf32>
    %291 = stablehlo.broadcast_in_dim %arg27, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %292 = stablehlo.add %290, %291 : tensor<1x1x32xf32>
    %293 = stablehlo.dot_general %292, %arg28, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %294 = stablehlo.reshape %293 : (tensor<1x1x32xf32>) -> tensor<1x32xf32>
    %cst_115 = stablehlo.constant dense<8.000000e-01> : tensor<f32>
    %295 = stablehlo.broadcast_in_dim %cst_115, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %296 = stablehlo.divide %294, %295 : tensor<1x32xf32>
    %297 = stablehlo.negate %296 : tensor<1x32xf32>
    %298 = call @sort(%297) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %299 = stablehlo.negate %298 : tensor<1x32xf32>
    %300 = stablehlo.slice %299 [0:1, 7:8] : (tensor<1x32xf32>) -> tensor<1x1xf32>
    %301 = stablehlo.broadcast_in_dim %300, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %302 = stablehlo.compare LT, %296, %301, FLOAT : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xi1>
    %cst_116 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %303 = call @_where_0(%302, %cst_116, %296) : (tensor<1x32xi1>, tensor<f32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %304 = stablehlo.iota dim = 1 : tensor<1x32xi32>
    %c_117 = stablehlo.constant dense<8> : tensor<i32>
    %305 = stablehlo.broadcast_in_dim %c_117, dims = [] : (tensor<i32>) -> tensor<1x32xi32>
    %306 = stablehlo.compare LT, %304, %305, SIGNED : (tensor<1x32xi32>, tensor<1x32xi32>) -> tensor<1x32xi1>
    %cst_118 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %307 = call @_where_1(%306, %299, %cst_118) : (tensor<1x32xi1>, tensor<1x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %cst_119 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %308 = stablehlo.reduce(%307 init: %cst_119) applies stablehlo.maximum across dimensions = [1] : (tensor<1x32xf32>, tensor<f32>) -> tensor<1xf32>
    %cst_120 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %309 = stablehlo.broadcast_in_dim %cst_120, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %310 = stablehlo.maximum %309, %308 : tensor<1xf32>
    %311 = stablehlo.broadcast_in_dim %310, dims = [0] : (tensor<1xf32>) -> tensor<1x1xf32>
    %312 = stablehlo.broadcast_in_dim %311, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %313 = stablehlo.subtract %307, %312 : tensor<1x32xf32>
    %314 = stablehlo.exponential %313 : tensor<1x32xf32>
    %cst_121 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %315 = stablehlo.reduce(%314 init: %cst_121) applies stablehlo.add across dimensions = [1] : (tensor<1x32xf32>, tensor<f32>) -> tensor<1xf32>
    %316 = stablehlo.broadcast_in_dim %315, dims = [0] : (tensor<1xf32>) -> tensor<1x1xf32>
    %317 = stablehlo.broadcast_in_dim %316, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %318 = stablehlo.divide %314, %317 : tensor<1x32xf32>
    %319 = call @cumsum(%318) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %320 = stablehlo.subtract %319, %318 : tensor<1x32xf32>
    %cst_122 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %321 = stablehlo.broadcast_in_dim %cst_122, dims = [] : (tensor<f32>) -> tensor<1x32xf32>
    %322 = stablehlo.compare LT, %320, %321, FLOAT : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xi1>
    %cst_123 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %323 = call @_where_1(%322, %307, %cst_123) : (tensor<1x32xi1>, tensor<1x32xf32>, tensor<f32>) -> tensor<1x32xf32>
    %cst_124 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %324 = stablehlo.reduce(%323 init: %cst_124) applies stablehlo.minimum across dimensions = [1] : (tensor<1x32xf32>, tensor<f32>) -> tensor<1xf32>
    %325 = stablehlo.broadcast_in_dim %324, dims = [0] : (tensor<1xf32>) -> tensor<1x1xf32>
    %326 = stablehlo.broadcast_in_dim %325, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x32xf32>
    %327 = stablehlo.compare LT, %303, %326, FLOAT : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xi1>
    %cst_125 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %328 = call @_where_0(%327, %cst_125, %303) : (tensor<1x32xi1>, tensor<f32>, tensor<1x32xf32>) -> tensor<1x32xf32>
    %329 = call @_gumbel(%5) : (tensor<2xui32>) -> tensor<1x32xf32>
    %330 = stablehlo.add %329, %328 : tensor<1x32xf32>
    %331 = call @argmax(%330) : (tensor<1x32xf32>) -> tensor<1xi32>
    %c_126 = stablehlo.constant dense<1> : tensor<i32>
    %332 = stablehlo.add %arg29, %c_126 : tensor<i32>
    %c_127 = stablehlo.constant dense<0> : tensor<i32>
    %333 = stablehlo.compare LT, %332, %c_127, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_128 = stablehlo.constant dense<16> : tensor<i32>
    %334 = stablehlo.add %332, %c_128 : tensor<i32>
    %335 = stablehlo.select %333, %334, %332 : tensor<i1>, tensor<i32>
    %336 = stablehlo.convert %335 : tensor<i32>
    %337 = stablehlo.broadcast_in_dim %336, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %338 = "stablehlo.scatter"(%arg30, %337, %331) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg37: tensor<i32>, %arg38: tensor<i32>):
      stablehlo.return %arg38 : tensor<i32>
    }) : (tensor<1x16xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<1x16xi32>
    return %0, %338, %331, %65, %79, %190, %204, %3 : tensor<i32>, tensor<1x16xi32>, tensor<1xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<2xui32>
  }
  func.func private @_where_6(%arg0: tensor<1x1x1x16xi1>, %arg1: tensor<1x2x1x16xf32>, %arg2: tensor<f32>) -> tensor<1x2x1x16xf32> {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2, 3] : (tensor<1x1x1x16xi1>) -> tensor<1x2x1x16xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<1x2x1x16xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<1x2x1x16xi1>, tensor<1x2x1x16xf32>
    return %3 : tensor<1x2x1x16xf32>
  }
}
