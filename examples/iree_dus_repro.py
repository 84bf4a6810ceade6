"""Reproducer: IREE 3.13 llvm-cpu gives nondeterministic wrong tokens on --device=local-task
for a KV-cache decode loop whose token buffer is written with lax.dynamic_update_slice.

    .venv/bin/python examples/iree_dus_repro.py [--runs 40] [--out DIR]

Exports four greedy decodes of the tiny model (same prompt, same tokens in JAX) into DIR
(default: a temporary directory) and runs each --runs times on local-task and local-sync
with check_iree.py's checker:

    full_dus       full recompute, buffer written with dynamic_update_slice in the loop
                   (= examples/decode/dus_writes)                        expected: right
    kv_scatter     KV cache, buffer written with .at[].set (scatter)      expected: right
    kv_dus         KV cache, buffer written with dynamic_update_slice;
                   the buffer is built by concatenate (no DUS before the loop) and the loop
                   reads the carried last token (the buffer is only written)
                                                                          local-task: wrong in
                                                                          1 run of 5 to 3 of 4
    kv_dus_rows    as kv_dus with the buffer laid out [L, B] (row writes)  same

local-sync is right every time for all four. See examples/README.md (IREE findings).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import export  # noqa: E402  (configures jax for CPU and stable locations)
import check_iree  # noqa: E402
import decoders  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import model  # noqa: E402
from jax import lax  # noqa: E402


def programs(cfg):
    P, L, B = cfg.prompt_len, cfg.max_len, cfg.batch

    def prefill(params, prompt):
        logits, caches = decoders._prefill_caches(cfg, params, prompt)
        return decoders._argmax(logits[:, P - 1]), caches

    def kv(write, rows=False):
        def f(params, prompt):
            prompt = prompt.astype(jnp.int32)
            first, caches = prefill(params, prompt)
            buf = jnp.concatenate([prompt, first[:, None], jnp.zeros((B, L - P - 1), jnp.int32)], axis=1)
            if rows:
                buf = buf.T

            def body(i, carry):
                buf, last, caches = carry
                logits, caches = model.decode_step(cfg, params, last, i, caches)
                t = decoders._argmax(logits)
                return write(buf, t, i + 1), t, caches

            buf, _, _ = lax.fori_loop(P, L - 1, body, (buf, first, caches))
            return buf.T if rows else buf

        return f

    return {
        "full_dus": None,  # decoders' dus_writes
        "kv_scatter": kv(lambda b, t, p: b.at[:, p].set(t)),
        "kv_dus": kv(lambda b, t, p: lax.dynamic_update_slice(b, t[:, None], (0, p))),
        "kv_dus_rows": kv(lambda b, t, p: lax.dynamic_update_slice(b, t[None], (p, 0)), rows=True),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--out", type=Path, default=None)
    a = ap.parse_args(argv)
    cfg = model.CONFIGS["tiny"]
    params = model.init_params(cfg)
    decs = decoders.make_decoders(cfg, params)
    prompt = decs["dus_writes"].extra_args[0]
    tmp = tempfile.TemporaryDirectory(prefix="veritor-dus-repro-")
    out = a.out or Path(tmp.name)
    out.mkdir(parents=True, exist_ok=True)
    for name, fn in programs(cfg).items():
        fn = fn or decs["dus_writes"].fn
        export.export_program(cfg, name, fn, params, ["prompt"], [prompt], out, res_names=["tokens"])
    wrong = {}
    for name in programs(cfg):
        vmfb, msg, _ = check_iree.compile_module(name, out, out)
        assert vmfb is not None, msg
        for device in ("local-task", "local-sync"):
            ok, msg = check_iree.run_device(name, out, out, vmfb, a.runs, device)
            wrong[name, device] = not ok
            print(f"{'PASS' if ok else 'FAIL'} {name:12s} [{device}] {msg[:160]}", flush=True)
    reproduced = wrong["kv_dus", "local-task"] and not any(v for (n, d), v in wrong.items() if d == "local-sync")
    print(f"local-task bug reproduced: {'yes' if reproduced else 'no'}")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
