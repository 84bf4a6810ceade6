//! Partial evaluation of masks: which entries of an integer or boolean value are known at a
//! step, and their values, when the value as a whole is not (`eval.rs` gives all or
//! nothing). A mask built from a loop counter and from data the analysis cannot see (the
//! prompt's padding mask, a cache of positions filled by the prefill) is still known where
//! the counter decides it: `pad(prompt != 0, true)` is true at every generated position,
//! `and(x, iota <= i)` is false past step `i` whatever `x` holds, and a positions cache just
//! written at this step's slot holds this step's position there.
//!
//! Values the evaluator cannot see (block arguments, ops outside the list, results too
//! large) are unknown everywhere. Each op computes its known entries exactly: elementwise
//! ops where all their operands are known; `and` also where one side is false, `or` where
//! one side is true, `select` where the chosen side is known (or both agree); ops that move
//! entries (broadcast, reshape, transpose, slice, concatenate, pad, dynamic slices and
//! updates and gathers at known indices) move the known marks with them. Imports nothing
//! from its parent but `eval` and `common`.

use super::common::{block_arg, is_elementwise};
use super::eval::{apply, Eval, Tensor};
use crate::emit::TensorType;
use crate::raw::{
    block_argument, def, name_of, operand, operand_count, region_block, result_count, terminator,
};
use mlir_sys::{MlirOperation, MlirValue};
use std::collections::HashMap;
use std::rc::Rc;

/// The deepest chain of ops followed from the value asked for.
const MAX_DEPTH: usize = 128;

/// A value with the entries known: `known` is 1 where `value` holds the entry's value
/// (elsewhere `value` holds anything).
pub struct Known {
    pub value: Rc<Tensor>,
    pub known: Rc<Tensor>,
}

impl Known {
    /// The value with unknown entries replaced by `unknown_as` (as a boolean: 0 or 1).
    pub fn completed(&self, unknown_as: bool) -> Tensor {
        let data = self
            .value
            .data
            .iter()
            .zip(&self.known.data)
            .map(|(&v, &k)| if k != 0 { v } else { unknown_as as i64 })
            .collect();
        Tensor {
            dims: self.value.dims.clone(),
            data,
        }
    }
}

/// Partial evaluation at one step: the exact evaluator for what it knows, marks for the rest.
pub struct Partial {
    exact: Eval,
    memo: HashMap<usize, Option<Rc<Known>>>,
}

impl Partial {
    pub fn new(exact: Eval) -> Partial {
        Partial {
            exact,
            memo: HashMap::new(),
        }
    }

    /// `v`'s known entries; `None` when `v` is not a static integer or boolean tensor.
    pub fn value(&mut self, v: MlirValue) -> Option<Rc<Known>> {
        self.at(v, 0)
    }

    fn at(&mut self, v: MlirValue, depth: usize) -> Option<Rc<Known>> {
        if let Some(k) = self.memo.get(&(v.ptr as usize)) {
            return k.clone();
        }
        let out = self.compute(v, depth).map(Rc::new);
        self.memo.insert(v.ptr as usize, out.clone());
        out
    }

    fn compute(&mut self, v: MlirValue, depth: usize) -> Option<Known> {
        let ty = TensorType::of(v)?;
        if !ty.is_integer() && !ty.is_float() {
            return None;
        }
        if let Some(t) = self.exact.value(v) {
            let ones = filled(&t.dims, 1);
            return Some(Known {
                value: t,
                known: Rc::new(ones),
            });
        }
        let unknown = || Known {
            value: Rc::new(filled(&ty.dims, 0)),
            known: Rc::new(filled(&ty.dims, 0)),
        };
        let Some((op, _)) = def(v) else {
            // A loop-invariant argument of a `while` is its initial value at every step.
            return match invariant_init(v) {
                Some(init) if depth <= MAX_DEPTH => self.at(init, depth + 1).map(|k| {
                    Rc::try_unwrap(k).unwrap_or_else(|k| Known {
                        value: k.value.clone(),
                        known: k.known.clone(),
                    })
                }),
                _ => Some(unknown()),
            };
        };
        if depth > MAX_DEPTH || result_count(op) != 1 {
            return Some(unknown());
        }
        let mut args = Vec::new();
        for i in 0..operand_count(op) {
            match self.at(operand(op, i), depth + 1) {
                Some(a) => args.push(a),
                None => return Some(unknown()),
            }
        }
        let values: Vec<Rc<Tensor>> = args.iter().map(|a| a.value.clone()).collect();
        let Some(value) = apply(op, &values) else {
            return Some(unknown());
        };
        let known = known_entries(op, &args, &ty).unwrap_or_else(|| filled(&ty.dims, 0));
        Some(Known {
            value: Rc::new(value),
            known: Rc::new(known),
        })
    }
}

