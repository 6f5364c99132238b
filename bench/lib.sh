# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared helpers for the benchmark scripts: timing with medians, peak memory, ratio lines.
# Source it: . "$(dirname "$0")/lib.sh"

BENCH_RUNS=${BENCH_RUNS:-5}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$ROOT/build}
CLI=${CLI:-$BUILD/bin/wimbench-cli}
# Our mount registry and log go to one state folder shared by every benchmark run (a new mktemp
# folder per run was left behind each time), unless the caller gives its own.
export XDG_STATE_HOME=${XDG_STATE_HOME:-${TMPDIR:-/tmp}/wimbench-bench-state}
mkdir -p "$XDG_STATE_HOME"

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
    timed_run "$@"
    times+=("$RUN_S")
    (( RUN_KB > peak )) && peak=$RUN_KB
  done
  MEDIAN_S=$(median "${times[@]}")
  PEAK_KB=$peak
}

prep() {
  [ -z "${BENCH_PREP:-}" ] && return 0
  bash -c "$BENCH_PREP" >/dev/null 2>&1 || { echo "FAILED: preparing $1: $BENCH_PREP" >&2; return 1; }
}

# median SECONDS...: the median of the arguments.
median() {
  printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2)? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'
}

# timed_run CMD...: runs CMD once, sets RUN_S (wall seconds), RUN_KB (peak resident set size) and
# RUN_CPU (user + system seconds of CMD and its children, which a loaded machine changes much less
# than the wall time).
timed_run() {
  local t0 t1
  t0=$(date +%s%N)
  /usr/bin/time -o "$XDG_STATE_HOME/.time" -f "%M %U %S" "$@" >/dev/null 2>&1 || true
  t1=$(date +%s%N)
  RUN_S=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')
  read -r RUN_KB RUN_CPU < <(tail -1 "$XDG_STATE_HOME/.time" | awk '{ printf "%d %.2f\n", $1, $2 + $3 }')
}

# compare LABEL "OURS CMD" "REFERENCE CMD" ["OURS PREP" "REFERENCE PREP"]: measures both and prints
# one result row. The optional PREP commands run untimed before every run of the matching side.
# With BENCH_CPU=1 a second row follows with the medians of user + system CPU seconds, and every
# run's wall and CPU seconds go to stderr (the raw figures).
# The two sides alternate run by run (ours, reference, ours, ...) after one warm-up each, so a change
# of machine load (other builds) falls on both sides alike instead of on one batch.
compare() {
  local label=$1 ours=$2 ref=$3 oprep=${4:-} rprep=${5:-}
  local otimes=() rtimes=() ocpu=() rcpu=() okb=0 rkb=0 i
  BENCH_PREP=$oprep prep "$label (ours)" || return 1
  bash -c "$ours" >/dev/null 2>&1 || { echo "FAILED: $label (ours): $ours" >&2; return 1; }
  BENCH_PREP=$rprep prep "$label (reference)" || return 1
  bash -c "$ref" >/dev/null 2>&1 || { echo "FAILED: $label (reference): $ref" >&2; return 1; }
  for ((i = 0; i < BENCH_RUNS; i++)); do
    BENCH_PREP=$oprep prep "$label (ours)" || return 1
    timed_run bash -c "$ours"
    otimes+=("$RUN_S"); ocpu+=("$RUN_CPU"); (( RUN_KB > okb )) && okb=$RUN_KB
    raw_line "$label" ours
    BENCH_PREP=$rprep prep "$label (reference)" || return 1
    timed_run bash -c "$ref"
    rtimes+=("$RUN_S"); rcpu+=("$RUN_CPU"); (( RUN_KB > rkb )) && rkb=$RUN_KB
    raw_line "$label" reference
  done
  local os rs ratio mratio
  os=$(median "${otimes[@]}")
  rs=$(median "${rtimes[@]}")
  COMPARE_OURS_S=$os COMPARE_REF_S=$rs # for a script's own summary line
  ratio=$(awk -v a="$os" -v b="$rs" 'BEGIN { if (b <= 0) b = 0.005; printf "%.2f", a / b }')
  mratio=$(awk -v a="$okb" -v b="$rkb" 'BEGIN { printf "%.2f", a / b }')
  printf "| %-40s | %8.3f | %8.3f | %6s | %8d | %8d | %6s |\n" "$label" "$os" "$rs" "$ratio" "$okb" "$rkb" "$mratio"
  [ -n "${BENCH_CPU:-}" ] || return 0
  os=$(median "${ocpu[@]}")
  rs=$(median "${rcpu[@]}")
  ratio=$(awk -v a="$os" -v b="$rs" 'BEGIN { if (b <= 0) b = 0.005; printf "%.2f", a / b }')
  printf "| %-40s | %8.3f | %8.3f | %6s | %8s | %8s | %6s |\n" "  same, CPU s (user + system)" "$os" "$rs" "$ratio" "" "" ""
}

# raw_line LABEL SIDE: one run's figures on stderr when BENCH_CPU is set.
raw_line() {
  [ -n "${BENCH_CPU:-}" ] || return 0
  echo "raw: $1 | $2 | wall $RUN_S | cpu $RUN_CPU | load $(cut -d' ' -f1 /proc/loadavg)" >&2
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
