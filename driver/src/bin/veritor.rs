//! `veritor`: the tool around the compiler.
//! - `veritor compile`: StableHLO to IREE modules for CPU and GPUs, with a manifest of digests
//!   (and optionally a linkable object file);
//! - `veritor inspect`: prints a compiled directory's manifest and checks it against its files;
//! - `veritor run`: runs a compiled function on `.npy` inputs;
//! - `veritor store`: the content-addressed workload store (`verify`, `gc`, `put`, `get`, `ls`);
//! - `veritor prove`, `veritor open`, `veritor challenge`, `veritor verify`: the verification
//!   exchange (docs/protocol.md);
//! - `veritor exec`: compiles for CPU, runs, and compares with expected outputs (how every
//!   rewrite is proven by execution).

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use veritor_driver::compile::{self, CompileConfig};
use veritor_driver::protocol::{self, Limits, Tolerances};
use veritor_iree::compare::Tolerance;
use veritor_iree::exec;
use veritor_protocol::claim::Claim;
use veritor_protocol::sampling::SamplingParams;

#[derive(Parser, Debug)]
#[command(
    name = "veritor",
    version,
    about = "Verifiable ML workloads: run and check compiled programs"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Compile StableHLO with IREE for one or more targets, with a manifest of digests
    Compile {
        /// StableHLO module (generic or pretty form)
        input: String,
        /// Target: cpu, cpu:<llvm cpu>, cuda:sm_<NN>, rocm:gfx<NNN>, vulkan:<target> (repeatable)
        #[arg(long = "target", short = 't', required = true)]
        targets: Vec<String>,
        /// Output directory
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Veritor pass pipeline run before IREE (veritor-check-legal always runs last)
        #[arg(long, default_value = veritor_driver::compile::DEFAULT_PIPELINE)]
        pipeline: String,
        /// Also write module-<target>.o, a relocatable object holding the vmfb and the manifest
        #[arg(long = "emit-object")]
        emit_object: bool,
        /// Extra flag for iree-compile (repeatable)
        #[arg(long = "iree-flag", allow_hyphen_values = true)]
        iree_flags: Vec<String>,
    },
    /// The workload store: verify, gc, put, get, ls (see `veritor store --help`)
    Store {
        /// Arguments of the store command
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print a compiled directory's manifest and check every file against its digest
    Inspect {
        /// Directory written by `veritor compile`
        dir: PathBuf,
    },
    /// Run a compiled function on .npy inputs and write its results as .npy files
    Run {
        /// A .vmfb written by `veritor compile`
        module: PathBuf,
        /// Input .npy files, in argument order
        #[arg(long = "input", short = 'i')]
        inputs: Vec<PathBuf>,
        /// Directory for the results (00.npy, 01.npy, ...)
        #[arg(long = "outputs", short = 'o')]
        outputs: PathBuf,
        /// Function to run
        #[arg(long, default_value = "main")]
        function: String,
        /// IREE device: local-task, local-sync, cuda, hip, vulkan
        #[arg(long, default_value = "local-task")]
        device: String,
        /// Number of results (default: from the manifest beside the module)
        #[arg(long = "num-results")]
        num_results: Option<usize>,
    },
    /// Prover: run a workload, commit to its generated positions, store it, write a claim
    Prove {
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
        #[command(flatten)]
        train: TrainArgs,
    },
    /// Prover: answer a challenge with openings of the challenged positions
    Open {
        /// The claim written by `veritor prove`
        #[arg(long)]
        claim: PathBuf,
        /// The challenge written by `veritor challenge derive`
        #[arg(long)]
        challenge: PathBuf,
        /// The teacher-forced logits given to `prove --logits` (the prover's own)
        #[arg(long)]
        logits: Option<PathBuf>,
        /// Store directory (default: $VERITOR_STORE, else ./.veritor)
        #[arg(long)]
        store: Option<PathBuf>,
        /// Where to write the openings (`-`: stdout)
        #[arg(short = 'o', long = "output", default_value = "-")]
        output: PathBuf,
    },
    /// Challenger: commit to a fresh secret, then derive the challenge from it and a claim
    Challenge {
        #[command(subcommand)]
        action: ChallengeAction,
    },
    /// Verifier: check a claim (and its challenge and openings) against the store.
    /// Exit 0 accept, 1 reject, 2 cannot verify
    Verify {
        /// The claim
        #[arg(long)]
        claim: PathBuf,
        /// The challenge (stamp claims)
        #[arg(long)]
        challenge: Option<PathBuf>,
        /// The prover's openings (stamp claims)
        #[arg(long)]
        openings: Option<PathBuf>,
        /// The secret commitment published before the claim (hex); checked when given
        #[arg(long = "secret-commitment")]
        secret_commitment: Option<String>,
        /// Store directory (default: $VERITOR_STORE, else ./.veritor)
        #[arg(long)]
        store: Option<PathBuf>,
        /// Also write the verdict as JSON here (`-`: stdout, instead of the summary)
        #[arg(long)]
        json: Option<PathBuf>,
        /// Longest run of the re-executed program, in seconds
        #[arg(long = "max-run-seconds", default_value_t = 600)]
        max_run_seconds: u64,
        /// Tolerances file (veritor-tolerances/1, from `veritor calibrate`); default: the
        /// built-in calibration (driver/src/protocol/calibrated.json)
        #[arg(long)]
        tolerances: Option<PathBuf>,
    },
    /// Measure honest prover/verifier drift (JAX CPU and IREE CPU provers, IREE CPU verifier)
    /// and write a tolerances file: thresholds = observed maximum x margin, with floors
    Calibrate {
        /// Decode programs, as paths without extension (repeatable; default: the tiny
        /// greedy_full, greedy_kv and decode/canonical_sampled)
        #[arg(long = "program")]
        programs: Vec<PathBuf>,
        /// Random prompts (requests) per program
        #[arg(long, default_value_t = 100)]
        requests: usize,
        /// Seed of the random prompts
        #[arg(long = "prompt-seed", default_value_t = 0)]
        prompt_seed: u64,
        /// Threshold = observed maximum times this
        #[arg(long, default_value_t = 10.0)]
        margin: f64,
        /// Python with JAX
        #[arg(long, default_value = ".venv/bin/python")]
        python: PathBuf,
        /// The JAX prover script
        #[arg(long = "jax-prover", default_value = "examples/jax_prover.py")]
        jax_prover: PathBuf,
        /// Store directory, for its compile cache (default: $VERITOR_STORE, else ./.veritor)
        #[arg(long)]
        store: Option<PathBuf>,
        /// Where to write the tolerances file (`-`: stdout)
        #[arg(short = 'o', long = "output", default_value = "-")]
        output: PathBuf,
    },
    /// Compile a module for CPU with IREE, run it on .npy inputs, compare with expected outputs
    Exec {
        /// StableHLO module (generic or pretty form, as IREE reads both)
        module: PathBuf,
        /// Directory of input .npy files, in argument order (sorted by name)
        #[arg(long)]
        inputs: PathBuf,
        /// Directory of expected output .npy files, in result order
        #[arg(long)]
        expected: PathBuf,
        /// Function to run
        #[arg(long, default_value = "main")]
        function: String,
        /// Relative tolerance for floating-point results (integers are always exact)
        #[arg(long, default_value_t = 1e-6)]
        rtol: f64,
        /// Absolute tolerance for floating-point results
        #[arg(long, default_value_t = 1e-6)]
        atol: f64,
        /// Where to keep the compiled module and outputs (default: a fresh temporary directory)
        #[arg(long)]
        work_dir: Option<PathBuf>,
    },
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
    tamper: Option<protocol::training::Tamper>,
}

