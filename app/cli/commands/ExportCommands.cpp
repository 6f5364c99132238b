// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// /Export-Image, Export-WindowsImage; /Split-Image, Split-WindowsImage.
#include "../CliContext.h"
#include "../English.h"

#include "ops/ExportImageOperation.h"
#include "ops/SplitImageOperation.h"
#include "wim/Compression.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wb::cli {
namespace {

QString trueFalse(bool v)
{
    return v ? QStringLiteral("True") : QStringLiteral("False");
}

void warnAboutIntegrity(CliContext &ctx, IntegrityStatus status, const QString &file)
{
    if (status == IntegrityStatus::NoTable)
        ctx.warning(english("%1 has no integrity table, so its integrity was not checked.").arg(file));
}

int exportImage(CliContext &ctx)
{
    const auto source = ctx.required(QStringLiteral("SourceImageFile"));
    if (!source)
        return ctx.fail(source.error());
    const auto destination = ctx.required(QStringLiteral("DestinationImageFile"));
    if (!destination)
        return ctx.fail(destination.error());
    const auto selector = ctx.imageSelector(QStringLiteral("SourceIndex"), QStringLiteral("SourceName"));
    if (!selector)
        return ctx.fail(selector.error());
    if (!selector->isSet())
        return ctx.fail(
            Error::make(QStringLiteral("usage.missing-option"),
                        english("Say which image to export with %1 or %2. Run wimbench-cli /Get-ImageInfo /ImageFile:%3 to list them.")
                            .arg(ctx.spelling(QStringLiteral("SourceIndex")), ctx.spelling(QStringLiteral("SourceName")), *source)));

    ExportImageRequest request;
    request.sourcePath = *source;
    request.source = *selector;
    request.splitPattern = ctx.value(QStringLiteral("SWMFile"));
    request.destinationPath = *destination;
    request.destinationName = ctx.value(QStringLiteral("DestinationName"));
    if (ctx.has(QStringLiteral("Compress"))) {
        const auto compression = compressionFromName(ctx.value(QStringLiteral("Compress")));
        if (!compression)
            return ctx.fail(Error::make(QStringLiteral("usage.bad-compression"),
                                        english("%1 must be fast, max, none or recovery (got \"%2\").")
                                            .arg(ctx.spelling(QStringLiteral("Compress")), ctx.value(QStringLiteral("Compress")))));
        request.compression = compression;
    }
    request.setBootable = ctx.has(QStringLiteral("Bootable"));
    request.wimBoot = ctx.has(QStringLiteral("WIMBoot"));
    request.checkIntegrity = ctx.has(QStringLiteral("CheckIntegrity"));

    auto op = std::make_shared<ExportImageOperation>(request);
    if (const int rc = ctx.runToExit(op))
        return rc;
    if (request.checkIntegrity)
        warnAboutIntegrity(ctx, op->sourceIntegrity(), *source);

    const QString dest = QFileInfo(*destination).absoluteFilePath();
    if (ctx.isCmdlet()) {
        ctx.fields({{QStringLiteral("ImagePath"), dest},
                    {QStringLiteral("ImageIndex"), QString::number(op->destinationIndex())},
                    {QStringLiteral("ImageName"), op->destinationName()},
                    {QStringLiteral("Compression"), op->destinationCompression()},
                    {QStringLiteral("Recompressed"), trueFalse(op->recompressed())},
                    {QStringLiteral("Bootable"), trueFalse(request.setBootable)},
                    {QStringLiteral("WIMBoot"), trueFalse(request.wimBoot)},
                    {QStringLiteral("NewFile"), trueFalse(op->createdDestination())}});
        return 0;
    }
    ctx.line(op->createdDestination() ? english("Exported image %1 to the new file %2 as index %3 (\"%4\", %5 compression).")
                                            .arg(op->sourceIndex())
                                            .arg(dest)
                                            .arg(op->destinationIndex())
                                            .arg(op->destinationName(), op->destinationCompression())
                                      : english("Exported image %1 into %2 as index %3 (\"%4\").")
                                            .arg(op->sourceIndex())
                                            .arg(dest)
                                            .arg(op->destinationIndex())
                                            .arg(op->destinationName()));
    if (op->recompressed())
        ctx.line(op->createdDestination()
                     ? english("The image's data was recompressed to %1.").arg(op->destinationCompression())
                     : english("The image's data was recompressed to %1 to match the destination.").arg(op->destinationCompression()));
    return ctx.success();
}

int splitImage(CliContext &ctx)
{
    const auto file = ctx.required(QStringLiteral("ImageFile"));
    if (!file)
        return ctx.fail(file.error());
    const auto swm = ctx.required(QStringLiteral("SWMFile"));
    if (!swm)
        return ctx.fail(swm.error());
    if (!ctx.has(QStringLiteral("FileSize")))
        return ctx.fail(ctx.required(QStringLiteral("FileSize")).error());
    const auto size = ctx.positiveInt(QStringLiteral("FileSize"));
    if (!size)
        return ctx.fail(size.error());
    const bool check = ctx.has(QStringLiteral("CheckIntegrity"));
    auto op = std::make_shared<SplitImageOperation>(*file, *swm, quint64(**size), check);
    if (const int rc = ctx.runToExit(op))
        return rc;
    if (check)
        warnAboutIntegrity(ctx, op->sourceIntegrity(), *file);
    QStringList parts;
    for (const QString &p : op->parts())
        parts << p;
    if (ctx.isCmdlet()) {
        ctx.fields({{QStringLiteral("ImagePath"), QFileInfo(*file).absoluteFilePath()},
                    {QStringLiteral("SplitImagePath"), parts.value(0)},
                    {QStringLiteral("PartCount"), QString::number(parts.size())},
                    {QStringLiteral("Parts"), QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}')}});
        return 0;
    }
    ctx.line(parts.size() == 1 ? english("Split %1 into 1 part:").arg(*file)
                               : english("Split %1 into %2 parts:").arg(*file).arg(parts.size()));
    for (const QString &p : std::as_const(parts))
        ctx.line(QStringLiteral("    ") + p);
    return ctx.success();
}

ParameterSpec switchParameter(const QString &name, const QStringList &dism, const QStringList &cmdlet, const QString &help)
{
    return {name, dism, cmdlet, ParameterSpec::Switch, {}, help};
}

ParameterSpec valueParameter(const QString &name, const QStringList &dism, const QStringList &cmdlet, const QString &hint,
                             const QString &help)
{
    return {name, dism, cmdlet, ParameterSpec::Value, hint, help};
}

CommandSpec exportImageSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Export-Image");
    c.dismNames = {QStringLiteral("Export-Image")};
    c.cmdletNames = {QStringLiteral("Export-WindowsImage")};
    c.summary = english("Copies one image of a WIM, ESD or split WIM into a new or existing image file.");
    c.details =
        english("A new destination is created with the chosen compression: fast (XPRESS), max (LZX), none, or recovery (solid LZMS,\n"
                "only for an .esd destination). Without /Compress a new file gets the source's compression (an .esd destination gets\n"
                "recovery, a solid source exported to a .wim gets max, /WIMBoot gets XPRESS with 4 KiB chunks).\n"
                "An existing destination keeps its own compression (/Compress is refused); the image is appended safely and its data\n"
                "recompressed when the compressions differ. A failed or cancelled export leaves the destination as it was.\n"
                "/Bootable is accepted only for Windows PE images and makes the image the file's bootable image.");
    c.parameters = {
        valueParameter(QStringLiteral("SourceImageFile"), {QStringLiteral("SourceImageFile")},
                       {QStringLiteral("SourceImagePath"), QStringLiteral("SIP")}, QStringLiteral("<file>"),
                       english("The .wim, .esd or first .swm file to export from.")),
        valueParameter(QStringLiteral("SourceIndex"), {QStringLiteral("SourceIndex")},
                       {QStringLiteral("SourceIndex"), QStringLiteral("SI")}, QStringLiteral("<n>"),
                       english("The index of the image to export.")),
        valueParameter(QStringLiteral("SourceName"), {QStringLiteral("SourceName")}, {QStringLiteral("SourceName"), QStringLiteral("SN")},
                       QStringLiteral("<name>"), english("The name of the image to export.")),
        valueParameter(QStringLiteral("DestinationImageFile"), {QStringLiteral("DestinationImageFile")},
                       {QStringLiteral("DestinationImagePath"), QStringLiteral("DIP")}, QStringLiteral("<file>"),
                       english("The .wim or .esd file to export into (created if it does not exist).")),
        valueParameter(QStringLiteral("DestinationName"), {QStringLiteral("DestinationName")},
                       {QStringLiteral("DestinationName"), QStringLiteral("DN")}, QStringLiteral("<name>"),
                       english("The name of the exported image (default: its name in the source).")),
        valueParameter(QStringLiteral("Compress"), {QStringLiteral("Compress")}, {QStringLiteral("CompressionType")},
                       QStringLiteral("{fast|max|none|recovery}"), english("Compression of a new destination file.")),
        switchParameter(QStringLiteral("Bootable"), {QStringLiteral("Bootable")}, {QStringLiteral("Setbootable"), QStringLiteral("SB")},
                        english("Make the exported Windows PE image the bootable image of the destination.")),
        switchParameter(QStringLiteral("WIMBoot"), {QStringLiteral("WIMBoot")}, {QStringLiteral("WIMBoot")},
                        english("Write the image in WIMBoot format.")),
        switchParameter(QStringLiteral("CheckIntegrity"), {QStringLiteral("CheckIntegrity")}, {QStringLiteral("CheckIntegrity")},
                        english("Verify the source's integrity table first and write one into the destination.")),
        valueParameter(QStringLiteral("SWMFile"), {QStringLiteral("SWMFile")}, {QStringLiteral("SplitImageFilePattern")},
                       QStringLiteral("<pattern>"), english("Pattern of all parts of a split source, e.g. install*.swm.")),
    };
    c.handler = exportImage;
    return c;
}

CommandSpec splitImageSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Split-Image");
    c.dismNames = {QStringLiteral("Split-Image")};
    c.cmdletNames = {QStringLiteral("Split-WindowsImage")};
    c.summary = english("Splits a WIM file into read-only .swm parts of at most a given size.");
    c.details = english("The first part gets the given name (install.swm), the others install2.swm, install3.swm, ... beside it.\n"
                        "A single file larger than the part size still goes whole into one part. Solid (.esd) files cannot be split.");
    c.parameters = {
        valueParameter(QStringLiteral("ImageFile"), {QStringLiteral("ImageFile")}, {QStringLiteral("ImagePath"), QStringLiteral("IP")},
                       QStringLiteral("<file>"), english("The .wim file to split.")),
        valueParameter(QStringLiteral("SWMFile"), {QStringLiteral("SWMFile")}, {QStringLiteral("SplitImagePath")},
                       QStringLiteral("<first.swm>"), english("Path of the first part; the others are numbered beside it.")),
        valueParameter(QStringLiteral("FileSize"), {QStringLiteral("FileSize")}, {QStringLiteral("FileSize")}, QStringLiteral("<MB>"),
                       english("The largest size of a part, in MB.")),
        switchParameter(QStringLiteral("CheckIntegrity"), {QStringLiteral("CheckIntegrity")}, {QStringLiteral("CheckIntegrity")},
                        english("Verify the file's integrity table first and write one into each part.")),
    };
    c.handler = splitImage;
    return c;
}

const bool registered = CommandRegistry::add(exportImageSpec()) && CommandRegistry::add(splitImageSpec());

} // namespace
} // namespace wb::cli
