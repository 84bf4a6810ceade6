//! Raw IR handles (mlir-sys) for passes that restructure ops: reading operands, results and
//! blocks, rebuilding an op with more operands and results (its regions moved over), and
//! editing a function's signature and its argument and result attributes.
//!
//! StableHLO is unregistered, so MLIR does not know its terminators: the terminator of a
//! block is its last op ([`terminator`]), never `mlirBlockGetTerminator`.

use melior::ir::{Location, OperationRef};
use mlir_sys::{
    MlirAttribute, MlirBlock, MlirContext, MlirNamedAttribute, MlirOperation, MlirStringRef,
    MlirType, MlirValue,
};
use std::ffi::c_void;

pub fn string_ref(text: &str) -> MlirStringRef {
    MlirStringRef {
        data: text.as_ptr() as *const _,
        length: text.len(),
    }
}

/// The text of an MLIR string reference (lossy UTF-8).
pub fn string_of(text: MlirStringRef) -> String {
    if text.data.is_null() {
        return String::new();
    }
    let bytes = unsafe { std::slice::from_raw_parts(text.data as *const u8, text.length) };
    String::from_utf8_lossy(bytes).into_owned()
}

/// An MLIR string callback (printing, diagnostics) that appends to the `String` `data`
/// points to.
///
/// # Safety
/// `data` must point to a live `String`.
pub unsafe extern "C" fn append_to_string(text: MlirStringRef, data: *mut c_void) {
    unsafe { (*(data as *mut String)).push_str(&string_of(text)) };
}

/// The printed form of a type.
pub fn type_text(ty: MlirType) -> String {
    let mut out = String::new();
    unsafe {
        mlir_sys::mlirTypePrint(
            ty,
            Some(append_to_string),
            &mut out as *mut String as *mut c_void,
        )
    };
    out
}

pub fn operand(op: MlirOperation, i: isize) -> MlirValue {
    unsafe { mlir_sys::mlirOperationGetOperand(op, i) }
}

pub fn operands(op: MlirOperation) -> Vec<MlirValue> {
    (0..operand_count(op)).map(|i| operand(op, i)).collect()
}

pub fn operand_count(op: MlirOperation) -> isize {
    unsafe { mlir_sys::mlirOperationGetNumOperands(op) }
}

pub fn result(op: MlirOperation, i: isize) -> MlirValue {
    unsafe { mlir_sys::mlirOperationGetResult(op, i) }
}

pub fn result_count(op: MlirOperation) -> isize {
    unsafe { mlir_sys::mlirOperationGetNumResults(op) }
}

pub fn result_types(op: MlirOperation) -> Vec<MlirType> {
    (0..result_count(op))
        .map(|i| value_type(result(op, i)))
        .collect()
}

pub fn value_type(value: MlirValue) -> MlirType {
    unsafe { mlir_sys::mlirValueGetType(value) }
}

/// The op's full name, e.g. `func.call` or `stablehlo.while`.
pub fn name_of(op: MlirOperation) -> String {
    unsafe {
        string_of(mlir_sys::mlirIdentifierStr(mlir_sys::mlirOperationGetName(
            op,
        )))
    }
}

pub fn op_ref<'c, 'a>(op: MlirOperation) -> OperationRef<'c, 'a> {
    unsafe { OperationRef::from_raw(op) }
}

pub fn context_of(op: MlirOperation) -> MlirContext {
    unsafe { mlir_sys::mlirOperationGetContext(op) }
}

pub fn location_of<'c>(op: MlirOperation) -> Location<'c> {
    unsafe { Location::from_raw(mlir_sys::mlirOperationGetLocation(op)) }
}

/// The op's location as text without the `loc(...)` wrapper; a plain name location
/// (`loc("jit(f)/layer0/attn/add")`) gives just the name.
pub fn location_text(op: MlirOperation) -> String {
    let text = location_of(op).to_string();
    let inner = text
        .strip_prefix("loc(")
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(&text);
    match inner.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        Some(name) if !name.contains('"') => name.to_string(),
        _ => inner.to_string(),
    }
}

/// The op defining `value` and the result number, or `None` for a block argument.
pub fn def(value: MlirValue) -> Option<(MlirOperation, isize)> {
    unsafe {
        if mlir_sys::mlirValueIsAOpResult(value) {
            Some((
                mlir_sys::mlirOpResultGetOwner(value),
                mlir_sys::mlirOpResultGetResultNumber(value),
            ))
        } else {
            None
        }
    }
}

