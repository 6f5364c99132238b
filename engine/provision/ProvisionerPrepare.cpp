// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Provisioner::prepare: opens every input of /Add-ProvisionedAppxPackage and applies the rules.
#include "Provisioner.h"
#include "ProvisionSupport.h"

#include "appx/PackagePath.h"
#include "core/Operation.h"
#include "registry/Hive.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace wb {
using namespace ProvisionSupport;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::Provisioner)
};


bool isPackageFile(const QString &name)
{
    const QString l = name.toLower();
    return l.endsWith(QLatin1String(".appx")) || l.endsWith(QLatin1String(".msix")) || l.endsWith(QLatin1String(".appxbundle"))
        || l.endsWith(QLatin1String(".msixbundle"));
}

bool isBundleFile(const QString &name)
{
    return name.toLower().endsWith(QLatin1String("bundle"));
}

struct FolderContents
{
    QStringList bundles, packages, licenses;
};

/// The packages and license files of a /FolderPath folder (sorted), refusing links that lead out.
Result<FolderContents> scanFolder(const QString &folder)
{
    FolderContents c;
    // Links to folders are not followed (QDirIterator without FollowSymlinks). A file that is a
    // link leading out of the folder is refused: a folder unpacked from an archive could otherwise
    // copy /etc/shadow into the image as the app's license.
    const QString inside = QFileInfo(folder).canonicalFilePath() + QLatin1Char('/');
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        const QString n = it.fileName();
        const bool license = n.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive) && n.contains(QLatin1String("license"), Qt::CaseInsensitive);
        if ((isPackageFile(n) || license) && it.fileInfo().isSymLink() && !it.fileInfo().canonicalFilePath().startsWith(inside))
            return Error::make(QStringLiteral("provision.folder-symlink"),
                               Tr::tr("The app folder %1 contains %2, a symbolic link to %3 outside the folder.")
                                   .arg(folder, p, it.fileInfo().symLinkTarget()))
                .withRemedy(Remedy::Kind::NameLinkedFile);
        if (isPackageFile(n))
            (isBundleFile(n) ? c.bundles : c.packages) << p;
        else if (license)
            c.licenses << p;
    }
    c.bundles.sort();
    c.packages.sort();
    return c;
}

/// Sorts a folder's packages: frameworks and resource packs are dependencies, optional and
/// modification packages (MainPackageDependency) go with /OptionalPackagePath, the rest are apps.
Result<QStringList> sortFolderPackages(ProvisionRequest &request, const QStringList &packages)
{
    QStringList apps;
    for (const QString &p : packages) {
        auto pkg = AppxPackage::open(p);
        if (!pkg)
            return pkg.error();
        const AppxManifest &m = pkg->manifest();
        if (m.framework || m.resourcePackage)
            request.dependencyPaths << p;
        else if (m.isOptional())
            request.optionalPaths << p;
        else
            apps << p;
    }
    return apps;
}

/// Without a bundle: the one app package among `packages`; the others are dependencies or optional.
Status pickAppPackage(ProvisionRequest &request, const QStringList &packages)
{
    auto apps = sortFolderPackages(request, packages);
    if (!apps)
        return apps.error();
    if (apps->size() != 1)
        return Error::make(QStringLiteral("provision.folder-ambiguous"),
                           apps->isEmpty()
                               ? Tr::tr("%1 holds no app package or bundle.").arg(request.folderPath)
                               : Tr::tr("%1 holds several app packages (%2).").arg(request.folderPath, apps->join(QStringLiteral(", "))))
            .withRemedy(apps->isEmpty() ? Remedy::Kind::GiveApp : Remedy::Kind::OneAppPerFolder);
    request.packagePath = apps->first();
    return {};
}

