// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "mount/MountManager.h"

namespace wb {

/// /Unmount-Image {/Commit|/Discard}, Dismount-WindowsImage {-Save|-Discard}: optionally commits
/// the changes, unmounts, stops the helper and removes the staging folder and the registry entry.
/// A mount whose helper is gone can only be discarded. Worker thread.
class DismountImageOperation : public Operation
{
public:
    DismountImageOperation(QString mountDir, bool commit, bool append = false, bool checkIntegrity = false);

    QString name() const override { return QStringLiteral("Unmount-Image"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    Status run(OperationContext &context) override;

    const MountRecord &record() const { return m_record; }
    int savedIndex() const { return m_savedIndex; }

private:
    QString m_mountDir;
    bool m_commit;
    bool m_append;
    bool m_checkIntegrity;
    MountRecord m_record;
    int m_savedIndex = 0;
};

} // namespace wb
