"""Decode-loop variants of the example model, for checking Veritor's ar-to-tf pass.

Every program here is an autoregressive decode of `model.py`'s transformer written the way
real JAX generation code writes it, each one exercising a different shape of loop (see
/work/shared/design.md, "How JAX writes autoregressive loops"):

* ``eos_while``        `lax.while_loop` greedy full recompute, stops at an end-of-sequence id
* ``scan_decode``      `lax.scan` over steps carrying (last token, KV caches); tokens are the
                        stacked scan outputs, no token buffer is read back
* ``batch_kv``         greedy KV-cache decode of a batch of 3 prompts, prefill before the loop,
                        caches stacked over layers
* ``nested_helpers``   greedy full recompute through jitted helpers step -> forward -> attention
                        (func.call chains inside the while body)
* ``dus_writes``       greedy full recompute writing the buffer with `lax.dynamic_update_slice`
* ``bf16_decode``      greedy full recompute with bfloat16 weights and activations
* ``sampled_kv``       KV cache + temperature / top-k / top-p sampling, threefry key carried
                        and split each step, last token carried
* ``unbatched_full``   greedy full recompute with no batch axis: prompt i32[P], tokens i32[L]
                        written with `tokens.at[i+1].set(argmax)`, logits rank 2
* ``canonical_sampled`` full recompute, batch 2, Veritor's canonical sampling (canonical.py,
                        protocol/src/sampling.rs): temperature, top-k, top-p, then argmax of the
                        kept tempered logits plus a Gumbel noise row taken from a `gumbel`
                        argument (f32 [B, L, V], the counter-based stream), so a verifier
                        replays every token from teacher-forced logits

Each program comes with a *teacher-forced reference* (`Decoder.reference`): given the
program's inputs and its own outputs, one causal forward pass over the finished token
sequence gives per-position logits, aligned so that row p holds the scores from which the
token at position p was chosen (see `aligned_reference` and examples/README.md).
"""

from __future__ import annotations

import dataclasses
from typing import Callable

import jax
import jax.numpy as jnp
import ml_dtypes
import numpy as np
from jax import lax

import canonical
import model
from model import Config

PROGRAMS = ["eos_while", "scan_decode", "batch_kv", "nested_helpers", "dus_writes", "bf16_decode", "sampled_kv",
            "canonical_sampled", "unbatched_full"]

# eos_while: greedy decoding of the tiny config's prompt [15 16 24 30] generates
# 22 3 31 19 22 3 23 26 27 27 27 27 at positions 4..15 (examples/tiny/greedy_full); 23 first
# appears at position 10 (step 6 of 12), so the loop stops there and positions 11..15 keep
# the pad id. export.py checks that the stop really happens before the end of the buffer.
EOS_ID = 23
PAD_ID = 1
BATCH_KV = 3  # batch_kv decodes this many prompts at once
# canonical_sampled: batch 2 (row 0 = the tiny prompt), canonical stream keyed by
# (CANONICAL_SEED, CANONICAL_REQUEST + row, position, token); temperature, top-k and top-p are
# the config's (0.8, 8, 0.9 for tiny), baked into the program.
BATCH_CANONICAL = 2
CANONICAL_SEED = 2
CANONICAL_REQUEST = 10


@dataclasses.dataclass
class Decoder:
    name: str
    cfg: Config  # the config the program was built for (batch_kv: batch 3)
    fn: Callable  # fn(params, *extra_args) -> result pytree
    params: object  # the parameters as passed to fn (float32, or bfloat16 for bf16_decode)
    extra_names: list
    extra_args: list
    result_names: list
    info: dict  # the "decode" block of <prog>.json
    reference: Callable  # reference(flat_outputs) -> dict of numpy arrays (see aligned_reference)


# --------------------------------------------------------------------------- reference


