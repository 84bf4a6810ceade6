module @jit_bf16_decode attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<16x32xbf16>, %arg1: tensor<32x32xbf16>, %arg2: tensor<32xbf16>, %arg3: tensor<32xbf16>, %arg4: tensor<32x32xbf16>, %arg5: tensor<32x32xbf16>, %arg6: tensor<32x32xbf16>, %arg7: tensor<32x32xbf16>, %arg8: tensor<32xbf16>, %arg9: tensor<32xbf16>, %arg10: tensor<32xbf16>, %arg11: tensor<32xbf16>, %arg12: tensor<64xbf16>, %arg13: tensor<32xbf16>, %arg14: tensor<32x64xbf16>, %arg15: tensor<64x32xbf16>, %arg16: tensor<32x32xbf16>, %arg17: tensor<32x32xbf16>, %arg18: tensor<32x32xbf16>, %arg19: tensor<32x32xbf16>, %arg20: tensor<32xbf16>, %arg21: tensor<32xbf16>, %arg22: tensor<32xbf16>, %arg23: tensor<32xbf16>, %arg24: tensor<64xbf16>, %arg25: tensor<32xbf16>, %arg26: tensor<32x64xbf16>, %arg27: tensor<64x32xbf16>, %arg28: tensor<32x32xbf16>, %arg29: tensor<1x4xi32>) -> (tensor<1x16xi32> {jax.result_info = "result"}) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1x16xi32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %0, %arg29, %c_0, %c_1 : (tensor<1x16xi32>, tensor<1x4xi32>, tensor<i32>, tensor<i32>) -> tensor<1x16xi32>
    %c_2 = stablehlo.constant dense<3> : tensor<i32>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %2:32 = stablehlo.while(%iterArg = %arg0, %iterArg_4 = %arg1, %iterArg_5 = %arg9, %iterArg_6 = %arg8, %iterArg_7 = %arg6, %iterArg_8 = %arg4, %iterArg_9 = %arg7, %iterArg_10 = %arg5, %iterArg_11 = %arg11, %iterArg_12 = %arg10, %iterArg_13 = %arg14, %iterArg_14 = %arg12, %iterArg_15 = %arg15, %iterArg_16 = %arg13, %iterArg_17 = %arg21, %iterArg_18 = %arg20, %iterArg_19 = %arg18, %iterArg_20 = %arg16, %iterArg_21 = %arg19, %iterArg_22 = %arg17, %iterArg_23 = %arg23, %iterArg_24 = %arg22, %iterArg_25 = %arg26, %iterArg_26 = %arg24, %iterArg_27 = %arg27, %iterArg_28 = %arg25, %iterArg_29 = %arg3, %iterArg_30 = %arg2, %iterArg_31 = %arg28, %iterArg_32 = %c_3, %iterArg_33 = %c_2, %iterArg_34 = %1) : tensor<16x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x64xbf16>, tensor<64xbf16>, tensor<64x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x64xbf16>, tensor<64xbf16>, tensor<64x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<i32>, tensor<i32>, tensor<1x16xi32>
    cond {
      %c_35 = stablehlo.constant dense<12> : tensor<i32>
      %3 = stablehlo.compare LT, %iterArg_32, %c_35, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %3 : tensor<i1>
    } do {
      %3:2 = func.call @closed_call(%iterArg, %iterArg_4, %iterArg_5, %iterArg_6, %iterArg_7, %iterArg_8, %iterArg_9, %iterArg_10, %iterArg_11, %iterArg_12, %iterArg_13, %iterArg_14, %iterArg_15, %iterArg_16, %iterArg_17, %iterArg_18, %iterArg_19, %iterArg_20, %iterArg_21, %iterArg_22, %iterArg_23, %iterArg_24, %iterArg_25, %iterArg_26, %iterArg_27, %iterArg_28, %iterArg_29, %iterArg_30, %iterArg_31, %iterArg_33, %iterArg_34) : (tensor<16x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x64xbf16>, tensor<64xbf16>, tensor<64x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x64xbf16>, tensor<64xbf16>, tensor<64x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<i32>, tensor<1x16xi32>) -> (tensor<i32>, tensor<1x16xi32>)
      %c_35 = stablehlo.constant dense<1> : tensor<i32>
      %4 = stablehlo.add %iterArg_32, %c_35 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_4, %iterArg_5, %iterArg_6, %iterArg_7, %iterArg_8, %iterArg_9, %iterArg_10, %iterArg_11, %iterArg_12, %iterArg_13, %iterArg_14, %iterArg_15, %iterArg_16, %iterArg_17, %iterArg_18, %iterArg_19, %iterArg_20, %iterArg_21, %iterArg_22, %iterArg_23, %iterArg_24, %iterArg_25, %iterArg_26, %iterArg_27, %iterArg_28, %iterArg_29, %iterArg_30, %iterArg_31, %4, %3#0, %3#1 : tensor<16x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x64xbf16>, tensor<64xbf16>, tensor<64x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x64xbf16>, tensor<64xbf16>, tensor<64x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<i32>, tensor<i32>, tensor<1x16xi32>
    }
    return %2#31 : tensor<1x16xi32>
  }
  func.func private @closed_call(%arg0: tensor<16x32xbf16>, %arg1: tensor<32x32xbf16>, %arg2: tensor<32xbf16>, %arg3: tensor<32xbf16>, %arg4: tensor<32x32xbf16>, %arg5: tensor<32x32xbf16>, %arg6: tensor<32x32xbf16>, %arg7: tensor<32x32xbf16>, %arg8: tensor<32xbf16>, %arg9: tensor<32xbf16>, %arg10: tensor<32x64xbf16>, %arg11: tensor<64xbf16>, %arg12: tensor<64x32xbf16>, %arg13: tensor<32xbf16>, %arg14: tensor<32xbf16>, %arg15: tensor<32xbf16>, %arg16: tensor<32x32xbf16>, %arg17: tensor<32x32xbf16>, %arg18: tensor<32x32xbf16>, %arg19: tensor<32x32xbf16>, %arg20: tensor<32xbf16>, %arg21: tensor<32xbf16>, %arg22: tensor<32x64xbf16>, %arg23: tensor<64xbf16>, %arg24: tensor<64x32xbf16>, %arg25: tensor<32xbf16>, %arg26: tensor<32xbf16>, %arg27: tensor<32xbf16>, %arg28: tensor<32x32xbf16>, %arg29: tensor<i32>, %arg30: tensor<1x16xi32>) -> (tensor<i32>, tensor<1x16xi32>) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.add %arg29, %c : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_slice %arg0, %c_0, %c_1, sizes = [16, 32] : (tensor<16x32xbf16>, tensor<i32>, tensor<i32>) -> tensor<16x32xbf16>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<1x16xi32>
    %3 = stablehlo.compare LT, %arg30, %2, SIGNED : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %c_3 = stablehlo.constant dense<32> : tensor<i32>
    %4 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<1x16xi32>
    %5 = stablehlo.add %arg30, %4 : tensor<1x16xi32>
    %6 = stablehlo.select %3, %5, %arg30 : tensor<1x16xi1>, tensor<1x16xi32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [0, 1] : (tensor<1x16xi32>) -> tensor<1x16x1xi32>
    %8 = "stablehlo.gather"(%arg1, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xbf16>, tensor<1x16x1xi32>) -> tensor<1x16x32xbf16>
    %9 = stablehlo.broadcast_in_dim %1, dims = [1, 2] : (tensor<16x32xbf16>) -> tensor<1x16x32xbf16>
    %10 = stablehlo.add %8, %9 : tensor<1x16x32xbf16>
    %11 = stablehlo.convert %10 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %12 = stablehlo.reduce(%11 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %13 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %cst_4 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %15 = stablehlo.divide %13, %14 : tensor<1x16x1xf32>
    %16 = stablehlo.convert %15 : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %17 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 2] : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %18 = stablehlo.subtract %10, %17 : tensor<1x16x32xbf16>
    %19 = chlo.square %18 : tensor<1x16x32xbf16> -> tensor<1x16x32xbf16>
    %20 = stablehlo.convert %19 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %21 = stablehlo.reduce(%20 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %cst_6 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %24 = stablehlo.divide %22, %23 : tensor<1x16x1xf32>
    %25 = stablehlo.convert %24 : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %26 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 2] : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %27 = stablehlo.subtract %10, %26 : tensor<1x16x32xbf16>
    %cst_7 = stablehlo.constant dense<1.001360e-05> : tensor<bf16>
    %28 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<bf16>) -> tensor<1x16x1xbf16>
    %29 = stablehlo.add %25, %28 : tensor<1x16x1xbf16>
    %30 = stablehlo.rsqrt %29 : tensor<1x16x1xbf16>
    %31 = stablehlo.broadcast_in_dim %30, dims = [0, 1, 2] : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %32 = stablehlo.multiply %27, %31 : tensor<1x16x32xbf16>
    %33 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %34 = stablehlo.broadcast_in_dim %33, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %35 = stablehlo.multiply %32, %34 : tensor<1x16x32xbf16>
    %36 = stablehlo.broadcast_in_dim %arg3, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %37 = stablehlo.broadcast_in_dim %36, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %38 = stablehlo.add %35, %37 : tensor<1x16x32xbf16>
    %39 = stablehlo.dot_general %38, %arg4, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %40 = stablehlo.reshape %39 : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %41 = stablehlo.transpose %40, dims = [0, 2, 1, 3] : (tensor<1x16x2x16xbf16>) -> tensor<1x2x16x16xbf16>
    %42 = stablehlo.dot_general %38, %arg5, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %43 = stablehlo.reshape %42 : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %44 = stablehlo.transpose %43, dims = [0, 2, 1, 3] : (tensor<1x16x2x16xbf16>) -> tensor<1x2x16x16xbf16>
    %45 = stablehlo.dot_general %38, %arg6, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %46 = stablehlo.reshape %45 : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %47 = stablehlo.transpose %46, dims = [0, 2, 1, 3] : (tensor<1x16x2x16xbf16>) -> tensor<1x2x16x16xbf16>
    %c_8 = stablehlo.constant dense<true> : tensor<i1>
    %48 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<i1>) -> tensor<16x16xi1>
    %49 = call @tril(%48) : (tensor<16x16xi1>) -> tensor<16x16xi1>
    %50 = stablehlo.dot_general %41, %44, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %cst_9 = stablehlo.constant dense<2.500000e-01> : tensor<bf16>
    %51 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<bf16>) -> tensor<1x2x16x16xbf16>
    %52 = stablehlo.multiply %50, %51 : tensor<1x2x16x16xbf16>
    %cst_10 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
    %53 = call @_where(%49, %52, %cst_10) : (tensor<16x16xi1>, tensor<1x2x16x16xbf16>, tensor<f32>) -> tensor<1x2x16x16xbf16>
    %cst_11 = stablehlo.constant dense<0xFF80> : tensor<bf16>
    %54 = stablehlo.reduce(%53 init: %cst_11) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x16x16xbf16>, tensor<bf16>) -> tensor<1x2x16xbf16>
    %cst_12 = stablehlo.constant dense<0xFF80> : tensor<bf16>
    %55 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<bf16>) -> tensor<1x2x16xbf16>
    %56 = stablehlo.maximum %55, %54 : tensor<1x2x16xbf16>
    %57 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 2] : (tensor<1x2x16xbf16>) -> tensor<1x2x16x1xbf16>
    %58 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 2, 3] : (tensor<1x2x16x1xbf16>) -> tensor<1x2x16x16xbf16>
    %59 = stablehlo.subtract %53, %58 : tensor<1x2x16x16xbf16>
    %60 = stablehlo.exponential %59 : tensor<1x2x16x16xbf16>
    %61 = stablehlo.convert %60 : (tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xf32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %62 = stablehlo.reduce(%61 init: %cst_13) applies stablehlo.add across dimensions = [3] : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
    %63 = stablehlo.broadcast_in_dim %62, dims = [0, 1, 2] : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
    %64 = stablehlo.convert %63 : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x1xbf16>
    %65 = stablehlo.broadcast_in_dim %64, dims = [0, 1, 2, 3] : (tensor<1x2x16x1xbf16>) -> tensor<1x2x16x16xbf16>
    %66 = stablehlo.divide %60, %65 : tensor<1x2x16x16xbf16>
    %67 = stablehlo.dot_general %66, %47, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %68 = stablehlo.transpose %67, dims = [0, 2, 1, 3] : (tensor<1x2x16x16xbf16>) -> tensor<1x16x2x16xbf16>
    %69 = stablehlo.reshape %68 : (tensor<1x16x2x16xbf16>) -> tensor<1x16x32xbf16>
    %70 = stablehlo.dot_general %69, %arg7, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %71 = stablehlo.add %10, %70 : tensor<1x16x32xbf16>
    %72 = stablehlo.convert %71 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %cst_14 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %73 = stablehlo.reduce(%72 init: %cst_14) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %cst_15 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %76 = stablehlo.divide %74, %75 : tensor<1x16x1xf32>
    %77 = stablehlo.convert %76 : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %78 = stablehlo.broadcast_in_dim %77, dims = [0, 1, 2] : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %79 = stablehlo.subtract %71, %78 : tensor<1x16x32xbf16>
    %80 = chlo.square %79 : tensor<1x16x32xbf16> -> tensor<1x16x32xbf16>
    %81 = stablehlo.convert %80 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %cst_16 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %82 = stablehlo.reduce(%81 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %cst_17 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %85 = stablehlo.divide %83, %84 : tensor<1x16x1xf32>
    %86 = stablehlo.convert %85 : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %87 = stablehlo.broadcast_in_dim %77, dims = [0, 1, 2] : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %88 = stablehlo.subtract %71, %87 : tensor<1x16x32xbf16>
    %cst_18 = stablehlo.constant dense<1.001360e-05> : tensor<bf16>
    %89 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<bf16>) -> tensor<1x16x1xbf16>
    %90 = stablehlo.add %86, %89 : tensor<1x16x1xbf16>
    %91 = stablehlo.rsqrt %90 : tensor<1x16x1xbf16>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2] : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %93 = stablehlo.multiply %88, %92 : tensor<1x16x32xbf16>
    %94 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %95 = stablehlo.broadcast_in_dim %94, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %96 = stablehlo.multiply %93, %95 : tensor<1x16x32xbf16>
    %97 = stablehlo.broadcast_in_dim %arg9, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %98 = stablehlo.broadcast_in_dim %97, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %99 = stablehlo.add %96, %98 : tensor<1x16x32xbf16>
    %100 = stablehlo.dot_general %99, %arg10, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xbf16>, tensor<32x64xbf16>) -> tensor<1x16x64xbf16>
    %101 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %102 = stablehlo.broadcast_in_dim %101, dims = [0, 1, 2] : (tensor<1x1x64xbf16>) -> tensor<1x16x64xbf16>
    %103 = stablehlo.add %100, %102 : tensor<1x16x64xbf16>
    %104 = stablehlo.multiply %103, %103 : tensor<1x16x64xbf16>
    %105 = stablehlo.multiply %104, %103 : tensor<1x16x64xbf16>
    %cst_19 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %106 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<bf16>) -> tensor<1x16x64xbf16>
    %107 = stablehlo.multiply %106, %105 : tensor<1x16x64xbf16>
    %108 = stablehlo.add %103, %107 : tensor<1x16x64xbf16>
    %cst_20 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %109 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<bf16>) -> tensor<1x16x64xbf16>
    %110 = stablehlo.multiply %109, %108 : tensor<1x16x64xbf16>
    %111 = stablehlo.tanh %110 : tensor<1x16x64xbf16>
    %cst_21 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %112 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<bf16>) -> tensor<1x16x64xbf16>
    %113 = stablehlo.add %112, %111 : tensor<1x16x64xbf16>
    %cst_22 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %114 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<bf16>) -> tensor<1x16x64xbf16>
    %115 = stablehlo.multiply %114, %113 : tensor<1x16x64xbf16>
    %116 = stablehlo.multiply %103, %115 : tensor<1x16x64xbf16>
    %117 = stablehlo.dot_general %116, %arg12, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x64xbf16>, tensor<64x32xbf16>) -> tensor<1x16x32xbf16>
    %118 = stablehlo.broadcast_in_dim %arg13, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %119 = stablehlo.broadcast_in_dim %118, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %120 = stablehlo.add %117, %119 : tensor<1x16x32xbf16>
    %121 = stablehlo.add %71, %120 : tensor<1x16x32xbf16>
    %122 = stablehlo.convert %121 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %cst_23 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %123 = stablehlo.reduce(%122 init: %cst_23) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %124 = stablehlo.broadcast_in_dim %123, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %cst_24 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %125 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %126 = stablehlo.divide %124, %125 : tensor<1x16x1xf32>
    %127 = stablehlo.convert %126 : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0, 1, 2] : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %129 = stablehlo.subtract %121, %128 : tensor<1x16x32xbf16>
    %130 = chlo.square %129 : tensor<1x16x32xbf16> -> tensor<1x16x32xbf16>
    %131 = stablehlo.convert %130 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %cst_25 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %132 = stablehlo.reduce(%131 init: %cst_25) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %cst_26 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %134 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %135 = stablehlo.divide %133, %134 : tensor<1x16x1xf32>
    %136 = stablehlo.convert %135 : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %137 = stablehlo.broadcast_in_dim %127, dims = [0, 1, 2] : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %138 = stablehlo.subtract %121, %137 : tensor<1x16x32xbf16>
    %cst_27 = stablehlo.constant dense<1.001360e-05> : tensor<bf16>
    %139 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<bf16>) -> tensor<1x16x1xbf16>
    %140 = stablehlo.add %136, %139 : tensor<1x16x1xbf16>
    %141 = stablehlo.rsqrt %140 : tensor<1x16x1xbf16>
    %142 = stablehlo.broadcast_in_dim %141, dims = [0, 1, 2] : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %143 = stablehlo.multiply %138, %142 : tensor<1x16x32xbf16>
    %144 = stablehlo.broadcast_in_dim %arg14, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %145 = stablehlo.broadcast_in_dim %144, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %146 = stablehlo.multiply %143, %145 : tensor<1x16x32xbf16>
    %147 = stablehlo.broadcast_in_dim %arg15, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %148 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %149 = stablehlo.add %146, %148 : tensor<1x16x32xbf16>
    %150 = stablehlo.dot_general %149, %arg16, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %151 = stablehlo.reshape %150 : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %152 = stablehlo.transpose %151, dims = [0, 2, 1, 3] : (tensor<1x16x2x16xbf16>) -> tensor<1x2x16x16xbf16>
    %153 = stablehlo.dot_general %149, %arg17, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %154 = stablehlo.reshape %153 : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %155 = stablehlo.transpose %154, dims = [0, 2, 1, 3] : (tensor<1x16x2x16xbf16>) -> tensor<1x2x16x16xbf16>
    %156 = stablehlo.dot_general %149, %arg18, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %157 = stablehlo.reshape %156 : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %158 = stablehlo.transpose %157, dims = [0, 2, 1, 3] : (tensor<1x16x2x16xbf16>) -> tensor<1x2x16x16xbf16>
    %c_28 = stablehlo.constant dense<true> : tensor<i1>
    %159 = stablehlo.broadcast_in_dim %c_28, dims = [] : (tensor<i1>) -> tensor<16x16xi1>
    %160 = call @tril(%159) : (tensor<16x16xi1>) -> tensor<16x16xi1>
    %161 = stablehlo.dot_general %152, %155, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %cst_29 = stablehlo.constant dense<2.500000e-01> : tensor<bf16>
    %162 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<bf16>) -> tensor<1x2x16x16xbf16>
    %163 = stablehlo.multiply %161, %162 : tensor<1x2x16x16xbf16>
    %cst_30 = stablehlo.constant dense<-1.000000e+30> : tensor<f32>
    %164 = call @_where(%160, %163, %cst_30) : (tensor<16x16xi1>, tensor<1x2x16x16xbf16>, tensor<f32>) -> tensor<1x2x16x16xbf16>
    %cst_31 = stablehlo.constant dense<0xFF80> : tensor<bf16>
    %165 = stablehlo.reduce(%164 init: %cst_31) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x16x16xbf16>, tensor<bf16>) -> tensor<1x2x16xbf16>
    %cst_32 = stablehlo.constant dense<0xFF80> : tensor<bf16>
    %166 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<bf16>) -> tensor<1x2x16xbf16>
    %167 = stablehlo.maximum %166, %165 : tensor<1x2x16xbf16>
    %168 = stablehlo.broadcast_in_dim %167, dims = [0, 1, 2] : (tensor<1x2x16xbf16>) -> tensor<1x2x16x1xbf16>
    %169 = stablehlo.broadcast_in_dim %168, dims = [0, 1, 2, 3] : (tensor<1x2x16x1xbf16>) -> tensor<1x2x16x16xbf16>
    %170 = stablehlo.subtract %164, %169 : tensor<1x2x16x16xbf16>
    %171 = stablehlo.exponential %170 : tensor<1x2x16x16xbf16>
    %172 = stablehlo.convert %171 : (tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xf32>
    %cst_33 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %173 = stablehlo.reduce(%172 init: %cst_33) applies stablehlo.add across dimensions = [3] : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [0, 1, 2] : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
    %175 = stablehlo.convert %174 : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x1xbf16>
    %176 = stablehlo.broadcast_in_dim %175, dims = [0, 1, 2, 3] : (tensor<1x2x16x1xbf16>) -> tensor<1x2x16x16xbf16>
    %177 = stablehlo.divide %171, %176 : tensor<1x2x16x16xbf16>
    %178 = stablehlo.dot_general %177, %158, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %179 = stablehlo.transpose %178, dims = [0, 2, 1, 3] : (tensor<1x2x16x16xbf16>) -> tensor<1x16x2x16xbf16>
    %180 = stablehlo.reshape %179 : (tensor<1x16x2x16xbf16>) -> tensor<1x16x32xbf16>
    %181 = stablehlo.dot_general %180, %arg19, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %182 = stablehlo.add %121, %181 : tensor<1x16x32xbf16>
    %183 = stablehlo.convert %182 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %cst_34 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %184 = stablehlo.reduce(%183 init: %cst_34) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %185 = stablehlo.broadcast_in_dim %184, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %cst_35 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %186 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %187 = stablehlo.divide %185, %186 : tensor<1x16x1xf32>
    %188 = stablehlo.convert %187 : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %189 = stablehlo.broadcast_in_dim %188, dims = [0, 1, 2] : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %190 = stablehlo.subtract %182, %189 : tensor<1x16x32xbf16>
    %191 = chlo.square %190 : tensor<1x16x32xbf16> -> tensor<1x16x32xbf16>
    %192 = stablehlo.convert %191 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %cst_36 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %193 = stablehlo.reduce(%192 init: %cst_36) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %cst_37 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %195 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %196 = stablehlo.divide %194, %195 : tensor<1x16x1xf32>
    %197 = stablehlo.convert %196 : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %198 = stablehlo.broadcast_in_dim %188, dims = [0, 1, 2] : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %199 = stablehlo.subtract %182, %198 : tensor<1x16x32xbf16>
    %cst_38 = stablehlo.constant dense<1.001360e-05> : tensor<bf16>
    %200 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<bf16>) -> tensor<1x16x1xbf16>
    %201 = stablehlo.add %197, %200 : tensor<1x16x1xbf16>
    %202 = stablehlo.rsqrt %201 : tensor<1x16x1xbf16>
    %203 = stablehlo.broadcast_in_dim %202, dims = [0, 1, 2] : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %204 = stablehlo.multiply %199, %203 : tensor<1x16x32xbf16>
    %205 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %206 = stablehlo.broadcast_in_dim %205, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %207 = stablehlo.multiply %204, %206 : tensor<1x16x32xbf16>
    %208 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %209 = stablehlo.broadcast_in_dim %208, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %210 = stablehlo.add %207, %209 : tensor<1x16x32xbf16>
    %211 = stablehlo.dot_general %210, %arg22, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xbf16>, tensor<32x64xbf16>) -> tensor<1x16x64xbf16>
    %212 = stablehlo.broadcast_in_dim %arg23, dims = [2] : (tensor<64xbf16>) -> tensor<1x1x64xbf16>
    %213 = stablehlo.broadcast_in_dim %212, dims = [0, 1, 2] : (tensor<1x1x64xbf16>) -> tensor<1x16x64xbf16>
    %214 = stablehlo.add %211, %213 : tensor<1x16x64xbf16>
    %215 = stablehlo.multiply %214, %214 : tensor<1x16x64xbf16>
    %216 = stablehlo.multiply %215, %214 : tensor<1x16x64xbf16>
    %cst_39 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %217 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<bf16>) -> tensor<1x16x64xbf16>
    %218 = stablehlo.multiply %217, %216 : tensor<1x16x64xbf16>
    %219 = stablehlo.add %214, %218 : tensor<1x16x64xbf16>
    %cst_40 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %220 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<bf16>) -> tensor<1x16x64xbf16>
    %221 = stablehlo.multiply %220, %219 : tensor<1x16x64xbf16>
    %222 = stablehlo.tanh %221 : tensor<1x16x64xbf16>
    %cst_41 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %223 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<bf16>) -> tensor<1x16x64xbf16>
    %224 = stablehlo.add %223, %222 : tensor<1x16x64xbf16>
    %cst_42 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %225 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<bf16>) -> tensor<1x16x64xbf16>
    %226 = stablehlo.multiply %225, %224 : tensor<1x16x64xbf16>
    %227 = stablehlo.multiply %214, %226 : tensor<1x16x64xbf16>
    %228 = stablehlo.dot_general %227, %arg24, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x64xbf16>, tensor<64x32xbf16>) -> tensor<1x16x32xbf16>
    %229 = stablehlo.broadcast_in_dim %arg25, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %230 = stablehlo.broadcast_in_dim %229, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %231 = stablehlo.add %228, %230 : tensor<1x16x32xbf16>
    %232 = stablehlo.add %182, %231 : tensor<1x16x32xbf16>
    %233 = stablehlo.convert %232 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %cst_43 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %234 = stablehlo.reduce(%233 init: %cst_43) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %235 = stablehlo.broadcast_in_dim %234, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %cst_44 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %236 = stablehlo.broadcast_in_dim %cst_44, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %237 = stablehlo.divide %235, %236 : tensor<1x16x1xf32>
    %238 = stablehlo.convert %237 : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %239 = stablehlo.broadcast_in_dim %238, dims = [0, 1, 2] : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %240 = stablehlo.subtract %232, %239 : tensor<1x16x32xbf16>
    %241 = chlo.square %240 : tensor<1x16x32xbf16> -> tensor<1x16x32xbf16>
    %242 = stablehlo.convert %241 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %cst_45 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %243 = stablehlo.reduce(%242 init: %cst_45) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %244 = stablehlo.broadcast_in_dim %243, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %cst_46 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %245 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %246 = stablehlo.divide %244, %245 : tensor<1x16x1xf32>
    %247 = stablehlo.convert %246 : (tensor<1x16x1xf32>) -> tensor<1x16x1xbf16>
    %248 = stablehlo.broadcast_in_dim %238, dims = [0, 1, 2] : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %249 = stablehlo.subtract %232, %248 : tensor<1x16x32xbf16>
    %cst_47 = stablehlo.constant dense<1.001360e-05> : tensor<bf16>
    %250 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<bf16>) -> tensor<1x16x1xbf16>
    %251 = stablehlo.add %247, %250 : tensor<1x16x1xbf16>
    %252 = stablehlo.rsqrt %251 : tensor<1x16x1xbf16>
    %253 = stablehlo.broadcast_in_dim %252, dims = [0, 1, 2] : (tensor<1x16x1xbf16>) -> tensor<1x16x32xbf16>
    %254 = stablehlo.multiply %249, %253 : tensor<1x16x32xbf16>
    %255 = stablehlo.broadcast_in_dim %arg26, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %256 = stablehlo.broadcast_in_dim %255, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %257 = stablehlo.multiply %254, %256 : tensor<1x16x32xbf16>
    %258 = stablehlo.broadcast_in_dim %arg27, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %259 = stablehlo.broadcast_in_dim %258, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %260 = stablehlo.add %257, %259 : tensor<1x16x32xbf16>
    %261 = stablehlo.dot_general %260, %arg28, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %262 = stablehlo.convert %arg29 : tensor<i32>
    %c_48 = stablehlo.constant dense<0> : tensor<i32>
    %c_49 = stablehlo.constant dense<0> : tensor<i32>
    %263 = stablehlo.compare LT, %c_48, %c_49, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_50 = stablehlo.constant dense<0> : tensor<i32>
    %c_51 = stablehlo.constant dense<1> : tensor<i32>
    %264 = stablehlo.add %c_50, %c_51 : tensor<i32>
    %c_52 = stablehlo.constant dense<0> : tensor<i32>
    %265 = stablehlo.select %263, %264, %c_52 : tensor<i1>, tensor<i32>
    %c_53 = stablehlo.constant dense<0> : tensor<i32>
    %266 = stablehlo.compare LT, %262, %c_53, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_54 = stablehlo.constant dense<16> : tensor<i32>
    %267 = stablehlo.add %262, %c_54 : tensor<i32>
    %268 = stablehlo.select %266, %267, %262 : tensor<i1>, tensor<i32>
    %c_55 = stablehlo.constant dense<0> : tensor<i32>
    %c_56 = stablehlo.constant dense<0> : tensor<i32>
    %269 = stablehlo.compare LT, %c_55, %c_56, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_57 = stablehlo.constant dense<0> : tensor<i32>
    %c_58 = stablehlo.constant dense<32> : tensor<i32>
    %270 = stablehlo.add %c_57, %c_58 : tensor<i32>
    %c_59 = stablehlo.constant dense<0> : tensor<i32>
    %271 = stablehlo.select %269, %270, %c_59 : tensor<i1>, tensor<i32>
    %272 = stablehlo.dynamic_slice %261, %265, %268, %271, sizes = [1, 1, 32] : (tensor<1x16x32xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x32xbf16>
    %273 = stablehlo.reshape %272 : (tensor<1x1x32xbf16>) -> tensor<1x32xbf16>
    %274 = call @argmax(%273) : (tensor<1x32xbf16>) -> tensor<1xi32>
    %c_60 = stablehlo.constant dense<1> : tensor<i32>
    %275 = stablehlo.add %arg29, %c_60 : tensor<i32>
    %c_61 = stablehlo.constant dense<0> : tensor<i32>
    %276 = stablehlo.compare LT, %275, %c_61, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_62 = stablehlo.constant dense<16> : tensor<i32>
    %277 = stablehlo.add %275, %c_62 : tensor<i32>
    %278 = stablehlo.select %276, %277, %275 : tensor<i1>, tensor<i32>
    %279 = stablehlo.convert %278 : tensor<i32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %281 = "stablehlo.scatter"(%arg30, %280, %274) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg31: tensor<i32>, %arg32: tensor<i32>):
      stablehlo.return %arg32 : tensor<i32>
    }) : (tensor<1x16xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<1x16xi32>
    return %0, %281 : tensor<i32>, tensor<1x16xi32>
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
  func.func private @_where(%arg0: tensor<16x16xi1>, %arg1: tensor<1x2x16x16xbf16>, %arg2: tensor<f32>) -> tensor<1x2x16x16xbf16> {
    %0 = stablehlo.convert %arg2 : (tensor<f32>) -> tensor<bf16>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [2, 3] : (tensor<16x16xi1>) -> tensor<1x2x16x16xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<bf16>) -> tensor<1x2x16x16xbf16>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<1x2x16x16xi1>, tensor<1x2x16x16xbf16>
    return %3 : tensor<1x2x16x16xbf16>
  }
  func.func private @argmax(%arg0: tensor<1x32xbf16>) -> tensor<1xi32> {
    %0 = stablehlo.iota dim = 1 : tensor<1x32xi32>
    %cst = stablehlo.constant dense<0xFF80> : tensor<bf16>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1:2 = stablehlo.reduce(%arg0 init: %cst), (%0 init: %c) across dimensions = [1] : (tensor<1x32xbf16>, tensor<1x32xi32>, tensor<bf16>, tensor<i32>) -> (tensor<1xbf16>, tensor<1xi32>)
     reducer(%arg1: tensor<bf16>, %arg3: tensor<bf16>) (%arg2: tensor<i32>, %arg4: tensor<i32>)  {
      %2 = stablehlo.compare GT, %arg1, %arg3, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
      %3 = stablehlo.compare NE, %arg1, %arg1, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
      %4 = stablehlo.or %2, %3 : tensor<i1>
      %5 = stablehlo.compare EQ, %arg1, %arg3, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
      %6 = stablehlo.compare LT, %arg2, %arg4, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %7 = stablehlo.and %5, %6 : tensor<i1>
      %8 = stablehlo.or %4, %7 : tensor<i1>
      %9 = stablehlo.select %4, %arg1, %arg3 : tensor<i1>, tensor<bf16>
      %10 = stablehlo.select %8, %arg2, %arg4 : tensor<i1>, tensor<i32>
      stablehlo.return %9, %10 : tensor<bf16>, tensor<i32>
    }
    return %1#1 : tensor<1xi32>
  }
}
