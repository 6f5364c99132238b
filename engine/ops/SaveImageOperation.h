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

    QString name() const override { return QStringLiteral("Commit-Image"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    Status run(OperationContext &context) override;

    const MountRecord &record() const { return m_record; }
    /// The index the changes were written to.
    int savedIndex() const { return m_savedIndex; }

private:
    QString m_mountDir;
    bool m_append;
    bool m_checkIntegrity;
    bool m_supportEa;
    MountRecord m_record;
    int m_savedIndex = 0;
};

} // namespace wb
