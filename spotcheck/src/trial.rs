//! The acceptance trials: provers of each mode served on loopback, challenged many times by
//! a client, the latency distribution against the deadline and the catch rate against the
//! bound. Also the slack's calibration on an honest prover.

use std::net::TcpListener;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use veritor_protocol::device::Device;
use veritor_protocol::spotcheck;

use crate::client::{Client, Judge, Outcome};
use crate::prover::{self, Mode, Prover};
use crate::{server, toy};

/// Starts `prover` on an ephemeral loopback port in a background thread; its address.
pub fn spawn(prover: Prover) -> Result<String, String> {
    let listener =
        TcpListener::bind("127.0.0.1:0").map_err(|e| format!("cannot listen on loopback: {e}"))?;
    let address = listener
        .local_addr()
        .map_err(|e| format!("cannot listen on loopback: {e}"))?
        .to_string();
    let prover = Arc::new(prover);
    std::thread::spawn(move || server::serve(listener, prover));
    Ok(address)
}

/// The slack: twice the largest honest time beyond the descriptor's read and send time,
/// over `rounds` challenges of `slices` slices, and at least `floor`.
pub fn calibrate(
    client: &mut Client,
    judge: &Judge,
    rounds: usize,
    floor: Duration,
) -> Result<Duration, String> {
    let model = Judge {
        slack: Duration::ZERO,
        ..*judge
    };
    let mut worst = Duration::ZERO;
    for _ in 0..rounds {
        let o = model.check(client)?;
        if let Some(why) = o.wrong {
            return Err(format!("calibration needs an honest prover: {why}"));
        }
        worst = worst.max(o.latency.saturating_sub(o.deadline));
    }
    Ok((worst * 2).max(floor))
}

/// Latency quantiles and counts of one prover's trial.
#[derive(Debug, Clone)]
pub struct Tally {
    pub mode: String,
    pub rounds: usize,
    pub passed: usize,
    /// Failed by a wrong answer (proof, count, refusal).
    pub wrong: usize,
    /// Right but past the deadline.
    pub late: usize,
    /// Latencies in microseconds: p50, p90, p99, max.
    pub latency_us: [f64; 4],
    /// The deadline of the first challenge (all have the same size), microseconds.
    pub deadline_us: f64,
    pub first_failure: Option<String>,
}

fn quantile(sorted: &[f64], q: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}

/// Runs `rounds` fresh challenges against the prover at `client`.
pub fn run(client: &mut Client, judge: &Judge, mode: &str, rounds: usize) -> Result<Tally, String> {
    let outcomes: Vec<Outcome> = (0..rounds)
        .map(|_| judge.check(client))
        .collect::<Result<_, _>>()?;
    let mut lat: Vec<f64> = outcomes
        .iter()
        .map(|o| o.latency.as_secs_f64() * 1e6)
        .collect();
    lat.sort_by(f64::total_cmp);
    Ok(Tally {
        mode: mode.to_string(),
        rounds,
        passed: outcomes.iter().filter(|o| o.passed()).count(),
        wrong: outcomes.iter().filter(|o| o.wrong.is_some()).count(),
        late: outcomes
            .iter()
            .filter(|o| o.wrong.is_none() && o.latency > o.deadline)
            .count(),
        latency_us: [
            quantile(&lat, 0.5),
            quantile(&lat, 0.9),
            quantile(&lat, 0.99),
            quantile(&lat, 1.0),
        ],
        deadline_us: outcomes[0].deadline.as_secs_f64() * 1e6,
        first_failure: outcomes.iter().find(|o| !o.passed()).map(Outcome::summary),
    })
}

