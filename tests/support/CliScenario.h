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

/// `args` with every `{key}` replaced by `values[key]`: a table row names the files and folders
/// that the test makes at run time ("/ImageFile:{wim}").
QStringList fillIn(QStringList args, const QMap<QString, QString> &values);

/// `args` with the log file option in their syntax: /LogPath:<log>, or -LogPath <log> after a
/// cmdlet name.
QStringList withLogPath(QStringList args, const QString &log);

/// The error code of the last failure the servicing log `log` recorded ("... failed [<code>]: ..."),
/// empty when there is none: usage errors (exit status 87) are not logged.
QString loggedFailureCode(const QString &log);

/// A refusal as a table row expects it: `r` ended with `exitCode` (1 or 87); unless `code` is
/// empty, the log file `log` (withLogPath) recorded that engine error code; unless `fragment` is
/// empty, the last "Error:" line contains it. Empty when all hold, else what happened instead.
QString refusedAs(const CliResult &r, const QString &log, int exitCode, const QString &code, const QString &fragment);

/// What a refused command must leave as it found it, taken when constructed: the bytes of files,
/// the entries and bytes of folders (contentTreeDigest) and, with `mounts`, the mount registry as
/// /Get-MountedImageInfo reports it and which of the folders are mount points.
class Untouched
{
public:
    explicit Untouched(const QStringList &paths, bool mounts = false);
    /// Empty when everything is as it was, else the first difference.
    QString changes() const;

private:
    struct State
    {
        QMap<QString, QByteArray> digests; ///< path (a file, or a folder's entry) -> digest
        QMap<QString, QString> mounts;     ///< mount folder -> status
        QStringList mountPoints;
    };
    State take() const;

    QStringList m_paths;
    bool m_mounts = false;
    State m_before;
};

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
