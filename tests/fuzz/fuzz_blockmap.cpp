// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// AppxBlockMap.xml reader (engine/appx/BlockMap.*). The input is split at the first NUL byte:
// the block map XML before it, and the bytes after it as the content of the block map's first
// file, which BlockMap::checkInMemory checks against the block hashes.
//
// Invariants (abort on violation):
// - a failure has an appx.blockmap-* code;
// - an accepted block map has unique names (case-insensitively, '\' = '/'), '/' separators only,
//   at most ceil(size / 64 KiB) blocks per file, each hash of the algorithm's length;
// - find() returns each file by its own name, by its upper-cased name and with '\' separators;
// - totalSize() is the sum of the sizes;
// - checkInMemory accepts data only when its size is the declared size and every block's hash is
//   listed; otherwise it fails with appx.size-mismatch or appx.block-hash-mismatch.

#include "FuzzSupport.h"

#include "appx/BlockMap.h"
#include "appx/PackagePath.h"

#include <QCryptographicHash>
#include <QSet>

using namespace Qt::StringLiterals;

using namespace wb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype nul = input.indexOf('\0');
    const QByteArray xml = nul < 0 ? input : input.left(nul);
    const QByteArray content = nul < 0 ? QByteArray() : input.mid(nul + 1);

    const auto parsed = BlockMap::parse(xml, u"Fuzz.msix/AppxBlockMap.xml"_s);
    if (!parsed) {
        FUZZ_CHECK_MSG(parsed.error().code.startsWith(QLatin1String("appx.blockmap-")), parsed.error().code);
        return 0;
    }
    const BlockMap &map = *parsed;
    const int hashLength = QCryptographicHash::hashLength(map.algorithm());
    quint64 total = 0;
    QSet<QString> keys;
    for (const BlockMapFile &f : map.files()) {
        FUZZ_CHECK(!f.name.isEmpty() && !f.name.contains(QLatin1Char('\\')));
        const QString key = PackagePath::nameKey(f.name);
        FUZZ_CHECK_MSG(!keys.contains(key), f.name);
        keys.insert(key);
        FUZZ_CHECK(quint64(f.blocks.size()) <= (f.size + BlockMap::BlockSize - 1) / BlockMap::BlockSize);
        for (const QByteArray &h : f.blocks)
            FUZZ_CHECK(h.size() == hashLength);
        FUZZ_CHECK(map.find(f.name) == &f);
        FUZZ_CHECK(map.find(QString(f.name).replace(QLatin1Char('/'), QLatin1Char('\\'))) == &f);
        total += f.size;
    }
    FUZZ_CHECK(map.totalSize() == total);

    if (!map.files().isEmpty()) {
        const BlockMapFile &first = map.files().first();
        const Status check = map.checkInMemory(first, content, u"Fuzz.msix"_s);
        bool shouldPass = quint64(content.size()) == first.size;
        for (qsizetype i = 0, at = 0; shouldPass && at < content.size(); ++i, at += qsizetype(BlockMap::BlockSize)) {
            const QByteArray hash = QCryptographicHash::hash(QByteArrayView(content.constData() + at, std::min<qsizetype>(content.size() - at, qsizetype(BlockMap::BlockSize))), map.algorithm());
            shouldPass = i < first.blocks.size() && first.blocks.at(i) == hash;
        }
        FUZZ_CHECK(check.ok() == shouldPass);
        if (!check.ok()) {
            const QString code = check.error().code;
            FUZZ_CHECK_MSG(code == QLatin1String("appx.size-mismatch") || code == QLatin1String("appx.block-hash-mismatch"), code);
        }
    }
    return 0;
}
