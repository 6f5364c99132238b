// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
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

DecisionText buildText(const OfflineImage &image)
{
    return image.build() ? DecisionText("build.known", {QString::number(*image.build())}) : DecisionText::code("build.unknown");
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

ImagePlatform ImagePlatform::of(const OfflineImage &image)
{
    const std::optional<HiveFact> &type = image.hiveFacts().installationType;
    return of(image, type ? type->value : QString(), image.ubr());
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

DecisionText ImagePlatform::describe() const
{
    if (!version)
        return DecisionText("platform.build-unknown", {family});
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

bool deviceFamilyApplies(const ImagePlatform &platform, const QList<TargetDeviceFamily> &families, DecisionText *reason)
{
    auto say = [&](const DecisionText &text) {
        if (reason)
            *reason = text;
    };
    if (families.isEmpty()) {
        say(DecisionText("family.none", {platform.describe()}));
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
            say(DecisionText("family.applies", {f.name, f.minVersion.toString(), platform.describe()}));
            return true;
        }
        tooNew = &f;
    }
    if (tooNew)
        say(DecisionText("family.too-new", {tooNew->name, tooNew->minVersion.toString(), platform.describe()}));
    else
        say(DecisionText("family.other", {needs.join(QStringLiteral(", ")), platform.describe(), accepted.join(QStringLiteral(", "))}));
    return false;
}

DecisionText acceptedArchitectures(const OfflineImage &image)
{
    switch (image.cpu()) {
    case ImageCpu::X64: return DecisionText::code("archs.x64");
    case ImageCpu::X86: return DecisionText::code("archs.x86");
    case ImageCpu::Arm: return DecisionText::code("archs.arm");
    case ImageCpu::Arm64: return DecisionText::code("archs.arm64");
    }
    return {};
}

bool architectureApplies(const OfflineImage &image, PackageArchitecture a, DecisionText *reason)
{
    const QString cpu = imageCpuName(image.cpu());
    auto yes = [&] {
        if (reason)
            *reason = DecisionText("arch.applies", {arch(a), cpu});
        return true;
    };
    auto no = [&] {
        if (reason)
            *reason = DecisionText("arch.not-applies", {arch(a), cpu, acceptedArchitectures(image)});
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
                *reason = DecisionText("arch.x64-on-old-arm64", {buildText(image)});
            return false;
        }
        if (a == PackageArchitecture::Arm) {
            if (image.build() && *image.build() < FirstBuildWithoutArm32)
                return yes();
            if (reason)
                *reason = DecisionText("arch.arm-on-new-arm64", {buildText(image)});
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

DecisionText rankWord(const OfflineImage &image, PackageArchitecture a)
{
    const int r = architectureRank(image, a);
    if (r == 0)
        return DecisionText::code("rank.native");
    if (a == PackageArchitecture::Neutral)
        return DecisionText::code("rank.neutral");
    return DecisionText::code("rank.emulated");
}

// Resource pack rule. Returns included + reason.
std::pair<bool, DecisionText> resourceRule(const OfflineImage &image, const CandidatePackage &c)
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
                    return {true, DecisionText("resource.language-installed", {l, il.tag, il.sources.join(QStringLiteral("; "))})};
            }
        }
        const QStringList installed = image.languageTags();
        return {false, DecisionText("resource.language-missing",
                                    {languages.join(QStringLiteral(", ")),
                                     installed.isEmpty() ? DecisionText::code("resource.none-found") : DecisionText(installed.join(QStringLiteral(", ")))})};
    }
    if (!scales.isEmpty())
        return {true, DecisionText("resource.scale", {scales.join(QStringLiteral(", "))})};
    if (!levels.isEmpty())
        return {true, DecisionText("resource.dx", {levels.join(QStringLiteral(", "))})};
    return {true, DecisionText::code("resource.other")};
}

