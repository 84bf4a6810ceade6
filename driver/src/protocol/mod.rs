//! The verification exchange of issue 6, as a library (the `veritor prove | challenge |
//! verify` commands only parse their arguments and call these):
//!
//! - [`prove`]: run a workload, commit to its generated positions, store everything, write a
//!   claim; later, open the challenged positions;
//! - [`challenge`]: the challenger's secret, its commitment, and the challenge derived from
//!   the secret and the prover's root;
//! - [`verify`]: check a claim, a challenge and the openings against the store:
//!   [`verify::verify_claim`] returns a [`verify::Verdict`];
//! - [`training`]: the same exchange for a chain of training steps (`training_replay`);
//! - [`allowlist`], [`workload`]: what a verifier accepts to compile, and the program it runs.
//!
//! The protocol, the messages and the threat model are described in `docs/protocol.md`.

pub mod allowlist;
pub mod calibrate;
pub mod challenge;
pub mod messages;
pub mod prove;
pub mod runner;
pub mod training;
pub mod verify;
pub mod workload;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use veritor_iree::npy::{self, Array};
use veritor_protocol::sampling;

pub use allowlist::Limits;
pub use messages::{ChallengeMessage, OpeningsMessage, PositionsData};
pub use verify::{verify_claim, Outcome, Verdict};

/// The tolerances of the checks, in one place. The built-in values ([`Tolerances::default`])
/// are those of `calibrated.json` beside this file, written by `veritor calibrate` (honest
/// provers on JAX CPU and IREE CPU against the verifier on IREE CPU; thresholds are the
/// observed maxima times a stated margin, with floors: see [`calibrate`] and
/// `docs/protocol.md`); `veritor verify --tolerances FILE` reads another such file.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tolerances {
    /// A fingerprint `a` matches the verifier's `b` when `|a - b| <= rel * |b| + abs`
    /// (L2 norms over the vector).
    pub fingerprint_rel: f64,
    /// The absolute floor of that comparison (fingerprints of near-zero vectors).
    pub fingerprint_abs: f64,
    /// A claimed token that is not the model's choice is accepted (and counted as a near
    /// tie) when its score (logit, plus the Gumbel noise when sampled) is within this of the
    /// best score.
    pub tie_margin: f64,
    /// The canonical noise input is `f32(gumbel(...))` of an f64 definition: it matches when
    /// within this relative difference (plus the same absolute amount).
    pub noise_rel: f64,
}

/// `format` of a tolerances file.
pub const TOLERANCES_FORMAT: &str = "veritor-tolerances/1";

/// The calibration committed with the source (`veritor calibrate`, see `docs/protocol.md`).
pub const CALIBRATED_JSON: &str = include_str!("calibrated.json");

/// A tolerances file: the four thresholds and, when written by `veritor calibrate`, what was
/// observed (free-form, for people; the verifier reads only the thresholds).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TolerancesFile {
    pub format: String,
    pub tolerances: Tolerances,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calibration: Option<serde_json::Value>,
}

impl Tolerances {
    /// Parses a tolerances file (`veritor-tolerances/1`); every threshold must be finite and
    /// non-negative.
    pub fn parse(text: &str, what: &str) -> Result<Tolerances, String> {
        let file: TolerancesFile =
            messages::parse(text, "tolerances").map_err(|e| format!("{what}: {e}"))?;
        Tolerances::checked(file, what)
    }

    /// Reads a tolerances file (size-limited, strict, as every message).
    pub fn read(path: &Path) -> Result<Tolerances, String> {
        let file: TolerancesFile = messages::read(path, "tolerances")?;
        Tolerances::checked(file, &path.display().to_string())
    }

    fn checked(file: TolerancesFile, what: &str) -> Result<Tolerances, String> {
        messages::check_format(&file.format, TOLERANCES_FORMAT, what)?;
        let t = file.tolerances;
        for (name, v) in [
            ("fingerprint_rel", t.fingerprint_rel),
            ("fingerprint_abs", t.fingerprint_abs),
            ("tie_margin", t.tie_margin),
            ("noise_rel", t.noise_rel),
        ] {
            if !(v.is_finite() && v >= 0.0) {
                return Err(format!(
                    "{what}: {name} is {v}, not a finite non-negative number"
                ));
            }
        }
        Ok(t)
    }
}

impl Default for Tolerances {
    /// The committed calibration (`calibrated.json`).
    fn default() -> Tolerances {
        Tolerances::parse(CALIBRATED_JSON, "calibrated.json")
            .expect("the committed calibrated.json is a valid tolerances file (unit-tested)")
    }
}

/// The fixed projection seed of the committed fingerprints, from the claim's sampling seed
/// and request: public, so that the verifier recomputes committed fingerprints at opened
/// positions; the challenge adds a fresh seed the prover learns only after committing.
pub fn commit_projection_seed(seed: u64, request: u64) -> [u32; 2] {
    let mut h = blake3::Hasher::new();
    h.update(b"veritor-prove/1 commitment projection seed\0");
    h.update(&seed.to_le_bytes());
    h.update(&request.to_le_bytes());
    let b = h.finalize();
    let b = b.as_bytes();
    [
        u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
        u32::from_le_bytes([b[4], b[5], b[6], b[7]]),
    ]
}

