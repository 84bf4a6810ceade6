//! Tensors as the exchange handles them: `.npy` bytes checked against a graph's signature,
//! the rows a decode claim commits to, their fingerprints, and the canonical noise.

use veritor_iree::npy::{self, Array};
use veritor_protocol::sampling;

use crate::workload::TensorSpec;

/// The fingerprints of the teacher-forced scores at flat positions `flats` of `logits`
/// (`[L, V]` or `[B, L, V]`): each row, with non-finite scores (the `-inf` of tokens a sampler masked)
/// as 0, projected to `dim` by the Johnson-Lindenstrauss matrix of `seed`
/// (`veritor_protocol::fingerprint::project`, the definition `veritor-fingerprint`
/// computes in graphs).
pub fn fingerprints(logits: &Array, flats: &[u64], seed: [u32; 2], dim: u32) -> Vec<Vec<f32>> {
    let v = *logits.shape.last().unwrap_or(&1);
    // One projection of all the rows (the matrix is generated once, not once per row); each
    // row's fingerprint is computed exactly as a projection of that row alone.
    let all: Vec<f32> = rows(logits, flats)
        .into_iter()
        .flatten()
        .map(|x| if x.is_finite() { x } else { 0.0 })
        .collect();
    if flats.is_empty() || dim == 0 {
        return vec![Vec::new(); flats.len()];
    }
    veritor_protocol::fingerprint::project(&all, v, seed, dim as usize, false)
        .chunks(dim as usize)
        .map(<[f32]>::to_vec)
        .collect()
}

/// The canonical Gumbel noise of the logits' shape, `f32[B, L, V]` or, without a batch axis,
/// `f32[L, V]` (one row, `b = 0`): `noise[b, p, i] = gumbel(seed, request + b, p, i)`
/// (`examples/canonical.py`, `protocol/src/sampling.rs`). Another rank is an error.
pub fn canonical_noise(seed: u64, request: u64, shape: &[usize]) -> Result<Array, String> {
    let (b, l, v) = match *shape {
        [l, v] => (1, l, v),
        [b, l, v] => (b, l, v),
        _ => {
            return Err(format!(
                "a noise input f32{shape:?}: the canonical noise is f32[L, V] or f32[B, L, V]"
            ))
        }
    };
    let mut values = Vec::with_capacity(b * l * v);
    for row in 0..b {
        for p in 0..l {
            for i in 0..v {
                values
                    .push(sampling::gumbel(seed, request + row as u64, p as u64, i as u64) as f32);
            }
        }
    }
    Ok(Array::from_f32(shape, &values))
}

/// The generated positions of a teacher-forced run: flat indices `b * L + p` (`p` without a
/// batch axis) of the rows of `logits` (`[B, L, V]` or `[L, V]`) that are not all zero (`veritor-ar-to-tf` leaves zero rows where
/// the program wrote no choice), in row-major order. Leaf `i` of the commitment is the `i`-th.
pub fn generated_positions(logits: &Array) -> Vec<u64> {
    let v = *logits.shape.last().unwrap_or(&1);
    let values = logits.to_f64();
    values
        .chunks(v.max(1))
        .enumerate()
        .filter(|(_, row)| row.iter().any(|x| *x != 0.0))
        .map(|(i, _)| i as u64)
        .collect()
}

/// Rows of a `[..., D]` f32 array at flat row indices.
pub fn rows(array: &Array, indices: &[u64]) -> Vec<Vec<f32>> {
    let d = *array.shape.last().unwrap_or(&1);
    let values = array.to_f64();
    indices
        .iter()
        .map(|&i| {
            values[i as usize * d..(i as usize + 1) * d]
                .iter()
                .map(|x| *x as f32)
                .collect()
        })
        .collect()
}

/// Why a claim cannot be checked when the teacher-forced graph refused its inputs.
pub const GUARD_REFUSAL: &str = "the teacher-forced graph's run-time check failed on these tokens: at some step a masked softmax row kept no entry (the mask depends on the inputs, e.g. a prompt that is all padding), where its parallel form is not exact (veritor-opt's remark on the loop says which check); the claim cannot be checked with this graph";

/// Whether a teacher-forced run is the refusal of `veritor-ar-to-tf`'s run-time guards:
/// every prediction -1 and every score NaN (no model predicts -1 or scores NaN everywhere).
pub fn refused_by_guard(predicted: &Array, logits: &Array) -> bool {
    let tokens = predicted.to_f64();
    let scores = logits.to_f64();
    !tokens.is_empty()
        && tokens.iter().all(|t| *t == -1.0)
        && !scores.is_empty()
        && scores.iter().all(|x| x.is_nan())
}

/// `i32` values of an integer array.
pub fn i32_values(array: &Array) -> Vec<i32> {
    array.to_f64().iter().map(|x| *x as i32).collect()
}

/// Reads `.npy` bytes and checks them against the expected spec; the error names `what`.
pub fn parse_npy(bytes: &[u8], what: &str, expected: Option<&TensorSpec>) -> Result<Array, String> {
    let array = npy::parse(bytes).map_err(|e| format!("{what}: {e}"))?;
    if let Some(spec) = expected {
        if array.dtype != spec.dtype || array.shape != spec.shape {
            return Err(format!(
                "{what}: is {}{:?}, the graph expects {spec}",
                array.dtype.name(),
                array.shape
            ));
        }
    }
    Ok(array)
}

/// [`parse_npy`] without keeping (or copying) the data: checks `.npy` bytes (header, data
/// length) against the expected spec.
pub fn check_npy(bytes: &[u8], what: &str, expected: &TensorSpec) -> Result<(), String> {
    let (dtype, shape) = npy::parse_meta(bytes).map_err(|e| format!("{what}: {e}"))?;
    if dtype != expected.dtype || shape != expected.shape {
        return Err(format!(
            "{what}: is {}{:?}, the graph expects {expected}",
            dtype.name(),
            shape
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_noise_without_a_batch_axis_is_row_zero_of_the_batched_noise() {
        let batched = canonical_noise(2, 10, &[2, 3, 4]).unwrap().to_f64();
        let one = canonical_noise(2, 10, &[3, 4]).unwrap();
        assert_eq!(one.shape, vec![3, 4]);
        assert_eq!(one.to_f64(), batched[..12].to_vec());
        assert_eq!(
            one.to_f64()[4 + 2],
            sampling::gumbel(2, 10, 1, 2) as f32 as f64
        );
        let err = canonical_noise(2, 10, &[4]).unwrap_err();
        assert!(err.contains("f32[L, V] or f32[B, L, V]"), "{err}");
    }

    #[test]
    fn only_minus_one_everywhere_with_nan_scores_is_a_guard_refusal() {
        let refused = Array::from_i32(&[1, 3], &[-1, -1, -1]);
        let nan = Array::from_f32(&[1, 3, 2], &[f32::NAN; 6]);
        assert!(refused_by_guard(&refused, &nan));
        // A run that predicts -1 somewhere, or has one finite score, is an ordinary run.
        let some = Array::from_i32(&[1, 3], &[-1, 4, -1]);
        assert!(!refused_by_guard(&some, &nan));
        let mut scores = [f32::NAN; 6];
        scores[3] = 0.5;
        assert!(!refused_by_guard(
            &refused,
            &Array::from_f32(&[1, 3, 2], &scores)
        ));
        assert!(!refused_by_guard(&Array::from_i32(&[0], &[]), &nan));
    }
}
