"""Benchmarks the teacher-forced programs that veritor-ar-to-tf adds against the decode
programs they check, on the large config (256 positions), IREE CPU, both in one run:
time(@main_teacher_forced on @main's own tokens) / time(@main), for full-recompute and
KV-cache greedy decoding. Run by `make bench`.

Usage: .venv/bin/python benches/ar_to_tf.py [--repetitions N]
"""

import statistics
import subprocess
import sys
from pathlib import Path

import numpy as np

from common import BIN, CPU_FLAGS, LARGE, VERITOR_OPT, iree_benchmark, parser, run, workdir

PROGRAMS = ["greedy_full", "greedy_kv"]


def bench(program: str, work: Path, repetitions: int) -> None:
    src = LARGE / f"{program}.mlir"
    tf = work / f"{program}.tf.mlir"
    subprocess.run([VERITOR_OPT, src, "--veritor-ar-to-tf", "-o", tf], check=True, capture_output=True)
    vmfb = work / f"{program}.vmfb"
    run([BIN / "iree-compile", *CPU_FLAGS, tf, "-o", vmfb])
    inputs = sorted((LARGE / f"{program}.inputs").glob("*.npy"))
    tokens = work / f"{program}.tokens.npy"
    run([BIN / "iree-run-module", "--device=local-task", f"--module={vmfb}", "--function=main",
         *[f"--input=@{i}" for i in inputs], f"--output=@{tokens}"])
    predicted = work / f"{program}.predicted.npy"
    run([BIN / "iree-run-module", "--device=local-task", f"--module={vmfb}", "--function=main_teacher_forced",
         *[f"--input=@{i}" for i in inputs + [tokens]], f"--output=@{predicted}", "--output=-"])
    same = (np.load(predicted) == np.load(tokens)).all()
    decode = iree_benchmark(vmfb, "main", inputs, repetitions)
    forced = iree_benchmark(vmfb, "main_teacher_forced", inputs + [tokens], repetitions)
    d, f = statistics.median(decode), statistics.median(forced)
    body = tf.read_text().split('sym_name = "main_teacher_forced"')[1].split('"func.func"')[0]
    loops = body.count('"stablehlo.while"')
    print(f"  {program:<12} decode {d * 1000:9.1f} ms   teacher-forced {f * 1000:9.1f} ms   ratio {f / d:.4f}"
          f"   (loops left in the teacher-forced function: {loops}; predicted == tokens: {bool(same)})")


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--repetitions", type=int, default=3)
    a = ap.parse_args()
    with workdir("veritor-bench-tf-") as work:
        print(f"ar-to-tf, large config, IREE llvm-cpu, median of {a.repetitions} repetitions "
              "(targets: full recompute <= 0.01, KV cache <= 0.1)")
        for program in PROGRAMS:
            bench(program, work, a.repetitions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
