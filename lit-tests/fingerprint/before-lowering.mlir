// RUN: veritor-opt %s --split-input-file --pass-pipeline='builtin.module(veritor-fingerprint{dim=2 quantize=int8},veritor-lower-hooks{max-iterations=3})' 2>/dev/null | FileCheck %s --enable-var-scope
// RUN: veritor-opt %s --split-input-file --pass-pipeline='builtin.module(veritor-fingerprint{dim=2 quantize=int8},veritor-lower-hooks{max-iterations=3})' 2>&1 >/dev/null | FileCheck %s --check-prefix=REMARK

// fingerprint_success_before_lowering_in_loop: run before veritor-lower-hooks, the pass
// projects each hook where it sits. The hook in @f (called from a decode-style loop) taps
// the int8 codes and the scale of its projection (two hooks, same name, tagged
// veritor.fingerprint); the seed is a new argument of @fingerprint_success_before_lowering_in_loop and of @f, the call passes it
// and the loop carries it unchanged; lower-hooks then stacks [3, 2] codes and [3] scales
// (not the [3, 4] hidden states) and tags the results as the post-lowering order does.
// REMARK: remark: veritor-fingerprint: 1 hooks projected in place to dim 2 (rademacher, int8 + f32 scale): 6 bytes per vector
// CHECK-LABEL: arg_attrs = [{}, {veritor.seed = "fingerprint_seed"}], function_type = (tensor<4xf32>, tensor<2xui32>) -> (tensor<4xf32>, tensor<3x2xi8>, tensor<3xf32>), res_attrs = [{}, {veritor.fingerprint = "rademacher+int8", veritor.hook = "neg"}, {veritor.fingerprint = "int8-scale", veritor.hook = "neg"}], sym_name = "fingerprint_success_before_lowering_in_loop"
// CHECK-NEXT: ^bb0(%{{.*}}: tensor<4xf32>, %[[SEED:.*]]: tensor<2xui32>):
// CHECK: %[[W:.*]]:6 = "stablehlo.while"(%{{.*}}, %{{.*}}, %[[SEED]], %{{.*}}, %{{.*}}, %{{.*}})
// CHECK: }, {
// CHECK-NEXT: ^bb0(%{{.*}}: tensor<i32>, %[[A:.*]]: tensor<4xf32>, %[[S:.*]]: tensor<2xui32>, %{{.*}}: tensor<i32>, %[[Q:.*]]: tensor<3x2xi8>, %[[SC:.*]]: tensor<3xf32>):
// CHECK-NEXT: %[[CALL:.*]]:3 = "func.call"(%[[A]], %[[S]]) <{callee = @f}> : (tensor<4xf32>, tensor<2xui32>) -> (tensor<4xf32>, tensor<2xi8>, tensor<f32>)
// CHECK: "stablehlo.dynamic_update_slice"(%[[Q]], %{{.*}}) : (tensor<3x2xi8>, tensor<1x2xi8>, tensor<i32>, tensor<i32>) -> tensor<3x2xi8>
// CHECK: "stablehlo.dynamic_update_slice"(%[[SC]], %{{.*}}) : (tensor<3xf32>, tensor<1xf32>, tensor<i32>) -> tensor<3xf32>
// CHECK-NEXT: "stablehlo.return"(%{{.*}}, %[[CALL]]#0, %[[S]], %{{.*}}, %{{.*}}, %{{.*}})
// CHECK: "func.return"(%[[W]]#1, %[[W]]#4, %[[W]]#5)
// CHECK-LABEL: sym_name = "f", sym_visibility = "private"
// CHECK-NEXT: ^bb0(%[[X:.*]]: tensor<4xf32>, %[[FS:.*]]: tensor<2xui32>):
// CHECK-NEXT: %[[NEG:.*]] = "stablehlo.negate"(%[[X]])
// CHECK: "stablehlo.slice"(%[[FS]])
// CHECK: "stablehlo.iota"
// CHECK: %[[Y:.*]] = "stablehlo.dot_general"(%[[NEG]], %{{.*}}) {{.*}} : (tensor<4xf32>, tensor<4x2xf32>) -> tensor<2xf32>
// CHECK: "stablehlo.reduce"(
// CHECK: %[[CODES:.*]] = "stablehlo.convert"(%{{.*}}) : (tensor<2xf32>) -> tensor<2xi8>
// CHECK-NEXT: "func.return"(%[[NEG]], %[[CODES]], %{{.*}}) : (tensor<4xf32>, tensor<2xi8>, tensor<f32>) -> ()
// CHECK-NOT: veritor.hook"(
func.func @fingerprint_success_before_lowering_in_loop(%x: tensor<4xf32>) -> tensor<4xf32> {
  %c0 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
  %w:2 = "stablehlo.while"(%c0, %x) ({
  ^bb0(%i: tensor<i32>, %a: tensor<4xf32>):
    %n = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %lt = "stablehlo.compare"(%i, %n) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }, {
  ^bb0(%i: tensor<i32>, %a: tensor<4xf32>):
    %r = func.call @f(%a) : (tensor<4xf32>) -> tensor<4xf32>
    %one = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %j = "stablehlo.add"(%i, %one) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "stablehlo.return"(%j, %r) : (tensor<i32>, tensor<4xf32>) -> ()
  }) : (tensor<i32>, tensor<4xf32>) -> (tensor<i32>, tensor<4xf32>)
  return %w#1 : tensor<4xf32>
}
func.func private @f(%a: tensor<4xf32>) -> tensor<4xf32> {
  %t = "stablehlo.negate"(%a) : (tensor<4xf32>) -> tensor<4xf32>
  %h = "veritor.hook"(%t) {name = "neg"} : (tensor<4xf32>) -> tensor<4xf32>
  return %h : tensor<4xf32>
}

