#![doc = include_str!("../doc/veritor-lower-hooks.md")]

use crate::analysis::liftable;
use crate::analysis::loop_info::LoopInfo;
use crate::analysis::report_recursion;
use crate::analysis::CallGraph;
use crate::diag;
use crate::emit::{type_text, Emitter, TensorType};
use crate::hooks::schema::{self, FunctionResults, HookResult, ResultSchema};
use crate::ir;
use crate::options::{OptionKind, OptionSpec, PassOptions};
use crate::pass::{Failed, PassInfo, PassResult};
use crate::raw;
use melior::ir::operation::OperationLike;
use melior::ir::OperationRef;
use mlir_sys::{MlirBlock, MlirOperation, MlirType, MlirValue};
use std::collections::{BTreeMap, HashMap, HashSet};
use veritor_dialects::stablehlo;
use veritor_dialects::veritor as vd;

pub const INFO: PassInfo = PassInfo {
    name: "veritor-lower-hooks",
    summary: "Make every veritor.hook a result of the public functions (through calls, while, if, case), or a flow.tensor.trace",
    description: include_str!("../doc/veritor-lower-hooks.md"),
    options: &[
        OptionSpec {
            name: "mode",
            kind: OptionKind::Choice(&["results", "trace"]),
            default: "results",
            help: "results: hooks become function results; trace: flow.tensor.trace",
        },
        OptionSpec {
            name: "functions",
            kind: OptionKind::Str,
            default: "",
            help: "public functions that export hooks, comma-separated (default: all)",
        },
        OptionSpec {
            name: "max-iterations",
            kind: OptionKind::Int,
            default: "0",
            help: "rows of a loop's hook buffer when its trip count cannot be read (0: required)",
        },
        OptionSpec {
            name: "schema",
            kind: OptionKind::Str,
            default: "",
            help: "write which result holds which hook (JSON) to this file ('-': stdout)",
        },
    ],
    run,
};

/// A hook value on its way out: its name, the value in the current block, the loops it is
/// stacked over (outermost first) and the hook's location.
#[derive(Clone)]
struct Export {
    name: String,
    value: MlirValue,
    iterations: Vec<i64>,
    location: String,
    /// The hook's `veritor.fingerprint` tag (a hook `veritor-fingerprint` already projected).
    fingerprint: Option<String>,
}

/// What a lowered function returns beyond its own results.
#[derive(Clone)]
struct Exported {
    name: String,
    ty: MlirType,
    iterations: Vec<i64>,
    location: String,
    fingerprint: Option<String>,
}

fn run(module: OperationRef, options: &PassOptions) -> PassResult {
    let hooks: Vec<MlirOperation> = ir::nested_ops(module)
        .into_iter()
        .filter(|op| ir::op_name(*op) == vd::HOOK)
        .map(|op| op.to_raw())
        .collect();
    if hooks.is_empty() {
        diag::remark(
            module.location(),
            "veritor-lower-hooks: no veritor.hook to lower",
        );
        return Ok(());
    }
    check_placement(&hooks)?;
    if options.string("mode") == "trace" {
        return to_trace(&hooks);
    }
    let roots = roots(module, options.string("functions"))?;
    let lowering = Lowering {
        exported: HashMap::new(),
        max_iterations: options.int("max-iterations"),
    };
    lowering.run(module, &roots, options.string("schema"))
}

/// Every hook must sit where a value can leave: `while` bodies and `if`/`case` branches.
fn check_placement(hooks: &[MlirOperation]) -> PassResult {
    let mut failed = false;
    for &hook in hooks {
        let Some(f) = enclosing_function(hook) else {
            continue;
        };
        if let Err(region) = liftable(hook, f) {
            let message = format!(
                "veritor-lower-hooks: hook '{}' cannot be lowered: it sits in {region}, which a value cannot leave",
                hook_name(hook)
            );
            diag::error(raw::location_of(hook), &message);
            failed = true;
        }
    }
    if failed {
        Err(Failed)
    } else {
        Ok(())
    }
}

