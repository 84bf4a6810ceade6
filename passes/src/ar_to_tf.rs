#![doc = include_str!("doc/veritor-ar-to-tf.md")]

use crate::analysis::loop_info::{self, LoopInfo};
use crate::analysis::report_recursion;
use crate::analysis::CallGraph;
use crate::diag;
use crate::emit::{i64_array, type_text, value_type, Emitter, TensorType};
use crate::inliner::inline_into;
use crate::ir;
use crate::options::{OptionKind, OptionSpec, PassOptions};
use crate::pass::{Failed, PassInfo, PassResult};
use crate::raw::{
    self, block_argument, def, erase, location_of, name_of, operand, operand_count, region_block,
    result, result_count,
};
use common::{backward_slice, terminator, ty, widen, widened, Forced};
use melior::ir::operation::OperationLike;
use melior::ir::OperationRef;
use mlir_sys::{MlirBlock, MlirOperation, MlirValue};
use post::Post;
use recognize::{body_writes, chain, choice, delayed_choice, scores_dims, Choice, Link, Write};
use std::collections::HashMap;
use teacher::teacher_token;

mod batch;
mod causal;
mod closed;
mod common;
mod control;
mod eval;
mod parallel;
mod partial;
mod post;
mod recognize;
mod resident;
mod restack;
mod teacher;
mod unroll;
mod window;

pub const INFO: PassInfo = PassInfo {
    name: "veritor-ar-to-tf",
    summary:
        "Add @F_teacher_forced for every public function that runs an autoregressive decode loop",
    description: include_str!("doc/veritor-ar-to-tf.md"),
    options: &[
        OptionSpec {
            name: "tokens-result",
            kind: OptionKind::Int,
            default: "-1",
            help: "which result of @F holds the tokens (-1: find it)",
        },
        OptionSpec {
            name: "require-parallel",
            kind: OptionKind::Bool,
            default: "false",
            help: "fail where only the sequential form can be emitted",
        },
    ],
    run,
};

/// Suffix of the added functions.
pub const SUFFIX: &str = "_teacher_forced";

fn run(module: OperationRef, options: &PassOptions) -> PassResult {
    let graph = CallGraph::build(module);
    report_recursion(&graph)?;
    let functions: HashMap<String, MlirOperation> = graph.ops_by_name();
    let publics: Vec<(String, MlirOperation)> = graph
        .graph
        .node_indices()
        .filter(|&n| !graph.graph[n].private && !graph.graph[n].name.ends_with(SUFFIX))
        .filter(|&n| reaches_loop(&graph, n))
        .map(|n| (graph.graph[n].name.clone(), graph.graph[n].op.to_raw()))
        .collect();
    drop(graph);
    let mut failed = false;
    for (name, function) in publics {
        if functions.contains_key(&format!("{name}{SUFFIX}")) {
            let f = unsafe { OperationRef::from_raw(function) };
            diag::remark(
                f.location(),
                &format!("@{name}{SUFFIX} exists already; @{name} left alone"),
            );
            continue;
        }
        failed |= add_teacher_forced(&name, function, &functions, options).is_err();
    }
    if failed {
        Err(Failed)
    } else {
        Ok(())
    }
}

/// Whether the function or anything it calls holds a `stablehlo.while`.
fn reaches_loop(graph: &CallGraph, start: petgraph::graph::NodeIndex) -> bool {
    let mut dfs = petgraph::visit::Dfs::new(&graph.graph, start);
    while let Some(node) = dfs.next(&graph.graph) {
        if ir::nested_ops(graph.graph[node].op)
            .iter()
            .any(|op| ir::op_name(*op) == veritor_dialects::stablehlo::WHILE)
        {
            return true;
        }
    }
    false
}

/// Why a function was not rewritten: not a decode loop (a remark), or bad input (an error).
enum Reject {
    /// A shape the rewrite does not handle: a remark, and the function is left alone.
    NotDecoding(MlirOperation, String),
    /// The function cannot be rewritten at all (no `func.return`, a tokens result that is
    /// not a static tensor, an option that does not fit it): an error.
    Error(MlirOperation, String),
}

