#![doc = include_str!("doc/veritor-top-k-network.md")]

use crate::emit::{i64_array, Emitter, TensorType};
use crate::ir;
use crate::options::PassOptions;
use crate::pass::{PassInfo, PassResult};
use crate::raw;
use melior::ir::OperationRef;
use mlir_sys::{MlirOperation, MlirValue};

pub const INFO: PassInfo = PassInfo {
    name: "veritor-top-k-network",
    summary: "Rewrite chlo.top_k as a bitonic compare-exchange network (IREE CPU's top_k is slow)",
    description: include_str!("doc/veritor-top-k-network.md"),
    options: &[],
    run,
};

/// The longest axis the network is emitted for (log2(n)·(log2(n)+1)/2 stages).
const MAX_LENGTH: i64 = 1 << 16;

fn run(module: OperationRef, _options: &PassOptions) -> PassResult {
    rewrite_top_ks(module.to_raw());
    Ok(())
}

/// Rewrites every eligible `chlo.top_k` nested under `root` (see the pass's description);
/// returns how many it rewrote. Never fails, reports nothing.
pub fn rewrite_top_ks(root: MlirOperation) -> usize {
    let ops: Vec<MlirOperation> = ir::nested_ops(raw::op_ref(root))
        .into_iter()
        .map(|op| op.to_raw())
        .filter(|op| raw::name_of(*op) == "chlo.top_k")
        .collect();
    ops.into_iter().filter(|op| rewrite(*op).is_some()).count()
}

/// How the elements of a type become integer keys whose signed order is the sort order.
struct Keys {
    /// The integer type of the keys (`i32` for `f32`, ...).
    int: &'static str,
    /// Floats: the keys are the bits, negative ones with their magnitude bits flipped (the
    /// IEEE total order); integers: the values themselves.
    float: bool,
    bits: u32,
}

fn keys_for(element: &str) -> Option<Keys> {
    let (int, float, bits) = match element {
        "f64" => ("i64", true, 64),
        "f32" => ("i32", true, 32),
        "f16" | "bf16" => ("i16", true, 16),
        "i64" => ("i64", false, 64),
        "i32" => ("i32", false, 32),
        "i16" => ("i16", false, 16),
        _ => return None,
    };
    Some(Keys { int, float, bits })
}

fn rewrite(op: MlirOperation) -> Option<()> {
    if raw::operand_count(op) != 1 || raw::result_count(op) != 2 {
        return None;
    }
    let x = raw::operand(op, 0);
    let ty = TensorType::of(x)?;
    let n = *ty.dims.last()?;
    let k = attr_int(op, "k")?;
    let keys = keys_for(&ty.element)?;
    let index_ty = TensorType::of(raw::result(op, 1))?;
    let index_ok = matches!(index_ty.element.as_str(), "i32" | "i64");
    if !index_ok || !(2..=MAX_LENGTH).contains(&n) || k < 0 || k > n {
        return None;
    }
    let net = Network {
        e: Emitter::before(op),
        shape: ty.dims.clone(),
        length: (n as u64).next_power_of_two() as i64,
        keys,
        index_element: index_ty.element.clone(),
    };
    let (key, index) = net.sort(x, n)?;
    let values = net.values(net.first(key, k)?, &ty)?;
    let indices = net.first(index, k)?;
    raw::replace_uses(raw::result(op, 0), values);
    raw::replace_uses(raw::result(op, 1), indices);
    raw::erase(op);
    Some(())
}

fn attr_int(op: MlirOperation, name: &str) -> Option<i64> {
    let text = raw::attribute_text(op, name)?;
    text.split(':').next()?.trim().parse().ok()
}

/// Emits the network before the top_k, along the last axis of `shape` padded to `length`.
struct Network {
    e: Emitter,
    shape: Vec<i64>,
    length: i64,
    keys: Keys,
    index_element: String,
}

impl Network {
    fn tensor(&self, element: &str) -> TensorType {
        let mut dims = self.shape.clone();
        *dims.last_mut().unwrap() = self.length;
        TensorType {
            dims,
            element: element.to_string(),
        }
    }

    fn axis(&self) -> usize {
        self.shape.len() - 1
    }

