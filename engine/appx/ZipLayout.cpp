// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipLayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ZipLayout)
};

constexpr quint32 EndSignature = 0x06054b50;
constexpr quint32 End64Signature = 0x06064b50;
constexpr quint32 Locator64Signature = 0x07064b50;
constexpr quint32 CentralSignature = 0x02014b50;
constexpr qsizetype EndSize = 22;
constexpr qsizetype MaxComment = 65535;

Error corrupted(const QString &display, const QString &what)
{
    return Error::make(
        QStringLiteral("appx.zip-corrupted"),
        Tr::tr("%1: the ZIP structure of the package is damaged (%2). Get a complete copy of the package.").arg(display, what));
}

Result<QByteArray> readAt(QFile &file, quint64 base, quint64 at, quint64 size, const QString &display)
{
    if (!file.seek(qint64(base + at)))
        return corrupted(display, Tr::tr("cannot seek to byte %1").arg(at));
    QByteArray data = file.read(qint64(size));
    if (quint64(data.size()) != size)
        return corrupted(display, Tr::tr("the file ends before byte %1").arg(at + size));
    return data;
}

/// Replaces 0xFFFF.. values of a central record from its ZIP64 extra field (APPNOTE 4.5.3).
bool applyZip64Extra(const QByteArray &extra, ZipRecord &r, bool offsetIsMax)
{
    for (qsizetype at = 0; at + 4 <= extra.size();) {
        const quint16 id = zipLe16(extra, at);
        const quint16 len = zipLe16(extra, at + 2);
        if (at + 4 + len > extra.size())
            return false;
        if (id == 1) {
            qsizetype p = at + 4;
            auto next = [&](quint64 &value) {
                if (p + 8 > at + 4 + len)
                    return false;
                value = zipLe64(extra, p);
                p += 8;
                return true;
            };
            if (r.size == 0xFFFFFFFFu && !next(r.size))
                return false;
            if (r.compressedSize == 0xFFFFFFFFu && !next(r.compressedSize))
                return false;
            return !offsetIsMax || next(r.localOffset);
        }
        at += 4 + len;
    }
    return !offsetIsMax && r.size != 0xFFFFFFFFu && r.compressedSize != 0xFFFFFFFFu;
}
} // namespace

quint16 zipLe16(const QByteArray &d, qsizetype at)
{
    return quint16(quint8(d[at]) | quint8(d[at + 1]) << 8);
}

quint32 zipLe32(const QByteArray &d, qsizetype at)
{
    return quint32(zipLe16(d, at)) | quint32(zipLe16(d, at + 2)) << 16;
}

quint64 zipLe64(const QByteArray &d, qsizetype at)
{
    return quint64(zipLe32(d, at)) | quint64(zipLe32(d, at + 4)) << 32;
}

Result<ZipLayout> ZipLayout::read(QFile &file, quint64 base, quint64 length, const QString &display)
{
    ZipLayout layout;
    WB_TRY(layout.parseEnd(file, base, length, display));
    if (layout.m_cdSize > MaxCentralDirectory || layout.m_cdOffset + layout.m_cdSize > length)
        return corrupted(display, Tr::tr("the central directory lies outside the file"));
    auto cd = readAt(file, base, layout.m_cdOffset, layout.m_cdSize, display);
    if (!cd)
        return cd.error();
    WB_TRY(layout.parseCentralDirectory(*cd, display));
    auto tail = readAt(file, base, layout.m_cdOffset + layout.m_cdSize, length - layout.m_cdOffset - layout.m_cdSize, display);
    if (!tail)
        return tail.error();
    layout.m_end = *tail;
    const quint64 tailStart = layout.m_cdOffset + layout.m_cdSize;
    if (layout.m_endPos < tailStart || (layout.m_zip64 && layout.m_zip64Pos < tailStart))
        return corrupted(display, Tr::tr("the end records overlap the central directory"));
    layout.m_endAt = qsizetype(layout.m_endPos - tailStart);
    if (layout.m_zip64) {
        layout.m_zip64EndAt = qsizetype(layout.m_zip64Pos - tailStart);
        layout.m_locatorAt = layout.m_endAt - 20;
    }
    return layout;
}

