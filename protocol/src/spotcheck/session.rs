//! Spot-check sessions: the decision over several challenges that separates a prover that is
//! slow on every challenge (its state on disk, or recomputed) from an honest one hit by rare
//! scheduling spikes.
//!
//! A session is `R` challenges sent one after another on one connection, each on a fresh
//! nonce. Each answer has an *overshoot*: its latency minus the time the descriptor allows
//! for reading and sending it (`crate::device::Device::deadline` without slack). The session
//! passes when
//! - every answer carries the right bytes and proofs;
//! - every overshoot is at most the *hard slack* (generous: it absorbs a rare spike);
//! - the `q`-th smallest overshoot (by default the median, `q = ceil(R / 2)`) is at most the
//!   *session slack* (tight: most answers must come at memory speed).
//!
//! The `q`-th smallest overshoot is within the session slack exactly when at least `q` of
//! the `R` answers are, so the decision is a count: a prover that beats the session slack on
//! a challenge with probability `p`, independently of the other challenges (each is a fresh
//! random draw), passes with probability `P[Bin(R, p) >= q]`
//! ([`slow_escape_probability`]); a prover missing a fraction of the chunks must answer every
//! challenge right, so it escapes with the single-challenge probability to the power `R`
//! ([`session_escape_probability`]).
//!
//! Both slacks are calibrated on an honest prover ([`calibrate`]): [`HARD_FACTOR`] times the
//! largest honest overshoot (hard: generous, because the largest of a few hundred answers
//! says little about the largest of thousands), and [`SESSION_FACTOR`] times the largest
//! `q`-th smallest overshoot of whole calibration sessions (session), each at least a floor.

use std::time::Duration;

use super::{escape_probability, SpotError};

/// Most challenges a session may hold.
pub const MAX_CHALLENGES: usize = 10_000;
/// The hard slack is this many times the largest honest overshoot seen in calibration.
pub const HARD_FACTOR: u32 = 4;
/// The session slack is this many times the largest honest statistic seen in calibration.
pub const SESSION_FACTOR: u32 = 2;

/// What a session asks and how it decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Challenges per session (`R`).
    pub challenges: usize,
    /// The statistic: the `rank`-th smallest overshoot (1-based, `q`).
    pub rank: usize,
    /// Largest overshoot allowed to any one answer.
    pub hard_slack: Duration,
    /// Largest `rank`-th smallest overshoot allowed.
    pub session_slack: Duration,
}

/// The rank of the median of `challenges` answers (the lower one when even): `ceil(R / 2)`.
pub fn median_rank(challenges: usize) -> usize {
    challenges.div_ceil(2)
}

impl Rule {
    /// Refuses no challenges, more than [`MAX_CHALLENGES`], and a rank outside `1..=R`.
    pub fn validate(&self) -> Result<(), SpotError> {
        if !(1..=MAX_CHALLENGES).contains(&self.challenges) {
            return Err(SpotError(format!(
                "a session has 1 to {MAX_CHALLENGES} challenges, not {}",
                self.challenges
            )));
        }
        if !(1..=self.challenges).contains(&self.rank) {
            return Err(SpotError(format!(
                "the session's rank {} is outside 1..={}",
                self.rank, self.challenges
            )));
        }
        Ok(())
    }
}

/// One answered challenge of a session, as the challenger saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timed {
    /// From the request's first byte sent to the response's last byte received.
    pub latency: Duration,
    /// What the descriptor allows for reading and sending the answer (no slack).
    pub allowed: Duration,
    /// Why the answer is wrong (proofs, count, a refusal), if it is.
    pub wrong: Option<String>,
}

impl Timed {
    /// The time beyond what the descriptor allows (zero when within it).
    pub fn overshoot(&self) -> Duration {
        self.latency.saturating_sub(self.allowed)
    }
}

/// The session's decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Every answer right and within the hard slack, the statistic within the session slack.
    Pass { statistic: Duration },
    /// Answer `challenge` (0-based) is wrong; the first such.
    Wrong { challenge: usize, why: String },
    /// Answer `challenge` overshot the hard slack; the first such.
    Late {
        challenge: usize,
        overshoot: Duration,
    },
    /// The statistic exceeded the session slack: the prover is slow on most challenges.
    Slow { statistic: Duration },
}

impl Decision {
    /// Whether the session passed.
    pub fn passed(&self) -> bool {
        matches!(self, Decision::Pass { .. })
    }

    /// One line: pass or fail, and why.
    pub fn summary(&self, rule: &Rule) -> String {
        let ms = |d: &Duration| d.as_secs_f64() * 1e3;
        match self {
            Decision::Pass { statistic } => format!(
                "pass: the {} smallest overshoot of {} is {:.3} ms (session slack {:.3} ms)",
                ordinal(rule.rank),
                rule.challenges,
                ms(statistic),
                ms(&rule.session_slack)
            ),
            Decision::Wrong { challenge, why } => format!("FAIL: challenge {challenge}: {why}"),
            Decision::Late {
                challenge,
                overshoot,
            } => format!(
                "FAIL: challenge {challenge} overshot by {:.3} ms (hard slack {:.3} ms)",
                ms(overshoot),
                ms(&rule.hard_slack)
            ),
            Decision::Slow { statistic } => format!(
                "FAIL: too slow: the {} smallest overshoot of {} is {:.3} ms (session slack {:.3} ms)",
                ordinal(rule.rank),
                rule.challenges,
                ms(statistic),
                ms(&rule.session_slack)
            ),
        }
    }
}

