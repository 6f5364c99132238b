// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplyImageOperation.h"

#include "core/FaultPoint.h"
#include "core/OwnedTemporary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <cerrno>
#include <cstdio>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ApplyImageOperation)
};

const QString kStagingPrefix = QStringLiteral(".wimbench-apply-");

Error refusal(const char *code, const QString &message)
{
    return Error::make(QStringLiteral("apply.") + QLatin1String(code), message);
}

/// Removes the staging folders of applies into `folder` whose process is gone.
void removeStaleStaging(const QString &folder, OperationContext &context)
{
    const QFileInfoList entries = QDir(folder).entryInfoList({kStagingPrefix + QStringLiteral("*")}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &fi : entries) {
        if (!OwnedTemporary::ownerGone(fi.absoluteFilePath(), kStagingPrefix))
            continue;
        context.decision(QStringLiteral("Removing %1, left by an apply that was interrupted").arg(fi.absoluteFilePath()));
        QDir(fi.absoluteFilePath()).removeRecursively();
    }
}

} // namespace

ApplyImageOperation::ApplyImageOperation(ApplyImageRequest request)
    : m_request(std::move(request))
{
    m_target.path = QFileInfo(m_request.applyDir).absoluteFilePath();
    m_target.ntfsVolume = isVolumePath(m_target.path);
    m_target.noRpFix = m_request.noRpFix;
}

QString ApplyImageOperation::description() const
{
    return Tr::tr("Apply %1 of %2 to %3").arg(m_request.image.displayText(), QFileInfo(m_request.imagePath).fileName(), m_request.applyDir);
}

QList<std::pair<QString, QString>> ApplyImageOperation::parameters() const
{
    const ApplyImageRequest &r = m_request;
    const auto yesNo = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    return {{QStringLiteral("ImageFile"), r.imagePath},        {QStringLiteral("Image"), r.image.describe()},
            {QStringLiteral("ApplyDir"), r.applyDir},          {QStringLiteral("SWMFile"), r.splitPattern},
            {QStringLiteral("CheckIntegrity"), yesNo(r.checkIntegrity)}, {QStringLiteral("Verify"), yesNo(r.verify)},
            {QStringLiteral("NoRpFix"), yesNo(r.noRpFix)},     {QStringLiteral("ConfirmTrustedFile"), yesNo(r.confirmTrustedFile)}};
}

Status ApplyImageOperation::checkRequest() const
{
    const ApplyImageRequest &r = m_request;
    if (r.compact)
        return refusal("compact-unsupported",
                       Tr::tr("Compact mode applies files compressed by Windows' Overlay Filter (WOF), which only "
                              "Windows can read; WimBench cannot write such files."))
            .withRemedy(Remedy::Kind::DropCompact);
    if (r.wimBoot)
        return refusal("wimboot-unsupported",
                       Tr::tr("WIMBoot mode writes pointer files that only Windows' WOF driver can follow back into "
                              "the WIM; WimBench cannot write them."))
            .withRemedy(Remedy::Kind::DropWimBoot);
    const QFileInfo target(m_target.path);
    if (!target.exists())
        return refusal("target-missing",
                       Tr::tr("%1 does not exist. Create the folder first, or give a file or block device that holds an "
                              "NTFS volume (made with mkntfs).")
                           .arg(m_target.path));
    if (!target.isDir() && !m_target.ntfsVolume)
        return refusal("target-kind",
                       Tr::tr("%1 is not a folder, nor a file or block device that holds an NTFS volume.").arg(m_target.path));
    return {};
}

Status ApplyImageOperation::run(OperationContext &context)
{
    WB_TRY(checkRequest());
    if (m_request.confirmTrustedFile)
        context.decision(QStringLiteral("/ConfirmTrustedFile: Trusted Desktop validation is a Windows feature; nothing to do here"));
    context.progress(Tr::tr("Opening image file"), 0, 0);
    WimOpenOptions options;
    options.checkIntegrity = m_request.checkIntegrity;
    options.splitPattern = m_request.splitPattern;
    auto wim = WimFile::open(m_request.imagePath, options, &context);
    if (!wim)
        return wim.error();
    if (m_request.checkIntegrity && wim->integrity() == IntegrityStatus::NoTable)
        context.warning(QStringLiteral("%1 has no integrity table; its integrity could not be checked").arg(m_request.imagePath));
    const auto index = wim->resolveImage(m_request.image.index, m_request.image.name);
    if (!index)
        return index.error();
    m_index = *index;
    // A crafted entry name ('/' or '\\' inside it) anywhere in the image refuses the apply before
    // anything is written; a cyclic tree fails wimlib's metadata check while walking.
    WB_TRY(wim->checkEntryNames(*index, &context));
    if (context.isCancelled())
        return Error::cancelled();
    if (m_target.ntfsVolume) {
        context.decision(QStringLiteral("%1 is not a folder: applied onto the NTFS volume in it through NTFS-3G").arg(m_target.path));
        WB_TRY(WimApply::applyImage(*wim, *index, m_target, context, "apply.progress"));
    } else {
        WB_TRY(applyIntoFolder(*wim, context));
    }
    context.info(QStringLiteral("Applied image %1 of %2 to %3").arg(*index).arg(m_request.imagePath, m_target.path));
    return {};
}

Status ApplyImageOperation::applyIntoFolder(WimFile &wim, OperationContext &context)
{
    const QString folder = m_target.path;
    removeStaleStaging(folder, context);
    const auto top = wim.listDirectory(m_index, QStringLiteral("/"));
    if (!top)
        return top.error();
    for (const DirectoryEntry &e : *top) {
        const QFileInfo existing(QDir(folder).filePath(e.name));
        if (existing.exists() || existing.isSymLink())
            return refusal("exists",
                           Tr::tr("%1 already holds %2, which the image also has. Apply into an empty folder, or remove it "
                                  "first; nothing was changed.")
                               .arg(folder, e.name));
    }
    const QString staging = QDir(folder).filePath(OwnedTemporary::name(kStagingPrefix));
    const auto removeStaging = qScopeGuard([&staging] { QDir(staging).removeRecursively(); });
    if (!QDir().mkdir(staging))
        return Error::fromErrno(QStringLiteral("apply.staging-failed"),
                                Tr::tr("Could not create a staging folder in %1. Check that you may write there.").arg(folder), errno);
    ApplyTarget into = m_target;
    into.path = staging;
    WB_TRY(WimApply::applyImage(wim, m_index, into, context, "apply.progress"));
    if (context.isCancelled())
        return Error::cancelled();
    const QStringList names = QDir(staging).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    faultPoint("apply.before-move");
    for (const QString &name : names) {
        if (std::rename(QFile::encodeName(QDir(staging).filePath(name)).constData(),
                        QFile::encodeName(QDir(folder).filePath(name)).constData())
            != 0)
            return Error::fromErrno(QStringLiteral("apply.move-failed"),
                                    Tr::tr("Could not move %1 into %2; the entries moved before it stay.").arg(name, folder), errno);
        faultPoint("apply.between-moves");
    }
    return {};
}

} // namespace wb