/// /FolderPath: the folder holds the main package (or bundle), dependencies and license.
Status resolveFolder(ProvisionRequest &request)
{
    if (!QFileInfo(request.folderPath).isDir())
        return Error::make(QStringLiteral("provision.input-unreadable"),
                           Tr::tr("The app folder %1 is not a folder.").arg(request.folderPath))
            .withRemedy(Remedy::Kind::GiveApp);
    const PackageFormat f = PackagePath::detectFormat(request.folderPath);
    if (f == PackageFormat::Folder || f == PackageFormat::BundleFolder) {
        request.packagePath = request.folderPath;
        return {};
    }
    auto c = scanFolder(request.folderPath);
    if (!c)
        return c.error();
    if (c->bundles.size() > 1)
        return Error::make(QStringLiteral("provision.folder-ambiguous"),
                           Tr::tr("%1 holds several bundles (%2).").arg(request.folderPath, c->bundles.join(QStringLiteral(", "))))
            .withRemedy(Remedy::Kind::OneAppPerFolder);
    if (c->bundles.size() == 1) {
        request.packagePath = c->bundles.first();
        auto apps = sortFolderPackages(request, c->packages);
        if (!apps)
            return apps.error();
        request.dependencyPaths << *apps; // beside a bundle, any other package is offered as a dependency
    } else {
        WB_TRY(pickAppPackage(request, c->packages));
    }
    if (request.licensePath.isEmpty() && !request.skipLicense && c->licenses.size() == 1)
        request.licensePath = c->licenses.first();
    else if (request.licensePath.isEmpty() && !request.skipLicense && c->licenses.size() > 1)
        return Error::make(QStringLiteral("provision.folder-ambiguous"),
                           Tr::tr("%1 holds several license files (%2).").arg(request.folderPath, c->licenses.join(QStringLiteral(", "))))
            .withRemedy(Remedy::Kind::ChooseLicense);
    return {};
}

/// The parameters' own rules, then /FolderPath, then the license and custom data files.
Status resolveRequest(ProvisionRequest &request)
{
    if (request.packagePath.isEmpty() == request.folderPath.isEmpty())
        return Error::make(QStringLiteral("usage.package-source"),
                           request.packagePath.isEmpty() ? Tr::tr("No app was given.")
                                                         : Tr::tr("Both an app package and an app folder were given."))
            .withRemedy(request.packagePath.isEmpty() ? Remedy::Kind::GiveApp : Remedy::Kind::PackageOrFolder);
    if (request.skipLicense && !request.licensePath.isEmpty())
        return Error::make(QStringLiteral("usage.license"), Tr::tr("Both a license file and \"no license\" were given."))
            .withRemedy(Remedy::Kind::LicenseOrSkip);
    if (!request.folderPath.isEmpty())
        WB_TRY(resolveFolder(request));
    if (!request.skipLicense && request.licensePath.isEmpty())
        return Error::make(QStringLiteral("usage.license"), Tr::tr("A license is required, and none was given."))
            .withRemedy(Remedy::Kind::LicenseRequired);
    if (!request.licensePath.isEmpty())
        WB_TRY(readSmallFile(request.licensePath, Tr::tr("license file")));
    if (!request.customDataPath.isEmpty())
        WB_TRY(readSmallFile(request.customDataPath, Tr::tr("custom data file")));
    return {};
}

/// Appends `pkg` to the candidates and the opened packages.
void offer(ApplicabilityInput &input, std::vector<AppxPackage> &opened, AppxPackage &&pkg, CandidatePackage c)
{
    c.manifest = pkg.manifest();
    c.inputIndex = int(opened.size());
    input.packages << c;
    opened.push_back(std::move(pkg));
}

/// The bundle's entries as candidates.
Result<AppxBundle> openBundle(const QString &path, ApplicabilityInput &input, std::vector<AppxPackage> &opened, OperationContext *context)
{
    auto bundle = AppxBundle::open(path);
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
        c.resources = e.resources;
        c.isStub = e.isStub;
        c.origin = pkg->displayName();
        offer(input, opened, std::move(*pkg), c);
    }
    return bundle;
}

/// A single package (the main package or a dependency) as a candidate.
Status openSingle(const QString &path, CandidatePackage::Role role, ApplicabilityInput &input, std::vector<AppxPackage> &opened)
{
    auto pkg = AppxPackage::open(path);
    if (!pkg)
        return pkg.error();
    CandidatePackage c;
    c.role = role;
    c.resources = pkg->manifest().resources;
    c.origin = path;
    offer(input, opened, std::move(*pkg), c);
    return {};
}

