// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptimizeProvisionedAppxPackagesOperation.h"
#include "ProvisioningImage.h"

#include <QCoreApplication>

namespace wb {

OptimizeProvisionedAppxPackagesOperation::OptimizeProvisionedAppxPackagesOperation(QString imageDir) : m_imageDir(std::move(imageDir)) {}

QString OptimizeProvisionedAppxPackagesOperation::description() const
{
    return QCoreApplication::translate("wb::OptimizeProvisionedAppxPackagesOperation", "Link identical files of the apps provisioned in %1")
        .arg(m_imageDir);
}

QList<std::pair<QString, QString>> OptimizeProvisionedAppxPackagesOperation::parameters() const
{
    return {{QStringLiteral("Image"), m_imageDir}};
}

Status OptimizeProvisionedAppxPackagesOperation::run(OperationContext &context)
{
    WB_TRY(withLockedProvisioner(m_imageDir, [&](Provisioner &provisioner) -> Status {
        auto result = provisioner.optimize(&context);
        if (!result)
            return result.error();
        m_result = *result;
        return {};
    }));
    context.decision(QStringLiteral("%1 identical file(s) replaced by hard links, %2 bytes saved; %3 file(s) examined, %4 already linked")
                         .arg(m_result.filesLinked)
                         .arg(m_result.bytesSaved)
                         .arg(m_result.filesExamined)
                         .arg(m_result.alreadyLinked));
    return {};
}

} // namespace wb
