#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Cancel latency of the solid LZMS (recovery) writes: wimbench-cli /Export-Image /Compress:recovery,
# /Capture-Image /Compress:recovery into a new .esd, and /Delete-Image of a solid file (whose rebuild
# compresses the kept image again) are interrupted with SIGINT (Ctrl+C) a few seconds into "Writing
# data"; measured is the time from the signal to the command's exit, and the first progress figure
# above 0 % (issue 19, defect 1). With OLD_CLI set, the same for another build (e.g. one from before
# the write helper) for comparison.
#
# usage: bench/bench_cancel.sh
#   BENCH_KINDS="export capture delete"   which writes to interrupt
#   BENCH_MB=480      size of the generated tree in MiB (issue 19's source was 480 MiB)
#   BENCH_RUNS=3      interrupted runs per command
#   CANCEL_AFTER=5    seconds after "Writing data" appears before the interrupt
#   BUILD=<dir> or CLI=<path of wimbench-cli>; OLD_CLI=<path> for the comparison row
set -euo pipefail
BENCH_RUNS=${BENCH_RUNS:-3}
. "$(dirname "$0")/lib.sh"
BENCH_MB=${BENCH_MB:-480}
CANCEL_AFTER=${CANCEL_AFTER:-5}
[ -x "$CLI" ] || { echo "wimbench-cli not found at $CLI (set BUILD or CLI)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-cancel.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
echo "generating a ${BENCH_MB} MiB tree in $WORK ..." >&2
BENCH_KINDS=${BENCH_KINDS:-export capture delete}
python3 "$ROOT/bench/make_tree.py" "$WORK/tree" --mb "$BENCH_MB" --files 2000
wimlib-imagex capture "$WORK/tree" "$WORK/src.wim" "Bench" --compress=none >/dev/null
if [[ " $BENCH_KINDS " == *" delete "* ]]; then
  # Two images in one solid resource, written quickly with XPRESS: deleting the second makes the
  # rebuild compress the first again, with LZMS in 64 MiB chunks.
  mkdir -p "$WORK/small/Windows" && head -c 4M /dev/urandom >"$WORK/small/Windows/small.bin"
  cp "$WORK/src.wim" "$WORK/two.wim"
  wimlib-imagex append "$WORK/small" "$WORK/two.wim" "Small" >/dev/null
  wimlib-imagex export "$WORK/two.wim" all "$WORK/two.esd" --solid --solid-compress=XPRESS --compress=XPRESS >/dev/null
  rm -rf "$WORK/two.wim" "$WORK/small"
fi
[[ " $BENCH_KINDS " == *" capture "* ]] || rm -rf "$WORK/tree"

# args KIND: the command line of one interrupted write; its output goes to $WORK/out
args() {
  case $1 in
    export) echo /Export-Image /SourceImageFile:"$WORK/src.wim" /SourceIndex:1 /DestinationImageFile:"$WORK/out/out.esd" /Compress:recovery ;;
    capture) echo /Capture-Image /ImageFile:"$WORK/out/out.esd" /CaptureDir:"$WORK/tree" /Name:Bench /Compress:recovery ;;
    delete) echo /Delete-Image /ImageFile:"$WORK/out/two.esd" /Index:2 ;;
  esac
}

# one_run KIND CLI: prints "<latency s> <first progress above 0 %, s after Writing data> <percent at
# the interrupt> <files left that were not there before>"
one_run() {
  local kind=$1 cli=$2 err="$WORK/err" t0 tw tp="" ti te pct
  rm -rf "$WORK/out" "$err" && mkdir "$WORK/out"
  [ "$kind" = delete ] && cp "$WORK/two.esd" "$WORK/out/two.esd"
  local before
  before=$(ls -A "$WORK/out" | wc -l)
  t0=$(date +%s%N)
  # shellcheck disable=SC2046 # the paths have no spaces (mktemp)
  "$cli" $(args "$kind") 2>"$err" >/dev/null &
  local pid=$!
  until grep -q "Writing data" "$err" 2>/dev/null; do sleep 0.05; done
  tw=$(date +%s%N)
  while (( $(date +%s%N) - tw < CANCEL_AFTER * 1000000000 )); do
    [ -z "$tp" ] && grep -qE '\[ *([1-9][0-9]*\.[0-9]|0\.[1-9])%\] Writing data' "$err" && tp=$(date +%s%N)
    sleep 0.05
  done
  pct=$(grep -oE '\[ *[0-9.]+%\] Writing data' "$err" | tail -1 | grep -oE '[0-9.]+%' || echo "0%")
  ti=$(date +%s%N)
  kill -INT "$pid"
  wait "$pid" || true
  te=$(date +%s%N)
  local left
  left=$(( $(ls -A "$WORK/out" | wc -l) - before ))
  [ "$kind" = delete ] && ! cmp -s "$WORK/two.esd" "$WORK/out/two.esd" && left="changed"
  awk -v i="$ti" -v e="$te" -v w="$tw" -v p="${tp:-0}" -v pct="$pct" -v left="$left" 'BEGIN {
    printf "%.3f %s %s %s\n", (e - i) / 1e9, (p > 0 ? sprintf("%.1f", (p - w) / 1e9) : "none"), pct, left }'
}

report() {
  local label=$1 kind=$2 cli=$3 lat=() line
  for ((r = 0; r < BENCH_RUNS; r++)); do
    line=$(one_run "$kind" "$cli")
    echo "  $label run $((r + 1)): cancel latency ${line%% *} s; first progress above 0 % after $(echo "$line" | cut -d' ' -f2) s; at the interrupt $(echo "$line" | cut -d' ' -f3); files left $(echo "$line" | cut -d' ' -f4)"
    lat+=("${line%% *}")
  done
  printf '| %-40s | %8s |\n' "$label" "$(printf '%s\n' "${lat[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR%2)? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')"
}

echo "# cancel latency, solid LZMS writes of a $(( $(stat -c %s "$WORK/src.wim") / 1048576 )) MiB uncompressed source, SIGINT ${CANCEL_AFTER} s into Writing data"
machine_line
printf '| %-40s | %8s |\n|%s|%s|\n' "command" "median s" "------------------------------------------" "----------"
for kind in $BENCH_KINDS; do
  report "$kind: wimbench-cli (this build)" "$kind" "$CLI"
  [ -n "${OLD_CLI:-}" ] && report "$kind: wimbench-cli (OLD_CLI)" "$kind" "$OLD_CLI"
done
exit 0
