// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-cli shows where each image fact came from: an image whose files say arm64 build 19041
// but whose SYSTEM and SOFTWARE hives say x64 build 22631.4169 is serviced as the hives say, the
// printed facts and the logged decisions name the hive and key, and a damaged hive stops the
// command before anything is written. A hive changed inside a live FUSE mount (written beside,
// renamed over) is in the committed WIM.
#include "AppxBuilder.h"
#include "CliRunner.h"
#include "FaultSupport.h"
#include "MountTestSupport.h"
#include "OfflineImageBuilder.h"

#include "registry/Hive.h"
#include "wim/WimFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

class TestImageFactsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_app;
    int m_images = 0;

    QString newImage()
    {
        const QString root = m_dir.filePath(u"image%1"_s.arg(++m_images));
        OfflineImageSpec spec;
        spec.machine = PeMachine::Arm64; // ntoskrnl.exe says arm64 ...
        spec.build = 19041;              // ... the servicing manifests say 19041 ...
        spec.languages = {u"de-DE"_s};
        spec.hives = ImageHivesSpec{};   // ... the hives say AMD64, 22631.4169, en-US
        return writeOfflineImage(root, spec) ? root : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        m_app = m_dir.filePath(u"Contoso.Sample.msix"_s);
        QVERIFY(writeAppx(m_app, AppxSpec{}).ok()); // x64: applies only if the image is x64
    }

    void factsComeFromTheHives()
    {
        const QString image = newImage();
        const QString log = m_dir.filePath(u"facts.log"_s);
        const CliResult add = runCli({u"/Image:"_s + image, u"/Add-ProvisionedAppxPackage"_s, u"/PackagePath:"_s + m_app,
                                      u"/SkipLicense"_s, u"/Region:all"_s, u"/LogPath:"_s + log});
        QVERIFY2(add.exitCode == 0, qPrintable(add.out + add.err));
        QCOMPARE(add.field(u"Image architecture"_s),
                 u"x64 (SYSTEM hive, ControlSet001\\Control\\Session Manager\\Environment\\PROCESSOR_ARCHITECTURE)"_s);
        QCOMPARE(add.field(u"Image build"_s), u"22631.4169 (SOFTWARE hive, Microsoft\\Windows NT\\CurrentVersion\\CurrentBuildNumber)"_s);
        QCOMPARE(add.field(u"Image edition"_s), u"Professional (SOFTWARE hive, Microsoft\\Windows NT\\CurrentVersion\\EditionID)"_s);
        QVERIFY(add.field(u"Image languages"_s).startsWith(u"en-US (SYSTEM hive, ControlSet001\\Control\\MUI\\UILanguages\\en-US"_s));
        QVERIFY(!add.field(u"Image languages"_s).contains(u"de-DE"_s));
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(u"Image build 22631.4169 from SOFTWARE hive, Microsoft\\Windows NT\\CurrentVersion\\CurrentBuildNumber, "
                               u"UBR from SOFTWARE hive, Microsoft\\Windows NT\\CurrentVersion\\UBR"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"Image edition Professional from SOFTWARE hive"_s));
        QVERIFY(text.contains(u"Image display version 23H2 from SOFTWARE hive"_s));

        const CliResult cmdlet = runCli({u"Add-AppxProvisionedPackage"_s, u"-Path"_s, newImage(), u"-PackagePath"_s, m_app,
                                         u"-SkipLicense"_s, u"-Region"_s, u"all"_s});
        QVERIFY2(cmdlet.exitCode == 0, qPrintable(cmdlet.err));
        QCOMPARE(cmdlet.field(u"Image build"_s), add.field(u"Image build"_s));
    }

    void damagedHiveStopsTheCommand()
    {
        const QString image = newImage();
        const QString system = image + u"/Windows/System32/config/SYSTEM"_s;
        QFile f(system);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(0x1800)); // cut inside its first hive bin
        f.close();
        const auto before = treeDigest(image);
        const CliResult add = runCli({u"/Image:"_s + image, u"/Add-ProvisionedAppxPackage"_s, u"/PackagePath:"_s + m_app,
                                      u"/SkipLicense"_s, u"/Region:all"_s});
        QCOMPARE(add.exitCode, 1);
        QVERIFY2(add.lastErrorLine().startsWith(u"Error: "_s + QDir::toNativeSeparators(system) + u" is not a usable registry hive"_s),
                 qPrintable(add.err));
        QCOMPARE(treeDigest(image), before);
    }

    void hiveCommittedInsideAFuseMount()
    {
        const QString noFuse = fuseUnavailableReason();
        if (!noFuse.isEmpty())
            QSKIP(qPrintable(noFuse));
        QTemporaryDir dir;
        const QString tree = dir.filePath(u"tree"_s);
        OfflineImageSpec spec;
        spec.hives = ImageHivesSpec{};
        QVERIFY(writeOfflineImage(tree, spec));
        const QString wim = dir.filePath(u"install.wim"_s);
        QVERIFY(createWim(wim, {windowsLikeSpec(tree, u"Pro"_s)}).ok());
        const QString mount = dir.filePath(u"mount"_s);
        QVERIFY(QDir().mkpath(mount));
        MountGuard guard;
        guard.add(mount);
        CliResult r = runCli({u"/Mount-Image"_s, u"/ImageFile:"_s + wim, u"/Index:1"_s, u"/MountDir:"_s + mount});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // Write beside, rename over: inside the wimlib mount.
        const QString app = u"Microsoft\\Windows\\CurrentVersion\\Appx\\AppxAllUserStore\\Applications\\Contoso.App_1.0.0.0_x64__8wekyb3d8bbwe"_s;
        {
            auto hive = Hive::open(mount + u"/Windows/System32/config/SOFTWARE"_s, Hive::Mode::Write);
            QVERIFY2(hive, qPrintable(hive ? QString() : hive.error().oneLine()));
            const auto key = hive->createKey(app);
            QVERIFY(key);
            QVERIFY(hive->setValue(*key, RegistryValue::string(u"Path"_s, u"%SYSTEMDRIVE%\\Program Files\\WindowsApps\\x\\AppxManifest.xml"_s)));
            const Status committed = hive->commit();
            QVERIFY2(committed, qPrintable(committed ? QString() : committed.error().oneLine()));
        }
        QCOMPARE(strayTemporaries(mount + u"/Windows/System32/config"_s), QStringList());
        r = runCli({u"/Unmount-Image"_s, u"/MountDir:"_s + mount, u"/Commit"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // The committed WIM holds the new hive: extracted with wimlib, read with hivexsh.
        const QString out = dir.filePath(u"out"_s);
        QProcess extract;
        extract.start(u"wimlib-imagex"_s, {u"extract"_s, wim, u"1"_s, u"/Windows/System32/config/SOFTWARE"_s, u"--dest-dir="_s + out});
        QVERIFY(extract.waitForFinished(120000));
        QCOMPARE(extract.exitCode(), 0);
        QProcess hivexsh;
        hivexsh.start(u"hivexsh"_s, {out + u"/SOFTWARE"_s});
        hivexsh.write("cd " + app.toUtf8() + "\nlsval Path\nexit\n");
        hivexsh.closeWriteChannel();
        QVERIFY(hivexsh.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(hivexsh.readAllStandardOutput()).trimmed(), u"%SYSTEMDRIVE%\\Program Files\\WindowsApps\\x\\AppxManifest.xml"_s);
        auto file = WimFile::open(wim);
        QVERIFY(file.ok());
        const auto config = file->listDirectory(1, u"/Windows/System32/config"_s);
        QVERIFY(config.ok());
        QStringList names;
        for (const DirectoryEntry &e : *config)
            names << e.name;
        names.sort();
        QCOMPARE(names, QStringList({u"SOFTWARE"_s, u"SYSTEM"_s})); // no temporary file was captured
    }
};

QTEST_GUILESS_MAIN(TestImageFactsCli)
#include "tst_imagefacts_cli.moc"
