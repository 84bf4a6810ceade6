//! Tokens that reach the function's result through ops after the decode loop: a `scan`'s
//! stacked `[steps, batch]` outputs transposed and concatenated after the prompt, gemma's
//! generated-only buffer multiplied by a mask that hides what follows an end token. The
//! teacher comes in the result's layout; the loop needs it in its buffer's layout, so it is
//! pulled back through those ops (each one inverted: a transpose by its inverse, a reshape
//! back, a concatenation by a slice of the buffer's part, a mask by the identity, since the
//! masked positions come after the end and no kept position depends on them). The
//! predicted tokens go forward through a copy of the same ops; the logits through the
//! structural ones, with zero rows for the other parts of a concatenation (or their own
//! scores where they are chosen). Imports nothing from its parent.

use super::common::ty;
use super::recognize::choice;
use crate::emit::{i64_array, Emitter, TensorType};
use crate::raw::{def, name_of, operand, operand_count, result, result_count};
use mlir_sys::{MlirBlock, MlirOperation, MlirValue};
use std::collections::{HashMap, HashSet};

/// The ops between the loop's token buffer (`source`) and the returned tokens.
pub(super) struct Post {
    pub(super) source: MlirValue,
    /// Each op on the data path with the operand that carries the tokens, source first.
    path: Vec<(MlirOperation, isize)>,
    /// Every op of the block that depends on `source` on the way to the result.
    ops: Vec<MlirOperation>,
    pub(super) returned: MlirValue,
}

impl Post {
    /// Tokens returned as written (no op after the chain).
    pub(super) fn none(returned: MlirValue) -> Post {
        Post {
            source: returned,
            path: Vec::new(),
            ops: Vec::new(),
            returned,
        }
    }

    /// From the returned value back to the closest value `is_source` accepts, through
    /// the ops of `block` that this module can invert.
    pub(super) fn find(
        block: MlirBlock,
        returned: MlirValue,
        is_source: &dyn Fn(MlirValue) -> bool,
    ) -> Result<Option<Post>, String> {
        let mut path = Vec::new();
        let mut value = returned;
        while !is_source(value) {
            let Some((op, _)) = def(value) else {
                return Ok(None);
            };
            if unsafe { mlir_sys::mlirOperationGetBlock(op) }.ptr != block.ptr {
                return Ok(None);
            }
            let index = data_operand(op, is_source)?;
            let Some(index) = index else {
                return Ok(None);
            };
            path.push((op, index));
            value = operand(op, index);
        }
        path.reverse();
        let ops = between(block, value, returned);
        Ok(Some(Post {
            source: value,
            path,
            ops,
            returned,
        }))
    }

    /// The teacher in the buffer's layout.
    pub(super) fn pull(&self, e: &Emitter, teacher: MlirValue) -> Result<MlirValue, String> {
        let mut v = teacher;
        for &(op, index) in self.path.iter().rev() {
            v = pull_one(e, op, index, v)?;
        }
        Ok(v)
    }