fn add_teacher_forced(
    name: &str,
    function: MlirOperation,
    functions: &HashMap<String, MlirOperation>,
    options: &PassOptions,
) -> PassResult {
    let copy = unsafe { mlir_sys::mlirOperationClone(function) };
    unsafe {
        mlir_sys::mlirBlockInsertOwnedOperationAfter(
            mlir_sys::mlirOperationGetBlock(function),
            function,
            copy,
        )
    };
    let copy_ref = unsafe { OperationRef::from_raw(copy) };
    set_string_attr(copy, "sym_name", &format!("{name}{SUFFIX}"));
    inline_into(copy_ref, functions, false)?;
    // Writes spelled `jnp.where(iota == pos, tok, buf)` become dynamic_update_slice writes.
    window::rewrite_selects(region_block(copy, 0));
    let outcome = rewrite(copy, options);
    if outcome.is_ok() {
        // IREE cannot compile a scatter of one value per row into one column (HF's
        // min-length processor): the copy gets the exact select form.
        crate::scatter_to_select::rewrite_scatters(copy);
    }
    match outcome {
        Ok(loops) => {
            for (at, form) in loops {
                let reason = match form {
                    Ok((steps, guards)) => {
                        diag::remark(at, &parallel_remark(steps, guards));
                        continue;
                    }
                    Err(reason) => reason,
                };
                let message = format!("sequential teacher-forced form: the loop still runs one step per token, on the teacher's prefix; not parallel because {reason}");
                if options.flag("require-parallel") {
                    let failed = diag::fail(at, &format!("{message}; require-parallel=true"));
                    erase(copy);
                    return Err(failed);
                }
                diag::remark(at, &message);
            }
            Ok(())
        }
        Err(Reject::NotDecoding(at, reason)) => {
            diag::remark(
                location_of(at),
                &format!("not an autoregressive decode loop: {reason}; @{name} left alone"),
            );
            erase(copy);
            Ok(())
        }
        Err(Reject::Error(at, message)) => {
            let failed = diag::fail(location_of(at), &message);
            erase(copy);
            Err(failed)
        }
    }
}

fn set_string_attr(op: MlirOperation, name: &str, value: &str) {
    let e = Emitter::before(op);
    if let Some(attr) = e.attr(&format!("\"{value}\"")) {
        raw::set_attribute(op, name, attr);
    }
}

// ---------------------------------------------------------------------------------------
// Recognition.

/// A `stablehlo.while` with a condition and a body, each one block ending in a
/// `stablehlo.return` of the right arity (the verifier cannot check unregistered ops).
fn well_formed_loop(w: MlirOperation) -> Result<(), String> {
    let regions = unsafe { mlir_sys::mlirOperationGetNumRegions(w) };
    if regions != 2 || operand_count(w) != result_count(w) {
        return Err(
            "the loop is malformed (expected two regions and one result per operand)".into(),
        );
    }
    let expected = [1, result_count(w)];
    for (region, count) in expected.into_iter().enumerate() {
        let block = region_block(w, region as isize);
        let last = raw::terminator(block);
        let fits =
            last.is_some_and(|op| name_of(op) == "stablehlo.return" && operand_count(op) == count);
        let arguments = unsafe { mlir_sys::mlirBlockGetNumArguments(block) };
        if !fits || arguments != result_count(w) {
            return Err(
                "the loop is malformed (its regions do not end in a matching stablehlo.return)"
                    .into(),
            );
        }
    }
    Ok(())
}

/// Why a loop is not decoding, for the remark, or its chosen writes.
fn analyse_loop(
    w: MlirOperation,
    carried: Option<isize>,
) -> Result<(isize, Vec<(Write, MlirValue)>), String> {
    well_formed_loop(w)?;
    let body = region_block(w, 1);
    let candidates: Vec<isize> = match carried {
        Some(k) => vec![k],
        None => (0..result_count(w))
            .filter(|&k| {
                TensorType::of(result(w, k)).is_some_and(|t| t.is_integer() && !t.dims.is_empty())
            })
            .collect(),
    };
    if candidates.is_empty() {
        return Err("it carries no integer buffer".into());
    }
    let mut last_reason = String::new();
    for k in candidates {
        match analyse_buffer(body, k) {
            Ok(choices) => return Ok((k, choices)),
            Err(reason) => last_reason = reason,
        }
    }
    Err(last_reason)
}

fn analyse_buffer(body: MlirBlock, k: isize) -> Result<Vec<(Write, MlirValue)>, String> {
    let buffer =
        TensorType::of(block_argument(body, k)).ok_or("its result is not a static tensor")?;
    if !buffer.is_integer() || buffer.dims.is_empty() {
        return Err(format!(
            "the value it returns ({}) is not a buffer of tokens",
            buffer.text()
        ));
    }
    let writes = body_writes(body, k)?;
    if writes.is_empty() {
        return Err("it writes nothing into its integer buffers".into());
    }
    let mut choices = Vec::new();
    for write in writes {
        let c = choice(write.update())
            .or_else(|| {
                delayed_choice(body, write).and_then(|j| choice(operand(terminator(body), j)))
            })
            .ok_or(
                "the value written into the buffer is not chosen from scores (no argmax or sample)",
            )?;
        if !depends_on_tokens(body, k, c.chosen, c.scores) {
            return Err("the choice does not depend on the tokens written before it".into());
        }
        choices.push((write, c.scores));
    }
    Ok(choices)
}

