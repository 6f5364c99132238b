// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace wb {

/// One file or folder inside an image, as listed from the image's metadata without mounting.
struct DirectoryEntry
{
    QString name;     ///< file name (empty for the root)
    QString path;     ///< full path inside the image, '/' separated, starting with '/'
    bool isDirectory = false;
    quint64 size = 0; ///< size of the unnamed data stream
    quint32 attributes = 0; ///< Windows FILE_ATTRIBUTE_* bits
    quint32 reparseTag = 0;
    quint32 linkCount = 1;
    quint32 namedStreamCount = 0;
    quint64 hardLinkGroup = 0;
    bool hasSecurityDescriptor = false;
    QDateTime created;
    QDateTime modified;
    QDateTime accessed;

    /// "RHSDA..." style letters for the set attribute bits (R read-only, H hidden, S system,
    /// D directory, A archive, C compressed, E encrypted, L reparse point, P sparse, O offline,
    /// N not content indexed, T temporary).
    QString attributeLetters() const;
};

} // namespace wb
