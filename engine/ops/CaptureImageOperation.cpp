// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureImageOperation.h"

#include "ImageFileChange.h"

#include "core/FaultPoint.h"
#include "core/FileWriteGuard.h"
#include "core/RenameNoReplace.h"
#include "wim/WimApply.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <wimlib.h>

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
        return refusal("source-missing", Tr::tr("The folder or volume to capture, %1, does not exist. Check the path given with /CaptureDir.")
                                             .arg(r.source.path));
    if (!source.isDir() && !r.source.ntfsVolume)
        return refusal("source-kind", Tr::tr("%1 is neither a folder nor a file or block device holding an NTFS volume. Give a folder "
                                             "or an NTFS volume with /CaptureDir.")
                                          .arg(r.source.path));
    if (!r.source.configFile.isEmpty() && !QFileInfo(r.source.configFile).isFile())
        return refusal("config-missing", Tr::tr("The configuration file %1 does not exist. Give a WimScript.ini file with /ConfigFile, or "
                                                "leave it out to use DISM's default exclusions.")
                                             .arg(r.source.configFile));
    if (r.name.trimmed().isEmpty())
        return refusal("no-name", Tr::tr("The new image needs a name. Give it with /Name."));
    if (hasSuffix(r.imagePath, "swm"))
        return refusal("destination-split", Tr::tr("Cannot capture into the split image %1: split images (.swm) cannot be changed. "
                                                   "Capture into a .wim or .esd file.")
                                                .arg(r.imagePath));
    if (r.compression == WimCompression::Recovery && !hasSuffix(r.imagePath, "esd"))
        return refusal("recovery-needs-esd", Tr::tr("Recovery compression (solid LZMS) can only be written into an .esd file, not %1. "
                                                    "Name the file *.esd or choose fast, max or none.")
                                                 .arg(r.imagePath));
    if (r.compression == WimCompression::Recovery && r.source.wimBoot)
        return refusal("wimboot-solid", Tr::tr("A WIMBoot image cannot be written with recovery (solid) compression. Leave out /WIMBoot or "
                                               "choose fast, max or none."));
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
        return {WIMLIB_COMPRESSION_TYPE_XPRESS, 4096u};
    }
    if (hasSuffix(r.imagePath, "esd")) {
        context.decision(QStringLiteral("Compression: recovery (solid LZMS), because the file is an .esd"));
        return {WIMLIB_COMPRESSION_TYPE_LZMS, 0u};
    }
    context.decision(QStringLiteral("Compression: XPRESS (fast), DISM's default for /Capture-Image"));
    return {WIMLIB_COMPRESSION_TYPE_XPRESS, 0u};
}

Status CaptureImageOperation::run(OperationContext &context)
{
    WB_TRY(checkRequest());
    const QFileInfo file(m_request.imagePath);
    if (m_request.append) {
        if (!file.exists())
            return refusal("destination-missing", Tr::tr("%1 does not exist, so nothing can be appended to it. Use /Capture-Image to "
                                                         "create it.")
                                                      .arg(file.absoluteFilePath()));
        if (m_request.compression)
            return refusal("compression-for-existing", Tr::tr("%1 already exists, so its compression cannot be chosen: an appended "
                                                              "image takes the file's own compression. Leave out /Compress.")
                                                           .arg(file.absoluteFilePath()));
        return appendTo(context);
    }
    if (file.exists())
        return refusal("destination-exists", Tr::tr("%1 already exists. Use /Append-Image to add an image to it, or give a new file name.")
                                                 .arg(file.absoluteFilePath()));
    if (!file.absoluteDir().exists())
        return refusal("destination-folder-missing", Tr::tr("The folder of %1 does not exist. Create it first or choose another file.")
                                                         .arg(file.absoluteFilePath()));
    return captureNew(context);
}

Status CaptureImageOperation::addTo(WimFile &wim, OperationContext &context)
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
    context.progress(Tr::tr("Scanning files"), 0, 0);
    WB_TRY(WimWriter::addImage(wim, r.source, r.name, context));
    m_index = wim.imageCount();
    if (!r.description.isEmpty())
        WB_TRY(WimWriter::setField(wim, m_index, ImageField::Description, r.description));
    const ImageInfo info = wim.imageInfo(m_index);
    if (info.installationType)
        context.info(QStringLiteral("The captured tree is a Windows installation: installation type %1, edition %2, version %3")
                         .arg(*info.installationType, info.edition.value_or(QStringLiteral("-")), info.version()));
    if (r.source.bootable && info.installationType.value_or(QString()).compare(QLatin1String("WindowsPE"), Qt::CaseInsensitive) != 0)
        return refusal("not-winpe", Tr::tr("%1 is not a Windows PE tree (its installation type is %2), so the image cannot be marked "
                                           "bootable. Only Windows PE images can be bootable; capture it without /Bootable.")
                                        .arg(r.source.path, info.installationType.value_or(Tr::tr("not recorded"))));
    return context.isCancelled() ? Status(Error::cancelled()) : Status();
}

Status CaptureImageOperation::captureNew(OperationContext &context)
{
    const CaptureImageRequest &r = m_request;
    const QFileInfo file(r.imagePath);
    const auto [ctype, chunk] = newCompression(context);
    const bool solid = ctype == WIMLIB_COMPRESSION_TYPE_LZMS;
    auto created = WimFile::createNew(ctype, chunk, file.absoluteFilePath());
    if (!created)
        return created.error();
    WB_TRY(addTo(*created, context));
    removeStaleTemporaries(file, context, QStringLiteral("a capture"));
    TemporaryFile temporary;
    temporary.path = temporaryBeside(file);
    WB_TRY(WimWriter::writeNew(*created, temporary.path, solid, r.checkIntegrity, context, "capture.new.progress"));
    if (r.verify) {
        context.progress(Tr::tr("Verifying the new file"), 0, 0);
        WB_TRY(WimWriter::verifyFile(temporary.path, context));
    }
    faultPoint("capture.new.before-rename");
    const int err = renameNoReplace(temporary.path, file.absoluteFilePath());
    if (err == EEXIST)
        return refusal("destination-appeared", Tr::tr("%1 was created by another program while the capture ran; it was left alone. "
                                                      "Capture again with another name, or append to it.")
                                                   .arg(file.absoluteFilePath()));
    if (err != 0)
        return Error::fromErrno(QStringLiteral("capture.rename-failed"),
                                Tr::tr("Could not move the captured image into place as %1.").arg(file.absoluteFilePath()), err);
    temporary.keep = true;
    // A new WIMStruct reports no compression until written; what was written is known, so the file
    // is not opened again (a second read of its blob table: ~60 ms at 100,000 files).
    WimHeaderInfo written;
    written.compression = QString::fromUtf8(wimlib_get_compression_type_string(wimlib_compression_type(ctype)));
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
        return refusal("wimboot-solid", Tr::tr("%1 is a solid (ESD) file, which cannot hold a WIMBoot image. Append to a .wim file instead.")
                                            .arg(wim.path()));
    WB_TRY(addTo(wim, context));
    faultPoint("capture.append.before-write");
    WB_TRY(change.checkUnchanged());
    WB_TRY(WimWriter::overwriteInPlace(wim, r.checkIntegrity, context, "capture.append.progress"));
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
