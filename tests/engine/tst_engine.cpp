// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Operation model and the Engine: progress, cancellation, failure, exceptions, awaiting with QCoro.
#include "core/Operation.h"
#include "servicelog/Log.h"
#include "ops/Engine.h"

#include <QCoro/QCoroTask>

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <stdexcept>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {

/// Counts to `steps`, reporting progress each step, optionally failing, throwing or waiting for cancel.
class CountingOperation : public Operation
{
public:
    enum Mode { Succeed, Fail, Throw, WaitForCancel };
    CountingOperation(int steps, Mode mode) : m_steps(steps), m_mode(mode) {}
    QString name() const override { return u"Count"_s; }
    QString description() const override { return u"Count to %1"_s.arg(m_steps); }
    QList<std::pair<QString, QString>> parameters() const override { return {{u"Steps"_s, QString::number(m_steps)}}; }
    Status run(OperationContext &ctx) override
    {
        m_thread = QThread::currentThread();
        for (int i = 1; i <= m_steps; ++i) {
            if (ctx.isCancelled())
                return Error::cancelled();
            ctx.progress(u"Counting"_s, quint64(i), quint64(m_steps));
            ++m_done;
            QThread::usleep(200);
        }
        if (m_mode == Fail)
            return Error::make(u"test.failed"_s, u"Counting failed at %1"_s.arg(m_steps), u"detail"_s);
        if (m_mode == Throw)
            throw std::runtime_error("boom");
        if (m_mode == WaitForCancel) {
            m_waiting.store(true);
            while (!ctx.isCancelled())
                QThread::msleep(5);
            return Error::cancelled();
        }
        return {};
    }
    int m_steps;
    Mode m_mode;
    int m_done = 0;
    std::atomic_bool m_waiting{false};
    QThread *m_thread = nullptr;
};

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Log::configure(m_dir.filePath(u"dism.log"_s), LogLevel::Debug);
    }

    void succeedsOnAWorkerThreadWithCoalescedProgress()
    {
        Engine engine;
        auto op = std::make_shared<CountingOperation>(2000, CountingOperation::Succeed);
        QList<Progress> reports;
        const OperationOutcome outcome = QCoro::waitFor(engine.run(op, [&](const Progress &p) { reports << p; }));
        QVERIFY(outcome.succeeded());
        QVERIFY(!outcome.error.has_value());
        QCOMPARE(op->m_done, 2000);
        QVERIFY(op->m_thread != QThread::currentThread());
        // 2000 steps in well under a second: coalesced to a handful, first and last always delivered.
        QVERIFY2(reports.size() >= 2 && reports.size() < 100, qPrintable(QString::number(reports.size())));
        QCOMPARE(reports.first().done, quint64(1));
        QCOMPARE(reports.last().done, quint64(2000));
        QCOMPARE(reports.last().total, quint64(2000));
    }

    void failureCarriesTheError()
    {
        Engine engine;
        auto op = std::make_shared<CountingOperation>(3, CountingOperation::Fail);
        const OperationOutcome outcome = QCoro::waitFor(engine.run(op));
        QVERIFY(outcome.failed());
        QCOMPARE(outcome.error->code, u"test.failed"_s);
        QCOMPARE(outcome.error->message, u"Counting failed at 3"_s);
        QCOMPARE(outcome.error->detail, u"detail"_s);
    }

    void exceptionsDoNotCrossTheThread()
    {
        Engine engine;
        auto op = std::make_shared<CountingOperation>(1, CountingOperation::Throw);
        const OperationOutcome outcome = QCoro::waitFor(engine.run(op));
        QVERIFY(outcome.failed());
        QCOMPARE(outcome.error->code, u"internal"_s);
        QCOMPARE(outcome.error->detail, u"boom"_s);
    }

    void cancelIsNotFailure()
    {
        Engine engine;
        auto op = std::make_shared<CountingOperation>(1, CountingOperation::WaitForCancel);
        OperationHandle *handle = engine.start(op);
        handle->setAutoDelete(false); // read after it has finished
        QSignalSpy finished(handle, &OperationHandle::finished);
        QTRY_VERIFY(op->m_waiting.load());
        QCOMPARE(handle->state(), OperationState::Running);
        handle->cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(handle->state(), OperationState::Cancelled);
        QVERIFY(handle->outcome().cancelled());
        QVERIFY(!handle->outcome().error.has_value());
    }

    void guiThreadKeepsTurningWhileWorkRuns()
    {
        Engine engine;
        auto op = std::make_shared<CountingOperation>(1, CountingOperation::WaitForCancel);
        OperationHandle *handle = engine.start(op);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            if (++ticks == 5)
                handle->cancel();
        });
        timer.start(10);
        const OperationOutcome outcome = QCoro::waitFor(handle->waitForFinished());
        QVERIFY(ticks >= 5);
        QVERIFY(outcome.cancelled());
    }

    void severalOperationsRunAtOnce()
    {
        Engine engine;
        auto blocker = std::make_shared<CountingOperation>(1, CountingOperation::WaitForCancel);
        OperationHandle *blocked = engine.start(blocker);
        blocked->setAutoDelete(false); // read after another operation has finished
        QTRY_VERIFY(blocker->m_waiting.load());
        // A second operation completes while the first still runs.
        auto quick = std::make_shared<CountingOperation>(5, CountingOperation::Succeed);
        QVERIFY(QCoro::waitFor(engine.run(quick)).succeeded());
        QCOMPARE(blocked->state(), OperationState::Running);
        QCOMPARE(engine.runningCount(), 1);
        blocked->cancel();
        QVERIFY(QCoro::waitFor(blocked->waitForFinished()).cancelled());
        QCOMPARE(engine.runningCount(), 0);
    }

    void operationsAreLogged()
    {
        Engine engine(EngineSettings{{}, m_dir.filePath(u"ops.log"_s), LogLevel::WarningsInfo});
        QVERIFY(QCoro::waitFor(engine.run(std::make_shared<CountingOperation>(2, CountingOperation::Succeed))).succeeded());
        QVERIFY(QCoro::waitFor(engine.run(std::make_shared<CountingOperation>(2, CountingOperation::Fail))).failed());
        Log::shutdown();
        QFile f(m_dir.filePath(u"ops.log"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString log = QString::fromUtf8(f.readAll());
        QVERIFY(log.contains(u"<----- Starting Count: /Steps:2 ----->"_s));
        QVERIFY(log.contains(u"Parameter Steps = 2"_s));
        QVERIFY(log.contains(u"<----- Ending Count: succeeded"_s));
        QVERIFY(log.contains(u"Count failed [test.failed]: Counting failed at 2 (detail)"_s));
        QVERIFY(log.contains(u", Error                 DISM   PID="_s));
        QVERIFY(!log.contains(u"Stage: Counting"_s)); // debug lines filtered at level 3
    }

    // Issue 18 item 1: handles release themselves once finished, unless the caller keeps them.
    void handlesAreReleasedAfterFinishing()
    {
        Engine engine;
        constexpr int N = 40;
        int finishedSeen = 0;
        for (int i = 0; i < N; ++i) {
            OperationHandle *h = engine.start(std::make_shared<CountingOperation>(3, i % 2 ? CountingOperation::Succeed : CountingOperation::Fail));
            connect(h, &OperationHandle::finished, this, [&](const OperationOutcome &) { ++finishedSeen; });
        }
        for (int i = 0; i < N / 4; ++i)
            QVERIFY(QCoro::waitFor(engine.run(std::make_shared<CountingOperation>(2, CountingOperation::Succeed))).succeeded());
        auto keptOp = std::make_shared<CountingOperation>(2, CountingOperation::Fail);
        OperationHandle *kept = engine.start(keptOp);
        kept->setAutoDelete(false);
        QPointer<OperationHandle> keptGuard(kept);
        QTRY_COMPARE_WITH_TIMEOUT(finishedSeen, N, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(engine.runningCount(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(engine.handleCount(), 1, 10000);
        // The kept one is still readable after every other handle is gone.
        QVERIFY(keptGuard);
        QVERIFY(kept->outcome().failed());
        QCOMPARE(kept->outcome().error->code, u"test.failed"_s);
        delete kept;
        QCOMPARE(engine.handleCount(), 0);
    }

    // An awaiter of waitForFinished() resumes through a queued call to the handle; the release
    // must not overtake it, even when QTest::qWait sends deferred deletes explicitly.
    void awaitersResumeBeforeTheHandleIsReleased()
    {
        Engine engine;
        constexpr int N = 30;
        int resumed = 0;
        for (int i = 0; i < N; ++i) {
            OperationHandle *h = engine.start(std::make_shared<CountingOperation>(2, CountingOperation::Succeed));
            QCoro::connect(h->waitForFinished(), this, [&resumed](const OperationOutcome &o) { resumed += o.succeeded() ? 1 : 0; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(resumed, N, 10000);
        QTRY_COMPARE(engine.handleCount(), 0);

        // The order that lost the awaiter: the engine reports the end, then deferred deletes are
        // sent explicitly before other posted events (as QTest::qWait does).
        auto op = std::make_shared<CountingOperation>(2, CountingOperation::Succeed);
        OperationHandle *h = engine.start(op);
        bool done = false;
        QCoro::connect(h->waitForFinished(), this, [&done](const OperationOutcome &) { done = true; });
        QElapsedTimer wait;
        wait.start();
        while (engine.runningCount() > 0 && wait.elapsed() < 10000) {
            QCoreApplication::sendPostedEvents(&engine); // progress and, at the end, the outcome
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QThread::msleep(1);
        }
        QCOMPARE(engine.runningCount(), 0);
        QTRY_VERIFY(done);
        QTRY_COMPARE(engine.handleCount(), 0);
    }

    // A housekeeping poll writes its start and end at Debug level; its failure is still an Error.
    void housekeepingLogsAtDebugLevel()
    {
        const QString path = m_dir.filePath(u"housekeeping.log"_s);
        Engine engine(EngineSettings{{}, path, LogLevel::WarningsInfo});
        OperationHandle *poll = engine.start(std::make_shared<CountingOperation>(3, CountingOperation::Succeed), Engine::Kind::Housekeeping);
        QVERIFY(poll->isHousekeeping());
        QVERIFY(QCoro::waitFor(poll->waitForFinished()).succeeded());
        OperationHandle *failing = engine.start(std::make_shared<CountingOperation>(4, CountingOperation::Fail), Engine::Kind::Housekeeping);
        QVERIFY(QCoro::waitFor(failing->waitForFinished()).failed());
        OperationHandle *task = engine.start(std::make_shared<CountingOperation>(5, CountingOperation::Succeed));
        QVERIFY(!task->isHousekeeping());
        QVERIFY(QCoro::waitFor(task->waitForFinished()).succeeded());
        Log::shutdown();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString log = QString::fromUtf8(f.readAll());
        QVERIFY(!log.contains(u"Starting Count: /Steps:3"_s));
        QVERIFY(!log.contains(u"Parameter Steps = 3"_s));
        QVERIFY(!log.contains(u"Starting Count: /Steps:4"_s));
        QVERIFY(log.contains(u"Count failed [test.failed]: Counting failed at 4 (detail)"_s));
        QVERIFY(log.contains(u"<----- Starting Count: /Steps:5 ----->"_s));
        QTRY_COMPARE(engine.handleCount(), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
