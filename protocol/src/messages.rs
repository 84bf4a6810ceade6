//! The messages between the roles besides the claim (`veritor-claim/1`, in
//! `veritor-protocol`): JSON files, read strictly (size limit before parsing, unknown fields
//! refused), each error one line naming the file; and the challenge's check against a claim.

use std::path::Path;

use crate::challenge::{self, Challenge, ChallengeParams};
use crate::commitment::Opening;
use crate::hex;
use crate::training::StepOpening;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// `format` of a challenge message.
pub const CHALLENGE_FORMAT: &str = "veritor-challenge/1";
/// `format` of an openings message.
pub const OPENINGS_FORMAT: &str = "veritor-openings/1";
/// `format` of the prover's per-position data (a blob in the store, linked to its claim).
pub const POSITIONS_FORMAT: &str = "veritor-positions/1";
/// Largest message read (an openings file of 4096 positions with 64-dim fingerprints is
/// about 10 MB).
pub const MAX_MESSAGE_BYTES: u64 = 64 << 20;

/// The challenger's message, sent after it has received the claim: the secret (revealed),
/// its earlier commitment, what was asked for, and the challenge derived from them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChallengeMessage {
    /// Always [`CHALLENGE_FORMAT`].
    pub format: String,
    /// The secret, 64 hex digits (revealed now).
    pub secret: String,
    /// `commit_secret(secret)`, published before the claim was received, 64 hex digits.
    pub secret_commitment: String,
    /// How many positions (and training steps) there are and how many to open.
    pub params: ChallengeParams,
    /// `derive(secret, root, params)`: anyone can recompute it.
    pub challenge: Challenge,
}

/// The prover's answer to a challenge.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpeningsMessage {
    /// Always [`OPENINGS_FORMAT`].
    pub format: String,
    /// The claim's commitment (root), 64 hex digits.
    pub root: String,
    /// The challenge's projection seed the `fingerprints` were computed under.
    pub projection_seed: [u32; 2],
    /// One opening per challenged position, in the challenge's order.
    pub openings: Vec<Opening>,
    /// The fingerprint of each opened position under `projection_seed`, same order.
    pub fingerprints: Vec<Vec<f32>>,
    /// One opening per challenged training step, in the challenge's order
    /// (`training_replay` claims; absent otherwise).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<StepOpening>,
}

/// What the prover keeps (in the store, linked to the claim) to open positions later.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PositionsData {
    /// Always [`POSITIONS_FORMAT`].
    pub format: String,
    /// The request id.
    pub request: u64,
    /// The projection seed of the committed fingerprints.
    pub projection_seed: [u32; 2],
    /// Flat index `b * L + p` in the token buffer of each leaf.
    pub positions: Vec<u64>,
    /// The token of each leaf.
    pub tokens: Vec<i32>,
    /// The committed fingerprint of each leaf.
    pub fingerprints: Vec<Vec<f32>>,
}

impl ChallengeMessage {
    /// The challenge for `root` under `params`, from the challenger's `secret`, with the
    /// secret and its commitment revealed beside it.
    pub fn derive(
        secret: &[u8; 32],
        root: &[u8; 32],
        params: ChallengeParams,
    ) -> Result<ChallengeMessage, String> {
        let challenge = challenge::derive(secret, root, &params).map_err(|e| e.to_string())?;
        Ok(ChallengeMessage {
            format: CHALLENGE_FORMAT.to_string(),
            secret: hex::encode(secret),
            secret_commitment: hex::encode(&challenge::commit_secret(secret)),
            params,
            challenge,
        })
    }

    /// Checks the challenge against a claim's root and position count: its format, its secret
    /// against its commitment (and against `expected_commitment`, the one published before the
    /// claim, when the verifier holds it), and that it derives from the secret and the root.
    pub fn check(
        &self,
        root: &[u8; 32],
        positions: u64,
        expected_commitment: Option<[u8; 32]>,
    ) -> Result<(), String> {
        let c = self;
        check_format(&c.format, CHALLENGE_FORMAT, "the challenge")?;
        let secret = hex::decode(&c.secret).map_err(|e| format!("challenge secret: {e}"))?;
        let commitment = hex::decode(&c.secret_commitment)
            .map_err(|e| format!("challenge secret_commitment: {e}"))?;
        if !challenge::verify_secret(&secret, &commitment) {
            return Err("the challenge's secret does not match its commitment".to_string());
        }
        if let Some(expected) = expected_commitment {
            if expected != commitment {
                return Err(
                    "the challenge's secret is not the one committed to before the claim"
                        .to_string(),
                );
            }
        }
        if c.params.positions != positions {
            return Err(format!(
                "the challenge is over {} positions, the claim commits to {positions}",
                c.params.positions
            ));
        }
        let derived = challenge::derive(&secret, root, &c.params).map_err(|e| e.to_string())?;
        if derived != c.challenge {
            return Err(
                "the challenge does not derive from its secret and this claim's root".to_string(),
            );
        }
        Ok(())
    }
}