/// Whether `scores` depend on the buffer (block argument `k`) or on a carried value fed by
/// the chosen token.
fn depends_on_tokens(body: MlirBlock, k: isize, chosen: MlirValue, scores: MlirValue) -> bool {
    let slice = backward_slice(scores);
    let ret = terminator(body);
    let n = unsafe { mlir_sys::mlirBlockGetNumArguments(body) };
    (0..n).any(|j| {
        let arg = block_argument(body, j);
        if !slice.contains(&(arg.ptr as usize)) {
            return false;
        }
        j == k || backward_slice(operand(ret, j)).contains(&(chosen.ptr as usize))
    })
}

// ---------------------------------------------------------------------------------------
// Rewriting.

/// The remark on a loop in the parallel form; `guards` row maxima are checked as it runs.
fn parallel_remark(steps: usize, guards: usize) -> String {
    let form = format!("parallel teacher-forced form: the loop's {steps} steps run at once");
    if guards == 0 {
        return form;
    }
    format!(
        "{form}; exact only where every row of {guards} masked softmax(es) keeps an entry at \
         every step (the mask depends on the inputs), which the teacher-forced function checks \
         as it runs: where a row keeps none, it predicts -1 and its scores are NaN, so no claim \
         is accepted"
    )
}

/// Where a loop was, and its form: parallel (the number of steps run at once) or sequential
/// (why not parallel).
type LoopForm<'c> = (melior::ir::Location<'c>, parallel::Outcome);

/// Rewrites the (inlined) copy; returns the loops it made teacher-forced.
fn rewrite<'c>(f: MlirOperation, options: &PassOptions) -> Result<Vec<LoopForm<'c>>, Reject> {
    let entry = region_block(f, 0);
    let ret = terminator(entry);
    if ret.ptr.is_null() || name_of(ret) != veritor_dialects::func::RETURN {
        return Err(Reject::Error(
            f,
            "the function's body does not end in func.return".into(),
        ));
    }
    let (links, post) = tokens_chain(f, ret, options.int("tokens-result"))?;
    let static_type = |v: MlirValue| {
        TensorType::of(v)
            .ok_or_else(|| Reject::Error(f, "the tokens result must be a static tensor".into()))
    };
    let tokens_type = static_type(post.source)?;
    let returned_type = static_type(post.returned)?;
    let logits_type = logits_type(&links, &tokens_type)
        .map_err(|m| Reject::NotDecoding(first_loop(&links).unwrap_or(f), m))?;
    let e = Emitter::before(ret);
    let teacher_ty = e
        .ty(&returned_type.text())
        .ok_or_else(|| Reject::Error(f, "bad tokens type".into()))?;
    let teacher = unsafe { mlir_sys::mlirBlockAddArgument(entry, teacher_ty, e.location) };
    let first_op = unsafe { mlir_sys::mlirBlockGetFirstOperation(entry) };
    let start = Emitter::before(first_op);
    let teacher = post
        .pull(&start, teacher)
        .map_err(|m| Reject::Error(f, m))?;
    let zeros = start
        .splat(&logits_type, "0.0")
        .ok_or_else(|| Reject::Error(f, "cannot build logits".into()))?;
    let mut state = Forced {
        teacher,
        predicted: teacher,
        logits: zeros,
    };
    let decode_loops: Vec<MlirOperation> = links
        .iter()
        .filter_map(|l| match l {
            Link::Loop { op, .. } => Some(*op),
            Link::Write(_) => None,
        })
        .collect();
    // A prefill over the prompt that loops over layers runs once; unrolled, the copy keeps
    // no loop over model state but its decode loops.
    if unroll::unroll_model_loops(entry, &decode_loops) > 0 {
        window::rewrite_selects(entry);
    }
    let mut loops = Vec::new();
    let mut stop: Option<MlirValue> = None;
    for link in links {
        match link {
            Link::Write(write) => {
                if choice(write.update()).is_some() {
                    // A write the teacher cannot replace (its position depends on the token,
                    // its shape is not the choice's) is a shape not handled: a remark.
                    state = force_write(write, state, &tokens_type, &logits_type)
                        .map_err(|m| Reject::NotDecoding(write.op, m))?;
                }
            }
            Link::Loop { op, carried } => {
                if unroll::unroll_step_loops(region_block(op, 1)) > 0 {
                    // A cache written by a mask in a scan over layers: the layer is known now.
                    window::rewrite_loop(op);
                    restack::restack_loop(op);
                }
                let (_, choices) =
                    analyse_loop(op, Some(carried)).map_err(|m| Reject::NotDecoding(op, m))?;
                let at = location_of(op);
                let counter = stop_counter(op);
                match parallel::parallelize(
                    op,
                    carried,
                    &choices,
                    state,
                    &tokens_type,
                    &logits_type,
                ) {
                    Ok((new_state, form, finals)) => {
                        state = new_state;
                        stop = stop.or(counter.map(|j| finals[j as usize]));
                        loops.push((at, Ok(form)));
                    }
                    Err(reason) => {
                        let (_, new_state, counter) =
                            force_loop(op, &choices, state, &tokens_type, &logits_type)
                                .map_err(|m| Reject::NotDecoding(op, m))?;
                        state = new_state;
                        stop = stop.or(counter);
                        loops.push((at, Err(reason)));
                    }
                }
            }
        }
    }
    let state = Forced {
        teacher: state.teacher,
        predicted: post.push_tokens(state.predicted, ret),
        logits: post
            .push_logits(&Emitter::before(ret), state.logits)
            .map_err(|m| Reject::Error(f, m))?,
    };
    finish_signature(f, ret, state, stop).map_err(|m| Reject::Error(f, m))?;
    // What only fed the replaced results goes (HF's `generate` also initialises a model it
    // never uses, to shape its cache).
    control::remove_dead(entry, &Default::default());
    Ok(loops)
}

