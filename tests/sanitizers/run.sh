#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (issue 10).
#   bash tests/sanitizers/run.sh [build dir] [extra ctest arguments...]   (default build-asan)
# Builds everything with -DWIMBENCH_SANITIZE=ON (gcc, -O1 -g), then runs ctest. Every process the
# tests start (the CLI, the detached mount helper, the GUI) inherits the options below.
# AddressSanitizer and LeakSanitizer reports go to <build>/sanitizer-reports/ and the run fails when
# any was written, so an error in a child whose exit status a test expects to be 1, or in the
# mount helper that nobody waits for, is not lost. UndefinedBehaviorSanitizer stops the process at
# the first report (-fno-sanitize-recover) with exit status 98, which no test accepts; gcc's UBSan
# prints to stderr whatever log_path says. Leaks are checked with the suppressions in lsan.supp.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$ROOT/build-asan}
shift || true
REPORTS="$BUILD/sanitizer-reports"

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DWIMBENCH_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1"
cmake --build "$BUILD"

rm -rf "$REPORTS"
mkdir -p "$REPORTS"
export ASAN_OPTIONS="detect_leaks=1:exitcode=99:log_path=$REPORTS/asan:check_initialization_order=1:strict_string_checks=1:detect_invalid_pointer_pairs=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=98"
export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"

status=0
ctest --test-dir "$BUILD" --output-on-failure "$@" || status=$?

shopt -s nullglob
reports=("$REPORTS"/*)
if ((${#reports[@]})); then
  echo "Sanitizer reports (${#reports[@]}):"
  for r in "${reports[@]}"; do
    echo "=== $r"
    head -60 "$r"
  done
  status=1
fi
if ((status == 0)); then
  echo "Sanitizers: the whole suite passed with no report."
fi
exit $status