/// The index of a block argument in its block, if `value` is one of `block`'s arguments.
pub fn argument_number(value: MlirValue, block: MlirBlock) -> Option<isize> {
    unsafe {
        if !mlir_sys::mlirValueIsABlockArgument(value) {
            return None;
        }
        let owner = mlir_sys::mlirBlockArgumentGetOwner(value);
        (owner.ptr == block.ptr).then(|| mlir_sys::mlirBlockArgumentGetArgNumber(value))
    }
}

pub fn region_count(op: MlirOperation) -> isize {
    unsafe { mlir_sys::mlirOperationGetNumRegions(op) }
}

/// The first block of region `region` (null when the region is empty).
pub fn region_block(op: MlirOperation, region: isize) -> MlirBlock {
    unsafe { mlir_sys::mlirRegionGetFirstBlock(mlir_sys::mlirOperationGetRegion(op, region)) }
}

/// The ops of a block, in order.
pub fn block_ops(block: MlirBlock) -> Vec<MlirOperation> {
    let mut out = Vec::new();
    if block.ptr.is_null() {
        return out;
    }
    let mut op = unsafe { mlir_sys::mlirBlockGetFirstOperation(block) };
    while !op.ptr.is_null() {
        out.push(op);
        op = unsafe { mlir_sys::mlirOperationGetNextInBlock(op) };
    }
    out
}

/// The block's last op: its terminator (`stablehlo.return` is unregistered, so MLIR cannot
/// say which op terminates the block).
pub fn terminator(block: MlirBlock) -> Option<MlirOperation> {
    block_ops(block).last().copied()
}

pub fn block_argument(block: MlirBlock, i: isize) -> MlirValue {
    unsafe { mlir_sys::mlirBlockGetArgument(block, i) }
}

pub fn block_argument_count(block: MlirBlock) -> isize {
    unsafe { mlir_sys::mlirBlockGetNumArguments(block) }
}

pub fn block_of(op: MlirOperation) -> MlirBlock {
    unsafe { mlir_sys::mlirOperationGetBlock(op) }
}

pub fn parent_op(op: MlirOperation) -> Option<MlirOperation> {
    let parent = unsafe { mlir_sys::mlirOperationGetParentOperation(op) };
    (!parent.ptr.is_null()).then_some(parent)
}

/// Which region of its parent op `op`'s block belongs to.
pub fn region_index(op: MlirOperation) -> Option<isize> {
    let parent = parent_op(op)?;
    let region = unsafe { mlir_sys::mlirBlockGetParentRegion(block_of(op)) };
    (0..region_count(parent))
        .find(|&r| unsafe { mlir_sys::mlirOperationGetRegion(parent, r).ptr == region.ptr })
}

/// The ops using `value`, with the operand number, in use-list order.
pub fn uses(value: MlirValue) -> Vec<(MlirOperation, isize)> {
    let mut out = Vec::new();
    unsafe {
        let mut use_ = mlir_sys::mlirValueGetFirstUse(value);
        while !mlir_sys::mlirOpOperandIsNull(use_) {
            out.push((
                mlir_sys::mlirOpOperandGetOwner(use_),
                mlir_sys::mlirOpOperandGetOperandNumber(use_) as isize,
            ));
            use_ = mlir_sys::mlirOpOperandGetNextUse(use_);
        }
    }
    out
}

pub fn replace_uses(of: MlirValue, with: MlirValue) {
    unsafe { mlir_sys::mlirValueReplaceAllUsesOfWith(of, with) }
}

/// Removes `op` from its block and destroys it; nothing may use its results any more.
pub fn erase(op: MlirOperation) {
    unsafe {
        mlir_sys::mlirOperationRemoveFromParent(op);
        mlir_sys::mlirOperationDestroy(op);
    }
}

pub fn set_operands(op: MlirOperation, values: &[MlirValue]) {
    unsafe { mlir_sys::mlirOperationSetOperands(op, values.len() as isize, values.as_ptr()) }
}

/// The attribute `name` of `op` (inherent or discardable), if it has one.
pub fn attribute(op: MlirOperation, name: &str) -> Option<MlirAttribute> {
    let attr = unsafe { mlir_sys::mlirOperationGetAttributeByName(op, string_ref(name)) };
    (!attr.ptr.is_null()).then_some(attr)
}

