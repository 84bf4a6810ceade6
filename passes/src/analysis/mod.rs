//! Analyses the passes share (no pass imports another pass): the call graph,
//! [`call_graph::report_recursion`] and its drawing ([`call_graph_svg`]), the loop counter
//! of a `stablehlo.while` ([`loop_info::LoopInfo`]), and where values can be handed out of a
//! function ([`regions::liftable`]).

pub mod call_graph;
pub mod call_graph_svg;
pub mod loop_info;
pub mod regions;

pub use call_graph::{report_recursion, CallGraph};
pub use loop_info::{Carried, LoopInfo};
pub use regions::liftable;
