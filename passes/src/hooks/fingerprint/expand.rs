//! Expansion of `veritor.fingerprint` into StableHLO: `x · M(seed)`, the matrix computed in
//! the graph from the seed (ui32 iotas and the reference mixer,
//! `veritor_protocol::fingerprint`), never stored; and the int8 quantization.

use crate::diag;
use crate::emit::{i64_array, Emitter, TensorType};
use crate::ir;
use crate::pass::Failed;
use crate::raw;
use melior::ir::attribute::{Attribute, IntegerAttribute};
use melior::ir::OperationRef;
use mlir_sys::{MlirOperation, MlirType, MlirValue};
use veritor_dialects::veritor::{self as vd, FINGERPRINT_DISTRIBUTION};
use veritor_protocol::fingerprint::{GAUSS_SALT, MIX_1, MIX_2, SEED_SALT, UNIT};

/// Largest `dim` accepted.
pub(super) const MAX_DIM: i64 = 1 << 16;

pub(super) fn expand_all(module: OperationRef) -> Result<usize, Failed> {
    let ops: Vec<MlirOperation> = ir::nested_ops(module)
        .into_iter()
        .filter(|op| ir::op_name(*op) == vd::FINGERPRINT)
        .map(|op| op.to_raw())
        .collect();
    let mut matrices = Matrices::new();
    let mut failed = false;
    for &op in &ops {
        if let Err(message) = expand(op, &mut matrices) {
            diag::error(
                raw::location_of(op),
                &format!("veritor-fingerprint: {message}"),
            );
            failed = true;
        }
    }
    if failed {
        Err(Failed)
    } else {
        Ok(ops.len())
    }
}

/// Matrices already built, by (block, seed, rows, columns, gaussian): a later projection in
/// the same block with the same seed and shape reuses one (it is defined before it).
type Matrices = std::collections::HashMap<(usize, usize, i64, i64, bool), MlirValue>;

/// Replaces one `veritor.fingerprint` by `x · M(seed)`.
fn expand(op: MlirOperation, matrices: &mut Matrices) -> Result<(), String> {
    let (x, seed) = (raw::operand(op, 0), raw::operand(op, 1));
    let dim = dim_of(op)?;
    let gaussian = match raw::attribute(op, FINGERPRINT_DISTRIBUTION).and_then(raw::string_value) {
        None => false,
        Some(d) if d == "rademacher" => false,
        Some(d) if d == "gaussian" => true,
        Some(d) => {
            return Err(format!(
                "unknown distribution '{d}' (rademacher or gaussian)"
            ))
        }
    };
    let e = Emitter::before(op);
    let mut t = TensorType::of(x).ok_or("the input is not a static tensor")?;
    let mut x = x;
    if t.dims.is_empty() {
        t = t.reshaped(&[1]);
        x = e.value("stablehlo.reshape", &[x], ty(&e, &t)?, &[]);
    }
    let expected = t
        .with_element("f32")
        .reshaped(&projected_dims(&t.dims, dim));
    let actual = raw::type_of_text(raw::result(op, 0));
    if actual != expected.text() {
        return Err(format!(
            "the result type must be {} for an input of type {} and dim = {dim}, not {actual}",
            expected.text(),
            raw::type_of_text(raw::operand(op, 0))
        ));
    }
    if t.element != "f32" {
        x = e.value(
            "stablehlo.convert",
            &[x],
            ty(&e, &t.with_element("f32"))?,
            &[],
        )
    }
    let width = *t.dims.last().unwrap_or(&1);
    let cache_key = (
        raw::block_of(op).ptr as usize,
        seed.ptr as usize,
        width,
        dim,
        gaussian,
    );
    let m = match matrices.get(&cache_key) {
        Some(m) => *m,
        None => {
            let key = seed_key_ops(&e, seed)?;
            let m = matrix(&e, key, width, dim, gaussian)?;
            matrices.insert(cache_key, m);
            m
        }
    };
    let rank = t.dims.len();
    let numbers = e
        .attr(&format!(
            "#stablehlo.dot<lhs_contracting_dimensions = [{}], rhs_contracting_dimensions = [0]>",
            rank - 1
        ))
        .ok_or("dot attribute")?;
    let y = e.value(
        "stablehlo.dot_general",
        &[x, m],
        ty(&e, &expected)?,
        &[("dot_dimension_numbers", numbers)],
    );
    raw::replace_uses(raw::result(op, 0), y);
    raw::erase(op);
    Ok(())
}

