// wimbench-cli provisioning commands, dism and cmdlet syntax, on offline image folders built at
// test time: exit codes, printed decisions, warnings and one-line errors.
#include "AppxBuilder.h"
#include "CliRunner.h"
#include "OfflineImageBuilder.h"
#include "TestSigner.h"
#include "WimBuilder.h"

#include "appx/PackageIdentity.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::test;
using namespace Qt::StringLiterals;

class TestProvisioningCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bundle, m_vclibs, m_other;
    BundleSpec m_bundleSpec;
    int m_images = 0;

    QString newImage(const QByteArray &list = {})
    {
        const QString root = m_dir.filePath(QStringLiteral("image%1").arg(++m_images));
        OfflineImageSpec spec;
        spec.languages = {QStringLiteral("en-US")};
        spec.provisioningList = list;
        return writeOfflineImage(root, spec) ? root : QString();
    }

    QString bundleFull() const
    {
        PackageIdentity i;
        i.name = m_bundleSpec.name;
        i.publisher = m_bundleSpec.publisher;
        i.version = *PackageVersion::parse(m_bundleSpec.version);
        i.resourceId = QStringLiteral("~");
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
        m_bundle = m_dir.filePath(QStringLiteral("Contoso.Sample.msixbundle"));
        QVERIFY(writeBundle(m_bundle, m_bundleSpec).ok());
        m_vclibs = m_dir.filePath(QStringLiteral("vclibs.appx"));
        QVERIFY(writeAppx(m_vclibs, frameworkSpec(QStringLiteral("Microsoft.VCLibs.140.00"), QStringLiteral("14.0.30704.0"), QStringLiteral("x64"))).ok());
        AppxSpec other;
        other.name = QStringLiteral("Contoso.Other");
        m_other = m_dir.filePath(QStringLiteral("Contoso.Other.msix"));
        QVERIFY(writeAppx(m_other, other).ok());
    }

    void getReadsRealList()
    {
        QFile real(sharedFixturesDir() + QStringLiteral("/real/AppxProvisioning-win11-23h2.xml"));
        if (!real.open(QIODevice::ReadOnly))
            QSKIP("../shared/fixtures is absent");
        const QString image = newImage(real.readAll());
        // dism.exe puts /Image before the command.
        const CliResult r = runCli({QStringLiteral("/Image:") + image, QStringLiteral("/Get-ProvisionedAppxPackages")});
        QCOMPARE(r.exitCode, 0);
        const QStringList names = r.fields(QStringLiteral("PackageName"));
        QCOMPARE(names.size(), 17);
        QCOMPARE(names.first(), QStringLiteral("Microsoft.WindowsStore_2022.507.446.0_neutral_~_8wekyb3d8bbwe"));
        QCOMPARE(r.fields(QStringLiteral("DisplayName")).first(), QStringLiteral("Microsoft.WindowsStore"));
        QCOMPARE(r.fields(QStringLiteral("Version")).first(), QStringLiteral("2022.507.446.0"));
        QCOMPARE(r.fields(QStringLiteral("Architecture")).last(), QStringLiteral("x64"));
        QCOMPARE(r.fields(QStringLiteral("ResourceId")).first(), QStringLiteral("~"));
        QCOMPARE(r.fields(QStringLiteral("Regions")).first(), QStringLiteral("None"));
        QVERIFY(r.out.contains(QStringLiteral("The operation completed successfully.")));

        const CliResult c = runCli({QStringLiteral("Get-AppxProvisionedPackage"), QStringLiteral("-Path"), image});
        QCOMPARE(c.exitCode, 0);
        QCOMPARE(c.fields(QStringLiteral("PackageName")), names);
        QVERIFY(!c.out.contains(QStringLiteral("The operation completed successfully.")));
    }

    void addRemoveOptimizeInDismSyntax()
    {
        const QString image = newImage();
        const CliResult add = runCli({QStringLiteral("/Image:") + image, QStringLiteral("/Add-ProvisionedAppxPackage"),
                                      QStringLiteral("/PackagePath:") + m_bundle, QStringLiteral("/DependencyPackagePath:") + m_vclibs,
                                      QStringLiteral("/SkipLicense")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        QCOMPARE(add.field(QStringLiteral("Image architecture")), QStringLiteral("x64 (PE header of Windows/System32/ntoskrnl.exe (machine 0x8664))"));
        QVERIFY(add.field(QStringLiteral("Image languages")).startsWith(QLatin1String("en-US (Windows/System32/en-US)")));
        QVERIFY(add.out.contains(QStringLiteral("Included %1 : application package for x64, the best of the bundle for this x64 image (native)").arg(x64Full())));
        QVERIFY(add.out.contains(QStringLiteral(" : language pack fr-FR: no matching language is installed in the image (installed: en-US)")));
        QVERIFY(add.err.contains(QStringLiteral("Warning: No /Region was given: Windows provisions the app for a user only when it is pinned to Start.")));
        QVERIFY(QFile::exists(image + QStringLiteral("/Program Files/WindowsApps/") + x64Full() + QStringLiteral("/AppxManifest.xml")));

        QVERIFY(runCli({QStringLiteral("/Image:") + image, QStringLiteral("/Add-ProvisionedAppxPackage"), QStringLiteral("/PackagePath:") + m_other,
                        QStringLiteral("/SkipLicense"), QStringLiteral("/Region:all")})
                    .exitCode == 0);
        const CliResult opt = runCli({QStringLiteral("/Image:") + image, QStringLiteral("/Optimize-ProvisionedAppxPackages")});
        QCOMPARE(opt.exitCode, 0);
        QVERIFY(opt.field(QStringLiteral("Files linked")).toInt() >= 3);
        QVERIFY(opt.field(QStringLiteral("Bytes saved")).endsWith(QLatin1String(" bytes")));
        QVERIFY(opt.field(QStringLiteral("Bytes saved")) != QStringLiteral("0 bytes"));

        const CliResult rem = runCli({QStringLiteral("/Image:") + image, QStringLiteral("/Remove-ProvisionedAppxPackage"),
                                      QStringLiteral("/PackageName:") + bundleFull()});
        QVERIFY2(rem.exitCode == 0, qPrintable(rem.err));
        QVERIFY(!QFile::exists(image + QStringLiteral("/Program Files/WindowsApps/") + x64Full()));
        const CliResult get = runCli({QStringLiteral("/Image:") + image, QStringLiteral("/Get-ProvisionedAppxPackages")});
        QCOMPARE(get.fields(QStringLiteral("DisplayName")), QStringList{QStringLiteral("Contoso.Other")});
        QCOMPARE(get.field(QStringLiteral("Regions")), QStringLiteral("all"));
    }

    void cmdletSyntax()
    {
        const QString image = newImage();
        const QString customData = m_dir.filePath(QStringLiteral("c.dat"));
        QVERIFY(writeFile(m_dir.path(), QStringLiteral("c.dat"), "abc"));
        const CliResult add = runCli({QStringLiteral("Add-AppxProvisionedPackage"), QStringLiteral("-Path"), image, QStringLiteral("-PackagePath"), m_bundle,
                                      QStringLiteral("-DependencyPackagePath"), m_vclibs, QStringLiteral("-SkipLicense"), QStringLiteral("-Regions"),
                                      QStringLiteral("us;gb"), QStringLiteral("-StubPackageOption"), QStringLiteral("InstallFull")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        QVERIFY(!add.err.contains(QStringLiteral("pinned to Start")));
        const CliResult get = runCli({QStringLiteral("Get-AppxProvisionedPackage"), QStringLiteral("-Path"), image});
        QCOMPARE(get.field(QStringLiteral("Regions")), QStringLiteral("US;GB"));
        const CliResult set = runCli({QStringLiteral("Set-AppxProvisionedDataFile"), QStringLiteral("-Path"), image, QStringLiteral("-PackageName"),
                                      m_bundleSpec.name, QStringLiteral("-CustomDataPath"), customData});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QFile dat(image + QStringLiteral("/Program Files/WindowsApps/") + x64Full() + QStringLiteral("/microsoft.system.package.metadata/Custom.data"));
        QVERIFY(dat.open(QIODevice::ReadOnly));
        QCOMPARE(dat.readAll(), QByteArray("abc"));
        const CliResult rem = runCli({QStringLiteral("Remove-AppxProvisionedPackage"), QStringLiteral("-Path"), image, QStringLiteral("-PackageName"), bundleFull()});
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
        main.name = QStringLiteral("Contoso.Main");
        const AppxSpec levels = optionalPackageSpec(main, QStringLiteral("Contoso.Main.Levels"));
        const QString mainPath = m_dir.filePath(QStringLiteral("Contoso.Main.msix"));
        const QString levelsPath = m_dir.filePath(QStringLiteral("Contoso.Main.Levels.msix"));
        QVERIFY(writeAppx(mainPath, main).ok());
        QVERIFY(writeAppx(levelsPath, levels).ok());
        const QString levelsFull = packageFullName(levels);

        QString image = newImage();
        const CliResult dism = runCli({QStringLiteral("/Image:") + image, QStringLiteral("/Add-ProvisionedAppxPackage"),
                                       QStringLiteral("/PackagePath:") + mainPath, QStringLiteral("/OptionalPackagePath:") + levelsPath,
                                       QStringLiteral("/SkipLicense"), QStringLiteral("/Region:all")});
        QVERIFY2(dism.exitCode == 0, qPrintable(dism.err));
        QVERIFY2(dism.out.contains(QStringLiteral("Included %1 : optional package of Contoso.Main: architecture x64 applies").arg(levelsFull)),
                 qPrintable(dism.out));
        QVERIFY(QFile::exists(image + QStringLiteral("/Program Files/WindowsApps/") + levelsFull + QStringLiteral("/Extra/readme.txt")));

        image = newImage();
        const CliResult cmdlet = runCli({QStringLiteral("Add-AppxProvisionedPackage"), QStringLiteral("-Path"), image, QStringLiteral("-PackagePath"),
                                         mainPath, QStringLiteral("-OptionalPackagePath"), levelsPath, QStringLiteral("-SkipLicense"),
                                         QStringLiteral("-Regions"), QStringLiteral("all")});
        QVERIFY2(cmdlet.exitCode == 0, qPrintable(cmdlet.err));
        QVERIFY(QFile::exists(image + QStringLiteral("/Program Files/WindowsApps/") + levelsFull + QStringLiteral("/Extra/readme.txt")));

        image = newImage();
        const auto before = treeDigest(image);
        const CliResult alone = runCli({QStringLiteral("/Image:") + image, QStringLiteral("/Add-ProvisionedAppxPackage"),
                                        QStringLiteral("/PackagePath:") + levelsPath, QStringLiteral("/SkipLicense"), QStringLiteral("/Region:all")});
        QCOMPARE(alone.exitCode, 1);
        QCOMPARE(alone.lastErrorLine(), QStringLiteral("Error: %1 is an optional package of Contoso.Main (MainPackageDependency): Windows installs it "
                                                       "only together with its main package. Give Contoso.Main as the package and this one with "
                                                       "/OptionalPackagePath.")
                                            .arg(levelsFull));
        QCOMPARE(treeDigest(image), before);
    }

    void refusals()
    {
        const QString image = newImage();
        const QString img = QStringLiteral("/Image:") + image;
        CliResult r = runCli({img, QStringLiteral("/Add-ProvisionedAppxPackage"), QStringLiteral("/PackagePath:") + m_bundle});
        QCOMPARE(r.exitCode, 87);
        QCOMPARE(r.lastErrorLine(), QStringLiteral("Error: A license is required: give /LicensePath:<file> with the app's license, or /SkipLicense for "
                                                   "an app that needs none."));
        r = runCli({img, QStringLiteral("/Add-ProvisionedAppxPackage"), QStringLiteral("/PackagePath:") + m_bundle, QStringLiteral("/SkipLicense"),
                    QStringLiteral("/Region:US;ZZ")});
        QCOMPARE(r.exitCode, 87);
        QVERIFY(r.lastErrorLine().startsWith(QLatin1String("Error: \"ZZ\" in /Region \"US;ZZ\" is not an ISO 3166-1 alpha-2 or alpha-3 country code")));
        r = runCli({img, QStringLiteral("/Add-ProvisionedAppxPackage"), QStringLiteral("/PackagePath:") + m_bundle, QStringLiteral("/SkipLicense"),
                    QStringLiteral("/StubPackageOption:maybe")});
        QCOMPARE(r.exitCode, 87);
        QCOMPARE(r.lastErrorLine(), QStringLiteral("Error: /StubPackageOption takes installstub or installfull, not \"maybe\"."));
        r = runCli({img, QStringLiteral("/Add-ProvisionedAppxPackage"), QStringLiteral("/SkipLicense")});
        QCOMPARE(r.exitCode, 87);
        r = runCli({QStringLiteral("/Online"), QStringLiteral("/Get-ProvisionedAppxPackages")});
        QCOMPARE(r.exitCode, 87);
        // The rules refuse: exit 1 naming the dependency, and the image is unchanged.
        const auto before = treeDigest(image);
        r = runCli({img, QStringLiteral("/Add-ProvisionedAppxPackage"), QStringLiteral("/PackagePath:") + m_bundle, QStringLiteral("/SkipLicense"),
                    QStringLiteral("/Region:all")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.lastErrorLine().contains(QLatin1String("needs Microsoft.VCLibs.140.00 (version 14.0.30704.0 or later")));
        QVERIFY(r.out.contains(QStringLiteral("Skipped  Microsoft.VCLibs.140.00 >= 14.0.30704.0 : dependency of")));
        QCOMPARE(treeDigest(image), before);
        r = runCli({img, QStringLiteral("/Remove-ProvisionedAppxPackage"), QStringLiteral("/PackageName:Nothing.Here")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.lastErrorLine(), QStringLiteral("Error: No app Nothing.Here is provisioned in this image. /Get-ProvisionedAppxPackages lists the "
                                                   "provisioned apps."));
        r = runCli({QStringLiteral("/Image:") + m_dir.path(), QStringLiteral("/Get-ProvisionedAppxPackages")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.lastErrorLine().contains(QLatin1String("has no Windows/System32 folder")));
        r = runCli({QStringLiteral("/Add-ProvisionedAppxPackage"), QStringLiteral("/?")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("/StubPackageOption")));
    }
};

QTEST_GUILESS_MAIN(TestProvisioningCli)
#include "tst_provisioningcli.moc"
