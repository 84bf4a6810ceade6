"""Benchmarks `veritor compile` against plain `iree-compile` on the same input and target,
side by side in one run (alternating, medians). Run by `make bench`.

Usage: .venv/bin/python benches/compile.py [--runs N] [--input FILE] [--target cpu]
"""

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERITOR = ROOT / "target" / "release" / "veritor"
IREE_COMPILE = ROOT / ".venv" / "bin" / "iree-compile"
CPU_FLAGS = ["--iree-hal-target-device=local", "--iree-hal-local-target-device-backends=llvm-cpu",
             "--iree-llvmcpu-target-cpu=host"]


def wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--input", type=Path, default=ROOT / "examples" / "large" / "greedy_full.mlir")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="veritor-bench-compile-"))
    try:
        # Same IR for both: what veritor hands to IREE (inlined), so the ratio is Veritor's overhead.
        subprocess.run([str(VERITOR), "compile", str(a.input), "-t", "cpu", "-o", str(work / "ref")], check=True,
                       stdout=subprocess.DEVNULL)
        transformed = work / "ref" / "transformed.mlir"
        veritor_cmd = [str(VERITOR), "compile", str(a.input), "-t", "cpu", "-o", str(work / "out")]
        iree_cmd = [str(IREE_COMPILE), *CPU_FLAGS, str(transformed), "-o", str(work / "plain.vmfb")]
        times = {"veritor compile": [], "iree-compile": []}
        for _ in range(a.runs):
            times["veritor compile"].append(wall(veritor_cmd))
            times["iree-compile"].append(wall(iree_cmd))
        medians = {k: statistics.median(v) for k, v in times.items()}
        print(f"compile {a.input.relative_to(ROOT)} for cpu; median of {a.runs} alternating runs")
        for name, m in medians.items():
            print(f"  {name:<16} {m:7.3f} s  (min {min(times[name]):.3f}, max {max(times[name]):.3f})")
        print(f"  ratio veritor compile / iree-compile = {medians['veritor compile'] / medians['iree-compile']:.3f}"
              "  (target <= 1.1)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
