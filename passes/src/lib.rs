//! Veritor's passes over StableHLO modules, and the registry that names them.
//!
//! Each pass lives in its own module, whose doc comment holds its summary and a
//! before/after example; `registry::PASSES` lists them all. A tool built on melior can use
//! any of them: `registry::create_pass("veritor-inline", "into=main")` gives a
//! `melior::pass::Pass` for its own `PassManager`.

pub mod ar_to_tf;
pub mod call_graph;
pub mod check_legal;
pub mod diag;
pub mod emit;
pub mod fingerprint;
pub mod gpu_legalize;
pub mod hook_schema;
pub mod inline;
pub mod insert_hooks;
pub mod ir;
pub mod lower_hooks;
pub mod options;
pub mod pass;
pub mod pipeline;
pub mod print_call_graph;
pub mod raw;
pub mod registry;
pub mod runner;
pub mod strip_sharding;
pub mod symbol_dce;

pub use pass::{Failed, PassInfo, PassResult};
pub use pipeline::add_pipeline;
pub use registry::{create_pass, find, PASSES};
