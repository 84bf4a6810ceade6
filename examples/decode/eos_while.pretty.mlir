module @jit_eos_while attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<16x32xf32>, %arg1: tensor<32x32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<32xf32>, %arg4: tensor<32x32xf32>, %arg5: tensor<32x32xf32>, %arg6: tensor<32x32xf32>, %arg7: tensor<32x32xf32>, %arg8: tensor<32xf32>, %arg9: tensor<32xf32>, %arg10: tensor<32xf32>, %arg11: tensor<32xf32>, %arg12: tensor<64xf32>, %arg13: tensor<32xf32>, %arg14: tensor<32x64xf32>, %arg15: tensor<64x32xf32>, %arg16: tensor<32x32xf32>, %arg17: tensor<32x32xf32>, %arg18: tensor<32x32xf32>, %arg19: tensor<32x32xf32>, %arg20: tensor<32xf32>, %arg21: tensor<32xf32>, %arg22: tensor<32xf32>, %arg23: tensor<32xf32>, %arg24: tensor<64xf32>, %arg25: tensor<32xf32>, %arg26: tensor<32x64xf32>, %arg27: tensor<64x32xf32>, %arg28: tensor<32x32xf32>, %arg29: tensor<1x4xi32>) -> (tensor<1x16xi32> {jax.result_info = "result[0]"}, tensor<i32> {jax.result_info = "result[1]"}) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1x16xi32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %0, %arg29, %c_0, %c_1 : (tensor<1x16xi32>, tensor<1x4xi32>, tensor<i32>, tensor<i32>) -> tensor<1x16xi32>
    %c_2 = stablehlo.constant dense<false> : tensor<i1>
    %2 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i1>) -> tensor<1xi1>
    %c_3 = stablehlo.constant dense<3> : tensor<i32>
    %3:32 = stablehlo.while(%iterArg = %arg0, %iterArg_4 = %arg1, %iterArg_5 = %arg9, %iterArg_6 = %arg8, %iterArg_7 = %arg6, %iterArg_8 = %arg4, %iterArg_9 = %arg7, %iterArg_10 = %arg5, %iterArg_11 = %arg11, %iterArg_12 = %arg10, %iterArg_13 = %arg14, %iterArg_14 = %arg12, %iterArg_15 = %arg15, %iterArg_16 = %arg13, %iterArg_17 = %arg21, %iterArg_18 = %arg20, %iterArg_19 = %arg18, %iterArg_20 = %arg16, %iterArg_21 = %arg19, %iterArg_22 = %arg17, %iterArg_23 = %arg23, %iterArg_24 = %arg22, %iterArg_25 = %arg26, %iterArg_26 = %arg24, %iterArg_27 = %arg27, %iterArg_28 = %arg25, %iterArg_29 = %arg3, %iterArg_30 = %arg2, %iterArg_31 = %arg28, %iterArg_32 = %c_3, %iterArg_33 = %1, %iterArg_34 = %2) : tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<1x16xi32>, tensor<1xi1>
    cond {
      %c_35 = stablehlo.constant dense<15> : tensor<i32>
      %4 = stablehlo.compare LT, %iterArg_32, %c_35, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %c_36 = stablehlo.constant dense<true> : tensor<i1>
      %5 = stablehlo.reduce(%iterArg_34 init: %c_36) applies stablehlo.and across dimensions = [0] : (tensor<1xi1>, tensor<i1>) -> tensor<i1>
      %6 = stablehlo.not %5 : tensor<i1>
      %7 = stablehlo.and %4, %6 : tensor<i1>
      stablehlo.return %7 : tensor<i1>
    } do {
      %c_35 = stablehlo.constant dense<0> : tensor<i32>
      %c_36 = stablehlo.constant dense<0> : tensor<i32>
      %4 = stablehlo.dynamic_slice %iterArg, %c_35, %c_36, sizes = [16, 32] : (tensor<16x32xf32>, tensor<i32>, tensor<i32>) -> tensor<16x32xf32>
      %c_37 = stablehlo.constant dense<0> : tensor<i32>
      %5 = stablehlo.broadcast_in_dim %c_37, dims = [] : (tensor<i32>) -> tensor<1x16xi32>
      %6 = stablehlo.compare LT, %iterArg_33, %5, SIGNED : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
      %c_38 = stablehlo.constant dense<32> : tensor<i32>
      %7 = stablehlo.broadcast_in_dim %c_38, dims = [] : (tensor<i32>) -> tensor<1x16xi32>
      %8 = stablehlo.add %iterArg_33, %7 : tensor<1x16xi32>
      %9 = stablehlo.select %6, %8, %iterArg_33 : tensor<1x16xi1>, tensor<1x16xi32>
      %10 = stablehlo.broadcast_in_dim %9, dims = [0, 1] : (tensor<1x16xi32>) -> tensor<1x16x1xi32>
      %11 = "stablehlo.gather"(%iterArg_4, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xf32>, tensor<1x16x1xi32>) -> tensor<1x16x32xf32>
      %12 = stablehlo.broadcast_in_dim %4, dims = [1, 2] : (tensor<16x32xf32>) -> tensor<1x16x32xf32>
      %13 = stablehlo.add %11, %12 : tensor<1x16x32xf32>
      %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %14 = stablehlo.reduce(%13 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %cst_39 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
      %16 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
      %17 = stablehlo.divide %15, %16 : tensor<1x16x1xf32>
      %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %19 = stablehlo.subtract %13, %18 : tensor<1x16x32xf32>
      %20 = chlo.square %19 : tensor<1x16x32xf32> -> tensor<1x16x32xf32>
      %cst_40 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %21 = stablehlo.reduce(%20 init: %cst_40) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %cst_41 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
      %23 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
      %24 = stablehlo.divide %22, %23 : tensor<1x16x1xf32>
      %25 = stablehlo.broadcast_in_dim %17, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %26 = stablehlo.subtract %13, %25 : tensor<1x16x32xf32>
      %cst_42 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
      %27 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
      %28 = stablehlo.add %24, %27 : tensor<1x16x1xf32>
      %29 = stablehlo.rsqrt %28 : tensor<1x16x1xf32>
      %30 = stablehlo.broadcast_in_dim %29, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %31 = stablehlo.multiply %26, %30 : tensor<1x16x32xf32>
      %32 = stablehlo.broadcast_in_dim %iterArg_5, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %33 = stablehlo.broadcast_in_dim %32, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %34 = stablehlo.multiply %31, %33 : tensor<1x16x32xf32>
      %35 = stablehlo.broadcast_in_dim %iterArg_6, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %36 = stablehlo.broadcast_in_dim %35, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %37 = stablehlo.add %34, %36 : tensor<1x16x32xf32>
      %38 = stablehlo.dot_general %37, %iterArg_7, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
      %39 = stablehlo.reshape %38 : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %40 = stablehlo.transpose %39, dims = [0, 2, 1, 3] : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
      %41 = stablehlo.dot_general %37, %iterArg_8, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
      %42 = stablehlo.reshape %41 : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %43 = stablehlo.transpose %42, dims = [0, 2, 1, 3] : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
      %44 = stablehlo.dot_general %37, %iterArg_9, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
      %45 = stablehlo.reshape %44 : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %46 = stablehlo.transpose %45, dims = [0, 2, 1, 3] : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
      %c_43 = stablehlo.constant dense<true> : tensor<i1>
      %47 = stablehlo.broadcast_in_dim %c_43, dims = [] : (tensor<i1>) -> tensor<16x16xi1>
      %48 = func.call @tril(%47) : (tensor<16x16xi1>) -> tensor<16x16xi1>
      %49 = stablehlo.dot_general %40, %43, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
      %cst_44 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
      %50 = stablehlo.broadcast_in_dim %cst_44, dims = [] : (tensor<f32>) -> tensor<1x2x16x16xf32>
      %51 = stablehlo.multiply %49, %50 : tensor<1x2x16x16xf32>
      %cst_45 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
      %52 = func.call @_where(%48, %51, %cst_45) : (tensor<16x16xi1>, tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16x16xf32>
      %cst_46 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %53 = stablehlo.reduce(%52 init: %cst_46) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
      %cst_47 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %54 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<f32>) -> tensor<1x2x16xf32>
      %55 = stablehlo.maximum %54, %53 : tensor<1x2x16xf32>
      %56 = stablehlo.broadcast_in_dim %55, dims = [0, 1, 2] : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
      %57 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 2, 3] : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x16xf32>
      %58 = stablehlo.subtract %52, %57 : tensor<1x2x16x16xf32>
      %59 = stablehlo.exponential %58 : tensor<1x2x16x16xf32>
      %cst_48 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %60 = stablehlo.reduce(%59 init: %cst_48) applies stablehlo.add across dimensions = [3] : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
      %61 = stablehlo.broadcast_in_dim %60, dims = [0, 1, 2] : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
      %62 = stablehlo.broadcast_in_dim %61, dims = [0, 1, 2, 3] : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x16xf32>
      %63 = stablehlo.divide %59, %62 : tensor<1x2x16x16xf32>
      %64 = stablehlo.dot_general %63, %46, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
      %65 = stablehlo.transpose %64, dims = [0, 2, 1, 3] : (tensor<1x2x16x16xf32>) -> tensor<1x16x2x16xf32>
      %66 = stablehlo.reshape %65 : (tensor<1x16x2x16xf32>) -> tensor<1x16x32xf32>
      %67 = stablehlo.dot_general %66, %iterArg_10, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
      %68 = stablehlo.add %13, %67 : tensor<1x16x32xf32>
      %cst_49 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %69 = stablehlo.reduce(%68 init: %cst_49) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %70 = stablehlo.broadcast_in_dim %69, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %cst_50 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
      %71 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
      %72 = stablehlo.divide %70, %71 : tensor<1x16x1xf32>
      %73 = stablehlo.broadcast_in_dim %72, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %74 = stablehlo.subtract %68, %73 : tensor<1x16x32xf32>
      %75 = chlo.square %74 : tensor<1x16x32xf32> -> tensor<1x16x32xf32>
      %cst_51 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %76 = stablehlo.reduce(%75 init: %cst_51) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %77 = stablehlo.broadcast_in_dim %76, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %cst_52 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
      %78 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
      %79 = stablehlo.divide %77, %78 : tensor<1x16x1xf32>
      %80 = stablehlo.broadcast_in_dim %72, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %81 = stablehlo.subtract %68, %80 : tensor<1x16x32xf32>
      %cst_53 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
      %82 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
      %83 = stablehlo.add %79, %82 : tensor<1x16x1xf32>
      %84 = stablehlo.rsqrt %83 : tensor<1x16x1xf32>
      %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %86 = stablehlo.multiply %81, %85 : tensor<1x16x32xf32>
      %87 = stablehlo.broadcast_in_dim %iterArg_11, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %88 = stablehlo.broadcast_in_dim %87, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %89 = stablehlo.multiply %86, %88 : tensor<1x16x32xf32>
      %90 = stablehlo.broadcast_in_dim %iterArg_12, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %91 = stablehlo.broadcast_in_dim %90, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %92 = stablehlo.add %89, %91 : tensor<1x16x32xf32>
      %93 = stablehlo.dot_general %92, %iterArg_13, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x64xf32>) -> tensor<1x16x64xf32>
      %94 = stablehlo.broadcast_in_dim %iterArg_14, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %95 = stablehlo.broadcast_in_dim %94, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
      %96 = stablehlo.add %93, %95 : tensor<1x16x64xf32>
      %97 = stablehlo.multiply %96, %96 : tensor<1x16x64xf32>
      %98 = stablehlo.multiply %97, %96 : tensor<1x16x64xf32>
      %cst_54 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
      %99 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<1x16x64xf32>
      %100 = stablehlo.multiply %99, %98 : tensor<1x16x64xf32>
      %101 = stablehlo.add %96, %100 : tensor<1x16x64xf32>
      %cst_55 = stablehlo.constant dense<0.797884583> : tensor<f32>
      %102 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<1x16x64xf32>
      %103 = stablehlo.multiply %102, %101 : tensor<1x16x64xf32>
      %104 = stablehlo.tanh %103 : tensor<1x16x64xf32>
      %cst_56 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %105 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<1x16x64xf32>
      %106 = stablehlo.add %105, %104 : tensor<1x16x64xf32>
      %cst_57 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
      %107 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<1x16x64xf32>
      %108 = stablehlo.multiply %107, %106 : tensor<1x16x64xf32>
      %109 = stablehlo.multiply %96, %108 : tensor<1x16x64xf32>
      %110 = stablehlo.dot_general %109, %iterArg_15, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x64xf32>, tensor<64x32xf32>) -> tensor<1x16x32xf32>
      %111 = stablehlo.broadcast_in_dim %iterArg_16, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %112 = stablehlo.broadcast_in_dim %111, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %113 = stablehlo.add %110, %112 : tensor<1x16x32xf32>
      %114 = stablehlo.add %68, %113 : tensor<1x16x32xf32>
      %cst_58 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %115 = stablehlo.reduce(%114 init: %cst_58) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %116 = stablehlo.broadcast_in_dim %115, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %cst_59 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
      %117 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
      %118 = stablehlo.divide %116, %117 : tensor<1x16x1xf32>
      %119 = stablehlo.broadcast_in_dim %118, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %120 = stablehlo.subtract %114, %119 : tensor<1x16x32xf32>
      %121 = chlo.square %120 : tensor<1x16x32xf32> -> tensor<1x16x32xf32>
      %cst_60 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %122 = stablehlo.reduce(%121 init: %cst_60) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %123 = stablehlo.broadcast_in_dim %122, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %cst_61 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
      %124 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
      %125 = stablehlo.divide %123, %124 : tensor<1x16x1xf32>
      %126 = stablehlo.broadcast_in_dim %118, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %127 = stablehlo.subtract %114, %126 : tensor<1x16x32xf32>
      %cst_62 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
      %128 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
      %129 = stablehlo.add %125, %128 : tensor<1x16x1xf32>
      %130 = stablehlo.rsqrt %129 : tensor<1x16x1xf32>
      %131 = stablehlo.broadcast_in_dim %130, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %132 = stablehlo.multiply %127, %131 : tensor<1x16x32xf32>
      %133 = stablehlo.broadcast_in_dim %iterArg_17, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %134 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %135 = stablehlo.multiply %132, %134 : tensor<1x16x32xf32>
      %136 = stablehlo.broadcast_in_dim %iterArg_18, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %137 = stablehlo.broadcast_in_dim %136, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %138 = stablehlo.add %135, %137 : tensor<1x16x32xf32>
      %139 = stablehlo.dot_general %138, %iterArg_19, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
      %140 = stablehlo.reshape %139 : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %141 = stablehlo.transpose %140, dims = [0, 2, 1, 3] : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
      %142 = stablehlo.dot_general %138, %iterArg_20, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
      %143 = stablehlo.reshape %142 : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %144 = stablehlo.transpose %143, dims = [0, 2, 1, 3] : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
      %145 = stablehlo.dot_general %138, %iterArg_21, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
      %146 = stablehlo.reshape %145 : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
      %147 = stablehlo.transpose %146, dims = [0, 2, 1, 3] : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
      %c_63 = stablehlo.constant dense<true> : tensor<i1>
      %148 = stablehlo.broadcast_in_dim %c_63, dims = [] : (tensor<i1>) -> tensor<16x16xi1>
      %149 = func.call @tril(%148) : (tensor<16x16xi1>) -> tensor<16x16xi1>
      %150 = stablehlo.dot_general %141, %144, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
      %cst_64 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
      %151 = stablehlo.broadcast_in_dim %cst_64, dims = [] : (tensor<f32>) -> tensor<1x2x16x16xf32>
      %152 = stablehlo.multiply %150, %151 : tensor<1x2x16x16xf32>
      %cst_65 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
      %153 = func.call @_where(%149, %152, %cst_65) : (tensor<16x16xi1>, tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16x16xf32>
      %cst_66 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %154 = stablehlo.reduce(%153 init: %cst_66) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
      %cst_67 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %155 = stablehlo.broadcast_in_dim %cst_67, dims = [] : (tensor<f32>) -> tensor<1x2x16xf32>
      %156 = stablehlo.maximum %155, %154 : tensor<1x2x16xf32>
      %157 = stablehlo.broadcast_in_dim %156, dims = [0, 1, 2] : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
      %158 = stablehlo.broadcast_in_dim %157, dims = [0, 1, 2, 3] : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x16xf32>
      %159 = stablehlo.subtract %153, %158 : tensor<1x2x16x16xf32>
      %160 = stablehlo.exponential %159 : tensor<1x2x16x16xf32>
      %cst_68 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %161 = stablehlo.reduce(%160 init: %cst_68) applies stablehlo.add across dimensions = [3] : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
      %162 = stablehlo.broadcast_in_dim %161, dims = [0, 1, 2] : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
      %163 = stablehlo.broadcast_in_dim %162, dims = [0, 1, 2, 3] : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x16xf32>
      %164 = stablehlo.divide %160, %163 : tensor<1x2x16x16xf32>
      %165 = stablehlo.dot_general %164, %147, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
      %166 = stablehlo.transpose %165, dims = [0, 2, 1, 3] : (tensor<1x2x16x16xf32>) -> tensor<1x16x2x16xf32>
      %167 = stablehlo.reshape %166 : (tensor<1x16x2x16xf32>) -> tensor<1x16x32xf32>
      %168 = stablehlo.dot_general %167, %iterArg_22, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
      %169 = stablehlo.add %114, %168 : tensor<1x16x32xf32>
      %cst_69 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %170 = stablehlo.reduce(%169 init: %cst_69) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %171 = stablehlo.broadcast_in_dim %170, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %cst_70 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
      %172 = stablehlo.broadcast_in_dim %cst_70, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
      %173 = stablehlo.divide %171, %172 : tensor<1x16x1xf32>
      %174 = stablehlo.broadcast_in_dim %173, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %175 = stablehlo.subtract %169, %174 : tensor<1x16x32xf32>
      %176 = chlo.square %175 : tensor<1x16x32xf32> -> tensor<1x16x32xf32>
      %cst_71 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %177 = stablehlo.reduce(%176 init: %cst_71) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %178 = stablehlo.broadcast_in_dim %177, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %cst_72 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
      %179 = stablehlo.broadcast_in_dim %cst_72, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
      %180 = stablehlo.divide %178, %179 : tensor<1x16x1xf32>
      %181 = stablehlo.broadcast_in_dim %173, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %182 = stablehlo.subtract %169, %181 : tensor<1x16x32xf32>
      %cst_73 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
      %183 = stablehlo.broadcast_in_dim %cst_73, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
      %184 = stablehlo.add %180, %183 : tensor<1x16x1xf32>
      %185 = stablehlo.rsqrt %184 : tensor<1x16x1xf32>
      %186 = stablehlo.broadcast_in_dim %185, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %187 = stablehlo.multiply %182, %186 : tensor<1x16x32xf32>
      %188 = stablehlo.broadcast_in_dim %iterArg_23, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %189 = stablehlo.broadcast_in_dim %188, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %190 = stablehlo.multiply %187, %189 : tensor<1x16x32xf32>
      %191 = stablehlo.broadcast_in_dim %iterArg_24, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %192 = stablehlo.broadcast_in_dim %191, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %193 = stablehlo.add %190, %192 : tensor<1x16x32xf32>
      %194 = stablehlo.dot_general %193, %iterArg_25, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x64xf32>) -> tensor<1x16x64xf32>
      %195 = stablehlo.broadcast_in_dim %iterArg_26, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %196 = stablehlo.broadcast_in_dim %195, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
      %197 = stablehlo.add %194, %196 : tensor<1x16x64xf32>
      %198 = stablehlo.multiply %197, %197 : tensor<1x16x64xf32>
      %199 = stablehlo.multiply %198, %197 : tensor<1x16x64xf32>
      %cst_74 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
      %200 = stablehlo.broadcast_in_dim %cst_74, dims = [] : (tensor<f32>) -> tensor<1x16x64xf32>
      %201 = stablehlo.multiply %200, %199 : tensor<1x16x64xf32>
      %202 = stablehlo.add %197, %201 : tensor<1x16x64xf32>
      %cst_75 = stablehlo.constant dense<0.797884583> : tensor<f32>
      %203 = stablehlo.broadcast_in_dim %cst_75, dims = [] : (tensor<f32>) -> tensor<1x16x64xf32>
      %204 = stablehlo.multiply %203, %202 : tensor<1x16x64xf32>
      %205 = stablehlo.tanh %204 : tensor<1x16x64xf32>
      %cst_76 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %206 = stablehlo.broadcast_in_dim %cst_76, dims = [] : (tensor<f32>) -> tensor<1x16x64xf32>
      %207 = stablehlo.add %206, %205 : tensor<1x16x64xf32>
      %cst_77 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
      %208 = stablehlo.broadcast_in_dim %cst_77, dims = [] : (tensor<f32>) -> tensor<1x16x64xf32>
      %209 = stablehlo.multiply %208, %207 : tensor<1x16x64xf32>
      %210 = stablehlo.multiply %197, %209 : tensor<1x16x64xf32>
      %211 = stablehlo.dot_general %210, %iterArg_27, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x64xf32>, tensor<64x32xf32>) -> tensor<1x16x32xf32>
      %212 = stablehlo.broadcast_in_dim %iterArg_28, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %213 = stablehlo.broadcast_in_dim %212, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %214 = stablehlo.add %211, %213 : tensor<1x16x32xf32>
      %215 = stablehlo.add %169, %214 : tensor<1x16x32xf32>
      %cst_78 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %216 = stablehlo.reduce(%215 init: %cst_78) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %217 = stablehlo.broadcast_in_dim %216, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %cst_79 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
      %218 = stablehlo.broadcast_in_dim %cst_79, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
      %219 = stablehlo.divide %217, %218 : tensor<1x16x1xf32>
      %220 = stablehlo.broadcast_in_dim %219, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %221 = stablehlo.subtract %215, %220 : tensor<1x16x32xf32>
      %222 = chlo.square %221 : tensor<1x16x32xf32> -> tensor<1x16x32xf32>
      %cst_80 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %223 = stablehlo.reduce(%222 init: %cst_80) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
      %224 = stablehlo.broadcast_in_dim %223, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
      %cst_81 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
      %225 = stablehlo.broadcast_in_dim %cst_81, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
      %226 = stablehlo.divide %224, %225 : tensor<1x16x1xf32>
      %227 = stablehlo.broadcast_in_dim %219, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %228 = stablehlo.subtract %215, %227 : tensor<1x16x32xf32>
      %cst_82 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
      %229 = stablehlo.broadcast_in_dim %cst_82, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
      %230 = stablehlo.add %226, %229 : tensor<1x16x1xf32>
      %231 = stablehlo.rsqrt %230 : tensor<1x16x1xf32>
      %232 = stablehlo.broadcast_in_dim %231, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
      %233 = stablehlo.multiply %228, %232 : tensor<1x16x32xf32>
      %234 = stablehlo.broadcast_in_dim %iterArg_29, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %235 = stablehlo.broadcast_in_dim %234, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %236 = stablehlo.multiply %233, %235 : tensor<1x16x32xf32>
      %237 = stablehlo.broadcast_in_dim %iterArg_30, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
      %238 = stablehlo.broadcast_in_dim %237, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
      %239 = stablehlo.add %236, %238 : tensor<1x16x32xf32>
      %240 = stablehlo.dot_general %239, %iterArg_31, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
      %c_83 = stablehlo.constant dense<0> : tensor<i32>
      %c_84 = stablehlo.constant dense<0> : tensor<i32>
      %241 = stablehlo.compare LT, %c_83, %c_84, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %c_85 = stablehlo.constant dense<0> : tensor<i32>
      %c_86 = stablehlo.constant dense<1> : tensor<i32>
      %242 = stablehlo.add %c_85, %c_86 : tensor<i32>
      %c_87 = stablehlo.constant dense<0> : tensor<i32>
      %243 = stablehlo.select %241, %242, %c_87 : tensor<i1>, tensor<i32>
      %c_88 = stablehlo.constant dense<0> : tensor<i32>
      %244 = stablehlo.compare LT, %iterArg_32, %c_88, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %c_89 = stablehlo.constant dense<16> : tensor<i32>
      %245 = stablehlo.add %iterArg_32, %c_89 : tensor<i32>
      %246 = stablehlo.select %244, %245, %iterArg_32 : tensor<i1>, tensor<i32>
      %c_90 = stablehlo.constant dense<0> : tensor<i32>
      %c_91 = stablehlo.constant dense<0> : tensor<i32>
      %247 = stablehlo.compare LT, %c_90, %c_91, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %c_92 = stablehlo.constant dense<0> : tensor<i32>
      %c_93 = stablehlo.constant dense<32> : tensor<i32>
      %248 = stablehlo.add %c_92, %c_93 : tensor<i32>
      %c_94 = stablehlo.constant dense<0> : tensor<i32>
      %249 = stablehlo.select %247, %248, %c_94 : tensor<i1>, tensor<i32>
      %250 = stablehlo.dynamic_slice %240, %243, %246, %249, sizes = [1, 1, 32] : (tensor<1x16x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x32xf32>
      %251 = stablehlo.reshape %250 : (tensor<1x1x32xf32>) -> tensor<1x32xf32>
      %252 = func.call @argmax(%251) : (tensor<1x32xf32>) -> tensor<1xi32>
      %c_95 = stablehlo.constant dense<1> : tensor<i32>
      %253 = func.call @_where_0(%iterArg_34, %c_95, %252) : (tensor<1xi1>, tensor<i32>, tensor<1xi32>) -> tensor<1xi32>
      %c_96 = stablehlo.constant dense<1> : tensor<i32>
      %254 = stablehlo.add %iterArg_32, %c_96 : tensor<i32>
      %c_97 = stablehlo.constant dense<0> : tensor<i32>
      %255 = stablehlo.compare LT, %254, %c_97, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %c_98 = stablehlo.constant dense<16> : tensor<i32>
      %256 = stablehlo.add %254, %c_98 : tensor<i32>
      %257 = stablehlo.select %255, %256, %254 : tensor<i1>, tensor<i32>
      %258 = stablehlo.broadcast_in_dim %257, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %259 = "stablehlo.scatter"(%iterArg_33, %258, %253) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
      ^bb0(%arg30: tensor<i32>, %arg31: tensor<i32>):
        stablehlo.return %arg31 : tensor<i32>
      }) : (tensor<1x16xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<1x16xi32>
      %c_99 = stablehlo.constant dense<1> : tensor<i32>
      %260 = stablehlo.add %iterArg_32, %c_99 : tensor<i32>
      %c_100 = stablehlo.constant dense<23> : tensor<i32>
      %261 = stablehlo.broadcast_in_dim %c_100, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %262 = stablehlo.compare EQ, %253, %261, SIGNED : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
      %263 = stablehlo.or %iterArg_34, %262 : tensor<1xi1>
      stablehlo.return %iterArg, %iterArg_4, %iterArg_5, %iterArg_6, %iterArg_7, %iterArg_8, %iterArg_9, %iterArg_10, %iterArg_11, %iterArg_12, %iterArg_13, %iterArg_14, %iterArg_15, %iterArg_16, %iterArg_17, %iterArg_18, %iterArg_19, %iterArg_20, %iterArg_21, %iterArg_22, %iterArg_23, %iterArg_24, %iterArg_25, %iterArg_26, %iterArg_27, %iterArg_28, %iterArg_29, %iterArg_30, %iterArg_31, %260, %259, %263 : tensor<16x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<i32>, tensor<1x16xi32>, tensor<1xi1>
    }
    return %3#30, %3#29 : tensor<1x16xi32>, tensor<i32>
  }
  func.func private @tril(%arg0: tensor<16x16xi1>) -> tensor<16x16xi1> {
    %0 = stablehlo.iota dim = 0 : tensor<16x16xi32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<16x16xi32>
    %2 = stablehlo.add %0, %1 : tensor<16x16xi32>
    %3 = stablehlo.iota dim = 1 : tensor<16x16xi32>
    %4 = stablehlo.compare GE, %2, %3, SIGNED : (tensor<16x16xi32>, tensor<16x16xi32>) -> tensor<16x16xi1>
    %c_0 = stablehlo.constant dense<false> : tensor<i1>
    %5 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i1>) -> tensor<16x16xi1>
    %6 = stablehlo.select %4, %arg0, %5 : tensor<16x16xi1>, tensor<16x16xi1>
    return %6 : tensor<16x16xi1>
  }
  func.func private @_where(%arg0: tensor<16x16xi1>, %arg1: tensor<1x2x16x16xf32>, %arg2: tensor<f32>) -> tensor<1x2x16x16xf32> {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [2, 3] : (tensor<16x16xi1>) -> tensor<1x2x16x16xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<1x2x16x16xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<1x2x16x16xi1>, tensor<1x2x16x16xf32>
    return %3 : tensor<1x2x16x16xf32>
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
  func.func private @_where_0(%arg0: tensor<1xi1>, %arg1: tensor<i32>, %arg2: tensor<1xi32>) -> tensor<1xi32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.select %arg0, %1, %arg2 : tensor<1xi1>, tensor<1xi32>
    return %2 : tensor<1xi32>
  }
}
