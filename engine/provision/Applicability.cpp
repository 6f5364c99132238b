#include "Applicability.h"

#include "LanguageTag.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace wb {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::Applicability)
};

constexpr quint32 FirstBuildWithX64OnArm64 = 22000;
constexpr quint32 FirstBuildWithoutArm32 = 26100;

QString buildText(const OfflineImage &image)
{
    return image.build() ? Tr::tr("this image is build %1").arg(*image.build()) : Tr::tr("the build of this image is unknown");
}

QString arch(PackageArchitecture a)
{
    return architectureName(a);
}

QString versionRangeText(const PackageDependency &d)
{
    return QStringLiteral("%1 >= %2").arg(d.name, d.minVersion.toString());
}

bool isFramework(const CandidatePackage &c)
{
    return c.manifest.framework;
}

} // namespace

std::optional<ProvisionedIdentity> ProvisionedIdentity::fromFullName(const QString &fullName)
{
    const QStringList parts = fullName.split(QLatin1Char('_'));
    if (parts.size() != 5 || parts[0].isEmpty())
        return std::nullopt;
    const auto version = PackageVersion::parse(parts[1]);
    const auto architecture = parseArchitecture(parts[2]);
    if (!version || !architecture || parts[2].isEmpty() || parts[4].isEmpty())
        return std::nullopt;
    return ProvisionedIdentity{parts[0], *version, *architecture, parts[3], parts[4].toLower(), fullName};
}

ImagePlatform ImagePlatform::of(const OfflineImage &image, const QString &installationType, std::optional<quint32> ubr)
{
    ImagePlatform p;
    // InstallationType is "Client", "Server" or "Server Core" (SOFTWARE\Microsoft\Windows NT\CurrentVersion).
    if (installationType.startsWith(QLatin1String("Server"), Qt::CaseInsensitive))
        p.family = QStringLiteral("Windows.Server");
    if (image.build()) {
        p.version = PackageVersion{10, 0, quint16(std::min<quint32>(*image.build(), 65535)), quint16(std::min<quint32>(ubr.value_or(0), 65535))};
        p.ubrKnown = ubr.has_value();
    }
    return p;
}

QString ImagePlatform::describe() const
{
    if (!version)
        return Tr::tr("%1 (build unknown)").arg(family);
    if (!ubrKnown)
        return QStringLiteral("%1 10.0.%2").arg(family).arg(version->build);
    return QStringLiteral("%1 %2").arg(family, version->toString());
}

