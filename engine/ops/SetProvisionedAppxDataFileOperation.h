// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"

namespace wb {

/// /Set-ProvisionedAppxDataFile, Set-AppxProvisionedDataFile: writes Custom.data of a provisioned
/// app (replacing an existing one) under its package's microsoft.system.package.metadata/.
class SetProvisionedAppxDataFileOperation : public Operation
{
public:
    SetProvisionedAppxDataFileOperation(QString imageDir, QString packageName, QString customDataPath);

    QString name() const override { return QStringLiteral("Set-ProvisionedAppxDataFile"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    QString component() const override { return QStringLiteral("Appx"); }
    Status run(OperationContext &context) override;

    QString writtenFile() const { return m_written; }

private:
    QString m_imageDir;
    QString m_packageName;
    QString m_customDataPath;
    QString m_written;
};

} // namespace wb