/// /DependencyPackagePath or /OptionalPackagePath packages: single packages, each of its kind.
Status openExtras(const QStringList &paths, CandidatePackage::Role role, ApplicabilityInput &input, std::vector<AppxPackage> &opened,
                  OperationContext *context)
{
    const bool dependency = role == CandidatePackage::Role::Dependency;
    for (const QString &d : paths) {
        if (cancelled(context))
            return Error::cancelled();
        const PackageFormat df = PackagePath::detectFormat(d);
        if (df == PackageFormat::Bundle || df == PackageFormat::BundleFolder)
            return dependency
                ? Error::make(QStringLiteral("provision.dependency-is-bundle"),
                              Tr::tr("The dependency %1 is a bundle; dependency packages are single packages (.appx, .msix), usually "
                                     "frameworks such as Microsoft.VCLibs.")
                                  .arg(d))
                : Error::make(QStringLiteral("provision.optional-is-bundle"),
                              Tr::tr("The optional package %1 is a bundle; WimBench takes optional packages as single packages "
                                     "(.appx, .msix). Give the package of the bundle that fits the image.")
                                  .arg(d));
        WB_TRY(openSingle(d, role, input, opened));
        const AppxManifest &m = input.packages.last().manifest;
        if (dependency && m.isOptional())
            return Error::make(QStringLiteral("provision.optional-as-dependency"),
                               Tr::tr("%1 is an optional package of %2 (it has a MainPackageDependency), not a dependency.")
                                   .arg(d, m.mainPackageDependencies.first().name))
                .withRemedy(Remedy::Kind::AddOptionalPackage, {d, m.mainPackageDependencies.first().name});
    }
    return {};
}
} // namespace

Status Provisioner::openInputs(PreparedProvisioning &prepared, ApplicabilityInput &input, std::vector<AppxPackage> &opened,
                               OperationContext *context)
{
    const ProvisionRequest &request = prepared.request;
    const PackageFormat format = PackagePath::detectFormat(request.packagePath);
    if (format == PackageFormat::Unknown)
        return Error::make(QStringLiteral("provision.input-unreadable"),
                           Tr::tr("%1 is not an app package, bundle or unpacked package folder (.appx, .msix, .appxbundle, .msixbundle, "
                                  "or a folder with AppxManifest.xml).")
                               .arg(request.packagePath));
    if (context)
        context->progress(Tr::tr("Reading packages"), 0, 0);
    if (format == PackageFormat::Bundle || format == PackageFormat::BundleFolder) {
        auto bundle = openBundle(request.packagePath, input, opened, context);
        if (!bundle)
            return bundle.error();
        prepared.bundle = std::move(*bundle);
    } else {
        WB_TRY(openSingle(request.packagePath, CandidatePackage::Role::Main, input, opened));
    }
    WB_TRY(openExtras(request.dependencyPaths, CandidatePackage::Role::Dependency, input, opened, context));
    return openExtras(request.optionalPaths, CandidatePackage::Role::Optional, input, opened, context);
}

Status Provisioner::planRegistry(PreparedProvisioning &prepared) const
{
    ApplicabilityPlan &plan = prepared.plan;
    const PackageIdentity appId = prepared.bundle ? prepared.bundle->identity() : plan.application->manifest.identity;
    prepared.appFamily = appId.familyName();
    prepared.hivePath = hiveFile();
    if (prepared.hivePath.isEmpty()) {
        plan.decisions << ProvisionDecision::make(QStringLiteral("AppxAllUserStore"), false,
                                                  DecisionText("registry.no-hive", {AllUserStore::hiveRelativePath()}));
        return {};
    }
    // Read now so that a damaged hive refuses the add before anything is written (the handle the
    // facts parsed, through the command's HiveCache).
    auto hive = softwareHive(Hive::Mode::ReadOnly);
    if (!hive)
        return hive.error();
    QList<AllUserStorePackage> set;
    if (prepared.bundle)
        set << AllUserStorePackage{appId.fullName(), appId.familyName(), true};
    for (const CandidatePackage &c : plan.chosen)
        set << AllUserStorePackage{c.fullName(), c.manifest.identity.familyName(), false};
    prepared.registryKeys = AllUserStore::keysForAdd({appId.fullName(), appId.familyName(), bool(prepared.bundle)}, plan.metBy + plan.optional, set);
    for (const AllUserStoreKey &k : std::as_const(prepared.registryKeys))
        plan.decisions << ProvisionDecision::make(k.key, true, DecisionText("registry.key", {k.path}));
    auto deprovisioned = (*hive)->findKey(AllUserStore::deprovisionedKey(prepared.appFamily));
    if (!deprovisioned)
        return deprovisioned.error();
    if (*deprovisioned)
        plan.decisions << ProvisionDecision::make(AllUserStore::deprovisionedKey(prepared.appFamily), false,
                                                  DecisionText::code("registry.clear-deprovisioned"));
    return {};
}

