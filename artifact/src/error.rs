//! The crate's one error type.

use std::fmt;
use std::path::PathBuf;

pub use veritor_fsutil::IoError;

/// Why reading, writing or checking an artifact failed.
///
/// `Display` gives one line that names the file concerned.
#[derive(Debug)]
pub enum Error {
    /// A file-system operation failed.
    Io(IoError),
    /// The manifest is not JSON, or lacks a field, or a field has the wrong type.
    Json {
        /// The manifest file.
        path: PathBuf,
        /// serde_json's message (it names the field, line and column).
        source: serde_json::Error,
    },
    /// The manifest parses but breaks a rule of the format (bad digest, unsafe file name...).
    Invalid {
        /// The manifest file.
        path: PathBuf,
        /// What is wrong, naming the field.
        message: String,
    },
    /// The symbol prefix for an object is not a C identifier.
    SymbolPrefix {
        /// The object that was to be written.
        path: PathBuf,
        /// The rejected prefix.
        prefix: String,
    },
    /// The manifest JSON to embed in an object holds a NUL byte, so C could not read it
    /// as a string.
    ManifestNul {
        /// The object that was to be written.
        path: PathBuf,
        /// Where the first NUL is.
        offset: usize,
    },
    /// The host is not one this crate writes objects for (x86-64 Linux).
    UnsupportedHost {
        /// The object that was to be written.
        path: PathBuf,
        /// LLVM's default target triple.
        triple: String,
    },
    /// LLVM failed while building or emitting an object.
    Llvm {
        /// The object that was to be written.
        path: PathBuf,
        /// What LLVM was doing, e.g. "emit".
        stage: &'static str,
        /// LLVM's message, on one line.
        message: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io(err) => err.fmt(f),
            Error::Json { path, source } => {
                write!(f, "invalid manifest {}: {source}", path.display())
            }
            Error::Invalid { path, message } => {
                write!(f, "invalid manifest {}: {message}", path.display())
            }
            Error::SymbolPrefix { path, prefix } => write!(
                f,
                "cannot write object {}: symbol prefix {prefix:?} is not a C identifier \
                 (letters, digits and '_', not starting with a digit)",
                path.display()
            ),
            Error::ManifestNul { path, offset } => write!(
                f,
                "cannot write object {}: the manifest holds a NUL byte at offset {offset}",
                path.display()
            ),
            Error::UnsupportedHost { path, triple } => write!(
                f,
                "cannot write object {}: host triple {triple:?} is not x86-64 Linux, \
                 the only target objects are written for",
                path.display()
            ),
            Error::Llvm {
                path,
                stage,
                message,
            } => write!(
                f,
                "cannot write object {}: LLVM failed to {stage}: {}",
                path.display(),
                one_line(message)
            ),
        }
    }
}

veritor_fsutil::from_io_error!(Error);

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io(err) => Some(&err.source),
            Error::Json { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Joins the lines of a multi-line message with "; " so that an error stays one line.
fn one_line(message: &str) -> String {
    message
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn llvm_message_success_joined_on_one_line() {
        let err = Error::Llvm {
            path: PathBuf::from("out/a.o"),
            stage: "emit",
            message: "first\n  second\n\n".to_string(),
        };
        assert_eq!(
            err.to_string(),
            "cannot write object out/a.o: LLVM failed to emit: first; second"
        );
    }
}
