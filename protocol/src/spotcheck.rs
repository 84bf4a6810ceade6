//! Memory spot checks: does the prover hold, at this moment, the state it committed to?
//!
//! The prover commits to its state (weights, a KV cache, optimizer state: named byte
//! tensors) as a Merkle tree over fixed-size chunks; the challenger sends a fresh random set
//! of chunk-aligned slices; the prover answers with each slice's bytes and inclusion proofs
//! before a deadline derived from the device's descriptor (`crate::device`). This module is
//! the pure part: the layout and its chunking, the leaves, the challenge's draw, the binary
//! response and its check, and the soundness bound. Timing the answer is the caller's
//! (`spotcheck/` measures wall-clock time around one request); deciding a session of several
//! timed answers is [`session`]'s.
//!
//! ```text
//! leaf  = BLAKE3(CHUNK_TAG || tensor index (u64 LE) || chunk index in tensor (u64 LE) || bytes)
//! tree  = crate::commitment::Tree over the leaves, tensor by tensor, chunk by chunk
//! slices: k distinct global chunk indices, uniform over k-subsets, from
//!         BLAKE3-keyed(nonce, SLICES_TAG || layout digest || root || k) read as u64s
//! ```
//!
//! The leaf tag differs from the decode commitment's, so a chunk can never be passed off as a
//! generated position; the root binds the chunk count (the tree's leaf count) and each leaf
//! its tensor and place, so a proof for one chunk does not open another.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::challenge::Stream;
use crate::commitment::{verify_proof, CommitmentError, Hash, Proof, Tree};
use crate::hex;

pub mod session;

/// Domain tag of a chunk leaf.
pub const CHUNK_TAG: &[u8] = b"veritor-spotcheck/1 chunk\0";
const LAYOUT_TAG: &[u8] = b"veritor-spotcheck/1 layout\0";
const SLICES_TAG: &[u8] = b"veritor-spotcheck/1 slices\0";
/// `format` of the prover's commitment message.
pub const COMMITMENT_FORMAT: &str = "veritor-spot-commitment/1";
/// `format` of a challenge message.
pub const CHALLENGE_FORMAT: &str = "veritor-spot-challenge/1";
/// First 8 bytes of a binary response.
pub const RESPONSE_MAGIC: &[u8; 8] = b"VSPOT/1\0";
/// Smallest and largest chunk (bytes).
pub const CHUNK_BYTES_RANGE: (u64, u64) = (64, 1 << 24);
/// Most chunks a layout may have (a tree of 2^32 leaves would be 128 GiB of hashes).
pub const MAX_CHUNKS: u64 = 1 << 32;

/// Everything that can go wrong with a layout, a challenge or a response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpotError(pub String);

impl fmt::Display for SpotError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SpotError {}

fn err<T>(message: impl Into<String>) -> Result<T, SpotError> {
    Err(SpotError(message.into()))
}

/// One named tensor of the committed state, as bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TensorSpec {
    /// Unique, non-empty.
    pub name: String,
    /// Its size in bytes (at least one).
    pub bytes: u64,
}

/// The committed state's shape: its tensors in order and the chunk size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Layout {
    /// Bytes per chunk; each tensor's last chunk may be shorter.
    pub chunk_bytes: u64,
    /// The tensors, in commitment order.
    pub tensors: Vec<TensorSpec>,
}

