// RUN: veritor-opt %s --split-input-file --veritor-inline='into=inline_success_options' | FileCheck %s --check-prefix=INTO
// RUN: veritor-opt %s --split-input-file --veritor-inline='loops-only=true' | FileCheck %s --check-prefix=LOOPS

// inline_success_options: into=NAME changes @NAME only; @other keeps its call.
// INTO-LABEL: sym_name = "inline_success_options"
// INTO-NOT: func.call
// INTO: sym_name = "other"
// INTO: "func.call"({{.*}}) <{callee = @helper}>
// loops-only inlines the call in the loop (and the calls it brings), not the one outside.
// LOOPS-LABEL: sym_name = "inline_success_options"
// LOOPS: "func.call"({{.*}}) <{callee = @helper}>
// LOOPS: "stablehlo.while"
// LOOPS-NOT: func.call
// LOOPS: "stablehlo.negate"
// LOOPS: }) : (tensor<f32>) -> tensor<f32>
// LOOPS: sym_name = "other"
// LOOPS: "func.call"({{.*}}) <{callee = @helper}>
func.func @inline_success_options(%x: tensor<f32>, %p: tensor<i1>) -> tensor<f32> {
  %0 = func.call @helper(%x) : (tensor<f32>) -> tensor<f32>
  %w = "stablehlo.while"(%0) ({
  ^bb0(%a: tensor<f32>):
    "stablehlo.return"(%p) : (tensor<i1>) -> ()
  }, {
  ^bb0(%a: tensor<f32>):
    %s = func.call @outer(%a) : (tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<f32>) -> tensor<f32>
  return %w : tensor<f32>
}
func.func @other(%x: tensor<f32>) -> tensor<f32> {
  %0 = func.call @helper(%x) : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
func.func private @outer(%a: tensor<f32>) -> tensor<f32> {
  %0 = func.call @helper(%a) : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
func.func private @helper(%a: tensor<f32>) -> tensor<f32> {
  %0 = "stablehlo.negate"(%a) : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
