// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Applicability.h"

#include "appx/AppxManifest.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wb {

/// What the rule for the dependencies of a removed app looks at, gathered by Provisioner::remove.
struct DependencyRemovalInput
{
    QString app;                               ///< the app being removed (its list entry)
    QStringList candidates;                    ///< dependencies recorded with it in the sidecar, still in the list
    QStringList recordedByOtherApps;           ///< list entries other apps' sidecar records name
    QList<PackageDependency> neededByRemaining; ///< PackageDependency elements of the remaining apps' installed manifests
    QStringList unreadableManifests;           ///< remaining apps whose installed manifest cannot be read
};

/// The "which dependencies may go" rule of /Remove-ProvisionedAppxPackage (engine/provision/README.md,
/// "Remove"), as a pure function. Any thread.
namespace RemovalRules {

/// One decision per candidate, in order: included = removed. A dependency is kept when another
/// app's record names it, when a remaining app's manifest depends on its name and PublisherId, or
/// when some remaining manifest cannot be read (it might need it).
QList<ProvisionDecision> dependencies(const DependencyRemovalInput &input);

} // namespace RemovalRules
} // namespace wb
