//! What every decode or bit-exact prover does, whatever it commits to: check its inputs
//! against the graph before the store is opened, run the entry point (unless the outputs come
//! from elsewhere), and store the graph, inputs, outputs and claim. The strategies
//! ([`crate::bit_exact`], [`crate::stamp`]) build their claims from these pieces.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use veritor_iree::npy;
use veritor_protocol::claim::{Claim, DeviceRecord, Strategy, FORMAT, MAX_FINGERPRINT_DIM};
use veritor_protocol::sampling::SamplingParams;
use veritor_store::{Digest, Kind, Store};

use crate::allowlist::Limits;
use crate::loader::{self, read_limited, read_tensors};
use crate::progress;
use crate::runner;
use crate::workload::{self, Program};

/// What `veritor prove` is asked to do.
#[derive(Clone, Debug)]
pub struct ProveConfig {
    /// The StableHLO module.
    pub graph: PathBuf,
    /// Directory of its inputs (`.npy`, in argument order).
    pub inputs: PathBuf,
    /// Outputs produced elsewhere (e.g. by JAX), in result order; else the prover runs.
    pub outputs: Option<PathBuf>,
    /// The entry point.
    pub entry: String,
    /// The request id.
    pub request: u64,
    /// The sampling seed.
    pub seed: u64,
    /// The sampling parameters (greedy when `None`).
    pub sampling: Option<SamplingParams>,
    /// Length of each fingerprint.
    pub fingerprint_dim: u32,
    /// The store directory.
    pub store: PathBuf,
    /// Bounds (the prover applies the verifier's, so that it never commits to a claim the
    /// verifier will refuse).
    pub limits: Limits,
    /// The device the claim names (`veritor prove --device`).
    pub device: Option<DeviceRecord>,
}

/// What [`prove`] produced.
#[derive(Clone, Debug)]
pub struct Proved {
    /// The claim (also stored, as its body blob).
    pub claim: Claim,
    /// Its id in the store's index.
    pub claim_id: String,
    /// Number of committed positions (0 for `bit_exact`).
    pub positions: usize,
    /// Positions where the graph's teacher-forced choice differs from the committed token
    /// (0 for an honest run on the same backend; outputs from elsewhere may differ at near
    /// ties).
    pub disagreements: usize,
    /// Time of the generation run (none when outputs came from elsewhere).
    pub generation: Option<Duration>,
    /// Time of the teacher-forced run with fingerprints.
    pub teacher_forced: Option<Duration>,
}

/// A prover's inputs, read and checked against the graph (nothing stored yet).
pub struct Checked {
    /// The graph's bytes, as committed.
    pub graph: Vec<u8>,
    pub program: Program,
    /// The inputs' `.npy` bytes, in argument order.
    pub inputs: Vec<Vec<u8>>,
    /// Outputs produced elsewhere, when given.
    pub outputs: Option<Vec<Vec<u8>>>,
    pub sampling: SamplingParams,
}

/// Reads and checks the graph (allowlist, bounds), the inputs and given outputs (against its
/// signature) and the sampling parameters.
pub fn check(config: &ProveConfig) -> Result<Checked, String> {
    let name = config.graph.display().to_string();
    let graph = read_limited(&config.graph, config.limits.max_graph_bytes, "graph")?;
    let text = std::str::from_utf8(&graph).map_err(|_| format!("{name}: graph is not UTF-8"))?;
    let program = workload::load(text, &name, &config.entry, &config.limits)?;
    if config.fingerprint_dim == 0 || config.fingerprint_dim > MAX_FINGERPRINT_DIM {
        return Err(format!(
            "fingerprint dimension {} is outside 1..={MAX_FINGERPRINT_DIM}",
            config.fingerprint_dim
        ));
    }
    let inputs = read_tensors(&config.inputs, &program.entry.args, "input", &config.limits)?;
    let sampling = config.sampling.unwrap_or(SamplingParams::GREEDY);
    sampling.validate().map_err(|e| e.to_string())?;
    let outputs = match &config.outputs {
        Some(dir) => Some(read_tensors(
            dir,
            &program.entry.results,
            "output",
            &config.limits,
        )?),
        None => None,
    };
    Ok(Checked {
        graph,
        program,
        inputs,
        outputs,
        sampling,
    })
}

/// The entry point's run: its input files, the compiled module, its outputs.
pub struct Generated {
    pub input_paths: Vec<PathBuf>,
    pub vmfb: PathBuf,
    pub outputs: Vec<Vec<u8>>,
    /// Time of the generation run (none when the outputs came from elsewhere).
    pub generation: Option<Duration>,
}

