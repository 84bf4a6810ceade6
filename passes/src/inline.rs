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

#[cfg(test)]
mod tests {
    use crate::testing::{check, check_fails};

    #[test]
    fn inline_success_nested_calls_into_one_function() {
        check(
            "veritor-inline{into=main},veritor-symbol-dce",
            r#"
func.func @main(%x: tensor<f32>) -> tensor<f32> {
  %0 = func.call @twice(%x) : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
func.func private @twice(%a: tensor<f32>) -> tensor<f32> {
  %0 = func.call @double(%a) : (tensor<f32>) -> tensor<f32>
  %1 = func.call @double(%0) : (tensor<f32>) -> tensor<f32>
  return %1 : tensor<f32>
}
func.func private @double(%a: tensor<f32>) -> tensor<f32> {
  %0 = "stablehlo.add"(%a, %a) : (tensor<f32>, tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
"#,
            r#"
            module {
              func.func @main(%arg0: tensor<f32>) -> tensor<f32> {
                %0 = "stablehlo.add"(%arg0, %arg0) : (tensor<f32>, tensor<f32>) -> tensor<f32>
                %1 = "stablehlo.add"(%0, %0) : (tensor<f32>, tensor<f32>) -> tensor<f32>
                return %1 : tensor<f32>
              }
            }
            "#,
        );
    }

    #[test]
    fn inline_failure_recursion_and_unknown_target() {
        let recursive = r#"
func.func @loop(%x: tensor<f32>) -> tensor<f32> {
  %0 = func.call @loop(%x) : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
"#;
        check_fails(
            "veritor-inline",
            recursive,
            &["recursion in the call graph: @loop -> @loop"],
        );
        let flat = recursive.replace("func.call @loop(%x)", "\"stablehlo.negate\"(%x)");
        check_fails(
            "veritor-inline{into=nowhere}",
            &flat,
            &["veritor-inline: no function @nowhere to inline into; functions: @loop"],
        );
    }
}
