//! `veritor verify-batch`: verify every claim of a batch directory exactly once, on a local
//! pool of worker processes or on Ray, with a verdict log that a rerun resumes
//! (`exchange::batch`; docs/protocol.md, "Batch verification").

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use veritor_exchange::batch::{self, pool, Entry, Log, LogLine};
use veritor_exchange::{self as exchange, Limits, Tolerances};

use super::fail;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The batch: one subdirectory per claim, holding claim.json, challenge.json and
    /// openings.json (the subdirectory's name is the claim's id in the log)
    #[arg(required_unless_present = "worker")]
    dir: Option<PathBuf>,
    /// Store directory every worker reads blobs from (default: $VERITOR_STORE, else ./.veritor)
    #[arg(long)]
    store: Option<PathBuf>,
    /// The verdict log, one JSON line per claim; claims already in it are skipped
    /// (default: DIR/verdicts.jsonl)
    #[arg(long)]
    log: Option<PathBuf>,
    /// Local worker processes (default: the number of CPUs)
    #[arg(long)]
    workers: Option<usize>,
    /// Verify on Ray: one task per claim, through the Python driver; ADDRESS is a running
    /// cluster's (`--ray=HOST:PORT`, as `ray start --head` prints it); none starts Ray here
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "", value_name = "ADDRESS")]
    ray: Option<String>,
    /// Most claims submitted to Ray and not yet answered (default: 2 x workers)
    #[arg(long = "max-in-flight")]
    max_in_flight: Option<usize>,
    /// Attempts per claim when its worker dies (then the claim cannot be verified)
    #[arg(long = "max-attempts", default_value_t = 3)]
    max_attempts: u32,
    /// Longest run of a re-executed program, in seconds
    #[arg(long = "max-run-seconds", default_value_t = 600)]
    max_run_seconds: u64,
    /// Tolerances file (veritor-tolerances/1); default: the built-in calibration
    #[arg(long)]
    tolerances: Option<PathBuf>,
    /// Python for the Ray driver (default: $VERITOR_PYTHON, else .venv/bin/python here or above
    /// this build, else python3)
    #[arg(long)]
    python: Option<PathBuf>,
    /// The Ray driver script (default: python/veritor_batch/ray_driver.py here or above this build)
    #[arg(long = "ray-driver")]
    ray_driver: Option<PathBuf>,
    /// Also write the summary as JSON here
    #[arg(long)]
    json: Option<PathBuf>,
    /// Serve as a worker: entries on stdin, verdict lines on stdout (what the pools start)
    #[arg(long, hide = true)]
    worker: bool,
    /// The worker's name in the log
    #[arg(long = "worker-name", hide = true, default_value = "worker")]
    worker_name: String,
}

pub fn run(args: Args) -> ExitCode {
    let tolerances = match args.tolerances.as_deref().map(Tolerances::read).transpose() {
        Ok(t) => t.unwrap_or_default(),
        Err(e) => return fail(e),
    };
    let store = exchange::store_path(args.store.as_deref());
    if args.worker {
        let limits = limits(&args);
        let stdin = std::io::stdin().lock();
        let stdout = std::io::stdout().lock();
        return super::exit(batch::serve(
            stdin,
            stdout,
            &store,
            &tolerances,
            &limits,
            &args.worker_name,
        ));
    }
    match run_batch(&args, &store) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(e),
    }
}

fn limits(args: &Args) -> Limits {
    Limits {
        max_run_seconds: args.max_run_seconds,
        ..Limits::default()
    }
}

/// Lists the entries, skips those in the log, verifies the rest, prints the summary.
fn run_batch(args: &Args, store: &Path) -> Result<(), String> {
    let dir = args.dir.as_deref().ok_or("a batch directory is needed")?;
    if args.workers == Some(0) || args.max_in_flight == Some(0) || args.max_attempts == 0 {
        return Err("--workers, --max-in-flight and --max-attempts must be at least 1".into());
    }
    // Every worker opens the store; a missing one is one error here, not a line per claim.
    veritor_store::Store::open_existing(store).map_err(|e| e.to_string())?;
    let store = std::path::absolute(store).map_err(|e| format!("{}: {e}", store.display()))?;
    let all = batch::entries(dir)?;
    let log_path = args
        .log
        .clone()
        .unwrap_or_else(|| dir.join("verdicts.jsonl"));
    let mut log = Log::open(&log_path)?;
    let todo: Vec<Entry> = all
        .iter()
        .filter(|e| !log.contains(&e.id))
        .map(|e| Entry {
            id: e.id.clone(),
            dir: std::path::absolute(&e.dir).unwrap_or_else(|_| e.dir.clone()),
        })
        .collect();
    let skipped = all.len() - todo.len();
    let workers = args.workers.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    let start = Instant::now();
    let mut written = 0usize;
    let mut on_line = |line: LogLine| -> Result<(), String> {
        written += usize::from(log.append(&line)?);
        Ok(())
    };
    let n = todo.len();
    let result = match &args.ray {
        _ if todo.is_empty() => Ok(()),
        None => {
            let spawn = |i: usize| worker_command(args, &store, &format!("local-{i}")).spawn();
            let local = pool::Local {
                count: workers,
                max_attempts: args.max_attempts,
                spawn: &spawn,
            };
            pool::local(todo, &local, &mut on_line)
        }
        Some(address) => {
            let driver = ray_command(args, &store, address, workers)?
                .spawn()
                .map_err(|e| format!("cannot start the Ray driver: {e}"))?;
            pool::stream(todo, driver, &mut on_line)
        }
    };
    let seconds = start.elapsed().as_secs_f64();
    let summary = Summary {
        entries: all.len(),
        skipped,
        verified: written,
        seconds,
        counts: log.counts(),
        mode: args.ray.as_ref().map_or("local", |_| "ray"),
        workers,
    };
    summary.print(&log_path, n);
    if let Some(p) = &args.json {
        exchange::messages::write(p, &summary.json())?;
    }
    result
}

