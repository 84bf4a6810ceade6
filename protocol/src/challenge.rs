//! Commit-then-challenge: deriving what the prover must open.
//!
//! The exchange (see `docs/protocol.md`):
//!
//! 1. The challenger draws a 32-byte secret and publishes [`commit_secret`]`(secret)`.
//! 2. The prover publishes its commitment root (a [`crate::commitment::Tree`] root), having
//!    seen only the secret's commitment.
//! 3. The challenger reveals the secret; both sides compute [`derive()`]`(secret, root, params)`
//!    and anyone can check the secret against its commitment with [`verify_secret`].
//!
//! Neither side chooses the challenge alone: the secret was fixed before the root was known
//! (the challenger cannot steer it by picking the secret after seeing the root), and the
//! prover did not know the secret when it fixed the root (it cannot pick a root whose
//! challenge avoids its false positions; grinding roots without the secret is blind).
//!
//! Derivation: `key = BLAKE3(KEY_TAG || secret)` (different from the public commitment
//! `BLAKE3(COMMIT_TAG || secret)`), then for each purpose an extendable output
//! `BLAKE3-keyed(key, PURPOSE_TAG || root || parameters)`, read as little-endian `u64`s. The
//! projection seed, the positions and the training steps come from separate streams, so
//! changing how many positions are opened does not change the seed. Positions are `k`
//! distinct indices out of `0..n`, uniform over all k-subsets (Floyd's algorithm; each bounded
//! draw is unbiased by rejection), returned sorted; the same for steps.
//!
//! Positions index the committed tree's leaves; a commitment over several requests maps its
//! leaf indices to (request, position) as the caller laid the tree out.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::hex;

const COMMIT_TAG: &[u8] = b"veritor-challenge/1 secret commitment\0";
const KEY_TAG: &[u8] = b"veritor-challenge/1 key\0";
const SEED_TAG: &[u8] = b"veritor-challenge/1 projection seed\0";
const POSITIONS_TAG: &[u8] = b"veritor-challenge/1 positions\0";
const STEPS_TAG: &[u8] = b"veritor-challenge/1 training steps\0";

/// Most positions, and most training steps, one challenge opens. The openings of this many
/// positions are larger than any message a verifier reads
/// ([`crate::messages::MAX_MESSAGE_BYTES`]), so no answerable challenge is refused; without a
/// bound, a challenge message asking for 2^40 openings made the verifier's check of it run
/// out of memory.
pub const MAX_OPEN: u64 = 1 << 16;

/// How much to open: `open` of `positions`, `open_steps` of `steps`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChallengeParams {
    /// Leaves in the commitment (n).
    pub positions: u64,
    /// Leaves to open (k ≤ n).
    pub open: u64,
    /// Training steps claimed (m; 0 for inference).
    pub steps: u64,
    /// Steps to replay (≤ m).
    pub open_steps: u64,
}

/// What the prover must open, and the projection seed for the fingerprints it re-computes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Challenge {
    /// The prover's commitment root this challenge answers.
    #[serde(with = "hex::serde_bytes32")]
    pub root: [u8; 32],
    /// Leaf indices to open, distinct and ascending.
    pub positions: Vec<u64>,
    /// The projection seed (the fingerprint program's seed argument).
    pub projection_seed: [u32; 2],
    /// Training steps to replay, distinct and ascending.
    pub steps: Vec<u64>,
}

/// A challenge that cannot be derived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChallengeError {
    /// More positions to open than the commitment has.
    TooManyPositions { open: u64, positions: u64 },
    /// More steps to replay than were claimed.
    TooManySteps { open: u64, steps: u64 },
    /// More positions or steps to open than [`MAX_OPEN`].
    TooLarge { what: &'static str, open: u64 },
}

impl fmt::Display for ChallengeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChallengeError::TooManyPositions { open, positions } => write!(
                f,
                "cannot open {open} positions: the commitment has {positions}"
            ),
            ChallengeError::TooManySteps { open, steps } => {
                write!(
                    f,
                    "cannot replay {open} training steps: the claim has {steps}"
                )
            }
            ChallengeError::TooLarge { what, open } => write!(
                f,
                "cannot open {open} {what}: a challenge opens at most {MAX_OPEN}"
            ),
        }
    }
}

impl std::error::Error for ChallengeError {}

