//! `veritor prove`: the prover runs a workload, commits to it, stores it and writes a claim
//! (a decode or bit-exact program, or with `--train-steps` a chain of training steps).

use std::path::PathBuf;
use std::process::ExitCode;

use veritor_exchange::training::{Tamper, TrainConfig};
use veritor_exchange::{self as exchange, messages, Limits, ProveConfig};
use veritor_protocol::claim::DeviceRecord;
use veritor_protocol::sampling::SamplingParams;

use super::fail;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// StableHLO module (the reference graph)
    graph: PathBuf,
    /// Directory of input .npy files, in argument order
    #[arg(long)]
    inputs: PathBuf,
    /// Directory of outputs produced elsewhere (e.g. by JAX); default: run the graph
    #[arg(long)]
    outputs: Option<PathBuf>,
    /// Teacher-forced logits f32[B, L, V] computed elsewhere (jax_prover.py --logits): the
    /// committed fingerprints come from them; default: the graph's teacher-forced run
    #[arg(long)]
    logits: Option<PathBuf>,
    /// Request id (keys the sampling stream and every commitment leaf)
    #[arg(long, default_value_t = 0)]
    request: u64,
    /// Sampling seed
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Sampling temperature (default: greedy); a sampled graph takes the canonical noise
    #[arg(long)]
    temperature: Option<f64>,
    /// Top-k of the sampler
    #[arg(long = "top-k")]
    top_k: Option<u64>,
    /// Top-p of the sampler
    #[arg(long = "top-p", default_value_t = 1.0)]
    top_p: f64,
    /// Length of each fingerprint
    #[arg(long = "fingerprint-dim", default_value_t = 16)]
    fingerprint_dim: u32,
    /// Entry point
    #[arg(long, default_value = "main")]
    entry: String,
    /// Store directory (default: $VERITOR_STORE, else ./.veritor)
    #[arg(long)]
    store: Option<PathBuf>,
    /// Where to write the claim (`-`: stdout)
    #[arg(short = 'o', long = "output", default_value = "-")]
    output: PathBuf,
    /// The device this run is on: a descriptor registered in the store
    /// (`veritor-spot device add`) or a descriptor file; the claim records its name and
    /// digest
    #[arg(long)]
    device: Option<String>,
    #[command(flatten)]
    train: TrainArgs,
}

/// `veritor prove --train-steps`: a chain of training steps (a `training_replay` claim).
#[derive(clap::Args, Debug)]
struct TrainArgs {
    /// Prove a chain of this many training steps of a training-step graph
    /// `(params..., data..., lr f32[]) -> (params'..., loss f32[])`, from the parameters in
    /// --inputs (a training_replay claim)
    #[arg(long = "train-steps")]
    train_steps: Option<u64>,
    /// Seed of the generated data batches (one per step)
    #[arg(long = "data-seed", default_value_t = 0)]
    data_seed: u64,
    /// Integer data are drawn from 0..VOCAB
    #[arg(long)]
    vocab: Option<u64>,
    /// Learning rate of every step (default: the one in --inputs)
    #[arg(long)]
    lr: Option<f32>,
    /// A dishonest prover, for tests and demos: data:N, lr:N, skip:N or double:N
    #[arg(long, hide = true)]
    tamper: Option<Tamper>,
}

pub fn run(args: Args) -> ExitCode {
    let device = match device_record(&args) {
        Ok(d) => d,
        Err(e) => return fail(e),
    };
    match args.train.train_steps {
        Some(steps) => prove_training(args, steps, device),
        None => prove_run(args, device),
    }
}

/// The `--device` descriptor (looked up as `veritor compile --device` does), as the claim
/// records it.
fn device_record(args: &Args) -> Result<Option<DeviceRecord>, String> {
    let Some(name) = &args.device else {
        return Ok(None);
    };
    let store = exchange::store_path(args.store.as_deref());
    let descriptor = veritor_spotcheck::registry::resolve(&store, name)?;
    Ok(Some(DeviceRecord::of(&descriptor)))
}

fn prove_run(args: Args, device: Option<DeviceRecord>) -> ExitCode {
    let config = ProveConfig {
        graph: args.graph,
        inputs: args.inputs,
        outputs: args.outputs,
        entry: args.entry,
        request: args.request,
        seed: args.seed,
        sampling: args.temperature.map(|temperature| SamplingParams {
            temperature,
            top_k: args.top_k,
            top_p: args.top_p,
        }),
        fingerprint_dim: args.fingerprint_dim,
        store: exchange::store_path(args.store.as_deref()),
        limits: Limits::default(),
        device,
    };
    let proved = exchange::prove(&config, args.logits.as_deref());
    exchange::progress::clear();
    let p = match proved {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    if let Err(e) = messages::write(&args.output, &p.claim) {
        return fail(e);
    }
    eprintln!(
        "veritor: claim {} ({} positions committed{}{})",
        p.claim_id,
        p.positions,
        p.generation
            .map(|d| format!(", generation {:.3} s", d.as_secs_f64()))
            .unwrap_or_default(),
        p.teacher_forced
            .map(|d| format!(", teacher-forced {:.3} s", d.as_secs_f64()))
            .unwrap_or_default(),
    );
    if p.disagreements > 0 {
        eprintln!(
            "veritor: warning: at {} positions the graph's teacher-forced choice differs from the committed token",
            p.disagreements
        );
    }
    ExitCode::SUCCESS
}

fn prove_training(args: Args, steps: u64, device: Option<DeviceRecord>) -> ExitCode {
    let config = TrainConfig {
        graph: args.graph,
        inputs: args.inputs,
        entry: args.entry,
        steps,
        data_seed: args.train.data_seed,
        vocab: args.train.vocab,
        lr: args.train.lr,
        fingerprint_dim: args.fingerprint_dim,
        store: exchange::store_path(args.store.as_deref()),
        limits: Limits::default(),
        tamper: args.train.tamper,
        device,
    };
    let proved = veritor_exchange::training::prove(&config);
    exchange::progress::clear();
    let p = match proved {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    if let Err(e) = messages::write(&args.output, &p.claim) {
        return fail(e);
    }
    let total: f64 = p.step_seconds.iter().sum();
    eprintln!(
        "veritor: claim {} ({} training steps, {:.3} s per step, loss {:.4} -> {:.4})",
        p.claim_id,
        p.losses.len(),
        total / p.losses.len().max(1) as f64,
        p.losses.first().copied().unwrap_or(f32::NAN),
        p.losses.last().copied().unwrap_or(f32::NAN),
    );
    ExitCode::SUCCESS
}
