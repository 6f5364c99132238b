// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/FileLock.h"
#include "core/Operation.h"
#include "core/Result.h"

#include <QByteArray>
#include <QFileInfo>
#include <QString>

#include <utility>

namespace wb {

/// An OFD write lock (fcntl F_OFD_SETLK) on byte 0 of an existing image file, held from before it is opened
/// until the change is written, so two WimBench processes never change one file at once (each
/// would write after the old end it read, or replace the other's result). wimlib's own flock during
/// a write is a different kind of lock and does not conflict with it. Readers are kept away from
/// the bytes being rewritten by FileContentLock (byte 1), not by this lock. Used by export, delete and
/// /Set-ImageInfo on their worker thread; a named use of FileLock (OFD range, byte 0); move-only,
/// released when destroyed.
class FileWriteLock
{
public:
    FileWriteLock() = default;
    /// False when another process holds the lock. A file that cannot be opened for writing is not
    /// locked (the operation refuses it later with its own error).
    bool acquire(const QString &path);

private:
    FileLock m_lock;
};

/// Size and modification time (ns) of a file, to notice a writer that does not take FileWriteLock;
/// {-1, -1} when it cannot be read. Any thread.
std::pair<qint64, qint64> fileVersion(const QString &path);

/// Removes the temporary files `.<name>.wimbench-<pid>-<hex>.tmp` beside `finalPath`, and the old
/// versions `...<hex>.old` a deferred removal did not get to (DeferredRemoval.h), whose process is
/// gone (OwnedTemporary), logging a decision that names `what` was interrupted ("an export").
void removeStaleTemporaries(const QFileInfo &finalPath, OperationContext &context, const QString &what);

/// A fresh temporary name `.<name>.wimbench-<pid>-<hex>.tmp` beside `finalPath` (same folder, so
/// the same file system and an atomic rename).
QString temporaryBeside(const QFileInfo &finalPath);

/// Removes a temporary file when the scope ends unless it was kept (renamed into place).
struct TemporaryFile
{
    QString path;
    bool keep = false;
    TemporaryFile() = default;
    TemporaryFile(const TemporaryFile &) = delete;
    TemporaryFile &operator=(const TemporaryFile &) = delete;
    ~TemporaryFile();
};

/// Replaces `finalPath` by `temporary` in one step (rename), after giving the temporary the
/// permissions of the file it replaces and before syncing the folder, so a crash leaves the old or
/// the new file under the name. Returns 0 or an errno value. Any thread.
int replaceWithTemporary(const QString &temporary, const QString &finalPath);

/// Whether writeFileAtomically may replace a file that is already at the path.
enum class ExistingFile { Replace, Keep };

/// Whether writeFileAtomically makes the new content durable (fsync of the file and its folder)
/// before it returns. `Synced` for anything that must survive a system crash (lists, journals, the
/// inventory cache). `NotSynced` only for state that describes what runs on this machine and ends
/// with it anyway, the mount registry and a staging folder's owner file (engine/mount/README.md,
/// "Registry"): other processes still see the old or the new content, never a mix; a system crash
/// may leave the content of a few seconds before, or an empty file where the first write was lost.
enum class Durability { Synced, NotSynced };

/// What writeFileAtomically does with the version it replaces: the rename removes it, or, in a
/// process that enabled DeferredRemoval (the command line), it stays linked aside until after the
/// exit status was reported. Only for a file on the machine's own disk that every command
/// rewrites, the mount registry (core/DeferredRemoval.h); never for a file inside an image.
enum class OldVersion { RemoveNow, RemoveAfterReport };

/// The one way the engine writes a small file whole (a registry, a list, a journal): `bytes` go
/// into a temporary beside `path` (temporaryBeside), which is fsynced, given the permissions of
/// the file it replaces and renamed over it (ExistingFile::Keep: renameNoReplace, refusing an
/// existing file with EEXIST), then the folder is fsynced (both syncs skipped for
/// Durability::NotSynced). A crash or failure leaves the previous content or the new one, never a
/// mix, and no temporary behind. On failure: code `file.write-failed` (`file.exists` for Keep), a
/// message naming the file and a detail with the step and the errno; callers with a code of their
/// own keep the detail. Any thread.
Status writeFileAtomically(const QString &path, const QByteArray &bytes, ExistingFile existing = ExistingFile::Replace,
                           Durability durability = Durability::Synced, OldVersion old = OldVersion::RemoveNow);

} // namespace wb
