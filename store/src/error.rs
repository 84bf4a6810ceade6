//! The crate's one error type.

use std::fmt;
use std::path::PathBuf;

pub use veritor_fsutil::IoError;

use crate::digest::BadDigest;
use crate::model::Invalid;
use crate::{Digest, Kind};

/// Why a store operation failed.
///
/// `Display` gives one line that names the file, the digest or the index row concerned.
/// No error leaves a partial object or a half-written index row behind.
#[derive(Debug)]
pub enum Error {
    /// A file-system operation failed.
    Io(IoError),
    /// A store was to be read but its directory does not exist.
    NoStore {
        /// The store directory.
        path: PathBuf,
    },
    /// The directory exists but is not a store (or a store whose index is gone).
    NotAStore {
        /// The directory.
        path: PathBuf,
        /// What is missing or unexpected.
        reason: String,
    },
    /// SQLite failed on the index (unreadable, corrupt, not a database, read-only...).
    Index {
        /// The index file.
        path: PathBuf,
        /// What was being done, e.g. "cannot open".
        action: &'static str,
        /// SQLite's message.
        message: String,
    },
    /// The index was written by a newer Veritor with a schema this one does not know.
    SchemaTooNew {
        /// The index file.
        path: PathBuf,
        /// The version found in `schema_version`.
        found: i64,
        /// The newest version this build supports.
        supported: i64,
    },
    /// Text that should be a digest is not 64 hex digits.
    BadDigest {
        /// The text given.
        text: String,
        /// What is wrong with it.
        reason: String,
    },
    /// No object with this digest is in the store.
    MissingObject {
        /// The digest asked for.
        digest: Digest,
        /// Where its file should be.
        path: PathBuf,
    },
    /// The object's content does not hash to its name.
    CorruptObject {
        /// The object's name.
        digest: Digest,
        /// Its file.
        path: PathBuf,
        /// What the content hashes to now.
        actual: Digest,
        /// The content's size in bytes now.
        size: u64,
    },
    /// A file changed while it was being copied into the store.
    Changed {
        /// The source file.
        path: PathBuf,
    },
    /// An index row was named that does not exist.
    NoSuchRow {
        /// The table.
        kind: Kind,
        /// The row's name or id.
        id: String,
    },
    /// A row with this name or id exists with different content.
    Conflict {
        /// The table.
        kind: Kind,
        /// The row's name or id.
        id: String,
        /// Which field differs.
        field: &'static str,
    },
    /// A workload cannot be removed while claims or runs refer to it.
    InUse {
        /// The workload's name.
        id: String,
        /// How many claims and runs refer to it.
        users: u64,
    },
    /// A name, id or other argument breaks the rules (empty, too long, control characters).
    Invalid {
        /// Which argument.
        what: &'static str,
        /// What is wrong.
        message: String,
    },
    /// `gc` needs the store to itself, but another handle (in this or another process)
    /// has it open.
    Busy {
        /// The store's lock file.
        path: PathBuf,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io(err) => err.fmt(f),
            Error::NoStore { path } => write!(
                f,
                "no store at {}: the directory does not exist",
                path.display()
            ),
            Error::NotAStore { path, reason } => {
                write!(f, "{} is not a Veritor store: {reason}", path.display())
            }
            Error::Index {
                path,
                action,
                message,
            } => write!(f, "index {}: {action}: {message}", path.display()),
            Error::SchemaTooNew {
                path,
                found,
                supported,
            } => write!(
                f,
                "index {}: schema version {found} is newer than this build supports \
                 ({supported}); use a newer veritor",
                path.display()
            ),
            Error::BadDigest { text, reason } => write!(f, "invalid digest {text:?}: {reason}"),
            Error::MissingObject { digest, path } => {
                write!(f, "missing object {digest} ({})", path.display())
            }
            Error::CorruptObject {
                digest,
                path,
                actual,
                size,
            } => write!(
                f,
                "corrupt object {digest} ({}): its {size} bytes hash to {actual}",
                path.display()
            ),
            Error::Changed { path } => write!(
                f,
                "cannot store {}: the file changed while it was being copied",
                path.display()
            ),
            Error::NoSuchRow { kind, id } => write!(f, "no {kind} {id:?} in the index"),
            Error::Conflict { kind, id, field } => write!(
                f,
                "{kind} {id:?} is already in the index with a different {field}"
            ),
            Error::InUse { id, users } => write!(
                f,
                "cannot remove workload {id:?}: {users} claims or runs refer to it"
            ),
            Error::Invalid { what, message } => write!(f, "invalid {what}: {message}"),
            Error::Busy { path } => write!(
                f,
                "the store is in use (lock {} is held by another handle or process); \
                 gc needs it to itself, try again when the other user has finished",
                path.display()
            ),
        }
    }
}

veritor_fsutil::from_io_error!(Error);

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io(err) => Some(&err.source),
            _ => None,
        }
    }
}

impl From<BadDigest> for Error {
    fn from(e: BadDigest) -> Error {
        Error::BadDigest {
            text: e.text,
            reason: e.reason,
        }
    }
}

impl From<Invalid> for Error {
    fn from(e: Invalid) -> Error {
        Error::Invalid {
            what: e.what,
            message: e.message,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_corrupt_object_success_names_digest_path_and_actual() {
        let digest = Digest::of(b"a");
        let actual = Digest::of(b"b");
        let err = Error::CorruptObject {
            digest,
            path: PathBuf::from("s/objects/xx/yy"),
            actual,
            size: 1,
        };
        assert_eq!(
            err.to_string(),
            format!("corrupt object {digest} (s/objects/xx/yy): its 1 bytes hash to {actual}")
        );
    }

    #[test]
    fn display_missing_object_success_names_digest_and_path() {
        let digest = Digest::of(b"a");
        let err = Error::MissingObject {
            digest,
            path: PathBuf::from("p"),
        };
        assert_eq!(err.to_string(), format!("missing object {digest} (p)"));
    }
}
