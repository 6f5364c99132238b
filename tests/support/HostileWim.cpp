#include "HostileWim.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtEndian>

#include <cstring>
#include <functional>

namespace wb::test {

namespace {

constexpr qsizetype HeaderLookupTable = 48;
constexpr qsizetype LookupEntrySize = 50;
constexpr quint8 ResourceMetadata = 0x02;
constexpr quint8 ResourceCompressed = 0x04;
constexpr qsizetype DentryNameOffset = 102; // FileName follows wFileNameLength at 0x64

Status failure(const QString &what)
{
    return Error::make(QStringLiteral("test.hostile-wim"), what);
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
        return failure(QStringLiteral("cannot open %1").arg(wimPath));
    QByteArray wim = f.readAll();
    if (!wim.startsWith(QByteArray("MSWIM\0\0\0", 8)))
        return failure(QStringLiteral("%1 is not a WIM").arg(wimPath));
    const char *lt = wim.constData() + HeaderLookupTable;
    const quint64 ltSize = get56(lt);
    const quint64 ltOffset = qFromLittleEndian<quint64>(lt + 8);
    if (quint8(lt[7]) & ResourceCompressed)
        return failure(QStringLiteral("compressed lookup table"));
    int patched = 0;
    for (quint64 at = ltOffset; at + LookupEntrySize <= ltOffset + ltSize; at += LookupEntrySize) {
        char *entry = wim.data() + at;
        const quint8 flags = quint8(entry[7]);
        if (!(flags & ResourceMetadata))
            continue;
        if (flags & ResourceCompressed)
            return failure(QStringLiteral("metadata is compressed: write the WIM with Compression::None"));
        const quint64 size = get56(entry);
        const quint64 offset = qFromLittleEndian<quint64>(entry + 8);
        QByteArray metadata = wim.mid(qsizetype(offset), qsizetype(size));
        WB_TRY(patch(metadata));
        if (quint64(metadata.size()) != size)
            return failure(QStringLiteral("patch changed the size"));
        wim.replace(qsizetype(offset), qsizetype(size), metadata);
        const QByteArray sha1 = QCryptographicHash::hash(metadata, QCryptographicHash::Sha1);
        std::memcpy(entry + 30, sha1.constData(), 20);
        ++patched;
    }
    if (!patched)
        return failure(QStringLiteral("no metadata resource"));
    f.seek(0);
    if (f.write(wim) != wim.size())
        return failure(QStringLiteral("cannot write %1").arg(wimPath));
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
        return failure(QStringLiteral("names differ in length"));
    return patchMetadata(wimPath, [&](QByteArray &metadata) -> Status {
        const QList<qsizetype> dentries = findDentries(metadata, from);
        if (dentries.isEmpty())
            return failure(QStringLiteral("no entry %1").arg(from));
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
            return failure(QStringLiteral("need exactly one %1 and one %2").arg(outer, inner));
        std::memcpy(metadata.data() + i.first() + 16, metadata.constData() + o.first() + 16, 8);
        return {};
    });
}

} // namespace wb::test
