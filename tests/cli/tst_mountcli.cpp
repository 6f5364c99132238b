// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-cli mount commands in both syntaxes, on real FUSE mounts: exit codes, output, errors.
#include "CliScenario.h"
#include "MountTestSupport.h"
#include "RefusalTable.h"
#include "WimBuilder.h"
#include "WimSnapshot.h"

#include "mount/MountRegistry.h"
#include "mount/MountSystem.h"
#include "wim/WimFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

class TestMountCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    MountGuard m_guard;
    QProcess m_sleeper; // a process working in a mount folder (refusals: "busy")
    QString m_wim;
    QString m_scratch;
    int m_counter = 0;

    /// Runs wimbench-cli with the scratch folder added in the syntax of `args`.
    CliResult cli(QStringList args)
    {
        if (args.first().startsWith(u'/'))
            args << u"/ScratchDir:"_s + m_scratch;
        else
            args << u"-ScratchDirectory"_s << m_scratch;
        return runCli(args);
    }

    /// Helpers started by the launcher for a command on `dir` that still wait (their command line is
    /// still the launcher's: --prewarm and the command's own arguments).
    static int prewarmedHelpersFor(const QString &dir)
    {
        int n = 0;
        for (const QString &p : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
            QFile f(u"/proc/%1/cmdline"_s.arg(p));
            const QByteArray cmd = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            if (cmd.contains("wimbench-mount-prewarm") && cmd.contains("--prewarm") && cmd.contains(QFile::encodeName(dir)))
                ++n;
        }
        return n;
    }

    QString newMountDir() { return m_guard.newFolder(m_tmp.filePath(u"mnt%1"_s.arg(++m_counter))); }

    qint64 helperPid(const QString &dir)
    {
        auto found = MountRegistry().find(dir);
        return found && *found ? (*found)->helperPid : 0;
    }

    /// Prepares the folder of a refusal row: "none" (empty, not mounted), "full" (a file in it),
    /// "ro" / "rw" (index 1 mounted), "busy" (mounted, m_sleeper working in it), "stale" (mounted,
    /// its helper killed). cleanup() undoes it.
    bool prepare(const QString &state, const QString &dir)
    {
        if (state == u"full"_s)
            return writeFile(dir, u"x"_s, "x");
        if (state == u"none"_s)
            return true;
        QStringList args{u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:1"_s, u"/MountDir:"_s + dir};
        if (state == u"ro"_s)
            args << u"/ReadOnly"_s;
        if (cli(args).exitCode != 0)
            return false;
        if (state == u"busy"_s) {
            m_sleeper.setWorkingDirectory(dir);
            m_sleeper.start(u"sleep"_s, {u"60"_s});
            return m_sleeper.waitForStarted();
        }
        if (state != u"stale"_s)
            return true;
        const qint64 pid = helperPid(dir);
        return pid > 0 && ::kill(pid_t(pid), SIGKILL) == 0 && QTest::qWaitFor([&] { return !MountSystem::isProcessAlive(pid); }, 10000);
    }

    /// Discards every mount the registry lists and clears the stale ones (a killed helper), so a
    /// failed row leaves nothing for the next; empty when nothing is mounted or registered
    /// afterwards, else what is left.
    QString unmountAll()
    {
        const QStringList dirs = mountedImageStatus().keys();
        for (const QString &dir : dirs)
            cli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s});
        cli({u"/Cleanup-Mountpoints"_s});
        const QStringList left = mountedImageStatus().keys() + m_guard.release();
        return left.join(u", "_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(!qEnvironmentVariableIsEmpty("WIMBENCH_CLI"));
        WB_SKIP_WITHOUT_FUSE();
        m_wim = m_tmp.filePath(u"install.wim"_s);
        QVERIFY(createWindowsLikeWim(m_wim, m_tmp.filePath(u"src"_s), {u"Pro"_s, u"Home"_s}).ok());
        m_scratch = m_tmp.filePath(u"scratch"_s);
        QVERIFY(QDir().mkpath(m_scratch));
        QCOMPARE(unmountAll(), QString()); // what an interrupted earlier run left registered
    }

    void cleanup()
    {
        m_sleeper.kill();
        m_sleeper.waitForFinished();
        QCOMPARE(unmountAll(), QString());
    }

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

        r = cli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"The operation completed successfully."_s));
        QVERIFY(!isMountPoint(dir));
        r = cli({u"/Get-MountedImageInfo"_s});
        QVERIFY(r.out.contains(u"No mounted images found."_s));
    }

    /// /Unmount-Image returns once the folder is no longer a mount point and the image's write lock
    /// is released, without waiting for the helper's exit (issue 16): the same image mounts
    /// read-write at the same folder again at once, and each helper removes its staging folder
    /// (with a changed file in it) as it exits.
    void unmountReturnsWithTheImageFree()
    {
        const QString dir = newMountDir();
        const QStringList mountArgs{u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:1"_s, u"/MountDir:"_s + dir};
        QList<qint64> helpers;
        for (int round = 0; round < 3; ++round) {
            CliResult r = cli(mountArgs);
            QVERIFY2(r.exitCode == 0, qPrintable(u"round %1: "_s.arg(round) + r.err));
            helpers << helperPid(dir);
            QVERIFY(writeFile(dir, u"Windows/changed.txt"_s, QByteArray(300000, 'x')));
            r = cli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(!isMountPoint(dir));
            QVERIFY(mountedImageStatus().isEmpty());
            QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
        }
        for (const qint64 pid : std::as_const(helpers))
            QVERIFY(QTest::qWaitFor([&] { return !MountSystem::isProcessAlive(pid); }, 10000));
        QCOMPARE(QDir(m_scratch).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        QCOMPARE(snapshotImage(m_wim, 1).contains(u"/Windows/changed.txt"_s), false);
        // Each command removed the registry's old versions after its report (core/DeferredRemoval.h),
        // the launcher's exit notwithstanding.
        QVERIFY(QTest::qWaitFor([] { return oldRegistryVersions().isEmpty(); }, 5000));
    }

    /// `.mounts.json.wimbench-<pid>-<hex>.old` beside the registry: old versions a command keeps
    /// linked until after its exit report.
    static QStringList oldRegistryVersions()
    {
        const QFileInfo registry(MountRegistry().filePath());
        return registry.absoluteDir().entryList({u".mounts.json.wimbench-*.old"_s}, QDir::Files | QDir::Hidden);
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

    void readOnly()
    {
        const QString dir = newMountDir();
        CliResult r = cli({u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:1"_s,
                           u"/MountDir:"_s + dir, u"/ReadOnly"_s, u"/CheckIntegrity"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"/Get-MountedImageInfo"_s});
        QVERIFY(r.out.contains(u"Mounted Read/Write : No"_s));
        r = cli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s});
        QCOMPARE(r.exitCode, 0);
        r = cli({u"/Mount-Image"_s, u"/?"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"/ReadOnly"_s));
    }

    // Every refusal of the mount commands, in both syntaxes: the folder {dir} is prepared as
    // `state` says (not mounted, mounted read-only or read/write, held by a process {pid} working
    // in it, or mounted with its helper killed), the command is refused with the exit status, the
    // code the servicing log records (none for usage errors) and a fragment of the error line, and
    // the image file, the folder and the mount registry are as they were.
    void refusals_data()
    {
        QTest::addColumn<QString>("state");
        addRefusalColumns();
        // clang-format off
        QTest::newRow("commit a read-only mount")      << u"ro"_s    << QStringList{u"/Commit-Image"_s, u"/MountDir:{dir}"_s}                                           << 1  << u"mount.read-only"_s << u"mounted read-only"_s;
        QTest::newRow("save a read-only mount")        << u"ro"_s    << QStringList{u"Save-WindowsImage"_s, u"-Path"_s, u"{dir}"_s}                                     << 1  << u"mount.read-only"_s << u"mounted read-only"_s;
        QTest::newRow("another index on the folder")   << u"ro"_s    << QStringList{u"/Mount-Image"_s, u"/ImageFile:{wim}"_s, u"/Index:2"_s, u"/MountDir:{dir}"_s, u"/ReadOnly"_s} << 1 << u"mount.already-mounted"_s << u"already has index 1"_s;
        QTest::newRow("folder not empty")              << u"full"_s  << QStringList{u"/Mount-Image"_s, u"/ImageFile:{wim}"_s, u"/Index:1"_s, u"/MountDir:{dir}"_s}          << 1  << u"mount.dir-not-empty"_s << u"{dir}"_s;
        QTest::newRow("folder not empty, cmdlet")      << u"full"_s  << QStringList{u"Mount-WindowsImage"_s, u"-ImagePath"_s, u"{wim}"_s, u"-Index"_s, u"1"_s, u"-Path"_s, u"{dir}"_s} << 1 << u"mount.dir-not-empty"_s << u"{dir}"_s;
        QTest::newRow("no such index")                 << u"none"_s  << QStringList{u"/Mount-Image"_s, u"/ImageFile:{wim}"_s, u"/Index:9"_s, u"/MountDir:{dir}"_s}          << 1  << u"wim.no-such-index"_s << u"9"_s;
        QTest::newRow("no such index, cmdlet")         << u"none"_s  << QStringList{u"Mount-WindowsImage"_s, u"-ImagePath"_s, u"{wim}"_s, u"-Index"_s, u"9"_s, u"-Path"_s, u"{dir}"_s} << 1 << u"wim.no-such-index"_s << u"9"_s;
        QTest::newRow("image file missing")            << u"none"_s  << QStringList{u"/Mount-Image"_s, u"/ImageFile:{missing}"_s, u"/Index:1"_s, u"/MountDir:{dir}"_s}      << 1  << u"mount.image-missing"_s << u"does not exist"_s;
        QTest::newRow("image is a folder, cmdlet")     << u"none"_s  << QStringList{u"Mount-WindowsImage"_s, u"-ImagePath"_s, u"{folder}"_s, u"-Index"_s, u"1"_s, u"-Path"_s, u"{dir}"_s} << 1 << u"wim.is-directory"_s << u"is a folder, not an image file"_s;
        QTest::newRow("no such name")                  << u"none"_s  << QStringList{u"/Mount-Image"_s, u"/ImageFile:{wim}"_s, u"/Name:Nope"_s, u"/MountDir:{dir}"_s}        << 1  << u"wim.no-such-name"_s << u"Nope"_s;
        QTest::newRow("no mount folder")               << u"none"_s  << QStringList{u"/Mount-Image"_s, u"/ImageFile:{wim}"_s, u"/Index:1"_s}                                << 87 << QString()      << u"/MountDir is required"_s;
        QTest::newRow("no mount folder, cmdlet")       << u"none"_s  << QStringList{u"Mount-WindowsImage"_s, u"-ImagePath"_s, u"{wim}"_s, u"-Index"_s, u"1"_s}               << 87 << QString()      << u"-Path is required"_s;
        QTest::newRow("neither commit nor discard")    << u"rw"_s    << QStringList{u"/Unmount-Image"_s, u"/MountDir:{dir}"_s}                                          << 87 << QString()      << u"Give /Commit to save the changes or /Discard"_s;
        QTest::newRow("neither save nor discard")      << u"rw"_s    << QStringList{u"Dismount-WindowsImage"_s, u"-Path"_s, u"{dir}"_s}                                 << 87 << QString()      << u"Give -Save to save the changes or -Discard"_s;
        QTest::newRow("both commit and discard")       << u"rw"_s    << QStringList{u"/Unmount-Image"_s, u"/MountDir:{dir}"_s, u"/Commit"_s, u"/Discard"_s}            << 87 << QString()      << u"Give either /Commit or /Discard, not both."_s;
        QTest::newRow("discard with /CheckIntegrity")  << u"rw"_s    << QStringList{u"/Unmount-Image"_s, u"/MountDir:{dir}"_s, u"/Discard"_s, u"/CheckIntegrity"_s}    << 87 << QString()      << u"only apply when saving (/Commit)"_s;
        QTest::newRow("busy folder")                   << u"busy"_s  << QStringList{u"/Unmount-Image"_s, u"/MountDir:{dir}"_s, u"/Commit"_s}                            << 1  << u"mount.busy"_s << u"{pid} (sleep: working directory)"_s;
        QTest::newRow("busy folder, cmdlet")           << u"busy"_s  << QStringList{u"Dismount-WindowsImage"_s, u"-Path"_s, u"{dir}"_s, u"-Discard"_s}                 << 1  << u"mount.busy"_s << u"{pid} (sleep: working directory)"_s;
        QTest::newRow("nothing mounted")               << u"none"_s  << QStringList{u"/Unmount-Image"_s, u"/MountDir:{dir}"_s, u"/Discard"_s}                           << 1  << u"mount.not-mounted"_s << u"No image is mounted at {dir}"_s;
        QTest::newRow("nothing mounted, cmdlet")       << u"none"_s  << QStringList{u"Dismount-WindowsImage"_s, u"-Path"_s, u"{dir}"_s, u"-Discard"_s}                 << 1  << u"mount.not-mounted"_s << u"No image is mounted at {dir}"_s;
        QTest::newRow("helper gone, advice in dism")   << u"stale"_s << QStringList{u"/Unmount-Image"_s, u"/MountDir:{dir}"_s, u"/Commit"_s}                            << 1  << u"mount.not-served"_s << u"Run /Remount-Image /MountDir:\"{dir}\" to serve it again"_s;
        QTest::newRow("helper gone, advice as cmdlet") << u"stale"_s << QStringList{u"Dismount-WindowsImage"_s, u"-Path"_s, u"{dir}"_s, u"-Save"_s}                    << 1  << u"mount.not-served"_s << u"Run Mount-WindowsImage -Path \"{dir}\" -Remount to serve it again"_s;
        // clang-format on
    }

    void refusals()
    {
        QFETCH(QString, state);
        const auto [args, exitCode, code, fragment] = fetchRefusal();
        const QString dir = newMountDir();
        QVERIFY(prepare(state, dir));
        const QMap<QString, QString> values{{u"wim"_s, m_wim},
                                            {u"dir"_s, dir},
                                            {u"pid"_s, QString::number(m_sleeper.processId())},
                                            {u"folder"_s, m_tmp.filePath(u"src"_s)},
                                            {u"missing"_s, m_tmp.filePath(u"missing.wim"_s)}};
        const QString log = m_tmp.filePath(u"refusal%1.log"_s.arg(++m_counter));
        const Untouched target({m_wim, dir}, true);
        const CliResult r = cli(withLogPath(fillIn(args, values), log));
        QCOMPARE(refusedAs(r, log, exitCode, code, fillIn({fragment}, values).first()), QString());
        QCOMPARE(target.changes(), QString());
    }

    // The one refusal compared as the whole sentence a technician reads.
    void refusalSentence()
    {
        const QString full = newMountDir();
        QVERIFY(writeFile(full, u"x"_s, "x"));
        const CliResult r = cli({u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:1"_s, u"/MountDir:"_s + full});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed(), u"Error: The mount folder %1 is not empty. Mount onto an empty folder."_s.arg(full));
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
    }

    // wimlib's save talks to the mount over a POSIX message queue the saving process creates.
    // When none can be created (the system's limit is used up, usually by saves killed earlier:
    // engine/mount/README.md), the save is refused with its own code and the advice to clean up,
    // and the mount, its changes, the image and the registry are as they were; the next save works.
    void saveWithoutMessageQueues()
    {
        const QString dir = newMountDir();
        CliResult r = cli({u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:1"_s, u"/MountDir:"_s + dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(writeFile(dir, u"pending.txt"_s, "pending"));
        const QString log = m_tmp.filePath(u"mqueue.log"_s);
        {
            const Untouched target({m_wim, dir}, true);
            rlimit old = {};
            QCOMPARE(::getrlimit(RLIMIT_MSGQUEUE, &old), 0);
            rlimit none = old;
            none.rlim_cur = 0; // inherited by the command: its mq_open fails with EMFILE
            QCOMPARE(::setrlimit(RLIMIT_MSGQUEUE, &none), 0);
            r = cli(withLogPath({u"/Commit-Image"_s, u"/MountDir:"_s + dir}, log));
            QCOMPARE(::setrlimit(RLIMIT_MSGQUEUE, &old), 0);
            QCOMPARE(refusedAs(r, log, 1, u"wim.mqueue"_s, u"message queues for saving mounted images are used up"_s), QString());
            QVERIFY2(r.err.contains(u"Run /Cleanup-Mountpoints."_s), qPrintable(r.err));
            QCOMPARE(target.changes(), QString());
        }
        r = cli({u"/Commit-Image"_s, u"/MountDir:"_s + dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(snapshotImage(m_wim, 1).contains(u"/pending.txt"_s)); // the retried save stored the change
    }

    // Issue 16: /Mount-Image starts the helper right after parsing its command line, before its
    // own checks; the helper opens and checks the image, then waits for the go-ahead. Whoever
    // refuses, nothing is mounted or registered afterwards, no helper is left running, no staging
    // folder is left, and the refusal keeps its code and message (the refusal table above).
    void earlyHelper_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("index");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("early"); // what the command's log says of the early helper
        // clang-format off
        QTest::newRow("mounted")                        << u"none"_s << u"1"_s << 0  << QString()                 << u"(started early): go ahead"_s;
        QTest::newRow("the command refuses the folder") << u"full"_s << u"1"_s << 1  << u"mount.dir-not-empty"_s << u"(started early) without mounting"_s;
        QTest::newRow("the helper refuses the index")   << u"none"_s << u"9"_s << 1  << u"wim.no-such-index"_s   << u"(started early): go ahead"_s;
        QTest::newRow("usage error: not started")       << u"none"_s << u"x"_s << 87 << QString()                 << QString();
        // clang-format on
    }

    void earlyHelper()
    {
        QFETCH(QString, state);
        QFETCH(QString, index);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        QFETCH(QString, early);
        const QString dir = newMountDir();
        QVERIFY(prepare(state, dir));
        const QString log = m_tmp.filePath(u"early%1.log"_s.arg(++m_counter));
        const CliResult r = cli({u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:"_s + index, u"/MountDir:"_s + dir,
                                 u"/LogPath:"_s + log, u"/LogLevel:4"_s});
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
        QFile file(log);
        const QString text = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        if (!code.isEmpty())
            QVERIFY2(text.contains(code), qPrintable(text));
        QVERIFY2(early.isEmpty() ? !text.contains(u"(started early)"_s) : text.contains(early), qPrintable(text));
        // The command has exited: its helper has either mounted (and exited, its daemon serving),
        // refused, or been ended, never left waiting.
        const bool mounted = exitCode == 0;
        QCOMPARE(isMountPoint(dir), mounted);
        auto rec = MountRegistry().find(dir);
        QVERIFY(rec);
        QCOMPARE(bool(*rec), mounted);
        if (mounted) {
            QCOMPARE(helperProcessFor(dir), (*rec)->helperPid); // the daemon, nothing else
            const CliResult d = cli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s});
            QVERIFY2(d.exitCode == 0, qPrintable(d.err));
        }
        QCOMPARE(helperProcessFor(dir), 0);
        QCOMPARE(QDir(m_scratch).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    // The wimbench-cli launcher (app/launcher) starts the helper for /Mount-Image before
    // wimbench-cli-core has loaded; the helper (wimbench-mount-prewarm) reads the image it guesses ahead. Whatever it guessed,
    // the arguments the command sends decide, and a helper the command does not use never stays.
    void launcher_data()
    {
        QTest::addColumn<QString>("program");  // "launcher" (wimbench-cli) or "core" (wimbench-cli-core)
        QTest::addColumn<QStringList>("args"); // {dir} stands for the mount folder, {wim} for the image
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("byLauncher"); // the command used the launcher's helper
        QTest::addColumn<bool>("readAhead");  // the helper had opened and read the image ahead
        const QStringList dism{u"/Mount-Image"_s, u"/ImageFile:{wim}"_s, u"/MountDir:{dir}"_s};
        // clang-format off
        QTest::newRow("index 1, read ahead")           << u"launcher"_s << dism + QStringList{u"/Index:1"_s} << 0 << true << true;
        QTest::newRow("read-only, read ahead")         << u"launcher"_s << dism + QStringList{u"/Index:2"_s, u"/ReadOnly"_s} << 0 << true << true;
        QTest::newRow("cmdlet syntax, read ahead")     << u"launcher"_s << QStringList{u"Mount-WindowsImage"_s, u"-ImagePath"_s, u"{wim}"_s, u"-Index"_s, u"2"_s, u"-Path"_s, u"{dir}"_s} << 0 << true << true;
        QTest::newRow("by name: opened when told")     << u"launcher"_s << dism + QStringList{u"/Name:{name}"_s} << 0 << true << false;
        // wimbench-mount-prewarm keeps no image it cannot serve: wimbench-mount-helper opens it and refuses.
        QTest::newRow("no such index: refused")        << u"launcher"_s << dism + QStringList{u"/Index:9"_s} << 1 << true << false;
        QTest::newRow("/CheckIntegrity: not used")     << u"launcher"_s << dism + QStringList{u"/Index:1"_s, u"/CheckIntegrity"_s} << 0 << false << false;
        QTest::newRow("usage error: not used")         << u"launcher"_s << dism + QStringList{u"/Index:x"_s} << 87 << false << false;
        QTest::newRow("help: not used")                << u"launcher"_s << QStringList{u"/Mount-Image"_s, u"/?"_s} << 0 << false << false;
        QTest::newRow("the program run directly")      << u"core"_s << dism + QStringList{u"/Index:1"_s} << 0 << false << false;
        // clang-format on
    }

    void launcher()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(bool, byLauncher);
        QFETCH(bool, readAhead);
        const QString dir = newMountDir();
        const QString log = m_tmp.filePath(u"launcher%1.log"_s.arg(++m_counter));
        auto wim = WimFile::open(m_wim, {});
        QVERIFY(wim);
        for (QString &a : args)
            a.replace(u"{dir}"_s, dir).replace(u"{wim}"_s, m_wim).replace(u"{name}"_s, wim->imageName(1));
        const bool cmdlet = !args.first().startsWith(u'/');
        args << (cmdlet ? QStringList{u"-LogPath"_s, log, u"-LogLevel"_s, u"4"_s} : QStringList{u"/LogPath:"_s + log, u"/LogLevel:4"_s});
        const QString exe = program == u"core"_s ? QFileInfo(cliPath()).path() + u"/wimbench-cli-core"_s : cliPath();
        const CliResult r = runProgram(exe, args, QProcessEnvironment::systemEnvironment());
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
        QFile file(log);
        const QString text = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        QCOMPARE(text.contains(u"was started by the wimbench-cli launcher"_s), byLauncher);
        QCOMPARE(text.contains(u"was opened and read ahead"_s), readAhead);
        QCOMPARE(isMountPoint(dir), exitCode == 0 && !args.contains(u"/?"_s));
        // No helper of this command is left waiting: the launcher's ends when the command does not
        // use it (killed, or at end-of-file when the command exits first).
        QVERIFY2(QTest::qWaitFor([&] { return prewarmedHelpersFor(dir) == 0; }, 5000), qPrintable(dir));
        if (isMountPoint(dir)) {
            auto rec = MountRegistry().find(dir);
            QVERIFY(rec && *rec);
            QCOMPARE(helperProcessFor(dir), (*rec)->helperPid); // the daemon shows the arguments it serves
            // What wimbench-mount-prewarm read ahead it serves itself, with no Qt loaded; the other
            // mounts are served by wimbench-mount-helper (handed over, or started by the command).
            QFile maps(u"/proc/%1/maps"_s.arg((*rec)->helperPid));
            QVERIFY(maps.open(QIODevice::ReadOnly));
            QCOMPARE(maps.readAll().contains("libQt6Core"), !readAhead);
            const CliResult d = cli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s});
            QVERIFY2(d.exitCode == 0, qPrintable(d.err));
        }
    }

    /// $WIMBENCH_PREWARMED_HELPER naming a process that is not the command's own child (stale, or
    /// set by hand) is ignored: that process is never signalled, and the mount starts its own helper.
    void foreignPrewarmedHelperIsNeverSignalled()
    {
        QProcess other;
        other.start(u"sleep"_s, {u"30"_s});
        QVERIFY(other.waitForStarted());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"WIMBENCH_PREWARMED_HELPER"_s, u"%1 0"_s.arg(other.processId()));
        const QString dir = newMountDir();
        const QString core = QFileInfo(cliPath()).path() + u"/wimbench-cli-core"_s;
        const CliResult r = runProgram(
            core, {u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:1"_s, u"/MountDir:"_s + dir, u"/ScratchDir:"_s + m_scratch}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(isMountPoint(dir));
        QCOMPARE(other.state(), QProcess::Running);
        other.kill();
        other.waitForFinished();
    }

    /// The launcher alone (wimbench-cli-core neither beside it, in $WIMBENCH_BIN_DIR nor in
    /// ../libexec/wimbench) says what is missing and fails.
    void launcherWithoutTheProgram()
    {
        const QString copy = m_tmp.filePath(u"alone/wimbench-cli"_s);
        QVERIFY(QDir().mkpath(QFileInfo(copy).path()));
        QFile::remove(copy);
        QVERIFY(QFile::copy(cliPath(), copy));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"WIMBENCH_BIN_DIR"_s);
        env.remove(u"WIMBENCH_CLI_CORE"_s);
        const CliResult r = runProgram(copy, {u"/Get-MountedImageInfo"_s}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"wimbench-cli-core was not found"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"WIMBENCH_CLI_CORE"_s), qPrintable(r.err));
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
        // An old registry version a killed command left (its pid gone) goes with the cleanup.
        QProcess gone;
        gone.start(u"true"_s, {});
        QVERIFY(gone.waitForStarted());
        const qint64 gonePid = gone.processId();
        QVERIFY(gone.waitForFinished());
        const QString left =
            QFileInfo(MountRegistry().filePath()).absoluteDir().filePath(u".mounts.json.wimbench-%1-0123456789abcdef.old"_s.arg(gonePid));
        QVERIFY(writeFile(QFileInfo(left).absolutePath(), QFileInfo(left).fileName(), "{}"));
        r = cli({u"/Cleanup-Mountpoints"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Removed 0 stale mount(s)"_s), qPrintable(r.out));
        QVERIFY(!QFileInfo::exists(left));
        r = cli({u"/Get-MountedImageInfo"_s});
        QVERIFY(r.out.contains(u"No mounted images found."_s));
    }
};

QTEST_GUILESS_MAIN(TestMountCli)
#include "tst_mountcli.moc"
