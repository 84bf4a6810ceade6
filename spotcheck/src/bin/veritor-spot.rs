//! `veritor-spot`: memory spot checks (docs/protocol.md, "Memory spot checks").
//! Exit 0: every check passed (or the command did its job); 1: a check failed; 2: cannot run
//! (bad arguments or input, one line on stderr).

use std::io::Write;
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use veritor_protocol::claim::Claim;
use veritor_protocol::device::Device;
use veritor_protocol::spotcheck::{session, Commitment};
use veritor_spotcheck::client::{Client, Judge};
use veritor_spotcheck::device_cli::{self, store_dir};
use veritor_spotcheck::prover::{Mode, Prover};
use veritor_spotcheck::registry::{self, Registry};
use veritor_spotcheck::{server, toy, trial};

/// Slices per challenge unless told: enough that a prover which pays a disk read or more
/// per slice falls far behind one that reads memory.
const DEFAULT_SLICES: u64 = 4096;
/// Challenges per session unless told (`docs/protocol.md`, "Sessions").
const DEFAULT_CHALLENGES: usize = 20;

#[derive(Parser)]
#[command(
    name = "veritor-spot",
    about = "Memory spot checks: a prover that holds committed state, a challenger that times it"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve a prover of the toy decoder's state on loopback
    Serve(ServeArgs),
    /// Challenge a prover in sessions: fresh slices, proofs checked, answers timed against
    /// the hard deadline, the session's statistic against the session deadline
    Check(CheckArgs),
    /// Calibrate both slacks on an honest prover (prints the hard and the session slack in
    /// microseconds)
    Calibrate(CheckArgs),
    /// Every prover mode on loopback: latency against the deadline, catch rate against the bound
    Trial(TrialArgs),
    /// The device registry (descriptors in the store)
    #[command(subcommand)]
    Device(device_cli::DeviceCommand),
}

#[derive(Args, Clone)]
struct StateArgs {
    /// Decoder layers of the toy state
    #[arg(long, default_value_t = toy::Config::DEFAULT.layers)]
    layers: usize,
    /// Width of the toy state
    #[arg(long, default_value_t = toy::Config::DEFAULT.width)]
    width: usize,
    /// Positions in the KV cache
    #[arg(long, default_value_t = toy::Config::DEFAULT.positions)]
    positions: usize,
    /// Bytes per committed chunk
    #[arg(long, default_value_t = 256)]
    chunk_bytes: u64,
}

impl StateArgs {
    fn config(&self) -> Result<toy::Config, String> {
        let ok = (1..=64).contains(&self.layers)
            && (1..=4096).contains(&self.width)
            && (1..=65536).contains(&self.positions);
        if !ok {
            return Err("--layers must be 1..=64, --width 1..=4096, --positions 1..=65536".into());
        }
        Ok(toy::Config {
            layers: self.layers,
            width: self.width,
            positions: self.positions,
            ..toy::Config::DEFAULT
        })
    }
}

#[derive(Args)]
struct ServeArgs {
    /// honest, disk, disk-parallel, disk-whole, recompute or missing:F
    #[arg(long, default_value = "honest")]
    mode: String,
    /// Port on 127.0.0.1 (0: any free one; the address is printed)
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Directory for the disk prover's file
    #[arg(long)]
    dir: Option<PathBuf>,
    #[command(flatten)]
    state: StateArgs,
}

#[derive(Args)]
struct CheckArgs {
    /// The prover's address (127.0.0.1:PORT)
    #[arg(long)]
    prover: String,
    /// A registered device name or a descriptor file
    #[arg(long, required_unless_present = "claim", conflicts_with = "claim")]
    device: Option<String>,
    /// A claim (veritor-claim/1) whose device record names the descriptor: looked up in the
    /// registry by name and refused unless its digest is the claim's
    #[arg(long)]
    claim: Option<PathBuf>,
    /// The commitment published earlier (default: asked of the prover)
    #[arg(long)]
    commitment: Option<PathBuf>,
    /// Slices per challenge
    #[arg(long, default_value_t = DEFAULT_SLICES)]
    slices: u64,
    /// Sessions to run (check: default 1; calibrate: default 20)
    #[arg(long)]
    sessions: Option<usize>,
    /// Challenges per session
    #[arg(long, default_value_t = DEFAULT_CHALLENGES)]
    challenges: usize,
    /// The session's statistic: the RANK-th smallest overshoot (default: the median,
    /// ceil(challenges / 2))
    #[arg(long)]
    rank: Option<usize>,
    /// Hard slack in microseconds: the most any one answer may overshoot (`calibrate`
    /// measures it)
    #[arg(long, default_value_t = 1000)]
    slack_us: u64,
    /// Session slack in microseconds: the most the session's statistic may overshoot
    /// (`calibrate` measures it)
    #[arg(long, default_value_t = 1000)]
    session_slack_us: u64,
    /// Store directory (default: $VERITOR_STORE, else ./.veritor)
    #[arg(long)]
    store: Option<PathBuf>,
}