impl Layout {
    /// Refuses an empty layout, a chunk size outside [`CHUNK_BYTES_RANGE`], empty or
    /// repeated names, empty tensors and more than [`MAX_CHUNKS`] chunks.
    pub fn validate(&self) -> Result<(), SpotError> {
        let (lo, hi) = CHUNK_BYTES_RANGE;
        if !(lo..=hi).contains(&self.chunk_bytes) {
            return err(format!(
                "chunk_bytes {} is outside {lo}..={hi}",
                self.chunk_bytes
            ));
        }
        if self.tensors.is_empty() {
            return err("the layout has no tensors");
        }
        let mut names = BTreeSet::new();
        for t in &self.tensors {
            if t.name.is_empty() || !names.insert(t.name.as_str()) {
                return err(format!("tensor name {:?} is empty or repeated", t.name));
            }
            if t.bytes == 0 {
                return err(format!("tensor {:?} has 0 bytes", t.name));
            }
        }
        let chunks = self.tensors.iter().try_fold(0u64, |n, t| {
            n.checked_add(t.bytes.div_ceil(self.chunk_bytes))
        });
        match chunks {
            Some(n) if n <= MAX_CHUNKS => Ok(()),
            _ => err(format!("the layout has more than {MAX_CHUNKS} chunks")),
        }
    }

    /// Chunks of tensor `t`.
    pub fn tensor_chunks(&self, t: usize) -> u64 {
        self.tensors[t].bytes.div_ceil(self.chunk_bytes)
    }

    /// Chunks in all (the tree's leaf count).
    pub fn chunks(&self) -> u64 {
        (0..self.tensors.len()).map(|t| self.tensor_chunks(t)).sum()
    }

    /// Bytes in all.
    pub fn total_bytes(&self) -> u64 {
        self.tensors.iter().map(|t| t.bytes).sum()
    }

    /// The tensor index of `name`.
    pub fn tensor_index(&self, name: &str) -> Option<usize> {
        self.tensors.iter().position(|t| t.name == name)
    }

    /// The global chunk index (leaf index) of chunk `chunk` of tensor `t`.
    pub fn global(&self, t: usize, chunk: u64) -> u64 {
        (0..t).map(|u| self.tensor_chunks(u)).sum::<u64>() + chunk
    }

    /// The (tensor, chunk in tensor) of a global chunk index, if it exists.
    pub fn locate(&self, global: u64) -> Option<(usize, u64)> {
        let mut first = 0;
        for t in 0..self.tensors.len() {
            let n = self.tensor_chunks(t);
            if global < first + n {
                return Some((t, global - first));
            }
            first += n;
        }
        None
    }

    /// The byte range (offset, length) of chunk `chunk` in tensor `t`.
    pub fn chunk_range(&self, t: usize, chunk: u64) -> (u64, u64) {
        let offset = chunk * self.chunk_bytes;
        (offset, self.chunk_bytes.min(self.tensors[t].bytes - offset))
    }

    /// BLAKE3 of the layout (chunk size, then each name and size), which the challenge's
    /// draw binds.
    pub fn digest(&self) -> Hash {
        let mut h = blake3::Hasher::new();
        h.update(LAYOUT_TAG);
        h.update(&self.chunk_bytes.to_le_bytes());
        for t in &self.tensors {
            h.update(&(t.name.len() as u64).to_le_bytes());
            h.update(t.name.as_bytes());
            h.update(&t.bytes.to_le_bytes());
        }
        *h.finalize().as_bytes()
    }
}

/// The leaf of chunk `chunk` of tensor `tensor`, holding `bytes`.
pub fn chunk_leaf(tensor: u64, chunk: u64, bytes: &[u8]) -> Hash {
    let mut h = blake3::Hasher::new();
    h.update(CHUNK_TAG);
    h.update(&tensor.to_le_bytes());
    h.update(&chunk.to_le_bytes());
    h.update(bytes);
    *h.finalize().as_bytes()
}

/// The tree over a state held as one byte buffer per tensor of `layout`.
pub fn commit(layout: &Layout, tensors: &[&[u8]]) -> Result<Tree, SpotError> {
    layout.validate()?;
    if tensors.len() != layout.tensors.len() {
        return err(format!(
            "{} tensors given for a layout of {}",
            tensors.len(),
            layout.tensors.len()
        ));
    }
    let mut leaves = Vec::with_capacity(layout.chunks() as usize);
    for (t, (spec, data)) in layout.tensors.iter().zip(tensors).enumerate() {
        if data.len() as u64 != spec.bytes {
            return err(format!(
                "tensor {:?} holds {} bytes, the layout says {}",
                spec.name,
                data.len(),
                spec.bytes
            ));
        }
        for (c, bytes) in data.chunks(layout.chunk_bytes as usize).enumerate() {
            leaves.push(chunk_leaf(t as u64, c as u64, bytes));
        }
    }
    Tree::new(leaves).map_err(|e: CommitmentError| SpotError(e.to_string()))
}

