// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Two wimbench-cli processes at once on the same thing: mounting one folder, saving one mount,
// provisioning into one image folder, appending to one WIM. One process is held at a fault point
// (WIMBENCH_FAULT=<point>:stop, core/FaultPoint.h) while the other runs, so the race is
// deterministic; free races without a fault point follow. Exactly one wins or they serialise, the
// loser gets exit 1 and a specific message, and the registry, the WIM and the image are consistent
// afterwards. docs/FAULTS.md.
#include "AppxBuilder.h"
#include "CliRunner.h"
#include "FaultSupport.h"
#include "ImageDigest.h"
#include "MountTestSupport.h"
#include "OfflineImageBuilder.h"
#include "WimBuilder.h"
#include "WimSnapshot.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

class TestConcurrency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MountGuard m_guard;
    QString m_src; // XPRESS: "Pro", "Extra", "Third"
    QString m_destTemplate; // XPRESS: "Pro"
    QString m_scratch;
    QString m_bundle, m_vclibs, m_other;
    int m_counter = 0;

    QString fresh(const QString &name)
    {
        return m_dir.filePath(u"%1%2"_s.arg(name).arg(++m_counter));
    }

    QString newMountDir()
    {
        const QString d = fresh(u"mnt"_s);
        QDir().mkpath(d);
        m_guard.add(d);
        return d;
    }

    QString newWim(const QString &from)
    {
        const QString w = fresh(u"image"_s) + u".wim"_s;
        return QFile::copy(from, w) ? w : QString();
    }

    QString newImage()
    {
        const QString root = fresh(u"offline"_s);
        OfflineImageSpec spec;
        spec.languages = {u"en-US"_s};
        return writeOfflineImage(root, spec) ? root : QString();
    }

    QStringList mountArgs(const QString &wim, const QString &dir) const
    {
        return {u"/Mount-Image"_s, u"/ImageFile:"_s + wim, u"/Index:1"_s, u"/MountDir:"_s + dir,
                u"/ScratchDir:"_s + m_scratch};
    }

    QStringList commitArgs(const QString &dir) const
    {
        return {u"/Commit-Image"_s, u"/MountDir:"_s + dir, u"/ScratchDir:"_s + m_scratch};
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

    static QProcessEnvironment stopAt(const QString &point)
    {
        QProcessEnvironment env;
        env.insert(u"WIMBENCH_FAULT"_s, point + u":stop"_s);
        return env;
    }

    void discard(const QString &dir)
    {
        const CliResult d = runCli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s});
        QVERIFY2(d.exitCode == 0, qPrintable(d.err));
        QVERIFY(!isMountPoint(dir));
        QVERIFY(mountedImageStatus().isEmpty());
        QCOMPARE(QDir(m_scratch).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
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
        m_scratch = m_dir.filePath(u"scratch"_s);
        QVERIFY(QDir().mkpath(m_scratch));
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
        const QStringList left = m_guard.release();
        if (!left.isEmpty())
            qWarning() << "detached mounts left by the test:" << left;
    }

    void cleanupTestCase() { m_guard.release(); }

    // ---- two processes mount one folder ----
    void twoMountsOfOneFolder()
    {
        if (const QString reason = fuseUnavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        const QString wimA = newWim(m_destTemplate);
        const QString wimB = newWim(m_destTemplate);
        const QString dir = newMountDir();
        // A is held after its helper serves the folder and before it registers the mount.
        BackgroundCli a;
        a.start(mountArgs(wimA, dir), stopAt(u"mount.before-register"_s));
        QVERIFY(waitUntilStopped(a.process.processId()));
        BackgroundCli b;
        b.start(mountArgs(wimB, dir)); // waits for A's mount to be complete, then sees the folder taken
        ::kill(pid_t(a.process.processId()), SIGCONT);
        const CliResult ra = a.finish();
        const CliResult rb = b.finish();
        QVERIFY2(ra.exitCode == 0, qPrintable(ra.err));
        QCOMPARE(rb.exitCode, 1);
        QVERIFY2(rb.lastErrorLine().contains(u"%1 already has index 1 of %2 mounted"_s.arg(dir, wimA)), qPrintable(rb.err));
        const auto status = mountedImageStatus();
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.value(dir), u"Ok"_s);
        discard(dir);
    }

    void twoMountsOfOneFolderFreeRace()
    {
        if (const QString reason = fuseUnavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        for (int round = 0; round < 3; ++round) {
            const QString wimA = newWim(m_destTemplate);
            const QString wimB = newWim(m_destTemplate);
            const QString dir = newMountDir();
            BackgroundCli a, b;
            a.start(mountArgs(wimA, dir));
            b.start(mountArgs(wimB, dir));
            const CliResult ra = a.finish();
            const CliResult rb = b.finish();
            QCOMPARE(int(ra.exitCode == 0) + int(rb.exitCode == 0), 1);
            const CliResult &loser = ra.exitCode == 0 ? rb : ra;
            QCOMPARE(loser.exitCode, 1);
            QVERIFY2(loser.lastErrorLine().contains(u"already has index 1 of"_s), qPrintable(loser.err));
            QCOMPARE(mountedImageStatus().value(dir), u"Ok"_s);
            discard(dir);
        }
    }

    // ---- two processes save one mount ----
    void twoSavesOfOneMount()
    {
        if (const QString reason = fuseUnavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        const QString wim = newWim(m_destTemplate);
        const QString dir = newMountDir();
        QCOMPARE(runCli(mountArgs(wim, dir)).exitCode, 0);
        QVERIFY(writeFile(dir, u"first.txt"_s, "first"));
        BackgroundCli a;
        a.start(commitArgs(dir), stopAt(u"save.before-commit"_s));
        QVERIFY(waitUntilStopped(a.process.processId()));
        // B is refused while A saves; so is a dismount.
        const CliResult rb = runCli(commitArgs(dir));
        QCOMPARE(rb.exitCode, 1);
        QVERIFY2(rb.lastErrorLine().contains(u"Another WimBench process is saving, dismounting or remounting the image at %1"_s.arg(dir)),
                 qPrintable(rb.err));
        const CliResult rd = runCli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Commit"_s});
        QCOMPARE(rd.exitCode, 1);
        QVERIFY(rd.lastErrorLine().contains(u"Another WimBench process is saving"_s));
        ::kill(pid_t(a.process.processId()), SIGCONT);
        const CliResult ra = a.finish();
        QVERIFY2(ra.exitCode == 0, qPrintable(ra.err));
        QCOMPARE(verifyWim(wim), QString());
        QCOMPARE(snapshotImage(wim, 1).value(u"/first.txt"_s).sha1, sha1Hex("first"));
        QCOMPARE(mountedImageStatus().value(dir), u"Ok"_s);
        discard(dir);
    }

    void cleanupLeavesAMountBeingSaved()
    {
        if (const QString reason = fuseUnavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        const QString wim = newWim(m_destTemplate);
        const QString dir = newMountDir();
        QCOMPARE(runCli(mountArgs(wim, dir)).exitCode, 0);
        QVERIFY(writeFile(dir, u"saved.txt"_s, "saved"));
        // Between the commit and the remount the entry is NeedsRemount: cleanup must not take it.
        BackgroundCli a;
        a.start(commitArgs(dir), stopAt(u"save.before-remount"_s));
        QVERIFY(waitUntilStopped(a.process.processId()));
        QCOMPARE(mountedImageStatus().value(dir), u"NeedsRemount"_s);
        const CliResult c = runCli({u"/Cleanup-Mountpoints"_s, u"/ScratchDir:"_s + m_scratch});
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        QCOMPARE(mountedImageStatus().value(dir), u"NeedsRemount"_s);
        ::kill(pid_t(a.process.processId()), SIGCONT);
        const CliResult ra = a.finish();
        QVERIFY2(ra.exitCode == 0, qPrintable(ra.err));
        QCOMPARE(mountedImageStatus().value(dir), u"Ok"_s);
        QCOMPARE(snapshotImage(wim, 1).value(u"/saved.txt"_s).sha1, sha1Hex("saved"));
        discard(dir);
    }

    void twoSavesOfOneMountFreeRace()
    {
        if (const QString reason = fuseUnavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        const QString wim = newWim(m_destTemplate);
        const QString dir = newMountDir();
        QCOMPARE(runCli(mountArgs(wim, dir)).exitCode, 0);
        for (int round = 0; round < 3; ++round) {
            const QByteArray text = "round " + QByteArray::number(round);
            QVERIFY(writeFile(dir, u"round.txt"_s, text));
            BackgroundCli a, b;
            a.start(commitArgs(dir));
            b.start(commitArgs(dir));
            const CliResult ra = a.finish();
            const CliResult rb = b.finish();
            for (const CliResult *r : {&ra, &rb}) {
                if (r->exitCode != 0) {
                    QCOMPARE(r->exitCode, 1);
                    QVERIFY2(r->lastErrorLine().contains(u"Another WimBench process is saving"_s), qPrintable(r->err));
                }
            }
            QVERIFY(ra.exitCode == 0 || rb.exitCode == 0);
            QCOMPARE(verifyWim(wim), QString());
            QCOMPARE(snapshotImage(wim, 1).value(u"/round.txt"_s).sha1, sha1Hex(text));
            QCOMPARE(mountedImageStatus().value(dir), u"Ok"_s);
        }
        discard(dir);
    }

    // ---- two processes provision into one image ----
    void twoProvisioningsIntoOneImage()
    {
        const QString image = newImage();
        BackgroundCli a;
        a.start(addArgs(image, m_bundle), stopAt(u"provision.after-extract"_s));
        QVERIFY(waitUntilStopped(a.process.processId()));
        const CliResult rb = runCli(addArgs(image, m_other));
        QCOMPARE(rb.exitCode, 1);
        QVERIFY2(rb.lastErrorLine().contains(u"Another WimBench operation is changing the apps of the image in %1"_s.arg(image)),
                 qPrintable(rb.err));
        // Removing and optimizing are refused the same way; nothing of A's staging is touched.
        const CliResult ro = runCli({u"/Image:"_s + image, u"/Optimize-ProvisionedAppxPackages"_s});
        QCOMPARE(ro.exitCode, 1);
        QVERIFY(ro.lastErrorLine().contains(u"Another WimBench operation is changing the apps"_s));
        ::kill(pid_t(a.process.processId()), SIGCONT);
        const CliResult ra = a.finish();
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
            BackgroundCli a, b;
            a.start(addArgs(image, m_bundle));
            b.start(addArgs(image, m_other));
            const CliResult ra = a.finish();
            const CliResult rb = b.finish();
            int won = 0;
            for (const CliResult *r : {&ra, &rb}) {
                if (r->exitCode == 0) {
                    ++won;
                    continue;
                }
                QCOMPARE(r->exitCode, 1);
                QVERIFY2(r->lastErrorLine().contains(u"Another WimBench operation is changing the apps"_s), qPrintable(r->err));
            }
            QVERIFY(won >= 1);
            QCOMPARE(listedApps(image), won);
            QCOMPARE(strayTemporaries(image), QStringList());
        }
    }

    // ---- two processes append to one WIM ----
    void twoExportsIntoOneWim()
    {
        const QString dest = newWim(m_destTemplate);
        BackgroundCli a;
        a.start(exportArgs(2, dest), stopAt(u"export.append.before-write"_s));
        QVERIFY(waitUntilStopped(a.process.processId()));
        const CliResult rb = runCli(exportArgs(3, dest));
        QCOMPARE(rb.exitCode, 1);
        QVERIFY2(rb.lastErrorLine().contains(u"Another WimBench process is writing into %1 right now"_s.arg(dest)), qPrintable(rb.err));
        ::kill(pid_t(a.process.processId()), SIGCONT);
        const CliResult ra = a.finish();
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
        const QString dest = newWim(m_destTemplate);
        BackgroundCli a;
        a.start(exportArgs(2, dest), stopAt(u"export.append.before-write"_s));
        QVERIFY(waitUntilStopped(a.process.processId()));
        QProcess imagex;
        imagex.start(u"wimlib-imagex"_s, {u"export"_s, m_src, u"3"_s, dest});
        QVERIFY(imagex.waitForFinished(60000));
        QCOMPARE(imagex.exitCode(), 0);
        ::kill(pid_t(a.process.processId()), SIGCONT);
        const CliResult ra = a.finish();
        QCOMPARE(ra.exitCode, 1);
        QVERIFY2(ra.lastErrorLine().contains(u"%1 was changed by another program while the export ran"_s.arg(dest)), qPrintable(ra.err));
        QCOMPARE(verifyWim(dest), QString());
        QCOMPARE(wimImageCount(dest), 2);
        QCOMPARE(snapshotImage(dest, 2), snapshotImage(m_src, 3));
    }

    void twoExportsFreeRace()
    {
        const auto extra = snapshotImage(m_src, 2);
        const auto third = snapshotImage(m_src, 3);
        for (int round = 0; round < 4; ++round) {
            const QString dest = newWim(m_destTemplate);
            BackgroundCli a, b;
            a.start(exportArgs(2, dest));
            b.start(exportArgs(3, dest));
            const CliResult ra = a.finish();
            const CliResult rb = b.finish();
            int won = 0;
            for (const CliResult *r : {&ra, &rb}) {
                if (r->exitCode == 0) {
                    ++won;
                    continue;
                }
                QCOMPARE(r->exitCode, 1);
                QVERIFY2(r->lastErrorLine().contains(u"Another WimBench process is writing into"_s), qPrintable(r->err));
            }
            QVERIFY(won >= 1);
            QCOMPARE(verifyWim(dest), QString());
            QCOMPARE(wimImageCount(dest), 1 + won);
            // Every image a process reported is there, complete.
            QList<QMap<QString, EntrySnapshot>> appended;
            for (int i = 2; i <= 1 + won; ++i)
                appended << snapshotImage(dest, i);
            if (ra.exitCode == 0)
                QVERIFY(appended.contains(extra));
            if (rb.exitCode == 0)
                QVERIFY(appended.contains(third));
        }
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
