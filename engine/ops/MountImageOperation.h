// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "mount/MountManager.h"

namespace wb {

/// /Mount-Image, Mount-WindowsImage: mounts an index read-write or read-only through the mount
/// helper and registers it. Created by the GUI/CLI, run on a worker thread; the mount record is
/// read after the run.
class MountImageOperation : public Operation
{
public:
    explicit MountImageOperation(MountRequest request);

    QString name() const override { return QStringLiteral("Mount-Image"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    Status run(OperationContext &context) override;

    const MountRecord &record() const { return m_record; }

private:
    MountRequest m_request;
    MountRecord m_record;
};

} // namespace wb
