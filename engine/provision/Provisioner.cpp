#include "Provisioner.h"
#include "IdenticalFiles.h"

#include "appx/ByteProgress.h"
#include "appx/PackagePath.h"
#include "core/FaultPoint.h"
#include "core/Operation.h"
#include "core/OwnedTemporary.h"
#include "log/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <functional>

namespace wb {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::Provisioner)
};

QString native(const QString &p)
{
    return QDir::toNativeSeparators(p);
}

void logDecision(OperationContext *context, const ProvisionDecision &d)
{
    if (context)
        context->decision(QStringLiteral("%1: %2 (%3)").arg(d.package, d.included ? QStringLiteral("included") : QStringLiteral("skipped"), d.reason));
}

void info(OperationContext *context, const QString &text)
{
    if (context)
        context->info(text);
}

bool cancelled(OperationContext *context)
{
    return context && context->isCancelled();
}

/// Creates `path` and its missing parents, remembering those it created (outermost first).
bool mkpathTracked(const QString &path, QStringList &created)
{
    QStringList missing;
    QString p = QDir::cleanPath(path);
    while (!p.isEmpty() && !QFileInfo::exists(p)) {
        missing.prepend(p);
        const QString parent = QFileInfo(p).path();
        if (parent == p)
            break;
        p = parent;
    }
    for (const QString &m : missing) {
        if (!QDir().mkdir(m))
            return false;
        created << m;
    }
    return true;
}

void removeCreated(const QStringList &created)
{
    for (auto it = created.crbegin(); it != created.crend(); ++it)
        QDir().rmdir(*it);
}

const QString kStagingPrefix = QStringLiteral(".wimbench-staging-");
const QString kJournalFile = QStringLiteral("journal.json");
const QString kRemovingPrefix = QStringLiteral(".wimbench-removing-");

/// The folders among `path` and its parents that do not exist yet, deepest first.
QStringList missingFolders(const QString &path)
{
    QStringList missing;
    QString p = QDir::cleanPath(path);
    while (!p.isEmpty() && !QFileInfo::exists(p)) {
        missing << p;
        const QString parent = QFileInfo(p).path();
        if (parent == p)
            break;
        p = parent;
    }
    return missing;
}

Status renameOrFail(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Error::fromErrno(QStringLiteral("provision.write-failed"),
                                Tr::tr("%1 could not be moved into place as %2; the image was left as it was.").arg(native(from), native(to)),
                                errno);
    return {};
}

Result<QByteArray> readSmallFile(const QString &path, const QString &what)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("provision.input-unreadable"),
                           Tr::tr("The %1 %2 cannot be read. Check the path.").arg(what, native(path)), f.errorString());
    return f.readAll();
}

bool isPackageFile(const QString &name)
{
    const QString l = name.toLower();
    return l.endsWith(QLatin1String(".appx")) || l.endsWith(QLatin1String(".msix")) || l.endsWith(QLatin1String(".appxbundle"))
        || l.endsWith(QLatin1String(".msixbundle"));
}

bool isBundleFile(const QString &name)
{
    const QString l = name.toLower();
    return l.endsWith(QLatin1String("bundle"));
}

} // namespace

Provisioner::Provisioner(OfflineImage image) : m_image(std::move(image)) {}

Provisioner::ImageLock::~ImageLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