/// The `missing:F` prover under challenges of `settings.missing_slices` slices (few, so
/// that the catch rate is far from 0 and 1 and can be compared with the bound); prints its
/// line and the comparison.
fn missing_trial(settings: &Settings, judge: &Judge, prover: Prover) -> Result<Tally, String> {
    let judge = Judge {
        slices: settings.missing_slices,
        ..*judge
    };
    let mut client = Client::connect(&spawn(prover)?)?;
    let name = format!("missing:{}", settings.missing);
    let t = run(&mut client, &judge, &name, settings.rounds)?;
    println!("{}", line(&t));
    let chunks = judge.commitment.layout.chunks();
    let missing = prover::missing_count(chunks, settings.missing);
    let predicted = 1.0 - spotcheck::escape_probability(chunks, missing, judge.slices);
    let caught = t.wrong as f64 / t.rounds as f64;
    let sigma = (predicted * (1.0 - predicted) / t.rounds as f64).sqrt();
    println!(
        "missing {missing} of {chunks} chunks, {} slices per challenge: caught {caught:.4} of {} \
         challenges; the bound predicts 1 - C(n-m,k)/C(n,k) = {predicted:.4} (binomial sigma \
         {sigma:.4}: {:.1} sigma away)",
        judge.slices,
        t.rounds,
        ((caught - predicted) / sigma.max(f64::MIN_POSITIVE)).abs()
    );
    Ok(t)
}

/// What the trials are run with.
pub struct Settings {
    pub toy: toy::Config,
    pub chunk_bytes: u64,
    pub slices: u64,
    pub rounds: usize,
    /// Rounds for the slow provers (disk, recompute).
    pub slow_rounds: usize,
    /// Slices per challenge of the missing-chunks trial.
    pub missing_slices: u64,
    pub calibration_rounds: usize,
    pub missing: f64,
    pub device: Device,
}

/// One line of the table.
pub fn line(t: &Tally) -> String {
    let [p50, p90, p99, max] = t.latency_us;
    format!(
        "{:<14} {:>6} {:>6} {:>6} {:>6} {:>9.1} {:>9.1} {:>9.1} {:>9.1} {:>9.1}",
        t.mode, t.rounds, t.passed, t.wrong, t.late, p50, p90, p99, max, t.deadline_us
    )
}

/// The header of [`line`]'s table.
pub const HEADER: &str = "prover          rounds passed  wrong   late   p50(us)   p90(us)   p99(us)   max(us) deadline(us)";

/// Every mode's trial, with the slack calibrated first on a separate honest prover; prints
/// the table and the missing-chunk catch rate against the bound; the tallies.
pub fn all(settings: &Settings, dir: &Path) -> Result<Vec<Tally>, String> {
    let make = |mode| Prover::toy(settings.toy, mode, settings.chunk_bytes, dir);
    let reference = make(Mode::Honest)?;
    let commitment = reference.commitment().clone();
    let mut client = Client::connect(&spawn(reference)?)?;
    let mut judge = Judge {
        commitment: &commitment,
        device: &settings.device,
        slack: Duration::ZERO,
        slices: settings.slices,
    };
    judge.slack = calibrate(
        &mut client,
        &judge,
        settings.calibration_rounds,
        Duration::from_micros(100),
    )?;
    println!(
        "state: {} tensors, {} bytes, {} chunks of {} bytes; {} slices per challenge; device {} \
         (memory {:.2} GB/s, link {:.2} GB/s); slack {:.1} us (calibrated over {} honest challenges)",
        commitment.layout.tensors.len(),
        commitment.layout.total_bytes(),
        commitment.layout.chunks(),
        settings.chunk_bytes,
        settings.slices,
        settings.device.name,
        settings.device.memory_bandwidth / 1e9,
        settings.device.link_bandwidth / 1e9,
        judge.slack.as_secs_f64() * 1e6,
        settings.calibration_rounds
    );
    println!("{HEADER}");
    let (fast, slow) = (settings.rounds, settings.slow_rounds);
    let modes = [
        ("honest", Mode::Honest, fast),
        ("disk", Mode::Disk { parallel: false }, slow),
        ("disk-parallel", Mode::Disk { parallel: true }, slow),
        ("recompute", Mode::Recompute, slow),
    ];
    let mut tallies = Vec::new();
    for (name, mode, rounds) in modes {
        let mut client = Client::connect(&spawn(make(mode)?)?)?;
        let t = run(&mut client, &judge, name, rounds)?;
        println!("{}", line(&t));
        tallies.push(t);
    }
    let missing = missing_trial(settings, &judge, make(Mode::Missing(settings.missing))?)?;
    tallies.push(missing);
    for t in &tallies {
        if let Some(f) = &t.first_failure {
            println!("first failure of {}: {f}", t.mode);
        }
    }
    Ok(tallies)
}
