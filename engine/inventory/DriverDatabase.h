#pragma once

#include "core/Result.h"

#include <QHash>
#include <QString>

namespace wb {

/// What the image's DRIVERS hive (Windows/System32/config/DRIVERS, HKLM\DRIVERS) says about its
/// driver store: `DriverDatabase\DriverPackages\<name>.inf_<arch>_<hash>` (one key per
/// FileRepository folder) with its published INF name as default value ("oem3.inf" for a
/// third-party package, the INF's own name for an inbox one) and `Provider`. Layout and sources in
/// inventory/README.md. Value type.
class DriverDatabase
{
public:
    struct Entry
    {
        QString publishedName;
        QString provider;
    };

    /// Empty when the image has no DRIVERS hive; the registry module's error when it is damaged.
    static Result<DriverDatabase> read(const QString &root);
    static QString packagesKey() { return QStringLiteral("DriverDatabase\\DriverPackages"); }

    bool isEmpty() const { return m_packages.isEmpty(); }
    /// The entry of a FileRepository folder name (case-insensitive), nullptr when it has none.
    const Entry *package(const QString &folderName) const;

private:
    QHash<QString, Entry> m_packages; ///< by lower-case folder name
};

} // namespace wb
