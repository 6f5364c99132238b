// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-cli /Get-PackageInfo and Get-AppxPackageInfo: the real executable on generated and real
// packages, both syntaxes, exit codes and one-line reasons.
#include "AppxBuilder.h"
#include "CliRunner.h"
#include "CliScenario.h"
#include "RefusalTable.h"
#include "WimBuilder.h"

#include "appx/PackageIdentity.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

class TestPackageInfoCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_logs; // the servicing logs of refused commands (outside the packages' folder)
    QString m_bundle;
    QString m_package;

    QString fixture(const QString &name) const
    {
        const QString dir = sharedFixturesDir();
        return dir.isEmpty() || !QFile::exists(dir + u"/appx/"_s + name) ? QString() : dir + u"/appx/"_s + name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        m_bundle = m_dir.filePath(u"Contoso.msixbundle"_s);
        QVERIFY(writeBundle(m_bundle, sampleBundle()).ok());
        m_package = m_dir.filePath(u"Contoso_x64.msix"_s);
        AppxSpec spec;
        spec.signature = true;
        spec.scales = {200};
        spec.dependencies = {{u"Microsoft.VCLibs.140.00"_s,
                              u"CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"_s,
                              u"14.0.30704.0"_s, false}};
        QVERIFY(writeAppx(m_package, spec).ok());
        QVERIFY(writeFile(m_dir.path(), u"app.eappx"_s, "encrypted"));
        AppxSpec broken;
        broken.corruptFile = u"bin/app.dat"_s;
        QVERIFY(writeAppx(m_dir.filePath(u"broken.appx"_s), broken).ok());
    }

    void packageInDismSyntax()
    {
        const CliResult r = runCli({u"/Get-PackageInfo"_s, u"/PackagePath:"_s + m_package});
        QCOMPARE(r.exitCode, 0);
        const QString id = PackageIdentity::publisherIdOf(AppxSpec().publisher);
        QCOMPARE(r.field(u"Package Type"_s), u"Package"_s);
        QCOMPARE(r.field(u"Name"_s), u"Contoso.Sample"_s);
        QCOMPARE(r.field(u"Architecture"_s), u"x64"_s);
        QCOMPARE(r.field(u"Publisher Id"_s), id);
        QCOMPARE(r.field(u"Package Full Name"_s), u"Contoso.Sample_1.0.0.0_x64__"_s + id);
        QCOMPARE(r.field(u"Package Family Name"_s), u"Contoso.Sample_"_s + id);
        QCOMPARE(r.field(u"Signature"_s), u"verified"_s);
        QCOMPARE(r.field(u"Signer"_s), AppxSpec().publisher);
        QVERIFY(r.field(u"Trust"_s).startsWith(u"not evaluated"_s));
        QVERIFY(r.out.contains(u"Signed Digests :\n        ZIP file records: matches\n        ZIP central directory: matches\n"_s));
        QVERIFY(r.out.contains(u"AppxMetadata/CodeIntegrity.cat: not signed (the package has none)"_s));
        QVERIFY(r.out.contains(u"(issued by CN=WimBench Test Root, O=WimBench;"_s));
        QCOMPARE(r.field(u"Contents"_s), u"every block matches the block map"_s);
        QVERIFY(r.out.contains(u"Resources :\n        Language en-US\n        Scale 200\n"_s));
        QVERIFY(r.out.contains(u"Dependencies :\n        Microsoft.VCLibs.140.00 (minimum version 14.0.30704.0"_s));
        QVERIFY(r.out.contains(u"The operation completed successfully."_s));
        QVERIFY(r.err.contains(u"Verifying package contents"_s));
    }

    void bundleInCmdletSyntax()
    {
        const CliResult r = runCli({u"Get-AppxPackageInfo"_s, u"-Path"_s, m_bundle});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(u"The operation completed successfully."_s));
        QCOMPARE(r.field(u"PackageType"_s), u"Bundle"_s);
        QCOMPARE(r.field(u"PackageFullName"_s),
                 u"Contoso.Sample_1.0.0.0_neutral_~_"_s + PackageIdentity::publisherIdOf(sampleBundle().publisher));
        QCOMPARE(r.fields(u"FileName"_s).size(), 9);
        QCOMPARE(r.fields(u"Type"_s),
                 (QStringList{u"application"_s, u"application"_s, u"application"_s, u"resource"_s,
                              u"resource"_s, u"resource"_s, u"resource"_s, u"resource"_s,
                              u"resource"_s}));
        QCOMPARE(r.fields(u"Architecture"_s).mid(1, 3), (QStringList{u"x86"_s, u"x64"_s, u"arm64"_s}));
        const QStringList resources = r.fields(u"Resources"_s);
        QVERIFY(resources.contains(u"{Language fr-FR}"_s));
        QVERIFY(resources.contains(u"{Scale 200}"_s));
        QVERIFY(resources.contains(u"{DXFeatureLevel dx11}"_s));
        QVERIFY(r.out.contains(u"PackageType "_s));
    }

    // An optional and a modification package say their kind and the main package they need.
    void optionalPackageKinds()
    {
        AppxSpec main;
        main.name = u"Contoso.Main"_s;
        const QString optional = m_dir.filePath(u"levels.msix"_s), modification = m_dir.filePath(u"settings.msix"_s);
        QVERIFY(writeAppx(optional, optionalPackageSpec(main, u"Contoso.Main.Levels"_s)).ok());
        QVERIFY(writeAppx(modification, optionalPackageSpec(main, u"ContosoIT.Main.Settings"_s, true)).ok());
        CliResult r = runCli({u"/Get-PackageInfo"_s, u"/PackagePath:"_s + optional});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(u"Package Kind"_s), u"Optional"_s);
        QVERIFY2(r.out.contains(u"Main Package :\n        Contoso.Main (%1)\n"_s.arg(main.publisher)), qPrintable(r.out));
        r = runCli({u"Get-AppxPackageInfo"_s, u"-Path"_s, modification});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(u"PackageKind"_s), u"Modification"_s);
        QVERIFY(!runCli({u"/Get-PackageInfo"_s, u"/PackagePath:"_s + m_package}).out.contains(u"Main Package"_s));
    }

    void noVerify()
    {
        const CliResult r = runCli({u"/Get-PackageInfo"_s, u"/PackagePath:"_s + m_bundle, u"/NoVerify"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(u"Contents"_s), u"not checked (/NoVerify)"_s);
    }

    void unpackedFolder()
    {
        const QString folder = m_dir.filePath(u"unpacked"_s);
        QVERIFY(writeUnpackedPackage(folder, AppxSpec()).ok());
        const CliResult r = runCli({u"/Get-PackageInfo"_s, u"/FolderPath:"_s + folder});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(u"Package Type"_s), u"Unpacked package folder"_s);
        QCOMPARE(r.field(u"Block Map"_s), u"Present"_s);
    }

    void realExistingBundle()
    {
        const QString file = fixture(u"bundles/existingBundle.msixbundle"_s);
        if (file.isEmpty())
            QSKIP("../shared/fixtures/appx is absent");
        const CliResult r = runCli({u"/Get-PackageInfo"_s, u"/PackagePath:"_s + file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(u"Package Full Name"_s), u"7fa9aa49-c12e-4977-8a29-14b25a006dc7_4.0.0.0_neutral_~_vszhfztff4j74"_s);
        QCOMPARE(r.fields(u"Architecture"_s).mid(1), (QStringList{u"x86"_s, u"x64"_s, u"arm"_s}));
        QCOMPARE(r.out.count(u"        Microsoft.NET.Native.Runtime.2.2 (minimum version 2.2.28604.0"_s), 3);
        QCOMPARE(r.out.count(u"        Microsoft.VCLibs.140.00 (minimum version 14.0.22929.0"_s), 3);
        QCOMPARE(r.out.count(u"Resources :\n        Language EN-US\n        Scale 200\n"_s), 3);
    }

    void realFlatAndResourceOnlyBundles()
    {
        const QString flat = fixture(u"flat/FlatBundleWithAsset.appxbundle"_s);
        if (flat.isEmpty())
            QSKIP("../shared/fixtures/appx is absent");
        CliResult r = runCli({u"/Get-PackageInfo"_s, u"/PackagePath:"_s + flat});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(u"Package Type"_s), u"Flat bundle"_s);
        QVERIFY(r.out.contains(u"Missing Packages :\n        assets.appx\n        main_ARM.appx\n        main_x64.appx\n        main_x86.appx\n"_s));
        QVERIFY(r.err.contains(u"Warning: The bundle refers to packages that are neither inside it nor in its folder: assets.appx, main_ARM.appx, "
                                              "main_x64.appx, main_x86.appx."_s));

        r = runCli({u"/Get-PackageInfo"_s, u"/PackagePath:"_s + fixture(u"bundles/ContainsOnlyResourcePackages.appxbundle"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.field(u"Application Packages"_s).startsWith(u"none: no application package"_s));
        QVERIFY(r.err.contains(u"no application package"_s));
    }

    // Every refusal of /Get-PackageInfo, in both syntaxes, on generated and real packages ({fixtures}:
    // shared/fixtures/appx, the row is skipped without it): the exit status, the code the servicing
    // log records (none for usage errors), a fragment of the one error line, nothing that says it
    // worked, and the packages read unchanged.
    void refusals_data()
    {
        addRefusalColumns();
        const QString dism = u"/Get-PackageInfo"_s;
        const QString cmdlet = u"Get-AppxPackageInfo"_s;
        // clang-format off
        QTest::newRow("no package")                 << QStringList{dism}                                                       << 87 << QString()    << u"/PackagePath"_s;
        QTest::newRow("no package, cmdlet")         << QStringList{cmdlet}                                                     << 87 << QString()    << u"-PackagePath is required"_s;
        QTest::newRow("missing file")               << QStringList{dism, u"/PackagePath:{dir}/none.appx"_s}                    << 1  << u"appx.not-found"_s << u"none.appx does not exist"_s;
        QTest::newRow("missing file, cmdlet")       << QStringList{cmdlet, u"-Path"_s, u"{dir}/none.appx"_s}                   << 1  << u"appx.not-found"_s << u"none.appx does not exist"_s;
        QTest::newRow("encrypted")                  << QStringList{dism, u"/PackagePath:{dir}/app.eappx"_s}                    << 1  << u"appx.encrypted-package"_s << u"is an encrypted package"_s;
        QTest::newRow("folder without manifest")    << QStringList{dism, u"/PackagePath:{dir}"_s}                              << 1  << u"appx.unknown-format"_s << u"holds neither AppxManifest.xml nor AppxMetadata/AppxBundleManifest.xml"_s;
        QTest::newRow("damaged block")              << QStringList{dism, u"/PackagePath:{dir}/broken.appx"_s}                  << 1  << u"appx.block-hash-mismatch"_s << u"Block 2 of bin/app.dat"_s;
        QTest::newRow("damaged block, cmdlet")      << QStringList{cmdlet, u"-Path"_s, u"{dir}/broken.appx"_s}                 << 1  << u"appx.block-hash-mismatch"_s << u"Block 2 of bin/app.dat"_s;
        QTest::newRow("Empty")                      << QStringList{dism, u"/PackagePath:{fixtures}/invalid/Empty.appx"_s}      << 1  << u"appx.not-a-zip"_s << u"not a ZIP archive"_s;
        QTest::newRow("corrupted")                  << QStringList{dism, u"/PackagePath:{fixtures}/invalid/OPC_E_ZIP_CORRUPTED_ARCHIVE.appx"_s} << 1 << u"appx.zip-corrupted"_s << u"ZIP structure of the package is damaged"_s;
        QTest::newRow("no block map")               << QStringList{dism, u"/PackagePath:{fixtures}/invalid/No_blockmap.appx"_s} << 1 << u"appx.blockmap-missing"_s << u"has no AppxBlockMap.xml"_s;
        QTest::newRow("bad block")                  << QStringList{dism, u"/PackagePath:{fixtures}/invalid/Invalid_Bad_Block.msix"_s} << 1 << u"appx.block-hash-mismatch"_s << u"Block 11 of App1.dll"_s;
        QTest::newRow("compressed")                 << QStringList{dism, u"/PackagePath:{fixtures}/invalid/PayloadPackageIsCompressed.appxbundle"_s} << 1 << u"appx.bundle-package-compressed"_s << u"must be stored uncompressed"_s;
        QTest::newRow("size")                       << QStringList{dism, u"/PackagePath:{fixtures}/invalid/ManifestPackageHasIncorrectSize.appxbundle"_s} << 1 << u"appx.bundle-package-size-mismatch"_s << u"has 3205 bytes, but the bundle holds 3206"_s;
        // clang-format on
    }

    void refusals()
    {
        auto [args, exitCode, code, reason] = fetchRefusal();
        const QString fixtures = sharedFixturesDir() + u"/appx"_s;
        if (args.join(u' ').contains(u"{fixtures}"_s) && !QFileInfo::exists(fixtures))
            QSKIP("../shared/fixtures/appx is absent");
        args = fillIn(args, {{u"dir"_s, m_dir.path()}, {u"fixtures"_s, fixtures}});
        const QString log = m_logs.filePath(u"%1.log"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
        const Untouched packages({m_dir.path(), args.last()});
        const CliResult r = runCli(withLogPath(args, log));
        QCOMPARE(refusedAs(r, log, exitCode, code, reason), QString());
        QCOMPARE(errorLines(r).size(), 1);
        QVERIFY(!r.out.contains(u"The operation completed successfully."_s));
        QCOMPARE(packages.changes(), QString());
    }

    // The one refusal compared as the whole sentence a technician reads.
    void refusalSentence()
    {
        const QString file = m_dir.filePath(u"app.eappx"_s);
        const CliResult r = runCli({u"/Get-PackageInfo"_s, u"/PackagePath:"_s + file});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.lastErrorLine(),
                 u"Error: %1 is an encrypted package, which only Windows can open. Use the unencrypted .appx, .msix or bundle file."_s.arg(
                     file));
    }
};

QTEST_GUILESS_MAIN(TestPackageInfoCli)
#include "tst_packageinfo.moc"
