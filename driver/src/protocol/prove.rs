//! The prover: run a workload, commit to its generated positions, store everything and write
//! a claim ([`prove`]); after the challenge, open the challenged positions ([`open`]).
//!
//! Every input is checked (graph against the allowlist and bounds, every `.npy` against the
//! graph's signature) before the store is opened, so bad input changes nothing there.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use veritor_iree::exec;
use veritor_iree::npy::{self, Array, DType};
use veritor_protocol::claim::{Claim, Strategy, FORMAT, MAX_FINGERPRINT_DIM};
use veritor_protocol::commitment::{Opening, Tree};
use veritor_protocol::hex;
use veritor_protocol::sampling::SamplingParams;
use veritor_store::{Digest, Field, Kind, Store};

use super::messages::{self, ChallengeMessage, OpeningsMessage, PositionsData};
use super::workload::{self, Program, Signature, TensorSpec};
use super::{runner, Limits};

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

/// The id of a claim in the store: its strategy and the digest of its body. The body names
/// the graph, the inputs and (for `stamp`) the commitment root, so two workloads that commit
/// to the same tokens (a full-recompute and a KV-cache decoder on the same prompt) get
/// different ids.
pub fn claim_id(claim: &Claim, body: &[u8]) -> String {
    format!("{}-{}", claim.strategy.kind(), Digest::of(body).to_hex())
}

/// The roles the teacher-forced function's arguments and results play.
pub struct Layout {
    /// Index of the entry point's result that holds the token buffer.
    pub tokens: usize,
    /// The token buffer's spec (`[B, L]` integers).
    pub teacher: TensorSpec,
    /// Index of the canonical noise argument (`f32[B, L, V]`), when there is one.
    pub noise: Option<usize>,
    /// Number of results of the teacher-forced function.
    pub results: usize,
}

/// Reads the roles from the signatures: `@F_teacher_forced(args..., teacher) ->
/// (predicted, logits[, stop])`.
pub fn layout(program: &Program) -> Result<Option<Layout>, String> {
    let Some(tf) = &program.teacher_forced else {
        return Ok(None);
    };
    let n = program.entry.args.len();
    let (Some(teacher), Some(logits)) = (tf.args.get(n), tf.results.get(1)) else {
        return Err("the teacher-forced function has an unexpected signature".to_string());
    };
    if tf.args.len() != n + 1 || tf.results.len() < 2 || logits.shape.len() != 3 {
        return Err("the teacher-forced function has an unexpected signature".to_string());
    }
    let tokens = program
        .entry
        .results
        .iter()
        .position(|r| r == teacher)
        .ok_or_else(|| format!("no result of the entry point is the token buffer {teacher}"))?;
    let noise_spec = TensorSpec {
        dtype: DType::F32,
        shape: logits.shape.clone(),
    };
    let noise: Vec<usize> = (0..n)
        .filter(|&i| program.entry.args[i] == noise_spec)
        .collect();
    if noise.len() > 1 {
        return Err(format!(
            "arguments {noise:?} all have the shape of a noise input {noise_spec}: ambiguous"
        ));
    }
    Ok(Some(Layout {
        tokens,
        teacher: teacher.clone(),
        noise: noise.first().copied(),
        results: tf.results.len(),
    }))
}

pub(super) fn read_limited(path: &Path, limit: u64, what: &str) -> Result<Vec<u8>, String> {
    let size = std::fs::metadata(path)
        .map_err(|e| format!("{}: cannot read {what}: {e}", path.display()))?
        .len();
    if size > limit {
        return Err(format!(
            "{}: {what} is {size} bytes, more than the limit of {limit}",
            path.display()
        ));
    }
    std::fs::read(path).map_err(|e| format!("{}: cannot read {what}: {e}", path.display()))
}

/// Reads a directory of `.npy` files and checks each against `specs`.
pub(super) fn read_tensors(
    dir: &Path,
    specs: &[TensorSpec],
    what: &str,
    limits: &Limits,
) -> Result<Vec<Vec<u8>>, String> {
    let files = exec::npy_files(dir).map_err(|e| e.to_string())?;
    if files.len() != specs.len() {
        return Err(format!(
            "{}: {} {what} files, the graph has {}",
            dir.display(),
            files.len(),
            specs.len()
        ));
    }
    files
        .iter()
        .zip(specs)
        .map(|(f, spec)| {
            let bytes = read_limited(f, limits.max_tensor_bytes + 4096, what)?;
            super::check_npy(&bytes, &f.display().to_string(), spec)?;
            Ok(bytes)
        })
        .collect()
}

