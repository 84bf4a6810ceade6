//! Loop fission for the parallel form: the carried values of a decode loop that, once the
//! teacher's token replaces the choice, never depend on the model's scores (a "last token"
//! mixed with pad ids, finished flags, PRNG keys, counters of any shape) are computed for
//! every step first, in a *control loop* that runs only their own integer code, and
//! recorded one row per step. The model part then runs for all steps at once with those rows
//! as per-step inputs (`parallel.rs`). The control loop keeps the original condition, so a
//! loop that stops at an end-of-sequence token stops at the same step; the number of steps
//! it ran is the stop.
//!
//! A carried value is *control* when the backward slice of its update (within the loop,
//! the choice taken as given) reads only control, counter and loop-invariant values, values
//! from outside the loop, and no float value anywhere (nested regions included). The set is
//! the greatest fixpoint of that rule. When every value the control loop carries has a
//! closed form (`closed.rs`: affine, prefix-OR, fed), the loop is replaced by it; otherwise
//! (a PRNG key split every step) it runs several steps per iteration (`stride`). Imports
//! nothing from its parent.

use super::common::{
    block_arg, collect_region_captures, constant_i32, erase_between, is_inside, previous, ty,
};
use super::recognize::Write;
use super::teacher::teacher_token;
use crate::analysis::LoopInfo;
use crate::emit::{Emitter, TensorType};
use crate::raw::{
    self, block_argument, block_ops, def, erase, name_of, operand, operand_count, region_block,
    result, result_count, uses,
};
use mlir_sys::{MlirBlock, MlirOperation, MlirValue};
use std::collections::{HashMap, HashSet};

/// The carried values among `candidates` that are control values, given that the ones in
/// `allowed` (counters, invariants) are known at every step.
pub fn control_values(
    info: &LoopInfo,
    candidates: &[isize],
    allowed: &[isize],
    chosen: MlirValue,
) -> Vec<isize> {
    // A second token buffer (written with the choice at one position per step) is not a
    // control value: recorded per step it would give each step its own copy of every position,
    // a batch that needs no causality and saves nothing; it has to go through the analysis.
    let mut set: Vec<isize> = candidates
        .iter()
        .copied()
        .filter(|&j| !is_token_buffer(info, j, chosen))
        .collect();
    loop {
        let known: HashSet<isize> = set.iter().chain(allowed).copied().collect();
        let kept: Vec<isize> = set
            .iter()
            .copied()
            .filter(|&j| integer_slice(info, operand(info.ret, j), &known, chosen))
            .collect();
        if kept.len() == set.len() {
            return kept;
        }
        set = kept;
    }
}

/// Whether carried value `j` is updated only by writes (`scatter`, `dynamic_update_slice`)
/// of which one writes a value computed from the choice.
fn is_token_buffer(info: &LoopInfo, j: isize, chosen: MlirValue) -> bool {
    let arg = block_argument(info.body, j);
    let mut value = operand(info.ret, j);
    let mut chosen_written = false;
    while value.ptr != arg.ptr {
        let Some(write) = def(value).and_then(|(op, _)| Write::of(op)) else {
            return false;
        };
        chosen_written |=
            super::common::backward_slice(write.update()).contains(&(chosen.ptr as usize));
        value = write.buffer();
    }
    chosen_written
}

/// Whether `value` is computed, inside the loop, from the `known` carried values, the
/// choice and values from outside the loop only, touching no float value.
pub fn integer_slice(
    info: &LoopInfo,
    value: MlirValue,
    known: &HashSet<isize>,
    chosen: MlirValue,
) -> bool {
    let mut stack = vec![value];
    let mut seen = HashSet::new();
    while let Some(v) = stack.pop() {
        if v.ptr == chosen.ptr || !seen.insert(v.ptr as usize) {
            continue;
        }
        if let Some((block, j)) = block_arg(v) {
            let carried = block.ptr == info.body.ptr || block.ptr == info.cond.ptr;
            if carried && !known.contains(&j) {
                return false;
            }
            continue;
        }
        let Some((op, _)) = def(v) else { continue };
        if !is_inside(op, info.op) {
            continue;
        }
        if touches_float(op) {
            return false;
        }
        stack.extend((0..operand_count(op)).map(|i| operand(op, i)));
        collect_region_captures(op, &mut stack);
    }
    true
}

