//! `veritor-gpu-legalize` and `veritor-strip-sharding` proven by IREE: the legalized corpus
//! compiles for CUDA, ROCm and Vulkan and keeps its CPU results; the sharded export, once
//! stripped, runs on one CPU and matches the unsharded JAX result.

use crate::support::{root, tiny_programs, veritor_opt};
use std::path::{Path, PathBuf};
use std::process::Command;
use veritor_iree::compare::Tolerance;
use veritor_iree::exec;
use veritor_iree::tools::{self, Tool};

/// Floats within 1e-6 relative (plus 1e-6 absolute for values near zero); integers exact.
const TOLERANCE: Tolerance = Tolerance {
    rtol: 1e-6,
    atol: 1e-6,
};

/// GPU targets without a GPU: (name, iree-compile flags).
const GPU_TARGETS: &[(&str, &[&str])] = &[
    (
        "cuda sm_80",
        &["--iree-hal-target-device=cuda", "--iree-cuda-target=sm_80"],
    ),
    (
        "rocm gfx942",
        &["--iree-hal-target-device=hip", "--iree-rocm-target=gfx942"],
    ),
    (
        "vulkan rdna3",
        &[
            "--iree-hal-target-device=vulkan",
            "--iree-vulkan-target=rdna3",
        ],
    ),
];

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    crate::support::scratch(&format!("gpu-{name}"))
}

/// Runs one pass over `input` into `output`; panics with veritor-opt's errors.
fn apply_pass(pass: &str, input: &Path, output: &Path) {
    let run = veritor_opt(&[
        input.to_str().unwrap(),
        &format!("--{pass}"),
        "-o",
        output.to_str().unwrap(),
    ]);
    assert_eq!(
        run.status,
        0,
        "{pass} on {}: {}",
        input.display(),
        run.stderr
    );
}

/// Compiles `mlir` with iree-compile and `flags`; `Err` holds iree-compile's error lines.
fn iree_compile(mlir: &Path, flags: &[&str], vmfb: &Path) -> Result<(), String> {
    let exe = tools::find(Tool::Compile).unwrap_or_else(|e| panic!("{e}"));
    let output = Command::new(exe)
        .args(flags)
        .arg(mlir)
        .arg("-o")
        .arg(vmfb)
        .output()
        .expect("iree-compile starts");
    if output.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let errors: Vec<&str> = stderr.lines().filter(|l| l.contains("error:")).collect();
    Err(format!("{}: {}", output.status, errors.join("\n")))
}

/// Compiles for the CPU, runs on `inputs`, and asserts every result matches `expected`.
fn assert_cpu_matches(mlir: &Path, inputs: &Path, expected: &Path, work: &Path) {
    let reports = exec::check_cpu(mlir, "main", inputs, expected, work, TOLERANCE)
        .unwrap_or_else(|e| panic!("{}: {e}", mlir.display()));
    assert!(!reports.is_empty());
    for (path, result) in reports {
        if let Err(mismatch) = result {
            panic!(
                "{}: {} differs from JAX: {mismatch}",
                mlir.display(),
                path.display()
            );
        }
    }
}

#[test]
fn gpu_legalize_keeps_train_step_cpu_results_equal_to_jax() {
    let work = scratch("train-cpu");
    let dir = root().join("examples/tiny");
    let original = dir.join("train_step.mlir");
    let legal = work.join("train_step.legal.mlir");
    apply_pass("veritor-gpu-legalize", &original, &legal);
    let text = std::fs::read_to_string(&legal).unwrap();
    assert_ne!(
        text,
        std::fs::read_to_string(&original).unwrap(),
        "the pass changed nothing in train_step"
    );
    let inputs = dir.join("train_step.inputs");
    let expected = dir.join("train_step.expected");
    assert_cpu_matches(&original, &inputs, &expected, &work.join("original"));
    assert_cpu_matches(&legal, &inputs, &expected, &work.join("legal"));
    let _ = std::fs::remove_dir_all(&work);
}

#[test]
fn train_step_fails_on_cuda_without_gpu_legalize() {
    let work = scratch("train-cuda-raw");
    let input = root().join("examples/tiny/train_step.mlir");
    let error = iree_compile(&input, GPU_TARGETS[0].1, &work.join("raw.vmfb")).expect_err(
        "IREE compiles train_step for CUDA as it is: is veritor-gpu-legalize still needed?",
    );
    assert!(
        error.contains("failed to get neutral element for reduction"),
        "{error}"
    );
    let _ = std::fs::remove_dir_all(&work);
}

#[test]
fn every_tiny_example_compiles_for_cuda_rocm_and_vulkan_after_gpu_legalize() {
    let work = scratch("corpus");
    let mut failures = Vec::new();
    for program in tiny_programs() {
        let input = root().join(format!("examples/tiny/{program}.mlir"));
        let legal = work.join(format!("{program}.mlir"));
        apply_pass("veritor-gpu-legalize", &input, &legal);
        for (target, flags) in GPU_TARGETS {
            let vmfb = work.join(format!("{program}.vmfb"));
            if let Err(error) = iree_compile(&legal, flags, &vmfb) {
                failures.push(format!("{program} for {target}: {error}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    let _ = std::fs::remove_dir_all(&work);
}

#[test]
fn strip_sharding_makes_the_sharded_forward_run_on_one_cpu_and_match_unsharded_jax() {
    let work = scratch("sharded");
    let dir = root().join("examples/sharded");
    let original = dir.join("forward.mlir");
    let text = std::fs::read_to_string(&original).unwrap();
    assert!(text.contains("\"sdy.mesh\"") && text.contains("#sdy.sharding<"));
    assert!(
        exec::compile_cpu(&original, &work.join("raw.vmfb"), &[]).is_err(),
        "IREE compiles the sharded export as it is: is veritor-strip-sharding still needed?"
    );
    let stripped = work.join("forward.mlir");
    apply_pass("veritor-strip-sharding", &original, &stripped);
    let text = std::fs::read_to_string(&stripped).unwrap();
    assert!(!text.contains("sdy"), "Shardy is left:\n{text}");
    assert!(text.contains("mhlo.num_partitions = 1 : i32"));
    assert_cpu_matches(
        &stripped,
        &dir.join("forward.inputs"),
        &dir.join("forward.expected"),
        &work.join("run"),
    );
    let _ = std::fs::remove_dir_all(&work);
}
