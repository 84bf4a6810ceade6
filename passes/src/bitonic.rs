//! A bitonic compare-exchange network in plain StableHLO, shared by `veritor-top-k-network`
//! and `veritor-sort-network`: rows of keys (integers, or floats as integers in the IEEE total
//! order) sorted along the last axis with their positions, equal keys in position order. The
//! network is reshapes, reverses, compares and selects: exact, and on IREE CPU several times
//! faster than its `top_k` and `sort` (benches/sort_network.py).

use crate::emit::{i64_array, Emitter, TensorType};
use mlir_sys::MlirValue;

/// The longest axis the network is emitted for (log2(n)·(log2(n)+1)/2 stages).
pub const MAX_LENGTH: i64 = 1 << 16;

/// How the elements of a type become integer keys whose signed order is the sort order.
#[derive(Clone)]
pub struct Keys {
    /// The integer type of the keys (`i32` for `f32`, ...).
    pub int: &'static str,
    /// Floats: the keys are the bits, negative ones with their magnitude bits flipped (the
    /// IEEE total order); integers: the values themselves.
    pub float: bool,
    pub bits: u32,
}

pub fn keys_for(element: &str) -> Option<Keys> {
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

/// Emits the network before `e`'s anchor, along the last axis of `shape` padded to `length`.
#[derive(Clone)]
pub struct Network {
    pub e: Emitter,
    pub shape: Vec<i64>,
    pub length: i64,
    pub keys: Keys,
    pub index_element: String,
}

impl Network {
    pub fn tensor(&self, element: &str) -> TensorType {
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

    pub fn value(
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

    /// Sorts `x` (`n` long on the last axis) by its keys, padded with the lowest key to
    /// `length`: largest first, or smallest first when `ascending` (the keys complemented);
    /// equal keys in position order. Returns the sorted keys and their positions.
    pub fn sort(&self, x: MlirValue, n: i64, ascending: bool) -> Option<(MlirValue, MlirValue)> {
        let (mut key, positions) = self.prepared(x, n, ascending)?;
        if self.keys.bits <= 32 {
            let mut packed = self.pack(key, positions)?;
            for (size, distance) in self.stages() {
                packed = self.packed_stage(packed, positions, size, distance)?;
            }
            return self.unpack(packed, self.length);
        }
        // The indices start as the positions themselves when top_k returns i32 indices.
        let mut index = if self.index_element == "i32" {
            positions
        } else {
            self.iota(&self.index_element)?
        };
        for (size, distance) in self.stages() {
            let flips = self.flips(positions, size, distance)?;
            (key, index) = self.stage(key, index, distance, flips)?;
        }
        Some((key, index))
    }

    /// The `k` largest keys of `x` (`n` long on the last axis) in order, with their
    /// positions, as `sort` gives them. With packed keys and `k` under a quarter of the padded
    /// length, a selection network: blocks of `b` (k rounded up to a power of two) are sorted
    /// in alternating directions, then each round keeps the larger of each pair of blocks
    /// (`max(A[i], B[i])` of a descending and an ascending block: the b largest of the two, a
    /// bitonic sequence) and merges it, halving the length until one block is left; about
    /// log2(b)+1 stages a round on ever shorter rows instead of the whole sort.
    pub fn top(&self, x: MlirValue, n: i64, k: i64) -> Option<(MlirValue, MlirValue)> {
        let block = (k.max(1) as u64).next_power_of_two() as i64;
        if self.keys.bits > 32 || 4 * block > self.length {
            let (key, index) = self.sort(x, n, false)?;
            return Some((self.first(key, k)?, self.first(index, k)?));
        }
        let (key, positions) = self.prepared(x, n, false)?;
        let mut packed = self.pack(key, positions)?;
        for (size, distance) in self.stages().into_iter().filter(|&(s, _)| s <= block) {
            packed = self.packed_stage(packed, positions, size, distance)?;
        }
        let mut net = self.clone();
        while net.length > block {
            packed = net.larger_halves(packed, block)?;
            net.length /= 2;
            let positions = net.iota("i32")?;
            let mut distance = block / 2;
            while distance >= 1 {
                packed = net.packed_stage(packed, positions, block, distance)?;
                distance /= 2;
            }
        }
        let (key, index) = net.unpack(packed, self.length)?;
        Some((net.first(key, k)?, net.first(index, k)?))
    }

    /// `x`'s keys (complemented when `ascending`) padded with the lowest key to `length`,
    /// and the positions (`i32`).
    fn prepared(&self, x: MlirValue, n: i64, ascending: bool) -> Option<(MlirValue, MlirValue)> {
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
        if ascending {
            key = self.value("stablehlo.not", &[key], &as_int, &[])?;
        }
        if self.length > n {
            key = self.pad_lowest(key, n)?;
        }
        Some((key, self.iota("i32")?))
    }

    /// The positions along the last axis, as `element`.
    fn iota(&self, element: &str) -> Option<MlirValue> {
        let iota = format!("{} : i64", self.axis());
        self.value(
            "stablehlo.iota",
            &[],
            &self.tensor(element),
            &[("iota_dimension", &iota)],
        )
    }

    /// The (block size, distance) of every stage, in order.
    fn stages(&self) -> Vec<(i64, i64)> {
        let mut out = Vec::new();
        let mut size = 2;
        while size <= self.length {
            let mut distance = size / 2;
            while distance >= 1 {
                out.push((size, distance));
                distance /= 2;
            }
            size *= 2;
        }
        out
    }

    /// Keys of at most 32 bits packed into one `i64` each: the key in the high half, `length -
    /// 1 - position` in the low half, so that the signed order of the packed values is the
    /// key's, then the lower position first, and no two are equal. Each stage is then one
    /// compare and one select on one tensor (half the data of a key and index pair).
    fn pack(&self, key: MlirValue, positions: MlirValue) -> Option<MlirValue> {
        let wide = self.tensor("i64");
        let thirty_two = self.e.splat(&wide, "32")?;
        let last = self.e.splat(&wide, &(self.length - 1).to_string())?;
        let high = self.value("stablehlo.convert", &[key], &wide, &[])?;
        let high = self.value("stablehlo.shift_left", &[high, thirty_two], &wide, &[])?;
        let position = self.value("stablehlo.convert", &[positions], &wide, &[])?;
        let low = self.value("stablehlo.subtract", &[last, position], &wide, &[])?;
        self.value("stablehlo.or", &[high, low], &wide, &[])
    }

    /// One compare-exchange stage on packed keys (see `stage`).
    fn packed_stage(
        &self,
        packed: MlirValue,
        positions: MlirValue,
        size: i64,
        distance: i64,
    ) -> Option<MlirValue> {
        let wide = self.tensor("i64");
        let flips = self.flips(positions, size, distance)?;
        let partner = self.partner(packed, &wide, distance)?;
        let first = self.compare(packed, partner, "GT")?;
        let keep = self.value("stablehlo.xor", &[first, flips], &self.tensor("i1"), &[])?;
        self.value("stablehlo.select", &[keep, packed, partner], &wide, &[])
    }

    /// The keys and positions of packed keys packed at padded length `packed_length`.
    fn unpack(&self, packed: MlirValue, packed_length: i64) -> Option<(MlirValue, MlirValue)> {
        let wide = self.tensor("i64");
        let thirty_two = self.e.splat(&wide, "32")?;
        let last = self.e.splat(&wide, &(packed_length - 1).to_string())?;
        let key = self.value(
            "stablehlo.shift_right_arithmetic",
            &[packed, thirty_two],
            &wide,
            &[],
        )?;
        let key = self.value("stablehlo.convert", &[key], &self.key_type(), &[])?;
        let mask = self.e.splat(&wide, &u32::MAX.to_string())?;
        let low = self.value("stablehlo.and", &[packed, mask], &wide, &[])?;
        let position = self.value("stablehlo.subtract", &[last, low], &wide, &[])?;
        let index = self.value(
            "stablehlo.convert",
            &[position],
            &self.tensor(&self.index_element),
            &[],
        )?;
        Some((key, index))
    }

    /// The larger of each pair of `block`-long blocks of packed keys, element by element:
    /// `length / 2` along the last axis.
    fn larger_halves(&self, packed: MlirValue, block: i64) -> Option<MlirValue> {
        let mut split = self.shape.clone();
        split.pop();
        let rank = split.len() + 3;
        split.extend([self.length / (2 * block), 2, block]);
        let split_ty = TensorType {
            dims: split.clone(),
            element: "i64".into(),
        };
        let r = self.value("stablehlo.reshape", &[packed], &split_ty, &[])?;
        let mut half = split.clone();
        half[rank - 2] = 1;
        let half_ty = TensorType {
            dims: half.clone(),
            element: "i64".into(),
        };
        let take = |pair: i64| -> Option<MlirValue> {
            let mut start = vec![0; rank];
            start[rank - 2] = pair;
            let mut limit = split.clone();
            limit[rank - 2] = pair + 1;
            self.value(
                "stablehlo.slice",
                &[r],
                &half_ty,
                &[
                    ("start_indices", &i64_array(&start)),
                    ("limit_indices", &i64_array(&limit)),
                    ("strides", &i64_array(&vec![1; rank])),
                ],
            )
        };
        let (a, b) = (take(0)?, take(1)?);
        let larger = self.value("stablehlo.maximum", &[a, b], &half_ty, &[])?;
        let mut halved = self.shape.clone();
        *halved.last_mut().unwrap() = self.length / 2;
        let out = TensorType {
            dims: halved,
            element: "i64".into(),
        };
        self.value("stablehlo.reshape", &[larger], &out, &[])
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
    pub fn first(&self, t: MlirValue, k: i64) -> Option<MlirValue> {
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
    pub fn values(&self, key: MlirValue, ty: &TensorType) -> Option<MlirValue> {
        if !self.keys.float {
            return Some(key);
        }
        let key_ty = TensorType::of(key)?;
        let bits = self.flip_negative(key, &key_ty)?;
        let out = key_ty.with_element(&ty.element);
        self.value("stablehlo.bitcast_convert", &[bits], &out, &[])
    }
}
