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
#   BENCH_CAPTURE_ONLY=1 only the capture rows (no apply)
#   BENCH_APPLY_ONLY=1  only the apply rows: each compression's WIM is captured once, untimed, by
#                       wimlib-imagex, and both tools apply that same file
#   BENCH_CPU=1         also a row of user + system CPU seconds per benchmark, and every run's
#                       figures on stderr (lib.sh)
#   TMPDIR=/dev/shm     data and targets on tmpfs: takes the disk's file-creation noise out of the
#                       apply rows (the large tree needs ~5 GB there)
#   BENCH_TREE=<folder> capture this tree instead of generating one (read only; BENCH_MB and
#                       BENCH_FILES then only label the output)
#   BENCH_COMPRESSIONS="none:none:none fast:XPRESS:x max:LZX:l"  the compressions to run (ours:ref:tag)
#
# Each capture is compared twice: with `wimlib-imagex capture` as is, and with `wimlib-imagex capture`
# followed by `sync FILE`. Ours syncs the new file before it gets its name (WIMLIB_WRITE_FLAG_FSYNC,
# docs/DECISIONS.md) and wimlib-imagex does not sync a new file at all, so the second row is the
# like-for-like comparison and the first shows what the sync costs.
set -euo pipefail
BENCH_RUNS=${BENCH_RUNS:-3}
. "$(dirname "$0")/lib.sh"
BENCH_MB=${BENCH_MB:-100}
BENCH_FILES=${BENCH_FILES:-10000}

[ -x "$CLI" ] || { echo "wimbench-cli not found at $CLI (set BUILD or CLI)" >&2; exit 1; }
command -v wimlib-imagex >/dev/null || { echo "wimlib-imagex is not installed (apt install wimtools)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-capture.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
TREE=${BENCH_TREE:-$WORK/tree}
if [ -z "${BENCH_TREE:-}" ]; then
  echo "generating a ${BENCH_MB} MiB tree with ${BENCH_FILES} small files in $WORK ..." >&2
  python3 "$ROOT/bench/make_tree.py" "$TREE" --mb "$BENCH_MB" --files "$BENCH_FILES"
fi
TREE_BYTES=$(du -sb "$TREE" | cut -f1)
# wimlib-imagex capture on Linux excludes nothing by default; ours applies DISM's default list
# (none of those names is in the generated tree), so the same config is given to both.
printf '[ExclusionList]\n\\$ntfs.log\n\\hiberfil.sys\n\\pagefile.sys\n\\swapfile.sys\n\\System Volume Information\n\\RECYCLER\n\\$Recycle.Bin\n\\Windows\\CSC\n' >"$WORK/config.ini"

run() {
  echo "# capture and apply, $((TREE_BYTES / 1048576)) MiB tree ($BENCH_FILES small files)"
  machine_line
  table_header
  local o="$WORK/ours" r="$WORK/ref"
  mkdir -p "$o" "$r"
  local tags=()
  for c in ${BENCH_COMPRESSIONS:-none:none:none fast:XPRESS:x max:LZX:l}; do
    IFS=: read -r ours ref tag <<<"$c"
    tags+=("$tag")
    local capture_ours="rm -f '$o/$tag.wim'; '$CLI' /Capture-Image /ImageFile:'$o/$tag.wim' /CaptureDir:'$TREE' /Name:Bench /Compress:$ours /Quiet"
    local capture_ref="rm -f '$r/$tag.wim'; wimlib-imagex capture '$TREE' '$r/$tag.wim' Bench --compress=$ref --config='$WORK/config.ini'"
    if [ -n "${BENCH_APPLY_ONLY:-}" ]; then
      bash -c "$capture_ref" >/dev/null 2>&1 || { echo "FAILED: $capture_ref" >&2; return 1; }
      continue
    fi
    compare "capture $ref" "$capture_ours" "$capture_ref"
    compare "capture $ref (vs capture + sync FILE)" "$capture_ours" "$capture_ref && sync '$r/$tag.wim'"
  done
  local applied=()
  for tag in "${tags[@]}"; do
    [ -z "${BENCH_CAPTURE_ONLY:-}" ] || break
    compare "apply ($tag.wim) into a folder" \
      "'$CLI' /Apply-Image /ImageFile:'$r/$tag.wim' /Index:1 /ApplyDir:'$o/applied' /Quiet" \
      "wimlib-imagex apply '$r/$tag.wim' 1 '$r/applied'" \
      "rm -rf '$o/applied'; mkdir '$o/applied'" "rm -rf '$r/applied'; mkdir '$r/applied'"
    applied+=("$tag.wim: ours $(same_tree "$o/applied"), reference $(same_tree "$r/applied")")
  done
  rm -rf "$o/applied" "$r/applied"
  echo
  if [ -z "${BENCH_APPLY_ONLY:-}" ]; then
    echo "captured sizes (ours / reference, bytes):"
    for tag in "${tags[@]}"; do
      printf '  %-8s %12d / %12d\n' "$tag.wim" "$(stat -c %s "$o/$tag.wim")" "$(stat -c %s "$r/$tag.wim")"
    done
  fi
  for line in "${applied[@]}"; do echo "applied tree of $line"; done
}

# same_tree DIR: whether the last applied tree in DIR equals the source (diff -r).
same_tree() {
  if diff -r -q "$TREE" "$1" >/dev/null 2>&1; then echo "identical to the source (diff -r)"; else echo "DIFFERS from the source"; fi
}

if [ -n "${BENCH_RESULTS:-}" ]; then
  run | tee -a "$BENCH_RESULTS"
else
  run
fi
