//! Legality of the parallel form: which entries of each value in a decode step may differ
//! between the sequential teacher-forced loop at step `t` and the parallel form, where the
//! step reads the *final* token buffer and the *final* caches instead of their values at
//! step `t`.
//!
//! The two only differ at positions the loop writes at step `t` or later. The analysis
//! tracks, for every value of the step, a list of axes with one threshold per step: entries
//! whose index along such an axis is at or beyond the threshold may differ, every other
//! entry is the same. Masks make differences disappear: a `select` that puts a constant
//! wherever an entry may differ (an attention mask `iota <= i`, or a causal `tril` mask when
//! the query axis differs from the same threshold) gives the same values in both forms; a
//! masked score of about `-1e30` becomes exactly 0 after the softmax's `exp(x - rowmax)`, and
//! a product with an exact 0 hides whatever the other factor holds. The scores each step
//! chooses from, and every value written into a cache, must come out entirely the same.
//! Masks and positions are evaluated concretely (`eval`) for every step, so the check is
//! exact for the given shapes; the numeric assumptions are that activations are finite and
//! that masked scores (at most -1e9) sit far below every kept score of their row.

use super::eval::{self, attr_text, field, float_splat, ints, Eval, Tensor};
use crate::emit::TensorType;
use crate::raw::{name_of, operand, operand_count, region_block, result, result_count};
use mlir_sys::{MlirBlock, MlirOperation, MlirValue};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// One threshold per step; `i64::MAX` when nothing differs at that step.
pub type Thr = Rc<Vec<i64>>;

/// The concrete values of the loop counters at every step.
pub struct Steps {
    pub n: usize,
    pub bindings: Vec<Vec<(MlirValue, Tensor)>>,
}

impl Steps {
    pub fn eval_at(&self, t: usize) -> Eval {
        Eval::new(&self.bindings[t])
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FillKind {
    Zero,
    NegHuge,
}

/// Entries where `pred` is not `keep` hold `kind` in both forms.
#[derive(Clone, Copy)]
pub struct Fill {
    pub kind: FillKind,
    pub pred: MlirValue,
    pub keep: bool,
}

#[derive(Clone)]
pub struct Abs {
    /// (axis, thresholds): entries at or beyond the threshold along the axis may differ.
    pub differ: Vec<(usize, Thr)>,
    pub fill: Option<Fill>,
    /// A row maximum of a `NegHuge`-filled value whose every row keeps an entry.
    pub row_max: bool,
    /// Depends on the loop counter: one value per step in the parallel form.
    pub batched: bool,
}

impl Abs {
    pub fn same(batched: bool) -> Abs {
        Abs {
            differ: Vec::new(),
            fill: None,
            row_max: false,
            batched,
        }
    }

    pub fn is_same(&self) -> bool {
        self.differ.is_empty()
    }
}

/// Why a value cannot be computed for all steps at once.
pub struct Blocked {
    pub op: MlirOperation,
    pub reason: String,
}

pub type State = Result<Abs, Rc<Blocked>>;

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
    "stablehlo.compare",
    "stablehlo.select",
    "stablehlo.clamp",
    "stablehlo.shift_left",
    "stablehlo.shift_right_arithmetic",
    "stablehlo.shift_right_logical",
    "chlo.square",
    "chlo.erf",
];

/// Ops the batching step knows how to run for all steps at once.
pub fn batchable(name: &str) -> bool {
    ELEMENTWISE.contains(&name)
        || matches!(
            name,
            "stablehlo.broadcast_in_dim"
                | "stablehlo.reshape"
                | "stablehlo.transpose"
                | "stablehlo.reduce"
                | "stablehlo.dot_general"
                | "stablehlo.dynamic_slice"
                | "stablehlo.gather"
                | "stablehlo.slice"
                | "stablehlo.concatenate"
                | "stablehlo.pad"
        )
}

pub fn is_elementwise(name: &str) -> bool {
    ELEMENTWISE.contains(&name)
}

pub struct Analysis<'a> {
    steps: &'a Steps,
    states: HashMap<usize, State>,
    masks: HashMap<usize, Option<Rc<Vec<Rc<Tensor>>>>>,
}

impl<'a> Analysis<'a> {
    pub fn new(steps: &'a Steps) -> Self {
        Analysis {
            steps,
            states: HashMap::new(),
            masks: HashMap::new(),
        }
    }

    pub fn bind(&mut self, value: MlirValue, state: State) {
        self.states.insert(value.ptr as usize, state);
    }

