// The call graph drawn as SVG: a box per function (layer 0 for public roots, a callee one
// layer below its deepest caller), an arrow per caller/callee pair with the text form's
// label, names escaped.
// RUN: veritor-opt %s --split-input-file --veritor-print-call-graph=format=svg -o /dev/null 2>&1 | FileCheck %s
// RUN: veritor-opt %s --split-input-file --veritor-print-call-graph='format=svg output=%t.svg' -o /dev/null
// RUN: FileCheck %s --input-file=%t.svg --check-prefix=FILE

// print_call_graph_svg_success_layers: main calls step (in a while) and pick; step calls
// pick too, so pick sits below step.
// CHECK-LABEL: <svg xmlns="http://www.w3.org/2000/svg" class="call-graph"
// CHECK-DAG: <g class="edge" data-from="print_call_graph_svg_success_layers" data-to="step">{{.*}}>[1 call, in stablehlo.while]</text></g>
// CHECK-DAG: <g class="edge" data-from="print_call_graph_svg_success_layers" data-to="pick">{{.*}}>[1 call]</text></g>
// CHECK-DAG: <g class="edge" data-from="step" data-to="pick">
// CHECK-DAG: <g class="node" data-name="print_call_graph_svg_success_layers" data-layer="0" data-kind="public">
// CHECK-DAG: <g class="node" data-name="step" data-layer="1" data-kind="private">
// CHECK-DAG: <g class="node" data-name="pick" data-layer="2" data-kind="private">
// CHECK: </svg>
func.func @print_call_graph_svg_success_layers(%x: tensor<4xf32>, %p: tensor<i1>) -> tensor<4xf32> {
  %w = "stablehlo.while"(%x) ({
  ^bb0(%a: tensor<4xf32>):
    "stablehlo.return"(%p) : (tensor<i1>) -> ()
  }, {
  ^bb0(%a: tensor<4xf32>):
    %s = func.call @step(%a) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%s) : (tensor<4xf32>) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  %y = func.call @pick(%w) : (tensor<4xf32>) -> tensor<4xf32>
  return %y : tensor<4xf32>
}
func.func private @step(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = func.call @pick(%a) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func private @pick(%a: tensor<4xf32>) -> tensor<4xf32> {
  return %a : tensor<4xf32>
}

// -----

// print_call_graph_svg_success_escaped_names: a symbol name with markup is drawn as text.
// CHECK-LABEL: <svg
// CHECK-DAG: <g class="edge" data-from="print_call_graph_svg_success_escaped_names" data-to="a&lt;b&gt;&amp;c">
// CHECK-DAG: <text {{.*}}>@a&lt;b&gt;&amp;c</text></g>
// CHECK-NOT: <b>
// CHECK: </svg>
// output= is written once per input chunk: the file holds this last one.
// FILE: <g class="node" data-name="a&lt;b&gt;&amp;c" data-layer="1" data-kind="private">
func.func @print_call_graph_svg_success_escaped_names(%x: tensor<f32>) -> tensor<f32> {
  %0 = func.call @"a<b>&c"(%x) : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
func.func private @"a<b>&c"(%x: tensor<f32>) -> tensor<f32> {
  return %x : tensor<f32>
}
