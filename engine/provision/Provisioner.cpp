// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Provisioner.h"
#include "IdenticalFiles.h"
#include "ProvisionSupport.h"
#include "core/FileWriteGuard.h"

#include "core/Operation.h"
#include "registry/ImageHives.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace wb {
using namespace ProvisionSupport;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::Provisioner)
};
} // namespace

Provisioner::Provisioner(OfflineImage image, std::shared_ptr<HiveCache> hives)
    : m_image(std::move(image)), m_hives(hives ? std::move(hives) : std::make_shared<HiveCache>())
{
}

Result<Provisioner::ImageLock> Provisioner::lock() const
{
    FileLock::Options options;
    options.wait = FileLock::Wait::DontWait;
    options.openFlags = O_RDONLY | O_DIRECTORY;
    auto lock = FileLock::acquire(m_image.root(), options);
    const QString shown = m_image.root();
    if (!lock && lock.error().code == QLatin1StringView(FileLock::OpenFailedCode))
        return Error::make(QStringLiteral("provision.busy"), Tr::tr("The image folder %1 cannot be opened.").arg(shown),
                           lock.error().detail);
    if (!lock && FileLock::isBusy(lock.error()))
        return Error::make(
            QStringLiteral("provision.busy"),
            Tr::tr("Another WimBench operation is changing the apps of the image in %1. Wait for it to finish and try again.").arg(shown));
    if (!lock) { // file systems without flock: go on unlocked rather than refuse
        recoverInterruptedCommits(false);
        return ImageLock();
    }
    recoverInterruptedCommits(true);
    return std::move(*lock);
}

QString Provisioner::listFile() const
{
    return m_image.path(ProvisioningList::relativePath());
}

QString Provisioner::sidecarFile() const
{
    return m_image.path(ProvisioningSidecar::relativePath());
}

QString Provisioner::windowsAppsFolder() const
{
    return m_image.path(QStringLiteral("Program Files/WindowsApps"));
}

QString Provisioner::licenseFolder() const
{
    return m_image.path(QStringLiteral("ProgramData/Microsoft/Windows/ClipSVC/Install/Apps"));
}

QString Provisioner::licenseFile(const QString &familyName) const
{
    return QDir(licenseFolder()).filePath(familyName.toLower() + QStringLiteral(".xml"));
}

QString Provisioner::hiveFile() const
{
    return ImageHives::locate(m_image.root(), ImageHives::Kind::Software).value_or(QString());
}

Result<Hive *> Provisioner::softwareHive(Hive::Mode mode) const
{
    return m_hives->open(hiveFile(), mode);
}

QString Provisioner::customDataRelativePath()
{
    return QStringLiteral("microsoft.system.package.metadata/Custom.data");
}

QString Provisioner::legacyCustomDataRelativePath()
{
    return QStringLiteral("microsoft.system.package.metadata/Custom.dat");
}

void Provisioner::moveLegacyLicense(SidecarApp &record, OperationContext *context) const
{
    const auto id = ProvisionedIdentity::fromFullName(record.fullName);
    if (record.license.isEmpty() || !id)
        return;
    const QDir root(m_image.root());
    const QString target = licenseFile(id->familyName());
    const QString old = root.filePath(record.license);
    if (QDir::cleanPath(old) == QDir::cleanPath(target) || !QFileInfo::exists(old))
        return;
    if (::rename(QFile::encodeName(old).constData(), QFile::encodeName(target).constData()) != 0) {
        if (context)
            context->warning(QStringLiteral("The license %1 could not be renamed to %2 (%3); it keeps its old name")
                                 .arg(old, target, QString::fromLocal8Bit(strerror(errno))));
        return;
    }
    info(context, QStringLiteral("License of %1 renamed from %2 to %3 (the name DISM uses)").arg(record.fullName, old, target));
    record.license = root.relativeFilePath(target);
}

Result<ProvisioningList> Provisioner::readList() const
{
    return ProvisioningList::load(listFile());
}

Result<ProvisioningSidecar> Provisioner::readSidecar() const
{
    return ProvisioningSidecar::load(sidecarFile());
}


