//! The claim: what a prover asserts about a run, checkable offline by a verifier.
//!
//! ```json
//! {
//!   "format": "veritor-claim/1",
//!   "graph": "<64 hex: BLAKE3 of the reference StableHLO>",
//!   "entry": "main",
//!   "inputs": ["<64 hex>", ...],
//!   "outputs": ["<64 hex>", ...],
//!   "strategy": { "kind": "bit_exact" },
//!   "device": { "name": "h100-sxm5-80gb", "digest": "<64 hex>" }
//! }
//! ```
//!
//! `device` is optional (claims written before it existed have none, and still read): the
//! device descriptor the prover says it ran on, by its registry name and the BLAKE3 of its
//! canonical JSON ([`crate::device::Device::digest`]). Teacher forcing does not check it; a
//! memory spot check takes its deadline from it (`veritor-spot check --claim`).
//!
//! `strategy` is one of
//! - `{"kind": "bit_exact"}`: re-execute; outputs equal byte for byte;
//! - `{"kind": "stamp", "sampling": {"temperature": 0.8, "top_k": 40, "top_p": 0.95},
//!   "seed": 1, "request": 0, "positions": 256, "commitment": "<64 hex>",
//!   "fingerprint_dim": 64}`: teacher-forced re-execution of a generation of `positions`
//!   tokens committed under the Merkle root `commitment` ([`crate::commitment`]), sampled with
//!   [`crate::sampling`] keyed by `seed` and `request`; `top_k` may be omitted or `null`;
//! - `{"kind": "training_replay", "checkpoints": ["<64 hex>", ...], "steps": 3,
//!   "schedule": "<64 hex>", "commitment": "<64 hex>", "fingerprint_dim": 16}`: a chain of
//!   `steps` training steps, checkpoint `i + 1` being the weights after step `i` applied to
//!   checkpoint `i` (so `steps + 1` checkpoints, each the digest of a checkpoint manifest),
//!   on the data and learning rates of the `schedule` blob, committed step by step under the
//!   Merkle root `commitment` ([`crate::training`]); `inputs` are the initial parameters,
//!   `outputs` the final ones.
//!
//! Reading is strict: unknown fields anywhere, missing fields, wrong types, another `format`,
//! digests that are not 64 lowercase hex digits and sizes beyond the limits below are errors,
//! each one line naming the file and the field. A claim is data from an untrusted party: the
//! file is size-checked before it is parsed.

use std::fmt;
use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::hex;
use crate::sampling::SamplingParams;

/// The `format` every claim carries.
pub const FORMAT: &str = "veritor-claim/1";
/// Largest claim file read.
pub const MAX_CLAIM_BYTES: u64 = 1 << 20;
/// Most inputs or outputs.
pub const MAX_TENSORS: usize = 4096;
/// Longest entry-point name.
pub const MAX_ENTRY_LEN: usize = 256;
/// Largest fingerprint dimension.
pub const MAX_FINGERPRINT_DIM: u32 = 1 << 16;
/// Most committed positions of a `stamp` claim.
pub const MAX_POSITIONS: u64 = 1 << 32;
/// Most steps of a `training_replay` claim.
pub const MAX_STEPS: u64 = 1 << 16;

/// A claim (see the module documentation for the JSON).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// Always [`FORMAT`].
    pub format: String,
    /// BLAKE3 of the reference graph (StableHLO text), hex.
    pub graph: String,
    /// The entry point (public function) that was run.
    pub entry: String,
    /// BLAKE3 of each input tensor (`.npy` bytes), in argument order.
    pub inputs: Vec<String>,
    /// BLAKE3 of each output tensor (`.npy` bytes), in result order.
    pub outputs: Vec<String>,
    /// How the verifier checks the claim.
    pub strategy: Strategy,
    /// The device the prover says it ran on (absent in older claims, and then not written).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<DeviceRecord>,
}

/// The device a claim names: a descriptor's name and the digest of its canonical JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeviceRecord {
    /// The descriptor's name (its registry key).
    pub name: String,
    /// BLAKE3 of the descriptor's canonical JSON, hex.
    pub digest: String,
}

