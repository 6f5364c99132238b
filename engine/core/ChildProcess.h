// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "spawn/Spawn.h"

#include <QString>
#include <QStringList>

namespace wb {

/// Starting WimBench's own helper executables (wimbench-mount-helper, wimbench-write-helper):
/// where they are found and how they are forked and executed. Called on an operation's worker
/// thread; everything the child needs is prepared before fork(), after it only async-signal-safe calls.
namespace ChildProcess {

/// `$<envVariable>`, else `name` beside the running executable, in $WIMBENCH_BIN_DIR, or in
/// ../libexec/wimbench. Empty when not found.
QString findExecutable(const QString &name, const char *envVariable);

/// How the child starts (core-free, shared with the wimbench-cli launcher: spawn/Spawn.h).
using Options = Spawn::Options;

/// A started child: its pid and the parent's end of the pipe (read end) or socket pair whose
/// other end the child has as `childFd`.
struct Started
{
    qint64 pid = 0;
    int readFd = -1;
};

/// Forks and executes `executable` with `arguments`: signal mask cleared and dispositions reset,
/// stdio on /dev/null, the write end of a new pipe (or one end of a socket pair; O_CLOEXEC in the
/// parent) as descriptor `childFd`, every other descriptor closed. `errorCode`/`what` name a failure to start
/// ("mount.helper-start", "Could not start the mount helper.").
Result<Started> start(const QString &executable, const QStringList &arguments, int childFd, const Options &options,
                      const QString &errorCode, const QString &what);

} // namespace ChildProcess
} // namespace wb
