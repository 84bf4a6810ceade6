//! Training replay (issue 6): a prover runs a chain of training steps and commits to every
//! step ([`prove`]); the challenger picks `k'` of the `m` steps; the prover opens them
//! ([`open`]); the verifier re-runs each opened step from its stored input checkpoint and data
//! and compares with the stored output checkpoint ([`verify`], called by
//! [`crate::verify_claim`]).
//!
//! A **training step graph** is `@entry(params..., data..., lr f32[]) -> (params'...,
//! loss f32[])`: the first `P = results - 1` arguments are the parameters (floating point),
//! the results repeat their types in order, the last argument is the learning rate and the
//! last result the loss; the arguments between are the step's data (a batch).
//!
//! Blobs (all in the store, content-addressed):
//! - a **checkpoint** is a manifest `veritor-checkpoint/1` `{format, tensors: [digest...]}`
//!   naming the parameter tensors (`.npy`) in argument order;
//! - the **schedule** `veritor-training-schedule/1` `{format, learning_rates: [f32...],
//!   data: [[digest...]...]}`: each step's learning rate and data tensors (what the chain
//!   claims to have trained on; its digest is in the claim);
//! - the **trace** `veritor-training-trace/1` `{format, records: [StepRecord...]}`: the
//!   prover's per-step leaves, kept to open steps later (linked to the claim, never read by
//!   the verifier).
//!
//! Index rows: the claim (inputs: the initial parameters, outputs: the final ones; links: the
//! schedule, the trace, the initial checkpoint) and one prover run per step
//! (`<claim id>/step-NNNNN`: outputs the step's results, links its output checkpoint and data).

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::{Duration, Instant};

use serde::Serialize;
use veritor_iree::npy::{self, Array, DType};
use veritor_protocol::challenge::ChallengeParams;
use veritor_protocol::claim::{
    Claim, DeviceRecord, Strategy, FORMAT, MAX_FINGERPRINT_DIM, MAX_STEPS,
};
use veritor_protocol::commitment;
use veritor_protocol::hex;
use veritor_protocol::training::{self, StepOpening, StepRecord};
pub use veritor_protocol::training::{
    Checkpoint, Schedule, Trace, CHECKPOINT_FORMAT, SCHEDULE_FORMAT, TRACE_FORMAT,
};
use veritor_store::{Digest, Field, Kind, Store};

use veritor_protocol::messages::{self, ChallengeMessage, OpeningsMessage};
use veritor_protocol::seeds;
use veritor_protocol::tolerances::{norm, within, TrainingTolerances};
use veritor_protocol::verdict::{StepReport, Verdict};

use crate::allowlist::Limits;
use crate::loader;
use crate::progress;
use crate::request::Verifier;
use crate::runner;
use crate::tensors::{check_npy, parse_npy};
use crate::workload::{self, Signature, TensorSpec};

/// The backend name of the prover's runs in the store.
pub const BACKEND: &str = "iree-llvm-cpu-local-sync";

fn to_json<T: Serialize>(value: &T) -> Result<Vec<u8>, String> {
    serde_json::to_vec(value).map_err(|e| e.to_string())
}

/// Where the parameters, data, learning rate and loss are in a training step's signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrainLayout {
    /// Number of parameter tensors (`P`).
    pub params: usize,
    /// Number of data arguments (between the parameters and the learning rate).
    pub data: usize,
}

impl TrainLayout {
    /// Reads the layout from the entry point's signature (see the module documentation).
    pub fn of(sig: &Signature) -> Result<TrainLayout, String> {
        let scalar = TensorSpec {
            dtype: DType::F32,
            shape: vec![],
        };
        let n = sig.args.len();
        let r = sig.results.len();
        let not = |why: &str| {
            Err(format!(
                "not a training step (params..., data..., lr f32[]) -> (params'..., loss f32[]): {why}"
            ))
        };
        if r < 2 || n < r + 1 {
            return not(&format!("{n} arguments and {r} results"));
        }
        let params = r - 1;
        if sig.results[..params] != sig.args[..params] {
            return not("the first results do not repeat the first arguments' types");
        }
        if let Some(p) = sig.args[..params].iter().find(|s| !s.dtype.is_float()) {
            return not(&format!("parameter {p} is not floating point"));
        }
        if sig.args[n - 1] != scalar || sig.results[r - 1] != scalar {
            return not("the last argument (learning rate) and result (loss) must be f32[]");
        }
        Ok(TrainLayout {
            params,
            data: n - 1 - params,
        })
    }
}

