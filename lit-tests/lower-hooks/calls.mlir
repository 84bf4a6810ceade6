// RUN: veritor-opt %s --veritor-lower-hooks 2>&1 | FileCheck %s --enable-var-scope
// RUN: veritor-opt %s --veritor-lower-hooks=functions=lower_hooks_success_through_calls 2>&1 | FileCheck %s --check-prefix=MAIN --enable-var-scope

// lower_hooks_success_through_calls: a hook in a callee becomes a result of the callee, of
// each call, and of every public function above. @f is called twice, so @lower_hooks_success_through_calls gets each of
// its hooks twice: the second time named <name>.2. @g is called by @f and by the public
// @other: both export, so @g simply gains the result.
// CHECK-LABEL: res_attrs = [{}, {veritor.hook = "f/negate#0"}, {veritor.hook = "g/exponential#0"}, {veritor.hook = "f/negate#0.2"}, {veritor.hook = "g/exponential#0.2"}], sym_name = "lower_hooks_success_through_calls"
// CHECK: %[[C1:.*]]:3 = "func.call"(%{{.*}}) <{callee = @f}> : (tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>)
// CHECK-NEXT: %[[C2:.*]]:3 = "func.call"(%[[C1]]#0) <{callee = @f}>
// CHECK-NEXT: "func.return"(%[[C2]]#0, %[[C1]]#1, %[[C1]]#2, %[[C2]]#1, %[[C2]]#2)
// CHECK-LABEL: res_attrs = [{}, {veritor.hook = "g/exponential#0"}], sym_name = "other"
// CHECK-LABEL: res_attrs = [{}, {veritor.hook = "f/negate#0"}, {veritor.hook = "g/exponential#0"}], sym_name = "f", sym_visibility = "private"
// CHECK: %[[N:.*]] = "stablehlo.negate"
// CHECK-NEXT: %[[G:.*]]:2 = "func.call"(%[[N]]) <{callee = @g}>
// CHECK-NEXT: "func.return"(%[[G]]#0, %[[N]], %[[G]]#1)
// CHECK-LABEL: sym_name = "g", sym_visibility = "private"
// CHECK-NOT: veritor.hook"(

// lower_hooks_success_clone_for_other_callers: with functions=lower_hooks_success_through_calls, @other keeps its
// signature, so @g is cloned for @f (@g_hooked); the original keeps no hook (a remark).
// MAIN: calls.mlir:{{[0-9]+}}:1: remark: veritor-lower-hooks: 1 hook(s) in @g dropped: no exporting function calls @g (callers that export use a copy)
// MAIN-LABEL: sym_name = "lower_hooks_success_through_calls"
// MAIN-LABEL: function_type = (tensor<4xf32>) -> tensor<4xf32>, sym_name = "other"
// MAIN: "func.call"(%{{.*}}) <{callee = @g}> : (tensor<4xf32>) -> tensor<4xf32>
// MAIN-LABEL: sym_name = "f"
// MAIN: "func.call"(%{{.*}}) <{callee = @g_hooked}> : (tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>)
// MAIN-LABEL: function_type = (tensor<4xf32>) -> tensor<4xf32>, sym_name = "g", sym_visibility = "private"
// MAIN-NOT: veritor.hook"(
// MAIN-LABEL: res_attrs = [{}, {veritor.hook = "g/exponential#0"}], sym_name = "g_hooked", sym_visibility = "private"
// MAIN: %[[E:.*]] = "stablehlo.exponential"
// MAIN-NEXT: "func.return"(%[[E]], %[[E]])
func.func @lower_hooks_success_through_calls(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = func.call @f(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = func.call @f(%0) : (tensor<4xf32>) -> tensor<4xf32>
  return %1 : tensor<4xf32>
}
func.func @other(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = func.call @g(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func private @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "stablehlo.negate"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = "veritor.hook"(%0) {name = "f/negate#0"} : (tensor<4xf32>) -> tensor<4xf32>
  %2 = func.call @g(%1) : (tensor<4xf32>) -> tensor<4xf32>
  return %2 : tensor<4xf32>
}
func.func private @g(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "stablehlo.exponential"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = "veritor.hook"(%0) {name = "g/exponential#0"} : (tensor<4xf32>) -> tensor<4xf32>
  return %1 : tensor<4xf32>
}
