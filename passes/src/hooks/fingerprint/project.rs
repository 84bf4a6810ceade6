//! What both orders of `veritor-fingerprint` share: the options' [`Plan`], the seed argument,
//! and one `veritor.fingerprint` (with its int8 quantization) inserted for one value.

use super::expand::quantize;
use crate::emit::{Emitter, TensorType};
use crate::options::PassOptions;
use crate::raw;
use melior::ir::r#type::TypeLike;
use melior::ir::{Type, Value};
use melior::ContextRef;
use mlir_sys::{MlirAttribute, MlirOperation, MlirValue};
use veritor_dialects::veritor::{
    self as vd, FINGERPRINT_ATTR, FINGERPRINT_DISTRIBUTION, SEED_ATTR,
};

/// What the options ask for.
#[derive(Clone)]
pub(super) struct Plan {
    pub(super) dim: i64,
    pub(super) seed_arg: String,
    pub(super) seed_type: String,
    pub(super) distribution: String,
    pub(super) int8: bool,
}

impl Plan {
    pub(super) fn new(options: &PassOptions) -> Plan {
        Plan {
            dim: options.int("dim"),
            seed_arg: options.string("seed-arg").to_string(),
            seed_type: format!("tensor<{}>", options.string("seed-type")),
            distribution: options.string("distribution").to_string(),
            int8: options.string("quantize") == "int8",
        }
    }

    /// Bytes of one projected vector: `dim` f32s, or `dim` int8 codes and an f32 scale.
    pub(super) fn bytes_per_vector(&self) -> i64 {
        if self.int8 {
            self.dim + 4
        } else {
            self.dim * 4
        }
    }
}

pub(super) fn tag(plan: &Plan) -> String {
    if plan.int8 {
        format!("{}+int8", plan.distribution)
    } else {
        plan.distribution.clone()
    }
}

/// `dict` with `veritor.fingerprint = value` added.
pub(super) fn tagged(dict: MlirAttribute, value: &str) -> MlirAttribute {
    let context = unsafe { mlir_sys::mlirAttributeGetContext(dict) };
    let mut entries = raw::dictionary_entries(dict);
    entries.retain(|(n, _)| n != FINGERPRINT_ATTR);
    entries.push((
        FINGERPRINT_ATTR.to_string(),
        raw::string_attr(context, value),
    ));
    raw::dictionary(context, &entries)
}

/// The function's seed argument: the one tagged `veritor.seed = <seed-arg>`, or a new one.
pub(super) fn seed_argument(f: MlirOperation, plan: &Plan) -> Result<MlirValue, String> {
    let (inputs, _) = raw::function_signature(f).ok_or("no function type")?;
    let dicts = raw::attr_dicts(f, "arg_attrs", inputs.len());
    for (i, dict) in dicts.iter().enumerate() {
        let named = raw::dictionary_entries(*dict).iter().any(|(n, a)| {
            n == SEED_ATTR && raw::string_value(*a).as_deref() == Some(&plan.seed_arg)
        });
        if named {
            return Ok(raw::block_argument(raw::entry_block(f), i as isize));
        }
    }
    let context = raw::context_of(f);
    let ty = Type::parse(
        unsafe { ContextRef::from_raw(context).to_ref() },
        &plan.seed_type,
    )
    .ok_or("bad seed type")?;
    let dict = raw::dictionary(
        context,
        &[(
            SEED_ATTR.to_string(),
            raw::string_attr(context, &plan.seed_arg),
        )],
    );
    raw::append_argument(f, ty.to_raw(), dict).ok_or_else(|| "cannot add the seed argument".into())
}

/// Inserts `veritor.fingerprint` (and the int8 quantization) for one value, before `ret`.
pub(super) fn project_result(
    ret: MlirOperation,
    value: MlirValue,
    seed: MlirValue,
    plan: &Plan,
) -> Result<(MlirValue, Option<MlirValue>), String> {
    let t = TensorType::of(value).ok_or_else(|| {
        format!(
            "a hook result of type {} is not a static tensor",
            raw::type_of_text(value)
        )
    })?;
    let context = unsafe { ContextRef::from_raw(raw::context_of(ret)) };
    let context = unsafe { context.to_ref() };
    let result_type =
        vd::fingerprint_type(context, &t.dims, plan.dim).ok_or("bad fingerprint type")?;
    let op = vd::fingerprint(
        context,
        raw::location_of(ret),
        unsafe { Value::from_raw(value) },
        unsafe { Value::from_raw(seed) },
        plan.dim,
        result_type,
    )?
    .into_raw();
    unsafe { mlir_sys::mlirBlockInsertOwnedOperationBefore(raw::block_of(ret), ret, op) };
    if plan.distribution != "rademacher" {
        let e = Emitter::before(ret);
        let attr = e
            .attr(&format!("\"{}\"", plan.distribution))
            .ok_or("attribute")?;
        raw::set_attribute(op, FINGERPRINT_DISTRIBUTION, attr);
    }
    let projected = raw::result(op, 0);
    if !plan.int8 {
        return Ok((projected, None));
    }
    let (q, scale) = quantize(&Emitter::before(ret), projected)?;
    Ok((q, Some(scale)))
}
