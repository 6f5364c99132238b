// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb {

/// A process that keeps a mount folder busy, and how.
struct ProcessUse
{
    qint64 pid = 0;
    QString command; ///< /proc/<pid>/comm
    QString how;     ///< "working directory", "open file /mnt/x/a.txt", ...
};

/// What the kernel says about mounts and processes (/proc/self/mountinfo, /proc/<pid>/...).
/// Stateless, thread-safe functions used by the mount operations and the registry.
namespace MountSystem {

/// Absolute, '.'/'..'-free form of `path` (symlinks in the parent folders resolved when they exist).
QString absoluteDir(const QString &path);
/// The file system type mounted exactly at `dir` ("fuse.wimfs", "ext4", ...), if `dir` is a mount point.
std::optional<QString> mountTypeAt(const QString &dir);
/// How waitForUnmount ended.
enum class UnmountWait { Unmounted, HelperExited, TimedOut };
/// Waits up to `ms` until nothing is mounted at `dir` any more, or the process `helperPid` (its
/// server) has exited, whichever comes first; Unmounted also when both are true. Event-driven:
/// /proc/self/mountinfo reports POLLPRI after each change of the mount table (proc(5)), and the
/// helper's pidfd becomes readable when it exits. README.md, "Saving and unmounting".
UnmountWait waitForUnmount(const QString &dir, qint64 helperPid, int ms);
/// Every folder where a file system of `type` ("mqueue", "fuse.wimfs", ...) is mounted.
QStringList mountPointsOfType(const QByteArray &type);
/// Every folder with a wimlib FUSE mount (fuse.wimfs), served or stale.
QStringList wimlibMountPoints();
/// `dir` is a FUSE mount of wimlib (served or stale).
bool isWimlibMount(const QString &dir);
/// stat(dir) fails with ENOTCONN: a FUSE endpoint whose server has died.
bool isStaleEndpoint(const QString &dir);
/// The process exists and is not a zombie.
bool isProcessAlive(qint64 pid);
/// The process is stopped (SIGSTOP, traced): a FUSE server in that state would hang every access.
bool isProcessStopped(qint64 pid);
/// The process is alive and is a wimbench-mount-helper.
bool isHelperProcess(qint64 pid);
/// The short command name of a process (/proc/<pid>/comm), empty if gone.
QString commandName(qint64 pid);
/// What the kernel says about the use of a mount (mountInUse).
enum class KernelUse { Unused, Busy, Unknown, Unmounted };
/// Asks the kernel whether anything holds the mount at `dir` (an open or memory-mapped file, a
/// working directory or root inside it): umount2(MNT_EXPIRE) fails with EBUSY when the mount is in
/// use, and with EAGAIN when it is not, in which case it only marks the mount expired, a mark the
/// next access to it clears (umount2(2)). Unknown without the right to unmount (not root: EPERM)
/// or on any other error; Unmounted if the call unmounted it (only when another program marked it
/// and nothing touched it since: callers stat the folder first). README.md, "Saving and unmounting".
KernelUse mountInUse(const QString &dir);
/// Processes with an open file, memory-mapped file, working directory or root inside `dir`,
/// except `excludePid`. Sorted by pid.
QList<ProcessUse> processesUsing(const QString &dir, qint64 excludePid = 0);
/// "1234 (bash: working directory), 99 (less: open file /mnt/a.txt)".
QString describeProcesses(const QList<ProcessUse> &uses);
/// Detaches the mount at `dir` lazily (umount2 MNT_DETACH, else fusermount -uz). Used for
/// stale endpoints only; a served mount is unmounted through wimlib.
Status detachMount(const QString &dir);

} // namespace MountSystem
} // namespace wb