fn first_loop(links: &[Link]) -> Option<MlirOperation> {
    links.iter().find_map(|l| match l {
        Link::Loop { op, .. } => Some(*op),
        Link::Write(_) => None,
    })
}

/// The chain that produces the returned tokens and the ops after it; when no result
/// qualifies, the reason the first loop is not decoding.
fn tokens_chain(
    f: MlirOperation,
    ret: MlirOperation,
    requested: i64,
) -> Result<(Vec<Link>, Post), Reject> {
    let count = operand_count(ret);
    if requested >= count as i64 {
        return Err(Reject::Error(
            f,
            format!("tokens-result={requested}, but the function has {count} results"),
        ));
    }
    let candidates: Vec<isize> = if requested >= 0 {
        vec![requested as isize]
    } else {
        (0..count).collect()
    };
    let entry = region_block(f, 0);
    let is_source = |v: MlirValue| {
        let links = chain(v);
        let carried = links.iter().find_map(|l| match l {
            Link::Loop { carried, .. } => Some(*carried),
            _ => None,
        });
        first_loop(&links).is_some_and(|w| analyse_loop(w, carried).is_ok())
    };
    let mut reason: Option<(MlirOperation, String)> = None;
    for i in candidates {
        let returned = operand(ret, i);
        let post = if first_loop(&chain(returned)).is_some() {
            Post::none(returned)
        } else {
            match Post::find(entry, returned, &is_source) {
                Ok(Some(post)) => post,
                Ok(None) => continue,
                Err(m) => {
                    reason = reason.or(Some((f, m)));
                    continue;
                }
            }
        };
        let links = chain(post.source);
        let Some(w) = first_loop(&links) else {
            continue;
        };
        let carried = links.iter().find_map(|l| match l {
            Link::Loop { carried, .. } => Some(*carried),
            _ => None,
        });
        match analyse_loop(w, carried) {
            Ok(_) => return Ok((links, post)),
            Err(m) => reason = reason.or(Some((w, m))),
        }
    }
    let (at, message) = reason
        .or_else(|| {
            any_loop(f).map(|w| {
                (
                    w,
                    analyse_loop(w, None)
                        .err()
                        .unwrap_or_else(|| "its tokens are not returned".into()),
                )
            })
        })
        .unwrap_or((f, "no loop found".into()));
    Err(Reject::NotDecoding(at, message))
}

fn any_loop(f: MlirOperation) -> Option<MlirOperation> {
    ir::nested_ops(unsafe { OperationRef::from_raw(f) })
        .into_iter()
        .find(|op| ir::op_name(*op) == veritor_dialects::stablehlo::WHILE)
        .map(|op| op.to_raw())
}

/// `[tokens dims..., vocab]` with the scores' element type, from the first choice found.
fn logits_type(links: &[Link], tokens: &TensorType) -> Result<TensorType, String> {
    let loop_op = first_loop(links).ok_or("no loop")?;
    let carried = links.iter().find_map(|l| match l {
        Link::Loop { carried, .. } => Some(*carried),
        _ => None,
    });
    let (_, choices) = analyse_loop(loop_op, carried)?;
    let scores = TensorType::of(choices[0].1).ok_or("the scores are not a static tensor")?;
    let vocab = *scores
        .dims
        .last()
        .ok_or("the scores have no vocabulary axis")?;
    let mut dims = tokens.dims.clone();
    dims.push(vocab);
    Ok(TensorType {
        dims,
        element: widened(&scores.element).to_string(),
    })
}

