#![doc = include_str!("doc/veritor-gpu-legalize.md")]

use crate::diag;
use crate::ir;
use crate::options::PassOptions;
use crate::pass::{PassInfo, PassResult};
use melior::ir::attribute::AttributeLike;
use melior::ir::block::BlockLike;
use melior::ir::operation::{OperationBuilder, OperationLike};
use melior::ir::{Location, Operation, OperationRef, RegionLike, Value, ValueLike};
use mlir_sys::MlirOperation;
use std::collections::HashSet;
use veritor_dialects::stablehlo;

pub const INFO: PassInfo = PassInfo {
    name: "veritor-gpu-legalize",
    summary: "Rewrite what IREE's GPU code generation rejects (a sum over a negate, bf16 dots)",
    description: include_str!("doc/veritor-gpu-legalize.md"),
    options: &[],
    run,
};

fn run(module: OperationRef, _options: &PassOptions) -> PassResult {
    let mut reported = HashSet::new();
    // Each round moves negations past sums; one per reduce at least, so the number of ops
    // bounds the rounds.
    let limit = ir::nested_ops(module).len() + 1;
    for _round in 0..limit {
        if !legalize_round(module, &mut reported) {
            break;
        }
    }
    for op in ir::nested_ops(module) {
        if ir::op_name(op) == "stablehlo.dot_general" {
            widen_half_dot(op.to_raw());
        }
    }
    Ok(())
}

/// A dot_general on bf16/f16 operands and result, computed in f32 and rounded once.
fn widen_half_dot(dot: MlirOperation) {
    use crate::emit::{Emitter, TensorType};
    let operand = |i| unsafe { mlir_sys::mlirOperationGetOperand(dot, i) };
    let result = unsafe { mlir_sys::mlirOperationGetResult(dot, 0) };
    let (Some(lhs), Some(rhs), Some(out)) = (
        TensorType::of(operand(0)),
        TensorType::of(operand(1)),
        TensorType::of(result),
    ) else {
        return;
    };
    let half = |t: &TensorType| t.element == "bf16" || t.element == "f16";
    if unsafe { mlir_sys::mlirOperationGetNumOperands(dot) } != 2
        || !half(&lhs)
        || !half(&rhs)
        || out.element != lhs.element
    {
        return;
    }
    let e = Emitter::before(dot);
    let types = (
        e.ty(&lhs.with_element("f32").text()),
        e.ty(&rhs.with_element("f32").text()),
        e.ty(&out.with_element("f32").text()),
        e.ty(&out.text()),
    );
    let (Some(lhs32), Some(rhs32), Some(out32), Some(out_half)) = types else {
        return;
    };
    let a = e.value("stablehlo.convert", &[operand(0)], lhs32, &[]);
    let b = e.value("stablehlo.convert", &[operand(1)], rhs32, &[]);
    // Unregistered ops keep `<{...}>` as properties, which are not among their attributes:
    // read each known inherent attribute by name.
    let attrs: Vec<(&str, mlir_sys::MlirAttribute)> =
        ["dot_dimension_numbers", "precision_config", "algorithm"]
            .into_iter()
            .filter_map(|name| {
                let key = mlir_sys::MlirStringRef {
                    data: name.as_ptr() as *const _,
                    length: name.len(),
                };
                let attr = unsafe { mlir_sys::mlirOperationGetInherentAttributeByName(dot, key) };
                (!attr.ptr.is_null()).then_some((name, attr))
            })
            .collect();
    let wide = e.value("stablehlo.dot_general", &[a, b], out32, &attrs);
    let narrow = e.value("stablehlo.convert", &[wide], out_half, &[]);
    unsafe {
        mlir_sys::mlirValueReplaceAllUsesOfWith(result, narrow);
        mlir_sys::mlirOperationRemoveFromParent(dot);
        mlir_sys::mlirOperationDestroy(dot);
    }
}

/// Rewrites every sum over a negate found now; returns whether anything changed.
fn legalize_round(module: OperationRef, reported: &mut HashSet<usize>) -> bool {
    let mut negates: Vec<MlirOperation> = Vec::new();
    for op in ir::nested_ops(module) {
        if ir::op_name(op) != stablehlo::REDUCE {
            continue;
        }
        let Some(negate) = negated_input(op) else {
            continue;
        };
        match sum_of_negate_problem(op) {
            None => {
                if rewrite_sum_of_negate(op, negate) {
                    negates.push(negate.to_raw());
                }
            }
            Some(problem) => {
                if reported.insert(op.to_raw().ptr as usize) {
                    let message =
                        format!("veritor-gpu-legalize: reduce over a negate left alone: {problem}");
                    diag::remark(op.location(), &message);
                }
            }
        }
    }
    let changed = !negates.is_empty();
    erase_unused(negates);
    changed
}

/// The `stablehlo.negate` that makes one of the reduce's inputs (not its inits), if any.
fn negated_input<'c, 'a>(reduce: OperationRef<'c, 'a>) -> Option<OperationRef<'c, 'a>> {
    let inputs = reduce.operand_count() / 2;
    reduce
        .operands()
        .take(inputs)
        .filter_map(ir::defining_op)
        .find(|op| ir::op_name(*op) == stablehlo::NEGATE)
}

/// Why `reduce(negate(x), init)` cannot become `negate(reduce(x, -init))`, if it cannot.
fn sum_of_negate_problem(reduce: OperationRef) -> Option<String> {
    if reduce.operand_count() != 2 || reduce.result_count() != 1 {
        return Some(format!(
            "it reduces {} operands together (the rewrite needs exactly one operand and one init)",
            reduce.operand_count() / 2
        ));
    }
    body_problem(reduce)
}

