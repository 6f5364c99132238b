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
        return m_dir.filePath(QStringLiteral("%1%2").arg(name).arg(++m_counter));
    }

    QString newMountDir()
    {
        const QString d = fresh(QStringLiteral("mnt"));
        QDir().mkpath(d);
        m_guard.add(d);
        return d;
    }

    QString newWim(const QString &from)
    {
        const QString w = fresh(QStringLiteral("image")) + QStringLiteral(".wim");
        return QFile::copy(from, w) ? w : QString();
    }

    QString newImage()
    {
        const QString root = fresh(QStringLiteral("offline"));
        OfflineImageSpec spec;
        spec.languages = {QStringLiteral("en-US")};
        return writeOfflineImage(root, spec) ? root : QString();
    }

    QStringList mountArgs(const QString &wim, const QString &dir) const
    {
        return {QStringLiteral("/Mount-Image"), QStringLiteral("/ImageFile:") + wim, QStringLiteral("/Index:1"), QStringLiteral("/MountDir:") + dir,
                QStringLiteral("/ScratchDir:") + m_scratch};
    }

    QStringList commitArgs(const QString &dir) const
    {
        return {QStringLiteral("/Commit-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/ScratchDir:") + m_scratch};
    }

    QStringList exportArgs(int index, const QString &dest) const
    {
        return {QStringLiteral("/Export-Image"), QStringLiteral("/SourceImageFile:") + m_src, QStringLiteral("/SourceIndex:%1").arg(index),
                QStringLiteral("/DestinationImageFile:") + dest};
    }

    QStringList addArgs(const QString &image, const QString &package) const
    {
        QStringList a{QStringLiteral("/Image:") + image, QStringLiteral("/Add-ProvisionedAppxPackage"), QStringLiteral("/PackagePath:") + package,
                      QStringLiteral("/SkipLicense")};
        if (package == m_bundle)
            a << QStringLiteral("/DependencyPackagePath:") + m_vclibs;
        return a;
    }

    static QProcessEnvironment stopAt(const QString &point)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("WIMBENCH_FAULT"), point + QStringLiteral(":stop"));
        return env;
    }

    void discard(const QString &dir)
    {
        const CliResult d = runCli({QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/Discard")});
        QVERIFY2(d.exitCode == 0, qPrintable(d.err));
        QVERIFY(!isMountPoint(dir));
        QVERIFY(mountedImageStatus().isEmpty());
        QCOMPARE(QDir(m_scratch).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    int listedApps(const QString &image)
    {
        const CliResult r = runCli({QStringLiteral("/Image:") + image, QStringLiteral("/Get-ProvisionedAppxPackages")});
        return r.exitCode == 0 ? int(r.fields(QStringLiteral("PackageName")).size()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        m_scratch = m_dir.filePath(QStringLiteral("scratch"));
        QVERIFY(QDir().mkpath(m_scratch));
        QList<ImageSpec> specs;
        for (const QString &name : {QStringLiteral("Pro"), QStringLiteral("Extra"), QStringLiteral("Third")}) {
            const QString tree = m_dir.filePath(name);
            writeWindowsTree(tree, {QStringLiteral("en-US")});
            QVERIFY(writeBulkFiles(tree, 2 * 1024 * 1024, 256 * 1024, quint32(name.size() * 7)));
            specs << windowsLikeSpec(tree, name);
        }
        m_src = m_dir.filePath(QStringLiteral("install.wim"));
        QVERIFY(createWim(m_src, specs, {Compression::Xpress}).ok());
        m_destTemplate = m_dir.filePath(QStringLiteral("dest-template.wim"));
        QVERIFY(createWim(m_destTemplate, {specs.first()}, {Compression::Xpress}).ok());

        m_bundle = m_dir.filePath(QStringLiteral("Contoso.Sample.msixbundle"));
        QVERIFY(writeBundle(m_bundle, sampleBundle()).ok());
        m_vclibs = m_dir.filePath(QStringLiteral("vclibs.appx"));
        QVERIFY(writeAppx(m_vclibs, frameworkSpec(QStringLiteral("Microsoft.VCLibs.140.00"), QStringLiteral("14.0.30704.0"), QStringLiteral("x64"))).ok());
        AppxSpec other;
        other.name = QStringLiteral("Contoso.Other");
        m_other = m_dir.filePath(QStringLiteral("Contoso.Other.msix"));
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
        a.start(mountArgs(wimA, dir), stopAt(QStringLiteral("mount.before-register")));
        QVERIFY(waitUntilStopped(a.process.processId()));
        BackgroundCli b;
        b.start(mountArgs(wimB, dir)); // waits for A's mount to be complete, then sees the folder taken
        ::kill(pid_t(a.process.processId()), SIGCONT);
        const CliResult ra = a.finish();
        const CliResult rb = b.finish();
        QVERIFY2(ra.exitCode == 0, qPrintable(ra.err));
        QCOMPARE(rb.exitCode, 1);
        QVERIFY2(rb.lastErrorLine().contains(QStringLiteral("%1 already has index 1 of %2 mounted").arg(dir, wimA)), qPrintable(rb.err));
        const auto status = mountedImageStatus();
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.value(dir), QStringLiteral("Ok"));
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
            QVERIFY2(loser.lastErrorLine().contains(QStringLiteral("already has index 1 of")), qPrintable(loser.err));
            QCOMPARE(mountedImageStatus().value(dir), QStringLiteral("Ok"));
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
        QVERIFY(writeFile(dir, QStringLiteral("first.txt"), "first"));
        BackgroundCli a;
        a.start(commitArgs(dir), stopAt(QStringLiteral("save.before-commit")));
        QVERIFY(waitUntilStopped(a.process.processId()));
        // B is refused while A saves; so is a dismount.
        const CliResult rb = runCli(commitArgs(dir));
        QCOMPARE(rb.exitCode, 1);
        QVERIFY2(rb.lastErrorLine().contains(QStringLiteral("Another WimBench process is saving, dismounting or remounting the image at %1").arg(dir)),
                 qPrintable(rb.err));
        const CliResult rd = runCli({QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/Commit")});
        QCOMPARE(rd.exitCode, 1);
        QVERIFY(rd.lastErrorLine().contains(QStringLiteral("Another WimBench process is saving")));
        ::kill(pid_t(a.process.processId()), SIGCONT);
        const CliResult ra = a.finish();
        QVERIFY2(ra.exitCode == 0, qPrintable(ra.err));
        QCOMPARE(verifyWim(wim), QString());
        QCOMPARE(snapshotImage(wim, 1).value(QStringLiteral("/first.txt")).sha1, sha1Hex("first"));
        QCOMPARE(mountedImageStatus().value(dir), QStringLiteral("Ok"));
        discard(dir);
    }

    void cleanupLeavesAMountBeingSaved()
    {
        if (const QString reason = fuseUnavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        const QString wim = newWim(m_destTemplate);
        const QString dir = newMountDir();
        QCOMPARE(runCli(mountArgs(wim, dir)).exitCode, 0);
        QVERIFY(writeFile(dir, QStringLiteral("saved.txt"), "saved"));
        // Between the commit and the remount the entry is NeedsRemount: cleanup must not take it.
        BackgroundCli a;
        a.start(commitArgs(dir), stopAt(QStringLiteral("save.before-remount")));
        QVERIFY(waitUntilStopped(a.process.processId()));
        QCOMPARE(mountedImageStatus().value(dir), QStringLiteral("NeedsRemount"));
        const CliResult c = runCli({QStringLiteral("/Cleanup-Mountpoints"), QStringLiteral("/ScratchDir:") + m_scratch});
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        QCOMPARE(mountedImageStatus().value(dir), QStringLiteral("NeedsRemount"));
        ::kill(pid_t(a.process.processId()), SIGCONT);
        const CliResult ra = a.finish();
        QVERIFY2(ra.exitCode == 0, qPrintable(ra.err));
        QCOMPARE(mountedImageStatus().value(dir), QStringLiteral("Ok"));
        QCOMPARE(snapshotImage(wim, 1).value(QStringLiteral("/saved.txt")).sha1, sha1Hex("saved"));
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
            QVERIFY(writeFile(dir, QStringLiteral("round.txt"), text));
            BackgroundCli a, b;
            a.start(commitArgs(dir));
            b.start(commitArgs(dir));
            const CliResult ra = a.finish();
            const CliResult rb = b.finish();
            for (const CliResult *r : {&ra, &rb}) {
                if (r->exitCode != 0) {
                    QCOMPARE(r->exitCode, 1);
                    QVERIFY2(r->lastErrorLine().contains(QStringLiteral("Another WimBench process is saving")), qPrintable(r->err));
                }
            }
            QVERIFY(ra.exitCode == 0 || rb.exitCode == 0);
            QCOMPARE(verifyWim(wim), QString());
            QCOMPARE(snapshotImage(wim, 1).value(QStringLiteral("/round.txt")).sha1, sha1Hex(text));
            QCOMPARE(mountedImageStatus().value(dir), QStringLiteral("Ok"));
        }
        discard(dir);
    }

    // ---- two processes provision into one image ----
    void twoProvisioningsIntoOneImage()
    {
        const QString image = newImage();
        BackgroundCli a;
        a.start(addArgs(image, m_bundle), stopAt(QStringLiteral("provision.after-extract")));
        QVERIFY(waitUntilStopped(a.process.processId()));
        const CliResult rb = runCli(addArgs(image, m_other));
        QCOMPARE(rb.exitCode, 1);
        QVERIFY2(rb.lastErrorLine().contains(QStringLiteral("Another WimBench operation is changing the apps of the image in %1").arg(image)),
                 qPrintable(rb.err));
        // Removing and optimizing are refused the same way; nothing of A's staging is touched.
        const CliResult ro = runCli({QStringLiteral("/Image:") + image, QStringLiteral("/Optimize-ProvisionedAppxPackages")});
        QCOMPARE(ro.exitCode, 1);
        QVERIFY(ro.lastErrorLine().contains(QStringLiteral("Another WimBench operation is changing the apps")));
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
                QVERIFY2(r->lastErrorLine().contains(QStringLiteral("Another WimBench operation is changing the apps")), qPrintable(r->err));
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
        a.start(exportArgs(2, dest), stopAt(QStringLiteral("export.append.before-write")));
        QVERIFY(waitUntilStopped(a.process.processId()));
        const CliResult rb = runCli(exportArgs(3, dest));
        QCOMPARE(rb.exitCode, 1);
        QVERIFY2(rb.lastErrorLine().contains(QStringLiteral("Another WimBench process is writing into %1 right now").arg(dest)), qPrintable(rb.err));
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
        a.start(exportArgs(2, dest), stopAt(QStringLiteral("export.append.before-write")));
        QVERIFY(waitUntilStopped(a.process.processId()));
        QProcess imagex;
        imagex.start(QStringLiteral("wimlib-imagex"), {QStringLiteral("export"), m_src, QStringLiteral("3"), dest});
        QVERIFY(imagex.waitForFinished(60000));
        QCOMPARE(imagex.exitCode(), 0);
        ::kill(pid_t(a.process.processId()), SIGCONT);
        const CliResult ra = a.finish();
        QCOMPARE(ra.exitCode, 1);
        QVERIFY2(ra.lastErrorLine().contains(QStringLiteral("%1 was changed by another program while the export ran").arg(dest)), qPrintable(ra.err));
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
                QVERIFY2(r->lastErrorLine().contains(QStringLiteral("Another WimBench process is writing into")), qPrintable(r->err));
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
