module @jit_scan_decode attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<16x32xf32>, %arg1: tensor<32x32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<32xf32>, %arg4: tensor<32x32xf32>, %arg5: tensor<32x32xf32>, %arg6: tensor<32x32xf32>, %arg7: tensor<32x32xf32>, %arg8: tensor<32xf32>, %arg9: tensor<32xf32>, %arg10: tensor<32xf32>, %arg11: tensor<32xf32>, %arg12: tensor<64xf32>, %arg13: tensor<32xf32>, %arg14: tensor<32x64xf32>, %arg15: tensor<64x32xf32>, %arg16: tensor<32x32xf32>, %arg17: tensor<32x32xf32>, %arg18: tensor<32x32xf32>, %arg19: tensor<32x32xf32>, %arg20: tensor<32xf32>, %arg21: tensor<32xf32>, %arg22: tensor<32xf32>, %arg23: tensor<32xf32>, %arg24: tensor<64xf32>, %arg25: tensor<32xf32>, %arg26: tensor<32x64xf32>, %arg27: tensor<64x32xf32>, %arg28: tensor<32x32xf32>, %arg29: tensor<1x4xi32>) -> (tensor<12x1xi32> {jax.result_info = "result[0]"}, tensor<1x16xi32> {jax.result_info = "result[1]"}) {
    %0 = stablehlo.slice %arg29 [0:1, 0:3] : (tensor<1x4xi32>) -> tensor<1x3xi32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_slice %arg0, %c, %c_0, sizes = [3, 32] : (tensor<16x32xf32>, tensor<i32>, tensor<i32>) -> tensor<3x32xf32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<1x3xi32>
    %3 = stablehlo.compare LT, %0, %2, SIGNED : (tensor<1x3xi32>, tensor<1x3xi32>) -> tensor<1x3xi1>
    %c_2 = stablehlo.constant dense<32> : tensor<i32>
    %4 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<1x3xi32>
    %5 = stablehlo.add %0, %4 : tensor<1x3xi32>
    %6 = stablehlo.select %3, %5, %0 : tensor<1x3xi1>, tensor<1x3xi32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [0, 1] : (tensor<1x3xi32>) -> tensor<1x3x1xi32>
    %8 = "stablehlo.gather"(%arg1, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xf32>, tensor<1x3x1xi32>) -> tensor<1x3x32xf32>
    %9 = stablehlo.broadcast_in_dim %1, dims = [1, 2] : (tensor<3x32xf32>) -> tensor<1x3x32xf32>
    %10 = stablehlo.add %8, %9 : tensor<1x3x32xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %11 = stablehlo.reduce(%10 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<1x3x32xf32>, tensor<f32>) -> tensor<1x3xf32>
    %12 = stablehlo.broadcast_in_dim %11, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<1x3x1xf32>
    %cst_3 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %13 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x3x1xf32>
    %14 = stablehlo.divide %12, %13 : tensor<1x3x1xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1, 2] : (tensor<1x3x1xf32>) -> tensor<1x3x32xf32>
    %16 = stablehlo.subtract %10, %15 : tensor<1x3x32xf32>
    %17 = chlo.square %16 : tensor<1x3x32xf32> -> tensor<1x3x32xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %18 = stablehlo.reduce(%17 init: %cst_4) applies stablehlo.add across dimensions = [2] : (tensor<1x3x32xf32>, tensor<f32>) -> tensor<1x3xf32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<1x3x1xf32>
    %cst_5 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x3x1xf32>
    %21 = stablehlo.divide %19, %20 : tensor<1x3x1xf32>
    %22 = stablehlo.broadcast_in_dim %14, dims = [0, 1, 2] : (tensor<1x3x1xf32>) -> tensor<1x3x32xf32>
    %23 = stablehlo.subtract %10, %22 : tensor<1x3x32xf32>
    %cst_6 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %24 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x3x1xf32>
    %25 = stablehlo.add %21, %24 : tensor<1x3x1xf32>
    %26 = stablehlo.rsqrt %25 : tensor<1x3x1xf32>
    %27 = stablehlo.broadcast_in_dim %26, dims = [0, 1, 2] : (tensor<1x3x1xf32>) -> tensor<1x3x32xf32>
    %28 = stablehlo.multiply %23, %27 : tensor<1x3x32xf32>
    %29 = stablehlo.broadcast_in_dim %arg9, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x3x32xf32>
    %31 = stablehlo.multiply %28, %30 : tensor<1x3x32xf32>
    %32 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x3x32xf32>
    %34 = stablehlo.add %31, %33 : tensor<1x3x32xf32>
    %35 = stablehlo.dot_general %34, %arg6, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x3x32xf32>, tensor<32x32xf32>) -> tensor<1x3x32xf32>
    %36 = stablehlo.reshape %35 : (tensor<1x3x32xf32>) -> tensor<1x3x2x16xf32>
    %37 = stablehlo.transpose %36, dims = [0, 2, 1, 3] : (tensor<1x3x2x16xf32>) -> tensor<1x2x3x16xf32>
    %38 = stablehlo.dot_general %34, %arg4, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x3x32xf32>, tensor<32x32xf32>) -> tensor<1x3x32xf32>
    %39 = stablehlo.reshape %38 : (tensor<1x3x32xf32>) -> tensor<1x3x2x16xf32>
    %40 = stablehlo.transpose %39, dims = [0, 2, 1, 3] : (tensor<1x3x2x16xf32>) -> tensor<1x2x3x16xf32>
    %41 = stablehlo.dot_general %34, %arg7, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x3x32xf32>, tensor<32x32xf32>) -> tensor<1x3x32xf32>
    %42 = stablehlo.reshape %41 : (tensor<1x3x32xf32>) -> tensor<1x3x2x16xf32>
    %43 = stablehlo.transpose %42, dims = [0, 2, 1, 3] : (tensor<1x3x2x16xf32>) -> tensor<1x2x3x16xf32>
    %c_7 = stablehlo.constant dense<true> : tensor<i1>
    %44 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<i1>) -> tensor<3x3xi1>
    %45 = call @tril(%44) : (tensor<3x3xi1>) -> tensor<3x3xi1>
    %46 = stablehlo.dot_general %37, %40, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x2x3x16xf32>, tensor<1x2x3x16xf32>) -> tensor<1x2x3x3xf32>
    %cst_8 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %47 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<1x2x3x3xf32>
    %48 = stablehlo.multiply %46, %47 : tensor<1x2x3x3xf32>
    %cst_9 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
    %49 = call @_where(%45, %48, %cst_9) : (tensor<3x3xi1>, tensor<1x2x3x3xf32>, tensor<f32>) -> tensor<1x2x3x3xf32>
    %cst_10 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %50 = stablehlo.reduce(%49 init: %cst_10) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x3x3xf32>, tensor<f32>) -> tensor<1x2x3xf32>
    %cst_11 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<1x2x3xf32>
    %52 = stablehlo.maximum %51, %50 : tensor<1x2x3xf32>
    %53 = stablehlo.broadcast_in_dim %52, dims = [0, 1, 2] : (tensor<1x2x3xf32>) -> tensor<1x2x3x1xf32>
    %54 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 2, 3] : (tensor<1x2x3x1xf32>) -> tensor<1x2x3x3xf32>
    %55 = stablehlo.subtract %49, %54 : tensor<1x2x3x3xf32>
    %56 = stablehlo.exponential %55 : tensor<1x2x3x3xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %57 = stablehlo.reduce(%56 init: %cst_12) applies stablehlo.add across dimensions = [3] : (tensor<1x2x3x3xf32>, tensor<f32>) -> tensor<1x2x3xf32>
    %58 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 2] : (tensor<1x2x3xf32>) -> tensor<1x2x3x1xf32>
    %59 = stablehlo.broadcast_in_dim %58, dims = [0, 1, 2, 3] : (tensor<1x2x3x1xf32>) -> tensor<1x2x3x3xf32>
    %60 = stablehlo.divide %56, %59 : tensor<1x2x3x3xf32>
    %61 = stablehlo.dot_general %60, %43, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x3x3xf32>, tensor<1x2x3x16xf32>) -> tensor<1x2x3x16xf32>
    %62 = stablehlo.transpose %61, dims = [0, 2, 1, 3] : (tensor<1x2x3x16xf32>) -> tensor<1x3x2x16xf32>
    %63 = stablehlo.reshape %62 : (tensor<1x3x2x16xf32>) -> tensor<1x3x32xf32>
    %64 = stablehlo.dot_general %63, %arg5, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x3x32xf32>, tensor<32x32xf32>) -> tensor<1x3x32xf32>
    %65 = stablehlo.add %10, %64 : tensor<1x3x32xf32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %66 = stablehlo.reduce(%65 init: %cst_13) applies stablehlo.add across dimensions = [2] : (tensor<1x3x32xf32>, tensor<f32>) -> tensor<1x3xf32>
    %67 = stablehlo.broadcast_in_dim %66, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<1x3x1xf32>
    %cst_14 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %68 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x3x1xf32>
    %69 = stablehlo.divide %67, %68 : tensor<1x3x1xf32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [0, 1, 2] : (tensor<1x3x1xf32>) -> tensor<1x3x32xf32>
    %71 = stablehlo.subtract %65, %70 : tensor<1x3x32xf32>
    %72 = chlo.square %71 : tensor<1x3x32xf32> -> tensor<1x3x32xf32>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %73 = stablehlo.reduce(%72 init: %cst_15) applies stablehlo.add across dimensions = [2] : (tensor<1x3x32xf32>, tensor<f32>) -> tensor<1x3xf32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<1x3x1xf32>
    %cst_16 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x3x1xf32>
    %76 = stablehlo.divide %74, %75 : tensor<1x3x1xf32>
    %77 = stablehlo.broadcast_in_dim %69, dims = [0, 1, 2] : (tensor<1x3x1xf32>) -> tensor<1x3x32xf32>
    %78 = stablehlo.subtract %65, %77 : tensor<1x3x32xf32>
    %cst_17 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<1x3x1xf32>
    %80 = stablehlo.add %76, %79 : tensor<1x3x1xf32>
    %81 = stablehlo.rsqrt %80 : tensor<1x3x1xf32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [0, 1, 2] : (tensor<1x3x1xf32>) -> tensor<1x3x32xf32>
    %83 = stablehlo.multiply %78, %82 : tensor<1x3x32xf32>
    %84 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x3x32xf32>
    %86 = stablehlo.multiply %83, %85 : tensor<1x3x32xf32>
    %87 = stablehlo.broadcast_in_dim %arg10, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %88 = stablehlo.broadcast_in_dim %87, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x3x32xf32>
    %89 = stablehlo.add %86, %88 : tensor<1x3x32xf32>
    %90 = stablehlo.dot_general %89, %arg14, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x3x32xf32>, tensor<32x64xf32>) -> tensor<1x3x64xf32>
    %91 = stablehlo.broadcast_in_dim %arg12, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<1x3x64xf32>
    %93 = stablehlo.add %90, %92 : tensor<1x3x64xf32>
    %94 = stablehlo.multiply %93, %93 : tensor<1x3x64xf32>
    %95 = stablehlo.multiply %94, %93 : tensor<1x3x64xf32>
    %cst_18 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %96 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<1x3x64xf32>
    %97 = stablehlo.multiply %96, %95 : tensor<1x3x64xf32>
    %98 = stablehlo.add %93, %97 : tensor<1x3x64xf32>
    %cst_19 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %99 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<1x3x64xf32>
    %100 = stablehlo.multiply %99, %98 : tensor<1x3x64xf32>
    %101 = stablehlo.tanh %100 : tensor<1x3x64xf32>
    %cst_20 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %102 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<1x3x64xf32>
    %103 = stablehlo.add %102, %101 : tensor<1x3x64xf32>
    %cst_21 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<1x3x64xf32>
    %105 = stablehlo.multiply %104, %103 : tensor<1x3x64xf32>
    %106 = stablehlo.multiply %93, %105 : tensor<1x3x64xf32>
    %107 = stablehlo.dot_general %106, %arg15, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x3x64xf32>, tensor<64x32xf32>) -> tensor<1x3x32xf32>
    %108 = stablehlo.broadcast_in_dim %arg13, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x3x32xf32>
    %110 = stablehlo.add %107, %109 : tensor<1x3x32xf32>
    %111 = stablehlo.add %65, %110 : tensor<1x3x32xf32>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %112 = stablehlo.reduce(%111 init: %cst_22) applies stablehlo.add across dimensions = [2] : (tensor<1x3x32xf32>, tensor<f32>) -> tensor<1x3xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<1x3x1xf32>
    %cst_23 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %114 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<1x3x1xf32>
    %115 = stablehlo.divide %113, %114 : tensor<1x3x1xf32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [0, 1, 2] : (tensor<1x3x1xf32>) -> tensor<1x3x32xf32>
    %117 = stablehlo.subtract %111, %116 : tensor<1x3x32xf32>
    %118 = chlo.square %117 : tensor<1x3x32xf32> -> tensor<1x3x32xf32>
    %cst_24 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %119 = stablehlo.reduce(%118 init: %cst_24) applies stablehlo.add across dimensions = [2] : (tensor<1x3x32xf32>, tensor<f32>) -> tensor<1x3xf32>
    %120 = stablehlo.broadcast_in_dim %119, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<1x3x1xf32>
    %cst_25 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %121 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<1x3x1xf32>
    %122 = stablehlo.divide %120, %121 : tensor<1x3x1xf32>
    %123 = stablehlo.broadcast_in_dim %115, dims = [0, 1, 2] : (tensor<1x3x1xf32>) -> tensor<1x3x32xf32>
    %124 = stablehlo.subtract %111, %123 : tensor<1x3x32xf32>
    %cst_26 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %125 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<1x3x1xf32>
    %126 = stablehlo.add %122, %125 : tensor<1x3x1xf32>
    %127 = stablehlo.rsqrt %126 : tensor<1x3x1xf32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0, 1, 2] : (tensor<1x3x1xf32>) -> tensor<1x3x32xf32>
    %129 = stablehlo.multiply %124, %128 : tensor<1x3x32xf32>
    %130 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x3x32xf32>
    %132 = stablehlo.multiply %129, %131 : tensor<1x3x32xf32>
    %133 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x3x32xf32>
    %135 = stablehlo.add %132, %134 : tensor<1x3x32xf32>
    %136 = stablehlo.dot_general %135, %arg18, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x3x32xf32>, tensor<32x32xf32>) -> tensor<1x3x32xf32>
    %137 = stablehlo.reshape %136 : (tensor<1x3x32xf32>) -> tensor<1x3x2x16xf32>
    %138 = stablehlo.transpose %137, dims = [0, 2, 1, 3] : (tensor<1x3x2x16xf32>) -> tensor<1x2x3x16xf32>
    %139 = stablehlo.dot_general %135, %arg16, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x3x32xf32>, tensor<32x32xf32>) -> tensor<1x3x32xf32>
    %140 = stablehlo.reshape %139 : (tensor<1x3x32xf32>) -> tensor<1x3x2x16xf32>
    %141 = stablehlo.transpose %140, dims = [0, 2, 1, 3] : (tensor<1x3x2x16xf32>) -> tensor<1x2x3x16xf32>
    %142 = stablehlo.dot_general %135, %arg19, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x3x32xf32>, tensor<32x32xf32>) -> tensor<1x3x32xf32>
    %143 = stablehlo.reshape %142 : (tensor<1x3x32xf32>) -> tensor<1x3x2x16xf32>
    %144 = stablehlo.transpose %143, dims = [0, 2, 1, 3] : (tensor<1x3x2x16xf32>) -> tensor<1x2x3x16xf32>
    %c_27 = stablehlo.constant dense<true> : tensor<i1>
    %145 = stablehlo.broadcast_in_dim %c_27, dims = [] : (tensor<i1>) -> tensor<3x3xi1>
    %146 = call @tril(%145) : (tensor<3x3xi1>) -> tensor<3x3xi1>
    %147 = stablehlo.dot_general %138, %141, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x2x3x16xf32>, tensor<1x2x3x16xf32>) -> tensor<1x2x3x3xf32>
    %cst_28 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %148 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<1x2x3x3xf32>
    %149 = stablehlo.multiply %147, %148 : tensor<1x2x3x3xf32>
    %cst_29 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
    %150 = call @_where(%146, %149, %cst_29) : (tensor<3x3xi1>, tensor<1x2x3x3xf32>, tensor<f32>) -> tensor<1x2x3x3xf32>
    %cst_30 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %151 = stablehlo.reduce(%150 init: %cst_30) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x3x3xf32>, tensor<f32>) -> tensor<1x2x3xf32>
    %cst_31 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %152 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<1x2x3xf32>
    %153 = stablehlo.maximum %152, %151 : tensor<1x2x3xf32>
    %154 = stablehlo.broadcast_in_dim %153, dims = [0, 1, 2] : (tensor<1x2x3xf32>) -> tensor<1x2x3x1xf32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [0, 1, 2, 3] : (tensor<1x2x3x1xf32>) -> tensor<1x2x3x3xf32>
    %156 = stablehlo.subtract %150, %155 : tensor<1x2x3x3xf32>
    %157 = stablehlo.exponential %156 : tensor<1x2x3x3xf32>
    %cst_32 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %158 = stablehlo.reduce(%157 init: %cst_32) applies stablehlo.add across dimensions = [3] : (tensor<1x2x3x3xf32>, tensor<f32>) -> tensor<1x2x3xf32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [0, 1, 2] : (tensor<1x2x3xf32>) -> tensor<1x2x3x1xf32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [0, 1, 2, 3] : (tensor<1x2x3x1xf32>) -> tensor<1x2x3x3xf32>
    %161 = stablehlo.divide %157, %160 : tensor<1x2x3x3xf32>
    %162 = stablehlo.dot_general %161, %144, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x3x3xf32>, tensor<1x2x3x16xf32>) -> tensor<1x2x3x16xf32>
    %163 = stablehlo.transpose %162, dims = [0, 2, 1, 3] : (tensor<1x2x3x16xf32>) -> tensor<1x3x2x16xf32>
    %164 = stablehlo.reshape %163 : (tensor<1x3x2x16xf32>) -> tensor<1x3x32xf32>
    %165 = stablehlo.dot_general %164, %arg17, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x3x32xf32>, tensor<32x32xf32>) -> tensor<1x3x32xf32>
    %166 = stablehlo.add %111, %165 : tensor<1x3x32xf32>
    %cst_33 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %167 = stablehlo.reduce(%166 init: %cst_33) applies stablehlo.add across dimensions = [2] : (tensor<1x3x32xf32>, tensor<f32>) -> tensor<1x3xf32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<1x3x1xf32>
    %cst_34 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %169 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<1x3x1xf32>
    %170 = stablehlo.divide %168, %169 : tensor<1x3x1xf32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [0, 1, 2] : (tensor<1x3x1xf32>) -> tensor<1x3x32xf32>
    %172 = stablehlo.subtract %166, %171 : tensor<1x3x32xf32>
    %173 = chlo.square %172 : tensor<1x3x32xf32> -> tensor<1x3x32xf32>
    %cst_35 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %174 = stablehlo.reduce(%173 init: %cst_35) applies stablehlo.add across dimensions = [2] : (tensor<1x3x32xf32>, tensor<f32>) -> tensor<1x3xf32>
    %175 = stablehlo.broadcast_in_dim %174, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<1x3x1xf32>
    %cst_36 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<1x3x1xf32>
    %177 = stablehlo.divide %175, %176 : tensor<1x3x1xf32>
    %178 = stablehlo.broadcast_in_dim %170, dims = [0, 1, 2] : (tensor<1x3x1xf32>) -> tensor<1x3x32xf32>
    %179 = stablehlo.subtract %166, %178 : tensor<1x3x32xf32>
    %cst_37 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %180 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<1x3x1xf32>
    %181 = stablehlo.add %177, %180 : tensor<1x3x1xf32>
    %182 = stablehlo.rsqrt %181 : tensor<1x3x1xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0, 1, 2] : (tensor<1x3x1xf32>) -> tensor<1x3x32xf32>
    %184 = stablehlo.multiply %179, %183 : tensor<1x3x32xf32>
    %185 = stablehlo.broadcast_in_dim %arg23, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x3x32xf32>
    %187 = stablehlo.multiply %184, %186 : tensor<1x3x32xf32>
    %188 = stablehlo.broadcast_in_dim %arg22, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x3x32xf32>
    %190 = stablehlo.add %187, %189 : tensor<1x3x32xf32>
    %191 = stablehlo.dot_general %190, %arg26, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x3x32xf32>, tensor<32x64xf32>) -> tensor<1x3x64xf32>
    %192 = stablehlo.broadcast_in_dim %arg24, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<1x3x64xf32>
    %194 = stablehlo.add %191, %193 : tensor<1x3x64xf32>
    %195 = stablehlo.multiply %194, %194 : tensor<1x3x64xf32>
    %196 = stablehlo.multiply %195, %194 : tensor<1x3x64xf32>
    %cst_38 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %197 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<1x3x64xf32>
    %198 = stablehlo.multiply %197, %196 : tensor<1x3x64xf32>
    %199 = stablehlo.add %194, %198 : tensor<1x3x64xf32>
    %cst_39 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %200 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<1x3x64xf32>
    %201 = stablehlo.multiply %200, %199 : tensor<1x3x64xf32>
    %202 = stablehlo.tanh %201 : tensor<1x3x64xf32>
    %cst_40 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %203 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<f32>) -> tensor<1x3x64xf32>
    %204 = stablehlo.add %203, %202 : tensor<1x3x64xf32>
    %cst_41 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %205 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<f32>) -> tensor<1x3x64xf32>
    %206 = stablehlo.multiply %205, %204 : tensor<1x3x64xf32>
    %207 = stablehlo.multiply %194, %206 : tensor<1x3x64xf32>
    %208 = stablehlo.dot_general %207, %arg27, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x3x64xf32>, tensor<64x32xf32>) -> tensor<1x3x32xf32>
    %209 = stablehlo.broadcast_in_dim %arg25, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x3x32xf32>
    %211 = stablehlo.add %208, %210 : tensor<1x3x32xf32>
    %212 = stablehlo.add %166, %211 : tensor<1x3x32xf32>
    %cst_42 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %213 = stablehlo.reduce(%212 init: %cst_42) applies stablehlo.add across dimensions = [2] : (tensor<1x3x32xf32>, tensor<f32>) -> tensor<1x3xf32>
    %214 = stablehlo.broadcast_in_dim %213, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<1x3x1xf32>
    %cst_43 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %215 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<1x3x1xf32>
    %216 = stablehlo.divide %214, %215 : tensor<1x3x1xf32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [0, 1, 2] : (tensor<1x3x1xf32>) -> tensor<1x3x32xf32>
    %218 = stablehlo.subtract %212, %217 : tensor<1x3x32xf32>
    %219 = chlo.square %218 : tensor<1x3x32xf32> -> tensor<1x3x32xf32>
    %cst_44 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %220 = stablehlo.reduce(%219 init: %cst_44) applies stablehlo.add across dimensions = [2] : (tensor<1x3x32xf32>, tensor<f32>) -> tensor<1x3xf32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<1x3x1xf32>
    %cst_45 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %222 = stablehlo.broadcast_in_dim %cst_45, dims = [] : (tensor<f32>) -> tensor<1x3x1xf32>
    %223 = stablehlo.divide %221, %222 : tensor<1x3x1xf32>
    %224 = stablehlo.broadcast_in_dim %216, dims = [0, 1, 2] : (tensor<1x3x1xf32>) -> tensor<1x3x32xf32>
    %225 = stablehlo.subtract %212, %224 : tensor<1x3x32xf32>
    %cst_46 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %226 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<1x3x1xf32>
    %227 = stablehlo.add %223, %226 : tensor<1x3x1xf32>
    %228 = stablehlo.rsqrt %227 : tensor<1x3x1xf32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [0, 1, 2] : (tensor<1x3x1xf32>) -> tensor<1x3x32xf32>
    %230 = stablehlo.multiply %225, %229 : tensor<1x3x32xf32>
    %231 = stablehlo.broadcast_in_dim %arg3, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %232 = stablehlo.broadcast_in_dim %231, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x3x32xf32>
    %233 = stablehlo.multiply %230, %232 : tensor<1x3x32xf32>
    %234 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %235 = stablehlo.broadcast_in_dim %234, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x3x32xf32>
    %236 = stablehlo.add %233, %235 : tensor<1x3x32xf32>
    %237 = stablehlo.dot_general %236, %arg28, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x3x32xf32>, tensor<32x32xf32>) -> tensor<1x3x32xf32>
    %cst_47 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %238 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<f32>) -> tensor<1x2x16x16xf32>
    %c_48 = stablehlo.constant dense<0> : tensor<i32>
    %c_49 = stablehlo.constant dense<0> : tensor<i32>
    %c_50 = stablehlo.constant dense<0> : tensor<i32>
    %c_51 = stablehlo.constant dense<0> : tensor<i32>
    %239 = stablehlo.dynamic_update_slice %238, %40, %c_48, %c_49, %c_50, %c_51 : (tensor<1x2x16x16xf32>, tensor<1x2x3x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %cst_52 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %240 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<1x2x16x16xf32>
    %c_53 = stablehlo.constant dense<0> : tensor<i32>
    %c_54 = stablehlo.constant dense<0> : tensor<i32>
    %c_55 = stablehlo.constant dense<0> : tensor<i32>
    %c_56 = stablehlo.constant dense<0> : tensor<i32>
    %241 = stablehlo.dynamic_update_slice %240, %43, %c_53, %c_54, %c_55, %c_56 : (tensor<1x2x16x16xf32>, tensor<1x2x3x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %cst_57 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<1x2x16x16xf32>
    %c_58 = stablehlo.constant dense<0> : tensor<i32>
    %c_59 = stablehlo.constant dense<0> : tensor<i32>
    %c_60 = stablehlo.constant dense<0> : tensor<i32>
    %c_61 = stablehlo.constant dense<0> : tensor<i32>
    %243 = stablehlo.dynamic_update_slice %242, %141, %c_58, %c_59, %c_60, %c_61 : (tensor<1x2x16x16xf32>, tensor<1x2x3x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %cst_62 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %244 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<f32>) -> tensor<1x2x16x16xf32>
    %c_63 = stablehlo.constant dense<0> : tensor<i32>
    %c_64 = stablehlo.constant dense<0> : tensor<i32>
    %c_65 = stablehlo.constant dense<0> : tensor<i32>
    %c_66 = stablehlo.constant dense<0> : tensor<i32>
    %245 = stablehlo.dynamic_update_slice %244, %144, %c_63, %c_64, %c_65, %c_66 : (tensor<1x2x16x16xf32>, tensor<1x2x3x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %246 = stablehlo.slice %arg29 [0:1, 3:4] : (tensor<1x4xi32>) -> tensor<1x1xi32>
    %247 = stablehlo.reshape %246 : (tensor<1x1xi32>) -> tensor<1xi32>
    %c_67 = stablehlo.constant dense<3> : tensor<i32>
    %c_68 = stablehlo.constant dense<0> : tensor<i32>
    %248 = stablehlo.broadcast_in_dim %c_68, dims = [] : (tensor<i32>) -> tensor<12x1xi32>
    %c_69 = stablehlo.constant dense<0> : tensor<i32>
    %249:37 = stablehlo.while(%iterArg = %arg0, %iterArg_70 = %arg1, %iterArg_71 = %arg9, %iterArg_72 = %arg8, %iterArg_73 = %arg6, %iterArg_74 = %arg4, %iterArg_75 = %arg7, %iterArg_76 = %arg5, %iterArg_77 = %arg11, %iterArg_78 = %arg10, %iterArg_79 = %arg14, %iterArg_80 = %arg12, %iterArg_81 = %arg15, %iterArg_82 = %arg13, %iterArg_83 = %arg21, %iterArg_84 = %arg20, %iterArg_85 = %arg18, %iterArg_86 = %arg16, %iterArg_87 = %arg19, %iterArg_88 = %arg17, %iterArg_89 = %arg23, %iterArg_90 = %arg22, %iterArg_91 = %arg26, %iterArg_92 = %arg24, %iterArg_93 = %arg27, %iterArg_94 = %arg25, %iterArg_95 = %arg3, %iterArg_96 = %arg2, %iterArg_97 = %arg28, %iterArg_98 = %c_69, %iterArg_99 = %247, %iterArg_100 = %c_67, %iterArg_101 = %239, %iterArg_102 = %241, %iterArg_103 = %243, %iterArg_104 = %245, %iterArg_105 = %248) : tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<1xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<12x1xi32>
    cond {
      %c_106 = stablehlo.constant dense<12> : tensor<i32>
      %252 = stablehlo.compare LT, %iterArg_98, %c_106, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %252 : tensor<i1>
    } do {
      %252:7 = func.call @closed_call(%iterArg, %iterArg_70, %iterArg_71, %iterArg_72, %iterArg_73, %iterArg_74, %iterArg_75, %iterArg_76, %iterArg_77, %iterArg_78, %iterArg_79, %iterArg_80, %iterArg_81, %iterArg_82, %iterArg_83, %iterArg_84, %iterArg_85, %iterArg_86, %iterArg_87, %iterArg_88, %iterArg_89, %iterArg_90, %iterArg_91, %iterArg_92, %iterArg_93, %iterArg_94, %iterArg_95, %iterArg_96, %iterArg_97, %iterArg_99, %iterArg_100, %iterArg_101, %iterArg_102, %iterArg_103, %iterArg_104) : (tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<1xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> (tensor<1xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1xi32>)
      %253 = func.call @dynamic_update_index_in_dim(%iterArg_105, %252#6, %iterArg_98) : (tensor<12x1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<12x1xi32>
      %c_106 = stablehlo.constant dense<1> : tensor<i32>
      %254 = stablehlo.add %iterArg_98, %c_106 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_70, %iterArg_71, %iterArg_72, %iterArg_73, %iterArg_74, %iterArg_75, %iterArg_76, %iterArg_77, %iterArg_78, %iterArg_79, %iterArg_80, %iterArg_81, %iterArg_82, %iterArg_83, %iterArg_84, %iterArg_85, %iterArg_86, %iterArg_87, %iterArg_88, %iterArg_89, %iterArg_90, %iterArg_91, %iterArg_92, %iterArg_93, %iterArg_94, %iterArg_95, %iterArg_96, %iterArg_97, %254, %252#0, %252#1, %252#2, %252#3, %252#4, %252#5, %253 : tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<1xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<12x1xi32>
    }
    %250 = stablehlo.transpose %249#36, dims = [1, 0] : (tensor<12x1xi32>) -> tensor<1x12xi32>
    %251 = stablehlo.concatenate %arg29, %250, dim = 1 : (tensor<1x4xi32>, tensor<1x12xi32>) -> tensor<1x16xi32>
    return %249#36, %251 : tensor<12x1xi32>, tensor<1x16xi32>
  }
  func.func private @tril(%arg0: tensor<3x3xi1>) -> tensor<3x3xi1> {
    %0 = stablehlo.iota dim = 0 : tensor<3x3xi32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<3x3xi32>
    %2 = stablehlo.add %0, %1 : tensor<3x3xi32>
    %3 = stablehlo.iota dim = 1 : tensor<3x3xi32>
    %4 = stablehlo.compare GE, %2, %3, SIGNED : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
    %c_0 = stablehlo.constant dense<false> : tensor<i1>
    %5 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i1>) -> tensor<3x3xi1>
    %6 = stablehlo.select %4, %arg0, %5 : tensor<3x3xi1>, tensor<3x3xi1>
    return %6 : tensor<3x3xi1>
  }
  func.func private @_where(%arg0: tensor<3x3xi1>, %arg1: tensor<1x2x3x3xf32>, %arg2: tensor<f32>) -> tensor<1x2x3x3xf32> {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [2, 3] : (tensor<3x3xi1>) -> tensor<1x2x3x3xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<1x2x3x3xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<1x2x3x3xi1>, tensor<1x2x3x3xf32>
    return %3 : tensor<1x2x3x3xf32>
  }
  func.func private @closed_call(%arg0: tensor<16x32xf32>, %arg1: tensor<32x32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<32xf32>, %arg4: tensor<32x32xf32>, %arg5: tensor<32x32xf32>, %arg6: tensor<32x32xf32>, %arg7: tensor<32x32xf32>, %arg8: tensor<32xf32>, %arg9: tensor<32xf32>, %arg10: tensor<32x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64x32xf32>, %arg13: tensor<32xf32>, %arg14: tensor<32xf32>, %arg15: tensor<32xf32>, %arg16: tensor<32x32xf32>, %arg17: tensor<32x32xf32>, %arg18: tensor<32x32xf32>, %arg19: tensor<32x32xf32>, %arg20: tensor<32xf32>, %arg21: tensor<32xf32>, %arg22: tensor<32x64xf32>, %arg23: tensor<64xf32>, %arg24: tensor<64x32xf32>, %arg25: tensor<32xf32>, %arg26: tensor<32xf32>, %arg27: tensor<32xf32>, %arg28: tensor<32x32xf32>, %arg29: tensor<1xi32>, %arg30: tensor<i32>, %arg31: tensor<1x2x16x16xf32>, %arg32: tensor<1x2x16x16xf32>, %arg33: tensor<1x2x16x16xf32>, %arg34: tensor<1x2x16x16xf32>) -> (tensor<1xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1xi32>) {
    %0 = stablehlo.broadcast_in_dim %arg29, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare LT, %arg30, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<16> : tensor<i32>
    %2 = stablehlo.add %arg30, %c_0 : tensor<i32>
    %3 = stablehlo.select %1, %2, %arg30 : tensor<i1>, tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %4 = stablehlo.dynamic_slice %arg0, %3, %c_1, sizes = [1, 32] : (tensor<16x32xf32>, tensor<i32>, tensor<i32>) -> tensor<1x32xf32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<1x1xi32>
    %6 = stablehlo.compare LT, %0, %5, SIGNED : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %c_3 = stablehlo.constant dense<32> : tensor<i32>
    %7 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<1x1xi32>
    %8 = stablehlo.add %0, %7 : tensor<1x1xi32>
    %9 = stablehlo.select %6, %8, %0 : tensor<1x1xi1>, tensor<1x1xi32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 1] : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %11 = "stablehlo.gather"(%arg1, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xf32>, tensor<1x1x1xi32>) -> tensor<1x1x32xf32>
    %12 = stablehlo.broadcast_in_dim %4, dims = [1, 2] : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %13 = stablehlo.add %11, %12 : tensor<1x1x32xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %14 = stablehlo.reduce(%13 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_4 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %17 = stablehlo.divide %15, %16 : tensor<1x1x1xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %19 = stablehlo.subtract %13, %18 : tensor<1x1x32xf32>
    %20 = chlo.square %19 : tensor<1x1x32xf32> -> tensor<1x1x32xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %21 = stablehlo.reduce(%20 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_6 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %24 = stablehlo.divide %22, %23 : tensor<1x1x1xf32>
    %25 = stablehlo.broadcast_in_dim %17, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %26 = stablehlo.subtract %13, %25 : tensor<1x1x32xf32>
    %cst_7 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %27 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %28 = stablehlo.add %24, %27 : tensor<1x1x1xf32>
    %29 = stablehlo.rsqrt %28 : tensor<1x1x1xf32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %31 = stablehlo.multiply %26, %30 : tensor<1x1x32xf32>
    %32 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %33 = stablehlo.multiply %31, %32 : tensor<1x1x32xf32>
    %34 = stablehlo.broadcast_in_dim %arg3, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %35 = stablehlo.add %33, %34 : tensor<1x1x32xf32>
    %36 = stablehlo.dot_general %35, %arg4, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %37 = stablehlo.reshape %36 : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %38 = stablehlo.transpose %37, dims = [0, 2, 1, 3] : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %39 = stablehlo.dot_general %35, %arg5, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %40 = stablehlo.reshape %39 : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %41 = stablehlo.transpose %40, dims = [0, 2, 1, 3] : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %42 = stablehlo.dot_general %35, %arg6, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %43 = stablehlo.reshape %42 : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %44 = stablehlo.transpose %43, dims = [0, 2, 1, 3] : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %c_8 = stablehlo.constant dense<0> : tensor<i32>
    %c_9 = stablehlo.constant dense<0> : tensor<i32>
    %45 = stablehlo.compare LT, %c_8, %c_9, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_10 = stablehlo.constant dense<0> : tensor<i32>
    %c_11 = stablehlo.constant dense<1> : tensor<i32>
    %46 = stablehlo.add %c_10, %c_11 : tensor<i32>
    %c_12 = stablehlo.constant dense<0> : tensor<i32>
    %47 = stablehlo.select %45, %46, %c_12 : tensor<i1>, tensor<i32>
    %c_13 = stablehlo.constant dense<0> : tensor<i32>
    %c_14 = stablehlo.constant dense<0> : tensor<i32>
    %48 = stablehlo.compare LT, %c_13, %c_14, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_15 = stablehlo.constant dense<0> : tensor<i32>
    %c_16 = stablehlo.constant dense<2> : tensor<i32>
    %49 = stablehlo.add %c_15, %c_16 : tensor<i32>
    %c_17 = stablehlo.constant dense<0> : tensor<i32>
    %50 = stablehlo.select %48, %49, %c_17 : tensor<i1>, tensor<i32>
    %c_18 = stablehlo.constant dense<0> : tensor<i32>
    %51 = stablehlo.compare LT, %arg30, %c_18, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_19 = stablehlo.constant dense<16> : tensor<i32>
    %52 = stablehlo.add %arg30, %c_19 : tensor<i32>
    %53 = stablehlo.select %51, %52, %arg30 : tensor<i1>, tensor<i32>
    %c_20 = stablehlo.constant dense<0> : tensor<i32>
    %c_21 = stablehlo.constant dense<0> : tensor<i32>
    %54 = stablehlo.compare LT, %c_20, %c_21, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_22 = stablehlo.constant dense<0> : tensor<i32>
    %c_23 = stablehlo.constant dense<16> : tensor<i32>
    %55 = stablehlo.add %c_22, %c_23 : tensor<i32>
    %c_24 = stablehlo.constant dense<0> : tensor<i32>
    %56 = stablehlo.select %54, %55, %c_24 : tensor<i1>, tensor<i32>
    %57 = stablehlo.dynamic_update_slice %arg31, %41, %47, %50, %53, %56 : (tensor<1x2x16x16xf32>, tensor<1x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %c_25 = stablehlo.constant dense<0> : tensor<i32>
    %c_26 = stablehlo.constant dense<0> : tensor<i32>
    %58 = stablehlo.compare LT, %c_25, %c_26, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_27 = stablehlo.constant dense<0> : tensor<i32>
    %c_28 = stablehlo.constant dense<1> : tensor<i32>
    %59 = stablehlo.add %c_27, %c_28 : tensor<i32>
    %c_29 = stablehlo.constant dense<0> : tensor<i32>
    %60 = stablehlo.select %58, %59, %c_29 : tensor<i1>, tensor<i32>
    %c_30 = stablehlo.constant dense<0> : tensor<i32>
    %c_31 = stablehlo.constant dense<0> : tensor<i32>
    %61 = stablehlo.compare LT, %c_30, %c_31, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_32 = stablehlo.constant dense<0> : tensor<i32>
    %c_33 = stablehlo.constant dense<2> : tensor<i32>
    %62 = stablehlo.add %c_32, %c_33 : tensor<i32>
    %c_34 = stablehlo.constant dense<0> : tensor<i32>
    %63 = stablehlo.select %61, %62, %c_34 : tensor<i1>, tensor<i32>
    %c_35 = stablehlo.constant dense<0> : tensor<i32>
    %64 = stablehlo.compare LT, %arg30, %c_35, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_36 = stablehlo.constant dense<16> : tensor<i32>
    %65 = stablehlo.add %arg30, %c_36 : tensor<i32>
    %66 = stablehlo.select %64, %65, %arg30 : tensor<i1>, tensor<i32>
    %c_37 = stablehlo.constant dense<0> : tensor<i32>
    %c_38 = stablehlo.constant dense<0> : tensor<i32>
    %67 = stablehlo.compare LT, %c_37, %c_38, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_39 = stablehlo.constant dense<0> : tensor<i32>
    %c_40 = stablehlo.constant dense<16> : tensor<i32>
    %68 = stablehlo.add %c_39, %c_40 : tensor<i32>
    %c_41 = stablehlo.constant dense<0> : tensor<i32>
    %69 = stablehlo.select %67, %68, %c_41 : tensor<i1>, tensor<i32>
    %70 = stablehlo.dynamic_update_slice %arg32, %44, %60, %63, %66, %69 : (tensor<1x2x16x16xf32>, tensor<1x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %71 = stablehlo.iota dim = 3 : tensor<1x1x1x16xi32>
    %72 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<i32>) -> tensor<1x1x1x16xi32>
    %73 = stablehlo.compare LE, %71, %72, SIGNED : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %74 = stablehlo.dot_general %38, %57, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x2x1x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x1x16xf32>
    %cst_42 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<f32>) -> tensor<1x2x1x16xf32>
    %76 = stablehlo.multiply %74, %75 : tensor<1x2x1x16xf32>
    %cst_43 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
    %77 = call @_where_0(%73, %76, %cst_43) : (tensor<1x1x1x16xi1>, tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %cst_44 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %78 = stablehlo.reduce(%77 init: %cst_44) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %cst_45 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %cst_45, dims = [] : (tensor<f32>) -> tensor<1x2x1xf32>
    %80 = stablehlo.maximum %79, %78 : tensor<1x2x1xf32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [0, 1, 2] : (tensor<1x2x1xf32>) -> tensor<1x2x1x1xf32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x16xf32>
    %83 = stablehlo.subtract %77, %82 : tensor<1x2x1x16xf32>
    %84 = stablehlo.exponential %83 : tensor<1x2x1x16xf32>
    %cst_46 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %85 = stablehlo.reduce(%84 init: %cst_46) applies stablehlo.add across dimensions = [3] : (tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0, 1, 2] : (tensor<1x2x1xf32>) -> tensor<1x2x1x1xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x16xf32>
    %88 = stablehlo.divide %84, %87 : tensor<1x2x1x16xf32>
    %89 = stablehlo.dot_general %88, %70, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x1x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x1x16xf32>
    %90 = stablehlo.transpose %89, dims = [0, 2, 1, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x1x2x16xf32>
    %91 = stablehlo.reshape %90 : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
    %92 = stablehlo.dot_general %91, %arg7, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %93 = stablehlo.add %13, %92 : tensor<1x1x32xf32>
    %cst_47 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %94 = stablehlo.reduce(%93 init: %cst_47) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_48 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %96 = stablehlo.broadcast_in_dim %cst_48, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %97 = stablehlo.divide %95, %96 : tensor<1x1x1xf32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %99 = stablehlo.subtract %93, %98 : tensor<1x1x32xf32>
    %100 = chlo.square %99 : tensor<1x1x32xf32> -> tensor<1x1x32xf32>
    %cst_49 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %101 = stablehlo.reduce(%100 init: %cst_49) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_50 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %103 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %104 = stablehlo.divide %102, %103 : tensor<1x1x1xf32>
    %105 = stablehlo.broadcast_in_dim %97, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %106 = stablehlo.subtract %93, %105 : tensor<1x1x32xf32>
    %cst_51 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %108 = stablehlo.add %104, %107 : tensor<1x1x1xf32>
    %109 = stablehlo.rsqrt %108 : tensor<1x1x1xf32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %111 = stablehlo.multiply %106, %110 : tensor<1x1x32xf32>
    %112 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %113 = stablehlo.multiply %111, %112 : tensor<1x1x32xf32>
    %114 = stablehlo.broadcast_in_dim %arg9, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %115 = stablehlo.add %113, %114 : tensor<1x1x32xf32>
    %116 = stablehlo.dot_general %115, %arg10, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x64xf32>) -> tensor<1x1x64xf32>
    %117 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %118 = stablehlo.add %116, %117 : tensor<1x1x64xf32>
    %119 = stablehlo.multiply %118, %118 : tensor<1x1x64xf32>
    %120 = stablehlo.multiply %119, %118 : tensor<1x1x64xf32>
    %cst_52 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %121 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %122 = stablehlo.multiply %121, %120 : tensor<1x1x64xf32>
    %123 = stablehlo.add %118, %122 : tensor<1x1x64xf32>
    %cst_53 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %124 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %125 = stablehlo.multiply %124, %123 : tensor<1x1x64xf32>
    %126 = stablehlo.tanh %125 : tensor<1x1x64xf32>
    %cst_54 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %127 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %128 = stablehlo.add %127, %126 : tensor<1x1x64xf32>
    %cst_55 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %129 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %130 = stablehlo.multiply %129, %128 : tensor<1x1x64xf32>
    %131 = stablehlo.multiply %118, %130 : tensor<1x1x64xf32>
    %132 = stablehlo.dot_general %131, %arg12, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x64xf32>, tensor<64x32xf32>) -> tensor<1x1x32xf32>
    %133 = stablehlo.broadcast_in_dim %arg13, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %134 = stablehlo.add %132, %133 : tensor<1x1x32xf32>
    %135 = stablehlo.add %93, %134 : tensor<1x1x32xf32>
    %cst_56 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %136 = stablehlo.reduce(%135 init: %cst_56) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_57 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %138 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %139 = stablehlo.divide %137, %138 : tensor<1x1x1xf32>
    %140 = stablehlo.broadcast_in_dim %139, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %141 = stablehlo.subtract %135, %140 : tensor<1x1x32xf32>
    %142 = chlo.square %141 : tensor<1x1x32xf32> -> tensor<1x1x32xf32>
    %cst_58 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %143 = stablehlo.reduce(%142 init: %cst_58) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %144 = stablehlo.broadcast_in_dim %143, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_59 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %146 = stablehlo.divide %144, %145 : tensor<1x1x1xf32>
    %147 = stablehlo.broadcast_in_dim %139, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %148 = stablehlo.subtract %135, %147 : tensor<1x1x32xf32>
    %cst_60 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %149 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %150 = stablehlo.add %146, %149 : tensor<1x1x1xf32>
    %151 = stablehlo.rsqrt %150 : tensor<1x1x1xf32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %153 = stablehlo.multiply %148, %152 : tensor<1x1x32xf32>
    %154 = stablehlo.broadcast_in_dim %arg14, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %155 = stablehlo.multiply %153, %154 : tensor<1x1x32xf32>
    %156 = stablehlo.broadcast_in_dim %arg15, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %157 = stablehlo.add %155, %156 : tensor<1x1x32xf32>
    %158 = stablehlo.dot_general %157, %arg16, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %159 = stablehlo.reshape %158 : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %160 = stablehlo.transpose %159, dims = [0, 2, 1, 3] : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %161 = stablehlo.dot_general %157, %arg17, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %162 = stablehlo.reshape %161 : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %163 = stablehlo.transpose %162, dims = [0, 2, 1, 3] : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %164 = stablehlo.dot_general %157, %arg18, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %165 = stablehlo.reshape %164 : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %166 = stablehlo.transpose %165, dims = [0, 2, 1, 3] : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %c_61 = stablehlo.constant dense<0> : tensor<i32>
    %c_62 = stablehlo.constant dense<0> : tensor<i32>
    %167 = stablehlo.compare LT, %c_61, %c_62, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_63 = stablehlo.constant dense<0> : tensor<i32>
    %c_64 = stablehlo.constant dense<1> : tensor<i32>
    %168 = stablehlo.add %c_63, %c_64 : tensor<i32>
    %c_65 = stablehlo.constant dense<0> : tensor<i32>
    %169 = stablehlo.select %167, %168, %c_65 : tensor<i1>, tensor<i32>
    %c_66 = stablehlo.constant dense<0> : tensor<i32>
    %c_67 = stablehlo.constant dense<0> : tensor<i32>
    %170 = stablehlo.compare LT, %c_66, %c_67, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_68 = stablehlo.constant dense<0> : tensor<i32>
    %c_69 = stablehlo.constant dense<2> : tensor<i32>
    %171 = stablehlo.add %c_68, %c_69 : tensor<i32>
    %c_70 = stablehlo.constant dense<0> : tensor<i32>
    %172 = stablehlo.select %170, %171, %c_70 : tensor<i1>, tensor<i32>
    %c_71 = stablehlo.constant dense<0> : tensor<i32>
    %173 = stablehlo.compare LT, %arg30, %c_71, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_72 = stablehlo.constant dense<16> : tensor<i32>
    %174 = stablehlo.add %arg30, %c_72 : tensor<i32>
    %175 = stablehlo.select %173, %174, %arg30 : tensor<i1>, tensor<i32>
    %c_73 = stablehlo.constant dense<0> : tensor<i32>
    %c_74 = stablehlo.constant dense<0> : tensor<i32>
    %176 = stablehlo.compare LT, %c_73, %c_74, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_75 = stablehlo.constant dense<0> : tensor<i32>
    %c_76 = stablehlo.constant dense<16> : tensor<i32>
    %177 = stablehlo.add %c_75, %c_76 : tensor<i32>
    %c_77 = stablehlo.constant dense<0> : tensor<i32>
    %178 = stablehlo.select %176, %177, %c_77 : tensor<i1>, tensor<i32>
    %179 = stablehlo.dynamic_update_slice %arg33, %163, %169, %172, %175, %178 : (tensor<1x2x16x16xf32>, tensor<1x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %c_78 = stablehlo.constant dense<0> : tensor<i32>
    %c_79 = stablehlo.constant dense<0> : tensor<i32>
    %180 = stablehlo.compare LT, %c_78, %c_79, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_80 = stablehlo.constant dense<0> : tensor<i32>
    %c_81 = stablehlo.constant dense<1> : tensor<i32>
    %181 = stablehlo.add %c_80, %c_81 : tensor<i32>
    %c_82 = stablehlo.constant dense<0> : tensor<i32>
    %182 = stablehlo.select %180, %181, %c_82 : tensor<i1>, tensor<i32>
    %c_83 = stablehlo.constant dense<0> : tensor<i32>
    %c_84 = stablehlo.constant dense<0> : tensor<i32>
    %183 = stablehlo.compare LT, %c_83, %c_84, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_85 = stablehlo.constant dense<0> : tensor<i32>
    %c_86 = stablehlo.constant dense<2> : tensor<i32>
    %184 = stablehlo.add %c_85, %c_86 : tensor<i32>
    %c_87 = stablehlo.constant dense<0> : tensor<i32>
    %185 = stablehlo.select %183, %184, %c_87 : tensor<i1>, tensor<i32>
    %c_88 = stablehlo.constant dense<0> : tensor<i32>
    %186 = stablehlo.compare LT, %arg30, %c_88, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_89 = stablehlo.constant dense<16> : tensor<i32>
    %187 = stablehlo.add %arg30, %c_89 : tensor<i32>
    %188 = stablehlo.select %186, %187, %arg30 : tensor<i1>, tensor<i32>
    %c_90 = stablehlo.constant dense<0> : tensor<i32>
    %c_91 = stablehlo.constant dense<0> : tensor<i32>
    %189 = stablehlo.compare LT, %c_90, %c_91, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_92 = stablehlo.constant dense<0> : tensor<i32>
    %c_93 = stablehlo.constant dense<16> : tensor<i32>
    %190 = stablehlo.add %c_92, %c_93 : tensor<i32>
    %c_94 = stablehlo.constant dense<0> : tensor<i32>
    %191 = stablehlo.select %189, %190, %c_94 : tensor<i1>, tensor<i32>
    %192 = stablehlo.dynamic_update_slice %arg34, %166, %182, %185, %188, %191 : (tensor<1x2x16x16xf32>, tensor<1x2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %193 = stablehlo.iota dim = 3 : tensor<1x1x1x16xi32>
    %194 = stablehlo.broadcast_in_dim %arg30, dims = [] : (tensor<i32>) -> tensor<1x1x1x16xi32>
    %195 = stablehlo.compare LE, %193, %194, SIGNED : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %196 = stablehlo.dot_general %160, %179, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x2x1x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x1x16xf32>
    %cst_95 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %197 = stablehlo.broadcast_in_dim %cst_95, dims = [] : (tensor<f32>) -> tensor<1x2x1x16xf32>
    %198 = stablehlo.multiply %196, %197 : tensor<1x2x1x16xf32>
    %cst_96 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
    %199 = call @_where_0(%195, %198, %cst_96) : (tensor<1x1x1x16xi1>, tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %cst_97 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %200 = stablehlo.reduce(%199 init: %cst_97) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %cst_98 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %201 = stablehlo.broadcast_in_dim %cst_98, dims = [] : (tensor<f32>) -> tensor<1x2x1xf32>
    %202 = stablehlo.maximum %201, %200 : tensor<1x2x1xf32>
    %203 = stablehlo.broadcast_in_dim %202, dims = [0, 1, 2] : (tensor<1x2x1xf32>) -> tensor<1x2x1x1xf32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x16xf32>
    %205 = stablehlo.subtract %199, %204 : tensor<1x2x1x16xf32>
    %206 = stablehlo.exponential %205 : tensor<1x2x1x16xf32>
    %cst_99 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %207 = stablehlo.reduce(%206 init: %cst_99) applies stablehlo.add across dimensions = [3] : (tensor<1x2x1x16xf32>, tensor<f32>) -> tensor<1x2x1xf32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [0, 1, 2] : (tensor<1x2x1xf32>) -> tensor<1x2x1x1xf32>
    %209 = stablehlo.broadcast_in_dim %208, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x16xf32>
    %210 = stablehlo.divide %206, %209 : tensor<1x2x1x16xf32>
    %211 = stablehlo.dot_general %210, %192, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x1x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x1x16xf32>
    %212 = stablehlo.transpose %211, dims = [0, 2, 1, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x1x2x16xf32>
    %213 = stablehlo.reshape %212 : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
    %214 = stablehlo.dot_general %213, %arg19, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %215 = stablehlo.add %135, %214 : tensor<1x1x32xf32>
    %cst_100 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %216 = stablehlo.reduce(%215 init: %cst_100) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_101 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %218 = stablehlo.broadcast_in_dim %cst_101, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %219 = stablehlo.divide %217, %218 : tensor<1x1x1xf32>
    %220 = stablehlo.broadcast_in_dim %219, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %221 = stablehlo.subtract %215, %220 : tensor<1x1x32xf32>
    %222 = chlo.square %221 : tensor<1x1x32xf32> -> tensor<1x1x32xf32>
    %cst_102 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %223 = stablehlo.reduce(%222 init: %cst_102) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_103 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %225 = stablehlo.broadcast_in_dim %cst_103, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %226 = stablehlo.divide %224, %225 : tensor<1x1x1xf32>
    %227 = stablehlo.broadcast_in_dim %219, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %228 = stablehlo.subtract %215, %227 : tensor<1x1x32xf32>
    %cst_104 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %229 = stablehlo.broadcast_in_dim %cst_104, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %230 = stablehlo.add %226, %229 : tensor<1x1x1xf32>
    %231 = stablehlo.rsqrt %230 : tensor<1x1x1xf32>
    %232 = stablehlo.broadcast_in_dim %231, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %233 = stablehlo.multiply %228, %232 : tensor<1x1x32xf32>
    %234 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %235 = stablehlo.multiply %233, %234 : tensor<1x1x32xf32>
    %236 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %237 = stablehlo.add %235, %236 : tensor<1x1x32xf32>
    %238 = stablehlo.dot_general %237, %arg22, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x64xf32>) -> tensor<1x1x64xf32>
    %239 = stablehlo.broadcast_in_dim %arg23, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %240 = stablehlo.add %238, %239 : tensor<1x1x64xf32>
    %241 = stablehlo.multiply %240, %240 : tensor<1x1x64xf32>
    %242 = stablehlo.multiply %241, %240 : tensor<1x1x64xf32>
    %cst_105 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %243 = stablehlo.broadcast_in_dim %cst_105, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %244 = stablehlo.multiply %243, %242 : tensor<1x1x64xf32>
    %245 = stablehlo.add %240, %244 : tensor<1x1x64xf32>
    %cst_106 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %246 = stablehlo.broadcast_in_dim %cst_106, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %247 = stablehlo.multiply %246, %245 : tensor<1x1x64xf32>
    %248 = stablehlo.tanh %247 : tensor<1x1x64xf32>
    %cst_107 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %249 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %250 = stablehlo.add %249, %248 : tensor<1x1x64xf32>
    %cst_108 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %251 = stablehlo.broadcast_in_dim %cst_108, dims = [] : (tensor<f32>) -> tensor<1x1x64xf32>
    %252 = stablehlo.multiply %251, %250 : tensor<1x1x64xf32>
    %253 = stablehlo.multiply %240, %252 : tensor<1x1x64xf32>
    %254 = stablehlo.dot_general %253, %arg24, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x64xf32>, tensor<64x32xf32>) -> tensor<1x1x32xf32>
    %255 = stablehlo.broadcast_in_dim %arg25, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %256 = stablehlo.add %254, %255 : tensor<1x1x32xf32>
    %257 = stablehlo.add %215, %256 : tensor<1x1x32xf32>
    %cst_109 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %258 = stablehlo.reduce(%257 init: %cst_109) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %259 = stablehlo.broadcast_in_dim %258, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_110 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %260 = stablehlo.broadcast_in_dim %cst_110, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %261 = stablehlo.divide %259, %260 : tensor<1x1x1xf32>
    %262 = stablehlo.broadcast_in_dim %261, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %263 = stablehlo.subtract %257, %262 : tensor<1x1x32xf32>
    %264 = chlo.square %263 : tensor<1x1x32xf32> -> tensor<1x1x32xf32>
    %cst_111 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %265 = stablehlo.reduce(%264 init: %cst_111) applies stablehlo.add across dimensions = [2] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_112 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %267 = stablehlo.broadcast_in_dim %cst_112, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %268 = stablehlo.divide %266, %267 : tensor<1x1x1xf32>
    %269 = stablehlo.broadcast_in_dim %261, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %270 = stablehlo.subtract %257, %269 : tensor<1x1x32xf32>
    %cst_113 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %271 = stablehlo.broadcast_in_dim %cst_113, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %272 = stablehlo.add %268, %271 : tensor<1x1x1xf32>
    %273 = stablehlo.rsqrt %272 : tensor<1x1x1xf32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x32xf32>
    %275 = stablehlo.multiply %270, %274 : tensor<1x1x32xf32>
    %276 = stablehlo.broadcast_in_dim %arg26, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %277 = stablehlo.multiply %275, %276 : tensor<1x1x32xf32>
    %278 = stablehlo.broadcast_in_dim %arg27, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %279 = stablehlo.add %277, %278 : tensor<1x1x32xf32>
    %280 = stablehlo.dot_general %279, %arg28, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1x32xf32>, tensor<32x32xf32>) -> tensor<1x1x32xf32>
    %281 = stablehlo.reshape %280 : (tensor<1x1x32xf32>) -> tensor<1x32xf32>
    %282 = call @argmax(%281) : (tensor<1x32xf32>) -> tensor<1xi32>
    %c_114 = stablehlo.constant dense<1> : tensor<i32>
    %283 = stablehlo.add %arg30, %c_114 : tensor<i32>
    return %282, %283, %57, %70, %179, %192, %282 : tensor<1xi32>, tensor<i32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1xi32>
  }
  func.func private @_where_0(%arg0: tensor<1x1x1x16xi1>, %arg1: tensor<1x2x1x16xf32>, %arg2: tensor<f32>) -> tensor<1x2x1x16xf32> {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2, 3] : (tensor<1x1x1x16xi1>) -> tensor<1x2x1x16xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<1x2x1x16xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<1x2x1x16xi1>, tensor<1x2x1x16xf32>
    return %3 : tensor<1x2x1x16xf32>
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
  func.func private @dynamic_update_index_in_dim(%arg0: tensor<12x1xi32>, %arg1: tensor<1xi32>, %arg2: tensor<i32>) -> tensor<12x1xi32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<1xi32>) -> tensor<1x1xi32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c : (tensor<12x1xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<12x1xi32>
    return %1 : tensor<12x1xi32>
  }
}
