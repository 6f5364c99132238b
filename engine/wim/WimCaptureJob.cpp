// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WimCaptureJob.h"

#include "WimFile.h"
#include "WimHandle.h"
#include "WimHelperJob.h"
#include "WimLibrary.h"
#include "WimWriter.h"

#include <QFile>

#include <wimlib.h>

using namespace Qt::StringLiterals;

namespace wb {

using namespace HelperJob;

namespace {
int addFlags(const CaptureSource &source)
{
    // VERBOSE: a progress message per file scanned, so a long scan reports progress and can be cancelled.
    int flags = WIMLIB_ADD_FLAG_VERBOSE | (source.noRpFix ? WIMLIB_ADD_FLAG_NORPFIX : WIMLIB_ADD_FLAG_RPFIX);
    if (source.ntfsVolume)
        flags |= WIMLIB_ADD_FLAG_NTFS;
    if (source.configFile.isEmpty() && !source.wimBoot)
        flags |= WIMLIB_ADD_FLAG_WINCONFIG;
    if (source.bootable)
        flags |= WIMLIB_ADD_FLAG_BOOT;
    if (source.wimBoot)
        flags |= WIMLIB_ADD_FLAG_WIMBOOT;
    if (source.extendedAttributes && !source.ntfsVolume)
        flags |= WIMLIB_ADD_FLAG_UNIX_DATA;
    return flags;
}

/// Scans the source into a new last image of `wim` (a progress message per file, relayed, so the
/// scan can be stopped). Without a config file the capture uses wimlib's Windows configuration
/// (WIMLIB_ADD_FLAG_WINCONFIG), whose exclusions are DISM's defaults
/// (engine/ops/CaptureImageOperation.md). Returns wimlib's code.
int addImage(const WimCaptureJob &job, WimFile &wim, int reportFd)
{
    ProgressRelay relay(wimHandle(wim), reportFd);
    const QByteArray config = QFile::encodeName(job.source.configFile);
    const int rc = wimlib_add_image(wimHandle(wim), QFile::encodeName(job.source.path).constData(), job.name.toUtf8().constData(),
                                    job.source.configFile.isEmpty() ? nullptr : config.constData(), addFlags(job.source));
    wim.refreshHeader();
    return rc;
}

/// "-" for an absent field, else "+" and the percent-encoded UTF-8 (no spaces in a field).
QByteArray field(const std::optional<QString> &value)
{
    return value ? '+' + value->toUtf8().toPercentEncoding() : QByteArray("-");
}

QByteArray field(const std::optional<quint32> &value)
{
    return value ? '+' + QByteArray::number(*value) : QByteArray("-");
}

std::optional<QString> textField(const QByteArray &f)
{
    return f.startsWith('+') ? std::optional(QString::fromUtf8(QByteArray::fromPercentEncoding(f.mid(1)))) : std::nullopt;
}

std::optional<quint32> numberField(const QByteArray &f)
{
    return f.startsWith('+') ? std::optional(f.mid(1).toUInt()) : std::nullopt;
}
} // namespace

int WimCaptureJob::run(int reportFd, const std::atomic<quint64> &bytesRead) const
{
    WimLibrary::initialise();
    const Target target{imagePath, append, compressionType, chunkSize, solid, integrity};
    auto wim = target.open();
    if (!wim)
        return fail(reportFd, "open-destination", wim.error());
    if (const int rc = addImage(*this, *wim, reportFd))
        return fail(reportFd, "capture", rc);
    if (!description.isEmpty()) {
        const Status described = WimWriter::setField(*wim, wim->imageCount(), ImageField::Description, description);
        if (!described)
            return fail(reportFd, "describe", described.error());
    }
    send(reportFd, "added " + addedFields(wim->imageInfo(wim->imageCount())));
    if (!awaitAck(reportFd))
        return 1; // the operation refused the captured tree; it says why
    // Files are read uncompressed: the estimate's sizes come from the write (HelperJob::WriteReport).
    return target.write(*wim, reportFd, bytesRead, {});
}

QByteArray WimCaptureJob::addedFields(const ImageInfo &info)
{
    return QByteArray::number(info.index) + ' ' + field(info.installationType) + ' ' + field(info.edition) + ' ' + field(info.versionMajor)
        + ' ' + field(info.versionMinor) + ' ' + field(info.versionBuild) + ' ' + field(info.spBuild);
}

std::optional<ImageInfo> WimCaptureJob::parseAdded(const QList<QByteArray> &fields)
{
    if (fields.size() != 7 || fields[0].toInt() < 1)
        return std::nullopt;
    ImageInfo info;
    info.index = fields[0].toInt();
    info.installationType = textField(fields[1]);
    info.edition = textField(fields[2]);
    info.versionMajor = numberField(fields[3]);
    info.versionMinor = numberField(fields[4]);
    info.versionBuild = numberField(fields[5]);
    info.spBuild = numberField(fields[6]);
    return info;
}

QStringList WimCaptureJob::arguments(int reportFd) const
{
    QStringList args = Arguments::start("capture", reportFd);
    args << u"--image"_s << imagePath << u"--source"_s << source.path << u"--name"_s << name;
    if (!description.isEmpty())
        args << u"--description"_s << description;
    if (!source.configFile.isEmpty())
        args << u"--config"_s << source.configFile;
    if (!append)
        args << u"--compression"_s << QString::number(compressionType) << u"--chunk-size"_s << QString::number(chunkSize);
    Arguments::addFlags(args,
                        {{append, "append"},
                         {solid, "solid"},
                         {integrity, "integrity"},
                         {source.ntfsVolume, "ntfs"},
                         {source.bootable, "bootable"},
                         {source.noRpFix, "norpfix"},
                         {source.wimBoot, "wimboot"},
                         {source.extendedAttributes, "ea"}});
    return args;
}

std::optional<WimCaptureJob> WimCaptureJob::fromArguments(const QStringList &arguments, int *reportFd)
{
    const Arguments args(arguments, "capture",
                         {u"image"_s, u"source"_s, u"name"_s, u"description"_s, u"config"_s, u"compression"_s, u"chunk-size"_s});
    WimCaptureJob job;
    job.imagePath = args.value(u"image"_s);
    job.source.path = args.value(u"source"_s);
    job.source.configFile = args.value(u"config"_s);
    job.name = args.value(u"name"_s);
    job.description = args.value(u"description"_s);
    job.compressionType = args.number(u"compression"_s);
    job.chunkSize = quint32(args.number(u"chunk-size"_s));
    job.append = args.flag(u"append"_s);
    job.solid = args.flag(u"solid"_s);
    job.integrity = args.flag(u"integrity"_s);
    job.source.ntfsVolume = args.flag(u"ntfs"_s);
    job.source.bootable = args.flag(u"bootable"_s);
    job.source.noRpFix = args.flag(u"norpfix"_s);
    job.source.wimBoot = args.flag(u"wimboot"_s);
    job.source.extendedAttributes = args.flag(u"ea"_s);
    *reportFd = args.reportFd();
    if (!args.isValid() || job.imagePath.isEmpty() || job.source.path.isEmpty() || job.name.isEmpty())
        return std::nullopt;
    return job;
}

} // namespace wb
