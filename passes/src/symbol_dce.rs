#![doc = include_str!("doc/veritor-symbol-dce.md")]

use crate::analysis::CallGraph;
use crate::options::PassOptions;
use crate::pass::{PassInfo, PassResult};
use melior::ir::OperationRef;

pub const INFO: PassInfo = PassInfo {
    name: "veritor-symbol-dce",
    summary: "Delete private functions that no public function reaches",
    description: include_str!("doc/veritor-symbol-dce.md"),
    options: &[],
    run,
};

fn run(module: OperationRef, _options: &PassOptions) -> PassResult {
    let dead: Vec<_> = {
        let graph = CallGraph::build(module);
        let live = graph.live();
        graph
            .graph
            .node_indices()
            .filter(|n| !live[n.index()])
            .map(|n| graph.graph[n].op.to_raw())
            .collect()
    };
    for op in dead {
        unsafe {
            mlir_sys::mlirOperationRemoveFromParent(op);
            mlir_sys::mlirOperationDestroy(op);
        }
    }
    Ok(())
}
