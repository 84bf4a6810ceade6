#!/usr/bin/env python3
"""Runs mlir-opt-22 with Veritor's pass plugin, taking veritor-opt's command line.

The lit suite's RUN lines call `veritor-opt`; with `lit -D driver=mlir-opt` (lit.cfg.py) they
call this script instead, which runs `mlir-opt-22 --load-pass-plugin=<plugin>
--load-dialect-plugin=<plugin> --allow-unregistered-dialect` with the same arguments, except
what mlir-opt spells differently:
- pass flags `--veritor-X` / `--veritor-X=opts` (mlir-opt has no flags for a plugin's passes)
  become one `--pass-pipeline='builtin.module(veritor-X{opts},...)'`, in order;
- veritor-opt prints the generic form unless `--emit=pretty`, so `--mlir-print-op-generic`
  is added unless `--emit=pretty` is given.
The plugin is $VERITOR_PLUGIN (default plugin/target/debug/libveritor_plugin.so).
"""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MLIR_OPT = "/usr/lib/llvm-22/bin/mlir-opt"
PLUGIN = os.environ.get(
    "VERITOR_PLUGIN", os.path.join(ROOT, "plugin", "target", "debug", "libveritor_plugin.so")
)


def translate(args):
    """mlir-opt's arguments for veritor-opt's `args`, or an error message."""
    passes, rest, generic = [], [], True
    for arg in args:
        name, eq, options = arg.partition("=")
        if name.startswith("--veritor-"):
            passes.append(name[2:] + ("{" + options + "}" if eq and options else ""))
        elif name == "--emit":
            generic = options != "pretty"
        else:
            rest.append(arg)
    if passes and any(a.startswith("--pass-pipeline") for a in rest):
        return None, "mlir-opt-plugin: give passes as flags or as --pass-pipeline, not both"
    if passes:
        rest.append("--pass-pipeline=builtin.module(" + ",".join(passes) + ")")
    if generic:
        rest.append("--mlir-print-op-generic")
    return rest, None


def main():
    if not os.path.exists(PLUGIN):
        sys.exit(f"mlir-opt-plugin: no plugin at {PLUGIN} (run `make plugin`)")
    args, error = translate(sys.argv[1:])
    if error:
        sys.exit(error)
    command = [
        MLIR_OPT,
        f"--load-pass-plugin={PLUGIN}",
        f"--load-dialect-plugin={PLUGIN}",
        "--allow-unregistered-dialect",
    ] + args
    os.execv(MLIR_OPT, command)


if __name__ == "__main__":
    main()
