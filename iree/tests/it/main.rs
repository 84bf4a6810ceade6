//! End-to-end tests against the real IREE tools.
//!
//! They FAIL when `iree-compile` or `iree-run-module` cannot be found (the
//! Makefile always installs IREE), unless `VERITOR_ALLOW_MISSING_IREE=1`.

use std::fs;
use std::path::{Path, PathBuf};

use veritor_iree::compare::{compare, Mismatch, Tolerance};
use veritor_iree::exec::{self, ExecError, CPU_DEVICE};
use veritor_iree::npy::{self, Array};
use veritor_iree::tools::{self, Tool};

/// `main(a, b) = a + b` on three floats, in generic form.
const ADD: &str = r#""builtin.module"() ({
  "func.func"() <{function_type = (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>, sym_name = "main"}> ({
  ^bb0(%a: tensor<3xf32>, %b: tensor<3xf32>):
    %0 = "stablehlo.add"(%a, %b) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    "func.return"(%0) : (tensor<3xf32>) -> ()
  }) : () -> ()
}) : () -> ()
"#;

/// `main(a, b) = (a + b, int32(a + b))`: one float and one integer result.
const ADD_TWO_RESULTS: &str = r#""builtin.module"() ({
  "func.func"() <{function_type = (tensor<3xf32>, tensor<3xf32>) -> (tensor<3xf32>, tensor<3xi32>), sym_name = "main"}> ({
  ^bb0(%a: tensor<3xf32>, %b: tensor<3xf32>):
    %0 = "stablehlo.add"(%a, %b) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %1 = "stablehlo.convert"(%0) : (tensor<3xf32>) -> tensor<3xi32>
    "func.return"(%0, %1) : (tensor<3xf32>, tensor<3xi32>) -> ()
  }) : () -> ()
}) : () -> ()
"#;