/// A dishonest prover, for the tests, the demo and the detection matrix: what it does at one
/// step while committing to the honest schedule.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tamper {
    /// Trains step `.0` on other data (a batch of another data seed).
    Data(u64),
    /// Trains step `.0` with 1.1 times the scheduled learning rate.
    LearningRate(u64),
    /// Skips step `.0`'s update: its output checkpoint is its input.
    Skip(u64),
    /// Applies step `.0`'s update twice.
    Double(u64),
}

impl Tamper {
    fn at(self) -> u64 {
        match self {
            Tamper::Data(s) | Tamper::LearningRate(s) | Tamper::Skip(s) | Tamper::Double(s) => s,
        }
    }
}

impl FromStr for Tamper {
    type Err = String;
    /// `data:N`, `lr:N`, `skip:N` or `double:N`.
    fn from_str(text: &str) -> Result<Tamper, String> {
        let bad = || format!("--tamper {text:?}: expected data:N, lr:N, skip:N or double:N");
        let (kind, step) = text.split_once(':').ok_or_else(bad)?;
        let step: u64 = step.parse().map_err(|_| bad())?;
        Ok(match kind {
            "data" => Tamper::Data(step),
            "lr" => Tamper::LearningRate(step),
            "skip" => Tamper::Skip(step),
            "double" => Tamper::Double(step),
            _ => return Err(bad()),
        })
    }
}

/// What `veritor prove --train-steps` is asked to do.
#[derive(Clone, Debug)]
pub struct TrainConfig {
    /// The training step graph.
    pub graph: PathBuf,
    /// Directory of its inputs (`.npy`, argument order): the parameters are the initial
    /// checkpoint; the data files give the data's types; the learning rate file is the
    /// default learning rate.
    pub inputs: PathBuf,
    pub entry: String,
    /// Number of steps in the chain.
    pub steps: u64,
    /// Seed of the generated batches ([`batch`]).
    pub data_seed: u64,
    /// Integer data are drawn from `0..vocab` (required when the graph has integer data).
    pub vocab: Option<u64>,
    /// The learning rate of every step (default: the inputs' learning rate).
    pub lr: Option<f32>,
    pub fingerprint_dim: u32,
    pub store: PathBuf,
    pub limits: Limits,
    /// A dishonest prover (tests and demos only).
    pub tamper: Option<Tamper>,
    /// The device the claim names (`veritor prove --device`).
    pub device: Option<DeviceRecord>,
}

/// What [`prove`] produced.
#[derive(Clone, Debug)]
pub struct ProvedTraining {
    pub claim: Claim,
    pub claim_id: String,
    /// The loss of each step.
    pub losses: Vec<f32>,
    /// Time of each step's run.
    pub step_seconds: Vec<f64>,
}

