#![doc = include_str!("../doc/veritor-insert-hooks.md")]

use crate::analysis::liftable;
use crate::analysis::CallGraph;
use crate::diag;
use crate::emit::TensorType;
use crate::hooks::schema::{self, HookPoint, HookSchema};
use crate::ir;
use crate::options::{OptionKind, OptionSpec, PassOptions};
use crate::pass::{PassInfo, PassResult};
use crate::raw;
use melior::ir::operation::OperationLike;
use melior::ir::{OperationRef, Value};
use melior::ContextRef;
use mlir_sys::{MlirOperation, MlirValue};
use std::collections::{BTreeSet, HashMap, HashSet};
use veritor_dialects::stablehlo;
use veritor_dialects::veritor as vd;

pub const INFO: PassInfo = PassInfo {
    name: "veritor-insert-hooks",
    summary: "Tap chosen values with veritor.hook (by op, location or function result) and write a hook schema",
    description: include_str!("../doc/veritor-insert-hooks.md"),
    options: &[
        OptionSpec {
            name: "ops",
            kind: OptionKind::Str,
            default: "",
            help: "op names to hook, comma-separated (stablehlo. may be left out)",
        },
        OptionSpec {
            name: "locations",
            kind: OptionKind::Str,
            default: "",
            help: "text inside op locations (JAX named_scope names), comma-separated",
        },
        OptionSpec {
            name: "functions",
            kind: OptionKind::Str,
            default: "",
            help: "search only these functions, comma-separated (default: all)",
        },
        OptionSpec {
            name: "results",
            kind: OptionKind::Str,
            default: "",
            help: "function results to hook: main:0,main:2",
        },
        OptionSpec {
            name: "scope-outputs",
            kind: OptionKind::Bool,
            default: "false",
            help: "keep only values used outside the matched location",
        },
        OptionSpec {
            name: "schema",
            kind: OptionKind::Str,
            default: "",
            help: "write the hook schema (JSON) to this file ('-': stdout)",
        },
    ],
    run,
};

/// What the options choose.
struct Selection {
    ops: Vec<String>,
    locations: Vec<String>,
    functions: Vec<String>,
    results: Vec<(String, usize)>,
    scope_outputs: bool,
}

impl Selection {
    fn parse(options: &PassOptions) -> Result<Self, String> {
        let ops = list(options.string("ops"))
            .into_iter()
            .map(|o| {
                if o.contains('.') {
                    o
                } else {
                    format!("stablehlo.{o}")
                }
            })
            .collect();
        let results = list(options.string("results"))
            .iter()
            .map(|r| parse_result(r))
            .collect::<Result<_, _>>()?;
        let selection = Selection {
            ops,
            locations: list(options.string("locations")),
            functions: list(options.string("functions"))
                .into_iter()
                .map(|f| f.trim_start_matches('@').to_string())
                .collect(),
            results,
            scope_outputs: options.flag("scope-outputs"),
        };
        if selection.ops.is_empty()
            && selection.locations.is_empty()
            && selection.results.is_empty()
        {
            return Err(
                "veritor-insert-hooks: nothing to hook; give ops=, locations= or results=".into(),
            );
        }
        if selection.scope_outputs && selection.locations.is_empty() {
            return Err("veritor-insert-hooks: scope-outputs=true needs locations=".into());
        }
        Ok(selection)
    }

    fn chooses_ops(&self) -> bool {
        !self.ops.is_empty() || !self.locations.is_empty()
    }
}

fn list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn parse_result(text: &str) -> Result<(String, usize), String> {
    let bad = || {
        format!("veritor-insert-hooks: bad results entry '{text}': expected FUNCTION:INDEX, e.g. main:0")
    };
    let (function, index) = text.rsplit_once(':').ok_or_else(bad)?;
    let index = index.trim().parse().map_err(|_| bad())?;
    let function = function.trim().trim_start_matches('@');
    if function.is_empty() {
        return Err(bad());
    }
    Ok((function.to_string(), index))
}

/// Where a hook goes.
#[derive(Clone, Copy)]
enum Place {
    /// Right after the op that computes the value; every other use goes through the hook.
    After(MlirOperation),
    /// Before the function's return, which then returns the hook's result as result `i`.
    Return(MlirOperation, usize),
}

