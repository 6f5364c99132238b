// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SplitImageOperation.h"

#include "core/FaultPoint.h"
#include "core/OwnedTemporary.h"
#include "core/RenameNoReplace.h"

#include "wim/WimWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::SplitImageOperation)
};

const QString kStagingPrefix = QStringLiteral(".wimbench-split-");
const QString kTargetsFile = QStringLiteral("targets.txt");

/// Clears what a split killed in `folder` left: its staging folder and, when it was killed while
/// moving parts into place (the first part moves last), the parts it had moved already.
void recoverInterruptedSplits(const QDir &folder, OperationContext &context)
{
    const QFileInfoList entries = folder.entryInfoList({kStagingPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &fi : entries) {
        const QString path = fi.absoluteFilePath();
        if (fi.isSymLink() || !OwnedTemporary::ownerGone(path, kStagingPrefix))
            continue;
        QFile list(QDir(path).filePath(kTargetsFile));
        if (list.open(QIODevice::ReadOnly)) {
            const QStringList targets = QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (!targets.isEmpty() && !QFileInfo::exists(targets.first())) {
                for (const QString &t : targets) {
                    if (QFileInfo::exists(t) && QFileInfo(t).absolutePath() == folder.absolutePath()) {
                        context.decision(QStringLiteral("Removing %1, moved into place by a split that was interrupted before its first part").arg(t));
                        QFile::remove(t);
                    }
                }
            }
        }
        context.decision(QStringLiteral("Removing %1, left by a split that was interrupted").arg(path));
        QDir(path).removeRecursively();
    }
}

constexpr quint64 kMiB = 1024 * 1024;
/// wimlib stores part sizes in 64 bits; DISM accepts sizes up to this many MB as well.
constexpr quint64 kLargestPartMiB = quint64(1) << 40;
} // namespace

SplitImageOperation::SplitImageOperation(QString imagePath, QString firstPartPath, quint64 partSizeMiB, bool checkIntegrity)
    : m_imagePath(std::move(imagePath))
    , m_firstPartPath(std::move(firstPartPath))
    , m_partSizeMiB(partSizeMiB)
    , m_checkIntegrity(checkIntegrity)
{
}

QString SplitImageOperation::description() const
{
    return Tr::tr("Split %1 into parts of %2 MB (%3)")
        .arg(QFileInfo(m_imagePath).fileName())
        .arg(m_partSizeMiB)
        .arg(QFileInfo(m_firstPartPath).fileName());
}

QList<std::pair<QString, QString>> SplitImageOperation::parameters() const
{
    return {{QStringLiteral("ImageFile"), m_imagePath},
            {QStringLiteral("SWMFile"), m_firstPartPath},
            {QStringLiteral("FileSize"), QString::number(m_partSizeMiB)},
            {QStringLiteral("CheckIntegrity"), m_checkIntegrity ? QStringLiteral("yes") : QStringLiteral("no")}};
}

QString SplitImageOperation::partPath(const QString &firstPart, int number)
{
    if (number <= 1)
        return firstPart;
    const QFileInfo fi(firstPart);
    const QString name = fi.fileName();
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot < 0 ? name : name.left(dot);
    const QString ext = dot < 0 ? QString() : name.mid(dot);
    const QString file = stem + QString::number(number) + ext;
    return fi.path() == QLatin1String(".") ? file : QDir(fi.path()).filePath(file);
}

