//! Training replay: the per-step commitment of a chain of training steps.
//!
//! A `training_replay` claim ([`crate::claim::Strategy::TrainingReplay`]) names `steps + 1`
//! checkpoints (the initial weights, then the weights after each step) and a Merkle root over
//! one leaf per step. A leaf binds everything the step consumed and produced:
//!
//! ```text
//! leaf = BLAKE3(STEP_LEAF_TAG || step (u64 LE) || checkpoint_in (32) || data count (u64 LE)
//!               || data digests (32 each) || lr (f32 LE) || checkpoint_out (32) || loss (f32 LE)
//!               || fingerprint dim (u64 LE) || update fingerprint (f32 LE each)
//!               || weights fingerprint (f32 LE each))
//! ```
//!
//! with the tree, nodes and root of [`crate::commitment`] (the leaf tag differs from a
//! position leaf's, so neither passes for the other). Leaf `i` is step `i`. The two
//! fingerprints are seeded random projections (the Rademacher projection of
//! `veritor-fingerprint`) of the step's update `new - old` (for SGD, `-lr` times the gradient)
//! and of the updated weights, every parameter tensor flattened and concatenated in argument
//! order, under the public seed [`crate::seeds::training_projection_seed`] of the initial checkpoint.

use serde::{Deserialize, Serialize};

use crate::commitment::{self, CommitmentError, Hash, Proof, Tree};
use crate::hex;

/// Domain tag of a training-step leaf.
pub const STEP_LEAF_TAG: &[u8] = b"veritor-training/1 step leaf\0";

/// `format` of a checkpoint manifest (a store object).
pub const CHECKPOINT_FORMAT: &str = "veritor-checkpoint/1";
/// `format` of a schedule (a store object; its digest is in the claim).
pub const SCHEDULE_FORMAT: &str = "veritor-training-schedule/1";
/// `format` of the prover's trace (a store object linked to the claim).
pub const TRACE_FORMAT: &str = "veritor-training-trace/1";

/// A checkpoint manifest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checkpoint {
    pub format: String,
    /// Digest of each parameter tensor (`.npy`), in argument order.
    pub tensors: Vec<String>,
}

/// What the chain trained on: each step's learning rate and data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    pub format: String,
    pub learning_rates: Vec<f32>,
    /// Digest of each data tensor of each step, in argument order.
    pub data: Vec<Vec<String>>,
}

/// The prover's leaves, kept to open steps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trace {
    pub format: String,
    pub records: Vec<StepRecord>,
}

/// What one training step consumed and produced (a leaf's preimage, digests as hex).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepRecord {
    /// The step's index in the chain (also its leaf index).
    pub step: u64,
    /// Digest of the checkpoint manifest the step started from.
    pub checkpoint_in: String,
    /// Digest of each data tensor (`.npy`) the step consumed, in argument order.
    pub data: Vec<String>,
    /// The learning rate.
    pub lr: f32,
    /// Digest of the checkpoint manifest the step produced.
    pub checkpoint_out: String,
    /// The loss the step reported.
    pub loss: f32,
    /// Projection of the update (new weights minus old).
    pub update_fingerprint: Vec<f32>,
    /// Projection of the new weights.
    pub weights_fingerprint: Vec<f32>,
}

fn digest(field: &str, text: &str) -> Result<[u8; 32], String> {
    hex::decode(text).map_err(|e| format!("{field}: {e}"))
}

impl StepRecord {
    /// The leaf hash (see the module documentation). Fails on a digest that is not 64 hex
    /// digits or fingerprints of different lengths.
    pub fn leaf_hash(&self) -> Result<Hash, String> {
        if self.update_fingerprint.len() != self.weights_fingerprint.len() {
            return Err(format!(
                "step {}: update fingerprint of {} values, weights fingerprint of {}",
                self.step,
                self.update_fingerprint.len(),
                self.weights_fingerprint.len()
            ));
        }
        let mut h = blake3::Hasher::new();
        h.update(STEP_LEAF_TAG);
        h.update(&self.step.to_le_bytes());
        h.update(&digest("checkpoint_in", &self.checkpoint_in)?);
        h.update(&(self.data.len() as u64).to_le_bytes());
        for (i, d) in self.data.iter().enumerate() {
            h.update(&digest(&format!("data[{i}]"), d)?);
        }
        h.update(&self.lr.to_le_bytes());
        h.update(&digest("checkpoint_out", &self.checkpoint_out)?);
        h.update(&self.loss.to_le_bytes());
        h.update(&(self.update_fingerprint.len() as u64).to_le_bytes());
        h.update(&commitment::fingerprint_bytes(&self.update_fingerprint));
        h.update(&commitment::fingerprint_bytes(&self.weights_fingerprint));
        Ok(*h.finalize().as_bytes())
    }
}

