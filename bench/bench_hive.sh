#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Registry hives (engine/registry): opening a large SOFTWARE-like hive, making the changes of one
# provisioning (4 keys with a Path value under AppxAllUserStore\Applications and \Staged, one
# Applications key deleted, one Deprovisioned key added) and committing it, with our code
# (wimbench-hive-tool edit: Hive::open for writing, createKey/setValue/deleteKey, Hive::commit, which
# writes a temporary file, fsyncs it, parses it again, renames it over the hive and fsyncs the folder)
# vs hivexsh -w doing the same changes and its `commit` (libhivex writes the file in place, no fsync).
# Every run starts from a fresh copy of the generated hive; both results are checked with hivexsh.
#
# usage: bench/bench_hive.sh
#   HIVE_KEYS=200000   keys under Classes (two values each); 200,000 keys give a ~60 MB hive
#   BENCH_RUNS=5       timed runs per command
#   BUILD=<dir>        build folder holding tools/wimbench-hive-tool
set -euo pipefail
BENCH_RUNS=${BENCH_RUNS:-5}
. "$(dirname "$0")/lib.sh"
HIVE_KEYS=${HIVE_KEYS:-200000}
TOOL=${HIVE_TOOL:-$BUILD/tools/wimbench-hive-tool}

[ -x "$TOOL" ] || { echo "wimbench-hive-tool not found at $TOOL (cmake --build $BUILD --target wimbench-hive-tool)" >&2; exit 1; }
command -v hivexsh >/dev/null || { echo "hivexsh is not installed (apt install libhivex-bin)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-hive.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
echo "generating a hive with $HIVE_KEYS keys in $WORK ..." >&2
t0=$(date +%s%N)
"$TOOL" generate "$WORK/SOFTWARE.template" "$HIVE_KEYS"
GEN_S=$(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')

STORE='\Microsoft\Windows\CurrentVersion\Appx\AppxAllUserStore'
FULL='Contoso.New_2.0.0.0_neutral_~_8wekyb3d8bbwe'
DEP='Microsoft.VCLibs.140.00_14.0.30704.0_x64__8wekyb3d8bbwe'
P='%SYSTEMDRIVE%\Program Files\WindowsApps'
cat > "$WORK/changes.hivexsh" <<HIVEXSH
cd $STORE\\Applications
add $FULL
cd $FULL
setval 1
Path
string:$P\\$FULL\\AppxManifest.xml
add $DEP
cd $DEP
setval 1
Path
string:$P\\$DEP\\AppxManifest.xml
cd $STORE\\Staged
add Contoso.New_8wekyb3d8bbwe
cd Contoso.New_8wekyb3d8bbwe
add $FULL
cd $FULL
setval 1
Path
string:$P\\$FULL\\AppxManifest.xml
cd $STORE\\Staged
add Microsoft.VCLibs.140.00_8wekyb3d8bbwe
cd Microsoft.VCLibs.140.00_8wekyb3d8bbwe
add $DEP
cd $DEP
setval 1
Path
string:$P\\$DEP\\AppxManifest.xml
cd $STORE\\Applications\\Contoso.App7_1.0.0.0_neutral_~_8wekyb3d8bbwe
del
cd $STORE
add Deprovisioned
cd Deprovisioned
add Contoso.App7_8wekyb3d8bbwe
commit
HIVEXSH

# Both sides must produce the same keys before anything is timed.
check() {
  local hive=$1 out
  out=$(printf 'cd %s\\Applications\\%s\\%s\nlsval Path\ncd %s\\Deprovisioned\nls\ncd %s\\Applications\nls\n' \
        "$STORE" "$FULL" "$DEP" "$STORE" "$STORE" | hivexsh "$hive")
  grep -qF "$P\\$DEP\\AppxManifest.xml" <<<"$out" && grep -qx 'Contoso.App7_8wekyb3d8bbwe' <<<"$out" \
    && ! grep -q 'Contoso.App7_1' <<<"$out" && grep -qx "$FULL" <<<"$out" \
    || { echo "unexpected result in $hive:" >&2; echo "$out" >&2; exit 1; }
}
cp "$WORK/SOFTWARE.template" "$WORK/ours" && "$TOOL" edit "$WORK/ours" && check "$WORK/ours"
cp "$WORK/SOFTWARE.template" "$WORK/ref" && hivexsh -w "$WORK/ref" <"$WORK/changes.hivexsh" && check "$WORK/ref"

run() {
  echo "# a $(( $(stat -c %s "$WORK/SOFTWARE.template") / 1048576 )) MiB hive, $HIVE_KEYS keys (+100 apps in AppxAllUserStore), generated in ${GEN_S} s; the changes of one provisioning, then commit"
  machine_line
  table_header
  compare "open + 6 changes + commit vs hivexsh -w" \
    "'$TOOL' edit '$WORK/ours'" \
    "hivexsh -w '$WORK/ref' <'$WORK/changes.hivexsh'" \
    "cp '$WORK/SOFTWARE.template' '$WORK/ours'" "cp '$WORK/SOFTWARE.template' '$WORK/ref'"
  echo "(ours: temporary file + fsync + parse check + rename + folder fsync; hivexsh: rewrites the file in place without fsync)"
}

if [ -n "${BENCH_RESULTS:-}" ]; then
  run | tee -a "$BENCH_RESULTS"
else
  run
fi
