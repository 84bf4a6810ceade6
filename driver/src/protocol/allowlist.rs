//! The verifier's allowlist and bounds: a claim's graph is untrusted data, so before anything
//! is compiled every op must be on an explicit list (pure, deterministic tensor computation:
//! no `custom_call`, no host or device communication, no collectives, no unseeded random
//! numbers) and every tensor type must be static and within the size bounds. Anything else is
//! refused with the op's name and location.

use melior::ir::block::BlockLike;
use melior::ir::operation::OperationLike;
use melior::ir::r#type::TypeLike;
use melior::ir::{OperationRef, RegionLike, ValueLike};
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

/// StableHLO ops a claim's graph may hold: pure, deterministic tensor computation.
/// Left out on purpose: `custom_call` (arbitrary code), `infeed`/`outfeed`/`send`/`recv`/
/// `after_all`/`create_token` (host and device I/O), collectives and `partition_id`/
/// `replica_id` (a verifier runs one device), `rng` (implementation-defined randomness),
/// dynamic-shape ops (unbounded sizes), `composite` (a call by attribute), `map`, quantisation
/// and complex numbers (not needed by the models handled; add with a test when they are).
pub const STABLEHLO_OPS: &[&str] = &[
    "abs",
    "add",
    "and",
    "atan2",
    "batch_norm_inference",
    "bitcast_convert",
    "broadcast",
    "broadcast_in_dim",
    "case",
    "cbrt",
    "ceil",
    "clamp",
    "compare",
    "concatenate",
    "constant",
    "convert",
    "convolution",
    "cosine",
    "count_leading_zeros",
    "divide",
    "dot",
    "dot_general",
    "dynamic_slice",
    "dynamic_update_slice",
    "exponential",
    "exponential_minus_one",
    "floor",
    "gather",
    "get_tuple_element",
    "if",
    "iota",
    "is_finite",
    "log",
    "log_plus_one",
    "logistic",
    "maximum",
    "minimum",
    "multiply",
    "negate",
    "not",
    "optimization_barrier",
    "or",
    "pad",
    "popcnt",
    "power",
    "reduce",
    "reduce_precision",
    "reduce_window",
    "remainder",
    "reshape",
    "return",
    "reverse",
    "rng_bit_generator",
    "round_nearest_afz",
    "round_nearest_even",
    "rsqrt",
    "scatter",
    "select",
    "select_and_scatter",
    "shift_left",
    "shift_right_arithmetic",
    "shift_right_logical",
    "sign",
    "sine",
    "slice",
    "sort",
    "sqrt",
    "subtract",
    "tan",
    "tanh",
    "transpose",
    "tuple",
    "while",
    "xor",
];

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
        if STABLEHLO_OPS.contains(&short) {
            return None;
        }
        let why = match short {
            "custom_call" => "it calls code outside the graph",
            "infeed" | "outfeed" | "send" | "recv" | "after_all" | "create_token" => {
                "it communicates with the host or other devices"
            }
            "all_gather"
            | "all_reduce"
            | "all_to_all"
            | "collective_broadcast"
            | "collective_permute"
            | "reduce_scatter"
            | "cross-replica-sum"
            | "partition_id"
            | "replica_id" => "a verifier runs a single-device program",
            "rng" => "its random numbers are implementation-defined",
            s if s.starts_with("dynamic_") || s == "get_dimension_size" => {
                "its sizes are not static"
            }
            _ => "it is not on the verifier's allowlist",
        };
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
    Some(format!(
        "op '{name}' is not allowed: it is not on the verifier's allowlist"
    ))
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
