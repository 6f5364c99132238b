// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemovalRules.h"

namespace wb::RemovalRules {
namespace {
/// The name of the remaining app's dependency that `candidate` satisfies, or empty.
QString neededAs(const QString &candidate, const QList<PackageDependency> &needed)
{
    const auto id = ProvisionedIdentity::fromFullName(candidate);
    if (!id)
        return {};
    for (const PackageDependency &d : needed) {
        if (d.name.compare(id->name, Qt::CaseInsensitive) == 0 && PackageIdentity::publisherIdOf(d.publisher) == id->publisherId)
            return d.name;
    }
    return {};
}
} // namespace

QList<ProvisionDecision> dependencies(const DependencyRemovalInput &input)
{
    QList<ProvisionDecision> out;
    for (const QString &c : input.candidates) {
        const QString neededBy = neededAs(c, input.neededByRemaining);
        if (input.recordedByOtherApps.contains(c, Qt::CaseInsensitive))
            out << ProvisionDecision::make(c, false, DecisionText::code("remove.kept-recorded"));
        else if (!neededBy.isEmpty())
            out << ProvisionDecision::make(c, false, DecisionText("remove.kept-needed", {neededBy}));
        else if (!input.unreadableManifests.isEmpty())
            out << ProvisionDecision::make(c, false, DecisionText("remove.kept-unreadable", {input.unreadableManifests.join(QStringLiteral(", "))}));
        else
            out << ProvisionDecision::make(c, true, DecisionText("remove.dependency", {input.app}));
    }
    return out;
}

} // namespace wb::RemovalRules
