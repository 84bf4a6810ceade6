//! The verifier: [`verify_claim`] checks a claim, a challenge and the prover's openings
//! against the store and returns a [`Verdict`] (accept, reject, cannot verify; the reasons;
//! a per-position table). It never writes to the store.
//!
//! `stamp`: the challenge must derive from its secret and the claim's root; every opening's
//! Merkle proof must verify under the root; the graph must pass the allowlist and bounds; the
//! teacher-forced program runs on the claimed tokens (once under the committed projection
//! seed, once under the challenge's); at each opened position the token must be the graph's
//! choice (argmax, or the canonical sample when the noise is an input, which is checked to be
//! the canonical noise), near ties accepted and counted, and both fingerprints within the
//! tolerance. `bit_exact`: re-execute, outputs equal byte for byte.

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use serde::Serialize;
use veritor_iree::npy::{self, Array};
use veritor_protocol::challenge;
use veritor_protocol::claim::{Claim, Strategy};
use veritor_protocol::hex;
use veritor_store::Store;

use super::messages::{self, ChallengeMessage, OpeningsMessage};
use super::prove::{self, Stored};
use super::{runner, workload, Limits, Tolerances};

/// `format` of a verdict.
pub const VERDICT_FORMAT: &str = "veritor-verdict/1";

/// The decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Every check passed.
    Accept,
    /// A check failed: the claim is false (or its openings are).
    Reject,
    /// The claim could not be checked: malformed input, a missing blob, a refused graph,
    /// missing openings. Not an acceptance.
    CannotVerify,
}

impl Outcome {
    /// The process exit code: 0 accept, 1 reject, 2 cannot verify.
    pub fn exit_code(self) -> u8 {
        match self {
            Outcome::Accept => 0,
            Outcome::Reject => 1,
            Outcome::CannotVerify => 2,
        }
    }
}

/// How an opened token compares with the graph's choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    /// The graph chose this token.
    Match,
    /// The graph chose another token whose score is within the tie tolerance.
    NearTie,
    /// The graph chose another token.
    Mismatch,
}

/// One opened position.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PositionReport {
    /// Leaf index (the challenged position).
    pub leaf: u64,
    /// Batch row and sequence position in the token buffer.
    pub row: u64,
    pub column: u64,
    /// The opened token.
    pub token: i32,
    /// The graph's teacher-forced choice.
    pub predicted: i32,
    pub choice: Choice,
    /// Best score minus the token's score (logit, plus noise when sampled); 0 on a match.
    pub margin: f64,
    /// `-ln p(token)` (nats) under the graph's scores (tempered and truncated when sampled);
    /// `null` when the token has probability 0.
    pub surprisal: Option<f64>,
    /// Relative L2 distance of the committed fingerprint from the verifier's.
    pub commit_distance: f64,
    /// Relative L2 distance of the fingerprint under the challenge's seed.
    pub challenge_distance: f64,
    /// Whether the Merkle proof verified.
    pub proof: bool,
    /// What failed here (empty when nothing did).
    pub problems: Vec<String>,
}

/// The verifier's answer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Verdict {
    /// Always [`VERDICT_FORMAT`].
    pub format: String,
    pub outcome: Outcome,
    /// Why (empty on accept).
    pub reasons: Vec<String>,
    /// `bit_exact`, `stamp` or `training_replay` (`null` when the claim was unreadable).
    pub strategy: Option<String>,
    /// Positions committed and opened (stamp).
    pub positions: u64,
    pub opened: usize,
    /// Opened positions accepted as near ties.
    pub near_ties: usize,
    /// Largest relative fingerprint distance over the opened positions (both seeds).
    pub max_fingerprint_distance: f64,
    /// Mean surprisal (nats) over the opened positions with a finite one.
    pub mean_surprisal: Option<f64>,
    /// The tolerances applied.
    pub tolerances: TolerancesReport,
    /// Seconds spent in the teacher-forced (or, bit_exact, the re-executed) runs, and in all.
    pub run_seconds: f64,
    pub total_seconds: f64,
    /// One row per opened position.
    pub table: Vec<PositionReport>,
    /// One row per replayed training step (`training_replay`; absent otherwise).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<super::training::StepReport>,
    /// The tolerances of the training comparisons (`training_replay`; absent otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub training_tolerances: Option<super::training::TrainingTolerances>,
}