#[allow(clippy::too_many_arguments)]
fn prove_training(
    graph: PathBuf,
    inputs: PathBuf,
    entry: String,
    steps: u64,
    train: TrainArgs,
    fingerprint_dim: u32,
    store: Option<PathBuf>,
    output: PathBuf,
) -> ExitCode {
    let config = protocol::training::TrainConfig {
        graph,
        inputs,
        entry,
        steps,
        data_seed: train.data_seed,
        vocab: train.vocab,
        lr: train.lr,
        fingerprint_dim,
        store: protocol::store_path(store.as_deref()),
        limits: Limits::default(),
        tamper: train.tamper,
    };
    match protocol::training::prove(&config) {
        Ok(p) => {
            if let Err(e) = protocol::messages::write(&output, &p.claim) {
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
        Err(e) => fail(e),
    }
}

#[derive(Subcommand, Debug)]
enum ChallengeAction {
    /// Draw a fresh 32-byte secret into FILE (never overwritten) and print its commitment
    Commit {
        /// Where to keep the secret
        #[arg(long)]
        secret: PathBuf,
    },
    /// Derive the challenge for a claim from the secret (reveals the secret)
    Derive {
        /// The secret file written by `challenge commit`
        #[arg(long)]
        secret: PathBuf,
        /// The claim
        #[arg(long)]
        claim: PathBuf,
        /// Number of positions to open (all of them when the claim has fewer)
        #[arg(long, default_value_t = 64)]
        open: u64,
        /// Number of training steps to replay (training_replay claims; all when fewer)
        #[arg(long = "open-steps", default_value_t = 2)]
        open_steps: u64,
        /// Where to write the challenge (`-`: stdout)
        #[arg(short = 'o', long = "output", default_value = "-")]
        output: PathBuf,
    },
}

/// Prints a one-line error and returns exit code 2.
fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("veritor: error: {message}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Prove {
            graph,
            inputs,
            outputs,
            logits,
            request,
            seed,
            temperature,
            top_k,
            top_p,
            fingerprint_dim,
            entry,
            store,
            output,
            train,
        } => {
            if let Some(steps) = train.train_steps {
                return prove_training(
                    graph,
                    inputs,
                    entry,
                    steps,
                    train,
                    fingerprint_dim,
                    store,
                    output,
                );
            }
            let config = protocol::prove::ProveConfig {
                graph,
                inputs,
                outputs,
                entry,
                request,
                seed,
                sampling: temperature.map(|temperature| SamplingParams {
                    temperature,
                    top_k,
                    top_p,
                }),
                fingerprint_dim,
                store: protocol::store_path(store.as_deref()),
                limits: Limits::default(),
            };
            match protocol::prove::prove_with_logits(&config, logits.as_deref()) {
                Ok(p) => {
                    if let Err(e) = protocol::messages::write(&output, &p.claim) {
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
                Err(e) => fail(e),
            }
        }
        Command::Open {
            claim,
            challenge,
            logits,
            store,
            output,
        } => {
            let result = (|| {
                let claim = Claim::read(&claim).map_err(|e| e.to_string())?;
                let challenge: protocol::ChallengeMessage =
                    protocol::messages::read(&challenge, "challenge")?;
                let openings = protocol::prove::open_with_logits(
                    &protocol::store_path(store.as_deref()),
                    &claim,
                    &challenge,
                    &Limits::default(),
                    logits.as_deref(),
                )?;
                protocol::messages::write(&output, &openings)
            })();
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(e),
            }
        }
        Command::Challenge { action } => match action {
            ChallengeAction::Commit { secret } => match protocol::challenge::commit(&secret) {
                Ok(c) => {
                    println!("{}", veritor_protocol::hex::encode(&c));
                    ExitCode::SUCCESS
                }
                Err(e) => fail(e),
            },
            ChallengeAction::Derive {
                secret,
                claim,
                open,
                open_steps,
                output,
            } => {
                let result = (|| {
                    let secret = protocol::challenge::read_secret(&secret)?;
                    let claim = Claim::read(&claim).map_err(|e| e.to_string())?;
                    let open = match claim.strategy {
                        veritor_protocol::claim::Strategy::TrainingReplay { .. } => open_steps,
                        _ => open,
                    };
                    let message = protocol::challenge::derive(&secret, &claim, open)?;
                    protocol::messages::write(&output, &message)
                })();
                match result {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(e) => fail(e),
                }
            }
        },
        Command::Verify {
            claim,
            challenge,
            openings,
            secret_commitment,
            store,
            json,
            max_run_seconds,
            tolerances,
        } => verify_command(
            &claim,
            challenge.as_deref(),
            openings.as_deref(),
            secret_commitment.as_deref(),
            store.as_deref(),
            json.as_deref(),
            max_run_seconds,
            tolerances.as_deref(),
        ),
        Command::Calibrate {
            programs,
            requests,
            prompt_seed,
            margin,
            python,
            jax_prover,
            store,
            output,
        } => {
            let programs = if programs.is_empty() {
                [
                    "tiny/greedy_full",
                    "tiny/greedy_kv",
                    "decode/canonical_sampled",
                ]
                .iter()
                .map(|p| PathBuf::from("examples").join(p))
                .collect()
            } else {
                programs
            };
            let config = protocol::calibrate::CalibrateConfig {
                programs,
                requests,
                prompt_seed,
                margin,
                floors: protocol::calibrate::FLOORS,
                python,
                jax_prover,
                cache: protocol::store_path(store.as_deref()).join("cache"),
                projection_seeds: 3,
                fingerprint_dim: 16,
            };
            match protocol::calibrate::calibrate(&config).and_then(|c| {
                eprint!("{}", c.summary());
                protocol::messages::write(&output, &c.file()?)
            }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(e),
            }
        }
        Command::Compile {
            input,
            targets,
            output,
            pipeline,
            emit_object,
            iree_flags,
        } => {
            let config = CompileConfig {
                input,
                targets,
                out_dir: output,
                pipeline,
                emit_object,
                iree_flags,
            };
            ExitCode::from(compile::run(&config) as u8)
        }
        Command::Store { args } => ExitCode::from(veritor_store::cli_main(&args) as u8),
        Command::Inspect { dir } => ExitCode::from(veritor_driver::manifest::inspect(&dir) as u8),
        Command::Run {
            module,
            inputs,
            outputs,
            function,
            device,
            num_results,
        } => ExitCode::from(veritor_driver::manifest::run_module(
            &module,
            &inputs,
            &outputs,
            &function,
            &device,
            num_results,
        ) as u8),
        Command::Exec {
            module,
            inputs,
            expected,
            function,
            rtol,
            atol,
            work_dir,
        } => {
            let work = work_dir.unwrap_or_else(|| {
                std::env::temp_dir().join(format!("veritor-exec-{}", std::process::id()))
            });
            exec_and_compare(
                &module,
                &function,
                &inputs,
                &expected,
                &work,
                Tolerance { rtol, atol },
            )
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn verify_command(
    claim: &std::path::Path,
    challenge: Option<&std::path::Path>,
    openings: Option<&std::path::Path>,
    secret_commitment: Option<&str>,
    store: Option<&std::path::Path>,
    json: Option<&std::path::Path>,
    max_run_seconds: u64,
    tolerances: Option<&std::path::Path>,
) -> ExitCode {
    let tolerances = match tolerances.map(Tolerances::read).transpose() {
        Ok(t) => t.unwrap_or_default(),
        Err(e) => return fail(e),
    };
    let limits = Limits {
        max_run_seconds,
        ..Limits::default()
    };
    let store_dir = protocol::store_path(store);
    let verdict = (|| -> Result<protocol::Verdict, String> {
        let claim = Claim::read(claim).map_err(|e| e.to_string())?;
        let challenge: Option<protocol::ChallengeMessage> = challenge
            .map(|p| protocol::messages::read(p, "challenge"))
            .transpose()?;
        let openings: Option<protocol::OpeningsMessage> = openings
            .map(|p| protocol::messages::read(p, "openings"))
            .transpose()?;
        let secret_commitment = secret_commitment
            .map(|h| {
                veritor_protocol::hex::decode(h).map_err(|e| format!("--secret-commitment: {e}"))
            })
            .transpose()?;
        let store = veritor_store::Store::open_existing(&store_dir).map_err(|e| e.to_string())?;
        let request = protocol::verify::Request {
            claim: &claim,
            challenge: challenge.as_ref(),
            openings: openings.as_ref(),
            secret_commitment,
        };
        Ok(protocol::verify_claim(
            &store,
            &store_dir.join("cache"),
            &request,
            &tolerances,
            &limits,
        ))
    })()
    .unwrap_or_else(|e| protocol::Verdict::cannot_verify(e, &tolerances));
    match json {
        Some(p) if p == std::path::Path::new("-") => {
            if let Err(e) = protocol::messages::write(p, &verdict) {
                return fail(e);
            }
        }
        Some(p) => {
            print!("{}", verdict.summary());
            if let Err(e) = protocol::messages::write(p, &verdict) {
                return fail(e);
            }
        }
        None => print!("{}", verdict.summary()),
    }
    if verdict.outcome != protocol::Outcome::Accept {
        if let Some(first) = verdict.reasons.first() {
            eprintln!(
                "veritor: {}: {first}",
                match verdict.outcome {
                    protocol::Outcome::Reject => "rejected",
                    _ => "cannot verify",
                }
            );
        }
    }
    ExitCode::from(verdict.outcome.exit_code())
}

fn exec_and_compare(
    module: &std::path::Path,
    function: &str,
    inputs: &std::path::Path,
    expected: &std::path::Path,
    work: &std::path::Path,
    tolerance: Tolerance,
) -> ExitCode {
    if let Err(e) = std::fs::create_dir_all(work) {
        eprintln!("veritor: error: cannot create {}: {e}", work.display());
        return ExitCode::from(2);
    }
    let reports = match exec::check_cpu(module, function, inputs, expected, work, tolerance) {
        Ok(reports) => reports,
        Err(e) => {
            eprintln!("veritor: error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut all_equal = true;
    for (path, result) in reports {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match result {
            Ok(s) => println!(
                "  {name}: equal ({} elements, max abs err {:.3e}, max rel err {:.3e})",
                s.elements, s.max_abs_err, s.max_rel_err
            ),
            Err(m) => {
                all_equal = false;
                println!("  {name}: DIFFERENT: {m}");
            }
        }
    }
    if all_equal {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
