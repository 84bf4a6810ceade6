//! The teacher's token where a write writes: reading it from the teacher's tokens exactly
//! as the write writes (`dynamic_slice` for a `dynamic_update_slice`, `gather` for a
//! `scatter`), shaped like the choice, and moving the choice's users after the point where
//! it can be computed. Shared by the sequential rewrite, the control loop and the parallel
//! form. Imports nothing from its parent.

use super::common::{join, ty};
use super::recognize::{ScatterNumbers, Write};
use crate::emit::{i64_array, Emitter, TensorType};
use crate::raw::{def, operand, operand_count, result, result_count};
use mlir_sys::{MlirBlock, MlirOperation, MlirValue};
use std::collections::HashSet;

/// The teacher's token at the position `write` writes, shaped like `chosen`, computed
/// before the first op of the write's block that uses `chosen` (those ops move to just
/// before the write). Returns the token and the op it was computed before.
pub(super) fn teacher_token(
    write: Write,
    chosen: MlirValue,
    teacher: MlirValue,
) -> Result<(MlirValue, MlirOperation), String> {
    let first_user = sink_users(chosen, write)?;
    let early = Emitter::before(first_user);
    let update =
        TensorType::of(write.update()).ok_or("the written value is not a static tensor")?;
    let token = read_like_write(&early, write, teacher, &update)?;
    Ok((reshape_like(&early, token, chosen)?, first_user))
}

/// Moves every op of the write's block that uses the choice (directly or through other
/// such ops) to just before the write, keeping their order, so that the teacher's token
/// can be computed before all of them. Returns the first op of the moved group (the write
/// itself when nothing moved).
pub(super) fn sink_users(chosen: MlirValue, write: Write) -> Result<MlirOperation, String> {
    let block = unsafe { mlir_sys::mlirOperationGetBlock(write.op) };
    let users = user_closure(chosen, block);
    for i in (0..operand_count(write.op)).filter(|&i| i != 0 && i != write.update_index()) {
        if def(operand(write.op, i)).is_some_and(|(op, _)| users.contains(&(op.ptr as usize))) {
            return Err("the position of the write depends on the chosen token".into());
        }
    }
    let mut group = Vec::new();
    let mut op = unsafe { mlir_sys::mlirBlockGetFirstOperation(block) };
    while !op.ptr.is_null() && op.ptr != write.op.ptr {
        let next = unsafe { mlir_sys::mlirOperationGetNextInBlock(op) };
        if users.contains(&(op.ptr as usize)) {
            group.push(op);
        }
        op = next;
    }
    for op in &group {
        unsafe { mlir_sys::mlirOperationMoveBefore(*op, write.op) };
    }
    Ok(group.first().copied().unwrap_or(write.op))
}

/// Ops of `block` that use `value`, or use what such ops produce (a use inside a nested
/// region counts for the op of `block` that holds it).
/// Moves every op of `anchor`'s block that uses `chosen` (directly or through other such
/// ops) to just before `anchor`, keeping their order; returns the first moved op (`anchor`
/// when none moved).
pub(super) fn sink_before(chosen: MlirValue, anchor: MlirOperation) -> MlirOperation {
    let block = unsafe { mlir_sys::mlirOperationGetBlock(anchor) };
    let users = user_closure(chosen, block);
    let group: Vec<MlirOperation> = crate::raw::block_ops(block)
        .into_iter()
        .take_while(|op| op.ptr != anchor.ptr)
        .filter(|op| users.contains(&(op.ptr as usize)))
        .collect();
    for op in &group {
        unsafe { mlir_sys::mlirOperationMoveBefore(*op, anchor) };
    }
    group.first().copied().unwrap_or(anchor)
}

pub(super) fn user_closure(value: MlirValue, block: MlirBlock) -> HashSet<usize> {
    let mut found = HashSet::new();
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        let mut use_ = unsafe { mlir_sys::mlirValueGetFirstUse(v) };
        while !unsafe { mlir_sys::mlirOpOperandIsNull(use_) } {
            let owner = unsafe { mlir_sys::mlirOpOperandGetOwner(use_) };
            if let Some(op) = ancestor_in(owner, block) {
                if found.insert(op.ptr as usize) {
                    (0..result_count(op)).for_each(|i| stack.push(result(op, i)));
                }
            }
            use_ = unsafe { mlir_sys::mlirOpOperandGetNextUse(use_) };
        }
    }
    found
}

/// `op` or its ancestor whose block is `block`.
pub(super) fn ancestor_in(mut op: MlirOperation, block: MlirBlock) -> Option<MlirOperation> {
    loop {
        let parent_block = unsafe { mlir_sys::mlirOperationGetBlock(op) };
        if parent_block.ptr == block.ptr {
            return Some(op);
        }
        op = unsafe { mlir_sys::mlirOperationGetParentOperation(op) };
        if op.ptr.is_null() {
            return None;
        }
    }
}

/// `value` reshaped and converted to the type of `like`.
pub(super) fn reshape_like(
    e: &Emitter,
    value: MlirValue,
    like: MlirValue,
) -> Result<MlirValue, String> {
    let (from, to) = (
        TensorType::of(value).ok_or("token type")?,
        TensorType::of(like).ok_or("choice type")?,
    );
    let product = |t: &TensorType| t.dims.iter().product::<i64>();
    if product(&from) != product(&to) {
        return Err(format!(
            "the written tokens {} do not match the choice {}",
            from.text(),
            to.text()
        ));
    }
    let mut v = value;
    if from.dims != to.dims {
        v = e.value(
            "stablehlo.reshape",
            &[v],
            ty(e, &from.with_element(&from.element).reshaped(&to.dims))?,
            &[],
        );
    }
    if from.element != to.element {
        v = e.value("stablehlo.convert", &[v], ty(e, &to)?, &[]);
    }
    Ok(v)
}

/// Reads from `source` exactly what the write writes: `dynamic_slice` for a
/// `dynamic_update_slice`, `gather` for a `scatter`.
pub(super) fn read_like_write(
    e: &Emitter,
    write: Write,
    source: MlirValue,
    update: &TensorType,
) -> Result<MlirValue, String> {
    let result_type = ty(e, update)?;
    if !write.scatter {
        let starts: Vec<MlirValue> = (2..operand_count(write.op))
            .map(|i| operand(write.op, i))
            .collect();
        let mut operands = vec![source];
        operands.extend(starts);
        let sizes = e.attr(&i64_array(&update.dims)).ok_or("array attribute")?;
        return Ok(e.value(
            "stablehlo.dynamic_slice",
            &operands,
            result_type,
            &[("slice_sizes", sizes)],
        ));
    }
    let numbers = ScatterNumbers::of(write)?;
    let buffer = TensorType::of(write.buffer()).ok_or("buffer type")?;
    let gather = format!(
        "#stablehlo.gather<offset_dims = [{}], collapsed_slice_dims = [{}], start_index_map = [{}], index_vector_dim = {}>",
        join(&numbers.update_window_dims),
        join(&numbers.inserted_window_dims),
        join(&numbers.scatter_dims_to_operand_dims),
        numbers.index_vector_dim
    );
    let slice_sizes = numbers.slice_sizes(&buffer, update)?;
    let attrs = [
        (
            "dimension_numbers",
            e.attr(&gather).ok_or("gather attribute")?,
        ),
        (
            "slice_sizes",
            e.attr(&i64_array(&slice_sizes)).ok_or("array attribute")?,
        ),
    ];
    Ok(e.value(
        "stablehlo.gather",
        &[source, operand(write.op, 1)],
        result_type,
        &attrs,
    ))
}
