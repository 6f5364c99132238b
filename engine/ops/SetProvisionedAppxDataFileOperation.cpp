// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetProvisionedAppxDataFileOperation.h"
#include "ProvisioningImage.h"

#include "provision/Provisioner.h"

#include <QCoreApplication>

namespace wb {

SetProvisionedAppxDataFileOperation::SetProvisionedAppxDataFileOperation(QString imageDir, QString packageName, QString customDataPath)
    : m_imageDir(std::move(imageDir)), m_packageName(std::move(packageName)), m_customDataPath(std::move(customDataPath))
{
}

QString SetProvisionedAppxDataFileOperation::description() const
{
    return QCoreApplication::translate("wb::SetProvisionedAppxDataFileOperation", "Set the custom data of %1 in %2").arg(m_packageName, m_imageDir);
}

QList<std::pair<QString, QString>> SetProvisionedAppxDataFileOperation::parameters() const
{
    return {{QStringLiteral("Image"), m_imageDir}, {QStringLiteral("PackageName"), m_packageName}, {QStringLiteral("CustomDataPath"), m_customDataPath}};
}

Status SetProvisionedAppxDataFileOperation::run(OperationContext &context)
{
    WB_TRY(withLockedProvisioner(m_imageDir, [&](Provisioner &provisioner) -> Status {
        auto written = provisioner.setDataFile(m_packageName, m_customDataPath, &context);
        if (!written)
            return written.error();
        m_written = *written;
        return {};
    }));
    context.decision(QStringLiteral("Custom data of %1 replaced by %2").arg(m_packageName, m_customDataPath));
    return {};
}

} // namespace wb
