//! The parallel teacher-forced form: a decode loop's steps, run all at once.
//!
//! With the teacher's tokens, step `t` of the loop sees the token buffer with the teacher's
//! tokens up to the position it reads, and (for a KV-cache decoder) caches that agree with
//! the final caches up to the positions written so far. When the step never looks beyond
//! those positions (a causal mask in a full recompute, an `iota <= i` mask over a cache),
//! every step can read the *final* buffer and caches instead, and then no step waits for
//! another: a full recompute becomes one forward pass over the teacher's sequence (hoisted
//! out of the loop) plus a per-step row pick; a KV-cache step runs for all positions at once
//! against the final caches, whose entries are the per-step keys and values written in one
//! go. `causal` proves that this changes no value the step chooses from; `batch` emits it.
//!
//! Required shape of the loop (otherwise the sequential form is kept, with the reason):
//! every carried value is loop-invariant, a counter (`i + constant`, starting from a
//! constant), the token buffer (or a second one), a cache written by `dynamic_update_slice`s
//! at one position per step (a stacked cache gets one per layer), the token chosen last step,
//! or a control value (`control.rs`: finished flags, PRNG keys, computed from integers alone
//! given the teacher's tokens); the counters bound the trip count (a loop that may stop
//! earlier, at an end-of-sequence token, stops where its control loop stops); the step writes
//! one token window per step at consecutive positions, and each cache likewise. A token
//! written the step after it is chosen (a carried token, a prompt fed inside the loop) is
//! read by the control loop where the next step writes it.

use super::batch::{Batcher, Slab, Val};
use super::causal::{Abs, Analysis, Bound, Guard, Region, Steps};
use super::common::{array, constant_i32, erase_between, previous, ty, widen, Forced};
use super::control::{self, control_values};
use super::eval::{Eval, Tensor};
use super::recognize::{body_writes, choice, delayed_choice, scores_dims, ScatterNumbers, Write};
use crate::analysis::LoopInfo;
use crate::emit::{Emitter, TensorType};
use crate::raw::{
    block_argument, def, erase, location_text, name_of, operand, operand_count, region_block,
    replace_uses, result, terminator, uses,
};
use mlir_sys::{MlirBlock, MlirOperation, MlirValue};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// The most steps the parallel form unrolls into one batch.
const MAX_STEPS: usize = 1 << 16;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Invariant,
    Counter {
        step: i64,
        start: i64,
    },
    Buffer,
    Cache,
    /// The token chosen last step (scan decoders carry it instead of reading the buffer).
    Fed,
    /// Computed for every step by the control loop (`control.rs`).
    Control,
    /// A second token buffer: written each step with the step's choice, at consecutive
    /// positions (a scan decoder's model reads one buffer and returns the other).
    Mirror,
}

/// The parallel form's size: its steps and the row maxima it checks as it runs ([`Guard`]).
pub type Form = (usize, usize);

/// What the parallel form replaced, or why it could not.
pub type Outcome = Result<Form, String>;

/// Replaces the loop by its parallel form, or changes nothing and says why not. Returns the
/// state after it, its number of steps and the values that replaced its results.
pub fn parallelize(
    w: MlirOperation,
    k: isize,
    choices: &[(Write, MlirValue)],
    state: Forced,
    tokens: &TensorType,
    logits: &TensorType,
) -> Result<(Forced, Form, Vec<MlirValue>), String> {
    let plan = plan(w, k, choices)?;
    let marker = previous(w);
    match emit(w, &plan, state, tokens, logits) {
        Ok((forced, finals)) => Ok((forced, (plan.steps.n, plan.guards.len()), finals)),
        Err(reason) => {
            erase_between(marker, w);
            Err(reason)
        }
    }
}

struct Plan {
    roles: Vec<Role>,
    steps: Steps,
    /// The loop may stop before `steps.n` (its condition reads control values).
    early: bool,
    /// Body ops whose results the control loop records (`control::frontier`).
    frontier: Vec<MlirOperation>,
    token: (Write, MlirValue),
    /// The choice the token write writes: in the step that writes it, or (a prompt fed
    /// inside the loop) the step before, carried as value `delayed`.
    chosen: MlirValue,
    delayed: Option<isize>,
    token_slab: Window,
    /// Per cache: the carried index and its writes, first one first.
    caches: Vec<(isize, Vec<(MlirOperation, Window)>)>,
    /// Per second token buffer: the carried index, its write and where it writes.
    mirrors: Vec<(isize, MlirOperation, Window)>,
    /// Row maxima the parallel form checks as it runs (`causal::Guard`).
    guards: Vec<Guard>,
}

/// Consecutive writes: the first step's start, the axis they advance along, one step's
/// window (1 along the axis).
#[derive(Clone)]
struct Window {
    start: Vec<i64>,
    axis: usize,
    window: Vec<i64>,
    /// The position along `axis` each step writes.
    positions: Vec<i64>,
}

fn plan(w: MlirOperation, k: isize, choices: &[(Write, MlirValue)]) -> Result<Plan, String> {
    let body = region_block(w, 1);
    let write = choices[0].0;
    let delayed = match choice(write.update()) {
        Some(_) => None,
        None => Some(delayed_choice(body, write).ok_or("the written value is not a choice")?),
    };
    let ret = terminator(body).ok_or("the loop body is empty")?;
    let chosen = choice(delayed.map_or(write.update(), |c| operand(ret, c)))
        .ok_or("the written value is not a choice")?
        .chosen;
    let roles = roles(w, k, (chosen, write.update()))?;
    let (steps, early) = trip(w, &roles)?;
    let mut roles = roles;
    let info = LoopInfo::of(w).ok_or("the loop body is empty")?;
    let known: HashSet<isize> = (0..roles.len() as isize)
        .filter(|&j| !matches!(roles[j as usize], Role::Cache))
        .collect();
    let frontier = control::frontier(&info, &known, (choices[0].0, chosen));
    let control = early || roles.contains(&Role::Control) || !frontier.is_empty();
    if control {
        // The control loop computes the last token along with the other control values; a
        // delayed token keeps its own rows (the teacher's token where each step writes).
        roles
            .iter_mut()
            .enumerate()
            .filter(|(j, r)| **r == Role::Fed && delayed != Some(*j as isize))
            .for_each(|(_, r)| *r = Role::Control);
    }
    let writes = body_writes(body, k)?;
    if writes.len() != 1 || choices.len() != 1 {
        return Err("each step writes more than one token window".into());
    }
    let token = choices[0];
    let token_slab = token_window(token.0, &steps)?;
    let mut caches = Vec::new();
    for (j, role) in roles.iter().enumerate() {
        if *role == Role::Cache {
            let arg = block_argument(body, j as isize);
            let writes = cache_writes(arg, operand(ret, j as isize)).ok_or("cache write")?;
            let windows: Vec<(MlirOperation, Window)> = writes
                .into_iter()
                .map(|op| Ok((op, cache_window(op, &steps)?)))
                .collect::<Result<_, String>>()?;
            let first = &windows[0].1;
            if windows
                .iter()
                .any(|(_, w)| w.axis != first.axis || w.positions != first.positions)
            {
                return Err("a cache's writes of one step are not at the same position".into());
            }
            caches.push((j as isize, windows));
        }
    }
    let mut mirrors = Vec::new();
    for (j, role) in roles.iter().enumerate() {
        if *role == Role::Mirror {
            let j = j as isize;
            let written = (chosen, choices[0].0.update());
            let write = mirror_write(block_argument(body, j), operand(ret, j), written)
                .ok_or("a second token buffer")?;
            mirrors.push((j, write.op, token_window(write, &steps)?));
        }
    }
    let mut plan = Plan {
        roles,
        steps,
        early,
        frontier,
        token,
        chosen,
        delayed,
        token_slab,
        caches,
        mirrors,
        guards: Vec::new(),
    };
    plan.guards = check(w, &plan)?;
    Ok(plan)
}

