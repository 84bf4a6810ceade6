//! The verifier's answer: [`Verdict`] (accept, reject, cannot verify; the reasons; a
//! per-position table for decode claims, a per-step table for training claims), its JSON
//! form (`veritor-verdict/1`) and its text summary.

use std::fmt::Write as _;

use serde::Serialize;

use crate::claim::DeviceRecord;
use crate::tolerances::{Tolerances, TrainingTolerances};

/// `format` of a verdict.
pub const VERDICT_FORMAT: &str = "veritor-verdict/1";

/// The decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Every check passed.
    Accept,
    /// A check failed: the claim is false (or its openings are).
    Reject,
    /// The claim could not be checked: malformed input, a missing blob, a refused graph,
    /// missing openings. Not an acceptance.
    CannotVerify,
}

impl Outcome {
    /// The process exit code: 0 accept, 1 reject, 2 cannot verify.
    pub fn exit_code(self) -> u8 {
        match self {
            Outcome::Accept => 0,
            Outcome::Reject => 1,
            Outcome::CannotVerify => 2,
        }
    }
}

/// How an opened token compares with the graph's choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    /// The graph chose this token.
    Match,
    /// The graph chose another token whose score is within the tie tolerance.
    NearTie,
    /// The graph chose another token.
    Mismatch,
}

/// One opened position.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PositionReport {
    /// Leaf index (the challenged position).
    pub leaf: u64,
    /// Batch row and sequence position in the token buffer.
    pub row: u64,
    pub column: u64,
    /// The opened token.
    pub token: i32,
    /// The graph's teacher-forced choice.
    pub predicted: i32,
    pub choice: Choice,
    /// Best score minus the token's score (logit, plus noise when sampled); 0 on a match.
    pub margin: f64,
    /// Best score minus the second best, whatever the tokens: how far the position was from
    /// a tie (`null` with fewer than two finite scores).
    pub runner_up_margin: Option<f64>,
    /// `-ln p(token)` (nats) under the graph's scores (tempered and truncated when sampled);
    /// `null` when the token has probability 0.
    pub surprisal: Option<f64>,
    /// Relative L2 distance of the committed fingerprint from the verifier's.
    pub commit_distance: f64,
    /// Relative L2 distance of the fingerprint under the challenge's seed.
    pub challenge_distance: f64,
    /// The largest `commit_distance` and `challenge_distance` accepted (the tolerance in the
    /// same relative units: `fingerprint_rel + fingerprint_abs / |reference|`).
    pub commit_limit: f64,
    pub challenge_limit: f64,
    /// Whether the Merkle proof verified.
    pub proof: bool,
    /// What failed here (empty when nothing did).
    pub problems: Vec<String>,
}

/// The verifier's answer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Verdict {
    /// Always [`VERDICT_FORMAT`].
    pub format: String,
    pub outcome: Outcome,
    /// Why (empty on accept).
    pub reasons: Vec<String>,
    /// `bit_exact`, `stamp` or `training_replay` (`null` when the claim was unreadable).
    pub strategy: Option<String>,
    /// The device the claim says it ran on (absent when it names none). Shown, not checked:
    /// teacher forcing says nothing about hardware; memory spot checks do.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device: Option<DeviceRecord>,
    /// Positions committed and opened (stamp).
    pub positions: u64,
    pub opened: usize,
    /// Opened positions accepted as near ties.
    pub near_ties: usize,
    /// Largest relative fingerprint distance over the opened positions (both seeds).
    pub max_fingerprint_distance: f64,
    /// Mean surprisal (nats) over the opened positions with a finite one.
    pub mean_surprisal: Option<f64>,
    /// The tolerances applied.
    pub tolerances: TolerancesReport,
    /// Seconds spent in the teacher-forced (or, bit_exact, the re-executed) runs, and in all.
    pub run_seconds: f64,
    pub total_seconds: f64,
    /// One row per opened position.
    pub table: Vec<PositionReport>,
    /// One row per replayed training step (`training_replay`; absent otherwise).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<StepReport>,
    /// The tolerances of the training comparisons (`training_replay`; absent otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub training_tolerances: Option<TrainingTolerances>,
}

/// [`Tolerances`] as reported.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TolerancesReport {
    pub fingerprint_rel: f64,
    pub fingerprint_abs: f64,
    pub tie_margin: f64,
    pub noise_rel: f64,
}

impl Verdict {
    /// An accepting verdict with nothing checked yet, under `tolerances`.
    pub fn new(tolerances: &Tolerances) -> Verdict {
        Verdict {
            format: VERDICT_FORMAT.to_string(),
            outcome: Outcome::Accept,
            reasons: Vec::new(),
            strategy: None,
            device: None,
            positions: 0,
            opened: 0,
            near_ties: 0,
            max_fingerprint_distance: 0.0,
            mean_surprisal: None,
            tolerances: TolerancesReport {
                fingerprint_rel: tolerances.fingerprint_rel,
                fingerprint_abs: tolerances.fingerprint_abs,
                tie_margin: tolerances.tie_margin,
                noise_rel: tolerances.noise_rel,
            },
            run_seconds: 0.0,
            total_seconds: 0.0,
            table: Vec::new(),
            steps: Vec::new(),
            training_tolerances: None,
        }
    }

    /// A verdict of "cannot verify" for `reason` (e.g. a claim file that cannot be read).
    pub fn cannot_verify(reason: impl Into<String>, tolerances: &Tolerances) -> Verdict {
        let mut v = Verdict::new(tolerances);
        v.outcome = Outcome::CannotVerify;
        v.reasons.push(reason.into());
        v
    }