int Provisioner::recoverInterruptedCommits(bool exclusive) const
{
    const QString component = QStringLiteral("PROVISION");
    const QString apps = windowsAppsFolder();
    const QDir root(m_image.root());
    int recovered = 0;
    const QFileInfoList entries = QDir(apps).entryInfoList({kStagingPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &fi : entries) {
        const QString staging = fi.absoluteFilePath();
        // Under the image's flock no other provisioning runs, so every staging folder is a leftover
        // (also those of older versions, named without a pid); without flock only those whose
        // owner is gone.
        if (fi.isSymLink() || (!exclusive && !OwnedTemporary::ownerGone(staging, kStagingPrefix)))
            continue;
        QFile journalFile(QDir(staging).filePath(kJournalFile));
        if (journalFile.open(QIODevice::ReadOnly)) {
            const QJsonObject j = QJsonDocument::fromJson(journalFile.readAll()).object();
            journalFile.close();
            const QString app = j.value(QStringLiteral("app")).toString();
            auto list = readList();
            const bool listed = list && !app.isEmpty() && list->contains(app);
            if (listed) {
                Log::info(component, QStringLiteral("%1 was provisioned completely before its process ended; removing its staging folder %2").arg(app, staging));
            } else if (list) {
                // Killed before AppxProvisioning.xml was written: undo in reverse order.
                Log::warning(component, QStringLiteral("Undoing the interrupted provisioning of %1 (staging folder %2)").arg(app, staging));
                const QString sidecarPath = sidecarFile();
                if (j.value(QStringLiteral("sidecarExisted")).toBool()) {
                    QSaveFile f(sidecarPath);
                    if (f.open(QIODevice::WriteOnly)) {
                        f.write(QByteArray::fromBase64(j.value(QStringLiteral("sidecar")).toString().toLatin1()));
                        f.commit();
                    }
                } else {
                    QFile::remove(sidecarPath);
                }
                const QString license = j.value(QStringLiteral("license")).toString();
                if (!license.isEmpty()) {
                    const QString target = root.filePath(license);
                    const QString backup = QDir(staging).filePath(QStringLiteral("license.old"));
                    if (QFileInfo::exists(backup))
                        ::rename(QFile::encodeName(backup).constData(), QFile::encodeName(target).constData());
                    else if (!QFileInfo::exists(QDir(staging).filePath(QStringLiteral("license.tmp"))))
                        QFile::remove(target);
                }
                for (const QJsonValue &v : j.value(QStringLiteral("folders")).toArray()) {
                    const QString name = v.toString();
                    if (name.isEmpty() || name.contains(QLatin1Char('/')))
                        continue;
                    const QString inPlace = QDir(apps).filePath(name);
                    const QString inStaging = QDir(staging).filePath(name);
                    if (QFileInfo::exists(inPlace) && !QFileInfo::exists(inStaging))
                        ::rename(QFile::encodeName(inPlace).constData(), QFile::encodeName(inStaging).constData());
                }
                for (const QJsonValue &v : j.value(QStringLiteral("createdFolders")).toArray())
                    QDir().rmdir(root.filePath(v.toString())); // only when empty
            } else {
                Log::error(component, QStringLiteral("Cannot recover the interrupted provisioning in %1: %2").arg(staging, list.error().oneLine()));
                continue;
            }
        } else {
            Log::info(component, QStringLiteral("Removing %1, left by a provisioning that was interrupted before anything moved").arg(staging));
        }
        QDir(staging).removeRecursively();
        ++recovered;
    }

    // Removes: a journal `.wimbench-removing-<pid>-<hex>.json` and folders being deleted
    // `.wimbench-removing-<pid>-<hex>`. When the list no longer names the app the remove is
    // finished (sidecar, license, folders); otherwise it had not begun and only the journal goes.
    const QFileInfoList removing = QDir(apps).entryInfoList({kRemovingPrefix + QLatin1Char('*')},
                                                            QDir::Dirs | QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &fi : removing) {
        const QString path = fi.absoluteFilePath();
        if (fi.isSymLink() || (!exclusive && !OwnedTemporary::ownerGone(path, kRemovingPrefix)))
            continue;
        if (fi.isDir()) {
            Log::info(component, QStringLiteral("Deleting %1, left by a remove that was interrupted").arg(path));
            QDir(path).removeRecursively();
            ++recovered;
            continue;
        }
        QFile journalFile(path);
        if (!journalFile.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject j = QJsonDocument::fromJson(journalFile.readAll()).object();
        journalFile.close();
        const QString app = j.value(QStringLiteral("app")).toString();
        auto list = readList();
        if (!list) {
            Log::error(component, QStringLiteral("Cannot recover the interrupted remove in %1: %2").arg(path, list.error().oneLine()));
            continue;
        }
        if (!app.isEmpty() && !list->contains(app)) {
            Log::warning(component, QStringLiteral("Finishing the interrupted remove of %1 (%2)").arg(app, path));
            if (auto sidecar = readSidecar(); sidecar && sidecar->find(app)) {
                sidecar->remove(app);
                (void)sidecar->save(sidecarFile());
            }
            const QString license = j.value(QStringLiteral("license")).toString();
            if (!license.isEmpty() && !license.contains(QLatin1String("..")))
                QFile::remove(root.filePath(license));
            for (const QJsonValue &v : j.value(QStringLiteral("folders")).toArray()) {
                const QString name = v.toString();
                if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.')) || list->contains(name))
                    continue;
                QDir(QDir(apps).filePath(name)).removeRecursively();
            }
        }
        QFile::remove(path);
        ++recovered;
    }
    return recovered;
}

Result<Provisioner::ImageLock> Provisioner::lock() const
{
    const int fd = ::open(QFile::encodeName(m_image.root()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Error::fromErrno(QStringLiteral("provision.busy"), Tr::tr("The image folder %1 cannot be opened.").arg(native(m_image.root())), errno);
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        ::close(fd);
        if (err == EWOULDBLOCK)
            return Error::make(QStringLiteral("provision.busy"),
                               Tr::tr("Another WimBench operation is changing the apps of the image in %1. Wait for it to finish and try again.")
                                   .arg(native(m_image.root())));
        // File systems without flock: go on unlocked rather than refuse.
        recoverInterruptedCommits(false);
        return ImageLock(-1);
    }
    recoverInterruptedCommits(true);
    return ImageLock(fd);
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

Result<ProvisioningList> Provisioner::readList() const
{
    return ProvisioningList::load(listFile());
}

Result<ProvisioningSidecar> Provisioner::readSidecar() const
{
    return ProvisioningSidecar::load(sidecarFile());
}

Result<PreparedProvisioning> Provisioner::prepare(const ProvisionRequest &requestIn, OperationContext *context,
                                                  QList<ProvisionDecision> *decisions) const
{
    ProvisionRequest request = requestIn;
    PreparedProvisioning prepared;
    if (request.packagePath.isEmpty() == request.folderPath.isEmpty())
        return Error::make(QStringLiteral("usage.package-source"),
                           request.packagePath.isEmpty() ? Tr::tr("Give the app with /PackagePath (a package or bundle) or /FolderPath (a folder with the app, its dependencies and license).")
                                                         : Tr::tr("Give either /PackagePath or /FolderPath, not both."));
    if (request.skipLicense && !request.licensePath.isEmpty())
        return Error::make(QStringLiteral("usage.license"), Tr::tr("Give either /LicensePath or /SkipLicense, not both."));

    // /FolderPath: the folder holds the main package (or bundle), dependencies and license.
    if (!request.folderPath.isEmpty()) {
        const QFileInfo fi(request.folderPath);
        if (!fi.isDir())
            return Error::make(QStringLiteral("provision.input-unreadable"),
                               Tr::tr("/FolderPath %1 is not a folder.").arg(native(request.folderPath)));
        const PackageFormat f = PackagePath::detectFormat(request.folderPath);
        if (f == PackageFormat::Folder || f == PackageFormat::BundleFolder) {
            request.packagePath = request.folderPath;
        } else {
            QStringList bundles, packages, licenses;
            // Links to folders are not followed (QDirIterator without FollowSymlinks). A file that is
            // a link leading out of the folder is refused: a folder unpacked from an archive could
            // otherwise copy /etc/shadow into the image as the app's license.
            const QString inside = QFileInfo(request.folderPath).canonicalFilePath() + QLatin1Char('/');
            QDirIterator it(request.folderPath, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString p = it.next();
                const QString n = it.fileName();
                const bool license = n.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive) && n.contains(QLatin1String("license"), Qt::CaseInsensitive);
                if ((isPackageFile(n) || license) && it.fileInfo().isSymLink() && !it.fileInfo().canonicalFilePath().startsWith(inside))
                    return Error::make(QStringLiteral("provision.folder-symlink"),
                                       Tr::tr("/FolderPath %1 contains %2, a symbolic link to %3 outside the folder. Copy the file into the "
                                              "folder, or name it with /PackagePath, /DependencyPackagePath or /LicensePath.")
                                           .arg(native(request.folderPath), native(p), native(it.fileInfo().symLinkTarget())));
                if (isPackageFile(n))
                    (isBundleFile(n) ? bundles : packages) << p;
                else if (license)
                    licenses << p;
            }
            bundles.sort();
            packages.sort();
            if (bundles.size() > 1)
                return Error::make(QStringLiteral("provision.folder-ambiguous"),
                                   Tr::tr("%1 holds several bundles (%2); put one app per folder or use /PackagePath.")
                                       .arg(native(request.folderPath), bundles.join(QStringLiteral(", "))));
            if (bundles.size() == 1) {
                request.packagePath = bundles.first();
                request.dependencyPaths << packages;
            } else {
                QStringList apps;
                for (const QString &p : packages) {
                    auto pkg = AppxPackage::open(p);
                    if (!pkg)
                        return pkg.error();
                    if (pkg->manifest().framework || pkg->manifest().resourcePackage)
                        request.dependencyPaths << p;
                    else
                        apps << p;
                }
                if (apps.size() != 1)
                    return Error::make(QStringLiteral("provision.folder-ambiguous"),
                                       apps.isEmpty() ? Tr::tr("%1 holds no app package or bundle.").arg(native(request.folderPath))
                                                      : Tr::tr("%1 holds several app packages (%2); put one app per folder or use /PackagePath.")
                                                            .arg(native(request.folderPath), apps.join(QStringLiteral(", "))));
                request.packagePath = apps.first();
            }
            if (request.licensePath.isEmpty() && !request.skipLicense && licenses.size() == 1)
                request.licensePath = licenses.first();
            else if (request.licensePath.isEmpty() && !request.skipLicense && licenses.size() > 1)
                return Error::make(QStringLiteral("provision.folder-ambiguous"),
                                   Tr::tr("%1 holds several license files (%2); choose one with /LicensePath.")
                                       .arg(native(request.folderPath), licenses.join(QStringLiteral(", "))));
        }
    }
    if (!request.skipLicense && request.licensePath.isEmpty())
        return Error::make(QStringLiteral("usage.license"),
                           Tr::tr("A license is required: give /LicensePath:<file> with the app's license, or /SkipLicense for an app "
                                  "that needs none (sideloaded line-of-business apps)."));
    if (!request.licensePath.isEmpty())
        WB_TRY(readSmallFile(request.licensePath, Tr::tr("license file")));
    if (!request.customDataPath.isEmpty())
        WB_TRY(readSmallFile(request.customDataPath, Tr::tr("custom data file")));
    prepared.licensePath = request.licensePath;
    prepared.customDataPath = request.customDataPath;

    auto list = readList();
    if (!list)
        return list.error();
    WB_TRY(readSidecar());

    ApplicabilityInput input;
    input.stub = request.stub;
    for (const ProvisionedPackage &p : list->packages()) {
        if (const auto id = ProvisionedIdentity::fromFullName(p.fullName))
            input.provisioned << *id;
    }

    // The opened packages, parallel to input.packages.
    std::vector<AppxPackage> opened;
    const PackageFormat format = PackagePath::detectFormat(request.packagePath);
    if (format == PackageFormat::Unknown)
        return Error::make(QStringLiteral("provision.input-unreadable"),
                           Tr::tr("%1 is not an app package, bundle or unpacked package folder (.appx, .msix, .appxbundle, .msixbundle, "
                                  "or a folder with AppxManifest.xml).")
                               .arg(native(request.packagePath)));
    if (context)
        context->progress(Tr::tr("Reading packages"), 0, 0);
    if (format == PackageFormat::Bundle || format == PackageFormat::BundleFolder) {
        auto bundle = AppxBundle::open(request.packagePath);
        if (!bundle)
            return bundle.error();
        WB_TRY(bundle->requireApplicationPackage());
        WB_TRY(bundle->requireAllPresent());
        input.bundle = bundle->identity();
        for (const BundlePackageEntry &e : bundle->packages()) {
            if (cancelled(context))
                return Error::cancelled();
            auto pkg = bundle->openPackage(e);
            if (!pkg)
                return pkg.error();
            CandidatePackage c;
            c.role = e.isApplication() ? CandidatePackage::Role::BundleApplication : CandidatePackage::Role::BundleResource;
            c.manifest = pkg->manifest();
            c.resources = e.resources;
            c.isStub = e.isStub;
            c.origin = pkg->displayName();
            c.inputIndex = int(opened.size());
            input.packages << c;
            opened.push_back(std::move(*pkg));
        }
        prepared.bundle = std::move(*bundle);
    } else {
        auto pkg = AppxPackage::open(request.packagePath);
        if (!pkg)
            return pkg.error();
        CandidatePackage c;
        c.role = CandidatePackage::Role::Main;
        c.manifest = pkg->manifest();
        c.resources = pkg->manifest().resources;
        c.origin = request.packagePath;
        c.inputIndex = int(opened.size());
        input.packages << c;
        opened.push_back(std::move(*pkg));
    }
    for (const QString &d : request.dependencyPaths) {
        if (cancelled(context))
            return Error::cancelled();
        const PackageFormat df = PackagePath::detectFormat(d);
        if (df == PackageFormat::Bundle || df == PackageFormat::BundleFolder)
            return Error::make(QStringLiteral("provision.dependency-is-bundle"),
                               Tr::tr("The dependency %1 is a bundle; dependency packages are single packages (.appx, .msix), usually "
                                      "frameworks such as Microsoft.VCLibs.")
                                   .arg(native(d)));
        auto pkg = AppxPackage::open(d);
        if (!pkg)
            return pkg.error();
        CandidatePackage c;
        c.role = CandidatePackage::Role::Dependency;
        c.manifest = pkg->manifest();
        c.resources = pkg->manifest().resources;
        c.origin = d;
        c.inputIndex = int(opened.size());
        input.packages << c;
        opened.push_back(std::move(*pkg));
    }

    prepared.appEntryName = input.bundle ? input.bundle->fullName() : input.packages.first().fullName();
    if (const auto existing = list->find(prepared.appEntryName))
        return Error::make(QStringLiteral("provision.already-provisioned"),
                           Tr::tr("%1 is already provisioned in this image. Remove it first with /Remove-ProvisionedAppxPackage, or "
                                  "provision a newer version.")
                               .arg(existing->fullName));

    if (context && request.regions)
        context->decision(QStringLiteral("Regions: %1 (kept in %2)").arg(request.regions->toString(), ProvisioningSidecar::relativePath()));
    prepared.plan = Applicability::decide(m_image, input);
    for (const ProvisionDecision &d : prepared.plan.decisions)
        logDecision(context, d);
    if (decisions)
        *decisions = prepared.plan.decisions;
    prepared.request = request;
    if (prepared.plan.error)
        return *prepared.plan.error;

    // Keep only the chosen packages, in plan order.
    for (const CandidatePackage &c : prepared.plan.chosen) {
        prepared.packages.push_back(std::move(opened[size_t(c.inputIndex)]));
        prepared.totalBytes += prepared.packages.back().installedSize();
    }
    // The application package's folder must not be a leftover.
    const QString appFolder = QDir(windowsAppsFolder()).filePath(prepared.plan.application->fullName());
    if (QFileInfo::exists(appFolder))
        return Error::make(QStringLiteral("provision.folder-exists"),
                           Tr::tr("%1 already exists but %2 is not in the image's provisioning list (left over from an earlier install?). "
                                  "Remove that folder and try again.")
                               .arg(native(appFolder), prepared.plan.application->fullName()));
    return prepared;
}

Status Provisioner::commit(PreparedProvisioning &prepared, OperationContext *context) const
{
    const ApplicabilityPlan &plan = prepared.plan;
    QStringList createdDirs;
    QList<std::function<void()>> undo;
    auto rollback = [&] {
        for (auto it = undo.crbegin(); it != undo.crend(); ++it)
            (*it)();
        removeCreated(createdDirs);
    };

    const QString apps = windowsAppsFolder();
    if (!mkpathTracked(apps, createdDirs)) {
        rollback();
        return Error::fromErrno(QStringLiteral("provision.write-failed"),
                                Tr::tr("%1 cannot be created. Check that the image is mounted read-write.").arg(native(apps)), errno);
    }
    const QString staging = QDir(apps).filePath(OwnedTemporary::name(kStagingPrefix));
    if (!QDir().mkdir(staging)) {
        const int err = errno;
        rollback();
        return Error::fromErrno(QStringLiteral("provision.write-failed"),
                                Tr::tr("A staging folder cannot be created in %1. Check that the image is mounted read-write.").arg(native(apps)),
                                err);
    }
    struct StagingGuard
    {
        QString path;
        ~StagingGuard() { QDir(path).removeRecursively(); }
    } guard{staging};
    info(context, QStringLiteral("Staging the packages in %1").arg(staging));

    // 1. Everything into the staging folder.
    ByteProgress progress(context, Tr::tr("Extracting packages"), prepared.totalBytes);
    QStringList staged;       // folder names under staging, moved into WindowsApps at the end
    QStringList reused;       // dependency folders already present in the image
    for (size_t i = 0; i < prepared.packages.size(); ++i) {
        const AppxPackage &pkg = prepared.packages[i];
        const QString name = plan.chosen[int(i)].fullName();
        if (QFileInfo::exists(QDir(apps).filePath(name))) {
            reused << name;
            info(context, QStringLiteral("%1 is already present in %2; kept as it is").arg(name, apps));
            progress.add(pkg.installedSize());
            continue;
        }
        if (cancelled(context)) {
            rollback();
            return Error::cancelled();
        }
        const Status s = pkg.extractTo(QDir(staging).filePath(name), &progress);
        if (!s.ok()) {
            rollback();
            return s.error();
        }
        staged << name;
        faultPoint("provision.during-extract");
    }
    if (prepared.bundle) {
        const QString name = prepared.bundle->identity().fullName();
        if (!QFileInfo::exists(QDir(apps).filePath(name))) {
            const Status s = prepared.bundle->extractFootprintTo(QDir(staging).filePath(name));
            if (!s.ok()) {
                rollback();
                return s.error();
            }
            staged << name;
        }
    }
    const QString appName = plan.application->fullName();
    if (!prepared.customDataPath.isEmpty()) {
        const QString target = QDir(staging).filePath(appName + QStringLiteral("/microsoft.system.package.metadata/Custom.dat"));
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(prepared.customDataPath, target)) {
            rollback();
            return Error::make(QStringLiteral("provision.write-failed"),
                               Tr::tr("The custom data file %1 could not be copied into the image.").arg(native(prepared.customDataPath)));
        }
    }
    const QString familyName = plan.application->manifest.identity.familyName();
    QString licenseTarget;
    const QString stagedLicense = QDir(staging).filePath(QStringLiteral("license.tmp"));
    if (!prepared.licensePath.isEmpty()) {
        QString ext = QFileInfo(prepared.licensePath).suffix();
        licenseTarget = QDir(licenseFolder()).filePath(familyName + (ext.isEmpty() ? QStringLiteral(".xml") : QLatin1Char('.') + ext));
        if (!QFile::copy(prepared.licensePath, stagedLicense)) {
            rollback();
            return Error::make(QStringLiteral("provision.write-failed"),
                               Tr::tr("The license file %1 could not be copied into the image.").arg(native(prepared.licensePath)));
        }
    }
    if (cancelled(context)) {
        rollback();
        return Error::cancelled();
    }

    faultPoint("provision.after-extract");
    // 2. New list and sidecar content, computed before anything moves.
    auto list = readList();
    if (!list) {
        rollback();
        return list.error();
    }
    auto sidecar = readSidecar();
    if (!sidecar) {
        rollback();
        return sidecar.error();
    }
    SidecarApp record;
    record.fullName = prepared.appEntryName;
    record.regions = prepared.request.regions ? prepared.request.regions->toString() : QString();
    record.stubPreference = prepared.request.stub == StubPreference::InstallStub ? QStringLiteral("installstub")
        : prepared.request.stub == StubPreference::InstallFull                  ? QStringLiteral("installfull")
                                                                                 : QString();
    record.customData = !prepared.customDataPath.isEmpty();
    record.provisionedAt = QDateTime::currentDateTimeUtc();
    record.decisions = plan.decisions;
    record.folders = staged;
    if (!licenseTarget.isEmpty())
        record.license = QDir(m_image.root()).relativeFilePath(licenseTarget);
    // Dependencies first (as Windows lists frameworks first), then the app.
    for (const CandidatePackage &c : plan.chosen) {
        if (c.role != CandidatePackage::Role::Dependency)
            continue;
        ProvisionedPackage p{c.fullName(), {{QStringLiteral("IsLOBApp"), QStringLiteral("true")}}};
        if (!list->contains(p.fullName))
            list->add(p);
        record.members << p.fullName;
    }
    if (prepared.bundle) {
        list->add(ProvisionedPackage{prepared.bundle->identity().fullName(), {{QStringLiteral("PackageType"), QStringLiteral("bundle")}}});
        record.members << prepared.bundle->identity().fullName();
    }
    for (const CandidatePackage &c : plan.chosen) {
        ProvisionedPackage p{c.fullName(), {}};
        if (c.role == CandidatePackage::Role::BundleApplication) {
            p.attributes = {{QStringLiteral("ProvisionSourceIsBundle"), QStringLiteral("true")}};
        } else if (c.role == CandidatePackage::Role::BundleResource) {
            p.attributes = {{QStringLiteral("ProvisionSourceIsBundle"), QStringLiteral("true")}, {QStringLiteral("PackageType"), QStringLiteral("resource")}};
        } else if (c.role != CandidatePackage::Role::Main) {
            continue;
        }
        list->add(p);
        record.members << p.fullName;
    }
    sidecar->put(record);

    // The journal lets the next locked operation on this image undo these steps if this process
    // is killed before AppxProvisioning.xml is written (recoverInterruptedCommits).
    {
        const QDir root(m_image.root());
        QJsonObject journal;
        journal.insert(QStringLiteral("app"), prepared.appEntryName);
        journal.insert(QStringLiteral("folders"), QJsonArray::fromStringList(staged));
        journal.insert(QStringLiteral("license"), licenseTarget.isEmpty() ? QString() : root.relativeFilePath(licenseTarget));
        const bool sidecarExisted = QFileInfo::exists(sidecarFile());
        journal.insert(QStringLiteral("sidecarExisted"), sidecarExisted);
        if (sidecarExisted) {
            QFile f(sidecarFile());
            if (!f.open(QIODevice::ReadOnly)) {
                rollback();
                return Error::make(QStringLiteral("provision.input-unreadable"), Tr::tr("%1 cannot be read.").arg(native(sidecarFile())), f.errorString());
            }
            journal.insert(QStringLiteral("sidecar"), QString::fromLatin1(f.readAll().toBase64()));
        }
        QStringList folders;
        if (!licenseTarget.isEmpty())
            folders << missingFolders(licenseFolder());
        folders << missingFolders(QFileInfo(sidecarFile()).absolutePath()) << missingFolders(QFileInfo(listFile()).absolutePath());
        // Deepest first over all chains (they can share parents), each once.
        folders.removeDuplicates();
        std::sort(folders.begin(), folders.end(), [](const QString &x, const QString &y) { return x.count(QLatin1Char('/')) > y.count(QLatin1Char('/')); });
        QStringList relative;
        for (const QString &f : std::as_const(folders))
            relative << root.relativeFilePath(f);
        journal.insert(QStringLiteral("createdFolders"), QJsonArray::fromStringList(relative));
        QSaveFile f(QDir(staging).filePath(kJournalFile));
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(journal).toJson()) < 0 || !f.commit()) {
            rollback();
            return Error::make(QStringLiteral("provision.write-failed"),
                               Tr::tr("The staging folder %1 cannot be written. Check free space.").arg(native(staging)), f.errorString());
        }
    }

    // 3. Move into place; from here on no cancellation, only rollback on failure.
    context ? context->progress(Tr::tr("Moving packages into place"), 0, quint64(staged.size())) : void();
    for (const QString &name : staged) {
        const QString from = QDir(staging).filePath(name);
        const QString to = QDir(apps).filePath(name);
        const Status s = renameOrFail(from, to);
        if (!s.ok()) {
            rollback();
            return s.error();
        }
        undo << [from, to] { ::rename(QFile::encodeName(to).constData(), QFile::encodeName(from).constData()); };
        faultPoint("provision.between-moves");
    }
    if (!licenseTarget.isEmpty()) {
        if (!mkpathTracked(licenseFolder(), createdDirs)) {
            const int err = errno;
            rollback();
            return Error::fromErrno(QStringLiteral("provision.write-failed"),
                                    Tr::tr("%1 cannot be created.").arg(native(licenseFolder())), err);
        }
        const QString backup = QDir(staging).filePath(QStringLiteral("license.old"));
        if (QFileInfo::exists(licenseTarget)) {
            if (const Status s = renameOrFail(licenseTarget, backup); !s.ok()) {
                rollback();
                return s.error();
            }
            undo << [licenseTarget, backup] { ::rename(QFile::encodeName(backup).constData(), QFile::encodeName(licenseTarget).constData()); };
        }
        const Status s = renameOrFail(stagedLicense, licenseTarget);
        if (!s.ok()) {
            rollback();
            return s.error();
        }
        undo << [licenseTarget] { QFile::remove(licenseTarget); };
    }
    faultPoint("provision.before-sidecar");
    const QString sidecarPath = sidecarFile();
    const bool hadSidecar = QFileInfo::exists(sidecarPath);
    QByteArray oldSidecar;
    if (hadSidecar) {
        QFile f(sidecarPath);
        if (f.open(QIODevice::ReadOnly))
            oldSidecar = f.readAll();
    }
    if (!mkpathTracked(QFileInfo(sidecarPath).absolutePath(), createdDirs)) {
        rollback();
        return Error::make(QStringLiteral("provision.write-failed"), Tr::tr("%1 cannot be created.").arg(native(QFileInfo(sidecarPath).absolutePath())));
    }
    if (const Status s = sidecar->save(sidecarPath); !s.ok()) {
        rollback();
        return s.error();
    }
    undo << [sidecarPath, hadSidecar, oldSidecar] {
        if (!hadSidecar) {
            QFile::remove(sidecarPath);
            return;
        }
        QSaveFile f(sidecarPath);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(oldSidecar);
            f.commit();
        }
    };
    faultPoint("provision.before-list");
    if (!mkpathTracked(QFileInfo(listFile()).absolutePath(), createdDirs)) {
        rollback();
        return Error::make(QStringLiteral("provision.write-failed"), Tr::tr("%1 cannot be created.").arg(native(QFileInfo(listFile()).absolutePath())));
    }
    if (const Status s = list->save(listFile()); !s.ok()) {
        rollback();
        return s.error();
    }
    faultPoint("provision.after-list");
    info(context, QStringLiteral("%1 provisioned: %2 package folder(s) written, %3 reused; %4 updated")
                      .arg(prepared.appEntryName)
                      .arg(staged.size())
                      .arg(reused.size())
                      .arg(listFile()));
    return {};
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
                           Tr::tr("Several provisioned apps are named %1; give the full package name shown by /Get-ProvisionedAppxPackages.").arg(packageName));
    return Error::make(QStringLiteral("provision.not-provisioned"),
                       Tr::tr("No app %1 is provisioned in this image. /Get-ProvisionedAppxPackages lists the provisioned apps.").arg(packageName));
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

