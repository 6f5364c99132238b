// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GetServicingPackagesOperation.h"

#include "inventory/ServicingStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::GetServicingPackagesOperation)
};
} // namespace

GetServicingPackagesOperation::GetServicingPackagesOperation(InventorySource source) : m_source(std::move(source)) {}

QString GetServicingPackagesOperation::description() const
{
    return Tr::tr("List the servicing packages and features of %1").arg(m_source.displayText());
}

QList<std::pair<QString, QString>> GetServicingPackagesOperation::parameters() const
{
    return {{QStringLiteral("Image"), m_source.describe()}};
}

Status GetServicingPackagesOperation::run(OperationContext &context)
{
    auto root = InventoryRoot::open(m_source, PackagesTopic, context);
    if (!root)
        return root.error();
    auto packages = ServicingStore::scan(root->path(), context, &m_problems);
    if (!packages)
        return packages.error();
    // Sorted by identity, case-insensitively: the keys are folded once (comparing case-insensitively
    // in the sort cost a fifth of the command with 1,500 packages; bench/RESULTS.md, inventory).
    std::vector<std::pair<QString, qsizetype>> order;
    order.reserve(size_t(packages->size()));
    for (qsizetype i = 0; i < packages->size(); ++i)
        order.emplace_back(packages->at(i).identity.toCaseFolded(), i);
    std::sort(order.begin(), order.end());
    m_packages.clear();
    m_packages.reserve(packages->size());
    for (const auto &o : order)
        m_packages << std::move((*packages)[o.second]);
    context.info(QStringLiteral("%1: %2 servicing package(s)").arg(m_source.describe()).arg(m_packages.size()));
    return {};
}

QList<CbsFeature> GetServicingPackagesOperation::features() const
{
    QList<CbsFeature> all;
    for (const CbsPackage &p : m_packages)
        all << p.features;
    std::stable_sort(all.begin(), all.end(), [](const CbsFeature &a, const CbsFeature &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    return all;
}

QList<CbsCapability> GetServicingPackagesOperation::capabilities() const
{
    QList<CbsCapability> all;
    for (const CbsPackage &p : m_packages)
        all << p.capabilities;
    std::stable_sort(all.begin(), all.end(),
                     [](const CbsCapability &a, const CbsCapability &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    return all;
}

} // namespace wb
