//! The `stamp` strategy, for decode programs (those `veritor-ar-to-tf` gives a
//! teacher-forced form): the prover runs the generation, then the teacher-forced program on
//! its own tokens, and commits to every generated position (token and fingerprint of its
//! scores) with a Merkle root ([`prove`]); the challenger derives positions and a fresh
//! projection seed from its secret and the root ([`derive`]); the prover opens them
//! ([`open`]); the verifier checks them ([`verify`]):
//!
//! the challenge must derive from its secret and the claim's root; every opening's
//! Merkle proof must verify under the root; the graph must pass the allowlist and bounds; the
//! teacher-forced program runs on the claimed tokens (once under the committed projection
//! seed, once under the challenge's); at each opened position the token must be the graph's
//! choice (argmax, or the canonical sample when the noise is an input, which is checked to be
//! the canonical noise), near ties accepted and counted, and both fingerprints within the
//! tolerance.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use veritor_iree::npy::{self, Array, DType};
use veritor_protocol::challenge::ChallengeParams;
use veritor_protocol::claim::{Claim, Strategy};
use veritor_protocol::commitment::{Opening, Tree};
use veritor_protocol::hex;
use veritor_protocol::messages::{self, ChallengeMessage, OpeningsMessage, PositionsData};
use veritor_protocol::seeds;
use veritor_protocol::verdict::{Choice, PositionReport, Verdict};
use veritor_store::{Field, Kind, Store};

use crate::allowlist::Limits;
use crate::loader::{self, read_limited};
use crate::progress;
use crate::prover::{self, Checked, ProveConfig, Proved};
use crate::request::{OpenRequest, Verifier};
use crate::runner;
use crate::tensors::{
    self, canonical_noise, fingerprints, generated_positions, i32_values, parse_npy,
};
use crate::workload::{self, Program, TensorSpec};

/// The roles the teacher-forced function's arguments and results play.
pub struct Layout {
    /// Index of the entry point's result that holds the token buffer.
    pub tokens: usize,
    /// The token buffer's spec: integers `[L]` (no batch axis) or `[B, L]` (for a `scan`
    /// decoder's stacked outputs `[steps, B]`); a position's flat index is row-major in it.
    pub teacher: TensorSpec,
    /// Index of the canonical noise argument (`f32` of the logits' shape, `[L, V]` or
    /// `[B, L, V]`), when there is one.
    pub noise: Option<usize>,
    /// Number of results of the teacher-forced function.
    pub results: usize,
}

/// Reads the roles from the signatures: `@F_teacher_forced(args..., teacher) ->
/// (predicted, logits[, stop])`, where `teacher` and `predicted` are the token buffer (rank 1
/// or 2) and `logits` is the token buffer's shape with a vocabulary axis added.
pub fn layout(program: &Program) -> Result<Option<Layout>, String> {
    let Some(tf) = &program.teacher_forced else {
        return Ok(None);
    };
    let n = program.entry.args.len();
    let unexpected =
        |why: String| format!("the teacher-forced function has an unexpected signature: {why}");
    if tf.args.len() != n + 1 || tf.results.len() < 2 {
        return Err(unexpected(format!(
            "{} arguments and {} results, expected the entry point's {n} arguments and the \
             token buffer, and at least (predicted, logits)",
            tf.args.len(),
            tf.results.len()
        )));
    }
    let (teacher, predicted, logits) = (&tf.args[n], &tf.results[0], &tf.results[1]);
    if !matches!(teacher.shape.len(), 1 | 2) || teacher.dtype.is_float() {
        return Err(unexpected(format!(
            "the token buffer is {teacher}, expected integers [L] or [B, L]"
        )));
    }
    if predicted != teacher {
        return Err(unexpected(format!(
            "the predicted tokens are {predicted}, the token buffer {teacher}"
        )));
    }
    if logits.shape.len() != teacher.shape.len() + 1
        || logits.shape[..teacher.shape.len()] != teacher.shape[..]
        || !logits.dtype.is_float()
    {
        return Err(unexpected(format!(
            "the logits are {logits}, expected floats of the token buffer's shape {:?} and a \
             vocabulary axis",
            teacher.shape
        )));
    }
    let tokens = program
        .entry
        .results
        .iter()
        .position(|r| r == teacher)
        .ok_or_else(|| format!("no result of the entry point is the token buffer {teacher}"))?;
    let noise = &program.noise_inputs;
    if noise.len() > 1 {
        return Err(format!(
            "arguments {noise:?} all can be the noise input f32{:?} (the logits' shape, not \
             read by the logits): ambiguous",
            logits.shape
        ));
    }
    Ok(Some(Layout {
        tokens,
        teacher: teacher.clone(),
        noise: noise.first().copied(),
        results: tf.results.len(),
    }))
}

