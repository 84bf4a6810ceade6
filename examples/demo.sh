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

# Teacher forcing: the verifier's program checks claimed tokens against the model.
program=dus_writes
src=examples/decode/$program.mlir
ref=examples/decode/$program.reference
echo "=== teacher forcing: $src"
"$bin/veritor-opt" "$src" --veritor-ar-to-tf -o "$work/tf.mlir"
mkdir -p "$work/tf.inputs" "$work/tf.expected" "$work/edited.inputs" "$work/edited.expected"
cp examples/decode/$program.inputs/*.npy "$work/tf.inputs/"
cp "$ref/tokens.npy" "$work/tf.inputs/99-teacher.npy"
cp "$ref/predicted.npy" "$work/tf.expected/00.npy"
cp "$ref/logits.npy" "$work/tf.expected/01.npy"
echo "--- honest claim (the program's own tokens): predicted tokens and logits vs JAX's teacher-forced reference"
if ! "$bin/veritor" exec "$work/tf.mlir" --function main_teacher_forced --rtol 1e-5 --atol 1e-5 \
    --inputs "$work/tf.inputs" --expected "$work/tf.expected" --work-dir "$work/tf"; then
  status=1
fi
cp examples/decode/$program.inputs/*.npy "$work/edited.inputs/"
.venv/bin/python -c "
import numpy as np, sys
t = np.load(sys.argv[1]); t[0, 8] = (t[0, 8] + 1) % 32; np.save(sys.argv[2], t)
" "$ref/tokens.npy" "$work/edited.inputs/99-teacher.npy"
cp "$work/edited.inputs/99-teacher.npy" "$work/edited.expected/00.npy"
cp "$ref/logits.npy" "$work/edited.expected/01.npy"
echo "--- tampered claim (token 8 edited): predicted tokens against the claim"
if "$bin/veritor" exec "$work/tf.mlir" --function main_teacher_forced --rtol 1e-5 --atol 1e-5 \
    --inputs "$work/edited.inputs" --expected "$work/edited.expected" --work-dir "$work/edited" >"$work/edited.txt"; then
  echo "demo: the tampered claim was NOT caught"
  status=1
else
  grep -m1 "00.npy" "$work/edited.txt"
  echo "demo: tampered claim rejected: the model would not have written the claimed token at position 8"
fi

# The verification exchange (issue 6; docs/protocol.md): prove, challenge, open, verify.
store="$work/store"
echo "=== verification exchange: prove, challenge, open, verify (store $store)"
exchange() { # name graph inputs claim-args...
  local name=$1 graph=$2 inputs=$3; shift 3
  "$bin/veritor" prove "$graph" --inputs "$inputs" --store "$store" -o "$work/$name.claim.json" "$@" || return 2
  "$bin/veritor" challenge commit --secret "$work/$name.secret" >"$work/$name.commitment" || return 2
  "$bin/veritor" challenge derive --secret "$work/$name.secret" --claim "$work/$name.claim.json" \
    --open "${OPEN:-8}" -o "$work/$name.challenge.json" || return 2
  "$bin/veritor" open --claim "$work/$name.claim.json" --challenge "$work/$name.challenge.json" \
    --store "$store" -o "$work/$name.openings.json" || return 2
  "$bin/veritor" verify --claim "$work/$name.claim.json" --challenge "$work/$name.challenge.json" \
    --openings "$work/$name.openings.json" --store "$store" \
    --secret-commitment "$(cat "$work/$name.commitment")" ${HTML:+--html "$HTML"}
}
# The greedy claim's verdict as an HTML page (veritor verify --html), kept after the demo.
report=${DEMO_REPORT:-$PWD/target/demo/verdict.html}
mkdir -p "$(dirname "$report")"
echo "--- greedy generation (examples/tiny/greedy_kv), request 7"
if HTML=$report exchange greedy examples/tiny/greedy_kv.mlir examples/tiny/greedy_kv.inputs --request 7; then
  echo "demo: HTML report of this verdict: $report"
else
  status=1
fi
if [ -f examples/decode/canonical_sampled.mlir ]; then
  echo "--- sampled generation (examples/decode/canonical_sampled: canonical Gumbel noise), request 10"
  exchange sampled examples/decode/canonical_sampled.mlir examples/decode/canonical_sampled.inputs \
    --request 10 --seed 2 --temperature 0.8 --top-k 8 --top-p 0.9 || status=1
fi
echo "--- tampered: the greedy claim replayed as request 8"
.venv/bin/python -c "
import json, sys
c = json.load(open(sys.argv[1])); c['strategy']['request'] = 8; json.dump(c, open(sys.argv[2], 'w'))
" "$work/greedy.claim.json" "$work/replayed.claim.json"
code=0
"$bin/veritor" verify --claim "$work/replayed.claim.json" --challenge "$work/greedy.challenge.json" \
  --openings "$work/greedy.openings.json" --store "$store" >"$work/replayed.txt" 2>&1 || code=$?
if [ "$code" = 1 ]; then
  grep -m1 "reason:" "$work/replayed.txt"
  echo "demo: replayed claim rejected (exit 1)"
else
  cat "$work/replayed.txt"; echo "demo: the replayed claim was NOT rejected (exit $code)"; status=1
fi
echo "--- tampered: a generation with token 9 edited, committed honestly"
mkdir -p "$work/edited.outputs"
.venv/bin/python -c "
import numpy as np, sys
t = np.load(sys.argv[1]); t[0, 9] = (t[0, 9] + 1) % 32; np.save(sys.argv[2], t)
" examples/tiny/greedy_full.expected/00.npy "$work/edited.outputs/00.npy"
code=0
OPEN=64 exchange edited examples/tiny/greedy_full.mlir examples/tiny/greedy_full.inputs \
  --outputs "$work/edited.outputs" >"$work/edited-verify.txt" 2>&1 || code=$?
if [ "$code" = 1 ]; then
  grep -m1 "reason:" "$work/edited-verify.txt"
  echo "demo: edited generation rejected (exit 1)"
else
  cat "$work/edited-verify.txt"; echo "demo: the edited generation was NOT rejected (exit $code)"; status=1
fi

# Training replay: a chain of 8 SGD steps, a random subset replayed (docs/protocol.md).
train() { # name open-steps prove-args...
  local name=$1 open=$2; shift 2
  "$bin/veritor" prove examples/tiny/train_step.mlir --inputs examples/tiny/train_step.inputs \
    --train-steps 8 --data-seed 1 --vocab 32 --store "$store" -o "$work/$name.claim.json" "$@" || return 2
  "$bin/veritor" challenge commit --secret "$work/$name.secret" >"$work/$name.commitment" || return 2
  "$bin/veritor" challenge derive --secret "$work/$name.secret" --claim "$work/$name.claim.json" \
    --open-steps "$open" -o "$work/$name.challenge.json" || return 2
  "$bin/veritor" open --claim "$work/$name.claim.json" --challenge "$work/$name.challenge.json" \
    --store "$store" -o "$work/$name.openings.json" || return 2
  "$bin/veritor" verify --claim "$work/$name.claim.json" --challenge "$work/$name.challenge.json" \
    --openings "$work/$name.openings.json" --store "$store" \
    --secret-commitment "$(cat "$work/$name.commitment")"
}
echo "=== training replay: 8 SGD steps of examples/tiny/train_step, 3 replayed"
train chain 3 || status=1
echo "--- tampered: step 5's update skipped (every step replayed)"
code=0
train skipped 8 --tamper skip:5 >"$work/skipped.txt" 2>&1 || code=$?
if [ "$code" = 1 ]; then
  grep -m1 "reason:" "$work/skipped.txt"
  echo "demo: chain with a skipped step rejected (exit 1)"
else
  cat "$work/skipped.txt"; echo "demo: the skipped step was NOT rejected (exit $code)"; status=1
fi
echo
bash examples/spotcheck_demo.sh "$bin" "$work" || status=1
[ -f "$report" ] && echo "demo: the greedy claim's verdict as a page: $report"
exit "$status"