    /// The state of a value; values the walk never saw (defined outside the loop) are the
    /// same in both forms.
    pub fn get(&self, value: MlirValue) -> State {
        self.states
            .get(&(value.ptr as usize))
            .cloned()
            .unwrap_or_else(|| Ok(Abs::same(false)))
    }

    /// Walks the step's ops in order. `skipped` ops (the token writes) are not analysed;
    /// `caches` maps each cache write to the state of its result.
    pub fn run(&mut self, body: MlirBlock, skipped: &HashSet<usize>, caches: &HashMap<usize, Abs>) {
        for op in crate::raw::block_ops(body) {
            let key = op.ptr as usize;
            let states: Vec<State> = if skipped.contains(&key) {
                vec![Err(blocked(op, "the token buffer write itself")); result_count(op) as usize]
            } else if let Some(after) = caches.get(&key) {
                let update = self.get(operand(op, 1));
                vec![match update {
                    Ok(u) if u.is_same() => Ok(Abs {
                        batched: false,
                        ..after.clone()
                    }),
                    Ok(_) => Err(blocked(
                        op,
                        "the value written into the cache depends on positions not yet written",
                    )),
                    Err(b) => Err(b),
                }]
            } else {
                self.transfer(op)
            };
            for (i, s) in states.into_iter().enumerate() {
                self.states.insert(result(op, i as isize).ptr as usize, s);
            }
        }
    }

    fn transfer(&mut self, op: MlirOperation) -> Vec<State> {
        let n = result_count(op) as usize;
        let args: Result<Vec<Abs>, Rc<Blocked>> = (0..operand_count(op))
            .map(|i| self.get(operand(op, i)))
            .collect();
        let args = match args {
            Ok(a) => a,
            Err(b) => return vec![Err(b); n],
        };
        let captured = captured_state(self, op);
        let batched = args.iter().any(|a| a.batched) || captured.as_ref().is_ok_and(|c| c.batched);
        let name = name_of(op);
        if batched && !batchable(&name) {
            return vec![
                Err(blocked(
                    op,
                    &format!("{name} cannot be run for all steps at once")
                ));
                n
            ];
        }
        if let Err(b) = captured {
            return vec![Err(b); n];
        }
        let all_same = args.iter().all(Abs::is_same);
        let out = match name.as_str() {
            "stablehlo.constant" | "stablehlo.iota" => Ok(Abs::same(false)),
            "stablehlo.select" => self.select(op, &args),
            n if is_elementwise(n) => Ok(elementwise(op, &args)),
            "stablehlo.broadcast_in_dim" => broadcast(op, &args[0]),
            "stablehlo.reshape" => reshape(op, &args[0]),
            "stablehlo.transpose" => transpose(op, &args[0]),
            "stablehlo.reduce" => self.reduce(op, &args),
            "stablehlo.dot_general" => self.dot(op, &args),
            "stablehlo.dynamic_slice" => self.dynamic_slice(op, &args),
            "stablehlo.slice" => slice(op, &args[0]),
            "stablehlo.gather" => gather(op, &args),
            "stablehlo.concatenate" => concatenate(op, &args),
            "stablehlo.pad" => pad(op, &args),
            _ if all_same => Ok(Abs::same(batched)),
            _ => Err(format!(
                "{name} reads entries that differ until every position is written"
            )),
        };
        let out = out
            .map(|mut a| {
                a.batched = batched;
                normalize(op, a)
            })
            .map_err(|reason| blocked(op, &reason));
        vec![out; n]
    }

    /// A `select` that puts a constant where entries may differ removes the difference.
    fn select(&mut self, op: MlirOperation, args: &[Abs]) -> Result<Abs, String> {
        let mut out = elementwise(op, args);
        out.fill = None;
        let (pred, x, y) = (operand(op, 0), operand(op, 1), operand(op, 2));
        if !args[0].is_same() {
            return Ok(out);
        }
        for (data, constant, keep) in [(1usize, y, true), (2, x, false)] {
            let Some(c) = float_splat(constant) else {
                continue;
            };
            let Some(masks) = self.mask(pred, args[0].batched) else {
                continue;
            };
            let shape = TensorType::of(result(op, 0))
                .map(|t| t.dims)
                .unwrap_or_default();
            if masks[0].dims != shape {
                continue;
            }
            let differ = uncovered(&args[data].differ, &masks, keep);
            out.differ = differ;
            out.fill = match c {
                0.0 => Some(FillKind::Zero),
                c if c <= -1e9 => Some(FillKind::NegHuge),
                _ => None,
            }
            .map(|kind| Fill { kind, pred, keep });
            return Ok(out);
        }
        Ok(out)
    }

