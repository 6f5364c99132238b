// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace wb {

class HiveCache;

/// One fact read from an image's hive: the value (text; numbers in decimal) and where it was read,
/// e.g. "SYSTEM hive, ControlSet001\Control\Session Manager\Environment\PROCESSOR_ARCHITECTURE".
/// Sources are technical paths, never translated.
struct HiveFact
{
    QString value;
    QString source;
};

/// What the SOFTWARE and SYSTEM hives of an offline Windows image say about the installation:
/// the facts Windows itself reads (engine/provision/README.md lists each key and its public source).
/// Value type, read on a worker thread.
struct HiveFacts
{
    std::optional<HiveFact> processorArchitecture; ///< SYSTEM: "AMD64", "x86", "ARM64" or "ARM" as stored
    std::optional<HiveFact> build;                 ///< SOFTWARE CurrentBuildNumber (else CurrentBuild), e.g. "22631"
    std::optional<HiveFact> ubr;                   ///< SOFTWARE UBR (REG_DWORD), e.g. "4169"
    std::optional<HiveFact> editionId;             ///< SOFTWARE EditionID, e.g. "Professional"
    std::optional<HiveFact> productName;           ///< SOFTWARE ProductName, e.g. "Windows 10 Pro" (Windows 11 keeps "Windows 10")
    std::optional<HiveFact> installationType;      ///< SOFTWARE InstallationType: "Client", "Server", "Server Core", "WindowsPE"
    std::optional<HiveFact> displayVersion;        ///< SOFTWARE DisplayVersion, e.g. "23H2" (Windows 10 20H2 and later)
    QList<HiveFact> uiLanguages;                   ///< SYSTEM Control\MUI\UILanguages\<tag>: one per installed UI language
    std::optional<HiveFact> installLanguage;       ///< SYSTEM Control\Nls\Language InstallLanguage, as a BCP-47 tag
    std::optional<HiveFact> defaultLanguage;       ///< SYSTEM Control\Nls\Language Default, as a BCP-47 tag
    QStringList hivesRead;                         ///< e.g. "Windows/System32/config/SOFTWARE"

    /// Reads the facts of the image folder `imageRoot`. An absent hive (a bare folder) gives no
    /// facts; a hive that exists but cannot be read fails with its error (registry.corrupt,
    /// registry.open-failed) naming the file. With `softwareCache`, the SOFTWARE hive is parsed
    /// through it and stays there for the command's later reads and its write (HiveCache).
    static Result<HiveFacts> read(const QString &imageRoot, HiveCache *softwareCache = nullptr);

    /// BCP-47 tag of a Windows LCID written as hex ("0409" -> "en-US"); empty for one not in the
    /// table of Windows display languages ([MS-LCID]).
    static QString languageOfLcid(const QString &hexLcid);
};

} // namespace wb