/// The initial value of `v` when it is an argument of a `while`'s body or condition that
/// the body returns unchanged.
fn invariant_init(v: MlirValue) -> Option<MlirValue> {
    let (block, j) = block_arg(v)?;
    let w = unsafe { mlir_sys::mlirBlockGetParentOperation(block) };
    if w.ptr.is_null() || name_of(w) != "stablehlo.while" {
        return None;
    }
    let body = region_block(w, 1);
    let ret = terminator(body)?;
    (operand(ret, j).ptr == block_argument(body, j).ptr).then(|| operand(w, j))
}

fn filled(dims: &[i64], x: i64) -> Tensor {
    Tensor {
        dims: dims.to_vec(),
        data: vec![x; dims.iter().product::<i64>() as usize],
    }
}

/// Ops that move entries: the known marks move the same way.
const MOVING: &[&str] = &[
    "stablehlo.broadcast_in_dim",
    "stablehlo.reshape",
    "stablehlo.transpose",
    "stablehlo.slice",
    "stablehlo.concatenate",
];

/// The known marks of `op`'s result, from its operands' (`None`: none known).
fn known_entries(op: MlirOperation, args: &[Rc<Known>], ty: &TensorType) -> Option<Tensor> {
    let name = name_of(op);
    let knowns: Vec<Rc<Tensor>> = args.iter().map(|a| a.known.clone()).collect();
    let all_known = |i: usize| args[i].known.data.iter().all(|&k| k != 0);
    let n = ty.dims.iter().product::<i64>() as usize;
    let at = |t: &Tensor, i: usize| if t.len() == 1 { t.data[0] } else { t.data[i] };
    let data: Vec<i64> = match name.as_str() {
        "stablehlo.and" | "stablehlo.or" if ty.element == "i1" => {
            let absorbing = (name == "stablehlo.or") as i64;
            let (a, b) = (&args[0], &args[1]);
            let side = |x: &Known, i: usize| at(&x.known, i) != 0 && at(&x.value, i) == absorbing;
            (0..n)
                .map(|i| {
                    let both = at(&a.known, i) != 0 && at(&b.known, i) != 0;
                    (both || side(a, i) || side(b, i)) as i64
                })
                .collect()
        }
        "stablehlo.select" => {
            let (p, x, y) = (&args[0], &args[1], &args[2]);
            (0..n)
                .map(|i| {
                    let agree = at(&x.known, i) != 0
                        && at(&y.known, i) != 0
                        && at(&x.value, i) == at(&y.value, i);
                    let chosen = if at(&p.value, i) != 0 { x } else { y };
                    let picked = at(&p.known, i) != 0 && at(&chosen.known, i) != 0;
                    (agree || picked) as i64
                })
                .collect()
        }
        n_ if is_elementwise(n_) => (0..n)
            .map(|i| knowns.iter().all(|k| at(k, i) != 0) as i64)
            .collect(),
        n_ if MOVING.contains(&n_) => apply(op, &knowns)?.data,
        "stablehlo.pad" => apply(op, &knowns)?.data,
        "stablehlo.dynamic_slice" if (1..args.len()).all(all_known) => {
            let mut moved = vec![knowns[0].clone()];
            moved.extend(args[1..].iter().map(|a| a.value.clone()));
            apply(op, &moved)?.data
        }
        "stablehlo.dynamic_update_slice" if (2..args.len()).all(all_known) => {
            let mut moved = vec![knowns[0].clone(), knowns[1].clone()];
            moved.extend(args[2..].iter().map(|a| a.value.clone()));
            apply(op, &moved)?.data
        }
        "stablehlo.gather" if all_known(1) => {
            apply(op, &[knowns[0].clone(), args[1].value.clone()])?.data
        }
        _ => return None,
    };
    // Marks computed by the op itself (a `convert` to i1, a float result) stay 0 or 1.
    Some(Tensor {
        dims: ty.dims.clone(),
        data: data.into_iter().map(|k| (k != 0) as i64).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_entries_complete_to_the_value_asked_for() {
        let k = Known {
            value: Rc::new(Tensor {
                dims: vec![4],
                data: vec![1, 0, 7, 0],
            }),
            known: Rc::new(Tensor {
                dims: vec![4],
                data: vec![1, 1, 0, 0],
            }),
        };
        assert_eq!(k.completed(true).data, vec![1, 0, 1, 1]);
        assert_eq!(k.completed(false).data, vec![1, 0, 0, 0]);
    }
}
