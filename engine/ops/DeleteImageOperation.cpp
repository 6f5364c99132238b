// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeleteImageOperation.h"

#include "ImageFileChange.h"

#include "core/FaultPoint.h"
#include "core/FileWriteGuard.h"
#include "wim/WimWriteHelper.h"
#include "wim/WimWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::DeleteImageOperation)
};
} // namespace

DeleteImageOperation::DeleteImageOperation(QString imagePath, ImageSelector image, bool checkIntegrity)
    : m_imagePath(std::move(imagePath)), m_image(std::move(image)), m_checkIntegrity(checkIntegrity)
{
}

QString DeleteImageOperation::description() const
{
    return Tr::tr("Delete %1 of %2").arg(m_image.displayText(), QFileInfo(m_imagePath).fileName());
}

QList<std::pair<QString, QString>> DeleteImageOperation::parameters() const
{
    return {{QStringLiteral("ImageFile"), m_imagePath},
            {QStringLiteral("Image"), m_image.describe()},
            {QStringLiteral("CheckIntegrity"), m_checkIntegrity ? QStringLiteral("yes") : QStringLiteral("no")}};
}

Status DeleteImageOperation::run(OperationContext &context)
{
    const QFileInfo file(m_imagePath);
    const QString shown = file.absoluteFilePath();
    removeStaleTemporaries(file, context, QStringLiteral("a delete"));
    context.progress(Tr::tr("Opening image file"), 0, 0);
    ImageFileChange change(m_imagePath, QStringLiteral("delete"));
    WB_TRY(change.open(m_checkIntegrity, context));
    WimFile &wim = change.wim();
    const auto index = wim.resolveImage(m_image.index, m_image.name);
    if (!index)
        return index.error();
    m_deletedIndex = *index;
    m_deletedName = wim.imageInfo(*index).name;
    if (wim.imageCount() == 1)
        return Error::make(QStringLiteral("delete.last-image"),
                           Tr::tr("Image %1 (\"%2\") is the only image in %3, and a WIM file cannot be empty. Delete the file "
                                  "itself instead.")
                               .arg(*index)
                               .arg(m_deletedName, shown));
    const bool integrity = m_checkIntegrity || wim.header().hasIntegrityTable;
    context.decision(QStringLiteral("Deleting image %1 (\"%2\") of %3: the file is rebuilt beside it and renamed over it%4")
                         .arg(*index)
                         .arg(m_deletedName, file.absoluteFilePath(),
                              integrity ? QStringLiteral(", with an integrity table") : QString()));
    if (context.isCancelled())
        return Error::cancelled();

    TemporaryFile temporary;
    temporary.path = temporaryBeside(file);
    // The rebuild runs in wimbench-write-helper, which a cancel kills (engine/wim/README.md); the
    // old file is only read.
    WimRebuildJob job{file.absoluteFilePath(), *index, temporary.path, integrity, wim.header().solid, wim.header().pipable};
    WB_TRY(WimWriteHelper::rebuildWithout(job, context, "delete.progress", file.absoluteFilePath()));
    if (context.isCancelled())
        return Error::cancelled();
    context.progress(Tr::tr("Verifying the new file"), 0, 0);
    WB_TRY(WimWriter::verifyFile(temporary.path, context));
    faultPoint("delete.before-rename");
    WB_TRY(change.checkUnchanged());
    if (const int err = replaceWithTemporary(temporary.path, file.absoluteFilePath()))
        return Error::fromErrno(QStringLiteral("delete.rename-failed"),
                                Tr::tr("Could not replace %1 with its new version; the file was left as it was.").arg(shown), err);
    temporary.keep = true;
    faultPoint("delete.after-rename");
    m_remaining = wim.imageCount() - 1;
    context.info(QStringLiteral("Deleted image %1 (\"%2\") of %3; %4 image(s) remain")
                     .arg(*index)
                     .arg(m_deletedName, file.absoluteFilePath())
                     .arg(m_remaining));
    return {};
}

} // namespace wb
