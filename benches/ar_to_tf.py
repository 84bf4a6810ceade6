"""Benchmarks the teacher-forced programs that veritor-ar-to-tf adds against the decode
programs they check, on the large config (256 positions), IREE CPU, both in one run:
time(@main_teacher_forced on @main's own tokens) / time(@main), for full-recompute and
KV-cache greedy decoding. Run by `make bench`.

Usage: .venv/bin/python benches/ar_to_tf.py [--repetitions N]
"""

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
VERITOR_OPT = ROOT / "target" / "release" / "veritor-opt"
BIN = ROOT / ".venv" / "bin"
CPU = ["--iree-hal-target-device=local", "--iree-hal-local-target-device-backends=llvm-cpu",
       "--iree-llvmcpu-target-cpu=host"]
PROGRAMS = ["greedy_full", "greedy_kv"]


def run(cmd: list) -> str:
    return subprocess.run([str(c) for c in cmd], check=True, capture_output=True, text=True).stdout


def times(vmfb: Path, function: str, inputs: list, repetitions: int) -> list:
    out = run([BIN / "iree-benchmark-module", "--device=local-task", f"--module={vmfb}", f"--function={function}",
               *[f"--input=@{i}" for i in inputs], f"--benchmark_repetitions={repetitions}",
               "--benchmark_min_time=1x", "--benchmark_format=json"])
    data = json.loads(out[out.index("{"):])
    return [b["real_time"] / 1e3 for b in data["benchmarks"] if b.get("run_type") == "iteration"]


def bench(program: str, work: Path, repetitions: int) -> None:
    src = ROOT / "examples" / "large" / f"{program}.mlir"
    tf = work / f"{program}.tf.mlir"
    subprocess.run([VERITOR_OPT, src, "--veritor-ar-to-tf", "-o", tf], check=True, capture_output=True)
    vmfb = work / f"{program}.vmfb"
    run([BIN / "iree-compile", *CPU, tf, "-o", vmfb])
    inputs = sorted((ROOT / "examples" / "large" / f"{program}.inputs").glob("*.npy"))
    tokens = work / f"{program}.tokens.npy"
    run([BIN / "iree-run-module", "--device=local-task", f"--module={vmfb}", "--function=main",
         *[f"--input=@{i}" for i in inputs], f"--output=@{tokens}"])
    predicted = work / f"{program}.predicted.npy"
    run([BIN / "iree-run-module", "--device=local-task", f"--module={vmfb}", "--function=main_teacher_forced",
         *[f"--input=@{i}" for i in inputs + [tokens]], f"--output=@{predicted}", "--output=-"])
    same = (np.load(predicted) == np.load(tokens)).all()
    decode = times(vmfb, "main", inputs, repetitions)
    forced = times(vmfb, "main_teacher_forced", inputs + [tokens], repetitions)
    d, f = statistics.median(decode), statistics.median(forced)
    body = tf.read_text().split('sym_name = "main_teacher_forced"')[1].split('"func.func"')[0]
    loops = body.count('"stablehlo.while"')
    print(f"  {program:<12} decode {d * 1000:9.1f} ms   teacher-forced {f * 1000:9.1f} ms   ratio {f / d:.4f}"
          f"   (loops left in the teacher-forced function: {loops}; predicted == tokens: {bool(same)})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repetitions", type=int, default=3)
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="veritor-bench-tf-"))
    try:
        print(f"ar-to-tf, large config, IREE llvm-cpu, median of {a.repetitions} repetitions "
              "(targets: full recompute <= 0.01, KV cache <= 0.1)")
        for program in PROGRAMS:
            bench(program, work, a.repetitions)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
