"""Plain-JAX llama-like decoders (RMSNorm, RoPE, grouped-query attention, SwiGLU, untied
head) written in styles other than examples/model.py's. Same tiny model and parameters in
all four (except dtype); each program differs in how it spells the mask, the caches, the
loop and the token feedback:

* ``jax_tril_while``    full recompute in a `lax.while_loop`; mask `jnp.where(jnp.tril(ones), s, -1e9)`
                        in outlined `jax.jit` helpers (`causal_mask`, `masked_softmax`); buffer
                        written by `.at[:, i + 1].set` (scatter); reads its token back from it
* ``jax_additive_fori`` no batch axis (prompt i32[P], tokens i32[L]); `fori_loop` from 0 that
                        feeds the prompt one token per step (`where(i < P, prompt[i], last)`);
                        per-layer caches `[T, kv_heads, head_dim]` written by `.at[i].set`;
                        additive mask `where(iota <= i, 0, -inf)`; carried last token
* ``jax_finfo_scan``    prefill, then `lax.scan` over steps carrying (last token, stacked caches
                        `[layers, B, T, kv_heads, head_dim]`); the layers run in an inner
                        `lax.scan` over stacked parameters, which writes the caches with
                        `dynamic_update_slice`; mask `where(iota <= pos, s, finfo(f32).min)`;
                        tokens = concat(prompt, stacked scan outputs)
* ``jax_bf16_eos``      bfloat16 weights and activations; per-layer caches `[B, kv_heads, T, head_dim]`
                        by `dynamic_update_slice`; `lax.while_loop` that stops when every row
                        has produced EOS (`finished` flags, `where(finished, pad, tok)`); mask by
                        iota compares (`col <= pos`); buffer written by `dynamic_update_slice`

`configure("large")` switches the module to the benchmark size (benches/ecosystem.py, issue 12:
4 layers, width 256, 256 positions, vocabulary 512, prompt 8); `programs_large()` then gives
`jax_tril_while` at that size (not committed). The size is module state, read when a program
is traced: one size per process.
"""

from __future__ import annotations

import functools

import jax
import jax.numpy as jnp
import ml_dtypes
import numpy as np
from jax import lax

from common import Program, aligned, chosen_until_eos, param_names

VOCAB, WIDTH, LAYERS, HEADS, KV_HEADS, HIDDEN = 101, 64, 2, 4, 2, 128
HEAD_DIM = WIDTH // HEADS
P, L = 4, 16
SEED = 7
PROMPT = [[7, 21, 50, 3], [90, 14, 14, 62]]
BF16_EOS, PAD = None, 0  # set from the bf16 greedy run (see programs())

SIZES = {
    "tiny": {"VOCAB": 101, "WIDTH": 64, "LAYERS": 2, "HEADS": 4, "KV_HEADS": 2, "HIDDEN": 128, "P": 4, "L": 16,
             "PROMPT": [[7, 21, 50, 3], [90, 14, 14, 62]]},
    "large": {"VOCAB": 512, "WIDTH": 256, "LAYERS": 4, "HEADS": 4, "KV_HEADS": 2, "HIDDEN": 512, "P": 8, "L": 256,
              "PROMPT": [[7, 21, 50, 3, 90, 14, 14, 62], [11, 300, 5, 77, 402, 8, 19, 250]]},
}


def configure(size: str) -> None:
    """Sets the model and sequence sizes (module globals) to SIZES[size]."""
    g = globals()
    g.update({k: (list(v) if isinstance(v, list) else v) for k, v in SIZES[size].items()})
    g["HEAD_DIM"] = g["WIDTH"] // g["HEADS"]


def init_params(seed=SEED, dtype=jnp.float32):
    k = iter(jax.random.split(jax.random.PRNGKey(seed), 64))

    def w(*shape, std=None):
        std = std if std is not None else shape[0] ** -0.5
        return (jax.random.normal(next(k), shape) * std).astype(dtype)

    layers = []
    for _ in range(LAYERS):
        layers.append({
            "attn_norm": jnp.ones((WIDTH,), dtype), "mlp_norm": jnp.ones((WIDTH,), dtype),
            "wq": w(WIDTH, HEADS * HEAD_DIM), "wk": w(WIDTH, KV_HEADS * HEAD_DIM),
            "wv": w(WIDTH, KV_HEADS * HEAD_DIM), "wo": w(HEADS * HEAD_DIM, WIDTH),
            "w_gate": w(WIDTH, HIDDEN), "w_up": w(WIDTH, HIDDEN), "w_down": w(HIDDEN, WIDTH),
        })
    return {"embed": w(VOCAB, WIDTH, std=1.0), "layers": layers, "norm": jnp.ones((WIDTH,), dtype),
            "head": w(WIDTH, VOCAB)}


