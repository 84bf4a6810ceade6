//! Closed forms of a control loop (`control.rs`): where every value the control loop
//! carries is, step by step, either
//! - *affine*: `next = v + c` with `c` the same at every step (a counter of any shape, a
//!   position id, a cache index): `v[t] = v[0] + t * c`;
//! - a *prefix-OR*: `next = v | g` (finished flags) with `g` not reading `v`:
//!   `v[t] = v[0] | g[0] | ... | g[t - 1]`;
//! - *fed*: `next` does not read `v` at all (the last token mixed with pad ids): `v[t] =
//!   next[t - 1]`, computed for all steps from the other values' rows;
//! - or loop-invariant,
//!
//! and these depend on each other without a cycle, the values of every step are computed at
//! once, by the same batching as the model (`batch.rs`), instead of by a loop of tiny
//! dispatches (on IREE's CPU task system a control loop of 248 steps took 45 ms of HF's
//! 112 ms greedy teacher-forced run). The loop's condition, run for all steps, gives the stop:
//! the first step where it is false. Anything else (a key split every step, a value the
//! batch cannot run) keeps the loop.

use super::batch::{Batcher, Val};
use super::common::{constant_i32, ty};
use crate::emit::{i64_array, Emitter, TensorType};
use crate::raw::{block_argument, def, name_of, operand, region_block, terminator};
use mlir_sys::{MlirBlock, MlirOperation, MlirValue};
use std::collections::HashSet;

/// How one carried value changes from step to step.
#[derive(Clone, Copy)]
enum Update {
    Invariant,
    /// `next = v + step`.
    Affine(MlirValue),
    /// `next = v | flags`.
    PrefixOr(MlirValue),
    /// `next` does not read `v`.
    Fed(MlirValue),
}

/// Per carried value of `lp` (the first `carried` ones): its value at every step `0..rows`,
/// its value after the loop; and the number of steps the loop runs. `None` when some value
/// has no closed form (the loop stays).
pub struct Closed {
    pub rows: Vec<MlirValue>,
    pub finals: Vec<MlirValue>,
    pub steps: MlirValue,
}

/// The closed forms of the first `carried` values of the control loop `lp`, each given
/// `rows` rows (the steps, padded). Emits before `lp`; on `Err` what it emitted is unused.
pub fn closed_forms(lp: MlirOperation, carried: usize, rows: i64) -> Result<Closed, String> {
    let (cond, body) = (region_block(lp, 0), region_block(lp, 1));
    let ret = terminator(body).ok_or("the loop body is empty")?;
    let args: Vec<MlirValue> = (0..carried)
        .map(|i| block_argument(body, i as isize))
        .collect();
    let mut updates = Vec::new();
    for (i, &arg) in args.iter().enumerate() {
        let next = operand(ret, i as isize);
        let update = update_of(body, arg, next).ok_or_else(|| {
            let how = def(next).map_or("an argument".to_string(), |(op, _)| name_of(op));
            format!(
                "control value #{i} is neither affine, a prefix-OR nor fed (its update is {how})"
            )
        })?;
        updates.push(update);
    }
    let order = dependency_order(&args, &updates)?;
    // One more row than the steps: the value after the last step is a row too.
    let e = Emitter::before(lp);
    let mut batcher = Batcher::new(e, rows + 1, lp);
    let n = batcher.n;
    let mut all: Vec<Option<MlirValue>> = vec![None; carried];
    for i in order {
        let init = operand(lp, i as isize);
        let v = match updates[i] {
            Update::Invariant => {
                batcher.bind(
                    args[i],
                    Val {
                        v: init,
                        batched: false,
                    },
                );
                bind_cond(&mut batcher, cond, i, init, false);
                continue;
            }
            Update::Affine(step) => affine(&mut batcher, init, step)?,
            Update::PrefixOr(flags) => prefix_or(&mut batcher, (args[i], init), flags)?,
            Update::Fed(next) => fed(&mut batcher, init, next)?,
        };
        batcher.bind(args[i], Val { v, batched: true });
        bind_cond(&mut batcher, cond, i, v, true);
        all[i] = Some(v);
    }
    let steps = stop(&mut batcher, cond, n)?;
    let mut out = Closed {
        rows: Vec::new(),
        finals: Vec::new(),
        steps,
    };
    for (i, v) in all.into_iter().enumerate() {
        let init = operand(lp, i as isize);
        let Some(v) = v else {
            out.rows.push(broadcast_rows(&batcher.e, init, rows)?);
            out.finals.push(init);
            continue;
        };
        out.rows.push(first_rows(&batcher.e, v, rows)?);
        out.finals.push(row_at(&batcher.e, v, steps)?);
    }
    Ok(out)
}