    fn value(
        &self,
        name: &str,
        operands: &[MlirValue],
        ty: &TensorType,
        attrs: &[(&str, &str)],
    ) -> Option<MlirValue> {
        let ty = self.e.ty(&ty.text())?;
        let mut parsed = Vec::new();
        for (key, text) in attrs {
            parsed.push((*key, self.e.attr(text)?));
        }
        Some(self.e.value(name, operands, ty, &parsed))
    }

    fn key_type(&self) -> TensorType {
        self.tensor(self.keys.int)
    }

    /// `x`'s keys, padded with the lowest key to `length`, and their positions.
    fn sort(&self, x: MlirValue, n: i64) -> Option<(MlirValue, MlirValue)> {
        let mut unpadded = self.shape.clone();
        *unpadded.last_mut().unwrap() = n;
        let as_int = TensorType {
            dims: unpadded,
            element: self.keys.int.to_string(),
        };
        let mut key = if self.keys.float {
            let bits = self.value("stablehlo.bitcast_convert", &[x], &as_int, &[])?;
            self.flip_negative(bits, &as_int)?
        } else {
            x
        };
        if self.length > n {
            key = self.pad_lowest(key, n)?;
        }
        let iota = format!("{} : i64", self.axis());
        let positions = self.value(
            "stablehlo.iota",
            &[],
            &self.tensor("i32"),
            &[("iota_dimension", &iota)],
        )?;
        // The indices start as the positions themselves when top_k returns i32 indices.
        let mut index = if self.index_element == "i32" {
            positions
        } else {
            self.value(
                "stablehlo.iota",
                &[],
                &self.tensor(&self.index_element),
                &[("iota_dimension", &iota)],
            )?
        };
        let mut size = 2;
        while size <= self.length {
            let mut distance = size / 2;
            while distance >= 1 {
                let flips = self.flips(positions, size, distance)?;
                (key, index) = self.stage(key, index, distance, flips)?;
                distance /= 2;
            }
            size *= 2;
        }
        Some((key, index))
    }

    /// Flips the magnitude bits of negative keys: `k ^ ((k >> (bits-1)) & MAX)`, an involution
    /// that maps IEEE bit patterns to integers in the total order.
    fn flip_negative(&self, bits: MlirValue, ty: &TensorType) -> Option<MlirValue> {
        let shift = self.e.splat(ty, &(self.keys.bits - 1).to_string())?;
        let max = self
            .e
            .splat(ty, &((1u128 << (self.keys.bits - 1)) - 1).to_string())?;
        let sign = self.value("stablehlo.shift_right_arithmetic", &[bits, shift], ty, &[])?;
        let mask = self.value("stablehlo.and", &[sign, max], ty, &[])?;
        self.value("stablehlo.xor", &[bits, mask], ty, &[])
    }

    fn pad_lowest(&self, key: MlirValue, n: i64) -> Option<MlirValue> {
        let scalar = TensorType {
            dims: vec![],
            element: self.keys.int.to_string(),
        };
        let lowest = format!("-{}", 1u128 << (self.keys.bits - 1));
        let low = self.e.splat(&scalar, &lowest)?;
        let rank = self.shape.len();
        let mut high = vec![0; rank];
        high[rank - 1] = self.length - n;
        let zeros = i64_array(&vec![0; rank]);
        self.value(
            "stablehlo.pad",
            &[key, low],
            &self.key_type(),
            &[
                ("edge_padding_low", &zeros),
                ("edge_padding_high", &i64_array(&high)),
                ("interior_padding", &zeros),
            ],
        )
    }

