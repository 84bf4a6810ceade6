//! `veritor-symbol-dce`: deletes private functions that nothing live calls or references.
//!
//! Liveness follows the call graph from the public functions, through `func.call` and
//! through any attribute that names a function (so a `custom_call`'s
//! `called_computations` keeps its target). Public functions are never removed.
//!
//! Input:
//! ```mlir
//! func.func @main(%x: tensor<f32>) -> tensor<f32> { return %x : tensor<f32> }
//! func.func private @unused(%x: tensor<f32>) -> tensor<f32> { return %x : tensor<f32> }
//! ```
//! Output:
//! ```mlir
//! func.func @main(%x: tensor<f32>) -> tensor<f32> { return %x : tensor<f32> }
//! ```

use crate::call_graph::CallGraph;
use crate::options::PassOptions;
use crate::registry::{PassInfo, PassResult};
use melior::ir::OperationRef;

pub const INFO: PassInfo = PassInfo {
    name: "veritor-symbol-dce",
    summary: "Delete private functions that no public function reaches",
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
