//! Keeping a control loop's work on the device. IREE takes the start indices of a
//! `dynamic_slice` or `dynamic_update_slice`, and the predicate of a `select` whose operands
//! are not scalars, as host values: each is read back from the device, which waits for all
//! the work queued before it. In a control loop (a key chain, records written a row a step)
//! that is a wait per step, where the loop's condition costs one per iteration. On small
//! tensors this rewrites those ops as device work with the same value:
//!
//! - `dynamic_update_slice(buffer, row, i, 0...)` writing one row (sizes 1 or the whole
//!   axis): `select(iota == clamp(i, 0, n - 1), broadcast(row), buffer)`;
//! - `dynamic_slice(x, i, j...)`: `gather(x, [i, j...])` of the same window (a gather
//!   clamps its start indices as `dynamic_slice` does, and reads them on the device);
//! - `select(p, a, b)` with a scalar `p` and tensor operands: `p` broadcast.
//!
//! HF's sampled generate: the corpus copy's control loop at 4 steps an iteration had 12 host
//! reads an iteration (`iree-compile --compile-to=flow`: `flow.tensor.load`), after this
//! the condition's alone; the bench-size teacher-forced run, at 8 steps an iteration, went
//! from 81 to 49 ms (IREE 3.13 CPU, medians of 7). Imports nothing from its parent.

use crate::emit::{i64_array, Emitter, TensorType};
use crate::raw::{block_ops, erase, name_of, operand, operand_count, replace_uses, result};
use mlir_sys::{MlirBlock, MlirOperation, MlirValue};

/// The largest tensor (elements) rewritten: a row written costs a select of the whole
/// tensor, which a read back (tens of microseconds) pays for up to about this size.
const MAX_ELEMENTS: i64 = 1 << 14;

/// Rewrites the slicing ops and scalar selects directly in `blocks`; returns how many.
pub(super) fn keep_on_device(blocks: &[MlirBlock]) -> usize {
    let mut count = 0;
    for &block in blocks {
        for op in block_ops(block) {
            let done = match name_of(op).as_str() {
                "stablehlo.dynamic_update_slice" => update_row(op),
                "stablehlo.dynamic_slice" => read_row(op),
                "stablehlo.select" => broadcast_predicate(op),
                _ => None,
            };
            if let Some(v) = done {
                replace_uses(result(op, 0), v);
                erase(op);
                count += 1;
            }
        }
    }
    count
}

/// `dynamic_update_slice` as a select of the row, or `None` when it does not write whole
/// rows of a small tensor.
fn update_row(op: MlirOperation) -> Option<MlirValue> {
    let buffer = operand(op, 0);
    let t = small(buffer)?;
    let update = TensorType::of(operand(op, 1))?;
    let e = Emitter::before(op);
    let mask = row_mask(&e, op, &t, &update.dims, 2)?;
    let wide = e.value(
        "stablehlo.broadcast_in_dim",
        &[operand(op, 1)],
        crate::raw::value_type(buffer),
        &[("broadcast_dimensions", axes(&e, t.dims.len())?)],
    );
    Some(e.value(
        "stablehlo.select",
        &[mask, wide, buffer],
        crate::raw::value_type(buffer),
        &[],
    ))
}

/// `dynamic_slice` as a `gather` of the same window (gather clamps its start indices as
/// `dynamic_slice` does), or `None` for an index type that does not fit `i64`.
fn read_row(op: MlirOperation) -> Option<MlirValue> {
    let x = operand(op, 0);
    let t = small(x)?;
    let e = Emitter::before(op);
    let one = TensorType {
        dims: vec![1],
        element: "i64".into(),
    };
    let mut starts = Vec::new();
    for d in 0..t.dims.len() {
        let i = wide_index(&e, operand(op, 1 + d as isize))?;
        starts.push(e.value("stablehlo.reshape", &[i], e.ty(&one.text())?, &[]));
    }
    let all = one.reshaped(&[t.dims.len() as i64]);
    let indices = e.value(
        "stablehlo.concatenate",
        &starts,
        e.ty(&all.text())?,
        &[("dimension", e.attr("0 : i64")?)],
    );
    let axes: Vec<String> = (0..t.dims.len()).map(|d| d.to_string()).collect();
    let numbers = format!(
        "#stablehlo.gather<offset_dims = [{0}], start_index_map = [{0}], index_vector_dim = 0>",
        axes.join(", ")
    );
    let sizes = TensorType::of(result(op, 0))?.dims;
    Some(e.value(
        "stablehlo.gather",
        &[x, indices],
        crate::raw::value_type(result(op, 0)),
        &[
            ("dimension_numbers", e.attr(&numbers)?),
            ("slice_sizes", e.attr(&i64_array(&sizes))?),
        ],
    ))
}

