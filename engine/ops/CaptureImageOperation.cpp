// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureImageOperation.h"

#include "ImageFileChange.h"

#include "core/FaultPoint.h"
#include "core/FileWriteGuard.h"
#include "core/RenameNoReplace.h"
#include "wim/WimApply.h"
#include "wim/WimWriteHelper.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::CaptureImageOperation)
};

bool hasSuffix(const QString &path, const char *suffix)
{
    return QFileInfo(path).suffix().compare(QLatin1String(suffix), Qt::CaseInsensitive) == 0;
}

/// True when a WimScript.ini (UTF-8/ANSI or UTF-16LE) has a [CompressionExclusionList] section.
bool hasCompressionExclusions(const QString &configFile)
{
    QFile f(configFile);
    if (configFile.isEmpty() || !f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = f.read(1024 * 1024);
    const QString text = bytes.startsWith("\xff\xfe")
        ? QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData() + 2), (bytes.size() - 2) / 2)
        : QString::fromUtf8(bytes);
    return text.contains(QLatin1String("[CompressionExclusionList]"), Qt::CaseInsensitive);
}

Error refusal(const char *code, const QString &message)
{
    return Error::make(QStringLiteral("capture.") + QLatin1String(code), message);
}
} // namespace

CaptureImageOperation::CaptureImageOperation(CaptureImageRequest request)
    : m_request(std::move(request))
{
    // A regular file or a block device is taken as an NTFS volume; anything else that is not a
    // folder is refused by checkRequest().
    m_request.source.ntfsVolume = isVolumePath(m_request.source.path);
}

QString CaptureImageOperation::description() const
{
    return m_request.append ? Tr::tr("Append %1 to %2").arg(QFileInfo(m_request.source.path).fileName(), QFileInfo(m_request.imagePath).fileName())
                            : Tr::tr("Capture %1 into %2").arg(QFileInfo(m_request.source.path).fileName(), QFileInfo(m_request.imagePath).fileName());
}

QList<std::pair<QString, QString>> CaptureImageOperation::parameters() const
{
    const CaptureImageRequest &r = m_request;
    const auto yesNo = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    return {{QStringLiteral("ImageFile"), r.imagePath},
            {QStringLiteral("CaptureDir"), r.source.path},
            {QStringLiteral("Name"), r.name},
            {QStringLiteral("Description"), r.description},
            {QStringLiteral("Compress"), r.compression ? compressionName(*r.compression) : QStringLiteral("(default)")},
            {QStringLiteral("ConfigFile"), r.source.configFile.isEmpty() ? QStringLiteral("(DISM's default exclusions)") : r.source.configFile},
            {QStringLiteral("Bootable"), yesNo(r.source.bootable)},
            {QStringLiteral("NoRpFix"), yesNo(r.source.noRpFix)},
            {QStringLiteral("WIMBoot"), yesNo(r.source.wimBoot)},
            {QStringLiteral("EA"), yesNo(r.source.extendedAttributes)},
            {QStringLiteral("CheckIntegrity"), yesNo(r.checkIntegrity)},
            {QStringLiteral("Verify"), yesNo(r.verify)}};
}

Status CaptureImageOperation::checkRequest() const
{
    const CaptureImageRequest &r = m_request;
    const QFileInfo source(r.source.path);
    if (!source.exists())
        return refusal("source-missing", Tr::tr("The folder or volume to capture, %1, does not exist.").arg(r.source.path))
            .withRemedy(Remedy::Kind::CheckCaptureSource);
    if (!source.isDir() && !r.source.ntfsVolume)
        return refusal("source-kind",
                       Tr::tr("%1 is not a folder, nor a file or block device that holds an NTFS volume.").arg(r.source.path))
            .withRemedy(Remedy::Kind::CheckCaptureSource);
    if (!r.source.configFile.isEmpty() && !QFileInfo(r.source.configFile).isFile())
        return refusal("config-missing", Tr::tr("The configuration file %1 does not exist.").arg(r.source.configFile))
            .withRemedy(Remedy::Kind::CheckConfigFile);
    if (r.name.trimmed().isEmpty())
        return refusal("no-name", Tr::tr("The new image needs a name.")).withRemedy(Remedy::Kind::GiveImageName);
    if (hasSuffix(r.imagePath, "swm"))
        return refusal("destination-split",
                       Tr::tr("Cannot capture into the split image %1: split images (.swm) cannot be changed. "
                              "Capture into a .wim or .esd file.")
                           .arg(r.imagePath));
    if (r.compression == WimCompression::Recovery && !hasSuffix(r.imagePath, "esd"))
        return refusal("recovery-needs-esd",
                       Tr::tr("Recovery compression (solid LZMS) can only be written into an .esd file, not %1. "
                              "Name the file *.esd or choose fast, maximum or no compression.")
                           .arg(r.imagePath));
    if (r.compression == WimCompression::Recovery && r.source.wimBoot)
        return refusal("wimboot-solid", Tr::tr("A WIMBoot image cannot be written with recovery (solid) compression."))
            .withRemedy(Remedy::Kind::WimBootCompression);
    return {};
}

