// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/FileLock.h"
#include "core/Result.h"

#include <QString>

#include <utility>

namespace wb {

/// An exclusive, non-blocking flock that one process holds while it saves, dismounts or remounts
/// the image at one mount folder (`mount-<hash of the folder>.lock` beside the registry), so two
/// processes never commit the same mount at once and /Cleanup-Mountpoints leaves a mount alone
/// while another process is between its commit and its remount. Mounting takes the registry-wide
/// operation lock instead (MountManager). A named use of FileLock; move-only; released when
/// destroyed. Any thread.
class MountDirLock
{
public:
    /// mount.operation-in-progress when another process holds it. `registryDirectory` is
    /// MountRegistry::directory() (tests give each registry its own).
    static Result<MountDirLock> acquire(const QString &registryDirectory, const QString &mountDir);

private:
    explicit MountDirLock(FileLock lock) : m_lock(std::move(lock)) {}
    FileLock m_lock;
};

} // namespace wb
