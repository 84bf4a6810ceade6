//! Running a batch's entries through worker processes ([`super::serve`] on the other end of
//! each pipe): [`local`] keeps `count` workers on this machine, each verifying one entry at a
//! time (so at most `count` entries are in flight), and retries the entry of a worker that
//! died on a fresh one; [`stream`] hands every entry to one driver process that schedules
//! them elsewhere (the Ray driver) and reads its verdict lines back. Either way each entry's
//! verdict reaches `on_line` exactly once: a second line for an entry is dropped.

use std::collections::{HashSet, VecDeque};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout};
use std::sync::{mpsc, Mutex};

use super::{Entry, LogLine};

/// What is done with each verdict line (the log); an error stops the batch.
pub type OnLine<'a> = &'a mut dyn FnMut(LogLine) -> Result<(), String>;

/// Starts worker `i` (a process speaking [`super::serve`]'s protocol on piped stdin/stdout).
pub type Spawn<'a> = &'a (dyn Fn(usize) -> std::io::Result<Child> + Sync);

/// A local pool: `count` workers, an entry given up (`cannot_verify`) after its worker died
/// `max_attempts` times.
pub struct Local<'a> {
    pub count: usize,
    pub max_attempts: u32,
    pub spawn: Spawn<'a>,
}

enum Msg {
    Line(LogLine),
    Failed(String),
}

type Queue = Mutex<VecDeque<(Entry, u32)>>;

/// Verifies `entries` on a local pool.
pub fn local(entries: Vec<Entry>, pool: &Local, on_line: OnLine) -> Result<(), String> {
    let total = entries.len();
    let queue: Queue = Mutex::new(entries.into_iter().map(|e| (e, 0)).collect());
    let (tx, rx) = mpsc::channel();
    let mut failure = None;
    let mut given = 0;
    std::thread::scope(|s| {
        for i in 0..pool.count.clamp(1, total.max(1)) {
            let (tx, queue) = (tx.clone(), &queue);
            s.spawn(move || work(i, pool, queue, &tx));
        }
        drop(tx);
        for msg in rx {
            match msg {
                Msg::Line(line) => {
                    given += 1;
                    if let Err(e) = on_line(line) {
                        failure.get_or_insert(e);
                        lock(&queue).clear();
                    }
                }
                Msg::Failed(e) => {
                    failure.get_or_insert(e);
                }
            }
        }
    });
    match failure {
        Some(e) => Err(e),
        None if given < total => Err(format!("{} entries left without a verdict", total - given)),
        None => Ok(()),
    }
}

fn lock(q: &Queue) -> std::sync::MutexGuard<'_, VecDeque<(Entry, u32)>> {
    q.lock().unwrap_or_else(|p| p.into_inner())
}

/// One worker's loop: take an entry, ask the worker process, pass the verdict on; when the
/// process dies, put the entry back (or give it up) and start another process.
fn work(i: usize, pool: &Local, queue: &Queue, tx: &mpsc::Sender<Msg>) {
    let name = format!("local-{i}");
    let mut worker: Option<Worker> = None;
    loop {
        let Some((entry, attempts)) = lock(queue).pop_front() else {
            break;
        };
        if worker.is_none() {
            match Worker::start(pool.spawn, i) {
                Ok(w) => worker = Some(w),
                Err(e) => {
                    lock(queue).push_front((entry, attempts));
                    let _ = tx.send(Msg::Failed(format!("cannot start worker {name}: {e}")));
                    return;
                }
            }
        }
        let Some(w) = worker.as_mut() else { break };
        let attempts = attempts + 1;
        match w.ask(&entry) {
            Ok(mut line) => {
                line.attempts = attempts;
                let _ = tx.send(Msg::Line(line));
            }
            Err(why) => {
                let status = worker.take().map(Worker::kill).unwrap_or_default();
                if attempts >= pool.max_attempts {
                    let reason = format!(
                        "the worker verifying it died {attempts} times (last: {why}; {status})"
                    );
                    let line = LogLine::cannot_verify(&entry, reason, &name, attempts);
                    let _ = tx.send(Msg::Line(line));
                } else {
                    // First in line: retried at once, not after the rest of the batch.
                    lock(queue).push_front((entry, attempts));
                }
            }
        }
    }
    if let Some(w) = worker {
        w.finish();
    }
}