/// `select` with its scalar predicate broadcast to the operands' shape, or `None`.
fn broadcast_predicate(op: MlirOperation) -> Option<MlirValue> {
    let p = TensorType::of(operand(op, 0))?;
    let t = TensorType::of(result(op, 0))?;
    if !p.dims.is_empty() || t.dims.is_empty() {
        return None;
    }
    let e = Emitter::before(op);
    let wide = e.value(
        "stablehlo.broadcast_in_dim",
        &[operand(op, 0)],
        e.ty(&t.with_element("i1").text())?,
        &[("broadcast_dimensions", e.attr("array<i64>")?)],
    );
    Some(e.value(
        "stablehlo.select",
        &[wide, operand(op, 1), operand(op, 2)],
        crate::raw::value_type(result(op, 0)),
        &[],
    ))
}

/// The type of `v` when it is a static tensor of at most `MAX_ELEMENTS`.
fn small(v: MlirValue) -> Option<TensorType> {
    let t = TensorType::of(v)?;
    let n: i64 = t.dims.iter().product();
    (!t.dims.is_empty() && n <= MAX_ELEMENTS).then_some(t)
}

/// The `i1` mask over `t` of the window of `sizes` at the start indices (operands from
/// `first_index` of `op`), when every size is 1 or the whole axis and at least one is 1
/// of a longer axis; `None` otherwise.
fn row_mask(
    e: &Emitter,
    op: MlirOperation,
    t: &TensorType,
    sizes: &[i64],
    first_index: isize,
) -> Option<MlirValue> {
    if sizes.len() != t.dims.len() || operand_count(op) != first_index + t.dims.len() as isize {
        return None;
    }
    let index_type = TensorType {
        dims: t.dims.clone(),
        element: "i64".into(),
    };
    let mask_type = e.ty(&t.with_element("i1").text())?;
    let mut mask: Option<MlirValue> = None;
    for (d, (&n, &size)) in t.dims.iter().zip(sizes).enumerate() {
        if size == n {
            continue;
        }
        if size != 1 {
            return None;
        }
        let start = index_at(e, operand(op, first_index + d as isize), n - 1)?;
        let iota = e.value(
            "stablehlo.iota",
            &[],
            e.ty(&index_type.text())?,
            &[("iota_dimension", e.attr(&format!("{d} : i64"))?)],
        );
        let wide = e.value(
            "stablehlo.broadcast_in_dim",
            &[start],
            e.ty(&index_type.text())?,
            &[("broadcast_dimensions", e.attr("array<i64>")?)],
        );
        let equal = e.value(
            "stablehlo.compare",
            &[iota, wide],
            mask_type,
            &[(
                "comparison_direction",
                e.attr("#stablehlo<comparison_direction EQ>")?,
            )],
        );
        mask = Some(match mask {
            None => equal,
            Some(m) => e.value("stablehlo.and", &[m, equal], mask_type, &[]),
        });
    }
    mask
}

/// The scalar start index `i` as `i64`, clamped to `[0, last]`; `None` for index types
/// that do not fit `i64` exactly.
fn index_at(e: &Emitter, i: MlirValue, last: i64) -> Option<MlirValue> {
    let wide = wide_index(e, i)?;
    let scalar = TensorType {
        dims: vec![],
        element: "i64".into(),
    };
    let low = e.splat(&scalar, "0")?;
    let high = e.splat(&scalar, &last.to_string())?;
    let ty = crate::raw::value_type(wide);
    Some(e.value("stablehlo.clamp", &[low, wide, high], ty, &[]))
}

/// The scalar index `i` converted to `i64`; `None` for types that do not fit it exactly.
fn wide_index(e: &Emitter, i: MlirValue) -> Option<MlirValue> {
    let t = TensorType::of(i)?;
    let fits = matches!(
        t.element.as_str(),
        "i8" | "i16" | "i32" | "i64" | "ui8" | "ui16" | "ui32"
    );
    if !t.dims.is_empty() || !fits {
        return None;
    }
    Some(e.value("stablehlo.convert", &[i], e.ty("tensor<i64>")?, &[]))
}

