// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppxBuilder.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace wb::test {

/// One entry of a hand-written ZIP file: every field is written exactly as given, so a test can
/// declare sizes that disagree with the data, use any raw name (NUL, control characters, '\'),
/// or mark an entry as a symbolic link through its UNIX external attributes.
struct RawZipEntry
{
    QByteArray name;                 ///< raw bytes of the name (no percent-encoding applied)
    QByteArray data;                 ///< bytes stored in the file (raw deflate data for method 8)
    quint16 method = 0;              ///< 0 stored, 8 deflated
    quint32 crc = 0;                 ///< CRC-32 written in both headers
    quint64 uncompressedSize = 0;    ///< size written in both headers (must fit 32 bits)
    quint32 externalAttributes = 0;  ///< high 16 bits: UNIX mode (S_IFREG | 0644 by default)
    quint8 hostOs = 3;               ///< "version made by" host: 3 = UNIX
    int sameDataAs = -1;             ///< index of an earlier entry whose local header and data this
                                     ///< central directory entry points at (an overlapping-entries bomb)
};

quint32 crc32Of(const QByteArray &data);
/// CRC-32 of `n` zero bytes, computed in O(log n).
quint32 crc32OfZeros(quint64 n);
/// Raw deflate data (fixed Huffman, matches of 258) that inflates to `n` zero bytes: about 1/1000
/// of `n`, made in a fraction of a second even for a gigabyte.
QByteArray deflateZeros(quint64 n);
/// Raw deflate data of `data` (zlib through qCompress, header and trailer cut off).
QByteArray deflateBytes(const QByteArray &data);

RawZipEntry storedEntry(const QByteArray &name, const QByteArray &content);
RawZipEntry deflatedEntry(const QByteArray &name, const QByteArray &content);
/// `n` zero bytes, deflated; sizes and CRC honest.
RawZipEntry zerosEntry(const QByteArray &name, quint64 n);

/// Writes local headers, data, central directory and end record (no ZIP64).
Status writeRawZip(const QString &path, const QList<RawZipEntry> &entries);

/// One file as the block map of a hand-made package describes it.
struct BlockMapItem
{
    QString name;        ///< decoded name, '/' separators
    quint64 size = 0;
    QStringList hashes;  ///< base64 SHA-256 per 64 KiB block
};
BlockMapItem blockMapItem(const QString &name, const QByteArray &content);
/// The block map item of `n` zero bytes (hashes computed once per distinct block).
BlockMapItem zerosBlockMapItem(const QString &name, quint64 n);
QByteArray blockMapXmlOf(const QList<BlockMapItem> &items);
QByteArray contentTypesXmlOf();

/// A package made by hand: AppxManifest.xml (`manifest`, or the one AppxBuilder makes for
/// `spec`), AppxBlockMap.xml listing `mapped` plus the manifest, [Content_Types].xml, and the
/// `payload` entries exactly as given; with `sign`, AppxSignature.p7x last, signing those records
/// as they are (the test signer, as `spec.signer` or `spec.publisher`), so that provisioning, which
/// refuses unsigned packages first, reaches the defences a crafted package tests.
Status writeHostileAppx(const QString &path, const AppxSpec &spec, const QList<RawZipEntry> &payload,
                        const QList<BlockMapItem> &mapped, const QByteArray &manifest = {}, bool sign = false);

/// Peak resident set size of this process so far (VmHWM), in bytes; -1 when unknown.
qint64 peakRssBytes();
/// Resets the peak resident set size to the current one (writes 5 to /proc/self/clear_refs);
/// false when the kernel refuses.
bool resetPeakRss();

} // namespace wb::test
