#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The log viewer on a large log: time to the first screen and to the full index (the LogView
# driven offscreen by tests/ui/tst_logview's benchmarkLargeLog), and the command line filter
# (/Get-LogEntries) against grep on the same file. grep counts (-c) into a pipe: even with -c, GNU grep
# stops at the first match when its output is /dev/null (what measure gives it).
# usage: bench/bench_logview.sh [MB]   (default 200; BUILD=<build dir>, BENCH_RUNS=<n>)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
MB=${1:-200}
BENCH_RUNS=${BENCH_RUNS:-3}
VIEW_TEST=${VIEW_TEST:-$BUILD/tests/ui_tst_logview}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 "$ROOT/bench/make_log.py" "$WORK/big.log" --mb "$MB"
python3 "$ROOT/bench/make_log.py" "$WORK/big16.log" --mb "$MB" --utf16
echo "# log viewer: ${MB} MB generated log ($(wc -l < "$WORK/big.log") lines)"
machine_line

for f in big.log big16.log; do
  QT_QPA_PLATFORM=offscreen WIMBENCH_BENCH_LOG="$WORK/$f" "$VIEW_TEST" benchmarkLargeLog 2>&1 \
    | sed -n 's/.*BENCH /'"$f"': /p'
done

table_header
compare "errors only (/Level:Error)" "'$CLI' /Get-LogEntries /LogFile:'$WORK/big.log' /Level:Error" \
  "grep -cE '^[0-9-]{10} [0-9:]{8}, Error ' '$WORK/big.log' | cat"
compare "regex (/Match:hr:0x8007000[0-3])" "'$CLI' /Get-LogEntries /LogFile:'$WORK/big.log' '/Match:hr:0x8007000[0-3]'" \
  "grep -ciE 'hr:0x8007000[0-3]' '$WORK/big.log' | cat"
compare "UTF-16 errors only" "'$CLI' /Get-LogEntries /LogFile:'$WORK/big16.log' /Level:Error" \
  "iconv -f UTF-16 -t UTF-8 '$WORK/big16.log' | grep -cE '^[0-9-]{10} [0-9:]{8}, Error ' | cat"
