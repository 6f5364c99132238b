// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "mount/MountManager.h"

namespace wb {

/// /Commit-Image, Save-WindowsImage: writes the changes of a read-write mount into its WIM
/// (replacing the mounted index, or as a new index with `append`) and stays mounted: commit and
/// unmount through the helper, then mount again at the same folder. Worker thread; the record
/// (with the index now mounted) is read after the run.
class SaveImageOperation : public Operation
{
public:
    SaveImageOperation(QString mountDir, bool append, bool checkIntegrity, bool supportEa = false);

    /// With `append`: the new index's name and description. wimlib appends it unnamed
    /// (WIMLIB_UNMOUNT_FLAG_NEW_IMAGE); the name is checked free before the commit and written
    /// right after it, before the mount again. Empty name: left unnamed, as before.
    void setNewImageInfo(QString name, QString description)
    {
        m_newName = std::move(name);
        m_newDescription = std::move(description);
    }

    QString name() const override { return QStringLiteral("Commit-Image"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    Status run(OperationContext &context) override;

    const MountRecord &record() const { return m_record; }
    /// The index the changes were written to.
    int savedIndex() const { return m_savedIndex; }

private:
    Status nameNewImage(const QString &imageFile, OperationContext &context);

    QString m_mountDir;
    QString m_newName;
    QString m_newDescription;
    bool m_append;
    bool m_checkIntegrity;
    bool m_supportEa;
    MountRecord m_record;
    int m_savedIndex = 0;
};

} // namespace wb