def stack_layers(params):
    return {**params, "layers": jax.tree_util.tree_map(lambda *xs: jnp.stack(xs), *params["layers"])}


def rms_norm(x, g):
    xf = x.astype(jnp.float32)
    y = xf * lax.rsqrt(jnp.mean(xf * xf, axis=-1, keepdims=True) + 1e-6)
    return (y * g.astype(jnp.float32)).astype(x.dtype)


def rope(x, pos):
    """x [..., T, H, hd], pos [T] int32: rotate-half RoPE."""
    half = HEAD_DIM // 2
    freq = 1.0 / (10000.0 ** (jnp.arange(half, dtype=jnp.float32) / half))
    ang = pos.astype(jnp.float32)[:, None] * freq[None, :]  # [T, half]
    cos, sin = jnp.cos(ang)[:, None, :], jnp.sin(ang)[:, None, :]
    x1, x2 = x[..., :half].astype(jnp.float32), x[..., half:].astype(jnp.float32)
    return jnp.concatenate([x1 * cos - x2 * sin, x2 * cos + x1 * sin], axis=-1).astype(x.dtype)


def mlp(lp, x):
    h = rms_norm(x, lp["mlp_norm"])
    return (jax.nn.silu(h @ lp["w_gate"]) * (h @ lp["w_up"])) @ lp["w_down"]


def qkv(lp, x, pos):
    """x [B, T, D] -> q [B, T, H, hd], k, v [B, T, KV, hd] (RoPE applied to q, k)."""
    h = rms_norm(x, lp["attn_norm"])
    b, t = x.shape[0], x.shape[1]
    q = (h @ lp["wq"]).reshape(b, t, HEADS, HEAD_DIM)
    k = (h @ lp["wk"]).reshape(b, t, KV_HEADS, HEAD_DIM)
    v = (h @ lp["wv"]).reshape(b, t, KV_HEADS, HEAD_DIM)
    return rope(q, pos), rope(k, pos), v


