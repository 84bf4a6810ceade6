"""Export Veritor's example programs as StableHLO plus inputs and JAX's expected outputs.

    .venv/bin/python examples/export.py [--config tiny|large] [--out DIR] [--only PROG ...]
    .venv/bin/python examples/export.py --set decode      # decoders.py's loops -> examples/decode

For each program <prog> it writes into DIR (default examples/<config>, or examples/decode
for --set decode):

    <prog>.mlir            generic op form, no debug info      (what veritor-opt parses)
    <prog>.pretty.mlir     jax's pretty text (lowered.as_text())
    <prog>.debug.mlir      generic op form with locations (named_scope names in them)
    <prog>.inputs/NN.npy   arguments of @main, in order
    <prog>.expected/NN.npy JAX's results of @main, in order
    <prog>.json            names / shapes / dtypes of arguments and results, config
    <prog>.reference/      (--set decode only) teacher-forced reference: tokens.npy,
                           chosen.npy, logits.npy, predicted.npy (see README.md, "Decode set")

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
import decoders  # noqa: E402
import model  # noqa: E402

PROGRAMS = ["greedy_full", "greedy_kv", "sampled", "forward", "train_step"]
SETS = ("default", "decode")  # default: PROGRAMS from model.py; decode: decoders.PROGRAMS
DECODE_PROGRAMS = decoders.PROGRAMS

MAIN_RE = re.compile(r'"func\.func"\(\) <\{[^\n]*sym_name = "main"')


def _spec(a) -> dict:
    a = np.asarray(a)
    return {"shape": list(a.shape), "dtype": str(a.dtype)}


def write_reference(d: Path, ref: dict) -> dict:
    """Writes a teacher-forced reference (tokens, chosen, logits, predicted) as .npy files
    into a fresh `d`; returns each file's spec."""
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    files = {}
    for name in ("tokens", "chosen", "logits", "predicted"):
        np.save(d / f"{name}.npy", ref[name], allow_pickle=False)
        files[name] = _spec(ref[name])
    return files


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


def module_structure(module) -> dict:
    """Loops and calls of a lowered module (jax's MLIR bindings): the number of
    stablehlo.while ops (in the module, in @main, and after inlining every call), and the
    longest func.call chain from @main and from a call inside one of @main's while loops."""
    from jax._src.lib.mlir import ir

    whiles: dict = {}  # function -> number of while ops in it
    calls: dict = {}  # function -> [(callee, inside a while)]

    def visit(op):
        if op.name in ("func.call", "stablehlo.while"):
            parent, in_while = op.parent, False
            while parent.name != "func.func":
                in_while |= parent.name == "stablehlo.while"
                parent = parent.parent
            fname = ir.StringAttr(parent.attributes["sym_name"]).value
            if op.name == "func.call":
                calls.setdefault(fname, []).append((ir.FlatSymbolRefAttr(op.attributes["callee"]).value, in_while))
            else:
                whiles[fname] = whiles.get(fname, 0) + 1
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)

    def chain(f, seen=()):  # longest call chain below f, as a list of callee names
        best = []
        for callee, _ in calls.get(f, []):
            assert callee not in seen, f"recursive call {callee}"
            c = [callee] + chain(callee, seen + (f,))
            if len(c) > len(best):
                best = c
        return best

    def inlined_whiles(f):
        return whiles.get(f, 0) + sum(inlined_whiles(c) for c, _ in calls.get(f, []))

    in_loop = []
    for callee, in_while in calls.get("main", []):
        c = [callee] + chain(callee)
        if in_while and len(c) > len(in_loop):
            in_loop = c
    longest = chain("main")
    return {
        "while_ops": sum(whiles.values()),
        "while_ops_in_main": whiles.get("main", 0),
        "while_ops_inlined": inlined_whiles("main"),
        "func_call_depth": len(longest),
        "longest_call_chain": ["main"] + longest,
        "func_call_depth_in_loop": len(in_loop),
        "longest_call_chain_in_loop": in_loop,
    }