/// Runs the workload, commits, stores and returns the claim (see the module documentation).
pub fn prove(config: &ProveConfig) -> Result<Proved, String> {
    prove_with_logits(config, None)
}

/// [`prove`], with the teacher-forced logits (`f32[B, L, V]`, the layout of the graph's
/// `@F_teacher_forced` logits) computed by the prover elsewhere (e.g. by JAX,
/// `examples/jax_prover.py --logits`) when `logits` is given: the generated positions and the
/// committed fingerprints then come from them, and IREE runs nothing (no disagreement count).
pub fn prove_with_logits(config: &ProveConfig, logits: Option<&Path>) -> Result<Proved, String> {
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
    let layout = layout(&program)?;
    let mut inputs = read_tensors(&config.inputs, &program.entry.args, "input", &config.limits)?;
    let sampling = config.sampling.unwrap_or(SamplingParams::GREEDY);
    sampling.validate().map_err(|e| e.to_string())?;
    if let Some(l) = &layout {
        match (l.noise, sampling.is_greedy()) {
            (Some(i), false) => {
                let noise = super::canonical_noise(
                    config.seed,
                    config.request,
                    &program.entry.args[i].shape,
                );
                inputs[i] = npy::to_bytes(&noise);
            }
            (Some(i), true) => {
                return Err(format!(
                    "argument {i} is a canonical noise input {}: a sampled program needs \
                     --temperature (and --top-k, --top-p as the graph samples)",
                    program.entry.args[i]
                ))
            }
            (None, false) => {
                return Err(format!(
                    "sampling with temperature {} needs a program whose noise is an input \
                     (an argument f32[B, L, V], the canonical Gumbel noise); this one has none",
                    sampling.temperature
                ))
            }
            (None, true) => {}
        }
    }
    let logits = match (logits, &layout, &program.teacher_forced) {
        (Some(p), Some(_), Some(tf)) => {
            let bytes = read_limited(p, config.limits.max_tensor_bytes + 4096, "logits")?;
            Some(super::parse_npy(
                &bytes,
                &p.display().to_string(),
                Some(&tf.results[1]),
            )?)
        }
        (Some(p), _, _) => {
            return Err(format!(
                "{}: --logits is for decode programs (with a teacher-forced form)",
                p.display()
            ))
        }
        _ => None,
    };
    let outputs = match &config.outputs {
        Some(dir) => Some(read_tensors(
            dir,
            &program.entry.results,
            "output",
            &config.limits,
        )?),
        None => None,
    };

    // Everything is checked: run.
    let store = Store::open(&config.store).map_err(|e| e.to_string())?;
    let work = super::scratch("prove")?;
    let result = run_and_commit(
        config,
        &program,
        layout.as_ref(),
        &inputs,
        outputs,
        logits,
        &store,
        &work,
        &graph,
        sampling,
    );
    let _ = std::fs::remove_dir_all(&work);
    result
}

