// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The provisioning rules (engine/provision/README.md): architectures, bundle
// application package choice, newest framework per major version, dependencies, language/scale/
// DirectX resource packs, stub preference; plus BCP-47 matching, regions and image detection.
#include "DecisionCodes.h"
#include "ErrorNames.h"
#include "OfflineImageBuilder.h"

#include "provision/Applicability.h"
#include "provision/LanguageTag.h"
#include "provision/OfflineImage.h"
#include "provision/RegionList.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {
const QString Ms = u"CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"_s;
const QString Test = u"CN=TestPublisher"_s;

CandidatePackage cand(CandidatePackage::Role role, const QString &name, const QString &version, PackageArchitecture arch,
                      const QString &publisher = Test, bool framework = false)
{
    CandidatePackage c;
    c.role = role;
    c.manifest.identity.name = name;
    c.manifest.identity.publisher = publisher;
    c.manifest.identity.version = *PackageVersion::parse(version);
    c.manifest.identity.architecture = arch;
    c.manifest.framework = framework;
    c.origin = name;
    return c;
}

CandidatePackage resourcePack(const QString &name, const QString &resourceId, const PackageResource &r)
{
    CandidatePackage c = cand(CandidatePackage::Role::BundleResource, name, u"1.0.0.0"_s, PackageArchitecture::Neutral);
    c.manifest.identity.resourceId = resourceId;
    c.manifest.resourcePackage = true;
    c.resources = {r};
    return c;
}

PackageDependency dep(const QString &name, const QString &minVersion, const QString &publisher = Ms)
{
    PackageDependency d;
    d.name = name;
    d.publisher = publisher;
    d.minVersion = *PackageVersion::parse(minVersion);
    return d;
}

PackageIdentity bundleId(const QString &name)
{
    PackageIdentity i;
    i.name = name;
    i.publisher = Test;
    i.version = *PackageVersion::parse(u"1.0.0.0"_s);
    i.resourceId = u"~"_s;
    return i;
}

OfflineImage image(ImageCpu cpu, std::optional<quint32> build = 22631, const QStringList &languages = {u"en-US"_s})
{
    return OfflineImage::fromFacts(u"/img"_s, cpu, build, languages, u"test"_s);
}

ProvisionDecision decisionFor(const ApplicabilityPlan &plan, const QString &package)
{
    for (const ProvisionDecision &d : plan.decisions)
        if (d.package == package)
            return d;
    return {u"<none for %1>"_s.arg(package), false, {}};
}

/// `d` with its reason as codes and plain values (codeForm()): what the rules decided, whatever the language.
ProvisionDecision coded(const ProvisionDecision &d)
{
    ProvisionDecision c = d;
    c.reason = codeForm(d.why);
    return c;
}

QString full(const CandidatePackage &c)
{
    return c.fullName();
}
} // namespace