/// The prover's public commitment: the layout and the root over it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    /// Always [`COMMITMENT_FORMAT`].
    pub format: String,
    /// The state's tensors and chunk size.
    pub layout: Layout,
    /// The tree's root, 64 hex digits.
    #[serde(with = "hex::serde_bytes32")]
    pub root: Hash,
}

impl Commitment {
    /// Reads a commitment strictly (format, fields, layout).
    pub fn from_json(text: &str) -> Result<Commitment, SpotError> {
        let c: Commitment = serde_json::from_str(text)
            .map_err(|e| SpotError(format!("bad spot-check commitment: {e}")))?;
        if c.format != COMMITMENT_FORMAT {
            return err(format!(
                "bad spot-check commitment: format {:?}, expected {COMMITMENT_FORMAT:?}",
                c.format
            ));
        }
        c.layout.validate()?;
        Ok(c)
    }
}

/// One requested slice: bytes `offset..offset + length` of tensor `tensor`, chunk-aligned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slice {
    /// The tensor's name.
    pub tensor: String,
    /// First byte (a multiple of the chunk size).
    pub offset: u64,
    /// Length (one chunk: the chunk size, or less for a tensor's last chunk).
    pub length: u64,
}

/// The challenger's request: the root it challenges, its fresh nonce and the slices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Challenge {
    /// Always [`CHALLENGE_FORMAT`].
    pub format: String,
    /// The commitment's root, 64 hex digits.
    #[serde(with = "hex::serde_bytes32")]
    pub root: Hash,
    /// The challenger's fresh random nonce, 64 hex digits (the slices follow from it).
    #[serde(with = "hex::serde_bytes32")]
    pub nonce: Hash,
    /// The slices to return, in order.
    pub slices: Vec<Slice>,
}

/// The challenge of `k` chunk slices for `commitment`, from the challenger's `nonce` (fresh
/// randomness per challenge: whoever knows it can recompute the slices).
pub fn draw(commitment: &Commitment, nonce: &Hash, k: u64) -> Result<Challenge, SpotError> {
    let layout = &commitment.layout;
    layout.validate()?;
    let n = layout.chunks();
    if k == 0 || k > n {
        return err(format!("cannot draw {k} slices from {n} chunks"));
    }
    let mut h = blake3::Hasher::new_keyed(nonce);
    h.update(SLICES_TAG);
    h.update(&layout.digest());
    h.update(&commitment.root);
    h.update(&k.to_le_bytes());
    let chunks = Stream(h.finalize_xof()).subset(k, n);
    let slices = chunks
        .into_iter()
        .map(|g| {
            let (t, c) = layout.locate(g).expect("drawn below the chunk count");
            let (offset, length) = layout.chunk_range(t, c);
            Slice {
                tensor: layout.tensors[t].name.clone(),
                offset,
                length,
            }
        })
        .collect();
    Ok(Challenge {
        format: CHALLENGE_FORMAT.to_string(),
        root: commitment.root,
        nonce: *nonce,
        slices,
    })
}

/// Most slices one challenge may ask for.
pub const MAX_SLICES: usize = 1 << 16;