/// Why the reduce's body is not a plain sum of its two arguments, if it is not.
fn body_problem(reduce: OperationRef) -> Option<String> {
    let not_sum = |what: &str| Some(format!("its body is not a plain sum ({what})"));
    let Some(block) = reduce.region(0).ok().and_then(|r| r.first_block()) else {
        return not_sum("it has no body");
    };
    let Some(first) = block.first_operation() else {
        return not_sum("the body is empty");
    };
    if ir::op_name(first) != stablehlo::ADD {
        return not_sum(&format!("it computes {}", ir::op_name(first)));
    }
    if block.argument_count() != 2 || !adds_both_arguments(first, block) {
        return not_sum("the add does not combine the two block arguments");
    }
    match first.next_in_block() {
        Some(ret) if returns_only(ret, first) => None,
        _ => not_sum("the body does more than return the add"),
    }
}

/// Whether `add`'s operands are the block's two arguments, in either order.
fn adds_both_arguments<'c, 'a>(add: OperationRef<'c, 'a>, block: impl BlockLike<'c, 'a>) -> bool {
    let (Ok(a), Ok(b)) = (block.argument(0), block.argument(1)) else {
        return false;
    };
    let (Ok(x), Ok(y)) = (add.operand(0), add.operand(1)) else {
        return false;
    };
    add.operand_count() == 2
        && ((ir::same_value(x, a) && ir::same_value(y, b))
            || (ir::same_value(x, b) && ir::same_value(y, a)))
}

/// Whether `ret` is the block's last op, a `stablehlo.return` of `add`'s result alone.
fn returns_only(ret: OperationRef, add: OperationRef) -> bool {
    let (Ok(value), Ok(result)) = (ret.operand(0), add.result(0)) else {
        return false;
    };
    ir::op_name(ret) == stablehlo::RETURN
        && ret.operand_count() == 1
        && ir::same_value(value, result)
        && ret.next_in_block().is_none()
}

/// `reduce(negate(x), init)` -> `negate(reduce(x, init'))`, where `init'` is `init` when it
/// is a zero constant and `negate(init)` otherwise. New ops are built before anything
/// changes, so a failure leaves the reduce as it was.
fn rewrite_sum_of_negate(reduce: OperationRef, negate: OperationRef) -> bool {
    let (Ok(x), Ok(init), Ok(result)) = (negate.operand(0), reduce.operand(1), reduce.result(0))
    else {
        return false;
    };
    let location = negate.location();
    let negated_init = match is_zero_constant(init) {
        true => None,
        false => match build_negate(init, location) {
            Some(op) => Some(op),
            None => return false,
        },
    };
    let Some(negated_sum) = build_negate(result.into(), location) else {
        return false;
    };
    let raw = reduce.to_raw();
    unsafe {
        let block = mlir_sys::mlirOperationGetBlock(raw);
        if let Some(op) = negated_init {
            let op = op.into_raw();
            mlir_sys::mlirBlockInsertOwnedOperationBefore(block, raw, op);
            mlir_sys::mlirOperationSetOperand(raw, 1, mlir_sys::mlirOperationGetResult(op, 0));
        }
        mlir_sys::mlirOperationSetOperand(raw, 0, x.to_raw());
        let mut negated_sum = negated_sum.into_raw();
        mlir_sys::mlirBlockInsertOwnedOperationAfter(block, raw, negated_sum);
        mlir_sys::mlirValueReplaceAllUsesExcept(
            result.to_raw(),
            mlir_sys::mlirOperationGetResult(negated_sum, 0),
            1,
            &mut negated_sum,
        );
    }
    true
}

/// A detached `stablehlo.negate` of `value`.
fn build_negate<'c>(value: Value<'c, '_>, location: Location<'c>) -> Option<Operation<'c>> {
    OperationBuilder::new(stablehlo::NEGATE, location)
        .add_operands(&[value])
        .add_results(&[value.r#type()])
        .build()
        .ok()
}

/// Whether `value` is a `stablehlo.constant` whose every element is zero (either sign).
fn is_zero_constant(value: Value) -> bool {
    let Some(op) = ir::defining_op(value) else {
        return false;
    };
    if ir::op_name(op) != stablehlo::CONSTANT {
        return false;
    }
    let Ok(attribute) = op.attribute("value") else {
        return false;
    };
    unsafe {
        let raw = attribute.to_raw();
        if !mlir_sys::mlirAttributeIsADenseElements(raw)
            || !mlir_sys::mlirDenseElementsAttrIsSplat(raw)
        {
            return false;
        }
        let element = mlir_sys::mlirDenseElementsAttrGetSplatValue(raw);
        if mlir_sys::mlirAttributeIsAFloat(element) {
            mlir_sys::mlirFloatAttrGetValueDouble(element) == 0.0
        } else if mlir_sys::mlirAttributeIsAInteger(element) {
            mlir_sys::mlirIntegerAttrGetValueInt(element) == 0
        } else {
            false
        }
    }
}

/// Erases the negates that nothing uses any more (each once).
fn erase_unused(mut negates: Vec<MlirOperation>) {
    negates.sort_by_key(|op| op.ptr as usize);
    negates.dedup_by_key(|op| op.ptr as usize);
    for raw in negates {
        let op = unsafe { OperationRef::from_raw(raw) };
        if op.result(0).is_ok_and(ir::is_unused) {
            ir::erase(op);
        }
    }
}
