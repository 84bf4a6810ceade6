//! Recognition of the token chain: the writes of a token buffer (`scatter` or
//! `dynamic_update_slice`) and the loops they sit in, how a written token was chosen (the
//! argmax-style reduce and the path from it), and the scatter dimension numbers and score
//! axes a teacher-forced read needs. Imports nothing from its parent.

use super::common::{same, terminator};
use super::eval;
use crate::emit::TensorType;
use crate::raw::{block_argument, def, name_of, operand, operand_count, result_count};
use melior::ir::operation::OperationLike;
use melior::ir::OperationRef;
use mlir_sys::{MlirBlock, MlirOperation, MlirValue};
use std::collections::HashSet;

/// A write of one token (or a window of tokens) into the buffer.
#[derive(Clone, Copy)]
pub(super) struct Write {
    pub(super) op: MlirOperation,
    pub(super) scatter: bool,
}

impl Write {
    pub(super) fn of(op: MlirOperation) -> Option<Write> {
        match name_of(op).as_str() {
            "stablehlo.scatter" if operand_count(op) == 3 => Some(Write { op, scatter: true }),
            "stablehlo.dynamic_update_slice" => Some(Write { op, scatter: false }),
            _ => None,
        }
    }

    pub(super) fn buffer(&self) -> MlirValue {
        operand(self.op, 0)
    }

    pub(super) fn update_index(&self) -> isize {
        if self.scatter {
            2
        } else {
            1
        }
    }

    pub(super) fn update(&self) -> MlirValue {
        operand(self.op, self.update_index())
    }
}

/// One link of the chain that produces the returned tokens, in program order.
#[derive(Clone, Copy)]
pub(super) enum Link {
    Write(Write),
    Loop { op: MlirOperation, carried: isize },
}

/// The writes and loops that produce `value`, first one first.
pub(super) fn chain(mut value: MlirValue) -> Vec<Link> {
    let mut links = Vec::new();
    while let Some((op, number)) = def(value) {
        if let Some(write) = Write::of(op) {
            links.push(Link::Write(write));
            value = write.buffer();
        } else if name_of(op) == veritor_dialects::stablehlo::WHILE {
            links.push(Link::Loop {
                op,
                carried: number,
            });
            value = operand(op, number);
        } else {
            break;
        }
    }
    links.reverse();
    links
}

/// Writes in a loop body from the carried buffer to the returned one, first one first.
pub(super) fn body_writes(body: MlirBlock, carried: isize) -> Result<Vec<Write>, String> {
    let start = block_argument(body, carried);
    let mut value = operand(terminator(body), carried);
    let mut writes = Vec::new();
    while !same(value, start) {
        let write = def(value).and_then(|(op, _)| Write::of(op)).ok_or(
            "the carried integer buffer is not updated by scatter or dynamic_update_slice writes (nor by a select whose mask is one window of fixed size inside the buffer at every step)",
        )?;
        writes.push(write);
        value = write.buffer();
    }
    writes.reverse();
    Ok(writes)
}

/// How a written token was chosen: the float scores, the index result of the argmax-style
/// reduce (the choice), and the ops of the write's block that lie between the choice and
/// the written value (in block order): whatever integer arithmetic mixes the choice with
/// flags, pad ids, counters or prompt tokens.
pub(super) struct Choice {
    pub(super) scores: MlirValue,
    pub(super) chosen: MlirValue,
    pub(super) path: Vec<MlirOperation>,
}

/// The written value is a choice when it depends on float values only through the index
/// result of one argmax-style `stablehlo.reduce` (over float scores, with an index operand)
/// in the same block: `argmax`, `argmax * not(finished) + pad * finished`,
/// `select(i < P, prompt[i], argmax)` all qualify; a token computed from floats any other
/// way (a threshold, a second argmax) does not. Values from outside the block are inputs.
pub(super) fn choice(update: MlirValue) -> Option<Choice> {
    let (first, _) = def(update)?;
    let block = unsafe { mlir_sys::mlirOperationGetBlock(first) };
    let mut slice: HashSet<usize> = HashSet::new();
    let mut argmax: Option<(MlirOperation, MlirValue)> = None;
    let mut stack = vec![update];
    let mut seen = HashSet::new();
    while let Some(v) = stack.pop() {
        if !seen.insert(v.ptr as usize) {
            continue;
        }
        let Some((op, number)) = def(v) else {
            if is_float(v) {
                return None;
            }
            continue;
        };
        if unsafe { mlir_sys::mlirOperationGetBlock(op) }.ptr != block.ptr {
            if is_float(v) {
                return None;
            }
            continue;
        }
        if (is_argmax(op) && number >= 1) || picks_from_top_k(op) {
            argmax = match argmax {
                None => Some((op, v)),
                Some(found) => Some(one_choice(found, (op, v))?),
            };
            continue;
        }
        if opaque(op) {
            return None;
        }
        slice.insert(op.ptr as usize);
        (0..operand_count(op)).for_each(|i| stack.push(operand(op, i)));
    }
    let (reduce, mut chosen) = argmax?;
    let scores = if picks_from_top_k(reduce) {
        chosen = through_bounds_check(chosen, &slice);
        top_k_of(operand(reduce, 0)).map(|top_k| operand(top_k, 0))?
    } else {
        strip_noise(operand(reduce, 0))
    };
    Some(Choice {
        scores,
        chosen,
        path: users_in(block, chosen, &slice),
    })
}