/// Reads a challenge strictly and resolves each slice to its (tensor, chunk) in `layout`:
/// the format, the root, each tensor name, alignment and length, no slice twice.
pub fn parse_challenge(
    text: &str,
    commitment: &Commitment,
) -> Result<(Challenge, Vec<(usize, u64)>), SpotError> {
    let c: Challenge = serde_json::from_str(text)
        .map_err(|e| SpotError(format!("bad spot-check challenge: {e}")))?;
    if c.format != CHALLENGE_FORMAT {
        return err(format!(
            "bad spot-check challenge: format {:?}, expected {CHALLENGE_FORMAT:?}",
            c.format
        ));
    }
    if c.root != commitment.root {
        return err(format!(
            "bad spot-check challenge: root {} is not this prover's {}",
            hex::encode(&c.root),
            hex::encode(&commitment.root)
        ));
    }
    let chunks = resolve_slices(&c.slices, &commitment.layout)?;
    Ok((c, chunks))
}

/// The global chunk index of each slice, checked as [`parse_challenge`] checks them.
pub fn global_chunks(slices: &[Slice], layout: &Layout) -> Result<Vec<u64>, SpotError> {
    Ok(resolve_slices(slices, layout)?
        .into_iter()
        .map(|(t, c)| layout.global(t, c))
        .collect())
}

fn resolve_slices(slices: &[Slice], layout: &Layout) -> Result<Vec<(usize, u64)>, SpotError> {
    if slices.is_empty() || slices.len() > MAX_SLICES {
        return err(format!(
            "bad spot-check challenge: {} slices, expected 1..={MAX_SLICES}",
            slices.len()
        ));
    }
    let mut seen = BTreeSet::new();
    let mut out = Vec::with_capacity(slices.len());
    for (i, s) in slices.iter().enumerate() {
        let chunk = resolve_slice(s, layout)
            .map_err(|e| SpotError(format!("bad spot-check challenge: slice {i}: {e}")))?;
        if !seen.insert(chunk) {
            return err(format!(
                "bad spot-check challenge: slice {i} repeats an earlier one"
            ));
        }
        out.push(chunk);
    }
    Ok(out)
}

fn resolve_slice(s: &Slice, layout: &Layout) -> Result<(usize, u64), SpotError> {
    let Some(t) = layout.tensor_index(&s.tensor) else {
        return err(format!("no tensor {:?}", s.tensor));
    };
    let bytes = layout.tensors[t].bytes;
    if !s.offset.is_multiple_of(layout.chunk_bytes) || s.offset >= bytes {
        return err(format!(
            "offset {} of {:?} is not a chunk start below {bytes}",
            s.offset, s.tensor
        ));
    }
    let chunk = s.offset / layout.chunk_bytes;
    let (_, length) = layout.chunk_range(t, chunk);
    if s.length != length {
        return err(format!(
            "length {} at offset {} of {:?}: the chunk there is {length} bytes",
            s.length, s.offset, s.tensor
        ));
    }
    Ok((t, chunk))
}

/// One answered slice: the chunk's bytes and its inclusion proof.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The chunk's bytes.
    pub bytes: Vec<u8>,
    /// Its proof (index = global chunk index).
    pub proof: Proof,
}

/// The binary response: [`RESPONSE_MAGIC`], the answer count (u32 LE), then per answer the
/// byte count (u32 LE), the bytes, the proof's length (u32 LE) and [`Proof::to_bytes`].
pub fn encode_response(answers: &[Answer]) -> Vec<u8> {
    let size: usize = answers
        .iter()
        .map(|a| 8 + a.bytes.len() + 16 + 32 * a.proof.siblings.len())
        .sum();
    let mut out = Vec::with_capacity(12 + size);
    out.extend_from_slice(RESPONSE_MAGIC);
    out.extend_from_slice(&(answers.len() as u32).to_le_bytes());
    for a in answers {
        let proof = a.proof.to_bytes();
        out.extend_from_slice(&(a.bytes.len() as u32).to_le_bytes());
        out.extend_from_slice(&a.bytes);
        out.extend_from_slice(&(proof.len() as u32).to_le_bytes());
        out.extend_from_slice(&proof);
    }
    out
}

