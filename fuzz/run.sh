#!/usr/bin/env bash
# `make fuzz`: builds every fuzz target (cargo-fuzz, libFuzzer, AddressSanitizer, debug
# assertions on) and runs each for RUNS executions (default 1,000,000), starting from its
# committed seeds (fuzz/seeds/<target>, read only) and the regressions (fuzz/regressions/<target>);
# what the fuzzer adds goes to fuzz/corpus/<target> (not committed). Prints one line per target
# (executions, seconds, crashes) and fails if any target crashed, hung (more than 10 s on one
# input) or ran out of memory; the input that did it is in fuzz/artifacts/<target>/.
# Usage: fuzz/run.sh [RUNS] [TARGET...]
set -uo pipefail
cd "$(dirname "$0")"
runs=${1:-1000000}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(claim challenge openings npy store_object)
cargo=${CARGO:-cargo}

$cargo +nightly fuzz build --debug-assertions || exit 1
logs=$(mktemp -d)
# The store_object target rewrites an object file per execution: on tmpfs where there is one
# (about 2500 executions a second; 280 on this machine's ext4, which flushes a truncated file).
export VERITOR_FUZZ_DIR
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  VERITOR_FUZZ_DIR=$(mktemp -d -p /dev/shm)
else
  VERITOR_FUZZ_DIR=$(mktemp -d)
fi
trap 'rm -rf "$logs" "$VERITOR_FUZZ_DIR"' EXIT
failed=0
summary=()
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  dirs=("corpus/$t" "seeds/$t")
  [ -d "regressions/$t" ] && dirs+=("regressions/$t")
  before=$(find "artifacts/$t" -type f | wc -l)
  echo "=== fuzz $t: $runs executions"
  $cargo +nightly fuzz run --debug-assertions "$t" "${dirs[@]}" -- \
    -runs="$runs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"$logs/$t.log" 2>&1
  code=$?
  crashes=$(( $(find "artifacts/$t" -type f | wc -l) - before ))
  done_line=$(grep -a "^Done [0-9]* runs in" "$logs/$t.log" | tail -1)
  execs=$(grep -a "^stat::number_of_executed_units:" "$logs/$t.log" | tail -1 | awk '{print $2}')
  seconds=$(echo "$done_line" | awk '{print $5}')
  if [ "$code" -ne 0 ] || [ "$crashes" -ne 0 ] || [ -z "$done_line" ]; then
    failed=1
    tail -40 "$logs/$t.log"
    echo "fuzz: $t FAILED (exit $code, $crashes new files in fuzz/artifacts/$t)"
  fi
  summary+=("$(printf '%-13s %10s executions %6s s %3d crashes' "$t" "${execs:-?}" "${seconds:-?}" "$crashes")")
done
echo "=== fuzz summary ($runs runs per target)"
printf '%s\n' "${summary[@]}"
exit $failed
