// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace wb {

/// What the image's DRIVERS hive (Windows/System32/config/DRIVERS, HKLM\DRIVERS) says about its
/// driver store: `DriverDatabase\DriverPackages\<name>.inf_<arch>_<hash>` (one key per
/// FileRepository folder) with its published INF name as default value ("oem3.inf" for a
/// third-party package, the INF's own name for an inbox one), `Provider`, `InfName`, `Catalog`
/// and the binary `Version` (class GUID, driver date and version). Layout and sources in
/// inventory/README.md. Value type.
class DriverDatabase
{
public:
    /// What the REG_BINARY `Version` value holds (inventory/README.md, "DRIVERS hive").
    struct VersionInfo
    {
        QString classGuid; ///< "{4D36E972-E325-11CE-BFC1-08002BE10318}"; empty when all zero
        QDate date;        ///< the DriverVer date; invalid when the FILETIME is 0
        QString version;   ///< the DriverVer version "w.x.y.z"; empty when 0.0.0.0
    };

    struct Entry
    {
        QString folder; ///< the FileRepository folder name (the key's name)
        QString publishedName;
        QString provider;
        QString infName;
        QString catalog;
        VersionInfo version;
    };

    /// Decodes a `Version` value; nullopt when it is shorter than the 40 bytes read.
    static std::optional<VersionInfo> decodeVersion(const QByteArray &bytes);

    /// Empty when the image has no DRIVERS hive; the registry module's error when it is damaged.
    static Result<DriverDatabase> read(const QString &root);
    static QString packagesKey() { return QStringLiteral("DriverDatabase\\DriverPackages"); }

    bool isEmpty() const { return m_packages.isEmpty(); }
    /// The entry of a FileRepository folder name (case-insensitive), nullptr when it has none.
    const Entry *package(const QString &folderName) const;
    /// The entry published under `publishedName` ("oem3.inf", case-insensitive), nullptr when none.
    const Entry *published(const QString &publishedName) const;

private:
    QHash<QString, Entry> m_packages; ///< by lower-case folder name
};

} // namespace wb
