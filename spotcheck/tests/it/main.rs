//! The spot-check prover and challenger over real loopback connections, and the
//! `veritor-spot` binary's errors and registry.

mod cli;
mod server;
