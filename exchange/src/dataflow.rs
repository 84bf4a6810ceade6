//! Whether a function's result depends on one of its arguments: a forward taint over the
//! function's ops, conservative (a result may be said to depend on an argument it does not
//! read, never the reverse) but exact through `stablehlo.while` loops, whose carried values
//! are followed one by one to a fixed point (a loop that carries a weight and the noise side
//! by side does not make every result depend on both).
//!
//! The exchange uses it to tell the canonical noise input of a decode program from a
//! parameter of the same shape (a position embedding `f32[L, D]` when `D` equals the
//! vocabulary): the teacher-forced logits are the scores without the noise, so they never
//! depend on the noise, while they do depend on every parameter of the model.

use std::collections::HashSet;

use mlir_sys::{MlirBlock, MlirOperation, MlirValue};
use veritor_passes::raw;

/// Whether result `result` of the function `f` (one block, as JAX and Veritor's passes write
/// them) may depend on its argument `arg`. Ops with regions other than `stablehlo.while`
/// (reductions, sorts, conditionals) are taken whole: every result depends on every operand
/// and every value their regions use from outside; a `func.call` likewise.
pub fn result_depends_on_argument(f: MlirOperation, result: usize, arg: usize) -> bool {
    let entry = raw::entry_block(f);
    if entry.ptr.is_null() || arg as isize >= raw::block_argument_count(entry) {
        return true;
    }
    let mut tainted = HashSet::new();
    tainted.insert(raw::block_argument(entry, arg as isize).ptr as usize);
    taint_block(entry, &mut tainted);
    match raw::terminator(entry) {
        Some(ret) if (result as isize) < raw::operand_count(ret) => {
            is_tainted(&tainted, raw::operand(ret, result as isize))
        }
        _ => true,
    }
}

fn is_tainted(tainted: &HashSet<usize>, v: MlirValue) -> bool {
    tainted.contains(&(v.ptr as usize))
}

fn taint_results(op: MlirOperation, tainted: &mut HashSet<usize>, which: impl Fn(isize) -> bool) {
    for i in 0..raw::result_count(op) {
        if which(i) {
            tainted.insert(raw::result(op, i).ptr as usize);
        }
    }
}

fn taint_block(block: MlirBlock, tainted: &mut HashSet<usize>) {
    for op in raw::block_ops(block) {
        taint_op(op, tainted);
    }
}

/// Whether an op nested in `op` uses a tainted value. Called before any value defined inside
/// `op` is tainted, so every hit is a value captured from outside.
fn captures_tainted(op: MlirOperation, tainted: &HashSet<usize>) -> bool {
    if raw::region_count(op) == 0 {
        return false;
    }
    let op_ref = raw::op_ref(op);
    veritor_passes::ir::nested_ops(op_ref).iter().any(|inner| {
        raw::operands(inner.to_raw())
            .into_iter()
            .any(|v| is_tainted(tainted, v))
    })
}

fn taint_op(op: MlirOperation, tainted: &mut HashSet<usize>) {
    let operands = raw::operands(op);
    let any_operand = operands.iter().any(|v| is_tainted(tainted, *v));
    if raw::name_of(op) != veritor_dialects::stablehlo::WHILE || raw::region_count(op) != 2 {
        if any_operand || captures_tainted(op, tainted) {
            taint_results(op, tainted, |_| true);
        }
        return;
    }
    if captures_tainted(op, tainted) {
        taint_results(op, tainted, |_| true);
        return;
    }
    let (cond, body) = (raw::region_block(op, 0), raw::region_block(op, 1));
    let mut carried: Vec<bool> = operands.iter().map(|v| is_tainted(tainted, *v)).collect();
    loop {
        let mut local = tainted.clone();
        for (j, c) in carried.iter().enumerate() {
            if *c {
                local.insert(raw::block_argument(cond, j as isize).ptr as usize);
                local.insert(raw::block_argument(body, j as isize).ptr as usize);
            }
        }
        taint_block(cond, &mut local);
        // A condition that reads a tainted value decides how often every value is updated.
        let cond_tainted = raw::terminator(cond)
            .map(|t| raw::operands(t).into_iter().any(|v| is_tainted(&local, v)))
            .unwrap_or(true);
        if cond_tainted {
            taint_results(op, tainted, |_| true);
            return;
        }
        taint_block(body, &mut local);
        let Some(ret) = raw::terminator(body) else {
            taint_results(op, tainted, |_| true);
            return;
        };
        let next: Vec<bool> = carried
            .iter()
            .enumerate()
            .map(|(j, c)| {
                *c || (j as isize) < raw::operand_count(ret)
                    && is_tainted(&local, raw::operand(ret, j as isize))
            })
            .collect();
        if next == carried {
            break;
        }
        carried = next;
    }
    taint_results(op, tainted, |i| {
        carried.get(i as usize).copied().unwrap_or(true)
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use veritor_passes::ir;

    fn depends(text: &str, result: usize, arg: usize) -> bool {
        let context = veritor_session::new_context().unwrap();
        let module =
            veritor_session::parse(&context, &format!("module {{\n{text}\n}}"), "test.mlir")
                .expect("parses");
        let (_, f) = ir::functions(module.as_operation())
            .into_iter()
            .find(|(n, _)| n == "f")
            .unwrap();
        result_depends_on_argument(f.to_raw(), result, arg)
    }

    /// A loop that carries a weight and a noise tensor side by side: the scores depend on the
    /// weight only, the choice on both.
    const LOOP: &str = r#"
func.func public @f(%w: tensor<4xf32>, %n: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %c0 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
  %z = "stablehlo.constant"() <{value = dense<0.0> : tensor<4xf32>}> : () -> tensor<4xf32>
  %r:5 = "stablehlo.while"(%c0, %w, %n, %z, %z) ({
  ^bb0(%i: tensor<i32>, %a: tensor<4xf32>, %b: tensor<4xf32>, %s: tensor<4xf32>, %c: tensor<4xf32>):
    %lim = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %lt = "stablehlo.compare"(%i, %lim) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }, {
  ^bb0(%i: tensor<i32>, %a: tensor<4xf32>, %b: tensor<4xf32>, %s: tensor<4xf32>, %c: tensor<4xf32>):
    %one = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %i1 = "stablehlo.add"(%i, %one) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %s1 = "stablehlo.add"(%s, %a) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %c1 = "stablehlo.add"(%s1, %b) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%i1, %a, %b, %s1, %c1) : (tensor<i32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> ()
  }) : (tensor<i32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> (tensor<i32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>)
  return %r#3, %r#4 : tensor<4xf32>, tensor<4xf32>
}
"#;

    #[test]
    fn a_loop_is_followed_value_by_value() {
        assert!(depends(LOOP, 0, 0), "the scores read the weight");
        assert!(!depends(LOOP, 0, 1), "the scores never read the noise");
        assert!(
            depends(LOOP, 1, 0) && depends(LOOP, 1, 1),
            "the choice reads both"
        );
    }

    #[test]
    fn a_loop_whose_condition_reads_a_value_makes_everything_depend_on_it() {
        let text = LOOP.replace(
            "%lt = \"stablehlo.compare\"(%i, %lim)",
            "%bi = \"stablehlo.convert\"(%b) : (tensor<4xf32>) -> tensor<4xi32>\n    %b0 = \"stablehlo.slice\"(%bi) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xi32>) -> tensor<1xi32>\n    %bs = \"stablehlo.reshape\"(%b0) : (tensor<1xi32>) -> tensor<i32>\n    %lt = \"stablehlo.compare\"(%bs, %lim)",
        );
        assert!(depends(&text, 0, 1));
    }
}
