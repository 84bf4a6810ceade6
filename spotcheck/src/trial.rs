//! The acceptance trials: provers of each mode served on loopback, challenged in sessions
//! by a client; the latency distribution against the deadlines, the sessions passed, and the
//! catch rate against the bound. Also the slacks' calibration on an honest prover.

use std::net::TcpListener;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use veritor_protocol::device::Device;
use veritor_protocol::spotcheck::{self, session};

use crate::client::{Client, Judge, Outcome, SessionOutcome};
use crate::prover::{self, DiskReads, Mode, Prover};
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

/// Smallest slack either calibration gives.
pub const SLACK_FLOOR: Duration = Duration::from_micros(100);

/// The two slacks from `sessions` honest sessions of `challenges` challenges
/// (`session::calibrate`): (hard, session). Every answer must be right.
pub fn calibrate(
    client: &mut Client,
    judge: &Judge,
    sessions: usize,
    challenges: usize,
    rank: usize,
) -> Result<(Duration, Duration), String> {
    let mut overshoots = Vec::with_capacity(sessions);
    for _ in 0..sessions {
        let mut one = Vec::with_capacity(challenges);
        for _ in 0..challenges {
            let o = judge.check(client)?;
            if let Some(why) = o.wrong {
                return Err(format!("calibration needs an honest prover: {why}"));
            }
            one.push(o.timed().overshoot());
        }
        overshoots.push(one);
    }
    session::calibrate(&overshoots, rank, SLACK_FLOOR).map_err(|e| e.to_string())
}

/// One prover's trial: its sessions, counted by decision, and the distributions.
#[derive(Debug, Clone)]
pub struct Tally {
    pub mode: String,
    pub sessions: usize,
    pub passed: usize,
    /// Sessions failed by a wrong answer (proof, count, refusal).
    pub wrong: usize,
    /// Sessions failed by one answer past the hard deadline.
    pub late: usize,
    /// Sessions failed by the statistic.
    pub slow: usize,
    /// Sessions whose statistic exceeds the session slack, whatever else failed.
    pub over: usize,
    /// Challenges in all, and those answered right within the hard deadline and within the
    /// session slack.
    pub challenges: usize,
    pub in_hard: usize,
    pub in_session: usize,
    /// Challenge latencies in microseconds: p50, p90, p99, max.
    pub latency_us: [f64; 4],
    /// The sessions' statistic (overshoot) in microseconds: min, p50, max.
    pub statistic_us: [f64; 3],
    /// The first challenge's hard deadline and allowed time (all have nearly the same size),
    /// microseconds.
    pub deadline_us: f64,
    pub allowed_us: f64,
    pub first_failure: Option<String>,
}

fn quantile(sorted: &[f64], q: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}

