// RUN: veritor-opt %s --veritor-lower-hooks | FileCheck %s --enable-var-scope

// lower_hooks_success_case: one result per hook name of any branch. Branches 0 and 1 both
// call @h, so "h/negate#0" is one result (the value of whichever branch ran); "count" comes
// from branch 2 only, the others return zeros of its type.
// CHECK-LABEL: res_attrs = [{}, {veritor.hook = "h/negate#0"}, {veritor.hook = "count"}], sym_name = "lower_hooks_success_case"
// CHECK: %[[C:.*]]:3 = "stablehlo.case"(%{{.*}}) ({
// CHECK-NEXT: %[[H0:.*]]:2 = "func.call"(%{{.*}}) <{callee = @h}>
// CHECK-NEXT: %[[Z0:.*]] = "stablehlo.constant"() {value = dense<0> : tensor<2xi32>}
// CHECK-NEXT: "stablehlo.return"(%[[H0]]#0, %[[H0]]#1, %[[Z0]])
// CHECK-NEXT: }, {
// CHECK-NEXT: %[[H1:.*]]:2 = "func.call"(%{{.*}}) <{callee = @h}>
// CHECK-NEXT: %[[Z1:.*]] = "stablehlo.constant"() {value = dense<0> : tensor<2xi32>}
// CHECK-NEXT: "stablehlo.return"(%[[H1]]#0, %[[H1]]#1, %[[Z1]])
// CHECK-NEXT: }, {
// CHECK-NEXT: %[[I:.*]] = "stablehlo.iota"
// CHECK-NEXT: %[[Z2:.*]] = "stablehlo.constant"() {value = dense<0.000000e+00> : tensor<4xf32>}
// CHECK-NEXT: "stablehlo.return"(%{{.*}}, %[[Z2]], %[[I]])
// CHECK-NEXT: }) : (tensor<i32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<2xi32>)
// CHECK-NEXT: "func.return"(%[[C]]#0, %[[C]]#1, %[[C]]#2)
func.func @lower_hooks_success_case(%x: tensor<4xf32>, %k: tensor<i32>) -> tensor<4xf32> {
  %r = "stablehlo.case"(%k) ({
    %a = func.call @h(%x) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%a) : (tensor<4xf32>) -> ()
  }, {
    %b = func.call @h(%x) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%b) : (tensor<4xf32>) -> ()
  }, {
    %i = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xi32>
    %c = "veritor.hook"(%i) {name = "count"} : (tensor<2xi32>) -> tensor<2xi32>
    "stablehlo.return"(%x) : (tensor<4xf32>) -> ()
  }) : (tensor<i32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func private @h(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "stablehlo.negate"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = "veritor.hook"(%0) {name = "h/negate#0"} : (tensor<4xf32>) -> tensor<4xf32>
  return %1 : tensor<4xf32>
}
