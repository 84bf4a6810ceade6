"""Export the tiny model's teacher-forced forward pass with explicit shardings.

    XLA_FLAGS=--xla_force_host_platform_device_count=4 .venv/bin/python examples/sharded/export.py

(the script sets that flag itself when it is missing). It jits `forward` of the tiny config
(`examples/model.py`) with batch 4 over a 2x2 mesh ("data", "model"): the token batch and
the logits are split over "data", each MLP's hidden dimension over "model" (w1 by columns,
b1, w2 by rows: Megatron-style), everything else replicated; the logits also carry a
`with_sharding_constraint`. The exported StableHLO therefore holds `sdy.mesh`,
`sdy.sharding` on arguments and results, `sdy.sharding_constraint` and
`mhlo.num_partitions = 4`: what `veritor-strip-sharding` removes.

It writes into examples/sharded (or --out DIR), in the layout of examples/tiny:

    forward.mlir             generic op form, no debug info
    forward.inputs/NN.npy    arguments of @main, in order
    forward.expected/NN.npy  the UNSHARDED JAX result (plain jit on one device)
    forward.json             names, shapes, dtypes and shardings; config; mesh

The sharded run is checked against the unsharded one before anything is written.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from pathlib import Path

DEVICES = 4
os.environ.setdefault("XLA_FLAGS", f"--xla_force_host_platform_device_count={DEVICES}")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import export  # noqa: E402  (examples/export.py: jax config and file helpers)
import jax  # noqa: E402
import model  # noqa: E402
import numpy as np  # noqa: E402
from jax.sharding import AxisType, NamedSharding, PartitionSpec as P  # noqa: E402

BATCH = 4
MESH_SHAPE = {"data": 2, "model": 2}


def param_spec(name: str) -> P:
    """MLP hidden dimension over "model"; every other parameter replicated."""
    if name.endswith("/mlp/w1"):
        return P(None, "model")
    if name.endswith("/mlp/b1"):
        return P("model")
    if name.endswith("/mlp/w2"):
        return P("model", None)
    return P()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=HERE, help="output directory (default examples/sharded)")
    a = ap.parse_args(argv)
    if jax.device_count() < DEVICES:
        sys.exit(f"need {DEVICES} devices, have {jax.device_count()}: set "
                 f"XLA_FLAGS=--xla_force_host_platform_device_count={DEVICES} before starting Python")

    cfg = dataclasses.replace(model.CONFIGS["tiny"], batch=BATCH)
    params = model.init_params(cfg)
    names, (tokens,) = model.make_inputs(cfg, params)["forward"]
    forward = model.make_programs(cfg)["forward"]

    mesh = jax.make_mesh(tuple(MESH_SHAPE.values()), tuple(MESH_SHAPE), axis_types=(AxisType.Auto,) * len(MESH_SHAPE))
    param_names = model.param_names(params)
    leaves, treedef = jax.tree_util.tree_flatten(params)
    specs = [param_spec(n) for n in param_names] + [P("data", None)]
    param_shardings = jax.tree_util.tree_unflatten(treedef, [NamedSharding(mesh, s) for s in specs[:-1]])
    logits_sharding = NamedSharding(mesh, P("data", None, None))

    def sharded_forward(params, tokens):
        return jax.lax.with_sharding_constraint(forward(params, tokens), logits_sharding)

    jitted = jax.jit(
        sharded_forward,
        in_shardings=(param_shardings, NamedSharding(mesh, specs[-1])),
        out_shardings=logits_sharding,
        keep_unused=True,
    )
    ir = jitted.lower(params, tokens).compiler_ir("stablehlo")
    generic = ir.operation.get_asm(print_generic_op_form=True, enable_debug_info=False)
    for needle in ('"sdy.mesh"', "#sdy.sharding<", '"sdy.sharding_constraint"', "mhlo.num_partitions = 4"):
        assert needle in generic, f"the export has no {needle}"

    expected = np.asarray(jax.jit(forward)(params, tokens))
    sharded = np.asarray(jitted(params, tokens))
    np.testing.assert_allclose(sharded, expected, rtol=1e-5, atol=1e-5)

    out = a.out
    out.mkdir(parents=True, exist_ok=True)
    export._write(out / "forward.mlir", generic)
    args = leaves + [tokens]
    export._save_npys(out / "forward.inputs", [np.asarray(x) for x in args])
    export._save_npys(out / "forward.expected", [expected])
    arg_names = param_names + list(names)
    desc = {
        "program": "forward",
        "function": "main",
        "config": dataclasses.asdict(cfg),
        "jax_version": jax.__version__,
        "mesh": MESH_SHAPE,
        "arguments": [
            {"index": i, "name": n, **export._spec(x), "sharding": str(tuple(s))}
            for i, (n, x, s) in enumerate(zip(arg_names, args, specs))
        ],
        "results": [{"index": 0, "name": "logits", **export._spec(expected), "sharding": "('data', None, None)"}],
        "num_param_args": len(param_names),
        "expected_from": "unsharded jax.jit(forward) on one device",
    }
    export._write(out / "forward.json", export._dump_json(desc))
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"exported sharded forward to {out}: {len(args)} args, {size} bytes in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