fn bind_cond(batcher: &mut Batcher, cond: MlirBlock, i: usize, v: MlirValue, b: bool) {
    batcher.bind(block_argument(cond, i as isize), Val { v, batched: b });
}

/// How `next` is computed from `v`.
fn update_of(body: MlirBlock, v: MlirValue, next: MlirValue) -> Option<Update> {
    if next.ptr == v.ptr {
        return Some(Update::Invariant);
    }
    if !reads(next, v) {
        return Some(Update::Fed(next));
    }
    let (op, _) = def(next)?;
    let (a, b) = (operand(op, 0), operand(op, 1));
    let other = match (a.ptr == v.ptr, b.ptr == v.ptr) {
        (true, false) => b,
        (false, true) => a,
        _ => return None,
    };
    let boolean = TensorType::of(v).is_some_and(|t| t.element == "i1");
    if name_of(op) == "stablehlo.or" && boolean && per_entry(other, v) {
        // `v | h(v)`: where `v` is true the result is true whatever `h` gives, so `h` may
        // read `v` as false, entry by entry (HF: finished | (next_token(finished) == eos)).
        return Some(Update::PrefixOr(other));
    }
    if reads(other, v) {
        return None;
    }
    match name_of(op).as_str() {
        "stablehlo.add" if !reads_any_argument(other, body) => Some(Update::Affine(other)),
        _ => None,
    }
}

/// Whether `value` reads `v` only entry by entry: every op between them elementwise, of
/// `v`'s shape (entry `i` of `value` then depends on entry `i` of `v` alone).
fn per_entry(value: MlirValue, v: MlirValue) -> bool {
    let shape = TensorType::of(v).map(|t| t.dims);
    let mut stack = vec![value];
    let mut seen = HashSet::new();
    while let Some(x) = stack.pop() {
        if x.ptr == v.ptr || !seen.insert(x.ptr as usize) || !reads(x, v) {
            continue;
        }
        let Some((op, _)) = def(x) else { return false };
        let same_shape = TensorType::of(x).map(|t| t.dims) == shape;
        if !super::common::is_elementwise(&name_of(op)) || !same_shape {
            return false;
        }
        stack.extend((0..crate::raw::operand_count(op)).map(|i| operand(op, i)));
    }
    true
}

/// Whether `value`'s computation reads `v`.
fn reads(value: MlirValue, v: MlirValue) -> bool {
    value.ptr == v.ptr || super::common::backward_slice(value).contains(&(v.ptr as usize))
}

/// Whether `value`'s computation reads an argument of `body` (a value that changes per
/// step).
fn reads_any_argument(value: MlirValue, body: MlirBlock) -> bool {
    let slice = super::common::backward_slice(value);
    (0..unsafe { mlir_sys::mlirBlockGetNumArguments(body) })
        .any(|i| slice.contains(&(block_argument(body, i).ptr as usize)))
}

/// The order to compute the values in: each after the ones its update reads; an error for a
/// cycle.
fn dependency_order(args: &[MlirValue], updates: &[Update]) -> Result<Vec<usize>, String> {
    let deps: Vec<HashSet<usize>> = updates
        .iter()
        .map(|u| match u {
            Update::Invariant | Update::Affine(_) => HashSet::new(),
            Update::PrefixOr(v) | Update::Fed(v) => {
                let slice = super::common::backward_slice(*v);
                (0..args.len())
                    .filter(|&j| slice.contains(&(args[j].ptr as usize)))
                    .collect()
            }
        })
        .collect();
    let mut done: Vec<usize> = Vec::new();
    let mut placed = vec![false; args.len()];
    while done.len() < args.len() {
        let next =
            (0..args.len()).find(|&i| !placed[i] && deps[i].iter().all(|&j| placed[j] || j == i));
        let Some(i) = next else {
            return Err("the control values depend on each other in a cycle".into());
        };
        placed[i] = true;
        done.push(i);
    }
    Ok(done)
}

