//! The prover's commitment: a BLAKE3 Merkle tree over per-position leaves.
//!
//! A leaf binds one generated position:
//!
//! ```text
//! leaf = BLAKE3(LEAF_TAG || request (u64 LE) || position (u64 LE) || token (i32 LE) || fingerprint bytes)
//! node = BLAKE3(NODE_TAG || left || right)
//! root = BLAKE3(ROOT_TAG || leaf count (u64 LE) || top node)
//! ```
//!
//! The three tags differ (domain separation), so a leaf can never be passed off as a node or
//! the reverse, and the root binds the number of leaves, so a proof cannot be replayed against
//! a tree of another size. The fingerprint is last and its length is implied by the leaf
//! preimage; use [`fingerprint_bytes`] for `f32` fingerprints (little-endian).
//!
//! Levels are built pairwise from the left; an odd node out at the end of a level is promoted
//! unchanged to the next level (no duplication, so no second-preimage trick with a repeated
//! last leaf). A [`Proof`] holds the leaf index, the leaf count and the sibling hashes from the
//! bottom up; [`verify_proof`] recomputes which levels promote from the index and count, so a
//! proof with a missing, extra or altered sibling, index or count fails.
//!
//! Leaves are indexed by their place in the tree (`0..n`); for one request this is the
//! position. A tree over several requests orders their leaves as the caller decides; the
//! leaf itself names its request and position.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::hex;

/// Domain tag of a leaf.
pub const LEAF_TAG: &[u8] = b"veritor-commitment/1 leaf\0";
/// Domain tag of an inner node.
pub const NODE_TAG: &[u8] = b"veritor-commitment/1 node\0";
/// Domain tag of the root (which binds the leaf count).
pub const ROOT_TAG: &[u8] = b"veritor-commitment/1 root\0";

/// A 32-byte BLAKE3 output.
pub type Hash = [u8; 32];

/// Errors of building or opening a tree, and of decoding a proof.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommitmentError {
    /// A tree needs at least one leaf.
    Empty,
    /// `open` was asked for a leaf the tree does not have.
    OutOfRange { index: u64, leaves: u64 },
    /// `Proof::from_bytes` got a length that is not 16 + 32·k.
    BadProofLength(usize),
    /// `Tree::for_request` got a different number of tokens and fingerprints.
    LengthMismatch { tokens: usize, fingerprints: usize },
}

impl fmt::Display for CommitmentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CommitmentError::Empty => write!(f, "a commitment needs at least one leaf"),
            CommitmentError::OutOfRange { index, leaves } => {
                write!(f, "cannot open leaf {index}: the tree has {leaves} leaves")
            }
            CommitmentError::BadProofLength(len) => write!(
                f,
                "a proof is 16 bytes then 32 per sibling; {len} bytes is not such a length"
            ),
            CommitmentError::LengthMismatch {
                tokens,
                fingerprints,
            } => write!(
                f,
                "{tokens} tokens but {fingerprints} fingerprints: a leaf needs one of each"
            ),
        }
    }
}

impl std::error::Error for CommitmentError {}

/// The leaf hash of one position.
pub fn leaf_hash(request: u64, position: u64, token: i32, fingerprint: &[u8]) -> Hash {
    let mut h = blake3::Hasher::new();
    h.update(LEAF_TAG);
    h.update(&request.to_le_bytes());
    h.update(&position.to_le_bytes());
    h.update(&token.to_le_bytes());
    h.update(fingerprint);
    *h.finalize().as_bytes()
}

/// An `f32` fingerprint as the bytes a leaf hashes (little-endian, in order).
pub fn fingerprint_bytes(fingerprint: &[f32]) -> Vec<u8> {
    fingerprint.iter().flat_map(|x| x.to_le_bytes()).collect()
}

fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut h = blake3::Hasher::new();
    h.update(NODE_TAG);
    h.update(left);
    h.update(right);
    *h.finalize().as_bytes()
}

fn root_hash(leaves: u64, top: &Hash) -> Hash {
    let mut h = blake3::Hasher::new();
    h.update(ROOT_TAG);
    h.update(&leaves.to_le_bytes());
    h.update(top);
    *h.finalize().as_bytes()
}

/// A Merkle tree, every level kept so that any leaf can be opened.
#[derive(Debug, Clone)]
pub struct Tree {
    /// `levels[0]` are the leaves, the last level has one node.
    levels: Vec<Vec<Hash>>,
    root: Hash,
}

