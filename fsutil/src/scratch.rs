//! Scratch directories for tests (feature `testing`).

use std::fs;
use std::path::{Path, PathBuf};

/// A scratch directory, emptied when made and removed on drop. Its name holds the process
/// id, so that test binaries running at the same time never share one.
pub struct Scratch(PathBuf);

impl Scratch {
    /// `veritor-scratch-<pid>-<name>` under the system's temporary directory.
    pub fn new(name: &str) -> Scratch {
        Scratch::new_in(&std::env::temp_dir(), name)
    }

    /// `veritor-scratch-<pid>-<name>` under `base` (e.g. Cargo's `CARGO_TARGET_TMPDIR`).
    pub fn new_in(base: &Path, name: &str) -> Scratch {
        let dir = base.join(format!("veritor-scratch-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("create scratch directory");
        Scratch(dir)
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.0
    }

    /// `name` inside the directory.
    pub fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    /// The names of the entries in the directory, sorted.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(&self.0)
            .expect("list scratch directory")
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}
