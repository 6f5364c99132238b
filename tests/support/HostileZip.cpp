// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileZip.h"
#include "TestSigner.h"

#include "appx/PackagePath.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>

#include <array>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace wb::test {

namespace {

Status failure(const QString &what)
{
    return Error::make(u"test.hostile-zip"_s, what);
}

const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    return table;
}

/// GF(2) 32x32 matrix as 32 columns.
using Gf2 = std::array<quint32, 32>;

quint32 gf2Apply(const Gf2 &m, quint32 v)
{
    quint32 r = 0;
    for (int i = 0; v; ++i, v >>= 1)
        if (v & 1)
            r ^= m[size_t(i)];
    return r;
}

Gf2 multiply(const Gf2 &a, const Gf2 &b)
{
    Gf2 r{};
    for (size_t i = 0; i < 32; ++i)
        r[i] = gf2Apply(a, b[i]);
    return r;
}

class BitWriter
{
public:
    void bits(quint32 value, int count) // LSB first
    {
        for (int i = 0; i < count; ++i) {
            m_acc |= ((value >> i) & 1u) << m_n;
            if (++m_n == 8)
                flush();
        }
    }
    void huffman(quint32 code, int length) // Huffman codes go MSB first
    {
        for (int i = length - 1; i >= 0; --i) {
            m_acc |= ((code >> i) & 1u) << m_n;
            if (++m_n == 8)
                flush();
        }
    }
    QByteArray finish()
    {
        if (m_n)
            flush();
        return m_out;
    }
    void reserve(qsizetype n) { m_out.reserve(n); }

private:
    void flush()
    {
        m_out.append(char(m_acc));
        m_acc = 0;
        m_n = 0;
    }
    QByteArray m_out;
    quint32 m_acc = 0;
    int m_n = 0;
};

void put16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xff)).append(char(v >> 8));
}
void put32(QByteArray &b, quint32 v)
{
    put16(b, quint16(v & 0xffff));
    put16(b, quint16(v >> 16));
}

} // namespace