Result<PreparedProvisioning> Provisioner::prepare(const ProvisionRequest &request, OperationContext *context,
                                                  QList<ProvisionDecision> *decisions) const
{
    auto opened = openRequest(request, context);
    if (!opened)
        return opened.error();
    return prepare(std::move(*opened), context, decisions);
}

Result<OpenedRequest> Provisioner::openRequest(const ProvisionRequest &request, OperationContext *context)
{
    OpenedRequest o;
    PreparedProvisioning &prepared = o.prepared;
    prepared.request = request;
    WB_TRY(resolveRequest(prepared.request));
    prepared.licensePath = prepared.request.licensePath;
    prepared.customDataPath = prepared.request.customDataPath;
    o.input.stub = prepared.request.stub;
    WB_TRY(openInputs(prepared, o.input, o.opened, context));
    return o;
}

Result<PreparedProvisioning> Provisioner::prepare(OpenedRequest &&o, OperationContext *context, QList<ProvisionDecision> *decisions) const
{
    PreparedProvisioning prepared = std::move(o.prepared);
    ApplicabilityInput &input = o.input;
    std::vector<AppxPackage> &opened = o.opened; // parallel to input.packages
    auto list = readList();
    if (!list)
        return list.error();
    WB_TRY(readSidecar());

    // TargetDeviceFamily is judged against the image's own family and 10.0.<build>.<UBR>: its
    // SOFTWARE hive's InstallationType (Server -> Windows.Server) and UBR, when it has one.
    input.platform = ImagePlatform::of(m_image);
    if (context)
        context->decision(QStringLiteral("Image platform for TargetDeviceFamily: %1 (installation type: %2; UBR: %3)")
                              .arg(input.platform->describe().toEnglish(),
                                   m_image.hiveFacts().installationType ? m_image.hiveFacts().installationType->source : QStringLiteral("unknown, Windows.Desktop assumed"),
                                   m_image.ubr() ? m_image.ubrSource() : QStringLiteral("unknown, the revision is not compared")));
    for (const ProvisionedPackage &p : list->packages()) {
        if (const auto id = ProvisionedIdentity::fromFullName(p.fullName))
            input.provisioned << *id;
    }

    prepared.appEntryName = input.bundle ? input.bundle->fullName() : input.packages.first().fullName();
    if (const auto existing = list->find(prepared.appEntryName))
        return Error::make(QStringLiteral("provision.already-provisioned"),
                           Tr::tr("%1 is already provisioned in this image.").arg(existing->fullName))
            .withRemedy(Remedy::Kind::RemoveProvisionedFirst, {existing->fullName});
    if (context && prepared.request.regions)
        context->decision(QStringLiteral("Regions: %1 (kept in %2)").arg(prepared.request.regions->toString(), ProvisioningSidecar::relativePath()));
    prepared.plan = Applicability::decide(m_image, input);
    if (!prepared.plan.error)
        WB_TRY(planTrust(prepared, opened));
    if (!prepared.plan.error)
        WB_TRY(planRegistry(prepared));
    for (const ProvisionDecision &d : prepared.plan.decisions)
        logDecision(context, d);
    if (decisions)
        *decisions = prepared.plan.decisions;
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
                               .arg(appFolder, prepared.plan.application->fullName()));
    return prepared;
}

} // namespace wb
