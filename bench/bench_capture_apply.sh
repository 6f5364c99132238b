#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Capture and apply: wimbench-cli /Capture-Image and /Apply-Image vs wimlib-imagex capture / apply
# on the same generated Windows-like tree, for no compression, XPRESS and LZX. Prints median wall
# time of BENCH_RUNS runs (after a warm-up), ratio ours/reference, peak memory, and the sizes of the
# captured files (ours / reference; they should be identical).
#
# usage: bench/bench_capture_apply.sh
#   BENCH_MB=100      size of the generated tree in MiB (~1024 for the large run)
#   BENCH_FILES=10000 number of small files in it
#   BENCH_RUNS=3      timed runs per command
#   BUILD=<dir> or CLI=<path of wimbench-cli>
#   BENCH_RESULTS=<file> also append the table to this file
#   BENCH_CAPTURE_ONLY=1 only the three capture rows (no apply)
set -euo pipefail
BENCH_RUNS=${BENCH_RUNS:-3}
. "$(dirname "$0")/lib.sh"
BENCH_MB=${BENCH_MB:-100}
BENCH_FILES=${BENCH_FILES:-10000}

[ -x "$CLI" ] || { echo "wimbench-cli not found at $CLI (set BUILD or CLI)" >&2; exit 1; }
command -v wimlib-imagex >/dev/null || { echo "wimlib-imagex is not installed (apt install wimtools)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-capture.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
echo "generating a ${BENCH_MB} MiB tree with ${BENCH_FILES} small files in $WORK ..." >&2
python3 "$ROOT/bench/make_tree.py" "$WORK/tree" --mb "$BENCH_MB" --files "$BENCH_FILES"
TREE_BYTES=$(du -sb "$WORK/tree" | cut -f1)
# wimlib-imagex capture on Linux excludes nothing by default; ours applies DISM's default list
# (none of those names is in the generated tree), so the same config is given to both.
printf '[ExclusionList]\n\\$ntfs.log\n\\hiberfil.sys\n\\pagefile.sys\n\\swapfile.sys\n\\System Volume Information\n\\RECYCLER\n\\$Recycle.Bin\n\\Windows\\CSC\n' >"$WORK/config.ini"

run() {
  echo "# capture and apply, $((TREE_BYTES / 1048576)) MiB tree ($BENCH_FILES small files)"
  machine_line
  table_header
  local o="$WORK/ours" r="$WORK/ref"
  mkdir -p "$o" "$r"
  for c in none:none:none fast:XPRESS:x max:LZX:l; do
    IFS=: read -r ours ref tag <<<"$c"
    compare "capture $ref" \
      "rm -f '$o/$tag.wim'; '$CLI' /Capture-Image /ImageFile:'$o/$tag.wim' /CaptureDir:'$WORK/tree' /Name:Bench /Compress:$ours /Quiet" \
      "rm -f '$r/$tag.wim'; wimlib-imagex capture '$WORK/tree' '$r/$tag.wim' Bench --compress=$ref --config='$WORK/config.ini'"
  done
  for tag in none x l; do
    [ -z "${BENCH_CAPTURE_ONLY:-}" ] || break
    compare "apply ($tag.wim) into a folder" \
      "'$CLI' /Apply-Image /ImageFile:'$r/$tag.wim' /Index:1 /ApplyDir:'$o/applied' /Quiet" \
      "wimlib-imagex apply '$r/$tag.wim' 1 '$r/applied'" \
      "rm -rf '$o/applied'; mkdir '$o/applied'" "rm -rf '$r/applied'; mkdir '$r/applied'"
  done
  echo
  echo "captured sizes (ours / reference, bytes):"
  for tag in none x l; do
    printf '  %-8s %12d / %12d\n' "$tag.wim" "$(stat -c %s "$o/$tag.wim")" "$(stat -c %s "$r/$tag.wim")"
  done
  [ -z "${BENCH_CAPTURE_ONLY:-}" ] || return 0
  if diff -r -q "$WORK/tree" "$o/applied" >/dev/null; then echo "applied tree: identical to the source (diff -r)"; else echo "applied tree: DIFFERS from the source"; fi
}

if [ -n "${BENCH_RESULTS:-}" ]; then
  run | tee -a "$BENCH_RESULTS"
else
  run
fi
