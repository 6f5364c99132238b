// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvisioningImage.h"

#include "mount/MountRegistry.h"
#include "wim/WimFile.h"

#include <QFileInfo>

namespace wb {

namespace {
void logImageFacts(const OfflineImage &image, OperationContext &context)
{
    const HiveFacts &hives = image.hiveFacts();
    if (hives.hivesRead.isEmpty())
        context.decision(QStringLiteral("The image has no SOFTWARE or SYSTEM hive in Windows/System32/config: its facts come from the WIM "
                                        "XML and its files"));
    else
        context.decision(QStringLiteral("Image facts read from the hives %1 first").arg(hives.hivesRead.join(QStringLiteral(", "))));
    context.decision(QStringLiteral("Image architecture %1 from %2").arg(imageCpuName(image.cpu()), image.cpuSource()));
    QString buildSource = image.buildSource().isEmpty() ? QStringLiteral("nowhere (no SOFTWARE hive, no WIM XML, no servicing manifests)")
                                                        : image.buildSource();
    if (image.ubr())
        buildSource += QStringLiteral(", UBR from ") + image.ubrSource();
    context.decision(QStringLiteral("Image build %1 from %2").arg(image.build() ? image.buildText() : QStringLiteral("unknown"), buildSource));
    const std::pair<const char *, const std::optional<HiveFact> *> named[] = {{"edition", &hives.editionId},
                                                                              {"product name", &hives.productName},
                                                                              {"installation type", &hives.installationType},
                                                                              {"display version", &hives.displayVersion}};
    for (const auto &[name, fact] : named) {
        if (*fact)
            context.decision(QStringLiteral("Image %1 %2 from %3").arg(QLatin1String(name), (*fact)->value, (*fact)->source));
    }
    context.decision(QStringLiteral("Image languages: %1").arg(image.languagesDescription().isEmpty() ? QStringLiteral("none found") : image.languagesDescription()));
}
} // namespace

Result<OfflineImage> inspectOfflineImage(const QString &imageDir, OperationContext &context, HiveCache *hives)
{
    std::optional<WimImageFacts> facts;
    const QString canonical = QFileInfo(imageDir).canonicalFilePath();
    if (!canonical.isEmpty()) {
        const auto record = MountRegistry().find(canonical);
        if (record && record->has_value()) {
            const MountRecord &m = **record;
            WimOpenOptions options;
            options.splitPattern = m.splitPattern;
            auto wim = WimFile::open(m.imageFile, options);
            if (wim && m.index >= 1) {
                const ImageInfo i = wim->imageInfo(m.index);
                WimImageFacts f;
                f.source = QStringLiteral("WIM XML of %1, index %2").arg(m.imageFile).arg(m.index);
                f.architecture = i.architecture;
                f.build = i.versionBuild;
                f.languages = i.languages;
                facts = f;
            } else if (!wim) {
                context.warning(QStringLiteral("%1 is mounted from %2, whose XML could not be read (%3); the image's own files are used")
                                    .arg(imageDir, m.imageFile, wim.error().oneLine()));
            }
        }
    }
    auto image = OfflineImage::inspect(imageDir, facts, hives);
    if (!image)
        return image;
    logImageFacts(*image, context);
    return image;
}

Status withLockedProvisioner(const QString &imageDir, const std::function<Status(Provisioner &)> &change)
{
    auto hives = std::make_shared<HiveCache>();
    auto image = OfflineImage::inspect(imageDir, std::nullopt, hives.get());
    if (!image)
        return image.error();
    Provisioner provisioner(*image, hives);
    const auto lock = provisioner.lock();
    if (!lock)
        return lock.error();
    return change(provisioner);
}

} // namespace wb