/// A value to hook and where its hook goes.
struct Tap {
    value: MlirValue,
    place: Place,
    point: HookPoint,
}

/// What the search saw, for the warnings.
#[derive(Default)]
struct Seen {
    op_names: BTreeSet<String>,
    locations: BTreeSet<String>,
    matched_ops: HashSet<String>,
    matched_locations: HashSet<String>,
    candidates: usize,
    trapped: usize,
}

fn run(module: OperationRef, options: &PassOptions) -> PassResult {
    let selection = match Selection::parse(options) {
        Ok(s) => s,
        Err(message) => {
            return Err(diag::fail(module.location(), &message));
        }
    };
    let functions = ir::functions(module);
    warn_unknown_functions(module, &selection, &functions);
    let per_iteration_functions = loop_reached(module);
    let mut seen = Seen::default();
    let mut taps = Vec::new();
    for (name, f) in &functions {
        if !selection.functions.is_empty() && !selection.functions.contains(name) {
            continue;
        }
        if selection.chooses_ops() {
            let in_loop = per_iteration_functions.contains(name);
            taps.extend(op_taps(name, *f, &selection, in_loop, &mut seen));
        }
    }
    for (function, index) in &selection.results {
        let found = functions.iter().find(|(n, _)| n == function);
        match found.and_then(|(_, f)| result_tap(function, *f, *index, &per_iteration_functions)) {
            Some(tap) => taps.push(tap),
            None => warn_bad_result(module, &functions, function, *index),
        }
    }
    report_selection(module, &selection, &seen, taps.len());
    let mut points = Vec::new();
    for tap in taps {
        insert(&tap)?;
        points.push(tap.point);
    }
    write_schema(module, options.string("schema"), points)
}

/// Functions whose every op runs once per iteration of some loop: those called from inside
/// a `stablehlo.while`, and everything they call.
fn loop_reached(module: OperationRef) -> HashSet<String> {
    let graph = CallGraph::build(module);
    let mut out = HashSet::new();
    let mut stack: Vec<_> = graph
        .graph
        .edge_indices()
        .filter(|&e| graph.graph[e].in_loop())
        .filter_map(|e| graph.graph.edge_endpoints(e).map(|(_, to)| to))
        .collect();
    while let Some(node) = stack.pop() {
        if out.insert(graph.graph[node].name.clone()) {
            stack.extend(graph.graph.neighbors(node));
        }
    }
    out
}

/// The hooks that `ops`/`locations` choose in one function.
fn op_taps(
    function: &str,
    f: OperationRef,
    selection: &Selection,
    function_in_loop: bool,
    seen: &mut Seen,
) -> Vec<Tap> {
    let ops = ir::nested_ops(f);
    let ordinals = ordinals(&ops);
    let mut taps = Vec::new();
    for op in ops {
        let name = ir::op_name(op);
        if name.starts_with("veritor.") || op.result_count() == 0 {
            continue;
        }
        let location = raw::location_text(op.to_raw());
        seen.op_names.insert(name.clone());
        if !location.starts_with('"') {
            // A name location (JAX's scopes), not a file:line:col one.
            seen.locations.insert(scope_of(&location));
        }
        let Some(pattern) = matches(selection, &name, &location, seen) else {
            continue;
        };
        seen.candidates += 1;
        let in_loop = function_in_loop || inside_loop(op.to_raw(), f.to_raw());
        let trapped = liftable(op.to_raw(), f.to_raw()).is_err();
        for r in 0..op.result_count() {
            let value = raw::result(op.to_raw(), r as isize);
            if TensorType::of(value).is_none() {
                continue;
            }
            if selection.scope_outputs && !escapes(value, &pattern) {
                continue;
            }
            if trapped {
                // Inside a reduce body a value goes to the reduce, never to the rest of the
                // program: not a scope output, and not worth a remark.
                seen.trapped += usize::from(!selection.scope_outputs);
                continue;
            }
            let point = HookPoint {
                name: hook_name(
                    function,
                    &name,
                    ordinals[&op.to_raw().ptr],
                    r,
                    op.result_count(),
                ),
                function: function.to_string(),
                op: name.clone(),
                path: op_path(op.to_raw(), f.to_raw(), &ordinals),
                result: r,
                location: location.clone(),
                ty: raw::type_of_text(value),
                per_iteration: in_loop,
            };
            taps.push(Tap {
                value,
                place: Place::After(op.to_raw()),
                point,
            });
        }
    }
    taps
}