/// `written`: the step's choice and the value the token write writes.
fn roles(w: MlirOperation, k: isize, written: (MlirValue, MlirValue)) -> Result<Vec<Role>, String> {
    let chosen = written.0;
    let info = LoopInfo::of(w).ok_or("the loop body is empty")?;
    let mut out = Vec::new();
    let mut unknown = Vec::new();
    for j in 0..operand_count(w) {
        let arg = block_argument(info.body, j);
        let next = operand(info.ret, j);
        let role = if info.is_invariant(j) {
            Role::Invariant
        } else if j == k {
            Role::Buffer
        } else if let Some((step, start)) = info
            .step(j)
            .and_then(|s| Eval::new(&[]).scalar(s))
            .and_then(|step| Some((step, Eval::new(&[]).scalar(operand(w, j))?)))
        {
            Role::Counter { step, start }
        } else if cache_writes(arg, next).is_some() {
            Role::Cache
        } else if mirror_write(arg, next, written).is_some() {
            Role::Mirror
        } else if is_fed(next, chosen) {
            Role::Fed
        } else {
            unknown.push(j);
            Role::Control
        };
        out.push(role);
    }
    let allowed: Vec<isize> = (0..operand_count(w))
        .filter(|&j| {
            matches!(
                out[j as usize],
                Role::Invariant | Role::Counter { .. } | Role::Fed | Role::Buffer | Role::Mirror
            )
        })
        .collect();
    let controls = control_values(&info, &unknown, &allowed, chosen);
    let unknown: Vec<String> = unknown
        .into_iter()
        .filter(|j| !controls.contains(j))
        .map(|j| {
            format!(
                "#{j}, {}",
                crate::emit::type_text(crate::raw::value_type(block_argument(info.body, j)))
            )
        })
        .collect();
    if !unknown.is_empty() {
        return Err(format!(
            "the loop carries {} ({}) that change{} every step and {} neither a counter, the token buffer, a cache written at one position per step nor computed from integers alone given the teacher's tokens",
            if unknown.len() == 1 { "a value" } else { "values" },
            unknown.join("; "),
            if unknown.len() == 1 { "s" } else { "" },
            if unknown.len() == 1 { "is" } else { "are" },
        ));
    }
    Ok(out)
}

/// Whether `next` is the chosen token, possibly reshaped or converted.
fn is_fed(mut next: MlirValue, chosen: MlirValue) -> bool {
    let count = |v: MlirValue| TensorType::of(v).map(|t| t.dims.iter().product::<i64>());
    while next.ptr != chosen.ptr {
        match def(next) {
            Some((op, _))
                if matches!(
                    name_of(op).as_str(),
                    "stablehlo.convert" | "stablehlo.reshape"
                ) =>
            {
                next = operand(op, 0)
            }
            _ => return false,
        }
    }
    count(next).is_some() && count(next) == count(chosen)
}

/// The one write that turns the carried `arg` into `next` when it writes what the token
/// write writes, or the step's choice (reshaped, converted or broadcast), into an integer
/// buffer.
fn mirror_write(
    arg: MlirValue,
    next: MlirValue,
    (chosen, token): (MlirValue, MlirValue),
) -> Option<Write> {
    let (op, _) = def(next)?;
    let write = Write::of(op)?;
    if write.buffer().ptr != arg.ptr || !TensorType::of(arg)?.is_integer() {
        return None;
    }
    if write.scatter && !overwrites(op) {
        return None;
    }
    let source = |mut v: MlirValue| loop {
        match def(v) {
            Some((d, _))
                if matches!(
                    name_of(d).as_str(),
                    "stablehlo.convert" | "stablehlo.reshape" | "stablehlo.broadcast_in_dim"
                ) =>
            {
                v = operand(d, 0)
            }
            _ => return v,
        }
    };
    let from = source(write.update());
    let count = |v: MlirValue| TensorType::of(v).map(|t| t.dims.iter().product::<i64>());
    let same = (from.ptr == source(chosen).ptr || from.ptr == source(token).ptr)
        && count(write.update()) == count(chosen);
    same.then_some(write)
}

/// A second token buffer's content after the loop given the teacher: its initial value with
/// the teacher's token of every step at the position that step writes.
fn mirror_final(
    e: &Emitter,
    (w, j): (MlirOperation, isize),
    plan: &Plan,
    teacher: MlirValue,
    window: &Window,
) -> Result<MlirValue, String> {
    let body = region_block(w, 1);
    let ret = terminator(body).ok_or("the loop body is empty")?;
    let write = Write::of(def(operand(ret, j)).ok_or("mirror write")?.0).ok_or("mirror write")?;
    let update = TensorType::of(write.update()).ok_or("update type")?;
    let n = plan.steps.n as i64;
    let per_step = TensorType {
        dims: window.window.clone(),
        element: update.element.clone(),
    };
    let rows = teacher_rows(e, teacher, &plan.token_slab, n, &per_step)?;
    // [n, window...] with the step axis moved next to the window's own (size 1) axis.
    let axis = window.axis;
    let mut perm: Vec<i64> = (1..=axis as i64).collect();
    perm.push(0);
    perm.extend((axis as i64 + 1)..=(window.window.len() as i64));
    let mut moved: Vec<i64> = window.window[..axis].to_vec();
    moved.push(n);
    moved.extend_from_slice(&window.window[axis..]);
    let ty = |t: &TensorType| {
        e.ty(&t.text())
            .ok_or_else(|| format!("bad type {}", t.text()))
    };
    let front = e.value(
        "stablehlo.transpose",
        &[rows],
        ty(&per_step.reshaped(&moved))?,
        &[("permutation", array(e, &perm)?)],
    );
    let mut written = window.window.clone();
    written[axis] = n;
    let slab = e.value(
        "stablehlo.reshape",
        &[front],
        ty(&per_step.reshaped(&written))?,
        &[],
    );
    let mut operands = vec![operand(w, j), slab];
    let scalar = TensorType {
        dims: vec![],
        element: "i32".into(),
    };
    for s in &window.start {
        operands.push(e.splat(&scalar, &s.to_string()).ok_or("index constant")?);
    }
    Ok(e.value(
        "stablehlo.dynamic_update_slice",
        &operands,
        crate::raw::value_type(operand(w, j)),
        &[],
    ))
}

/// The writes (`dynamic_update_slice`, or a `scatter` that overwrites) that turn the carried
/// `arg` into `next`, first one first, when that is all that happens to it (a stacked cache
/// gets one write per layer).
fn cache_writes(arg: MlirValue, next: MlirValue) -> Option<Vec<MlirOperation>> {
    let mut writes = Vec::new();
    let mut value = next;
    while value.ptr != arg.ptr {
        let (op, _) = def(value)?;
        let write = Write::of(op)?;
        if (write.scatter && !overwrites(op)) || writes.len() > 1024 {
            return None;
        }
        writes.push(op);
        value = operand(op, 0);
    }
    writes.reverse();
    (!writes.is_empty() && uses(arg).len() == 1).then_some(writes)
}

/// A scatter whose update computation returns the update (`.at[].set`).
fn overwrites(op: MlirOperation) -> bool {
    let block = region_block(op, 0);
    let Some(ret) = terminator(block) else {
        return false;
    };
    operand_count(ret) == 1 && operand(ret, 0).ptr == block_argument(block, 1).ptr
}

/// Where a cache write writes at every step.
fn cache_window(op: MlirOperation, steps: &Steps) -> Result<Window, String> {
    match Write::of(op) {
        Some(w) if w.scatter => token_window(w, steps),
        _ => dus_window(op, steps),
    }
}