/// A write of the token chosen the step before: the written value depends on no float and
/// reads one carried value `c` (not through the buffer) whose next value is a choice. Returns
/// `c`.
pub(super) fn delayed_choice(body: MlirBlock, write: Write) -> Option<isize> {
    if choice(write.update()).is_some() {
        return None;
    }
    let ret = terminator(body);
    let mut found: Option<isize> = None;
    let mut stack = vec![write.update()];
    let mut seen = HashSet::new();
    while let Some(v) = stack.pop() {
        if !seen.insert(v.ptr as usize) {
            continue;
        }
        if let Some((block, j)) = super::common::block_arg(v) {
            if block.ptr == body.ptr && choice(operand(ret, j)).is_some() {
                if found.is_some_and(|f| f != j) {
                    return None;
                }
                found = Some(j);
            }
            continue;
        }
        let Some((op, _)) = def(v) else { continue };
        if unsafe { mlir_sys::mlirOperationGetBlock(op) }.ptr != body.ptr {
            continue;
        }
        if opaque(op) {
            return None;
        }
        (0..operand_count(op)).for_each(|i| stack.push(operand(op, i)));
    }
    found
}

fn is_float(v: MlirValue) -> bool {
    TensorType::of(v).is_none_or(|t| t.is_float())
}

/// A `stablehlo.reduce` with an index result over float values.
fn is_argmax(op: MlirOperation) -> bool {
    name_of(op) == "stablehlo.reduce"
        && result_count(op) >= 2
        && TensorType::of(operand(op, 0)).is_some_and(|t| t.is_float())
}

/// Top-k sampling: a `gather` (`take_along_axis`) or `dynamic_slice` (`indices[j]`) from
/// the index result of `chlo.top_k` (over float scores), at a position an argmax chose (the
/// sample among the k kept): the picked vocabulary token is the choice, and the scores are
/// the top-k's input.
fn picks_from_top_k(op: MlirOperation) -> bool {
    if !matches!(
        name_of(op).as_str(),
        "stablehlo.gather" | "stablehlo.dynamic_slice"
    ) {
        return false;
    }
    let from_top_k = top_k_of(operand(op, 0)).is_some();
    from_top_k && (1..operand_count(op)).any(|i| depends_on_argmax(operand(op, i)))
}

/// The `chlo.top_k` whose index result `v` is, through shape-only ops (a batch axis added
/// by `broadcast_in_dim` or `reshape`, a `convert`), over float scores.
fn top_k_of(mut v: MlirValue) -> Option<MlirOperation> {
    loop {
        let (op, number) = def(v)?;
        match name_of(op).as_str() {
            "chlo.top_k" => {
                let float = TensorType::of(operand(op, 0)).is_some_and(|x| x.is_float());
                return (number == 1 && float).then_some(op);
            }
            "stablehlo.broadcast_in_dim" | "stablehlo.reshape" | "stablehlo.convert" => {
                v = operand(op, 0)
            }
            _ => return None,
        }
    }
}

fn depends_on_argmax(value: MlirValue) -> bool {
    argmax_under(value).is_some()
}

/// A top-k pick's value after `take_along_axis`'s bounds check (`select(0 <= j < k, pick,
/// INT_MIN)`, its only use), which belongs to the pick: the check reads the sampled index,
/// integers and constants only.
fn through_bounds_check(pick: MlirValue, slice: &HashSet<usize>) -> MlirValue {
    let users = crate::raw::uses(pick);
    let [(select, at)] = users.as_slice() else {
        return pick;
    };
    let is_check = name_of(*select) == "stablehlo.select"
        && slice.contains(&(select.ptr as usize))
        && matches!(at, 1 | 2)
        && is_constant(operand(*select, 3 - at))
        && floats_only_through_argmax(operand(*select, 0));
    if is_check {
        crate::raw::result(*select, 0)
    } else {
        pick
    }
}

