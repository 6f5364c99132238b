// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-cli mount commands in both syntaxes, on real FUSE mounts: exit codes, output, errors.
#include "MountTestSupport.h"
#include "WimBuilder.h"
#include "WimSnapshot.h"

#include "mount/MountRegistry.h"
#include "mount/MountSystem.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestMountCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    MountGuard m_guard;
    QString m_wim;
    QString m_scratch;
    int m_counter = 0;

    CliResult cli(QStringList args)
    {
        args << u"/ScratchDir:"_s + m_scratch;
        if (!args.first().startsWith(QLatin1Char('/'))) {
            args.removeLast();
            args << u"-ScratchDirectory"_s << m_scratch;
        }
        QProcess p;
        p.start(qEnvironmentVariable("WIMBENCH_CLI"), args);
        CliResult r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString newMountDir()
    {
        const QString dir = m_tmp.filePath(u"mnt%1"_s.arg(++m_counter));
        QDir().mkpath(dir);
        m_guard.add(dir);
        return dir;
    }

    qint64 helperPid(const QString &dir)
    {
        auto found = MountRegistry().find(dir);
        return found && *found ? (*found)->helperPid : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(!qEnvironmentVariableIsEmpty("WIMBENCH_CLI"));
        const QString reason = fuseUnavailableReason();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        const QString src = m_tmp.filePath(u"src"_s);
        writeWindowsTree(src, {u"en-US"_s});
        m_wim = m_tmp.filePath(u"install.wim"_s);
        QVERIFY(createWim(m_wim, {windowsLikeSpec(src, u"Pro"_s), windowsLikeSpec(src, u"Home"_s)}).ok());
        m_scratch = m_tmp.filePath(u"scratch"_s);
        QVERIFY(QDir().mkpath(m_scratch));
    }

    void cleanup() { m_guard.release(); }
    void cleanupTestCase() { m_guard.release(); }

    void dismSyntaxLifecycle()
    {
        const QString dir = newMountDir();
        CliResult r = cli({u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:1"_s,
                           u"/MountDir:"_s + dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Mounting image"_s));
        QVERIFY(r.out.contains(u"The operation completed successfully."_s));
        QVERIFY(isMountPoint(dir));

        r = cli({u"/Get-MountedImageInfo"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Mount Dir : "_s + dir), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Image File : "_s + m_wim));
        QVERIFY(r.out.contains(u"Image Index : 1"_s));
        QVERIFY(r.out.contains(u"Mounted Read/Write : Yes"_s));
        QVERIFY(r.out.contains(u"Status : Ok"_s));

        QVERIFY(writeFile(dir, u"cli.txt"_s, "cli"));
        r = cli({u"/Commit-Image"_s, u"/MountDir:"_s + dir, u"/Append"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"index 3"_s));
        QCOMPARE(wimImageCount(m_wim), 3);
        QVERIFY(snapshotImage(m_wim, 3).contains(u"/cli.txt"_s));
        QVERIFY(!snapshotImage(m_wim, 1).contains(u"/cli.txt"_s));

        // Neither or both of /Commit and /Discard: a usage error, nothing happens.
        r = cli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir});
        QCOMPARE(r.exitCode, 87);
        QCOMPARE(r.err.trimmed(), u"Error: Give /Commit to save the changes or /Discard to throw them away."_s);
        r = cli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Commit"_s, u"/Discard"_s});
        QCOMPARE(r.exitCode, 87);
        QVERIFY(isMountPoint(dir));

        // Busy: refused, naming the process; still mounted.
        QProcess sleeper;
        sleeper.setWorkingDirectory(dir);
        sleeper.start(u"sleep"_s, {u"60"_s});
        QVERIFY(sleeper.waitForStarted());
        r = cli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Commit"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"%1 (sleep: working directory)"_s.arg(sleeper.processId())), qPrintable(r.err));
        QVERIFY(r.err.startsWith(u"Error: "_s));
        sleeper.kill();
        sleeper.waitForFinished();
        QVERIFY(isMountPoint(dir));

        r = cli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"The operation completed successfully."_s));
        QVERIFY(!isMountPoint(dir));
        r = cli({u"/Get-MountedImageInfo"_s});
        QVERIFY(r.out.contains(u"No mounted images found."_s));
        // Unmounting again: nothing is mounted there.
        r = cli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"No image is mounted at "_s + dir));
    }

    void cmdletSyntaxLifecycle()
    {
        const QString dir = newMountDir();
        CliResult r = cli({u"Mount-WindowsImage"_s, u"-ImagePath"_s, m_wim, u"-Name"_s, u"Home"_s,
                           u"-Path"_s, dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Path          : "_s + dir));
        r = cli({u"Get-WindowsImage"_s, u"-Mounted"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"ImageIndex  : 2"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"MountMode   : ReadWrite"_s));
        QVERIFY(r.out.contains(u"MountStatus : Ok"_s));

        QVERIFY(writeFile(dir, u"Windows/win.ini"_s, "cmdlet"));
        r = cli({u"Save-WindowsImage"_s, u"-Path"_s, dir, u"-CheckIntegrity"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(snapshotImage(m_wim, 2).value(u"/Windows/win.ini"_s).sha1, sha1Hex("cmdlet"));
        QCOMPARE(verifyWim(m_wim), QString());

        // Kill the helper: NeedsRemount; -Remount brings it back.
        const qint64 pid = helperPid(dir);
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QVERIFY(QTest::qWaitFor([&] { return !MountSystem::isProcessAlive(pid); }, 10000));
        r = cli({u"Get-WindowsImage"_s, u"-Mounted"_s});
        QVERIFY2(r.out.contains(u"MountStatus : NeedsRemount"_s), qPrintable(r.out));
        r = cli({u"Dismount-WindowsImage"_s, u"-Path"_s, dir, u"-Save"_s});
        QCOMPARE(r.exitCode, 1);
        // The advice is spelled in the syntax used: a cmdlet, not /Remount-Image.
        QVERIFY2(r.err.contains(u"Run Mount-WindowsImage -Path \"%1\" -Remount to serve it again"_s.arg(dir)), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"/Remount-Image"_s));
        r = cli({u"Mount-WindowsImage"_s, u"-Path"_s, dir, u"-Remount"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"/Get-MountedImageInfo"_s});
        QVERIFY(r.out.contains(u"Status : Ok"_s));
        QCOMPARE(QFile(dir + u"/Windows/win.ini"_s).open(QIODevice::ReadOnly), true);
        r = cli({u"/Remount-Image"_s, u"/MountDir:"_s + dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(u"already mounted and served"_s));

        r = cli({u"Dismount-WindowsImage"_s, u"-Path"_s, dir, u"-Discard"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!isMountPoint(dir));
    }

    void readOnlyAndRefusals()
    {
        const QString dir = newMountDir();
        CliResult r = cli({u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:1"_s,
                           u"/MountDir:"_s + dir, u"/ReadOnly"_s, u"/CheckIntegrity"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"/Get-MountedImageInfo"_s});
        QVERIFY(r.out.contains(u"Mounted Read/Write : No"_s));
        r = cli({u"/Commit-Image"_s, u"/MountDir:"_s + dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"mounted read-only"_s), qPrintable(r.err));
        r = cli({u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:2"_s, u"/MountDir:"_s + dir,
                 u"/ReadOnly"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"already has index 1"_s));

        const QString full = newMountDir();
        writeFile(full, u"x"_s, "x");
        r = cli({u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:1"_s, u"/MountDir:"_s + full});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed(), u"Error: The mount folder %1 is not empty. Mount onto an empty folder."_s.arg(full));
        r = cli({u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:9"_s,
                 u"/MountDir:"_s + newMountDir()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"9"_s));
        r = cli({u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:1"_s});
        QCOMPARE(r.exitCode, 87);
        QVERIFY(r.err.contains(u"/MountDir is required"_s));

        r = cli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s});
        QCOMPARE(r.exitCode, 0);
        r = cli({u"/Mount-Image"_s, u"/?"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"/ReadOnly"_s));
    }

    // Issue 16, item 5: the helper opens the image and checks the index; the command line does not
    // open it first. Every open of a WIM is logged at debug level ("Opened <file>: ..."), by the
    // command and by the helper into the same log; a refusal the helper reports is explained by
    // the command with the usual code and message.
    void mountOpensTheImageOnce()
    {
        const QString dir = newMountDir();
        const QString log = m_tmp.filePath(u"once.log"_s);
        CliResult r = cli({u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Name:Home"_s,
                           u"/MountDir:"_s + dir, u"/LogPath:"_s + log, u"/LogLevel:4"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(text.count(u"Opened "_s + m_wim + QLatin1Char(':')), 1);
        const qsizetype helperStarts = text.indexOf(u"Mount helper: mounting \"Home\" of "_s + m_wim);
        QVERIFY2(helperStarts >= 0, qPrintable(text));
        QVERIFY2(helperStarts < text.indexOf(u"Opened "_s + m_wim), "the command opened the image before the helper");
        auto rec = MountRegistry().find(dir);
        QVERIFY(rec && *rec);
        QCOMPARE((*rec)->index, 2); // selected by name in the helper
        QCOMPARE((*rec)->imageName, u"Home"_s);
        r = cli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = cli({u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Name:Nope"_s,
                 u"/MountDir:"_s + dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"Nope"_s), qPrintable(r.err));
        QVERIFY(!isMountPoint(dir));
    }

    void cleanupMountpoints()
    {
        const QString dir = newMountDir();
        CliResult r = cli({u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:1"_s,
                           u"/MountDir:"_s + dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto rec = MountRegistry().find(dir);
        QVERIFY(rec && *rec);
        const QString staging = (*rec)->stagingDir;
        QVERIFY(QFileInfo(staging).isDir());
        ::kill(pid_t((*rec)->helperPid), SIGKILL);
        QVERIFY(QTest::qWaitFor([&] { return !MountSystem::isProcessAlive((*rec)->helperPid); }, 10000));
        r = cli({u"Clear-WindowsCorruptMountPoint"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!isMountPoint(dir));
        QVERIFY(!QFileInfo::exists(staging));
        r = cli({u"/Cleanup-Mountpoints"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Removed 0 stale mount(s)"_s), qPrintable(r.out));
        r = cli({u"/Get-MountedImageInfo"_s});
        QVERIFY(r.out.contains(u"No mounted images found."_s));
    }
};

QTEST_GUILESS_MAIN(TestMountCli)
#include "tst_mountcli.moc"