/// Reads a JSON message strictly: the size limit first, then the exact format.
pub fn read<T: DeserializeOwned>(path: &Path, what: &str) -> Result<T, String> {
    let name = path.display();
    let size = std::fs::metadata(path)
        .map_err(|e| format!("{name}: cannot read {what}: {e}"))?
        .len();
    if size > MAX_MESSAGE_BYTES {
        return Err(format!(
            "{name}: {what} is {size} bytes, more than the limit of {MAX_MESSAGE_BYTES}"
        ));
    }
    let text =
        std::fs::read_to_string(path).map_err(|e| format!("{name}: cannot read {what}: {e}"))?;
    parse(&text, what).map_err(|e| format!("{name}: {e}"))
}

/// Parses a JSON message; the error is one line.
pub fn parse<T: DeserializeOwned>(text: &str, what: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| {
        let kind = if e.is_syntax() || e.is_eof() {
            "malformed"
        } else {
            "invalid"
        };
        format!("{kind} {what} JSON: {}", json_error_text(&e))
    })
}

/// A JSON parser's error as one line: serde_json quotes field names and variants from the
/// input as they are, so a field named `"a\nb"` made a two-line error; control characters
/// are escaped (`\n`, `\u{1b}`).
pub fn json_error_text(e: &serde_json::Error) -> String {
    let text = e.to_string();
    if !text.chars().any(char::is_control) {
        return text;
    }
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Checks a message's `format` field.
pub fn check_format(found: &str, expected: &str, what: &str) -> Result<(), String> {
    if found == expected {
        Ok(())
    } else {
        Err(format!(
            "{what} has format {found:?}, expected {expected:?}"
        ))
    }
}

/// Writes `value` as pretty JSON to `path` (atomically: a temporary file, then a rename), or
/// to stdout when `path` is `-`.
pub fn write<T: Serialize>(path: &Path, value: &T) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())? + "\n";
    if path == Path::new("-") {
        print!("{text}");
        return Ok(());
    }
    let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
    std::fs::write(&tmp, text)
        .and_then(|_| std::fs::rename(&tmp, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            format!("{}: cannot write: {e}", path.display())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_failure_field_name_with_a_newline_is_one_line() {
        // Found by `make fuzz` (target openings): the unknown field was quoted as it was.
        let text = r#"{"format": "veritor-openings/1", "tok\n\u001b": 1}"#;
        let err = parse::<OpeningsMessage>(text, "openings").unwrap_err();
        assert!(!err.contains('\n') && !err.contains('\u{1b}'), "{err:?}");
        assert!(
            err.starts_with("invalid openings JSON: unknown field `tok\\n\\u{1b}`"),
            "{err}"
        );
    }

    #[test]
    fn check_failure_challenge_opens_too_many_steps() {
        // A challenge of a bit-exact or training claim asking to replay 2^40 of 2^40 steps:
        // its check used to derive the 2^40 steps (out of memory) before comparing the step
        // count with the claim's.
        let secret = [5u8; 32];
        let root = [6u8; 32];
        let mut c = ChallengeMessage::derive(
            &secret,
            &root,
            ChallengeParams {
                positions: 0,
                open: 0,
                steps: 4,
                open_steps: 2,
            },
        )
        .unwrap();
        c.params.steps = 1 << 40;
        c.params.open_steps = 1 << 40;
        let text = serde_json::to_string(&c).unwrap();
        let read: ChallengeMessage = parse(&text, "challenge").unwrap();
        assert_eq!(
            read.check(&root, 0, None).unwrap_err(),
            "cannot open 1099511627776 training steps: a challenge opens at most 65536"
        );
    }
}