/// Whether the op matches `ops` and `locations`; the matched location text ("" when no
/// location was asked for).
fn matches(selection: &Selection, name: &str, location: &str, seen: &mut Seen) -> Option<String> {
    let name_ok = selection.ops.is_empty() || selection.ops.iter().any(|o| o == name);
    if selection.ops.iter().any(|o| o == name) {
        seen.matched_ops.insert(name.to_string());
    }
    let pattern = selection
        .locations
        .iter()
        .find(|p| location.contains(p.as_str()));
    if let Some(p) = pattern {
        seen.matched_locations.insert(p.clone());
    }
    if !name_ok {
        return None;
    }
    match pattern {
        Some(p) => Some(p.clone()),
        None if selection.locations.is_empty() => Some(String::new()),
        None => None,
    }
}

/// The k-th op of each name, in pre-order, keyed by op pointer.
fn ordinals(ops: &[OperationRef]) -> HashMap<*mut std::ffi::c_void, usize> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    ops.iter()
        .map(|op| {
            let count = counts.entry(ir::op_name(*op)).or_insert(0);
            *count += 1;
            (op.to_raw().ptr, *count - 1)
        })
        .collect()
}

/// `main/add#3`, `main/while#0:2`.
fn hook_name(function: &str, op: &str, ordinal: usize, result: usize, results: usize) -> String {
    let short = op.strip_prefix("stablehlo.").unwrap_or(op);
    let mut name = format!("{function}/{short}#{ordinal}");
    if results > 1 {
        name.push_str(&format!(":{result}"));
    }
    name
}

/// `stablehlo.while#0[1]/stablehlo.add#3`: the ops from the function down to `op`.
fn op_path(
    op: MlirOperation,
    f: MlirOperation,
    ordinals: &HashMap<*mut std::ffi::c_void, usize>,
) -> String {
    let mut parts = vec![format!("{}#{}", raw::name_of(op), ordinals[&op.ptr])];
    let mut current = op;
    while let Some(parent) = raw::parent_op(current) {
        if parent.ptr == f.ptr {
            break;
        }
        let region = raw::region_index(current).unwrap_or(0);
        let ordinal = ordinals.get(&parent.ptr).copied().unwrap_or(0);
        parts.push(format!("{}#{ordinal}[{region}]", raw::name_of(parent)));
        current = parent;
    }
    parts.reverse();
    parts.join("/")
}

fn inside_loop(op: MlirOperation, f: MlirOperation) -> bool {
    let mut current = op;
    while let Some(parent) = raw::parent_op(current) {
        if parent.ptr == f.ptr {
            return false;
        }
        if raw::name_of(parent) == stablehlo::WHILE {
            return true;
        }
        current = parent;
    }
    false
}

/// Whether an op whose location does not contain `pattern` uses `value`.
fn escapes(value: MlirValue, pattern: &str) -> bool {
    raw::uses(value)
        .iter()
        .any(|(user, _)| !raw::location_text(*user).contains(pattern))
}

/// The hook for result `index` of function `function`.
fn result_tap(
    function: &str,
    f: OperationRef,
    index: usize,
    loop_reached: &HashSet<String>,
) -> Option<Tap> {
    let ret = raw::terminator(raw::entry_block(f.to_raw()))?;
    if index >= raw::operand_count(ret) as usize {
        return None;
    }
    let value = raw::operand(ret, index as isize);
    TensorType::of(value)?;
    let point = HookPoint {
        name: format!("{function}/result#{index}"),
        function: function.to_string(),
        op: raw::name_of(ret),
        path: format!("result#{index}"),
        result: index,
        location: raw::location_text(ret),
        ty: raw::type_of_text(value),
        per_iteration: loop_reached.contains(function),
    };
    Some(Tap {
        value,
        place: Place::Return(ret, index),
        point,
    })
}

