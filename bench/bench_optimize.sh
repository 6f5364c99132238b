#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Optimize: /Image:<dir> /Optimize-ProvisionedAppxPackages (hard-links identical files of the
# provisioned apps) vs hardlink (util-linux) on identical copies of the same provisioned tree.
# The tree: BENCH_APPS bundles provisioned into one offline image folder, each app shipping the same
# SHARED_MB MiB "runtime" next to its own payload. Every run gets a fresh copy of the tree.
# hardlink runs with -c (content only: the copies' times and modes may differ, as our optimize
# ignores them too) on the folder the packages were provisioned into.
#
# usage: bench/bench_optimize.sh
#   BENCH_APPS=4     bundles to provision
#   APP_MB=12        payload of each app in MiB (SHARED_MB of it shared)
#   SHARED_MB=8
#   BENCH_RUNS=3, BUILD=<dir> or CLI=<path of wimbench-cli>
set -euo pipefail
BENCH_RUNS=${BENCH_RUNS:-3}
. "$(dirname "$0")/lib.sh"
BENCH_APPS=${BENCH_APPS:-4}
APP_MB=${APP_MB:-12}
SHARED_MB=${SHARED_MB:-8}

[ -x "$CLI" ] || { echo "wimbench-cli not found at $CLI (set BUILD or CLI)" >&2; exit 1; }
command -v hardlink >/dev/null || { echo "hardlink (util-linux) is not installed" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-optimize.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
MK="python3 $ROOT/bench/make_appx.py"
echo "provisioning $BENCH_APPS apps of ${APP_MB} MiB (${SHARED_MB} MiB shared) in $WORK ..." >&2
$MK image "$WORK/provisioned"
$MK framework "$WORK/vclibs.appx"
for ((i = 1; i <= BENCH_APPS; i++)); do
  $MK bundle "$WORK/app$i.msixbundle" --mb "$APP_MB" --shared-mb "$SHARED_MB" --seed "$i" --name "Contoso.Bench$i"
  "$CLI" /Image:"$WORK/provisioned" /Add-ProvisionedAppxPackage /PackagePath:"$WORK/app$i.msixbundle" \
    /DependencyPackagePath:"$WORK/vclibs.appx" /SkipLicense /Region:all /Quiet >/dev/null
done
# The folder that holds the provisioned package folders (the parent of their AppxManifest.xml).
APPS_DIR=$(dirname "$(dirname "$(find "$WORK/provisioned" -name AppxManifest.xml | head -1)")")
REL=${APPS_DIR#"$WORK/provisioned/"}

linked() { find "$1" -type f -links +1 | wc -l; }
FRESH="rm -rf '$WORK/img' && cp -a '$WORK/provisioned' '$WORK/img'"

run() {
  echo "# optimize: $BENCH_APPS provisioned apps, $(find "$APPS_DIR" -type f | wc -l) files, $(du -sm "$APPS_DIR" | cut -f1) MiB in '$REL'"
  machine_line
  table_header
  compare "optimize vs hardlink -c" \
    "'$CLI' /Image:'$WORK/img' /Optimize-ProvisionedAppxPackages /Quiet" \
    "hardlink -c -q '$WORK/img/$REL'" \
    "$FRESH" "$FRESH"
  echo
  bash -c "$FRESH"
  "$CLI" /Image:"$WORK/img" /Optimize-ProvisionedAppxPackages /Quiet >/dev/null
  echo "files with more than one link afterwards: ours $(linked "$WORK/img/$REL"), size $(du -sm "$WORK/img" | cut -f1) MiB"
  bash -c "$FRESH"
  hardlink -c -q "$WORK/img/$REL"
  echo "                                         hardlink $(linked "$WORK/img/$REL"), size $(du -sm "$WORK/img" | cut -f1) MiB"
}

if [ -n "${BENCH_RESULTS:-}" ]; then
  run | tee -a "$BENCH_RESULTS"
else
  run
fi
