// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WimWriter.h"

#include "WimHandle.h"
#include "WimLibrary.h"

#include "core/FileContentLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <wimlib.h>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::WimWriter)
};

/// wimlib's XML path of a field (the element under <IMAGE>).
const char *propertyName(ImageField field)
{
    switch (field) {
    case ImageField::Name: return "NAME";
    case ImageField::Description: return "DESCRIPTION";
    case ImageField::DisplayName: return "DISPLAYNAME";
    case ImageField::DisplayDescription: return "DISPLAYDESCRIPTION";
    case ImageField::Flags: return "FLAGS";
    }
    return "NAME";
}
} // namespace

Status WimWriter::setField(WimFile &wim, int index, ImageField field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc = wimlib_set_image_property(wimHandle(wim), index, propertyName(field), value.isEmpty() ? nullptr : utf8.constData());
    if (rc != 0)
        return WimLibrary::error(
            rc, Tr::tr("Could not set %1 of image %2 of %3").arg(QString::fromLatin1(propertyName(field))).arg(index).arg(wim.path()),
            wim.path());
    return {};
}

Status WimWriter::setBootIndex(WimFile &wim, int index)
{
    wimlib_wim_info info {};
    info.boot_index = uint32_t(index);
    const int rc = wimlib_set_wim_info(wimHandle(wim), &info, WIMLIB_CHANGE_BOOT_INDEX);
    if (rc != 0)
        return WimLibrary::error(rc, Tr::tr("Could not make image %1 of %2 bootable").arg(index).arg(wim.path()), wim.path());
    wim.refreshHeader();
    return {};
}

Status WimWriter::overwriteInPlace(WimFile &wim, bool integrity, OperationContext &context, const char *faultPoint)
{
    const int flags = integrity ? WIMLIB_WRITE_FLAG_CHECK_INTEGRITY : 0;
    // Readers wait while the XML and tables are rewritten in place (engine/wim/README.md).
    FileContentLock readers;
    WB_TRY(readers.acquire(wim.path(), FileContentLock::Mode::Write, &context));
    int rc = 0;
    {
        WimProgressAdapter progress(wimHandle(wim), &context);
        progress.setFaultPoint(faultPoint);
        rc = wimlib_overwrite(wimHandle(wim), flags, 0);
    }
    if (rc != 0)
        return WimLibrary::error(rc, Tr::tr("Could not write the changes into %1; the file was left as it was").arg(wim.path()),
                                 wim.path());
    wim.refreshHeader();
    return {};
}

Status WimWriter::split(WimFile &wim, const QString &firstPart, const QString &shownAs, quint64 partBytes, bool integrity,
                        OperationContext &context, const char *faultPoint)
{
    const int flags = WIMLIB_WRITE_FLAG_FSYNC | (integrity ? WIMLIB_WRITE_FLAG_CHECK_INTEGRITY : 0);
    int rc = 0;
    {
        WimProgressAdapter progress(wimHandle(wim), &context);
        progress.setFaultPoint(faultPoint);
        rc = wimlib_split(wimHandle(wim), QFile::encodeName(firstPart).constData(), partBytes, flags);
    }
    if (rc != 0)
        return WimLibrary::error(rc, Tr::tr("Could not split %1 into %2").arg(wim.path(), shownAs), shownAs);
    return {};
}

Status WimWriter::verifyFile(const QString &path, OperationContext &context)
{
    auto opened = WimFile::open(path, {}, &context);
    if (!opened)
        return opened.error();
    int rc = 0;
    {
        WimProgressAdapter progress(wimHandle(*opened), &context);
        rc = wimlib_verify_wim(wimHandle(*opened), 0);
    }
    if (rc != 0)
        return WimLibrary::error(rc, Tr::tr("The newly written %1 did not verify").arg(path), path);
    return {};
}

} // namespace wb
