//! Batch verification (`veritor verify-batch`): many claims, each verified exactly once, the
//! verdicts in a log that a rerun reads to skip what is done.
//!
//! A batch directory holds one entry per claim: a subdirectory with `claim.json` and, as
//! `veritor verify` takes them, `challenge.json` and `openings.json`. The entry's name is its
//! id in the log. [`entries`] lists them; [`verify_entry`] verifies one (a file that cannot be
//! read, is malformed or too large is a `cannot_verify` verdict with its reason); [`serve`]
//! is a worker: entries in on one stream, verdict lines out on another, the store opened once
//! and each verifier program checked once (`workload::load_cached`'s memo); [`Log`] is the
//! verdict log; [`pool`] runs worker processes on this machine, or streams entries through
//! another driver (the Ray one), and retries the entries of a worker that died.

pub mod pool;

use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::{Deserialize, Serialize};
use veritor_protocol::claim::Claim;
use veritor_protocol::messages::{self, ChallengeMessage, OpeningsMessage};
use veritor_protocol::tolerances::Tolerances;
use veritor_protocol::verdict::{Outcome, Verdict};
use veritor_store::Store;

use crate::allowlist::Limits;
use crate::request::Request;

/// The claim file of an entry.
pub const CLAIM_FILE: &str = "claim.json";
/// The challenge file of an entry (optional for `bit_exact` claims).
pub const CHALLENGE_FILE: &str = "challenge.json";
/// The openings file of an entry (as the challenge).
pub const OPENINGS_FILE: &str = "openings.json";

/// One claim of a batch: its id (the entry's directory name) and directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    pub dir: PathBuf,
}

/// The entries of a batch directory (its subdirectories, sorted by name). Files beside them
/// are ignored; a subdirectory without a claim is an entry that cannot be verified.
pub fn entries(dir: &Path) -> Result<Vec<Entry>, String> {
    let read = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut out = Vec::new();
    for item in read {
        let item = item.map_err(|e| format!("{}: {e}", dir.display()))?;
        let path = item.path();
        if path.is_dir() {
            let id = item.file_name().to_string_lossy().into_owned();
            out.push(Entry { id, dir: path });
        }
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(out)
}

/// One line of the verdict log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogLine {
    /// The entry's id.
    pub id: String,
    /// `accept`, `reject` or `cannot_verify`.
    pub outcome: String,
    /// The first reason (none on accept).
    pub reason: Option<String>,
    pub reasons: Vec<String>,
    /// The claim's strategy and graph digest, when the claim could be read.
    pub strategy: Option<String>,
    pub graph: Option<String>,
    /// Seconds in the re-executed runs, in the verifier, and in the worker (reading the
    /// entry's files included).
    pub run_seconds: f64,
    pub verify_seconds: f64,
    pub worker_seconds: f64,
    /// Which worker gave the verdict, and on which attempt (a worker that died mid-claim
    /// makes another attempt).
    pub worker: String,
    pub attempts: u32,
}

impl LogLine {
    /// The line of `verdict` on `entry`.
    pub fn new(entry: &Entry, verdict: &Verdict, graph: Option<String>, worker: &str) -> LogLine {
        LogLine {
            id: entry.id.clone(),
            outcome: outcome_name(verdict.outcome).to_string(),
            reason: verdict.reasons.first().cloned(),
            reasons: verdict.reasons.clone(),
            strategy: verdict.strategy.clone(),
            graph,
            run_seconds: verdict.run_seconds,
            verify_seconds: verdict.total_seconds,
            worker_seconds: 0.0,
            worker: worker.to_string(),
            attempts: 1,
        }
    }

    /// A `cannot_verify` line for `entry` (no worker could give a verdict).
    pub fn cannot_verify(entry: &Entry, reason: String, worker: &str, attempts: u32) -> LogLine {
        LogLine {
            id: entry.id.clone(),
            outcome: outcome_name(Outcome::CannotVerify).to_string(),
            reason: Some(reason.clone()),
            reasons: vec![reason],
            strategy: None,
            graph: None,
            run_seconds: 0.0,
            verify_seconds: 0.0,
            worker_seconds: 0.0,
            worker: worker.to_string(),
            attempts,
        }
    }
}

