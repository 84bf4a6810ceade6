//! What every role reads and writes around a run: the store's directory, scratch
//! directories, size-limited reads, `.npy` files checked against a graph's signature, and a
//! claim's graph, inputs and outputs loaded (and checked) from the store.

use std::path::{Path, PathBuf};

use veritor_iree::exec;
use veritor_protocol::claim::Claim;
use veritor_store::{Digest, Store};

use crate::allowlist::Limits;
use crate::tensors::check_npy;
use crate::workload::{self, Program, Signature, TensorSpec};

/// The store directory: `--store`, else `$VERITOR_STORE`, else `./.veritor`.
pub fn store_path(given: Option<&Path>) -> PathBuf {
    given
        .map(Path::to_path_buf)
        .unwrap_or_else(veritor_store::Store::default_path)
}

/// A fresh scratch directory for one command.
pub fn scratch(tag: &str) -> Result<PathBuf, String> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let dir = std::env::temp_dir().join(format!(
        "veritor-{tag}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    Ok(dir)
}

/// Runs `f` in a fresh scratch directory, removed afterwards whatever `f` returns.
pub fn with_scratch<T>(tag: &str, f: impl FnOnce(&Path) -> T) -> Result<T, String> {
    let work = scratch(tag)?;
    let r = f(&work);
    let _ = std::fs::remove_dir_all(&work);
    Ok(r)
}

/// Writes `.npy` blobs as `in0000.npy`, `in0001.npy`, ... under `work` (a run's input files).
pub fn write_inputs<B: AsRef<[u8]>>(work: &Path, blobs: &[B]) -> Result<Vec<PathBuf>, String> {
    blobs
        .iter()
        .enumerate()
        .map(|(i, bytes)| {
            let p = work.join(format!("in{i:04}.npy"));
            std::fs::write(&p, bytes).map_err(|e| format!("{}: {e}", p.display()))?;
            Ok(p)
        })
        .collect()
}

/// The id of a claim in the store: its strategy and the digest of its body. The body names
/// the graph, the inputs and (for `stamp`) the commitment root, so two workloads that commit
/// to the same tokens (a full-recompute and a KV-cache decoder on the same prompt) get
/// different ids.
pub fn claim_id(claim: &Claim, body: &[u8]) -> String {
    format!("{}-{}", claim.strategy.kind(), Digest::of(body).to_hex())
}

/// Reads a file of at most `limit` bytes; the error names the file and `what` it is.
pub fn read_limited(path: &Path, limit: u64, what: &str) -> Result<Vec<u8>, String> {
    let size = std::fs::metadata(path)
        .map_err(|e| format!("{}: cannot read {what}: {e}", path.display()))?
        .len();
    if size > limit {
        return Err(format!(
            "{}: {what} is {size} bytes, more than the limit of {limit}",
            path.display()
        ));
    }
    std::fs::read(path).map_err(|e| format!("{}: cannot read {what}: {e}", path.display()))
}

/// Reads a directory of `.npy` files and checks each against `specs`.
pub fn read_tensors(
    dir: &Path,
    specs: &[TensorSpec],
    what: &str,
    limits: &Limits,
) -> Result<Vec<Vec<u8>>, String> {
    let files = exec::npy_files(dir).map_err(|e| e.to_string())?;
    if files.len() != specs.len() {
        return Err(format!(
            "{}: {} {what} files, the graph has {}",
            dir.display(),
            files.len(),
            specs.len()
        ));
    }
    files
        .iter()
        .zip(specs)
        .map(|(f, spec)| {
            let bytes = read_limited(f, limits.max_tensor_bytes + 4096, what)?;
            check_npy(&bytes, &f.display().to_string(), spec)?;
            Ok(bytes)
        })
        .collect()
}

/// A claim's program, and its inputs' and outputs' `.npy` bytes.
pub type Loaded = (Program, Vec<Vec<u8>>, Vec<Vec<u8>>);

/// Reads and checks a claim's graph, inputs and outputs from the store (every read hashes
/// the blob again); the graph is checked against the allowlist and bounds before anything
/// else, the tensors against its signature.
pub fn load_blobs(store: &Store, claim: &Claim, limits: &Limits) -> Result<Loaded, String> {
    load_blobs_cached(store, claim, limits, None)
}

/// [`load_blobs`], the checked and transformed program kept in `cache` when given
/// ([`workload::load_cached`]).
pub fn load_blobs_cached(
    store: &Store,
    claim: &Claim,
    limits: &Limits,
    cache: Option<&Path>,
) -> Result<Loaded, String> {
    let e = |e: veritor_store::Error| e.to_string();
    let digest = |d: &str| Digest::parse(d).map_err(|e| e.to_string());
    let graph = store.get_blob(&digest(&claim.graph)?).map_err(e)?;
    let text =
        std::str::from_utf8(&graph).map_err(|_| format!("graph {}: not UTF-8", claim.graph))?;
    let name = format!("graph-{}.mlir", &claim.graph[..16]);
    let program = match cache {
        Some(c) => workload::load_cached(text, &name, &claim.entry, limits, c)?,
        None => workload::load(text, &name, &claim.entry, limits)?,
    };
    let check =
        |list: &[String], specs: &[TensorSpec], what: &str| -> Result<Vec<Vec<u8>>, String> {
            if list.len() != specs.len() {
                return Err(format!(
                    "the claim names {} {what}s, the graph's @{} has {}",
                    list.len(),
                    claim.entry,
                    specs.len()
                ));
            }
            list.iter()
                .zip(specs)
                .enumerate()
                .map(|(i, (d, spec))| {
                    let bytes = store.get_blob(&digest(d)?).map_err(e)?;
                    check_npy(&bytes, &format!("{what} {i} ({d})"), spec)?;
                    Ok(bytes)
                })
                .collect()
        };
    let Signature { args, results } = &program.entry;
    let inputs = check(&claim.inputs, args, "input")?;
    let outputs = check(&claim.outputs, results, "output")?;
    Ok((program, inputs, outputs))
}
