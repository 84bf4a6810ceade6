//! What the sequential rewrite (`ar_to_tf.rs`) and the parallel one (`parallel.rs`,
//! `batch.rs`, `causal.rs`) share: raw IR access (block arguments, terminators, backward
//! slices, values captured by regions), the forced state threaded through a chain, widening
//! of bf16/f16 scores, and small text helpers. Imports nothing from its parent.

use crate::emit::{Emitter, TensorType};
use crate::ir;
use crate::raw::{self, def, operand, operand_count};
use melior::ir::operation::OperationLike;
use melior::ir::OperationRef;
use mlir_sys::{MlirBlock, MlirOperation, MlirValue};
use std::collections::HashSet;

/// The block and index of a block argument.
pub(super) fn block_arg(value: MlirValue) -> Option<(MlirBlock, isize)> {
    unsafe {
        if mlir_sys::mlirValueIsABlockArgument(value) {
            Some((
                mlir_sys::mlirBlockArgumentGetOwner(value),
                mlir_sys::mlirBlockArgumentGetArgNumber(value),
            ))
        } else {
            None
        }
    }
}

/// The block's last op (MLIR cannot tell that an unregistered `stablehlo.return` is a
/// terminator, so `mlirBlockGetTerminator` would give null). Loop and function bodies always
/// end in one.
pub(super) fn terminator(block: MlirBlock) -> MlirOperation {
    raw::terminator(block).unwrap_or(MlirOperation {
        ptr: std::ptr::null_mut(),
    })
}

pub(super) fn same(a: MlirValue, b: MlirValue) -> bool {
    a.ptr == b.ptr
}

/// Values `value` depends on through operands, inside one block's ops (block arguments
/// included, ops of enclosing blocks not entered).
pub(super) fn backward_slice(value: MlirValue) -> HashSet<usize> {
    let mut seen = HashSet::new();
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        if !seen.insert(v.ptr as usize) {
            continue;
        }
        if let Some((op, _)) = def(v) {
            for i in 0..operand_count(op) {
                stack.push(operand(op, i));
            }
            collect_region_captures(op, &mut stack);
        }
    }
    seen
}

/// Values used inside `op`'s regions but defined outside them (implicit captures).
pub(super) fn collect_region_captures(op: MlirOperation, stack: &mut Vec<MlirValue>) {
    let op_ref = unsafe { OperationRef::from_raw(op) };
    if op_ref.region_count() == 0 {
        return;
    }
    for inner in ir::nested_ops(op_ref) {
        for i in 0..operand_count(inner.to_raw()) {
            let v = operand(inner.to_raw(), i);
            let inside = match def(v) {
                Some((d, _)) => is_inside(d, op),
                None => block_arg(v).is_some_and(|(b, _)| {
                    is_inside(unsafe { mlir_sys::mlirBlockGetParentOperation(b) }, op)
                }),
            };
            if !inside {
                stack.push(v);
            }
        }
    }
}

pub(super) fn is_inside(mut op: MlirOperation, ancestor: MlirOperation) -> bool {
    loop {
        if op.ptr == ancestor.ptr {
            return true;
        }
        op = unsafe { mlir_sys::mlirOperationGetParentOperation(op) };
        if op.ptr.is_null() {
            return false;
        }
    }
}

/// State threaded through the chain: the teacher, predicted tokens and logits so far.
#[derive(Clone, Copy)]
pub(super) struct Forced {
    pub(super) teacher: MlirValue,
    pub(super) predicted: MlirValue,
    pub(super) logits: MlirValue,
}

/// Logits are recorded in f32 when the model computes in bf16 or f16 (exact widening): a
/// verifier's tools read f32 everywhere, and IREE's tools cannot write bf16 results.
pub(super) fn widened(element: &str) -> &str {
    match element {
        "bf16" | "f16" => "f32",
        other => other,
    }
}

/// `scores` converted to f32 when they are bf16 or f16.
pub(super) fn widen(e: &Emitter, scores: MlirValue) -> Result<MlirValue, String> {
    let t = TensorType::of(scores).ok_or("scores type")?;
    if widened(&t.element) == t.element {
        return Ok(scores);
    }
    Ok(e.value(
        "stablehlo.convert",
        &[scores],
        ty(e, &t.with_element(widened(&t.element)))?,
        &[],
    ))
}

pub(super) fn ty(e: &Emitter, t: &TensorType) -> Result<mlir_sys::MlirType, String> {
    e.ty(&t.text())
        .ok_or_else(|| format!("bad type {}", t.text()))
}

