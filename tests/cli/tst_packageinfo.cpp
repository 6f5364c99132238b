// wimbench-cli /Get-PackageInfo and Get-AppxPackageInfo: the real executable on generated and real
// packages, both syntaxes, exit codes and one-line reasons.
#include "AppxBuilder.h"
#include "CliRunner.h"
#include "WimBuilder.h"

#include "appx/PackageIdentity.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::test;

class TestPackageInfoCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bundle;
    QString m_package;

    QString fixture(const QString &name) const
    {
        const QString dir = sharedFixturesDir();
        return dir.isEmpty() || !QFile::exists(dir + QStringLiteral("/appx/") + name) ? QString() : dir + QStringLiteral("/appx/") + name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        m_bundle = m_dir.filePath(QStringLiteral("Contoso.msixbundle"));
        QVERIFY(writeBundle(m_bundle, sampleBundle()).ok());
        m_package = m_dir.filePath(QStringLiteral("Contoso_x64.msix"));
        AppxSpec spec;
        spec.signature = true;
        spec.scales = {200};
        spec.dependencies = {{QStringLiteral("Microsoft.VCLibs.140.00"),
                              QStringLiteral("CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"),
                              QStringLiteral("14.0.30704.0"), false}};
        QVERIFY(writeAppx(m_package, spec).ok());
    }

    void packageInDismSyntax()
    {
        const CliResult r = runCli({QStringLiteral("/Get-PackageInfo"), QStringLiteral("/PackagePath:") + m_package});
        QCOMPARE(r.exitCode, 0);
        const QString id = PackageIdentity::publisherIdOf(AppxSpec().publisher);
        QCOMPARE(r.field(QStringLiteral("Package Type")), QStringLiteral("Package"));
        QCOMPARE(r.field(QStringLiteral("Name")), QStringLiteral("Contoso.Sample"));
        QCOMPARE(r.field(QStringLiteral("Architecture")), QStringLiteral("x64"));
        QCOMPARE(r.field(QStringLiteral("Publisher Id")), id);
        QCOMPARE(r.field(QStringLiteral("Package Full Name")), QStringLiteral("Contoso.Sample_1.0.0.0_x64__") + id);
        QCOMPARE(r.field(QStringLiteral("Package Family Name")), QStringLiteral("Contoso.Sample_") + id);
        QCOMPARE(r.field(QStringLiteral("Signature")), QStringLiteral("verified"));
        QCOMPARE(r.field(QStringLiteral("Signer")), AppxSpec().publisher);
        QVERIFY(r.field(QStringLiteral("Trust")).startsWith(QStringLiteral("not evaluated")));
        QVERIFY(r.out.contains(QStringLiteral("Signed Digests :\n        ZIP file records: matches\n        ZIP central directory: matches\n")));
        QVERIFY(r.out.contains(QStringLiteral("AppxMetadata/CodeIntegrity.cat: not signed (the package has none)")));
        QVERIFY(r.out.contains(QStringLiteral("(issued by CN=WimBench Test Root, O=WimBench;")));
        QCOMPARE(r.field(QStringLiteral("Contents")), QStringLiteral("every block matches the block map"));
        QVERIFY(r.out.contains(QStringLiteral("Resources :\n        Language en-US\n        Scale 200\n")));
        QVERIFY(r.out.contains(QStringLiteral("Dependencies :\n        Microsoft.VCLibs.140.00 (minimum version 14.0.30704.0")));
        QVERIFY(r.out.contains(QStringLiteral("The operation completed successfully.")));
        QVERIFY(r.err.contains(QStringLiteral("Verifying package contents")));
    }

    void bundleInCmdletSyntax()
    {
        const CliResult r = runCli({QStringLiteral("Get-AppxPackageInfo"), QStringLiteral("-Path"), m_bundle});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(QStringLiteral("The operation completed successfully.")));
        QCOMPARE(r.field(QStringLiteral("PackageType")), QStringLiteral("Bundle"));
        QCOMPARE(r.field(QStringLiteral("PackageFullName")),
                 QStringLiteral("Contoso.Sample_1.0.0.0_neutral_~_") + PackageIdentity::publisherIdOf(sampleBundle().publisher));
        QCOMPARE(r.fields(QStringLiteral("FileName")).size(), 9);
        QCOMPARE(r.fields(QStringLiteral("Type")),
                 (QStringList{QStringLiteral("application"), QStringLiteral("application"), QStringLiteral("application"), QStringLiteral("resource"),
                              QStringLiteral("resource"), QStringLiteral("resource"), QStringLiteral("resource"), QStringLiteral("resource"),
                              QStringLiteral("resource")}));
        QCOMPARE(r.fields(QStringLiteral("Architecture")).mid(1, 3), (QStringList{QStringLiteral("x86"), QStringLiteral("x64"), QStringLiteral("arm64")}));
        const QStringList resources = r.fields(QStringLiteral("Resources"));
        QVERIFY(resources.contains(QStringLiteral("{Language fr-FR}")));
        QVERIFY(resources.contains(QStringLiteral("{Scale 200}")));
        QVERIFY(resources.contains(QStringLiteral("{DXFeatureLevel dx11}")));
        QVERIFY(r.out.contains(QStringLiteral("PackageType ")));
    }

    // An optional and a modification package say their kind and the main package they need.
    void optionalPackageKinds()
    {
        AppxSpec main;
        main.name = QStringLiteral("Contoso.Main");
        const QString optional = m_dir.filePath(QStringLiteral("levels.msix")), modification = m_dir.filePath(QStringLiteral("settings.msix"));
        QVERIFY(writeAppx(optional, optionalPackageSpec(main, QStringLiteral("Contoso.Main.Levels"))).ok());
        QVERIFY(writeAppx(modification, optionalPackageSpec(main, QStringLiteral("ContosoIT.Main.Settings"), true)).ok());
        CliResult r = runCli({QStringLiteral("/Get-PackageInfo"), QStringLiteral("/PackagePath:") + optional});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(QStringLiteral("Package Kind")), QStringLiteral("Optional"));
        QVERIFY2(r.out.contains(QStringLiteral("Main Package :\n        Contoso.Main (%1)\n").arg(main.publisher)), qPrintable(r.out));
        r = runCli({QStringLiteral("Get-AppxPackageInfo"), QStringLiteral("-Path"), modification});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(QStringLiteral("PackageKind")), QStringLiteral("Modification"));
        QVERIFY(!runCli({QStringLiteral("/Get-PackageInfo"), QStringLiteral("/PackagePath:") + m_package}).out.contains(QStringLiteral("Main Package")));
    }

    void noVerify()
    {
        const CliResult r = runCli({QStringLiteral("/Get-PackageInfo"), QStringLiteral("/PackagePath:") + m_bundle, QStringLiteral("/NoVerify")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(QStringLiteral("Contents")), QStringLiteral("not checked (/NoVerify)"));
    }

    void failures()
    {
        CliResult r = runCli({QStringLiteral("/Get-PackageInfo")});
        QCOMPARE(r.exitCode, 87);
        QVERIFY(r.lastErrorLine().contains(QStringLiteral("/PackagePath")));

        r = runCli({QStringLiteral("/Get-PackageInfo"), QStringLiteral("/PackagePath:") + m_dir.filePath(QStringLiteral("none.appx"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.lastErrorLine().startsWith(QStringLiteral("Error: ")));
        QVERIFY(r.lastErrorLine().contains(QStringLiteral("none.appx does not exist")));

        QFile encrypted(m_dir.filePath(QStringLiteral("app.eappx")));
        QVERIFY(encrypted.open(QIODevice::WriteOnly));
        encrypted.write("encrypted");
        encrypted.close();
        r = runCli({QStringLiteral("/Get-PackageInfo"), QStringLiteral("/PackagePath:") + encrypted.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.lastErrorLine().contains(QStringLiteral("is an encrypted package")));

        r = runCli({QStringLiteral("/Get-PackageInfo"), QStringLiteral("/PackagePath:") + m_dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.lastErrorLine().contains(QStringLiteral("holds neither AppxManifest.xml nor AppxMetadata/AppxBundleManifest.xml")));

        AppxSpec broken;
        broken.corruptFile = QStringLiteral("bin/app.dat");
        const QString file = m_dir.filePath(QStringLiteral("broken.appx"));
        QVERIFY(writeAppx(file, broken).ok());
        r = runCli({QStringLiteral("/Get-PackageInfo"), QStringLiteral("/PackagePath:") + file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.lastErrorLine().contains(QStringLiteral("Block 2 of bin/app.dat")), qPrintable(r.lastErrorLine()));
        QCOMPARE(r.err.count(QStringLiteral("Error: ")), 1);
    }

    void unpackedFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("unpacked"));
        QVERIFY(writeUnpackedPackage(folder, AppxSpec()).ok());
        const CliResult r = runCli({QStringLiteral("/Get-PackageInfo"), QStringLiteral("/FolderPath:") + folder});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(QStringLiteral("Package Type")), QStringLiteral("Unpacked package folder"));
        QCOMPARE(r.field(QStringLiteral("Block Map")), QStringLiteral("Present"));
    }

    void realExistingBundle()
    {
        const QString file = fixture(QStringLiteral("bundles/existingBundle.msixbundle"));
        if (file.isEmpty())
            QSKIP("../shared/fixtures/appx is absent");
        const CliResult r = runCli({QStringLiteral("/Get-PackageInfo"), QStringLiteral("/PackagePath:") + file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(QStringLiteral("Package Full Name")), QStringLiteral("7fa9aa49-c12e-4977-8a29-14b25a006dc7_4.0.0.0_neutral_~_vszhfztff4j74"));
        QCOMPARE(r.fields(QStringLiteral("Architecture")).mid(1), (QStringList{QStringLiteral("x86"), QStringLiteral("x64"), QStringLiteral("arm")}));
        QCOMPARE(r.out.count(QStringLiteral("        Microsoft.NET.Native.Runtime.2.2 (minimum version 2.2.28604.0")), 3);
        QCOMPARE(r.out.count(QStringLiteral("        Microsoft.VCLibs.140.00 (minimum version 14.0.22929.0")), 3);
        QCOMPARE(r.out.count(QStringLiteral("Resources :\n        Language EN-US\n        Scale 200\n")), 3);
    }

    void realFlatAndResourceOnlyBundles()
    {
        const QString flat = fixture(QStringLiteral("flat/FlatBundleWithAsset.appxbundle"));
        if (flat.isEmpty())
            QSKIP("../shared/fixtures/appx is absent");
        CliResult r = runCli({QStringLiteral("/Get-PackageInfo"), QStringLiteral("/PackagePath:") + flat});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(QStringLiteral("Package Type")), QStringLiteral("Flat bundle"));
        QVERIFY(r.out.contains(QStringLiteral("Missing Packages :\n        assets.appx\n        main_ARM.appx\n        main_x64.appx\n        main_x86.appx\n")));
        QVERIFY(r.err.contains(QStringLiteral("Warning: The bundle refers to packages that are neither inside it nor in its folder: assets.appx, main_ARM.appx, "
                                              "main_x64.appx, main_x86.appx.")));

        r = runCli({QStringLiteral("/Get-PackageInfo"), QStringLiteral("/PackagePath:") + fixture(QStringLiteral("bundles/ContainsOnlyResourcePackages.appxbundle"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.field(QStringLiteral("Application Packages")).startsWith(QStringLiteral("none: no application package")));
        QVERIFY(r.err.contains(QStringLiteral("no application package")));
    }

    void realInvalidPackages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("Empty") << QStringLiteral("invalid/Empty.appx") << QStringLiteral("not a ZIP archive");
        QTest::newRow("corrupted") << QStringLiteral("invalid/OPC_E_ZIP_CORRUPTED_ARCHIVE.appx") << QStringLiteral("ZIP structure of the package is damaged");
        QTest::newRow("no block map") << QStringLiteral("invalid/No_blockmap.appx") << QStringLiteral("has no AppxBlockMap.xml");
        QTest::newRow("bad block") << QStringLiteral("invalid/Invalid_Bad_Block.msix") << QStringLiteral("Block 11 of App1.dll");
        QTest::newRow("compressed") << QStringLiteral("invalid/PayloadPackageIsCompressed.appxbundle") << QStringLiteral("must be stored uncompressed");
        QTest::newRow("size") << QStringLiteral("invalid/ManifestPackageHasIncorrectSize.appxbundle") << QStringLiteral("has 3205 bytes, but the bundle holds 3206");
    }
    void realInvalidPackages()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const QString path = fixture(file);
        if (path.isEmpty())
            QSKIP("../shared/fixtures/appx is absent");
        const CliResult r = runCli({QStringLiteral("/Get-PackageInfo"), QStringLiteral("/PackagePath:") + path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.lastErrorLine().contains(reason), qPrintable(r.lastErrorLine()));
        QVERIFY(!r.out.contains(QStringLiteral("The operation completed successfully.")));
    }
};

QTEST_GUILESS_MAIN(TestPackageInfoCli)
#include "tst_packageinfo.moc"
