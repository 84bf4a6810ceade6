//! Finding the IREE command-line tools.
//!
//! Search order for a tool (see [`find`]):
//! 1. the tool's environment variable (e.g. `VERITOR_IREE_COMPILE`), if set and not empty;
//! 2. `.venv/bin/<exe>` in the current directory or any of its ancestors (for
//!    `iree-run-module` and `iree-benchmark-module`, the native executable that pip's
//!    console script would start, `.venv/lib/python*/site-packages/iree/_runtime_libs/<exe>`,
//!    when it is there);
//! 3. `.venv/bin/<exe>` in any ancestor of the running executable
//!    (so test binaries under `target/` find the project's `.venv`);
//! 4. the directories on `PATH`.

use std::env;
use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};

/// One of the IREE command-line tools Veritor uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tool {
    /// `iree-opt`: runs IREE/MLIR passes, prints IR.
    Opt,
    /// `iree-compile`: compiles a module to a `.vmfb`.
    Compile,
    /// `iree-run-module`: runs a function of a `.vmfb`.
    RunModule,
    /// `iree-benchmark-module`: times a function of a `.vmfb`.
    BenchmarkModule,
}

impl Tool {
    /// All tools, in a fixed order.
    pub const ALL: [Tool; 4] = [
        Tool::Opt,
        Tool::Compile,
        Tool::RunModule,
        Tool::BenchmarkModule,
    ];

    /// The executable's file name, e.g. `iree-compile`.
    pub fn exe_name(self) -> &'static str {
        match self {
            Tool::Opt => "iree-opt",
            Tool::Compile => "iree-compile",
            Tool::RunModule => "iree-run-module",
            Tool::BenchmarkModule => "iree-benchmark-module",
        }
    }

    /// The environment variable that overrides the search, e.g. `VERITOR_IREE_COMPILE`.
    pub fn env_var(self) -> &'static str {
        match self {
            Tool::Opt => "VERITOR_IREE_OPT",
            Tool::Compile => "VERITOR_IREE_COMPILE",
            Tool::RunModule => "VERITOR_IREE_RUN_MODULE",
            Tool::BenchmarkModule => "VERITOR_IREE_BENCHMARK_MODULE",
        }
    }
}

impl fmt::Display for Tool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.exe_name())
    }
}

/// Why a tool could not be found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ToolError {
    /// Not in any `.venv` and not on `PATH`, and its variable is not set.
    NotFound(Tool),
    /// The tool's environment variable names a file that does not exist.
    BadEnvVar {
        /// The tool looked for.
        tool: Tool,
        /// The value of the variable.
        path: PathBuf,
    },
}

impl fmt::Display for ToolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ToolError::NotFound(tool) => write!(
                f,
                "{} not found: run `make setup` (installs IREE into .venv), put it on PATH, or set {} to its path",
                tool.exe_name(),
                tool.env_var()
            ),
            ToolError::BadEnvVar { tool, path } => write!(
                f,
                "{} is set to '{}', but no such file exists (unset it or point it at {})",
                tool.env_var(),
                path.display(),
                tool.exe_name()
            ),
        }
    }
}

impl std::error::Error for ToolError {}

/// Finds `tool`; see the module documentation for the search order.
pub fn find(tool: Tool) -> Result<PathBuf, ToolError> {
    if let Some(result) = from_env_value(tool, env::var_os(tool.env_var())) {
        return result;
    }
    find_in_venvs(tool)
        .or_else(|| find_on_path(tool))
        .ok_or(ToolError::NotFound(tool))
}

/// The override given by the tool's variable: `None` when unset or empty,
/// an error when it names no existing file.
fn from_env_value(tool: Tool, value: Option<OsString>) -> Option<Result<PathBuf, ToolError>> {
    let path = PathBuf::from(value.filter(|v| !v.is_empty())?);
    Some(if path.is_file() {
        Ok(path)
    } else {
        Err(ToolError::BadEnvVar { tool, path })
    })
}

/// Looks for `.venv/bin/<exe>` above the current directory, then above the running executable.
fn find_in_venvs(tool: Tool) -> Option<PathBuf> {
    let from_cwd = env::current_dir().ok();
    let from_exe = env::current_exe().ok();
    [from_cwd, from_exe]
        .into_iter()
        .flatten()
        .find_map(|start| venv_above(&start, tool.exe_name()))
}

/// The first `.venv/bin/<exe>` in `start` or one of its ancestors; for the runtime tools,
/// the native executable that this console script starts when the venv has it (see
/// [`native_runtime_tool`]).
fn venv_above(start: &Path, exe: &str) -> Option<PathBuf> {
    start.ancestors().find_map(|dir| {
        let venv = dir.join(".venv");
        let script = venv.join("bin").join(exe);
        if !is_executable(&script) {
            return None;
        }
        Some(native_runtime_tool(&venv, exe).unwrap_or(script))
    })
}

/// `<venv>/lib/python*/site-packages/iree/_runtime_libs/<exe>`: the executable that pip's
/// `iree-run-module` (`iree-benchmark-module`) console script runs as a subprocess. Running
/// it directly saves a Python start (about 25 ms per run) and lets a time limit kill the run
/// itself rather than the script. Only for those two tools (the compiler's scripts differ).
fn native_runtime_tool(venv: &Path, exe: &str) -> Option<PathBuf> {
    if exe != Tool::RunModule.exe_name() && exe != Tool::BenchmarkModule.exe_name() {
        return None;
    }
    let mut pythons: Vec<PathBuf> = std::fs::read_dir(venv.join("lib"))
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("python"))
        })
        .collect();
    pythons.sort();
    pythons
        .into_iter()
        .map(|p| {
            p.join("site-packages")
                .join("iree")
                .join("_runtime_libs")
                .join(exe)
        })
        .find(|candidate| is_executable(candidate))
}

