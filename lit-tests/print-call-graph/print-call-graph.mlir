// RUN: veritor-opt %s --split-input-file --veritor-print-call-graph -o /dev/null 2>&1 | FileCheck %s
// RUN: veritor-opt %s --split-input-file --veritor-print-call-graph=format=dot -o /dev/null 2>&1 | FileCheck %s --check-prefix=DOT
// RUN: not veritor-opt %s --split-input-file --veritor-print-call-graph='format=png' 2>&1 | FileCheck %s --check-prefix=BADOPT

// BADOPT: error: pass 'veritor-print-call-graph': bad value 'png' for option 'format': expected one of text, dot, svg

// print_call_graph_success_calls_in_regions: calls inside while, if and case regions (a
// while nested in an if too), three helper levels deep.
// CHECK-LABEL: @print_call_graph_success_calls_in_regions (public)
// CHECK-NEXT:   -> @step [2 calls, in stablehlo.while]
// CHECK-NEXT:   -> @pick [3 calls, in stablehlo.case, stablehlo.if]
// CHECK-NEXT: @step (private)
// CHECK-NEXT:   -> @forward [1 call]
// CHECK-NEXT: @forward (private)
// CHECK-NEXT:   -> @_where [1 call]
// CHECK-NEXT: @_where (private)
// CHECK-NEXT: @pick (private)
// DOT-LABEL: digraph calls {
// DOT: "print_call_graph_success_calls_in_regions" [shape=box, style=bold];
// DOT: "step" [shape=box];
// DOT: "print_call_graph_success_calls_in_regions" -> "step" [label="[2 calls, in stablehlo.while]"];
// DOT: "forward" -> "_where" [label="[1 call]"];
func.func @print_call_graph_success_calls_in_regions(%x: tensor<4xf32>, %p: tensor<i1>, %i: tensor<i32>) -> tensor<4xf32> {
  %w = "stablehlo.while"(%x) ({
  ^bb0(%a: tensor<4xf32>):
    "stablehlo.return"(%p) : (tensor<i1>) -> ()
  }, {
  ^bb0(%a: tensor<4xf32>):
    %s = func.call @step(%a) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%s) : (tensor<4xf32>) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  %f = "stablehlo.if"(%p) ({
    %y = func.call @pick(%w) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%y) : (tensor<4xf32>) -> ()
  }, {
    %v = "stablehlo.while"(%w) ({
    ^bb0(%a: tensor<4xf32>):
      "stablehlo.return"(%p) : (tensor<i1>) -> ()
    }, {
    ^bb0(%a: tensor<4xf32>):
      %s = func.call @step(%a) : (tensor<4xf32>) -> tensor<4xf32>
      "stablehlo.return"(%s) : (tensor<4xf32>) -> ()
    }) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%v) : (tensor<4xf32>) -> ()
  }) : (tensor<i1>) -> tensor<4xf32>
  %c = "stablehlo.case"(%i) ({
    %y = func.call @pick(%f) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%y) : (tensor<4xf32>) -> ()
  }, {
    %y = func.call @pick(%w) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%y) : (tensor<4xf32>) -> ()
  }) : (tensor<i32>) -> tensor<4xf32>
  return %c : tensor<4xf32>
}
func.func private @step(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = func.call @forward(%a) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func private @forward(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = func.call @_where(%a) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func private @_where(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "stablehlo.negate"(%a) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func private @pick(%a: tensor<4xf32>) -> tensor<4xf32> {
  return %a : tensor<4xf32>
}

// -----

// print_call_graph_success_no_calls: every function listed, no edges.
// CHECK-LABEL: @print_call_graph_success_no_calls (public)
// CHECK-NOT: ->
// CHECK: @unused (private)
func.func @print_call_graph_success_no_calls(%x: tensor<f32>) -> tensor<f32> {
  return %x : tensor<f32>
}
func.func private @unused(%x: tensor<f32>) -> tensor<f32> {
  return %x : tensor<f32>
}

// -----

// print_call_graph_success_attribute_reference: a reference from an attribute
// (custom_call's called_computations) is an edge too.
// CHECK-LABEL: @print_call_graph_success_attribute_reference (public)
// CHECK-NEXT:   -> @target [1 reference]
func.func @print_call_graph_success_attribute_reference(%x: tensor<f32>) -> tensor<f32> {
  %0 = "stablehlo.custom_call"(%x) {call_target_name = "foo", called_computations = [@target]} : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
func.func private @target(%x: tensor<f32>) -> tensor<f32> {
  return %x : tensor<f32>
}
