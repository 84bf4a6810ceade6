//! The `veritor` dialect: Veritor's own ops, defined at run time with IRDL (MLIR 22 cannot
//! register a C++ dialect from Rust), and typed builders for them.
//!
//! - `veritor.hook` taps a value: `%y = "veritor.hook"(%x) {name = "main/add#3"}` returns `%x`
//!   unchanged (same type, checked by IRDL) and marks it for `veritor-lower-hooks`, which
//!   turns every hook into a result of the public function.
//! - `veritor.fingerprint` projects a tensor with a seeded random matrix:
//!   `%p = "veritor.fingerprint"(%x, %seed) {dim = 16 : i64}` maps `tensor<...xDxT>` to
//!   `tensor<...x16xf32>`; `veritor-fingerprint` expands it into StableHLO.
//!
//! [`load`] makes the dialect known to a context: afterwards a malformed veritor op (a hook
//! without a name, a result type that differs from its operand, an unknown `veritor.*` op)
//! fails verification with a message, even though StableHLO itself stays unregistered.

use melior::ir::attribute::{IntegerAttribute, StringAttribute};
use melior::ir::operation::OperationBuilder;
use melior::ir::r#type::IntegerType;
use melior::ir::{Identifier, Location, Module, Operation, Type, Value, ValueLike};
use melior::Context;

/// `veritor.hook`: a named tap (tensor in, the same tensor out).
pub const HOOK: &str = "veritor.hook";
/// `veritor.fingerprint`: a seeded projection (tensor and seed in, projection out).
pub const FINGERPRINT: &str = "veritor.fingerprint";
/// The hook's name attribute.
pub const HOOK_NAME: &str = "name";
/// The fingerprint's output width attribute.
pub const FINGERPRINT_DIM: &str = "dim";
/// The attribute a lowered hook leaves on the function result that carries it.
pub const HOOK_RESULT_ATTR: &str = "veritor.hook";
/// The attribute that tags a function's seed argument (`veritor-fingerprint`), with the
/// argument's name as value.
pub const SEED_ATTR: &str = "veritor.seed";
/// The attribute that tags a fingerprinted hook or hook result (`rademacher`, `gaussian`,
/// `...+int8`, `int8-scale`).
pub const FINGERPRINT_ATTR: &str = "veritor.fingerprint";
/// The optional attribute of `veritor.fingerprint` naming the distribution.
pub const FINGERPRINT_DISTRIBUTION: &str = "distribution";

/// The dialect's IRDL definition (the form LLVM 22's IRDL accepts), from
/// `veritor.irdl.mlir`, which `mlir-opt --irdl-file` also reads. Reusing one constraint
/// variable (`%t` in `hook`) makes the operand and result types equal.
pub const IRDL: &str = include_str!("veritor.irdl.mlir");

/// Loads the `veritor` dialect into `context` (the `irdl` dialect must be available, as it
/// is after `register_all_dialects`). Loading twice is harmless.
pub fn load(context: &Context) -> Result<(), String> {
    if context.is_registered_operation(HOOK) {
        return Ok(());
    }
    context.get_or_load_dialect("irdl");
    let module = Module::parse(context, IRDL)
        .ok_or("internal error: the veritor dialect's IRDL text does not parse")?;
    if !melior::utility::load_irdl_dialects(&module) {
        return Err("internal error: the veritor dialect's IRDL definition was refused".into());
    }
    Ok(())
}

/// Builds `%y = "veritor.hook"(%input) {name}` (not inserted anywhere).
pub fn hook<'c>(
    context: &'c Context,
    location: Location<'c>,
    input: Value<'c, '_>,
    name: &str,
) -> Result<Operation<'c>, String> {
    OperationBuilder::new(HOOK, location)
        .add_operands(&[input])
        .add_results(&[input.r#type()])
        .add_attributes(&[(
            Identifier::new(context, HOOK_NAME),
            StringAttribute::new(context, name).into(),
        )])
        .build()
        .map_err(|e| format!("cannot build {HOOK}: {e}"))
}

/// Builds `%p = "veritor.fingerprint"(%input, %seed) {dim}` with result type `result`
/// (`tensor<...xdimxf32>`; see [`fingerprint_type`]).
pub fn fingerprint<'c>(
    context: &'c Context,
    location: Location<'c>,
    input: Value<'c, '_>,
    seed: Value<'c, '_>,
    dim: i64,
    result: Type<'c>,
) -> Result<Operation<'c>, String> {
    let i64_type = IntegerType::new(context, 64).into();
    OperationBuilder::new(FINGERPRINT, location)
        .add_operands(&[input, seed])
        .add_results(&[result])
        .add_attributes(&[(
            Identifier::new(context, FINGERPRINT_DIM),
            IntegerAttribute::new(i64_type, dim).into(),
        )])
        .build()
        .map_err(|e| format!("cannot build {FINGERPRINT}: {e}"))
}

/// The projection's type for an input of shape `dims`: the last axis (the vector) becomes
/// `dim` wide, f32; a scalar counts as a one-element vector.
pub fn fingerprint_type<'c>(context: &'c Context, dims: &[i64], dim: i64) -> Option<Type<'c>> {
    let mut out: Vec<String> = dims.iter().map(|d| d.to_string()).collect();
    out.pop();
    out.push(dim.to_string());
    Type::parse(context, &format!("tensor<{}xf32>", out.join("x")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use melior::ir::operation::OperationLike;
    use melior::ir::r#type::RankedTensorType;
    use melior::ir::{Block, BlockLike};

    fn context() -> Context {
        crate::context().unwrap()
    }

    #[test]
    fn load_success_ops_verify_and_builders_agree() {
        let context = context();
        load(&context).unwrap();
        load(&context).unwrap();
        assert!(context.is_registered_operation(HOOK));
        assert!(context.is_registered_operation(FINGERPRINT));
        let location = Location::unknown(&context);
        let f32_type = Type::float32(&context);
        let x_type = RankedTensorType::new(&[2, 8], f32_type, None).into();
        let seed_type = Type::parse(&context, "tensor<2xui32>").unwrap();
        let block = Block::new(&[(x_type, location), (seed_type, location)]);
        let x = block.argument(0).unwrap().into();
        let seed = block.argument(1).unwrap().into();
        let hooked = block.append_operation(hook(&context, location, x, "h0").unwrap());
        assert!(hooked.verify());
        let p_type = fingerprint_type(&context, &[2, 8], 4).unwrap();
        assert_eq!(p_type.to_string(), "tensor<2x4xf32>");
        let p =
            block.append_operation(fingerprint(&context, location, x, seed, 4, p_type).unwrap());
        assert!(p.verify());
        assert_eq!(
            p.to_string(),
            "%0 = \"veritor.fingerprint\"(<<UNKNOWN SSA VALUE>>, <<UNKNOWN SSA VALUE>>) {dim = 4 : i64} : (tensor<2x8xf32>, tensor<2xui32>) -> tensor<2x4xf32>\n"
                .trim_end()
        );
    }

    #[test]
    fn load_failure_malformed_hook_is_refused() {
        let context = context();
        load(&context).unwrap();
        let text = r#"func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "veritor.hook"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}"#;
        assert!(Module::parse(&context, text).is_none());
        let good = text.replace("(%x) :", "(%x) {name = \"h\"} :");
        assert!(Module::parse(&context, &good).is_some());
    }
}