    /// Turns the verdict into a rejection (unless it already cannot verify) for `reason`.
    pub fn reject(&mut self, reason: impl Into<String>) {
        if self.outcome == Outcome::Accept {
            self.outcome = Outcome::Reject;
        }
        self.reasons.push(reason.into());
    }

    /// The verdict for people: the decision, the reasons, the per-position table.
    pub fn summary(&self) -> String {
        let mut s = String::new();
        let word = match self.outcome {
            Outcome::Accept => "ACCEPT",
            Outcome::Reject => "REJECT",
            Outcome::CannotVerify => "CANNOT VERIFY",
        };
        let strategy = self.strategy.as_deref().unwrap_or("unknown");
        let _ = write!(s, "verdict: {word} ({strategy} claim");
        if strategy == "stamp" {
            let _ = write!(
                s,
                ", {} of {} positions opened, {} near ties",
                self.opened, self.positions, self.near_ties
            );
        }
        if strategy == "training_replay" {
            let _ = write!(s, ", {} of {} steps replayed", self.opened, self.positions);
        }
        let _ = writeln!(
            s,
            "; runs {:.3} s, total {:.3} s)",
            self.run_seconds, self.total_seconds
        );
        if let Some(d) = &self.device {
            let _ = writeln!(
                s,
                "  device (as claimed, not checked here): {} (descriptor {})",
                d.name, d.digest
            );
        }
        for r in &self.reasons {
            let _ = writeln!(s, "  reason: {r}");
        }
        training_summary(self, &mut s);
        if !self.table.is_empty() {
            let _ = writeln!(
                s,
                "  {:>5} {:>4} {:>4} {:>6} {:>6} {:<9} {:>9} {:>9} {:>10} {:>10}",
                "leaf",
                "row",
                "pos",
                "token",
                "model",
                "choice",
                "margin",
                "surprisal",
                "fp-commit",
                "fp-chal"
            );
            for p in &self.table {
                let choice = match p.choice {
                    Choice::Match => "match",
                    Choice::NearTie => "near-tie",
                    Choice::Mismatch => "MISMATCH",
                };
                let surprisal = p.surprisal.map_or("inf".to_string(), |x| format!("{x:.3}"));
                let _ = writeln!(
                    s,
                    "  {:>5} {:>4} {:>4} {:>6} {:>6} {:<9} {:>9.2e} {:>9} {:>10.2e} {:>10.2e}{}",
                    p.leaf,
                    p.row,
                    p.column,
                    p.token,
                    p.predicted,
                    choice,
                    p.margin,
                    surprisal,
                    p.commit_distance,
                    p.challenge_distance,
                    if p.proof { "" } else { "  BAD PROOF" }
                );
            }
            let _ = writeln!(
                s,
                "  worst fingerprint distance {:.2e} (tolerance {:.0e} relative + {:.0e}); mean surprisal {}",
                self.max_fingerprint_distance,
                self.tolerances.fingerprint_rel,
                self.tolerances.fingerprint_abs,
                self.mean_surprisal
                    .map_or("n/a".to_string(), |x| format!("{x:.3} nats"))
            );
        }
        s
    }
}

/// One replayed step, as the verifier reports it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StepReport {
    pub step: u64,
    /// The committed learning rate and loss.
    pub lr: f32,
    pub loss: f32,
    /// The loss of the verifier's replay.
    pub replayed_loss: f32,
    /// `|claimed out - replayed out| / |replayed out - in|` (L2 over every parameter): how far
    /// the claimed output checkpoint is from the replay, relative to the step's update.
    pub update_distance: f64,
    /// Largest relative distance of the committed fingerprints from the verifier's.
    pub fingerprint_distance: f64,
    /// Whether the Merkle proof verified.
    pub proof: bool,
    /// Seconds of the replayed run.
    pub seconds: f64,
    /// What failed here (empty when nothing did).
    pub problems: Vec<String>,
}

/// The training part of a verdict's summary: one row per replayed step.
fn training_summary(verdict: &Verdict, s: &mut String) {
    if verdict.steps.is_empty() {
        return;
    }
    let _ = writeln!(
        s,
        "  {:>5} {:>10} {:>10} {:>10} {:>10} {:>10} {:>8}",
        "step", "lr", "loss", "replayed", "update-d", "fp-d", "seconds"
    );
    for r in &verdict.steps {
        let _ = writeln!(
            s,
            "  {:>5} {:>10.4e} {:>10.6} {:>10.6} {:>10.2e} {:>10.2e} {:>8.3}{}",
            r.step,
            r.lr,
            r.loss,
            r.replayed_loss,
            r.update_distance,
            r.fingerprint_distance,
            r.seconds,
            if r.problems.is_empty() {
                ""
            } else {
                "  FAILED"
            }
        );
    }
    if let Some(t) = verdict.training_tolerances {
        let _ = writeln!(
            s,
            "  update distance tolerance {:.0e} relative to the update + {:.0e}",
            t.update_rel, t.update_abs
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_success_shows_the_claimed_device_and_json_carries_it() {
        let mut v = Verdict::new(&Tolerances::default());
        v.strategy = Some("bit_exact".into());
        let json = serde_json::to_string(&v).unwrap();
        assert!(!json.contains("device"), "{json}");
        assert!(!v.summary().contains("device"));
        v.device = Some(DeviceRecord {
            name: "h100-sxm5-80gb".into(),
            digest: "ab".repeat(32),
        });
        let line = format!(
            "  device (as claimed, not checked here): h100-sxm5-80gb (descriptor {})\n",
            "ab".repeat(32)
        );
        assert!(v.summary().contains(&line), "{}", v.summary());
        let json: serde_json::Value = serde_json::to_value(&v).unwrap();
        assert_eq!(json["device"]["name"], "h100-sxm5-80gb");
        assert_eq!(json["device"]["digest"], "ab".repeat(32));
    }
}
