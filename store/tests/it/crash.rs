//! A writer killed with SIGKILL at random points leaves a store that verifies, whose
//! referenced blobs all read back, and in which every write it acknowledged is present.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use veritor_store::stress::Rng;
use veritor_store::{RunStatus, Store};

use crate::Scratch;

const ROUNDS: u64 = 20;
const WRITES: usize = 100;

/// How one round of the helper ended.
struct Outcome {
    /// Writes the helper reported durable before it died.
    acked: usize,
    /// Whether it was killed (rather than finishing all writes first).
    killed: bool,
}

/// Runs the helper for one round and kills it after `kill_after` acknowledged writes
/// plus `delay`; `None` lets it finish.
fn run_round(root: &Path, round: u64, kill_after: Option<(usize, Duration)>) -> Outcome {
    let mut child = Command::new(env!("CARGO_BIN_EXE_veritor-store-stress"))
        .arg(root)
        .arg(round.to_string())
        .arg(WRITES.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn veritor-store-stress");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut acked = 0;
    if let Some((after, delay)) = kill_after {
        while acked < after {
            match lines.next() {
                Some(Ok(_)) => acked += 1,
                _ => break,
            }
        }
        std::thread::sleep(delay);
        // SIGKILL; an error only means it had already exited.
        let _ = child.kill();
    }
    // Count what it acknowledged before dying (lines already in the pipe).
    for line in lines {
        if line.is_ok() {
            acked += 1;
        }
    }
    let status = child.wait().unwrap();
    let killed = !status.success();
    if !killed {
        assert_eq!(
            acked, WRITES,
            "round {round}: helper exited early: {status}"
        );
    }
    Outcome { acked, killed }
}

/// The checks after every round: verify is clean, every referenced blob reads back, and
/// every acknowledged write of this round is in the index.
fn check_round(root: &Path, round: u64, outcome: &Outcome) -> (usize, usize) {
    let store = Store::open_existing(root).unwrap();
    let report = store.verify().unwrap();
    assert!(
        report.is_ok(),
        "round {round} (acked {}): {:#?}",
        outcome.acked,
        report.lines()
    );
    for reference in store.references().unwrap() {
        store
            .get_blob(&reference.digest)
            .unwrap_or_else(|err| panic!("round {round}: {reference}: {err}"));
    }
    // The helper's cycle is 10 writes: workload at 2, claim at 6, run at 7, finished at 8,
    // link at 10 (write numbers count from 1).
    for cycle in 0..=outcome.acked / 10 {
        let tag = format!("r{round}-c{cycle}");
        let base = cycle * 10;
        let acked = |write: usize| outcome.acked >= base + write;
        if acked(2) {
            let workload = store.workload(&format!("w-{tag}")).unwrap();
            assert!(workload.is_some(), "round {round}: workload {tag} lost");
        }
        if acked(6) {
            let claim = store.claim(&format!("c-{tag}")).unwrap();
            assert!(claim.is_some(), "round {round}: claim {tag} lost");
        }
        if acked(8) {
            let run = store.run(&format!("p-{tag}")).unwrap().unwrap();
            assert_eq!(run.status, RunStatus::Succeeded, "round {round}: run {tag}");
            assert_eq!(run.outputs.len(), 1);
        }
        if acked(10) {
            let links = store
                .references()
                .unwrap()
                .into_iter()
                .filter(|r| r.id == format!("w-{tag}"))
                .count();
            assert_eq!(
                links, 2,
                "round {round}: workload {tag}: graph and manifest"
            );
        }
    }
    (report.stray.len(), report.objects)
}

#[test]
fn crash_success_sigkill_at_random_points_leaves_verifiable_store() {
    let scratch = Scratch::new("crash");
    let root = scratch.path("store");
    let seed = std::env::var("VERITOR_STRESS_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    eprintln!("crash test: VERITOR_STRESS_SEED={seed}");
    let mut rng = Rng(seed);
    // Created here, so that every round finds a store (a kill during creation is the
    // empty-directory case that `Store::open` already handles).
    drop(Store::open(&root).unwrap());
    let started = Instant::now();
    let mut killed_rounds = 0;
    let mut rounds_with_stray = 0;
    let mut stray_before = 0;
    for round in 0..ROUNDS {
        let kill_after = (rng.next() % WRITES as u64) as usize;
        let delay = Duration::from_micros(rng.next() % 3000);
        let outcome = run_round(&root, round, Some((kill_after, delay)));
        killed_rounds += usize::from(outcome.killed);
        let (stray, objects) = check_round(&root, round, &outcome);
        rounds_with_stray += usize::from(stray > stray_before);
        stray_before = stray;
        eprintln!(
            "round {round}: killed={} after {} acknowledged writes (+{delay:?}); \
             {objects} objects, {stray} stray temporary files",
            outcome.killed, outcome.acked
        );
    }
    // A last round that finishes: the store still takes writes after 20 crashes.
    let outcome = run_round(&root, ROUNDS, None);
    assert!(!outcome.killed);
    check_round(&root, ROUNDS, &outcome);
    eprintln!(
        "crash test: {ROUNDS} rounds, {killed_rounds} killed mid-run, {rounds_with_stray} \
         were killed inside a blob write (a new temporary file), {:?}",
        started.elapsed()
    );
    assert!(
        killed_rounds >= (ROUNDS as usize) / 2,
        "most rounds should be killed before finishing ({killed_rounds} of {ROUNDS})"
    );
}
