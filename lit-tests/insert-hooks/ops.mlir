// RUN: veritor-opt %s --veritor-insert-hooks='ops=multiply,stablehlo.while schema=%t.json' | FileCheck %s --enable-var-scope
// RUN: FileCheck %s --check-prefix=SCHEMA < %t.json

// insert_hooks_success_ops: every result of a chosen op is hooked right after it, and its
// other uses go through the hook. Names: <function>/<op>#<k>, k counting every op of that
// name in the function in pre-order (nested regions included), `:r` for result r of a
// multi-result op. `stablehlo.` may be left out of ops=.
// CHECK-LABEL: sym_name = "insert_hooks_success_ops"
// CHECK: %[[M:.*]] = "stablehlo.multiply"
// CHECK-NEXT: %[[H:.*]] = "veritor.hook"(%[[M]]) {name = "insert_hooks_success_ops/multiply#0"}
// CHECK: %[[W:.*]]:2 = "stablehlo.while"(%{{.*}}, %[[H]])
// CHECK: %[[M2:.*]] = "stablehlo.multiply"
// CHECK-NEXT: "veritor.hook"(%[[M2]]) {name = "insert_hooks_success_ops/multiply#1"}
// CHECK: "veritor.hook"(%[[W]]#0) {name = "insert_hooks_success_ops/while#0:0"}
// CHECK-NEXT: "veritor.hook"(%[[W]]#1) {name = "insert_hooks_success_ops/while#0:1"}
// CHECK-LABEL: sym_name = "helper"
// CHECK: "veritor.hook"(%{{.*}}) {name = "helper/multiply#0"}

// The schema: op path (region [1] of the while: its body), location, type, and whether the
// value is computed once per loop iteration (in a while body, or in a function called there).
// SCHEMA: "format": "veritor-hooks/1"
// SCHEMA: "name": "insert_hooks_success_ops/multiply#0",
// SCHEMA-NEXT: "function": "insert_hooks_success_ops",
// SCHEMA-NEXT: "op": "stablehlo.multiply",
// SCHEMA-NEXT: "path": "stablehlo.multiply#0",
// SCHEMA-NEXT: "result": 0,
// SCHEMA-NEXT: "location": "jit(f)/layer0/mlp/mul",
// SCHEMA-NEXT: "type": "tensor<4xf32>",
// SCHEMA-NEXT: "per_iteration": false
// SCHEMA: "name": "insert_hooks_success_ops/while#0:1",
// SCHEMA: "result": 1,
// SCHEMA: "name": "insert_hooks_success_ops/multiply#1",
// SCHEMA: "path": "stablehlo.while#0[1]/stablehlo.multiply#1",
// SCHEMA: "per_iteration": true
// SCHEMA: "name": "helper/multiply#0",
// SCHEMA: "per_iteration": true
func.func @insert_hooks_success_ops(%x: tensor<4xf32>) -> tensor<4xf32> {
  %m = "stablehlo.multiply"(%x, %x) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> loc("jit(f)/layer0/mlp/mul")
  %c = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
  %w:2 = "stablehlo.while"(%c, %m) ({
  ^bb0(%i: tensor<i32>, %a: tensor<4xf32>):
    %n = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %lt = "stablehlo.compare"(%i, %n) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }, {
  ^bb0(%i: tensor<i32>, %a: tensor<4xf32>):
    %b = "stablehlo.multiply"(%a, %a) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %h = func.call @helper(%b) : (tensor<4xf32>) -> tensor<4xf32>
    %one = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %j = "stablehlo.add"(%i, %one) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "stablehlo.return"(%j, %h) : (tensor<i32>, tensor<4xf32>) -> ()
  }) : (tensor<i32>, tensor<4xf32>) -> (tensor<i32>, tensor<4xf32>)
  return %w#1 : tensor<4xf32>
}
func.func private @helper(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "stablehlo.multiply"(%x, %x) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
