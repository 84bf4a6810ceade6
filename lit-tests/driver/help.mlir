// --help lists every registered pass with its summary and options, from the registry.
// RUN: %veritor_opt_cli --help | FileCheck %s
// CHECK: Usage: veritor-opt [OPTIONS] [INPUT]
// CHECK: --split-input-file
// CHECK: --verify-diagnostics
// CHECK: Veritor passes
// CHECK: --veritor-print-call-graph{{ +}}Print the call graph
// CHECK: format=<text|dot|svg>
// CHECK: --veritor-inline{{ +}}Inline func.call bodies
// CHECK: into=<string>
// CHECK: loops-only=<bool>
// CHECK: --veritor-symbol-dce{{ +}}Delete private functions
