// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {

/// Files a command line process removes only after it has reported its exit status (issue 16).
/// When writeFileAtomically replaces a file, the rename drops the old file's last link, and on
/// ext4 freeing the blocks of a file that was written out costs 0.2–0.5 ms (the mount registry
/// is rewritten once by every mount and unmount). With removal deferred, the old file is first
/// linked aside under a name that carries the pid (`.<name>.wimbench-<pid>-<hex>.old`), the rename
/// frees nothing, and the aside is removed after the launcher was told the status
/// (app/cli/main.cpp). Readers and a crash see what they saw before: the rename is still the one
/// step that replaces the content. A process killed before run() leaves the aside, which
/// removeStaleTemporaries (core/FileWriteGuard.h) removes like a temporary whose owner is gone.
/// (The aside keeps the old version's time, which predates its owner's start, so a cleanup running
/// in that moment may take a live command's aside for a leftover and remove it: harmless, it is
/// only the old version, and the owner's own removal then finds nothing.)
/// Off unless enable() was called (the GUI and the helpers remove at once). Any thread.
namespace DeferredRemoval {

/// From now on add() keeps paths for run(). The command line, first thing in main.
void enable();
/// Whether enable() was called.
bool isEnabled();
/// Keeps `path` for run(). Only when enabled (callers ask isEnabled() first).
void add(const QString &path);
/// Removes every path added so far. After the exit status was reported, with no operation running.
void run();

} // namespace DeferredRemoval

} // namespace wb
