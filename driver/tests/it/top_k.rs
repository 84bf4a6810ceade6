//! `veritor-top-k-network` proven by IREE: `chlo.top_k` rows holding NaNs of both signs,
//! infinities, both zeros and ties, at a length that is not a power of two, run after the
//! pass against the answer computed here (descending in IEEE total order, `f32::total_cmp`;
//! equal values lower index first), values compared bit for bit; and the original op, as
//! IREE 3.13 runs it: the same on float rows without NaNs or negative zeros, the same values
//! on integers (IREE orders their ties differently). Rows of 12 take the whole sort; rows of
//! 40 with k = 1, 3, 5 and 16 the selection network (`bitonic.rs`, `Network::top`), checked
//! the same way against the answer computed here.

use crate::support::{rewrite, scratch};
use std::path::{Path, PathBuf};
use veritor_iree::exec;
use veritor_iree::npy::{self, Array};

const N: usize = 12;

/// One `@top_f32_K` and one `@top_i32_K` for each k.
fn program(n: usize, ks: &[usize]) -> String {
    ks.iter()
        .map(|k| {
            format!(
                r#"
func.func @top_f32_{k}(%x: tensor<3x{n}xf32>) -> (tensor<3x{k}xf32>, tensor<3x{k}xi32>) {{
  %0:2 = "chlo.top_k"(%x) <{{k = {k} : i64}}> : (tensor<3x{n}xf32>) -> (tensor<3x{k}xf32>, tensor<3x{k}xi32>)
  return %0#0, %0#1 : tensor<3x{k}xf32>, tensor<3x{k}xi32>
}}
func.func @top_i32_{k}(%x: tensor<3x{n}xi32>) -> (tensor<3x{k}xi32>, tensor<3x{k}xi32>) {{
  %0:2 = "chlo.top_k"(%x) <{{k = {k} : i64}}> : (tensor<3x{n}xi32>) -> (tensor<3x{k}xi32>, tensor<3x{k}xi32>)
  return %0#0, %0#1 : tensor<3x{k}xi32>, tensor<3x{k}xi32>
}}
"#
            )
        })
        .collect()
}

/// Row 0: the special values (then ordinary ones up to `n`); rows 1 and 2: ordinary
/// values with ties.
fn f32_rows(n: usize) -> Vec<f32> {
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
        f32::NAN,
        -0.0,
        3.5,
    ];
    let plain = (0..3 * n - special.len()).map(|i| ((i * 5 + 2) % 7) as f32 * 0.5 - 1.0);
    special.into_iter().chain(plain).collect()
}

fn i32_rows(n: usize) -> Vec<i32> {
    (0..3 * n).map(|i| ((i * 7 + 3) % 9) as i32 - 4).collect()
}

/// The first `k` (value, index) pairs of each row: descending by `order`, index ascending.
fn expected<T: Copy>(
    values: &[T],
    n: usize,
    k: usize,
    order: impl Fn(&T, &T) -> std::cmp::Ordering,
) -> (Vec<T>, Vec<i32>) {
    let (mut out_v, mut out_i) = (Vec::new(), Vec::new());
    for row in values.chunks(n) {
        let mut idx: Vec<usize> = (0..n).collect();
        idx.sort_by(|&a, &b| order(&row[b], &row[a]).then(a.cmp(&b)));
        out_v.extend(idx[..k].iter().map(|&i| row[i]));
        out_i.extend(idx[..k].iter().map(|&i| i as i32));
    }
    (out_v, out_i)
}

fn run(vmfb: &Path, function: &str, input: &Path, dir: &Path) -> (Array, Array) {
    let outs = [dir.join("values.npy"), dir.join("indices.npy")];
    exec::run(
        vmfb,
        function,
        &[input.to_path_buf()],
        &outs,
        exec::CPU_DEVICE,
    )
    .unwrap_or_else(|e| panic!("{function}: {e}"));
    (npy::read(&outs[0]).unwrap(), npy::read(&outs[1]).unwrap())
}

