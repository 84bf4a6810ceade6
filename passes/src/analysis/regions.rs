//! Where a value can go: whether the regions around an op let its values be handed out of
//! the function (the hook passes thread values out of `while` bodies and `if`/`case`
//! branches, never out of a `reduce`, `sort` or `scatter` body or a `while` condition).

use crate::raw;
use mlir_sys::MlirOperation;
use veritor_dialects::stablehlo;

/// Whether a value computed by `op` can be handed out of its function: every region around
/// it is a `while` body or an `if`/`case` branch. The error names the region that traps it.
pub fn liftable(op: MlirOperation, f: MlirOperation) -> Result<(), String> {
    let mut current = op;
    while let Some(parent) = raw::parent_op(current) {
        if parent.ptr == f.ptr {
            return Ok(());
        }
        let name = raw::name_of(parent);
        let region = raw::region_index(current).unwrap_or(0);
        match name.as_str() {
            stablehlo::WHILE if region == 1 => {}
            stablehlo::WHILE => return Err("a stablehlo.while condition".into()),
            "stablehlo.if" | "stablehlo.case" => {}
            _ => return Err(format!("a {name} region")),
        }
        current = parent;
    }
    Ok(())
}