struct Summary {
    entries: usize,
    skipped: usize,
    verified: usize,
    seconds: f64,
    counts: (usize, usize, usize),
    mode: &'static str,
    workers: usize,
}

impl Summary {
    fn rate(&self) -> f64 {
        if self.seconds > 0.0 {
            self.verified as f64 / self.seconds
        } else {
            0.0
        }
    }

    fn print(&self, log: &Path, todo: usize) {
        let (a, r, c) = self.counts;
        println!(
            "verify-batch: {} claims, {} already in the log, {} of {} verified now in {:.2} s \
             ({:.2} claims/s, {} with {} workers)",
            self.entries,
            self.skipped,
            self.verified,
            todo,
            self.seconds,
            self.rate(),
            self.mode,
            self.workers
        );
        println!(
            "verify-batch: {}: accepted {a}, rejected {r}, cannot verify {c}",
            log.display()
        );
    }

    fn json(&self) -> serde_json::Value {
        let (a, r, c) = self.counts;
        serde_json::json!({
            "format": "veritor-batch-summary/1",
            "entries": self.entries, "skipped": self.skipped, "verified": self.verified,
            "seconds": self.seconds, "claims_per_second": self.rate(),
            "accepted": a, "rejected": r, "cannot_verify": c,
            "mode": self.mode, "workers": self.workers,
        })
    }
}

/// This executable as a worker (`--worker`), with the batch's store, bounds and tolerances.
fn worker_command(args: &Args, store: &Path, name: &str) -> Command {
    let exe = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("veritor"));
    let mut c = Command::new(exe);
    c.args(["verify-batch", "--worker", "--worker-name", name, "--store"])
        .arg(store)
        .arg("--max-run-seconds")
        .arg(args.max_run_seconds.to_string());
    if let Some(t) = &args.tolerances {
        c.arg("--tolerances")
            .arg(std::path::absolute(t).unwrap_or_else(|_| t.clone()));
    }
    c.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    c
}

/// The Ray driver: Python, the driver script, and the worker command it runs in each Ray
/// worker (after `--`).
fn ray_command(
    args: &Args,
    store: &Path,
    address: &str,
    workers: usize,
) -> Result<Command, String> {
    let python = args
        .python
        .clone()
        .or_else(|| std::env::var_os("VERITOR_PYTHON").map(PathBuf::from))
        .or_else(|| find_beside(VENV_PYTHON))
        .unwrap_or_else(|| PathBuf::from("python3"));
    let script = match &args.ray_driver {
        Some(p) if p.is_file() => p.clone(),
        Some(p) => return Err(format!("{}: no such Ray driver script", p.display())),
        None => find_ray_driver()?,
    };
    let worker = worker_command(args, store, "ray");
    let mut c = Command::new(&python);
    c.arg(script)
        .arg("--workers")
        .arg(workers.to_string())
        .arg("--max-in-flight")
        .arg(args.max_in_flight.unwrap_or(2 * workers).to_string())
        .arg("--max-attempts")
        .arg(args.max_attempts.to_string());
    if !address.is_empty() {
        c.arg("--address").arg(address);
    }
    c.arg("--")
        .arg(worker.get_program())
        .args(worker.get_args());
    c.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    Ok(c)
}

const RAY_DRIVER: &str = "python/veritor_batch/ray_driver.py";
const VENV_PYTHON: &str = ".venv/bin/python";

/// `rel` in the current directory or in a directory above this executable (the repository
/// of a build in `target/`).
fn find_beside(rel: &str) -> Option<PathBuf> {
    let exe = std::env::current_exe().ok();
    let mut places = vec![PathBuf::from(".")];
    places.extend(
        exe.iter()
            .flat_map(|e| e.ancestors().map(Path::to_path_buf)),
    );
    places
        .into_iter()
        .map(|p| p.join(rel))
        .find(|p| p.is_file())
}

/// The Ray driver script, found as [`find_beside`] does.
fn find_ray_driver() -> Result<PathBuf, String> {
    find_beside(RAY_DRIVER)
        .ok_or_else(|| format!("cannot find {RAY_DRIVER}: pass --ray-driver PATH"))
}