/// Ops of the loop body that the parallel form cannot run for all steps at once (a nested
/// `while`, such as a PRNG's rounds, or any op it does not batch) but whose inputs need no
/// model given the `known` carried values and the choice: the control loop records their
/// results (integers) for every step instead. The token write is not one of them.
pub fn frontier(
    info: &LoopInfo,
    known: &HashSet<isize>,
    (write, chosen): (Write, MlirValue),
) -> Vec<MlirOperation> {
    block_ops(info.body)
        .into_iter()
        .filter(|&op| result_count(op) > 0 && op.ptr != info.ret.ptr && op.ptr != write.op.ptr)
        .filter(|&op| !batched_directly(op) && varies(info, op))
        .filter(|&op| {
            !touches_float(op)
                && (0..result_count(op)).all(|i| integer_slice(info, result(op, i), known, chosen))
        })
        .collect()
}

/// Whether `op` reads (through its operands and captures, within the loop) a carried value
/// that changes from step to step; ops that do not are computed once.
fn varies(info: &LoopInfo, op: MlirOperation) -> bool {
    let mut stack: Vec<MlirValue> = (0..operand_count(op)).map(|i| operand(op, i)).collect();
    collect_region_captures(op, &mut stack);
    let mut seen = HashSet::new();
    while let Some(v) = stack.pop() {
        if !seen.insert(v.ptr as usize) {
            continue;
        }
        if let Some((block, j)) = block_arg(v) {
            if block.ptr == info.body.ptr && !info.is_invariant(j) {
                return true;
            }
            continue;
        }
        if let Some((d, _)) = def(v) {
            if is_inside(d, info.op) {
                stack.extend((0..operand_count(d)).map(|i| operand(d, i)));
                collect_region_captures(d, &mut stack);
            }
        }
    }
    false
}

/// Ops the parallel form batches itself (`batch.rs`).
fn batched_directly(op: MlirOperation) -> bool {
    let name = name_of(op);
    super::causal::batchable(&name)
        && (raw::region_count(op) == 0
            || matches!(
                name.as_str(),
                "stablehlo.reduce"
                    | "stablehlo.sort"
                    | "stablehlo.scatter"
                    | "stablehlo.reduce_window"
            ))
}

/// Whether `op` or any op nested in it has a float (or non-tensor) operand or result.
fn touches_float(op: MlirOperation) -> bool {
    let float = |v: MlirValue| TensorType::of(v).is_none_or(|t| t.is_float());
    let mut ops = vec![op];
    ops.extend(
        crate::ir::nested_ops(raw::op_ref(op))
            .into_iter()
            .map(|o| melior::ir::operation::OperationLike::to_raw(&o)),
    );
    ops.iter().any(|&o| {
        (0..operand_count(o)).any(|i| float(operand(o, i)))
            || (0..result_count(o)).any(|i| float(result(o, i)))
    })
}

/// What the control loop gives the parallel form.
pub struct Control {
    /// Per recorded carried index: its value at the start of every step, `[rows, dims...]`
    /// (rows past the last step hold zeros).
    pub rows: HashMap<isize, MlirValue>,
    /// Per kept carried index: its value after the loop.
    pub finals: HashMap<isize, MlirValue>,
    /// How many steps the loop ran (`tensor<i32>`).
    pub steps: MlirValue,
    /// Per recorded body value (by its pointer in the original loop): its value at every
    /// step, `[rows, dims...]`.
    pub values: HashMap<usize, MlirValue>,
}