impl Tree {
    /// Builds the tree over leaf hashes (see [`leaf_hash`]).
    pub fn new(leaves: Vec<Hash>) -> Result<Tree, CommitmentError> {
        if leaves.is_empty() {
            return Err(CommitmentError::Empty);
        }
        let count = leaves.len() as u64;
        let mut levels = vec![leaves];
        while levels.last().map_or(0, Vec::len) > 1 {
            let below = levels.last().expect("levels is never empty");
            let above = below
                .chunks(2)
                .map(|pair| match pair {
                    [l, r] => node_hash(l, r),
                    [single] => *single,
                    _ => unreachable!("chunks(2) yields one or two"),
                })
                .collect();
            levels.push(above);
        }
        let root = root_hash(count, &levels.last().expect("levels is never empty")[0]);
        Ok(Tree { levels, root })
    }

    /// The tree over one request's generation: leaf `i` is position `i`, with `tokens[i]`
    /// and `fingerprints[i]` (each fingerprint as [`fingerprint_bytes`]).
    pub fn for_request(
        request: u64,
        tokens: &[i32],
        fingerprints: &[Vec<f32>],
    ) -> Result<Tree, CommitmentError> {
        if tokens.len() != fingerprints.len() {
            return Err(CommitmentError::LengthMismatch {
                tokens: tokens.len(),
                fingerprints: fingerprints.len(),
            });
        }
        Tree::new(
            tokens
                .iter()
                .zip(fingerprints)
                .enumerate()
                .map(|(i, (&t, fp))| leaf_hash(request, i as u64, t, &fingerprint_bytes(fp)))
                .collect(),
        )
    }

    /// The root the prover publishes.
    pub fn root(&self) -> Hash {
        self.root
    }

    /// Number of leaves.
    pub fn len(&self) -> u64 {
        self.levels[0].len() as u64
    }

    /// Always false: a tree has at least one leaf.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The leaf hash at `index`.
    pub fn leaf(&self, index: u64) -> Option<Hash> {
        usize::try_from(index)
            .ok()
            .and_then(|i| self.levels[0].get(i))
            .copied()
    }

    /// The inclusion proof of leaf `index`.
    pub fn open(&self, index: u64) -> Result<Proof, CommitmentError> {
        let out_of_range = CommitmentError::OutOfRange {
            index,
            leaves: self.len(),
        };
        let mut i = usize::try_from(index).map_err(|_| out_of_range.clone())?;
        if i >= self.levels[0].len() {
            return Err(out_of_range);
        }
        let mut siblings = Vec::new();
        for level in &self.levels[..self.levels.len() - 1] {
            let sibling = i ^ 1;
            if sibling < level.len() {
                siblings.push(level[sibling]);
            }
            i /= 2;
        }
        Ok(Proof {
            index,
            leaves: self.len(),
            siblings,
        })
    }
}

/// An inclusion proof: where the leaf is, how many leaves the tree has, and the sibling
/// hashes from the leaf's level upwards (none for a level where the path is promoted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Proof {
    /// The leaf's index in the tree.
    pub index: u64,
    /// The tree's leaf count (bound into the root).
    pub leaves: u64,
    /// Sibling hashes, bottom up, as hex in JSON.
    #[serde(with = "hex::serde_bytes32_vec")]
    pub siblings: Vec<Hash>,
}

impl Proof {
    /// Binary form: index (u64 LE), leaf count (u64 LE), then each sibling's 32 bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + 32 * self.siblings.len());
        out.extend_from_slice(&self.index.to_le_bytes());
        out.extend_from_slice(&self.leaves.to_le_bytes());
        for s in &self.siblings {
            out.extend_from_slice(s);
        }
        out
    }

    /// Reads [`Proof::to_bytes`]'s form; only the length is checked here.
    pub fn from_bytes(bytes: &[u8]) -> Result<Proof, CommitmentError> {
        if bytes.len() < 16 || !(bytes.len() - 16).is_multiple_of(32) {
            return Err(CommitmentError::BadProofLength(bytes.len()));
        }
        let word = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"));
        Ok(Proof {
            index: word(0),
            leaves: word(8),
            siblings: bytes[16..]
                .chunks(32)
                .map(|c| c.try_into().expect("32 bytes"))
                .collect(),
        })
    }
}

/// Whether `proof` shows that `leaf` is leaf `proof.index` of the tree whose root is `root`.
///
/// Never panics: a proof with an index out of range, a zero leaf count, or too few or too many
/// siblings is simply false.
pub fn verify_proof(root: &Hash, leaf: &Hash, proof: &Proof) -> bool {
    if proof.leaves == 0 || proof.index >= proof.leaves {
        return false;
    }
    let (mut i, mut width) = (proof.index, proof.leaves);
    let mut node = *leaf;
    let mut siblings = proof.siblings.iter();
    while width > 1 {
        let sibling = i ^ 1;
        if sibling < width {
            let Some(s) = siblings.next() else {
                return false;
            };
            node = if i % 2 == 0 {
                node_hash(&node, s)
            } else {
                node_hash(s, &node)
            };
        }
        i /= 2;
        width = width.div_ceil(2);
    }
    siblings.next().is_none() && root_hash(proof.leaves, &node) == *root
}

