// ar_to_tf_inapplicable_parallel_masks
// Soundness of the parallel form's legality analysis on the JAX full-recompute decoder:
// with its causal mask (keep key <= query) it is parallel (parallel-jax.mlir); with the mask
// edited so that a query sees later keys, or so that row 0 keeps no key at all (its softmax
// then spreads over every position, future ones included), the step reads positions the loop
// writes later, and the pass keeps the sequential form and names the op that blocks it.
// RUN: sed '418s/comparison_direction GE/comparison_direction LE/' %examples/tiny/greedy_full.mlir | veritor-opt - --veritor-ar-to-tf -o /dev/null 2>&1 | FileCheck %s --check-prefix=ANTI
// ANTI: remark: sequential teacher-forced form: {{.*}}not parallel because it reduces over positions that are not written yet (at <stdin>:{{[0-9]+}}:{{[0-9]+}})
// RUN: sed '418s/comparison_direction GE/comparison_direction NE/' %examples/tiny/greedy_full.mlir | veritor-opt - --veritor-ar-to-tf -o /dev/null 2>&1 | FileCheck %s --check-prefix=ANTI
// RUN: sed '418s/comparison_direction GE/comparison_direction GT/' %examples/tiny/greedy_full.mlir | veritor-opt - --veritor-ar-to-tf -o /dev/null 2>&1 | FileCheck %s --check-prefix=EMPTYROW
// EMPTYROW: remark: sequential teacher-forced form: {{.*}}not parallel because it sums over positions that are not written yet, and the other factor is not exactly zero there (at <stdin>:{{[0-9]+}}:{{[0-9]+}})
// The line edited is the mask's compare; if the export changes, this guard fails first.
// RUN: sed -n '418p' %examples/tiny/greedy_full.mlir | FileCheck %s --check-prefix=LINE
// LINE: "stablehlo.compare"{{.*}}comparison_direction GE{{.*}}(tensor<16x16xi32>, tensor<16x16xi32>) -> tensor<16x16xi1>
