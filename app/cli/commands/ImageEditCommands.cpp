// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// /Delete-Image, Remove-WindowsImage; /Set-ImageInfo, Set-WimBenchImageInfo (WimBench's own).
#include "../CliContext.h"
#include "../English.h"

#include "ops/DeleteImageOperation.h"
#include "ops/SetImageInfoOperation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wb::cli {
namespace {

QList<ParameterSpec> targetParameters(const QString &fileHelp)
{
    return {
        dismParameter(QStringLiteral("ImageFile"), {QStringLiteral("ImagePath"), QStringLiteral("IP")}, QStringLiteral("<file>"), fileHelp),
        dismParameter(QStringLiteral("Index"), {QStringLiteral("Index")}, QStringLiteral("<n>"),
                      english("The index of the image (1-based).")),
        dismParameter(QStringLiteral("Name"), {QStringLiteral("Name")}, QStringLiteral("<name>"), english("The name of the image.")),
        dismParameter(QStringLiteral("CheckIntegrity"), {QStringLiteral("CheckIntegrity")}, {},
                      english("Verify the file's integrity table first and write a new one."))};
}

/// The image file and the selected image; DISM requires /Index or /Name for these commands.
Result<std::pair<QString, ImageSelector>> target(CliContext &ctx, const QString &what)
{
    const auto file = ctx.required(QStringLiteral("ImageFile"));
    if (!file)
        return file.error();
    const auto selector = ctx.imageSelector();
    if (!selector)
        return selector.error();
    if (!selector->isSet())
        return Error::make(QStringLiteral("usage.missing-option"),
                           english("Say which image to %1 with %2 or %3. Run wimbench-cli /Get-ImageInfo /ImageFile:%4 to list them.")
                               .arg(what, ctx.spelling(QStringLiteral("Index")), ctx.spelling(QStringLiteral("Name")), *file));
    return std::pair<QString, ImageSelector>(*file, *selector);
}

int deleteImage(CliContext &ctx)
{
    const auto t = target(ctx, english("delete"));
    if (!t)
        return ctx.fail(t.error());
    auto op = std::make_shared<DeleteImageOperation>(t->first, t->second, ctx.has(QStringLiteral("CheckIntegrity")));
    if (const int rc = ctx.runToExit(op))
        return rc;
    const QString file = QFileInfo(t->first).absoluteFilePath();
    if (ctx.isCmdlet()) {
        ctx.fields({{QStringLiteral("ImagePath"), file},
                    {QStringLiteral("ImageIndex"), QString::number(op->deletedIndex())},
                    {QStringLiteral("ImageName"), op->deletedName()},
                    {QStringLiteral("ImageCount"), QString::number(op->remainingImages())}});
        return 0;
    }
    ctx.line(english("Deleted image %1 (\"%2\") from %3; %n image(s) remain.", nullptr, op->remainingImages())
                 .arg(op->deletedIndex())
                 .arg(op->deletedName(), file));
    return ctx.success();
}

CommandSpec deleteImageSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Delete-Image");
    c.dismNames = {QStringLiteral("Delete-Image")};
    c.cmdletNames = {QStringLiteral("Remove-WindowsImage")};
    c.summary = english("Deletes one image from a WIM or ESD file.");
    c.details = english("The file is rebuilt without the image beside it, verified and renamed over the old file, so an interruption\n"
                        "leaves the old file. The last image, a mounted file, a split image and a read-only file are refused.");
    c.parameters = targetParameters(english("The .wim or .esd file to delete the image from."));
    c.handler = deleteImage;
    return c;
}

std::optional<QString> optionalValue(const CliContext &ctx, const QString &name)
{
    return ctx.has(name) ? std::optional<QString>(ctx.value(name)) : std::nullopt;
}

int setImageInfo(CliContext &ctx)
{
    const auto t = target(ctx, english("change"));
    if (!t)
        return ctx.fail(t.error());
    SetImageInfoRequest r;
    r.imagePath = t->first;
    r.image = t->second;
    r.newName = optionalValue(ctx, QStringLiteral("NewName"));
    r.description = optionalValue(ctx, QStringLiteral("Description"));
    r.displayName = optionalValue(ctx, QStringLiteral("DisplayName"));
    r.displayDescription = optionalValue(ctx, QStringLiteral("DisplayDescription"));
    r.flags = optionalValue(ctx, QStringLiteral("Flags"));
    r.bootable = ctx.has(QStringLiteral("Bootable"));
    r.checkIntegrity = ctx.has(QStringLiteral("CheckIntegrity"));
    if (!r.newName && !r.description && !r.displayName && !r.displayDescription && !r.flags && !r.bootable)
        return ctx.fail(
            Error::make(QStringLiteral("usage.nothing-to-change"),
                        english("Say what to change: %1, %2, %3, %4, %5 or %6.")
                            .arg(ctx.spelling(QStringLiteral("NewName")), ctx.spelling(QStringLiteral("Description")),
                                 ctx.spelling(QStringLiteral("DisplayName")), ctx.spelling(QStringLiteral("DisplayDescription")),
                                 ctx.spelling(QStringLiteral("Flags")), ctx.spelling(QStringLiteral("Bootable")))));
    auto op = std::make_shared<SetImageInfoOperation>(r);
    if (const int rc = ctx.runToExit(op))
        return rc;
    const QString file = QFileInfo(r.imagePath).absoluteFilePath();
    if (ctx.isCmdlet()) {
        ctx.fields({{QStringLiteral("ImagePath"), file}, {QStringLiteral("ImageIndex"), QString::number(op->index())}});
        return 0;
    }
    ctx.line(english("Changed image %1 of %2.").arg(op->index()).arg(file));
    return ctx.success();
}

CommandSpec setImageInfoSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Set-ImageInfo");
    c.dismNames = {QStringLiteral("Set-ImageInfo")};
    c.cmdletNames = {QStringLiteral("Set-WimBenchImageInfo")};
    c.summary =
        english("Changes an image's name, description, display name and description, flags or the bootable image (WimBench's own).");
    c.details = english("Not a DISM command: it does what wiminfo --image-property and --boot do. Select the image with /Index or /Name.\n"
                        "The change is appended in place; an interruption leaves the old fields. A name another image has is refused.");
    c.parameters = targetParameters(english("The .wim or .esd file to change."));
    const QStringList fields = {QStringLiteral("NewName"), QStringLiteral("Description"), QStringLiteral("DisplayName"),
                                QStringLiteral("DisplayDescription"), QStringLiteral("Flags")};
    const QStringList helps = {english("The image's new name."), english("The image's description."),
                               english("The name shown by Windows Setup."), english("The description shown by Windows Setup."),
                               english("The image's flags (its edition id, e.g. Professional).")};
    for (qsizetype i = 0; i < fields.size(); ++i)
        c.parameters << dismParameter(fields[i], {fields[i]}, QStringLiteral("<text>"), helps[i]);
    c.parameters << dismParameter(QStringLiteral("Bootable"), {QStringLiteral("Bootable")}, {},
                                  english("Make the image the file's bootable image."));
    c.handler = setImageInfo;
    return c;
}

const bool registered = CommandRegistry::add(deleteImageSpec()) && CommandRegistry::add(setImageInfoSpec());

} // namespace
} // namespace wb::cli
