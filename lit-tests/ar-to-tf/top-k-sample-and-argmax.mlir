// ar_to_tf_remark_top_k_pick_plus_second_argmax
// The decoder of top-k-sample-index.mlir writing `idx[j] + argmax(logits) % 2`: the written
// token depends on the scores through the top-k pick and through a second argmax that the
// pick does not read. That is two choices, not one: refused.
// RUN: veritor-opt %s --veritor-inline --veritor-ar-to-tf --verify-diagnostics | FileCheck %s
// CHECK-NOT: main_teacher_forced
"builtin.module"() <{sym_name = "jit_f"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}], function_type = (tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<3xi32>, tensor<2xui32>) -> tensor<8xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg97: tensor<8x8xf32>, %arg98: tensor<8x8xf32>, %arg99: tensor<8x8xf32>, %arg100: tensor<8x8xf32>, %arg101: tensor<3xi32>, %arg102: tensor<2xui32>):
    %342 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %343 = "stablehlo.broadcast_in_dim"(%342) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %344 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %345 = "stablehlo.broadcast_in_dim"(%344) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %346 = "stablehlo.scatter"(%343, %345, %arg101) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg119: tensor<i32>, %arg120: tensor<i32>):
      "stablehlo.return"(%arg120) : (tensor<i32>) -> ()
    }) : (tensor<8xi32>, tensor<1xi32>, tensor<3xi32>) -> tensor<8xi32>
    %347 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %348 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    // expected-remark@+1 {{not an autoregressive decode loop: the value written into the buffer is not chosen from scores (no argmax or sample); @main left alone}}
    %349:8 = "stablehlo.while"(%arg97, %arg98, %arg99, %arg100, %348, %347, %346, %arg102) ({
    ^bb0(%arg111: tensor<8x8xf32>, %arg112: tensor<8x8xf32>, %arg113: tensor<8x8xf32>, %arg114: tensor<8x8xf32>, %arg115: tensor<i32>, %arg116: tensor<i32>, %arg117: tensor<8xi32>, %arg118: tensor<2xui32>):
      %353 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %354 = "stablehlo.compare"(%arg115, %353) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%354) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg103: tensor<8x8xf32>, %arg104: tensor<8x8xf32>, %arg105: tensor<8x8xf32>, %arg106: tensor<8x8xf32>, %arg107: tensor<i32>, %arg108: tensor<i32>, %arg109: tensor<8xi32>, %arg110: tensor<2xui32>):
      %350:3 = "func.call"(%arg103, %arg104, %arg105, %arg106, %arg108, %arg109, %arg110) <{callee = @closed_call}> : (tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<i32>, tensor<8xi32>, tensor<2xui32>) -> (tensor<i32>, tensor<8xi32>, tensor<2xui32>)
      %351 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %352 = "stablehlo.add"(%arg107, %351) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg103, %arg104, %arg105, %arg106, %352, %350#0, %350#1, %350#2) : (tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<i32>, tensor<i32>, tensor<8xi32>, tensor<2xui32>) -> ()
    }) : (tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<i32>, tensor<i32>, tensor<8xi32>, tensor<2xui32>) -> (tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<i32>, tensor<i32>, tensor<8xi32>, tensor<2xui32>)
    "func.return"(%349#6) : (tensor<8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<i32>, tensor<8xi32>, tensor<2xui32>) -> (tensor<i32>, tensor<8xi32>, tensor<2xui32>), res_attrs = [{}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg84: tensor<8x8xf32>, %arg85: tensor<8x8xf32>, %arg86: tensor<8x8xf32>, %arg87: tensor<8x8xf32>, %arg88: tensor<i32>, %arg89: tensor<8xi32>, %arg90: tensor<2xui32>):
    %258 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %259 = "stablehlo.add"(%arg88, %258) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %260 = "func.call"(%arg90) <{callee = @_threefry_split}> : (tensor<2xui32>) -> tensor<2x2xui32>
    %261 = "stablehlo.slice"(%260) <{limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %262 = "stablehlo.reshape"(%261) : (tensor<1x2xui32>) -> tensor<2xui32>
    %263 = "stablehlo.slice"(%260) <{limit_indices = array<i64: 2, 2>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %264 = "stablehlo.reshape"(%263) : (tensor<1x2xui32>) -> tensor<2xui32>
    %265 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %266 = "stablehlo.broadcast_in_dim"(%265) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %267 = "stablehlo.compare"(%arg89, %266) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %268 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %269 = "stablehlo.broadcast_in_dim"(%268) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %270 = "stablehlo.add"(%arg89, %269) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %271 = "stablehlo.select"(%267, %270, %arg89) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %272 = "stablehlo.broadcast_in_dim"(%271) <{broadcast_dimensions = array<i64: 0>}> : (tensor<8xi32>) -> tensor<8x1xi32>
    %273 = "stablehlo.gather"(%arg84, %272) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8>}> : (tensor<8x8xf32>, tensor<8x1xi32>) -> tensor<8x8xf32>
    %274 = "stablehlo.dot_general"(%273, %arg85) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
    %275 = "stablehlo.dot_general"(%273, %arg86) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
    %276 = "stablehlo.transpose"(%275) <{permutation = array<i64: 1, 0>}> : (tensor<8x8xf32>) -> tensor<8x8xf32>
    %277 = "stablehlo.dot_general"(%274, %276) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
    %278 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %279 = "stablehlo.broadcast_in_dim"(%278) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<8x8xi1>
    %280 = "func.call"(%279) <{callee = @tril}> : (tensor<8x8xi1>) -> tensor<8x8xi1>
    %281 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %282 = "func.call"(%280, %277, %281) <{callee = @_where}> : (tensor<8x8xi1>, tensor<8x8xf32>, tensor<f32>) -> tensor<8x8xf32>
    %283 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %284 = "stablehlo.reduce"(%282, %283) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg95: tensor<f32>, %arg96: tensor<f32>):
      %341 = "stablehlo.maximum"(%arg95, %arg96) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%341) : (tensor<f32>) -> ()
    }) : (tensor<8x8xf32>, tensor<f32>) -> tensor<8xf32>
    %285 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %286 = "stablehlo.broadcast_in_dim"(%285) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %287 = "stablehlo.maximum"(%286, %284) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %288 = "stablehlo.broadcast_in_dim"(%287) <{broadcast_dimensions = array<i64: 0>}> : (tensor<8xf32>) -> tensor<8x1xf32>
    %289 = "stablehlo.broadcast_in_dim"(%288) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x1xf32>) -> tensor<8x8xf32>
    %290 = "stablehlo.subtract"(%282, %289) : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
    %291 = "stablehlo.exponential"(%290) : (tensor<8x8xf32>) -> tensor<8x8xf32>
    %292 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %293 = "stablehlo.reduce"(%291, %292) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg93: tensor<f32>, %arg94: tensor<f32>):
      %340 = "stablehlo.add"(%arg93, %arg94) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%340) : (tensor<f32>) -> ()
    }) : (tensor<8x8xf32>, tensor<f32>) -> tensor<8xf32>
    %294 = "stablehlo.broadcast_in_dim"(%293) <{broadcast_dimensions = array<i64: 0>}> : (tensor<8xf32>) -> tensor<8x1xf32>
    %295 = "stablehlo.broadcast_in_dim"(%294) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x1xf32>) -> tensor<8x8xf32>
    %296 = "stablehlo.divide"(%291, %295) : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
    %297 = "stablehlo.dot_general"(%296, %273) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
    %298 = "stablehlo.dot_general"(%297, %arg87) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
    %299 = "stablehlo.convert"(%arg88) : (tensor<i32>) -> tensor<i32>
    %300 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %301 = "stablehlo.compare"(%299, %300) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %302 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %303 = "stablehlo.add"(%299, %302) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %304 = "stablehlo.select"(%301, %303, %299) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %305 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %306 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %307 = "stablehlo.compare"(%305, %306) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %308 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %309 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %310 = "stablehlo.add"(%308, %309) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %311 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %312 = "stablehlo.select"(%307, %310, %311) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %313 = "stablehlo.dynamic_slice"(%298, %304, %312) <{slice_sizes = array<i64: 1, 8>}> : (tensor<8x8xf32>, tensor<i32>, tensor<i32>) -> tensor<1x8xf32>
    %314 = "stablehlo.reshape"(%313) : (tensor<1x8xf32>) -> tensor<8xf32>
    %315:2 = "chlo.top_k"(%314) <{k = 3 : i64}> : (tensor<8xf32>) -> (tensor<3xf32>, tensor<3xi32>)
    %316 = "func.call"(%264) <{callee = @_gumbel}> : (tensor<2xui32>) -> tensor<3xf32>
    %317 = "stablehlo.add"(%316, %315#0) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %318 = "func.call"(%317) <{callee = @argmax}> : (tensor<3xf32>) -> tensor<i32>
    %319 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %320 = "stablehlo.compare"(%318, %319) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %321 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %322 = "stablehlo.add"(%318, %321) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %323 = "stablehlo.select"(%320, %322, %318) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %324 = "stablehlo.dynamic_slice"(%315#1, %323) <{slice_sizes = array<i64: 1>}> : (tensor<3xi32>, tensor<i32>) -> tensor<1xi32>
    %325 = "stablehlo.reshape"(%324) : (tensor<1xi32>) -> tensor<i32>
    %326 = "func.call"(%314) <{callee = @argmax_3}> : (tensor<8xf32>) -> tensor<i32>
    %327 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %328 = "func.call"(%326, %327) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %329 = "stablehlo.add"(%325, %328) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %330 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %331 = "stablehlo.add"(%arg88, %330) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %332 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %333 = "stablehlo.compare"(%331, %332) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %334 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %335 = "stablehlo.add"(%331, %334) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %336 = "stablehlo.select"(%333, %335, %331) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %337 = "stablehlo.convert"(%336) : (tensor<i32>) -> tensor<i32>
    %338 = "stablehlo.broadcast_in_dim"(%337) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %339 = "stablehlo.scatter"(%arg89, %338, %329) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg91: tensor<i32>, %arg92: tensor<i32>):
      "stablehlo.return"(%arg92) : (tensor<i32>) -> ()
    }) : (tensor<8xi32>, tensor<1xi32>, tensor<i32>) -> tensor<8xi32>
    "func.return"(%259, %339, %262) : (tensor<i32>, tensor<8xi32>, tensor<2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<2x2xui32>, res_attrs = [{}], sym_name = "_threefry_split", sym_visibility = "private"}> ({
  ^bb0(%arg83: tensor<2xui32>):
    %241 = "stablehlo.slice"(%arg83) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %242 = "stablehlo.reshape"(%241) : (tensor<1xui32>) -> tensor<ui32>
    %243 = "stablehlo.slice"(%arg83) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %244 = "stablehlo.reshape"(%243) : (tensor<1xui32>) -> tensor<ui32>
    %245 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xui64>
    %246 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %247 = "stablehlo.broadcast_in_dim"(%246) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %248 = "stablehlo.multiply"(%247, %245) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %249 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %250 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %251 = "stablehlo.shift_right_logical"(%248, %250) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %252 = "stablehlo.convert"(%248) : (tensor<2xui64>) -> tensor<2xui32>
    %253 = "stablehlo.convert"(%251) : (tensor<2xui64>) -> tensor<2xui32>
    %254:2 = "func.call"(%242, %244, %253, %252) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<2xui32>, tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>)
    %255 = "stablehlo.broadcast_in_dim"(%254#0) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xui32>) -> tensor<2x1xui32>
    %256 = "stablehlo.broadcast_in_dim"(%254#1) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xui32>) -> tensor<2x1xui32>
    %257 = "stablehlo.concatenate"(%255, %256) <{dimension = 1 : i64}> : (tensor<2x1xui32>, tensor<2x1xui32>) -> tensor<2x2xui32>
    "func.return"(%257) : (tensor<2x2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<2xui32>, tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg61: tensor<ui32>, %arg62: tensor<ui32>, %arg63: tensor<2xui32>, %arg64: tensor<2xui32>):
    %224 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %225 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %226 = "stablehlo.xor"(%arg61, %arg62) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %227 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %228 = "stablehlo.xor"(%226, %227) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %229 = "stablehlo.broadcast_in_dim"(%arg61) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %230 = "stablehlo.add"(%arg63, %229) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %231 = "stablehlo.broadcast_in_dim"(%arg62) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %232 = "stablehlo.add"(%arg64, %231) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %233 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %234 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %235:9 = "stablehlo.while"(%234, %233, %230, %232, %arg62, %228, %arg61, %224, %225) ({
    ^bb0(%arg74: tensor<i32>, %arg75: tensor<i32>, %arg76: tensor<2xui32>, %arg77: tensor<2xui32>, %arg78: tensor<ui32>, %arg79: tensor<ui32>, %arg80: tensor<ui32>, %arg81: tensor<4xui32>, %arg82: tensor<4xui32>):
      %239 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %240 = "stablehlo.compare"(%arg74, %239) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%240) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg65: tensor<i32>, %arg66: tensor<i32>, %arg67: tensor<2xui32>, %arg68: tensor<2xui32>, %arg69: tensor<ui32>, %arg70: tensor<ui32>, %arg71: tensor<ui32>, %arg72: tensor<4xui32>, %arg73: tensor<4xui32>):
      %236:8 = "func.call"(%arg66, %arg67, %arg68, %arg69, %arg70, %arg71, %arg72, %arg73) <{callee = @closed_call_0}> : (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %237 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %238 = "stablehlo.add"(%arg65, %237) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%238, %236#0, %236#1, %236#2, %236#3, %236#4, %236#5, %236#6, %236#7) : (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%235#2, %235#3) : (tensor<2xui32>, tensor<2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_0", sym_visibility = "private"}> ({
  ^bb0(%arg53: tensor<i32>, %arg54: tensor<2xui32>, %arg55: tensor<2xui32>, %arg56: tensor<ui32>, %arg57: tensor<ui32>, %arg58: tensor<ui32>, %arg59: tensor<4xui32>, %arg60: tensor<4xui32>):
    %169 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %170 = "stablehlo.add"(%arg53, %169) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %171 = "stablehlo.slice"(%arg59) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %172 = "stablehlo.reshape"(%171) : (tensor<1xui32>) -> tensor<ui32>
    %173 = "stablehlo.add"(%arg54, %arg55) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %174 = "stablehlo.broadcast_in_dim"(%172) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %175 = "stablehlo.shift_left"(%arg55, %174) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %176 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %177 = "stablehlo.subtract"(%176, %172) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %178 = "stablehlo.broadcast_in_dim"(%177) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %179 = "stablehlo.shift_right_logical"(%arg55, %178) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %180 = "stablehlo.or"(%175, %179) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %181 = "stablehlo.xor"(%173, %180) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %182 = "stablehlo.slice"(%arg59) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %183 = "stablehlo.reshape"(%182) : (tensor<1xui32>) -> tensor<ui32>
    %184 = "stablehlo.add"(%173, %181) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %185 = "stablehlo.broadcast_in_dim"(%183) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %186 = "stablehlo.shift_left"(%181, %185) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %187 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %188 = "stablehlo.subtract"(%187, %183) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %189 = "stablehlo.broadcast_in_dim"(%188) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %190 = "stablehlo.shift_right_logical"(%181, %189) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %191 = "stablehlo.or"(%186, %190) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %192 = "stablehlo.xor"(%184, %191) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %193 = "stablehlo.slice"(%arg59) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %194 = "stablehlo.reshape"(%193) : (tensor<1xui32>) -> tensor<ui32>
    %195 = "stablehlo.add"(%184, %192) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %196 = "stablehlo.broadcast_in_dim"(%194) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %197 = "stablehlo.shift_left"(%192, %196) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %198 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %199 = "stablehlo.subtract"(%198, %194) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %200 = "stablehlo.broadcast_in_dim"(%199) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %201 = "stablehlo.shift_right_logical"(%192, %200) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %202 = "stablehlo.or"(%197, %201) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %203 = "stablehlo.xor"(%195, %202) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %204 = "stablehlo.slice"(%arg59) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %205 = "stablehlo.reshape"(%204) : (tensor<1xui32>) -> tensor<ui32>
    %206 = "stablehlo.add"(%195, %203) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %207 = "stablehlo.broadcast_in_dim"(%205) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %208 = "stablehlo.shift_left"(%203, %207) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %209 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %210 = "stablehlo.subtract"(%209, %205) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %211 = "stablehlo.broadcast_in_dim"(%210) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %212 = "stablehlo.shift_right_logical"(%203, %211) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %213 = "stablehlo.or"(%208, %212) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %214 = "stablehlo.xor"(%206, %213) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %215 = "stablehlo.broadcast_in_dim"(%arg56) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %216 = "stablehlo.add"(%206, %215) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %217 = "stablehlo.broadcast_in_dim"(%arg57) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %218 = "stablehlo.add"(%214, %217) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %219 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %220 = "stablehlo.add"(%arg53, %219) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %221 = "stablehlo.convert"(%220) : (tensor<i32>) -> tensor<ui32>
    %222 = "stablehlo.broadcast_in_dim"(%221) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %223 = "stablehlo.add"(%218, %222) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    "func.return"(%170, %216, %223, %arg57, %arg58, %arg56, %arg60, %arg59) : (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8x8xi1>) -> tensor<8x8xi1>, res_attrs = [{}], sym_name = "tril", sym_visibility = "private"}> ({
  ^bb0(%arg52: tensor<8x8xi1>):
    %160 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8x8xi32>
    %161 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %162 = "stablehlo.broadcast_in_dim"(%161) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8x8xi32>
    %163 = "stablehlo.add"(%160, %162) : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi32>
    %164 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x8xi32>
    %165 = "stablehlo.compare"(%163, %164) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %166 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %167 = "stablehlo.broadcast_in_dim"(%166) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<8x8xi1>
    %168 = "stablehlo.select"(%165, %arg52, %167) : (tensor<8x8xi1>, tensor<8x8xi1>, tensor<8x8xi1>) -> tensor<8x8xi1>
    "func.return"(%168) : (tensor<8x8xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<8x8xi1>, tensor<8x8xf32>, tensor<f32>) -> tensor<8x8xf32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg49: tensor<8x8xi1>, %arg50: tensor<8x8xf32>, %arg51: tensor<f32>):
    %157 = "stablehlo.convert"(%arg51) : (tensor<f32>) -> tensor<f32>
    %158 = "stablehlo.broadcast_in_dim"(%157) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8xf32>
    %159 = "stablehlo.select"(%arg49, %arg50, %158) : (tensor<8x8xi1>, tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
    "func.return"(%159) : (tensor<8x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<3xf32>, res_attrs = [{}], sym_name = "_gumbel", sym_visibility = "private"}> ({
  ^bb0(%arg48: tensor<2xui32>):
    %150 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %151 = "stablehlo.constant"() <{value = dense<1.17549435E-38> : tensor<f32>}> : () -> tensor<f32>
    %152 = "func.call"(%arg48, %150, %151) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<3xf32>
    %153 = "stablehlo.log"(%152) : (tensor<3xf32>) -> tensor<3xf32>
    %154 = "stablehlo.negate"(%153) : (tensor<3xf32>) -> tensor<3xf32>
    %155 = "stablehlo.log"(%154) : (tensor<3xf32>) -> tensor<3xf32>
    %156 = "stablehlo.negate"(%155) : (tensor<3xf32>) -> tensor<3xf32>
    "func.return"(%156) : (tensor<3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<3xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg45: tensor<2xui32>, %arg46: tensor<f32>, %arg47: tensor<f32>):
    %115 = "stablehlo.convert"(%arg46) : (tensor<f32>) -> tensor<f32>
    %116 = "stablehlo.broadcast_in_dim"(%arg47) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %117 = "stablehlo.broadcast_in_dim"(%115) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %118 = "stablehlo.slice"(%arg45) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %119 = "stablehlo.reshape"(%118) : (tensor<1xui32>) -> tensor<ui32>
    %120 = "stablehlo.slice"(%arg45) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %121 = "stablehlo.reshape"(%120) : (tensor<1xui32>) -> tensor<ui32>
    %122 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xui64>
    %123 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %124 = "stablehlo.broadcast_in_dim"(%123) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<3xui64>
    %125 = "stablehlo.multiply"(%124, %122) : (tensor<3xui64>, tensor<3xui64>) -> tensor<3xui64>
    %126 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %127 = "stablehlo.broadcast_in_dim"(%126) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<3xui64>
    %128 = "stablehlo.shift_right_logical"(%125, %127) : (tensor<3xui64>, tensor<3xui64>) -> tensor<3xui64>
    %129 = "stablehlo.convert"(%125) : (tensor<3xui64>) -> tensor<3xui32>
    %130 = "stablehlo.convert"(%128) : (tensor<3xui64>) -> tensor<3xui32>
    %131:2 = "func.call"(%119, %121, %130, %129) <{callee = @threefry2x32_1}> : (tensor<ui32>, tensor<ui32>, tensor<3xui32>, tensor<3xui32>) -> (tensor<3xui32>, tensor<3xui32>)
    %132 = "stablehlo.xor"(%131#0, %131#1) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %133 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %134 = "stablehlo.broadcast_in_dim"(%133) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %135 = "stablehlo.shift_right_logical"(%132, %134) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %136 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %137 = "stablehlo.broadcast_in_dim"(%136) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %138 = "stablehlo.or"(%135, %137) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %139 = "stablehlo.bitcast_convert"(%138) : (tensor<3xui32>) -> tensor<3xf32>
    %140 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %141 = "stablehlo.broadcast_in_dim"(%140) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3xf32>
    %142 = "stablehlo.subtract"(%139, %141) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %143 = "stablehlo.subtract"(%117, %116) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %144 = "stablehlo.broadcast_in_dim"(%143) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<3xf32>
    %145 = "stablehlo.multiply"(%142, %144) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %146 = "stablehlo.broadcast_in_dim"(%116) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<3xf32>
    %147 = "stablehlo.add"(%145, %146) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %148 = "stablehlo.broadcast_in_dim"(%116) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<3xf32>
    %149 = "stablehlo.maximum"(%148, %147) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    "func.return"(%149) : (tensor<3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<3xui32>, tensor<3xui32>) -> (tensor<3xui32>, tensor<3xui32>), sym_name = "threefry2x32_1", sym_visibility = "private"}> ({
  ^bb0(%arg23: tensor<ui32>, %arg24: tensor<ui32>, %arg25: tensor<3xui32>, %arg26: tensor<3xui32>):
    %98 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %99 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %100 = "stablehlo.xor"(%arg23, %arg24) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %101 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %102 = "stablehlo.xor"(%100, %101) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %103 = "stablehlo.broadcast_in_dim"(%arg23) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %104 = "stablehlo.add"(%arg25, %103) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %105 = "stablehlo.broadcast_in_dim"(%arg24) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %106 = "stablehlo.add"(%arg26, %105) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %107 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %108 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %109:9 = "stablehlo.while"(%108, %107, %104, %106, %arg24, %102, %arg23, %98, %99) ({
    ^bb0(%arg36: tensor<i32>, %arg37: tensor<i32>, %arg38: tensor<3xui32>, %arg39: tensor<3xui32>, %arg40: tensor<ui32>, %arg41: tensor<ui32>, %arg42: tensor<ui32>, %arg43: tensor<4xui32>, %arg44: tensor<4xui32>):
      %113 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %114 = "stablehlo.compare"(%arg36, %113) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%114) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg27: tensor<i32>, %arg28: tensor<i32>, %arg29: tensor<3xui32>, %arg30: tensor<3xui32>, %arg31: tensor<ui32>, %arg32: tensor<ui32>, %arg33: tensor<ui32>, %arg34: tensor<4xui32>, %arg35: tensor<4xui32>):
      %110:8 = "func.call"(%arg28, %arg29, %arg30, %arg31, %arg32, %arg33, %arg34, %arg35) <{callee = @closed_call_2}> : (tensor<i32>, tensor<3xui32>, tensor<3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<3xui32>, tensor<3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %111 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %112 = "stablehlo.add"(%arg27, %111) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%112, %110#0, %110#1, %110#2, %110#3, %110#4, %110#5, %110#6, %110#7) : (tensor<i32>, tensor<i32>, tensor<3xui32>, tensor<3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<3xui32>, tensor<3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<3xui32>, tensor<3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%109#2, %109#3) : (tensor<3xui32>, tensor<3xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<3xui32>, tensor<3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<3xui32>, tensor<3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_2", sym_visibility = "private"}> ({
  ^bb0(%arg15: tensor<i32>, %arg16: tensor<3xui32>, %arg17: tensor<3xui32>, %arg18: tensor<ui32>, %arg19: tensor<ui32>, %arg20: tensor<ui32>, %arg21: tensor<4xui32>, %arg22: tensor<4xui32>):
    %43 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %44 = "stablehlo.add"(%arg15, %43) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %45 = "stablehlo.slice"(%arg21) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %46 = "stablehlo.reshape"(%45) : (tensor<1xui32>) -> tensor<ui32>
    %47 = "stablehlo.add"(%arg16, %arg17) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %48 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %49 = "stablehlo.shift_left"(%arg17, %48) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %50 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %51 = "stablehlo.subtract"(%50, %46) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %52 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %53 = "stablehlo.shift_right_logical"(%arg17, %52) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %54 = "stablehlo.or"(%49, %53) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %55 = "stablehlo.xor"(%47, %54) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %56 = "stablehlo.slice"(%arg21) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %57 = "stablehlo.reshape"(%56) : (tensor<1xui32>) -> tensor<ui32>
    %58 = "stablehlo.add"(%47, %55) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %59 = "stablehlo.broadcast_in_dim"(%57) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %60 = "stablehlo.shift_left"(%55, %59) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %61 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %62 = "stablehlo.subtract"(%61, %57) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %63 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %64 = "stablehlo.shift_right_logical"(%55, %63) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %65 = "stablehlo.or"(%60, %64) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %66 = "stablehlo.xor"(%58, %65) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %67 = "stablehlo.slice"(%arg21) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %68 = "stablehlo.reshape"(%67) : (tensor<1xui32>) -> tensor<ui32>
    %69 = "stablehlo.add"(%58, %66) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %70 = "stablehlo.broadcast_in_dim"(%68) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %71 = "stablehlo.shift_left"(%66, %70) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %72 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %73 = "stablehlo.subtract"(%72, %68) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %74 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %75 = "stablehlo.shift_right_logical"(%66, %74) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %76 = "stablehlo.or"(%71, %75) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %77 = "stablehlo.xor"(%69, %76) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %78 = "stablehlo.slice"(%arg21) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %79 = "stablehlo.reshape"(%78) : (tensor<1xui32>) -> tensor<ui32>
    %80 = "stablehlo.add"(%69, %77) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %81 = "stablehlo.broadcast_in_dim"(%79) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %82 = "stablehlo.shift_left"(%77, %81) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %83 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %84 = "stablehlo.subtract"(%83, %79) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %85 = "stablehlo.broadcast_in_dim"(%84) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %86 = "stablehlo.shift_right_logical"(%77, %85) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %87 = "stablehlo.or"(%82, %86) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %88 = "stablehlo.xor"(%80, %87) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %89 = "stablehlo.broadcast_in_dim"(%arg18) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %90 = "stablehlo.add"(%80, %89) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %91 = "stablehlo.broadcast_in_dim"(%arg19) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %92 = "stablehlo.add"(%88, %91) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %93 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %94 = "stablehlo.add"(%arg15, %93) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %95 = "stablehlo.convert"(%94) : (tensor<i32>) -> tensor<ui32>
    %96 = "stablehlo.broadcast_in_dim"(%95) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %97 = "stablehlo.add"(%92, %96) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    "func.return"(%44, %90, %97, %arg19, %arg20, %arg18, %arg22, %arg21) : (tensor<i32>, tensor<3xui32>, tensor<3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3xf32>) -> tensor<i32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<3xf32>):
    %30 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xi32>
    %31 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %32 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %33:2 = "stablehlo.reduce"(%arg10, %30, %31, %32) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg11: tensor<f32>, %arg12: tensor<i32>, %arg13: tensor<f32>, %arg14: tensor<i32>):
      %34 = "stablehlo.compare"(%arg11, %arg13) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %35 = "stablehlo.compare"(%arg11, %arg11) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %36 = "stablehlo.or"(%34, %35) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %37 = "stablehlo.compare"(%arg11, %arg13) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %38 = "stablehlo.compare"(%arg12, %arg14) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %39 = "stablehlo.and"(%37, %38) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %40 = "stablehlo.or"(%36, %39) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %41 = "stablehlo.select"(%36, %arg11, %arg13) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %42 = "stablehlo.select"(%40, %arg12, %arg14) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%41, %42) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<3xf32>, tensor<3xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
    "func.return"(%33#1) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<8xf32>) -> tensor<i32>, sym_name = "argmax_3", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<8xf32>):
    %17 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xi32>
    %18 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %19 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %20:2 = "stablehlo.reduce"(%arg5, %17, %18, %19) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg6: tensor<f32>, %arg7: tensor<i32>, %arg8: tensor<f32>, %arg9: tensor<i32>):
      %21 = "stablehlo.compare"(%arg6, %arg8) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %22 = "stablehlo.compare"(%arg6, %arg6) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %23 = "stablehlo.or"(%21, %22) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %24 = "stablehlo.compare"(%arg6, %arg8) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %25 = "stablehlo.compare"(%arg7, %arg9) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %26 = "stablehlo.and"(%24, %25) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %27 = "stablehlo.or"(%23, %26) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %28 = "stablehlo.select"(%23, %arg6, %arg8) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %29 = "stablehlo.select"(%27, %arg7, %arg9) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%28, %29) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<8xf32>, tensor<8xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
    "func.return"(%20#1) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<i32>, %arg4: tensor<i32>):
    %1 = "stablehlo.convert"(%arg4) : (tensor<i32>) -> tensor<i32>
    %2 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.compare"(%1, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %4 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %5 = "func.call"(%3, %4, %1) <{callee = @_where_4}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %6 = "stablehlo.remainder"(%arg3, %5) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %7 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %8 = "stablehlo.compare"(%6, %7) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %9 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %10 = "stablehlo.compare"(%6, %9) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %11 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %12 = "stablehlo.compare"(%5, %11) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %13 = "stablehlo.compare"(%10, %12) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %14 = "stablehlo.and"(%13, %8) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %15 = "stablehlo.add"(%6, %5) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %16 = "stablehlo.select"(%14, %15, %6) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%16) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where_4", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>):
    %0 = "stablehlo.select"(%arg0, %arg1, %arg2) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%0) : (tensor<i32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