/// Writes the inputs under `work`, compiles the program (or reuses it from the store's
/// cache) and runs the entry point, unless the outputs were given.
pub fn generate(config: &ProveConfig, checked: &Checked, work: &Path) -> Result<Generated, String> {
    let input_paths = loader::write_inputs(work, &checked.inputs)?;
    progress::say("prove: compiling with IREE (cached by the graph's digest)");
    let vmfb = runner::compile_cached(&checked.program.text, &config.store.join("cache"))?;
    let (outputs, generation) = match &checked.outputs {
        Some(o) => (o.clone(), None),
        None => {
            progress::say(format!("prove: running {}", config.entry));
            let start = Instant::now();
            let arrays = runner::run(
                &vmfb,
                &config.entry,
                &input_paths,
                checked.program.entry.results.len(),
                work,
                Duration::from_secs(config.limits.max_run_seconds),
            )?;
            (
                arrays.iter().map(npy::to_bytes).collect(),
                Some(start.elapsed()),
            )
        }
    };
    Ok(Generated {
        input_paths,
        vmfb,
        outputs,
        generation,
    })
}

/// Opens the store and a scratch directory, and runs `f` in them (the scratch directory is
/// removed afterwards).
pub fn in_store<T>(
    config: &ProveConfig,
    f: impl FnOnce(&Store, &Path) -> Result<T, String>,
) -> Result<T, String> {
    let store = Store::open(&config.store).map_err(|e| e.to_string())?;
    loader::with_scratch("prove", |work| f(&store, work))?
}

/// A claim over the graph, inputs and outputs, with `strategy`.
pub fn claim(
    config: &ProveConfig,
    checked: &Checked,
    outputs: &[Vec<u8>],
    strategy: Strategy,
) -> Claim {
    Claim {
        format: FORMAT.to_string(),
        graph: Digest::of(&checked.graph).to_hex(),
        entry: config.entry.clone(),
        inputs: checked
            .inputs
            .iter()
            .map(|b| Digest::of(b).to_hex())
            .collect(),
        outputs: outputs.iter().map(|b| Digest::of(b).to_hex()).collect(),
        strategy,
        device: config.device.clone(),
    }
}

/// Validates the claim, gives it its id and stores it with everything it names (and the
/// per-position data, linked to it, when given).
pub fn finish(
    store: &Store,
    proved: &mut Proved,
    checked: &Checked,
    outputs: &[Vec<u8>],
    positions: Option<Vec<u8>>,
) -> Result<(), String> {
    proved.claim.validate().map_err(|e| e.to_string())?;
    let body = proved.claim.to_json().map_err(|e| e.to_string())?;
    proved.claim_id = loader::claim_id(&proved.claim, body.as_bytes());
    store_claim(
        store,
        proved,
        &checked.graph,
        &checked.inputs,
        outputs,
        &body,
        positions,
    )
}

fn store_claim(
    store: &Store,
    proved: &Proved,
    graph: &[u8],
    inputs: &[Vec<u8>],
    outputs: &[Vec<u8>],
    body: &str,
    positions: Option<Vec<u8>>,
) -> Result<(), String> {
    let e = |e: veritor_store::Error| e.to_string();
    let graph_digest = store.put_blob(graph).map_err(e)?;
    let inputs: Vec<Digest> = inputs
        .iter()
        .map(|b| store.put_blob(b))
        .collect::<Result<_, _>>()
        .map_err(e)?;
    let outputs: Vec<Digest> = outputs
        .iter()
        .map(|b| store.put_blob(b))
        .collect::<Result<_, _>>()
        .map_err(e)?;
    let body_digest = store.put_blob(body.as_bytes()).map_err(e)?;
    let positions = positions
        .map(|p| store.put_blob(&p))
        .transpose()
        .map_err(e)?;
    let claim = &proved.claim;
    let workload = format!("{}@{}", claim.entry, &claim.graph[..16]);
    store
        .add_workload(&veritor_store::Workload::new(
            &workload,
            graph_digest,
            &claim.entry,
        ))
        .map_err(e)?;
    let (strategy, commitment) = match &claim.strategy {
        Strategy::Stamp { commitment, .. } => (
            veritor_store::Strategy::Stamp,
            Digest::parse(commitment).map_err(|e| e.to_string())?,
        ),
        _ => (veritor_store::Strategy::BitExact, body_digest),
    };
    store
        .add_claim(&veritor_store::Claim {
            id: proved.claim_id.clone(),
            workload,
            strategy,
            inputs,
            outputs,
            commitment,
            body: body_digest,
            created_ms: veritor_store::now_ms(),
        })
        .map_err(e)?;
    if let Some(p) = positions {
        store.link(Kind::Claim, &proved.claim_id, &p).map_err(e)?;
    }
    Ok(())
}
