//! Execution harness for Veritor: every rewrite is proven by running it.
//!
//! A StableHLO module is compiled with `iree-compile` for the CPU, run with
//! `iree-run-module` on `.npy` inputs, and its `.npy` outputs are compared
//! with expected ones.
//!
//! - [`tools`] finds the IREE executables.
//! - [`npy`] reads and writes `.npy` files (no numpy needed).
//! - [`compare`] compares arrays exactly or within a tolerance.
//! - [`exec`] runs the tools and ties everything together in [`exec::check_cpu`].

pub mod compare;
pub mod exec;
pub mod npy;
pub mod tools;
