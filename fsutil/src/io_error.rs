//! The one-line I/O error.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// A file-system operation failed.
///
/// `Display` gives `{action} {path}: {source}` on one line.
#[derive(Debug)]
pub struct IoError {
    /// What was being done, e.g. "cannot read".
    pub action: &'static str,
    /// On which path.
    pub path: PathBuf,
    /// The OS error.
    pub source: io::Error,
}

impl IoError {
    /// The error for `source` while doing `action` on `path`.
    pub fn new(action: &'static str, path: impl Into<PathBuf>, source: io::Error) -> IoError {
        IoError {
            action,
            path: path.into(),
            source,
        }
    }

    /// A `map_err` argument: `fs::read(p).map_err(IoError::at("cannot read", p))`.
    pub fn at<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> IoError + 'a {
        move |source| IoError::new(action, path, source)
    }
}

/// `impl From<IoError> for $error`, into its `Io(IoError)` variant, so that `?` converts.
#[macro_export]
macro_rules! from_io_error {
    ($error:ty) => {
        impl From<$crate::IoError> for $error {
            fn from(err: $crate::IoError) -> Self {
                Self::Io(err)
            }
        }
    };
}

impl fmt::Display for IoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}: {}",
            self.action,
            self.path.display(),
            self.source
        )
    }
}

impl std::error::Error for IoError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_success_action_path_and_os_error_on_one_line() {
        let err = IoError::at("cannot read", Path::new("out/a.json"))(io::Error::new(
            io::ErrorKind::NotFound,
            "gone",
        ));
        assert_eq!(err.to_string(), "cannot read out/a.json: gone");
    }
}
