// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Compression.h"

#include "WimFile.h"

#include <QCoreApplication>

#include <wimlib.h>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::Compression)
};
} // namespace

std::optional<WimCompression> compressionFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("none"))
        return WimCompression::None;
    if (n == QLatin1String("fast") || n == QLatin1String("xpress"))
        return WimCompression::Fast;
    if (n == QLatin1String("max") || n == QLatin1String("maximum") || n == QLatin1String("lzx"))
        return WimCompression::Max;
    if (n == QLatin1String("recovery") || n == QLatin1String("lzms") || n == QLatin1String("solid"))
        return WimCompression::Recovery;
    return std::nullopt;
}

QString compressionName(WimCompression compression)
{
    switch (compression) {
    case WimCompression::None: return QStringLiteral("none");
    case WimCompression::Fast: return QStringLiteral("fast");
    case WimCompression::Max: return QStringLiteral("max");
    case WimCompression::Recovery: return QStringLiteral("recovery");
    }
    return {};
}

QString compressionDisplayName(WimCompression compression)
{
    switch (compression) {
    case WimCompression::None: return Tr::tr("None");
    case WimCompression::Fast: return QStringLiteral("XPRESS");
    case WimCompression::Max: return QStringLiteral("LZX");
    case WimCompression::Recovery: return Tr::tr("LZMS (solid)");
    }
    return {};
}

int wimlibCompressionType(WimCompression compression)
{
    switch (compression) {
    case WimCompression::None: return WIMLIB_COMPRESSION_TYPE_NONE;
    case WimCompression::Fast: return WIMLIB_COMPRESSION_TYPE_XPRESS;
    case WimCompression::Max: return WIMLIB_COMPRESSION_TYPE_LZX;
    case WimCompression::Recovery: return WIMLIB_COMPRESSION_TYPE_LZMS;
    }
    return WIMLIB_COMPRESSION_TYPE_LZX;
}

bool isSolid(WimCompression compression)
{
    return compression == WimCompression::Recovery;
}

std::optional<WimCompression> compressionOf(const WimHeaderInfo &header)
{
    if (header.solid)
        return WimCompression::Recovery;
    const QString c = header.compression.toUpper();
    if (c == QLatin1String("NONE"))
        return WimCompression::None;
    if (c == QLatin1String("XPRESS"))
        return WimCompression::Fast;
    if (c == QLatin1String("LZX"))
        return WimCompression::Max;
    return std::nullopt;
}

int wimlibCompressionTypeOf(const WimHeaderInfo &header)
{
    const QString c = header.compression.toUpper();
    if (c == QLatin1String("XPRESS"))
        return WIMLIB_COMPRESSION_TYPE_XPRESS;
    if (c == QLatin1String("LZX"))
        return WIMLIB_COMPRESSION_TYPE_LZX;
    if (c == QLatin1String("LZMS"))
        return WIMLIB_COMPRESSION_TYPE_LZMS;
    return WIMLIB_COMPRESSION_TYPE_NONE;
}

QString describeCompression(const WimHeaderInfo &header)
{
    return header.solid ? Tr::tr("%1 (solid)").arg(header.compression) : header.compression;
}

QString compressionTypeName(int wimlibType)
{
    return QString::fromUtf8(wimlib_get_compression_type_string(wimlib_compression_type(wimlibType)));
}

} // namespace wb
