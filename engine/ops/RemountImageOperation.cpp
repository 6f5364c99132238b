// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemountImageOperation.h"

#include "mount/MountDirLock.h"
#include "mount/MountSystem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::RemountImageOperation)
};
} // namespace

RemountImageOperation::RemountImageOperation(QString mountDir)
    : m_mountDir(std::move(mountDir))
{
}

QString RemountImageOperation::description() const
{
    return Tr::tr("Remount %1").arg(m_mountDir);
}

QList<std::pair<QString, QString>> RemountImageOperation::parameters() const
{
    return {{QStringLiteral("MountDir"), m_mountDir}};
}

Status RemountImageOperation::run(OperationContext &context)
{
    MountManager manager;
    if (m_mountDir.isEmpty())
        return manager.require(m_mountDir).error();
    const auto dirLock = MountDirLock::acquire(QFileInfo(manager.registry().filePath()).path(), MountSystem::absoluteDir(m_mountDir));
    if (!dirLock)
        return dirLock.error();
    auto found = manager.require(m_mountDir);
    if (!found)
        return found.error();
    m_record = *found;
    QString reason;
    const MountStatus status = MountRegistry::statusOf(m_record, &reason);
    if (status == MountStatus::Ok) {
        m_wasServed = true;
        context.decision(QStringLiteral("%1 is served (%2); nothing to remount").arg(m_record.mountDir, reason));
        return {};
    }
    if (status == MountStatus::Invalid)
        return Error::make(QStringLiteral("mount.invalid"), Tr::tr("%1 cannot be remounted: %2.").arg(m_record.mountDir, reason), reason)
            .withRemedy(Remedy::Kind::DiscardOrCleanup, {m_record.mountDir});
    context.decision(QStringLiteral("Remounting %1: %2").arg(m_record.mountDir, reason));
    if (m_record.readWrite)
        context.warning(QStringLiteral("Changes made in %1 after its last save are lost").arg(m_record.mountDir));
    WB_TRY(manager.clearLeftovers(m_record, context));
    // A save killed between its remount and the registration leaves that remount's staging folder
    // unrecorded (and its endpoint, detached above).
    manager.removeOrphanStagingFolders(context.settings().scratchDirectory, context);
    auto again = manager.mountAgain(m_record, context);
    if (!again)
        return again.error();
    m_record = *again;
    return {};
}

} // namespace wb
