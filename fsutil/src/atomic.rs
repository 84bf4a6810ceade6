//! Replacing a file so that readers see the old content or the whole new content, never a
//! part.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Distinguishes temporary files of concurrent writers in one process.
static COUNTER: AtomicU64 = AtomicU64::new(0);

/// The step of [`write_atomic`] that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Creating the temporary file in the target's directory.
    Create,
    /// Writing the content into the temporary file.
    Write,
    /// Flushing the temporary file to disk.
    Flush,
    /// Renaming the temporary file onto the target.
    Rename,
}

/// Why [`write_atomic`] failed. The temporary file is gone and the target is as it was.
#[derive(Debug)]
pub struct AtomicError {
    /// Which step failed.
    pub step: Step,
    /// The temporary file (for [`Step::Create`], the directory it was to be created in).
    pub temp: PathBuf,
    /// The OS error, or the one `write` returned.
    pub source: io::Error,
}

/// The directory a file path is in: its parent, or `.` for a bare file name.
pub fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Flushes a directory's entries (a rename or a new entry) to disk. Some file systems
/// cannot sync a directory; the files' content is already safe, so that is not an error.
pub fn sync_dir(dir: &Path) {
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
}

/// Writes a file atomically: `write` fills a new temporary file
/// `<temp_prefix><pid>-<n>` in `path`'s directory, which is flushed to disk and renamed
/// onto `path`, and then the directory is flushed. On failure the temporary file is
/// removed and `path` is left as it was.
pub fn write_atomic(
    path: &Path,
    temp_prefix: &str,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> Result<(), AtomicError> {
    let dir = parent_dir(path);
    let (temp, mut file) = create_temp(&dir, temp_prefix).map_err(|source| AtomicError {
        step: Step::Create,
        temp: dir.clone(),
        source,
    })?;
    let fail = |step, source| AtomicError {
        step,
        temp: temp.clone(),
        source,
    };
    let written = write(&mut file)
        .map_err(|source| fail(Step::Write, source))
        .and_then(|()| file.sync_all().map_err(|source| fail(Step::Flush, source)));
    drop(file);
    let renamed =
        written.and_then(|()| fs::rename(&temp, path).map_err(|source| fail(Step::Rename, source)));
    if let Err(err) = renamed {
        let _ = fs::remove_file(&temp);
        return Err(err);
    }
    sync_dir(&dir);
    Ok(())
}

/// Creates a new file `<prefix><pid>-<n>` in `dir`, taking the next `n` when a file of
/// that name exists (left by a dead process that had the same pid).
fn create_temp(dir: &Path, prefix: &str) -> io::Result<(PathBuf, File)> {
    let pid = std::process::id();
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp = dir.join(format!("{prefix}{pid}-{n}"));
        match OpenOptions::new().write(true).create_new(true).open(&temp) {
            Ok(file) => return Ok((temp, file)),
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists && n < u64::MAX => continue,
            Err(err) => return Err(err),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Scratch;
    use std::io::Write;

    #[test]
    fn write_atomic_success_each_write_replaces_the_last() {
        let scratch = Scratch::new("atomic-twice");
        let path = scratch.path("a.json");
        for content in [&b"first"[..], b"second", b""] {
            write_atomic(&path, ".tmp-", |file| file.write_all(content)).unwrap();
            assert_eq!(fs::read(&path).unwrap(), content);
            assert_eq!(scratch.names(), ["a.json"]);
        }
    }

    #[test]
    fn write_atomic_failure_write_error_keeps_target_and_cleans_up() {
        let scratch = Scratch::new("atomic-write-error");
        let path = scratch.path("out.bin");
        fs::write(&path, b"old").unwrap();
        let err = write_atomic(&path, ".tmp-", |_| Err(io::Error::other("no"))).unwrap_err();
        assert_eq!(err.step, Step::Write);
        assert!(err
            .temp
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with(".tmp-"));
        assert_eq!(fs::read(&path).unwrap(), b"old");
        assert_eq!(scratch.names(), ["out.bin"]);
    }

    #[test]
    fn write_atomic_failure_missing_directory_is_create_step() {
        let scratch = Scratch::new("atomic-missing-dir");
        let err = write_atomic(&scratch.path("no/out.bin"), ".tmp-", |_| Ok(())).unwrap_err();
        assert_eq!(err.step, Step::Create);
        assert_eq!(err.temp, scratch.path("no"));
    }

    #[test]
    fn create_temp_success_skips_existing_names() {
        let scratch = Scratch::new("atomic-temp-names");
        let pid = std::process::id();
        let next = COUNTER.load(Ordering::Relaxed);
        for n in next..next + 3 {
            fs::write(scratch.path(&format!(".tmp-{pid}-{n}")), b"old").unwrap();
        }
        let (temp, _file) = create_temp(scratch.dir(), ".tmp-").unwrap();
        assert_eq!(fs::read(&temp).unwrap(), b"");
    }

    #[test]
    fn parent_dir_success_bare_name_is_dot() {
        assert_eq!(parent_dir(Path::new("a.json")), PathBuf::from("."));
        assert_eq!(parent_dir(Path::new("d/a.json")), PathBuf::from("d"));
    }
}
