// With no pass, generic in gives byte-identical generic out (idempotent printing, and
// a canonical input printed exactly as it was written).
// RUN: %veritor_opt_cli %S/../Inputs/canonical.mlir | diff %S/../Inputs/canonical.mlir -
// JAX's own generic export prints back unchanged.
// RUN: %veritor_opt_cli %examples/tiny/greedy_kv.mlir | diff %examples/tiny/greedy_kv.mlir -
// RUN: %veritor_opt_cli %examples/tiny/greedy_kv.mlir -o %t.1.mlir
// RUN: %veritor_opt_cli %t.1.mlir -o %t.2.mlir
// RUN: diff %t.1.mlir %t.2.mlir
// Reading from stdin works the same way.
// RUN: cat %t.1.mlir | %veritor_opt_cli - | diff %t.1.mlir -
// Opaque StableHLO attributes survive unchanged.
// RUN: grep -c 'comparison_direction' %t.1.mlir | FileCheck %s --check-prefix=ATTRS
// ATTRS: {{[1-9][0-9]*}}