/// The fingerprints of the teacher-forced scores at flat positions `flats` of `logits`
/// (`[B, L, V]`): each row, with non-finite scores (the `-inf` of tokens a sampler masked)
/// as 0, projected to `dim` by the Johnson-Lindenstrauss matrix of `seed`
/// (`veritor_protocol::fingerprint::project`, the definition `veritor-fingerprint` computes
/// in graphs).
pub fn fingerprints(logits: &Array, flats: &[u64], seed: [u32; 2], dim: u32) -> Vec<Vec<f32>> {
    let v = *logits.shape.last().unwrap_or(&1);
    // One projection of all the rows (the matrix is generated once, not once per row); each
    // row's fingerprint is computed exactly as a projection of that row alone.
    let all: Vec<f32> = rows(logits, flats)
        .into_iter()
        .flatten()
        .map(|x| if x.is_finite() { x } else { 0.0 })
        .collect();
    if flats.is_empty() || dim == 0 {
        return vec![Vec::new(); flats.len()];
    }
    veritor_protocol::fingerprint::project(&all, v, seed, dim as usize, false)
        .chunks(dim as usize)
        .map(<[f32]>::to_vec)
        .collect()
}

/// The canonical Gumbel noise `f32[B, L, V]`: `noise[b, p, i] = gumbel(seed, request + b, p,
/// i)` (`examples/canonical.py`, `protocol/src/sampling.rs`).
pub fn canonical_noise(seed: u64, request: u64, shape: &[usize]) -> Array {
    let (b, l, v) = (shape[0], shape[1], shape[2]);
    let mut values = Vec::with_capacity(b * l * v);
    for row in 0..b {
        for p in 0..l {
            for i in 0..v {
                values
                    .push(sampling::gumbel(seed, request + row as u64, p as u64, i as u64) as f32);
            }
        }
    }
    Array::from_f32(shape, &values)
}

/// The generated positions of a teacher-forced run: flat indices `b * L + p` of the rows of
/// `logits` (`[B, L, V]`) that are not all zero (`veritor-ar-to-tf` leaves zero rows where
/// the program wrote no choice), in row-major order. Leaf `i` of the commitment is the `i`-th.
pub fn generated_positions(logits: &Array) -> Vec<u64> {
    let v = *logits.shape.last().unwrap_or(&1);
    let values = logits.to_f64();
    values
        .chunks(v.max(1))
        .enumerate()
        .filter(|(_, row)| row.iter().any(|x| *x != 0.0))
        .map(|(i, _)| i as u64)
        .collect()
}

/// Rows of a `[..., D]` f32 array at flat row indices.
pub fn rows(array: &Array, indices: &[u64]) -> Vec<Vec<f32>> {
    let d = *array.shape.last().unwrap_or(&1);
    let values = array.to_f64();
    indices
        .iter()
        .map(|&i| {
            values[i as usize * d..(i as usize + 1) * d]
                .iter()
                .map(|x| *x as f32)
                .collect()
        })
        .collect()
}

/// `i32` values of an integer array.
pub fn i32_values(array: &Array) -> Vec<i32> {
    array.to_f64().iter().map(|x| *x as i32).collect()
}

/// Reads `.npy` bytes and checks them against the expected spec; the error names `what`.
pub fn parse_npy(
    bytes: &[u8],
    what: &str,
    expected: Option<&workload::TensorSpec>,
) -> Result<Array, String> {
    let array = npy::parse(bytes).map_err(|e| format!("{what}: {e}"))?;
    if let Some(spec) = expected {
        if array.dtype != spec.dtype || array.shape != spec.shape {
            return Err(format!(
                "{what}: is {}{:?}, the graph expects {spec}",
                array.dtype.name(),
                array.shape
            ));
        }
    }
    Ok(array)
}

/// [`parse_npy`] without keeping (or copying) the data: checks `.npy` bytes (header, data
/// length) against the expected spec.
pub fn check_npy(bytes: &[u8], what: &str, expected: &workload::TensorSpec) -> Result<(), String> {
    let (dtype, shape) = npy::parse_meta(bytes).map_err(|e| format!("{what}: {e}"))?;
    if dtype != expected.dtype || shape != expected.shape {
        return Err(format!(
            "{what}: is {}{:?}, the graph expects {expected}",
            dtype.name(),
            shape
        ));
    }
    Ok(())
}

/// The store directory: `--store`, else `$VERITOR_STORE`, else `./.veritor`.
pub fn store_path(given: Option<&Path>) -> PathBuf {
    given
        .map(Path::to_path_buf)
        .unwrap_or_else(veritor_store::Store::default_path)
}

/// A fresh scratch directory for one command.
pub fn scratch(tag: &str) -> Result<PathBuf, String> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let dir = std::env::temp_dir().join(format!(
        "veritor-{tag}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    Ok(dir)
}
