//! Legality of the parallel form: which entries of each value in a decode step may differ
//! between the sequential teacher-forced loop at step `t` and the parallel form, where the
//! step reads the *final* token buffer and the *final* caches instead of their values at
//! step `t`.
//!
//! The two only differ at entries the loop writes at step `t` or later. The analysis tracks,
//! for every value of the step, a union of boxes ([`Region`]s): each box bounds some axes to
//! a range of indices, one range per step (a cache after this step's first write differs at
//! positions beyond this step, and at this step's position in the layers not written yet).
//! Every entry outside the boxes is the same in both forms. Masks make differences
//! disappear: a `select` that puts a constant wherever an entry may differ (an attention mask
//! `iota <= i`, or a causal `tril` mask when the query axis differs from the same position)
//! gives the same values in both forms; a masked score of about `-1e30` becomes exactly 0
//! after the softmax's `exp(x - rowmax)`, and a product with an exact 0 hides whatever the
//! other factor holds. The scores each step chooses from, and every value written into a
//! cache, must come out entirely the same. Masks and positions are evaluated concretely
//! (`eval`) for every step, so the check is exact for the given shapes; the numeric
//! assumptions are that activations are finite and that masked scores (at most -1e8: a bf16
//! `-1e9` is -9.998e8) sit far below every kept score of their row. A row that keeps an entry
//! only where data says so (a mask from the prompt's padding) is a [`Guard`]: the parallel
//! form checks it as it runs instead.

use super::common::{collect_region_captures, is_elementwise};
use super::eval::{self, attr_text, field, float_splat, ints, Eval, Tensor};
use super::partial::Partial;
use crate::emit::TensorType;
use crate::raw::{name_of, operand, operand_count, region_block, result, result_count};
use mlir_sys::{MlirBlock, MlirOperation, MlirValue};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// One index per step.
pub type Thr = Rc<Vec<i64>>;

/// Indices `lo[t] <= i < hi[t]` along `axis` at step `t`.
#[derive(Clone, Debug)]
pub struct Bound {
    pub axis: usize,
    pub lo: Thr,
    pub hi: Thr,
}

impl Bound {
    /// `i >= lo[t]`.
    pub fn from(axis: usize, lo: Vec<i64>) -> Bound {
        let hi = vec![i64::MAX; lo.len()];
        Bound {
            axis,
            lo: Rc::new(lo),
            hi: Rc::new(hi),
        }
    }

    fn contains(&self, t: usize, index: i64) -> bool {
        self.lo[t] <= index && index < self.hi[t]
    }

    fn moved(&self, axis: usize, shift: &dyn Fn(usize) -> i64) -> Bound {
        let by = |v: &Thr| -> Thr {
            Rc::new(
                v.iter()
                    .enumerate()
                    .map(|(t, x)| {
                        if *x == i64::MAX {
                            *x
                        } else {
                            x.saturating_sub(shift(t))
                        }
                    })
                    .collect(),
            )
        };
        Bound {
            axis,
            lo: by(&self.lo),
            hi: by(&self.hi),
        }
    }
}

/// A box: the entries within every bound (at least one bound).
pub type Region = Vec<Bound>;

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

/// Entries where `pred` is not `keep` hold `kind` in both forms. `via` is a
/// `broadcast_in_dim` that took the filled value (and so its mask) to this shape.
#[derive(Clone, Copy)]
pub struct Fill {
    pub kind: FillKind,
    /// The constant put where the mask is not `keep` (before any `exp`).
    pub value: f64,
    pub pred: MlirValue,
    pub keep: bool,
    pub via: Option<MlirOperation>,
}

#[derive(Clone)]
pub struct Abs {
    /// Entries that may differ: the union of these boxes.
    pub differ: Vec<Region>,
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

    pub fn differing(regions: Vec<Region>) -> Abs {
        Abs {
            differ: regions,
            ..Abs::same(false)
        }
    }

    pub fn is_same(&self) -> bool {
        self.differ.is_empty()
    }
}

/// Whether the entry with coordinates `at` lies in `region` at step `t`.
fn inside(region: &Region, t: usize, at: &dyn Fn(usize) -> i64) -> bool {
    region.iter().all(|b| b.contains(t, at(b.axis)))
}

/// Why a value cannot be computed for all steps at once.
pub struct Blocked {
    pub op: MlirOperation,
    pub reason: String,
}

pub type State = Result<Abs, Rc<Blocked>>;

/// Ops the batching step knows how to run for all steps at once.
pub fn batchable(name: &str) -> bool {
    is_elementwise(name)
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
                | "stablehlo.scatter"
                | "stablehlo.sort"
                | "stablehlo.reduce_window"
                | "chlo.top_k"
        )
}

/// Ops that are not functions of their operands alone.
const IMPURE: &[&str] = &[
    "stablehlo.rng",
    "stablehlo.rng_bit_generator",
    "stablehlo.custom_call",
    "stablehlo.infeed",
    "stablehlo.outfeed",
    "stablehlo.send",
    "stablehlo.recv",
    "stablehlo.collective_permute",
    "stablehlo.collective_broadcast",
    "stablehlo.reduce_scatter",
    "stablehlo.partition_id",
    "stablehlo.replica_id",
];

