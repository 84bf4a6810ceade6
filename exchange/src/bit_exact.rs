//! The `bit_exact` strategy: the prover runs a program and claims its outputs; the verifier
//! re-executes it on the same backend and requires every output equal byte for byte. For
//! programs without a teacher-forced form (forward passes, anything not a decode loop).
//!
//! The re-execution is whole, so there is nothing to spot-check, but the exchange runs as for
//! every strategy (`prove | challenge derive | open | verify`): the challenge ([`derive`])
//! opens nothing (`params` all zero) and derives from the secret and the claim's digest
//! (BLAKE3 of its body: the digest in its id, which the store records as its commitment),
//! the openings ([`open`]) answer that root and seed with empty lists, and the verifier checks
//! both when it is given them ([`verify`]).

use std::time::{Duration, Instant};

use veritor_iree::npy;
use veritor_protocol::challenge::ChallengeParams;
use veritor_protocol::claim::{Claim, Strategy};
use veritor_protocol::hex;
use veritor_protocol::messages::{self, ChallengeMessage, OpeningsMessage};
use veritor_protocol::verdict::Verdict;
use veritor_store::Digest;

use crate::loader;
use crate::prover::{self, Checked, ProveConfig, Proved};
use crate::request::Verifier;
use crate::runner;

/// The root a bit_exact claim's challenge derives from: BLAKE3 of the claim's body.
pub fn root(claim: &Claim) -> Result<[u8; 32], String> {
    let body = claim.to_json().map_err(|e| e.to_string())?;
    Ok(*Digest::of(body.as_bytes()).as_bytes())
}

/// The challenge for a bit_exact claim: nothing to open, derived from the secret and the
/// claim's digest (so it is this claim's and no other's).
pub fn derive(secret: &[u8; 32], claim: &Claim) -> Result<ChallengeMessage, String> {
    let params = ChallengeParams {
        positions: 0,
        open: 0,
        steps: 0,
        open_steps: 0,
    };
    ChallengeMessage::derive(secret, &root(claim)?, params)
}

/// The prover's answer to a bit_exact challenge: its root and seed, nothing opened (the
/// verifier re-executes the whole program).
pub fn open(claim: &Claim, challenge: &ChallengeMessage) -> Result<OpeningsMessage, String> {
    let root = root(claim)?;
    if challenge.challenge.root != root {
        return Err(format!(
            "the challenge is for root {}, the claim's digest is {}",
            hex::encode(&challenge.challenge.root),
            hex::encode(&root)
        ));
    }
    Ok(OpeningsMessage {
        format: messages::OPENINGS_FORMAT.to_string(),
        root: hex::encode(&root),
        projection_seed: challenge.challenge.projection_seed,
        openings: Vec::new(),
        fingerprints: Vec::new(),
        steps: Vec::new(),
    })
}

/// Runs the program (unless its outputs were given), then stores the claim of its outputs.
pub fn prove(config: &ProveConfig, checked: Checked) -> Result<Proved, String> {
    prover::in_store(config, |store, work| {
        let generated = prover::generate(config, &checked, work)?;
        let mut proved = Proved {
            claim: prover::claim(config, &checked, &generated.outputs, Strategy::BitExact {}),
            claim_id: String::new(),
            positions: 0,
            disagreements: 0,
            generation: generated.generation,
            teacher_forced: None,
        };
        prover::finish(store, &mut proved, &checked, &generated.outputs, None)?;
        Ok(proved)
    })
}

/// Verifies a bit_exact claim: the challenge and openings when given (the challenge derives
/// from its secret and the claim's digest and opens nothing; the openings answer it, empty),
/// then re-execute, every output equal byte for byte to the claimed.
pub fn verify(v: &Verifier, verdict: &mut Verdict) -> Result<(), String> {
    let claim = v.request.claim;
    let root = root(claim)?;
    if let Some(ch) = v.request.challenge {
        ch.check(&root, 0, v.request.secret_commitment)?;
        if ch.params.steps != 0 {
            return Err(format!(
                "the challenge is over {} training steps, a bit_exact claim has none",
                ch.params.steps
            ));
        }
    }
    if let Some(op) = v.request.openings {
        messages::check_format(&op.format, messages::OPENINGS_FORMAT, "the openings")?;
        let seed = v.request.challenge.map(|c| c.challenge.projection_seed);
        if op.root != hex::encode(&root) || seed.is_some_and(|s| s != op.projection_seed) {
            verdict.reject("the openings answer another root or projection seed");
            return Ok(());
        }
        if !(op.openings.is_empty() && op.fingerprints.is_empty() && op.steps.is_empty()) {
            verdict.reject("the openings open positions or steps; a bit_exact claim has none");
            return Ok(());
        }
    }
    let (program, inputs, outputs) = loader::load_blobs(v.store, claim, v.limits)?;
    let paths = loader::write_inputs(v.work, &inputs)?;
    let vmfb = runner::compile_cached(&program.text, v.cache)?;
    let start = Instant::now();
    let actual = runner::run(
        &vmfb,
        &claim.entry,
        &paths,
        outputs.len(),
        v.work,
        Duration::from_secs(v.limits.max_run_seconds),
    )?;
    verdict.run_seconds = start.elapsed().as_secs_f64();
    for (i, (a, claimed)) in actual.iter().zip(&outputs).enumerate() {
        if npy::to_bytes(a) != *claimed {
            verdict.reject(format!(
                "output {i} differs from the re-execution (bit_exact)"
            ));
        }
    }
    Ok(())
}
