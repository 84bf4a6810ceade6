//! Test helper for the store's crash tests (`store/tests/it/crash.rs`): performs COUNT
//! writes (blobs and index rows, in a fixed cycle) into the store at STORE and prints the
//! number of each write on stdout as soon as it is durable, so that the test can kill the
//! process with SIGKILL at a chosen point. Not a user tool.
//!
//! usage: veritor-store-stress STORE ROUND COUNT

use std::io::Write;
use std::process::ExitCode;

use veritor_store::stress::Rng;
use veritor_store::{now_ms, Claim, Digest, Kind, Role, Run, RunStatus, Store, Strategy, Workload};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [store, round, count] = args.as_slice() else {
        eprintln!("usage: veritor-store-stress STORE ROUND COUNT");
        return ExitCode::from(2);
    };
    let (Ok(round), Ok(count)) = (round.parse::<u64>(), count.parse::<usize>()) else {
        eprintln!("veritor-store-stress: ROUND and COUNT must be numbers");
        return ExitCode::from(2);
    };
    match stress(store, round, count) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("veritor-store-stress: {err}");
            ExitCode::from(1)
        }
    }
}

fn stress(root: &str, round: u64, count: usize) -> Result<(), veritor_store::Error> {
    let store = Store::open(root)?;
    let mut rng = Rng(round.wrapping_mul(0x2545_f491_4f6c_dd1d) ^ 0x5eed);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut done = 0;
    let mut cycle = 0;
    // The digests of the current cycle.
    let mut graph = Digest::of(b"");
    let mut input = graph;
    let mut output = graph;
    let mut body = graph;
    while done < count {
        let tag = format!("r{round}-c{cycle}");
        let workload = format!("w-{tag}");
        let claim = format!("c-{tag}");
        let run = format!("p-{tag}");
        // One write per step; the cycle covers every kind of write the store has.
        match done % 10 {
            0 => graph = store.put_blob(&rng.blob(&format!("graph {tag}")))?,
            1 => {
                store.add_workload(&Workload::new(&workload, graph, "main"))?;
            }
            2 => input = store.put_blob(&rng.blob(&format!("input {tag}")))?,
            3 => output = store.put_blob(&rng.blob(&format!("output {tag}")))?,
            4 => body = store.put_blob(format!("{{\"claim\":\"{claim}\"}}").as_bytes())?,
            5 => {
                store.add_claim(&Claim {
                    id: claim,
                    workload,
                    strategy: Strategy::ALL[cycle % Strategy::ALL.len()],
                    inputs: vec![input, graph],
                    outputs: vec![output],
                    commitment: Digest::of(tag.as_bytes()),
                    body,
                    created_ms: now_ms(),
                })?;
            }
            6 => {
                store.add_run(&Run {
                    id: run,
                    workload,
                    role: Role::Prover,
                    backend: "stress".to_string(),
                    status: RunStatus::Running,
                    outputs: vec![],
                    started_ms: now_ms(),
                    finished_ms: None,
                })?;
            }
            7 => store.finish_run(&run, RunStatus::Succeeded, &[output], now_ms())?,
            // Already stored in every round after the first: the no-op path.
            8 => {
                store.put_blob(b"shared by every round")?;
            }
            _ => {
                let manifest = store.put_blob(&rng.blob(&format!("manifest {tag}")))?;
                store.link(Kind::Workload, &workload, &manifest)?;
                cycle += 1;
            }
        }
        done += 1;
        let _ = writeln!(out, "{done}");
        let _ = out.flush();
    }
    Ok(())
}
