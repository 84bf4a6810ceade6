//! Writes spelled as selects become `dynamic_update_slice` writes. JAX code often writes a
//! token or a cache row with a mask instead of an index (`jnp.where(iota == pos, tok, buf)`,
//! `jnp.where((it >= s) & (it < s + n), new, cache)`); the rest of the pass knows writes as
//! `scatter` or `dynamic_update_slice`. A select is such a write when, at every step of its
//! loop (the counters evaluated exactly, `eval.rs`), its mask is one box of the same size,
//! inside the buffer, and its false operand is data (not a constant fill: a masked score is
//! left alone). The box's start at each step must equal a scalar of the mask's computation
//! plus a constant (checked at every step), which becomes the write's index.
//!
//! ```text
//! %at = compare EQ, %iota, broadcast(%pos)      // tensor<12xi1>
//! %w = select %at, broadcast(%tok), %buf        // tensor<12xi32>
//! ```
//! becomes
//! ```text
//! %w = dynamic_update_slice %buf, broadcast(%tok) : tensor<1xi32>, %pos
//! ```
//! The rewrite is exact: the select changes exactly the box, and the write writes the
//! select's true operand there. Imports `eval` and `parallel::StepValues` from its siblings.

use super::common::{as_i32, constant_i32, erase_dead};
use super::eval::{Eval, Tensor};
use super::parallel::StepValues;
use crate::analysis::LoopInfo;
use crate::emit::{Emitter, TensorType};
use crate::raw::{block_ops, def, erase, name_of, operand, operand_count};
use crate::raw::{region_block, replace_uses, result, value_type};
use mlir_sys::{MlirBlock, MlirOperation, MlirValue};
use std::collections::HashSet;

/// The most steps a loop's selects are checked at.
const MAX_STEPS: usize = 4096;
/// The most elements a mask may hold to be checked.
const MAX_ELEMENTS: usize = 1 << 20;

/// Counter values at every step of one scope: one entry per step.
type Scope = Vec<Vec<(MlirValue, Tensor)>>;

/// Rewrites the select writes directly in `block` (one step, no counters bound) and in the
/// bodies of the loops directly in it (their counters bound at each step); returns how many.
pub(super) fn rewrite_selects(block: MlirBlock) -> usize {
    let mut count = rewrite_in(block, &vec![Vec::new()]);
    for op in block_ops(block) {
        if name_of(op) == veritor_dialects::stablehlo::WHILE {
            count += rewrite_loop(op);
        }
    }
    count
}

/// Rewrites the select writes directly in the body of loop `w`.
pub(super) fn rewrite_loop(w: MlirOperation) -> usize {
    match loop_steps(w) {
        Some(steps) => rewrite_in(region_block(w, 1), &steps),
        None => 0,
    }
}

fn rewrite_in(block: MlirBlock, steps: &Scope) -> usize {
    let selects: Vec<MlirOperation> = block_ops(block)
        .into_iter()
        .filter(|&op| name_of(op) == "stablehlo.select")
        .collect();
    let masks: Vec<MlirValue> = selects
        .into_iter()
        .filter_map(|op| rewrite_select(op, steps))
        .collect();
    // Only now: a mask's computation may hold another select of the list.
    erase_dead(&masks);
    masks.len()
}

/// The counters' and constant invariants' values at every step of `w`: counters start from
/// a constant and add a constant; the steps are those its condition allows given them.
fn loop_steps(w: MlirOperation) -> Option<Scope> {
    let info = LoopInfo::of(w)?;
    let n = operand_count(w);
    let counters = (0..n)
        .filter(|&j| !info.is_invariant(j))
        .filter_map(|j| {
            let start = Eval::new(&[]).value(operand(w, j))?;
            let scalar = start.len() == 1 && start.dims.is_empty();
            scalar.then_some((j, start.data[0], info.constant_step(j)?))
        })
        .collect();
    let invariant: Vec<isize> = (0..n).filter(|&j| info.is_invariant(j)).collect();
    let values = StepValues::new(w, counters, &invariant);
    let (steps, _) = values.trip(MAX_STEPS)?;
    Some((0..steps).map(|t| values.at(info.body, t as i64)).collect())
}

/// One box per step: its start and size along every axis.
#[derive(PartialEq)]
struct Box {
    start: Vec<i64>,
    size: Vec<i64>,
}

/// The box of true elements of `mask`, when they form one non-empty box.
fn box_of(mask: &Tensor) -> Option<Box> {
    let rank = mask.dims.len();
    let (mut lo, mut hi) = (vec![i64::MAX; rank], vec![i64::MIN; rank]);
    let mut count = 0i64;
    for (i, &x) in mask.data.iter().enumerate() {
        if x == 0 {
            continue;
        }
        count += 1;
        for a in 0..rank {
            let c = mask.coordinate(i, a);
            lo[a] = lo[a].min(c);
            hi[a] = hi[a].max(c);
        }
    }
    if count == 0 {
        return None;
    }
    let size: Vec<i64> = lo.iter().zip(&hi).map(|(l, h)| h - l + 1).collect();
    (count == size.iter().product::<i64>()).then_some(Box { start: lo, size })
}