/// At one write: the teacher's token replaces the choice everywhere the step uses it (the
/// write, and any carried "last token" or finished flag), and the choice and its scores
/// are recorded at the written position.
fn force_write(
    write: Write,
    state: Forced,
    tokens: &TensorType,
    logits: &TensorType,
) -> Result<Forced, String> {
    let c = choice(write.update()).ok_or("the written value is no longer a choice")?;
    // The teacher's token goes before every use of the choice; the rest before the write.
    let (teacher_choice, _) = teacher_token(write, c.chosen, state.teacher)?;
    let (model_update, except) = clone_path(&c, write.update(), write.op);
    unsafe {
        mlir_sys::mlirValueReplaceAllUsesExcept(
            c.chosen,
            teacher_choice,
            except.len() as isize,
            except.as_ptr() as *mut _,
        )
    };
    let predicted = clone_write(write, state.predicted, model_update);
    let logits_value = record_scores(write, c.scores, state.logits, tokens, logits)?;
    Ok(Forced {
        teacher: state.teacher,
        predicted,
        logits: logits_value,
    })
}

/// `base` with `scores` as the rows of the positions `write` writes.
fn record_scores(
    write: Write,
    scores: MlirValue,
    base: MlirValue,
    tokens: &TensorType,
    logits: &TensorType,
) -> Result<MlirValue, String> {
    let e = Emitter::before(write.op);
    let update_type =
        TensorType::of(write.update()).ok_or("the written value is not a static tensor")?;
    let zeros = e.splat(tokens, "0").ok_or("cannot build a zero buffer")?;
    let ones = e.splat(&update_type, "1").ok_or("cannot build ones")?;
    let mask = clone_write(write, zeros, ones);
    let bool_type = tokens.with_element("i1");
    let direction = e
        .attr("#stablehlo<comparison_direction NE>")
        .ok_or("comparison attribute")?;
    let written = e.value(
        "stablehlo.compare",
        &[mask, zeros],
        ty(&e, &bool_type)?,
        &[("comparison_direction", direction)],
    );
    let rank = tokens.dims.len() as i64;
    let mask_dims = e
        .attr(&i64_array(&(0..rank).collect::<Vec<_>>()))
        .ok_or("array attribute")?;
    let written3 = e.value(
        "stablehlo.broadcast_in_dim",
        &[written],
        ty(&e, &logits.with_element("i1"))?,
        &[("broadcast_dimensions", mask_dims)],
    );
    let score_dims = e
        .attr(&i64_array(&scores_dims(
            tokens,
            &update_type,
            write,
            scores,
        )?))
        .ok_or("array attribute")?;
    let wide = widen(&e, scores)?;
    let scores_wide = e.value(
        "stablehlo.broadcast_in_dim",
        &[wide],
        ty(&e, logits)?,
        &[("broadcast_dimensions", score_dims)],
    );
    Ok(e.value(
        "stablehlo.select",
        &[written3, scores_wide, base],
        ty(&e, logits)?,
        &[],
    ))
}

/// A write of the token chosen the step before (a prompt fed inside the loop:
/// `buf[i] = where(i < P, prompt[i], last)`, `last = argmax(...)` carried as value `c`):
/// the choice takes the teacher's token at the position the next step writes; that next
/// write, made with the model's own choice, goes into `predicted`, and the scores into the
/// logits at that position.
fn force_delayed(
    write: Write,
    c: isize,
    state: Forced,
    tokens: &TensorType,
    logits: &TensorType,
) -> Result<Forced, String> {
    let ret = terminator(raw::block_of(write.op));
    let ch = choice(operand(ret, c)).ok_or("the carried token is no longer a choice")?;
    // The loop's own values (the teacher, predicted and logits carried after them return
    // nothing yet).
    let next: Vec<MlirValue> = (0..operand_count(ret)).map(|j| operand(ret, j)).collect();
    force_carried(write, &ch, (ret, &next), state, (tokens, logits))
}

/// A token written the step after it is chosen, whose first value is chosen before the loop
/// (a prefill's last row): like [`force_delayed`] for the loop's first write, before the loop.
fn force_first(
    w: MlirOperation,
    write: Write,
    c: isize,
    state: Forced,
    tokens: &TensorType,
    logits: &TensorType,
) -> Result<Forced, String> {
    let Some(pre) = choice(operand(w, c)) else {
        return Ok(state);
    };
    let init: Vec<MlirValue> = (0..operand_count(w)).map(|j| operand(w, j)).collect();
    force_carried(write, &pre, (w, &init), state, (tokens, logits))
}