/// A scratch directory under Cargo's per-target temporary directory, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("veritor-iree-it-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("create scratch directory");
        Scratch(dir)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    /// Writes `text` to `name` and returns its path.
    fn file(&self, name: &str, text: &str) -> PathBuf {
        let path = self.path(name);
        fs::write(&path, text).expect("write scratch file");
        path
    }

    /// Creates the sub-directory `name` and returns its path.
    fn dir(&self, name: &str) -> PathBuf {
        let path = self.path(name);
        fs::create_dir_all(&path).expect("create scratch sub-directory");
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Whether the IREE tools are here; panics when they are not, unless allowed.
fn iree_available() -> bool {
    let missing: Vec<String> = [Tool::Compile, Tool::RunModule]
        .into_iter()
        .filter_map(|tool| tools::find(tool).err())
        .map(|err| err.to_string())
        .collect();
    if missing.is_empty() {
        return true;
    }
    let allowed = std::env::var("VERITOR_ALLOW_MISSING_IREE").is_ok_and(|v| v == "1");
    assert!(
        allowed,
        "{} (set VERITOR_ALLOW_MISSING_IREE=1 to skip)",
        missing.join("; ")
    );
    eprintln!("skipping: {}", missing.join("; "));
    false
}

/// Writes the two input vectors into `dir` as `0_a.npy` and `1_b.npy`.
fn write_inputs(dir: &Path) -> Vec<PathBuf> {
    let a = dir.join("0_a.npy");
    let b = dir.join("1_b.npy");
    npy::write(&a, &Array::from_f32(&[3], &[1.0, 2.0, 3.5])).expect("write a");
    npy::write(&b, &Array::from_f32(&[3], &[10.0, 20.0, 30.25])).expect("write b");
    vec![a, b]
}

#[test]
fn add_compiles_and_runs_on_cpu() {
    if !iree_available() {
        return;
    }
    let s = Scratch::new("add");
    let mlir = s.file("add.mlir", ADD);
    let vmfb = s.path("add.vmfb");
    exec::compile_cpu(&mlir, &vmfb, &[]).unwrap_or_else(|e| panic!("{e}"));
    assert!(vmfb.is_file());
    let inputs = write_inputs(&s.dir("in"));
    let out = s.path("sum.npy");
    exec::run(
        &vmfb,
        "main",
        &inputs,
        std::slice::from_ref(&out),
        CPU_DEVICE,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let sum = npy::read(&out).expect("read result");
    let expected = Array::from_f32(&[3], &[11.0, 22.0, 33.75]);
    assert_eq!(sum, expected);
    let summary = compare(&sum, &expected, Tolerance::exact()).expect("exact match");
    assert_eq!(summary.elements, 3);
}

#[test]
fn check_cpu_compares_every_result() {
    if !iree_available() {
        return;
    }
    let s = Scratch::new("check");
    let mlir = s.file("two.mlir", ADD_TWO_RESULTS);
    let inputs = s.dir("in");
    write_inputs(&inputs);
    let good = s.dir("good");
    npy::write(
        &good.join("0.npy"),
        &Array::from_f32(&[3], &[11.0, 22.0, 33.75]),
    )
    .expect("write");
    npy::write(&good.join("1.npy"), &Array::from_i32(&[3], &[11, 22, 33])).expect("write");
    let tol = Tolerance::new(1e-6, 1e-6);
    let results = exec::check_cpu(&mlir, "main", &inputs, &good, &s.path("work1"), tol)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(results.len(), 2);
    for (path, result) in &results {
        let summary = result
            .as_ref()
            .unwrap_or_else(|m| panic!("{}: {m}", path.display()));
        assert_eq!(summary.elements, 3);
    }

    // A float that is close enough, and an integer that is off by one:
    // the integer fails even though the tolerance is huge.
    let bad = s.dir("bad");
    npy::write(
        &bad.join("0.npy"),
        &Array::from_f32(&[3], &[11.0, 22.0, 33.5]),
    )
    .expect("write");
    npy::write(&bad.join("1.npy"), &Array::from_i32(&[3], &[11, 22, 34])).expect("write");
    let loose = Tolerance::new(0.1, 1.0);
    let results = exec::check_cpu(&mlir, "main", &inputs, &bad, &s.path("work2"), loose)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(results[0].1.is_ok(), "{:?}", results[0]);
    match &results[1].1 {
        Err(Mismatch::Values(v)) if v.bad == 1 && v.first_index == 2 => {}
        other => panic!("expected one bad integer, got {other:?}"),
    }
}

#[test]
fn unknown_op_is_an_error_not_a_panic() {
    if !iree_available() {
        return;
    }
    let s = Scratch::new("unknown");
    let mlir = s.file("hook.mlir", &ADD.replace("stablehlo.add", "veritor.hook"));
    let vmfb = s.path("hook.vmfb");
    let err = exec::compile_cpu(&mlir, &vmfb, &[]).expect_err("an unknown op must not compile");
    let text = err.to_string();
    eprintln!("{text}");
    assert!(
        text.lines().next().unwrap_or("").contains("iree-compile"),
        "{text}"
    );
    assert!(
        matches!(
            err,
            ExecError::Tool {
                stage: "iree-compile",
                ..
            }
        ),
        "{text}"
    );
    assert!(
        !vmfb.exists(),
        "a failed compile must not leave a module behind"
    );
}

#[test]
fn syntax_error_reports_iree_diagnostic() {
    if !iree_available() {
        return;
    }
    let s = Scratch::new("syntax");
    let mlir = s.file("broken.mlir", "this is not MLIR\n");
    let err = exec::compile_cpu(&mlir, &s.path("broken.vmfb"), &[]).expect_err("must fail");
    let text = err.to_string();
    assert!(
        text.starts_with("iree-compile failed (exit code 1) on "),
        "{text}"
    );
    assert!(text.contains("broken.mlir"), "{text}");
    assert!(
        text.lines().count() > 1,
        "the diagnostic should follow: {text}"
    );
}

#[test]
fn run_errors_name_the_tool() {
    if !iree_available() {
        return;
    }
    let s = Scratch::new("run_errors");
    let mlir = s.file("add.mlir", ADD);
    let vmfb = s.path("add.vmfb");
    exec::compile_cpu(&mlir, &vmfb, &[]).unwrap_or_else(|e| panic!("{e}"));
    let inputs = write_inputs(&s.dir("in"));
    let out = s.path("out.npy");

    let err = exec::run(
        &vmfb,
        "nope",
        &inputs,
        std::slice::from_ref(&out),
        CPU_DEVICE,
    )
    .expect_err("no such function");
    let text = err.to_string();
    assert!(text.starts_with("iree-run-module failed"), "{text}");
    assert!(text.contains("nope"), "{text}");
    assert!(!out.exists());

    let two_outputs = [out.clone(), s.path("extra.npy")];
    let err =
        exec::run(&vmfb, "main", &inputs, &two_outputs, CPU_DEVICE).expect_err("one result only");
    assert!(err.to_string().contains("number of output files"), "{err}");
    assert!(!out.exists(), "outputs of a failed run are removed");

    let err =
        exec::run(&vmfb, "main", &inputs[..1], &[out], CPU_DEVICE).expect_err("missing input");
    assert!(
        err.to_string().starts_with("iree-run-module failed"),
        "{err}"
    );
}