def scores(q, k):
    """q [B, Tq, H, hd], k [B, Tk, KV, hd] -> [B, H, Tq, Tk] (GQA: heads share kv heads)."""
    k = jnp.repeat(k, HEADS // KV_HEADS, axis=2)
    return jnp.einsum("bqhd,bkhd->bhqk", q, k) / jnp.sqrt(jnp.asarray(HEAD_DIM, q.dtype))


def combine(p, v):
    v = jnp.repeat(v, HEADS // KV_HEADS, axis=2)
    o = jnp.einsum("bhqk,bkhd->bqhd", p, v)
    return o.reshape(o.shape[0], o.shape[1], HEADS * HEAD_DIM)


# -- the reference forward: full causal pass over a [B, T] sequence (any dtype) -------------

def forward(params, tokens):
    x = params["embed"][tokens]
    t = tokens.shape[1]
    pos = jnp.arange(t, dtype=jnp.int32)
    causal = jnp.tril(jnp.ones((t, t), bool))
    for lp in params["layers"]:
        q, k, v = qkv(lp, x, pos)
        s = scores(q, k)
        s = jnp.where(causal, s, jnp.asarray(-1e9, s.dtype))
        x = x + combine(jax.nn.softmax(s.astype(jnp.float32), axis=-1).astype(x.dtype), v) @ lp["wo"]
        x = x + mlp(lp, x)
    return rms_norm(x, params["norm"]) @ params["head"]


# -- 1. jax_tril_while ----------------------------------------------------------------------

@jax.jit
def causal_mask(s):
    t = s.shape[-1]
    return jnp.where(jnp.tril(jnp.ones((t, t), bool)), s, -1e9)


@jax.jit
def masked_softmax(s):
    return jax.nn.softmax(causal_mask(s), axis=-1)


def tril_forward(params, tokens):
    x = params["embed"][tokens]
    pos = jnp.arange(tokens.shape[1], dtype=jnp.int32)
    for lp in params["layers"]:
        q, k, v = qkv(lp, x, pos)
        x = x + combine(masked_softmax(scores(q, k)), v) @ lp["wo"]
        x = x + mlp(lp, x)
    return rms_norm(x, params["norm"]) @ params["head"]


def tril_while(params, prompt):
    b = prompt.shape[0]
    buf = jnp.zeros((b, L), jnp.int32).at[:, :P].set(prompt)

    def cond(c):
        return c[0] < L - 1

    def body(c):
        i, buf = c
        logits = tril_forward(params, buf)  # [B, L, V]
        row = lax.dynamic_index_in_dim(logits, i, axis=1, keepdims=False)
        tok = jnp.argmax(row, axis=-1).astype(jnp.int32)
        return i + 1, buf.at[:, i + 1].set(tok)

    return lax.while_loop(cond, body, (jnp.int32(P - 1), buf))[1]


# -- 2. jax_additive_fori (no batch axis) ---------------------------------------------------

def additive_step(params, tok, i, caches):
    """One position, no batch axis: tok i32[], caches [(k [L, KV, hd], v [L, KV, hd])]."""
    x = params["embed"][tok][None, None]  # [1, 1, D]
    pos = i[None]
    new = []
    bias = jnp.where(lax.iota(jnp.int32, L) <= i, 0.0, -jnp.inf)  # additive mask [L]
    for lp, (kc, vc) in zip(params["layers"], caches):
        q, k, v = qkv(lp, x, pos)
        kc = kc.at[i].set(k[0, 0])
        vc = vc.at[i].set(v[0, 0])
        s = scores(q, kc[None]) + bias
        x = x + combine(jax.nn.softmax(s, axis=-1), vc[None]) @ lp["wo"]
        x = x + mlp(lp, x)
        new.append((kc, vc))
    return (rms_norm(x, params["norm"]) @ params["head"])[0, 0], new


def additive_fori(params, prompt):
    caches = [(jnp.zeros((L, KV_HEADS, HEAD_DIM)), jnp.zeros((L, KV_HEADS, HEAD_DIM))) for _ in range(LAYERS)]
    buf = jnp.zeros((L,), jnp.int32)

    def body(i, c):
        buf, last, caches = c
        tok = jnp.where(i < P, prompt[jnp.minimum(i, P - 1)], last)
        buf = buf.at[i].set(tok)
        logits, caches = additive_step(params, tok, i, caches)
        return buf, jnp.argmax(logits).astype(jnp.int32), caches

    buf, last, _ = lax.fori_loop(0, L - 1, body, (buf, jnp.int32(0), caches))
    return buf.at[L - 1].set(last)


# -- 3. jax_finfo_scan (stacked caches, scan over layers and over steps) ----------------------

def finfo_layers(sp, x, pos, kc, vc, start):
    """x [B, T, D] at positions pos [T]; kc, vc [layers, B, L, KV, hd]; scan over stacked layers."""
    t = x.shape[1]
    neg = jnp.finfo(jnp.float32).min

    def layer(carry, lp_li):
        x, kc, vc = carry
        lp, li = lp_li
        q, k, v = qkv(lp, x, pos)
        z = jnp.zeros((), jnp.int32)
        kc = lax.dynamic_update_slice(kc, k[None], (li, z, start, z, z))
        vc = lax.dynamic_update_slice(vc, v[None], (li, z, start, z, z))
        kl = lax.dynamic_index_in_dim(kc, li, 0, keepdims=False)
        vl = lax.dynamic_index_in_dim(vc, li, 0, keepdims=False)
        s = scores(q, kl)  # [B, H, T, L]
        col = lax.broadcasted_iota(jnp.int32, (t, L), 1)
        s = jnp.where(col <= pos[:, None], s, neg)
        x = x + combine(jax.nn.softmax(s, axis=-1), vl) @ lp["wo"]
        x = x + mlp(lp, x)
        return (x, kc, vc), None

    (x, kc, vc), _ = lax.scan(layer, (x, kc, vc), (sp["layers"], jnp.arange(LAYERS, dtype=jnp.int32)))
    return rms_norm(x, sp["norm"]) @ sp["head"], kc, vc


def finfo_scan(sparams, prompt):
    b = prompt.shape[0]
    kc = jnp.zeros((LAYERS, b, L, KV_HEADS, HEAD_DIM))
    vc = jnp.zeros_like(kc)
    x = sparams["embed"][prompt]
    logits, kc, vc = finfo_layers(sparams, x, jnp.arange(P, dtype=jnp.int32), kc, vc, jnp.int32(0))
    first = jnp.argmax(logits[:, -1], axis=-1).astype(jnp.int32)

    def step(c, _):
        tok, pos, kc, vc = c
        x = sparams["embed"][tok][:, None]
        logits, kc, vc = finfo_layers(sparams, x, pos[None], kc, vc, pos)
        nxt = jnp.argmax(logits[:, 0], axis=-1).astype(jnp.int32)
        return (nxt, pos + 1, kc, vc), nxt

    _, gen = lax.scan(step, (first, jnp.int32(P), kc, vc), None, length=L - P - 1)
    return jnp.concatenate([prompt, first[:, None], gen.T], axis=1)


# -- 4. jax_bf16_eos ------------------------------------------------------------------------

def bf16_step(params, tok, pos, caches):
    x = params["embed"][tok][:, None]  # [B, 1, D] bf16
    new = []
    for lp, (kc, vc) in zip(params["layers"], caches):
        q, k, v = qkv(lp, x, pos[None])
        z = jnp.zeros((), jnp.int32)
        kc = lax.dynamic_update_slice(kc, jnp.swapaxes(k, 1, 2), (z, z, pos, z))  # [B, KV, L, hd]
        vc = lax.dynamic_update_slice(vc, jnp.swapaxes(v, 1, 2), (z, z, pos, z))
        s = scores(q, jnp.swapaxes(kc, 1, 2))
        col = lax.broadcasted_iota(jnp.int32, s.shape, 3)
        s = jnp.where(col <= pos, s, jnp.asarray(-jnp.inf, s.dtype))
        p = jax.nn.softmax(s.astype(jnp.float32), axis=-1).astype(x.dtype)
        x = x + combine(p, jnp.swapaxes(vc, 1, 2)) @ lp["wo"]
        x = x + mlp(lp, x)
        new.append((kc, vc))
    return (rms_norm(x, params["norm"]) @ params["head"])[:, 0], new


def bf16_eos(params, prompt, eos):
    b = prompt.shape[0]
    caches = [(jnp.zeros((b, KV_HEADS, L, HEAD_DIM), jnp.bfloat16),) * 2 for _ in range(LAYERS)]
    buf = jnp.full((b, L), PAD, jnp.int32)
    buf = lax.dynamic_update_slice(buf, prompt, (0, 0))
    # prefill: positions 0..P-2 through the cache, one token at a time (a small fori_loop)
    def pre(i, caches):
        return bf16_step(params, prompt[:, i], i, caches)[1]
    caches = lax.fori_loop(0, P - 1, pre, caches)

    def cond(c):
        i, buf, finished, caches = c
        return (i < L - 1) & ~jnp.all(finished)

    def body(c):
        i, buf, finished, caches = c
        tok = lax.dynamic_index_in_dim(buf, i, axis=1, keepdims=False)
        logits, caches = bf16_step(params, tok, i, caches)
        nxt = jnp.argmax(logits, axis=-1).astype(jnp.int32)
        nxt = jnp.where(finished, PAD, nxt)
        finished = finished | (nxt == eos)
        buf = lax.dynamic_update_slice(buf, nxt[:, None], (0, i + 1))
        return i + 1, buf, finished, caches

    i, buf, _, _ = lax.while_loop(cond, body, (jnp.int32(P - 1), buf, jnp.zeros((b,), bool), caches))
    return buf, i


def _info(style, **kw):
    return {"library": "plain JAX", "library_version": jax.__version__, "style": style,
            "model": "llama-like: RMSNorm, RoPE, GQA 4 q / 2 kv heads, SwiGLU, untied head",
            "config": {"vocab": VOCAB, "width": WIDTH, "layers": LAYERS, "heads": HEADS, "kv_heads": KV_HEADS,
                       "mlp_hidden": HIDDEN, "param_seed": SEED},
            "prompt_len": P, "max_len": L, "first_generated_position": P, "steps": L - P, **kw}


def programs():
    params = init_params()
    fwd = jax.jit(forward)
    out = []

    def ref_batched(prm, eos=None):
        def reference(flat_outs):
            seq = np.asarray(flat_outs[0])
            chosen = chosen_until_eos(seq, P, eos)
            return aligned(np.asarray(fwd(prm, jnp.asarray(seq)).astype(jnp.float32)), seq, chosen)
        return reference

    prompt1 = jnp.asarray(PROMPT[:1], jnp.int32)
    prompt2 = jnp.asarray(PROMPT, jnp.int32)
    out.append(Program("jax_tril_while", tril_while, (params, prompt1), param_names(params) + ["prompt"], ["tokens"],
                       _info("tril_while", loop="lax.while_loop", recompute="full",
                             mask="jnp.where(jnp.tril(ones), s, -1e9) in jitted helpers causal_mask/masked_softmax",
                             buffer_write="scatter (.at[:, i+1].set)", feedback="buffer", batch=1),
                       ref_batched(params)))

    def ref_unbatched(flat_outs):
        seq = np.asarray(flat_outs[0])[None]
        r = aligned(np.asarray(fwd(params, jnp.asarray(seq))), seq, chosen_until_eos(seq, P))
        return {k: v[0] for k, v in r.items()}

    out.append(Program("jax_additive_fori", additive_fori, (params, jnp.asarray(PROMPT[0], jnp.int32)),
                       param_names(params) + ["prompt"], ["tokens"],
                       _info("additive_fori", loop="lax.fori_loop from 0 (prompt fed in the loop)",
                             recompute="kv_cache per layer [T, kv_heads, head_dim] via .at[i].set",
                             mask="additive: s + where(iota <= i, 0, -inf)", buffer_write="scatter (.at[i].set)",
                             feedback="carried last token", batch=None,
                             note="no batch axis: prompt i32[P], tokens i32[L]; reference files are [L] / [L, V]"),
                       ref_unbatched))
    sp = stack_layers(params)
    out.append(Program("jax_finfo_scan", finfo_scan, (sp, prompt2), param_names(sp) + ["prompt"], ["tokens"],
                       _info("finfo_scan", loop="prefill + lax.scan over steps; layers in an inner lax.scan",
                             recompute="kv_cache stacked [layers, B, T, kv_heads, head_dim], dynamic_update_slice in the layer scan",
                             mask="where(iota <= pos, s, finfo(float32).min)",
                             buffer_write="none: stacked scan outputs, concatenated after the loop",
                             feedback="carried last token", batch=2),
                       ref_batched(params)))
    pb = jax.tree_util.tree_map(lambda a: a.astype(jnp.bfloat16), params)
    # EOS: the token greedy bf16 decoding of row 0 generates at position 9 (found by a run with
    # an EOS that never occurs), so row 0 stops there and row 1 later or never.
    free = np.asarray(jax.jit(bf16_eos)(pb, prompt2, jnp.int32(-1))[0])
    eos = int(free[0, 9])
    prog = functools.partial(bf16_eos, eos=eos)
    out.append(Program("jax_bf16_eos", lambda p, pr: prog(p, pr), (pb, prompt2), param_names(pb) + ["prompt"],
                       ["tokens", "stop"],
                       _info("bf16_eos", loop="fori_loop prefill (one token per step) + lax.while_loop until all rows finished",
                             recompute="kv_cache per layer [B, kv_heads, T, head_dim] via dynamic_update_slice",
                             mask="iota compare: where(col <= pos, s, -inf)", dtype="bfloat16",
                             buffer_write="dynamic_update_slice", feedback="buffer", batch=2, eos_id=eos, pad_id=PAD,
                             finished="per-row flag, where(finished, pad, tok)", greedy_without_eos=free.tolist()),
                       ref_batched(pb, eos)))
    return out


def programs_large():
    """The benchmark's plain-JAX program: jax_tril_while (full recompute, batch 1) at SIZES["large"]."""
    configure("large")
    params = init_params()
    fwd = jax.jit(forward)

    def reference(flat_outs):
        seq = np.asarray(flat_outs[0])
        return aligned(np.asarray(fwd(params, jnp.asarray(seq))), seq, chosen_until_eos(seq, P))

    return [Program("jax_tril_while", tril_while, (params, jnp.asarray(PROMPT[:1], jnp.int32)),
                    param_names(params) + ["prompt"], ["tokens"],
                    _info("tril_while", loop="lax.while_loop", recompute="full",
                          mask="jnp.where(jnp.tril(ones), s, -1e9) in jitted helpers causal_mask/masked_softmax",
                          buffer_write="scatter (.at[:, i+1].set)", feedback="buffer", batch=1, size="large"),
                    reference)]