fn compile(mlir: &Path) -> PathBuf {
    let vmfb = mlir.with_extension("vmfb");
    exec::compile_cpu(mlir, &vmfb, &[]).unwrap_or_else(|e| panic!("{}: {e}", mlir.display()));
    vmfb
}

fn bits(values: &[f32]) -> Vec<u32> {
    values.iter().map(|v| v.to_bits()).collect()
}

#[test]
fn top_k_network_matches_total_order_in_iree() {
    check(N, &[N, 5], true);
}

/// n = 40 (padded to 64) with k up to a quarter of that: the selection network (blocks of
/// k rounded up to a power of two, then rounds that keep the larger block of each pair).
#[test]
fn top_k_selection_network_matches_total_order_in_iree() {
    check(40, &[1, 3, 5, 16], false);
}

/// `chlo.top_k` of rows `n` long for each `k`, after the pass, against the order computed
/// here; and IREE's own top_k against it where `with_original`.
fn check(n: usize, ks: &[usize], with_original: bool) {
    let dir = scratch(&format!("top-k-{n}"));
    let x_f32 = dir.join("x_f32.npy");
    npy::write(&x_f32, &Array::from_f32(&[3, n], &f32_rows(n))).unwrap();
    let x_i32 = dir.join("x_i32.npy");
    npy::write(&x_i32, &Array::from_i32(&[3, n], &i32_rows(n))).unwrap();
    let original = dir.join("top_k.mlir");
    std::fs::write(&original, program(n, ks)).unwrap();
    let network = dir.join("network.mlir");
    let text = rewrite(&original, &["--veritor-top-k-network"], &network);
    assert!(!text.contains("chlo.top_k"));
    assert_eq!(
        text.contains("stablehlo.maximum"),
        !with_original,
        "the selection network is used exactly for small k"
    );
    let net = compile(&network);
    let orig = with_original.then(|| compile(&original));
    for &k in ks {
        let (want_v, want_i) = expected(&f32_rows(n), n, k, f32::total_cmp);
        let (v, i) = run(&net, &format!("top_f32_{k}"), &x_f32, &dir);
        // Bit for bit: the data bytes (NaN signs and zero signs included).
        assert_eq!(
            v.data,
            Array::from_f32(&[3, k], &want_v).data,
            "k={k}: values {:?}",
            bits(&want_v)
        );
        assert_eq!(
            i.data,
            Array::from_i32(&[3, k], &want_i).data,
            "k={k}: indices"
        );
        let (want_v, want_i) = expected(&i32_rows(n), n, k, i32::cmp);
        let (iv, ii) = run(&net, &format!("top_i32_{k}"), &x_i32, &dir);
        assert_eq!(
            iv.data,
            Array::from_i32(&[3, k], &want_v).data,
            "k={k}: i32 values"
        );
        assert_eq!(
            ii.data,
            Array::from_i32(&[3, k], &want_i).data,
            "k={k}: i32 indices"
        );
        let Some(orig) = &orig else { continue };
        // IREE's own top_k on the rows without NaNs or -0 (rows 1 and 2).
        let (ov, oi) = run(orig, &format!("top_f32_{k}"), &x_f32, &dir);
        let row = 4 * k;
        assert_eq!(
            ov.data[row..],
            v.data[row..],
            "k={k}: original values, rows 1-2"
        );
        assert_eq!(
            oi.data[row..],
            i.data[row..],
            "k={k}: original indices, rows 1-2"
        );

        // IREE 3.13's own top_k on integers returns the same values, but equal values in
        // another order (the higher index first, against chlo.top_k's lower index first and
        // JAX's): only the values, and that each index points at its value, are required.
        let (ov, oi) = run(orig, &format!("top_i32_{k}"), &x_i32, &dir);
        assert_eq!(ov.data, iv.data, "k={k}: original i32 values");
        let x = i32_rows(n);
        for (e, (value, index)) in ov.to_f64().iter().zip(oi.to_f64()).enumerate() {
            assert_eq!(
                f64::from(x[(e / k) * n + index as usize]),
                *value,
                "k={k}: entry {e}"
            );
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
