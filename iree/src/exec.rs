//! Running the IREE tools: compile for the CPU, run on `.npy` files, check results.

use std::cmp::Ordering;
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};

use crate::compare::{compare, Mismatch, Summary, Tolerance};
use crate::npy::{self, NpyError};
use crate::tools::{self, Tool, ToolError};

/// Flags that make `iree-compile` target the CPU it runs on.
pub const CPU_FLAGS: [&str; 3] = [
    "--iree-hal-target-device=local",
    "--iree-hal-local-target-device-backends=llvm-cpu",
    "--iree-llvmcpu-target-cpu=host",
];

/// The `iree-run-module` device for CPU modules (multi-threaded local executor).
pub const CPU_DEVICE: &str = "local-task";

/// How many lines of a tool's output an error keeps.
const TAIL_LINES: usize = 40;

/// Longest line (in characters) an error keeps; LLVM stack traces have enormous ones.
const TAIL_LINE_CHARS: usize = 400;

/// How a tool process ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// It exited with this code.
    Code(i32),
    /// It was killed by this signal, or a wrapper script reported that it was
    /// (the `.venv` scripts exit with 256 - N, shells with 128 + N).
    Signal(i32),
}

impl Status {
    /// Reads an exit status, recognising crash signals passed through wrapper scripts.
    fn from_exit(status: ExitStatus) -> Status {
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            if let Some(signal) = status.signal() {
                return Status::Signal(signal);
            }
        }
        match status.code() {
            Some(code) => wrapped_signal(code).map_or(Status::Code(code), Status::Signal),
            None => Status::Code(-1),
        }
    }
}

/// The crash signal an exit code stands for, if it is one a wrapper would report.
fn wrapped_signal(code: i32) -> Option<i32> {
    let signal = match code {
        129..=192 => code - 128,
        193..=255 => 256 - code,
        _ => return None,
    };
    signal_name(signal).map(|_| signal)
}

/// Names of the signals that mean a crash.
fn signal_name(signal: i32) -> Option<&'static str> {
    let name = match signal {
        4 => "SIGILL",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        _ => return None,
    };
    Some(name)
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Code(code) => write!(f, "exit code {code}"),
            Status::Signal(signal) => match signal_name(*signal) {
                Some(name) => write!(f, "signal {signal}, {name}"),
                None => write!(f, "signal {signal}"),
            },
        }
    }
}

/// Why compiling, running or checking failed.
#[derive(Debug)]
pub enum ExecError {
    /// An IREE tool could not be found.
    NotFound(ToolError),
    /// A file or directory the step needs does not exist.
    Missing {
        /// What it is, e.g. "MLIR file".
        what: &'static str,
        /// Where it was expected.
        path: PathBuf,
    },
    /// A file-system operation failed.
    Io {
        /// What was being done, e.g. "cannot list".
        action: &'static str,
        /// On which path.
        path: PathBuf,
        /// The OS error.
        source: io::Error,
    },
    /// The tool could not be started.
    Spawn {
        /// The executable.
        exe: PathBuf,
        /// The OS error.
        source: io::Error,
    },
    /// The tool ran and failed.
    Tool {
        /// Which tool, e.g. "iree-compile".
        stage: &'static str,
        /// The file it was working on (the MLIR file or the module).
        file: PathBuf,
        /// How it ended.
        status: Status,
        /// The last lines of its error output (of its standard output if that was empty).
        stderr: String,
    },
    /// An input, output or expected `.npy` file could not be read.
    Npy(NpyError),
    /// The expected-outputs directory has no `.npy` files, so there is nothing to check.
    NoExpected(PathBuf),
}

impl fmt::Display for ExecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExecError::NotFound(err) => write!(f, "{err}"),
            ExecError::Missing { what, path } => {
                write!(f, "{what} {} does not exist", path.display())
            }
            ExecError::Io {
                action,
                path,
                source,
            } => write!(f, "{action} {}: {source}", path.display()),
            ExecError::Spawn { exe, source } => {
                write!(f, "cannot start {}: {source}", exe.display())
            }
            ExecError::Tool {
                stage,
                file,
                status,
                stderr,
            } => {
                let verb = match status {
                    Status::Signal(_) => "crashed",
                    Status::Code(_) => "failed",
                };
                write!(f, "{stage} {verb} ({status}) on {}", file.display())?;
                if let Some(hint) = hint(stage, *status, stderr) {
                    write!(f, "; {hint}")?;
                }
                if !stderr.is_empty() {
                    write!(f, "\n{stderr}")?;
                }
                Ok(())
            }
            ExecError::Npy(err) => write!(f, "{err}"),
            ExecError::NoExpected(dir) => write!(
                f,
                "no expected outputs: {} has no .npy files",
                dir.display()
            ),
        }
    }
}

