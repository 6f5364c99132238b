// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportImageOperation.h"

#include "core/FaultPoint.h"
#include "core/FileWriteGuard.h"
#include "core/RenameNoReplace.h"

#include "wim/WimLibrary.h"
#include "wim/WimWriteHelper.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ExportImageOperation)
};

bool isEsd(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("esd"), Qt::CaseInsensitive) == 0;
}


/// True when wimlib must decompress and compress the source's data again to write it with `to`
/// (different compression type, solid vs. non-solid, or a different chunk size).
bool needsRecompression(const WimHeaderInfo &from, int toType, bool toSolid, quint32 toChunk)
{
    const int fromType = wimlibCompressionTypeOf(from);
    if (fromType == wimlibCompressionType(WimCompression::None) && toType == wimlibCompressionType(WimCompression::None))
        return false;
    return fromType != toType || from.solid != toSolid || (!toSolid && toChunk != 0 && from.chunkSize != toChunk);
}
} // namespace

ExportImageOperation::ExportImageOperation(ExportImageRequest request)
    : m_request(std::move(request))
{
}

QString ExportImageOperation::description() const
{
    return Tr::tr("Export %1 of %2 to %3")
        .arg(m_request.source.displayText(), QFileInfo(m_request.sourcePath).fileName(), QFileInfo(m_request.destinationPath).fileName());
}

QList<std::pair<QString, QString>> ExportImageOperation::parameters() const
{
    const auto yesNo = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    return {{QStringLiteral("SourceImageFile"), m_request.sourcePath},
            {QStringLiteral("SourceImage"), m_request.source.describe()},
            {QStringLiteral("SWMFile"), m_request.splitPattern},
            {QStringLiteral("DestinationImageFile"), m_request.destinationPath},
            {QStringLiteral("DestinationName"), m_request.destinationName},
            {QStringLiteral("Compress"), m_request.compression ? compressionName(*m_request.compression) : QStringLiteral("(default)")},
            {QStringLiteral("Bootable"), yesNo(m_request.setBootable)},
            {QStringLiteral("WIMBoot"), yesNo(m_request.wimBoot)},
            {QStringLiteral("CheckIntegrity"), yesNo(m_request.checkIntegrity)}};
}

WimExportJob ExportImageOperation::exportJob(const WimFile &source, int sourceIndex) const
{
    WimExportJob job;
    job.sourcePath = source.path();
    job.splitPattern = m_request.splitPattern;
    job.sourceIndex = sourceIndex;
    job.imageName = m_destinationName;
    job.integrity = m_request.checkIntegrity;
    job.bootable = m_request.setBootable;
    job.wimBoot = m_request.wimBoot;
    return job;
}

Status ExportImageOperation::checkRequest() const
{
    const ExportImageRequest &r = m_request;
    if (r.sourcePath.isEmpty())
        return Error::make(QStringLiteral("export.no-source"), Tr::tr("No source image file was given. Give the file to export from."));
    if (r.destinationPath.isEmpty())
        return Error::make(QStringLiteral("export.no-destination"),
                           Tr::tr("No destination image file was given. Give the .wim or .esd file to export into."));

    const QFileInfo destInfo(r.destinationPath);
    const QString dest = destInfo.absoluteFilePath();
    if (destInfo.isDir())
        return Error::make(QStringLiteral("export.destination-is-folder"),
                           Tr::tr("The destination %1 is a folder. Give the path of a .wim or .esd file.").arg(dest));
    if (destInfo.suffix().compare(QLatin1String("swm"), Qt::CaseInsensitive) == 0)
        return Error::make(QStringLiteral("export.destination-split"),
                           Tr::tr("Cannot export into the split image %1: split images (.swm) cannot be changed.").arg(dest))
            .withRemedy(Remedy::Kind::SplitAfterExport);
    if (!destInfo.absoluteDir().exists())
        return Error::make(QStringLiteral("export.destination-folder-missing"),
                           Tr::tr("The folder of the destination %1 does not exist. Create it first or choose another destination.")
                               .arg(dest));
    if (r.compression == WimCompression::Recovery && !isEsd(r.destinationPath))
        return Error::make(QStringLiteral("export.recovery-needs-esd"),
                           Tr::tr("Recovery compression (solid LZMS) can only be written into an .esd file, not %1. Name the "
                                  "destination *.esd or choose fast, maximum or no compression.")
                               .arg(dest));
    if (r.compression == WimCompression::Recovery && r.wimBoot)
        return Error::make(QStringLiteral("export.wimboot-solid"),
                           Tr::tr("A WIMBoot image cannot be written with recovery (solid) compression."))
            .withRemedy(Remedy::Kind::WimBootCompression);
    return {};
}

