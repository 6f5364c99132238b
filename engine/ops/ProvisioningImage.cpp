#include "ProvisioningImage.h"

#include "mount/MountRegistry.h"
#include "wim/WimFile.h"

#include <QFileInfo>

namespace wb {

Result<OfflineImage> inspectOfflineImage(const QString &imageDir, OperationContext &context)
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
    auto image = OfflineImage::inspect(imageDir, facts);
    if (!image)
        return image;
    context.decision(QStringLiteral("Image architecture %1 from %2").arg(imageCpuName(image->cpu()), image->cpuSource()));
    context.decision(QStringLiteral("Image build %1 from %2")
                     .arg(image->build() ? QString::number(*image->build()) : QStringLiteral("unknown"),
                          image->buildSource().isEmpty() ? QStringLiteral("nowhere (no WIM XML, no servicing manifests)") : image->buildSource()));
    context.decision(QStringLiteral("Image languages: %1").arg(image->languagesDescription().isEmpty() ? QStringLiteral("none found") : image->languagesDescription()));
    return image;
}

Status withLockedProvisioner(const QString &imageDir, const std::function<Status(Provisioner &)> &change)
{
    auto image = OfflineImage::inspect(imageDir);
    if (!image)
        return image.error();
    Provisioner provisioner(*image);
    const auto lock = provisioner.lock();
    if (!lock)
        return lock.error();
    return change(provisioner);
}

} // namespace wb
