//! `Store`: a directory holding `objects/`, `index.sqlite` and `lock`.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime};

use crate::index::{Index, RunEnd};
use crate::model::{Claim, Kind, Reference, Run, RunStatus, Workload};
use crate::objects::{Entry, Objects};
use crate::{Digest, Error, IoError};

/// The environment variable that names the store directory.
pub const ENV_VAR: &str = "VERITOR_STORE";
/// The store directory when nothing else is given, relative to the current directory.
pub const DEFAULT_DIR: &str = ".veritor";
/// The index file inside a store.
pub const INDEX_FILE: &str = "index.sqlite";
/// The object directory inside a store.
pub const OBJECTS_DIR: &str = "objects";
/// The lock file inside a store: every open handle holds a shared lock on it, `gc` an
/// exclusive one.
pub const LOCK_FILE: &str = "lock";

/// How long opening a store waits for a running `gc` to finish.
const LOCK_WAIT: Duration = Duration::from_secs(30);

static PROCESS_START: OnceLock<SystemTime> = OnceLock::new();

/// When this process first used the store library (its first `Store::open` or
/// `cli_main`): every temporary file this process writes is younger, so `gc` may remove
/// temporary files older than this without touching a write of its own in progress.
pub fn process_start() -> SystemTime {
    *PROCESS_START.get_or_init(SystemTime::now)
}

/// The lock file and how it is held.
enum Lock {
    Held(File),
    /// The lock file could not be opened (a read-only store): reads work, `gc` does not.
    Unavailable {
        kind: io::ErrorKind,
        message: String,
    },
}

/// An open workload store. See the crate documentation for the layout and guarantees.
pub struct Store {
    root: PathBuf,
    objects: Objects,
    index: Index,
    lock: Lock,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("root", &self.root).finish()
    }
}

impl Store {
    /// The store directory to use: `$VERITOR_STORE` when set and not empty, else
    /// `.veritor` in the current directory. An explicit path (a `--store` flag) should
    /// take precedence over this.
    pub fn default_path() -> PathBuf {
        match std::env::var_os(ENV_VAR) {
            Some(path) if !path.is_empty() => PathBuf::from(path),
            _ => PathBuf::from(DEFAULT_DIR),
        }
    }

    /// Opens the store at `path`, creating it when the directory is absent or empty.
    ///
    /// A directory that holds other files but no `index.sqlite` is refused (it is not a
    /// store, or a store whose index is lost: a fresh index there would make every object
    /// look unreferenced).
    pub fn open(path: impl AsRef<Path>) -> Result<Store, Error> {
        Store::open_with(path.as_ref(), true)
    }

    /// Opens an existing store for reading and writing; creates nothing but the lock file
    /// and a missing `objects/`. A missing directory is [`Error::NoStore`].
    pub fn open_existing(path: impl AsRef<Path>) -> Result<Store, Error> {
        Store::open_with(path.as_ref(), false)
    }

