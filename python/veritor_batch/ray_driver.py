"""The Ray driver of `veritor verify-batch --ray` (the Rust command starts it; it can be run
by hand the same way).

    ray_driver.py [--address HOST:PORT] [--workers N] [--max-in-flight M] [--max-attempts K] \
        -- VERITOR verify-batch --worker --worker-name ray --store STORE [...]

Reads the batch's entries on stdin (one JSON line each: {"id", "dir"}), submits one Ray task
per entry (`worker.verify_entry`), never more than --max-in-flight unanswered (backpressure:
it reads the next entry only when a slot is free), and writes each verdict line to stdout as
it arrives. The command after `--` is what each Ray worker keeps running (see worker.py).
A task whose worker died is retried by Ray, at most --max-attempts attempts in all; a claim
that still has no verdict gets a `cannot_verify` line naming the failure. The Rust side
writes the log, one line per claim: a second line for a claim is dropped there.

Without --address, Ray starts on this machine (`ray.init`, --workers CPUs). Every worker must
reach the store at the same path (a shared file system); the entries' directories too.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def cannot_verify(entry: dict, reason: str, attempts: int) -> str:
    return json.dumps({
        "id": entry["id"], "outcome": "cannot_verify", "reason": reason, "reasons": [reason],
        "strategy": None, "graph": None, "run_seconds": 0.0, "verify_seconds": 0.0,
        "worker_seconds": 0.0, "worker": "ray", "attempts": attempts,
    }) + "\n"


def first_line(e: BaseException) -> str:
    lines = [line.strip() for line in str(e).splitlines() if line.strip()]
    return f"{type(e).__name__}: {lines[-1] if lines else ''}"


def token_auth_for(address: str | None) -> None:
    """Sets RAY_AUTH_MODE before Ray is imported: `ray start --head` enables Ray's token
    authentication and writes the token
    (~/.ray/auth_token), but a driver connecting to an address does not turn it on by itself
    (Ray 2.60): turn it on when a token is there and RAY_AUTH_MODE is not set."""
    if not address or "RAY_AUTH_MODE" in os.environ:
        return
    path = os.environ.get("RAY_AUTH_TOKEN_PATH") or str(Path.home() / ".ray" / "auth_token")
    if os.environ.get("RAY_AUTH_TOKEN") or Path(path).is_file():
        os.environ["RAY_AUTH_MODE"] = "token"


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--" not in argv:
        print("ray_driver: error: the worker command must follow `--`", file=sys.stderr)
        return 2
    k = argv.index("--")
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--address", help="a running cluster (HOST:PORT); default: start Ray here")
    ap.add_argument("--workers", type=int, default=os.cpu_count(), help="CPUs of a Ray started here")
    ap.add_argument("--max-in-flight", type=int, default=4)
    ap.add_argument("--max-attempts", type=int, default=3)
    ap.add_argument("--tries", help="where tasks count their attempts (shared by every node; default: a "
                    "temporary directory here)")
    a = ap.parse_args(argv[:k])
    command = argv[k + 1:]
    env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(HERE.parent), os.environ.get("PYTHONPATH")]))}
    token_auth_for(a.address)  # before Ray reads its configuration (on import)
    import ray

    from veritor_batch import worker

    init = {"address": a.address} if a.address else {"num_cpus": a.workers}
    ray.init(**init, include_dashboard=False, log_to_driver=False, logging_level="WARNING",
             runtime_env={"env_vars": env})
    task = worker.verify_entry.options(max_retries=max(a.max_attempts - 1, 0))
    tmp = None if a.tries else tempfile.TemporaryDirectory(prefix="veritor-ray-tries-")
    tries = a.tries or tmp.name
    in_flight: dict = {}

    def collect(block: bool) -> None:
        if not in_flight:
            return
        done, _ = ray.wait(list(in_flight), num_returns=1, timeout=None if block else 0)
        for ref in done:
            entry = in_flight.pop(ref)
            try:
                line = ray.get(ref)
            except Exception as e:  # the task failed on every attempt
                line = cannot_verify(entry, f"no verdict after {a.max_attempts} attempts: {first_line(e)}",
                                     a.max_attempts)
            sys.stdout.write(line)
            sys.stdout.flush()

    for text in sys.stdin:
        if not text.strip():
            continue
        entry = json.loads(text)
        while len(in_flight) >= a.max_in_flight:
            collect(block=True)
        in_flight[task.remote(command, entry, tries)] = entry
        collect(block=False)
    while in_flight:
        collect(block=True)
    ray.shutdown()
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