def aligned_reference(cfg: Config, params, seq, chosen, choose=None, key=None) -> dict:
    """Teacher-forced reference of a decode.

    seq     int32 [B, L]  the finished token sequence (prompt + generated, pad where unwritten)
    chosen  bool  [B, L]  True at the positions whose token the program chose from scores
    choose  None for greedy (argmax), or `sample(key, logits [B, V]) -> [B]` for sampling;
            `key` is then the program's input key, split once per generated position in
            position order (the programs' key schedule).

    Returns numpy arrays:
      tokens    int32 [B, L]     = seq (the teacher-forcing input)
      chosen    bool  [B, L]
      logits    float32 [B, L, V]: row p = forward(seq)[:, p-1] where chosen[:, p], else 0.
                Under the causal mask forward(seq)[:, p-1] depends on seq[:, :p] only, i.e.
                exactly the scores the decoder had when it picked seq[:, p].
      predicted int32 [B, L]     : the token replayed from row p where chosen (argmax, or the
                sampler with the replayed key schedule), seq elsewhere. Equals the program's
                tokens for an honest run.
    """
    seq = np.asarray(seq, np.int32)
    chosen = np.asarray(chosen, bool)
    b, length = seq.shape
    tf = np.asarray(jax.jit(model.model_forward, static_argnums=0)(cfg, params, jnp.asarray(seq)))  # model dtype
    shifted = np.zeros_like(tf)
    shifted[:, 1:] = tf[:, :-1]
    shifted = np.where(chosen[..., None], shifted, np.zeros((), shifted.dtype))
    predicted = seq.copy()
    cols = [p for p in range(length) if chosen[:, p].any()]
    if choose is None:
        best = np.asarray(jnp.argmax(jnp.asarray(shifted), axis=-1)).astype(np.int32)
        predicted = np.where(chosen, best, seq)
    else:
        # One split per position that any row chose, in position order (the programs' key
        # schedule); the whole batch is sampled with one subkey, as in the programs.
        k = jnp.asarray(key)
        for p in cols:
            k, sub = jax.random.split(k)
            t = np.asarray(choose(sub, jnp.asarray(shifted[:, p])))
            predicted[:, p] = np.where(chosen[:, p], t, seq[:, p])
    return {
        "tokens": seq,
        "chosen": chosen,
        "logits": shifted.astype(np.float32),
        "predicted": predicted.astype(np.int32),
    }


def generated_mask(cfg: Config, batch: int) -> np.ndarray:
    m = np.zeros((batch, cfg.max_len), bool)
    m[:, cfg.prompt_len :] = True
    return m


# --------------------------------------------------------------------------- helpers


def _kv_zero(cfg: Config, batch: int):
    return jnp.zeros((batch, cfg.heads, cfg.max_len, cfg.head_dim), jnp.float32)


def _prefill_caches(cfg: Config, params, prompt):
    """Causal pass over `prompt` [B, T]: logits [B, T, V] and per-layer caches with slots 0..T-1."""
    logits, kvs = model.forward_with_kv(cfg, params, prompt)
    b = prompt.shape[0]
    caches = [
        (
            lax.dynamic_update_slice(_kv_zero(cfg, b), k, (0, 0, 0, 0)),
            lax.dynamic_update_slice(_kv_zero(cfg, b), v, (0, 0, 0, 0)),
        )
        for k, v in kvs
    ]
    return logits, caches


def decode_step_stacked(cfg: Config, params, tok, pos, kc, vc):
    """As model.decode_step, with caches stacked over layers: kc, vc [layers, B, H, L, hd],
    written with one dynamic_update_slice at (layer, 0, 0, pos, 0)."""
    x = model.embed(cfg, params, tok[:, None], start=pos)  # [B, 1, D]
    zero = jnp.zeros((), jnp.int32)
    for li, lp in enumerate(params["layers"]):
        with jax.named_scope(f"layer{li}/attn"):
            h = model.layer_norm(lp["ln1"], x)
            p = lp["attn"]
            q, k, v = (model.split_heads(cfg, h @ p[w]) for w in ("wq", "wk", "wv"))
            layer = jnp.asarray(li, jnp.int32)
            kc = lax.dynamic_update_slice(kc, k[None], (layer, zero, zero, pos, zero))
            vc = lax.dynamic_update_slice(vc, v[None], (layer, zero, zero, pos, zero))
            mask = lax.broadcasted_iota(jnp.int32, (1, 1, 1, cfg.max_len), 3) <= pos
            x = x + model.merge_heads(model.attend(cfg, q, kc[li], vc[li], mask)) @ p["wo"]
        with jax.named_scope(f"layer{li}/mlp"):
            x = x + model.mlp(lp["mlp"], model.layer_norm(lp["ln2"], x))
    return model.head(params, x)[:, 0], kc, vc


def _argmax(logits):
    return jnp.argmax(logits, axis=-1).astype(jnp.int32)


