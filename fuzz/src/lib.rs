//! The bodies of Veritor's fuzz targets: each feeds untrusted bytes to the functions the
//! `veritor` CLI calls on them, and checks what must hold whatever the bytes are. A panic, an
//! abort, a hang or running out of memory is a finding: bad input must be an error of one
//! line, never a crash.
//!
//! - [`claim`]: `Claim::read`'s parser (`Claim::from_json`), and a claim that parses writes
//!   and reads back the same;
//! - [`challenge`]: `messages::read`'s parser for a `veritor-challenge/1`, then the
//!   verifier's `ChallengeMessage::check` against a decode claim's root and length and against
//!   a training or bit-exact claim's (no positions);
//! - [`openings`]: the parser for a `veritor-openings/1`, then every check the verifier makes
//!   on it without running the program: each opening's and each step's Merkle proof, the
//!   binary proof form;
//! - [`npy`]: `npy::parse` and `npy::parse_meta` (every tensor the verifier loads), which must
//!   agree, and a parsed array writes back the same bytes;
//! - [`store_object`]: an object file whose bytes are anything (a flipped disk, a hostile
//!   store): `Store::get_blob` and `check_blob` must refuse it unless it hashes to its name;
//!   then the JSON objects the exchange reads from the store (per-position data, training
//!   checkpoints, schedules and traces) and a digest's text.
//!
//! The fuzz targets (`fuzz_targets/*.rs`) call these; `tests/replay.rs` replays the committed
//! seeds (`seeds/<target>/`) and regressions (`regressions/<target>/`) on stable Rust.

use std::cell::RefCell;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use veritor_iree::npy;
use veritor_protocol::claim::Claim;
use veritor_protocol::commitment::Proof;
use veritor_protocol::messages::{self, ChallengeMessage, OpeningsMessage, PositionsData};
use veritor_protocol::training::{Checkpoint, Schedule, Trace};
use veritor_protocol::{hex, training};
use veritor_store::{Digest, Store};

/// The names of the targets, as `fuzz_targets/<name>.rs` and `seeds/<name>/`.
pub const TARGETS: [&str; 5] = ["claim", "challenge", "openings", "npy", "store_object"];

/// Runs target `name` on `data` (for the replay test).
pub fn run(name: &str, data: &[u8]) {
    match name {
        "claim" => claim(data),
        "challenge" => challenge(data),
        "openings" => openings(data),
        "npy" => npy(data),
        "store_object" => store_object(data),
        _ => panic!("no fuzz target {name:?}"),
    }
}

/// An error message must be one line.
fn one_line(message: impl std::fmt::Display) {
    let text = message.to_string();
    assert!(
        !text.contains('\n'),
        "error of more than one line: {text:?}"
    );
}

/// A claim as `veritor verify --claim` reads it.
pub fn claim(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Claim::from_json(text) {
        Ok(c) => {
            let again = c.to_json().expect("a claim that was read is written");
            assert_eq!(
                Claim::from_json(&again).expect("a written claim is read"),
                c
            );
        }
        Err(e) => one_line(e),
    }
}

/// The commitment (root) of the stamp claim in `seeds/claim/stamp.json` (12 positions).
fn seed_root() -> [u8; 32] {
    hex::decode("d408e19140d49ca1d29f4cb57f9b33200f3fa536f7c3a93849026a05dbe0147a")
        .expect("a 64-digit hex constant")
}

/// A challenge as `veritor verify --challenge` reads and checks it.
pub fn challenge(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let c: ChallengeMessage = match messages::parse(text, "challenge") {
        Ok(c) => c,
        Err(e) => return one_line(e),
    };
    // Against its own root (so that a well-formed message goes all the way through the
    // derivation), a decode claim's root and length, and a claim without positions (training
    // and bit-exact claims are checked with 0).
    let own = c.challenge.root;
    for (root, positions) in [(own, c.params.positions), (seed_root(), 12), (own, 0)] {
        if let Err(e) = c.check(&root, positions, None) {
            one_line(e);
        }
    }
    if let Err(e) = c.check(&own, c.params.positions, Some(own)) {
        one_line(e);
    }
}

