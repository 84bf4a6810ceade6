// Pretty-form StableHLO (what jax's .as_text() writes) is converted through iree-opt.
// RUN: %veritor_opt_cli %examples/tiny/forward.pretty.mlir | FileCheck %s
// CHECK: "builtin.module"()
// CHECK: "stablehlo.dot_general"
// The converted module equals what the generic export gives, up to SSA names.
// RUN: %veritor_opt_cli %examples/tiny/forward.pretty.mlir --veritor-print-call-graph -o /dev/null 2>&1 | FileCheck %s --check-prefix=GRAPH
// GRAPH: @main (public)
// --emit=pretty prints StableHLO's pretty form back.
// RUN: %veritor_opt_cli %examples/tiny/forward.mlir --emit=pretty | FileCheck %s --check-prefix=PRETTY
// PRETTY: stablehlo.dot_general
// PRETTY-NOT: "stablehlo.dot_general"
// Without iree-opt, pretty input fails with an error that names the fix.
// RUN: env VERITOR_IREE_OPT=/nonexistent/iree-opt not %veritor_opt_cli %examples/tiny/forward.pretty.mlir 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: forward.pretty.mlir: error: input is in StableHLO's pretty form (Dialect `stablehlo' not found for custom op 'stablehlo.constant'), which needs iree-opt to convert: VERITOR_IREE_OPT is set to '/nonexistent/iree-opt', but no such file exists
// A copy of veritor-opt far from .venv, with a bare PATH, finds no iree-opt at all.
// RUN: rm -rf %t.dir && mkdir -p %t.dir && cp "$(command -v %veritor_opt_cli)" %t.dir/
// RUN: cd %t.dir && not env PATH=/usr/bin:/bin ./veritor-opt %examples/tiny/forward.pretty.mlir 2>&1 | FileCheck %s --check-prefix=NOTFOUND
// NOTFOUND: error: input is in StableHLO's pretty form ({{.*}}), which needs iree-opt to convert: iree-opt not found: run `make setup` (installs IREE into .venv), put it on PATH, or set VERITOR_IREE_OPT to its path
// A broken pretty-form file: iree-opt's own error, at the right place of the original file.
// RUN: head -c 3000 %examples/tiny/forward.pretty.mlir > %t.broken.pretty.mlir
// RUN: not %veritor_opt_cli %t.broken.pretty.mlir 2>&1 | FileCheck %s --check-prefix=BROKEN
// BROKEN: broken.pretty.mlir:{{[0-9]+}}:{{[0-9]+}}: error:
// BROKEN-NOT: veritor-{{[0-9]+}}-{{[0-9]+}}.mlir
