"""The tiny model every fuzz program decodes with, spelled the way its `Style` says.

Pre-norm transformer: token embedding (+ a learned position table, or RoPE on q and k),
RMSNorm, multi-head attention with optional grouped kv heads, GELU MLP, final RMSNorm,
untied head. Every function works with or without a leading batch axis (`...`), so a
program without a batch axis really has rank-1 token buffers in its StableHLO.
"""

from __future__ import annotations

import math

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from grammar import Style

F32 = jnp.float32
I32 = jnp.int32


def init_params(style: Style, seed: int) -> dict:
    """Random parameters (numpy, so that no XLA compile is spent on them), large enough that
    greedy decoding does not repeat one token."""
    d, v, h, kv = style.width, style.vocab, style.heads, style.kv_heads
    hd = d // h
    rng = np.random.default_rng(seed)
    dt = jnp.dtype(style.dtype)

    def w(shape, std):
        return np.asarray(rng.standard_normal(shape, np.float32) * std).astype(dt)

    def ones(n):
        return np.ones((n,), dt)

    layers = []
    for _ in range(style.layers):
        layers.append({
            "norm1": ones(d), "wq": w((d, h * hd), 1.5 / math.sqrt(d)),
            "wk": w((d, kv * hd), 1.5 / math.sqrt(d)), "wv": w((d, kv * hd), 1.0 / math.sqrt(d)),
            "wo": w((h * hd, d), 1.0 / math.sqrt(h * hd)), "norm2": ones(d),
            "w1": w((d, 2 * d), 1.0 / math.sqrt(d)), "w2": w((2 * d, d), 1.0 / math.sqrt(2 * d)),
        })
    params = {"embed": w((v, d), 1.0), "norm": ones(d), "head": w((d, v), 2.0 / math.sqrt(d))}
    if style.pos == "table":
        params["pos"] = w((style.length, d), 0.5)
    if style.layer_loop == "scan":
        params["layers"] = {k: np.stack([lp[k] for lp in layers]) for k in layers[0]}
    else:
        params["layers"] = layers
    return params


