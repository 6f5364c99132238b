// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CbsPackage.h"

namespace wb {

namespace {
QString raw(quint32 state)
{
    return QStringLiteral("0x%1").arg(state, 0, 16);
}
} // namespace

QString cbsStateName(quint32 state)
{
    // "CBS Servicing States Chart" (Microsoft, Tip of the Day, 2015-10-12).
    switch (state) {
    case 0x00: return QStringLiteral("Absent");
    case 0x05: return QStringLiteral("Uninstall Pending");
    case 0x10: return QStringLiteral("Resolving");
    case 0x20: return QStringLiteral("Resolved");
    case 0x30: return QStringLiteral("Staging");
    case 0x40: return QStringLiteral("Staged");
    case 0x50: return QStringLiteral("Superseded");
    case 0x60: return QStringLiteral("Install Pending");
    case 0x65: return QStringLiteral("Partially Installed");
    case 0x70: return QStringLiteral("Installed");
    case 0x80: return QStringLiteral("Permanent");
    default: return raw(state);
    }
}

QString featureStateName(quint32 state)
{
    // DISM's DismPackageFeatureState names (Microsoft Learn) over the CBS states above; the
    // mapping is WimBench's reading, see inventory/README.md.
    switch (state) {
    case 0x70:
    case 0x80: return QStringLiteral("Enabled");
    case 0x60: return QStringLiteral("Enable Pending");
    case 0x05: return QStringLiteral("Disable Pending");
    case 0x00: return QStringLiteral("Disabled with Payload Removed");
    case 0x20:
    case 0x40:
    case 0x50: return QStringLiteral("Disabled");
    default: return raw(state);
    }
}

QString capabilityStateName(quint32 state)
{
    // Capabilities are whole packages: the CBS package states above, named as DISM prints
    // DismPackageFeatureState for capabilities (Microsoft Learn); absent is "Not Present".
    switch (state) {
    case 0x70:
    case 0x80: return QStringLiteral("Installed");
    case 0x00: return QStringLiteral("Not Present");
    case 0x05:
    case 0x40:
    case 0x50:
    case 0x60:
    case 0x65: return cbsStateName(state);
    default: return raw(state);
    }
}

} // namespace wb
