//! A stacked cache rebuilt slab by slab becomes row writes into the cache. A `lax.scan` over
//! layers that takes a stacked cache `[layers, T, ...]` as its scanned input and returns it
//! as its stacked output reads each layer's slab, writes one row into it, and writes the slab
//! back into a fresh buffer; unrolled (`unroll.rs`), the step's new cache is
//!
//! ```text
//! %s0 = reshape(dynamic_slice %cache, 0, 0, ...)      // layer 0's slab, [T, ...]
//! %w0 = dynamic_update_slice %s0, %row0, %pos, ...
//! %y1 = dynamic_update_slice %zeros, reshape(%w0), 0, 0, ...
//! ...                                                // one per layer
//! ```
//! When the slabs are read from one value at constant offsets, are written back at the same
//! offsets, span every axis but the stacking ones, and together cover the whole buffer, the
//! result is that value with the rows written:
//! ```text
//! %c1 = dynamic_update_slice %cache, reshape(%row0), 0, %pos, ...
//! ...
//! ```
//! which the rest of the pass knows as a cache written at one position per step. Exact: each
//! written-back slab is the read one but for its row, and the slabs are disjoint.

use super::common::{as_i32, constant_i32, erase_dead};
use super::eval::Eval;
use crate::emit::{Emitter, TensorType};
use crate::raw::{def, name_of, operand, operand_count, replace_uses, value_type};
use mlir_sys::{MlirOperation, MlirValue};

/// One slab written back: where, and the row write inside it.
struct Link {
    offsets: Vec<i64>,
    shape: Vec<i64>,
    /// The inner `dynamic_update_slice` writing the row into the slab.
    inner: MlirOperation,
}

/// Rewrites the values loop `w`'s body returns that are stacked caches rebuilt from slabs;
/// returns how many.
pub(super) fn restack_loop(w: MlirOperation) -> usize {
    let body = crate::raw::region_block(w, 1);
    let Some(ret) = crate::raw::terminator(body) else {
        return 0;
    };
    // A slab's row written by `.at[pos].set` (a scatter): made a select, then a
    // dynamic_update_slice where the window rewrite proves it one.
    let scatters: Vec<MlirOperation> = (0..operand_count(ret))
        .flat_map(|j| slab_writes(operand(ret, j)))
        .filter(|op| name_of(*op) == "stablehlo.scatter")
        .collect();
    if scatters
        .into_iter()
        .filter(|op| crate::scatter_to_select::rewrite_scatter(*op))
        .count()
        > 0
    {
        super::window::rewrite_loop(w);
    }
    (0..operand_count(ret))
        .filter(|&j| restack(operand(ret, j)))
        .count()
}

/// Rewrites `value` when it is a stacked cache rebuilt from slabs; returns whether it did.
fn restack(value: MlirValue) -> bool {
    let Some((links, source)) = links_of(value) else {
        return false;
    };
    let Some(full) = TensorType::of(value) else {
        return false;
    };
    if !covers(&links, &full.dims) {
        return false;
    }
    let mut cache = source;
    let mut old = Vec::new();
    for link in &links {
        // Right after the slab's row write: what reads the slab reads the cache instead.
        let next = unsafe { mlir_sys::mlirOperationGetNextInBlock(link.inner) };
        let e = Emitter::before(next);
        let Some(v) = row_write(&e, cache, link) else {
            return false;
        };
        let Some(slab) = read_slab(&e, v, link) else {
            return false;
        };
        old.push(crate::raw::result(link.inner, 0));
        replace_uses(crate::raw::result(link.inner, 0), slab);
        cache = v;
    }
    replace_uses(value, cache);
    old.push(value);
    erase_dead(&old);
    true
}

/// The slab the link wrote, read back from `cache`, in the type the slab had.
fn read_slab(e: &Emitter, cache: MlirValue, link: &Link) -> Option<MlirValue> {
    let mut operands = vec![cache];
    for &o in &link.offsets {
        operands.push(constant_i32(e, o)?);
    }
    let window = TensorType {
        dims: link.shape.clone(),
        element: TensorType::of(cache)?.element,
    };
    let sizes = e.attr(&format!("array<i64: {}>", super::common::join(&link.shape)))?;
    let read = e.value(
        "stablehlo.dynamic_slice",
        &operands,
        e.ty(&window.text())?,
        &[("slice_sizes", sizes)],
    );
    let slab_ty = value_type(crate::raw::result(link.inner, 0));
    Some(e.value("stablehlo.reshape", &[read], slab_ty, &[]))
}

/// The ops that write a row into each slab written back into `value` (the chain of
/// [`links_of`], whatever writes the row).
fn slab_writes(mut value: MlirValue) -> Vec<MlirOperation> {
    let mut out = Vec::new();
    while let Some((op, _)) = def(value) {
        if name_of(op) != "stablehlo.dynamic_update_slice" || out.len() > 4096 {
            break;
        }
        if let Some((inner, _)) = def(through_units(operand(op, 1))) {
            out.push(inner);
        }
        value = operand(op, 0);
    }
    out
}

