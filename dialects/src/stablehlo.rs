//! StableHLO op names, as in the StableHLO specification (openxla/stablehlo `docs/spec.md`),
//! plus the region-holding ops that passes treat specially.

/// `stablehlo.while`: loops (`fori_loop`, `while_loop`, `scan` all become one).
pub const WHILE: &str = "stablehlo.while";

/// Ops that passes rewrite or look for by name.
pub const ADD: &str = "stablehlo.add";
pub const CONSTANT: &str = "stablehlo.constant";
pub const CUSTOM_CALL: &str = "stablehlo.custom_call";
pub const NEGATE: &str = "stablehlo.negate";
pub const REDUCE: &str = "stablehlo.reduce";
pub const RETURN: &str = "stablehlo.return";

/// Ops that exchange data between devices: a program holding one has no single-device
/// meaning.
pub const COLLECTIVES: &[&str] = &[
    "stablehlo.all_gather",
    "stablehlo.all_reduce",
    "stablehlo.all_to_all",
    "stablehlo.collective_broadcast",
    "stablehlo.collective_permute",
    "stablehlo.reduce_scatter",
];

/// Ops whose value depends on which device runs them.
pub const DEVICE_IDS: &[&str] = &["stablehlo.partition_id", "stablehlo.replica_id"];

/// Every op of the StableHLO specification, without the `stablehlo.` prefix.
pub const OPS: &[&str] = &[
    "abs",
    "add",
    "after_all",
    "all_gather",
    "all_reduce",
    "all_to_all",
    "and",
    "atan2",
    "batch_norm_grad",
    "batch_norm_inference",
    "batch_norm_training",
    "bitcast_convert",
    "broadcast",
    "broadcast_in_dim",
    "case",
    "cbrt",
    "ceil",
    "cholesky",
    "clamp",
    "collective_broadcast",
    "collective_permute",
    "compare",
    "complex",
    "composite",
    "concatenate",
    "constant",
    "convert",
    "convolution",
    "cosine",
    "count_leading_zeros",
    "create_token",
    "cross-replica-sum",
    "custom_call",
    "divide",
    "dot",
    "dot_general",
    "dynamic_broadcast_in_dim",
    "dynamic_conv",
    "dynamic_gather",
    "dynamic_iota",
    "dynamic_pad",
    "dynamic_reshape",
    "dynamic_slice",
    "dynamic_update_slice",
    "einsum",
    "exponential",
    "exponential_minus_one",
    "fft",
    "floor",
    "gather",
    "get_dimension_size",
    "get_tuple_element",
    "if",
    "imag",
    "infeed",
    "iota",
    "is_finite",
    "log",
    "log_plus_one",
    "logistic",
    "map",
    "maximum",
    "minimum",
    "multiply",
    "negate",
    "not",
    "optimization_barrier",
    "or",
    "outfeed",
    "pad",
    "partition_id",
    "popcnt",
    "power",
    "real",
    "real_dynamic_slice",
    "recv",
    "reduce",
    "reduce_precision",
    "reduce_scatter",
    "reduce_window",
    "remainder",
    "replica_id",
    "reshape",
    "return",
    "reverse",
    "rng",
    "rng_bit_generator",
    "round_nearest_afz",
    "round_nearest_even",
    "rsqrt",
    "scatter",
    "select",
    "select_and_scatter",
    "send",
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
    "torch_index_select",
    "transpose",
    "triangular_solve",
    "tuple",
    "unary_einsum",
    "uniform_dequantize",
    "uniform_quantize",
    "while",
    "xor",
];

/// Whether `name` (with its dialect prefix) is a StableHLO op.
pub fn is_op(name: &str) -> bool {
    name.strip_prefix("stablehlo.")
        .is_some_and(|short| OPS.contains(&short))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_op_success_and_failure() {
        assert!(is_op(WHILE));
        assert!(is_op("stablehlo.dot_general"));
        assert!(!is_op("stablehlo.bogus"));
        assert!(!is_op("veritor.hook"));
        assert!(!is_op("while"));
    }
}
