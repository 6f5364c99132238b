// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultSupport.h"
#include "MountTestSupport.h"

#include <QString>
#include <QStringList>

// The scenario blocks that the command-line tests of concurrency, fault injection and full disks
// repeat: what a refusal looks like, one command held at a fault point while another runs, two
// commands racing freely, and the folders and argument lists of a mount. The checks return what
// went wrong as text (empty when all is well), like diedAtFault(), so a test writes
// QCOMPARE(refusedWith(r, ...), QString()) and a failure prints the command's stderr.
namespace wb::test {

/// The "Error:" lines of stderr, in order.
QStringList errorLines(const CliResult &r);

/// Empty when `r` ended with exit status 1 and its last error line contains `text`; else what
/// happened instead.
QString refusedWith(const CliResult &r, const QString &text);

/// Empty when `r` ended with exit status 1 and exactly one "Error:" line, which contains every one
/// of `parts`; else what happened instead.
QString failedOnceWith(const CliResult &r, const QStringList &parts);

/// A wimbench-cli held at a fault point (WIMBENCH_FAULT=<point>:stop, core/FaultPoint.h) while the
/// test runs another command, so that a race is deterministic.
class HeldCli
{
public:
    /// Starts `args` and waits until the process stops at `point`; false when it never does.
    bool hold(const QStringList &args, const QString &point);
    /// Lets the process go on (SIGCONT) and returns what it produced.
    CliResult resume();

private:
    BackgroundCli m_cli;
};

/// Two wimbench-cli started at once on the same thing, without a fault point.
struct Race
{
    CliResult a;
    CliResult b;
    /// How many of the two succeeded.
    int winners() const;
    /// Empty when each one either succeeded or was refused with `text` (refusedWith); else the
    /// first that did neither.
    QString losersRefusedWith(const QString &text) const;
};
Race race(const QStringList &a, const QStringList &b);

/// The folders and argument lists of mount scenarios: fresh mount folders under `root` (detached
/// at the end by a MountGuard), fresh copies of a WIM, and /Mount-Image, /Commit-Image and
/// /Unmount-Image with one scratch folder. Test thread; owned by the test object.
class MountScenario
{
public:
    /// Uses `root` (a QTemporaryDir's path) and creates `root`/scratch.
    bool init(const QString &root);

    QString scratch() const { return m_scratch; }
    MountGuard &guard() { return m_guard; }
    /// A new empty folder to mount on; the guard detaches it if a test leaves it mounted.
    QString newMountDir();
    /// A new copy of `wim` (empty when the copy fails).
    QString copyOf(const QString &wim);
    /// A new path under the root, not created: `<name><n>`.
    QString fresh(const QString &name);

    QStringList mountArgs(const QString &wim, const QString &dir) const;
    QStringList commitArgs(const QString &dir) const;
    /// /Unmount-Image with /Commit or /Discard.
    QStringList unmountArgs(const QString &dir, bool commit) const;
    /// What is left in the scratch folder (nothing, once every mount is gone).
    QStringList scratchEntries() const;
    /// Discards the mount at `dir`: empty when the command succeeded and afterwards the folder is
    /// neither mounted nor registered and the scratch folder is empty; else what is left.
    QString discard(const QString &dir) const;

private:
    QString m_root;
    QString m_scratch;
    MountGuard m_guard;
    int m_counter = 0;
};

} // namespace wb::test
