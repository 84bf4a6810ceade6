//! The `bit_exact` strategy: the prover runs a program and claims its outputs; the verifier
//! re-executes it on the same backend and requires every output equal byte for byte. For
//! programs without a teacher-forced form (forward passes, anything not a decode loop).

use std::time::{Duration, Instant};

use veritor_iree::npy;
use veritor_protocol::claim::Strategy;
use veritor_protocol::verdict::Verdict;

use crate::loader;
use crate::prover::{self, Checked, ProveConfig, Proved};
use crate::request::Verifier;
use crate::runner;

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

/// Verifies a bit_exact claim: re-execute, every output equal byte for byte to the claimed.
pub fn verify(v: &Verifier, verdict: &mut Verdict) -> Result<(), String> {
    let claim = v.request.claim;
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
