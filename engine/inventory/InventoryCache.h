// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InventoryRoot.h"

#include "core/FileLock.h"
#include "core/Result.h"

#include <QString>

#include <optional>

namespace wb {

class OperationContext;

/// A shared flock on one cache entry's lock file, held while a command reads the entry, so no
/// other process removes it meanwhile. Move-only; released when destroyed. Any thread.
using InventoryCacheLease = FileLock;

/// The files extracted from WIM indexes for the inventory commands, kept between commands so
/// that several commands on the same unchanged index extract each file once: one entry per
/// (WIM file, its device, inode, size, modification and change time, index or name), in
/// `<scratch root>/wimbench-inventory-<uid>/`. engine/inventory/README.md ("Cache") describes
/// when an entry is reused, invalidated and removed, and how large the cache can get.
/// Used on one worker thread.
namespace InventoryCache {

/// Entries kept at most; the least recently used beyond it are removed.
constexpr int kMaxEntries = 3;
/// An entry not used for this long is removed by the next inventory command.
constexpr int kIdleSeconds = 15 * 60;

/// An entry holding the files of the topics asked for, leased to the caller.
struct Entry
{
    QString imagePath;    ///< the image root inside the entry
    WimImageFacts facts;
    int extracted = 0;    ///< files extracted by this command (0: all were there)
    InventoryCacheLease lease;
};

/// The entry of `source` with the files of `topics`: reused when valid, else (re)filled from
/// the WIM. Empty when the cache cannot be used safely now (folder not private, entry in use by
/// another process while it has to be replaced); the caller then extracts without it.
Result<std::optional<Entry>> open(const QString &scratchRoot, const InventorySource &source, unsigned topics,
                                  OperationContext &context);

/// The cache folder under `scratchRoot` (an empty root means the system's temporary folder).
QString folder(const QString &scratchRoot);

/// Removes every entry no process is using (the scratch cleanup, /Cleanup-Mountpoints); returns
/// how many were removed.
int removeUnused(const QString &scratchRoot, OperationContext &context);

} // namespace InventoryCache

} // namespace wb
