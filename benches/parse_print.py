"""Benchmarks veritor-opt against mlir-opt-22 on the same large generic module, side by side
in one run (alternating, medians of N runs), and times veritor-inline on the tiny, large and
unrolled modules. Run by `make bench`.

Usage: .venv/bin/python benches/parse_print.py [--runs N]
"""

import re
import statistics
import subprocess
import sys
from pathlib import Path

from common import ROOT, VERITOR_OPT, parser, print_medians, side_by_side, wall

MLIR_OPT = Path("/usr/lib/llvm-22/bin/mlir-opt")
UNROLLED = ROOT / "examples" / "large" / "unrolled.mlir"


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
    ap = parser(__doc__)
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
    times = side_by_side({"veritor-opt": lambda: wall(veritor_cmd), "mlir-opt-22": lambda: wall(mlir_cmd)}, a.runs)
    medians = print_medians(times, scale=1000, unit="ms", fmt="8.1f", width=12)
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
