//! `veritor-fingerprint` proven by execution on `forward` (4 hooks: the residual stream after
//! each block, [1, 16, 32]): the in-graph projection equals the reference implementation
//! (`veritor_protocol::fingerprint::project`) applied to the hook values, one compiled program
//! serves every seed (same seed, same bits; another seed, another projection), norms and
//! distances are roughly preserved (Johnson–Lindenstrauss), and int8 codes dequantize to the
//! projection within half a step.

use crate::hooks::{norm_error, run_main, scratch, spec, transform, HOOK_TOLERANCE};
use crate::support::root;
use std::path::{Path, PathBuf};
use veritor_iree::compare::compare;
use veritor_iree::exec;
use veritor_iree::npy::{self, Array, DType};
use veritor_protocol::fingerprint::project;

const PROGRAM: &str = "forward";
const HOOKS: usize = 4;
const WIDTH: usize = 32;

/// A compiled `forward` with hooks lowered (and fingerprinted when `options` is given).
fn compile(work: &Path, options: Option<&str>) -> PathBuf {
    let mut pipeline = format!(
        "veritor-insert-hooks{{{}}},veritor-lower-hooks",
        spec(PROGRAM).insert_hooks
    );
    if let Some(options) = options {
        pipeline.push_str(&format!(",veritor-fingerprint{{{options}}}"));
    }
    let mlir = transform(PROGRAM, &pipeline, work);
    let vmfb = mlir.with_extension("vmfb");
    exec::compile_cpu(&mlir, &vmfb, &[]).unwrap();
    vmfb
}

/// Runs the module with the program's inputs and `seed` (if any); returns every result.
fn run(vmfb: &Path, seed: Option<&Array>, results: usize, work: &Path, tag: &str) -> Vec<Array> {
    let mut inputs =
        exec::npy_files(&root().join(format!("examples/tiny/{PROGRAM}.inputs"))).unwrap();
    if let Some(seed) = seed {
        let path = work.join(format!("seed-{tag}.npy"));
        npy::write(&path, seed).unwrap();
        inputs.push(path);
    }
    let outputs: Vec<PathBuf> = (0..results)
        .map(|i| work.join(format!("{tag}-{i}.npy")))
        .collect();
    exec::run(vmfb, "main", &inputs, &outputs, exec::CPU_DEVICE).unwrap();
    outputs.iter().map(|p| npy::read(p).unwrap()).collect()
}

fn seed(words: [u32; 2]) -> Array {
    let data = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    Array::new(DType::U32, vec![2], data).unwrap()
}

fn floats(a: &Array) -> Vec<f32> {
    a.to_f64().into_iter().map(|v| v as f32).collect()
}

/// The hook values of an unfingerprinted run.
fn hook_values(work: &Path) -> Vec<Vec<f32>> {
    let vmfb = compile(work, None);
    let results = run(&vmfb, None, 1 + HOOKS, work, "plain");
    results[1..].iter().map(floats).collect()
}

fn squared(v: &[f32]) -> f64 {
    v.iter().map(|x| (*x as f64) * (*x as f64)).sum()
}

#[test]
fn fingerprint_success_equals_reference_and_one_program_serves_every_seed() {
    let work = scratch("fingerprint-seeds");
    let hooks = hook_values(&work);
    let vmfb = compile(&work, Some("dim=16"));
    let (s1, s2) = ([0x1234_5678, 42], [0x1234_5678, 43]);
    let first = run(&vmfb, Some(&seed(s1)), 1 + HOOKS, &work, "a");
    let again = run(&vmfb, Some(&seed(s1)), 1 + HOOKS, &work, "b");
    let other = run(&vmfb, Some(&seed(s2)), 1 + HOOKS, &work, "c");
    for k in 0..HOOKS {
        let got = &first[1 + k];
        assert_eq!(got.shape, vec![1, 16, 16]);
        let expected = Array::from_f32(&[1, 16, 16], &project(&hooks[k], WIDTH, s1, 16, false));
        if let Err(m) = compare(got, &expected, HOOK_TOLERANCE) {
            panic!("hook {k}: in-graph projection differs from the reference: {m}");
        }
        assert!(norm_error(got, &expected) < 1e-5);
        assert_eq!(
            got.data,
            again[1 + k].data,
            "hook {k}: same seed, different bits"
        );
        let apart = norm_error(&other[1 + k], got);
        assert!(
            apart > 0.5,
            "hook {k}: seeds 42 and 43 give close fingerprints ({apart})"
        );
    }
    let _ = std::fs::remove_dir_all(&work);
}

