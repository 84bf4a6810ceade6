#![doc = include_str!("doc/veritor-sort-network.md")]

use crate::bitonic::{keys_for, Network};
use crate::emit::{i64_array, Emitter, TensorType};
use crate::ir;
use crate::options::PassOptions;
use crate::pass::{PassInfo, PassResult};
use crate::raw;
use melior::ir::OperationRef;
use mlir_sys::{MlirOperation, MlirValue};

pub const INFO: PassInfo = PassInfo {
    name: "veritor-sort-network",
    summary:
        "Rewrite a stablehlo.sort by one key as a stable bitonic network (IREE CPU's sort is slow)",
    description: include_str!("doc/veritor-sort-network.md"),
    options: &[],
    run,
};

fn run(module: OperationRef, _options: &PassOptions) -> PassResult {
    rewrite_sorts(module.to_raw());
    Ok(())
}

/// Rewrites every eligible `stablehlo.sort` nested under `root` (see the pass's
/// description); returns how many it rewrote. Never fails, reports nothing.
pub fn rewrite_sorts(root: MlirOperation) -> usize {
    let ops: Vec<MlirOperation> = ir::nested_ops(raw::op_ref(root))
        .into_iter()
        .map(|op| op.to_raw())
        .filter(|op| raw::name_of(*op) == "stablehlo.sort")
        .collect();
    ops.into_iter().filter(|op| rewrite(*op).is_some()).count()
}

fn rewrite(op: MlirOperation) -> Option<()> {
    let count = raw::operand_count(op);
    if count == 0 || raw::result_count(op) != count || raw::region_count(op) != 1 {
        return None;
    }
    let x = raw::operand(op, 0);
    let ty = TensorType::of(x)?;
    let rank = ty.dims.len() as i64;
    let n = *ty.dims.last()?;
    let same_shape = (0..count).all(|i| {
        TensorType::of(raw::operand(op, i)).is_some_and(|t| t.dims == ty.dims)
            && TensorType::of(raw::result(op, i)).is_some_and(|t| t.dims == ty.dims)
    });
    let dimension = raw::attribute_int(op, "dimension")?;
    if !same_shape || dimension != rank - 1 || !(2..=crate::bitonic::MAX_LENGTH).contains(&n) {
        return None;
    }
    let keys = keys_for(&ty.element)?;
    let ascending = comparator(op, count, keys.float)?;
    let net = Network {
        e: Emitter::before(op),
        shape: ty.dims.clone(),
        length: (n as u64).next_power_of_two() as i64,
        keys,
        index_element: "i32".into(),
    };
    let (_, index) = net.sort(x, n, ascending)?;
    let index = net.first(index, n)?;
    let flat = flat_positions(&net.e, index, &ty.dims)?;
    let results: Vec<MlirValue> = (0..count)
        .map(|i| take(&net.e, raw::operand(op, i), flat, &ty.dims))
        .collect::<Option<_>>()?;
    for (i, v) in results.into_iter().enumerate() {
        raw::replace_uses(raw::result(op, i as isize), v);
    }
    raw::erase(op);
    Some(())
}

/// Whether the comparator orders by operand 0 alone, ascending (`Some(true)`: `a < b`, or
/// `b > a`) or descending (`Some(false)`), as the network orders keys: signed integers
/// compared `SIGNED` (or with no type), floats compared `TOTALORDER`. `None` otherwise (any
/// other op in the comparator, another operand read, a float `<` that NaNs and signed zeros
/// make no total order).
fn comparator(op: MlirOperation, count: isize, float: bool) -> Option<bool> {
    let block = raw::region_block(op, 0);
    if raw::block_argument_count(block) != 2 * count {
        return None;
    }
    let ops = raw::block_ops(block);
    let [compare, ret] = ops.as_slice() else {
        return None;
    };
    let (compare, ret) = (*compare, *ret);
    if raw::name_of(compare) != "stablehlo.compare"
        || raw::name_of(ret) != "stablehlo.return"
        || raw::operand_count(ret) != 1
        || raw::operand(ret, 0).ptr != raw::result(compare, 0).ptr
    {
        return None;
    }
    let kind = raw::attribute_text(compare, "compare_type").unwrap_or_default();
    let kind_ok = if float {
        kind.contains("TOTALORDER")
    } else {
        kind.is_empty() || kind.contains("SIGNED") && !kind.contains("UNSIGNED")
    };
    let direction = raw::attribute_text(compare, "comparison_direction")?;
    let less = if direction.contains("LT") {
        true
    } else if direction.contains("GT") {
        false
    } else {
        return None;
    };
    let (a, b) = (raw::operand(compare, 0), raw::operand(compare, 1));
    let (arg0, arg1) = (raw::block_argument(block, 0), raw::block_argument(block, 1));
    let forward = a.ptr == arg0.ptr && b.ptr == arg1.ptr;
    let backward = a.ptr == arg1.ptr && b.ptr == arg0.ptr;
    if !kind_ok || !(forward || backward) {
        return None;
    }
    Some(less == forward)
}

/// `index` (positions along the last axis of a `dims` tensor) as positions in the flattened
/// tensor: `row * n + index`, one column, for a one-dimensional gather.
fn flat_positions(e: &Emitter, index: MlirValue, dims: &[i64]) -> Option<MlirValue> {
    let n = *dims.last()?;
    let total: i64 = dims.iter().product();
    let i32_ty = |d: &[i64]| TensorType {
        dims: d.to_vec(),
        element: "i32".into(),
    };
    let shaped = i32_ty(dims);
    let rows = i32_ty(&[total / n, n]);
    let row = e.value(
        "stablehlo.iota",
        &[],
        e.ty(&rows.text())?,
        &[("iota_dimension", e.attr("0 : i64")?)],
    );
    let width = e.splat(&rows, &n.to_string())?;
    let offset = e.value(
        "stablehlo.multiply",
        &[row, width],
        e.ty(&rows.text())?,
        &[],
    );
    let offset = if rows.dims == shaped.dims {
        offset
    } else {
        e.value("stablehlo.reshape", &[offset], e.ty(&shaped.text())?, &[])
    };
    let flat = e.value(
        "stablehlo.add",
        &[offset, index],
        e.ty(&shaped.text())?,
        &[],
    );
    let column = i32_ty(&[total, 1]);
    Some(e.value("stablehlo.reshape", &[flat], e.ty(&column.text())?, &[]))
}

/// `x` (a `dims` tensor) at the flattened positions `flat` (`[total, 1]`), shaped as `x`.
fn take(e: &Emitter, x: MlirValue, flat: MlirValue, dims: &[i64]) -> Option<MlirValue> {
    let ty = TensorType::of(x)?;
    let total: i64 = dims.iter().product();
    let line = ty.reshaped(&[total]);
    let line_value = e.value("stablehlo.reshape", &[x], e.ty(&line.text())?, &[]);
    let numbers = "#stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>";
    let picked = e.value(
        "stablehlo.gather",
        &[line_value, flat],
        e.ty(&line.text())?,
        &[
            ("dimension_numbers", e.attr(numbers)?),
            ("slice_sizes", e.attr(&i64_array(&[1]))?),
            ("indices_are_sorted", e.attr("false")?),
        ],
    );
    Some(e.value("stablehlo.reshape", &[picked], e.ty(&ty.text())?, &[]))
}