def canonical_choose(cfg: Config, logits, noise):
    """Canonical sampling of one position per row, in the graph (f32). logits, noise [B, V].

    The definition of protocol/src/sampling.rs with the sampling constants of `cfg`:
    greedy (argmax) when temperature <= 1e-6; else the tokens are ranked by logit
    descending, ties by index ascending (`rank[i]` = how many tokens come before i; dividing
    by T > 0 keeps the order, so ranking the raw logits is ranking z = l / T); top-k keeps
    rank < k; top-p keeps the tokens whose renormalised softmax mass strictly before them (in
    rank order, over the top-k set) is below top_p (rank 0 always; skipped when top_p == 1);
    the token is the argmax of `where(kept, l / T, -inf) + noise` (lowest index on ties).
    The arithmetic is f32 where the definition says f64: only near-ties can differ."""
    params = canonical.Params(cfg.temperature, cfg.top_k, cfg.top_p)
    params.validate()
    vocab = logits.shape[-1]
    assert cfg.top_k is None or cfg.top_k <= vocab, f"top_k {cfg.top_k} exceeds the vocabulary size {vocab}"
    if params.is_greedy():
        return _argmax(logits)
    idx = lax.broadcasted_iota(jnp.int32, (1, vocab, vocab), 1)  # j
    col = lax.broadcasted_iota(jnp.int32, (1, vocab, vocab), 2)  # i
    lj, li = logits[:, :, None], logits[:, None, :]
    before = (lj > li) | ((lj == li) & (idx < col))  # [B, j, i]: token j comes before token i
    rank = jnp.sum(before.astype(jnp.int32), axis=1)  # [B, V]
    keep = rank < (vocab if cfg.top_k is None else cfg.top_k)
    z = logits / jnp.float32(cfg.temperature)
    if cfg.top_p < 1.0:
        w = jnp.where(keep, jnp.exp(z - jnp.max(z, axis=-1, keepdims=True)), 0.0)
        prob = w / jnp.sum(w, axis=-1, keepdims=True)
        mass_before = jnp.sum(jnp.where(before, prob[:, :, None], 0.0), axis=1)  # [B, V]
        keep = keep & (mass_before < jnp.float32(cfg.top_p))
    scores = jnp.where(keep, z, -jnp.inf) + noise
    return _argmax(scores)


# --------------------------------------------------------------------------- programs