    /// `predicted` (in the buffer's layout) through a copy of the ops after the loop.
    pub(super) fn push_tokens(&self, predicted: MlirValue, anchor: MlirOperation) -> MlirValue {
        let Some(&(first, index)) = self.path.first() else {
            return predicted;
        };
        // The loop was rewritten since: its tokens are what the first op after it reads now
        // (the teacher's, forced), and every op after the loop reads them from there.
        let now = operand(first, index);
        let mut map: HashMap<usize, MlirValue> = HashMap::from([(now.ptr as usize, predicted)]);
        for &op in &self.ops {
            unsafe {
                let copy = mlir_sys::mlirOperationClone(op);
                for i in 0..operand_count(op) {
                    if let Some(v) = map.get(&(operand(op, i).ptr as usize)) {
                        mlir_sys::mlirOperationSetOperand(copy, i, *v);
                    }
                }
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
        map.get(&(self.returned.ptr as usize))
            .copied()
            .unwrap_or(predicted)
    }

    /// `logits` (`[buffer dims..., vocab]`) in the result's layout.
    pub(super) fn push_logits(&self, e: &Emitter, logits: MlirValue) -> Result<MlirValue, String> {
        let mut v = logits;
        for &(op, index) in &self.path {
            v = push_logits_one(e, op, index, v)?;
        }
        Ok(v)
    }
}

/// Which operand of `op` carries the tokens, for the ops this module inverts; `None` when
/// no operand leads towards a source.
fn data_operand(
    op: MlirOperation,
    is_source: &dyn Fn(MlirValue) -> bool,
) -> Result<Option<isize>, String> {
    let reaches = |v: MlirValue| reaches_source(v, is_source);
    let name = name_of(op);
    let candidates: Vec<isize> = match name.as_str() {
        "stablehlo.transpose" | "stablehlo.reshape" | "stablehlo.convert" => vec![0],
        "stablehlo.concatenate" => (0..operand_count(op)).collect(),
        "stablehlo.multiply" => (0..2).filter(|&i| !is_mask(operand(op, i))).collect(),
        "stablehlo.select" => vec![1, 2],
        _ => {
            return if (0..operand_count(op)).any(|i| reaches(operand(op, i))) {
                Err(format!(
                    "its tokens reach the result through {name}, which the pass cannot invert"
                ))
            } else {
                Ok(None)
            };
        }
    };
    let found: Vec<isize> = candidates
        .into_iter()
        .filter(|&i| reaches(operand(op, i)))
        .collect();
    match found.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(*one)),
        _ => Err(format!(
            "its tokens reach the result through {name} from more than one side"
        )),
    }
}

fn reaches_source(value: MlirValue, is_source: &dyn Fn(MlirValue) -> bool) -> bool {
    let mut stack = vec![value];
    let mut seen = HashSet::new();
    while let Some(v) = stack.pop() {
        if !seen.insert(v.ptr as usize) {
            continue;
        }
        if is_source(v) {
            return true;
        }
        if let Some((op, _)) = def(v) {
            stack.extend((0..operand_count(op)).map(|i| operand(op, i)));
        }
    }
    false
}

/// A 0/1 mask: a boolean, or a `convert` of one.
fn is_mask(value: MlirValue) -> bool {
    let mut v = value;
    loop {
        if TensorType::of(v).is_some_and(|t| t.element == "i1") {
            return true;
        }
        match def(v) {
            Some((op, _))
                if matches!(
                    name_of(op).as_str(),
                    "stablehlo.convert" | "stablehlo.broadcast_in_dim"
                ) =>
            {
                v = operand(op, 0)
            }
            _ => return false,
        }
    }
}

/// The ops of `block` that depend on `source` and that `returned` depends on, in order.
fn between(block: MlirBlock, source: MlirValue, returned: MlirValue) -> Vec<MlirOperation> {
    let mut needed: HashSet<usize> = HashSet::new();
    let mut stack = vec![returned];
    while let Some(v) = stack.pop() {
        if let Some((op, _)) = def(v) {
            if needed.insert(op.ptr as usize) {
                stack.extend((0..operand_count(op)).map(|i| operand(op, i)));
            }
        }
    }
    let mut reached: HashSet<usize> = HashSet::from([source.ptr as usize]);
    let mut ops = Vec::new();
    for op in crate::raw::block_ops(block) {
        let uses_source =
            (0..operand_count(op)).any(|i| reached.contains(&(operand(op, i).ptr as usize)));
        if uses_source && needed.contains(&(op.ptr as usize)) {
            (0..result_count(op)).for_each(|i| {
                reached.insert(result(op, i).ptr as usize);
            });
            ops.push(op);
        }
    }
    ops
}