/// `array<i64: 0, 1, ..., rank - 1>`.
fn axes(e: &Emitter, rank: usize) -> Option<mlir_sys::MlirAttribute> {
    let all: Vec<i64> = (0..rank as i64).collect();
    e.attr(&i64_array(&all))
}

#[cfg(test)]
mod tests {
    use super::*;
    use melior::ir::operation::OperationLike;

    /// Runs `keep_on_device` on the body of `@f` in `input`; the printed module and the count.
    fn rewrite(input: &str) -> (String, usize) {
        let context = veritor_dialects::context().unwrap();
        let module = melior::ir::Module::parse(&context, input).unwrap();
        let f = crate::raw::block_ops(module.body().to_raw())[0];
        let count = keep_on_device(&[crate::raw::region_block(f, 0)]);
        assert!(module.as_operation().verify());
        (module.as_operation().to_string(), count)
    }

    #[test]
    fn small_slices_and_scalar_selects_become_device_work() {
        let input = r#"
            func.func @f(%r: tensor<8x2xui32>, %k: tensor<2xui32>, %t: tensor<1x16xf32>,
                         %i: tensor<i32>, %p: tensor<i1>) -> (tensor<8x2xui32>, tensor<1x1xf32>, tensor<2xui32>) {
              %z = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
              %row = "stablehlo.reshape"(%k) : (tensor<2xui32>) -> tensor<1x2xui32>
              %w = "stablehlo.dynamic_update_slice"(%r, %row, %i, %z) : (tensor<8x2xui32>, tensor<1x2xui32>, tensor<i32>, tensor<i32>) -> tensor<8x2xui32>
              %s = "stablehlo.dynamic_slice"(%t, %z, %i) <{slice_sizes = array<i64: 1, 1>}> : (tensor<1x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x1xf32>
              %c = "stablehlo.select"(%p, %k, %k) : (tensor<i1>, tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
              return %w, %s, %c : tensor<8x2xui32>, tensor<1x1xf32>, tensor<2xui32>
            }"#;
        let (text, count) = rewrite(input);
        assert_eq!(count, 3, "{text}");
        for gone in ["dynamic_update_slice", "dynamic_slice"] {
            assert!(!text.contains(gone), "{gone} left: {text}");
        }
        assert!(text.contains("\"stablehlo.gather\""), "{text}");
        assert!(text.contains("\"stablehlo.clamp\""), "{text}");
        assert!(
            text.contains(
                "(tensor<8x2xi1>, tensor<8x2xui32>, tensor<8x2xui32>) -> tensor<8x2xui32>"
            ),
            "{text}"
        );
        assert!(
            text.contains("(tensor<2xi1>, tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>"),
            "{text}"
        );
    }

    #[test]
    fn large_tensors_windows_and_wide_indices_are_left_alone() {
        let input = r#"
            func.func @f(%big: tensor<256x256xi32>, %row: tensor<1x256xi32>, %r: tensor<8x4xi32>,
                         %two: tensor<2x4xi32>, %j: tensor<ui64>, %i: tensor<i32>, %p: tensor<i1>,
                         %a: tensor<i32>) -> (tensor<256x256xi32>, tensor<8x4xi32>, tensor<1x4xi32>, tensor<i32>) {
              %z = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
              %u = "stablehlo.constant"() <{value = dense<0> : tensor<ui64>}> : () -> tensor<ui64>
              %w = "stablehlo.dynamic_update_slice"(%big, %row, %i, %z) : (tensor<256x256xi32>, tensor<1x256xi32>, tensor<i32>, tensor<i32>) -> tensor<256x256xi32>
              %v = "stablehlo.dynamic_update_slice"(%r, %two, %i, %z) : (tensor<8x4xi32>, tensor<2x4xi32>, tensor<i32>, tensor<i32>) -> tensor<8x4xi32>
              %s = "stablehlo.dynamic_slice"(%r, %j, %u) <{slice_sizes = array<i64: 1, 4>}> : (tensor<8x4xi32>, tensor<ui64>, tensor<ui64>) -> tensor<1x4xi32>
              %c = "stablehlo.select"(%p, %a, %a) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
              return %w, %v, %s, %c : tensor<256x256xi32>, tensor<8x4xi32>, tensor<1x4xi32>, tensor<i32>
            }"#;
        let (text, count) = rewrite(input);
        assert_eq!(count, 0, "{text}");
        assert_eq!(text.matches("dynamic_update_slice").count(), 2, "{text}");
        assert!(text.contains("dynamic_slice"), "{text}");
    }
}