#[test]
fn fingerprint_success_roughly_preserves_norms_and_distances() {
    let work = scratch("fingerprint-jl");
    let hooks = hook_values(&work);
    let dim = 64;
    let vmfb = compile(&work, Some(&format!("dim={dim}")));
    let (mut norm_ratios, mut distance_ratios) = (Vec::new(), Vec::new());
    for (n, s) in [[1u32, 0], [2, 0], [3, 0]].into_iter().enumerate() {
        let results = run(&vmfb, Some(&seed(s)), 1 + HOOKS, &work, &format!("s{n}"));
        for k in 0..HOOKS {
            let y = floats(&results[1 + k]);
            let xs: Vec<&[f32]> = hooks[k].chunks(WIDTH).collect();
            let ys: Vec<&[f32]> = y.chunks(dim).collect();
            for (x, p) in xs.iter().zip(&ys) {
                norm_ratios.push(squared(p) / squared(x));
            }
            for i in 0..xs.len() {
                for j in i + 1..xs.len() {
                    let dx: Vec<f32> = xs[i].iter().zip(xs[j]).map(|(a, b)| a - b).collect();
                    let dy: Vec<f32> = ys[i].iter().zip(ys[j]).map(|(a, b)| a - b).collect();
                    distance_ratios.push(squared(&dy) / squared(&dx));
                }
            }
        }
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    let lo = norm_ratios.iter().cloned().fold(f64::INFINITY, f64::min);
    let hi = norm_ratios.iter().cloned().fold(0.0, f64::max);
    eprintln!(
        "JL dim {dim}: |Px|^2/|x|^2 mean {:.3} (min {lo:.3}, max {hi:.3}) over {} vectors; |Px-Py|^2/|x-y|^2 mean {:.3} over {} pairs",
        mean(&norm_ratios),
        norm_ratios.len(),
        mean(&distance_ratios),
        distance_ratios.len()
    );
    assert!((0.85..1.15).contains(&mean(&norm_ratios)));
    assert!((0.85..1.15).contains(&mean(&distance_ratios)));
    assert!(
        lo > 0.3 && hi < 2.0,
        "a vector's norm is far off: {lo} .. {hi}"
    );
    let _ = std::fs::remove_dir_all(&work);
}

#[test]
fn fingerprint_success_int8_gaussian_dequantizes_within_half_a_step() {
    let work = scratch("fingerprint-int8");
    let hooks = hook_values(&work);
    let vmfb = compile(
        &work,
        Some("dim=8 distribution=gaussian quantize=int8 seed-type=ui32"),
    );
    let scalar_seed = Array::new(DType::U32, vec![], 7u32.to_le_bytes().to_vec()).unwrap();
    let results = run(&vmfb, Some(&scalar_seed), 1 + 2 * HOOKS, &work, "q");
    for k in 0..HOOKS {
        let (q, scale) = (&results[1 + 2 * k], &results[2 + 2 * k]);
        assert_eq!((q.dtype, q.shape.clone()), (DType::I8, vec![1, 16, 8]));
        assert_eq!(
            (scale.dtype, scale.shape.clone()),
            (DType::F32, vec![1, 16])
        );
        let y = project(&hooks[k], WIDTH, [7, 0], 8, true);
        let (q, s) = (q.to_f64(), scale.to_f64());
        for (i, yi) in y.iter().enumerate() {
            let step = s[i / 8];
            let error = (q[i] * step - *yi as f64).abs();
            assert!(
                error <= step * 0.5 + 1e-5 * (*yi as f64).abs() + 1e-6,
                "hook {k}, element {i}: {error} > half of {step}"
            );
        }
        assert!(
            q.iter().any(|v| v.abs() == 127.0),
            "hook {k}: no code reaches 127"
        );
    }
    let _ = std::fs::remove_dir_all(&work);
}

/// Both orders on `greedy_full` (4 hooks inside the decode loop, reached through calls):
/// `veritor-fingerprint` before `veritor-lower-hooks` projects each hook in the loop (the
/// seed threaded through the calls and carried by the loop), after it projects the stacked
/// results; the same seed gives the same fingerprints (f32, and int8 codes with scales), and
/// the loop carries projections, not hidden states.
#[test]
fn fingerprint_success_before_and_after_lowering_agree_on_greedy_full() {
    let program = "greedy_full";
    let work = scratch("fingerprint-orders");
    let insert = format!("veritor-insert-hooks{{{}}}", spec(program).insert_hooks);
    let seed_path = work.join("seed.npy");
    npy::write(&seed_path, &seed([0x0bad_cafe, 7])).unwrap();
    for (options, per_hook) in [("dim=8", 1), ("dim=4 quantize=int8", 2)] {
        let fingerprint = format!("veritor-fingerprint{{{options}}}");
        let orders = [
            (
                "after",
                format!("{insert},veritor-lower-hooks,{fingerprint}"),
            ),
            (
                "before",
                format!("{insert},{fingerprint},veritor-lower-hooks"),
            ),
        ];
        let mut outputs = Vec::new();
        for (tag, pipeline) in &orders {
            let dir = work.join(format!("{tag}-{}", per_hook));
            std::fs::create_dir_all(&dir).unwrap();
            let mlir = transform(program, pipeline, &dir);
            let text = std::fs::read_to_string(&mlir).unwrap();
            assert!(!text.contains("\"veritor."), "{tag}: a veritor op is left");
            if *tag == "before" {
                // The loop carries the projections (and the seed), never a hidden state.
                assert!(
                    !text.contains("tensor<12x1x16x32xf32>"),
                    "{tag}: the loop stacks hidden states"
                );
            }
            let files = run_main(
                program,
                &mlir,
                1 + HOOKS * per_hook,
                std::slice::from_ref(&seed_path),
                &dir,
            );
            outputs.push(
                files
                    .iter()
                    .map(|p| npy::read(p).unwrap())
                    .collect::<Vec<_>>(),
            );
        }
        let (after, before) = (&outputs[0], &outputs[1]);
        assert_eq!(
            after[0].data, before[0].data,
            "{options}: the tokens differ"
        );
        for k in 1..after.len() {
            let (a, b) = (&after[k], &before[k]);
            assert_eq!(
                (a.dtype, &a.shape),
                (b.dtype, &b.shape),
                "{options}: result {k}"
            );
            if a.data != b.data {
                if let Err(m) = compare(b, a, HOOK_TOLERANCE) {
                    panic!("{options}: result {k} differs between the orders: {m}");
                }
            }
        }
        let identical = (1..after.len()).all(|k| after[k].data == before[k].data);
        eprintln!("{options}: both orders agree (bit-identical: {identical})");
    }
    let _ = std::fs::remove_dir_all(&work);
}
