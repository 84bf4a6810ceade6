//! What each role's functions are given: the verifier's request ([`Request`]) and working
//! context ([`Verifier`]), and what a prover is asked to open ([`OpenRequest`]).

use std::path::Path;

use veritor_protocol::claim::Claim;
use veritor_protocol::messages::{ChallengeMessage, OpeningsMessage};
use veritor_protocol::tolerances::Tolerances;
use veritor_store::Store;

use crate::allowlist::Limits;

/// What the verifier is given besides the store.
#[derive(Clone, Debug)]
pub struct Request<'a> {
    pub claim: &'a Claim,
    /// The challenge (needed for `stamp` and `training_replay` claims; checked when given
    /// for a `bit_exact` one).
    pub challenge: Option<&'a ChallengeMessage>,
    /// The prover's openings (as the challenge).
    pub openings: Option<&'a OpeningsMessage>,
    /// The secret commitment the challenger published first, when the verifier holds it
    /// (then the challenge's must equal it).
    pub secret_commitment: Option<[u8; 32]>,
}

/// What a strategy's verifier works with: the store (read only), the compile cache, the
/// claim with its challenge and openings, a scratch directory, the tolerances and bounds.
#[derive(Clone, Copy)]
pub struct Verifier<'a> {
    pub store: &'a Store,
    pub cache: &'a Path,
    pub request: &'a Request<'a>,
    pub work: &'a Path,
    pub tolerances: &'a Tolerances,
    pub limits: &'a Limits,
}

/// What the prover is asked to open: its claim and the challenge, with its store, bounds,
/// and (decode claims) its teacher-forced logits when they were computed elsewhere.
#[derive(Clone, Copy)]
pub struct OpenRequest<'a> {
    pub store_dir: &'a Path,
    pub claim: &'a Claim,
    pub challenge: &'a ChallengeMessage,
    pub limits: &'a Limits,
    pub logits: Option<&'a Path>,
}
