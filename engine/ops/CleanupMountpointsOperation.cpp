// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CleanupMountpointsOperation.h"

#include "core/FaultPoint.h"
#include "core/FileWriteGuard.h"
#include "inventory/InventoryCache.h"
#include "mount/MountDirLock.h"
#include "mount/UnmountQueues.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::CleanupMountpointsOperation)
};
} // namespace

QString CleanupMountpointsOperation::description() const
{
    return Tr::tr("Clean up stale mount points");
}

Status CleanupMountpointsOperation::run(OperationContext &context)
{
    MountManager manager;
    auto all = manager.registry().records();
    if (!all)
        return all.error();
    int done = 0;
    for (const MountRecord &r : *all) {
        context.progress(Tr::tr("Cleaning up mount points"), quint64(done++), quint64(all->size()));
        if (context.isCancelled())
            return Error::cancelled();
        QString reason;
        const MountStatus status = MountRegistry::statusOf(r, &reason);
        if (status == MountStatus::Ok) {
            context.decision(QStringLiteral("Keeping %1: %2").arg(r.mountDir, reason));
            continue;
        }
        // A mount another process is saving is Invalid or NeedsRemount between its commit and its
        // remount: leave it to that process.
        const auto dirLock = MountDirLock::acquire(QFileInfo(manager.registry().filePath()).path(), r.mountDir);
        if (!dirLock) {
            context.decision(QStringLiteral("Keeping %1: %2").arg(r.mountDir, dirLock.error().logLine()));
            continue;
        }
        context.decision(QStringLiteral("Cleaning up %1 (%2): %3").arg(r.mountDir, mountStatusName(status), reason));
        WB_TRY(manager.clearLeftovers(r, context, &m_report));
        faultPoint("cleanup.before-unregister");
        WB_TRY(manager.registry().remove(r.mountDir));
        ++m_report.registryEntries;
    }
    m_report.endpoints += manager.removeUnregisteredMounts(context);
    // Dead wimlib endpoints nobody has registered (e.g. a registry that was lost): nobody can use
    // them any more, so detaching them harms no one. Served mounts are never touched.
    m_report.endpoints += manager.removeStaleEndpoints(context);
    m_report.stagingFolders += manager.removeOrphanStagingFolders(context.settings().scratchDirectory, context);
    // The inventory's extracted files (engine/inventory/README.md, "Cache") are scratch data too.
    const int cacheEntries = InventoryCache::removeUnused(InventoryRoot::scratchRoot(context), context);
    removeStaleUnmountQueues(context);
    // Temporaries and old versions of the registry a killed command left (core/DeferredRemoval.h).
    removeStaleTemporaries(QFileInfo(manager.registry().filePath()), context, QStringLiteral("a mount registry write"));
    context.progress(Tr::tr("Cleaning up mount points"), quint64(all->size()), quint64(all->size()));
    context.info(QStringLiteral("Cleanup: %1 registry entries, %2 stale endpoints, %3 helpers, %4 staging folders, %5 inventory cache "
                                "entries, %6 unmount message queues removed")
                     .arg(m_report.registryEntries)
                     .arg(m_report.endpoints)
                     .arg(m_report.helpers)
                     .arg(m_report.stagingFolders)
                     .arg(cacheEntries)
                     .arg(m_report.messageQueues));
    return {};
}

void CleanupMountpointsOperation::removeStaleUnmountQueues(OperationContext &context)
{
    // A queue idle for a minute is either held open by both ends of a live unmount (removing its
    // name changes nothing for them) or left by a killed one (UnmountQueues.h).
    const QString listing = UnmountQueues::listingDir();
    if (listing.isEmpty()) {
        context.decision(QStringLiteral("Message queues of interrupted unmounts not checked: no mqueue file system is mounted"));
        return;
    }
    m_report.messageQueues = UnmountQueues::removeStale(std::chrono::seconds(60), listing);
}

} // namespace wb
