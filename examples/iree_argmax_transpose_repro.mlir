// IREE 3.13 (llvm-cpu): an argmax (two-result stablehlo.reduce, value result unused)
// followed by a transpose fails to compile:
//   error: 'linalg.yield' op expected number of yield values (2) to match the number of
//   inits / outs operands of the enclosing LinalgOp (1)
// Reproduce: .venv/bin/iree-compile --iree-hal-target-device=local \
//   --iree-hal-local-target-device-backends=llvm-cpu examples/iree_argmax_transpose_repro.mlir -o /dev/null
// A stablehlo.optimization_barrier between the reduce and the transpose avoids it; the
// parallel form of veritor-ar-to-tf inserts one (passes/src/ar_to_tf/batch.rs).
func.func @main(%x: tensor<12x2x32xf32>, %n: tensor<12x2x32xf32>, %buf: tensor<2x16xi32>) -> tensor<2x16xi32> {
  %s = "stablehlo.add"(%x, %n) : (tensor<12x2x32xf32>, tensor<12x2x32xf32>) -> tensor<12x2x32xf32>
  %io = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x32xi32>
  %iob = "stablehlo.broadcast_in_dim"(%io) {broadcast_dimensions = array<i64: 1, 2>} : (tensor<2x32xi32>) -> tensor<12x2x32xi32>
  %ninf = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
  %z = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
  %r:2 = "stablehlo.reduce"(%s, %iob, %ninf, %z) ({
    ^bb0(%a: tensor<f32>, %ai: tensor<i32>, %b: tensor<f32>, %bi: tensor<i32>):
      %c = "stablehlo.compare"(%a, %b) {comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %v = "stablehlo.select"(%c, %a, %b) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %i = "stablehlo.select"(%c, %ai, %bi) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%v, %i) : (tensor<f32>, tensor<i32>) -> ()
  }) {dimensions = array<i64: 2>} : (tensor<12x2x32xf32>, tensor<12x2x32xi32>, tensor<f32>, tensor<i32>) -> (tensor<12x2xf32>, tensor<12x2xi32>)
  %rs = "stablehlo.reshape"(%r#1) : (tensor<12x2xi32>) -> tensor<12x2xi32>
  %t = "stablehlo.transpose"(%rs) {permutation = array<i64: 1, 0>} : (tensor<12x2xi32>) -> tensor<2x12xi32>
  %c0 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
  %c4 = "stablehlo.constant"() {value = dense<4> : tensor<i32>} : () -> tensor<i32>
  %o = "stablehlo.dynamic_update_slice"(%buf, %t, %c0, %c4) : (tensor<2x16xi32>, tensor<2x12xi32>, tensor<i32>, tensor<i32>) -> tensor<2x16xi32>
  return %o : tensor<2x16xi32>
}
