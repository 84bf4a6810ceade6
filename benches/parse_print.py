"""Benchmarks veritor-opt against mlir-opt-22 on the same large generic module, side by side
in one run (alternating, medians of N runs), and times veritor-inline on the tiny, large and
unrolled modules. Run by `make bench`.

Usage: .venv/bin/python benches/parse_print.py [--runs N]
"""

import argparse
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERITOR_OPT = ROOT / "target" / "release" / "veritor-opt"
MLIR_OPT = Path("/usr/lib/llvm-22/bin/mlir-opt")
UNROLLED = ROOT / "examples" / "large" / "unrolled.mlir"


def wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def pass_seconds(module: Path, pass_name: str) -> float:
    """The pass's own wall time, from --mlir-timing."""
    out = subprocess.run(
        [str(VERITOR_OPT), str(module), f"--{pass_name}", "--mlir-timing", "-o", "/dev/null"],
        check=True, capture_output=True, text=True,
    ).stderr
    for line in out.splitlines():
        if line.rstrip().endswith(pass_name):
            return float(line.split()[0])
    raise RuntimeError(f"no timing line for {pass_name}:\n{out}")


def count_ops(module: Path) -> int:
    return len(re.findall(r'^\s*(?:%[^=]+= )?"[a-z_]+\.[a-z_]+"', module.read_text(), re.M))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    for needed in (VERITOR_OPT, MLIR_OPT, UNROLLED):
        if not needed.exists():
            print(f"bench: missing {needed} (run `make bench`)", file=sys.stderr)
            return 1

    print(f"parse + verify + print (generic), {UNROLLED.name}: {count_ops(UNROLLED)} ops, "
          f"{UNROLLED.stat().st_size / 1e6:.1f} MB; median of {a.runs} alternating runs")
    veritor_cmd = [str(VERITOR_OPT), str(UNROLLED), "-o", "/dev/null"]
    mlir_cmd = [str(MLIR_OPT), "--allow-unregistered-dialect", "--mlir-print-op-generic", str(UNROLLED), "-o", "/dev/null"]
    times = {"veritor-opt": [], "mlir-opt-22": []}
    for _ in range(a.runs):
        times["veritor-opt"].append(wall(veritor_cmd))
        times["mlir-opt-22"].append(wall(mlir_cmd))
    medians = {k: statistics.median(v) for k, v in times.items()}
    for name, m in medians.items():
        print(f"  {name:<12} {m * 1000:8.1f} ms  (min {min(times[name]) * 1000:.1f}, max {max(times[name]) * 1000:.1f})")
    print(f"  ratio veritor-opt / mlir-opt-22 = {medians['veritor-opt'] / medians['mlir-opt-22']:.3f}  (target <= 1.2)")

    print("\nveritor-inline, pass time from --mlir-timing (median of runs):")
    modules = [ROOT / "examples/tiny/greedy_full.mlir", ROOT / "examples/large/greedy_full.mlir", UNROLLED]
    base = None
    for module in modules:
        if not module.exists():
            print(f"  {module}: missing")
            continue
        seconds = statistics.median(pass_seconds(module, "veritor-inline") for _ in range(a.runs))
        ops = count_ops(module)
        base = base or (seconds, ops)
        print(f"  {str(module.relative_to(ROOT)):<36} {ops:7d} ops  {seconds * 1000:8.2f} ms  "
              f"({seconds / base[0]:.1f}x time for {ops / base[1]:.1f}x ops vs tiny)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