    fn open_with(root: &Path, create: bool) -> Result<Store, Error> {
        process_start();
        let root = root.to_path_buf();
        match fs::metadata(&root) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => {
                return Err(Error::NotAStore {
                    path: root,
                    reason: "it is not a directory".to_string(),
                })
            }
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                if !create {
                    return Err(Error::NoStore { path: root });
                }
                fs::create_dir_all(&root)
                    .map_err(IoError::at("cannot create store directory", &root))?;
            }
            Err(source) => {
                return Err(Error::Io(IoError::new(
                    "cannot open store directory",
                    root,
                    source,
                )))
            }
        }
        let index_path = root.join(INDEX_FILE);
        let has_index = index_path
            .try_exists()
            .map_err(IoError::at("cannot open", &index_path))?;
        if !has_index {
            let others = unexpected_entries(&root)?;
            if !create || !others.is_empty() {
                let reason = if others.is_empty() {
                    format!("there is no {INDEX_FILE}")
                } else {
                    format!(
                        "there is no {INDEX_FILE} but the directory holds {} \
                         (refusing to start a new index next to existing files)",
                        others.join(", ")
                    )
                };
                return Err(Error::NotAStore { path: root, reason });
            }
        }
        // The index first: a store whose index cannot be opened is left as it was.
        let index = Index::open(&index_path, create)?;
        let lock = open_lock(&root.join(LOCK_FILE))?;
        let objects_dir = root.join(OBJECTS_DIR);
        if !objects_dir.is_dir() {
            let made = fs::create_dir(&objects_dir);
            match made {
                Ok(()) => veritor_fsutil::sync_dir(&root),
                // A read-only store without objects simply has none.
                Err(_) if !create => {}
                Err(source) => {
                    return Err(Error::Io(IoError::new(
                        "cannot create directory",
                        objects_dir,
                        source,
                    )))
                }
            }
        }
        Ok(Store {
            objects: Objects::new(objects_dir),
            root,
            index,
            lock,
        })
    }

    /// The store directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The index file.
    pub fn index_path(&self) -> &Path {
        self.index.path()
    }

    /// Where the object named `digest` lives (whether or not it exists).
    pub fn object_path(&self, digest: &Digest) -> PathBuf {
        self.objects.path(digest)
    }

    /// Stores `bytes` under their digest (atomically; a no-op when already stored).
    pub fn put_blob(&self, bytes: &[u8]) -> Result<Digest, Error> {
        self.objects.put(bytes)
    }

    /// Stores the content of a file, reading it in chunks.
    pub fn put_file(&self, path: impl AsRef<Path>) -> Result<Digest, Error> {
        self.objects.put_file(path.as_ref())
    }

    /// Reads a blob, checking its digest: [`Error::MissingObject`] or
    /// [`Error::CorruptObject`] name the digest and the file.
    pub fn get_blob(&self, digest: &Digest) -> Result<Vec<u8>, Error> {
        self.objects.get(digest)
    }

    /// Whether a blob of this digest is present (its content is not checked).
    pub fn has_blob(&self, digest: &Digest) -> bool {
        self.objects.has(digest)
    }

    /// Checks a blob's content in chunks without keeping it; returns its size.
    pub fn check_blob(&self, digest: &Digest) -> Result<u64, Error> {
        self.objects.check(digest)
    }

    fn require_blobs<'a>(
        &self,
        digests: impl IntoIterator<Item = &'a Digest>,
    ) -> Result<(), Error> {
        for digest in digests {
            if !self.objects.has(digest) {
                return Err(Error::MissingObject {
                    digest: *digest,
                    path: self.objects.path(digest),
                });
            }
        }
        Ok(())
    }

    /// Adds a workload. Its graph must be stored first. Adding the same workload again is
    /// a no-op (returns false); a different one under the same name is a conflict.
    pub fn add_workload(&self, workload: &Workload) -> Result<bool, Error> {
        self.require_blobs([&workload.graph])?;
        self.index.add_workload(workload)
    }

    /// Adds a claim. Its workload must exist and its inputs, outputs and body be stored
    /// (the commitment is a value, not a blob). Same-again is a no-op (false).
    pub fn add_claim(&self, claim: &Claim) -> Result<bool, Error> {
        self.require_blobs(
            claim
                .inputs
                .iter()
                .chain(&claim.outputs)
                .chain([&claim.body]),
        )?;
        self.index.add_claim(claim)
    }

    /// Adds a run. Its workload must exist and its outputs be stored. Same-again is a
    /// no-op (false).
    pub fn add_run(&self, run: &Run) -> Result<bool, Error> {
        self.require_blobs(&run.outputs)?;
        self.index.add_run(run)
    }

    /// Records the end of a run: its status, outputs (replacing any) and finish time.
    pub fn finish_run(
        &self,
        id: &str,
        status: RunStatus,
        outputs: &[Digest],
        finished_ms: i64,
    ) -> Result<(), Error> {
        self.require_blobs(outputs)?;
        let end = RunEnd {
            status,
            outputs,
            finished_ms,
        };
        self.index.finish_run(id, end)
    }

    /// References a stored blob from a row (a manifest, a module, a checkpoint...), so
    /// that `gc` keeps it. Returns false when the link was already there.
    pub fn link(&self, kind: Kind, id: &str, digest: &Digest) -> Result<bool, Error> {
        self.require_blobs([digest])?;
        self.index.link(kind, id, digest)
    }

    /// Removes a reference made with [`Store::link`]; false when there was none.
    pub fn unlink(&self, kind: Kind, id: &str, digest: &Digest) -> Result<bool, Error> {
        self.index.unlink(kind, id, digest)
    }

    /// Removes a row and its references (the blobs stay until `gc`). A workload that
    /// claims or runs refer to is refused with [`Error::InUse`].
    pub fn remove(&self, kind: Kind, id: &str) -> Result<(), Error> {
        self.index.remove(kind, id)
    }

    /// One workload by name.
    pub fn workload(&self, name: &str) -> Result<Option<Workload>, Error> {
        self.index.workload(name)
    }

    /// Every workload, by name.
    pub fn workloads(&self) -> Result<Vec<Workload>, Error> {
        self.index.workloads()
    }

    /// One claim by id.
    pub fn claim(&self, id: &str) -> Result<Option<Claim>, Error> {
        self.index.claim(id)
    }

    /// Every claim (of one workload when given), by id.
    pub fn claims(&self, workload: Option<&str>) -> Result<Vec<Claim>, Error> {
        self.index.claims(workload)
    }

    /// One run by id.
    pub fn run(&self, id: &str) -> Result<Option<Run>, Error> {
        self.index.run(id)
    }

    /// Every run (of one workload when given), by id.
    pub fn runs(&self, workload: Option<&str>) -> Result<Vec<Run>, Error> {
        self.index.runs(workload)
    }

    /// Every reference from the index to a blob, sorted. A malformed row is an error.
    pub fn references(&self) -> Result<Vec<Reference>, Error> {
        self.index
            .raw_references()?
            .iter()
            .map(|raw| {
                raw.parse().map_err(|message| Error::Index {
                    path: self.index.path().to_path_buf(),
                    action: "malformed row",
                    message,
                })
            })
            .collect()
    }

    /// The references to one blob.
    pub fn references_to(&self, digest: &Digest) -> Result<Vec<Reference>, Error> {
        Ok(self
            .references()?
            .into_iter()
            .filter(|r| r.digest == *digest)
            .collect())
    }

    /// The digests of every object file present (names only; contents are not read).
    pub fn objects(&self) -> Vec<Digest> {
        self.objects
            .walk()
            .into_iter()
            .filter_map(|entry| match entry {
                Entry::Object { digest, .. } => Some(digest),
                _ => None,
            })
            .collect()
    }

    pub(crate) fn objects_layer(&self) -> &Objects {
        &self.objects
    }

    pub(crate) fn index_layer(&self) -> &Index {
        &self.index
    }

    /// Takes the store to itself for `gc`, runs `body`, and shares it again.
    pub(crate) fn exclusively<T>(
        &self,
        body: impl FnOnce() -> Result<T, Error>,
    ) -> Result<T, Error> {
        let lock_path = self.root.join(LOCK_FILE);
        let file = match &self.lock {
            Lock::Held(file) => file,
            Lock::Unavailable { kind, message } => {
                return Err(Error::Io(IoError::new(
                    "cannot lock the store for gc",
                    lock_path,
                    io::Error::new(*kind, message.clone()),
                )))
            }
        };
        // flock converts the shared lock in place; a failed conversion drops it, so the
        // shared lock is taken again on every path out.
        let taken = file.try_lock();
        let result = match taken {
            Ok(()) => body(),
            Err(fs::TryLockError::WouldBlock) => Err(Error::Busy {
                path: lock_path.clone(),
            }),
            Err(fs::TryLockError::Error(source)) => Err(Error::Io(IoError::new(
                "cannot lock the store for gc",
                lock_path.clone(),
                source,
            ))),
        };
        let shared = file
            .lock_shared()
            .map_err(|source| IoError::new("cannot lock", lock_path, source));
        let value = result?;
        shared?;
        Ok(value)
    }
}

