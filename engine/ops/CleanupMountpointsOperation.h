// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "mount/MountManager.h"

namespace wb {

/// /Cleanup-Mountpoints, Clear-WindowsCorruptMountPoint: for every registered mount that is not
/// Ok, stops a helper that no longer serves it, detaches the stale FUSE endpoint, removes the
/// staging folder and the registry entry; then detaches stale wimlib endpoints nobody registered
/// and removes orphaned staging folders in the scratch directory and the message queues killed
/// unmounts left (mount/UnmountQueues.h). Served mounts are left alone.
/// Worker thread.
class CleanupMountpointsOperation : public Operation
{
public:
    CleanupMountpointsOperation() = default;

    QString name() const override { return QStringLiteral("Cleanup-Mountpoints"); }
    QString description() const override;
    Status run(OperationContext &context) override;

    const CleanupReport &report() const { return m_report; }

private:
    void removeStaleUnmountQueues(OperationContext &context);

    CleanupReport m_report;
};

} // namespace wb
