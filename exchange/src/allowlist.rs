//! The verifier's allowlist and bounds: a claim's graph is untrusted data, so before anything
//! is compiled every op must be on an explicit list (pure, deterministic tensor computation:
//! no `custom_call`, no host or device communication, no collectives, no unseeded random
//! numbers) and every tensor type must be static and within the size bounds. Anything else is
//! refused with the op's name and location.

use melior::ir::block::BlockLike;
use melior::ir::operation::OperationLike;
use melior::ir::r#type::TypeLike;
use melior::ir::{OperationRef, RegionLike, ValueLike};
use veritor_dialects::stablehlo;
use veritor_passes::{diag, emit, ir, raw};

/// Bounds on what a verifier compiles and runs.
#[derive(Clone, Debug, PartialEq)]
pub struct Limits {
    /// Most elements of any one tensor (argument, result or intermediate value).
    pub max_elements: u64,
    /// Most bytes of any one tensor.
    pub max_tensor_bytes: u64,
    /// Largest graph text.
    pub max_graph_bytes: u64,
    /// Longest run of one compiled function, in seconds (compilation included separately).
    pub max_run_seconds: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            // 2^30 elements and 4 GiB per tensor: far above the examples (and a 7B model's
            // largest weight, 0.5 G elements), far below what would exhaust a verifier.
            max_elements: 1 << 30,
            max_tensor_bytes: 4 << 30,
            max_graph_bytes: 1 << 30,
            max_run_seconds: 600,
        }
    }
}

/// The StableHLO ops a claim's graph may not hold, each group with the reason. Every other op
/// of the specification (`veritor_dialects::stablehlo::OPS`) is allowed: pure, deterministic
/// tensor computation. Refused: `custom_call` (arbitrary code), host and device I/O,
/// collectives and device ids (a verifier runs one device), `rng` (implementation-defined
/// randomness), dynamic-shape ops (unbounded sizes: every `dynamic_` op but
/// [`STATIC_DYNAMIC`]), and what the models handled do not need
/// (`composite`, a call by attribute; `map`; quantisation; complex numbers; decompositions):
/// allow one with a test when a model needs it.
pub const REFUSED_STABLEHLO: &[(&[&str], &str)] = &[
    (&["custom_call"], "it calls code outside the graph"),
    (
        &[
            "infeed",
            "outfeed",
            "send",
            "recv",
            "after_all",
            "create_token",
        ],
        "it communicates with the host or other devices",
    ),
    (
        &[
            "all_gather",
            "all_reduce",
            "all_to_all",
            "collective_broadcast",
            "collective_permute",
            "reduce_scatter",
            "cross-replica-sum",
            "partition_id",
            "replica_id",
        ],
        "a verifier runs a single-device program",
    ),
    (&["rng"], "its random numbers are implementation-defined"),
    (&["get_dimension_size"], NOT_STATIC),
    (
        &[
            "batch_norm_grad",
            "batch_norm_training",
            "cholesky",
            "complex",
            "composite",
            "einsum",
            "fft",
            "imag",
            "map",
            "real",
            "real_dynamic_slice",
            "torch_index_select",
            "triangular_solve",
            "unary_einsum",
            "uniform_dequantize",
            "uniform_quantize",
        ],
        NOT_LISTED,
    ),
];

/// The reason given for an op that is neither allowed nor refused for a stated reason.
const NOT_LISTED: &str = "it is not on the verifier's allowlist";

/// The reason given for a dynamic-shape op.
const NOT_STATIC: &str = "its sizes are not static";

/// The `dynamic_` ops whose result sizes are static (only their offsets are dynamic).
const STATIC_DYNAMIC: &[&str] = &["dynamic_slice", "dynamic_update_slice"];

/// Whether a StableHLO op (without its prefix) is allowed: in the specification and not
/// refused.
pub fn stablehlo_allowed(short: &str) -> bool {
    stablehlo::OPS.contains(&short) && refused_because(short).is_none()
}

/// Why a StableHLO op is refused: its group's reason, or, for every `dynamic_` op but those
/// with static sizes, that its sizes are not static.
fn refused_because(short: &str) -> Option<&'static str> {
    if short.starts_with("dynamic_") && !STATIC_DYNAMIC.contains(&short) {
        return Some(NOT_STATIC);
    }
    REFUSED_STABLEHLO
        .iter()
        .find(|(ops, _)| ops.contains(&short))
        .map(|(_, why)| *why)
}

/// CHLO ops JAX emits for elementwise math (IREE decomposes them).
pub const CHLO_OPS: &[&str] = &[
    "acos",
    "acosh",
    "asin",
    "asinh",
    "atan",
    "atanh",
    "cosh",
    "sinh",
    "digamma",
    "erf",
    "erf_inv",
    "erfc",
    "is_inf",
    "is_neg_inf",
    "is_pos_inf",
    "lgamma",
    "next_after",
    "polygamma",
    "square",
    "tan",
    "top_k",
    "zeta",
];

/// The structural ops of a module, and Veritor's own (lowered before IREE sees them).
pub const OTHER_OPS: &[&str] = &[
    "builtin.module",
    "func.func",
    "func.call",
    "func.return",
    "veritor.hook",
    "veritor.fingerprint",
];

/// Why `name` is not allowed, or `None` when it is.
pub fn refusal(name: &str) -> Option<String> {
    if let Some(short) = name.strip_prefix("stablehlo.") {
        if stablehlo_allowed(short) {
            return None;
        }
        let why = refused_because(short).unwrap_or(NOT_LISTED);
        return Some(format!("op '{name}' is not allowed: {why}"));
    }
    if let Some(short) = name.strip_prefix("chlo.") {
        if CHLO_OPS.contains(&short) {
            return None;
        }
    }
    if OTHER_OPS.contains(&name) {
        return None;
    }
    Some(format!("op '{name}' is not allowed: {NOT_LISTED}"))
}