Status SplitImageOperation::checkDestination(const QFileInfo &first, OperationContext &context) const
{
    if (m_partSizeMiB == 0 || m_partSizeMiB > kLargestPartMiB)
        return Error::make(QStringLiteral("split.bad-size"),
                           Tr::tr("The part size must be at least 1 MB (got %1).").arg(m_partSizeMiB));
    if (m_firstPartPath.isEmpty())
        return Error::make(QStringLiteral("split.no-destination"),
                           Tr::tr("No name was given for the first part of the split image (e.g. install.swm)."));
    const QString firstNative = first.absoluteFilePath();
    if (first.suffix().compare(QLatin1String("swm"), Qt::CaseInsensitive) != 0)
        return Error::make(QStringLiteral("split.not-swm"),
                           Tr::tr("The first part %1 must be named *.swm (e.g. install.swm): the other parts are found by that name.")
                               .arg(firstNative));
    const QDir folder = first.absoluteDir();
    if (!folder.exists())
        return Error::make(QStringLiteral("split.destination-folder-missing"),
                           Tr::tr("The folder of %1 does not exist. Create it first or choose another place for the parts.")
                               .arg(firstNative));
    recoverInterruptedSplits(folder, context);
    if (first.exists())
        return Error::make(QStringLiteral("split.exists"),
                           Tr::tr("%1 already exists. Remove it (and its other parts) or choose another name for the split image.")
                               .arg(firstNative));
    if (QFileInfo(m_imagePath).absoluteFilePath() == first.absoluteFilePath())
        return Error::make(QStringLiteral("split.same-file"), Tr::tr("The split image cannot replace its own source %1.").arg(firstNative));
    return {};
}

Result<WimFile> SplitImageOperation::openSource(OperationContext &context)
{
    context.progress(Tr::tr("Opening image file"), 0, 0);
    WimOpenOptions options;
    options.checkIntegrity = m_checkIntegrity;
    auto wim = WimFile::open(m_imagePath, options, &context);
    if (!wim)
        return wim.error();
    m_sourceIntegrity = wim->integrity();
    if (m_sourceIntegrity == IntegrityStatus::NoTable)
        context.warning(QStringLiteral("%1 has no integrity table; its integrity could not be checked").arg(m_imagePath));
    const QString source = wim->path();
    if (wim->header().totalParts > 1)
        return Error::make(QStringLiteral("split.already-split"),
                           Tr::tr("%1 is already a split image. Export it to a single .wim file first, then split that.").arg(source));
    if (wim->header().solid)
        return Error::make(QStringLiteral("split.solid"),
                           Tr::tr("%1 is a solid (ESD) file, which cannot be split. Export it to a .wim file with fast or maximum "
                                  "compression first, then split that.")
                               .arg(source));
    return wim;
}

Status SplitImageOperation::writeParts(WimFile &wim, const QString &stagedFirst, const QFileInfo &first, OperationContext &context) const
{
    // wimlib reports each part's data as "Writing data" from 0 to 100 %; the relay turns that into
    // one overall "Writing split parts" progress (monotonic, in the split's own byte count).
    const QString splitStage = QCoreApplication::translate("wb::WimLibrary", "Writing split parts");
    quint64 partBase = 0, splitTotal = 0, lastDone = 0;
    OperationContext relay(
        context.settings(), context.cancellation(),
        [&](const Progress &p) {
            if (p.stage == splitStage) {
                partBase = p.done;
                splitTotal = p.total;
            } else if (splitTotal == 0) {
                context.progress(p.stage, p.done, p.total);
                return;
            }
            const quint64 done = std::min(splitTotal, p.stage == splitStage ? p.done : partBase + p.done);
            lastDone = std::max(lastDone, done);
            context.progress(splitStage, lastDone, splitTotal);
        },
        component());
    const Status split = WimWriter::split(wim, stagedFirst, first.absoluteFilePath(), m_partSizeMiB * kMiB, m_checkIntegrity, relay, "split.progress");
    if (!split && split.error().code == QLatin1String("wim.unsupported") /* WIMLIB_ERR_UNSUPPORTED */)
        return Error::make(QStringLiteral("split.unsupported"),
                           Tr::tr("%1 cannot be split (it holds solid resources). Export it to a .wim file with fast or maximum "
                                  "compression first, then split that.")
                               .arg(wim.path()),
                           split.error().detail);
    return split;
}

