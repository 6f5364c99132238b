// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GetProvisionedAppxPackagesOperation.h"

#include "appx/AppxManifest.h"
#include "provision/AllUserStore.h"
#include "provision/Applicability.h"
#include "provision/OfflineImage.h"
#include "provision/ProvisioningSidecar.h"
#include "registry/Hive.h"
#include "registry/HiveCache.h"
#include "registry/ImageHives.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wb {

QString registryStateName(ProvisionedRegistryState state)
{
    switch (state) {
    case ProvisionedRegistryState::Registered: return QStringLiteral("Yes");
    case ProvisionedRegistryState::NotRegistered: return QStringLiteral("No");
    case ProvisionedRegistryState::RegistryOnly: return QStringLiteral("RegistryOnly");
    case ProvisionedRegistryState::NoHive: break;
    }
    return QStringLiteral("NoHive");
}

namespace {
ProvisionedAppInfo infoFor(const QString &fullName)
{
    ProvisionedAppInfo info;
    info.packageName = fullName;
    if (const auto id = ProvisionedIdentity::fromFullName(fullName)) {
        info.displayName = id->name;
        info.version = id->version.toString();
        info.architecture = architectureName(id->architecture);
        info.resourceId = id->resourceId;
    } else {
        info.displayName = fullName.section(QLatin1Char('_'), 0, 0);
    }
    return info;
}

/// The display name from the first readable manifest of the app's packages that is not a
/// resource pack (a bundle's folder has no AppxManifest.xml; its main package has).
QString manifestDisplayName(const QStringList &packages, const QString &appsDir, OperationContext &context)
{
    constexpr qint64 kMaxManifest = 4 * 1024 * 1024;
    for (const QString &fullName : packages) {
        QFile file(QDir(appsDir).filePath(fullName + QStringLiteral("/AppxManifest.xml")));
        if (!file.exists() || file.size() > kMaxManifest || !file.open(QIODevice::ReadOnly))
            continue;
        const auto manifest = AppxManifest::parse(file.read(kMaxManifest), file.fileName());
        if (!manifest) {
            context.warning(manifest.error().logLine());
            continue;
        }
        if (!manifest->resourcePackage && !manifest->displayName.isEmpty())
            return manifest->displayName;
    }
    return {};
}
} // namespace

GetProvisionedAppxPackagesOperation::GetProvisionedAppxPackagesOperation(QString imageDir)
    : m_source{std::move(imageDir), {}, {}, {}}
{
}

GetProvisionedAppxPackagesOperation::GetProvisionedAppxPackagesOperation(InventorySource source) : m_source(std::move(source)) {}

QString GetProvisionedAppxPackagesOperation::description() const
{
    return QCoreApplication::translate("wb::GetProvisionedAppxPackagesOperation", "List the apps provisioned in %1")
        .arg(m_source.displayText());
}

QList<std::pair<QString, QString>> GetProvisionedAppxPackagesOperation::parameters() const
{
    return {{QStringLiteral("Image"), m_source.describe()}};
}

Status GetProvisionedAppxPackagesOperation::run(OperationContext &context)
{
    if (!m_source.isWim())
        return read(m_source.folder, std::nullopt, context);
    auto root = InventoryRoot::open(m_source, AppsTopic, context);
    if (!root)
        return root.error();
    return read(root->path(), root->wimFacts(), context);
}

Status GetProvisionedAppxPackagesOperation::read(const QString &root, const std::optional<WimImageFacts> &facts, OperationContext &context)
{
    context.progress(QCoreApplication::translate("wb::GetProvisionedAppxPackagesOperation", "Reading the provisioning list"), 0, 0);
    HiveCache hives; // the SOFTWARE hive is parsed once, for the facts and the registry state
    auto image = OfflineImage::inspect(root, facts, &hives);
    if (!image)
        return image.error();
    const QString listFile = image->path(ProvisioningList::relativePath());
    auto list = ProvisioningList::load(listFile);
    if (!list)
        return list.error();
    m_list = *list;
    auto sidecar = ProvisioningSidecar::load(image->path(ProvisioningSidecar::relativePath()));
    if (!sidecar) {
        context.warning(sidecar.error().logLine());
        sidecar = ProvisioningSidecar();
    }
    const QString apps = image->path(QStringLiteral("Program Files/WindowsApps"));
    const QList<ProvisionedPackage> all = m_list.packages();
    for (const ProvisionedPackage &p : all) {
        if (!p.isTopLevel())
            continue;
        ProvisionedAppInfo info = infoFor(p.fullName);
        if (!ProvisionedIdentity::fromFullName(p.fullName))
            context.warning(QStringLiteral("%1 in %2 is not a package full name").arg(p.fullName, listFile));
        if (const auto record = sidecar->find(p.fullName))
            info.regions = record->regions;
        info.folderPresent = QFileInfo(QDir(apps).filePath(p.fullName)).isDir();
        info.packages << p.fullName;
        if (p.isBundle()) {
            for (const ProvisionedPackage &q : all) {
                if ((q.fromBundle() || q.isResource()) && q.packageName().compare(p.packageName(), Qt::CaseInsensitive) == 0)
                    info.packages << q.fullName;
            }
        }
        info.manifestDisplayName = manifestDisplayName(info.packages, apps, context);
        m_apps << info;
    }
    if (const auto hive = ImageHives::locate(image->root(), ImageHives::Kind::Software))
        addRegistryState(*hive, hives, context);
    context.info(QStringLiteral("%1: %2 provisioned app(s), %3 list entries").arg(listFile).arg(m_apps.size()).arg(all.size()));
    return {};
}

void GetProvisionedAppxPackagesOperation::addRegistryState(const QString &hivePath, HiveCache &hives, OperationContext &context)
{
    auto hive = hives.open(hivePath);
    auto registered = hive ? AllUserStore::registeredApps(**hive) : Result<QStringList>(hive.error());
    if (!registered) {
        context.warning(registered.error().logLine());
        return;
    }
    for (ProvisionedAppInfo &a : m_apps)
        a.registry = registered->contains(a.packageName, Qt::CaseInsensitive) ? ProvisionedRegistryState::Registered
                                                                              : ProvisionedRegistryState::NotRegistered;
    for (const QString &name : std::as_const(*registered)) {
        if (m_list.contains(name))
            continue;
        ProvisionedAppInfo info = infoFor(name);
        info.registry = ProvisionedRegistryState::RegistryOnly;
        info.folderPresent = true; // not a list entry: the folder warning does not apply
        m_apps << info;
    }
}

} // namespace wb