/// Runs the generation and the teacher-forced program, and stores the claim of a commitment
/// to every generated position. A sampled program takes the canonical noise of the claim's
/// seed and request as an input; with `logits` (the teacher-forced logits computed elsewhere,
/// e.g. by JAX, `examples/jax_prover.py --logits`), the generated positions and the committed
/// fingerprints come from them and IREE runs no teacher-forced program.
pub fn prove(
    config: &ProveConfig,
    mut checked: Checked,
    layout: Layout,
    logits: Option<&Path>,
) -> Result<Proved, String> {
    let program = &checked.program;
    match (layout.noise, checked.sampling.is_greedy()) {
        (Some(i), false) => {
            let noise = canonical_noise(config.seed, config.request, &program.entry.args[i].shape)?;
            checked.inputs[i] = npy::to_bytes(&noise);
        }
        (Some(i), true) => {
            return Err(format!(
                "argument {i} is a canonical noise input {}: a sampled program needs \
                 --temperature (and --top-k, --top-p as the graph samples)",
                program.entry.args[i]
            ))
        }
        (None, false) => {
            let shape = checked
                .program
                .teacher_forced
                .as_ref()
                .map(|tf| format!("{:?}", tf.results[1].shape))
                .unwrap_or_default();
            return Err(format!(
                "sampling with temperature {} needs a program whose noise is an input \
                 (an argument f32{shape}, the logits' shape, the canonical Gumbel noise); \
                 this one has none",
                checked.sampling.temperature
            ));
        }
        (None, true) => {}
    }
    let logits = match (logits, &checked.program.teacher_forced) {
        (Some(p), Some(tf)) => {
            let bytes = read_limited(p, config.limits.max_tensor_bytes + 4096, "logits")?;
            Some(parse_npy(
                &bytes,
                &p.display().to_string(),
                Some(&tf.results[1]),
            )?)
        }
        _ => None,
    };
    prover::in_store(config, |store, work| {
        let generated = prover::generate(config, &checked, work)?;
        let outputs = &generated.outputs;
        let mut proved = Proved {
            claim: prover::claim(config, &checked, outputs, Strategy::BitExact {}),
            claim_id: String::new(),
            positions: 0,
            disagreements: 0,
            generation: generated.generation,
            teacher_forced: None,
        };
        let data = commit(
            config,
            &checked,
            &layout,
            &generated,
            logits,
            work,
            &mut proved,
        )?;
        let blob = serde_json::to_vec(&data).map_err(|e| e.to_string())?;
        prover::finish(store, &mut proved, &checked, outputs, Some(blob))?;
        Ok(proved)
    })
}

/// The teacher-forced run on the generated tokens (unless the logits were given), the
/// fingerprints of every generated position and their Merkle root: sets the claim's strategy
/// and returns the per-position data the prover keeps to open positions later.
fn commit(
    config: &ProveConfig,
    checked: &Checked,
    l: &Layout,
    generated: &prover::Generated,
    logits: Option<Array>,
    work: &Path,
    proved: &mut Proved,
) -> Result<PositionsData, String> {
    let outputs = &generated.outputs;
    let tokens_path = work.join("teacher.npy");
    std::fs::write(&tokens_path, &outputs[l.tokens]).map_err(|e| e.to_string())?;
    let seed = seeds::stamp_projection_seed(config.seed, config.request);
    let all_tokens = i32_values(&npy::parse(&outputs[l.tokens]).map_err(|e| e.to_string())?);
    let scores = match logits {
        Some(given) => given,
        None => {
            let mut tf_inputs = generated.input_paths.to_vec();
            tf_inputs.push(tokens_path);
            progress::say("prove: the teacher-forced run");
            let start = Instant::now();
            let tf = runner::run(
                &generated.vmfb,
                &workload::teacher_forced_name(&config.entry),
                &tf_inputs,
                l.results,
                work,
                Duration::from_secs(config.limits.max_run_seconds),
            )?;
            proved.teacher_forced = Some(start.elapsed());
            if tensors::refused_by_guard(&tf[0], &tf[1]) {
                return Err(tensors::GUARD_REFUSAL.to_string());
            }
            let predicted = i32_values(&tf[0]);
            proved.disagreements = generated_positions(&tf[1])
                .iter()
                .filter(|&&p| predicted[p as usize] != all_tokens[p as usize])
                .count();
            tf.into_iter().nth(1).expect("layout checked two results")
        }
    };
    let positions = generated_positions(&scores);
    progress::say(format!(
        "prove: fingerprints and commitment of {} positions",
        positions.len()
    ));
    let tokens: Vec<i32> = positions.iter().map(|&p| all_tokens[p as usize]).collect();
    let fingerprints = fingerprints(&scores, &positions, seed, config.fingerprint_dim);
    let tree =
        Tree::for_request(config.request, &tokens, &fingerprints).map_err(|e| e.to_string())?;
    proved.positions = positions.len();
    proved.claim.strategy = Strategy::Stamp {
        sampling: checked.sampling,
        seed: config.seed,
        request: config.request,
        positions: positions.len() as u64,
        commitment: hex::encode(&tree.root()),
        fingerprint_dim: config.fingerprint_dim,
    };
    Ok(PositionsData {
        format: messages::POSITIONS_FORMAT.to_string(),
        request: config.request,
        projection_seed: seed,
        positions,
        tokens,
        fingerprints,
    })
}

