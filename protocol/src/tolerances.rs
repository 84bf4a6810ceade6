//! The tolerances of the verifier's numeric checks, in one place: [`Tolerances`] for a
//! decode claim's fingerprints, near ties and canonical noise (built in: the committed
//! `calibrated.json`, written by `veritor calibrate`), [`TrainingTolerances`] for a replayed
//! training step, and the one distance both are applied with ([`within`]).

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::messages;

/// The tolerances of the checks, in one place. The built-in values ([`Tolerances::default`])
/// are those of `calibrated.json` beside this file, written by `veritor calibrate` (honest
/// provers on JAX CPU and IREE CPU against the verifier on IREE CPU; thresholds are the
/// observed maxima times a stated margin, with floors: see `veritor_exchange::calibrate`
/// and `docs/protocol.md`); `veritor verify --tolerances FILE` reads another such file.
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

impl Tolerances {
    /// The relative L2 distance of a claimed fingerprint from the verifier's, and whether it
    /// is within `fingerprint_rel * |reference| + fingerprint_abs`.
    pub fn fingerprint_distance(&self, claimed: &[f32], reference: &[f32]) -> (f64, bool) {
        let widen = |x: &[f32]| x.iter().map(|v| *v as f64).collect::<Vec<f64>>();
        let reference = widen(reference);
        within(
            &widen(claimed),
            &reference,
            norm(&reference),
            self.fingerprint_rel,
            self.fingerprint_abs,
        )
    }

    /// The largest relative distance [`Tolerances::fingerprint_distance`] accepts from
    /// `reference`: `fingerprint_rel + fingerprint_abs / |reference|` (`fingerprint_abs` for a
    /// zero reference, where the distance is absolute).
    pub fn fingerprint_limit(&self, reference: &[f32]) -> f64 {
        let scale = reference
            .iter()
            .map(|v| (*v as f64) * (*v as f64))
            .sum::<f64>()
            .sqrt();
        if scale > 0.0 {
            self.fingerprint_rel + self.fingerprint_abs / scale
        } else {
            self.fingerprint_abs
        }
    }
}

/// The tolerances of a replayed step's comparisons (the fingerprints use
/// [`Tolerances`]'s). A claimed output checkpoint `c` matches the verifier's replay `r` from
/// input `w` when `|c - r| <= update_rel * |r - w| + update_abs` (L2 over every parameter:
/// relative to the step's update, so that a change of the learning rate or the data is not
/// lost in the weights' magnitude); the committed loss likewise, relative to the replayed
/// loss. Honest prover and verifier on the same IREE CPU build agree exactly (measured: 0 on
/// the tiny example); `update_rel` leaves room for another backend's rounding of the
/// gradient (JAX CPU against IREE CPU on the tiny step: see `docs/protocol.md`).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct TrainingTolerances {
    pub update_rel: f64,
    pub update_abs: f64,
}

impl Default for TrainingTolerances {
    fn default() -> TrainingTolerances {
        TrainingTolerances {
            update_rel: 1e-3,
            update_abs: 1e-7,
        }
    }
}

/// The L2 distance of `claimed` from `reference` relative to `scale`, and whether it is within
/// `rel * |scale| + abs` (`scale`: the norm the tolerance is relative to).
pub fn within(claimed: &[f64], reference: &[f64], scale: f64, rel: f64, abs: f64) -> (f64, bool) {
    let diff = claimed
        .iter()
        .zip(reference)
        .map(|(a, b)| (a - b) * (a - b))
        .sum::<f64>()
        .sqrt();
    let ok = claimed.len() == reference.len() && diff.is_finite() && diff <= rel * scale + abs;
    let d = if scale > 0.0 { diff / scale } else { diff };
    (if d.is_nan() { f64::INFINITY } else { d }, ok)
}

pub fn norm(x: &[f64]) -> f64 {
    x.iter().map(|v| v * v).sum::<f64>().sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_calibration_parses_and_is_the_default() {
        let t = Tolerances::parse(CALIBRATED_JSON, "calibrated.json").unwrap();
        assert_eq!(t, Tolerances::default());
        assert!(t.fingerprint_rel > 0.0 && t.tie_margin > 0.0);
    }

    #[test]
    fn bad_tolerance_files_are_refused() {
        let ok = r#"{"format":"veritor-tolerances/1","tolerances":{"fingerprint_rel":1e-5,"fingerprint_abs":1e-6,"tie_margin":1e-5,"noise_rel":1e-6}}"#;
        assert!(Tolerances::parse(ok, "t").is_ok());
        for bad in [
            ok.replace("tolerances/1", "tolerances/2"),
            ok.replace("1e-5,\"fingerprint_abs", "-1,\"fingerprint_abs"),
            ok.replace("\"noise_rel\":1e-6", "\"noise_rel\":1e-6,\"extra\":1"),
            ok.replace("\"tie_margin\":1e-5,", ""),
            ok[..20].to_string(),
        ] {
            assert!(Tolerances::parse(&bad, "t").is_err(), "{bad}");
        }
    }

    #[test]
    fn within_success_and_failure() {
        assert_eq!(within(&[1.0, 0.0], &[1.0, 0.0], 1.0, 0.0, 0.0), (0.0, true));
        let (d, ok) = within(&[1.0, 0.1], &[1.0, 0.0], 1.0, 0.05, 0.0);
        assert!(!ok && (d - 0.1).abs() < 1e-12);
        assert!(!within(&[f64::NAN], &[1.0], 1.0, 1.0, 1.0).1);
        assert!(
            !within(&[1.0], &[1.0, 2.0], 1.0, 1.0, 1.0).1,
            "lengths differ"
        );
    }

    #[test]
    fn fingerprint_distance_is_relative_to_the_reference() {
        let t = Tolerances {
            fingerprint_rel: 0.1,
            fingerprint_abs: 0.0,
            tie_margin: 0.0,
            noise_rel: 0.0,
        };
        let (d, ok) = t.fingerprint_distance(&[3.0, 4.5], &[3.0, 4.0]);
        assert!(ok && (d - 0.1).abs() < 1e-6);
        assert!(!t.fingerprint_distance(&[3.0, 5.0], &[3.0, 4.0]).1);
    }

    #[test]
    fn fingerprint_limit_is_the_largest_distance_accepted() {
        let t = Tolerances {
            fingerprint_rel: 0.1,
            fingerprint_abs: 0.5,
            tie_margin: 0.0,
            noise_rel: 0.0,
        };
        let reference = [3.0, 4.0];
        let limit = t.fingerprint_limit(&reference);
        assert!((limit - 0.2).abs() < 1e-12, "{limit}");
        for (claimed, ok) in [([3.0, 4.9], true), ([3.0, 5.1], false)] {
            let (d, accepted) = t.fingerprint_distance(&claimed, &reference);
            assert_eq!(
                (accepted, d <= limit),
                (ok, ok),
                "{claimed:?}: {d} vs {limit}"
            );
        }
        assert_eq!(t.fingerprint_limit(&[0.0, 0.0]), 0.5);
        // A zero reference: the distance is absolute, within the absolute floor.
        let (d, ok) = t.fingerprint_distance(&[0.3, 0.3], &[0.0, 0.0]);
        assert!(ok && d <= 0.5 && (d - 0.18f64.sqrt()).abs() < 1e-6, "{d}");
        assert!(!t.fingerprint_distance(&[0.3, 0.5], &[0.0, 0.0]).1);
    }
}
