// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Applicability.h"

#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace wb {

/// What WimBench knows about one provisioned app that AppxProvisioning.xml cannot hold.
struct SidecarApp
{
    QString fullName;        ///< the bundle's or the main package's full name (the list entry)
    QString regions;         ///< "all", "US;GB", or empty when /Region was not given
    QString stubPreference;  ///< "installstub", "installfull", or empty
    QStringList members;     ///< every list entry written for this app (bundle, inner packages, resource packs, dependencies)
    QStringList folders;     ///< the Program Files/WindowsApps/<FullName> folders written for it
    QString license;         ///< path of the license file in the image (relative), empty with /SkipLicense
    bool customData = false;
    QDateTime provisionedAt;
    QList<ProvisionDecision> decisions;
};

/// ProgramData/Microsoft/Windows/WimBench/AppxProvisioning.wimbench.json: regions, the stub
/// preference and the decision record of every app WimBench provisioned. Windows ignores it; it
/// never goes into AppxProvisioning.xml. Value type, any thread; saved atomically.
class ProvisioningSidecar
{
public:
    /// "ProgramData/Microsoft/Windows/WimBench/AppxProvisioning.wimbench.json".
    static QString relativePath();

    /// A missing file is an empty sidecar. Error provision.sidecar-invalid if it is not our JSON.
    static Result<ProvisioningSidecar> load(const QString &file);
    QByteArray toJson() const;
    Status save(const QString &file) const;

    QList<SidecarApp> apps() const { return m_apps; }
    std::optional<SidecarApp> find(const QString &fullName) const;
    void put(const SidecarApp &app);
    bool remove(const QString &fullName);

private:
    QList<SidecarApp> m_apps;
};

} // namespace wb
