"""Sanity check of the example corpus: compile each <prog>.mlir with IREE (llvm-cpu), run it
on <prog>.inputs/*.npy and compare with <prog>.expected/*.npy.

    .venv/bin/python examples/check_iree.py DIR [--only PROG ...] [--keep WORKDIR]
        [--runs N] [--device local-task[,local-sync,...]] [--verbose]

Integers and booleans must match exactly; floats within rtol 1e-5 plus a small atol
(bfloat16 results, which iree-run-module cannot write today, within rtol/atol 1e-2).
Each module is compiled once and runs --runs times (default 3) on each --device (default
local-task; a comma-separated list checks several); every run must match and all runs on a
device must agree bit for bit (IREE's local-task device has shown nondeterministic results
for some loops, see README.md). A failing device line says how many runs were wrong, and
--verbose prints each distinct wrong result.
Arguments are passed as they are stored: bfloat16 arrays are raw 2-byte '<V2' .npy records,
which iree-run-module reads as bf16 for a bf16 argument; <prog>.json (when present) names
the dtypes. Any number of results, scalars included.
Prints one line per program and device; exits 1 on any failure (compile error, run error,
mismatch).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import json

import numpy as np

RTOL = 1e-5
ATOL = 1e-5
BF16_TOL = 1e-2

COMPILE_FLAGS = [
    "--iree-hal-target-device=local",
    "--iree-hal-local-target-device-backends=llvm-cpu",
    "--iree-llvmcpu-target-cpu=host",
]


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found (next to {sys.executable} or on PATH)")
    return found


def npys(d: Path) -> list[Path]:
    return sorted(d.glob("*.npy"))


def last_lines(text: str, n: int = 6) -> str:
    lines = [l for l in text.strip().splitlines() if l.strip()]
    return " | ".join(lines[-n:])


def load(path: Path, dtype: str | None = None) -> np.ndarray:
    """np.load, with raw 2-byte records ('<V2') read as bfloat16 when `dtype` says so."""
    a = np.load(path)
    if a.dtype.kind == "V" and a.dtype.itemsize == 2 and dtype == "bfloat16":
        import ml_dtypes

        a = a.view(ml_dtypes.bfloat16)
    return a


def _is_bf16(dt: np.dtype) -> bool:
    return dt.name == "bfloat16"


def compare(got: np.ndarray, want: np.ndarray) -> str | None:
    if got.shape != want.shape:
        return f"shape {got.shape} != {want.shape}"
    if got.dtype != want.dtype:
        return f"dtype {got.dtype} != {want.dtype}"
    if np.issubdtype(want.dtype, np.floating) or _is_bf16(want.dtype):
        g, w = got.astype(np.float64), want.astype(np.float64)
        tol = BF16_TOL if _is_bf16(want.dtype) else None
        if not np.allclose(g, w, rtol=tol or RTOL, atol=tol or ATOL, equal_nan=True):
            err = np.abs(g - w)
            return f"max abs err {err.max():.3g} (max rel {np.max(err / (np.abs(w) + 1e-30)):.3g})"
        return None
    if not np.array_equal(got, want):
        bad = np.argwhere(got != want)
        return f"{len(bad)} elements differ, first at {tuple(int(x) for x in bad[0])}: {got[tuple(bad[0])]} != {want[tuple(bad[0])]}"
    return None


def max_err(got: np.ndarray, want: np.ndarray) -> float:
    if (np.issubdtype(want.dtype, np.floating) or _is_bf16(want.dtype)) and got.shape == want.shape:
        return float(np.max(np.abs(got.astype(np.float64) - want.astype(np.float64)), initial=0.0))
    return 0.0


def result_dtypes(d: Path, prog: str, n: int) -> list:
    """Result dtypes named in <prog>.json (None where unknown)."""
    j = d / f"{prog}.json"
    if j.exists():
        res = json.loads(j.read_text()).get("results", [])
        if len(res) == n:
            return [r.get("dtype") for r in res]
    return [None] * n


def compile_module(prog: str, d: Path, work: Path) -> tuple[Path | None, str, float]:
    vmfb = work / f"{prog}.vmfb"
    t0 = time.perf_counter()
    r = subprocess.run([tool("iree-compile"), *COMPILE_FLAGS, str(d / f"{prog}.mlir"), "-o", str(vmfb)],
                       capture_output=True, text=True)
    t = time.perf_counter() - t0
    if r.returncode != 0:
        return None, f"COMPILE FAILED (rc {r.returncode}, {t:.1f}s): {last_lines(r.stderr)}", t
    return vmfb, "", t


def run_device(prog: str, d: Path, work: Path, vmfb: Path, runs: int, device: str, verbose: bool = False):
    """Runs the module `runs` times on `device`; returns (ok, message)."""
    inputs = npys(d / f"{prog}.inputs")
    expected = npys(d / f"{prog}.expected")
    dtypes = result_dtypes(d, prog, len(expected))
    wants = [load(e, dt) for e, dt in zip(expected, dtypes)]
    problems, worst, t_run, first_run = [], 0.0, 0.0, None
    wrong_runs, outcomes = [], {}  # outcomes: bytes of all results -> (count, results)
    for run in range(runs):
        outdir = work / f"{prog}.out" / device / f"run{run}"
        outdir.mkdir(parents=True, exist_ok=True)
        outs = [outdir / e.name for e in expected]
        for o in outs:
            o.unlink(missing_ok=True)
        cmd = [tool("iree-run-module"), f"--device={device}", f"--module={vmfb}", "--function=main"]
        cmd += [f"--input=@{p}" for p in inputs]
        cmd += [f"--output=@{p}" for p in outs]
        t1 = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True)
        t_run += time.perf_counter() - t1
        if r.returncode != 0:
            return False, f"RUN FAILED (rc {r.returncode}, run {run}): {last_lines(r.stderr or r.stdout)}"

        got_all, run_bad = [], False
        for e, o, want, dt in zip(expected, outs, wants, dtypes):
            if not o.exists():
                problems.append(f"run {run}: {e.name}: no output written")
                run_bad = True
                continue
            got = load(o, dt)
            got_all.append(got)
            worst = max(worst, max_err(got, want))
            msg = compare(got, want)
            if msg:
                problems.append(f"run {run}: {e.name}: {msg}")
                run_bad = True
        if run_bad:
            wrong_runs.append(run)
        sig = b"".join(a.tobytes() for a in got_all)
        n, _ = outcomes.get(sig, (0, None))
        outcomes[sig] = (n + 1, got_all)
        # The same module on the same inputs must give the same bits every time.
        if first_run is None:
            first_run = got_all
        elif any(a.tobytes() != b.tobytes() for a, b in zip(first_run, got_all)):
            problems.append(f"run {run}: results differ from run 0 (nondeterministic)")
    timing = f"compile once, {runs} run(s) {t_run:.2f}s"
    if verbose and (wrong_runs or len(outcomes) > 1):
        for n, got_all in outcomes.values():
            print(f"     {device}: {n}/{runs} run(s) gave:", flush=True)
            for e, g in zip(expected, got_all):
                print(f"       {e.name}: {np.array2string(g, threshold=64, max_line_width=200)}", flush=True)
    if problems:
        head = f"{len(wrong_runs)}/{runs} runs wrong (runs {wrong_runs[:20]}), {len(outcomes)} distinct result(s)"
        return False, f"MISMATCH ({head}; {timing}): " + "; ".join(problems[:4]) + (" ..." if len(problems) > 4 else "")
    return True, f"ok ({len(inputs)} inputs, {len(expected)} results, max float abs err {worst:.2g}; {timing})"


def check(prog: str, d: Path, work: Path, runs: int = 3, device: str = "local-task") -> tuple[bool, str]:
    """Compile + run on one device (kept for callers of the old interface)."""
    vmfb, msg, t_compile = compile_module(prog, d, work)
    if vmfb is None:
        return False, msg
    ok, msg = run_device(prog, d, work, vmfb, runs, device)
    return ok, msg.replace("compile once", f"compile {t_compile:.1f}s")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", type=Path)
    ap.add_argument("--only", nargs="*", help="check only these programs")
    ap.add_argument("--keep", type=Path, help="keep .vmfb and outputs in this directory")
    ap.add_argument("--runs", type=int, default=3, help="run each module this many times (results must agree)")
    ap.add_argument("--device", default="local-task",
                    help="iree-run-module --device, or a comma-separated list (default local-task)")
    ap.add_argument("--verbose", action="store_true", help="print the distinct results of failing runs")
    a = ap.parse_args(argv)
    devices = [x for x in a.device.split(",") if x]

    progs = sorted(p.name[: -len(".mlir")] for p in a.dir.glob("*.mlir") if p.name.count(".") == 1)
    if a.only:
        progs = [p for p in progs if p in a.only]
    if not progs:
        print(f"no <prog>.mlir in {a.dir}")
        return 1
    if a.keep:
        a.keep.mkdir(parents=True, exist_ok=True)
        work_ctx = None
        work = a.keep
    else:
        work_ctx = tempfile.TemporaryDirectory(prefix="veritor-check-iree-")
        work = Path(work_ctx.name)
    failed = 0
    try:
        for prog in progs:
            vmfb, msg, t_compile = compile_module(prog, a.dir, work)
            if vmfb is None:
                failed += 1
                print(f"FAIL {prog:12s} {msg}", flush=True)
                continue
            prog_ok = True
            for device in devices:
                ok, msg = run_device(prog, a.dir, work, vmfb, a.runs, device, a.verbose)
                prog_ok &= ok
                msg = msg.replace("compile once", f"compile {t_compile:.1f}s")
                where = f" [{device}]" if len(devices) > 1 else ""
                print(f"{'PASS' if ok else 'FAIL'} {prog:12s}{where} {msg}", flush=True)
            failed += not prog_ok
    finally:
        if work_ctx is not None:
            work_ctx.cleanup()
    print(f"{len(progs) - failed}/{len(progs)} programs match" + (f" on {', '.join(devices)}" if len(devices) > 1 else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
