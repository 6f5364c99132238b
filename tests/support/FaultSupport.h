// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliRunner.h"

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace wb::test {

/// Runs wimbench-cli with WIMBENCH_FAULT=`fault` (core/FaultPoint.h); `extraEnv` is added too.
CliResult runCliWithFault(const QStringList &args, const QString &fault, const QProcessEnvironment &extraEnv = {});

/// Empty when `r` is the death of the CLI by SIGKILL at fault point `name` (the point's
/// "WIMBENCH_FAULT <name> " line on stderr and a crash exit), else what happened instead.
QString diedAtFault(const CliResult &r, const QString &name);

/// `wimlib-imagex verify <wim> [--ref=<glob>]` (wimtools): empty when it exits 0, else its output.
QString imagexVerify(const QString &wimPath, const QString &refGlob = {});

/// Entries of `folder` (recursively, hidden ones included) whose name says they are temporary:
/// `.wimbench-*`, `*.wimbench-*`, `*.tmp`, QSaveFile's `<name>.XXXXXX`. Relative paths.
QStringList strayTemporaries(const QString &folder);

/// /Get-MountedImageInfo through the CLI: mount folder -> Status (Ok, NeedsRemount, Invalid).
QMap<QString, QString> mountedImageStatus(const QProcessEnvironment &extraEnv = {});

/// Waits until `pid` is stopped (state T in /proc/<pid>/stat) or gone; true when stopped.
bool waitUntilStopped(qint64 pid, int timeoutMs = 60000);

/// Waits until `pid` no longer runs (or is a zombie).
bool waitUntilGone(qint64 pid, int timeoutMs = 60000);

/// A CLI started in the background, for races and kills.
struct BackgroundCli
{
    QProcess process;
    void start(const QStringList &args, const QProcessEnvironment &extraEnv = {});
    /// Waits for the end and returns what it produced.
    CliResult finish(int timeoutMs = 120000);
};

} // namespace wb::test
