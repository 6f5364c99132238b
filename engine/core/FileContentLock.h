// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/FileLock.h"
#include "core/Operation.h"
#include "core/Result.h"

#include <QString>

namespace wb {

/// The reader/writer rule for an image file's bytes (engine/wim/README.md, "Readers and writers"):
/// an OFD lock (fcntl F_OFD_SETLK) on byte 1 of the file, shared while WimBench reads the file's
/// header, blob table, XML and integrity table (WimFile::open), exclusive while it rewrites them in
/// place (wimlib_overwrite). FileWriteLock (byte 0) keeps writers apart; this one keeps readers
/// away from a half-written XML. Both are OFD locks, so two threads of one process exclude each
/// other as two processes do; wimlib's own flock during a write is a different kind of lock and
/// does not conflict. A named use of FileLock (OFD range, byte 1). Used on one worker thread;
/// move-only; released when destroyed.
class FileContentLock
{
public:
    enum class Mode { Read, Write };

    FileContentLock() = default;

    /// Waits until the lock is granted, reporting "Waiting for ..." progress and honouring cancel
    /// through `context` (may be null: then it waits without reporting). A file that cannot be
    /// opened, or a file system without OFD locks, is not locked (success: the operation itself
    /// reports what is wrong with the file). Fails only with Error::cancelled().
    Status acquire(const QString &path, Mode mode, OperationContext *context);
    /// Releases the lock early (the destructor does it otherwise).
    void release();

private:
    FileLock m_lock;
};

} // namespace wb
