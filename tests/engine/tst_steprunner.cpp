// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StepRunner, the runner of Provisioner's commit steps: steps run in order; a failure or a cancel
// before a cancellable step undoes the done steps in reverse, also across run() phases.
#include "core/Operation.h"
#include "provision/StepRunner.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {
/// A step that appends "do <n>" (or fails) and whose undo appends "undo <n>".
ChangeStep step(QStringList &log, int n, bool fails = false, bool cancellable = false)
{
    ChangeStep s;
    s.apply = [&log, n, fails]() -> Status {
        if (fails)
            return Error::make(u"test.failed"_s, u"step %1 failed"_s.arg(n));
        log << u"do %1"_s.arg(n);
        return {};
    };
    s.undo = [&log, n] { log << u"undo %1"_s.arg(n); };
    s.cancellable = cancellable;
    return s;
}
} // namespace

class TestStepRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outcomes_data()
    {
        QTest::addColumn<int>("failAt");     // -1: none
        QTest::addColumn<int>("cancelAt");   // -1: none; the step there is cancellable and the token is set
        QTest::addColumn<QString>("error");  // expected error code, empty for success
        QTest::addColumn<QStringList>("log");
        QTest::newRow("all succeed") << -1 << -1 << QString() << QStringList{u"do 0"_s, u"do 1"_s, u"do 2"_s, u"do 3"_s};
        QTest::newRow("first fails") << 0 << -1 << u"test.failed"_s << QStringList{};
        QTest::newRow("third fails") << 2 << -1 << u"test.failed"_s << QStringList{u"do 0"_s, u"do 1"_s, u"undo 1"_s, u"undo 0"_s};
        QTest::newRow("last fails (second phase)")
            << 3 << -1 << u"test.failed"_s << QStringList{u"do 0"_s, u"do 1"_s, u"do 2"_s, u"undo 2"_s, u"undo 1"_s, u"undo 0"_s};
        QTest::newRow("cancel before second") << -1 << 1 << u"cancelled"_s << QStringList{u"do 0"_s, u"undo 0"_s};
    }

    void outcomes()
    {
        QFETCH(int, failAt);
        QFETCH(int, cancelAt);
        QFETCH(QString, error);
        QFETCH(QStringList, log);
        CancellationToken token;
        OperationContext context(EngineSettings{}, token, {});
        if (cancelAt >= 0)
            token.cancel();
        QStringList actual;
        StepRunner runner(&context);
        for (int i = 0; i < 3; ++i)
            runner.add(step(actual, i, i == failAt, i == cancelAt));
        Status s = runner.run();
        if (s.ok()) { // a second phase, as commit() adds steps after the first ones ran
            runner.add(step(actual, 3, failAt == 3));
            s = runner.run();
        }
        QCOMPARE(s.ok() ? QString() : s.error().code, error);
        QCOMPARE(actual, log);
    }

    void rollbackAfterSuccess()
    {
        QStringList actual;
        StepRunner runner(nullptr);
        runner.add(step(actual, 0));
        runner.add(step(actual, 1));
        QVERIFY(runner.run().ok());
        runner.rollback(); // a failure outside the steps
        QCOMPARE(actual, (QStringList{u"do 0"_s, u"do 1"_s, u"undo 1"_s, u"undo 0"_s}));
    }
};

QTEST_GUILESS_MAIN(TestStepRunner)
#include "tst_steprunner.moc"
