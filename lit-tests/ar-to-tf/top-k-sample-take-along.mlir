// ar_to_tf_success_top_k_sample_take_along_axis
// The decoder of top-k-sample-index.mlir with the pick spelled
// `jnp.take_along_axis(idx[None], j[:, None], axis=-1)` (gemma's TopkSampling): a `gather` from
// the top-k indices (broadcast to a batch of 1), whose index JAX bounds-checks with an
// integer `reduce` (and) and a `select` of INT_MIN. The pick and the sample it reads are one
// choice. In the parallel form the gather reads a per-step table: the step becomes one more
// index (an iota along the step axis) into the table's step axis, which each slice collapses.
// Execution (IREE, by hand): 5 random weight sets and keys, replay exact 5 of 5; an edited
// token changes the later scores in 5 of 5.
// (The key splits keep their own integer loops: require-parallel=true refuses only loops that
// carry floats.)
// RUN: veritor-opt %s --veritor-inline --veritor-ar-to-tf=require-parallel=true --verify-diagnostics | FileCheck %s
// CHECK: sym_name = "main_teacher_forced"
// CHECK: "stablehlo.gather"{{.*}}collapsed_slice_dims = [0, 2], start_index_map = [0, 2], index_vector_dim = 2>, slice_sizes = array<i64: 1, 1, 1>
// CHECK-SAME: (tensor<8x1x3xi32>, tensor<8x1x2xi32>) -> tensor<8x1x1xi32>
// CHECK: "func.return"
"builtin.module"() <{sym_name = "jit_f"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}], function_type = (tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<3xi32>, tensor<2xui32>) -> tensor<8xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg91: tensor<8x8xf32>, %arg92: tensor<8x8xf32>, %arg93: tensor<8x8xf32>, %arg94: tensor<8x8xf32>, %arg95: tensor<3xi32>, %arg96: tensor<2xui32>):
    %333 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %334 = "stablehlo.broadcast_in_dim"(%333) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %335 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %336 = "stablehlo.broadcast_in_dim"(%335) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %337 = "stablehlo.scatter"(%334, %336, %arg95) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg113: tensor<i32>, %arg114: tensor<i32>):
      "stablehlo.return"(%arg114) : (tensor<i32>) -> ()
    }) : (tensor<8xi32>, tensor<1xi32>, tensor<3xi32>) -> tensor<8xi32>
    %338 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %339 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    // expected-remark@+1 {{parallel teacher-forced form: the loop's 5 steps run at once}}
    %340:8 = "stablehlo.while"(%arg91, %arg92, %arg93, %arg94, %339, %338, %337, %arg96) ({
    ^bb0(%arg105: tensor<8x8xf32>, %arg106: tensor<8x8xf32>, %arg107: tensor<8x8xf32>, %arg108: tensor<8x8xf32>, %arg109: tensor<i32>, %arg110: tensor<i32>, %arg111: tensor<8xi32>, %arg112: tensor<2xui32>):
      %344 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %345 = "stablehlo.compare"(%arg109, %344) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%345) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg97: tensor<8x8xf32>, %arg98: tensor<8x8xf32>, %arg99: tensor<8x8xf32>, %arg100: tensor<8x8xf32>, %arg101: tensor<i32>, %arg102: tensor<i32>, %arg103: tensor<8xi32>, %arg104: tensor<2xui32>):
      %341:3 = "func.call"(%arg97, %arg98, %arg99, %arg100, %arg102, %arg103, %arg104) <{callee = @closed_call}> : (tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<i32>, tensor<8xi32>, tensor<2xui32>) -> (tensor<i32>, tensor<8xi32>, tensor<2xui32>)
      %342 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %343 = "stablehlo.add"(%arg101, %342) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg97, %arg98, %arg99, %arg100, %343, %341#0, %341#1, %341#2) : (tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<i32>, tensor<i32>, tensor<8xi32>, tensor<2xui32>) -> ()
    }) : (tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<i32>, tensor<i32>, tensor<8xi32>, tensor<2xui32>) -> (tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<i32>, tensor<i32>, tensor<8xi32>, tensor<2xui32>)
    "func.return"(%340#6) : (tensor<8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<i32>, tensor<8xi32>, tensor<2xui32>) -> (tensor<i32>, tensor<8xi32>, tensor<2xui32>), res_attrs = [{}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg78: tensor<8x8xf32>, %arg79: tensor<8x8xf32>, %arg80: tensor<8x8xf32>, %arg81: tensor<8x8xf32>, %arg82: tensor<i32>, %arg83: tensor<8xi32>, %arg84: tensor<2xui32>):
    %255 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %256 = "stablehlo.add"(%arg82, %255) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %257 = "func.call"(%arg84) <{callee = @_threefry_split}> : (tensor<2xui32>) -> tensor<2x2xui32>
    %258 = "stablehlo.slice"(%257) <{limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %259 = "stablehlo.reshape"(%258) : (tensor<1x2xui32>) -> tensor<2xui32>
    %260 = "stablehlo.slice"(%257) <{limit_indices = array<i64: 2, 2>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %261 = "stablehlo.reshape"(%260) : (tensor<1x2xui32>) -> tensor<2xui32>
    %262 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %263 = "stablehlo.broadcast_in_dim"(%262) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %264 = "stablehlo.compare"(%arg83, %263) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %265 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %266 = "stablehlo.broadcast_in_dim"(%265) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %267 = "stablehlo.add"(%arg83, %266) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %268 = "stablehlo.select"(%264, %267, %arg83) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %269 = "stablehlo.broadcast_in_dim"(%268) <{broadcast_dimensions = array<i64: 0>}> : (tensor<8xi32>) -> tensor<8x1xi32>
    %270 = "stablehlo.gather"(%arg78, %269) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8>}> : (tensor<8x8xf32>, tensor<8x1xi32>) -> tensor<8x8xf32>
    %271 = "stablehlo.dot_general"(%270, %arg79) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
    %272 = "stablehlo.dot_general"(%270, %arg80) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
    %273 = "stablehlo.transpose"(%272) <{permutation = array<i64: 1, 0>}> : (tensor<8x8xf32>) -> tensor<8x8xf32>
    %274 = "stablehlo.dot_general"(%271, %273) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
    %275 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %276 = "stablehlo.broadcast_in_dim"(%275) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<8x8xi1>
    %277 = "func.call"(%276) <{callee = @tril}> : (tensor<8x8xi1>) -> tensor<8x8xi1>
    %278 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %279 = "func.call"(%277, %274, %278) <{callee = @_where}> : (tensor<8x8xi1>, tensor<8x8xf32>, tensor<f32>) -> tensor<8x8xf32>
    %280 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %281 = "stablehlo.reduce"(%279, %280) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg89: tensor<f32>, %arg90: tensor<f32>):
      %332 = "stablehlo.maximum"(%arg89, %arg90) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%332) : (tensor<f32>) -> ()
    }) : (tensor<8x8xf32>, tensor<f32>) -> tensor<8xf32>
    %282 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %283 = "stablehlo.broadcast_in_dim"(%282) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %284 = "stablehlo.maximum"(%283, %281) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %285 = "stablehlo.broadcast_in_dim"(%284) <{broadcast_dimensions = array<i64: 0>}> : (tensor<8xf32>) -> tensor<8x1xf32>
    %286 = "stablehlo.broadcast_in_dim"(%285) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x1xf32>) -> tensor<8x8xf32>
    %287 = "stablehlo.subtract"(%279, %286) : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
    %288 = "stablehlo.exponential"(%287) : (tensor<8x8xf32>) -> tensor<8x8xf32>
    %289 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %290 = "stablehlo.reduce"(%288, %289) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg87: tensor<f32>, %arg88: tensor<f32>):
      %331 = "stablehlo.add"(%arg87, %arg88) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%331) : (tensor<f32>) -> ()
    }) : (tensor<8x8xf32>, tensor<f32>) -> tensor<8xf32>
    %291 = "stablehlo.broadcast_in_dim"(%290) <{broadcast_dimensions = array<i64: 0>}> : (tensor<8xf32>) -> tensor<8x1xf32>
    %292 = "stablehlo.broadcast_in_dim"(%291) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x1xf32>) -> tensor<8x8xf32>
    %293 = "stablehlo.divide"(%288, %292) : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
    %294 = "stablehlo.dot_general"(%293, %270) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
    %295 = "stablehlo.dot_general"(%294, %arg81) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
    %296 = "stablehlo.convert"(%arg82) : (tensor<i32>) -> tensor<i32>
    %297 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %298 = "stablehlo.compare"(%296, %297) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %299 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %300 = "stablehlo.add"(%296, %299) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %301 = "stablehlo.select"(%298, %300, %296) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %302 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %303 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %304 = "stablehlo.compare"(%302, %303) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %305 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %306 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %307 = "stablehlo.add"(%305, %306) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %308 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %309 = "stablehlo.select"(%304, %307, %308) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %310 = "stablehlo.dynamic_slice"(%295, %301, %309) <{slice_sizes = array<i64: 1, 8>}> : (tensor<8x8xf32>, tensor<i32>, tensor<i32>) -> tensor<1x8xf32>
    %311 = "stablehlo.reshape"(%310) : (tensor<1x8xf32>) -> tensor<8xf32>
    %312:2 = "chlo.top_k"(%311) <{k = 3 : i64}> : (tensor<8xf32>) -> (tensor<3xf32>, tensor<3xi32>)
    %313 = "stablehlo.broadcast_in_dim"(%312#1) <{broadcast_dimensions = array<i64: 1>}> : (tensor<3xi32>) -> tensor<1x3xi32>
    %314 = "stablehlo.broadcast_in_dim"(%312#0) <{broadcast_dimensions = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1x3xf32>
    %315 = "func.call"(%261) <{callee = @_gumbel}> : (tensor<2xui32>) -> tensor<1x3xf32>
    %316 = "stablehlo.add"(%315, %314) : (tensor<1x3xf32>, tensor<1x3xf32>) -> tensor<1x3xf32>
    %317 = "func.call"(%316) <{callee = @argmax}> : (tensor<1x3xf32>) -> tensor<1xi32>
    %318 = "stablehlo.broadcast_in_dim"(%317) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %319 = "func.call"(%313, %318) <{callee = @take_along_axis}> : (tensor<1x3xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %320 = "stablehlo.reshape"(%319) : (tensor<1x1xi32>) -> tensor<i32>
    %321 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %322 = "stablehlo.add"(%arg82, %321) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %323 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %324 = "stablehlo.compare"(%322, %323) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %325 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %326 = "stablehlo.add"(%322, %325) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %327 = "stablehlo.select"(%324, %326, %322) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %328 = "stablehlo.convert"(%327) : (tensor<i32>) -> tensor<i32>
    %329 = "stablehlo.broadcast_in_dim"(%328) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %330 = "stablehlo.scatter"(%arg83, %329, %320) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg85: tensor<i32>, %arg86: tensor<i32>):
      "stablehlo.return"(%arg86) : (tensor<i32>) -> ()
    }) : (tensor<8xi32>, tensor<1xi32>, tensor<i32>) -> tensor<8xi32>
    "func.return"(%256, %330, %259) : (tensor<i32>, tensor<8xi32>, tensor<2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<2x2xui32>, res_attrs = [{}], sym_name = "_threefry_split", sym_visibility = "private"}> ({
  ^bb0(%arg77: tensor<2xui32>):
    %238 = "stablehlo.slice"(%arg77) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %239 = "stablehlo.reshape"(%238) : (tensor<1xui32>) -> tensor<ui32>
    %240 = "stablehlo.slice"(%arg77) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %241 = "stablehlo.reshape"(%240) : (tensor<1xui32>) -> tensor<ui32>
    %242 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xui64>
    %243 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %244 = "stablehlo.broadcast_in_dim"(%243) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %245 = "stablehlo.multiply"(%244, %242) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %246 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %247 = "stablehlo.broadcast_in_dim"(%246) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %248 = "stablehlo.shift_right_logical"(%245, %247) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %249 = "stablehlo.convert"(%245) : (tensor<2xui64>) -> tensor<2xui32>
    %250 = "stablehlo.convert"(%248) : (tensor<2xui64>) -> tensor<2xui32>
    %251:2 = "func.call"(%239, %241, %250, %249) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<2xui32>, tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>)
    %252 = "stablehlo.broadcast_in_dim"(%251#0) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xui32>) -> tensor<2x1xui32>
    %253 = "stablehlo.broadcast_in_dim"(%251#1) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xui32>) -> tensor<2x1xui32>
    %254 = "stablehlo.concatenate"(%252, %253) <{dimension = 1 : i64}> : (tensor<2x1xui32>, tensor<2x1xui32>) -> tensor<2x2xui32>
    "func.return"(%254) : (tensor<2x2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<2xui32>, tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg55: tensor<ui32>, %arg56: tensor<ui32>, %arg57: tensor<2xui32>, %arg58: tensor<2xui32>):
    %221 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %222 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %223 = "stablehlo.xor"(%arg55, %arg56) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %224 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %225 = "stablehlo.xor"(%223, %224) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %226 = "stablehlo.broadcast_in_dim"(%arg55) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %227 = "stablehlo.add"(%arg57, %226) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %228 = "stablehlo.broadcast_in_dim"(%arg56) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %229 = "stablehlo.add"(%arg58, %228) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %230 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %231 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %232:9 = "stablehlo.while"(%231, %230, %227, %229, %arg56, %225, %arg55, %221, %222) ({
    ^bb0(%arg68: tensor<i32>, %arg69: tensor<i32>, %arg70: tensor<2xui32>, %arg71: tensor<2xui32>, %arg72: tensor<ui32>, %arg73: tensor<ui32>, %arg74: tensor<ui32>, %arg75: tensor<4xui32>, %arg76: tensor<4xui32>):
      %236 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %237 = "stablehlo.compare"(%arg68, %236) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%237) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg59: tensor<i32>, %arg60: tensor<i32>, %arg61: tensor<2xui32>, %arg62: tensor<2xui32>, %arg63: tensor<ui32>, %arg64: tensor<ui32>, %arg65: tensor<ui32>, %arg66: tensor<4xui32>, %arg67: tensor<4xui32>):
      %233:8 = "func.call"(%arg60, %arg61, %arg62, %arg63, %arg64, %arg65, %arg66, %arg67) <{callee = @closed_call_0}> : (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %234 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %235 = "stablehlo.add"(%arg59, %234) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%235, %233#0, %233#1, %233#2, %233#3, %233#4, %233#5, %233#6, %233#7) : (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%232#2, %232#3) : (tensor<2xui32>, tensor<2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_0", sym_visibility = "private"}> ({
  ^bb0(%arg47: tensor<i32>, %arg48: tensor<2xui32>, %arg49: tensor<2xui32>, %arg50: tensor<ui32>, %arg51: tensor<ui32>, %arg52: tensor<ui32>, %arg53: tensor<4xui32>, %arg54: tensor<4xui32>):
    %166 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %167 = "stablehlo.add"(%arg47, %166) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %168 = "stablehlo.slice"(%arg53) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %169 = "stablehlo.reshape"(%168) : (tensor<1xui32>) -> tensor<ui32>
    %170 = "stablehlo.add"(%arg48, %arg49) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %171 = "stablehlo.broadcast_in_dim"(%169) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %172 = "stablehlo.shift_left"(%arg49, %171) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %173 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %174 = "stablehlo.subtract"(%173, %169) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %175 = "stablehlo.broadcast_in_dim"(%174) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %176 = "stablehlo.shift_right_logical"(%arg49, %175) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %177 = "stablehlo.or"(%172, %176) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %178 = "stablehlo.xor"(%170, %177) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %179 = "stablehlo.slice"(%arg53) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %180 = "stablehlo.reshape"(%179) : (tensor<1xui32>) -> tensor<ui32>
    %181 = "stablehlo.add"(%170, %178) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %182 = "stablehlo.broadcast_in_dim"(%180) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %183 = "stablehlo.shift_left"(%178, %182) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %184 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %185 = "stablehlo.subtract"(%184, %180) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %186 = "stablehlo.broadcast_in_dim"(%185) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %187 = "stablehlo.shift_right_logical"(%178, %186) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %188 = "stablehlo.or"(%183, %187) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %189 = "stablehlo.xor"(%181, %188) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %190 = "stablehlo.slice"(%arg53) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %191 = "stablehlo.reshape"(%190) : (tensor<1xui32>) -> tensor<ui32>
    %192 = "stablehlo.add"(%181, %189) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %193 = "stablehlo.broadcast_in_dim"(%191) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %194 = "stablehlo.shift_left"(%189, %193) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %195 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %196 = "stablehlo.subtract"(%195, %191) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %197 = "stablehlo.broadcast_in_dim"(%196) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %198 = "stablehlo.shift_right_logical"(%189, %197) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %199 = "stablehlo.or"(%194, %198) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %200 = "stablehlo.xor"(%192, %199) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %201 = "stablehlo.slice"(%arg53) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %202 = "stablehlo.reshape"(%201) : (tensor<1xui32>) -> tensor<ui32>
    %203 = "stablehlo.add"(%192, %200) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %204 = "stablehlo.broadcast_in_dim"(%202) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %205 = "stablehlo.shift_left"(%200, %204) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %206 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %207 = "stablehlo.subtract"(%206, %202) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %208 = "stablehlo.broadcast_in_dim"(%207) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %209 = "stablehlo.shift_right_logical"(%200, %208) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %210 = "stablehlo.or"(%205, %209) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %211 = "stablehlo.xor"(%203, %210) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %212 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %213 = "stablehlo.add"(%203, %212) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %214 = "stablehlo.broadcast_in_dim"(%arg51) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %215 = "stablehlo.add"(%211, %214) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %216 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %217 = "stablehlo.add"(%arg47, %216) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %218 = "stablehlo.convert"(%217) : (tensor<i32>) -> tensor<ui32>
    %219 = "stablehlo.broadcast_in_dim"(%218) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %220 = "stablehlo.add"(%215, %219) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    "func.return"(%167, %213, %220, %arg51, %arg52, %arg50, %arg54, %arg53) : (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8x8xi1>) -> tensor<8x8xi1>, res_attrs = [{}], sym_name = "tril", sym_visibility = "private"}> ({
  ^bb0(%arg46: tensor<8x8xi1>):
    %157 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8x8xi32>
    %158 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %159 = "stablehlo.broadcast_in_dim"(%158) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8x8xi32>
    %160 = "stablehlo.add"(%157, %159) : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi32>
    %161 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x8xi32>
    %162 = "stablehlo.compare"(%160, %161) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %163 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %164 = "stablehlo.broadcast_in_dim"(%163) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<8x8xi1>
    %165 = "stablehlo.select"(%162, %arg46, %164) : (tensor<8x8xi1>, tensor<8x8xi1>, tensor<8x8xi1>) -> tensor<8x8xi1>
    "func.return"(%165) : (tensor<8x8xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<8x8xi1>, tensor<8x8xf32>, tensor<f32>) -> tensor<8x8xf32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg43: tensor<8x8xi1>, %arg44: tensor<8x8xf32>, %arg45: tensor<f32>):
    %154 = "stablehlo.convert"(%arg45) : (tensor<f32>) -> tensor<f32>
    %155 = "stablehlo.broadcast_in_dim"(%154) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8xf32>
    %156 = "stablehlo.select"(%arg43, %arg44, %155) : (tensor<8x8xi1>, tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
    "func.return"(%156) : (tensor<8x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<1x3xf32>, res_attrs = [{}], sym_name = "_gumbel", sym_visibility = "private"}> ({
  ^bb0(%arg42: tensor<2xui32>):
    %147 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %148 = "stablehlo.constant"() <{value = dense<1.17549435E-38> : tensor<f32>}> : () -> tensor<f32>
    %149 = "func.call"(%arg42, %147, %148) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<1x3xf32>
    %150 = "stablehlo.log"(%149) : (tensor<1x3xf32>) -> tensor<1x3xf32>
    %151 = "stablehlo.negate"(%150) : (tensor<1x3xf32>) -> tensor<1x3xf32>
    %152 = "stablehlo.log"(%151) : (tensor<1x3xf32>) -> tensor<1x3xf32>
    %153 = "stablehlo.negate"(%152) : (tensor<1x3xf32>) -> tensor<1x3xf32>
    "func.return"(%153) : (tensor<1x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<1x3xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg39: tensor<2xui32>, %arg40: tensor<f32>, %arg41: tensor<f32>):
    %107 = "stablehlo.convert"(%arg40) : (tensor<f32>) -> tensor<f32>
    %108 = "stablehlo.broadcast_in_dim"(%arg41) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %109 = "stablehlo.broadcast_in_dim"(%107) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %110 = "stablehlo.slice"(%arg39) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %111 = "stablehlo.reshape"(%110) : (tensor<1xui32>) -> tensor<ui32>
    %112 = "stablehlo.slice"(%arg39) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %113 = "stablehlo.reshape"(%112) : (tensor<1xui32>) -> tensor<ui32>
    %114 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<1x3xui64>
    %115 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x3xui64>
    %116 = "stablehlo.constant"() <{value = dense<3> : tensor<ui64>}> : () -> tensor<ui64>
    %117 = "stablehlo.broadcast_in_dim"(%116) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<1x3xui64>
    %118 = "stablehlo.multiply"(%117, %114) : (tensor<1x3xui64>, tensor<1x3xui64>) -> tensor<1x3xui64>
    %119 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %120 = "stablehlo.broadcast_in_dim"(%119) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<1x3xui64>
    %121 = "stablehlo.multiply"(%120, %115) : (tensor<1x3xui64>, tensor<1x3xui64>) -> tensor<1x3xui64>
    %122 = "stablehlo.add"(%118, %121) : (tensor<1x3xui64>, tensor<1x3xui64>) -> tensor<1x3xui64>
    %123 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %124 = "stablehlo.broadcast_in_dim"(%123) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<1x3xui64>
    %125 = "stablehlo.shift_right_logical"(%122, %124) : (tensor<1x3xui64>, tensor<1x3xui64>) -> tensor<1x3xui64>
    %126 = "stablehlo.convert"(%122) : (tensor<1x3xui64>) -> tensor<1x3xui32>
    %127 = "stablehlo.convert"(%125) : (tensor<1x3xui64>) -> tensor<1x3xui32>
    %128:2 = "func.call"(%111, %113, %127, %126) <{callee = @threefry2x32_1}> : (tensor<ui32>, tensor<ui32>, tensor<1x3xui32>, tensor<1x3xui32>) -> (tensor<1x3xui32>, tensor<1x3xui32>)
    %129 = "stablehlo.xor"(%128#0, %128#1) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %130 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %131 = "stablehlo.broadcast_in_dim"(%130) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x3xui32>
    %132 = "stablehlo.shift_right_logical"(%129, %131) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %133 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %134 = "stablehlo.broadcast_in_dim"(%133) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x3xui32>
    %135 = "stablehlo.or"(%132, %134) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %136 = "stablehlo.bitcast_convert"(%135) : (tensor<1x3xui32>) -> tensor<1x3xf32>
    %137 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %138 = "stablehlo.broadcast_in_dim"(%137) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x3xf32>
    %139 = "stablehlo.subtract"(%136, %138) : (tensor<1x3xf32>, tensor<1x3xf32>) -> tensor<1x3xf32>
    %140 = "stablehlo.subtract"(%109, %108) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %141 = "stablehlo.broadcast_in_dim"(%140) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x3xf32>
    %142 = "stablehlo.multiply"(%139, %141) : (tensor<1x3xf32>, tensor<1x3xf32>) -> tensor<1x3xf32>
    %143 = "stablehlo.broadcast_in_dim"(%108) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x3xf32>
    %144 = "stablehlo.add"(%142, %143) : (tensor<1x3xf32>, tensor<1x3xf32>) -> tensor<1x3xf32>
    %145 = "stablehlo.broadcast_in_dim"(%108) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x3xf32>
    %146 = "stablehlo.maximum"(%145, %144) : (tensor<1x3xf32>, tensor<1x3xf32>) -> tensor<1x3xf32>
    "func.return"(%146) : (tensor<1x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<1x3xui32>, tensor<1x3xui32>) -> (tensor<1x3xui32>, tensor<1x3xui32>), sym_name = "threefry2x32_1", sym_visibility = "private"}> ({
  ^bb0(%arg17: tensor<ui32>, %arg18: tensor<ui32>, %arg19: tensor<1x3xui32>, %arg20: tensor<1x3xui32>):
    %90 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %91 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %92 = "stablehlo.xor"(%arg17, %arg18) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %93 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %94 = "stablehlo.xor"(%92, %93) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %95 = "stablehlo.broadcast_in_dim"(%arg17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x3xui32>
    %96 = "stablehlo.add"(%arg19, %95) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %97 = "stablehlo.broadcast_in_dim"(%arg18) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x3xui32>
    %98 = "stablehlo.add"(%arg20, %97) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %99 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %100 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %101:9 = "stablehlo.while"(%100, %99, %96, %98, %arg18, %94, %arg17, %90, %91) ({
    ^bb0(%arg30: tensor<i32>, %arg31: tensor<i32>, %arg32: tensor<1x3xui32>, %arg33: tensor<1x3xui32>, %arg34: tensor<ui32>, %arg35: tensor<ui32>, %arg36: tensor<ui32>, %arg37: tensor<4xui32>, %arg38: tensor<4xui32>):
      %105 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %106 = "stablehlo.compare"(%arg30, %105) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%106) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg21: tensor<i32>, %arg22: tensor<i32>, %arg23: tensor<1x3xui32>, %arg24: tensor<1x3xui32>, %arg25: tensor<ui32>, %arg26: tensor<ui32>, %arg27: tensor<ui32>, %arg28: tensor<4xui32>, %arg29: tensor<4xui32>):
      %102:8 = "func.call"(%arg22, %arg23, %arg24, %arg25, %arg26, %arg27, %arg28, %arg29) <{callee = @closed_call_2}> : (tensor<i32>, tensor<1x3xui32>, tensor<1x3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<1x3xui32>, tensor<1x3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %103 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %104 = "stablehlo.add"(%arg21, %103) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%104, %102#0, %102#1, %102#2, %102#3, %102#4, %102#5, %102#6, %102#7) : (tensor<i32>, tensor<i32>, tensor<1x3xui32>, tensor<1x3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x3xui32>, tensor<1x3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<1x3xui32>, tensor<1x3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%101#2, %101#3) : (tensor<1x3xui32>, tensor<1x3xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<1x3xui32>, tensor<1x3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<1x3xui32>, tensor<1x3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_2", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<i32>, %arg10: tensor<1x3xui32>, %arg11: tensor<1x3xui32>, %arg12: tensor<ui32>, %arg13: tensor<ui32>, %arg14: tensor<ui32>, %arg15: tensor<4xui32>, %arg16: tensor<4xui32>):
    %35 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %36 = "stablehlo.add"(%arg9, %35) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %37 = "stablehlo.slice"(%arg15) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %38 = "stablehlo.reshape"(%37) : (tensor<1xui32>) -> tensor<ui32>
    %39 = "stablehlo.add"(%arg10, %arg11) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %40 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x3xui32>
    %41 = "stablehlo.shift_left"(%arg11, %40) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %42 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %43 = "stablehlo.subtract"(%42, %38) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %44 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x3xui32>
    %45 = "stablehlo.shift_right_logical"(%arg11, %44) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %46 = "stablehlo.or"(%41, %45) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %47 = "stablehlo.xor"(%39, %46) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %48 = "stablehlo.slice"(%arg15) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %49 = "stablehlo.reshape"(%48) : (tensor<1xui32>) -> tensor<ui32>
    %50 = "stablehlo.add"(%39, %47) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %51 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x3xui32>
    %52 = "stablehlo.shift_left"(%47, %51) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %53 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %54 = "stablehlo.subtract"(%53, %49) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %55 = "stablehlo.broadcast_in_dim"(%54) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x3xui32>
    %56 = "stablehlo.shift_right_logical"(%47, %55) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %57 = "stablehlo.or"(%52, %56) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %58 = "stablehlo.xor"(%50, %57) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %59 = "stablehlo.slice"(%arg15) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %60 = "stablehlo.reshape"(%59) : (tensor<1xui32>) -> tensor<ui32>
    %61 = "stablehlo.add"(%50, %58) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %62 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x3xui32>
    %63 = "stablehlo.shift_left"(%58, %62) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %64 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %65 = "stablehlo.subtract"(%64, %60) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %66 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x3xui32>
    %67 = "stablehlo.shift_right_logical"(%58, %66) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %68 = "stablehlo.or"(%63, %67) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %69 = "stablehlo.xor"(%61, %68) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %70 = "stablehlo.slice"(%arg15) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %71 = "stablehlo.reshape"(%70) : (tensor<1xui32>) -> tensor<ui32>
    %72 = "stablehlo.add"(%61, %69) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %73 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x3xui32>
    %74 = "stablehlo.shift_left"(%69, %73) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %75 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %76 = "stablehlo.subtract"(%75, %71) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %77 = "stablehlo.broadcast_in_dim"(%76) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x3xui32>
    %78 = "stablehlo.shift_right_logical"(%69, %77) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %79 = "stablehlo.or"(%74, %78) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %80 = "stablehlo.xor"(%72, %79) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %81 = "stablehlo.broadcast_in_dim"(%arg12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x3xui32>
    %82 = "stablehlo.add"(%72, %81) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %83 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x3xui32>
    %84 = "stablehlo.add"(%80, %83) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    %85 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %86 = "stablehlo.add"(%arg9, %85) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %87 = "stablehlo.convert"(%86) : (tensor<i32>) -> tensor<ui32>
    %88 = "stablehlo.broadcast_in_dim"(%87) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x3xui32>
    %89 = "stablehlo.add"(%84, %88) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
    "func.return"(%36, %82, %89, %arg13, %arg14, %arg12, %arg16, %arg15) : (tensor<i32>, tensor<1x3xui32>, tensor<1x3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x3xf32>) -> tensor<1xi32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<1x3xf32>):
    %22 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x3xi32>
    %23 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %24 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %25:2 = "stablehlo.reduce"(%arg4, %22, %23, %24) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg5: tensor<f32>, %arg6: tensor<i32>, %arg7: tensor<f32>, %arg8: tensor<i32>):
      %26 = "stablehlo.compare"(%arg5, %arg7) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %27 = "stablehlo.compare"(%arg5, %arg5) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %28 = "stablehlo.or"(%26, %27) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %29 = "stablehlo.compare"(%arg5, %arg7) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %30 = "stablehlo.compare"(%arg6, %arg8) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %31 = "stablehlo.and"(%29, %30) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %32 = "stablehlo.or"(%28, %31) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %33 = "stablehlo.select"(%28, %arg5, %arg7) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %34 = "stablehlo.select"(%32, %arg6, %arg8) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%33, %34) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<1x3xf32>, tensor<1x3xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    "func.return"(%25#1) : (tensor<1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<1x3xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>, res_attrs = [{}], sym_name = "take_along_axis", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<1x3xi32>, %arg1: tensor<1x1xi32>):
    %0 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %2 = "stablehlo.compare"(%arg1, %1) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %3 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %5 = "stablehlo.add"(%arg1, %4) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %6 = "stablehlo.select"(%2, %5, %arg1) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %7 = "stablehlo.constant"() <{value = dense<2> : tensor<1xi32>}> : () -> tensor<1xi32>
    %8 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %9 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %10 = "stablehlo.compare"(%6, %9) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %11 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %12 = "stablehlo.compare"(%6, %11) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %13 = "stablehlo.and"(%10, %12) : (tensor<1x1xi1>, tensor<1x1xi1>) -> tensor<1x1xi1>
    %14 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %15 = "stablehlo.reduce"(%13, %14) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg2: tensor<i1>, %arg3: tensor<i1>):
      %21 = "stablehlo.and"(%arg2, %arg3) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%21) : (tensor<i1>) -> ()
    }) : (tensor<1x1xi1>, tensor<i1>) -> tensor<1xi1>
    %16 = "stablehlo.gather"(%arg0, %6) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1>}> : (tensor<1x3xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %17 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xi1>) -> tensor<1x1xi1>
    %18 = "stablehlo.constant"() <{value = dense<-2147483648> : tensor<i32>}> : () -> tensor<i32>
    %19 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %20 = "stablehlo.select"(%17, %16, %19) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    "func.return"(%20) : (tensor<1x1xi32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
