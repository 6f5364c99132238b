// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wb::FileLock, the engine's one advisory lock: shared against exclusive across two open file
// descriptions (in this process and in a child process), refusal without waiting, a wait that a
// signal interrupts is resumed, byte ranges of OFD locks are independent, moving leaves the source
// empty, and destruction unlocks (also a lock taken on a descriptor the caller keeps open).
#include "core/FileLock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <thread>

#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {
using Kind = FileLock::Kind;
using Mode = FileLock::Mode;
using Wait = FileLock::Wait;

FileLock::Options options(Kind kind, Mode mode, Wait wait)
{
    FileLock::Options o;
    o.kind = kind;
    o.mode = mode;
    o.wait = wait;
    if (kind == Kind::OfdRange)
        o.length = 1;
    return o;
}

std::atomic_int g_interruptions{0};
extern "C" void countInterruption(int)
{
    g_interruptions.fetch_add(1);
}
} // namespace

class TestFileLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sharedAndExclusive_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<Mode>("held");
        QTest::addColumn<Mode>("wanted");
        QTest::addColumn<bool>("granted");
        for (const auto &[kind, name] : {std::pair{Kind::Flock, "flock"}, std::pair{Kind::OfdRange, "ofd"}}) {
            QTest::addRow("%s-shared-shared", name) << kind << Mode::Shared << Mode::Shared << true;
            QTest::addRow("%s-shared-exclusive", name) << kind << Mode::Shared << Mode::Exclusive << false;
            QTest::addRow("%s-exclusive-shared", name) << kind << Mode::Exclusive << Mode::Shared << false;
            QTest::addRow("%s-exclusive-exclusive", name) << kind << Mode::Exclusive << Mode::Exclusive << false;
        }
    }

    void sharedAndExclusive()
    {
        QFETCH(Kind, kind);
        QFETCH(Mode, held);
        QFETCH(Mode, wanted);
        QFETCH(bool, granted);
        const QString path = file(QString::fromLatin1(QTest::currentDataTag()));
        auto first = FileLock::acquire(path, options(kind, held, Wait::DontWait));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().oneLine()));
        // A second open file description in this process: both kinds conflict as across processes.
        auto second = FileLock::acquire(path, options(kind, wanted, Wait::DontWait));
        QCOMPARE(second.ok(), granted);
        if (!granted) {
            QCOMPARE(second.error().code, u"file.lock-busy"_s);
            QVERIFY(FileLock::isBusy(second.error()));
            QVERIFY2(second.error().detail.startsWith(u"errno "_s), qPrintable(second.error().detail));
            QVERIFY(second.error().message.contains(path));
        }
    }

    void childProcessHolder_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::newRow("flock") << Kind::Flock;
        QTest::newRow("ofd") << Kind::OfdRange;
    }

    void childProcessHolder()
    {
        QFETCH(Kind, kind);
        const QString path = file(u"child-"_s + QString::fromLatin1(QTest::currentDataTag()));
        int ready[2];
        int done[2];
        QVERIFY(::pipe(ready) == 0 && ::pipe(done) == 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            auto held = FileLock::acquire(path, options(kind, Mode::Exclusive, Wait::Block));
            const char byte = held.ok() ? 'y' : 'n';
            (void)!::write(ready[1], &byte, 1);
            char wait;
            (void)!::read(done[0], &wait, 1);
            ::_exit(0);
        }
        char byte = 0;
        QCOMPARE(::read(ready[0], &byte, 1), ssize_t(1));
        QCOMPARE(byte, 'y');
        const auto refused = FileLock::acquire(path, options(kind, Mode::Shared, Wait::DontWait));
        QVERIFY(!refused.ok());
        QVERIFY(FileLock::isBusy(refused.error()));
        QCOMPARE(::write(done[1], "x", 1), ssize_t(1));
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        for (int fd : {ready[0], ready[1], done[0], done[1]})
            ::close(fd);
        QVERIFY(FileLock::acquire(path, options(kind, Mode::Exclusive, Wait::DontWait)).ok());
    }

    void ofdRangesAreIndependent()
    {
        const QString path = file(u"ranges"_s);
        auto byte0 = FileLock::acquire(path, options(Kind::OfdRange, Mode::Exclusive, Wait::DontWait));
        FileLock::Options second = options(Kind::OfdRange, Mode::Exclusive, Wait::DontWait);
        second.start = 1;
        auto byte1 = FileLock::acquire(path, second);
        QVERIFY(byte0.ok());
        QVERIFY(byte1.ok());
        QVERIFY(!FileLock::acquire(path, options(Kind::OfdRange, Mode::Shared, Wait::DontWait)).ok());
        // flock is another kind of lock: it does not see the OFD locks (wimlib's flock does not conflict).
        QVERIFY(FileLock::acquire(path, options(Kind::Flock, Mode::Exclusive, Wait::DontWait)).ok());
    }

    void blockingWaitResumesAfterSignal_data() { childProcessHolder_data(); }

    void blockingWaitResumesAfterSignal()
    {
        QFETCH(Kind, kind);
        const QString path = file(u"eintr-"_s + QString::fromLatin1(QTest::currentDataTag()));
        auto holder = FileLock::acquire(path, options(kind, Mode::Exclusive, Wait::DontWait));
        QVERIFY(holder.ok());
        struct sigaction action = {};
        struct sigaction previous = {};
        action.sa_handler = countInterruption; // no SA_RESTART: the waiting call fails with EINTR
        QVERIFY(::sigaction(SIGUSR1, &action, &previous) == 0);
        g_interruptions = 0;
        const pthread_t waiter = ::pthread_self();
        std::thread releaser([&holder, waiter] {
            std::this_thread::sleep_for(std::chrono::milliseconds(150));
            ::pthread_kill(waiter, SIGUSR1);
            std::this_thread::sleep_for(std::chrono::milliseconds(150));
            ::pthread_kill(waiter, SIGUSR1);
            std::this_thread::sleep_for(std::chrono::milliseconds(150));
            holder->release();
        });
        auto waited = FileLock::acquire(path, options(kind, Mode::Exclusive, Wait::Block));
        releaser.join();
        ::sigaction(SIGUSR1, &previous, nullptr);
        QVERIFY2(waited.ok(), qPrintable(waited.ok() ? QString() : waited.error().oneLine()));
        QCOMPARE(g_interruptions.load(), 2);
        QVERIFY(!holder->isLocked());
    }

    void moveLeavesSourceEmpty()
    {
        const QString path = file(u"move"_s);
        auto acquired = FileLock::acquire(path, options(Kind::Flock, Mode::Exclusive, Wait::DontWait));
        QVERIFY(acquired.ok());
        FileLock first = std::move(*acquired);
        QVERIFY(first.isLocked());
        FileLock second(std::move(first));
        QVERIFY(!first.isLocked());
        QCOMPARE(first.fd(), -1);
        QVERIFY(second.isLocked());
        QCOMPARE(second.path(), path);
        first.release(); // releasing an empty lock changes nothing
        QVERIFY(!FileLock::acquire(path, options(Kind::Flock, Mode::Shared, Wait::DontWait)).ok());
        FileLock third;
        third = std::move(second);
        QVERIFY(!second.isLocked());
        QVERIFY(!FileLock::acquire(path, options(Kind::Flock, Mode::Shared, Wait::DontWait)).ok());
        third = FileLock(); // move-assigning releases what was held
        QVERIFY(FileLock::acquire(path, options(Kind::Flock, Mode::Exclusive, Wait::DontWait)).ok());
    }

    void destructionUnlocks()
    {
        const QString path = file(u"scope"_s);
        {
            auto held = FileLock::acquire(path, options(Kind::OfdRange, Mode::Exclusive, Wait::DontWait));
            QVERIFY(held.ok());
            QVERIFY(!FileLock::acquire(path, options(Kind::OfdRange, Mode::Shared, Wait::DontWait)).ok());
        }
        QVERIFY(FileLock::acquire(path, options(Kind::OfdRange, Mode::Exclusive, Wait::DontWait)).ok());
    }

    void lockOnCallersDescriptor()
    {
        // The servicing log's rotation: the lock is taken on the descriptor the sink writes
        // through, and released when the FileLock ends although that descriptor stays open.
        const QString path = file(u"log"_s);
        QFile log(path);
        QVERIFY(log.open(QIODevice::WriteOnly));
        {
            auto held = FileLock::acquireOn(log.handle(), options(Kind::Flock, Mode::Exclusive, Wait::DontWait));
            QVERIFY(held.ok());
            QVERIFY(!FileLock::acquire(path, options(Kind::Flock, Mode::Exclusive, Wait::DontWait)).ok());
        }
        QVERIFY(log.isOpen());
        QCOMPARE(log.write("still open\n"), qint64(11));
        QVERIFY(FileLock::acquire(path, options(Kind::Flock, Mode::Exclusive, Wait::DontWait)).ok());
    }

    void relockChangesMode()
    {
        const QString path = file(u"relock"_s);
        auto mine = FileLock::acquire(path, options(Kind::Flock, Mode::Shared, Wait::DontWait));
        QVERIFY(mine.ok());
        {
            auto reader = FileLock::acquire(path, options(Kind::Flock, Mode::Shared, Wait::DontWait));
            QVERIFY(reader.ok());
            const Status refused = mine->relock(Mode::Exclusive, Wait::DontWait);
            QVERIFY(!refused.ok());
            QVERIFY(FileLock::isBusy(refused.error()));
        }
        QVERIFY(mine->relock(Mode::Exclusive, Wait::DontWait).ok());
        QVERIFY(!FileLock::acquire(path, options(Kind::Flock, Mode::Shared, Wait::DontWait)).ok());
    }

    void unopenableFileIsNamed()
    {
        const QString path = file(u"missing-folder/file.lock"_s);
        const auto failed = FileLock::acquire(path, options(Kind::Flock, Mode::Exclusive, Wait::DontWait));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, u"file.lock-open-failed"_s);
        QVERIFY(failed.error().message.contains(path));
        QVERIFY(failed.error().detail.contains(u"errno 2"_s));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestFileLock)
#include "tst_filelock.moc"
