// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WimWriter.h"

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

int writeWithProgress(WimFile &wim, const QString &path, int flags, OperationContext &context, const char *faultPoint)
{
    WimProgressAdapter progress(wim.handle(), &context);
    progress.setFaultPoint(faultPoint);
    return wimlib_write(wim.handle(), QFile::encodeName(path).constData(), WIMLIB_ALL_IMAGES, flags, 0);
}
} // namespace

Status WimWriter::addImage(WimFile &wim, const CaptureSource &source, const QString &name, OperationContext &context)
{
    const QByteArray config = QFile::encodeName(source.configFile);
    int rc = 0;
    {
        WimProgressAdapter progress(wim.handle(), &context);
        rc = wimlib_add_image(wim.handle(), QFile::encodeName(source.path).constData(), name.toUtf8().constData(),
                              source.configFile.isEmpty() ? nullptr : config.constData(), addFlags(source));
    }
    if (rc != 0)
        return WimLibrary::error(rc, Tr::tr("Could not capture %1").arg(source.path), source.path);
    wim.refreshHeader();
    return {};
}

Status WimWriter::writeNew(WimFile &wim, const QString &path, bool solid, bool integrity, OperationContext &context, const char *faultPoint)
{
    int flags = WIMLIB_WRITE_FLAG_FSYNC;
    if (solid)
        flags |= WIMLIB_WRITE_FLAG_SOLID;
    if (integrity)
        flags |= WIMLIB_WRITE_FLAG_CHECK_INTEGRITY;
    const int rc = writeWithProgress(wim, path, flags, context, faultPoint);
    if (rc != 0)
        return WimLibrary::error(rc, Tr::tr("Could not write the new image file %1").arg(wim.path()), wim.path());
    return {};
}

Status WimWriter::deleteImage(WimFile &wim, int index)
{
    const int rc = wimlib_delete_image(wim.handle(), index);
    if (rc != 0)
        return WimLibrary::error(rc, Tr::tr("Could not delete image %1 of %2").arg(index).arg(wim.path()), wim.path());
    wim.refreshHeader();
    return {};
}

Status WimWriter::setField(WimFile &wim, int index, ImageField field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc = wimlib_set_image_property(wim.handle(), index, propertyName(field), value.isEmpty() ? nullptr : utf8.constData());
    if (rc != 0)
        return WimLibrary::error(rc, Tr::tr("Could not set %1 of image %2 of %3")
                                         .arg(QString::fromLatin1(propertyName(field)))
                                         .arg(index)
                                         .arg(wim.path()),
                                 wim.path());
    return {};
}

Status WimWriter::setBootIndex(WimFile &wim, int index)
{
    wimlib_wim_info info {};
    info.boot_index = uint32_t(index);
    const int rc = wimlib_set_wim_info(wim.handle(), &info, WIMLIB_CHANGE_BOOT_INDEX);
    if (rc != 0)
        return WimLibrary::error(rc, Tr::tr("Could not make image %1 of %2 bootable").arg(index).arg(wim.path()), wim.path());
    wim.refreshHeader();
    return {};
}

Status WimWriter::rebuildInto(WimFile &wim, const QString &path, bool integrity, OperationContext &context, const char *faultPoint)
{
    const WimHeaderInfo &header = wim.header();
    int flags = WIMLIB_WRITE_FLAG_FSYNC | WIMLIB_WRITE_FLAG_RETAIN_GUID;
    if (integrity)
        flags |= WIMLIB_WRITE_FLAG_CHECK_INTEGRITY;
    if (header.solid)
        flags |= WIMLIB_WRITE_FLAG_SOLID;
    if (header.pipable)
        flags |= WIMLIB_WRITE_FLAG_PIPABLE;
    const int rc = writeWithProgress(wim, path, flags, context, faultPoint);
    if (rc != 0)
        return WimLibrary::error(rc, Tr::tr("Could not write the new version of %1").arg(wim.path()), wim.path());
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
        WimProgressAdapter progress(wim.handle(), &context);
        progress.setFaultPoint(faultPoint);
        rc = wimlib_overwrite(wim.handle(), flags, 0);
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
        WimProgressAdapter progress(wim.handle(), &context);
        progress.setFaultPoint(faultPoint);
        rc = wimlib_split(wim.handle(), QFile::encodeName(firstPart).constData(), partBytes, flags);
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
        WimProgressAdapter progress(opened->handle(), &context);
        rc = wimlib_verify_wim(opened->handle(), 0);
    }
    if (rc != 0)
        return WimLibrary::error(rc, Tr::tr("The newly written %1 did not verify").arg(path), path);
    return {};
}

} // namespace wb
