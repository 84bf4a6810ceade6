//! The `veritor-opt` driver as a library: input handling, parsing, pipelines, diagnostics.
//! The binaries in `src/bin/` only turn command lines into these calls.

pub mod compile;
pub mod manifest;
pub mod opt;
pub mod pretty;
pub mod protocol;
pub mod session;
pub mod source;
pub mod target;
pub mod verify;
