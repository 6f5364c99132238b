// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Two wimbench-cli processes at once on the same thing: mounting one folder, saving one mount,
// provisioning into one image folder, appending to one WIM. One process is held at a fault point
// (WIMBENCH_FAULT=<point>:stop, core/FaultPoint.h) while the other runs, so the race is
// deterministic; free races without a fault point follow. Exactly one wins or they serialise, the
// loser gets exit 1 and a specific message, and the registry, the WIM and the image are consistent
// afterwards. docs/FAULTS.md.
#include "AppxBuilder.h"
#include "CliScenario.h"
#include "ImageDigest.h"
#include "OfflineImageBuilder.h"
#include "WimBuilder.h"
#include "WimSnapshot.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

class TestConcurrency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MountScenario m_mount;
    QString m_src; // XPRESS: "Pro", "Extra", "Third"
    QString m_destTemplate; // XPRESS: "Pro"
    QString m_bundle, m_vclibs, m_other;

    QString newImage()
    {
        const QString root = m_mount.fresh(u"offline"_s);
        OfflineImageSpec spec;
        spec.languages = {u"en-US"_s};
        return writeOfflineImage(root, spec) ? root : QString();
    }

    QStringList exportArgs(int index, const QString &dest) const
    {
        return {u"/Export-Image"_s, u"/SourceImageFile:"_s + m_src, u"/SourceIndex:%1"_s.arg(index),
                u"/DestinationImageFile:"_s + dest};
    }

    QStringList addArgs(const QString &image, const QString &package) const
    {
        QStringList a{u"/Image:"_s + image, u"/Add-ProvisionedAppxPackage"_s, u"/PackagePath:"_s + package,
                      u"/SkipLicense"_s};
        if (package == m_bundle)
            a << u"/DependencyPackagePath:"_s + m_vclibs;
        return a;
    }

    int listedApps(const QString &image)
    {
        const CliResult r = runCli({u"/Image:"_s + image, u"/Get-ProvisionedAppxPackages"_s});
        return r.exitCode == 0 ? int(r.fields(u"PackageName"_s).size()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        QVERIFY(m_mount.init(m_dir.path()));
        QList<ImageSpec> specs;
        for (const QString &name : {u"Pro"_s, u"Extra"_s, u"Third"_s}) {
            const QString tree = m_dir.filePath(name);
            writeWindowsTree(tree, {u"en-US"_s});
            QVERIFY(writeBulkFiles(tree, 2 * 1024 * 1024, 256 * 1024, quint32(name.size() * 7)));
            specs << windowsLikeSpec(tree, name);
        }
        m_src = m_dir.filePath(u"install.wim"_s);
        QVERIFY(createWim(m_src, specs, {Compression::Xpress}).ok());
        m_destTemplate = m_dir.filePath(u"dest-template.wim"_s);
        QVERIFY(createWim(m_destTemplate, {specs.first()}, {Compression::Xpress}).ok());

        m_bundle = m_dir.filePath(u"Contoso.Sample.msixbundle"_s);
        QVERIFY(writeBundle(m_bundle, sampleBundle()).ok());
        m_vclibs = m_dir.filePath(u"vclibs.appx"_s);
        QVERIFY(writeAppx(m_vclibs, frameworkSpec(u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s, u"x64"_s)).ok());
        AppxSpec other;
        other.name = u"Contoso.Other"_s;
        m_other = m_dir.filePath(u"Contoso.Other.msix"_s);
        QVERIFY(writeAppx(m_other, other).ok());
    }

    void cleanup()
    {
        const QStringList left = m_mount.guard().release();
        if (!left.isEmpty())
            qWarning() << "detached mounts left by the test:" << left;
    }

    void cleanupTestCase() { m_mount.guard().release(); }

    // ---- two processes mount one folder ----
    void twoMountsOfOneFolder()
    {
        WB_SKIP_WITHOUT_FUSE();
        const QString wimA = m_mount.copyOf(m_destTemplate);
        const QString wimB = m_mount.copyOf(m_destTemplate);
        const QString dir = m_mount.newMountDir();
        // A is held after its helper serves the folder and before it registers the mount.
        HeldCli a;
        QVERIFY(a.hold(m_mount.mountArgs(wimA, dir), u"mount.before-register"_s));
        BackgroundCli b;
        b.start(m_mount.mountArgs(wimB, dir)); // waits for A's mount to be complete, then sees the folder taken
        const CliResult ra = a.resume();
        const CliResult rb = b.finish();
        QVERIFY2(ra.exitCode == 0, qPrintable(ra.err));
        QCOMPARE(refusedWith(rb, u"%1 already has index 1 of %2 mounted"_s.arg(dir, wimA)), QString());
        const auto status = mountedImageStatus();
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.value(dir), u"Ok"_s);
        QCOMPARE(m_mount.discard(dir), QString());
    }

    void twoMountsOfOneFolderFreeRace()
    {
        WB_SKIP_WITHOUT_FUSE();
        for (int round = 0; round < 3; ++round) {
            const QString wimA = m_mount.copyOf(m_destTemplate);
            const QString wimB = m_mount.copyOf(m_destTemplate);
            const QString dir = m_mount.newMountDir();
            const Race r = race(m_mount.mountArgs(wimA, dir), m_mount.mountArgs(wimB, dir));
            QCOMPARE(r.winners(), 1);
            QCOMPARE(r.losersRefusedWith(u"already has index 1 of"_s), QString());
            QCOMPARE(mountedImageStatus().value(dir), u"Ok"_s);
            QCOMPARE(m_mount.discard(dir), QString());
        }
    }

    // ---- two processes save one mount ----
    void twoSavesOfOneMount()
    {
        WB_SKIP_WITHOUT_FUSE();
        const QString wim = m_mount.copyOf(m_destTemplate);
        const QString dir = m_mount.newMountDir();
        QCOMPARE(runCli(m_mount.mountArgs(wim, dir)).exitCode, 0);
        QVERIFY(writeFile(dir, u"first.txt"_s, "first"));
        HeldCli a;
        QVERIFY(a.hold(m_mount.commitArgs(dir), u"save.before-commit"_s));
        // B is refused while A saves; so is a dismount.
        QCOMPARE(refusedWith(runCli(m_mount.commitArgs(dir)),
                             u"Another WimBench process is saving, dismounting or remounting the image at %1"_s.arg(dir)),
                 QString());
        QCOMPARE(refusedWith(runCli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Commit"_s}), u"Another WimBench process is saving"_s),
                 QString());
        const CliResult ra = a.resume();
        QVERIFY2(ra.exitCode == 0, qPrintable(ra.err));
        QCOMPARE(verifyWim(wim), QString());
        QCOMPARE(snapshotImage(wim, 1).value(u"/first.txt"_s).sha1, sha1Hex("first"));
        QCOMPARE(mountedImageStatus().value(dir), u"Ok"_s);
        QCOMPARE(m_mount.discard(dir), QString());
    }

    void cleanupLeavesAMountBeingSaved()
    {
        WB_SKIP_WITHOUT_FUSE();
        const QString wim = m_mount.copyOf(m_destTemplate);
        const QString dir = m_mount.newMountDir();
        QCOMPARE(runCli(m_mount.mountArgs(wim, dir)).exitCode, 0);
        QVERIFY(writeFile(dir, u"saved.txt"_s, "saved"));
        // Between the commit and the remount the entry is NeedsRemount: cleanup must not take it.
        HeldCli a;
        QVERIFY(a.hold(m_mount.commitArgs(dir), u"save.before-remount"_s));
        QCOMPARE(mountedImageStatus().value(dir), u"NeedsRemount"_s);
        const CliResult c = runCli({u"/Cleanup-Mountpoints"_s, u"/ScratchDir:"_s + m_mount.scratch()});
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        QCOMPARE(mountedImageStatus().value(dir), u"NeedsRemount"_s);
        const CliResult ra = a.resume();
        QVERIFY2(ra.exitCode == 0, qPrintable(ra.err));
        QCOMPARE(mountedImageStatus().value(dir), u"Ok"_s);
        QCOMPARE(snapshotImage(wim, 1).value(u"/saved.txt"_s).sha1, sha1Hex("saved"));
        QCOMPARE(m_mount.discard(dir), QString());
    }

    void twoSavesOfOneMountFreeRace()
    {
        WB_SKIP_WITHOUT_FUSE();
        const QString wim = m_mount.copyOf(m_destTemplate);
        const QString dir = m_mount.newMountDir();
        QCOMPARE(runCli(m_mount.mountArgs(wim, dir)).exitCode, 0);
        for (int round = 0; round < 3; ++round) {
            const QByteArray text = "round " + QByteArray::number(round);
            QVERIFY(writeFile(dir, u"round.txt"_s, text));
            const Race r = race(m_mount.commitArgs(dir), m_mount.commitArgs(dir));
            QCOMPARE(r.losersRefusedWith(u"Another WimBench process is saving"_s), QString());
            QVERIFY(r.winners() >= 1);
            QCOMPARE(verifyWim(wim), QString());
            QCOMPARE(snapshotImage(wim, 1).value(u"/round.txt"_s).sha1, sha1Hex(text));
            QCOMPARE(mountedImageStatus().value(dir), u"Ok"_s);
        }
        QCOMPARE(m_mount.discard(dir), QString());
    }

    // ---- two processes provision into one image ----
    void twoProvisioningsIntoOneImage()
    {
        const QString image = newImage();
        HeldCli a;
        QVERIFY(a.hold(addArgs(image, m_bundle), u"provision.after-extract"_s));
        QCOMPARE(refusedWith(runCli(addArgs(image, m_other)),
                             u"Another WimBench operation is changing the apps of the image in %1"_s.arg(image)),
                 QString());
        // Removing and optimizing are refused the same way; nothing of A's staging is touched.
        QCOMPARE(refusedWith(runCli({u"/Image:"_s + image, u"/Optimize-ProvisionedAppxPackages"_s}),
                             u"Another WimBench operation is changing the apps"_s),
                 QString());
        const CliResult ra = a.resume();
        QVERIFY2(ra.exitCode == 0, qPrintable(ra.err));
        QCOMPARE(strayTemporaries(image), QStringList());
        QCOMPARE(listedApps(image), 1);
        QCOMPARE(runCli(addArgs(image, m_other)).exitCode, 0);
        QCOMPARE(listedApps(image), 2);
    }

    void twoProvisioningsFreeRace()
    {
        for (int round = 0; round < 3; ++round) {
            const QString image = newImage();
            const Race r = race(addArgs(image, m_bundle), addArgs(image, m_other));
            QCOMPARE(r.losersRefusedWith(u"Another WimBench operation is changing the apps"_s), QString());
            QVERIFY(r.winners() >= 1);
            QCOMPARE(listedApps(image), r.winners());
            QCOMPARE(strayTemporaries(image), QStringList());
        }
    }

    // ---- two processes append to one WIM ----
    void twoExportsIntoOneWim()
    {
        const QString dest = m_mount.copyOf(m_destTemplate);
        HeldCli a;
        QVERIFY(a.hold(exportArgs(2, dest), u"export.append.before-write"_s));
        QCOMPARE(refusedWith(runCli(exportArgs(3, dest)), u"Another WimBench process is writing into %1 right now"_s.arg(dest)), QString());
        const CliResult ra = a.resume();
        QVERIFY2(ra.exitCode == 0, qPrintable(ra.err));
        QCOMPARE(wimImageCount(dest), 2);
        // Once A is done, B's export goes through and both images are there.
        QCOMPARE(runCli(exportArgs(3, dest)).exitCode, 0);
        QCOMPARE(verifyWim(dest), QString());
        QCOMPARE(imagexVerify(dest), QString());
        QCOMPARE(wimImageCount(dest), 3);
        QCOMPARE(snapshotImage(dest, 2), snapshotImage(m_src, 2));
        QCOMPARE(snapshotImage(dest, 3), snapshotImage(m_src, 3));
    }

    void exportNoticesAnAppendByAnotherProgram()
    {
        // wimlib-imagex does not take WimBench's lock: an append it makes while a WimBench export
        // has the file open must not be overwritten.
        const QString dest = m_mount.copyOf(m_destTemplate);
        HeldCli a;
        QVERIFY(a.hold(exportArgs(2, dest), u"export.append.before-write"_s));
        QProcess imagex;
        imagex.start(u"wimlib-imagex"_s, {u"export"_s, m_src, u"3"_s, dest});
        QVERIFY(imagex.waitForFinished(60000));
        QCOMPARE(imagex.exitCode(), 0);
        QCOMPARE(refusedWith(a.resume(), u"%1 was changed by another program while the export ran"_s.arg(dest)), QString());
        QCOMPARE(verifyWim(dest), QString());
        QCOMPARE(wimImageCount(dest), 2);
        QCOMPARE(snapshotImage(dest, 2), snapshotImage(m_src, 3));
    }

    void twoExportsFreeRace()
    {
        const auto extra = snapshotImage(m_src, 2);
        const auto third = snapshotImage(m_src, 3);
        for (int round = 0; round < 4; ++round) {
            const QString dest = m_mount.copyOf(m_destTemplate);
            const Race r = race(exportArgs(2, dest), exportArgs(3, dest));
            QCOMPARE(r.losersRefusedWith(u"Another WimBench process is writing into"_s), QString());
            const int won = r.winners();
            QVERIFY(won >= 1);
            QCOMPARE(verifyWim(dest), QString());
            QCOMPARE(wimImageCount(dest), 1 + won);
            // Every image a process reported is there, complete.
            QList<QMap<QString, EntrySnapshot>> appended;
            for (int i = 2; i <= 1 + won; ++i)
                appended << snapshotImage(dest, i);
            if (r.a.exitCode == 0)
                QVERIFY(appended.contains(extra));
            if (r.b.exitCode == 0)
                QVERIFY(appended.contains(third));
        }
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