fn where_(op: OperationRef) -> String {
    match diag::source_pos(op.location()) {
        Some(p) => format!("{}:{}:{}", p.file, p.line, p.column),
        None => "unknown location".to_string(),
    }
}

/// Bytes of one element of an MLIR element type; `None` for types without a fixed size.
fn element_bytes(element: &str) -> Option<u64> {
    let bits: u64 = match element {
        "i1" => 8,
        e if e.starts_with("complex<") => return None,
        e => e
            .trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .parse()
            .ok()?,
    };
    Some(bits.div_ceil(8))
}

/// Checks one type against the bounds; non-tensor types (tokens, functions) pass.
fn check_type(text: &str, limits: &Limits) -> Result<(), String> {
    let Some(inner) = text
        .strip_prefix("tensor<")
        .and_then(|t| t.strip_suffix('>'))
    else {
        return Ok(());
    };
    // Drop an encoding (`tensor<4xf32, #enc>`) before splitting dimensions.
    let inner = inner.split(", ").next().unwrap_or(inner);
    let mut parts: Vec<&str> = inner.split('x').collect();
    let element = parts.pop().unwrap_or("");
    let mut elements: u64 = 1;
    for d in parts {
        let d: u64 = d
            .parse()
            .map_err(|_| format!("type {text} has a dynamic or unreadable dimension"))?;
        elements = elements.saturating_mul(d);
    }
    if elements > limits.max_elements {
        return Err(format!(
            "type {text} has {elements} elements, more than the limit of {}",
            limits.max_elements
        ));
    }
    let bytes = element_bytes(element)
        .ok_or_else(|| format!("type {text} has an unsupported element type {element}"))?
        .saturating_mul(elements);
    if bytes > limits.max_tensor_bytes {
        return Err(format!(
            "type {text} is {bytes} bytes, more than the limit of {}",
            limits.max_tensor_bytes
        ));
    }
    Ok(())
}

/// Checks every op of `module` against the allowlist and every type (function signatures,
/// op results, block arguments) against `limits`. The error names the op and its location.
pub fn check(module: OperationRef, limits: &Limits) -> Result<(), String> {
    for op in ir::nested_ops(module) {
        let name = ir::op_name(op);
        if let Some(why) = refusal(&name) {
            return Err(format!("{}: {why}", where_(op)));
        }
        let mut types: Vec<String> = Vec::new();
        if name == "func.func" {
            if let Some((args, results)) = raw::function_signature(op.to_raw()) {
                types.extend(args.iter().chain(&results).map(|t| emit::type_text(*t)));
            }
        }
        for i in 0..op.result_count() {
            if let Ok(r) = op.result(i) {
                types.push(emit::type_text(r.r#type().to_raw()));
            }
        }
        for region in op.regions() {
            let mut block = region.first_block();
            while let Some(b) = block {
                for i in 0..b.argument_count() {
                    if let Ok(a) = b.argument(i) {
                        types.push(emit::type_text(a.r#type().to_raw()));
                    }
                }
                block = b.next_in_region();
            }
        }
        for t in &types {
            check_type(t, limits).map_err(|e| format!("{}: '{name}': {e}", where_(op)))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dangerous_ops_are_refused_with_a_reason() {
        assert!(refusal("stablehlo.add").is_none());
        assert!(refusal("func.call").is_none());
        assert!(refusal("stablehlo.custom_call")
            .unwrap()
            .contains("outside the graph"));
        assert!(refusal("stablehlo.infeed").unwrap().contains("host"));
        assert!(refusal("stablehlo.all_reduce")
            .unwrap()
            .contains("single-device"));
        assert!(refusal("sdy.mesh").unwrap().contains("allowlist"));
        assert!(refusal("stablehlo.dynamic_reshape")
            .unwrap()
            .contains("static"));
        assert!(refusal("stablehlo.dynamic_future_op")
            .unwrap()
            .contains("static"));
        assert!(refusal("stablehlo.dynamic_slice").is_none(), "static sizes");
        assert!(refusal("stablehlo.fft").unwrap().contains("allowlist"));
        assert!(refusal("stablehlo.no_such_op")
            .unwrap()
            .contains("allowlist"));
    }

    #[test]
    fn every_refused_op_is_a_stablehlo_op_and_most_ops_are_allowed() {
        for (ops, _) in REFUSED_STABLEHLO {
            for op in *ops {
                assert!(
                    stablehlo::OPS.contains(op) || *op == "cross-replica-sum",
                    "{op} is not in the specification's list"
                );
            }
        }
        let allowed = stablehlo::OPS
            .iter()
            .filter(|op| stablehlo_allowed(op))
            .count();
        assert_eq!(
            allowed, 74,
            "the allowlist changed: say so in docs/protocol.md"
        );
    }

    #[test]
    fn types_are_bounded() {
        let limits = Limits::default();
        assert!(check_type("tensor<16x32xf32>", &limits).is_ok());
        assert!(check_type("tensor<i32>", &limits).is_ok());
        assert!(check_type("!stablehlo.token", &limits).is_ok());
        assert!(check_type("tensor<?x32xf32>", &limits)
            .unwrap_err()
            .contains("dynamic"));
        let e = check_type("tensor<100000x100000x100xf32>", &limits).unwrap_err();
        assert!(e.contains("elements, more than the limit"), "{e}");
        let small = Limits {
            max_tensor_bytes: 100,
            ..Limits::default()
        };
        assert!(check_type("tensor<32xf64>", &small)
            .unwrap_err()
            .contains("bytes"));
    }
}
