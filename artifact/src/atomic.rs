//! Writing a file so that readers see the old content or the whole new content, never a part.

use std::io::{self, Write};
use std::path::Path;

use veritor_fsutil::{AtomicError, IoError, Step};

use crate::Error;

/// Writes `bytes` to `path` atomically: a temporary file `.<name>.tmp-<pid>-<n>` in the
/// same directory is written, flushed to disk and renamed onto `path`. On failure the
/// temporary file is removed and `path` is left as it was. Every error names `path`.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let Some(name) = path.file_name() else {
        return Err(IoError::new(
            "cannot write",
            path,
            io::Error::new(io::ErrorKind::InvalidInput, "not a file path"),
        )
        .into());
    };
    let prefix = format!(".{}.tmp-", name.to_string_lossy());
    veritor_fsutil::write_atomic(path, &prefix, |file| file.write_all(bytes)).map_err(
        |AtomicError { step, source, .. }| {
            let action = match step {
                Step::Create => "cannot create a temporary file for",
                Step::Write => "cannot write",
                Step::Flush => "cannot flush to disk",
                Step::Rename => "cannot rename a temporary file onto",
            };
            IoError::new(action, path, source).into()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use veritor_fsutil::Scratch;

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
