//! `veritor calibrate`: measure the honest drift between provers and the verifier, and derive
//! the tolerances from it.
//!
//! For each decode program (default: `examples/tiny/greedy_full`, `examples/tiny/greedy_kv`,
//! `examples/decode/canonical_sampled`) and each of `requests` random prompts (request ids
//! `base + i * B`, which key the canonical noise), two honest provers run:
//!
//! - **JAX CPU**: `examples/jax_prover.py PROGRAM --prompts ... --logits` (one Python process
//!   per program) generates the tokens and its own teacher-forced logits;
//! - **IREE CPU**: the compiled program's `@main` (`local-sync`) generates the tokens and its
//!   `@main_teacher_forced` gives the logits, as `veritor prove` does.
//!
//! The verifier (IREE CPU, `local-sync`) runs `@main_teacher_forced` on each prover's tokens.
//! At every generated position it compares: the scores (logits, tempered and truncated when
//! sampled; largest absolute difference where both are finite), the set of finite scores (a
//! top-k/top-p boundary flip), the fingerprints under the committed seed and
//! `projection_seeds` more (relative L2 distance, as `verify` measures it), whether the
//! prover's token is the verifier's choice (and, when not, the score margin), and the
//! verifier's smallest best-minus-second gap (how near the closest tie was).
//!
//! Thresholds: `fingerprint_rel = max(margin * observed max fingerprint distance, floor)`,
//! `tie_margin = max(margin * max(observed max score drift, largest margin of a disagreeing
//! token), floor)`, over both provers; `fingerprint_abs` and `noise_rel` are their floors
//! (`noise_rel` is not a backend drift: the noise is an input both sides compute from the same
//! f64 definition). The file also records every observed number.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde::Serialize;
use serde_json::Value;
use veritor_iree::npy::{self, Array};

use veritor_protocol::seeds;
use veritor_protocol::tolerances::{Tolerances, TolerancesFile, TOLERANCES_FORMAT};

use crate::allowlist::Limits;
use crate::tensors::{canonical_noise, fingerprints, generated_positions, i32_values};
use crate::{loader, progress, runner, stamp, workload};

/// What `veritor calibrate` is asked to do.
#[derive(Clone, Debug)]
pub struct CalibrateConfig {
    /// Programs, as paths without extension (`PROGRAM.json`, `PROGRAM.mlir`, `PROGRAM.inputs/`).
    pub programs: Vec<PathBuf>,
    /// Random prompts (requests) per program.
    pub requests: usize,
    /// Seed of the random prompts.
    pub prompt_seed: u64,
    /// Threshold = observed maximum times this.
    pub margin: f64,
    /// The smallest value of each threshold.
    pub floors: Tolerances,
    /// Python with JAX, and `examples/jax_prover.py`.
    pub python: PathBuf,
    pub jax_prover: PathBuf,
    /// Compiled-module cache.
    pub cache: PathBuf,
    /// Projection seeds per position besides the committed one.
    pub projection_seeds: usize,
    /// Fingerprint length.
    pub fingerprint_dim: u32,
}

/// The default floors: below these, a threshold would be tighter than f32 rounding of the
/// values compared, whatever was observed.
pub const FLOORS: Tolerances = Tolerances {
    fingerprint_rel: 1e-6,
    fingerprint_abs: 1e-6,
    tie_margin: 1e-6,
    noise_rel: 1e-6,
};

/// Drift observed between one prover backend and the verifier.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Drift {
    pub requests: usize,
    pub positions: usize,
    /// Largest relative L2 distance of a fingerprint from the verifier's (every seed).
    pub max_fingerprint_rel: f64,
    /// Largest |prover score - verifier score| over scores finite on both sides.
    pub max_score_abs: f64,
    /// Largest relative L2 distance of a whole scores row (non-finite as 0).
    pub max_row_rel: f64,
    /// Positions whose set of finite scores differs (a top-k/top-p boundary flipped).
    pub kept_set_differences: usize,
    /// Requests whose generated positions differ from the verifier's (would be rejected).
    pub position_set_differences: usize,
    /// Positions where the prover's token is not the verifier's choice, and the largest score
    /// margin (verifier's best minus the token's) among them.
    pub token_disagreements: usize,
    pub max_disagreement_margin: f64,
    /// Smallest best-minus-second score gap of the verifier over all positions.
    pub min_top2_margin: f64,
    /// Requests whose whole token buffer differs from the other prover's (JAX only).
    pub sequences_differing_from_iree: usize,
}