/// The public commitment to a secret, published before the prover commits.
pub fn commit_secret(secret: &[u8; 32]) -> [u8; 32] {
    let mut h = blake3::Hasher::new();
    h.update(COMMIT_TAG);
    h.update(secret);
    *h.finalize().as_bytes()
}

/// Whether a revealed secret matches its earlier commitment.
pub fn verify_secret(secret: &[u8; 32], commitment: &[u8; 32]) -> bool {
    commit_secret(secret) == *commitment
}

fn key(secret: &[u8; 32]) -> [u8; 32] {
    let mut h = blake3::Hasher::new();
    h.update(KEY_TAG);
    h.update(secret);
    *h.finalize().as_bytes()
}

/// A stream of `u64`s for one purpose (also the spot checks' slice draw, `spotcheck.rs`).
pub(crate) struct Stream(pub(crate) blake3::OutputReader);

impl Stream {
    fn new(key: &[u8; 32], tag: &[u8], root: &[u8; 32], params: &ChallengeParams) -> Stream {
        let mut h = blake3::Hasher::new_keyed(key);
        h.update(tag);
        h.update(root);
        for v in [
            params.positions,
            params.open,
            params.steps,
            params.open_steps,
        ] {
            h.update(&v.to_le_bytes());
        }
        Stream(h.finalize_xof())
    }

    fn next_u64(&mut self) -> u64 {
        let mut b = [0u8; 8];
        self.0.fill(&mut b);
        u64::from_le_bytes(b)
    }

    /// Uniform in `0..=max`, unbiased (rejection of the incomplete top zone).
    fn at_most(&mut self, max: u64) -> u64 {
        if max == u64::MAX {
            return self.next_u64();
        }
        let range = max + 1;
        let zone = u64::MAX - (u64::MAX % range + 1) % range;
        loop {
            let x = self.next_u64();
            if x <= zone {
                return x % range;
            }
        }
    }

    /// `k` distinct values of `0..n`, uniform over k-subsets (Floyd), ascending.
    pub(crate) fn subset(&mut self, k: u64, n: u64) -> Vec<u64> {
        let mut chosen = BTreeSet::new();
        for j in n - k..n {
            let t = self.at_most(j);
            if !chosen.insert(t) {
                chosen.insert(j);
            }
        }
        chosen.into_iter().collect()
    }
}

