// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// /Apply-Image, Expand-WindowsImage.
#include "../CliContext.h"
#include "../English.h"

#include "ops/ApplyImageOperation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wb::cli {
namespace {

int applyImage(CliContext &ctx)
{
    const auto file = ctx.required(QStringLiteral("ImageFile"));
    if (!file)
        return ctx.fail(file.error());
    const auto dir = ctx.required(QStringLiteral("ApplyDir"));
    if (!dir)
        return ctx.fail(dir.error());
    const auto selector = ctx.imageSelector();
    if (!selector)
        return ctx.fail(selector.error());
    if (!selector->isSet())
        return ctx.fail(
            Error::make(QStringLiteral("usage.missing-option"),
                        english("Say which image to apply with %1 or %2. Run wimbench-cli /Get-ImageInfo /ImageFile:%3 to list them.")
                            .arg(ctx.spelling(QStringLiteral("Index")), ctx.spelling(QStringLiteral("Name")), *file)));
    ApplyImageRequest r;
    r.imagePath = *file;
    r.image = *selector;
    r.applyDir = *dir;
    r.splitPattern = ctx.value(QStringLiteral("SWMFile"));
    r.checkIntegrity = ctx.has(QStringLiteral("CheckIntegrity"));
    r.verify = ctx.has(QStringLiteral("Verify"));
    r.noRpFix = ctx.has(QStringLiteral("NoRpFix"));
    r.confirmTrustedFile = ctx.has(QStringLiteral("ConfirmTrustedFile"));
    r.compact = ctx.has(QStringLiteral("Compact"));
    r.wimBoot = ctx.has(QStringLiteral("WIMBoot"));
    auto op = std::make_shared<ApplyImageOperation>(r);
    if (const int rc = ctx.runToExit(op))
        return rc;
    const QString target = QFileInfo(*dir).absoluteFilePath();
    if (ctx.isCmdlet()) {
        ctx.fields({{QStringLiteral("ImagePath"), QFileInfo(*file).absoluteFilePath()},
                    {QStringLiteral("ImageIndex"), QString::number(op->appliedIndex())},
                    {QStringLiteral("ApplyPath"), target},
                    {QStringLiteral("NtfsVolume"), op->ntfsVolume() ? QStringLiteral("True") : QStringLiteral("False")}});
        return 0;
    }
    ctx.line(op->ntfsVolume() ? english("Applied image %1 onto the NTFS volume in %2.").arg(op->appliedIndex()).arg(target)
                              : english("Applied image %1 to %2.").arg(op->appliedIndex()).arg(target));
    return ctx.success();
}

CommandSpec applyImageSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Apply-Image");
    c.dismNames = {QStringLiteral("Apply-Image")};
    c.cmdletNames = {QStringLiteral("Expand-WindowsImage")};
    c.summary = english("Applies an image to a folder, or onto an NTFS volume in a file or block device.");
    c.details = english("Into a folder the image is written beside and moved in at the end: an entry that already exists is refused, and\n"
                        "a failed or cancelled apply leaves the folder as it was. Onto an NTFS volume (NTFS-3G; the volume must not be\n"
                        "mounted) security descriptors, streams, short names and reparse points are kept; a failed apply leaves it\n"
                        "partly written. /Compact and /WIMBoot need Windows and are refused.");
    c.parameters = {
        dismParameter(QStringLiteral("ImageFile"), {QStringLiteral("ImagePath"), QStringLiteral("IP")}, QStringLiteral("<file>"),
                      english("The .wim, .esd or first .swm file.")),
        dismParameter(QStringLiteral("Index"), {QStringLiteral("Index")}, QStringLiteral("<n>"), english("The index of the image.")),
        dismParameter(QStringLiteral("Name"), {QStringLiteral("Name")}, QStringLiteral("<name>"), english("The name of the image.")),
        dismParameter(QStringLiteral("ApplyDir"), {QStringLiteral("ApplyPath")}, QStringLiteral("<folder|volume>"),
                      english("The folder, or the file or block device holding an NTFS volume.")),
        dismParameter(QStringLiteral("SWMFile"), {QStringLiteral("SplitImageFilePattern")}, QStringLiteral("<pattern>"),
                      english("Pattern of all parts of a split image, e.g. install*.swm.")),
        dismParameter(QStringLiteral("CheckIntegrity"), {QStringLiteral("CheckIntegrity")}, {},
                      english("Verify the file's integrity table first.")),
        dismParameter(QStringLiteral("Verify"), {QStringLiteral("Verify")}, {}, english("Check every file's hash (always done).")),
        dismParameter(QStringLiteral("NoRpFix"), {QStringLiteral("NoRpFix")}, {}, english("Keep absolute link targets as stored.")),
        dismParameter(QStringLiteral("ConfirmTrustedFile"), {QStringLiteral("ConfirmTrustedFile")}, {},
                      english("Accepted; Trusted Desktop validation is a Windows feature.")),
        dismParameter(QStringLiteral("Compact"), {QStringLiteral("Compact")}, {}, english("Refused: needs Windows' WOF driver.")),
        dismParameter(QStringLiteral("WIMBoot"), {QStringLiteral("WIMBoot")}, {}, english("Refused: needs Windows' WOF driver.")),
    };
    c.handler = applyImage;
    return c;
}

const bool registered = CommandRegistry::add(applyImageSpec());

} // namespace
} // namespace wb::cli
