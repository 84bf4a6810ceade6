// RUN: veritor-opt %s --veritor-lower-hooks=max-iterations=8 | FileCheck %s

// lower_hooks_success_max_iterations: a loop that stops on data (its trip count cannot be
// read); with max-iterations=N its hook buffer has N rows, and rows of iterations that did
// not run stay zero. Without the option it is an error (diagnostics.mlir).
// CHECK-LABEL: res_attrs = [{}, {veritor.hook = "square"}], sym_name = "until"
// CHECK: "stablehlo.constant"() {value = dense<0.000000e+00> : tensor<8xf32>}
// CHECK: }) : (tensor<f32>, tensor<i32>, tensor<8xf32>) -> (tensor<f32>, tensor<i32>, tensor<8xf32>)
func.func @until(%x: tensor<f32>) -> tensor<f32> {
  %w = "stablehlo.while"(%x) ({
  ^bb0(%a: tensor<f32>):
    %limit = "stablehlo.constant"() <{value = dense<1.0e+03> : tensor<f32>}> : () -> tensor<f32>
    %lt = "stablehlo.compare"(%a, %limit) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }, {
  ^bb0(%a: tensor<f32>):
    %b = "stablehlo.multiply"(%a, %a) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %h = "veritor.hook"(%b) {name = "square"} : (tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%h) : (tensor<f32>) -> ()
  }) : (tensor<f32>) -> tensor<f32>
  return %w : tensor<f32>
}