impl Drift {
    fn new() -> Drift {
        Drift {
            min_top2_margin: f64::INFINITY,
            ..Drift::default()
        }
    }

    fn merge(&mut self, o: &Drift) {
        self.requests += o.requests;
        self.positions += o.positions;
        self.max_fingerprint_rel = self.max_fingerprint_rel.max(o.max_fingerprint_rel);
        self.max_score_abs = self.max_score_abs.max(o.max_score_abs);
        self.max_row_rel = self.max_row_rel.max(o.max_row_rel);
        self.kept_set_differences += o.kept_set_differences;
        self.position_set_differences += o.position_set_differences;
        self.token_disagreements += o.token_disagreements;
        self.max_disagreement_margin = self.max_disagreement_margin.max(o.max_disagreement_margin);
        self.min_top2_margin = self.min_top2_margin.min(o.min_top2_margin);
        self.sequences_differing_from_iree += o.sequences_differing_from_iree;
    }
}

/// One program's results.
#[derive(Clone, Debug, Serialize)]
pub struct ProgramDrift {
    pub program: String,
    pub jax_cpu: Drift,
    pub iree_cpu: Drift,
}

/// What [`calibrate`] measured and derived.
#[derive(Clone, Debug, Serialize)]
pub struct Calibration {
    pub tolerances: Tolerances,
    pub margin: f64,
    pub floors: Tolerances,
    pub verifier: String,
    pub provers: Vec<String>,
    pub fingerprint_dim: u32,
    pub projection_seeds_per_position: usize,
    pub programs: Vec<ProgramDrift>,
    pub jax_cpu: Drift,
    pub iree_cpu: Drift,
    pub seconds: f64,
}

impl Calibration {
    /// The tolerances file (`veritor-tolerances/1`) with the observations.
    pub fn file(&self) -> Result<TolerancesFile, String> {
        Ok(TolerancesFile {
            format: TOLERANCES_FORMAT.to_string(),
            tolerances: self.tolerances,
            calibration: Some(serde_json::to_value(self).map_err(|e| e.to_string())?),
        })
    }

    /// A table for people.
    pub fn summary(&self) -> String {
        let mut s = format!(
            "{:<34} {:<8} {:>5} {:>6} {:>10} {:>10} {:>10} {:>5} {:>6} {:>10} {:>9}\n",
            "program",
            "prover",
            "reqs",
            "pos",
            "max-fp",
            "max-score",
            "max-row",
            "kept",
            "disagr",
            "min-top2",
            "seq-diff"
        );
        let mut row = |name: &str, prover: &str, d: &Drift| {
            s.push_str(&format!(
                "{:<34} {:<8} {:>5} {:>6} {:>10.2e} {:>10.2e} {:>10.2e} {:>5} {:>6} {:>10.2e} {:>9}\n",
                name,
                prover,
                d.requests,
                d.positions,
                d.max_fingerprint_rel,
                d.max_score_abs,
                d.max_row_rel,
                d.kept_set_differences,
                d.token_disagreements,
                d.min_top2_margin,
                d.sequences_differing_from_iree
            ));
        };
        for p in &self.programs {
            row(&p.program, "jax-cpu", &p.jax_cpu);
            row(&p.program, "iree-cpu", &p.iree_cpu);
        }
        row("all", "jax-cpu", &self.jax_cpu);
        row("all", "iree-cpu", &self.iree_cpu);
        let t = &self.tolerances;
        s.push_str(&format!(
            "tolerances (margin x{}, floors {:.0e}): fingerprint_rel {:.3e}, fingerprint_abs {:.1e}, tie_margin {:.3e}, noise_rel {:.1e} ({:.1} s)\n",
            self.margin,
            self.floors.fingerprint_rel,
            t.fingerprint_rel,
            t.fingerprint_abs,
            t.tie_margin,
            t.noise_rel,
            self.seconds
        ));
        s
    }
}

