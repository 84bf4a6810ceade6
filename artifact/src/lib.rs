//! Verifiable binaries: what Veritor hands to a prover and a verifier after IREE.
//!
//! After Veritor's passes and `iree-compile`, a run is described by a directory
//! holding one `.vmfb` per target and a `manifest.json` that pins everything the
//! modules came from with BLAKE3 digests: the input IR, the IR after Veritor's
//! passes, the pass pipeline, the IREE version and flags, and each module's
//! digest and size. A verifier who trusts the manifest can check the modules
//! with [`manifest::check`] without trusting whoever handed them over.
//!
//! A module and its manifest can also be embedded in an x86-64 ELF object
//! ([`object::write_object`]) that links into a C, C++ or Rust program, so the
//! program carries the exact bytes it runs and the digest that names them.
//!
//! - [`manifest`]: the manifest format, digests, atomic writing, [`manifest::check`].
//! - [`object`]: the linkable object (LLVM through inkwell; no MLIR).
//! - [`Error`]: every failure, one line naming the file.

mod atomic;
mod error;
pub mod manifest;
pub mod object;

pub use error::{Error, IoError};
pub use manifest::{
    check, digest_bytes, digest_file, EntryPoint, Input, Iree, Manifest, Module, ModuleReport,
    ModuleStatus, Report, Transformed, FORMAT, MANIFEST_FILE,
};
pub use object::{write_object, DEFAULT_SYMBOL_PREFIX};