/// A constant, or a broadcast of one.
fn is_constant(mut v: MlirValue) -> bool {
    while let Some((op, _)) = def(v) {
        match name_of(op).as_str() {
            "stablehlo.constant" => return true,
            "stablehlo.broadcast_in_dim" => v = operand(op, 0),
            _ => return false,
        }
    }
    false
}

/// Whether `value` reads floats only through an argmax's index result.
fn floats_only_through_argmax(value: MlirValue) -> bool {
    let mut stack = vec![value];
    let mut seen = HashSet::new();
    while let Some(v) = stack.pop() {
        if !seen.insert(v.ptr as usize) || seen.len() > 256 {
            continue;
        }
        let Some((op, number)) = def(v) else { continue };
        if is_argmax(op) && number >= 1 {
            continue;
        }
        if opaque(op) {
            return false;
        }
        (0..operand_count(op)).for_each(|i| stack.push(operand(op, i)));
    }
    seen.len() <= 256
}

/// The argmax-style reduce whose index result `value` is computed from by integer ops.
fn argmax_under(value: MlirValue) -> Option<MlirOperation> {
    let mut stack = vec![value];
    let mut seen = HashSet::new();
    while let Some(v) = stack.pop() {
        if !seen.insert(v.ptr as usize) || seen.len() > 256 {
            continue;
        }
        if let Some((op, number)) = def(v) {
            if is_argmax(op) && number >= 1 {
                return Some(op);
            }
            if !touches_float(op) {
                (0..operand_count(op)).for_each(|i| stack.push(operand(op, i)));
            }
        }
    }
    None
}

/// Two choices met in one written value: one top-k pick and the argmax (the sample among
/// the k) its index comes from (`take_along_axis` also bounds-checks that index) are one
/// choice, the pick; anything else is two.
fn one_choice(
    a: (MlirOperation, MlirValue),
    b: (MlirOperation, MlirValue),
) -> Option<(MlirOperation, MlirValue)> {
    if a.0.ptr == b.0.ptr {
        return Some(a);
    }
    let picks_at = |pick: MlirOperation, argmax: MlirOperation| {
        picks_from_top_k(pick)
            && (1..operand_count(pick))
                .any(|i| argmax_under(operand(pick, i)).is_some_and(|o| o.ptr == argmax.ptr))
    };
    if picks_at(a.0, b.0) {
        Some(a)
    } else if picks_at(b.0, a.0) {
        Some(b)
    } else {
        None
    }
}

/// An op the walk from a written value does not look through: one that reads or makes
/// floats, or holds regions (a loop, a branch), except an integer `reduce` (a bounds check's
/// `all`), whose region only combines.
fn opaque(op: MlirOperation) -> bool {
    let regions = unsafe { mlir_sys::mlirOperationGetNumRegions(op) };
    touches_float(op) || (regions > 0 && name_of(op) != "stablehlo.reduce")
}

fn touches_float(op: MlirOperation) -> bool {
    (0..operand_count(op)).any(|i| is_float(operand(op, i)))
        || (0..result_count(op)).any(|i| is_float(crate::raw::result(op, i)))
}

/// The ops of `slice` that use `chosen` (directly or through each other), in block order.
fn users_in(block: MlirBlock, chosen: MlirValue, slice: &HashSet<usize>) -> Vec<MlirOperation> {
    let mut reached: HashSet<usize> = HashSet::from([chosen.ptr as usize]);
    let mut path = Vec::new();
    let mut op = unsafe { mlir_sys::mlirBlockGetFirstOperation(block) };
    while !op.ptr.is_null() {
        if slice.contains(&(op.ptr as usize))
            && (0..operand_count(op)).any(|i| reached.contains(&(operand(op, i).ptr as usize)))
        {
            (0..result_count(op)).for_each(|i| {
                reached.insert(crate::raw::result(op, i).ptr as usize);
            });
            path.push(op);
        }
        op = unsafe { mlir_sys::mlirOperationGetNextInBlock(op) };
    }
    path
}

