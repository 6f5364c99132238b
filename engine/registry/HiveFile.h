// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace wb {

/// File-level work on hive files that libhivex does not do: the header checks made before libhivex
/// parses a file, and the steps of an atomic replace. Used by Hive; any thread.
namespace HiveFile {

/// What the base block (the first 4 KiB) of a hive says.
struct Header
{
    quint32 primarySequence = 0;
    quint32 secondarySequence = 0;
    /// A hive whose sequence numbers differ was not written completely: Windows replays its
    /// transaction logs (.LOG1/.LOG2) before using it.
    bool isDirty() const { return primarySequence != secondarySequence; }
};

/// Checks the file is there, readable and not a symbolic link (registry.open-failed) and that its base block is a
/// regf header whose hive bins fit in the file (registry.corrupt: empty, shorter than a header and
/// one hive bin, no "regf" signature, a major version other than 1, truncated).
Result<Header> readHeader(const QString &path);

/// registry.corrupt for `path`: "<path> is not a usable registry hive: <what>. <what to do>".
Error corrupt(const QString &path, const QString &what, const QString &detail = {});

/// registry.commit-failed for `hivePath` ("could not be written, so it was left unchanged ...").
Error commitFailed(const QString &hivePath, int err);

/// The prefix of the temporary files commits of `hivePath` write: ".<name>.wimbench-".
QString temporaryPrefix(const QString &hivePath);
/// Removes the temporary files of `hivePath` whose owning process is gone (a killed commit).
void removeStaleTemporaries(const QString &hivePath);
/// Gives `temporary` the permissions of `hivePath` and flushes it to disk.
Status finishTemporary(const QString &temporary, const QString &hivePath);
/// Renames `temporary` over `hivePath` (fault points hive.before-rename, hive.after-rename) and
/// flushes the folder, so the rename survives a crash.
Status replace(const QString &temporary, const QString &hivePath);

} // namespace HiveFile

} // namespace wb