/// The choice `ch` reaches the loop's write at the step whose carried values are `values`
/// (computed in `end`'s block, before `end`): the write that step makes with the model's own
/// choice goes into `predicted` and the scores into the logits at its position, and every
/// other use of the choice takes the teacher's token there.
fn force_carried(
    write: Write,
    ch: &Choice,
    (end, values): (MlirOperation, &[MlirValue]),
    state: Forced,
    (tokens, logits): (&TensorType, &TensorType),
) -> Result<Forced, String> {
    let body = raw::block_of(write.op);
    let moved = teacher::user_closure(ch.chosen, raw::block_of(end));
    let first = teacher::sink_before(ch.chosen, end);
    // The model's own values of everything the choice feeds (the carried token, a finished
    // flag), before the choice takes the teacher's token.
    let (model, mut except) = clone_users(ch.chosen, &moved, (first, end));
    let mut map: HashMap<usize, MlirValue> = values
        .iter()
        .enumerate()
        .map(|(j, v)| {
            let own = model.get(&(v.ptr as usize)).copied().unwrap_or(*v);
            (block_argument(body, j as isize).ptr as usize, own)
        })
        .collect();
    let (at, copies) = next_write(write, &mut map, &moved, state.predicted, first)?;
    // That write keeps the model's own choice.
    except.extend(
        copies
            .into_iter()
            .filter(|op| (0..operand_count(*op)).any(|i| operand(*op, i).ptr == ch.chosen.ptr)),
    );
    let e = Emitter::before(first);
    let update = TensorType::of(at.update()).ok_or("the written value is not a static tensor")?;
    let token = teacher::read_like_write(&e, at, state.teacher, &update)?;
    let teacher_choice = teacher::reshape_like(&e, token, ch.chosen)?;
    unsafe {
        mlir_sys::mlirValueReplaceAllUsesExcept(
            ch.chosen,
            teacher_choice,
            except.len() as isize,
            except.as_ptr() as *mut _,
        )
    };
    let logits_value = record_scores(at, ch.scores, state.logits, tokens, logits)?;
    Ok(Forced {
        teacher: state.teacher,
        predicted: result(at.op, 0),
        logits: logits_value,
    })
}

/// Copies of the ops of `moved` (those that use `chosen`, directly or through each other)
/// before `end`, in order, before `anchor`: the values they give with the model's own
/// choice. Returns the copies' values by the original values, and the copies that use
/// `chosen` directly.
fn clone_users(
    chosen: MlirValue,
    moved: &std::collections::HashSet<usize>,
    (anchor, end): (MlirOperation, MlirOperation),
) -> (HashMap<usize, MlirValue>, Vec<MlirOperation>) {
    let mut map: HashMap<usize, MlirValue> = HashMap::new();
    let mut direct = Vec::new();
    let body = raw::block_of(anchor);
    for op in raw::block_ops(body) {
        if op.ptr == end.ptr {
            break;
        }
        if !moved.contains(&(op.ptr as usize)) {
            continue;
        }
        unsafe {
            let copy = mlir_sys::mlirOperationClone(op);
            for i in 0..operand_count(op) {
                let v = operand(op, i);
                if v.ptr == chosen.ptr {
                    direct.push(copy);
                } else if let Some(m) = map.get(&(v.ptr as usize)) {
                    mlir_sys::mlirOperationSetOperand(copy, i, *m);
                }
            }
            mlir_sys::mlirBlockInsertOwnedOperationBefore(body, anchor, copy);
            for i in 0..result_count(op) {
                map.insert(result(op, i).ptr as usize, result(copy, i));
            }
        }
    }
    (map, direct)
}

/// The write the next step makes (its position and value computed from the values this
/// step returns, `map`), into `buffer`, before `anchor`, and the ops copied for it. Values
/// that depend on the choice (`moved`) other than through `map` cannot be used.
fn next_write(
    write: Write,
    map: &mut HashMap<usize, MlirValue>,
    moved: &std::collections::HashSet<usize>,
    buffer: MlirValue,
    anchor: MlirOperation,
) -> Result<(Write, Vec<MlirOperation>), String> {
    let mut copies = Vec::new();
    let body = raw::block_of(write.op);
    let mut needed: std::collections::HashSet<usize> = Default::default();
    let mut stack: Vec<MlirValue> = (1..operand_count(write.op))
        .map(|i| operand(write.op, i))
        .collect();
    while let Some(v) = stack.pop() {
        if let Some((op, _)) = def(v) {
            if raw::block_of(op).ptr == body.ptr && needed.insert(op.ptr as usize) {
                stack.extend((0..operand_count(op)).map(|i| operand(op, i)));
            }
        }
    }
    let mapped =
        |map: &HashMap<usize, MlirValue>, v: MlirValue| map.get(&(v.ptr as usize)).copied();
    for op in raw::block_ops(body) {
        if !needed.contains(&(op.ptr as usize)) || op.ptr == write.op.ptr {
            continue;
        }
        // Outside the loop every op of the slice is copied (constants included); inside, only
        // those that read this step's values.
        let outside = raw::block_of(anchor).ptr != body.ptr;
        let uses_step = (0..operand_count(op)).any(|i| mapped(map, operand(op, i)).is_some());
        if !uses_step && !outside {
            continue;
        }
        unsafe {
            let copy = mlir_sys::mlirOperationClone(op);
            for i in 0..operand_count(op) {
                if let Some(v) = mapped(map, operand(op, i)) {
                    mlir_sys::mlirOperationSetOperand(copy, i, v);
                }
            }
            mlir_sys::mlirBlockInsertOwnedOperationBefore(raw::block_of(anchor), anchor, copy);
            copies.push(copy);
            for i in 0..result_count(op) {
                map.insert(result(op, i).ptr as usize, result(copy, i));
            }
        }
    }
    for v in map.values() {
        if def(*v).is_some_and(|(op, _)| moved.contains(&(op.ptr as usize))) {
            return Err("the next step's write depends on this step's choice other than through the carried token".into());
        }
    }
    unsafe {
        let copy = mlir_sys::mlirOperationClone(write.op);
        mlir_sys::mlirOperationSetOperand(copy, 0, buffer);
        for i in 1..operand_count(write.op) {
            if let Some(v) = mapped(map, operand(write.op, i)) {
                mlir_sys::mlirOperationSetOperand(copy, i, v);
            }
        }
        mlir_sys::mlirBlockInsertOwnedOperationBefore(raw::block_of(anchor), anchor, copy);
        copies.push(copy);
        let write = Write::of(copy).ok_or("the write is not a write")?;
        Ok((write, copies))
    }
}

