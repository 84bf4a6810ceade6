//! `veritor-scatter-to-select` proven by IREE: column scatters (`x.at[:, c].set(v)` after a
//! matmul, as HF generate masks its end-of-sequence logit) run before and after the pass,
//! for indices in bounds, past the end and negative, against StableHLO's answer (numpy's
//! `x[:, c] = v` when `0 <= c < columns`, else `x` unchanged: the update is skipped).

use crate::support::{rewrite, scratch};
use std::path::{Path, PathBuf};
use std::process::Command;
use veritor_iree::compare::{compare, Tolerance};
use veritor_iree::exec;
use veritor_iree::npy::{self, Array};
use veritor_iree::tools::{self, Tool};

const COLUMNS: usize = 16;
const STEPS: usize = 2;
const FEATURES: usize = 8;

/// `@rows<N>`: `(x @ w)[:, -1].at[:, c].set(v)` with N rows, for each N of `rows`.
fn rows_program(rows: &[usize]) -> String {
    let mut text = String::new();
    for &rows in rows {
        text.push_str(&format!(
            r#"
func.func @rows{rows}(%x: tensor<{rows}x{STEPS}x{FEATURES}xf32>, %w: tensor<{FEATURES}x{COLUMNS}xf32>, %c: tensor<i32>, %v: tensor<f32>) -> tensor<{rows}x{COLUMNS}xf32> {{
  %0 = "stablehlo.dot_general"(%x, %w) <{{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}}> : (tensor<{rows}x{STEPS}x{FEATURES}xf32>, tensor<{FEATURES}x{COLUMNS}xf32>) -> tensor<{rows}x{STEPS}x{COLUMNS}xf32>
  %1 = "stablehlo.slice"(%0) <{{start_indices = array<i64: 0, {last}, 0>, limit_indices = array<i64: {rows}, {STEPS}, {COLUMNS}>, strides = array<i64: 1, 1, 1>}}> : (tensor<{rows}x{STEPS}x{COLUMNS}xf32>) -> tensor<{rows}x1x{COLUMNS}xf32>
  %2 = "stablehlo.reshape"(%1) : (tensor<{rows}x1x{COLUMNS}xf32>) -> tensor<{rows}x{COLUMNS}xf32>
  %3 = "stablehlo.broadcast_in_dim"(%c) <{{broadcast_dimensions = array<i64>}}> : (tensor<i32>) -> tensor<1xi32>
  %4 = "stablehlo.broadcast_in_dim"(%v) <{{broadcast_dimensions = array<i64>}}> : (tensor<f32>) -> tensor<{rows}xf32>
  %5 = "stablehlo.scatter"(%2, %3, %4) <{{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}}> ({{
  ^bb0(%old: tensor<f32>, %new: tensor<f32>):
    "stablehlo.return"(%new) : (tensor<f32>) -> ()
  }}) : (tensor<{rows}x{COLUMNS}xf32>, tensor<1xi32>, tensor<{rows}xf32>) -> tensor<{rows}x{COLUMNS}xf32>
  return %5 : tensor<{rows}x{COLUMNS}xf32>
}}
"#,
            last = STEPS - 1,
        ));
    }
    text
}

/// `@two_axes`: a scatter at (row i1, column i0) of every batch entry's value
/// (`y.at[:, i1, i0].set(v)`: an index vector of two). IREE 3.13 rejects it as it is
/// (`'iree_linalg_ext.scatter' op expected indices to be equal to batch rank or batch rank
/// + 1`).
fn two_axes_program() -> String {
    format!(
        r#"
func.func @two_axes(%y: tensor<2x{STEPS}x{COLUMNS}xf32>, %i: tensor<2xi32>, %v: tensor<2xf32>) -> tensor<2x{STEPS}x{COLUMNS}xf32> {{
  %0 = "stablehlo.scatter"(%y, %i, %v) <{{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1, 2], scatter_dims_to_operand_dims = [2, 1]>, unique_indices = false}}> ({{
  ^bb0(%old: tensor<f32>, %new: tensor<f32>):
    "stablehlo.return"(%new) : (tensor<f32>) -> ()
  }}) : (tensor<2x{STEPS}x{COLUMNS}xf32>, tensor<2xi32>, tensor<2xf32>) -> tensor<2x{STEPS}x{COLUMNS}xf32>
  return %0 : tensor<2x{STEPS}x{COLUMNS}xf32>
}}
"#
    )
}

