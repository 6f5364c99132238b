// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// /Get-ImageInfo, /Get-WimInfo, Get-WindowsImage; /List-Image, Get-WindowsImageContent.
#include "../CliContext.h"
#include "../English.h"

#include "ops/GetImageInfoOperation.h"
#include "ops/ListImageOperation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace wb::cli {
namespace {

ParameterSpec imageFileParameter()
{
    return {QStringLiteral("ImageFile"),
            {QStringLiteral("ImageFile"), QStringLiteral("WimFile")},
            {QStringLiteral("ImagePath"), QStringLiteral("IP")},
            ParameterSpec::Value,
            QStringLiteral("<file>"),
            english("The .wim, .esd or first .swm file.")};
}

QList<ParameterSpec> selectorParameters()
{
    return {indexParameter(),
            nameParameter(),
            {QStringLiteral("CheckIntegrity"),
             {QStringLiteral("CheckIntegrity")},
             {QStringLiteral("CheckIntegrity")},
             ParameterSpec::Switch,
             {},
             english("Verify the file's integrity table first; refuse a damaged file.")},
            {QStringLiteral("SWMFile"),
             {QStringLiteral("SWMFile")},
             {QStringLiteral("SplitImageFilePattern")},
             ParameterSpec::Value,
             QStringLiteral("<pattern>"),
             english("Pattern of all parts of a split image, e.g. install*.swm.")}};
}

Result<WimOpenOptions> openOptions(const CliContext &ctx)
{
    WimOpenOptions o;
    o.checkIntegrity = ctx.has(QStringLiteral("CheckIntegrity"));
    o.splitPattern = ctx.value(QStringLiteral("SWMFile"));
    return o;
}

QString orUndefined(const std::optional<QString> &v)
{
    return v && !v->isEmpty() ? *v : undefinedValue();
}

template<typename N>
QString orUndefined(const std::optional<N> &v)
{
    return v ? QString::number(*v) : undefinedValue();
}

QString yesNo(bool v, bool cmdlet)
{
    if (cmdlet)
        return v ? QStringLiteral("True") : QStringLiteral("False");
    return v ? english("Yes") : english("No");
}

void reportIntegrity(CliContext &ctx, const GetImageInfoOperation &op, const QString &file)
{
    if (op.integrity() == IntegrityStatus::NoTable)
        ctx.warning(english("%1 has no integrity table, so its integrity was not checked.").arg(file));
}

void printDismDetails(CliContext &ctx, const ImageInfo &i)
{
    ctx.fields({{english("Index"), QString::number(i.index)},
                {english("Name"), i.name.isEmpty() ? undefinedValue() : i.name},
                {english("Description"), orUndefined(i.description)},
                {english("Size"), byteCount(i.totalBytes)},
                {english("WIM Bootable"), yesNo(i.bootable, false)},
                {english("Architecture"), i.architecture ? i.architectureText() : undefinedValue()},
                {english("Hal"), orUndefined(i.hal)},
                {english("Version"), i.version().isEmpty() ? undefinedValue() : i.version()},
                {english("ServicePack Build"), orUndefined(i.spBuild)},
                {english("ServicePack Level"), orUndefined(i.spLevel)},
                {english("Edition"), orUndefined(i.edition)},
                {english("Installation"), orUndefined(i.installationType)},
                {english("ProductType"), orUndefined(i.productType)},
                {english("ProductSuite"), orUndefined(i.productSuite)},
                {english("System Root"), orUndefined(i.systemRoot)},
                {english("Directories"), orUndefined(i.directoryCount)},
                {english("Files"), orUndefined(i.fileCount)},
                {english("Created"), i.created ? dismDateTime(*i.created) : undefinedValue()},
                {english("Modified"), i.modified ? dismDateTime(*i.modified) : undefinedValue()}});
    if (i.languages.isEmpty()) {
        ctx.fields({{english("Languages"), undefinedValue()}});
    } else {
        ctx.line(english("Languages :"));
        for (const QString &l : i.languages) {
            const bool isDefault = i.defaultLanguage && l.compare(*i.defaultLanguage, Qt::CaseInsensitive) == 0;
            ctx.line(QStringLiteral("        ") + l + (isDefault ? english(" (Default)") : QString()));
        }
    }
}

void printCmdletDetails(CliContext &ctx, const QString &file, const ImageInfo &i)
{
    QStringList langs;
    for (const QString &l : i.languages) {
        const bool isDefault = i.defaultLanguage && l.compare(*i.defaultLanguage, Qt::CaseInsensitive) == 0;
        langs << l + (isDefault ? QStringLiteral(" (Default)") : QString());
    }
    ctx.fields({{QStringLiteral("ImagePath"), file},
                {QStringLiteral("ImageIndex"), QString::number(i.index)},
                {QStringLiteral("ImageName"), i.name},
                {QStringLiteral("ImageDescription"), i.description.value_or(QString())},
                {QStringLiteral("ImageSize"), byteCount(i.totalBytes)},
                {QStringLiteral("WIMBoot"), yesNo(i.wimBoot, true)},
                {QStringLiteral("Bootable"), yesNo(i.bootable, true)},
                {QStringLiteral("Architecture"), i.architectureText()},
                {QStringLiteral("Hal"), i.hal.value_or(QString())},
                {QStringLiteral("Version"), i.version()},
                {QStringLiteral("SPBuild"), i.spBuild ? QString::number(*i.spBuild) : QString()},
                {QStringLiteral("SPLevel"), i.spLevel ? QString::number(*i.spLevel) : QString()},
                {QStringLiteral("EditionId"), i.edition.value_or(QString())},
                {QStringLiteral("InstallationType"), i.installationType.value_or(QString())},
                {QStringLiteral("ProductType"), i.productType.value_or(QString())},
                {QStringLiteral("ProductSuite"), i.productSuite.value_or(QString())},
                {QStringLiteral("SystemRoot"), i.systemRoot.value_or(QString())},
                {QStringLiteral("DirectoryCount"), i.directoryCount ? QString::number(*i.directoryCount) : QString()},
                {QStringLiteral("FileCount"), i.fileCount ? QString::number(*i.fileCount) : QString()},
                {QStringLiteral("CreatedTime"), i.created ? i.created->toLocalTime().toString(Qt::ISODate) : QString()},
                {QStringLiteral("ModifiedTime"), i.modified ? i.modified->toLocalTime().toString(Qt::ISODate) : QString()},
                {QStringLiteral("Languages"),
                 langs.isEmpty() ? QString() : QLatin1Char('{') + langs.join(QStringLiteral(", ")) + QLatin1Char('}')}});
}

int getImageInfo(CliContext &ctx)
{
    if (ctx.has(QStringLiteral("Mounted"))) {
        const CommandSpec *mounted = CommandRegistry::findId(QStringLiteral("Get-MountedImageInfo"));
        if (!mounted)
            return ctx.fail(
                Error::make(QStringLiteral("usage.unsupported"), english("Listing mounted images is not available in this build.")));
        return mounted->handler(ctx);
    }
    const auto file = ctx.required(QStringLiteral("ImageFile"));
    if (!file)
        return ctx.fail(file.error());
    const auto selector = ctx.imageSelector();
    if (!selector)
        return ctx.fail(selector.error());
    const auto options = openOptions(ctx);
    auto op = std::make_shared<GetImageInfoOperation>(*file, *selector, *options);
    if (const int rc = ctx.runToExit(op))
        return rc;
    reportIntegrity(ctx, *op, *file);

    if (!ctx.isCmdlet()) {
        ctx.line(english("Details for image : %1").arg(*file));
        ctx.line();
        for (const ImageInfo &i : op->images()) {
            if (op->selectedOne()) {
                printDismDetails(ctx, i);
            } else {
                ctx.fields({{english("Index"), QString::number(i.index)},
                            {english("Name"), i.name.isEmpty() ? undefinedValue() : i.name},
                            {english("Description"), orUndefined(i.description)},
                            {english("Size"), byteCount(i.totalBytes)}});
            }
            ctx.line();
        }
        if (!op->selectedOne()) {
            const WimHeaderInfo &h = op->header();
            ctx.fields({{english("Compression"), h.compression + (h.solid ? english(" (solid)") : QString())},
                        {english("Part Number"), QStringLiteral("%1/%2").arg(h.partNumber).arg(h.totalParts)},
                        {english("Boot Index"), h.bootIndex ? QString::number(h.bootIndex) : undefinedValue()},
                        {english("Integrity Table"), h.hasIntegrityTable ? english("Present") : english("Absent")}});
        }
        return ctx.success();
    }
    bool first = true;
    for (const ImageInfo &i : op->images()) {
        if (!first)
            ctx.line();
        first = false;
        if (op->selectedOne()) {
            printCmdletDetails(ctx, *file, i);
        } else {
            ctx.fields({{QStringLiteral("ImageIndex"), QString::number(i.index)},
                        {QStringLiteral("ImageName"), i.name},
                        {QStringLiteral("ImageDescription"), i.description.value_or(QString())},
                        {QStringLiteral("ImageSize"), byteCount(i.totalBytes)}});
        }
    }
    return 0;
}

int listImage(CliContext &ctx)
{
    const auto file = ctx.required(QStringLiteral("ImageFile"));
    if (!file)
        return ctx.fail(file.error());
    const auto selector = ctx.imageSelector();
    if (!selector)
        return ctx.fail(selector.error());
    const auto options = openOptions(ctx);
    const QString path = ctx.has(QStringLiteral("Path")) ? ctx.value(QStringLiteral("Path")) : QStringLiteral("/");
    auto op = std::make_shared<ListImageOperation>(*file, *selector, path, true, *options);
    // Stream the paths straight to stdout from the worker thread (stdio locks each call): a
    // 100,000-entry listing is never held in memory.
    const bool quiet = ctx.quiet();
    op->setVisitor([quiet](const DirectoryEntry &e) {
        if (quiet)
            return;
        QByteArray p = e.path.toUtf8();
        p.replace('/', '\\');
        if (e.isDirectory && p != "\\")
            p += '\\';
        p += '\n';
        std::fwrite(p.constData(), 1, size_t(p.size()), stdout);
    });
    if (const int rc = ctx.runToExit(op))
        return rc;
    return ctx.success();
}

CommandSpec getImageInfoSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Get-ImageInfo");
    c.dismNames = {QStringLiteral("Get-ImageInfo"), QStringLiteral("Get-WimInfo")};
    c.cmdletNames = {QStringLiteral("Get-WindowsImage")};
    c.summary = english("Shows the images in a WIM, ESD or split WIM file, or the details of one image.");
    c.details = english("Without /Index or /Name every image is listed briefly; with one of them all details of that image are shown.\n"
                        "Fields the image does not record are shown as <undefined>. Get-WindowsImage -Mounted lists mounted images.");
    c.parameters = {imageFileParameter()};
    c.parameters << selectorParameters();
    c.parameters << ParameterSpec{
        QStringLiteral("Mounted"), {}, {QStringLiteral("Mounted")},
        ParameterSpec::Switch,     {}, english("List the mounted images instead (same as /Get-MountedImageInfo).")};
    c.handler = getImageInfo;
    return c;
}

CommandSpec listImageSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("List-Image");
    c.dismNames = {QStringLiteral("List-Image")};
    c.cmdletNames = {QStringLiteral("Get-WindowsImageContent")};
    c.summary = english("Lists the files and folders of an image without mounting it.");
    c.parameters = {imageFileParameter()};
    c.parameters << selectorParameters();
    c.parameters << ParameterSpec{QStringLiteral("Path"),     {QStringLiteral("Path")},
                                  {QStringLiteral("Path")},   ParameterSpec::Value,
                                  QStringLiteral("<folder>"), english("List only below this folder of the image (default: all).")};
    c.handler = listImage;
    return c;
}

const bool registered = CommandRegistry::add(getImageInfoSpec()) && CommandRegistry::add(listImageSpec());

} // namespace
} // namespace wb::cli