/// The value of operand `index` of `op` given the op's result `v` (at the positions that
/// matter).
fn pull_one(
    e: &Emitter,
    op: MlirOperation,
    index: isize,
    v: MlirValue,
) -> Result<MlirValue, String> {
    let target = TensorType::of(operand(op, index)).ok_or("operand type")?;
    let text = |name: &str| super::eval::attr_text(op, name);
    match name_of(op).as_str() {
        "stablehlo.transpose" => {
            let perm = super::eval::ints(&text("permutation").ok_or("permutation")?);
            let mut inverse = vec![0; perm.len()];
            for (i, p) in perm.iter().enumerate() {
                inverse[*p as usize] = i as i64;
            }
            let attr = e.attr(&i64_array(&inverse)).ok_or("permutation")?;
            Ok(e.value(
                "stablehlo.transpose",
                &[v],
                ty(e, &target)?,
                &[("permutation", attr)],
            ))
        }
        "stablehlo.reshape" => Ok(e.value("stablehlo.reshape", &[v], ty(e, &target)?, &[])),
        "stablehlo.convert" => Ok(e.value("stablehlo.convert", &[v], ty(e, &target)?, &[])),
        "stablehlo.concatenate" => {
            let axis = concat_axis(op)?;
            let offset = offset_of(op, index, axis)?;
            let out = TensorType::of(v).ok_or("result type")?;
            let mut start = vec![0; out.dims.len()];
            start[axis] = offset;
            let mut limit = out.dims.clone();
            limit[axis] = offset + target.dims[axis];
            slice(e, v, &start, &limit, &target)
        }
        // A mask: the tokens pass unchanged where it keeps them.
        "stablehlo.multiply" | "stablehlo.select" => Ok(v),
        other => Err(format!("cannot invert {other}")),
    }
}

/// `logits` of the operand's tokens as logits of the op's result.
fn push_logits_one(
    e: &Emitter,
    op: MlirOperation,
    index: isize,
    logits: MlirValue,
) -> Result<MlirValue, String> {
    let l = TensorType::of(logits).ok_or("logits type")?;
    let vocab = *l.dims.last().ok_or("logits type")?;
    let out = TensorType::of(result(op, 0)).ok_or("result type")?;
    let out_logits = TensorType {
        dims: [out.dims.clone(), vec![vocab]].concat(),
        element: l.element.clone(),
    };
    let text = |name: &str| super::eval::attr_text(op, name);
    match name_of(op).as_str() {
        "stablehlo.transpose" => {
            let mut perm = super::eval::ints(&text("permutation").ok_or("permutation")?);
            perm.push(perm.len() as i64);
            let attr = e.attr(&i64_array(&perm)).ok_or("permutation")?;
            Ok(e.value(
                "stablehlo.transpose",
                &[logits],
                ty(e, &out_logits)?,
                &[("permutation", attr)],
            ))
        }
        "stablehlo.reshape" => {
            Ok(e.value("stablehlo.reshape", &[logits], ty(e, &out_logits)?, &[]))
        }
        "stablehlo.concatenate" => {
            let axis = concat_axis(op)?;
            let parts: Vec<MlirValue> = (0..operand_count(op))
                .map(|i| {
                    if i == index {
                        Ok(logits)
                    } else {
                        part_logits(e, operand(op, i), vocab, &l.element)
                    }
                })
                .collect::<Result<_, String>>()?;
            let dim = e.attr(&format!("{axis} : i64")).ok_or("dimension")?;
            Ok(e.value(
                "stablehlo.concatenate",
                &parts,
                ty(e, &out_logits)?,
                &[("dimension", dim)],
            ))
        }
        _ => Ok(logits),
    }
}

/// Logits for another part of a concatenation: where the part holds a token chosen before
/// the loop (a prefill's first token, `concat(prompt, first)`), its scores go forward through
/// the ops between the choice and the part; zero rows elsewhere (the prompt).
fn part_logits(
    e: &Emitter,
    part: MlirValue,
    vocab: i64,
    element: &str,
) -> Result<MlirValue, String> {
    let t = TensorType::of(part).ok_or("part type")?;
    let shaped = TensorType {
        dims: [t.dims.clone(), vec![vocab]].concat(),
        element: element.to_string(),
    };
    if let Some(v) = chosen_logits(e, part, vocab, element) {
        return Ok(v);
    }
    e.splat(&shaped, "0.0")
        .ok_or_else(|| "zero logits".to_string())
}

