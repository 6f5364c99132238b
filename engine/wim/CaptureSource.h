// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {

/// How a folder or NTFS volume is captured into an image (wimlib_add_image's flags and config).
struct CaptureSource
{
    QString path;                    ///< a folder, or a file or block device holding an NTFS volume
    bool ntfsVolume = false;         ///< capture through NTFS-3G (WIMLIB_ADD_FLAG_NTFS)
    QString configFile;              ///< WimScript.ini-format capture configuration; empty: DISM's default exclusions
    bool bootable = false;           ///< WIMLIB_ADD_FLAG_BOOT: the new image becomes the boot index
    bool noRpFix = false;            ///< keep absolute reparse targets as they are (WIMLIB_ADD_FLAG_NORPFIX)
    bool wimBoot = false;            ///< WIMLIB_ADD_FLAG_WIMBOOT
    bool extendedAttributes = false; ///< folder sources: keep UNIX data and xattrs (WIMLIB_ADD_FLAG_UNIX_DATA)
};

} // namespace wb
