// ar_to_tf_failure_require_parallel: a step that reads the position it is about to write
// (not causal) has only the sequential form, and asking for the parallel one is an error at
// the loop.
// RUN: not veritor-opt %S/parallel-reads-ahead.mlir --veritor-ar-to-tf=require-parallel=true 2>&1 | FileCheck %s --check-prefix=PAR
// PAR: parallel-reads-ahead.mlir:{{[0-9]+}}:{{[0-9]+}}: error: sequential teacher-forced form: {{.*}}not parallel because {{.*}}; require-parallel=true
// PAR-NOT: main_teacher_forced

// ar_to_tf_success_require_parallel: where the parallel form exists, the option is satisfied.
// RUN: veritor-opt %S/greedy-scatter.mlir --veritor-ar-to-tf=require-parallel=true 2>/dev/null | FileCheck %s --check-prefix=PAROK
// PAROK: sym_name = "main_teacher_forced"

// ar_to_tf_failure_tokens_result_out_of_range
// RUN: not veritor-opt %S/greedy-scatter.mlir --veritor-ar-to-tf=tokens-result=3 2>&1 | FileCheck %s --check-prefix=RANGE
// RANGE: error: tokens-result=3, but the function has 1 results

// ar_to_tf_success_tokens_result_given
// RUN: veritor-opt %S/greedy-scatter.mlir --veritor-ar-to-tf=tokens-result=0 2>/dev/null | FileCheck %s --check-prefix=GIVEN
// GIVEN: sym_name = "main_teacher_forced"

// ar_to_tf_inapplicable_already_rewritten: a second run leaves @main alone, with a remark.
// RUN: veritor-opt %S/greedy-scatter.mlir --pass-pipeline='builtin.module(veritor-ar-to-tf,veritor-ar-to-tf)' 2>&1 >/dev/null | FileCheck %s --check-prefix=TWICE
// TWICE: remark: @main_teacher_forced exists already; @main left alone

// ar_to_tf_inapplicable_no_loop: a function without any loop gets no copy and no remark.
// RUN: veritor-opt %s --veritor-ar-to-tf --verify-diagnostics | FileCheck %s --check-prefix=NOLOOP
// NOLOOP-NOT: teacher_forced
func.func @straight(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "stablehlo.negate"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