/// The log's word for an outcome.
pub fn outcome_name(o: Outcome) -> &'static str {
    match o {
        Outcome::Accept => "accept",
        Outcome::Reject => "reject",
        Outcome::CannotVerify => "cannot_verify",
    }
}

/// Verifies one entry; returns the verdict and the claim's graph digest (when readable).
pub fn verify_entry(
    store: &Store,
    cache: &Path,
    dir: &Path,
    tolerances: &Tolerances,
    limits: &Limits,
) -> (Verdict, Option<String>) {
    let claim = match Claim::read(dir.join(CLAIM_FILE)) {
        Ok(c) => c,
        Err(e) => return (Verdict::cannot_verify(e.to_string(), tolerances), None),
    };
    let graph = Some(claim.graph.clone());
    let read = || -> Result<(Option<ChallengeMessage>, Option<OpeningsMessage>), String> {
        Ok((
            read_optional(&dir.join(CHALLENGE_FILE), "challenge")?,
            read_optional(&dir.join(OPENINGS_FILE), "openings")?,
        ))
    };
    let (challenge, openings) = match read() {
        Ok(r) => r,
        Err(e) => return (Verdict::cannot_verify(e, tolerances), graph),
    };
    let request = Request {
        claim: &claim,
        challenge: challenge.as_ref(),
        openings: openings.as_ref(),
        secret_commitment: None,
    };
    let verdict = crate::verify_claim(store, cache, &request, tolerances, limits);
    (verdict, graph)
}

/// A message file that may be absent (`None`), else read strictly (size limit, format).
fn read_optional<T: serde::de::DeserializeOwned>(
    p: &Path,
    what: &str,
) -> Result<Option<T>, String> {
    if p.exists() {
        messages::read(p, what).map(Some)
    } else {
        Ok(None)
    }
}

