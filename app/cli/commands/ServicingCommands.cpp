// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Servicing packages, optional features and editions of an image folder or a WIM index, read
// only: /Get-Packages, /Get-PackageInfo /PackageName, /Get-Features, /Get-FeatureInfo,
// /Get-CurrentEdition, /Get-TargetEditions; Get-WindowsPackage, Get-WindowsOptionalFeature,
// Get-WindowsEdition. Adding packages or changing features needs Windows' servicing stack and is
// not offered.
#include "../CliContext.h"
#include "../English.h"
#include "InventorySourceOptions.h"

#include "ops/GetEditionOperation.h"
#include "ops/GetServicingPackagesOperation.h"

#include <QCoreApplication>

namespace wb::cli {
namespace {

QString stateOrUndefined(const CliContext &ctx, const std::optional<quint32> &state, QString (*name)(quint32))
{
    if (state)
        return name(*state);
    return ctx.isCmdlet() ? QString() : undefinedValue();
}

QString installTime(const CliContext &ctx, const QDateTime &time)
{
    if (!time.isValid())
        return ctx.isCmdlet() ? QString() : undefinedValue();
    return ctx.isCmdlet() ? time.toString(Qt::ISODate) : dismDateTime(time);
}

/// Runs the package operation; nullptr after printing the failure (exit status in `rc`).
std::shared_ptr<GetServicingPackagesOperation> readPackages(CliContext &ctx, int &rc)
{
    const auto source = inventorySource(ctx);
    if (!source) {
        rc = ctx.fail(source.error());
        return nullptr;
    }
    auto op = std::make_shared<GetServicingPackagesOperation>(*source);
    rc = ctx.runToExit(op);
    if (rc)
        return nullptr;
    for (const QString &problem : op->problems())
        ctx.warning(problem);
    return op;
}

const CbsPackage *findPackage(const GetServicingPackagesOperation &op, const QString &identity)
{
    for (const CbsPackage &p : op.packages())
        if (p.identity.compare(identity, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

Error packageNotFound(const QString &identity)
{
    return Error::make(QStringLiteral("inventory.package-not-found"),
                       english("The image has no servicing package %1. /Get-Packages lists the package identities.").arg(identity));
}

void printFeatureList(CliContext &ctx, const QList<CbsFeature> &features)
{
    for (const CbsFeature &f : features) {
        ctx.line();
        ctx.fields({{ctx.isCmdlet() ? QStringLiteral("FeatureName") : QStringLiteral("Feature Name"), f.name},
                    {QStringLiteral("State"), stateOrUndefined(ctx, f.state, featureStateName)}});
    }
}

void printPackage(CliContext &ctx, const CbsPackage &p)
{
    if (ctx.isCmdlet())
        ctx.fields({{QStringLiteral("PackageName"), p.identity},
                    {QStringLiteral("PackageState"), stateOrUndefined(ctx, p.currentState, cbsStateName)},
                    {QStringLiteral("ReleaseType"), p.releaseType},
                    {QStringLiteral("InstallTime"), installTime(ctx, p.installTime)}});
    else
        ctx.fields({{QStringLiteral("Package Identity"), p.identity},
                    {QStringLiteral("State"), stateOrUndefined(ctx, p.currentState, cbsStateName)},
                    {QStringLiteral("Release Type"), p.releaseType.isEmpty() ? undefinedValue() : p.releaseType},
                    {QStringLiteral("Install Time"), installTime(ctx, p.installTime)}});
}

int packageInfo(CliContext &ctx, const GetServicingPackagesOperation &op, const QString &identity)
{
    const CbsPackage *p = findPackage(op, identity);
    if (!p)
        return ctx.fail(packageNotFound(identity));
    if (!ctx.isCmdlet()) {
        ctx.line(QStringLiteral("Package information:"));
        ctx.line();
    }
    const bool cmdlet = ctx.isCmdlet();
    ctx.fields({{cmdlet ? QStringLiteral("PackageName") : QStringLiteral("Package Identity"), p->identity},
                {cmdlet ? QStringLiteral("ProductName") : QStringLiteral("Name"), p->name},
                {cmdlet ? QStringLiteral("ProductVersion") : QStringLiteral("Version"), p->version},
                {cmdlet ? QStringLiteral("ReleaseType") : QStringLiteral("Release Type"), p->releaseType},
                {cmdlet ? QStringLiteral("RestartRequired") : QStringLiteral("Restart Required"), p->restart},
                {cmdlet ? QStringLiteral("PackageState") : QStringLiteral("State"), stateOrUndefined(ctx, p->currentState, cbsStateName)},
                {cmdlet ? QStringLiteral("InstallTime") : QStringLiteral("Install Time"), installTime(ctx, p->installTime)},
                {cmdlet ? QStringLiteral("Manifest") : QStringLiteral("Manifest"), p->manifestPath}});
    if (!cmdlet && !p->features.isEmpty()) {
        ctx.line();
        ctx.line(QStringLiteral("Features listing for package : %1").arg(p->identity));
    }
    if (!cmdlet)
        printFeatureList(ctx, p->features);
    return ctx.success();
}

int getPackages(CliContext &ctx)
{
    int rc = 0;
    const auto op = readPackages(ctx, rc);
    if (!op)
        return rc;
    if (ctx.has(QStringLiteral("PackageName")))
        return packageInfo(ctx, *op, ctx.value(QStringLiteral("PackageName")));
    if (!ctx.isCmdlet())
        ctx.line(QStringLiteral("Packages listing:"));
    for (const CbsPackage &p : op->packages()) {
        ctx.line();
        printPackage(ctx, p);
    }
    return ctx.success();
}

int featureInfo(CliContext &ctx, const QList<CbsFeature> &features, const QString &name)
{
    for (const CbsFeature &f : features) {
        if (f.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const bool cmdlet = ctx.isCmdlet();
        if (!cmdlet) {
            ctx.line(QStringLiteral("Feature Information:"));
            ctx.line();
        }
        ctx.fields({{cmdlet ? QStringLiteral("FeatureName") : QStringLiteral("Feature Name"), f.name},
                    {cmdlet ? QStringLiteral("DisplayName") : QStringLiteral("Display Name"), f.displayName},
                    {QStringLiteral("Description"), f.description},
                    {cmdlet ? QStringLiteral("RestartRequired") : QStringLiteral("Restart Required"), f.restart},
                    {QStringLiteral("State"), stateOrUndefined(ctx, f.state, featureStateName)},
                    {cmdlet ? QStringLiteral("PackageName") : QStringLiteral("Package"), f.package}});
        return ctx.success();
    }
    return ctx.fail(Error::make(QStringLiteral("inventory.feature-not-found"),
                                english("The image has no optional feature %1. /Get-Features lists the feature names.").arg(name)));
}

int getFeatures(CliContext &ctx)
{
    int rc = 0;
    const auto op = readPackages(ctx, rc);
    if (!op)
        return rc;
    QList<CbsFeature> features = op->features();
    if (ctx.has(QStringLiteral("PackageName"))) {
        const CbsPackage *p = findPackage(*op, ctx.value(QStringLiteral("PackageName")));
        if (!p)
            return ctx.fail(packageNotFound(ctx.value(QStringLiteral("PackageName"))));
        features = p->features;
    }
    if (ctx.has(QStringLiteral("FeatureName")))
        return featureInfo(ctx, features, ctx.value(QStringLiteral("FeatureName")));
    if (!ctx.isCmdlet())
        ctx.line(QStringLiteral("Features listing for package : %1")
                     .arg(ctx.has(QStringLiteral("PackageName")) ? ctx.value(QStringLiteral("PackageName")) : QStringLiteral("all packages")));
    printFeatureList(ctx, features);
    return ctx.success();
}

int getFeatureInfo(CliContext &ctx)
{
    if (const auto name = ctx.required(QStringLiteral("FeatureName")); !name)
        return ctx.fail(name.error());
    return getFeatures(ctx);
}

int capabilityInfo(CliContext &ctx, const QList<CbsCapability> &capabilities, const QString &name)
{
    for (const CbsCapability &c : capabilities) {
        if (c.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const bool cmdlet = ctx.isCmdlet();
        if (!cmdlet) {
            ctx.line(QStringLiteral("Capability Information:"));
            ctx.line();
        }
        ctx.fields({{cmdlet ? QStringLiteral("Name") : QStringLiteral("Capability Identity"), c.name},
                    {QStringLiteral("State"), stateOrUndefined(ctx, c.state, capabilityStateName)},
                    {cmdlet ? QStringLiteral("DisplayName") : QStringLiteral("Display Name"), c.displayName},
                    {QStringLiteral("Description"), c.description},
                    {cmdlet ? QStringLiteral("PackageName") : QStringLiteral("Package"), c.package}});
        return ctx.success();
    }
    return ctx.fail(Error::make(QStringLiteral("inventory.capability-not-found"),
                                english("The image has no capability %1. /Get-Capabilities lists the capability names.").arg(name)));
}

int getCapabilities(CliContext &ctx)
{
    int rc = 0;
    const auto op = readPackages(ctx, rc);
    if (!op)
        return rc;
    const QList<CbsCapability> capabilities = op->capabilities();
    if (ctx.has(QStringLiteral("CapabilityName")))
        return capabilityInfo(ctx, capabilities, ctx.value(QStringLiteral("CapabilityName")));
    if (!ctx.isCmdlet())
        ctx.line(QStringLiteral("Capability listing:"));
    for (const CbsCapability &c : capabilities) {
        ctx.line();
        ctx.fields({{ctx.isCmdlet() ? QStringLiteral("Name") : QStringLiteral("Capability Identity"), c.name},
                    {QStringLiteral("State"), stateOrUndefined(ctx, c.state, capabilityStateName)}});
    }
    return ctx.success();
}

int getCapabilityInfo(CliContext &ctx)
{
    if (const auto name = ctx.required(QStringLiteral("CapabilityName")); !name)
        return ctx.fail(name.error());
    return getCapabilities(ctx);
}

int getEdition(CliContext &ctx, bool targets)
{
    const auto source = inventorySource(ctx);
    if (!source)
        return ctx.fail(source.error());
    auto op = std::make_shared<GetEditionOperation>(*source);
    if (const int rc = ctx.runToExit(op))
        return rc;
    const EditionFacts &e = op->edition();
    if (!targets) {
        if (!ctx.isCmdlet()) {
            ctx.line(QStringLiteral("Current edition is:"));
            ctx.line();
        }
        ctx.fields({{ctx.isCmdlet() ? QStringLiteral("Edition") : QStringLiteral("Current Edition"),
                     e.current.isEmpty() ? (ctx.isCmdlet() ? QString() : undefinedValue()) : e.current}});
        return ctx.success();
    }
    if (!ctx.isCmdlet()) {
        ctx.line(QStringLiteral("Editions that can be upgraded to:"));
        ctx.line();
    }
    for (const QString &t : e.targets)
        ctx.fields({{ctx.isCmdlet() ? QStringLiteral("Edition") : QStringLiteral("Target Edition"), t}});
    return ctx.success();
}

ParameterSpec packageNameParameter(bool dism)
{
    return {QStringLiteral("PackageName"),   dism ? QStringList{QStringLiteral("PackageName")} : QStringList{},
            {QStringLiteral("PackageName")}, ParameterSpec::Value,
            QStringLiteral("<identity>"),    english("A servicing package identity as /Get-Packages lists it.")};
}

ParameterSpec featureNameParameter(bool dism)
{
    return {QStringLiteral("FeatureName"),   dism ? QStringList{QStringLiteral("FeatureName")} : QStringList{},
            {QStringLiteral("FeatureName")}, ParameterSpec::Value,
            QStringLiteral("<name>"),        english("An optional feature's name.")};
}

ParameterSpec capabilityNameParameter(bool dism)
{
    return {QStringLiteral("CapabilityName"),
            dism ? QStringList{QStringLiteral("CapabilityName")} : QStringList{},
            dism ? QStringList{} : QStringList{QStringLiteral("Name")},
            ParameterSpec::Value,
            QStringLiteral("<name>"),
            english("A capability name as /Get-Capabilities lists it, e.g. Language.Basic~~~en-US~0.0.1.0.")};
}

CommandSpec spec(const QString &id, const QStringList &cmdlets, const QString &summary, std::function<int(CliContext &)> handler)
{
    CommandSpec c;
    c.id = id;
    c.dismNames = {id};
    c.cmdletNames = cmdlets;
    c.summary = summary;
    c.details = english("Read-only: adding packages, enabling features or changing the edition needs Windows' servicing stack. "
                        "With /ImageFile and /Index only the files involved are taken from the WIM.");
    c.parameters = inventorySourceParameters();
    c.handler = std::move(handler);
    return c;
}

bool registerAll()
{
    CommandSpec packages = spec(QStringLiteral("Get-Packages"), {QStringLiteral("Get-WindowsPackage")},
                                english("Lists the servicing packages of an offline image with their states."), getPackages);
    packages.parameters << packageNameParameter(false);
    CommandSpec features = spec(QStringLiteral("Get-Features"), {QStringLiteral("Get-WindowsOptionalFeature")},
                                english("Lists the optional features of an offline image with their states."), getFeatures);
    features.parameters << packageNameParameter(true) << featureNameParameter(false);
    CommandSpec featureInfo =
        spec(QStringLiteral("Get-FeatureInfo"), {}, english("Shows one optional feature of an offline image."), getFeatureInfo);
    featureInfo.parameters << featureNameParameter(true) << packageNameParameter(true);
    CommandSpec current = spec(QStringLiteral("Get-CurrentEdition"), {QStringLiteral("Get-WindowsEdition")},
                               english("Shows the edition of an offline image."),
                               [](CliContext &ctx) { return getEdition(ctx, ctx.has(QStringLiteral("Target"))); });
    current.parameters << ParameterSpec{QStringLiteral("Target"), {}, {QStringLiteral("Target")},
                                        ParameterSpec::Switch,    {}, english("List the editions the image can be changed to.")};
    CommandSpec targets = spec(QStringLiteral("Get-TargetEditions"), {}, english("Lists the editions an offline image can be changed to."),
                               [](CliContext &ctx) { return getEdition(ctx, true); });
    CommandSpec capabilities =
        spec(QStringLiteral("Get-Capabilities"), {QStringLiteral("Get-WindowsCapability")},
             english("Lists the capabilities (Features on Demand) of an offline image with their states."), getCapabilities);
    // Get-WindowsCapability -Name is the capability (as in PowerShell): the WIM image name keeps
    // only its DISM spelling /Name here.
    for (ParameterSpec &p : capabilities.parameters)
        if (p.name == QLatin1String("Name"))
            p.cmdletNames.clear();
    capabilities.parameters << capabilityNameParameter(false);
    CommandSpec capabilityInfo =
        spec(QStringLiteral("Get-CapabilityInfo"), {}, english("Shows one capability of an offline image."), getCapabilityInfo);
    capabilityInfo.parameters << capabilityNameParameter(true);
    return CommandRegistry::add(packages) && CommandRegistry::add(features) && CommandRegistry::add(featureInfo)
        && CommandRegistry::add(current) && CommandRegistry::add(targets) && CommandRegistry::add(capabilities)
        && CommandRegistry::add(capabilityInfo);
}

const bool registered = registerAll();

} // namespace

int printServicingPackageInfo(CliContext &ctx)
{
    int rc = 0;
    const auto op = readPackages(ctx, rc);
    if (!op)
        return rc;
    return packageInfo(ctx, *op, ctx.value(QStringLiteral("PackageName")));
}

} // namespace wb::cli