fn us(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

/// The statistic of a session, whatever its decision (the overshoots' `rank`-th smallest).
fn statistic(s: &SessionOutcome) -> Duration {
    let overshoots: Vec<Duration> = s.outcomes.iter().map(|o| o.timed().overshoot()).collect();
    session::order_statistic(&overshoots, s.rule.rank).unwrap_or_default()
}

/// Counts and distributions of `sessions`.
fn tally(mode: &str, sessions: &[SessionOutcome], session_slack: Duration) -> Tally {
    let all: Vec<&Outcome> = sessions.iter().flat_map(|s| &s.outcomes).collect();
    let mut lat: Vec<f64> = all.iter().map(|o| us(o.latency)).collect();
    lat.sort_by(f64::total_cmp);
    let mut stats: Vec<f64> = sessions.iter().map(|s| us(statistic(s))).collect();
    stats.sort_by(f64::total_cmp);
    let count =
        |f: &dyn Fn(&session::Decision) -> bool| sessions.iter().filter(|s| f(&s.decision)).count();
    use session::Decision as D;
    Tally {
        mode: mode.to_string(),
        sessions: sessions.len(),
        passed: count(&|d| d.passed()),
        wrong: count(&|d| matches!(d, D::Wrong { .. })),
        late: count(&|d| matches!(d, D::Late { .. })),
        slow: count(&|d| matches!(d, D::Slow { .. })),
        over: sessions
            .iter()
            .filter(|s| statistic(s) > session_slack)
            .count(),
        challenges: all.len(),
        in_hard: all.iter().filter(|o| o.passed()).count(),
        in_session: all
            .iter()
            .filter(|o| o.wrong.is_none() && o.timed().overshoot() <= session_slack)
            .count(),
        latency_us: [0.5, 0.9, 0.99, 1.0].map(|q| quantile(&lat, q)),
        statistic_us: [0.0, 0.5, 1.0].map(|q| quantile(&stats, q)),
        deadline_us: us(all[0].deadline),
        allowed_us: us(all[0].allowed),
        first_failure: sessions
            .iter()
            .find(|s| !s.decision.passed())
            .map(SessionOutcome::summary),
    }
}

/// Runs `sessions` sessions against the prover at `client`.
pub fn run(
    client: &mut Client,
    judge: &Judge,
    settings: &Settings,
    mode: &str,
    sessions: usize,
    session_slack: Duration,
) -> Result<Tally, String> {
    let outcomes: Vec<SessionOutcome> = (0..sessions)
        .map(|_| judge.session(client, settings.challenges, settings.rank, session_slack))
        .collect::<Result<_, _>>()?;
    Ok(tally(mode, &outcomes, session_slack))
}

/// The `missing:F` prover in sessions of challenges of `settings.missing_slices` slices (few,
/// so that the per-challenge catch rate is far from 0 and 1 and can be compared with the
/// bound); prints its line and both comparisons (per challenge, per session).
fn missing_trial(
    settings: &Settings,
    judge: &Judge,
    session_slack: Duration,
    prover: Prover,
) -> Result<Tally, String> {
    let judge = Judge {
        slices: settings.missing_slices,
        ..*judge
    };
    let mut client = Client::connect(&spawn(prover)?)?;
    let name = format!("missing:{}", settings.missing);
    let sessions: Vec<SessionOutcome> = (0..settings.missing_sessions)
        .map(|_| {
            judge.session(
                &mut client,
                settings.challenges,
                settings.rank,
                session_slack,
            )
        })
        .collect::<Result<_, _>>()?;
    let t = tally(&name, &sessions, session_slack);
    println!("{}", line(&t));
    let chunks = judge.commitment.layout.chunks();
    let missing = prover::missing_count(chunks, settings.missing);
    let k = judge.slices;
    let wrong = sessions
        .iter()
        .flat_map(|s| &s.outcomes)
        .filter(|o| o.wrong.is_some())
        .count();
    let predicted = 1.0 - spotcheck::escape_probability(chunks, missing, k);
    let caught = wrong as f64 / t.challenges as f64;
    let sigma = (predicted * (1.0 - predicted) / t.challenges as f64).sqrt();
    println!(
        "missing {missing} of {chunks} chunks, {k} slices per challenge: caught in {caught:.4} of \
         {} challenges; the bound predicts 1 - C(n-m,k)/C(n,k) = {predicted:.4} (binomial sigma \
         {sigma:.4}: {:.1} sigma away)",
        t.challenges,
        ((caught - predicted) / sigma.max(f64::MIN_POSITIVE)).abs()
    );
    let escape = session::session_escape_probability(chunks, missing, k, settings.challenges);
    println!(
        "sessions of {} such challenges: caught {} of {}; the bound predicts each is caught \
         with probability 1 - (C(n-m,k)/C(n,k))^R = 1 - {escape:.3e}",
        settings.challenges,
        t.sessions - t.passed,
        t.sessions
    );
    Ok(t)
}

/// What the trials are run with.
pub struct Settings {
    pub toy: toy::Config,
    pub chunk_bytes: u64,
    /// Slices per challenge.
    pub slices: u64,
    /// Challenges per session (`R`) and the statistic's rank (`q`).
    pub challenges: usize,
    pub rank: usize,
    /// Sessions of the honest prover.
    pub sessions: usize,
    /// Sessions of the slow provers (disk, recompute).
    pub slow_sessions: usize,
    /// Honest sessions for the slacks' calibration.
    pub calibration_sessions: usize,
    /// Slices per challenge and sessions of the missing-chunks trial.
    pub missing_slices: u64,
    pub missing_sessions: usize,
    pub missing: f64,
    pub device: Device,
}

/// One line of the table.
pub fn line(t: &Tally) -> String {
    let [p50, p90, p99, max] = t.latency_us.map(|v| v / 1e3);
    let [smin, s50, smax] = t.statistic_us.map(|v| v / 1e3);
    format!(
        "{:<14} {:>5}/{:<5} {:>5} {:>4} {:>4} {:>9} {:>6}/{:<6} {:>6}/{:<6} {:>7.1} {:>7.1} {:>7.1} {:>7.1} {:>8.1} {:>8.1} {:>8.1}",
        t.mode,
        t.passed,
        t.sessions,
        t.wrong,
        t.late,
        t.slow,
        t.over,
        t.in_hard,
        t.challenges,
        t.in_session,
        t.challenges,
        p50,
        p90,
        p99,
        max,
        smin,
        s50,
        smax
    )
}

/// The header of [`line`]'s table.
pub const HEADER: &str = "prover         passed/sess  wrong late slow stat>slack    in-hard/all     in-sess/all  p50(ms) p90(ms) p99(ms) max(ms) stat-min stat-p50 stat-max";

/// Every mode's trial, with the slacks calibrated first on a separate honest prover; prints
/// the table and the missing-chunk catch rates against the bound; the tallies.
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
    let (hard, session_slack) = calibrate(
        &mut client,
        &judge,
        settings.calibration_sessions,
        settings.challenges,
        settings.rank,
    )?;
    judge.slack = hard;
    println!(
        "state: {} tensors, {} bytes, {} chunks of {} bytes; {} slices per challenge; device {} \
         (memory {:.2} GB/s, link {:.2} GB/s)",
        commitment.layout.tensors.len(),
        commitment.layout.total_bytes(),
        commitment.layout.chunks(),
        settings.chunk_bytes,
        settings.slices,
        settings.device.name,
        settings.device.memory_bandwidth / 1e9,
        settings.device.link_bandwidth / 1e9,
    );
    println!(
        "sessions of {} challenges, statistic: the {} smallest overshoot; calibrated over {} \
         honest sessions: hard slack {:.1} ms, session slack {:.1} ms",
        settings.challenges,
        session::ordinal(settings.rank),
        settings.calibration_sessions,
        hard.as_secs_f64() * 1e3,
        session_slack.as_secs_f64() * 1e3,
    );
    println!("{HEADER}");
    let (fast, slow) = (settings.sessions, settings.slow_sessions);
    let modes = [
        ("honest", Mode::Honest, fast),
        ("disk", Mode::Disk(DiskReads::OneAtATime), slow),
        ("disk-parallel", Mode::Disk(DiskReads::Parallel), slow),
        ("disk-whole", Mode::Disk(DiskReads::Whole), slow),
        ("recompute", Mode::Recompute, slow),
    ];
    let mut tallies = Vec::new();
    for (name, mode, sessions) in modes {
        let mut client = Client::connect(&spawn(make(mode)?)?)?;
        let t = run(&mut client, &judge, settings, name, sessions, session_slack)?;
        println!("{}", line(&t));
        tallies.push(t);
    }
    let missing = missing_trial(
        settings,
        &judge,
        session_slack,
        make(Mode::Missing(settings.missing))?,
    )?;
    tallies.push(missing);
    let t = &tallies[0];
    println!(
        "per challenge ({} slices): allowed {:.2} ms (read and send at the descriptor's \
         bandwidths), hard deadline {:.1} ms, session deadline {:.1} ms",
        settings.slices,
        t.allowed_us / 1e3,
        t.deadline_us / 1e3,
        (t.allowed_us + us(session_slack)) / 1e3
    );
    for t in &tallies {
        if let Some(f) = &t.first_failure {
            println!("first failed session of {}: {f}", t.mode);
        }
        if t.wrong > 0 {
            continue;
        }
        let p = t.in_session as f64 / t.challenges as f64;
        let escape = session::slow_escape_probability(settings.challenges, settings.rank, p);
        println!(
            "{}: {} of {} challenges within the session slack (p = {p:.3}); a session passes \
             the statistic with P[Bin({}, p) >= {}] = {escape:.3e} if challenges are independent",
            t.mode, t.in_session, t.challenges, settings.challenges, settings.rank
        );
    }
    Ok(tallies)
}
