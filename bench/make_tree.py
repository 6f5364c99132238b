#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates a Windows-like tree for benchmarks: many small files, compressible binaries,
incompressible data, duplicates and hard links.

usage: make_tree.py DIR [--mb N] [--files N]
"""
import argparse, os, random

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--mb", type=int, default=200, help="approximate total size in MiB")
    ap.add_argument("--files", type=int, default=20000, help="number of small files")
    a = ap.parse_args()
    rnd = random.Random(1234)
    root = a.dir
    os.makedirs(root, exist_ok=True)
    # Many small text-like files in a deep-ish tree (System32-like).
    words = [b"kernel", b"driver", b"service", b"registry", b"manifest", b"assembly", b"Windows", b"servicing"]
    small_total = 0
    for i in range(a.files):
        d = os.path.join(root, "Windows", "WinSxS", "amd64_component_%04d" % (i // 50))
        os.makedirs(d, exist_ok=True)
        body = b" ".join(rnd.choice(words) for _ in range(rnd.randint(20, 400)))
        with open(os.path.join(d, "file%05d.manifest" % i), "wb") as f:
            f.write(body)
        small_total += len(body)
    budget = a.mb * 1024 * 1024 - small_total
    # Compressible binaries (repetitive structure, like DLLs).
    sys32 = os.path.join(root, "Windows", "System32")
    os.makedirs(sys32, exist_ok=True)
    comp = budget * 5 // 10
    n = 0
    while comp > 0:
        size = min(comp, rnd.randint(256 * 1024, 8 * 1024 * 1024))
        block = bytes(rnd.getrandbits(8) for _ in range(4096))
        data = (block[: 2048] + b"\0" * 2048) * (size // 4096 + 1)
        with open(os.path.join(sys32, "lib%03d.dll" % n), "wb") as f:
            f.write(data[:size])
        comp -= size
        n += 1
    # Incompressible data (already-compressed media, cabinets).
    media = os.path.join(root, "Program Files", "Media")
    os.makedirs(media, exist_ok=True)
    inc = budget * 4 // 10
    n = 0
    while inc > 0:
        size = min(inc, rnd.randint(1024 * 1024, 16 * 1024 * 1024))
        with open(os.path.join(media, "clip%03d.bin" % n), "wb") as f:
            f.write(os.urandom(size))
        inc -= size
        n += 1
    # Duplicates and hard links.
    dup = os.path.join(root, "Users", "Public", "Copies")
    os.makedirs(dup, exist_ok=True)
    srcs = sorted(os.listdir(sys32))[:5]
    for s in srcs:
        with open(os.path.join(sys32, s), "rb") as f:
            data = f.read()
        with open(os.path.join(dup, "copy_" + s), "wb") as f:
            f.write(data)
        os.link(os.path.join(sys32, s), os.path.join(dup, "link_" + s))

if __name__ == "__main__":
    main()