/// Rewrites one select when it is a write; returns its mask, whose computation may now be dead.
fn rewrite_select(op: MlirOperation, steps: &Scope) -> Option<MlirValue> {
    let (mask, on_true, buffer) = (operand(op, 0), operand(op, 1), operand(op, 2));
    let ty = TensorType::of(buffer)?;
    if ty.dims.is_empty()
        || TensorType::of(mask)?.dims != ty.dims
        || ty.dims.iter().product::<i64>() as usize > MAX_ELEMENTS
        || is_fill(buffer)
    {
        return None;
    }
    let boxes = steps
        .iter()
        .map(|b| box_of(&*Eval::new(b).value(mask)?))
        .collect::<Option<Vec<Box>>>()?;
    let size = boxes.first()?.size.clone();
    if boxes.iter().any(|b| b.size != size) || size == ty.dims {
        return None;
    }
    // Every axis's start is found before anything is emitted: a failure leaves no litter.
    let origins = (0..ty.dims.len())
        .map(|a| origin(mask, steps, &boxes, a))
        .collect::<Option<Vec<Origin>>>()?;
    let e = Emitter::before(op);
    let starts = origins
        .into_iter()
        .map(|o| o.emit(&e))
        .collect::<Option<Vec<MlirValue>>>()?;
    let update = update_value(&e, on_true, &starts, &size, &ty)?;
    let mut operands = vec![buffer, update];
    operands.extend(starts);
    let write = e.value(
        "stablehlo.dynamic_update_slice",
        &operands,
        value_type(result(op, 0)),
        &[],
    );
    replace_uses(result(op, 0), write);
    erase(op);
    Some(mask)
}

/// A constant, or a broadcast of one (a masked score's fill).
fn is_fill(v: MlirValue) -> bool {
    match def(v) {
        Some((op, _)) => match name_of(op).as_str() {
            "stablehlo.constant" => true,
            "stablehlo.broadcast_in_dim" | "stablehlo.convert" | "stablehlo.reshape" => {
                is_fill(operand(op, 0))
            }
            _ => false,
        },
        None => false,
    }
}

/// Where a box starts along one axis at every step: a constant, or a scalar of the mask's
/// computation plus a constant.
enum Origin {
    Constant(i64),
    Shifted(MlirValue, i64),
}

impl Origin {
    /// The start as an i32 scalar, emitted before the select.
    fn emit(self, e: &Emitter) -> Option<MlirValue> {
        match self {
            Origin::Constant(c) => constant_i32(e, c),
            Origin::Shifted(v, 0) => as_i32(e, v),
            Origin::Shifted(v, shift) => {
                let (v, c) = (as_i32(e, v)?, constant_i32(e, shift)?);
                Some(e.value("stablehlo.add", &[v, c], e.ty("tensor<i32>")?, &[]))
            }
        }
    }
}

/// The box's start along `axis`, checked at every step.
fn origin(mask: MlirValue, steps: &Scope, boxes: &[Box], axis: usize) -> Option<Origin> {
    let want: Vec<i64> = boxes.iter().map(|b| b.start[axis]).collect();
    if want.iter().all(|&s| s == want[0]) {
        return Some(Origin::Constant(want[0]));
    }
    scalars(mask).into_iter().find_map(|candidate| {
        let got = steps
            .iter()
            .map(|b| Eval::new(b).scalar(candidate))
            .collect::<Option<Vec<i64>>>()?;
        let shift = want[0] - got[0];
        let fits = want.iter().zip(&got).all(|(w, g)| w - g == shift);
        fits.then_some(Origin::Shifted(candidate, shift))
    })
}

/// The integer scalars the mask is computed from, nearest first.
fn scalars(mask: MlirValue) -> Vec<MlirValue> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let mut queue = std::collections::VecDeque::from([mask]);
    while let Some(v) = queue.pop_front() {
        if !seen.insert(v.ptr as usize) || seen.len() > 256 {
            continue;
        }
        if TensorType::of(v).is_some_and(|t| t.dims.is_empty() && t.is_integer()) {
            out.push(v);
        }
        if let Some((op, _)) = def(v) {
            if name_of(op) != "stablehlo.constant" {
                queue.extend((0..operand_count(op)).map(|i| operand(op, i)));
            }
        }
    }
    out
}

/// What the write writes: the true operand's box. A broadcast whose source has size 1 (or
/// no axis) where the box is narrower is broadcast to the box's shape directly, so the
/// chosen token stays one broadcast away from the write; anything else is sliced.
fn update_value(
    e: &Emitter,
    on_true: MlirValue,
    starts: &[MlirValue],
    size: &[i64],
    ty: &TensorType,
) -> Option<MlirValue> {
    let box_ty = e.ty(&TensorType {
        dims: size.to_vec(),
        element: ty.element.clone(),
    }
    .text())?;
    if let Some((op, _)) =
        def(on_true).filter(|(op, _)| name_of(*op) == "stablehlo.broadcast_in_dim")
    {
        let source = operand(op, 0);
        let dims = super::eval::ints(&super::eval::attr_text(op, "broadcast_dimensions")?);
        let src = TensorType::of(source)?;
        let fits = dims
            .iter()
            .zip(&src.dims)
            .all(|(&a, &n)| n == 1 || n == size[a as usize]);
        if fits {
            let attr = crate::raw::attribute(op, "broadcast_dimensions")?;
            return Some(e.value(
                "stablehlo.broadcast_in_dim",
                &[source],
                box_ty,
                &[("broadcast_dimensions", attr)],
            ));
        }
    }
    let sizes = e.attr(&format!("array<i64: {}>", super::common::join(size)))?;
    let mut operands = vec![on_true];
    operands.extend_from_slice(starts);
    Some(e.value(
        "stablehlo.dynamic_slice",
        &operands,
        box_ty,
        &[("slice_sizes", sizes)],
    ))
}
