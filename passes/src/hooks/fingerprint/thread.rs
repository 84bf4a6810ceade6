//! Before `veritor-lower-hooks`: each `veritor.hook` projected where it sits, with the seed
//! threaded to it (through calls as one more argument, through loops as one more carried
//! value); a function also used where no seed can be passed gets an unseeded copy.

use super::project::{project_result, seed_argument, tag, Plan};
use crate::analysis::liftable;
use crate::diag;
use crate::ir;
use crate::pass::{Failed, PassResult};
use crate::raw;
use melior::ir::operation::OperationLike;
use melior::ir::{OperationRef, Value};
use melior::ContextRef;
use mlir_sys::{MlirBlock, MlirOperation, MlirValue};
use std::collections::{HashMap, HashSet};
use veritor_dialects::stablehlo;
use veritor_dialects::veritor::{self as vd, FINGERPRINT_ATTR};

/// Replaces every `veritor.hook` (not yet projected) by a hook on its projection, with the
/// seed threaded to it; whether there were any.
pub(super) fn project_hooks(module: OperationRef, plan: &Plan) -> Result<bool, Failed> {
    let hooks: Vec<MlirOperation> = ir::nested_ops(module)
        .into_iter()
        .filter(|op| ir::op_name(*op) == vd::HOOK && !is_projected(op.to_raw()))
        .map(|op| op.to_raw())
        .collect();
    if hooks.is_empty() {
        return Ok(false);
    }
    let mut failed = false;
    for &hook in &hooks {
        let f = enclosing_function(hook);
        if let Some(Err(region)) = f.map(|f| liftable(hook, f)) {
            let message = format!(
                "veritor-fingerprint: this veritor.hook sits in {region}, which its fingerprint could not leave"
            );
            diag::error(raw::location_of(hook), &message);
            failed = true;
        }
    }
    if failed {
        return Err(Failed);
    }
    let seeded = seeded_functions(module);
    give_unseeded_copies(module, &seeded)?;
    // Every seeded function gets its seed argument first (the calls then pass it).
    let mut seeds = Vec::new();
    let mut arity = HashMap::new();
    for (name, f) in ir::functions(module) {
        if !seeded.contains(&name) {
            continue;
        }
        let f = f.to_raw();
        let seed = seed_argument(f, plan).map_err(|message| {
            diag::fail(
                raw::location_of(f),
                &format!("veritor-fingerprint: {message}"),
            )
        })?;
        let inputs = raw::function_signature(f).map_or(0, |(i, _)| i.len());
        arity.insert(name, inputs);
        seeds.push((f, seed));
    }
    let mut count = 0;
    for (f, seed) in seeds {
        count += thread(raw::entry_block(f), seed, &arity, plan).map_err(|message| {
            diag::fail(
                raw::location_of(f),
                &format!("veritor-fingerprint: {message}"),
            )
        })?;
    }
    let per_vector = plan.bytes_per_vector();
    let message = format!(
        "veritor-fingerprint: {count} hooks projected in place to dim {} ({}{}): {per_vector} bytes per vector; veritor-lower-hooks then exports the projections",
        plan.dim,
        plan.distribution,
        if plan.int8 { ", int8 + f32 scale" } else { ", f32" },
    );
    diag::remark(module.location(), &message);
    Ok(true)
}

/// A hook this pass made (on a projection): it carries the fingerprint tag.
fn is_projected(hook: MlirOperation) -> bool {
    raw::attribute(hook, FINGERPRINT_ATTR).is_some()
}

fn enclosing_function(op: MlirOperation) -> Option<MlirOperation> {
    let mut current = raw::parent_op(op)?;
    while raw::name_of(current) != veritor_dialects::func::FUNC {
        current = raw::parent_op(current)?;
    }
    Some(current)
}

/// Whether `op` (a hook or call) needs the seed: a hook not yet projected, or a call (where
/// values can leave its function) to a function that needs it.
fn wants_seed(op: OperationRef, f: OperationRef, seeded: &HashSet<String>) -> bool {
    match ir::op_name(op).as_str() {
        vd::HOOK => !is_projected(op.to_raw()),
        veritor_dialects::func::CALL => {
            ir::callee(op).is_some_and(|c| seeded.contains(&c))
                && liftable(op.to_raw(), f.to_raw()).is_ok()
        }
        _ => false,
    }
}

