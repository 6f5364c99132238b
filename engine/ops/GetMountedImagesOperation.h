// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "mount/MountManager.h"

namespace wb {

/// A registered mount with its current status.
struct MountedImage
{
    MountRecord record;
    MountStatus status = MountStatus::Ok;
    QString reason; ///< why (for the log and tooltips)
};

/// /Get-MountedImageInfo, Get-WindowsImage -Mounted: every registered mount with its status.
/// Worker thread; the list is read after the run.
class GetMountedImagesOperation : public Operation
{
public:
    GetMountedImagesOperation() = default;

    QString name() const override { return QStringLiteral("Get-MountedImageInfo"); }
    QString description() const override;
    Status run(OperationContext &context) override;

    const QList<MountedImage> &mounts() const { return m_mounts; }

private:
    QList<MountedImage> m_mounts;
};

} // namespace wb
