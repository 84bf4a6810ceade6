// MLIR 22 treats an unregistered op with one region as a possible symbol table, so a
// func.call placed directly in a stablehlo.reduce (or sort, or scatter) body fails
// verification even though @combine exists (mlir-opt rejects it the same way). Veritor
// says why in a note.
// RUN: %veritor_opt_cli %s --verify-diagnostics
func.func @call_in_reduce_failure_symbol_table(%x: tensor<4xf32>, %z: tensor<f32>) -> tensor<f32> {
  %r = "stablehlo.reduce"(%x, %z) ({
  ^bb0(%l: tensor<f32>, %r: tensor<f32>):
    // expected-error@+2 {{'func.call' op 'combine' does not reference a valid function}}
    // expected-note@+1 {{if the callee exists: MLIR cannot check a func.call placed directly in the single region of an unregistered op}}
    %m = func.call @combine(%l, %r) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%m) : (tensor<f32>) -> ()
  }) {dimensions = array<i64: 0>} : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
  return %r : tensor<f32>
}
func.func private @combine(%a: tensor<f32>, %b: tensor<f32>) -> tensor<f32> {
  return %a : tensor<f32>
}
