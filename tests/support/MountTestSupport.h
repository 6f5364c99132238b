// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace wb::test {

/// Empty when FUSE mounts can be made here (/dev/fuse readable and writable), else the reason.
QString fuseUnavailableReason();

/// Skips the calling test function (QSKIP) with fuseUnavailableReason() when FUSE mounts cannot
/// be made here. A macro: QSKIP returns from the function it is written in.
#define WB_SKIP_WITHOUT_FUSE()                                                                         \
    do {                                                                                               \
        if (const QString wbFuseReason = ::wb::test::fuseUnavailableReason(); !wbFuseReason.isEmpty()) \
            QSKIP(qPrintable(wbFuseReason));                                                           \
    } while (false)

/// True when `dir` is a mount point in /proc/self/mountinfo.
bool isMountPoint(const QString &dir);

/// The pid of a live wimbench-mount-helper whose command line names `dir`, else 0.
qint64 helperProcessFor(const QString &dir);

/// The pid of the unmount standby serving `dir` (spawn/Standby.h): a live process whose command
/// line is "<program> --standby <dir>", else 0.
qint64 standbyProcessFor(const QString &dir);

/// Whether a live process other than the standby's own still waits to become the standby of a
/// mount of `dir` (a wimbench-cli-core whose command line, the mount command's, names it).
bool standbyWaitingFor(const QString &dir);

/// The live processes that hold `file` open (a descriptor in /proc/<pid>/fd naming it).
QList<qint64> processesHolding(const QString &file);

/// The live children of `pid` (from /proc/<pid>/task/<pid>/children or /proc/*/stat).
QList<qint64> childProcesses(qint64 pid);

/// Detaches every mount at the folders it was given when it is destroyed (umount2 MNT_DETACH, then
/// fusermount -uz), so a failing test never leaves a FUSE mount behind on the machine. The helper
/// daemons end by themselves once their mount is gone.
class MountGuard
{
public:
    MountGuard() = default;
    ~MountGuard();
    MountGuard(const MountGuard &) = delete;
    MountGuard &operator=(const MountGuard &) = delete;

    void add(const QString &dir);
    /// Creates the folder `dir` (and its parents), guards it and returns it: a new mount folder.
    QString newFolder(const QString &dir);
    /// Detaches now; returns the folders that were still mounted.
    QStringList release();

private:
    QStringList m_dirs;
};

} // namespace wb::test
