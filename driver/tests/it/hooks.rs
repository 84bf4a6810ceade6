//! Hooks proven by execution: on every tiny example, `veritor-insert-hooks` (the selection
//! in `<prog>.hooks/hooks.json`) then `veritor-lower-hooks` gives a program whose original
//! results still equal JAX's and whose hook results equal the intermediates that
//! `examples/hook_reference.py` recomputed in JAX; `mode=trace` prints them instead.

use crate::support::{root, tiny_programs, veritor_opt};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use veritor_iree::compare::{compare, Tolerance};
use veritor_iree::exec;
use veritor_iree::npy;
use veritor_passes::hook_schema::{self, HookResult};

/// Hook values against JAX: 1e-5 relative, plus 1e-5 absolute for values near zero.
pub const HOOK_TOLERANCE: Tolerance = Tolerance {
    rtol: 1e-5,
    atol: 1e-5,
};

/// The original results against JAX, as in the other execution tests.
const RESULT_TOLERANCE: Tolerance = Tolerance {
    rtol: 1e-6,
    atol: 1e-6,
};

#[derive(Deserialize)]
pub struct Spec {
    pub source: String,
    pub insert_hooks: String,
    pub references: Vec<Reference>,
}

#[derive(Deserialize)]
pub struct Reference {
    pub file: String,
    pub location: String,
    pub per_iteration: bool,
    pub index: usize,
    pub what: String,
}

pub fn spec(program: &str) -> Spec {
    let path = root().join(format!("examples/tiny/{program}.hooks/hooks.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn scratch(name: &str) -> PathBuf {
    crate::support::scratch(&format!("hooks-{name}"))
}

/// Runs `veritor-opt` on the program's debug export with `pipeline`; returns the output.
pub fn transform(program: &str, pipeline: &str, work: &Path) -> PathBuf {
    let input = root().join(format!("examples/tiny/{}", spec(program).source));
    let output = work.join(format!("{program}.hooked.mlir"));
    let run = veritor_opt(&[
        input.to_str().unwrap(),
        &format!("--pass-pipeline=builtin.module({pipeline})"),
        "-o",
        output.to_str().unwrap(),
    ]);
    assert_eq!(run.status, 0, "{program}: {}", run.stderr);
    output
}

/// Compiles and runs `@main` on the program's inputs (plus `extra` inputs); returns one
/// output file per result.
pub fn run_main(
    program: &str,
    mlir: &Path,
    results: usize,
    extra: &[PathBuf],
    work: &Path,
) -> Vec<PathBuf> {
    let vmfb = mlir.with_extension("vmfb");
    exec::compile_cpu(mlir, &vmfb, &[]).unwrap_or_else(|e| panic!("{program}: {e}"));
    let mut inputs =
        exec::npy_files(&root().join(format!("examples/tiny/{program}.inputs"))).unwrap();
    inputs.extend_from_slice(extra);
    let outputs: Vec<PathBuf> = (0..results)
        .map(|i| {
            work.join(format!(
                "{}-r{i:02}.npy",
                mlir.file_stem().unwrap().to_string_lossy()
            ))
        })
        .collect();
    exec::run(&vmfb, "main", &inputs, &outputs, exec::CPU_DEVICE)
        .unwrap_or_else(|e| panic!("{program}: {e}"));
    outputs
}

/// `||actual - expected|| / ||expected||` (Euclidean norms over all elements).
pub fn norm_error(actual: &npy::Array, expected: &npy::Array) -> f64 {
    let (a, e) = (actual.to_f64(), expected.to_f64());
    let diff: f64 = a.iter().zip(&e).map(|(x, y)| (x - y) * (x - y)).sum();
    let norm: f64 = e.iter().map(|y| y * y).sum();
    (diff / norm.max(f64::MIN_POSITIVE)).sqrt()
}

/// The hook result each reference stands for: its location contains the reference's, its
/// per-iteration flag agrees, and it is the `index`-th such result.
fn match_references<'a>(
    program: &str,
    refs: &[Reference],
    hooks: &'a [HookResult],
) -> Vec<&'a HookResult> {
    let mut claimed = vec![false; hooks.len()];
    let mut out = Vec::new();
    for r in refs {
        let (k, hook) = hooks
            .iter()
            .enumerate()
            .filter(|(_, h)| {
                h.location.contains(&r.location) && h.iterations.is_empty() != r.per_iteration
            })
            .nth(r.index)
            .unwrap_or_else(|| panic!("{program}: no hook result for {} ({})", r.file, r.what));
        assert!(!claimed[k], "{program}: {} is claimed twice", hook.hook);
        claimed[k] = true;
        out.push(hook);
    }
    let unclaimed: Vec<&str> = hooks
        .iter()
        .zip(&claimed)
        .filter(|(_, c)| !**c)
        .map(|(h, _)| h.hook.as_str())
        .collect();
    assert!(
        unclaimed.is_empty(),
        "{program}: hooks without a reference: {unclaimed:?}"
    );
    out
}

