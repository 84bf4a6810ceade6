// RUN: veritor-opt %s --split-input-file --veritor-gpu-legalize | FileCheck %s --enable-var-scope

// sum_of_negate_success_zero_init: the sum reads x, the negation moves after it, the old
// negate goes, and the zero init stays.
// CHECK-LABEL: sym_name = "zero_init"
// CHECK-NEXT: ^bb0(%[[X:.*]]: tensor<4x8xf32>):
// CHECK-NEXT: %[[Z:.*]] = "stablehlo.constant"
// CHECK-NEXT: %[[R:.*]] = "stablehlo.reduce"(%[[X]], %[[Z]]) <{dimensions = array<i64: 1>}>
// CHECK: }) : (tensor<4x8xf32>, tensor<f32>) -> tensor<4xf32>
// CHECK-NEXT: %[[N:.*]] = "stablehlo.negate"(%[[R]]) : (tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: "func.return"(%[[N]])
// CHECK-NOT: stablehlo.negate
func.func @zero_init(%x: tensor<4x8xf32>) -> tensor<4xf32> {
  %n = "stablehlo.negate"(%x) : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %z = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
  %s = "stablehlo.reduce"(%n, %z) <{dimensions = array<i64: 1>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %t = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%t) : (tensor<f32>) -> ()
  }) : (tensor<4x8xf32>, tensor<f32>) -> tensor<4xf32>
  return %s : tensor<4xf32>
}

// -----

// sum_of_negate_success_nonzero_init: a non-zero init is negated before the sum, so that
// -(init + sum(x)) = -init + sum(-x); the add's operands may come in either order.
// CHECK-LABEL: sym_name = "nonzero_init"
// CHECK-NEXT: ^bb0(%[[X:.*]]: tensor<8xf32>, %[[I:.*]]: tensor<f32>):
// CHECK-NEXT: %[[NI:.*]] = "stablehlo.negate"(%[[I]]) : (tensor<f32>) -> tensor<f32>
// CHECK-NEXT: %[[R:.*]] = "stablehlo.reduce"(%[[X]], %[[NI]])
// CHECK: "stablehlo.add"(%[[B:.*]], %[[A:.*]])
// CHECK: }) : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
// CHECK-NEXT: %[[N:.*]] = "stablehlo.negate"(%[[R]])
// CHECK-NEXT: "func.return"(%[[N]])
func.func @nonzero_init(%x: tensor<8xf32>, %init: tensor<f32>) -> tensor<f32> {
  %n = "stablehlo.negate"(%x) : (tensor<8xf32>) -> tensor<8xf32>
  %s = "stablehlo.reduce"(%n, %init) <{dimensions = array<i64: 0>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %t = "stablehlo.add"(%b, %a) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%t) : (tensor<f32>) -> ()
  }) : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
  return %s : tensor<f32>
}

// -----

// sum_of_negate_success_negate_still_used: the negate stays for its other user; the sum
// reads x.
// CHECK-LABEL: sym_name = "shared_negate"
// CHECK-NEXT: ^bb0(%[[X:.*]]: tensor<8xi32>):
// CHECK-NEXT: %[[NX:.*]] = "stablehlo.negate"(%[[X]])
// CHECK-NEXT: %[[Z:.*]] = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}>
// CHECK-NEXT: %[[R:.*]] = "stablehlo.reduce"(%[[X]], %[[Z]])
// CHECK: }) : (tensor<8xi32>, tensor<i32>) -> tensor<i32>
// CHECK-NEXT: %[[N:.*]] = "stablehlo.negate"(%[[R]]) : (tensor<i32>) -> tensor<i32>
// CHECK-NEXT: "func.return"(%[[N]], %[[NX]])
func.func @shared_negate(%x: tensor<8xi32>) -> (tensor<i32>, tensor<8xi32>) {
  %n = "stablehlo.negate"(%x) : (tensor<8xi32>) -> tensor<8xi32>
  %z = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
  %s = "stablehlo.reduce"(%n, %z) <{dimensions = array<i64: 0>}> ({
  ^bb0(%a: tensor<i32>, %b: tensor<i32>):
    %t = "stablehlo.add"(%a, %b) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "stablehlo.return"(%t) : (tensor<i32>) -> ()
  }) : (tensor<8xi32>, tensor<i32>) -> tensor<i32>
  return %s, %n : tensor<i32>, tensor<8xi32>
}

// -----

// sum_of_negate_success_sum_of_sum: the negation moves past both sums (the second round
// sees the negate the first one made), as in JAX's mean over a negated log-likelihood.
// CHECK-LABEL: sym_name = "sum_of_sum"
// CHECK-NEXT: ^bb0(%[[X:.*]]: tensor<2x3xf32>):
// CHECK: %[[R1:.*]] = "stablehlo.reduce"(%[[X]],
// CHECK: %[[R2:.*]] = "stablehlo.reduce"(%[[R1]],
// CHECK: }) : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
// CHECK-NEXT: %[[N:.*]] = "stablehlo.negate"(%[[R2]]) : (tensor<f32>) -> tensor<f32>
// CHECK-NEXT: "func.return"(%[[N]])
// CHECK-NOT: stablehlo.negate
func.func @sum_of_sum(%x: tensor<2x3xf32>) -> tensor<f32> {
  %n = "stablehlo.negate"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %z = "stablehlo.constant"() <{value = dense<-0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
  %s1 = "stablehlo.reduce"(%n, %z) <{dimensions = array<i64: 1>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %t = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%t) : (tensor<f32>) -> ()
  }) : (tensor<2x3xf32>, tensor<f32>) -> tensor<2xf32>
  %s2 = "stablehlo.reduce"(%s1, %z) <{dimensions = array<i64: 0>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %t = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%t) : (tensor<f32>) -> ()
  }) : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
  return %s2 : tensor<f32>
}

// -----

// sum_of_negate_success_in_loop_body: a sum inside a while body is rewritten in place.
// CHECK-LABEL: sym_name = "in_loop"
// CHECK: "stablehlo.while"
// CHECK: }, {
// CHECK-NEXT: ^bb0(%[[V:.*]]: tensor<4xf32>, %{{.*}}: tensor<f32>):
// CHECK-NEXT: %[[Z:.*]] = "stablehlo.constant"
// CHECK-NEXT: %[[R:.*]] = "stablehlo.reduce"(%[[V]], %[[Z]])
// CHECK: }) : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
// CHECK-NEXT: %[[N:.*]] = "stablehlo.negate"(%[[R]])
// CHECK-NEXT: "stablehlo.return"(%[[V]], %[[N]])
func.func @in_loop(%x: tensor<4xf32>, %p: tensor<i1>) -> tensor<f32> {
  %zero = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
  %w:2 = "stablehlo.while"(%x, %zero) ({
  ^bb0(%v: tensor<4xf32>, %s: tensor<f32>):
    "stablehlo.return"(%p) : (tensor<i1>) -> ()
  }, {
  ^bb0(%v: tensor<4xf32>, %s: tensor<f32>):
    %n = "stablehlo.negate"(%v) : (tensor<4xf32>) -> tensor<4xf32>
    %z = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %r = "stablehlo.reduce"(%n, %z) <{dimensions = array<i64: 0>}> ({
    ^bb0(%a: tensor<f32>, %b: tensor<f32>):
      %t = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%t) : (tensor<f32>) -> ()
    }) : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%v, %r) : (tensor<4xf32>, tensor<f32>) -> ()
  }) : (tensor<4xf32>, tensor<f32>) -> (tensor<4xf32>, tensor<f32>)
  return %w#1 : tensor<f32>
}