/// Locks, checks and opens an existing destination (refusals about it come before the possibly
/// long integrity check of the source).
Result<WimFile> ExportImageOperation::openExistingDestination(const QFileInfo &destInfo, FileWriteLock &lock, OperationContext &context)
{
    const ExportImageRequest &r = m_request;
    const QString dest = destInfo.absoluteFilePath();
    context.progress(Tr::tr("Opening destination image"), 0, 0);
    if (!lock.acquire(destInfo.absoluteFilePath()))
        return Error::make(QStringLiteral("export.destination-busy"),
                           Tr::tr("Another WimBench process is writing into %1 right now. Wait for it to finish and export "
                                  "again; the file was not changed.")
                               .arg(dest));
    // Read the header first (read-only) so a compression request is refused with the
    // file's own compression named, even when the file is not writable.
    {
        auto peek = WimFile::open(r.destinationPath, {}, nullptr);
        if (!peek)
            return peek.error();
        if (peek->header().totalParts > 1)
            return Error::make(QStringLiteral("export.destination-split"),
                               Tr::tr("Cannot export into the split image %1: split images cannot be changed. Export into a "
                                      ".wim or .esd file instead.")
                                   .arg(dest));
        if (r.compression)
            return Error::make(QStringLiteral("export.compression-for-existing"),
                               Tr::tr("%1 already exists, so its compression cannot be chosen: an image exported into it "
                                      "takes the file's own compression (%2). Leave out the compression type to append "
                                      "to it, or give a new destination file to get %3 compression.")
                                   .arg(dest, describeCompression(peek->header()), compressionDisplayName(*r.compression)));
        if (r.wimBoot && peek->header().solid)
            return Error::make(QStringLiteral("export.wimboot-solid"),
                               Tr::tr("%1 is a solid (ESD) file, which cannot hold a WIMBoot image. Export into a .wim "
                                      "file instead.")
                                   .arg(dest));
    }
    m_destinationVersion = fileVersion(destInfo.absoluteFilePath());
    WimOpenOptions destOptions;
    destOptions.checkIntegrity = r.checkIntegrity;
    destOptions.writeAccess = true;
    auto opened = WimFile::open(r.destinationPath, destOptions, &context);
    if (!opened)
        return opened.error();
    if (r.checkIntegrity && opened->integrity() == IntegrityStatus::Verified)
        context.info(QStringLiteral("Integrity table of the destination %1 verified").arg(r.destinationPath));
    return opened;
}