#[test]
fn hooks_on_every_example_match_jax_in_iree() {
    for program in tiny_programs() {
        let work = scratch(&program);
        let spec = spec(&program);
        let schema_path = work.join("results.json");
        let pipeline = format!(
            "veritor-insert-hooks{{{}}},veritor-lower-hooks{{schema={}}}",
            spec.insert_hooks,
            schema_path.display()
        );
        let mlir = transform(&program, &pipeline, &work);
        let schema = hook_schema::read_results(&schema_path).unwrap();
        let main = schema
            .functions
            .iter()
            .find(|f| f.name == "main")
            .expect("@main exports");
        let hooks = &main.results;
        assert_eq!(hooks.len(), spec.references.len(), "{program}: hook count");
        let expected =
            exec::npy_files(&root().join(format!("examples/tiny/{program}.expected"))).unwrap();
        let outputs = run_main(&program, &mlir, expected.len() + hooks.len(), &[], &work);
        for (path, actual) in expected.iter().zip(&outputs) {
            let wanted = npy::read(path).unwrap();
            if let Err(m) = compare(&npy::read(actual).unwrap(), &wanted, RESULT_TOLERANCE) {
                panic!(
                    "{program}: {} differs from JAX once hooked: {m}",
                    path.display()
                );
            }
        }
        let matched = match_references(&program, &spec.references, hooks);
        let (mut worst_norm, mut worst_abs): (f64, f64) = (0.0, 0.0);
        for (r, hook) in spec.references.iter().zip(matched) {
            let reference = root().join(format!("examples/tiny/{program}.hooks/{}", r.file));
            let actual = npy::read(&outputs[hook.index]).unwrap();
            let wanted = npy::read(&reference).unwrap();
            match compare(&actual, &wanted, HOOK_TOLERANCE) {
                Ok(summary) => {
                    worst_norm = worst_norm.max(norm_error(&actual, &wanted));
                    worst_abs = worst_abs.max(summary.max_abs_err);
                }
                Err(m) => panic!(
                    "{program}: hook {} ({}) differs from JAX: {m}",
                    hook.hook, r.what
                ),
            }
        }
        eprintln!(
            "{program}: {} hooks equal JAX (largest |a - e| {worst_abs:e}; largest ||a - e|| / ||e|| {worst_norm:e})",
            hooks.len()
        );
        let _ = std::fs::remove_dir_all(&work);
    }
}

#[test]
fn trace_mode_prints_every_hook_in_iree() {
    let program = "greedy_full";
    let work = scratch("trace");
    let spec = spec(program);
    let pipeline = format!(
        "veritor-insert-hooks{{{}}},veritor-lower-hooks{{mode=trace}}",
        spec.insert_hooks
    );
    let mlir = transform(program, &pipeline, &work);
    let text = std::fs::read_to_string(&mlir).unwrap();
    assert_eq!(text.matches("\"flow.tensor.trace\"").count(), 4, "{text}");
    assert!(!text.contains("veritor."));
    let vmfb = mlir.with_extension("vmfb");
    exec::compile_cpu(&mlir, &vmfb, &[]).unwrap();
    let inputs: Vec<String> =
        exec::npy_files(&root().join(format!("examples/tiny/{program}.inputs")))
            .unwrap()
            .iter()
            .map(|p| format!("--input=@{}", p.display()))
            .collect();
    let tool = veritor_iree::tools::find(veritor_iree::tools::Tool::RunModule).unwrap();
    let output = std::process::Command::new(tool)
        .args([
            "--device=local-task",
            &format!("--module={}", vmfb.display()),
            "--function=main",
        ])
        .args(&inputs)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let printed = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    // Once per loop iteration (12) for each of the 4 hooks, and the tokens are unchanged.
    assert_eq!(
        printed.matches("closed_call/add#8").count(),
        12,
        "{printed}"
    );
    assert_eq!(printed.matches("closed_call/add#32").count(), 12);
    assert!(printed.contains("1x16xi32=[15 16 24 30 22 3 31 19 22 3 23 26 27 27 27 27]"));
    let _ = std::fs::remove_dir_all(&work);
}

