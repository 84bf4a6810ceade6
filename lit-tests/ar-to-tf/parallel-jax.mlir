// ar_to_tf_success_parallel_jax_programs
// The example corpus's greedy decoders as JAX exports them: full recompute (causal `tril`
// mask, softmax, P@V) and prefill + KV cache (`iota <= i` mask over per-layer caches). Both
// reach the parallel form: no loop is left in the teacher-forced function. Execution against
// JAX is in driver/tests/it/ar_to_tf.rs.
// RUN: veritor-opt %examples/tiny/greedy_full.mlir --veritor-ar-to-tf=require-parallel=true 2>&1 -o - | FileCheck %s --check-prefix=FULL
// FULL: greedy_full.mlir:{{[0-9]+}}:{{[0-9]+}}: remark: parallel teacher-forced form: the loop's 12 steps run at once
// FULL-LABEL: sym_name = "main_teacher_forced"
// FULL-NOT: "stablehlo.while"
// FULL: "func.return"
// RUN: veritor-opt %examples/tiny/greedy_kv.mlir --veritor-ar-to-tf=require-parallel=true 2>&1 -o - | FileCheck %s --check-prefix=KV
// KV: greedy_kv.mlir:{{[0-9]+}}:{{[0-9]+}}: remark: parallel teacher-forced form: the loop's 11 steps run at once
// KV-LABEL: sym_name = "main_teacher_forced"
// KV-NOT: "stablehlo.while"
// Eleven steps' keys and values land in each cache in one write each.
// KV: "stablehlo.dynamic_update_slice"({{.*}}) : (tensor<1x2x16x16xf32>, tensor<1x2x11x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>)
// KV-NOT: "stablehlo.while"
// KV: "func.return"

// The sampled decoder carries its PRNG key (split every step: a hash chain), and an
// end-of-sequence loop carries a finished flag and stops on data. Given the teacher's
// tokens neither needs the model: a control loop that carries integers only computes them
// (and the sampler's random bits) for every step, and the model runs for all steps at once.
// RUN: veritor-opt %examples/tiny/sampled.mlir --veritor-ar-to-tf=require-parallel=true 2>&1 >/dev/null | FileCheck %s --check-prefix=KEY
// RUN: veritor-opt %examples/decode/eos_while.mlir --veritor-ar-to-tf=require-parallel=true 2>&1 >/dev/null | FileCheck %s --check-prefix=EOS
// EOS: remark: parallel teacher-forced form: the loop's 12 steps run at once
// KEY: remark: parallel teacher-forced form: the loop's 12 steps run at once

// A batch of three prompts with per-layer caches stacked in one tensor (one write per layer
// each step): the box analysis sees that layer 0 is read after its own write only.
// RUN: veritor-opt %examples/decode/batch_kv.mlir --veritor-ar-to-tf=require-parallel=true 2>&1 -o - | FileCheck %s --check-prefix=BATCH
// BATCH: remark: parallel teacher-forced form: the loop's 11 steps run at once
// BATCH-LABEL: sym_name = "main_teacher_forced"
// BATCH-NOT: "stablehlo.while"
// BATCH: "func.return"

// lax.scan carrying the last token (no buffer read back) and stacking its outputs: step t's
// carried token is the teacher's token of step t - 1.
// RUN: veritor-opt %examples/decode/scan_decode.mlir --veritor-ar-to-tf=require-parallel=true 2>&1 -o - | FileCheck %s --check-prefix=SCAN
// SCAN: remark: parallel teacher-forced form: the loop's 12 steps run at once
// SCAN-LABEL: sym_name = "main_teacher_forced"
// SCAN-NOT: "stablehlo.while"
// SCAN: "stablehlo.concatenate"
// SCAN-NOT: "stablehlo.while"
// SCAN: "func.return"