impl DeviceRecord {
    /// The record naming `device`.
    pub fn of(device: &crate::device::Device) -> DeviceRecord {
        DeviceRecord {
            name: device.name.clone(),
            digest: device.digest(),
        }
    }

    /// Checks the name (as a descriptor's) and the digest.
    pub fn validate(&self) -> Result<(), ClaimError> {
        crate::device::check_name(&self.name)
            .map_err(|e| invalid("device.name", format!("is invalid: {e}")))?;
        check_digest("device.digest", &self.digest)
    }
}

/// How a claim is checked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Strategy {
    /// Re-execute; outputs must be equal byte for byte. (A struct variant, so that
    /// `deny_unknown_fields` applies to it too: serde ignores extra fields of a unit variant.)
    BitExact {},
    /// Teacher-forced re-execution of a generation.
    Stamp {
        /// The sampling parameters every position was drawn with.
        sampling: SamplingParams,
        /// The sampling seed.
        seed: u64,
        /// The request id (keys the sampling stream and every commitment leaf).
        request: u64,
        /// Number of generated positions (leaves of the commitment).
        positions: u64,
        /// Merkle root over the positions' tokens and fingerprints, hex.
        commitment: String,
        /// Length of each fingerprint.
        fingerprint_dim: u32,
    },
    /// Replay of hash-linked training steps.
    TrainingReplay {
        /// BLAKE3 of each checkpoint, oldest first (`steps + 1` of them), hex.
        checkpoints: Vec<String>,
        /// Number of steps in the chain.
        steps: u64,
        /// BLAKE3 of the schedule blob (each step's data digests and learning rate), hex.
        schedule: String,
        /// Merkle root over the steps' leaves ([`crate::training`]), hex.
        commitment: String,
        /// Length of each fingerprint in a leaf.
        fingerprint_dim: u32,
    },
}

impl Strategy {
    /// `bit_exact`, `stamp` or `training_replay`, as in the JSON (and the store's index).
    pub fn kind(&self) -> &'static str {
        match self {
            Strategy::BitExact {} => "bit_exact",
            Strategy::Stamp { .. } => "stamp",
            Strategy::TrainingReplay { .. } => "training_replay",
        }
    }
}

/// Why a claim cannot be read or written. `Display` is one line naming the file (when there
/// is one) and the field.
#[derive(Debug)]
pub enum ClaimError {
    /// The file could not be read.
    Io { path: String, error: std::io::Error },
    /// The file is larger than [`MAX_CLAIM_BYTES`].
    TooLarge { path: String, size: u64 },
    /// Not JSON (syntax error or truncated).
    Malformed {
        path: Option<String>,
        message: String,
    },
    /// JSON, but not a claim: unknown or missing field, wrong type, unknown strategy.
    Schema {
        path: Option<String>,
        message: String,
    },
    /// A claim whose field value is invalid.
    Invalid {
        path: Option<String>,
        field: String,
        reason: String,
    },
}

impl ClaimError {
    fn with_path(self, p: &str) -> ClaimError {
        let p = Some(p.to_string());
        match self {
            ClaimError::Malformed { message, .. } => ClaimError::Malformed { path: p, message },
            ClaimError::Schema { message, .. } => ClaimError::Schema { path: p, message },
            ClaimError::Invalid { field, reason, .. } => ClaimError::Invalid {
                path: p,
                field,
                reason,
            },
            other => other,
        }
    }
}

impl fmt::Display for ClaimError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let prefix = |p: &Option<String>| p.as_ref().map(|p| format!("{p}: ")).unwrap_or_default();
        match self {
            ClaimError::Io { path, error } => write!(f, "{path}: cannot read claim: {error}"),
            ClaimError::TooLarge { path, size } => write!(
                f,
                "{path}: claim is {size} bytes, more than the limit of {MAX_CLAIM_BYTES}"
            ),
            ClaimError::Malformed { path, message } => {
                write!(f, "{}malformed claim JSON: {message}", prefix(path))
            }
            ClaimError::Schema { path, message } => {
                write!(f, "{}not a {FORMAT} claim: {message}", prefix(path))
            }
            ClaimError::Invalid {
                path,
                field,
                reason,
            } => {
                write!(f, "{}invalid claim: `{field}` {reason}", prefix(path))
            }
        }
    }
}