/// The length of the honest response to a challenge of `chunks` (global indices) of
/// `layout`: what [`encode_response`] writes, so a deadline can count the bytes sent.
pub fn response_len(layout: &Layout, chunks: &[u64]) -> u64 {
    let n = layout.chunks();
    let answer = |g: u64| {
        let (t, c) = layout.locate(g).expect("a chunk of the layout");
        8 + layout.chunk_range(t, c).1 + 16 + 32 * siblings(g, n)
    };
    12 + chunks.iter().map(|&g| answer(g)).sum::<u64>()
}

/// The number of siblings on leaf `index`'s path in a tree of `leaves` leaves (levels where
/// the path is promoted have none).
fn siblings(mut index: u64, mut leaves: u64) -> u64 {
    let mut count = 0;
    while leaves > 1 {
        count += u64::from(index ^ 1 < leaves);
        index /= 2;
        leaves = leaves.div_ceil(2);
    }
    count
}

/// Reads [`encode_response`]'s form; every length is checked against what is left.
pub fn decode_response(mut data: &[u8]) -> Result<Vec<Answer>, SpotError> {
    if !data.starts_with(RESPONSE_MAGIC) {
        return err("bad spot-check response: it does not start with VSPOT/1");
    }
    data = &data[RESPONSE_MAGIC.len()..];
    let count = take_u32(&mut data, "the answer count")?;
    let mut answers = Vec::new();
    for i in 0..count {
        let bytes = take_field(&mut data, &format!("answer {i}'s bytes"))?.to_vec();
        let proof_bytes = take_field(&mut data, &format!("answer {i}'s proof"))?;
        let proof = Proof::from_bytes(proof_bytes)
            .map_err(|e| SpotError(format!("bad spot-check response: answer {i}: {e}")))?;
        answers.push(Answer { bytes, proof });
    }
    if !data.is_empty() {
        return err(format!(
            "bad spot-check response: {} bytes after the last answer",
            data.len()
        ));
    }
    Ok(answers)
}

fn take_u32(data: &mut &[u8], what: &str) -> Result<u32, SpotError> {
    if data.len() < 4 {
        return err(format!("bad spot-check response: truncated in {what}"));
    }
    let (head, rest) = data.split_at(4);
    *data = rest;
    Ok(u32::from_le_bytes(head.try_into().expect("4 bytes")))
}

fn take_field<'a>(data: &mut &'a [u8], what: &str) -> Result<&'a [u8], SpotError> {
    let len = take_u32(data, what)? as usize;
    if data.len() < len {
        return err(format!(
            "bad spot-check response: {what} claims {len} bytes, {} left",
            data.len()
        ));
    }
    let (head, rest) = data.split_at(len);
    *data = rest;
    Ok(head)
}

/// Checks a response against the challenge: one answer per slice, in order, each the
/// slice's length, each proof opening that slice's chunk under the root. The error names the
/// first slice that fails.
pub fn check_response(
    commitment: &Commitment,
    challenge: &Challenge,
    response: &[u8],
) -> Result<(), SpotError> {
    let layout = &commitment.layout;
    let chunks = resolve_slices(&challenge.slices, layout)?;
    let answers = decode_response(response)?;
    if answers.len() != chunks.len() {
        return err(format!(
            "spot check failed: {} answers for {} slices",
            answers.len(),
            chunks.len()
        ));
    }
    for (i, (&(t, c), a)) in chunks.iter().zip(&answers).enumerate() {
        let leaf = chunk_leaf(t as u64, c, &a.bytes);
        let global = layout.global(t, c);
        let proof_ok = a.proof.index == global
            && a.proof.leaves == layout.chunks()
            && verify_proof(&commitment.root, &leaf, &a.proof);
        if !proof_ok {
            let s = &challenge.slices[i];
            return err(format!(
                "spot check failed: slice {i} ({} at {}, {} bytes) does not match the commitment",
                s.tensor, s.offset, s.length
            ));
        }
    }
    Ok(())
}

/// The probability that a challenge of `k` distinct uniform chunks out of `n` misses all of
/// `missing` chunks the prover does not hold: `C(n - missing, k) / C(n, k)`, which is at
/// most `(1 - missing / n)^k`.
pub fn escape_probability(n: u64, missing: u64, k: u64) -> f64 {
    if missing > n || k > n {
        return 0.0;
    }
    (0..k)
        .map(|i| (n - missing).saturating_sub(i) as f64 / (n - i) as f64)
        .product()
}