/// `categorical` samples by argmax(scores + Gumbel noise): keep the side of an `add` that
/// comes from the model (holds a `dot_general`), drop the noise.
fn strip_noise(scores: MlirValue) -> MlirValue {
    let Some((op, _)) = def(scores) else {
        return scores;
    };
    if name_of(op) != "stablehlo.add" {
        return scores;
    }
    let (a, b) = (operand(op, 0), operand(op, 1));
    match (has_dot(a), has_dot(b)) {
        (true, false) => a,
        (false, true) => b,
        _ => scores,
    }
}

fn has_dot(value: MlirValue) -> bool {
    let mut stack = vec![value];
    let mut seen = HashSet::new();
    while let Some(v) = stack.pop() {
        if !seen.insert(v.ptr as usize) {
            continue;
        }
        if let Some((op, _)) = def(v) {
            if name_of(op) == "stablehlo.dot_general" {
                return true;
            }
            (0..operand_count(op)).for_each(|i| stack.push(operand(op, i)));
        }
    }
    false
}

/// The fields of `#stablehlo.scatter<...>` that a matching gather needs.
pub(super) struct ScatterNumbers {
    pub(super) update_window_dims: Vec<i64>,
    pub(super) inserted_window_dims: Vec<i64>,
    pub(super) scatter_dims_to_operand_dims: Vec<i64>,
    pub(super) index_vector_dim: i64,
}

impl ScatterNumbers {
    pub(super) fn of(write: Write) -> Result<Self, String> {
        let op = unsafe { OperationRef::from_raw(write.op) };
        let text = op
            .attribute("scatter_dimension_numbers")
            .map_err(|_| "scatter without dimension numbers")?
            .to_string();
        if text.contains("batching_dims") {
            return Err("scatter with batching dimensions is not supported".into());
        }
        let index_vector_dim = eval::scalar_field(&text, "index_vector_dim").unwrap_or(0);
        Ok(ScatterNumbers {
            update_window_dims: eval::field(&text, "update_window_dims"),
            inserted_window_dims: eval::field(&text, "inserted_window_dims"),
            scatter_dims_to_operand_dims: eval::field(&text, "scatter_dims_to_operand_dims"),
            index_vector_dim,
        })
    }

    /// Gather slice sizes: 1 on inserted dims, the update's window sizes on the others.
    pub(super) fn slice_sizes(
        &self,
        buffer: &TensorType,
        update: &TensorType,
    ) -> Result<Vec<i64>, String> {
        let mut windows = self.update_window_dims.iter();
        (0..buffer.dims.len() as i64)
            .map(|d| {
                if self.inserted_window_dims.contains(&d) {
                    Ok(1)
                } else {
                    let w = windows
                        .next()
                        .ok_or("scatter window dims do not match the buffer")?;
                    update
                        .dims
                        .get(*w as usize)
                        .copied()
                        .ok_or_else(|| "scatter window dim out of range".to_string())
                }
            })
            .collect()
    }
}

/// Where the scores' axes go in `[tokens dims..., vocab]`: every tokens axis but the
/// position axis, then the vocabulary axis.
pub(super) fn scores_dims(
    tokens: &TensorType,
    update: &TensorType,
    write: Write,
    scores: MlirValue,
) -> Result<Vec<i64>, String> {
    let scores_type = TensorType::of(scores).ok_or("scores type")?;
    let position = position_axis(tokens, update, write)?;
    let mut dims: Vec<i64> = (0..tokens.dims.len() as i64)
        .filter(|&d| d != position)
        .collect();
    dims.push(tokens.dims.len() as i64);
    if scores_type.dims.len() != dims.len() {
        return Err(format!(
            "scores {} do not line up with tokens {} (one row per position expected)",
            scores_type.text(),
            tokens.text()
        ));
    }
    for (axis, extent) in dims.iter().zip(&scores_type.dims).take(dims.len() - 1) {
        if tokens.dims[*axis as usize] != *extent {
            return Err(format!(
                "scores {} do not line up with tokens {}",
                scores_type.text(),
                tokens.text()
            ));
        }
    }
    Ok(dims)
}

/// The buffer axis a write advances along.
pub(super) fn position_axis(
    tokens: &TensorType,
    update: &TensorType,
    write: Write,
) -> Result<i64, String> {
    if write.scatter {
        let numbers = ScatterNumbers::of(write)?;
        return numbers
            .inserted_window_dims
            .last()
            .copied()
            .ok_or_else(|| "scatter inserts no dimension".into());
    }
    let differing: Vec<i64> = (0..tokens.dims.len())
        .filter(|&d| update.dims.get(d) != tokens.dims.get(d))
        .map(|d| d as i64)
        .collect();
    Ok(*differing.last().unwrap_or(&(tokens.dims.len() as i64 - 1)))
}
