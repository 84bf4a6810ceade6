#![doc = include_str!("doc/veritor-print-call-graph.md")]

use crate::analysis::{report_recursion, CallGraph};
use crate::diag;
use crate::options::{OptionKind, OptionSpec, PassOptions};
use crate::pass::{PassInfo, PassResult};
use melior::ir::operation::OperationLike;
use melior::ir::OperationRef;
use std::io::Write;

pub const INFO: PassInfo = PassInfo {
    name: "veritor-print-call-graph",
    summary: "Print the call graph (func.call, through every region) as text, DOT or SVG",
    description: include_str!("doc/veritor-print-call-graph.md"),
    options: &[
        OptionSpec {
            name: "format",
            kind: OptionKind::Choice(&["text", "dot", "svg"]),
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
        "svg" => graph.to_svg(),
        _ => graph.to_text(),
    };
    write_output(options.string("output"), &text).map_err(|e| {
        diag::fail(
            module.location(),
            &format!("cannot write the call graph: {e}"),
        )
    })
}

fn write_output(target: &str, text: &str) -> std::io::Result<()> {
    match target {
        "" => std::io::stderr().write_all(text.as_bytes()),
        "-" => std::io::stdout().write_all(text.as_bytes()),
        path => std::fs::write(path, text),
    }
}
