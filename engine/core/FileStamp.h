// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {

/// Identity of a file's content without reading it: a different size, mtime, change time, inode or
/// device means the file was replaced (renamed over) or changed in place by something else. The
/// change time (st_ctim) catches a rewrite that kept the size and restored the modification time
/// (`touch -r`, `cp --preserve`, utimensat): the kernel sets it on every write, truncate, chmod,
/// rename and time change, and no call sets it back. Used for the WIM of a mount (MountRecord), the
/// hives a command has parsed (HiveCache) and the files of an inventory cache entry
/// (InventoryCache). Plain value, any thread.
struct FileStamp
{
    bool exists = false;
    bool regular = false; ///< a regular file (not a folder, link, device, ...)
    quint64 size = 0;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    quint64 inode = 0;
    quint64 device = 0;

    /// The stamp of `path` (following links); exists is false when it cannot be stat()ed.
    static FileStamp of(const QString &path);
    /// The stamp of the directory entry `path` itself (lstat: a link is not followed, so it is not
    /// `regular`).
    static FileStamp ofEntry(const QString &path);
    /// Same content and times (size, mtime, change time), wherever the file lives: for a record
    /// kept across runs, where inode and device numbers need not be stable.
    bool sameContent(const FileStamp &other) const
    {
        return exists == other.exists && size == other.size && mtimeNs == other.mtimeNs && ctimeNs == other.ctimeNs;
    }
    bool operator==(const FileStamp &) const = default;
};

} // namespace wb
