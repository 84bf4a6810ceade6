"""Benchmarks IREE CPU's sorts against a compare-exchange network written in StableHLO, on the
shapes of HF Flax `generate`'s top-k/top-p warpers at the bench config (vocabulary 512): the
teacher-forced replay's batch of 248 rows and the decode's one row a step. Prints medians
(alternating repetitions, iree-benchmark-module on local-task) and each one's ratio to
`chlo.top_k`.

The three programs compute the same thing: the 512 values of each row in descending order
with their indices, equal values lower index first (each checked against `jax.lax.top_k`, in
JAX and as IREE runs it, on rows with ties, before timing). Found so: IREE 3.13's CPU sort
does not keep `is_stable = true` (equal values come back in another order; the values agree),
so for the stable sort only the values are required to agree and the misplaced indices are
counted:
- `top_k`: `jax.lax.top_k(x, 512)` (`chlo.top_k`, IREE's `iree_linalg_ext.topk`);
- `stable sort`: `lax.sort((-x, iota), is_stable=True)` (`stablehlo.sort`);
- `network`: a bitonic network of 45 compare-exchange stages, each a gather of the partner
  position and selects on (value, index) (plain elementwise StableHLO).
This is the measurement behind `veritor-top-k-network`, which emits the same network (with
reshapes and reverses for the partners) for every `chlo.top_k` (examples/ecosystem/README.md,
"Sorts"). Run by `make bench`.

Usage: .venv/bin/python benches/sort_network.py [--repetitions N]
"""

import sys

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from common import BIN, CPU_FLAGS, iree_benchmark, medians, parser, print_medians, run, side_by_side, workdir

N = 512


def top_k(x):
    return lax.top_k(x, N)


def stable_sort(x):
    idx = lax.broadcasted_iota(jnp.int32, x.shape, 1)
    v, i = lax.sort((-x, idx), dimension=1, num_keys=1, is_stable=True)
    return -v, i


def network(x):
    """Bitonic sort of (value, index) pairs: descending values, lower index first on ties."""
    v, i = x, lax.broadcasted_iota(jnp.int32, x.shape, 1)
    p = jnp.arange(N)
    k = 2
    while k <= N:
        j = k // 2
        while j >= 1:
            q = p ^ j
            vq, iq = v[:, q], i[:, q]
            first = (v > vq) | ((v == vq) & (i < iq))
            keep = jnp.where(((p & k) == 0) == (p < q), first, ~first)
            v, i = jnp.where(keep, v, vq), jnp.where(keep, i, iq)
            j //= 2
        k *= 2
    return v, i


PROGRAMS = {"top_k": top_k, "stable sort": stable_sort, "network": network}


def rows_with_ties(rows: int) -> np.ndarray:
    x = np.random.default_rng(0).standard_normal((rows, N)).astype(np.float32)
    x[:, ::7] = x[:, 3:4]
    return x


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--repetitions", type=int, default=7)
    args = ap.parse_args()
    with workdir("veritor-sort-") as work:
        for rows in (248, 1):
            x = rows_with_ties(rows)
            ref = [np.asarray(a) for a in top_k(x)]
            np.save(work / "x.npy", x)
            measures = {}
            for name, fn in PROGRAMS.items():
                got = [np.asarray(a) for a in jax.jit(fn)(x)]
                if not all((g == r).all() for g, r in zip(got, ref)):
                    print(f"sort_network: {name} differs from jax.lax.top_k", file=sys.stderr)
                    return 1
                text = jax.jit(fn).lower(x).compiler_ir("stablehlo").operation.get_asm(
                    print_generic_op_form=True, enable_debug_info=False)
                src, vmfb = work / f"{rows}-{len(measures)}.mlir", work / f"{rows}-{len(measures)}.vmfb"
                src.write_text(text)
                run([BIN / "iree-compile", *CPU_FLAGS, src, "-o", vmfb])
                outs = [work / "values.npy", work / "indices.npy"]
                run([BIN / "iree-run-module", "--device=local-sync", f"--module={vmfb}", "--function=main",
                     f"--input=@{work / 'x.npy'}", *[f"--output=@{o}" for o in outs]])
                values, indices = np.load(outs[0]), np.load(outs[1])
                misplaced = int((indices != ref[1]).sum())
                if not (values == ref[0]).all() or (misplaced and name != "stable sort"):
                    print(f"sort_network: {name} in IREE differs from jax.lax.top_k", file=sys.stderr)
                    return 1
                if misplaced:
                    print(f"  {name}: IREE puts {misplaced} of {indices.size} equal values out of "
                          f"index order (is_stable not kept)")
                measures[name] = lambda vmfb=vmfb: iree_benchmark(vmfb, "main", [work / "x.npy"], 1)[0]
            print(f"[{rows}, {N}] f32, descending with indices (IREE CPU, local-task, "
                  f"{args.repetitions} rounds):")
            times = side_by_side(measures, args.repetitions)
            m = print_medians(times, scale=1e3, unit="ms", fmt="8.3f")
            for name in ("stable sort", "network"):
                print(f"  ratio {name} / top_k: {m[name] / m['top_k']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
