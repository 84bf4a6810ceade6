// Every kind of bad input gets one diagnostic line and exit code 1, never a panic.
// RUN: not %veritor_opt_cli %t.missing.mlir 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: veritor-opt: error: cannot read '{{.*}}.missing.mlir': No such file or directory
// MISSING-NOT: panicked

// RUN: printf '' > %t.empty.mlir
// RUN: not %veritor_opt_cli %t.empty.mlir 2>&1 | FileCheck %s --check-prefix=EMPTY
// EMPTY: empty.mlir: error: input is empty: expected a StableHLO module

// RUN: printf 'ML\357R\001\002' > %t.bc
// RUN: not %veritor_opt_cli %t.bc 2>&1 | FileCheck %s --check-prefix=BYTECODE
// BYTECODE: error: MLIR bytecode is not supported; give the module as text

// RUN: printf '\177ELF\002\001\001\000\000\000' > %t.bin
// RUN: not %veritor_opt_cli %t.bin 2>&1 | FileCheck %s --check-prefix=BINARY
// BINARY: bin: error: input is binary, not MLIR text (NUL byte at offset 7)

// RUN: printf '\377\376garbage' > %t.latin
// RUN: not %veritor_opt_cli %t.latin 2>&1 | FileCheck %s --check-prefix=UTF8
// UTF8: error: input is not UTF-8 text (invalid byte at offset 0)

// RUN: head -c 3000 %examples/tiny/forward.mlir > %t.truncated.mlir
// RUN: not %veritor_opt_cli %t.truncated.mlir 2>&1 | FileCheck %s --check-prefix=TRUNCATED
// TRUNCATED: truncated.mlir:{{[0-9]+}}:{{[0-9]+}}: error:
// TRUNCATED-NOT: panicked

// RUN: not %veritor_opt_cli %s --no-such-pass 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: veritor-opt: error: unknown pass 'no-such-pass'; Veritor passes: veritor-print-call-graph, veritor-inline, veritor-symbol-dce, {{.*}}veritor-check-legal{{.*}} (and any registered upstream MLIR pass)

// RUN: not %veritor_opt_cli %s --pass-pipeline='builtin.module(veritor-inline' 2>&1 | FileCheck %s --check-prefix=PIPELINE
// PIPELINE: veritor-opt: error: malformed pipeline 'builtin.module(veritor-inline': expected 'builtin.module(...)'
// RUN: not %veritor_opt_cli %s --pass-pipeline='veritor-inline{into=main' 2>&1 | FileCheck %s --check-prefix=PIPELINE2
// PIPELINE2: veritor-opt: error: malformed pipeline 'veritor-inline{into=main': unclosed '{'
// RUN: not %veritor_opt_cli %s --pass-pipeline='veritor-inline' --veritor-symbol-dce 2>&1 | FileCheck %s --check-prefix=BOTH
// BOTH: veritor-opt: error: give passes either with --pass-pipeline or as --<pass> flags, not both

// RUN: not %veritor_opt_cli %s --veritor-inline='bogus=1' 2>&1 | FileCheck %s --check-prefix=OPTION
// OPTION: veritor-opt: error: pass 'veritor-inline': unknown option 'bogus'; valid options: into, loops-only
// RUN: not %veritor_opt_cli %s --veritor-inline='loops-only=perhaps' 2>&1 | FileCheck %s --check-prefix=OPTVAL
// OPTVAL: veritor-opt: error: pass 'veritor-inline': bad value 'perhaps' for option 'loops-only': expected true or false
// RUN: not %veritor_opt_cli %s --veritor-symbol-dce='x=1' 2>&1 | FileCheck %s --check-prefix=NOOPT
// NOOPT: error: pass 'veritor-symbol-dce': unknown option 'x': this pass takes no options

func.func @bad_input_failure_options(%x: tensor<f32>) -> tensor<f32> {
  return %x : tensor<f32>
}