/// The data batch of `step`: argument `arg` (0-based among the data arguments) of `spec`,
/// each element from a BLAKE3 XOF keyed by (seed, step, arg): integers uniform in
/// `0..vocab` (modulo reduction of a `u64`: bias below `vocab / 2^64`), floats uniform in
/// `[-1, 1)`.
pub fn batch(
    seed: u64,
    step: u64,
    arg: usize,
    spec: &TensorSpec,
    vocab: Option<u64>,
) -> Result<Array, String> {
    let mut h = blake3::Hasher::new();
    h.update(b"veritor-training/1 data\0");
    h.update(&seed.to_le_bytes());
    h.update(&step.to_le_bytes());
    h.update(&(arg as u64).to_le_bytes());
    let mut xof = h.finalize_xof();
    let mut next = || {
        let mut b = [0u8; 8];
        xof.fill(&mut b);
        u64::from_le_bytes(b)
    };
    let n = spec.elements();
    match spec.dtype {
        DType::I32 | DType::I64 => {
            let vocab = vocab.filter(|&v| v > 0).ok_or_else(|| {
                format!("data argument {arg} is {spec}: generating integer data needs --vocab")
            })?;
            if spec.dtype == DType::I32 && vocab > i32::MAX as u64 + 1 {
                return Err(format!(
                    "--vocab {vocab} does not fit data argument {arg} ({spec})"
                ));
            }
            let values: Vec<u64> = (0..n).map(|_| next() % vocab).collect();
            if spec.dtype == DType::I32 {
                let v: Vec<i32> = values.iter().map(|&x| x as i32).collect();
                Ok(Array::from_i32(&spec.shape, &v))
            } else {
                let bytes: Vec<u8> = values
                    .iter()
                    .flat_map(|&x| (x as i64).to_le_bytes())
                    .collect();
                Array::new(DType::I64, spec.shape.clone(), bytes).map_err(|e| e.to_string())
            }
        }
        DType::F32 => {
            let v: Vec<f32> = (0..n)
                .map(|_| ((next() >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0)
                .collect();
            Ok(Array::from_f32(&spec.shape, &v))
        }
        other => Err(format!(
            "data argument {arg} has element type {}: only i32, i64 and f32 data can be generated",
            other.name()
        )),
    }
}

/// All parameter tensors flattened and concatenated (argument order).
fn flat(params: &[Array]) -> Vec<f64> {
    params.iter().flat_map(|a| a.to_f64()).collect()
}

/// The two committed fingerprints of a step: of the update `new - old` and of `new`.
pub fn step_fingerprints(
    old: &[f64],
    new: &[f64],
    seed: [u32; 2],
    dim: u32,
) -> (Vec<f32>, Vec<f32>) {
    let update: Vec<f32> = new.iter().zip(old).map(|(n, o)| (n - o) as f32).collect();
    let weights: Vec<f32> = new.iter().map(|&x| x as f32).collect();
    let project =
        |x: &[f32]| veritor_protocol::fingerprint::project(x, x.len(), seed, dim as usize, false);
    (project(&update), project(&weights))
}

fn f32_scalar(value: f32) -> Vec<u8> {
    npy::to_bytes(&Array::from_f32(&[], &[value]))
}

/// Runs one step: parameters, data and learning rate (`.npy` bytes) in, results out.
fn run_step(
    vmfb: &Path,
    entry: &str,
    params: &[Vec<u8>],
    data: &[Vec<u8>],
    lr: f32,
    work: &Path,
    limits: &Limits,
) -> Result<Vec<Array>, String> {
    let mut blobs: Vec<&[u8]> = params.iter().map(Vec::as_slice).collect();
    blobs.extend(data.iter().map(Vec::as_slice));
    let lr = f32_scalar(lr);
    blobs.push(&lr);
    let inputs = loader::write_inputs(work, &blobs)?;
    runner::run(
        vmfb,
        entry,
        &inputs,
        params.len() + 1,
        work,
        Duration::from_secs(limits.max_run_seconds),
    )
}

/// Runs the chain, commits, stores and returns the claim (see the module documentation).
pub fn prove(config: &TrainConfig) -> Result<ProvedTraining, String> {
    let name = config.graph.display().to_string();
    let graph = loader::read_limited(&config.graph, config.limits.max_graph_bytes, "graph")?;
    let text = std::str::from_utf8(&graph).map_err(|_| format!("{name}: graph is not UTF-8"))?;
    let program = workload::load(text, &name, &config.entry, &config.limits)?;
    let layout = TrainLayout::of(&program.entry)?;
    if config.steps == 0 || config.steps > MAX_STEPS {
        return Err(format!(
            "--train-steps {} is outside 1..={MAX_STEPS}",
            config.steps
        ));
    }
    if config.fingerprint_dim == 0 || config.fingerprint_dim > MAX_FINGERPRINT_DIM {
        return Err(format!(
            "fingerprint dimension {} is outside 1..={MAX_FINGERPRINT_DIM}",
            config.fingerprint_dim
        ));
    }
    if let Some(t) = config.tamper {
        if t.at() >= config.steps {
            return Err(format!("--tamper step {} is beyond the chain", t.at()));
        }
    }
    let inputs =
        loader::read_tensors(&config.inputs, &program.entry.args, "input", &config.limits)?;
    let default_lr = npy::parse(inputs.last().expect("a training step has arguments"))
        .map_err(|e| e.to_string())?
        .to_f64()[0] as f32;
    let lr = config.lr.unwrap_or(default_lr);
    if !lr.is_finite() {
        return Err(format!("learning rate {lr} is not finite"));
    }
    let data_specs = &program.entry.args[layout.params..layout.params + layout.data];
    // Generate every batch first: a bad --vocab fails before anything runs or is stored.
    let mut batches = Vec::new();
    for step in 0..config.steps {
        let b = data_specs
            .iter()
            .enumerate()
            .map(|(k, spec)| {
                batch(config.data_seed, step, k, spec, config.vocab).map(|a| npy::to_bytes(&a))
            })
            .collect::<Result<Vec<_>, _>>()?;
        batches.push(b);
    }
    // A dishonest prover's other data (another seed's batch), trained on instead of its step's.
    let other_data = match config.tamper {
        Some(Tamper::Data(step)) => data_specs
            .iter()
            .enumerate()
            .map(|(k, spec)| {
                batch(!config.data_seed, step, k, spec, config.vocab).map(|a| npy::to_bytes(&a))
            })
            .collect::<Result<Vec<_>, _>>()?,
        _ => Vec::new(),
    };

    let store = Store::open(&config.store).map_err(|e| e.to_string())?;
    let work = loader::scratch("train")?;
    let result = (|| {
        progress::say("prove: compiling the training step with IREE");
        let vmfb = runner::compile_cached(&program.text, &config.store.join("cache"))?;
        run_chain(
            config,
            &store,
            &work,
            &vmfb,
            &graph,
            layout,
            inputs[..layout.params].to_vec(),
            batches,
            other_data,
            lr,
        )
    })();
    let _ = std::fs::remove_dir_all(&work);
    result
}

fn put(store: &Store, bytes: &[u8]) -> Result<Digest, String> {
    store.put_blob(bytes).map_err(|e| e.to_string())
}

fn checkpoint_blob(params: &[Vec<u8>]) -> Result<Vec<u8>, String> {
    to_json(&Checkpoint {
        format: CHECKPOINT_FORMAT.to_string(),
        tensors: params.iter().map(|b| Digest::of(b).to_hex()).collect(),
    })
}

#[allow(clippy::too_many_arguments)]
fn run_chain(
    config: &TrainConfig,
    store: &Store,
    work: &Path,
    vmfb: &Path,
    graph: &[u8],
    layout: TrainLayout,
    initial: Vec<Vec<u8>>,
    batches: Vec<Vec<Vec<u8>>>,
    other_data: Vec<Vec<u8>>,
    lr: f32,
) -> Result<ProvedTraining, String> {
    let e = |e: veritor_store::Error| e.to_string();
    let entry = &config.entry;
    let first = checkpoint_blob(&initial)?;
    let seed = seeds::training_projection_seed(Digest::of(&first).as_bytes());
    for b in &initial {
        put(store, b)?;
    }
    let first_digest = put(store, &first)?;
    let mut checkpoints = vec![first_digest.to_hex()];
    let mut params = initial.clone();
    let mut records = Vec::new();
    let mut runs = Vec::new();
    let mut losses = Vec::new();
    let mut step_seconds = Vec::new();
    for (step, data) in batches.iter().enumerate() {
        let step = step as u64;
        progress::say(format!(
            "prove: training step {} of {}",
            step + 1,
            batches.len()
        ));
        let tamper = config.tamper.filter(|t| t.at() == step);
        let (used_data, used_lr) = match tamper {
            Some(Tamper::Data(_)) => (other_data.clone(), lr),
            Some(Tamper::LearningRate(_)) => (data.clone(), lr * 1.1),
            _ => (data.clone(), lr),
        };
        let start = Instant::now();
        let mut out = run_step(
            vmfb,
            entry,
            &params,
            &used_data,
            used_lr,
            work,
            &config.limits,
        )?;
        if tamper == Some(Tamper::Double(step)) {
            let again: Vec<Vec<u8>> = out[..layout.params].iter().map(npy::to_bytes).collect();
            out = run_step(
                vmfb,
                entry,
                &again,
                &used_data,
                used_lr,
                work,
                &config.limits,
            )?;
        }
        step_seconds.push(start.elapsed().as_secs_f64());
        let loss = out[layout.params].to_f64()[0] as f32;
        let new: Vec<Vec<u8>> = if tamper == Some(Tamper::Skip(step)) {
            params.clone()
        } else {
            out[..layout.params].iter().map(npy::to_bytes).collect()
        };
        let old_arrays = parse_all(&params)?;
        let new_arrays = parse_all(&new)?;
        let (update_fingerprint, weights_fingerprint) = step_fingerprints(
            &flat(&old_arrays),
            &flat(&new_arrays),
            seed,
            config.fingerprint_dim,
        );
        let manifest = checkpoint_blob(&new)?;
        let mut outputs = Vec::new();
        for b in &new {
            outputs.push(put(store, b)?);
        }
        outputs.push(put(store, &npy::to_bytes(&out[layout.params]))?);
        let manifest_digest = put(store, &manifest)?;
        let data_digests = data
            .iter()
            .map(|b| put(store, b))
            .collect::<Result<Vec<_>, _>>()?;
        records.push(StepRecord {
            step,
            checkpoint_in: checkpoints.last().expect("never empty").clone(),
            data: data_digests.iter().map(Digest::to_hex).collect(),
            lr,
            checkpoint_out: manifest_digest.to_hex(),
            loss,
            update_fingerprint,
            weights_fingerprint,
        });
        checkpoints.push(manifest_digest.to_hex());
        runs.push((outputs, manifest_digest, data_digests));
        losses.push(loss);
        params = new;
    }
    let tree = training::tree(&records)?;
    let schedule = to_json(&Schedule {
        format: SCHEDULE_FORMAT.to_string(),
        learning_rates: vec![lr; records.len()],
        data: records.iter().map(|r| r.data.clone()).collect(),
    })?;
    let trace = to_json(&Trace {
        format: TRACE_FORMAT.to_string(),
        records,
    })?;
    let claim = Claim {
        format: FORMAT.to_string(),
        graph: Digest::of(graph).to_hex(),
        entry: entry.clone(),
        inputs: initial.iter().map(|b| Digest::of(b).to_hex()).collect(),
        outputs: params.iter().map(|b| Digest::of(b).to_hex()).collect(),
        strategy: Strategy::TrainingReplay {
            checkpoints,
            steps: config.steps,
            schedule: Digest::of(&schedule).to_hex(),
            commitment: hex::encode(&tree.root()),
            fingerprint_dim: config.fingerprint_dim,
        },
        device: config.device.clone(),
    };
    let body = claim.to_json().map_err(|e| e.to_string())?;
    let claim_id = loader::claim_id(&claim, body.as_bytes());

    // Rows last, each after the blobs it names.
    let graph_digest = put(store, graph)?;
    let schedule_digest = put(store, &schedule)?;
    let trace_digest = put(store, &trace)?;
    let body_digest = put(store, body.as_bytes())?;
    let workload = format!("{entry}@{}", &claim.graph[..16]);
    store
        .add_workload(&veritor_store::Workload::new(
            &workload,
            graph_digest,
            entry,
        ))
        .map_err(e)?;
    let digests = |list: &[String]| -> Result<Vec<Digest>, String> {
        list.iter()
            .map(|d| Digest::parse(d).map_err(|e| e.to_string()))
            .collect()
    };
    store
        .add_claim(&veritor_store::Claim {
            id: claim_id.clone(),
            workload: workload.clone(),
            strategy: veritor_store::Strategy::TrainingReplay,
            inputs: digests(&claim.inputs)?,
            outputs: digests(&claim.outputs)?,
            commitment: Digest::from_bytes(tree.root()),
            body: body_digest,
            created_ms: veritor_store::now_ms(),
        })
        .map_err(e)?;
    for d in [schedule_digest, trace_digest, first_digest] {
        store.link(Kind::Claim, &claim_id, &d).map_err(e)?;
    }
    for (step, (outputs, manifest, data)) in runs.into_iter().enumerate() {
        let id = format!("{claim_id}/step-{step:05}");
        let now = veritor_store::now_ms();
        store
            .add_run(&veritor_store::Run {
                id: id.clone(),
                workload: workload.clone(),
                role: veritor_store::Role::Prover,
                backend: BACKEND.to_string(),
                status: veritor_store::RunStatus::Succeeded,
                outputs,
                started_ms: now,
                finished_ms: Some(now),
            })
            .map_err(e)?;
        for d in std::iter::once(manifest).chain(data) {
            store.link(Kind::Run, &id, &d).map_err(e)?;
        }
    }
    Ok(ProvedTraining {
        claim,
        claim_id,
        losses,
        step_seconds,
    })
}

fn parse_all(blobs: &[Vec<u8>]) -> Result<Vec<Array>, String> {
    blobs
        .iter()
        .map(|b| npy::parse(b).map_err(|e| e.to_string()))
        .collect()
}

/// The claim's training fields.
struct Chain<'a> {
    checkpoints: &'a [String],
    steps: u64,
    schedule: &'a str,
    root: [u8; 32],
    fingerprint_dim: u32,
}

fn chain(claim: &Claim) -> Result<Chain<'_>, String> {
    let Strategy::TrainingReplay {
        checkpoints,
        steps,
        schedule,
        commitment,
        fingerprint_dim,
    } = &claim.strategy
    else {
        return Err(format!(
            "a {} claim is not a training chain",
            claim.strategy.kind()
        ));
    };
    Ok(Chain {
        checkpoints,
        steps: *steps,
        schedule,
        root: hex::decode(commitment).map_err(|e| format!("claim commitment: {e}"))?,
        fingerprint_dim: *fingerprint_dim,
    })
}