pub(super) fn join(values: &[i64]) -> String {
    values
        .iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Erases the ops that computed `values` when nothing else uses them (a rewrite's
/// leftovers). A value may be reached more than once (an op using it twice, one value's
/// computation inside another's): the results of erased ops are remembered and skipped.
pub(super) fn erase_dead(values: &[MlirValue]) {
    let mut gone: HashSet<usize> = HashSet::new();
    let mut stack = values.to_vec();
    while let Some(v) = stack.pop() {
        if gone.contains(&(v.ptr as usize)) {
            continue;
        }
        let Some((op, _)) = def(v) else { continue };
        let results = raw::result_count(op);
        if raw::region_count(op) > 0
            || (0..results).any(|i| !raw::uses(raw::result(op, i)).is_empty())
        {
            continue;
        }
        gone.extend((0..results).map(|i| raw::result(op, i).ptr as usize));
        stack.extend((0..operand_count(op)).map(|i| operand(op, i)));
        raw::erase(op);
    }
}

/// An i32 scalar constant (an index of a written window).
pub(super) fn constant_i32(e: &Emitter, value: i64) -> Option<MlirValue> {
    let value = i32::try_from(value).ok()?;
    e.splat(&TensorType::parse("tensor<i32>")?, &value.to_string())
}

/// An integer scalar as i32 (the type of the indices the rewrites emit).
pub(super) fn as_i32(e: &Emitter, v: MlirValue) -> Option<MlirValue> {
    if TensorType::of(v)?.element == "i32" {
        return Some(v);
    }
    Some(e.value("stablehlo.convert", &[v], e.ty("tensor<i32>")?, &[]))
}

/// Ops whose every result entry is computed from the operands' entries at the same place
/// (the analysis, the batching and the partial evaluator share the list).
const ELEMENTWISE: &[&str] = &[
    "stablehlo.add",
    "stablehlo.subtract",
    "stablehlo.multiply",
    "stablehlo.divide",
    "stablehlo.remainder",
    "stablehlo.maximum",
    "stablehlo.minimum",
    "stablehlo.power",
    "stablehlo.atan2",
    "stablehlo.and",
    "stablehlo.or",
    "stablehlo.xor",
    "stablehlo.not",
    "stablehlo.negate",
    "stablehlo.abs",
    "stablehlo.exponential",
    "stablehlo.exponential_minus_one",
    "stablehlo.log",
    "stablehlo.log_plus_one",
    "stablehlo.logistic",
    "stablehlo.rsqrt",
    "stablehlo.sqrt",
    "stablehlo.cbrt",
    "stablehlo.tanh",
    "stablehlo.sine",
    "stablehlo.cosine",
    "stablehlo.tan",
    "stablehlo.sign",
    "stablehlo.floor",
    "stablehlo.ceil",
    "stablehlo.round_nearest_afz",
    "stablehlo.round_nearest_even",
    "stablehlo.is_finite",
    "stablehlo.convert",
    "stablehlo.bitcast_convert",
    "stablehlo.compare",
    "stablehlo.select",
    "stablehlo.clamp",
    "stablehlo.shift_left",
    "stablehlo.shift_right_arithmetic",
    "stablehlo.shift_right_logical",
    "chlo.square",
    "chlo.erf",
];

pub(super) fn is_elementwise(name: &str) -> bool {
    ELEMENTWISE.contains(&name)
}

/// The op before `op` in its block (null for the first).
pub(super) fn previous(op: MlirOperation) -> MlirOperation {
    let mut prev = MlirOperation {
        ptr: std::ptr::null_mut(),
    };
    for o in crate::raw::block_ops(crate::raw::block_of(op)) {
        if o.ptr == op.ptr {
            break;
        }
        prev = o;
    }
    prev
}

/// `array<i64: ...>`.
pub(super) fn array(e: &Emitter, values: &[i64]) -> Result<mlir_sys::MlirAttribute, String> {
    e.attr(&crate::emit::i64_array(values))
        .ok_or_else(|| "array attribute".to_string())
}

/// Erases the ops between `marker` (exclusive; the block's start when null) and `end`.
pub(super) fn erase_between(marker: MlirOperation, end: MlirOperation) {
    let mut ops = Vec::new();
    let mut op = if marker.ptr.is_null() {
        unsafe { mlir_sys::mlirBlockGetFirstOperation(mlir_sys::mlirOperationGetBlock(end)) }
    } else {
        unsafe { mlir_sys::mlirOperationGetNextInBlock(marker) }
    };
    while !op.ptr.is_null() && op.ptr != end.ptr {
        ops.push(op);
        op = unsafe { mlir_sys::mlirOperationGetNextInBlock(op) };
    }
    for op in ops.into_iter().rev() {
        crate::raw::erase(op);
    }
}
