// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QHash>
#include <QList>
#include <QString>

namespace wb {

/// One <File> of AppxBlockMap.xml: the file's uncompressed size and the hash of each 64 KiB block.
struct BlockMapFile
{
    QString name;              ///< with '/' separators (the block map writes '\')
    quint64 size = 0;
    QList<QByteArray> blocks;  ///< raw hash bytes, one per 64 KiB of uncompressed data
};

/// AppxBlockMap.xml parsed: which files a package holds and the hash of every 64 KiB block.
/// Value type, any thread.
class BlockMap
{
public:
    static constexpr quint64 BlockSize = 65536;

    /// Parses and checks the XML: root BlockMap, a supported HashMethod (SHA-256, -384, -512), each
    /// File with Name and Size and at most ceil(Size / 64 KiB) Blocks whose Hash is base64 of the
    /// right length. A File listing fewer Blocks than its size needs fails when it is read
    /// (appx.block-hash-mismatch at the first block without a matching hash). `file` names the block map in messages ("App.msix/AppxBlockMap.xml").
    /// Errors: appx.blockmap-invalid, appx.blockmap-unsupported-hash.
    static Result<BlockMap> parse(const QByteArray &xml, const QString &file);

    QCryptographicHash::Algorithm algorithm() const { return m_algorithm; }
    const QList<BlockMapFile> &files() const { return m_files; }
    /// Case-insensitively, '\' and '/' alike; nullptr when absent.
    const BlockMapFile *find(const QString &name) const;
    /// Sum of the files' sizes.
    quint64 totalSize() const;

    /// Checks `data` (a whole file held in memory) against the block map entry `file`:
    /// appx.block-hash-mismatch or appx.size-mismatch naming `package`.
    Status checkInMemory(const BlockMapFile &file, const QByteArray &data, const QString &package) const;

private:
    QCryptographicHash::Algorithm m_algorithm = QCryptographicHash::Sha256;
    QList<BlockMapFile> m_files;
    QHash<QString, qsizetype> m_index;
};

} // namespace wb
