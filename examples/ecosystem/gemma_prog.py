"""DeepMind `gemma` (gm) sampler programs: the library's own prefill (`gm.text` `_prefill.prefill`)
and `SamplerLoop` (its `lax.while_loop`, per-layer KV caches with an end index, sliding-window
and global layers), as `gm.text.Sampler.sample` calls them, minus the tokenizer (no tokenizer
model can be downloaded here: token ids are passed directly).

`fn(params, prompt, rng) -> predicted_tokens i32[B, max_out_length]`: the generated tokens
only (the prompt is not in the result); tokens after an end token are zeroed by the library
(`_mask_tokens_after_end_tokens`). The reference sequence is concat(prompt, predicted).
"""

from __future__ import annotations

from importlib.metadata import version

import jax
import jax.numpy as jnp
import numpy as np
from gemma.gm.nn import _transformer
from gemma.gm.nn import config as config_lib
from gemma.gm.text import _prefill, _sampler_loop, _sampling, _tokenizer
from gemma.gm.utils import _types

from common import Program, aligned, chosen_until_eos, param_names

VERSION = version("gemma")
VOCAB = 101
NEW_TOKENS = 12
CACHE = 32
PROMPT = [[2, 21, 50, 33]]  # BOS = 2 first, as the tokenizer would write it
SPECIAL = _tokenizer.Gemma3Tokenizer.special_tokens
END_TOKENS = (SPECIAL.EOS, SPECIAL.END_OF_TURN)  # (1, 106): what Sampler.sample passes

CONFIG = config_lib.TransformerConfig(
    num_embed=VOCAB, embed_dim=64, hidden_dim=128, num_heads=4, num_kv_heads=2, head_dim=16,
    final_logit_softcap=None,
    attention_types=(config_lib.AttentionType.LOCAL_SLIDING, config_lib.AttentionType.GLOBAL),
    use_post_attn_norm=True, use_post_ffw_norm=True, sliding_window_size=8, use_qk_norm=True,
    attn_logits_soft_cap=None)


class TinyGemma(_transformer.Transformer):  # Gemma-3 layout: qk-norm, sliding + global layers
    config: config_lib.TransformerConfig = CONFIG


def make(name, sampling, param_seed=0, key_seed=1, dtype=jnp.float32):
    model = TinyGemma(dtype=dtype)
    prompt = jnp.asarray(PROMPT, jnp.int32)
    params = model.init(jax.random.PRNGKey(param_seed), prompt)["params"]
    # Random init with tied embeddings repeats one token forever; halving the embedding and
    # scaling every other matrix by 8 gives varied tokens.
    params = jax.tree_util.tree_map_with_path(
        lambda path, a: a * (0.5 if "embedder" in jax.tree_util.keystr(path) else (8.0 if a.ndim >= 2 else 1.0)),
        params)

    def fn(params, prompt, rng):
        inp = _types.Input(text=prompt, images=None, config=model.config.input_config)
        st = _prefill.prefill(model=model, params=params, input=inp, last_state=None, cache_length=CACHE,
                              max_out_length=NEW_TOKENS, pad_length=None, rng=rng, sharding=None)
        loop = _sampler_loop.SamplerLoop(model=model, end_tokens=END_TOKENS, forbidden_tokens=None,
                                         sampling=sampling, cache_length=CACHE, special_tokens=SPECIAL)
        st = loop.sample(params=params, init_state=st, max_new_tokens=jnp.asarray(NEW_TOKENS))
        return st.predicted_tokens

    def forward(params, seq):
        # Explicit positions and causal mask: without them gm's Transformer treats every token 0
        # (PAD) as padding, while the sampler attends to a generated 0 like any other token.
        b, n = seq.shape
        pos = jnp.broadcast_to(jnp.arange(n, dtype=jnp.int32), (b, n))
        mask = jnp.broadcast_to(jnp.tril(jnp.ones((n, n), bool)), (b, n, n))
        return model.apply({"params": params}, tokens=seq, positions=pos, attention_mask=mask).logits

    fwd = jax.jit(forward)
    key = jax.random.PRNGKey(key_seed)

    def reference(flat_outs):
        seq = np.concatenate([np.asarray(prompt), np.asarray(flat_outs[0])], axis=1).astype(np.int32)
        chosen = chosen_until_eos(seq, prompt.shape[1], SPECIAL.EOS)
        choose = None
        if not isinstance(sampling, _sampling.Greedy):
            state = {"k": key}

            def choose(pos, scores):  # gemma's schedule: next, cur = split(rng); sample with cur
                state["k"], cur = jax.random.split(state["k"])
                return sampling.get_next_tokens(scores, rng=cur)

        return aligned(np.asarray(fwd(params, jnp.asarray(seq))), seq, chosen, choose)

    info = {"library": "gemma (gm.text prefill + SamplerLoop)", "library_version": VERSION,
            "model": "gm.nn Transformer, Gemma-3 layout: layer 0 LOCAL_SLIDING (window 8), layer 1 GLOBAL, "
                     "qk-norm, post-attn/ffw norms, GQA 4/2, head_dim 16",
            "config": {"vocab": VOCAB, "embed_dim": 64, "hidden_dim": 128, "layers": 2, "cache_length": CACHE,
                       "param_seed": param_seed, "dtype": jnp.dtype(dtype).name, "init_rescale": "embedding x0.5, other matrices x8"},
            "sampling": type(sampling).__name__, "batch": 1, "prompt_len": len(PROMPT[0]),
            "max_len": len(PROMPT[0]) + NEW_TOKENS, "first_generated_position": len(PROMPT[0]),
            "steps": NEW_TOKENS, "end_tokens": list(END_TOKENS),
            "loop": "prefill (model.apply over the prompt) then lax.while_loop in the jitted _sample_loop",
            "token_result": "predicted_tokens [B, max_out_length] (generated only, no prompt); "
                            "tokens after an end token zeroed after the loop"}
    return Program(name, fn, (params, prompt, key), param_names(params) + ["prompt", "rng"],
                   ["predicted_tokens"], info, reference)


def programs():
    # gm.nn.Transformer's default dtype is bfloat16 (parameters, activations, KV cache, logits);
    # the first two use float32, the third keeps the library default.
    return [make("gemma_greedy", _sampling.Greedy()),
            make("gemma_topk", _sampling.TopkSampling(temperature=0.8, k=8)),
            make("gemma_greedy_bf16", _sampling.Greedy(), dtype=jnp.bfloat16)]
