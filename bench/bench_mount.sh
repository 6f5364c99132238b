#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Mounting: wimbench-cli /Mount-Image, /Unmount-Image vs wimmountrw / wimmount / wimunmount on the
# same generated Windows-like LZX image.
#   - mount read-write and read-only (the mount command alone; the previous run's mount is removed
#     untimed), and a mount + discard cycle;
#   - save after changing ~1% of the data: /Unmount-Image /Commit vs wimunmount --commit (mount and
#     change untimed, every run on a fresh copy of the WIM);
#   - full-tree read through a read-only mount (tar of every file, counted by wc) vs the same read
#     through wimlib's mount and of the applied tree (wimapply to a folder, page cache warm).
# Every timed run works on a fresh copy of the WIM, so both tools do the same work. Mounts are
# always removed on exit (our /Unmount-Image /Discard, wimunmount, fusermount -u, umount -l).
#
# usage: bench/bench_mount.sh
#   BENCH_MB=100      size of the generated tree in MiB (~1024 for the large run)
#   BENCH_FILES=5000  number of small files in it
#   BENCH_RUNS=3      timed runs per command
#   BENCH_MOUNT_ONLY=1  only the mount rows (mount rw, ro, mount + discard, discard alone), no saves
#                       or reads
#   BENCH_WIM=<file>  measure this LZX WIM (index 1) instead of generating a tree and capturing it
#                     (BENCH_MB/BENCH_FILES then only label the output); the file is copied, never changed
#   BUILD=<dir> or CLI=<path of wimbench-cli>
set -euo pipefail
BENCH_RUNS=${BENCH_RUNS:-3}
. "$(dirname "$0")/lib.sh"
BENCH_MB=${BENCH_MB:-100}
BENCH_FILES=${BENCH_FILES:-5000}