    /// The mask's value at every step (one tensor when it does not depend on the counter).
    fn mask(&mut self, pred: MlirValue, batched: bool) -> Option<Rc<Vec<Rc<Tensor>>>> {
        if let Some(m) = self.masks.get(&(pred.ptr as usize)) {
            return m.clone();
        }
        let count = if batched { self.steps.n } else { 1 };
        let values: Option<Vec<Rc<Tensor>>> = (0..count)
            .map(|t| self.steps.eval_at(t).value(pred))
            .collect();
        let values = values.map(Rc::new);
        self.masks.insert(pred.ptr as usize, values.clone());
        values
    }

    fn reduce(&mut self, op: MlirOperation, args: &[Abs]) -> Result<Abs, String> {
        let inputs = operand_count(op) as usize / 2;
        if args[inputs..].iter().any(|a| !a.is_same() || a.batched) {
            return Err("the reduction's initial value changes per step".into());
        }
        let dims = ints(&attr_text(op, "dimensions").ok_or("reduce without dimensions")?);
        let mut differ = Vec::new();
        for a in &args[..inputs] {
            for (axis, thr) in &a.differ {
                if dims.contains(&(*axis as i64)) {
                    return Err("it reduces over positions that are not written yet".into());
                }
                let shift = dims.iter().filter(|&&d| d < *axis as i64).count();
                differ.push((axis - shift, thr.clone()));
            }
        }
        let mut out = Abs::same(false);
        out.differ = merge(differ);
        out.row_max = inputs == 1 && dims.len() == 1 && self.keeps_every_row(op, &args[0], dims[0]);
        Ok(out)
    }

    /// A max-reduction over one axis of a `NegHuge`-filled value, every row of which keeps
    /// an entry at every step: `exp(masked - rowmax)` is then exactly 0.
    fn keeps_every_row(&mut self, op: MlirOperation, input: &Abs, axis: i64) -> bool {
        let Some(fill) = input.fill.filter(|f| f.kind == FillKind::NegHuge) else {
            return false;
        };
        let is_max = crate::raw::block_ops(region_block(op, 0))
            .iter()
            .any(|o| name_of(*o) == "stablehlo.maximum");
        let Some(masks) = self.mask(fill.pred, input.batched) else {
            return false;
        };
        is_max
            && masks.iter().all(|m| {
                let axis = axis as usize;
                let stride = m.strides()[axis] as usize;
                let extent = m.dims[axis] as usize;
                (0..m.len())
                    .filter(|&i| (i / stride).is_multiple_of(extent))
                    .all(|i| (0..extent).any(|k| (m.data[i + k * stride] != 0) == fill.keep))
            })
    }

    fn dot(&mut self, op: MlirOperation, args: &[Abs]) -> Result<Abs, String> {
        let text = attr_text(op, "dot_dimension_numbers").ok_or("dot without dimension numbers")?;
        let lb = field(&text, "lhs_batching_dimensions");
        let rb = field(&text, "rhs_batching_dimensions");
        let lc = field(&text, "lhs_contracting_dimensions");
        let rc = field(&text, "rhs_contracting_dimensions");
        let ranks = [rank(operand(op, 0)), rank(operand(op, 1))];
        let free = |side: usize, batch: &[i64], contract: &[i64]| -> Vec<i64> {
            (0..ranks[side] as i64)
                .filter(|d| !batch.contains(d) && !contract.contains(d))
                .collect()
        };
        let (lf, rf) = (free(0, &lb, &lc), free(1, &rb, &rc));
        let mut differ = Vec::new();
        for (side, batch, contract, frees, offset) in [
            (0usize, &lb, &lc, &lf, lb.len()),
            (1, &rb, &rc, &rf, lb.len() + lf.len()),
        ] {
            for (axis, thr) in &args[side].differ {
                let a = *axis as i64;
                if let Some(p) = batch.iter().position(|&d| d == a) {
                    differ.push((p, thr.clone()));
                } else if let Some(p) = frees.iter().position(|&d| d == a) {
                    differ.push((offset + p, thr.clone()));
                } else {
                    let k = contract.iter().position(|&d| d == a).unwrap_or(0);
                    let other = 1 - side;
                    let partner = if other == 0 { lc[k] } else { rc[k] } as usize;
                    let covered = self.zero_where_differs(&args[other], partner, thr);
                    if !covered {
                        return Err("it sums over positions that are not written yet, and the other factor is not exactly zero there".into());
                    }
                }
            }
        }
        let mut out = Abs::same(false);
        out.differ = merge(differ);
        Ok(out)
    }