Status ExportImageOperation::run(OperationContext &context)
{
    const ExportImageRequest &r = m_request;
    WB_TRY(checkRequest());
    const QFileInfo destInfo(r.destinationPath);
    removeStaleTemporaries(destInfo, context, QStringLiteral("an export"));
    FileWriteLock destinationLock;
    std::optional<WimFile> destination;
    if (destInfo.exists()) {
        auto opened = openExistingDestination(destInfo, destinationLock, context);
        if (!opened)
            return opened.error();
        destination.emplace(std::move(opened.value()));
    }
    if (context.isCancelled())
        return Error::cancelled();

    context.progress(Tr::tr("Opening source image"), 0, 0);
    WimOpenOptions sourceOptions;
    sourceOptions.checkIntegrity = r.checkIntegrity;
    sourceOptions.splitPattern = r.splitPattern;
    auto source = WimFile::open(r.sourcePath, sourceOptions, &context);
    if (!source)
        return source.error();
    m_sourceIntegrity = source->integrity();
    if (m_sourceIntegrity == IntegrityStatus::NoTable)
        context.warning(QStringLiteral("%1 has no integrity table; its integrity could not be checked").arg(r.sourcePath));
    else if (m_sourceIntegrity == IntegrityStatus::Verified)
        context.info(QStringLiteral("Integrity table of the source %1 verified").arg(r.sourcePath));
    if (context.isCancelled())
        return Error::cancelled();

    const auto index = source->resolveImage(r.source.index, r.source.name);
    if (!index)
        return index.error();
    m_sourceIndex = *index;
    const ImageInfo info = source->imageInfo(*index);

    if (r.setBootable) {
        const bool winPe = info.installationType
            && info.installationType->compare(QLatin1String("WindowsPE"), Qt::CaseInsensitive) == 0;
        if (!winPe)
            return Error::make(QStringLiteral("export.not-winpe"),
                               Tr::tr("Image %1 (\"%2\") of %3 is not a Windows PE image (its installation type is %4), so it "
                                      "cannot be marked bootable. Only Windows PE images can be bootable; export it without "
                                      "the bootable option.")
                                   .arg(*index)
                                   .arg(info.name, r.sourcePath, info.installationType ? *info.installationType : Tr::tr("not recorded")));
        context.decision(QStringLiteral("Image %1 is a Windows PE image; it becomes the bootable image of %2").arg(*index).arg(r.destinationPath));
    }

    m_destinationName = r.destinationName.isEmpty() ? info.name : r.destinationName;
    if (r.destinationName.isEmpty())
        context.decision(QStringLiteral("Destination name defaults to the source name \"%1\"").arg(m_destinationName));

    if (destination)
        return exportIntoExistingFile(context, *source, *index, *destination);
    return exportIntoNewFile(context, *source, *index, info);
}

Status ExportImageOperation::exportIntoNewFile(OperationContext &context, WimFile &source, int sourceIndex, const ImageInfo &)
{
    const ExportImageRequest &r = m_request;
    const QFileInfo destInfo(r.destinationPath);
    const QString finalPath = destInfo.absoluteFilePath();
    const WimHeaderInfo &src = source.header();

    // The compression of the new file: as asked; otherwise WIMBoot's XPRESS, recovery for an .esd,
    // LZX for a solid source going into a .wim, or the same as the source.
    int ctype = wimlibCompressionType(WimCompression::Max);
    bool solid = false;
    quint32 chunk = 0; // 0 = wimlib's default for the type
    if (r.compression) {
        ctype = wimlibCompressionType(*r.compression);
        solid = isSolid(*r.compression);
        if (r.wimBoot && *r.compression == WimCompression::Fast)
            chunk = 4096;
        context.decision(QStringLiteral("New destination compression: %1 (as requested)").arg(compressionDisplayName(*r.compression)));
    } else if (r.wimBoot) {
        ctype = wimlibCompressionType(WimCompression::Fast);
        chunk = 4096;
        context.decision(QStringLiteral("New destination compression: XPRESS with 4096-byte chunks, as recommended for WIMBoot"));
    } else if (isEsd(finalPath)) {
        ctype = wimlibCompressionType(WimCompression::Recovery);
        solid = true;
        context.decision(QStringLiteral("New destination compression: recovery (solid LZMS), because the destination is an .esd file"));
    } else if (src.solid) {
        ctype = wimlibCompressionType(WimCompression::Max);
        context.decision(QStringLiteral("New destination compression: LZX, because the source is a solid ESD and the destination a .wim"));
    } else {
        const auto same = compressionOf(src);
        ctype = same ? wimlibCompressionType(*same) : wimlibCompressionType(WimCompression::Recovery);
        chunk = src.chunkSize;
        context.decision(QStringLiteral("New destination compression: %1, the same as the source").arg(describeCompression(src)));
    }
    m_recompressed = needsRecompression(src, ctype, solid, chunk ? chunk : src.chunkSize);
    if (m_recompressed)
        context.decision(QStringLiteral("The image's data is recompressed from %1 to %2")
                             .arg(describeCompression(src), solid ? QStringLiteral("LZMS (solid)") : compressionTypeName(ctype)));

    // Written beside the final name (same folder, so the same file system) and renamed into place;
    // the write runs in wimbench-write-helper, killed at once on cancel (engine/wim/README.md).
    TemporaryFile temporary;
    temporary.path = temporaryBeside(destInfo);
    WimExportJob job = exportJob(source, sourceIndex);
    job.destinationPath = temporary.path;
    job.compressionType = ctype;
    job.chunkSize = chunk;
    job.solid = solid;
    WB_TRY(WimWriteHelper::exportImage(job, context, "export.new.progress", finalPath));
    if (context.isCancelled())
        return Error::cancelled();

    faultPoint("export.new.before-rename");
    context.progress(Tr::tr("Renaming into place"), 0, 0);
    const int err = renameNoReplace(temporary.path, finalPath);
    if (err == EEXIST)
        return Error::make(QStringLiteral("export.destination-appeared"),
                           Tr::tr("%1 was created by another program while the export ran; it was left alone. Export again to "
                                  "append to it, or choose another destination.")
                               .arg(finalPath));
    if (err != 0)
        return Error::fromErrno(QStringLiteral("export.rename-failed"),
                                Tr::tr("Could not move the exported image into place as %1.").arg(finalPath), err);
    temporary.keep = true;

    m_createdDestination = true;
    m_destinationIndex = 1;
    m_destinationCompression = solid ? QStringLiteral("LZMS (solid)") : compressionTypeName(ctype);
    m_destinationSize = quint64(QFileInfo(finalPath).size());
    context.info(QStringLiteral("Exported image %1 of %2 as \"%3\" into the new file %4 (%5, %6 bytes)")
                     .arg(sourceIndex)
                     .arg(r.sourcePath, m_destinationName, finalPath, m_destinationCompression)
                     .arg(m_destinationSize));
    return {};
}

