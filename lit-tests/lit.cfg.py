# lit configuration for Veritor: every .mlir file under this directory is a test whose RUN
# lines use veritor-opt, FileCheck and not (LLVM 22).
#
# `lit -D driver=mlir-opt lit-tests` runs the same RUN lines through mlir-opt-22 with
# Veritor's plugin (`make plugin`): `veritor-opt` then stands for mlir-opt-plugin.py, which
# gives mlir-opt the plugin (passes and dialect) and veritor-opt's defaults. RUN lines that
# test veritor-opt's own command line (its help, its messages for unreadable input, its
# pretty-form conversion, its printing; in driver/) call `%veritor_opt_cli`, veritor-opt
# under either driver, since mlir-opt has a command line of its own. Tests that need
# mlir-opt itself say `REQUIRES: plugin`.
import os
import re

import lit.formats

config.name = "veritor"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".mlir"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(os.environ.get("VERITOR_LIT_OUT", "/tmp/veritor-lit"))

root = os.path.dirname(config.test_source_root)
veritor_bin = os.environ.get("VERITOR_BIN", os.path.join(root, "target", "debug"))
llvm_bin = "/usr/lib/llvm-22/bin"
path = [veritor_bin, llvm_bin, os.environ.get("PATH", "")]
config.environment["PATH"] = os.pathsep.join(path)
config.substitutions.append(("%veritor_opt_cli", os.path.join(veritor_bin, "veritor-opt")))
config.substitutions.append(("%examples", os.path.join(root, "examples")))
config.substitutions.append(("%venv", os.path.join(root, ".venv")))

plugin = os.environ.get(
    "VERITOR_PLUGIN", os.path.join(root, "plugin", "target", "debug", "libveritor_plugin.so")
)
config.environment["VERITOR_PLUGIN"] = plugin
config.substitutions.append(("%veritor_plugin", plugin))
config.substitutions.append(
    ("%veritor_irdl", os.path.join(root, "dialects", "src", "veritor.irdl.mlir"))
)
if os.path.exists(plugin):
    config.available_features.add("plugin")

driver = lit_config.params.get("driver", "veritor-opt")
if driver == "mlir-opt":
    wrapper = os.path.join(config.test_source_root, "mlir-opt-plugin.py")
    # The word veritor-opt, not inside a flag or path (`--veritor-opt-x`, `/veritor-opt`).
    config.substitutions.insert(0, (r"(?<![-/\w])veritor-opt\b", wrapper))
elif driver != "veritor-opt":
    lit_config.fatal(f"unknown driver '{driver}': use veritor-opt or mlir-opt")