/// Functions that hold a hook, or call (where values can leave) one that does.
fn seeded_functions(module: OperationRef) -> HashSet<String> {
    let mut seeded = HashSet::new();
    loop {
        let before = seeded.len();
        for (name, f) in ir::functions(module) {
            if !seeded.contains(&name)
                && ir::nested_ops(f)
                    .into_iter()
                    .any(|op| wants_seed(op, f, &seeded))
            {
                seeded.insert(name);
            }
        }
        if seeded.len() == before {
            return seeded;
        }
    }
}

/// A seeded function also used where no seed can be passed (a call inside a `reduce` body,
/// a reference by name) leaves those uses a copy without hooks, `@<name>_unseeded` (their
/// hooks could not have left anyway: veritor-lower-hooks drops them).
fn give_unseeded_copies(module: OperationRef, seeded: &HashSet<String>) -> PassResult {
    let mut copies: HashMap<String, String> = HashMap::new();
    for (caller, f) in ir::functions(module) {
        for op in ir::nested_ops(f) {
            let is_call = ir::op_name(op) == veritor_dialects::func::CALL;
            let callee = if is_call {
                ir::callee(op).filter(|c| seeded.contains(c))
            } else {
                None
            };
            let Some(callee) = callee else {
                if let Some(name) = ir::referenced_symbols(op)
                    .into_iter()
                    .find(|s| seeded.contains(s))
                {
                    let message = format!(
                        "veritor-fingerprint: @{name} gets a seed argument (it holds hooks), but this op refers to it by name; run veritor-lower-hooks before veritor-fingerprint"
                    );
                    return Err(diag::fail(op.location(), &message));
                }
                continue;
            };
            if seeded.contains(&caller) && liftable(op.to_raw(), f.to_raw()).is_ok() {
                continue;
            }
            let copy = unseeded_copy(module, &callee, seeded, &mut copies)?;
            set_callee(op.to_raw(), &copy);
        }
    }
    Ok(())
}

/// A private copy of `name` without hooks whose calls go to unseeded copies too.
fn unseeded_copy(
    module: OperationRef,
    name: &str,
    seeded: &HashSet<String>,
    copies: &mut HashMap<String, String>,
) -> Result<String, Failed> {
    if let Some(copy) = copies.get(name) {
        return Ok(copy.clone());
    }
    let f = ir::functions(module)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, f)| f.to_raw())
        .ok_or(Failed)?;
    let taken: HashSet<String> = ir::functions(module).into_iter().map(|(n, _)| n).collect();
    let mut new_name = format!("{name}_unseeded");
    let mut k = 2;
    while taken.contains(&new_name) {
        new_name = format!("{name}_unseeded_{k}");
        k += 1;
    }
    let context = raw::context_of(f);
    let copy = unsafe {
        let copy = mlir_sys::mlirOperationClone(f);
        mlir_sys::mlirBlockInsertOwnedOperationAfter(raw::block_of(f), f, copy);
        raw::set_attribute(copy, "sym_name", raw::string_attr(context, &new_name));
        raw::set_attribute(copy, "sym_visibility", raw::string_attr(context, "private"));
        copy
    };
    copies.insert(name.to_string(), new_name.clone());
    let mut dropped = 0;
    for op in ir::nested_ops(raw::op_ref(copy)) {
        let op = op.to_raw();
        match raw::name_of(op).as_str() {
            vd::HOOK => {
                raw::replace_uses(raw::result(op, 0), raw::operand(op, 0));
                raw::erase(op);
                dropped += 1;
            }
            veritor_dialects::func::CALL => {
                let callee = ir::callee(raw::op_ref(op)).filter(|c| seeded.contains(c));
                if let Some(callee) = callee {
                    let inner = unseeded_copy(module, &callee, seeded, copies)?;
                    set_callee(op, &inner);
                }
            }
            _ => {}
        }
    }
    if dropped > 0 {
        let message = format!(
            "veritor-fingerprint: {dropped} hook(s) dropped in @{new_name}, the copy of @{name} for uses that cannot pass the seed"
        );
        diag::remark(raw::location_of(copy), &message);
    }
    Ok(new_name)
}

fn set_callee(call: MlirOperation, name: &str) {
    let context = raw::context_of(call);
    let attr = unsafe { mlir_sys::mlirFlatSymbolRefAttrGet(context, raw::string_ref(name)) };
    raw::set_attribute(call, "callee", attr);
}