Status ExportImageOperation::exportIntoExistingFile(OperationContext &context, WimFile &source, int sourceIndex, WimFile &destination)
{
    const ExportImageRequest &r = m_request;
    const QString destPath = destination.path();
    const WimHeaderInfo destHeader = destination.header();

    for (int i = 1; i <= destHeader.imageCount; ++i) {
        const QString existing = destination.imageName(i);
        if (!m_destinationName.isEmpty() && existing.compare(m_destinationName, Qt::CaseInsensitive) == 0)
            return Error::make(QStringLiteral("export.name-in-use"),
                               Tr::tr("%1 already has an image named \"%2\" (index %3). Give the exported image a different "
                                      "destination name.")
                                   .arg(destPath, existing)
                                   .arg(i));
    }

    m_recompressed = needsRecompression(source.header(), wimlibCompressionTypeOf(destHeader), destHeader.solid, destHeader.chunkSize);
    m_destinationCompression = describeCompression(destHeader);
    if (m_recompressed)
        context.decision(QStringLiteral("The destination %1 uses %2 and the source %3 uses %4: the exported data is recompressed to %2")
                             .arg(destPath, m_destinationCompression, r.sourcePath, describeCompression(source.header())));
    else
        context.decision(QStringLiteral("The destination %1 uses %2, as the source does: compressed data is copied as it is")
                             .arg(destPath, m_destinationCompression));

    // Safe append: new data and tables go after the old end of the file and the header is
    // rewritten last; on failure wimlib truncates the file back and restores the header, on cancel
    // the helper is killed and WimWriteHelper does the same (engine/wim/README.md).
    faultPoint("export.append.before-write");
    // Another program (not WimBench, which waits for FileWriteLock) may have appended since the
    // file was opened: wimlib would write after the old end and that program's image would be lost.
    if (fileVersion(destPath) != m_destinationVersion)
        return Error::make(QStringLiteral("export.destination-changed"),
                           Tr::tr("%1 was changed by another program while the export ran, so nothing was written into it. "
                                  "Export again.")
                               .arg(destPath));
    WimExportJob job = exportJob(source, sourceIndex);
    job.destinationPath = destPath;
    job.append = true;
    const Status written = WimWriteHelper::exportImage(job, context, "export.append.progress", destPath);
    if (!written) {
        if (written.error().isCancelled())
            context.info(QStringLiteral("Export cancelled; %1 was left as it was").arg(destPath));
        return written;
    }
    faultPoint("export.append.after-write");
    m_createdDestination = false;
    m_destinationIndex = destHeader.imageCount + 1;
    m_destinationSize = quint64(QFileInfo(destPath).size());
    context.info(QStringLiteral("Exported image %1 of %2 as \"%3\" (index %4) into %5 (%6)")
                     .arg(sourceIndex)
                     .arg(r.sourcePath, m_destinationName)
                     .arg(m_destinationIndex)
                     .arg(destPath, m_destinationCompression));
    return {};
}

} // namespace wb
