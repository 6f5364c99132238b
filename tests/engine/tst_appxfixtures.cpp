// Real packages made by MakeAppx (../shared/fixtures/appx, skipped when absent): the valid ones
// read with the right identities, each invalid one fails with its own reason.
#include "appx/AppxBundle.h"
#include "appx/AppxPackage.h"
#include "ops/GetPackageInfoOperation.h"

#include "AppxBuilder.h"
#include "WimBuilder.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;

namespace {

const QString MicrosoftPublisher = QStringLiteral("CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US");

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
        if (shared.isEmpty() || !QFileInfo(shared + QStringLiteral("/appx")).isDir())
            QSKIP("../shared/fixtures/appx is absent");
        m_appx = shared + QStringLiteral("/appx");
    }

    void testAppxPackages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("architecture");
        QTest::newRow("x64") << QStringLiteral("TestAppxPackage_x64.appx") << QStringLiteral("x64");
        QTest::newRow("Win32") << QStringLiteral("TestAppxPackage_Win32.appx") << QStringLiteral("x86");
    }
    void testAppxPackages()
    {
        QFETCH(QString, file);
        QFETCH(QString, architecture);
        auto p = AppxPackage::open(fixture(file));
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        const PackageIdentity &id = p->identity();
        QCOMPARE(id.name, QStringLiteral("20477fca-282d-49fb-b03e-371dca074f0f"));
        QCOMPARE(id.version.toString(), QStringLiteral("1.0.0.0"));
        QCOMPARE(architectureName(id.architecture), architecture);
        QCOMPARE(id.fullName(), QStringLiteral("20477fca-282d-49fb-b03e-371dca074f0f_1.0.0.0_%1__8wekyb3d8bbwe").arg(architecture));
        QCOMPARE(id.familyName(), QStringLiteral("20477fca-282d-49fb-b03e-371dca074f0f_8wekyb3d8bbwe"));
        QCOMPARE(p->manifest().languages(), QStringList{QStringLiteral("EN-US")});
        QCOMPARE(p->manifest().dependencies.size(), 1);
        QCOMPARE(p->manifest().dependencies.at(0).name, QStringLiteral("Microsoft.VCLibs.140.00"));
        QCOMPARE(p->manifest().dependencies.at(0).minVersion.toString(), QStringLiteral("14.0.24123.0"));
        QCOMPARE(p->signature(), SignatureStatus::Verified);
        QVERIFY(p->hasCodeIntegrityCatalog());
        QVERIFY(p->verify().ok());

        QTemporaryDir dir;
        const QString target = dir.filePath(id.fullName());
        QVERIFY(p->extractTo(target).ok());
        for (const QString &footprint : {QStringLiteral("AppxManifest.xml"), QStringLiteral("AppxBlockMap.xml"), QStringLiteral("AppxSignature.p7x"),
                                         QStringLiteral("AppxMetadata/CodeIntegrity.cat"), QStringLiteral("TestAppxPackage.exe")})
            QVERIFY2(QFileInfo(QDir(target).filePath(footprint)).isFile(), qPrintable(footprint));
        QVERIFY(!QFileInfo::exists(QDir(target).filePath(QStringLiteral("[Content_Types].xml"))));
    }

    void helloWorld()
    {
        auto p = AppxPackage::open(fixture(QStringLiteral("HelloWorld.appx")));
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        QCOMPARE(p->identity().version.toString(), QStringLiteral("1.2.0.3"));
        QCOMPARE(p->identity().architecture, PackageArchitecture::Neutral);
        QCOMPARE(p->identity().publisher, MicrosoftPublisher);
        QCOMPARE(p->manifest().targetDeviceFamilies.at(0).name, QStringLiteral("Windows.Desktop"));
        QCOMPARE(p->signature(), SignatureStatus::Absent);
        // Percent-encoded names decode once: "loader%255B1%255D.js" is the file "loader%5B1%5D.js".
        bool found = false;
        for (const PackageFileEntry &f : p->files())
            found = found || f.name == QStringLiteral("loader%5B1%5D.js");
        QVERIFY(found);
        QVERIFY(p->verify().ok());
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("hello"));
        QVERIFY(p->extractTo(target).ok());
        QVERIFY(QFileInfo(target + QStringLiteral("/loader%5B1%5D.js")).isFile());
        QVERIFY(QFileInfo(target + QStringLiteral("/shape%255B1%255D.svg")).isFile());
        QCOMPARE(QFileInfo(target + QStringLiteral("/loader%5B1%5D.js")).size(), 42914);
    }

    void existingBundle()
    {
        const QString file = fixture(QStringLiteral("bundles/existingBundle.msixbundle"));
        GetPackageInfoOperation op(file);
        OperationContext ctx = makeContext();
        const OperationOutcome outcome = executeOperation(op, ctx);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error ? outcome.error->message : QString()));
        const PackageInfo &info = op.info();
        QVERIFY(info.isBundle());
        QVERIFY(!info.flat);
        QVERIFY(info.verified);
        QCOMPARE(info.bundle.identity.version.toString(), QStringLiteral("4.0.0.0"));
        QCOMPARE(info.bundle.identity.fullName(), QStringLiteral("7fa9aa49-c12e-4977-8a29-14b25a006dc7_4.0.0.0_neutral_~_vszhfztff4j74"));
        QCOMPARE(info.packages.size(), 3);
        QStringList archs;
        for (const InnerPackageInfo &p : info.packages) {
            QVERIFY(p.entry.isApplication());
            archs << architectureName(p.entry.architecture);
            QCOMPARE(p.entry.resources.size(), 2);
            QCOMPARE(p.entry.resources.at(0).language, QStringLiteral("EN-US"));
            QCOMPARE(p.entry.resources.at(1).scale, std::optional<int>(200));
            QCOMPARE(p.location.kind, BundlePackageLocation::Kind::Embedded);
            QVERIFY(p.manifest);
            QVERIFY(p.verified);
            QStringList dependencies;
            for (const PackageDependency &d : p.manifest->dependencies) {
                QCOMPARE(d.publisher, MicrosoftPublisher);
                dependencies << d.name;
            }
            QCOMPARE(dependencies, (QStringList{QStringLiteral("Microsoft.VCLibs.140.00"), QStringLiteral("Microsoft.NET.Native.Framework.2.2"),
                                                QStringLiteral("Microsoft.NET.Native.Runtime.2.2")}));
            QCOMPARE(p.manifest->identity.fullName(),
                     QStringLiteral("7fa9aa49-c12e-4977-8a29-14b25a006dc7_4.0.0.0_%1__vszhfztff4j74").arg(architectureName(p.entry.architecture)));
        }
        QCOMPARE(archs, (QStringList{QStringLiteral("x86"), QStringLiteral("x64"), QStringLiteral("arm")}));

        // An inner package extracts in place, straight from its offset in the bundle.
        auto bundle = AppxBundle::open(file);
        QVERIFY(bundle.ok());
        auto x64 = bundle->openPackage(bundle->packages().at(1));
        QVERIFY(x64.ok());
        QTemporaryDir dir;
        QVERIFY(x64->extractTo(dir.filePath(QStringLiteral("x64"))).ok());
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("x64/HelloWorldApp.dll"))).size(), 1075712);
    }

    void resourceOnlyBundle()
    {
        auto bundle = AppxBundle::open(fixture(QStringLiteral("bundles/ContainsOnlyResourcePackages.appxbundle")));
        QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().message));
        QCOMPARE(bundle->packages().size(), 2);
        QVERIFY(bundle->applicationPackages().isEmpty());
        QCOMPARE(bundle->packages().at(0).resources.at(0).language, QStringLiteral("en-us"));
        QCOMPARE(bundle->packages().at(1).resources.at(0).language, QStringLiteral("fr-fr"));
        const Status refused = bundle->requireApplicationPackage();
        QCOMPARE(refused.error().code, QStringLiteral("appx.bundle-no-application-package"));
        QVERIFY(refused.error().message.contains(QStringLiteral("no application package")));
        auto english = bundle->openPackage(bundle->packages().at(0));
        QVERIFY2(english.ok(), qPrintable(english.ok() ? QString() : english.error().message));
        QCOMPARE(english->manifest().schema, AppxManifest::Schema::Windows81);
        QVERIFY(english->manifest().resourcePackage);
        QCOMPARE(english->identity().fullName(), QStringLiteral("Test_2.0.0.0_neutral_English_q7djbd8vek6zr"));
    }

    void flatBundle()
    {
        const QString file = fixture(QStringLiteral("flat/FlatBundleWithAsset.appxbundle"));
        auto bundle = AppxBundle::open(file);
        QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().message));
        QVERIFY(bundle->isFlat());
        QCOMPARE(bundle->identity().publisherId(), QStringLiteral("8wekyb3d8bbwe"));
        QCOMPARE(bundle->identity().version.toString(), QStringLiteral("2017.1107.2305.0"));
        QCOMPARE(bundle->packages().size(), 19);
        QCOMPARE(bundle->manifest().schemaYear, 2017);
        QCOMPARE(bundle->signature(), SignatureStatus::Verified);
        QCOMPARE(bundle->missingPackages(), (QStringList{QStringLiteral("assets.appx"), QStringLiteral("main_ARM.appx"), QStringLiteral("main_x64.appx"),
                                                         QStringLiteral("main_x86.appx")}));
        const Status all = bundle->requireAllPresent();
        QCOMPARE(all.error().code, QStringLiteral("appx.bundle-package-missing"));
        for (const QString &name : {QStringLiteral("main_ARM.appx"), QStringLiteral("main_x64.appx"), QStringLiteral("main_x86.appx")})
            QVERIFY2(all.error().message.contains(name), qPrintable(all.error().message));
        int resourcePacks = 0;
        for (const BundlePackageEntry &e : bundle->packages()) {
            if (!bundle->isPresent(e)) {
                QCOMPARE(bundle->openPackage(e).error().code, QStringLiteral("appx.bundle-package-missing"));
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
        QTest::addColumn<QString>("mentions");
        QTest::newRow("Empty") << QStringLiteral("invalid/Empty.appx") << QStringLiteral("appx.not-a-zip") << QStringLiteral("not a ZIP archive");
        QTest::newRow("corrupted archive") << QStringLiteral("invalid/OPC_E_ZIP_CORRUPTED_ARCHIVE.appx") << QStringLiteral("appx.zip-corrupted")
                                           << QStringLiteral("damaged");
        QTest::newRow("no block map") << QStringLiteral("invalid/No_blockmap.appx") << QStringLiteral("appx.blockmap-missing")
                                      << QStringLiteral("AppxBlockMap.xml");
        QTest::newRow("bad block") << QStringLiteral("invalid/Invalid_Bad_Block.msix") << QStringLiteral("appx.block-hash-mismatch")
                                   << QStringLiteral("Block 11 of App1.dll");
        QTest::newRow("compressed inner package") << QStringLiteral("invalid/PayloadPackageIsCompressed.appxbundle")
                                                  << QStringLiteral("appx.bundle-package-compressed") << QStringLiteral("AppPackage_Neutral.appx");
        QTest::newRow("incorrect size") << QStringLiteral("invalid/ManifestPackageHasIncorrectSize.appxbundle")
                                        << QStringLiteral("appx.bundle-package-size-mismatch") << QStringLiteral("3205");
    }
    void invalidPackages()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        GetPackageInfoOperation op(fixture(file));
        OperationContext ctx = makeContext();
        const OperationOutcome outcome = executeOperation(op, ctx);
        QVERIFY(outcome.failed());
        QCOMPARE(outcome.error->code, code);
        QVERIFY2(outcome.error->message.contains(mentions), qPrintable(outcome.error->message));
        QVERIFY2(outcome.error->message.contains(QFileInfo(file).fileName()), qPrintable(outcome.error->message));

        // Nothing is extracted from it either, and nothing is left behind.
        QTemporaryDir dir;
        const bool isBundle = file.endsWith(QLatin1String("bundle"));
        const Status s = isBundle ? AppxBundle::open(fixture(file)).ok() ? Status() : Status(AppxBundle::open(fixture(file)).error())
                                  : [&]() -> Status {
            auto p = AppxPackage::open(fixture(file));
            if (!p)
                return p.error();
            return p->extractTo(dir.filePath(QStringLiteral("out")));
        }();
        QCOMPARE(s.error().code, code);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestAppxFixtures)
#include "tst_appxfixtures.moc"