/// Copies the ops from the choice to the written value (before `anchor`), so that the
/// model's own token is still at hand once the choice's uses take the teacher's token.
/// Returns the copy of the written value and the copies that use the choice directly.
fn clone_path(
    c: &Choice,
    update: MlirValue,
    anchor: MlirOperation,
) -> (MlirValue, Vec<MlirOperation>) {
    let mut map: HashMap<usize, MlirValue> = HashMap::from([(c.chosen.ptr as usize, c.chosen)]);
    let mut direct = Vec::new();
    for op in &c.path {
        unsafe {
            let copy = mlir_sys::mlirOperationClone(*op);
            for i in 0..operand_count(*op) {
                let old = operand(*op, i);
                if old.ptr == c.chosen.ptr
                    && !direct.iter().any(|d: &MlirOperation| d.ptr == copy.ptr)
                {
                    direct.push(copy);
                }
                if let Some(new) = map.get(&(old.ptr as usize)) {
                    mlir_sys::mlirOperationSetOperand(copy, i, *new);
                }
            }
            mlir_sys::mlirBlockInsertOwnedOperationBefore(
                mlir_sys::mlirOperationGetBlock(anchor),
                anchor,
                copy,
            );
            for i in 0..result_count(*op) {
                map.insert(result(*op, i).ptr as usize, result(copy, i));
            }
        }
    }
    (
        map.get(&(update.ptr as usize)).copied().unwrap_or(update),
        direct,
    )
}

/// Copies the write op with another buffer and update; returns its result.
fn clone_write(write: Write, buffer: MlirValue, update: MlirValue) -> MlirValue {
    unsafe {
        let copy = mlir_sys::mlirOperationClone(write.op);
        mlir_sys::mlirOperationSetOperand(copy, 0, buffer);
        mlir_sys::mlirOperationSetOperand(copy, write.update_index(), update);
        let block = mlir_sys::mlirOperationGetBlock(write.op);
        mlir_sys::mlirBlockInsertOwnedOperationBefore(block, write.op, copy);
        mlir_sys::mlirOperationGetResult(copy, 0)
    }
}