/// Creates the hook and reroutes the value's uses through it.
fn insert(tap: &Tap) -> PassResult {
    let anchor = match tap.place {
        Place::After(op) | Place::Return(op, _) => op,
    };
    let context = unsafe { ContextRef::from_raw(raw::context_of(anchor)) };
    let location = raw::location_of(anchor);
    // A function result is read when its hook goes in: an op hook inserted before may have
    // rerouted it, and the two hooks then chain.
    let hooked = match tap.place {
        Place::After(_) => tap.value,
        Place::Return(ret, index) => raw::operand(ret, index as isize),
    };
    let value = unsafe { Value::from_raw(hooked) };
    let hook = match vd::hook(
        unsafe { context.to_ref() },
        location,
        value,
        &tap.point.name,
    ) {
        Ok(op) => op.into_raw(),
        Err(message) => {
            return Err(diag::fail(location, &message));
        }
    };
    let output = raw::result(hook, 0);
    unsafe {
        match tap.place {
            Place::After(op) => {
                let after = last_hook_of(op);
                mlir_sys::mlirBlockInsertOwnedOperationAfter(raw::block_of(op), after, hook);
                let mut except = [hook];
                mlir_sys::mlirValueReplaceAllUsesExcept(hooked, output, 1, except.as_mut_ptr());
            }
            Place::Return(ret, index) => {
                mlir_sys::mlirBlockInsertOwnedOperationBefore(raw::block_of(ret), ret, hook);
                mlir_sys::mlirOperationSetOperand(ret, index as isize, output);
            }
        }
    }
    Ok(())
}

/// The op after which the next hook of `op`'s results goes: `op`, or the hooks already
/// placed right after it (so that hooks of results 0, 1, 2 stay in that order).
fn last_hook_of(op: MlirOperation) -> MlirOperation {
    let mut last = op;
    loop {
        let next = unsafe { mlir_sys::mlirOperationGetNextInBlock(last) };
        let hooks_op = !next.ptr.is_null()
            && raw::name_of(next) == vd::HOOK
            && raw::def(raw::operand(next, 0)).is_some_and(|(d, _)| d.ptr == op.ptr);
        if !hooks_op {
            return last;
        }
        last = next;
    }
}

fn write_schema(module: OperationRef, path: &str, hooks: Vec<HookPoint>) -> PassResult {
    if path.is_empty() {
        return Ok(());
    }
    let schema = HookSchema {
        format: schema::HOOKS_FORMAT.to_string(),
        hooks,
    };
    schema::write(path, &schema).map_err(|message| {
        diag::fail(
            module.location(),
            &format!("veritor-insert-hooks: {message}"),
        )
    })
}

// ---------------------------------------------------------------------------------------
// Warnings for selections that match nothing.

fn warn_unknown_functions(
    module: OperationRef,
    selection: &Selection,
    functions: &[(String, OperationRef)],
) {
    let names: Vec<String> = functions.iter().map(|(n, _)| n.clone()).collect();
    for wanted in &selection.functions {
        if !names.contains(wanted) {
            let message = format!(
                "veritor-insert-hooks: functions={wanted} matches no function; functions: {}",
                at_names(&names)
            );
            diag::warning(module.location(), &message);
        }
    }
}

fn warn_bad_result(
    module: OperationRef,
    functions: &[(String, OperationRef)],
    function: &str,
    index: usize,
) {
    let message = match functions.iter().find(|(n, _)| n == function) {
        None => {
            let names: Vec<String> = functions.iter().map(|(n, _)| n.clone()).collect();
            format!(
                "veritor-insert-hooks: results={function}:{index} matches no function; functions: {}",
                at_names(&names)
            )
        }
        Some((_, f)) => {
            let count = raw::terminator(raw::entry_block(f.to_raw()))
                .map(raw::operand_count)
                .unwrap_or(0);
            format!(
                "veritor-insert-hooks: results={function}:{index} matches nothing: @{function} has {count} results (static tensors can be hooked)"
            )
        }
    };
    diag::warning(module.location(), &message);
}

