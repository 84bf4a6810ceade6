// RUN: veritor-opt %s --veritor-lower-hooks 2>&1 | FileCheck %s --enable-var-scope
// RUN: veritor-opt %s --veritor-lower-hooks=functions=lower_hooks_success_public_callee 2>&1 | FileCheck %s --check-prefix=MAIN --enable-var-scope

// lower_hooks_success_public_callee: @p is public, so it exports its hook itself; @lower_hooks_success_public_callee's
// call to @p exports it too. The call in the loop condition cannot take more results (a
// condition returns only its predicate), so it calls a copy of @p without hooks.
// CHECK: remark: veritor-lower-hooks: 1 hook(s) in @p_unhooked dropped
// CHECK-LABEL: res_attrs = [{}, {veritor.hook = "p"}], sym_name = "lower_hooks_success_public_callee"
// CHECK: %[[W:.*]] = "stablehlo.while"
// CHECK: "func.call"(%{{.*}}) <{callee = @p_unhooked}> : (tensor<i32>) -> tensor<i32>
// CHECK: %[[P:.*]]:2 = "func.call"(%[[W]]) <{callee = @p}> : (tensor<i32>) -> (tensor<i32>, tensor<i32>)
// CHECK-NEXT: "func.return"(%[[P]]#0, %[[P]]#1)
// CHECK-LABEL: res_attrs = [{}, {veritor.hook = "p"}], sym_name = "p"
// CHECK-LABEL: function_type = (tensor<i32>) -> tensor<i32>, sym_name = "p_unhooked", sym_visibility = "private"

// lower_hooks_success_public_callee_not_exported: with functions=lower_hooks_success_public_callee, @p keeps its
// signature (its hook is dropped) and @lower_hooks_success_public_callee calls a copy that exports it.
// MAIN: remark: veritor-lower-hooks: 1 hook(s) in @p dropped
// MAIN-LABEL: sym_name = "lower_hooks_success_public_callee"
// MAIN: "func.call"(%{{.*}}) <{callee = @p}> : (tensor<i32>) -> tensor<i32>
// MAIN: "func.call"(%{{.*}}) <{callee = @p_hooked}> : (tensor<i32>) -> (tensor<i32>, tensor<i32>)
// MAIN-LABEL: function_type = (tensor<i32>) -> tensor<i32>, sym_name = "p"
// MAIN-LABEL: res_attrs = [{}, {veritor.hook = "p"}], sym_name = "p_hooked", sym_visibility = "private"
func.func @lower_hooks_success_public_callee(%x: tensor<i32>) -> tensor<i32> {
  %w = "stablehlo.while"(%x) ({
  ^bb0(%i: tensor<i32>):
    %q = func.call @p(%i) : (tensor<i32>) -> tensor<i32>
    %n = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %lt = "stablehlo.compare"(%q, %n) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }, {
  ^bb0(%i: tensor<i32>):
    %one = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %j = "stablehlo.add"(%i, %one) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "stablehlo.return"(%j) : (tensor<i32>) -> ()
  }) : (tensor<i32>) -> tensor<i32>
  %r = func.call @p(%w) : (tensor<i32>) -> tensor<i32>
  return %r : tensor<i32>
}
func.func @p(%x: tensor<i32>) -> tensor<i32> {
  %0 = "stablehlo.add"(%x, %x) : (tensor<i32>, tensor<i32>) -> tensor<i32>
  %1 = "veritor.hook"(%0) {name = "p"} : (tensor<i32>) -> tensor<i32>
  return %1 : tensor<i32>
}
