//! The blob layer: files named by their BLAKE3 digest under `objects/`.
//!
//! ```text
//! objects/af/1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262   an object
//! objects/af/.tmp-4242-7                                                      a write in progress
//! ```
//!
//! An object appears only by `rename` of a complete, flushed temporary file in its own
//! directory, so a reader (or a process killed at any point) sees the whole object or none.
//! Every read hashes the content again and compares it with the name.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use veritor_fsutil::{self as fsutil, sync_dir, AtomicError, IoError, Step};

use crate::{Digest, Error};

/// Names of temporary files start with this (they are hidden, and never hex).
pub(crate) const TEMP_PREFIX: &str = ".tmp-";

/// What `walk` finds under `objects/`.
#[derive(Debug)]
pub(crate) enum Entry {
    /// A file whose name is a digest.
    Object { digest: Digest, path: PathBuf },
    /// A temporary file (a write in progress, or left by a process that died).
    Temp {
        path: PathBuf,
        modified: Option<SystemTime>,
    },
    /// Anything else: never created by the store, never removed by it.
    Foreign { path: PathBuf, why: &'static str },
    /// A directory or file that could not be examined.
    Unreadable { path: PathBuf, error: io::Error },
}

/// The `objects/` directory of a store.
#[derive(Debug)]
pub(crate) struct Objects {
    dir: PathBuf,
}

impl Objects {
    pub(crate) fn new(dir: PathBuf) -> Objects {
        Objects { dir }
    }

    /// Where the object named `digest` lives (whether or not it exists).
    pub(crate) fn path(&self, digest: &Digest) -> PathBuf {
        let hex = digest.to_string();
        self.dir.join(&hex[..2]).join(&hex[2..])
    }

    /// Whether a file exists under the digest's name (its content is not checked).
    pub(crate) fn has(&self, digest: &Digest) -> bool {
        self.path(digest).is_file()
    }

    /// Reads an object and checks that it hashes to its name.
    pub(crate) fn get(&self, digest: &Digest) -> Result<Vec<u8>, Error> {
        let path = self.path(digest);
        let bytes = fs::read(&path).map_err(|source| self.read_error(digest, &path, source))?;
        let actual = Digest::of(&bytes);
        if actual != *digest {
            return Err(Error::CorruptObject {
                digest: *digest,
                path,
                actual,
                size: bytes.len() as u64,
            });
        }
        Ok(bytes)
    }

    /// Hashes an object in chunks and checks it against its name; returns its size.
    pub(crate) fn check(&self, digest: &Digest) -> Result<u64, Error> {
        let path = self.path(digest);
        let file = File::open(&path).map_err(|source| self.read_error(digest, &path, source))?;
        let (actual, size) =
            Digest::of_reader(file).map_err(IoError::at("cannot read object", &path))?;
        if actual != *digest {
            return Err(Error::CorruptObject {
                digest: *digest,
                path,
                actual,
                size,
            });
        }
        Ok(size)
    }

    fn read_error(&self, digest: &Digest, path: &Path, source: io::Error) -> Error {
        // A file where the object's directory should be also means "not there".
        if matches!(
            source.kind(),
            io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
        ) {
            Error::MissingObject {
                digest: *digest,
                path: path.to_path_buf(),
            }
        } else {
            Error::Io(IoError::new("cannot read object", path, source))
        }
    }

    /// Whether the object exists and is intact; a corrupt one is to be rewritten.
    fn intact(&self, digest: &Digest) -> Result<bool, Error> {
        match self.check(digest) {
            Ok(_) => Ok(true),
            Err(Error::MissingObject { .. } | Error::CorruptObject { .. }) => Ok(false),
            Err(err) => Err(err),
        }
    }

    /// Stores `bytes`; a no-op when an intact object of that digest exists (a corrupt
    /// one is replaced).
    pub(crate) fn put(&self, bytes: &[u8]) -> Result<Digest, Error> {
        let digest = Digest::of(bytes);
        if !self.intact(&digest)? {
            self.write_atomic(&digest, |file| file.write_all(bytes))?;
        }
        Ok(digest)
    }

