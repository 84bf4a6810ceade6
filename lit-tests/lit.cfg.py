# lit configuration for Veritor: every .mlir file under this directory is a test whose RUN
# lines use veritor-opt, FileCheck and not (LLVM 22).
import os

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
config.substitutions.append(("%examples", os.path.join(root, "examples")))
config.substitutions.append(("%venv", os.path.join(root, ".venv")))