/// Loads a claim's per-position data from the store.
fn positions_data(store: &Store, id: &str) -> Result<PositionsData, String> {
    let reference = store
        .references()
        .map_err(|e| e.to_string())?
        .into_iter()
        .find(|r| r.kind == Kind::Claim && r.id == id && r.field == Field::Link)
        .ok_or_else(|| format!("claim {id}: no per-position data in the store"))?;
    let bytes = store
        .get_blob(&reference.digest)
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8(bytes)
        .map_err(|_| format!("claim {id}: per-position data is not UTF-8"))?;
    let data: PositionsData = messages::parse(&text, "per-position data")?;
    messages::check_format(
        &data.format,
        messages::POSITIONS_FORMAT,
        "per-position data",
    )?;
    Ok(data)
}

/// Everything the prover needs to re-run a stored claim's teacher-forced program.
pub struct Stored {
    pub program: Program,
    pub layout: Layout,
    pub input_paths: Vec<PathBuf>,
    pub teacher_path: PathBuf,
    pub vmfb: PathBuf,
}

/// Loads a stamp claim's graph and inputs from the store, checks them, writes the inputs
/// under `work` and compiles (or reuses) the program. Used by both roles.
pub fn load_stored(
    store: &Store,
    cache: &Path,
    claim: &Claim,
    work: &Path,
    limits: &Limits,
) -> Result<Stored, String> {
    if !matches!(claim.strategy, Strategy::Stamp { .. }) {
        return Err(format!(
            "a {} claim has no teacher-forced program",
            claim.strategy.kind()
        ));
    }
    let (program, inputs, outputs) = loader::load_blobs_cached(store, claim, limits, Some(cache))?;
    let layout = layout(&program)?.ok_or_else(|| {
        format!(
            "graph {}: @{} is not a decode program (no teacher-forced form), not a stamp claim",
            claim.graph, claim.entry
        )
    })?;
    let input_paths = loader::write_inputs(work, &inputs)?;
    let teacher_path = work.join("teacher.npy");
    std::fs::write(&teacher_path, &outputs[layout.tokens]).map_err(|e| e.to_string())?;
    let vmfb = runner::compile_cached(&program.text, cache)?;
    Ok(Stored {
        program,
        layout,
        input_paths,
        teacher_path,
        vmfb,
    })
}

