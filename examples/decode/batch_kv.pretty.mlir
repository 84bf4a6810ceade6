module @jit_batch_kv attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<16x32xf32>, %arg1: tensor<32x32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<32xf32>, %arg4: tensor<32x32xf32>, %arg5: tensor<32x32xf32>, %arg6: tensor<32x32xf32>, %arg7: tensor<32x32xf32>, %arg8: tensor<32xf32>, %arg9: tensor<32xf32>, %arg10: tensor<32xf32>, %arg11: tensor<32xf32>, %arg12: tensor<64xf32>, %arg13: tensor<32xf32>, %arg14: tensor<32x64xf32>, %arg15: tensor<64x32xf32>, %arg16: tensor<32x32xf32>, %arg17: tensor<32x32xf32>, %arg18: tensor<32x32xf32>, %arg19: tensor<32x32xf32>, %arg20: tensor<32xf32>, %arg21: tensor<32xf32>, %arg22: tensor<32xf32>, %arg23: tensor<32xf32>, %arg24: tensor<64xf32>, %arg25: tensor<32xf32>, %arg26: tensor<32x64xf32>, %arg27: tensor<64x32xf32>, %arg28: tensor<32x32xf32>, %arg29: tensor<3x4xi32>) -> (tensor<3x16xi32> {jax.result_info = "result"}) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<3x16xi32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %0, %arg29, %c_0, %c_1 : (tensor<3x16xi32>, tensor<3x4xi32>, tensor<i32>, tensor<i32>) -> tensor<3x16xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %2 = stablehlo.dynamic_slice %arg0, %c_2, %c_3, sizes = [4, 32] : (tensor<16x32xf32>, tensor<i32>, tensor<i32>) -> tensor<4x32xf32>
    %c_4 = stablehlo.constant dense<0> : tensor<i32>
    %3 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<i32>) -> tensor<3x4xi32>
    %4 = stablehlo.compare LT, %arg29, %3, SIGNED : (tensor<3x4xi32>, tensor<3x4xi32>) -> tensor<3x4xi1>
    %c_5 = stablehlo.constant dense<32> : tensor<i32>
    %5 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<3x4xi32>
    %6 = stablehlo.add %arg29, %5 : tensor<3x4xi32>
    %7 = stablehlo.select %4, %6, %arg29 : tensor<3x4xi1>, tensor<3x4xi32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<3x4xi32>) -> tensor<3x4x1xi32>
    %9 = "stablehlo.gather"(%arg1, %8) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xf32>, tensor<3x4x1xi32>) -> tensor<3x4x32xf32>
    %10 = stablehlo.broadcast_in_dim %2, dims = [1, 2] : (tensor<4x32xf32>) -> tensor<1x4x32xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1, 2] : (tensor<1x4x32xf32>) -> tensor<3x4x32xf32>
    %12 = stablehlo.add %9, %11 : tensor<3x4x32xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %13 = stablehlo.reduce(%12 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %cst_6 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<3x4x1xf32>
    %16 = stablehlo.divide %14, %15 : tensor<3x4x1xf32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 2] : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %18 = stablehlo.subtract %12, %17 : tensor<3x4x32xf32>
    %19 = chlo.square %18 : tensor<3x4x32xf32> -> tensor<3x4x32xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %20 = stablehlo.reduce(%19 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [0, 1] : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %cst_8 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<3x4x1xf32>
    %23 = stablehlo.divide %21, %22 : tensor<3x4x1xf32>
    %24 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 2] : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %25 = stablehlo.subtract %12, %24 : tensor<3x4x32xf32>
    %cst_9 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %26 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<3x4x1xf32>
    %27 = stablehlo.add %23, %26 : tensor<3x4x1xf32>
    %28 = stablehlo.rsqrt %27 : tensor<3x4x1xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [0, 1, 2] : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %30 = stablehlo.multiply %25, %29 : tensor<3x4x32xf32>
    %31 = stablehlo.broadcast_in_dim %arg9, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %33 = stablehlo.multiply %30, %32 : tensor<3x4x32xf32>
    %34 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %36 = stablehlo.add %33, %35 : tensor<3x4x32xf32>
    %37 = stablehlo.dot_general %36, %arg6, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x4x32xf32>, tensor<32x32xf32>) -> tensor<3x4x32xf32>
    %38 = stablehlo.reshape %37 : (tensor<3x4x32xf32>) -> tensor<3x4x2x16xf32>
    %39 = stablehlo.transpose %38, dims = [0, 2, 1, 3] : (tensor<3x4x2x16xf32>) -> tensor<3x2x4x16xf32>
    %40 = stablehlo.dot_general %36, %arg4, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x4x32xf32>, tensor<32x32xf32>) -> tensor<3x4x32xf32>
    %41 = stablehlo.reshape %40 : (tensor<3x4x32xf32>) -> tensor<3x4x2x16xf32>
    %42 = stablehlo.transpose %41, dims = [0, 2, 1, 3] : (tensor<3x4x2x16xf32>) -> tensor<3x2x4x16xf32>
    %43 = stablehlo.dot_general %36, %arg7, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x4x32xf32>, tensor<32x32xf32>) -> tensor<3x4x32xf32>
    %44 = stablehlo.reshape %43 : (tensor<3x4x32xf32>) -> tensor<3x4x2x16xf32>
    %45 = stablehlo.transpose %44, dims = [0, 2, 1, 3] : (tensor<3x4x2x16xf32>) -> tensor<3x2x4x16xf32>
    %c_10 = stablehlo.constant dense<true> : tensor<i1>
    %46 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<i1>) -> tensor<4x4xi1>
    %47 = call @tril(%46) : (tensor<4x4xi1>) -> tensor<4x4xi1>
    %48 = stablehlo.dot_general %39, %42, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<3x2x4x16xf32>, tensor<3x2x4x16xf32>) -> tensor<3x2x4x4xf32>
    %cst_11 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %49 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<3x2x4x4xf32>
    %50 = stablehlo.multiply %48, %49 : tensor<3x2x4x4xf32>
    %cst_12 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
    %51 = call @_where(%47, %50, %cst_12) : (tensor<4x4xi1>, tensor<3x2x4x4xf32>, tensor<f32>) -> tensor<3x2x4x4xf32>
    %cst_13 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %52 = stablehlo.reduce(%51 init: %cst_13) applies stablehlo.maximum across dimensions = [3] : (tensor<3x2x4x4xf32>, tensor<f32>) -> tensor<3x2x4xf32>
    %cst_14 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %53 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<3x2x4xf32>
    %54 = stablehlo.maximum %53, %52 : tensor<3x2x4xf32>
    %55 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 2] : (tensor<3x2x4xf32>) -> tensor<3x2x4x1xf32>
    %56 = stablehlo.broadcast_in_dim %55, dims = [0, 1, 2, 3] : (tensor<3x2x4x1xf32>) -> tensor<3x2x4x4xf32>
    %57 = stablehlo.subtract %51, %56 : tensor<3x2x4x4xf32>
    %58 = stablehlo.exponential %57 : tensor<3x2x4x4xf32>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %59 = stablehlo.reduce(%58 init: %cst_15) applies stablehlo.add across dimensions = [3] : (tensor<3x2x4x4xf32>, tensor<f32>) -> tensor<3x2x4xf32>
    %60 = stablehlo.broadcast_in_dim %59, dims = [0, 1, 2] : (tensor<3x2x4xf32>) -> tensor<3x2x4x1xf32>
    %61 = stablehlo.broadcast_in_dim %60, dims = [0, 1, 2, 3] : (tensor<3x2x4x1xf32>) -> tensor<3x2x4x4xf32>
    %62 = stablehlo.divide %58, %61 : tensor<3x2x4x4xf32>
    %63 = stablehlo.dot_general %62, %45, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<3x2x4x4xf32>, tensor<3x2x4x16xf32>) -> tensor<3x2x4x16xf32>
    %64 = stablehlo.transpose %63, dims = [0, 2, 1, 3] : (tensor<3x2x4x16xf32>) -> tensor<3x4x2x16xf32>
    %65 = stablehlo.reshape %64 : (tensor<3x4x2x16xf32>) -> tensor<3x4x32xf32>
    %66 = stablehlo.dot_general %65, %arg5, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x4x32xf32>, tensor<32x32xf32>) -> tensor<3x4x32xf32>
    %67 = stablehlo.add %12, %66 : tensor<3x4x32xf32>
    %cst_16 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %68 = stablehlo.reduce(%67 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %69 = stablehlo.broadcast_in_dim %68, dims = [0, 1] : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %cst_17 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<3x4x1xf32>
    %71 = stablehlo.divide %69, %70 : tensor<3x4x1xf32>
    %72 = stablehlo.broadcast_in_dim %71, dims = [0, 1, 2] : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %73 = stablehlo.subtract %67, %72 : tensor<3x4x32xf32>
    %74 = chlo.square %73 : tensor<3x4x32xf32> -> tensor<3x4x32xf32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %75 = stablehlo.reduce(%74 init: %cst_18) applies stablehlo.add across dimensions = [2] : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [0, 1] : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %cst_19 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<3x4x1xf32>
    %78 = stablehlo.divide %76, %77 : tensor<3x4x1xf32>
    %79 = stablehlo.broadcast_in_dim %71, dims = [0, 1, 2] : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %80 = stablehlo.subtract %67, %79 : tensor<3x4x32xf32>
    %cst_20 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %81 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<3x4x1xf32>
    %82 = stablehlo.add %78, %81 : tensor<3x4x1xf32>
    %83 = stablehlo.rsqrt %82 : tensor<3x4x1xf32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [0, 1, 2] : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %85 = stablehlo.multiply %80, %84 : tensor<3x4x32xf32>
    %86 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %88 = stablehlo.multiply %85, %87 : tensor<3x4x32xf32>
    %89 = stablehlo.broadcast_in_dim %arg10, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %91 = stablehlo.add %88, %90 : tensor<3x4x32xf32>
    %92 = stablehlo.dot_general %91, %arg14, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x4x32xf32>, tensor<32x64xf32>) -> tensor<3x4x64xf32>
    %93 = stablehlo.broadcast_in_dim %arg12, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %94 = stablehlo.broadcast_in_dim %93, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<3x4x64xf32>
    %95 = stablehlo.add %92, %94 : tensor<3x4x64xf32>
    %96 = stablehlo.multiply %95, %95 : tensor<3x4x64xf32>
    %97 = stablehlo.multiply %96, %95 : tensor<3x4x64xf32>
    %cst_21 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %98 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<3x4x64xf32>
    %99 = stablehlo.multiply %98, %97 : tensor<3x4x64xf32>
    %100 = stablehlo.add %95, %99 : tensor<3x4x64xf32>
    %cst_22 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<3x4x64xf32>
    %102 = stablehlo.multiply %101, %100 : tensor<3x4x64xf32>
    %103 = stablehlo.tanh %102 : tensor<3x4x64xf32>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<3x4x64xf32>
    %105 = stablehlo.add %104, %103 : tensor<3x4x64xf32>
    %cst_24 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %106 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<3x4x64xf32>
    %107 = stablehlo.multiply %106, %105 : tensor<3x4x64xf32>
    %108 = stablehlo.multiply %95, %107 : tensor<3x4x64xf32>
    %109 = stablehlo.dot_general %108, %arg15, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x4x64xf32>, tensor<64x32xf32>) -> tensor<3x4x32xf32>
    %110 = stablehlo.broadcast_in_dim %arg13, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %112 = stablehlo.add %109, %111 : tensor<3x4x32xf32>
    %113 = stablehlo.add %67, %112 : tensor<3x4x32xf32>
    %cst_25 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %114 = stablehlo.reduce(%113 init: %cst_25) applies stablehlo.add across dimensions = [2] : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %115 = stablehlo.broadcast_in_dim %114, dims = [0, 1] : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %cst_26 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %116 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<3x4x1xf32>
    %117 = stablehlo.divide %115, %116 : tensor<3x4x1xf32>
    %118 = stablehlo.broadcast_in_dim %117, dims = [0, 1, 2] : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %119 = stablehlo.subtract %113, %118 : tensor<3x4x32xf32>
    %120 = chlo.square %119 : tensor<3x4x32xf32> -> tensor<3x4x32xf32>
    %cst_27 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %121 = stablehlo.reduce(%120 init: %cst_27) applies stablehlo.add across dimensions = [2] : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %122 = stablehlo.broadcast_in_dim %121, dims = [0, 1] : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %cst_28 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %123 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<3x4x1xf32>
    %124 = stablehlo.divide %122, %123 : tensor<3x4x1xf32>
    %125 = stablehlo.broadcast_in_dim %117, dims = [0, 1, 2] : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %126 = stablehlo.subtract %113, %125 : tensor<3x4x32xf32>
    %cst_29 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %127 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<3x4x1xf32>
    %128 = stablehlo.add %124, %127 : tensor<3x4x1xf32>
    %129 = stablehlo.rsqrt %128 : tensor<3x4x1xf32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0, 1, 2] : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %131 = stablehlo.multiply %126, %130 : tensor<3x4x32xf32>
    %132 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %134 = stablehlo.multiply %131, %133 : tensor<3x4x32xf32>
    %135 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %136 = stablehlo.broadcast_in_dim %135, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %137 = stablehlo.add %134, %136 : tensor<3x4x32xf32>
    %138 = stablehlo.dot_general %137, %arg18, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x4x32xf32>, tensor<32x32xf32>) -> tensor<3x4x32xf32>
    %139 = stablehlo.reshape %138 : (tensor<3x4x32xf32>) -> tensor<3x4x2x16xf32>
    %140 = stablehlo.transpose %139, dims = [0, 2, 1, 3] : (tensor<3x4x2x16xf32>) -> tensor<3x2x4x16xf32>
    %141 = stablehlo.dot_general %137, %arg16, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x4x32xf32>, tensor<32x32xf32>) -> tensor<3x4x32xf32>
    %142 = stablehlo.reshape %141 : (tensor<3x4x32xf32>) -> tensor<3x4x2x16xf32>
    %143 = stablehlo.transpose %142, dims = [0, 2, 1, 3] : (tensor<3x4x2x16xf32>) -> tensor<3x2x4x16xf32>
    %144 = stablehlo.dot_general %137, %arg19, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x4x32xf32>, tensor<32x32xf32>) -> tensor<3x4x32xf32>
    %145 = stablehlo.reshape %144 : (tensor<3x4x32xf32>) -> tensor<3x4x2x16xf32>
    %146 = stablehlo.transpose %145, dims = [0, 2, 1, 3] : (tensor<3x4x2x16xf32>) -> tensor<3x2x4x16xf32>
    %c_30 = stablehlo.constant dense<true> : tensor<i1>
    %147 = stablehlo.broadcast_in_dim %c_30, dims = [] : (tensor<i1>) -> tensor<4x4xi1>
    %148 = call @tril(%147) : (tensor<4x4xi1>) -> tensor<4x4xi1>
    %149 = stablehlo.dot_general %140, %143, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<3x2x4x16xf32>, tensor<3x2x4x16xf32>) -> tensor<3x2x4x4xf32>
    %cst_31 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %150 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<3x2x4x4xf32>
    %151 = stablehlo.multiply %149, %150 : tensor<3x2x4x4xf32>
    %cst_32 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
    %152 = call @_where(%148, %151, %cst_32) : (tensor<4x4xi1>, tensor<3x2x4x4xf32>, tensor<f32>) -> tensor<3x2x4x4xf32>
    %cst_33 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %153 = stablehlo.reduce(%152 init: %cst_33) applies stablehlo.maximum across dimensions = [3] : (tensor<3x2x4x4xf32>, tensor<f32>) -> tensor<3x2x4xf32>
    %cst_34 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %154 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<3x2x4xf32>
    %155 = stablehlo.maximum %154, %153 : tensor<3x2x4xf32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [0, 1, 2] : (tensor<3x2x4xf32>) -> tensor<3x2x4x1xf32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [0, 1, 2, 3] : (tensor<3x2x4x1xf32>) -> tensor<3x2x4x4xf32>
    %158 = stablehlo.subtract %152, %157 : tensor<3x2x4x4xf32>
    %159 = stablehlo.exponential %158 : tensor<3x2x4x4xf32>
    %cst_35 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %160 = stablehlo.reduce(%159 init: %cst_35) applies stablehlo.add across dimensions = [3] : (tensor<3x2x4x4xf32>, tensor<f32>) -> tensor<3x2x4xf32>
    %161 = stablehlo.broadcast_in_dim %160, dims = [0, 1, 2] : (tensor<3x2x4xf32>) -> tensor<3x2x4x1xf32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [0, 1, 2, 3] : (tensor<3x2x4x1xf32>) -> tensor<3x2x4x4xf32>
    %163 = stablehlo.divide %159, %162 : tensor<3x2x4x4xf32>
    %164 = stablehlo.dot_general %163, %146, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<3x2x4x4xf32>, tensor<3x2x4x16xf32>) -> tensor<3x2x4x16xf32>
    %165 = stablehlo.transpose %164, dims = [0, 2, 1, 3] : (tensor<3x2x4x16xf32>) -> tensor<3x4x2x16xf32>
    %166 = stablehlo.reshape %165 : (tensor<3x4x2x16xf32>) -> tensor<3x4x32xf32>
    %167 = stablehlo.dot_general %166, %arg17, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x4x32xf32>, tensor<32x32xf32>) -> tensor<3x4x32xf32>
    %168 = stablehlo.add %113, %167 : tensor<3x4x32xf32>
    %cst_36 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %169 = stablehlo.reduce(%168 init: %cst_36) applies stablehlo.add across dimensions = [2] : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [0, 1] : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %cst_37 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %171 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<3x4x1xf32>
    %172 = stablehlo.divide %170, %171 : tensor<3x4x1xf32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [0, 1, 2] : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %174 = stablehlo.subtract %168, %173 : tensor<3x4x32xf32>
    %175 = chlo.square %174 : tensor<3x4x32xf32> -> tensor<3x4x32xf32>
    %cst_38 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %176 = stablehlo.reduce(%175 init: %cst_38) applies stablehlo.add across dimensions = [2] : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [0, 1] : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %cst_39 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %178 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<3x4x1xf32>
    %179 = stablehlo.divide %177, %178 : tensor<3x4x1xf32>
    %180 = stablehlo.broadcast_in_dim %172, dims = [0, 1, 2] : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %181 = stablehlo.subtract %168, %180 : tensor<3x4x32xf32>
    %cst_40 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %182 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<f32>) -> tensor<3x4x1xf32>
    %183 = stablehlo.add %179, %182 : tensor<3x4x1xf32>
    %184 = stablehlo.rsqrt %183 : tensor<3x4x1xf32>
    %185 = stablehlo.broadcast_in_dim %184, dims = [0, 1, 2] : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %186 = stablehlo.multiply %181, %185 : tensor<3x4x32xf32>
    %187 = stablehlo.broadcast_in_dim %arg23, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %188 = stablehlo.broadcast_in_dim %187, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %189 = stablehlo.multiply %186, %188 : tensor<3x4x32xf32>
    %190 = stablehlo.broadcast_in_dim %arg22, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %192 = stablehlo.add %189, %191 : tensor<3x4x32xf32>
    %193 = stablehlo.dot_general %192, %arg26, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x4x32xf32>, tensor<32x64xf32>) -> tensor<3x4x64xf32>
    %194 = stablehlo.broadcast_in_dim %arg24, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<3x4x64xf32>
    %196 = stablehlo.add %193, %195 : tensor<3x4x64xf32>
    %197 = stablehlo.multiply %196, %196 : tensor<3x4x64xf32>
    %198 = stablehlo.multiply %197, %196 : tensor<3x4x64xf32>
    %cst_41 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %199 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<f32>) -> tensor<3x4x64xf32>
    %200 = stablehlo.multiply %199, %198 : tensor<3x4x64xf32>
    %201 = stablehlo.add %196, %200 : tensor<3x4x64xf32>
    %cst_42 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %202 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<f32>) -> tensor<3x4x64xf32>
    %203 = stablehlo.multiply %202, %201 : tensor<3x4x64xf32>
    %204 = stablehlo.tanh %203 : tensor<3x4x64xf32>
    %cst_43 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %205 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<3x4x64xf32>
    %206 = stablehlo.add %205, %204 : tensor<3x4x64xf32>
    %cst_44 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %207 = stablehlo.broadcast_in_dim %cst_44, dims = [] : (tensor<f32>) -> tensor<3x4x64xf32>
    %208 = stablehlo.multiply %207, %206 : tensor<3x4x64xf32>
    %209 = stablehlo.multiply %196, %208 : tensor<3x4x64xf32>
    %210 = stablehlo.dot_general %209, %arg27, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x4x64xf32>, tensor<64x32xf32>) -> tensor<3x4x32xf32>
    %211 = stablehlo.broadcast_in_dim %arg25, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %212 = stablehlo.broadcast_in_dim %211, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %213 = stablehlo.add %210, %212 : tensor<3x4x32xf32>
    %214 = stablehlo.add %168, %213 : tensor<3x4x32xf32>
    %cst_45 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %215 = stablehlo.reduce(%214 init: %cst_45) applies stablehlo.add across dimensions = [2] : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [0, 1] : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %cst_46 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %217 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<3x4x1xf32>
    %218 = stablehlo.divide %216, %217 : tensor<3x4x1xf32>
    %219 = stablehlo.broadcast_in_dim %218, dims = [0, 1, 2] : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %220 = stablehlo.subtract %214, %219 : tensor<3x4x32xf32>
    %221 = chlo.square %220 : tensor<3x4x32xf32> -> tensor<3x4x32xf32>
    %cst_47 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %222 = stablehlo.reduce(%221 init: %cst_47) applies stablehlo.add across dimensions = [2] : (tensor<3x4x32xf32>, tensor<f32>) -> tensor<3x4xf32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [0, 1] : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
    %cst_48 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %224 = stablehlo.broadcast_in_dim %cst_48, dims = [] : (tensor<f32>) -> tensor<3x4x1xf32>
    %225 = stablehlo.divide %223, %224 : tensor<3x4x1xf32>
    %226 = stablehlo.broadcast_in_dim %218, dims = [0, 1, 2] : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %227 = stablehlo.subtract %214, %226 : tensor<3x4x32xf32>
    %cst_49 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %228 = stablehlo.broadcast_in_dim %cst_49, dims = [] : (tensor<f32>) -> tensor<3x4x1xf32>
    %229 = stablehlo.add %225, %228 : tensor<3x4x1xf32>
    %230 = stablehlo.rsqrt %229 : tensor<3x4x1xf32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [0, 1, 2] : (tensor<3x4x1xf32>) -> tensor<3x4x32xf32>
    %232 = stablehlo.multiply %227, %231 : tensor<3x4x32xf32>
    %233 = stablehlo.broadcast_in_dim %arg3, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %235 = stablehlo.multiply %232, %234 : tensor<3x4x32xf32>
    %236 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x4x32xf32>
    %238 = stablehlo.add %235, %237 : tensor<3x4x32xf32>
    %239 = stablehlo.dot_general %238, %arg28, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x4x32xf32>, tensor<32x32xf32>) -> tensor<3x4x32xf32>
    %cst_50 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %240 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<2x3x2x16x16xf32>
    %241 = stablehlo.broadcast_in_dim %42, dims = [1, 2, 3, 4] : (tensor<3x2x4x16xf32>) -> tensor<1x3x2x4x16xf32>
    %242 = stablehlo.broadcast_in_dim %143, dims = [1, 2, 3, 4] : (tensor<3x2x4x16xf32>) -> tensor<1x3x2x4x16xf32>
    %243 = stablehlo.concatenate %241, %242, dim = 0 : (tensor<1x3x2x4x16xf32>, tensor<1x3x2x4x16xf32>) -> tensor<2x3x2x4x16xf32>
    %c_51 = stablehlo.constant dense<0> : tensor<i32>
    %c_52 = stablehlo.constant dense<0> : tensor<i32>
    %c_53 = stablehlo.constant dense<0> : tensor<i32>
    %c_54 = stablehlo.constant dense<0> : tensor<i32>
    %c_55 = stablehlo.constant dense<0> : tensor<i32>
    %244 = stablehlo.dynamic_update_slice %240, %243, %c_51, %c_52, %c_53, %c_54, %c_55 : (tensor<2x3x2x16x16xf32>, tensor<2x3x2x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x3x2x16x16xf32>
    %cst_56 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %245 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<2x3x2x16x16xf32>
    %246 = stablehlo.broadcast_in_dim %45, dims = [1, 2, 3, 4] : (tensor<3x2x4x16xf32>) -> tensor<1x3x2x4x16xf32>
    %247 = stablehlo.broadcast_in_dim %146, dims = [1, 2, 3, 4] : (tensor<3x2x4x16xf32>) -> tensor<1x3x2x4x16xf32>
    %248 = stablehlo.concatenate %246, %247, dim = 0 : (tensor<1x3x2x4x16xf32>, tensor<1x3x2x4x16xf32>) -> tensor<2x3x2x4x16xf32>
    %c_57 = stablehlo.constant dense<0> : tensor<i32>
    %c_58 = stablehlo.constant dense<0> : tensor<i32>
    %c_59 = stablehlo.constant dense<0> : tensor<i32>
    %c_60 = stablehlo.constant dense<0> : tensor<i32>
    %c_61 = stablehlo.constant dense<0> : tensor<i32>
    %249 = stablehlo.dynamic_update_slice %245, %248, %c_57, %c_58, %c_59, %c_60, %c_61 : (tensor<2x3x2x16x16xf32>, tensor<2x3x2x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x3x2x16x16xf32>
    %250 = stablehlo.slice %239 [0:3, 3:4, 0:32] : (tensor<3x4x32xf32>) -> tensor<3x1x32xf32>
    %251 = stablehlo.reshape %250 : (tensor<3x1x32xf32>) -> tensor<3x32xf32>
    %252 = call @argmax(%251) : (tensor<3x32xf32>) -> tensor<3xi32>
    %c_62 = stablehlo.constant dense<4> : tensor<i32>
    %253 = stablehlo.broadcast_in_dim %c_62, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %254 = "stablehlo.scatter"(%1, %253, %252) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg30: tensor<i32>, %arg31: tensor<i32>):
      stablehlo.return %arg31 : tensor<i32>
    }) : (tensor<3x16xi32>, tensor<1xi32>, tensor<3xi32>) -> tensor<3x16xi32>
    %c_63 = stablehlo.constant dense<4> : tensor<i32>
    %c_64 = stablehlo.constant dense<0> : tensor<i32>
    %255:34 = stablehlo.while(%iterArg = %arg0, %iterArg_65 = %arg1, %iterArg_66 = %arg9, %iterArg_67 = %arg8, %iterArg_68 = %arg6, %iterArg_69 = %arg4, %iterArg_70 = %arg7, %iterArg_71 = %arg5, %iterArg_72 = %arg11, %iterArg_73 = %arg10, %iterArg_74 = %arg14, %iterArg_75 = %arg12, %iterArg_76 = %arg15, %iterArg_77 = %arg13, %iterArg_78 = %arg21, %iterArg_79 = %arg20, %iterArg_80 = %arg18, %iterArg_81 = %arg16, %iterArg_82 = %arg19, %iterArg_83 = %arg17, %iterArg_84 = %arg23, %iterArg_85 = %arg22, %iterArg_86 = %arg26, %iterArg_87 = %arg24, %iterArg_88 = %arg27, %iterArg_89 = %arg25, %iterArg_90 = %arg3, %iterArg_91 = %arg2, %iterArg_92 = %arg28, %iterArg_93 = %c_64, %iterArg_94 = %c_63, %iterArg_95 = %254, %iterArg_96 = %244, %iterArg_97 = %249) : tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<i32>, tensor<3x16xi32>, tensor<2x3x2x16x16xf32>, tensor<2x3x2x16x16xf32>
    cond {
      %c_98 = stablehlo.constant dense<11> : tensor<i32>
      %256 = stablehlo.compare LT, %iterArg_93, %c_98, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %256 : tensor<i1>
    } do {
      %256:4 = func.call @closed_call(%iterArg, %iterArg_65, %iterArg_66, %iterArg_67, %iterArg_68, %iterArg_69, %iterArg_70, %iterArg_71, %iterArg_72, %iterArg_73, %iterArg_74, %iterArg_75, %iterArg_76, %iterArg_77, %iterArg_78, %iterArg_79, %iterArg_80, %iterArg_81, %iterArg_82, %iterArg_83, %iterArg_84, %iterArg_85, %iterArg_86, %iterArg_87, %iterArg_88, %iterArg_89, %iterArg_90, %iterArg_91, %iterArg_92, %iterArg_94, %iterArg_95, %iterArg_96, %iterArg_97) : (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<3x16xi32>, tensor<2x3x2x16x16xf32>, tensor<2x3x2x16x16xf32>) -> (tensor<i32>, tensor<3x16xi32>, tensor<2x3x2x16x16xf32>, tensor<2x3x2x16x16xf32>)
      %c_98 = stablehlo.constant dense<1> : tensor<i32>
      %257 = stablehlo.add %iterArg_93, %c_98 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_65, %iterArg_66, %iterArg_67, %iterArg_68, %iterArg_69, %iterArg_70, %iterArg_71, %iterArg_72, %iterArg_73, %iterArg_74, %iterArg_75, %iterArg_76, %iterArg_77, %iterArg_78, %iterArg_79, %iterArg_80, %iterArg_81, %iterArg_82, %iterArg_83, %iterArg_84, %iterArg_85, %iterArg_86, %iterArg_87, %iterArg_88, %iterArg_89, %iterArg_90, %iterArg_91, %iterArg_92, %257, %256#0, %256#1, %256#2, %256#3 : tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<i32>, tensor<3x16xi32>, tensor<2x3x2x16x16xf32>, tensor<2x3x2x16x16xf32>
    }
    return %255#31 : tensor<3x16xi32>
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
  func.func private @_where(%arg0: tensor<4x4xi1>, %arg1: tensor<3x2x4x4xf32>, %arg2: tensor<f32>) -> tensor<3x2x4x4xf32> {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [2, 3] : (tensor<4x4xi1>) -> tensor<3x2x4x4xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<3x2x4x4xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<3x2x4x4xi1>, tensor<3x2x4x4xf32>
    return %3 : tensor<3x2x4x4xf32>
  }
  func.func private @argmax(%arg0: tensor<3x32xf32>) -> tensor<3xi32> {
    %0 = stablehlo.iota dim = 1 : tensor<3x32xi32>
    %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1:2 = stablehlo.reduce(%arg0 init: %cst), (%0 init: %c) across dimensions = [1] : (tensor<3x32xf32>, tensor<3x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<3xf32>, tensor<3xi32>)
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
    return %1#1 : tensor<3xi32>
  }
  func.func private @closed_call(%arg0: tensor<16x32xf32>, %arg1: tensor<32x32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<32xf32>, %arg4: tensor<32x32xf32>, %arg5: tensor<32x32xf32>, %arg6: tensor<32x32xf32>, %arg7: tensor<32x32xf32>, %arg8: tensor<32xf32>, %arg9: tensor<32xf32>, %arg10: tensor<32x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64x32xf32>, %arg13: tensor<32xf32>, %arg14: tensor<32xf32>, %arg15: tensor<32xf32>, %arg16: tensor<32x32xf32>, %arg17: tensor<32x32xf32>, %arg18: tensor<32x32xf32>, %arg19: tensor<32x32xf32>, %arg20: tensor<32xf32>, %arg21: tensor<32xf32>, %arg22: tensor<32x64xf32>, %arg23: tensor<64xf32>, %arg24: tensor<64x32xf32>, %arg25: tensor<32xf32>, %arg26: tensor<32xf32>, %arg27: tensor<32xf32>, %arg28: tensor<32x32xf32>, %arg29: tensor<i32>, %arg30: tensor<3x16xi32>, %arg31: tensor<2x3x2x16x16xf32>, %arg32: tensor<2x3x2x16x16xf32>) -> (tensor<i32>, tensor<3x16xi32>, tensor<2x3x2x16x16xf32>, tensor<2x3x2x16x16xf32>) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.add %arg29, %c : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare LT, %arg29, %c_0, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %2 = stablehlo.convert %arg29 : tensor<i32>
    %c_1 = stablehlo.constant dense<16> : tensor<i32>
    %3 = stablehlo.add %2, %c_1 : tensor<i32>
    %4 = stablehlo.select %1, %3, %arg29 : tensor<i1>, tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.dynamic_slice %arg30, %c_2, %4, sizes = [3, 1] : (tensor<3x16xi32>, tensor<i32>, tensor<i32>) -> tensor<3x1xi32>
    %6 = stablehlo.reshape %5 : (tensor<3x1xi32>) -> tensor<3xi32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %8 = stablehlo.compare LT, %arg29, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %9 = stablehlo.convert %arg29 : tensor<i32>
    %c_4 = stablehlo.constant dense<16> : tensor<i32>
    %10 = stablehlo.add %9, %c_4 : tensor<i32>
    %11 = stablehlo.select %8, %10, %arg29 : tensor<i1>, tensor<i32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %12 = stablehlo.dynamic_slice %arg0, %11, %c_5, sizes = [1, 32] : (tensor<16x32xf32>, tensor<i32>, tensor<i32>) -> tensor<1x32xf32>
    %c_6 = stablehlo.constant dense<0> : tensor<i32>
    %13 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<i32>) -> tensor<3x1xi32>
    %14 = stablehlo.compare LT, %7, %13, SIGNED : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x1xi1>
    %c_7 = stablehlo.constant dense<32> : tensor<i32>
    %15 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<i32>) -> tensor<3x1xi32>
    %16 = stablehlo.add %7, %15 : tensor<3x1xi32>
    %17 = stablehlo.select %14, %16, %7 : tensor<3x1xi1>, tensor<3x1xi32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %19 = "stablehlo.gather"(%arg1, %18) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xf32>, tensor<3x1x1xi32>) -> tensor<3x1x32xf32>
    %20 = stablehlo.broadcast_in_dim %12, dims = [1, 2] : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %22 = stablehlo.add %19, %21 : tensor<3x1x32xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %23 = stablehlo.reduce(%22 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %cst_8 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %25 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %26 = stablehlo.divide %24, %25 : tensor<3x1x1xf32>
    %27 = stablehlo.broadcast_in_dim %26, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %28 = stablehlo.subtract %22, %27 : tensor<3x1x32xf32>
    %29 = chlo.square %28 : tensor<3x1x32xf32> -> tensor<3x1x32xf32>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %30 = stablehlo.reduce(%29 init: %cst_9) applies stablehlo.add across dimensions = [2] : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %cst_10 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %33 = stablehlo.divide %31, %32 : tensor<3x1x1xf32>
    %34 = stablehlo.broadcast_in_dim %26, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %35 = stablehlo.subtract %22, %34 : tensor<3x1x32xf32>
    %cst_11 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %36 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %37 = stablehlo.add %33, %36 : tensor<3x1x1xf32>
    %38 = stablehlo.rsqrt %37 : tensor<3x1x1xf32>
    %39 = stablehlo.broadcast_in_dim %38, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %40 = stablehlo.multiply %35, %39 : tensor<3x1x32xf32>
    %41 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %42 = stablehlo.broadcast_in_dim %41, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %43 = stablehlo.multiply %40, %42 : tensor<3x1x32xf32>
    %44 = stablehlo.broadcast_in_dim %arg3, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %45 = stablehlo.broadcast_in_dim %44, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %46 = stablehlo.add %43, %45 : tensor<3x1x32xf32>
    %47 = stablehlo.dot_general %46, %arg4, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x1x32xf32>, tensor<32x32xf32>) -> tensor<3x1x32xf32>
    %48 = stablehlo.reshape %47 : (tensor<3x1x32xf32>) -> tensor<3x1x2x16xf32>
    %49 = stablehlo.transpose %48, dims = [0, 2, 1, 3] : (tensor<3x1x2x16xf32>) -> tensor<3x2x1x16xf32>
    %50 = stablehlo.dot_general %46, %arg5, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x1x32xf32>, tensor<32x32xf32>) -> tensor<3x1x32xf32>
    %51 = stablehlo.reshape %50 : (tensor<3x1x32xf32>) -> tensor<3x1x2x16xf32>
    %52 = stablehlo.transpose %51, dims = [0, 2, 1, 3] : (tensor<3x1x2x16xf32>) -> tensor<3x2x1x16xf32>
    %53 = stablehlo.dot_general %46, %arg6, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x1x32xf32>, tensor<32x32xf32>) -> tensor<3x1x32xf32>
    %54 = stablehlo.reshape %53 : (tensor<3x1x32xf32>) -> tensor<3x1x2x16xf32>
    %55 = stablehlo.transpose %54, dims = [0, 2, 1, 3] : (tensor<3x1x2x16xf32>) -> tensor<3x2x1x16xf32>
    %56 = stablehlo.broadcast_in_dim %52, dims = [1, 2, 3, 4] : (tensor<3x2x1x16xf32>) -> tensor<1x3x2x1x16xf32>
    %c_12 = stablehlo.constant dense<0> : tensor<i32>
    %c_13 = stablehlo.constant dense<0> : tensor<i32>
    %57 = stablehlo.compare LT, %c_12, %c_13, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_14 = stablehlo.constant dense<0> : tensor<i32>
    %c_15 = stablehlo.constant dense<2> : tensor<i32>
    %58 = stablehlo.add %c_14, %c_15 : tensor<i32>
    %c_16 = stablehlo.constant dense<0> : tensor<i32>
    %59 = stablehlo.select %57, %58, %c_16 : tensor<i1>, tensor<i32>
    %c_17 = stablehlo.constant dense<0> : tensor<i32>
    %c_18 = stablehlo.constant dense<0> : tensor<i32>
    %60 = stablehlo.compare LT, %c_17, %c_18, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_19 = stablehlo.constant dense<0> : tensor<i32>
    %c_20 = stablehlo.constant dense<3> : tensor<i32>
    %61 = stablehlo.add %c_19, %c_20 : tensor<i32>
    %c_21 = stablehlo.constant dense<0> : tensor<i32>
    %62 = stablehlo.select %60, %61, %c_21 : tensor<i1>, tensor<i32>
    %c_22 = stablehlo.constant dense<0> : tensor<i32>
    %c_23 = stablehlo.constant dense<0> : tensor<i32>
    %63 = stablehlo.compare LT, %c_22, %c_23, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_24 = stablehlo.constant dense<0> : tensor<i32>
    %c_25 = stablehlo.constant dense<2> : tensor<i32>
    %64 = stablehlo.add %c_24, %c_25 : tensor<i32>
    %c_26 = stablehlo.constant dense<0> : tensor<i32>
    %65 = stablehlo.select %63, %64, %c_26 : tensor<i1>, tensor<i32>
    %c_27 = stablehlo.constant dense<0> : tensor<i32>
    %66 = stablehlo.compare LT, %arg29, %c_27, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %67 = stablehlo.convert %arg29 : tensor<i32>
    %c_28 = stablehlo.constant dense<16> : tensor<i32>
    %68 = stablehlo.add %67, %c_28 : tensor<i32>
    %69 = stablehlo.select %66, %68, %arg29 : tensor<i1>, tensor<i32>
    %c_29 = stablehlo.constant dense<0> : tensor<i32>
    %c_30 = stablehlo.constant dense<0> : tensor<i32>
    %70 = stablehlo.compare LT, %c_29, %c_30, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_31 = stablehlo.constant dense<0> : tensor<i32>
    %c_32 = stablehlo.constant dense<16> : tensor<i32>
    %71 = stablehlo.add %c_31, %c_32 : tensor<i32>
    %c_33 = stablehlo.constant dense<0> : tensor<i32>
    %72 = stablehlo.select %70, %71, %c_33 : tensor<i1>, tensor<i32>
    %73 = stablehlo.dynamic_update_slice %arg31, %56, %59, %62, %65, %69, %72 : (tensor<2x3x2x16x16xf32>, tensor<1x3x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x3x2x16x16xf32>
    %74 = stablehlo.broadcast_in_dim %55, dims = [1, 2, 3, 4] : (tensor<3x2x1x16xf32>) -> tensor<1x3x2x1x16xf32>
    %c_34 = stablehlo.constant dense<0> : tensor<i32>
    %c_35 = stablehlo.constant dense<0> : tensor<i32>
    %75 = stablehlo.compare LT, %c_34, %c_35, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_36 = stablehlo.constant dense<0> : tensor<i32>
    %c_37 = stablehlo.constant dense<2> : tensor<i32>
    %76 = stablehlo.add %c_36, %c_37 : tensor<i32>
    %c_38 = stablehlo.constant dense<0> : tensor<i32>
    %77 = stablehlo.select %75, %76, %c_38 : tensor<i1>, tensor<i32>
    %c_39 = stablehlo.constant dense<0> : tensor<i32>
    %c_40 = stablehlo.constant dense<0> : tensor<i32>
    %78 = stablehlo.compare LT, %c_39, %c_40, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_41 = stablehlo.constant dense<0> : tensor<i32>
    %c_42 = stablehlo.constant dense<3> : tensor<i32>
    %79 = stablehlo.add %c_41, %c_42 : tensor<i32>
    %c_43 = stablehlo.constant dense<0> : tensor<i32>
    %80 = stablehlo.select %78, %79, %c_43 : tensor<i1>, tensor<i32>
    %c_44 = stablehlo.constant dense<0> : tensor<i32>
    %c_45 = stablehlo.constant dense<0> : tensor<i32>
    %81 = stablehlo.compare LT, %c_44, %c_45, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_46 = stablehlo.constant dense<0> : tensor<i32>
    %c_47 = stablehlo.constant dense<2> : tensor<i32>
    %82 = stablehlo.add %c_46, %c_47 : tensor<i32>
    %c_48 = stablehlo.constant dense<0> : tensor<i32>
    %83 = stablehlo.select %81, %82, %c_48 : tensor<i1>, tensor<i32>
    %c_49 = stablehlo.constant dense<0> : tensor<i32>
    %84 = stablehlo.compare LT, %arg29, %c_49, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %85 = stablehlo.convert %arg29 : tensor<i32>
    %c_50 = stablehlo.constant dense<16> : tensor<i32>
    %86 = stablehlo.add %85, %c_50 : tensor<i32>
    %87 = stablehlo.select %84, %86, %arg29 : tensor<i1>, tensor<i32>
    %c_51 = stablehlo.constant dense<0> : tensor<i32>
    %c_52 = stablehlo.constant dense<0> : tensor<i32>
    %88 = stablehlo.compare LT, %c_51, %c_52, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_53 = stablehlo.constant dense<0> : tensor<i32>
    %c_54 = stablehlo.constant dense<16> : tensor<i32>
    %89 = stablehlo.add %c_53, %c_54 : tensor<i32>
    %c_55 = stablehlo.constant dense<0> : tensor<i32>
    %90 = stablehlo.select %88, %89, %c_55 : tensor<i1>, tensor<i32>
    %91 = stablehlo.dynamic_update_slice %arg32, %74, %77, %80, %83, %87, %90 : (tensor<2x3x2x16x16xf32>, tensor<1x3x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x3x2x16x16xf32>
    %92 = stablehlo.iota dim = 3 : tensor<1x1x1x16xi32>
    %93 = stablehlo.convert %arg29 : tensor<i32>
    %94 = stablehlo.broadcast_in_dim %93, dims = [] : (tensor<i32>) -> tensor<1x1x1x16xi32>
    %95 = stablehlo.compare LE, %92, %94, SIGNED : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %96 = stablehlo.slice %73 [0:1, 0:3, 0:2, 0:16, 0:16] : (tensor<2x3x2x16x16xf32>) -> tensor<1x3x2x16x16xf32>
    %97 = stablehlo.reshape %96 : (tensor<1x3x2x16x16xf32>) -> tensor<3x2x16x16xf32>
    %98 = stablehlo.slice %91 [0:1, 0:3, 0:2, 0:16, 0:16] : (tensor<2x3x2x16x16xf32>) -> tensor<1x3x2x16x16xf32>
    %99 = stablehlo.reshape %98 : (tensor<1x3x2x16x16xf32>) -> tensor<3x2x16x16xf32>
    %100 = stablehlo.dot_general %49, %97, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<3x2x1x16xf32>, tensor<3x2x16x16xf32>) -> tensor<3x2x1x16xf32>
    %cst_56 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<3x2x1x16xf32>
    %102 = stablehlo.multiply %100, %101 : tensor<3x2x1x16xf32>
    %cst_57 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
    %103 = call @_where_0(%95, %102, %cst_57) : (tensor<1x1x1x16xi1>, tensor<3x2x1x16xf32>, tensor<f32>) -> tensor<3x2x1x16xf32>
    %cst_58 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %104 = stablehlo.reduce(%103 init: %cst_58) applies stablehlo.maximum across dimensions = [3] : (tensor<3x2x1x16xf32>, tensor<f32>) -> tensor<3x2x1xf32>
    %cst_59 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %105 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<3x2x1xf32>
    %106 = stablehlo.maximum %105, %104 : tensor<3x2x1xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2] : (tensor<3x2x1xf32>) -> tensor<3x2x1x1xf32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x16xf32>
    %109 = stablehlo.subtract %103, %108 : tensor<3x2x1x16xf32>
    %110 = stablehlo.exponential %109 : tensor<3x2x1x16xf32>
    %cst_60 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %111 = stablehlo.reduce(%110 init: %cst_60) applies stablehlo.add across dimensions = [3] : (tensor<3x2x1x16xf32>, tensor<f32>) -> tensor<3x2x1xf32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [0, 1, 2] : (tensor<3x2x1xf32>) -> tensor<3x2x1x1xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x16xf32>
    %114 = stablehlo.divide %110, %113 : tensor<3x2x1x16xf32>
    %115 = stablehlo.dot_general %114, %99, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<3x2x1x16xf32>, tensor<3x2x16x16xf32>) -> tensor<3x2x1x16xf32>
    %116 = stablehlo.transpose %115, dims = [0, 2, 1, 3] : (tensor<3x2x1x16xf32>) -> tensor<3x1x2x16xf32>
    %117 = stablehlo.reshape %116 : (tensor<3x1x2x16xf32>) -> tensor<3x1x32xf32>
    %118 = stablehlo.dot_general %117, %arg7, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x1x32xf32>, tensor<32x32xf32>) -> tensor<3x1x32xf32>
    %119 = stablehlo.add %22, %118 : tensor<3x1x32xf32>
    %cst_61 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %120 = stablehlo.reduce(%119 init: %cst_61) applies stablehlo.add across dimensions = [2] : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %cst_62 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %122 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %123 = stablehlo.divide %121, %122 : tensor<3x1x1xf32>
    %124 = stablehlo.broadcast_in_dim %123, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %125 = stablehlo.subtract %119, %124 : tensor<3x1x32xf32>
    %126 = chlo.square %125 : tensor<3x1x32xf32> -> tensor<3x1x32xf32>
    %cst_63 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %127 = stablehlo.reduce(%126 init: %cst_63) applies stablehlo.add across dimensions = [2] : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %cst_64 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %129 = stablehlo.broadcast_in_dim %cst_64, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %130 = stablehlo.divide %128, %129 : tensor<3x1x1xf32>
    %131 = stablehlo.broadcast_in_dim %123, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %132 = stablehlo.subtract %119, %131 : tensor<3x1x32xf32>
    %cst_65 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %133 = stablehlo.broadcast_in_dim %cst_65, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %134 = stablehlo.add %130, %133 : tensor<3x1x1xf32>
    %135 = stablehlo.rsqrt %134 : tensor<3x1x1xf32>
    %136 = stablehlo.broadcast_in_dim %135, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %137 = stablehlo.multiply %132, %136 : tensor<3x1x32xf32>
    %138 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %139 = stablehlo.broadcast_in_dim %138, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %140 = stablehlo.multiply %137, %139 : tensor<3x1x32xf32>
    %141 = stablehlo.broadcast_in_dim %arg9, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %143 = stablehlo.add %140, %142 : tensor<3x1x32xf32>
    %144 = stablehlo.dot_general %143, %arg10, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x1x32xf32>, tensor<32x64xf32>) -> tensor<3x1x64xf32>
    %145 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<3x1x64xf32>
    %147 = stablehlo.add %144, %146 : tensor<3x1x64xf32>
    %148 = stablehlo.multiply %147, %147 : tensor<3x1x64xf32>
    %149 = stablehlo.multiply %148, %147 : tensor<3x1x64xf32>
    %cst_66 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %150 = stablehlo.broadcast_in_dim %cst_66, dims = [] : (tensor<f32>) -> tensor<3x1x64xf32>
    %151 = stablehlo.multiply %150, %149 : tensor<3x1x64xf32>
    %152 = stablehlo.add %147, %151 : tensor<3x1x64xf32>
    %cst_67 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %153 = stablehlo.broadcast_in_dim %cst_67, dims = [] : (tensor<f32>) -> tensor<3x1x64xf32>
    %154 = stablehlo.multiply %153, %152 : tensor<3x1x64xf32>
    %155 = stablehlo.tanh %154 : tensor<3x1x64xf32>
    %cst_68 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %156 = stablehlo.broadcast_in_dim %cst_68, dims = [] : (tensor<f32>) -> tensor<3x1x64xf32>
    %157 = stablehlo.add %156, %155 : tensor<3x1x64xf32>
    %cst_69 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %158 = stablehlo.broadcast_in_dim %cst_69, dims = [] : (tensor<f32>) -> tensor<3x1x64xf32>
    %159 = stablehlo.multiply %158, %157 : tensor<3x1x64xf32>
    %160 = stablehlo.multiply %147, %159 : tensor<3x1x64xf32>
    %161 = stablehlo.dot_general %160, %arg12, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x1x64xf32>, tensor<64x32xf32>) -> tensor<3x1x32xf32>
    %162 = stablehlo.broadcast_in_dim %arg13, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %164 = stablehlo.add %161, %163 : tensor<3x1x32xf32>
    %165 = stablehlo.add %119, %164 : tensor<3x1x32xf32>
    %cst_70 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %166 = stablehlo.reduce(%165 init: %cst_70) applies stablehlo.add across dimensions = [2] : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %167 = stablehlo.broadcast_in_dim %166, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %cst_71 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %168 = stablehlo.broadcast_in_dim %cst_71, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %169 = stablehlo.divide %167, %168 : tensor<3x1x1xf32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %171 = stablehlo.subtract %165, %170 : tensor<3x1x32xf32>
    %172 = chlo.square %171 : tensor<3x1x32xf32> -> tensor<3x1x32xf32>
    %cst_72 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %173 = stablehlo.reduce(%172 init: %cst_72) applies stablehlo.add across dimensions = [2] : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %cst_73 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %175 = stablehlo.broadcast_in_dim %cst_73, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %176 = stablehlo.divide %174, %175 : tensor<3x1x1xf32>
    %177 = stablehlo.broadcast_in_dim %169, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %178 = stablehlo.subtract %165, %177 : tensor<3x1x32xf32>
    %cst_74 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %179 = stablehlo.broadcast_in_dim %cst_74, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %180 = stablehlo.add %176, %179 : tensor<3x1x1xf32>
    %181 = stablehlo.rsqrt %180 : tensor<3x1x1xf32>
    %182 = stablehlo.broadcast_in_dim %181, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %183 = stablehlo.multiply %178, %182 : tensor<3x1x32xf32>
    %184 = stablehlo.broadcast_in_dim %arg14, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %185 = stablehlo.broadcast_in_dim %184, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %186 = stablehlo.multiply %183, %185 : tensor<3x1x32xf32>
    %187 = stablehlo.broadcast_in_dim %arg15, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %188 = stablehlo.broadcast_in_dim %187, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %189 = stablehlo.add %186, %188 : tensor<3x1x32xf32>
    %190 = stablehlo.dot_general %189, %arg16, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x1x32xf32>, tensor<32x32xf32>) -> tensor<3x1x32xf32>
    %191 = stablehlo.reshape %190 : (tensor<3x1x32xf32>) -> tensor<3x1x2x16xf32>
    %192 = stablehlo.transpose %191, dims = [0, 2, 1, 3] : (tensor<3x1x2x16xf32>) -> tensor<3x2x1x16xf32>
    %193 = stablehlo.dot_general %189, %arg17, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x1x32xf32>, tensor<32x32xf32>) -> tensor<3x1x32xf32>
    %194 = stablehlo.reshape %193 : (tensor<3x1x32xf32>) -> tensor<3x1x2x16xf32>
    %195 = stablehlo.transpose %194, dims = [0, 2, 1, 3] : (tensor<3x1x2x16xf32>) -> tensor<3x2x1x16xf32>
    %196 = stablehlo.dot_general %189, %arg18, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x1x32xf32>, tensor<32x32xf32>) -> tensor<3x1x32xf32>
    %197 = stablehlo.reshape %196 : (tensor<3x1x32xf32>) -> tensor<3x1x2x16xf32>
    %198 = stablehlo.transpose %197, dims = [0, 2, 1, 3] : (tensor<3x1x2x16xf32>) -> tensor<3x2x1x16xf32>
    %199 = stablehlo.broadcast_in_dim %195, dims = [1, 2, 3, 4] : (tensor<3x2x1x16xf32>) -> tensor<1x3x2x1x16xf32>
    %c_75 = stablehlo.constant dense<1> : tensor<i32>
    %c_76 = stablehlo.constant dense<0> : tensor<i32>
    %200 = stablehlo.compare LT, %c_75, %c_76, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_77 = stablehlo.constant dense<1> : tensor<i32>
    %c_78 = stablehlo.constant dense<2> : tensor<i32>
    %201 = stablehlo.add %c_77, %c_78 : tensor<i32>
    %c_79 = stablehlo.constant dense<1> : tensor<i32>
    %202 = stablehlo.select %200, %201, %c_79 : tensor<i1>, tensor<i32>
    %c_80 = stablehlo.constant dense<0> : tensor<i32>
    %c_81 = stablehlo.constant dense<0> : tensor<i32>
    %203 = stablehlo.compare LT, %c_80, %c_81, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_82 = stablehlo.constant dense<0> : tensor<i32>
    %c_83 = stablehlo.constant dense<3> : tensor<i32>
    %204 = stablehlo.add %c_82, %c_83 : tensor<i32>
    %c_84 = stablehlo.constant dense<0> : tensor<i32>
    %205 = stablehlo.select %203, %204, %c_84 : tensor<i1>, tensor<i32>
    %c_85 = stablehlo.constant dense<0> : tensor<i32>
    %c_86 = stablehlo.constant dense<0> : tensor<i32>
    %206 = stablehlo.compare LT, %c_85, %c_86, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_87 = stablehlo.constant dense<0> : tensor<i32>
    %c_88 = stablehlo.constant dense<2> : tensor<i32>
    %207 = stablehlo.add %c_87, %c_88 : tensor<i32>
    %c_89 = stablehlo.constant dense<0> : tensor<i32>
    %208 = stablehlo.select %206, %207, %c_89 : tensor<i1>, tensor<i32>
    %c_90 = stablehlo.constant dense<0> : tensor<i32>
    %209 = stablehlo.compare LT, %arg29, %c_90, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %210 = stablehlo.convert %arg29 : tensor<i32>
    %c_91 = stablehlo.constant dense<16> : tensor<i32>
    %211 = stablehlo.add %210, %c_91 : tensor<i32>
    %212 = stablehlo.select %209, %211, %arg29 : tensor<i1>, tensor<i32>
    %c_92 = stablehlo.constant dense<0> : tensor<i32>
    %c_93 = stablehlo.constant dense<0> : tensor<i32>
    %213 = stablehlo.compare LT, %c_92, %c_93, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_94 = stablehlo.constant dense<0> : tensor<i32>
    %c_95 = stablehlo.constant dense<16> : tensor<i32>
    %214 = stablehlo.add %c_94, %c_95 : tensor<i32>
    %c_96 = stablehlo.constant dense<0> : tensor<i32>
    %215 = stablehlo.select %213, %214, %c_96 : tensor<i1>, tensor<i32>
    %216 = stablehlo.dynamic_update_slice %73, %199, %202, %205, %208, %212, %215 : (tensor<2x3x2x16x16xf32>, tensor<1x3x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x3x2x16x16xf32>
    %217 = stablehlo.broadcast_in_dim %198, dims = [1, 2, 3, 4] : (tensor<3x2x1x16xf32>) -> tensor<1x3x2x1x16xf32>
    %c_97 = stablehlo.constant dense<1> : tensor<i32>
    %c_98 = stablehlo.constant dense<0> : tensor<i32>
    %218 = stablehlo.compare LT, %c_97, %c_98, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_99 = stablehlo.constant dense<1> : tensor<i32>
    %c_100 = stablehlo.constant dense<2> : tensor<i32>
    %219 = stablehlo.add %c_99, %c_100 : tensor<i32>
    %c_101 = stablehlo.constant dense<1> : tensor<i32>
    %220 = stablehlo.select %218, %219, %c_101 : tensor<i1>, tensor<i32>
    %c_102 = stablehlo.constant dense<0> : tensor<i32>
    %c_103 = stablehlo.constant dense<0> : tensor<i32>
    %221 = stablehlo.compare LT, %c_102, %c_103, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_104 = stablehlo.constant dense<0> : tensor<i32>
    %c_105 = stablehlo.constant dense<3> : tensor<i32>
    %222 = stablehlo.add %c_104, %c_105 : tensor<i32>
    %c_106 = stablehlo.constant dense<0> : tensor<i32>
    %223 = stablehlo.select %221, %222, %c_106 : tensor<i1>, tensor<i32>
    %c_107 = stablehlo.constant dense<0> : tensor<i32>
    %c_108 = stablehlo.constant dense<0> : tensor<i32>
    %224 = stablehlo.compare LT, %c_107, %c_108, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_109 = stablehlo.constant dense<0> : tensor<i32>
    %c_110 = stablehlo.constant dense<2> : tensor<i32>
    %225 = stablehlo.add %c_109, %c_110 : tensor<i32>
    %c_111 = stablehlo.constant dense<0> : tensor<i32>
    %226 = stablehlo.select %224, %225, %c_111 : tensor<i1>, tensor<i32>
    %c_112 = stablehlo.constant dense<0> : tensor<i32>
    %227 = stablehlo.compare LT, %arg29, %c_112, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %228 = stablehlo.convert %arg29 : tensor<i32>
    %c_113 = stablehlo.constant dense<16> : tensor<i32>
    %229 = stablehlo.add %228, %c_113 : tensor<i32>
    %230 = stablehlo.select %227, %229, %arg29 : tensor<i1>, tensor<i32>
    %c_114 = stablehlo.constant dense<0> : tensor<i32>
    %c_115 = stablehlo.constant dense<0> : tensor<i32>
    %231 = stablehlo.compare LT, %c_114, %c_115, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_116 = stablehlo.constant dense<0> : tensor<i32>
    %c_117 = stablehlo.constant dense<16> : tensor<i32>
    %232 = stablehlo.add %c_116, %c_117 : tensor<i32>
    %c_118 = stablehlo.constant dense<0> : tensor<i32>
    %233 = stablehlo.select %231, %232, %c_118 : tensor<i1>, tensor<i32>
    %234 = stablehlo.dynamic_update_slice %91, %217, %220, %223, %226, %230, %233 : (tensor<2x3x2x16x16xf32>, tensor<1x3x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x3x2x16x16xf32>
    %235 = stablehlo.iota dim = 3 : tensor<1x1x1x16xi32>
    %236 = stablehlo.convert %arg29 : tensor<i32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [] : (tensor<i32>) -> tensor<1x1x1x16xi32>
    %238 = stablehlo.compare LE, %235, %237, SIGNED : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %239 = stablehlo.slice %216 [1:2, 0:3, 0:2, 0:16, 0:16] : (tensor<2x3x2x16x16xf32>) -> tensor<1x3x2x16x16xf32>
    %240 = stablehlo.reshape %239 : (tensor<1x3x2x16x16xf32>) -> tensor<3x2x16x16xf32>
    %241 = stablehlo.slice %234 [1:2, 0:3, 0:2, 0:16, 0:16] : (tensor<2x3x2x16x16xf32>) -> tensor<1x3x2x16x16xf32>
    %242 = stablehlo.reshape %241 : (tensor<1x3x2x16x16xf32>) -> tensor<3x2x16x16xf32>
    %243 = stablehlo.dot_general %192, %240, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<3x2x1x16xf32>, tensor<3x2x16x16xf32>) -> tensor<3x2x1x16xf32>
    %cst_119 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %244 = stablehlo.broadcast_in_dim %cst_119, dims = [] : (tensor<f32>) -> tensor<3x2x1x16xf32>
    %245 = stablehlo.multiply %243, %244 : tensor<3x2x1x16xf32>
    %cst_120 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
    %246 = call @_where_0(%238, %245, %cst_120) : (tensor<1x1x1x16xi1>, tensor<3x2x1x16xf32>, tensor<f32>) -> tensor<3x2x1x16xf32>
    %cst_121 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %247 = stablehlo.reduce(%246 init: %cst_121) applies stablehlo.maximum across dimensions = [3] : (tensor<3x2x1x16xf32>, tensor<f32>) -> tensor<3x2x1xf32>
    %cst_122 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %248 = stablehlo.broadcast_in_dim %cst_122, dims = [] : (tensor<f32>) -> tensor<3x2x1xf32>
    %249 = stablehlo.maximum %248, %247 : tensor<3x2x1xf32>
    %250 = stablehlo.broadcast_in_dim %249, dims = [0, 1, 2] : (tensor<3x2x1xf32>) -> tensor<3x2x1x1xf32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x16xf32>
    %252 = stablehlo.subtract %246, %251 : tensor<3x2x1x16xf32>
    %253 = stablehlo.exponential %252 : tensor<3x2x1x16xf32>
    %cst_123 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %254 = stablehlo.reduce(%253 init: %cst_123) applies stablehlo.add across dimensions = [3] : (tensor<3x2x1x16xf32>, tensor<f32>) -> tensor<3x2x1xf32>
    %255 = stablehlo.broadcast_in_dim %254, dims = [0, 1, 2] : (tensor<3x2x1xf32>) -> tensor<3x2x1x1xf32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x16xf32>
    %257 = stablehlo.divide %253, %256 : tensor<3x2x1x16xf32>
    %258 = stablehlo.dot_general %257, %242, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<3x2x1x16xf32>, tensor<3x2x16x16xf32>) -> tensor<3x2x1x16xf32>
    %259 = stablehlo.transpose %258, dims = [0, 2, 1, 3] : (tensor<3x2x1x16xf32>) -> tensor<3x1x2x16xf32>
    %260 = stablehlo.reshape %259 : (tensor<3x1x2x16xf32>) -> tensor<3x1x32xf32>
    %261 = stablehlo.dot_general %260, %arg19, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x1x32xf32>, tensor<32x32xf32>) -> tensor<3x1x32xf32>
    %262 = stablehlo.add %165, %261 : tensor<3x1x32xf32>
    %cst_124 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %263 = stablehlo.reduce(%262 init: %cst_124) applies stablehlo.add across dimensions = [2] : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %264 = stablehlo.broadcast_in_dim %263, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %cst_125 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %265 = stablehlo.broadcast_in_dim %cst_125, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %266 = stablehlo.divide %264, %265 : tensor<3x1x1xf32>
    %267 = stablehlo.broadcast_in_dim %266, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %268 = stablehlo.subtract %262, %267 : tensor<3x1x32xf32>
    %269 = chlo.square %268 : tensor<3x1x32xf32> -> tensor<3x1x32xf32>
    %cst_126 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %270 = stablehlo.reduce(%269 init: %cst_126) applies stablehlo.add across dimensions = [2] : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %271 = stablehlo.broadcast_in_dim %270, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %cst_127 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %272 = stablehlo.broadcast_in_dim %cst_127, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %273 = stablehlo.divide %271, %272 : tensor<3x1x1xf32>
    %274 = stablehlo.broadcast_in_dim %266, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %275 = stablehlo.subtract %262, %274 : tensor<3x1x32xf32>
    %cst_128 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %276 = stablehlo.broadcast_in_dim %cst_128, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %277 = stablehlo.add %273, %276 : tensor<3x1x1xf32>
    %278 = stablehlo.rsqrt %277 : tensor<3x1x1xf32>
    %279 = stablehlo.broadcast_in_dim %278, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %280 = stablehlo.multiply %275, %279 : tensor<3x1x32xf32>
    %281 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %283 = stablehlo.multiply %280, %282 : tensor<3x1x32xf32>
    %284 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %285 = stablehlo.broadcast_in_dim %284, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %286 = stablehlo.add %283, %285 : tensor<3x1x32xf32>
    %287 = stablehlo.dot_general %286, %arg22, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x1x32xf32>, tensor<32x64xf32>) -> tensor<3x1x64xf32>
    %288 = stablehlo.broadcast_in_dim %arg23, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<3x1x64xf32>
    %290 = stablehlo.add %287, %289 : tensor<3x1x64xf32>
    %291 = stablehlo.multiply %290, %290 : tensor<3x1x64xf32>
    %292 = stablehlo.multiply %291, %290 : tensor<3x1x64xf32>
    %cst_129 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %293 = stablehlo.broadcast_in_dim %cst_129, dims = [] : (tensor<f32>) -> tensor<3x1x64xf32>
    %294 = stablehlo.multiply %293, %292 : tensor<3x1x64xf32>
    %295 = stablehlo.add %290, %294 : tensor<3x1x64xf32>
    %cst_130 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %296 = stablehlo.broadcast_in_dim %cst_130, dims = [] : (tensor<f32>) -> tensor<3x1x64xf32>
    %297 = stablehlo.multiply %296, %295 : tensor<3x1x64xf32>
    %298 = stablehlo.tanh %297 : tensor<3x1x64xf32>
    %cst_131 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %299 = stablehlo.broadcast_in_dim %cst_131, dims = [] : (tensor<f32>) -> tensor<3x1x64xf32>
    %300 = stablehlo.add %299, %298 : tensor<3x1x64xf32>
    %cst_132 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %301 = stablehlo.broadcast_in_dim %cst_132, dims = [] : (tensor<f32>) -> tensor<3x1x64xf32>
    %302 = stablehlo.multiply %301, %300 : tensor<3x1x64xf32>
    %303 = stablehlo.multiply %290, %302 : tensor<3x1x64xf32>
    %304 = stablehlo.dot_general %303, %arg24, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x1x64xf32>, tensor<64x32xf32>) -> tensor<3x1x32xf32>
    %305 = stablehlo.broadcast_in_dim %arg25, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %306 = stablehlo.broadcast_in_dim %305, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %307 = stablehlo.add %304, %306 : tensor<3x1x32xf32>
    %308 = stablehlo.add %262, %307 : tensor<3x1x32xf32>
    %cst_133 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %309 = stablehlo.reduce(%308 init: %cst_133) applies stablehlo.add across dimensions = [2] : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %310 = stablehlo.broadcast_in_dim %309, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %cst_134 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %311 = stablehlo.broadcast_in_dim %cst_134, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %312 = stablehlo.divide %310, %311 : tensor<3x1x1xf32>
    %313 = stablehlo.broadcast_in_dim %312, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %314 = stablehlo.subtract %308, %313 : tensor<3x1x32xf32>
    %315 = chlo.square %314 : tensor<3x1x32xf32> -> tensor<3x1x32xf32>
    %cst_135 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %316 = stablehlo.reduce(%315 init: %cst_135) applies stablehlo.add across dimensions = [2] : (tensor<3x1x32xf32>, tensor<f32>) -> tensor<3x1xf32>
    %317 = stablehlo.broadcast_in_dim %316, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x1xf32>
    %cst_136 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %318 = stablehlo.broadcast_in_dim %cst_136, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %319 = stablehlo.divide %317, %318 : tensor<3x1x1xf32>
    %320 = stablehlo.broadcast_in_dim %312, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %321 = stablehlo.subtract %308, %320 : tensor<3x1x32xf32>
    %cst_137 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %322 = stablehlo.broadcast_in_dim %cst_137, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %323 = stablehlo.add %319, %322 : tensor<3x1x1xf32>
    %324 = stablehlo.rsqrt %323 : tensor<3x1x1xf32>
    %325 = stablehlo.broadcast_in_dim %324, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x32xf32>
    %326 = stablehlo.multiply %321, %325 : tensor<3x1x32xf32>
    %327 = stablehlo.broadcast_in_dim %arg26, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %328 = stablehlo.broadcast_in_dim %327, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %329 = stablehlo.multiply %326, %328 : tensor<3x1x32xf32>
    %330 = stablehlo.broadcast_in_dim %arg27, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %331 = stablehlo.broadcast_in_dim %330, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<3x1x32xf32>
    %332 = stablehlo.add %329, %331 : tensor<3x1x32xf32>
    %333 = stablehlo.dot_general %332, %arg28, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<3x1x32xf32>, tensor<32x32xf32>) -> tensor<3x1x32xf32>
    %334 = stablehlo.reshape %333 : (tensor<3x1x32xf32>) -> tensor<3x32xf32>
    %c_138 = stablehlo.constant dense<1> : tensor<i32>
    %335 = stablehlo.add %arg29, %c_138 : tensor<i32>
    %336 = call @argmax(%334) : (tensor<3x32xf32>) -> tensor<3xi32>
    %c_139 = stablehlo.constant dense<0> : tensor<i32>
    %337 = stablehlo.compare LT, %335, %c_139, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_140 = stablehlo.constant dense<16> : tensor<i32>
    %338 = stablehlo.add %335, %c_140 : tensor<i32>
    %339 = stablehlo.select %337, %338, %335 : tensor<i1>, tensor<i32>
    %340 = stablehlo.convert %339 : tensor<i32>
    %341 = stablehlo.broadcast_in_dim %340, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %342 = "stablehlo.scatter"(%arg30, %341, %336) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg33: tensor<i32>, %arg34: tensor<i32>):
      stablehlo.return %arg34 : tensor<i32>
    }) : (tensor<3x16xi32>, tensor<1xi32>, tensor<3xi32>) -> tensor<3x16xi32>
    return %0, %342, %216, %234 : tensor<i32>, tensor<3x16xi32>, tensor<2x3x2x16x16xf32>, tensor<2x3x2x16x16xf32>
  }
  func.func private @_where_0(%arg0: tensor<1x1x1x16xi1>, %arg1: tensor<3x2x1x16xf32>, %arg2: tensor<f32>) -> tensor<3x2x1x16xf32> {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2, 3] : (tensor<1x1x1x16xi1>) -> tensor<3x2x1x16xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<3x2x1x16xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<3x2x1x16xi1>, tensor<3x2x1x16xf32>
    return %3 : tensor<3x2x1x16xf32>
  }
}