impl CheckArgs {
    /// Sessions (default `default`), challenges and rank, checked.
    fn session_shape(&self, default: usize) -> Result<(usize, usize, usize), String> {
        let sessions = self.sessions.unwrap_or(default);
        let rank = self.rank.unwrap_or(session::median_rank(self.challenges));
        check_shape(sessions, self.challenges, rank)?;
        if self.slices == 0 {
            return Err("--slices must be at least 1".into());
        }
        Ok((sessions, self.challenges, rank))
    }
}

/// Refuses no sessions, challenges out of range and a rank outside 1..=challenges.
fn check_shape(sessions: usize, challenges: usize, rank: usize) -> Result<(), String> {
    if sessions == 0 {
        return Err("--sessions must be at least 1".into());
    }
    let rule = session::Rule {
        challenges,
        rank,
        hard_slack: Duration::ZERO,
        session_slack: Duration::ZERO,
    };
    rule.validate()
        .map_err(|e| format!("--challenges {challenges} --rank {rank}: {e}"))
}

#[derive(Args)]
struct TrialArgs {
    /// Sessions of the honest prover
    #[arg(long, default_value_t = 50)]
    sessions: usize,
    /// Sessions of the disk and recompute provers (each challenge costs a forward pass or
    /// thousands of reads)
    #[arg(long, default_value_t = 5)]
    slow_sessions: usize,
    /// Honest sessions for the slacks' calibration (more sessions sample more of the
    /// machine's load)
    #[arg(long, default_value_t = 20)]
    calibration_sessions: usize,
    /// Challenges per session
    #[arg(long, default_value_t = DEFAULT_CHALLENGES)]
    challenges: usize,
    /// The session's statistic: the RANK-th smallest overshoot (default: the median)
    #[arg(long)]
    rank: Option<usize>,
    /// Slices per challenge
    #[arg(long, default_value_t = DEFAULT_SLICES)]
    slices: u64,
    /// Slices per challenge of the missing-chunks trial (few, so that the catch rate can be
    /// compared with the bound)
    #[arg(long, default_value_t = 64)]
    missing_slices: u64,
    /// Sessions of the missing-chunks trial
    #[arg(long, default_value_t = 50)]
    missing_sessions: usize,
    /// Fraction of chunks the missing prover lacks
    #[arg(long, default_value_t = 0.01)]
    missing: f64,
    /// A registered device name or a descriptor file (default: this machine, probed now)
    #[arg(long)]
    device: Option<String>,
    /// Directory for the disk prover's file (default: the system's temporary directory)
    #[arg(long)]
    dir: Option<PathBuf>,
    /// Store directory (default: $VERITOR_STORE, else ./.veritor)
    #[arg(long)]
    store: Option<PathBuf>,
    #[command(flatten)]
    state: StateArgs,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Serve(a) => serve(a),
        Command::Check(a) => check(a),
        Command::Calibrate(a) => calibrate(a),
        Command::Trial(a) => run_trial(a),
        Command::Device(d) => device_cli::run(d),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("veritor-spot: error: {e}");
            ExitCode::from(2)
        }
    }
}

