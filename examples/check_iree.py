"""Sanity check of the example corpus: compile each <prog>.mlir with IREE (llvm-cpu), run it
on <prog>.inputs/*.npy and compare with <prog>.expected/*.npy.

    .venv/bin/python examples/check_iree.py DIR [--only PROG ...] [--keep WORKDIR]

Integers and booleans must match exactly; floats within rtol 1e-5 plus a small atol.
Each module runs --runs times (default 3) on --device (default local-task); every run must
match and all runs must agree bit for bit (IREE's local-task device has shown
nondeterministic results for some loops, see README.md).
Prints one line per program; exits 1 on any failure (compile error, run error, mismatch).
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

import numpy as np

RTOL = 1e-5
ATOL = 1e-5

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


def compare(got: np.ndarray, want: np.ndarray) -> str | None:
    if got.shape != want.shape:
        return f"shape {got.shape} != {want.shape}"
    if got.dtype != want.dtype:
        return f"dtype {got.dtype} != {want.dtype}"
    if np.issubdtype(want.dtype, np.floating):
        g, w = got.astype(np.float64), want.astype(np.float64)
        if not np.allclose(g, w, rtol=RTOL, atol=ATOL, equal_nan=True):
            err = np.abs(g - w)
            return f"max abs err {err.max():.3g} (max rel {np.max(err / (np.abs(w) + 1e-30)):.3g})"
        return None
    if not np.array_equal(got, want):
        bad = np.argwhere(got != want)
        return f"{len(bad)} elements differ, first at {tuple(int(x) for x in bad[0])}: {got[tuple(bad[0])]} != {want[tuple(bad[0])]}"
    return None


def max_err(got: np.ndarray, want: np.ndarray) -> float:
    if np.issubdtype(want.dtype, np.floating) and got.shape == want.shape:
        return float(np.max(np.abs(got.astype(np.float64) - want.astype(np.float64)), initial=0.0))
    return 0.0


def check(prog: str, d: Path, work: Path, runs: int = 3, device: str = "local-task") -> tuple[bool, str]:
    mlir = d / f"{prog}.mlir"
    vmfb = work / f"{prog}.vmfb"
    t0 = time.perf_counter()
    r = subprocess.run([tool("iree-compile"), *COMPILE_FLAGS, str(mlir), "-o", str(vmfb)], capture_output=True, text=True)
    t_compile = time.perf_counter() - t0
    if r.returncode != 0:
        return False, f"COMPILE FAILED (rc {r.returncode}, {t_compile:.1f}s): {last_lines(r.stderr)}"

    inputs = npys(d / f"{prog}.inputs")
    expected = npys(d / f"{prog}.expected")
    problems, worst, t_run, first_run = [], 0.0, 0.0, None
    for run in range(runs):
        outdir = work / f"{prog}.out" / f"run{run}"
        outdir.mkdir(parents=True, exist_ok=True)
        outs = [outdir / e.name for e in expected]
        cmd = [tool("iree-run-module"), f"--device={device}", f"--module={vmfb}", "--function=main"]
        cmd += [f"--input=@{p}" for p in inputs]
        cmd += [f"--output=@{p}" for p in outs]
        t1 = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True)
        t_run += time.perf_counter() - t1
        if r.returncode != 0:
            return False, f"RUN FAILED (rc {r.returncode}): {last_lines(r.stderr or r.stdout)}"

        got_all = []
        for e, o in zip(expected, outs):
            want = np.load(e)
            if not o.exists():
                problems.append(f"run {run}: {e.name}: no output written")
                continue
            got = np.load(o)
            got_all.append(got)
            worst = max(worst, max_err(got, want))
            msg = compare(got, want)
            if msg:
                problems.append(f"run {run}: {e.name}: {msg}")
        # The same module on the same inputs must give the same bits every time.
        if first_run is None:
            first_run = got_all
        elif any(a.tobytes() != b.tobytes() for a, b in zip(first_run, got_all)):
            problems.append(f"run {run}: results differ from run 0 (nondeterministic)")
    timing = f"compile {t_compile:.1f}s, {runs} run(s) {t_run:.2f}s"
    if problems:
        return False, f"MISMATCH ({timing}): " + "; ".join(problems[:4]) + (" ..." if len(problems) > 4 else "")
    return True, f"ok ({len(inputs)} inputs, {len(expected)} results, max float abs err {worst:.2g}; {timing})"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", type=Path)
    ap.add_argument("--only", nargs="*", help="check only these programs")
    ap.add_argument("--keep", type=Path, help="keep .vmfb and outputs in this directory")
    ap.add_argument("--runs", type=int, default=3, help="run each module this many times (results must agree)")
    ap.add_argument("--device", default="local-task", help="iree-run-module --device (default local-task)")
    a = ap.parse_args(argv)

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
            ok, msg = check(prog, a.dir, work, a.runs, a.device)
            failed += not ok
            print(f"{'PASS' if ok else 'FAIL'} {prog:12s} {msg}", flush=True)
    finally:
        if work_ctx is not None:
            work_ctx.cleanup()
    print(f"{len(progs) - failed}/{len(progs)} programs match")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
