//! The fingerprint's reference definition: the seeded Johnson–Lindenstrauss projection that
//! `veritor-fingerprint` computes in the graph (in StableHLO, from the seed), written in
//! plain Rust. It is a protocol definition: a verifier compares a program's fingerprints
//! with [`project`] of the hook values, so the same seed and input give the same numbers on
//! every machine and in every version; the pass's expansion builds exactly these
//! operations (same constants, same order, wrapping ui32 arithmetic, f32).
//!
//! The matrix `M[i, j]` (rows: the input width, columns: `dim`) comes from a counter-based
//! hash of `(seed, i, j)`: [`seed_key`] mixes the two seed words, [`entry_bits`] hashes
//! the entry's counter with the key, and [`entry`] maps the bits to `±1/sqrt(dim)`
//! (Rademacher, from the top bit) or `N(0, 1)/sqrt(dim)` (Box–Muller).

/// The mixer's first multiplier.
pub const MIX_1: u32 = 0x7feb_352d;
/// The mixer's second multiplier.
pub const MIX_2: u32 = 0x846c_a68b;
/// XORed into the second seed word before mixing (the golden ratio).
pub const SEED_SALT: u32 = 0x9e37_79b9;
/// XORed into an entry's bits for the second uniform of Box–Muller.
pub const GAUSS_SALT: u32 = 0x68bc_21eb;
/// 2^-24: a 24-bit integer to (0, 1).
pub const UNIT: f32 = 1.0 / 16_777_216.0;

/// The mixer (a 32-bit finaliser in the style of MurmurHash3's, constants from
/// Wellons' `lowbias32`): `h ^= h >> 16; h *= 0x7feb352d; h ^= h >> 15; h *= 0x846ca68b;
/// h ^= h >> 16`.
pub fn mix(mut h: u32) -> u32 {
    h ^= h >> 16;
    h = h.wrapping_mul(MIX_1);
    h ^= h >> 15;
    h = h.wrapping_mul(MIX_2);
    h ^= h >> 16;
    h
}

/// The key of a seed `[s0, s1]` (a scalar seed is `[s, 0]`): `mix(s0 ^ mix(s1 ^ 0x9e3779b9))`.
pub fn seed_key(seed: [u32; 2]) -> u32 {
    mix(seed[0] ^ mix(seed[1] ^ SEED_SALT))
}

/// The hash bits of entry `(row, col)` of a matrix `cols` wide:
/// `c = row * cols + col; mix(mix(c ^ key) + key)` (wrapping ui32 arithmetic).
pub fn entry_bits(key: u32, row: u32, col: u32, cols: u32) -> u32 {
    let counter = row.wrapping_mul(cols).wrapping_add(col);
    mix(mix(counter ^ key).wrapping_add(key))
}

/// Entry `(row, col)` of the projection matrix (f32, as the program computes it).
pub fn entry(key: u32, row: u32, col: u32, cols: u32, gaussian: bool) -> f32 {
    let bits = entry_bits(key, row, col, cols);
    let scale = 1.0 / (cols as f32).sqrt();
    if !gaussian {
        return (bits >> 31) as f32 * (-2.0 * scale) + scale;
    }
    let uniform = |b: u32| ((b >> 8) as f32 + 0.5) * UNIT;
    let (u1, u2) = (uniform(bits), uniform(mix(bits ^ GAUSS_SALT)));
    (u1.ln() * -2.0).sqrt() * (u2 * std::f32::consts::TAU).cos() * scale
}

/// The fingerprint of `x` (`[..., width]`, row-major): every vector of the last axis times
/// the matrix, `[..., dim]`.
pub fn project(x: &[f32], width: usize, seed: [u32; 2], dim: usize, gaussian: bool) -> Vec<f32> {
    let key = seed_key(seed);
    let m: Vec<f32> = (0..width * dim)
        .map(|k| {
            entry(
                key,
                (k / dim) as u32,
                (k % dim) as u32,
                dim as u32,
                gaussian,
            )
        })
        .collect();
    x.chunks(width.max(1))
        .flat_map(|v| {
            (0..dim)
                .map(|j| {
                    v.iter()
                        .enumerate()
                        .map(|(i, xi)| xi * m[i * dim + j])
                        .sum::<f32>()
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference is a protocol definition: these values must never change (a change
    /// needs a new format version; compiled programs compute exactly these).
    #[test]
    fn reference_outputs_are_pinned() {
        assert_eq!((mix(0), mix(1)), (0, 0x6889_90c0));
        assert_eq!(seed_key([1, 2]), 0x2300_69ce);
        assert_eq!(entry_bits(seed_key([1, 2]), 3, 5, 16), 0x73d7_9cb3);
        let x = [1.0, -2.0, 0.5, 4.0];
        assert_eq!(
            project(&x, 4, [7, 9], 3, false),
            [0.288_675_07, 4.330_127, 3.752_776_6]
        );
        assert_eq!(
            project(&x, 4, [7, 9], 3, true),
            [-1.087_408_9, 3.893_143_4, 2.714_717]
        );
    }

    #[test]
    fn mix_is_a_bijection_sample_and_keys_differ() {
        let outputs: std::collections::HashSet<u32> = (0..10_000u32).map(mix).collect();
        assert_eq!(outputs.len(), 10_000);
        assert_ne!(seed_key([1, 0]), seed_key([2, 0]));
        assert_ne!(seed_key([1, 0]), seed_key([0, 1]));
    }

    #[test]
    fn rademacher_entries_are_balanced_signs() {
        let key = seed_key([7, 0]);
        let entries: Vec<f32> = (0..4096)
            .map(|k| entry(key, k / 64, k % 64, 64, false))
            .collect();
        assert!(entries.iter().all(|v| (v.abs() - 0.125).abs() < 1e-7));
        let positive = entries.iter().filter(|v| **v > 0.0).count();
        assert!((1900..2200).contains(&positive), "{positive}");
    }

    #[test]
    fn gaussian_entries_have_unit_variance_after_scaling() {
        let key = seed_key([3, 4]);
        let n = 16_384u32;
        let values: Vec<f64> = (0..n)
            .map(|k| entry(key, k / 16, k % 16, 16, true) as f64 * 4.0)
            .collect();
        let mean = values.iter().sum::<f64>() / n as f64;
        let var = values.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / n as f64;
        assert!(mean.abs() < 0.05, "{mean}");
        assert!((var - 1.0).abs() < 0.05, "{var}");
    }

    #[test]
    fn projection_roughly_preserves_norms() {
        let width = 256;
        let x: Vec<f32> = (0..width)
            .map(|i| ((i * 37 % 101) as f32 - 50.0) / 25.0)
            .collect();
        let norm: f32 = x.iter().map(|v| v * v).sum();
        let y = project(&x, width, [11, 12], 256, false);
        let projected: f32 = y.iter().map(|v| v * v).sum();
        let ratio = projected / norm;
        assert!((0.7..1.3).contains(&ratio), "{ratio}");
    }
}