/// A mask's value at every step (one tensor when it does not depend on the counter).
type StepMasks = Option<Rc<Vec<Rc<Tensor>>>>;

pub struct Analysis<'a> {
    steps: &'a Steps,
    states: HashMap<usize, State>,
    /// Per (mask value, what unknown entries read as).
    masks: HashMap<(usize, bool), StepMasks>,
    /// What the parallel form is exact under but the analysis could not show.
    pub guards: Vec<Guard>,
}

/// A row maximum the parallel form checks as it runs: every row keeps an entry (its maximum
/// is above `floor`, half the masked constant) at every step. Where the mask depends on data
/// (a prompt's padding), no analysis of the program alone can show it for every input.
#[derive(Clone, Copy)]
pub struct Guard {
    pub reduce: MlirOperation,
    pub floor: f64,
}

impl<'a> Analysis<'a> {
    pub fn new(steps: &'a Steps) -> Self {
        Analysis {
            steps,
            states: HashMap::new(),
            masks: HashMap::new(),
            guards: Vec::new(),
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

    /// Walks the step's ops in order. `skipped` ops (the token writes) are not analysed, nor
    /// ops whose results were bound beforehand; `caches` maps each cache write to the state
    /// of its result.
    pub fn run(&mut self, body: MlirBlock, skipped: &HashSet<usize>, caches: &HashMap<usize, Abs>) {
        for op in crate::raw::block_ops(body) {
            let key = op.ptr as usize;
            let bound = (0..result_count(op))
                .all(|i| self.states.contains_key(&(result(op, i).ptr as usize)));
            if result_count(op) > 0 && bound {
                // Bound beforehand (values the control loop records for every step).
                continue;
            }
            let states: Vec<State> = if skipped.contains(&key) {
                vec![Err(blocked(op, "the token buffer write itself")); result_count(op) as usize]
            } else if let Some(after) = caches.get(&key) {
                vec![self.cache_write(op, after)]
            } else {
                self.transfer(op)
            };
            for (i, s) in states.into_iter().enumerate() {
                self.states.insert(result(op, i as isize).ptr as usize, s);
            }
        }
    }

    fn cache_write(&self, op: MlirOperation, after: &Abs) -> State {
        for i in 1..operand_count(op) {
            let s = self.get(operand(op, i))?;
            if !s.is_same() {
                return Err(blocked(
                    op,
                    "the value written into the cache depends on positions not yet written",
                ));
            }
        }
        Ok(Abs {
            batched: false,
            ..after.clone()
        })
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
            let reason = format!("{name} cannot be run for all steps at once");
            return vec![Err(blocked(op, &reason)); n];
        }
        if let Err(b) = captured {
            return vec![Err(b); n];
        }
        if IMPURE.contains(&name.as_str()) || name.starts_with("stablehlo.all_") {
            // Run once instead of once per step, it would not give the same values.
            let reason = format!("{name} has effects or randomness of its own");
            return vec![Err(blocked(op, &reason)); n];
        }
        let all_same = args.iter().all(Abs::is_same);
        let out = match name.as_str() {
            "stablehlo.constant" | "stablehlo.iota" => Ok(Abs::same(false)),
            "stablehlo.select" => self.select(op, &args),
            "stablehlo.add" => self.add(op, &args),
            "stablehlo.and" | "stablehlo.or" => self.logical(op, &args),
            n if is_elementwise(n) => Ok(elementwise(op, &args)),
            "stablehlo.broadcast_in_dim" => broadcast(op, &args[0]),
            "stablehlo.reshape" => reshape(op, &args[0]),
            "stablehlo.transpose" => transpose(op, &args[0]),
            "stablehlo.reduce" => self.reduce(op, &args),
            "stablehlo.dot_general" => self.dot(op, &args),
            "stablehlo.dynamic_slice" => self.dynamic_slice(op, &args),
            "stablehlo.slice" => slice(op, &args[0]),
            "stablehlo.gather" if !args[0].is_same() => self.gather_at(op, &args),
            "stablehlo.gather" => gather(op, &args),
            "stablehlo.concatenate" => concatenate(op, &args),
            "stablehlo.pad" => pad(op, &args),
            "stablehlo.scatter" => scatter(&args),
            "stablehlo.sort" => sort(op, &args),
            "stablehlo.reduce_window" => reduce_window(op, &args),
            "chlo.top_k" => spread(&args[..1], rank(operand(op, 0)) - 1),
            _ if all_same => Ok(Abs::same(batched)),
            _ => Err(format!(
                "{name} reads entries that differ until every position is written"
            )),
        };
        let out = out
            .and_then(|mut a| {
                a.batched = batched;
                normalize(op, a, self.steps.n)
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
            let Some(masks) = self.mask(pred, args[0].batched, keep) else {
                continue;
            };
            let shape = TensorType::of(result(op, 0))
                .map(|t| t.dims)
                .unwrap_or_default();
            if masks[0].dims != shape {
                continue;
            }
            out.differ = uncovered(&args[data].differ, &masks, keep, self.steps.n);
            out.fill = match c {
                0.0 => Some(FillKind::Zero),
                c if c <= -1e8 => Some(FillKind::NegHuge),
                _ => None,
            }
            .map(|kind| Fill {
                kind,
                value: c,
                pred,
                keep,
                via: None,
            });
            return Ok(out);
        }
        Ok(out)
    }

    /// The mask's value at every step (one tensor when it does not depend on the counter).
    /// Entries that cannot be evaluated (they depend on data, `partial.rs`) read as
    /// `unknown_as`: the caller picks the value that claims nothing (the value that keeps
    /// the data where it asks which entries are masked, the one that masks where it asks
    /// which are kept).
    fn mask(&mut self, pred: MlirValue, batched: bool, unknown_as: bool) -> StepMasks {
        let key = (pred.ptr as usize, unknown_as);
        if let Some(m) = self.masks.get(&key) {
            return m.clone();
        }
        let count = if batched { self.steps.n } else { 1 };
        let values: Option<Vec<Rc<Tensor>>> = (0..count)
            .map(|t| {
                let exact = self.steps.eval_at(t).value(pred);
                exact.or_else(|| {
                    let known = Partial::new(self.steps.eval_at(t)).value(pred)?;
                    Some(Rc::new(known.completed(unknown_as)))
                })
            })
            .collect();
        let values = values.map(Rc::new);
        self.masks.insert(key, values.clone());
        values
    }

    /// A fill's mask at the filled value's shape (broadcast along when it came through a
    /// `broadcast_in_dim`).
    fn fill_mask(
        &mut self,
        fill: &Fill,
        batched: bool,
        unknown_as: bool,
    ) -> Option<Rc<Vec<Rc<Tensor>>>> {
        let masks = self.mask(fill.pred, batched, unknown_as)?;
        let Some(last) = fill.via else {
            return Some(masks);
        };
        // The broadcasts (and converts, reshapes) from the filled value to `last`.
        let origin = TensorType::of(fill.pred)?.dims;
        let mut chain = vec![last];
        let mut v = operand(last, 0);
        while TensorType::of(v)?.dims != origin {
            let (op, _) = crate::raw::def(v)?;
            if !matches!(
                name_of(op).as_str(),
                "stablehlo.broadcast_in_dim"
                    | "stablehlo.convert"
                    | "stablehlo.reshape"
                    | "stablehlo.transpose"
            ) || chain.len() > 16
            {
                return None;
            }
            chain.push(op);
            v = operand(op, 0);
        }
        let mut out: Vec<Rc<Tensor>> = masks.to_vec();
        for op in chain.into_iter().rev() {
            out = out
                .iter()
                .map(|m| spread_mask(op, m).map(Rc::new))
                .collect::<Option<_>>()?;
        }
        Some(Rc::new(out))
    }

    /// An additive mask: `x + m` where `m` holds a huge negative constant (at most -1e8)
    /// wherever `x` may differ is itself that huge negative number there in both forms
    /// (activations are finite), so the entries are masked like a `select`'s.
    fn add(&mut self, op: MlirOperation, args: &[Abs]) -> Result<Abs, String> {
        let mut out = elementwise(op, args);
        let shape = TensorType::of(result(op, 0))
            .map(|t| t.dims)
            .unwrap_or_default();
        for (m, x) in [(1usize, 0usize), (0, 1)] {
            let Some(fill) = args[m].fill.filter(|f| f.kind == FillKind::NegHuge) else {
                continue;
            };
            if !args[m].is_same() {
                continue;
            }
            let Some(masks) = self.fill_mask(&fill, args[m].batched, fill.keep) else {
                continue;
            };
            if masks[0].dims != shape {
                continue;
            }
            out.differ = uncovered(&args[x].differ, &masks, fill.keep, self.steps.n);
            out.fill = Some(fill);
            return Ok(out);
        }
        Ok(out)
    }

    /// `and(m, x)` is false wherever `m` is, whatever `x` holds in either form (`or`: true
    /// wherever `m` is true): `x`'s differing entries there no longer differ.
    fn logical(&mut self, op: MlirOperation, args: &[Abs]) -> Result<Abs, String> {
        let mut out = elementwise(op, args);
        let boolean = TensorType::of(result(op, 0)).is_some_and(|t| t.element == "i1");
        if !boolean {
            return Ok(out);
        }
        // The absorbing value: masked entries are those where the mask is `absorbing`.
        let absorbing = name_of(op) == "stablehlo.or";
        for (m, x) in [(0usize, 1usize), (1, 0)] {
            if !args[m].is_same() || args[x].is_same() {
                continue;
            }
            let Some(masks) = self.mask(operand(op, m as isize), args[m].batched, !absorbing)
            else {
                continue;
            };
            out.differ = uncovered(&args[x].differ, &masks, !absorbing, self.steps.n);
            return Ok(out);
        }
        Ok(out)
    }

    fn reduce(&mut self, op: MlirOperation, args: &[Abs]) -> Result<Abs, String> {
        let inputs = operand_count(op) as usize / 2;
        if args[inputs..].iter().any(|a| !a.is_same() || a.batched) {
            return Err("the reduction's initial value changes per step".into());
        }
        let dims = ints(&attr_text(op, "dimensions").ok_or("reduce without dimensions")?);
        let reduced = |axis: usize| dims.contains(&(axis as i64));
        let mut differ = Vec::new();
        for a in &args[..inputs] {
            for region in &a.differ {
                let kept: Region = region
                    .iter()
                    .filter(|b| !reduced(b.axis))
                    .map(|b| {
                        let shift = dims.iter().filter(|&&d| d < b.axis as i64).count();
                        Bound {
                            axis: b.axis - shift,
                            ..b.clone()
                        }
                    })
                    .collect();
                if kept.is_empty() {
                    return Err("it reduces over positions that are not written yet".into());
                }
                differ.push(kept);
            }
        }
        let mut out = Abs::differing(differ);
        out.row_max = inputs == 1 && dims.len() == 1 && self.keeps_every_row(op, &args[0], dims[0]);
        Ok(out)
    }

    /// A max-reduction over one axis of a `NegHuge`-filled value, every row of which keeps
    /// an entry at every step: `exp(masked - rowmax)` is then exactly 0. Where entries the
    /// analysis cannot evaluate (they depend on data) are the only ones a row may keep, the
    /// reduction becomes a [`Guard`] the parallel form checks at run time.
    fn keeps_every_row(&mut self, op: MlirOperation, input: &Abs, axis: i64) -> bool {
        let Some(fill) = input.fill.filter(|f| f.kind == FillKind::NegHuge) else {
            return false;
        };
        let is_max = crate::raw::block_ops(region_block(op, 0))
            .iter()
            .any(|o| name_of(*o) == "stablehlo.maximum");
        if !is_max {
            return false;
        }
        let every_row =
            |masks: &[Rc<Tensor>]| masks.iter().all(|m| keeps_entry(m, axis, fill.keep));
        // Unknown entries count as masked, then (for the guard) as kept.
        if self
            .fill_mask(&fill, input.batched, !fill.keep)
            .is_some_and(|m| every_row(&m))
        {
            return true;
        }
        let possible = self
            .fill_mask(&fill, input.batched, fill.keep)
            .is_some_and(|m| every_row(&m));
        if possible {
            self.guards.push(Guard {
                reduce: op,
                floor: fill.value / 2.0,
            });
        }
        possible
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
            for region in &args[side].differ {
                let mut mapped = Region::new();
                let mut summed = Vec::new();
                for b in region {
                    let a = b.axis as i64;
                    if let Some(p) = batch.iter().position(|&d| d == a) {
                        mapped.push(Bound {
                            axis: p,
                            ..b.clone()
                        });
                    } else if let Some(p) = frees.iter().position(|&d| d == a) {
                        mapped.push(Bound {
                            axis: offset + p,
                            ..b.clone()
                        });
                    } else {
                        let k = contract.iter().position(|&d| d == a).unwrap_or(0);
                        let partner = if side == 0 { rc[k] } else { lc[k] } as usize;
                        summed.push(Bound {
                            axis: partner,
                            ..b.clone()
                        });
                    }
                }
                if summed.is_empty() {
                    differ.push(mapped);
                } else if self.zero_where_differs(&args[1 - side], &summed) {
                    // Every differing term is multiplied by an exact 0.
                } else if !mapped.is_empty() {
                    // The box also bounds kept axes: only the results inside those bounds
                    // sum a differing term (the contracted bound is dropped, which only
                    // widens the box).
                    differ.push(mapped);
                } else {
                    return Err("it sums over positions that are not written yet, and the other factor is not exactly zero there".into());
                }
            }
        }
        Ok(Abs::differing(differ))
    }

    /// Whether `factor` is exactly 0 at every entry in the box `summed` (bounds on its
    /// contracted axes), except where `factor` itself may differ (those entries of the
    /// product differ anyway and are already counted).
    fn zero_where_differs(&mut self, factor: &Abs, summed: &Region) -> bool {
        let Some(fill) = factor.fill.filter(|f| f.kind == FillKind::Zero) else {
            return false;
        };
        let Some(masks) = self.fill_mask(&fill, factor.batched, fill.keep) else {
            return false;
        };
        let own = &factor.differ;
        (0..self.steps.n).all(|t| {
            let m = &masks[if masks.len() == 1 { 0 } else { t }];
            let s = m.strides();
            (0..m.len()).all(|i| {
                let at = |a: usize| (i as i64 / s[a]) % m.dims[a];
                let zero = (m.data[i] != 0) != fill.keep;
                zero || !inside(summed, t, &at) || own.iter().any(|r| inside(r, t, &at))
            })
        })
    }

    fn dynamic_slice(&mut self, op: MlirOperation, args: &[Abs]) -> Result<Abs, String> {
        let sizes = ints(&attr_text(op, "slice_sizes").ok_or("dynamic_slice without sizes")?);
        let dims = TensorType::of(operand(op, 0)).ok_or("operand type")?.dims;
        if args[1..].iter().any(|a| !a.is_same()) {
            return Err("its start index depends on positions not written yet".into());
        }
        let mut starts: HashMap<usize, Vec<i64>> = HashMap::new();
        let mut differ = Vec::new();
        for region in &args[0].differ {
            let mut moved = Region::new();
            for b in region {
                if let std::collections::hash_map::Entry::Vacant(slot) = starts.entry(b.axis) {
                    let start = operand(op, 1 + b.axis as isize);
                    let values: Option<Vec<i64>> = (0..self.steps.n)
                        .map(|t| {
                            let s = self.steps.eval_at(t).scalar(start)?;
                            Some(s.clamp(0, dims[b.axis] - sizes[b.axis]))
                        })
                        .collect();
                    slot.insert(
                        values.ok_or("its start index along a position axis is not computable")?,
                    );
                }
                let s = &starts[&b.axis];
                moved.push(b.moved(b.axis, &|t| s[t]));
            }
            differ.push(moved);
        }
        Ok(Abs::differing(differ))
    }
}

impl Analysis<'_> {
    /// A gather of one slice (one index vector, computable at every step, the same in both
    /// forms: `jnp.take(x, i)` of a row of hidden states) from an operand that differs: like
    /// a `dynamic_slice` at the clamped index, the differing entries move with the slice, and
    /// an axis the gather collapses keeps them only at the steps whose index falls inside.
    fn gather_at(&mut self, op: MlirOperation, args: &[Abs]) -> Result<Abs, String> {
        if !args[1].is_same() {
            return Err("it gathers from entries that differ".into());
        }
        let text = attr_text(op, "dimension_numbers").ok_or("gather dims")?;
        let map = field(&text, "start_index_map");
        let collapsed = field(&text, "collapsed_slice_dims");
        let offset = field(&text, "offset_dims");
        let sizes = ints(&attr_text(op, "slice_sizes").ok_or("gather sizes")?);
        let dims = TensorType::of(operand(op, 0)).ok_or("operand type")?.dims;
        let indices = TensorType::of(operand(op, 1)).ok_or("indices type")?;
        let batching = !field(&text, "operand_batching_dims").is_empty();
        if batching || indices.dims.iter().product::<i64>() != map.len() as i64 {
            return Err("it gathers from entries that differ".into());
        }
        // The clamped start of the slice along every operand axis, at every step.
        let mut starts = vec![vec![0i64; self.steps.n]; dims.len()];
        let at_steps: Vec<_> = (0..self.steps.n)
            .map(|t| self.steps.eval_at(t).value(operand(op, 1)))
            .collect::<Option<_>>()
            .ok_or("it gathers from entries that differ, at an index not computable")?;
        for (t, index) in at_steps.iter().enumerate() {
            for (k, &a) in map.iter().enumerate() {
                let a = a as usize;
                starts[a][t] = index.data[k].clamp(0, dims[a] - sizes[a]);
            }
        }
        let kept: Vec<usize> = (0..dims.len())
            .filter(|a| !collapsed.contains(&(*a as i64)))
            .collect();
        let scalar = rank(result(op, 0)) == 0;
        let mut out = Abs::same(args.iter().any(|a| a.batched));
        for region in &args[0].differ {
            let mut mapped = Region::new();
            let mut inside = vec![true; self.steps.n];
            for b in region {
                let s = &starts[b.axis];
                match kept.iter().position(|&a| a == b.axis) {
                    Some(k) => mapped.push(b.moved(offset[k] as usize, &|t| s[t])),
                    None => {
                        for (t, hit) in inside.iter_mut().enumerate() {
                            *hit &= b.contains(t, s[t]);
                        }
                    }
                }
            }
            if inside.iter().all(|hit| !hit) {
                continue;
            }
            if inside.iter().any(|hit| !hit) || mapped.is_empty() {
                if scalar {
                    return Err("it gathers from entries that differ".into());
                }
                // Only the steps whose index falls inside: the whole slice there.
                let lo: Vec<i64> = inside
                    .iter()
                    .map(|&h| if h { 0 } else { i64::MAX })
                    .collect();
                mapped.push(Bound::from(0, lo));
            }
            out.differ.push(mapped);
        }
        Ok(out)
    }
}

