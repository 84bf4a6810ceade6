"""Benchmarks greedy decoding with fingerprints against the same decoding without, on the
large config (4 layers, width 256, 256 positions), IREE CPU, both in one run (alternating
repetitions, medians), and prints the commitment size per generated token.

The fingerprinted program taps the residual stream after the last block (the hidden state
that feeds the unembedding), lowers the tap out of the decode loop and projects it with a
seeded int8 Johnson-Lindenstrauss projection (projected in the loop, before lowering). Run by
`make bench`.

Usage: .venv/bin/python benches/fingerprint.py [--repetitions N] [--dim D]
"""

import json
import subprocess
import sys

import numpy as np

from common import BIN, CPU_FLAGS, LARGE, VERITOR_OPT, iree_benchmark, medians, parser, run, side_by_side, workdir


def one_time(vmfb, inputs: list) -> float:
    return iree_benchmark(vmfb, "main", inputs, 1)[0]


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--repetitions", type=int, default=9)
    ap.add_argument("--dim", type=int, default=4)
    ap.add_argument("--program", default="greedy_full", choices=["greedy_full", "greedy_kv"])
    a = ap.parse_args()
    with workdir("veritor-bench-fp-") as work:
        plain = work / "plain.vmfb"
        run([BIN / "iree-compile", *CPU_FLAGS, LARGE / f"{a.program}.mlir", "-o", plain])
        hooked_ir = work / "hooked.mlir"
        # Fingerprint before lowering: each hook is projected where it sits (inside the decode
        # loop), so the loop carries [steps, ..., dim] instead of the whole hidden state.
        pipeline = ("builtin.module(veritor-insert-hooks{ops=stablehlo.add locations=layer3/mlp scope-outputs=true},"
                    f"veritor-fingerprint{{dim={a.dim} quantize=int8}},veritor-lower-hooks)")
        subprocess.run([VERITOR_OPT, LARGE / f"{a.program}.debug.mlir", f"--pass-pipeline={pipeline}", "-o", hooked_ir],
                       check=True, capture_output=True)
        hooked = work / "hooked.vmfb"
        run([BIN / "iree-compile", *CPU_FLAGS, hooked_ir, "-o", hooked])
        inputs = sorted((LARGE / f"{a.program}.inputs").glob("*.npy"))
        seed = work / "seed.npy"
        np.save(seed, np.array([7, 11], np.uint32))
        times = side_by_side({"without": lambda: one_time(plain, inputs),
                              "with": lambda: one_time(hooked, inputs + [seed])}, a.repetitions)
        m = medians(times)
        without, with_fp = m["without"], m["with"]
        cfg = json.loads((LARGE / f"{a.program}.json").read_text())["config"]
        generated = cfg["max_len"] - cfg["prompt_len"]
        per_token = a.dim * 1 + 4  # int8 codes + one f32 scale for the generated position's vector
        print(f"{a.program}, large config ({generated} generated tokens), IREE llvm-cpu, "
              f"median of {a.repetitions} alternating runs")
        print(f"  without fingerprints {without * 1000:9.1f} ms")
        print(f"  with fingerprints    {with_fp * 1000:9.1f} ms   ratio {with_fp / without:.3f} (target <= 1.03)")
        print(f"  commitment: 1 hook, dim {a.dim}, int8 + f32 scale = {per_token} bytes per generated token "
              "(target <= 8)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