/// SplitMix64: the random prompts (reproducible from `prompt_seed`).
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Runs the calibration (see the module documentation).
pub fn calibrate(config: &CalibrateConfig) -> Result<Calibration, String> {
    let start = Instant::now();
    if !(config.margin.is_finite() && config.margin >= 1.0) {
        return Err(format!("margin {} must be at least 1", config.margin));
    }
    let work = loader::scratch("calibrate")?;
    let result = (|| {
        let mut programs = Vec::new();
        for (k, p) in config.programs.iter().enumerate() {
            programs.push(program(config, p, 1000 * (k as u64 + 1), &work)?);
        }
        let (mut jax, mut iree) = (Drift::new(), Drift::new());
        for p in &programs {
            jax.merge(&p.jax_cpu);
            iree.merge(&p.iree_cpu);
        }
        let m = config.margin;
        let f = &config.floors;
        let tolerances = Tolerances {
            fingerprint_rel: (m * jax.max_fingerprint_rel.max(iree.max_fingerprint_rel))
                .max(f.fingerprint_rel),
            fingerprint_abs: f.fingerprint_abs,
            tie_margin: (m * jax
                .max_score_abs
                .max(iree.max_score_abs)
                .max(jax.max_disagreement_margin)
                .max(iree.max_disagreement_margin))
            .max(f.tie_margin),
            noise_rel: f.noise_rel,
        };
        Ok(Calibration {
            tolerances,
            margin: m,
            floors: config.floors,
            verifier: format!("iree-cpu ({})", runner::DEVICE),
            provers: vec![
                "jax-cpu (examples/jax_prover.py)".to_string(),
                format!("iree-cpu ({})", runner::DEVICE),
            ],
            fingerprint_dim: config.fingerprint_dim,
            projection_seeds_per_position: config.projection_seeds + 1,
            programs,
            jax_cpu: jax,
            iree_cpu: iree,
            seconds: start.elapsed().as_secs_f64(),
        })
    })();
    let _ = std::fs::remove_dir_all(&work);
    result
}

fn json_at<'a>(v: &'a Value, path: &[&str], what: &str) -> Result<&'a Value, String> {
    let mut v = v;
    for p in path {
        v = v
            .get(p)
            .ok_or_else(|| format!("{what}: no {}", path.join(".")))?;
    }
    Ok(v)
}