/// A worker: reads one [`Entry`] per line from `input`, writes one [`LogLine`] per entry to
/// `output` (flushed after each), until `input` ends. The store is opened once; the checked
/// programs stay in memory. A line that is not an entry ends the worker with an error.
pub fn serve(
    input: impl BufRead,
    mut output: impl Write,
    store_dir: &Path,
    tolerances: &Tolerances,
    limits: &Limits,
    worker: &str,
) -> Result<(), String> {
    let store = Store::open_existing(store_dir).map_err(|e| e.to_string())?;
    let cache = store_dir.join("cache");
    for line in input.lines() {
        let line = line.map_err(|e| format!("cannot read the next entry: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let entry: Entry =
            serde_json::from_str(&line).map_err(|e| format!("not an entry line: {e}"))?;
        let start = Instant::now();
        let (verdict, graph) = verify_entry(&store, &cache, &entry.dir, tolerances, limits);
        let mut out = LogLine::new(&entry, &verdict, graph, worker);
        out.worker_seconds = start.elapsed().as_secs_f64();
        let text = serde_json::to_string(&out).map_err(|e| e.to_string())?;
        writeln!(output, "{text}")
            .and_then(|_| output.flush())
            .map_err(|e| format!("cannot write a verdict: {e}"))?;
    }
    Ok(())
}

/// The verdict log: one JSON line per entry, appended and flushed as each verdict arrives, so
/// an interrupted run leaves every verdict it gave, and a rerun skips them.
pub struct Log {
    file: std::fs::File,
    path: PathBuf,
    done: HashMap<String, String>,
}

impl Log {
    /// Opens (or creates) the log at `path`, reading what an earlier run wrote. A last line
    /// without its newline (the run was stopped while writing it) is cut off; any other line
    /// that is not a verdict line is an error (the log is not ours to rewrite).
    pub fn open(path: &Path) -> Result<Log, String> {
        let shown = path.display();
        let text = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(format!("{shown}: {e}")),
        };
        let complete = text.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let mut done = HashMap::new();
        for (n, line) in text[..complete].split(|&b| b == b'\n').enumerate() {
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let l: LogLine = serde_json::from_slice(line)
                .map_err(|e| format!("{shown}:{}: not a verdict line: {e}", n + 1))?;
            done.entry(l.id).or_insert(l.outcome);
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(|e| format!("{shown}: {e}"))?;
        if complete < text.len() {
            file.set_len(complete as u64)
                .map_err(|e| format!("{shown}: cannot cut the partial last line: {e}"))?;
        }
        Ok(Log {
            file,
            path: path.to_path_buf(),
            done,
        })
    }

    /// Whether the log has a verdict for `id`.
    pub fn contains(&self, id: &str) -> bool {
        self.done.contains_key(id)
    }

    /// Appends `line` unless its entry already has a verdict; returns whether it was written.
    pub fn append(&mut self, line: &LogLine) -> Result<bool, String> {
        if self.done.contains_key(&line.id) {
            return Ok(false);
        }
        let mut text = serde_json::to_string(line).map_err(|e| e.to_string())?;
        text.push('\n');
        self.file
            .write_all(text.as_bytes())
            .and_then(|_| self.file.flush())
            .map_err(|e| format!("{}: {e}", self.path.display()))?;
        self.done.insert(line.id.clone(), line.outcome.clone());
        Ok(true)
    }

    /// Verdicts in the log by outcome: (accept, reject, cannot_verify).
    pub fn counts(&self) -> (usize, usize, usize) {
        let n = |o: Outcome| self.done.values().filter(|v| *v == outcome_name(o)).count();
        (
            n(Outcome::Accept),
            n(Outcome::Reject),
            n(Outcome::CannotVerify),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(id: &str, outcome: &str) -> LogLine {
        let entry = Entry {
            id: id.into(),
            dir: PathBuf::from("/nowhere"),
        };
        let mut l = LogLine::cannot_verify(&entry, "x".into(), "test", 1);
        l.outcome = outcome.into();
        l
    }

    #[test]
    fn log_writes_each_entry_once_and_reads_it_back() {
        let dir = crate::loader::scratch("batch-log").unwrap();
        let path = dir.join("log.jsonl");
        let mut log = Log::open(&path).unwrap();
        assert!(log.append(&line("a", "accept")).unwrap());
        assert!(!log.append(&line("a", "reject")).unwrap());
        assert!(log.append(&line("b", "reject")).unwrap());
        drop(log);
        let log = Log::open(&path).unwrap();
        assert!(log.contains("a") && log.contains("b") && !log.contains("c"));
        assert_eq!(log.counts(), (1, 1, 0));
        assert_eq!(std::fs::read_to_string(&path).unwrap().lines().count(), 2);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn log_cuts_a_partial_last_line_and_refuses_a_corrupt_one() {
        let dir = crate::loader::scratch("batch-log").unwrap();
        let path = dir.join("log.jsonl");
        let whole = serde_json::to_string(&line("a", "accept")).unwrap();
        std::fs::write(&path, format!("{whole}\n{{\"id\": \"b\", \"outc")).unwrap();
        let mut log = Log::open(&path).unwrap();
        assert!(!log.contains("b"));
        assert!(log.append(&line("b", "accept")).unwrap());
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 2, "{text}");
        std::fs::write(&path, "not json\n").unwrap();
        let e = Log::open(&path).err().unwrap();
        assert!(e.contains(":1: not a verdict line"), "{e}");
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_missing_or_malformed_claim_cannot_be_verified() {
        let dir = crate::loader::scratch("batch-entry").unwrap();
        let store_dir = dir.join("store");
        let store = Store::open(&store_dir).unwrap();
        let t = Tolerances::default();
        let (v, g) = verify_entry(&store, &dir, &dir, &t, &Limits::default());
        assert_eq!(v.outcome, Outcome::CannotVerify);
        assert!(g.is_none() && v.reasons[0].contains("claim.json"), "{v:?}");
        std::fs::write(dir.join(CLAIM_FILE), "{\"format\": ").unwrap();
        let (v, _) = verify_entry(&store, &dir, &dir, &t, &Limits::default());
        assert_eq!(v.outcome, Outcome::CannotVerify);
        let _ = std::fs::remove_dir_all(dir);
    }
}
