"""Throughput of `veritor verify-batch` (issue 14; `make bench-batch`, part of `make bench`).

    .venv/bin/python benches/batch.py [-n 1000] [--repeats 3] [--veritor target/release/veritor]

A batch of N tiny decode claims (benches/batch_claims.py: tiny greedy_full, tiny greedy_kv,
decode/canonical_sampled; half honest, half tampered), and one of --large claims of the large
config (4 layers, width 256, 256 positions: examples/large greedy_full and greedy_kv, when
exported), is each verified from scratch (a fresh log) by: 1 local worker, 2 local workers,
and Ray with 2 CPUs (a local cluster started once with `ray start --head` and warmed up with
one small batch, so that the figure is the steady state and not Ray's start). The three runs are interleaved, REPEATS times; the figures are
medians of wall-clock claims/s, with the scaling ratios 2 workers / 1 worker and Ray / 1
worker (ideal 2.0 on 2 cores).

The fixed cost per claim: one `veritor verify` process per claim (what a batch would cost
without workers: process start, store opening, the checked program read back from the disk
cache) against the local pool's per-claim time with one worker; and, inside a worker (from
the log), the time in the re-executed IREE runs (`iree-run-module`, a process per run)
against the rest (reading the entry and its blobs, checking).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benches"))

import batch_claims  # noqa: E402

RAY = Path(sys.executable).with_name("ray")
LARGE = ["examples/large/greedy_full", "examples/large/greedy_kv"]


def timed(cmd: list, env=None, ok=(0,)) -> float:
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - t
    if r.returncode not in ok:
        raise SystemExit(f"batch bench: {' '.join(map(str, cmd[:3]))}... failed: {r.stderr.strip()[-400:]}")
    return seconds


def run_batch(veritor: Path, d: Path, store: Path, log: Path, extra: list, env=None) -> float:
    log.unlink(missing_ok=True)
    return timed([veritor, "verify-batch", d, "--store", store, "--log", log, *extra], env)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def per_process(veritor: Path, d: Path, store: Path, ids: list[str]) -> float:
    """Median seconds of one `veritor verify` process per claim."""
    times = []
    for cid in ids:
        e = d / cid
        times.append(timed([veritor, "verify", "--claim", e / "claim.json", "--challenge", e / "challenge.json",
                            "--openings", e / "openings.json", "--store", store, "--json", os.devnull],
                           ok=(0, 1)))
    return statistics.median(times)


def measure(veritor: Path, d: Path, store: Path, work: Path, configs: dict, repeats: int, env) -> dict:
    """Median claims/s of each configuration (runs interleaved, each from an empty log)."""
    n = len(json.loads((d / "expected.json").read_text()))
    rates: dict[str, list[float]] = {k: [] for k in configs}
    for r in range(repeats):
        for name, extra in configs.items():
            seconds = run_batch(veritor, d, store, work / "bench.jsonl", extra, env)
            rates[name].append(n / seconds)
            print(f"  repeat {r + 1}: {name:<16} {n / seconds:8.2f} claims/s ({seconds:.2f} s)", flush=True)
    return {k: statistics.median(v) for k, v in rates.items()}


def report(title: str, med: dict) -> None:
    one = med["1 local worker"]
    print(f"\n{title}")
    for k, v in med.items():
        print(f"  {k:<16} {v:8.2f} claims/s   x{v / one:.2f} of 1 worker")


def build(d: Path, store: Path, n: int, veritor: Path, programs=None) -> None:
    if not (d / "expected.json").is_file():
        t = time.time()
        batch_claims.make_batch(d, store, n, bad=False, veritor=veritor, programs=programs)
        print(f"batch bench: {n} claims built in {d} in {time.time() - t:.0f} s", flush=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=1000, help="tiny claims (default 1000)")
    ap.add_argument("--large", type=int, default=50,
                    help="claims of the large config (default 50; 0: none; needs `make examples-large`)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--veritor", type=Path, default=ROOT / "target/release/veritor")
    ap.add_argument("--no-ray", action="store_true")
    ap.add_argument("--keep", type=Path, help="work here and keep it (the batches are reused when there)")
    a = ap.parse_args(argv)
    work = a.keep or Path(tempfile.mkdtemp(prefix="veritor-batch-bench-"))
    d, store = work / "batch", work / "store"
    large = [p for p in LARGE if (ROOT / p).with_suffix(".json").is_file()] if a.large else []
    if a.large and not large:
        print("batch bench: no examples/large (make examples-large): the large config is left out", flush=True)
    env = dict(os.environ, RAY_USAGE_STATS_ENABLED="0")
    ray_address = None
    load0 = os.getloadavg()[0]
    try:
        build(d, store, a.n, a.veritor)
        if large:
            build(work / "large", store, a.large, a.veritor, large)
        n = len(json.loads((d / "expected.json").read_text()))
        configs = {"1 local worker": ["--workers", "1"], "2 local workers": ["--workers", "2"]}
        if not a.no_ray:
            port = free_port()
            subprocess.run([RAY, "start", "--head", f"--port={port}", "--num-cpus=2", "--include-dashboard=false",
                            "--disable-usage-stats"], check=True, capture_output=True, env=env)
            ray_address = f"127.0.0.1:{port}"
            warm = work / "warm"
            shutil.rmtree(warm, ignore_errors=True)
            warm.mkdir()
            for cid in sorted(p.name for p in d.iterdir() if p.is_dir())[:12]:
                shutil.copytree(d / cid, warm / cid)
            run_batch(a.veritor, warm, store, work / "warm.jsonl", [f"--ray={ray_address}", "--workers", "2"], env)
            configs["Ray, 2 CPUs"] = [f"--ray={ray_address}", "--workers", "2"]
        med = measure(a.veritor, d, store, work, configs, a.repeats, env)
        med_large = measure(a.veritor, work / "large", store, work, configs, a.repeats, env) if large else None
        # One more run with 1 worker, for the in-worker breakdown of its log.
        run_batch(a.veritor, d, store, work / "one.jsonl", ["--workers", "1"])
        lines = [json.loads(x) for x in (work / "one.jsonl").read_text().splitlines()]
        ids = sorted(p.name for p in d.iterdir() if p.is_dir())[:30]
        process = per_process(a.veritor, d, store, ids)
        start = statistics.median(timed([a.veritor, "--version"]) for _ in range(10))
    finally:
        if ray_address:
            subprocess.run([RAY, "stop"], capture_output=True, env=env)
        if a.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    machine = (f"{a.veritor.parent.name} build, {os.cpu_count()} CPUs, load average {load0:.1f} before, "
               f"{os.getloadavg()[0]:.1f} after; median of {a.repeats}")
    report(f"verify-batch on {n} tiny decode claims ({machine}):", med)
    if med_large:
        report(f"verify-batch on {a.large} claims of the large config ({', '.join(large)}):", med_large)
    one = med["1 local worker"]
    worker = statistics.median(x["worker_seconds"] for x in lines)
    runs = statistics.median(x["run_seconds"] for x in lines)
    verify = statistics.median(x["verify_seconds"] for x in lines)
    print("\nfixed cost per claim (tiny claims, medians):")
    print(f"  one `veritor verify` process per claim   {process * 1e3:8.1f} ms")
    print(f"  the same claim in a worker (1 worker)    {1e3 / one:8.1f} ms wall, {worker * 1e3:.1f} ms in the worker")
    print(f"  saved by the worker (process start, store and program loads): {(process - 1 / one) * 1e3:.1f} ms "
          f"({process * one:.1f}x); `veritor --version` alone {start * 1e3:.1f} ms")
    print(f"  inside the worker: IREE runs {runs * 1e3:.1f} ms (an iree-run-module process each), "
          f"the rest of the verifier {(verify - runs) * 1e3:.1f} ms, reading the entry {(worker - verify) * 1e3:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
