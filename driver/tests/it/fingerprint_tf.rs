//! Hooks through ar-to-tf (issue 4, item 6): the prover runs `@main` with fingerprinted
//! hooks, the verifier runs `@main_teacher_forced` on the prover's tokens with the same
//! seed; their fingerprints agree at every decode step, while a perturbed model (1e-3
//! relative noise on one layer, bfloat16-rounded weights, other weights) lands far away.

use crate::hooks::{norm_error, scratch, spec};
use crate::support::{root, veritor_opt};
use std::path::{Path, PathBuf};
use veritor_iree::exec;
use veritor_iree::npy::{self, Array};

/// The honest band: prover against verifier, relative L2 per decode step.
const HONEST: f64 = 1e-5;

struct Compiled {
    vmfb: PathBuf,
    hooks: usize,
}

/// insert-hooks (the program's selection), ar-to-tf, lower-hooks, fingerprint{dim}; with
/// `before`, fingerprint then lower-hooks (each hook projected where it sits, in the loop).
fn compile(program: &str, dim: usize, before: bool, work: &Path) -> Compiled {
    let spec = spec(program);
    let input = root().join(format!("examples/tiny/{}", spec.source));
    let output = work.join(format!("{program}-{dim}-{before}.mlir"));
    let (lower, fingerprint) = (
        "veritor-lower-hooks",
        format!("veritor-fingerprint{{dim={dim}}}"),
    );
    let passes = if before {
        format!("{fingerprint},{lower}")
    } else {
        format!("{lower},{fingerprint}")
    };
    let pipeline = format!(
        "--pass-pipeline=builtin.module(veritor-insert-hooks{{{}}},veritor-ar-to-tf,{passes})",
        spec.insert_hooks
    );
    let run = veritor_opt(&[
        input.to_str().unwrap(),
        &pipeline,
        "-o",
        output.to_str().unwrap(),
    ]);
    assert_eq!(run.status, 0, "{program}: {}", run.stderr);
    let vmfb = output.with_extension("vmfb");
    exec::compile_cpu(&output, &vmfb, &[]).unwrap_or_else(|e| panic!("{program}: {e}"));
    Compiled {
        vmfb,
        hooks: spec.references.len(),
    }
}

fn seed(work: &Path) -> PathBuf {
    let path = work.join("seed.npy");
    let seed = Array::new(
        npy::DType::U32,
        vec![2],
        [7u32, 11].iter().flat_map(|v| v.to_le_bytes()).collect(),
    )
    .unwrap();
    npy::write(&path, &seed).unwrap();
    path
}

fn run(
    c: &Compiled,
    function: &str,
    inputs: &[PathBuf],
    tag: &str,
    fixed: usize,
    work: &Path,
) -> Vec<Array> {
    let outputs: Vec<PathBuf> = (0..fixed + c.hooks)
        .map(|i| work.join(format!("{tag}-{i}.npy")))
        .collect();
    exec::run(&c.vmfb, function, inputs, &outputs, "local-sync")
        .unwrap_or_else(|e| panic!("{function}: {e}"));
    outputs.iter().map(|p| npy::read(p).unwrap()).collect()
}

/// Largest relative L2 distance over decode steps (the leading axis) and hooks.
fn worst_step_distance(prover: &[Array], verifier: &[Array]) -> f64 {
    let mut worst: f64 = 0.0;
    for (p, v) in prover.iter().zip(verifier) {
        let steps = p.shape[0];
        let per_step = p.len() / steps;
        let (pv, vv) = (p.to_f64(), v.to_f64());
        for s in 0..steps {
            let a = Array::from_f32(
                &[per_step],
                &vv[s * per_step..(s + 1) * per_step]
                    .iter()
                    .map(|x| *x as f32)
                    .collect::<Vec<_>>(),
            );
            let e = Array::from_f32(
                &[per_step],
                &pv[s * per_step..(s + 1) * per_step]
                    .iter()
                    .map(|x| *x as f32)
                    .collect::<Vec<_>>(),
            );
            worst = worst.max(norm_error(&a, &e));
        }
    }
    worst
}

fn inputs(program: &str) -> Vec<PathBuf> {
    exec::npy_files(&root().join(format!("examples/tiny/{program}.inputs"))).unwrap()
}

