// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {

/// What the integrity check found when the file was opened.
enum class IntegrityStatus { NotChecked, Verified, NoTable };

/// File-level facts from the WIM header.
struct WimHeaderInfo
{
    int imageCount = 0;
    int bootIndex = 0;   ///< 0 = no bootable image
    QString compression; ///< "None", "XPRESS", "LZX", "LZMS"
    bool solid = false;  ///< solid resources (ESD, WIM version 0xE00)
    quint32 chunkSize = 0;
    int partNumber = 1;
    int totalParts = 1;
    bool hasIntegrityTable = false;
    bool pipable = false;
    bool readOnly = false; ///< marked read-only in the header or not writable
    quint32 version = 0;
    QString guid; ///< 32 hex digits
    quint64 fileSize = 0;
};

} // namespace wb