/// What the control loop computes: the carried values it keeps, those of them it records
/// at the start of every step, and the results of `frontier` ops it records.
pub struct Wanted<'a> {
    pub kept: &'a [isize],
    pub recorded: &'a [isize],
    pub frontier: &'a [MlirOperation],
    /// Kept values whose value after the loop is wanted even when nothing in the control
    /// loop reads them (the counters: a loop that stops early ends at its own count).
    pub finals: &'a [isize],
}

/// Emits the control loop before `w`: a copy of `w` that carries only the kept values
/// (control values, counters, invariants, the token buffer), runs their code with the
/// teacher's token in place of the choice, and records what is wanted at every step.
pub fn build(
    w: MlirOperation,
    wanted: &Wanted,
    (write, chosen): (Write, MlirValue),
    teacher: MlirValue,
    rows: i64,
) -> Result<Control, String> {
    let copy = unsafe { mlir_sys::mlirOperationClone(w) };
    unsafe { mlir_sys::mlirBlockInsertOwnedOperationBefore(raw::block_of(w), w, copy) };
    let result = fill(w, copy, wanted, (write, chosen), teacher, rows);
    if result.is_err() {
        erase(copy);
    }
    result
}

fn fill(
    w: MlirOperation,
    copy: MlirOperation,
    wanted: &Wanted,
    (write, chosen): (Write, MlirValue),
    teacher: MlirValue,
    rows: i64,
) -> Result<Control, String> {
    let (kept, recorded) = (wanted.kept, wanted.recorded);
    let body = region_block(copy, 1);
    let mut frontier: Vec<(usize, MlirValue)> = Vec::new();
    for &op in wanted.frontier {
        let twin = counterpart(w, copy, op)?;
        frontier
            .extend((0..result_count(op)).map(|i| (result(op, i).ptr as usize, result(twin, i))));
    }
    let write = Write::of(counterpart(w, copy, write.op)?).ok_or("the write moved")?;
    let (chosen_op, number) = def(chosen).ok_or("the choice is not an op result")?;
    let chosen = result(counterpart(w, copy, chosen_op)?, number);
    let (token, _) = teacher_token(write, chosen, teacher)?;
    raw::replace_uses(chosen, token);
    let ret = raw::terminator(body).ok_or("the loop body is empty")?;
    let n = operand_count(w);
    for j in (0..n).filter(|j| !kept.contains(j)) {
        unsafe { mlir_sys::mlirOperationSetOperand(ret, j, block_argument(body, j)) };
    }
    let alive: HashSet<usize> = frontier
        .iter()
        .filter_map(|(_, v)| def(*v).map(|(op, _)| op.ptr as usize))
        .collect();
    remove_dead(body, &alive);
    let cond = region_block(copy, 0);
    for j in (0..n).filter(|j| !kept.contains(j)) {
        for block in [cond, body] {
            if read_besides(block_argument(block, j), ret) {
                return Err(format!(
                    "the loop's condition or control values read carried value #{j}, which depends on the model"
                ));
            }
        }
    }
    // Only what the recorded values, the condition and the finals wanted need stays (the
    // model's weights, and a token buffer the control code never reads, go).
    let mut seeds: Vec<MlirValue> = frontier.iter().map(|(_, v)| *v).collect();
    seeds.extend(
        recorded
            .iter()
            .chain(wanted.finals)
            .map(|&j| operand(ret, j)),
    );
    let needed = needed(body, cond, kept, &seeds);
    let kept: Vec<isize> = kept
        .iter()
        .copied()
        .filter(|j| needed.contains(j) || recorded.contains(j) || wanted.finals.contains(j))
        .collect();
    for j in (0..n).filter(|j| !kept.contains(j)) {
        unsafe { mlir_sys::mlirOperationSetOperand(ret, j, block_argument(body, j)) };
    }
    remove_dead(body, &alive);
    rebuild(copy, &kept, recorded, &frontier, rows)
}

