//! The drivers as a library: `veritor-opt`'s input handling, pipelines and diagnostics
//! ([`opt`], [`verify_diagnostics`]), one module per `veritor` command ([`commands`]), and
//! the verdict's HTML page ([`report`]).
//! The binaries in `src/bin/` only parse their command lines and call these.

pub mod commands;
pub mod opt;
pub mod report;
pub mod target;
pub mod verify_diagnostics;
