//! Integration tests of the workload store: crash safety under SIGKILL, corruption
//! detection, gc, bad input, and the CLI. One binary (see ARCHITECTURE.md, "Tests").

mod bad_input;
mod cli;
mod corruption;
mod crash;
mod gc;

use std::fs::{self, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

pub use veritor_fsutil::Scratch;
use veritor_store::{now_ms, Claim, Digest, Kind, Role, Run, RunStatus, Store, Strategy, Workload};

/// A store holding one workload, one claim, one run and a linked manifest, plus blobs
/// that nothing references.
pub struct Fixture {
    pub store: Store,
    /// Every digest some index row references.
    pub referenced: Vec<Digest>,
    /// Digests stored but referenced by nothing.
    pub unreferenced: Vec<Digest>,
}

pub fn fixture(root: &Path) -> Fixture {
    let store = Store::open(root).unwrap();
    let graph = store.put_blob(b"\"func.func\"() ({}) : () -> ()").unwrap();
    let input = store.put_blob(&npy_like(1000)).unwrap();
    let output = store.put_blob(&npy_like(64)).unwrap();
    let body = store.put_blob(b"{\"strategy\":\"stamp\"}").unwrap();
    let manifest = store
        .put_blob(b"{\"format\":\"veritor-manifest/1\"}")
        .unwrap();
    let checkpoint = store.put_blob(&vec![0x5a; 200_000]).unwrap();
    store
        .add_workload(&Workload::new("tiny", graph, "main"))
        .unwrap();
    store.link(Kind::Workload, "tiny", &manifest).unwrap();
    store
        .add_claim(&Claim {
            id: "claim-1".into(),
            workload: "tiny".into(),
            strategy: Strategy::Stamp,
            inputs: vec![input],
            outputs: vec![output],
            commitment: Digest::of(b"merkle root"),
            body,
            created_ms: now_ms(),
        })
        .unwrap();
    store
        .add_run(&Run {
            id: "run-1".into(),
            workload: "tiny".into(),
            role: Role::Prover,
            backend: "iree-llvm-cpu".into(),
            status: RunStatus::Succeeded,
            outputs: vec![output],
            started_ms: now_ms(),
            finished_ms: Some(now_ms()),
        })
        .unwrap();
    store.link(Kind::Run, "run-1", &checkpoint).unwrap();
    let unreferenced = vec![
        store.put_blob(b"scratch tensor").unwrap(),
        store.put_blob(&npy_like(5000)).unwrap(),
        store.put_blob(b"").unwrap(),
    ];
    Fixture {
        store,
        referenced: vec![graph, input, output, body, manifest, checkpoint],
        unreferenced,
    }
}

/// Bytes shaped like a small `.npy` file (header then data).
pub fn npy_like(values: usize) -> Vec<u8> {
    let mut bytes =
        b"\x93NUMPY\x01\x00v\x00{'descr': '<f4', 'fortran_order': False, 'shape': (".to_vec();
    bytes.extend_from_slice(format!("{values},), }}\n").as_bytes());
    for i in 0..values {
        bytes.extend_from_slice(&(i as f32 * 0.5).to_le_bytes());
    }
    bytes
}

/// Flips every bit of the byte at `offset` (from the end when negative).
pub fn flip_byte(path: &Path, offset: i64) {
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
        .unwrap();
    let pos = if offset < 0 {
        SeekFrom::End(offset)
    } else {
        SeekFrom::Start(offset as u64)
    };
    file.seek(pos).unwrap();
    let mut byte = [0u8];
    file.read_exact(&mut byte).unwrap();
    file.seek(pos).unwrap();
    file.write_all(&[!byte[0]]).unwrap();
}

/// The files under a directory and their contents, for "nothing changed" checks.
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push((path.clone(), fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// The object files under a store, and their contents.
pub fn objects_snapshot(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    snapshot(&root.join("objects"))
}
