#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark in one go and keeps the output in bench/last-run.txt (the numbers
# bench/RESULTS.md is written from). Build first: cmake --build <dir> --target wimbench-cli
# wimbench-mount-helper ui_tst_guistall ui_tst_logview wimbench-sign-tool.
#
# usage: bench/run_all.sh
#   BUILD=<build dir>      default: build/ next to bench/
#   BENCH_SCALE=small      (default) modest data, ~10 minutes on 2 quiet cores
#   BENCH_SCALE=large      what issue 9 asks for: ~1 GB trees, 100 MB bundles, 200 MB logs
#                          (solid LZMS export left out unless BENCH_LZMS=1: ~40 minutes alone)
#   BENCH_RUNS=3           timed runs per command (median)
#   BENCH_ONLY="mount provision"   run only these (info export capture mount provision signature optimize guistall logview hive inventory)
# Any variable of a single script (BENCH_MB, BUNDLE_MB, ...) set in the environment wins.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
export BUILD=${BUILD:-$(cd "$HERE/.." && pwd)/build}
export BENCH_RUNS=${BENCH_RUNS:-3}
SCALE=${BENCH_SCALE:-small}
OUT=${BENCH_OUT:-$HERE/last-run.txt}
ONLY=${BENCH_ONLY:-info export capture mount provision signature optimize guistall logview hive inventory}

if [ "$SCALE" = large ]; then
  EXPORT_MB=1024 MOUNT_MB=1024 STALL_MB=1024 TREE_FILES=100000 BUNDLE=100 APPS=6 APPMB=40 SHARED=25 LOG_MB=200
  export BENCH_LZMS=${BENCH_LZMS:-0}
else
  EXPORT_MB=64 MOUNT_MB=128 STALL_MB=200 TREE_FILES=10000 BUNDLE=100 APPS=4 APPMB=24 SHARED=16 LOG_MB=100
fi

: > "$OUT"
echo "# bench/run_all.sh, scale $SCALE, $(date -u '+%F %H:%M UTC'), build $BUILD" | tee -a "$OUT"
echo "# $(nproc) cores, $(free -m | awk '/Mem:/ {print $2}') MiB RAM, kernel $(uname -r), load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"
failed=()
step() {
  local name=$1; shift
  case " $ONLY " in *" $name "*) ;; *) return 0 ;; esac
  echo | tee -a "$OUT"
  local t0=$SECONDS
  if ! env "$@" >>"$OUT.part" 2>&1; then failed+=("$name"); fi
  cat "$OUT.part" | tee -a "$OUT"; rm -f "$OUT.part"
  echo "($name took $((SECONDS - t0)) s)" | tee -a "$OUT"
}
step info     FILES=${FILES:-100000} bash "$HERE/bench_info.sh"
step export   BENCH_MB=${BENCH_MB:-$EXPORT_MB} BENCH_FILES=${BENCH_FILES:-$TREE_FILES} bash "$HERE/bench_export.sh"
step capture  BENCH_MB=${BENCH_MB:-$EXPORT_MB} BENCH_FILES=${BENCH_FILES:-$TREE_FILES} bash "$HERE/bench_capture_apply.sh"
step mount    BENCH_MB=${BENCH_MB:-$MOUNT_MB} BENCH_FILES=${BENCH_FILES:-$TREE_FILES} bash "$HERE/bench_mount.sh"
step provision BUNDLE_MB=${BUNDLE_MB:-$BUNDLE} bash "$HERE/bench_provision.sh"
step signature SIGN_MB=${SIGN_MB:-$BUNDLE} bash "$HERE/bench_signature.sh"
step optimize BENCH_APPS=${BENCH_APPS:-$APPS} APP_MB=${APP_MB:-$APPMB} SHARED_MB=${SHARED_MB:-$SHARED} bash "$HERE/bench_optimize.sh"
step guistall BENCH_MB=${BENCH_MB:-$STALL_MB} BENCH_FILES=${BENCH_FILES:-$TREE_FILES} bash "$HERE/bench_guistall.sh"
step logview  bash "$HERE/bench_logview.sh" "${LOG_MB_ARG:-$LOG_MB}"
step hive     bash "$HERE/bench_hive.sh"
step inventory BENCH_MB=${BENCH_MB:-$MOUNT_MB} BENCH_FILES=${BENCH_FILES:-$TREE_FILES} bash "$HERE/bench_inventory.sh"
echo | tee -a "$OUT"
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]} (see $OUT)" | tee -a "$OUT"
  exit 1
fi
echo "all benchmarks finished; output in $OUT" | tee -a "$OUT"