Result<Provisioner::RemoveResult> Provisioner::remove(const QString &packageName, OperationContext *context) const
{
    auto list = readList();
    if (!list)
        return list.error();
    auto sidecar = readSidecar();
    if (!sidecar)
        return sidecar.error();
    const auto app = resolveApp(*list, packageName);
    if (!app)
        return app.error();
    RemoveResult result;
    auto decide = [&](const QString &package, bool included, const QString &reason) {
        const ProvisionDecision d{package, included, reason};
        result.decisions << d;
        logDecision(context, d);
    };
    const std::optional<SidecarApp> record = sidecar->find(app->fullName);

    // The app's own entries: the app, and for a bundle its inner packages and resource packs.
    QSet<QString> removing;
    removing.insert(app->fullName.toLower());
    decide(app->fullName, true, Tr::tr("the app asked for"));
    for (const ProvisionedPackage &p : list->packages()) {
        if (p.fullName.compare(app->fullName, Qt::CaseInsensitive) == 0)
            continue;
        if (app->isBundle() && (p.fromBundle() || p.isResource()) && p.packageName().compare(app->packageName(), Qt::CaseInsensitive) == 0) {
            removing.insert(p.fullName.toLower());
            decide(p.fullName, true, Tr::tr("package of the bundle %1").arg(app->fullName));
        }
    }
    // Dependencies that came with it: removed only when no other app needs them.
    QStringList candidates;
    if (record) {
        for (const QString &m : record->members) {
            if (!removing.contains(m.toLower()) && list->contains(m))
                candidates << m;
        }
    }
    if (!candidates.isEmpty()) {
        // What the remaining apps need: their installed manifests' dependencies, and other records.
        QList<PackageDependency> needed;
        QStringList unreadable;
        for (const ProvisionedPackage &p : list->packages()) {
            if (removing.contains(p.fullName.toLower()) || p.isBundle() || p.isResource() || candidates.contains(p.fullName, Qt::CaseInsensitive))
                continue;
            if (p.isLobFramework())
                continue; // frameworks do not depend on other packages
            const QString manifest = QDir(windowsAppsFolder()).filePath(p.fullName + QStringLiteral("/AppxManifest.xml"));
            QFile f(manifest);
            if (!f.open(QIODevice::ReadOnly)) {
                unreadable << p.fullName;
                continue;
            }
            const auto m = AppxManifest::parse(f.readAll(), manifest);
            if (!m) {
                unreadable << p.fullName;
                continue;
            }
            needed << m->dependencies;
        }
        QSet<QString> otherMembers;
        for (const SidecarApp &a : sidecar->apps()) {
            if (a.fullName.compare(app->fullName, Qt::CaseInsensitive) == 0)
                continue;
            for (const QString &m : a.members)
                otherMembers.insert(m.toLower());
        }
        for (const QString &c : candidates) {
            const auto id = ProvisionedIdentity::fromFullName(c);
            QString neededBy;
            for (const PackageDependency &d : needed) {
                if (id && d.name.compare(id->name, Qt::CaseInsensitive) == 0 && PackageIdentity::publisherIdOf(d.publisher) == id->publisherId) {
                    neededBy = d.name;
                    break;
                }
            }
            if (otherMembers.contains(c.toLower())) {
                decide(c, false, Tr::tr("dependency kept: another app provisioned with WimBench uses it"));
            } else if (!neededBy.isEmpty()) {
                decide(c, false, Tr::tr("dependency kept: another provisioned app depends on %1").arg(neededBy));
            } else if (!unreadable.isEmpty()) {
                decide(c, false, Tr::tr("dependency kept: the manifests of %1 cannot be read, so it is unknown whether they need it")
                                     .arg(unreadable.join(QStringLiteral(", "))));
            } else {
                removing.insert(c.toLower());
                decide(c, true, Tr::tr("dependency that came with %1 and that no other provisioned app needs").arg(app->fullName));
            }
        }
    }

    // Folders to delete; decided before anything changes.
    QStringList folders;
    for (const ProvisionedPackage &p : list->packages()) {
        if (!removing.contains(p.fullName.toLower()))
            continue;
        const QString folder = QDir(windowsAppsFolder()).filePath(p.fullName);
        if (QFileInfo(folder).isDir())
            folders << folder;
        result.removedEntries << p.fullName;
    }
    for (const QString &e : result.removedEntries)
        list->remove(e);
    sidecar->remove(app->fullName);

    // A journal first, so that the next locked operation finishes what a killed remove began once
    // the list was saved (recoverInterruptedCommits); then the list (atomically), so that a failure
    // later leaves only unreferenced folders.
    const QString journalPath = QDir(windowsAppsFolder()).filePath(OwnedTemporary::name(kRemovingPrefix, QStringLiteral(".json")));
    {
        QStringList names;
        for (const QString &f : std::as_const(folders))
            names << QFileInfo(f).fileName();
        QJsonObject journal;
        journal.insert(QStringLiteral("app"), app->fullName);
        journal.insert(QStringLiteral("folders"), QJsonArray::fromStringList(names));
        journal.insert(QStringLiteral("license"), record ? record->license : QString());
        QSaveFile f(journalPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(journal).toJson()) < 0 || !f.commit())
            return Error::make(QStringLiteral("provision.write-failed"),
                               Tr::tr("%1 cannot be written. Check that the image is writable and has free space.").arg(native(journalPath)),
                               f.errorString());
    }
    struct JournalGuard
    {
        QString path;
        ~JournalGuard() { QFile::remove(path); }
    } journalGuard{journalPath};
    WB_TRY(list->save(listFile()));
    faultPoint("remove.after-list");
    if (QFileInfo::exists(sidecarFile()))
        WB_TRY(sidecar->save(sidecarFile()));
    if (record && !record->license.isEmpty())
        QFile::remove(QDir(m_image.root()).filePath(record->license));
    int n = 0;
    for (const QString &folder : folders) {
        if (context)
            context->progress(Tr::tr("Removing package folders"), quint64(n++), quint64(folders.size()));
        // Rename first so that a half-deleted folder never carries a package's name.
        const QString trash = QFileInfo(folder).absolutePath() + QLatin1Char('/') + OwnedTemporary::name(kRemovingPrefix);
        const QString victim = ::rename(QFile::encodeName(folder).constData(), QFile::encodeName(trash).constData()) == 0 ? trash : folder;
        if (!QDir(victim).removeRecursively())
            return Error::make(QStringLiteral("provision.remove-failed"),
                               Tr::tr("The provisioning was removed, but the folder %1 could not be deleted completely. Delete it by hand.").arg(native(victim)));
        result.removedFolders << folder;
        faultPoint("remove.between-folders");
    }
    return result;
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
        return Error::make(QStringLiteral("provision.package-folder-missing"),
                           Tr::tr("%1 is provisioned but its folder %2 is missing, so custom data cannot be stored.").arg(app->fullName, native(folder)));
    const QString metadata = QDir(folder).filePath(QStringLiteral("microsoft.system.package.metadata"));
    QDir().mkpath(metadata);
    const QString target = QDir(metadata).filePath(QStringLiteral("Custom.dat"));
    QSaveFile f(target);
    if (!f.open(QIODevice::WriteOnly) || f.write(*data) != data->size() || !f.commit())
        return Error::make(QStringLiteral("provision.write-failed"),
                           Tr::tr("%1 could not be written; the previous custom data is unchanged.").arg(native(target)), f.errorString());
    auto sidecar = readSidecar();
    if (sidecar) {
        if (auto record = sidecar->find(app->fullName)) {
            record->customData = true;
            sidecar->put(*record);
            const Status s = sidecar->save(sidecarFile());
            if (!s.ok() && context)
                context->warning(s.error().oneLine());
        }
    }
    info(context, QStringLiteral("Custom data of %1 written to %2 (%3 bytes)").arg(app->fullName, target).arg(data->size()));
    return target;
}

} // namespace wb
