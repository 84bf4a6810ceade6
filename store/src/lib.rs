//! The workload store: content-addressed blobs and a SQLite index of what they are.
//!
//! A store is a directory (`.veritor/` by default, `$VERITOR_STORE` or an explicit path
//! otherwise):
//!
//! ```text
//! .veritor/
//!   index.sqlite (+ -wal, -shm)   workloads, claims, runs, refs (SQLite, WAL mode)
//!   lock                          shared by every open handle, exclusive during gc
//!   objects/ab/cdef…              a blob, named by the 64 hex digits of its BLAKE3 digest
//!   objects/ab/.tmp-<pid>-<n>     a write in progress (or left by a killed process)
//! ```
//!
//! Guarantees:
//! - an object appears only by renaming a complete, fsynced temporary file in its own
//!   directory (then the directory is fsynced), so a process killed at any point leaves
//!   whole objects or none; writing an object that is there and intact is a no-op;
//! - every read hashes the content again: [`Error::CorruptObject`] or
//!   [`Error::MissingObject`] name the digest and the file;
//! - an index row is written only after the blobs it references are stored, in one
//!   SQLite transaction with its references, so the index never references a blob that
//!   was not durably written first;
//! - [`Store::verify`] names every corrupt, missing, unreadable or foreign file and every
//!   index inconsistency; [`Store::gc`] removes only objects that no reference names (and
//!   temporary files older than the process), holding the store's lock exclusively;
//! - bad input is an [`Error`] whose one-line `Display` names the file, digest or row;
//!   nothing panics and nothing already stored is changed.
//!
//! [`cli_main`] implements `veritor store verify|gc|put|get|ls`.
//!
//! ```
//! # let dir = std::env::temp_dir().join(format!("veritor-store-doc-{}", std::process::id()));
//! use veritor_store::{Store, Workload};
//! let store = Store::open(&dir)?;
//! let graph = store.put_blob(b"module {}")?;
//! store.add_workload(&Workload::new("tiny", graph, "main"))?;
//! assert_eq!(store.get_blob(&graph)?, b"module {}");
//! assert!(store.verify()?.is_ok());
//! # drop(store); std::fs::remove_dir_all(&dir).unwrap();
//! # Ok::<(), veritor_store::Error>(())
//! ```

mod check;
mod cli;
mod digest;
mod error;
mod index;
mod model;
mod objects;
mod store;
#[doc(hidden)]
pub mod stress;

pub use check::{GcReport, Problem, Report};
pub use cli::{cli_main, cli_run};
pub use digest::{BadDigest, Digest};
pub use error::{Error, IoError};
pub use index::SCHEMA_VERSION;
pub use model::{
    now_ms, Claim, Field, Invalid, Kind, Reference, Role, Run, RunStatus, Strategy, Workload,
    MAX_NAME_LEN,
};
pub use store::{process_start, Store, DEFAULT_DIR, ENV_VAR, INDEX_FILE, LOCK_FILE, OBJECTS_DIR};
