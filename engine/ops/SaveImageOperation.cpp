// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveImageOperation.h"
#include "core/FaultPoint.h"

#include "mount/MountDirLock.h"
#include "mount/MountSystem.h"
#include "ImageFileChange.h"
#include "wim/WimFile.h"
#include "wim/WimWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::SaveImageOperation)
};
QString yesNo(bool v)
{
    return v ? QStringLiteral("yes") : QStringLiteral("no");
}
} // namespace

SaveImageOperation::SaveImageOperation(QString mountDir, bool append, bool checkIntegrity, bool supportEa)
    : m_mountDir(std::move(mountDir)), m_append(append), m_checkIntegrity(checkIntegrity), m_supportEa(supportEa)
{
}

QString SaveImageOperation::description() const
{
    return m_append ? Tr::tr("Save the changes in %1 as a new image").arg(m_mountDir) : Tr::tr("Save the changes in %1").arg(m_mountDir);
}

QList<std::pair<QString, QString>> SaveImageOperation::parameters() const
{
    return {{QStringLiteral("MountDir"), m_mountDir},
            {QStringLiteral("Append"), yesNo(m_append)},
            {QStringLiteral("CheckIntegrity"), yesNo(m_checkIntegrity)},
            {QStringLiteral("SupportEa"), yesNo(m_supportEa)},
            {QStringLiteral("NewName"), m_newName},
            {QStringLiteral("NewDescription"), m_newDescription}};
}

Status SaveImageOperation::nameNewImage(const QString &imageFile, OperationContext &context)
{
    WimOpenOptions options;
    options.writeAccess = true;
    auto wim = WimFile::open(imageFile, options, &context);
    if (!wim)
        return wim.error();
    WB_TRY(WimWriter::setField(*wim, m_savedIndex, ImageField::Name, m_newName));
    if (!m_newDescription.isEmpty())
        WB_TRY(WimWriter::setField(*wim, m_savedIndex, ImageField::Description, m_newDescription));
    WB_TRY(WimWriter::overwriteInPlace(*wim, m_checkIntegrity, context, "save.name-progress"));
    context.decision(QStringLiteral("The new index %1 is named \"%2\"").arg(m_savedIndex).arg(m_newName));
    return {};
}

Status SaveImageOperation::run(OperationContext &context)
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
    MountRecord record = *found;
    if (!record.readWrite)
        return Error::make(QStringLiteral("mount.read-only"),
                           Tr::tr("%1 is mounted read-only, so there is nothing to save.").arg(record.mountDir))
            .withRemedy(Remedy::Kind::MountReadWrite);
    if (context.isCancelled())
        return Error::cancelled();

    if (m_append && !m_newName.isEmpty()) {
        auto current = WimFile::open(record.imageFile);
        if (!current)
            return current.error();
        WB_TRY(checkNameFree(*current, m_newName, 0, QStringLiteral("save")));
    }
    UnmountOptions options;
    options.commit = true;
    options.append = m_append;
    options.checkIntegrity = m_checkIntegrity;
    faultPoint("save.before-commit");
    WB_TRY(manager.unmount(record, options, context));
    faultPoint("save.after-commit");

    // The changes are in the file now: record its new identity (and the new index) at once, so
    // that a failed remount leaves a NeedsRemount entry rather than an Invalid one.
    m_savedIndex = record.index;
    if (m_append) {
        {
            auto wim = WimFile::open(record.imageFile);
            if (!wim)
                return wim.error();
            m_savedIndex = wim->imageCount();
            record.imageName = wim->imageInfo(m_savedIndex).name;
        } // closed before the name is written in place
        context.decision(QStringLiteral("The changes were appended as index %1 of %2; index %3 is unchanged and %1 is mounted from now on")
                             .arg(m_savedIndex)
                             .arg(record.imageFile)
                             .arg(record.index));
        record.index = m_savedIndex;
        // The changes are saved either way: a name that cannot be written is a warning, not a failure.
        if (!m_newName.isEmpty()) {
            if (Status named = nameNewImage(record.imageFile, context); named.ok())
                record.imageName = m_newName;
            else
                context.warning(QStringLiteral("The new index %1 stays unnamed: %2").arg(m_savedIndex).arg(named.error().logLine()));
        }
    }
    if (m_supportEa && !record.supportEa) {
        context.decision(QStringLiteral("Remounting %1 with extended attribute support (wimlib UNIX data)").arg(record.mountDir));
        record.supportEa = true;
    }
    record.imageStamp = FileStamp::of(record.imageFile);
    WB_TRY(manager.registry().put(record));
    faultPoint("save.before-remount");

    auto again = manager.mountAgain(record, context);
    if (!again) {
        Error e = again.error();
        e.message = Tr::tr("The changes were saved into %1, but the image could not be mounted again at %2: %3")
                        .arg(record.imageFile, record.mountDir, e.message);
        e.remedy = Remedy{Remedy::Kind::RemountImage, {record.mountDir}};
        return e;
    }
    m_record = *again;
    return {};
}

} // namespace wb