/// The carried indices among `kept` that the condition reads or that the `seeds` (and the
/// updates of the values found so far) are computed from.
fn needed(body: MlirBlock, cond: MlirBlock, kept: &[isize], seeds: &[MlirValue]) -> HashSet<isize> {
    let Some(ret) = raw::terminator(body) else {
        return kept.iter().copied().collect();
    };
    let mut found: HashSet<isize> = kept
        .iter()
        .copied()
        .filter(|&j| !uses(block_argument(cond, j)).is_empty())
        .collect();
    let mut pending: Vec<MlirValue> = seeds.to_vec();
    pending.extend(found.iter().map(|&j| operand(ret, j)));
    while let Some(v) = pending.pop() {
        let slice = super::common::backward_slice(v);
        for &j in kept {
            if slice.contains(&(block_argument(body, j).ptr as usize)) && found.insert(j) {
                pending.push(operand(ret, j));
            }
        }
    }
    found
}

/// Whether `value` has a use other than being returned by `ret`.
fn read_besides(value: MlirValue, ret: MlirOperation) -> bool {
    uses(value).iter().any(|(op, _)| op.ptr != ret.ptr)
}

/// The op of `copy` at the place `op` has in `w`'s body.
fn counterpart(
    w: MlirOperation,
    copy: MlirOperation,
    op: MlirOperation,
) -> Result<MlirOperation, String> {
    let index = block_ops(region_block(w, 1))
        .iter()
        .position(|o| o.ptr == op.ptr)
        .ok_or("the choice or the write is not in the loop body itself")?;
    Ok(block_ops(region_block(copy, 1))[index])
}

/// Erases ops of `block` whose results are unused, until none is left (ops with effects
/// kept: `custom_call` and the host transfers; and the `alive` ones).
pub(super) fn remove_dead(block: MlirBlock, alive: &HashSet<usize>) {
    loop {
        let dead: Vec<MlirOperation> = block_ops(block)
            .into_iter()
            .filter(|&op| result_count(op) > 0 && !has_effects(op))
            .filter(|op| !alive.contains(&(op.ptr as usize)))
            .filter(|&op| (0..result_count(op)).all(|i| uses(result(op, i)).is_empty()))
            .collect();
        if dead.is_empty() {
            return;
        }
        dead.into_iter().rev().for_each(erase);
    }
}

fn has_effects(op: MlirOperation) -> bool {
    let mut ops = vec![name_of(op)];
    ops.extend(
        crate::ir::nested_ops(raw::op_ref(op))
            .iter()
            .map(|o| crate::ir::op_name(*o)),
    );
    ops.iter().any(|n| {
        matches!(
            n.as_str(),
            "stablehlo.custom_call"
                | "stablehlo.outfeed"
                | "stablehlo.infeed"
                | "stablehlo.send"
                | "stablehlo.recv"
                | "stablehlo.rng_bit_generator"
        ) || !(n.starts_with("stablehlo.") || n.starts_with("chlo."))
    })
}

