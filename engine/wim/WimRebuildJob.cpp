// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WimRebuildJob.h"

#include "WimFile.h"
#include "WimHandle.h"
#include "WimHelperJob.h"
#include "WimLibrary.h"

#include <QFile>

#include <wimlib.h>

using namespace Qt::StringLiterals;

namespace wb {

using namespace HelperJob;

int WimRebuildJob::run(int reportFd, const std::atomic<quint64> &bytesRead) const
{
    WimLibrary::initialise();
    auto wim = WimFile::open(sourcePath, {}, nullptr);
    if (!wim)
        return fail(reportFd, "open-source", wim.error());
    int rc = wimlib_delete_image(wimHandle(*wim), deleteIndex);
    if (rc != 0)
        return fail(reportFd, "delete", rc);
    int flags = WIMLIB_WRITE_FLAG_FSYNC | WIMLIB_WRITE_FLAG_RETAIN_GUID;
    if (integrity)
        flags |= WIMLIB_WRITE_FLAG_CHECK_INTEGRITY;
    if (solid)
        flags |= WIMLIB_WRITE_FLAG_SOLID;
    if (pipable)
        flags |= WIMLIB_WRITE_FLAG_PIPABLE;
    {
        WriteReport report(wimHandle(*wim), reportFd, bytesRead, estimateRead(wimHandle(*wim), {}), destinationPath);
        rc = wimlib_write(wimHandle(*wim), QFile::encodeName(destinationPath).constData(), WIMLIB_ALL_IMAGES, flags, 0);
    }
    if (rc != 0)
        return fail(reportFd, "write", rc);
    send(reportFd, "done");
    return 0;
}

QStringList WimRebuildJob::arguments(int reportFd) const
{
    QStringList args = Arguments::start("rebuild", reportFd);
    args << u"--source"_s << sourcePath << u"--delete-index"_s << QString::number(deleteIndex) << u"--destination"_s << destinationPath;
    Arguments::addFlags(args, {{integrity, "integrity"}, {solid, "solid"}, {pipable, "pipable"}});
    return args;
}

std::optional<WimRebuildJob> WimRebuildJob::fromArguments(const QStringList &arguments, int *reportFd)
{
    const Arguments args(arguments, "rebuild", {u"source"_s, u"delete-index"_s, u"destination"_s});
    WimRebuildJob job;
    job.sourcePath = args.value(u"source"_s);
    job.deleteIndex = args.number(u"delete-index"_s);
    job.destinationPath = args.value(u"destination"_s);
    job.integrity = args.flag(u"integrity"_s);
    job.solid = args.flag(u"solid"_s);
    job.pipable = args.flag(u"pipable"_s);
    *reportFd = args.reportFd();
    if (!args.isValid() || job.sourcePath.isEmpty() || job.destinationPath.isEmpty() || job.deleteIndex < 1)
        return std::nullopt;
    return job;
}

} // namespace wb
