//! Unrolling the loops inside a decode step that run a known number of times: a `lax.scan`
//! over stacked layers (model code: the step becomes straight-line code, so the parallel
//! form can batch it and the box analysis can follow each layer's cache write), and, in a
//! decode loop's body, small integer loops such as threefry's 5 rounds (JAX writes them as a
//! `fori_loop` on CPU), which then run for all steps at once (the Gumbel noise of a sampler)
//! instead of once a step in the control loop. Only loops whose trip count is a constant
//! (`LoopInfo::trip_count`) and whose unrolled size stays under a bound are unrolled. Also
//! `unroll_guarded`: several steps of a loop per iteration, each past the first kept only
//! while the condition holds (the control loop). Imports nothing from its parent.

use crate::analysis::LoopInfo;
use crate::emit::TensorType;
use crate::raw::{block_argument, block_ops, erase, name_of, operand, operand_count};
use crate::raw::{replace_uses, result, result_count};
use mlir_sys::{MlirBlock, MlirOperation, MlirValue};
use std::collections::HashMap;

/// The most ops one unrolled loop may add.
const MAX_OPS: i64 = 20_000;

/// The most ops one unrolled integer loop (a PRNG's rounds) may add.
const MAX_INTEGER_OPS: i64 = 2_000;

/// Unrolls the eligible loops directly in `block` but those in `keep`; returns how many.
pub(super) fn unroll_model_loops(block: MlirBlock, keep: &[MlirOperation]) -> usize {
    unroll_in(block, keep, false)
}

/// Unrolls the eligible loops directly in a decode step's `block`: model loops, and integer
/// loops of a known small trip count (a PRNG's rounds: JAX writes threefry's 5 rounds as a
/// `fori_loop` on CPU), which then run for all steps at once instead of once a step in the
/// control loop; returns how many.
pub(super) fn unroll_step_loops(block: MlirBlock) -> usize {
    unroll_in(block, &[], true)
}

fn unroll_in(block: MlirBlock, keep: &[MlirOperation], integer_too: bool) -> usize {
    let loops: Vec<MlirOperation> = block_ops(block)
        .into_iter()
        .filter(|&op| name_of(op) == veritor_dialects::stablehlo::WHILE)
        .filter(|op| keep.iter().all(|k| k.ptr != op.ptr))
        .collect();
    loops
        .into_iter()
        .filter(|&w| unroll(w, integer_too))
        .count()
}

