// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "inventory/DriverPackage.h"
#include "inventory/InventoryRoot.h"

namespace wb {

/// /Get-Drivers [/All], /Get-DriverInfo /Driver:<oemN.inf>, Get-WindowsDriver [-All] [-Driver]:
/// the driver packages of an image folder or of one index of a WIM (only the INF files are
/// extracted). With a driver name, that package alone and the devices it installs. Read-only.
class GetDriversOperation : public Operation
{
public:
    GetDriversOperation(InventorySource source, bool includeInbox, QString driver = {});

    QString name() const override { return m_driver.isEmpty() ? QStringLiteral("Get-Drivers") : QStringLiteral("Get-DriverInfo"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    QString component() const override { return QStringLiteral("Driver"); }
    Status run(OperationContext &context) override;

    const QList<DriverPackage> &drivers() const { return m_drivers; }
    /// With a driver name: the devices of that package.
    const QList<DriverDevice> &devices() const { return m_devices; }
    /// The INF files that could not be read (skipped), one message each.
    const QStringList &problems() const { return m_problems; }

private:
    InventorySource m_source;
    bool m_includeInbox = false;
    QString m_driver;
    QList<DriverPackage> m_drivers;
    QList<DriverDevice> m_devices;
    QStringList m_problems;
};

} // namespace wb
