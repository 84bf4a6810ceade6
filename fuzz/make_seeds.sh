#!/usr/bin/env bash
# Regenerates the fuzz seed corpus (fuzz/seeds/<target>/) from the shipped examples: a real
# exchange (prove, challenge, open) for a decode claim (examples/tiny/greedy_kv, request 7,
# 3 positions opened), a bit-exact claim (forward) and a training chain (train_step, 4 steps,
# 2 replayed), a bit-exact claim naming its device (`prove --device`, a datasheet descriptor
# registered with veritor-spot beside BIN), the store objects they leave (per-position data, checkpoint, schedule, trace)
# and the smallest `.npy` inputs. Usage: fuzz/make_seeds.sh [path/to/veritor]
# (default target/debug/veritor). The secrets are fresh, so challenges and openings change.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/debug/veritor}
tiny=examples/tiny
seeds=fuzz/seeds
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PATH="$PWD/.venv/bin:$PATH"
store="$work/store"

exchange() { # name open-args prove-args...
  local name=$1 open=$2; shift 2
  "$bin" prove "$@" --store "$store" -o "$work/$name.claim.json" >/dev/null
  "$bin" challenge commit --secret "$work/$name.secret" >/dev/null
  # shellcheck disable=SC2086
  "$bin" challenge derive --secret "$work/$name.secret" --claim "$work/$name.claim.json" \
    $open -o "$work/$name.challenge.json"
  "$bin" open --claim "$work/$name.claim.json" --challenge "$work/$name.challenge.json" \
    --store "$store" -o "$work/$name.openings.json"
}
exchange stamp "--open 3" "$tiny/greedy_kv.mlir" --inputs "$tiny/greedy_kv.inputs" --request 7
exchange bit_exact "" "$tiny/forward.mlir" --inputs "$tiny/forward.inputs"
exchange training "--open-steps 2" "$tiny/train_step.mlir" --inputs "$tiny/train_step.inputs" \
  --train-steps 4 --data-seed 1 --vocab 32
"$(dirname "$bin")/veritor-spot" device add --datasheet h100-sxm5-80gb --store "$store" >/dev/null
"$bin" prove "$tiny/forward.mlir" --inputs "$tiny/forward.inputs" --device h100-sxm5-80gb \
  --store "$store" -o "$work/device.claim.json" >/dev/null

rm -rf "$seeds"
mkdir -p "$seeds"/{claim,challenge,openings,npy,store_object}
for name in stamp bit_exact training; do
  for kind in claim challenge openings; do
    cp "$work/$name.$kind.json" "$seeds/$kind/$name.json"
  done
done
cp "$work/device.claim.json" "$seeds/claim/bit_exact_device.json"
# The store's JSON objects, one of each format.
for format in positions checkpoint training-schedule training-trace; do
  file=$(grep -l "^{\"format\":\"veritor-$format/1\"" -r "$store/objects" | sort | head -1)
  cp "$file" "$seeds/store_object/$format.json"
done
# The smallest inputs, one of each kind (first found); the integer matrix is also a store object.
pick() { # descr shape name
  for f in "$tiny"/*.inputs/*.npy; do
    if head -c 128 "$f" | grep -aq "'descr': '$1', 'fortran_order': False, 'shape': $2,"; then
      cp "$f" "$seeds/npy/$3.npy"; return
    fi
  done
  echo "make_seeds: no $1 $2 input in $tiny" >&2; exit 1
}
pick '<f4' '()' f32-scalar
pick '<u4' '(2,)' u32-2
pick '<i4' '(1, 4)' i32-1x4
pick '<f4' '(32,)' f32-32
cp "$seeds/npy/i32-1x4.npy" "$seeds/store_object/i32-1x4.npy"
ls -l "$seeds"/*