/// `init + t * step` for every row `t`.
fn affine(batcher: &mut Batcher, init: MlirValue, step: MlirValue) -> Result<MlirValue, String> {
    let e = batcher.e;
    let t = TensorType::of(init).ok_or("control type")?;
    let n = batcher.n;
    let step = batcher.get(step)?;
    if step.batched {
        return Err("an affine control value's step changes per step".into());
    }
    let all = t.reshaped(&[vec![n], t.dims.clone()].concat());
    let iota = e.value(
        "stablehlo.iota",
        &[],
        ty(&e, &all)?,
        &[("iota_dimension", e.attr("0 : i64").ok_or("iota")?)],
    );
    // A scalar step (the same for every entry) spreads over each row; otherwise row by row.
    let dims = TensorType::of(step.v).ok_or("step type")?.dims;
    let scalar = dims.is_empty();
    if !scalar && dims != t.dims {
        return Err("an affine control value's step has another shape".into());
    }
    let stride = if scalar {
        e.value(
            "stablehlo.broadcast_in_dim",
            &[step.v],
            ty(&e, &all)?,
            &[(
                "broadcast_dimensions",
                e.attr(&i64_array(&[])).ok_or("dims")?,
            )],
        )
    } else {
        broadcast_rows(&e, step.v, n)?
    };
    let times = e.value("stablehlo.multiply", &[iota, stride], ty(&e, &all)?, &[]);
    let start = broadcast_rows(&e, init, n)?;
    Ok(e.value("stablehlo.add", &[start, times], ty(&e, &all)?, &[]))
}

/// `init | flags[0] | ... | flags[t - 1]` for every row `t`, the flags computed with the
/// value itself read as false (`arg`; see `update_of`).
fn prefix_or(
    batcher: &mut Batcher,
    (arg, init): (MlirValue, MlirValue),
    flags: MlirValue,
) -> Result<MlirValue, String> {
    let e = batcher.e;
    let t = TensorType::of(init).ok_or("control type")?;
    // A copy of the batcher, so that nothing computed with the value as false is reused.
    let mut probe = batcher.clone();
    probe.bind(
        arg,
        Val {
            v: init_like_false(&e, &t)?,
            batched: false,
        },
    );
    let flags = probe.get(flags)?;
    let flags = probe.lift(flags, &t.dims)?;
    let shifted = shift_in(&e, init_like_false(&e, &t)?, flags, batcher.n)?;
    // An inclusive prefix OR of the shifted flags (as a max over a window reaching back to
    // the first row) is the exclusive one of the flags.
    let all = TensorType::of(shifted).ok_or("type")?;
    let ints = all.with_element("i32");
    let as_int = e.value("stablehlo.convert", &[shifted], ty(&e, &ints)?, &[]);
    let prefix = prefix_max(&e, as_int, &ints)?;
    let zero = e.splat(&ints, "0").ok_or("zero")?;
    let any = e.value(
        "stablehlo.compare",
        &[prefix, zero],
        ty(&e, &all)?,
        &[(
            "comparison_direction",
            e.attr("#stablehlo<comparison_direction NE>")
                .ok_or("direction")?,
        )],
    );
    let start = broadcast_rows(&e, init, batcher.n)?;
    Ok(e.value("stablehlo.or", &[start, any], ty(&e, &all)?, &[]))
}

/// `init` as row 0, then `next`'s rows 0..n-1: the value each step starts from.
fn fed(batcher: &mut Batcher, init: MlirValue, next: MlirValue) -> Result<MlirValue, String> {
    let t = TensorType::of(init).ok_or("control type")?;
    let next = batcher.get(next)?;
    let next = batcher.lift(next, &t.dims)?;
    shift_in(&batcher.e, init, next, batcher.n)
}

/// `first` (one row) followed by the first `n - 1` rows of `rows`.
fn shift_in(e: &Emitter, first: MlirValue, rows: MlirValue, n: i64) -> Result<MlirValue, String> {
    let t = TensorType::of(first).ok_or("type")?;
    let one = t.reshaped(&[vec![1], t.dims.clone()].concat());
    let head = e.value("stablehlo.reshape", &[first], ty(e, &one)?, &[]);
    let tail = slice_rows(e, rows, 0, n - 1)?;
    let all = t.reshaped(&[vec![n], t.dims.clone()].concat());
    Ok(e.value(
        "stablehlo.concatenate",
        &[head, tail],
        ty(e, &all)?,
        &[("dimension", e.attr("0 : i64").ok_or("dimension")?)],
    ))
}

fn init_like_false(e: &Emitter, t: &TensorType) -> Result<MlirValue, String> {
    e.splat(t, "false").ok_or_else(|| "false constant".into())
}

/// Rows `from..from + count` of `rows` (axis 0).
fn slice_rows(e: &Emitter, rows: MlirValue, from: i64, count: i64) -> Result<MlirValue, String> {
    let t = TensorType::of(rows).ok_or("type")?;
    let mut start = vec![0; t.dims.len()];
    let mut limit = t.dims.clone();
    start[0] = from;
    limit[0] = from + count;
    let out = t.reshaped(&[vec![count], t.dims[1..].to_vec()].concat());
    let array = |v: &[i64]| e.attr(&i64_array(v)).ok_or("array");
    Ok(e.value(
        "stablehlo.slice",
        &[rows],
        ty(e, &out)?,
        &[
            ("start_indices", array(&start)?),
            ("limit_indices", array(&limit)?),
            ("strides", array(&vec![1; t.dims.len()])?),
        ],
    ))
}

