//! `veritor challenge commit | derive`: the challenger commits to a fresh secret before the
//! claim, then derives the challenge from the secret and the claim.

use std::path::PathBuf;
use std::process::ExitCode;

use veritor_exchange::{self as exchange, messages, secret};
use veritor_protocol::claim::Claim;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand, Debug)]
enum Action {
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

pub fn run(args: Args) -> ExitCode {
    match args.action {
        Action::Commit { secret } => super::exit(secret::commit(&secret).map(|c| {
            println!("{}", veritor_protocol::hex::encode(&c));
        })),
        Action::Derive {
            secret,
            claim,
            open,
            open_steps,
            output,
        } => super::exit((|| {
            let secret = secret::read_secret(&secret)?;
            let claim = Claim::read(&claim).map_err(|e| e.to_string())?;
            let message = exchange::derive_challenge(&secret, &claim, open, open_steps)?;
            messages::write(&output, &message)
        })()),
    }
}
