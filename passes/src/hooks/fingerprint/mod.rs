#![doc = include_str!("../../doc/veritor-fingerprint.md")]
//!
//! The pass in three parts: [`thread`] (before lowering: the seed threaded to each hook,
//! which becomes a hook on its projection), this module (after lowering: hook results of
//! public functions projected), both through [`project`] (the plan, the seed argument, one
//! `veritor.fingerprint` per value), and [`expand`] (every `veritor.fingerprint` into
//! StableHLO: the matrix computed in the graph from the seed, as the reference definition
//! `veritor_protocol::fingerprint` says).

mod expand;
mod project;
mod thread;

use crate::diag;
use crate::emit::TensorType;
use crate::ir;
use crate::options::{OptionKind, OptionSpec, PassOptions};
use crate::pass::{Failed, PassInfo, PassResult};
use crate::raw;
use expand::{expand_all, MAX_DIM};
use melior::ir::operation::OperationLike;
use melior::ir::OperationRef;
use mlir_sys::{MlirAttribute, MlirOperation, MlirType, MlirValue};
use project::{project_result, seed_argument, tag, tagged, Plan};
use thread::project_hooks;
use veritor_dialects::veritor::{self as vd, FINGERPRINT_ATTR};

pub const INFO: PassInfo = PassInfo {
    name: "veritor-fingerprint",
    summary: "Replace hooks (before veritor-lower-hooks: in place, in loops) or hook results (after) by seeded in-graph Johnson-Lindenstrauss projections (seed: a new argument)",
    description: include_str!("../../doc/veritor-fingerprint.md"),
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

fn run(module: OperationRef, options: &PassOptions) -> PassResult {
    let plan = Plan::new(options);
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
// After `veritor-lower-hooks`: projecting the hook results of public functions.

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