/// Prover run, then the verifier on the prover's tokens; returns both sets of fingerprints.
fn prove_and_verify(
    c: &Compiled,
    program: &str,
    verifier_inputs: &[PathBuf],
    work: &Path,
) -> (Vec<Array>, Vec<Array>) {
    let seed = seed(work);
    let mut prover_inputs = inputs(program);
    prover_inputs.push(seed.clone());
    let prover = run(c, "main", &prover_inputs, "prover", 1, work);
    let tokens = work.join("prover-0.npy");
    let mut verify_inputs = verifier_inputs.to_vec();
    verify_inputs.extend([tokens, seed]);
    let verifier = run(
        c,
        "main_teacher_forced",
        &verify_inputs,
        "verifier",
        2,
        work,
    );
    (prover[1..].to_vec(), verifier[2..].to_vec())
}

#[test]
fn prover_and_verifier_fingerprints_agree_at_every_step() {
    for (program, dims) in [
        ("greedy_full", &[16usize, 32, 64][..]),
        ("greedy_kv", &[16, 32, 64][..]),
        ("sampled", &[16, 32, 64][..]),
    ] {
        // Both pass orders at dim 16 (fingerprint before lowering: projected in the loop).
        let orders = dims.iter().map(|&d| (d, false)).chain([(16, true)]);
        for (dim, before) in orders {
            let work = scratch(&format!("fp-tf-{program}-{dim}-{before}"));
            let c = compile(program, dim, before, &work);
            let (prover, verifier) = prove_and_verify(&c, program, &inputs(program), &work);
            let distance = worst_step_distance(&prover, &verifier);
            assert!(
                distance <= HONEST,
                "{program} dim {dim} (fingerprint before lowering: {before}): prover and verifier differ by {distance}"
            );
            let _ = std::fs::remove_dir_all(&work);
        }
    }
}

/// New values for argument `i` (given its values), or `None` to keep it.
type WeightChange = dyn Fn(usize, &[f64]) -> Option<Vec<f32>>;

/// The verifier's weights changed by `change`; returns the distance to the honest prover.
fn distance_with(work: &Path, c: &Compiled, change: &WeightChange) -> f64 {
    let mut changed = Vec::new();
    for (i, path) in inputs("greedy_full").into_iter().enumerate() {
        let array = npy::read(&path).unwrap();
        match change(i, &array.to_f64()) {
            Some(values) if array.dtype == npy::DType::F32 => {
                let out = work.join(format!("changed-{i:02}.npy"));
                npy::write(&out, &Array::from_f32(&array.shape, &values)).unwrap();
                changed.push(out);
            }
            _ => changed.push(path),
        }
    }
    let (prover, verifier) = prove_and_verify(c, "greedy_full", &changed, work);
    worst_step_distance(&prover, &verifier)
}

/// A deterministic pseudo-random number in [-1, 1) for element `k` of argument `i`.
fn noise(i: usize, k: usize) -> f64 {
    let mut x = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ (k as u64).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^= x >> 31;
    x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^= x >> 29;
    (x >> 11) as f64 / (1u64 << 52) as f64 - 1.0
}

fn bf16_round(v: f64) -> f32 {
    let bits = (v as f32).to_bits();
    let rounded = bits.wrapping_add(0x7FFF + ((bits >> 16) & 1)) & 0xFFFF_0000;
    f32::from_bits(rounded)
}

#[test]
fn perturbed_models_land_far_outside_the_honest_band() {
    let work = scratch("fp-tf-perturbed");
    let c = compile("greedy_full", 16, false, &work);
    // Arguments 4..=7 are layer 0's attention weights (wk, wo, wq, wv).
    let noisy = distance_with(&work, &c, &|i, v| {
        (4..=7).contains(&i).then(|| {
            v.iter()
                .enumerate()
                .map(|(k, x)| (x * (1.0 + 1e-3 * noise(i, k))) as f32)
                .collect()
        })
    });
    let bf16 = distance_with(&work, &c, &|i, v| {
        (i < 29).then(|| v.iter().map(|x| bf16_round(*x)).collect())
    });
    let other = distance_with(&work, &c, &|i, v| {
        (i < 29).then(|| {
            v.iter()
                .enumerate()
                .map(|(k, x)| (x + 0.05 * noise(i + 100, k)) as f32)
                .collect()
        })
    });
    eprintln!("fingerprint distance (relative L2, worst step): 1e-3 noise on one layer {noisy:.3e}, bf16 weights {bf16:.3e}, other weights {other:.3e}");
    for (what, d) in [
        ("1e-3 noise on layer 0", noisy),
        ("bfloat16 weights", bf16),
        ("other weights", other),
    ] {
        assert!(
            d > 10.0 * HONEST,
            "{what}: distance {d} is not far outside the honest band {HONEST}"
        );
    }
    let _ = std::fs::remove_dir_all(&work);
}
