// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// /Capture-Image, New-WindowsImage; /Append-Image, Add-WindowsImage.
#include "../CliContext.h"
#include "../English.h"

#include "ops/CaptureImageOperation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wb::cli {
namespace {

Result<CaptureImageRequest> requestFrom(CliContext &ctx, bool append)
{
    CaptureImageRequest r;
    for (const QString &name : {QStringLiteral("ImageFile"), QStringLiteral("CaptureDir"), QStringLiteral("Name")}) {
        const auto v = ctx.required(name);
        if (!v)
            return v.error();
    }
    r.imagePath = ctx.value(QStringLiteral("ImageFile"));
    r.source.path = ctx.value(QStringLiteral("CaptureDir"));
    r.name = ctx.value(QStringLiteral("Name"));
    r.description = ctx.value(QStringLiteral("Description"));
    r.source.configFile = ctx.value(QStringLiteral("ConfigFile"));
    r.source.bootable = ctx.has(QStringLiteral("Bootable"));
    r.source.noRpFix = ctx.has(QStringLiteral("NoRpFix"));
    r.source.wimBoot = ctx.has(QStringLiteral("WIMBoot"));
    r.source.extendedAttributes = ctx.has(QStringLiteral("EA"));
    r.checkIntegrity = ctx.has(QStringLiteral("CheckIntegrity"));
    r.verify = ctx.has(QStringLiteral("Verify"));
    r.append = append;
    if (!append && ctx.has(QStringLiteral("Compress"))) {
        const auto compression = compressionFromName(ctx.value(QStringLiteral("Compress")));
        if (!compression)
            return Error::make(QStringLiteral("usage.bad-compression"),
                               english("%1 must be fast, max, none or recovery (got \"%2\").")
                                   .arg(ctx.spelling(QStringLiteral("Compress")), ctx.value(QStringLiteral("Compress"))));
        r.compression = compression;
    }
    return r;
}

int capture(CliContext &ctx, bool append)
{
    const auto request = requestFrom(ctx, append);
    if (!request)
        return ctx.fail(request.error());
    auto op = std::make_shared<CaptureImageOperation>(*request);
    if (const int rc = ctx.runToExit(op))
        return rc;
    const QString file = QFileInfo(request->imagePath).absoluteFilePath();
    if (ctx.isCmdlet()) {
        ctx.fields({{QStringLiteral("ImagePath"), file},
                    {QStringLiteral("ImageIndex"), QString::number(op->imageIndex())},
                    {QStringLiteral("ImageName"), request->name},
                    {QStringLiteral("Compression"), op->compression()}});
        return 0;
    }
    ctx.line(
        append ? english("Appended %1 to %2 as index %3 (\"%4\").").arg(request->source.path, file).arg(op->imageIndex()).arg(request->name)
               : english("Captured %1 into the new file %2 (\"%3\", %4 compression).")
                     .arg(request->source.path, file, request->name, op->compression()));
    return ctx.success();
}

QList<ParameterSpec> captureParameters(bool append)
{
    QList<ParameterSpec> p{
        dismParameter(QStringLiteral("ImageFile"), {QStringLiteral("ImagePath"), QStringLiteral("IP")}, QStringLiteral("<file>"),
                      append ? english("The existing .wim or .esd file to append to.") : english("The new .wim or .esd file.")),
        dismParameter(QStringLiteral("CaptureDir"), {QStringLiteral("CapturePath")}, QStringLiteral("<folder|volume>"),
                      english("The folder to capture, or a file or block device holding an NTFS volume.")),
        dismParameter(QStringLiteral("Name"), {QStringLiteral("Name")}, QStringLiteral("<name>"), english("The name of the new image.")),
        dismParameter(QStringLiteral("Description"), {QStringLiteral("Description")}, QStringLiteral("<text>"),
                      english("Its description.")),
        dismParameter(QStringLiteral("ConfigFile"), {QStringLiteral("ConfigFilePath")}, QStringLiteral("<WimScript.ini>"),
                      english("Exclusions ([ExclusionList], [ExclusionException], [CompressionExclusionList]); default: DISM's list.")),
        dismParameter(QStringLiteral("Bootable"), {QStringLiteral("Setbootable")}, {}, english("Mark the new Windows PE image bootable.")),
        dismParameter(QStringLiteral("CheckIntegrity"), {QStringLiteral("CheckIntegrity")}, {}, english("Write an integrity table.")),
        dismParameter(QStringLiteral("Verify"), {QStringLiteral("Verify")}, {},
                      english("Read the written file back and check every hash.")),
        dismParameter(QStringLiteral("NoRpFix"), {QStringLiteral("NoRpFix")}, {}, english("Keep absolute link targets unchanged.")),
        dismParameter(QStringLiteral("WIMBoot"), {QStringLiteral("WIMBoot")}, {}, english("Capture the image in WIMBoot format.")),
        dismParameter(QStringLiteral("EA"), {QStringLiteral("EA")}, {},
                      english("Keep extended attributes (and UNIX owners and modes) of a folder.")),
    };
    if (!append)
        p << dismParameter(QStringLiteral("Compress"), {QStringLiteral("CompressionType")}, QStringLiteral("{fast|max|none|recovery}"),
                           english("Compression of the new file (default fast; recovery only for .esd)."));
    return p;
}

CommandSpec captureSpec(bool append)
{
    CommandSpec c;
    c.id = append ? QStringLiteral("Append-Image") : QStringLiteral("Capture-Image");
    c.dismNames = {c.id};
    c.cmdletNames = {append ? QStringLiteral("Add-WindowsImage") : QStringLiteral("New-WindowsImage")};
    c.summary = append ? english("Captures a folder or NTFS volume as a new image at the end of an existing WIM file.")
                       : english("Captures a folder or NTFS volume into a new WIM or ESD file.");
    c.details =
        english("Without /ConfigFile DISM's default exclusions apply (\\$ntfs.log, \\hiberfil.sys, \\pagefile.sys, \\swapfile.sys,\n"
                "\\System Volume Information, \\RECYCLER, \\$Recycle.Bin, \\Windows\\CSC). A file or block device given as\n"
                "/CaptureDir is read as an NTFS volume (security descriptors, streams and short names kept). A new file appears\n"
                "only when complete; an append that fails or is interrupted leaves the existing images as they were.");
    c.parameters = captureParameters(append);
    c.handler = [append](CliContext &ctx) { return capture(ctx, append); };
    return c;
}

const bool registered = CommandRegistry::add(captureSpec(false)) && CommandRegistry::add(captureSpec(true));

} // namespace
} // namespace wb::cli
