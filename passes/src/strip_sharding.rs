#![doc = include_str!("doc/veritor-strip-sharding.md")]

use crate::diag;
use crate::ir;
use crate::options::PassOptions;
use crate::pass::{Failed, PassInfo, PassResult};
use melior::ir::attribute::AttributeLike;
use melior::ir::operation::OperationLike;
use melior::ir::{Attribute, OperationRef, ValueLike};
use melior::StringRef;
use mlir_sys::{MlirAttribute, MlirNamedAttribute};
use veritor_dialects::{sdy, stablehlo};

pub const INFO: PassInfo = PassInfo {
    name: "veritor-strip-sharding",
    summary: "Remove sharding annotations (sdy, mhlo.sharding) for a single-device program",
    description: include_str!("doc/veritor-strip-sharding.md"),
    options: &[],
    run,
};

/// Ops that only annotate their one operand: replaced by it.
const PASS_THROUGH_OPS: &[&str] = &[
    sdy::SHARDING_CONSTRAINT,
    sdy::RESHARD,
    sdy::PROPAGATION_BARRIER,
];

/// Ops without results that only annotate: erased.
const ANNOTATION_OPS: &[&str] = &[sdy::MESH, sdy::SHARDING_GROUP];

/// `stablehlo.custom_call` targets that only annotate their operand (when the type stays).
const PASS_THROUGH_CALLS: &[&str] = &[
    sdy::SHARDING_CALL,
    sdy::FULL_TO_SHARD_CALL,
    sdy::SHARD_TO_FULL_CALL,
];

fn run(module: OperationRef, _options: &PassOptions) -> PassResult {
    if report_unremovable(module) {
        return Err(Failed);
    }
    let mut changed = remove_annotation_ops(module);
    for op in std::iter::once(module).chain(ir::nested_ops(module)) {
        changed |= strip_attributes(op);
    }
    changed |= set_single_device(module);
    report_leftovers(module)?;
    if !changed {
        diag::remark(
            module.location(),
            "veritor-strip-sharding: no sharding annotations found; the module is unchanged",
        );
    }
    Ok(())
}

/// Emits an error at every op that is not a mere annotation; returns whether there was one.
fn report_unremovable(module: OperationRef) -> bool {
    let mut failed = false;
    for op in ir::nested_ops(module) {
        if let Some(why) = unremovable(op, module) {
            let message = format!("veritor-strip-sharding: {} {why}", describe(op));
            diag::error(op.location(), &message);
            failed = true;
        }
    }
    failed
}

/// `'name'`, plus ` @target` for a sharding custom call.
fn describe(op: OperationRef) -> String {
    match pass_through_call(op) {
        Some(target) => format!("'{}' @{target}", ir::op_name(op)),
        None => format!("'{}'", ir::op_name(op)),
    }
}

/// Why `op` stops the module from becoming a single-device program, if it does.
fn unremovable(op: OperationRef, module: OperationRef) -> Option<String> {
    let name = ir::op_name(op);
    if stablehlo::COLLECTIVES.contains(&name.as_str()) {
        return Some(
            "exchanges data between devices; a single-device program cannot stand in for it".into(),
        );
    }
    if stablehlo::DEVICE_IDS.contains(&name.as_str()) {
        return Some("depends on which device runs it; it has no single-device meaning".into());
    }
    if name == sdy::MANUAL_COMPUTATION {
        return Some(
            "runs a per-device body (shard_map); removing annotations cannot give its \
             single-device equivalent"
                .into(),
        );
    }
    if PASS_THROUGH_OPS.contains(&name.as_str()) || pass_through_call(op).is_some() {
        return pass_through_problem(op);
    }
    // An op inside a Shardy op's region (its `sdy.return`) goes with it: one error is enough.
    let in_shardy_op = ir::enclosing_op_names(op, module)
        .iter()
        .any(|n| n.starts_with(sdy::PREFIX));
    if name.starts_with(sdy::PREFIX) && !ANNOTATION_OPS.contains(&name.as_str()) && !in_shardy_op {
        return Some("is a Shardy op that veritor-strip-sharding cannot remove safely".into());
    }
    None
}