/// One opened position of a per-request tree ([`Tree::for_request`]): the leaf's fields and
/// its proof, the prover's answer to a challenge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Opening {
    /// The request the leaf belongs to.
    pub request: u64,
    /// The position (also the leaf's index in a per-request tree).
    pub position: u64,
    /// The token committed at this position.
    pub token: i32,
    /// The fingerprint committed at this position.
    pub fingerprint: Vec<f32>,
    /// The inclusion proof.
    pub proof: Proof,
}

impl Opening {
    /// Opens `position` of a per-request tree.
    pub fn new(
        tree: &Tree,
        request: u64,
        position: u64,
        token: i32,
        fingerprint: Vec<f32>,
    ) -> Result<Opening, CommitmentError> {
        Ok(Opening {
            request,
            position,
            token,
            fingerprint,
            proof: tree.open(position)?,
        })
    }

    /// Whether this opening is position `position` of `request` under `root`: the proof's
    /// index must be the position (per-request layout), the leaf is recomputed from the
    /// fields, and the proof must verify. `leaves`, when given, is the claimed length.
    pub fn verify(&self, root: &Hash, request: u64, leaves: Option<u64>) -> bool {
        self.request == request
            && self.proof.index == self.position
            && leaves.is_none_or(|n| n == self.proof.leaves)
            && verify_proof(
                root,
                &leaf_hash(
                    self.request,
                    self.position,
                    self.token,
                    &fingerprint_bytes(&self.fingerprint),
                ),
                &self.proof,
            )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leaves(n: u64) -> Vec<Hash> {
        (0..n)
            .map(|p| leaf_hash(7, p, p as i32 * 3 - 5, &fingerprint_bytes(&[p as f32, 0.5])))
            .collect()
    }

    #[test]
    fn every_position_of_sizes_1_to_33_verifies() {
        for n in 1..=33u64 {
            let tree = Tree::new(leaves(n)).unwrap();
            assert_eq!(tree.len(), n);
            for p in 0..n {
                let proof = tree.open(p).unwrap();
                assert!(proof.siblings.len() <= 6);
                assert!(
                    verify_proof(&tree.root(), &tree.leaf(p).unwrap(), &proof),
                    "n={n} p={p}"
                );
                // A proof for one position does not verify any other leaf.
                for q in (0..n).filter(|&q| q != p) {
                    assert!(!verify_proof(&tree.root(), &tree.leaf(q).unwrap(), &proof));
                    let mut moved = proof.clone();
                    moved.index = q;
                    assert!(!verify_proof(&tree.root(), &tree.leaf(p).unwrap(), &moved));
                    assert!(!verify_proof(&tree.root(), &tree.leaf(q).unwrap(), &moved));
                }
            }
        }
    }

    #[test]
    fn any_flipped_byte_in_leaf_or_proof_fails() {
        for n in [1u64, 2, 3, 5, 8, 13, 33] {
            let tree = Tree::new(leaves(n)).unwrap();
            for p in 0..n {
                let leaf = tree.leaf(p).unwrap();
                let proof = tree.open(p).unwrap();
                let bytes = proof.to_bytes();
                assert_eq!(Proof::from_bytes(&bytes).unwrap(), proof);
                for at in 0..32 {
                    for bit in [0x01u8, 0x80] {
                        let mut bad = leaf;
                        bad[at] ^= bit;
                        assert!(!verify_proof(&tree.root(), &bad, &proof));
                    }
                }
                for at in 0..bytes.len() {
                    for bit in [0x01u8, 0x80] {
                        let mut bad = bytes.clone();
                        bad[at] ^= bit;
                        let bad = Proof::from_bytes(&bad).unwrap();
                        assert!(
                            !verify_proof(&tree.root(), &leaf, &bad),
                            "n={n} p={p} byte {at}"
                        );
                    }
                }
                let mut root = tree.root();
                root[0] ^= 1;
                assert!(!verify_proof(&root, &leaf, &proof));
            }
        }
    }

    #[test]
    fn missing_or_extra_siblings_fail() {
        let tree = Tree::new(leaves(9)).unwrap();
        let leaf = tree.leaf(4).unwrap();
        let proof = tree.open(4).unwrap();
        let mut short = proof.clone();
        short.siblings.pop();
        assert!(!verify_proof(&tree.root(), &leaf, &short));
        let mut long = proof.clone();
        long.siblings.push([0; 32]);
        assert!(!verify_proof(&tree.root(), &leaf, &long));
        let mut zero = proof;
        zero.leaves = 0;
        assert!(!verify_proof(&tree.root(), &leaf, &zero));
    }

    #[test]
    fn leaf_binds_every_field_and_domains_are_separate() {
        let base = leaf_hash(1, 2, 3, &[4, 5]);
        assert_ne!(base, leaf_hash(9, 2, 3, &[4, 5]));
        assert_ne!(base, leaf_hash(1, 9, 3, &[4, 5]));
        assert_ne!(base, leaf_hash(1, 2, 9, &[4, 5]));
        assert_ne!(base, leaf_hash(1, 2, 3, &[4, 6]));
        assert_ne!(base, leaf_hash(1, 2, 3, &[4]));
        // A two-leaf tree's top node is not a leaf of anything: the tags differ.
        let (a, b) = (leaf_hash(0, 0, 0, &[]), leaf_hash(0, 1, 0, &[]));
        let mut plain = blake3::Hasher::new();
        plain.update(&a);
        plain.update(&b);
        assert_ne!(node_hash(&a, &b), *plain.finalize().as_bytes());
        // The root binds the leaf count: a tree of one leaf is not its leaf.
        let one = Tree::new(vec![a]).unwrap();
        assert_ne!(one.root(), a);
        // Odd promotion does not equal duplicating the last leaf.
        let three = Tree::new(vec![a, b, a]).unwrap();
        let four = Tree::new(vec![a, b, a, a]).unwrap();
        assert_ne!(three.root(), four.root());
    }

    #[test]
    fn openings() {
        let tokens = [5, -1, 7, 7, 0];
        let fps: Vec<Vec<f32>> = (0..5).map(|i| vec![i as f32, -0.25, 1e-3]).collect();
        let tree = Tree::for_request(11, &tokens, &fps).unwrap();
        let root = tree.root();
        for p in 0..5u64 {
            let o =
                Opening::new(&tree, 11, p, tokens[p as usize], fps[p as usize].clone()).unwrap();
            assert!(o.verify(&root, 11, Some(5)));
            assert!(o.verify(&root, 11, None));
            let json = serde_json::to_string(&o).unwrap();
            assert!(serde_json::from_str::<Opening>(&json)
                .unwrap()
                .verify(&root, 11, Some(5)));
            assert!(!o.verify(&root, 12, None), "another request");
            assert!(!o.verify(&root, 11, Some(4)), "another length");
            let mut bad = o.clone();
            bad.token += 1;
            assert!(!bad.verify(&root, 11, None), "edited token");
            let mut bad = o.clone();
            bad.fingerprint[1] = -0.2500001;
            assert!(!bad.verify(&root, 11, None), "edited fingerprint");
            let mut bad = o.clone();
            bad.position = (p + 1) % 5;
            assert!(!bad.verify(&root, 11, None), "moved position");
            let mut bad = o.clone();
            bad.request = 12;
            assert!(
                !bad.verify(&root, 12, None),
                "replayed into another request"
            );
        }
        assert!(Opening::new(&tree, 11, 5, 0, vec![]).is_err());
        let e = Tree::for_request(0, &[1, 2], &fps).unwrap_err();
        assert_eq!(
            e.to_string(),
            "2 tokens but 5 fingerprints: a leaf needs one of each"
        );
        assert_eq!(
            Tree::for_request(0, &[], &[]).unwrap_err(),
            CommitmentError::Empty
        );
    }

    #[test]
    fn errors_and_helpers() {
        assert_eq!(Tree::new(vec![]).unwrap_err(), CommitmentError::Empty);
        let tree = Tree::new(leaves(3)).unwrap();
        let err = tree.open(3).unwrap_err();
        assert_eq!(err.to_string(), "cannot open leaf 3: the tree has 3 leaves");
        assert!(tree.open(u64::MAX).is_err());
        assert!(tree.leaf(3).is_none());
        assert!(matches!(
            Proof::from_bytes(&[0; 15]),
            Err(CommitmentError::BadProofLength(15))
        ));
        assert!(Proof::from_bytes(&[0; 47]).is_err());
        let proof = tree.open(2).unwrap();
        let json = serde_json::to_string(&proof).unwrap();
        assert_eq!(serde_json::from_str::<Proof>(&json).unwrap(), proof);
        assert!(
            serde_json::from_str::<Proof>(r#"{"index":0,"leaves":1,"siblings":[],"x":1}"#).is_err()
        );
        let fps = vec![vec![0.0f32, 1.0]; 3];
        let req = Tree::for_request(7, &[1, 2, 3], &fps).unwrap();
        assert!(verify_proof(
            &req.root(),
            &leaf_hash(7, 1, 2, &fingerprint_bytes(&[0.0, 1.0])),
            &req.open(1).unwrap()
        ));
        assert_eq!(fingerprint_bytes(&[1.0]), 1.0f32.to_le_bytes().to_vec());
    }
}
