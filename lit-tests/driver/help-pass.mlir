// --help <pass> shows one pass: its summary and options, then its description with the
// before/after example (the pass module's doc, `PassInfo::description`).
// RUN: %veritor_opt_cli --help veritor-inline | FileCheck %s
// RUN: %veritor_opt_cli --help=veritor-symbol-dce | FileCheck %s --check-prefix=DCE
// RUN: not %veritor_opt_cli --help veritor-nope 2>&1 | FileCheck %s --check-prefix=UNKNOWN

// CHECK: veritor-inline (as --veritor-inline[='opt=value ...'] or in --pass-pipeline):
// CHECK-NEXT: --veritor-inline{{ +}}Inline func.call bodies bottom-up
// CHECK-NEXT: into=<string>
// CHECK-NEXT: loops-only=<bool>
// CHECK: `veritor-inline`: inlines `func.call`s, bottom-up over the call graph.
// CHECK: Input:
// CHECK: %0 = func.call @double(%x)
// CHECK: Output
// CHECK: %0 = "stablehlo.add"(%x, %x)
// CHECK-NOT: veritor-symbol-dce

// DCE: --veritor-symbol-dce{{ +}}Delete private functions
// DCE: `veritor-symbol-dce`: deletes private functions
// DCE: func.func private @unused

// UNKNOWN: veritor-opt: error: unknown pass 'veritor-nope'; Veritor passes: veritor-print-call-graph, veritor-inline, veritor-symbol-dce, veritor-check-legal, veritor-gpu-legalize, veritor-scatter-to-select, veritor-bool-to-select, veritor-top-k-network, veritor-sort-network, veritor-strip-sharding, veritor-ar-to-tf, veritor-insert-hooks, veritor-lower-hooks, veritor-fingerprint
