// RUN: veritor-opt %s --split-input-file --veritor-lower-hooks='schema=%t.json' | FileCheck %s --enable-var-scope
// RUN: veritor-opt %s --split-input-file --veritor-lower-hooks='schema=-' | FileCheck %s --check-prefix=SCHEMA

// lower_hooks_success_while_if: a hook in an if branch inside a while body. The if gets a
// result (zeros from the other branch); the loop carries its own counter (from 0) and a
// [3, 4] buffer, row `counter` written each iteration: the counter runs 2..5 by 1, 3 times.
// CHECK-LABEL: res_attrs = [{}, {veritor.hook = "neg"}], sym_name = "lower_hooks_success_while_if"
// CHECK: %[[ZERO:.*]] = "stablehlo.constant"() {value = dense<0> : tensor<i32>}
// CHECK-NEXT: %[[BUF:.*]] = "stablehlo.constant"() {value = dense<0.000000e+00> : tensor<3x4xf32>}
// CHECK-NEXT: %[[W:.*]]:4 = "stablehlo.while"(%{{.*}}, %{{.*}}, %[[ZERO]], %[[BUF]])
// CHECK: }, {
// CHECK-NEXT: ^bb0(%{{.*}}: tensor<i32>, %[[A:.*]]: tensor<4xf32>, %[[K:.*]]: tensor<i32>, %[[B:.*]]: tensor<3x4xf32>):
// CHECK-NEXT: %[[IF:.*]]:2 = "stablehlo.if"
// CHECK-NEXT: %[[NEG:.*]] = "stablehlo.negate"(%[[A]])
// CHECK-NEXT: "stablehlo.return"(%[[NEG]], %[[NEG]])
// CHECK-NEXT: }, {
// CHECK-NEXT: %[[Z:.*]] = "stablehlo.constant"() {value = dense<0.000000e+00> : tensor<4xf32>}
// CHECK-NEXT: "stablehlo.return"(%[[A]], %[[Z]])
// CHECK: %[[NEXT:.*]] = "stablehlo.add"(%[[K]], %{{.*}})
// CHECK-NEXT: %[[ROW:.*]] = "stablehlo.reshape"(%[[IF]]#1) : (tensor<4xf32>) -> tensor<1x4xf32>
// CHECK-NEXT: %[[UPD:.*]] = "stablehlo.dynamic_update_slice"(%[[B]], %[[ROW]], %[[K]], %{{.*}})
// CHECK-NEXT: "stablehlo.return"(%{{.*}}, %[[IF]]#0, %[[NEXT]], %[[UPD]])
// CHECK: "func.return"(%[[W]]#1, %[[W]]#3)
// SCHEMA: "hook": "neg",
// SCHEMA-NEXT: "type": "tensor<3x4xf32>",
// SCHEMA-NEXT: "iterations": [
// SCHEMA-NEXT: 3
// SCHEMA-NEXT: ],
func.func @lower_hooks_success_while_if(%x: tensor<4xf32>, %p: tensor<i1>) -> tensor<4xf32> {
  %c0 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
  %w:2 = "stablehlo.while"(%c0, %x) ({
  ^bb0(%i: tensor<i32>, %a: tensor<4xf32>):
    %n = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %lt = "stablehlo.compare"(%i, %n) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }, {
  ^bb0(%i: tensor<i32>, %a: tensor<4xf32>):
    %b = "stablehlo.if"(%p) ({
      %t = "stablehlo.negate"(%a) : (tensor<4xf32>) -> tensor<4xf32>
      %h = "veritor.hook"(%t) {name = "neg"} : (tensor<4xf32>) -> tensor<4xf32>
      "stablehlo.return"(%h) : (tensor<4xf32>) -> ()
    }, {
      "stablehlo.return"(%a) : (tensor<4xf32>) -> ()
    }) : (tensor<i1>) -> tensor<4xf32>
    %one = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %j = "stablehlo.add"(%i, %one) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "stablehlo.return"(%j, %b) : (tensor<i32>, tensor<4xf32>) -> ()
  }) : (tensor<i32>, tensor<4xf32>) -> (tensor<i32>, tensor<4xf32>)
  return %w#1 : tensor<4xf32>
}

