// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace wb {

/// One device a driver package installs for (DISM's DismDriver structure). Value type.
struct DriverDevice
{
    QString manufacturer;
    QString description;
    QString architecture;  ///< "amd64", "x86", "arm64", "arm", "ia64" or empty (any)
    QString hardwareId;
    QString serviceName;
    QStringList compatibleIds;
};

/// One driver package of an image, with the fields of DISM's DismDriverPackage structure that an
/// offline image can answer. Value type.
struct DriverPackage
{
    QString publishedName;    ///< "oem3.inf", or the INF's own name for an inbox driver
    QString originalFileName; ///< the INF's name in the driver store ("e1d65x64.inf")
    QString driverStorePath;  ///< image-relative path of the INF in the driver store; empty when not found
    QString infPath;          ///< image-relative path of the INF that was read
    bool inbox = false;
    QString className;
    QString classGuid;
    QString providerName;
    QDate date;
    QString version;
    bool bootCritical = false;
    QString catalogFile;
};

} // namespace wb
