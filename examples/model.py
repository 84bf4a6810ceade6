"""A small decoder-only transformer in pure JAX, and the programs Veritor's corpus exports.

Everything here is deterministic given the config and the seeds. Parameters are a nested
dict of arrays; every program takes them as its first (pytree) argument, so the exported
StableHLO ``main`` receives the weights as inputs, flattened in ``jax.tree_util`` order
(dict keys sorted, list entries in index order) -- see ``param_names``.

Programs (all jitted with the parameters as arguments):

* ``greedy_full(params, prompt)``       greedy decode, full recompute each step
* ``greedy_kv(params, prompt)``         greedy decode, prefill + per-layer KV cache
* ``sampled(params, prompt, key)``      full recompute, temperature / top-k / top-p sampling
* ``forward(params, tokens)``           teacher-forced logits over the whole buffer
* ``train_step(params, tokens, lr)``    one SGD step of next-token cross-entropy
"""

from __future__ import annotations

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax


@dataclasses.dataclass(frozen=True)
class Config:
    name: str
    vocab: int
    width: int
    layers: int
    heads: int
    max_len: int  # number of positions == length of the token buffer
    prompt_len: int
    batch: int
    mlp_ratio: int = 4
    param_seed: int = 0
    data_seed: int = 1
    sample_seed: int = 2
    # sampling constants, baked into `sampled`
    temperature: float = 0.8
    top_k: int = 8
    top_p: float = 0.9
    lr: float = 0.1

    @property
    def head_dim(self) -> int:
        assert self.width % self.heads == 0
        return self.width // self.heads


CONFIGS = {
    # tiny: MLP hidden 2x width (not 4x) to keep the checked-in corpus small
    "tiny": Config("tiny", vocab=32, width=32, layers=2, heads=2, max_len=16, prompt_len=4, batch=1, mlp_ratio=2),
    "large": Config("large", vocab=256, width=256, layers=4, heads=4, max_len=256, prompt_len=8, batch=1),
}

LN_EPS = 1e-5
NEG_INF = -1e30  # finite "minus infinity" for attention masks


# --------------------------------------------------------------------------- params


def init_params(cfg: Config, seed: int | None = None):
    """Nested dict of float32 arrays, created from `seed` with jax.random."""
    key = jax.random.PRNGKey(cfg.param_seed if seed is None else seed)
    d, v, h = cfg.width, cfg.vocab, cfg.width * cfg.mlp_ratio
    keys = iter(jax.random.split(key, 4 + 6 * cfg.layers))

    def normal(shape, std):
        return (jax.random.normal(next(keys), shape, jnp.float32) * std).astype(jnp.float32)

    def norm():
        return {"scale": jnp.ones((d,), jnp.float32), "bias": jnp.zeros((d,), jnp.float32)}

    params = {
        "embed": {"tok": normal((v, d), 1.0), "pos": normal((cfg.max_len, d), 0.5)},
        "layers": [],
        "final_norm": norm(),
        "unembed": {"w": normal((d, v), d**-0.5)},
    }
    for _ in range(cfg.layers):
        params["layers"].append(
            {
                "ln1": norm(),
                "attn": {
                    "wq": normal((d, d), d**-0.5),
                    "wk": normal((d, d), d**-0.5),
                    "wv": normal((d, d), d**-0.5),
                    "wo": normal((d, d), d**-0.5),
                },
                "ln2": norm(),
                "mlp": {
                    "w1": normal((d, h), d**-0.5),
                    "b1": jnp.zeros((h,), jnp.float32),
                    "w2": normal((h, d), h**-0.5),
                    "b2": jnp.zeros((d,), jnp.float32),
                },
            }
        )
    return params


def _key_name(k) -> str:
    if isinstance(k, jax.tree_util.DictKey):
        return str(k.key)
    if isinstance(k, jax.tree_util.SequenceKey):
        return str(k.idx)
    if isinstance(k, jax.tree_util.GetAttrKey):
        return k.name
    return str(k)


