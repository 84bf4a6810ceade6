#!/usr/bin/env bash
# The main job, end to end, on the shipped examples (run by `make demo`):
# for each JAX program: print its call graph, inline every call and drop the dead helpers,
# compile the result with IREE for CPU, run it, and compare its outputs with JAX's.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/debug
work=$(mktemp -d /tmp/veritor-demo.XXXXXX)
trap 'rm -rf "$work"' EXIT

status=0
for module in examples/tiny/*.json; do
  program=$(basename "$module" .json)
  src=examples/tiny/$program.mlir
  echo "=== $program"
  echo "--- call graph of $src"
  "$bin/veritor-opt" "$src" --veritor-print-call-graph -o /dev/null
  "$bin/veritor-opt" "$src" --veritor-inline --veritor-symbol-dce -o "$work/$program.inlined.mlir"
  before=$(grep -c '"func.call"' "$src" || true)
  after=$(grep -c '"func.call"' "$work/$program.inlined.mlir" || true)
  echo "--- inlined: func.call $before -> $after, functions $(grep -c '"func.func"' "$src") -> $(grep -c '"func.func"' "$work/$program.inlined.mlir")"
  echo "--- IREE (llvm-cpu) on the inlined module vs JAX:"
  if ! "$bin/veritor" exec "$work/$program.inlined.mlir" \
      --inputs "examples/tiny/$program.inputs" --expected "examples/tiny/$program.expected" \
      --work-dir "$work/$program"; then
    status=1
  fi
done
if [ "$status" = 0 ]; then
  echo "demo: every inlined program ran in IREE and matched JAX"
else
  echo "demo: some outputs differ from JAX (see above)"
fi
exit "$status"