fn enclosing_function(op: MlirOperation) -> Option<MlirOperation> {
    let mut current = raw::parent_op(op)?;
    while raw::name_of(current) != veritor_dialects::func::FUNC {
        current = raw::parent_op(current)?;
    }
    Some(current)
}

fn hook_name(hook: MlirOperation) -> String {
    raw::attribute(hook, vd::HOOK_NAME)
        .and_then(raw::string_value)
        .unwrap_or_default()
}

/// `mode=trace`: `flow.tensor.trace "name" = [%x : type]` in place of each hook.
fn to_trace(hooks: &[MlirOperation]) -> PassResult {
    for &hook in hooks {
        let e = Emitter::before(hook);
        let key = raw::string_attr(e.context, &hook_name(hook));
        let segments = e.attr("array<i32: 1, 0>").ok_or(Failed)?;
        let input = raw::operand(hook, 0);
        e.op(
            "flow.tensor.trace",
            &[input],
            &[],
            &[("key", key), ("operandSegmentSizes", segments)],
        );
        raw::replace_uses(raw::result(hook, 0), input);
        raw::erase(hook);
    }
    Ok(())
}

/// The public functions that export hooks.
fn roots(module: OperationRef, wanted: &str) -> Result<Vec<String>, Failed> {
    let public: Vec<String> = ir::functions(module)
        .into_iter()
        .filter(|(_, f)| !ir::is_private(*f))
        .map(|(n, _)| n)
        .collect();
    let wanted: Vec<String> = wanted
        .split(',')
        .map(|s| s.trim().trim_start_matches('@').to_string())
        .filter(|s| !s.is_empty())
        .collect();
    if wanted.is_empty() {
        return Ok(public);
    }
    for name in &wanted {
        if !public.contains(name) {
            let list: Vec<String> = public.iter().map(|p| format!("@{p}")).collect();
            let message = format!(
                "veritor-lower-hooks: functions={name}: no public function @{name}; public functions: {}",
                list.join(", ")
            );
            return Err(diag::fail(module.location(), &message));
        }
    }
    Ok(wanted)
}

/// One use of a function by another.
struct Use {
    caller: String,
    op: MlirOperation,
    /// A `func.call` whose results can leave its caller (not in a `reduce` body, say).
    exportable_call: bool,
}

/// Every use of `name` in the module (calls and symbol references), as it is now.
fn uses_of(module: OperationRef, name: &str) -> Vec<Use> {
    let mut out = Vec::new();
    for (caller, f) in ir::functions(module) {
        for op in ir::nested_ops(f) {
            let is_call = ir::op_name(op) == veritor_dialects::func::CALL;
            if is_call && ir::callee(op).as_deref() == Some(name) {
                out.push(Use {
                    caller: caller.clone(),
                    op: op.to_raw(),
                    exportable_call: liftable(op.to_raw(), f.to_raw()).is_ok(),
                });
            } else if ir::referenced_symbols(op).iter().any(|s| s == name) {
                out.push(Use {
                    caller: caller.clone(),
                    op: op.to_raw(),
                    exportable_call: false,
                });
            }
        }
    }
    out
}

struct Lowering {
    exported: HashMap<String, Vec<Exported>>,
    max_iterations: i64,
}

impl Lowering {
    fn run(mut self, module: OperationRef, roots: &[String], schema: &str) -> PassResult {
        let (order, hooked) = {
            let graph = CallGraph::build(module);
            report_recursion(&graph)?;
            let order: Vec<String> = graph
                .bottom_up()
                .into_iter()
                .map(|n| graph.graph[n].name.clone())
                .collect();
            (order, hooked_functions(&graph))
        };
        let exporting = choose_exporting(module, roots, &order, &hooked)?;
        drop_unexported_hooks(module, &exporting);
        let order: Vec<(String, MlirOperation)> = {
            let graph = CallGraph::build(module);
            graph
                .bottom_up()
                .into_iter()
                .map(|n| (graph.graph[n].name.clone(), graph.graph[n].op.to_raw()))
                .filter(|(name, _)| exporting.contains(name))
                .collect()
        };
        let mut schema_functions = Vec::new();
        for (name, f) in order {
            let results = self.lower_function(&name, f)?;
            if roots.contains(&name) {
                schema_functions.push(FunctionResults {
                    name: name.clone(),
                    results,
                });
            }
        }
        write_schema(module, schema, schema_functions)
    }