/// The chain of slab write-backs ending in `value`, first one first, and the value every
/// slab is read from; the chain starts from a constant.
fn links_of(mut value: MlirValue) -> Option<(Vec<Link>, MlirValue)> {
    let mut links = Vec::new();
    let mut source: Option<MlirValue> = None;
    loop {
        let (op, _) = def(value)?;
        match name_of(op).as_str() {
            "stablehlo.dynamic_update_slice" => {
                let (link, from) = slab_link(op)?;
                if source.is_some_and(|s| s.ptr != from.ptr) {
                    return None;
                }
                source = Some(from);
                links.push(link);
                value = operand(op, 0);
            }
            "stablehlo.constant" | "stablehlo.broadcast_in_dim" if is_constant(value) => break,
            _ => return None,
        }
        if links.len() > 4096 {
            return None;
        }
    }
    links.reverse();
    Some((links, source?))
}

fn is_constant(v: MlirValue) -> bool {
    match def(v) {
        Some((op, _)) => match name_of(op).as_str() {
            "stablehlo.constant" => true,
            "stablehlo.broadcast_in_dim" => is_constant(operand(op, 0)),
            _ => false,
        },
        None => false,
    }
}

/// `dynamic_update_slice(_, units(dynamic_update_slice(units(dynamic_slice(A, o)), row, q)), o)`
/// with constant offsets `o`: the link and `A`.
fn slab_link(outer: MlirOperation) -> Option<(Link, MlirValue)> {
    let offsets = constants(outer, 2)?;
    let update = operand(outer, 1);
    let shape = TensorType::of(update)?.dims;
    let inner = through_units(update);
    let (inner_op, _) = def(inner)?;
    if name_of(inner_op) != "stablehlo.dynamic_update_slice" {
        return None;
    }
    let read = through_units(operand(inner_op, 0));
    let (read_op, _) = def(read)?;
    if name_of(read_op) != "stablehlo.dynamic_slice"
        || TensorType::of(read)?.dims != shape
        || constants(read_op, 1)? != offsets
    {
        return None;
    }
    let link = Link {
        offsets,
        shape,
        inner: inner_op,
    };
    Some((link, operand(read_op, 0)))
}

/// The op's operands from `first` on, each a constant scalar.
fn constants(op: MlirOperation, first: isize) -> Option<Vec<i64>> {
    (first..operand_count(op))
        .map(|i| Eval::new(&[]).scalar(operand(op, i)))
        .collect()
}

/// `v` through reshapes and broadcasts that only add or drop size-1 axes.
fn through_units(mut v: MlirValue) -> MlirValue {
    while let Some((op, _)) = def(v) {
        let name = name_of(op);
        if name != "stablehlo.reshape" && name != "stablehlo.broadcast_in_dim" {
            break;
        }
        let (Some(from), Some(to)) = (TensorType::of(operand(op, 0)), TensorType::of(v)) else {
            break;
        };
        if non_unit(&from.dims) != non_unit(&to.dims) {
            break;
        }
        v = operand(op, 0);
    }
    v
}

fn non_unit(dims: &[i64]) -> Vec<i64> {
    dims.iter().copied().filter(|&d| d != 1).collect()
}

/// Whether the slabs span every axis they do not stack along (offset 0 where they are not
/// of size 1), are disjoint and together fill `dims`.
fn covers(links: &[Link], dims: &[i64]) -> bool {
    let spans = links.iter().all(|l| {
        (0..dims.len()).all(|a| {
            let inside = l.offsets[a] >= 0 && l.offsets[a] + l.shape[a] <= dims[a];
            inside && (l.shape[a] == 1 || (l.offsets[a] == 0 && l.shape[a] == dims[a]))
        })
    });
    let volume: i64 = links.iter().map(|l| l.shape.iter().product::<i64>()).sum();
    let mut starts: Vec<&Vec<i64>> = links.iter().map(|l| &l.offsets).collect();
    starts.sort();
    starts.dedup();
    spans && starts.len() == links.len() && volume == dims.iter().product::<i64>()
}

/// `cache` with the link's row written where the slab puts it.
fn row_write(e: &Emitter, cache: MlirValue, link: &Link) -> Option<MlirValue> {
    let row = operand(link.inner, 1);
    let row_ty = TensorType::of(row)?;
    let slab_dims = TensorType::of(operand(link.inner, 0))?.dims;
    // The slab's axes of size > 1, in order, are the link's axes of size > 1.
    let slab_axes: Vec<usize> = (0..slab_dims.len())
        .filter(|&a| slab_dims[a] != 1)
        .collect();
    let link_axes: Vec<usize> = (0..link.shape.len())
        .filter(|&a| link.shape[a] != 1)
        .collect();
    if slab_axes.len() != link_axes.len() {
        return None;
    }
    let mut dims = vec![1; link.shape.len()];
    let mut starts = Vec::new();
    for (a, (size, &offset)) in dims.iter_mut().zip(&link.offsets).enumerate() {
        match link_axes.iter().position(|&x| x == a) {
            Some(k) => {
                *size = row_ty.dims[slab_axes[k]];
                starts.push(as_i32(e, operand(link.inner, 2 + slab_axes[k] as isize))?);
            }
            None => starts.push(constant_i32(e, offset)?),
        }
    }
    let shaped_ty = TensorType {
        dims,
        element: row_ty.element,
    };
    let shaped = e.value("stablehlo.reshape", &[row], e.ty(&shaped_ty.text())?, &[]);
    let mut operands = vec![cache, shaped];
    operands.extend(starts);
    Some(e.value(
        "stablehlo.dynamic_update_slice",
        &operands,
        value_type(cache),
        &[],
    ))
}
