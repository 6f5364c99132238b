// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Real FUSE mounts through wimbench-mount-helper: mount, change, save, append, discard, read-only,
// killed helper, removed WIM, cleanup, busy mounts, refusals, interrupted saves. Every WIM is
// checked with wimlib afterwards.
#include "HiveBuilder.h"
#include "MountTestSupport.h"
#include "WimBuilder.h"
#include "WimSnapshot.h"

#include "mount/MountHelper.h"
#include "mount/MountRegistry.h"
#include "mount/MountSystem.h"
#include "mount/UnmountQueues.h"
#include "ops/CleanupMountpointsOperation.h"
#include "ops/DismountImageOperation.h"
#include "ops/Engine.h"
#include "ops/GetMountedImagesOperation.h"
#include "ops/MountImageOperation.h"
#include "ops/RemountImageOperation.h"
#include "ops/SaveImageOperation.h"
#include "servicelog/Log.h"
#include "wim/WimFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <mqueue.h>
#include <sys/stat.h>

#include <sys/xattr.h>

#include <wimlib.h>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {
QByteArray fileSha1(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(&f);
    return h.result().toHex();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool waitUntil(const std::function<bool()> &condition, int ms = 10000)
{
    return QTest::qWaitFor(condition, ms);
}
} // namespace