    /// One compare-exchange stage: each position against position `p ^ distance`; the first
    /// of a pair (larger key, then lower index) stays where it is unless `flips` says the
    /// block's direction puts it at the partner's position.
    fn stage(
        &self,
        key: MlirValue,
        index: MlirValue,
        distance: i64,
        flips: MlirValue,
    ) -> Option<(MlirValue, MlirValue)> {
        let key_ty = self.key_type();
        let index_ty = self.tensor(&self.index_element);
        let key_q = self.partner(key, &key_ty, distance)?;
        let index_q = self.partner(index, &index_ty, distance)?;
        let bools = self.tensor("i1");
        let gt = self.compare(key, key_q, "GT")?;
        let eq = self.compare(key, key_q, "EQ")?;
        let lower = self.compare(index, index_q, "LT")?;
        let tie = self.value("stablehlo.and", &[eq, lower], &bools, &[])?;
        let first = self.value("stablehlo.or", &[gt, tie], &bools, &[])?;
        let keep = self.value("stablehlo.xor", &[first, flips], &bools, &[])?;
        let key = self.value("stablehlo.select", &[keep, key, key_q], &key_ty, &[])?;
        let index = self.value("stablehlo.select", &[keep, index, index_q], &index_ty, &[])?;
        Some((key, index))
    }

    fn compare(&self, a: MlirValue, b: MlirValue, direction: &str) -> Option<MlirValue> {
        let direction = format!("#stablehlo<comparison_direction {direction}>");
        let signed = "#stablehlo<comparison_type SIGNED>";
        self.value(
            "stablehlo.compare",
            &[a, b],
            &self.tensor("i1"),
            &[
                ("comparison_direction", &direction),
                ("compare_type", signed),
            ],
        )
    }

    /// `t` with each block of `distance` positions swapped with its neighbour: position p
    /// gets p ^ distance (reshape, reverse the pair axis, reshape back).
    fn partner(&self, t: MlirValue, ty: &TensorType, distance: i64) -> Option<MlirValue> {
        let mut split = ty.dims.clone();
        split.pop();
        let pair_axis = split.len() + 1;
        split.extend([self.length / (2 * distance), 2, distance]);
        let split_ty = TensorType {
            dims: split,
            element: ty.element.clone(),
        };
        let r = self.value("stablehlo.reshape", &[t], &split_ty, &[])?;
        let dims = i64_array(&[pair_axis as i64]);
        let r = self.value(
            "stablehlo.reverse",
            &[r],
            &split_ty,
            &[("dimensions", &dims)],
        )?;
        self.value("stablehlo.reshape", &[r], ty, &[])
    }

    /// True where the pair's first element belongs at the other position: a descending
    /// block's upper position, or an ascending block's lower one. Computed from `positions`
    /// (an iota; a constant `tensor<Nxi1>` would print as packed hex that iree-compile's
    /// parser rejects).
    fn flips(&self, positions: MlirValue, size: i64, distance: i64) -> Option<MlirValue> {
        let ty = self.tensor("i32");
        let zero = self.e.splat(&ty, "0")?;
        let bit = |b: i64| -> Option<MlirValue> {
            let b = self.e.splat(&ty, &b.to_string())?;
            let masked = self.value("stablehlo.and", &[positions, b], &ty, &[])?;
            self.compare(masked, zero, "EQ")
        };
        let (descending, lower) = (bit(size)?, bit(distance)?);
        self.value(
            "stablehlo.xor",
            &[descending, lower],
            &self.tensor("i1"),
            &[],
        )
    }

    /// The first `k` positions along the last axis.
    fn first(&self, t: MlirValue, k: i64) -> Option<MlirValue> {
        let ty = TensorType::of(t)?;
        let rank = ty.dims.len();
        let mut limit = ty.dims.clone();
        limit[rank - 1] = k;
        let out = TensorType {
            dims: limit.clone(),
            element: ty.element.clone(),
        };
        let (start, strides) = (i64_array(&vec![0; rank]), i64_array(&vec![1; rank]));
        self.value(
            "stablehlo.slice",
            &[t],
            &out,
            &[
                ("start_indices", &start),
                ("limit_indices", &i64_array(&limit)),
                ("strides", &strides),
            ],
        )
    }

    /// The values of the first `k` keys, as `ty`'s element type.
    fn values(&self, key: MlirValue, ty: &TensorType) -> Option<MlirValue> {
        if !self.keys.float {
            return Some(key);
        }
        let key_ty = TensorType::of(key)?;
        let bits = self.flip_negative(key, &key_ty)?;
        let out = key_ty.with_element(&ty.element);
        self.value("stablehlo.bitcast_convert", &[bits], &out, &[])
    }
}