fn dim_of(op: MlirOperation) -> Result<i64, String> {
    let attr = raw::attribute(op, vd::FINGERPRINT_DIM).ok_or("no dim attribute")?;
    let value = IntegerAttribute::try_from(unsafe { Attribute::from_raw(attr) })
        .map_err(|_| "dim must be an integer")?
        .value();
    if !(1..=MAX_DIM).contains(&value) {
        return Err(format!("dim = {value} must be between 1 and {MAX_DIM}"));
    }
    Ok(value)
}

/// An f32 as an exact MLIR literal (its bits in hex).
fn f32_literal(v: f32) -> String {
    format!("0x{:08X}", v.to_bits())
}

fn projected_dims(dims: &[i64], dim: i64) -> Vec<i64> {
    let mut out = dims[..dims.len().saturating_sub(1)].to_vec();
    out.push(dim);
    out
}

fn ty(e: &Emitter, t: &TensorType) -> Result<MlirType, String> {
    e.ty(&t.text())
        .ok_or_else(|| format!("bad type {}", t.text()))
}

fn u32_type(dims: &[i64]) -> TensorType {
    TensorType {
        dims: dims.to_vec(),
        element: "ui32".into(),
    }
}

/// A ui32 splat constant.
fn u32_splat(e: &Emitter, dims: &[i64], value: u32) -> Result<MlirValue, String> {
    e.splat(&u32_type(dims), &value.to_string())
        .ok_or_else(|| "cannot build a ui32 constant".into())
}

/// `name(a, b)` on ui32 tensors of shape `dims`.
fn u32_op(
    e: &Emitter,
    name: &str,
    a: MlirValue,
    b: MlirValue,
    dims: &[i64],
) -> Result<MlirValue, String> {
    Ok(e.value(name, &[a, b], ty(e, &u32_type(dims))?, &[]))
}

/// [`veritor_protocol::fingerprint::mix`] on a ui32 tensor.
fn mix_ops(e: &Emitter, h: MlirValue, dims: &[i64]) -> Result<MlirValue, String> {
    let mut h = h;
    for (shift, multiplier) in [(16, Some(MIX_1)), (15, Some(MIX_2)), (16, None)] {
        let amount = u32_splat(e, dims, shift)?;
        let shifted = u32_op(e, "stablehlo.shift_right_logical", h, amount, dims)?;
        h = u32_op(e, "stablehlo.xor", h, shifted, dims)?;
        if let Some(m) = multiplier {
            let m = u32_splat(e, dims, m)?;
            h = u32_op(e, "stablehlo.multiply", h, m, dims)?;
        }
    }
    Ok(h)
}

