"""Benchmarks `veritor compile` against plain `iree-compile` on the same input and target,
side by side in one run (alternating, medians). Run by `make bench`.

Usage: .venv/bin/python benches/compile.py [--runs N] [--input FILE] [--target cpu]
"""

import subprocess
import sys
from pathlib import Path

from common import BIN, CPU_FLAGS, ROOT, VERITOR, parser, print_medians, side_by_side, wall, workdir


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--input", type=Path, default=ROOT / "examples" / "large" / "greedy_full.mlir")
    a = ap.parse_args()
    with workdir("veritor-bench-compile-") as work:
        # Same IR for both: what veritor hands to IREE (inlined), so the ratio is Veritor's overhead.
        subprocess.run([str(VERITOR), "compile", str(a.input), "-t", "cpu", "-o", str(work / "ref")], check=True,
                       stdout=subprocess.DEVNULL)
        transformed = work / "ref" / "transformed.mlir"
        veritor_cmd = [VERITOR, "compile", a.input, "-t", "cpu", "-o", work / "out"]
        iree_cmd = [BIN / "iree-compile", *CPU_FLAGS, transformed, "-o", work / "plain.vmfb"]
        times = side_by_side({"veritor compile": lambda: wall(veritor_cmd),
                              "iree-compile": lambda: wall(iree_cmd)}, a.runs)
        print(f"compile {a.input.relative_to(ROOT)} for cpu; median of {a.runs} alternating runs")
        medians = print_medians(times)
        print(f"  ratio veritor compile / iree-compile = {medians['veritor compile'] / medians['iree-compile']:.3f}"
              "  (target <= 1.1)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
