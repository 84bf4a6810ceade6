//! `veritor open`: the prover answers a challenge with openings of the challenged positions
//! (or steps).

use std::path::PathBuf;
use std::process::ExitCode;

use veritor_exchange::{self as exchange, messages, ChallengeMessage, Limits, OpenRequest};
use veritor_protocol::claim::Claim;

#[derive(clap::Args, Debug)]
pub struct Args {
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
}

pub fn run(args: Args) -> ExitCode {
    super::exit((|| {
        let claim = Claim::read(&args.claim).map_err(|e| e.to_string())?;
        let challenge: ChallengeMessage = messages::read(&args.challenge, "challenge")?;
        let openings = exchange::open(&OpenRequest {
            store_dir: &exchange::store_path(args.store.as_deref()),
            claim: &claim,
            challenge: &challenge,
            limits: &Limits::default(),
            logits: args.logits.as_deref(),
        })?;
        messages::write(&args.output, &openings)
    })())
}