/// Runs the loop's condition on the counters alone: the number of steps, the counters'
/// values at each step, and whether the loop may stop before (its condition reads data).
fn trip(w: MlirOperation, roles: &[Role]) -> Result<(Steps, bool), String> {
    terminator(region_block(w, 0)).ok_or("empty loop condition")?;
    let counters: Vec<(isize, i64, i64)> = roles
        .iter()
        .enumerate()
        .filter_map(|(j, r)| match r {
            Role::Counter { step, start } => Some((j as isize, *start, *step)),
            _ => None,
        })
        .collect();
    let invariant: Vec<isize> = (0..roles.len() as isize)
        .filter(|&j| roles[j as usize] == Role::Invariant)
        .collect();
    let values = StepValues::new(w, counters, &invariant);
    let (n, early) = values.trip(MAX_STEPS).ok_or_else(|| {
        format!("the loop runs more than {MAX_STEPS} steps, or its counters do not bound its trip count")
    })?;
    if n == 0 {
        return Err("the loop runs no step".into());
    }
    let bindings = (0..n)
        .map(|t| values.at(region_block(w, 1), t as i64))
        .collect();
    Ok((Steps { n, bindings }, early))
}

/// The values of a loop's counters (start + step * t) and of its invariants that are
/// constants, bound to the block arguments of its condition or body at step t.
pub(super) struct StepValues {
    w: MlirOperation,
    counters: Vec<(isize, i64, i64)>,
    fixed: Vec<(isize, Tensor)>,
}

impl StepValues {
    /// `counters`: (carried index, start, step); `invariant`: carried indices whose initial
    /// value is bound where it is a constant.
    pub(super) fn new(
        w: MlirOperation,
        counters: Vec<(isize, i64, i64)>,
        invariant: &[isize],
    ) -> StepValues {
        let fixed = invariant
            .iter()
            .filter_map(|&j| Some((j, (*Eval::new(&[]).value(operand(w, j))?).clone())))
            .collect();
        StepValues { w, counters, fixed }
    }

    pub(super) fn at(&self, block: MlirBlock, t: i64) -> Vec<(MlirValue, Tensor)> {
        let counters = self
            .counters
            .iter()
            .map(|&(j, start, step)| (block_argument(block, j), Tensor::scalar(start + step * t)));
        let fixed = self
            .fixed
            .iter()
            .map(|(j, v)| (block_argument(block, *j), v.clone()));
        counters.chain(fixed).collect()
    }

    /// The steps the loop's condition allows given these values, and whether it may stop
    /// before (it reads other values at some step); `None` past `max` steps.
    pub(super) fn trip(&self, max: usize) -> Option<(usize, bool)> {
        let cond = region_block(self.w, 0);
        let test = operand(terminator(cond)?, 0);
        let (mut n, mut early) = (0usize, false);
        loop {
            match known(&mut Eval::new(&self.at(cond, n as i64)), test) {
                Some(false) => return Some((n, early)),
                Some(true) => {}
                None => early = true,
            }
            n += 1;
            if n > max {
                return None;
            }
        }
    }
}