/// `1st`, `2nd`, `3rd`, `4th`, ..., `11th`, `21st`.
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The `rank`-th smallest of `values` (1-based); `None` when `rank` is 0 or too large.
pub fn order_statistic(values: &[Duration], rank: usize) -> Option<Duration> {
    if rank == 0 || rank > values.len() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    Some(sorted[rank - 1])
}

/// Decides a session of `answers` under `rule`: wrong answers first (the first one), then
/// the hard slack (the first answer past it), then the statistic. An error when the rule is
/// invalid or the number of answers is not the rule's.
pub fn decide(rule: &Rule, answers: &[Timed]) -> Result<Decision, SpotError> {
    rule.validate()?;
    if answers.len() != rule.challenges {
        return Err(SpotError(format!(
            "a session of {} challenges got {} answers",
            rule.challenges,
            answers.len()
        )));
    }
    if let Some((challenge, why)) = answers
        .iter()
        .enumerate()
        .find_map(|(i, a)| a.wrong.clone().map(|w| (i, w)))
    {
        return Ok(Decision::Wrong { challenge, why });
    }
    let overshoots: Vec<Duration> = answers.iter().map(Timed::overshoot).collect();
    if let Some(challenge) = overshoots.iter().position(|&o| o > rule.hard_slack) {
        return Ok(Decision::Late {
            challenge,
            overshoot: overshoots[challenge],
        });
    }
    let statistic = order_statistic(&overshoots, rule.rank).expect("a valid rank");
    Ok(if statistic > rule.session_slack {
        Decision::Slow { statistic }
    } else {
        Decision::Pass { statistic }
    })
}

/// The slacks that honest calibration sessions give: [`HARD_FACTOR`] times the largest
/// overshoot of any answer (hard) and [`SESSION_FACTOR`] times the largest `rank`-th
/// smallest overshoot of a session (session), each at least `floor`. Every calibration
/// session must hold at least `rank` answers.
pub fn calibrate(
    sessions: &[Vec<Duration>],
    rank: usize,
    floor: Duration,
) -> Result<(Duration, Duration), SpotError> {
    if sessions.is_empty() {
        return Err(SpotError("calibration needs at least one session".into()));
    }
    let mut worst = Duration::ZERO;
    let mut worst_statistic = Duration::ZERO;
    for s in sessions {
        let statistic = order_statistic(s, rank).ok_or_else(|| {
            SpotError(format!(
                "a calibration session of {} answers has no rank {rank}",
                s.len()
            ))
        })?;
        worst_statistic = worst_statistic.max(statistic);
        worst = worst.max(s.iter().copied().max().unwrap_or_default());
    }
    Ok((
        (worst * HARD_FACTOR).max(floor),
        (worst_statistic * SESSION_FACTOR).max(floor),
    ))
}

/// The probability that a prover which beats the session slack on each challenge with
/// probability `p` (independently) passes the statistic: `P[Bin(R, p) >= rank]`.
pub fn slow_escape_probability(challenges: usize, rank: usize, p: f64) -> f64 {
    if rank == 0 {
        return 1.0;
    }
    if rank > challenges || !(0.0..=1.0).contains(&p) {
        return 0.0;
    }
    (rank..=challenges)
        .map(|j| {
            binomial(challenges, j) * p.powi(j as i32) * (1.0 - p).powi((challenges - j) as i32)
        })
        .sum::<f64>()
        .min(1.0)
}

/// `C(n, j)` as a float.
fn binomial(n: usize, j: usize) -> f64 {
    let j = j.min(n - j);
    (0..j).fold(1.0, |c, i| c * (n - i) as f64 / (i + 1) as f64)
}

