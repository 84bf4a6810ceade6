//! The one registry of Veritor passes: the only module that names every pass, and a one-way
//! list (passes never import it). The driver's `--help`, its `--<pass>` flags and
//! `--pass-pipeline` all read it, and so can any Rust tool built on melior: `create_pass`
//! turns a name and options into a `melior::pass::Pass` for its own `PassManager`
//! (`pipeline::add_pipeline` parses a whole textual pipeline, upstream MLIR passes included).

use crate::options::PassOptions;
use crate::pass::PassInfo;
use crate::runner::external_pass;
use crate::{
    ar_to_tf, bool_to_select, check_legal, gpu_legalize, hooks, inline, print_call_graph,
    scatter_to_select, sort_network, strip_sharding, symbol_dce, top_k_network,
};
use melior::pass::Pass;

/// Every Veritor pass, in the order `--help` lists them.
pub static PASSES: [PassInfo; 14] = [
    print_call_graph::INFO,
    inline::INFO,
    symbol_dce::INFO,
    check_legal::INFO,
    gpu_legalize::INFO,
    scatter_to_select::INFO,
    bool_to_select::INFO,
    top_k_network::INFO,
    sort_network::INFO,
    strip_sharding::INFO,
    ar_to_tf::INFO,
    hooks::insert::INFO,
    hooks::lower::INFO,
    hooks::fingerprint::INFO,
];

/// Looks a pass up by name.
pub fn find(name: &str) -> Option<&'static PassInfo> {
    PASSES.iter().find(|p| p.name == name)
}

/// The names of all Veritor passes, comma-separated (for error messages).
pub fn pass_names() -> String {
    PASSES.iter().map(|p| p.name).collect::<Vec<_>>().join(", ")
}

pub(crate) fn unknown_pass(name: &str) -> String {
    format!(
        "unknown pass '{name}'; Veritor passes: {} (and any registered upstream MLIR pass)",
        pass_names()
    )
}

/// Creates the pass `name` with options text `key=value ...`.
pub fn create_pass(name: &str, options: &str) -> Result<Pass, String> {
    let info = find(name).ok_or_else(|| unknown_pass(name))?;
    let options =
        PassOptions::parse(info.options, options).map_err(|e| format!("pass '{name}': {e}"))?;
    Ok(external_pass(info, options))
}

/// The `--help` section listing every pass with its summary and options.
pub fn render_help() -> String {
    let mut out =
        String::from("Veritor passes (as --<name>[='opt=value ...'] or in --pass-pipeline):\n");
    for info in &PASSES {
        out.push_str(&info.render_summary());
    }
    out
}

/// The help of one pass (`--help <pass>`): its summary, options and description; an unknown
/// name gives an error listing the valid ones.
pub fn render_pass_help(name: &str) -> Result<String, String> {
    let info = find(name)
        .ok_or_else(|| format!("unknown pass '{name}'; Veritor passes: {}", pass_names()))?;
    Ok(info.render_help())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pass_has_its_description_and_help() {
        for info in &PASSES {
            let heading = format!("`{}`:", info.name);
            assert!(info.description.starts_with(&heading), "{}", info.name);
            assert!(info.description.contains("```mlir"), "{}", info.name);
            let help = render_pass_help(info.name).unwrap();
            assert!(help.contains(info.summary) && help.contains(&heading));
        }
        let unknown = render_pass_help("nope").unwrap_err();
        assert!(unknown.contains("unknown pass 'nope'"), "{unknown}");
        assert!(unknown.contains("veritor-fingerprint"), "{unknown}");
    }
}