/// Openings as `veritor verify --openings` reads them, and the checks made on them before
/// any program runs.
pub fn openings(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let op: OpeningsMessage = match messages::parse(text, "openings") {
        Ok(op) => op,
        Err(e) => return one_line(e),
    };
    if let Err(e) = messages::check_format(&op.format, messages::OPENINGS_FORMAT, "the openings") {
        one_line(e);
    }
    let root = hex::decode(&op.root).unwrap_or_else(|_| seed_root());
    for o in &op.openings {
        let _ = o.verify(&root, o.request, Some(o.proof.leaves));
        let _ = o.verify(&root, o.request, None);
        let bytes = o.proof.to_bytes();
        assert_eq!(
            Proof::from_bytes(&bytes).expect("a proof's own bytes"),
            o.proof
        );
    }
    for s in &op.steps {
        let _ = s.verify(&root, s.proof.leaves);
        if let Err(e) = s.record.leaf_hash() {
            one_line(e);
        }
    }
    if let Err(e) = Proof::from_bytes(data) {
        one_line(e);
    }
}

/// `.npy` bytes as the verifier reads every tensor (from the store or a directory).
pub fn npy(data: &[u8]) {
    match (npy::parse(data), npy::parse_meta(data)) {
        (Ok(array), Ok((dtype, shape))) => {
            assert_eq!((array.dtype, &array.shape), (dtype, &shape));
            array.check().expect("a parsed array matches its shape");
            let again = npy::parse(&npy::to_bytes(&array)).expect("a written array is read");
            assert_eq!(again, array);
            let _ = array.to_f64();
        }
        (Err(a), Err(b)) => {
            assert_eq!(a.to_string(), b.to_string());
            one_line(a);
        }
        (a, b) => panic!("parse and parse_meta disagree: {a:?} / {b:?}"),
    }
}

/// A store with one object, removed when its thread ends (a test thread; libFuzzer's
/// process exits without it, so `run.sh` removes `$VERITOR_FUZZ_DIR`).
struct FuzzStore {
    dir: PathBuf,
    store: Store,
    digest: Digest,
}

impl Drop for FuzzStore {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

thread_local! {
    /// One store per fuzzing thread, under `$VERITOR_FUZZ_DIR` (else the temporary
    /// directory), with one object whose file the target overwrites.
    static STORE: RefCell<Option<FuzzStore>> = const { RefCell::new(None) };
}

/// The content of the one stored object.
const STORED: &[u8] = b"veritor fuzz: the object whose file is overwritten";

fn fuzz_store() -> FuzzStore {
    static N: AtomicU64 = AtomicU64::new(0);
    let base = std::env::var_os("VERITOR_FUZZ_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let dir = base.join(format!(
        "veritor-fuzz-store-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    let store = Store::open(&dir).expect("a fresh store in the fuzz directory");
    let digest = store.put_blob(STORED).expect("one object stored");
    FuzzStore { dir, store, digest }
}

/// An object file holding `data` instead of what its name says, read the ways the exchange
/// reads store objects.
pub fn store_object(data: &[u8]) {
    STORE.with(|cell| {
        let mut slot = cell.borrow_mut();
        let FuzzStore { store, digest, .. } = slot.get_or_insert_with(fuzz_store);
        let path = store.object_path(digest);
        std::fs::write(&path, data).expect("overwrite the object file");
        let intact = data == STORED;
        match store.get_blob(digest) {
            Ok(bytes) => assert!(intact && bytes == data, "a corrupt object was read"),
            Err(e) => {
                assert!(!intact, "an intact object was refused: {e}");
                one_line(e);
            }
        }
        match store.check_blob(digest) {
            Ok(size) => assert!(intact && size == data.len() as u64),
            Err(e) => {
                assert!(!intact, "an intact object failed its check: {e}");
                one_line(e);
            }
        }
    });
    store_json(data);
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(e) = Digest::parse(text.trim()) {
            one_line(e);
        }
    }
}

/// The JSON objects the exchange reads from the store (`messages::parse`, then the format).
fn store_json(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    parse_checked(
        text,
        |p: &PositionsData| &p.format,
        messages::POSITIONS_FORMAT,
    );
    parse_checked(
        text,
        |c: &Checkpoint| &c.format,
        training::CHECKPOINT_FORMAT,
    );
    parse_checked(text, |s: &Schedule| &s.format, training::SCHEDULE_FORMAT);
    if let Some(trace) = parse_checked(text, |t: &Trace| &t.format, training::TRACE_FORMAT) {
        if let Err(e) = training::tree(&trace.records) {
            one_line(e);
        }
    }
}

fn parse_checked<T: serde::de::DeserializeOwned>(
    text: &str,
    format: impl Fn(&T) -> &str,
    expected: &str,
) -> Option<T> {
    match messages::parse::<T>(text, "store object") {
        Ok(value) => match messages::check_format(format(&value), expected, "store object") {
            Ok(()) => Some(value),
            Err(e) => {
                one_line(e);
                None
            }
        },
        Err(e) => {
            one_line(e);
            None
        }
    }
}