/// The prover's answer to a challenge: an opening of every challenged position (from the
/// per-position data stored with the claim) and its fingerprint recomputed under the
/// challenge's projection seed (a teacher-forced run on the committed tokens).
///
/// With `logits`, the prover's teacher-forced logits computed elsewhere (as given to
/// [`prove`]), the fingerprints under the challenge's seed are projected from them, and IREE
/// runs nothing.
pub fn open(r: &OpenRequest) -> Result<OpeningsMessage, String> {
    let OpenRequest {
        store_dir,
        claim,
        challenge,
        limits,
        logits,
    } = *r;
    let Strategy::Stamp {
        request,
        commitment,
        fingerprint_dim,
        ..
    } = &claim.strategy
    else {
        return Err(format!(
            "a {} claim has nothing to open",
            claim.strategy.kind()
        ));
    };
    if hex::encode(&challenge.challenge.root) != *commitment {
        return Err(format!(
            "the challenge is for root {}, the claim commits to {commitment}",
            hex::encode(&challenge.challenge.root)
        ));
    }
    let store = Store::open_existing(store_dir).map_err(|e| e.to_string())?;
    let body = claim.to_json().map_err(|e| e.to_string())?;
    let id = loader::claim_id(claim, body.as_bytes());
    let data = positions_data(&store, &id)?;
    let tree =
        Tree::for_request(*request, &data.tokens, &data.fingerprints).map_err(|e| e.to_string())?;
    if hex::encode(&tree.root()) != *commitment {
        return Err(format!(
            "claim {id}: the stored per-position data does not give the claimed root"
        ));
    }
    let given = logits
        .map(|p| {
            let bytes = read_limited(p, limits.max_tensor_bytes + 4096, "logits")?;
            let a = parse_npy(&bytes, &p.display().to_string(), None)?;
            let rows = a.shape[..a.shape.len().saturating_sub(1)]
                .iter()
                .product::<usize>();
            if a.dtype != DType::F32
                || !matches!(a.shape.len(), 2 | 3)
                || data.positions.iter().any(|&f| f as usize >= rows)
            {
                return Err(format!(
                    "{}: the logits are not f32[L, V] or f32[B, L, V] covering the claim's positions",
                    p.display()
                ));
            }
            Ok(a)
        })
        .transpose()?;
    loader::with_scratch("open", |work| {
        let scores = match given {
            Some(a) => a,
            None => {
                let stored = load_stored(&store, &store_dir.join("cache"), claim, work, limits)?;
                let mut inputs = stored.input_paths.clone();
                inputs.push(stored.teacher_path.clone());
                let tf = runner::run(
                    &stored.vmfb,
                    &workload::teacher_forced_name(&claim.entry),
                    &inputs,
                    stored.layout.results,
                    work,
                    Duration::from_secs(limits.max_run_seconds),
                )?;
                if tf.len() > 1 && tensors::refused_by_guard(&tf[0], &tf[1]) {
                    return Err(tensors::GUARD_REFUSAL.to_string());
                }
                tf.into_iter()
                    .nth(1)
                    .ok_or("the teacher-forced program gave no logits")?
            }
        };
        let mut openings = Vec::new();
        let mut flat = Vec::new();
        for &leaf in &challenge.challenge.positions {
            let i = usize::try_from(leaf)
                .ok()
                .filter(|&i| i < data.tokens.len())
                .ok_or_else(|| {
                    format!(
                        "challenged position {leaf} is beyond the claim's {} positions",
                        data.tokens.len()
                    )
                })?;
            openings.push(
                Opening::new(
                    &tree,
                    *request,
                    leaf,
                    data.tokens[i],
                    data.fingerprints[i].clone(),
                )
                .map_err(|e| e.to_string())?,
            );
            flat.push(data.positions[i]);
        }
        Ok(OpeningsMessage {
            format: messages::OPENINGS_FORMAT.to_string(),
            root: commitment.clone(),
            projection_seed: challenge.challenge.projection_seed,
            openings,
            fingerprints: fingerprints(
                &scores,
                &flat,
                challenge.challenge.projection_seed,
                *fingerprint_dim,
            ),
            steps: Vec::new(),
        })
    })?
}

