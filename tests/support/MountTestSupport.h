// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace wb::test {

/// Empty when FUSE mounts can be made here (/dev/fuse readable and writable), else the reason.
QString fuseUnavailableReason();

/// True when `dir` is a mount point in /proc/self/mountinfo.
bool isMountPoint(const QString &dir);

/// The pid of a live wimbench-mount-helper whose command line names `dir`, else 0.
qint64 helperProcessFor(const QString &dir);

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
    /// Detaches now; returns the folders that were still mounted.
    QStringList release();

private:
    QStringList m_dirs;
};

} // namespace wb::test
