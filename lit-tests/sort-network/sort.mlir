// RUN: veritor-opt %s --split-input-file --veritor-sort-network | FileCheck %s
// RUN: not veritor-opt %s --veritor-sort-network=stable=1 2>&1 | FileCheck %s --check-prefix=BADOPT
// BADOPT: error: pass 'veritor-sort-network': unknown option 'stable'
// Executed in IREE against a stable sort (NaNs, infinities, zeros, ties, both directions):
// driver/tests/it/sort.rs.

// sort_network_success_sort_key_val: HF Flax's top-p warper puts its scores back in
// vocabulary order with lax.sort_key_val(indices, scores): i32 keys ascending (complemented
// for the descending network), n = 5 padded to 8; both operands gathered at the sorted
// positions (row * 5 + position, a flat gather).
// CHECK-LABEL: sym_name = "sort_key_val"
// CHECK-NOT: stablehlo.sort
// CHECK: %[[NOT:.*]] = "stablehlo.not"(%arg0) : (tensor<3x1x5xi32>) -> tensor<3x1x5xi32>
// CHECK: %[[LOW:.*]] = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>}
// CHECK: "stablehlo.pad"(%[[NOT]], %[[LOW]]) {edge_padding_high = array<i64: 0, 0, 3>
// CHECK-COUNT-6: "stablehlo.reverse"
// CHECK: %[[POS:.*]] = "stablehlo.slice"({{.*}}) {limit_indices = array<i64: 3, 1, 5>
// CHECK: %[[ROW:.*]] = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<3x5xi32>
// CHECK: %[[FLAT:.*]] = "stablehlo.add"({{.*}}, %[[POS]])
// CHECK: %[[COL:.*]] = "stablehlo.reshape"(%[[FLAT]]) : (tensor<3x1x5xi32>) -> tensor<15x1xi32>
// CHECK: %[[K:.*]] = "stablehlo.reshape"(%arg0) : (tensor<3x1x5xi32>) -> tensor<15xi32>
// CHECK: "stablehlo.gather"(%[[K]], %[[COL]])
// CHECK: %[[V:.*]] = "stablehlo.reshape"(%arg1) : (tensor<3x1x5xf32>) -> tensor<15xf32>
// CHECK: "stablehlo.gather"(%[[V]], %[[COL]])
// CHECK-NOT: stablehlo.sort
func.func @sort_key_val(%k: tensor<3x1x5xi32>, %v: tensor<3x1x5xf32>) -> (tensor<3x1x5xi32>, tensor<3x1x5xf32>) {
  %0:2 = "stablehlo.sort"(%k, %v) <{dimension = 2 : i64, is_stable = true}> ({
  ^bb0(%a: tensor<i32>, %b: tensor<i32>, %c: tensor<f32>, %d: tensor<f32>):
    %lt = "stablehlo.compare"(%a, %b) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }) : (tensor<3x1x5xi32>, tensor<3x1x5xf32>) -> (tensor<3x1x5xi32>, tensor<3x1x5xf32>)
  return %0#0, %0#1 : tensor<3x1x5xi32>, tensor<3x1x5xf32>
}

// -----

// sort_network_success_total_order_descending: f32 keys compared TOTALORDER, GT: the keys
// are the bits with negative magnitudes flipped, not complemented (descending).
// CHECK-LABEL: sym_name = "descending"
// CHECK: "stablehlo.bitcast_convert"(%arg0) : (tensor<4xf32>) -> tensor<4xi32>
// CHECK-NOT: stablehlo.not
// CHECK: "stablehlo.gather"
// CHECK-NOT: stablehlo.sort
func.func @descending(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "stablehlo.sort"(%x) <{dimension = 0 : i64}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %gt = "stablehlo.compare"(%a, %b) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    "stablehlo.return"(%gt) : (tensor<i1>) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// sort_network_inapplicable: a float LT of type FLOAT (NaNs and signed zeros make it no
// total order), a comparator that reads the second operand, a sort along the first of two
// axes, unsigned keys and a comparator that does more than one compare are left as they are.
// CHECK-LABEL: sym_name = "left_alone"
// CHECK-COUNT-5: "stablehlo.sort"
// CHECK-NOT: stablehlo.gather
func.func @left_alone(%f: tensor<4xf32>, %i: tensor<4xi32>, %m: tensor<2x4xi32>, %u: tensor<4xui32>) -> (tensor<4xf32>, tensor<4xi32>, tensor<2x4xi32>, tensor<4xui32>, tensor<4xi32>) {
  %0 = "stablehlo.sort"(%f) <{dimension = 0 : i64}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %lt = "stablehlo.compare"(%a, %b) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  %1:2 = "stablehlo.sort"(%i, %f) <{dimension = 0 : i64}> ({
  ^bb0(%a: tensor<i32>, %b: tensor<i32>, %c: tensor<f32>, %d: tensor<f32>):
    %lt = "stablehlo.compare"(%c, %d) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }) : (tensor<4xi32>, tensor<4xf32>) -> (tensor<4xi32>, tensor<4xf32>)
  %2 = "stablehlo.sort"(%m) <{dimension = 0 : i64}> ({
  ^bb0(%a: tensor<i32>, %b: tensor<i32>):
    %lt = "stablehlo.compare"(%a, %b) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }) : (tensor<2x4xi32>) -> tensor<2x4xi32>
  %3 = "stablehlo.sort"(%u) <{dimension = 0 : i64}> ({
  ^bb0(%a: tensor<ui32>, %b: tensor<ui32>):
    %lt = "stablehlo.compare"(%a, %b) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<ui32>, tensor<ui32>) -> tensor<i1>
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }) : (tensor<4xui32>) -> tensor<4xui32>
  %4 = "stablehlo.sort"(%i) <{dimension = 0 : i64}> ({
  ^bb0(%a: tensor<i32>, %b: tensor<i32>):
    %lt = "stablehlo.compare"(%a, %b) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %not = "stablehlo.not"(%lt) : (tensor<i1>) -> tensor<i1>
    "stablehlo.return"(%not) : (tensor<i1>) -> ()
  }) : (tensor<4xi32>) -> tensor<4xi32>
  return %0, %1#0, %2, %3, %4 : tensor<4xf32>, tensor<4xi32>, tensor<2x4xi32>, tensor<4xui32>, tensor<4xi32>
}