fn at_names(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("@{n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn report_selection(module: OperationRef, selection: &Selection, seen: &Seen, taps: usize) {
    let at = module.location();
    for op in &selection.ops {
        if !seen.matched_ops.contains(op) {
            let near = nearest(op, seen.op_names.iter());
            let message = format!(
                "veritor-insert-hooks: ops={op} matches no op; nearest op names present: {near}"
            );
            diag::warning(at, &message);
        }
    }
    for pattern in &selection.locations {
        if !seen.matched_locations.contains(pattern) {
            let near = nearest(pattern, seen.locations.iter().filter(|l| !l.is_empty()));
            let message = format!("veritor-insert-hooks: locations={pattern} matches no op location; nearest scopes present: {near}");
            diag::warning(at, &message);
        }
    }
    if seen.trapped > 0 {
        let message = format!(
            "veritor-insert-hooks: {} matching values left unhooked: they sit in reduce, sort, scatter or other bodies (or a while condition) that a value cannot leave",
            seen.trapped
        );
        diag::remark(at, &message);
    }
    let every_part_matched = selection.ops.iter().all(|o| seen.matched_ops.contains(o))
        && selection
            .locations
            .iter()
            .all(|l| seen.matched_locations.contains(l));
    if selection.chooses_ops() && every_part_matched && taps == 0 && seen.trapped == 0 {
        let why = if seen.candidates == 0 {
            "no op matches ops= and locations= together".to_string()
        } else if selection.scope_outputs {
            format!("{} ops match, but none of their results is used outside its scope (scope-outputs=true)", seen.candidates)
        } else {
            format!(
                "{} ops match, but none has a static tensor result",
                seen.candidates
            )
        };
        diag::warning(
            at,
            &format!("veritor-insert-hooks: the selection matches no value: {why}"),
        );
    }
}

/// The named scope of a location: its text without the last `/` component.
fn scope_of(location: &str) -> String {
    match location.rsplit_once('/') {
        Some((scope, _)) => scope.to_string(),
        None => String::new(),
    }
}

/// Up to five candidates closest to `wanted` (edit distance), and how many there are.
fn nearest<'a>(wanted: &str, candidates: impl Iterator<Item = &'a String>) -> String {
    let mut scored: Vec<(usize, &String)> = candidates.map(|c| (distance(wanted, c), c)).collect();
    if scored.is_empty() {
        return "none".into();
    }
    scored.sort();
    let total = scored.len();
    let shown: Vec<&str> = scored.iter().take(5).map(|(_, c)| c.as_str()).collect();
    let more = if total > shown.len() {
        format!(" (and {} more)", total - shown.len())
    } else {
        String::new()
    };
    format!("{}{more}", shown.join(", "))
}

/// Edit distance of `wanted` to the closest window of `text` (so a short pattern is near a
/// long location that contains something like it).
fn distance(wanted: &str, text: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (wanted.chars().collect(), text.chars().collect());
    // Substring edit distance: free start and end in `b`.
    let mut previous = vec![0usize; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            current[j + 1] = (previous[j] + cost)
                .min(previous[j + 1] + 1)
                .min(current[j] + 1);
        }
        previous = current;
    }
    previous.into_iter().min().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_result_success_and_failure() {
        assert_eq!(parse_result("main:2").unwrap(), ("main".to_string(), 2));
        assert_eq!(parse_result("@f:0").unwrap(), ("f".to_string(), 0));
        assert!(parse_result("main").is_err());
        assert!(parse_result(":1").is_err());
        assert!(parse_result("main:x").is_err());
    }

    #[test]
    fn hook_names_are_stable_text() {
        assert_eq!(hook_name("main", "stablehlo.add", 3, 0, 1), "main/add#3");
        assert_eq!(hook_name("f", "stablehlo.while", 0, 2, 3), "f/while#0:2");
        assert_eq!(hook_name("f", "func.call", 1, 0, 1), "f/func.call#1");
    }

    #[test]
    fn nearest_prefers_close_names() {
        let names: Vec<String> = ["stablehlo.add", "stablehlo.dot_general", "stablehlo.divide"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert!(nearest("stablehlo.dot_generl", names.iter()).starts_with("stablehlo.dot_general"));
        assert_eq!(distance("layer0/atn", "jit(f)/layer0/attn"), 1);
        assert_eq!(scope_of("jit(f)/layer0/attn/add"), "jit(f)/layer0/attn");
    }
}
