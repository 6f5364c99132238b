// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GetProvisionedAppxPackagesOperation.h"

#include "core/Operation.h"
#include "inventory/CbsPackage.h"
#include "inventory/DriverPackage.h"
#include "inventory/EditionStore.h"
#include "inventory/IntlStore.h"
#include "inventory/InventoryRoot.h"

namespace wb {

/// Everything the window's Inventory view shows for one image folder or WIM index, read in one
/// go (a WIM index is opened and its files extracted once): edition, languages, drivers (inbox included),
/// servicing packages with their features, provisioned apps. A part that cannot be read is
/// reported in `problems` while the others are still shown. Read-only.
class GetInventoryOperation : public Operation
{
public:
    explicit GetInventoryOperation(InventorySource source);

    QString name() const override { return QStringLiteral("Get-Inventory"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    QString component() const override { return QStringLiteral("Inventory"); }
    Status run(OperationContext &context) override;

    const InventorySource &source() const { return m_source; }
    const EditionFacts &edition() const { return m_edition; }
    const IntlSettings &international() const { return m_intl; }
    const QList<DriverPackage> &drivers() const { return m_drivers; }
    const QList<CbsPackage> &packages() const { return m_packages; }
    const QList<ProvisionedAppInfo> &apps() const { return m_apps; }
    const QStringList &problems() const { return m_problems; }

private:
    Status runPart(Operation &part, OperationContext &context);

    InventorySource m_source;
    EditionFacts m_edition;
    IntlSettings m_intl;
    QList<DriverPackage> m_drivers;
    QList<CbsPackage> m_packages;
    QList<ProvisionedAppInfo> m_apps;
    QStringList m_problems;
};

} // namespace wb
