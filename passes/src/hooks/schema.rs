//! The JSON files the hook passes write: where `veritor-insert-hooks` put its hooks
//! (`veritor-hooks/1`) and which results `veritor-lower-hooks` made of them
//! (`veritor-hook-results/1`). A verifier reads them to know what each result means.
//!
//! ```json
//! {"format": "veritor-hooks/1", "hooks": [{"name": "main/add#12", "function": "main",
//!   "op": "stablehlo.add", "path": "stablehlo.add#12", "result": 0,
//!   "location": "jit(forward)/layer0/attn/add", "type": "tensor<1x16x32xf32>",
//!   "per_iteration": false}]}
//! {"format": "veritor-hook-results/1", "functions": [{"name": "main", "results": [
//!   {"index": 1, "hook": "main/add#12", "type": "tensor<1x16x32xf32>", "iterations": [],
//!    "location": "jit(forward)/layer0/attn/add"}]}]}
//! ```

use serde::{Deserialize, Serialize};

pub const HOOKS_FORMAT: &str = "veritor-hooks/1";
pub const RESULTS_FORMAT: &str = "veritor-hook-results/1";

/// One inserted hook.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HookPoint {
    /// The hook's name (stable: function, op name and ordinal).
    pub name: String,
    /// The function the hooked value lives in.
    pub function: String,
    /// The op whose result is hooked (`func.return` for a function result).
    pub op: String,
    /// Ops from the function down to the hooked op: `stablehlo.while#0[1]/stablehlo.add#3`
    /// (`#k`: k-th op of that name in the function, pre-order; `[r]`: region r).
    pub path: String,
    /// Which result of the op (for a function result: which result of the function).
    pub result: usize,
    /// The op's location (JAX puts `named_scope` names there).
    pub location: String,
    /// The hooked value's type.
    #[serde(rename = "type")]
    pub ty: String,
    /// Whether the value is computed once per loop iteration (inside a `stablehlo.while`
    /// body, or in a function called from one).
    pub per_iteration: bool,
}

/// The hooks of one `veritor-insert-hooks` run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HookSchema {
    pub format: String,
    pub hooks: Vec<HookPoint>,
}

/// One function result made from a hook.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HookResult {
    /// The result's index in the function's results.
    pub index: usize,
    /// The hook's name (with `.2`, `.3`... when one hook is reached along several paths).
    pub hook: String,
    #[serde(rename = "type")]
    pub ty: String,
    /// Trip counts of the loops the value is stacked over, outermost first (row i of axis
    /// k holds iteration i of the k-th loop).
    pub iterations: Vec<i64>,
    /// The hook's location.
    pub location: String,
}

/// The hook results of one public function.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FunctionResults {
    pub name: String,
    pub results: Vec<HookResult>,
}

/// What one `veritor-lower-hooks` run returned.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultSchema {
    pub format: String,
    pub functions: Vec<FunctionResults>,
}

/// Writes `value` as pretty JSON to `path` ("-" for stdout).
pub fn write<T: Serialize>(path: &str, value: &T) -> Result<(), String> {
    let mut text = serde_json::to_string_pretty(value)
        .map_err(|e| format!("cannot encode the hook schema: {e}"))?;
    text.push('\n');
    if path == "-" {
        print!("{text}");
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write hook schema '{path}': {e}"))
}

/// Reads a result schema written by `veritor-lower-hooks`.
pub fn read_results(path: &std::path::Path) -> Result<ResultSchema, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let schema: ResultSchema = serde_json::from_str(&text)
        .map_err(|e| format!("{}: not a hook result schema: {e}", path.display()))?;
    if schema.format != RESULTS_FORMAT {
        return Err(format!(
            "{}: format '{}', expected '{RESULTS_FORMAT}'",
            path.display(),
            schema.format
        ));
    }
    Ok(schema)
}

/// Reads a hook schema written by `veritor-insert-hooks`.
pub fn read_hooks(path: &std::path::Path) -> Result<HookSchema, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let schema: HookSchema = serde_json::from_str(&text)
        .map_err(|e| format!("{}: not a hook schema: {e}", path.display()))?;
    if schema.format != HOOKS_FORMAT {
        return Err(format!(
            "{}: format '{}', expected '{HOOKS_FORMAT}'",
            path.display(),
            schema.format
        ));
    }
    Ok(schema)
}
