//! `veritor-sort-network` proven by IREE: `stablehlo.sort` by one key (i32 ascending with
//! f32 values; f32 descending in total order with i32 values, NaNs of both signs, both zeros
//! and infinities; i32 descending written as `rhs < lhs`), rows with ties at a length that
//! is not a power of two, run after the pass against a stable sort computed here, bit for
//! bit; and IREE's own sort of the same module, which must agree where no keys tie.

use crate::support::{rewrite, scratch};
use std::path::{Path, PathBuf};
use veritor_iree::exec;
use veritor_iree::npy::{self, Array};

const N: usize = 11;

fn compare(lhs: &str, rhs: &str, direction: &str, element: &str, kind: &str) -> String {
    format!(
        r#"%lt = "stablehlo.compare"({lhs}, {rhs}) <{{comparison_direction = #stablehlo<comparison_direction {direction}>, compare_type = #stablehlo<comparison_type {kind}>}}> : (tensor<{element}>, tensor<{element}>) -> tensor<i1>"#
    )
}

fn program() -> String {
    let asc = compare("%a", "%b", "LT", "i32", "SIGNED");
    let desc = compare("%a", "%b", "GT", "f32", "TOTALORDER");
    let rhs = compare("%b", "%a", "LT", "i32", "SIGNED");
    format!(
        r#"
func.func @asc_i32(%k: tensor<3x{N}xi32>, %v: tensor<3x{N}xf32>) -> (tensor<3x{N}xi32>, tensor<3x{N}xf32>) {{
  %0:2 = "stablehlo.sort"(%k, %v) <{{dimension = 1 : i64, is_stable = true}}> ({{
  ^bb0(%a: tensor<i32>, %b: tensor<i32>, %c: tensor<f32>, %d: tensor<f32>):
    {asc}
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }}) : (tensor<3x{N}xi32>, tensor<3x{N}xf32>) -> (tensor<3x{N}xi32>, tensor<3x{N}xf32>)
  return %0#0, %0#1 : tensor<3x{N}xi32>, tensor<3x{N}xf32>
}}
func.func @desc_f32(%k: tensor<3x{N}xf32>, %v: tensor<3x{N}xi32>) -> (tensor<3x{N}xf32>, tensor<3x{N}xi32>) {{
  %0:2 = "stablehlo.sort"(%k, %v) <{{dimension = 1 : i64, is_stable = true}}> ({{
  ^bb0(%a: tensor<f32>, %b: tensor<f32>, %c: tensor<i32>, %d: tensor<i32>):
    {desc}
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }}) : (tensor<3x{N}xf32>, tensor<3x{N}xi32>) -> (tensor<3x{N}xf32>, tensor<3x{N}xi32>)
  return %0#0, %0#1 : tensor<3x{N}xf32>, tensor<3x{N}xi32>
}}
func.func @desc_i32(%k: tensor<3x{N}xi32>) -> tensor<3x{N}xi32> {{
  %0 = "stablehlo.sort"(%k) <{{dimension = 1 : i64, is_stable = true}}> ({{
  ^bb0(%a: tensor<i32>, %b: tensor<i32>):
    {rhs}
    "stablehlo.return"(%lt) : (tensor<i1>) -> ()
  }}) : (tensor<3x{N}xi32>) -> tensor<3x{N}xi32>
  return %0 : tensor<3x{N}xi32>
}}
"#
    )
}

/// Row 0 holds the extremes; rows 1 and 2 ties.
fn i32_keys() -> Vec<i32> {
    let extremes = [
        3,
        i32::MIN,
        7,
        i32::MAX,
        -1,
        0,
        i32::MIN,
        5,
        i32::MAX,
        2,
        -9,
    ];
    let ties = (0..2 * N).map(|i| ((i * 7 + 3) % 5) as i32 - 2);
    extremes.into_iter().chain(ties).collect()
}

fn f32_keys() -> Vec<f32> {
    let special = [
        f32::NAN,
        -f32::NAN,
        f32::INFINITY,
        f32::NEG_INFINITY,
        0.0,
        -0.0,
        1.0,
        -1.0,
        1.0,
        -0.0,
        3.5,
    ];
    let ties = (0..2 * N).map(|i| ((i * 5 + 2) % 4) as f32 * 0.5 - 1.0);
    special.into_iter().chain(ties).collect()
}

