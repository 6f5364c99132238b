// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "inventory/CbsPackage.h"
#include "inventory/InventoryRoot.h"

namespace wb {

/// /Get-Packages, /Get-Features, /Get-FeatureInfo, /Get-PackageInfo /PackageName,
/// Get-WindowsPackage, Get-WindowsOptionalFeature: the servicing packages of an image folder or of
/// one WIM index (only the manifests and the SOFTWARE hive are extracted) with their optional
/// features and states. Read-only: changing them needs Windows' servicing stack.
class GetServicingPackagesOperation : public Operation
{
public:
    explicit GetServicingPackagesOperation(InventorySource source);

    QString name() const override { return QStringLiteral("Get-Packages"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    QString component() const override { return QStringLiteral("CBS"); }
    Status run(OperationContext &context) override;

    /// Sorted by identity (case-insensitive).
    const QList<CbsPackage> &packages() const { return m_packages; }
    /// Every feature of every package, sorted by name.
    QList<CbsFeature> features() const;
    /// Every capability (Feature on Demand) of every package, sorted by name.
    QList<CbsCapability> capabilities() const;
    /// Manifests that could not be read (skipped), one message each.
    const QStringList &problems() const { return m_problems; }

private:
    InventorySource m_source;
    QList<CbsPackage> m_packages;
    QStringList m_problems;
};

} // namespace wb
