// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WimExportJob.h"

#include "WimFile.h"
#include "WimHelperJob.h"
#include "WimLibrary.h"

#include "core/FileContentLock.h"

#include <QFile>

#include <wimlib.h>


using namespace Qt::StringLiterals;

namespace wb {

namespace {
using namespace HelperJob;

Result<WimFile> openDestination(const WimExportJob &job)
{
    if (!job.append)
        return WimFile::createNew(job.compressionType, job.chunkSize, job.destinationPath);
    WimOpenOptions options;
    options.writeAccess = true;
    return WimFile::open(job.destinationPath, options, nullptr);
}

int writeFlags(const WimExportJob &job)
{
    int flags = job.append ? 0 : WIMLIB_WRITE_FLAG_FSYNC;
    if (job.integrity)
        flags |= WIMLIB_WRITE_FLAG_CHECK_INTEGRITY;
    if (job.solid && !job.append)
        flags |= WIMLIB_WRITE_FLAG_SOLID;
    return flags;
}
} // namespace

int WimExportJob::run(int reportFd, const std::atomic<quint64> &bytesRead) const
{
    WimLibrary::initialise();
    WimOpenOptions sourceOptions;
    sourceOptions.splitPattern = splitPattern;
    auto source = WimFile::open(sourcePath, sourceOptions, nullptr);
    if (!source)
        return fail(reportFd, "open-source", source.error());
    auto destination = openDestination(*this);
    if (!destination)
        return fail(reportFd, "open-destination", destination.error());
    const QSet<QByteArray> before = append ? blobHashes(destination->handle()) : QSet<QByteArray>();
    const int exportFlags = (bootable ? WIMLIB_EXPORT_FLAG_BOOT : 0) | (wimBoot ? WIMLIB_EXPORT_FLAG_WIMBOOT : 0);
    int rc = wimlib_export_image(source->handle(), sourceIndex, destination->handle(), imageName.toUtf8().constData(), nullptr,
                                 exportFlags);
    if (rc != 0)
        return fail(reportFd, "export", rc);
    const ReadEstimate estimate = estimateRead(destination->handle(), before);
    // An append rewrites the tables in place: WimBench's readers wait meanwhile (engine/wim/README.md,
    // "Readers and writers of one file"); the lock goes with this process when it is killed.
    FileContentLock readers;
    if (append) {
        const Status locked = readers.acquire(destinationPath, FileContentLock::Mode::Write, nullptr);
        if (!locked)
            return fail(reportFd, "lock", locked.error());
    }
    {
        WriteReport report(destination->handle(), reportFd, bytesRead, estimate);
        const QByteArray path = QFile::encodeName(destinationPath);
        rc = append ? wimlib_overwrite(destination->handle(), writeFlags(*this), 0)
                    : wimlib_write(destination->handle(), path.constData(), WIMLIB_ALL_IMAGES, writeFlags(*this), 0);
    }
    if (rc != 0)
        return fail(reportFd, "write", rc);
    send(reportFd, "done");
    return 0;
}

QStringList WimExportJob::arguments(int reportFd) const
{
    QStringList args = HelperJob::Arguments::start("export", reportFd);
    args << QStringLiteral("--source") << sourcePath << QStringLiteral("--index") << QString::number(sourceIndex)
         << QStringLiteral("--destination") << destinationPath << QStringLiteral("--name") << imageName;
    if (!splitPattern.isEmpty())
        args << QStringLiteral("--swm") << splitPattern;
    if (!append)
        args << QStringLiteral("--compression") << QString::number(compressionType) << QStringLiteral("--chunk-size")
             << QString::number(chunkSize);
    HelperJob::Arguments::addFlags(args, {{append, "append"}, {solid, "solid"}, {integrity, "integrity"}, {bootable, "bootable"},
                                          {wimBoot, "wimboot"}});
    return args;
}

std::optional<WimExportJob> WimExportJob::fromArguments(const QStringList &arguments, int *reportFd)
{
    const HelperJob::Arguments args(arguments, "export",
                                    {u"source"_s, u"swm"_s, u"destination"_s, u"name"_s, u"index"_s, u"compression"_s, u"chunk-size"_s});
    WimExportJob job;
    job.sourcePath = args.value(u"source"_s);
    job.splitPattern = args.value(u"swm"_s);
    job.destinationPath = args.value(u"destination"_s);
    job.imageName = args.value(u"name"_s);
    job.sourceIndex = args.number(u"index"_s);
    job.compressionType = args.number(u"compression"_s);
    job.chunkSize = quint32(args.number(u"chunk-size"_s));
    job.append = args.flag(u"append"_s);
    job.solid = args.flag(u"solid"_s);
    job.integrity = args.flag(u"integrity"_s);
    job.bootable = args.flag(u"bootable"_s);
    job.wimBoot = args.flag(u"wimboot"_s);
    *reportFd = args.reportFd();
    if (!args.isValid() || job.sourcePath.isEmpty() || job.destinationPath.isEmpty() || job.sourceIndex < 1)
        return std::nullopt;
    return job;
}

} // namespace wb