    /// Lowers the hooks of one function (its callees are done) into new results.
    fn lower_function(&mut self, name: &str, f: MlirOperation) -> Result<Vec<HookResult>, Failed> {
        let exports = self.lower_block(raw::entry_block(f))?;
        if exports.is_empty() {
            self.exported.insert(name.to_string(), Vec::new());
            return Ok(Vec::new());
        }
        let first = raw::function_signature(f)
            .map(|(_, r)| r.len())
            .unwrap_or(0);
        let context = raw::context_of(f);
        let values: Vec<MlirValue> = exports.iter().map(|e| e.value).collect();
        let dicts: Vec<_> = exports
            .iter()
            .map(|e| {
                let tag = raw::string_attr(context, &e.name);
                let mut entries = vec![(vd::HOOK_RESULT_ATTR.to_string(), tag)];
                if let Some(fingerprint) = &e.fingerprint {
                    let value = raw::string_attr(context, fingerprint);
                    entries.push((vd::FINGERPRINT_ATTR.to_string(), value));
                }
                raw::dictionary(context, &entries)
            })
            .collect();
        if !raw::append_results(f, &values, &dicts) {
            return Err(diag::fail(
                raw::location_of(f),
                "veritor-lower-hooks: the function has no return or no function_type",
            ));
        }
        let results = exports
            .iter()
            .enumerate()
            .map(|(k, e)| HookResult {
                index: first + k,
                hook: e.name.clone(),
                ty: raw::type_of_text(e.value),
                iterations: e.iterations.clone(),
                location: e.location.clone(),
            })
            .collect();
        let exported = exports
            .into_iter()
            .map(|e| Exported {
                name: e.name,
                ty: raw::value_type(e.value),
                iterations: e.iterations,
                location: e.location,
                fingerprint: e.fingerprint,
            })
            .collect();
        self.exported.insert(name.to_string(), exported);
        Ok(results)
    }

    /// Removes the hooks of a block (and of the calls, loops and branches in it) and returns
    /// their values as seen in this block.
    fn lower_block(&self, block: MlirBlock) -> Result<Vec<Export>, Failed> {
        let mut out = Vec::new();
        for op in raw::block_ops(block) {
            let found = match raw::name_of(op).as_str() {
                vd::HOOK => vec![lower_hook(op)],
                veritor_dialects::func::CALL => self.lower_call(op),
                stablehlo::WHILE => self.lower_while(op)?,
                "stablehlo.if" | "stablehlo.case" => self.lower_branches(op)?,
                _ => Vec::new(),
            };
            for export in found {
                push_unique(&mut out, export);
            }
        }
        Ok(out)
    }

    /// A call to a function that exports hooks gets its extra results.
    fn lower_call(&self, call: MlirOperation) -> Vec<Export> {
        let callee = ir::callee(raw::op_ref(call)).unwrap_or_default();
        let Some(exported) = self.exported.get(&callee).filter(|e| !e.is_empty()) else {
            return Vec::new();
        };
        let first = raw::result_count(call);
        let mut types = raw::result_types(call);
        types.extend(exported.iter().map(|e| e.ty));
        let new = raw::rebuild(call, &raw::operands(call), &types);
        exported
            .iter()
            .enumerate()
            .map(|(k, e)| Export {
                name: e.name.clone(),
                value: raw::result(new, first + k as isize),
                iterations: e.iterations.clone(),
                location: e.location.clone(),
                fingerprint: e.fingerprint.clone(),
            })
            .collect()
    }

