// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WimMount.h"

#include "WimFile.h"
#include "WimHandle.h"
#include "WimLibrary.h"
#include "WimMountFlags.h"

#include <QCoreApplication>
#include <QFile>

#include <wimlib.h>

namespace wb {

namespace {
// The messages keep the translation context they had in engine/mount/MountHelper.cpp before the
// wimlib calls moved here, so their existing translations still apply.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::MountHelper)
};

int unmountFlags(const UnmountOptions &options)
{
    if (!options.commit)
        return 0;
    int flags = WIMLIB_UNMOUNT_FLAG_COMMIT;
    if (options.append)
        flags |= WIMLIB_UNMOUNT_FLAG_NEW_IMAGE;
    if (options.checkIntegrity)
        flags |= WIMLIB_UNMOUNT_FLAG_CHECK_INTEGRITY;
    return flags;
}
} // namespace

int WimMount::serve(const WimFile &wim, int index, const QString &dir, const ServeOptions &options)
{
    const int flags = wimMountFlags(options.readWrite, options.unixData);
    const QByteArray mountDir = QFile::encodeName(dir);
    const QByteArray staging = QFile::encodeName(options.stagingDir);
    return wimlib_mount_image(wimHandle(wim), index, mountDir.constData(), flags, options.readWrite ? staging.constData() : nullptr);
}

namespace {
int visitNothing(const struct wimlib_dir_entry *, void *)
{
    return 0;
}
} // namespace

int WimMount::prepare(const WimFile &wim, int index)
{
    // wimlib_mount_image selects the image (select_wim_image), which reads its metadata unless it
    // is the current one; iterating over the root alone (no CHILDREN/RECURSIVE flag) selects it.
    return wimlib_iterate_dir_tree(wimHandle(wim), index, "", 0, &visitNothing, nullptr);
}

Status WimMount::unmount(const QString &dir, const UnmountOptions &options, OperationContext &context, const char *faultPoint)
{
    WimProgressAdapter adapter(nullptr, &context);
    if (faultPoint)
        adapter.setFaultPoint(faultPoint);
    const QByteArray path = QFile::encodeName(dir);
    const int rc = wimlib_unmount_image_with_progress(path.constData(), unmountFlags(options),
                                                      reinterpret_cast<wimlib_progress_func_t>(&WimProgressAdapter::callback), &adapter);
    if (rc == 0)
        return {};
    if (rc == WIMLIB_ERR_MOUNTED_IMAGE_IS_BUSY)
        return Error::make(
            QStringLiteral("mount.busy"),
            Tr::tr("%1 is in use (files are open in it), so it was not unmounted. Close the programs that use it and try again.").arg(dir),
            WimLibrary::error(rc, QString()).detail);
    return WimLibrary::error(
        rc, options.commit ? Tr::tr("Could not save and unmount %1").arg(dir) : Tr::tr("Could not unmount %1").arg(dir), options.imageFile);
}

} // namespace wb