    /// Stores the content of the file at `source`, in chunks: one pass to name it, one to
    /// copy it (which hashes again, so a file that changes in between is refused).
    pub(crate) fn put_file(&self, source: &Path) -> Result<Digest, Error> {
        let open = || File::open(source).map_err(IoError::at("cannot read", source));
        let (digest, _) = Digest::of_reader(open()?).map_err(IoError::at("cannot read", source))?;
        if self.intact(&digest)? {
            return Ok(digest);
        }
        let mut copied = None;
        self.write_atomic(&digest, |file| {
            let mut tee = HashingWriter {
                inner: file,
                hasher: blake3::Hasher::new(),
            };
            // Read errors from the source are reported below with the source's name.
            let mut reader = open().map_err(|err| io::Error::other(err.to_string()))?;
            io::copy(&mut reader, &mut tee)?;
            copied = Some(Digest::from_bytes(*tee.hasher.finalize().as_bytes()));
            if copied != Some(digest) {
                // Abort: the temporary file is removed and nothing is renamed.
                return Err(io::Error::other("changed"));
            }
            Ok(())
        })
        .map_err(|err| match copied {
            Some(actual) if actual != digest => Error::Changed {
                path: source.to_path_buf(),
            },
            _ => err,
        })?;
        Ok(digest)
    }

    /// Writes an object: temporary file in the object's directory, write, fsync, rename,
    /// fsync the directory. On failure the temporary file is removed.
    fn write_atomic(
        &self,
        digest: &Digest,
        write: impl FnOnce(&mut File) -> io::Result<()>,
    ) -> Result<(), Error> {
        let path = self.path(digest);
        let shard = path.parent().expect("an object path has a directory");
        if !shard.is_dir() {
            fs::create_dir_all(shard).map_err(IoError::at("cannot create directory", shard))?;
            // Make the new directory's entry durable before anything is renamed into it.
            sync_dir(&self.dir);
        }
        fsutil::write_atomic(&path, TEMP_PREFIX, write).map_err(
            |AtomicError { step, temp, source }| {
                match step {
                    Step::Create => IoError::new("cannot create a temporary file in", temp, source),
                    Step::Write => IoError::new("cannot write object", temp, source),
                    Step::Flush => IoError::new("cannot flush object to disk", temp, source),
                    Step::Rename => {
                        IoError::new("cannot rename a temporary file onto object", path, source)
                    }
                }
                .into()
            },
        )
    }

    /// Removes an object file.
    pub(crate) fn remove(&self, path: &Path) -> Result<(), Error> {
        fs::remove_file(path).map_err(IoError::at("cannot remove", path))?;
        Ok(())
    }

    /// Lists everything under `objects/`, sorted by path. A missing `objects/` is empty.
    pub(crate) fn walk(&self) -> Vec<Entry> {
        let mut out = Vec::new();
        let top = match fs::read_dir(&self.dir) {
            Ok(top) => top,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return out,
            Err(error) => {
                out.push(Entry::Unreadable {
                    path: self.dir.clone(),
                    error,
                });
                return out;
            }
        };
        for entry in top {
            let entry = match entry {
                Ok(entry) => entry,
                Err(error) => {
                    out.push(Entry::Unreadable {
                        path: self.dir.clone(),
                        error,
                    });
                    continue;
                }
            };
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_str().unwrap_or("");
            let file_type = match entry.file_type() {
                Ok(file_type) => file_type,
                Err(error) => {
                    out.push(Entry::Unreadable { path, error });
                    continue;
                }
            };
            if file_type.is_dir() && is_lower_hex(name, 2) {
                self.walk_shard(&path, name, &mut out);
            } else if file_type.is_file() && name.starts_with(TEMP_PREFIX) {
                out.push(temp_entry(path));
            } else {
                out.push(Entry::Foreign {
                    path,
                    why: "not an object directory (two lowercase hex digits)",
                });
            }
        }
        out.sort_by(|a, b| entry_path(a).cmp(entry_path(b)));
        out
    }