    /// A loop whose body exports hooks carries a counter and one stacked buffer per hook.
    fn lower_while(&self, w: MlirOperation) -> Result<Vec<Export>, Failed> {
        let inner = self.lower_block(raw::region_block(w, 1))?;
        if inner.is_empty() {
            return Ok(inner);
        }
        let trips = match LoopInfo::of(w).and_then(|l| l.trip_count()) {
            Some(n) => n,
            None if self.max_iterations > 0 => self.max_iterations,
            None => {
                let message = "veritor-lower-hooks: cannot tell how many times this loop runs (expected a carried integer from a constant, stepped by a constant and compared with a constant); give max-iterations=N";
                return Err(diag::fail(raw::location_of(w), message));
            }
        };
        stack_in_loop(w, &inner, trips).map_err(|message| {
            diag::fail(
                raw::location_of(w),
                &format!("veritor-lower-hooks: {message}"),
            )
        })
    }

    /// An `if`/`case` gets one result per hook name of any branch; other branches give zeros.
    fn lower_branches(&self, op: MlirOperation) -> Result<Vec<Export>, Failed> {
        let mut per_branch = Vec::new();
        for r in 0..raw::region_count(op) {
            per_branch.push(self.lower_block(raw::region_block(op, r))?);
        }
        let union = merge_branches(&mut per_branch);
        if union.is_empty() {
            return Ok(Vec::new());
        }
        join_branches(op, &union, &per_branch).map_err(|message| {
            diag::fail(
                raw::location_of(op),
                &format!("veritor-lower-hooks: {message}"),
            )
        })
    }
}

fn lower_hook(hook: MlirOperation) -> Export {
    let input = raw::operand(hook, 0);
    let export = Export {
        name: hook_name(hook),
        value: input,
        iterations: Vec::new(),
        location: raw::location_text(hook),
        fingerprint: raw::attribute(hook, vd::FINGERPRINT_ATTR).and_then(raw::string_value),
    };
    raw::replace_uses(raw::result(hook, 0), input);
    raw::erase(hook);
    export
}

/// Adds `export`, renaming it `<name>.2`, `<name>.3`... when the name is taken (by an export
/// with the same fingerprint tag: an int8 fingerprint's codes and scale share a name).
fn push_unique(out: &mut Vec<Export>, mut export: Export) {
    let tag = export.fingerprint.clone();
    let taken =
        |name: &str, out: &[Export]| out.iter().any(|e| e.name == name && e.fingerprint == tag);
    if taken(&export.name, out) {
        let base = export.name.clone();
        let mut k = 2;
        while taken(&format!("{base}.{k}"), out) {
            k += 1;
        }
        export.name = format!("{base}.{k}");
    }
    out.push(export);
}

// ---------------------------------------------------------------------------------------
// Which functions export.

/// Functions that hold a hook, or call (where results can leave) one that does.
fn hooked_functions(graph: &CallGraph) -> HashSet<String> {
    let mut hooked = HashSet::new();
    for node in graph.bottom_up() {
        let function = &graph.graph[node];
        let direct = ir::nested_ops(function.op)
            .iter()
            .any(|op| ir::op_name(*op) == vd::HOOK);
        let through_calls = ir::nested_ops(function.op).iter().any(|op| {
            ir::op_name(*op) == veritor_dialects::func::CALL
                && ir::callee(*op).is_some_and(|c| hooked.contains(&c))
                && liftable(op.to_raw(), function.op.to_raw()).is_ok()
        });
        if direct || through_calls {
            hooked.insert(function.name.clone());
        }
    }
    hooked
}

