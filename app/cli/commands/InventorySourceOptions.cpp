// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventorySourceOptions.h"
#include "../English.h"

#include <QCoreApplication>
#include <QDir>

namespace wb::cli {

namespace {
} // namespace

QList<ParameterSpec> inventorySourceParameters()
{
    return {{QStringLiteral("Image"),
             {QStringLiteral("Image")},
             {QStringLiteral("Path")},
             ParameterSpec::Value,
             QStringLiteral("<folder>"),
             english("The folder of the offline image (a mounted or applied image).")},
            {QStringLiteral("ImageFile"),
             {QStringLiteral("ImageFile"), QStringLiteral("WimFile")},
             {QStringLiteral("ImagePath"), QStringLiteral("IP")},
             ParameterSpec::Value,
             QStringLiteral("<file>"),
             english("WimBench extension: read one image of a .wim/.esd/.swm file directly, without mounting it.")},
            indexParameter(english("With /ImageFile: the image index (1-based).")),
            nameParameter(english("With /ImageFile: the image name.")),
            {QStringLiteral("SWMFile"),
             {QStringLiteral("SWMFile")},
             {QStringLiteral("SplitImageFilePattern")},
             ParameterSpec::Value,
             QStringLiteral("<pattern>"),
             english("With /ImageFile of a split image: the pattern of all its parts, e.g. install*.swm.")}};
}

QList<ParameterSpec> dismInventorySourceParameters()
{
    QList<ParameterSpec> parameters = inventorySourceParameters();
    for (ParameterSpec &p : parameters)
        p.cmdletNames.clear();
    return parameters;
}

Result<InventorySource> inventorySource(const CliContext &ctx)
{
    InventorySource source;
    const bool folder = ctx.has(QStringLiteral("Image"));
    const bool file = ctx.has(QStringLiteral("ImageFile"));
    if (folder == file)
        return Error::make(QStringLiteral("usage.image-source"),
                           english("Give the image either as %1:<folder> or as %2:<file> with %3:<n> or %4:<name>.")
                               .arg(ctx.spelling(QStringLiteral("Image")), ctx.spelling(QStringLiteral("ImageFile")),
                                    ctx.spelling(QStringLiteral("Index")), ctx.spelling(QStringLiteral("Name"))));
    if (folder) {
        const auto dir = ctx.required(QStringLiteral("Image"));
        if (!dir)
            return dir.error();
        if (ctx.has(QStringLiteral("Index")) || ctx.has(QStringLiteral("Name")) || ctx.has(QStringLiteral("SWMFile")))
            return Error::make(QStringLiteral("usage.image-source"),
                               english("%1, %2 and %3 go with %4, not with an image folder.")
                                   .arg(ctx.spelling(QStringLiteral("Index")), ctx.spelling(QStringLiteral("Name")),
                                        ctx.spelling(QStringLiteral("SWMFile")), ctx.spelling(QStringLiteral("ImageFile"))));
        source.folder = QDir(*dir).absolutePath();
        return source;
    }
    const auto wim = ctx.required(QStringLiteral("ImageFile"));
    if (!wim)
        return wim.error();
    const auto selector = ctx.imageSelector();
    if (!selector)
        return selector.error();
    source.wimFile = QDir(*wim).absolutePath();
    source.index = selector->index;
    source.name = selector->name;
    source.splitPattern = ctx.value(QStringLiteral("SWMFile"));
    return source;
}

} // namespace wb::cli