def make_decoders(cfg: Config, params) -> dict:
    """{name: Decoder} for the tiny-style config `cfg` (params: float32, from model.init_params)."""
    P, L = cfg.prompt_len, cfg.max_len
    assert P >= 2, "scan_decode prefills prompt[:, :P-1]"
    steps = L - P
    prompt = np.asarray(model.make_inputs(cfg, params)["greedy_full"][1][0])  # [B, P], as tiny
    key = np.asarray(jax.random.PRNGKey(cfg.sample_seed), dtype=np.uint32)

    def base_info(batch: int, **kw) -> dict:
        d = {
            "batch": batch,
            "prompt_len": P,
            "max_len": L,
            "first_generated_position": P,
            "steps": steps,
        }
        d.update(kw)
        return d

    decs: dict = {}

    # ---------------------------------------------------------------- eos_while
    def eos_while(params, prompt):
        """prompt i32[B,P] -> (tokens i32[B,L], stop i32[]).

        while_loop: step i (from P-1) runs the full forward over the buffer and writes the
        argmax of position i into i+1; rows that already produced EOS_ID write PAD_ID
        instead; the loop ends when every row has produced EOS_ID or the buffer is full.
        The buffer starts as PAD_ID everywhere but the prompt, so positions after the stop
        hold PAD_ID. `stop` = the last position written (the EOS position for batch 1;
        L-1 when no EOS was generated)."""
        b = prompt.shape[0]
        tokens = jnp.full((b, L), PAD_ID, jnp.int32)
        tokens = lax.dynamic_update_slice(tokens, prompt.astype(jnp.int32), (0, 0))

        def cond(carry):
            i, _, finished = carry
            return (i < L - 1) & jnp.logical_not(jnp.all(finished))

        def body(carry):
            i, tokens, finished = carry
            logits = model.model_forward(cfg, params, tokens)  # [B, L, V]
            t = _argmax(logits[:, i])
            t = jnp.where(finished, PAD_ID, t)
            tokens = tokens.at[:, i + 1].set(t)
            return i + 1, tokens, finished | (t == EOS_ID)

        init = (jnp.asarray(P - 1, jnp.int32), tokens, jnp.zeros((b,), jnp.bool_))
        stop, tokens, _ = lax.while_loop(cond, body, init)
        return tokens, stop

    def eos_reference(outs):
        tokens, stop = np.asarray(outs[0]), int(outs[1])
        chosen = np.zeros(tokens.shape, bool)
        for r in range(tokens.shape[0]):
            for p in range(P, stop + 1):
                chosen[r, p] = True
                if tokens[r, p] == EOS_ID:
                    break
        return aligned_reference(cfg, params, tokens, chosen)

    decs["eos_while"] = Decoder(
        "eos_while", cfg, eos_while, params, ["prompt"], [prompt], ["tokens", "stop"],
        base_info(cfg.batch, loop="while_loop", recompute="full", feedback="buffer",
                  buffer_write="scatter", token_result="tokens [B,L]", eos_id=EOS_ID, pad_id=PAD_ID,
                  stop_result="stop: last position written (the EOS position, or max_len-1)"),
        eos_reference,
    )

    # ---------------------------------------------------------------- scan_decode
    def scan_decode(params, prompt):
        """prompt i32[B,P] -> (generated i32[L-P,B], tokens i32[B,L]).

        Prefill over prompt[:, :P-1] fills cache slots 0..P-2 (its logits are unused). Then
        `lax.scan` over L-P steps carries (last token, position, caches), starting from the
        last prompt token at position P-1: each step runs one position with the KV cache and
        emits the argmax (the token at position pos+1) as a stacked scan output. No token
        buffer exists in the loop; `tokens` = concat(prompt, generated.T) after it."""
        prompt = prompt.astype(jnp.int32)
        with jax.named_scope("prefill"):
            _, caches = _prefill_caches(cfg, params, prompt[:, : P - 1])

        def step(carry, _):
            last, pos, caches = carry
            logits, caches = model.decode_step(cfg, params, last, pos, caches)
            t = _argmax(logits)
            return (t, pos + 1, caches), t

        init = (prompt[:, P - 1], jnp.asarray(P - 1, jnp.int32), caches)
        _, generated = lax.scan(step, init, None, length=steps)
        return generated, jnp.concatenate([prompt, generated.T], axis=1)

    def scan_reference(outs):
        generated, tokens = np.asarray(outs[0]), np.asarray(outs[1])
        seq = np.concatenate([prompt, generated.T], axis=1)
        assert np.array_equal(seq, tokens)
        return aligned_reference(cfg, params, seq, generated_mask(cfg, prompt.shape[0]))

    decs["scan_decode"] = Decoder(
        "scan_decode", cfg, scan_decode, params, ["prompt"], [prompt], ["generated", "tokens"],
        base_info(cfg.batch, loop="scan", recompute="kv_cache", prefill="prompt[:, :P-1] (no token)",
                  feedback="last_token", buffer_write="stacked scan output",
                  token_result="generated [steps,B]: generated[s, b] is the token at position P+s; "
                               "tokens [B,L] = concat(prompt, generated.T)"),
        scan_reference,
    )

    # ---------------------------------------------------------------- batch_kv
    cfg_b = dataclasses.replace(cfg, batch=BATCH_KV)
    prompt_b = np.asarray(model.make_inputs(cfg_b, params)["greedy_full"][1][0])  # [3, P]; row 0 = tiny's prompt

    def batch_kv(params, prompt):
        """prompt i32[3,P] -> tokens i32[3,L].

        Prefill over the prompt fills caches k, v f32[layers,B,H,L,hd] (stacked over layers)
        and writes the first token at P; a fori_loop over P..L-2 reads the token at i back
        from the buffer, runs one position (cache write: dynamic_update_slice at
        (layer,0,0,i,0), mask iota <= i) and scatters the argmax into i+1."""
        b = prompt.shape[0]
        tokens = lax.dynamic_update_slice(jnp.zeros((b, L), jnp.int32), prompt.astype(jnp.int32), (0, 0))
        stacked = (cfg.layers, b, cfg.heads, L, cfg.head_dim)
        with jax.named_scope("prefill"):
            logits, kvs = model.forward_with_kv(cfg, params, prompt.astype(jnp.int32))
            kc = lax.dynamic_update_slice(jnp.zeros(stacked, jnp.float32), jnp.stack([k for k, _ in kvs]), (0,) * 5)
            vc = lax.dynamic_update_slice(jnp.zeros(stacked, jnp.float32), jnp.stack([v for _, v in kvs]), (0,) * 5)
            tokens = tokens.at[:, P].set(_argmax(logits[:, P - 1]))

        def body(i, carry):
            tokens, kc, vc = carry
            tok = lax.dynamic_slice(tokens, (0, i), (b, 1))[:, 0]
            logits, kc, vc = decode_step_stacked(cfg, params, tok, i, kc, vc)
            return tokens.at[:, i + 1].set(_argmax(logits)), kc, vc

        tokens, _, _ = lax.fori_loop(P, L - 1, body, (tokens, kc, vc))
        return tokens

    decs["batch_kv"] = Decoder(
        "batch_kv", cfg_b, batch_kv, params, ["prompt"], [prompt_b], ["tokens"],
        base_info(BATCH_KV, loop="fori_loop", recompute="kv_cache", prefill="prompt (writes the token at P)",
                  feedback="buffer", buffer_write="scatter", cache_layout="stacked [layers,B,H,L,hd]",
                  token_result="tokens [B,L]"),
        lambda outs: aligned_reference(cfg_b, params, outs[0], generated_mask(cfg, BATCH_KV)),
    )

    # ---------------------------------------------------------------- nested_helpers
    # Two (three) levels of jitted helpers below the loop body: each becomes a private
    # function reached by func.call: while body -> step -> forward -> attention.
    @jax.jit
    def attention(p, x):
        return model.causal_attention(cfg, p, x)[0]

    @jax.jit
    def forward(params, tokens):
        x = model.embed(cfg, params, tokens)
        for li, lp in enumerate(params["layers"]):
            with jax.named_scope(f"layer{li}/attn"):
                x = x + attention(lp["attn"], model.layer_norm(lp["ln1"], x))
            with jax.named_scope(f"layer{li}/mlp"):
                x = x + model.mlp(lp["mlp"], model.layer_norm(lp["ln2"], x))
        return model.head(params, x)

    @jax.jit
    def step(params, tokens, i):
        logits = forward(params, tokens)
        return tokens.at[:, i + 1].set(_argmax(logits[:, i]))

    def nested_helpers(params, prompt):
        """prompt i32[B,P] -> tokens i32[B,L]; greedy full recompute through jitted helpers."""
        tokens = lax.dynamic_update_slice(jnp.zeros((prompt.shape[0], L), jnp.int32), prompt.astype(jnp.int32), (0, 0))
        return lax.fori_loop(P - 1, L - 1, lambda i, t: step(params, t, i), tokens)

    decs["nested_helpers"] = Decoder(
        "nested_helpers", cfg, nested_helpers, params, ["prompt"], [prompt], ["tokens"],
        base_info(cfg.batch, loop="fori_loop", recompute="full", feedback="buffer", buffer_write="scatter",
                  helpers="jitted step -> forward -> attention (func.call chain in the while body)",
                  token_result="tokens [B,L]"),
        lambda outs: aligned_reference(cfg, params, outs[0], generated_mask(cfg, cfg.batch)),
    )

    # ---------------------------------------------------------------- dus_writes
    def dus_writes(params, prompt):
        """prompt i32[B,P] -> tokens i32[B,L]; greedy_full with the buffer written by
        lax.dynamic_update_slice (before the loop: the prompt; in the loop: the argmax at i+1)."""
        tokens = lax.dynamic_update_slice(jnp.zeros((prompt.shape[0], L), jnp.int32), prompt.astype(jnp.int32), (0, 0))

        def body(i, tokens):
            logits = model.model_forward(cfg, params, tokens)
            t = _argmax(logits[:, i])
            return lax.dynamic_update_slice(tokens, t[:, None], (jnp.zeros((), jnp.int32), i + 1))

        return lax.fori_loop(P - 1, L - 1, body, tokens)

    decs["dus_writes"] = Decoder(
        "dus_writes", cfg, dus_writes, params, ["prompt"], [prompt], ["tokens"],
        base_info(cfg.batch, loop="fori_loop", recompute="full", feedback="buffer",
                  buffer_write="dynamic_update_slice", token_result="tokens [B,L]"),
        lambda outs: aligned_reference(cfg, params, outs[0], generated_mask(cfg, cfg.batch)),
    )

    # ---------------------------------------------------------------- bf16_decode
    params_bf16 = jax.tree_util.tree_map(lambda a: np.asarray(a).astype(ml_dtypes.bfloat16), params)
    greedy_full = model.make_programs(cfg)["greedy_full"]

    def bf16_decode(params, prompt):
        """bf16 params, prompt i32[B,P] -> tokens i32[B,L]; model.greedy_full's loop with every
        weight and activation in bfloat16 (logits bf16, argmax)."""
        return greedy_full(params, prompt)

    decs["bf16_decode"] = Decoder(
        "bf16_decode", cfg, bf16_decode, params_bf16, ["prompt"], [prompt], ["tokens"],
        base_info(cfg.batch, loop="fori_loop", recompute="full", feedback="buffer", buffer_write="scatter",
                  dtype="bfloat16 (params, activations, logits)", token_result="tokens [B,L]"),
        lambda outs: aligned_reference(cfg, params_bf16, outs[0], generated_mask(cfg, cfg.batch)),
    )

    # ---------------------------------------------------------------- sampled_kv
    def sampled_kv(params, prompt, key):
        """prompt i32[B,P], key u32[2] -> tokens i32[B,L].

        Prefill over the prompt (per-layer caches), then the first token at P is sampled with
        the first split of `key`; a fori_loop over P..L-2 carries (buffer, last token, caches,
        key): it runs the carried last token at position i, splits the key, samples
        (temperature, top-k, top-p, categorical: model.sample_logits) and scatters the token
        into i+1 (the buffer is only written). Key schedule as `sampled`: the token at
        position P+s uses the (s+1)-th `key, sub = split(key)` of the chain from `key`."""
        prompt = prompt.astype(jnp.int32)
        tokens = lax.dynamic_update_slice(jnp.zeros((prompt.shape[0], L), jnp.int32), prompt, (0, 0))
        with jax.named_scope("prefill"):
            logits, caches = _prefill_caches(cfg, params, prompt)
            key, sub = jax.random.split(key)
            with jax.named_scope("sample"):
                first = model.sample_logits(cfg, sub, logits[:, P - 1])
            tokens = tokens.at[:, P].set(first)

        def body(i, carry):
            tokens, last, caches, key = carry
            key, sub = jax.random.split(key)
            logits, caches = model.decode_step(cfg, params, last, i, caches)
            with jax.named_scope("sample"):
                t = model.sample_logits(cfg, sub, logits)
            return tokens.at[:, i + 1].set(t), t, caches, key

        tokens, _, _, _ = lax.fori_loop(P, L - 1, body, (tokens, first, caches, key))
        return tokens

    decs["sampled_kv"] = Decoder(
        "sampled_kv", cfg, sampled_kv, params, ["prompt", "key"], [prompt, key], ["tokens"],
        base_info(cfg.batch, loop="fori_loop", recompute="kv_cache", prefill="prompt (samples the token at P)",
                  feedback="last_token", buffer_write="scatter", token_result="tokens [B,L]",
                  sampling={"temperature": cfg.temperature, "top_k": cfg.top_k, "top_p": cfg.top_p,
                            "rng": "threefry2x32",
                            "key_schedule": "key, sub = split(key) once per generated position, in order; "
                                            "the token at P+s uses the (s+1)-th sub"}),
        lambda outs: aligned_reference(cfg, params, outs[0], generated_mask(cfg, cfg.batch),
                                       choose=lambda k, lg: model.sample_logits(cfg, k, lg), key=key),
    )

    # ---------------------------------------------------------------- canonical_sampled
    cfg_c = dataclasses.replace(cfg, batch=BATCH_CANONICAL)
    prompt_c = np.asarray(model.make_inputs(cfg_c, params)["greedy_full"][1][0])  # [2, P]; row 0 = tiny's prompt
    noise = canonical.gumbel_noise(CANONICAL_SEED, CANONICAL_REQUEST, BATCH_CANONICAL, L, cfg.vocab)
    canon = canonical.Params(cfg.temperature, cfg.top_k, cfg.top_p)

    def canonical_sampled(params, prompt, gumbel):
        """prompt i32[B,P], gumbel f32[B,L,V] -> tokens i32[B,L].

        greedy_full's loop (fori_loop over P-1..L-2, full recompute, scatter into i+1), each
        step choosing the token at i+1 by canonical sampling (`canonical_choose`) from the
        logits at i and the noise row gumbel[:, i+1]: noise for position p is
        canonical.gumbel_noise(...)[:, p], so the program takes no key and carries nothing
        random; the verifier regenerates the same noise from (seed, request, position)."""
        tokens = lax.dynamic_update_slice(jnp.zeros((prompt.shape[0], L), jnp.int32), prompt.astype(jnp.int32), (0, 0))

        def body(i, tokens):
            logits = model.model_forward(cfg_c, params, tokens)[:, i]
            with jax.named_scope("sample"):
                row = lax.dynamic_index_in_dim(gumbel, i + 1, axis=1, keepdims=False)  # [B, V]
                t = canonical_choose(cfg_c, logits, row)
            return tokens.at[:, i + 1].set(t)

        return lax.fori_loop(P - 1, L - 1, body, tokens)

    def canonical_reference(outs):
        seq = np.asarray(outs[0])
        chosen = generated_mask(cfg, BATCH_CANONICAL)
        ref = aligned_reference(cfg_c, params, seq, chosen)  # predicted: argmax, replaced below
        replayed, draws = canonical.replay_tokens(ref["logits"], chosen, canon, CANONICAL_SEED, CANONICAL_REQUEST)
        ref["predicted"] = np.where(chosen, replayed, seq).astype(np.int32)
        (b, p), s = min(draws.items(), key=lambda e: e[1].margin)
        ref["summary"] = {
            "kept_sizes": sorted({d.kept for d in draws.values()}),
            "min_margin": {"row": b, "position": p, "margin": round(s.margin, 6), "token": s.token,
                           "runner_up": s.runner_up},
        }
        return ref

    decs["canonical_sampled"] = Decoder(
        "canonical_sampled", cfg_c, canonical_sampled, params, ["prompt", "gumbel"], [prompt_c, noise], ["tokens"],
        base_info(BATCH_CANONICAL, loop="fori_loop", recompute="full", feedback="buffer", buffer_write="scatter",
                  token_result="tokens [B,L]",
                  sampling={"temperature": cfg.temperature, "top_k": cfg.top_k, "top_p": cfg.top_p,
                            "rng": "canonical (protocol/src/sampling.rs; examples/canonical.py)",
                            "seed": CANONICAL_SEED, "request": CANONICAL_REQUEST,
                            "noise": "argument gumbel f32[B,L,V] = canonical.gumbel_noise(seed, request, B, L, V): "
                                     "gumbel[b, p, i] = f32(gumbel(seed, request + b, p, i))",
                            "key_schedule": "none: the token at position p uses gumbel[:, p] "
                                            "(row b = request + b)",
                            "arithmetic": "f32 in the graph (the definition says f64: near-ties may differ)"}),
        canonical_reference,
    )

    # ---------------------------------------------------------------- unbatched_full
    prompt_u = prompt[0]  # [P]: the tiny prompt without its batch axis

    def unbatched_full(params, prompt):
        """prompt i32[P] -> tokens i32[L]; greedy_full without a batch axis: a fori_loop over
        P-1..L-2 runs the full forward over the buffer (given a batch axis of 1 for the model
        and squeezed after it: logits [L, V]) and writes the argmax of position i into i+1
        (`tokens.at[i + 1].set`, a scatter into a rank-1 buffer)."""
        tokens = lax.dynamic_update_slice(jnp.zeros((L,), jnp.int32), prompt.astype(jnp.int32), (0,))

        def body(i, tokens):
            logits = model.model_forward(cfg, params, tokens[None])[0]  # [L, V]
            return tokens.at[i + 1].set(_argmax(logits[i]))

        return lax.fori_loop(P - 1, L - 1, body, tokens)

    def unbatched_reference(outs):
        ref = aligned_reference(cfg, params, np.asarray(outs[0])[None], generated_mask(cfg, 1))
        return {k: v[0] for k, v in ref.items()}  # tokens, chosen, predicted [L]; logits [L, V]

    decs["unbatched_full"] = Decoder(
        "unbatched_full", cfg, unbatched_full, params, ["prompt"], [prompt_u], ["tokens"],
        base_info(None, loop="fori_loop", recompute="full", feedback="buffer", buffer_write="scatter",
                  token_result="tokens [L] (no batch axis)"),
        unbatched_reference,
    )

    assert list(decs) == PROGRAMS
    return decs