/// The tree over a chain's steps: leaf `i` is `records[i]`, whose `step` must be `i`.
pub fn tree(records: &[StepRecord]) -> Result<Tree, String> {
    let leaves = records
        .iter()
        .enumerate()
        .map(|(i, r)| {
            if r.step != i as u64 {
                return Err(format!("record {i} is for step {}", r.step));
            }
            r.leaf_hash()
        })
        .collect::<Result<Vec<_>, _>>()?;
    Tree::new(leaves).map_err(|e: CommitmentError| e.to_string())
}

/// One opened step: its record and inclusion proof.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepOpening {
    pub record: StepRecord,
    pub proof: Proof,
}

impl StepOpening {
    /// Opens step `record.step` of `tree`.
    pub fn new(tree: &Tree, record: StepRecord) -> Result<StepOpening, String> {
        let proof = tree.open(record.step).map_err(|e| e.to_string())?;
        Ok(StepOpening { record, proof })
    }

    /// Whether this is step `record.step` of a chain of `steps` steps under `root`: the
    /// proof's index is the step, its leaf count is `steps`, and it verifies. Never panics.
    pub fn verify(&self, root: &Hash, steps: u64) -> bool {
        self.proof.index == self.record.step
            && self.proof.leaves == steps
            && self
                .record
                .leaf_hash()
                .is_ok_and(|leaf| commitment::verify_proof(root, &leaf, &self.proof))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(step: u64) -> StepRecord {
        StepRecord {
            step,
            checkpoint_in: hex::encode(&[step as u8; 32]),
            data: vec![hex::encode(&[0xd0; 32])],
            lr: 0.1,
            checkpoint_out: hex::encode(&[step as u8 + 1; 32]),
            loss: 3.0,
            update_fingerprint: vec![0.5, -0.25],
            weights_fingerprint: vec![1.0, 2.0],
        }
    }

    #[test]
    fn every_field_is_bound_and_proofs_verify() {
        let records: Vec<StepRecord> = (0..5).map(record).collect();
        let t = tree(&records).unwrap();
        let root = t.root();
        for r in &records {
            let o = StepOpening::new(&t, r.clone()).unwrap();
            assert!(o.verify(&root, 5));
            assert!(!o.verify(&root, 6), "the step count is bound");
        }
        let edits: [fn(&mut StepRecord); 8] = [
            |r| r.checkpoint_in = hex::encode(&[9; 32]),
            |r| r.data[0] = hex::encode(&[9; 32]),
            |r| r.data.push(hex::encode(&[9; 32])),
            |r| r.lr = 0.11,
            |r| r.checkpoint_out = hex::encode(&[9; 32]),
            |r| r.loss = 3.5,
            |r| r.update_fingerprint[1] = 0.0,
            |r| r.weights_fingerprint[0] = 1.5,
        ];
        for edit in edits {
            let mut o = StepOpening::new(&t, records[2].clone()).unwrap();
            edit(&mut o.record);
            assert!(!o.verify(&root, 5), "{:?}", o.record);
        }
        // Another step's record under this index, and a malformed digest: false, no panic.
        let mut o = StepOpening::new(&t, records[2].clone()).unwrap();
        o.record.step = 3;
        assert!(!o.verify(&root, 5));
        o.record = records[2].clone();
        o.record.checkpoint_in = "xyz".into();
        assert!(!o.verify(&root, 5));
    }

    #[test]
    fn step_leaves_are_not_position_leaves() {
        assert_ne!(STEP_LEAF_TAG, commitment::LEAF_TAG);
        let mut bad = vec![record(0), record(2)];
        assert!(tree(&bad).unwrap_err().contains("record 1 is for step 2"));
        bad[1].step = 1;
        bad[1].weights_fingerprint.pop();
        assert!(tree(&bad).unwrap_err().contains("fingerprint"));
        assert_ne!(
            crate::seeds::training_projection_seed(&[1; 32]),
            crate::seeds::training_projection_seed(&[2; 32])
        );
    }
}
