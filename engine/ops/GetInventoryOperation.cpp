// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GetInventoryOperation.h"

#include "GetDriversOperation.h"
#include "GetEditionOperation.h"
#include "GetIntlOperation.h"
#include "GetServicingPackagesOperation.h"

#include <QCoreApplication>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::GetInventoryOperation)
};
} // namespace

GetInventoryOperation::GetInventoryOperation(InventorySource source) : m_source(std::move(source)) {}

QString GetInventoryOperation::description() const
{
    return Tr::tr("Read the inventory of %1").arg(m_source.displayText());
}

QList<std::pair<QString, QString>> GetInventoryOperation::parameters() const
{
    return {{QStringLiteral("Image"), m_source.describe()}};
}

Status GetInventoryOperation::runPart(Operation &part, OperationContext &context)
{
    const Status status = part.run(context);
    if (!status && status.error().isCancelled())
        return status;
    if (!status) {
        context.warning(status.error().logLine());
        m_problems << status.error().message;
    }
    return {};
}

Status GetInventoryOperation::run(OperationContext &context)
{
    auto root = InventoryRoot::open(m_source, AllTopics, context);
    if (!root)
        return root.error();
    // The parts read the extracted (or given) folder.
    const InventorySource folder{root->path(), {}, {}, {}};
    GetEditionOperation edition(folder);
    WB_TRY(runPart(edition, context));
    m_edition = edition.edition();
    GetIntlOperation intl(folder);
    WB_TRY(runPart(intl, context));
    m_intl = intl.settings();
    GetDriversOperation drivers(folder, true);
    WB_TRY(runPart(drivers, context));
    m_drivers = drivers.drivers();
    m_problems << drivers.problems();
    GetServicingPackagesOperation packages(folder);
    WB_TRY(runPart(packages, context));
    m_packages = packages.packages();
    m_problems << packages.problems();
    GetProvisionedAppxPackagesOperation apps(folder);
    WB_TRY(runPart(apps, context));
    m_apps = apps.apps();
    return {};
}

} // namespace wb
