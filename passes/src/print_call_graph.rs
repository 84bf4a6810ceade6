//! `veritor-print-call-graph`: prints the module's call graph, as text or Graphviz DOT.
//!
//! Every `func.call` counts, wherever it sits (inside `stablehlo.while`, `if`, `case`,
//! `reduce`, `sort`, `scatter` regions, at any depth); ops that name a function in an
//! attribute count as references. Recursion is an error that names the cycle. The module is
//! not changed.
//!
//! Input:
//! ```mlir
//! func.func @main(%x: tensor<f32>) -> tensor<f32> {
//!   %r = "stablehlo.while"(%x) ({ ... }, {
//!   ^bb0(%a: tensor<f32>):
//!     %s = func.call @body(%a) : (tensor<f32>) -> tensor<f32>
//!     "stablehlo.return"(%s) : (tensor<f32>) -> ()
//!   }) : (tensor<f32>) -> tensor<f32>
//!   return %r : tensor<f32>
//! }
//! func.func private @body(%a: tensor<f32>) -> tensor<f32> { ... }
//! ```
//! Output (text, on stderr unless `output=` says otherwise):
//! ```text
//! @main (public)
//!   -> @body [1 call, in stablehlo.while]
//! @body (private)
//! ```

use crate::call_graph::CallGraph;
use crate::diag;
use crate::options::{OptionKind, OptionSpec, PassOptions};
use crate::registry::{Failed, PassInfo, PassResult};
use melior::ir::operation::OperationLike;
use melior::ir::OperationRef;
use std::io::Write;

pub const INFO: PassInfo = PassInfo {
    name: "veritor-print-call-graph",
    summary: "Print the call graph (func.call, through every region) as text or DOT",
    options: &[
        OptionSpec {
            name: "format",
            kind: OptionKind::Choice(&["text", "dot"]),
            default: "text",
            help: "output format",
        },
        OptionSpec {
            name: "output",
            kind: OptionKind::Str,
            default: "",
            help: "file to write; '-' for stdout, empty for stderr",
        },
    ],
    run,
};

fn run(module: OperationRef, options: &PassOptions) -> PassResult {
    let graph = CallGraph::build(module);
    report_recursion(&graph)?;
    let text = match options.string("format") {
        "dot" => graph.to_dot(),
        _ => graph.to_text(),
    };
    write_output(options.string("output"), &text).map_err(|e| {
        diag::error(
            module.location(),
            &format!("cannot write the call graph: {e}"),
        );
        Failed
    })
}

/// Emits one error per cycle, at a call on it; fails if there is any.
pub fn report_recursion(graph: &CallGraph) -> PassResult {
    let cycles = graph.cycles();
    for (names, site) in &cycles {
        let path: Vec<String> = names.iter().map(|n| format!("@{n}")).collect();
        diag::error(
            site.location(),
            &format!("recursion in the call graph: {}", path.join(" -> ")),
        );
    }
    if cycles.is_empty() {
        Ok(())
    } else {
        Err(Failed)
    }
}

fn write_output(target: &str, text: &str) -> std::io::Result<()> {
    match target {
        "" => std::io::stderr().write_all(text.as_bytes()),
        "-" => std::io::stdout().write_all(text.as_bytes()),
        path => std::fs::write(path, text),
    }
}