def tree_names(tree, prefix: str) -> list[str]:
    """Slash-separated names of the leaves of `tree`, in flattening order."""
    leaves, _ = jax.tree_util.tree_flatten_with_path(tree)
    return ["/".join([prefix] + [_key_name(k) for k in path]) for path, _ in leaves]


def param_names(params) -> list[str]:
    return tree_names(params, "params")


# --------------------------------------------------------------------------- layers


def layer_norm(p, x):
    mean = jnp.mean(x, axis=-1, keepdims=True)
    var = jnp.mean(jnp.square(x - mean), axis=-1, keepdims=True)
    return (x - mean) * lax.rsqrt(var + LN_EPS) * p["scale"] + p["bias"]


def mlp(p, x):
    hdn = jax.nn.gelu(x @ p["w1"] + p["b1"], approximate=True)
    return hdn @ p["w2"] + p["b2"]


def split_heads(cfg: Config, x):  # [B, T, D] -> [B, H, T, hd]
    b, t, _ = x.shape
    return x.reshape(b, t, cfg.heads, cfg.head_dim).transpose(0, 2, 1, 3)


def merge_heads(x):  # [B, H, T, hd] -> [B, T, D]
    b, h, t, hd = x.shape
    return x.transpose(0, 2, 1, 3).reshape(b, t, h * hd)


def attend(cfg: Config, q, k, v, mask):
    """q [B,H,Tq,hd], k/v [B,H,Tk,hd], mask broadcastable to [B,H,Tq,Tk] (True = keep)."""
    s = jnp.einsum("bhqd,bhkd->bhqk", q, k) * (cfg.head_dim**-0.5)
    s = jnp.where(mask, s, NEG_INF)
    w = jax.nn.softmax(s, axis=-1)
    return jnp.einsum("bhqk,bhkd->bhqd", w, v)


def causal_attention(cfg: Config, p, x):
    """Self-attention over the whole sequence with a tril (iota-built) causal mask."""
    t = x.shape[1]
    q, k, v = (split_heads(cfg, x @ p[w]) for w in ("wq", "wk", "wv"))
    mask = jnp.tril(jnp.ones((t, t), jnp.bool_))  # iota >= iota
    return merge_heads(attend(cfg, q, k, v, mask)) @ p["wo"], k, v


def embed(cfg: Config, params, tokens, start=0):
    t = tokens.shape[1]
    with jax.named_scope("embed"):
        pos = lax.dynamic_slice_in_dim(params["embed"]["pos"], start, t, axis=0)
        return params["embed"]["tok"][tokens] + pos[None]


def head(params, x):
    with jax.named_scope("final_norm"):
        x = layer_norm(params["final_norm"], x)
    with jax.named_scope("unembed"):
        return x @ params["unembed"]["w"]


def forward_with_kv(cfg: Config, params, tokens):
    """Full causal forward over `tokens` [B, T]; returns logits [B,T,V] and per-layer (k, v)."""
    x = embed(cfg, params, tokens)
    kvs = []
    for li, lp in enumerate(params["layers"]):
        with jax.named_scope(f"layer{li}/attn"):
            a, k, v = causal_attention(cfg, lp["attn"], layer_norm(lp["ln1"], x))
            x = x + a
        with jax.named_scope(f"layer{li}/mlp"):
            x = x + mlp(lp["mlp"], layer_norm(lp["ln2"], x))
        kvs.append((k, v))
    return head(params, x), kvs


def model_forward(cfg: Config, params, tokens):
    return forward_with_kv(cfg, params, tokens)[0]


