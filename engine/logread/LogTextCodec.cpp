// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogTextCodec.h"

#include <QStringDecoder>
#include <QtEndian>

#include <cstring>

namespace wb {

LogTextCodec LogTextCodec::detect(const QByteArray &head)
{
    const auto *b = reinterpret_cast<const uchar *>(head.constData());
    const qsizetype n = head.size();
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        return {LogEncoding::Utf8, 3};
    if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        return {LogEncoding::Utf16LE, 2};
    if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        return {LogEncoding::Utf16BE, 2};
    // UTF-16 without a byte order mark: ASCII text has a zero in every other byte.
    const qsizetype pairs = std::min<qsizetype>(n, 8192) / 2;
    if (pairs >= 2) {
        qsizetype zeroHigh = 0, zeroLow = 0;
        for (qsizetype i = 0; i < pairs; ++i) {
            const uchar lo = b[2 * i], hi = b[2 * i + 1];
            if (hi == 0 && lo != 0)
                ++zeroHigh;
            else if (lo == 0 && hi != 0)
                ++zeroLow;
        }
        if (zeroHigh * 10 >= pairs * 4 && zeroLow * 20 <= pairs)
            return {LogEncoding::Utf16LE, 0};
        if (zeroLow * 10 >= pairs * 4 && zeroHigh * 20 <= pairs)
            return {LogEncoding::Utf16BE, 0};
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    // Ignore a sequence cut at the end of the sample.
    qsizetype check = std::min<qsizetype>(n, 65536);
    for (int steps = 0; check < n && check > 0 && steps < 4 && (b[check] & 0xC0) == 0x80; ++steps)
        --check;
    const QString decoded = utf8.decode(QByteArrayView(head.constData(), check));
    if (utf8.hasError())
        return {LogEncoding::Latin1, 0};
    return {LogEncoding::Utf8, 0};
}

QString LogTextCodec::name() const
{
    QString n;
    switch (m_encoding) {
    case LogEncoding::Utf8: n = QStringLiteral("UTF-8"); break;
    case LogEncoding::Utf16LE: n = QStringLiteral("UTF-16 LE"); break;
    case LogEncoding::Utf16BE: n = QStringLiteral("UTF-16 BE"); break;
    case LogEncoding::Latin1: n = QStringLiteral("Latin-1"); break;
    }
    if (m_bomLength)
        n += QStringLiteral(" with BOM");
    return n;
}

qsizetype LogTextCodec::findNewline(const char *data, qsizetype from, qsizetype size) const
{
    if (unitSize() == 1) {
        if (from >= size)
            return -1;
        const void *p = std::memchr(data + from, '\n', size_t(size - from));
        return p ? static_cast<const char *>(p) - data : -1;
    }
    const bool le = m_encoding == LogEncoding::Utf16LE;
    qsizetype i = from;
    while (i + 1 < size) {
        const void *p = std::memchr(data + i, '\n', size_t(size - i));
        if (!p)
            return -1;
        const qsizetype at = static_cast<const char *>(p) - data;
        if (le) {
            if (((at - from) & 1) == 0 && at + 1 < size && data[at + 1] == 0)
                return at;
        } else if (((at - from) & 1) == 1 && data[at - 1] == 0) {
            return at - 1;
        }
        i = at + 1;
    }
    return -1;
}

QString LogTextCodec::decodeLine(const char *data, qsizetype size) const
{
    QString text = decode(data, size);
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

QString LogTextCodec::decode(const char *data, qsizetype size) const
{
    switch (m_encoding) {
    case LogEncoding::Utf8:
        // QString::fromUtf8 drops a byte order mark at the start of what it decodes, so a line that
        // starts with one (two logs written one after the other) would lose it in UTF-8 only: keep
        // it as U+FEFF, as the UTF-16 and Latin-1 cases do (LogParser::parseHeader skips it).
        if (size >= 3 && uchar(data[0]) == 0xEF && uchar(data[1]) == 0xBB && uchar(data[2]) == 0xBF) {
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
            return utf8.decode(QByteArrayView(data, size));
        }
        return QString::fromUtf8(data, size);
    case LogEncoding::Latin1: return QString::fromLatin1(data, size);
    case LogEncoding::Utf16LE:
    case LogEncoding::Utf16BE: {
        const qsizetype units = size / 2;
        QString s(units, Qt::Uninitialized);
        std::memcpy(s.data(), data, size_t(units) * 2);
        const bool swap = (m_encoding == LogEncoding::Utf16BE) == (Q_BYTE_ORDER == Q_LITTLE_ENDIAN);
        if (swap) {
            char16_t *u = reinterpret_cast<char16_t *>(s.data());
            for (qsizetype i = 0; i < units; ++i)
                u[i] = char16_t((u[i] >> 8) | (u[i] << 8));
        }
        return s;
    }
    }
    return {};
}

QByteArray LogTextCodec::encode(QStringView text) const
{
    switch (m_encoding) {
    case LogEncoding::Utf8: return text.toUtf8();
    case LogEncoding::Latin1: return text.toLatin1();
    case LogEncoding::Utf16LE:
    case LogEncoding::Utf16BE: {
        QByteArray out(text.size() * 2, Qt::Uninitialized);
        char *p = out.data();
        for (QChar c : text) {
            if (m_encoding == LogEncoding::Utf16LE)
                qToLittleEndian<quint16>(c.unicode(), p);
            else
                qToBigEndian<quint16>(c.unicode(), p);
            p += 2;
        }
        return out;
    }
    }
    return {};
}

QByteArray LogTextCodec::bom() const
{
    if (!m_bomLength)
        return {};
    switch (m_encoding) {
    case LogEncoding::Utf8: return QByteArray("\xEF\xBB\xBF", 3);
    case LogEncoding::Utf16LE: return QByteArray("\xFF\xFE", 2);
    case LogEncoding::Utf16BE: return QByteArray("\xFE\xFF", 2);
    case LogEncoding::Latin1: return {};
    }
    return {};
}

} // namespace wb
