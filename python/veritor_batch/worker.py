"""What runs inside each Ray worker process for `veritor verify-batch --ray`.

One Ray task verifies one claim. The task does not start a `veritor` process per claim: each
Ray worker process keeps one long-lived `veritor verify-batch --worker` process (the
command the driver passes) and sends it the claim's entry on a pipe. That process opens the
store once and keeps every verifier program it has checked in memory, keyed by the graph's
digest (exchange/src/workload.rs, `load_cached`), so a Ray worker reads and checks each
program once, however many of its claims it verifies; compiled modules are shared by every
worker through the store's `cache/` (compiled once per store). If that process dies
mid-claim, the task raises `WorkerDied` and Ray retries it (on a fresh process); if the Ray
worker process itself is killed, Ray retries the task on another worker. Each attempt is
counted in a directory the driver gives (on the shared file system), so the verdict line says
which attempt gave it.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
from pathlib import Path

import ray

_process: subprocess.Popen | None = None


class WorkerDied(RuntimeError):
    """The `veritor` worker process ended before answering."""


def _start(command: list[str]) -> subprocess.Popen:
    cmd = list(command)
    if "--worker-name" in cmd:
        cmd[cmd.index("--worker-name") + 1] = f"ray-{socket.gethostname()}-{os.getpid()}"
    return subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)


def ask(command: list[str], entry: dict) -> str:
    """Sends `entry` to this process's `veritor` worker (started on first use) and returns its
    verdict line."""
    global _process
    if _process is None or _process.poll() is not None:
        _process = _start(command)
    try:
        _process.stdin.write(json.dumps(entry) + "\n")
        _process.stdin.flush()
        line = _process.stdout.readline()
    except OSError:
        line = ""
    if not line:
        _process.kill()
        status = _process.wait()
        _process = None
        raise WorkerDied(f"the veritor worker exited mid-claim (status {status})")
    return line


def attempt(tries: str, entry: dict) -> int:
    """Counts this attempt at `entry` in the directory `tries` (one byte appended per attempt
    to a file named by the entry's id; Ray does not tell a task which attempt it is)."""
    path = Path(tries) / hashlib.blake2b(entry["id"].encode(), digest_size=16).hexdigest()
    with open(path, "ab") as f:
        f.write(b".")
    return path.stat().st_size


@ray.remote(num_cpus=1, retry_exceptions=[WorkerDied])
def verify_entry(command: list[str], entry: dict, tries: str) -> str:
    """One claim: its verdict line (JSON, as `veritor verify-batch --worker` writes it, with
    the attempt it took)."""
    n = attempt(tries, entry)
    line = json.loads(ask(command, entry))
    line["attempts"] = n
    return json.dumps(line) + "\n"