fn serve(a: ServeArgs) -> Result<u8, String> {
    let mode = Mode::parse(&a.mode)?;
    let dir = a.dir.unwrap_or_else(std::env::temp_dir);
    let prover = Prover::toy(a.state.config()?, mode, a.state.chunk_bytes, &dir)?;
    let listener = TcpListener::bind(("127.0.0.1", a.port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{}: {e}", a.port))?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    let c = prover.commitment();
    println!(
        "veritor-spot serve: {} prover on {address}: {} bytes in {} chunks, root {}",
        a.mode,
        c.layout.total_bytes(),
        c.layout.chunks(),
        veritor_protocol::hex::encode(&c.root)
    );
    let _ = std::io::stdout().flush();
    server::serve(listener, Arc::new(prover)).map_err(|e| e.to_string())?;
    Ok(0)
}

/// The descriptor the check is judged against: `--device`, or the one `--claim` names,
/// looked up in the registry and refused unless its digest is the claim's.
fn check_device(a: &CheckArgs) -> Result<Device, String> {
    let store = store_dir(&a.store);
    let Some(path) = &a.claim else {
        let name = a
            .device
            .as_deref()
            .expect("clap requires --device or --claim");
        return registry::resolve(&store, name);
    };
    let claim = Claim::read(path).map_err(|e| e.to_string())?;
    let Some(record) = &claim.device else {
        return Err(format!(
            "{}: the claim names no device (prove with --device)",
            path.display()
        ));
    };
    let device = Registry::existing(&store)?.get(&record.name)?;
    let digest = device.digest();
    if digest != record.digest {
        return Err(format!(
            "{}: the claim's device {:?} has descriptor {}, the registry's is {digest}: refusing to \
             take a deadline from another descriptor",
            path.display(),
            record.name,
            record.digest
        ));
    }
    Ok(device)
}

fn judge_inputs(a: &CheckArgs) -> Result<(Client, Commitment, Device), String> {
    let device = check_device(a)?;
    let mut client = Client::connect(&a.prover)?;
    let commitment = match &a.commitment {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            Commitment::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))?
        }
        None => client.commitment()?,
    };
    Ok((client, commitment, device))
}

fn check(a: CheckArgs) -> Result<u8, String> {
    let (sessions, challenges, rank) = a.session_shape(1)?;
    let (mut client, commitment, device) = judge_inputs(&a)?;
    let judge = Judge {
        commitment: &commitment,
        device: &device,
        slack: Duration::from_micros(a.slack_us),
        slices: a.slices,
    };
    let session_slack = Duration::from_micros(a.session_slack_us);
    let mut failed = 0;
    for s in 0..sessions {
        let outcome = judge.session(&mut client, challenges, rank, session_slack)?;
        println!("session {s}: {}", outcome.summary());
        failed += usize::from(!outcome.decision.passed());
    }
    println!(
        "{} of {sessions} spot-check sessions passed against {} ({challenges} challenges of {} \
         slices each; hard slack {} us, session slack {} us)",
        sessions - failed,
        device.name,
        a.slices,
        a.slack_us,
        a.session_slack_us
    );
    Ok(if failed == 0 { 0 } else { 1 })
}

fn calibrate(a: CheckArgs) -> Result<u8, String> {
    let (sessions, challenges, rank) = a.session_shape(20)?;
    let (mut client, commitment, device) = judge_inputs(&a)?;
    let judge = Judge {
        commitment: &commitment,
        device: &device,
        slack: Duration::ZERO,
        slices: a.slices,
    };
    let (hard, session) = trial::calibrate(&mut client, &judge, sessions, challenges, rank)?;
    println!("{} {}", hard.as_micros(), session.as_micros());
    Ok(0)
}

fn run_trial(a: TrialArgs) -> Result<u8, String> {
    let rank = a.rank.unwrap_or(session::median_rank(a.challenges));
    for n in [
        a.sessions,
        a.slow_sessions,
        a.calibration_sessions,
        a.missing_sessions,
    ] {
        check_shape(n, a.challenges, rank).map_err(|e| {
            e.replace(
                "--sessions",
                "--sessions, --slow-sessions, --calibration-sessions and --missing-sessions",
            )
        })?;
    }
    if a.slices == 0 || a.missing_slices == 0 {
        return Err("--slices and --missing-slices must be at least 1".into());
    }
    if !(a.missing > 0.0 && a.missing < 1.0) {
        return Err(format!(
            "--missing {} is not a fraction in (0, 1)",
            a.missing
        ));
    }
    let device = match &a.device {
        Some(d) => registry::resolve(&store_dir(&a.store), d)?,
        None => registry::probe("this-cpu", 64 << 20)?,
    };
    let settings = trial::Settings {
        toy: a.state.config()?,
        chunk_bytes: a.state.chunk_bytes,
        slices: a.slices,
        challenges: a.challenges,
        rank,
        sessions: a.sessions,
        slow_sessions: a.slow_sessions,
        calibration_sessions: a.calibration_sessions,
        missing_slices: a.missing_slices,
        missing_sessions: a.missing_sessions,
        missing: a.missing,
        device,
    };
    let dir = a.dir.unwrap_or_else(std::env::temp_dir);
    trial::all(&settings, &dir)?;
    Ok(0)
}