/// The two seed words as ui32 scalars, then [`veritor_protocol::fingerprint::seed_key`]'s
/// mixing.
fn seed_key_ops(e: &Emitter, seed: MlirValue) -> Result<MlirValue, String> {
    let t = TensorType::of(seed).ok_or("the seed is not a static tensor")?;
    let count: i64 = t.dims.iter().product();
    if !matches!(t.element.as_str(), "ui32" | "i32" | "si32")
        || t.dims.len() > 1
        || !(1..=2).contains(&count)
    {
        return Err(format!(
            "the seed must be a 32-bit integer scalar or 2-vector (tensor<2xui32>, tensor<i32>...), not {}",
            t.text()
        ));
    }
    let mut seed = seed;
    if t.element != "ui32" {
        seed = e.value(
            "stablehlo.bitcast_convert",
            &[seed],
            ty(e, &t.with_element("ui32"))?,
            &[],
        );
    }
    let word = |i: i64| -> Result<MlirValue, String> {
        if t.dims.is_empty() {
            return Ok(seed);
        }
        let attrs = [
            ("start_indices", e.attr(&i64_array(&[i])).ok_or("array")?),
            (
                "limit_indices",
                e.attr(&i64_array(&[i + 1])).ok_or("array")?,
            ),
            ("strides", e.attr(&i64_array(&[1])).ok_or("array")?),
        ];
        let one = e.value("stablehlo.slice", &[seed], ty(e, &u32_type(&[1]))?, &attrs);
        Ok(e.value("stablehlo.reshape", &[one], ty(e, &u32_type(&[]))?, &[]))
    };
    let s0 = word(0)?;
    let s1 = if count == 2 {
        word(1)?
    } else {
        u32_splat(e, &[], 0)?
    };
    let golden = u32_splat(e, &[], SEED_SALT)?;
    let inner = mix_ops(e, u32_op(e, "stablehlo.xor", s1, golden, &[])?, &[])?;
    mix_ops(e, u32_op(e, "stablehlo.xor", s0, inner, &[])?, &[])
}

/// The `[rows, cols]` projection matrix from the key, as f32.
fn matrix(
    e: &Emitter,
    key: MlirValue,
    rows: i64,
    cols: i64,
    gaussian: bool,
) -> Result<MlirValue, String> {
    let dims = [rows, cols];
    let iota = |axis: i64| -> Result<MlirValue, String> {
        let attr = e.attr(&format!("{axis} : i64")).ok_or("iota attribute")?;
        Ok(e.value(
            "stablehlo.iota",
            &[],
            ty(e, &u32_type(&dims))?,
            &[("iota_dimension", attr)],
        ))
    };
    let (row, col) = (iota(0)?, iota(1)?);
    let width = u32_splat(e, &dims, cols as u32)?;
    let counter = u32_op(
        e,
        "stablehlo.add",
        u32_op(e, "stablehlo.multiply", row, width, &dims)?,
        col,
        &dims,
    )?;
    let empty = e.attr("array<i64>").ok_or("array")?;
    let key = e.value(
        "stablehlo.broadcast_in_dim",
        &[key],
        ty(e, &u32_type(&dims))?,
        &[("broadcast_dimensions", empty)],
    );
    let first = mix_ops(e, u32_op(e, "stablehlo.xor", counter, key, &dims)?, &dims)?;
    let bits = mix_ops(e, u32_op(e, "stablehlo.add", first, key, &dims)?, &dims)?;
    let f32_type = ty(
        e,
        &TensorType {
            dims: dims.to_vec(),
            element: "f32".into(),
        },
    )?;
    let scale = 1.0 / (cols as f32).sqrt();
    let f32_splat = |v: f32| -> Result<MlirValue, String> {
        e.splat(
            &TensorType {
                dims: dims.to_vec(),
                element: "f32".into(),
            },
            &f32_literal(v),
        )
        .ok_or_else(|| "cannot build an f32 constant".into())
    };
    if !gaussian {
        let sign = u32_op(
            e,
            "stablehlo.shift_right_logical",
            bits,
            u32_splat(e, &dims, 31)?,
            &dims,
        )?;
        let sign = e.value("stablehlo.convert", &[sign], f32_type, &[]);
        let scaled = e.value(
            "stablehlo.multiply",
            &[sign, f32_splat(-2.0 * scale)?],
            f32_type,
            &[],
        );
        return Ok(e.value("stablehlo.add", &[scaled, f32_splat(scale)?], f32_type, &[]));
    }
    let second = mix_ops(
        e,
        u32_op(
            e,
            "stablehlo.xor",
            bits,
            u32_splat(e, &dims, GAUSS_SALT)?,
            &dims,
        )?,
        &dims,
    )?;
    let uniform = |b: MlirValue| -> Result<MlirValue, String> {
        let top = u32_op(
            e,
            "stablehlo.shift_right_logical",
            b,
            u32_splat(e, &dims, 8)?,
            &dims,
        )?;
        let top = e.value("stablehlo.convert", &[top], f32_type, &[]);
        let half = e.value("stablehlo.add", &[top, f32_splat(0.5)?], f32_type, &[]);
        Ok(e.value(
            "stablehlo.multiply",
            &[half, f32_splat(UNIT)?],
            f32_type,
            &[],
        ))
    };
    let (u1, u2) = (uniform(bits)?, uniform(second)?);
    let log = e.value("stablehlo.log", &[u1], f32_type, &[]);
    let radius = e.value(
        "stablehlo.multiply",
        &[log, f32_splat(-2.0)?],
        f32_type,
        &[],
    );
    let radius = e.value("stablehlo.sqrt", &[radius], f32_type, &[]);
    let angle = e.value(
        "stablehlo.multiply",
        &[u2, f32_splat(std::f32::consts::TAU)?],
        f32_type,
        &[],
    );
    let cos = e.value("stablehlo.cosine", &[angle], f32_type, &[]);
    let z = e.value("stablehlo.multiply", &[radius, cos], f32_type, &[]);
    Ok(e.value("stablehlo.multiply", &[z, f32_splat(scale)?], f32_type, &[]))
}

