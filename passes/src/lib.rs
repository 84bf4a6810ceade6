//! Veritor's passes over StableHLO modules, and the registry that names them.
//!
//! Layout (no pass imports another pass; only `registry` names them all):
//! - the interface: [`pass`] (`PassInfo`, `Failed`, `PassResult`), [`options`], [`diag`];
//! - the one list: [`registry`]; textual pipelines: [`pipeline`]; the FFI bridge: [`runner`];
//! - shared layers: [`ir`] and [`raw`] (IR handles), [`emit`] (StableHLO ops by name),
//!   [`analysis`] (call graph, loop counters, liftable regions), [`inliner`];
//! - the passes: [`print_call_graph`], [`inline`], [`symbol_dce`], [`check_legal`],
//!   [`gpu_legalize`], [`scatter_to_select`], [`bool_to_select`], [`top_k_network`], [`sort_network`], [`strip_sharding`], [`ar_to_tf`], and [`hooks`]
//!   (insert, lower, fingerprint).
//!
//! Each pass's `INFO` holds its summary and description (a before/after example, the same
//! text as its module doc, from `src/doc/<pass>.md`); `registry::PASSES` lists them all. A
//! tool built on melior can use any of them: `registry::create_pass("veritor-inline",
//! "into=main")` gives a `melior::pass::Pass` for its own `PassManager`.

pub mod analysis;
pub mod ar_to_tf;
pub mod bitonic;
pub mod bool_to_select;
pub mod check_legal;
pub mod diag;
pub mod emit;
pub mod gpu_legalize;
pub mod hooks;
pub mod inline;
pub mod inliner;
pub mod ir;
pub mod options;
pub mod pass;
pub mod pipeline;
pub mod print_call_graph;
pub mod raw;
pub mod registry;
pub mod runner;
pub mod scatter_to_select;
pub mod sort_network;
pub mod strip_sharding;
pub mod symbol_dce;
#[cfg(test)]
pub(crate) mod testing;
pub mod top_k_network;

pub use analysis::call_graph;
pub use hooks::schema as hook_schema;
pub use pass::{Failed, PassInfo, PassResult};
pub use pipeline::add_pipeline;
pub use registry::{create_pass, find, PASSES};