DecisionText stubChoiceText(StubPreference p)
{
    switch (p) {
    case StubPreference::InstallStub: return DecisionText::code("stub.installstub");
    case StubPreference::InstallFull: return DecisionText::code("stub.installfull");
    case StubPreference::Default: break;
    }
    return DecisionText::code("stub.default");
}

} // namespace

namespace {
void decideOne(ApplicabilityPlan &plan, const QString &package, bool included, const DecisionText &reason)
{
    plan.decisions << ProvisionDecision::make(package, included, reason);
}

/// A package that needs its main package (optional or modification) given as the app: refused
/// with the advice to give the main package and this one as an optional package. The remedy
/// carries the main package's name, or "" for a modification package that names no
/// MainPackageDependency (the front ends then word "the app it modifies"): remedy arguments are
/// data, never translated text.
bool refuseNeedsMain(const CandidatePackage &m, ApplicabilityPlan &plan)
{
    const AppxManifest &mf = m.manifest;
    if (!mf.isOptional() && !mf.modificationPackage)
        return false;
    const QString mainName = mf.isOptional() ? mf.mainPackageDependencies.first().name : QString();
    const DecisionText main = mf.isOptional() ? DecisionText(mainName) : DecisionText::code("main.any-app");
    decideOne(plan, m.fullName(), false, DecisionText(mf.modificationPackage ? "main.modification" : "main.optional", {main}));
    if (mf.modificationPackage)
        plan.error =
            Error::make(QStringLiteral("provision.modification-as-main"),
                        Tr::tr("%1 is a modification package (rescap6:ModificationPackage) for %2: it changes that app and is never "
                               "installed alone.")
                            .arg(m.fullName(), main.toString()))
                .withRemedy(Remedy::Kind::AddOptionalPackage, {m.fullName(), mainName});
    else
        plan.error = Error::make(QStringLiteral("provision.optional-as-main"),
                                 Tr::tr("%1 is an optional package of %2 (MainPackageDependency): Windows installs it only together with "
                                        "its main package.")
                                     .arg(m.fullName(), main.toString()))
                         .withRemedy(Remedy::Kind::AddOptionalPackage, {m.fullName(), mainName});
    return true;
}

/// Step 1 without a bundle: the main package itself, if it is an app that applies.
bool chooseMain(const OfflineImage &image, const ImagePlatform &platform, const QList<CandidatePackage> &mains, ApplicabilityPlan &plan)
{
    if (mains.isEmpty()) {
        plan.error = Error::make(QStringLiteral("provision.no-application-package"), Tr::tr("No app package was given."));
        return false;
    }
    const CandidatePackage &m = mains.first();
    DecisionText reason;
    if (m.manifest.resourcePackage) {
        plan.error = Error::make(QStringLiteral("provision.no-application-package"),
                                 Tr::tr("%1 is a resource package, not an app. Give the app's package or bundle.").arg(m.fullName()));
        return false;
    }
    if (refuseNeedsMain(m, plan))
        return false;
    if (m.manifest.framework) {
        decideOne(plan, m.fullName(), false, DecisionText::code("main.framework"));
        plan.error = Error::make(QStringLiteral("provision.framework-as-main"),
                                 Tr::tr("%1 is a framework package (<Framework>true</Framework>), not an app: Windows provisions "
                                        "frameworks only as dependencies of an app.")
                                     .arg(m.fullName()))
                         .withRemedy(Remedy::Kind::AddDependencyPackage, {m.fullName()});
        return false;
    }
    if (!architectureApplies(image, m.manifest.identity.architecture, &reason)) {
        decideOne(plan, m.fullName(), false, DecisionText("main.package", {reason}));
        plan.error = Error::make(QStringLiteral("provision.not-applicable"),
                                 Tr::tr("The package %1 cannot be provisioned: its %2.").arg(m.fullName(), reason.toString()));
        return false;
    }
    DecisionText familyReason;
    if (!deviceFamilyApplies(platform, m.manifest.targetDeviceFamilies, &familyReason)) {
        decideOne(plan, m.fullName(), false, DecisionText("main.package", {familyReason}));
        plan.error = Error::make(QStringLiteral("provision.device-family-not-applicable"),
                                 Tr::tr("The package %1 cannot be provisioned: %2.").arg(m.fullName(), familyReason.toString()));
        return false;
    }
    decideOne(plan, m.fullName(), true, DecisionText("main.package-family", {reason, familyReason}));
    plan.application = m;
    plan.chosen << m;
    return true;
}

/// Step 1: the application package (the main package, or the best of the bundle with its resource
/// packs). False when the request cannot be met (plan.error is set).
bool chooseApplication(const OfflineImage &image, const ApplicabilityInput &input, const QList<CandidatePackage> &mains,
                       const QList<CandidatePackage> &bundleApps, const QList<CandidatePackage> &bundleResources, ApplicabilityPlan &plan)
{
    const ImagePlatform platform = input.platform.value_or(ImagePlatform::of(image));
    auto applies = [&](const CandidatePackage &c, DecisionText *reason) {
        return architectureApplies(image, c.manifest.identity.architecture, reason)
            && deviceFamilyApplies(platform, c.manifest.targetDeviceFamilies, reason);
    };
    // 1. The application package.
    if (input.bundle) {
        const QString bundleName = input.bundle->fullName();
        if (bundleApps.isEmpty()) {
            plan.error = Error::make(QStringLiteral("provision.no-application-package"),
                                     Tr::tr("The bundle %1 holds no application package, only resource packages, so there is no app to "
                                            "provision. Give the bundle that holds the app.")
                                         .arg(bundleName));
            return false;
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
                    decideOne(plan, c.fullName(), false,
                              DecisionText(c.isStub ? "stub.stub-skipped" : "stub.full-skipped", {stubChoiceText(input.stub)}));
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
            DecisionText reason;
            const bool fits = applies(c, &reason);
            if (best && c.fullName() == best->fullName()) {
                decideOne(plan, c.fullName(), true,
                          DecisionText("app.best", {arch(c.manifest.identity.architecture), imageCpuName(image.cpu()),
                                                    rankWord(image, c.manifest.identity.architecture)}));
            } else if (fits) {
                decideOne(plan, c.fullName(), false,
                          DecisionText("app.not-best", {arch(c.manifest.identity.architecture), arch(best->manifest.identity.architecture),
                                                        imageCpuName(image.cpu())}));
            } else {
                decideOne(plan, c.fullName(), false, DecisionText("app.not-applicable", {reason}));
            }
        }
        if (!best) {
            plan.error = Error::make(QStringLiteral("provision.not-applicable"),
                                     Tr::tr("The bundle %1 has no application package for this %2 image (it takes %3, on %4). Each "
                                            "decision names what a package needs.")
                                         .arg(bundleName, imageCpuName(image.cpu()), acceptedArchitectures(image).toString(),
                                              platform.describe().toString()));
            return false;
        }
        if (refuseNeedsMain(*best, plan))
            return false;
        plan.application = best;
        plan.chosen << *best;
        for (const CandidatePackage &c : bundleResources) {
            const auto [included, reason] = resourceRule(image, c);
            decideOne(plan, c.fullName(), included, reason);
            if (included)
                plan.chosen << c;
        }
    } else if (!chooseMain(image, platform, mains, plan)) {
        return false;
    }
    return true;
}

/// Step 2: the dependency packages that apply, the newest per framework major version.
void chooseDependencies(const OfflineImage &image, const ApplicabilityInput &input, const QList<CandidatePackage> &deps, ApplicabilityPlan &plan)
{
    // 2. Dependency packages: architecture, then the newest per framework major version.
    QList<CandidatePackage> applicableDeps;
    for (const CandidatePackage &d : deps) {
        DecisionText reason;
        if (!architectureApplies(image, d.manifest.identity.architecture, &reason)) {
            decideOne(plan, d.fullName(), false, DecisionText("dependency.not-applicable", {reason}));
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
            decideOne(plan, d.fullName(), false, DecisionText::code("dependency.duplicate"));
            continue;
        }
        seen.insert(d.fullName());
        DecisionText reason;
        architectureApplies(image, i.architecture, &reason);
        if (isFramework(d)) {
            const QString k = groupKey(d);
            if (i.version < newest.value(k)) {
                decideOne(plan, d.fullName(), false,
                          DecisionText("dependency.older", {i.name, i.version.toString(), newest.value(k).toString(), QString::number(i.version.major)}));
                continue;
            }
            if (groupSize.value(k) > 1)
                reason = DecisionText("dependency.newest", {reason, i.name, QString::number(i.version.major)});
        }
        bool already = false;
        for (const ProvisionedIdentity &p : input.provisioned) {
            if (p.fullName.compare(d.fullName(), Qt::CaseInsensitive) == 0)
                already = true;
        }
        if (already) {
            decideOne(plan, d.fullName(), false, DecisionText::code("dependency.already-provisioned"));
            continue;
        }
        decideOne(plan, d.fullName(), true, DecisionText("dependency.included", {reason}));
        plan.chosen << d;
    }

}

/// Does one of `m`'s MainPackageDependency elements name `app` (Name and PublisherId)?
bool namesMain(const AppxManifest &m, const PackageIdentity &app)
{
    return std::any_of(m.mainPackageDependencies.begin(), m.mainPackageDependencies.end(), [&](const MainPackageDependency &d) {
        return d.name.compare(app.name, Qt::CaseInsensitive) == 0 && PackageIdentity::publisherIdOf(m.mainPublisher(d)) == app.publisherId();
    });
}

/// Step 2b: the /OptionalPackagePath packages. Each must be an optional (or modification) package
/// whose MainPackageDependency names the application package, and apply to the image; else the
/// request is refused (the technician asked for it by name).
void chooseOptionals(const OfflineImage &image, const ImagePlatform &platform, const QList<CandidatePackage> &optionals, ApplicabilityPlan &plan)
{
    const PackageIdentity &app = plan.application->manifest.identity;
    for (const CandidatePackage &o : optionals) {
        const AppxManifest &m = o.manifest;
        if (!m.isOptional()) {
            decideOne(plan, o.fullName(), false, DecisionText::code("optional.not-optional"));
            plan.error = Error::make(QStringLiteral("provision.not-optional"),
                                     Tr::tr("%1 was given as an optional package but declares no MainPackageDependency, so it is not an "
                                            "optional package.")
                                         .arg(o.origin))
                             .withRemedy(Remedy::Kind::NotOptionalPackage, {o.origin});
            return;
        }
        if (!namesMain(m, app)) {
            const MainPackageDependency &d = m.mainPackageDependencies.first();
            decideOne(plan, o.fullName(), false, DecisionText("optional.other-main", {d.name, m.mainPublisher(d), app.name}));
            plan.error = Error::make(QStringLiteral("provision.optional-main-mismatch"),
                                     Tr::tr("%1 is an optional package of %2 (publisher %3), but the app given is %4 (publisher %5). Give it "
                                            "together with its own main package.")
                                         .arg(o.fullName(), d.name, m.mainPublisher(d), app.name, app.publisher));
            return;
        }
        DecisionText reason, familyReason;
        const bool archFits = architectureApplies(image, m.identity.architecture, &reason);
        if (!archFits || !deviceFamilyApplies(platform, m.targetDeviceFamilies, &familyReason)) {
            const DecisionText why = archFits ? familyReason : reason;
            decideOne(plan, o.fullName(), false, DecisionText("optional.not-applicable", {why}));
            plan.error = Error::make(QStringLiteral("provision.not-applicable"),
                                     Tr::tr("The optional package %1 cannot be provisioned into this image: %2.").arg(o.fullName(), why.toString()));
            return;
        }
        decideOne(plan, o.fullName(), true, DecisionText(m.modificationPackage ? "optional.modification" : "optional.included", {app.name, reason}));
        plan.chosen << o;
        plan.optional << o.fullName();
    }
}

/// Step 3: every PackageDependency of the application package is met (plan.metBy), or plan.error.
void checkDependenciesMet(const OfflineImage &image, const ApplicabilityInput &input, ApplicabilityPlan &plan)
{
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
        QString metBy;
        DecisionText how;
        for (const CandidatePackage &c : plan.chosen) {
            if (c.role != CandidatePackage::Role::Dependency)
                continue;
            const PackageIdentity &i = c.manifest.identity;
            if (i.name.compare(dep.name, Qt::CaseInsensitive) == 0 && i.publisherId() == pid && i.version >= dep.minVersion
                && archFits(i.architecture)) {
                metBy = c.fullName();
                how = DecisionText::code("met.given");
                break;
            }
        }
        if (metBy.isEmpty()) {
            for (const ProvisionedIdentity &p : input.provisioned) {
                if (p.name.compare(dep.name, Qt::CaseInsensitive) == 0 && p.publisherId == pid && p.version >= dep.minVersion
                    && archFits(p.architecture)) {
                    metBy = p.fullName;
                    how = DecisionText::code("met.provisioned");
                    break;
                }
            }
        }
        if (!metBy.isEmpty()) {
            decideOne(plan, versionRangeText(dep), true, DecisionText("dependency.met", {app.fullName(), metBy, how}));
            plan.metBy << metBy;
        } else if (dep.optional) {
            decideOne(plan, versionRangeText(dep), false, DecisionText("dependency.optional-unmet", {app.fullName()}));
        } else {
            decideOne(plan, versionRangeText(dep), false,
                      DecisionText("dependency.unmet", {app.fullName(), dep.name, dep.publisher, dep.minVersion.toString(),
                                                        appArch == PackageArchitecture::Neutral ? acceptedArchitectures(image)
                                                                                                : DecisionText("archs.or-neutral", {arch(appArch)})}));
            unmet << Tr::tr("%1 (version %2 or later, publisher %3)").arg(dep.name, dep.minVersion.toString(), dep.publisher);
        }
    }
    if (!unmet.isEmpty()) {
        plan.error = Error::make(QStringLiteral("provision.dependency-missing"),
                                 Tr::tr("%1 needs %2, which is neither given nor provisioned in the image.")
                                     .arg(app.fullName(), unmet.join(Tr::tr(" and "))))
                         .withRemedy(Remedy::Kind::AddDependencyPackage, {unmet.join(Tr::tr(" and "))});
    }
}
} // namespace

ApplicabilityPlan decide(const OfflineImage &image, const ApplicabilityInput &input)
{
    ApplicabilityPlan plan;
    QList<CandidatePackage> mains, bundleApps, bundleResources, deps, optionals;
    for (const CandidatePackage &c : input.packages) {
        switch (c.role) {
        case CandidatePackage::Role::Main: mains << c; break;
        case CandidatePackage::Role::BundleApplication: bundleApps << c; break;
        case CandidatePackage::Role::BundleResource: bundleResources << c; break;
        case CandidatePackage::Role::Dependency: deps << c; break;
        case CandidatePackage::Role::Optional: optionals << c; break;
        }
    }
    if (!chooseApplication(image, input, mains, bundleApps, bundleResources, plan))
        return plan;
    chooseDependencies(image, input, deps, plan);
    chooseOptionals(image, input.platform.value_or(ImagePlatform::of(image)), optionals, plan);
    if (plan.error)
        return plan;
    checkDependenciesMet(image, input, plan);
    return plan;
}

} // namespace Applicability
} // namespace wb