#[allow(clippy::too_many_arguments)]
fn run_and_commit(
    config: &ProveConfig,
    program: &Program,
    layout: Option<&Layout>,
    inputs: &[Vec<u8>],
    outputs: Option<Vec<Vec<u8>>>,
    logits: Option<Array>,
    store: &Store,
    work: &Path,
    graph: &[u8],
    sampling: SamplingParams,
) -> Result<Proved, String> {
    let limit = Duration::from_secs(config.limits.max_run_seconds);
    let mut input_paths = Vec::new();
    for (i, bytes) in inputs.iter().enumerate() {
        let p = work.join(format!("in{i:03}.npy"));
        std::fs::write(&p, bytes).map_err(|e| format!("{}: {e}", p.display()))?;
        input_paths.push(p);
    }
    let vmfb = runner::compile_cached(&program.text, &config.store.join("cache"))?;
    let mut generation = None;
    let outputs = match outputs {
        Some(o) => o,
        None => {
            let start = Instant::now();
            let arrays = runner::run(
                &vmfb,
                &config.entry,
                &input_paths,
                program.entry.results.len(),
                work,
                limit,
            )?;
            generation = Some(start.elapsed());
            arrays.iter().map(npy::to_bytes).collect()
        }
    };
    let mut proved = Proved {
        claim: Claim {
            format: FORMAT.to_string(),
            graph: Digest::of(graph).to_hex(),
            entry: config.entry.clone(),
            inputs: inputs.iter().map(|b| Digest::of(b).to_hex()).collect(),
            outputs: outputs.iter().map(|b| Digest::of(b).to_hex()).collect(),
            strategy: Strategy::BitExact {},
        },
        claim_id: String::new(),
        positions: 0,
        disagreements: 0,
        generation,
        teacher_forced: None,
    };
    let mut positions_blob = None;
    if let Some(l) = layout {
        let tokens_path = work.join("teacher.npy");
        std::fs::write(&tokens_path, &outputs[l.tokens]).map_err(|e| e.to_string())?;
        let seed = super::commit_projection_seed(config.seed, config.request);
        let all_tokens =
            super::i32_values(&npy::parse(&outputs[l.tokens]).map_err(|e| e.to_string())?);
        let scores = match logits {
            Some(given) => given,
            None => {
                let mut tf_inputs = input_paths.to_vec();
                tf_inputs.push(tokens_path);
                let start = Instant::now();
                let tf = runner::run(
                    &vmfb,
                    &workload::teacher_forced_name(&config.entry),
                    &tf_inputs,
                    l.results,
                    work,
                    limit,
                )?;
                proved.teacher_forced = Some(start.elapsed());
                let predicted = super::i32_values(&tf[0]);
                proved.disagreements = super::generated_positions(&tf[1])
                    .iter()
                    .filter(|&&p| predicted[p as usize] != all_tokens[p as usize])
                    .count();
                tf.into_iter().nth(1).expect("layout checked two results")
            }
        };
        let positions = super::generated_positions(&scores);
        let tokens: Vec<i32> = positions.iter().map(|&p| all_tokens[p as usize]).collect();
        let fingerprints = super::fingerprints(&scores, &positions, seed, config.fingerprint_dim);
        let tree =
            Tree::for_request(config.request, &tokens, &fingerprints).map_err(|e| e.to_string())?;
        proved.positions = positions.len();
        proved.claim.strategy = Strategy::Stamp {
            sampling,
            seed: config.seed,
            request: config.request,
            positions: positions.len() as u64,
            commitment: hex::encode(&tree.root()),
            fingerprint_dim: config.fingerprint_dim,
        };
        let data = PositionsData {
            format: messages::POSITIONS_FORMAT.to_string(),
            request: config.request,
            projection_seed: seed,
            positions,
            tokens,
            fingerprints,
        };
        positions_blob = Some(serde_json::to_vec(&data).map_err(|e| e.to_string())?);
    }
    proved.claim.validate().map_err(|e| e.to_string())?;
    let body = proved.claim.to_json().map_err(|e| e.to_string())?;
    proved.claim_id = claim_id(&proved.claim, body.as_bytes());
    store_claim(
        store,
        &proved,
        graph,
        inputs,
        &outputs,
        &body,
        positions_blob,
    )?;
    Ok(proved)
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
            Digest::parse(commitment).map_err(e)?,
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
    let (program, inputs, outputs) = load_blobs_cached(store, claim, limits, Some(cache))?;
    let layout = layout(&program)?.ok_or_else(|| {
        format!(
            "graph {}: @{} is not a decode program (no teacher-forced form), not a stamp claim",
            claim.graph, claim.entry
        )
    })?;
    let mut input_paths = Vec::new();
    for (i, bytes) in inputs.iter().enumerate() {
        let p = work.join(format!("in{i:03}.npy"));
        std::fs::write(&p, bytes).map_err(|e| format!("{}: {e}", p.display()))?;
        input_paths.push(p);
    }
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

/// A claim's program, and its inputs' and outputs' `.npy` bytes.
pub type Loaded = (Program, Vec<Vec<u8>>, Vec<Vec<u8>>);

/// Reads and checks a claim's graph, inputs and outputs from the store (every read hashes
/// the blob again); the graph is checked against the allowlist and bounds before anything
/// else, the tensors against its signature.
pub fn load_blobs(store: &Store, claim: &Claim, limits: &Limits) -> Result<Loaded, String> {
    load_blobs_cached(store, claim, limits, None)
}

/// [`load_blobs`], the checked and transformed program kept in `cache` when given
/// ([`workload::load_cached`]).
pub fn load_blobs_cached(
    store: &Store,
    claim: &Claim,
    limits: &Limits,
    cache: Option<&Path>,
) -> Result<Loaded, String> {
    let e = |e: veritor_store::Error| e.to_string();
    let digest = |d: &str| Digest::parse(d).map_err(e);
    let graph = store.get_blob(&digest(&claim.graph)?).map_err(e)?;
    let text =
        std::str::from_utf8(&graph).map_err(|_| format!("graph {}: not UTF-8", claim.graph))?;
    let name = format!("graph-{}.mlir", &claim.graph[..16]);
    let program = match cache {
        Some(c) => workload::load_cached(text, &name, &claim.entry, limits, c)?,
        None => workload::load(text, &name, &claim.entry, limits)?,
    };
    let check =
        |list: &[String], specs: &[TensorSpec], what: &str| -> Result<Vec<Vec<u8>>, String> {
            if list.len() != specs.len() {
                return Err(format!(
                    "the claim names {} {what}s, the graph's @{} has {}",
                    list.len(),
                    claim.entry,
                    specs.len()
                ));
            }
            list.iter()
                .zip(specs)
                .enumerate()
                .map(|(i, (d, spec))| {
                    let bytes = store.get_blob(&digest(d)?).map_err(e)?;
                    super::check_npy(&bytes, &format!("{what} {i} ({d})"), spec)?;
                    Ok(bytes)
                })
                .collect()
        };
    let Signature { args, results } = &program.entry;
    let inputs = check(&claim.inputs, args, "input")?;
    let outputs = check(&claim.outputs, results, "output")?;
    Ok((program, inputs, outputs))
}

/// The prover's answer to a challenge: an opening of every challenged position (from the
/// per-position data stored with the claim) and its fingerprint recomputed under the
/// challenge's projection seed (a teacher-forced run on the committed tokens).
pub fn open(
    store_dir: &Path,
    claim: &Claim,
    challenge: &ChallengeMessage,
    limits: &Limits,
) -> Result<OpeningsMessage, String> {
    open_with_logits(store_dir, claim, challenge, limits, None)
}

/// [`open`], with the prover's teacher-forced logits computed elsewhere (as given to
/// [`prove_with_logits`]) when `logits` is given: the fingerprints under the challenge's seed
/// are projected from them, and IREE runs nothing.
pub fn open_with_logits(
    store_dir: &Path,
    claim: &Claim,
    challenge: &ChallengeMessage,
    limits: &Limits,
    logits: Option<&Path>,
) -> Result<OpeningsMessage, String> {
    if let Strategy::TrainingReplay { .. } = &claim.strategy {
        return super::training::open(store_dir, claim, challenge);
    }
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
    let id = claim_id(claim, body.as_bytes());
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
            let a = super::parse_npy(&bytes, &p.display().to_string(), None)?;
            let rows = a.shape[..a.shape.len().saturating_sub(1)]
                .iter()
                .product::<usize>();
            if a.dtype != DType::F32
                || a.shape.len() != 3
                || data.positions.iter().any(|&f| f as usize >= rows)
            {
                return Err(format!(
                    "{}: the logits are not f32[B, L, V] covering the claim's positions",
                    p.display()
                ));
            }
            Ok(a)
        })
        .transpose()?;
    let work = super::scratch("open")?;
    let result = (|| {
        let scores = match given {
            Some(a) => a,
            None => {
                let stored = load_stored(&store, &store_dir.join("cache"), claim, &work, limits)?;
                let mut inputs = stored.input_paths.clone();
                inputs.push(stored.teacher_path.clone());
                let tf = runner::run(
                    &stored.vmfb,
                    &workload::teacher_forced_name(&claim.entry),
                    &inputs,
                    stored.layout.results,
                    &work,
                    Duration::from_secs(limits.max_run_seconds),
                )?;
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
            fingerprints: super::fingerprints(
                &scores,
                &flat,
                challenge.challenge.projection_seed,
                *fingerprint_dim,
            ),
            steps: Vec::new(),
        })
    })();
    let _ = std::fs::remove_dir_all(&work);
    result
}

/// Reads the token buffer (`[B, L]`) of an output blob.
pub fn token_buffer(bytes: &[u8]) -> Result<Array, String> {
    npy::parse(bytes).map_err(|e| e.to_string())
}