/// Small integers, so that every product and sum is exact in f32.
fn x_values(rows: usize) -> Vec<f32> {
    (0..rows * STEPS * FEATURES)
        .map(|i| ((i * 7 + 3) % 5) as f32 - 2.0)
        .collect()
}

fn w_values() -> Vec<f32> {
    (0..FEATURES * COLUMNS)
        .map(|i| ((i * 3 + 1) % 7) as f32 - 3.0)
        .collect()
}

/// The scattered column `c` of `(x @ w)[:, -1]`, per StableHLO: written when in bounds.
fn expected_rows(rows: usize, c: i32, v: f32) -> Vec<f32> {
    let (x, w) = (x_values(rows), w_values());
    let mut out = vec![0.0f32; rows * COLUMNS];
    for r in 0..rows {
        for n in 0..COLUMNS {
            let t = STEPS - 1;
            out[r * COLUMNS + n] = (0..FEATURES)
                .map(|k| x[(r * STEPS + t) * FEATURES + k] * w[k * COLUMNS + n])
                .sum();
        }
        if (0..COLUMNS as i64).contains(&i64::from(c)) {
            out[r * COLUMNS + c as usize] = v;
        }
    }
    out
}

fn y_values() -> Vec<f32> {
    (0..2 * STEPS * COLUMNS).map(|i| i as f32).collect()
}

/// `y.at[:, i1, i0].set(v)`, skipped unless both are in bounds.
fn expected_two_axes(i: [i32; 2], v: [f32; 2]) -> Vec<f32> {
    let mut out = y_values();
    let (column, row) = (i64::from(i[0]), i64::from(i[1]));
    if (0..COLUMNS as i64).contains(&column) && (0..STEPS as i64).contains(&row) {
        for (b, value) in v.iter().enumerate() {
            out[(b * STEPS + row as usize) * COLUMNS + column as usize] = *value;
        }
    }
    out
}