impl std::error::Error for ClaimError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ClaimError::Io { error, .. } => Some(error),
            _ => None,
        }
    }
}

fn invalid(field: impl Into<String>, reason: impl Into<String>) -> ClaimError {
    ClaimError::Invalid {
        path: None,
        field: field.into(),
        reason: reason.into(),
    }
}

fn check_digest(field: &str, text: &str) -> Result<(), ClaimError> {
    hex::decode(text)
        .map(|_| ())
        .map_err(|e| invalid(field, format!("is {e}")))
}

fn check_digests(field: &str, list: &[String]) -> Result<(), ClaimError> {
    if list.len() > MAX_TENSORS {
        return Err(invalid(
            field,
            format!(
                "has {} entries, more than the limit of {MAX_TENSORS}",
                list.len()
            ),
        ));
    }
    for (i, d) in list.iter().enumerate() {
        check_digest(&format!("{field}[{i}]"), d)?;
    }
    Ok(())
}

impl Claim {
    /// Reads and validates a claim file.
    pub fn read(path: impl AsRef<Path>) -> Result<Claim, ClaimError> {
        let path = path.as_ref();
        let shown = path.display().to_string();
        let io = |error| ClaimError::Io {
            path: shown.clone(),
            error,
        };
        let file = std::fs::File::open(path).map_err(io)?;
        let mut bytes = Vec::new();
        file.take(MAX_CLAIM_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(io)?;
        if bytes.len() as u64 > MAX_CLAIM_BYTES {
            let size = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
            return Err(ClaimError::TooLarge { path: shown, size });
        }
        Claim::from_slice(&bytes).map_err(|e| e.with_path(&shown))
    }

    /// Parses and validates a claim from JSON text.
    pub fn from_json(text: &str) -> Result<Claim, ClaimError> {
        Claim::from_slice(text.as_bytes())
    }

    fn from_slice(bytes: &[u8]) -> Result<Claim, ClaimError> {
        let claim: Claim = serde_json::from_slice(bytes).map_err(|e| {
            let message = crate::messages::json_error_text(&e);
            match e.classify() {
                serde_json::error::Category::Data => ClaimError::Schema {
                    path: None,
                    message,
                },
                _ => ClaimError::Malformed {
                    path: None,
                    message,
                },
            }
        })?;
        claim.validate()?;
        Ok(claim)
    }

    /// The claim as pretty JSON (validated first: an invalid claim is never written).
    pub fn to_json(&self) -> Result<String, ClaimError> {
        self.validate()?;
        Ok(serde_json::to_string_pretty(self).expect("a claim always serialises"))
    }

    /// Checks every field's value (the types were checked when parsing).
    pub fn validate(&self) -> Result<(), ClaimError> {
        if self.format != FORMAT {
            return Err(invalid(
                "format",
                format!("is {:?}, expected {FORMAT:?}", self.format),
            ));
        }
        check_digest("graph", &self.graph)?;
        let entry_ok = |c: char| c.is_ascii_alphanumeric() || "_.$-".contains(c);
        if self.entry.is_empty()
            || self.entry.len() > MAX_ENTRY_LEN
            || !self.entry.chars().all(entry_ok)
        {
            return Err(invalid(
                "entry",
                format!(
                    "is {:?}: expected 1 to {MAX_ENTRY_LEN} characters of [A-Za-z0-9_.$-]",
                    self.entry
                ),
            ));
        }
        check_digests("inputs", &self.inputs)?;
        check_digests("outputs", &self.outputs)?;
        if self.outputs.is_empty() {
            return Err(invalid(
                "outputs",
                "is empty: a claim asserts at least one output",
            ));
        }
        if let Some(device) = &self.device {
            device.validate()?;
        }
        match &self.strategy {
            Strategy::BitExact {} => {}
            Strategy::Stamp {
                sampling,
                positions,
                commitment,
                fingerprint_dim,
                ..
            } => {
                sampling
                    .validate()
                    .map_err(|e| invalid("strategy.sampling", format!("is invalid: {e}")))?;
                if *positions == 0 || *positions > MAX_POSITIONS {
                    return Err(invalid(
                        "strategy.positions",
                        format!("is {positions}: expected 1 to {MAX_POSITIONS}"),
                    ));
                }
                check_digest("strategy.commitment", commitment)?;
                if *fingerprint_dim == 0 || *fingerprint_dim > MAX_FINGERPRINT_DIM {
                    return Err(invalid(
                        "strategy.fingerprint_dim",
                        format!("is {fingerprint_dim}: expected 1 to {MAX_FINGERPRINT_DIM}"),
                    ));
                }
            }
            Strategy::TrainingReplay {
                checkpoints,
                steps,
                schedule,
                commitment,
                fingerprint_dim,
            } => {
                check_digest("strategy.schedule", schedule)?;
                check_digest("strategy.commitment", commitment)?;
                if *fingerprint_dim == 0 || *fingerprint_dim > MAX_FINGERPRINT_DIM {
                    return Err(invalid(
                        "strategy.fingerprint_dim",
                        format!("is {fingerprint_dim}: expected 1 to {MAX_FINGERPRINT_DIM}"),
                    ));
                }
                if *steps == 0 || *steps > MAX_STEPS {
                    return Err(invalid(
                        "strategy.steps",
                        format!("is {steps}: expected 1 to {MAX_STEPS}"),
                    ));
                }
                if checkpoints.len() as u64 != steps + 1 {
                    return Err(invalid(
                        "strategy.checkpoints",
                        format!(
                            "has {} entries: a chain of {steps} steps has {} checkpoints",
                            checkpoints.len(),
                            steps + 1
                        ),
                    ));
                }
                for (i, d) in checkpoints.iter().enumerate() {
                    check_digest(&format!("strategy.checkpoints[{i}]"), d)?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An edit of a claim's JSON value.
    type Edit = fn(&mut serde_json::Value);

    fn d(n: u8) -> String {
        hex::encode(&[n; 32])
    }

    fn claim(strategy: Strategy) -> Claim {
        Claim {
            format: FORMAT.to_string(),
            graph: d(1),
            entry: "main".to_string(),
            inputs: vec![d(2), d(3)],
            outputs: vec![d(4)],
            strategy,
            device: None,
        }
    }

    fn with_device(strategy: Strategy) -> Claim {
        Claim {
            device: Some(DeviceRecord {
                name: "h100-sxm5-80gb".into(),
                digest: d(11),
            }),
            ..claim(strategy)
        }
    }

    fn stamp() -> Strategy {
        Strategy::Stamp {
            sampling: SamplingParams {
                temperature: 0.8,
                top_k: Some(40),
                top_p: 0.95,
            },
            seed: u64::MAX,
            request: 3,
            positions: 256,
            commitment: d(5),
            fingerprint_dim: 64,
        }
    }

    fn training() -> Strategy {
        Strategy::TrainingReplay {
            checkpoints: vec![d(6), d(7), d(8)],
            steps: 2,
            schedule: d(9),
            commitment: d(10),
            fingerprint_dim: 16,
        }
    }

    /// Parses `json` after applying `edit` to the valid stamp claim's JSON value.
    fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> Result<Claim, ClaimError> {
        let mut v = serde_json::to_value(claim(stamp())).unwrap();
        edit(&mut v);
        Claim::from_json(&v.to_string())
    }

    #[test]
    fn round_trips_each_strategy() {
        for s in [Strategy::BitExact {}, stamp(), training()] {
            let c = claim(s);
            let json = c.to_json().unwrap();
            assert_eq!(Claim::from_json(&json).unwrap(), c);
        }
        let json = claim(stamp()).to_json().unwrap();
        assert!(json.contains(r#""kind": "stamp""#));
        assert!(json.contains("18446744073709551615"), "u64 seeds survive");
        assert_eq!(claim(training()).strategy.kind(), "training_replay");
        assert_eq!(claim(Strategy::BitExact {}).strategy.kind(), "bit_exact");
    }

    #[test]
    fn device_success_round_trips_and_is_optional() {
        for s in [Strategy::BitExact {}, stamp(), training()] {
            let c = with_device(s);
            let json = c.to_json().unwrap();
            assert!(json.contains(r#""device": {"#), "{json}");
            assert_eq!(Claim::from_json(&json).unwrap(), c);
        }
        // Without a device nothing is written: older claims keep their bytes and ids.
        let json = claim(stamp()).to_json().unwrap();
        assert!(!json.contains("device"), "{json}");
        let d = crate::device::datasheets()[0].clone();
        let r = DeviceRecord::of(&d);
        assert_eq!((r.name.as_str(), r.digest), ("a100-sxm4-80gb", d.digest()));
    }

    #[test]
    fn device_failure_malformed_record_is_one_line() {
        let with = |edit: Edit| {
            let mut v = serde_json::to_value(with_device(stamp())).unwrap();
            edit(&mut v);
            Claim::from_json(&v.to_string()).unwrap_err().to_string()
        };
        let cases: [(Edit, &str); 7] = [
            (
                |v| v["device"]["digest"] = "abc".into(),
                "invalid claim: `device.digest` is \"abc\" is not a BLAKE3 digest",
            ),
            (
                |v| v["device"]["name"] = "a/b".into(),
                "invalid claim: `device.name` is invalid: name \"a/b\"",
            ),
            (|v| v["device"]["name"] = "".into(), "`device.name`"),
            (
                |v| v["device"]["colour"] = "red".into(),
                "unknown field `colour`",
            ),
            (
                |v| drop(v["device"].as_object_mut().unwrap().remove("digest")),
                "missing field `digest`",
            ),
            (
                |v| v["device"] = "h100".into(),
                "invalid type: string \"h100\", expected struct DeviceRecord",
            ),
            (|v| v["device"]["name"] = 5.into(), "expected a string"),
        ];
        for (edit, want) in cases {
            let e = with(edit);
            assert!(e.contains(want), "{e} lacks {want}");
            assert_eq!(e.lines().count(), 1, "{e}");
        }
        // `null` is the same as absent.
        let mut v = serde_json::to_value(claim(stamp())).unwrap();
        v["device"] = serde_json::Value::Null;
        assert_eq!(Claim::from_json(&v.to_string()).unwrap().device, None);
    }

    #[test]
    fn documented_example_parses() {
        let text = format!(
            r#"{{"format": "veritor-claim/1", "graph": "{g}", "entry": "decode_step",
                "inputs": [], "outputs": ["{g}"],
                "strategy": {{"kind": "stamp",
                  "sampling": {{"temperature": 0, "top_p": 1}},
                  "seed": 1, "request": 0, "positions": 8, "commitment": "{g}",
                  "fingerprint_dim": 16}}}}"#,
            g = d(9)
        );
        let c = Claim::from_json(&text).unwrap();
        let Strategy::Stamp { sampling, .. } = c.strategy else {
            panic!("stamp")
        };
        assert_eq!(sampling, SamplingParams::GREEDY);
    }

    #[test]
    fn malformed_json() {
        for text in [
            "",
            "{",
            "{\"format\": }",
            "{\"format\": \"veritor-claim/1\", ",
            "not json",
        ] {
            let e = Claim::from_json(text).unwrap_err();
            assert!(matches!(e, ClaimError::Malformed { .. }), "{text:?}: {e}");
            assert!(e.to_string().starts_with("malformed claim JSON: "), "{e}");
            assert!(e.to_string().contains("line 1"), "{e}");
        }
        let trailing = claim(Strategy::BitExact {}).to_json().unwrap() + " x";
        let e = Claim::from_json(&trailing).unwrap_err();
        assert!(e.to_string().contains("trailing characters"), "{e}");
        assert!(matches!(e, ClaimError::Malformed { .. }), "{e}");
    }

    #[test]
    fn unknown_fields_everywhere() {
        let cases: [(&str, Edit); 3] = [
            ("extra", |v| v["extra"] = 1.into()),
            ("colour", |v| v["strategy"]["colour"] = "red".into()),
            ("min_p", |v| v["strategy"]["sampling"]["min_p"] = 0.1.into()),
        ];
        for (name, edit) in cases {
            let e = edited(edit).unwrap_err();
            assert!(matches!(e, ClaimError::Schema { .. }), "{e}");
            let text = e.to_string();
            assert!(text.contains(&format!("unknown field `{name}`")), "{text}");
        }
        let e = Claim::from_json(&claim(Strategy::BitExact {}).to_json().unwrap().replace(
            r#""kind": "bit_exact""#,
            r#""kind": "bit_exact", "seed": 1"#,
        ))
        .unwrap_err();
        assert!(e.to_string().contains("unknown field `seed`"), "{e}");
        let e = edited(|v| v["strategy"]["kind"] = "vibes".into()).unwrap_err();
        assert!(e.to_string().contains("unknown variant `vibes`"), "{e}");
    }

    #[test]
    fn from_json_failure_newline_in_a_field_name_is_one_line() {
        // serde_json quotes the input's field name or variant as it is.
        let e = edited(|v| v["ex\ntra"] = 1.into()).unwrap_err();
        assert_eq!(e.to_string().lines().count(), 1, "{e}");
        assert!(e.to_string().contains("unknown field `ex\\ntra`"), "{e}");
        let e = edited(|v| v["strategy"]["kind"] = "vi\rbes".into()).unwrap_err();
        assert!(e.to_string().contains("unknown variant `vi\\rbes`"), "{e}");
    }

    #[test]
    fn wrong_types_and_missing_fields() {
        let cases: [(Edit, &str); 7] = [
            (
                |v| v["inputs"] = "abc".into(),
                "invalid type: string \"abc\", expected a sequence",
            ),
            (
                |v| v["entry"] = 5.into(),
                "invalid type: integer `5`, expected a string",
            ),
            (
                |v| v["strategy"]["seed"] = (-1).into(),
                "invalid value: integer `-1`, expected u64",
            ),
            (|v| v["strategy"]["seed"] = "1".into(), "expected u64"),
            (
                |v| v["strategy"]["sampling"]["top_p"] = true.into(),
                "expected f64",
            ),
            (
                |v| drop(v.as_object_mut().unwrap().remove("graph")),
                "missing field `graph`",
            ),
            (
                |v| drop(v["strategy"].as_object_mut().unwrap().remove("kind")),
                "missing field `kind`",
            ),
        ];
        for (edit, want) in cases {
            let e = edited(edit).unwrap_err();
            assert!(matches!(e, ClaimError::Schema { .. }), "{e}");
            assert!(e.to_string().contains(want), "{e} lacks {want}");
            assert!(
                e.to_string().starts_with("not a veritor-claim/1 claim: "),
                "{e}"
            );
        }
    }

    #[test]
    fn invalid_values_name_the_field() {
        let cases: [(Edit, &str); 14] = [
            (
                |v| v["format"] = "veritor-claim/2".into(),
                "`format` is \"veritor-claim/2\"",
            ),
            (
                |v| v["graph"] = "abc".into(),
                "`graph` is \"abc\" is not a BLAKE3 digest",
            ),
            (|v| v["graph"] = d(0xab).to_uppercase().into(), "`graph`"),
            (|v| v["inputs"][1] = "zz".repeat(32).into(), "`inputs[1]`"),
            (
                |v| v["outputs"] = serde_json::json!([]),
                "`outputs` is empty",
            ),
            (|v| v["entry"] = "".into(), "`entry` is \"\""),
            (|v| v["entry"] = "main; rm -rf /".into(), "`entry`"),
            (|v| v["entry"] = "x".repeat(257).into(), "`entry`"),
            (
                |v| v["strategy"]["commitment"] = "00".into(),
                "`strategy.commitment`",
            ),
            (
                |v| v["strategy"]["positions"] = 0.into(),
                "`strategy.positions` is 0",
            ),
            (
                |v| v["strategy"]["fingerprint_dim"] = 0.into(),
                "`strategy.fingerprint_dim` is 0",
            ),
            (
                |v| v["strategy"]["sampling"]["top_k"] = 0.into(),
                "`strategy.sampling` is invalid: top_k 0",
            ),
            (
                |v| v["strategy"]["sampling"]["top_p"] = 1.5.into(),
                "top_p 1.5",
            ),
            (
                |v| v["strategy"]["sampling"]["temperature"] = (-1.0).into(),
                "temperature -1",
            ),
        ];
        for (edit, want) in cases {
            let e = edited(edit).unwrap_err();
            assert!(matches!(e, ClaimError::Invalid { .. }), "{e}");
            assert!(e.to_string().starts_with("invalid claim: "), "{e}");
            assert!(e.to_string().contains(want), "{e} lacks {want}");
        }
        let many = claim(Strategy::BitExact {});
        let mut many = Claim {
            inputs: vec![d(0); MAX_TENSORS + 1],
            ..many
        };
        assert!(many
            .to_json()
            .unwrap_err()
            .to_string()
            .contains("`inputs` has 4097 entries"));
        many.inputs.clear();
        assert!(many.to_json().is_ok());
    }

    #[test]
    fn training_chain_shape() {
        let bad = |checkpoints: usize, steps: u64| {
            claim(Strategy::TrainingReplay {
                checkpoints: vec![d(1); checkpoints],
                steps,
                schedule: d(2),
                commitment: d(3),
                fingerprint_dim: 16,
            })
            .validate()
            .unwrap_err()
            .to_string()
        };
        assert!(
            bad(3, 3).contains("`strategy.checkpoints` has 3 entries: a chain of 3 steps has 4")
        );
        assert!(bad(1, 0).contains("`strategy.steps` is 0"));
        assert!(bad(2, MAX_STEPS + 1).contains("`strategy.steps`"));
        let mut c = claim(training());
        if let Strategy::TrainingReplay { checkpoints, .. } = &mut c.strategy {
            checkpoints[2] = "x".into();
        }
        assert!(c
            .validate()
            .unwrap_err()
            .to_string()
            .contains("`strategy.checkpoints[2]`"));
        let mut c = claim(training());
        if let Strategy::TrainingReplay {
            commitment,
            fingerprint_dim,
            ..
        } = &mut c.strategy
        {
            *commitment = "00".into();
            *fingerprint_dim = 0;
        }
        assert!(c
            .validate()
            .unwrap_err()
            .to_string()
            .contains("`strategy.commitment`"));
    }

    #[test]
    fn read_names_the_file() {
        let dir =
            std::env::temp_dir().join(format!("veritor-protocol-claim-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = dir.join("good.json");
        let c = claim(stamp());
        std::fs::write(&good, c.to_json().unwrap()).unwrap();
        assert_eq!(Claim::read(&good).unwrap(), c);

        let bad = dir.join("bad.json");
        std::fs::write(&bad, "{\"format\": ").unwrap();
        let e = Claim::read(&bad).unwrap_err().to_string();
        assert!(
            e.starts_with(&format!("{}: malformed claim JSON", bad.display())),
            "{e}"
        );

        std::fs::write(&bad, r#"{"format": "veritor-claim/1", "oops": 1}"#).unwrap();
        let e = Claim::read(&bad).unwrap_err().to_string();
        assert!(
            e.starts_with(&format!("{}: not a veritor-claim/1 claim", bad.display())),
            "{e}"
        );

        let mut v = serde_json::to_value(&c).unwrap();
        v["graph"] = "g".into();
        std::fs::write(&bad, v.to_string()).unwrap();
        let e = Claim::read(&bad).unwrap_err().to_string();
        assert!(
            e.starts_with(&format!("{}: invalid claim: `graph`", bad.display())),
            "{e}"
        );

        let huge = dir.join("huge.json");
        std::fs::write(&huge, vec![b' '; MAX_CLAIM_BYTES as usize + 10]).unwrap();
        let e = Claim::read(&huge).unwrap_err();
        assert!(matches!(e, ClaimError::TooLarge { size, .. } if size == MAX_CLAIM_BYTES + 10));

        let missing = dir.join("missing.json");
        let e = Claim::read(&missing).unwrap_err().to_string();
        assert!(
            e.starts_with(&format!("{}: cannot read claim", missing.display())),
            "{e}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
