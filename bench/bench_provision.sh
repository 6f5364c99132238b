#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Provisioning and package verification:
#   - provisioning a generated app bundle (x64 + x86 application packages, an en-US language pack,
#     a framework dependency) into an offline image folder with
#     /Add-ProvisionedAppxPackage ... /SkipLicense /Region:all vs unzip of the same payload (the
#     inner x64 package, the language pack and the framework, extracted from the bundle beforehand);
#     every run gets a fresh image folder / destination;
#   - block-map verification throughput: /Get-PackageInfo on a large .appx (reads every file and
#     checks the SHA-256 of each 64 KiB block against AppxBlockMap.xml) vs unzip -t (CRC-32 of every
#     file), in MB/s of uncompressed payload; /Get-PackageInfo /NoVerify gives the fixed cost.
#
# usage: bench/bench_provision.sh
#   BUNDLE_MB=40     payload of the bundle's x64 package in MiB (~100 for the large run)
#   VERIFY_MB=100    uncompressed payload of the package whose block map is verified, in MiB (100,
#                    as in the large run where 558 MB/s was measured and as issue 15 states the goal;
#                    at 40 MiB the start-up weighs more and the rate reads lower)
#   BENCH_RUNS=3     timed runs per command
#   (the packages are signed with wimbench-sign-tool, whose test root the image's hive trusts)
#   HIVE_KEYS=200000 keys of the image's generated SOFTWARE hive (~60 MB, like a real image's; 0 = a
#                    bare folder without a hive, as before issue 14); provisioning writes its
#                    AppxAllUserStore keys into it (wimbench-hive-tool generate, built in tools/)
#   BUILD=<dir> or CLI=<path of wimbench-cli>
set -euo pipefail
BENCH_RUNS=${BENCH_RUNS:-3}
. "$(dirname "$0")/lib.sh"
BUNDLE_MB=${BUNDLE_MB:-40}
VERIFY_MB=${VERIFY_MB:-100}
HIVE_KEYS=${HIVE_KEYS:-200000}
HIVE_TOOL=${HIVE_TOOL:-$BUILD/tools/wimbench-hive-tool}
SIGN_TOOL=${SIGN_TOOL:-$BUILD/tools/wimbench-sign-tool}