std::pair<int, quint32> CaptureImageOperation::newCompression(OperationContext &context) const
{
    const CaptureImageRequest &r = m_request;
    if (r.compression) {
        context.decision(QStringLiteral("Compression: %1 (as requested)").arg(compressionDisplayName(*r.compression)));
        const bool wimBootChunks = r.source.wimBoot && *r.compression == WimCompression::Fast;
        return {wimlibCompressionType(*r.compression), wimBootChunks ? 4096u : 0u};
    }
    if (r.source.wimBoot) {
        context.decision(QStringLiteral("Compression: XPRESS with 4096-byte chunks, as recommended for WIMBoot"));
        return {wimlibCompressionType(WimCompression::Fast), 4096u};
    }
    if (hasSuffix(r.imagePath, "esd")) {
        context.decision(QStringLiteral("Compression: recovery (solid LZMS), because the file is an .esd"));
        return {wimlibCompressionType(WimCompression::Recovery), 0u};
    }
    context.decision(QStringLiteral("Compression: XPRESS (fast), DISM's default for /Capture-Image"));
    return {wimlibCompressionType(WimCompression::Fast), 0u};
}

Status CaptureImageOperation::run(OperationContext &context)
{
    WB_TRY(checkRequest());
    const QFileInfo file(m_request.imagePath);
    if (m_request.append) {
        if (!file.exists())
            return refusal("destination-missing",
                           Tr::tr("%1 does not exist, so nothing can be appended to it.").arg(file.absoluteFilePath()))
                .withRemedy(Remedy::Kind::CaptureNewFile);
        if (m_request.compression)
            return refusal("compression-for-existing",
                           Tr::tr("%1 already exists, so its compression cannot be chosen: an appended "
                                  "image takes the file's own compression.")
                               .arg(file.absoluteFilePath()))
                .withRemedy(Remedy::Kind::OmitCompression);
        return appendTo(context);
    }
    if (file.exists())
        return refusal("destination-exists", Tr::tr("%1 already exists.").arg(file.absoluteFilePath()))
            .withRemedy(Remedy::Kind::AppendOrRename);
    if (!file.absoluteDir().exists())
        return refusal("destination-folder-missing",
                       Tr::tr("The folder of %1 does not exist. Create it first or choose another file.").arg(file.absoluteFilePath()));
    return captureNew(context);
}

void CaptureImageOperation::logSourceDecisions(OperationContext &context) const
{
    const CaptureImageRequest &r = m_request;
    context.decision(r.source.configFile.isEmpty()
                         ? QStringLiteral("No configuration file: DISM's default exclusions apply (wimlib's Windows capture configuration)")
                         : QStringLiteral("Exclusions from the configuration file %1").arg(r.source.configFile));
    if (hasCompressionExclusions(r.source.configFile))
        context.warning(QStringLiteral("%1: [CompressionExclusionList] is not applied one by one (wimlib cannot store chosen files "
                                       "uncompressed); data that does not shrink is stored uncompressed anyway")
                            .arg(r.source.configFile));
    if (r.source.ntfsVolume)
        context.decision(QStringLiteral("%1 is not a folder: captured as an NTFS volume through NTFS-3G").arg(r.source.path));
}

WimCaptureJob CaptureImageOperation::captureJob(const QString &imagePath) const
{
    WimCaptureJob job;
    job.imagePath = imagePath;
    job.append = m_request.append;
    job.integrity = m_request.checkIntegrity;
    job.source = m_request.source;
    job.name = m_request.name;
    job.description = m_request.description;
    return job;
}

Status CaptureImageOperation::checkCaptured(const ImageInfo &info, OperationContext &context)
{
    const CaptureImageRequest &r = m_request;
    m_index = info.index;
    if (info.installationType)
        context.info(QStringLiteral("The captured tree is a Windows installation: installation type %1, edition %2, version %3")
                         .arg(*info.installationType, info.edition.value_or(QStringLiteral("-")), info.version()));
    if (r.source.bootable && info.installationType.value_or(QString()).compare(QLatin1String("WindowsPE"), Qt::CaseInsensitive) != 0)
        return refusal("not-winpe",
                       Tr::tr("The image captured from %1 is not a Windows PE image (its installation type is %2), so it cannot "
                              "be marked bootable. Only Windows PE images can be bootable.")
                           .arg(r.source.path, info.installationType.value_or(Tr::tr("not recorded"))))
            .withRemedy(Remedy::Kind::DropBootable);
    return context.isCancelled() ? Status(Error::cancelled()) : Status();
}