fn program(
    config: &CalibrateConfig,
    path: &Path,
    base_request: u64,
    work: &Path,
) -> Result<ProgramDrift, String> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| format!("{}: not a program path", path.display()))?
        .to_string();
    let with = |ext: &str| path.with_file_name(format!("{name}{ext}"));
    let desc_path = with(".json");
    let desc: Value = serde_json::from_str(
        &std::fs::read_to_string(&desc_path)
            .map_err(|e| format!("{}: {e}", desc_path.display()))?,
    )
    .map_err(|e| format!("{}: {e}", desc_path.display()))?;
    let what = desc_path.display().to_string();
    let vocab = json_at(&desc, &["config", "vocab"], &what)?
        .as_u64()
        .ok_or("vocab")?;
    let args = json_at(&desc, &["arguments"], &what)?
        .as_array()
        .ok_or_else(|| format!("{what}: arguments"))?;
    let arg_index = |n: &str| args.iter().position(|a| a["name"] == n);
    let prompt = arg_index("prompt").ok_or_else(|| format!("{what}: no prompt argument"))?;
    let gumbel = arg_index("gumbel");
    let sampling_seed = match gumbel {
        Some(_) => json_at(&desc, &["decode", "sampling", "seed"], &what)?
            .as_u64()
            .ok_or_else(|| format!("{what}: decode.sampling.seed"))?,
        None => 0,
    };
    let text = std::fs::read_to_string(with(".mlir"))
        .map_err(|e| format!("{}: {e}", with(".mlir").display()))?;
    progress::say(format!("calibrate: {name}: loading and compiling"));
    let limits = Limits::default();
    let program = workload::load(&text, &with(".mlir").display().to_string(), "main", &limits)?;
    let layout = stamp::layout(&program)?
        .ok_or_else(|| format!("{name}: not a decode program (no teacher-forced form)"))?;
    if layout.noise.is_some() != gumbel.is_some() {
        return Err(format!(
            "{name}: the graph's noise input and the json's gumbel argument disagree"
        ));
    }
    let prompt_shape = program.entry.args[prompt].shape.clone();
    // Rows of the token buffer (each its own request of the canonical noise): B of a prompt
    // [B, P], one for a prompt [P] without a batch axis.
    let batch = match prompt_shape.len() {
        1 => 1,
        _ => prompt_shape[0] as u64,
    };
    let vmfb = runner::compile_cached(&program.text, &config.cache)?;
    let originals = veritor_iree::exec::npy_files(&with(".inputs")).map_err(|e| e.to_string())?;
    if originals.len() != program.entry.args.len() {
        return Err(format!(
            "{}: {} inputs, the graph takes {}",
            with(".inputs").display(),
            originals.len(),
            program.entry.args.len()
        ));
    }

    // The random prompts, and JAX's runs on them (one process).
    let dir = work.join(&name);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let per: usize = prompt_shape.iter().product();
    let mut state = config.prompt_seed ^ base_request;
    let prompts: Vec<i32> = (0..config.requests * per)
        .map(|_| (splitmix(&mut state) % vocab) as i32)
        .collect();
    let mut shape = vec![config.requests];
    shape.extend(&prompt_shape);
    let prompts_path = dir.join("prompts.npy");
    npy::write(&prompts_path, &Array::from_i32(&shape, &prompts)).map_err(|e| e.to_string())?;
    let jax_dir = dir.join("jax");
    progress::say(format!(
        "calibrate: {name}: the JAX prover on {} prompts",
        config.requests
    ));
    let out = Command::new(&config.python)
        .arg(&config.jax_prover)
        .arg(path)
        .arg("--prompts")
        .arg(&prompts_path)
        .arg("--request")
        .arg(base_request.to_string())
        .arg("--logits")
        .arg("--out")
        .arg(&jax_dir)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", config.python.display()))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(format!(
            "jax_prover.py on {name} failed: {}",
            err.lines().last().unwrap_or("")
        ));
    }

    let limit = Duration::from_secs(limits.max_run_seconds);
    let tf = workload::teacher_forced_name("main");
    let (mut jax, mut iree) = (Drift::new(), Drift::new());
    for i in 0..config.requests {
        progress::say(format!(
            "calibrate: {name}: request {} of {}",
            i + 1,
            config.requests
        ));
        let request = base_request + i as u64 * batch;
        let mut inputs = originals.clone();
        let p = dir.join("prompt.npy");
        npy::write(
            &p,
            &Array::from_i32(&prompt_shape, &prompts[i * per..(i + 1) * per]),
        )
        .map_err(|e| e.to_string())?;
        inputs[prompt] = p;
        let mut noise = None;
        if let Some(g) = gumbel {
            let n = canonical_noise(sampling_seed, request, &program.entry.args[g].shape)?;
            let p = dir.join("noise.npy");
            npy::write(&p, &n).map_err(|e| e.to_string())?;
            inputs[g] = p;
            noise = Some(n.to_f64());
        }
        let seeds = projection_seeds(config, sampling_seed, request);
        // IREE prover: generate, then its own teacher-forced run; the verifier runs again.
        let generated = runner::run(
            &vmfb,
            "main",
            &inputs,
            program.entry.results.len(),
            &dir,
            limit,
        )?;
        let iree_tokens = dir.join("iree-tokens.npy");
        npy::write(&iree_tokens, &generated[layout.tokens]).map_err(|e| e.to_string())?;
        let with_tokens = |t: &Path| {
            let mut v = inputs.clone();
            v.push(t.to_path_buf());
            v
        };
        // IREE as the prover and IREE as the verifier: two runs of one module.
        let run_tf = || {
            runner::run(
                &vmfb,
                &tf,
                &with_tokens(&iree_tokens),
                layout.results,
                &dir,
                limit,
            )
        };
        let prover = run_tf()?;
        let verifier = run_tf()?;
        let tokens = i32_values(&generated[layout.tokens]);
        compare(
            &prover[1],
            &tokens,
            &verifier,
            noise.as_deref(),
            &seeds,
            config,
            &mut iree,
        );
        // JAX prover: its tokens and logits; the verifier teacher-forces on its tokens.
        let run_dir = jax_dir.join(format!("{i:04}"));
        let jax_tokens = run_dir.join(format!("{:02}.npy", layout.tokens));
        let jax_logits = npy::read(&run_dir.join("logits.npy")).map_err(|e| e.to_string())?;
        let verifier = runner::run(
            &vmfb,
            &tf,
            &with_tokens(&jax_tokens),
            layout.results,
            &dir,
            limit,
        )?;
        let jt = i32_values(&npy::read(&jax_tokens).map_err(|e| e.to_string())?);
        compare(
            &jax_logits,
            &jt,
            &verifier,
            noise.as_deref(),
            &seeds,
            config,
            &mut jax,
        );
        if jt != tokens {
            jax.sequences_differing_from_iree += 1;
        }
    }
    Ok(ProgramDrift {
        program: path.display().to_string(),
        jax_cpu: jax,
        iree_cpu: iree,
    })
}

