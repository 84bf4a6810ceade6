#![doc = include_str!("doc/veritor-top-k-network.md")]

use crate::bitonic::{keys_for, Network};
use crate::emit::{Emitter, TensorType};
use crate::ir;
use crate::options::PassOptions;
use crate::pass::{PassInfo, PassResult};
use crate::raw;
use melior::ir::OperationRef;
use mlir_sys::MlirOperation;

pub const INFO: PassInfo = PassInfo {
    name: "veritor-top-k-network",
    summary: "Rewrite chlo.top_k as a bitonic compare-exchange network (IREE CPU's top_k is slow)",
    description: include_str!("doc/veritor-top-k-network.md"),
    options: &[],
    run,
};

fn run(module: OperationRef, _options: &PassOptions) -> PassResult {
    rewrite_top_ks(module.to_raw());
    Ok(())
}

/// Rewrites every eligible `chlo.top_k` nested under `root` (see the pass's description);
/// returns how many it rewrote. Never fails, reports nothing.
pub fn rewrite_top_ks(root: MlirOperation) -> usize {
    let ops: Vec<MlirOperation> = ir::nested_ops(raw::op_ref(root))
        .into_iter()
        .map(|op| op.to_raw())
        .filter(|op| raw::name_of(*op) == "chlo.top_k")
        .collect();
    ops.into_iter().filter(|op| rewrite(*op).is_some()).count()
}

fn rewrite(op: MlirOperation) -> Option<()> {
    if raw::operand_count(op) != 1 || raw::result_count(op) != 2 {
        return None;
    }
    let x = raw::operand(op, 0);
    let ty = TensorType::of(x)?;
    let n = *ty.dims.last()?;
    let k = raw::attribute_int(op, "k")?;
    let keys = keys_for(&ty.element)?;
    let index_ty = TensorType::of(raw::result(op, 1))?;
    let index_ok = matches!(index_ty.element.as_str(), "i32" | "i64");
    if !index_ok || !(2..=crate::bitonic::MAX_LENGTH).contains(&n) || k < 0 || k > n {
        return None;
    }
    let net = Network {
        e: Emitter::before(op),
        shape: ty.dims.clone(),
        length: (n as u64).next_power_of_two() as i64,
        keys,
        index_element: index_ty.element.clone(),
    };
    let (key, indices) = net.top(x, n, k)?;
    let values = net.values(key, &ty)?;
    raw::replace_uses(raw::result(op, 0), values);
    raw::replace_uses(raw::result(op, 1), indices);
    raw::erase(op);
    Some(())
}