fn captured_state(analysis: &Analysis, op: MlirOperation) -> State {
    // Values used inside the op's regions but defined in the step (rare: reduce bodies
    // only use their own arguments).
    let mut stack = Vec::new();
    collect_region_captures(op, &mut stack);
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

pub fn rank(v: MlirValue) -> usize {
    TensorType::of(v).map(|t| t.dims.len()).unwrap_or(0)
}

/// Whether box `a` lies within box `b` at every step.
fn within(a: &Region, b: &Region, steps: usize) -> bool {
    b.iter().all(|outer| {
        a.iter().any(|inner| {
            inner.axis == outer.axis
                && (0..steps).all(|t| outer.lo[t] <= inner.lo[t] && inner.hi[t] <= outer.hi[t])
        })
    })
}

/// Drops boxes inside other boxes (values mixing the same differences, e.g. a residual
/// stream, would otherwise double their boxes at every op).
fn simplify(regions: &mut Vec<Region>, steps: usize) {
    let mut i = 0;
    while i < regions.len() {
        let covered = (0..regions.len()).any(|j| {
            j != i
                && within(&regions[i], &regions[j], steps)
                && (j < i || !within(&regions[j], &regions[i], steps))
        });
        if covered {
            regions.remove(i);
        } else {
            i += 1;
        }
    }
}

/// Drops boxes that are empty at every step and bounds that hold for every index; a box
/// left without bounds would mean that every entry may differ.
fn normalize(op: MlirOperation, mut a: Abs, steps: usize) -> Result<Abs, String> {
    let Some(ty) = TensorType::of(result(op, 0)) else {
        return Ok(a);
    };
    let extent = |axis: usize| ty.dims.get(axis).copied().unwrap_or(1);
    a.differ.retain(|region| {
        (0..steps).any(|t| {
            region
                .iter()
                .all(|b| b.lo[t].max(0) < b.hi[t].min(extent(b.axis)))
        })
    });
    for region in &mut a.differ {
        let full = |b: &Bound| (0..steps).all(|t| b.lo[t] <= 0 && b.hi[t] >= extent(b.axis));
        if region.iter().all(full) {
            return Err(
                "every entry of its result may differ until every position is written".into(),
            );
        }
        region.retain(|b| !full(b));
    }
    simplify(&mut a.differ, steps);
    Ok(a)
}

fn elementwise(op: MlirOperation, args: &[Abs]) -> Abs {
    let name = name_of(op);
    let differ = args.iter().flat_map(|a| a.differ.clone()).collect();
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
    // JAX's softmax takes max(-inf, rowmax): still at least the row maximum.
    let row_max = name == "stablehlo.maximum" && args.iter().any(|a| a.row_max);
    Abs {
        differ,
        fill,
        row_max,
        batched: false,
    }
}

/// Whether every row of `m` along `axis` has an entry equal to `keep`.
fn keeps_entry(m: &Tensor, axis: i64, keep: bool) -> bool {
    let axis = axis as usize;
    let stride = m.strides()[axis] as usize;
    let extent = m.dims[axis] as usize;
    (0..m.len())
        .filter(|&i| (i / stride).is_multiple_of(extent))
        .all(|i| (0..extent).any(|k| (m.data[i + k * stride] != 0) == keep))
}

/// The boxes whose entries are not all masked by `masks` (`keep` marks data) or covered by
/// the other boxes left.
fn uncovered(differ: &[Region], masks: &[Rc<Tensor>], keep: bool, steps: usize) -> Vec<Region> {
    let mut out: Vec<Region> = differ.to_vec();
    let mut i = 0;
    while i < out.len() {
        let masked = (0..steps).all(|t| {
            let m = &masks[if masks.len() == 1 { 0 } else { t }];
            let s = m.strides();
            (0..m.len()).all(|e| {
                let at = |a: usize| (e as i64 / s[a]) % m.dims[a];
                (m.data[e] != 0) != keep
                    || !inside(&out[i], t, &at)
                    || out
                        .iter()
                        .enumerate()
                        .any(|(j, r)| j != i && inside(r, t, &at))
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

/// A mask carried through one op of a fill's chain to the op's result shape.
fn spread_mask(op: MlirOperation, m: &Tensor) -> Option<Tensor> {
    let out = TensorType::of(result(op, 0))?.dims;
    let data = match name_of(op).as_str() {
        "stablehlo.broadcast_in_dim" => {
            eval::broadcast(m, &ints(&attr_text(op, "broadcast_dimensions")?), &out)?
        }
        "stablehlo.transpose" => eval::transpose(m, &ints(&attr_text(op, "permutation")?)),
        _ => m.data.clone(),
    };
    Some(Tensor { dims: out, data })
}

/// A scatter at indices and of updates that are the same in both forms changes no entry
/// that was the same into one that differs; entries it overwrites may stop differing, which
/// is not tracked (the boxes stay, which only over-approximates).
fn scatter(args: &[Abs]) -> Result<Abs, String> {
    if args.len() != 3 || !args[1].is_same() || !args[2].is_same() {
        return Err(
            "it scatters at indices or values that differ until every position is written".into(),
        );
    }
    Ok(Abs::differing(args[0].differ.clone()))
}

/// A sort moves entries along its axis: a box that bounds that axis spreads over all of it.
fn sort(op: MlirOperation, args: &[Abs]) -> Result<Abs, String> {
    let text = attr_text(op, "dimension").ok_or("sort without dimension")?;
    let axis = *ints(&text).first().ok_or("sort without dimension")? as usize;
    spread(args, axis)
}

/// Entries that mix values along `axis` (a sort, a top-k): every box loses its bound on
/// that axis. The initial values of a windowed reduction must be the same.
fn spread_axes(args: &[Abs], axes: &[usize]) -> Result<Abs, String> {
    let mut differ = Vec::new();
    for a in args {
        for region in &a.differ {
            let kept: Region = region
                .iter()
                .filter(|b| !axes.contains(&b.axis))
                .cloned()
                .collect();
            if kept.is_empty() {
                return Err("it mixes entries along positions that are not written yet".into());
            }
            differ.push(kept);
        }
    }
    Ok(Abs::differing(differ))
}

fn spread(args: &[Abs], axis: usize) -> Result<Abs, String> {
    spread_axes(args, &[axis])
}

/// A windowed reduction mixes entries along every axis its window (or padding) spans.
fn reduce_window(op: MlirOperation, args: &[Abs]) -> Result<Abs, String> {
    let inputs = args.len() / 2;
    if args[inputs..].iter().any(|a| !a.is_same() || a.batched) {
        return Err("the reduction's initial value changes per step".into());
    }
    let windows = attr_text(op, "window_dimensions")
        .map(|t| ints(&t))
        .unwrap_or_default();
    let strides = attr_text(op, "window_strides")
        .map(|t| ints(&t))
        .unwrap_or_default();
    let padding = attr_text(op, "padding")
        .map(|t| ints(t.split(" : ").next().unwrap_or("")))
        .unwrap_or_default();
    let axes: Vec<usize> = (0..rank(operand(op, 0)))
        .filter(|&d| {
            windows.get(d).is_some_and(|&w| w != 1)
                || strides.get(d).is_some_and(|&s| s != 1)
                || padding.get(2 * d).is_some_and(|&p| p != 0)
                || padding.get(2 * d + 1).is_some_and(|&p| p != 0)
        })
        .collect();
    spread_axes(&args[..inputs], &axes)
}

fn broadcast(op: MlirOperation, a: &Abs) -> Result<Abs, String> {
    let dims = ints(&attr_text(op, "broadcast_dimensions").ok_or("broadcast dims")?);
    let from = TensorType::of(operand(op, 0)).ok_or("operand type")?.dims;
    let to = TensorType::of(result(op, 0)).ok_or("result type")?.dims;
    let mut out = Abs::same(false);
    out.row_max = a.row_max;
    if from == to && dims.iter().enumerate().all(|(i, &d)| d == i as i64) {
        out.fill = a.fill;
    } else if a.fill.is_some() {
        out.fill = a.fill.map(|f| Fill { via: Some(op), ..f });
    }
    for region in &a.differ {
        let mut mapped = Region::new();
        for b in region {
            let target = dims[b.axis] as usize;
            if from[b.axis] == 1 && to[target] > 1 {
                // Index 0 is broadcast along the axis: in the box at a step iff 0 is.
                let (lo, hi): (Vec<i64>, Vec<i64>) = (0..b.lo.len())
                    .map(|t| {
                        if b.contains(t, 0) {
                            (0, i64::MAX)
                        } else {
                            (i64::MAX, i64::MAX)
                        }
                    })
                    .unzip();
                mapped.push(Bound {
                    axis: target,
                    lo: Rc::new(lo),
                    hi: Rc::new(hi),
                });
            } else {
                mapped.push(Bound {
                    axis: target,
                    ..b.clone()
                });
            }
        }
        out.differ.push(mapped);
    }
    Ok(out)
}

fn reshape(op: MlirOperation, a: &Abs) -> Result<Abs, String> {
    let from = TensorType::of(operand(op, 0)).ok_or("operand type")?.dims;
    let to = TensorType::of(result(op, 0)).ok_or("result type")?.dims;
    let mut out = Abs::same(false);
    out.row_max = a.row_max && a.is_same();
    out.fill = a.fill.map(|f| Fill { via: Some(op), ..f });
    for region in &a.differ {
        let mut mapped = Region::new();
        for b in region {
            let before: i64 = from[..b.axis].iter().product();
            let target = (0..to.len())
                .find(|&d| to[..d].iter().product::<i64>() == before && to[d] == from[b.axis]);
            match target {
                Some(d) => mapped.push(Bound {
                    axis: d,
                    ..b.clone()
                }),
                None => return Err("it reshapes a position axis together with others".into()),
            }
        }
        out.differ.push(mapped);
    }
    Ok(out)
}

fn transpose(op: MlirOperation, a: &Abs) -> Result<Abs, String> {
    let perm = ints(&attr_text(op, "permutation").ok_or("permutation")?);
    let mut out = Abs::same(false);
    out.fill = a.fill.map(|f| Fill { via: Some(op), ..f });
    for region in &a.differ {
        let mut mapped = Region::new();
        for b in region {
            let target = perm
                .iter()
                .position(|&p| p == b.axis as i64)
                .ok_or("permutation")?;
            mapped.push(Bound {
                axis: target,
                ..b.clone()
            });
        }
        out.differ.push(mapped);
    }
    Ok(out)
}

fn slice(op: MlirOperation, a: &Abs) -> Result<Abs, String> {
    let start = ints(&attr_text(op, "start_indices").ok_or("slice starts")?);
    let strides = ints(&attr_text(op, "strides").ok_or("slice strides")?);
    let mut out = Abs::same(false);
    for region in &a.differ {
        let mut mapped = Region::new();
        for b in region {
            if strides.get(b.axis).copied().unwrap_or(1) != 1 {
                return Err("it slices a position axis with a stride".into());
            }
            let s = start.get(b.axis).copied().unwrap_or(0);
            mapped.push(b.moved(b.axis, &|_| s));
        }
        out.differ.push(mapped);
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
    for region in &args[1].differ {
        let mut mapped = Region::new();
        for b in region {
            let p = batch_in
                .iter()
                .position(|d| *d == b.axis)
                .ok_or("its index vector mixes positions")?;
            mapped.push(Bound {
                axis: batch_out[p],
                ..b.clone()
            });
        }
        out.differ.push(mapped);
    }
    Ok(out)
}

fn concatenate(op: MlirOperation, args: &[Abs]) -> Result<Abs, String> {
    let axis = ints(&attr_text(op, "dimension").ok_or("concat dim")?)
        .first()
        .copied()
        .unwrap_or(0) as usize;
    let mut out = Abs::same(false);
    let mut offset = 0;
    for (i, a) in args.iter().enumerate() {
        for region in &a.differ {
            let o = offset;
            let mut mapped: Region = region
                .iter()
                .map(|b| {
                    if b.axis == axis {
                        b.moved(axis, &|_| -o)
                    } else {
                        b.clone()
                    }
                })
                .collect();
            if !region.iter().any(|b| b.axis == axis) {
                let extent = TensorType::of(operand(op, i as isize))
                    .ok_or("operand type")?
                    .dims[axis];
                let n = region.first().map_or(0, |b| b.lo.len());
                mapped.push(Bound {
                    axis,
                    lo: Rc::new(vec![o; n]),
                    hi: Rc::new(vec![o + extent; n]),
                });
            }
            out.differ.push(mapped);
        }
        offset += TensorType::of(operand(op, i as isize))
            .ok_or("operand type")?
            .dims[axis];
    }
    Ok(out)
}

fn pad(op: MlirOperation, args: &[Abs]) -> Result<Abs, String> {
    if !args[1].is_same() {
        return Err("its padding value differs".into());
    }
    let low = ints(&attr_text(op, "edge_padding_low").ok_or("pad low")?);
    let interior = ints(&attr_text(op, "interior_padding").ok_or("pad interior")?);
    let mut out = Abs::same(false);
    for region in &args[0].differ {
        let mut mapped = Region::new();
        for b in region {
            if interior.get(b.axis).copied().unwrap_or(0) != 0 {
                return Err("it pads a position axis in between entries".into());
            }
            let l = low.get(b.axis).copied().unwrap_or(0);
            mapped.push(b.moved(b.axis, &|_| -l));
        }
        out.differ.push(mapped);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(axis: usize, lo: &[i64]) -> Bound {
        Bound::from(axis, lo.to_vec())
    }

    #[test]
    fn a_tril_mask_hides_key_differences_behind_query_differences() {
        // mask[q, k] = k <= q on 4x4; both axes differ from position 2 on.
        let mask = Tensor {
            dims: vec![4, 4],
            data: (0..16).map(|i| ((i % 4) <= (i / 4)) as i64).collect(),
        };
        let masks = vec![Rc::new(mask)];
        let both = vec![vec![from(0, &[2])], vec![from(1, &[2])]];
        let left = uncovered(&both, &masks, true, 1);
        assert_eq!(left.len(), 1);
        assert_eq!(left[0][0].axis, 0);
        // Without the query axis differing, the key difference is not hidden.
        let left = uncovered(&[vec![from(1, &[2])]], &masks, true, 1);
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
        assert!(uncovered(&[vec![from(1, &[2, 3])]], &masks, true, 2).is_empty());
        assert_eq!(
            uncovered(&[vec![from(1, &[1, 3])]], &masks, true, 2).len(),
            1
        );
    }

    #[test]
    fn boxes_bound_several_axes_and_move_with_slices() {
        // A stacked cache [layer, pos]: layer 1 at position 3 not written yet.
        let b = vec![
            Bound {
                axis: 0,
                lo: Rc::new(vec![1]),
                hi: Rc::new(vec![2]),
            },
            Bound {
                axis: 1,
                lo: Rc::new(vec![3]),
                hi: Rc::new(vec![4]),
            },
        ];
        assert!(inside(&b, 0, &|a| [1, 3][a]));
        assert!(!inside(&b, 0, &|a| [0, 3][a]));
        // Slicing layer 0 out ([0:1]) leaves the box on an axis of extent 1 at index 1:
        // empty, since index 0 is not in [1, 2).
        let moved = b[0].moved(0, &|_| 0);
        assert!(!moved.contains(0, 0));
    }
}