/// The attribute `name` of `op` as text (`5 : i64`, `array<i64: 0, 2>`), if it has one.
pub fn attribute_text(op: MlirOperation, name: &str) -> Option<String> {
    let attr = attribute(op, name)?;
    Some(unsafe { melior::ir::Attribute::from_raw(attr) }.to_string())
}

/// The integer attribute `name` of `op` (`5 : i64` is 5), if it has one.
pub fn attribute_int(op: MlirOperation, name: &str) -> Option<i64> {
    let text = attribute_text(op, name)?;
    text.split(':').next()?.trim().parse().ok()
}

pub fn set_attribute(op: MlirOperation, name: &str, attr: MlirAttribute) {
    unsafe { mlir_sys::mlirOperationSetAttributeByName(op, string_ref(name), attr) }
}

pub fn string_attr(context: MlirContext, text: &str) -> MlirAttribute {
    unsafe { mlir_sys::mlirStringAttrGet(context, string_ref(text)) }
}

/// The value of a string attribute; `None` for other attributes.
pub fn string_value(attr: MlirAttribute) -> Option<String> {
    unsafe {
        if !mlir_sys::mlirAttributeIsAString(attr) {
            return None;
        }
        Some(string_of(mlir_sys::mlirStringAttrGetValue(attr)))
    }
}

/// A dictionary attribute `{name = attr, ...}`.
pub fn dictionary(context: MlirContext, entries: &[(String, MlirAttribute)]) -> MlirAttribute {
    let named: Vec<MlirNamedAttribute> = entries
        .iter()
        .map(|(n, a)| unsafe {
            mlir_sys::mlirNamedAttributeGet(mlir_sys::mlirIdentifierGet(context, string_ref(n)), *a)
        })
        .collect();
    unsafe { mlir_sys::mlirDictionaryAttrGet(context, named.len() as isize, named.as_ptr()) }
}

/// The entries of a dictionary attribute (empty for anything else).
pub fn dictionary_entries(attr: MlirAttribute) -> Vec<(String, MlirAttribute)> {
    unsafe {
        if attr.ptr.is_null() || !mlir_sys::mlirAttributeIsADictionary(attr) {
            return Vec::new();
        }
        (0..mlir_sys::mlirDictionaryAttrGetNumElements(attr))
            .map(|i| {
                let named = mlir_sys::mlirDictionaryAttrGetElement(attr, i);
                let name = string_of(mlir_sys::mlirIdentifierStr(named.name));
                (name, named.attribute)
            })
            .collect()
    }
}

/// Creates an op of `old`'s name and attributes with new operands and result types, and
/// moves `old`'s regions into it; it is inserted before `old`, `old`'s results are replaced
/// by the first results of the new op, and `old` is erased.
pub fn rebuild(old: MlirOperation, operands: &[MlirValue], types: &[MlirType]) -> MlirOperation {
    let name = name_of(old);
    unsafe {
        let mut state = mlir_sys::mlirOperationStateGet(
            string_ref(&name),
            mlir_sys::mlirOperationGetLocation(old),
        );
        mlir_sys::mlirOperationStateAddOperands(
            &mut state,
            operands.len() as isize,
            operands.as_ptr(),
        );
        mlir_sys::mlirOperationStateAddResults(&mut state, types.len() as isize, types.as_ptr());
        let regions: Vec<_> = (0..region_count(old))
            .map(|_| mlir_sys::mlirRegionCreate())
            .collect();
        mlir_sys::mlirOperationStateAddOwnedRegions(
            &mut state,
            regions.len() as isize,
            regions.as_ptr(),
        );
        let attrs: Vec<MlirNamedAttribute> = (0..mlir_sys::mlirOperationGetNumAttributes(old))
            .map(|i| mlir_sys::mlirOperationGetAttribute(old, i))
            .collect();
        mlir_sys::mlirOperationStateAddAttributes(&mut state, attrs.len() as isize, attrs.as_ptr());
        let op = mlir_sys::mlirOperationCreate(&mut state);
        mlir_sys::mlirBlockInsertOwnedOperationBefore(block_of(old), old, op);
        for r in 0..region_count(old) {
            mlir_sys::mlirRegionTakeBody(
                mlir_sys::mlirOperationGetRegion(op, r),
                mlir_sys::mlirOperationGetRegion(old, r),
            );
        }
        for i in 0..result_count(old) {
            replace_uses(result(old, i), result(op, i));
        }
        erase(old);
        op
    }
}