/// The scores of the choice `part` depends on, carried to `part`'s positions.
fn chosen_logits(e: &Emitter, part: MlirValue, vocab: i64, element: &str) -> Option<MlirValue> {
    let c = choice(part)?;
    let chosen = TensorType::of(c.chosen)?;
    let scores = TensorType::of(c.scores)?;
    let rows = TensorType {
        dims: [chosen.dims.clone(), vec![vocab]].concat(),
        element: element.to_string(),
    };
    let count = |d: &[i64]| d.iter().product::<i64>();
    if count(&scores.dims) != count(&rows.dims) || *scores.dims.last()? != vocab {
        return None;
    }
    let wide = super::common::widen(e, c.scores).ok()?;
    let mut map: HashMap<usize, MlirValue> = HashMap::new();
    map.insert(
        c.chosen.ptr as usize,
        e.value("stablehlo.reshape", &[wide], ty(e, &rows).ok()?, &[]),
    );
    for op in &c.path {
        let index =
            (0..operand_count(*op)).find(|&i| map.contains_key(&(operand(*op, i).ptr as usize)))?;
        let logits = map[&(operand(*op, index).ptr as usize)];
        let out = match name_of(*op).as_str() {
            "stablehlo.transpose" | "stablehlo.reshape" | "stablehlo.concatenate" => {
                push_logits_one(e, *op, index, logits).ok()?
            }
            "stablehlo.broadcast_in_dim" => broadcast_logits(e, *op, logits)?,
            // Same shape, the choice mixed with flags or pad ids: its rows stay.
            _ if TensorType::of(result(*op, 0))?.dims
                == TensorType::of(operand(*op, index))?.dims =>
            {
                logits
            }
            _ => return None,
        };
        map.insert(result(*op, 0).ptr as usize, out);
    }
    map.get(&(part.ptr as usize)).copied()
}

fn broadcast_logits(e: &Emitter, op: MlirOperation, logits: MlirValue) -> Option<MlirValue> {
    let mut dims = super::eval::ints(&super::eval::attr_text(op, "broadcast_dimensions")?);
    let out = TensorType::of(result(op, 0))?;
    let l = TensorType::of(logits)?;
    dims.push(out.dims.len() as i64);
    let target = TensorType {
        dims: [out.dims, vec![*l.dims.last()?]].concat(),
        element: l.element,
    };
    let attr = e.attr(&i64_array(&dims))?;
    Some(e.value(
        "stablehlo.broadcast_in_dim",
        &[logits],
        ty(e, &target).ok()?,
        &[("broadcast_dimensions", attr)],
    ))
}

fn concat_axis(op: MlirOperation) -> Result<usize, String> {
    let text = super::eval::attr_text(op, "dimension").ok_or("concatenate dimension")?;
    Ok(*super::eval::ints(&text)
        .first()
        .ok_or("concatenate dimension")? as usize)
}

fn offset_of(op: MlirOperation, index: isize, axis: usize) -> Result<i64, String> {
    (0..index)
        .map(|i| {
            TensorType::of(operand(op, i))
                .map(|t| t.dims[axis])
                .ok_or_else(|| "operand type".to_string())
        })
        .sum()
}

fn slice(
    e: &Emitter,
    v: MlirValue,
    start: &[i64],
    limit: &[i64],
    out: &TensorType,
) -> Result<MlirValue, String> {
    let array = |values: &[i64]| e.attr(&i64_array(values)).ok_or("array attribute");
    Ok(e.value(
        "stablehlo.slice",
        &[v],
        ty(e, out)?,
        &[
            ("start_indices", array(start)?),
            ("limit_indices", array(limit)?),
            ("strides", array(&vec![1; start.len()])?),
        ],
    ))
}