quint32 crc32Of(const QByteArray &data)
{
    const auto &t = crcTable();
    quint32 c = 0xffffffffu;
    for (char ch : data)
        c = t[(c ^ quint8(ch)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

quint32 crc32OfZeros(quint64 n)
{
    // One zero byte maps the register s to table[s & 0xff] ^ (s >> 8): linear over GF(2).
    const auto &t = crcTable();
    Gf2 step{};
    for (size_t i = 0; i < 32; ++i) {
        const quint32 s = 1u << i;
        step[i] = t[s & 0xff] ^ (s >> 8);
    }
    Gf2 result{};
    for (size_t i = 0; i < 32; ++i)
        result[i] = 1u << i;
    while (n) {
        if (n & 1)
            result = multiply(step, result);
        step = multiply(step, step);
        n >>= 1;
    }
    return gf2Apply(result, 0xffffffffu) ^ 0xffffffffu;
}

QByteArray deflateZeros(quint64 n)
{
    BitWriter w;
    w.reserve(qsizetype(n / 1000 + 64));
    w.bits(1, 1); // BFINAL
    w.bits(1, 2); // fixed Huffman
    if (n > 0) {
        w.huffman(0x30, 8); // literal 0
        quint64 left = n - 1;
        while (left >= 258) {
            w.huffman(0xC5, 8); // length code 285 = 258 bytes
            w.huffman(0, 5);    // distance code 0 = 1 byte back
            left -= 258;
        }
        for (quint64 i = 0; i < left; ++i)
            w.huffman(0x30, 8);
    }
    w.huffman(0, 7); // end of block (256)
    return w.finish();
}

QByteArray deflateBytes(const QByteArray &data)
{
    const QByteArray z = qCompress(data, 6);
    // 4 bytes of length (Qt), 2 bytes of zlib header, ..., 4 bytes of Adler-32.
    return z.mid(6, z.size() - 10);
}

RawZipEntry storedEntry(const QByteArray &name, const QByteArray &content)
{
    RawZipEntry e;
    e.name = name;
    e.data = content;
    e.crc = crc32Of(content);
    e.uncompressedSize = quint64(content.size());
    return e;
}

RawZipEntry deflatedEntry(const QByteArray &name, const QByteArray &content)
{
    RawZipEntry e = storedEntry(name, content);
    e.method = 8;
    e.data = deflateBytes(content);
    return e;
}

RawZipEntry zerosEntry(const QByteArray &name, quint64 n)
{
    RawZipEntry e;
    e.name = name;
    e.method = 8;
    e.data = deflateZeros(n);
    e.crc = crc32OfZeros(n);
    e.uncompressedSize = n;
    return e;
}

Status writeRawZip(const QString &path, const QList<RawZipEntry> &entries)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return failure(u"cannot write %1"_s.arg(path));
    QByteArray central;
    quint64 offset = 0;
    QList<quint64> localOffsets;
    for (const RawZipEntry &e : entries) {
        const bool shared = e.sameDataAs >= 0 && e.sameDataAs < localOffsets.size();
        localOffsets << (shared ? localOffsets.at(e.sameDataAs) : offset);
        if (e.uncompressedSize > 0xffffffffu || quint64(e.data.size()) > 0xffffffffu)
            return failure(u"entry too large for a ZIP without ZIP64"_s);
        const quint32 attributes = e.externalAttributes ? e.externalAttributes : (quint32(S_IFREG | 0644) << 16);
        QByteArray local;
        put32(local, 0x04034b50);
        put16(local, 20);
        put16(local, 0);
        put16(local, e.method);
        put16(local, 0);    // time
        put16(local, 0x21); // 1980-01-01
        put32(local, e.crc);
        put32(local, quint32(e.data.size()));
        put32(local, quint32(e.uncompressedSize));
        put16(local, quint16(e.name.size()));
        put16(local, 0);
        local.append(e.name);

        put32(central, 0x02014b50);
        put16(central, quint16((quint16(e.hostOs) << 8) | 20));
        put16(central, 20);
        put16(central, 0);
        put16(central, e.method);
        put16(central, 0);
        put16(central, 0x21);
        put32(central, e.crc);
        put32(central, quint32(e.data.size()));
        put32(central, quint32(e.uncompressedSize));
        put16(central, quint16(e.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, attributes);
        put32(central, quint32(localOffsets.last()));
        central.append(e.name);

        if (shared)
            continue;
        if (f.write(local) != local.size() || f.write(e.data) != e.data.size())
            return failure(u"cannot write %1"_s.arg(path));
        offset += quint64(local.size() + e.data.size());
    }
    QByteArray end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(entries.size()));
    put16(end, quint16(entries.size()));
    put32(end, quint32(central.size()));
    put32(end, quint32(offset));
    put16(end, 0);
    if (f.write(central) != central.size() || f.write(end) != end.size() || !f.commit())
        return failure(u"cannot write %1"_s.arg(path));
    return {};
}

BlockMapItem blockMapItem(const QString &name, const QByteArray &content)
{
    return BlockMapItem{name, quint64(content.size()), blockHashes(content)};
}

BlockMapItem zerosBlockMapItem(const QString &name, quint64 n)
{
    constexpr quint64 block = 65536;
    BlockMapItem item{name, n, {}};
    const QString full = QString::fromLatin1(QCryptographicHash::hash(QByteArray(qsizetype(block), '\0'), QCryptographicHash::Sha256).toBase64());
    for (quint64 i = 0; i < n / block; ++i)
        item.hashes << full;
    if (n % block)
        item.hashes << QString::fromLatin1(QCryptographicHash::hash(QByteArray(qsizetype(n % block), '\0'), QCryptographicHash::Sha256).toBase64());
    return item;
}

QByteArray blockMapXmlOf(const QList<BlockMapItem> &items)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"
                     "<BlockMap xmlns=\"http://schemas.microsoft.com/appx/2010/blockmap\" "
                     "HashMethod=\"http://www.w3.org/2001/04/xmlenc#sha256\">";
    for (const BlockMapItem &item : items) {
        QString windowsName = item.name;
        windowsName.replace(QLatin1Char('/'), QLatin1Char('\\'));
        xml += u"<File Name=\"%1\" Size=\"%2\" LfhSize=\"%3\">"_s
                   .arg(windowsName.toHtmlEscaped())
                   .arg(item.size)
                   .arg(30 + PackagePath::encodeEntryName(item.name).size())
                   .toUtf8();
        for (const QString &h : item.hashes)
            xml += "<Block Hash=\"" + h.toLatin1() + "\"/>";
        xml += "</File>";
    }
    xml += "</BlockMap>";
    return xml;
}

QByteArray contentTypesXmlOf()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"xml\" ContentType=\"application/vnd.ms-appx.manifest+xml\"/>"
        "<Default Extension=\"dat\" ContentType=\"application/octet-stream\"/>"
        "<Override PartName=\"/AppxBlockMap.xml\" ContentType=\"application/vnd.ms-appx.blockmap+xml\"/>"
        "</Types>");
}

Status writeHostileAppx(const QString &path, const AppxSpec &spec, const QList<RawZipEntry> &payload, const QList<BlockMapItem> &mapped,
                        const QByteArray &manifest, bool sign)
{
    const QByteArray manifestXml = manifest.isEmpty() ? appxManifestXml(spec) : manifest;
    QList<BlockMapItem> items = mapped;
    items << blockMapItem(u"AppxManifest.xml"_s, manifestXml);
    QList<RawZipEntry> entries = payload;
    entries << deflatedEntry("AppxManifest.xml", manifestXml);
    entries << deflatedEntry("AppxBlockMap.xml", blockMapXmlOf(items));
    entries << deflatedEntry("[Content_Types].xml", contentTypesXmlOf());
    WB_TRY(writeRawZip(path, entries));
    if (!sign)
        return {};
    // Signed like the other test packages (the digests cover the crafted records as they are), so
    // provisioning reaches the defences these packages test instead of refusing an unsigned one.
    auto blob = appxDigestBlob(path);
    if (!blob)
        return {};
    entries << storedEntry("AppxSignature.p7x", signAppxBlob(*blob, spec.signer.isEmpty() ? spec.publisher : spec.signer));
    return writeRawZip(path, entries);
}

qint64 peakRssBytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

bool resetPeakRss()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write("5") == 1;
}

} // namespace wb::test
