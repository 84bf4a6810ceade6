#![doc = include_str!("doc/veritor-inline.md")]

use crate::analysis::report_recursion;
use crate::analysis::CallGraph;
use crate::diag;
use crate::inliner::inline_into;
use crate::options::{OptionKind, OptionSpec, PassOptions};
use crate::pass::{PassInfo, PassResult};
use melior::ir::operation::OperationLike;
use melior::ir::OperationRef;
use mlir_sys::MlirOperation;
use std::collections::HashMap;

pub const INFO: PassInfo = PassInfo {
    name: "veritor-inline",
    summary: "Inline func.call bodies bottom-up over the call graph (StableHLO-safe)",
    description: include_str!("doc/veritor-inline.md"),
    options: &[
        OptionSpec {
            name: "into",
            kind: OptionKind::Str,
            default: "",
            help: "inline only into this function",
        },
        OptionSpec {
            name: "loops-only",
            kind: OptionKind::Bool,
            default: "false",
            help: "inline only calls inside stablehlo.while regions",
        },
    ],
    run,
};

fn run(module: OperationRef, options: &PassOptions) -> PassResult {
    let graph = CallGraph::build(module);
    report_recursion(&graph)?;
    let functions: HashMap<String, MlirOperation> = graph.ops_by_name();
    let targets: Vec<MlirOperation> = match options.string("into").trim_start_matches('@') {
        "" => graph
            .bottom_up()
            .into_iter()
            .map(|n| graph.graph[n].op.to_raw())
            .collect(),
        name => match functions.get(name) {
            Some(&op) => vec![op],
            None => {
                let known: Vec<String> = functions.keys().map(|k| format!("@{k}")).collect();
                let message = format!(
                    "veritor-inline: no function @{name} to inline into; functions: {}",
                    known.join(", ")
                );
                return Err(diag::fail(module.location(), &message));
            }
        },
    };
    drop(graph);
    let loops_only = options.flag("loops-only");
    for target in targets {
        inline_into(
            unsafe { OperationRef::from_raw(target) },
            &functions,
            loops_only,
        )?;
    }
    Ok(())
}