/// The challenge for `root`, from the challenger's `secret`.
pub fn derive(
    secret: &[u8; 32],
    root: &[u8; 32],
    params: &ChallengeParams,
) -> Result<Challenge, ChallengeError> {
    if params.open > params.positions {
        return Err(ChallengeError::TooManyPositions {
            open: params.open,
            positions: params.positions,
        });
    }
    if params.open_steps > params.steps {
        return Err(ChallengeError::TooManySteps {
            open: params.open_steps,
            steps: params.steps,
        });
    }
    for (what, open) in [
        ("positions", params.open),
        ("training steps", params.open_steps),
    ] {
        if open > MAX_OPEN {
            return Err(ChallengeError::TooLarge { what, open });
        }
    }
    let key = key(secret);
    let seed = Stream::new(&key, SEED_TAG, root, params).next_u64();
    Ok(Challenge {
        root: *root,
        positions: Stream::new(&key, POSITIONS_TAG, root, params)
            .subset(params.open, params.positions),
        projection_seed: [seed as u32, (seed >> 32) as u32],
        steps: Stream::new(&key, STEPS_TAG, root, params).subset(params.open_steps, params.steps),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: [u8; 32] = [42; 32];
    const ROOT: [u8; 32] = [7; 32];

    fn params(n: u64, k: u64, m: u64, ks: u64) -> ChallengeParams {
        ChallengeParams {
            positions: n,
            open: k,
            steps: m,
            open_steps: ks,
        }
    }

    #[test]
    fn deterministic() {
        let p = params(256, 8, 100, 3);
        let a = derive(&SECRET, &ROOT, &p).unwrap();
        assert_eq!(a, derive(&SECRET, &ROOT, &p).unwrap());
        assert_eq!(a.root, ROOT);
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(serde_json::from_str::<Challenge>(&json).unwrap(), a);
    }

    #[test]
    fn different_roots_or_secrets_give_different_challenges() {
        let p = params(1 << 20, 16, 1000, 4);
        let base = derive(&SECRET, &ROOT, &p).unwrap();
        for i in 0..32 {
            let mut root = ROOT;
            root[i] ^= 1;
            let other = derive(&SECRET, &root, &p).unwrap();
            assert_ne!(other.positions, base.positions);
            assert_ne!(other.projection_seed, base.projection_seed);
            assert_ne!(other.steps, base.steps);
            let mut secret = SECRET;
            secret[i] ^= 1;
            let other = derive(&secret, &ROOT, &p).unwrap();
            assert_ne!(other.positions, base.positions);
            assert_ne!(other.projection_seed, base.projection_seed);
        }
        // The seed does not depend on which stream is read first, but it is bound to the
        // parameters too.
        let q = derive(&SECRET, &ROOT, &params(1 << 20, 17, 1000, 4)).unwrap();
        assert_ne!(q.projection_seed, base.projection_seed);
    }

    #[test]
    fn positions_distinct_sorted_in_range() {
        for (n, k) in [
            (1, 1),
            (5, 5),
            (10, 3),
            (33, 32),
            (1000, 999),
            (u64::MAX, 50),
            (7, 0),
        ] {
            let c = derive(&SECRET, &ROOT, &params(n, k, n, k)).unwrap();
            assert_eq!(c.positions.len() as u64, k);
            assert!(c.positions.windows(2).all(|w| w[0] < w[1]));
            assert!(c.positions.iter().all(|&p| p < n));
            assert_eq!(c.steps.len() as u64, k);
            assert!(c.steps.windows(2).all(|w| w[0] < w[1]));
        }
        assert_eq!(
            derive(&SECRET, &ROOT, &params(4, 4, 0, 0))
                .unwrap()
                .positions,
            vec![0, 1, 2, 3]
        );
    }

    #[test]
    fn positions_are_roughly_uniform() {
        // Every position of 20 should be picked about 3/20 of the time over many roots.
        let mut counts = [0u32; 20];
        let trials = 4000;
        for t in 0..trials {
            let mut root = [0u8; 32];
            root[..4].copy_from_slice(&(t as u32).to_le_bytes());
            for p in derive(&SECRET, &root, &params(20, 3, 0, 0))
                .unwrap()
                .positions
            {
                counts[p as usize] += 1;
            }
        }
        let expected = trials as f64 * 3.0 / 20.0;
        let chi2: f64 = counts
            .iter()
            .map(|&c| (c as f64 - expected).powi(2) / expected)
            .sum();
        // 19 degrees of freedom: the 0.999 quantile is about 43.8.
        assert!(chi2 < 43.8, "chi2 = {chi2}, counts = {counts:?}");
    }

    #[test]
    fn too_many_is_an_error() {
        let err = derive(&SECRET, &ROOT, &params(3, 4, 0, 0)).unwrap_err();
        assert_eq!(
            err,
            ChallengeError::TooManyPositions {
                open: 4,
                positions: 3
            }
        );
        assert_eq!(
            err.to_string(),
            "cannot open 4 positions: the commitment has 3"
        );
        let err = derive(&SECRET, &ROOT, &params(3, 1, 2, 3)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot replay 3 training steps: the claim has 2"
        );
    }

    #[test]
    fn derive_failure_more_than_max_open() {
        // Used to build a set of 2^40 positions (out of memory) before answering.
        let err = derive(&SECRET, &ROOT, &params(1 << 41, 1 << 40, 0, 0)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot open 1099511627776 positions: a challenge opens at most 65536"
        );
        let err = derive(&SECRET, &ROOT, &params(0, 0, u64::MAX, u64::MAX)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot open 18446744073709551615 training steps: a challenge opens at most 65536"
        );
        let most = derive(&SECRET, &ROOT, &params(u64::MAX, MAX_OPEN, 0, 0)).unwrap();
        assert_eq!(most.positions.len() as u64, MAX_OPEN);
    }

    #[test]
    fn secret_commitment() {
        let c = commit_secret(&SECRET);
        assert!(verify_secret(&SECRET, &c));
        let mut other = SECRET;
        other[31] ^= 0x80;
        assert!(!verify_secret(&other, &c));
        // The public commitment is not the derivation key.
        assert_ne!(c, key(&SECRET));
    }
}