/// The control loop proper: `kept` carried values, a step count and one record per
/// `recorded` value.
fn rebuild(
    copy: MlirOperation,
    kept: &[isize],
    recorded: &[isize],
    values: &[(usize, MlirValue)],
    rows: i64,
) -> Result<Control, String> {
    let e = Emitter::before(copy);
    let n = operand_count(copy);
    let i32_scalar = TensorType {
        dims: vec![],
        element: "i32".into(),
    };
    let record_type = |j: isize| -> Result<TensorType, String> {
        let t = TensorType::of(operand(copy, j)).ok_or("carried type")?;
        Ok(t.reshaped(&[vec![rows], t.dims.clone()].concat()))
    };
    let mut operands: Vec<MlirValue> = kept.iter().map(|&j| operand(copy, j)).collect();
    operands.push(e.splat(&i32_scalar, "0").ok_or("step constant")?);
    for &j in recorded {
        let t = record_type(j)?;
        operands.push(e.splat(&t, "0").ok_or("record constant")?);
    }
    for (_, v) in values {
        let t = TensorType::of(*v).ok_or("recorded type")?;
        let t = t.reshaped(&[vec![rows], t.dims.clone()].concat());
        operands.push(e.splat(&t, "0").ok_or("record constant")?);
    }
    let types: Vec<mlir_sys::MlirType> = operands.iter().map(|v| raw::value_type(*v)).collect();
    // IREE 3.13's stream scheduling fails ("circular dependency: input operation uses
    // partition output") when a value a dispatch copies (a prompt slice, the prompt written
    // into a buffer) is both the loop's initial value and read after the loop; the initial
    // values behind a barrier compile (seen on fuzz seeds 5 and 64, full recompute + EOS).
    // With the constants behind it too, HF's sampled generate failed at run time instead
    // (OUT_OF_RANGE on an indirect binding of copy_buffer), so only computed values go.
    // Constants (the step count, the empty records) stay out of it.
    // One barrier per value: with the 8 computed inits of HF's 4-layer greedy generate
    // (256 positions) in one barrier, IREE 3.13 failed at run time with the same
    // OUT_OF_RANGE; any 7 of them in one barrier, or each in its own, run.
    for i in 0..operands.len() {
        if constant_like(operands[i]) {
            continue;
        }
        let barrier = e.op(
            "stablehlo.optimization_barrier",
            &[operands[i]],
            &[types[i]],
            &[],
        );
        operands[i] = result(barrier, 0);
    }
    let lp = raw::rebuild(copy, &operands, &types);
    let (cond, body) = (region_block(lp, 0), region_block(lp, 1));
    let ret = raw::terminator(body).ok_or("the loop body is empty")?;
    let old: Vec<MlirValue> = (0..operand_count(ret)).map(|i| operand(ret, i)).collect();
    let mut returned: Vec<MlirValue> = kept.iter().map(|&j| old[j as usize]).collect();
    // The dropped values' arguments lose their last use (a pass-through) before they go.
    raw::set_operands(ret, &returned);
    for block in [cond, body] {
        for j in (0..n).rev().filter(|j| !kept.contains(j)) {
            unsafe { mlir_sys::mlirBlockEraseArgument(block, j as u32) };
        }
        for t in &types[kept.len()..] {
            unsafe { mlir_sys::mlirBlockAddArgument(block, *t, e.location) };
        }
    }
    let inner = Emitter::before(ret);
    let step = block_argument(body, kept.len() as isize);
    let one = inner.splat(&i32_scalar, "1").ok_or("step constant")?;
    returned.push(inner.value("stablehlo.add", &[step, one], ty(&inner, &i32_scalar)?, &[]));
    for (r, &j) in recorded.iter().enumerate() {
        let at = kept
            .iter()
            .position(|&k| k == j)
            .ok_or("a recorded value is not kept")?;
        let record = block_argument(body, (kept.len() + 1 + r) as isize);
        returned.push(record_row(
            &inner,
            record,
            block_argument(body, at as isize),
            step,
        )?);
    }
    let first_value = kept.len() + 1 + recorded.len();
    for (r, (_, v)) in values.iter().enumerate() {
        let record = block_argument(body, (first_value + r) as isize);
        returned.push(record_row(&inner, record, *v, step)?);
    }
    raw::set_operands(ret, &returned);
    let mut control = Control {
        rows: HashMap::new(),
        finals: HashMap::new(),
        steps: result(lp, kept.len() as isize),
        values: HashMap::new(),
    };
    for (r, (key, _)) in values.iter().enumerate() {
        control
            .values
            .insert(*key, result(lp, (first_value + r) as isize));
    }
    for (i, &j) in kept.iter().enumerate() {
        control.finals.insert(j, result(lp, i as isize));
    }
    for (r, &j) in recorded.iter().enumerate() {
        control
            .rows
            .insert(j, result(lp, (kept.len() + 1 + r) as isize));
    }
    if values.is_empty() {
        return Ok(closed_or(lp, kept, recorded, rows, control));
    }
    stride(lp, rows);
    Ok(control)
}

