// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb {

/// Processor architecture as stored in the WIM XML (<ARCH>): 0 = x86, 5 = arm, 6 = ia64,
/// 9 = x64, 12 = arm64.
enum class ImageArchitecture { X86 = 0, Arm = 5, Ia64 = 6, X64 = 9, Arm64 = 12 };
/// "x86", "arm", "ia64", "x64", "arm64"; empty for an unknown value.
QString architectureName(int archValue);
/// The inverse of architectureName (case-insensitive, also "amd64"); nullopt if unknown.
std::optional<int> architectureFromName(const QString &name);

/// Everything Get-WindowsImage reports about one image (index) of a WIM, from its XML. Fields the
/// XML does not carry stay empty (std::nullopt) and are shown as absent, never invented.
struct ImageInfo
{
    int index = 0;
    QString name;
    std::optional<QString> description;
    std::optional<QString> displayName;
    std::optional<QString> displayDescription;
    std::optional<QString> flags;
    quint64 totalBytes = 0;
    std::optional<int> architecture; ///< raw <ARCH> value
    std::optional<QString> edition;
    std::optional<QString> installationType;
    std::optional<QString> productType;
    std::optional<QString> productSuite;
    std::optional<QString> hal;
    std::optional<quint32> versionMajor, versionMinor, versionBuild, spBuild;
    std::optional<quint32> spLevel;
    QStringList languages;
    std::optional<QString> defaultLanguage;
    std::optional<quint64> directoryCount;
    std::optional<quint64> fileCount;
    std::optional<QDateTime> created;
    std::optional<QDateTime> modified;
    std::optional<QString> systemRoot;
    bool bootable = false;
    bool wimBoot = false;

    /// "major.minor.build" plus ".spbuild" when known; empty when the XML has no version.
    QString version() const;
    /// architectureName(*architecture), or empty.
    QString architectureText() const;
};

} // namespace wb
