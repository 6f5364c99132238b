// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "provision/Provisioner.h"

namespace wb {

/// /Remove-ProvisionedAppxPackage, Remove-AppxProvisionedPackage: removes an app's provisioning
/// (its list entries) and the package folders no other provisioned app still needs; shared
/// frameworks stay. Every keep/remove decision is logged.
class RemoveProvisionedAppxPackageOperation : public Operation
{
public:
    RemoveProvisionedAppxPackageOperation(QString imageDir, QString packageName);

    QString name() const override { return QStringLiteral("Remove-ProvisionedAppxPackage"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    QString component() const override { return QStringLiteral("Appx"); }
    Status run(OperationContext &context) override;

    const Provisioner::RemoveResult &result() const { return m_result; }

private:
    QString m_imageDir;
    QString m_packageName;
    Provisioner::RemoveResult m_result;
};

} // namespace wb
