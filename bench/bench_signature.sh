#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Signature verification (issue 15): a large signed package and a signed bundle of signed packages,
# made by the test signer (tools/wimbench-sign-tool, tests/support/TestSigner), verified with
# /Get-PackageInfo: the PKCS#7 signature, every signed digest (raw ZIP records SHA-256 over the
# compressed bytes, central directory, content types, block map) and every 64 KiB block of the
# inflated payload, all in one read of the file (the bundle's inner packages are read through the
# bundle's signature pass). References in the same run: `unzip -t` (CRC-32 of every file) and
# `openssl dgst -sha256` over the file (the raw hash alone). Throughput is MB/s (10^6 bytes) of
# uncompressed payload; on a loaded machine the CPU time (user + sys) of the command is the
# steadier figure, so both wall and CPU throughput are printed.
#
# usage: bench/bench_signature.sh
#   SIGN_MB=100      payload of the package (and of the bundle's x64 package) in MiB
#   BENCH_RUNS=3     timed runs per command
#   BUILD=<dir> or CLI=<path of wimbench-cli>, SIGNTOOL=<path of wimbench-sign-tool>
set -euo pipefail
BENCH_RUNS=${BENCH_RUNS:-3}
. "$(dirname "$0")/lib.sh"
SIGN_MB=${SIGN_MB:-100}
SIGNTOOL=${SIGNTOOL:-$BUILD/tools/wimbench-sign-tool}

[ -x "$CLI" ] || { echo "wimbench-cli not found at $CLI (set BUILD or CLI)" >&2; exit 1; }
[ -x "$SIGNTOOL" ] || { echo "wimbench-sign-tool not found at $SIGNTOOL (cmake --build <dir> --target wimbench-sign-tool)" >&2; exit 1; }
for t in unzip openssl; do command -v $t >/dev/null || { echo "$t is not installed" >&2; exit 1; }; done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-signature.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
echo "generating a signed package and a signed bundle with ${SIGN_MB} MiB of payload in $WORK ..." >&2
"$SIGNTOOL" appx "$WORK/big.msix" "$SIGN_MB"
"$SIGNTOOL" bundle "$WORK/big.msixbundle" "$SIGN_MB"
for f in big.msix big.msixbundle; do
  "$CLI" /Get-PackageInfo /PackagePath:"$WORK/$f" >"$WORK/check.txt" 2>&1 || { cat "$WORK/check.txt" >&2; echo "$f is refused" >&2; exit 1; }
  grep -q '^Signature : verified' "$WORK/check.txt" || { echo "$f: the signature was not verified" >&2; exit 1; }
done
PKG_BYTES=$(unzip -l "$WORK/big.msix" | tail -1 | awk '{print $1}')
mkdir -p "$WORK/inner" && unzip -q "$WORK/big.msixbundle" '*.msix' -d "$WORK/inner"
BUNDLE_BYTES=0
for p in "$WORK/inner/"*.msix; do BUNDLE_BYTES=$((BUNDLE_BYTES + $(unzip -l "$p" | tail -1 | awk '{print $1}'))); done

# cpu_s CMD...: median of user + sys seconds over $BENCH_RUNS runs.
cpu_s() {
  local all=()
  for ((i = 0; i < BENCH_RUNS; i++)); do
    /usr/bin/time -o "$WORK/.cpu" -f "%U %S" "$@" >/dev/null 2>&1 || true
    all+=("$(awk '{printf "%.3f", $1 + $2}' "$WORK/.cpu")")
  done
  printf '%s\n' "${all[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR%2)? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'
}

line() { # LABEL BYTES WALL CPU
  printf '  %-46s %8s MB/s wall, %8s MB/s CPU (%s s wall, %s s CPU)\n' "$1" "$(mb_per_s "$2" "$3")" "$(mb_per_s "$2" "$4")" "$3" "$4"
}

run() {
  echo "# verifying a signed $(( $(stat -c %s "$WORK/big.msix") / 1048576 )) MiB package ($((PKG_BYTES / 1048576)) MiB uncompressed) and a signed $(( $(stat -c %s "$WORK/big.msixbundle") / 1048576 )) MiB bundle ($((BUNDLE_BYTES / 1048576)) MiB uncompressed in 2 signed packages)"
  machine_line
  table_header
  compare "verify signed package vs unzip -t" "'$CLI' /Get-PackageInfo /PackagePath:'$WORK/big.msix'" "unzip -tq '$WORK/big.msix'"
  compare "verify signed bundle vs unzip -t" "'$CLI' /Get-PackageInfo /PackagePath:'$WORK/big.msixbundle'" "unzip -tq '$WORK/inner/'Contoso.Bench_x64.msix && unzip -tq '$WORK/inner/'Contoso.Bench_x86.msix"
  compare "verify signed package vs openssl sha256" "'$CLI' /Get-PackageInfo /PackagePath:'$WORK/big.msix'" "openssl dgst -sha256 '$WORK/big.msix'"
  echo
  echo "throughput over the uncompressed payload:"
  BENCH_PREP= measure "ours package" "$CLI" /Get-PackageInfo /PackagePath:"$WORK/big.msix"
  line "ours, signed package (everything)" "$PKG_BYTES" "$MEDIAN_S" "$(cpu_s "$CLI" /Get-PackageInfo /PackagePath:"$WORK/big.msix")"
  BENCH_PREP= measure "ours package /NoVerify" "$CLI" /Get-PackageInfo /PackagePath:"$WORK/big.msix" /NoVerify
  line "ours, /NoVerify (open, signature, parts)" "$PKG_BYTES" "$MEDIAN_S" "$(cpu_s "$CLI" /Get-PackageInfo /PackagePath:"$WORK/big.msix" /NoVerify)"
  BENCH_PREP= measure "ours bundle" "$CLI" /Get-PackageInfo /PackagePath:"$WORK/big.msixbundle"
  line "ours, signed bundle (everything, one read)" "$BUNDLE_BYTES" "$MEDIAN_S" "$(cpu_s "$CLI" /Get-PackageInfo /PackagePath:"$WORK/big.msixbundle")"
  BENCH_PREP= measure "unzip -t" unzip -tq "$WORK/big.msix"
  line "unzip -t, package (CRC-32 only)" "$PKG_BYTES" "$MEDIAN_S" "$(cpu_s unzip -tq "$WORK/big.msix")"
  BENCH_PREP= measure "openssl" openssl dgst -sha256 "$WORK/big.msix"
  line "openssl dgst -sha256, package file (raw hash)" "$PKG_BYTES" "$MEDIAN_S" "$(cpu_s openssl dgst -sha256 "$WORK/big.msix")"
}

if [ -n "${BENCH_RESULTS:-}" ]; then
  run | tee -a "$BENCH_RESULTS"
else
  run
fi
