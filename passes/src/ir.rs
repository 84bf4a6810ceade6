//! Small helpers over melior's IR handles that every pass needs: names, symbols, walks.

use crate::raw;
use melior::ir::attribute::{FlatSymbolRefAttribute, StringAttribute};
use melior::ir::block::BlockLike;
use melior::ir::operation::{OperationLike, WalkOrder, WalkResult};
use melior::ir::{OperationRef, RegionLike, Value, ValueLike};
use mlir_sys::MlirValue;

/// The op's full name, e.g. `func.call` or `stablehlo.while`.
pub fn op_name(op: OperationRef) -> String {
    raw::name_of(op.to_raw())
}

/// A string attribute's value, if the op has one of that name.
pub fn string_attr(op: OperationRef, name: &str) -> Option<String> {
    let attr = op.attribute(name).ok()?;
    let text = StringAttribute::try_from(attr).ok()?;
    Some(text.value().to_string())
}

/// The symbol a `func.func` defines.
pub fn symbol_name(op: OperationRef) -> Option<String> {
    string_attr(op, "sym_name")
}

/// Whether a symbol is private (functions are public unless marked otherwise).
pub fn is_private(op: OperationRef) -> bool {
    string_attr(op, "sym_visibility").is_some_and(|v| v == "private")
}

/// The function a `func.call` calls.
pub fn callee(op: OperationRef) -> Option<String> {
    let attr = op.attribute("callee").ok()?;
    Some(
        FlatSymbolRefAttribute::try_from(attr)
            .ok()?
            .value()
            .to_string(),
    )
}

/// Every op nested in `op` (not `op` itself), parents before children.
pub fn nested_ops<'c, 'a>(op: OperationRef<'c, 'a>) -> Vec<OperationRef<'c, 'a>> {
    let mut raws = Vec::new();
    let raw = op.to_raw();
    op.walk(WalkOrder::PreOrder, |inner| {
        if inner.to_raw().ptr != raw.ptr {
            raws.push(inner.to_raw());
        }
        WalkResult::Advance
    });
    // SAFETY: the ops are nested in `op`, so they live as long as it does.
    raws.into_iter()
        .map(|r| unsafe { OperationRef::from_raw(r) })
        .collect()
}

/// The ops of the module's body, in order.
pub fn top_level_ops<'c, 'a>(module: OperationRef<'c, 'a>) -> Vec<OperationRef<'c, 'a>> {
    let mut out = Vec::new();
    let Ok(region) = module.region(0) else {
        return out;
    };
    let Some(block) = region.first_block() else {
        return out;
    };
    let mut next = block.first_operation();
    while let Some(op) = next {
        next = op.next_in_block();
        out.push(op);
    }
    out
}

/// The `func.func` ops of a module with their symbol names, in order.
pub fn functions<'c, 'a>(module: OperationRef<'c, 'a>) -> Vec<(String, OperationRef<'c, 'a>)> {
    top_level_ops(module)
        .into_iter()
        .filter(|op| op_name(*op) == veritor_dialects::func::FUNC)
        .filter_map(|op| Some((symbol_name(op)?, op)))
        .collect()
}

/// Names of the ops enclosing `op`, innermost first, up to (not including) `stop`.
pub fn enclosing_op_names(op: OperationRef, stop: OperationRef) -> Vec<String> {
    let mut names = Vec::new();
    let mut current = op.parent_operation();
    while let Some(parent) = current {
        if parent.to_raw().ptr == stop.to_raw().ptr {
            break;
        }
        names.push(op_name(parent));
        current = parent.parent_operation();
    }
    names
}

/// Symbol references (`@name`) written in an op's attributes, other than a call's callee.
pub fn referenced_symbols(op: OperationRef) -> Vec<String> {
    let mut out = Vec::new();
    for (name, attr) in op.attributes() {
        let key = name.as_string_ref().as_str().unwrap_or("");
        if key == "callee" && op_name(op) == veritor_dialects::func::CALL {
            continue;
        }
        collect_symbol_refs(&attr.to_string(), &mut out);
    }
    out
}

fn collect_symbol_refs(text: &str, out: &mut Vec<String>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'@' {
            let rest = &text[i + 1..];
            let symbol = if let Some(quoted) = rest.strip_prefix('"') {
                quoted.split('"').next().unwrap_or("")
            } else {
                let end = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || "_$.-".contains(c)))
                    .unwrap_or(rest.len());
                &rest[..end]
            };
            if !symbol.is_empty() {
                out.push(symbol.to_string());
            }
        }
        i += 1;
    }
}

/// The op that defines `value`, or `None` for a block argument.
pub fn defining_op<'c, 'a>(value: Value<'c, 'a>) -> Option<OperationRef<'c, 'a>> {
    raw::def(value.to_raw()).map(|(op, _)| raw::op_ref(op))
}

/// Whether nothing uses `value`.
pub fn is_unused<'c>(value: impl ValueLike<'c>) -> bool {
    unsafe { mlir_sys::mlirOpOperandIsNull(mlir_sys::mlirValueGetFirstUse(value.to_raw())) }
}

/// Whether two values are the same SSA value.
pub fn same_value<'c>(a: impl ValueLike<'c>, b: impl ValueLike<'c>) -> bool {
    a.to_raw().ptr == b.to_raw().ptr
}

/// Replaces every use of `op`'s results by `values` (one per result), then erases `op`.
pub fn replace_op(op: OperationRef, values: &[MlirValue]) {
    for (i, value) in values.iter().enumerate() {
        raw::replace_uses(raw::result(op.to_raw(), i as isize), *value);
    }
    erase(op);
}

/// Removes `op` from its block and destroys it; nothing may use its results any more.
pub fn erase(op: OperationRef) {
    raw::erase(op.to_raw())
}

#[cfg(test)]
mod tests {
    use super::collect_symbol_refs;

    #[test]
    fn symbol_refs_are_found_in_attribute_text() {
        let mut out = Vec::new();
        collect_symbol_refs(r#"[@body, @"odd name", @x.y]"#, &mut out);
        assert_eq!(out, vec!["body", "odd name", "x.y"]);
    }
}