// -----

// lower_hooks_success_nested_loops: an inner loop (counter 0 <= 6 by 3: 3 trips, bound
// compared as `GE` with the constant first) inside an outer loop (bound carried unchanged
// from a constant: 4 trips, `NE`) stacks [4, 3, 2]; iterations lists the outer loop first.
// CHECK-LABEL: res_attrs = [{}, {veritor.hook = "inner"}], sym_name = "nested"
// CHECK: }) : (tensor<i32>, tensor<2xf32>, tensor<i32>, tensor<3x2xf32>) -> (tensor<i32>, tensor<2xf32>, tensor<i32>, tensor<3x2xf32>)
// CHECK: }) : (tensor<i32>, tensor<i32>, tensor<2xf32>, tensor<i32>, tensor<4x3x2xf32>) -> (tensor<i32>, tensor<i32>, tensor<2xf32>, tensor<i32>, tensor<4x3x2xf32>)
// SCHEMA: "hook": "inner",
// SCHEMA-NEXT: "type": "tensor<4x3x2xf32>",
// SCHEMA-NEXT: "iterations": [
// SCHEMA-NEXT: 4,
// SCHEMA-NEXT: 3
// SCHEMA-NEXT: ],
func.func @nested(%x: tensor<2xf32>) -> tensor<2xf32> {
  %zero = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
  %four = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
  %w:3 = "stablehlo.while"(%zero, %four, %x) ({
  ^bb0(%i: tensor<i32>, %n: tensor<i32>, %a: tensor<2xf32>):
    %ne = "stablehlo.compare"(%i, %n) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.return"(%ne) : (tensor<i1>) -> ()
  }, {
  ^bb0(%i: tensor<i32>, %n: tensor<i32>, %a: tensor<2xf32>):
    %z = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %v:2 = "stablehlo.while"(%z, %a) ({
    ^bb0(%k: tensor<i32>, %b: tensor<2xf32>):
      %six = "stablehlo.constant"() <{value = dense<6> : tensor<i32>}> : () -> tensor<i32>
      %ge = "stablehlo.compare"(%six, %k) <{comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%ge) : (tensor<i1>) -> ()
    }, {
    ^bb0(%k: tensor<i32>, %b: tensor<2xf32>):
      %e = "stablehlo.exponential"(%b) : (tensor<2xf32>) -> tensor<2xf32>
      %h = "veritor.hook"(%e) {name = "inner"} : (tensor<2xf32>) -> tensor<2xf32>
      %three = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
      %k2 = "stablehlo.add"(%three, %k) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%k2, %h) : (tensor<i32>, tensor<2xf32>) -> ()
    }) : (tensor<i32>, tensor<2xf32>) -> (tensor<i32>, tensor<2xf32>)
    %one = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %j = "stablehlo.add"(%i, %one) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "stablehlo.return"(%j, %n, %v#1) : (tensor<i32>, tensor<i32>, tensor<2xf32>) -> ()
  }) : (tensor<i32>, tensor<i32>, tensor<2xf32>) -> (tensor<i32>, tensor<i32>, tensor<2xf32>)
  return %w#2 : tensor<2xf32>
}

// -----

// lower_hooks_inapplicable_loop_without_hooks: a loop whose body exports nothing is left
// as it is (no counter, no buffer).
// CHECK-LABEL: sym_name = "quiet"
// CHECK: "stablehlo.while"(%{{.*}}) ({
// CHECK: }) : (tensor<i32>) -> tensor<i32>
func.func @quiet(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<i32>) {
  %h = "veritor.hook"(%x) {name = "outside"} : (tensor<4xf32>) -> tensor<4xf32>
  %c = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
  %w = "stablehlo.while"(%c) ({
  ^bb0(%i: tensor<i32>):
    %n = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %lt = "stablehlo.compare"(%i, %n) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }, {
  ^bb0(%i: tensor<i32>):
    %one = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %j = "stablehlo.add"(%i, %one) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "stablehlo.return"(%j) : (tensor<i32>) -> ()
  }) : (tensor<i32>) -> tensor<i32>
  return %h, %w : tensor<4xf32>, tensor<i32>
}
