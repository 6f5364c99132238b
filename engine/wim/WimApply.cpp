// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WimApply.h"

#include "WimHandle.h"
#include "WimLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <wimlib.h>

#include <vector>

#include <sys/stat.h>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::WimApply)
};
} // namespace

bool isVolumePath(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && (S_ISREG(st.st_mode) || S_ISBLK(st.st_mode));
}

Status WimApply::applyImage(WimFile &wim, int index, const ApplyTarget &target, OperationContext &context, const char *faultPoint)
{
    int flags = 0;
    if (target.ntfsVolume)
        flags |= WIMLIB_EXTRACT_FLAG_NTFS;
    else
        flags |= WIMLIB_EXTRACT_FLAG_NO_ACLS; // a Linux folder has no place for Windows security descriptors
    if (target.noRpFix)
        flags |= WIMLIB_EXTRACT_FLAG_NORPFIX;
    int rc = 0;
    {
        WimProgressAdapter progress(wimHandle(wim), &context);
        progress.setFaultPoint(faultPoint);
        rc = wimlib_extract_image(wimHandle(wim), index, QFile::encodeName(target.path).constData(), flags);
    }
    if (rc != 0)
        return WimLibrary::error(rc, Tr::tr("Could not apply image %1 of %2 to %3").arg(index).arg(wim.path(), target.path), wim.path());
    return {};
}

Status WimApply::extractPaths(const WimFile &wim, int index, const QStringList &imagePaths, const QString &target, PathLayout layout,
                              OperationContext &context, const QString &action)
{
    if (imagePaths.isEmpty())
        return {};
    QList<QByteArray> encoded;
    std::vector<const char *> raw;
    for (const QString &p : imagePaths)
        encoded << p.toUtf8();
    for (const QByteArray &e : std::as_const(encoded))
        raw.push_back(e.constData());
    const int flags = WIMLIB_EXTRACT_FLAG_NO_ACLS | (layout == PathLayout::Flat ? WIMLIB_EXTRACT_FLAG_NO_PRESERVE_DIR_STRUCTURE : 0);
    int rc = 0;
    {
        WimProgressAdapter progress(wimHandle(wim), &context);
        rc = wimlib_extract_paths(wimHandle(wim), index, QFile::encodeName(target).constData(), raw.data(), raw.size(), flags);
    }
    if (context.isCancelled())
        return Error::cancelled();
    if (rc != 0)
        return WimLibrary::error(rc, action, wim.path());
    return {};
}

} // namespace wb
