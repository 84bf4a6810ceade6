// RUN: veritor-opt %s --split-input-file --verify-diagnostics --veritor-gpu-legalize
// RUN: veritor-opt %s --split-input-file --veritor-gpu-legalize 2>/dev/null | FileCheck %s

// Reduces over a negate that are not plain sums stay as they are, with a remark saying why.

// sum_of_negate_inapplicable_max_body: max(-x) is not a sum.
// CHECK-LABEL: sym_name = "max_body"
// CHECK: %[[N:.*]] = "stablehlo.negate"
// CHECK: "stablehlo.reduce"(%[[N]],
func.func @max_body(%x: tensor<8xf32>) -> tensor<f32> {
  %n = "stablehlo.negate"(%x) : (tensor<8xf32>) -> tensor<8xf32>
  %z = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
  // expected-remark@+1 {{veritor-gpu-legalize: reduce over a negate left alone: its body is not a plain sum (it computes stablehlo.maximum)}}
  %s = "stablehlo.reduce"(%n, %z) <{dimensions = array<i64: 0>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %t = "stablehlo.maximum"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%t) : (tensor<f32>) -> ()
  }) : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
  return %s : tensor<f32>
}

// -----

// sum_of_negate_inapplicable_multi_operand: an argmax-style reduce of two operands.
// CHECK-LABEL: sym_name = "two_operands"
// CHECK: %[[N:.*]] = "stablehlo.negate"
// CHECK: "stablehlo.reduce"(%[[N]],
func.func @two_operands(%x: tensor<8xf32>, %i: tensor<8xi32>) -> (tensor<f32>, tensor<i32>) {
  %n = "stablehlo.negate"(%x) : (tensor<8xf32>) -> tensor<8xf32>
  %z = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
  %zi = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
  // expected-remark@+1 {{reduce over a negate left alone: it reduces 2 operands together (the rewrite needs exactly one operand and one init)}}
  %s:2 = "stablehlo.reduce"(%n, %i, %z, %zi) <{dimensions = array<i64: 0>}> ({
  ^bb0(%a: tensor<f32>, %ai: tensor<i32>, %b: tensor<f32>, %bi: tensor<i32>):
    %t = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %ti = "stablehlo.add"(%ai, %bi) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "stablehlo.return"(%t, %ti) : (tensor<f32>, tensor<i32>) -> ()
  }) : (tensor<8xf32>, tensor<8xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
  return %s#0, %s#1 : tensor<f32>, tensor<i32>
}

// -----

// sum_of_negate_inapplicable_body_does_more: the body scales the sum before returning it.
func.func @body_does_more(%x: tensor<8xf32>) -> tensor<f32> {
  %n = "stablehlo.negate"(%x) : (tensor<8xf32>) -> tensor<8xf32>
  %z = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
  // expected-remark@+1 {{its body is not a plain sum (the body does more than return the add)}}
  %s = "stablehlo.reduce"(%n, %z) <{dimensions = array<i64: 0>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %t = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %u = "stablehlo.multiply"(%t, %t) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%u) : (tensor<f32>) -> ()
  }) : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
  return %s : tensor<f32>
}

// -----

// sum_of_negate_inapplicable_add_of_one_argument: `a + a` is not a sum of the elements.
func.func @doubled(%x: tensor<8xf32>) -> tensor<f32> {
  %n = "stablehlo.negate"(%x) : (tensor<8xf32>) -> tensor<8xf32>
  %z = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
  // expected-remark@+1 {{its body is not a plain sum (the add does not combine the two block arguments)}}
  %s = "stablehlo.reduce"(%n, %z) <{dimensions = array<i64: 0>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %t = "stablehlo.add"(%a, %a) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%t) : (tensor<f32>) -> ()
  }) : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
  return %s : tensor<f32>
}

// -----

// sum_of_negate_inapplicable_negated_init_only: only the init is negated; nothing to do
// and nothing to say.
// CHECK-LABEL: sym_name = "negated_init"
// CHECK-NEXT: ^bb0(%[[X:.*]]: tensor<8xf32>, %[[I:.*]]: tensor<f32>):
// CHECK-NEXT: %[[N:.*]] = "stablehlo.negate"(%[[I]])
// CHECK-NEXT: "stablehlo.reduce"(%[[X]], %[[N]])
func.func @negated_init(%x: tensor<8xf32>, %i: tensor<f32>) -> tensor<f32> {
  %n = "stablehlo.negate"(%i) : (tensor<f32>) -> tensor<f32>
  %s = "stablehlo.reduce"(%x, %n) <{dimensions = array<i64: 0>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %t = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%t) : (tensor<f32>) -> ()
  }) : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
  return %s : tensor<f32>
}
