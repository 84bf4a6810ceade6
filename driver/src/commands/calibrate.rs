//! `veritor calibrate`: measures honest prover/verifier drift (JAX CPU and IREE CPU provers,
//! IREE CPU verifier) and writes a tolerances file.

use std::path::PathBuf;
use std::process::ExitCode;

use veritor_exchange::calibrate::{self, CalibrateConfig};
use veritor_exchange::{self as exchange, messages};

#[derive(clap::Args, Debug)]
pub struct Args {
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
}

/// The programs calibrated when none is named.
const DEFAULT_PROGRAMS: [&str; 3] = [
    "tiny/greedy_full",
    "tiny/greedy_kv",
    "decode/canonical_sampled",
];

pub fn run(args: Args) -> ExitCode {
    let programs = if args.programs.is_empty() {
        DEFAULT_PROGRAMS
            .iter()
            .map(|p| PathBuf::from("examples").join(p))
            .collect()
    } else {
        args.programs
    };
    let config = CalibrateConfig {
        programs,
        requests: args.requests,
        prompt_seed: args.prompt_seed,
        margin: args.margin,
        floors: calibrate::FLOORS,
        python: args.python,
        jax_prover: args.jax_prover,
        cache: exchange::store_path(args.store.as_deref()).join("cache"),
        projection_seeds: 3,
        fingerprint_dim: 16,
    };
    let calibration = calibrate::calibrate(&config);
    exchange::progress::clear();
    super::exit(calibration.and_then(|c| {
        eprint!("{}", c.summary());
        messages::write(&args.output, &c.file()?)
    }))
}