Status CaptureImageOperation::captureNew(OperationContext &context)
{
    const CaptureImageRequest &r = m_request;
    const QFileInfo file(r.imagePath);
    const auto [ctype, chunk] = newCompression(context);
    const bool solid = ctype == wimlibCompressionType(WimCompression::Recovery);
    logSourceDecisions(context);
    removeStaleTemporaries(file, context, QStringLiteral("a capture"));
    TemporaryFile temporary;
    temporary.path = temporaryBeside(file);
    WimCaptureJob job = captureJob(temporary.path);
    job.compressionType = ctype;
    job.chunkSize = chunk;
    job.solid = solid;
    context.progress(Tr::tr("Scanning files"), 0, 0);
    // The scan and the write run in wimbench-write-helper, which a cancel kills (engine/wim/README.md).
    WB_TRY(WimWriteHelper::captureImage(job, context, "capture.new.progress", file.absoluteFilePath(),
                                        [&](const ImageInfo &image) { return checkCaptured(image, context); }));
    if (r.verify) {
        context.progress(Tr::tr("Verifying the new file"), 0, 0);
        WB_TRY(WimWriter::verifyFile(temporary.path, context));
    }
    faultPoint("capture.new.before-rename");
    const int err = renameNoReplace(temporary.path, file.absoluteFilePath());
    if (err == EEXIST)
        return refusal("destination-appeared",
                       Tr::tr("%1 was created by another program while the capture ran; it was left alone. "
                              "Capture again with another name, or append to it.")
                           .arg(file.absoluteFilePath()));
    if (err != 0)
        return Error::fromErrno(QStringLiteral("capture.rename-failed"),
                                Tr::tr("Could not move the captured image into place as %1.").arg(file.absoluteFilePath()), err);
    temporary.keep = true;
    // What was written is known, so the file is not opened again (a second read of its blob table:
    // ~60 ms at 100,000 files).
    WimHeaderInfo written;
    written.compression = compressionTypeName(ctype);
    written.solid = solid;
    m_compression = describeCompression(written);
    m_fileSize = quint64(QFileInfo(file.absoluteFilePath()).size());
    context.info(QStringLiteral("Captured %1 as \"%2\" into the new file %3 (%4, %5 bytes)")
                     .arg(r.source.path, r.name, file.absoluteFilePath(), m_compression)
                     .arg(m_fileSize));
    return {};
}

Status CaptureImageOperation::appendTo(OperationContext &context)
{
    const CaptureImageRequest &r = m_request;
    context.progress(Tr::tr("Opening image file"), 0, 0);
    ImageFileChange change(r.imagePath, QStringLiteral("capture"));
    WB_TRY(change.open(r.checkIntegrity, context));
    WimFile &wim = change.wim();
    WB_TRY(checkNameFree(wim, r.name, 0, QStringLiteral("capture")));
    if (r.source.wimBoot && wim.header().solid)
        return refusal(
            "wimboot-solid",
            Tr::tr("%1 is a solid (ESD) file, which cannot hold a WIMBoot image. Append to a .wim file instead.").arg(wim.path()));
    logSourceDecisions(context);
    context.progress(Tr::tr("Scanning files"), 0, 0);
    // Scanned and appended in wimbench-write-helper; the old size and header are put back when it is
    // stopped (engine/wim/README.md). The helper waits while the scanned image is checked here.
    WB_TRY(WimWriteHelper::captureImage(captureJob(wim.path()), context, "capture.append.progress", wim.path(),
                                        [&](const ImageInfo &image) -> Status {
                                            WB_TRY(checkCaptured(image, context));
                                            faultPoint("capture.append.before-write");
                                            return change.checkUnchanged();
                                        }));
    faultPoint("capture.append.after-write");
    if (r.verify) {
        context.progress(Tr::tr("Verifying the file"), 0, 0);
        WB_TRY(WimWriter::verifyFile(wim.path(), context));
    }
    m_compression = describeCompression(wim.header());
    m_fileSize = quint64(QFileInfo(wim.path()).size());
    context.info(QStringLiteral("Appended %1 as \"%2\" (index %3) to %4").arg(r.source.path, r.name).arg(m_index).arg(wim.path()));
    return {};
}

} // namespace wb
