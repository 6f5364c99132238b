// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "mount/MountManager.h"

namespace wb {

/// /Remount-Image, Mount-WindowsImage -Remount: serves a NeedsRemount mount again (stale FUSE
/// endpoint detached, helper restarted with the registered image, index and mode). Changes that
/// were not saved before the helper stopped are lost (wimlib cannot resume a staging folder).
/// Worker thread.
class RemountImageOperation : public Operation
{
public:
    explicit RemountImageOperation(QString mountDir);

    QString name() const override { return QStringLiteral("Remount-Image"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    Status run(OperationContext &context) override;

    const MountRecord &record() const { return m_record; }
    /// True when the mount was already served and nothing was done.
    bool wasServed() const { return m_wasServed; }

private:
    QString m_mountDir;
    MountRecord m_record;
    bool m_wasServed = false;
};

} // namespace wb