/// The positions of each row in stable order by `order`.
fn stable<T>(keys: &[T], order: impl Fn(&T, &T) -> std::cmp::Ordering) -> Vec<usize> {
    let mut out = Vec::new();
    for (r, row) in keys.chunks(N).enumerate() {
        let mut idx: Vec<usize> = (0..N).collect();
        idx.sort_by(|&a, &b| order(&row[a], &row[b]));
        out.extend(idx.into_iter().map(|i| r * N + i));
    }
    out
}

fn run(vmfb: &Path, function: &str, inputs: &[PathBuf], outs: usize, dir: &Path) -> Vec<Array> {
    let paths: Vec<PathBuf> = (0..outs).map(|i| dir.join(format!("out{i}.npy"))).collect();
    exec::run(vmfb, function, inputs, &paths, exec::CPU_DEVICE)
        .unwrap_or_else(|e| panic!("{function}: {e}"));
    paths.iter().map(|p| npy::read(p).unwrap()).collect()
}

fn compile(mlir: &Path) -> PathBuf {
    let vmfb = mlir.with_extension("vmfb");
    exec::compile_cpu(mlir, &vmfb, &[]).unwrap_or_else(|e| panic!("{}: {e}", mlir.display()));
    vmfb
}

fn save(dir: &Path, name: &str, array: Array) -> PathBuf {
    let path = dir.join(name);
    npy::write(&path, &array).unwrap();
    path
}

#[test]
fn sort_network_is_a_stable_sort_in_iree() {
    let dir = scratch("sort");
    let original = dir.join("sort.mlir");
    std::fs::write(&original, program()).unwrap();
    let network = dir.join("network.mlir");
    assert!(!rewrite(&original, &["--veritor-sort-network"], &network).contains("stablehlo.sort"));
    let (net, orig) = (compile(&network), compile(&original));
    let shape = [3, N];
    let (ki, kf) = (i32_keys(), f32_keys());
    let positions: Vec<i32> = (0..3 * N as i32).collect();
    let values: Vec<f32> = positions.iter().map(|&p| p as f32).collect();
    let ki_path = save(&dir, "ki.npy", Array::from_i32(&shape, &ki));
    let kf_path = save(&dir, "kf.npy", Array::from_f32(&shape, &kf));
    let vf_path = save(&dir, "vf.npy", Array::from_f32(&shape, &values));
    let vi_path = save(&dir, "vi.npy", Array::from_i32(&shape, &positions));

    let order = stable(&ki, i32::cmp);
    let got = run(&net, "asc_i32", &[ki_path.clone(), vf_path], 2, &dir);
    let want_k: Vec<i32> = order.iter().map(|&i| ki[i]).collect();
    let want_v: Vec<f32> = order.iter().map(|&i| values[i]).collect();
    assert_eq!(
        got[0].data,
        Array::from_i32(&shape, &want_k).data,
        "asc keys"
    );
    assert_eq!(
        got[1].data,
        Array::from_f32(&shape, &want_v).data,
        "asc values"
    );

    let order = stable(&kf, |a, b| b.total_cmp(a));
    let got = run(
        &net,
        "desc_f32",
        &[kf_path.clone(), vi_path.clone()],
        2,
        &dir,
    );
    let want_k: Vec<f32> = order.iter().map(|&i| kf[i]).collect();
    let want_v: Vec<i32> = order.iter().map(|&i| i as i32).collect();
    assert_eq!(
        got[0].data,
        Array::from_f32(&shape, &want_k).data,
        "desc keys, bit for bit"
    );
    assert_eq!(
        got[1].data,
        Array::from_i32(&shape, &want_v).data,
        "desc positions"
    );
    // IREE's own sort agrees on the keys (ties make its order of positions its own).
    let own = run(&orig, "desc_f32", &[kf_path, vi_path], 2, &dir);
    assert_eq!(
        own[0].data[4 * N..],
        got[0].data[4 * N..],
        "IREE's sort, rows 1-2"
    );

    let order = stable(&ki, |a, b| b.cmp(a));
    let got = run(&net, "desc_i32", std::slice::from_ref(&ki_path), 1, &dir);
    let want: Vec<i32> = order.iter().map(|&i| ki[i]).collect();
    assert_eq!(
        got[0].data,
        Array::from_i32(&shape, &want).data,
        "rhs < lhs: descending"
    );
    let own = run(&orig, "desc_i32", &[ki_path], 1, &dir);
    assert_eq!(own[0].data, got[0].data, "IREE's sort, i32 descending");
    let _ = std::fs::remove_dir_all(&dir);
}
