#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets: bash tests/fuzz/build.sh [build-dir]   (default: <repo>/build-fuzz)
# Configures (once) with clang++ and WIMBENCH_FUZZ=ON, then builds only the fuzz_* targets.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
build="${1:-$repo/build-fuzz}"
case "$build" in /*) ;; *) build="$repo/$build" ;; esac
cxx="${CXX_FUZZ:-$(command -v clang++ || command -v clang++-14 || true)}"
if [ -z "$cxx" ]; then
  echo "build.sh: clang++ not found; install clang (and libclang-rt-14-dev for libFuzzer), see tests/fuzz/README.md" >&2
  exit 2
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DWIMBENCH_FUZZ=ON -DWIMBENCH_BUILD_TESTS=ON
fi
targets=()
for src in "$here"/fuzz_*.cpp; do
  targets+=("$(basename "$src" .cpp)")
done
cmake --build "$build" --target "${targets[@]}" -j"${JOBS:-2}"
echo "fuzz targets in $build/fuzz: ${targets[*]}"