    fn walk_shard(&self, dir: &Path, shard: &str, out: &mut Vec<Entry>) {
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(error) => {
                out.push(Entry::Unreadable {
                    path: dir.to_path_buf(),
                    error,
                });
                return;
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(error) => {
                    out.push(Entry::Unreadable {
                        path: dir.to_path_buf(),
                        error,
                    });
                    continue;
                }
            };
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_str().unwrap_or("");
            let is_file = match entry.file_type() {
                Ok(file_type) => file_type.is_file(),
                Err(error) => {
                    out.push(Entry::Unreadable { path, error });
                    continue;
                }
            };
            if !is_file {
                out.push(Entry::Foreign {
                    path,
                    why: "not a regular file",
                });
            } else if name.starts_with(TEMP_PREFIX) {
                out.push(temp_entry(path));
            } else if is_lower_hex(name, Digest::HEX_LEN - 2) {
                let digest = Digest::parse(&format!("{shard}{name}"))
                    .expect("lowercase hex of the right length is a digest");
                out.push(Entry::Object { digest, path });
            } else {
                out.push(Entry::Foreign {
                    path,
                    why: "not an object name (62 lowercase hex digits) or a temporary file",
                });
            }
        }
    }
}

fn temp_entry(path: PathBuf) -> Entry {
    let modified = fs::symlink_metadata(&path).and_then(|m| m.modified()).ok();
    Entry::Temp { path, modified }
}

pub(crate) fn entry_path(entry: &Entry) -> &Path {
    match entry {
        Entry::Object { path, .. }
        | Entry::Temp { path, .. }
        | Entry::Foreign { path, .. }
        | Entry::Unreadable { path, .. } => path,
    }
}

fn is_lower_hex(name: &str, len: usize) -> bool {
    name.len() == len && name.bytes().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f'))
}

/// Writes `bytes` to an arbitrary file atomically (temporary file beside it, fsync,
/// rename, fsync the directory): readers see the old file or the whole new one.
pub(crate) fn write_file_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    fsutil::write_atomic(path, TEMP_PREFIX, |file| file.write_all(bytes)).map_err(
        |AtomicError { step, temp, source }| {
            match step {
                Step::Create => IoError::new("cannot create a temporary file in", temp, source),
                Step::Write | Step::Flush | Step::Rename => {
                    IoError::new("cannot write", path, source)
                }
            }
            .into()
        },
    )
}

/// Writes through to a file while hashing what passes.
struct HashingWriter<'a> {
    inner: &'a mut File,
    hasher: blake3::Hasher,
}

