// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// /Get-ProvisionedAppxPackages, /Add-ProvisionedAppxPackage, /Remove-ProvisionedAppxPackage,
// /Optimize-ProvisionedAppxPackages, /Set-ProvisionedAppxDataFile on /Image:<dir>, and the
// cmdlets Get-/Add-/Remove-AppxProvisionedPackage, Optimize-AppxProvisionedPackages and
// Set-AppxProvisionedDataFile on -Path <dir>.
#include "../CliContext.h"
#include "../English.h"
#include "InventorySourceOptions.h"

#include "ops/AddProvisionedAppxPackageOperation.h"
#include "ops/GetProvisionedAppxPackagesOperation.h"
#include "ops/OptimizeProvisionedAppxPackagesOperation.h"
#include "ops/RemoveProvisionedAppxPackageOperation.h"
#include "ops/SetProvisionedAppxDataFileOperation.h"

#include <QCoreApplication>
#include <QDir>

namespace wb::cli {
namespace {

ParameterSpec imageParameter()
{
    return {QStringLiteral("Image"), {QStringLiteral("Image")},  {QStringLiteral("Path")},
            ParameterSpec::Value,    QStringLiteral("<folder>"), english("The folder of the offline image (a mounted or applied image).")};
}

ParameterSpec packageNameParameter()
{
    return {QStringLiteral("PackageName"),   {QStringLiteral("PackageName")},
            {QStringLiteral("PackageName")}, ParameterSpec::Value,
            QStringLiteral("<name>"),        english("The app's package name as /Get-ProvisionedAppxPackages shows it.")};
}

ParameterSpec customDataParameter()
{
    return {QStringLiteral("CustomDataPath"),   {QStringLiteral("CustomDataPath")},
            {QStringLiteral("CustomDataPath")}, ParameterSpec::Value,
            QStringLiteral("<file>"),           english("A file stored with the app as Custom.data.")};
}

Result<QString> imageDir(const CliContext &ctx)
{
    auto dir = ctx.required(QStringLiteral("Image"));
    if (!dir)
        return dir;
    return QDir(*dir).absolutePath();
}

void printDecisions(CliContext &ctx, const QList<ProvisionDecision> &decisions)
{
    for (const ProvisionDecision &d : decisions)
        ctx.line(QStringLiteral("%1 %2 : %3").arg(d.included ? english("Included") : english("Skipped "), d.package, d.reason));
}

int getProvisioned(CliContext &ctx)
{
    const auto source = inventorySource(ctx);
    if (!source)
        return ctx.fail(source.error());
    auto op = std::make_shared<GetProvisionedAppxPackagesOperation>(*source);
    if (const int rc = ctx.runToExit(op))
        return rc;
    if (!ctx.isCmdlet()) {
        ctx.line(english("App packages (provisioned) in %1 :").arg(source->describe()));
        ctx.line();
    }
    bool first = true;
    for (const ProvisionedAppInfo &a : op->apps()) {
        if (!first)
            ctx.line();
        first = false;
        const QString regions = a.regions.isEmpty() ? (ctx.isCmdlet() ? QString() : english("None")) : a.regions;
        ctx.fields({{QStringLiteral("DisplayName"), a.displayName},
                    {QStringLiteral("Version"), a.version},
                    {QStringLiteral("Architecture"), a.architecture},
                    {QStringLiteral("ResourceId"), a.resourceId},
                    {QStringLiteral("PackageName"), a.packageName},
                    {QStringLiteral("Regions"), regions},
                    {QStringLiteral("Registered"), registryStateName(a.registry)}});
        if (!a.folderPresent)
            ctx.warning(
                english("%1 is in the provisioning list but its folder is not under Program Files\\WindowsApps.").arg(a.packageName));
        if (a.registry == ProvisionedRegistryState::NotRegistered)
            ctx.warning(english("%1 is in the provisioning list but not in the image's registry (AppxAllUserStore), so Windows would not "
                                "install it for new users. Remove it and provision it again.")
                            .arg(a.packageName));
        else if (a.registry == ProvisionedRegistryState::RegistryOnly)
            ctx.warning(english("%1 is in the image's registry (AppxAllUserStore) but not in the provisioning list.").arg(a.packageName));
    }
    return ctx.success();
}

int addProvisioned(CliContext &ctx)
{
    const auto dir = imageDir(ctx);
    if (!dir)
        return ctx.fail(dir.error());
    ProvisionRequest r;
    r.packagePath = ctx.value(QStringLiteral("PackagePath"));
    r.folderPath = ctx.value(QStringLiteral("FolderPath"));
    if (r.packagePath.isEmpty() == r.folderPath.isEmpty())
        return ctx.fail(Error::make(
            QStringLiteral("usage.package-source"),
            r.packagePath.isEmpty()
                ? english("%1 needs the app: %2:<package or bundle> or %3:<folder>.")
                      .arg(ctx.isCmdlet() ? QStringLiteral("Add-AppxProvisionedPackage") : QStringLiteral("/Add-ProvisionedAppxPackage"),
                           ctx.spelling(QStringLiteral("PackagePath")), ctx.spelling(QStringLiteral("FolderPath")))
                : english("Give either %1 or %2, not both.")
                      .arg(ctx.spelling(QStringLiteral("PackagePath")), ctx.spelling(QStringLiteral("FolderPath")))));
    r.dependencyPaths = ctx.list(QStringLiteral("DependencyPackagePath"));
    r.optionalPaths = ctx.list(QStringLiteral("OptionalPackagePath"));
    r.licensePath = ctx.value(QStringLiteral("LicensePath"));
    r.skipLicense = ctx.has(QStringLiteral("SkipLicense"));
    if (r.skipLicense && !r.licensePath.isEmpty())
        return ctx.fail(Error::make(QStringLiteral("usage.license"),
                                    english("Give either %1 or %2, not both.")
                                        .arg(ctx.spelling(QStringLiteral("LicensePath")), ctx.spelling(QStringLiteral("SkipLicense")))));
    // /FolderPath may hold the license file; otherwise one of the two is required.
    if (!r.skipLicense && r.licensePath.isEmpty() && r.folderPath.isEmpty())
        return ctx.fail(
            Error::make(QStringLiteral("usage.license"),
                        english("A license is required: give %1:<file> with the app's license, or %2 for an app that needs none.")
                            .arg(ctx.spelling(QStringLiteral("LicensePath")), ctx.spelling(QStringLiteral("SkipLicense")))));
    r.customDataPath = ctx.value(QStringLiteral("CustomDataPath"));
    if (ctx.has(QStringLiteral("Region"))) {
        auto regions = RegionList::parse(ctx.value(QStringLiteral("Region")));
        if (!regions) {
            Error usage = regions.error();
            usage.code = QStringLiteral("usage.region");
            return ctx.fail(usage);
        }
        r.regions = *regions;
    }
    if (ctx.has(QStringLiteral("StubPackageOption"))) {
        const QString s = ctx.value(QStringLiteral("StubPackageOption")).trimmed();
        if (s.compare(QLatin1String("installstub"), Qt::CaseInsensitive) == 0)
            r.stub = StubPreference::InstallStub;
        else if (s.compare(QLatin1String("installfull"), Qt::CaseInsensitive) == 0)
            r.stub = StubPreference::InstallFull;
        else
            return ctx.fail(Error::make(
                QStringLiteral("usage.stub-option"),
                english("%1 takes installstub or installfull, not \"%2\".").arg(ctx.spelling(QStringLiteral("StubPackageOption")), s)));
    }
    if (!r.regions)
        ctx.warning(english("No %1 was given: Windows provisions the app for a user only when it is pinned to Start. Use %1:all to "
                            "provision it everywhere.")
                        .arg(ctx.spelling(QStringLiteral("Region"))));
    auto op = std::make_shared<AddProvisionedAppxPackageOperation>(*dir, r);
    const OperationOutcome outcome = ctx.run(op);
    if (op->image()) {
        const OfflineImage &img = *op->image();
        const auto &edition = img.hiveFacts().editionId;
        ctx.fields(
            {{english("Image architecture"), QStringLiteral("%1 (%2)").arg(imageCpuName(img.cpu()), img.cpuSource())},
             {english("Image build"), img.build() ? QStringLiteral("%1 (%2)").arg(img.buildText(), img.buildSource()) : undefinedValue()},
             {english("Image edition"), edition ? QStringLiteral("%1 (%2)").arg(edition->value, edition->source) : undefinedValue()},
             {english("Image languages"), img.languagesDescription().isEmpty() ? undefinedValue() : img.languagesDescription()}});
        ctx.line();
    }
    printDecisions(ctx, op->decisions());
    if (!outcome.succeeded())
        return ctx.exitStatus(outcome);
    ctx.line();
    ctx.line(english("Provisioned %1 in %2.").arg(op->appEntry(), *dir));
    return ctx.success();
}

int removeProvisioned(CliContext &ctx)
{
    const auto dir = imageDir(ctx);
    if (!dir)
        return ctx.fail(dir.error());
    const auto name = ctx.required(QStringLiteral("PackageName"));
    if (!name)
        return ctx.fail(name.error());
    auto op = std::make_shared<RemoveProvisionedAppxPackageOperation>(*dir, *name);
    if (const int rc = ctx.runToExit(op))
        return rc;
    printDecisions(ctx, op->result().decisions);
    ctx.line();
    ctx.line(english("Removed %n list entries", nullptr, int(op->result().removedEntries.size()))
             + english(" and %n package folders.", nullptr, int(op->result().removedFolders.size())));
    return ctx.success();
}

int optimizeProvisioned(CliContext &ctx)
{
    const auto dir = imageDir(ctx);
    if (!dir)
        return ctx.fail(dir.error());
    auto op = std::make_shared<OptimizeProvisionedAppxPackagesOperation>(*dir);
    if (const int rc = ctx.runToExit(op))
        return rc;
    const auto &r = op->result();
    ctx.fields({{english("Files examined"), QString::number(r.filesExamined)},
                {english("Files linked"), QString::number(r.filesLinked)},
                {english("Already linked"), QString::number(r.alreadyLinked)},
                {english("Bytes saved"), byteCount(r.bytesSaved)}});
    return ctx.success();
}

int setDataFile(CliContext &ctx)
{
    const auto dir = imageDir(ctx);
    if (!dir)
        return ctx.fail(dir.error());
    const auto name = ctx.required(QStringLiteral("PackageName"));
    if (!name)
        return ctx.fail(name.error());
    const auto data = ctx.required(QStringLiteral("CustomDataPath"));
    if (!data)
        return ctx.fail(data.error());
    auto op = std::make_shared<SetProvisionedAppxDataFileOperation>(*dir, *name, *data);
    if (const int rc = ctx.runToExit(op))
        return rc;
    ctx.line(english("Custom data written to %1.").arg(op->writtenFile()));
    return ctx.success();
}

CommandSpec getSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Get-ProvisionedAppxPackages");
    c.dismNames = {QStringLiteral("Get-ProvisionedAppxPackages")};
    c.cmdletNames = {QStringLiteral("Get-AppxProvisionedPackage")};
    c.summary = english("Lists the apps provisioned in an offline image.");
    c.details = english("Reads ProgramData\\Microsoft\\Windows\\AppxProvisioning.xml of the image; bundles and standalone packages are "
                        "listed, frameworks and a bundle's inner packages are not. Regions come from WimBench's own record. "
                        "With /ImageFile and /Index the list is read straight from the WIM, without mounting it.");
    c.parameters = inventorySourceParameters();
    c.handler = getProvisioned;
    return c;
}

CommandSpec addSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Add-ProvisionedAppxPackage");
    c.dismNames = {QStringLiteral("Add-ProvisionedAppxPackage")};
    c.cmdletNames = {QStringLiteral("Add-AppxProvisionedPackage")};
    c.summary = english("Provisions an app package or bundle in an offline image for every new user.");
    c.details = english("The image's architecture and languages decide which of a bundle's packages are written; every decision is "
                        "printed with its reason. Dependencies (frameworks) must be given or already provisioned. Nothing is changed "
                        "unless everything succeeds.");
    c.parameters = {imageParameter(),
                    {QStringLiteral("PackagePath"),
                     {QStringLiteral("PackagePath")},
                     {QStringLiteral("PackagePath"), QStringLiteral("PP")},
                     ParameterSpec::Value,
                     QStringLiteral("<file>"),
                     english("The app package or bundle (.appx, .msix, .appxbundle, .msixbundle).")},
                    {QStringLiteral("FolderPath"),
                     {QStringLiteral("FolderPath")},
                     {QStringLiteral("FolderPath"), QStringLiteral("FP")},
                     ParameterSpec::Value,
                     QStringLiteral("<folder>"),
                     english("A folder holding the app, its dependency packages and its license.")},
                    {QStringLiteral("DependencyPackagePath"),
                     {QStringLiteral("DependencyPackagePath")},
                     {QStringLiteral("DependencyPackagePath"), QStringLiteral("DPP")},
                     ParameterSpec::List,
                     QStringLiteral("<file>"),
                     english("A dependency (framework) package; repeat for each.")},
                    {QStringLiteral("OptionalPackagePath"),
                     {QStringLiteral("OptionalPackagePath")},
                     {QStringLiteral("OptionalPackagePath")},
                     ParameterSpec::List,
                     QStringLiteral("<file>"),
                     english("An optional or modification package of the app (its MainPackageDependency names the app); repeat for each.")},
                    {QStringLiteral("LicensePath"),
                     {QStringLiteral("LicensePath")},
                     {QStringLiteral("LicensePath")},
                     ParameterSpec::Value,
                     QStringLiteral("<file>"),
                     english("The app's license file.")},
                    {QStringLiteral("SkipLicense"),
                     {QStringLiteral("SkipLicense")},
                     {QStringLiteral("SkipLicense")},
                     ParameterSpec::Switch,
                     {},
                     english("Provision without a license (apps that need none).")},
                    customDataParameter(),
                    {QStringLiteral("Region"),
                     {QStringLiteral("Region")},
                     {QStringLiteral("Regions"), QStringLiteral("Region")},
                     ParameterSpec::Value,
                     QStringLiteral("<all|codes>"),
                     english("all, or ISO 3166-1 country codes separated by ';' (e.g. \"US;GB\").")},
                    {QStringLiteral("StubPackageOption"),
                     {QStringLiteral("StubPackageOption")},
                     {QStringLiteral("StubPackageOption")},
                     ParameterSpec::Value,
                     QStringLiteral("<installstub|installfull>"),
                     english("Stub or full packages of a stub-aware bundle.")}};
    c.handler = addProvisioned;
    return c;
}