/// Steps of a kept control loop run per iteration (`unroll::unroll_guarded`): IREE reads
/// every iteration's condition back on the host, and the loop's integer code is a chain of
/// tiny dispatches. HF's sampled generate (248 steps, a key split each), the whole
/// teacher-forced run (IREE 3.13 CPU, local-task, medians of 7 alternating): 127 ms at 1
/// step an iteration, 104 ms at 4; with the loop's slicing kept on the device
/// (`resident.rs`) 51.7 ms at 4, 47.0-49.1 ms at 8, 58.3 ms at 16. Before `resident.rs`,
/// 6 and more failed in iree-compile on one generated sampling + EOS program ("failed to
/// solve for timepoint coverage", fuzz seed 91 index 5); with it, that program and its 15
/// siblings compile and replay at 8.
const CONTROL_STEPS_PER_ITERATION: i64 = 8;

/// The most ops the unrolled control loop body may hold.
const CONTROL_BODY_OPS: i64 = 4_000;

/// Runs several steps of the control loop `lp` per iteration, as many as its size allows,
/// and keeps its work on the device (`resident.rs`).
fn stride(lp: MlirOperation, rows: i64) {
    let body_ops = raw::block_ops(region_block(lp, 1)).len().max(1) as i64;
    let factor = CONTROL_STEPS_PER_ITERATION
        .min(rows)
        .min(CONTROL_BODY_OPS / body_ops);
    if factor > 1 {
        super::unroll::unroll_guarded(lp, factor as usize);
    }
    // After unrolling: the guards' selects and row writes are rewritten too.
    super::resident::keep_on_device(&[region_block(lp, 0), region_block(lp, 1)]);
}

/// The control values in closed form (`closed.rs`) when they all have one: the loop goes;
/// otherwise `control`, the loop's.
fn closed_or(
    lp: MlirOperation,
    kept: &[isize],
    recorded: &[isize],
    rows: i64,
    control: Control,
) -> Control {
    let marker = previous(lp);
    let closed = match super::closed::closed_forms(lp, kept.len(), rows) {
        Ok(c) => c,
        Err(_) => {
            erase_between(marker, lp);
            stride(lp, rows);
            return control;
        }
    };
    let mut out = Control {
        rows: HashMap::new(),
        finals: HashMap::new(),
        steps: closed.steps,
        values: HashMap::new(),
    };
    for (i, &j) in kept.iter().enumerate() {
        out.finals.insert(j, closed.finals[i]);
        if recorded.contains(&j) {
            out.rows.insert(j, closed.rows[i]);
        }
    }
    erase(lp);
    out
}

/// Whether `v` is a constant, an iota or a broadcast of one.
fn constant_like(mut v: MlirValue) -> bool {
    loop {
        let Some((op, _)) = def(v) else { return false };
        match name_of(op).as_str() {
            "stablehlo.constant" | "stablehlo.iota" => return true,
            "stablehlo.broadcast_in_dim" | "stablehlo.convert" | "stablehlo.reshape" => {
                v = operand(op, 0)
            }
            _ => return false,
        }
    }
}

/// `record` with `value` written as row `step`.
fn record_row(
    e: &Emitter,
    record: MlirValue,
    value: MlirValue,
    step: MlirValue,
) -> Result<MlirValue, String> {
    let t = TensorType::of(value).ok_or("carried type")?;
    let row = t.reshaped(&[vec![1], t.dims.clone()].concat());
    let reshaped = e.value("stablehlo.reshape", &[value], ty(e, &row)?, &[]);
    let zero = constant_i32(e, 0).ok_or("index constant")?;
    let mut operands = vec![record, reshaped, step];
    operands.extend(std::iter::repeat_n(zero, t.dims.len()));
    Ok(e.value(
        "stablehlo.dynamic_update_slice",
        &operands,
        raw::value_type(record),
        &[],
    ))
}
