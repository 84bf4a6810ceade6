// RUN: veritor-opt %s --split-input-file --veritor-insert-hooks='ops=add locations=layer0/attn,layer0/mlp scope-outputs=true' 2>/dev/null | FileCheck %s --enable-var-scope
// RUN: veritor-opt %s --split-input-file --veritor-insert-hooks='locations=layer0/mlp' 2>/dev/null | FileCheck %s --check-prefix=ALL

// insert_hooks_success_scope_outputs: with locations= (text inside the op's location, where
// JAX writes named_scope names) and scope-outputs=true, only values that leave the matched
// scope are hooked: the residual add of each block, not the layer norm's inner adds.
// CHECK-LABEL: sym_name = "block"
// CHECK: "stablehlo.add"(%arg0, %arg0)
// CHECK-NEXT: "stablehlo.exponential"
// CHECK-NEXT: %[[R1:.*]] = "stablehlo.add"
// CHECK-NEXT: %[[H1:.*]] = "veritor.hook"(%[[R1]]) {name = "block/add#1"}
// CHECK-NEXT: %[[N:.*]] = "stablehlo.add"(%[[H1]], %[[H1]])
// CHECK-NEXT: %[[R2:.*]] = "stablehlo.add"(%[[N]], %[[H1]])
// CHECK-NEXT: "veritor.hook"(%[[R2]]) {name = "block/add#3"}
// CHECK-NEXT: "func.return"
// ALL-LABEL: sym_name = "block"
// ALL-COUNT-2: "veritor.hook"
// ALL-NOT: "veritor.hook"
// ALL-LABEL: sym_name = "sum"
func.func @block(%x: tensor<4xf32>) -> tensor<4xf32> {
  %e = "stablehlo.add"(%x, %x) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> loc("jit(f)/layer0/attn/add")
  %a = "stablehlo.exponential"(%e) : (tensor<4xf32>) -> tensor<4xf32> loc("jit(f)/layer0/attn/exp")
  %r1 = "stablehlo.add"(%x, %a) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> loc("jit(f)/layer0/attn/add")
  %n = "stablehlo.add"(%r1, %r1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> loc("jit(f)/layer0/mlp/add")
  %r2 = "stablehlo.add"(%n, %r1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> loc("jit(f)/layer0/mlp/add")
  return %r2 : tensor<4xf32>
}

// -----

// insert_hooks_success_reduce_bodies_skipped: the scalar add inside a reduce body matches
// the location but cannot leave the body: a remark (with scope-outputs it is not even a
// candidate: it goes to the reduce, not to the rest of the program).
// RUN: veritor-opt %s --split-input-file --veritor-insert-hooks='locations=layer0/mlp' 2>&1 >/dev/null | FileCheck %s --check-prefix=TRAPPED
// TRAPPED: remark: veritor-insert-hooks: 1 matching values left unhooked: they sit in reduce, sort, scatter or other bodies (or a while condition) that a value cannot leave
// CHECK-LABEL: sym_name = "sum"
// CHECK: "stablehlo.reduce"
// CHECK-NOT: veritor.hook
// CHECK: }) :
// CHECK-NEXT: "stablehlo.add"
// CHECK-NEXT: "veritor.hook"(%{{.*}}) {name = "sum/add#1"}
func.func @sum(%x: tensor<4xf32>) -> tensor<f32> {
  %z = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
  %s = "stablehlo.reduce"(%x, %z) <{dimensions = array<i64: 0>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %t = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32> loc("jit(f)/layer0/mlp/add")
    "stablehlo.return"(%t) : (tensor<f32>) -> ()
  }) : (tensor<4xf32>, tensor<f32>) -> tensor<f32> loc("jit(f)/layer0/mlp/reduce_sum")
  %r = "stablehlo.add"(%s, %s) : (tensor<f32>, tensor<f32>) -> tensor<f32> loc("jit(f)/layer0/mlp/add")
  return %r : tensor<f32>
}
