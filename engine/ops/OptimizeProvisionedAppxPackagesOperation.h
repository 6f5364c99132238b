// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "provision/Provisioner.h"

namespace wb {

/// /Optimize-ProvisionedAppxPackages, Optimize-AppxProvisionedPackages: identical files among the
/// provisioned packages become hard links (size, SHA-256, byte compare); reports the bytes saved.
class OptimizeProvisionedAppxPackagesOperation : public Operation
{
public:
    explicit OptimizeProvisionedAppxPackagesOperation(QString imageDir);

    QString name() const override { return QStringLiteral("Optimize-ProvisionedAppxPackages"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    QString component() const override { return QStringLiteral("Appx"); }
    Status run(OperationContext &context) override;

    const Provisioner::OptimizeResult &result() const { return m_result; }

private:
    QString m_imageDir;
    Provisioner::OptimizeResult m_result;
};

} // namespace wb
