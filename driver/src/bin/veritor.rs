//! `veritor`: the tool around the compiler. This file only parses the command line; each
//! command is a module of `veritor_driver::commands`.

use clap::{Parser, Subcommand};
use std::process::ExitCode;
use veritor_driver::commands::{
    calibrate, challenge, compile, exec, inspect, open, prove, run, verify, verify_batch,
};

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
    Compile(compile::Args),
    /// The workload store: verify, gc, put, get, ls (see `veritor store --help`)
    Store {
        /// Arguments of the store command
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print a compiled directory's manifest and check every file against its digest
    Inspect(inspect::Args),
    /// Run a compiled function on .npy inputs and write its results as .npy files
    Run(run::Args),
    /// Prover: run a workload, commit to its generated positions, store it, write a claim
    Prove(prove::Args),
    /// Prover: answer a challenge with openings of the challenged positions
    Open(open::Args),
    /// Challenger: commit to a fresh secret, then derive the challenge from it and a claim
    Challenge(challenge::Args),
    /// Verifier: check a claim (and its challenge and openings) against the store.
    /// Exit 0 accept, 1 reject, 2 cannot verify
    Verify(verify::Args),
    /// Verifier: check every claim of a batch directory exactly once, on local workers or on
    /// Ray, writing one verdict line per claim to a log that a rerun resumes
    VerifyBatch(verify_batch::Args),
    /// Measure honest prover/verifier drift (JAX CPU and IREE CPU provers, IREE CPU verifier)
    /// and write a tolerances file: thresholds = observed maximum x margin, with floors
    Calibrate(calibrate::Args),
    /// Compile a module for CPU with IREE, run it on .npy inputs, compare with expected outputs
    Exec(exec::Args),
    /// The device registry: descriptors in the store (add, list, show, datasheets, probe)
    #[command(subcommand)]
    Device(veritor_spotcheck::device_cli::DeviceCommand),
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Compile(args) => compile::run(args),
        Command::Store { args } => ExitCode::from(veritor_store::cli_main(&args) as u8),
        Command::Inspect(args) => inspect::run(args),
        Command::Run(args) => run::run(args),
        Command::Prove(args) => prove::run(args),
        Command::Open(args) => open::run(args),
        Command::Challenge(args) => challenge::run(args),
        Command::Verify(args) => verify::run(args),
        Command::VerifyBatch(args) => verify_batch::run(args),
        Command::Calibrate(args) => calibrate::run(args),
        Command::Exec(args) => exec::run(args),
        Command::Device(command) => match veritor_spotcheck::device_cli::run(command) {
            Ok(code) => ExitCode::from(code),
            Err(e) => {
                eprintln!("veritor: error: {e}");
                ExitCode::from(2)
            }
        },
    }
}
