// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SplitSet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <utility>

#include <glob.h>

namespace wb {

namespace {

/// The header's part number and part count: `usPartNumber` and `usTotalParts`, little-endian
/// 16-bit values at offsets 40 and 42 after the 8-byte "MSWIM\0\0\0" tag (Microsoft's "Windows
/// Imaging File Format (WIM)" header, WIMHEADER_V1_PACKED; wimlib's `wim_header_disk` has the
/// same layout). {1, 1} when the file is not a readable WIM.
std::pair<int, int> partFields(const QString &path)
{
    QFile file(path);
    QByteArray header;
    if (file.open(QIODevice::ReadOnly))
        header = file.read(44);
    if (header.size() < 44 || !header.startsWith(QByteArrayView("MSWIM\0\0\0", 8)))
        return {1, 1};
    const auto u16 = [&](int at) { return int(quint8(header[at])) | (int(quint8(header[at + 1])) << 8); };
    return {u16(40), u16(42)};
}

} // namespace

QString resolveSplitPattern(const QString &firstPart, const QString &pattern)
{
    const QFileInfo first(firstPart);
    if (pattern.isEmpty())
        return first.absoluteDir().filePath(first.completeBaseName() + QStringLiteral("*.swm"));
    const QFileInfo p(pattern);
    if (p.isAbsolute())
        return pattern;
    const QStringList fromCwd = p.absoluteDir().entryList({p.fileName()}, QDir::Files);
    if (!fromCwd.isEmpty())
        return p.absoluteFilePath();
    return first.absoluteDir().filePath(pattern);
}

QStringList splitSetFiles(const QString &path, const QString &pattern)
{
    const auto [part, total] = partFields(path);
    if (total <= 1 || part != 1)
        return {};
    // The glob(3) expansion wimlib_reference_resource_files does with WIMLIB_REF_FLAG_GLOB_ENABLE.
    const QByteArray glob = QFile::encodeName(resolveSplitPattern(path, pattern));
    glob_t matches{};
    QStringList files;
    if (::glob(glob.constData(), 0, nullptr, &matches) == 0)
        for (size_t i = 0; i < matches.gl_pathc; ++i)
            files << QFileInfo(QFile::decodeName(matches.gl_pathv[i])).absoluteFilePath();
    ::globfree(&matches);
    files << QFileInfo(path).absoluteFilePath();
    files.sort();
    files.removeDuplicates();
    return files;
}

} // namespace wb
