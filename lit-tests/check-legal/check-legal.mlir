// RUN: veritor-opt %s --split-input-file --verify-diagnostics --veritor-check-legal
// RUN: veritor-opt %s --split-input-file --verify-diagnostics --veritor-check-legal | FileCheck %s

// check_legal_success_stablehlo_chlo_func: the module passes through unchanged.
// CHECK-LABEL: sym_name = "legal"
// CHECK: "chlo.erf"
func.func @legal(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "stablehlo.negate"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = "chlo.erf"(%0) : (tensor<4xf32>) -> tensor<4xf32>
  %2 = func.call @helper(%1) : (tensor<4xf32>) -> tensor<4xf32>
  return %2 : tensor<4xf32>
}
func.func private @helper(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}

// -----

// check_legal_failure_leftover_hook: IREE would crash on it.
func.func @hooked(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'veritor.hook' cannot be compiled by IREE: lower Veritor ops first (veritor-lower-hooks)}}
  %0 = "veritor.hook"(%x) {name = "h0"} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// check_legal_failure_sharding_and_unknown_ops: every offending op is reported, nested ones too.
// expected-error@+1 {{'sdy.mesh' cannot be compiled by IREE: it is a sharding op; run veritor-strip-sharding first}}
"sdy.mesh"() {sym_name = "mesh", mesh = #sdy.mesh<["x"=2]>} : () -> ()
func.func @odd(%x: tensor<4xf32>, %p: tensor<i1>) -> tensor<4xf32> {
  %w = "stablehlo.while"(%x) ({
  ^bb0(%a: tensor<4xf32>):
    "stablehlo.return"(%p) : (tensor<i1>) -> ()
  }, {
  ^bb0(%a: tensor<4xf32>):
    // expected-error@+1 {{'stablehlo.frobnicate' cannot be compiled by IREE: it is not an op of the StableHLO specification}}
    %b = "stablehlo.frobnicate"(%a) : (tensor<4xf32>) -> tensor<4xf32>
    // expected-error@+1 {{'mystery.op' cannot be compiled by IREE: dialect 'mystery' is not among IREE's input dialects}}
    %c = "mystery.op"(%b) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%c) : (tensor<4xf32>) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %w : tensor<4xf32>
}

// -----

// check_legal_failure_unexpanded_fingerprint: a hand-written projection must be expanded first.
func.func @projected(%x: tensor<4x8xf32>, %seed: tensor<2xui32>) -> tensor<4x2xf32> {
  // expected-error@+1 {{'veritor.fingerprint' cannot be compiled by IREE: expand it first (veritor-fingerprint)}}
  %0 = "veritor.fingerprint"(%x, %seed) {dim = 2 : i64} : (tensor<4x8xf32>, tensor<2xui32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}
