// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
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

using namespace Qt::StringLiterals;

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
        const QString tree = dir.filePath(u"tree"_s);
        writeWindowsTree(tree, {u"en-US"_s, u"fr-FR"_s});
        HiveBuilder software;
        addTestRoot(software); // the image trusts the test signer's packages
        software.setValue(u"Microsoft\\Windows NT\\CurrentVersion"_s, RegistryValue::string(u"CurrentBuildNumber"_s, u"22631"_s));
        QVERIFY(software.writeTo(tree + u"/Windows/System32/config/SOFTWARE"_s));
        const QString wim = dir.filePath(u"install.wim"_s);
        QVERIFY(createWim(wim, {windowsLikeSpec(tree, u"Pro"_s)}).ok());
        const QString bundle = dir.filePath(u"Contoso.Sample.msixbundle"_s);
        QVERIFY(writeBundle(bundle, sampleBundle()).ok());
        const QString vclibs = dir.filePath(u"vclibs.appx"_s);
        QVERIFY(writeAppx(vclibs, frameworkSpec(u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s, u"x64"_s)).ok());

        const QString mount = dir.filePath(u"mount"_s);
        QVERIFY(QDir().mkpath(mount));
        MountGuard guard;
        guard.add(mount);

        CliResult r = runCli({u"/Mount-Image"_s, u"/ImageFile:"_s + wim, u"/Index:1"_s,
                              u"/MountDir:"_s + mount});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(isMountPoint(mount));

        r = runCli({u"/Image:"_s + mount, u"/Add-ProvisionedAppxPackage"_s, u"/PackagePath:"_s + bundle,
                    u"/DependencyPackagePath:"_s + vclibs, u"/SkipLicense"_s, u"/Region:all"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        // The mounted index's XML says x64 with en-US and fr-FR: the fr-FR pack is taken, de-DE is not.
        QVERIFY2(r.out.contains(u"language pack fr-FR"_s), qPrintable(r.out));
        QVERIFY(!r.err.contains(u"pinned to Start"_s));

        r = runCli({u"Get-AppxProvisionedPackage"_s, u"-Path"_s, mount});
        QCOMPARE(r.exitCode, 0);
        // As on Windows, a bundle is listed once, under its bundle name.
        QVERIFY2(r.fields(u"PackageName"_s).join(QLatin1Char(' ')).contains(u"Contoso.Sample_1.0.0.0_neutral_~_"_s), qPrintable(r.out));

        r = runCli({u"/Unmount-Image"_s, u"/MountDir:"_s + mount, u"/Commit"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!isMountPoint(mount));

        // The committed WIM holds the provisioned package and the list.
        auto file = WimFile::open(wim);
        QVERIFY(file.ok());
        const auto apps = file->listDirectory(1, u"/Program Files/WindowsApps"_s);
        QVERIFY2(apps.ok(), apps.ok() ? "" : qPrintable(apps.error().oneLine()));
        QStringList names;
        for (const DirectoryEntry &e : *apps)
            names << e.name;
        const QString joined = names.join(QLatin1Char(' '));
        QVERIFY2(joined.contains(u"Contoso.Sample_1.0.0.0_x64_"_s), qPrintable(joined));
        QVERIFY(!joined.contains(u"_x86_"_s));
        QVERIFY(!joined.contains(u"_arm64_"_s));
        QVERIFY(!joined.contains(u".wimbench"_s)); // no staging left in the image
        QString x64;
        for (const QString &n : names) {
            if (n.startsWith(u"Contoso.Sample_1.0.0.0_x64_"_s))
                x64 = n;
        }
        QVERIFY(file->stat(1, u"/Program Files/WindowsApps/"_s + x64 + u"/AppxManifest.xml"_s).ok());
        const auto list = file->stat(1, u"/ProgramData/Microsoft/Windows/AppxProvisioning.xml"_s);
        QVERIFY(list.ok());
        QVERIFY(list->size > 100);

        // The committed SOFTWARE hive registers the bundle for new users.
        if (QStandardPaths::findExecutable(u"hivexget"_s).isEmpty())
            QSKIP("libhivex-bin (hivexget) is not installed");
        const QString out = dir.filePath(u"extracted"_s);
        QProcess extract;
        extract.start(u"wimlib-imagex"_s, {u"extract"_s, wim, u"1"_s,
                                                       u"/Windows/System32/config/SOFTWARE"_s, u"--dest-dir="_s + out});
        QVERIFY(extract.waitForFinished(60000));
        QVERIFY2(extract.exitCode() == 0, extract.readAllStandardError().constData());
        QString bundleName;
        for (const QString &n : names) {
            if (n.startsWith(u"Contoso.Sample_1.0.0.0_neutral_~_"_s))
                bundleName = n;
        }
        QVERIFY(!bundleName.isEmpty());
        QProcess get;
        get.start(u"hivexget"_s, {out + u"/SOFTWARE"_s,
                                               u"Microsoft\\Windows\\CurrentVersion\\Appx\\AppxAllUserStore\\Applications\\"_s + bundleName,
                                               u"Path"_s});
        QVERIFY(get.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(get.readAllStandardOutput()).trimmed(),
                 u"%SYSTEMDRIVE%\\Program Files\\WindowsApps\\"_s + bundleName + u"\\AppxMetadata\\AppxBundleManifest.xml"_s);
    }
};

QTEST_GUILESS_MAIN(TestServicingWorkflow)
#include "tst_servicing_workflow.moc"
