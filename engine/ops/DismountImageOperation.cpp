// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DismountImageOperation.h"
#include "core/FaultPoint.h"

#include "mount/MountDirLock.h"
#include "mount/MountSystem.h"
#include "wim/WimFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::DismountImageOperation)
};
QString yesNo(bool v)
{
    return v ? QStringLiteral("yes") : QStringLiteral("no");
}
} // namespace

DismountImageOperation::DismountImageOperation(QString mountDir, bool commit, bool append, bool checkIntegrity)
    : m_mountDir(std::move(mountDir)), m_commit(commit), m_append(append), m_checkIntegrity(checkIntegrity)
{
}

QString DismountImageOperation::description() const
{
    return m_commit ? Tr::tr("Save and dismount %1").arg(m_mountDir) : Tr::tr("Dismount %1 and discard the changes").arg(m_mountDir);
}

QList<std::pair<QString, QString>> DismountImageOperation::parameters() const
{
    return {{QStringLiteral("MountDir"), m_mountDir},
            {QStringLiteral("Commit"), yesNo(m_commit)},
            {QStringLiteral("Append"), yesNo(m_append)},
            {QStringLiteral("CheckIntegrity"), yesNo(m_checkIntegrity)}};
}

Status DismountImageOperation::run(OperationContext &context)
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
    const QString dir = m_record.mountDir;
    if (m_commit && !m_record.readWrite)
        return Error::make(QStringLiteral("mount.read-only"), Tr::tr("%1 is mounted read-only, so its changes cannot be saved.").arg(dir))
            .withRemedy(Remedy::Kind::DiscardMount, {dir});
    QString reason;
    const MountStatus status = MountRegistry::statusOf(m_record, &reason);
    context.info(QStringLiteral("Mount status of %1: %2 (%3)").arg(m_record.mountDir, mountStatusName(status), reason));

    if (status == MountStatus::Ok) {
        UnmountOptions options;
        options.commit = m_commit;
        options.append = m_append;
        options.checkIntegrity = m_checkIntegrity;
        faultPoint("dismount.before-unmount");
        WB_TRY(manager.unmount(m_record, options, context, MountManager::ServedCheck::JustChecked, MountManager::AfterUnmount::MountGone));
        faultPoint("dismount.after-unmount");
        manager.releaseStagingFolder(m_record, context);
        m_savedIndex = m_record.index;
        if (m_commit && m_append) {
            if (auto wim = WimFile::open(m_record.imageFile)) {
                m_savedIndex = wim->imageCount();
                context.decision(QStringLiteral("The changes were appended as index %1 of %2").arg(m_savedIndex).arg(m_record.imageFile));
            }
        }
    } else {
        if (m_commit)
            return Error::make(
                       QStringLiteral("mount.not-served"),
                       status == MountStatus::Invalid
                           ? Tr::tr("The changes in %1 cannot be saved: %2.").arg(dir, reason)
                           : Tr::tr("The changes in %1 cannot be saved because the image is no longer served (%2).").arg(dir, reason),
                       reason)
                .withRemedy(status == MountStatus::Invalid ? Remedy::Kind::DiscardMount : Remedy::Kind::RemountOrDiscard, {dir});
        context.decision(QStringLiteral("Discarding the %1 mount at %2: %3").arg(mountStatusName(status), m_record.mountDir, reason));
        WB_TRY(manager.clearLeftovers(m_record, context));
    }
    faultPoint("dismount.before-unregister");
    WB_TRY(manager.registry().remove(m_record.mountDir));
    context.info(QStringLiteral("Removed %1 from the mount registry").arg(m_record.mountDir));
    return {};
}

} // namespace wb