/// The committed projection seed of (seed, request) and `projection_seeds` more.
fn projection_seeds(config: &CalibrateConfig, seed: u64, request: u64) -> Vec<[u32; 2]> {
    let mut seeds = vec![seeds::stamp_projection_seed(seed, request)];
    let mut state = request.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ seed;
    for _ in 0..config.projection_seeds {
        let x = splitmix(&mut state);
        seeds.push([x as u32, (x >> 32) as u32]);
    }
    seeds
}

/// Compares a prover's logits and tokens with the verifier's teacher-forced results
/// (`[predicted, logits, ...]`) and accumulates into `drift`.
fn compare(
    prover: &Array,
    tokens: &[i32],
    verifier: &[Array],
    noise: Option<&[f64]>,
    seeds: &[[u32; 2]],
    config: &CalibrateConfig,
    drift: &mut Drift,
) {
    drift.requests += 1;
    let positions = generated_positions(&verifier[1]);
    if generated_positions(prover) != positions || prover.shape != verifier[1].shape {
        drift.position_set_differences += 1;
        return;
    }
    drift.positions += positions.len();
    for seed in seeds {
        let a = fingerprints(prover, &positions, *seed, config.fingerprint_dim);
        let b = fingerprints(&verifier[1], &positions, *seed, config.fingerprint_dim);
        for (x, y) in a.iter().zip(&b) {
            drift.max_fingerprint_rel = drift.max_fingerprint_rel.max(rel_l2(x, y));
        }
    }
    let vocab = *prover.shape.last().unwrap_or(&1);
    let (pv, vv) = (prover.to_f64(), verifier[1].to_f64());
    let predicted = i32_values(&verifier[0]);
    for &flat in &positions {
        let r = flat as usize * vocab..(flat as usize + 1) * vocab;
        let (a, b) = (&pv[r.clone()], &vv[r.clone()]);
        let mut kept_differs = false;
        for (x, y) in a.iter().zip(b) {
            if x.is_finite() && y.is_finite() {
                drift.max_score_abs = drift.max_score_abs.max((x - y).abs());
            } else if x.is_finite() != y.is_finite() {
                kept_differs = true;
            }
        }
        if kept_differs {
            drift.kept_set_differences += 1;
        }
        let clean = |v: &[f64]| -> Vec<f32> {
            v.iter()
                .map(|x| if x.is_finite() { *x as f32 } else { 0.0 })
                .collect()
        };
        drift.max_row_rel = drift.max_row_rel.max(rel_l2(&clean(a), &clean(b)));
        let scores: Vec<f64> = match noise {
            Some(n) => b.iter().zip(&n[r]).map(|(s, g)| s + g).collect(),
            None => b.to_vec(),
        };
        let mut sorted: Vec<f64> = scores.iter().copied().filter(|x| x.is_finite()).collect();
        sorted.sort_by(|x, y| y.total_cmp(x));
        if sorted.len() > 1 {
            drift.min_top2_margin = drift.min_top2_margin.min(sorted[0] - sorted[1]);
        }
        let token = tokens[flat as usize];
        if token != predicted[flat as usize] {
            drift.token_disagreements += 1;
            let score = usize::try_from(token)
                .ok()
                .and_then(|t| scores.get(t).copied())
                .unwrap_or(f64::NEG_INFINITY);
            drift.max_disagreement_margin = drift.max_disagreement_margin.max(sorted[0] - score);
        }
    }
}

