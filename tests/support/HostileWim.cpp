// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileWim.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtEndian>

#include <cstring>
#include <functional>

using namespace Qt::StringLiterals;

namespace wb::test {

namespace {

constexpr qsizetype HeaderLookupTable = 48;
constexpr qsizetype LookupEntrySize = 50;
constexpr quint8 ResourceMetadata = 0x02;
constexpr quint8 ResourceCompressed = 0x04;
constexpr qsizetype DentryNameOffset = 102; // FileName follows wFileNameLength at 0x64

Status failure(const QString &what)
{
    return Error::make(u"test.hostile-wim"_s, what);
}

quint64 get56(const char *p)
{
    quint64 v = 0;
    for (int i = 6; i >= 0; --i)
        v = (v << 8) | quint8(p[i]);
    return v;
}

/// Calls `patch(metadata)` on each image's metadata resource and fixes its SHA-1.
Status patchMetadata(const QString &wimPath, const std::function<Status(QByteArray &)> &patch)
{
    QFile f(wimPath);
    if (!f.open(QIODevice::ReadWrite))
        return failure(u"cannot open %1"_s.arg(wimPath));
    QByteArray wim = f.readAll();
    if (!wim.startsWith(QByteArray("MSWIM\0\0\0", 8)))
        return failure(u"%1 is not a WIM"_s.arg(wimPath));
    const char *lt = wim.constData() + HeaderLookupTable;
    const quint64 ltSize = get56(lt);
    const quint64 ltOffset = qFromLittleEndian<quint64>(lt + 8);
    if (quint8(lt[7]) & ResourceCompressed)
        return failure(u"compressed lookup table"_s);
    int patched = 0;
    for (quint64 at = ltOffset; at + LookupEntrySize <= ltOffset + ltSize; at += LookupEntrySize) {
        char *entry = wim.data() + at;
        const quint8 flags = quint8(entry[7]);
        if (!(flags & ResourceMetadata))
            continue;
        if (flags & ResourceCompressed)
            return failure(u"metadata is compressed: write the WIM with Compression::None"_s);
        const quint64 size = get56(entry);
        const quint64 offset = qFromLittleEndian<quint64>(entry + 8);
        QByteArray metadata = wim.mid(qsizetype(offset), qsizetype(size));
        WB_TRY(patch(metadata));
        if (quint64(metadata.size()) != size)
            return failure(u"patch changed the size"_s);
        wim.replace(qsizetype(offset), qsizetype(size), metadata);
        const QByteArray sha1 = QCryptographicHash::hash(metadata, QCryptographicHash::Sha1);
        std::memcpy(entry + 30, sha1.constData(), 20);
        ++patched;
    }
    if (!patched)
        return failure(u"no metadata resource"_s);
    f.seek(0);
    if (f.write(wim) != wim.size())
        return failure(u"cannot write %1"_s.arg(wimPath));
    return {};
}

QByteArray utf16(const QString &s)
{
    return QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
}

/// Offsets of the dentries named `name` (le16 length followed by the UTF-16LE name).
QList<qsizetype> findDentries(const QByteArray &metadata, const QString &name)
{
    QByteArray pattern(2, '\0');
    qToLittleEndian<quint16>(quint16(name.size() * 2), pattern.data());
    pattern += utf16(name);
    QList<qsizetype> found;
    for (qsizetype at = metadata.indexOf(pattern); at >= 0; at = metadata.indexOf(pattern, at + 1)) {
        const qsizetype start = at + 2 - DentryNameOffset;
        if (start < 0)
            continue;
        const quint64 length = qFromLittleEndian<quint64>(metadata.constData() + start);
        if (length >= quint64(DentryNameOffset) && length < 4096)
            found << start;
    }
    return found;
}

} // namespace

Status patchWimEntryName(const QString &wimPath, const QString &from, const QString &to)
{
    if (from.size() != to.size())
        return failure(u"names differ in length"_s);
    return patchMetadata(wimPath, [&](QByteArray &metadata) -> Status {
        const QList<qsizetype> dentries = findDentries(metadata, from);
        if (dentries.isEmpty())
            return failure(u"no entry %1"_s.arg(from));
        for (qsizetype start : dentries)
            metadata.replace(start + DentryNameOffset, to.size() * 2, utf16(to));
        return {};
    });
}

Status makeWimCycle(const QString &wimPath, const QString &outer, const QString &inner)
{
    return patchMetadata(wimPath, [&](QByteArray &metadata) -> Status {
        const QList<qsizetype> o = findDentries(metadata, outer);
        const QList<qsizetype> i = findDentries(metadata, inner);
        if (o.size() != 1 || i.size() != 1)
            return failure(u"need exactly one %1 and one %2"_s.arg(outer, inner));
        std::memcpy(metadata.data() + i.first() + 16, metadata.constData() + o.first() + 16, 8);
        return {};
    });
}

} // namespace wb::test
