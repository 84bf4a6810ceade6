#![doc = include_str!("doc/veritor-fingerprint.md")]

use crate::diag;
use crate::emit::{i64_array, Emitter, TensorType};
use crate::insert_hooks::liftable;
use crate::ir;
use crate::options::{OptionKind, OptionSpec, PassOptions};
use crate::pass::{Failed, PassInfo, PassResult};
use crate::raw;
use melior::ir::attribute::{Attribute, IntegerAttribute};
use melior::ir::operation::OperationLike;
use melior::ir::r#type::TypeLike;
use melior::ir::{OperationRef, Type, Value};
use melior::ContextRef;
use mlir_sys::{MlirAttribute, MlirBlock, MlirOperation, MlirType, MlirValue};
use std::collections::{HashMap, HashSet};
use veritor_dialects::stablehlo;
use veritor_dialects::veritor::{
    self as vd, FINGERPRINT_ATTR, FINGERPRINT_DISTRIBUTION, SEED_ATTR,
};
use veritor_protocol::fingerprint::{GAUSS_SALT, MIX_1, MIX_2, SEED_SALT, UNIT};

pub const INFO: PassInfo = PassInfo {
    name: "veritor-fingerprint",
    summary: "Replace hooks (before veritor-lower-hooks: in place, in loops) or hook results (after) by seeded in-graph Johnson-Lindenstrauss projections (seed: a new argument)",
    description: include_str!("doc/veritor-fingerprint.md"),
    options: &[
        OptionSpec {
            name: "dim",
            kind: OptionKind::Int,
            default: "16",
            help: "width of each projected vector",
        },
        OptionSpec {
            name: "seed-arg",
            kind: OptionKind::Str,
            default: "fingerprint_seed",
            help: "name of the seed argument (veritor.seed); reused when it exists",
        },
        OptionSpec {
            name: "seed-type",
            kind: OptionKind::Choice(&["2xui32", "ui32", "2xi32", "i32"]),
            default: "2xui32",
            help: "type of a new seed argument (tensor<...>)",
        },
        OptionSpec {
            name: "distribution",
            kind: OptionKind::Choice(&["rademacher", "gaussian"]),
            default: "rademacher",
            help: "matrix entries: +-1/sqrt(dim), or N(0,1)/sqrt(dim)",
        },
        OptionSpec {
            name: "quantize",
            kind: OptionKind::Choice(&["none", "int8"]),
            default: "none",
            help: "int8: each vector as int8 plus an f32 scale (two results)",
        },
    ],
    run,
};

/// Largest `dim` accepted.
const MAX_DIM: i64 = 1 << 16;

/// What the options ask for.
#[derive(Clone)]
struct Plan {
    dim: i64,
    seed_arg: String,
    seed_type: String,
    distribution: String,
    int8: bool,
}

impl Plan {
    /// Bytes of one projected vector: `dim` f32s, or `dim` int8 codes and an f32 scale.
    fn bytes_per_vector(&self) -> i64 {
        if self.int8 {
            self.dim + 4
        } else {
            self.dim * 4
        }
    }
}

