// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace wb {

/// The encodings Windows writes logs in. dism.log and cbs.log are UTF-8 or UTF-16 LE, with or
/// without a byte order mark depending on the Windows version and the tool that wrote them.
enum class LogEncoding { Utf8, Utf16LE, Utf16BE, Latin1 };

/// Detects a log file's encoding from its first bytes and decodes lines of it. A small value,
/// copied freely; thread-safe.
class LogTextCodec
{
public:
    LogTextCodec() = default;
    LogTextCodec(LogEncoding encoding, int bomLength) : m_encoding(encoding), m_bomLength(bomLength) {}

    /// From the first bytes of a file (a few KiB are enough): a UTF-8 or UTF-16 byte order mark,
    /// else UTF-16 without one when every other byte is zero (as Windows writes ASCII text in
    /// UTF-16), else UTF-8, else (bytes that are not valid UTF-8) Latin-1.
    static LogTextCodec detect(const QByteArray &head);

    LogEncoding encoding() const { return m_encoding; }
    /// Bytes of the byte order mark at the start of the file (0 when there is none).
    int bomLength() const { return m_bomLength; }
    /// Bytes per code unit: 1 or 2.
    int unitSize() const { return (m_encoding == LogEncoding::Utf16LE || m_encoding == LogEncoding::Utf16BE) ? 2 : 1; }
    /// "UTF-8", "UTF-8 with BOM", "UTF-16 LE", "UTF-16 BE with BOM", ...
    QString name() const;

    /// Index of the first byte of the next newline code unit at or after `from` (which must be at
    /// a code unit boundary of `data`), or -1.
    qsizetype findNewline(const char *data, qsizetype from, qsizetype size) const;
    /// Decodes `size` bytes (a whole number of code units; a trailing odd byte is ignored).
    QString decode(const char *data, qsizetype size) const;
    QString decode(const QByteArray &bytes) const { return decode(bytes.constData(), bytes.size()); }
    /// Decodes a whole line (without its newline): the same, less one trailing '\r' (CRLF files).
    QString decodeLine(const char *data, qsizetype size) const;
    /// Encodes text the same way (with no byte order mark), for tests and writing beside a log.
    QByteArray encode(QStringView text) const;
    /// The byte order mark of this encoding (empty when bomLength() is 0).
    QByteArray bom() const;

private:
    LogEncoding m_encoding = LogEncoding::Utf8;
    int m_bomLength = 0;
};

} // namespace wb
