#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Export and split: wimbench-cli /Export-Image and /Split-Image vs wimlib-imagex export / split on
# the same generated Windows-like image, for XPRESS, LZX, solid LZMS and a split into parts.
# Prints median wall time of BENCH_RUNS runs (after a warm-up), ratio ours/reference and peak
# memory (maximum resident set size from /usr/bin/time).
#
# usage: bench/bench_export.sh
#   BENCH_MB=200      size of the generated tree in MiB (~1024 for the large run)
#   BENCH_FILES=20000 number of small files in it
#   BENCH_RUNS=3      timed runs per command
#   SPLIT_MB=64       part size for the split benchmark
#   BENCH_LZMS=1      0 skips the solid LZMS row (about 5 minutes per run per tool at 1 GiB)
#   BUILD=<dir> or CLI=<path of wimbench-cli>
#   BENCH_RESULTS=<file> also append the table to this file
set -euo pipefail
BENCH_RUNS=${BENCH_RUNS:-3}
. "$(dirname "$0")/lib.sh"
BENCH_MB=${BENCH_MB:-200}
BENCH_FILES=${BENCH_FILES:-20000}
SPLIT_MB=${SPLIT_MB:-64}

[ -x "$CLI" ] || { echo "wimbench-cli not found at $CLI (set BUILD or CLI)" >&2; exit 1; }
command -v wimlib-imagex >/dev/null || { echo "wimlib-imagex is not installed (apt install wimtools)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-export.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
echo "generating a ${BENCH_MB} MiB tree with ${BENCH_FILES} small files in $WORK ..." >&2
python3 "$ROOT/bench/make_tree.py" "$WORK/tree" --mb "$BENCH_MB" --files "$BENCH_FILES"
# Uncompressed source: every export below has to compress all of the data.
wimlib-imagex capture "$WORK/tree" "$WORK/src.wim" "Bench" --compress=none >/dev/null
# LZX source for the split benchmark (DISM splits ordinary compressed WIMs).
wimlib-imagex capture "$WORK/tree" "$WORK/lzx.wim" "Bench" --compress=LZX >/dev/null
rm -rf "$WORK/tree"
SRC_BYTES=$(stat -c %s "$WORK/src.wim")

run() {
  echo "# export and split, $((SRC_BYTES / 1048576)) MiB uncompressed source ($BENCH_FILES small files)"
  machine_line
  table_header
  local o="$WORK/ours" r="$WORK/ref"
  mkdir -p "$o" "$r"
  compare "export XPRESS (fast)" \
    "rm -f '$o/x.wim'; '$CLI' /Export-Image /SourceImageFile:'$WORK/src.wim' /SourceIndex:1 /DestinationImageFile:'$o/x.wim' /Compress:fast /Quiet" \
    "rm -f '$r/x.wim'; wimlib-imagex export '$WORK/src.wim' 1 '$r/x.wim' --compress=XPRESS"
  compare "export LZX (max)" \
    "rm -f '$o/l.wim'; '$CLI' /Export-Image /SourceImageFile:'$WORK/src.wim' /SourceIndex:1 /DestinationImageFile:'$o/l.wim' /Compress:max /Quiet" \
    "rm -f '$r/l.wim'; wimlib-imagex export '$WORK/src.wim' 1 '$r/l.wim' --compress=LZX"
  if [ "${BENCH_LZMS:-1}" != 0 ]; then
    compare "export LZMS solid (recovery)" \
      "rm -f '$o/s.esd'; '$CLI' /Export-Image /SourceImageFile:'$WORK/src.wim' /SourceIndex:1 /DestinationImageFile:'$o/s.esd' /Compress:recovery /Quiet" \
      "rm -f '$r/s.esd'; wimlib-imagex export '$WORK/src.wim' 1 '$r/s.esd' --solid"
  fi
  compare "split LZX into ${SPLIT_MB} MB parts" \
    "rm -f '$o'/p*.swm; '$CLI' /Split-Image /ImageFile:'$WORK/lzx.wim' /SWMFile:'$o/p.swm' /FileSize:$SPLIT_MB /Quiet" \
    "rm -f '$r'/p*.swm; wimlib-imagex split '$WORK/lzx.wim' '$r/p.swm' $SPLIT_MB"
  echo
  echo "output sizes (ours / reference, bytes):"
  for f in x.wim l.wim s.esd; do
    [ -f "$o/$f" ] || continue
    printf '  %-6s %12d / %12d\n' "$f" "$(stat -c %s "$o/$f")" "$(stat -c %s "$r/$f")"
  done
  printf '  %-6s %12d / %12d parts\n' "swm" "$(ls "$o"/p*.swm | wc -l)" "$(ls "$r"/p*.swm | wc -l)"
}

if [ -n "${BENCH_RESULTS:-}" ]; then
  run | tee -a "$BENCH_RESULTS"
else
  run
fi
