//! Compiling (with a cache keyed by the module's digest) and running with a time limit.

use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use veritor_iree::exec;
use veritor_iree::npy::{self, Array};
use veritor_iree::tools::{self, Tool};

/// The IREE device for decode programs: `local-task` has a known IREE bug on KV-cache loops
/// (ARCHITECTURE.md, examples/iree_dus_repro.py), `local-sync` runs them correctly.
pub const DEVICE: &str = "local-sync";

/// Compiles `text` for the host CPU into `<cache>/<digest>.vmfb`, or reuses that file when
/// it is there (the name is BLAKE3 of the module text and the flags, so a changed program
/// never meets a stale module). Returns the module's path.
pub fn compile_cached(text: &str, cache: &Path) -> Result<PathBuf, String> {
    let mut h = blake3::Hasher::new();
    h.update(b"veritor-prove/1 cpu module\0");
    for flag in exec::CPU_FLAGS {
        h.update(flag.as_bytes());
        h.update(b"\0");
    }
    h.update(text.as_bytes());
    let key = h.finalize().to_hex().to_string();
    let vmfb = cache.join(format!("{key}.vmfb"));
    if vmfb.is_file() {
        return Ok(vmfb);
    }
    std::fs::create_dir_all(cache)
        .map_err(|e| format!("cannot create {}: {e}", cache.display()))?;
    let mlir = cache.join(format!(".{key}-{}.mlir", std::process::id()));
    let tmp = cache.join(format!(".{key}-{}.vmfb", std::process::id()));
    std::fs::write(&mlir, text).map_err(|e| format!("cannot write {}: {e}", mlir.display()))?;
    let compiled = exec::compile_cpu(&mlir, &tmp, &[]).map_err(|e| e.to_string());
    let _ = std::fs::remove_file(&mlir);
    compiled?;
    std::fs::rename(&tmp, &vmfb).map_err(|e| format!("cannot write {}: {e}", vmfb.display()))?;
    Ok(vmfb)
}

/// Runs `function` of `vmfb` on `inputs`, killing it after `limit`; returns the results
/// (`results` of them, read back from `.npy` files in `work`).
pub fn run(
    vmfb: &Path,
    function: &str,
    inputs: &[PathBuf],
    results: usize,
    work: &Path,
    limit: Duration,
) -> Result<Vec<Array>, String> {
    let exe = tools::find(Tool::RunModule).map_err(|e| e.to_string())?;
    let outputs: Vec<PathBuf> = (0..results)
        .map(|i| work.join(format!("{function}-out{i:02}.npy")))
        .collect();
    for o in &outputs {
        let _ = std::fs::remove_file(o);
    }
    let arg = |flag: &str, p: &Path| {
        let mut a = OsString::from(flag);
        a.push(p.as_os_str());
        a
    };
    let mut command = Command::new(&exe);
    command
        .arg(format!("--device={DEVICE}"))
        .arg(arg("--module=", vmfb))
        .arg(format!("--function={function}"))
        .args(inputs.iter().map(|p| arg("--input=@", p)))
        .args(outputs.iter().map(|p| arg("--output=@", p)))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    let mut stderr = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(s) = stderr.as_mut() {
            let _ = s.read_to_string(&mut text);
        }
        text
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "@{function} ran longer than the limit of {} s and was stopped",
                    limit.as_secs()
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("cannot wait for {}: {e}", exe.display())),
        }
    };
    let text = reader.join().unwrap_or_default();
    if !status.success() {
        let last = text
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        return Err(format!(
            "iree-run-module failed on @{function} ({status}): {last}"
        ));
    }
    outputs
        .iter()
        .map(|p| npy::read(p).map_err(|e| e.to_string()))
        .collect()
}

/// Writes `array` as `<work>/<name>.npy` and returns the path.
pub fn write_input(work: &Path, name: &str, array: &Array) -> Result<PathBuf, String> {
    let path = work.join(format!("{name}.npy"));
    npy::write(&path, array).map_err(|e| e.to_string())?;
    Ok(path)
}
