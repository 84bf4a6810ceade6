//! The verification protocol's pure building blocks: no I/O beyond reading and writing its
//! own message files, no MLIR, no IREE, no store.
//!
//! - [`commitment`]: a BLAKE3 Merkle tree over per-position leaves (request, position, token,
//!   fingerprint), its root, inclusion proofs and their check.
//! - [`challenge`]: commit-then-challenge: the challenger commits to a secret, the prover to a
//!   root; the challenge (positions, projection seed, training steps) is derived from both.
//! - [`sampling`]: canonical, replayable temperature / top-k / top-p sampling (Gumbel-max with
//!   a counter-based generator keyed by seed, request, position and token index) and the
//!   surprisal of a token under the same distribution.
//! - [`training`]: the per-step leaves of a training chain (checkpoints, data, learning rate,
//!   loss, fingerprints of the update and the weights) and their openings.
//! - [`fingerprint`]: the fingerprint's reference definition (the seeded projection that
//!   `veritor-fingerprint` computes in the graph).
//! - [`claim`]: the claim format `veritor-claim/1` (JSON), read, written and validated.
//! - [`messages`]: the other messages between the roles (challenge, openings, the prover's
//!   per-position data), read strictly; a challenge's check against a claim.
//! - [`fingerprint`]: the reference definition of a fingerprint (the seeded projection that
//!   `veritor-fingerprint` computes in graphs); [`seeds`]: the public projection seeds of
//!   committed fingerprints.
//! - [`spotcheck`]: memory spot checks: a Merkle commitment over chunks of held state, a
//!   fresh challenge of random chunk slices, the binary response and its check, the soundness
//!   bound, and the decision over a session of challenges (`spotcheck::session`);
//!   [`device`]: device descriptors (`veritor-device/1`), the deadline they give and the
//!   digest a claim names them by.
//! - [`tolerances`]: every threshold of the verifier's numeric checks (the committed
//!   calibration built in); [`verdict`]: the verifier's answer and its summary.
//!
//! The protocol and its threat model are described in `docs/protocol.md`.
//!
//! The whole exchange, in memory:
//!
//! ```
//! use veritor_protocol::{challenge, commitment, sampling};
//!
//! // The challenger commits to a secret first.
//! let secret = [9u8; 32];
//! let secret_commitment = challenge::commit_secret(&secret);
//!
//! // The prover samples 16 tokens and commits to them with their fingerprints.
//! let params = sampling::SamplingParams { temperature: 0.7, top_k: Some(3), top_p: 0.9 };
//! let (seed, request) = (1234, 5);
//! let logits = |pos: u64| -> Vec<f32> { (0..8).map(|i| ((i * 7 + pos) % 5) as f32).collect() };
//! let tokens: Vec<i32> = (0..16)
//!     .map(|pos| sampling::sample(&logits(pos), &params, seed, request, pos).unwrap().token as i32)
//!     .collect();
//! let fingerprints: Vec<Vec<f32>> = (0..16).map(|pos| vec![pos as f32; 4]).collect();
//! let tree = commitment::Tree::for_request(request, &tokens, &fingerprints).unwrap();
//! let root = tree.root();
//!
//! // The secret is revealed; both sides derive the same challenge.
//! assert!(challenge::verify_secret(&secret, &secret_commitment));
//! let what = challenge::ChallengeParams { positions: 16, open: 4, steps: 0, open_steps: 0 };
//! let c = challenge::derive(&secret, &root, &what).unwrap();
//!
//! // The prover opens; the verifier checks each opening and replays each draw.
//! for &pos in &c.positions {
//!     let i = pos as usize;
//!     let opening = commitment::Opening::new(&tree, request, pos, tokens[i], fingerprints[i].clone())
//!         .unwrap();
//!     assert!(opening.verify(&root, request, Some(16)));
//!     let verdict = sampling::replay(&logits(pos), opening.token as u32, &params, seed, request, pos, 0.0)
//!         .unwrap();
//!     assert_eq!(verdict, sampling::Replay::Match);
//! }
//! ```

pub mod challenge;
pub mod claim;
pub mod commitment;
pub mod device;
pub mod fingerprint;
pub mod hex;
pub mod messages;
pub mod sampling;
pub mod seeds;
pub mod spotcheck;
pub mod tolerances;
pub mod training;
pub mod verdict;

pub use challenge::{
    commit_secret, derive, verify_secret, Challenge, ChallengeError, ChallengeParams,
};
pub use claim::{Claim, ClaimError, Strategy};
pub use commitment::{leaf_hash, verify_proof, CommitmentError, Opening, Proof, Tree};
pub use sampling::{replay, sample, surprisal, Replay, Sample, SamplingError, SamplingParams};
