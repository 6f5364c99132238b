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
        args << QStringLiteral("/ScratchDir:") + m_scratch;
        if (!args.first().startsWith(QLatin1Char('/'))) {
            args.removeLast();
            args << QStringLiteral("-ScratchDirectory") << m_scratch;
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
        const QString dir = m_tmp.filePath(QStringLiteral("mnt%1").arg(++m_counter));
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
        const QString src = m_tmp.filePath(QStringLiteral("src"));
        writeWindowsTree(src, {QStringLiteral("en-US")});
        m_wim = m_tmp.filePath(QStringLiteral("install.wim"));
        QVERIFY(createWim(m_wim, {windowsLikeSpec(src, QStringLiteral("Pro")), windowsLikeSpec(src, QStringLiteral("Home"))}).ok());
        m_scratch = m_tmp.filePath(QStringLiteral("scratch"));
        QVERIFY(QDir().mkpath(m_scratch));
    }

    void cleanup() { m_guard.release(); }
    void cleanupTestCase() { m_guard.release(); }

    void dismSyntaxLifecycle()
    {
        const QString dir = newMountDir();
        CliResult r = cli({QStringLiteral("/Mount-Image"), QStringLiteral("/ImageFile:") + m_wim, QStringLiteral("/Index:1"),
                           QStringLiteral("/MountDir:") + dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Mounting image")));
        QVERIFY(r.out.contains(QStringLiteral("The operation completed successfully.")));
        QVERIFY(isMountPoint(dir));

        r = cli({QStringLiteral("/Get-MountedImageInfo")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Mount Dir : ") + dir), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Image File : ") + m_wim));
        QVERIFY(r.out.contains(QStringLiteral("Image Index : 1")));
        QVERIFY(r.out.contains(QStringLiteral("Mounted Read/Write : Yes")));
        QVERIFY(r.out.contains(QStringLiteral("Status : Ok")));

        QVERIFY(writeFile(dir, QStringLiteral("cli.txt"), "cli"));
        r = cli({QStringLiteral("/Commit-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/Append")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("index 3")));
        QCOMPARE(wimImageCount(m_wim), 3);
        QVERIFY(snapshotImage(m_wim, 3).contains(QStringLiteral("/cli.txt")));
        QVERIFY(!snapshotImage(m_wim, 1).contains(QStringLiteral("/cli.txt")));

        // Neither or both of /Commit and /Discard: a usage error, nothing happens.
        r = cli({QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + dir});
        QCOMPARE(r.exitCode, 87);
        QCOMPARE(r.err.trimmed(), QStringLiteral("Error: Give /Commit to save the changes or /Discard to throw them away."));
        r = cli({QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/Commit"), QStringLiteral("/Discard")});
        QCOMPARE(r.exitCode, 87);
        QVERIFY(isMountPoint(dir));

        // Busy: refused, naming the process; still mounted.
        QProcess sleeper;
        sleeper.setWorkingDirectory(dir);
        sleeper.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(sleeper.waitForStarted());
        r = cli({QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/Commit")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("%1 (sleep: working directory)").arg(sleeper.processId())), qPrintable(r.err));
        QVERIFY(r.err.startsWith(QStringLiteral("Error: ")));
        sleeper.kill();
        sleeper.waitForFinished();
        QVERIFY(isMountPoint(dir));

        r = cli({QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/Discard")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("The operation completed successfully.")));
        QVERIFY(!isMountPoint(dir));
        r = cli({QStringLiteral("/Get-MountedImageInfo")});
        QVERIFY(r.out.contains(QStringLiteral("No mounted images found.")));
        // Unmounting again: nothing is mounted there.
        r = cli({QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/Discard")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("No image is mounted at ") + dir));
    }

    void cmdletSyntaxLifecycle()
    {
        const QString dir = newMountDir();
        CliResult r = cli({QStringLiteral("Mount-WindowsImage"), QStringLiteral("-ImagePath"), m_wim, QStringLiteral("-Name"), QStringLiteral("Home"),
                           QStringLiteral("-Path"), dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Path          : ") + dir));
        r = cli({QStringLiteral("Get-WindowsImage"), QStringLiteral("-Mounted")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("ImageIndex  : 2")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("MountMode   : ReadWrite")));
        QVERIFY(r.out.contains(QStringLiteral("MountStatus : Ok")));

        QVERIFY(writeFile(dir, QStringLiteral("Windows/win.ini"), "cmdlet"));
        r = cli({QStringLiteral("Save-WindowsImage"), QStringLiteral("-Path"), dir, QStringLiteral("-CheckIntegrity")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(snapshotImage(m_wim, 2).value(QStringLiteral("/Windows/win.ini")).sha1, sha1Hex("cmdlet"));
        QCOMPARE(verifyWim(m_wim), QString());

        // Kill the helper: NeedsRemount; -Remount brings it back.
        const qint64 pid = helperPid(dir);
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QVERIFY(QTest::qWaitFor([&] { return !MountSystem::isProcessAlive(pid); }, 10000));
        r = cli({QStringLiteral("Get-WindowsImage"), QStringLiteral("-Mounted")});
        QVERIFY2(r.out.contains(QStringLiteral("MountStatus : NeedsRemount")), qPrintable(r.out));
        r = cli({QStringLiteral("Dismount-WindowsImage"), QStringLiteral("-Path"), dir, QStringLiteral("-Save")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("/Remount-Image")));
        r = cli({QStringLiteral("Mount-WindowsImage"), QStringLiteral("-Path"), dir, QStringLiteral("-Remount")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("/Get-MountedImageInfo")});
        QVERIFY(r.out.contains(QStringLiteral("Status : Ok")));
        QCOMPARE(QFile(dir + QStringLiteral("/Windows/win.ini")).open(QIODevice::ReadOnly), true);
        r = cli({QStringLiteral("/Remount-Image"), QStringLiteral("/MountDir:") + dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(QStringLiteral("already mounted and served")));

        r = cli({QStringLiteral("Dismount-WindowsImage"), QStringLiteral("-Path"), dir, QStringLiteral("-Discard")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!isMountPoint(dir));
    }

    void readOnlyAndRefusals()
    {
        const QString dir = newMountDir();
        CliResult r = cli({QStringLiteral("/Mount-Image"), QStringLiteral("/ImageFile:") + m_wim, QStringLiteral("/Index:1"),
                           QStringLiteral("/MountDir:") + dir, QStringLiteral("/ReadOnly"), QStringLiteral("/CheckIntegrity")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("/Get-MountedImageInfo")});
        QVERIFY(r.out.contains(QStringLiteral("Mounted Read/Write : No")));
        r = cli({QStringLiteral("/Commit-Image"), QStringLiteral("/MountDir:") + dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("mounted read-only")), qPrintable(r.err));
        r = cli({QStringLiteral("/Mount-Image"), QStringLiteral("/ImageFile:") + m_wim, QStringLiteral("/Index:2"), QStringLiteral("/MountDir:") + dir,
                 QStringLiteral("/ReadOnly")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("already has index 1")));

        const QString full = newMountDir();
        writeFile(full, QStringLiteral("x"), "x");
        r = cli({QStringLiteral("/Mount-Image"), QStringLiteral("/ImageFile:") + m_wim, QStringLiteral("/Index:1"), QStringLiteral("/MountDir:") + full});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed(), QStringLiteral("Error: The mount folder %1 is not empty. Mount onto an empty folder.").arg(full));
        r = cli({QStringLiteral("/Mount-Image"), QStringLiteral("/ImageFile:") + m_wim, QStringLiteral("/Index:9"),
                 QStringLiteral("/MountDir:") + newMountDir()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("9")));
        r = cli({QStringLiteral("/Mount-Image"), QStringLiteral("/ImageFile:") + m_wim, QStringLiteral("/Index:1")});
        QCOMPARE(r.exitCode, 87);
        QVERIFY(r.err.contains(QStringLiteral("/MountDir is required")));

        r = cli({QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/Discard")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("/Mount-Image"), QStringLiteral("/?")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("/ReadOnly")));
    }

    // Issue 16, item 5: the helper opens the image and checks the index; the command line does not
    // open it first. Every open of a WIM is logged at debug level ("Opened <file>: ..."), by the
    // command and by the helper into the same log; a refusal the helper reports is explained by
    // the command with the usual code and message.
    void mountOpensTheImageOnce()
    {
        const QString dir = newMountDir();
        const QString log = m_tmp.filePath(QStringLiteral("once.log"));
        CliResult r = cli({QStringLiteral("/Mount-Image"), QStringLiteral("/ImageFile:") + m_wim, QStringLiteral("/Name:Home"),
                           QStringLiteral("/MountDir:") + dir, QStringLiteral("/LogPath:") + log, QStringLiteral("/LogLevel:4")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(text.count(QStringLiteral("Opened ") + m_wim + QLatin1Char(':')), 1);
        const qsizetype helperStarts = text.indexOf(QStringLiteral("Mount helper: mounting \"Home\" of ") + m_wim);
        QVERIFY2(helperStarts >= 0, qPrintable(text));
        QVERIFY2(helperStarts < text.indexOf(QStringLiteral("Opened ") + m_wim), "the command opened the image before the helper");
        auto rec = MountRegistry().find(dir);
        QVERIFY(rec && *rec);
        QCOMPARE((*rec)->index, 2); // selected by name in the helper
        QCOMPARE((*rec)->imageName, QStringLiteral("Home"));
        r = cli({QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/Discard")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = cli({QStringLiteral("/Mount-Image"), QStringLiteral("/ImageFile:") + m_wim, QStringLiteral("/Name:Nope"),
                 QStringLiteral("/MountDir:") + dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Nope")), qPrintable(r.err));
        QVERIFY(!isMountPoint(dir));
    }

    void cleanupMountpoints()
    {
        const QString dir = newMountDir();
        CliResult r = cli({QStringLiteral("/Mount-Image"), QStringLiteral("/ImageFile:") + m_wim, QStringLiteral("/Index:1"),
                           QStringLiteral("/MountDir:") + dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto rec = MountRegistry().find(dir);
        QVERIFY(rec && *rec);
        const QString staging = (*rec)->stagingDir;
        QVERIFY(QFileInfo(staging).isDir());
        ::kill(pid_t((*rec)->helperPid), SIGKILL);
        QVERIFY(QTest::qWaitFor([&] { return !MountSystem::isProcessAlive((*rec)->helperPid); }, 10000));
        r = cli({QStringLiteral("Clear-WindowsCorruptMountPoint")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!isMountPoint(dir));
        QVERIFY(!QFileInfo::exists(staging));
        r = cli({QStringLiteral("/Cleanup-Mountpoints")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Removed 0 stale mount(s)")), qPrintable(r.out));
        r = cli({QStringLiteral("/Get-MountedImageInfo")});
        QVERIFY(r.out.contains(QStringLiteral("No mounted images found.")));
    }
};

QTEST_GUILESS_MAIN(TestMountCli)
#include "tst_mountcli.moc"