[ -x "$CLI" ] || { echo "wimbench-cli not found at $CLI (set BUILD or CLI)" >&2; exit 1; }
command -v wimmountrw >/dev/null || { echo "wimmountrw is not installed (apt install wimtools)" >&2; exit 1; }
[ -e /dev/fuse ] || { echo "/dev/fuse is missing: mounting needs FUSE" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-mount.XXXXXX")
export WORK CLI

# Removes whatever is mounted under $WORK, ours first through our own command (so the registry in
# $XDG_STATE_HOME stays right), then wimlib's, then plain FUSE/lazy unmounts as a last resort.
unmount_all() {
  local d
  for d in "$WORK"/m*; do
    [ -d "$d" ] || continue
    mountpoint -q "$d" 2>/dev/null || continue
    "$CLI" /Unmount-Image /MountDir:"$d" /Discard /Quiet >/dev/null 2>&1 \
      || wimunmount "$d" >/dev/null 2>&1 || fusermount -u "$d" >/dev/null 2>&1 || umount -l "$d" >/dev/null 2>&1 || true
  done
  "$CLI" /Cleanup-Mountpoints /Quiet >/dev/null 2>&1 || true
  # wimunmount returns before wimlib's daemon has freed the image's metadata and exited (55-65 ms
  # later at 100,000 files), and our standby ends a moment after our daemon: wait until no process
  # of a previous run is left, so none of them runs beside the next timed command.
  local i
  for ((i = 0; i < 500; i++)); do
    pgrep -f "^(wimmountrw|wimmount|wimbench-mount-helper|[^ ]*wimbench-cli --standby) .*$WORK" >/dev/null || return 0
    sleep 0.01
  done
}
cleanup() {
  unmount_all
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
export -f unmount_all

if [ -n "${BENCH_WIM:-}" ]; then
  cp --reflink=never "$BENCH_WIM" "$WORK/src.wim"
  TREE_BYTES=$(wiminfo "$WORK/src.wim" 1 | awk -F': *' '/^Total Bytes/ {print $2}')
else
  echo "generating a ${BENCH_MB} MiB tree with ${BENCH_FILES} small files in $WORK ..." >&2
  python3 "$ROOT/bench/make_tree.py" "$WORK/tree" --mb "$BENCH_MB" --files "$BENCH_FILES"
  wimlib-imagex capture "$WORK/tree" "$WORK/src.wim" "Bench" --compress=LZX >/dev/null
  TREE_BYTES=$(du -sb "$WORK/tree" | cut -f1)
  rm -rf "$WORK/tree"
fi
# The applied tree the reference reads (what a technician without a mount would do).
mkdir -p "$WORK/applied"
[ -n "${BENCH_MOUNT_ONLY:-}" ] || wimapply "$WORK/src.wim" 1 "$WORK/applied" >/dev/null
mkdir -p "$WORK/mo" "$WORK/mr"

# ~1% of the data: rewrite the first files (largest first) of System32 until 1% of the bytes changed.
cat > "$WORK/change.sh" <<'EOF'
#!/usr/bin/env bash
# change.sh DIR: overwrites files under DIR/Windows/System32 with new random bytes until ~1% of the
# tree's bytes are new, and adds one new file.
set -e
d=$1
total=$(cat "$WORK/tree_bytes")
want=$((total / 100))
done_bytes=0
for f in "$d"/Windows/System32/lib*.dll; do
  size=$(stat -c %s "$f")
  n=$(( size < want - done_bytes ? size : want - done_bytes ))
  head -c "$n" /dev/urandom | dd of="$f" conv=notrunc status=none
  done_bytes=$((done_bytes + n))
  (( done_bytes >= want )) && break
done
echo "changed by the benchmark" > "$d/Windows/bench-new-file.txt"
EOF
chmod +x "$WORK/change.sh"
echo "$TREE_BYTES" > "$WORK/tree_bytes"

O=$WORK/o.wim R=$WORK/r.wim
OURS_MOUNT_RW="'$CLI' /Mount-Image /ImageFile:'$O' /Index:1 /MountDir:'$WORK/mo' /Quiet"
OURS_MOUNT_RO="$OURS_MOUNT_RW /ReadOnly"
REF_MOUNT_RW="wimmountrw '$R' 1 '$WORK/mr'"
REF_MOUNT_RO="wimmount '$R' 1 '$WORK/mr'"
# Each run gets a fresh copy, written to disk before the run starts (sync of that file): ext4 starts
# writing a file that was truncated and rewritten back when it is closed, and that writeback of
# the whole WIM otherwise runs during the timed command, on both sides, and slowed wimmountrw more
# than ours (issue 16, session 11; bench/RESULTS.md).
FRESH_O="unmount_all; cp --reflink=never '$WORK/src.wim' '$O' && sync '$O'"
FRESH_R="unmount_all; cp --reflink=never '$WORK/src.wim' '$R' && sync '$R'"

run() {
  echo "# mount, save and read through the mount, $((TREE_BYTES / 1048576)) MiB tree ($BENCH_FILES small files), $(wiminfo "$WORK/src.wim" | awk '/^Compression:/ {print $2}') WIM of $(( $(stat -c %s "$WORK/src.wim") / 1048576 )) MiB"
  machine_line
  table_header
  compare "mount read-write" "$OURS_MOUNT_RW" "$REF_MOUNT_RW" "$FRESH_O" "$FRESH_R"
  compare "mount read-only" "$OURS_MOUNT_RO" "$REF_MOUNT_RO" "$FRESH_O" "$FRESH_R"
  compare "mount rw + unmount /Discard" \
    "$OURS_MOUNT_RW && '$CLI' /Unmount-Image /MountDir:'$WORK/mo' /Discard /Quiet" \
    "$REF_MOUNT_RW && wimunmount '$WORK/mr'" "$FRESH_O" "$FRESH_R"
  compare "unmount /Discard alone (vs wimunmount)" \
    "'$CLI' /Unmount-Image /MountDir:'$WORK/mo' /Discard /Quiet" "wimunmount '$WORK/mr'" \
    "$FRESH_O && $OURS_MOUNT_RW" "$FRESH_R && $REF_MOUNT_RW"
  if [ -n "${BENCH_MOUNT_ONLY:-}" ]; then
    unmount_all
    return 0
  fi
  compare "save 1% changed (unmount /Commit)" \
    "'$CLI' /Unmount-Image /MountDir:'$WORK/mo' /Commit /Quiet" \
    "wimunmount --commit '$WORK/mr'" \
    "$FRESH_O && $OURS_MOUNT_RW && '$WORK/change.sh' '$WORK/mo'" \
    "$FRESH_R && $REF_MOUNT_RW && '$WORK/change.sh' '$WORK/mr'"
  compare "save 1% changed, stay mounted (/Commit-Image)" \
    "'$CLI' /Commit-Image /MountDir:'$WORK/mo' /Quiet" \
    "wimunmount --commit '$WORK/mr'" \
    "$FRESH_O && $OURS_MOUNT_RW && '$WORK/change.sh' '$WORK/mo'" \
    "$FRESH_R && $REF_MOUNT_RW && '$WORK/change.sh' '$WORK/mr'"
  compare "full-tree read: our mount vs wimmount" \
    "cd '$WORK/mo' && tar cf - . | wc -c" \
    "cd '$WORK/mr' && tar cf - . | wc -c" \
    "$FRESH_O && $OURS_MOUNT_RO" "$FRESH_R && $REF_MOUNT_RO"
  compare "full-tree read: our mount vs applied tree" \
    "cd '$WORK/mo' && tar cf - . | wc -c" \
    "cd '$WORK/applied' && tar cf - . | wc -c" \
    "$FRESH_O && $OURS_MOUNT_RO" "unmount_all"
  unmount_all
  echo
  # Both saves must have produced a WIM that holds the change: commit once more on each side and
  # check the new file is in the image.
  bash -c "$FRESH_O && $OURS_MOUNT_RW && '$WORK/change.sh' '$WORK/mo'" && "$CLI" /Unmount-Image /MountDir:"$WORK/mo" /Commit /Quiet >/dev/null
  bash -c "$FRESH_R && $REF_MOUNT_RW && '$WORK/change.sh' '$WORK/mr'" && wimunmount --commit "$WORK/mr" >/dev/null
  for w in "$O" "$R"; do
    printf 'after one commit: %-5s %12d bytes, new file present: %s\n' "$(basename "$w")" "$(stat -c %s "$w")" \
      "$(wimdir "$w" 1 | grep -c '^/Windows/bench-new-file.txt$')"
  done
}

if [ -n "${BENCH_RESULTS:-}" ]; then
  run | tee -a "$BENCH_RESULTS"
else
  run
fi
