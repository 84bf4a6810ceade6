// RUN: veritor-opt %s --split-input-file --verify-diagnostics --veritor-lower-hooks

// lower_hooks_failure_hook_in_reduce_body: a value inside a reduce body cannot leave it.
func.func @reduce(%x: tensor<4xf32>) -> tensor<f32> {
  %z = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
  %s = "stablehlo.reduce"(%x, %z) <{dimensions = array<i64: 0>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %t = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    // expected-error@+1 {{veritor-lower-hooks: hook 'sum' cannot be lowered: it sits in a stablehlo.reduce region, which a value cannot leave}}
    %h = "veritor.hook"(%t) {name = "sum"} : (tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%h) : (tensor<f32>) -> ()
  }) : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
  return %s : tensor<f32>
}

// -----

// lower_hooks_failure_hook_in_while_condition
func.func @condition(%x: tensor<i32>) -> tensor<i32> {
  %w = "stablehlo.while"(%x) ({
  ^bb0(%i: tensor<i32>):
    // expected-error@+1 {{hook 'i' cannot be lowered: it sits in a stablehlo.while condition, which a value cannot leave}}
    %h = "veritor.hook"(%i) {name = "i"} : (tensor<i32>) -> tensor<i32>
    %n = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %lt = "stablehlo.compare"(%h, %n) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }, {
  ^bb0(%i: tensor<i32>):
    "stablehlo.return"(%i) : (tensor<i32>) -> ()
  }) : (tensor<i32>) -> tensor<i32>
  return %w : tensor<i32>
}

// -----

// lower_hooks_failure_unknown_trip_count: the loop stops on data and no max-iterations= is
// given (see max-iterations.mlir).
func.func @until(%x: tensor<f32>) -> tensor<f32> {
  // expected-error@+1 {{veritor-lower-hooks: cannot tell how many times this loop runs (expected a carried integer from a constant, stepped by a constant and compared with a constant); give max-iterations=N}}
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

// -----

// lower_hooks_inapplicable_hooks_outside_exported_functions: a hook in a function that no
// public function calls is dropped, with a remark.
func.func @lower_hooks_inapplicable_hooks_outside_exported_functions(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}
// expected-remark@+1 {{veritor-lower-hooks: 1 hook(s) in @dead dropped: no exporting function calls @dead}}
func.func private @dead(%x: tensor<4xf32>) -> tensor<4xf32> {
  %h = "veritor.hook"(%x) {name = "dead"} : (tensor<4xf32>) -> tensor<4xf32>
  return %h : tensor<4xf32>
}

// lower_hooks_inapplicable_no_hook: a remark, the module unchanged.
// RUN: veritor-opt %S/../Inputs/canonical.mlir --veritor-lower-hooks 2>&1 >/dev/null | FileCheck %s --check-prefix=NONE
// NONE: remark: veritor-lower-hooks: no veritor.hook to lower

// lower_hooks_failure_unknown_function
// RUN: not veritor-opt %s --split-input-file --veritor-lower-hooks=functions=nope 2>&1 | FileCheck %s --check-prefix=FUNCS
// FUNCS: error: veritor-lower-hooks: functions=nope: no public function @nope; public functions: @until