CommandSpec removeSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Remove-ProvisionedAppxPackage");
    c.dismNames = {QStringLiteral("Remove-ProvisionedAppxPackage")};
    c.cmdletNames = {QStringLiteral("Remove-AppxProvisionedPackage")};
    c.summary = english("Removes a provisioned app and the package folders no other app needs.");
    c.parameters = {imageParameter(), packageNameParameter()};
    c.handler = removeProvisioned;
    return c;
}

CommandSpec optimizeSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Optimize-ProvisionedAppxPackages");
    c.dismNames = {QStringLiteral("Optimize-ProvisionedAppxPackages")};
    c.cmdletNames = {QStringLiteral("Optimize-AppxProvisionedPackages")};
    c.summary = english("Replaces identical files of provisioned apps with hard links.");
    c.parameters = {imageParameter()};
    c.handler = optimizeProvisioned;
    return c;
}

CommandSpec setDataSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Set-ProvisionedAppxDataFile");
    c.dismNames = {QStringLiteral("Set-ProvisionedAppxDataFile")};
    c.cmdletNames = {QStringLiteral("Set-AppxProvisionedDataFile")};
    c.summary = english("Stores a custom data file (Custom.data) with a provisioned app.");
    c.parameters = {imageParameter(), packageNameParameter(), customDataParameter()};
    c.handler = setDataFile;
    return c;
}

const bool registered = CommandRegistry::add(getSpec()) && CommandRegistry::add(addSpec()) && CommandRegistry::add(removeSpec())
    && CommandRegistry::add(optimizeSpec()) && CommandRegistry::add(setDataSpec());

} // namespace
} // namespace wb::cli