/// Decides, callers before callees, which functions export hooks: the roots, and every
/// hooked function that an exporting function calls. A function that others also use
/// without exporting is cloned (`@f_hooked`) for the exporting callers; a root that other
/// functions call keeps its hooks, and those callers get a clone without them
/// (`@f_unhooked`).
fn choose_exporting(
    module: OperationRef,
    roots: &[String],
    bottom_up: &[String],
    hooked: &HashSet<String>,
) -> Result<HashSet<String>, Failed> {
    let mut exporting: HashSet<String> = roots.iter().cloned().collect();
    for name in bottom_up.iter().rev() {
        let is_root = roots.contains(name);
        if !is_root && !hooked.contains(name) {
            continue;
        }
        let uses = uses_of(module, name);
        let (through, other): (Vec<&Use>, Vec<&Use>) = uses
            .iter()
            .partition(|u| u.exportable_call && exporting.contains(&u.caller));
        if is_root {
            keep_root_callers(module, name, &other)?;
            continue;
        }
        if through.is_empty() {
            continue;
        }
        let private = function_op(module, name).is_some_and(|f| ir::is_private(raw::op_ref(f)));
        if other.is_empty() && private {
            exporting.insert(name.clone());
        } else {
            let clone = clone_function(module, name, "_hooked")?;
            through.iter().for_each(|u| set_callee(u.op, &clone));
            exporting.insert(clone);
        }
    }
    Ok(exporting)
}

/// Callers of a root that do not export keep its signature: they call a clone.
fn keep_root_callers(module: OperationRef, name: &str, other: &[&Use]) -> PassResult {
    if other.is_empty() {
        return Ok(());
    }
    if let Some(reference) = other
        .iter()
        .find(|u| raw::name_of(u.op) != veritor_dialects::func::CALL)
    {
        let message = format!(
            "veritor-lower-hooks: @{name} gets hook results, but this op refers to it by name; exclude it with functions="
        );
        return Err(diag::fail(raw::location_of(reference.op), &message));
    }
    let clone = clone_function(module, name, "_unhooked")?;
    other.iter().for_each(|u| set_callee(u.op, &clone));
    Ok(())
}

fn function_op(module: OperationRef, name: &str) -> Option<MlirOperation> {
    ir::functions(module)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, f)| f.to_raw())
}

/// A private copy of function `name`, placed after it, named `<name><suffix>` (made unique).
fn clone_function(module: OperationRef, name: &str, suffix: &str) -> Result<String, Failed> {
    let f = function_op(module, name).ok_or(Failed)?;
    let taken: HashSet<String> = ir::functions(module).into_iter().map(|(n, _)| n).collect();
    let mut new_name = format!("{name}{suffix}");
    let mut k = 2;
    while taken.contains(&new_name) {
        new_name = format!("{name}{suffix}_{k}");
        k += 1;
    }
    let context = raw::context_of(f);
    unsafe {
        let copy = mlir_sys::mlirOperationClone(f);
        mlir_sys::mlirBlockInsertOwnedOperationAfter(raw::block_of(f), f, copy);
        raw::set_attribute(copy, "sym_name", raw::string_attr(context, &new_name));
        raw::set_attribute(copy, "sym_visibility", raw::string_attr(context, "private"));
    }
    Ok(new_name)
}

fn set_callee(call: MlirOperation, name: &str) {
    let context = raw::context_of(call);
    let attr = unsafe { mlir_sys::mlirFlatSymbolRefAttrGet(context, raw::string_ref(name)) };
    raw::set_attribute(call, "callee", attr);
}

/// Functions that do not export lose their hooks (one remark per function).
fn drop_unexported_hooks(module: OperationRef, exporting: &HashSet<String>) {
    for (name, f) in ir::functions(module) {
        if exporting.contains(&name) {
            continue;
        }
        let hooks: Vec<MlirOperation> = ir::nested_ops(f)
            .into_iter()
            .filter(|op| ir::op_name(*op) == vd::HOOK)
            .map(|op| op.to_raw())
            .collect();
        if hooks.is_empty() {
            continue;
        }
        let message = format!(
            "veritor-lower-hooks: {} hook(s) in @{name} dropped: no exporting function calls @{name} (callers that export use a copy)",
            hooks.len()
        );
        diag::remark(f.location(), &message);
        for hook in hooks {
            lower_hook(hook);
        }
    }
}

