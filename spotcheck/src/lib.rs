//! Memory spot checks over the network (issue 15; the protocol is
//! `veritor_protocol::spotcheck`, the threat model in `docs/protocol.md`).
//!
//! - `toy.rs`: the state the trials hold: a small decoder's weights and KV cache, computed,
//!   so that a prover can recompute it;
//! - `prover.rs`: the committed tree and where the bytes come from (`honest` memory, `disk`
//!   with `O_DIRECT` (`disk-parallel`, `disk-whole`), `recompute`, `missing:F`), and the
//!   answer to a challenge;
//! - `http.rs`, `server.rs`: the prover process (HTTP/1.1 on loopback);
//! - `client.rs`: the challenger: fresh challenges, timed, judged in sessions (every answer
//!   right and within the hard slack, the median within the session slack);
//! - `device_cli.rs`: the registry's commands, shared by `veritor device` and `veritor-spot
//!   device`;
//! - `registry.rs`: device descriptors in the store (`<store>/devices/<name>.json`) and the
//!   probe that measures this machine's;
//! - `trial.rs`: the slacks' calibration and the acceptance trials (`veritor-spot trial`).

pub mod client;
pub mod device_cli;
pub mod http;
pub mod prover;
pub mod registry;
pub mod server;
pub mod toy;
pub mod trial;