/// [`Tolerances`] as reported.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TolerancesReport {
    pub fingerprint_rel: f64,
    pub fingerprint_abs: f64,
    pub tie_margin: f64,
    pub noise_rel: f64,
}

impl Verdict {
    fn new(tolerances: &Tolerances) -> Verdict {
        Verdict {
            format: VERDICT_FORMAT.to_string(),
            outcome: Outcome::Accept,
            reasons: Vec::new(),
            strategy: None,
            positions: 0,
            opened: 0,
            near_ties: 0,
            max_fingerprint_distance: 0.0,
            mean_surprisal: None,
            tolerances: TolerancesReport {
                fingerprint_rel: tolerances.fingerprint_rel,
                fingerprint_abs: tolerances.fingerprint_abs,
                tie_margin: tolerances.tie_margin,
                noise_rel: tolerances.noise_rel,
            },
            run_seconds: 0.0,
            total_seconds: 0.0,
            table: Vec::new(),
            steps: Vec::new(),
            training_tolerances: None,
        }
    }

    /// A verdict of "cannot verify" for `reason` (e.g. a claim file that cannot be read).
    pub fn cannot_verify(reason: impl Into<String>, tolerances: &Tolerances) -> Verdict {
        let mut v = Verdict::new(tolerances);
        v.outcome = Outcome::CannotVerify;
        v.reasons.push(reason.into());
        v
    }

    pub(super) fn reject(&mut self, reason: impl Into<String>) {
        if self.outcome == Outcome::Accept {
            self.outcome = Outcome::Reject;
        }
        self.reasons.push(reason.into());
    }

    /// The verdict for people: the decision, the reasons, the per-position table.
    pub fn summary(&self) -> String {
        let mut s = String::new();
        let word = match self.outcome {
            Outcome::Accept => "ACCEPT",
            Outcome::Reject => "REJECT",
            Outcome::CannotVerify => "CANNOT VERIFY",
        };
        let strategy = self.strategy.as_deref().unwrap_or("unknown");
        let _ = write!(s, "verdict: {word} ({strategy} claim");
        if strategy == "stamp" {
            let _ = write!(
                s,
                ", {} of {} positions opened, {} near ties",
                self.opened, self.positions, self.near_ties
            );
        }
        if strategy == "training_replay" {
            let _ = write!(s, ", {} of {} steps replayed", self.opened, self.positions);
        }
        let _ = writeln!(
            s,
            "; runs {:.3} s, total {:.3} s)",
            self.run_seconds, self.total_seconds
        );
        for r in &self.reasons {
            let _ = writeln!(s, "  reason: {r}");
        }
        super::training::summary(self, &mut s);
        if !self.table.is_empty() {
            let _ = writeln!(
                s,
                "  {:>5} {:>4} {:>4} {:>6} {:>6} {:<9} {:>9} {:>9} {:>10} {:>10}",
                "leaf",
                "row",
                "pos",
                "token",
                "model",
                "choice",
                "margin",
                "surprisal",
                "fp-commit",
                "fp-chal"
            );
            for p in &self.table {
                let choice = match p.choice {
                    Choice::Match => "match",
                    Choice::NearTie => "near-tie",
                    Choice::Mismatch => "MISMATCH",
                };
                let surprisal = p.surprisal.map_or("inf".to_string(), |x| format!("{x:.3}"));
                let _ = writeln!(
                    s,
                    "  {:>5} {:>4} {:>4} {:>6} {:>6} {:<9} {:>9.2e} {:>9} {:>10.2e} {:>10.2e}{}",
                    p.leaf,
                    p.row,
                    p.column,
                    p.token,
                    p.predicted,
                    choice,
                    p.margin,
                    surprisal,
                    p.commit_distance,
                    p.challenge_distance,
                    if p.proof { "" } else { "  BAD PROOF" }
                );
            }
            let _ = writeln!(
                s,
                "  worst fingerprint distance {:.2e} (tolerance {:.0e} relative + {:.0e}); mean surprisal {}",
                self.max_fingerprint_distance,
                self.tolerances.fingerprint_rel,
                self.tolerances.fingerprint_abs,
                self.mean_surprisal
                    .map_or("n/a".to_string(), |x| format!("{x:.3} nats"))
            );
        }
        s
    }
}

