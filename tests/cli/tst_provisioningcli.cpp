// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-cli provisioning commands, dism and cmdlet syntax, on offline image folders built at
// test time: exit codes, printed decisions, warnings and one-line errors.
#include "AppxBuilder.h"
#include "CliRunner.h"
#include "CliScenario.h"
#include "OfflineImageBuilder.h"
#include "RefusalTable.h"
#include "TestSigner.h"
#include "WimBuilder.h"

#include "appx/PackageIdentity.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

class TestProvisioningCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_logs; // the servicing logs of refused commands
    QString m_bundle, m_vclibs, m_other;
    BundleSpec m_bundleSpec;
    int m_images = 0;

    QString newImage(const QByteArray &list = {})
    {
        const QString root = m_dir.filePath(u"image%1"_s.arg(++m_images));
        OfflineImageSpec spec;
        spec.languages = {u"en-US"_s};
        spec.provisioningList = list;
        return writeOfflineImage(root, spec) ? root : QString();
    }

    QString bundleFull() const
    {
        PackageIdentity i;
        i.name = m_bundleSpec.name;
        i.publisher = m_bundleSpec.publisher;
        i.version = *PackageVersion::parse(m_bundleSpec.version);
        i.resourceId = u"~"_s;
        return i.fullName();
    }

    QString x64Full() const
    {
        PackageIdentity i;
        i.name = m_bundleSpec.name;
        i.publisher = m_bundleSpec.publisher;
        i.version = *PackageVersion::parse(m_bundleSpec.version);
        i.architecture = PackageArchitecture::X64;
        return i.fullName();
    }

    /// Runs hivexsh -w on `hive` with `commands` (libhivex-bin: an independent writer).
    static bool hivexsh(const QString &hive, const QString &commands)
    {
        QProcess p;
        p.start(u"hivexsh"_s, {u"-w"_s, hive});
        p.write((commands + u"\nexit\n"_s).toUtf8());
        p.closeWriteChannel();
        const bool ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        const QByteArray err = p.readAllStandardError();
        if (!ok || !err.isEmpty())
            qWarning("hivexsh: %s", err.constData());
        return ok && err.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        m_bundleSpec = sampleBundle();
        m_bundle = m_dir.filePath(u"Contoso.Sample.msixbundle"_s);
        QVERIFY(writeBundle(m_bundle, m_bundleSpec).ok());
        m_vclibs = m_dir.filePath(u"vclibs.appx"_s);
        QVERIFY(writeAppx(m_vclibs, frameworkSpec(u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s, u"x64"_s)).ok());
        AppxSpec other;
        other.name = u"Contoso.Other"_s;
        m_other = m_dir.filePath(u"Contoso.Other.msix"_s);
        QVERIFY(writeAppx(m_other, other).ok());
    }

    void getReadsRealList()
    {
        QFile real(sharedFixturesDir() + u"/real/AppxProvisioning-win11-23h2.xml"_s);
        if (!real.open(QIODevice::ReadOnly))
            QSKIP("../shared/fixtures is absent");
        const QString image = newImage(real.readAll());
        // dism.exe puts /Image before the command.
        const CliResult r = runCli({u"/Image:"_s + image, u"/Get-ProvisionedAppxPackages"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList names = r.fields(u"PackageName"_s);
        QCOMPARE(names.size(), 17);
        QCOMPARE(names.first(), u"Microsoft.WindowsStore_2022.507.446.0_neutral_~_8wekyb3d8bbwe"_s);
        QCOMPARE(r.fields(u"DisplayName"_s).first(), u"Microsoft.WindowsStore"_s);
        QCOMPARE(r.fields(u"Version"_s).first(), u"2022.507.446.0"_s);
        QCOMPARE(r.fields(u"Architecture"_s).last(), u"x64"_s);
        QCOMPARE(r.fields(u"ResourceId"_s).first(), u"~"_s);
        QCOMPARE(r.fields(u"Regions"_s).first(), u"None"_s);
        QVERIFY(r.out.contains(u"The operation completed successfully."_s));

        const CliResult c = runCli({u"Get-AppxProvisionedPackage"_s, u"-Path"_s, image});
        QCOMPARE(c.exitCode, 0);
        QCOMPARE(c.fields(u"PackageName"_s), names);
        QVERIFY(!c.out.contains(u"The operation completed successfully."_s));
    }

    void addRemoveOptimizeInDismSyntax()
    {
        const QString image = newImage();
        const CliResult add = runCli({u"/Image:"_s + image, u"/Add-ProvisionedAppxPackage"_s,
                                      u"/PackagePath:"_s + m_bundle, u"/DependencyPackagePath:"_s + m_vclibs,
                                      u"/SkipLicense"_s});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        QCOMPARE(add.field(u"Image architecture"_s), u"x64 (PE header of Windows/System32/ntoskrnl.exe (machine 0x8664))"_s);
        QVERIFY(add.field(u"Image languages"_s).startsWith(QLatin1String("en-US (Windows/System32/en-US)")));
        QVERIFY(add.out.contains(u"Included %1 : application package for x64, the best of the bundle for this x64 image (native)"_s.arg(x64Full())));
        QVERIFY(add.out.contains(u" : language pack fr-FR: no matching language is installed in the image (installed: en-US)"_s));
        QVERIFY(add.err.contains(u"Warning: No /Region was given: Windows provisions the app for a user only when it is pinned to Start."_s));
        QVERIFY(QFile::exists(image + u"/Program Files/WindowsApps/"_s + x64Full() + u"/AppxManifest.xml"_s));

        QVERIFY(runCli({u"/Image:"_s + image, u"/Add-ProvisionedAppxPackage"_s, u"/PackagePath:"_s + m_other,
                        u"/SkipLicense"_s, u"/Region:all"_s})
                    .exitCode == 0);
        const CliResult opt = runCli({u"/Image:"_s + image, u"/Optimize-ProvisionedAppxPackages"_s});
        QCOMPARE(opt.exitCode, 0);
        QVERIFY(opt.field(u"Files linked"_s).toInt() >= 3);
        QVERIFY(opt.field(u"Bytes saved"_s).endsWith(QLatin1String(" bytes")));
        QVERIFY(opt.field(u"Bytes saved"_s) != u"0 bytes"_s);

        const CliResult rem = runCli({u"/Image:"_s + image, u"/Remove-ProvisionedAppxPackage"_s,
                                      u"/PackageName:"_s + bundleFull()});
        QVERIFY2(rem.exitCode == 0, qPrintable(rem.err));
        QVERIFY(!QFile::exists(image + u"/Program Files/WindowsApps/"_s + x64Full()));
        const CliResult get = runCli({u"/Image:"_s + image, u"/Get-ProvisionedAppxPackages"_s});
        QCOMPARE(get.fields(u"DisplayName"_s), QStringList{u"Contoso.Other"_s});
        QCOMPARE(get.field(u"Regions"_s), u"all"_s);
    }

    void cmdletSyntax()
    {
        const QString image = newImage();
        const QString customData = m_dir.filePath(u"c.dat"_s);
        QVERIFY(writeFile(m_dir.path(), u"c.dat"_s, "abc"));
        const CliResult add = runCli({u"Add-AppxProvisionedPackage"_s, u"-Path"_s, image, u"-PackagePath"_s, m_bundle,
                                      u"-DependencyPackagePath"_s, m_vclibs, u"-SkipLicense"_s, u"-Regions"_s,
                                      u"us;gb"_s, u"-StubPackageOption"_s, u"InstallFull"_s});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        QVERIFY(!add.err.contains(u"pinned to Start"_s));
        const CliResult get = runCli({u"Get-AppxProvisionedPackage"_s, u"-Path"_s, image});
        QCOMPARE(get.field(u"Regions"_s), u"US;GB"_s);
        const CliResult set = runCli({u"Set-AppxProvisionedDataFile"_s, u"-Path"_s, image, u"-PackageName"_s,
                                      m_bundleSpec.name, u"-CustomDataPath"_s, customData});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QFile dat(image + u"/Program Files/WindowsApps/"_s + x64Full() + u"/microsoft.system.package.metadata/Custom.data"_s);
        QVERIFY(dat.open(QIODevice::ReadOnly));
        QCOMPARE(dat.readAll(), QByteArray("abc"));
        const CliResult rem = runCli({u"Remove-AppxProvisionedPackage"_s, u"-Path"_s, image, u"-PackageName"_s, bundleFull()});
        QCOMPARE(rem.exitCode, 0);
    }

    void registeredFollowsTheImageRegistry_data()
    {
        QTest::addColumn<bool>("cmdlet");
        QTest::newRow("dism") << false;
        QTest::newRow("cmdlet") << true;
    }

    void registeredFollowsTheImageRegistry()
    {
        // The Registered field of /Get-ProvisionedAppxPackages in both syntaxes, on an image with
        // real SOFTWARE and SYSTEM hives: Yes after an add; No when the app's AppxAllUserStore key is
        // deleted behind WimBench's back (hivexsh); RegistryOnly for a key without a list entry;
        // NoHive once the image has no SOFTWARE hive.
        QFETCH(bool, cmdlet);
        const QString root = m_dir.filePath(u"hive-image%1"_s.arg(++m_images));
        OfflineImageSpec spec;
        spec.hives = ImageHivesSpec{};
        QVERIFY(writeOfflineImage(root, spec));
        const QString hive = root + u"/Windows/System32/config/SOFTWARE"_s;
        auto get = [&] {
            return cmdlet ? runCli({u"Get-AppxProvisionedPackage"_s, u"-Path"_s, root})
                          : runCli({u"/Image:"_s + root, u"/Get-ProvisionedAppxPackages"_s});
        };
        const CliResult add = cmdlet ? runCli({u"Add-AppxProvisionedPackage"_s, u"-Path"_s, root, u"-PackagePath"_s, m_other, u"-SkipLicense"_s})
                                     : runCli({u"/Image:"_s + root, u"/Add-ProvisionedAppxPackage"_s, u"/PackagePath:"_s + m_other, u"/SkipLicense"_s});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const QString other = get().field(u"PackageName"_s);
        QVERIFY(other.startsWith(u"Contoso.Other_"_s));
        CliResult r = get();
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.fields(u"Registered"_s), QStringList{u"Yes"_s});
        QVERIFY(!r.err.contains(u"Warning"_s));

        const QString apps = u"\\Microsoft\\Windows\\CurrentVersion\\Appx\\AppxAllUserStore\\Applications"_s;
        QVERIFY(hivexsh(hive, u"cd "_s + apps + u"\\"_s + other + u"\ndel\ncommit"_s));
        r = get();
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.fields(u"Registered"_s), QStringList{u"No"_s});
        QVERIFY2(r.err.contains(u"Warning: "_s + other + u" is in the provisioning list but not in the image's registry (AppxAllUserStore), so "
                                                          "Windows would not install it for new users."_s),
                 qPrintable(r.err));

        const QString stray = u"Contoso.Stray_2.0.0.0_neutral_~_8wekyb3d8bbwe"_s;
        QVERIFY(hivexsh(hive, u"cd "_s + apps + u"\nadd "_s + stray + u"\ncommit"_s));
        r = get();
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.fields(u"PackageName"_s), (QStringList{other, stray}));
        QCOMPARE(r.fields(u"Registered"_s), (QStringList{u"No"_s, u"RegistryOnly"_s}));
        QVERIFY(r.err.contains(u"Warning: "_s + stray + u" is in the image's registry (AppxAllUserStore) but not in the provisioning list."_s));

        QVERIFY(QFile::remove(hive));
        r = get();
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.fields(u"Registered"_s), QStringList{u"NoHive"_s});
        QVERIFY(!r.err.contains(u"Warning"_s));
    }

    void trustDecidesTheExitCode_data()
    {
        QTest::addColumn<bool>("cmdlet");
        QTest::addColumn<QString>("root");    // own, foreign, none: the test root in the image's ROOT store
        QTest::addColumn<bool>("signedApp");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("decision"); // a line of stdout
        QTest::addColumn<QString>("error");    // the last line of stderr, its start
        const QString root = u"CN=WimBench Test Root, O=WimBench"_s;
        for (bool cmdlet : {false, true}) {
            const char *syntax = cmdlet ? "cmdlet" : "dism";
            QTest::addRow("%s, trusted", syntax) << cmdlet << u"own"_s << true << 0
                                                 << u"Included %1 : signature trusted by the image: CN=Contoso Test, O=Contoso, C=US -> "_s + root << u""_s;
            QTest::addRow("%s, foreign root", syntax) << cmdlet << u"foreign"_s << true << 1
                                                      << u"Skipped  %1 : signature not trusted by the image: signed by CN=Contoso Test, O=Contoso, C=US, and the "
                                                         "image's certificate stores lack "_s + root
                                                      << u"Error: The image does not trust the signer of %1 (CN=Contoso Test, O=Contoso, C=US): its "
                                                         "certificate stores lack "_s + root;
            QTest::addRow("%s, no certificate", syntax) << cmdlet << u"none"_s << true << 1 << u"Skipped  %1 : signature not trusted"_s
                                                        << u"Error: The image does not trust the signer of %1"_s;
            QTest::addRow("%s, unsigned", syntax) << cmdlet << u"own"_s << false << 1
                                                  << u"Skipped  %1 : not signed: Windows installs only signed app packages (0x800B0100)"_s
                                                  << u"Error: %1 ("_s;
        }
    }

    void trustDecidesTheExitCode()
    {
        QFETCH(bool, cmdlet);
        QFETCH(QString, root);
        QFETCH(bool, signedApp);
        QFETCH(int, exitCode);
        QFETCH(QString, decision);
        QFETCH(QString, error);
        const QString image = m_dir.filePath(u"trust-image%1"_s.arg(++m_images));
        QVERIFY(writeImageWithRoots(image, root == u"none"_s ? QStringList() : QStringList{root}));
        AppxSpec app;
        app.name = u"Contoso.Trust"_s;
        app.signature = signedApp;
        const QString package = m_dir.filePath(u"trust-%1.msix"_s.arg(m_images));
        QVERIFY(writeAppx(package, app).ok());
        const QString fullName = packageFullName(app);
        const auto before = treeDigest(image);
        const CliResult r = cmdlet ? runCli({u"Add-AppxProvisionedPackage"_s, u"-Path"_s, image, u"-PackagePath"_s, package, u"-SkipLicense"_s})
                                   : runCli({u"/Image:"_s + image, u"/Add-ProvisionedAppxPackage"_s, u"/PackagePath:"_s + package, u"/SkipLicense"_s});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.out.contains(decision.arg(fullName)), qPrintable(r.out));
        if (exitCode == 0)
            return;
        QVERIFY2(r.lastErrorLine().startsWith(error.arg(fullName)), qPrintable(r.lastErrorLine()));
    }

    // /OptionalPackagePath (dism) and -OptionalPackagePath (cmdlet): the optional package goes with
    // its app; given alone it is refused with exit 1 and the advice to give its main package.
    void optionalPackagesBothSyntaxes()
    {
        AppxSpec main;
        main.name = u"Contoso.Main"_s;
        const AppxSpec levels = optionalPackageSpec(main, u"Contoso.Main.Levels"_s);
        const QString mainPath = m_dir.filePath(u"Contoso.Main.msix"_s);
        const QString levelsPath = m_dir.filePath(u"Contoso.Main.Levels.msix"_s);
        QVERIFY(writeAppx(mainPath, main).ok());
        QVERIFY(writeAppx(levelsPath, levels).ok());
        const QString levelsFull = packageFullName(levels);

        QString image = newImage();
        const CliResult dism = runCli({u"/Image:"_s + image, u"/Add-ProvisionedAppxPackage"_s,
                                       u"/PackagePath:"_s + mainPath, u"/OptionalPackagePath:"_s + levelsPath,
                                       u"/SkipLicense"_s, u"/Region:all"_s});
        QVERIFY2(dism.exitCode == 0, qPrintable(dism.err));
        QVERIFY2(dism.out.contains(u"Included %1 : optional package of Contoso.Main: architecture x64 applies"_s.arg(levelsFull)),
                 qPrintable(dism.out));
        QVERIFY(QFile::exists(image + u"/Program Files/WindowsApps/"_s + levelsFull + u"/Extra/readme.txt"_s));

        image = newImage();
        const CliResult cmdlet = runCli({u"Add-AppxProvisionedPackage"_s, u"-Path"_s, image, u"-PackagePath"_s,
                                         mainPath, u"-OptionalPackagePath"_s, levelsPath, u"-SkipLicense"_s,
                                         u"-Regions"_s, u"all"_s});
        QVERIFY2(cmdlet.exitCode == 0, qPrintable(cmdlet.err));
        QVERIFY(QFile::exists(image + u"/Program Files/WindowsApps/"_s + levelsFull + u"/Extra/readme.txt"_s));

        image = newImage();
        const auto before = treeDigest(image);
        const CliResult alone = runCli({u"/Image:"_s + image, u"/Add-ProvisionedAppxPackage"_s,
                                        u"/PackagePath:"_s + levelsPath, u"/SkipLicense"_s, u"/Region:all"_s});
        QCOMPARE(alone.exitCode, 1);
        QCOMPARE(alone.lastErrorLine(),
                 u"Error: %1 is an optional package of Contoso.Main (MainPackageDependency): Windows installs it "
                 "only together with its main package. Give Contoso.Main as the package and %1 with "
                 "/OptionalPackagePath."_s.arg(levelsFull));
        QCOMPARE(treeDigest(image), before);
    }

    // Every refusal of the provisioning commands, in both syntaxes, on a fresh offline image {image}
    // ({empty}: a folder that is no image; {bundle}: the sample bundle, whose dependency is not
    // given): the exit status, the code the servicing log records (none for usage errors), a
    // fragment of the one error line, what stdout must say (empty: nothing asked), and the image
    // folder unchanged. optionalPackagesBothSyntaxes compares a whole refusal sentence.
    void refusals_data()
    {
        addRefusalColumns();
        QTest::addColumn<QString>("output");
        const QString add = u"/Add-ProvisionedAppxPackage"_s;
        const QString addCmdlet = u"Add-AppxProvisionedPackage"_s;
        const QString skipped = u"Skipped  Microsoft.VCLibs.140.00 >= 14.0.30704.0 : dependency of"_s;
        const QString needs = u"needs Microsoft.VCLibs.140.00 (version 14.0.30704.0 or later"_s;
        // clang-format off
        QTest::newRow("no license")                << QStringList{u"/Image:{image}"_s, add, u"/PackagePath:{bundle}"_s}                                        << 87 << QString() << u"A license is required: give /LicensePath:<file>"_s << QString();
        QTest::newRow("no license, cmdlet")        << QStringList{addCmdlet, u"-Path"_s, u"{image}"_s, u"-PackagePath"_s, u"{bundle}"_s}                     << 87 << QString() << u"A license is required: give -LicensePath"_s << QString();
        QTest::newRow("unknown region")            << QStringList{u"/Image:{image}"_s, add, u"/PackagePath:{bundle}"_s, u"/SkipLicense"_s, u"/Region:US;ZZ"_s} << 87 << QString() << u"\"ZZ\" in the regions \"US;ZZ\" is not an ISO 3166-1"_s << QString();
        QTest::newRow("unknown region, cmdlet")    << QStringList{addCmdlet, u"-Path"_s, u"{image}"_s, u"-PackagePath"_s, u"{bundle}"_s, u"-SkipLicense"_s, u"-Regions"_s, u"US;ZZ"_s} << 87 << QString() << u"\"ZZ\" in the regions \"US;ZZ\" is not an ISO 3166-1"_s << QString();
        QTest::newRow("unknown stub option")       << QStringList{u"/Image:{image}"_s, add, u"/PackagePath:{bundle}"_s, u"/SkipLicense"_s, u"/StubPackageOption:maybe"_s} << 87 << QString() << u"/StubPackageOption takes installstub or installfull, not \"maybe\""_s << QString();
        QTest::newRow("unknown stub option, cmdlet") << QStringList{addCmdlet, u"-Path"_s, u"{image}"_s, u"-PackagePath"_s, u"{bundle}"_s, u"-SkipLicense"_s, u"-StubPackageOption"_s, u"maybe"_s} << 87 << QString() << u"-StubPackageOption takes installstub or installfull, not \"maybe\""_s << QString();
        QTest::newRow("no package")                << QStringList{u"/Image:{image}"_s, add, u"/SkipLicense"_s}                                                 << 87 << QString() << u"/PackagePath"_s << QString();
        QTest::newRow("no package, cmdlet")        << QStringList{addCmdlet, u"-Path"_s, u"{image}"_s, u"-SkipLicense"_s}                                      << 87 << QString() << u"-PackagePath"_s << QString();
        QTest::newRow("online")                    << QStringList{u"/Online"_s, u"/Get-ProvisionedAppxPackages"_s}                                             << 87 << QString() << u"offline images only"_s << QString();
        QTest::newRow("dependency missing")        << QStringList{u"/Image:{image}"_s, add, u"/PackagePath:{bundle}"_s, u"/SkipLicense"_s, u"/Region:all"_s}   << 1  << u"provision.dependency-missing"_s << needs << skipped;
        QTest::newRow("dependency missing, cmdlet") << QStringList{addCmdlet, u"-Path"_s, u"{image}"_s, u"-PackagePath"_s, u"{bundle}"_s, u"-SkipLicense"_s, u"-Regions"_s, u"all"_s} << 1 << u"provision.dependency-missing"_s << needs << QString();
        QTest::newRow("nothing to remove")         << QStringList{u"/Image:{image}"_s, u"/Remove-ProvisionedAppxPackage"_s, u"/PackageName:Nothing.Here"_s}    << 1  << u"provision.not-provisioned"_s << u"No app Nothing.Here is provisioned in this image"_s << QString();
        QTest::newRow("nothing to remove, cmdlet") << QStringList{u"Remove-AppxProvisionedPackage"_s, u"-Path"_s, u"{image}"_s, u"-PackageName"_s, u"Nothing.Here"_s} << 1 << u"provision.not-provisioned"_s << u"No app Nothing.Here is provisioned in this image"_s << QString();
        QTest::newRow("no Windows image")          << QStringList{u"/Image:{empty}"_s, u"/Get-ProvisionedAppxPackages"_s}                                      << 1  << u"provision.not-an-image"_s << u"has no Windows/System32 folder"_s << QString();
        QTest::newRow("no Windows image, cmdlet")  << QStringList{u"Get-AppxProvisionedPackage"_s, u"-Path"_s, u"{empty}"_s}                                   << 1  << u"provision.not-an-image"_s << u"has no Windows/System32 folder"_s << QString();
        // clang-format on
    }

    void refusals()
    {
        const auto [args, exitCode, code, fragment] = fetchRefusal();
        QFETCH(QString, output);
        const QString image = newImage();
        const QString empty = m_dir.filePath(u"empty%1"_s.arg(++m_images));
        QVERIFY(QDir().mkpath(empty));
        const QString log = m_logs.filePath(u"%1.log"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
        const Untouched target({image, empty, m_bundle});
        const CliResult r = runCli(withLogPath(fillIn(args, {{u"image"_s, image}, {u"empty"_s, empty}, {u"bundle"_s, m_bundle}}), log));
        QCOMPARE(refusedAs(r, log, exitCode, code, fragment), QString());
        QCOMPARE(errorLines(r).size(), 1);
        QVERIFY2(r.out.contains(output), qPrintable(r.out));
        QCOMPARE(target.changes(), QString());
    }

    void help()
    {
        const CliResult r = runCli({u"/Add-ProvisionedAppxPackage"_s, u"/?"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"/StubPackageOption"_s));
    }
};

QTEST_GUILESS_MAIN(TestProvisioningCli)
#include "tst_provisioningcli.moc"
