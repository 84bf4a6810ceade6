//! File-system pieces that `veritor-artifact` and `veritor-store` share, std only:
//!
//! - [`IoError`]: a failed file-system operation, shown as one line that names what was
//!   being done and the path (`cannot read out/a.json: No such file or directory (os
//!   error 2)`); each crate's `Error::Io` holds one;
//! - [`write_atomic`]: replaces a file so that readers see the old content or the whole new
//!   content, never a part (temporary file in the same directory, write, fsync, rename,
//!   fsync the directory);
//! - [`Scratch`] (feature `testing`): a scratch directory for tests, removed on drop.

mod atomic;
mod io_error;
#[cfg(any(test, feature = "testing"))]
mod scratch;

pub use atomic::{parent_dir, sync_dir, write_atomic, AtomicError, Step};
pub use io_error::IoError;
#[cfg(any(test, feature = "testing"))]
pub use scratch::Scratch;