/// What the verifier is given besides the store.
#[derive(Clone, Debug)]
pub struct Request<'a> {
    pub claim: &'a Claim,
    /// The challenge (`stamp` claims).
    pub challenge: Option<&'a ChallengeMessage>,
    /// The prover's openings (`stamp` claims).
    pub openings: Option<&'a OpeningsMessage>,
    /// The secret commitment the challenger published first, when the verifier holds it
    /// (then the challenge's must equal it).
    pub secret_commitment: Option<[u8; 32]>,
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
    let result = scratch_and(|work| match &request.claim.strategy {
        Strategy::BitExact {} => bit_exact(store, cache, request.claim, work, limits, &mut verdict),
        Strategy::Stamp { .. } => stamp(
            store,
            cache,
            request,
            work,
            tolerances,
            limits,
            &mut verdict,
        ),
        Strategy::TrainingReplay { .. } => super::training::verify(
            store,
            cache,
            request,
            work,
            tolerances,
            limits,
            &mut verdict,
        ),
    })
    .and_then(|r| r);
    if let Err(reason) = result {
        verdict.outcome = Outcome::CannotVerify;
        verdict.reasons.insert(0, reason);
    }
    verdict.total_seconds = start.elapsed().as_secs_f64();
    verdict
}

fn scratch_and<T>(f: impl FnOnce(&Path) -> T) -> Result<T, String> {
    let work = super::scratch("verify")?;
    let r = f(&work);
    let _ = std::fs::remove_dir_all(&work);
    Ok(r)
}

