// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QStringList>

namespace wb {

class OperationContext;

// Replaces identical files under some folders by hard links to one of them (what
// /Optimize-ProvisionedAppxPackages does to the provisioned packages' folders).
//
// Files are grouped by device and size, and names of one inode count once. A group is then split
// into sets of identical content by reading its files side by side, one chunk at a time, so each
// byte is read once and files that differ early are dropped early; groups too large to keep every
// file open are first split by a 128-bit digest, and every set is still compared byte for byte
// before anything is linked. Each link replaces the duplicate atomically (link beside, rename
// over); a failure stops the work, and files linked so far stay linked (same content).
// Runs on the calling (worker) thread.
struct IdenticalFilesResult
{
    quint64 filesLinked = 0;
    quint64 bytesSaved = 0;
    quint64 filesExamined = 0;
    quint64 alreadyLinked = 0;
};

Result<IdenticalFilesResult> linkIdenticalFiles(const QStringList &folders, OperationContext *context);

} // namespace wb
