#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Open + image info and listing a large tree: wimbench-cli vs wiminfo / wimdir.
# usage: bench/bench_info.sh [--files N]   (default 100000 entries)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
FILES=${FILES:-100000}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 "$ROOT/bench/make_tree.py" "$WORK/tree" --mb 64 --files "$FILES"
wimlib-imagex capture "$WORK/tree" "$WORK/big.wim" "Bench" --compress=LZX >/dev/null
entries=$(wimdir "$WORK/big.wim" 1 | wc -l)
echo "# open + info, listing ($entries entries)"
machine_line
table_header
compare "open + image info" "'$CLI' /Get-ImageInfo /ImageFile:'$WORK/big.wim' /Index:1" "wiminfo '$WORK/big.wim' 1"
compare "list $entries entries" "'$CLI' /List-Image /ImageFile:'$WORK/big.wim' /Index:1" "wimdir '$WORK/big.wim' 1"
