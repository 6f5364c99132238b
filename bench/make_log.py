#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a large DISM/CBS-shaped log for bench_logview.sh: WimBench lines with PID/TID and
operations, CBS and CSI lines, errors with HRESULTs, wrapped continuation lines, and the odd
malformed line. usage: make_log.py OUT --mb 200 [--utf16]"""
import argparse
import random

LEVELS = ["Info"] * 14 + ["Warning", "Error", "Perf", "Debug"]
COMPONENTS = ["DISM", "CBS", "CSI", "APPX", "MOUNT"]
MESSAGES = [
    "PID={pid} TID={tid} Scratch directory set to '/tmp/wimbench-scratch'. - CDISMManager::put_ScratchDir",
    "PID={pid} TID={tid} Decision: x64 image takes package {n} (architecture x64)",
    "DISM Provider Store: PID={pid} TID={tid} Getting the collection of providers from a local provider store type. - CDISMProviderStore::GetProviderCollection",
    "Failed to load the provider: C:\\Windows\\System32\\Dism\\Provider{n}.dll. - CDISMProviderStore::Internal_GetProvider(hr:0x8007000{d})",
    "Exec: Processing started.  Client: UpdateAgentLCU, Session: 30778675_{n}, Package: Package_for_RollupFix~31bf3856ad364e35~amd64~~19041.{n}.1.7",
    "Failed to resolve package 'Microsoft-Windows-Foo-{n}' [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]",
    "0000{n:04d}@2019/10/10:08:57:56.123 WcpInitialize: wcp.dll version 0.0.0.6 (bld {n})",
]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--mb", type=int, default=200)
    p.add_argument("--utf16", action="store_true")
    a = p.parse_args()
    rnd = random.Random(8)
    target = a.mb * 1024 * 1024
    written = 0
    second = 0
    n = 0
    enc = "utf-16-le" if a.utf16 else "utf-8"
    with open(a.out, "wb") as f:
        if a.utf16:
            f.write(b"\xff\xfe")
        chunk = []
        while written < target:
            n += 1
            if n % 50 == 0:
                second += 1
            stamp = "2026-11-%02d %02d:%02d:%02d" % (1 + second // 86400 % 28, second // 3600 % 24, second // 60 % 60, second % 60)
            pid, tid = 4000 + n // 100000, 100 + n % 4
            if n % 5000 == 1:
                line = "%s, %-22s%-6s PID=%d TID=%d <----- Starting Export-Image: Export index 1 of install.wim ----->" % (stamp, "Info", "DISM", pid, tid)
            elif n % 5000 == 900:
                line = "%s, %-22s%-6s PID=%d TID=%d <----- Ending Export-Image: succeeded in 812 ms ----->" % (stamp, "Info", "DISM", pid, tid)
            elif n % 100000 == 7:
                line = "%s garbage: the machine lost power here" % stamp
            else:
                msg = rnd.choice(MESSAGES).format(pid=pid, tid=tid, n=n % 10000, d=n % 10)
                line = "%s, %-22s%-6s %s" % (stamp, rnd.choice(LEVELS), rnd.choice(COMPONENTS), msg)
            chunk.append(line)
            if n % 97 == 0:
                chunk.append("  Found: {l:32 b:%08x} Expected: {l:32 b:%08x}" % (n, n * 7))
            if len(chunk) >= 5000:
                data = ("\r\n".join(chunk) + "\r\n").encode(enc)
                f.write(data)
                written += len(data)
                chunk = []
        if chunk:
            f.write(("\r\n".join(chunk) + "\r\n").encode(enc))


if __name__ == "__main__":
    main()
