"""Finding and running the `veritor` and `veritor-opt` binaries.

A binary is looked up in this order:

1. its environment variable, `VERITOR_BIN` for `veritor` and `VERITOR_OPT` for `veritor-opt`
   (the variable `make fuzz-ar` already reads), which must name an executable file;
2. `PATH`;
3. the `target/debug` and `target/release` directories of the repository this package sits in
   (`python/veritor/` -> `target/`), the more recently built of the two.

A command that exits non-zero raises `VeritorError` carrying the command's one-line reason and
its exit status; the package never lets a `subprocess.CalledProcessError` or `OSError` out.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import BinaryNotFound, VeritorError

#: The environment variable that names each binary.
ENV_VARS = {"veritor": "VERITOR_BIN", "veritor-opt": "VERITOR_OPT"}

#: The repository root when the package runs from a Veritor checkout (`python/veritor/cli.py`,
#: editable installs included); None for an installed copy.
REPO_ROOT: Path | None = Path(__file__).resolve().parent.parent.parent
if not (REPO_ROOT / "Cargo.toml").is_file():
    REPO_ROOT = None

_ERROR_LINE = re.compile(r"(^|\s|:)error: ")


def find_binary(name: str, *, repo_root: Path | None = REPO_ROOT) -> Path:
    """The path of `name` (`veritor` or `veritor-opt`), found as the module doc says; raises
    `BinaryNotFound` naming every place it looked when it is nowhere."""
    var = ENV_VARS[name]
    value = os.environ.get(var)
    if value:
        path = Path(value)
        if path.is_file() and os.access(path, os.X_OK):
            return path
        raise BinaryNotFound(f"{var}={value}: no such executable file")
    on_path = shutil.which(name)
    if on_path:
        return Path(on_path)
    built = _built_in_repo(name, repo_root)
    if built is not None:
        return built
    where = f", nor in {repo_root}/target/{{debug,release}}" if repo_root is not None else ""
    raise BinaryNotFound(
        f"{name} not found: {var} is not set, it is not on PATH{where}; build it (`make build` "
        f"in the Veritor repository) and set {var} to its path or put it on PATH")


def _built_in_repo(name: str, repo_root: Path | None) -> Path | None:
    """The more recently modified of `target/debug/NAME` and `target/release/NAME`."""
    if repo_root is None:
        return None
    found = [p for p in (repo_root / "target" / d / name for d in ("debug", "release"))
             if p.is_file() and os.access(p, os.X_OK)]
    return max(found, key=lambda p: p.stat().st_mtime, default=None)


def run(name: str, args: Sequence[str | os.PathLike], *, ok: Sequence[int] = (0,)
        ) -> subprocess.CompletedProcess:
    """Runs binary `name` with `args` and returns the finished process (text stdout and
    stderr). An exit status outside `ok`, or a binary that cannot be started, raises
    `VeritorError` with the command's reason line and exit status.

    The directory of the running Python interpreter is appended to `PATH`, so that the IREE
    tools installed in the same environment (`iree-compile`, `iree-run-module`, `iree-opt`) are
    found when the binary does not find a `.venv` of its own."""
    command = [str(find_binary(name)), *map(str, args)]
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join(p for p in (env.get("PATH", ""), str(Path(sys.executable).parent)) if p)
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    except OSError as e:
        raise VeritorError(f"{command[0]}: cannot run: {e.strerror or e}", command=command) from None
    if done.returncode not in ok:
        raise VeritorError(reason_line(done.stderr, done.stdout, done.returncode),
                           exit_code=done.returncode, command=command, stderr=done.stderr)
    return done


def reason_line(stderr: str, stdout: str = "", exit_code: int | None = None) -> str:
    """The one line that says why a command failed: the first line of `stderr` holding
    `error: ` (`file:line:col: error: ...`, `veritor: error: ...`), else its last line, else
    the last line of `stdout`, else the exit status."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    for line in lines:
        if _ERROR_LINE.search(line):
            return line
    if lines:
        return lines[-1]
    out = [line.strip() for line in stdout.splitlines() if line.strip()]
    if out:
        return out[-1]
    return f"exit status {exit_code}"
