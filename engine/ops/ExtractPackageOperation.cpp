// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtractPackageOperation.h"

#include "GetPackageInfoOperation.h"

#include "appx/AppxBundle.h"
#include "appx/AppxPackage.h"
#include "appx/ByteProgress.h"
#include "appx/PackagePath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ExtractPackageOperation)
};
} // namespace

ExtractPackageOperation::ExtractPackageOperation(QString packagePath, QString destination, QString innerFileName)
    : m_path(std::move(packagePath)), m_destination(std::move(destination)), m_inner(std::move(innerFileName))
{
}

QString ExtractPackageOperation::description() const
{
    return Tr::tr("Extract %1 to %2").arg(QFileInfo(m_path).fileName(), m_destination);
}

QList<std::pair<QString, QString>> ExtractPackageOperation::parameters() const
{
    return {{QStringLiteral("PackagePath"), m_path}, {QStringLiteral("Destination"), m_destination}, {QStringLiteral("InnerPackage"), m_inner}};
}

Status ExtractPackageOperation::run(OperationContext &context)
{
    auto format = GetPackageInfoOperation::formatOf(m_path);
    if (!format)
        return format.error();
    const QString stage = Tr::tr("Extracting package");
    const auto extract = [&](const AppxPackage &package) -> Status {
        ByteProgress progress(&context, stage, package.installedSize());
        WB_TRY(package.extractTo(m_destination, &progress));
        m_fileCount = int(package.files().size());
        m_bytes = package.installedSize();
        m_fullName = package.identity().fullName();
        return {};
    };
    if (*format == PackageFormat::Package || *format == PackageFormat::Folder) {
        if (!m_inner.isEmpty())
            return Error::make(QStringLiteral("appx.not-a-bundle"),
                               Tr::tr("%1 is a single package, so it has no inner package %2.").arg(m_path, m_inner));
        auto package = AppxPackage::open(m_path);
        if (!package)
            return package.error();
        WB_TRY(extract(*package));
    } else {
        auto bundle = AppxBundle::open(m_path);
        if (!bundle)
            return bundle.error();
        if (m_inner.isEmpty()) {
            ByteProgress progress(&context, stage, 0);
            WB_TRY(bundle->extractFootprintTo(m_destination, &progress));
            m_fullName = bundle->identity().fullName();
            m_fileCount = int(bundle->footprintFiles().size());
            m_bytes = progress.done();
        } else {
            const BundlePackageEntry *chosen = nullptr;
            for (const BundlePackageEntry &e : bundle->packages()) {
                if (PackagePath::sameName(e.fileName, m_inner))
                    chosen = &e;
            }
            if (!chosen)
                return Error::make(QStringLiteral("appx.bundle-package-unknown"),
                                   Tr::tr("The bundle %1 has no package named %2.").arg(m_path, m_inner));
            auto package = bundle->openPackage(*chosen);
            if (!package)
                return package.error();
            WB_TRY(extract(*package));
        }
    }
    context.info(QStringLiteral("Extracted %1 (%2 files, %3 bytes) to %4").arg(m_fullName).arg(m_fileCount).arg(m_bytes).arg(m_destination));
    return {};
}

} // namespace wb
