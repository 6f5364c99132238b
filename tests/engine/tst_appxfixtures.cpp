// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Real packages made by MakeAppx (../shared/fixtures/appx, skipped when absent): the valid ones
// read with the right identities, each invalid one fails with its own reason.
#include "appx/AppxBundle.h"
#include "appx/AppxPackage.h"
#include "ops/GetPackageInfoOperation.h"

#include "AppxBuilder.h"
#include "ErrorNames.h"
#include "WimBuilder.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {

const QString MicrosoftPublisher = u"CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"_s;

OperationContext makeContext()
{
    return OperationContext(EngineSettings{}, CancellationToken{}, {});
}

} // namespace

class TestAppxFixtures : public QObject
{
    Q_OBJECT
private:
    QString m_appx;
    QString fixture(const QString &name) const { return m_appx + QLatin1Char('/') + name; }

private Q_SLOTS:
    void initTestCase()
    {
        const QString shared = test::sharedFixturesDir();
        if (shared.isEmpty() || !QFileInfo(shared + u"/appx"_s).isDir())
            QSKIP("../shared/fixtures/appx is absent");
        m_appx = shared + u"/appx"_s;
    }

    void testAppxPackages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("architecture");
        QTest::newRow("x64") << u"TestAppxPackage_x64.appx"_s << u"x64"_s;
        QTest::newRow("Win32") << u"TestAppxPackage_Win32.appx"_s << u"x86"_s;
    }
    void testAppxPackages()
    {
        QFETCH(QString, file);
        QFETCH(QString, architecture);
        auto p = AppxPackage::open(fixture(file));
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        const PackageIdentity &id = p->identity();
        QCOMPARE(id.name, u"20477fca-282d-49fb-b03e-371dca074f0f"_s);
        QCOMPARE(id.version.toString(), u"1.0.0.0"_s);
        QCOMPARE(architectureName(id.architecture), architecture);
        QCOMPARE(id.fullName(), u"20477fca-282d-49fb-b03e-371dca074f0f_1.0.0.0_%1__8wekyb3d8bbwe"_s.arg(architecture));
        QCOMPARE(id.familyName(), u"20477fca-282d-49fb-b03e-371dca074f0f_8wekyb3d8bbwe"_s);
        QCOMPARE(p->manifest().languages(), QStringList{u"EN-US"_s});
        QCOMPARE(p->manifest().dependencies.size(), 1);
        QCOMPARE(p->manifest().dependencies.at(0).name, u"Microsoft.VCLibs.140.00"_s);
        QCOMPARE(p->manifest().dependencies.at(0).minVersion.toString(), u"14.0.24123.0"_s);
        QCOMPARE(p->signature(), SignatureStatus::Verified);
        QVERIFY(p->hasCodeIntegrityCatalog());
        QVERIFY(p->verify().ok());

        QTemporaryDir dir;
        const QString target = dir.filePath(id.fullName());
        QVERIFY(p->extractTo(target).ok());
        for (const QString &footprint : {u"AppxManifest.xml"_s, u"AppxBlockMap.xml"_s, u"AppxSignature.p7x"_s,
                                         u"AppxMetadata/CodeIntegrity.cat"_s, u"TestAppxPackage.exe"_s})
            QVERIFY2(QFileInfo(QDir(target).filePath(footprint)).isFile(), qPrintable(footprint));
        QVERIFY(!QFileInfo::exists(QDir(target).filePath(u"[Content_Types].xml"_s)));
    }

    void helloWorld()
    {
        auto p = AppxPackage::open(fixture(u"HelloWorld.appx"_s));
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        QCOMPARE(p->identity().version.toString(), u"1.2.0.3"_s);
        QCOMPARE(p->identity().architecture, PackageArchitecture::Neutral);
        QCOMPARE(p->identity().publisher, MicrosoftPublisher);
        QCOMPARE(p->manifest().targetDeviceFamilies.at(0).name, u"Windows.Desktop"_s);
        QCOMPARE(p->signature(), SignatureStatus::Absent);
        // Percent-encoded names decode once: "loader%255B1%255D.js" is the file "loader%5B1%5D.js".
        bool found = false;
        for (const PackageFileEntry &f : p->files())
            found = found || f.name == u"loader%5B1%5D.js"_s;
        QVERIFY(found);
        QVERIFY(p->verify().ok());
        QTemporaryDir dir;
        const QString target = dir.filePath(u"hello"_s);
        QVERIFY(p->extractTo(target).ok());
        QVERIFY(QFileInfo(target + u"/loader%5B1%5D.js"_s).isFile());
        QVERIFY(QFileInfo(target + u"/shape%255B1%255D.svg"_s).isFile());
        QCOMPARE(QFileInfo(target + u"/loader%5B1%5D.js"_s).size(), 42914);
    }

    void existingBundle()
    {
        const QString file = fixture(u"bundles/existingBundle.msixbundle"_s);
        GetPackageInfoOperation op(file);
        OperationContext ctx = makeContext();
        const OperationOutcome outcome = executeOperation(op, ctx);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error ? outcome.error->message : QString()));
        const PackageInfo &info = op.info();
        QVERIFY(info.isBundle());
        QVERIFY(!info.flat);
        QVERIFY(info.verified);
        QCOMPARE(info.bundle.identity.version.toString(), u"4.0.0.0"_s);
        QCOMPARE(info.bundle.identity.fullName(), u"7fa9aa49-c12e-4977-8a29-14b25a006dc7_4.0.0.0_neutral_~_vszhfztff4j74"_s);
        QCOMPARE(info.packages.size(), 3);
        QStringList archs;
        for (const InnerPackageInfo &p : info.packages) {
            QVERIFY(p.entry.isApplication());
            archs << architectureName(p.entry.architecture);
            QCOMPARE(p.entry.resources.size(), 2);
            QCOMPARE(p.entry.resources.at(0).language, u"EN-US"_s);
            QCOMPARE(p.entry.resources.at(1).scale, std::optional<int>(200));
            QCOMPARE(p.location.kind, BundlePackageLocation::Kind::Embedded);
            QVERIFY(p.manifest);
            QVERIFY(p.verified);
            QStringList dependencies;
            for (const PackageDependency &d : p.manifest->dependencies) {
                QCOMPARE(d.publisher, MicrosoftPublisher);
                dependencies << d.name;
            }
            QCOMPARE(dependencies, (QStringList{u"Microsoft.VCLibs.140.00"_s, u"Microsoft.NET.Native.Framework.2.2"_s,
                                                u"Microsoft.NET.Native.Runtime.2.2"_s}));
            QCOMPARE(p.manifest->identity.fullName(),
                     u"7fa9aa49-c12e-4977-8a29-14b25a006dc7_4.0.0.0_%1__vszhfztff4j74"_s.arg(architectureName(p.entry.architecture)));
        }
        QCOMPARE(archs, (QStringList{u"x86"_s, u"x64"_s, u"arm"_s}));

        // An inner package extracts in place, straight from its offset in the bundle.
        auto bundle = AppxBundle::open(file);
        QVERIFY(bundle.ok());
        auto x64 = bundle->openPackage(bundle->packages().at(1));
        QVERIFY(x64.ok());
        QTemporaryDir dir;
        QVERIFY(x64->extractTo(dir.filePath(u"x64"_s)).ok());
        QCOMPARE(QFileInfo(dir.filePath(u"x64/HelloWorldApp.dll"_s)).size(), 1075712);
    }

    void resourceOnlyBundle()
    {
        auto bundle = AppxBundle::open(fixture(u"bundles/ContainsOnlyResourcePackages.appxbundle"_s));
        QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().message));
        QCOMPARE(bundle->packages().size(), 2);
        QVERIFY(bundle->applicationPackages().isEmpty());
        QCOMPARE(bundle->packages().at(0).resources.at(0).language, u"en-us"_s);
        QCOMPARE(bundle->packages().at(1).resources.at(0).language, u"fr-fr"_s);
        const Status refused = bundle->requireApplicationPackage();
        QCOMPARE(refused.error().code, u"appx.bundle-no-application-package"_s);
        QVERIFY2(test::namesAll(refused.error().message, {u"ContainsOnlyResourcePackages.appxbundle"_s}),
                 qPrintable(refused.error().message));
        auto english = bundle->openPackage(bundle->packages().at(0));
        QVERIFY2(english.ok(), qPrintable(english.ok() ? QString() : english.error().message));
        QCOMPARE(english->manifest().schema, AppxManifest::Schema::Windows81);
        QVERIFY(english->manifest().resourcePackage);
        QCOMPARE(english->identity().fullName(), u"Test_2.0.0.0_neutral_English_q7djbd8vek6zr"_s);
    }

    void flatBundle()
    {
        const QString file = fixture(u"flat/FlatBundleWithAsset.appxbundle"_s);
        auto bundle = AppxBundle::open(file);
        QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().message));
        QVERIFY(bundle->isFlat());
        QCOMPARE(bundle->identity().publisherId(), u"8wekyb3d8bbwe"_s);
        QCOMPARE(bundle->identity().version.toString(), u"2017.1107.2305.0"_s);
        QCOMPARE(bundle->packages().size(), 19);
        QCOMPARE(bundle->manifest().schemaYear, 2017);
        QCOMPARE(bundle->signature(), SignatureStatus::Verified);
        QCOMPARE(bundle->missingPackages(), (QStringList{u"assets.appx"_s, u"main_ARM.appx"_s, u"main_x64.appx"_s,
                                                         u"main_x86.appx"_s}));
        const Status all = bundle->requireAllPresent();
        QCOMPARE(all.error().code, u"appx.bundle-package-missing"_s);
        for (const QString &name : {u"main_ARM.appx"_s, u"main_x64.appx"_s, u"main_x86.appx"_s})
            QVERIFY2(all.error().message.contains(name), qPrintable(all.error().message));
        int resourcePacks = 0;
        for (const BundlePackageEntry &e : bundle->packages()) {
            if (!bundle->isPresent(e)) {
                QCOMPARE(bundle->openPackage(e).error().code, u"appx.bundle-package-missing"_s);
                continue;
            }
            auto p = bundle->openPackage(e);
            QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
            QVERIFY(p->verify().ok());
            QVERIFY(!e.isApplication());
            ++resourcePacks;
        }
        QCOMPARE(resourcePacks, 15);

        GetPackageInfoOperation op(file);
        OperationContext ctx = makeContext();
        QVERIFY(executeOperation(op, ctx).succeeded());
        QCOMPARE(op.info().missingPackages.size(), 4);
    }

    void invalidPackages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("names"); // besides the file, language-independent
        QTest::newRow("Empty") << u"invalid/Empty.appx"_s << u"appx.not-a-zip"_s << QStringList{};
        QTest::newRow("corrupted archive") << u"invalid/OPC_E_ZIP_CORRUPTED_ARCHIVE.appx"_s << u"appx.zip-corrupted"_s << QStringList{};
        QTest::newRow("no block map") << u"invalid/No_blockmap.appx"_s << u"appx.blockmap-missing"_s << QStringList{u"AppxBlockMap.xml"_s};
        QTest::newRow("bad block") << u"invalid/Invalid_Bad_Block.msix"_s << u"appx.block-hash-mismatch"_s
                                   << QStringList{u"11"_s, u"App1.dll"_s};
        QTest::newRow("compressed inner package") << u"invalid/PayloadPackageIsCompressed.appxbundle"_s
                                                  << u"appx.bundle-package-compressed"_s << QStringList{u"AppPackage_Neutral.appx"_s};
        QTest::newRow("incorrect size") << u"invalid/ManifestPackageHasIncorrectSize.appxbundle"_s << u"appx.bundle-package-size-mismatch"_s
                                        << QStringList{u"3205"_s};
    }
    void invalidPackages()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QStringList, names);
        GetPackageInfoOperation op(fixture(file));
        OperationContext ctx = makeContext();
        const OperationOutcome outcome = executeOperation(op, ctx);
        QVERIFY(outcome.failed());
        QCOMPARE(outcome.error->code, code);
        QVERIFY2(test::namesAll(outcome.error->message, names), qPrintable(outcome.error->message));
        QVERIFY(outcome.error->remedy.isNone());
        QVERIFY2(outcome.error->message.contains(QFileInfo(file).fileName()), qPrintable(outcome.error->message));

        // Nothing is extracted from it either, and nothing is left behind.
        QTemporaryDir dir;
        const bool isBundle = file.endsWith(QLatin1String("bundle"));
        const Status s = isBundle ? AppxBundle::open(fixture(file)).ok() ? Status() : Status(AppxBundle::open(fixture(file)).error())
                                  : [&]() -> Status {
            auto p = AppxPackage::open(fixture(file));
            if (!p)
                return p.error();
            return p->extractTo(dir.filePath(u"out"_s));
        }();
        QCOMPARE(s.error().code, code);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestAppxFixtures)
#include "tst_appxfixtures.moc"
