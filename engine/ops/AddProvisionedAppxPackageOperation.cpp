// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddProvisionedAppxPackageOperation.h"

#include "ProvisioningImage.h"

#include "registry/ImageHives.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace wb {

AddProvisionedAppxPackageOperation::AddProvisionedAppxPackageOperation(QString imageDir, ProvisionRequest request, bool reviewOnly)
    : m_imageDir(std::move(imageDir)), m_request(std::move(request)), m_reviewOnly(reviewOnly)
{
}

QString AddProvisionedAppxPackageOperation::description() const
{
    const QString what = QFileInfo(m_request.packagePath.isEmpty() ? m_request.folderPath : m_request.packagePath).fileName();
    return QCoreApplication::translate("wb::AddProvisionedAppxPackageOperation", "Provision %1 in %2").arg(what, m_imageDir);
}

QList<std::pair<QString, QString>> AddProvisionedAppxPackageOperation::parameters() const
{
    const char *stub = m_request.stub == StubPreference::InstallStub ? "installstub"
        : m_request.stub == StubPreference::InstallFull            ? "installfull"
                                                                   : "";
    return {{QStringLiteral("Image"), m_imageDir},
            {QStringLiteral("PackagePath"), m_request.packagePath},
            {QStringLiteral("FolderPath"), m_request.folderPath},
            {QStringLiteral("DependencyPackagePath"), m_request.dependencyPaths.join(QStringLiteral("; "))},
            {QStringLiteral("OptionalPackagePath"), m_request.optionalPaths.join(QStringLiteral("; "))},
            {QStringLiteral("LicensePath"), m_request.skipLicense ? QStringLiteral("(SkipLicense)") : m_request.licensePath},
            {QStringLiteral("CustomDataPath"), m_request.customDataPath},
            {QStringLiteral("Region"), m_request.regions ? m_request.regions->toString() : QString()},
            {QStringLiteral("StubPackageOption"), QLatin1String(stub)},
            {QStringLiteral("ReviewOnly"), m_reviewOnly ? QStringLiteral("yes") : QStringLiteral("no")}};
}

Status AddProvisionedAppxPackageOperation::run(OperationContext &context)
{
    // The SOFTWARE hive is parsed once for the whole command (facts, trust, plan and write), on a
    // thread of its own while the packages are opened; the facts wait for it.
    auto hives = std::make_shared<HiveCache>();
    WB_TRY(OfflineImage::checkFolder(m_imageDir));
    if (const auto software = ImageHives::locate(m_imageDir, ImageHives::Kind::Software))
        hives->prefetch(*software);
    auto opened = Provisioner::openRequest(m_request, &context);
    if (!opened)
        return opened.error();
    auto image = inspectOfflineImage(m_imageDir, context, hives.get());
    if (!image)
        return image.error();
    m_image = *image;
    Provisioner provisioner(*image, hives);
    std::optional<Provisioner::ImageLock> held;
    if (!m_reviewOnly) {
        auto lock = provisioner.lock();
        if (!lock)
            return lock.error();
        held.emplace(std::move(*lock));
    }
    // The rules' decisions are kept even when they refuse the request.
    auto prepared = provisioner.prepare(std::move(*opened), &context, &m_decisions);
    if (!prepared)
        return prepared.error();
    m_appEntry = prepared->appEntryName;
    if (!m_request.regions)
        context.warning(
            QStringLiteral("No region given: Windows provisions %1 for a user only when it is pinned to Start").arg(m_appEntry));
    if (m_reviewOnly)
        return {};
    WB_TRY(provisioner.commit(*prepared, &context));
    if (prepared->bundle)
        m_written << prepared->bundle->identity().fullName();
    for (const CandidatePackage &c : prepared->plan.chosen)
        m_written << c.fullName();
    return {};
}

} // namespace wb
