// Fault injection with real FUSE mounts: wimbench-cli (/Mount-Image, /Commit-Image,
// /Unmount-Image /Commit) and the mount helper (WIMBENCH_HELPER_FAULT, including writes in the
// middle of its commit) are killed at each fault point of core/FaultPoint.h. Afterwards the WIM
// verifies and holds exactly the old or the new content, /Get-MountedImageInfo reports a status
// that matches what is there, and /Remount-Image, /Unmount-Image /Discard or /Cleanup-Mountpoints
// bring everything back to a folder that can be mounted again, with no FUSE mount or staging
// folder left. docs/FAULTS.md.
#include "AppxBuilder.h"
#include "CliRunner.h"
#include "FaultSupport.h"
#include "ImageDigest.h"
#include "MountTestSupport.h"
#include "OfflineImageBuilder.h"
#include "WimBuilder.h"
#include "WimSnapshot.h"

#include "mount/MountRegistry.h"
#include "mount/MountSystem.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace wb;
using namespace wb::test;

namespace {
enum class Content { Old, New, Either };
}
Q_DECLARE_METATYPE(Content)

class TestFaultInjectionMount : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MountGuard m_guard;
    QString m_template;
    QMap<QString, EntrySnapshot> m_oldSnap;
    QByteArray m_payload;
    int m_counter = 0;
    int m_recoveries = 0;
    QString m_scratch;

    QString newMountDir()
    {
        const QString d = m_dir.filePath(QStringLiteral("mnt%1").arg(++m_counter));
        QDir().mkpath(d);
        m_guard.add(d);
        return d;
    }

    QString newWim()
    {
        const QString w = m_dir.filePath(QStringLiteral("image%1.wim").arg(++m_counter));
        return QFile::copy(m_template, w) ? w : QString();
    }

    QStringList mountArgs(const QString &wim, const QString &dir) const
    {
        return {QStringLiteral("/Mount-Image"), QStringLiteral("/ImageFile:") + wim, QStringLiteral("/Index:1"), QStringLiteral("/MountDir:") + dir,
                QStringLiteral("/ScratchDir:") + m_scratch};
    }

    QStringList commandArgs(const QString &command, const QString &dir) const
    {
        if (command == QLatin1String("commit"))
            return {QStringLiteral("/Commit-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/ScratchDir:") + m_scratch};
        return {QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/Commit"), QStringLiteral("/ScratchDir:") + m_scratch};
    }

    std::optional<MountRecord> record(const QString &dir) const
    {
        auto found = MountRegistry().find(dir);
        return found ? *found : std::nullopt;
    }

    /// "old", "new" or what else the file holds.
    QString contentOf(const QString &wim) const
    {
        if (wimImageCount(wim) != 1)
            return QStringLiteral("%1 images").arg(wimImageCount(wim));
        const auto snap = snapshotImage(wim, 1);
        if (snap == m_oldSnap)
            return QStringLiteral("old");
        if (snap.value(QStringLiteral("/fault.bin")).sha1 == sha1Hex(m_payload)
            && snap.value(QStringLiteral("/Windows/win.ini")).sha1 == sha1Hex("changed"))
            return QStringLiteral("new");
        return QStringLiteral("mixed");
    }

    bool helperAliveFor(const QString &dir) const
    {
        for (const QString &p : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool ok = false;
            const qint64 pid = p.toLongLong(&ok);
            if (!ok || !MountSystem::isHelperProcess(pid))
                continue;
            QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (f.open(QIODevice::ReadOnly) && f.readAll().split('\0').contains(QFile::encodeName(dir)))
                return true;
        }
        return false;
    }

    /// Brings the folder back to "nothing mounted, nothing registered" with the user's commands,
    /// chosen by the status it reports; then checks that it can be mounted again.
    void recoverAndRemount(const QString &wim, const QString &dir)
    {
        const QString status = mountedImageStatus().value(dir);
        if (status == QLatin1String("Ok")) {
            const CliResult r = runCli({QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/Discard")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        } else if (status == QLatin1String("NeedsRemount")) {
            const CliResult r = runCli({QStringLiteral("/Remount-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/ScratchDir:") + m_scratch});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(mountedImageStatus().value(dir), QStringLiteral("Ok"));
            // The remount serves what the file holds.
            QCOMPARE(QFileInfo::exists(dir + QStringLiteral("/fault.bin")), contentOf(wim) == QLatin1String("new"));
            const CliResult d = runCli({QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/Discard")});
            QVERIFY2(d.exitCode == 0, qPrintable(d.err));
        } else if (status == QLatin1String("Invalid") && ++m_recoveries % 2 == 0) {
            const CliResult r = runCli({QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/Discard")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        } else {
            const CliResult r = runCli({QStringLiteral("/Cleanup-Mountpoints"), QStringLiteral("/ScratchDir:") + m_scratch});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        QVERIFY(!mountedImageStatus().contains(dir));
        QVERIFY2(!isMountPoint(dir), "the FUSE mount is gone (/proc/self/mountinfo)");
        QVERIFY(QTest::qWaitFor([&] { return !helperAliveFor(dir); }, 10000));
        QCOMPARE(QDir(m_scratch).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        // The same folder mounts again and shows what the file holds.
        const CliResult m = runCli(mountArgs(wim, dir));
        QVERIFY2(m.exitCode == 0, qPrintable(m.err));
        QCOMPARE(mountedImageStatus().value(dir), QStringLiteral("Ok"));
        QCOMPARE(QFileInfo::exists(dir + QStringLiteral("/fault.bin")), contentOf(wim) == QLatin1String("new"));
        const CliResult d = runCli({QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/Discard")});
        QVERIFY2(d.exitCode == 0, qPrintable(d.err));
        QVERIFY(!isMountPoint(dir));
    }

    void checkWim(const QString &wim, Content expected)
    {
        QCOMPARE(verifyWim(wim), QString());
        QCOMPARE(imagexVerify(wim), QString());
        const QString content = contentOf(wim);
        if (expected == Content::Old)
            QCOMPARE(content, QStringLiteral("old"));
        else if (expected == Content::New)
            QCOMPARE(content, QStringLiteral("new"));
        else
            QVERIFY2(content == QLatin1String("old") || content == QLatin1String("new"), qPrintable(content));
        QCOMPARE(strayTemporaries(QFileInfo(wim).path()), QStringList());
    }

    /// Mounts `wim` read-write at `dir` (with `env`) and changes it.
    bool mountAndChange(const QString &wim, const QString &dir, const QProcessEnvironment &env = {})
    {
        const CliResult m = runCli(mountArgs(wim, dir), 60000, env);
        if (m.exitCode != 0) {
            qWarning() << m.err;
            return false;
        }
        return writeFile(dir, QStringLiteral("fault.bin"), m_payload) && writeFile(dir, QStringLiteral("Windows/win.ini"), "changed");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString reason = fuseUnavailableReason();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        m_scratch = m_dir.filePath(QStringLiteral("scratch"));
        QVERIFY(QDir().mkpath(m_scratch));
        const QString src = m_dir.filePath(QStringLiteral("src"));
        writeWindowsTree(src, {QStringLiteral("en-US")});
        QVERIFY(writeBulkFiles(src, 1024 * 1024, 256 * 1024, 8));
        m_template = m_dir.filePath(QStringLiteral("template.wim"));
        QVERIFY(createWim(m_template, {windowsLikeSpec(src, QStringLiteral("Pro"))}, {Compression::Xpress}).ok());
        m_oldSnap = snapshotImage(m_template, 1);
        QVERIFY(!m_oldSnap.isEmpty());
        m_payload = QByteArray(2 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator(77).fillRange(reinterpret_cast<quint32 *>(m_payload.data()), m_payload.size() / 4);
    }

    void cleanup()
    {
        const QStringList left = m_guard.release();
        if (!left.isEmpty())
            qWarning() << "detached mounts left by the test:" << left;
        runCli({QStringLiteral("/Cleanup-Mountpoints"), QStringLiteral("/ScratchDir:") + m_scratch});
    }

    void cleanupTestCase() { m_guard.release(); }

    // ---- the CLI is killed while saving or dismounting ----
    void killedCommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<Content>("content");
        QTest::addColumn<QString>("status"); // what /Get-MountedImageInfo must say once the helper settled
        QTest::newRow("commit: before the commit") << QStringLiteral("commit") << QStringLiteral("save.before-commit") << Content::Old << QStringLiteral("Ok");
        QTest::newRow("commit: 2nd write-streams report") << QStringLiteral("commit") << QStringLiteral("commit.progress.write-streams:2") << Content::Either << QStringLiteral("Invalid");
        // The daemon's progress reaches the CLI through a message queue and later messages may be
        // dropped when it is full, so only the first write-streams reports are used here.
        QTest::newRow("commit: 1st write-streams report") << QStringLiteral("commit") << QStringLiteral("commit.progress.write-streams:1") << Content::Either << QStringLiteral("Invalid");
        QTest::newRow("commit: committed, registry not updated") << QStringLiteral("commit") << QStringLiteral("save.after-commit") << Content::New << QStringLiteral("Invalid");
        QTest::newRow("commit: writing the registry") << QStringLiteral("commit") << QStringLiteral("registry.before-write") << Content::New << QStringLiteral("Invalid");
        QTest::newRow("commit: registry updated, not remounted") << QStringLiteral("commit") << QStringLiteral("save.before-remount") << Content::New << QStringLiteral("NeedsRemount");
        QTest::newRow("commit: remounted, not registered") << QStringLiteral("commit") << QStringLiteral("mount.before-register") << Content::New << QStringLiteral("NeedsRemount");
        QTest::newRow("commit: writing the remount's entry") << QStringLiteral("commit") << QStringLiteral("registry.before-write:2") << Content::New << QStringLiteral("NeedsRemount");
        QTest::newRow("dismount: before the unmount") << QStringLiteral("dismount") << QStringLiteral("dismount.before-unmount") << Content::Old << QStringLiteral("Ok");
        QTest::newRow("dismount: 2nd write-streams report") << QStringLiteral("dismount") << QStringLiteral("commit.progress.write-streams:2") << Content::Either << QStringLiteral("Invalid");
        QTest::newRow("dismount: unmounted") << QStringLiteral("dismount") << QStringLiteral("dismount.after-unmount") << Content::New << QStringLiteral("Invalid");
        QTest::newRow("dismount: staging removed, still registered") << QStringLiteral("dismount") << QStringLiteral("dismount.before-unregister") << Content::New << QStringLiteral("Invalid");
        QTest::newRow("dismount: writing the registry") << QStringLiteral("dismount") << QStringLiteral("registry.before-write") << Content::New << QStringLiteral("Invalid");
    }

    void killedCommand()
    {
        QFETCH(QString, command);
        QFETCH(QString, fault);
        QFETCH(Content, content);
        QFETCH(QString, status);
        const QString wim = newWim();
        const QString dir = newMountDir();
        QVERIFY(mountAndChange(wim, dir));
        const auto before = record(dir);
        QVERIFY(before);
        const CliResult r = runCliWithFault(commandArgs(command, dir), fault);
        QCOMPARE(diedAtFault(r, fault.section(QLatin1Char(':'), 0, 0)), QString());
        // A helper that was committing finishes on its own (the commit does not stop with the CLI).
        if (status != QLatin1String("Ok"))
            QVERIFY(waitUntilGone(before->helperPid, 60000));
        checkWim(wim, content);
        const QString reported = mountedImageStatus().value(dir);
        qInfo() << "content" << contentOf(wim) << "status" << reported << "mounted" << isMountPoint(dir);
        QCOMPARE(reported, status);
        if (reported == QLatin1String("Ok")) {
            // Still served, with the unsaved changes.
            QCOMPARE(fileSha256(dir + QStringLiteral("/fault.bin")), QCryptographicHash::hash(m_payload, QCryptographicHash::Sha256).toHex());
        }
        recoverAndRemount(wim, dir);
    }

    // ---- the CLI is killed while mounting ----
    void killedMount_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("served, not registered") << QStringLiteral("mount.before-register");
        QTest::newRow("writing the registry") << QStringLiteral("registry.before-write");
    }

    void killedMount()
    {
        QFETCH(QString, fault);
        const QString wim = newWim();
        const QString dir = newMountDir();
        const CliResult r = runCliWithFault(mountArgs(wim, dir), fault);
        QCOMPARE(diedAtFault(r, fault), QString());
        checkWim(wim, Content::Old);
        // Served by a helper nobody registered: not listed; /Cleanup-Mountpoints unmounts it.
        QVERIFY(isMountPoint(dir));
        QVERIFY(!mountedImageStatus().contains(dir));
        const CliResult refused = runCli(mountArgs(wim, dir));
        QCOMPARE(refused.exitCode, 1);
        recoverAndRemount(wim, dir);
    }

    // ---- the CLI is killed while remounting ----
    void killedRemount_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("remounted, not registered") << QStringLiteral("mount.before-register");
        QTest::newRow("writing the registry") << QStringLiteral("registry.before-write");
    }

    void killedRemount()
    {
        QFETCH(QString, fault);
        const QString wim = newWim();
        const QString dir = newMountDir();
        QVERIFY(mountAndChange(wim, dir));
        const auto before = record(dir);
        QVERIFY(before);
        QCOMPARE(::kill(pid_t(before->helperPid), SIGKILL), 0);
        QVERIFY(waitUntilGone(before->helperPid));
        QCOMPARE(mountedImageStatus().value(dir), QStringLiteral("NeedsRemount"));
        const CliResult r = runCliWithFault({QStringLiteral("/Remount-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/ScratchDir:") + m_scratch},
                                            fault);
        QCOMPARE(diedAtFault(r, fault), QString());
        checkWim(wim, Content::Old);
        // Served again, but by a helper the entry does not name: still NeedsRemount.
        QCOMPARE(mountedImageStatus().value(dir), QStringLiteral("NeedsRemount"));
        recoverAndRemount(wim, dir);
    }

    void killedCleanup()
    {
        const QString wim = newWim();
        const QString dir = newMountDir();
        QVERIFY(mountAndChange(wim, dir));
        const auto before = record(dir);
        QVERIFY(before);
        QCOMPARE(::kill(pid_t(before->helperPid), SIGKILL), 0);
        QVERIFY(waitUntilGone(before->helperPid));
        const QStringList cleanupArgs{QStringLiteral("/Cleanup-Mountpoints"), QStringLiteral("/ScratchDir:") + m_scratch};
        const CliResult r = runCliWithFault(cleanupArgs, QStringLiteral("cleanup.before-unregister"));
        QCOMPARE(diedAtFault(r, QStringLiteral("cleanup.before-unregister")), QString());
        checkWim(wim, Content::Old);
        QVERIFY(!isMountPoint(dir));
        QCOMPARE(mountedImageStatus().value(dir), QStringLiteral("NeedsRemount"));
        QCOMPARE(QDir(m_scratch).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        // Running it again finishes; the folder mounts again.
        recoverAndRemount(wim, dir);
    }

    // ---- provisioning into a live mount ----
    void killedProvisioningInAMount()
    {
        const QString wim = newWim();
        const QString dir = newMountDir();
        QVERIFY(mountAndChange(wim, dir));
        const QString bundle = m_dir.filePath(QStringLiteral("Contoso.Sample.msixbundle"));
        const QString vclibs = m_dir.filePath(QStringLiteral("vclibs.appx"));
        if (!QFileInfo::exists(bundle)) {
            QVERIFY(writeBundle(bundle, sampleBundle()).ok());
            QVERIFY(writeAppx(vclibs, frameworkSpec(QStringLiteral("Microsoft.VCLibs.140.00"), QStringLiteral("14.0.30704.0"), QStringLiteral("x64"))).ok());
        }
        const QStringList add{QStringLiteral("/Image:") + dir, QStringLiteral("/Add-ProvisionedAppxPackage"), QStringLiteral("/PackagePath:") + bundle,
                              QStringLiteral("/DependencyPackagePath:") + vclibs, QStringLiteral("/SkipLicense"), QStringLiteral("/Region:all")};
        const QMap<QString, QByteArray> untouched = treeDigest(dir);
        const CliResult r = runCliWithFault(add, QStringLiteral("provision.between-moves"));
        QCOMPARE(diedAtFault(r, QStringLiteral("provision.between-moves")), QString());
        QVERIFY(!strayTemporaries(dir).isEmpty());
        // The next locked operation undoes it inside the mount.
        const CliResult recover = runCli({QStringLiteral("/Image:") + dir, QStringLiteral("/Remove-ProvisionedAppxPackage"),
                                          QStringLiteral("/PackageName:Contoso.Nothing")});
        QCOMPARE(recover.exitCode, 1);
        QCOMPARE(strayTemporaries(dir), QStringList());
        QCOMPARE(treeDigest(dir), untouched);
        const CliResult again = runCli(add);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const CliResult commit = runCli({QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/Commit")});
        QVERIFY2(commit.exitCode == 0, qPrintable(commit.err));
        QCOMPARE(verifyWim(wim), QString());
        const auto snap = snapshotImage(wim, 1);
        for (auto it = snap.cbegin(); it != snap.cend(); ++it)
            QVERIFY2(!it.key().contains(QStringLiteral(".wimbench-")), qPrintable(it.key()));
        QVERIFY(snap.contains(QStringLiteral("/ProgramData/Microsoft/Windows/AppxProvisioning.xml")));
        QVERIFY(!isMountPoint(dir));
    }

    // ---- the mount helper dies ----
    void killedHelper_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<Content>("content");
        QTest::newRow("commit: first write into the WIM") << QStringLiteral("commit") << QStringLiteral("helper.commit-write:1") << Content::Old;
        QTest::newRow("commit: 4th write") << QStringLiteral("commit") << QStringLiteral("helper.commit-write:4") << Content::Old;
        QTest::newRow("commit: 20th write") << QStringLiteral("commit") << QStringLiteral("helper.commit-write:20") << Content::Either;
        QTest::newRow("commit: 60th write") << QStringLiteral("commit") << QStringLiteral("helper.commit-write:60") << Content::Either;
        QTest::newRow("commit: after the unmount") << QStringLiteral("commit") << QStringLiteral("helper.after-unmount") << Content::New;
        QTest::newRow("dismount: 3rd write") << QStringLiteral("dismount") << QStringLiteral("helper.commit-write:3") << Content::Old;
        QTest::newRow("dismount: after the unmount") << QStringLiteral("dismount") << QStringLiteral("helper.after-unmount") << Content::New;
    }

    void killedHelper()
    {
        QFETCH(QString, command);
        QFETCH(QString, fault);
        QFETCH(Content, content);
        const QString wim = newWim();
        const QString dir = newMountDir();
        const QString faultLog = m_dir.filePath(QStringLiteral("fault%1.log").arg(++m_counter));
        QProcessEnvironment env;
        env.insert(QStringLiteral("WIMBENCH_HELPER_FAULT"), fault);
        env.insert(QStringLiteral("WIMBENCH_FAULT_LOG"), faultLog);
        QVERIFY(mountAndChange(wim, dir, env));
        const auto before = record(dir);
        QVERIFY(before);
        const CliResult r = runCli(commandArgs(command, dir), 120000, env);
        QVERIFY(!r.crashed);
        QFile log(faultLog);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY2(log.readAll().contains(QStringLiteral("WIMBENCH_FAULT %1 ").arg(fault.section(QLatin1Char(':'), 0, 0)).toUtf8()),
                 "the helper died at its fault point");
        QVERIFY(waitUntilGone(before->helperPid, 60000));
        checkWim(wim, content);
        const QString state = contentOf(wim);
        const QString reported = mountedImageStatus().value(dir);
        qInfo() << "exit" << r.exitCode << "content" << state << "status" << reported << r.lastErrorLine();
        if (fault == QLatin1String("helper.after-unmount")) {
            // The commit and the unmount were complete: the command succeeds.
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(reported, command == QLatin1String("commit") ? QStringLiteral("Ok") : QString());
        } else if (r.exitCode != 0) {
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.lastErrorLine().contains(QStringLiteral("ended during the save")), qPrintable(r.err));
            QVERIFY2(reported == QLatin1String("Invalid") || reported == QLatin1String("NeedsRemount"), qPrintable(reported));
        }
        if (!reported.isEmpty() || isMountPoint(dir))
            recoverAndRemount(wim, dir);
    }

    void helperKilledBeforeServing()
    {
        const QString wim = newWim();
        const QString dir = newMountDir();
        QProcessEnvironment env;
        env.insert(QStringLiteral("WIMBENCH_HELPER_FAULT"), QStringLiteral("helper.before-mount"));
        const CliResult r = runCli(mountArgs(wim, dir), 60000, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.lastErrorLine().contains(QStringLiteral("The mount helper stopped before")), qPrintable(r.err));
        QVERIFY(!isMountPoint(dir));
        QVERIFY(!mountedImageStatus().contains(dir));
        QCOMPARE(QDir(m_scratch).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        checkWim(wim, Content::Old);
        recoverAndRemount(wim, dir);
    }

    void helperKilledWhileTheCommandWaits()
    {
        // The CLI stops itself just before it asks for the commit; the helper is killed by its pid
        // from the registry; the CLI goes on and finds the mount no longer served.
        const QString wim = newWim();
        const QString dir = newMountDir();
        QVERIFY(mountAndChange(wim, dir));
        const auto before = record(dir);
        QVERIFY(before);
        BackgroundCli cli;
        QProcessEnvironment env;
        env.insert(QStringLiteral("WIMBENCH_FAULT"), QStringLiteral("save.before-commit:stop"));
        cli.start(commandArgs(QStringLiteral("commit"), dir), env);
        QVERIFY(waitUntilStopped(cli.process.processId()));
        QCOMPARE(::kill(pid_t(before->helperPid), SIGKILL), 0);
        QVERIFY(waitUntilGone(before->helperPid));
        ::kill(pid_t(cli.process.processId()), SIGCONT);
        const CliResult r = cli.finish();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.lastErrorLine().contains(QStringLiteral("/Remount-Image")), qPrintable(r.err));
        checkWim(wim, Content::Old);
        QCOMPARE(mountedImageStatus().value(dir), QStringLiteral("NeedsRemount"));
        recoverAndRemount(wim, dir);
    }
};

QTEST_GUILESS_MAIN(TestFaultInjectionMount)
#include "tst_faultinjection_mount.moc"