impl std::error::Error for ExecError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ExecError::NotFound(err) => Some(err),
            ExecError::Io { source, .. } | ExecError::Spawn { source, .. } => Some(source),
            ExecError::Npy(err) => Some(err),
            _ => None,
        }
    }
}

impl From<ToolError> for ExecError {
    fn from(err: ToolError) -> ExecError {
        ExecError::NotFound(err)
    }
}

impl From<NpyError> for ExecError {
    fn from(err: NpyError) -> ExecError {
        ExecError::Npy(err)
    }
}

/// A likely explanation for a tool failure that IREE's own message does not give.
fn hint(stage: &str, status: Status, output: &str) -> Option<&'static str> {
    if stage == Tool::Compile.exe_name() && matches!(status, Status::Signal(_)) {
        return Some("IREE crashes like this on ops it does not know (e.g. a leftover veritor op)");
    }
    if output.contains("unsupported data encoding") {
        return Some(
            "iree-run-module cannot write this result type (bf16) as .npy; convert it in-graph",
        );
    }
    if output.contains("outputs specified but the provided variant list only has") {
        return Some("the number of output files must equal the number of results");
    }
    None
}

/// Compiles `mlir` (StableHLO, generic or pretty form) into `vmfb` for the host CPU.
///
/// Runs `iree-compile` with [`CPU_FLAGS`], then `extra_flags`. On failure the
/// (possibly partial) `vmfb` is deleted.
pub fn compile_cpu(mlir: &Path, vmfb: &Path, extra_flags: &[String]) -> Result<(), ExecError> {
    let mut flags: Vec<String> = CPU_FLAGS.iter().map(|f| f.to_string()).collect();
    flags.extend_from_slice(extra_flags);
    compile(mlir, vmfb, &flags)
}

/// Compiles `mlir` into `vmfb` with exactly `flags` (target selection included). A failed
/// compile leaves no `vmfb` behind.
pub fn compile(mlir: &Path, vmfb: &Path, flags: &[String]) -> Result<(), ExecError> {
    let exe = tools::find(Tool::Compile)?;
    require(mlir, "MLIR file")?;
    let mut command = Command::new(&exe);
    command.args(flags).arg(mlir).arg("-o").arg(vmfb);
    let result = run_tool(command, &exe, Tool::Compile, mlir);
    if result.is_err() {
        remove_if_present(vmfb)?;
        return result;
    }
    require(
        vmfb,
        "compiled module (iree-compile succeeded but wrote nothing)",
    )
}

/// Runs `function` of `vmfb` on `device` (e.g. [`CPU_DEVICE`]) with `.npy`
/// inputs, writing one `.npy` file per result.
///
/// `outputs` must have exactly one path per result of the function. Existing
/// output files are deleted first, and again if the run fails, so a stale or
/// partial file is never mistaken for a result.
pub fn run(
    vmfb: &Path,
    function: &str,
    inputs: &[PathBuf],
    outputs: &[PathBuf],
    device: &str,
) -> Result<(), ExecError> {
    let exe = tools::find(Tool::RunModule)?;
    require(vmfb, "module")?;
    for input in inputs {
        require(input, "input")?;
    }
    remove_all(outputs)?;
    let mut command = Command::new(&exe);
    command
        .arg(format!("--device={device}"))
        .arg(flag_with_path("--module=", vmfb))
        .arg(format!("--function={function}"));
    command.args(inputs.iter().map(|p| flag_with_path("--input=@", p)));
    command.args(outputs.iter().map(|p| flag_with_path("--output=@", p)));
    let result = run_tool(command, &exe, Tool::RunModule, vmfb);
    if result.is_err() {
        remove_all(outputs)?;
    }
    result
}

/// The `.npy` files in `dir`, in natural order (`in2.npy` before `in10.npy`;
/// the same as plain order for zero-padded names).
pub fn npy_files(dir: &Path) -> Result<Vec<PathBuf>, ExecError> {
    if !dir.is_dir() {
        return Err(ExecError::Missing {
            what: "directory",
            path: dir.to_path_buf(),
        });
    }
    let entries = fs::read_dir(dir).map_err(|e| io_error("cannot list", dir, e))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| io_error("cannot list", dir, e))?.path();
        if path.extension().is_some_and(|ext| ext == "npy") && path.is_file() {
            files.push(path);
        }
    }
    files.sort_by(|a, b| natural_cmp(&file_name(a), &file_name(b)));
    Ok(files)
}

/// One result of [`check_cpu`]: the expected file and how the actual output compared.
pub type OutputCheck = (PathBuf, Result<Summary, Mismatch>);

