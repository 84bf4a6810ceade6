// RUN: veritor-opt %s --split-input-file --veritor-top-k-network | FileCheck %s
// RUN: not veritor-opt %s --veritor-top-k-network=k=2 2>&1 | FileCheck %s --check-prefix=BADOPT
// BADOPT: error: pass 'veritor-top-k-network': unknown option 'k'
// Executed in IREE against IEEE total order (NaNs, infinities, zeros, ties):
// driver/tests/it/top_k.rs.

// top_k_network_success_f32: n = 4, three stages; the keys are the bits with the magnitude
// of negatives flipped (packed with their positions into one i64 for the network), the
// values come back the same way, the indices are positions.
// CHECK-LABEL: sym_name = "f32_rows"
// CHECK-NOT: chlo.top_k
// CHECK: %[[B:.*]] = "stablehlo.bitcast_convert"(%arg0) : (tensor<2x4xf32>) -> tensor<2x4xi32>
// CHECK: "stablehlo.shift_right_arithmetic"(%[[B]]
// CHECK: "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x4xi32>
// CHECK-COUNT-3: "stablehlo.reverse"({{.*}}) {dimensions = array<i64: 2>}
// CHECK: "stablehlo.slice"({{.*}}) {limit_indices = array<i64: 2, 2>
// CHECK: "stablehlo.slice"({{.*}}) {limit_indices = array<i64: 2, 2>
// CHECK: "stablehlo.bitcast_convert"({{.*}}) : (tensor<2x2xi32>) -> tensor<2x2xf32>
// CHECK-NOT: chlo.top_k
func.func @f32_rows(%x: tensor<2x4xf32>) -> (tensor<2x2xf32>, tensor<2x2xi32>) {
  %0:2 = "chlo.top_k"(%x) <{k = 2 : i64}> : (tensor<2x4xf32>) -> (tensor<2x2xf32>, tensor<2x2xi32>)
  return %0#0, %0#1 : tensor<2x2xf32>, tensor<2x2xi32>
}

// -----

// top_k_network_success_i32_padded: n = 3 is padded to 4 with the lowest key, which sorts
// after every real element; integer keys are the values themselves.
// CHECK-LABEL: sym_name = "i32_row"
// CHECK-NOT: bitcast_convert
// CHECK: %[[LOW:.*]] = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>}
// CHECK: "stablehlo.pad"(%arg0, %[[LOW]]) {edge_padding_high = array<i64: 1>
// CHECK: "stablehlo.slice"({{.*}}) {limit_indices = array<i64: 3>
// CHECK-NOT: chlo.top_k
func.func @i32_row(%x: tensor<3xi32>) -> (tensor<3xi32>, tensor<3xi32>) {
  %0:2 = "chlo.top_k"(%x) <{k = 3 : i64}> : (tensor<3xi32>) -> (tensor<3xi32>, tensor<3xi32>)
  return %0#0, %0#1 : tensor<3xi32>, tensor<3xi32>
}

// -----

// top_k_network_success_selection: k = 2 of n = 16 (at most a quarter): keys of 32 bits are
// packed with their position into one i64 (key << 32 | 15 - position), blocks of 2 sorted
// (one stage), then three rounds each keep the larger of two blocks (maximum) and merge it
// (one stage), 16 -> 8 -> 4 -> 2; the keys and positions come back out of the i64.
// CHECK-LABEL: sym_name = "small_k"
// CHECK: "stablehlo.convert"(%arg0) : (tensor<2x16xi32>) -> tensor<2x16xi64>
// CHECK: "stablehlo.shift_left"
// CHECK: "stablehlo.or"
// CHECK-COUNT-1: "stablehlo.reverse"
// CHECK: "stablehlo.maximum"({{.*}}) : (tensor<2x4x1x2xi64>, tensor<2x4x1x2xi64>)
// CHECK: "stablehlo.maximum"({{.*}}) : (tensor<2x2x1x2xi64>, tensor<2x2x1x2xi64>)
// CHECK: "stablehlo.maximum"({{.*}}) : (tensor<2x1x1x2xi64>, tensor<2x1x1x2xi64>)
// CHECK: "stablehlo.shift_right_arithmetic"
// CHECK-NOT: chlo.top_k
func.func @small_k(%x: tensor<2x16xi32>) -> (tensor<2x2xi32>, tensor<2x2xi32>) {
  %0:2 = "chlo.top_k"(%x) <{k = 2 : i64}> : (tensor<2x16xi32>) -> (tensor<2x2xi32>, tensor<2x2xi32>)
  return %0#0, %0#1 : tensor<2x2xi32>, tensor<2x2xi32>
}

// -----

// top_k_network_inapplicable: unsigned elements, a one-element axis, and a malformed top_k
// (one result; the op is not registered, so nothing verified it) are left as they are.
// CHECK-LABEL: sym_name = "left_alone"
// CHECK: "chlo.top_k"(%arg0) <{k = 2 : i64}> : (tensor<4xui32>)
// CHECK: "chlo.top_k"(%arg1) <{k = 1 : i64}> : (tensor<1xf32>)
// CHECK: "chlo.top_k"(%arg2) <{k = 2 : i64}> : (tensor<4xf32>) -> tensor<2xf32>
func.func @left_alone(%u: tensor<4xui32>, %one: tensor<1xf32>, %x: tensor<4xf32>) -> (tensor<2xui32>, tensor<1xf32>, tensor<2xf32>) {
  %0:2 = "chlo.top_k"(%u) <{k = 2 : i64}> : (tensor<4xui32>) -> (tensor<2xui32>, tensor<2xi32>)
  %1:2 = "chlo.top_k"(%one) <{k = 1 : i64}> : (tensor<1xf32>) -> (tensor<1xf32>, tensor<1xi32>)
  %2 = "chlo.top_k"(%x) <{k = 2 : i64}> : (tensor<4xf32>) -> tensor<2xf32>
  return %0#0, %1#0, %2 : tensor<2xui32>, tensor<1xf32>, tensor<2xf32>
}