class TestApplicability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void architectureRules_data()
    {
        QTest::addColumn<int>("cpu");
        QTest::addColumn<int>("build"); // 0 = unknown
        QTest::addColumn<QString>("arch");
        QTest::addColumn<bool>("applies");
        QTest::addColumn<QString>("reason"); // DecisionText codes and values (codeForm())
        const auto x64 = int(ImageCpu::X64), x86 = int(ImageCpu::X86), arm = int(ImageCpu::Arm), a64 = int(ImageCpu::Arm64);
        QTest::newRow("x64 x64") << x64 << 22631 << "x64" << true << u"arch.applies(x64, x64)"_s;
        QTest::newRow("x64 x86") << x64 << 22631 << "x86" << true << u"arch.applies(x86, x64)"_s;
        QTest::newRow("x64 neutral") << x64 << 22631 << "neutral" << true << u"arch.applies(neutral, x64)"_s;
        QTest::newRow("x64 arm") << x64 << 22631 << "arm" << false << u"arch.not-applies(arm, x64, archs.x64)"_s;
        QTest::newRow("x64 arm64") << x64 << 22631 << "arm64" << false << u"arch.not-applies(arm64, x64, archs.x64)"_s;
        QTest::newRow("x86 x86") << x86 << 19041 << "x86" << true << u"arch.applies(x86, x86)"_s;
        QTest::newRow("x86 x64") << x86 << 19041 << "x64" << false << u"arch.not-applies(x64, x86, archs.x86)"_s;
        QTest::newRow("arm arm") << arm << 15063 << "arm" << true << u"arch.applies(arm, arm)"_s;
        QTest::newRow("arm x86") << arm << 15063 << "x86" << false << u"arch.not-applies(x86, arm, archs.arm)"_s;
        QTest::newRow("arm64 arm64") << a64 << 22631 << "arm64" << true << u"arch.applies(arm64, arm64)"_s;
        QTest::newRow("arm64 x86") << a64 << 19041 << "x86" << true << u"arch.applies(x86, arm64)"_s;
        QTest::newRow("arm64 x64 22000") << a64 << 22000 << "x64" << true << u"arch.applies(x64, arm64)"_s;
        QTest::newRow("arm64 x64 19041") << a64 << 19041 << "x64" << false << u"arch.x64-on-old-arm64(build.known(19041))"_s;
        QTest::newRow("arm64 x64 unknown") << a64 << 0 << "x64" << false << u"arch.x64-on-old-arm64(build.unknown)"_s;
        QTest::newRow("arm64 arm 22631") << a64 << 22631 << "arm" << true << u"arch.applies(arm, arm64)"_s;
        QTest::newRow("arm64 arm 26100") << a64 << 26100 << "arm" << false << u"arch.arm-on-new-arm64(build.known(26100))"_s;
    }

    void architectureRules()
    {
        QFETCH(int, cpu);
        QFETCH(int, build);
        QFETCH(QString, arch);
        QFETCH(bool, applies);
        QFETCH(QString, reason);
        const OfflineImage img = image(ImageCpu(cpu), build ? std::optional<quint32>(build) : std::nullopt);
        DecisionText why;
        QCOMPARE(Applicability::architectureApplies(img, *parseArchitecture(arch), &why), applies);
        QCOMPARE(codeForm(why), reason);
    }

    void deviceFamilyRules_data()
    {
        // Sources: Microsoft Learn, "TargetDeviceFamily" (Name, MinVersion) and the device family
        // names; engine/provision/README.md ("Device family and OS version"). families: "Name MinVersion;..." ("" = none).
        QTest::addColumn<QString>("families");
        QTest::addColumn<QString>("installationType");
        QTest::addColumn<int>("build"); // 0 = unknown
        QTest::addColumn<int>("ubr");   // -1 = unknown
        QTest::addColumn<bool>("applies");
        QTest::addColumn<QString>("reason");
        QTest::newRow("desktop") << u"Windows.Desktop 10.0.17763.0"_s << u"Client"_s << 22631 << 3007 << true
                                 << u"family.applies(Windows.Desktop, 10.0.17763.0, Windows.Desktop 10.0.22631.3007)"_s;
        QTest::newRow("universal") << u"Windows.Universal 10.0.10240.0"_s << u"Client"_s << 19045 << 0 << true
                                   << u"family.applies(Windows.Universal, 10.0.10240.0, Windows.Desktop 10.0.19045.0)"_s;
        QTest::newRow("linux") << u"Linux.All 10.0.0.0"_s << u"Client"_s << 22631 << 0 << false
                               << u"family.other(Linux.All 10.0.0.0, Windows.Desktop 10.0.22631.0, Windows.Universal, Windows.Desktop)"_s;
        QTest::newRow("xbox only")
            << u"Windows.Xbox 10.0.10586.0"_s << u"Client"_s << 22631 << 0 << false
            << u"family.other(Windows.Xbox 10.0.10586.0, Windows.Desktop 10.0.22631.0, Windows.Universal, Windows.Desktop)"_s;
        QTest::newRow("newer windows") << u"Windows.Desktop 10.0.26100.0"_s << u"Client"_s << 22631 << 3007 << false
                                       << u"family.too-new(Windows.Desktop, 10.0.26100.0, Windows.Desktop 10.0.22631.3007)"_s;
        QTest::newRow("newer revision") << u"Windows.Desktop 10.0.22631.4000"_s << u"Client"_s << 22631 << 3007 << false
                                        << u"family.too-new(Windows.Desktop, 10.0.22631.4000, Windows.Desktop 10.0.22631.3007)"_s;
        QTest::newRow("revision, ubr unknown") << u"Windows.Desktop 10.0.22631.4000"_s << u"Client"_s << 22631 << -1 << true
                                               << u"family.applies(Windows.Desktop, 10.0.22631.4000, Windows.Desktop 10.0.22631)"_s;
        QTest::newRow("build unknown") << u"Windows.Desktop 10.0.26100.0"_s << u""_s << 0 << -1 << true
                                       << u"family.applies(Windows.Desktop, 10.0.26100.0, platform.build-unknown(Windows.Desktop))"_s;
        QTest::newRow("server family on server") << u"Windows.Server 10.0.17763.0"_s << u"Server"_s << 20348 << 0 << true
                                                 << u"family.applies(Windows.Server, 10.0.17763.0, Windows.Server 10.0.20348.0)"_s;
        QTest::newRow("server core") << u"Windows.Server 10.0.17763.0"_s << u"Server Core"_s << 20348 << 0 << true
                                     << u"family.applies(Windows.Server, 10.0.17763.0, Windows.Server 10.0.20348.0)"_s;
        QTest::newRow("server family on client")
            << u"Windows.Server 10.0.17763.0"_s << u"Client"_s << 22631 << 0 << false
            << u"family.other(Windows.Server 10.0.17763.0, Windows.Desktop 10.0.22631.0, Windows.Universal, Windows.Desktop)"_s;
        QTest::newRow("desktop on server") << u"Windows.Desktop 10.0.17763.0"_s << u"Server"_s << 20348 << 0 << true
                                           << u"family.applies(Windows.Desktop, 10.0.17763.0, Windows.Server 10.0.20348.0)"_s;
        QTest::newRow("one of several") << u"Windows.Mobile 10.0.10240.0;Windows.Desktop 10.0.19041.0"_s << u"Client"_s << 19045 << 0
                                        << true << u"family.applies(Windows.Desktop, 10.0.19041.0, Windows.Desktop 10.0.19045.0)"_s;
        QTest::newRow("windows 8 package") << u""_s << u"Client"_s << 19045 << 0 << true << u"family.none(Windows.Desktop 10.0.19045.0)"_s;
        QTest::newRow("case-insensitive name") << u"windows.desktop 10.0.17763.0"_s << u"Client"_s << 19045 << 0 << true
                                               << u"family.applies(windows.desktop, 10.0.17763.0, Windows.Desktop 10.0.19045.0)"_s;
    }

    void deviceFamilyRules()
    {
        QFETCH(QString, families);
        QFETCH(QString, installationType);
        QFETCH(int, build);
        QFETCH(int, ubr);
        QFETCH(bool, applies);
        QFETCH(QString, reason);
        QList<TargetDeviceFamily> list;
        for (const QString &f : families.split(u';', Qt::SkipEmptyParts)) {
            const QStringList parts = f.split(u' ');
            list << TargetDeviceFamily{parts[0], *PackageVersion::parse(parts[1]), std::nullopt};
        }
        const OfflineImage img = image(ImageCpu::X64, build ? std::optional<quint32>(build) : std::nullopt);
        const ImagePlatform platform = ImagePlatform::of(img, installationType, ubr >= 0 ? std::optional<quint32>(ubr) : std::nullopt);
        DecisionText why;
        QCOMPARE(Applicability::deviceFamilyApplies(platform, list, &why), applies);
        QCOMPARE(codeForm(why), reason);
    }

    void platformFromTheImageHives_data()
    {
        // ImagePlatform::of(image) takes InstallationType and UBR from the image's SOFTWARE hive
        // facts (HiveFacts), and decide() uses it when the caller gives no platform.
        QTest::addColumn<QString>("installationType"); // "" = the hive has no InstallationType
        QTest::addColumn<int>("ubr");                  // -1 = no UBR value
        QTest::addColumn<QString>("needs");            // the package's TargetDeviceFamily
        QTest::addColumn<QString>("platform");
        QTest::addColumn<bool>("provisioned");
        QTest::newRow("client, ubr") << u"Client"_s << 4169 << u"Windows.Desktop 10.0.22631.4000"_s << u"Windows.Desktop 10.0.22631.4169"_s << true;
        QTest::newRow("client, ubr too old") << u"Client"_s << 3007 << u"Windows.Desktop 10.0.22631.4000"_s << u"Windows.Desktop 10.0.22631.3007"_s << false;
        QTest::newRow("client, no ubr") << u"Client"_s << -1 << u"Windows.Desktop 10.0.22631.4000"_s << u"Windows.Desktop 10.0.22631"_s << true;
        QTest::newRow("server takes server") << u"Server"_s << 2700 << u"Windows.Server 10.0.20348.0"_s << u"Windows.Server 10.0.22631.2700"_s << true;
        QTest::newRow("server core takes server") << u"Server Core"_s << 0 << u"Windows.Server 10.0.17763.0"_s << u"Windows.Server 10.0.22631.0"_s << true;
        QTest::newRow("client refuses server") << u"Client"_s << 0 << u"Windows.Server 10.0.17763.0"_s << u"Windows.Desktop 10.0.22631.0"_s << false;
        QTest::newRow("no hive: desktop") << u""_s << -1 << u"Windows.Server 10.0.17763.0"_s << u"Windows.Desktop 10.0.22631"_s << false;
        QTest::newRow("server takes desktop") << u"Server"_s << 1 << u"Windows.Desktop 10.0.17763.0"_s << u"Windows.Server 10.0.22631.1"_s << true;
    }

    void platformFromTheImageHives()
    {
        QFETCH(QString, installationType);
        QFETCH(int, ubr);
        QFETCH(QString, needs);
        QFETCH(QString, platform);
        QFETCH(bool, provisioned);
        HiveFacts facts;
        if (!installationType.isEmpty())
            facts.installationType = HiveFact{installationType, u"SOFTWARE hive, Microsoft\\Windows NT\\CurrentVersion\\InstallationType"_s};
        if (ubr >= 0)
            facts.ubr = HiveFact{QString::number(ubr), u"SOFTWARE hive, Microsoft\\Windows NT\\CurrentVersion\\UBR"_s};
        const OfflineImage img = image(ImageCpu::X64, 22631).withHiveFacts(facts);
        QCOMPARE(ImagePlatform::of(img).describe().toString(), platform);

        CandidatePackage main = cand(CandidatePackage::Role::Main, u"App"_s, u"1.0.0.0"_s, PackageArchitecture::X64);
        const QStringList parts = needs.split(u' ');
        main.manifest.targetDeviceFamilies = {{parts[0], *PackageVersion::parse(parts[1]), std::nullopt}};
        ApplicabilityInput in;
        in.packages = {main};
        const ApplicabilityPlan plan = Applicability::decide(img, in);
        QCOMPARE(!plan.error, provisioned);
        if (!provisioned) {
            QCOMPARE(plan.error->code, u"provision.device-family-not-applicable"_s);
            QVERIFY2(namesAll(plan.error->message, {platform, needs.split(u' ').value(0)}), qPrintable(plan.error->message));
        }
    }

    void packageKindsAndFamiliesInDecide_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code"); // "" = provisioned
        QTest::addColumn<QStringList>("names"); // besides the package, what the message names (language-independent)
        QTest::newRow("app") << u"app"_s << u""_s << QStringList{};
        QTest::newRow("framework as main") << u"framework"_s << u"provision.framework-as-main"_s << QStringList{};
        QTest::newRow("resource pack as main") << u"resource"_s << u"provision.no-application-package"_s << QStringList{};
        QTest::newRow("linux package") << u"linux"_s << u"provision.device-family-not-applicable"_s << QStringList{u"Linux.All"_s};
        QTest::newRow("too new for the image") << u"newer"_s << u"provision.device-family-not-applicable"_s
                                               << QStringList{u"10.0.26100.0"_s};
        QTest::newRow("optional package alone") << u"optional"_s << u"provision.optional-as-main"_s << QStringList{u"Main.App"_s};
        QTest::newRow("modification package alone")
            << u"modification"_s << u"provision.modification-as-main"_s << QStringList{u"Main.App"_s};
        // No MainPackageDependency: the remedy leaves the main package empty for the front ends to word.
        QTest::newRow("modification package naming no main app")
            << u"modification-unnamed"_s << u"provision.modification-as-main"_s << QStringList{};
    }

    void packageKindsAndFamiliesInDecide()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        QFETCH(QStringList, names);
        CandidatePackage main = cand(CandidatePackage::Role::Main, u"App"_s, u"1.0.0.0"_s, PackageArchitecture::X64);
        main.manifest.targetDeviceFamilies = {{u"Windows.Desktop"_s, *PackageVersion::parse(u"10.0.17763.0"_s), std::nullopt}};
        main.manifest.framework = kind == u"framework"_s;
        main.manifest.resourcePackage = kind == u"resource"_s;
        if (kind == u"linux"_s)
            main.manifest.targetDeviceFamilies = {{u"Linux.All"_s, PackageVersion{}, std::nullopt}};
        if (kind == u"newer"_s)
            main.manifest.targetDeviceFamilies = {{u"Windows.Desktop"_s, *PackageVersion::parse(u"10.0.26100.0"_s), std::nullopt}};
        if (kind == u"optional"_s || kind == u"modification"_s)
            main.manifest.mainPackageDependencies = {{u"Main.App"_s, {}}};
        main.manifest.modificationPackage = kind.startsWith(u"modification"_s);
        ApplicabilityInput in;
        in.packages = {main};
        const ApplicabilityPlan plan = Applicability::decide(image(ImageCpu::X64, 22631), in);
        if (code.isEmpty()) {
            QVERIFY(!plan.error);
            QCOMPARE(plan.chosen.size(), 1);
            return;
        }
        QVERIFY(plan.error);
        QCOMPARE(plan.error->code, code);
        QVERIFY2(namesAll(plan.error->message, names << main.fullName()), qPrintable(plan.error->message));
        QVERIFY(plan.chosen.isEmpty());
        // The advice is a remedy the front ends spell, never a switch in the message.
        if (kind == u"framework"_s)
            QCOMPARE(plan.error->remedy.kind, Remedy::Kind::AddDependencyPackage);
        if (kind == u"optional"_s || kind.startsWith(u"modification"_s)) {
            // Remedy arguments are names, never translated words: "" when the main app is unnamed.
            const QString mainName = kind == u"modification-unnamed"_s ? QString() : u"Main.App"_s;
            QCOMPARE(plan.error->remedy.kind, Remedy::Kind::AddOptionalPackage);
            QCOMPARE(plan.error->remedy.args, (QStringList{main.fullName(), mainName}));
        }
    }

    // /OptionalPackagePath: the package must name the app (Name and PublisherId; uap3 has no
    // Publisher and means the optional package's own) and apply to the image.
    void optionalPackages_data()
    {
        QTest::addColumn<bool>("bundle");
        QTest::addColumn<QString>("mainName");      // what MainPackageDependency names
        QTest::addColumn<QString>("mainPublisher"); // its Publisher attribute ("" = uap3, none)
        QTest::addColumn<QString>("ownPublisher");  // the optional package's own publisher
        QTest::addColumn<int>("kind");              // 0 optional, 1 modification, 2 plain app
        QTest::addColumn<int>("arch");              // PackageArchitecture of the optional package
        QTest::addColumn<QString>("code");          // "" = provisioned with the app
        QTest::addColumn<QString>("reason");        // DecisionText codes and values (codeForm())
        const int x64 = int(PackageArchitecture::X64), arm64 = int(PackageArchitecture::Arm64), neutral = int(PackageArchitecture::Neutral);
        QTest::newRow("uap3 optional of the app")
            << false << u"App"_s << u""_s << Test << 0 << neutral << u""_s << u"optional.included(App, arch.applies(neutral, x64))"_s;
        QTest::newRow("name compared case-insensitively")
            << false << u"app"_s << u""_s << Test << 0 << x64 << u""_s << u"optional.included(App, arch.applies(x64, x64))"_s;
        QTest::newRow("uap4 names the app's publisher") << false << u"App"_s << Test << u"CN=Contoso IT"_s << 1 << x64 << u""_s
                                                        << u"optional.modification(App, arch.applies(x64, x64))"_s;
        QTest::newRow("optional of a bundle's app")
            << true << u"App"_s << u""_s << Test << 0 << x64 << u""_s << u"optional.included(App, arch.applies(x64, x64))"_s;
        QTest::newRow("uap3 of another publisher")
            << false << u"App"_s << u""_s << u"CN=Contoso IT"_s << 0 << x64 << u"provision.optional-main-mismatch"_s
            << u"optional.other-main(App, CN=Contoso IT, App)"_s;
        QTest::newRow("another main package") << false << u"Other.App"_s << u""_s << Test << 0 << x64
                                              << u"provision.optional-main-mismatch"_s
                                              << u"optional.other-main(Other.App, CN=TestPublisher, App)"_s;
        QTest::newRow("not an optional package")
            << false << u""_s << u""_s << Test << 2 << x64 << u"provision.not-optional"_s << u"optional.not-optional"_s;
        QTest::newRow("arm64 optional on x64") << false << u"App"_s << u""_s << Test << 0 << arm64 << u"provision.not-applicable"_s
                                               << u"optional.not-applicable(arch.not-applies(arm64, x64, archs.x64))"_s;
    }

    void optionalPackages()
    {
        QFETCH(bool, bundle);
        QFETCH(QString, mainName);
        QFETCH(QString, mainPublisher);
        QFETCH(QString, ownPublisher);
        QFETCH(int, kind);
        QFETCH(int, arch);
        QFETCH(QString, code);
        QFETCH(QString, reason);
        ApplicabilityInput in;
        if (bundle)
            in.bundle = bundleId(u"App"_s);
        in.packages << cand(bundle ? CandidatePackage::Role::BundleApplication : CandidatePackage::Role::Main, u"App"_s, u"1.0.0.0"_s,
                            PackageArchitecture::X64);
        CandidatePackage opt = cand(CandidatePackage::Role::Optional, u"App.Extra"_s, u"2.0.0.0"_s, PackageArchitecture(arch), ownPublisher);
        if (kind != 2)
            opt.manifest.mainPackageDependencies = {{mainName, mainPublisher}};
        opt.manifest.modificationPackage = kind == 1;
        in.packages << opt;
        const ApplicabilityPlan plan = Applicability::decide(image(ImageCpu::X64), in);
        const ProvisionDecision d = decisionFor(plan, full(opt));
        QCOMPARE(coded(d).reason, reason);
        if (code.isEmpty()) {
            QVERIFY2(!plan.error, plan.error ? qPrintable(plan.error->message) : "");
            QVERIFY(d.included);
            QCOMPARE(plan.optional, QStringList{full(opt)});
            QCOMPARE(full(plan.chosen.last()), full(opt));
            return;
        }
        QVERIFY(plan.error);
        QCOMPARE(plan.error->code, code);
        QVERIFY(!d.included);
        QVERIFY(plan.optional.isEmpty());
    }

    // A bundle whose application package is an optional package (an optional bundle) is refused too.
    void optionalBundleAsMainIsRefused()
    {
        ApplicabilityInput in;
        in.bundle = bundleId(u"App.Levels"_s);
        CandidatePackage levels = cand(CandidatePackage::Role::BundleApplication, u"App.Levels"_s, u"1.0.0.0"_s, PackageArchitecture::X64);
        levels.manifest.mainPackageDependencies = {{u"App"_s, {}}};
        in.packages = {levels};
        const ApplicabilityPlan plan = Applicability::decide(image(ImageCpu::X64), in);
        QVERIFY(plan.error);
        QCOMPARE(plan.error->code, u"provision.optional-as-main"_s);
        QVERIFY(plan.chosen.isEmpty());
    }

    void bundleChoosesByFamilyAndVersion()
    {
        ApplicabilityInput in;
        in.bundle = bundleId(u"App"_s);
        auto x64New = cand(CandidatePackage::Role::BundleApplication, u"App"_s, u"1.0.0.0"_s, PackageArchitecture::X64);
        x64New.manifest.targetDeviceFamilies = {{u"Windows.Desktop"_s, *PackageVersion::parse(u"10.0.26100.0"_s), std::nullopt}};
        auto x86 = cand(CandidatePackage::Role::BundleApplication, u"App"_s, u"1.0.0.0"_s, PackageArchitecture::X86);
        x86.manifest.targetDeviceFamilies = {{u"Windows.Desktop"_s, *PackageVersion::parse(u"10.0.17763.0"_s), std::nullopt}};
        in.packages = {x64New, x86};
        const ApplicabilityPlan plan = Applicability::decide(image(ImageCpu::X64, 22631), in);
        QVERIFY(!plan.error);
        QCOMPARE(plan.application->fullName(), full(x86));
        QCOMPARE(coded(decisionFor(plan, full(x64New))).reason,
                 u"app.not-applicable(family.too-new(Windows.Desktop, 10.0.26100.0, Windows.Desktop 10.0.22631))"_s);
        // On a newer image the native package wins again.
        QCOMPARE(Applicability::decide(image(ImageCpu::X64, 26100), in).application->fullName(), full(x64New));
    }

    void bundlePicksNativeApplicationPackage()
    {
        ApplicabilityInput in;
        in.bundle = bundleId(u"App"_s);
        const auto x86 = cand(CandidatePackage::Role::BundleApplication, u"App"_s, u"1.0.0.0"_s, PackageArchitecture::X86);
        const auto x64 = cand(CandidatePackage::Role::BundleApplication, u"App"_s, u"1.0.0.0"_s, PackageArchitecture::X64);
        const auto arm = cand(CandidatePackage::Role::BundleApplication, u"App"_s, u"1.0.0.0"_s, PackageArchitecture::Arm);
        in.packages = {x86, x64, arm};
        const ApplicabilityPlan plan = Applicability::decide(image(ImageCpu::X64), in);
        QVERIFY(!plan.error);
        QCOMPARE(plan.application->fullName(), full(x64));
        QCOMPARE(plan.decisions.size(), 3);
        QCOMPARE(coded(plan.decisions[0]), (ProvisionDecision{full(x86), false, u"app.not-best(x86, x64, x64)"_s}));
        QCOMPARE(coded(plan.decisions[1]), (ProvisionDecision{full(x64), true, u"app.best(x64, x64, rank.native)"_s}));
        QCOMPARE(coded(plan.decisions[2]),
                 (ProvisionDecision{full(arm), false, u"app.not-applicable(arch.not-applies(arm, x64, archs.x64))"_s}));

        // An x86 image takes the x86 package; an arm64 Windows 11 image with no arm64 package takes x64 (emulated).
        QCOMPARE(Applicability::decide(image(ImageCpu::X86), in).application->fullName(), full(x86));
        ApplicabilityInput noArm64 = in;
        const ApplicabilityPlan a64 = Applicability::decide(image(ImageCpu::Arm64, 22631), noArm64);
        QCOMPARE(a64.application->fullName(), full(x64));
        QCOMPARE(coded(decisionFor(a64, full(x64))).reason, u"app.best(x64, arm64, rank.emulated)"_s);
        // Before Windows 11 x64 does not run on arm64: x86 is the best then.
        QCOMPARE(Applicability::decide(image(ImageCpu::Arm64, 19041), noArm64).application->fullName(), full(x86));
        // An arm64 package is native and wins.
        const auto a64pkg = cand(CandidatePackage::Role::BundleApplication, u"App"_s, u"1.0.0.0"_s, PackageArchitecture::Arm64);
        noArm64.packages << a64pkg;
        QCOMPARE(Applicability::decide(image(ImageCpu::Arm64, 26100), noArm64).application->fullName(), full(a64pkg));
        QCOMPARE(coded(decisionFor(Applicability::decide(image(ImageCpu::Arm64, 26100), noArm64), full(arm))).reason,
                 u"app.not-applicable(arch.arm-on-new-arm64(build.known(26100)))"_s);
    }

    void bundleWithoutApplicablePackageFails()
    {
        ApplicabilityInput in;
        in.bundle = bundleId(u"App"_s);
        in.packages = {cand(CandidatePackage::Role::BundleApplication, u"App"_s, u"1.0.0.0"_s, PackageArchitecture::Arm64)};
        const ApplicabilityPlan plan = Applicability::decide(image(ImageCpu::X64), in);
        QVERIFY(plan.error);
        QCOMPARE(plan.error->code, u"provision.not-applicable"_s);
        QVERIFY2(namesAll(plan.error->message, {in.bundle->fullName(), u"x64"_s, u"Windows.Desktop 10.0.22631"_s}),
                 qPrintable(plan.error->message));

        ApplicabilityInput onlyResources;
        onlyResources.bundle = bundleId(u"App"_s);
        onlyResources.packages = {resourcePack(u"App"_s, u"split.language-en"_s, PackageResource{u"en"_s, {}, {}})};
        const ApplicabilityPlan p2 = Applicability::decide(image(ImageCpu::X64), onlyResources);
        QCOMPARE(p2.error->code, u"provision.no-application-package"_s);
    }

    void newestFrameworkPerMajorVersion()
    {
        // The seed's example: of .NET Native Framework 1.6 25512.0 and 25513.0 only 25513.0, plus 1.3 24202.0.
        auto main = cand(CandidatePackage::Role::Main, u"App"_s, u"1.0.0.0"_s, PackageArchitecture::X64);
        const auto f16a = cand(CandidatePackage::Role::Dependency, u"Microsoft.NET.Native.Framework.1.6"_s, u"1.6.25512.0"_s,
                               PackageArchitecture::X64, Ms, true);
        const auto f16b = cand(CandidatePackage::Role::Dependency, u"Microsoft.NET.Native.Framework.1.6"_s, u"1.6.25513.0"_s,
                               PackageArchitecture::X64, Ms, true);
        const auto f13 = cand(CandidatePackage::Role::Dependency, u"Microsoft.NET.Native.Framework.1.3"_s, u"1.3.24202.0"_s,
                              PackageArchitecture::X64, Ms, true);
        ApplicabilityInput in;
        in.packages = {main, f16a, f16b, f13};
        const ApplicabilityPlan plan = Applicability::decide(image(ImageCpu::X64), in);
        QVERIFY(!plan.error);
        QCOMPARE(
            coded(decisionFor(plan, full(f16a))),
            (ProvisionDecision{full(f16a), false, u"dependency.older(Microsoft.NET.Native.Framework.1.6, 1.6.25512.0, 1.6.25513.0, 1)"_s}));
        QCOMPARE(coded(decisionFor(plan, full(f16b))),
                 (ProvisionDecision{
                     full(f16b), true,
                     u"dependency.included(dependency.newest(arch.applies(x64, x64), Microsoft.NET.Native.Framework.1.6, 1))"_s}));
        QCOMPARE(coded(decisionFor(plan, full(f13))),
                 (ProvisionDecision{full(f13), true, u"dependency.included(arch.applies(x64, x64))"_s}));
        QStringList chosen;
        for (const CandidatePackage &c : plan.chosen)
            chosen << c.fullName();
        QCOMPARE(chosen, (QStringList{full(main), full(f16b), full(f13)}));
    }

    void inapplicableDependencySkippedNotAnError()
    {
        const auto main = cand(CandidatePackage::Role::Main, u"App"_s, u"1.0.0.0"_s, PackageArchitecture::X64);
        const auto armLibs = cand(CandidatePackage::Role::Dependency, u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s,
                                  PackageArchitecture::Arm, Ms, true);
        ApplicabilityInput in;
        in.packages = {main, armLibs};
        const ApplicabilityPlan plan = Applicability::decide(image(ImageCpu::X64), in);
        QVERIFY(!plan.error);
        QCOMPARE(coded(decisionFor(plan, full(armLibs))),
                 (ProvisionDecision{full(armLibs), false, u"dependency.not-applicable(arch.not-applies(arm, x64, archs.x64))"_s}));
        QCOMPARE(plan.chosen.size(), 1);
    }

    void dependenciesMustBeMet()
    {
        auto main = cand(CandidatePackage::Role::Main, u"App"_s, u"1.0.0.0"_s, PackageArchitecture::X64);
        main.manifest.dependencies = {dep(u"Microsoft.VCLibs.140.00"_s, u"14.0.24123.0"_s),
                                      dep(u"Microsoft.NET.Native.Runtime.2.2"_s, u"2.2.28604.0"_s)};
        const auto libsOld = cand(CandidatePackage::Role::Dependency, u"Microsoft.VCLibs.140.00"_s, u"14.0.24000.0"_s,
                                  PackageArchitecture::X64, Ms, true);
        const auto libsX86 = cand(CandidatePackage::Role::Dependency, u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s,
                                  PackageArchitecture::X86, Ms, true);
        ApplicabilityInput in;
        in.packages = {main, libsOld, libsX86};
        ApplicabilityPlan plan = Applicability::decide(image(ImageCpu::X64), in);
        QVERIFY(plan.error);
        QCOMPARE(plan.error->code, u"provision.dependency-missing"_s);
        QVERIFY2(namesAll(plan.error->message,
                          {full(main), u"Microsoft.VCLibs.140.00"_s, u"14.0.24123.0"_s, u"Microsoft.NET.Native.Runtime.2.2"_s,
                           u"2.2.28604.0"_s, Ms}),
                 qPrintable(plan.error->message));
        QCOMPARE(plan.error->remedy.kind, Remedy::Kind::AddDependencyPackage);
        QCOMPARE(coded(decisionFor(plan, u"Microsoft.VCLibs.140.00 >= 14.0.24123.0"_s)).reason,
                 u"dependency.unmet(%1, Microsoft.VCLibs.140.00, %2, 14.0.24123.0, archs.or-neutral(x64))"_s.arg(full(main), Ms));

        // A matching x64 package given, and the runtime already provisioned in the image.
        const auto libs = cand(CandidatePackage::Role::Dependency, u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s,
                               PackageArchitecture::X64, Ms, true);
        in.packages << libs;
        in.provisioned << *ProvisionedIdentity::fromFullName(u"Microsoft.NET.Native.Runtime.2.2_2.2.28604.0_x64__8wekyb3d8bbwe"_s);
        plan = Applicability::decide(image(ImageCpu::X64), in);
        QVERIFY2(!plan.error, qPrintable(plan.error ? plan.error->message : QString()));
        QCOMPARE(coded(decisionFor(plan, u"Microsoft.VCLibs.140.00 >= 14.0.24123.0"_s)),
                 (ProvisionDecision{u"Microsoft.VCLibs.140.00 >= 14.0.24123.0"_s, true,
                                    u"dependency.met(%1, %2, met.given)"_s.arg(full(main), full(libs))}));
        QCOMPARE(coded(decisionFor(plan, u"Microsoft.NET.Native.Runtime.2.2 >= 2.2.28604.0"_s)).reason,
                 u"dependency.met(%1, Microsoft.NET.Native.Runtime.2.2_2.2.28604.0_x64__8wekyb3d8bbwe, met.provisioned)"_s.arg(full(main)));
        // The x86 VCLibs still applies to the x64 image and is provisioned (given by the user).
        QVERIFY(decisionFor(plan, full(libsX86)).included);
    }

    void resourcePacksFollowImageLanguages()
    {
        ApplicabilityInput in;
        in.bundle = bundleId(u"App"_s);
        const auto app = cand(CandidatePackage::Role::BundleApplication, u"App"_s, u"1.0.0.0"_s, PackageArchitecture::X64);
        const auto en = resourcePack(u"App"_s, u"split.language-en-us"_s, {u"EN-us"_s, {}, {}});
        const auto fr = resourcePack(u"App"_s, u"split.language-fr-fr"_s, {u"fr-FR"_s, {}, {}});
        const auto hans = resourcePack(u"App"_s, u"split.language-zh-hans"_s, {u"zh-Hans"_s, {}, {}});
        const auto hant = resourcePack(u"App"_s, u"split.language-zh-hant"_s, {u"zh-Hant"_s, {}, {}});
        const auto s200 = resourcePack(u"App"_s, u"split.scale-200"_s, {{}, 200, {}});
        const auto dx11 = resourcePack(u"App"_s, u"split.dxfl-dx11"_s, {{}, {}, u"dx11"_s});
        in.packages = {app, en, fr, hans, hant, s200, dx11};
        const OfflineImage img = image(ImageCpu::X64, 22631, {u"en-US"_s, u"zh-CN"_s});
        const ApplicabilityPlan plan = Applicability::decide(img, in);
        QVERIFY(!plan.error);
        QCOMPARE(coded(decisionFor(plan, full(en))),
                 (ProvisionDecision{full(en), true, u"resource.language-installed(EN-us, en-US, test)"_s}));
        QCOMPARE(coded(decisionFor(plan, full(fr))),
                 (ProvisionDecision{full(fr), false, u"resource.language-missing(fr-FR, en-US, zh-CN)"_s}));
        QCOMPARE(coded(decisionFor(plan, full(hans))),
                 (ProvisionDecision{full(hans), true, u"resource.language-installed(zh-Hans, zh-CN, test)"_s}));
        QVERIFY(!decisionFor(plan, full(hant)).included);
        QCOMPARE(coded(decisionFor(plan, full(s200))), (ProvisionDecision{full(s200), true, u"resource.scale(200)"_s}));
        QCOMPARE(coded(decisionFor(plan, full(dx11))), (ProvisionDecision{full(dx11), true, u"resource.dx(dx11)"_s}));
        QCOMPARE(plan.chosen.size(), 5); // app, en, zh-Hans, scale, dx
    }

    void stubPreference()
    {
        ApplicabilityInput in;
        in.bundle = bundleId(u"App"_s);
        auto stub = cand(CandidatePackage::Role::BundleApplication, u"App"_s, u"1.0.0.0"_s, PackageArchitecture::X64);
        stub.manifest.identity.resourceId = u"stub"_s;
        stub.isStub = true;
        const auto fullPkg = cand(CandidatePackage::Role::BundleApplication, u"App"_s, u"1.0.0.0"_s, PackageArchitecture::X64);
        in.packages = {stub, fullPkg};
        ApplicabilityPlan plan = Applicability::decide(image(ImageCpu::X64), in);
        QVERIFY(plan.stubAware);
        QCOMPARE(plan.application->fullName(), full(fullPkg));
        QCOMPARE(coded(decisionFor(plan, full(stub))).reason, u"stub.stub-skipped(stub.default)"_s);
        in.stub = StubPreference::InstallStub;
        plan = Applicability::decide(image(ImageCpu::X64), in);
        QCOMPARE(plan.application->fullName(), full(stub));
        QCOMPARE(coded(decisionFor(plan, full(fullPkg))).reason, u"stub.full-skipped(stub.installstub)"_s);
        in.stub = StubPreference::InstallFull;
        plan = Applicability::decide(image(ImageCpu::X64), in);
        QCOMPARE(plan.application->fullName(), full(fullPkg));
        QCOMPARE(coded(decisionFor(plan, full(stub))).reason, u"stub.stub-skipped(stub.installfull)"_s);
    }

    void mainPackageNotApplicable()
    {
        ApplicabilityInput in;
        const auto main = cand(CandidatePackage::Role::Main, u"App"_s, u"1.0.0.0"_s, PackageArchitecture::X64);
        in.packages = {main};
        const ApplicabilityPlan plan = Applicability::decide(image(ImageCpu::X86, 19045), in);
        QCOMPARE(plan.error->code, u"provision.not-applicable"_s);
        QVERIFY2(namesAll(plan.error->message, {full(main), u"x64"_s, u"x86"_s}), qPrintable(plan.error->message));
    }

    void languageMatching_data()
    {
        QTest::addColumn<QString>("pack");
        QTest::addColumn<QString>("image");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same") << "en-US" << "en-US" << true;
        QTest::newRow("case") << "EN-us" << "en-US" << true;
        QTest::newRow("language only") << "en" << "en-GB" << true;
        QTest::newRow("other region") << "en-GB" << "en-US" << false;
        QTest::newRow("zh-Hans zh-CN") << "zh-Hans" << "zh-CN" << true;
        QTest::newRow("zh-Hans zh-SG") << "zh-Hans" << "zh-SG" << true;
        QTest::newRow("zh-Hans zh-TW") << "zh-Hans" << "zh-TW" << false;
        QTest::newRow("zh-Hant zh-TW") << "zh-Hant" << "zh-TW" << true;
        QTest::newRow("zh-Hant zh-HK") << "zh-Hant" << "zh-HK" << true;
        QTest::newRow("zh zh-CN") << "zh" << "zh-CN" << true;
        QTest::newRow("zh zh-TW") << "zh" << "zh-TW" << false;
        QTest::newRow("sr-Latn sr-Latn-RS") << "sr-Latn" << "sr-Latn-RS" << true;
        QTest::newRow("sr sr-Latn-RS") << "sr" << "sr-Latn-RS" << false;
        QTest::newRow("sr-Cyrl sr-Cyrl-RS") << "sr-Cyrl" << "sr-Cyrl-RS" << true;
        QTest::newRow("de fr") << "de" << "fr-FR" << false;
        QTest::newRow("underscore") << "pt_br" << "pt-BR" << true;
    }

    void languageMatching()
    {
        QFETCH(QString, pack);
        QFETCH(QString, image);
        QFETCH(bool, matches);
        QCOMPARE(LanguageTag::packMatches(pack, image), matches);
    }

    void languageFolders()
    {
        QVERIFY(LanguageTag::isLanguageFolderName(u"en-US"_s));
        QVERIFY(LanguageTag::isLanguageFolderName(u"sr-Latn-RS"_s));
        QVERIFY(LanguageTag::isLanguageFolderName(u"qps-ploc"_s));
        QVERIFY(!LanguageTag::isLanguageFolderName(u"spp"_s));
        QVERIFY(!LanguageTag::isLanguageFolderName(u"drivers"_s));
        QVERIFY(!LanguageTag::isLanguageFolderName(u"config"_s));
        QVERIFY(!LanguageTag::isLanguageFolderName(u"en-US-"_s));
        QCOMPARE(LanguageTag::canonical(u"ZH-hans-cn"_s), u"zh-Hans-CN"_s);
    }

    void regions()
    {
        auto all = RegionList::parse(u"ALL"_s);
        QVERIFY(all && all->isAll());
        auto list = RegionList::parse(u" us; gb ;DEU;us"_s);
        QVERIFY(list);
        QCOMPARE(list->codes(), (QStringList{u"US"_s, u"GB"_s, u"DEU"_s}));
        QCOMPARE(list->toString(), u"US;GB;DEU"_s);
        auto bad = RegionList::parse(u"US;XX"_s);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, u"provision.bad-region"_s);
        QVERIFY2(namesAll(bad.error().message, {u"\"XX\""_s, u"\"US;XX\""_s}), qPrintable(bad.error().message));
        QCOMPARE(bad.error().remedy.kind, Remedy::Kind::GiveRegions);
        QCOMPARE(RegionList::parse(u"US;all"_s).error().code, u"provision.bad-region"_s);
        QCOMPARE(RegionList::parse(u"US"_s, u"/nonexistent/iso.json"_s).error().code, u"provision.no-iso-codes"_s);
    }

    void imageDetection_data()
    {
        QTest::addColumn<int>("machine");
        QTest::addColumn<QString>("cpu");
        QTest::newRow("x86") << int(PeMachine::X86) << "x86";
        QTest::newRow("x64") << int(PeMachine::X64) << "x64";
        QTest::newRow("arm") << int(PeMachine::Arm) << "arm";
        QTest::newRow("arm64") << int(PeMachine::Arm64) << "arm64";
    }

    void imageDetection()
    {
        QFETCH(int, machine);
        QFETCH(QString, cpu);
        QTemporaryDir dir;
        OfflineImageSpec spec;
        spec.machine = PeMachine(machine);
        spec.languages = {u"en-US"_s, u"de-DE"_s};
        spec.languagePacks = {u"de-DE"_s, u"ja-JP"_s};
        spec.build = 22621;
        QVERIFY(writeOfflineImage(dir.path(), spec));
        auto img = OfflineImage::inspect(dir.path());
        QVERIFY2(img, qPrintable(img ? QString() : img.error().message));
        QCOMPARE(imageCpuName(img->cpu()), cpu);
        QCOMPARE(img->cpuSource(), u"PE header of Windows/System32/ntoskrnl.exe (machine 0x%1)"_s.arg(machine, 0, 16));
        QCOMPARE(img->build(), std::optional<quint32>(22621));
        QVERIFY(img->buildSource().startsWith(QLatin1String("Windows/servicing/Packages/Microsoft-Windows-Foundation-Package~")));
        QCOMPARE(img->languageTags(), (QStringList{u"de-DE"_s, u"en-US"_s, u"ja-JP"_s}));
        QCOMPARE(img->languages()[0].sources.size(), 2); // folder and language pack
        QCOMPARE(img->languages()[0].sources[0], u"Windows/System32/de-DE"_s);
        QVERIFY(img->languages()[2].sources[0].contains(QLatin1String("Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~")));

        // The WIM XML wins for architecture and build when the folder is a known mount.
        WimImageFacts facts{u"WIM XML of install.wim, index 1"_s, 12, 26100, {u"fr-FR"_s}};
        auto fromWim = OfflineImage::inspect(dir.path(), facts);
        QCOMPARE(fromWim->cpu(), ImageCpu::Arm64);
        QCOMPARE(fromWim->cpuSource(), facts.source);
        QCOMPARE(fromWim->build(), std::optional<quint32>(26100));
        QCOMPARE(fromWim->languages().first().tag, u"fr-FR"_s);
        QCOMPARE(fromWim->languages().first().sources, QStringList{facts.source});
    }

    void notAnImage()
    {
        QTemporaryDir dir;
        auto img = OfflineImage::inspect(dir.path());
        QVERIFY(!img);
        QCOMPARE(img.error().code, u"provision.not-an-image"_s);
        QVERIFY2(namesAll(img.error().message, {dir.path(), u"Windows/System32"_s}), qPrintable(img.error().message));
    }
};

QTEST_GUILESS_MAIN(TestApplicability)
#include "tst_applicability.moc"