/// Compiles `mlir` for the CPU, runs `function` on the inputs in `inputs_dir`,
/// and compares each result with the file of the same position in `expected_dir`.
///
/// Inputs and expected files are taken in [`npy_files`] order; the function must
/// have as many results as there are expected files. The module and the actual
/// outputs (named like the expected files) are written under `work_dir`, which
/// is created if needed. Each entry of the answer is an expected file and how its
/// result compared; integer and bool results are compared exactly whatever `tol`
/// says. Note that `iree-compile` demotes f64 to f32 by default, so an f64
/// expected file meets an f32 result (a dtype mismatch).
pub fn check_cpu(
    mlir: &Path,
    function: &str,
    inputs_dir: &Path,
    expected_dir: &Path,
    work_dir: &Path,
    tol: Tolerance,
) -> Result<Vec<OutputCheck>, ExecError> {
    let inputs = npy_files(inputs_dir)?;
    let expected = npy_files(expected_dir)?;
    if expected.is_empty() {
        return Err(ExecError::NoExpected(expected_dir.to_path_buf()));
    }
    let actual_dir = work_dir.join("actual");
    fs::create_dir_all(&actual_dir).map_err(|e| io_error("cannot create", &actual_dir, e))?;
    let vmfb = work_dir.join(module_name(mlir));
    compile_cpu(mlir, &vmfb, &[])?;
    let outputs: Vec<PathBuf> = expected
        .iter()
        .map(|e| actual_dir.join(file_name(e)))
        .collect();
    run(&vmfb, function, &inputs, &outputs, CPU_DEVICE)?;
    let mut results = Vec::with_capacity(expected.len());
    for (expected_path, actual_path) in expected.into_iter().zip(&outputs) {
        let actual = npy::read(actual_path)?;
        let wanted = npy::read(&expected_path)?;
        results.push((expected_path, compare(&actual, &wanted, tol)));
    }
    Ok(results)
}

/// Runs a prepared tool command, capturing its output; a non-zero end is an error.
fn run_tool(mut command: Command, exe: &Path, tool: Tool, file: &Path) -> Result<(), ExecError> {
    let output = command
        .stdin(Stdio::null())
        .output()
        .map_err(|source| ExecError::Spawn {
            exe: exe.to_path_buf(),
            source,
        })?;
    if output.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let text = if stderr.trim().is_empty() {
        String::from_utf8_lossy(&output.stdout)
    } else {
        stderr
    };
    Err(ExecError::Tool {
        stage: tool.exe_name(),
        file: file.to_path_buf(),
        status: Status::from_exit(output.status),
        stderr: tail(&text),
    })
}

/// The last [`TAIL_LINES`] non-empty lines of `text`, each cut to [`TAIL_LINE_CHARS`].
fn tail(text: &str) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let skip = lines.len().saturating_sub(TAIL_LINES);
    let mut kept: Vec<String> = lines[skip..].iter().map(|l| shorten(l)).collect();
    if skip > 0 {
        kept.insert(0, format!("[... {skip} earlier lines]"));
    }
    kept.join("\n")
}

/// `line` cut to [`TAIL_LINE_CHARS`] characters.
fn shorten(line: &str) -> String {
    match line.char_indices().nth(TAIL_LINE_CHARS) {
        Some((cut, _)) => format!("{} [...]", &line[..cut]),
        None => line.to_string(),
    }
}

/// `--flag=` followed by a path (paths need not be UTF-8).
fn flag_with_path(flag: &str, path: &Path) -> std::ffi::OsString {
    let mut arg = std::ffi::OsString::from(flag);
    arg.push(path.as_os_str());
    arg
}

/// Fails unless `path` exists.
fn require(path: &Path, what: &'static str) -> Result<(), ExecError> {
    if path.exists() {
        Ok(())
    } else {
        Err(ExecError::Missing {
            what,
            path: path.to_path_buf(),
        })
    }
}

/// Deletes `path` if it exists.
fn remove_if_present(path: &Path) -> Result<(), ExecError> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(io_error("cannot delete", path, e)),
        _ => Ok(()),
    }
}

/// Deletes every path that exists.
fn remove_all(paths: &[PathBuf]) -> Result<(), ExecError> {
    paths.iter().try_for_each(|p| remove_if_present(p))
}

/// An I/O error on `path`.
fn io_error(action: &'static str, path: &Path, source: io::Error) -> ExecError {
    ExecError::Io {
        action,
        path: path.to_path_buf(),
        source,
    }
}

/// The file name of `path` as text (lossy), empty if it has none.
fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `<mlir stem>.vmfb`.
fn module_name(mlir: &Path) -> String {
    let stem = mlir
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "module".to_string());
    format!("{stem}.vmfb")
}

/// Orders names with digit runs compared as numbers; ties fall back to plain order.
fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (ka, kb) = (natural_key(a), natural_key(b));
    ka.cmp(&kb).then_with(|| a.cmp(b))
}

