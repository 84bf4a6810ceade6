//! Veritor's own inliner, shared by `veritor-inline` and `veritor-ar-to-tf`: the upstream
//! `inline` pass silently refuses callees that hold unregistered ops (all of StableHLO), so
//! a call is replaced by a copy of its callee's body (arguments mapped to the call's
//! operands, results to the returned values).

use crate::diag;
use crate::ir;
use crate::pass::PassResult;
use melior::ir::block::BlockLike;
use melior::ir::operation::OperationLike;
use melior::ir::{OperationRef, RegionLike};
use mlir_sys::MlirOperation;
use std::collections::{HashMap, HashSet};

/// Inlines the calls in `function` until none that qualifies is left. Without recursion
/// each round goes one level deeper, so the number of rounds is bounded by the number of
/// functions.
pub fn inline_into(
    function: OperationRef,
    functions: &HashMap<String, MlirOperation>,
    loops_only: bool,
) -> PassResult {
    let mut reported = HashSet::new();
    for _round in 0..=functions.len() {
        let calls = inlinable_calls(function, functions, loops_only, &mut reported);
        if calls.is_empty() {
            return Ok(());
        }
        for (call, callee) in calls {
            inline_call(call, callee);
        }
    }
    Err(diag::fail(
        function.location(),
        "veritor-inline: calls remain after inlining every level (recursion?)",
    ))
}

/// Calls in `function` that can be inlined now, with their callees.
fn inlinable_calls(
    function: OperationRef,
    functions: &HashMap<String, MlirOperation>,
    loops_only: bool,
    reported: &mut HashSet<usize>,
) -> Vec<(MlirOperation, MlirOperation)> {
    let mut out = Vec::new();
    for op in ir::nested_ops(function) {
        if ir::op_name(op) != veritor_dialects::func::CALL {
            continue;
        }
        let Some(&callee) = ir::callee(op).and_then(|name| functions.get(&name)) else {
            continue;
        };
        if loops_only
            && !ir::enclosing_op_names(op, function)
                .iter()
                .any(|n| n == veritor_dialects::stablehlo::WHILE)
        {
            continue;
        }
        match body_problem(unsafe { OperationRef::from_raw(callee) }) {
            None => out.push((op.to_raw(), callee)),
            Some(problem) => {
                if reported.insert(op.to_raw().ptr as usize) {
                    let name = ir::callee(op).unwrap_or_default();
                    diag::remark(
                        op.location(),
                        &format!("call to @{name} not inlined: {problem}"),
                    );
                }
            }
        }
    }
    out
}

/// Why a callee cannot be inlined, if it cannot.
fn body_problem(callee: OperationRef) -> Option<&'static str> {
    let region = callee.region(0).ok()?;
    let Some(block) = region.first_block() else {
        return Some("the callee has no body");
    };
    if block.next_in_region().is_some() {
        return Some("the callee has more than one block");
    }
    let last = crate::raw::terminator(block.to_raw());
    if last.is_none_or(|op| crate::raw::name_of(op) != veritor_dialects::func::RETURN) {
        return Some("the callee's body does not end in func.return");
    }
    None
}

/// Replaces one call by a copy of its callee's body.
fn inline_call(call: MlirOperation, callee: MlirOperation) {
    unsafe {
        let copy = mlir_sys::mlirOperationClone(callee);
        let region = mlir_sys::mlirOperationGetRegion(copy, 0);
        let block = mlir_sys::mlirRegionGetFirstBlock(region);
        for i in 0..mlir_sys::mlirBlockGetNumArguments(block) {
            let argument = mlir_sys::mlirBlockGetArgument(block, i);
            mlir_sys::mlirValueReplaceAllUsesOfWith(
                argument,
                mlir_sys::mlirOperationGetOperand(call, i),
            );
        }
        // body_problem checked that the body ends in func.return.
        let Some(terminator) = crate::raw::terminator(block) else {
            return;
        };
        let mut op = mlir_sys::mlirBlockGetFirstOperation(block);
        while op.ptr != terminator.ptr {
            let next = mlir_sys::mlirOperationGetNextInBlock(op);
            mlir_sys::mlirOperationMoveBefore(op, call);
            op = next;
        }
        for i in 0..mlir_sys::mlirOperationGetNumResults(call) {
            let result = mlir_sys::mlirOperationGetResult(call, i);
            mlir_sys::mlirValueReplaceAllUsesOfWith(
                result,
                mlir_sys::mlirOperationGetOperand(terminator, i),
            );
        }
        mlir_sys::mlirOperationRemoveFromParent(call);
        mlir_sys::mlirOperationDestroy(call);
        mlir_sys::mlirOperationDestroy(copy);
    }
}