/// The challenge for a `stamp` claim: `open` of its positions (all of them when there are
/// fewer) and a projection seed, from the secret and the claim's root.
pub fn derive(secret: &[u8; 32], claim: &Claim, open: u64) -> Result<ChallengeMessage, String> {
    let Strategy::Stamp {
        positions,
        commitment,
        ..
    } = &claim.strategy
    else {
        return Err(format!(
            "a {} claim is not a stamp claim",
            claim.strategy.kind()
        ));
    };
    let root = hex::decode(commitment).map_err(|e| format!("claim commitment: {e}"))?;
    let params = ChallengeParams {
        positions: *positions,
        open: open.min(*positions),
        steps: 0,
        open_steps: 0,
    };
    ChallengeMessage::derive(secret, &root, params)
}
/// The best finite score minus the second best (any two tokens; equal scores give 0);
/// `None` with fewer than two finite scores.
fn runner_up_margin(scores: &[f64]) -> Option<f64> {
    let (mut best, mut second) = (f64::NEG_INFINITY, f64::NEG_INFINITY);
    for &s in scores.iter().filter(|s| s.is_finite()) {
        if s > best {
            second = best;
            best = s;
        } else if s > second {
            second = s;
        }
    }
    second.is_finite().then_some(best - second)
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

/// Verifies a stamp claim (see the module documentation); fills `verdict`. An `Err` is
/// "cannot verify".
pub fn verify(v: &Verifier, verdict: &mut Verdict) -> Result<(), String> {
    let claim = v.request.claim;
    let Strategy::Stamp {
        sampling,
        seed,
        request: request_id,
        positions,
        commitment,
        fingerprint_dim,
    } = &claim.strategy
    else {
        return Err(format!(
            "a {} claim is not a stamp claim",
            claim.strategy.kind()
        ));
    };
    verdict.positions = *positions;
    let root = hex::decode(commitment).map_err(|e| format!("claim commitment: {e}"))?;
    let (Some(ch), Some(op)) = (v.request.challenge, v.request.openings) else {
        return Err("a stamp claim needs a challenge and the prover's openings".to_string());
    };
    ch.check(&root, *positions, v.request.secret_commitment)?;
    messages::check_format(&op.format, messages::OPENINGS_FORMAT, "the openings")?;

    // Everything from the store, checked (allowlist, bounds, digests, signature) and compiled.
    let Stored {
        program,
        layout,
        input_paths,
        teacher_path,
        vmfb,
    } = load_stored(v.store, v.cache, claim, v.work, v.limits)?;

    // The noise must be the canonical noise of (seed, request), or the prover chose it.
    let mut noise: Option<Array> = None;
    match (layout.noise, sampling.is_greedy()) {
        (Some(i), false) => {
            let given = npy::read(&input_paths[i]).map_err(|e| e.to_string())?;
            let canonical =
                canonical_noise(*seed, *request_id, &program.entry.args[i].shape)?;
            let bad = given
                .to_f64()
                .iter()
                .zip(canonical.to_f64())
                .position(|(g, c)| {
                    let close = (g - c).abs() <= v.tolerances.noise_rel * (1.0 + c.abs());
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
        v.work,
        Duration::from_secs(v.limits.max_run_seconds),
    )?;
    verdict.run_seconds = start.elapsed().as_secs_f64();
    if tensors::refused_by_guard(&committed[0], &committed[1]) {
        verdict.reject(tensors::GUARD_REFUSAL.to_string());
        return Ok(());
    }

    let generated = generated_positions(&committed[1]);
    if generated.len() as u64 != *positions {
        verdict.reject(format!(
            "the graph writes {} positions given the claimed tokens, the claim commits to {positions}",
            generated.len()
        ));
        return Ok(());
    }
    let teacher = i32_values(&npy::read(&teacher_path).map_err(|e| e.to_string())?);
    let predicted = i32_values(&committed[0]);
    let logits = committed[1].to_f64();
    let vocab = *committed[1].shape.last().unwrap_or(&1);
    // A flat position is row-major in the token buffer: (row, column) of `[B, L]`, row 0 of
    // a buffer `[L]` without a batch axis.
    let columns = layout.teacher.shape.last().copied().unwrap_or(1).max(1) as u64;
    let noise = noise.map(|n| n.to_f64());
    let flats: Vec<u64> = wanted.iter().map(|&l| generated[l as usize]).collect();
    let commit_seed = seeds::stamp_projection_seed(*seed, *request_id);
    let commit_fps = fingerprints(&committed[1], &flats, commit_seed, *fingerprint_dim);
    let challenge_fps = fingerprints(
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
        let runner_up_margin = runner_up_margin(&scores);
        let choice = if token == predicted[flat] {
            Choice::Match
        } else if margin.is_finite() && margin <= v.tolerances.tie_margin {
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
        let (commit_distance, commit_ok) = v
            .tolerances
            .fingerprint_distance(&opening.fingerprint, &commit_fps[k]);
        let (challenge_distance, challenge_ok) = v
            .tolerances
            .fingerprint_distance(&op.fingerprints[k], &challenge_fps[k]);
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
            runner_up_margin,
            surprisal: s,
            commit_distance,
            challenge_distance,
            commit_limit: v.tolerances.fingerprint_limit(&commit_fps[k]),
            challenge_limit: v.tolerances.fingerprint_limit(&challenge_fps[k]),
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

#[cfg(test)]
mod tests {
    use super::runner_up_margin;

    #[test]
    fn runner_up_margin_is_best_minus_second_over_finite_scores() {
        assert_eq!(runner_up_margin(&[1.0, 3.5, 2.0]), Some(1.5));
        assert_eq!(runner_up_margin(&[2.0, 2.0, 1.0]), Some(0.0));
        let masked = [f64::NEG_INFINITY, 4.0, f64::NAN, 1.0];
        assert_eq!(runner_up_margin(&masked), Some(3.0));
        assert_eq!(runner_up_margin(&[f64::NEG_INFINITY, 4.0]), None);
        assert_eq!(runner_up_margin(&[]), None);
    }
}