/// Entries of a directory without an index that a new store would not expect: anything
/// but a lock file and an empty `objects/`.
fn unexpected_entries(root: &Path) -> Result<Vec<String>, Error> {
    let list = |dir: &Path| -> Result<Vec<String>, Error> {
        let mut names = Vec::new();
        for entry in fs::read_dir(dir).map_err(IoError::at("cannot list", dir))? {
            let entry = entry.map_err(IoError::at("cannot list", dir))?;
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
        names.sort();
        Ok(names)
    };
    let mut others = Vec::new();
    for name in list(root)? {
        let fine = name == LOCK_FILE
            || (name == OBJECTS_DIR
                && root.join(OBJECTS_DIR).is_dir()
                && list(&root.join(OBJECTS_DIR))?.is_empty());
        if !fine {
            others.push(name);
        }
    }
    Ok(others)
}

/// Opens the lock file and takes a shared lock, waiting for a running `gc`.
fn open_lock(path: &Path) -> Result<Lock, Error> {
    let file = match OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .or_else(|_| File::open(path))
    {
        Ok(file) => file,
        Err(err) => {
            return Ok(Lock::Unavailable {
                kind: err.kind(),
                message: err.to_string(),
            })
        }
    };
    let deadline = Instant::now() + LOCK_WAIT;
    loop {
        match file.try_lock_shared() {
            Ok(()) => return Ok(Lock::Held(file)),
            Err(fs::TryLockError::WouldBlock) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(fs::TryLockError::WouldBlock) => {
                return Err(Error::Busy {
                    path: path.to_path_buf(),
                })
            }
            Err(fs::TryLockError::Error(err)) => {
                return Ok(Lock::Unavailable {
                    kind: err.kind(),
                    message: err.to_string(),
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Role, Strategy};
    use veritor_fsutil::Scratch;

    #[test]
    fn open_success_creates_layout() {
        let scratch = Scratch::new("store-layout");
        let root = scratch.path("s");
        let store = Store::open(&root).unwrap();
        assert!(root.join(INDEX_FILE).is_file());
        assert!(root.join(OBJECTS_DIR).is_dir());
        assert!(root.join(LOCK_FILE).is_file());
        assert_eq!(store.root(), root);
    }

    #[test]
    fn open_existing_failure_missing_directory_creates_nothing() {
        let scratch = Scratch::new("store-missing");
        let root = scratch.path("absent");
        let err = Store::open_existing(&root).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "no store at {}: the directory does not exist",
                root.display()
            )
        );
        assert!(!root.exists());
    }

    #[test]
    fn open_failure_objects_without_index_refused() {
        let scratch = Scratch::new("store-lost-index");
        let root = scratch.path("s");
        let store = Store::open(&root).unwrap();
        store.put_blob(b"precious").unwrap();
        drop(store);
        fs::remove_file(root.join(INDEX_FILE)).unwrap();
        let _ = fs::remove_file(root.join("index.sqlite-wal"));
        let _ = fs::remove_file(root.join("index.sqlite-shm"));
        let err = Store::open(&root).unwrap_err();
        assert!(
            err.to_string().contains("refusing to start a new index"),
            "{err}"
        );
        assert!(!root.join(INDEX_FILE).exists());
    }

    #[test]
    fn open_failure_file_not_directory() {
        let scratch = Scratch::new("store-file");
        let root = scratch.path("f");
        fs::write(&root, b"x").unwrap();
        let err = Store::open(&root).unwrap_err();
        assert!(err.to_string().ends_with("it is not a directory"), "{err}");
    }

    #[test]
    fn default_path_success_env_then_default() {
        // The only test that touches the variable.
        std::env::remove_var(ENV_VAR);
        assert_eq!(Store::default_path(), PathBuf::from(".veritor"));
        std::env::set_var(ENV_VAR, "/tmp/elsewhere");
        assert_eq!(Store::default_path(), PathBuf::from("/tmp/elsewhere"));
        std::env::set_var(ENV_VAR, "");
        assert_eq!(Store::default_path(), PathBuf::from(".veritor"));
        std::env::remove_var(ENV_VAR);
    }

    #[test]
    fn add_failure_unstored_blob_names_it_and_writes_nothing() {
        let scratch = Scratch::new("store-unstored");
        let store = Store::open(scratch.path("s")).unwrap();
        let graph = Digest::of(b"not stored");
        let err = store
            .add_workload(&Workload::new("w", graph, "main"))
            .unwrap_err();
        assert!(
            err.to_string()
                .starts_with(&format!("missing object {graph}")),
            "{err}"
        );
        assert!(store.workloads().unwrap().is_empty());
    }

    #[test]
    fn rows_success_roundtrip_through_store() {
        let scratch = Scratch::new("store-rows");
        let store = Store::open(scratch.path("s")).unwrap();
        let graph = store.put_blob(b"module {}").unwrap();
        store
            .add_workload(&Workload::new("w", graph, "main"))
            .unwrap();
        let input = store.put_blob(b"input").unwrap();
        let output = store.put_blob(b"output").unwrap();
        let body = store.put_blob(b"{\"claim\":1}").unwrap();
        let claim = Claim {
            id: "c1".into(),
            workload: "w".into(),
            strategy: Strategy::BitExact,
            inputs: vec![input],
            outputs: vec![output],
            commitment: Digest::of(b"root"),
            body,
            created_ms: 3,
        };
        assert!(store.add_claim(&claim).unwrap());
        let run = Run {
            id: "r1".into(),
            workload: "w".into(),
            role: Role::Verifier,
            backend: "iree-llvm-cpu".into(),
            status: RunStatus::Succeeded,
            outputs: vec![output],
            started_ms: 1,
            finished_ms: Some(2),
        };
        assert!(store.add_run(&run).unwrap());
        assert_eq!(store.claims(None).unwrap(), vec![claim]);
        assert_eq!(store.runs(Some("w")).unwrap(), vec![run]);
        let refs = store.references_to(&output).unwrap();
        let names: Vec<String> = refs.iter().map(ToString::to_string).collect();
        assert_eq!(names, ["claim \"c1\" output 0", "run \"r1\" output 0"]);
    }

    #[test]
    fn gc_failure_second_handle_is_busy() {
        let scratch = Scratch::new("store-busy");
        let first = Store::open(scratch.path("s")).unwrap();
        let second = Store::open(scratch.path("s")).unwrap();
        let err = first.exclusively(|| Ok(())).unwrap_err();
        assert!(matches!(err, Error::Busy { .. }), "{err}");
        drop(second);
        first.exclusively(|| Ok(())).unwrap();
        // The shared lock is back: a new handle can open.
        Store::open(scratch.path("s")).unwrap();
    }
}
