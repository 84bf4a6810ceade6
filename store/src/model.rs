//! The rows of the index: workloads, claims, runs, and the references from them to blobs.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::Digest;

/// Milliseconds since the Unix epoch, now (0 if the clock is before 1970).
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// Declares a fieldless enum stored in the index by its snake_case name.
macro_rules! named_enum {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The name stored in the index and printed by the CLI.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// Parses a name; the error lists the valid ones.
            pub fn parse(text: &str) -> Result<$name, Invalid> {
                $name::ALL
                    .iter()
                    .copied()
                    .find(|value| value.as_str() == text)
                    .ok_or_else(|| Invalid {
                        what: $what,
                        message: format!(
                            "{text:?} is not one of {}",
                            $name::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
                        ),
                    })
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

named_enum! {
    /// The index tables whose rows may reference blobs.
    Kind, "kind" {
        /// A workload, named by its `name`.
        Workload = "workload",
        /// A claim, named by its `id`.
        Claim = "claim",
        /// A run, named by its `id`.
        Run = "run",
    }
}

named_enum! {
    /// How a claim is to be checked (issue 6, item 2).
    Strategy, "strategy" {
        /// Re-execute; outputs must be equal bit for bit.
        BitExact = "bit_exact",
        /// Teacher-forced re-execution with fingerprints within tolerance.
        Stamp = "stamp",
        /// Replay of training steps from checkpoints linked by digest.
        TrainingReplay = "training_replay",
    }
}

named_enum! {
    /// Who performed a run.
    Role, "role" {
        /// The untrusted party that produced the outputs.
        Prover = "prover",
        /// The party that re-executed to check them.
        Verifier = "verifier",
    }
}

named_enum! {
    /// Where a run stands.
    RunStatus, "status" {
        /// Started, not finished (or the process died before it finished).
        Running = "running",
        /// Finished and produced its outputs.
        Succeeded = "succeeded",
        /// Finished with an error.
        Failed = "failed",
    }
}

named_enum! {
    /// Which field of an index row a reference comes from.
    Field, "field" {
        /// A workload's graph (its IR).
        Graph = "graph",
        /// A claim's input, by position.
        Input = "input",
        /// A claim's or run's output, by position.
        Output = "output",
        /// A claim's JSON body.
        Body = "body",
        /// Anything else linked with `Store::link` (manifests, modules, checkpoints...).
        Link = "link",
    }
}

/// A program registered in the store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workload {
    /// Unique name.
    pub name: String,
    /// Digest of the graph blob (StableHLO text).
    pub graph: Digest,
    /// The function to run, e.g. `main`.
    pub entry_point: String,
    /// When it was added, Unix milliseconds.
    pub created_ms: i64,
}

impl Workload {
    /// A workload created now.
    pub fn new(name: &str, graph: Digest, entry_point: &str) -> Workload {
        Workload {
            name: name.to_string(),
            graph,
            entry_point: entry_point.to_string(),
            created_ms: now_ms(),
        }
    }
}

/// What a prover claims about a run of a workload.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// Unique id.
    pub id: String,
    /// The workload's name.
    pub workload: String,
    /// How the claim is checked.
    pub strategy: Strategy,
    /// Input blobs, in order.
    pub inputs: Vec<Digest>,
    /// Output blobs, in order.
    pub outputs: Vec<Digest>,
    /// The prover's commitment (a BLAKE3 root; a value, not a blob).
    pub commitment: Digest,
    /// Digest of the claim's JSON body blob.
    pub body: Digest,
    /// When it was added, Unix milliseconds.
    pub created_ms: i64,
}

/// One execution of a workload by a prover or a verifier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    /// Unique id.
    pub id: String,
    /// The workload's name.
    pub workload: String,
    /// Who ran it.
    pub role: Role,
    /// Where it ran, e.g. `iree-llvm-cpu`, `jax-cpu`, `iree-cuda`.
    pub backend: String,
    /// Where it stands.
    pub status: RunStatus,
    /// Output blobs, in order.
    pub outputs: Vec<Digest>,
    /// When it started, Unix milliseconds.
    pub started_ms: i64,
    /// When it finished, Unix milliseconds.
    pub finished_ms: Option<i64>,
}

/// One reference from an index row to a blob: what keeps the blob alive through `gc`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Reference {
    /// The row's table.
    pub kind: Kind,
    /// The row's name or id.
    pub id: String,
    /// Which field.
    pub field: Field,
    /// Position within the field (inputs and outputs; 0 otherwise).
    pub position: u32,
    /// The blob.
    pub digest: Digest,
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {:?} {}", self.kind, self.id, self.field)?;
        if matches!(self.field, Field::Input | Field::Output) {
            write!(f, " {}", self.position)?;
        }
        Ok(())
    }
}

/// Most bytes a name, id, entry point or backend may have.
pub const MAX_NAME_LEN: usize = 256;

/// Checks a name, id, entry point or backend: 1 to 256 bytes, no control characters.
pub(crate) fn check_name(what: &'static str, text: &str) -> Result<(), Invalid> {
    let message = if text.is_empty() {
        "must not be empty".to_string()
    } else if text.len() > MAX_NAME_LEN {
        format!("{} bytes is longer than {MAX_NAME_LEN}", text.len())
    } else if let Some(c) = text.chars().find(|c| c.is_control()) {
        format!("{text:?} holds the control character {c:?}")
    } else {
        return Ok(());
    };
    Err(Invalid { what, message })
}

/// A name, id or other argument that breaks the rules (the store reports it as
/// `Error::Invalid`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid {
    /// Which argument.
    pub what: &'static str,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {}: {}", self.what, self.message)
    }
}

impl std::error::Error for Invalid {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_success_every_name_roundtrips() {
        for s in Strategy::ALL {
            assert_eq!(Strategy::parse(s.as_str()).unwrap(), *s);
        }
        assert_eq!(
            Strategy::parse("training_replay").unwrap(),
            Strategy::TrainingReplay
        );
        assert_eq!(Kind::parse("run").unwrap(), Kind::Run);
    }

    #[test]
    fn parse_failure_lists_valid_names() {
        let err = Strategy::parse("fast").unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid strategy: \"fast\" is not one of bit_exact, stamp, training_replay"
        );
    }

    #[test]
    fn serde_success_snake_case_names() {
        assert_eq!(
            serde_json::to_string(&Strategy::BitExact).unwrap(),
            "\"bit_exact\""
        );
        assert_eq!(
            serde_json::to_string(&RunStatus::Succeeded).unwrap(),
            "\"succeeded\""
        );
    }

    #[test]
    fn check_name_failure_empty_long_control() {
        assert!(check_name("name", "w1").is_ok());
        assert_eq!(
            check_name("name", "").unwrap_err().to_string(),
            "invalid name: must not be empty"
        );
        assert!(check_name("id", &"x".repeat(257)).is_err());
        assert!(check_name("id", "a\nb")
            .unwrap_err()
            .to_string()
            .contains("control character '\\n'"));
    }

    #[test]
    fn reference_display_success_positions_only_for_lists() {
        let digest = Digest::of(b"");
        let reference = Reference {
            kind: Kind::Claim,
            id: "c1".into(),
            field: Field::Output,
            position: 2,
            digest,
        };
        assert_eq!(reference.to_string(), "claim \"c1\" output 2");
        let reference = Reference {
            field: Field::Body,
            position: 0,
            ..reference
        };
        assert_eq!(reference.to_string(), "claim \"c1\" body");
    }
}
