// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The mount registry without FUSE: JSON round trip, atomic replacement, concurrent writers in
// several processes, damaged files, and the Invalid/NeedsRemount status rules.
#include "mount/MountRecord.h"
#include "mount/MountRegistry.h"
#include "mount/MountSystem.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

using namespace wb;

class TestMountRegistry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    MountRecord record(const QString &dir, const QString &image)
    {
        MountRecord r;
        r.mountDir = dir;
        r.imageFile = image;
        r.index = 2;
        r.imageName = u"Pro"_s;
        r.readWrite = true;
        r.helperPid = 0;
        r.stagingDir = m_tmp.filePath(u"staging"_s);
        r.mountedAt = QDateTime::currentDateTimeUtc();
        r.imageStamp = FileStamp::of(image);
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void defaultDirectoryFollowsXdgStateHome()
    {
        qputenv("XDG_STATE_HOME", QFile::encodeName(m_tmp.filePath(u"xdg"_s)));
        QCOMPARE(MountRegistry::defaultDirectory(), m_tmp.filePath(u"xdg"_s) + u"/wimbench"_s);
        QCOMPARE(MountRegistry().filePath(), m_tmp.filePath(u"xdg"_s) + u"/wimbench/mounts.json"_s);
    }

    void roundTripAndReplace()
    {
        const QString dir = m_tmp.filePath(u"reg1"_s);
        MountRegistry reg(dir);
        QVERIFY(reg.records()->isEmpty());
        const QString image = m_tmp.filePath(u"a.wim"_s);
        QFile f(image);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not really a wim");
        f.close();
        MountRecord r = record(u"/mnt/a"_s, image);
        QVERIFY(reg.put(r).ok());
        auto found = reg.find(u"/mnt/a"_s);
        QVERIFY(found && *found);
        QCOMPARE((*found)->imageFile, image);
        QCOMPARE((*found)->index, 2);
        QCOMPARE((*found)->imageName, u"Pro"_s);
        QVERIFY((*found)->readWrite);
        QCOMPARE((*found)->imageStamp, r.imageStamp);
        QCOMPARE((*found)->mountedAt.toMSecsSinceEpoch(), r.mountedAt.toMSecsSinceEpoch());
        r.index = 3;
        QVERIFY(reg.put(r).ok());
        QCOMPARE(reg.records()->size(), 1);
        QCOMPARE(reg.records()->first().index, 3);
        QVERIFY(reg.remove(u"/mnt/a"_s).ok());
        QVERIFY(reg.records()->isEmpty());
        // A failed change writes nothing.
        QVERIFY(reg.put(r).ok());
        const Status st = reg.update([](QList<MountRecord> &records) -> Status {
            records.clear();
            return Error::make(u"test.fail"_s, u"no"_s);
        });
        QVERIFY(!st.ok());
        QCOMPARE(reg.records()->size(), 1);
    }

    void concurrentProcessesLoseNothing()
    {
        const QString dir = m_tmp.filePath(u"reg2"_s);
        MountRegistry reg(dir);
        constexpr int processes = 6;
        constexpr int perProcess = 15;
        QList<pid_t> children;
        for (int p = 0; p < processes; ++p) {
            const pid_t pid = ::fork();
            QVERIFY(pid >= 0);
            if (pid == 0) {
                int failures = 0;
                for (int i = 0; i < perProcess; ++i) {
                    MountRecord r;
                    r.mountDir = u"/mnt/p%1-%2"_s.arg(p).arg(i);
                    r.imageFile = u"/x.wim"_s;
                    if (!MountRegistry(dir).put(r).ok())
                        ++failures;
                }
                ::_exit(failures);
            }
            children << pid;
        }
        for (pid_t c : children) {
            int status = 0;
            QCOMPARE(::waitpid(c, &status, 0), c);
            QVERIFY(WIFEXITED(status));
            QCOMPARE(WEXITSTATUS(status), 0);
        }
        const auto all = reg.records();
        QVERIFY(all);
        QCOMPARE(all->size(), processes * perProcess);
        // No temporary files of QSaveFile are left beside it.
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 2); // mounts.json, mounts.lock
    }

    void damagedFileIsAClearError()
    {
        const QString dir = m_tmp.filePath(u"reg3"_s);
        QVERIFY(QDir().mkpath(dir));
        QFile f(dir + u"/mounts.json"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ \"mounts\": [ {");
        f.close();
        const auto all = MountRegistry(dir).records();
        QVERIFY(!all);
        QCOMPARE(all.error().code, u"mount.registry-corrupt"_s);
        QVERIFY(all.error().message.contains(dir + u"/mounts.json"_s));
        // Writes refuse too rather than overwrite what they cannot read.
        QVERIFY(!MountRegistry(dir).put(record(u"/mnt/x"_s, u"/x.wim"_s)).ok());
    }

    void emptyFileReadsAsNoEntries()
    {
        // The registry is not synced (engine/mount/README.md, "Registry"): an empty file is what a
        // system crash can leave of a first write, and it holds no mounts, not a damaged list.
        const QString dir = m_tmp.filePath(u"reg-empty"_s);
        QVERIFY(QDir().mkpath(dir));
        QFile f(dir + u"/mounts.json"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const auto all = MountRegistry(dir).records();
        QVERIFY2(all.ok(), qPrintable(all ? QString() : all.error().message));
        QVERIFY(all->isEmpty());
        QVERIFY(MountRegistry(dir).put(record(u"/mnt/x"_s, u"/x.wim"_s)).ok());
        QCOMPARE(MountRegistry(dir).records()->size(), 1);
    }

    void statusRules()
    {
        const QString image = m_tmp.filePath(u"s.wim"_s);
        QFile f(image);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("12345");
        f.close();
        MountRecord r = record(m_tmp.filePath(u"nomount"_s), image);
        QDir().mkpath(r.mountDir);
        QString reason;
        // Image unchanged, but no helper and no mount: NeedsRemount.
        r.helperPid = 999999;
        QCOMPARE(MountRegistry::statusOf(r, &reason), MountStatus::NeedsRemount);
        QVERIFY(reason.contains(u"not running"_s));
        // Our own process is alive but is not a mount helper.
        r.helperPid = QCoreApplication::applicationPid();
        QCOMPARE(MountRegistry::statusOf(r), MountStatus::NeedsRemount);
        // Changed underneath: Invalid.
        QVERIFY(f.open(QIODevice::Append));
        f.write("678");
        f.close();
        QCOMPARE(MountRegistry::statusOf(r, &reason), MountStatus::Invalid);
        QVERIFY(reason.contains(u"was changed"_s));
        // Gone: Invalid.
        QVERIFY(QFile::remove(image));
        QCOMPARE(MountRegistry::statusOf(r, &reason), MountStatus::Invalid);
        QVERIFY(reason.contains(u"no longer exists"_s));
        QCOMPARE(mountStatusName(MountStatus::NeedsRemount), u"NeedsRemount"_s);
    }

    void processesUsingAFolder_data()
    {
        QTest::addColumn<QString>("folder"); // a new folder in the temporary directory
        QTest::addColumn<QString>("use");    // what holds it: open, open-deleted, mapped, cwd
        QTest::addColumn<QString>("how");    // the expected description, %1 = the folder

        QTest::newRow("open file") << u"busy"_s << u"open"_s << u"open file %1/file.bin"_s;
        QTest::newRow("open file, deleted") << u"busy"_s << u"open-deleted"_s << u"open file %1/file.bin"_s;
        QTest::newRow("mapped file, descriptor closed") << u"busy"_s << u"mapped"_s << u"mapped file %1/file.bin"_s;
        QTest::newRow("mapped file, folder with a space") << u"with space"_s << u"mapped"_s << u"mapped file %1/file.bin"_s;
        QTest::newRow("open file, folder with a newline") << u"new\nline"_s << u"open"_s << u"open file %1/file.bin"_s;
        QTest::newRow("working directory of another process") << u"busy"_s << u"cwd"_s << u"working directory"_s;
    }

    void processesUsingAFolder()
    {
        QFETCH(QString, folder);
        QFETCH(QString, use);
        QFETCH(QString, how);
        const QString dir = m_tmp.filePath(u"uses/"_s + folder);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(MountSystem::processesUsing(dir).isEmpty());
        const QString file = dir + u"/file.bin"_s;
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QByteArray(8192, 'x')) == 8192);
        f.close();

        int fd = -1;
        void *map = MAP_FAILED;
        QProcess child;
        const auto release = qScopeGuard([&] {
            if (map != MAP_FAILED)
                ::munmap(map, 8192);
            if (fd >= 0)
                ::close(fd);
            child.kill();
            child.waitForFinished();
            QDir(m_tmp.filePath(u"uses"_s)).removeRecursively();
        });
        qint64 user = QCoreApplication::applicationPid();
        if (use == u"cwd"_s) {
            child.setWorkingDirectory(dir);
            child.start(u"sleep"_s, {u"60"_s});
            QVERIFY(child.waitForStarted());
            user = child.processId();
        } else {
            fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
            QVERIFY(fd >= 0);
            if (use == u"open-deleted"_s)
                QVERIFY(QFile::remove(file));
            if (use == u"mapped"_s) {
                map = ::mmap(nullptr, 8192, PROT_READ, MAP_SHARED, fd, 0);
                QVERIFY(map != MAP_FAILED);
                ::close(fd); // the mapping alone keeps the file in use
                fd = -1;
            }
        }
        const auto uses = MountSystem::processesUsing(dir);
        QCOMPARE(uses.size(), 1);
        QCOMPARE(uses.first().pid, user);
        QCOMPARE(uses.first().how, QString(how).replace(u"%1"_s, dir));
        QVERIFY(MountSystem::processesUsing(dir, user).isEmpty());
        // A sibling folder with a common prefix is not "inside".
        QVERIFY(MountSystem::processesUsing(dir.chopped(1)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMountRegistry)
#include "tst_mountregistry.moc"
