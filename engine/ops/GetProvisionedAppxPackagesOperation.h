// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "inventory/InventoryRoot.h"
#include "provision/ProvisioningList.h"

namespace wb {

class HiveCache;

/// Where an app is known: AppxProvisioning.xml and the image's AppxAllUserStore\Applications
/// (what Windows reads at first logon). An app in only one of them is not installed for new users.
enum class ProvisionedRegistryState {
    NoHive,         ///< the image has no SOFTWARE hive (a bare folder): unknown
    Registered,     ///< in the list and in the registry
    NotRegistered,  ///< in the list only: Windows would not install it for new users
    RegistryOnly,   ///< in the registry only (not in AppxProvisioning.xml)
};

/// "Yes", "No", "RegistryOnly", "NoHive": the value the CLI prints in both syntaxes (not translated,
/// like DISM's field values).
QString registryStateName(ProvisionedRegistryState state);

/// One app as /Get-ProvisionedAppxPackages shows it.
struct ProvisionedAppInfo
{
    QString displayName;  ///< the package name (DISM shows the identity name)
    /// Properties/DisplayName of the app's AppxManifest.xml in Program Files/WindowsApps (the
    /// bundle's main package for a bundle); may be an "ms-resource:" reference, which WimBench
    /// does not resolve (it does not read resources.pri). Empty when no manifest could be read.
    QString manifestDisplayName;
    QString version;
    QString architecture;
    QString resourceId;
    QString packageName;  ///< the full name of the list entry (bundle or package)
    QString regions;      ///< from the WimBench sidecar; empty when unknown
    bool folderPresent = false; ///< Program Files/WindowsApps/<package> exists in the image
    QStringList packages; ///< the entries that belong to this app (bundle members)
    ProvisionedRegistryState registry = ProvisionedRegistryState::NoHive;
};

/// /Get-ProvisionedAppxPackages, Get-AppxProvisionedPackage: the apps in the image's
/// AppxProvisioning.xml (bundles and standalone packages; frameworks, inner packages and resource
/// packs are listed under their app), with the regions WimBench recorded, and whether the image's
/// SOFTWARE hive registers each of them (apps registered there but not in the list are listed too,
/// state RegistryOnly). Read-only; a damaged hive is a warning, not a failure.
class GetProvisionedAppxPackagesOperation : public Operation
{
public:
    explicit GetProvisionedAppxPackagesOperation(QString imageDir);
    explicit GetProvisionedAppxPackagesOperation(InventorySource source);

    QString name() const override { return QStringLiteral("Get-ProvisionedAppxPackages"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    QString component() const override { return QStringLiteral("Appx"); }
    Status run(OperationContext &context) override;

    const QList<ProvisionedAppInfo> &apps() const { return m_apps; }
    const ProvisioningList &list() const { return m_list; }

private:
    Status read(const QString &root, const std::optional<WimImageFacts> &facts, OperationContext &context);
    InventorySource m_source;
    void addRegistryState(const QString &hivePath, HiveCache &hives, OperationContext &context);
    QList<ProvisionedAppInfo> m_apps;
    ProvisioningList m_list;
};

} // namespace wb