/// A function's argument and result types.
pub fn function_signature(f: MlirOperation) -> Option<(Vec<MlirType>, Vec<MlirType>)> {
    let attr = attribute(f, "function_type")?;
    unsafe {
        if !mlir_sys::mlirAttributeIsAType(attr) {
            return None;
        }
        let ty = mlir_sys::mlirTypeAttrGetValue(attr);
        if !mlir_sys::mlirTypeIsAFunction(ty) {
            return None;
        }
        let inputs = (0..mlir_sys::mlirFunctionTypeGetNumInputs(ty))
            .map(|i| mlir_sys::mlirFunctionTypeGetInput(ty, i))
            .collect();
        let results = (0..mlir_sys::mlirFunctionTypeGetNumResults(ty))
            .map(|i| mlir_sys::mlirFunctionTypeGetResult(ty, i))
            .collect();
        Some((inputs, results))
    }
}

pub fn set_function_signature(f: MlirOperation, inputs: &[MlirType], results: &[MlirType]) {
    unsafe {
        let ty = mlir_sys::mlirFunctionTypeGet(
            context_of(f),
            inputs.len() as isize,
            inputs.as_ptr(),
            results.len() as isize,
            results.as_ptr(),
        );
        set_attribute(f, "function_type", mlir_sys::mlirTypeAttrGet(ty));
    }
}

/// The dictionaries of `arg_attrs` or `res_attrs`, padded with empty ones to `count`.
pub fn attr_dicts(f: MlirOperation, which: &str, count: usize) -> Vec<MlirAttribute> {
    let context = context_of(f);
    let mut out = Vec::new();
    if let Some(array) = attribute(f, which) {
        unsafe {
            if mlir_sys::mlirAttributeIsAArray(array) {
                for i in 0..mlir_sys::mlirArrayAttrGetNumElements(array) {
                    out.push(mlir_sys::mlirArrayAttrGetElement(array, i));
                }
            }
        }
    }
    out.truncate(count);
    while out.len() < count {
        out.push(dictionary(context, &[]));
    }
    out
}

pub fn set_attr_dicts(f: MlirOperation, which: &str, dicts: &[MlirAttribute]) {
    let array =
        unsafe { mlir_sys::mlirArrayAttrGet(context_of(f), dicts.len() as isize, dicts.as_ptr()) };
    set_attribute(f, which, array);
}

/// The entry block of a function.
pub fn entry_block(f: MlirOperation) -> MlirBlock {
    region_block(f, 0)
}

/// Appends results to a function: its return gets `values`, its type their types, and
/// `res_attrs` one dictionary each.
pub fn append_results(f: MlirOperation, values: &[MlirValue], dicts: &[MlirAttribute]) -> bool {
    let Some(ret) = terminator(entry_block(f)) else {
        return false;
    };
    let Some((inputs, mut results)) = function_signature(f) else {
        return false;
    };
    let mut returned = operands(ret);
    let mut all_dicts = attr_dicts(f, "res_attrs", results.len());
    returned.extend_from_slice(values);
    results.extend(values.iter().map(|v| value_type(*v)));
    all_dicts.extend_from_slice(dicts);
    set_operands(ret, &returned);
    set_function_signature(f, &inputs, &results);
    set_attr_dicts(f, "res_attrs", &all_dicts);
    true
}

/// Appends an argument to a function (block argument, type, `arg_attrs` entry).
pub fn append_argument(f: MlirOperation, ty: MlirType, dict: MlirAttribute) -> Option<MlirValue> {
    let (mut inputs, results) = function_signature(f)?;
    let block = entry_block(f);
    let location = unsafe { mlir_sys::mlirOperationGetLocation(f) };
    let value = unsafe { mlir_sys::mlirBlockAddArgument(block, ty, location) };
    let mut dicts = attr_dicts(f, "arg_attrs", inputs.len());
    inputs.push(ty);
    dicts.push(dict);
    set_function_signature(f, &inputs, &results);
    set_attr_dicts(f, "arg_attrs", &dicts);
    Some(value)
}

/// The text of a value's type.
pub fn type_of_text(value: MlirValue) -> String {
    type_text(value_type(value))
}