/// int8 codes and per-vector scales: `scale = max(max|y| / 127, tiny)`,
/// `q = clamp(round(y / scale), -127, 127)`.
pub(super) fn quantize(e: &Emitter, y: MlirValue) -> Result<(MlirValue, MlirValue), String> {
    let t = TensorType::of(y).ok_or("projection type")?;
    let rank = t.dims.len();
    let vectors = t.reshaped(&t.dims[..rank - 1]);
    let abs = e.value("stablehlo.abs", &[y], ty(e, &t)?, &[]);
    let amax = reduce_max_last(e, abs, &t)?;
    let inv = e
        .splat(&vectors, &f32_literal(1.0 / 127.0))
        .ok_or("constant")?;
    let tiny = e.splat(&vectors, "1.0e-30").ok_or("constant")?;
    let scale = e.value("stablehlo.multiply", &[amax, inv], ty(e, &vectors)?, &[]);
    let scale = e.value("stablehlo.maximum", &[scale, tiny], ty(e, &vectors)?, &[]);
    let dims = e
        .attr(&i64_array(&(0..rank as i64 - 1).collect::<Vec<_>>()))
        .ok_or("array")?;
    let wide = e.value(
        "stablehlo.broadcast_in_dim",
        &[scale],
        ty(e, &t)?,
        &[("broadcast_dimensions", dims)],
    );
    let ratio = e.value("stablehlo.divide", &[y, wide], ty(e, &t)?, &[]);
    let rounded = e.value("stablehlo.round_nearest_even", &[ratio], ty(e, &t)?, &[]);
    let low = e.splat(&t, "-127.0").ok_or("constant")?;
    let high = e.splat(&t, "127.0").ok_or("constant")?;
    let clamped = e.value("stablehlo.clamp", &[low, rounded, high], ty(e, &t)?, &[]);
    let q = e.value(
        "stablehlo.convert",
        &[clamped],
        ty(e, &t.with_element("i8"))?,
        &[],
    );
    Ok((q, scale))
}

/// `reduce(max)` over the last axis of an f32 tensor.
fn reduce_max_last(e: &Emitter, x: MlirValue, t: &TensorType) -> Result<MlirValue, String> {
    let rank = t.dims.len();
    let out = t.reshaped(&t.dims[..rank - 1]);
    let init = e.splat(&t.reshaped(&[]), "0.0").ok_or("constant")?;
    e.reduce(x, init, "stablehlo.maximum", &[rank as i64 - 1], &out)
        .ok_or_else(|| "reduce".to_string())
}
