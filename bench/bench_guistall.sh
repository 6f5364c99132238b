#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# GUI responsiveness: the longest event-loop stall (and the 99th percentile) of a 10 ms timer on the
# GUI thread while an export runs on the engine with its progress shown on a progress bar, and on
# the idle loop for comparison. Runs tests/ui/tst_guistall (offscreen) on a generated uncompressed
# WIM of the make_tree.py kind; prints milliseconds. No reference tool: wimlib has no GUI.
#
# usage: bench/bench_guistall.sh
#   BENCH_MB=100       size of the generated tree in MiB
#   BENCH_FILES=5000   small files in it
#   STALL_COMPRESS="fast max"   compressions to export with (fast, max, recovery)
#   BUILD=<dir> (the test binary is built there: cmake --build <dir> --target ui_tst_guistall)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
BENCH_MB=${BENCH_MB:-100}
BENCH_FILES=${BENCH_FILES:-5000}
STALL_COMPRESS=${STALL_COMPRESS:-fast max}
TEST=${STALL_TEST:-$BUILD/tests/ui_tst_guistall}
[ -x "$TEST" ] || { echo "$TEST not found: cmake --build $BUILD --target ui_tst_guistall" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-guistall.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
python3 "$ROOT/bench/make_tree.py" "$WORK/tree" --mb "$BENCH_MB" --files "$BENCH_FILES"
wimlib-imagex capture "$WORK/tree" "$WORK/src.wim" "Bench" --compress=none >/dev/null
rm -rf "$WORK/tree"

run() {
  echo "# GUI responsiveness: 10 ms timer lateness on the GUI thread during an export of a $(( $(stat -c %s "$WORK/src.wim") / 1048576 )) MiB uncompressed WIM ($BENCH_FILES small files)"
  machine_line
  for c in $STALL_COMPRESS; do
    QT_QPA_PLATFORM=offscreen WIMBENCH_BENCH_STALL="$WORK/src.wim" WIMBENCH_BENCH_STALL_COMPRESS=$c \
      "$TEST" 2>&1 | sed -n 's/.*BENCH stall /  /p'
  done
}

if [ -n "${BENCH_RESULTS:-}" ]; then
  run | tee -a "$BENCH_RESULTS"
else
  run
fi
