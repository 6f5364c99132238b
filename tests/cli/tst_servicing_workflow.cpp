// A technician's whole session through wimbench-cli: mount an index read-write, provision an app
// bundle into the live mount, list it, commit and unmount; then the WIM itself holds the package
// files, the provisioning list and the app's AppxAllUserStore keys in its SOFTWARE hive, checked
// with wimlib (the hive extracted by wimlib-imagex and read by hivexget).
#include "AppxBuilder.h"
#include "CliRunner.h"
#include "HiveBuilder.h"
#include "TestSigner.h"
#include "MountTestSupport.h"
#include "WimBuilder.h"

#include "wim/WimFile.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::test;

class TestServicingWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mountProvisionCommit()
    {
        const QString noFuse = fuseUnavailableReason();
        if (!noFuse.isEmpty())
            QSKIP(qPrintable(noFuse));
        QTemporaryDir dir;
        const QString tree = dir.filePath(QStringLiteral("tree"));
        writeWindowsTree(tree, {QStringLiteral("en-US"), QStringLiteral("fr-FR")});
        HiveBuilder software;
        addTestRoot(software); // the image trusts the test signer's packages
        software.setValue(QStringLiteral("Microsoft\\Windows NT\\CurrentVersion"), RegistryValue::string(QStringLiteral("CurrentBuildNumber"), QStringLiteral("22631")));
        QVERIFY(software.writeTo(tree + QStringLiteral("/Windows/System32/config/SOFTWARE")));
        const QString wim = dir.filePath(QStringLiteral("install.wim"));
        QVERIFY(createWim(wim, {windowsLikeSpec(tree, QStringLiteral("Pro"))}).ok());
        const QString bundle = dir.filePath(QStringLiteral("Contoso.Sample.msixbundle"));
        QVERIFY(writeBundle(bundle, sampleBundle()).ok());
        const QString vclibs = dir.filePath(QStringLiteral("vclibs.appx"));
        QVERIFY(writeAppx(vclibs, frameworkSpec(QStringLiteral("Microsoft.VCLibs.140.00"), QStringLiteral("14.0.30704.0"), QStringLiteral("x64"))).ok());

        const QString mount = dir.filePath(QStringLiteral("mount"));
        QVERIFY(QDir().mkpath(mount));
        MountGuard guard;
        guard.add(mount);

        CliResult r = runCli({QStringLiteral("/Mount-Image"), QStringLiteral("/ImageFile:") + wim, QStringLiteral("/Index:1"),
                              QStringLiteral("/MountDir:") + mount});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(isMountPoint(mount));

        r = runCli({QStringLiteral("/Image:") + mount, QStringLiteral("/Add-ProvisionedAppxPackage"), QStringLiteral("/PackagePath:") + bundle,
                    QStringLiteral("/DependencyPackagePath:") + vclibs, QStringLiteral("/SkipLicense"), QStringLiteral("/Region:all")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        // The mounted index's XML says x64 with en-US and fr-FR: the fr-FR pack is taken, de-DE is not.
        QVERIFY2(r.out.contains(QStringLiteral("language pack fr-FR")), qPrintable(r.out));
        QVERIFY(!r.err.contains(QStringLiteral("pinned to Start")));

        r = runCli({QStringLiteral("Get-AppxProvisionedPackage"), QStringLiteral("-Path"), mount});
        QCOMPARE(r.exitCode, 0);
        // As on Windows, a bundle is listed once, under its bundle name.
        QVERIFY2(r.fields(QStringLiteral("PackageName")).join(QLatin1Char(' ')).contains(QStringLiteral("Contoso.Sample_1.0.0.0_neutral_~_")), qPrintable(r.out));

        r = runCli({QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + mount, QStringLiteral("/Commit")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!isMountPoint(mount));

        // The committed WIM holds the provisioned package and the list.
        auto file = WimFile::open(wim);
        QVERIFY(file.ok());
        const auto apps = file->listDirectory(1, QStringLiteral("/Program Files/WindowsApps"));
        QVERIFY2(apps.ok(), apps.ok() ? "" : qPrintable(apps.error().oneLine()));
        QStringList names;
        for (const DirectoryEntry &e : *apps)
            names << e.name;
        const QString joined = names.join(QLatin1Char(' '));
        QVERIFY2(joined.contains(QStringLiteral("Contoso.Sample_1.0.0.0_x64_")), qPrintable(joined));
        QVERIFY(!joined.contains(QStringLiteral("_x86_")));
        QVERIFY(!joined.contains(QStringLiteral("_arm64_")));
        QVERIFY(!joined.contains(QStringLiteral(".wimbench"))); // no staging left in the image
        QString x64;
        for (const QString &n : names) {
            if (n.startsWith(QStringLiteral("Contoso.Sample_1.0.0.0_x64_")))
                x64 = n;
        }
        QVERIFY(file->stat(1, QStringLiteral("/Program Files/WindowsApps/") + x64 + QStringLiteral("/AppxManifest.xml")).ok());
        const auto list = file->stat(1, QStringLiteral("/ProgramData/Microsoft/Windows/AppxProvisioning.xml"));
        QVERIFY(list.ok());
        QVERIFY(list->size > 100);

        // The committed SOFTWARE hive registers the bundle for new users.
        if (QStandardPaths::findExecutable(QStringLiteral("hivexget")).isEmpty())
            QSKIP("libhivex-bin (hivexget) is not installed");
        const QString out = dir.filePath(QStringLiteral("extracted"));
        QProcess extract;
        extract.start(QStringLiteral("wimlib-imagex"), {QStringLiteral("extract"), wim, QStringLiteral("1"),
                                                       QStringLiteral("/Windows/System32/config/SOFTWARE"), QStringLiteral("--dest-dir=") + out});
        QVERIFY(extract.waitForFinished(60000));
        QVERIFY2(extract.exitCode() == 0, extract.readAllStandardError().constData());
        QString bundleName;
        for (const QString &n : names) {
            if (n.startsWith(QStringLiteral("Contoso.Sample_1.0.0.0_neutral_~_")))
                bundleName = n;
        }
        QVERIFY(!bundleName.isEmpty());
        QProcess get;
        get.start(QStringLiteral("hivexget"), {out + QStringLiteral("/SOFTWARE"),
                                               QStringLiteral("Microsoft\\Windows\\CurrentVersion\\Appx\\AppxAllUserStore\\Applications\\") + bundleName,
                                               QStringLiteral("Path")});
        QVERIFY(get.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(get.readAllStandardOutput()).trimmed(),
                 QStringLiteral("%SYSTEMDRIVE%\\Program Files\\WindowsApps\\") + bundleName + QStringLiteral("\\AppxMetadata\\AppxBundleManifest.xml"));
    }
};

QTEST_GUILESS_MAIN(TestServicingWorkflow)
#include "tst_servicing_workflow.moc"
