// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QFile;

namespace wb {

/// One central-directory record as stored, with where its local record lies.
struct ZipRecord
{
    QByteArray rawName;
    QByteArray centralRecord; ///< the bytes of its central-directory record
    quint64 localOffset = 0;  ///< of its local header, from the start of the archive
    quint64 compressedSize = 0;
    quint64 size = 0;
    quint32 crc32 = 0;
    quint16 method = 0;
    quint16 flags = 0;
};

/// The byte layout of a ZIP archive, read from its end records and central directory (ZIP64
/// included) without libzip: package signatures hash the raw ZIP records and the central directory
/// (see engine/appx/README.md, "Signatures"), which libzip does not expose. Value type, any thread.
class ZipLayout
{
public:
    static constexpr quint64 MaxCentralDirectory = 64u << 20;

    /// Reads the archive held in `length` bytes of `file` from `base`. `display` names it in
    /// messages. Error: appx.zip-corrupted.
    static Result<ZipLayout> read(QFile &file, quint64 base, quint64 length, const QString &display);

    const QList<ZipRecord> &records() const { return m_records; }
    /// nullptr when no record has that raw (stored) name.
    const ZipRecord *find(const QByteArray &rawName) const;
    quint64 centralDirectoryOffset() const { return m_cdOffset; }
    /// The end records (ZIP64 end record and locator when present, end of central directory).
    const QByteArray &endRecords() const { return m_end; }
    bool isZip64() const { return m_zip64; }
    /// Where, inside endRecords(), the ZIP64 end record, its locator and the end record start
    /// (-1 when there is no ZIP64 end record).
    qsizetype zip64EndAt() const { return m_zip64EndAt; }
    qsizetype locatorAt() const { return m_locatorAt; }
    qsizetype endAt() const { return m_endAt; }

private:
    Status parseEnd(QFile &file, quint64 base, quint64 length, const QString &display);
    Status parseCentralDirectory(const QByteArray &cd, const QString &display);

    QList<ZipRecord> m_records;
    QByteArray m_end;
    quint64 m_cdOffset = 0;
    quint64 m_cdSize = 0;
    quint64 m_count = 0;
    bool m_zip64 = false;
    quint64 m_endPos = 0;   // from the archive's start
    quint64 m_zip64Pos = 0; // from the archive's start
    qsizetype m_zip64EndAt = -1;
    qsizetype m_locatorAt = -1;
    qsizetype m_endAt = -1;
};

/// Little-endian readers for ZIP structures; `at + size` must lie inside `data`.
quint16 zipLe16(const QByteArray &data, qsizetype at);
quint32 zipLe32(const QByteArray &data, qsizetype at);
quint64 zipLe64(const QByteArray &data, qsizetype at);

} // namespace wb
