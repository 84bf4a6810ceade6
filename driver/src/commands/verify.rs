//! `veritor verify`: the verifier checks a claim (and its challenge and openings) against the
//! store. Exit 0 accept, 1 reject, 2 cannot verify.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use veritor_exchange::{
    self as exchange, messages, ChallengeMessage, Limits, OpeningsMessage, Outcome, Request,
    Tolerances, Verdict,
};
use veritor_protocol::claim::Claim;

use super::fail;
use crate::report;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The claim
    #[arg(long)]
    claim: PathBuf,
    /// The challenge (stamp and training claims; checked when given for bit_exact ones)
    #[arg(long)]
    challenge: Option<PathBuf>,
    /// The prover's openings (as the challenge)
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
    /// Also write the verdict as one self-contained HTML page here: the decision, the claim's
    /// digests, a chart of the opened positions (or the replayed training steps)
    #[arg(long)]
    html: Option<PathBuf>,
    /// Longest run of the re-executed program, in seconds
    #[arg(long = "max-run-seconds", default_value_t = 600)]
    max_run_seconds: u64,
    /// Tolerances file (veritor-tolerances/1, from `veritor calibrate`); default: the
    /// built-in calibration (protocol/src/calibrated.json)
    #[arg(long)]
    tolerances: Option<PathBuf>,
}

pub fn run(args: Args) -> ExitCode {
    let tolerances = match args.tolerances.as_deref().map(Tolerances::read).transpose() {
        Ok(t) => t.unwrap_or_default(),
        Err(e) => return fail(e),
    };
    let claim = Claim::read(&args.claim);
    let verdict = match &claim {
        Ok(claim) => verdict(&args, claim, &tolerances),
        Err(e) => Err(e.to_string()),
    }
    .unwrap_or_else(|e| Verdict::cannot_verify(e, &tolerances));
    if let Err(e) = report(&verdict, args.json.as_deref()) {
        return fail(e);
    }
    if let Some(path) = &args.html {
        if let Err(e) = html(&args, claim.as_ref().ok(), &verdict, path) {
            return fail(e);
        }
    }
    ExitCode::from(verdict.outcome.exit_code())
}

/// Writes the HTML page of `verdict` (with, for a training claim, every step's committed
/// loss when the store holds the prover's trace).
fn html(args: &Args, claim: Option<&Claim>, verdict: &Verdict, path: &Path) -> Result<(), String> {
    let id = claim.and_then(|c| {
        let body = c.to_json().ok()?;
        Some(exchange::loader::claim_id(c, body.as_bytes()))
    });
    let losses = claim
        .filter(|c| c.strategy.kind() == "training_replay")
        .and_then(|c| {
            let store_dir = exchange::store_path(args.store.as_deref());
            let store = veritor_store::Store::open_existing(&store_dir).ok()?;
            exchange::training::committed_losses(&store, c)
        });
    let claim_file = args.claim.display().to_string();
    let page = report::Report {
        verdict,
        claim_file: &claim_file,
        claim,
        claim_id: id.as_deref(),
        committed_losses: losses.as_deref(),
    };
    report::write(path, &page)
}

/// Reads every input (any failure is "cannot verify") and checks the claim.
fn verdict(args: &Args, claim: &Claim, tolerances: &Tolerances) -> Result<Verdict, String> {
    let limits = Limits {
        max_run_seconds: args.max_run_seconds,
        ..Limits::default()
    };
    let store_dir = exchange::store_path(args.store.as_deref());
    let challenge: Option<ChallengeMessage> = args
        .challenge
        .as_deref()
        .map(|p| messages::read(p, "challenge"))
        .transpose()?;
    let openings: Option<OpeningsMessage> = args
        .openings
        .as_deref()
        .map(|p| messages::read(p, "openings"))
        .transpose()?;
    let secret_commitment = args
        .secret_commitment
        .as_deref()
        .map(|h| veritor_protocol::hex::decode(h).map_err(|e| format!("--secret-commitment: {e}")))
        .transpose()?;
    let store = veritor_store::Store::open_existing(&store_dir).map_err(|e| e.to_string())?;
    let request = Request {
        claim,
        challenge: challenge.as_ref(),
        openings: openings.as_ref(),
        secret_commitment,
    };
    Ok(exchange::verify_claim(
        &store,
        &store_dir.join("cache"),
        &request,
        tolerances,
        &limits,
    ))
}

/// The summary on stdout (unless the JSON goes there), the JSON where asked, and the first
/// reason on stderr when the claim is not accepted.
fn report(verdict: &Verdict, json: Option<&Path>) -> Result<(), String> {
    match json {
        Some(p) if p == Path::new("-") => messages::write(p, verdict)?,
        Some(p) => {
            print!("{}", verdict.summary());
            messages::write(p, verdict)?;
        }
        None => print!("{}", verdict.summary()),
    }
    if verdict.outcome != Outcome::Accept {
        if let Some(first) = verdict.reasons.first() {
            let word = match verdict.outcome {
                Outcome::Reject => "rejected",
                _ => "cannot verify",
            };
            eprintln!("veritor: {word}: {first}");
        }
    }
    Ok(())
}