def decode_step(cfg: Config, params, tok, pos, caches):
    """One token per row (`tok` [B]) at position `pos` (traced scalar), with KV caches.

    caches: list over layers of (k, v), each [B, H, max_len, hd]. The new k/v are written
    at `pos` with dynamic_update_slice; attention sees cache slots whose iota <= pos.
    """
    x = embed(cfg, params, tok[:, None], start=pos)  # [B, 1, D]
    new_caches = []
    for li, (lp, (kc, vc)) in enumerate(zip(params["layers"], caches)):
        with jax.named_scope(f"layer{li}/attn"):
            h = layer_norm(lp["ln1"], x)
            p = lp["attn"]
            q, k, v = (split_heads(cfg, h @ p[w]) for w in ("wq", "wk", "wv"))
            zero = jnp.zeros((), jnp.int32)
            kc = lax.dynamic_update_slice(kc, k, (zero, zero, pos, zero))
            vc = lax.dynamic_update_slice(vc, v, (zero, zero, pos, zero))
            mask = lax.broadcasted_iota(jnp.int32, (1, 1, 1, cfg.max_len), 3) <= pos
            x = x + merge_heads(attend(cfg, q, kc, vc, mask)) @ p["wo"]
        with jax.named_scope(f"layer{li}/mlp"):
            x = x + mlp(lp["mlp"], layer_norm(lp["ln2"], x))
        new_caches.append((kc, vc))
    return head(params, x)[:, 0], new_caches


# --------------------------------------------------------------------------- programs


def sample_logits(cfg: Config, key, logits):
    """Temperature, then top-k, then top-p (nucleus), then categorical. logits [B, V].

    The constants come from `cfg` (temperature, top_k, top_p); `key` is a raw threefry key.
    """
    logits = logits / cfg.temperature
    desc = -jnp.sort(-logits, axis=-1)  # [B, V] descending
    kth = desc[:, cfg.top_k - 1 : cfg.top_k]
    logits = jnp.where(logits < kth, -jnp.inf, logits)
    rank = lax.broadcasted_iota(jnp.int32, desc.shape, 1)
    desc = jnp.where(rank < cfg.top_k, desc, -jnp.inf)
    probs = jax.nn.softmax(desc, axis=-1)
    before = jnp.cumsum(probs, axis=-1) - probs  # mass strictly above each rank
    keep = before < cfg.top_p  # rank 0 always kept
    thresh = jnp.min(jnp.where(keep, desc, jnp.inf), axis=-1, keepdims=True)
    logits = jnp.where(logits < thresh, -jnp.inf, logits)
    return jax.random.categorical(key, logits, axis=-1).astype(jnp.int32)


def _init_buffer(cfg: Config, prompt):
    buf = jnp.zeros((cfg.batch, cfg.max_len), jnp.int32)
    return lax.dynamic_update_slice(buf, prompt.astype(jnp.int32), (0, 0))