/// The running maximum along axis 0 (a `reduce_window` over every earlier row).
fn prefix_max(e: &Emitter, x: MlirValue, t: &TensorType) -> Result<MlirValue, String> {
    let n = t.dims[0];
    let mut window = vec![1; t.dims.len()];
    window[0] = n;
    let mut padding = vec![0i64; 2 * t.dims.len()];
    padding[0] = n - 1;
    let scalar = t.reshaped(&[]);
    let init = e.splat(&scalar, "0").ok_or("zero")?;
    let padding_attr = e
        .attr(&format!(
            "dense<[{}]> : tensor<{}x2xi64>",
            padding
                .chunks(2)
                .map(|p| format!("[{}, {}]", p[0], p[1]))
                .collect::<Vec<_>>()
                .join(", "),
            t.dims.len()
        ))
        .ok_or("padding")?;
    let dims = e.attr(&i64_array(&window)).ok_or("window")?;
    e.reduce_window(
        x,
        init,
        "stablehlo.maximum",
        &[("window_dimensions", dims), ("padding", padding_attr)],
        t,
    )
    .ok_or_else(|| "reduce_window".into())
}

/// The first step where the condition is false (the loop's number of steps).
fn stop(batcher: &mut Batcher, cond: MlirBlock, n: i64) -> Result<MlirValue, String> {
    let e = batcher.e;
    let ret = terminator(cond).ok_or("the condition is empty")?;
    let runs = batcher.get(operand(ret, 0))?;
    if !runs.batched {
        return Err("the condition does not change per step".into());
    }
    let steps = TensorType {
        dims: vec![n],
        element: "i32".into(),
    };
    let iota = e.value(
        "stablehlo.iota",
        &[],
        ty(&e, &steps)?,
        &[("iota_dimension", e.attr("0 : i64").ok_or("iota")?)],
    );
    let beyond = e.splat(&steps, &n.to_string()).ok_or("constant")?;
    let flags = batcher.lift(runs, &[])?;
    let first = e.value(
        "stablehlo.select",
        &[flags, beyond, iota],
        ty(&e, &steps)?,
        &[],
    );
    let scalar = steps.reshaped(&[]);
    let init = e.splat(&scalar, &n.to_string()).ok_or("constant")?;
    e.reduce(first, init, "stablehlo.minimum", &[0], &scalar)
        .ok_or_else(|| "reduce".into())
}

/// The first `count` rows of `rows`.
fn first_rows(e: &Emitter, rows: MlirValue, count: i64) -> Result<MlirValue, String> {
    slice_rows(e, rows, 0, count)
}

/// `v` repeated as `count` rows.
fn broadcast_rows(e: &Emitter, v: MlirValue, count: i64) -> Result<MlirValue, String> {
    let t = TensorType::of(v).ok_or("type")?;
    let all = t.reshaped(&[vec![count], t.dims.clone()].concat());
    let dims: Vec<i64> = (1..=t.dims.len() as i64).collect();
    Ok(e.value(
        "stablehlo.broadcast_in_dim",
        &[v],
        ty(e, &all)?,
        &[(
            "broadcast_dimensions",
            e.attr(&i64_array(&dims)).ok_or("dims")?,
        )],
    ))
}

/// Row `index` (a `tensor<i32>`) of `rows`, without its row axis.
fn row_at(e: &Emitter, rows: MlirValue, index: MlirValue) -> Result<MlirValue, String> {
    let t = TensorType::of(rows).ok_or("type")?;
    let one = t.reshaped(&[vec![1], t.dims[1..].to_vec()].concat());
    let zero = constant_i32(e, 0).ok_or("zero")?;
    let mut operands = vec![rows, index];
    operands.extend(std::iter::repeat_n(zero, t.dims.len() - 1));
    let sizes = e.attr(&i64_array(&one.dims)).ok_or("sizes")?;
    let row = e.value(
        "stablehlo.dynamic_slice",
        &operands,
        ty(e, &one)?,
        &[("slice_sizes", sizes)],
    );
    Ok(e.value(
        "stablehlo.reshape",
        &[row],
        ty(e, &t.reshaped(&t.dims[1..]))?,
        &[],
    ))
}