    /// Whether `factor` is exactly 0 at every entry whose index along `axis` is at or beyond
    /// `thr`, except where `factor` itself differs (those entries of the product differ
    /// anyway and are already counted).
    fn zero_where_differs(&mut self, factor: &Abs, axis: usize, thr: &Thr) -> bool {
        let Some(fill) = factor.fill.filter(|f| f.kind == FillKind::Zero) else {
            return false;
        };
        let Some(masks) = self.mask(fill.pred, factor.batched) else {
            return false;
        };
        let own = &factor.differ;
        (0..self.steps.n).all(|t| {
            let m = &masks[if masks.len() == 1 { 0 } else { t }];
            let s = m.strides();
            (0..m.len()).all(|i| {
                let at = |a: usize| (i as i64 / s[a]) % m.dims[a];
                let zero = (m.data[i] != 0) != fill.keep;
                zero || at(axis) < thr[t] || own.iter().any(|(a, th)| at(*a) >= th[t])
            })
        })
    }

    fn dynamic_slice(&mut self, op: MlirOperation, args: &[Abs]) -> Result<Abs, String> {
        let sizes = ints(&attr_text(op, "slice_sizes").ok_or("dynamic_slice without sizes")?);
        let dims = TensorType::of(operand(op, 0)).ok_or("operand type")?.dims;
        if args[1..].iter().any(|a| !a.is_same()) {
            return Err("its start index depends on positions not written yet".into());
        }
        let mut differ = Vec::new();
        for (axis, thr) in &args[0].differ {
            let start = operand(op, 1 + *axis as isize);
            let starts: Option<Vec<i64>> = (0..self.steps.n)
                .map(|t| {
                    let s = self.steps.eval_at(t).scalar(start)?;
                    Some(s.clamp(0, dims[*axis] - sizes[*axis]))
                })
                .collect();
            let starts = starts.ok_or("its start index along a position axis is not computable")?;
            let shifted: Vec<i64> = thr
                .iter()
                .zip(&starts)
                .map(|(t, s)| t.saturating_sub(*s))
                .collect();
            differ.push((*axis, Rc::new(shifted)));
        }
        let mut out = Abs::same(false);
        out.differ = differ;
        Ok(out)
    }
}

fn captured_state(analysis: &Analysis, op: MlirOperation) -> State {
    // Values used inside the op's regions but defined in the step (rare: reduce bodies
    // only use their own arguments).
    let mut stack = Vec::new();
    super::collect_region_captures(op, &mut stack);
    let mut out = Abs::same(false);
    for v in stack {
        let s = analysis.get(v)?;
        if !s.is_same() {
            return Err(blocked(op, "a region of this op reads entries that differ"));
        }
        out.batched |= s.batched;
    }
    Ok(out)
}

fn blocked(op: MlirOperation, reason: &str) -> Rc<Blocked> {
    Rc::new(Blocked {
        op,
        reason: reason.to_string(),
    })
}

fn rank(v: MlirValue) -> usize {
    TensorType::of(v).map(|t| t.dims.len()).unwrap_or(0)
}

/// One entry per axis, the lowest threshold of each step.
fn merge(list: Vec<(usize, Thr)>) -> Vec<(usize, Thr)> {
    let mut out: Vec<(usize, Thr)> = Vec::new();
    for (axis, thr) in list {
        match out.iter_mut().find(|(a, _)| *a == axis) {
            Some((_, old)) => {
                *old = Rc::new(old.iter().zip(thr.iter()).map(|(a, b)| *a.min(b)).collect())
            }
            None => out.push((axis, thr)),
        }
    }
    out
}

/// Drops axes along which nothing differs within the value's extent.
fn normalize(op: MlirOperation, mut a: Abs) -> Abs {
    let Some(ty) = TensorType::of(result(op, 0)) else {
        return a;
    };
    a.differ.retain(|(axis, thr)| {
        ty.dims
            .get(*axis)
            .is_some_and(|&e| thr.iter().any(|&t| t < e))
    });
    a
}

