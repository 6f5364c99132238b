// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Read-only inventory of an image folder or of one index of a WIM: /Get-Drivers, /Get-DriverInfo
// (Get-WindowsDriver), /Get-Intl. Every command takes /Image:<dir> or /ImageFile:<wim> /Index|/Name.
#include "../CliContext.h"
#include "../English.h"
#include "InventorySourceOptions.h"

#include "ops/GetDriversOperation.h"
#include "ops/GetIntlOperation.h"

#include <QCoreApplication>
#include <QDir>

namespace wb::cli {
namespace {

QString yesNo(const CliContext &ctx, bool value)
{
    if (ctx.isCmdlet())
        return value ? QStringLiteral("True") : QStringLiteral("False");
    return value ? QStringLiteral("Yes") : QStringLiteral("No");
}

/// DISM prints M/d/yyyy; the cmdlet form ISO 8601.
QString driverDate(const CliContext &ctx, const QDate &date)
{
    if (!date.isValid())
        return ctx.isCmdlet() ? QString() : undefinedValue();
    return ctx.isCmdlet() ? date.toString(Qt::ISODate) : date.toString(QStringLiteral("M/d/yyyy"));
}

QString imagePath(const QString &relative)
{
    return relative;
}

void printDriver(CliContext &ctx, const DriverPackage &d)
{
    if (ctx.isCmdlet()) {
        ctx.fields({{QStringLiteral("Driver"), d.publishedName},
                    {QStringLiteral("OriginalFileName"), imagePath(d.driverStorePath.isEmpty() ? d.infPath : d.driverStorePath)},
                    {QStringLiteral("Inbox"), yesNo(ctx, d.inbox)},
                    {QStringLiteral("ClassName"), d.className},
                    {QStringLiteral("BootCritical"), yesNo(ctx, d.bootCritical)},
                    {QStringLiteral("ProviderName"), d.providerName},
                    {QStringLiteral("Date"), driverDate(ctx, d.date)},
                    {QStringLiteral("Version"), d.version}});
        return;
    }
    ctx.fields({{QStringLiteral("Published Name"), d.publishedName},
                {QStringLiteral("Original File Name"), d.originalFileName},
                {QStringLiteral("Inbox"), yesNo(ctx, d.inbox)},
                {QStringLiteral("Class Name"), d.className.isEmpty() ? undefinedValue() : d.className},
                {QStringLiteral("Provider Name"), d.providerName.isEmpty() ? undefinedValue() : d.providerName},
                {QStringLiteral("Date"), driverDate(ctx, d.date)},
                {QStringLiteral("Version"), d.version.isEmpty() ? undefinedValue() : d.version},
                {QStringLiteral("Boot Critical"), yesNo(ctx, d.bootCritical)}});
}

void printDevice(CliContext &ctx, const DriverDevice &d)
{
    const QString compatible = d.compatibleIds.join(ctx.isCmdlet() ? QStringLiteral(", ") : QStringLiteral(" "));
    ctx.fields({{ctx.isCmdlet() ? QStringLiteral("ManufacturerName") : QStringLiteral("Manufacturer"), d.manufacturer},
                {ctx.isCmdlet() ? QStringLiteral("HardwareDescription") : QStringLiteral("Description"), d.description},
                {QStringLiteral("Architecture"), d.architecture},
                {ctx.isCmdlet() ? QStringLiteral("HardwareId") : QStringLiteral("Hardware ID"), d.hardwareId},
                {ctx.isCmdlet() ? QStringLiteral("ServiceName") : QStringLiteral("Service Name"), d.serviceName},
                {ctx.isCmdlet() ? QStringLiteral("CompatibleIds") : QStringLiteral("Compatible IDs"), compatible}});
}

int driverInfo(CliContext &ctx, const InventorySource &source, const QString &driver)
{
    auto op = std::make_shared<GetDriversOperation>(source, true, driver);
    if (const int rc = ctx.runToExit(op))
        return rc;
    const DriverPackage &d = op->drivers().first();
    if (!ctx.isCmdlet()) {
        ctx.line(QStringLiteral("Driver package information:"));
        ctx.line();
        ctx.fields({{QStringLiteral("Published Name"), d.publishedName},
                    {QStringLiteral("Driver Store Path"), d.driverStorePath.isEmpty() ? undefinedValue() : imagePath(d.driverStorePath)},
                    {QStringLiteral("Class Name"), d.className.isEmpty() ? undefinedValue() : d.className},
                    {QStringLiteral("Class GUID"), d.classGuid.isEmpty() ? undefinedValue() : d.classGuid},
                    {QStringLiteral("Provider Name"), d.providerName.isEmpty() ? undefinedValue() : d.providerName},
                    {QStringLiteral("Date"), driverDate(ctx, d.date)},
                    {QStringLiteral("Version"), d.version.isEmpty() ? undefinedValue() : d.version},
                    {QStringLiteral("Boot Critical"), yesNo(ctx, d.bootCritical)}});
    }
    QString architecture = QStringLiteral("-");
    for (const DriverDevice &device : op->devices()) {
        if (!ctx.isCmdlet() && device.architecture != architecture) {
            architecture = device.architecture;
            ctx.line();
            ctx.line(QStringLiteral("Drivers for architecture : %1").arg(architecture.isEmpty() ? QStringLiteral("any") : architecture));
        }
        ctx.line();
        if (ctx.isCmdlet())
            ctx.fields({{QStringLiteral("Driver"), d.publishedName}, {QStringLiteral("ClassName"), d.className},
                        {QStringLiteral("ProviderName"), d.providerName}, {QStringLiteral("Version"), d.version}});
        printDevice(ctx, device);
    }
    return ctx.success();
}

int getDrivers(CliContext &ctx)
{
    const auto source = inventorySource(ctx);
    if (!source)
        return ctx.fail(source.error());
    if (ctx.has(QStringLiteral("Driver")))
        return driverInfo(ctx, *source, ctx.value(QStringLiteral("Driver")));
    auto op = std::make_shared<GetDriversOperation>(*source, ctx.has(QStringLiteral("All")));
    if (const int rc = ctx.runToExit(op))
        return rc;
    if (!ctx.isCmdlet()) {
        ctx.line(ctx.has(QStringLiteral("All")) ? QStringLiteral("Obtaining list of all drivers from the driver store of %1...").arg(source->describe())
                                                 : QStringLiteral("Obtaining list of 3rd party drivers from the driver store of %1...").arg(source->describe()));
        ctx.line();
        ctx.line(QStringLiteral("Driver packages listing:"));
    }
    for (const DriverPackage &d : op->drivers()) {
        ctx.line();
        printDriver(ctx, d);
    }
    return ctx.success();
}

int getDriverInfo(CliContext &ctx)
{
    const auto source = inventorySource(ctx);
    if (!source)
        return ctx.fail(source.error());
    const auto driver = ctx.required(QStringLiteral("Driver"));
    if (!driver)
        return ctx.fail(driver.error());
    return driverInfo(ctx, *source, *driver);
}

ParameterSpec driverParameter()
{
    return {QStringLiteral("Driver"),     {QStringLiteral("Driver")},
            {QStringLiteral("Driver")},   ParameterSpec::Value,
            QStringLiteral("<oemN.inf>"), english("The published name of a driver package (oemN.inf, or an inbox INF's name).")};
}

CommandSpec driversSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Get-Drivers");
    c.dismNames = {QStringLiteral("Get-Drivers")};
    c.cmdletNames = {QStringLiteral("Get-WindowsDriver")};
    c.summary = english("Lists the driver packages of an offline image (third-party ones, or all with /All).");
    c.details = english("Reads Windows\\INF\\oem*.inf and the driver store (Windows\\System32\\DriverStore\\FileRepository). With "
                        "/ImageFile and /Index only those files are taken from the WIM. Adding or removing drivers is not offered.");
    c.parameters = inventorySourceParameters();
    c.parameters << ParameterSpec{QStringLiteral("All"),
                                  {QStringLiteral("All")},
                                  {QStringLiteral("All")},
                                  ParameterSpec::Switch,
                                  {},
                                  english("Include the inbox drivers.")};
    c.parameters << ParameterSpec{QStringLiteral("Driver"),     {},
                                  {QStringLiteral("Driver")},   ParameterSpec::Value,
                                  QStringLiteral("<oemN.inf>"), english("Show one driver package and the devices it installs.")};
    c.handler = getDrivers;
    return c;
}

CommandSpec driverInfoSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Get-DriverInfo");
    c.dismNames = {QStringLiteral("Get-DriverInfo")};
    c.summary = english("Shows one driver package of an offline image and the devices it installs.");
    c.parameters = inventorySourceParameters();
    c.parameters << driverParameter();
    c.handler = getDriverInfo;
    return c;
}

