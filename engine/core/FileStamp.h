// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {

/// Identity of a file's content without reading it: a different size, mtime, inode or device means
/// the file was replaced (renamed over) or changed in place by something else. Used for the WIM of
/// a mount (MountRecord) and for the hives a command has parsed (HiveCache). Plain value, any thread.
struct FileStamp
{
    bool exists = false;
    quint64 size = 0;
    qint64 mtimeNs = 0;
    quint64 inode = 0;
    quint64 device = 0;

    /// The stamp of `path` (following links); exists is false when it cannot be stat()ed.
    static FileStamp of(const QString &path);
    bool operator==(const FileStamp &) const = default;
};

} // namespace wb
