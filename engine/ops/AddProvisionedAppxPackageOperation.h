// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "provision/Provisioner.h"

#include <optional>

namespace wb {

/// /Add-ProvisionedAppxPackage, Add-AppxProvisionedPackage: applies the provisioning rules to
/// the inputs, logs every decision, and (unless `reviewOnly`, which the wizard's review page uses)
/// writes the packages, license, custom data, sidecar and AppxProvisioning.xml into the image.
/// Decisions and the image facts are kept even when the rules refuse the request.
class AddProvisionedAppxPackageOperation : public Operation
{
public:
    AddProvisionedAppxPackageOperation(QString imageDir, ProvisionRequest request, bool reviewOnly = false);

    QString name() const override { return QStringLiteral("Add-ProvisionedAppxPackage"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    QString component() const override { return QStringLiteral("Appx"); }
    Status run(OperationContext &context) override;

    const std::optional<OfflineImage> &image() const { return m_image; }
    const QList<ProvisionDecision> &decisions() const { return m_decisions; }
    /// The list entry naming the app (bundle or main package), once known.
    QString appEntry() const { return m_appEntry; }
    QStringList writtenPackages() const { return m_written; }
    bool reviewOnly() const { return m_reviewOnly; }

private:
    QString m_imageDir;
    ProvisionRequest m_request;
    bool m_reviewOnly = false;
    std::optional<OfflineImage> m_image;
    QList<ProvisionDecision> m_decisions;
    QString m_appEntry;
    QStringList m_written;
};

} // namespace wb
