"""What the benches share: the paths of the tools, running a tool, and the timing loop
(several measurements side by side: one run of each per round, alternating, medians).
Imported by the bench scripts beside it (`python benches/X.py` puts this folder on the path).
"""

import argparse
import json
import shutil
import statistics
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
VERITOR = ROOT / "target" / "release" / "veritor"
VERITOR_OPT = ROOT / "target" / "release" / "veritor-opt"
LARGE = ROOT / "examples" / "large"
CPU_FLAGS = ["--iree-hal-target-device=local", "--iree-hal-local-target-device-backends=llvm-cpu",
             "--iree-llvmcpu-target-cpu=host"]


def parser(doc: str) -> argparse.ArgumentParser:
    """An argument parser whose --help shows the script's docstring as written."""
    return argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)


@contextmanager
def workdir(prefix: str) -> Iterator[Path]:
    """A temporary directory, removed afterwards whatever happens."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(cmd: list) -> str:
    """Runs a tool (arguments may be paths), fails on a non-zero exit, returns its stdout."""
    return subprocess.run([str(c) for c in cmd], check=True, capture_output=True, text=True).stdout


def wall(cmd: list) -> float:
    """The wall time in seconds of one run of a tool, which must succeed."""
    start = time.perf_counter()
    subprocess.run([str(c) for c in cmd], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def side_by_side(measures: dict[str, Callable[[], float]], runs: int) -> dict[str, list[float]]:
    """Calls every measure once per round, in the order given, for `runs` rounds (alternating,
    so that a drift of the machine affects all alike); returns each one's seconds, by name."""
    times = {name: [] for name in measures}
    for _ in range(runs):
        for name, measure in measures.items():
            times[name].append(measure())
    return times


def medians(times: dict[str, list[float]]) -> dict[str, float]:
    return {name: statistics.median(values) for name, values in times.items()}


def print_medians(times: dict[str, list[float]], scale: float = 1.0, unit: str = "s", fmt: str = "7.3f",
                  width: int = 16) -> dict[str, float]:
    """Prints `name  median unit  (min, max)` per measurement (seconds times `scale`); returns
    the medians in seconds."""
    for name, values in times.items():
        m = statistics.median(values)
        print(f"  {name:<{width}} {m * scale:{fmt}} {unit}  (min {min(values) * scale:.{fmt.split('.')[-1]}}, "
              f"max {max(values) * scale:.{fmt.split('.')[-1]}})")
    return medians(times)


def iree_benchmark(vmfb: Path, function: str, inputs: list, repetitions: int, warmup: bool = False) -> list[float]:
    """Seconds per repetition of `function` in `vmfb` on `inputs`, from iree-benchmark-module
    (one iteration a repetition, on the local-task device; with `warmup`, after one untimed
    iteration: google benchmark's warm-up runs at least one)."""
    out = run([BIN / "iree-benchmark-module", "--device=local-task", f"--module={vmfb}", f"--function={function}",
               *[f"--input=@{i}" for i in inputs], f"--benchmark_repetitions={repetitions}",
               "--benchmark_min_time=1x", *(["--benchmark_min_warmup_time=0.000001"] if warmup else []),
               "--benchmark_format=json"])
    data = json.loads(out[out.index("{"):])
    return [b["real_time"] / 1e3 for b in data["benchmarks"] if b.get("run_type") == "iteration"]
