#![doc = include_str!("doc/veritor-bool-to-select.md")]

use crate::emit::{Emitter, TensorType};
use crate::ir;
use crate::options::PassOptions;
use crate::pass::{PassInfo, PassResult};
use crate::raw;
use melior::ir::OperationRef;
use mlir_sys::MlirOperation;

pub const INFO: PassInfo = PassInfo {
    name: "veritor-bool-to-select",
    summary: "Rewrite a bool-to-float convert feeding a dot_general as a select (IREE CPU rejects it fused)",
    description: include_str!("doc/veritor-bool-to-select.md"),
    options: &[],
    run,
};

const FLOATS: [&str; 4] = ["f16", "bf16", "f32", "f64"];

fn run(module: OperationRef, _options: &PassOptions) -> PassResult {
    rewrite_converts(module.to_raw());
    Ok(())
}

/// Rewrites every eligible `stablehlo.convert` nested under `root` as a select of one and
/// zero (see the pass's description); returns how many it rewrote. Never fails, reports
/// nothing.
pub fn rewrite_converts(root: MlirOperation) -> usize {
    let converts: Vec<MlirOperation> = ir::nested_ops(raw::op_ref(root))
        .into_iter()
        .map(|op| op.to_raw())
        .filter(|op| eligible(*op))
        .collect();
    converts.into_iter().filter(|op| rewrite(*op)).count()
}

/// A convert from a static `i1` tensor to a float tensor of its shape, used by a dot.
fn eligible(op: MlirOperation) -> bool {
    if raw::name_of(op) != "stablehlo.convert"
        || raw::operand_count(op) != 1
        || raw::result_count(op) != 1
    {
        return false;
    }
    let (Some(from), Some(to)) = (
        TensorType::of(raw::operand(op, 0)),
        TensorType::of(raw::result(op, 0)),
    ) else {
        return false;
    };
    let into_dot = raw::uses(raw::result(op, 0))
        .iter()
        .any(|(user, _)| raw::name_of(*user) == "stablehlo.dot_general");
    from.element == "i1"
        && FLOATS.contains(&to.element.as_str())
        && from.dims == to.dims
        && into_dot
}

fn rewrite(op: MlirOperation) -> bool {
    let Some(ty) = TensorType::of(raw::result(op, 0)) else {
        return false;
    };
    let e = Emitter::before(op);
    let (Some(one), Some(zero)) = (e.splat(&ty, "1.0"), e.splat(&ty, "0.0")) else {
        return false;
    };
    let select = e.value(
        "stablehlo.select",
        &[raw::operand(op, 0), one, zero],
        raw::value_type(raw::result(op, 0)),
        &[],
    );
    raw::replace_uses(raw::result(op, 0), select);
    raw::erase(op);
    true
}