class Model:
    """The model's pieces for one style. `probe(pos, row, sub)`, when given, is called (as a
    jax.debug.callback) with the scores each choice is made from: the twin used by check.py."""

    def __init__(self, style: Style, probe=None):
        self.s = style
        self.dt = jnp.dtype(style.dtype)
        self.hd = style.width // style.heads
        self.T = style.length
        self.probe = probe
        self.t_axis = -3 if style.cache_layout == "BTKD" else -2
        if style.helpers:  # outlined: JAX emits these as private func.func + func.call
            self.attention = jax.jit(self.attention)
            self.mask = jax.jit(self.mask)
            self.rms = jax.jit(self.rms)
            self.choose = jax.jit(self.choose)

    # -- small pieces ------------------------------------------------------------------------

    def rms(self, x, g):
        xf = x.astype(F32)
        y = xf * lax.rsqrt(jnp.mean(xf * xf, axis=-1, keepdims=True) + 1e-6)
        return (y * g.astype(F32)).astype(x.dtype)

    def rope(self, x, positions):
        half = self.hd // 2
        freq = 1.0 / (10000.0 ** (jnp.arange(half, dtype=F32) / half))
        ang = positions.astype(F32)[:, None] * freq[None, :]
        cos, sin = jnp.cos(ang)[:, None, :], jnp.sin(ang)[:, None, :]
        x1, x2 = x[..., :half].astype(F32), x[..., half:].astype(F32)
        return jnp.concatenate([x1 * cos - x2 * sin, x2 * cos + x1 * sin], axis=-1).astype(x.dtype)

    def embed(self, p, tok, positions):
        x = p["embed"][tok]
        if self.s.pos == "table":
            x = x + p["pos"][positions]
        return x

    def qkv(self, lp, x, positions):
        """x [..., n, D] -> q [..., n, H, hd], k, v [..., n, KV, hd]."""
        s = self.s
        h = self.rms(x, lp["norm1"])
        lead = x.shape[:-1]
        q = (h @ lp["wq"]).reshape(*lead, s.heads, self.hd)
        k = (h @ lp["wk"]).reshape(*lead, s.kv_heads, self.hd)
        v = (h @ lp["wv"]).reshape(*lead, s.kv_heads, self.hd)
        if s.pos == "rope":
            q, k = self.rope(q, positions), self.rope(k, positions)
        return q, k, v

    def mlp(self, lp, x):
        return jax.nn.gelu(self.rms(x, lp["norm2"]) @ lp["w1"]) @ lp["w2"]

    def head(self, p, x):
        return self.rms(x, p["norm"]) @ p["head"]

    # -- attention and its mask --------------------------------------------------------------

    def allowed(self, tk, qpos):
        """bool [Tq, Tk]: may row (query position) see column (key position)? qpos None: all rows."""
        s = self.s
        rel = {"lookahead": "le1", "triu": "ge"}.get(s.noncausal, "le")
        if s.mask_pred == "tril":
            ones = jnp.ones((tk, tk), bool)
            full = {"le": jnp.tril(ones), "le1": jnp.tril(ones, k=1), "ge": jnp.triu(ones)}[rel]
            return full if qpos is None else full[qpos]
        nq = tk if qpos is None else qpos.shape[0]
        if s.mask_pred == "iota":
            col = lax.broadcasted_iota(I32, (nq, tk), 1)
            row = lax.broadcasted_iota(I32, (nq, tk), 0) if qpos is None else qpos[:, None]
        else:
            col = jnp.arange(tk, dtype=I32)[None, :]
            row = jnp.arange(tk, dtype=I32)[:, None] if qpos is None else qpos[:, None]
        return {"le": col <= row, "le1": col <= row + 1, "ge": col >= row}[rel]

    def mask(self, sc, qpos):
        """Scores [..., H, Tq, Tk] with the disallowed ones pushed to (nearly) minus infinity."""
        s = self.s
        if s.noncausal == "nomask":
            return sc
        ok = self.allowed(sc.shape[-1], qpos)
        if s.mask_value == "where_1e9":
            return jnp.where(ok, sc, jnp.asarray(-1e9, sc.dtype))
        if s.mask_value == "where_neginf":
            return jnp.where(ok, sc, -jnp.inf)
        if s.mask_value == "where_finfo":
            return jnp.where(ok, sc, jnp.finfo(sc.dtype).min)
        return sc + jnp.where(ok, 0.0, -jnp.inf).astype(sc.dtype)

    def softmax(self, sc):
        x = sc.astype(F32)
        if self.s.softmax == "jax":
            return jax.nn.softmax(x, axis=-1).astype(sc.dtype)
        e = jnp.exp(x - jnp.max(x, axis=-1, keepdims=True))
        return (e / jnp.sum(e, axis=-1, keepdims=True)).astype(sc.dtype)

    def attention(self, q, k, v, qpos):
        """q [..., Tq, H, hd], k, v [..., Tk, KV, hd] -> [..., Tq, H * hd]."""
        rep = self.s.heads // self.s.kv_heads
        k, v = jnp.repeat(k, rep, axis=-2), jnp.repeat(v, rep, axis=-2)
        sc = jnp.einsum("...qhd,...khd->...hqk", q, k) / jnp.asarray(math.sqrt(self.hd), q.dtype)
        pr = self.softmax(self.mask(sc, qpos))
        o = jnp.einsum("...hqk,...khd->...qhd", pr, v)
        return o.reshape(*o.shape[:-2], self.s.heads * self.hd)

    # -- full recompute ----------------------------------------------------------------------

    def full_layer(self, lp, x, positions):
        q, k, v = self.qkv(lp, x, positions)
        x = x + self.attention(q, k, v, None) @ lp["wo"]
        return x + self.mlp(lp, x)

    def full_hidden(self, p, tok):
        """tok [..., T] -> hidden [..., T, D], every row attending as the mask says."""
        positions = jnp.arange(tok.shape[-1], dtype=I32)
        x = self.embed(p, tok, positions)
        if self.s.layer_loop == "scan":
            x, _ = lax.scan(lambda x, lp: (self.full_layer(lp, x, positions), None), x, p["layers"])
            return x
        for lp in p["layers"]:
            x = self.full_layer(lp, x, positions)
        return x

    def full_row(self, p, buf, row):
        """Scores [..., V] of row `row` of a full forward over the buffer."""
        h = self.full_hidden(p, buf)
        axis = h.ndim - 2
        if self.s.row_pick == "hidden":
            return self.head(p, lax.dynamic_index_in_dim(h, row, axis, keepdims=False))
        logits = self.head(p, h)
        if self.s.row_pick == "take":
            return jnp.take(logits, row, axis=axis)
        return lax.dynamic_index_in_dim(logits, row, axis, keepdims=False)

    # -- KV cache ----------------------------------------------------------------------------

    def slab_shape(self, batch_shape):
        s = self.s
        if s.cache_layout == "BTKD":
            return (*batch_shape, self.T, s.kv_heads, self.hd)
        return (*batch_shape, s.kv_heads, self.T, self.hd)

    def init_caches(self, batch_shape, fill):
        shape = self.slab_shape(batch_shape)
        if self.s.cache_store == "stacked":
            shape = (self.s.layers, *shape)
            return (jnp.full(shape, fill, self.dt), jnp.full(shape, fill, self.dt))
        return [(jnp.full(shape, fill, self.dt), jnp.full(shape, fill, self.dt)) for _ in range(self.s.layers)]

    def to_slab(self, k):
        return k if self.s.cache_layout == "BTKD" else jnp.swapaxes(k, -3, -2)

    def from_slab(self, c):
        return c if self.s.cache_layout == "BTKD" else jnp.swapaxes(c, -3, -2)

    def write_cache(self, cache, new, start, count, layer=None):
        """Writes the slab `new` (count positions) at start..start+count-1 of `cache` (a slab,
        or the stacked caches at `layer`). start is traced when count == 1, static otherwise."""
        nd = cache.ndim
        t = nd + self.t_axis
        if layer is not None:
            new = new[None]
        how = self.s.cache_write
        if how == "dus":
            starts = [jnp.int32(0)] * nd
            starts[t] = jnp.asarray(start, I32)
            if layer is not None:
                starts[0] = jnp.asarray(layer, I32)
            return lax.dynamic_update_slice(cache, new.astype(cache.dtype), starts)
        if how == "at_set":
            idx = [slice(None)] * nd
            if layer is not None:
                idx[0] = layer
                new = new[0]
            if count == 1:
                idx[t] = start
                new = jnp.squeeze(new, axis=t - (1 if layer is not None else 0))
            else:
                idx[t] = slice(start, start + count)
            return cache.at[tuple(idx)].set(new)
        it = lax.broadcasted_iota(I32, cache.shape, t)
        sel = (it >= start) & (it < start + count)
        if layer is not None:
            sel = sel & (lax.broadcasted_iota(I32, cache.shape, 0) == layer)
        if count != 1:
            pad = [(0, 0)] * nd
            pad[t] = (start, self.T - start - count)
            new = jnp.pad(new, pad)
        return jnp.where(sel, jnp.broadcast_to(new, cache.shape).astype(cache.dtype), cache)

    @staticmethod
    def layer_slab(cache, layer):
        if isinstance(layer, int):
            return cache[layer]
        return lax.dynamic_index_in_dim(cache, layer, 0, keepdims=False)

    def kv_layer(self, lp, x, positions, start, kc, vc, layer):
        """One layer over x [..., n, D] at `positions` [n]: writes k, v at start.. into kc, vc
        (one layer's slabs, or the stacked caches at `layer`) and attends to that layer's cache."""
        q, k, v = self.qkv(lp, x, positions)
        n = x.shape[-2]
        kc = self.write_cache(kc, self.to_slab(k), start, n, layer)
        vc = self.write_cache(vc, self.to_slab(v), start, n, layer)
        ks, vs = (kc, vc) if layer is None else (self.layer_slab(kc, layer), self.layer_slab(vc, layer))
        x = x + self.attention(q, self.from_slab(ks), self.from_slab(vs), positions) @ lp["wo"]
        return x + self.mlp(lp, x), kc, vc

    def kv_hidden(self, p, tok, positions, start, caches):
        """tok [..., n] at positions start..start+n-1 through the cache -> hidden [..., n, D]."""
        s = self.s
        x = self.embed(p, tok, positions)
        if s.layer_loop == "scan":
            kc, vc = caches
            if s.scan_cache == "xs":
                def body(x, lp_k_v):
                    lp, k, v = lp_k_v
                    x, k, v = self.kv_layer(lp, x, positions, start, k, v, None)
                    return x, (k, v)
                x, (kc, vc) = lax.scan(body, x, (p["layers"], kc, vc))
            else:
                def body(c, lp_li):
                    x, kc, vc = c
                    lp, li = lp_li
                    return self.kv_layer(lp, x, positions, start, kc, vc, li), None
                (x, kc, vc), _ = lax.scan(body, (x, kc, vc), (p["layers"], jnp.arange(s.layers, dtype=I32)))
            return x, (kc, vc)
        if s.cache_store == "stacked":
            kc, vc = caches
            for li, lp in enumerate(p["layers"]):
                x, kc, vc = self.kv_layer(lp, x, positions, start, kc, vc, li)
            return x, (kc, vc)
        new = []
        for lp, (kc, vc) in zip(p["layers"], caches):
            x, kc, vc = self.kv_layer(lp, x, positions, start, kc, vc, None)
            new.append((kc, vc))
        return x, new

    def kv_prefill(self, p, prompt, caches):
        """The whole prompt through the cache: scores [..., V] of its last row, caches."""
        n = prompt.shape[-1]
        h, caches = self.kv_hidden(p, prompt, jnp.arange(n, dtype=I32), 0, caches)
        return self.head(p, h[..., n - 1, :]), caches

    def kv_step(self, p, tok, pos, caches):
        """One token tok [...] at position pos: scores [..., V], caches."""
        h, caches = self.kv_hidden(p, tok[..., None], pos[None], pos, caches)
        return self.head(p, h[..., 0, :]), caches

    # -- the choice --------------------------------------------------------------------------

    def choose(self, row, sub, pos):
        """Token [...] (int32) chosen from scores row [..., V] for position pos."""
        if self.probe is not None:
            jax.debug.callback(self.probe, pos, row, sub if sub is not None else jnp.zeros((2,), jnp.uint32))
        if self.s.choice == "greedy":
            return jnp.argmax(row, axis=-1).astype(I32)
        if self.s.choice == "topk":
            return top_k_pick(self.s, sub, row)
        return jax.random.categorical(sub, row, axis=-1).astype(I32)


def top_k_pick(style: Style, sub, row):
    """Top-k sampling: a sample among the k best scores of row [..., V], then the vocabulary id
    at the sampled place, picked as `take_along_axis` or by indexing (gemma, plain JAX)."""
    vals, idx = lax.top_k(row, style.top_k)
    j = jax.random.categorical(sub, vals, axis=-1)
    if style.top_k_pick == "take_along":
        return jnp.take_along_axis(idx, j[..., None], axis=-1)[..., 0].astype(I32)
    if idx.ndim == 1:
        return idx[j].astype(I32)
    return idx[jnp.arange(idx.shape[0]), j].astype(I32)


def reference_logits(style: Style, params, tokens):
    """The teacher-forced forward: one causal pass over tokens [B, L] (tril, -1e9), f32 logits."""
    plain = Model(Style(**{**style.__dict__, "noncausal": None, "mask_pred": "tril", "mask_value": "where_1e9",
                           "softmax": "jax", "helpers": False}))
    return jax.jit(lambda p, t: plain.head(p, plain.full_hidden(p, t)).astype(F32))(params, tokens)