/// Rebuilds a loop with the teacher, predicted tokens and logits as three more carried
/// values, and forces each chosen write in its body. Returns the new loop, the state after
/// it, and the final counter when the loop can stop early.
fn force_loop(
    w: MlirOperation,
    choices: &[(Write, MlirValue)],
    state: Forced,
    tokens: &TensorType,
    logits: &TensorType,
) -> Result<(MlirOperation, Forced, Option<MlirValue>), String> {
    let mut state = state;
    for (write, _) in choices {
        if let Some(c) = delayed_choice(region_block(w, 1), *write) {
            state = force_first(w, *write, c, state, tokens, logits)?;
        }
    }
    let e = Emitter::before(w);
    let n = operand_count(w);
    let mut operands: Vec<MlirValue> = (0..n).map(|i| operand(w, i)).collect();
    operands.extend([state.teacher, state.predicted, state.logits]);
    let mut types: Vec<mlir_sys::MlirType> = (0..n).map(|i| value_type(result(w, i))).collect();
    types.extend([ty(&e, tokens)?, ty(&e, tokens)?, ty(&e, logits)?]);
    // The old loop's regions move into the new one, which takes over its results.
    let new_loop = raw::rebuild(w, &operands, &types);
    let (cond, body) = (region_block(new_loop, 0), region_block(new_loop, 1));
    for block in [cond, body] {
        for t in &types[n as usize..] {
            unsafe { mlir_sys::mlirBlockAddArgument(block, *t, e.location) };
        }
    }
    let mut inner = Forced {
        teacher: block_argument(body, n),
        predicted: block_argument(body, n + 1),
        logits: block_argument(body, n + 2),
    };
    for (write, _) in choices {
        inner = match delayed_choice(body, *write) {
            Some(c) => force_delayed(*write, c, inner, tokens, logits)?,
            None => force_write(*write, inner, tokens, logits)?,
        };
    }
    let ret = terminator(body);
    let mut returned: Vec<MlirValue> = (0..operand_count(ret)).map(|i| operand(ret, i)).collect();
    returned.extend([inner.teacher, inner.predicted, inner.logits]);
    unsafe { mlir_sys::mlirOperationSetOperands(ret, returned.len() as isize, returned.as_ptr()) };
    let counter = stop_counter(new_loop).map(|j| result(new_loop, j));
    let after = Forced {
        teacher: state.teacher,
        predicted: result(new_loop, n + 1),
        logits: result(new_loop, n + 2),
    };
    Ok((new_loop, after, counter))
}

/// When the loop's condition reads a carried value that is neither loop-invariant nor a
/// counter (`add(x, constant)`), the loop can stop early: the carried counter it stops on.
fn stop_counter(w: MlirOperation) -> Option<isize> {
    let info = LoopInfo::of(w)?;
    let slice = backward_slice(operand(terminator(info.cond), 0));
    let n = unsafe { mlir_sys::mlirBlockGetNumArguments(info.cond) };
    let read: Vec<isize> = (0..n)
        .filter(|&j| slice.contains(&(block_argument(info.cond, j).ptr as usize)))
        .collect();
    let kind = |j: isize| carried_kind(&info, j);
    if read.iter().all(|&j| kind(j) != Carried::Data) {
        return None;
    }
    (0..n).find(|&j| {
        kind(j) == Carried::Counter
            && TensorType::of(block_argument(info.body, j))
                .is_some_and(|t| t.dims.is_empty() && t.is_integer())
    })
}

#[derive(PartialEq, Eq)]
enum Carried {
    Invariant,
    Counter,
    Data,
}

/// A counter here is stepped by a `stablehlo.constant` (of any value).
fn carried_kind(info: &LoopInfo, j: isize) -> Carried {
    match info.carried(j) {
        loop_info::Carried::Invariant => Carried::Invariant,
        loop_info::Carried::Stepped { step }
            if def(step).is_some_and(|(d, _)| name_of(d) == "stablehlo.constant") =>
        {
            Carried::Counter
        }
        _ => Carried::Data,
    }
}

/// The function returns `predicted, logits[, stop]` and takes `%teacher` last.
fn finish_signature(
    f: MlirOperation,
    ret: MlirOperation,
    state: Forced,
    stop: Option<MlirValue>,
) -> Result<(), String> {
    let mut results = vec![state.predicted, state.logits];
    results.extend(stop);
    unsafe { mlir_sys::mlirOperationSetOperands(ret, results.len() as isize, results.as_ptr()) };
    let entry = region_block(f, 0);
    let count = unsafe { mlir_sys::mlirBlockGetNumArguments(entry) };
    let inputs: Vec<String> = (0..count)
        .map(|i| type_text(value_type(block_argument(entry, i))))
        .collect();
    let outputs: Vec<String> = results.iter().map(|v| type_text(value_type(*v))).collect();
    let e = Emitter::before(ret);
    let function_type = e
        .ty(&format!(
            "({}) -> ({})",
            inputs.join(", "),
            outputs.join(", ")
        ))
        .ok_or("function type")?;
    raw::set_attribute(f, "function_type", unsafe {
        mlir_sys::mlirTypeAttrGet(function_type)
    });
    let names = ["predicted", "logits", "stop"];
    let res_attrs: Vec<String> = names[..results.len()]
        .iter()
        .map(|n| format!("{{jax.result_info = \"{n}\"}}"))
        .collect();
    raw::set_attribute(
        f,
        "res_attrs",
        e.attr(&format!("[{}]", res_attrs.join(", ")))
            .ok_or("res_attrs")?,
    );
    let f_ref = unsafe { OperationRef::from_raw(f) };
    if let Ok(args) = f_ref.attribute("arg_attrs") {
        let text = args.to_string();
        let extended = format!(
            "{}, {{jax.arg_info = \"teacher\"}}]",
            text.trim_end().trim_end_matches(']')
        );
        raw::set_attribute(f, "arg_attrs", e.attr(&extended).ok_or("arg_attrs")?);
    }
    Ok(())
}