fn write_schema(module: OperationRef, path: &str, functions: Vec<FunctionResults>) -> PassResult {
    if path.is_empty() {
        return Ok(());
    }
    let schema = ResultSchema {
        format: schema::RESULTS_FORMAT.to_string(),
        functions,
    };
    schema::write(path, &schema).map_err(|message| {
        diag::fail(
            module.location(),
            &format!("veritor-lower-hooks: {message}"),
        )
    })
}

// ---------------------------------------------------------------------------------------
// Loops.

/// Rebuilds loop `w` with a counter and one `[trips, shape...]` buffer per export of its
/// body; row `counter` of each buffer gets the value at every iteration.
fn stack_in_loop(w: MlirOperation, inner: &[Export], trips: i64) -> Result<Vec<Export>, String> {
    let e = Emitter::before(w);
    let scalar = TensorType {
        dims: vec![],
        element: "i32".into(),
    };
    let mut operands = raw::operands(w);
    let mut types = raw::result_types(w);
    let first = operands.len() as isize;
    operands.push(
        e.splat(&scalar, "0")
            .ok_or("cannot build the loop counter")?,
    );
    types.push(ty(&e, &scalar)?);
    for export in inner {
        let stacked = stacked_type(export.value, trips)?;
        operands.push(zeros(&e, &stacked)?);
        types.push(ty(&e, &stacked)?);
    }
    let new = raw::rebuild(w, &operands, &types);
    for region in 0..2 {
        let block = raw::region_block(new, region);
        for t in &types[first as usize..] {
            unsafe { mlir_sys::mlirBlockAddArgument(block, *t, e.location) };
        }
    }
    write_rows(new, first, inner)?;
    Ok(inner
        .iter()
        .enumerate()
        .map(|(k, export)| {
            let mut iterations = vec![trips];
            iterations.extend_from_slice(&export.iterations);
            Export {
                name: export.name.clone(),
                value: raw::result(new, first + 1 + k as isize),
                iterations,
                location: export.location.clone(),
                fingerprint: export.fingerprint.clone(),
            }
        })
        .collect())
}

/// In the body: `buffer_k = dynamic_update_slice(buffer_k, reshape(value_k), counter, 0...)`
/// and `counter + 1`, returned as the new carried values.
fn write_rows(w: MlirOperation, first: isize, inner: &[Export]) -> Result<(), String> {
    let body = raw::region_block(w, 1);
    let ret = raw::terminator(body).ok_or("the loop body is empty")?;
    let e = Emitter::before(ret);
    let scalar = TensorType {
        dims: vec![],
        element: "i32".into(),
    };
    let counter = raw::block_argument(body, first);
    let zero = e.splat(&scalar, "0").ok_or("cannot build an index")?;
    let one = e.splat(&scalar, "1").ok_or("cannot build an index")?;
    let mut returned = raw::operands(ret);
    returned.push(e.value("stablehlo.add", &[counter, one], ty(&e, &scalar)?, &[]));
    for (k, export) in inner.iter().enumerate() {
        let t = TensorType::of(export.value).ok_or("a hook value is not a static tensor")?;
        let mut row_dims = vec![1];
        row_dims.extend_from_slice(&t.dims);
        let row = e.value(
            "stablehlo.reshape",
            &[export.value],
            ty(&e, &t.reshaped(&row_dims))?,
            &[],
        );
        let buffer = raw::block_argument(body, first + 1 + k as isize);
        let mut operands = vec![buffer, row, counter];
        operands.extend(std::iter::repeat_n(zero, t.dims.len()));
        let written = e.value(
            "stablehlo.dynamic_update_slice",
            &operands,
            raw::value_type(buffer),
            &[],
        );
        returned.push(written);
    }
    raw::set_operands(ret, &returned);
    Ok(())
}