QString orUndefined(const QString &value)
{
    return value.isEmpty() ? undefinedValue() : value;
}

/// DISM's /Get-Intl report (Microsoft Learn, "DISM Languages and International Servicing
/// Command-Line Options").
int getIntl(CliContext &ctx)
{
    const auto source = inventorySource(ctx);
    if (!source)
        return ctx.fail(source.error());
    auto op = std::make_shared<GetIntlOperation>(*source);
    if (const int rc = ctx.runToExit(op))
        return rc;
    const IntlSettings &s = op->settings();
    ctx.line(QStringLiteral("Reporting offline international settings."));
    ctx.line();
    ctx.fields({{QStringLiteral("Default system UI language"), orUndefined(s.systemUiLanguage)},
                {QStringLiteral("UI language fallback"), orUndefined(s.uiFallback)},
                {QStringLiteral("System locale"), orUndefined(s.systemLocale)},
                {QStringLiteral("Default time zone"), orUndefined(s.timeZone)},
                {QStringLiteral("User locale for default user"), orUndefined(s.userLocale)},
                {QStringLiteral("Active keyboard(s)"), orUndefined(s.inputLocales.join(QStringLiteral(", ")))}});
    ctx.line();
    ctx.line(QStringLiteral("Installed language(s): %1").arg(orUndefined(s.installedLanguages.join(QStringLiteral(", ")))));
    return ctx.success();
}

CommandSpec intlSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Get-Intl");
    c.dismNames = {QStringLiteral("Get-Intl")};
    c.summary = english("Shows the international settings of an offline image (UI language, locales, keyboards, time zone).");
    c.details = english("Read from the image's SYSTEM and DEFAULT hives; with /ImageFile and /Index only those two files are taken "
                        "from the WIM. Changing them (/Set-*) is not offered.");
    c.parameters = inventorySourceParameters();
    c.handler = getIntl;
    return c;
}

const bool registered = CommandRegistry::add(driversSpec()) && CommandRegistry::add(driverInfoSpec()) && CommandRegistry::add(intlSpec());

} // namespace
} // namespace wb::cli