fn rel_l2(a: &[f32], b: &[f32]) -> f64 {
    let (mut d, mut n) = (0.0f64, 0.0f64);
    for (x, y) in a.iter().zip(b) {
        let (x, y) = (*x as f64, *y as f64);
        d += (x - y) * (x - y);
        n += y * y;
    }
    if n > 0.0 {
        (d / n).sqrt()
    } else {
        d.sqrt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_calibration_is_above_the_floors() {
        let t = Tolerances::default();
        assert!(t.fingerprint_rel >= FLOORS.fingerprint_rel && t.tie_margin >= FLOORS.tie_margin);
    }

    #[test]
    fn compare_measures_drift_and_disagreements() {
        let config = CalibrateConfig {
            programs: vec![],
            requests: 0,
            prompt_seed: 0,
            margin: 10.0,
            floors: FLOORS,
            python: PathBuf::new(),
            jax_prover: PathBuf::new(),
            cache: PathBuf::new(),
            projection_seeds: 2,
            fingerprint_dim: 4,
        };
        // [B=1, L=3, V=4]: row 0 is the prompt (zero), rows 1 and 2 generated.
        let v = [0.0, 0.0, 0.0, 0.0, 1.0, 3.0, 2.0, 0.5, 4.0, 1.0, 3.99, 0.0];
        let mut p = v;
        p[5] += 1e-3; // drift
        p[10] = 4.01; // the prover chose token 2, a near tie
        let verifier = [
            Array::from_i32(&[1, 3], &[0, 1, 0]),
            Array::from_f32(&[1, 3, 4], &v.map(|x| x as f32)),
        ];
        let prover = Array::from_f32(&[1, 3, 4], &p.map(|x| x as f32));
        let mut d = Drift::new();
        let seeds = projection_seeds(&config, 1, 2);
        compare(
            &prover,
            &[0, 1, 2],
            &verifier,
            None,
            &seeds,
            &config,
            &mut d,
        );
        assert_eq!((d.positions, d.token_disagreements), (2, 1));
        assert!((d.max_score_abs - 2e-2).abs() < 1e-6, "{d:?}");
        assert!((d.max_disagreement_margin - 1e-2).abs() < 1e-6, "{d:?}");
        assert!((d.min_top2_margin - 1e-2).abs() < 1e-6, "{d:?}");
        assert!(d.max_fingerprint_rel > 0.0 && d.max_fingerprint_rel < 1e-2);
    }
}