fn stacked_type(value: MlirValue, rows: i64) -> Result<TensorType, String> {
    let t = TensorType::of(value).ok_or_else(|| {
        format!(
            "a hook value of type {} is not a static tensor",
            raw::type_of_text(value)
        )
    })?;
    let mut dims = vec![rows];
    dims.extend_from_slice(&t.dims);
    Ok(t.reshaped(&dims))
}

fn ty(e: &Emitter, t: &TensorType) -> Result<MlirType, String> {
    e.ty(&t.text())
        .ok_or_else(|| format!("bad type {}", t.text()))
}

/// A zero splat of `t` (false for i1).
fn zeros(e: &Emitter, t: &TensorType) -> Result<MlirValue, String> {
    let literal = match t.element.as_str() {
        "i1" => "false",
        _ if t.is_float() => "0.0",
        el if el.starts_with("complex") => "(0.0, 0.0)",
        _ => "0",
    };
    e.splat(t, literal)
        .ok_or_else(|| format!("cannot build zeros of type {}", t.text()))
}

// ---------------------------------------------------------------------------------------
// Branches.

/// One result of a rebuilt `if`/`case`: the export's identity and type.
struct Merged {
    name: String,
    ty: MlirType,
    iterations: Vec<i64>,
    location: String,
    fingerprint: Option<String>,
}

/// The union of the branches' exports by name (same name and type: one result); a name
/// seen with another type is renamed in its branch.
fn merge_branches(per_branch: &mut [Vec<Export>]) -> Vec<Merged> {
    let mut union: Vec<Merged> = Vec::new();
    let mut by_name: BTreeMap<(String, Option<String>), String> = BTreeMap::new();
    let key = |e: &Export| (e.name.clone(), e.fingerprint.clone());
    for branch in per_branch.iter_mut() {
        for export in branch.iter_mut() {
            let type_name = raw::type_of_text(export.value);
            let mut k = 2;
            let base = export.name.clone();
            while by_name.get(&key(export)).is_some_and(|t| *t != type_name) {
                export.name = format!("{base}.{k}");
                k += 1;
            }
            if by_name.insert(key(export), type_name).is_none() {
                union.push(Merged {
                    name: export.name.clone(),
                    ty: raw::value_type(export.value),
                    iterations: export.iterations.clone(),
                    location: export.location.clone(),
                    fingerprint: export.fingerprint.clone(),
                });
            }
        }
    }
    union
}

/// Rebuilds the `if`/`case` with the merged results; each branch returns its value or zeros.
fn join_branches(
    op: MlirOperation,
    union: &[Merged],
    per_branch: &[Vec<Export>],
) -> Result<Vec<Export>, String> {
    let first = raw::result_count(op);
    let mut types = raw::result_types(op);
    types.extend(union.iter().map(|m| m.ty));
    let new = raw::rebuild(op, &raw::operands(op), &types);
    for (r, exports) in per_branch.iter().enumerate() {
        let block = raw::region_block(new, r as isize);
        let ret = raw::terminator(block).ok_or("a branch is empty")?;
        let e = Emitter::before(ret);
        let mut returned = raw::operands(ret);
        for merged in union {
            let value = match exports
                .iter()
                .find(|x| x.name == merged.name && x.fingerprint == merged.fingerprint)
            {
                Some(x) => x.value,
                None => {
                    let t = TensorType::parse(&type_text(merged.ty))
                        .ok_or("a hook value is not a static tensor")?;
                    zeros(&e, &t)?
                }
            };
            returned.push(value);
        }
        raw::set_operands(ret, &returned);
    }
    Ok(union
        .iter()
        .enumerate()
        .map(|(k, m)| Export {
            name: m.name.clone(),
            value: raw::result(new, first + k as isize),
            iterations: m.iterations.clone(),
            location: m.location.clone(),
            fingerprint: m.fingerprint.clone(),
        })
        .collect())
}