def export_program(cfg: model.Config, prog: str, fn, params, extra_names, extra_args, out: Path,
                   res_names=None, extra_desc=None, after=None) -> dict:
    """Lower, run and write one program. The decode set passes its own result names, extra
    json entries (`extra_desc`), and `after(flat_outs) -> dict` (more json entries, called
    once the outputs are known; it writes the reference files)."""
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
    if res_names is None:
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
    if extra_desc is not None:
        desc.update(extra_desc)
        desc["structure"] = module_structure(ir)
    if after is not None:
        desc.update(after(flat_outs))
    _write(out / f"{prog}.json", _dump_json(desc))
    ops = generic.count('"stablehlo.')
    print(f"{prog:12s} args={len(flat_args):3d} results={len(flat_outs):3d} stablehlo_ops={ops:5d} "
          f"lower={t_lower:.2f}s run={t_run:.2f}s", flush=True)
    return desc


def export_reference(prog: str, dec, flat_outs, out: Path) -> dict:
    """Writes <prog>.reference/{tokens,chosen,logits,predicted}.npy; checks that the replayed
    tokens are the program's own; returns the json "reference" entry."""
    if "eos_id" in dec.info:  # the shipped inputs must really stop early
        stop = int(flat_outs[dec.result_names.index("stop")])
        assert stop < dec.cfg.max_len - 1, f"{prog}: EOS {dec.info['eos_id']} not generated before the end (stop {stop})"
    ref = dec.reference(flat_outs)
    seq, chosen, predicted = ref["tokens"], ref["chosen"], ref["predicted"]
    bad = np.argwhere(predicted != seq)
    assert len(bad) == 0, f"{prog}: reference replay differs from the program's tokens at {bad[:5].tolist()}"
    assert not ref["logits"][~chosen].any(), f"{prog}: non-zero logits at a position not chosen"
    files = write_reference(out / f"{prog}.reference", ref)
    positions = sorted({int(p) for p in np.argwhere(chosen)[:, -1]})  # the position axis is last
    if "summary" in ref:
        print(f"{'':12s} reference: {json.dumps(ref['summary'])}", flush=True)
    sampling = dec.info.get("sampling", {})
    if "sampling" not in dec.info:
        how = "argmax"
    elif sampling.get("rng", "").startswith("canonical"):
        how = "canonical sampler replay (examples/canonical.py), request + row, position"
    else:
        how = "sampler replay with the key schedule"
    return {
        "reference": {
            "dir": f"{prog}.reference",
            "files": files,
            "chosen_positions": [positions[0], positions[-1]] if positions else [],
            "alignment": "logits[b, p] = teacher-forced forward(tokens)[b, p-1] = the scores from which "
                         "tokens[b, p] was chosen, where chosen[b, p]; zero rows elsewhere (prompt, never written)",
            "predicted": how,
            **ref.get("summary", {}),
        }
    }


def export_decode_set(a) -> int:
    cfg = model.CONFIGS[a.config]
    out = a.out if a.out is not None else HERE / "decode"
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    params = model.init_params(cfg)
    decs = decoders.make_decoders(cfg, params)
    for prog in a.only or DECODE_PROGRAMS:
        dec = decs[prog]
        desc = export_program(
            dec.cfg, prog, dec.fn, dec.params, dec.extra_names, dec.extra_args, out,
            res_names=dec.result_names, extra_desc={"set": "decode", "decode": dec.info},
            after=lambda flat_outs, dec=dec, prog=prog: export_reference(prog, dec, flat_outs, out),
        )
        st = desc["structure"]
        print(f"{'':12s} while ops {st['while_ops']} (main {st['while_ops_in_main']}, inlined "
              f"{st['while_ops_inlined']}), func.call depth {st['func_call_depth']} (in loop "
              f"{st['func_call_depth_in_loop']}: {' -> '.join(st['longest_call_chain_in_loop'])})", flush=True)
    print(f"exported decode set ({cfg.name}) to {out} in {time.perf_counter() - t0:.1f}s")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", default="tiny", choices=sorted(model.CONFIGS))
    ap.add_argument("--set", default="default", choices=SETS,
                    help="default: model.py's five programs; decode: decoders.py's decode loops")
    ap.add_argument("--out", type=Path, default=None,
                    help="output directory (default examples/<config>, or examples/decode for --set decode)")
    ap.add_argument("--only", nargs="*", choices=PROGRAMS + DECODE_PROGRAMS, help="export only these programs")
    a = ap.parse_args(argv)
    if a.only:
        allowed = DECODE_PROGRAMS if a.set == "decode" else PROGRAMS
        bad = [p for p in a.only if p not in allowed]
        if bad:
            ap.error(f"--only {' '.join(bad)}: not in --set {a.set}")
    if a.set == "decode":
        return export_decode_set(a)

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