/// The first `<exe>` in a directory on `PATH`.
fn find_on_path(tool: Tool) -> Option<PathBuf> {
    let path = env::var_os("PATH")?;
    env::split_paths(&path)
        .filter(|dir| !dir.as_os_str().is_empty())
        .map(|dir| dir.join(tool.exe_name()))
        .find(|candidate| is_executable(candidate))
}

/// Whether `path` is a file the current user may execute (on Unix: any execute bit).
fn is_executable(path: &Path) -> bool {
    let Ok(meta) = path.metadata() else {
        return false;
    };
    if !meta.is_file() {
        return false;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        meta.permissions().mode() & 0o111 != 0
    }
    #[cfg(not(unix))]
    {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_variables() {
        let names: Vec<_> = Tool::ALL.iter().map(|t| t.exe_name()).collect();
        assert_eq!(
            names,
            [
                "iree-opt",
                "iree-compile",
                "iree-run-module",
                "iree-benchmark-module"
            ]
        );
        let vars: Vec<_> = Tool::ALL.iter().map(|t| t.env_var()).collect();
        assert_eq!(
            vars,
            [
                "VERITOR_IREE_OPT",
                "VERITOR_IREE_COMPILE",
                "VERITOR_IREE_RUN_MODULE",
                "VERITOR_IREE_BENCHMARK_MODULE"
            ]
        );
    }

    #[test]
    fn not_found_message() {
        let msg = ToolError::NotFound(Tool::Compile).to_string();
        assert_eq!(
            msg,
            "iree-compile not found: run `make setup` (installs IREE into .venv), put it on PATH, or set VERITOR_IREE_COMPILE to its path"
        );
    }

    #[test]
    fn bad_env_var_message_names_the_variable() {
        let err = ToolError::BadEnvVar {
            tool: Tool::RunModule,
            path: PathBuf::from("/nowhere/iree-run-module"),
        };
        let msg = err.to_string();
        assert!(msg.contains("VERITOR_IREE_RUN_MODULE"), "{msg}");
        assert!(msg.contains("/nowhere/iree-run-module"), "{msg}");
    }

    #[test]
    fn env_value_overrides() {
        assert_eq!(from_env_value(Tool::Compile, None), None);
        assert_eq!(from_env_value(Tool::Compile, Some(OsString::new())), None);
        let missing = OsString::from("/definitely/not/here/iree-compile");
        let err = from_env_value(Tool::Compile, Some(missing))
            .unwrap()
            .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("VERITOR_IREE_COMPILE is set to"),
            "{err}"
        );
        let root = scratch("env_value_overrides");
        let exe = root.join("my-iree-compile");
        std::fs::write(&exe, "").unwrap();
        let found = from_env_value(Tool::Compile, Some(exe.clone().into_os_string()));
        assert_eq!(found, Some(Ok(exe)));
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn venv_search_walks_up() {
        let root = scratch("venv_search_walks_up");
        let bin = root.join(".venv").join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        let exe = bin.join("iree-opt");
        std::fs::write(&exe, "#!/bin/sh\n").unwrap();
        set_executable(&exe);
        let deep = root.join("a").join("b");
        std::fs::create_dir_all(&deep).unwrap();
        assert_eq!(venv_above(&deep, "iree-opt"), Some(exe));
        assert_eq!(venv_above(&deep, "iree-compile"), None);
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn directories_are_not_executables() {
        let root = scratch("directories_are_not_executables");
        let fake = root.join(".venv").join("bin").join("iree-opt");
        std::fs::create_dir_all(&fake).unwrap();
        assert_eq!(venv_above(&root, "iree-opt"), None);
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn runtime_tools_prefer_the_native_executable_of_the_console_script() {
        let root = scratch("runtime_tools_native");
        let venv = root.join(".venv");
        let native = venv.join("lib/python3.11/site-packages/iree/_runtime_libs");
        std::fs::create_dir_all(venv.join("bin")).unwrap();
        std::fs::create_dir_all(&native).unwrap();
        for exe in ["iree-run-module", "iree-opt"] {
            for dir in [venv.join("bin"), native.clone()] {
                std::fs::write(dir.join(exe), "#!/bin/sh\n").unwrap();
                set_executable(&dir.join(exe));
            }
        }
        let deep = root.join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        assert_eq!(
            venv_above(&deep, "iree-run-module"),
            Some(native.join("iree-run-module"))
        );
        // Not a runtime tool: the script in bin/.
        assert_eq!(
            venv_above(&deep, "iree-opt"),
            Some(venv.join("bin/iree-opt"))
        );
        // Without the native executable, the script.
        std::fs::remove_file(native.join("iree-run-module")).unwrap();
        assert_eq!(
            venv_above(&deep, "iree-run-module"),
            Some(venv.join("bin/iree-run-module"))
        );
        std::fs::remove_dir_all(&root).unwrap();
    }

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "veritor-iree-tools-{}-{}",
            std::process::id(),
            name
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn set_executable(path: &Path) {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        #[cfg(not(unix))]
        let _ = path;
    }
}
