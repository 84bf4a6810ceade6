"""Export Veritor's example programs as StableHLO plus inputs and JAX's expected outputs.

    .venv/bin/python examples/export.py [--config tiny|large] [--out DIR] [--only PROG ...]

For each program <prog> it writes into DIR (default examples/<config>):

    <prog>.mlir            generic op form, no debug info      (what veritor-opt parses)
    <prog>.pretty.mlir     jax's pretty text (lowered.as_text())
    <prog>.debug.mlir      generic op form with locations (named_scope names in them)
    <prog>.inputs/NN.npy   arguments of @main, in order
    <prog>.expected/NN.npy JAX's results of @main, in order
    <prog>.json            names / shapes / dtypes of arguments and results, config

Same config and seeds -> byte-identical files.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

import jax  # noqa: E402

jax.config.update("jax_platforms", "cpu")
# Strip the checkout location from source paths in debug locations, so that the
# .debug.mlir files do not depend on where the repository lives.
jax.config.update("jax_hlo_source_file_canonicalization_regex", "^" + re.escape(str(ROOT) + os.sep))
# No Python source frames in op locations: the .debug.mlir files then carry only the
# named-scope names ("jit(forward)/layer0/attn/dot_general"), so they do not change when
# a line of this file or model.py moves, and they stay small.
jax.config.update("jax_traceback_in_locations_limit", 0)

import numpy as np  # noqa: E402

sys.path.insert(0, str(HERE))
import model  # noqa: E402

PROGRAMS = ["greedy_full", "greedy_kv", "sampled", "forward", "train_step"]

MAIN_RE = re.compile(r'"func\.func"\(\) <\{[^\n]*sym_name = "main"')


def _spec(a) -> dict:
    a = np.asarray(a)
    return {"shape": list(a.shape), "dtype": str(a.dtype)}


def _save_npys(d: Path, arrays) -> None:
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    width = max(2, len(str(len(arrays) - 1)))
    for i, a in enumerate(arrays):
        np.save(d / f"{i:0{width}d}.npy", np.asarray(a), allow_pickle=False)


def _dump_json(desc: dict) -> str:
    """Indented JSON with one line per argument / result (compact, diff friendly)."""
    lines = ["{"]
    items = list(desc.items())
    for n, (k, v) in enumerate(items):
        comma = "," if n + 1 < len(items) else ""
        if isinstance(v, list) and v and isinstance(v[0], dict):
            lines.append(f"  {json.dumps(k)}: [")
            lines += [f"    {json.dumps(e)}" + ("," if i + 1 < len(v) else "") for i, e in enumerate(v)]
            lines.append(f"  ]{comma}")
        else:
            lines.append(f"  {json.dumps(k)}: {json.dumps(v)}{comma}")
    lines.append("}")
    return "\n".join(lines)


def _write(path: Path, text: str) -> None:
    path.write_text(text if text.endswith("\n") else text + "\n")


def export_program(cfg: model.Config, prog: str, fn, params, extra_names, extra_args, out: Path) -> dict:
    t0 = time.perf_counter()
    args = (params, *extra_args)
    flat_args, _ = jax.tree_util.tree_flatten(args)
    arg_names = model.param_names(params) + list(extra_names)
    assert len(flat_args) == len(arg_names)

    # keep_unused: every flattened argument stays an argument of @main, in this order.
    jitted = jax.jit(fn, keep_unused=True)
    lowered = jitted.lower(*args)
    ir = lowered.compiler_ir("stablehlo")
    generic = ir.operation.get_asm(print_generic_op_form=True, enable_debug_info=False)
    debug = ir.operation.get_asm(print_generic_op_form=True, enable_debug_info=True)
    pretty = lowered.as_text()

    # The public entry point must be @main with exactly our flattened arguments.
    publics = [m for m in re.finditer(r'"func\.func"\(\) <\{(?P<attrs>[^\n]*?)\}>', generic)]
    public_names = []
    for m in publics:
        attrs = m.group("attrs")
        name = re.search(r'sym_name = "([^"]+)"', attrs).group(1)
        if 'sym_visibility = "private"' not in attrs:
            public_names.append(name)
    assert public_names == ["main"], f"{prog}: public functions {public_names}"
    main_type = re.search(r'sym_name = "main"[^\n]*?function_type = \(([^\n]*?)\) ->', generic) or re.search(
        r'function_type = \(([^\n]*?)\) ->[^\n]*?sym_name = "main"', generic
    )
    assert main_type is not None, f"{prog}: cannot find @main's type"
    n_main_args = main_type.group(1).count("tensor<")
    assert n_main_args == len(flat_args), f"{prog}: @main has {n_main_args} args, expected {len(flat_args)}"
    t_lower = time.perf_counter() - t0

    outs = jitted(*args)
    flat_outs = [np.asarray(o) for o in jax.tree_util.tree_leaves(outs)]
    res_names = model.result_names(prog, params)
    assert len(flat_outs) == len(res_names)
    t_run = time.perf_counter() - t0 - t_lower

    _write(out / f"{prog}.mlir", generic)
    _write(out / f"{prog}.pretty.mlir", pretty)
    _write(out / f"{prog}.debug.mlir", debug)
    _save_npys(out / f"{prog}.inputs", [np.asarray(a) for a in flat_args])
    _save_npys(out / f"{prog}.expected", flat_outs)

    desc = {
        "program": prog,
        "function": "main",
        "config": dataclasses.asdict(cfg),
        "jax_version": jax.__version__,
        "arguments": [{"index": i, "name": n, **_spec(a)} for i, (n, a) in enumerate(zip(arg_names, flat_args))],
        "results": [{"index": i, "name": n, **_spec(a)} for i, (n, a) in enumerate(zip(res_names, flat_outs))],
        "num_param_args": len(model.param_names(params)),
    }
    if prog in ("greedy_full", "greedy_kv", "sampled"):
        desc["decode"] = {
            "prompt_len": cfg.prompt_len,
            "max_len": cfg.max_len,
            "first_generated_position": cfg.prompt_len,
            "steps": cfg.max_len - cfg.prompt_len,
        }
    if prog == "sampled":
        desc["sampling"] = {"temperature": cfg.temperature, "top_k": cfg.top_k, "top_p": cfg.top_p, "rng": "threefry2x32"}
    _write(out / f"{prog}.json", _dump_json(desc))
    ops = generic.count('"stablehlo.')
    print(f"{prog:12s} args={len(flat_args):3d} results={len(flat_outs):3d} stablehlo_ops={ops:5d} "
          f"lower={t_lower:.2f}s run={t_run:.2f}s", flush=True)
    return desc


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", default="tiny", choices=sorted(model.CONFIGS))
    ap.add_argument("--out", type=Path, default=None, help="output directory (default examples/<config>)")
    ap.add_argument("--only", nargs="*", choices=PROGRAMS, help="export only these programs")
    a = ap.parse_args(argv)

    cfg = model.CONFIGS[a.config]
    out = a.out if a.out is not None else HERE / cfg.name
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    params = model.init_params(cfg)
    programs = model.make_programs(cfg)
    inputs = model.make_inputs(cfg, params)
    for prog in a.only or PROGRAMS:
        names, extra = inputs[prog]
        export_program(cfg, prog, programs[prog], params, names, extra, out)
    print(f"exported {cfg.name} to {out} in {time.perf_counter() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
