#!/usr/bin/env bash
# Memory spot checks (docs/protocol.md, "Memory spot checks"), run by examples/demo.sh:
# a prover process holds a small decoder's weights and KV cache and answers challenges over
# HTTP on loopback; the challenger sends a session of fresh random challenges and checks the
# proofs, each answer against the hard deadline and the session's median against the tight
# one. One honest prover passes; one that lacks 1% of the chunks fails.
# Usage: spotcheck_demo.sh BIN_DIR WORK_DIR
set -euo pipefail
bin=$1 work=$2
spot="$bin/veritor-spot"
store="$work/spot-store"
state=(--layers 4 --positions 256)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

# Starts a prover in the background and sets $address once it listens (not in a command
# substitution: its subshell would keep the pid from the trap, and the prover would outlive
# the demo).
serve() { # mode
  local log="$work/spot-$1.log"
  "$spot" serve --mode "$1" "${state[@]}" >"$log" 2>"$log.err" &
  pids+=($!)
  for _ in $(seq 1 600); do
    if grep -q " on 127.0.0.1:" "$log" 2>/dev/null; then
      address=$(sed -n 's/.* on \(127\.0\.0\.1:[0-9]*\):.*/\1/p' "$log")
      return 0
    fi
    sleep 0.1
  done
  echo "spotcheck demo: the $1 prover did not start: $(cat "$log.err")" >&2
  return 1
}

echo "=== memory spot checks: a prover holding a decoder's weights and KV cache, challenged over loopback"
"$spot" device probe --name this-cpu --bytes $((64 << 20)) --add --replace --store "$store" >/dev/null
"$spot" device list --store "$store"
serve honest
honest=$address
head -1 "$work/spot-honest.log"
slacks=$("$spot" calibrate --prover "$honest" --device this-cpu --store "$store" \
  --sessions 5 --challenges 10)
read -r hard session <<<"$slacks"
echo "--- slacks calibrated on the honest prover over 5 sessions of 10 challenges: hard $hard us, session $session us"
slacks=(--challenges 10 --slack-us "$hard" --session-slack-us "$session")
echo "--- honest prover, one session of 10 fresh challenges of 4096 random 256-byte slices:"
"$spot" check --prover "$honest" --device this-cpu "${slacks[@]}" --store "$store"

serve missing:0.01
missing=$address
echo "--- a prover missing 1% of the chunks (answers them with zeros), same session:"
code=0
"$spot" check --prover "$missing" --device this-cpu "${slacks[@]}" --store "$store" || code=$?
if [ "$code" = 1 ]; then
  echo "spotcheck demo: the honest prover passed, the prover missing 1% of its state was caught (exit 1)"
else
  echo "spotcheck demo: the missing prover was NOT caught (exit $code)"
  exit 1
fi
