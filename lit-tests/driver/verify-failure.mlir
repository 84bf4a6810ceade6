// A module that parses but fails verification: an error at the op, exit code 1.
// RUN: veritor-opt %s --split-input-file --verify-diagnostics
// RUN: not %veritor_opt_cli %s --split-input-file 2>&1 | FileCheck %s
// CHECK: verify-failure.mlir:[[@LINE+6]]:3: error: type of return operand 0 ('tensor<f32>') doesn't match function result type ('tensor<i32>') in function @return_type_failure_mismatch
// CHECK-NOT: see current operation
// CHECK: verify-failure.mlir:[[@LINE+11]]:{{[0-9]+}}: error: expected ':'

func.func @return_type_failure_mismatch(%x: tensor<f32>) -> tensor<i32> {
  // expected-error@+1 {{type of return operand 0 ('tensor<f32>') doesn't match function result type ('tensor<i32>') in function @return_type_failure_mismatch}}
  return %x : tensor<f32>
}

// -----

// A truncated op: a parse error at the right line of the whole file.
// expected-error@+1 {{expected ':'}}
%0 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>}