Result<ProvisionedPackage> Provisioner::resolveApp(const ProvisioningList &list, const QString &packageName) const
{
    const QList<ProvisionedPackage> all = list.packages();
    for (const ProvisionedPackage &p : all) {
        if (p.fullName.compare(packageName, Qt::CaseInsensitive) != 0)
            continue;
        if (p.isTopLevel())
            return p;
        for (const ProvisionedPackage &b : all) {
            if (b.isBundle() && b.packageName().compare(p.packageName(), Qt::CaseInsensitive) == 0)
                return Error::make(QStringLiteral("provision.not-an-app-entry"),
                                   Tr::tr("%1 is part of the provisioned bundle %2; give the bundle's name.").arg(packageName, b.fullName));
        }
        return Error::make(QStringLiteral("provision.not-an-app-entry"),
                           Tr::tr("%1 is a framework or resource package provisioned for other apps, not an app; it is removed with the "
                                  "app that needs it.")
                               .arg(packageName));
    }
    QList<ProvisionedPackage> byName;
    for (const ProvisionedPackage &p : all) {
        if (p.isTopLevel() && p.packageName().compare(packageName, Qt::CaseInsensitive) == 0)
            byName << p;
    }
    if (byName.size() == 1)
        return byName.first();
    if (byName.size() > 1)
        return Error::make(QStringLiteral("provision.ambiguous-name"),
                           Tr::tr("Several provisioned apps are named %1; the full package name is needed.").arg(packageName))
            .withRemedy(Remedy::Kind::ListProvisionedApps);
    return Error::make(QStringLiteral("provision.not-provisioned"), Tr::tr("No app %1 is provisioned in this image.").arg(packageName))
        .withRemedy(Remedy::Kind::ListProvisionedApps);
}

QString Provisioner::applicationFolder(const ProvisioningList &list, const ProvisionedPackage &app) const
{
    QString name = app.fullName;
    if (app.isBundle()) {
        for (const ProvisionedPackage &p : list.packages()) {
            if (p.fromBundle() && !p.isResource() && p.packageName().compare(app.packageName(), Qt::CaseInsensitive) == 0) {
                name = p.fullName;
                break;
            }
        }
    }
    return QDir(windowsAppsFolder()).filePath(name);
}

Result<Provisioner::OptimizeResult> Provisioner::optimize(OperationContext *context) const
{
    auto list = readList();
    if (!list)
        return list.error();
    QStringList folders;
    for (const ProvisionedPackage &p : list->packages()) {
        const QString folder = QDir(windowsAppsFolder()).filePath(p.fullName);
        if (QFileInfo(folder).isDir())
            folders << folder;
    }
    auto linked = linkIdenticalFiles(folders, context);
    if (!linked)
        return linked.error();
    OptimizeResult result;
    result.filesLinked = linked->filesLinked;
    result.bytesSaved = linked->bytesSaved;
    result.filesExamined = linked->filesExamined;
    result.alreadyLinked = linked->alreadyLinked;
    return result;
}

Result<QString> Provisioner::setDataFile(const QString &packageName, const QString &customDataPath, OperationContext *context) const
{
    auto data = readSmallFile(customDataPath, Tr::tr("custom data file"));
    if (!data)
        return data.error();
    auto list = readList();
    if (!list)
        return list.error();
    const auto app = resolveApp(*list, packageName);
    if (!app)
        return app.error();
    const QString folder = applicationFolder(*list, *app);
    if (!QFileInfo(folder).isDir())
        return Error::make(
            QStringLiteral("provision.package-folder-missing"),
            Tr::tr("%1 is provisioned but its folder %2 is missing, so custom data cannot be stored.").arg(app->fullName, folder));
    const QString target = QDir(folder).filePath(customDataRelativePath());
    QDir().mkpath(QFileInfo(target).absolutePath());
    if (const Status written = writeFileAtomically(target, *data); !written)
        return Error::make(QStringLiteral("provision.write-failed"),
                           Tr::tr("%1 could not be written; the previous custom data is unchanged.").arg(target), written.error().detail);
    // The file written under WimBench's earlier name is replaced by this one.
    QFile::remove(QDir(folder).filePath(legacyCustomDataRelativePath()));
    auto sidecar = readSidecar();
    if (sidecar) {
        if (auto record = sidecar->find(app->fullName)) {
            record->customData = true;
            moveLegacyLicense(*record, context);
            sidecar->put(*record);
            const Status s = sidecar->save(sidecarFile());
            if (!s.ok() && context)
                context->warning(s.error().logLine());
        }
    }
    info(context, QStringLiteral("Custom data of %1 written to %2 (%3 bytes)").arg(app->fullName, target).arg(data->size()));
    return target;
}

} // namespace wb