/// The challenge for a training claim: `open_steps` of its steps (all when it has fewer).
pub fn derive(
    secret: &[u8; 32],
    claim: &Claim,
    open_steps: u64,
) -> Result<ChallengeMessage, String> {
    let c = chain(claim)?;
    let params = ChallengeParams {
        positions: 0,
        open: 0,
        steps: c.steps,
        open_steps: open_steps.min(c.steps),
    };
    ChallengeMessage::derive(secret, &c.root, params)
}

/// Reads a JSON blob of `format` from the store.
fn read_blob<T: serde::de::DeserializeOwned>(
    store: &Store,
    digest: &str,
    what: &str,
    format: impl Fn(&T) -> &str,
    expected: &str,
) -> Result<T, String> {
    let bytes = store
        .get_blob(&Digest::parse(digest).map_err(|e| e.to_string())?)
        .map_err(|e| e.to_string())?;
    let text = std::str::from_utf8(&bytes).map_err(|_| format!("{what} {digest}: not UTF-8"))?;
    let value: T = messages::parse(text, what).map_err(|e| format!("{what} {digest}: {e}"))?;
    messages::check_format(format(&value), expected, what)?;
    Ok(value)
}

/// The prover's trace stored with `claim` and its tree, whose root is checked against the
/// claim's commitment.
fn stored_trace(
    store: &Store,
    claim: &Claim,
    c: &Chain,
) -> Result<(Trace, commitment::Tree), String> {
    let body = claim.to_json().map_err(|e| e.to_string())?;
    let id = loader::claim_id(claim, body.as_bytes());
    let mut trace = None;
    for r in store.references().map_err(|e| e.to_string())? {
        if r.kind == Kind::Claim && r.id == id && r.field == Field::Link {
            let bytes = store.get_blob(&r.digest).map_err(|e| e.to_string())?;
            if let Ok(t) = serde_json::from_slice::<Trace>(&bytes) {
                if t.format == TRACE_FORMAT {
                    trace = Some(t);
                }
            }
        }
    }
    let trace = trace.ok_or_else(|| format!("claim {id}: no training trace in the store"))?;
    let tree = training::tree(&trace.records)?;
    if tree.root() != c.root {
        return Err(format!(
            "claim {id}: the stored trace does not give the claimed root"
        ));
    }
    Ok((trace, tree))
}

