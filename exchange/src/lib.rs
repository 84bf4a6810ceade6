//! The verification exchange as a library: the `veritor prove | challenge | open | verify |
//! calibrate` commands only parse their arguments and call these. The pure parts (messages,
//! commitments, seeds, tolerances, verdicts) are in `veritor-protocol`; this crate runs
//! programs (IREE), reads and writes the store, and holds one module per strategy:
//!
//! - [`stamp`]: decode programs: commit to every generated position, open challenged ones,
//!   check them with the teacher-forced program;
//! - [`bit_exact`]: re-execute, outputs equal byte for byte;
//! - [`training`]: a chain of training steps, challenged steps replayed.
//!
//! No strategy imports another; what they share is in [`prover`] (check inputs, run, store a
//! claim), [`loader`] (reads, scratch directories, a claim's blobs from the store),
//! [`tensors`], [`workload`] (the checked program; [`dataflow`] tells its noise input from its
//! parameters), [`request`] (what each role is given),
//! [`allowlist`] (what a verifier accepts to compile), [`runner`] (IREE), [`progress`] (what
//! a long command is doing, on a terminal). This file dispatches by strategy. [`calibrate`] measures
//! honest drift for the tolerances; [`secret`] is the challenger's secret file.
//!
//! The protocol, the messages and the threat model are described in `docs/protocol.md`.

pub mod allowlist;
pub mod batch;
pub mod bit_exact;
pub mod calibrate;
pub mod dataflow;
pub mod loader;
pub mod progress;
pub mod prover;
pub mod request;
pub mod runner;
pub mod secret;
pub mod stamp;
pub mod tensors;
pub mod training;
pub mod workload;

use std::path::Path;
use std::time::Instant;

use veritor_protocol::claim::{Claim, Strategy};
use veritor_store::Store;

pub use allowlist::Limits;
pub use loader::store_path;
pub use prover::{ProveConfig, Proved};
pub use request::{OpenRequest, Request, Verifier};
pub use veritor_protocol::messages::{self, ChallengeMessage, OpeningsMessage, PositionsData};
pub use veritor_protocol::tolerances::{Tolerances, TolerancesFile};
pub use veritor_protocol::verdict::{Outcome, Verdict};

/// Runs a workload and stores its claim: `stamp` for a decode program (one with a
/// teacher-forced form), `bit_exact` otherwise. `logits`: the teacher-forced logits computed
/// elsewhere (decode programs only; see [`stamp::prove`]). Every input is checked before the
/// store is opened, so bad input changes nothing there.
pub fn prove(config: &ProveConfig, logits: Option<&Path>) -> Result<Proved, String> {
    progress::say("prove: checking the graph");
    let checked = prover::check(config)?;
    match stamp::layout(&checked.program)? {
        Some(layout) => stamp::prove(config, checked, layout, logits),
        None => match logits {
            Some(p) => Err(format!(
                "{}: --logits is for decode programs (with a teacher-forced form)",
                p.display()
            )),
            None => bit_exact::prove(config, checked),
        },
    }
}

/// The challenge for a claim, derived from the challenger's secret and the claim's root:
/// `open` positions of a `stamp` claim, `open_steps` steps of a training chain, nothing for a
/// `bit_exact` claim (re-executed whole; its root is the claim's digest).
pub fn derive_challenge(
    secret: &[u8; 32],
    claim: &Claim,
    open: u64,
    open_steps: u64,
) -> Result<ChallengeMessage, String> {
    match &claim.strategy {
        Strategy::Stamp { .. } => stamp::derive(secret, claim, open),
        Strategy::TrainingReplay { .. } => training::derive(secret, claim, open_steps),
        Strategy::BitExact {} => bit_exact::derive(secret, claim),
    }
}

/// The prover's answer to a challenge (see [`stamp::open`], [`training::open`],
/// [`bit_exact::open`]).
pub fn open(r: &OpenRequest) -> Result<OpeningsMessage, String> {
    let claim = r.claim;
    match &claim.strategy {
        Strategy::Stamp { .. } => stamp::open(r),
        Strategy::TrainingReplay { .. } => training::open(r.store_dir, claim, r.challenge),
        Strategy::BitExact {} => match r.logits {
            Some(p) => Err(format!(
                "{}: --logits is for decode (stamp) claims, this one is bit_exact",
                p.display()
            )),
            None => bit_exact::open(claim, r.challenge),
        },
    }
}

/// Checks a claim against the store (see the module documentation). `cache` holds compiled
/// modules by digest. Never writes to the store.
pub fn verify_claim(
    store: &Store,
    cache: &Path,
    request: &Request,
    tolerances: &Tolerances,
    limits: &Limits,
) -> Verdict {
    let start = Instant::now();
    let mut verdict = Verdict::new(tolerances);
    verdict.strategy = Some(request.claim.strategy.kind().to_string());
    verdict.device = request.claim.device.clone();
    let result = loader::with_scratch("verify", |work| {
        let v = Verifier {
            store,
            cache,
            request,
            work,
            tolerances,
            limits,
        };
        match &request.claim.strategy {
            Strategy::BitExact {} => bit_exact::verify(&v, &mut verdict),
            Strategy::Stamp { .. } => stamp::verify(&v, &mut verdict),
            Strategy::TrainingReplay { .. } => training::verify(&v, &mut verdict),
        }
    })
    .and_then(|r| r);
    if let Err(reason) = result {
        verdict.outcome = Outcome::CannotVerify;
        verdict.reasons.insert(0, reason);
    }
    verdict.total_seconds = start.elapsed().as_secs_f64();
    verdict
}
