// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoveProvisionedAppxPackageOperation.h"

#include "ProvisioningImage.h"

#include <QCoreApplication>

namespace wb {

RemoveProvisionedAppxPackageOperation::RemoveProvisionedAppxPackageOperation(QString imageDir, QString packageName)
    : m_imageDir(std::move(imageDir)), m_packageName(std::move(packageName))
{
}

QString RemoveProvisionedAppxPackageOperation::description() const
{
    return QCoreApplication::translate("wb::RemoveProvisionedAppxPackageOperation", "Remove the provisioned app %1 from %2").arg(m_packageName, m_imageDir);
}

QList<std::pair<QString, QString>> RemoveProvisionedAppxPackageOperation::parameters() const
{
    return {{QStringLiteral("Image"), m_imageDir}, {QStringLiteral("PackageName"), m_packageName}};
}

Status RemoveProvisionedAppxPackageOperation::run(OperationContext &context)
{
    WB_TRY(withLockedProvisioner(m_imageDir, [&](Provisioner &provisioner) -> Status {
        auto result = provisioner.remove(m_packageName, &context);
        if (!result)
            return result.error();
        m_result = *result;
        return {};
    }));
    context.info(QStringLiteral("Removed %1 list entries and %2 package folders").arg(m_result.removedEntries.size()).arg(m_result.removedFolders.size()));
    return {};
}

} // namespace wb
