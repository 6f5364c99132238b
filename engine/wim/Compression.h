// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace wb {

struct WimHeaderInfo;

/// The compression choices of /Export-Image /Compress (and Export-WindowsImage -CompressionType):
/// none; fast = XPRESS; max = LZX; recovery = solid LZMS, written only into an .esd file.
enum class WimCompression { None, Fast, Max, Recovery };

/// "none", "fast", "max", "recovery" (case-insensitive); also the wimlib/imagex spellings
/// "xpress", "lzx", "maximum", "lzms", "solid". nullopt for anything else.
std::optional<WimCompression> compressionFromName(const QString &name);
/// "none", "fast", "max" or "recovery", as typed on the command line.
QString compressionName(WimCompression compression);
/// "None", "XPRESS", "LZX" or "LZMS (solid)": what the file will hold.
QString compressionDisplayName(WimCompression compression);
/// The wimlib compression type (WIMLIB_COMPRESSION_TYPE_*) used for the file's resources.
int wimlibCompressionType(WimCompression compression);
/// wimlib's name of a compression type ("XPRESS", "LZX", "LZMS", "None").
QString compressionTypeName(int wimlibType);
/// True for the choice that writes solid resources (an ESD).
bool isSolid(WimCompression compression);

/// What an existing file uses, from its header: solid files are Recovery; LZMS without solid
/// resources has no /Compress name and is reported as nullopt.
std::optional<WimCompression> compressionOf(const WimHeaderInfo &header);
/// The wimlib compression type (WIMLIB_COMPRESSION_TYPE_*) named in a header.
int wimlibCompressionTypeOf(const WimHeaderInfo &header);
/// "LZX", "XPRESS (solid)", …: a header's compression for messages and logs.
QString describeCompression(const WimHeaderInfo &header);

} // namespace wb