Result<QStringList> SplitImageOperation::stagedParts(const QString &stagedFirst, const QString &source) const
{
    QStringList staged;
    for (int n = 1;; ++n) {
        const QString p = partPath(stagedFirst, n);
        if (!QFileInfo::exists(p))
            break;
        staged << p;
    }
    const int written = int(QDir(QFileInfo(stagedFirst).path()).entryList(QDir::Files | QDir::Hidden).size());
    if (staged.isEmpty() || written != staged.size())
        return Error::make(QStringLiteral("split.unexpected-parts"),
                           Tr::tr("Splitting %1 did not produce the expected part files.").arg(source),
                           QStringLiteral("%1 files written, %2 in sequence").arg(written).arg(staged.size()));
    return staged;
}

Status SplitImageOperation::moveIntoPlace(const QStringList &staged, const QFileInfo &first, const QString &staging, OperationContext &context)
{
    QStringList targets;
    for (int n = 1; n <= staged.size(); ++n) {
        const QString target = partPath(first.absoluteFilePath(), n);
        if (QFileInfo::exists(target))
            return Error::make(QStringLiteral("split.exists"),
                               Tr::tr("%1 already exists, so the %2 parts were not moved into place. Remove it or choose another "
                                      "name for the split image.")
                                   .arg(target)
                                   .arg(staged.size()));
        targets << target;
    }
    // The list of targets lets a later split undo a move that was killed half-way; the first part
    // moves last, so the set appears under its name only when every other part is in place.
    {
        QFile list(QDir(staging).filePath(kTargetsFile));
        if (!list.open(QIODevice::WriteOnly) || list.write(targets.join(QLatin1Char('\n')).toUtf8()) < 0 || !list.flush())
            return Error::make(QStringLiteral("split.staging-failed"),
                               Tr::tr("Could not write into the staging folder %1. Check free space.").arg(staging), list.errorString());
    }
    faultPoint("split.before-move");
    context.progress(Tr::tr("Moving parts into place"), 0, quint64(staged.size()));
    for (int i = int(staged.size()) - 1; i >= 0; --i) {
        const int err = renameNoReplace(staged[i], targets[i]);
        if (err != 0) {
            for (const QString &done : std::as_const(m_parts))
                QFile::remove(done);
            m_parts.clear();
            return Error::fromErrno(QStringLiteral("split.move-failed"),
                                    Tr::tr("Could not move the part %1 into place; no part was kept.").arg(targets[i]), err);
        }
        m_parts << targets[i];
        faultPoint("split.between-moves");
        context.progress(Tr::tr("Moving parts into place"), quint64(m_parts.size()), quint64(staged.size()));
    }
    std::reverse(m_parts.begin(), m_parts.end());
    return {};
}

Status SplitImageOperation::run(OperationContext &context)
{
    const QFileInfo first(m_firstPartPath);
    WB_TRY(checkDestination(first, context));
    auto wim = openSource(context);
    if (!wim)
        return wim.error();
    if (context.isCancelled())
        return Error::cancelled();

    // Staging inside the destination folder: same file system, so the parts are renamed into place.
    const QDir folder = first.absoluteDir();
    const QString staging = folder.filePath(OwnedTemporary::name(kStagingPrefix));
    if (!QDir().mkdir(staging))
        return Error::fromErrno(QStringLiteral("split.staging-failed"),
                                Tr::tr("Could not create a staging folder in %1.").arg(folder.absolutePath()), errno);
    const auto cleanup = qScopeGuard([&staging] { QDir(staging).removeRecursively(); });

    const QString stagedFirst = QDir(staging).filePath(first.fileName());
    WB_TRY(writeParts(*wim, stagedFirst, first, context));
    if (context.isCancelled())
        return Error::cancelled();
    const auto staged = stagedParts(stagedFirst, wim->path());
    if (!staged)
        return staged.error();
    WB_TRY(moveIntoPlace(*staged, first, staging, context));
    context.info(QStringLiteral("Split %1 into %2 part(s) of at most %3 MiB: %4")
                     .arg(m_imagePath)
                     .arg(m_parts.size())
                     .arg(m_partSizeMiB)
                     .arg(m_parts.join(QStringLiteral(", "))));
    return {};
}

} // namespace wb