/// The custom-call target of an op that is a sharding custom call, if it is one.
fn pass_through_call(op: OperationRef) -> Option<String> {
    if ir::op_name(op) != stablehlo::CUSTOM_CALL {
        return None;
    }
    ir::string_attr(op, "call_target_name").filter(|t| PASS_THROUGH_CALLS.contains(&t.as_str()))
}

/// Why an annotating op cannot simply be replaced by its operand, if it cannot.
fn pass_through_problem(op: OperationRef) -> Option<String> {
    if op.operand_count() != 1 || op.result_count() != 1 {
        return Some(format!(
            "has {} operands and {} results; only an op with one of each can be replaced by \
             its operand",
            op.operand_count(),
            op.result_count()
        ));
    }
    let (Ok(operand), Ok(result)) = (op.operand(0), op.result(0)) else {
        return None;
    };
    let (from, to) = (operand.r#type(), result.r#type());
    (from != to).then(|| {
        format!(
            "changes {from} into {to}: it enters or leaves a per-device (manual) computation, \
             which has no single-device equivalent"
        )
    })
}

/// Replaces annotating ops by their operands and erases mesh-like ops; returns whether
/// anything went.
fn remove_annotation_ops(module: OperationRef) -> bool {
    let mut changed = false;
    for op in ir::nested_ops(module) {
        let name = ir::op_name(op);
        if PASS_THROUGH_OPS.contains(&name.as_str()) || pass_through_call(op).is_some() {
            let Ok(operand) = op.operand(0) else {
                continue;
            };
            ir::replace_op(op, &[operand.to_raw()]);
            changed = true;
        } else if ANNOTATION_OPS.contains(&name.as_str()) && op.result_count() == 0 {
            ir::erase(op);
            changed = true;
        }
    }
    changed
}

/// What to do with one attribute.
enum Action {
    Keep,
    Remove,
    Replace(MlirAttribute),
}

/// Whether an attribute of this name only carries sharding.
fn is_sharding_name(name: &str) -> bool {
    name.starts_with(sdy::PREFIX)
        || name == sdy::MHLO_SHARDING
        || sdy::MHLO_SPMD_ATTRS.contains(&name)
}

/// What to do with the attribute `name = attr`, wherever it sits (on an op, or in an
/// argument's or result's dictionary).
fn strip_entry(name: &str, attr: MlirAttribute) -> Action {
    if is_sharding_name(name) {
        return Action::Remove;
    }
    match name {
        sdy::MHLO_FRONTEND_ATTRIBUTES => {
            match filter_dictionary(attr, &|key| !key.starts_with(sdy::FRONTEND_SDY_PREFIX)) {
                Some(dict) if unsafe { mlir_sys::mlirDictionaryAttrGetNumElements(dict) } == 0 => {
                    Action::Remove
                }
                Some(dict) => Action::Replace(dict),
                None => Action::Keep,
            }
        }
        "arg_attrs" | "res_attrs" => match strip_dictionary_array(attr) {
            Some(array) => Action::Replace(array),
            None => Action::Keep,
        },
        _ => Action::Keep,
    }
}

/// Strips the sharding attributes of one op; returns whether it changed.
fn strip_attributes(op: OperationRef) -> bool {
    let entries: Vec<(String, MlirAttribute)> = op
        .attributes()
        .map(|(name, attr)| (identifier_text(name.to_raw()), attr.to_raw()))
        .collect();
    let mut changed = false;
    for (name, attr) in entries {
        let text = StringRef::new(&name);
        match strip_entry(&name, attr) {
            Action::Keep => continue,
            // The by-name calls reach both inherent and discardable attributes.
            Action::Remove => unsafe {
                mlir_sys::mlirOperationRemoveAttributeByName(op.to_raw(), text.to_raw());
            },
            Action::Replace(new) => unsafe {
                mlir_sys::mlirOperationSetAttributeByName(op.to_raw(), text.to_raw(), new);
            },
        }
        changed = true;
    }
    changed
}

/// `attr` (a dictionary) without the entries `keep` refuses, with every kept entry stripped
/// in turn; `None` when nothing changes or `attr` is not a dictionary.
fn filter_dictionary(attr: MlirAttribute, keep: &dyn Fn(&str) -> bool) -> Option<MlirAttribute> {
    unsafe {
        if !mlir_sys::mlirAttributeIsADictionary(attr) {
            return None;
        }
        let count = mlir_sys::mlirDictionaryAttrGetNumElements(attr);
        let mut kept: Vec<MlirNamedAttribute> = Vec::new();
        let mut changed = false;
        for i in 0..count {
            let element = mlir_sys::mlirDictionaryAttrGetElement(attr, i);
            let name = identifier_text(element.name);
            if !keep(&name) {
                changed = true;
                continue;
            }
            match strip_entry(&name, element.attribute) {
                Action::Keep => kept.push(element),
                Action::Remove => changed = true,
                Action::Replace(new) => {
                    kept.push(mlir_sys::mlirNamedAttributeGet(element.name, new));
                    changed = true;
                }
            }
        }
        changed.then(|| {
            let context = mlir_sys::mlirAttributeGetContext(attr);
            mlir_sys::mlirDictionaryAttrGet(context, kept.len() as isize, kept.as_ptr())
        })
    }
}

/// An array of dictionaries (`arg_attrs`, `res_attrs`) with each dictionary stripped;
/// `None` when nothing changes.
fn strip_dictionary_array(attr: MlirAttribute) -> Option<MlirAttribute> {
    unsafe {
        if !mlir_sys::mlirAttributeIsAArray(attr) {
            return None;
        }
        let count = mlir_sys::mlirArrayAttrGetNumElements(attr);
        let mut elements = Vec::with_capacity(count as usize);
        let mut changed = false;
        for i in 0..count {
            let element = mlir_sys::mlirArrayAttrGetElement(attr, i);
            match filter_dictionary(element, &|_| true) {
                Some(stripped) => {
                    elements.push(stripped);
                    changed = true;
                }
                None => elements.push(element),
            }
        }
        changed.then(|| {
            let context = mlir_sys::mlirAttributeGetContext(attr);
            mlir_sys::mlirArrayAttrGet(context, elements.len() as isize, elements.as_ptr())
        })
    }
}

/// Sets `mhlo.num_partitions` and `mhlo.num_replicas` to 1 where they say otherwise;
/// returns whether one changed.
fn set_single_device(module: OperationRef) -> bool {
    let mut changed = false;
    for name in [sdy::NUM_PARTITIONS, sdy::NUM_REPLICAS] {
        let Ok(attr) = module.attribute(name) else {
            continue;
        };
        let raw = attr.to_raw();
        unsafe {
            if !mlir_sys::mlirAttributeIsAInteger(raw)
                || mlir_sys::mlirIntegerAttrGetValueInt(raw) == 1
            {
                continue;
            }
            let one = mlir_sys::mlirIntegerAttrGet(mlir_sys::mlirAttributeGetType(raw), 1);
            let text = StringRef::new(name);
            mlir_sys::mlirOperationSetAttributeByName(module.to_raw(), text.to_raw(), one);
        }
        changed = true;
    }
    changed
}

/// Fails, at the op, if an attribute still mentions Shardy after stripping.
fn report_leftovers(module: OperationRef) -> PassResult {
    let mut failed = false;
    for op in std::iter::once(module).chain(ir::nested_ops(module)) {
        for (name, attr) in op.attributes() {
            if mentions_shardy(attr) {
                let name = identifier_text(name.to_raw());
                diag::error(
                    op.location(),
                    &format!(
                        "veritor-strip-sharding: attribute '{name}' still refers to Shardy \
                         after stripping; the pass does not know how to remove it"
                    ),
                );
                failed = true;
            }
        }
    }
    if failed {
        Err(Failed)
    } else {
        Ok(())
    }
}

/// Whether an attribute's text holds a Shardy attribute (`#sdy...`).
fn mentions_shardy(attr: Attribute) -> bool {
    attr.to_string().contains("#sdy")
}

/// The text of an identifier.
fn identifier_text(identifier: mlir_sys::MlirIdentifier) -> String {
    crate::raw::string_of(unsafe { mlir_sys::mlirIdentifierStr(identifier) })
}
