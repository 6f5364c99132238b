// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "core/Result.h"

#include <QString>

namespace wb {

class WimFile;

/// What Dismount/Save ask wimlib to do with the changes of a mounted image.
struct UnmountOptions
{
    bool commit = false;
    bool append = false;         ///< WIMLIB_UNMOUNT_FLAG_NEW_IMAGE
    bool checkIntegrity = false; ///< WIMLIB_UNMOUNT_FLAG_CHECK_INTEGRITY
    QString imageFile;           ///< the mounted WIM, named by errors ("free space beside ...")
};

/// How wimbench-mount-helper asks wimlib to serve an image.
struct ServeOptions
{
    bool readWrite = false; ///< WIMLIB_MOUNT_FLAG_READWRITE
    bool unixData = false;  ///< WIMLIB_MOUNT_FLAG_UNIX_DATA: keep UNIX owners, modes and special files
    QString stagingDir;     ///< read-write: wimlib creates its staging folder inside
};

/// wimlib's FUSE mount (wimlib_mount_image, wimlib_unmount_image_with_progress) behind the
/// engine's types, so that engine/mount and the mount helper need no wimlib.h. The protocol
/// around these calls is in engine/mount/README.md.
namespace WimMount {

/// Mounts image `index` of `wim` at `dir` with named data streams as `user.*` extended attributes
/// (WIMLIB_MOUNT_FLAG_STREAM_INTERFACE_XATTR) and serves it. libfuse daemonizes once the mount
/// exists: the call returns in the daemon when the image has been unmounted (after the commit, if
/// one was asked), and in the calling process at once when the mount failed. Returns wimlib's
/// return code, 0 for success (WimLibrary::codeName and WimLibrary::error turn it into an Error).
int serve(const WimFile &wim, int index, const QString &dir, const ServeOptions &options);

/// Reads image `index`'s metadata (its directory tree) into `wim` now, so a later `serve` of the
/// same image mounts without reading it: a helper started ahead does this while it waits for the
/// go-ahead (engine/mount/README.md). wimlib's error code; a failure is left for `serve` to meet
/// and report again.
int prepare(const WimFile &wim, int index);

/// Asks the daemon serving `dir` to commit (if `options.commit`) and unmount, with wimlib's
/// progress messages to `context` (after hitting `faultPoint` with each, when given). A busy mount
/// is `mount.busy`; other failures are wimlib's errors naming `options.imageFile`.
Status unmount(const QString &dir, const UnmountOptions &options, OperationContext &context, const char *faultPoint = nullptr);

} // namespace WimMount
} // namespace wb