fn bit_exact(
    store: &Store,
    cache: &Path,
    claim: &Claim,
    work: &Path,
    limits: &Limits,
    verdict: &mut Verdict,
) -> Result<(), String> {
    let (program, inputs, outputs) = prove::load_blobs(store, claim, limits)?;
    let mut paths = Vec::new();
    for (i, bytes) in inputs.iter().enumerate() {
        let p = work.join(format!("in{i:03}.npy"));
        std::fs::write(&p, bytes).map_err(|e| format!("{}: {e}", p.display()))?;
        paths.push(p);
    }
    let vmfb = runner::compile_cached(&program.text, cache)?;
    let start = Instant::now();
    let actual = runner::run(
        &vmfb,
        &claim.entry,
        &paths,
        outputs.len(),
        work,
        Duration::from_secs(limits.max_run_seconds),
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

/// Relative L2 distance and whether it is within the tolerance.
pub(super) fn distance(claimed: &[f32], reference: &[f32], t: &Tolerances) -> (f64, bool) {
    let (mut diff, mut norm) = (0.0f64, 0.0f64);
    for (a, b) in claimed.iter().zip(reference) {
        let (a, b) = (*a as f64, *b as f64);
        diff += (a - b) * (a - b);
        norm += b * b;
    }
    let (diff, norm) = (diff.sqrt(), norm.sqrt());
    let ok = claimed.len() == reference.len()
        && diff.is_finite()
        && diff <= t.fingerprint_rel * norm + t.fingerprint_abs;
    let rel = if norm > 0.0 { diff / norm } else { diff };
    (if diff.is_nan() { f64::INFINITY } else { rel }, ok)
}

/// `-ln softmax(scores)[token]` over the finite scores; `None` for probability 0.
fn surprisal(scores: &[f64], token: usize) -> Option<f64> {
    let s = *scores.get(token)?;
    if !s.is_finite() {
        return None;
    }
    let max = scores
        .iter()
        .filter(|x| x.is_finite())
        .fold(f64::NEG_INFINITY, |a, &b| a.max(b));
    let total: f64 = scores
        .iter()
        .filter(|x| x.is_finite())
        .map(|x| (x - max).exp())
        .sum();
    Some(total.ln() - (s - max))
}

pub(super) fn challenge_is_valid(
    c: &ChallengeMessage,
    root: &[u8; 32],
    positions: u64,
    expected_commitment: Option<[u8; 32]>,
) -> Result<(), String> {
    messages::check_format(&c.format, messages::CHALLENGE_FORMAT, "the challenge")?;
    let secret = hex::decode(&c.secret).map_err(|e| format!("challenge secret: {e}"))?;
    let commitment = hex::decode(&c.secret_commitment)
        .map_err(|e| format!("challenge secret_commitment: {e}"))?;
    if !challenge::verify_secret(&secret, &commitment) {
        return Err("the challenge's secret does not match its commitment".to_string());
    }
    if let Some(expected) = expected_commitment {
        if expected != commitment {
            return Err(
                "the challenge's secret is not the one committed to before the claim".to_string(),
            );
        }
    }
    if c.params.positions != positions {
        return Err(format!(
            "the challenge is over {} positions, the claim commits to {positions}",
            c.params.positions
        ));
    }
    let derived = challenge::derive(&secret, root, &c.params).map_err(|e| e.to_string())?;
    if derived != c.challenge {
        return Err(
            "the challenge does not derive from its secret and this claim's root".to_string(),
        );
    }
    Ok(())
}

fn stamp(
    store: &Store,
    cache: &Path,
    request: &Request,
    work: &Path,
    t: &Tolerances,
    limits: &Limits,
    verdict: &mut Verdict,
) -> Result<(), String> {
    let claim = request.claim;
    let Strategy::Stamp {
        sampling,
        seed,
        request: request_id,
        positions,
        commitment,
        fingerprint_dim,
    } = &claim.strategy
    else {
        unreachable!("stamp() is called on stamp claims")
    };
    verdict.positions = *positions;
    let root = hex::decode(commitment).map_err(|e| format!("claim commitment: {e}"))?;
    let (Some(ch), Some(op)) = (request.challenge, request.openings) else {
        return Err("a stamp claim needs a challenge and the prover's openings".to_string());
    };
    challenge_is_valid(ch, &root, *positions, request.secret_commitment)?;
    messages::check_format(&op.format, messages::OPENINGS_FORMAT, "the openings")?;

    // Everything from the store, checked (allowlist, bounds, digests, signature) and compiled.
    let Stored {
        program,
        layout,
        input_paths,
        teacher_path,
        vmfb,
    } = prove::load_stored(store, cache, claim, work, limits)?;

    // The noise must be the canonical noise of (seed, request), or the prover chose it.
    let mut noise: Option<Array> = None;
    match (layout.noise, sampling.is_greedy()) {
        (Some(i), false) => {
            let given = npy::read(&input_paths[i]).map_err(|e| e.to_string())?;
            let canonical =
                super::canonical_noise(*seed, *request_id, &program.entry.args[i].shape);
            let bad = given
                .to_f64()
                .iter()
                .zip(canonical.to_f64())
                .position(|(g, c)| {
                    let close = (g - c).abs() <= t.noise_rel * (1.0 + c.abs());
                    !close
                });
            if let Some(at) = bad {
                verdict.reject(format!(
                    "input {i} is not the canonical Gumbel noise of seed {seed} and request {request_id} (first difference at element {at})"
                ));
                return Ok(());
            }
            noise = Some(canonical);
        }
        (Some(i), true) => {
            verdict.reject(format!(
                "the claim says greedy, but the graph samples from a noise input (argument {i})"
            ));
            return Ok(());
        }
        (None, false) => {
            return Err(format!(
                "the claim samples with temperature {}, but the graph takes no canonical noise input: its draws cannot be replayed",
                sampling.temperature
            ))
        }
        (None, true) => {}
    }

    // The prover's answer must match the challenge, position by position.
    if op.root != *commitment || op.projection_seed != ch.challenge.projection_seed {
        verdict.reject("the openings answer another root or projection seed");
        return Ok(());
    }
    let wanted = &ch.challenge.positions;
    let leaves: Vec<u64> = op.openings.iter().map(|o| o.position).collect();
    if leaves != *wanted || op.fingerprints.len() != wanted.len() {
        verdict.reject(format!(
            "the openings are for positions {leaves:?} with {} fingerprints; the challenge asks for {wanted:?}",
            op.fingerprints.len()
        ));
        return Ok(());
    }

    // One teacher-forced run on the claimed tokens.
    let mut inputs = input_paths.clone();
    inputs.push(teacher_path.clone());
    let start = Instant::now();
    let committed = runner::run(
        &vmfb,
        &workload::teacher_forced_name(&claim.entry),
        &inputs,
        layout.results,
        work,
        Duration::from_secs(limits.max_run_seconds),
    )?;
    verdict.run_seconds = start.elapsed().as_secs_f64();

    let generated = super::generated_positions(&committed[1]);
    if generated.len() as u64 != *positions {
        verdict.reject(format!(
            "the graph writes {} positions given the claimed tokens, the claim commits to {positions}",
            generated.len()
        ));
        return Ok(());
    }
    let teacher = super::i32_values(&npy::read(&teacher_path).map_err(|e| e.to_string())?);
    let predicted = super::i32_values(&committed[0]);
    let logits = committed[1].to_f64();
    let vocab = *committed[1].shape.last().unwrap_or(&1);
    let columns = layout.teacher.shape.get(1).copied().unwrap_or(1) as u64;
    let noise = noise.map(|n| n.to_f64());
    let flats: Vec<u64> = wanted.iter().map(|&l| generated[l as usize]).collect();
    let commit_seed = super::commit_projection_seed(*seed, *request_id);
    let commit_fps = super::fingerprints(&committed[1], &flats, commit_seed, *fingerprint_dim);
    let challenge_fps = super::fingerprints(
        &committed[1],
        &flats,
        ch.challenge.projection_seed,
        *fingerprint_dim,
    );
    let mut surprisals = Vec::new();
    for (k, opening) in op.openings.iter().enumerate() {
        let flat = flats[k] as usize;
        let mut problems = Vec::new();
        let proof = opening.verify(&root, *request_id, Some(*positions));
        if !proof {
            problems.push("the Merkle proof does not verify under the claim's root (token, fingerprint, position or request changed)".to_string());
        }
        if opening.fingerprint.len() != *fingerprint_dim as usize
            || op.fingerprints[k].len() != *fingerprint_dim as usize
        {
            problems.push(format!(
                "a fingerprint does not have the claimed dimension {fingerprint_dim}"
            ));
        }
        if opening.token != teacher[flat] {
            problems.push(format!(
                "the opened token {} is not the claimed output's {}",
                opening.token, teacher[flat]
            ));
        }
        // The graph's choice, and the token's score against the best.
        let mut scores: Vec<f64> = logits[flat * vocab..(flat + 1) * vocab].to_vec();
        let base = scores.clone();
        if let Some(n) = &noise {
            for (s, g) in scores.iter_mut().zip(&n[flat * vocab..(flat + 1) * vocab]) {
                *s += g;
            }
        }
        let best = scores.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        let token = opening.token;
        let score = usize::try_from(token)
            .ok()
            .and_then(|i| scores.get(i).copied())
            .unwrap_or(f64::NEG_INFINITY);
        let margin = best - score;
        let choice = if token == predicted[flat] {
            Choice::Match
        } else if margin.is_finite() && margin <= t.tie_margin {
            Choice::NearTie
        } else {
            Choice::Mismatch
        };
        match choice {
            Choice::Mismatch => problems.push(format!(
                "token {token} is not the model's choice {} (score margin {margin:.3e})",
                predicted[flat]
            )),
            Choice::NearTie => verdict.near_ties += 1,
            Choice::Match => {}
        }
        let s = usize::try_from(token)
            .ok()
            .and_then(|i| surprisal(&base, i));
        if let Some(s) = s {
            surprisals.push(s);
        }
        let (commit_distance, commit_ok) = distance(&opening.fingerprint, &commit_fps[k], t);
        let (challenge_distance, challenge_ok) =
            distance(&op.fingerprints[k], &challenge_fps[k], t);
        if !commit_ok {
            problems.push(format!(
                "the committed fingerprint is {commit_distance:.2e} (relative) from the verifier's"
            ));
        }
        if !challenge_ok {
            problems.push(format!(
                "the fingerprint under the challenge's seed is {challenge_distance:.2e} (relative) from the verifier's"
            ));
        }
        verdict.max_fingerprint_distance = verdict
            .max_fingerprint_distance
            .max(commit_distance)
            .max(challenge_distance);
        let (row, column) = (flats[k] / columns, flats[k] % columns);
        for p in &problems {
            verdict.reject(format!(
                "position {} (row {row}, column {column}): {p}",
                opening.position
            ));
        }
        verdict.table.push(PositionReport {
            leaf: opening.position,
            row,
            column,
            token,
            predicted: predicted[flat],
            choice,
            margin: if choice == Choice::Match { 0.0 } else { margin },
            surprisal: s,
            commit_distance,
            challenge_distance,
            proof,
            problems,
        });
    }
    verdict.opened = op.openings.len();
    if !surprisals.is_empty() {
        verdict.mean_surprisal = Some(surprisals.iter().sum::<f64>() / surprisals.len() as f64);
    }
    Ok(())
}
