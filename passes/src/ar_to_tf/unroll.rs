//! Unrolling the loops inside a decode step that run the model a known number of times (a
//! `lax.scan` over stacked layers): the step becomes straight-line code, so the parallel form
//! can batch it and the box analysis can follow each layer's cache write. Only loops whose
//! trip count is a constant (`LoopInfo::trip_count`), that carry a float value (model code;
//! integer loops such as a PRNG's rounds are left to the control loop) and whose unrolled
//! size stays under a bound are unrolled. Imports nothing from its parent.

use crate::analysis::LoopInfo;
use crate::emit::TensorType;
use crate::raw::{block_argument, block_ops, erase, name_of, operand, operand_count};
use crate::raw::{replace_uses, result, result_count};
use mlir_sys::{MlirBlock, MlirOperation, MlirValue};
use std::collections::HashMap;

/// The most ops one unrolled loop may add.
const MAX_OPS: i64 = 20_000;

/// Unrolls the eligible loops directly in `block` but those in `keep`; returns how many.
pub(super) fn unroll_model_loops(block: MlirBlock, keep: &[MlirOperation]) -> usize {
    let loops: Vec<MlirOperation> = block_ops(block)
        .into_iter()
        .filter(|&op| name_of(op) == veritor_dialects::stablehlo::WHILE)
        .filter(|op| keep.iter().all(|k| k.ptr != op.ptr))
        .collect();
    loops.into_iter().filter(|&w| unroll(w)).count()
}

fn unroll(w: MlirOperation) -> bool {
    let Some(info) = LoopInfo::of(w) else {
        return false;
    };
    let Some(trips) = info.trip_count() else {
        return false;
    };
    let body_ops = block_ops(info.body).len() as i64;
    let carries_float =
        (0..result_count(w)).any(|i| TensorType::of(result(w, i)).is_some_and(|t| t.is_float()));
    if !carries_float || trips * body_ops > MAX_OPS {
        return false;
    }
    let mut carried: Vec<MlirValue> = (0..operand_count(w)).map(|i| operand(w, i)).collect();
    for _ in 0..trips {
        carried = copy_body(info.body, info.ret, &carried, w);
    }
    for (i, v) in carried.into_iter().enumerate() {
        replace_uses(result(w, i as isize), v);
    }
    erase(w);
    true
}

/// Copies the body's ops before `anchor` with the block arguments bound to `carried`;
/// returns the values the body returns.
fn copy_body(
    body: MlirBlock,
    ret: MlirOperation,
    carried: &[MlirValue],
    anchor: MlirOperation,
) -> Vec<MlirValue> {
    let mut map: HashMap<usize, MlirValue> = carried
        .iter()
        .enumerate()
        .map(|(j, v)| (block_argument(body, j as isize).ptr as usize, *v))
        .collect();
    for op in block_ops(body) {
        if op.ptr == ret.ptr {
            break;
        }
        unsafe {
            let copy = mlir_sys::mlirOperationClone(op);
            remap(copy, &map);
            mlir_sys::mlirBlockInsertOwnedOperationBefore(
                mlir_sys::mlirOperationGetBlock(anchor),
                anchor,
                copy,
            );
            for i in 0..result_count(op) {
                map.insert(result(op, i).ptr as usize, result(copy, i));
            }
        }
    }
    (0..operand_count(ret))
        .map(|i| {
            let v = operand(ret, i);
            map.get(&(v.ptr as usize)).copied().unwrap_or(v)
        })
        .collect()
}

/// Rebinds the operands of `op` and of every op nested in it that `map` knows.
fn remap(op: MlirOperation, map: &HashMap<usize, MlirValue>) {
    let mut ops = vec![op];
    ops.extend(
        crate::ir::nested_ops(crate::raw::op_ref(op))
            .into_iter()
            .map(|o| melior::ir::operation::OperationLike::to_raw(&o)),
    );
    for o in ops {
        for i in 0..operand_count(o) {
            if let Some(v) = map.get(&(operand(o, i).ptr as usize)) {
                unsafe { mlir_sys::mlirOperationSetOperand(o, i, *v) };
            }
        }
    }
}