/// A name split into text and number parts; numbers as (digit count without leading zeros, digits).
fn natural_key(name: &str) -> Vec<(String, usize, String)> {
    let mut key = Vec::new();
    let mut rest = name;
    while !rest.is_empty() {
        let text_len = rest
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(rest.len());
        let (text, after) = rest.split_at(text_len);
        let digits_len = after
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(after.len());
        let (digits, next) = after.split_at(digits_len);
        let significant = digits.trim_start_matches('0');
        key.push((text.to_string(), significant.len(), significant.to_string()));
        rest = next;
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("veritor-iree-exec-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn natural_order() {
        let mut names = vec![
            "in10.npy", "in2.npy", "in1.npy", "b.npy", "a.npy", "in02.npy",
        ];
        names.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(
            names,
            ["a.npy", "b.npy", "in1.npy", "in02.npy", "in2.npy", "in10.npy"]
        );
    }

    #[test]
    fn npy_files_lists_only_npy_files_in_order() {
        let dir = scratch("npy_files");
        for name in ["out10.npy", "out9.npy", "notes.txt", "out0.npy"] {
            fs::write(dir.join(name), b"").unwrap();
        }
        fs::create_dir(dir.join("sub.npy")).unwrap();
        let names: Vec<String> = npy_files(&dir)
            .unwrap()
            .iter()
            .map(|p| file_name(p))
            .collect();
        assert_eq!(names, ["out0.npy", "out9.npy", "out10.npy"]);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn npy_files_on_missing_dir_names_it() {
        let err = npy_files(Path::new("/no/such/dir/anywhere")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "directory /no/such/dir/anywhere does not exist"
        );
    }

    #[test]
    fn wrapped_exit_codes() {
        assert_eq!(wrapped_signal(245), Some(11)); // python's sys.exit(-11)
        assert_eq!(wrapped_signal(139), Some(11)); // a shell's 128 + 11
        assert_eq!(wrapped_signal(134), Some(6));
        assert_eq!(wrapped_signal(1), None);
        assert_eq!(wrapped_signal(200), None);
    }

    #[test]
    fn tool_error_first_line() {
        let err = ExecError::Tool {
            stage: "iree-compile",
            file: PathBuf::from("m.mlir"),
            status: Status::Signal(11),
            stderr: "Stack dump:\n#0 0x0".to_string(),
        };
        let text = err.to_string();
        let first = text.lines().next().unwrap();
        assert!(
            first.starts_with("iree-compile crashed (signal 11, SIGSEGV) on m.mlir; "),
            "{first}"
        );
        assert!(text.ends_with("#0 0x0"));
        let err = ExecError::Tool {
            stage: "iree-run-module",
            file: PathBuf::from("m.vmfb"),
            status: Status::Code(1),
            stderr: "numpy_io.c:420: UNIMPLEMENTED; unsupported data encoding".to_string(),
        };
        assert!(err.to_string().starts_with(
            "iree-run-module failed (exit code 1) on m.vmfb; iree-run-module cannot write"
        ));
    }

    #[test]
    fn tail_keeps_the_end_and_cuts_long_lines() {
        let text: String = (0..50).map(|i| format!("line {i}\n")).collect();
        let kept = tail(&text);
        assert!(
            kept.starts_with("[... 10 earlier lines]\nline 10\n"),
            "{kept}"
        );
        assert!(kept.ends_with("line 49"));
        let long = "x".repeat(1000);
        assert_eq!(tail(&long).len(), TAIL_LINE_CHARS + " [...]".len());
    }

    #[test]
    fn missing_inputs_are_reported_before_running() {
        let dir = scratch("missing_inputs");
        let err = compile_cpu(&dir.join("absent.mlir"), &dir.join("a.vmfb"), &[]);
        // Either the tool is missing here or the file is: both are clear errors.
        let text = err.unwrap_err().to_string();
        assert!(
            text.contains("absent.mlir does not exist") || text.contains("not found"),
            "{text}"
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn check_needs_expected_files() {
        let dir = scratch("no_expected");
        fs::create_dir_all(dir.join("in")).unwrap();
        fs::create_dir_all(dir.join("expected")).unwrap();
        let err = check_cpu(
            &dir.join("m.mlir"),
            "main",
            &dir.join("in"),
            &dir.join("expected"),
            &dir.join("work"),
            Tolerance::exact(),
        )
        .unwrap_err();
        assert!(
            err.to_string().starts_with("no expected outputs: "),
            "{err}"
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn module_names() {
        assert_eq!(module_name(Path::new("/a/b/model.mlir")), "model.vmfb");
        assert_eq!(module_name(Path::new("/")), "module.vmfb");
    }
}
