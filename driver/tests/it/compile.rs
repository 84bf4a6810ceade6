//! `veritor compile`, `inspect` and `run`: every example for every target family, CPU
//! results against JAX, the Hopper target description, and every user-facing error.

use crate::support::{root, store_with_cpu_device, tiny_programs};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use veritor_iree::compare::{compare, Tolerance};
use veritor_iree::npy;

const TARGETS: &[&str] = &[
    "cpu",
    "cuda:sm_80",
    "cuda:sm_90",
    "rocm:gfx942",
    "vulkan:rdna3",
];

fn veritor(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_veritor"))
        .args(args)
        .output()
        .expect("veritor runs")
}

fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("veritor-it-compile-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Files in `dir`, sorted (hidden ones included).
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|r| {
            r.filter_map(|e| e.ok()?.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn compile_args<'a>(input: &'a str, out: &'a str, targets: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["compile", input, "-o", out];
    for t in targets {
        args.extend(["--target", t]);
    }
    args
}

/// `veritor compile INPUT -o OUT --target T...`, then `extra`.
fn compile(input: &Path, out: &Path, targets: &[&str], extra: &[&str]) -> Output {
    let mut args = compile_args(input.to_str().unwrap(), out.to_str().unwrap(), targets);
    args.extend(extra);
    veritor(&args)
}

/// The tiny forward pass, the input of most tests here.
fn forward() -> PathBuf {
    root().join("examples/tiny/forward.mlir")
}

/// Asserts that a command failed with exit code 1; returns its stderr.
fn failed(output: &Output) -> String {
    let text = stderr(output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    text
}

/// The manifest a compile wrote into `out`.
fn manifest(out: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(out.join("manifest.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Every program of the tiny and decode sets: (directory, program).
fn all_programs() -> Vec<(PathBuf, String)> {
    let mut out: Vec<(PathBuf, String)> = tiny_programs()
        .into_iter()
        .map(|p| (root().join("examples/tiny"), p))
        .collect();
    let decode = root().join("examples/decode");
    let mut names: Vec<String> = listing(&decode)
        .into_iter()
        .filter_map(|n| n.strip_suffix(".json").map(str::to_string))
        .collect();
    names.sort();
    out.extend(names.into_iter().map(|n| (decode.clone(), n)));
    out
}

#[test]
fn every_example_compiles_for_every_target_family_and_cpu_matches_jax() {
    for (dir, program) in all_programs() {
        let input = dir.join(format!("{program}.mlir"));
        let out = scratch(&program);
        let output = compile(&input, &out, TARGETS, &[]);
        assert!(output.status.success(), "{program}: {}", stderr(&output));
        let inspect = veritor(&["inspect", out.to_str().unwrap()]);
        assert!(
            inspect.status.success(),
            "{program}: inspect: {}",
            String::from_utf8_lossy(&inspect.stdout)
        );
        for target in TARGETS {
            let file = format!("module-{}.vmfb", target.replace(':', "-"));
            assert!(out.join(&file).is_file(), "{program}: no {file}");
        }
        run_cpu_and_compare(&dir, &program, &out);
        let _ = std::fs::remove_dir_all(&out);
    }
}

fn run_cpu_and_compare(examples: &Path, program: &str, out: &Path) {
    let dir = examples.join(format!("{program}.inputs"));
    let inputs: Vec<String> = veritor_iree::exec::npy_files(&dir)
        .unwrap()
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let results = out.join("results");
    let mut args = vec![
        "run",
        out.to_str().unwrap(),
        "--outputs",
        results.to_str().unwrap(),
    ];
    let module = out.join("module-cpu.vmfb");
    args[1] = module.to_str().unwrap();
    for input in &inputs {
        args.extend(["--input", input.as_str()]);
    }
    let output = veritor(&args);
    assert!(
        output.status.success(),
        "{program}: run: {}",
        stderr(&output)
    );
    let expected_dir = examples.join(format!("{program}.expected"));
    for expected in veritor_iree::exec::npy_files(&expected_dir).unwrap() {
        let actual = npy::read(&results.join(expected.file_name().unwrap())).unwrap();
        let expected_array = npy::read(&expected).unwrap();
        if let Err(m) = compare(
            &actual,
            &expected_array,
            Tolerance {
                rtol: 1e-6,
                atol: 1e-6,
            },
        ) {
            panic!("{program}: {} differs from JAX: {m}", expected.display());
        }
    }
}

#[test]
fn hopper_module_holds_sm_90_ptx() {
    let input = forward();
    let out = scratch("hopper");
    let dump = out.with_extension("ptx");
    let flag = format!(
        "--iree-flag=--iree-hal-dump-executable-binaries-to={}",
        dump.display()
    );
    let output = compile(&input, &out, &["cuda:sm_90"], &[&flag]);
    assert!(output.status.success(), "{}", stderr(&output));
    let ptx: Vec<PathBuf> = listing(&dump)
        .iter()
        .filter(|n| n.ends_with(".ptx"))
        .map(|n| dump.join(n))
        .collect();
    assert!(!ptx.is_empty(), "no PTX dumped");
    for file in ptx {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            text.lines().any(|l| l.trim() == ".target sm_90"),
            "{}: not sm_90",
            file.display()
        );
    }
    let _ = std::fs::remove_dir_all(&out);
    let _ = std::fs::remove_dir_all(&dump);
}

/// A failed compile leaves the output directory as it was: no manifest, no module.
fn assert_no_artifacts(out: &Path) {
    let names = listing(out);
    assert!(
        names.iter().all(|n| !n.ends_with(".vmfb")
            && n != "manifest.json"
            && !n.starts_with(".veritor-partial")),
        "{names:?}"
    );
}

#[test]
fn compile_failure_unknown_target() {
    let out = scratch("unknown-target");
    let input = forward();
    let output = compile(&input, &out, &["cpu", "tpu:v5"], &[]);
    assert_eq!(
        failed(&output).trim(),
        "veritor: error: unknown target 'tpu:v5'; valid forms: cpu, cpu:<llvm cpu>, cuda:sm_<NN>, rocm:gfx<NNN>, vulkan:<iree vulkan target>"
    );
    assert_no_artifacts(&out);
}

#[test]
fn compile_success_device_gives_its_target() {
    let dir = scratch("device");
    let store = store_with_cpu_device(&dir);
    let out = dir.join("out");
    let output = compile(
        &forward(),
        &out,
        &[],
        &["--device", "lab-cpu", "--store", store.to_str().unwrap()],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(out.join("module-cpu.vmfb").is_file(), "{:?}", listing(&out));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn compile_failure_unknown_device_is_one_line() {
    let dir = scratch("unknown-device");
    let store = store_with_cpu_device(&dir);
    let out = dir.join("out");
    let output = compile(
        &forward(),
        &out,
        &[],
        &["--device", "h100", "--store", store.to_str().unwrap()],
    );
    assert_eq!(
        failed(&output).trim(),
        "veritor: error: no device \"h100\" in the registry (registered: lab-cpu)"
    );
    assert_no_artifacts(&out);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn compile_failure_missing_iree() {
    let out = scratch("missing-iree");
    let input = forward();
    let output = Command::new(env!("CARGO_BIN_EXE_veritor"))
        .args(compile_args(
            input.to_str().unwrap(),
            out.to_str().unwrap(),
            &["cpu"],
        ))
        .env("VERITOR_IREE_COMPILE", "/nonexistent/iree-compile")
        .output()
        .unwrap();
    let text = failed(&output);
    assert!(
        text.contains("VERITOR_IREE_COMPILE is set to '/nonexistent/iree-compile'"),
        "{text}"
    );
    assert_no_artifacts(&out);
}

#[test]
fn compile_failure_iree_error_shows_stage_and_message_and_keeps_old_outputs() {
    let out = scratch("iree-error");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("keep.txt"), "older file").unwrap();
    // Shapes IREE's StableHLO verifier rejects, while Veritor (no StableHLO dialect) cannot tell.
    let bad = out.with_extension("mlir");
    std::fs::write(
        &bad,
        "func.func @main(%a: tensor<4xf32>, %b: tensor<3xf32>) -> tensor<4xf32> {\n  \
         %0 = \"stablehlo.add\"(%a, %b) : (tensor<4xf32>, tensor<3xf32>) -> tensor<4xf32>\n  return %0 : tensor<4xf32>\n}\n",
    )
    .unwrap();
    let output = compile(&bad, &out, &["cpu"], &[]);
    let text = failed(&output);
    assert!(
        text.starts_with("veritor: error: iree-compile for target cpu failed:"),
        "{text}"
    );
    assert!(
        text.contains("stablehlo.add"),
        "IREE's own message is shown: {text}"
    );
    assert_no_artifacts(&out);
    assert_eq!(
        std::fs::read_to_string(out.join("keep.txt")).unwrap(),
        "older file"
    );
    let _ = std::fs::remove_dir_all(&out);
    let _ = std::fs::remove_file(&bad);
}

#[test]
fn compile_failure_unwritable_output_dir() {
    let file = scratch("not-a-dir");
    std::fs::write(&file, "a file").unwrap();
    let out = file.join("out");
    let input = forward();
    let output = compile(&input, &out, &["cpu"], &[]);
    let text = failed(&output);
    assert!(
        text.starts_with("veritor: error: cannot create output directory"),
        "{text}"
    );
    let _ = std::fs::remove_file(&file);
}

#[test]
fn compile_failure_leftover_veritor_op_is_refused_before_iree() {
    let out = scratch("leftover");
    let bad = out.with_extension("mlir");
    std::fs::write(
        &bad,
        "func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {\n  \
         %0 = \"veritor.hook\"(%a) {name = \"h0\"} : (tensor<4xf32>) -> tensor<4xf32>\n  return %0 : tensor<4xf32>\n}\n",
    )
    .unwrap();
    let output = compile(&bad, &out, &["cpu"], &[]);
    let text = failed(&output);
    assert!(text.contains("the pass pipeline failed"), "{text}");
    assert!(
        text.contains(":2:8: error: 'veritor.hook' cannot be compiled by IREE"),
        "{text}"
    );
    assert_no_artifacts(&out);
    let _ = std::fs::remove_file(&bad);
}

#[test]
fn compile_failure_hooks_inserted_but_not_lowered_are_refused_before_iree() {
    let out = scratch("unlowered-hook");
    let input = forward();
    let output = compile(
        &input,
        &out,
        &["cpu"],
        &[
            "--pipeline",
            "veritor-inline,veritor-insert-hooks{results=main:0}",
        ],
    );
    let text = failed(&output);
    assert!(
        text.starts_with("veritor: error: the pass pipeline failed:"),
        "{text}"
    );
    assert!(
        text.contains("forward.mlir:346:5: error: 'veritor.hook' cannot be compiled by IREE: lower Veritor ops first (veritor-lower-hooks)"),
        "{text}"
    );
    assert_no_artifacts(&out);
}

#[test]
fn compile_success_lowered_hooks_become_entry_point_results() {
    let out = scratch("lowered-hooks");
    let input = forward();
    let pipeline = "veritor-inline,veritor-symbol-dce,veritor-insert-hooks{ops=stablehlo.dot_general functions=main},veritor-lower-hooks,veritor-fingerprint{dim=4}";
    let output = compile(&input, &out, &["cpu"], &["--pipeline", pipeline]);
    assert!(output.status.success(), "{}", stderr(&output));
    let value = manifest(&out);
    let main = &value["entry_points"][0];
    let results = main["results"].as_array().unwrap();
    // logits, then one [.., 4] fingerprint per dot_general (8 per layer and the unembedding).
    assert_eq!(results.len(), 18, "{main}");
    assert!(
        results[1..]
            .iter()
            .all(|r| r.as_str().unwrap().ends_with("x4xf32>")),
        "{main}"
    );
    assert_eq!(
        main["arguments"].as_array().unwrap().last().unwrap(),
        "tensor<2xui32>"
    );
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn inspect_detects_a_changed_module_and_run_needs_a_manifest() {
    let out = scratch("tamper");
    let input = forward();
    let output = compile(&input, &out, &["cpu"], &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let module = out.join("module-cpu.vmfb");
    let mut bytes = std::fs::read(&module).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    std::fs::write(&module, bytes).unwrap();
    let inspect = veritor(&["inspect", out.to_str().unwrap()]);
    assert_eq!(inspect.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&inspect.stdout).contains("module-cpu.vmfb: CHANGED"));

    std::fs::remove_file(out.join("manifest.json")).unwrap();
    let inspect = veritor(&["inspect", out.to_str().unwrap()]);
    assert_eq!(inspect.status.code(), Some(2));
    let run = veritor(&[
        "run",
        module.to_str().unwrap(),
        "--outputs",
        out.join("r").to_str().unwrap(),
    ]);
    let text = failed(&run);
    assert!(text.contains("give --num-results"), "{text}");
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn manifest_records_which_result_holds_which_hook() {
    let out = scratch("hook-schema");
    let input = root().join("examples/tiny/forward.debug.mlir");
    let pipeline = "veritor-insert-hooks{ops=stablehlo.add locations=layer1/mlp scope-outputs=true},veritor-inline,veritor-symbol-dce,veritor-lower-hooks,veritor-fingerprint{dim=8}";
    let output = compile(&input, &out, &["cpu"], &["--pipeline", pipeline]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json = manifest(&out);
    let results = json["hook_schema"]["results"]
        .as_array()
        .expect("hook results recorded");
    assert_eq!(results.len(), 1, "{json}");
    assert_eq!(results[0]["function"], "main");
    assert_eq!(results[0]["result"], 1);
    assert_eq!(results[0]["type"], "tensor<1x16x8xf32>");
    assert_eq!(results[0]["fingerprint"], "rademacher");
    let _ = std::fs::remove_dir_all(&out);
}
