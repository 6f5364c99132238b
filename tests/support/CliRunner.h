// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;

namespace wb::test {

/// What one run of wimbench-cli produced.
struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
    /// stderr's last non-empty line (the one-line reason of a failure).
    QString lastErrorLine() const;
    /// The value of the first `Name : value` line of stdout with that name (trimmed), or a null
    /// QString when there is none.
    QString field(const QString &name) const;
    /// Every value of `Name : value` lines with that name, in order.
    QStringList fields(const QString &name) const;
};

/// Runs the real wimbench-cli (path from $WIMBENCH_CLI, set by ctest) with `args` and waits up
/// to `timeoutMs`. `extraEnv` entries are added to the environment.
CliResult runCli(const QStringList &args, int timeoutMs = 120000, const QProcessEnvironment &extraEnv = {},
                 const QString &workingDirectory = {});

/// Path of the wimbench-cli executable under test.
/// Runs `program` (e.g. wimbench-cli-core itself, or a copy of the launcher) with exactly `env`.
CliResult runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 120000,
                     const QString &workingDirectory = {});

QString cliPath();

/// Starts `p` and reads its stderr until it contains `marker` (e.g. the progress stage "Writing
/// data") or the process ends; returns what it read.
QByteArray startUntilStderr(QProcess &p, const QByteArray &marker);

/// True while a live (not zombie) wimbench-write-helper has `folder` on its command line: after a
/// cancelled command, its helper must be gone too.
bool writeHelperLeftIn(const QString &folder);

/// Every entry of `dir`, hidden ones (a WimBench temporary) included, by name.
QStringList entriesIn(const QString &dir);

} // namespace wb::test