/// The smallest `k` for which a prover missing a fraction `f` of the chunks escapes with
/// probability at most `target` under the bound `(1 - f)^k`.
pub fn slices_for(f: f64, target: f64) -> u64 {
    if !(f > 0.0 && f < 1.0 && target > 0.0 && target < 1.0) {
        return 0;
    }
    (target.ln() / (1.0 - f).ln()).ceil() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout() -> Layout {
        Layout {
            chunk_bytes: 64,
            tensors: vec![
                TensorSpec {
                    name: "w".into(),
                    bytes: 200,
                },
                TensorSpec {
                    name: "kv".into(),
                    bytes: 128,
                },
            ],
        }
    }

    fn state() -> Vec<Vec<u8>> {
        vec![
            (0..200).map(|i| i as u8).collect(),
            (0..128).map(|i| (i * 3) as u8).collect(),
        ]
    }

    fn committed() -> (Commitment, Tree, Vec<Vec<u8>>) {
        let data = state();
        let refs: Vec<&[u8]> = data.iter().map(Vec::as_slice).collect();
        let tree = commit(&layout(), &refs).unwrap();
        let c = Commitment {
            format: COMMITMENT_FORMAT.into(),
            layout: layout(),
            root: tree.root(),
        };
        (c, tree, data)
    }

    fn answer(c: &Commitment, tree: &Tree, data: &[Vec<u8>], ch: &Challenge) -> Vec<Answer> {
        let chunks = resolve_slices(&ch.slices, &c.layout).unwrap();
        chunks
            .iter()
            .map(|&(t, k)| {
                let (off, len) = c.layout.chunk_range(t, k);
                Answer {
                    bytes: data[t][off as usize..(off + len) as usize].to_vec(),
                    proof: tree.open(c.layout.global(t, k)).unwrap(),
                }
            })
            .collect()
    }

    #[test]
    fn layout_success_chunks_and_ranges() {
        let l = layout();
        assert_eq!(l.chunks(), 6);
        assert_eq!(l.locate(3), Some((0, 3)));
        assert_eq!(l.locate(4), Some((1, 0)));
        assert_eq!(l.locate(6), None);
        assert_eq!(l.chunk_range(0, 3), (192, 8));
        assert_eq!(l.global(1, 1), 5);
    }

    #[test]
    fn layout_failure_bad_layouts_are_named() {
        let mut l = layout();
        l.tensors[1].name = "w".into();
        assert!(l.validate().unwrap_err().0.contains("repeated"));
        let mut l = layout();
        l.chunk_bytes = 1;
        assert!(l.validate().unwrap_err().0.contains("chunk_bytes"));
        let mut l = layout();
        l.tensors[0].bytes = 0;
        assert!(l.validate().unwrap_err().0.contains("0 bytes"));
    }

    #[test]
    fn spot_success_honest_answer_passes() {
        let (c, tree, data) = committed();
        let ch = draw(&c, &[7; 32], 4).unwrap();
        assert_eq!(ch.slices.len(), 4);
        let response = encode_response(&answer(&c, &tree, &data, &ch));
        check_response(&c, &ch, &response).unwrap();
        let chunks = global_chunks(&ch.slices, &c.layout).unwrap();
        assert_eq!(response_len(&c.layout, &chunks), response.len() as u64);
    }

    #[test]
    fn spot_failure_one_flipped_byte_is_caught() {
        let (c, tree, data) = committed();
        let ch = draw(&c, &[7; 32], 6).unwrap();
        let mut answers = answer(&c, &tree, &data, &ch);
        answers[2].bytes[0] ^= 1;
        let e = check_response(&c, &ch, &encode_response(&answers)).unwrap_err();
        assert!(e.0.starts_with("spot check failed: slice 2"), "{e}");
    }

    #[test]
    fn spot_failure_another_chunks_proof_is_caught() {
        let (c, tree, data) = committed();
        let ch = draw(&c, &[1; 32], 2).unwrap();
        let mut answers = answer(&c, &tree, &data, &ch);
        answers.swap(0, 1);
        assert!(check_response(&c, &ch, &encode_response(&answers)).is_err());
    }

    /// The draw is a protocol definition: prover and challenger must agree on it forever.
    #[test]
    fn draw_success_is_pinned() {
        let (c, _, _) = committed();
        let root = hex::encode(&c.root);
        let picked: Vec<(String, u64)> = draw(&c, &[1; 32], 3)
            .unwrap()
            .slices
            .into_iter()
            .map(|s| (s.tensor, s.offset))
            .collect();
        assert_eq!(
            root,
            "8ff7a6f1d1d9a8482acf5d674e9421b0b4b44d276caa0df4c9c98a2dc2adc179"
        );
        let want = [("w", 0), ("w", 128), ("kv", 64)].map(|(t, o)| (t.to_string(), o));
        assert_eq!(picked, want);
    }

    #[test]
    fn draw_success_fresh_nonces_give_fresh_slices() {
        let (c, _, _) = committed();
        let a = draw(&c, &[1; 32], 3).unwrap();
        assert_eq!(a, draw(&c, &[1; 32], 3).unwrap());
        assert!((2..40u8).any(|n| draw(&c, &[n; 32], 3).unwrap().slices != a.slices));
        assert!(draw(&c, &[1; 32], 7).is_err());
        assert!(draw(&c, &[1; 32], 0).is_err());
    }

    #[test]
    fn challenge_failure_malformed_is_one_line() {
        let (c, _, _) = committed();
        let good = serde_json::to_string(&draw(&c, &[1; 32], 2).unwrap()).unwrap();
        parse_challenge(&good, &c).unwrap();
        let cases = [
            ("{", "bad spot-check challenge"),
            (&good.replace("\"w\"", "\"nope\"")[..], "no tensor"),
            (&good.replace("spot-challenge/1", "x")[..], "format"),
        ];
        for (text, want) in cases {
            let e = parse_challenge(text, &c).unwrap_err().0;
            assert!(e.contains(want) && !e.contains('\n'), "{e}");
        }
        let mut ch = draw(&c, &[1; 32], 2).unwrap();
        ch.slices[0].offset += 1;
        let e = parse_challenge(&serde_json::to_string(&ch).unwrap(), &c).unwrap_err();
        assert!(e.0.contains("not a chunk start"), "{e}");
        ch.slices[0] = ch.slices[1].clone();
        let e = parse_challenge(&serde_json::to_string(&ch).unwrap(), &c).unwrap_err();
        assert!(e.0.contains("repeats"), "{e}");
    }

    #[test]
    fn response_failure_truncated_or_padded_is_an_error() {
        let (c, tree, data) = committed();
        let ch = draw(&c, &[3; 32], 3).unwrap();
        let good = encode_response(&answer(&c, &tree, &data, &ch));
        for cut in [0, 5, 12, 20, good.len() - 1] {
            assert!(decode_response(&good[..cut]).is_err(), "cut at {cut}");
        }
        let mut padded = good.clone();
        padded.push(0);
        assert!(decode_response(&padded)
            .unwrap_err()
            .0
            .contains("after the last"));
    }

    #[test]
    fn bound_success_matches_closed_forms() {
        assert_eq!(escape_probability(10, 0, 5), 1.0);
        assert!((escape_probability(10, 1, 1) - 0.9).abs() < 1e-12);
        // C(8,2)/C(10,2) = 28/45
        assert!((escape_probability(10, 2, 2) - 28.0 / 45.0).abs() < 1e-12);
        assert!(escape_probability(1000, 10, 64) <= 0.99f64.powi(64));
        assert_eq!(slices_for(0.01, 1e-3), 688);
    }
}