fn unroll(w: MlirOperation, integer_too: bool) -> bool {
    let Some(info) = LoopInfo::of(w) else {
        return false;
    };
    let Some(trips) = info.trip_count() else {
        return false;
    };
    let body_ops = block_ops(info.body).len() as i64;
    let carries_float =
        (0..result_count(w)).any(|i| TensorType::of(result(w, i)).is_some_and(|t| t.is_float()));
    let limit = if carries_float {
        MAX_OPS
    } else if integer_too {
        MAX_INTEGER_OPS
    } else {
        return false;
    };
    if trips * body_ops > limit {
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
    let map = copy_ops(&ops_before(body, ret), body, carried, anchor);
    (0..operand_count(ret))
        .map(|i| lookup(&map, operand(ret, i)))
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

/// Runs `factor` steps of `w` per iteration: the body's first copy as before (the condition
/// held), then `factor - 1` more, each computing the condition on the values so far and
/// keeping them where it fails (`select`). The loop stops at the same step with the same
/// values; a loop of `n` steps runs `ceil(n / factor)` iterations (IREE reads every
/// iteration's condition back on the host, which a control loop of tiny dispatches pays
/// once a step). Only loops whose condition and body cannot fault or have effects when run
/// past the stop are unrolled (`safe_past_stop`); returns whether `w` was.
pub(super) fn unroll_guarded(w: MlirOperation, factor: usize) -> bool {
    let Some(info) = LoopInfo::of(w) else {
        return false;
    };
    let Some(cond_ret) = crate::raw::terminator(info.cond) else {
        return false;
    };
    if factor < 2 || !safe_past_stop(info.body) || !safe_past_stop(info.cond) {
        return false;
    }
    let body_ops = ops_before(info.body, info.ret);
    let cond_ops = ops_before(info.cond, cond_ret);
    let mut state: Vec<MlirValue> = (0..operand_count(info.ret))
        .map(|i| operand(info.ret, i))
        .collect();
    let e = crate::emit::Emitter::before(info.ret);
    for _ in 1..factor {
        let held = copy_ops(&cond_ops, info.cond, &state, info.ret);
        let held = lookup(&held, operand(cond_ret, 0));
        let next = copy_ops(&body_ops, info.body, &state, info.ret);
        state = state
            .iter()
            .enumerate()
            .map(|(i, &old)| {
                let new = lookup(&next, operand(info.ret, i as isize));
                if guard_row(new, old, held) {
                    return new;
                }
                let ty = crate::raw::value_type(old);
                e.value("stablehlo.select", &[held, new, old], ty, &[])
            })
            .collect();
    }
    crate::raw::set_operands(info.ret, &state);
    true
}

/// When `new` is `dynamic_update_slice(old, row, at...)` (a record written one row a
/// step), guards the row instead of the whole buffer: the row written becomes
/// `select(held, row, dynamic_slice(old, at...))`, so a step past the stop writes back what
/// is there. Returns whether it did.
fn guard_row(new: MlirValue, old: MlirValue, held: MlirValue) -> bool {
    let Some((dus, 0)) = crate::raw::def(new) else {
        return false;
    };
    if name_of(dus) != "stablehlo.dynamic_update_slice" || operand(dus, 0).ptr != old.ptr {
        return false;
    }
    let row = operand(dus, 1);
    let Some(row_type) = TensorType::of(row) else {
        return false;
    };
    let e = crate::emit::Emitter::before(dus);
    let Some(sizes) = e.attr(&crate::emit::i64_array(&row_type.dims)) else {
        return false;
    };
    let mut operands = vec![old];
    operands.extend((2..operand_count(dus)).map(|i| operand(dus, i)));
    let ty = crate::raw::value_type(row);
    let there = e.value(
        "stablehlo.dynamic_slice",
        &operands,
        ty,
        &[("slice_sizes", sizes)],
    );
    let guarded = e.value("stablehlo.select", &[held, row, there], ty, &[]);
    unsafe { mlir_sys::mlirOperationSetOperand(dus, 1, guarded) };
    true
}

/// The ops of `block` before `end`.
fn ops_before(block: MlirBlock, end: MlirOperation) -> Vec<MlirOperation> {
    block_ops(block)
        .into_iter()
        .take_while(|o| o.ptr != end.ptr)
        .collect()
}

/// What `v` maps to, or `v` itself (a value from outside the loop).
fn lookup(map: &HashMap<usize, MlirValue>, v: MlirValue) -> MlirValue {
    map.get(&(v.ptr as usize)).copied().unwrap_or(v)
}

/// Copies `ops` (of `block`) before `anchor` with the block's arguments bound to `args`;
/// returns the map from the originals' values to the copies'.
fn copy_ops(
    ops: &[MlirOperation],
    block: MlirBlock,
    args: &[MlirValue],
    anchor: MlirOperation,
) -> HashMap<usize, MlirValue> {
    let mut map: HashMap<usize, MlirValue> = args
        .iter()
        .enumerate()
        .map(|(j, v)| (block_argument(block, j as isize).ptr as usize, *v))
        .collect();
    for &op in ops {
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
    map
}

/// Whether every op of `block` is a StableHLO op that neither faults nor has effects on any
/// input: no integer division or remainder (a zero divisor past the stop), no custom call or
/// random number op, and no op with regions but reductions and sorts (whose regions are
/// their combiners).
fn safe_past_stop(block: MlirBlock) -> bool {
    block_ops(block).into_iter().all(|op| {
        let name = name_of(op);
        let regions_ok = crate::raw::region_count(op) == 0
            || matches!(name.as_str(), "stablehlo.reduce" | "stablehlo.sort");
        let division = matches!(name.as_str(), "stablehlo.divide" | "stablehlo.remainder")
            && TensorType::of(result(op, 0)).is_some_and(|t| !t.is_float());
        name.starts_with("stablehlo.")
            && regions_ok
            && !division
            && !matches!(
                name.as_str(),
                "stablehlo.custom_call" | "stablehlo.rng" | "stablehlo.rng_bit_generator"
            )
    })
}