/// A running worker process and its pipes.
struct Worker {
    child: Child,
    stdin: Option<ChildStdin>,
    stdout: BufReader<ChildStdout>,
}

impl Worker {
    fn start(spawn: Spawn, i: usize) -> Result<Worker, String> {
        let mut child = spawn(i).map_err(|e| e.to_string())?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            let _ = child.kill();
            let _ = child.wait();
            return Err("the worker's stdin and stdout must be pipes".to_string());
        };
        Ok(Worker {
            child,
            stdin: Some(stdin),
            stdout: BufReader::new(stdout),
        })
    }

    /// Sends `entry`, reads its verdict line; an error when the process died or answered
    /// something else.
    fn ask(&mut self, entry: &Entry) -> Result<LogLine, String> {
        let request = serde_json::to_string(entry).map_err(|e| e.to_string())?;
        let stdin = self.stdin.as_mut().ok_or("the worker's input is closed")?;
        writeln!(stdin, "{request}")
            .and_then(|_| stdin.flush())
            .map_err(|e| format!("cannot send the entry: {e}"))?;
        let mut answer = String::new();
        match self.stdout.read_line(&mut answer) {
            Ok(0) => return Err("the worker exited mid-claim".to_string()),
            Ok(_) => {}
            Err(e) => return Err(format!("cannot read the verdict: {e}")),
        }
        let line: LogLine = serde_json::from_str(&answer)
            .map_err(|e| format!("the worker answered something else: {e}"))?;
        if line.id != entry.id {
            return Err(format!(
                "the worker answered for {} instead of {}",
                line.id, entry.id
            ));
        }
        Ok(line)
    }

    /// Kills the process; returns how it ended.
    fn kill(mut self) -> String {
        let _ = self.child.kill();
        match self.child.wait() {
            Ok(status) => status.to_string(),
            Err(e) => format!("cannot wait for it: {e}"),
        }
    }

    /// Closes its input (the worker then exits) and waits.
    fn finish(mut self) {
        drop(self.stdin.take());
        let _ = self.child.wait();
    }
}

/// Hands every entry to `driver` (one JSON line each on its stdin, which is then closed) and
/// passes on the verdict lines it writes to stdout, the first for each entry; an error when
/// the driver ends with entries left without a verdict (a rerun resumes them).
pub fn stream(entries: Vec<Entry>, mut driver: Child, on_line: OnLine) -> Result<(), String> {
    let mut pending: HashSet<String> = entries.iter().map(|e| e.id.clone()).collect();
    let (Some(mut stdin), Some(stdout)) = (driver.stdin.take(), driver.stdout.take()) else {
        let _ = driver.kill();
        let _ = driver.wait();
        return Err("the driver's stdin and stdout must be pipes".to_string());
    };
    let writer = std::thread::spawn(move || {
        for e in &entries {
            let line = serde_json::to_string(e).unwrap_or_default();
            if writeln!(stdin, "{line}").is_err() {
                break;
            }
        }
    });
    let mut failure = None;
    for line in BufReader::new(stdout).lines() {
        let Ok(line) = line else { break };
        let Ok(verdict) = serde_json::from_str::<LogLine>(&line) else {
            continue; // the driver's own chatter
        };
        if pending.remove(&verdict.id) {
            if let Err(e) = on_line(verdict) {
                failure = Some(e);
                let _ = driver.kill();
                break;
            }
        }
    }
    let status = driver
        .wait()
        .map_or_else(|e| e.to_string(), |s| s.to_string());
    let _ = writer.join();
    match failure {
        Some(e) => Err(e),
        None if !pending.is_empty() => Err(format!(
            "the batch driver ended ({status}) with {} entries without a verdict; rerun to resume",
            pending.len()
        )),
        None => Ok(()),
    }
}