/// A loop around an `if`, then a `case` whose branches call a hooked helper or hook a value
/// of their own: the tiny corpus has no `if` or `case`, so this module proves those paths.
const BRANCHES: &str = r#"
func.func @main(%x: tensor<4xf32>, %p: tensor<i1>, %k: tensor<i32>) -> tensor<4xf32> {
  %c0 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
  %w:2 = "stablehlo.while"(%c0, %x) ({
  ^bb0(%i: tensor<i32>, %a: tensor<4xf32>):
    %n = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %lt = "stablehlo.compare"(%i, %n) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }, {
  ^bb0(%i: tensor<i32>, %a: tensor<4xf32>):
    %b = "stablehlo.if"(%p) ({
      %t = "stablehlo.negate"(%a) : (tensor<4xf32>) -> tensor<4xf32>
      %h = "veritor.hook"(%t) {name = "neg"} : (tensor<4xf32>) -> tensor<4xf32>
      "stablehlo.return"(%h) : (tensor<4xf32>) -> ()
    }, {
      "stablehlo.return"(%a) : (tensor<4xf32>) -> ()
    }) : (tensor<i1>) -> tensor<4xf32>
    %one = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %j = "stablehlo.add"(%i, %one) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "stablehlo.return"(%j, %b) : (tensor<i32>, tensor<4xf32>) -> ()
  }) : (tensor<i32>, tensor<4xf32>) -> (tensor<i32>, tensor<4xf32>)
  %r = "stablehlo.case"(%k) ({
    %a = func.call @h(%w#1) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%a) : (tensor<4xf32>) -> ()
  }, {
    %b = func.call @h(%w#1) : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%b) : (tensor<4xf32>) -> ()
  }, {
    %i = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xi32>
    %c = "veritor.hook"(%i) {name = "count"} : (tensor<2xi32>) -> tensor<2xi32>
    "stablehlo.return"(%w#1) : (tensor<4xf32>) -> ()
  }) : (tensor<i32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func private @h(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "stablehlo.exponential"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = "veritor.hook"(%0) {name = "h"} : (tensor<4xf32>) -> tensor<4xf32>
  return %1 : tensor<4xf32>
}
"#;

#[test]
fn hooks_through_while_if_case_and_calls_run_in_iree() {
    let work = scratch("branches");
    let input = work.join("branches.mlir");
    std::fs::write(&input, BRANCHES).unwrap();
    let mlir = work.join("lowered.mlir");
    let run = veritor_opt(&[
        input.to_str().unwrap(),
        "--veritor-lower-hooks",
        "-o",
        mlir.to_str().unwrap(),
    ]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let vmfb = work.join("lowered.vmfb");
    exec::compile_cpu(&mlir, &vmfb, &[]).unwrap();
    let x = [1.0f32, -2.0, 0.5, 3.0];
    let neg: Vec<f32> = x.iter().map(|v| -v).collect();
    let exp_neg: Vec<f32> = neg.iter().map(|v| v.exp()).collect();
    // (p, k): the loop negates 3 times when p holds; branch k = 0 calls @h, k = 2 hooks iota.
    for (p, k) in [(true, 0), (false, 2)] {
        let inputs = [
            npy::Array::from_f32(&[4], &x),
            npy::Array::new(npy::DType::Bool, vec![], vec![u8::from(p)]).unwrap(),
            npy::Array::from_i32(&[], &[k]),
        ];
        let paths: Vec<PathBuf> = inputs
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let path = work.join(format!("in{i}-{k}.npy"));
                npy::write(&path, a).unwrap();
                path
            })
            .collect();
        let outputs: Vec<PathBuf> = (0..4)
            .map(|i| work.join(format!("out{i}-{k}.npy")))
            .collect();
        exec::run(&vmfb, "main", &paths, &outputs, exec::CPU_DEVICE).unwrap();
        let read = |i: usize| npy::read(&outputs[i]).unwrap().to_f64();
        let f64s = |v: &[f32]| v.iter().map(|x| *x as f64).collect::<Vec<_>>();
        let close = |a: &[f64], b: &[f64]| {
            a.iter()
                .zip(b)
                .all(|(x, y)| (x - y).abs() <= 1e-6 * (1.0 + y.abs()))
        };
        let (rows, h, count) = if p {
            let mut rows = f64s(&neg);
            rows.extend(f64s(&x));
            rows.extend(f64s(&neg));
            (rows, f64s(&exp_neg), vec![0.0, 0.0])
        } else {
            (vec![0.0; 12], vec![0.0; 4], vec![0.0, 1.0])
        };
        assert!(close(&read(1), &rows), "p={p}: neg rows {:?}", read(1));
        assert!(close(&read(2), &h), "k={k}: h {:?}", read(2));
        assert_eq!(read(3), count, "k={k}: count");
        let result = if p { f64s(&exp_neg) } else { f64s(&x) };
        assert!(close(&read(0), &result), "result {:?}", read(0));
    }
    let _ = std::fs::remove_dir_all(&work);
}