/// Projects the hooks of a block with `seed` (a value of that block or above it): calls to
/// seeded functions (`arity`: their argument count, seed included) pass it, `while` loops
/// carry it unchanged, `if`/`case` branches see it. Returns how many hooks were projected.
fn thread(
    block: MlirBlock,
    seed: MlirValue,
    arity: &HashMap<String, usize>,
    plan: &Plan,
) -> Result<usize, String> {
    let mut count = 0;
    for op in raw::block_ops(block) {
        match raw::name_of(op).as_str() {
            vd::HOOK if !is_projected(op) => {
                project_hook(op, seed, plan)?;
                count += 1;
            }
            veritor_dialects::func::CALL => {
                let callee = ir::callee(raw::op_ref(op)).unwrap_or_default();
                let mut operands = raw::operands(op);
                // A callee whose seed argument existed before is passed one already.
                if arity.get(&callee) == Some(&(operands.len() + 1)) {
                    operands.push(seed);
                    raw::set_operands(op, &operands);
                }
            }
            stablehlo::WHILE if holds_work(raw::region_block(op, 1), arity) => {
                let body = carry_seed(op, seed)?;
                let inner = raw::block_argument(body, raw::block_argument_count(body) - 1);
                count += thread(body, inner, arity, plan)?;
            }
            "stablehlo.if" | "stablehlo.case" => {
                for r in 0..raw::region_count(op) {
                    count += thread(raw::region_block(op, r), seed, arity, plan)?;
                }
            }
            _ => {}
        }
    }
    Ok(count)
}

/// Whether a block (or a region in it) holds a hook or a call that needs the seed.
fn holds_work(block: MlirBlock, seeded: &HashMap<String, usize>) -> bool {
    raw::block_ops(block).into_iter().any(|op| {
        let here = match raw::name_of(op).as_str() {
            vd::HOOK => !is_projected(op),
            veritor_dialects::func::CALL => {
                ir::callee(raw::op_ref(op)).is_some_and(|c| seeded.contains_key(&c))
            }
            _ => false,
        };
        here || (0..raw::region_count(op)).any(|r| holds_work(raw::region_block(op, r), seeded))
    })
}

/// Rebuilds loop `w` with `seed` as one more carried value (returned unchanged by the body);
/// returns the new body.
fn carry_seed(w: MlirOperation, seed: MlirValue) -> Result<MlirBlock, String> {
    let mut operands = raw::operands(w);
    let mut types = raw::result_types(w);
    operands.push(seed);
    types.push(raw::value_type(seed));
    let new = raw::rebuild(w, &operands, &types);
    let location = unsafe { mlir_sys::mlirOperationGetLocation(new) };
    let mut arguments = Vec::new();
    for region in 0..2 {
        let block = raw::region_block(new, region);
        arguments.push(unsafe {
            mlir_sys::mlirBlockAddArgument(block, raw::value_type(seed), location)
        });
    }
    let body = raw::region_block(new, 1);
    let ret = raw::terminator(body).ok_or("the loop body is empty")?;
    let mut returned = raw::operands(ret);
    returned.push(arguments[1]);
    raw::set_operands(ret, &returned);
    Ok(body)
}

/// `hook(x)` becomes `hook(fingerprint(x, seed))` tagged `veritor.fingerprint` (int8: a
/// hook on the codes and one on the scales, same name); `x`'s users get `x` again.
fn project_hook(hook: MlirOperation, seed: MlirValue, plan: &Plan) -> Result<(), String> {
    let x = raw::operand(hook, 0);
    let name = raw::attribute(hook, vd::HOOK_NAME)
        .and_then(raw::string_value)
        .unwrap_or_default();
    let (projected, scale) = project_result(hook, x, seed, plan)?;
    let context = unsafe { ContextRef::from_raw(raw::context_of(hook)) };
    let context = unsafe { context.to_ref() };
    let mut tapped = vec![(projected, tag(plan))];
    if let Some(scale) = scale {
        tapped.push((scale, "int8-scale".to_string()));
    }
    for (value, tag) in tapped {
        let op = vd::hook(
            context,
            raw::location_of(hook),
            unsafe { Value::from_raw(value) },
            &name,
        )?
        .into_raw();
        unsafe { mlir_sys::mlirBlockInsertOwnedOperationBefore(raw::block_of(hook), hook, op) };
        raw::set_attribute(
            op,
            FINGERPRINT_ATTR,
            raw::string_attr(raw::context_of(hook), &tag),
        );
    }
    raw::replace_uses(raw::result(hook, 0), x);
    raw::erase(hook);
    Ok(())
}