/// Every step's committed loss, from the prover's trace when `store` holds one for `claim`
/// whose leaves give the claim's root (the prover's store, or a verifier's that was given
/// the trace); `None` otherwise. For showing the loss curve: only replayed steps are checked.
pub fn committed_losses(store: &Store, claim: &Claim) -> Option<Vec<f32>> {
    let c = chain(claim).ok()?;
    let (trace, _) = stored_trace(store, claim, &c).ok()?;
    Some(trace.records.iter().map(|r| r.loss).collect())
}

/// The prover's answer to a training challenge: the challenged steps' records and proofs,
/// from the trace stored with the claim.
pub fn open(
    store_dir: &Path,
    claim: &Claim,
    challenge: &ChallengeMessage,
) -> Result<OpeningsMessage, String> {
    let c = chain(claim)?;
    if challenge.challenge.root != c.root {
        return Err(format!(
            "the challenge is for root {}, the claim commits to {}",
            hex::encode(&challenge.challenge.root),
            hex::encode(&c.root)
        ));
    }
    let store = Store::open_existing(store_dir).map_err(|e| e.to_string())?;
    let (trace, tree) = stored_trace(&store, claim, &c)?;
    let steps = challenge
        .challenge
        .steps
        .iter()
        .map(|&s| {
            let record = usize::try_from(s)
                .ok()
                .and_then(|i| trace.records.get(i))
                .ok_or_else(|| {
                    format!(
                        "challenged step {s} is beyond the chain's {} steps",
                        c.steps
                    )
                })?;
            StepOpening::new(&tree, record.clone())
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(OpeningsMessage {
        format: messages::OPENINGS_FORMAT.to_string(),
        root: hex::encode(&c.root),
        projection_seed: challenge.challenge.projection_seed,
        openings: Vec::new(),
        fingerprints: Vec::new(),
        steps,
    })
}

/// Reads a checkpoint's tensors from the store, each checked against its spec.
fn load_checkpoint(
    store: &Store,
    digest: &str,
    manifest: &Checkpoint,
    specs: &[TensorSpec],
) -> Result<(Vec<Vec<u8>>, Vec<Array>), String> {
    let mut bytes = Vec::new();
    let mut arrays = Vec::new();
    for (k, (d, spec)) in manifest.tensors.iter().zip(specs).enumerate() {
        let b = store
            .get_blob(&Digest::parse(d).map_err(|e| e.to_string())?)
            .map_err(|e| e.to_string())?;
        arrays.push(parse_npy(
            &b,
            &format!("checkpoint {digest} tensor {k} ({d})"),
            Some(spec),
        )?);
        bytes.push(b);
    }
    Ok((bytes, arrays))
}

/// Verifies a training claim (see the module documentation); fills `verdict`. An `Err` is
/// "cannot verify".
pub fn verify(v: &Verifier, verdict: &mut Verdict) -> Result<(), String> {
    let claim = v.request.claim;
    let c = chain(claim)?;
    let tt = TrainingTolerances::default();
    verdict.training_tolerances = Some(tt);
    verdict.positions = c.steps;
    let (Some(ch), Some(op)) = (v.request.challenge, v.request.openings) else {
        return Err("a training_replay claim needs a challenge and the prover's openings".into());
    };
    ch.check(&c.root, 0, v.request.secret_commitment)?;
    if ch.params.steps != c.steps {
        return Err(format!(
            "the challenge is over {} training steps, the claim has {}",
            ch.params.steps, c.steps
        ));
    }
    if ch.challenge.steps.is_empty() {
        return Err("the challenge replays no training step".to_string());
    }
    messages::check_format(&op.format, messages::OPENINGS_FORMAT, "the openings")?;

    // The graph (allowlist, bounds), the schedule and every checkpoint manifest.
    let e = |e: veritor_store::Error| e.to_string();
    let graph = v
        .store
        .get_blob(&Digest::parse(&claim.graph).map_err(|e| e.to_string())?)
        .map_err(e)?;
    let text =
        std::str::from_utf8(&graph).map_err(|_| format!("graph {}: not UTF-8", claim.graph))?;
    let name = format!("graph-{}.mlir", &claim.graph[..16]);
    let program = workload::load(text, &name, &claim.entry, v.limits)?;
    let layout = TrainLayout::of(&program.entry)?;
    let param_specs = &program.entry.args[..layout.params];
    let data_specs = &program.entry.args[layout.params..layout.params + layout.data];
    let schedule: Schedule = read_blob(
        v.store,
        c.schedule,
        "schedule",
        |s: &Schedule| &s.format,
        SCHEDULE_FORMAT,
    )?;
    if schedule.learning_rates.len() as u64 != c.steps
        || schedule.data.len() as u64 != c.steps
        || schedule.data.iter().any(|d| d.len() != layout.data)
    {
        return Err(format!(
            "schedule {}: {} learning rates and {} batches, expected {} of each with {} data tensors",
            c.schedule,
            schedule.learning_rates.len(),
            schedule.data.len(),
            c.steps,
            layout.data
        ));
    }
    let mut manifests = Vec::new();
    for d in c.checkpoints {
        let m: Checkpoint = read_blob(
            v.store,
            d,
            "checkpoint",
            |m: &Checkpoint| &m.format,
            CHECKPOINT_FORMAT,
        )?;
        if m.tensors.len() != layout.params {
            return Err(format!(
                "checkpoint {d}: {} tensors, the graph has {} parameters",
                m.tensors.len(),
                layout.params
            ));
        }
        manifests.push(m);
    }
    if manifests[0].tensors != claim.inputs {
        verdict.reject("the chain's first checkpoint is not the claim's inputs");
    }
    if manifests[c.steps as usize].tensors != claim.outputs {
        verdict.reject("the chain's last checkpoint is not the claim's outputs");
    }

    // The prover's answer must match the challenge.
    let wanted = &ch.challenge.steps;
    let opened: Vec<u64> = op.steps.iter().map(|o| o.record.step).collect();
    if op.root != hex::encode(&c.root) || opened != *wanted {
        verdict.reject(format!(
            "the openings are for steps {opened:?} of root {}; the challenge asks for {wanted:?}",
            op.root
        ));
        return Ok(());
    }

    let vmfb = runner::compile_cached(&program.text, v.cache)?;
    let seed = seeds::training_projection_seed(
        &hex::decode(&c.checkpoints[0]).map_err(|e| e.to_string())?,
    );
    for opening in &op.steps {
        let r = &opening.record;
        let i = r.step as usize;
        let mut problems = Vec::new();
        let proof = opening.verify(&c.root, c.steps);
        if !proof {
            problems.push("the Merkle proof does not verify under the claim's root (a committed digest, learning rate, loss or fingerprint changed)".to_string());
        }
        if r.checkpoint_in != c.checkpoints[i] {
            problems.push(format!(
                "the step starts from checkpoint {}, the chain's checkpoint {i} is {}",
                r.checkpoint_in, c.checkpoints[i]
            ));
        }
        if r.checkpoint_out != c.checkpoints[i + 1] {
            problems.push(format!(
                "the step produced checkpoint {}, the chain's checkpoint {} is {}",
                r.checkpoint_out,
                i + 1,
                c.checkpoints[i + 1]
            ));
        }
        if r.data != schedule.data[i] {
            problems.push("the step's data are not the schedule's".to_string());
        }
        let lr = schedule.learning_rates[i];
        if r.lr.to_bits() != lr.to_bits() {
            problems.push(format!(
                "the step's learning rate {} is not the schedule's {lr}",
                r.lr
            ));
        }
        let dim = c.fingerprint_dim as usize;
        if r.update_fingerprint.len() != dim || r.weights_fingerprint.len() != dim {
            problems.push(format!(
                "a fingerprint does not have the claimed dimension {dim}"
            ));
        }

        // Replay from the chain's checkpoint i on the schedule's data and learning rate.
        let (in_bytes, in_arrays) =
            load_checkpoint(v.store, &c.checkpoints[i], &manifests[i], param_specs)?;
        let data = schedule.data[i]
            .iter()
            .zip(data_specs)
            .enumerate()
            .map(|(k, (d, spec))| {
                let b = v
                    .store
                    .get_blob(&Digest::parse(d).map_err(|e| e.to_string())?)
                    .map_err(e)?;
                check_npy(&b, &format!("step {i} data {k} ({d})"), spec)?;
                Ok(b)
            })
            .collect::<Result<Vec<_>, String>>()?;
        let (_, out_arrays) = load_checkpoint(
            v.store,
            &c.checkpoints[i + 1],
            &manifests[i + 1],
            param_specs,
        )?;
        let start = Instant::now();
        let replay = run_step(&vmfb, &claim.entry, &in_bytes, &data, lr, v.work, v.limits)?;
        let seconds = start.elapsed().as_secs_f64();
        verdict.run_seconds += seconds;
        let old = flat(&in_arrays);
        let new = flat(&replay[..layout.params]);
        let claimed = flat(&out_arrays);
        let update: Vec<f64> = new.iter().zip(&old).map(|(n, o)| n - o).collect();
        let (update_distance, update_ok) =
            within(&claimed, &new, norm(&update), tt.update_rel, tt.update_abs);
        if !update_ok {
            problems.push(format!(
                "the chain's checkpoint {} is {update_distance:.2e} (relative to the update) from the replay of step {i}",
                i + 1
            ));
        }
        let replayed_loss = replay[layout.params].to_f64()[0];
        let (_, loss_ok) = within(
            &[r.loss as f64],
            &[replayed_loss],
            replayed_loss.abs(),
            tt.update_rel,
            tt.update_abs,
        );
        if !loss_ok {
            problems.push(format!(
                "the committed loss {} is not the replayed loss {replayed_loss}",
                r.loss
            ));
        }
        let (fu, fw) = step_fingerprints(&old, &new, seed, c.fingerprint_dim);
        let du = v
            .tolerances
            .fingerprint_distance(&r.update_fingerprint, &fu);
        let dw = v
            .tolerances
            .fingerprint_distance(&r.weights_fingerprint, &fw);
        if !du.1 {
            problems.push(format!(
                "the committed update fingerprint is {:.2e} (relative) from the replay's",
                du.0
            ));
        }
        if !dw.1 {
            problems.push(format!(
                "the committed weights fingerprint is {:.2e} (relative) from the replay's",
                dw.0
            ));
        }
        let fingerprint_distance = du.0.max(dw.0);
        verdict.max_fingerprint_distance =
            verdict.max_fingerprint_distance.max(fingerprint_distance);
        for p in &problems {
            verdict.reject(format!("step {i}: {p}"));
        }
        verdict.steps.push(StepReport {
            step: r.step,
            lr: r.lr,
            loss: r.loss,
            replayed_loss: replayed_loss as f32,
            update_distance,
            fingerprint_distance,
            proof,
            seconds,
            problems,
        });
    }
    verdict.opened = op.steps.len();
    Ok(())
}
