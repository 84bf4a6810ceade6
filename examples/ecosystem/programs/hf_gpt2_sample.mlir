"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<64x97xf32>, tensor<192xf32>, tensor<192x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256xf32>, tensor<256x64xf32>, tensor<64xf32>, tensor<64x256xf32>, tensor<192xf32>, tensor<192x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256xf32>, tensor<256x64xf32>, tensor<64xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<97x64xf32>, tensor<1x4xi32>, tensor<2xui32>) -> tensor<1x16xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg360: tensor<64x97xf32>, %arg361: tensor<192xf32>, %arg362: tensor<192x64xf32>, %arg363: tensor<64xf32>, %arg364: tensor<64x64xf32>, %arg365: tensor<64xf32>, %arg366: tensor<64xf32>, %arg367: tensor<64xf32>, %arg368: tensor<64xf32>, %arg369: tensor<256xf32>, %arg370: tensor<256x64xf32>, %arg371: tensor<64xf32>, %arg372: tensor<64x256xf32>, %arg373: tensor<192xf32>, %arg374: tensor<192x64xf32>, %arg375: tensor<64xf32>, %arg376: tensor<64x64xf32>, %arg377: tensor<64xf32>, %arg378: tensor<64xf32>, %arg379: tensor<64xf32>, %arg380: tensor<64xf32>, %arg381: tensor<256xf32>, %arg382: tensor<256x64xf32>, %arg383: tensor<64xf32>, %arg384: tensor<64x256xf32>, %arg385: tensor<64xf32>, %arg386: tensor<64xf32>, %arg387: tensor<64x64xf32>, %arg388: tensor<97x64xf32>, %arg389: tensor<1x4xi32>, %arg390: tensor<2xui32>):
    %1181 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1182 = "stablehlo.broadcast_in_dim"(%1181) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %1183 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1184 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1185 = "stablehlo.dynamic_update_slice"(%1182, %arg389, %1183, %1184) : (tensor<1x16xi32>, tensor<1x4xi32>, tensor<i32>, tensor<i32>) -> tensor<1x16xi32>
    %1186 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %1187 = "stablehlo.broadcast_in_dim"(%1186) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1xi1>
    %1188 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1189 = "stablehlo.broadcast_in_dim"(%1188) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1190 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1191 = "stablehlo.broadcast_in_dim"(%1190) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1192 = "func.call"(%1189) <{callee = @atleast_2d}> : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %1193 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
    %1194 = "stablehlo.broadcast_in_dim"(%1193) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi32>) -> tensor<1x16xi32>
    %1195 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1196 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %1197 = "stablehlo.shift_right_logical"(%1195, %1196) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1198 = "stablehlo.convert"(%1197) : (tensor<i32>) -> tensor<ui32>
    %1199 = "stablehlo.broadcast_in_dim"(%1198) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1200 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %1201 = "stablehlo.and"(%1195, %1200) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1202 = "stablehlo.convert"(%1201) : (tensor<i32>) -> tensor<ui32>
    %1203 = "stablehlo.broadcast_in_dim"(%1202) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1204 = "stablehlo.concatenate"(%1199, %1203) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %1205 = "stablehlo.convert"(%1189) : (tensor<1x16xf32>) -> tensor<1x16xi32>
    %1206 = "stablehlo.constant"() <{value = dense<2025011123> : tensor<ui32>}> : () -> tensor<ui32>
    %1207 = "func.call"(%1204, %1206) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1208 = "func.call"(%1207) <{callee = @_normal}> : (tensor<2xui32>) -> tensor<97x64xf32>
    %1209 = "stablehlo.constant"() <{value = dense<3.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1210 = "stablehlo.broadcast_in_dim"(%1209) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<97x64xf32>
    %1211 = "stablehlo.multiply"(%1208, %1210) : (tensor<97x64xf32>, tensor<97x64xf32>) -> tensor<97x64xf32>
    %1212 = "func.call"(%1211, %1205) <{callee = @_take}> : (tensor<97x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %1213 = "stablehlo.constant"() <{value = dense<159409637> : tensor<ui32>}> : () -> tensor<ui32>
    %1214 = "func.call"(%1204, %1213) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1215 = "func.call"(%1214) <{callee = @_normal_2}> : (tensor<2xui32>) -> tensor<64x64xf32>
    %1216 = "stablehlo.constant"() <{value = dense<3.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1217 = "stablehlo.broadcast_in_dim"(%1216) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x64xf32>
    %1218 = "stablehlo.multiply"(%1215, %1217) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    %1219 = "func.call"(%1218, %1194) <{callee = @_take_7}> : (tensor<64x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %1220 = "stablehlo.add"(%1212, %1219) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1221 = "chlo.square"(%1220) : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1222 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1223 = "stablehlo.reduce"(%1220, %1222) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg595: tensor<f32>, %arg596: tensor<f32>):
      %2925 = "stablehlo.add"(%arg595, %arg596) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2925) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1224 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1225 = "stablehlo.broadcast_in_dim"(%1224) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1226 = "stablehlo.divide"(%1223, %1225) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1227 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1228 = "stablehlo.reduce"(%1221, %1227) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg593: tensor<f32>, %arg594: tensor<f32>):
      %2924 = "stablehlo.add"(%arg593, %arg594) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2924) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1229 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1230 = "stablehlo.broadcast_in_dim"(%1229) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1231 = "stablehlo.divide"(%1228, %1230) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1232 = "chlo.square"(%1226) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %1233 = "stablehlo.subtract"(%1231, %1232) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1234 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1235 = "stablehlo.broadcast_in_dim"(%1234) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1236 = "stablehlo.maximum"(%1235, %1233) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1237 = "stablehlo.broadcast_in_dim"(%1226) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1238 = "stablehlo.broadcast_in_dim"(%1236) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1239 = "stablehlo.broadcast_in_dim"(%1237) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1240 = "stablehlo.subtract"(%1220, %1239) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1241 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1242 = "stablehlo.broadcast_in_dim"(%1241) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %1243 = "stablehlo.add"(%1238, %1242) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1244 = "stablehlo.rsqrt"(%1243) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1245 = "stablehlo.constant"() <{value = dense<2935701187> : tensor<ui32>}> : () -> tensor<ui32>
    %1246 = "func.call"(%1204, %1245) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1247 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1248 = "stablehlo.broadcast_in_dim"(%1247) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1249 = "stablehlo.reshape"(%1248) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1250 = "stablehlo.broadcast_in_dim"(%1244) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1251 = "stablehlo.broadcast_in_dim"(%1249) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1252 = "stablehlo.multiply"(%1250, %1251) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1253 = "stablehlo.multiply"(%1240, %1252) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1254 = "stablehlo.constant"() <{value = dense<2700756533> : tensor<ui32>}> : () -> tensor<ui32>
    %1255 = "func.call"(%1204, %1254) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1256 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1257 = "stablehlo.broadcast_in_dim"(%1256) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1258 = "stablehlo.reshape"(%1257) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1259 = "stablehlo.broadcast_in_dim"(%1258) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1260 = "stablehlo.add"(%1253, %1259) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1261 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1262 = "stablehlo.broadcast_in_dim"(%1261) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x64xi1>
    %1263 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64xi32>
    %1264 = "stablehlo.broadcast_in_dim"(%1263) <{broadcast_dimensions = array<i64: 1>}> : (tensor<64xi32>) -> tensor<1x64xi32>
    %1265 = "stablehlo.broadcast_in_dim"(%1264) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xi32>) -> tensor<1x64x1xi32>
    %1266 = "stablehlo.broadcast_in_dim"(%1264) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x64xi32>) -> tensor<1x1x64xi32>
    %1267 = "stablehlo.broadcast_in_dim"(%1265) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xi32>) -> tensor<1x64x64xi32>
    %1268 = "stablehlo.broadcast_in_dim"(%1266) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xi32>) -> tensor<1x64x64xi32>
    %1269 = "stablehlo.compare"(%1267, %1268) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x64x64xi32>, tensor<1x64x64xi32>) -> tensor<1x64x64xi1>
    %1270 = "stablehlo.broadcast_in_dim"(%1269) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x64x64xi1>) -> tensor<1x1x64x64xi1>
    %1271 = "stablehlo.constant"() <{value = dense<2430065622> : tensor<ui32>}> : () -> tensor<ui32>
    %1272 = "func.call"(%1204, %1271) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1273 = "func.call"(%1272) <{callee = @_normal_8}> : (tensor<2xui32>) -> tensor<192x64xf32>
    %1274 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1275 = "stablehlo.broadcast_in_dim"(%1274) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<192x64xf32>
    %1276 = "stablehlo.multiply"(%1273, %1275) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    %1277 = "stablehlo.transpose"(%1276) <{permutation = array<i64: 1, 0>}> : (tensor<192x64xf32>) -> tensor<64x192xf32>
    %1278 = "stablehlo.dot_general"(%1260, %1277) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x192xf32>) -> tensor<1x16x192xf32>
    %1279 = "stablehlo.constant"() <{value = dense<2741499576> : tensor<ui32>}> : () -> tensor<ui32>
    %1280 = "func.call"(%1204, %1279) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1281 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1282 = "stablehlo.broadcast_in_dim"(%1281) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<192xf32>
    %1283 = "stablehlo.broadcast_in_dim"(%1282) <{broadcast_dimensions = array<i64: 2>}> : (tensor<192xf32>) -> tensor<1x1x192xf32>
    %1284 = "stablehlo.broadcast_in_dim"(%1283) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x192xf32>) -> tensor<1x16x192xf32>
    %1285 = "stablehlo.add"(%1278, %1284) : (tensor<1x16x192xf32>, tensor<1x16x192xf32>) -> tensor<1x16x192xf32>
    %1286 = "stablehlo.slice"(%1285) <{limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<1x16x192xf32>) -> tensor<1x16x64xf32>
    %1287 = "stablehlo.slice"(%1285) <{limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<1x16x192xf32>) -> tensor<1x16x64xf32>
    %1288 = "stablehlo.slice"(%1285) <{limit_indices = array<i64: 1, 16, 192>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<1x16x192xf32>) -> tensor<1x16x64xf32>
    %1289 = "stablehlo.reshape"(%1286) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %1290 = "stablehlo.reshape"(%1287) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %1291 = "stablehlo.reshape"(%1288) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %1292 = "stablehlo.slice"(%1270) <{limit_indices = array<i64: 1, 1, 16, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x64x64xi1>) -> tensor<1x1x16x16xi1>
    %1293 = "stablehlo.broadcast_in_dim"(%1191) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<1x16xf32>) -> tensor<1x1x1x16xf32>
    %1294 = "stablehlo.broadcast_in_dim"(%1293) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x1x16x16xf32>
    %1295 = "stablehlo.convert"(%1292) : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xf32>
    %1296 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1297 = "stablehlo.broadcast_in_dim"(%1296) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1298 = "stablehlo.compare"(%1294, %1297) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %1299 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1300 = "stablehlo.broadcast_in_dim"(%1299) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1301 = "stablehlo.compare"(%1295, %1300) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %1302 = "stablehlo.and"(%1298, %1301) : (tensor<1x1x16x16xi1>, tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xi1>
    %1303 = "stablehlo.convert"(%1302) : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xf32>
    %1304 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1305 = "stablehlo.broadcast_in_dim"(%1304) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x4x16xf32>
    %1306 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1307 = "stablehlo.broadcast_in_dim"(%1306) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x4x16xf32>
    %1308 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1309 = "stablehlo.broadcast_in_dim"(%1308) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1310 = "stablehlo.compare"(%1303, %1309) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %1311 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1312 = "stablehlo.broadcast_in_dim"(%1311) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1313 = "stablehlo.convert"(%1312) : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %1314 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %1315 = "stablehlo.broadcast_in_dim"(%1314) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1316 = "stablehlo.select"(%1310, %1313, %1315) : (tensor<1x1x16x16xi1>, tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %1317 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1318 = "stablehlo.sqrt"(%1317) : (tensor<f32>) -> tensor<f32>
    %1319 = "stablehlo.convert"(%1318) : (tensor<f32>) -> tensor<f32>
    %1320 = "stablehlo.broadcast_in_dim"(%1319) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x4x16xf32>
    %1321 = "stablehlo.divide"(%1289, %1320) : (tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x16x4x16xf32>
    %1322 = "stablehlo.dot_general"(%1321, %1290) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %1323 = "stablehlo.broadcast_in_dim"(%1316) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1324 = "stablehlo.add"(%1322, %1323) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1325 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1326 = "stablehlo.reduce"(%1324, %1325) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg591: tensor<f32>, %arg592: tensor<f32>):
      %2923 = "stablehlo.maximum"(%arg591, %arg592) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2923) : (tensor<f32>) -> ()
    }) : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %1327 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1328 = "stablehlo.broadcast_in_dim"(%1327) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x16xf32>
    %1329 = "stablehlo.maximum"(%1328, %1326) : (tensor<1x4x16xf32>, tensor<1x4x16xf32>) -> tensor<1x4x16xf32>
    %1330 = "stablehlo.broadcast_in_dim"(%1329) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %1331 = "stablehlo.broadcast_in_dim"(%1330) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %1332 = "stablehlo.subtract"(%1324, %1331) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1333 = "stablehlo.exponential"(%1332) : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1334 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1335 = "stablehlo.reduce"(%1333, %1334) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg589: tensor<f32>, %arg590: tensor<f32>):
      %2922 = "stablehlo.add"(%arg589, %arg590) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2922) : (tensor<f32>) -> ()
    }) : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %1336 = "stablehlo.broadcast_in_dim"(%1335) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %1337 = "stablehlo.broadcast_in_dim"(%1336) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %1338 = "stablehlo.divide"(%1333, %1337) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1339 = "stablehlo.dot_general"(%1291, %1338) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1340 = "stablehlo.transpose"(%1339) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x4x16x16xf32>) -> tensor<1x16x4x16xf32>
    %1341 = "stablehlo.reshape"(%1340) : (tensor<1x16x4x16xf32>) -> tensor<1x16x64xf32>
    %1342 = "stablehlo.constant"() <{value = dense<637396850> : tensor<ui32>}> : () -> tensor<ui32>
    %1343 = "func.call"(%1204, %1342) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1344 = "func.call"(%1343) <{callee = @_normal_2}> : (tensor<2xui32>) -> tensor<64x64xf32>
    %1345 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1346 = "stablehlo.broadcast_in_dim"(%1345) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x64xf32>
    %1347 = "stablehlo.multiply"(%1344, %1346) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    %1348 = "stablehlo.transpose"(%1347) <{permutation = array<i64: 1, 0>}> : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %1349 = "stablehlo.dot_general"(%1341, %1348) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x64xf32>) -> tensor<1x16x64xf32>
    %1350 = "stablehlo.constant"() <{value = dense<3655871287> : tensor<ui32>}> : () -> tensor<ui32>
    %1351 = "func.call"(%1204, %1350) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1352 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1353 = "stablehlo.broadcast_in_dim"(%1352) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1354 = "stablehlo.broadcast_in_dim"(%1353) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1355 = "stablehlo.broadcast_in_dim"(%1354) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1356 = "stablehlo.add"(%1349, %1355) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1357 = "stablehlo.add"(%1356, %1220) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1358 = "chlo.square"(%1357) : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1359 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1360 = "stablehlo.reduce"(%1357, %1359) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg587: tensor<f32>, %arg588: tensor<f32>):
      %2921 = "stablehlo.add"(%arg587, %arg588) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2921) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1361 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1362 = "stablehlo.broadcast_in_dim"(%1361) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1363 = "stablehlo.divide"(%1360, %1362) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1364 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1365 = "stablehlo.reduce"(%1358, %1364) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg585: tensor<f32>, %arg586: tensor<f32>):
      %2920 = "stablehlo.add"(%arg585, %arg586) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2920) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1366 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1367 = "stablehlo.broadcast_in_dim"(%1366) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1368 = "stablehlo.divide"(%1365, %1367) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1369 = "chlo.square"(%1363) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %1370 = "stablehlo.subtract"(%1368, %1369) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1371 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1372 = "stablehlo.broadcast_in_dim"(%1371) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1373 = "stablehlo.maximum"(%1372, %1370) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1374 = "stablehlo.broadcast_in_dim"(%1363) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1375 = "stablehlo.broadcast_in_dim"(%1373) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1376 = "stablehlo.broadcast_in_dim"(%1374) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1377 = "stablehlo.subtract"(%1357, %1376) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1378 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1379 = "stablehlo.broadcast_in_dim"(%1378) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %1380 = "stablehlo.add"(%1375, %1379) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1381 = "stablehlo.rsqrt"(%1380) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1382 = "stablehlo.constant"() <{value = dense<28233567> : tensor<ui32>}> : () -> tensor<ui32>
    %1383 = "func.call"(%1204, %1382) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1384 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1385 = "stablehlo.broadcast_in_dim"(%1384) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1386 = "stablehlo.reshape"(%1385) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1387 = "stablehlo.broadcast_in_dim"(%1381) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1388 = "stablehlo.broadcast_in_dim"(%1386) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1389 = "stablehlo.multiply"(%1387, %1388) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1390 = "stablehlo.multiply"(%1377, %1389) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1391 = "stablehlo.constant"() <{value = dense<178730832> : tensor<ui32>}> : () -> tensor<ui32>
    %1392 = "func.call"(%1204, %1391) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1393 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1394 = "stablehlo.broadcast_in_dim"(%1393) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1395 = "stablehlo.reshape"(%1394) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1396 = "stablehlo.broadcast_in_dim"(%1395) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1397 = "stablehlo.add"(%1390, %1396) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1398 = "stablehlo.constant"() <{value = dense<802642106> : tensor<ui32>}> : () -> tensor<ui32>
    %1399 = "func.call"(%1204, %1398) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1400 = "func.call"(%1399) <{callee = @_normal_13}> : (tensor<2xui32>) -> tensor<256x64xf32>
    %1401 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1402 = "stablehlo.broadcast_in_dim"(%1401) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<256x64xf32>
    %1403 = "stablehlo.multiply"(%1400, %1402) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %1404 = "stablehlo.transpose"(%1403) <{permutation = array<i64: 1, 0>}> : (tensor<256x64xf32>) -> tensor<64x256xf32>
    %1405 = "stablehlo.dot_general"(%1397, %1404) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x256xf32>) -> tensor<1x16x256xf32>
    %1406 = "stablehlo.constant"() <{value = dense<3187110288> : tensor<ui32>}> : () -> tensor<ui32>
    %1407 = "func.call"(%1204, %1406) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1408 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1409 = "stablehlo.broadcast_in_dim"(%1408) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<256xf32>
    %1410 = "stablehlo.broadcast_in_dim"(%1409) <{broadcast_dimensions = array<i64: 2>}> : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %1411 = "stablehlo.broadcast_in_dim"(%1410) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x256xf32>) -> tensor<1x16x256xf32>
    %1412 = "stablehlo.add"(%1405, %1411) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1413 = "stablehlo.multiply"(%1412, %1412) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1414 = "stablehlo.multiply"(%1413, %1412) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1415 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %1416 = "stablehlo.broadcast_in_dim"(%1415) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x256xf32>
    %1417 = "stablehlo.multiply"(%1416, %1414) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1418 = "stablehlo.add"(%1412, %1417) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1419 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %1420 = "stablehlo.broadcast_in_dim"(%1419) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x256xf32>
    %1421 = "stablehlo.multiply"(%1420, %1418) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1422 = "stablehlo.tanh"(%1421) : (tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1423 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1424 = "stablehlo.broadcast_in_dim"(%1423) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x256xf32>
    %1425 = "stablehlo.add"(%1424, %1422) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1426 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1427 = "stablehlo.broadcast_in_dim"(%1426) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x256xf32>
    %1428 = "stablehlo.multiply"(%1427, %1425) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1429 = "stablehlo.multiply"(%1412, %1428) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1430 = "stablehlo.constant"() <{value = dense<127538014> : tensor<ui32>}> : () -> tensor<ui32>
    %1431 = "func.call"(%1204, %1430) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1432 = "func.call"(%1431) <{callee = @_normal_18}> : (tensor<2xui32>) -> tensor<64x256xf32>
    %1433 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1434 = "stablehlo.broadcast_in_dim"(%1433) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x256xf32>
    %1435 = "stablehlo.multiply"(%1432, %1434) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    %1436 = "stablehlo.transpose"(%1435) <{permutation = array<i64: 1, 0>}> : (tensor<64x256xf32>) -> tensor<256x64xf32>
    %1437 = "stablehlo.dot_general"(%1429, %1436) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x256xf32>, tensor<256x64xf32>) -> tensor<1x16x64xf32>
    %1438 = "stablehlo.constant"() <{value = dense<1294592440> : tensor<ui32>}> : () -> tensor<ui32>
    %1439 = "func.call"(%1204, %1438) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1440 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1441 = "stablehlo.broadcast_in_dim"(%1440) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1442 = "stablehlo.broadcast_in_dim"(%1441) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1443 = "stablehlo.broadcast_in_dim"(%1442) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1444 = "stablehlo.add"(%1437, %1443) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1445 = "stablehlo.add"(%1357, %1444) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1446 = "chlo.square"(%1445) : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1447 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1448 = "stablehlo.reduce"(%1445, %1447) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg583: tensor<f32>, %arg584: tensor<f32>):
      %2919 = "stablehlo.add"(%arg583, %arg584) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2919) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1449 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1450 = "stablehlo.broadcast_in_dim"(%1449) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1451 = "stablehlo.divide"(%1448, %1450) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1452 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1453 = "stablehlo.reduce"(%1446, %1452) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg581: tensor<f32>, %arg582: tensor<f32>):
      %2918 = "stablehlo.add"(%arg581, %arg582) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2918) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1454 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1455 = "stablehlo.broadcast_in_dim"(%1454) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1456 = "stablehlo.divide"(%1453, %1455) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1457 = "chlo.square"(%1451) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %1458 = "stablehlo.subtract"(%1456, %1457) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1459 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1460 = "stablehlo.broadcast_in_dim"(%1459) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1461 = "stablehlo.maximum"(%1460, %1458) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1462 = "stablehlo.broadcast_in_dim"(%1451) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1463 = "stablehlo.broadcast_in_dim"(%1461) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1464 = "stablehlo.broadcast_in_dim"(%1462) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1465 = "stablehlo.subtract"(%1445, %1464) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1466 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1467 = "stablehlo.broadcast_in_dim"(%1466) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %1468 = "stablehlo.add"(%1463, %1467) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1469 = "stablehlo.rsqrt"(%1468) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1470 = "stablehlo.constant"() <{value = dense<3441661193> : tensor<ui32>}> : () -> tensor<ui32>
    %1471 = "func.call"(%1204, %1470) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1472 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1473 = "stablehlo.broadcast_in_dim"(%1472) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1474 = "stablehlo.reshape"(%1473) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1475 = "stablehlo.broadcast_in_dim"(%1469) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1476 = "stablehlo.broadcast_in_dim"(%1474) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1477 = "stablehlo.multiply"(%1475, %1476) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1478 = "stablehlo.multiply"(%1465, %1477) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1479 = "stablehlo.constant"() <{value = dense<3595673807> : tensor<ui32>}> : () -> tensor<ui32>
    %1480 = "func.call"(%1204, %1479) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1481 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1482 = "stablehlo.broadcast_in_dim"(%1481) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1483 = "stablehlo.reshape"(%1482) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1484 = "stablehlo.broadcast_in_dim"(%1483) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1485 = "stablehlo.add"(%1478, %1484) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1486 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1487 = "stablehlo.broadcast_in_dim"(%1486) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x64xi1>
    %1488 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64xi32>
    %1489 = "stablehlo.broadcast_in_dim"(%1488) <{broadcast_dimensions = array<i64: 1>}> : (tensor<64xi32>) -> tensor<1x64xi32>
    %1490 = "stablehlo.broadcast_in_dim"(%1489) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xi32>) -> tensor<1x64x1xi32>
    %1491 = "stablehlo.broadcast_in_dim"(%1489) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x64xi32>) -> tensor<1x1x64xi32>
    %1492 = "stablehlo.broadcast_in_dim"(%1490) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xi32>) -> tensor<1x64x64xi32>
    %1493 = "stablehlo.broadcast_in_dim"(%1491) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xi32>) -> tensor<1x64x64xi32>
    %1494 = "stablehlo.compare"(%1492, %1493) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x64x64xi32>, tensor<1x64x64xi32>) -> tensor<1x64x64xi1>
    %1495 = "stablehlo.broadcast_in_dim"(%1494) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x64x64xi1>) -> tensor<1x1x64x64xi1>
    %1496 = "stablehlo.constant"() <{value = dense<2188914395> : tensor<ui32>}> : () -> tensor<ui32>
    %1497 = "func.call"(%1204, %1496) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1498 = "func.call"(%1497) <{callee = @_normal_8}> : (tensor<2xui32>) -> tensor<192x64xf32>
    %1499 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1500 = "stablehlo.broadcast_in_dim"(%1499) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<192x64xf32>
    %1501 = "stablehlo.multiply"(%1498, %1500) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    %1502 = "stablehlo.transpose"(%1501) <{permutation = array<i64: 1, 0>}> : (tensor<192x64xf32>) -> tensor<64x192xf32>
    %1503 = "stablehlo.dot_general"(%1485, %1502) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x192xf32>) -> tensor<1x16x192xf32>
    %1504 = "stablehlo.constant"() <{value = dense<2189849032> : tensor<ui32>}> : () -> tensor<ui32>
    %1505 = "func.call"(%1204, %1504) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1506 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1507 = "stablehlo.broadcast_in_dim"(%1506) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<192xf32>
    %1508 = "stablehlo.broadcast_in_dim"(%1507) <{broadcast_dimensions = array<i64: 2>}> : (tensor<192xf32>) -> tensor<1x1x192xf32>
    %1509 = "stablehlo.broadcast_in_dim"(%1508) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x192xf32>) -> tensor<1x16x192xf32>
    %1510 = "stablehlo.add"(%1503, %1509) : (tensor<1x16x192xf32>, tensor<1x16x192xf32>) -> tensor<1x16x192xf32>
    %1511 = "stablehlo.slice"(%1510) <{limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<1x16x192xf32>) -> tensor<1x16x64xf32>
    %1512 = "stablehlo.slice"(%1510) <{limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<1x16x192xf32>) -> tensor<1x16x64xf32>
    %1513 = "stablehlo.slice"(%1510) <{limit_indices = array<i64: 1, 16, 192>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<1x16x192xf32>) -> tensor<1x16x64xf32>
    %1514 = "stablehlo.reshape"(%1511) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %1515 = "stablehlo.reshape"(%1512) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %1516 = "stablehlo.reshape"(%1513) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %1517 = "stablehlo.slice"(%1495) <{limit_indices = array<i64: 1, 1, 16, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x64x64xi1>) -> tensor<1x1x16x16xi1>
    %1518 = "stablehlo.broadcast_in_dim"(%1191) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<1x16xf32>) -> tensor<1x1x1x16xf32>
    %1519 = "stablehlo.broadcast_in_dim"(%1518) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x1x16x16xf32>
    %1520 = "stablehlo.convert"(%1517) : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xf32>
    %1521 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1522 = "stablehlo.broadcast_in_dim"(%1521) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1523 = "stablehlo.compare"(%1519, %1522) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %1524 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1525 = "stablehlo.broadcast_in_dim"(%1524) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1526 = "stablehlo.compare"(%1520, %1525) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %1527 = "stablehlo.and"(%1523, %1526) : (tensor<1x1x16x16xi1>, tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xi1>
    %1528 = "stablehlo.convert"(%1527) : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xf32>
    %1529 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1530 = "stablehlo.broadcast_in_dim"(%1529) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x4x16xf32>
    %1531 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1532 = "stablehlo.broadcast_in_dim"(%1531) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x4x16xf32>
    %1533 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1534 = "stablehlo.broadcast_in_dim"(%1533) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1535 = "stablehlo.compare"(%1528, %1534) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %1536 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1537 = "stablehlo.broadcast_in_dim"(%1536) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1538 = "stablehlo.convert"(%1537) : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %1539 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %1540 = "stablehlo.broadcast_in_dim"(%1539) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %1541 = "stablehlo.select"(%1535, %1538, %1540) : (tensor<1x1x16x16xi1>, tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %1542 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1543 = "stablehlo.sqrt"(%1542) : (tensor<f32>) -> tensor<f32>
    %1544 = "stablehlo.convert"(%1543) : (tensor<f32>) -> tensor<f32>
    %1545 = "stablehlo.broadcast_in_dim"(%1544) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x4x16xf32>
    %1546 = "stablehlo.divide"(%1514, %1545) : (tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x16x4x16xf32>
    %1547 = "stablehlo.dot_general"(%1546, %1515) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %1548 = "stablehlo.broadcast_in_dim"(%1541) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1549 = "stablehlo.add"(%1547, %1548) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1550 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1551 = "stablehlo.reduce"(%1549, %1550) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg579: tensor<f32>, %arg580: tensor<f32>):
      %2917 = "stablehlo.maximum"(%arg579, %arg580) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2917) : (tensor<f32>) -> ()
    }) : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %1552 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1553 = "stablehlo.broadcast_in_dim"(%1552) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x16xf32>
    %1554 = "stablehlo.maximum"(%1553, %1551) : (tensor<1x4x16xf32>, tensor<1x4x16xf32>) -> tensor<1x4x16xf32>
    %1555 = "stablehlo.broadcast_in_dim"(%1554) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %1556 = "stablehlo.broadcast_in_dim"(%1555) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %1557 = "stablehlo.subtract"(%1549, %1556) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1558 = "stablehlo.exponential"(%1557) : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1559 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1560 = "stablehlo.reduce"(%1558, %1559) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg577: tensor<f32>, %arg578: tensor<f32>):
      %2916 = "stablehlo.add"(%arg577, %arg578) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2916) : (tensor<f32>) -> ()
    }) : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %1561 = "stablehlo.broadcast_in_dim"(%1560) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %1562 = "stablehlo.broadcast_in_dim"(%1561) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %1563 = "stablehlo.divide"(%1558, %1562) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1564 = "stablehlo.dot_general"(%1516, %1563) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %1565 = "stablehlo.transpose"(%1564) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x4x16x16xf32>) -> tensor<1x16x4x16xf32>
    %1566 = "stablehlo.reshape"(%1565) : (tensor<1x16x4x16xf32>) -> tensor<1x16x64xf32>
    %1567 = "stablehlo.constant"() <{value = dense<2805308958> : tensor<ui32>}> : () -> tensor<ui32>
    %1568 = "func.call"(%1204, %1567) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1569 = "func.call"(%1568) <{callee = @_normal_2}> : (tensor<2xui32>) -> tensor<64x64xf32>
    %1570 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1571 = "stablehlo.broadcast_in_dim"(%1570) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x64xf32>
    %1572 = "stablehlo.multiply"(%1569, %1571) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    %1573 = "stablehlo.transpose"(%1572) <{permutation = array<i64: 1, 0>}> : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %1574 = "stablehlo.dot_general"(%1566, %1573) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x64xf32>) -> tensor<1x16x64xf32>
    %1575 = "stablehlo.constant"() <{value = dense<203310434> : tensor<ui32>}> : () -> tensor<ui32>
    %1576 = "func.call"(%1204, %1575) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1577 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1578 = "stablehlo.broadcast_in_dim"(%1577) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1579 = "stablehlo.broadcast_in_dim"(%1578) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1580 = "stablehlo.broadcast_in_dim"(%1579) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1581 = "stablehlo.add"(%1574, %1580) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1582 = "stablehlo.add"(%1581, %1445) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1583 = "chlo.square"(%1582) : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1584 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1585 = "stablehlo.reduce"(%1582, %1584) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg575: tensor<f32>, %arg576: tensor<f32>):
      %2915 = "stablehlo.add"(%arg575, %arg576) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2915) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1586 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1587 = "stablehlo.broadcast_in_dim"(%1586) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1588 = "stablehlo.divide"(%1585, %1587) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1589 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1590 = "stablehlo.reduce"(%1583, %1589) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg573: tensor<f32>, %arg574: tensor<f32>):
      %2914 = "stablehlo.add"(%arg573, %arg574) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2914) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1591 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1592 = "stablehlo.broadcast_in_dim"(%1591) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1593 = "stablehlo.divide"(%1590, %1592) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1594 = "chlo.square"(%1588) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %1595 = "stablehlo.subtract"(%1593, %1594) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1596 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1597 = "stablehlo.broadcast_in_dim"(%1596) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1598 = "stablehlo.maximum"(%1597, %1595) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1599 = "stablehlo.broadcast_in_dim"(%1588) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1600 = "stablehlo.broadcast_in_dim"(%1598) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1601 = "stablehlo.broadcast_in_dim"(%1599) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1602 = "stablehlo.subtract"(%1582, %1601) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1603 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1604 = "stablehlo.broadcast_in_dim"(%1603) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %1605 = "stablehlo.add"(%1600, %1604) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1606 = "stablehlo.rsqrt"(%1605) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1607 = "stablehlo.constant"() <{value = dense<250018773> : tensor<ui32>}> : () -> tensor<ui32>
    %1608 = "func.call"(%1204, %1607) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1609 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1610 = "stablehlo.broadcast_in_dim"(%1609) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1611 = "stablehlo.reshape"(%1610) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1612 = "stablehlo.broadcast_in_dim"(%1606) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1613 = "stablehlo.broadcast_in_dim"(%1611) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1614 = "stablehlo.multiply"(%1612, %1613) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1615 = "stablehlo.multiply"(%1602, %1614) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1616 = "stablehlo.constant"() <{value = dense<2251315377> : tensor<ui32>}> : () -> tensor<ui32>
    %1617 = "func.call"(%1204, %1616) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1618 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1619 = "stablehlo.broadcast_in_dim"(%1618) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1620 = "stablehlo.reshape"(%1619) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1621 = "stablehlo.broadcast_in_dim"(%1620) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1622 = "stablehlo.add"(%1615, %1621) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1623 = "stablehlo.constant"() <{value = dense<2870749611> : tensor<ui32>}> : () -> tensor<ui32>
    %1624 = "func.call"(%1204, %1623) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1625 = "func.call"(%1624) <{callee = @_normal_13}> : (tensor<2xui32>) -> tensor<256x64xf32>
    %1626 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1627 = "stablehlo.broadcast_in_dim"(%1626) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<256x64xf32>
    %1628 = "stablehlo.multiply"(%1625, %1627) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %1629 = "stablehlo.transpose"(%1628) <{permutation = array<i64: 1, 0>}> : (tensor<256x64xf32>) -> tensor<64x256xf32>
    %1630 = "stablehlo.dot_general"(%1622, %1629) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x256xf32>) -> tensor<1x16x256xf32>
    %1631 = "stablehlo.constant"() <{value = dense<1829223428> : tensor<ui32>}> : () -> tensor<ui32>
    %1632 = "func.call"(%1204, %1631) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1633 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1634 = "stablehlo.broadcast_in_dim"(%1633) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<256xf32>
    %1635 = "stablehlo.broadcast_in_dim"(%1634) <{broadcast_dimensions = array<i64: 2>}> : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %1636 = "stablehlo.broadcast_in_dim"(%1635) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x256xf32>) -> tensor<1x16x256xf32>
    %1637 = "stablehlo.add"(%1630, %1636) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1638 = "stablehlo.multiply"(%1637, %1637) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1639 = "stablehlo.multiply"(%1638, %1637) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1640 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %1641 = "stablehlo.broadcast_in_dim"(%1640) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x256xf32>
    %1642 = "stablehlo.multiply"(%1641, %1639) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1643 = "stablehlo.add"(%1637, %1642) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1644 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %1645 = "stablehlo.broadcast_in_dim"(%1644) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x256xf32>
    %1646 = "stablehlo.multiply"(%1645, %1643) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1647 = "stablehlo.tanh"(%1646) : (tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1648 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1649 = "stablehlo.broadcast_in_dim"(%1648) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x256xf32>
    %1650 = "stablehlo.add"(%1649, %1647) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1651 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1652 = "stablehlo.broadcast_in_dim"(%1651) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x256xf32>
    %1653 = "stablehlo.multiply"(%1652, %1650) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1654 = "stablehlo.multiply"(%1637, %1653) : (tensor<1x16x256xf32>, tensor<1x16x256xf32>) -> tensor<1x16x256xf32>
    %1655 = "stablehlo.constant"() <{value = dense<997290576> : tensor<ui32>}> : () -> tensor<ui32>
    %1656 = "func.call"(%1204, %1655) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1657 = "func.call"(%1656) <{callee = @_normal_18}> : (tensor<2xui32>) -> tensor<64x256xf32>
    %1658 = "stablehlo.constant"() <{value = dense<2.000000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1659 = "stablehlo.broadcast_in_dim"(%1658) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x256xf32>
    %1660 = "stablehlo.multiply"(%1657, %1659) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    %1661 = "stablehlo.transpose"(%1660) <{permutation = array<i64: 1, 0>}> : (tensor<64x256xf32>) -> tensor<256x64xf32>
    %1662 = "stablehlo.dot_general"(%1654, %1661) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x256xf32>, tensor<256x64xf32>) -> tensor<1x16x64xf32>
    %1663 = "stablehlo.constant"() <{value = dense<211029637> : tensor<ui32>}> : () -> tensor<ui32>
    %1664 = "func.call"(%1204, %1663) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1665 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1666 = "stablehlo.broadcast_in_dim"(%1665) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1667 = "stablehlo.broadcast_in_dim"(%1666) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1668 = "stablehlo.broadcast_in_dim"(%1667) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1669 = "stablehlo.add"(%1662, %1668) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1670 = "stablehlo.add"(%1582, %1669) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1671 = "chlo.square"(%1670) : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1672 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1673 = "stablehlo.reduce"(%1670, %1672) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg571: tensor<f32>, %arg572: tensor<f32>):
      %2913 = "stablehlo.add"(%arg571, %arg572) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2913) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1674 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1675 = "stablehlo.broadcast_in_dim"(%1674) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1676 = "stablehlo.divide"(%1673, %1675) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1677 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1678 = "stablehlo.reduce"(%1671, %1677) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg569: tensor<f32>, %arg570: tensor<f32>):
      %2912 = "stablehlo.add"(%arg569, %arg570) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2912) : (tensor<f32>) -> ()
    }) : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %1679 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1680 = "stablehlo.broadcast_in_dim"(%1679) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1681 = "stablehlo.divide"(%1678, %1680) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1682 = "chlo.square"(%1676) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %1683 = "stablehlo.subtract"(%1681, %1682) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1684 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1685 = "stablehlo.broadcast_in_dim"(%1684) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %1686 = "stablehlo.maximum"(%1685, %1683) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %1687 = "stablehlo.broadcast_in_dim"(%1676) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1688 = "stablehlo.broadcast_in_dim"(%1686) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %1689 = "stablehlo.broadcast_in_dim"(%1687) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1690 = "stablehlo.subtract"(%1670, %1689) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1691 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1692 = "stablehlo.broadcast_in_dim"(%1691) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %1693 = "stablehlo.add"(%1688, %1692) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1694 = "stablehlo.rsqrt"(%1693) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %1695 = "stablehlo.constant"() <{value = dense<1328829645> : tensor<ui32>}> : () -> tensor<ui32>
    %1696 = "func.call"(%1204, %1695) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1697 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1698 = "stablehlo.broadcast_in_dim"(%1697) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1699 = "stablehlo.reshape"(%1698) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1700 = "stablehlo.broadcast_in_dim"(%1694) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %1701 = "stablehlo.broadcast_in_dim"(%1699) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1702 = "stablehlo.multiply"(%1700, %1701) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1703 = "stablehlo.multiply"(%1690, %1702) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1704 = "stablehlo.constant"() <{value = dense<2723810746> : tensor<ui32>}> : () -> tensor<ui32>
    %1705 = "func.call"(%1204, %1704) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1706 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1707 = "stablehlo.broadcast_in_dim"(%1706) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64xf32>
    %1708 = "stablehlo.reshape"(%1707) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1709 = "stablehlo.broadcast_in_dim"(%1708) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x16x64xf32>
    %1710 = "stablehlo.add"(%1703, %1709) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1711 = "stablehlo.constant"() <{value = dense<3308860021> : tensor<ui32>}> : () -> tensor<ui32>
    %1712 = "func.call"(%1204, %1711) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %1713 = "func.call"(%1712) <{callee = @_normal_23}> : (tensor<2xui32>) -> tensor<64x97xf32>
    %1714 = "stablehlo.constant"() <{value = dense<3.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1715 = "stablehlo.broadcast_in_dim"(%1714) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x97xf32>
    %1716 = "stablehlo.multiply"(%1713, %1715) : (tensor<64x97xf32>, tensor<64x97xf32>) -> tensor<64x97xf32>
    %1717 = "stablehlo.dot_general"(%1710, %1716) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x97xf32>) -> tensor<1x16x97xf32>
    %1718 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1719 = "stablehlo.broadcast_in_dim"(%1718) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %1720 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %1721 = "stablehlo.broadcast_in_dim"(%1720) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xi32>) -> tensor<1x4xi32>
    %1722 = "func.call"(%arg390) <{callee = @_threefry_split}> : (tensor<2xui32>) -> tensor<2x2xui32>
    %1723 = "stablehlo.slice"(%1722) <{limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %1724 = "stablehlo.reshape"(%1723) : (tensor<1x2xui32>) -> tensor<2xui32>
    %1725 = "stablehlo.slice"(%1722) <{limit_indices = array<i64: 2, 2>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %1726 = "stablehlo.reshape"(%1725) : (tensor<1x2xui32>) -> tensor<2xui32>
    %1727 = "func.call"(%arg388, %arg389) <{callee = @_take_30}> : (tensor<97x64xf32>, tensor<1x4xi32>) -> tensor<1x4x64xf32>
    %1728 = "func.call"(%arg387, %1721) <{callee = @_take_32}> : (tensor<64x64xf32>, tensor<1x4xi32>) -> tensor<1x4x64xf32>
    %1729 = "stablehlo.add"(%1727, %1728) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1730 = "chlo.square"(%1729) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1731 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1732 = "stablehlo.reduce"(%1729, %1731) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg567: tensor<f32>, %arg568: tensor<f32>):
      %2911 = "stablehlo.add"(%arg567, %arg568) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2911) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1733 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1734 = "stablehlo.broadcast_in_dim"(%1733) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1735 = "stablehlo.divide"(%1732, %1734) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1736 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1737 = "stablehlo.reduce"(%1730, %1736) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg565: tensor<f32>, %arg566: tensor<f32>):
      %2910 = "stablehlo.add"(%arg565, %arg566) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2910) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1738 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1739 = "stablehlo.broadcast_in_dim"(%1738) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1740 = "stablehlo.divide"(%1737, %1739) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1741 = "chlo.square"(%1735) : (tensor<1x4xf32>) -> tensor<1x4xf32>
    %1742 = "stablehlo.subtract"(%1740, %1741) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1743 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1744 = "stablehlo.broadcast_in_dim"(%1743) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1745 = "stablehlo.maximum"(%1744, %1742) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1746 = "stablehlo.broadcast_in_dim"(%1735) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1747 = "stablehlo.broadcast_in_dim"(%1745) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1748 = "stablehlo.broadcast_in_dim"(%1746) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1749 = "stablehlo.subtract"(%1729, %1748) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1750 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1751 = "stablehlo.broadcast_in_dim"(%1750) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1752 = "stablehlo.add"(%1747, %1751) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1753 = "stablehlo.rsqrt"(%1752) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1754 = "stablehlo.reshape"(%arg366) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1755 = "stablehlo.broadcast_in_dim"(%1753) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1756 = "stablehlo.broadcast_in_dim"(%1754) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1757 = "stablehlo.multiply"(%1755, %1756) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1758 = "stablehlo.multiply"(%1749, %1757) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1759 = "stablehlo.reshape"(%arg365) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1760 = "stablehlo.broadcast_in_dim"(%1759) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1761 = "stablehlo.add"(%1758, %1760) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1762 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1763 = "stablehlo.broadcast_in_dim"(%1762) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x64xi1>
    %1764 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64xi32>
    %1765 = "stablehlo.broadcast_in_dim"(%1764) <{broadcast_dimensions = array<i64: 1>}> : (tensor<64xi32>) -> tensor<1x64xi32>
    %1766 = "stablehlo.broadcast_in_dim"(%1765) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xi32>) -> tensor<1x64x1xi32>
    %1767 = "stablehlo.broadcast_in_dim"(%1765) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x64xi32>) -> tensor<1x1x64xi32>
    %1768 = "stablehlo.broadcast_in_dim"(%1766) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xi32>) -> tensor<1x64x64xi32>
    %1769 = "stablehlo.broadcast_in_dim"(%1767) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xi32>) -> tensor<1x64x64xi32>
    %1770 = "stablehlo.compare"(%1768, %1769) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x64x64xi32>, tensor<1x64x64xi32>) -> tensor<1x64x64xi1>
    %1771 = "stablehlo.broadcast_in_dim"(%1770) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x64x64xi1>) -> tensor<1x1x64x64xi1>
    %1772 = "stablehlo.transpose"(%arg362) <{permutation = array<i64: 1, 0>}> : (tensor<192x64xf32>) -> tensor<64x192xf32>
    %1773 = "stablehlo.dot_general"(%1761, %1772) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<64x192xf32>) -> tensor<1x4x192xf32>
    %1774 = "stablehlo.broadcast_in_dim"(%arg361) <{broadcast_dimensions = array<i64: 2>}> : (tensor<192xf32>) -> tensor<1x1x192xf32>
    %1775 = "stablehlo.broadcast_in_dim"(%1774) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x192xf32>) -> tensor<1x4x192xf32>
    %1776 = "stablehlo.add"(%1773, %1775) : (tensor<1x4x192xf32>, tensor<1x4x192xf32>) -> tensor<1x4x192xf32>
    %1777 = "stablehlo.slice"(%1776) <{limit_indices = array<i64: 1, 4, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<1x4x192xf32>) -> tensor<1x4x64xf32>
    %1778 = "stablehlo.slice"(%1776) <{limit_indices = array<i64: 1, 4, 128>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<1x4x192xf32>) -> tensor<1x4x64xf32>
    %1779 = "stablehlo.slice"(%1776) <{limit_indices = array<i64: 1, 4, 192>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<1x4x192xf32>) -> tensor<1x4x64xf32>
    %1780 = "stablehlo.reshape"(%1777) : (tensor<1x4x64xf32>) -> tensor<1x4x4x16xf32>
    %1781 = "stablehlo.reshape"(%1778) : (tensor<1x4x64xf32>) -> tensor<1x4x4x16xf32>
    %1782 = "stablehlo.reshape"(%1779) : (tensor<1x4x64xf32>) -> tensor<1x4x4x16xf32>
    %1783 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1784 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1785 = "stablehlo.compare"(%1783, %1784) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1786 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1787 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
    %1788 = "stablehlo.add"(%1786, %1787) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1789 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1790 = "stablehlo.select"(%1785, %1788, %1789) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1791 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1792 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1793 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1794 = "stablehlo.dynamic_slice"(%1771, %1791, %1792, %1790, %1793) <{slice_sizes = array<i64: 1, 1, 4, 16>}> : (tensor<1x1x64x64xi1>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x4x16xi1>
    %1795 = "stablehlo.broadcast_in_dim"(%1719) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<1x16xi32>) -> tensor<1x1x1x16xi32>
    %1796 = "stablehlo.broadcast_in_dim"(%1795) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xi32>) -> tensor<1x1x4x16xi32>
    %1797 = "stablehlo.convert"(%1794) : (tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xi32>
    %1798 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1799 = "stablehlo.broadcast_in_dim"(%1798) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x4x16xi32>
    %1800 = "stablehlo.compare"(%1796, %1799) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x4x16xi32>, tensor<1x1x4x16xi32>) -> tensor<1x1x4x16xi1>
    %1801 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1802 = "stablehlo.broadcast_in_dim"(%1801) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x4x16xi32>
    %1803 = "stablehlo.compare"(%1797, %1802) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x4x16xi32>, tensor<1x1x4x16xi32>) -> tensor<1x1x4x16xi1>
    %1804 = "stablehlo.and"(%1800, %1803) : (tensor<1x1x4x16xi1>, tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xi1>
    %1805 = "stablehlo.convert"(%1804) : (tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xf32>
    %1806 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1807 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1808 = "stablehlo.compare"(%1806, %1807) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1809 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1810 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %1811 = "stablehlo.add"(%1809, %1810) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1812 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1813 = "stablehlo.select"(%1808, %1811, %1812) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1814 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1815 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1816 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1817 = "stablehlo.dynamic_update_slice"(%1305, %1781, %1814, %1813, %1815, %1816) : (tensor<1x16x4x16xf32>, tensor<1x4x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x4x16xf32>
    %1818 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1819 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1820 = "stablehlo.compare"(%1818, %1819) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1821 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1822 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %1823 = "stablehlo.add"(%1821, %1822) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1824 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1825 = "stablehlo.select"(%1820, %1823, %1824) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %1826 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1827 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1828 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1829 = "stablehlo.dynamic_update_slice"(%1307, %1782, %1826, %1825, %1827, %1828) : (tensor<1x16x4x16xf32>, tensor<1x4x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x4x16xf32>
    %1830 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1831 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1832 = "stablehlo.add"(%1830, %1831) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1833 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
    %1834 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1835 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1836 = "stablehlo.add"(%1834, %1835) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1837 = "stablehlo.broadcast_in_dim"(%1836) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %1838 = "stablehlo.compare"(%1833, %1837) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %1839 = "stablehlo.broadcast_in_dim"(%1838) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xi1>) -> tensor<1x1x4x16xi1>
    %1840 = "stablehlo.convert"(%1839) : (tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xf32>
    %1841 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1842 = "stablehlo.broadcast_in_dim"(%1841) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %1843 = "stablehlo.compare"(%1840, %1842) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xi1>
    %1844 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1845 = "stablehlo.broadcast_in_dim"(%1844) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %1846 = "stablehlo.compare"(%1805, %1845) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xi1>
    %1847 = "stablehlo.and"(%1843, %1846) : (tensor<1x1x4x16xi1>, tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xi1>
    %1848 = "stablehlo.convert"(%1847) : (tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xf32>
    %1849 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1850 = "stablehlo.broadcast_in_dim"(%1849) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %1851 = "stablehlo.compare"(%1848, %1850) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xi1>
    %1852 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1853 = "stablehlo.broadcast_in_dim"(%1852) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %1854 = "stablehlo.convert"(%1853) : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %1855 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %1856 = "stablehlo.broadcast_in_dim"(%1855) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %1857 = "stablehlo.select"(%1851, %1854, %1856) : (tensor<1x1x4x16xi1>, tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %1858 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1859 = "stablehlo.sqrt"(%1858) : (tensor<f32>) -> tensor<f32>
    %1860 = "stablehlo.convert"(%1859) : (tensor<f32>) -> tensor<f32>
    %1861 = "stablehlo.broadcast_in_dim"(%1860) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x16xf32>
    %1862 = "stablehlo.divide"(%1780, %1861) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1863 = "stablehlo.dot_general"(%1862, %1817) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1864 = "stablehlo.broadcast_in_dim"(%1857) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1865 = "stablehlo.add"(%1863, %1864) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1866 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1867 = "stablehlo.reduce"(%1865, %1866) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg563: tensor<f32>, %arg564: tensor<f32>):
      %2909 = "stablehlo.maximum"(%arg563, %arg564) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2909) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x16xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1868 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1869 = "stablehlo.broadcast_in_dim"(%1868) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4xf32>
    %1870 = "stablehlo.maximum"(%1869, %1867) : (tensor<1x4x4xf32>, tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
    %1871 = "stablehlo.broadcast_in_dim"(%1870) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1872 = "stablehlo.broadcast_in_dim"(%1871) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x16xf32>
    %1873 = "stablehlo.subtract"(%1865, %1872) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1874 = "stablehlo.exponential"(%1873) : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1875 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1876 = "stablehlo.reduce"(%1874, %1875) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg561: tensor<f32>, %arg562: tensor<f32>):
      %2908 = "stablehlo.add"(%arg561, %arg562) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2908) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x16xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %1877 = "stablehlo.broadcast_in_dim"(%1876) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %1878 = "stablehlo.broadcast_in_dim"(%1877) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x16xf32>
    %1879 = "stablehlo.divide"(%1874, %1878) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %1880 = "stablehlo.dot_general"(%1829, %1879) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x16x4xf32>
    %1881 = "stablehlo.transpose"(%1880) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x4x16x4xf32>) -> tensor<1x4x4x16xf32>
    %1882 = "stablehlo.reshape"(%1881) : (tensor<1x4x4x16xf32>) -> tensor<1x4x64xf32>
    %1883 = "stablehlo.transpose"(%arg364) <{permutation = array<i64: 1, 0>}> : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %1884 = "stablehlo.dot_general"(%1882, %1883) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<64x64xf32>) -> tensor<1x4x64xf32>
    %1885 = "stablehlo.broadcast_in_dim"(%arg363) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1886 = "stablehlo.broadcast_in_dim"(%1885) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1887 = "stablehlo.add"(%1884, %1886) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1888 = "stablehlo.add"(%1887, %1729) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1889 = "chlo.square"(%1888) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1890 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1891 = "stablehlo.reduce"(%1888, %1890) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg559: tensor<f32>, %arg560: tensor<f32>):
      %2907 = "stablehlo.add"(%arg559, %arg560) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2907) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1892 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1893 = "stablehlo.broadcast_in_dim"(%1892) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1894 = "stablehlo.divide"(%1891, %1893) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1895 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1896 = "stablehlo.reduce"(%1889, %1895) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg557: tensor<f32>, %arg558: tensor<f32>):
      %2906 = "stablehlo.add"(%arg557, %arg558) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2906) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1897 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1898 = "stablehlo.broadcast_in_dim"(%1897) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1899 = "stablehlo.divide"(%1896, %1898) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1900 = "chlo.square"(%1894) : (tensor<1x4xf32>) -> tensor<1x4xf32>
    %1901 = "stablehlo.subtract"(%1899, %1900) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1902 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1903 = "stablehlo.broadcast_in_dim"(%1902) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1904 = "stablehlo.maximum"(%1903, %1901) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1905 = "stablehlo.broadcast_in_dim"(%1894) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1906 = "stablehlo.broadcast_in_dim"(%1904) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1907 = "stablehlo.broadcast_in_dim"(%1905) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1908 = "stablehlo.subtract"(%1888, %1907) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1909 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1910 = "stablehlo.broadcast_in_dim"(%1909) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1911 = "stablehlo.add"(%1906, %1910) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1912 = "stablehlo.rsqrt"(%1911) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1913 = "stablehlo.reshape"(%arg368) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1914 = "stablehlo.broadcast_in_dim"(%1912) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1915 = "stablehlo.broadcast_in_dim"(%1913) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1916 = "stablehlo.multiply"(%1914, %1915) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1917 = "stablehlo.multiply"(%1908, %1916) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1918 = "stablehlo.reshape"(%arg367) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1919 = "stablehlo.broadcast_in_dim"(%1918) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1920 = "stablehlo.add"(%1917, %1919) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1921 = "stablehlo.transpose"(%arg370) <{permutation = array<i64: 1, 0>}> : (tensor<256x64xf32>) -> tensor<64x256xf32>
    %1922 = "stablehlo.dot_general"(%1920, %1921) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<64x256xf32>) -> tensor<1x4x256xf32>
    %1923 = "stablehlo.broadcast_in_dim"(%arg369) <{broadcast_dimensions = array<i64: 2>}> : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %1924 = "stablehlo.broadcast_in_dim"(%1923) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x256xf32>) -> tensor<1x4x256xf32>
    %1925 = "stablehlo.add"(%1922, %1924) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1926 = "stablehlo.multiply"(%1925, %1925) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1927 = "stablehlo.multiply"(%1926, %1925) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1928 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %1929 = "stablehlo.broadcast_in_dim"(%1928) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x256xf32>
    %1930 = "stablehlo.multiply"(%1929, %1927) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1931 = "stablehlo.add"(%1925, %1930) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1932 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %1933 = "stablehlo.broadcast_in_dim"(%1932) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x256xf32>
    %1934 = "stablehlo.multiply"(%1933, %1931) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1935 = "stablehlo.tanh"(%1934) : (tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1936 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1937 = "stablehlo.broadcast_in_dim"(%1936) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x256xf32>
    %1938 = "stablehlo.add"(%1937, %1935) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1939 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1940 = "stablehlo.broadcast_in_dim"(%1939) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x256xf32>
    %1941 = "stablehlo.multiply"(%1940, %1938) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1942 = "stablehlo.multiply"(%1925, %1941) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %1943 = "stablehlo.transpose"(%arg372) <{permutation = array<i64: 1, 0>}> : (tensor<64x256xf32>) -> tensor<256x64xf32>
    %1944 = "stablehlo.dot_general"(%1942, %1943) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x256xf32>, tensor<256x64xf32>) -> tensor<1x4x64xf32>
    %1945 = "stablehlo.broadcast_in_dim"(%arg371) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1946 = "stablehlo.broadcast_in_dim"(%1945) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1947 = "stablehlo.add"(%1944, %1946) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1948 = "stablehlo.add"(%1888, %1947) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1949 = "chlo.square"(%1948) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1950 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1951 = "stablehlo.reduce"(%1948, %1950) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg555: tensor<f32>, %arg556: tensor<f32>):
      %2905 = "stablehlo.add"(%arg555, %arg556) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2905) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1952 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1953 = "stablehlo.broadcast_in_dim"(%1952) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1954 = "stablehlo.divide"(%1951, %1953) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1955 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1956 = "stablehlo.reduce"(%1949, %1955) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg553: tensor<f32>, %arg554: tensor<f32>):
      %2904 = "stablehlo.add"(%arg553, %arg554) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2904) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %1957 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %1958 = "stablehlo.broadcast_in_dim"(%1957) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1959 = "stablehlo.divide"(%1956, %1958) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1960 = "chlo.square"(%1954) : (tensor<1x4xf32>) -> tensor<1x4xf32>
    %1961 = "stablehlo.subtract"(%1959, %1960) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1962 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1963 = "stablehlo.broadcast_in_dim"(%1962) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %1964 = "stablehlo.maximum"(%1963, %1961) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %1965 = "stablehlo.broadcast_in_dim"(%1954) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1966 = "stablehlo.broadcast_in_dim"(%1964) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %1967 = "stablehlo.broadcast_in_dim"(%1965) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1968 = "stablehlo.subtract"(%1948, %1967) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1969 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %1970 = "stablehlo.broadcast_in_dim"(%1969) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %1971 = "stablehlo.add"(%1966, %1970) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1972 = "stablehlo.rsqrt"(%1971) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %1973 = "stablehlo.reshape"(%arg378) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1974 = "stablehlo.broadcast_in_dim"(%1972) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %1975 = "stablehlo.broadcast_in_dim"(%1973) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1976 = "stablehlo.multiply"(%1974, %1975) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1977 = "stablehlo.multiply"(%1968, %1976) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1978 = "stablehlo.reshape"(%arg377) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %1979 = "stablehlo.broadcast_in_dim"(%1978) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %1980 = "stablehlo.add"(%1977, %1979) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %1981 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %1982 = "stablehlo.broadcast_in_dim"(%1981) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x64xi1>
    %1983 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64xi32>
    %1984 = "stablehlo.broadcast_in_dim"(%1983) <{broadcast_dimensions = array<i64: 1>}> : (tensor<64xi32>) -> tensor<1x64xi32>
    %1985 = "stablehlo.broadcast_in_dim"(%1984) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xi32>) -> tensor<1x64x1xi32>
    %1986 = "stablehlo.broadcast_in_dim"(%1984) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x64xi32>) -> tensor<1x1x64xi32>
    %1987 = "stablehlo.broadcast_in_dim"(%1985) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xi32>) -> tensor<1x64x64xi32>
    %1988 = "stablehlo.broadcast_in_dim"(%1986) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xi32>) -> tensor<1x64x64xi32>
    %1989 = "stablehlo.compare"(%1987, %1988) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x64x64xi32>, tensor<1x64x64xi32>) -> tensor<1x64x64xi1>
    %1990 = "stablehlo.broadcast_in_dim"(%1989) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x64x64xi1>) -> tensor<1x1x64x64xi1>
    %1991 = "stablehlo.transpose"(%arg374) <{permutation = array<i64: 1, 0>}> : (tensor<192x64xf32>) -> tensor<64x192xf32>
    %1992 = "stablehlo.dot_general"(%1980, %1991) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<64x192xf32>) -> tensor<1x4x192xf32>
    %1993 = "stablehlo.broadcast_in_dim"(%arg373) <{broadcast_dimensions = array<i64: 2>}> : (tensor<192xf32>) -> tensor<1x1x192xf32>
    %1994 = "stablehlo.broadcast_in_dim"(%1993) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x192xf32>) -> tensor<1x4x192xf32>
    %1995 = "stablehlo.add"(%1992, %1994) : (tensor<1x4x192xf32>, tensor<1x4x192xf32>) -> tensor<1x4x192xf32>
    %1996 = "stablehlo.slice"(%1995) <{limit_indices = array<i64: 1, 4, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<1x4x192xf32>) -> tensor<1x4x64xf32>
    %1997 = "stablehlo.slice"(%1995) <{limit_indices = array<i64: 1, 4, 128>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<1x4x192xf32>) -> tensor<1x4x64xf32>
    %1998 = "stablehlo.slice"(%1995) <{limit_indices = array<i64: 1, 4, 192>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<1x4x192xf32>) -> tensor<1x4x64xf32>
    %1999 = "stablehlo.reshape"(%1996) : (tensor<1x4x64xf32>) -> tensor<1x4x4x16xf32>
    %2000 = "stablehlo.reshape"(%1997) : (tensor<1x4x64xf32>) -> tensor<1x4x4x16xf32>
    %2001 = "stablehlo.reshape"(%1998) : (tensor<1x4x64xf32>) -> tensor<1x4x4x16xf32>
    %2002 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2003 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2004 = "stablehlo.compare"(%2002, %2003) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %2005 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2006 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
    %2007 = "stablehlo.add"(%2005, %2006) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %2008 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2009 = "stablehlo.select"(%2004, %2007, %2008) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %2010 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2011 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2012 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2013 = "stablehlo.dynamic_slice"(%1990, %2010, %2011, %2009, %2012) <{slice_sizes = array<i64: 1, 1, 4, 16>}> : (tensor<1x1x64x64xi1>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x4x16xi1>
    %2014 = "stablehlo.broadcast_in_dim"(%1719) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<1x16xi32>) -> tensor<1x1x1x16xi32>
    %2015 = "stablehlo.broadcast_in_dim"(%2014) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xi32>) -> tensor<1x1x4x16xi32>
    %2016 = "stablehlo.convert"(%2013) : (tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xi32>
    %2017 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2018 = "stablehlo.broadcast_in_dim"(%2017) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x4x16xi32>
    %2019 = "stablehlo.compare"(%2015, %2018) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x4x16xi32>, tensor<1x1x4x16xi32>) -> tensor<1x1x4x16xi1>
    %2020 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2021 = "stablehlo.broadcast_in_dim"(%2020) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x4x16xi32>
    %2022 = "stablehlo.compare"(%2016, %2021) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x4x16xi32>, tensor<1x1x4x16xi32>) -> tensor<1x1x4x16xi1>
    %2023 = "stablehlo.and"(%2019, %2022) : (tensor<1x1x4x16xi1>, tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xi1>
    %2024 = "stablehlo.convert"(%2023) : (tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xf32>
    %2025 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2026 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2027 = "stablehlo.compare"(%2025, %2026) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %2028 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2029 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %2030 = "stablehlo.add"(%2028, %2029) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %2031 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2032 = "stablehlo.select"(%2027, %2030, %2031) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %2033 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2034 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2035 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2036 = "stablehlo.dynamic_update_slice"(%1530, %2000, %2033, %2032, %2034, %2035) : (tensor<1x16x4x16xf32>, tensor<1x4x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x4x16xf32>
    %2037 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2038 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2039 = "stablehlo.compare"(%2037, %2038) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %2040 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2041 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %2042 = "stablehlo.add"(%2040, %2041) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %2043 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2044 = "stablehlo.select"(%2039, %2042, %2043) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %2045 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2046 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2047 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2048 = "stablehlo.dynamic_update_slice"(%1532, %2001, %2045, %2044, %2046, %2047) : (tensor<1x16x4x16xf32>, tensor<1x4x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x4x16xf32>
    %2049 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2050 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %2051 = "stablehlo.add"(%2049, %2050) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %2052 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
    %2053 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2054 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %2055 = "stablehlo.add"(%2053, %2054) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %2056 = "stablehlo.broadcast_in_dim"(%2055) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %2057 = "stablehlo.compare"(%2052, %2056) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %2058 = "stablehlo.broadcast_in_dim"(%2057) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xi1>) -> tensor<1x1x4x16xi1>
    %2059 = "stablehlo.convert"(%2058) : (tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xf32>
    %2060 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %2061 = "stablehlo.broadcast_in_dim"(%2060) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %2062 = "stablehlo.compare"(%2059, %2061) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xi1>
    %2063 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %2064 = "stablehlo.broadcast_in_dim"(%2063) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %2065 = "stablehlo.compare"(%2024, %2064) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xi1>
    %2066 = "stablehlo.and"(%2062, %2065) : (tensor<1x1x4x16xi1>, tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xi1>
    %2067 = "stablehlo.convert"(%2066) : (tensor<1x1x4x16xi1>) -> tensor<1x1x4x16xf32>
    %2068 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %2069 = "stablehlo.broadcast_in_dim"(%2068) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %2070 = "stablehlo.compare"(%2067, %2069) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xi1>
    %2071 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %2072 = "stablehlo.broadcast_in_dim"(%2071) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %2073 = "stablehlo.convert"(%2072) : (tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %2074 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %2075 = "stablehlo.broadcast_in_dim"(%2074) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
    %2076 = "stablehlo.select"(%2070, %2073, %2075) : (tensor<1x1x4x16xi1>, tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
    %2077 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %2078 = "stablehlo.sqrt"(%2077) : (tensor<f32>) -> tensor<f32>
    %2079 = "stablehlo.convert"(%2078) : (tensor<f32>) -> tensor<f32>
    %2080 = "stablehlo.broadcast_in_dim"(%2079) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4x16xf32>
    %2081 = "stablehlo.divide"(%1999, %2080) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %2082 = "stablehlo.dot_general"(%2081, %2036) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x4x4x16xf32>
    %2083 = "stablehlo.broadcast_in_dim"(%2076) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x4x16xf32>) -> tensor<1x4x4x16xf32>
    %2084 = "stablehlo.add"(%2082, %2083) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %2085 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %2086 = "stablehlo.reduce"(%2084, %2085) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg551: tensor<f32>, %arg552: tensor<f32>):
      %2903 = "stablehlo.maximum"(%arg551, %arg552) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2903) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x16xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %2087 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %2088 = "stablehlo.broadcast_in_dim"(%2087) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x4xf32>
    %2089 = "stablehlo.maximum"(%2088, %2086) : (tensor<1x4x4xf32>, tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
    %2090 = "stablehlo.broadcast_in_dim"(%2089) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %2091 = "stablehlo.broadcast_in_dim"(%2090) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x16xf32>
    %2092 = "stablehlo.subtract"(%2084, %2091) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %2093 = "stablehlo.exponential"(%2092) : (tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %2094 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %2095 = "stablehlo.reduce"(%2093, %2094) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg549: tensor<f32>, %arg550: tensor<f32>):
      %2902 = "stablehlo.add"(%arg549, %arg550) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2902) : (tensor<f32>) -> ()
    }) : (tensor<1x4x4x16xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %2096 = "stablehlo.broadcast_in_dim"(%2095) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x4xf32>) -> tensor<1x4x4x1xf32>
    %2097 = "stablehlo.broadcast_in_dim"(%2096) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x16xf32>
    %2098 = "stablehlo.divide"(%2093, %2097) : (tensor<1x4x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x4x16xf32>
    %2099 = "stablehlo.dot_general"(%2048, %2098) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x4x4x16xf32>) -> tensor<1x4x16x4xf32>
    %2100 = "stablehlo.transpose"(%2099) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x4x16x4xf32>) -> tensor<1x4x4x16xf32>
    %2101 = "stablehlo.reshape"(%2100) : (tensor<1x4x4x16xf32>) -> tensor<1x4x64xf32>
    %2102 = "stablehlo.transpose"(%arg376) <{permutation = array<i64: 1, 0>}> : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %2103 = "stablehlo.dot_general"(%2101, %2102) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<64x64xf32>) -> tensor<1x4x64xf32>
    %2104 = "stablehlo.broadcast_in_dim"(%arg375) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %2105 = "stablehlo.broadcast_in_dim"(%2104) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %2106 = "stablehlo.add"(%2103, %2105) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %2107 = "stablehlo.add"(%2106, %1948) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %2108 = "chlo.square"(%2107) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %2109 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %2110 = "stablehlo.reduce"(%2107, %2109) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg547: tensor<f32>, %arg548: tensor<f32>):
      %2901 = "stablehlo.add"(%arg547, %arg548) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2901) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %2111 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %2112 = "stablehlo.broadcast_in_dim"(%2111) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %2113 = "stablehlo.divide"(%2110, %2112) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %2114 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %2115 = "stablehlo.reduce"(%2108, %2114) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg545: tensor<f32>, %arg546: tensor<f32>):
      %2900 = "stablehlo.add"(%arg545, %arg546) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2900) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %2116 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %2117 = "stablehlo.broadcast_in_dim"(%2116) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %2118 = "stablehlo.divide"(%2115, %2117) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %2119 = "chlo.square"(%2113) : (tensor<1x4xf32>) -> tensor<1x4xf32>
    %2120 = "stablehlo.subtract"(%2118, %2119) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %2121 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %2122 = "stablehlo.broadcast_in_dim"(%2121) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %2123 = "stablehlo.maximum"(%2122, %2120) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %2124 = "stablehlo.broadcast_in_dim"(%2113) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %2125 = "stablehlo.broadcast_in_dim"(%2123) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %2126 = "stablehlo.broadcast_in_dim"(%2124) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %2127 = "stablehlo.subtract"(%2107, %2126) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %2128 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %2129 = "stablehlo.broadcast_in_dim"(%2128) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %2130 = "stablehlo.add"(%2125, %2129) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %2131 = "stablehlo.rsqrt"(%2130) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %2132 = "stablehlo.reshape"(%arg380) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %2133 = "stablehlo.broadcast_in_dim"(%2131) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %2134 = "stablehlo.broadcast_in_dim"(%2132) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %2135 = "stablehlo.multiply"(%2133, %2134) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %2136 = "stablehlo.multiply"(%2127, %2135) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %2137 = "stablehlo.reshape"(%arg379) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %2138 = "stablehlo.broadcast_in_dim"(%2137) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %2139 = "stablehlo.add"(%2136, %2138) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %2140 = "stablehlo.transpose"(%arg382) <{permutation = array<i64: 1, 0>}> : (tensor<256x64xf32>) -> tensor<64x256xf32>
    %2141 = "stablehlo.dot_general"(%2139, %2140) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<64x256xf32>) -> tensor<1x4x256xf32>
    %2142 = "stablehlo.broadcast_in_dim"(%arg381) <{broadcast_dimensions = array<i64: 2>}> : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %2143 = "stablehlo.broadcast_in_dim"(%2142) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x256xf32>) -> tensor<1x4x256xf32>
    %2144 = "stablehlo.add"(%2141, %2143) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %2145 = "stablehlo.multiply"(%2144, %2144) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %2146 = "stablehlo.multiply"(%2145, %2144) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %2147 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %2148 = "stablehlo.broadcast_in_dim"(%2147) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x256xf32>
    %2149 = "stablehlo.multiply"(%2148, %2146) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %2150 = "stablehlo.add"(%2144, %2149) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %2151 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %2152 = "stablehlo.broadcast_in_dim"(%2151) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x256xf32>
    %2153 = "stablehlo.multiply"(%2152, %2150) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %2154 = "stablehlo.tanh"(%2153) : (tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %2155 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %2156 = "stablehlo.broadcast_in_dim"(%2155) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x256xf32>
    %2157 = "stablehlo.add"(%2156, %2154) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %2158 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %2159 = "stablehlo.broadcast_in_dim"(%2158) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x256xf32>
    %2160 = "stablehlo.multiply"(%2159, %2157) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %2161 = "stablehlo.multiply"(%2144, %2160) : (tensor<1x4x256xf32>, tensor<1x4x256xf32>) -> tensor<1x4x256xf32>
    %2162 = "stablehlo.transpose"(%arg384) <{permutation = array<i64: 1, 0>}> : (tensor<64x256xf32>) -> tensor<256x64xf32>
    %2163 = "stablehlo.dot_general"(%2161, %2162) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x256xf32>, tensor<256x64xf32>) -> tensor<1x4x64xf32>
    %2164 = "stablehlo.broadcast_in_dim"(%arg383) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %2165 = "stablehlo.broadcast_in_dim"(%2164) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %2166 = "stablehlo.add"(%2163, %2165) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %2167 = "stablehlo.add"(%2107, %2166) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %2168 = "chlo.square"(%2167) : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %2169 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %2170 = "stablehlo.reduce"(%2167, %2169) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg543: tensor<f32>, %arg544: tensor<f32>):
      %2899 = "stablehlo.add"(%arg543, %arg544) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2899) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %2171 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %2172 = "stablehlo.broadcast_in_dim"(%2171) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %2173 = "stablehlo.divide"(%2170, %2172) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %2174 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %2175 = "stablehlo.reduce"(%2168, %2174) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg541: tensor<f32>, %arg542: tensor<f32>):
      %2898 = "stablehlo.add"(%arg541, %arg542) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2898) : (tensor<f32>) -> ()
    }) : (tensor<1x4x64xf32>, tensor<f32>) -> tensor<1x4xf32>
    %2176 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %2177 = "stablehlo.broadcast_in_dim"(%2176) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %2178 = "stablehlo.divide"(%2175, %2177) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %2179 = "chlo.square"(%2173) : (tensor<1x4xf32>) -> tensor<1x4xf32>
    %2180 = "stablehlo.subtract"(%2178, %2179) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %2181 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %2182 = "stablehlo.broadcast_in_dim"(%2181) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4xf32>
    %2183 = "stablehlo.maximum"(%2182, %2180) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    %2184 = "stablehlo.broadcast_in_dim"(%2173) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %2185 = "stablehlo.broadcast_in_dim"(%2183) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
    %2186 = "stablehlo.broadcast_in_dim"(%2184) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %2187 = "stablehlo.subtract"(%2167, %2186) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %2188 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %2189 = "stablehlo.broadcast_in_dim"(%2188) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
    %2190 = "stablehlo.add"(%2185, %2189) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %2191 = "stablehlo.rsqrt"(%2190) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %2192 = "stablehlo.reshape"(%arg386) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %2193 = "stablehlo.broadcast_in_dim"(%2191) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x64xf32>
    %2194 = "stablehlo.broadcast_in_dim"(%2192) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %2195 = "stablehlo.multiply"(%2193, %2194) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %2196 = "stablehlo.multiply"(%2187, %2195) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %2197 = "stablehlo.reshape"(%arg385) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %2198 = "stablehlo.broadcast_in_dim"(%2197) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x4x64xf32>
    %2199 = "stablehlo.add"(%2196, %2198) : (tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    %2200 = "stablehlo.dot_general"(%2199, %arg360) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x4x64xf32>, tensor<64x97xf32>) -> tensor<1x4x97xf32>
    %2201 = "stablehlo.slice"(%2200) <{limit_indices = array<i64: 1, 4, 97>, start_indices = array<i64: 0, 3, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<1x4x97xf32>) -> tensor<1x1x97xf32>
    %2202 = "stablehlo.reshape"(%2201) : (tensor<1x1x97xf32>) -> tensor<1x97xf32>
    %2203 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %2204 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2205 = "stablehlo.subtract"(%2203, %2204) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %2206 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2207 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2208 = "func.call"(%2205, %2206, %2207) <{callee = @clip}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %2209 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2210 = "stablehlo.subtract"(%2209, %2208) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %2211 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
    %2212 = "stablehlo.broadcast_in_dim"(%2211) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %2213 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %2214 = "stablehlo.broadcast_in_dim"(%2213) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %2215 = "stablehlo.scatter"(%2202, %2212, %2214) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg539: tensor<f32>, %arg540: tensor<f32>):
      "stablehlo.return"(%arg540) : (tensor<f32>) -> ()
    }) : (tensor<1x97xf32>, tensor<1xi32>, tensor<1xf32>) -> tensor<1x97xf32>
    %2216 = "func.call"(%2210, %2215, %2202) <{callee = @_where_33}> : (tensor<i32>, tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
    %2217 = "stablehlo.constant"() <{value = dense<8.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %2218 = "stablehlo.broadcast_in_dim"(%2217) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x97xf32>
    %2219 = "stablehlo.divide"(%2216, %2218) : (tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
    %2220 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %2221 = "stablehlo.broadcast_in_dim"(%2220) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<97xf32>
    %2222:2 = "chlo.top_k"(%2219) <{k = 8 : i64}> : (tensor<1x97xf32>) -> (tensor<1x8xf32>, tensor<1x8xi32>)
    %2223 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<1xi32>
    %2224 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
    %2225 = "stablehlo.broadcast_in_dim"(%2224) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %2226 = "stablehlo.multiply"(%2223, %2225) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %2227 = "stablehlo.broadcast_in_dim"(%2226) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %2228 = "stablehlo.broadcast_in_dim"(%2227) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x8xi32>
    %2229 = "stablehlo.reshape"(%2228) : (tensor<1x8xi32>) -> tensor<8xi32>
    %2230 = "stablehlo.reshape"(%2222#0) : (tensor<1x8xf32>) -> tensor<8xf32>
    %2231 = "stablehlo.reshape"(%2222#1) : (tensor<1x8xi32>) -> tensor<8xi32>
    %2232 = "stablehlo.add"(%2231, %2229) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %2233 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2234 = "stablehlo.broadcast_in_dim"(%2233) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %2235 = "stablehlo.compare"(%2232, %2234) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %2236 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
    %2237 = "stablehlo.broadcast_in_dim"(%2236) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %2238 = "stablehlo.add"(%2232, %2237) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %2239 = "stablehlo.select"(%2235, %2238, %2232) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %2240 = "stablehlo.broadcast_in_dim"(%2239) <{broadcast_dimensions = array<i64: 0>}> : (tensor<8xi32>) -> tensor<8x1xi32>
    %2241 = "stablehlo.convert"(%2221) : (tensor<97xf32>) -> tensor<97xf32>
    %2242 = "stablehlo.scatter"(%2241, %2240, %2230) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>, unique_indices = false}> ({
    ^bb0(%arg537: tensor<f32>, %arg538: tensor<f32>):
      "stablehlo.return"(%arg538) : (tensor<f32>) -> ()
    }) : (tensor<97xf32>, tensor<8x1xi32>, tensor<8xf32>) -> tensor<97xf32>
    %2243 = "stablehlo.convert"(%2242) : (tensor<97xf32>) -> tensor<97xf32>
    %2244 = "stablehlo.reshape"(%2243) : (tensor<97xf32>) -> tensor<1x97xf32>
    %2245:2 = "chlo.top_k"(%2244) <{k = 97 : i64}> : (tensor<1x97xf32>) -> (tensor<1x97xf32>, tensor<1x97xi32>)
    %2246 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %2247 = "stablehlo.broadcast_in_dim"(%2246) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x97xf32>
    %2248 = "stablehlo.convert"(%2245#0) : (tensor<1x97xf32>) -> tensor<1x97xf32>
    %2249 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %2250 = "stablehlo.reduce"(%2248, %2249) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg535: tensor<f32>, %arg536: tensor<f32>):
      %2897 = "stablehlo.maximum"(%arg535, %arg536) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2897) : (tensor<f32>) -> ()
    }) : (tensor<1x97xf32>, tensor<f32>) -> tensor<1xf32>
    %2251 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %2252 = "stablehlo.broadcast_in_dim"(%2251) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %2253 = "stablehlo.maximum"(%2252, %2250) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %2254 = "stablehlo.broadcast_in_dim"(%2253) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %2255 = "stablehlo.convert"(%2245#0) : (tensor<1x97xf32>) -> tensor<1x97xf32>
    %2256 = "stablehlo.broadcast_in_dim"(%2254) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x97xf32>
    %2257 = "stablehlo.subtract"(%2255, %2256) : (tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
    %2258 = "stablehlo.exponential"(%2257) : (tensor<1x97xf32>) -> tensor<1x97xf32>
    %2259 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %2260 = "stablehlo.reduce"(%2258, %2259) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg533: tensor<f32>, %arg534: tensor<f32>):
      %2896 = "stablehlo.add"(%arg533, %arg534) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2896) : (tensor<f32>) -> ()
    }) : (tensor<1x97xf32>, tensor<f32>) -> tensor<1xf32>
    %2261 = "stablehlo.broadcast_in_dim"(%2260) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %2262 = "stablehlo.broadcast_in_dim"(%2261) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x97xf32>
    %2263 = "stablehlo.divide"(%2258, %2262) : (tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
    %2264 = "func.call"(%2263) <{callee = @cumsum}> : (tensor<1x97xf32>) -> tensor<1x97xf32>
    %2265 = "stablehlo.constant"() <{value = dense<0.899999976> : tensor<f32>}> : () -> tensor<f32>
    %2266 = "stablehlo.broadcast_in_dim"(%2265) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x97xf32>
    %2267 = "stablehlo.compare"(%2264, %2266) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xi1>
    %2268 = "stablehlo.reshape"(%2267) : (tensor<1x97xi1>) -> tensor<97xi1>
    %2269 = "func.call"(%2268) <{callee = @_roll_static}> : (tensor<97xi1>) -> tensor<97xi1>
    %2270 = "stablehlo.reshape"(%2269) : (tensor<97xi1>) -> tensor<1x97xi1>
    %2271 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2272 = "stablehlo.broadcast_in_dim"(%2271) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %2273 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %2274 = "stablehlo.broadcast_in_dim"(%2273) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1xi1>
    %2275 = "stablehlo.scatter"(%2270, %2272, %2274) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg531: tensor<i1>, %arg532: tensor<i1>):
      "stablehlo.return"(%arg532) : (tensor<i1>) -> ()
    }) : (tensor<1x97xi1>, tensor<1xi32>, tensor<1xi1>) -> tensor<1x97xi1>
    %2276 = "stablehlo.or"(%2270, %2275) : (tensor<1x97xi1>, tensor<1x97xi1>) -> tensor<1x97xi1>
    %2277 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2278 = "stablehlo.broadcast_in_dim"(%2277) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %2279 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %2280 = "stablehlo.broadcast_in_dim"(%2279) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x1xi1>
    %2281 = "stablehlo.scatter"(%2276, %2278, %2280) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg529: tensor<i1>, %arg530: tensor<i1>):
      "stablehlo.return"(%arg530) : (tensor<i1>) -> ()
    }) : (tensor<1x97xi1>, tensor<1xi32>, tensor<1x1xi1>) -> tensor<1x97xi1>
    %2282 = "func.call"(%2281, %2245#0, %2247) <{callee = @_where_35}> : (tensor<1x97xi1>, tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
    %2283:2 = "stablehlo.sort"(%2245#1, %2282) <{dimension = 1 : i64, is_stable = true}> ({
    ^bb0(%arg525: tensor<i32>, %arg526: tensor<i32>, %arg527: tensor<f32>, %arg528: tensor<f32>):
      %2895 = "stablehlo.compare"(%arg525, %arg526) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%2895) : (tensor<i1>) -> ()
    }) : (tensor<1x97xi32>, tensor<1x97xf32>) -> (tensor<1x97xi32>, tensor<1x97xf32>)
    %2284 = "func.call"(%1724) <{callee = @_gumbel}> : (tensor<2xui32>) -> tensor<1x97xf32>
    %2285 = "stablehlo.convert"(%2283#1) : (tensor<1x97xf32>) -> tensor<1x97xf32>
    %2286 = "stablehlo.add"(%2284, %2285) : (tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
    %2287 = "func.call"(%2286) <{callee = @argmax}> : (tensor<1x97xf32>) -> tensor<1xi32>
    %2288 = "stablehlo.not"(%1187) : (tensor<1xi1>) -> tensor<1xi1>
    %2289 = "stablehlo.convert"(%2288) : (tensor<1xi1>) -> tensor<1xi32>
    %2290 = "stablehlo.multiply"(%2287, %2289) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %2291 = "stablehlo.convert"(%1187) : (tensor<1xi1>) -> tensor<1xi32>
    %2292 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2293 = "stablehlo.broadcast_in_dim"(%2292) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %2294 = "stablehlo.multiply"(%2293, %2291) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %2295 = "stablehlo.add"(%2290, %2294) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %2296 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
    %2297 = "stablehlo.broadcast_in_dim"(%2296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %2298 = "stablehlo.compare"(%2295, %2297) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %2299 = "stablehlo.or"(%1187, %2298) : (tensor<1xi1>, tensor<1xi1>) -> tensor<1xi1>
    %2300 = "stablehlo.broadcast_in_dim"(%2295) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %2301 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %2302 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2303 = "stablehlo.compare"(%2301, %2302) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %2304 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %2305 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %2306 = "stablehlo.add"(%2304, %2305) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %2307 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %2308 = "stablehlo.select"(%2303, %2306, %2307) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %2309 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2310 = "stablehlo.dynamic_update_slice"(%1185, %2300, %2309, %2308) : (tensor<1x16xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x16xi32>
    %2311 = "stablehlo.slice"(%1721) <{limit_indices = array<i64: 1, 4>, start_indices = array<i64: 0, 3>, strides = array<i64: 1, 1>}> : (tensor<1x4xi32>) -> tensor<1x1xi32>
    %2312 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2313 = "stablehlo.broadcast_in_dim"(%2312) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %2314 = "stablehlo.add"(%2311, %2313) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %2315 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %2316 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2317 = "stablehlo.add"(%2315, %2316) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %2318 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2319 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
    %2320:44 = "stablehlo.while"(%1719, %arg388, %arg387, %arg366, %arg365, %arg362, %arg361, %arg364, %arg363, %arg368, %arg367, %arg370, %arg369, %arg372, %arg371, %arg378, %arg377, %arg374, %arg373, %arg376, %arg375, %arg380, %arg379, %arg382, %arg381, %arg384, %arg383, %arg386, %arg385, %arg360, %2318, %2319, %2317, %2310, %2300, %2299, %1726, %1832, %1817, %1829, %2051, %2036, %2048, %2314) ({
    ^bb0(%arg479: tensor<1x16xi32>, %arg480: tensor<97x64xf32>, %arg481: tensor<64x64xf32>, %arg482: tensor<64xf32>, %arg483: tensor<64xf32>, %arg484: tensor<192x64xf32>, %arg485: tensor<192xf32>, %arg486: tensor<64x64xf32>, %arg487: tensor<64xf32>, %arg488: tensor<64xf32>, %arg489: tensor<64xf32>, %arg490: tensor<256x64xf32>, %arg491: tensor<256xf32>, %arg492: tensor<64x256xf32>, %arg493: tensor<64xf32>, %arg494: tensor<64xf32>, %arg495: tensor<64xf32>, %arg496: tensor<192x64xf32>, %arg497: tensor<192xf32>, %arg498: tensor<64x64xf32>, %arg499: tensor<64xf32>, %arg500: tensor<64xf32>, %arg501: tensor<64xf32>, %arg502: tensor<256x64xf32>, %arg503: tensor<256xf32>, %arg504: tensor<64x256xf32>, %arg505: tensor<64xf32>, %arg506: tensor<64xf32>, %arg507: tensor<64xf32>, %arg508: tensor<64x97xf32>, %arg509: tensor<i32>, %arg510: tensor<i32>, %arg511: tensor<i32>, %arg512: tensor<1x16xi32>, %arg513: tensor<1x1xi32>, %arg514: tensor<1xi1>, %arg515: tensor<2xui32>, %arg516: tensor<i32>, %arg517: tensor<1x16x4x16xf32>, %arg518: tensor<1x16x4x16xf32>, %arg519: tensor<i32>, %arg520: tensor<1x16x4x16xf32>, %arg521: tensor<1x16x4x16xf32>, %arg522: tensor<1x1xi32>):
      %2884 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %2885 = "stablehlo.compare"(%arg511, %2884) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2886 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
      %2887 = "stablehlo.reduce"(%arg514, %2886) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg523: tensor<i1>, %arg524: tensor<i1>):
        %2894 = "stablehlo.and"(%arg523, %arg524) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%2894) : (tensor<i1>) -> ()
      }) : (tensor<1xi1>, tensor<i1>) -> tensor<i1>
      %2888 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
      %2889 = "stablehlo.broadcast_in_dim"(%2888) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<i1>
      %2890 = "stablehlo.compare"(%2885, %2889) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %2891 = "stablehlo.convert"(%2890) : (tensor<i1>) -> tensor<i1>
      %2892 = "stablehlo.or"(%2891, %2887) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %2893 = "stablehlo.not"(%2892) : (tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%2893) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg391: tensor<1x16xi32>, %arg392: tensor<97x64xf32>, %arg393: tensor<64x64xf32>, %arg394: tensor<64xf32>, %arg395: tensor<64xf32>, %arg396: tensor<192x64xf32>, %arg397: tensor<192xf32>, %arg398: tensor<64x64xf32>, %arg399: tensor<64xf32>, %arg400: tensor<64xf32>, %arg401: tensor<64xf32>, %arg402: tensor<256x64xf32>, %arg403: tensor<256xf32>, %arg404: tensor<64x256xf32>, %arg405: tensor<64xf32>, %arg406: tensor<64xf32>, %arg407: tensor<64xf32>, %arg408: tensor<192x64xf32>, %arg409: tensor<192xf32>, %arg410: tensor<64x64xf32>, %arg411: tensor<64xf32>, %arg412: tensor<64xf32>, %arg413: tensor<64xf32>, %arg414: tensor<256x64xf32>, %arg415: tensor<256xf32>, %arg416: tensor<64x256xf32>, %arg417: tensor<64xf32>, %arg418: tensor<64xf32>, %arg419: tensor<64xf32>, %arg420: tensor<64x97xf32>, %arg421: tensor<i32>, %arg422: tensor<i32>, %arg423: tensor<i32>, %arg424: tensor<1x16xi32>, %arg425: tensor<1x1xi32>, %arg426: tensor<1xi1>, %arg427: tensor<2xui32>, %arg428: tensor<i32>, %arg429: tensor<1x16x4x16xf32>, %arg430: tensor<1x16x4x16xf32>, %arg431: tensor<i32>, %arg432: tensor<1x16x4x16xf32>, %arg433: tensor<1x16x4x16xf32>, %arg434: tensor<1x1xi32>):
      %2321 = "func.call"(%arg427) <{callee = @_threefry_split}> : (tensor<2xui32>) -> tensor<2x2xui32>
      %2322 = "stablehlo.slice"(%2321) <{limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
      %2323 = "stablehlo.reshape"(%2322) : (tensor<1x2xui32>) -> tensor<2xui32>
      %2324 = "stablehlo.slice"(%2321) <{limit_indices = array<i64: 2, 2>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
      %2325 = "stablehlo.reshape"(%2324) : (tensor<1x2xui32>) -> tensor<2xui32>
      %2326 = "func.call"(%arg392, %arg425) <{callee = @_take_39}> : (tensor<97x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>
      %2327 = "func.call"(%arg393, %arg434) <{callee = @_take_41}> : (tensor<64x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>
      %2328 = "stablehlo.add"(%2326, %2327) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2329 = "chlo.square"(%2328) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2330 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2331 = "stablehlo.reduce"(%2328, %2330) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg477: tensor<f32>, %arg478: tensor<f32>):
        %2883 = "stablehlo.add"(%arg477, %arg478) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2883) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2332 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2333 = "stablehlo.broadcast_in_dim"(%2332) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2334 = "stablehlo.divide"(%2331, %2333) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2335 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2336 = "stablehlo.reduce"(%2329, %2335) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg475: tensor<f32>, %arg476: tensor<f32>):
        %2882 = "stablehlo.add"(%arg475, %arg476) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2882) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2337 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2338 = "stablehlo.broadcast_in_dim"(%2337) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2339 = "stablehlo.divide"(%2336, %2338) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2340 = "chlo.square"(%2334) : (tensor<1x1xf32>) -> tensor<1x1xf32>
      %2341 = "stablehlo.subtract"(%2339, %2340) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2342 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2343 = "stablehlo.broadcast_in_dim"(%2342) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2344 = "stablehlo.maximum"(%2343, %2341) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2345 = "stablehlo.broadcast_in_dim"(%2334) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2346 = "stablehlo.broadcast_in_dim"(%2344) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2347 = "stablehlo.broadcast_in_dim"(%2345) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2348 = "stablehlo.subtract"(%2328, %2347) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2349 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %2350 = "stablehlo.broadcast_in_dim"(%2349) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
      %2351 = "stablehlo.add"(%2346, %2350) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2352 = "stablehlo.rsqrt"(%2351) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2353 = "stablehlo.reshape"(%arg394) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2354 = "stablehlo.broadcast_in_dim"(%2352) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2355 = "stablehlo.multiply"(%2354, %2353) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2356 = "stablehlo.multiply"(%2348, %2355) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2357 = "stablehlo.reshape"(%arg395) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2358 = "stablehlo.add"(%2356, %2357) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2359 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
      %2360 = "stablehlo.broadcast_in_dim"(%2359) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x64xi1>
      %2361 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64xi32>
      %2362 = "stablehlo.broadcast_in_dim"(%2361) <{broadcast_dimensions = array<i64: 1>}> : (tensor<64xi32>) -> tensor<1x64xi32>
      %2363 = "stablehlo.broadcast_in_dim"(%2362) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xi32>) -> tensor<1x64x1xi32>
      %2364 = "stablehlo.broadcast_in_dim"(%2362) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x64xi32>) -> tensor<1x1x64xi32>
      %2365 = "stablehlo.broadcast_in_dim"(%2363) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xi32>) -> tensor<1x64x64xi32>
      %2366 = "stablehlo.broadcast_in_dim"(%2364) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xi32>) -> tensor<1x64x64xi32>
      %2367 = "stablehlo.compare"(%2365, %2366) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x64x64xi32>, tensor<1x64x64xi32>) -> tensor<1x64x64xi1>
      %2368 = "stablehlo.broadcast_in_dim"(%2367) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x64x64xi1>) -> tensor<1x1x64x64xi1>
      %2369 = "stablehlo.transpose"(%arg396) <{permutation = array<i64: 1, 0>}> : (tensor<192x64xf32>) -> tensor<64x192xf32>
      %2370 = "stablehlo.dot_general"(%2358, %2369) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x192xf32>) -> tensor<1x1x192xf32>
      %2371 = "stablehlo.broadcast_in_dim"(%arg397) <{broadcast_dimensions = array<i64: 2>}> : (tensor<192xf32>) -> tensor<1x1x192xf32>
      %2372 = "stablehlo.add"(%2370, %2371) : (tensor<1x1x192xf32>, tensor<1x1x192xf32>) -> tensor<1x1x192xf32>
      %2373 = "stablehlo.slice"(%2372) <{limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<1x1x192xf32>) -> tensor<1x1x64xf32>
      %2374 = "stablehlo.slice"(%2372) <{limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<1x1x192xf32>) -> tensor<1x1x64xf32>
      %2375 = "stablehlo.slice"(%2372) <{limit_indices = array<i64: 1, 1, 192>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<1x1x192xf32>) -> tensor<1x1x64xf32>
      %2376 = "stablehlo.reshape"(%2373) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
      %2377 = "stablehlo.reshape"(%2374) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
      %2378 = "stablehlo.reshape"(%2375) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
      %2379 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2380 = "stablehlo.compare"(%arg428, %2379) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2381 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
      %2382 = "stablehlo.add"(%arg428, %2381) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2383 = "stablehlo.select"(%2380, %2382, %arg428) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2384 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2385 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2386 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2387 = "stablehlo.dynamic_slice"(%2368, %2384, %2385, %2383, %2386) <{slice_sizes = array<i64: 1, 1, 1, 16>}> : (tensor<1x1x64x64xi1>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x1x16xi1>
      %2388 = "stablehlo.broadcast_in_dim"(%arg391) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<1x16xi32>) -> tensor<1x1x1x16xi32>
      %2389 = "stablehlo.convert"(%2387) : (tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xi32>
      %2390 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2391 = "stablehlo.broadcast_in_dim"(%2390) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1x16xi32>
      %2392 = "stablehlo.compare"(%2388, %2391) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
      %2393 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2394 = "stablehlo.broadcast_in_dim"(%2393) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1x16xi32>
      %2395 = "stablehlo.compare"(%2389, %2394) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
      %2396 = "stablehlo.and"(%2392, %2395) : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xi1>
      %2397 = "stablehlo.convert"(%2396) : (tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xf32>
      %2398 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2399 = "stablehlo.compare"(%arg428, %2398) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2400 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %2401 = "stablehlo.add"(%arg428, %2400) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2402 = "stablehlo.select"(%2399, %2401, %arg428) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2403 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2404 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2405 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2406 = "stablehlo.dynamic_update_slice"(%arg429, %2377, %2403, %2402, %2404, %2405) : (tensor<1x16x4x16xf32>, tensor<1x1x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x4x16xf32>
      %2407 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2408 = "stablehlo.compare"(%arg428, %2407) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2409 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %2410 = "stablehlo.add"(%arg428, %2409) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2411 = "stablehlo.select"(%2408, %2410, %arg428) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2412 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2413 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2414 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2415 = "stablehlo.dynamic_update_slice"(%arg430, %2378, %2412, %2411, %2413, %2414) : (tensor<1x16x4x16xf32>, tensor<1x1x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x4x16xf32>
      %2416 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2417 = "stablehlo.add"(%arg428, %2416) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2418 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
      %2419 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2420 = "stablehlo.add"(%arg428, %2419) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2421 = "stablehlo.broadcast_in_dim"(%2420) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
      %2422 = "stablehlo.compare"(%2418, %2421) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
      %2423 = "stablehlo.broadcast_in_dim"(%2422) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xi1>) -> tensor<1x1x1x16xi1>
      %2424 = "stablehlo.convert"(%2423) : (tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xf32>
      %2425 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2426 = "stablehlo.broadcast_in_dim"(%2425) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2427 = "stablehlo.compare"(%2424, %2426) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xi1>
      %2428 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2429 = "stablehlo.broadcast_in_dim"(%2428) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2430 = "stablehlo.compare"(%2397, %2429) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xi1>
      %2431 = "stablehlo.and"(%2427, %2430) : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xi1>
      %2432 = "stablehlo.convert"(%2431) : (tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xf32>
      %2433 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2434 = "stablehlo.broadcast_in_dim"(%2433) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2435 = "stablehlo.compare"(%2432, %2434) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xi1>
      %2436 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2437 = "stablehlo.broadcast_in_dim"(%2436) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2438 = "stablehlo.convert"(%2437) : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
      %2439 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
      %2440 = "stablehlo.broadcast_in_dim"(%2439) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2441 = "stablehlo.select"(%2435, %2438, %2440) : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
      %2442 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2443 = "stablehlo.sqrt"(%2442) : (tensor<f32>) -> tensor<f32>
      %2444 = "stablehlo.convert"(%2443) : (tensor<f32>) -> tensor<f32>
      %2445 = "stablehlo.broadcast_in_dim"(%2444) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
      %2446 = "stablehlo.divide"(%2376, %2445) : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
      %2447 = "stablehlo.dot_general"(%2446, %2406) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x4x1x16xf32>
      %2448 = "stablehlo.broadcast_in_dim"(%2441) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2449 = "stablehlo.add"(%2447, %2448) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2450 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2451 = "stablehlo.reduce"(%2449, %2450) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg473: tensor<f32>, %arg474: tensor<f32>):
        %2881 = "stablehlo.maximum"(%arg473, %arg474) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2881) : (tensor<f32>) -> ()
      }) : (tensor<1x4x1x16xf32>, tensor<f32>) -> tensor<1x4x1xf32>
      %2452 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2453 = "stablehlo.broadcast_in_dim"(%2452) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
      %2454 = "stablehlo.maximum"(%2453, %2451) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
      %2455 = "stablehlo.broadcast_in_dim"(%2454) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x1x1xf32>
      %2456 = "stablehlo.broadcast_in_dim"(%2455) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x1xf32>) -> tensor<1x4x1x16xf32>
      %2457 = "stablehlo.subtract"(%2449, %2456) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2458 = "stablehlo.exponential"(%2457) : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2459 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2460 = "stablehlo.reduce"(%2458, %2459) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg471: tensor<f32>, %arg472: tensor<f32>):
        %2880 = "stablehlo.add"(%arg471, %arg472) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2880) : (tensor<f32>) -> ()
      }) : (tensor<1x4x1x16xf32>, tensor<f32>) -> tensor<1x4x1xf32>
      %2461 = "stablehlo.broadcast_in_dim"(%2460) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x1x1xf32>
      %2462 = "stablehlo.broadcast_in_dim"(%2461) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x1xf32>) -> tensor<1x4x1x16xf32>
      %2463 = "stablehlo.divide"(%2458, %2462) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2464 = "stablehlo.dot_general"(%2415, %2463) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x16x1xf32>
      %2465 = "stablehlo.transpose"(%2464) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x4x16x1xf32>) -> tensor<1x1x4x16xf32>
      %2466 = "stablehlo.reshape"(%2465) : (tensor<1x1x4x16xf32>) -> tensor<1x1x64xf32>
      %2467 = "stablehlo.transpose"(%arg398) <{permutation = array<i64: 1, 0>}> : (tensor<64x64xf32>) -> tensor<64x64xf32>
      %2468 = "stablehlo.dot_general"(%2466, %2467) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x64xf32>) -> tensor<1x1x64xf32>
      %2469 = "stablehlo.broadcast_in_dim"(%arg399) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2470 = "stablehlo.add"(%2468, %2469) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2471 = "stablehlo.add"(%2470, %2328) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2472 = "chlo.square"(%2471) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2473 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2474 = "stablehlo.reduce"(%2471, %2473) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg469: tensor<f32>, %arg470: tensor<f32>):
        %2879 = "stablehlo.add"(%arg469, %arg470) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2879) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2475 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2476 = "stablehlo.broadcast_in_dim"(%2475) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2477 = "stablehlo.divide"(%2474, %2476) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2478 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2479 = "stablehlo.reduce"(%2472, %2478) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg467: tensor<f32>, %arg468: tensor<f32>):
        %2878 = "stablehlo.add"(%arg467, %arg468) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2878) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2480 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2481 = "stablehlo.broadcast_in_dim"(%2480) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2482 = "stablehlo.divide"(%2479, %2481) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2483 = "chlo.square"(%2477) : (tensor<1x1xf32>) -> tensor<1x1xf32>
      %2484 = "stablehlo.subtract"(%2482, %2483) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2485 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2486 = "stablehlo.broadcast_in_dim"(%2485) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2487 = "stablehlo.maximum"(%2486, %2484) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2488 = "stablehlo.broadcast_in_dim"(%2477) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2489 = "stablehlo.broadcast_in_dim"(%2487) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2490 = "stablehlo.broadcast_in_dim"(%2488) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2491 = "stablehlo.subtract"(%2471, %2490) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2492 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %2493 = "stablehlo.broadcast_in_dim"(%2492) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
      %2494 = "stablehlo.add"(%2489, %2493) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2495 = "stablehlo.rsqrt"(%2494) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2496 = "stablehlo.reshape"(%arg400) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2497 = "stablehlo.broadcast_in_dim"(%2495) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2498 = "stablehlo.multiply"(%2497, %2496) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2499 = "stablehlo.multiply"(%2491, %2498) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2500 = "stablehlo.reshape"(%arg401) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2501 = "stablehlo.add"(%2499, %2500) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2502 = "stablehlo.transpose"(%arg402) <{permutation = array<i64: 1, 0>}> : (tensor<256x64xf32>) -> tensor<64x256xf32>
      %2503 = "stablehlo.dot_general"(%2501, %2502) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x256xf32>) -> tensor<1x1x256xf32>
      %2504 = "stablehlo.broadcast_in_dim"(%arg403) <{broadcast_dimensions = array<i64: 2>}> : (tensor<256xf32>) -> tensor<1x1x256xf32>
      %2505 = "stablehlo.add"(%2503, %2504) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2506 = "stablehlo.multiply"(%2505, %2505) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2507 = "stablehlo.multiply"(%2506, %2505) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2508 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
      %2509 = "stablehlo.broadcast_in_dim"(%2508) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x256xf32>
      %2510 = "stablehlo.multiply"(%2509, %2507) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2511 = "stablehlo.add"(%2505, %2510) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2512 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
      %2513 = "stablehlo.broadcast_in_dim"(%2512) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x256xf32>
      %2514 = "stablehlo.multiply"(%2513, %2511) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2515 = "stablehlo.tanh"(%2514) : (tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2516 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2517 = "stablehlo.broadcast_in_dim"(%2516) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x256xf32>
      %2518 = "stablehlo.add"(%2517, %2515) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2519 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
      %2520 = "stablehlo.broadcast_in_dim"(%2519) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x256xf32>
      %2521 = "stablehlo.multiply"(%2520, %2518) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2522 = "stablehlo.multiply"(%2505, %2521) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2523 = "stablehlo.transpose"(%arg404) <{permutation = array<i64: 1, 0>}> : (tensor<64x256xf32>) -> tensor<256x64xf32>
      %2524 = "stablehlo.dot_general"(%2522, %2523) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x256xf32>, tensor<256x64xf32>) -> tensor<1x1x64xf32>
      %2525 = "stablehlo.broadcast_in_dim"(%arg405) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2526 = "stablehlo.add"(%2524, %2525) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2527 = "stablehlo.add"(%2471, %2526) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2528 = "chlo.square"(%2527) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2529 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2530 = "stablehlo.reduce"(%2527, %2529) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg465: tensor<f32>, %arg466: tensor<f32>):
        %2877 = "stablehlo.add"(%arg465, %arg466) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2877) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2531 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2532 = "stablehlo.broadcast_in_dim"(%2531) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2533 = "stablehlo.divide"(%2530, %2532) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2534 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2535 = "stablehlo.reduce"(%2528, %2534) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg463: tensor<f32>, %arg464: tensor<f32>):
        %2876 = "stablehlo.add"(%arg463, %arg464) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2876) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2536 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2537 = "stablehlo.broadcast_in_dim"(%2536) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2538 = "stablehlo.divide"(%2535, %2537) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2539 = "chlo.square"(%2533) : (tensor<1x1xf32>) -> tensor<1x1xf32>
      %2540 = "stablehlo.subtract"(%2538, %2539) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2541 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2542 = "stablehlo.broadcast_in_dim"(%2541) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2543 = "stablehlo.maximum"(%2542, %2540) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2544 = "stablehlo.broadcast_in_dim"(%2533) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2545 = "stablehlo.broadcast_in_dim"(%2543) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2546 = "stablehlo.broadcast_in_dim"(%2544) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2547 = "stablehlo.subtract"(%2527, %2546) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2548 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %2549 = "stablehlo.broadcast_in_dim"(%2548) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
      %2550 = "stablehlo.add"(%2545, %2549) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2551 = "stablehlo.rsqrt"(%2550) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2552 = "stablehlo.reshape"(%arg406) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2553 = "stablehlo.broadcast_in_dim"(%2551) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2554 = "stablehlo.multiply"(%2553, %2552) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2555 = "stablehlo.multiply"(%2547, %2554) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2556 = "stablehlo.reshape"(%arg407) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2557 = "stablehlo.add"(%2555, %2556) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2558 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
      %2559 = "stablehlo.broadcast_in_dim"(%2558) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x64xi1>
      %2560 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64xi32>
      %2561 = "stablehlo.broadcast_in_dim"(%2560) <{broadcast_dimensions = array<i64: 1>}> : (tensor<64xi32>) -> tensor<1x64xi32>
      %2562 = "stablehlo.broadcast_in_dim"(%2561) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xi32>) -> tensor<1x64x1xi32>
      %2563 = "stablehlo.broadcast_in_dim"(%2561) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x64xi32>) -> tensor<1x1x64xi32>
      %2564 = "stablehlo.broadcast_in_dim"(%2562) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xi32>) -> tensor<1x64x64xi32>
      %2565 = "stablehlo.broadcast_in_dim"(%2563) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xi32>) -> tensor<1x64x64xi32>
      %2566 = "stablehlo.compare"(%2564, %2565) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x64x64xi32>, tensor<1x64x64xi32>) -> tensor<1x64x64xi1>
      %2567 = "stablehlo.broadcast_in_dim"(%2566) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x64x64xi1>) -> tensor<1x1x64x64xi1>
      %2568 = "stablehlo.transpose"(%arg408) <{permutation = array<i64: 1, 0>}> : (tensor<192x64xf32>) -> tensor<64x192xf32>
      %2569 = "stablehlo.dot_general"(%2557, %2568) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x192xf32>) -> tensor<1x1x192xf32>
      %2570 = "stablehlo.broadcast_in_dim"(%arg409) <{broadcast_dimensions = array<i64: 2>}> : (tensor<192xf32>) -> tensor<1x1x192xf32>
      %2571 = "stablehlo.add"(%2569, %2570) : (tensor<1x1x192xf32>, tensor<1x1x192xf32>) -> tensor<1x1x192xf32>
      %2572 = "stablehlo.slice"(%2571) <{limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<1x1x192xf32>) -> tensor<1x1x64xf32>
      %2573 = "stablehlo.slice"(%2571) <{limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<1x1x192xf32>) -> tensor<1x1x64xf32>
      %2574 = "stablehlo.slice"(%2571) <{limit_indices = array<i64: 1, 1, 192>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<1x1x192xf32>) -> tensor<1x1x64xf32>
      %2575 = "stablehlo.reshape"(%2572) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
      %2576 = "stablehlo.reshape"(%2573) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
      %2577 = "stablehlo.reshape"(%2574) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
      %2578 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2579 = "stablehlo.compare"(%arg431, %2578) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2580 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
      %2581 = "stablehlo.add"(%arg431, %2580) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2582 = "stablehlo.select"(%2579, %2581, %arg431) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2583 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2584 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2585 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2586 = "stablehlo.dynamic_slice"(%2567, %2583, %2584, %2582, %2585) <{slice_sizes = array<i64: 1, 1, 1, 16>}> : (tensor<1x1x64x64xi1>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x1x16xi1>
      %2587 = "stablehlo.broadcast_in_dim"(%arg391) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<1x16xi32>) -> tensor<1x1x1x16xi32>
      %2588 = "stablehlo.convert"(%2586) : (tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xi32>
      %2589 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2590 = "stablehlo.broadcast_in_dim"(%2589) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1x16xi32>
      %2591 = "stablehlo.compare"(%2587, %2590) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
      %2592 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2593 = "stablehlo.broadcast_in_dim"(%2592) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1x16xi32>
      %2594 = "stablehlo.compare"(%2588, %2593) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
      %2595 = "stablehlo.and"(%2591, %2594) : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xi1>
      %2596 = "stablehlo.convert"(%2595) : (tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xf32>
      %2597 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2598 = "stablehlo.compare"(%arg431, %2597) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2599 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %2600 = "stablehlo.add"(%arg431, %2599) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2601 = "stablehlo.select"(%2598, %2600, %arg431) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2602 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2603 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2604 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2605 = "stablehlo.dynamic_update_slice"(%arg432, %2576, %2602, %2601, %2603, %2604) : (tensor<1x16x4x16xf32>, tensor<1x1x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x4x16xf32>
      %2606 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2607 = "stablehlo.compare"(%arg431, %2606) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2608 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %2609 = "stablehlo.add"(%arg431, %2608) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2610 = "stablehlo.select"(%2607, %2609, %arg431) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2611 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2612 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2613 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2614 = "stablehlo.dynamic_update_slice"(%arg433, %2577, %2611, %2610, %2612, %2613) : (tensor<1x16x4x16xf32>, tensor<1x1x4x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x4x16xf32>
      %2615 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2616 = "stablehlo.add"(%arg431, %2615) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2617 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
      %2618 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2619 = "stablehlo.add"(%arg431, %2618) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2620 = "stablehlo.broadcast_in_dim"(%2619) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
      %2621 = "stablehlo.compare"(%2617, %2620) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
      %2622 = "stablehlo.broadcast_in_dim"(%2621) <{broadcast_dimensions = array<i64: 3>}> : (tensor<16xi1>) -> tensor<1x1x1x16xi1>
      %2623 = "stablehlo.convert"(%2622) : (tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xf32>
      %2624 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2625 = "stablehlo.broadcast_in_dim"(%2624) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2626 = "stablehlo.compare"(%2623, %2625) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xi1>
      %2627 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2628 = "stablehlo.broadcast_in_dim"(%2627) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2629 = "stablehlo.compare"(%2596, %2628) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xi1>
      %2630 = "stablehlo.and"(%2626, %2629) : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xi1>
      %2631 = "stablehlo.convert"(%2630) : (tensor<1x1x1x16xi1>) -> tensor<1x1x1x16xf32>
      %2632 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2633 = "stablehlo.broadcast_in_dim"(%2632) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2634 = "stablehlo.compare"(%2631, %2633) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xi1>
      %2635 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2636 = "stablehlo.broadcast_in_dim"(%2635) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2637 = "stablehlo.convert"(%2636) : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
      %2638 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
      %2639 = "stablehlo.broadcast_in_dim"(%2638) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1x16xf32>
      %2640 = "stablehlo.select"(%2634, %2637, %2639) : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
      %2641 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2642 = "stablehlo.sqrt"(%2641) : (tensor<f32>) -> tensor<f32>
      %2643 = "stablehlo.convert"(%2642) : (tensor<f32>) -> tensor<f32>
      %2644 = "stablehlo.broadcast_in_dim"(%2643) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x4x16xf32>
      %2645 = "stablehlo.divide"(%2575, %2644) : (tensor<1x1x4x16xf32>, tensor<1x1x4x16xf32>) -> tensor<1x1x4x16xf32>
      %2646 = "stablehlo.dot_general"(%2645, %2605) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x4x16xf32>, tensor<1x16x4x16xf32>) -> tensor<1x4x1x16xf32>
      %2647 = "stablehlo.broadcast_in_dim"(%2640) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2648 = "stablehlo.add"(%2646, %2647) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2649 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2650 = "stablehlo.reduce"(%2648, %2649) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg461: tensor<f32>, %arg462: tensor<f32>):
        %2875 = "stablehlo.maximum"(%arg461, %arg462) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2875) : (tensor<f32>) -> ()
      }) : (tensor<1x4x1x16xf32>, tensor<f32>) -> tensor<1x4x1xf32>
      %2651 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2652 = "stablehlo.broadcast_in_dim"(%2651) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x1xf32>
      %2653 = "stablehlo.maximum"(%2652, %2650) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
      %2654 = "stablehlo.broadcast_in_dim"(%2653) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x1x1xf32>
      %2655 = "stablehlo.broadcast_in_dim"(%2654) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x1xf32>) -> tensor<1x4x1x16xf32>
      %2656 = "stablehlo.subtract"(%2648, %2655) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2657 = "stablehlo.exponential"(%2656) : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2658 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2659 = "stablehlo.reduce"(%2657, %2658) <{dimensions = array<i64: 3>}> ({
      ^bb0(%arg459: tensor<f32>, %arg460: tensor<f32>):
        %2874 = "stablehlo.add"(%arg459, %arg460) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2874) : (tensor<f32>) -> ()
      }) : (tensor<1x4x1x16xf32>, tensor<f32>) -> tensor<1x4x1xf32>
      %2660 = "stablehlo.broadcast_in_dim"(%2659) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x1xf32>) -> tensor<1x4x1x1xf32>
      %2661 = "stablehlo.broadcast_in_dim"(%2660) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x1x1xf32>) -> tensor<1x4x1x16xf32>
      %2662 = "stablehlo.divide"(%2657, %2661) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
      %2663 = "stablehlo.dot_general"(%2614, %2662) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x16x1xf32>
      %2664 = "stablehlo.transpose"(%2663) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x4x16x1xf32>) -> tensor<1x1x4x16xf32>
      %2665 = "stablehlo.reshape"(%2664) : (tensor<1x1x4x16xf32>) -> tensor<1x1x64xf32>
      %2666 = "stablehlo.transpose"(%arg410) <{permutation = array<i64: 1, 0>}> : (tensor<64x64xf32>) -> tensor<64x64xf32>
      %2667 = "stablehlo.dot_general"(%2665, %2666) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x64xf32>) -> tensor<1x1x64xf32>
      %2668 = "stablehlo.broadcast_in_dim"(%arg411) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2669 = "stablehlo.add"(%2667, %2668) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2670 = "stablehlo.add"(%2669, %2527) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2671 = "chlo.square"(%2670) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2672 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2673 = "stablehlo.reduce"(%2670, %2672) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg457: tensor<f32>, %arg458: tensor<f32>):
        %2873 = "stablehlo.add"(%arg457, %arg458) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2873) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2674 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2675 = "stablehlo.broadcast_in_dim"(%2674) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2676 = "stablehlo.divide"(%2673, %2675) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2677 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2678 = "stablehlo.reduce"(%2671, %2677) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg455: tensor<f32>, %arg456: tensor<f32>):
        %2872 = "stablehlo.add"(%arg455, %arg456) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2872) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2679 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2680 = "stablehlo.broadcast_in_dim"(%2679) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2681 = "stablehlo.divide"(%2678, %2680) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2682 = "chlo.square"(%2676) : (tensor<1x1xf32>) -> tensor<1x1xf32>
      %2683 = "stablehlo.subtract"(%2681, %2682) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2684 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2685 = "stablehlo.broadcast_in_dim"(%2684) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2686 = "stablehlo.maximum"(%2685, %2683) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2687 = "stablehlo.broadcast_in_dim"(%2676) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2688 = "stablehlo.broadcast_in_dim"(%2686) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2689 = "stablehlo.broadcast_in_dim"(%2687) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2690 = "stablehlo.subtract"(%2670, %2689) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2691 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %2692 = "stablehlo.broadcast_in_dim"(%2691) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
      %2693 = "stablehlo.add"(%2688, %2692) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2694 = "stablehlo.rsqrt"(%2693) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2695 = "stablehlo.reshape"(%arg412) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2696 = "stablehlo.broadcast_in_dim"(%2694) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2697 = "stablehlo.multiply"(%2696, %2695) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2698 = "stablehlo.multiply"(%2690, %2697) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2699 = "stablehlo.reshape"(%arg413) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2700 = "stablehlo.add"(%2698, %2699) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2701 = "stablehlo.transpose"(%arg414) <{permutation = array<i64: 1, 0>}> : (tensor<256x64xf32>) -> tensor<64x256xf32>
      %2702 = "stablehlo.dot_general"(%2700, %2701) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x256xf32>) -> tensor<1x1x256xf32>
      %2703 = "stablehlo.broadcast_in_dim"(%arg415) <{broadcast_dimensions = array<i64: 2>}> : (tensor<256xf32>) -> tensor<1x1x256xf32>
      %2704 = "stablehlo.add"(%2702, %2703) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2705 = "stablehlo.multiply"(%2704, %2704) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2706 = "stablehlo.multiply"(%2705, %2704) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2707 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
      %2708 = "stablehlo.broadcast_in_dim"(%2707) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x256xf32>
      %2709 = "stablehlo.multiply"(%2708, %2706) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2710 = "stablehlo.add"(%2704, %2709) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2711 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
      %2712 = "stablehlo.broadcast_in_dim"(%2711) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x256xf32>
      %2713 = "stablehlo.multiply"(%2712, %2710) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2714 = "stablehlo.tanh"(%2713) : (tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2715 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2716 = "stablehlo.broadcast_in_dim"(%2715) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x256xf32>
      %2717 = "stablehlo.add"(%2716, %2714) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2718 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
      %2719 = "stablehlo.broadcast_in_dim"(%2718) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x256xf32>
      %2720 = "stablehlo.multiply"(%2719, %2717) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2721 = "stablehlo.multiply"(%2704, %2720) : (tensor<1x1x256xf32>, tensor<1x1x256xf32>) -> tensor<1x1x256xf32>
      %2722 = "stablehlo.transpose"(%arg416) <{permutation = array<i64: 1, 0>}> : (tensor<64x256xf32>) -> tensor<256x64xf32>
      %2723 = "stablehlo.dot_general"(%2721, %2722) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x256xf32>, tensor<256x64xf32>) -> tensor<1x1x64xf32>
      %2724 = "stablehlo.broadcast_in_dim"(%arg417) <{broadcast_dimensions = array<i64: 2>}> : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2725 = "stablehlo.add"(%2723, %2724) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2726 = "stablehlo.add"(%2670, %2725) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2727 = "chlo.square"(%2726) : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2728 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2729 = "stablehlo.reduce"(%2726, %2728) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg453: tensor<f32>, %arg454: tensor<f32>):
        %2871 = "stablehlo.add"(%arg453, %arg454) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2871) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2730 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2731 = "stablehlo.broadcast_in_dim"(%2730) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2732 = "stablehlo.divide"(%2729, %2731) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2733 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2734 = "stablehlo.reduce"(%2727, %2733) <{dimensions = array<i64: 2>}> ({
      ^bb0(%arg451: tensor<f32>, %arg452: tensor<f32>):
        %2870 = "stablehlo.add"(%arg451, %arg452) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2870) : (tensor<f32>) -> ()
      }) : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
      %2735 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
      %2736 = "stablehlo.broadcast_in_dim"(%2735) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2737 = "stablehlo.divide"(%2734, %2736) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2738 = "chlo.square"(%2732) : (tensor<1x1xf32>) -> tensor<1x1xf32>
      %2739 = "stablehlo.subtract"(%2737, %2738) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2740 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2741 = "stablehlo.broadcast_in_dim"(%2740) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
      %2742 = "stablehlo.maximum"(%2741, %2739) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
      %2743 = "stablehlo.broadcast_in_dim"(%2732) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2744 = "stablehlo.broadcast_in_dim"(%2742) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
      %2745 = "stablehlo.broadcast_in_dim"(%2743) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2746 = "stablehlo.subtract"(%2726, %2745) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2747 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
      %2748 = "stablehlo.broadcast_in_dim"(%2747) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x1xf32>
      %2749 = "stablehlo.add"(%2744, %2748) : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2750 = "stablehlo.rsqrt"(%2749) : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
      %2751 = "stablehlo.reshape"(%arg418) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2752 = "stablehlo.broadcast_in_dim"(%2750) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
      %2753 = "stablehlo.multiply"(%2752, %2751) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2754 = "stablehlo.multiply"(%2746, %2753) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2755 = "stablehlo.reshape"(%arg419) : (tensor<64xf32>) -> tensor<1x1x64xf32>
      %2756 = "stablehlo.add"(%2754, %2755) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
      %2757 = "stablehlo.dot_general"(%2756, %arg420) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x1x64xf32>, tensor<64x97xf32>) -> tensor<1x1x97xf32>
      %2758 = "stablehlo.reshape"(%2757) : (tensor<1x1x97xf32>) -> tensor<1x97xf32>
      %2759 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2760 = "stablehlo.subtract"(%arg423, %2759) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2761 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2762 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2763 = "func.call"(%2760, %2761, %2762) <{callee = @clip}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2764 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2765 = "stablehlo.subtract"(%2764, %2763) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2766 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
      %2767 = "stablehlo.broadcast_in_dim"(%2766) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %2768 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2769 = "stablehlo.broadcast_in_dim"(%2768) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
      %2770 = "stablehlo.scatter"(%2758, %2767, %2769) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
      ^bb0(%arg449: tensor<f32>, %arg450: tensor<f32>):
        "stablehlo.return"(%arg450) : (tensor<f32>) -> ()
      }) : (tensor<1x97xf32>, tensor<1xi32>, tensor<1xf32>) -> tensor<1x97xf32>
      %2771 = "func.call"(%2765, %2770, %2758) <{callee = @_where_33}> : (tensor<i32>, tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
      %2772 = "stablehlo.constant"() <{value = dense<8.000000e-01> : tensor<f32>}> : () -> tensor<f32>
      %2773 = "stablehlo.broadcast_in_dim"(%2772) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x97xf32>
      %2774 = "stablehlo.divide"(%2771, %2773) : (tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
      %2775 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2776 = "stablehlo.broadcast_in_dim"(%2775) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<97xf32>
      %2777:2 = "chlo.top_k"(%2774) <{k = 8 : i64}> : (tensor<1x97xf32>) -> (tensor<1x8xf32>, tensor<1x8xi32>)
      %2778 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<1xi32>
      %2779 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
      %2780 = "stablehlo.broadcast_in_dim"(%2779) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %2781 = "stablehlo.multiply"(%2778, %2780) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
      %2782 = "stablehlo.broadcast_in_dim"(%2781) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
      %2783 = "stablehlo.broadcast_in_dim"(%2782) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x8xi32>
      %2784 = "stablehlo.reshape"(%2783) : (tensor<1x8xi32>) -> tensor<8xi32>
      %2785 = "stablehlo.reshape"(%2777#0) : (tensor<1x8xf32>) -> tensor<8xf32>
      %2786 = "stablehlo.reshape"(%2777#1) : (tensor<1x8xi32>) -> tensor<8xi32>
      %2787 = "stablehlo.add"(%2786, %2784) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %2788 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2789 = "stablehlo.broadcast_in_dim"(%2788) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %2790 = "stablehlo.compare"(%2787, %2789) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %2791 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
      %2792 = "stablehlo.broadcast_in_dim"(%2791) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %2793 = "stablehlo.add"(%2787, %2792) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %2794 = "stablehlo.select"(%2790, %2793, %2787) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %2795 = "stablehlo.broadcast_in_dim"(%2794) <{broadcast_dimensions = array<i64: 0>}> : (tensor<8xi32>) -> tensor<8x1xi32>
      %2796 = "stablehlo.convert"(%2776) : (tensor<97xf32>) -> tensor<97xf32>
      %2797 = "stablehlo.scatter"(%2796, %2795, %2785) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>, unique_indices = false}> ({
      ^bb0(%arg447: tensor<f32>, %arg448: tensor<f32>):
        "stablehlo.return"(%arg448) : (tensor<f32>) -> ()
      }) : (tensor<97xf32>, tensor<8x1xi32>, tensor<8xf32>) -> tensor<97xf32>
      %2798 = "stablehlo.convert"(%2797) : (tensor<97xf32>) -> tensor<97xf32>
      %2799 = "stablehlo.reshape"(%2798) : (tensor<97xf32>) -> tensor<1x97xf32>
      %2800:2 = "chlo.top_k"(%2799) <{k = 97 : i64}> : (tensor<1x97xf32>) -> (tensor<1x97xf32>, tensor<1x97xi32>)
      %2801 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2802 = "stablehlo.broadcast_in_dim"(%2801) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x97xf32>
      %2803 = "stablehlo.convert"(%2800#0) : (tensor<1x97xf32>) -> tensor<1x97xf32>
      %2804 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2805 = "stablehlo.reduce"(%2803, %2804) <{dimensions = array<i64: 1>}> ({
      ^bb0(%arg445: tensor<f32>, %arg446: tensor<f32>):
        %2869 = "stablehlo.maximum"(%arg445, %arg446) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2869) : (tensor<f32>) -> ()
      }) : (tensor<1x97xf32>, tensor<f32>) -> tensor<1xf32>
      %2806 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2807 = "stablehlo.broadcast_in_dim"(%2806) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
      %2808 = "stablehlo.maximum"(%2807, %2805) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
      %2809 = "stablehlo.broadcast_in_dim"(%2808) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
      %2810 = "stablehlo.convert"(%2800#0) : (tensor<1x97xf32>) -> tensor<1x97xf32>
      %2811 = "stablehlo.broadcast_in_dim"(%2809) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x97xf32>
      %2812 = "stablehlo.subtract"(%2810, %2811) : (tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
      %2813 = "stablehlo.exponential"(%2812) : (tensor<1x97xf32>) -> tensor<1x97xf32>
      %2814 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %2815 = "stablehlo.reduce"(%2813, %2814) <{dimensions = array<i64: 1>}> ({
      ^bb0(%arg443: tensor<f32>, %arg444: tensor<f32>):
        %2868 = "stablehlo.add"(%arg443, %arg444) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2868) : (tensor<f32>) -> ()
      }) : (tensor<1x97xf32>, tensor<f32>) -> tensor<1xf32>
      %2816 = "stablehlo.broadcast_in_dim"(%2815) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
      %2817 = "stablehlo.broadcast_in_dim"(%2816) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x97xf32>
      %2818 = "stablehlo.divide"(%2813, %2817) : (tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
      %2819 = "func.call"(%2818) <{callee = @cumsum}> : (tensor<1x97xf32>) -> tensor<1x97xf32>
      %2820 = "stablehlo.constant"() <{value = dense<0.899999976> : tensor<f32>}> : () -> tensor<f32>
      %2821 = "stablehlo.broadcast_in_dim"(%2820) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x97xf32>
      %2822 = "stablehlo.compare"(%2819, %2821) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xi1>
      %2823 = "stablehlo.reshape"(%2822) : (tensor<1x97xi1>) -> tensor<97xi1>
      %2824 = "func.call"(%2823) <{callee = @_roll_static}> : (tensor<97xi1>) -> tensor<97xi1>
      %2825 = "stablehlo.reshape"(%2824) : (tensor<97xi1>) -> tensor<1x97xi1>
      %2826 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2827 = "stablehlo.broadcast_in_dim"(%2826) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %2828 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
      %2829 = "stablehlo.broadcast_in_dim"(%2828) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1xi1>
      %2830 = "stablehlo.scatter"(%2825, %2827, %2829) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
      ^bb0(%arg441: tensor<i1>, %arg442: tensor<i1>):
        "stablehlo.return"(%arg442) : (tensor<i1>) -> ()
      }) : (tensor<1x97xi1>, tensor<1xi32>, tensor<1xi1>) -> tensor<1x97xi1>
      %2831 = "stablehlo.or"(%2825, %2830) : (tensor<1x97xi1>, tensor<1x97xi1>) -> tensor<1x97xi1>
      %2832 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2833 = "stablehlo.broadcast_in_dim"(%2832) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %2834 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
      %2835 = "stablehlo.broadcast_in_dim"(%2834) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x1xi1>
      %2836 = "stablehlo.scatter"(%2831, %2833, %2835) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
      ^bb0(%arg439: tensor<i1>, %arg440: tensor<i1>):
        "stablehlo.return"(%arg440) : (tensor<i1>) -> ()
      }) : (tensor<1x97xi1>, tensor<1xi32>, tensor<1x1xi1>) -> tensor<1x97xi1>
      %2837 = "func.call"(%2836, %2800#0, %2802) <{callee = @_where_35}> : (tensor<1x97xi1>, tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
      %2838:2 = "stablehlo.sort"(%2800#1, %2837) <{dimension = 1 : i64, is_stable = true}> ({
      ^bb0(%arg435: tensor<i32>, %arg436: tensor<i32>, %arg437: tensor<f32>, %arg438: tensor<f32>):
        %2867 = "stablehlo.compare"(%arg435, %arg436) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%2867) : (tensor<i1>) -> ()
      }) : (tensor<1x97xi32>, tensor<1x97xf32>) -> (tensor<1x97xi32>, tensor<1x97xf32>)
      %2839 = "func.call"(%2323) <{callee = @_gumbel}> : (tensor<2xui32>) -> tensor<1x97xf32>
      %2840 = "stablehlo.convert"(%2838#1) : (tensor<1x97xf32>) -> tensor<1x97xf32>
      %2841 = "stablehlo.add"(%2839, %2840) : (tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
      %2842 = "func.call"(%2841) <{callee = @argmax}> : (tensor<1x97xf32>) -> tensor<1xi32>
      %2843 = "stablehlo.not"(%arg426) : (tensor<1xi1>) -> tensor<1xi1>
      %2844 = "stablehlo.convert"(%2843) : (tensor<1xi1>) -> tensor<1xi32>
      %2845 = "stablehlo.multiply"(%2842, %2844) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
      %2846 = "stablehlo.convert"(%arg426) : (tensor<1xi1>) -> tensor<1xi32>
      %2847 = "stablehlo.broadcast_in_dim"(%arg421) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %2848 = "stablehlo.multiply"(%2847, %2846) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
      %2849 = "stablehlo.add"(%2845, %2848) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
      %2850 = "stablehlo.broadcast_in_dim"(%arg422) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %2851 = "stablehlo.compare"(%2849, %2850) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
      %2852 = "stablehlo.or"(%arg426, %2851) : (tensor<1xi1>, tensor<1xi1>) -> tensor<1xi1>
      %2853 = "stablehlo.broadcast_in_dim"(%2849) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
      %2854 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2855 = "stablehlo.compare"(%arg423, %2854) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %2856 = "stablehlo.convert"(%arg423) : (tensor<i32>) -> tensor<i32>
      %2857 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
      %2858 = "stablehlo.add"(%2856, %2857) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %2859 = "stablehlo.select"(%2855, %2858, %arg423) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %2860 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2861 = "stablehlo.dynamic_update_slice"(%arg424, %2853, %2860, %2859) : (tensor<1x16xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x16xi32>
      %2862 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2863 = "stablehlo.broadcast_in_dim"(%2862) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
      %2864 = "stablehlo.add"(%arg434, %2863) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
      %2865 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2866 = "stablehlo.add"(%arg423, %2865) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg391, %arg392, %arg393, %arg394, %arg395, %arg396, %arg397, %arg398, %arg399, %arg400, %arg401, %arg402, %arg403, %arg404, %arg405, %arg406, %arg407, %arg408, %arg409, %arg410, %arg411, %arg412, %arg413, %arg414, %arg415, %arg416, %arg417, %arg418, %arg419, %arg420, %arg421, %arg422, %2866, %2861, %2853, %2852, %2325, %2417, %2406, %2415, %2616, %2605, %2614, %2864) : (tensor<1x16xi32>, tensor<97x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x97xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<1x16xi32>, tensor<1x1xi32>, tensor<1xi1>, tensor<2xui32>, tensor<i32>, tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>, tensor<i32>, tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>, tensor<1x1xi32>) -> ()
    }) : (tensor<1x16xi32>, tensor<97x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x97xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<1x16xi32>, tensor<1x1xi32>, tensor<1xi1>, tensor<2xui32>, tensor<i32>, tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>, tensor<i32>, tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>, tensor<1x1xi32>) -> (tensor<1x16xi32>, tensor<97x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x97xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<1x16xi32>, tensor<1x1xi32>, tensor<1xi1>, tensor<2xui32>, tensor<i32>, tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>, tensor<i32>, tensor<1x16x4x16xf32>, tensor<1x16x4x16xf32>, tensor<1x1xi32>)
    "func.return"(%2320#33) : (tensor<1x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x16xf32>) -> tensor<1x16xf32>, res_attrs = [{}], sym_name = "atleast_2d", sym_visibility = "private"}> ({
  ^bb0(%arg359: tensor<1x16xf32>):
    "func.return"(%arg359) : (tensor<1x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>, res_attrs = [{}], sym_name = "_threefry_fold_in", sym_visibility = "private"}> ({
  ^bb0(%arg357: tensor<2xui32>, %arg358: tensor<ui32>):
    %1166 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %1167 = "stablehlo.shift_right_logical"(%arg358, %1166) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %1168 = "stablehlo.broadcast_in_dim"(%1167) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1169 = "stablehlo.constant"() <{value = dense<4294967295> : tensor<ui32>}> : () -> tensor<ui32>
    %1170 = "stablehlo.and"(%arg358, %1169) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %1171 = "stablehlo.broadcast_in_dim"(%1170) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1172 = "stablehlo.concatenate"(%1168, %1171) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %1173 = "stablehlo.slice"(%arg357) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %1174 = "stablehlo.reshape"(%1173) : (tensor<1xui32>) -> tensor<ui32>
    %1175 = "stablehlo.slice"(%arg357) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %1176 = "stablehlo.reshape"(%1175) : (tensor<1xui32>) -> tensor<ui32>
    %1177 = "stablehlo.slice"(%1172) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %1178 = "stablehlo.slice"(%1172) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %1179:2 = "func.call"(%1174, %1176, %1177, %1178) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<1xui32>, tensor<1xui32>) -> (tensor<1xui32>, tensor<1xui32>)
    %1180 = "stablehlo.concatenate"(%1179#0, %1179#1) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    "func.return"(%1180) : (tensor<2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<1xui32>, tensor<1xui32>) -> (tensor<1xui32>, tensor<1xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg335: tensor<ui32>, %arg336: tensor<ui32>, %arg337: tensor<1xui32>, %arg338: tensor<1xui32>):
    %1149 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %1150 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %1151 = "stablehlo.xor"(%arg335, %arg336) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %1152 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %1153 = "stablehlo.xor"(%1151, %1152) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %1154 = "stablehlo.broadcast_in_dim"(%arg335) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1155 = "stablehlo.add"(%arg337, %1154) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1156 = "stablehlo.broadcast_in_dim"(%arg336) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1157 = "stablehlo.add"(%arg338, %1156) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1158 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1159 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1160:9 = "stablehlo.while"(%1159, %1158, %1155, %1157, %arg336, %1153, %arg335, %1149, %1150) ({
    ^bb0(%arg348: tensor<i32>, %arg349: tensor<i32>, %arg350: tensor<1xui32>, %arg351: tensor<1xui32>, %arg352: tensor<ui32>, %arg353: tensor<ui32>, %arg354: tensor<ui32>, %arg355: tensor<4xui32>, %arg356: tensor<4xui32>):
      %1164 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %1165 = "stablehlo.compare"(%arg348, %1164) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%1165) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg339: tensor<i32>, %arg340: tensor<i32>, %arg341: tensor<1xui32>, %arg342: tensor<1xui32>, %arg343: tensor<ui32>, %arg344: tensor<ui32>, %arg345: tensor<ui32>, %arg346: tensor<4xui32>, %arg347: tensor<4xui32>):
      %1161:8 = "func.call"(%arg340, %arg341, %arg342, %arg343, %arg344, %arg345, %arg346, %arg347) <{callee = @closed_call}> : (tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %1162 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %1163 = "stablehlo.add"(%arg339, %1162) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%1163, %1161#0, %1161#1, %1161#2, %1161#3, %1161#4, %1161#5, %1161#6, %1161#7) : (tensor<i32>, tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%1160#2, %1160#3) : (tensor<1xui32>, tensor<1xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg327: tensor<i32>, %arg328: tensor<1xui32>, %arg329: tensor<1xui32>, %arg330: tensor<ui32>, %arg331: tensor<ui32>, %arg332: tensor<ui32>, %arg333: tensor<4xui32>, %arg334: tensor<4xui32>):
    %1094 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1095 = "stablehlo.add"(%arg327, %1094) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1096 = "stablehlo.slice"(%arg333) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %1097 = "stablehlo.reshape"(%1096) : (tensor<1xui32>) -> tensor<ui32>
    %1098 = "stablehlo.add"(%arg328, %arg329) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1099 = "stablehlo.broadcast_in_dim"(%1097) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1100 = "stablehlo.shift_left"(%arg329, %1099) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1101 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %1102 = "stablehlo.subtract"(%1101, %1097) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %1103 = "stablehlo.broadcast_in_dim"(%1102) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1104 = "stablehlo.shift_right_logical"(%arg329, %1103) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1105 = "stablehlo.or"(%1100, %1104) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1106 = "stablehlo.xor"(%1098, %1105) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1107 = "stablehlo.slice"(%arg333) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %1108 = "stablehlo.reshape"(%1107) : (tensor<1xui32>) -> tensor<ui32>
    %1109 = "stablehlo.add"(%1098, %1106) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1110 = "stablehlo.broadcast_in_dim"(%1108) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1111 = "stablehlo.shift_left"(%1106, %1110) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1112 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %1113 = "stablehlo.subtract"(%1112, %1108) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %1114 = "stablehlo.broadcast_in_dim"(%1113) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1115 = "stablehlo.shift_right_logical"(%1106, %1114) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1116 = "stablehlo.or"(%1111, %1115) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1117 = "stablehlo.xor"(%1109, %1116) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1118 = "stablehlo.slice"(%arg333) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %1119 = "stablehlo.reshape"(%1118) : (tensor<1xui32>) -> tensor<ui32>
    %1120 = "stablehlo.add"(%1109, %1117) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1121 = "stablehlo.broadcast_in_dim"(%1119) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1122 = "stablehlo.shift_left"(%1117, %1121) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1123 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %1124 = "stablehlo.subtract"(%1123, %1119) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %1125 = "stablehlo.broadcast_in_dim"(%1124) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1126 = "stablehlo.shift_right_logical"(%1117, %1125) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1127 = "stablehlo.or"(%1122, %1126) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1128 = "stablehlo.xor"(%1120, %1127) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1129 = "stablehlo.slice"(%arg333) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %1130 = "stablehlo.reshape"(%1129) : (tensor<1xui32>) -> tensor<ui32>
    %1131 = "stablehlo.add"(%1120, %1128) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1132 = "stablehlo.broadcast_in_dim"(%1130) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1133 = "stablehlo.shift_left"(%1128, %1132) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1134 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %1135 = "stablehlo.subtract"(%1134, %1130) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %1136 = "stablehlo.broadcast_in_dim"(%1135) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1137 = "stablehlo.shift_right_logical"(%1128, %1136) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1138 = "stablehlo.or"(%1133, %1137) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1139 = "stablehlo.xor"(%1131, %1138) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1140 = "stablehlo.broadcast_in_dim"(%arg330) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1141 = "stablehlo.add"(%1131, %1140) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1142 = "stablehlo.broadcast_in_dim"(%arg331) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1143 = "stablehlo.add"(%1139, %1142) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %1144 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1145 = "stablehlo.add"(%arg327, %1144) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1146 = "stablehlo.convert"(%1145) : (tensor<i32>) -> tensor<ui32>
    %1147 = "stablehlo.broadcast_in_dim"(%1146) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1148 = "stablehlo.add"(%1143, %1147) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    "func.return"(%1095, %1141, %1148, %arg331, %arg332, %arg330, %arg334, %arg333) : (tensor<i32>, tensor<1xui32>, tensor<1xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<97x64xf32>, res_attrs = [{}], sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg326: tensor<2xui32>):
    %1093 = "func.call"(%arg326) <{callee = @_normal_real}> : (tensor<2xui32>) -> tensor<97x64xf32>
    "func.return"(%1093) : (tensor<97x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<97x64xf32>, res_attrs = [{}], sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg325: tensor<2xui32>):
    %1086 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %1087 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1088 = "func.call"(%arg325, %1086, %1087) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<97x64xf32>
    %1089 = "chlo.erf_inv"(%1088) : (tensor<97x64xf32>) -> tensor<97x64xf32>
    %1090 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %1091 = "stablehlo.broadcast_in_dim"(%1090) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<97x64xf32>
    %1092 = "stablehlo.multiply"(%1091, %1089) : (tensor<97x64xf32>, tensor<97x64xf32>) -> tensor<97x64xf32>
    "func.return"(%1092) : (tensor<97x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<97x64xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg322: tensor<2xui32>, %arg323: tensor<f32>, %arg324: tensor<f32>):
    %1047 = "stablehlo.broadcast_in_dim"(%arg323) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %1048 = "stablehlo.broadcast_in_dim"(%arg324) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %1049 = "stablehlo.slice"(%arg322) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %1050 = "stablehlo.reshape"(%1049) : (tensor<1xui32>) -> tensor<ui32>
    %1051 = "stablehlo.slice"(%arg322) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %1052 = "stablehlo.reshape"(%1051) : (tensor<1xui32>) -> tensor<ui32>
    %1053 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<97x64xui64>
    %1054 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<97x64xui64>
    %1055 = "stablehlo.constant"() <{value = dense<64> : tensor<ui64>}> : () -> tensor<ui64>
    %1056 = "stablehlo.broadcast_in_dim"(%1055) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<97x64xui64>
    %1057 = "stablehlo.multiply"(%1056, %1053) : (tensor<97x64xui64>, tensor<97x64xui64>) -> tensor<97x64xui64>
    %1058 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %1059 = "stablehlo.broadcast_in_dim"(%1058) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<97x64xui64>
    %1060 = "stablehlo.multiply"(%1059, %1054) : (tensor<97x64xui64>, tensor<97x64xui64>) -> tensor<97x64xui64>
    %1061 = "stablehlo.add"(%1057, %1060) : (tensor<97x64xui64>, tensor<97x64xui64>) -> tensor<97x64xui64>
    %1062 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %1063 = "stablehlo.broadcast_in_dim"(%1062) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<97x64xui64>
    %1064 = "stablehlo.shift_right_logical"(%1061, %1063) : (tensor<97x64xui64>, tensor<97x64xui64>) -> tensor<97x64xui64>
    %1065 = "stablehlo.convert"(%1061) : (tensor<97x64xui64>) -> tensor<97x64xui32>
    %1066 = "stablehlo.convert"(%1064) : (tensor<97x64xui64>) -> tensor<97x64xui32>
    %1067:2 = "func.call"(%1050, %1052, %1066, %1065) <{callee = @threefry2x32_0}> : (tensor<ui32>, tensor<ui32>, tensor<97x64xui32>, tensor<97x64xui32>) -> (tensor<97x64xui32>, tensor<97x64xui32>)
    %1068 = "stablehlo.xor"(%1067#0, %1067#1) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %1069 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %1070 = "stablehlo.broadcast_in_dim"(%1069) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %1071 = "stablehlo.shift_right_logical"(%1068, %1070) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %1072 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %1073 = "stablehlo.broadcast_in_dim"(%1072) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %1074 = "stablehlo.or"(%1071, %1073) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %1075 = "stablehlo.bitcast_convert"(%1074) : (tensor<97x64xui32>) -> tensor<97x64xf32>
    %1076 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1077 = "stablehlo.broadcast_in_dim"(%1076) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<97x64xf32>
    %1078 = "stablehlo.subtract"(%1075, %1077) : (tensor<97x64xf32>, tensor<97x64xf32>) -> tensor<97x64xf32>
    %1079 = "stablehlo.subtract"(%1048, %1047) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %1080 = "stablehlo.broadcast_in_dim"(%1079) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<97x64xf32>
    %1081 = "stablehlo.multiply"(%1078, %1080) : (tensor<97x64xf32>, tensor<97x64xf32>) -> tensor<97x64xf32>
    %1082 = "stablehlo.broadcast_in_dim"(%1047) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<97x64xf32>
    %1083 = "stablehlo.add"(%1081, %1082) : (tensor<97x64xf32>, tensor<97x64xf32>) -> tensor<97x64xf32>
    %1084 = "stablehlo.broadcast_in_dim"(%1047) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<97x64xf32>
    %1085 = "stablehlo.maximum"(%1084, %1083) : (tensor<97x64xf32>, tensor<97x64xf32>) -> tensor<97x64xf32>
    "func.return"(%1085) : (tensor<97x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<97x64xui32>, tensor<97x64xui32>) -> (tensor<97x64xui32>, tensor<97x64xui32>), sym_name = "threefry2x32_0", sym_visibility = "private"}> ({
  ^bb0(%arg300: tensor<ui32>, %arg301: tensor<ui32>, %arg302: tensor<97x64xui32>, %arg303: tensor<97x64xui32>):
    %1030 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %1031 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %1032 = "stablehlo.xor"(%arg300, %arg301) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %1033 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %1034 = "stablehlo.xor"(%1032, %1033) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %1035 = "stablehlo.broadcast_in_dim"(%arg300) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %1036 = "stablehlo.add"(%arg302, %1035) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %1037 = "stablehlo.broadcast_in_dim"(%arg301) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %1038 = "stablehlo.add"(%arg303, %1037) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %1039 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1040 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1041:9 = "stablehlo.while"(%1040, %1039, %1036, %1038, %arg301, %1034, %arg300, %1030, %1031) ({
    ^bb0(%arg313: tensor<i32>, %arg314: tensor<i32>, %arg315: tensor<97x64xui32>, %arg316: tensor<97x64xui32>, %arg317: tensor<ui32>, %arg318: tensor<ui32>, %arg319: tensor<ui32>, %arg320: tensor<4xui32>, %arg321: tensor<4xui32>):
      %1045 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %1046 = "stablehlo.compare"(%arg313, %1045) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%1046) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg304: tensor<i32>, %arg305: tensor<i32>, %arg306: tensor<97x64xui32>, %arg307: tensor<97x64xui32>, %arg308: tensor<ui32>, %arg309: tensor<ui32>, %arg310: tensor<ui32>, %arg311: tensor<4xui32>, %arg312: tensor<4xui32>):
      %1042:8 = "func.call"(%arg305, %arg306, %arg307, %arg308, %arg309, %arg310, %arg311, %arg312) <{callee = @closed_call_1}> : (tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %1043 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %1044 = "stablehlo.add"(%arg304, %1043) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%1044, %1042#0, %1042#1, %1042#2, %1042#3, %1042#4, %1042#5, %1042#6, %1042#7) : (tensor<i32>, tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%1041#2, %1041#3) : (tensor<97x64xui32>, tensor<97x64xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_1", sym_visibility = "private"}> ({
  ^bb0(%arg292: tensor<i32>, %arg293: tensor<97x64xui32>, %arg294: tensor<97x64xui32>, %arg295: tensor<ui32>, %arg296: tensor<ui32>, %arg297: tensor<ui32>, %arg298: tensor<4xui32>, %arg299: tensor<4xui32>):
    %975 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %976 = "stablehlo.add"(%arg292, %975) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %977 = "stablehlo.slice"(%arg298) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %978 = "stablehlo.reshape"(%977) : (tensor<1xui32>) -> tensor<ui32>
    %979 = "stablehlo.add"(%arg293, %arg294) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %980 = "stablehlo.broadcast_in_dim"(%978) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %981 = "stablehlo.shift_left"(%arg294, %980) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %982 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %983 = "stablehlo.subtract"(%982, %978) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %984 = "stablehlo.broadcast_in_dim"(%983) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %985 = "stablehlo.shift_right_logical"(%arg294, %984) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %986 = "stablehlo.or"(%981, %985) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %987 = "stablehlo.xor"(%979, %986) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %988 = "stablehlo.slice"(%arg298) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %989 = "stablehlo.reshape"(%988) : (tensor<1xui32>) -> tensor<ui32>
    %990 = "stablehlo.add"(%979, %987) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %991 = "stablehlo.broadcast_in_dim"(%989) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %992 = "stablehlo.shift_left"(%987, %991) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %993 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %994 = "stablehlo.subtract"(%993, %989) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %995 = "stablehlo.broadcast_in_dim"(%994) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %996 = "stablehlo.shift_right_logical"(%987, %995) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %997 = "stablehlo.or"(%992, %996) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %998 = "stablehlo.xor"(%990, %997) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %999 = "stablehlo.slice"(%arg298) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %1000 = "stablehlo.reshape"(%999) : (tensor<1xui32>) -> tensor<ui32>
    %1001 = "stablehlo.add"(%990, %998) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %1002 = "stablehlo.broadcast_in_dim"(%1000) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %1003 = "stablehlo.shift_left"(%998, %1002) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %1004 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %1005 = "stablehlo.subtract"(%1004, %1000) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %1006 = "stablehlo.broadcast_in_dim"(%1005) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %1007 = "stablehlo.shift_right_logical"(%998, %1006) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %1008 = "stablehlo.or"(%1003, %1007) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %1009 = "stablehlo.xor"(%1001, %1008) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %1010 = "stablehlo.slice"(%arg298) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %1011 = "stablehlo.reshape"(%1010) : (tensor<1xui32>) -> tensor<ui32>
    %1012 = "stablehlo.add"(%1001, %1009) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %1013 = "stablehlo.broadcast_in_dim"(%1011) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %1014 = "stablehlo.shift_left"(%1009, %1013) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %1015 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %1016 = "stablehlo.subtract"(%1015, %1011) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %1017 = "stablehlo.broadcast_in_dim"(%1016) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %1018 = "stablehlo.shift_right_logical"(%1009, %1017) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %1019 = "stablehlo.or"(%1014, %1018) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %1020 = "stablehlo.xor"(%1012, %1019) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %1021 = "stablehlo.broadcast_in_dim"(%arg295) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %1022 = "stablehlo.add"(%1012, %1021) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %1023 = "stablehlo.broadcast_in_dim"(%arg296) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %1024 = "stablehlo.add"(%1020, %1023) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    %1025 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1026 = "stablehlo.add"(%arg292, %1025) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1027 = "stablehlo.convert"(%1026) : (tensor<i32>) -> tensor<ui32>
    %1028 = "stablehlo.broadcast_in_dim"(%1027) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<97x64xui32>
    %1029 = "stablehlo.add"(%1024, %1028) : (tensor<97x64xui32>, tensor<97x64xui32>) -> tensor<97x64xui32>
    "func.return"(%976, %1022, %1029, %arg296, %arg297, %arg295, %arg299, %arg298) : (tensor<i32>, tensor<97x64xui32>, tensor<97x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<97x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>, res_attrs = [{}], sym_name = "_take", sym_visibility = "private"}> ({
  ^bb0(%arg288: tensor<97x64xf32>, %arg289: tensor<1x16xi32>):
    %951 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %952 = "stablehlo.broadcast_in_dim"(%951) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %953 = "stablehlo.compare"(%arg289, %952) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %954 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
    %955 = "stablehlo.broadcast_in_dim"(%954) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %956 = "stablehlo.add"(%arg289, %955) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %957 = "func.call"(%953, %956, %arg289) <{callee = @_where}> : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %958 = "stablehlo.broadcast_in_dim"(%957) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi32>) -> tensor<1x16x1xi32>
    %959 = "stablehlo.constant"() <{value = dense<96> : tensor<1xi32>}> : () -> tensor<1xi32>
    %960 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %961 = "stablehlo.broadcast_in_dim"(%960) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16x1xi32>
    %962 = "stablehlo.compare"(%958, %961) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x1xi1>
    %963 = "stablehlo.broadcast_in_dim"(%959) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %964 = "stablehlo.broadcast_in_dim"(%963) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<1x16x1xi32>
    %965 = "stablehlo.compare"(%958, %964) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x1xi1>
    %966 = "stablehlo.and"(%962, %965) : (tensor<1x16x1xi1>, tensor<1x16x1xi1>) -> tensor<1x16x1xi1>
    %967 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %968 = "stablehlo.reduce"(%966, %967) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg290: tensor<i1>, %arg291: tensor<i1>):
      %974 = "stablehlo.and"(%arg290, %arg291) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%974) : (tensor<i1>) -> ()
    }) : (tensor<1x16x1xi1>, tensor<i1>) -> tensor<1x16xi1>
    %969 = "stablehlo.gather"(%arg288, %958) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<97x64xf32>, tensor<1x16x1xi32>) -> tensor<1x16x64xf32>
    %970 = "stablehlo.broadcast_in_dim"(%968) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi1>) -> tensor<1x16x64xi1>
    %971 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %972 = "stablehlo.broadcast_in_dim"(%971) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x64xf32>
    %973 = "stablehlo.select"(%970, %969, %972) : (tensor<1x16x64xi1>, tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    "func.return"(%973) : (tensor<1x16x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg285: tensor<1x16xi1>, %arg286: tensor<1x16xi32>, %arg287: tensor<1x16xi32>):
    %950 = "stablehlo.select"(%arg285, %arg286, %arg287) : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    "func.return"(%950) : (tensor<1x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<64x64xf32>, res_attrs = [{}], sym_name = "_normal_2", sym_visibility = "private"}> ({
  ^bb0(%arg284: tensor<2xui32>):
    %949 = "func.call"(%arg284) <{callee = @_normal_real_3}> : (tensor<2xui32>) -> tensor<64x64xf32>
    "func.return"(%949) : (tensor<64x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<64x64xf32>, res_attrs = [{}], sym_name = "_normal_real_3", sym_visibility = "private"}> ({
  ^bb0(%arg283: tensor<2xui32>):
    %942 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %943 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %944 = "func.call"(%arg283, %942, %943) <{callee = @_uniform_4}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<64x64xf32>
    %945 = "chlo.erf_inv"(%944) : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %946 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %947 = "stablehlo.broadcast_in_dim"(%946) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x64xf32>
    %948 = "stablehlo.multiply"(%947, %945) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    "func.return"(%948) : (tensor<64x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<64x64xf32>, res_attrs = [{}], sym_name = "_uniform_4", sym_visibility = "private"}> ({
  ^bb0(%arg280: tensor<2xui32>, %arg281: tensor<f32>, %arg282: tensor<f32>):
    %903 = "stablehlo.broadcast_in_dim"(%arg281) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %904 = "stablehlo.broadcast_in_dim"(%arg282) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %905 = "stablehlo.slice"(%arg280) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %906 = "stablehlo.reshape"(%905) : (tensor<1xui32>) -> tensor<ui32>
    %907 = "stablehlo.slice"(%arg280) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %908 = "stablehlo.reshape"(%907) : (tensor<1xui32>) -> tensor<ui32>
    %909 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64x64xui64>
    %910 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<64x64xui64>
    %911 = "stablehlo.constant"() <{value = dense<64> : tensor<ui64>}> : () -> tensor<ui64>
    %912 = "stablehlo.broadcast_in_dim"(%911) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x64xui64>
    %913 = "stablehlo.multiply"(%912, %909) : (tensor<64x64xui64>, tensor<64x64xui64>) -> tensor<64x64xui64>
    %914 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %915 = "stablehlo.broadcast_in_dim"(%914) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x64xui64>
    %916 = "stablehlo.multiply"(%915, %910) : (tensor<64x64xui64>, tensor<64x64xui64>) -> tensor<64x64xui64>
    %917 = "stablehlo.add"(%913, %916) : (tensor<64x64xui64>, tensor<64x64xui64>) -> tensor<64x64xui64>
    %918 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %919 = "stablehlo.broadcast_in_dim"(%918) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x64xui64>
    %920 = "stablehlo.shift_right_logical"(%917, %919) : (tensor<64x64xui64>, tensor<64x64xui64>) -> tensor<64x64xui64>
    %921 = "stablehlo.convert"(%917) : (tensor<64x64xui64>) -> tensor<64x64xui32>
    %922 = "stablehlo.convert"(%920) : (tensor<64x64xui64>) -> tensor<64x64xui32>
    %923:2 = "func.call"(%906, %908, %922, %921) <{callee = @threefry2x32_5}> : (tensor<ui32>, tensor<ui32>, tensor<64x64xui32>, tensor<64x64xui32>) -> (tensor<64x64xui32>, tensor<64x64xui32>)
    %924 = "stablehlo.xor"(%923#0, %923#1) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %925 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %926 = "stablehlo.broadcast_in_dim"(%925) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %927 = "stablehlo.shift_right_logical"(%924, %926) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %928 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %929 = "stablehlo.broadcast_in_dim"(%928) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %930 = "stablehlo.or"(%927, %929) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %931 = "stablehlo.bitcast_convert"(%930) : (tensor<64x64xui32>) -> tensor<64x64xf32>
    %932 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %933 = "stablehlo.broadcast_in_dim"(%932) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x64xf32>
    %934 = "stablehlo.subtract"(%931, %933) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    %935 = "stablehlo.subtract"(%904, %903) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %936 = "stablehlo.broadcast_in_dim"(%935) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x64xf32>
    %937 = "stablehlo.multiply"(%934, %936) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    %938 = "stablehlo.broadcast_in_dim"(%903) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x64xf32>
    %939 = "stablehlo.add"(%937, %938) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    %940 = "stablehlo.broadcast_in_dim"(%903) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x64xf32>
    %941 = "stablehlo.maximum"(%940, %939) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
    "func.return"(%941) : (tensor<64x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<64x64xui32>, tensor<64x64xui32>) -> (tensor<64x64xui32>, tensor<64x64xui32>), sym_name = "threefry2x32_5", sym_visibility = "private"}> ({
  ^bb0(%arg258: tensor<ui32>, %arg259: tensor<ui32>, %arg260: tensor<64x64xui32>, %arg261: tensor<64x64xui32>):
    %886 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %887 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %888 = "stablehlo.xor"(%arg258, %arg259) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %889 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %890 = "stablehlo.xor"(%888, %889) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %891 = "stablehlo.broadcast_in_dim"(%arg258) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %892 = "stablehlo.add"(%arg260, %891) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %893 = "stablehlo.broadcast_in_dim"(%arg259) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %894 = "stablehlo.add"(%arg261, %893) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %895 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %896 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %897:9 = "stablehlo.while"(%896, %895, %892, %894, %arg259, %890, %arg258, %886, %887) ({
    ^bb0(%arg271: tensor<i32>, %arg272: tensor<i32>, %arg273: tensor<64x64xui32>, %arg274: tensor<64x64xui32>, %arg275: tensor<ui32>, %arg276: tensor<ui32>, %arg277: tensor<ui32>, %arg278: tensor<4xui32>, %arg279: tensor<4xui32>):
      %901 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %902 = "stablehlo.compare"(%arg271, %901) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%902) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg262: tensor<i32>, %arg263: tensor<i32>, %arg264: tensor<64x64xui32>, %arg265: tensor<64x64xui32>, %arg266: tensor<ui32>, %arg267: tensor<ui32>, %arg268: tensor<ui32>, %arg269: tensor<4xui32>, %arg270: tensor<4xui32>):
      %898:8 = "func.call"(%arg263, %arg264, %arg265, %arg266, %arg267, %arg268, %arg269, %arg270) <{callee = @closed_call_6}> : (tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %899 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %900 = "stablehlo.add"(%arg262, %899) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%900, %898#0, %898#1, %898#2, %898#3, %898#4, %898#5, %898#6, %898#7) : (tensor<i32>, tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%897#2, %897#3) : (tensor<64x64xui32>, tensor<64x64xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_6", sym_visibility = "private"}> ({
  ^bb0(%arg250: tensor<i32>, %arg251: tensor<64x64xui32>, %arg252: tensor<64x64xui32>, %arg253: tensor<ui32>, %arg254: tensor<ui32>, %arg255: tensor<ui32>, %arg256: tensor<4xui32>, %arg257: tensor<4xui32>):
    %831 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %832 = "stablehlo.add"(%arg250, %831) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %833 = "stablehlo.slice"(%arg256) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %834 = "stablehlo.reshape"(%833) : (tensor<1xui32>) -> tensor<ui32>
    %835 = "stablehlo.add"(%arg251, %arg252) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %836 = "stablehlo.broadcast_in_dim"(%834) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %837 = "stablehlo.shift_left"(%arg252, %836) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %838 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %839 = "stablehlo.subtract"(%838, %834) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %840 = "stablehlo.broadcast_in_dim"(%839) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %841 = "stablehlo.shift_right_logical"(%arg252, %840) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %842 = "stablehlo.or"(%837, %841) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %843 = "stablehlo.xor"(%835, %842) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %844 = "stablehlo.slice"(%arg256) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %845 = "stablehlo.reshape"(%844) : (tensor<1xui32>) -> tensor<ui32>
    %846 = "stablehlo.add"(%835, %843) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %847 = "stablehlo.broadcast_in_dim"(%845) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %848 = "stablehlo.shift_left"(%843, %847) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %849 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %850 = "stablehlo.subtract"(%849, %845) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %851 = "stablehlo.broadcast_in_dim"(%850) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %852 = "stablehlo.shift_right_logical"(%843, %851) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %853 = "stablehlo.or"(%848, %852) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %854 = "stablehlo.xor"(%846, %853) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %855 = "stablehlo.slice"(%arg256) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %856 = "stablehlo.reshape"(%855) : (tensor<1xui32>) -> tensor<ui32>
    %857 = "stablehlo.add"(%846, %854) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %858 = "stablehlo.broadcast_in_dim"(%856) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %859 = "stablehlo.shift_left"(%854, %858) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %860 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %861 = "stablehlo.subtract"(%860, %856) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %862 = "stablehlo.broadcast_in_dim"(%861) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %863 = "stablehlo.shift_right_logical"(%854, %862) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %864 = "stablehlo.or"(%859, %863) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %865 = "stablehlo.xor"(%857, %864) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %866 = "stablehlo.slice"(%arg256) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %867 = "stablehlo.reshape"(%866) : (tensor<1xui32>) -> tensor<ui32>
    %868 = "stablehlo.add"(%857, %865) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %869 = "stablehlo.broadcast_in_dim"(%867) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %870 = "stablehlo.shift_left"(%865, %869) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %871 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %872 = "stablehlo.subtract"(%871, %867) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %873 = "stablehlo.broadcast_in_dim"(%872) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %874 = "stablehlo.shift_right_logical"(%865, %873) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %875 = "stablehlo.or"(%870, %874) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %876 = "stablehlo.xor"(%868, %875) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %877 = "stablehlo.broadcast_in_dim"(%arg253) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %878 = "stablehlo.add"(%868, %877) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %879 = "stablehlo.broadcast_in_dim"(%arg254) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %880 = "stablehlo.add"(%876, %879) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    %881 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %882 = "stablehlo.add"(%arg250, %881) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %883 = "stablehlo.convert"(%882) : (tensor<i32>) -> tensor<ui32>
    %884 = "stablehlo.broadcast_in_dim"(%883) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x64xui32>
    %885 = "stablehlo.add"(%880, %884) : (tensor<64x64xui32>, tensor<64x64xui32>) -> tensor<64x64xui32>
    "func.return"(%832, %878, %885, %arg254, %arg255, %arg253, %arg257, %arg256) : (tensor<i32>, tensor<64x64xui32>, tensor<64x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<64x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>, res_attrs = [{}], sym_name = "_take_7", sym_visibility = "private"}> ({
  ^bb0(%arg246: tensor<64x64xf32>, %arg247: tensor<1x16xi32>):
    %807 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %808 = "stablehlo.broadcast_in_dim"(%807) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %809 = "stablehlo.compare"(%arg247, %808) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %810 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
    %811 = "stablehlo.broadcast_in_dim"(%810) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %812 = "stablehlo.add"(%arg247, %811) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %813 = "func.call"(%809, %812, %arg247) <{callee = @_where}> : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %814 = "stablehlo.broadcast_in_dim"(%813) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi32>) -> tensor<1x16x1xi32>
    %815 = "stablehlo.constant"() <{value = dense<63> : tensor<1xi32>}> : () -> tensor<1xi32>
    %816 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %817 = "stablehlo.broadcast_in_dim"(%816) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16x1xi32>
    %818 = "stablehlo.compare"(%814, %817) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x1xi1>
    %819 = "stablehlo.broadcast_in_dim"(%815) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %820 = "stablehlo.broadcast_in_dim"(%819) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<1x16x1xi32>
    %821 = "stablehlo.compare"(%814, %820) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x1xi1>
    %822 = "stablehlo.and"(%818, %821) : (tensor<1x16x1xi1>, tensor<1x16x1xi1>) -> tensor<1x16x1xi1>
    %823 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %824 = "stablehlo.reduce"(%822, %823) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg248: tensor<i1>, %arg249: tensor<i1>):
      %830 = "stablehlo.and"(%arg248, %arg249) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%830) : (tensor<i1>) -> ()
    }) : (tensor<1x16x1xi1>, tensor<i1>) -> tensor<1x16xi1>
    %825 = "stablehlo.gather"(%arg246, %814) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<64x64xf32>, tensor<1x16x1xi32>) -> tensor<1x16x64xf32>
    %826 = "stablehlo.broadcast_in_dim"(%824) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi1>) -> tensor<1x16x64xi1>
    %827 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %828 = "stablehlo.broadcast_in_dim"(%827) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x64xf32>
    %829 = "stablehlo.select"(%826, %825, %828) : (tensor<1x16x64xi1>, tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    "func.return"(%829) : (tensor<1x16x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<192x64xf32>, res_attrs = [{}], sym_name = "_normal_8", sym_visibility = "private"}> ({
  ^bb0(%arg245: tensor<2xui32>):
    %806 = "func.call"(%arg245) <{callee = @_normal_real_9}> : (tensor<2xui32>) -> tensor<192x64xf32>
    "func.return"(%806) : (tensor<192x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<192x64xf32>, res_attrs = [{}], sym_name = "_normal_real_9", sym_visibility = "private"}> ({
  ^bb0(%arg244: tensor<2xui32>):
    %799 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %800 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %801 = "func.call"(%arg244, %799, %800) <{callee = @_uniform_10}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<192x64xf32>
    %802 = "chlo.erf_inv"(%801) : (tensor<192x64xf32>) -> tensor<192x64xf32>
    %803 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %804 = "stablehlo.broadcast_in_dim"(%803) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<192x64xf32>
    %805 = "stablehlo.multiply"(%804, %802) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    "func.return"(%805) : (tensor<192x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<192x64xf32>, res_attrs = [{}], sym_name = "_uniform_10", sym_visibility = "private"}> ({
  ^bb0(%arg241: tensor<2xui32>, %arg242: tensor<f32>, %arg243: tensor<f32>):
    %760 = "stablehlo.broadcast_in_dim"(%arg242) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %761 = "stablehlo.broadcast_in_dim"(%arg243) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %762 = "stablehlo.slice"(%arg241) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %763 = "stablehlo.reshape"(%762) : (tensor<1xui32>) -> tensor<ui32>
    %764 = "stablehlo.slice"(%arg241) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %765 = "stablehlo.reshape"(%764) : (tensor<1xui32>) -> tensor<ui32>
    %766 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<192x64xui64>
    %767 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<192x64xui64>
    %768 = "stablehlo.constant"() <{value = dense<64> : tensor<ui64>}> : () -> tensor<ui64>
    %769 = "stablehlo.broadcast_in_dim"(%768) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<192x64xui64>
    %770 = "stablehlo.multiply"(%769, %766) : (tensor<192x64xui64>, tensor<192x64xui64>) -> tensor<192x64xui64>
    %771 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %772 = "stablehlo.broadcast_in_dim"(%771) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<192x64xui64>
    %773 = "stablehlo.multiply"(%772, %767) : (tensor<192x64xui64>, tensor<192x64xui64>) -> tensor<192x64xui64>
    %774 = "stablehlo.add"(%770, %773) : (tensor<192x64xui64>, tensor<192x64xui64>) -> tensor<192x64xui64>
    %775 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %776 = "stablehlo.broadcast_in_dim"(%775) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<192x64xui64>
    %777 = "stablehlo.shift_right_logical"(%774, %776) : (tensor<192x64xui64>, tensor<192x64xui64>) -> tensor<192x64xui64>
    %778 = "stablehlo.convert"(%774) : (tensor<192x64xui64>) -> tensor<192x64xui32>
    %779 = "stablehlo.convert"(%777) : (tensor<192x64xui64>) -> tensor<192x64xui32>
    %780:2 = "func.call"(%763, %765, %779, %778) <{callee = @threefry2x32_11}> : (tensor<ui32>, tensor<ui32>, tensor<192x64xui32>, tensor<192x64xui32>) -> (tensor<192x64xui32>, tensor<192x64xui32>)
    %781 = "stablehlo.xor"(%780#0, %780#1) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %782 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %783 = "stablehlo.broadcast_in_dim"(%782) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %784 = "stablehlo.shift_right_logical"(%781, %783) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %785 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %786 = "stablehlo.broadcast_in_dim"(%785) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %787 = "stablehlo.or"(%784, %786) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %788 = "stablehlo.bitcast_convert"(%787) : (tensor<192x64xui32>) -> tensor<192x64xf32>
    %789 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %790 = "stablehlo.broadcast_in_dim"(%789) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<192x64xf32>
    %791 = "stablehlo.subtract"(%788, %790) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    %792 = "stablehlo.subtract"(%761, %760) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %793 = "stablehlo.broadcast_in_dim"(%792) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<192x64xf32>
    %794 = "stablehlo.multiply"(%791, %793) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    %795 = "stablehlo.broadcast_in_dim"(%760) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<192x64xf32>
    %796 = "stablehlo.add"(%794, %795) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    %797 = "stablehlo.broadcast_in_dim"(%760) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<192x64xf32>
    %798 = "stablehlo.maximum"(%797, %796) : (tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<192x64xf32>
    "func.return"(%798) : (tensor<192x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<192x64xui32>, tensor<192x64xui32>) -> (tensor<192x64xui32>, tensor<192x64xui32>), sym_name = "threefry2x32_11", sym_visibility = "private"}> ({
  ^bb0(%arg219: tensor<ui32>, %arg220: tensor<ui32>, %arg221: tensor<192x64xui32>, %arg222: tensor<192x64xui32>):
    %743 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %744 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %745 = "stablehlo.xor"(%arg219, %arg220) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %746 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %747 = "stablehlo.xor"(%745, %746) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %748 = "stablehlo.broadcast_in_dim"(%arg219) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %749 = "stablehlo.add"(%arg221, %748) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %750 = "stablehlo.broadcast_in_dim"(%arg220) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %751 = "stablehlo.add"(%arg222, %750) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %752 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %753 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %754:9 = "stablehlo.while"(%753, %752, %749, %751, %arg220, %747, %arg219, %743, %744) ({
    ^bb0(%arg232: tensor<i32>, %arg233: tensor<i32>, %arg234: tensor<192x64xui32>, %arg235: tensor<192x64xui32>, %arg236: tensor<ui32>, %arg237: tensor<ui32>, %arg238: tensor<ui32>, %arg239: tensor<4xui32>, %arg240: tensor<4xui32>):
      %758 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %759 = "stablehlo.compare"(%arg232, %758) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%759) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg223: tensor<i32>, %arg224: tensor<i32>, %arg225: tensor<192x64xui32>, %arg226: tensor<192x64xui32>, %arg227: tensor<ui32>, %arg228: tensor<ui32>, %arg229: tensor<ui32>, %arg230: tensor<4xui32>, %arg231: tensor<4xui32>):
      %755:8 = "func.call"(%arg224, %arg225, %arg226, %arg227, %arg228, %arg229, %arg230, %arg231) <{callee = @closed_call_12}> : (tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %756 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %757 = "stablehlo.add"(%arg223, %756) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%757, %755#0, %755#1, %755#2, %755#3, %755#4, %755#5, %755#6, %755#7) : (tensor<i32>, tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%754#2, %754#3) : (tensor<192x64xui32>, tensor<192x64xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_12", sym_visibility = "private"}> ({
  ^bb0(%arg211: tensor<i32>, %arg212: tensor<192x64xui32>, %arg213: tensor<192x64xui32>, %arg214: tensor<ui32>, %arg215: tensor<ui32>, %arg216: tensor<ui32>, %arg217: tensor<4xui32>, %arg218: tensor<4xui32>):
    %688 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %689 = "stablehlo.add"(%arg211, %688) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %690 = "stablehlo.slice"(%arg217) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %691 = "stablehlo.reshape"(%690) : (tensor<1xui32>) -> tensor<ui32>
    %692 = "stablehlo.add"(%arg212, %arg213) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %693 = "stablehlo.broadcast_in_dim"(%691) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %694 = "stablehlo.shift_left"(%arg213, %693) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %695 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %696 = "stablehlo.subtract"(%695, %691) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %697 = "stablehlo.broadcast_in_dim"(%696) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %698 = "stablehlo.shift_right_logical"(%arg213, %697) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %699 = "stablehlo.or"(%694, %698) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %700 = "stablehlo.xor"(%692, %699) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %701 = "stablehlo.slice"(%arg217) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %702 = "stablehlo.reshape"(%701) : (tensor<1xui32>) -> tensor<ui32>
    %703 = "stablehlo.add"(%692, %700) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %704 = "stablehlo.broadcast_in_dim"(%702) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %705 = "stablehlo.shift_left"(%700, %704) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %706 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %707 = "stablehlo.subtract"(%706, %702) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %708 = "stablehlo.broadcast_in_dim"(%707) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %709 = "stablehlo.shift_right_logical"(%700, %708) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %710 = "stablehlo.or"(%705, %709) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %711 = "stablehlo.xor"(%703, %710) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %712 = "stablehlo.slice"(%arg217) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %713 = "stablehlo.reshape"(%712) : (tensor<1xui32>) -> tensor<ui32>
    %714 = "stablehlo.add"(%703, %711) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %715 = "stablehlo.broadcast_in_dim"(%713) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %716 = "stablehlo.shift_left"(%711, %715) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %717 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %718 = "stablehlo.subtract"(%717, %713) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %719 = "stablehlo.broadcast_in_dim"(%718) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %720 = "stablehlo.shift_right_logical"(%711, %719) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %721 = "stablehlo.or"(%716, %720) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %722 = "stablehlo.xor"(%714, %721) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %723 = "stablehlo.slice"(%arg217) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %724 = "stablehlo.reshape"(%723) : (tensor<1xui32>) -> tensor<ui32>
    %725 = "stablehlo.add"(%714, %722) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %726 = "stablehlo.broadcast_in_dim"(%724) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %727 = "stablehlo.shift_left"(%722, %726) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %728 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %729 = "stablehlo.subtract"(%728, %724) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %730 = "stablehlo.broadcast_in_dim"(%729) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %731 = "stablehlo.shift_right_logical"(%722, %730) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %732 = "stablehlo.or"(%727, %731) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %733 = "stablehlo.xor"(%725, %732) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %734 = "stablehlo.broadcast_in_dim"(%arg214) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %735 = "stablehlo.add"(%725, %734) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %736 = "stablehlo.broadcast_in_dim"(%arg215) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %737 = "stablehlo.add"(%733, %736) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    %738 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %739 = "stablehlo.add"(%arg211, %738) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %740 = "stablehlo.convert"(%739) : (tensor<i32>) -> tensor<ui32>
    %741 = "stablehlo.broadcast_in_dim"(%740) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<192x64xui32>
    %742 = "stablehlo.add"(%737, %741) : (tensor<192x64xui32>, tensor<192x64xui32>) -> tensor<192x64xui32>
    "func.return"(%689, %735, %742, %arg215, %arg216, %arg214, %arg218, %arg217) : (tensor<i32>, tensor<192x64xui32>, tensor<192x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<256x64xf32>, res_attrs = [{}], sym_name = "_normal_13", sym_visibility = "private"}> ({
  ^bb0(%arg210: tensor<2xui32>):
    %687 = "func.call"(%arg210) <{callee = @_normal_real_14}> : (tensor<2xui32>) -> tensor<256x64xf32>
    "func.return"(%687) : (tensor<256x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<256x64xf32>, res_attrs = [{}], sym_name = "_normal_real_14", sym_visibility = "private"}> ({
  ^bb0(%arg209: tensor<2xui32>):
    %680 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %681 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %682 = "func.call"(%arg209, %680, %681) <{callee = @_uniform_15}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<256x64xf32>
    %683 = "chlo.erf_inv"(%682) : (tensor<256x64xf32>) -> tensor<256x64xf32>
    %684 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %685 = "stablehlo.broadcast_in_dim"(%684) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<256x64xf32>
    %686 = "stablehlo.multiply"(%685, %683) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    "func.return"(%686) : (tensor<256x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<256x64xf32>, res_attrs = [{}], sym_name = "_uniform_15", sym_visibility = "private"}> ({
  ^bb0(%arg206: tensor<2xui32>, %arg207: tensor<f32>, %arg208: tensor<f32>):
    %641 = "stablehlo.broadcast_in_dim"(%arg207) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %642 = "stablehlo.broadcast_in_dim"(%arg208) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %643 = "stablehlo.slice"(%arg206) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %644 = "stablehlo.reshape"(%643) : (tensor<1xui32>) -> tensor<ui32>
    %645 = "stablehlo.slice"(%arg206) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %646 = "stablehlo.reshape"(%645) : (tensor<1xui32>) -> tensor<ui32>
    %647 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<256x64xui64>
    %648 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<256x64xui64>
    %649 = "stablehlo.constant"() <{value = dense<64> : tensor<ui64>}> : () -> tensor<ui64>
    %650 = "stablehlo.broadcast_in_dim"(%649) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<256x64xui64>
    %651 = "stablehlo.multiply"(%650, %647) : (tensor<256x64xui64>, tensor<256x64xui64>) -> tensor<256x64xui64>
    %652 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %653 = "stablehlo.broadcast_in_dim"(%652) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<256x64xui64>
    %654 = "stablehlo.multiply"(%653, %648) : (tensor<256x64xui64>, tensor<256x64xui64>) -> tensor<256x64xui64>
    %655 = "stablehlo.add"(%651, %654) : (tensor<256x64xui64>, tensor<256x64xui64>) -> tensor<256x64xui64>
    %656 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %657 = "stablehlo.broadcast_in_dim"(%656) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<256x64xui64>
    %658 = "stablehlo.shift_right_logical"(%655, %657) : (tensor<256x64xui64>, tensor<256x64xui64>) -> tensor<256x64xui64>
    %659 = "stablehlo.convert"(%655) : (tensor<256x64xui64>) -> tensor<256x64xui32>
    %660 = "stablehlo.convert"(%658) : (tensor<256x64xui64>) -> tensor<256x64xui32>
    %661:2 = "func.call"(%644, %646, %660, %659) <{callee = @threefry2x32_16}> : (tensor<ui32>, tensor<ui32>, tensor<256x64xui32>, tensor<256x64xui32>) -> (tensor<256x64xui32>, tensor<256x64xui32>)
    %662 = "stablehlo.xor"(%661#0, %661#1) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %663 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %664 = "stablehlo.broadcast_in_dim"(%663) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %665 = "stablehlo.shift_right_logical"(%662, %664) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %666 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %667 = "stablehlo.broadcast_in_dim"(%666) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %668 = "stablehlo.or"(%665, %667) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %669 = "stablehlo.bitcast_convert"(%668) : (tensor<256x64xui32>) -> tensor<256x64xf32>
    %670 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %671 = "stablehlo.broadcast_in_dim"(%670) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<256x64xf32>
    %672 = "stablehlo.subtract"(%669, %671) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %673 = "stablehlo.subtract"(%642, %641) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %674 = "stablehlo.broadcast_in_dim"(%673) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<256x64xf32>
    %675 = "stablehlo.multiply"(%672, %674) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %676 = "stablehlo.broadcast_in_dim"(%641) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<256x64xf32>
    %677 = "stablehlo.add"(%675, %676) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %678 = "stablehlo.broadcast_in_dim"(%641) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<256x64xf32>
    %679 = "stablehlo.maximum"(%678, %677) : (tensor<256x64xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    "func.return"(%679) : (tensor<256x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<256x64xui32>, tensor<256x64xui32>) -> (tensor<256x64xui32>, tensor<256x64xui32>), sym_name = "threefry2x32_16", sym_visibility = "private"}> ({
  ^bb0(%arg184: tensor<ui32>, %arg185: tensor<ui32>, %arg186: tensor<256x64xui32>, %arg187: tensor<256x64xui32>):
    %624 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %625 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %626 = "stablehlo.xor"(%arg184, %arg185) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %627 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %628 = "stablehlo.xor"(%626, %627) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %629 = "stablehlo.broadcast_in_dim"(%arg184) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %630 = "stablehlo.add"(%arg186, %629) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %631 = "stablehlo.broadcast_in_dim"(%arg185) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %632 = "stablehlo.add"(%arg187, %631) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %633 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %634 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %635:9 = "stablehlo.while"(%634, %633, %630, %632, %arg185, %628, %arg184, %624, %625) ({
    ^bb0(%arg197: tensor<i32>, %arg198: tensor<i32>, %arg199: tensor<256x64xui32>, %arg200: tensor<256x64xui32>, %arg201: tensor<ui32>, %arg202: tensor<ui32>, %arg203: tensor<ui32>, %arg204: tensor<4xui32>, %arg205: tensor<4xui32>):
      %639 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %640 = "stablehlo.compare"(%arg197, %639) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%640) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg188: tensor<i32>, %arg189: tensor<i32>, %arg190: tensor<256x64xui32>, %arg191: tensor<256x64xui32>, %arg192: tensor<ui32>, %arg193: tensor<ui32>, %arg194: tensor<ui32>, %arg195: tensor<4xui32>, %arg196: tensor<4xui32>):
      %636:8 = "func.call"(%arg189, %arg190, %arg191, %arg192, %arg193, %arg194, %arg195, %arg196) <{callee = @closed_call_17}> : (tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %637 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %638 = "stablehlo.add"(%arg188, %637) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%638, %636#0, %636#1, %636#2, %636#3, %636#4, %636#5, %636#6, %636#7) : (tensor<i32>, tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%635#2, %635#3) : (tensor<256x64xui32>, tensor<256x64xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_17", sym_visibility = "private"}> ({
  ^bb0(%arg176: tensor<i32>, %arg177: tensor<256x64xui32>, %arg178: tensor<256x64xui32>, %arg179: tensor<ui32>, %arg180: tensor<ui32>, %arg181: tensor<ui32>, %arg182: tensor<4xui32>, %arg183: tensor<4xui32>):
    %569 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %570 = "stablehlo.add"(%arg176, %569) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %571 = "stablehlo.slice"(%arg182) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %572 = "stablehlo.reshape"(%571) : (tensor<1xui32>) -> tensor<ui32>
    %573 = "stablehlo.add"(%arg177, %arg178) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %574 = "stablehlo.broadcast_in_dim"(%572) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %575 = "stablehlo.shift_left"(%arg178, %574) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %576 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %577 = "stablehlo.subtract"(%576, %572) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %578 = "stablehlo.broadcast_in_dim"(%577) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %579 = "stablehlo.shift_right_logical"(%arg178, %578) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %580 = "stablehlo.or"(%575, %579) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %581 = "stablehlo.xor"(%573, %580) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %582 = "stablehlo.slice"(%arg182) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %583 = "stablehlo.reshape"(%582) : (tensor<1xui32>) -> tensor<ui32>
    %584 = "stablehlo.add"(%573, %581) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %585 = "stablehlo.broadcast_in_dim"(%583) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %586 = "stablehlo.shift_left"(%581, %585) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %587 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %588 = "stablehlo.subtract"(%587, %583) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %589 = "stablehlo.broadcast_in_dim"(%588) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %590 = "stablehlo.shift_right_logical"(%581, %589) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %591 = "stablehlo.or"(%586, %590) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %592 = "stablehlo.xor"(%584, %591) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %593 = "stablehlo.slice"(%arg182) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %594 = "stablehlo.reshape"(%593) : (tensor<1xui32>) -> tensor<ui32>
    %595 = "stablehlo.add"(%584, %592) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %596 = "stablehlo.broadcast_in_dim"(%594) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %597 = "stablehlo.shift_left"(%592, %596) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %598 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %599 = "stablehlo.subtract"(%598, %594) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %600 = "stablehlo.broadcast_in_dim"(%599) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %601 = "stablehlo.shift_right_logical"(%592, %600) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %602 = "stablehlo.or"(%597, %601) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %603 = "stablehlo.xor"(%595, %602) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %604 = "stablehlo.slice"(%arg182) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %605 = "stablehlo.reshape"(%604) : (tensor<1xui32>) -> tensor<ui32>
    %606 = "stablehlo.add"(%595, %603) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %607 = "stablehlo.broadcast_in_dim"(%605) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %608 = "stablehlo.shift_left"(%603, %607) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %609 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %610 = "stablehlo.subtract"(%609, %605) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %611 = "stablehlo.broadcast_in_dim"(%610) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %612 = "stablehlo.shift_right_logical"(%603, %611) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %613 = "stablehlo.or"(%608, %612) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %614 = "stablehlo.xor"(%606, %613) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %615 = "stablehlo.broadcast_in_dim"(%arg179) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %616 = "stablehlo.add"(%606, %615) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %617 = "stablehlo.broadcast_in_dim"(%arg180) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %618 = "stablehlo.add"(%614, %617) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    %619 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %620 = "stablehlo.add"(%arg176, %619) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %621 = "stablehlo.convert"(%620) : (tensor<i32>) -> tensor<ui32>
    %622 = "stablehlo.broadcast_in_dim"(%621) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<256x64xui32>
    %623 = "stablehlo.add"(%618, %622) : (tensor<256x64xui32>, tensor<256x64xui32>) -> tensor<256x64xui32>
    "func.return"(%570, %616, %623, %arg180, %arg181, %arg179, %arg183, %arg182) : (tensor<i32>, tensor<256x64xui32>, tensor<256x64xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<64x256xf32>, res_attrs = [{}], sym_name = "_normal_18", sym_visibility = "private"}> ({
  ^bb0(%arg175: tensor<2xui32>):
    %568 = "func.call"(%arg175) <{callee = @_normal_real_19}> : (tensor<2xui32>) -> tensor<64x256xf32>
    "func.return"(%568) : (tensor<64x256xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<64x256xf32>, res_attrs = [{}], sym_name = "_normal_real_19", sym_visibility = "private"}> ({
  ^bb0(%arg174: tensor<2xui32>):
    %561 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %562 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %563 = "func.call"(%arg174, %561, %562) <{callee = @_uniform_20}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<64x256xf32>
    %564 = "chlo.erf_inv"(%563) : (tensor<64x256xf32>) -> tensor<64x256xf32>
    %565 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %566 = "stablehlo.broadcast_in_dim"(%565) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x256xf32>
    %567 = "stablehlo.multiply"(%566, %564) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    "func.return"(%567) : (tensor<64x256xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<64x256xf32>, res_attrs = [{}], sym_name = "_uniform_20", sym_visibility = "private"}> ({
  ^bb0(%arg171: tensor<2xui32>, %arg172: tensor<f32>, %arg173: tensor<f32>):
    %522 = "stablehlo.broadcast_in_dim"(%arg172) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %523 = "stablehlo.broadcast_in_dim"(%arg173) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %524 = "stablehlo.slice"(%arg171) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %525 = "stablehlo.reshape"(%524) : (tensor<1xui32>) -> tensor<ui32>
    %526 = "stablehlo.slice"(%arg171) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %527 = "stablehlo.reshape"(%526) : (tensor<1xui32>) -> tensor<ui32>
    %528 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64x256xui64>
    %529 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<64x256xui64>
    %530 = "stablehlo.constant"() <{value = dense<256> : tensor<ui64>}> : () -> tensor<ui64>
    %531 = "stablehlo.broadcast_in_dim"(%530) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x256xui64>
    %532 = "stablehlo.multiply"(%531, %528) : (tensor<64x256xui64>, tensor<64x256xui64>) -> tensor<64x256xui64>
    %533 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %534 = "stablehlo.broadcast_in_dim"(%533) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x256xui64>
    %535 = "stablehlo.multiply"(%534, %529) : (tensor<64x256xui64>, tensor<64x256xui64>) -> tensor<64x256xui64>
    %536 = "stablehlo.add"(%532, %535) : (tensor<64x256xui64>, tensor<64x256xui64>) -> tensor<64x256xui64>
    %537 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %538 = "stablehlo.broadcast_in_dim"(%537) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x256xui64>
    %539 = "stablehlo.shift_right_logical"(%536, %538) : (tensor<64x256xui64>, tensor<64x256xui64>) -> tensor<64x256xui64>
    %540 = "stablehlo.convert"(%536) : (tensor<64x256xui64>) -> tensor<64x256xui32>
    %541 = "stablehlo.convert"(%539) : (tensor<64x256xui64>) -> tensor<64x256xui32>
    %542:2 = "func.call"(%525, %527, %541, %540) <{callee = @threefry2x32_21}> : (tensor<ui32>, tensor<ui32>, tensor<64x256xui32>, tensor<64x256xui32>) -> (tensor<64x256xui32>, tensor<64x256xui32>)
    %543 = "stablehlo.xor"(%542#0, %542#1) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %544 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %545 = "stablehlo.broadcast_in_dim"(%544) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %546 = "stablehlo.shift_right_logical"(%543, %545) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %547 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %548 = "stablehlo.broadcast_in_dim"(%547) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %549 = "stablehlo.or"(%546, %548) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %550 = "stablehlo.bitcast_convert"(%549) : (tensor<64x256xui32>) -> tensor<64x256xf32>
    %551 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %552 = "stablehlo.broadcast_in_dim"(%551) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x256xf32>
    %553 = "stablehlo.subtract"(%550, %552) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    %554 = "stablehlo.subtract"(%523, %522) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %555 = "stablehlo.broadcast_in_dim"(%554) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x256xf32>
    %556 = "stablehlo.multiply"(%553, %555) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    %557 = "stablehlo.broadcast_in_dim"(%522) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x256xf32>
    %558 = "stablehlo.add"(%556, %557) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    %559 = "stablehlo.broadcast_in_dim"(%522) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x256xf32>
    %560 = "stablehlo.maximum"(%559, %558) : (tensor<64x256xf32>, tensor<64x256xf32>) -> tensor<64x256xf32>
    "func.return"(%560) : (tensor<64x256xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<64x256xui32>, tensor<64x256xui32>) -> (tensor<64x256xui32>, tensor<64x256xui32>), sym_name = "threefry2x32_21", sym_visibility = "private"}> ({
  ^bb0(%arg149: tensor<ui32>, %arg150: tensor<ui32>, %arg151: tensor<64x256xui32>, %arg152: tensor<64x256xui32>):
    %505 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %506 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %507 = "stablehlo.xor"(%arg149, %arg150) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %508 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %509 = "stablehlo.xor"(%507, %508) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %510 = "stablehlo.broadcast_in_dim"(%arg149) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %511 = "stablehlo.add"(%arg151, %510) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %512 = "stablehlo.broadcast_in_dim"(%arg150) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %513 = "stablehlo.add"(%arg152, %512) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %514 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %515 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %516:9 = "stablehlo.while"(%515, %514, %511, %513, %arg150, %509, %arg149, %505, %506) ({
    ^bb0(%arg162: tensor<i32>, %arg163: tensor<i32>, %arg164: tensor<64x256xui32>, %arg165: tensor<64x256xui32>, %arg166: tensor<ui32>, %arg167: tensor<ui32>, %arg168: tensor<ui32>, %arg169: tensor<4xui32>, %arg170: tensor<4xui32>):
      %520 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %521 = "stablehlo.compare"(%arg162, %520) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%521) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg153: tensor<i32>, %arg154: tensor<i32>, %arg155: tensor<64x256xui32>, %arg156: tensor<64x256xui32>, %arg157: tensor<ui32>, %arg158: tensor<ui32>, %arg159: tensor<ui32>, %arg160: tensor<4xui32>, %arg161: tensor<4xui32>):
      %517:8 = "func.call"(%arg154, %arg155, %arg156, %arg157, %arg158, %arg159, %arg160, %arg161) <{callee = @closed_call_22}> : (tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %518 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %519 = "stablehlo.add"(%arg153, %518) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%519, %517#0, %517#1, %517#2, %517#3, %517#4, %517#5, %517#6, %517#7) : (tensor<i32>, tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%516#2, %516#3) : (tensor<64x256xui32>, tensor<64x256xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_22", sym_visibility = "private"}> ({
  ^bb0(%arg141: tensor<i32>, %arg142: tensor<64x256xui32>, %arg143: tensor<64x256xui32>, %arg144: tensor<ui32>, %arg145: tensor<ui32>, %arg146: tensor<ui32>, %arg147: tensor<4xui32>, %arg148: tensor<4xui32>):
    %450 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %451 = "stablehlo.add"(%arg141, %450) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %452 = "stablehlo.slice"(%arg147) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %453 = "stablehlo.reshape"(%452) : (tensor<1xui32>) -> tensor<ui32>
    %454 = "stablehlo.add"(%arg142, %arg143) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %455 = "stablehlo.broadcast_in_dim"(%453) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %456 = "stablehlo.shift_left"(%arg143, %455) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %457 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %458 = "stablehlo.subtract"(%457, %453) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %459 = "stablehlo.broadcast_in_dim"(%458) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %460 = "stablehlo.shift_right_logical"(%arg143, %459) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %461 = "stablehlo.or"(%456, %460) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %462 = "stablehlo.xor"(%454, %461) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %463 = "stablehlo.slice"(%arg147) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %464 = "stablehlo.reshape"(%463) : (tensor<1xui32>) -> tensor<ui32>
    %465 = "stablehlo.add"(%454, %462) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %466 = "stablehlo.broadcast_in_dim"(%464) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %467 = "stablehlo.shift_left"(%462, %466) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %468 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %469 = "stablehlo.subtract"(%468, %464) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %470 = "stablehlo.broadcast_in_dim"(%469) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %471 = "stablehlo.shift_right_logical"(%462, %470) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %472 = "stablehlo.or"(%467, %471) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %473 = "stablehlo.xor"(%465, %472) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %474 = "stablehlo.slice"(%arg147) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %475 = "stablehlo.reshape"(%474) : (tensor<1xui32>) -> tensor<ui32>
    %476 = "stablehlo.add"(%465, %473) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %477 = "stablehlo.broadcast_in_dim"(%475) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %478 = "stablehlo.shift_left"(%473, %477) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %479 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %480 = "stablehlo.subtract"(%479, %475) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %481 = "stablehlo.broadcast_in_dim"(%480) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %482 = "stablehlo.shift_right_logical"(%473, %481) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %483 = "stablehlo.or"(%478, %482) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %484 = "stablehlo.xor"(%476, %483) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %485 = "stablehlo.slice"(%arg147) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %486 = "stablehlo.reshape"(%485) : (tensor<1xui32>) -> tensor<ui32>
    %487 = "stablehlo.add"(%476, %484) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %488 = "stablehlo.broadcast_in_dim"(%486) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %489 = "stablehlo.shift_left"(%484, %488) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %490 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %491 = "stablehlo.subtract"(%490, %486) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %492 = "stablehlo.broadcast_in_dim"(%491) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %493 = "stablehlo.shift_right_logical"(%484, %492) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %494 = "stablehlo.or"(%489, %493) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %495 = "stablehlo.xor"(%487, %494) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %496 = "stablehlo.broadcast_in_dim"(%arg144) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %497 = "stablehlo.add"(%487, %496) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %498 = "stablehlo.broadcast_in_dim"(%arg145) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %499 = "stablehlo.add"(%495, %498) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    %500 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %501 = "stablehlo.add"(%arg141, %500) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %502 = "stablehlo.convert"(%501) : (tensor<i32>) -> tensor<ui32>
    %503 = "stablehlo.broadcast_in_dim"(%502) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x256xui32>
    %504 = "stablehlo.add"(%499, %503) : (tensor<64x256xui32>, tensor<64x256xui32>) -> tensor<64x256xui32>
    "func.return"(%451, %497, %504, %arg145, %arg146, %arg144, %arg148, %arg147) : (tensor<i32>, tensor<64x256xui32>, tensor<64x256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<64x97xf32>, res_attrs = [{}], sym_name = "_normal_23", sym_visibility = "private"}> ({
  ^bb0(%arg140: tensor<2xui32>):
    %449 = "func.call"(%arg140) <{callee = @_normal_real_24}> : (tensor<2xui32>) -> tensor<64x97xf32>
    "func.return"(%449) : (tensor<64x97xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<64x97xf32>, res_attrs = [{}], sym_name = "_normal_real_24", sym_visibility = "private"}> ({
  ^bb0(%arg139: tensor<2xui32>):
    %442 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %443 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %444 = "func.call"(%arg139, %442, %443) <{callee = @_uniform_25}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<64x97xf32>
    %445 = "chlo.erf_inv"(%444) : (tensor<64x97xf32>) -> tensor<64x97xf32>
    %446 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %447 = "stablehlo.broadcast_in_dim"(%446) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x97xf32>
    %448 = "stablehlo.multiply"(%447, %445) : (tensor<64x97xf32>, tensor<64x97xf32>) -> tensor<64x97xf32>
    "func.return"(%448) : (tensor<64x97xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<64x97xf32>, res_attrs = [{}], sym_name = "_uniform_25", sym_visibility = "private"}> ({
  ^bb0(%arg136: tensor<2xui32>, %arg137: tensor<f32>, %arg138: tensor<f32>):
    %403 = "stablehlo.broadcast_in_dim"(%arg137) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %404 = "stablehlo.broadcast_in_dim"(%arg138) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %405 = "stablehlo.slice"(%arg136) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %406 = "stablehlo.reshape"(%405) : (tensor<1xui32>) -> tensor<ui32>
    %407 = "stablehlo.slice"(%arg136) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %408 = "stablehlo.reshape"(%407) : (tensor<1xui32>) -> tensor<ui32>
    %409 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<64x97xui64>
    %410 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<64x97xui64>
    %411 = "stablehlo.constant"() <{value = dense<97> : tensor<ui64>}> : () -> tensor<ui64>
    %412 = "stablehlo.broadcast_in_dim"(%411) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x97xui64>
    %413 = "stablehlo.multiply"(%412, %409) : (tensor<64x97xui64>, tensor<64x97xui64>) -> tensor<64x97xui64>
    %414 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %415 = "stablehlo.broadcast_in_dim"(%414) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x97xui64>
    %416 = "stablehlo.multiply"(%415, %410) : (tensor<64x97xui64>, tensor<64x97xui64>) -> tensor<64x97xui64>
    %417 = "stablehlo.add"(%413, %416) : (tensor<64x97xui64>, tensor<64x97xui64>) -> tensor<64x97xui64>
    %418 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %419 = "stablehlo.broadcast_in_dim"(%418) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<64x97xui64>
    %420 = "stablehlo.shift_right_logical"(%417, %419) : (tensor<64x97xui64>, tensor<64x97xui64>) -> tensor<64x97xui64>
    %421 = "stablehlo.convert"(%417) : (tensor<64x97xui64>) -> tensor<64x97xui32>
    %422 = "stablehlo.convert"(%420) : (tensor<64x97xui64>) -> tensor<64x97xui32>
    %423:2 = "func.call"(%406, %408, %422, %421) <{callee = @threefry2x32_26}> : (tensor<ui32>, tensor<ui32>, tensor<64x97xui32>, tensor<64x97xui32>) -> (tensor<64x97xui32>, tensor<64x97xui32>)
    %424 = "stablehlo.xor"(%423#0, %423#1) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %425 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %426 = "stablehlo.broadcast_in_dim"(%425) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %427 = "stablehlo.shift_right_logical"(%424, %426) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %428 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %429 = "stablehlo.broadcast_in_dim"(%428) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %430 = "stablehlo.or"(%427, %429) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %431 = "stablehlo.bitcast_convert"(%430) : (tensor<64x97xui32>) -> tensor<64x97xf32>
    %432 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %433 = "stablehlo.broadcast_in_dim"(%432) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<64x97xf32>
    %434 = "stablehlo.subtract"(%431, %433) : (tensor<64x97xf32>, tensor<64x97xf32>) -> tensor<64x97xf32>
    %435 = "stablehlo.subtract"(%404, %403) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %436 = "stablehlo.broadcast_in_dim"(%435) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x97xf32>
    %437 = "stablehlo.multiply"(%434, %436) : (tensor<64x97xf32>, tensor<64x97xf32>) -> tensor<64x97xf32>
    %438 = "stablehlo.broadcast_in_dim"(%403) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x97xf32>
    %439 = "stablehlo.add"(%437, %438) : (tensor<64x97xf32>, tensor<64x97xf32>) -> tensor<64x97xf32>
    %440 = "stablehlo.broadcast_in_dim"(%403) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<64x97xf32>
    %441 = "stablehlo.maximum"(%440, %439) : (tensor<64x97xf32>, tensor<64x97xf32>) -> tensor<64x97xf32>
    "func.return"(%441) : (tensor<64x97xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<64x97xui32>, tensor<64x97xui32>) -> (tensor<64x97xui32>, tensor<64x97xui32>), sym_name = "threefry2x32_26", sym_visibility = "private"}> ({
  ^bb0(%arg114: tensor<ui32>, %arg115: tensor<ui32>, %arg116: tensor<64x97xui32>, %arg117: tensor<64x97xui32>):
    %386 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %387 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %388 = "stablehlo.xor"(%arg114, %arg115) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %389 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %390 = "stablehlo.xor"(%388, %389) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %391 = "stablehlo.broadcast_in_dim"(%arg114) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %392 = "stablehlo.add"(%arg116, %391) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %393 = "stablehlo.broadcast_in_dim"(%arg115) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %394 = "stablehlo.add"(%arg117, %393) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %395 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %396 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %397:9 = "stablehlo.while"(%396, %395, %392, %394, %arg115, %390, %arg114, %386, %387) ({
    ^bb0(%arg127: tensor<i32>, %arg128: tensor<i32>, %arg129: tensor<64x97xui32>, %arg130: tensor<64x97xui32>, %arg131: tensor<ui32>, %arg132: tensor<ui32>, %arg133: tensor<ui32>, %arg134: tensor<4xui32>, %arg135: tensor<4xui32>):
      %401 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %402 = "stablehlo.compare"(%arg127, %401) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%402) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg118: tensor<i32>, %arg119: tensor<i32>, %arg120: tensor<64x97xui32>, %arg121: tensor<64x97xui32>, %arg122: tensor<ui32>, %arg123: tensor<ui32>, %arg124: tensor<ui32>, %arg125: tensor<4xui32>, %arg126: tensor<4xui32>):
      %398:8 = "func.call"(%arg119, %arg120, %arg121, %arg122, %arg123, %arg124, %arg125, %arg126) <{callee = @closed_call_27}> : (tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %399 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %400 = "stablehlo.add"(%arg118, %399) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%400, %398#0, %398#1, %398#2, %398#3, %398#4, %398#5, %398#6, %398#7) : (tensor<i32>, tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%397#2, %397#3) : (tensor<64x97xui32>, tensor<64x97xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_27", sym_visibility = "private"}> ({
  ^bb0(%arg106: tensor<i32>, %arg107: tensor<64x97xui32>, %arg108: tensor<64x97xui32>, %arg109: tensor<ui32>, %arg110: tensor<ui32>, %arg111: tensor<ui32>, %arg112: tensor<4xui32>, %arg113: tensor<4xui32>):
    %331 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %332 = "stablehlo.add"(%arg106, %331) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %333 = "stablehlo.slice"(%arg112) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %334 = "stablehlo.reshape"(%333) : (tensor<1xui32>) -> tensor<ui32>
    %335 = "stablehlo.add"(%arg107, %arg108) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %336 = "stablehlo.broadcast_in_dim"(%334) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %337 = "stablehlo.shift_left"(%arg108, %336) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %338 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %339 = "stablehlo.subtract"(%338, %334) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %340 = "stablehlo.broadcast_in_dim"(%339) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %341 = "stablehlo.shift_right_logical"(%arg108, %340) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %342 = "stablehlo.or"(%337, %341) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %343 = "stablehlo.xor"(%335, %342) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %344 = "stablehlo.slice"(%arg112) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %345 = "stablehlo.reshape"(%344) : (tensor<1xui32>) -> tensor<ui32>
    %346 = "stablehlo.add"(%335, %343) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %347 = "stablehlo.broadcast_in_dim"(%345) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %348 = "stablehlo.shift_left"(%343, %347) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %349 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %350 = "stablehlo.subtract"(%349, %345) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %351 = "stablehlo.broadcast_in_dim"(%350) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %352 = "stablehlo.shift_right_logical"(%343, %351) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %353 = "stablehlo.or"(%348, %352) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %354 = "stablehlo.xor"(%346, %353) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %355 = "stablehlo.slice"(%arg112) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %356 = "stablehlo.reshape"(%355) : (tensor<1xui32>) -> tensor<ui32>
    %357 = "stablehlo.add"(%346, %354) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %358 = "stablehlo.broadcast_in_dim"(%356) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %359 = "stablehlo.shift_left"(%354, %358) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %360 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %361 = "stablehlo.subtract"(%360, %356) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %362 = "stablehlo.broadcast_in_dim"(%361) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %363 = "stablehlo.shift_right_logical"(%354, %362) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %364 = "stablehlo.or"(%359, %363) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %365 = "stablehlo.xor"(%357, %364) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %366 = "stablehlo.slice"(%arg112) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %367 = "stablehlo.reshape"(%366) : (tensor<1xui32>) -> tensor<ui32>
    %368 = "stablehlo.add"(%357, %365) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %369 = "stablehlo.broadcast_in_dim"(%367) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %370 = "stablehlo.shift_left"(%365, %369) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %371 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %372 = "stablehlo.subtract"(%371, %367) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %373 = "stablehlo.broadcast_in_dim"(%372) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %374 = "stablehlo.shift_right_logical"(%365, %373) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %375 = "stablehlo.or"(%370, %374) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %376 = "stablehlo.xor"(%368, %375) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %377 = "stablehlo.broadcast_in_dim"(%arg109) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %378 = "stablehlo.add"(%368, %377) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %379 = "stablehlo.broadcast_in_dim"(%arg110) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %380 = "stablehlo.add"(%376, %379) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    %381 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %382 = "stablehlo.add"(%arg106, %381) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %383 = "stablehlo.convert"(%382) : (tensor<i32>) -> tensor<ui32>
    %384 = "stablehlo.broadcast_in_dim"(%383) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<64x97xui32>
    %385 = "stablehlo.add"(%380, %384) : (tensor<64x97xui32>, tensor<64x97xui32>) -> tensor<64x97xui32>
    "func.return"(%332, %378, %385, %arg110, %arg111, %arg109, %arg113, %arg112) : (tensor<i32>, tensor<64x97xui32>, tensor<64x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<2x2xui32>, res_attrs = [{}], sym_name = "_threefry_split", sym_visibility = "private"}> ({
  ^bb0(%arg105: tensor<2xui32>):
    %314 = "stablehlo.slice"(%arg105) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %315 = "stablehlo.reshape"(%314) : (tensor<1xui32>) -> tensor<ui32>
    %316 = "stablehlo.slice"(%arg105) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %317 = "stablehlo.reshape"(%316) : (tensor<1xui32>) -> tensor<ui32>
    %318 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xui64>
    %319 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %320 = "stablehlo.broadcast_in_dim"(%319) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %321 = "stablehlo.multiply"(%320, %318) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %322 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %323 = "stablehlo.broadcast_in_dim"(%322) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %324 = "stablehlo.shift_right_logical"(%321, %323) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %325 = "stablehlo.convert"(%321) : (tensor<2xui64>) -> tensor<2xui32>
    %326 = "stablehlo.convert"(%324) : (tensor<2xui64>) -> tensor<2xui32>
    %327:2 = "func.call"(%315, %317, %326, %325) <{callee = @threefry2x32_28}> : (tensor<ui32>, tensor<ui32>, tensor<2xui32>, tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>)
    %328 = "stablehlo.broadcast_in_dim"(%327#0) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xui32>) -> tensor<2x1xui32>
    %329 = "stablehlo.broadcast_in_dim"(%327#1) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xui32>) -> tensor<2x1xui32>
    %330 = "stablehlo.concatenate"(%328, %329) <{dimension = 1 : i64}> : (tensor<2x1xui32>, tensor<2x1xui32>) -> tensor<2x2xui32>
    "func.return"(%330) : (tensor<2x2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<2xui32>, tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>), sym_name = "threefry2x32_28", sym_visibility = "private"}> ({
  ^bb0(%arg83: tensor<ui32>, %arg84: tensor<ui32>, %arg85: tensor<2xui32>, %arg86: tensor<2xui32>):
    %297 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %298 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %299 = "stablehlo.xor"(%arg83, %arg84) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %300 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %301 = "stablehlo.xor"(%299, %300) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %302 = "stablehlo.broadcast_in_dim"(%arg83) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %303 = "stablehlo.add"(%arg85, %302) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %304 = "stablehlo.broadcast_in_dim"(%arg84) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %305 = "stablehlo.add"(%arg86, %304) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %306 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %307 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %308:9 = "stablehlo.while"(%307, %306, %303, %305, %arg84, %301, %arg83, %297, %298) ({
    ^bb0(%arg96: tensor<i32>, %arg97: tensor<i32>, %arg98: tensor<2xui32>, %arg99: tensor<2xui32>, %arg100: tensor<ui32>, %arg101: tensor<ui32>, %arg102: tensor<ui32>, %arg103: tensor<4xui32>, %arg104: tensor<4xui32>):
      %312 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %313 = "stablehlo.compare"(%arg96, %312) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%313) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg87: tensor<i32>, %arg88: tensor<i32>, %arg89: tensor<2xui32>, %arg90: tensor<2xui32>, %arg91: tensor<ui32>, %arg92: tensor<ui32>, %arg93: tensor<ui32>, %arg94: tensor<4xui32>, %arg95: tensor<4xui32>):
      %309:8 = "func.call"(%arg88, %arg89, %arg90, %arg91, %arg92, %arg93, %arg94, %arg95) <{callee = @closed_call_29}> : (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %310 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %311 = "stablehlo.add"(%arg87, %310) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%311, %309#0, %309#1, %309#2, %309#3, %309#4, %309#5, %309#6, %309#7) : (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%308#2, %308#3) : (tensor<2xui32>, tensor<2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_29", sym_visibility = "private"}> ({
  ^bb0(%arg75: tensor<i32>, %arg76: tensor<2xui32>, %arg77: tensor<2xui32>, %arg78: tensor<ui32>, %arg79: tensor<ui32>, %arg80: tensor<ui32>, %arg81: tensor<4xui32>, %arg82: tensor<4xui32>):
    %242 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %243 = "stablehlo.add"(%arg75, %242) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %244 = "stablehlo.slice"(%arg81) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %245 = "stablehlo.reshape"(%244) : (tensor<1xui32>) -> tensor<ui32>
    %246 = "stablehlo.add"(%arg76, %arg77) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %247 = "stablehlo.broadcast_in_dim"(%245) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %248 = "stablehlo.shift_left"(%arg77, %247) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %249 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %250 = "stablehlo.subtract"(%249, %245) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %251 = "stablehlo.broadcast_in_dim"(%250) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %252 = "stablehlo.shift_right_logical"(%arg77, %251) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %253 = "stablehlo.or"(%248, %252) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %254 = "stablehlo.xor"(%246, %253) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %255 = "stablehlo.slice"(%arg81) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %256 = "stablehlo.reshape"(%255) : (tensor<1xui32>) -> tensor<ui32>
    %257 = "stablehlo.add"(%246, %254) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %258 = "stablehlo.broadcast_in_dim"(%256) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %259 = "stablehlo.shift_left"(%254, %258) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %260 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %261 = "stablehlo.subtract"(%260, %256) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %262 = "stablehlo.broadcast_in_dim"(%261) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %263 = "stablehlo.shift_right_logical"(%254, %262) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %264 = "stablehlo.or"(%259, %263) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %265 = "stablehlo.xor"(%257, %264) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %266 = "stablehlo.slice"(%arg81) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %267 = "stablehlo.reshape"(%266) : (tensor<1xui32>) -> tensor<ui32>
    %268 = "stablehlo.add"(%257, %265) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %269 = "stablehlo.broadcast_in_dim"(%267) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %270 = "stablehlo.shift_left"(%265, %269) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %271 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %272 = "stablehlo.subtract"(%271, %267) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %273 = "stablehlo.broadcast_in_dim"(%272) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %274 = "stablehlo.shift_right_logical"(%265, %273) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %275 = "stablehlo.or"(%270, %274) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %276 = "stablehlo.xor"(%268, %275) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %277 = "stablehlo.slice"(%arg81) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %278 = "stablehlo.reshape"(%277) : (tensor<1xui32>) -> tensor<ui32>
    %279 = "stablehlo.add"(%268, %276) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %280 = "stablehlo.broadcast_in_dim"(%278) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %281 = "stablehlo.shift_left"(%276, %280) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %282 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %283 = "stablehlo.subtract"(%282, %278) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %284 = "stablehlo.broadcast_in_dim"(%283) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %285 = "stablehlo.shift_right_logical"(%276, %284) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %286 = "stablehlo.or"(%281, %285) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %287 = "stablehlo.xor"(%279, %286) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %288 = "stablehlo.broadcast_in_dim"(%arg78) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %289 = "stablehlo.add"(%279, %288) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %290 = "stablehlo.broadcast_in_dim"(%arg79) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %291 = "stablehlo.add"(%287, %290) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %292 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %293 = "stablehlo.add"(%arg75, %292) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %294 = "stablehlo.convert"(%293) : (tensor<i32>) -> tensor<ui32>
    %295 = "stablehlo.broadcast_in_dim"(%294) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %296 = "stablehlo.add"(%291, %295) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    "func.return"(%243, %289, %296, %arg79, %arg80, %arg78, %arg82, %arg81) : (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<97x64xf32>, tensor<1x4xi32>) -> tensor<1x4x64xf32>, res_attrs = [{}], sym_name = "_take_30", sym_visibility = "private"}> ({
  ^bb0(%arg71: tensor<97x64xf32>, %arg72: tensor<1x4xi32>):
    %218 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %219 = "stablehlo.broadcast_in_dim"(%218) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %220 = "stablehlo.compare"(%arg72, %219) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %221 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
    %222 = "stablehlo.broadcast_in_dim"(%221) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %223 = "stablehlo.add"(%arg72, %222) : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %224 = "func.call"(%220, %223, %arg72) <{callee = @_where_31}> : (tensor<1x4xi1>, tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %225 = "stablehlo.broadcast_in_dim"(%224) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %226 = "stablehlo.constant"() <{value = dense<96> : tensor<1xi32>}> : () -> tensor<1xi32>
    %227 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %228 = "stablehlo.broadcast_in_dim"(%227) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4x1xi32>
    %229 = "stablehlo.compare"(%225, %228) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x4x1xi32>, tensor<1x4x1xi32>) -> tensor<1x4x1xi1>
    %230 = "stablehlo.broadcast_in_dim"(%226) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %231 = "stablehlo.broadcast_in_dim"(%230) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<1x4x1xi32>
    %232 = "stablehlo.compare"(%225, %231) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x4x1xi32>, tensor<1x4x1xi32>) -> tensor<1x4x1xi1>
    %233 = "stablehlo.and"(%229, %232) : (tensor<1x4x1xi1>, tensor<1x4x1xi1>) -> tensor<1x4x1xi1>
    %234 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %235 = "stablehlo.reduce"(%233, %234) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg73: tensor<i1>, %arg74: tensor<i1>):
      %241 = "stablehlo.and"(%arg73, %arg74) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%241) : (tensor<i1>) -> ()
    }) : (tensor<1x4x1xi1>, tensor<i1>) -> tensor<1x4xi1>
    %236 = "stablehlo.gather"(%arg71, %225) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<97x64xf32>, tensor<1x4x1xi32>) -> tensor<1x4x64xf32>
    %237 = "stablehlo.broadcast_in_dim"(%235) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi1>) -> tensor<1x4x64xi1>
    %238 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %239 = "stablehlo.broadcast_in_dim"(%238) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x64xf32>
    %240 = "stablehlo.select"(%237, %236, %239) : (tensor<1x4x64xi1>, tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    "func.return"(%240) : (tensor<1x4x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x4xi1>, tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>, res_attrs = [{}], sym_name = "_where_31", sym_visibility = "private"}> ({
  ^bb0(%arg68: tensor<1x4xi1>, %arg69: tensor<1x4xi32>, %arg70: tensor<1x4xi32>):
    %217 = "stablehlo.select"(%arg68, %arg69, %arg70) : (tensor<1x4xi1>, tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    "func.return"(%217) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<64x64xf32>, tensor<1x4xi32>) -> tensor<1x4x64xf32>, res_attrs = [{}], sym_name = "_take_32", sym_visibility = "private"}> ({
  ^bb0(%arg64: tensor<64x64xf32>, %arg65: tensor<1x4xi32>):
    %193 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %194 = "stablehlo.broadcast_in_dim"(%193) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %195 = "stablehlo.compare"(%arg65, %194) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %196 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
    %197 = "stablehlo.broadcast_in_dim"(%196) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %198 = "stablehlo.add"(%arg65, %197) : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %199 = "func.call"(%195, %198, %arg65) <{callee = @_where_31}> : (tensor<1x4xi1>, tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %200 = "stablehlo.broadcast_in_dim"(%199) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<1x4x1xi32>
    %201 = "stablehlo.constant"() <{value = dense<63> : tensor<1xi32>}> : () -> tensor<1xi32>
    %202 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %203 = "stablehlo.broadcast_in_dim"(%202) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4x1xi32>
    %204 = "stablehlo.compare"(%200, %203) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x4x1xi32>, tensor<1x4x1xi32>) -> tensor<1x4x1xi1>
    %205 = "stablehlo.broadcast_in_dim"(%201) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %206 = "stablehlo.broadcast_in_dim"(%205) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<1x4x1xi32>
    %207 = "stablehlo.compare"(%200, %206) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x4x1xi32>, tensor<1x4x1xi32>) -> tensor<1x4x1xi1>
    %208 = "stablehlo.and"(%204, %207) : (tensor<1x4x1xi1>, tensor<1x4x1xi1>) -> tensor<1x4x1xi1>
    %209 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %210 = "stablehlo.reduce"(%208, %209) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg66: tensor<i1>, %arg67: tensor<i1>):
      %216 = "stablehlo.and"(%arg66, %arg67) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%216) : (tensor<i1>) -> ()
    }) : (tensor<1x4x1xi1>, tensor<i1>) -> tensor<1x4xi1>
    %211 = "stablehlo.gather"(%arg64, %200) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<64x64xf32>, tensor<1x4x1xi32>) -> tensor<1x4x64xf32>
    %212 = "stablehlo.broadcast_in_dim"(%210) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi1>) -> tensor<1x4x64xi1>
    %213 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %214 = "stablehlo.broadcast_in_dim"(%213) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x64xf32>
    %215 = "stablehlo.select"(%212, %211, %214) : (tensor<1x4x64xi1>, tensor<1x4x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
    "func.return"(%215) : (tensor<1x4x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg61: tensor<i32>, %arg62: tensor<i32>, %arg63: tensor<i32>):
    %191 = "stablehlo.maximum"(%arg62, %arg61) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %192 = "stablehlo.minimum"(%arg63, %191) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%192) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i32>, tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>, res_attrs = [{}], sym_name = "_where_33", sym_visibility = "private"}> ({
  ^bb0(%arg58: tensor<i32>, %arg59: tensor<1x97xf32>, %arg60: tensor<1x97xf32>):
    %188 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %189 = "stablehlo.compare"(%arg58, %188) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %190 = "stablehlo.select"(%189, %arg59, %arg60) : (tensor<i1>, tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
    "func.return"(%190) : (tensor<1x97xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x97xf32>) -> tensor<1x97xf32>, res_attrs = [{}], sym_name = "cumsum", sym_visibility = "private"}> ({
  ^bb0(%arg57: tensor<1x97xf32>):
    %187 = "func.call"(%arg57) <{callee = @cumsum_34}> : (tensor<1x97xf32>) -> tensor<1x97xf32>
    "func.return"(%187) : (tensor<1x97xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x97xf32>) -> tensor<1x97xf32>, sym_name = "cumsum_34", sym_visibility = "private"}> ({
  ^bb0(%arg54: tensor<1x97xf32>):
    %183 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %184 = "stablehlo.broadcast_in_dim"(%183) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<f32>
    %185 = "stablehlo.reduce_window"(%arg54, %184) <{base_dilations = array<i64: 1, 1>, padding = dense<[[0, 0], [96, 0]]> : tensor<2x2xi64>, window_dilations = array<i64: 1, 1>, window_dimensions = array<i64: 1, 97>, window_strides = array<i64: 1, 1>}> ({
    ^bb0(%arg55: tensor<f32>, %arg56: tensor<f32>):
      %186 = "stablehlo.add"(%arg55, %arg56) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%186) : (tensor<f32>) -> ()
    }) : (tensor<1x97xf32>, tensor<f32>) -> tensor<1x97xf32>
    "func.return"(%185) : (tensor<1x97xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<97xi1>) -> tensor<97xi1>, res_attrs = [{}], sym_name = "_roll_static", sym_visibility = "private"}> ({
  ^bb0(%arg53: tensor<97xi1>):
    %180 = "stablehlo.slice"(%arg53) <{limit_indices = array<i64: 97>, start_indices = array<i64: 96>, strides = array<i64: 1>}> : (tensor<97xi1>) -> tensor<1xi1>
    %181 = "stablehlo.slice"(%arg53) <{limit_indices = array<i64: 96>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<97xi1>) -> tensor<96xi1>
    %182 = "stablehlo.concatenate"(%180, %181) <{dimension = 0 : i64}> : (tensor<1xi1>, tensor<96xi1>) -> tensor<97xi1>
    "func.return"(%182) : (tensor<97xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x97xi1>, tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>, res_attrs = [{}], sym_name = "_where_35", sym_visibility = "private"}> ({
  ^bb0(%arg50: tensor<1x97xi1>, %arg51: tensor<1x97xf32>, %arg52: tensor<1x97xf32>):
    %179 = "stablehlo.select"(%arg50, %arg51, %arg52) : (tensor<1x97xi1>, tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
    "func.return"(%179) : (tensor<1x97xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<1x97xf32>, res_attrs = [{}], sym_name = "_gumbel", sym_visibility = "private"}> ({
  ^bb0(%arg49: tensor<2xui32>):
    %172 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %173 = "stablehlo.constant"() <{value = dense<1.17549435E-38> : tensor<f32>}> : () -> tensor<f32>
    %174 = "func.call"(%arg49, %172, %173) <{callee = @_uniform_36}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<1x97xf32>
    %175 = "stablehlo.log"(%174) : (tensor<1x97xf32>) -> tensor<1x97xf32>
    %176 = "stablehlo.negate"(%175) : (tensor<1x97xf32>) -> tensor<1x97xf32>
    %177 = "stablehlo.log"(%176) : (tensor<1x97xf32>) -> tensor<1x97xf32>
    %178 = "stablehlo.negate"(%177) : (tensor<1x97xf32>) -> tensor<1x97xf32>
    "func.return"(%178) : (tensor<1x97xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<1x97xf32>, res_attrs = [{}], sym_name = "_uniform_36", sym_visibility = "private"}> ({
  ^bb0(%arg46: tensor<2xui32>, %arg47: tensor<f32>, %arg48: tensor<f32>):
    %132 = "stablehlo.convert"(%arg47) : (tensor<f32>) -> tensor<f32>
    %133 = "stablehlo.broadcast_in_dim"(%arg48) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %134 = "stablehlo.broadcast_in_dim"(%132) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %135 = "stablehlo.slice"(%arg46) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %136 = "stablehlo.reshape"(%135) : (tensor<1xui32>) -> tensor<ui32>
    %137 = "stablehlo.slice"(%arg46) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %138 = "stablehlo.reshape"(%137) : (tensor<1xui32>) -> tensor<ui32>
    %139 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<1x97xui64>
    %140 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x97xui64>
    %141 = "stablehlo.constant"() <{value = dense<97> : tensor<ui64>}> : () -> tensor<ui64>
    %142 = "stablehlo.broadcast_in_dim"(%141) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<1x97xui64>
    %143 = "stablehlo.multiply"(%142, %139) : (tensor<1x97xui64>, tensor<1x97xui64>) -> tensor<1x97xui64>
    %144 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %145 = "stablehlo.broadcast_in_dim"(%144) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<1x97xui64>
    %146 = "stablehlo.multiply"(%145, %140) : (tensor<1x97xui64>, tensor<1x97xui64>) -> tensor<1x97xui64>
    %147 = "stablehlo.add"(%143, %146) : (tensor<1x97xui64>, tensor<1x97xui64>) -> tensor<1x97xui64>
    %148 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %149 = "stablehlo.broadcast_in_dim"(%148) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<1x97xui64>
    %150 = "stablehlo.shift_right_logical"(%147, %149) : (tensor<1x97xui64>, tensor<1x97xui64>) -> tensor<1x97xui64>
    %151 = "stablehlo.convert"(%147) : (tensor<1x97xui64>) -> tensor<1x97xui32>
    %152 = "stablehlo.convert"(%150) : (tensor<1x97xui64>) -> tensor<1x97xui32>
    %153:2 = "func.call"(%136, %138, %152, %151) <{callee = @threefry2x32_37}> : (tensor<ui32>, tensor<ui32>, tensor<1x97xui32>, tensor<1x97xui32>) -> (tensor<1x97xui32>, tensor<1x97xui32>)
    %154 = "stablehlo.xor"(%153#0, %153#1) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %155 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %156 = "stablehlo.broadcast_in_dim"(%155) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x97xui32>
    %157 = "stablehlo.shift_right_logical"(%154, %156) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %158 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %159 = "stablehlo.broadcast_in_dim"(%158) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x97xui32>
    %160 = "stablehlo.or"(%157, %159) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %161 = "stablehlo.bitcast_convert"(%160) : (tensor<1x97xui32>) -> tensor<1x97xf32>
    %162 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %163 = "stablehlo.broadcast_in_dim"(%162) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x97xf32>
    %164 = "stablehlo.subtract"(%161, %163) : (tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
    %165 = "stablehlo.subtract"(%134, %133) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %166 = "stablehlo.broadcast_in_dim"(%165) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x97xf32>
    %167 = "stablehlo.multiply"(%164, %166) : (tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
    %168 = "stablehlo.broadcast_in_dim"(%133) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x97xf32>
    %169 = "stablehlo.add"(%167, %168) : (tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
    %170 = "stablehlo.broadcast_in_dim"(%133) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<1x97xf32>
    %171 = "stablehlo.maximum"(%170, %169) : (tensor<1x97xf32>, tensor<1x97xf32>) -> tensor<1x97xf32>
    "func.return"(%171) : (tensor<1x97xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<1x97xui32>, tensor<1x97xui32>) -> (tensor<1x97xui32>, tensor<1x97xui32>), sym_name = "threefry2x32_37", sym_visibility = "private"}> ({
  ^bb0(%arg24: tensor<ui32>, %arg25: tensor<ui32>, %arg26: tensor<1x97xui32>, %arg27: tensor<1x97xui32>):
    %115 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %116 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %117 = "stablehlo.xor"(%arg24, %arg25) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %118 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %119 = "stablehlo.xor"(%117, %118) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %120 = "stablehlo.broadcast_in_dim"(%arg24) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x97xui32>
    %121 = "stablehlo.add"(%arg26, %120) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %122 = "stablehlo.broadcast_in_dim"(%arg25) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x97xui32>
    %123 = "stablehlo.add"(%arg27, %122) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %124 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %125 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %126:9 = "stablehlo.while"(%125, %124, %121, %123, %arg25, %119, %arg24, %115, %116) ({
    ^bb0(%arg37: tensor<i32>, %arg38: tensor<i32>, %arg39: tensor<1x97xui32>, %arg40: tensor<1x97xui32>, %arg41: tensor<ui32>, %arg42: tensor<ui32>, %arg43: tensor<ui32>, %arg44: tensor<4xui32>, %arg45: tensor<4xui32>):
      %130 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %131 = "stablehlo.compare"(%arg37, %130) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%131) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg28: tensor<i32>, %arg29: tensor<i32>, %arg30: tensor<1x97xui32>, %arg31: tensor<1x97xui32>, %arg32: tensor<ui32>, %arg33: tensor<ui32>, %arg34: tensor<ui32>, %arg35: tensor<4xui32>, %arg36: tensor<4xui32>):
      %127:8 = "func.call"(%arg29, %arg30, %arg31, %arg32, %arg33, %arg34, %arg35, %arg36) <{callee = @closed_call_38}> : (tensor<i32>, tensor<1x97xui32>, tensor<1x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<1x97xui32>, tensor<1x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %128 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %129 = "stablehlo.add"(%arg28, %128) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%129, %127#0, %127#1, %127#2, %127#3, %127#4, %127#5, %127#6, %127#7) : (tensor<i32>, tensor<i32>, tensor<1x97xui32>, tensor<1x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<1x97xui32>, tensor<1x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<1x97xui32>, tensor<1x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%126#2, %126#3) : (tensor<1x97xui32>, tensor<1x97xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<1x97xui32>, tensor<1x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<1x97xui32>, tensor<1x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_38", sym_visibility = "private"}> ({
  ^bb0(%arg16: tensor<i32>, %arg17: tensor<1x97xui32>, %arg18: tensor<1x97xui32>, %arg19: tensor<ui32>, %arg20: tensor<ui32>, %arg21: tensor<ui32>, %arg22: tensor<4xui32>, %arg23: tensor<4xui32>):
    %60 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %61 = "stablehlo.add"(%arg16, %60) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %62 = "stablehlo.slice"(%arg22) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %63 = "stablehlo.reshape"(%62) : (tensor<1xui32>) -> tensor<ui32>
    %64 = "stablehlo.add"(%arg17, %arg18) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %65 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x97xui32>
    %66 = "stablehlo.shift_left"(%arg18, %65) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %67 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %68 = "stablehlo.subtract"(%67, %63) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %69 = "stablehlo.broadcast_in_dim"(%68) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x97xui32>
    %70 = "stablehlo.shift_right_logical"(%arg18, %69) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %71 = "stablehlo.or"(%66, %70) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %72 = "stablehlo.xor"(%64, %71) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %73 = "stablehlo.slice"(%arg22) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %74 = "stablehlo.reshape"(%73) : (tensor<1xui32>) -> tensor<ui32>
    %75 = "stablehlo.add"(%64, %72) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %76 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x97xui32>
    %77 = "stablehlo.shift_left"(%72, %76) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %78 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %79 = "stablehlo.subtract"(%78, %74) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %80 = "stablehlo.broadcast_in_dim"(%79) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x97xui32>
    %81 = "stablehlo.shift_right_logical"(%72, %80) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %82 = "stablehlo.or"(%77, %81) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %83 = "stablehlo.xor"(%75, %82) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %84 = "stablehlo.slice"(%arg22) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %85 = "stablehlo.reshape"(%84) : (tensor<1xui32>) -> tensor<ui32>
    %86 = "stablehlo.add"(%75, %83) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %87 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x97xui32>
    %88 = "stablehlo.shift_left"(%83, %87) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %89 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %90 = "stablehlo.subtract"(%89, %85) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %91 = "stablehlo.broadcast_in_dim"(%90) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x97xui32>
    %92 = "stablehlo.shift_right_logical"(%83, %91) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %93 = "stablehlo.or"(%88, %92) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %94 = "stablehlo.xor"(%86, %93) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %95 = "stablehlo.slice"(%arg22) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %96 = "stablehlo.reshape"(%95) : (tensor<1xui32>) -> tensor<ui32>
    %97 = "stablehlo.add"(%86, %94) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %98 = "stablehlo.broadcast_in_dim"(%96) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x97xui32>
    %99 = "stablehlo.shift_left"(%94, %98) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %100 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %101 = "stablehlo.subtract"(%100, %96) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %102 = "stablehlo.broadcast_in_dim"(%101) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x97xui32>
    %103 = "stablehlo.shift_right_logical"(%94, %102) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %104 = "stablehlo.or"(%99, %103) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %105 = "stablehlo.xor"(%97, %104) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %106 = "stablehlo.broadcast_in_dim"(%arg19) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x97xui32>
    %107 = "stablehlo.add"(%97, %106) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %108 = "stablehlo.broadcast_in_dim"(%arg20) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x97xui32>
    %109 = "stablehlo.add"(%105, %108) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    %110 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %111 = "stablehlo.add"(%arg16, %110) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %112 = "stablehlo.convert"(%111) : (tensor<i32>) -> tensor<ui32>
    %113 = "stablehlo.broadcast_in_dim"(%112) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x97xui32>
    %114 = "stablehlo.add"(%109, %113) : (tensor<1x97xui32>, tensor<1x97xui32>) -> tensor<1x97xui32>
    "func.return"(%61, %107, %114, %arg20, %arg21, %arg19, %arg23, %arg22) : (tensor<i32>, tensor<1x97xui32>, tensor<1x97xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x97xf32>) -> tensor<1xi32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<1x97xf32>):
    %47 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<1x97xi32>
    %48 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %49 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %50:2 = "stablehlo.reduce"(%arg11, %47, %48, %49) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg12: tensor<f32>, %arg13: tensor<i32>, %arg14: tensor<f32>, %arg15: tensor<i32>):
      %51 = "stablehlo.compare"(%arg12, %arg14) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %52 = "stablehlo.compare"(%arg12, %arg12) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %53 = "stablehlo.or"(%51, %52) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %54 = "stablehlo.compare"(%arg12, %arg14) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %55 = "stablehlo.compare"(%arg13, %arg15) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %56 = "stablehlo.and"(%54, %55) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %57 = "stablehlo.or"(%53, %56) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %58 = "stablehlo.select"(%53, %arg12, %arg14) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %59 = "stablehlo.select"(%57, %arg13, %arg15) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%58, %59) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<1x97xf32>, tensor<1x97xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    "func.return"(%50#1) : (tensor<1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<97x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>, res_attrs = [{}], sym_name = "_take_39", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<97x64xf32>, %arg8: tensor<1x1xi32>):
    %24 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %25 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %26 = "stablehlo.compare"(%arg8, %25) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %27 = "stablehlo.constant"() <{value = dense<97> : tensor<i32>}> : () -> tensor<i32>
    %28 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %29 = "stablehlo.add"(%arg8, %28) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %30 = "func.call"(%26, %29, %arg8) <{callee = @_where_40}> : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %31 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %32 = "stablehlo.constant"() <{value = dense<96> : tensor<1xi32>}> : () -> tensor<1xi32>
    %33 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %34 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1xi32>
    %35 = "stablehlo.compare"(%31, %34) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %36 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %37 = "stablehlo.compare"(%31, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %38 = "stablehlo.and"(%35, %37) : (tensor<1x1x1xi1>, tensor<1x1x1xi1>) -> tensor<1x1x1xi1>
    %39 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %40 = "stablehlo.reduce"(%38, %39) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg9: tensor<i1>, %arg10: tensor<i1>):
      %46 = "stablehlo.and"(%arg9, %arg10) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%46) : (tensor<i1>) -> ()
    }) : (tensor<1x1x1xi1>, tensor<i1>) -> tensor<1x1xi1>
    %41 = "stablehlo.gather"(%arg7, %31) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<97x64xf32>, tensor<1x1x1xi32>) -> tensor<1x1x64xf32>
    %42 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi1>) -> tensor<1x1x64xi1>
    %43 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %44 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %45 = "stablehlo.select"(%42, %41, %44) : (tensor<1x1x64xi1>, tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    "func.return"(%45) : (tensor<1x1x64xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>, res_attrs = [{}], sym_name = "_where_40", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<1x1xi1>, %arg5: tensor<1x1xi32>, %arg6: tensor<1x1xi32>):
    %23 = "stablehlo.select"(%arg4, %arg5, %arg6) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    "func.return"(%23) : (tensor<1x1xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<64x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>, res_attrs = [{}], sym_name = "_take_41", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<64x64xf32>, %arg1: tensor<1x1xi32>):
    %0 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %2 = "stablehlo.compare"(%arg1, %1) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %3 = "stablehlo.constant"() <{value = dense<64> : tensor<i32>}> : () -> tensor<i32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1xi32>
    %5 = "stablehlo.add"(%arg1, %4) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %6 = "func.call"(%2, %5, %arg1) <{callee = @_where_40}> : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %7 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %8 = "stablehlo.constant"() <{value = dense<63> : tensor<1xi32>}> : () -> tensor<1xi32>
    %9 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %10 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x1xi32>
    %11 = "stablehlo.compare"(%7, %10) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %12 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %13 = "stablehlo.compare"(%7, %12) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %14 = "stablehlo.and"(%11, %13) : (tensor<1x1x1xi1>, tensor<1x1x1xi1>) -> tensor<1x1x1xi1>
    %15 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %16 = "stablehlo.reduce"(%14, %15) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg2: tensor<i1>, %arg3: tensor<i1>):
      %22 = "stablehlo.and"(%arg2, %arg3) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%22) : (tensor<i1>) -> ()
    }) : (tensor<1x1x1xi1>, tensor<i1>) -> tensor<1x1xi1>
    %17 = "stablehlo.gather"(%arg0, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<64x64xf32>, tensor<1x1x1xi32>) -> tensor<1x1x64xf32>
    %18 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi1>) -> tensor<1x1x64xi1>
    %19 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x64xf32>
    %21 = "stablehlo.select"(%18, %17, %20) : (tensor<1x1x64xi1>, tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    "func.return"(%21) : (tensor<1x1x64xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