/// The probability that a prover lacking `missing` of `n` chunks passes a session of
/// `challenges` challenges of `k` slices each: every challenge must miss the missing chunks,
/// `escape_probability(n, missing, k) ^ R`.
pub fn session_escape_probability(n: u64, missing: u64, k: u64, challenges: usize) -> f64 {
    escape_probability(n, missing, k).powi(challenges.min(i32::MAX as usize) as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    fn rule() -> Rule {
        Rule {
            challenges: 5,
            rank: median_rank(5),
            hard_slack: ms(100),
            session_slack: ms(20),
        }
    }

    /// Answers of the given latencies (ms), each allowed 4 ms.
    fn timed(latencies: &[u64]) -> Vec<Timed> {
        latencies
            .iter()
            .map(|&l| Timed {
                latency: ms(l),
                allowed: ms(4),
                wrong: None,
            })
            .collect()
    }

    #[test]
    fn decide_success_honest_with_spikes_passes() {
        // Two spikes of the five are forgiven; the median overshoot is 12 ms.
        let d = decide(&rule(), &timed(&[10, 95, 16, 14, 60])).unwrap();
        assert_eq!(d, Decision::Pass { statistic: ms(12) });
        assert!(d.passed());
        assert!(d.summary(&rule()).contains("3rd smallest"), "{:?}", d);
    }

    #[test]
    fn decide_failure_systematically_slow_is_caught() {
        // Every answer within the hard slack, but most beyond the session slack.
        let d = decide(&rule(), &timed(&[30, 20, 90, 35, 26])).unwrap();
        assert_eq!(d, Decision::Slow { statistic: ms(26) });
        assert!(d.summary(&rule()).starts_with("FAIL: too slow"));
    }

    #[test]
    fn decide_success_statistic_on_the_limit_passes() {
        let d = decide(&rule(), &timed(&[24, 24, 24, 104, 104])).unwrap();
        assert_eq!(d, Decision::Pass { statistic: ms(20) });
    }

    #[test]
    fn decide_failure_one_answer_past_the_hard_slack() {
        let d = decide(&rule(), &timed(&[5, 5, 105, 5, 200])).unwrap();
        assert_eq!(
            d,
            Decision::Late {
                challenge: 2,
                overshoot: ms(101)
            }
        );
    }

    #[test]
    fn decide_failure_a_wrong_answer_fails_even_when_fast() {
        let mut answers = timed(&[5, 5, 5, 5, 5]);
        answers[3].wrong = Some("spot check failed: slice 7".into());
        answers[4].wrong = Some("later".into());
        let d = decide(&rule(), &answers).unwrap();
        assert_eq!(
            d,
            Decision::Wrong {
                challenge: 3,
                why: "spot check failed: slice 7".into()
            }
        );
    }

    #[test]
    fn decide_failure_bad_rule_or_count_is_an_error() {
        assert!(decide(&rule(), &timed(&[5, 5]))
            .unwrap_err()
            .0
            .contains("got 2"));
        let bad = Rule { rank: 6, ..rule() };
        assert!(decide(&bad, &timed(&[5; 5]))
            .unwrap_err()
            .0
            .contains("rank 6"));
        let none = Rule {
            challenges: 0,
            rank: 0,
            ..rule()
        };
        assert!(decide(&none, &[]).is_err());
    }

    #[test]
    fn order_statistic_success_and_out_of_range() {
        let v = [ms(3), ms(1), ms(2)];
        assert_eq!(order_statistic(&v, 1), Some(ms(1)));
        assert_eq!(order_statistic(&v, 3), Some(ms(3)));
        assert_eq!(order_statistic(&v, 0), None);
        assert_eq!(order_statistic(&v, 4), None);
        assert_eq!(median_rank(20), 10);
        assert_eq!(median_rank(21), 11);
    }

    #[test]
    fn calibrate_success_multiples_of_the_worst_of_each() {
        let sessions = vec![vec![ms(1), ms(2), ms(50)], vec![ms(4), ms(3), ms(5)]];
        let (hard, session) = calibrate(&sessions, 2, ms(1)).unwrap();
        assert_eq!(hard, ms(200));
        assert_eq!(session, ms(8));
        let (hard, session) = calibrate(&sessions, 2, ms(30)).unwrap();
        assert_eq!((hard, session), (ms(200), ms(30)));
        assert!(calibrate(&[], 1, ms(1)).is_err());
        assert!(calibrate(&sessions, 4, ms(1)).is_err());
    }

    #[test]
    fn bound_success_binomial_tails() {
        // P[Bin(3, 0.5) >= 2] = 4/8.
        assert!((slow_escape_probability(3, 2, 0.5) - 0.5).abs() < 1e-12);
        assert_eq!(slow_escape_probability(20, 10, 0.0), 0.0);
        assert!((slow_escape_probability(20, 10, 1.0) - 1.0).abs() < 1e-12);
        // A prover fast on 10% of challenges passes a median of 20 with probability < 1e-5.
        assert!(slow_escape_probability(20, 10, 0.1) < 1e-5);
        assert_eq!(slow_escape_probability(20, 0, 0.3), 1.0);
        assert!((binomial(20, 10) - 184_756.0).abs() < 1e-6);
        let one = escape_probability(1000, 10, 64);
        assert!((session_escape_probability(1000, 10, 64, 3) - one.powi(3)).abs() < 1e-15);
    }

    #[test]
    fn ordinal_success_suffixes() {
        let got: Vec<String> = [1, 2, 3, 4, 10, 11, 12, 13, 21, 22, 111]
            .map(ordinal)
            .into();
        assert_eq!(
            got,
            ["1st", "2nd", "3rd", "4th", "10th", "11th", "12th", "13th", "21st", "22nd", "111th"]
        );
    }
}