/// The condition's value from the counters alone, where they decide it: `a and b` is false
/// when either side is, `a or b` true when either side is (an end-of-sequence loop's
/// `i < n and not all(finished)`); `None` when it depends on other values.
fn known(e: &mut Eval, v: MlirValue) -> Option<bool> {
    if let Some(x) = e.scalar(v) {
        return Some(x != 0);
    }
    let (op, _) = def(v)?;
    let side = |e: &mut Eval, i: isize| known(e, operand(op, i));
    match name_of(op).as_str() {
        "stablehlo.not" => side(e, 0).map(|b| !b),
        "stablehlo.and" => match (side(e, 0), side(e, 1)) {
            (Some(false), _) | (_, Some(false)) => Some(false),
            (Some(true), Some(true)) => Some(true),
            _ => None,
        },
        "stablehlo.or" => match (side(e, 0), side(e, 1)) {
            (Some(true), _) | (_, Some(true)) => Some(true),
            (Some(false), Some(false)) => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// Start coordinates of a `dynamic_update_slice` at every step, clamped as the op does.
fn dus_window(op: MlirOperation, steps: &Steps) -> Result<Window, String> {
    let dims = TensorType::of(operand(op, 0)).ok_or("buffer type")?.dims;
    let window = TensorType::of(operand(op, 1)).ok_or("update type")?.dims;
    let starts: Vec<Vec<i64>> = (0..steps.n)
        .map(|t| {
            let mut e = steps.eval_at(t);
            (2..operand_count(op))
                .enumerate()
                .map(|(d, i)| Some(e.scalar(operand(op, i))?.clamp(0, dims[d] - window[d])))
                .collect::<Option<Vec<i64>>>()
        })
        .collect::<Option<_>>()
        .ok_or("a write position is not computable from the loop counters")?;
    consecutive(starts, window, &dims)
}

fn token_window(write: Write, steps: &Steps) -> Result<Window, String> {
    if !write.scatter {
        return dus_window(write.op, steps);
    }
    let numbers = ScatterNumbers::of(write)?;
    let dims = TensorType::of(write.buffer()).ok_or("buffer type")?.dims;
    let update = TensorType::of(write.update()).ok_or("update type")?;
    if update.dims.len() != numbers.update_window_dims.len() {
        return Err("the token write scatters more than one window per step".into());
    }
    let window = numbers.slice_sizes(
        &TensorType {
            dims: dims.clone(),
            element: String::new(),
        },
        &update,
    )?;
    let starts: Vec<Vec<i64>> = (0..steps.n)
        .map(|t| {
            let index = steps.eval_at(t).value(operand(write.op, 1))?;
            let mut full = vec![0; dims.len()];
            for (i, d) in numbers.scatter_dims_to_operand_dims.iter().enumerate() {
                full[*d as usize] = *index.data.get(i)?;
            }
            Some(full)
        })
        .collect::<Option<_>>()
        .ok_or("a write position is not computable from the loop counters")?;
    for s in &starts {
        if s.iter()
            .zip(&window)
            .zip(&dims)
            .any(|((s, w), d)| *s < 0 || s + w > *d)
        {
            return Err("a token write falls outside the buffer".into());
        }
    }
    consecutive(starts, window, &dims)
}

/// The writes advance by one position per step along one axis.
fn consecutive(starts: Vec<Vec<i64>>, window: Vec<i64>, dims: &[i64]) -> Result<Window, String> {
    let first = starts[0].clone();
    let axis = match starts.get(1) {
        Some(next) => (0..first.len())
            .find(|&d| next[d] != first[d])
            .ok_or("two steps write the same position")?,
        None => (0..window.len())
            .rev()
            .find(|&d| window[d] == 1 && dims[d] > 1)
            .unwrap_or(0),
    };
    let steady = starts.iter().enumerate().all(|(t, s)| {
        s.iter()
            .enumerate()
            .all(|(d, v)| *v == first[d] + if d == axis { t as i64 } else { 0 })
    });
    if !steady || window[axis] != 1 {
        return Err(
            "the loop does not write one position per step at consecutive positions".into(),
        );
    }
    let positions = starts.iter().map(|s| s[axis]).collect();
    Ok(Window {
        start: first,
        axis,
        window,
        positions,
    })
}

/// Runs the legality analysis; the reason names the op that blocks it. Returns what the
/// parallel form must check as it runs.
fn check(w: MlirOperation, plan: &Plan) -> Result<Vec<Guard>, String> {
    let body = region_block(w, 1);
    let mut analysis = Analysis::new(&plan.steps);
    let n = plan.steps.n;
    for (j, role) in plan.roles.iter().enumerate() {
        let arg = block_argument(body, j as isize);
        let abs = match role {
            Role::Invariant => Abs::same(false),
            Role::Counter { .. } => Abs::same(true),
            Role::Buffer => differ(plan.token_slab.axis, plan.token_slab.positions.clone()),
            // Step t sees the teacher's token of step t - 1 in both forms; control values
            // are the same in both forms given the teacher's tokens.
            Role::Fed | Role::Control => Abs::same(true),
            Role::Mirror => {
                let (_, _, window) = plan
                    .mirrors
                    .iter()
                    .find(|m| m.0 == j as isize)
                    .ok_or("mirror")?;
                differ(window.axis, window.positions.clone())
            }
            Role::Cache => continue,
        };
        analysis.bind(arg, Ok(abs));
    }
    let mut caches = HashMap::new();
    for (_, writes) in &plan.caches {
        for (k, (op, window)) in writes.iter().enumerate() {
            caches.insert(op.ptr as usize, after_write(writes, k, window, n));
        }
    }
    for op in &plan.frontier {
        for i in 0..crate::raw::result_count(*op) {
            analysis.bind(result(*op, i), Ok(Abs::same(true)));
        }
    }
    let (write, scores) = plan.token;
    let mut skipped: HashSet<usize> = HashSet::new();
    if plan.delayed.is_some() {
        // The step reads the buffer after its own write (of the token chosen the step
        // before): like a cache, it differs from the teacher's only where later steps write.
        let own = [(write.op, plan.token_slab.clone())];
        caches.insert(
            write.op.ptr as usize,
            after_write(&own, 0, &plan.token_slab, n),
        );
    } else {
        skipped.insert(write.op.ptr as usize);
    }
    skipped.extend(plan.mirrors.iter().map(|m| m.1.ptr as usize));
    analysis.run(body, &skipped, &caches);
    for (what, value) in [
        ("scores", scores),
        ("choice", plan.chosen),
        ("written token", write.update()),
    ] {
        let abs = analysis
            .get(value)
            .map_err(|b| format!("{} (at {})", b.reason, location_text(b.op).replace('"', "")))?;
        if !abs.is_same() {
            return Err(format!(
                "the {what} of step t read positions the loop writes after step t"
            ));
        }
    }
    for (_, op, _) in plan
        .caches
        .iter()
        .flat_map(|(j, w)| w.iter().map(move |(o, x)| (j, o, x)))
    {
        analysis
            .get(result(*op, 0))
            .map_err(|b| format!("{} (at {})", b.reason, location_text(b.op).replace('"', "")))?;
    }
    Ok(analysis.guards)
}

fn differ(axis: usize, thresholds: Vec<i64>) -> Abs {
    Abs::differing(vec![vec![Bound::from(axis, thresholds)]])
}

/// Where a cache after its `k`-th write of step `t` differs from the final cache: at the
/// positions later steps write, and in the windows this step has not written yet.
fn after_write(writes: &[(MlirOperation, Window)], k: usize, window: &Window, n: usize) -> Abs {
    let later: Vec<i64> = (0..n)
        .map(|t| window.positions.get(t + 1).copied().unwrap_or(i64::MAX))
        .collect();
    let mut regions = vec![vec![Bound::from(window.axis, later)]];
    for (_, pending) in &writes[k + 1..] {
        let region: Region = (0..pending.window.len())
            .map(|d| {
                let lo: Vec<i64> = (0..n)
                    .map(|t| pending.start[d] + if d == pending.axis { t as i64 } else { 0 })
                    .collect();
                let hi = lo.iter().map(|l| l + pending.window[d]).collect();
                Bound {
                    axis: d,
                    lo: Rc::new(lo),
                    hi: Rc::new(hi),
                }
            })
            .collect();
        regions.push(region);
    }
    Abs::differing(regions)
}

/// The forced state after the loop and the values that replaced the loop's results.
fn emit(
    w: MlirOperation,
    plan: &Plan,
    state: Forced,
    tokens: &TensorType,
    logits: &TensorType,
) -> Result<(Forced, Vec<MlirValue>), String> {
    let body = region_block(w, 1);
    let ret = terminator(body).ok_or("the loop body is empty")?;
    let e = Emitter::before(w);
    let n = plan.steps.n as i64;
    let mut batcher = Batcher::new(e, n, w);
    let padded = batcher.n;
    let write = plan.token.0;
    let slab = |base: MlirValue, window: &Window| Slab {
        base,
        start: window.start.clone(),
        axis: window.axis,
        window: window.window.clone(),
    };
    let k = plan
        .roles
        .iter()
        .position(|r| *r == Role::Buffer)
        .ok_or("no token buffer")? as isize;
    let mut final_tokens = teacher_written(&e, operand(w, k), state.teacher, &plan.token_slab, n)?;
    let control = control_loop(w, plan, state.teacher, padded)?;
    for op in &plan.frontier {
        let c = control.as_ref().ok_or("no control loop")?;
        for i in 0..crate::raw::result_count(*op) {
            let v = result(*op, i);
            let rows = *c
                .values
                .get(&(v.ptr as usize))
                .ok_or("an unrecorded value")?;
            batcher.bind(
                v,
                Val {
                    v: rows,
                    batched: true,
                },
            );
        }
    }
    let mut mirrors: HashMap<isize, MlirValue> = HashMap::new();
    for (j, role) in plan.roles.iter().enumerate() {
        let arg = block_argument(body, j as isize);
        match role {
            Role::Control => {
                let rows = control.as_ref().ok_or("no control loop")?.rows[&(j as isize)];
                batcher.bind(
                    arg,
                    Val {
                        v: rows,
                        batched: true,
                    },
                );
            }
            Role::Invariant => batcher.bind(
                arg,
                Val {
                    v: operand(w, j as isize),
                    batched: false,
                },
            ),
            Role::Buffer => batcher.bind(
                arg,
                Val {
                    v: final_tokens,
                    batched: false,
                },
            ),
            Role::Counter { step, start } => {
                let values: Vec<i64> = (0..padded).map(|t| start + step * t.min(n - 1)).collect();
                batcher.bind(
                    arg,
                    Val {
                        v: constant(&e, arg, &values, true)?,
                        batched: true,
                    },
                );
            }
            Role::Fed => {
                let init = operand(w, j as isize);
                let v = if plan.delayed == Some(j as isize) {
                    same_step_tokens(&e, init, state.teacher, &plan.token_slab, n, padded)?
                } else {
                    fed_tokens(&e, init, state.teacher, &plan.token_slab, n, padded)?
                };
                batcher.bind(arg, Val { v, batched: true });
            }
            Role::Mirror => {
                let (_, _, window) = plan
                    .mirrors
                    .iter()
                    .find(|m| m.0 == j as isize)
                    .ok_or("mirror")?;
                let v = mirror_final(&e, (w, j as isize), plan, state.teacher, window)?;
                mirrors.insert(j as isize, v);
                batcher.bind(arg, Val { v, batched: false });
            }
            Role::Cache => {}
        }
    }
    for (j, writes) in &plan.caches {
        // The carried cache's only use is its first write, whose base is the initial cache.
        let arg = block_argument(body, *j);
        batcher.bind(
            arg,
            Val {
                v: operand(w, *j),
                batched: false,
            },
        );
        for (op, window) in writes {
            batcher.cache(*op, slab(operand(w, *j), window));
        }
    }
    if plan.delayed.is_some() {
        // The step reads the buffer after its own write: the teacher's tokens, read only
        // where steps up to this one wrote (`check`).
        batcher.bind(
            result(write.op, 0),
            Val {
                v: final_tokens,
                batched: false,
            },
        );
    }
    let mut delayed_final = state.teacher;
    let (mut predicted, mut logits_value) = match plan.delayed {
        None => {
            let update = batcher.get(write.update())?;
            let predicted = batcher.write(&slab(state.predicted, &plan.token_slab), update)?;
            let scores = write_scores(
                &mut batcher,
                plan.token,
                state.logits,
                &plan.token_slab,
                tokens,
                logits,
            )?;
            (predicted, scores)
        }
        Some(c) => {
            let stop = control.as_ref().filter(|_| plan.early);
            let (predicted, scores, carried) =
                delayed_outputs(&mut batcher, w, plan, c, &state, (tokens, logits), stop)?;
            delayed_final = carried;
            (predicted, scores)
        }
    };
    if let (true, Some(c)) = (plan.early, &control) {
        // Steps past the stop did not run: their positions keep what was there.
        let window = &plan.token_slab;
        if plan.delayed.is_none() {
            // (A delayed token's writes and scores were masked by `delayed_outputs`.)
            predicted = mask_steps(&e, predicted, state.predicted, window, c.steps)?;
            logits_value = mask_steps(&e, logits_value, state.logits, window, c.steps)?;
        }
        final_tokens = mask_steps(&e, final_tokens, operand(w, k), window, c.steps)?;
        for (j, _, mirror) in &plan.mirrors {
            let v = mask_steps(&e, mirrors[j], operand(w, *j), mirror, c.steps)?;
            mirrors.insert(*j, v);
        }
        for (j, _) in &plan.caches {
            if !uses(result(w, *j)).is_empty() {
                return Err(format!(
                    "the loop may stop early and its cache (#{j}) is used after it"
                ));
            }
        }
    }
    if !plan.guards.is_empty() {
        let ran = control.as_ref().filter(|_| plan.early).map(|c| c.steps);
        let holds = guards_hold(&mut batcher, &plan.guards, ran)?;
        predicted = unless_held(&e, holds, predicted)?;
        logits_value = unless_held(&e, holds, logits_value)?;
    }
    let mut finals = Vec::new();
    for (j, role) in plan.roles.iter().enumerate() {
        let j = j as isize;
        finals.push(match role {
            Role::Invariant => operand(w, j),
            Role::Buffer => final_tokens,
            Role::Mirror => mirrors[&j],
            Role::Fed if plan.delayed == Some(j) => delayed_final,
            Role::Fed => {
                let v = fed_tokens(
                    &e,
                    operand(w, j),
                    state.teacher,
                    &plan.token_slab,
                    n + 1,
                    n + 1,
                )?;
                last_row(&e, v, n)?
            }
            Role::Cache => batcher.get(operand(ret, j))?.v,
            Role::Control => control.as_ref().ok_or("no control loop")?.finals[&j],
            Role::Counter { step, start } => match control.as_ref().map(|c| c.finals.get(&j)) {
                Some(Some(v)) if plan.early => *v,
                _ => constant(&e, result(w, j), &[start + step * n], false)?,
            },
        });
    }
    for (j, v) in finals.iter().enumerate() {
        replace_uses(result(w, j as isize), *v);
    }
    erase(w);
    Ok((
        Forced {
            teacher: state.teacher,
            predicted,
            logits: logits_value,
        },
        finals,
    ))
}

/// Whether every guarded row maximum is above its floor at every step that ran (`ran`: the
/// control loop's step count where the loop may stop early; later steps did not run): one
/// `tensor<i1>`.
fn guards_hold(
    batcher: &mut Batcher,
    guards: &[Guard],
    ran: Option<MlirValue>,
) -> Result<MlirValue, String> {
    let e = batcher.e;
    let flag = |dims: Vec<i64>| TensorType {
        dims,
        element: "i1".into(),
    };
    let truth = e.splat(&flag(vec![]), "true").ok_or("true constant")?;
    let mut holds = truth;
    for guard in guards {
        let Val { v, batched } = batcher.get(result(guard.reduce, 0))?;
        let t = TensorType::of(v).ok_or("row maximum type")?;
        let floor = e
            .splat(&t, &float_text(guard.floor, &t.element))
            .ok_or("floor constant")?;
        let gt = e
            .attr("#stablehlo<comparison_direction GT>")
            .ok_or("comparison attribute")?;
        let above = e.value(
            "stablehlo.compare",
            &[v, floor],
            ty(&e, &t.with_element("i1"))?,
            &[("comparison_direction", gt)],
        );
        let mut per_step = above;
        if batched {
            let rest: Vec<i64> = (1..t.dims.len() as i64).collect();
            let steps = flag(vec![t.dims[0]]);
            per_step = e
                .reduce(above, truth, "stablehlo.and", &rest, &steps)
                .ok_or("reduce")?;
            if let Some(ran) = ran {
                let skipped = steps_from(&e, ran, t.dims[0])?;
                per_step = e.value("stablehlo.or", &[per_step, skipped], ty(&e, &steps)?, &[]);
            }
        }
        let rank = TensorType::of(per_step).ok_or("guard type")?.dims.len() as i64;
        let all: Vec<i64> = (0..rank).collect();
        let held = e
            .reduce(per_step, truth, "stablehlo.and", &all, &flag(vec![]))
            .ok_or("reduce")?;
        holds = e.value("stablehlo.and", &[holds, held], ty(&e, &flag(vec![]))?, &[]);
    }
    Ok(holds)
}

/// `[n] i1`: true at the steps from `ran` on (those did not run).
fn steps_from(e: &Emitter, ran: MlirValue, n: i64) -> Result<MlirValue, String> {
    let index = TensorType {
        dims: vec![n],
        element: "i32".into(),
    };
    iota_against(e, &index, 0, ran, "GE")
}

/// `iota(axis) <direction> bound` over the i32 type `index`, `bound` a `tensor<i32>`.
fn iota_against(
    e: &Emitter,
    index: &TensorType,
    axis: usize,
    bound: MlirValue,
    direction: &str,
) -> Result<MlirValue, String> {
    let dimension = e.attr(&format!("{axis} : i64")).ok_or("iota dimension")?;
    let iota = e.value(
        "stablehlo.iota",
        &[],
        ty(e, index)?,
        &[("iota_dimension", dimension)],
    );
    let bounds = e.value(
        "stablehlo.broadcast_in_dim",
        &[bound],
        ty(e, index)?,
        &[("broadcast_dimensions", array(e, &[])?)],
    );
    let direction = e
        .attr(&format!("#stablehlo<comparison_direction {direction}>"))
        .ok_or("comparison attribute")?;
    Ok(e.value(
        "stablehlo.compare",
        &[iota, bounds],
        ty(e, &index.with_element("i1"))?,
        &[("comparison_direction", direction)],
    ))
}

/// `value` where the guards held; otherwise a value no claim matches: -1 for tokens, NaN for
/// scores.
fn unless_held(e: &Emitter, holds: MlirValue, value: MlirValue) -> Result<MlirValue, String> {
    let t = TensorType::of(value).ok_or("guarded type")?;
    let refused = if t.is_float() {
        float_text(f64::NAN, &t.element)
    } else {
        "-1".to_string()
    };
    let other = e.splat(&t, &refused).ok_or("refusal constant")?;
    Ok(e.value("stablehlo.select", &[holds, value, other], ty(e, &t)?, &[]))
}

/// A float constant's text in `element`: decimal where finite, the bit pattern otherwise.
fn float_text(value: f64, element: &str) -> String {
    if value.is_finite() {
        return format!("{value:.6e}");
    }
    let bits = match (element, value.is_nan(), value > 0.0) {
        ("f64", true, _) => "0x7FF8000000000000",
        ("f64", false, true) => "0x7FF0000000000000",
        ("f64", false, false) => "0xFFF0000000000000",
        ("bf16", true, _) => "0x7FC0",
        ("bf16", false, true) => "0x7F80",
        ("bf16", false, false) => "0xFF80",
        ("f16", true, _) => "0x7E00",
        ("f16", false, true) => "0x7C00",
        ("f16", false, false) => "0xFC00",
        (_, true, _) => "0x7FC00000",
        (_, false, true) => "0x7F800000",
        (_, false, false) => "0xFF800000",
    };
    bits.to_string()
}

/// The control loop (`control.rs`), when the loop carries control values or may stop early.
/// Predicted tokens and logits of a loop whose steps write the token chosen the step
/// before: each step's write made with the model's own choice of the step before (the
/// prompt where it writes the prompt), and each step's scores at the position the next step
/// writes. The last step's choice is kept only when the loop's result carries it on (a write
/// after the loop): then, as in the sequential form, the write the next step would make goes
/// into `predicted` at the next position, and the carried result is the teacher's token there.
/// A loop that may stop early (`stop`: its control loop, which ran to the same stop) keeps
/// the writes of the steps it ran, and the last step is the one before the stop.
/// Returns predicted, logits and the carried result's value.
fn delayed_outputs(
    batcher: &mut Batcher,
    w: MlirOperation,
    plan: &Plan,
    c: isize,
    state: &Forced,
    (tokens, logits): (&TensorType, &TensorType),
    stop: Option<&control::Control>,
) -> Result<(MlirValue, MlirValue, MlirValue), String> {
    let body = region_block(w, 1);
    let e = batcher.e;
    let write = plan.token.0;
    let window = &plan.token_slab;
    let n = batcher.valid;
    let init = operand(w, c);
    let carried_on = !uses(result(w, c)).is_empty();
    if carried_on && window.start[window.axis] + n >= tokens.dims[window.axis] {
        return Err(
            "the token chosen at the loop's last step is used after it, past the buffer".into(),
        );
    }
    // The model's writes are evaluated apart: the main batcher's values assume the teacher.
    let mut own = batcher.clone();
    let mut last_step = batcher.clone();
    // The model's own token as the step carries it on (its choice, with whatever the step
    // mixes in: a pad id once finished, a prompt token while inside the prompt).
    let carried_next = operand(terminator(body).ok_or("the loop body is empty")?, c);
    let model = model_tokens(batcher, init, carried_next)?;
    let arg = block_argument(body, c);
    own.bind(
        arg,
        Val {
            v: model,
            batched: true,
        },
    );
    let update = own.get(write.update())?;
    let slab = Slab {
        base: state.predicted,
        start: window.start.clone(),
        axis: window.axis,
        window: window.window.clone(),
    };
    let mut predicted = batcher.write(&slab, update)?;
    if let Some(ctl) = stop {
        predicted = mask_steps(&e, predicted, state.predicted, window, ctl.steps)?;
    }
    let mut next = window.clone();
    next.start[next.axis] += 1;
    let kept = if carried_on { n } else { n - 1 };
    let mut scores = state.logits;
    if kept > 0 {
        batcher.valid = kept;
        let written = write_scores(batcher, plan.token, state.logits, &next, tokens, logits);
        batcher.valid = n;
        scores = written?;
        if let Some(ctl) = stop {
            // Steps before the stop: their scores at the next write's position, the last
            // one's only where the loop's result carries its choice on.
            let through = if carried_on { &next } else { window };
            scores = mask_steps(&e, scores, state.logits, through, ctl.steps)?;
        }
    }
    if let Some(pre) = choice(init) {
        // The first step writes a choice made before the loop (a prefill's): its scores go
        // to the first position, as the model's write there went into `predicted` above.
        batcher.valid = 1;
        let written = write_scores(batcher, (write, pre.scores), scores, window, tokens, logits);
        batcher.valid = n;
        scores = written?;
    }
    let mut carried = init;
    if carried_on {
        let chosen = last_choice(batcher, carried_next, w, (c, stop))?;
        predicted = next_write(
            &mut last_step,
            (w, plan, c),
            chosen,
            predicted,
            (&next, stop),
        )?;
        let teacher_rows = same_step_tokens(&e, init, state.teacher, window, n + 1, n + 1)?;
        carried = match stop {
            None => last_row(&e, teacher_rows, n)?,
            Some(ctl) => dynamic_row(&e, teacher_rows, ctl.steps)?,
        };
    }
    Ok((predicted, scores, carried))
}

/// The write step `n` (past the last) would make with the last step's own choice, into
/// `predicted` at `next`'s position `n - 1` (one step past the loop's last write); for a
/// loop that stopped early (`stop`), the write of the step at the stop.
fn next_write(
    side: &mut Batcher,
    (w, plan, c): (MlirOperation, &Plan, isize),
    chosen: MlirValue,
    predicted: MlirValue,
    (next, stop): (&Window, Option<&control::Control>),
) -> Result<MlirValue, String> {
    let body = region_block(w, 1);
    let e = side.e;
    let n = side.valid;
    for (j, role) in plan.roles.iter().enumerate() {
        if let Role::Counter { step, start } = role {
            let arg = block_argument(body, j as isize);
            let v = match stop {
                None => constant(&e, arg, &[start + step * n], false)?,
                Some(ctl) => *ctl
                    .finals
                    .get(&(j as isize))
                    .ok_or("a counter the control loop does not keep")?,
            };
            side.bind(arg, Val { v, batched: false });
        }
    }
    side.bind(
        block_argument(body, c),
        Val {
            v: chosen,
            batched: false,
        },
    );
    let update = side.get(plan.token.0.update())?;
    if update.batched {
        return Err("the write past the loop depends on the step".into());
    }
    // A scatter's update (a scalar for `.at[i].set(tok)`) as the window it writes.
    let element = TensorType::of(predicted).ok_or("predicted type")?.element;
    let window = TensorType {
        dims: next.window.clone(),
        element,
    };
    let shaped = e.value(
        "stablehlo.reshape",
        &[update.v],
        e.ty(&window.text()).ok_or("window type")?,
        &[],
    );
    let mut operands = vec![predicted, shaped];
    for (d, s) in next.start.iter().enumerate() {
        let at = match stop {
            Some(ctl) if d == next.axis => {
                let before = constant_i32(&e, s - 1).ok_or("index constant")?;
                let i32_type = crate::raw::value_type(before);
                e.value("stablehlo.add", &[ctl.steps, before], i32_type, &[])
            }
            _ => {
                let at = if d == next.axis { s + n - 1 } else { *s };
                constant_i32(&e, at).ok_or("index constant")?
            }
        };
        operands.push(at);
    }
    let ty = crate::raw::value_type(predicted);
    Ok(e.value("stablehlo.dynamic_update_slice", &operands, ty, &[]))
}

/// The last step's own choice, as the carried value's type.
fn last_choice(
    batcher: &mut Batcher,
    next: MlirValue,
    w: MlirOperation,
    (c, stop): (isize, Option<&control::Control>),
) -> Result<MlirValue, String> {
    let e = batcher.e;
    let carried = TensorType::of(operand(w, c)).ok_or("carried type")?;
    let own = TensorType::of(next).ok_or("choice type")?;
    let rows = batcher.get(next)?;
    let lifted = batcher.lift(rows, &own.dims)?;
    let row = match stop {
        None => last_row(&e, lifted, batcher.valid - 1)?,
        Some(ctl) => {
            let one = constant_i32(&e, 1).ok_or("index constant")?;
            let i32_type = crate::raw::value_type(one);
            let index = e.value("stablehlo.subtract", &[ctl.steps, one], i32_type, &[]);
            dynamic_row(&e, lifted, index)?
        }
    };
    let mut v = e.value(
        "stablehlo.reshape",
        &[row],
        e.ty(&carried.with_element(&own.element).text())
            .ok_or("type")?,
        &[],
    );
    if own.element != carried.element {
        v = e.value(
            "stablehlo.convert",
            &[v],
            e.ty(&carried.text()).ok_or("type")?,
            &[],
        );
    }
    Ok(v)
}

fn control_loop(
    w: MlirOperation,
    plan: &Plan,
    teacher: MlirValue,
    rows: i64,
) -> Result<Option<control::Control>, String> {
    let recorded: Vec<isize> = (0..plan.roles.len() as isize)
        .filter(|&j| plan.roles[j as usize] == Role::Control)
        .collect();
    if recorded.is_empty() && !plan.early && plan.frontier.is_empty() {
        return Ok(None);
    }
    let kept: Vec<isize> = (0..plan.roles.len() as isize)
        .filter(|&j| {
            plan.delayed == Some(j)
                || matches!(
                    plan.roles[j as usize],
                    Role::Invariant
                        | Role::Counter { .. }
                        | Role::Control
                        | Role::Buffer
                        | Role::Mirror
                )
        })
        .collect();
    let write = plan.token.0;
    // A delayed token chosen at step t is the one step t + 1 writes: the control loop reads
    // the teacher one position further along the written axis.
    let teacher = match plan.delayed {
        Some(_) => shifted(&Emitter::before(w), teacher, plan.token_slab.axis)?,
        None => teacher,
    };
    let counters: Vec<isize> = (0..plan.roles.len() as isize)
        .filter(|&j| matches!(plan.roles[j as usize], Role::Counter { .. }))
        .collect();
    let wanted = control::Wanted {
        kept: &kept,
        recorded: &recorded,
        frontier: &plan.frontier,
        finals: &counters,
    };
    control::build(w, &wanted, (write, plan.chosen), teacher, rows).map(Some)
}

/// `teacher` moved one position back along `axis`: position p holds the token at p + 1, the
/// last position a zero (a choice no write records).
fn shifted(e: &Emitter, teacher: MlirValue, axis: usize) -> Result<MlirValue, String> {
    let t = TensorType::of(teacher).ok_or("teacher type")?;
    let mut start = vec![0; t.dims.len()];
    start[axis] = 1;
    let mut dims = t.dims.clone();
    dims[axis] -= 1;
    if dims[axis] == 0 {
        return Err("the token buffer has one position".into());
    }
    let rest = e.value(
        "stablehlo.slice",
        &[teacher],
        ty(e, &t.reshaped(&dims))?,
        &[
            ("start_indices", array(e, &start)?),
            ("limit_indices", array(e, &t.dims)?),
            ("strides", array(e, &vec![1; t.dims.len()])?),
        ],
    );
    let mut edge = t.dims.clone();
    edge[axis] = 1;
    let zeros = e.splat(&t.reshaped(&edge), "0").ok_or("zero constant")?;
    let dim = e.attr(&format!("{axis} : i64")).ok_or("dimension")?;
    Ok(e.value(
        "stablehlo.concatenate",
        &[rest, zeros],
        ty(e, &t)?,
        &[("dimension", dim)],
    ))
}

/// `new` at the positions of the first `steps` steps' windows (and before them), `old`
/// from there on.
fn mask_steps(
    e: &Emitter,
    new: MlirValue,
    old: MlirValue,
    window: &Window,
    steps: MlirValue,
) -> Result<MlirValue, String> {
    let t = TensorType::of(new).ok_or("masked type")?;
    let index = t.with_element("i32");
    let scalar = TensorType {
        dims: vec![],
        element: "i32".into(),
    };
    let start = e
        .splat(&scalar, &window.start[window.axis].to_string())
        .ok_or("start constant")?;
    let limit = e.value("stablehlo.add", &[steps, start], ty(e, &scalar)?, &[]);
    let inside = iota_against(e, &index, window.axis, limit, "LT")?;
    Ok(e.value("stablehlo.select", &[inside, new, old], ty(e, &t)?, &[]))
}

/// The carried "last token" at every step: the initial value at step 0, then the teacher's
/// token written at step t - 1, in the carried value's type; `padded - steps` copies of the
/// last step follow. `steps` may exceed the written steps by one (the value after the loop).
fn fed_tokens(
    e: &Emitter,
    init: MlirValue,
    teacher: MlirValue,
    window: &Window,
    steps: i64,
    padded: i64,
) -> Result<MlirValue, String> {
    let carried = TensorType::of(init).ok_or("carried type")?;
    let row = |n: i64| carried.reshaped(&[vec![n], carried.dims.clone()].concat());
    let ty = |t: &TensorType| {
        e.ty(&t.text())
            .ok_or_else(|| format!("bad type {}", t.text()))
    };
    let mut parts = vec![e.value("stablehlo.reshape", &[init], ty(&row(1))?, &[])];
    if steps > 1 {
        // Teacher tokens of steps 0 .. steps - 2, one row per step.
        parts.push(teacher_rows(e, teacher, window, steps - 1, &carried)?);
    }
    let dim = e.attr("0 : i64").ok_or("dimension")?;
    let all = if parts.len() == 1 {
        parts[0]
    } else {
        e.value(
            "stablehlo.concatenate",
            &parts,
            ty(&row(steps))?,
            &[("dimension", dim)],
        )
    };
    pad_rows(e, all, padded)
}

/// The teacher's tokens where steps 0 .. count - 1 write, one row per step, each shaped
/// as the `carried` value.
fn teacher_rows(
    e: &Emitter,
    teacher: MlirValue,
    window: &Window,
    count: i64,
    carried: &TensorType,
) -> Result<MlirValue, String> {
    let per_step: i64 = carried.dims.iter().product();
    let row = |n: i64| carried.reshaped(&[vec![n], carried.dims.clone()].concat());
    let ty = |t: &TensorType| {
        e.ty(&t.text())
            .ok_or_else(|| format!("bad type {}", t.text()))
    };
    let written = teacher_slice(e, teacher, window, count)?;
    let w = TensorType::of(written).ok_or("slice type")?;
    let mut perm = vec![window.axis as i64];
    perm.extend((0..w.dims.len() as i64).filter(|&d| d != window.axis as i64));
    let moved: Vec<i64> = perm.iter().map(|&d| w.dims[d as usize]).collect();
    let front = e.value(
        "stablehlo.transpose",
        &[written],
        ty(&w.reshaped(&moved))?,
        &[("permutation", array(e, &perm)?)],
    );
    if w.dims.iter().product::<i64>() != count * per_step {
        return Err("the carried token does not match the written window".into());
    }
    let rows = row(count).with_element(&w.element);
    let mut v = e.value("stablehlo.reshape", &[front], ty(&rows)?, &[]);
    if w.element != carried.element {
        v = e.value("stablehlo.convert", &[v], ty(&row(count))?, &[]);
    }
    Ok(v)
}

/// `rows` ([steps, ...]) with its last row repeated up to `padded` rows.
fn pad_rows(e: &Emitter, rows: MlirValue, padded: i64) -> Result<MlirValue, String> {
    let t = TensorType::of(rows).ok_or("rows type")?;
    let steps = t.dims[0];
    if padded <= steps {
        return Ok(rows);
    }
    let row = |n: i64| t.reshaped(&[vec![n], t.dims[1..].to_vec()].concat());
    let ty = |t: &TensorType| {
        e.ty(&t.text())
            .ok_or_else(|| format!("bad type {}", t.text()))
    };
    let last = last_row(e, rows, steps - 1)?;
    let dims: Vec<i64> = (1..t.dims.len() as i64).collect();
    let copies = e.value(
        "stablehlo.broadcast_in_dim",
        &[last],
        ty(&row(padded - steps))?,
        &[("broadcast_dimensions", array(e, &dims)?)],
    );
    let dim = e.attr("0 : i64").ok_or("dimension")?;
    Ok(e.value(
        "stablehlo.concatenate",
        &[rows, copies],
        ty(&row(padded))?,
        &[("dimension", dim)],
    ))
}

/// Rows `from .. from + count` of `rows` ([steps, ...]).
fn row_range(e: &Emitter, rows: MlirValue, from: i64, count: i64) -> Result<MlirValue, String> {
    let t = TensorType::of(rows).ok_or("rows type")?;
    let mut start = vec![0; t.dims.len()];
    start[0] = from;
    let mut limit = t.dims.clone();
    limit[0] = from + count;
    let out = t.reshaped(&[vec![count], t.dims[1..].to_vec()].concat());
    Ok(e.value(
        "stablehlo.slice",
        &[rows],
        e.ty(&out.text()).ok_or("slice type")?,
        &[
            ("start_indices", array(e, &start)?),
            ("limit_indices", array(e, &limit)?),
            ("strides", array(e, &vec![1; t.dims.len()])?),
        ],
    ))
}

/// A delayed token (written the step after it is chosen) under the teacher: at step t, the
/// teacher's token at the position step t writes (rows 0 .. steps - 1, padded). Built from the
/// teacher alone: nothing here depends on a choice made before the loop.
fn same_step_tokens(
    e: &Emitter,
    init: MlirValue,
    teacher: MlirValue,
    window: &Window,
    steps: i64,
    padded: i64,
) -> Result<MlirValue, String> {
    let carried = TensorType::of(init).ok_or("carried type")?;
    let rows = teacher_rows(e, teacher, window, steps, &carried)?;
    pad_rows(e, rows, padded)
}

/// A delayed token with the model's own choices: at step 0 the carried initial value, at
/// step t the choice of step t - 1, as the carried value's rows.
fn model_tokens(
    batcher: &mut Batcher,
    init: MlirValue,
    chosen: MlirValue,
) -> Result<MlirValue, String> {
    let e = batcher.e;
    let (n, padded) = (batcher.valid, batcher.n);
    let carried = TensorType::of(init).ok_or("carried type")?;
    let own = TensorType::of(chosen).ok_or("choice type")?;
    let rows = batcher.get(chosen)?;
    let lifted = batcher.lift(rows, &own.dims)?;
    let shape = |count: i64, element: &str| {
        let t = carried
            .reshaped(&[vec![count], carried.dims.clone()].concat())
            .with_element(element);
        e.ty(&t.text())
            .ok_or_else(|| format!("bad type {}", t.text()))
    };
    let mut all = e.value(
        "stablehlo.reshape",
        &[lifted],
        shape(padded, &own.element)?,
        &[],
    );
    if own.element != carried.element {
        all = e.value(
            "stablehlo.convert",
            &[all],
            shape(padded, &carried.element)?,
            &[],
        );
    }
    let mut parts = vec![e.value(
        "stablehlo.reshape",
        &[init],
        shape(1, &carried.element)?,
        &[],
    )];
    if n > 1 {
        parts.push(row_range(&e, all, 0, n - 1)?);
    }
    let joined = if parts.len() == 1 {
        parts[0]
    } else {
        let dim = e.attr("0 : i64").ok_or("dimension")?;
        e.value(
            "stablehlo.concatenate",
            &parts,
            shape(n, &carried.element)?,
            &[("dimension", dim)],
        )
    };
    pad_rows(&e, joined, padded)
}

/// Row `index` (a `tensor<i32>`) of a value with a leading step axis, without that axis.
fn dynamic_row(e: &Emitter, v: MlirValue, index: MlirValue) -> Result<MlirValue, String> {
    let t = TensorType::of(v).ok_or("rows type")?;
    let one = t.reshaped(&[vec![1], t.dims[1..].to_vec()].concat());
    let zero = constant_i32(e, 0).ok_or("index constant")?;
    let mut operands = vec![v, index];
    operands.extend(std::iter::repeat_n(zero, t.dims.len() - 1));
    let mut sizes = t.dims.clone();
    sizes[0] = 1;
    let sliced = e.value(
        "stablehlo.dynamic_slice",
        &operands,
        e.ty(&one.text()).ok_or("slice type")?,
        &[("slice_sizes", array(e, &sizes)?)],
    );
    let out = t.reshaped(&t.dims[1..]);
    Ok(e.value(
        "stablehlo.reshape",
        &[sliced],
        e.ty(&out.text()).ok_or("row type")?,
        &[],
    ))
}

/// Row `index` of a value with a leading step axis, without that axis.
fn last_row(e: &Emitter, v: MlirValue, index: i64) -> Result<MlirValue, String> {
    let t = TensorType::of(v).ok_or("rows type")?;
    let mut start = vec![0; t.dims.len()];
    start[0] = index;
    let mut limit = t.dims.clone();
    limit[0] = index + 1;
    let one = t.reshaped(&[vec![1], t.dims[1..].to_vec()].concat());
    let sliced = e.value(
        "stablehlo.slice",
        &[v],
        e.ty(&one.text()).ok_or("slice type")?,
        &[
            ("start_indices", array(e, &start)?),
            ("limit_indices", array(e, &limit)?),
            ("strides", array(e, &vec![1; t.dims.len()])?),
        ],
    );
    let out = t.reshaped(&t.dims[1..]);
    Ok(e.value(
        "stablehlo.reshape",
        &[sliced],
        e.ty(&out.text()).ok_or("row type")?,
        &[],
    ))
}

/// The teacher's tokens in the windows of the first `n` steps.
fn teacher_slice(
    e: &Emitter,
    teacher: MlirValue,
    window: &Window,
    n: i64,
) -> Result<MlirValue, String> {
    let t = TensorType::of(teacher).ok_or("teacher type")?;
    let mut limit: Vec<i64> = window
        .start
        .iter()
        .zip(&window.window)
        .map(|(s, w)| s + w)
        .collect();
    limit[window.axis] = window.start[window.axis] + n;
    let dims: Vec<i64> = limit
        .iter()
        .zip(&window.start)
        .map(|(l, s)| l - s)
        .collect();
    let ty = e.ty(&t.reshaped(&dims).text()).ok_or("slice type")?;
    Ok(e.value(
        "stablehlo.slice",
        &[teacher],
        ty,
        &[
            ("start_indices", array(e, &window.start)?),
            ("limit_indices", array(e, &limit)?),
            ("strides", array(e, &vec![1; dims.len()])?),
        ],
    ))
}

/// The token buffer after every step: the teacher's tokens at the written positions.
fn teacher_written(
    e: &Emitter,
    initial: MlirValue,
    teacher: MlirValue,
    window: &Window,
    n: i64,
) -> Result<MlirValue, String> {
    let slice = teacher_slice(e, teacher, window, n)?;
    let mut operands = vec![initial, slice];
    for s in &window.start {
        let scalar = TensorType {
            dims: vec![],
            element: "i32".into(),
        };
        operands.push(e.splat(&scalar, &s.to_string()).ok_or("index constant")?);
    }
    Ok(e.value(
        "stablehlo.dynamic_update_slice",
        &operands,
        crate::raw::value_type(initial),
        &[],
    ))
}

/// Each step's scores, as the row of `logits` at the position the step writes.
fn write_scores(
    batcher: &mut Batcher,
    (write, scores): (Write, MlirValue),
    base: MlirValue,
    window: &Window,
    tokens: &TensorType,
    logits: &TensorType,
) -> Result<MlirValue, String> {
    let rows = batcher.get(scores)?;
    let update = TensorType::of(write.update()).ok_or("update type")?;
    let placed = scores_dims(tokens, &update, write, scores)?;
    let covers =
        (0..tokens.dims.len()).all(|d| d == window.axis || window.window[d] == tokens.dims[d]);
    if !covers {
        return Err("a step writes part of a row of the token buffer".into());
    }
    let e = batcher.e;
    let per_step = TensorType::of(scores).ok_or("scores type")?;
    let lifted = batcher.lift(rows, &per_step.dims)?;
    let wide = widen(&e, lifted)?;
    let mut target = window.window.clone();
    target.push(*logits.dims.last().ok_or("logits type")?);
    let mut dims = vec![0];
    dims.extend(placed.iter().map(|d| d + 1));
    let shaped = TensorType {
        dims: [vec![batcher.n], target.clone()].concat(),
        element: logits.element.clone(),
    };
    let attr = array(&e, &dims)?;
    let v = e.value(
        "stablehlo.broadcast_in_dim",
        &[wide],
        e.ty(&shaped.text()).ok_or("logits type")?,
        &[("broadcast_dimensions", attr)],
    );
    let mut start = window.start.clone();
    start.push(0);
    let slab = Slab {
        base,
        start,
        axis: window.axis,
        window: target,
    };
    batcher.write(&slab, Val { v, batched: true })
}

/// A constant of `like`'s element type: `[values]` as a vector, or one scalar.
fn constant(
    e: &Emitter,
    like: MlirValue,
    values: &[i64],
    vector: bool,
) -> Result<MlirValue, String> {
    let element = TensorType::of(like).ok_or("counter type")?.element;
    let ty = if !vector {
        TensorType {
            dims: vec![],
            element,
        }
    } else {
        TensorType {
            dims: vec![values.len() as i64],
            element,
        }
    };
    let items: Vec<String> = values.iter().map(|v| v.to_string()).collect();
    let text = if ty.dims.is_empty() {
        format!("dense<{}> : {}", items[0], ty.text())
    } else {
        format!("dense<[{}]> : {}", items.join(", "), ty.text())
    };
    let attr = e.attr(&text).ok_or("constant attribute")?;
    Ok(e.value(
        "stablehlo.constant",
        &[],
        e.ty(&ty.text()).ok_or("type")?,
        &[("value", attr)],
    ))
}