fn elementwise(op: MlirOperation, args: &[Abs]) -> Abs {
    let name = name_of(op);
    let differ = merge(args.iter().flat_map(|a| a.differ.clone()).collect());
    let fill = |i: usize| args.get(i).and_then(|a| a.fill);
    let kind = |i: usize, k: FillKind| fill(i).filter(|f| f.kind == k);
    let fill = match name.as_str() {
        "stablehlo.convert" => fill(0),
        "stablehlo.exponential" => kind(0, FillKind::NegHuge).map(|f| Fill {
            kind: FillKind::Zero,
            ..f
        }),
        "stablehlo.subtract" if args[1].row_max => kind(0, FillKind::NegHuge),
        "stablehlo.multiply" => kind(0, FillKind::Zero).or(kind(1, FillKind::Zero)),
        "stablehlo.divide" => kind(0, FillKind::Zero),
        _ => None,
    };
    // JAX's softmax takes max(-inf, rowmax): still the row maximum.
    let row_max = name == "stablehlo.maximum" && args.iter().any(|a| a.row_max);
    Abs {
        differ,
        fill,
        row_max,
        batched: false,
    }
}

/// The axes whose differing entries are not all masked by `masks` (`keep` marks data).
fn uncovered(differ: &[(usize, Thr)], masks: &[Rc<Tensor>], keep: bool) -> Vec<(usize, Thr)> {
    let mut out: Vec<(usize, Thr)> = differ.to_vec();
    let mut i = 0;
    while i < out.len() {
        let others: Vec<(usize, Thr)> = out
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, x)| x.clone())
            .collect();
        let (axis, thr) = out[i].clone();
        let masked = (0..thr.len()).all(|t| {
            let m = &masks[if masks.len() == 1 { 0 } else { t }];
            let s = m.strides();
            (0..m.len()).all(|e| {
                let at = |a: usize| (e as i64 / s[a]) % m.dims[a];
                (m.data[e] != 0) != keep
                    || at(axis) < thr[t]
                    || others.iter().any(|(a, th)| at(*a) >= th[t])
            })
        });
        if masked {
            out.remove(i);
        } else {
            i += 1;
        }
    }
    out
}

fn broadcast(op: MlirOperation, a: &Abs) -> Result<Abs, String> {
    let dims = ints(&attr_text(op, "broadcast_dimensions").ok_or("broadcast dims")?);
    let from = TensorType::of(operand(op, 0)).ok_or("operand type")?.dims;
    let to = TensorType::of(result(op, 0)).ok_or("result type")?.dims;
    let mut out = Abs::same(false);
    out.row_max = a.row_max;
    if from == to && dims.iter().enumerate().all(|(i, &d)| d == i as i64) {
        out.fill = a.fill;
    }
    for (axis, thr) in &a.differ {
        let target = dims[*axis] as usize;
        if from[*axis] == 1 && to[target] > 1 {
            let all: Vec<i64> = thr
                .iter()
                .map(|&t| if t <= 0 { 0 } else { i64::MAX })
                .collect();
            out.differ.push((target, Rc::new(all)));
        } else {
            out.differ.push((target, thr.clone()));
        }
    }
    Ok(out)
}

fn reshape(op: MlirOperation, a: &Abs) -> Result<Abs, String> {
    let from = TensorType::of(operand(op, 0)).ok_or("operand type")?.dims;
    let to = TensorType::of(result(op, 0)).ok_or("result type")?.dims;
    let mut out = Abs::same(false);
    out.row_max = a.row_max && a.is_same();
    for (axis, thr) in &a.differ {
        let before: i64 = from[..*axis].iter().product();
        let target = (0..to.len())
            .find(|&d| to[..d].iter().product::<i64>() == before && to[d] == from[*axis]);
        match target {
            Some(d) => out.differ.push((d, thr.clone())),
            None => return Err("it reshapes a position axis together with others".into()),
        }
    }
    Ok(out)
}

fn transpose(op: MlirOperation, a: &Abs) -> Result<Abs, String> {
    let perm = ints(&attr_text(op, "permutation").ok_or("permutation")?);
    let mut out = Abs::same(false);
    for (axis, thr) in &a.differ {
        let target = perm
            .iter()
            .position(|&p| p == *axis as i64)
            .ok_or("permutation")?;
        out.differ.push((target, thr.clone()));
    }
    Ok(out)
}

