//! The drivers as a library: `veritor-opt`'s input handling, pipelines and diagnostics
//! ([`opt`], [`verify_diagnostics`]), and one module per `veritor` command ([`commands`]).
//! The binaries in `src/bin/` only parse their command lines and call these.

pub mod commands;
pub mod opt;
pub mod target;
pub mod verify_diagnostics;