impl Write for HashingWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use veritor_fsutil::Scratch;

    fn objects(scratch: &Scratch) -> Objects {
        Objects::new(scratch.path("objects"))
    }

    #[test]
    fn put_success_layout_and_no_temporary_left() {
        let scratch = Scratch::new("objects-layout");
        let objects = objects(&scratch);
        let digest = objects.put(b"hello").unwrap();
        let hex = digest.to_string();
        let path = scratch.path("objects").join(&hex[..2]).join(&hex[2..]);
        assert_eq!(fs::read(&path).unwrap(), b"hello");
        let names: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
        assert_eq!(objects.get(&digest).unwrap(), b"hello");
    }

    #[test]
    fn put_success_existing_is_noop_and_corrupt_is_repaired() {
        let scratch = Scratch::new("objects-repair");
        let objects = objects(&scratch);
        let digest = objects.put(b"content").unwrap();
        let path = objects.path(&digest);
        let before = fs::metadata(&path).unwrap().modified().unwrap();
        objects.put(b"content").unwrap();
        assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), before);
        fs::write(&path, b"contenT").unwrap();
        assert!(matches!(
            objects.get(&digest),
            Err(Error::CorruptObject { .. })
        ));
        objects.put(b"content").unwrap();
        assert_eq!(objects.get(&digest).unwrap(), b"content");
    }

    #[test]
    fn get_failure_missing_names_digest_and_path() {
        let scratch = Scratch::new("objects-missing");
        let objects = objects(&scratch);
        let digest = Digest::of(b"never stored");
        let err = objects.get(&digest).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "missing object {digest} ({})",
                objects.path(&digest).display()
            )
        );
    }

    #[test]
    fn get_failure_truncated_is_corrupt() {
        let scratch = Scratch::new("objects-truncated");
        let objects = objects(&scratch);
        let digest = objects.put(&[1u8; 1000]).unwrap();
        let file = fs::OpenOptions::new()
            .write(true)
            .open(objects.path(&digest))
            .unwrap();
        file.set_len(999).unwrap();
        let err = objects.get(&digest).unwrap_err();
        assert!(
            err.to_string()
                .starts_with(&format!("corrupt object {digest}")),
            "{err}"
        );
        assert!(matches!(
            objects.check(&digest),
            Err(Error::CorruptObject { size: 999, .. })
        ));
    }

    #[test]
    fn put_file_success_matches_put() {
        let scratch = Scratch::new("objects-put-file");
        let objects = objects(&scratch);
        let source = scratch.path("src.bin");
        let bytes: Vec<u8> = (0..300_000u32).map(|i| (i * 7) as u8).collect();
        fs::write(&source, &bytes).unwrap();
        let digest = objects.put_file(&source).unwrap();
        assert_eq!(digest, Digest::of(&bytes));
        assert_eq!(objects.get(&digest).unwrap(), bytes);
    }

    #[test]
    fn put_file_failure_missing_source_names_it() {
        let scratch = Scratch::new("objects-put-file-missing");
        let objects = objects(&scratch);
        let err = objects.put_file(&scratch.path("nope")).unwrap_err();
        assert!(err.to_string().starts_with("cannot read "), "{err}");
        assert!(err.to_string().contains("nope"), "{err}");
    }

    #[test]
    fn put_failure_shard_is_a_file_leaves_nothing() {
        let scratch = Scratch::new("objects-shard-file");
        let objects = objects(&scratch);
        let digest = Digest::of(b"x");
        fs::create_dir_all(scratch.path("objects")).unwrap();
        let shard = scratch.path("objects").join(&digest.to_string()[..2]);
        fs::write(&shard, b"in the way").unwrap();
        let err = objects.put(b"x").unwrap_err();
        assert!(
            err.to_string().contains(&shard.display().to_string()),
            "{err}"
        );
        assert_eq!(fs::read(&shard).unwrap(), b"in the way");
    }

    #[test]
    fn walk_success_classifies_entries() {
        let scratch = Scratch::new("objects-walk");
        let objects = objects(&scratch);
        let digest = objects.put(b"a").unwrap();
        let shard = objects.path(&digest).parent().unwrap().to_path_buf();
        fs::write(shard.join(".tmp-1-2"), b"partial").unwrap();
        fs::write(shard.join("README"), b"?").unwrap();
        fs::create_dir(scratch.path("objects/zz")).unwrap();
        let entries = objects.walk();
        let kinds: Vec<String> = entries
            .iter()
            .map(|e| match e {
                Entry::Object { digest, .. } => format!("object {digest}"),
                Entry::Temp { path, .. } => {
                    format!("temp {}", path.file_name().unwrap().to_string_lossy())
                }
                Entry::Foreign { path, .. } => {
                    format!("foreign {}", path.file_name().unwrap().to_string_lossy())
                }
                Entry::Unreadable { .. } => "unreadable".to_string(),
            })
            .collect();
        assert_eq!(kinds.len(), 4, "{kinds:?}");
        assert!(kinds.contains(&format!("object {digest}")));
        assert!(kinds.contains(&"temp .tmp-1-2".to_string()));
        assert!(kinds.contains(&"foreign README".to_string()));
        assert!(kinds.contains(&"foreign zz".to_string()));
    }
}
