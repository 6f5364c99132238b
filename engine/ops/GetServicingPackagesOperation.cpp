#include "GetServicingPackagesOperation.h"

#include "inventory/ServicingStore.h"

#include <QCoreApplication>

#include <algorithm>

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
    return Tr::tr("List the servicing packages and features of %1").arg(m_source.describe());
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
    m_packages = *packages;
    std::sort(m_packages.begin(), m_packages.end(),
              [](const CbsPackage &a, const CbsPackage &b) { return a.identity.compare(b.identity, Qt::CaseInsensitive) < 0; });
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
