// RUN: veritor-opt %s --veritor-insert-hooks='results=insert_hooks_success_results_and_functions:1,@helper:0 functions=helper ops=negate' | FileCheck %s --enable-var-scope

// insert_hooks_success_results_and_functions: results=F:i hooks what F returns at i (the
// return then returns the hook); functions= limits where ops= and locations= look, not results=.
// CHECK-LABEL: sym_name = "insert_hooks_success_results_and_functions"
// CHECK: %[[N:.*]] = "stablehlo.negate"
// CHECK-NEXT: %[[C:.*]] = "func.call"(%[[N]])
// CHECK-NEXT: %[[H:.*]] = "veritor.hook"(%[[C]]) {name = "insert_hooks_success_results_and_functions/result#1"}
// CHECK-NEXT: "func.return"(%[[N]], %[[H]])
// CHECK-LABEL: sym_name = "helper"
// CHECK: %[[HN:.*]] = "veritor.hook"(%{{.*}}) {name = "helper/negate#0"}
// CHECK-NEXT: %[[HR:.*]] = "veritor.hook"(%[[HN]]) {name = "helper/result#0"}
// CHECK-NEXT: "func.return"(%[[HR]])
func.func @insert_hooks_success_results_and_functions(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %0 = "stablehlo.negate"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = func.call @helper(%0) : (tensor<4xf32>) -> tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}
func.func private @helper(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "stablehlo.negate"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
