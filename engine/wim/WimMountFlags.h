// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wimlib.h>

namespace wb {

/// The flags of every WimBench mount's wimlib_mount_image (engine/mount/README.md, step 3): named
/// streams as user.* xattrs, read-write when asked, UNIX owners, modes and special files with
/// --unix-data. Qt-free: WimMount::serve and wimbench-mount-prewarm share it.
inline int wimMountFlags(bool readWrite, bool unixData)
{
    int flags = WIMLIB_MOUNT_FLAG_STREAM_INTERFACE_XATTR;
    if (readWrite)
        flags |= WIMLIB_MOUNT_FLAG_READWRITE;
    if (unixData)
        flags |= WIMLIB_MOUNT_FLAG_UNIX_DATA;
    return flags;
}

} // namespace wb
