"""HF transformers Flax `generate` programs (GPT-2, Llama), random-init tiny configs, and the
benchmark size of GPT-2 (`programs_large`: 4 layers, width 256, 256 positions; not committed).

Each is `fn(params, prompt[, key]) -> sequences` around the library's own
`model.generate(...)` (its lax.while_loop, its KV cache collection, its logits processors);
the reference is the same model's forward pass over the whole sequence in one call.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import transformers
from transformers import (FlaxGPT2LMHeadModel, FlaxLlamaForCausalLM, GPT2Config, GenerationConfig,
                          LlamaConfig)

from common import Program, aligned, chosen_until_eos, param_names

VERSION = transformers.__version__
GPT2_EOS = 32  # greedy GPT-2 (seed 0) generates 32 first at position 8
PROMPT_LEN = 4
NEW_TOKENS = 12
SEED = 0
# Random init with the default std 0.02 gives near-uniform logits and one token repeated
# forever; a larger std gives varied greedy sequences (and an EOS that really occurs).
# GPT-2 with tied embeddings repeats its last token at any std (the logits are dominated by
# the token's own embedding), so the GPT-2 config unties them (a separate lm_head).
INIT_STD = 0.35


VOCAB = 97
# HF Flax generate cannot run without an EOS id on this jax: `jnp.array(None)` raises
# "None is not a valid value for jnp.array" in _greedy_search / _sample. "No EOS" programs
# therefore pass eos_token_id = VOCAB, an id argmax / categorical over VOCAB logits never
# returns (GPT-2's own default, 50256, is the same situation for a tiny vocabulary): the
# finished flags and the pad arithmetic are still in the loop, but never fire.
NO_EOS = VOCAB


# The benchmark size (benches/ecosystem.py, issue 12): GPT-2 with 4 layers, width 256, 4 heads,
# 256 positions, vocabulary 512; prompt 8 tokens, 248 new ones (L = 256). Same init std.
LARGE = {"layers": 4, "width": 256, "heads": 4, "vocab": 512, "positions": 256, "prompt_len": 8,
         "new_tokens": 248}
LARGE_PROMPT = [5, 17, 33, 42, 61, 2, 9, 80]


def gpt2(layers=2, width=64, heads=4, vocab=VOCAB, positions=64):
    cfg = GPT2Config(n_layer=layers, n_embd=width, n_head=heads, vocab_size=vocab, n_positions=positions,
                     initializer_range=INIT_STD, bos_token_id=0, tie_word_embeddings=False)
    return FlaxGPT2LMHeadModel(cfg, seed=SEED, _do_init=True)


def llama():
    cfg = LlamaConfig(hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                      num_key_value_heads=2, vocab_size=VOCAB, max_position_embeddings=64, initializer_range=INIT_STD,
                      bos_token_id=0, eos_token_id=None, pad_token_id=None)
    return FlaxLlamaForCausalLM(cfg, seed=SEED, _do_init=True)


def prompt(batch):
    rows = [[5, 17, 33, 42], [61, 2, 9, 80], [3, 3, 70, 11]]
    return jnp.asarray(rows[:batch], jnp.int32)


def _forward(m):
    return jax.jit(lambda params, seq: m(seq, params=params).logits)


def make(name, m, batch=1, eos=NO_EOS, pad=0, sample=None, library="transformers Flax", prompt_rows=None,
         new_tokens=NEW_TOKENS, no_eos=NO_EOS):
    """One generate program; prompt_rows / new_tokens / no_eos (= the vocabulary size) set
    the large size, the defaults give the tiny corpus."""
    p = prompt(batch) if prompt_rows is None else jnp.asarray(prompt_rows[:batch], jnp.int32)
    prompt_len = int(p.shape[1])
    gen_kw = dict(max_new_tokens=new_tokens, pad_token_id=pad, eos_token_id=eos)
    if sample is None:
        gen_kw["do_sample"] = False

        def fn(params, prompt):
            return m.generate(prompt, params=params, **gen_kw).sequences

        args = (m.params, p)
        extra = ["prompt"]
    else:
        gen_kw.update(do_sample=True, **sample)

        def fn(params, prompt, key):
            return m.generate(prompt, params=params, prng_key=key, **gen_kw).sequences

        args = (m.params, p, jax.random.PRNGKey(3))
        extra = ["prompt", "key"]
    fwd = _forward(m)

    def reference(flat_outs):
        seq = np.asarray(flat_outs[0])
        chosen = chosen_until_eos(seq, prompt_len, None if eos == no_eos else eos)
        logits = fwd(m.params, jnp.asarray(seq))
        choose = None
        if sample is not None:
            # HF's schedule: state key k; each step `k_use, k = split(k)`, the token is
            # categorical(k_use, warper(processor(logits))). One split per step (all rows).
            gc = GenerationConfig(**{**gen_kw, "max_length": prompt_len + new_tokens})
            warp = m._get_logits_warper(generation_config=gc)
            state = {"k": args[2]}

            def choose(pos, scores):
                k_use, state["k"] = jax.random.split(state["k"])
                w = warp(None, scores, jnp.asarray(pos))
                return jax.random.categorical(k_use, w, axis=-1)

        return aligned(logits, seq, chosen, choose)

    info = {
        "library": library, "library_version": VERSION, "model": type(m).__name__,
        "config": {k: v for k, v in m.config.to_dict().items()
                   if k in ("n_layer", "n_embd", "n_head", "vocab_size", "n_positions", "hidden_size",
                            "intermediate_size", "num_hidden_layers", "num_attention_heads",
                            "num_key_value_heads", "max_position_embeddings", "initializer_range")},
        "batch": batch, "prompt_len": prompt_len, "max_len": prompt_len + new_tokens,
        "first_generated_position": prompt_len, "steps": new_tokens,
        "call": f"generate({', '.join(f'{k}={v}' for k, v in gen_kw.items())})",
        "loop": "lax.while_loop (first step, over the prompt, before the loop)",
        "recompute": "kv_cache (flax cache collection)", "eos_id": None if eos == no_eos else eos, "eos_token_id_passed": eos, "pad_id": pad,
        "sampling": None if sample is None else {**sample, "rng": "threefry2x32", "key_schedule": "k_use, k = split(k) per step"},
    }
    return Program(name, fn, args, param_names(m.params) + extra, ["sequences"], info, reference)


def programs(eos_gpt2):
    g = gpt2()
    out = [
        make("hf_gpt2_greedy", g),
        make("hf_gpt2_eos", g, eos=eos_gpt2, pad=0),
        make("hf_gpt2_sample", g, sample={"temperature": 0.8, "top_k": 8, "top_p": 0.9}),
        make("hf_gpt2_batch2", g, batch=2),
        make("hf_llama_greedy", llama()),
    ]
    return out


def programs_large():
    """The benchmark's HF programs (benches/ecosystem.py): GPT-2 at LARGE, greedy and sampled
    (the same warpers as hf_gpt2_sample), no EOS (eos_token_id = vocab, never generated)."""
    c = LARGE
    g = gpt2(layers=c["layers"], width=c["width"], heads=c["heads"], vocab=c["vocab"], positions=c["positions"])
    kw = dict(prompt_rows=[LARGE_PROMPT[:c["prompt_len"]]], new_tokens=c["new_tokens"], eos=c["vocab"],
              no_eos=c["vocab"])
    return [
        make("hf_gpt2_greedy", g, **kw),
        make("hf_gpt2_sample", g, sample={"temperature": 0.8, "top_k": 8, "top_p": 0.9}, **kw),
    ]