/// Compiles for the CPU; `Err` holds iree-compile's `error:` lines (the error of
/// [`exec::compile_cpu`] keeps only the end of the output, where IREE dumps the failing IR).
fn compile_cpu(mlir: &Path, vmfb: &Path) -> Result<(), String> {
    let exe = tools::find(Tool::Compile).unwrap_or_else(|e| panic!("{e}"));
    let output = Command::new(exe)
        .args(exec::CPU_FLAGS)
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

fn write(dir: &Path, name: &str, array: &Array) -> PathBuf {
    let path = dir.join(format!("{name}.npy"));
    npy::write(&path, array).unwrap();
    path
}

/// Runs `function` of `vmfb` on `inputs`; the one result.
fn run(vmfb: &Path, function: &str, inputs: &[PathBuf], out: &Path) -> Array {
    exec::run(
        vmfb,
        function,
        inputs,
        &[out.to_path_buf()],
        exec::CPU_DEVICE,
    )
    .unwrap_or_else(|e| panic!("{function}: {e}"));
    npy::read(out).unwrap()
}

fn assert_equal(actual: &Array, expected: &Array, what: &str) {
    if let Err(mismatch) = compare(actual, expected, Tolerance::exact()) {
        panic!("{what}: {mismatch}");
    }
}

/// Column indices: in bounds, one past the end (HF's "no eos" column), far past it, and
/// negative (StableHLO does not wrap them: the update is skipped).
const INDICES: [i32; 8] = [0, 5, 15, 16, 1000, -1, -16, i32::MIN];

#[test]
fn scatter_to_select_matches_stablehlo_in_iree_before_and_after() {
    let dir = scratch("scatter");
    let original = dir.join("scatter.mlir");
    let all = rows_program(&[1, 2]) + &two_axes_program();
    std::fs::write(&original, all).unwrap();
    let rewritten = dir.join("select.mlir");
    let text = rewrite(&original, &["--veritor-scatter-to-select"], &rewritten);
    assert!(
        !text.contains("stablehlo.scatter"),
        "a scatter is left:\n{text}"
    );

    let before = dir.join("scatter.vmfb");
    let after = dir.join("select.vmfb");
    exec::compile_cpu(&rewritten, &after, &[]).unwrap_or_else(|e| panic!("after: {e}"));
    // IREE 3.13 rejects the one-row scatter after a matmul ('linalg.generic' op write
    // affecting operations on global resources...): the original one-row function may fail
    // to compile, and only that way; the two-row one compiles.
    let original_rows = dir.join("scatter_rows.mlir");
    std::fs::write(&original_rows, rows_program(&[1, 2])).unwrap();
    let original_rows2 = dir.join("scatter_rows2.mlir");
    std::fs::write(&original_rows2, rows_program(&[2])).unwrap();
    let rows1_compiles = match compile_cpu(&original_rows, &before) {
        Ok(()) => true,
        Err(message) => {
            assert!(
                message.contains("restricted to workgroup distributed contexts"),
                "the original fails to compile for another reason: {message}"
            );
            exec::compile_cpu(&original_rows2, &before, &[])
                .unwrap_or_else(|e| panic!("the two-row original: {e}"));
            false
        }
    };

    let w = write(
        &dir,
        "w",
        &Array::from_f32(&[FEATURES, COLUMNS], &w_values()),
    );
    let v = write(&dir, "v", &Array::from_f32(&[], &[f32::NEG_INFINITY]));
    for rows in [1, 2] {
        let function = format!("rows{rows}");
        let x = write(
            &dir,
            &format!("x{rows}"),
            &Array::from_f32(&[rows, STEPS, FEATURES], &x_values(rows)),
        );
        for c in INDICES {
            let ci = write(&dir, &format!("c{c}"), &Array::from_i32(&[], &[c]));
            let inputs = [x.clone(), w.clone(), ci, v.clone()];
            let expected =
                Array::from_f32(&[rows, COLUMNS], &expected_rows(rows, c, f32::NEG_INFINITY));
            let out = dir.join("out.npy");
            let got = run(&after, &function, &inputs, &out);
            assert_equal(
                &got,
                &expected,
                &format!("@{function} after the pass, c = {c}"),
            );
            // IREE's own scatter is only compared at indices it handles: a negative one
            // makes it crash or write elsewhere (the pass removes that scatter too).
            if c >= 0 && (rows == 2 || rows1_compiles) {
                let got = run(&before, &function, &inputs, &out);
                assert_equal(
                    &got,
                    &expected,
                    &format!("@{function} as exported, c = {c}"),
                );
            }
        }
    }

    let y = write(
        &dir,
        "y",
        &Array::from_f32(&[2, STEPS, COLUMNS], &y_values()),
    );
    let values = [7.5f32, -2.25];
    let vv = write(&dir, "vv", &Array::from_f32(&[2], &values));
    for i in [[3, 1], [15, 0], [0, 0], [16, 1], [3, 2], [-1, 0], [4, -1]] {
        let ii = write(&dir, "i", &Array::from_i32(&[2], &i));
        let inputs = [y.clone(), ii, vv.clone()];
        let expected = Array::from_f32(&[2, STEPS, COLUMNS], &expected_two_axes(i, values));
        let got = run(&after, "two_axes", &inputs, &dir.join("out.npy"));
        assert_equal(
            &got,
            &expected,
            &format!("@two_axes after the pass, i = {i:?}"),
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
