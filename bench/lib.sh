# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared helpers for the benchmark scripts: timing with medians, peak memory, ratio lines.
# Source it: . "$(dirname "$0")/lib.sh"

BENCH_RUNS=${BENCH_RUNS:-5}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$ROOT/build}
CLI=${CLI:-$BUILD/bin/wimbench-cli}
export XDG_STATE_HOME=${XDG_STATE_HOME:-$(mktemp -d)}

# measure NAME CMD...: runs CMD $BENCH_RUNS times (after one warm-up), sets
# MEDIAN_S (seconds, median wall time) and PEAK_KB (max resident set size seen).
# With BENCH_PREP set, `bash -c "$BENCH_PREP"` runs (untimed) before every run, e.g. to give each
# run a fresh copy of its input or to mount what the timed command reads.
measure() {
  local name=$1; shift
  local times=() peak=0 out
  prep "$name" || return 1
  "$@" >/dev/null 2>&1 || { echo "FAILED: $name: $*" >&2; return 1; }
  for ((i = 0; i < BENCH_RUNS; i++)); do
    prep "$name" || return 1
    # Wall time from the shell's nanosecond clock (/usr/bin/time's %e has 10 ms steps, too coarse
    # for the commands that take a few tens of milliseconds); peak RSS from /usr/bin/time.
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -o "$XDG_STATE_HOME/.time" -f "%M" "$@" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    out=$(tail -1 "$XDG_STATE_HOME/.time")
    times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')")
    local kb=$out
    (( kb > peak )) && peak=$kb
  done
  MEDIAN_S=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR%2)? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
  PEAK_KB=$peak
}

prep() {
  [ -z "${BENCH_PREP:-}" ] && return 0
  bash -c "$BENCH_PREP" >/dev/null 2>&1 || { echo "FAILED: preparing $1: $BENCH_PREP" >&2; return 1; }
}

# compare LABEL "OURS CMD" "REFERENCE CMD" ["OURS PREP" "REFERENCE PREP"]: measures both and prints
# one result row. The optional PREP commands run untimed before every run of the matching side.
compare() {
  local label=$1 ours=$2 ref=$3 oprep=${4:-} rprep=${5:-}
  BENCH_PREP=$oprep measure "$label (ours)" bash -c "$ours" || return 1
  local os=$MEDIAN_S okb=$PEAK_KB
  BENCH_PREP=$rprep measure "$label (reference)" bash -c "$ref" || return 1
  local rs=$MEDIAN_S rkb=$PEAK_KB
  COMPARE_OURS_S=$os COMPARE_REF_S=$rs # for a script's own summary line
  local ratio mratio
  ratio=$(awk -v a="$os" -v b="$rs" 'BEGIN { if (b <= 0) b = 0.005; printf "%.2f", a / b }')
  mratio=$(awk -v a="$okb" -v b="$rkb" 'BEGIN { printf "%.2f", a / b }')
  printf "| %-40s | %8.3f | %8.3f | %6s | %8d | %8d | %6s |\n" "$label" "$os" "$rs" "$ratio" "$okb" "$rkb" "$mratio"
}

table_header() {
  printf '| %-40s | %8s | %8s | %6s | %8s | %8s | %6s |\n' "benchmark" "ours s" "ref s" "ratio" "ours KB" "ref KB" "mem r"
  printf '|%s|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..42})" "----------" "----------" "--------" "----------" "----------" "--------"
}

machine_line() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); date: $(date -u '+%F %H:%M UTC'); load: $(cut -d' ' -f1-3 /proc/loadavg); runs: $BENCH_RUNS (median)"
}

# mb_per_s BYTES SECONDS: throughput in MB/s (10^6 bytes).
mb_per_s() {
  awk -v b="$1" -v s="$2" 'BEGIN { if (s <= 0) s = 0.001; printf "%.1f", b / 1e6 / s }'
}
