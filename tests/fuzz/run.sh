#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every fuzz target for a bounded time: bash tests/fuzz/run.sh [seconds-per-target] [target...]
# Builds first (tests/fuzz/build.sh, build dir $FUZZ_BUILD or <repo>/build-fuzz). Each target
# starts from a copy of its seed corpus (tests/fuzz/corpus/<target>/ plus regressions/<target>/)
# in the work folder, so the sources stay unchanged; crash, leak, timeout and out-of-memory inputs
# are saved in <work>/crashes-<UTC time>/<target>/. Exits 1 when any target found one, 0 otherwise.
# Environment: FUZZ_BUILD, FUZZ_WORK (default <build>/fuzz-work), FUZZ_NO_BUILD=1 (use the built targets as they are).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
seconds="${1:-60}"
shift || true
build="${FUZZ_BUILD:-$repo/build-fuzz}"
work="${FUZZ_WORK:-$build/fuzz-work}"

if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
  bash "$here/build.sh" "$build" || { echo "run.sh: build failed" >&2; exit 2; }
fi

if [ $# -gt 0 ]; then
  targets=("$@")
else
  targets=()
  for src in "$here"/fuzz_*.cpp; do
    n="$(basename "$src" .cpp)"; targets+=("${n#fuzz_}")
  done
fi

# Longest input worth trying, per target.
max_len() {
  case "$1" in
    commandline) echo 1024 ;;
    entry_name) echo 512 ;;
    package) echo 200000 ;;
    blockmap) echo 32768 ;;
    *) echo 16384 ;;
  esac
}

export TZ=UTC
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
stamp="$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$work"
summary="$work/summary-$stamp.txt"
: > "$summary"
failed=0
for t in "${targets[@]}"; do
  bin="$build/fuzz/fuzz_$t"
  if [ ! -x "$bin" ]; then echo "run.sh: no target $bin" >&2; failed=1; continue; fi
  corpus="$work/corpus/$t"
  crashes="$work/crashes-$stamp/$t"
  mkdir -p "$corpus" "$crashes"
  cp -n "$here/corpus/$t/"* "$corpus/" 2>/dev/null || true
  [ -d "$here/regressions/$t" ] && cp -n "$here/regressions/$t/"* "$corpus/" 2>/dev/null
  log="$work/$t.log"
  echo "== fuzz_$t: ${seconds}s, -max_len=$(max_len "$t"), log $log"
  "$bin" "$corpus" -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=25 -rss_limit_mb=2048 \
    -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  stats="$(grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)' "$log" | awk '{print $1 $2}' | tr '\n' ' ')"
  cov="$(grep -E '^#[0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*')"
  found="$(ls -A "$crashes" | wc -l)"
  echo "fuzz_$t rc=$rc seconds=$seconds $cov $stats artifacts=$found" | tee -a "$summary"
  if [ "$rc" -ne 0 ] || [ "$found" -ne 0 ]; then
    failed=1
    echo "   !! fuzz_$t found a problem; inputs in $crashes, log $log" >&2
    grep -m3 -E 'ERROR: |invariant violated|runtime error' "$log" >&2
  fi
done
echo "summary: $summary"
if [ "$failed" -ne 0 ]; then
  echo "run.sh: at least one target crashed; inputs saved under $work/crashes-$stamp" >&2
  exit 1
fi
echo "run.sh: no crashes"
