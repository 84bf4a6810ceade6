module @jit_greedy_kv attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<16x32xf32>, %arg1: tensor<32x32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<32xf32>, %arg4: tensor<32x32xf32>, %arg5: tensor<32x32xf32>, %arg6: tensor<32x32xf32>, %arg7: tensor<32x32xf32>, %arg8: tensor<32xf32>, %arg9: tensor<32xf32>, %arg10: tensor<32xf32>, %arg11: tensor<32xf32>, %arg12: tensor<64xf32>, %arg13: tensor<32xf32>, %arg14: tensor<32x64xf32>, %arg15: tensor<64x32xf32>, %arg16: tensor<32x32xf32>, %arg17: tensor<32x32xf32>, %arg18: tensor<32x32xf32>, %arg19: tensor<32x32xf32>, %arg20: tensor<32xf32>, %arg21: tensor<32xf32>, %arg22: tensor<32xf32>, %arg23: tensor<32xf32>, %arg24: tensor<64xf32>, %arg25: tensor<32xf32>, %arg26: tensor<32x64xf32>, %arg27: tensor<64x32xf32>, %arg28: tensor<32x32xf32>, %arg29: tensor<1x4xi32>) -> (tensor<1x16xi32> {jax.result_info = "result"}) {
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
    %247 = stablehlo.slice %238 [0:1, 3:4, 0:32] : (tensor<1x4x32xf32>) -> tensor<1x1x32xf32>
    %248 = stablehlo.reshape %247 : (tensor<1x1x32xf32>) -> tensor<1x32xf32>
    %249 = call @argmax(%248) : (tensor<1x32xf32>) -> tensor<1xi32>
    %c_70 = stablehlo.constant dense<4> : tensor<i32>
    %250 = stablehlo.broadcast_in_dim %c_70, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %251 = "stablehlo.scatter"(%1, %250, %249) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg30: tensor<i32>, %arg31: tensor<i32>):
      stablehlo.return %arg31 : tensor<i32>
    }) : (tensor<1x16xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<1x16xi32>
    %c_71 = stablehlo.constant dense<4> : tensor<i32>
    %c_72 = stablehlo.constant dense<0> : tensor<i32>
    %252:36 = stablehlo.while(%iterArg = %arg0, %iterArg_73 = %arg1, %iterArg_74 = %arg9, %iterArg_75 = %arg8, %iterArg_76 = %arg6, %iterArg_77 = %arg4, %iterArg_78 = %arg7, %iterArg_79 = %arg5, %iterArg_80 = %arg11, %iterArg_81 = %arg10, %iterArg_82 = %arg14, %iterArg_83 = %arg12, %iterArg_84 = %arg15, %iterArg_85 = %arg13, %iterArg_86 = %arg21, %iterArg_87 = %arg20, %iterArg_88 = %arg18, %iterArg_89 = %arg16, %iterArg_90 = %arg19, %iterArg_91 = %arg17, %iterArg_92 = %arg23, %iterArg_93 = %arg22, %iterArg_94 = %arg26, %iterArg_95 = %arg24, %iterArg_96 = %arg27, %iterArg_97 = %arg25, %iterArg_98 = %arg3, %iterArg_99 = %arg2, %iterArg_100 = %arg28, %iterArg_101 = %c_72, %iterArg_102 = %c_71, %iterArg_103 = %251, %iterArg_104 = %240, %iterArg_105 = %242, %iterArg_106 = %244, %iterArg_107 = %246) : tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<i32>, tensor<1x16xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>
    cond {
      %c_108 = stablehlo.constant dense<11> : tensor<i32>
      %253 = stablehlo.compare LT, %iterArg_101, %c_108, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %253 : tensor<i1>
    } do {
      %253:6 = func.call @closed_call(%iterArg, %iterArg_73, %iterArg_74, %iterArg_75, %iterArg_76, %iterArg_77, %iterArg_78, %iterArg_79, %iterArg_80, %iterArg_81, %iterArg_82, %iterArg_83, %iterArg_84, %iterArg_85, %iterArg_86, %iterArg_87, %iterArg_88, %iterArg_89, %iterArg_90, %iterArg_91, %iterArg_92, %iterArg_93, %iterArg_94, %iterArg_95, %iterArg_96, %iterArg_97, %iterArg_98, %iterArg_99, %iterArg_100, %iterArg_102, %iterArg_103, %iterArg_104, %iterArg_105, %iterArg_106, %iterArg_107) : (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<1x16xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<1x16xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>)
      %c_108 = stablehlo.constant dense<1> : tensor<i32>
      %254 = stablehlo.add %iterArg_101, %c_108 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_73, %iterArg_74, %iterArg_75, %iterArg_76, %iterArg_77, %iterArg_78, %iterArg_79, %iterArg_80, %iterArg_81, %iterArg_82, %iterArg_83, %iterArg_84, %iterArg_85, %iterArg_86, %iterArg_87, %iterArg_88, %iterArg_89, %iterArg_90, %iterArg_91, %iterArg_92, %iterArg_93, %iterArg_94, %iterArg_95, %iterArg_96, %iterArg_97, %iterArg_98, %iterArg_99, %iterArg_100, %254, %253#0, %253#1, %253#2, %253#3, %253#4, %253#5 : tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<i32>, tensor<1x16xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>
    }
    return %252#31 : tensor<1x16xi32>
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
  func.func private @closed_call(%arg0: tensor<16x32xf32>, %arg1: tensor<32x32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<32xf32>, %arg4: tensor<32x32xf32>, %arg5: tensor<32x32xf32>, %arg6: tensor<32x32xf32>, %arg7: tensor<32x32xf32>, %arg8: tensor<32xf32>, %arg9: tensor<32xf32>, %arg10: tensor<32x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64x32xf32>, %arg13: tensor<32xf32>, %arg14: tensor<32xf32>, %arg15: tensor<32xf32>, %arg16: tensor<32x32xf32>, %arg17: tensor<32x32xf32>, %arg18: tensor<32x32xf32>, %arg19: tensor<32x32xf32>, %arg20: tensor<32xf32>, %arg21: tensor<32xf32>, %arg22: tensor<32x64xf32>, %arg23: tensor<64xf32>, %arg24: tensor<64x32xf32>, %arg25: tensor<32xf32>, %arg26: tensor<32xf32>, %arg27: tensor<32xf32>, %arg28: tensor<32x32xf32>, %arg29: tensor<i32>, %arg30: tensor<1x16xi32>, %arg31: tensor<1x2x16x16xf32>, %arg32: tensor<1x2x16x16xf32>, %arg33: tensor<1x2x16x16xf32>, %arg34: tensor<1x2x16x16xf32>) -> (tensor<i32>, tensor<1x16xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.add %arg29, %c : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare LT, %arg29, %c_0, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %2 = stablehlo.convert %arg29 : tensor<i32>
    %c_1 = stablehlo.constant dense<16> : tensor<i32>
    %3 = stablehlo.add %2, %c_1 : tensor<i32>
    %4 = stablehlo.select %1, %3, %arg29 : tensor<i1>, tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.dynamic_slice %arg30, %c_2, %4, sizes = [1, 1] : (tensor<1x16xi32>, tensor<i32>, tensor<i32>) -> tensor<1x1xi32>
    %6 = stablehlo.reshape %5 : (tensor<1x1xi32>) -> tensor<1xi32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %8 = stablehlo.compare LT, %arg29, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %9 = stablehlo.convert %arg29 : tensor<i32>
    %c_4 = stablehlo.constant dense<16> : tensor<i32>
    %10 = stablehlo.add %9, %c_4 : tensor<i32>
    %11 = stablehlo.select %8, %10, %arg29 : tensor<i1>, tensor<i32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %12 = stablehlo.dynamic_slice %arg0, %11, %c_5, sizes = [1, 32] : (tensor<16x32xf32>, tensor<i32>, tensor<i32>) -> tensor<1x32xf32>
    %c_6 = stablehlo.constant dense<0> : tensor<i32>
    %13 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<i32>) -> tensor<1x1xi32>
    %14 = stablehlo.compare LT, %7, %13, SIGNED : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %c_7 = stablehlo.constant dense<32> : tensor<i32>
    %15 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<i32>) -> tensor<1x1xi32>
    %16 = stablehlo.add %7, %15 : tensor<1x1xi32>
    %17 = stablehlo.select %14, %16, %7 : tensor<1x1xi1>, tensor<1x1xi32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %19 = "stablehlo.gather"(%arg1, %18) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xf32>, tensor<1x1x1xi32>) -> tensor<1x1x32xf32>
    %20 = stablehlo.broadcast_in_dim %12, dims = [1, 2] : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %21 = stablehlo.add %19, %20 : tensor<1x1x32xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %22 = stablehlo.reduce(%21 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_8 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %24 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %25 = stablehlo.divide %23, %24 : tensor<1x1x1xf32>
    %26 = stablehlo.broadcast_in_dim %25, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %27 = stablehlo.subtract %21, %26 : tensor<1x1x32xf32>
    %28 = chlo.square %27 : tensor<1x1x32xf32> -> tensor<1x1x32xf32>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %29 = stablehlo.reduce(%28 init: %cst_9) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_10 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %31 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %32 = stablehlo.divide %30, %31 : tensor<1x1x1xf32>
    %33 = stablehlo.broadcast_in_dim %25, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %34 = stablehlo.subtract %21, %33 : tensor<1x1x32xf32>
    %cst_11 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %36 = stablehlo.add %32, %35 : tensor<1x1x1xf32>
    %37 = stablehlo.rsqrt %36 : tensor<1x1x1xf32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %39 = stablehlo.multiply %34, %38 : tensor<1x1x32xf32>
    %40 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %41 = stablehlo.multiply %39, %40 : tensor<1x1x32xf32>
    %42 = stablehlo.broadcast_in_dim %arg3, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %43 = stablehlo.add %41, %42 : tensor<1x1x32xf32>
    %44 = stablehlo.dot_general %43, %arg4, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %45 = stablehlo.reshape %44 : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %46 = stablehlo.transpose %45, dims = [0, 2, 1, 3] : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %47 = stablehlo.dot_general %43, %arg5, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %48 = stablehlo.reshape %47 : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %49 = stablehlo.transpose %48, dims = [0, 2, 1, 3] : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %50 = stablehlo.dot_general %43, %arg6, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %51 = stablehlo.reshape %50 : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %52 = stablehlo.transpose %51, dims = [0, 2, 1, 3] : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %c_12 = stablehlo.constant dense<0> : tensor<i32>
    %c_13 = stablehlo.constant dense<0> : tensor<i32>
    %53 = stablehlo.compare LT, %c_12, %c_13, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_14 = stablehlo.constant dense<0> : tensor<i32>
    %c_15 = stablehlo.constant dense<1> : tensor<i32>
    %54 = stablehlo.add %c_14, %c_15 : tensor<i32>
    %c_16 = stablehlo.constant dense<0> : tensor<i32>
    %55 = stablehlo.select %53, %54, %c_16 : tensor<i1>, tensor<i32>
    %c_17 = stablehlo.constant dense<0> : tensor<i32>
    %c_18 = stablehlo.constant dense<0> : tensor<i32>
    %56 = stablehlo.compare LT, %c_17, %c_18, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_19 = stablehlo.constant dense<0> : tensor<i32>
    %c_20 = stablehlo.constant dense<2> : tensor<i32>
    %57 = stablehlo.add %c_19, %c_20 : tensor<i32>
    %c_21 = stablehlo.constant dense<0> : tensor<i32>
    %58 = stablehlo.select %56, %57, %c_21 : tensor<i1>, tensor<i32>
    %c_22 = stablehlo.constant dense<0> : tensor<i32>
    %59 = stablehlo.compare LT, %arg29, %c_22, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %60 = stablehlo.convert %arg29 : tensor<i32>
    %c_23 = stablehlo.constant dense<16> : tensor<i32>
    %61 = stablehlo.add %60, %c_23 : tensor<i32>
    %62 = stablehlo.select %59, %61, %arg29 : tensor<i1>, tensor<i32>
    %c_24 = stablehlo.constant dense<0> : tensor<i32>
    %c_25 = stablehlo.constant dense<0> : tensor<i32>
    %63 = stablehlo.compare LT, %c_24, %c_25, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_26 = stablehlo.constant dense<0> : tensor<i32>
    %c_27 = stablehlo.constant dense<16> : tensor<i32>
    %64 = stablehlo.add %c_26, %c_27 : tensor<i32>
    %c_28 = stablehlo.constant dense<0> : tensor<i32>
    %65 = stablehlo.select %63, %64, %c_28 : tensor<i1>, tensor<i32>
    %66 = stablehlo.dynamic_update_slice %arg31, %49, %55, %58, %62, %65 : (tensor<1x2x16x16xf32>, tensor<1x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %c_29 = stablehlo.constant dense<0> : tensor<i32>
    %c_30 = stablehlo.constant dense<0> : tensor<i32>
    %67 = stablehlo.compare LT, %c_29, %c_30, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_31 = stablehlo.constant dense<0> : tensor<i32>
    %c_32 = stablehlo.constant dense<1> : tensor<i32>
    %68 = stablehlo.add %c_31, %c_32 : tensor<i32>
    %c_33 = stablehlo.constant dense<0> : tensor<i32>
    %69 = stablehlo.select %67, %68, %c_33 : tensor<i1>, tensor<i32>
    %c_34 = stablehlo.constant dense<0> : tensor<i32>
    %c_35 = stablehlo.constant dense<0> : tensor<i32>
    %70 = stablehlo.compare LT, %c_34, %c_35, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_36 = stablehlo.constant dense<0> : tensor<i32>
    %c_37 = stablehlo.constant dense<2> : tensor<i32>
    %71 = stablehlo.add %c_36, %c_37 : tensor<i32>
    %c_38 = stablehlo.constant dense<0> : tensor<i32>
    %72 = stablehlo.select %70, %71, %c_38 : tensor<i1>, tensor<i32>
    %c_39 = stablehlo.constant dense<0> : tensor<i32>
    %73 = stablehlo.compare LT, %arg29, %c_39, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %74 = stablehlo.convert %arg29 : tensor<i32>
    %c_40 = stablehlo.constant dense<16> : tensor<i32>
    %75 = stablehlo.add %74, %c_40 : tensor<i32>
    %76 = stablehlo.select %73, %75, %arg29 : tensor<i1>, tensor<i32>
    %c_41 = stablehlo.constant dense<0> : tensor<i32>
    %c_42 = stablehlo.constant dense<0> : tensor<i32>
    %77 = stablehlo.compare LT, %c_41, %c_42, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_43 = stablehlo.constant dense<0> : tensor<i32>
    %c_44 = stablehlo.constant dense<16> : tensor<i32>
    %78 = stablehlo.add %c_43, %c_44 : tensor<i32>
    %c_45 = stablehlo.constant dense<0> : tensor<i32>
    %79 = stablehlo.select %77, %78, %c_45 : tensor<i1>, tensor<i32>
    %80 = stablehlo.dynamic_update_slice %arg32, %52, %69, %72, %76, %79 : (tensor<1x2x16x16xf32>, tensor<1x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %81 = stablehlo.iota dim = 3 : tensor<1x1x1x16xi32>
    %82 = stablehlo.convert %arg29 : tensor<i32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [] : (tensor<i32>) -> tensor<1x1x1x16xi32>
    %84 = stablehlo.compare LE, %81, %83, SIGNED : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %85 = stablehlo.dot_general %46, %66, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x2x1x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x1x16xf32>
    %cst_46 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %86 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<1x2x1x16xf32>
    %87 = stablehlo.multiply %85, %86 : tensor<1x2x1x16xf32>
    %cst_47 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
    %88 = call @_where_0(%84, %87, %cst_47) : (tensor<1x1x1x16xi1>, tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %cst_48 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %89 = stablehlo.reduce(%88 init: %cst_48) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %cst_49 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %cst_49, dims = [] : (tensor<f32>) -> tensor<1x2x1xf32>
    %91 = stablehlo.maximum %90, %89 : tensor<1x2x1xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2] : (tensor<1x2x1xf32>) -> tensor<1x2x1x1xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x16xf32>
    %94 = stablehlo.subtract %88, %93 : tensor<1x2x1x16xf32>
    %95 = stablehlo.exponential %94 : tensor<1x2x1x16xf32>
    %cst_50 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %96 = stablehlo.reduce(%95 init: %cst_50) applies stablehlo.add across dimensions = [3] : (tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [0, 1, 2] : (tensor<1x2x1xf32>) -> tensor<1x2x1x1xf32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x16xf32>
    %99 = stablehlo.divide %95, %98 : tensor<1x2x1x16xf32>
    %100 = stablehlo.dot_general %99, %80, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x1x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x1x16xf32>
    %101 = stablehlo.transpose %100, dims = [0, 2, 1, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x1x2x16xf32>
    %102 = stablehlo.reshape %101 : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
    %103 = stablehlo.dot_general %102, %arg7, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %104 = stablehlo.add %21, %103 : tensor<1x1x32xf32>
    %cst_51 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %105 = stablehlo.reduce(%104 init: %cst_51) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_52 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %108 = stablehlo.divide %106, %107 : tensor<1x1x1xf32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %110 = stablehlo.subtract %104, %109 : tensor<1x1x32xf32>
    %111 = chlo.square %110 : tensor<1x1x32xf32> -> tensor<1x1x32xf32>
    %cst_53 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %112 = stablehlo.reduce(%111 init: %cst_53) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_54 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %114 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %115 = stablehlo.divide %113, %114 : tensor<1x1x1xf32>
    %116 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %117 = stablehlo.subtract %104, %116 : tensor<1x1x32xf32>
    %cst_55 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %118 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %119 = stablehlo.add %115, %118 : tensor<1x1x1xf32>
    %120 = stablehlo.rsqrt %119 : tensor<1x1x1xf32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %122 = stablehlo.multiply %117, %121 : tensor<1x1x32xf32>
    %123 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %124 = stablehlo.multiply %122, %123 : tensor<1x1x32xf32>
    %125 = stablehlo.broadcast_in_dim %arg9, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %126 = stablehlo.add %124, %125 : tensor<1x1x32xf32>
    %127 = stablehlo.dot_general %126, %arg10, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x64xf32>) -> tensor<1x1x64xf32>
    %128 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %129 = stablehlo.add %127, %128 : tensor<1x1x64xf32>
    %130 = stablehlo.multiply %129, %129 : tensor<1x1x64xf32>
    %131 = stablehlo.multiply %130, %129 : tensor<1x1x64xf32>
    %cst_56 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %132 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %133 = stablehlo.multiply %132, %131 : tensor<1x1x64xf32>
    %134 = stablehlo.add %129, %133 : tensor<1x1x64xf32>
    %cst_57 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %135 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %136 = stablehlo.multiply %135, %134 : tensor<1x1x64xf32>
    %137 = stablehlo.tanh %136 : tensor<1x1x64xf32>
    %cst_58 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %138 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %139 = stablehlo.add %138, %137 : tensor<1x1x64xf32>
    %cst_59 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %140 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %141 = stablehlo.multiply %140, %139 : tensor<1x1x64xf32>
    %142 = stablehlo.multiply %129, %141 : tensor<1x1x64xf32>
    %143 = stablehlo.dot_general %142, %arg12, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x64xf32>, tensor<64x32xf32>) -> tensor<1x1x32xf32>
    %144 = stablehlo.broadcast_in_dim %arg13, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %145 = stablehlo.add %143, %144 : tensor<1x1x32xf32>
    %146 = stablehlo.add %104, %145 : tensor<1x1x32xf32>
    %cst_60 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %147 = stablehlo.reduce(%146 init: %cst_60) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_61 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %149 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %150 = stablehlo.divide %148, %149 : tensor<1x1x1xf32>
    %151 = stablehlo.broadcast_in_dim %150, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %152 = stablehlo.subtract %146, %151 : tensor<1x1x32xf32>
    %153 = chlo.square %152 : tensor<1x1x32xf32> -> tensor<1x1x32xf32>
    %cst_62 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %154 = stablehlo.reduce(%153 init: %cst_62) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_63 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %156 = stablehlo.broadcast_in_dim %cst_63, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %157 = stablehlo.divide %155, %156 : tensor<1x1x1xf32>
    %158 = stablehlo.broadcast_in_dim %150, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %159 = stablehlo.subtract %146, %158 : tensor<1x1x32xf32>
    %cst_64 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %160 = stablehlo.broadcast_in_dim %cst_64, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %161 = stablehlo.add %157, %160 : tensor<1x1x1xf32>
    %162 = stablehlo.rsqrt %161 : tensor<1x1x1xf32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %164 = stablehlo.multiply %159, %163 : tensor<1x1x32xf32>
    %165 = stablehlo.broadcast_in_dim %arg14, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %166 = stablehlo.multiply %164, %165 : tensor<1x1x32xf32>
    %167 = stablehlo.broadcast_in_dim %arg15, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %168 = stablehlo.add %166, %167 : tensor<1x1x32xf32>
    %169 = stablehlo.dot_general %168, %arg16, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %170 = stablehlo.reshape %169 : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %171 = stablehlo.transpose %170, dims = [0, 2, 1, 3] : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %172 = stablehlo.dot_general %168, %arg17, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %173 = stablehlo.reshape %172 : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %174 = stablehlo.transpose %173, dims = [0, 2, 1, 3] : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %175 = stablehlo.dot_general %168, %arg18, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %176 = stablehlo.reshape %175 : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %177 = stablehlo.transpose %176, dims = [0, 2, 1, 3] : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %c_65 = stablehlo.constant dense<0> : tensor<i32>
    %c_66 = stablehlo.constant dense<0> : tensor<i32>
    %178 = stablehlo.compare LT, %c_65, %c_66, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_67 = stablehlo.constant dense<0> : tensor<i32>
    %c_68 = stablehlo.constant dense<1> : tensor<i32>
    %179 = stablehlo.add %c_67, %c_68 : tensor<i32>
    %c_69 = stablehlo.constant dense<0> : tensor<i32>
    %180 = stablehlo.select %178, %179, %c_69 : tensor<i1>, tensor<i32>
    %c_70 = stablehlo.constant dense<0> : tensor<i32>
    %c_71 = stablehlo.constant dense<0> : tensor<i32>
    %181 = stablehlo.compare LT, %c_70, %c_71, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_72 = stablehlo.constant dense<0> : tensor<i32>
    %c_73 = stablehlo.constant dense<2> : tensor<i32>
    %182 = stablehlo.add %c_72, %c_73 : tensor<i32>
    %c_74 = stablehlo.constant dense<0> : tensor<i32>
    %183 = stablehlo.select %181, %182, %c_74 : tensor<i1>, tensor<i32>
    %c_75 = stablehlo.constant dense<0> : tensor<i32>
    %184 = stablehlo.compare LT, %arg29, %c_75, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %185 = stablehlo.convert %arg29 : tensor<i32>
    %c_76 = stablehlo.constant dense<16> : tensor<i32>
    %186 = stablehlo.add %185, %c_76 : tensor<i32>
    %187 = stablehlo.select %184, %186, %arg29 : tensor<i1>, tensor<i32>
    %c_77 = stablehlo.constant dense<0> : tensor<i32>
    %c_78 = stablehlo.constant dense<0> : tensor<i32>
    %188 = stablehlo.compare LT, %c_77, %c_78, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_79 = stablehlo.constant dense<0> : tensor<i32>
    %c_80 = stablehlo.constant dense<16> : tensor<i32>
    %189 = stablehlo.add %c_79, %c_80 : tensor<i32>
    %c_81 = stablehlo.constant dense<0> : tensor<i32>
    %190 = stablehlo.select %188, %189, %c_81 : tensor<i1>, tensor<i32>
    %191 = stablehlo.dynamic_update_slice %arg33, %174, %180, %183, %187, %190 : (tensor<1x2x16x16xf32>, tensor<1x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %c_82 = stablehlo.constant dense<0> : tensor<i32>
    %c_83 = stablehlo.constant dense<0> : tensor<i32>
    %192 = stablehlo.compare LT, %c_82, %c_83, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_84 = stablehlo.constant dense<0> : tensor<i32>
    %c_85 = stablehlo.constant dense<1> : tensor<i32>
    %193 = stablehlo.add %c_84, %c_85 : tensor<i32>
    %c_86 = stablehlo.constant dense<0> : tensor<i32>
    %194 = stablehlo.select %192, %193, %c_86 : tensor<i1>, tensor<i32>
    %c_87 = stablehlo.constant dense<0> : tensor<i32>
    %c_88 = stablehlo.constant dense<0> : tensor<i32>
    %195 = stablehlo.compare LT, %c_87, %c_88, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_89 = stablehlo.constant dense<0> : tensor<i32>
    %c_90 = stablehlo.constant dense<2> : tensor<i32>
    %196 = stablehlo.add %c_89, %c_90 : tensor<i32>
    %c_91 = stablehlo.constant dense<0> : tensor<i32>
    %197 = stablehlo.select %195, %196, %c_91 : tensor<i1>, tensor<i32>
    %c_92 = stablehlo.constant dense<0> : tensor<i32>
    %198 = stablehlo.compare LT, %arg29, %c_92, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %199 = stablehlo.convert %arg29 : tensor<i32>
    %c_93 = stablehlo.constant dense<16> : tensor<i32>
    %200 = stablehlo.add %199, %c_93 : tensor<i32>
    %201 = stablehlo.select %198, %200, %arg29 : tensor<i1>, tensor<i32>
    %c_94 = stablehlo.constant dense<0> : tensor<i32>
    %c_95 = stablehlo.constant dense<0> : tensor<i32>
    %202 = stablehlo.compare LT, %c_94, %c_95, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_96 = stablehlo.constant dense<0> : tensor<i32>
    %c_97 = stablehlo.constant dense<16> : tensor<i32>
    %203 = stablehlo.add %c_96, %c_97 : tensor<i32>
    %c_98 = stablehlo.constant dense<0> : tensor<i32>
    %204 = stablehlo.select %202, %203, %c_98 : tensor<i1>, tensor<i32>
    %205 = stablehlo.dynamic_update_slice %arg34, %177, %194, %197, %201, %204 : (tensor<1x2x16x16xf32>, tensor<1x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %206 = stablehlo.iota dim = 3 : tensor<1x1x1x16xi32>
    %207 = stablehlo.convert %arg29 : tensor<i32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [] : (tensor<i32>) -> tensor<1x1x1x16xi32>
    %209 = stablehlo.compare LE, %206, %208, SIGNED : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %210 = stablehlo.dot_general %171, %191, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x2x1x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x1x16xf32>
    %cst_99 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %211 = stablehlo.broadcast_in_dim %cst_99, dims = [] : (tensor<f32>) -> tensor<1x2x1x16xf32>
    %212 = stablehlo.multiply %210, %211 : tensor<1x2x1x16xf32>
    %cst_100 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
    %213 = call @_where_0(%209, %212, %cst_100) : (tensor<1x1x1x16xi1>, tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %cst_101 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %214 = stablehlo.reduce(%213 init: %cst_101) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %cst_102 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %215 = stablehlo.broadcast_in_dim %cst_102, dims = [] : (tensor<f32>) -> tensor<1x2x1xf32>
    %216 = stablehlo.maximum %215, %214 : tensor<1x2x1xf32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [0, 1, 2] : (tensor<1x2x1xf32>) -> tensor<1x2x1x1xf32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x16xf32>
    %219 = stablehlo.subtract %213, %218 : tensor<1x2x1x16xf32>
    %220 = stablehlo.exponential %219 : tensor<1x2x1x16xf32>
    %cst_103 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %221 = stablehlo.reduce(%220 init: %cst_103) applies stablehlo.add across dimensions = [3] : (tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [0, 1, 2] : (tensor<1x2x1xf32>) -> tensor<1x2x1x1xf32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x16xf32>
    %224 = stablehlo.divide %220, %223 : tensor<1x2x1x16xf32>
    %225 = stablehlo.dot_general %224, %205, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x1x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x1x16xf32>
    %226 = stablehlo.transpose %225, dims = [0, 2, 1, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x1x2x16xf32>
    %227 = stablehlo.reshape %226 : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
    %228 = stablehlo.dot_general %227, %arg19, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %229 = stablehlo.add %146, %228 : tensor<1x1x32xf32>
    %cst_104 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %230 = stablehlo.reduce(%229 init: %cst_104) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_105 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %232 = stablehlo.broadcast_in_dim %cst_105, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %233 = stablehlo.divide %231, %232 : tensor<1x1x1xf32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %235 = stablehlo.subtract %229, %234 : tensor<1x1x32xf32>
    %236 = chlo.square %235 : tensor<1x1x32xf32> -> tensor<1x1x32xf32>
    %cst_106 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %237 = stablehlo.reduce(%236 init: %cst_106) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %238 = stablehlo.broadcast_in_dim %237, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_107 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %239 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %240 = stablehlo.divide %238, %239 : tensor<1x1x1xf32>
    %241 = stablehlo.broadcast_in_dim %233, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %242 = stablehlo.subtract %229, %241 : tensor<1x1x32xf32>
    %cst_108 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %243 = stablehlo.broadcast_in_dim %cst_108, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %244 = stablehlo.add %240, %243 : tensor<1x1x1xf32>
    %245 = stablehlo.rsqrt %244 : tensor<1x1x1xf32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %247 = stablehlo.multiply %242, %246 : tensor<1x1x32xf32>
    %248 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %249 = stablehlo.multiply %247, %248 : tensor<1x1x32xf32>
    %250 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %251 = stablehlo.add %249, %250 : tensor<1x1x32xf32>
    %252 = stablehlo.dot_general %251, %arg22, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x64xf32>) -> tensor<1x1x64xf32>
    %253 = stablehlo.broadcast_in_dim %arg23, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %254 = stablehlo.add %252, %253 : tensor<1x1x64xf32>
    %255 = stablehlo.multiply %254, %254 : tensor<1x1x64xf32>
    %256 = stablehlo.multiply %255, %254 : tensor<1x1x64xf32>
    %cst_109 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %257 = stablehlo.broadcast_in_dim %cst_109, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %258 = stablehlo.multiply %257, %256 : tensor<1x1x64xf32>
    %259 = stablehlo.add %254, %258 : tensor<1x1x64xf32>
    %cst_110 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %260 = stablehlo.broadcast_in_dim %cst_110, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %261 = stablehlo.multiply %260, %259 : tensor<1x1x64xf32>
    %262 = stablehlo.tanh %261 : tensor<1x1x64xf32>
    %cst_111 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %263 = stablehlo.broadcast_in_dim %cst_111, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %264 = stablehlo.add %263, %262 : tensor<1x1x64xf32>
    %cst_112 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %265 = stablehlo.broadcast_in_dim %cst_112, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %266 = stablehlo.multiply %265, %264 : tensor<1x1x64xf32>
    %267 = stablehlo.multiply %254, %266 : tensor<1x1x64xf32>
    %268 = stablehlo.dot_general %267, %arg24, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x64xf32>, tensor<64x32xf32>) -> tensor<1x1x32xf32>
    %269 = stablehlo.broadcast_in_dim %arg25, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %270 = stablehlo.add %268, %269 : tensor<1x1x32xf32>
    %271 = stablehlo.add %229, %270 : tensor<1x1x32xf32>
    %cst_113 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %272 = stablehlo.reduce(%271 init: %cst_113) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %273 = stablehlo.broadcast_in_dim %272, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_114 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %274 = stablehlo.broadcast_in_dim %cst_114, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %275 = stablehlo.divide %273, %274 : tensor<1x1x1xf32>
    %276 = stablehlo.broadcast_in_dim %275, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %277 = stablehlo.subtract %271, %276 : tensor<1x1x32xf32>
    %278 = chlo.square %277 : tensor<1x1x32xf32> -> tensor<1x1x32xf32>
    %cst_115 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %279 = stablehlo.reduce(%278 init: %cst_115) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_116 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %281 = stablehlo.broadcast_in_dim %cst_116, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %282 = stablehlo.divide %280, %281 : tensor<1x1x1xf32>
    %283 = stablehlo.broadcast_in_dim %275, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %284 = stablehlo.subtract %271, %283 : tensor<1x1x32xf32>
    %cst_117 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %285 = stablehlo.broadcast_in_dim %cst_117, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %286 = stablehlo.add %282, %285 : tensor<1x1x1xf32>
    %287 = stablehlo.rsqrt %286 : tensor<1x1x1xf32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %289 = stablehlo.multiply %284, %288 : tensor<1x1x32xf32>
    %290 = stablehlo.broadcast_in_dim %arg26, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %291 = stablehlo.multiply %289, %290 : tensor<1x1x32xf32>
    %292 = stablehlo.broadcast_in_dim %arg27, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %293 = stablehlo.add %291, %292 : tensor<1x1x32xf32>
    %294 = stablehlo.dot_general %293, %arg28, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %295 = stablehlo.reshape %294 : (tensor<1x1x32xf32>) -> tensor<1x32xf32>
    %296 = call @argmax(%295) : (tensor<1x32xf32>) -> tensor<1xi32>
    %c_118 = stablehlo.constant dense<1> : tensor<i32>
    %297 = stablehlo.add %arg29, %c_118 : tensor<i32>
    %c_119 = stablehlo.constant dense<0> : tensor<i32>
    %298 = stablehlo.compare LT, %297, %c_119, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_120 = stablehlo.constant dense<16> : tensor<i32>
    %299 = stablehlo.add %297, %c_120 : tensor<i32>
    %300 = stablehlo.select %298, %299, %297 : tensor<i1>, tensor<i32>
    %301 = stablehlo.convert %300 : tensor<i32>
    %302 = stablehlo.broadcast_in_dim %301, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %303 = "stablehlo.scatter"(%arg30, %302, %296) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg35: tensor<i32>, %arg36: tensor<i32>):
      stablehlo.return %arg36 : tensor<i32>
    }) : (tensor<1x16xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<1x16xi32>
    return %0, %303, %66, %80, %191, %205 : tensor<i32>, tensor<1x16xi32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>
  }
  func.func private @_where_0(%arg0: tensor<1x1x1x16xi1>, %arg1: tensor<1x2x1x16xf32>, %arg2: tensor<f32>) -> tensor<1x2x1x16xf32> {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2, 3] : (tensor<1x1x1x16xi1>) -> tensor<1x2x1x16xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<1x2x1x16xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<1x2x1x16xi1>, tensor<1x2x1x16xf32>
    return %3 : tensor<1x2x1x16xf32>
  }
}
