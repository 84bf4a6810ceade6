//! StableHLO's pretty form, through IREE's `iree-opt` (which has the StableHLO dialect that
//! Veritor parses around): pretty input becomes generic before parsing, and `--emit=pretty`
//! turns generic output back.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use veritor_iree::tools::{self, Tool};

/// Why pretty input could not be converted.
#[derive(Debug)]
pub enum ConvertError {
    /// iree-opt cannot be found or run: nothing else can be parsed either.
    Tool(String),
    /// iree-opt rejected the input: its diagnostics, with the input's name.
    Input(String),
}

/// Converts pretty-form text to generic form, keeping `source_name` in the locations.
pub fn to_generic(text: &str, source_name: &str, reason: &str) -> Result<String, ConvertError> {
    let iree_opt = tools::find(Tool::Opt).map_err(|e| {
        ConvertError::Tool(format!(
            "{source_name}: error: input is in StableHLO's pretty form ({}), which needs iree-opt to convert: {e}",
            reason.trim()
        ))
    })?;
    let temp = TempFile::new(text).map_err(ConvertError::Tool)?;
    let output = Command::new(&iree_opt)
        .args([
            "--mlir-print-op-generic",
            "--mlir-print-debuginfo",
            "--allow-unregistered-dialect",
        ])
        .arg(&temp.path)
        .output()
        .map_err(|e| ConvertError::Tool(format!("cannot run {}: {e}", iree_opt.display())))?;
    let rename = |s: &[u8]| {
        String::from_utf8_lossy(s).replace(&temp.path.display().to_string(), source_name)
    };
    if !output.status.success() {
        return Err(ConvertError::Input(
            rename(&output.stderr).trim_end().to_string(),
        ));
    }
    Ok(rename(&output.stdout))
}

/// Converts generic-form text to StableHLO's pretty form.
pub fn to_pretty(generic: &str) -> Result<String, String> {
    let iree_opt = tools::find(Tool::Opt).map_err(|e| format!("error: --emit=pretty needs {e}"))?;
    let temp = TempFile::new(generic)?;
    let output = Command::new(&iree_opt)
        .arg("--allow-unregistered-dialect")
        .arg(&temp.path)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", iree_opt.display()))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr)
            .replace(&temp.path.display().to_string(), "<output>");
        return Err(format!(
            "error: iree-opt cannot print the result in pretty form:\n{}",
            stderr.trim_end()
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// A temporary `.mlir` file, removed when dropped.
struct TempFile {
    path: PathBuf,
}

impl TempFile {
    fn new(text: &str) -> Result<Self, String> {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("veritor-{}-{n}.mlir", std::process::id()));
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        Ok(TempFile { path })
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}
