//! The public projection seeds of committed fingerprints: a prover commits to fingerprints
//! under a seed anyone can recompute (so that a verifier checks them at opened positions);
//! the challenge adds a fresh seed the prover learns only after committing. Each seed is the
//! first 8 bytes of a BLAKE3 hash under its own domain tag.

/// Domain tag of a `stamp` claim's committed projection seed.
pub const STAMP_SEED_TAG: &[u8] = b"veritor-prove/1 commitment projection seed\0";
/// Domain tag of a training chain's committed projection seed.
pub const TRAINING_SEED_TAG: &[u8] = b"veritor-training/1 commitment projection seed\0";

/// The committed projection seed of a `stamp` claim, from its sampling seed and request.
pub fn stamp_projection_seed(seed: u64, request: u64) -> [u32; 2] {
    seed_of(
        STAMP_SEED_TAG,
        &[&seed.to_le_bytes(), &request.to_le_bytes()],
    )
}

/// The committed projection seed of a training chain, from its initial checkpoint's digest.
pub fn training_projection_seed(initial_checkpoint: &[u8; 32]) -> [u32; 2] {
    seed_of(TRAINING_SEED_TAG, &[initial_checkpoint])
}

/// The first 8 bytes of `BLAKE3(tag || parts...)` as two little-endian `u32`s.
fn seed_of(tag: &[u8], parts: &[&[u8]]) -> [u32; 2] {
    let mut h = blake3::Hasher::new();
    h.update(tag);
    for part in parts {
        h.update(part);
    }
    let b = h.finalize();
    let b = b.as_bytes();
    [
        u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
        u32::from_le_bytes([b[4], b[5], b[6], b[7]]),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_are_domain_separated_and_depend_on_every_part() {
        assert_ne!(stamp_projection_seed(1, 2), stamp_projection_seed(2, 1));
        assert_ne!(stamp_projection_seed(1, 2), stamp_projection_seed(1, 3));
        assert_ne!(
            training_projection_seed(&[1; 32]),
            training_projection_seed(&[2; 32])
        );
        let mut parts = [0u8; 32];
        parts[..8].copy_from_slice(&1u64.to_le_bytes());
        assert_ne!(
            seed_of(STAMP_SEED_TAG, &[&parts]),
            seed_of(TRAINING_SEED_TAG, &[&parts])
        );
    }
}
