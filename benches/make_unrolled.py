"""Writes a large generic StableHLO module for the parse/print benchmark: greedy decode of
the `large` example config with every step unrolled (one full forward per generated token,
no loop), so the module holds tens of thousands of ops.

Usage: .venv/bin/python benches/make_unrolled.py OUT.mlir [--steps N]
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax import lax  # noqa: E402

import model  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--steps", type=int, default=160, help="decode steps to unroll")
    a = ap.parse_args()
    cfg = model.CONFIGS["large"]
    params = model.init_params(cfg)
    P = cfg.prompt_len
    steps = min(a.steps, cfg.max_len - P)

    def greedy_unrolled(params, prompt):
        tokens = jnp.zeros((cfg.batch, cfg.max_len), jnp.int32)
        tokens = lax.dynamic_update_slice(tokens, prompt, (0, 0))
        for i in range(P - 1, P - 1 + steps):
            logits = model.model_forward(cfg, params, tokens)
            tokens = tokens.at[:, i + 1].set(jnp.argmax(logits[:, i], axis=-1).astype(jnp.int32))
        return tokens

    prompt = jnp.zeros((cfg.batch, P), jnp.int32)
    lowered = jax.jit(greedy_unrolled).lower(params, prompt)
    text = lowered.compiler_ir("stablehlo").operation.get_asm(print_generic_op_form=True, enable_debug_info=False)
    a.out.write_text(text)
    ops = text.count('"stablehlo.') + text.count('"func.')
    print(f"{a.out}: {ops} ops, {len(text) / 1e6:.1f} MB, {steps} unrolled steps")
    return 0


if __name__ == "__main__":
    sys.exit(main())