fn run(module: OperationRef, options: &PassOptions) -> PassResult {
    let plan = Plan {
        dim: options.int("dim"),
        seed_arg: options.string("seed-arg").to_string(),
        seed_type: format!("tensor<{}>", options.string("seed-type")),
        distribution: options.string("distribution").to_string(),
        int8: options.string("quantize") == "int8",
    };
    if !(1..=MAX_DIM).contains(&plan.dim) {
        let message = format!(
            "veritor-fingerprint: dim={} must be between 1 and {MAX_DIM}",
            plan.dim
        );
        return Err(diag::fail(module.location(), &message));
    }
    let mut any = project_hooks(module, &plan)?;
    for (name, f) in ir::functions(module) {
        if ir::is_private(f) {
            continue;
        }
        any |= fingerprint_function(&name, f.to_raw(), &plan)?;
    }
    let expanded = expand_all(module)?;
    if !any && expanded == 0 {
        diag::remark(
            module.location(),
            "veritor-fingerprint: no hook or hook result to fingerprint (run veritor-insert-hooks first)",
        );
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Before `veritor-lower-hooks`: projecting each `veritor.hook` where it sits.

/// Replaces every `veritor.hook` (not yet projected) by a hook on its projection, with the
/// seed threaded to it; whether there were any.
fn project_hooks(module: OperationRef, plan: &Plan) -> Result<bool, Failed> {
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

/// Fingerprints the hook results of one public function; whether it had any.
fn fingerprint_function(name: &str, f: MlirOperation, plan: &Plan) -> Result<bool, Failed> {
    let Some((_, results)) = raw::function_signature(f) else {
        return Ok(false);
    };
    let dicts = raw::attr_dicts(f, "res_attrs", results.len());
    let hooked: Vec<usize> = (0..results.len())
        .filter(|&i| is_hook_result(dicts[i]))
        .collect();
    if hooked.is_empty() {
        return Ok(false);
    }
    let Some(ret) = raw::terminator(raw::entry_block(f)) else {
        return Ok(false);
    };
    let seed = seed_argument(f, plan).map_err(|message| {
        diag::fail(
            raw::location_of(f),
            &format!("veritor-fingerprint: {message}"),
        )
    })?;
    let mut values = raw::operands(ret);
    let mut new_dicts = dicts.clone();
    let mut sizes = Vec::new();
    let mut extra = 0;
    for i in hooked {
        let at = i + extra;
        let (projected, scale) =
            project_result(ret, values[at], seed, plan).map_err(|message| {
                diag::fail(
                    raw::location_of(ret),
                    &format!("veritor-fingerprint: {message}"),
                )
            })?;
        sizes.push(size_of(projected, plan));
        values[at] = projected;
        new_dicts[at] = tagged(new_dicts[at], &tag(plan));
        if let Some(scale) = scale {
            values.insert(at + 1, scale);
            new_dicts.insert(at + 1, tagged(dicts[i], "int8-scale"));
            extra += 1;
        }
    }
    raw::set_operands(ret, &values);
    let inputs = raw::function_signature(f)
        .map(|(i, _)| i)
        .unwrap_or_default();
    let types: Vec<MlirType> = values.iter().map(|v| raw::value_type(*v)).collect();
    raw::set_function_signature(f, &inputs, &types);
    raw::set_attr_dicts(f, "res_attrs", &new_dicts);
    report_size(name, f, plan, &sizes);
    Ok(true)
}

fn is_hook_result(dict: MlirAttribute) -> bool {
    let entries = raw::dictionary_entries(dict);
    entries.iter().any(|(n, _)| n == vd::HOOK_RESULT_ATTR)
        && !entries.iter().any(|(n, _)| n == FINGERPRINT_ATTR)
}

fn tag(plan: &Plan) -> String {
    if plan.int8 {
        format!("{}+int8", plan.distribution)
    } else {
        plan.distribution.clone()
    }
}

/// `dict` with `veritor.fingerprint = value` added.
fn tagged(dict: MlirAttribute, value: &str) -> MlirAttribute {
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
fn seed_argument(f: MlirOperation, plan: &Plan) -> Result<MlirValue, String> {
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
fn project_result(
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

/// Bytes per vector and number of vectors of one fingerprint.
fn size_of(projected: MlirValue, plan: &Plan) -> (i64, i64) {
    let dims = TensorType::of(projected)
        .map(|t| t.dims)
        .unwrap_or_default();
    let vectors: i64 = dims[..dims.len().saturating_sub(1)].iter().product();
    (plan.bytes_per_vector(), vectors)
}

fn report_size(name: &str, f: MlirOperation, plan: &Plan, sizes: &[(i64, i64)]) {
    let per_position: i64 = sizes.iter().map(|(b, _)| b).sum();
    let total: i64 = sizes.iter().map(|(b, v)| b * v).sum();
    let encoding = if plan.int8 { "int8 + f32 scale" } else { "f32" };
    let message = format!(
        "veritor-fingerprint: @{name}: {} hook results projected to dim {} ({}, {encoding}): {} bytes per vector, {per_position} bytes per token position over all hooks, {total} bytes in all",
        sizes.len(),
        plan.dim,
        plan.distribution,
        sizes.first().map(|(b, _)| *b).unwrap_or(0),
    );
    diag::remark(raw::location_of(f), &message);
}

// ---------------------------------------------------------------------------------------
// Expansion of `veritor.fingerprint` into StableHLO.

fn expand_all(module: OperationRef) -> Result<usize, Failed> {
    let ops: Vec<MlirOperation> = ir::nested_ops(module)
        .into_iter()
        .filter(|op| ir::op_name(*op) == vd::FINGERPRINT)
        .map(|op| op.to_raw())
        .collect();
    let mut matrices = Matrices::new();
    let mut failed = false;
    for &op in &ops {
        if let Err(message) = expand(op, &mut matrices) {
            diag::error(
                raw::location_of(op),
                &format!("veritor-fingerprint: {message}"),
            );
            failed = true;
        }
    }
    if failed {
        Err(Failed)
    } else {
        Ok(ops.len())
    }
}

/// Matrices already built, by (block, seed, rows, columns, gaussian): a later projection in
/// the same block with the same seed and shape reuses one (it is defined before it).
type Matrices = std::collections::HashMap<(usize, usize, i64, i64, bool), MlirValue>;

/// Replaces one `veritor.fingerprint` by `x · M(seed)`.
fn expand(op: MlirOperation, matrices: &mut Matrices) -> Result<(), String> {
    let (x, seed) = (raw::operand(op, 0), raw::operand(op, 1));
    let dim = dim_of(op)?;
    let gaussian = match raw::attribute(op, FINGERPRINT_DISTRIBUTION).and_then(raw::string_value) {
        None => false,
        Some(d) if d == "rademacher" => false,
        Some(d) if d == "gaussian" => true,
        Some(d) => {
            return Err(format!(
                "unknown distribution '{d}' (rademacher or gaussian)"
            ))
        }
    };
    let e = Emitter::before(op);
    let mut t = TensorType::of(x).ok_or("the input is not a static tensor")?;
    let mut x = x;
    if t.dims.is_empty() {
        t = t.reshaped(&[1]);
        x = e.value("stablehlo.reshape", &[x], ty(&e, &t)?, &[]);
    }
    let expected = t
        .with_element("f32")
        .reshaped(&projected_dims(&t.dims, dim));
    let actual = raw::type_of_text(raw::result(op, 0));
    if actual != expected.text() {
        return Err(format!(
            "the result type must be {} for an input of type {} and dim = {dim}, not {actual}",
            expected.text(),
            raw::type_of_text(raw::operand(op, 0))
        ));
    }
    if t.element != "f32" {
        x = e.value(
            "stablehlo.convert",
            &[x],
            ty(&e, &t.with_element("f32"))?,
            &[],
        )
    }
    let width = *t.dims.last().unwrap_or(&1);
    let cache_key = (
        raw::block_of(op).ptr as usize,
        seed.ptr as usize,
        width,
        dim,
        gaussian,
    );
    let m = match matrices.get(&cache_key) {
        Some(m) => *m,
        None => {
            let key = seed_key_ops(&e, seed)?;
            let m = matrix(&e, key, width, dim, gaussian)?;
            matrices.insert(cache_key, m);
            m
        }
    };
    let rank = t.dims.len();
    let numbers = e
        .attr(&format!(
            "#stablehlo.dot<lhs_contracting_dimensions = [{}], rhs_contracting_dimensions = [0]>",
            rank - 1
        ))
        .ok_or("dot attribute")?;
    let y = e.value(
        "stablehlo.dot_general",
        &[x, m],
        ty(&e, &expected)?,
        &[("dot_dimension_numbers", numbers)],
    );
    raw::replace_uses(raw::result(op, 0), y);
    raw::erase(op);
    Ok(())
}

fn dim_of(op: MlirOperation) -> Result<i64, String> {
    let attr = raw::attribute(op, vd::FINGERPRINT_DIM).ok_or("no dim attribute")?;
    let value = IntegerAttribute::try_from(unsafe { Attribute::from_raw(attr) })
        .map_err(|_| "dim must be an integer")?
        .value();
    if !(1..=MAX_DIM).contains(&value) {
        return Err(format!("dim = {value} must be between 1 and {MAX_DIM}"));
    }
    Ok(value)
}

/// An f32 as an exact MLIR literal (its bits in hex).
fn f32_literal(v: f32) -> String {
    format!("0x{:08X}", v.to_bits())
}

fn projected_dims(dims: &[i64], dim: i64) -> Vec<i64> {
    let mut out = dims[..dims.len().saturating_sub(1)].to_vec();
    out.push(dim);
    out
}

fn ty(e: &Emitter, t: &TensorType) -> Result<MlirType, String> {
    e.ty(&t.text())
        .ok_or_else(|| format!("bad type {}", t.text()))
}

fn u32_type(dims: &[i64]) -> TensorType {
    TensorType {
        dims: dims.to_vec(),
        element: "ui32".into(),
    }
}

/// A ui32 splat constant.
fn u32_splat(e: &Emitter, dims: &[i64], value: u32) -> Result<MlirValue, String> {
    e.splat(&u32_type(dims), &value.to_string())
        .ok_or_else(|| "cannot build a ui32 constant".into())
}

/// `name(a, b)` on ui32 tensors of shape `dims`.
fn u32_op(
    e: &Emitter,
    name: &str,
    a: MlirValue,
    b: MlirValue,
    dims: &[i64],
) -> Result<MlirValue, String> {
    Ok(e.value(name, &[a, b], ty(e, &u32_type(dims))?, &[]))
}

/// [`veritor_protocol::fingerprint::mix`] on a ui32 tensor.
fn mix_ops(e: &Emitter, h: MlirValue, dims: &[i64]) -> Result<MlirValue, String> {
    let mut h = h;
    for (shift, multiplier) in [(16, Some(MIX_1)), (15, Some(MIX_2)), (16, None)] {
        let amount = u32_splat(e, dims, shift)?;
        let shifted = u32_op(e, "stablehlo.shift_right_logical", h, amount, dims)?;
        h = u32_op(e, "stablehlo.xor", h, shifted, dims)?;
        if let Some(m) = multiplier {
            let m = u32_splat(e, dims, m)?;
            h = u32_op(e, "stablehlo.multiply", h, m, dims)?;
        }
    }
    Ok(h)
}

/// The two seed words as ui32 scalars, then [`veritor_protocol::fingerprint::seed_key`]'s
/// mixing.
fn seed_key_ops(e: &Emitter, seed: MlirValue) -> Result<MlirValue, String> {
    let t = TensorType::of(seed).ok_or("the seed is not a static tensor")?;
    let count: i64 = t.dims.iter().product();
    if !matches!(t.element.as_str(), "ui32" | "i32" | "si32")
        || t.dims.len() > 1
        || !(1..=2).contains(&count)
    {
        return Err(format!(
            "the seed must be a 32-bit integer scalar or 2-vector (tensor<2xui32>, tensor<i32>...), not {}",
            t.text()
        ));
    }
    let mut seed = seed;
    if t.element != "ui32" {
        seed = e.value(
            "stablehlo.bitcast_convert",
            &[seed],
            ty(e, &t.with_element("ui32"))?,
            &[],
        );
    }
    let word = |i: i64| -> Result<MlirValue, String> {
        if t.dims.is_empty() {
            return Ok(seed);
        }
        let attrs = [
            ("start_indices", e.attr(&i64_array(&[i])).ok_or("array")?),
            (
                "limit_indices",
                e.attr(&i64_array(&[i + 1])).ok_or("array")?,
            ),
            ("strides", e.attr(&i64_array(&[1])).ok_or("array")?),
        ];
        let one = e.value("stablehlo.slice", &[seed], ty(e, &u32_type(&[1]))?, &attrs);
        Ok(e.value("stablehlo.reshape", &[one], ty(e, &u32_type(&[]))?, &[]))
    };
    let s0 = word(0)?;
    let s1 = if count == 2 {
        word(1)?
    } else {
        u32_splat(e, &[], 0)?
    };
    let golden = u32_splat(e, &[], SEED_SALT)?;
    let inner = mix_ops(e, u32_op(e, "stablehlo.xor", s1, golden, &[])?, &[])?;
    mix_ops(e, u32_op(e, "stablehlo.xor", s0, inner, &[])?, &[])
}

/// The `[rows, cols]` projection matrix from the key, as f32.
fn matrix(
    e: &Emitter,
    key: MlirValue,
    rows: i64,
    cols: i64,
    gaussian: bool,
) -> Result<MlirValue, String> {
    let dims = [rows, cols];
    let iota = |axis: i64| -> Result<MlirValue, String> {
        let attr = e.attr(&format!("{axis} : i64")).ok_or("iota attribute")?;
        Ok(e.value(
            "stablehlo.iota",
            &[],
            ty(e, &u32_type(&dims))?,
            &[("iota_dimension", attr)],
        ))
    };
    let (row, col) = (iota(0)?, iota(1)?);
    let width = u32_splat(e, &dims, cols as u32)?;
    let counter = u32_op(
        e,
        "stablehlo.add",
        u32_op(e, "stablehlo.multiply", row, width, &dims)?,
        col,
        &dims,
    )?;
    let empty = e.attr("array<i64>").ok_or("array")?;
    let key = e.value(
        "stablehlo.broadcast_in_dim",
        &[key],
        ty(e, &u32_type(&dims))?,
        &[("broadcast_dimensions", empty)],
    );
    let first = mix_ops(e, u32_op(e, "stablehlo.xor", counter, key, &dims)?, &dims)?;
    let bits = mix_ops(e, u32_op(e, "stablehlo.add", first, key, &dims)?, &dims)?;
    let f32_type = ty(
        e,
        &TensorType {
            dims: dims.to_vec(),
            element: "f32".into(),
        },
    )?;
    let scale = 1.0 / (cols as f32).sqrt();
    let f32_splat = |v: f32| -> Result<MlirValue, String> {
        e.splat(
            &TensorType {
                dims: dims.to_vec(),
                element: "f32".into(),
            },
            &f32_literal(v),
        )
        .ok_or_else(|| "cannot build an f32 constant".into())
    };
    if !gaussian {
        let sign = u32_op(
            e,
            "stablehlo.shift_right_logical",
            bits,
            u32_splat(e, &dims, 31)?,
            &dims,
        )?;
        let sign = e.value("stablehlo.convert", &[sign], f32_type, &[]);
        let scaled = e.value(
            "stablehlo.multiply",
            &[sign, f32_splat(-2.0 * scale)?],
            f32_type,
            &[],
        );
        return Ok(e.value("stablehlo.add", &[scaled, f32_splat(scale)?], f32_type, &[]));
    }
    let second = mix_ops(
        e,
        u32_op(
            e,
            "stablehlo.xor",
            bits,
            u32_splat(e, &dims, GAUSS_SALT)?,
            &dims,
        )?,
        &dims,
    )?;
    let uniform = |b: MlirValue| -> Result<MlirValue, String> {
        let top = u32_op(
            e,
            "stablehlo.shift_right_logical",
            b,
            u32_splat(e, &dims, 8)?,
            &dims,
        )?;
        let top = e.value("stablehlo.convert", &[top], f32_type, &[]);
        let half = e.value("stablehlo.add", &[top, f32_splat(0.5)?], f32_type, &[]);
        Ok(e.value(
            "stablehlo.multiply",
            &[half, f32_splat(UNIT)?],
            f32_type,
            &[],
        ))
    };
    let (u1, u2) = (uniform(bits)?, uniform(second)?);
    let log = e.value("stablehlo.log", &[u1], f32_type, &[]);
    let radius = e.value(
        "stablehlo.multiply",
        &[log, f32_splat(-2.0)?],
        f32_type,
        &[],
    );
    let radius = e.value("stablehlo.sqrt", &[radius], f32_type, &[]);
    let angle = e.value(
        "stablehlo.multiply",
        &[u2, f32_splat(std::f32::consts::TAU)?],
        f32_type,
        &[],
    );
    let cos = e.value("stablehlo.cosine", &[angle], f32_type, &[]);
    let z = e.value("stablehlo.multiply", &[radius, cos], f32_type, &[]);
    Ok(e.value("stablehlo.multiply", &[z, f32_splat(scale)?], f32_type, &[]))
}

/// int8 codes and per-vector scales: `scale = max(max|y| / 127, tiny)`,
/// `q = clamp(round(y / scale), -127, 127)`.
fn quantize(e: &Emitter, y: MlirValue) -> Result<(MlirValue, MlirValue), String> {
    let t = TensorType::of(y).ok_or("projection type")?;
    let rank = t.dims.len();
    let vectors = t.reshaped(&t.dims[..rank - 1]);
    let abs = e.value("stablehlo.abs", &[y], ty(e, &t)?, &[]);
    let amax = reduce_max_last(e, abs, &t)?;
    let inv = e
        .splat(&vectors, &f32_literal(1.0 / 127.0))
        .ok_or("constant")?;
    let tiny = e.splat(&vectors, "1.0e-30").ok_or("constant")?;
    let scale = e.value("stablehlo.multiply", &[amax, inv], ty(e, &vectors)?, &[]);
    let scale = e.value("stablehlo.maximum", &[scale, tiny], ty(e, &vectors)?, &[]);
    let dims = e
        .attr(&i64_array(&(0..rank as i64 - 1).collect::<Vec<_>>()))
        .ok_or("array")?;
    let wide = e.value(
        "stablehlo.broadcast_in_dim",
        &[scale],
        ty(e, &t)?,
        &[("broadcast_dimensions", dims)],
    );
    let ratio = e.value("stablehlo.divide", &[y, wide], ty(e, &t)?, &[]);
    let rounded = e.value("stablehlo.round_nearest_even", &[ratio], ty(e, &t)?, &[]);
    let low = e.splat(&t, "-127.0").ok_or("constant")?;
    let high = e.splat(&t, "127.0").ok_or("constant")?;
    let clamped = e.value("stablehlo.clamp", &[low, rounded, high], ty(e, &t)?, &[]);
    let q = e.value(
        "stablehlo.convert",
        &[clamped],
        ty(e, &t.with_element("i8"))?,
        &[],
    );
    Ok((q, scale))
}

/// `reduce(max)` over the last axis of an f32 tensor (a region built by hand: the emitter
/// makes flat ops only).
fn reduce_max_last(e: &Emitter, x: MlirValue, t: &TensorType) -> Result<MlirValue, String> {
    let rank = t.dims.len();
    let out = t.reshaped(&t.dims[..rank - 1]);
    let scalar = ty(e, &t.reshaped(&[]))?;
    let init = e.splat(&t.reshaped(&[]), "0.0").ok_or("constant")?;
    let dims = e.attr(&i64_array(&[rank as i64 - 1])).ok_or("array")?;
    unsafe {
        let block = mlir_sys::mlirBlockCreate(
            2,
            [scalar, scalar].as_ptr(),
            [e.location, e.location].as_ptr(),
        );
        let (a, b) = (
            mlir_sys::mlirBlockGetArgument(block, 0),
            mlir_sys::mlirBlockGetArgument(block, 1),
        );
        let max = build(e, "stablehlo.maximum", &[a, b], &[scalar]);
        mlir_sys::mlirBlockAppendOwnedOperation(block, max);
        let ret = build(
            e,
            "stablehlo.return",
            &[mlir_sys::mlirOperationGetResult(max, 0)],
            &[],
        );
        mlir_sys::mlirBlockAppendOwnedOperation(block, ret);
        let region = mlir_sys::mlirRegionCreate();
        mlir_sys::mlirRegionAppendOwnedBlock(region, block);
        let out_type = ty(e, &out)?;
        let reduce = e.detached(
            "stablehlo.reduce",
            &[x, init],
            &[out_type],
            &[("dimensions", dims)],
            vec![region],
        );
        mlir_sys::mlirBlockInsertOwnedOperationBefore(raw::block_of(e.anchor), e.anchor, reduce);
        Ok(mlir_sys::mlirOperationGetResult(reduce, 0))
    }
}

/// An op that is not inserted anywhere yet.
fn build(e: &Emitter, name: &str, operands: &[MlirValue], results: &[MlirType]) -> MlirOperation {
    e.detached(name, operands, results, &[], Vec::new())
}