def make_programs(cfg: Config):
    """Returns {name: python function}; each takes params (pytree) first."""
    P, L = cfg.prompt_len, cfg.max_len

    def greedy_full(params, prompt):
        """prompt int32 [B, P] -> token buffer int32 [B, L] (full recompute per step)."""
        tokens = _init_buffer(cfg, prompt)

        def body(i, tokens):
            logits = model_forward(cfg, params, tokens)  # [B, L, V]
            t = jnp.argmax(logits[:, i], axis=-1).astype(jnp.int32)
            return tokens.at[:, i + 1].set(t)

        return lax.fori_loop(P - 1, L - 1, body, tokens)

    def greedy_kv(params, prompt):
        """prompt int32 [B, P] -> token buffer int32 [B, L] (prefill + KV-cache loop)."""
        tokens = _init_buffer(cfg, prompt)
        shape = (cfg.batch, cfg.heads, L, cfg.head_dim)
        # prefill: one causal pass over the prompt fills cache slots 0..P-1
        with jax.named_scope("prefill"):
            logits, kvs = forward_with_kv(cfg, params, prompt.astype(jnp.int32))
            caches = [
                (
                    lax.dynamic_update_slice(jnp.zeros(shape, jnp.float32), k, (0, 0, 0, 0)),
                    lax.dynamic_update_slice(jnp.zeros(shape, jnp.float32), v, (0, 0, 0, 0)),
                )
                for k, v in kvs
            ]
            first = jnp.argmax(logits[:, P - 1], axis=-1).astype(jnp.int32)
            tokens = tokens.at[:, P].set(first)

        # loop: position i reads its token back from the buffer, writes the next at i+1.
        # The token buffer is written with a scatter (.at[].set), the caches with
        # dynamic_update_slice. Writing the buffer with dynamic_update_slice here gives
        # nondeterministic wrong tokens on IREE 3.13 llvm-cpu with --device=local-task
        # (local-sync is right), so the corpus avoids it; see examples/README.md.
        def body(i, carry):
            tokens, caches = carry
            tok = lax.dynamic_slice(tokens, (0, i), (cfg.batch, 1))[:, 0]
            logits, caches = decode_step(cfg, params, tok, i, caches)
            t = jnp.argmax(logits, axis=-1).astype(jnp.int32)
            return tokens.at[:, i + 1].set(t), caches

        tokens, _ = lax.fori_loop(P, L - 1, body, (tokens, caches))
        return tokens

    def sampled(params, prompt, key):
        """prompt int32 [B, P], key uint32[2] -> token buffer int32 [B, L]."""
        tokens = _init_buffer(cfg, prompt)

        def body(i, carry):
            tokens, key = carry
            key, sub = jax.random.split(key)
            logits = model_forward(cfg, params, tokens)[:, i]
            with jax.named_scope("sample"):
                t = sample_logits(cfg, sub, logits)
            return tokens.at[:, i + 1].set(t), key

        tokens, _ = lax.fori_loop(P - 1, L - 1, body, (tokens, key))
        return tokens

    def forward(params, tokens):
        """tokens int32 [B, L] -> logits f32 [B, L, V] (teacher forced)."""
        return model_forward(cfg, params, tokens)

    def loss_fn(params, tokens):
        logits = model_forward(cfg, params, tokens[:, :-1])
        with jax.named_scope("loss"):
            logp = jax.nn.log_softmax(logits, axis=-1)
            # one-hot, not take_along_axis: the gather's gradient is a scatter with batching
            # dims that IREE 3.13 rejects ('iree_linalg_ext.scatter' op expected indices to
            # be equal to batch rank or batch rank + 1).
            onehot = jax.nn.one_hot(tokens[:, 1:], cfg.vocab, dtype=logp.dtype)
            nll = -jnp.sum(logp * onehot, axis=-1)
            return jnp.mean(nll)

    def train_step(params, tokens, lr):
        """tokens int32 [B, L], lr f32 [] -> (new params..., loss f32 [])."""
        loss, grads = jax.value_and_grad(loss_fn)(params, tokens)
        with jax.named_scope("sgd"):
            new = jax.tree_util.tree_map(lambda p, g: p - lr * g, params, grads)
        return new, loss

    return {
        "greedy_full": greedy_full,
        "greedy_kv": greedy_kv,
        "sampled": sampled,
        "forward": forward,
        "train_step": train_step,
    }


def make_inputs(cfg: Config, params):
    """Example (non-param) inputs per program, as (names, arrays)."""
    rng = np.random.default_rng(cfg.data_seed)
    prompt = rng.integers(0, cfg.vocab, size=(cfg.batch, cfg.prompt_len), dtype=np.int32)
    tokens = rng.integers(0, cfg.vocab, size=(cfg.batch, cfg.max_len), dtype=np.int32)
    key = np.asarray(jax.random.PRNGKey(cfg.sample_seed), dtype=np.uint32)
    lr = np.asarray(cfg.lr, dtype=np.float32)
    return {
        "greedy_full": (["prompt"], [prompt]),
        "greedy_kv": (["prompt"], [prompt]),
        "sampled": (["prompt", "key"], [prompt, key]),
        "forward": (["tokens"], [tokens]),
        "train_step": (["tokens", "lr"], [tokens, lr]),
    }


def result_names(prog: str, params) -> list[str]:
    if prog in ("greedy_full", "greedy_kv", "sampled"):
        return ["tokens"]
    if prog == "forward":
        return ["logits"]
    if prog == "train_step":
        return tree_names(params, "new_params") + ["loss"]
    raise KeyError(prog)