namespace Applicability {

namespace {
/// Without the image's UBR only Major.Minor.Build are compared (a MinVersion revision never refuses).
bool versionReached(const ImagePlatform &platform, const PackageVersion &min)
{
    if (!platform.version)
        return true;
    PackageVersion have = *platform.version;
    if (!platform.ubrKnown)
        have.revision = 65535;
    return min <= have;
}
} // namespace

bool deviceFamilyApplies(const ImagePlatform &platform, const QList<TargetDeviceFamily> &families, QString *reason)
{
    auto say = [&](const QString &text) {
        if (reason)
            *reason = text;
    };
    if (families.isEmpty()) {
        say(Tr::tr("no TargetDeviceFamily (a Windows 8/8.1 package), which this %1 image runs").arg(platform.describe()));
        return true;
    }
    QStringList accepted{QStringLiteral("Windows.Universal"), QStringLiteral("Windows.Desktop"), platform.family};
    accepted.removeDuplicates();
    QStringList needs;
    const TargetDeviceFamily *tooNew = nullptr;
    for (const TargetDeviceFamily &f : families) {
        needs << QStringLiteral("%1 %2").arg(f.name, f.minVersion.toString());
        if (!accepted.contains(f.name, Qt::CaseInsensitive))
            continue;
        if (versionReached(platform, f.minVersion)) {
            say(Tr::tr("device family %1 %2 or later applies to this %3 image").arg(f.name, f.minVersion.toString(), platform.describe()));
            return true;
        }
        tooNew = &f;
    }
    if (tooNew)
        say(Tr::tr("it needs %1 %2 or later, and this image is %3").arg(tooNew->name, tooNew->minVersion.toString(), platform.describe()));
    else
        say(Tr::tr("it targets %1, and this image is %2 (it takes %3)")
                .arg(needs.join(QStringLiteral(", ")), platform.describe(), accepted.join(QStringLiteral(", "))));
    return false;
}

QString acceptedArchitectures(const OfflineImage &image)
{
    switch (image.cpu()) {
    case ImageCpu::X64: return Tr::tr("x64, x86 and neutral");
    case ImageCpu::X86: return Tr::tr("x86 and neutral");
    case ImageCpu::Arm: return Tr::tr("arm and neutral");
    case ImageCpu::Arm64:
        return Tr::tr("arm64, x86, neutral, x64 from build 22000 on and arm before build 26100");
    }
    return {};
}

bool architectureApplies(const OfflineImage &image, PackageArchitecture a, QString *reason)
{
    const QString cpu = imageCpuName(image.cpu());
    auto yes = [&] {
        if (reason)
            *reason = Tr::tr("architecture %1 applies to this %2 image").arg(arch(a), cpu);
        return true;
    };
    auto no = [&] {
        if (reason)
            *reason = Tr::tr("architecture %1 does not apply to this %2 image (it takes %3)").arg(arch(a), cpu, acceptedArchitectures(image));
        return false;
    };
    if (a == PackageArchitecture::Neutral)
        return yes();
    switch (image.cpu()) {
    case ImageCpu::X64:
        return a == PackageArchitecture::X64 || a == PackageArchitecture::X86 ? yes() : no();
    case ImageCpu::X86:
        return a == PackageArchitecture::X86 ? yes() : no();
    case ImageCpu::Arm:
        return a == PackageArchitecture::Arm ? yes() : no();
    case ImageCpu::Arm64:
        if (a == PackageArchitecture::Arm64 || a == PackageArchitecture::X86 || a == PackageArchitecture::X86OnArm64)
            return yes();
        if (a == PackageArchitecture::X64) {
            if (image.build() && *image.build() >= FirstBuildWithX64OnArm64)
                return yes();
            if (reason)
                *reason = Tr::tr("architecture x64 does not apply to this arm64 image: x64 apps run on arm64 only from build 22000 "
                                 "(Windows 11) on, and %1")
                              .arg(buildText(image));
            return false;
        }
        if (a == PackageArchitecture::Arm) {
            if (image.build() && *image.build() < FirstBuildWithoutArm32)
                return yes();
            if (reason)
                *reason = Tr::tr("architecture arm does not apply to this arm64 image: 32-bit Arm apps are not supported from build "
                                 "26100 (Windows 11 24H2) on, and %1")
                              .arg(buildText(image));
            return false;
        }
        return no();
    }
    return no();
}

int architectureRank(const OfflineImage &image, PackageArchitecture a)
{
    // Native first, then neutral, then what runs emulated (x64 before x86 on arm64, since x64
    // emulation is the better one from Windows 11 on; 32-bit arm last).
    QList<PackageArchitecture> order;
    switch (image.cpu()) {
    case ImageCpu::X64: order = {PackageArchitecture::X64, PackageArchitecture::Neutral, PackageArchitecture::X86}; break;
    case ImageCpu::X86: order = {PackageArchitecture::X86, PackageArchitecture::Neutral}; break;
    case ImageCpu::Arm: order = {PackageArchitecture::Arm, PackageArchitecture::Neutral}; break;
    case ImageCpu::Arm64:
        order = {PackageArchitecture::Arm64, PackageArchitecture::Neutral, PackageArchitecture::X64, PackageArchitecture::X86OnArm64,
                 PackageArchitecture::X86, PackageArchitecture::Arm};
        break;
    }
    const int i = order.indexOf(a);
    return i < 0 ? 100 : i;
}

namespace {

QString rankWord(const OfflineImage &image, PackageArchitecture a)
{
    const int r = architectureRank(image, a);
    if (r == 0)
        return Tr::tr("native");
    if (a == PackageArchitecture::Neutral)
        return Tr::tr("neutral");
    return Tr::tr("emulated");
}

// Resource pack rule. Returns included + reason.
std::pair<bool, QString> resourceRule(const OfflineImage &image, const CandidatePackage &c)
{
    QStringList languages, scales, levels;
    for (const PackageResource &r : c.resources) {
        if (!r.language.isEmpty())
            languages << r.language;
        if (r.scale)
            scales << QString::number(*r.scale);
        if (!r.dxFeatureLevel.isEmpty())
            levels << r.dxFeatureLevel;
    }
    if (!languages.isEmpty()) {
        for (const QString &l : languages) {
            for (const ImageLanguage &il : image.languages()) {
                if (LanguageTag::packMatches(l, il.tag))
                    return {true, Tr::tr("language pack %1: %2 is installed in the image (%3)")
                                      .arg(l, il.tag, il.sources.join(QStringLiteral("; ")))};
            }
        }
        const QStringList installed = image.languageTags();
        return {false, Tr::tr("language pack %1: no matching language is installed in the image (installed: %2)")
                           .arg(languages.join(QStringLiteral(", ")),
                                installed.isEmpty() ? Tr::tr("none found") : installed.join(QStringLiteral(", ")))};
    }
    if (!scales.isEmpty())
        return {true, Tr::tr("scale %1 pack: every scale pack is provisioned").arg(scales.join(QStringLiteral(", ")))};
    if (!levels.isEmpty())
        return {true, Tr::tr("DirectX feature level %1 pack: every DirectX feature level pack is provisioned").arg(levels.join(QStringLiteral(", ")))};
    return {true, Tr::tr("resource pack without language, scale or DirectX feature level: provisioned")};
}

QString stubChoiceText(StubPreference p)
{
    switch (p) {
    case StubPreference::InstallStub: return Tr::tr("/StubPackageOption:installstub");
    case StubPreference::InstallFull: return Tr::tr("/StubPackageOption:installfull");
    case StubPreference::Default: return Tr::tr("the default without /StubPackageOption");
    }
    return {};
}

} // namespace

ApplicabilityPlan decide(const OfflineImage &image, const ApplicabilityInput &input)
{
    ApplicabilityPlan plan;
    const ImagePlatform platform = input.platform.value_or(ImagePlatform::of(image));
    auto applies = [&](const CandidatePackage &c, QString *reason) {
        return architectureApplies(image, c.manifest.identity.architecture, reason)
            && deviceFamilyApplies(platform, c.manifest.targetDeviceFamilies, reason);
    };
    auto decideOne = [&](const QString &package, bool included, const QString &reason) {
        plan.decisions << ProvisionDecision{package, included, reason};
    };

    QList<CandidatePackage> mains, bundleApps, bundleResources, deps;
    for (const CandidatePackage &c : input.packages) {
        switch (c.role) {
        case CandidatePackage::Role::Main: mains << c; break;
        case CandidatePackage::Role::BundleApplication: bundleApps << c; break;
        case CandidatePackage::Role::BundleResource: bundleResources << c; break;
        case CandidatePackage::Role::Dependency: deps << c; break;
        }
    }

    // 1. The application package.
    if (input.bundle) {
        const QString bundleName = input.bundle->fullName();
        if (bundleApps.isEmpty()) {
            plan.error = Error::make(QStringLiteral("provision.no-application-package"),
                                     Tr::tr("The bundle %1 holds no application package, only resource packages, so there is no app to "
                                            "provision. Give the bundle that holds the app.")
                                         .arg(bundleName));
            return plan;
        }
        // Stub-aware bundles: keep the stub or the full packages.
        const bool anyStub = std::any_of(bundleApps.begin(), bundleApps.end(), [](const CandidatePackage &c) { return c.isStub; });
        const bool anyFull = std::any_of(bundleApps.begin(), bundleApps.end(), [](const CandidatePackage &c) { return !c.isStub; });
        plan.stubAware = anyStub;
        QList<CandidatePackage> pool;
        if (anyStub && anyFull) {
            const bool wantStub = input.stub == StubPreference::InstallStub;
            for (const CandidatePackage &c : bundleApps) {
                if (c.isStub == wantStub)
                    pool << c;
                else
                    decideOne(c.fullName(), false,
                              c.isStub ? Tr::tr("stub package: the full packages are provisioned (%1)").arg(stubChoiceText(input.stub))
                                       : Tr::tr("full package: the stub packages are provisioned (%1)").arg(stubChoiceText(input.stub)));
            }
        } else {
            pool = bundleApps;
        }
        std::optional<CandidatePackage> best;
        int bestRank = 1000;
        for (const CandidatePackage &c : pool) {
            if (!applies(c, nullptr))
                continue;
            const int r = architectureRank(image, c.manifest.identity.architecture);
            if (r < bestRank) {
                bestRank = r;
                best = c;
            }
        }
        for (const CandidatePackage &c : pool) {
            QString reason;
            const bool fits = applies(c, &reason);
            if (best && c.fullName() == best->fullName()) {
                decideOne(c.fullName(), true,
                          Tr::tr("application package for %1, the best of the bundle for this %2 image (%3)")
                              .arg(arch(c.manifest.identity.architecture), imageCpuName(image.cpu()),
                                   rankWord(image, c.manifest.identity.architecture)));
            } else if (fits) {
                decideOne(c.fullName(), false,
                          Tr::tr("application package for %1 applies, but the bundle's %2 package suits this %3 image better")
                              .arg(arch(c.manifest.identity.architecture), arch(best->manifest.identity.architecture), imageCpuName(image.cpu())));
            } else {
                decideOne(c.fullName(), false, Tr::tr("application package: %1").arg(reason));
            }
        }
        if (!best) {
            plan.error = Error::make(QStringLiteral("provision.not-applicable"),
                                     Tr::tr("The bundle %1 has no application package for this %2 image (it takes %3, on %4). Each "
                                            "decision names what a package needs.")
                                         .arg(bundleName, imageCpuName(image.cpu()), acceptedArchitectures(image), platform.describe()));
            return plan;
        }
        plan.application = best;
        plan.chosen << *best;
        for (const CandidatePackage &c : bundleResources) {
            const auto [included, reason] = resourceRule(image, c);
            decideOne(c.fullName(), included, reason);
            if (included)
                plan.chosen << c;
        }
    } else {
        if (mains.isEmpty()) {
            plan.error = Error::make(QStringLiteral("provision.no-application-package"), Tr::tr("No app package was given."));
            return plan;
        }
        const CandidatePackage &m = mains.first();
        QString reason;
        if (m.manifest.resourcePackage) {
            plan.error = Error::make(QStringLiteral("provision.no-application-package"),
                                     Tr::tr("%1 is a resource package, not an app. Give the app's package or bundle.").arg(m.fullName()));
            return plan;
        }
        if (m.manifest.framework) {
            decideOne(m.fullName(), false, Tr::tr("main package: a framework package, not an app"));
            plan.error = Error::make(QStringLiteral("provision.framework-as-main"),
                                     Tr::tr("%1 is a framework package (<Framework>true</Framework>), not an app: Windows provisions "
                                            "frameworks only as dependencies of an app. Give the app as the package and this one with "
                                            "/DependencyPackagePath.")
                                         .arg(m.fullName()));
            return plan;
        }
        if (!architectureApplies(image, m.manifest.identity.architecture, &reason)) {
            decideOne(m.fullName(), false, Tr::tr("main package: %1").arg(reason));
            plan.error = Error::make(QStringLiteral("provision.not-applicable"),
                                     Tr::tr("The package %1 cannot be provisioned: its %2.").arg(m.fullName(), reason));
            return plan;
        }
        QString familyReason;
        if (!deviceFamilyApplies(platform, m.manifest.targetDeviceFamilies, &familyReason)) {
            decideOne(m.fullName(), false, Tr::tr("main package: %1").arg(familyReason));
            plan.error = Error::make(QStringLiteral("provision.device-family-not-applicable"),
                                     Tr::tr("The package %1 cannot be provisioned: %2.").arg(m.fullName(), familyReason));
            return plan;
        }
        decideOne(m.fullName(), true, Tr::tr("main package: %1; %2").arg(reason, familyReason));
        plan.application = m;
        plan.chosen << m;
    }

    // 2. Dependency packages: architecture, then the newest per framework major version.
    QList<CandidatePackage> applicableDeps;
    for (const CandidatePackage &d : deps) {
        QString reason;
        if (!architectureApplies(image, d.manifest.identity.architecture, &reason)) {
            decideOne(d.fullName(), false, Tr::tr("dependency package: %1; skipped, not an error").arg(reason));
            continue;
        }
        applicableDeps << d;
    }
    auto groupKey = [](const CandidatePackage &c) {
        const PackageIdentity &i = c.manifest.identity;
        return QStringLiteral("%1|%2|%3|%4").arg(i.name.toLower(), i.publisherId(), arch(i.architecture)).arg(i.version.major);
    };
    QHash<QString, PackageVersion> newest;
    QHash<QString, int> groupSize;
    for (const CandidatePackage &d : applicableDeps) {
        if (!isFramework(d))
            continue;
        const QString k = groupKey(d);
        groupSize[k] += 1;
        if (!newest.contains(k) || d.manifest.identity.version > newest.value(k))
            newest.insert(k, d.manifest.identity.version);
    }
    QSet<QString> seen;
    for (const CandidatePackage &d : applicableDeps) {
        const PackageIdentity &i = d.manifest.identity;
        if (seen.contains(d.fullName())) {
            decideOne(d.fullName(), false, Tr::tr("dependency package given more than once; provisioned once"));
            continue;
        }
        seen.insert(d.fullName());
        QString reason;
        architectureApplies(image, i.architecture, &reason);
        if (isFramework(d)) {
            const QString k = groupKey(d);
            if (i.version < newest.value(k)) {
                decideOne(d.fullName(), false,
                          Tr::tr("framework %1 %2 is older than %3, also given; only the newest version of a framework major version (%4) "
                                 "is provisioned")
                              .arg(i.name, i.version.toString(), newest.value(k).toString())
                              .arg(i.version.major));
                continue;
            }
            if (groupSize.value(k) > 1)
                reason += Tr::tr("; newest given version of framework %1 major version %2").arg(i.name).arg(i.version.major);
        }
        bool already = false;
        for (const ProvisionedIdentity &p : input.provisioned) {
            if (p.fullName.compare(d.fullName(), Qt::CaseInsensitive) == 0)
                already = true;
        }
        if (already) {
            decideOne(d.fullName(), false, Tr::tr("dependency package is already provisioned in the image; left as it is"));
            continue;
        }
        decideOne(d.fullName(), true, Tr::tr("dependency package: %1").arg(reason));
        plan.chosen << d;
    }

    // 3. Every PackageDependency of the application package is met.
    const CandidatePackage &app = *plan.application;
    const PackageArchitecture appArch = app.manifest.identity.architecture;
    auto archFits = [&](PackageArchitecture a) {
        if (!architectureApplies(image, a, nullptr))
            return false;
        return a == PackageArchitecture::Neutral || appArch == PackageArchitecture::Neutral || a == appArch;
    };
    QStringList unmet;
    for (const PackageDependency &dep : app.manifest.dependencies) {
        const QString pid = PackageIdentity::publisherIdOf(dep.publisher);
        QString metBy, how;
        for (const CandidatePackage &c : plan.chosen) {
            if (c.role != CandidatePackage::Role::Dependency)
                continue;
            const PackageIdentity &i = c.manifest.identity;
            if (i.name.compare(dep.name, Qt::CaseInsensitive) == 0 && i.publisherId() == pid && i.version >= dep.minVersion
                && archFits(i.architecture)) {
                metBy = c.fullName();
                how = Tr::tr("given with the dependency packages");
                break;
            }
        }
        if (metBy.isEmpty()) {
            for (const ProvisionedIdentity &p : input.provisioned) {
                if (p.name.compare(dep.name, Qt::CaseInsensitive) == 0 && p.publisherId == pid && p.version >= dep.minVersion
                    && archFits(p.architecture)) {
                    metBy = p.fullName;
                    how = Tr::tr("already provisioned in the image");
                    break;
                }
            }
        }
        if (!metBy.isEmpty()) {
            decideOne(versionRangeText(dep), true, Tr::tr("dependency of %1 met by %2 (%3)").arg(app.fullName(), metBy, how));
        } else if (dep.optional) {
            decideOne(versionRangeText(dep), false, Tr::tr("optional dependency of %1 not given and not provisioned; the app does not "
                                                           "need it to install")
                                                        .arg(app.fullName()));
        } else {
            decideOne(versionRangeText(dep), false,
                      Tr::tr("dependency of %1 not met: no given or provisioned %2 package of publisher %3, version %4 or later, "
                             "for %5")
                          .arg(app.fullName(), dep.name, dep.publisher, dep.minVersion.toString(),
                               appArch == PackageArchitecture::Neutral ? acceptedArchitectures(image)
                                                                       : Tr::tr("%1 or neutral").arg(arch(appArch))));
            unmet << Tr::tr("%1 (version %2 or later, publisher %3)").arg(dep.name, dep.minVersion.toString(), dep.publisher);
        }
    }
    if (!unmet.isEmpty()) {
        plan.error = Error::make(QStringLiteral("provision.dependency-missing"),
                                 Tr::tr("%1 needs %2, which is neither given nor provisioned in the image. Add it with "
                                        "/DependencyPackagePath.")
                                     .arg(app.fullName(), unmet.join(Tr::tr(" and "))));
    }
    return plan;
}

} // namespace Applicability
} // namespace wb
