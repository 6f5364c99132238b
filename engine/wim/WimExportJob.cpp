// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WimExportJob.h"

#include "WimFile.h"
#include "WimHandle.h"
#include "WimHelperJob.h"
#include "WimLibrary.h"

#include <wimlib.h>

using namespace Qt::StringLiterals;

namespace wb {

using namespace HelperJob;

int WimExportJob::run(int reportFd, const std::atomic<quint64> &bytesRead) const
{
    WimLibrary::initialise();
    WimOpenOptions sourceOptions;
    sourceOptions.splitPattern = splitPattern;
    auto source = WimFile::open(sourcePath, sourceOptions, nullptr);
    if (!source)
        return fail(reportFd, "open-source", source.error());
    const Target target{destinationPath, append, compressionType, chunkSize, solid, integrity};
    auto destination = target.open();
    if (!destination)
        return fail(reportFd, "open-destination", destination.error());
    const QSet<QByteArray> before = append ? blobHashes(wimHandle(*destination)) : QSet<QByteArray>();
    const int exportFlags = (bootable ? WIMLIB_EXPORT_FLAG_BOOT : 0) | (wimBoot ? WIMLIB_EXPORT_FLAG_WIMBOOT : 0);
    const int rc =
        wimlib_export_image(wimHandle(*source), sourceIndex, wimHandle(*destination), imageName.toUtf8().constData(), nullptr, exportFlags);
    if (rc != 0)
        return fail(reportFd, "export", rc);
    return target.write(*destination, reportFd, bytesRead, estimateRead(wimHandle(*destination), before));
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
    HelperJob::Arguments::addFlags(
        args, {{append, "append"}, {solid, "solid"}, {integrity, "integrity"}, {bootable, "bootable"}, {wimBoot, "wimboot"}});
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