fn slice(op: MlirOperation, a: &Abs) -> Result<Abs, String> {
    let start = ints(&attr_text(op, "start_indices").ok_or("slice starts")?);
    let strides = ints(&attr_text(op, "strides").ok_or("slice strides")?);
    let mut out = Abs::same(false);
    for (axis, thr) in &a.differ {
        if strides.get(*axis).copied().unwrap_or(1) != 1 {
            return Err("it slices a position axis with a stride".into());
        }
        let s = start.get(*axis).copied().unwrap_or(0);
        out.differ.push((
            *axis,
            Rc::new(thr.iter().map(|t| t.saturating_sub(s)).collect()),
        ));
    }
    Ok(out)
}

fn gather(op: MlirOperation, args: &[Abs]) -> Result<Abs, String> {
    if !args[0].is_same() {
        return Err("it gathers from entries that differ".into());
    }
    let text = attr_text(op, "dimension_numbers").ok_or("gather dims")?;
    let offset = field(&text, "offset_dims");
    let ivd = eval::scalar_field(&text, "index_vector_dim").unwrap_or(0) as usize;
    let out_rank = rank(result(op, 0));
    let batch_out: Vec<usize> = (0..out_rank)
        .filter(|d| !offset.contains(&(*d as i64)))
        .collect();
    let idx_rank = rank(operand(op, 1));
    let batch_in: Vec<usize> = (0..idx_rank).filter(|&d| d != ivd).collect();
    let mut out = Abs::same(false);
    for (axis, thr) in &args[1].differ {
        let p = batch_in
            .iter()
            .position(|d| d == axis)
            .ok_or("its index vector mixes positions")?;
        out.differ.push((batch_out[p], thr.clone()));
    }
    Ok(out)
}

fn concatenate(op: MlirOperation, args: &[Abs]) -> Result<Abs, String> {
    let axis = ints(&attr_text(op, "dimension").ok_or("concat dim")?)
        .first()
        .copied()
        .unwrap_or(0) as usize;
    let mut out = Abs::same(false);
    for a in args {
        for (d, thr) in &a.differ {
            if *d == axis {
                return Err("it concatenates along a position axis".into());
            }
            out.differ.push((*d, thr.clone()));
        }
    }
    out.differ = merge(out.differ);
    Ok(out)
}

fn pad(op: MlirOperation, args: &[Abs]) -> Result<Abs, String> {
    if !args[1].is_same() {
        return Err("its padding value differs".into());
    }
    let low = ints(&attr_text(op, "edge_padding_low").ok_or("pad low")?);
    let interior = ints(&attr_text(op, "interior_padding").ok_or("pad interior")?);
    let mut out = Abs::same(false);
    for (axis, thr) in &args[0].differ {
        if interior.get(*axis).copied().unwrap_or(0) != 0 {
            return Err("it pads a position axis in between entries".into());
        }
        let l = low.get(*axis).copied().unwrap_or(0);
        out.differ.push((
            *axis,
            Rc::new(thr.iter().map(|t| t.saturating_add(l)).collect()),
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn thr(v: &[i64]) -> Thr {
        Rc::new(v.to_vec())
    }

    #[test]
    fn merge_keeps_the_lowest_threshold_per_step() {
        let m = merge(vec![
            (1, thr(&[3, 5])),
            (0, thr(&[1, 1])),
            (1, thr(&[4, 2])),
        ]);
        assert_eq!(m.len(), 2);
        assert_eq!(*m[0].1, vec![3, 2]);
    }

    #[test]
    fn a_tril_mask_hides_key_differences_behind_query_differences() {
        // mask[q, k] = k <= q on 4x4; both axes differ from position 2 on.
        let mask = Tensor {
            dims: vec![4, 4],
            data: (0..16).map(|i| ((i % 4) <= (i / 4)) as i64).collect(),
        };
        let masks = vec![Rc::new(mask)];
        let left = uncovered(&[(0, thr(&[2])), (1, thr(&[2]))], &masks, true);
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].0, 0);
        // Without the query axis differing, the key difference is not hidden.
        let left = uncovered(&[(1, thr(&[2]))], &masks, true);
        assert_eq!(left.len(), 1);
    }

    #[test]
    fn a_counter_mask_hides_everything_beyond_the_step() {
        // mask[k] = k <= i with i = 1, 2 at steps 0, 1; differences from i + 1 on.
        let at = |i: i64| {
            Rc::new(Tensor {
                dims: vec![1, 4],
                data: (0..4).map(|k| (k <= i) as i64).collect(),
            })
        };
        let masks = vec![at(1), at(2)];
        assert!(uncovered(&[(1, thr(&[2, 3]))], &masks, true).is_empty());
        assert_eq!(uncovered(&[(1, thr(&[1, 3]))], &masks, true).len(), 1);
    }
}
