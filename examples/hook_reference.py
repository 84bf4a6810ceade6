"""JAX references for Veritor's hooks: the intermediates that `veritor-insert-hooks` taps in
the tiny corpus, recomputed from `model.py`, so that hooked IREE runs can be checked.

    .venv/bin/python examples/hook_reference.py [--dir examples/tiny] [--only PROG ...]

For each program <prog> it writes `<dir>/<prog>.hooks/`:

    hooks.json    the selection (veritor-insert-hooks options, applied to <prog>.debug.mlir,
                  whose locations carry JAX's named_scope names) and one entry per reference:
                  {"file", "location", "per_iteration", "index", "what"}
    <name>.npy    the references, float32; a value computed inside a decode loop is stacked
                  over iterations, [iterations, ...] (row k: the k-th iteration)

A hook result (from `veritor-lower-hooks{schema=...}`) matches a reference when its location
contains the reference's `location`, its per-iteration flag (`iterations` non-empty) equals
`per_iteration`, and it is the `index`-th such hook in result order. Every hook result must
match exactly one reference and every reference one hook.

The selection is the residual stream after each layer's attention and MLP block:
`ops=stablehlo.add locations=layer0/attn,... scope-outputs=true`, i.e. the adds of a named
scope whose result leaves the scope. In `train_step` the forward pass runs under `jvp`, and
its scope outputs also include what the backward pass reads: each layer's two layer-norm
outputs and the MLP's pre-activation. Inputs and JAX's token outputs come from
`<prog>.inputs/` and `<prog>.expected/`; each decode iteration is recomputed from the token
buffer as it was at that iteration (the final buffer with later positions zeroed).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

import jax  # noqa: E402

jax.config.update("jax_platforms", "cpu")

import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402
from jax import lax  # noqa: E402

sys.path.insert(0, str(HERE))
import model  # noqa: E402

BLOCKS = ["layer0/attn", "layer0/mlp", "layer1/attn", "layer1/mlp"]
SELECT = "ops=stablehlo.add locations={} scope-outputs=true"


def load_npys(d: Path) -> list[np.ndarray]:
    return [np.load(p) for p in sorted(d.glob("*.npy"))]


def params_from(cfg: model.Config, arrays: list[np.ndarray]):
    """The parameter pytree from the first flattened arguments of @main."""
    template = model.init_params(cfg)
    leaves, treedef = jax.tree_util.tree_flatten(template)
    return jax.tree_util.tree_unflatten(treedef, [jnp.asarray(a) for a in arrays[: len(leaves)]])


def blocks(cfg: model.Config, params, tokens, taps: bool = False):
    """`model.forward_with_kv` over `tokens`, keeping the residual stream after each block.

    With `taps`, also each layer's layer-norm outputs and MLP pre-activation, in program
    order per layer: ln1, attn, ln2, pre-activation, mlp."""
    x = model.embed(cfg, params, tokens)
    out = {}
    for li, lp in enumerate(params["layers"]):
        h = model.layer_norm(lp["ln1"], x)
        a, _, _ = model.causal_attention(cfg, lp["attn"], h)
        x = x + a
        out[f"layer{li}/ln1"] = h
        out[f"layer{li}/attn"] = x
        h2 = model.layer_norm(lp["ln2"], x)
        pre = h2 @ lp["mlp"]["w1"] + lp["mlp"]["b1"]
        x = x + model.mlp(lp["mlp"], h2)
        out[f"layer{li}/ln2"] = h2
        out[f"layer{li}/pre"] = pre
        out[f"layer{li}/mlp"] = x
    return out


def decode_blocks(cfg: model.Config, params, tok, pos, caches):
    """`model.decode_step` at position `pos`, keeping the residual stream after each block."""
    x = model.embed(cfg, params, tok[:, None], start=pos)
    out, new_caches = {}, []
    for li, (lp, (kc, vc)) in enumerate(zip(params["layers"], caches)):
        h = model.layer_norm(lp["ln1"], x)
        p = lp["attn"]
        q, k, v = (model.split_heads(cfg, h @ p[w]) for w in ("wq", "wk", "wv"))
        zero = jnp.zeros((), jnp.int32)
        kc = lax.dynamic_update_slice(kc, k, (zero, zero, pos, zero))
        vc = lax.dynamic_update_slice(vc, v, (zero, zero, pos, zero))
        mask = lax.broadcasted_iota(jnp.int32, (1, 1, 1, cfg.max_len), 3) <= pos
        x = x + model.merge_heads(model.attend(cfg, q, kc, vc, mask)) @ p["wo"]
        out[f"layer{li}/attn"] = x
        x = x + model.mlp(lp["mlp"], model.layer_norm(lp["ln2"], x))
        out[f"layer{li}/mlp"] = x
        new_caches.append((kc, vc))
    return out, new_caches


def buffer_at(tokens: np.ndarray, i: int) -> np.ndarray:
    """The token buffer a decode step at position i sees: positions 0..i filled."""
    buf = np.zeros_like(tokens)
    buf[:, : i + 1] = tokens[:, : i + 1]
    return buf


def stack(steps: list[dict], key: str) -> np.ndarray:
    return np.stack([np.asarray(s[key]) for s in steps])


def ref(file: str, location: str, per_iteration: bool, what: str, index: int = 0) -> dict:
    return {"file": file, "location": location, "per_iteration": per_iteration, "index": index, "what": what}


def forward_refs(cfg, params, inputs, expected):
    out = blocks(cfg, params, jnp.asarray(inputs[-1]))
    refs = [ref(f"{b.replace('/', '_')}.npy", b, False, f"residual stream after {b}") for b in BLOCKS]
    return SELECT.format(",".join(BLOCKS)), refs, {r["file"]: out[r["location"]] for r in refs}


def recompute_decode_refs(cfg, params, inputs, expected):
    """greedy_full and sampled: every iteration runs the full forward on the buffer."""
    tokens = expected[0]
    steps = [blocks(cfg, params, jnp.asarray(buffer_at(tokens, i))) for i in range(cfg.prompt_len - 1, cfg.max_len - 1)]
    refs = [ref(f"{b.replace('/', '_')}.npy", b, True, f"residual stream after {b}, per decode step") for b in BLOCKS]
    return SELECT.format(",".join(BLOCKS)), refs, {r["file"]: stack(steps, r["location"]) for r in refs}


def greedy_kv_refs(cfg, params, inputs, expected):
    """Prefill over the prompt, then one decode step per position with KV caches."""
    prompt, tokens = inputs[-1], expected[0]
    pre = blocks(cfg, params, jnp.asarray(prompt))
    _, kvs = model.forward_with_kv(cfg, params, jnp.asarray(prompt))
    shape = (cfg.batch, cfg.heads, cfg.max_len, cfg.head_dim)
    caches = [
        (
            lax.dynamic_update_slice(jnp.zeros(shape, jnp.float32), k, (0, 0, 0, 0)),
            lax.dynamic_update_slice(jnp.zeros(shape, jnp.float32), v, (0, 0, 0, 0)),
        )
        for k, v in kvs
    ]
    steps = []
    for i in range(cfg.prompt_len, cfg.max_len - 1):
        out, caches = decode_blocks(cfg, params, jnp.asarray(tokens[:, i]), jnp.int32(i), caches)
        steps.append(out)
    refs, arrays = [], {}
    for b in BLOCKS:
        name = b.replace("/", "_")
        refs.append(ref(f"prefill_{name}.npy", f"prefill/{b}", False, f"residual stream after {b} in the prefill"))
        arrays[f"prefill_{name}.npy"] = pre[b]
        refs.append(ref(f"{name}.npy", b, True, f"residual stream after {b}, per decode step"))
        arrays[f"{name}.npy"] = stack(steps, b)
    return SELECT.format(",".join(BLOCKS)), refs, arrays


def train_step_refs(cfg, params, inputs, expected):
    """The forward pass of the loss (tokens[:, :-1]) runs under jvp: locations
    `jvp(layer0/attn)/...`; the backward pass is `transpose(jvp(...))` and is not selected."""
    out = blocks(cfg, params, jnp.asarray(inputs[-2][:, :-1]))
    scopes = [f"jvp({b})/" for b in BLOCKS]
    order = {  # scope outputs of each block, in program order
        "attn": [("ln1", "layer norm 1 output (read by the backward pass)"), ("attn", "residual stream after attention")],
        "mlp": [
            ("ln2", "layer norm 2 output (read by the backward pass)"),
            ("pre", "MLP pre-activation x @ w1 + b1 (read by the backward pass)"),
            ("mlp", "residual stream after the MLP"),
        ],
    }
    refs, arrays = [], {}
    for b, scope in zip(BLOCKS, scopes):
        layer, kind = b.split("/")
        for index, (key, what) in enumerate(order[kind]):
            file = f"{layer}_{key}.npy"
            refs.append(ref(file, scope, False, what, index))
            arrays[file] = out[f"{layer}/{key}"]
    return SELECT.format(",".join(scopes)), refs, arrays


PROGRAMS = {
    "forward": forward_refs,
    "greedy_full": recompute_decode_refs,
    "sampled": recompute_decode_refs,
    "greedy_kv": greedy_kv_refs,
    "train_step": train_step_refs,
}


def write(d: Path, prog: str, select: str, refs: list[dict], arrays: dict) -> None:
    out = d / f"{prog}.hooks"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    for r in refs:
        np.save(out / r["file"], np.asarray(arrays[r["file"]], dtype=np.float32), allow_pickle=False)
    desc = {"program": prog, "source": f"{prog}.debug.mlir", "insert_hooks": select, "references": refs}
    lines = ["{"]
    for k in ("program", "source", "insert_hooks"):
        lines.append(f"  {json.dumps(k)}: {json.dumps(desc[k])},")
    lines.append('  "references": [')
    lines += [f"    {json.dumps(r)}" + ("," if n + 1 < len(refs) else "") for n, r in enumerate(refs)]
    lines += ["  ]", "}"]
    (out / "hooks.json").write_text("\n".join(lines) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", default=str(HERE / "tiny"))
    ap.add_argument("--only", nargs="*", default=list(PROGRAMS))
    args = ap.parse_args()
    d = Path(args.dir)
    for prog in args.only:
        info = json.loads((d / f"{prog}.json").read_text())
        cfg = model.Config(**info["config"])
        inputs = load_npys(d / f"{prog}.inputs")
        expected = load_npys(d / f"{prog}.expected")
        params = params_from(cfg, inputs)
        select, refs, arrays = PROGRAMS[prog](cfg, params, inputs, expected)
        write(d, prog, select, refs, arrays)
        shapes = ", ".join(f"{r['file']} {list(np.shape(arrays[r['file']]))}" for r in refs)
        print(f"{prog}: {len(refs)} references: {shapes}")


if __name__ == "__main__":
    main()