class TestMount : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    MountGuard m_guard;
    QString m_scratch;
    int m_counter = 0;

    OperationOutcome run(Operation &op)
    {
        EngineSettings s;
        s.scratchDirectory = m_scratch;
        s.logPath = m_tmp.filePath(u"dism.log"_s);
        OperationContext ctx(s, CancellationToken(), {});
        return executeOperation(op, ctx);
    }

    QString errorCode(const OperationOutcome &o) const { return o.error ? o.error->code : QString(); }
    QString errorMessage(const OperationOutcome &o) const { return o.error ? o.error->message : QString(); }

    /// A fresh empty folder to mount on, registered with the guard.
    QString newMountDir() { return m_guard.newFolder(m_tmp.filePath(u"mnt%1"_s.arg(++m_counter))); }

    /// A Windows-like WIM with two images; returns its path and the relative files of the tree.
    QString buildWim(QStringList *files = nullptr, const QByteArray &extra = {})
    {
        const QString src = m_tmp.filePath(u"src%1"_s.arg(++m_counter));
        const QStringList written = writeWindowsTree(src, {u"en-US"_s, u"fr-FR"_s});
        if (!extra.isEmpty())
            writeFile(src, u"big/payload.bin"_s, extra);
        if (files)
            *files = written;
        const QString wim = m_tmp.filePath(u"image%1.wim"_s.arg(m_counter));
        const Status st = createWim(wim, {windowsLikeSpec(src, u"Pro"_s), windowsLikeSpec(src, u"Home"_s)});
        if (!st.ok())
            qWarning() << st.error().oneLine();
        return wim;
    }

    std::optional<MountRecord> mount(const QString &wim, const QString &dir, int index = 1, bool readWrite = true)
    {
        MountRequest r;
        r.imageFile = wim;
        r.index = index;
        r.mountDir = dir;
        r.readWrite = readWrite;
        MountImageOperation op(r);
        const OperationOutcome o = run(op);
        if (!o.succeeded()) {
            qWarning() << "mount failed:" << errorCode(o) << errorMessage(o);
            return std::nullopt;
        }
        return op.record();
    }

    MountStatus statusOf(const QString &dir)
    {
        GetMountedImagesOperation op;
        run(op);
        for (const MountedImage &m : op.mounts()) {
            if (m.record.mountDir == dir)
                return m.status;
        }
        return MountStatus::Invalid;
    }

    int registeredCount()
    {
        auto all = MountRegistry().records();
        return all ? int(all->size()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        WB_SKIP_WITHOUT_FUSE();
        Engine::initialiseProcess();
        Log::configure(m_tmp.filePath(u"dism.log"_s), LogLevel::Debug);
        QVERIFY2(!MountHelper::executablePath().isEmpty(), "wimbench-mount-helper must be built next to the tests");
        m_scratch = m_tmp.filePath(u"scratch"_s);
        QVERIFY(QDir().mkpath(m_scratch));
    }

    void cleanup()
    {
        const QStringList left = m_guard.release();
        if (!left.isEmpty())
            qWarning() << "detached mounts left by the test:" << left;
        QFile::remove(MountRegistry().filePath());
    }

    void cleanupTestCase()
    {
        m_guard.release();
        Log::shutdown();
    }

    void saveWritesExactlyTheNewTree()
    {
        QStringList files;
        const QString wim = buildWim(&files);
        const auto before = snapshotImage(wim, 1);
        const auto before2 = snapshotImage(wim, 2);
        QVERIFY(!before.isEmpty());
        const QString dir = newMountDir();
        const auto rec = mount(wim, dir);
        QVERIFY(rec);
        QCOMPARE(statusOf(dir), MountStatus::Ok);
        QVERIFY(rec->readWrite);
        QVERIFY(!rec->stagingDir.isEmpty() && rec->stagingDir.startsWith(m_scratch));

        // Add, change, delete.
        QVERIFY(writeFile(dir, u"NewFolder/added.txt"_s, "added by the test\n"));
        QVERIFY(writeFile(dir, u"Windows/win.ini"_s, "[changed]\r\n"));
        QVERIFY(QFile::remove(dir + u"/Users/Default/NTUSER.DAT"_s));
        QVERIFY(QFileInfo(rec->stagingDir).isDir());

        SaveImageOperation save(dir, false, false);
        const OperationOutcome o = run(save);
        QVERIFY2(o.succeeded(), qPrintable(errorMessage(o)));
        QCOMPARE(save.savedIndex(), 1);
        // Still mounted, served, and showing the saved tree.
        QCOMPARE(statusOf(dir), MountStatus::Ok);
        QCOMPARE(readAll(dir + u"/NewFolder/added.txt"_s), QByteArray("added by the test\n"));
        QVERIFY(!QFileInfo::exists(dir + u"/Users/Default/NTUSER.DAT"_s));

        const auto after = snapshotImage(wim, 1);
        QVERIFY(!after.isEmpty());
        QSet<QString> expectedPaths(before.keyBegin(), before.keyEnd());
        expectedPaths.remove(u"/Users/Default/NTUSER.DAT"_s);
        expectedPaths << u"/NewFolder"_s << u"/NewFolder/added.txt"_s;
        QCOMPARE(QSet<QString>(after.keyBegin(), after.keyEnd()), expectedPaths);
        QCOMPARE(after.value(u"/NewFolder/added.txt"_s).sha1, sha1Hex("added by the test\n"));
        QCOMPARE(after.value(u"/Windows/win.ini"_s).sha1, sha1Hex("[changed]\r\n"));
        // Untouched files keep every piece of metadata (attributes, times, security, streams, data).
        for (const QString &rel : files) {
            const QString p = QLatin1Char('/') + rel;
            if (p == QLatin1String("/Windows/win.ini") || p == QLatin1String("/Users/Default/NTUSER.DAT"))
                continue;
            QVERIFY2(after.value(p) == before.value(p), qPrintable(p + u": "_s + before.value(p).describe() + u" -> "_s
                                                               + after.value(p).describe()));
        }
        // The other index is untouched.
        QCOMPARE(snapshotImage(wim, 2), before2);
        QCOMPARE(wimImageCount(wim), 2);
        QCOMPARE(verifyWim(wim), QString());

        DismountImageOperation dismount(dir, false);
        QVERIFY(run(dismount).succeeded());
        QVERIFY(!isMountPoint(dir));
        QCOMPARE(registeredCount(), 0);
        // The helper removes its staging folder as it exits, which the dismount does not wait for.
        QVERIFY(waitUntil([&] { return !MountSystem::isProcessAlive(save.record().helperPid); }));
        QVERIFY(!QFileInfo::exists(save.record().stagingDir));
        QCOMPARE(snapshotImage(wim, 1), after);
        // Every step is in the DISM log.
        const QByteArray log = readAll(m_tmp.filePath(u"dism.log"_s));
        QVERIFY(log.contains(QByteArray(QByteArray("Decision: Committing ") + dir.toUtf8())));
        QVERIFY(log.contains("Mount helper: mounting index 1"));
        QVERIFY(log.contains(QByteArray(QByteArray("Unmounted ") + dir.toUtf8())));
    }

    void securityDescriptorsSurviveSave()
    {
        const QString fixtures = sharedFixturesDir();
        if (fixtures.isEmpty() || !QFileInfo::exists(fixtures + u"/wim/empty_dacl.wim"_s))
            QSKIP("../shared/fixtures/wim/empty_dacl.wim is absent");
        const QString wim = m_tmp.filePath(u"empty_dacl.wim"_s);
        QVERIFY(QFile::copy(fixtures + u"/wim/empty_dacl.wim"_s, wim));
        QFile::setPermissions(wim, QFile::ReadOwner | QFile::WriteOwner);
        const auto before = snapshotImage(wim, 1);
        int withSd = 0;
        for (const EntrySnapshot &e : before)
            withSd += e.securityDescriptor.isEmpty() ? 0 : 1;
        QVERIFY2(withSd > 0, "the fixture carries security descriptors");
        const QString dir = newMountDir();
        QVERIFY(mount(wim, dir));
        QVERIFY(writeFile(dir, u"new.txt"_s, "x"));
        DismountImageOperation dismount(dir, true);
        const OperationOutcome o = run(dismount);
        QVERIFY2(o.succeeded(), qPrintable(errorMessage(o)));
        const auto after = snapshotImage(wim, 1);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.key() == QLatin1String("/"))
                continue; // the root's times change: a file was added to it
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key() + u": "_s + it.value().describe() + u" -> "_s
                                                                   + after.value(it.key()).describe()));
        }
        QCOMPARE(after.value(u"/"_s).securityDescriptor, before.value(u"/"_s).securityDescriptor);
        QCOMPARE(after.value(u"/"_s).attributes, before.value(u"/"_s).attributes);
        QCOMPARE(after.value(u"/new.txt"_s).sha1, sha1Hex("x"));
        QCOMPARE(verifyWim(wim), QString());
    }

    void appendAddsAnIndexAndKeepsTheOld()
    {
        const QString wim = buildWim();
        const auto before1 = snapshotImage(wim, 1);
        const QString dir = newMountDir();
        QVERIFY(mount(wim, dir));
        QVERIFY(writeFile(dir, u"appended.txt"_s, "appended"));
        // A name another image has is refused before anything is written.
        SaveImageOperation taken(dir, true, true);
        taken.setNewImageInfo(u"home"_s, {});
        const OperationOutcome refused = run(taken);
        QVERIFY(refused.failed());
        QCOMPARE(refused.error->code, u"save.name-in-use"_s);
        QCOMPARE(wimImageCount(wim), 2);
        SaveImageOperation save(dir, true, true);
        save.setNewImageInfo(u"Pro (changed)"_s, u"with appended.txt"_s);
        const OperationOutcome o = run(save);
        QVERIFY2(o.succeeded(), qPrintable(errorMessage(o)));
        QCOMPARE(save.savedIndex(), 3);
        QCOMPARE(save.record().imageName, u"Pro (changed)"_s);
        {
            auto saved = WimFile::open(wim);
            QVERIFY(saved);
            QCOMPARE(saved->imageInfo(3).name, u"Pro (changed)"_s);
            QCOMPARE(saved->imageInfo(3).description.value_or(QString()), u"with appended.txt"_s);
        }
        QCOMPARE(save.record().index, 3);
        QCOMPARE(wimImageCount(wim), 3);
        QCOMPARE(snapshotImage(wim, 1), before1);
        QCOMPARE(snapshotImage(wim, 3).value(u"/appended.txt"_s).sha1, sha1Hex("appended"));
        // -CheckIntegrity wrote an integrity table.
        WIMStruct *w = nullptr;
        QCOMPARE(wimlib_open_wim(wim.toUtf8().constData(), WIMLIB_OPEN_FLAG_CHECK_INTEGRITY, &w), 0);
        wimlib_wim_info info{};
        wimlib_get_wim_info(w, &info);
        wimlib_free(w);
        QVERIFY(info.has_integrity_table);
        // Dismount -Save -Append appends once more from the now mounted index 3.
        QVERIFY(writeFile(dir, u"second.txt"_s, "2"));
        DismountImageOperation dismount(dir, true, true);
        QVERIFY(run(dismount).succeeded());
        QCOMPARE(dismount.savedIndex(), 4);
        QCOMPARE(wimImageCount(wim), 4);
        QVERIFY(!snapshotImage(wim, 3).contains(u"/second.txt"_s));
        QVERIFY(snapshotImage(wim, 4).contains(u"/second.txt"_s));
        QCOMPARE(verifyWim(wim), QString());
    }

    void supportEaKeepsUnixData()
    {
        const QString wim = buildWim();
        const QString dir = newMountDir();
        QVERIFY(mount(wim, dir));
        const QString file = dir + u"/Windows/win.ini"_s;
        // Without UNIX data the mount refuses mode changes; named streams (user.* xattrs) always work.
        QVERIFY(!QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(::setxattr(QFile::encodeName(file).constData(), "user.Zone.Identifier", "[ZoneTransfer]", 14, 0), 0);
        SaveImageOperation save(dir, false, false, true);
        const OperationOutcome o = run(save);
        QVERIFY2(o.succeeded(), qPrintable(errorMessage(o)));
        QVERIFY(save.record().supportEa);
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        DismountImageOperation dismount(dir, true);
        QVERIFY(run(dismount).succeeded());
        const EntrySnapshot e = snapshotImage(wim, 1).value(u"/Windows/win.ini"_s);
        QCOMPARE(e.unixMode & 07777, 0640u);
        QCOMPARE(e.namedStreams.value(u"Zone.Identifier"_s), sha1Hex("[ZoneTransfer]"));
    }

    void discardLeavesTheFileByteIdentical()
    {
        const QString wim = buildWim();
        const QByteArray hash = fileSha1(wim);
        const QString dir = newMountDir();
        const auto rec = mount(wim, dir);
        QVERIFY(rec);
        QVERIFY(writeFile(dir, u"Windows/win.ini"_s, "changed"));
        QVERIFY(QFile::remove(dir + u"/Windows/System32/ntoskrnl.exe"_s));
        DismountImageOperation dismount(dir, false);
        QVERIFY(run(dismount).succeeded());
        QCOMPARE(fileSha1(wim), hash);
        QVERIFY(!isMountPoint(dir));
        QVERIFY(waitUntil([&] { return !MountSystem::isProcessAlive(rec->helperPid); }));
        QVERIFY(!QFileInfo::exists(rec->stagingDir)); // removed by the helper as it exits
    }

    void readOnlyMountRefusesWrites()
    {
        const QString wim = buildWim();
        const QByteArray hash = fileSha1(wim);
        const QString dir = newMountDir();
        const auto rec = mount(wim, dir, 2, false);
        QVERIFY(rec);
        QVERIFY(!rec->readWrite);
        QVERIFY(rec->stagingDir.isEmpty());
        QCOMPARE(readAll(dir + u"/Windows/System32/drivers/etc/hosts"_s), QByteArray("127.0.0.1 localhost\r\n"));
        QFile f(dir + u"/new.txt"_s);
        QVERIFY(!f.open(QIODevice::WriteOnly));
        QVERIFY(!QFile::remove(dir + u"/Windows/win.ini"_s));

        SaveImageOperation save(dir, false, false);
        OperationOutcome o = run(save);
        QCOMPARE(errorCode(o), u"mount.read-only"_s);
        DismountImageOperation commit(dir, true);
        o = run(commit);
        QCOMPARE(errorCode(o), u"mount.read-only"_s);
        QCOMPARE(statusOf(dir), MountStatus::Ok);
        // Two read-only mounts of one file are fine; a read-write one is refused while it is mounted.
        const QString dir2 = newMountDir();
        QVERIFY(mount(wim, dir2, 1, false));
        MountRequest rw;
        rw.imageFile = wim;
        rw.index = 1;
        rw.mountDir = newMountDir();
        MountImageOperation rwOp(rw);
        QCOMPARE(errorCode(run(rwOp)), u"mount.image-in-use"_s);
        for (const QString &d : {dir, dir2}) {
            DismountImageOperation discard(d, false);
            QVERIFY(run(discard).succeeded());
        }
        QCOMPARE(fileSha1(wim), hash);
    }

    void killedHelperNeedsRemountAndRemountRestores()
    {
        const QString wim = buildWim();
        const QString dir = newMountDir();
        const auto rec = mount(wim, dir);
        QVERIFY(rec);
        QVERIFY(writeFile(dir, u"lost.txt"_s, "not saved"));
        QCOMPARE(::kill(pid_t(rec->helperPid), SIGKILL), 0);
        QVERIFY(waitUntil([&] { return !MountSystem::isProcessAlive(rec->helperPid); }));
        QCOMPARE(statusOf(dir), MountStatus::NeedsRemount);
        // Saving is refused with a way out; the registry keeps the entry.
        DismountImageOperation commit(dir, true);
        const OperationOutcome refused = run(commit);
        QCOMPARE(errorCode(refused), u"mount.not-served"_s);
        QCOMPARE(refused.error->remedy.kind, Remedy::Kind::RemountOrDiscard);
        QCOMPARE(refused.error->remedy.args, QStringList{dir});

        RemountImageOperation remount(dir);
        const OperationOutcome o = run(remount);
        QVERIFY2(o.succeeded(), qPrintable(errorMessage(o)));
        QVERIFY(!remount.wasServed());
        QCOMPARE(statusOf(dir), MountStatus::Ok);
        QVERIFY(remount.record().helperPid != rec->helperPid);
        QVERIFY(!QFileInfo::exists(rec->stagingDir));
        QCOMPARE(readAll(dir + u"/Windows/System32/drivers/etc/hosts"_s), QByteArray("127.0.0.1 localhost\r\n"));
        QVERIFY(!QFileInfo::exists(dir + u"/lost.txt"_s));
        // Remounting a served mount does nothing.
        RemountImageOperation again(dir);
        QVERIFY(run(again).succeeded());
        QVERIFY(again.wasServed());
        // And it can be changed and saved as usual.
        QVERIFY(writeFile(dir, u"kept.txt"_s, "kept"));
        DismountImageOperation save(dir, true);
        QVERIFY(run(save).succeeded());
        QCOMPARE(snapshotImage(wim, 1).value(u"/kept.txt"_s).sha1, sha1Hex("kept"));
    }

    void stoppedHelperNeedsRemount()
    {
        const QString wim = buildWim();
        const QString dir = newMountDir();
        const auto rec = mount(wim, dir);
        QVERIFY(rec);
        QCOMPARE(::kill(pid_t(rec->helperPid), SIGSTOP), 0);
        QVERIFY(waitUntil([&] { return MountSystem::isProcessStopped(rec->helperPid); }));
        // Listing must not hang on the frozen FUSE server.
        QCOMPARE(statusOf(dir), MountStatus::NeedsRemount);
        RemountImageOperation remount(dir);
        const OperationOutcome o = run(remount);
        QVERIFY2(o.succeeded(), qPrintable(errorMessage(o)));
        QVERIFY(waitUntil([&] { return !MountSystem::isProcessAlive(rec->helperPid); }));
        QCOMPARE(statusOf(dir), MountStatus::Ok);
        QCOMPARE(readAll(dir + u"/Windows/win.ini"_s).left(1), QByteArray(";"));
        DismountImageOperation discard(dir, false);
        QVERIFY(run(discard).succeeded());
    }

    void removedImageIsInvalidAndCleanupClearsEverything()
    {
        const QString wim = buildWim();
        const QString dir = newMountDir();
        const auto rec = mount(wim, dir);
        QVERIFY(rec);
        // A second mount whose helper dies: NeedsRemount, also cleaned.
        const QString wim2 = buildWim();
        const QString dir2 = newMountDir();
        const auto rec2 = mount(wim2, dir2);
        QVERIFY(rec2);
        // A third one stays served and must be kept.
        const QString wim3 = buildWim();
        const QString dir3 = newMountDir();
        QVERIFY(mount(wim3, dir3, 1, false));
        // An orphaned staging folder from some earlier crash.
        const QString orphan = m_scratch + u"/wimbench-mount-00112233deadbeef"_s;
        QVERIFY(QDir().mkpath(orphan + u"/image.wim.stagingXYZ"_s));
        QVERIFY(writeFile(orphan, u"owner.json"_s, R"({"helperPid": 999999, "starterPid": 999998, "mountDir": "/nowhere"})"));

        // A dead mount whose registry entry was lost.
        const QString wim4 = buildWim();
        const QString dir4 = newMountDir();
        const auto rec4 = mount(wim4, dir4);
        QVERIFY(rec4);
        ::kill(pid_t(rec4->helperPid), SIGKILL);
        QVERIFY(waitUntil([&] { return MountSystem::isStaleEndpoint(dir4); }));
        QVERIFY(MountRegistry().remove(dir4).ok());

        QVERIFY(QFile::remove(wim));
        QCOMPARE(statusOf(dir), MountStatus::Invalid);
        ::kill(pid_t(rec2->helperPid), SIGKILL);
        QVERIFY(waitUntil([&] { return !MountSystem::isProcessAlive(rec2->helperPid); }));
        QCOMPARE(statusOf(dir2), MountStatus::NeedsRemount);
        QCOMPARE(statusOf(dir3), MountStatus::Ok);

        RemountImageOperation remount(dir);
        QCOMPARE(errorCode(run(remount)), u"mount.invalid"_s);

        CleanupMountpointsOperation cleanup;
        const OperationOutcome o = run(cleanup);
        QVERIFY2(o.succeeded(), qPrintable(errorMessage(o)));
        QCOMPARE(cleanup.report().registryEntries, 2);
        QVERIFY(cleanup.report().endpoints >= 2); // the dead helpers' stale endpoints, registered or not (more if parallel tests left some)
        QVERIFY(!isMountPoint(dir4));
        QVERIFY(!QFileInfo::exists(rec4->stagingDir)); // orphaned: its helper is gone and no registry names it
        QVERIFY(!isMountPoint(dir));
        QVERIFY(!isMountPoint(dir2));
        QVERIFY(isMountPoint(dir3));
        QVERIFY(!QFileInfo::exists(rec->stagingDir));
        QVERIFY(!QFileInfo::exists(rec2->stagingDir));
        QVERIFY(!QFileInfo::exists(orphan));
        QVERIFY(waitUntil([&] { return !MountSystem::isProcessAlive(rec->helperPid); }));
        QCOMPARE(registeredCount(), 1);
        QCOMPARE(statusOf(dir3), MountStatus::Ok);
        DismountImageOperation discard(dir3, false);
        QVERIFY(run(discard).succeeded());
        QCOMPARE(registeredCount(), 0);
    }

    void busyMountRefusesAndNamesTheProcess()
    {
        const QString wim = buildWim();
        const QByteArray hash = fileSha1(wim);
        const QString dir = newMountDir();
        QVERIFY(mount(wim, dir));
        QVERIFY(writeFile(dir, u"pending.txt"_s, "pending"));
        QProcess sleeper;
        sleeper.setWorkingDirectory(dir + u"/Windows"_s);
        sleeper.start(u"sleep"_s, {u"60"_s});
        QVERIFY(sleeper.waitForStarted());
        for (bool commit : {true, false}) {
            DismountImageOperation dismount(dir, commit);
            const OperationOutcome o = run(dismount);
            QCOMPARE(errorCode(o), u"mount.busy"_s);
            QVERIFY2(errorMessage(o).contains(u"%1 (sleep: working directory)"_s.arg(sleeper.processId())), qPrintable(errorMessage(o)));
        }
        SaveImageOperation save(dir, false, false);
        QCOMPARE(errorCode(run(save)), u"mount.busy"_s);
        // Nothing lost, still served, file untouched.
        QCOMPARE(statusOf(dir), MountStatus::Ok);
        QCOMPARE(readAll(dir + u"/pending.txt"_s), QByteArray("pending"));
        QCOMPARE(fileSha1(wim), hash);
        sleeper.kill();
        sleeper.waitForFinished();

        // An open file in this very process.
        QFile open(dir + u"/pending.txt"_s);
        QVERIFY(open.open(QIODevice::ReadOnly));
        DismountImageOperation blocked(dir, true);
        const OperationOutcome o = run(blocked);
        QCOMPARE(errorCode(o), u"mount.busy"_s);
        QVERIFY2(errorMessage(o).contains(u"%1 ("_s.arg(QCoreApplication::applicationPid())), qPrintable(errorMessage(o)));
        QVERIFY(errorMessage(o).contains(u"open file "_s + dir + u"/pending.txt"_s));
        open.close();
        const QByteArray log = readAll(m_tmp.filePath(u"dism.log"_s));
        QVERIFY(log.contains(QByteArray(QByteArray("Decision: Not unmounting ") + dir.toUtf8() + QByteArray(": it is in use by"))));

        DismountImageOperation dismount(dir, true);
        QVERIFY(run(dismount).succeeded());
        QCOMPARE(snapshotImage(wim, 1).value(u"/pending.txt"_s).sha1, sha1Hex("pending"));
    }

    void concurrentMountsOfOneFolder()
    {
        const QString wimA = buildWim();
        const QString wimB = buildWim();
        const QString dir = newMountDir();
        Engine engine(EngineSettings{m_scratch, m_tmp.filePath(u"dism.log"_s), LogLevel::Debug});
        QList<OperationHandle *> handles;
        for (const QString &w : {wimA, wimB}) {
            MountRequest r;
            r.imageFile = w;
            r.index = 1;
            r.mountDir = dir;
            r.readWrite = false;
            handles << engine.start(std::make_shared<MountImageOperation>(r));
            handles.last()->setAutoDelete(false); // polled below until both have finished
        }
        QVERIFY(waitUntil([&] { return handles[0]->isFinished() && handles[1]->isFinished(); }, 60000));
        const int succeeded = int(handles[0]->outcome().succeeded()) + int(handles[1]->outcome().succeeded());
        QCOMPARE(succeeded, 1);
        const OperationOutcome &loser = handles[0]->outcome().succeeded() ? handles[1]->outcome() : handles[0]->outcome();
        QCOMPARE(errorCode(loser), u"mount.already-mounted"_s);
        QCOMPARE(registeredCount(), 1);
        DismountImageOperation discard(dir, false);
        QVERIFY(run(discard).succeeded());
        QVERIFY(!isMountPoint(dir));
    }

    void refusals()
    {
        const QString wim = buildWim();
        auto tryMount = [&](const QString &dir, std::optional<int> index, bool rw, const QString &image = {}) {
            MountRequest r;
            r.imageFile = image.isEmpty() ? wim : image;
            r.index = index;
            r.mountDir = dir;
            r.readWrite = rw;
            MountImageOperation op(r);
            const OperationOutcome o = run(op);
            return std::make_pair(errorCode(o), errorMessage(o));
        };
        // Non-empty folder.
        const QString full = newMountDir();
        QVERIFY(writeFile(full, u"x.txt"_s, "x"));
        auto r = tryMount(full, 1, true);
        QCOMPARE(r.first, u"mount.dir-not-empty"_s);
        QVERIFY(r.second.contains(full));
        // Missing folder.
        QCOMPARE(tryMount(m_tmp.filePath(u"missing"_s), 1, true).first, u"mount.dir-missing"_s);
        // Symlink.
        const QString target = newMountDir();
        const QString link = m_tmp.filePath(u"link"_s);
        QVERIFY(QFile::link(target, link));
        QCOMPARE(tryMount(link, 1, true).first, u"mount.dir-symlink"_s);
        // Index that does not exist.
        r = tryMount(newMountDir(), 7, true);
        QCOMPARE(r.first, u"wim.no-such-index"_s);
        QVERIFY2(r.second.contains(u"7"_s), qPrintable(r.second));
        QCOMPARE(QDir(m_scratch).entryList({u"wimbench-mount-*"_s}, QDir::Dirs).size(), 0); // no staging left behind
        // Already mounted folder.
        const QString dir = newMountDir();
        QVERIFY(mount(wim, dir, 1, false));
        QCOMPARE(tryMount(dir, 2, false).first, u"mount.already-mounted"_s);
        // A folder some other file system is mounted on.
        // Split set read-write.
        const QString split = m_tmp.filePath(u"split.swm"_s);
        {
            WIMStruct *w = nullptr;
            QCOMPARE(wimlib_open_wim(wim.toUtf8().constData(), 0, &w), 0);
            QCOMPARE(wimlib_split(w, split.toUtf8().constData(), 8192, 0), 0);
            wimlib_free(w);
        }
        r = tryMount(newMountDir(), 1, true, split);
        QCOMPARE(r.first, u"mount.split-read-write"_s);
        QVERIFY(r.second.contains(u"can only be mounted read-only"_s)); // the remedy (MountSplitReadOnly) is the front end's to spell
        // Read-only mount of the split set works and reads across parts.
        const QString splitDir = newMountDir();
        MountRequest sr;
        sr.imageFile = split;
        sr.index = 2;
        sr.mountDir = splitDir;
        sr.readWrite = false;
        MountImageOperation splitOp(sr);
        const OperationOutcome so = run(splitOp);
        QVERIFY2(so.succeeded(), qPrintable(errorMessage(so)));
        QCOMPARE(readAll(splitDir + u"/Windows/System32/config/SOFTWARE"_s), treeSoftwareHive());
        // Not mounted.
        DismountImageOperation nothing(newMountDir(), false);
        QCOMPARE(errorCode(run(nothing)), u"mount.not-mounted"_s);
        for (const QString &d : {dir, splitDir}) {
            DismountImageOperation discard(d, false);
            QVERIFY(run(discard).succeeded());
        }
    }

    void interruptedSaveLeavesAReadableWim_data()
    {
        QTest::addColumn<int>("delayMs");
        QTest::newRow("immediately") << 0;
        QTest::newRow("80 ms") << 80;
        QTest::newRow("300 ms") << 300;
        QTest::newRow("900 ms") << 900;
        QTest::newRow("while data is being appended") << -1;
    }

    void interruptedSaveLeavesAReadableWim()
    {
        QFETCH(int, delayMs);
        const QString wim = buildWim();
        const auto before = snapshotImage(wim, 1);
        const QString dir = newMountDir();
        const auto rec = mount(wim, dir);
        QVERIFY(rec);
        // Incompressible data so that the commit takes a while.
        QByteArray payload(24 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(42 + delayMs);
        gen.fillRange(reinterpret_cast<quint32 *>(payload.data()), payload.size() / 4);
        QVERIFY(writeFile(dir, u"payload.bin"_s, payload));
        QVERIFY(writeFile(dir, u"Windows/win.ini"_s, "new content"));

        // The save runs in the engine; the helper is killed while it commits.
        Engine engine(EngineSettings{m_scratch, m_tmp.filePath(u"dism.log"_s), LogLevel::Debug});
        auto save = std::make_shared<SaveImageOperation>(dir, false, false);
        const qint64 sizeBefore = QFileInfo(wim).size();
        OperationHandle *handle = engine.start(save);
        handle->setAutoDelete(false); // polled and read after it has finished
        if (delayMs >= 0) {
            QThread::msleep(delayMs);
        } else {
            // Kill only once the commit has started to append to the file.
            QVERIFY(waitUntil([&] { return QFileInfo(wim).size() > sizeBefore + 1024 * 1024; }, 60000));
            qInfo() << "file grew from" << sizeBefore << "to" << QFileInfo(wim).size() << "bytes before the kill";
        }
        ::kill(pid_t(rec->helperPid), SIGKILL);
        QVERIFY(waitUntil([&] { return handle->isFinished(); }, 120000));
        QVERIFY(waitUntil([&] { return !MountSystem::isProcessAlive(rec->helperPid); }));

        QCOMPARE(verifyWim(wim), QString());
        const auto after = snapshotImage(wim, 1);
        const bool old = after == before;
        const bool updated = after.value(u"/payload.bin"_s).sha1 == sha1Hex(payload)
            && after.value(u"/Windows/win.ini"_s).sha1 == sha1Hex("new content");
        QVERIFY2(old || updated, "the WIM holds either the old or the new content");
        qInfo() << "killed after" << delayMs << "ms:" << (old ? "old content" : "new content") << "save"
                << operationStateName(handle->outcome().state);
        CleanupMountpointsOperation cleanup;
        QVERIFY(run(cleanup).succeeded());
        // Cleanup leaves a served remount alone: dismount that one too.
        if (registeredCount() > 0) {
            DismountImageOperation discard(dir, false);
            QVERIFY(run(discard).succeeded());
        }
        QCOMPARE(registeredCount(), 0);
        QVERIFY(!isMountPoint(dir));
    }

    // A save killed while wimlib's unmount runs leaves its message queue /wimfs-<random>
    // (engine/mount/README.md): Cleanup removes those idle for a minute and keeps a fresh one,
    // which may belong to a save that is running.
    void cleanupRemovesQueuesOfKilledSaves()
    {
        const QString listing = UnmountQueues::listingDir();
        if (listing.isEmpty())
            QSKIP("no mqueue file system is mounted here, so message queues cannot be listed");
        const QString stem = u"wimfs-wbtest%1"_s.arg(QCoreApplication::applicationPid());
        const QByteArray stale = QFile::encodeName(u"/"_s + stem + u"stale"_s);
        const QByteArray fresh = QFile::encodeName(u"/"_s + stem + u"fresh"_s);
        for (const QByteArray &name : {stale, fresh}) {
            const mqd_t q = ::mq_open(name.constData(), O_RDWR | O_CREAT | O_EXCL, 0600, nullptr);
            QVERIFY2(q != mqd_t(-1), qPrintable(qt_error_string(errno)));
            ::mq_close(q);
        }
        const auto unlinkBoth = qScopeGuard([&] {
            ::mq_unlink(stale.constData());
            ::mq_unlink(fresh.constData());
        });
        // Last used two minutes ago, as a queue whose save was killed then.
        const struct timespec times[2] = {{::time(nullptr) - 120, 0}, {::time(nullptr) - 120, 0}};
        QCOMPARE(::utimensat(AT_FDCWD, QByteArray(QFile::encodeName(listing) + stale).constData(), times, 0), 0);
        QVERIFY(UnmountQueues::names().contains(QString::fromLatin1(stale.mid(1))));

        CleanupMountpointsOperation cleanup;
        QVERIFY(run(cleanup).succeeded());
        QVERIFY(cleanup.report().messageQueues >= 1); // more if other tests left some
        const QStringList left = UnmountQueues::names();
        QVERIFY(!left.contains(QString::fromLatin1(stale.mid(1))));
        QVERIFY(left.contains(QString::fromLatin1(fresh.mid(1))));
    }

    void cancelDuringSaveNeverDamages()
    {
        const QString wim = buildWim();
        const auto before = snapshotImage(wim, 1);
        const QString dir = newMountDir();
        QVERIFY(mount(wim, dir));
        QByteArray payload(24 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator(11).fillRange(reinterpret_cast<quint32 *>(payload.data()), payload.size() / 4);
        QVERIFY(writeFile(dir, u"payload.bin"_s, payload));
        Engine engine(EngineSettings{m_scratch, m_tmp.filePath(u"dism.log"_s), LogLevel::Debug});
        auto save = std::make_shared<SaveImageOperation>(dir, false, false);
        const qint64 sizeBefore = QFileInfo(wim).size();
        OperationHandle *handle = engine.start(save);
        handle->setAutoDelete(false); // polled and read after it has finished
        QVERIFY(waitUntil([&] { return QFileInfo(wim).size() > sizeBefore + 512 * 1024 || handle->isFinished(); }, 60000));
        handle->cancel();
        QVERIFY(waitUntil([&] { return handle->isFinished(); }, 120000));
        qInfo() << "cancelled save ended as" << operationStateName(handle->outcome().state)
                << (handle->outcome().error ? handle->outcome().error->oneLine() : QString());
        QCOMPARE(verifyWim(wim), QString());
        const auto after = snapshotImage(wim, 1);
        if (handle->outcome().cancelled()) {
            QCOMPARE(after, before);
            // Nothing was lost: the mount is still served with the unsaved file.
            QCOMPARE(statusOf(dir), MountStatus::Ok);
            QCOMPARE(fileSha1(dir + u"/payload.bin"_s), sha1Hex(payload));
        } else {
            QVERIFY(handle->outcome().succeeded()); // finished before the cancel arrived
            QCOMPARE(after.value(u"/payload.bin"_s).sha1, sha1Hex(payload));
        }
        DismountImageOperation discard(dir, false);
        const OperationOutcome o = run(discard);
        QVERIFY2(o.succeeded(), qPrintable(errorMessage(o)));
        QCOMPARE(registeredCount(), 0);
    }

    void killedCommandLeavesAReadableWim()
    {
        const QString wim = buildWim();
        const auto before = snapshotImage(wim, 1);
        const QString dir = newMountDir();
        QVERIFY(mount(wim, dir));
        QByteArray payload(16 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(payload.data()), payload.size() / 4);
        QVERIFY(writeFile(dir, u"payload.bin"_s, payload));
        QProcess cli;
        cli.start(qEnvironmentVariable("WIMBENCH_CLI"),
                  {u"/Commit-Image"_s, u"/MountDir:"_s + dir, u"/ScratchDir:"_s + m_scratch});
        QVERIFY(cli.waitForStarted());
        QThread::msleep(150);
        ::kill(pid_t(cli.processId()), SIGKILL);
        cli.waitForFinished();
        // The helper finishes (or not) on its own; wait until the mount settles.
        QThread::msleep(500);
        QVERIFY(waitUntil([&] { return verifyWim(wim).isEmpty(); }, 60000));
        const auto after = snapshotImage(wim, 1);
        QVERIFY(after == before || after.value(u"/payload.bin"_s).sha1 == sha1Hex(payload));
        CleanupMountpointsOperation cleanup;
        QVERIFY(run(cleanup).succeeded());
        if (registeredCount() > 0) {
            DismountImageOperation discard(dir, false);
            const OperationOutcome o = run(discard);
            QVERIFY2(o.succeeded(), qPrintable(errorMessage(o)));
        }
        QCOMPARE(registeredCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMount)
#include "tst_mount.moc"
