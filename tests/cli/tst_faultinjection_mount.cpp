// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection with real FUSE mounts: wimbench-cli (/Mount-Image, /Commit-Image,
// /Unmount-Image /Commit) and the mount helper (WIMBENCH_HELPER_FAULT, including writes in the
// middle of its commit) are killed at each fault point of core/FaultPoint.h. Afterwards the WIM
// verifies and holds exactly the old or the new content, /Get-MountedImageInfo reports a status
// that matches what is there, and /Remount-Image, /Unmount-Image /Discard or /Cleanup-Mountpoints
// bring everything back to a folder that can be mounted again, with no FUSE mount or staging
// folder left. docs/FAULTS.md.
#include "AppxBuilder.h"
#include "CliScenario.h"
#include "ImageDigest.h"
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

using namespace Qt::StringLiterals;

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
    MountScenario m_mount;
    QString m_template;
    QMap<QString, EntrySnapshot> m_oldSnap;
    QByteArray m_payload;
    int m_recoveries = 0;

    QString newWim() { return m_mount.copyOf(m_template); }

    /// "commit": /Commit-Image; "dismount": /Unmount-Image /Commit.
    QStringList commandArgs(const QString &command, const QString &dir) const
    {
        return command == QLatin1String("commit") ? m_mount.commitArgs(dir) : m_mount.unmountArgs(dir, true);
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
            return u"%1 images"_s.arg(wimImageCount(wim));
        const auto snap = snapshotImage(wim, 1);
        if (snap == m_oldSnap)
            return u"old"_s;
        if (snap.value(u"/fault.bin"_s).sha1 == sha1Hex(m_payload)
            && snap.value(u"/Windows/win.ini"_s).sha1 == sha1Hex("changed"))
            return u"new"_s;
        return u"mixed"_s;
    }

    /// The live mount helper started for `dir`, 0 if none.
    qint64 helperFor(const QString &dir) const { return helperProcessFor(dir); }
    bool helperAliveFor(const QString &dir) const { return helperFor(dir) != 0; }

    /// Brings the folder back to "nothing mounted, nothing registered" with the user's commands,
    /// chosen by the status it reports; then checks that it can be mounted again.
    void recoverAndRemount(const QString &wim, const QString &dir)
    {
        const QString status = mountedImageStatus().value(dir);
        if (status == QLatin1String("Ok")) {
            const CliResult r = runCli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        } else if (status == QLatin1String("NeedsRemount")) {
            const CliResult r = runCli({u"/Remount-Image"_s, u"/MountDir:"_s + dir, u"/ScratchDir:"_s + m_mount.scratch()});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(mountedImageStatus().value(dir), u"Ok"_s);
            // The remount serves what the file holds.
            QCOMPARE(QFileInfo::exists(dir + u"/fault.bin"_s), contentOf(wim) == QLatin1String("new"));
            const CliResult d = runCli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s});
            QVERIFY2(d.exitCode == 0, qPrintable(d.err));
        } else if (status == QLatin1String("Invalid") && ++m_recoveries % 2 == 0) {
            const CliResult r = runCli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        } else {
            const CliResult r = runCli({u"/Cleanup-Mountpoints"_s, u"/ScratchDir:"_s + m_mount.scratch()});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        QVERIFY(!mountedImageStatus().contains(dir));
        QVERIFY2(!isMountPoint(dir), "the FUSE mount is gone (/proc/self/mountinfo)");
        QVERIFY(QTest::qWaitFor([&] { return !helperAliveFor(dir); }, 10000));
        QCOMPARE(m_mount.scratchEntries(), QStringList());
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        // The same folder mounts again and shows what the file holds.
        const CliResult m = runCli(m_mount.mountArgs(wim, dir));
        QVERIFY2(m.exitCode == 0, qPrintable(m.err));
        QCOMPARE(mountedImageStatus().value(dir), u"Ok"_s);
        QCOMPARE(QFileInfo::exists(dir + u"/fault.bin"_s), contentOf(wim) == QLatin1String("new"));
        QCOMPARE(m_mount.discard(dir), QString());
    }

    void checkWim(const QString &wim, Content expected)
    {
        QCOMPARE(verifyWim(wim), QString());
        QCOMPARE(imagexVerify(wim), QString());
        const QString content = contentOf(wim);
        if (expected == Content::Old)
            QCOMPARE(content, u"old"_s);
        else if (expected == Content::New)
            QCOMPARE(content, u"new"_s);
        else
            QVERIFY2(content == QLatin1String("old") || content == QLatin1String("new"), qPrintable(content));
        QCOMPARE(strayTemporaries(QFileInfo(wim).path()), QStringList());
    }

    /// Mounts `wim` read-write at `dir` (with `env`) and changes it.
    bool mountAndChange(const QString &wim, const QString &dir, const QProcessEnvironment &env = {})
    {
        const CliResult m = runCli(m_mount.mountArgs(wim, dir), 60000, env);
        if (m.exitCode != 0) {
            qWarning() << m.err;
            return false;
        }
        return writeFile(dir, u"fault.bin"_s, m_payload) && writeFile(dir, u"Windows/win.ini"_s, "changed");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        WB_SKIP_WITHOUT_FUSE();
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        QVERIFY(m_mount.init(m_dir.path()));
        const QString src = m_dir.filePath(u"src"_s);
        writeWindowsTree(src, {u"en-US"_s});
        QVERIFY(writeBulkFiles(src, 1024 * 1024, 256 * 1024, 8));
        m_template = m_dir.filePath(u"template.wim"_s);
        QVERIFY(createWim(m_template, {windowsLikeSpec(src, u"Pro"_s)}, {Compression::Xpress}).ok());
        m_oldSnap = snapshotImage(m_template, 1);
        QVERIFY(!m_oldSnap.isEmpty());
        m_payload = QByteArray(2 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator(77).fillRange(reinterpret_cast<quint32 *>(m_payload.data()), m_payload.size() / 4);
    }

    void cleanup()
    {
        const QStringList left = m_mount.guard().release();
        if (!left.isEmpty())
            qWarning() << "detached mounts left by the test:" << left;
        runCli({u"/Cleanup-Mountpoints"_s, u"/ScratchDir:"_s + m_mount.scratch()});
    }

    void cleanupTestCase() { m_mount.guard().release(); }

    // ---- the CLI is killed while saving or dismounting ----
    void killedCommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<Content>("content");
        QTest::addColumn<QString>("status"); // what /Get-MountedImageInfo must say once the helper settled
        QTest::newRow("commit: before the commit") << u"commit"_s << u"save.before-commit"_s << Content::Old << u"Ok"_s;
        QTest::newRow("commit: 2nd write-streams report") << u"commit"_s << u"commit.progress.write-streams:2"_s << Content::Either << u"Invalid"_s;
        // The daemon's progress reaches the CLI through a message queue and later messages may be
        // dropped when it is full, so only the first write-streams reports are used here.
        QTest::newRow("commit: 1st write-streams report") << u"commit"_s << u"commit.progress.write-streams:1"_s << Content::Either << u"Invalid"_s;
        QTest::newRow("commit: committed, registry not updated") << u"commit"_s << u"save.after-commit"_s << Content::New << u"Invalid"_s;
        QTest::newRow("commit: writing the registry") << u"commit"_s << u"registry.before-write"_s << Content::New << u"Invalid"_s;
        QTest::newRow("commit: registry updated, not remounted") << u"commit"_s << u"save.before-remount"_s << Content::New << u"NeedsRemount"_s;
        QTest::newRow("commit: remounted, not registered") << u"commit"_s << u"mount.before-register"_s << Content::New << u"NeedsRemount"_s;
        QTest::newRow("commit: writing the remount's entry") << u"commit"_s << u"registry.before-write:2"_s << Content::New << u"NeedsRemount"_s;
        QTest::newRow("dismount: before the unmount") << u"dismount"_s << u"dismount.before-unmount"_s << Content::Old << u"Ok"_s;
        QTest::newRow("dismount: 2nd write-streams report") << u"dismount"_s << u"commit.progress.write-streams:2"_s << Content::Either << u"Invalid"_s;
        QTest::newRow("dismount: unmounted") << u"dismount"_s << u"dismount.after-unmount"_s << Content::New << u"Invalid"_s;
        QTest::newRow("dismount: staging removed, still registered") << u"dismount"_s << u"dismount.before-unregister"_s << Content::New << u"Invalid"_s;
        QTest::newRow("dismount: writing the registry") << u"dismount"_s << u"registry.before-write"_s << Content::New << u"Invalid"_s;
    }

    void killedCommand()
    {
        QFETCH(QString, command);
        QFETCH(QString, fault);
        QFETCH(Content, content);
        QFETCH(QString, status);
        const QString wim = newWim();
        const QString dir = m_mount.newMountDir();
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
            QCOMPARE(fileSha256(dir + u"/fault.bin"_s), QCryptographicHash::hash(m_payload, QCryptographicHash::Sha256).toHex());
        }
        recoverAndRemount(wim, dir);
    }

    // ---- the CLI is killed while mounting ----
    void killedMount_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("stopHelper");
        QTest::newRow("served, not registered") << u"mount.before-register"_s << false;
        QTest::newRow("writing the registry") << u"registry.before-write"_s << false;
        // A debugger or a killed strace left the helper stopped: every access to the mount hangs,
        // so the cleanup must end the helper without a stat of the folder (issue 16).
        QTest::newRow("not registered, helper stopped") << u"mount.before-register"_s << true;
    }

    void killedMount()
    {
        QFETCH(QString, fault);
        QFETCH(bool, stopHelper);
        const QString wim = newWim();
        const QString dir = m_mount.newMountDir();
        const CliResult r = runCliWithFault(m_mount.mountArgs(wim, dir), fault);
        QCOMPARE(diedAtFault(r, fault), QString());
        checkWim(wim, Content::Old);
        // Served by a helper nobody registered: not listed; /Cleanup-Mountpoints unmounts it.
        QVERIFY(isMountPoint(dir));
        QVERIFY(!mountedImageStatus().contains(dir));
        if (stopHelper) {
            const qint64 helper = helperFor(dir);
            QVERIFY(helper != 0);
            QCOMPARE(::kill(pid_t(helper), SIGSTOP), 0);
            QVERIFY(QTest::qWaitFor([&] { return MountSystem::isProcessStopped(helper); }, 5000));
        }
        const CliResult refused = runCli(m_mount.mountArgs(wim, dir));
        QCOMPARE(refused.exitCode, 1);
        recoverAndRemount(wim, dir);
    }

    // ---- the CLI is killed while remounting ----
    void killedRemount_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("remounted, not registered") << u"mount.before-register"_s;
        QTest::newRow("writing the registry") << u"registry.before-write"_s;
    }

    void killedRemount()
    {
        QFETCH(QString, fault);
        const QString wim = newWim();
        const QString dir = m_mount.newMountDir();
        QVERIFY(mountAndChange(wim, dir));
        const auto before = record(dir);
        QVERIFY(before);
        QCOMPARE(::kill(pid_t(before->helperPid), SIGKILL), 0);
        QVERIFY(waitUntilGone(before->helperPid));
        QCOMPARE(mountedImageStatus().value(dir), u"NeedsRemount"_s);
        const CliResult r = runCliWithFault({u"/Remount-Image"_s, u"/MountDir:"_s + dir, u"/ScratchDir:"_s + m_mount.scratch()}, fault);
        QCOMPARE(diedAtFault(r, fault), QString());
        checkWim(wim, Content::Old);
        // Served again, but by a helper the entry does not name: still NeedsRemount.
        QCOMPARE(mountedImageStatus().value(dir), u"NeedsRemount"_s);
        recoverAndRemount(wim, dir);
    }

    void killedCleanup()
    {
        const QString wim = newWim();
        const QString dir = m_mount.newMountDir();
        QVERIFY(mountAndChange(wim, dir));
        const auto before = record(dir);
        QVERIFY(before);
        QCOMPARE(::kill(pid_t(before->helperPid), SIGKILL), 0);
        QVERIFY(waitUntilGone(before->helperPid));
        const QStringList cleanupArgs{u"/Cleanup-Mountpoints"_s, u"/ScratchDir:"_s + m_mount.scratch()};
        const CliResult r = runCliWithFault(cleanupArgs, u"cleanup.before-unregister"_s);
        QCOMPARE(diedAtFault(r, u"cleanup.before-unregister"_s), QString());
        checkWim(wim, Content::Old);
        QVERIFY(!isMountPoint(dir));
        QCOMPARE(mountedImageStatus().value(dir), u"NeedsRemount"_s);
        QCOMPARE(m_mount.scratchEntries(), QStringList());
        // Running it again finishes; the folder mounts again.
        recoverAndRemount(wim, dir);
    }

    // ---- provisioning into a live mount ----
    void killedProvisioningInAMount()
    {
        const QString wim = newWim();
        const QString dir = m_mount.newMountDir();
        QVERIFY(mountAndChange(wim, dir));
        const QString bundle = m_dir.filePath(u"Contoso.Sample.msixbundle"_s);
        const QString vclibs = m_dir.filePath(u"vclibs.appx"_s);
        if (!QFileInfo::exists(bundle)) {
            QVERIFY(writeBundle(bundle, sampleBundle()).ok());
            QVERIFY(writeAppx(vclibs, frameworkSpec(u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s, u"x64"_s)).ok());
        }
        const QStringList add{u"/Image:"_s + dir, u"/Add-ProvisionedAppxPackage"_s, u"/PackagePath:"_s + bundle,
                              u"/DependencyPackagePath:"_s + vclibs, u"/SkipLicense"_s, u"/Region:all"_s};
        const QMap<QString, QByteArray> untouched = treeDigest(dir);
        const CliResult r = runCliWithFault(add, u"provision.between-moves"_s);
        QCOMPARE(diedAtFault(r, u"provision.between-moves"_s), QString());
        QVERIFY(!strayTemporaries(dir).isEmpty());
        // The next locked operation undoes it inside the mount.
        const CliResult recover = runCli({u"/Image:"_s + dir, u"/Remove-ProvisionedAppxPackage"_s,
                                          u"/PackageName:Contoso.Nothing"_s});
        QCOMPARE(recover.exitCode, 1);
        QCOMPARE(strayTemporaries(dir), QStringList());
        QCOMPARE(treeDigest(dir), untouched);
        const CliResult again = runCli(add);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const CliResult commit = runCli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Commit"_s});
        QVERIFY2(commit.exitCode == 0, qPrintable(commit.err));
        QCOMPARE(verifyWim(wim), QString());
        const auto snap = snapshotImage(wim, 1);
        for (auto it = snap.cbegin(); it != snap.cend(); ++it)
            QVERIFY2(!it.key().contains(u".wimbench-"_s), qPrintable(it.key()));
        QVERIFY(snap.contains(u"/ProgramData/Microsoft/Windows/AppxProvisioning.xml"_s));
        QVERIFY(!isMountPoint(dir));
    }

    // ---- the mount helper dies ----
    void killedHelper_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<Content>("content");
        QTest::newRow("commit: first write into the WIM") << u"commit"_s << u"helper.commit-write:1"_s << Content::Old;
        QTest::newRow("commit: 4th write") << u"commit"_s << u"helper.commit-write:4"_s << Content::Old;
        QTest::newRow("commit: 20th write") << u"commit"_s << u"helper.commit-write:20"_s << Content::Either;
        QTest::newRow("commit: 60th write") << u"commit"_s << u"helper.commit-write:60"_s << Content::Either;
        QTest::newRow("commit: after the unmount") << u"commit"_s << u"helper.after-unmount"_s << Content::New;
        QTest::newRow("dismount: 3rd write") << u"dismount"_s << u"helper.commit-write:3"_s << Content::Old;
        QTest::newRow("dismount: after the unmount") << u"dismount"_s << u"helper.after-unmount"_s << Content::New;
    }

    void killedHelper()
    {
        QFETCH(QString, command);
        QFETCH(QString, fault);
        QFETCH(Content, content);
        const QString wim = newWim();
        const QString dir = m_mount.newMountDir();
        const QString faultLog = m_mount.fresh(u"fault"_s) + u".log"_s;
        QProcessEnvironment env;
        env.insert(u"WIMBENCH_HELPER_FAULT"_s, fault);
        env.insert(u"WIMBENCH_FAULT_LOG"_s, faultLog);
        QVERIFY(mountAndChange(wim, dir, env));
        const auto before = record(dir);
        QVERIFY(before);
        const CliResult r = runCli(commandArgs(command, dir), 120000, env);
        QVERIFY(!r.crashed);
        // A dismount does not wait for the helper's end (it removes its staging folder as it ends).
        QVERIFY(waitUntilGone(before->helperPid, 60000));
        QFile log(faultLog);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY2(log.readAll().contains(u"WIMBENCH_FAULT %1 "_s.arg(fault.section(QLatin1Char(':'), 0, 0)).toUtf8()),
                 "the helper died at its fault point");
        checkWim(wim, content);
        const QString state = contentOf(wim);
        const QString reported = mountedImageStatus().value(dir);
        qInfo() << "exit" << r.exitCode << "content" << state << "status" << reported << r.lastErrorLine();
        if (fault == QLatin1String("helper.after-unmount")) {
            // The commit and the unmount were complete: the command succeeds.
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(reported, command == QLatin1String("commit") ? u"Ok"_s : QString());
            if (command == QLatin1String("commit")) {
                // The remount's helper has the fault too (the command's environment): it ends the
                // same way after the discard here.
                const CliResult d = runCli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s});
                QVERIFY2(d.exitCode == 0, qPrintable(d.err));
            }
            // An unmount leaves the staging folder to its helper, which died before removing it;
            // the cleanup removes it once the helper is gone (docs/FAULTS.md).
            QVERIFY(QTest::qWaitFor([&] { return !helperAliveFor(dir); }, 10000));
            QCOMPARE(runCli({u"/Cleanup-Mountpoints"_s, u"/ScratchDir:"_s + m_mount.scratch()}).exitCode, 0);
            QCOMPARE(m_mount.scratchEntries(), QStringList());
        } else if (r.exitCode != 0) {
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.lastErrorLine().contains(u"ended during the save"_s), qPrintable(r.err));
            QVERIFY2(reported == QLatin1String("Invalid") || reported == QLatin1String("NeedsRemount"), qPrintable(reported));
        }
        if (!reported.isEmpty() || isMountPoint(dir))
            recoverAndRemount(wim, dir);
    }

    /// The mount helper killed at its start: before it serves (the command reports it; nothing is
    /// left), or its daemon right after FUSE forked it, before it told the original helper its
    /// set-up was done (the original helper must not wait for ever with the image open and locked).
    void helperKilledAtItsStart_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("refused"); // the command says the helper stopped before serving
        QTest::newRow("before serving") << u"helper.before-mount"_s << true;
        QTest::newRow("the daemon, at its start") << u"helper.daemon-forked"_s << false;
    }

    void helperKilledAtItsStart()
    {
        QFETCH(QString, fault);
        QFETCH(bool, refused);
        const QString wim = newWim();
        const QString dir = m_mount.newMountDir();
        QProcessEnvironment env;
        env.insert(u"WIMBENCH_HELPER_FAULT"_s, fault);
        const CliResult r = runCli(m_mount.mountArgs(wim, dir), 60000, env);
        QVERIFY2(!r.crashed, qPrintable(r.err));
        if (refused) {
            QCOMPARE(refusedWith(r, u"The mount helper stopped before"_s), QString());
            QVERIFY(!isMountPoint(dir));
            QVERIFY(!mountedImageStatus().contains(dir));
            QCOMPARE(m_mount.scratchEntries(), QStringList());
        }
        QVERIFY(QTest::qWaitFor([&] { return processesHolding(wim).isEmpty(); }, 10000));
        checkWim(wim, Content::Old);
        recoverAndRemount(wim, dir);
    }

    void helperKilledWhileTheCommandWaits()
    {
        // The CLI stops itself just before it asks for the commit; the helper is killed by its pid
        // from the registry; the CLI goes on and finds the mount no longer served.
        const QString wim = newWim();
        const QString dir = m_mount.newMountDir();
        QVERIFY(mountAndChange(wim, dir));
        const auto before = record(dir);
        QVERIFY(before);
        HeldCli cli;
        QVERIFY(cli.hold(m_mount.commitArgs(dir), u"save.before-commit"_s));
        QCOMPARE(::kill(pid_t(before->helperPid), SIGKILL), 0);
        QVERIFY(waitUntilGone(before->helperPid));
        const CliResult r = cli.resume();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.lastErrorLine().contains(u"/Remount-Image"_s), qPrintable(r.err));
        checkWim(wim, Content::Old);
        QCOMPARE(mountedImageStatus().value(dir), u"NeedsRemount"_s);
        recoverAndRemount(wim, dir);
    }
};

QTEST_GUILESS_MAIN(TestFaultInjectionMount)
#include "tst_faultinjection_mount.moc"