[ -x "$CLI" ] || { echo "wimbench-cli not found at $CLI (set BUILD or CLI)" >&2; exit 1; }
command -v unzip >/dev/null || { echo "unzip is not installed (apt install unzip)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-provision.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
MK="python3 $ROOT/bench/make_appx.py"
echo "generating a bundle with ${BUNDLE_MB} MiB of payload in $WORK ..." >&2
$MK bundle "$WORK/app.msixbundle" --mb "$BUNDLE_MB"
$MK framework "$WORK/vclibs.appx"
$MK appx "$WORK/big.appx" --mb "$VERIFY_MB" --seed 9
$MK image "$WORK/template"
if [ "$HIVE_KEYS" != 0 ]; then
  [ -x "$HIVE_TOOL" ] || { echo "wimbench-hive-tool not found at $HIVE_TOOL (cmake --build $BUILD --target wimbench-hive-tool), or HIVE_KEYS=0" >&2; exit 1; }
  mkdir -p "$WORK/template/Windows/System32/config"
  "$HIVE_TOOL" generate "$WORK/template/Windows/System32/config/SOFTWARE" "$HIVE_KEYS"
fi
# Windows installs only signed packages whose signer the image trusts (docs/DECISIONS.md), and so
# does WimBench: sign the generated packages with the test signer and put its root into the hive.
[ -x "$SIGN_TOOL" ] || { echo "wimbench-sign-tool not found at $SIGN_TOOL (cmake --build $BUILD --target wimbench-sign-tool)" >&2; exit 1; }
SIGN_HIVE=-
[ -f "$WORK/template/Windows/System32/config/SOFTWARE" ] && SIGN_HIVE="$WORK/template/Windows/System32/config/SOFTWARE"
"$SIGN_TOOL" "$SIGN_HIVE" "$WORK/app.msixbundle" "$WORK/vclibs.appx" "$WORK/big.appx"
HIVE_TEXT="no SOFTWARE hive"
[ -f "$WORK/template/Windows/System32/config/SOFTWARE" ] && HIVE_TEXT="a $(( $(stat -c %s "$WORK/template/Windows/System32/config/SOFTWARE") / 1048576 )) MiB SOFTWARE hive ($HIVE_KEYS keys)"

# Our reader must accept what the generator wrote before anything is timed.
"$CLI" /Get-PackageInfo /PackagePath:"$WORK/app.msixbundle" >"$WORK/check.txt" 2>&1 || { cat "$WORK/check.txt" >&2; echo "generated bundle is refused" >&2; exit 1; }
"$CLI" /Get-PackageInfo /PackagePath:"$WORK/big.appx" >"$WORK/check.txt" 2>&1 || { cat "$WORK/check.txt" >&2; echo "generated package is refused" >&2; exit 1; }

# The reference's input: the same payload as separate packages.
mkdir -p "$WORK/inner"
unzip -q "$WORK/app.msixbundle" '*_x64.msix' '*_language-en.msix' -d "$WORK/inner"
PAYLOAD_BYTES=$(unzip -l "$WORK/inner/"*_x64.msix | tail -1 | awk '{print $1}')
BIG_BYTES=$(unzip -l "$WORK/big.appx" | tail -1 | awk '{print $1}')

FRESH_IMAGE="rm -rf '$WORK/img' && cp -a '$WORK/template' '$WORK/img'"
FRESH_DEST="rm -rf '$WORK/dest' && mkdir -p '$WORK/dest'"

run() {
  echo "# provisioning a $(( $(stat -c %s "$WORK/app.msixbundle") / 1048576 )) MiB bundle (x64 payload $((PAYLOAD_BYTES / 1048576)) MiB) into an image with $HIVE_TEXT, verifying a $(( $(stat -c %s "$WORK/big.appx") / 1048576 )) MiB package"
  machine_line
  table_header
  compare "provision bundle vs unzip of its payload" \
    "'$CLI' /Image:'$WORK/img' /Add-ProvisionedAppxPackage /PackagePath:'$WORK/app.msixbundle' /DependencyPackagePath:'$WORK/vclibs.appx' /SkipLicense /Region:all /Quiet" \
    "cd '$WORK/dest' && unzip -q -d app '$WORK/inner/'*_x64.msix && unzip -q -d lang '$WORK/inner/'*_language-en.msix && unzip -q -d fw '$WORK/vclibs.appx'" \
    "$FRESH_IMAGE" "$FRESH_DEST"
  local noverify_s
  compare "verify block map vs unzip -t" \
    "'$CLI' /Get-PackageInfo /PackagePath:'$WORK/big.appx'" \
    "unzip -tq '$WORK/big.appx'"
  measure "Get-PackageInfo /NoVerify" "$CLI" /Get-PackageInfo /PackagePath:"$WORK/big.appx" /NoVerify
  noverify_s=$MEDIAN_S
  echo
  echo "block-map verification, $((BIG_BYTES / 1048576)) MiB uncompressed payload:"
  echo "  ours:   $(mb_per_s "$BIG_BYTES" "$VERIFY_OURS") MB/s (whole command), $(mb_per_s "$BIG_BYTES" "$(awk -v a="$VERIFY_OURS" -v b="$noverify_s" 'BEGIN {print a - b}')") MB/s net of the /NoVerify run (${noverify_s} s)"
  echo "  unzip -t: $(mb_per_s "$BIG_BYTES" "$VERIFY_REF") MB/s (CRC-32 only)"
  echo "  sha256sum of the extracted payload: $(mb_per_s "$BIG_BYTES" "$SHA_S") MB/s (the hash alone)"
  echo
  echo "what provisioning wrote (last run):"
  "$CLI" /Image:"$WORK/img" /Get-ProvisionedAppxPackages 2>/dev/null | grep -E 'PackageName|Registered' | paste - - | grep -v RegistryOnly | sed 's/^/  /'
  echo "  $(find "$WORK/img" -type f | wc -l) files, $(du -sm "$WORK/img" | cut -f1) MiB in the image folder; unzip: $(find "$WORK/dest" -type f | wc -l) files, $(du -sm "$WORK/dest" | cut -f1) MiB"
}

# The verification rows are needed as numbers too: measure them separately (cheap next to the rest).
verify_numbers() {
  BENCH_PREP= measure "verify (ours)" "$CLI" /Get-PackageInfo /PackagePath:"$WORK/big.appx"
  VERIFY_OURS=$MEDIAN_S
  BENCH_PREP= measure "verify (unzip -t)" unzip -tq "$WORK/big.appx"
  VERIFY_REF=$MEDIAN_S
  mkdir -p "$WORK/bigx" && unzip -q -o "$WORK/big.appx" -d "$WORK/bigx"
  BENCH_PREP= measure "sha256sum" bash -c "find '$WORK/bigx' -type f -print0 | xargs -0 cat | sha256sum"
  SHA_S=$MEDIAN_S
}

verify_numbers
if [ -n "${BENCH_RESULTS:-}" ]; then
  run | tee -a "$BENCH_RESULTS"
else
  run
fi
