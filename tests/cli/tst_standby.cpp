// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The unmount standby (spawn/Standby.h, engine/mount/README.md): a mount command's copy of
// wimbench-cli-core that runs the unmount of its folder. The unmount must end exactly as one run in
// its own process would (exit code, output, environment, folder, signals), the standby must follow
// its mount, and a request it should not take must be run by the launcher itself. And the mount
// command's own early end (spawn/ExitReport.h): the launcher ends as the command did, once it has
// reported, and a launcher killed or signalled takes the command with it.
#include "CliRunner.h"
#include "MountTestSupport.h"
#include "WimBuilder.h"

#include "mount/MountRegistry.h"
#include "mount/MountSystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

class TestStandby : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    MountGuard m_guard;
    QString m_wim;
    int m_counter = 0;

    QString newMountDir() { return m_guard.newFolder(m_tmp.filePath(u"mnt%1"_s.arg(++m_counter))); }

    CliResult mount(const QString &dir, const QProcessEnvironment &extraEnv = {}, const QString &index = u"1"_s)
    {
        return runCli({u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:"_s + index, u"/MountDir:"_s + dir}, 120000, extraEnv);
    }

    static QString logText(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    static bool served(const QString &log) { return logText(log).contains(u"run by the unmount standby"_s); }

    /// /Unmount-Image /Discard of `dir`, logging into `log` at debug level.
    static CliResult discard(const QString &dir, const QString &log, int timeoutMs = 120000)
    {
        return runCli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s, u"/LogPath:"_s + log, u"/LogLevel:4"_s}, timeoutMs);
    }

    /// Mounts index 1 at a new folder and waits for its standby: the folder, or empty.
    QString mountWithStandby()
    {
        const QString dir = newMountDir();
        const CliResult m = mount(dir);
        if (m.exitCode != 0)
            qWarning("%s", qPrintable(m.err));
        return m.exitCode == 0 && QTest::qWaitFor([&] { return standbyProcessFor(dir) > 0; }, 5000) ? dir : QString();
    }

    /// Mounts (`*dir`) and starts an unmount whose log is the FIFO `*fifo`: opening the log blocks
    /// (nobody reads it), so the command stays in the standby's worker (`*worker`) until the test
    /// opens the FIFO.
    bool startBlockedUnmount(QProcess &p, QString *dir, QString *fifo, qint64 *worker)
    {
        *dir = mountWithStandby();
        *fifo = m_tmp.filePath(u"fifo%1"_s.arg(m_counter));
        if (dir->isEmpty() || ::mkfifo(QFile::encodeName(*fifo).constData(), 0600) != 0)
            return false;
        p.setProgram(cliPath());
        p.setArguments({u"/Unmount-Image"_s, u"/MountDir:"_s + *dir, u"/Discard"_s, u"/LogPath:"_s + *fifo});
        p.start();
        // Held only once the worker waits in open(2) on the FIFO: it has had its "go" then and runs
        // the command (killed before, the launcher would run the command itself).
        return p.waitForStarted() && onlyChildBlocksOnFifo(standbyProcessFor(*dir), worker);
    }

    /// Waits (10 s at most) until `parent` has exactly one child and it waits in open(2) on a FIFO;
    /// sets `*child` to it.
    static bool onlyChildBlocksOnFifo(qint64 parent, qint64 *child)
    {
        return QTest::qWaitFor(
            [&] {
                const QList<qint64> children = childProcesses(parent);
                *child = children.value(0);
                return children.size() == 1 && blockedOpeningFifo(*child);
            },
            10000);
    }

    /// Whether `pid` waits in open(2) for a FIFO's other end (wchan, or the syscall it is in).
    static bool blockedOpeningFifo(qint64 pid)
    {
        QFile wchan(u"/proc/%1/wchan"_s.arg(pid));
        const QByteArray where = wchan.open(QIODevice::ReadOnly) ? wchan.readAll() : QByteArray();
        if (!where.isEmpty() && where != "0") // "0": the kernel hides it here
            return where == "wait_for_partner";
        QFile syscall(u"/proc/%1/syscall"_s.arg(pid));
        const QByteArray number = syscall.open(QIODevice::ReadOnly) ? syscall.readAll().split(' ').value(0) : QByteArray();
        return number == "257" || number == "2"; // blocked in openat or open (x86-64)
    }

    /// Starts a mount of a new folder (`*dir`) whose log is the FIFO `*fifo`, so the command stays
    /// blocked opening it in the launcher's child (`*command`) until the test opens the FIFO.
    bool startBlockedMount(QProcess &p, QString *dir, QString *fifo, qint64 *command)
    {
        *dir = newMountDir();
        *fifo = m_tmp.filePath(u"mountfifo%1"_s.arg(m_counter));
        if (::mkfifo(QFile::encodeName(*fifo).constData(), 0600) != 0)
            return false;
        p.setProgram(cliPath());
        p.setArguments({u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:1"_s, u"/MountDir:"_s + *dir, u"/LogPath:"_s + *fifo});
        p.start();
        return p.waitForStarted() && onlyChildBlocksOnFifo(p.processId(), command);
    }

    /// Opens the FIFO for reading and drains it for a moment: a command still blocked on it goes on.
    static void releaseFifo(const QString &fifo)
    {
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QTest::qWait(1000);
        if (fd >= 0)
            ::close(fd);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        WB_SKIP_WITHOUT_FUSE();
        m_wim = m_tmp.filePath(u"install.wim"_s);
        QVERIFY(createWindowsLikeWim(m_wim, m_tmp.filePath(u"src"_s), {u"Pro"_s}).ok());
    }

    void cleanup()
    {
        if (const auto records = MountRegistry().records()) {
            for (const MountRecord &record : *records)
                runCli({u"/Unmount-Image"_s, u"/MountDir:"_s + record.mountDir, u"/Discard"_s}, 60000);
        }
        runCli({u"/Cleanup-Mountpoints"_s});
        QCOMPARE(m_guard.release(), QStringList());
    }

    void cleanupTestCase() { m_guard.release(); }

    void unmount_data()
    {
        QTest::addColumn<QStringList>("args"); // {dir}: the mount folder, {name}: its name, {log}: the log
        QTest::addColumn<QStringList>("env");  // added to the unmount's environment
        QTest::addColumn<bool>("inParent");    // run in the mount folder's parent folder
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("byStandby"); // the log says the standby ran it
        const QStringList discard{u"/Unmount-Image"_s, u"/MountDir:{dir}"_s, u"/Discard"_s, u"/LogPath:{log}"_s, u"/LogLevel:4"_s};
        const QStringList cmdlet{
            u"Dismount-WindowsImage"_s, u"-Path"_s, u"{name}"_s, u"-Discard"_s, u"-LogPath"_s, u"{log}"_s, u"-LogLevel"_s, u"4"_s};
        // clang-format off
        QTest::newRow("/Discard")                        << discard << QStringList() << false << 0 << true;
        QTest::newRow("cmdlet, folder relative to cwd")  << cmdlet << QStringList() << true << 0 << true;
        QTest::newRow("standby switched off")            << discard << QStringList{u"WIMBENCH_STANDBY=0"_s} << false << 0 << false;
        QTest::newRow("fault injection: runs itself")    << discard << QStringList{u"WIMBENCH_FAULT=no.such-point"_s} << false << 0 << false;
        // The environment is the unmount's own: another registry does not know the mount.
        QTest::newRow("another registry: refused")       << discard << QStringList{u"XDG_STATE_HOME={other}"_s} << false << 1 << true;
        QTest::newRow("usage error")                     << QStringList{u"/Unmount-Image"_s, u"/MountDir:{dir}"_s, u"/Commit"_s, u"/Discard"_s} << QStringList() << false << 87 << false;
        // clang-format on
    }

    /// The unmount ends as it would in a process of its own, with or without the standby: a failing
    /// one is run both ways and must print the same and exit the same.
    void unmount()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, env);
        QFETCH(bool, inParent);
        QFETCH(int, exitCode);
        QFETCH(bool, byStandby);
        const QString dir = mountWithStandby();
        QVERIFY(!dir.isEmpty());
        const QString log = m_tmp.filePath(u"unmount%1.log"_s.arg(m_counter));
        for (QString &a : args)
            a.replace(u"{dir}"_s, dir).replace(u"{name}"_s, inParent ? QFileInfo(dir).fileName() : dir).replace(u"{log}"_s, log);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &e : env)
            environment.insert(e.section(u'=', 0, 0), QString(e.section(u'=', 1)).replace(u"{other}"_s, m_tmp.filePath(u"other"_s)));
        const QString cwd = inParent ? QFileInfo(dir).path() : QString();
        CliResult itself;
        if (exitCode != 0) {
            QProcessEnvironment off = environment;
            off.insert(u"WIMBENCH_STANDBY"_s, u"0"_s);
            itself = runProgram(cliPath(), args, off, 120000, cwd);
            QFile::remove(log);
        }
        const CliResult r = runProgram(cliPath(), args, environment, 120000, cwd);
        if (exitCode != 0) {
            QCOMPARE(r.exitCode, itself.exitCode);
            QCOMPARE(r.out, itself.out);
            QCOMPARE(r.err, itself.err);
        }
        QVERIFY2(r.exitCode == exitCode && !r.crashed, qPrintable(r.out + r.err));
        QCOMPARE(served(log), byStandby);
        QCOMPARE(isMountPoint(dir), exitCode != 0);
        if (exitCode == 0) // the standby ends with its mount
            QVERIFY(QTest::qWaitFor([&] { return standbyProcessFor(dir) == 0; }, 5000));
        else
            QVERIFY(standbyProcessFor(dir) > 0);
    }

    /// The standby lives exactly as long as the mount it was made for: none after a failed mount or
    /// with WIMBENCH_STANDBY=0, and it ends when the mount's daemon ends, however that happens.
    void followsItsMount()
    {
        const QString refused = newMountDir();
        QCOMPARE(mount(refused, {}, u"9"_s).exitCode, 1);
        QVERIFY(QTest::qWaitFor([&] { return !standbyWaitingFor(refused) && standbyProcessFor(refused) == 0; }, 5000));

        const QString off = newMountDir();
        QProcessEnvironment switchedOff;
        switchedOff.insert(u"WIMBENCH_STANDBY"_s, u"0"_s);
        QCOMPARE(mount(off, switchedOff).exitCode, 0);
        QTest::qWait(200);
        QVERIFY(!standbyWaitingFor(off) && standbyProcessFor(off) == 0);
        QCOMPARE(runCli({u"/Unmount-Image"_s, u"/MountDir:"_s + off, u"/Discard"_s}).exitCode, 0); // the image is mounted once at a time

        const QString killed = mountWithStandby();
        QVERIFY(!killed.isEmpty());
        auto record = MountRegistry().find(killed);
        QVERIFY(record && *record);
        QCOMPARE(::kill(pid_t((*record)->helperPid), SIGKILL), 0);
        QVERIFY(QTest::qWaitFor([&] { return standbyProcessFor(killed) == 0; }, 5000));
    }

    /// A killed launcher takes its command with it, as a killed process of its own would: the
    /// unmount, held in the standby's worker, never goes on.
    void killedLauncherEndsTheCommand()
    {
        QProcess p;
        QString dir, fifo;
        qint64 worker = 0;
        QVERIFY(startBlockedUnmount(p, &dir, &fifo, &worker));
        p.kill();
        QVERIFY(p.waitForFinished());
        QVERIFY(QTest::qWaitFor([&] { return !MountSystem::isProcessAlive(worker); }, 5000));
        releaseFifo(fifo);
        QVERIFY(isMountPoint(dir));
        QVERIFY(standbyProcessFor(dir) > 0); // and it still serves
        const QString log = m_tmp.filePath(u"after-kill.log"_s);
        const CliResult r = discard(dir, log);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(served(log));
    }

    /// The launcher ends the way the command's process ended: a worker killed by a signal makes the
    /// launcher end by that same signal.
    void launcherEndsAsTheWorker()
    {
        QProcess p;
        QString dir, fifo;
        qint64 worker = 0;
        QVERIFY(startBlockedUnmount(p, &dir, &fifo, &worker));
        QCOMPARE(::kill(pid_t(worker), SIGTERM), 0);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QCOMPARE(p.exitCode(), SIGTERM);
        releaseFifo(fifo);
        QVERIFY(isMountPoint(dir));
    }

    /// Requests are served side by side: an unmount held in one worker does not hold another one of
    /// the same folder, which goes on and unmounts; the held one then fails as it would in a
    /// process of its own (the folder is no longer mounted).
    void requestsRunSideBySide()
    {
        QProcess held;
        QString dir, fifo;
        qint64 worker = 0;
        QVERIFY(startBlockedUnmount(held, &dir, &fifo, &worker));
        const QString log = m_tmp.filePath(u"side%1.log"_s.arg(m_counter));
        const CliResult r = discard(dir, log, 20000);
        QVERIFY2(r.exitCode == 0 && !r.crashed, qPrintable(r.out + r.err));
        QVERIFY(served(log));
        QVERIFY(MountSystem::isProcessAlive(worker)); // still held
        QVERIFY(!isMountPoint(dir));
        releaseFifo(fifo); // runs the event loop: the held command may have finished in it
        QVERIFY(held.state() == QProcess::NotRunning || held.waitForFinished(20000));
        QCOMPARE(held.exitStatus(), QProcess::NormalExit);
        QVERIFY2(held.exitCode() != 0, held.readAllStandardError().constData());
    }

    /// A standby that does not answer (stopped) is given up after 5 s and the launcher runs the
    /// command itself; when the standby goes on, the request it finds then runs nothing.
    void silentStandbyIsGivenUp()
    {
        const QString dir = mountWithStandby();
        QVERIFY(!dir.isEmpty());
        const qint64 standby = standbyProcessFor(dir);
        QCOMPARE(::kill(pid_t(standby), SIGSTOP), 0);
        const QString log = m_tmp.filePath(u"silent.log"_s);
        const CliResult r = discard(dir, log, 30000);
        ::kill(pid_t(standby), SIGCONT);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(!served(log));
        QVERIFY(!isMountPoint(dir));
        QVERIFY(QTest::qWaitFor([&] { return !MountSystem::isProcessAlive(standby); }, 5000));
        QTest::qWait(300);
        QCOMPARE(logText(log).count(u"wimbench-cli finished with exit status"_s), 1); // one run, not two
    }

    /// A mount ends as it would in the launcher's own process: the launcher's exit code and output
    /// are those of a run with fault injection set (which runs the command in the launcher's
    /// process: a fault point addresses the command's own process).
    void mountEndsAsItself_data()
    {
        QTest::addColumn<QStringList>("args"); // {wim}: the image, {dir}: the mount folder
        QTest::addColumn<int>("exitCode");
        const QStringList mount{u"/Mount-Image"_s, u"/ImageFile:{wim}"_s, u"/Index:1"_s, u"/MountDir:{dir}"_s};
        const QStringList cmdlet{u"Mount-WindowsImage"_s, u"-ImagePath"_s, u"{wim}"_s, u"-Index"_s, u"1"_s, u"-Path"_s, u"{dir}"_s};
        // clang-format off
        QTest::newRow("/Mount-Image")                 << mount << 0;
        QTest::newRow("Mount-WindowsImage")           << cmdlet << 0;
        QTest::newRow("no such index: refused")       << QStringList{u"/Mount-Image"_s, u"/ImageFile:{wim}"_s, u"/Index:7"_s, u"/MountDir:{dir}"_s} << 1;
        QTest::newRow("usage error")                  << QStringList{u"/Mount-Image"_s, u"/ImageFile:{wim}"_s, u"/Index:1"_s} << 87;
        // clang-format on
    }

    void mountEndsAsItself()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        CliResult runs[2];
        for (int fault = 0; fault < 2; ++fault) {
            const QString dir = newMountDir();
            QStringList a = args;
            for (QString &arg : a)
                arg.replace(u"{wim}"_s, m_wim).replace(u"{dir}"_s, dir);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            if (fault)
                env.insert(u"WIMBENCH_FAULT"_s, u"no.such-point"_s);
            runs[fault] = runProgram(cliPath(), a, env, 120000);
            runs[fault].out.replace(dir, u"{dir}"_s);
            runs[fault].err.replace(dir, u"{dir}"_s);
            QVERIFY2(runs[fault].exitCode == exitCode && !runs[fault].crashed, qPrintable(runs[fault].out + runs[fault].err));
            QCOMPARE(isMountPoint(dir), exitCode == 0);
            if (exitCode == 0)
                QVERIFY(runCli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s}, 60000).exitCode == 0);
        }
        QCOMPARE(runs[0].out, runs[1].out);
        QCOMPARE(runs[0].err, runs[1].err);
    }

    /// Mount and unmount with standard descriptors closed: the output goes nowhere, and nothing
    /// else takes their place (with stdout closed, the mount helper's socket did, and the mount
    /// failed: "reported success but ... is not mounted").
    void closedOutputStillMounts_data()
    {
        QTest::addColumn<QString>("close"); // the shell's redirections before it runs the command
        QTest::newRow("stdout") << u"1>&-"_s;
        QTest::newRow("stdin, stdout and stderr") << u"0<&- 1>&- 2>&-"_s;
    }

    void closedOutputStillMounts()
    {
        QFETCH(QString, close);
        const QString dir = newMountDir();
        const QString script = u"exec %1; exec \"$0\" \"$@\""_s.arg(close);
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const CliResult m = runProgram(
            u"sh"_s, {u"-c"_s, script, cliPath(), u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:1"_s, u"/MountDir:"_s + dir}, env);
        QVERIFY2(m.exitCode == 0, qPrintable(m.err));
        QVERIFY(isMountPoint(dir));
        const CliResult u =
            runProgram(u"sh"_s, {u"-c"_s, script, cliPath(), u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s}, env);
        QVERIFY2(u.exitCode == 0, qPrintable(u.err));
        QVERIFY(!isMountPoint(dir));
    }

    /// A mount launcher killed outright takes the command with it (PR_SET_PDEATHSIG): nothing is
    /// mounted, and neither the command nor its helper nor its standby stays behind.
    void killedMountLauncherEndsTheCommand()
    {
        QProcess p;
        QString dir, fifo;
        qint64 command = 0;
        QVERIFY(startBlockedMount(p, &dir, &fifo, &command));
        const QList<qint64> started = childProcesses(command); // its helper and its standby
        QVERIFY(!started.isEmpty());
        p.kill();
        QVERIFY(p.waitForFinished());
        QVERIFY(QTest::qWaitFor([&] { return !MountSystem::isProcessAlive(command); }, 5000));
        releaseFifo(fifo); // the helper logs into it too: it goes on, finds no go-ahead and ends
        for (const qint64 child : started)
            QVERIFY(QTest::qWaitFor([&] { return !MountSystem::isProcessAlive(child); }, 5000));
        QVERIFY(!isMountPoint(dir));
    }

    /// A signal someone sends the mount launcher reaches the command, and the launcher ends the way
    /// the command did: by that signal.
    void mountLauncherPassesSignalsOn()
    {
        QProcess p;
        QString dir, fifo;
        qint64 command = 0;
        QVERIFY(startBlockedMount(p, &dir, &fifo, &command));
        QCOMPARE(::kill(pid_t(p.processId()), SIGTERM), 0);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QCOMPARE(p.exitCode(), SIGTERM);
        QVERIFY(!MountSystem::isProcessAlive(command));
        releaseFifo(fifo);
        QVERIFY(!isMountPoint(dir));
    }

    /// Another user's request is refused ("no"): the launcher runs wimbench-cli-core itself, as that
    /// user, and the standby goes on serving its own user.
    void anotherUserRunsItself()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to run the launcher as another user (setpriv)");
        // The launcher, as that user, must be able to resolve the mount folder's parent.
        QVERIFY(QFile::setPermissions(m_tmp.path(), QFile::permissions(m_tmp.path()) | QFile::ExeOther | QFile::ReadOther));
        const QString dir = mountWithStandby();
        QVERIFY(!dir.isEmpty());
        const QString log = m_tmp.filePath(u"nobody.log"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_STATE_HOME"_s, u"/nonexistent"_s);
        const CliResult r = runProgram(u"setpriv"_s,
                                       {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, cliPath(), u"/Unmount-Image"_s,
                                        u"/MountDir:"_s + dir, u"/Discard"_s, u"/LogPath:"_s + log, u"/LogLevel:4"_s},
                                       env);
        QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));
        QVERIFY(!served(log));
        QVERIFY(isMountPoint(dir));
        QVERIFY(standbyProcessFor(dir) > 0);
    }
};

QTEST_GUILESS_MAIN(TestStandby)
#include "tst_standby.moc"