Status ZipLayout::parseEnd(QFile &file, quint64 base, quint64 length, const QString &display)
{
    const quint64 window = std::min<quint64>(length, quint64(EndSize + MaxComment));
    auto tail = readAt(file, base, length - window, window, display);
    if (!tail)
        return tail.error();
    qsizetype at = tail->size() - EndSize;
    while (at >= 0 && !(zipLe32(*tail, at) == EndSignature && at + EndSize + zipLe16(*tail, at + 20) == tail->size()))
        --at;
    if (at < 0)
        return corrupted(display, Tr::tr("no end of central directory record"));
    const quint64 endPos = length - window + quint64(at);
    m_endPos = endPos;
    m_count = zipLe16(*tail, at + 10);
    m_cdSize = zipLe32(*tail, at + 12);
    m_cdOffset = zipLe32(*tail, at + 16);
    if (m_count != 0xFFFF && m_cdSize != 0xFFFFFFFFu && m_cdOffset != 0xFFFFFFFFu)
        return {};
    if (endPos < 20)
        return corrupted(display, Tr::tr("no ZIP64 end record locator"));
    auto locator = readAt(file, base, endPos - 20, 20, display);
    if (!locator)
        return locator.error();
    if (zipLe32(*locator, 0) != Locator64Signature)
        return corrupted(display, Tr::tr("no ZIP64 end record locator"));
    const quint64 end64 = zipLe64(*locator, 8);
    auto record = end64 + 56 <= endPos ? readAt(file, base, end64, 56, display) : Result<QByteArray>(corrupted(display, Tr::tr("bad ZIP64 end record")));
    if (!record)
        return record.error();
    if (zipLe32(*record, 0) != End64Signature)
        return corrupted(display, Tr::tr("bad ZIP64 end record"));
    m_zip64 = true;
    m_zip64Pos = end64;
    m_count = zipLe64(*record, 32);
    m_cdSize = zipLe64(*record, 40);
    m_cdOffset = zipLe64(*record, 48);
    return {};
}

Status ZipLayout::parseCentralDirectory(const QByteArray &cd, const QString &display)
{
    qsizetype at = 0;
    while (at < cd.size()) {
        if (at + 46 > cd.size() || zipLe32(cd, at) != CentralSignature)
            return corrupted(display, Tr::tr("bad central directory record at byte %1").arg(m_cdOffset + quint64(at)));
        const qsizetype nameLength = zipLe16(cd, at + 28);
        const qsizetype extraLength = zipLe16(cd, at + 30);
        const qsizetype total = 46 + nameLength + extraLength + zipLe16(cd, at + 32);
        if (at + total > cd.size())
            return corrupted(display, Tr::tr("a central directory record runs past its end"));
        ZipRecord r;
        r.flags = zipLe16(cd, at + 8);
        r.method = zipLe16(cd, at + 10);
        r.crc32 = zipLe32(cd, at + 16);
        r.compressedSize = zipLe32(cd, at + 20);
        r.size = zipLe32(cd, at + 24);
        r.localOffset = zipLe32(cd, at + 42);
        r.rawName = cd.mid(at + 46, nameLength);
        r.centralRecord = cd.mid(at, total);
        const bool offsetIsMax = r.localOffset == 0xFFFFFFFFu;
        if ((offsetIsMax || r.size == 0xFFFFFFFFu || r.compressedSize == 0xFFFFFFFFu)
            && !applyZip64Extra(cd.mid(at + 46 + nameLength, extraLength), r, offsetIsMax))
            return corrupted(display, Tr::tr("bad ZIP64 field of %1").arg(QString::fromUtf8(r.rawName)));
        if (r.localOffset >= m_cdOffset || r.compressedSize > m_cdOffset - r.localOffset)
            return corrupted(display, Tr::tr("the record of %1 lies outside the file").arg(QString::fromUtf8(r.rawName)));
        m_records << r;
        at += total;
    }
    if (quint64(m_records.size()) != m_count)
        return corrupted(display, Tr::tr("the central directory holds %1 records, its end record says %2").arg(m_records.size()).arg(m_count));
    return {};
}

const ZipRecord *ZipLayout::find(const QByteArray &rawName) const
{
    for (const ZipRecord &r : m_records) {
        if (r.rawName == rawName)
            return &r;
    }
    return nullptr;
}

} // namespace wb
