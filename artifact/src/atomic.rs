//! Writing a file so that readers see the old content or the whole new content, never a part.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::Error;

/// Distinguishes temporary files of concurrent writers in one process.
static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Writes `bytes` to `path` atomically: a temporary file in the same directory is
/// written, flushed to disk and renamed onto `path`. On failure the temporary file is
/// removed and `path` is left as it was.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let io_error = |action, source| Error::Io {
        action,
        path: path.to_path_buf(),
        source,
    };
    let Some(name) = path.file_name() else {
        return Err(io_error(
            "cannot write",
            io::Error::new(io::ErrorKind::InvalidInput, "not a file path"),
        ));
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = dir.join(format!(
        ".{}.tmp-{}-{}",
        name.to_string_lossy(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .map_err(|source| io_error("cannot create a temporary file for", source))?;
    let written = file
        .write_all(bytes)
        .map_err(|source| io_error("cannot write", source))
        .and_then(|()| {
            file.sync_all()
                .map_err(|source| io_error("cannot flush to disk", source))
        });
    drop(file);
    let renamed = written.and_then(|()| {
        fs::rename(&tmp, path)
            .map_err(|source| io_error("cannot rename a temporary file onto", source))
    });
    if let Err(err) = renamed {
        let _ = fs::remove_file(&tmp);
        return Err(err);
    }
    // Make the rename itself durable. Some file systems cannot sync a directory;
    // the content is already safe, so that is not an error.
    if let Ok(dir) = File::open(&dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::Scratch;

    #[test]
    fn write_atomic_success_replaces_and_leaves_no_temporary() {
        let scratch = Scratch::new("atomic-replace");
        let path = scratch.path("out.bin");
        fs::write(&path, b"old content").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(scratch.names(), vec!["out.bin".to_string()]);
    }

    #[test]
    fn write_atomic_failure_missing_directory_names_path() {
        let scratch = Scratch::new("atomic-missing-dir");
        let path = scratch.path("no-such-dir/out.bin");
        let err = write_atomic(&path, b"x").unwrap_err();
        let message = err.to_string();
        assert!(message.contains("no-such-dir/out.bin"), "{message}");
        assert!(
            message.starts_with("cannot create a temporary file for"),
            "{message}"
        );
    }

    #[test]
    fn write_atomic_failure_rename_onto_directory_keeps_target_and_cleans_up() {
        let scratch = Scratch::new("atomic-onto-dir");
        let path = scratch.path("target");
        fs::create_dir(&path).unwrap();
        fs::write(path.join("inside"), b"keep").unwrap();
        let err = write_atomic(&path, b"x").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("cannot rename a temporary file onto"),
            "{err}"
        );
        assert_eq!(fs::read(path.join("inside")).unwrap(), b"keep");
        assert_eq!(scratch.names(), vec!["target".to_string()]);
    }
}