// -----

// fingerprint_success_before_lowering_unseeded_copy: @g is called from @cond_call (which can
// pass the seed) and from a while condition (which cannot, and whose values cannot leave):
// the condition calls @g_unseeded, a copy without hooks, and @g gets the seed.
// REMARK: remark: veritor-fingerprint: 1 hook(s) dropped in @g_unseeded, the copy of @g for uses that cannot pass the seed
// CHECK-LABEL: sym_name = "cond_call"
// CHECK-NEXT: ^bb0(%{{.*}}: tensor<i32>, %[[SEED2:.*]]: tensor<2xui32>):
// CHECK: "func.call"(%{{.*}}, %[[SEED2]]) <{callee = @g}> : (tensor<i32>, tensor<2xui32>) -> (tensor<i32>, tensor<2xi8>, tensor<f32>)
// CHECK: "func.call"(%{{.*}}) <{callee = @g_unseeded}> : (tensor<i32>) -> tensor<i32>
// CHECK-LABEL: sym_name = "g", sym_visibility = "private"
// CHECK: sym_name = "g_unseeded", sym_visibility = "private"
// CHECK-NEXT: ^bb0(%[[V:.*]]: tensor<i32>):
// CHECK-NEXT: "func.return"(%[[V]])
func.func @cond_call(%x: tensor<i32>) -> tensor<i32> {
  %c0 = func.call @g(%x) : (tensor<i32>) -> tensor<i32>
  %w = "stablehlo.while"(%c0) ({
  ^bb0(%i: tensor<i32>):
    %n = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %k = func.call @g(%i) : (tensor<i32>) -> tensor<i32>
    %lt = "stablehlo.compare"(%k, %n) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }, {
  ^bb0(%i: tensor<i32>):
    %one = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %j = "stablehlo.add"(%i, %one) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "stablehlo.return"(%j) : (tensor<i32>) -> ()
  }) : (tensor<i32>) -> tensor<i32>
  return %w : tensor<i32>
}
func.func private @g(%a: tensor<i32>) -> tensor<i32> {
  %h = "veritor.hook"(%a) {name = "g"} : (tensor<i32>) -> tensor<i32>
  return %h : tensor<i32>
}
