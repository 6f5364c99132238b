// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one operation panel of every dialog and view: progress, stage with time left, Cancel and
// "Cancelling…", the default outcome lines, status colours from the palette, and the handle's
// release after it has finished (issue 18 item 1, issue 19).
#include "OperationPanel.h"
#include "OperationRow.h"
#include "StatusColours.h"

#include "ops/Engine.h"
#include "ops/OperationHandle.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <atomic>
#include <chrono>
#include <thread>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {

/// Steps of 10 ms with known progress; fails at the end when asked to.
class StepOperation : public Operation
{
public:
    StepOperation(int steps, bool fail) : m_steps(steps), m_fail(fail) {}
    QString name() const override { return u"Test-Step"_s; }
    QString description() const override { return u"Step %1 times"_s.arg(m_steps); }
    Status run(OperationContext &context) override
    {
        for (int i = 0; i < m_steps; ++i) {
            if (context.isCancelled())
                return Error::cancelled();
            context.progress(u"Stepping"_s, quint64(i), quint64(m_steps));
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        if (m_fail)
            return Error::make(u"test.step-failed"_s, u"Step %1 failed: the test said so."_s.arg(m_steps));
        return {};
    }

private:
    int m_steps;
    bool m_fail;
};

} // namespace

class TestOperationPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void progressCancelAndRelease()
    {
        Engine engine;
        OperationPanel panel;
        panel.show();
        QVERIFY(!panel.cancelButton()->isVisible());
        QSignalSpy finished(&panel, &OperationPanel::finished);
        QPointer<OperationHandle> handle = engine.start(std::make_shared<StepOperation>(100000, false));
        panel.watch(handle);
        QVERIFY(panel.isRunning());
        QVERIFY(panel.cancelButton()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(panel.progressBar()->value() > 0, 10000);
        QVERIFY(panel.stageText().startsWith(u"Stepping"_s));
        QTRY_VERIFY_WITH_TIMEOUT(panel.stageText().contains(u"left"_s), 10000); // the remaining time

        QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
        QCOMPARE(panel.stageText(), u"Cancelling…"_s); // at once, before the engine has stopped
        QVERIFY(!panel.cancelButton()->isEnabled());
        QVERIFY(panel.isCancelling());
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().value<OperationOutcome>().cancelled());
        QCOMPARE(panel.statusText(), u"Cancelled."_s);
        QCOMPARE(panel.statusKind(), StatusKind::Warning);
        QVERIFY(!panel.isRunning());
        QVERIFY(!panel.cancelButton()->isVisible());
        QCOMPARE(panel.stageText(), QString());
        QTRY_VERIFY(!handle); // released by the engine once finished
        QCOMPARE(engine.handleCount(), 0);
    }

    void failureShowsTheMessageInTheErrorColour()
    {
        Engine engine;
        OperationPanel panel;
        panel.setHideWhenIdle(true);
        panel.show();
        QVERIFY(!panel.progressBar()->isVisible());
        QSignalSpy finished(&panel, &OperationPanel::finished);
        OperationHandle *handle = engine.start(std::make_shared<StepOperation>(5, true));
        panel.watch(handle);
        QVERIFY(panel.progressBar()->isVisible());
        // The owner's own connection runs after the panel's and may replace the status.
        QString seenByOwner;
        connect(handle, &OperationHandle::finished, this, [&] { seenByOwner = panel.statusText(); });
        QVERIFY(finished.wait(10000));
        QCOMPARE(seenByOwner, u"Step 5 failed: the test said so."_s);
        QCOMPARE(panel.statusText(), u"Step 5 failed: the test said so."_s);
        QCOMPARE(panel.statusKind(), StatusKind::Error);
        QCOMPARE(panel.statusLabel()->palette().color(QPalette::WindowText), statusColour(panel.palette(), StatusKind::Error));
        QVERIFY(!panel.progressBar()->isVisible());
        panel.setStatus(u"Done."_s, StatusKind::Success);
        QCOMPARE(panel.statusLabel()->palette().color(QPalette::WindowText), statusColour(panel.palette(), StatusKind::Success));
    }

    // Issue 19: a finished row showed the last stage ("Extracting packages") beside its outcome.
    void finishedRowShowsTheOutcomeNotTheLastStage_data()
    {
        QTest::addColumn<int>("steps");
        QTest::addColumn<bool>("fail");
        QTest::addColumn<bool>("cancel");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("succeeded") << 5 << false << false << u"Succeeded in "_s;
        QTest::newRow("failed") << 5 << true << false << u"Failed: Step 5 failed: the test said so."_s;
        QTest::newRow("cancelled") << 100000 << false << true << u"Cancelled"_s;
    }

    void finishedRowShowsTheOutcomeNotTheLastStage()
    {
        QFETCH(int, steps);
        QFETCH(bool, fail);
        QFETCH(bool, cancel);
        QFETCH(QString, outcome);
        Engine engine;
        OperationRow row(engine.start(std::make_shared<StepOperation>(steps, fail)));
        row.show();
        QSignalSpy finished(&row, &OperationRow::finished);
        if (cancel) {
            QTRY_VERIFY_WITH_TIMEOUT(row.stageText().startsWith(u"Stepping"_s), 10000);
            QTest::mouseClick(row.cancelButton(), Qt::LeftButton);
        }
        QVERIFY(finished.wait(10000));
        QVERIFY2(row.outcomeText().startsWith(outcome), qPrintable(row.outcomeText()));
        QCOMPARE(row.stageText(), QString());
        QVERIFY(!row.findChild<QLabel *>(u"operationStage"_s)->isVisible());
        QVERIFY(!row.cancelButton()->isVisible());
        QCOMPARE(row.detailsButton()->isVisible(), fail);
        if (fail) // where it stopped is kept for the technician, under Details
            QVERIFY2(row.technicalDetail().contains(u"Stopped during: Stepping"_s), qPrintable(row.technicalDetail()));
        QCOMPARE(row.progressBar()->value() == 1000, !fail && !cancel);
    }

    void statusColoursFollowThePalette_data()
    {
        QTest::addColumn<QColor>("window");
        QTest::addColumn<QColor>("text");
        QTest::newRow("light") << QColor(0xef, 0xef, 0xef) << QColor(Qt::black);
        QTest::newRow("dark") << QColor(0x2a, 0x2a, 0x2a) << QColor(0xee, 0xee, 0xee);
    }

    void statusColoursFollowThePalette()
    {
        QFETCH(QColor, window);
        QFETCH(QColor, text);
        QPalette palette;
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        QCOMPARE(statusColour(palette, StatusKind::Neutral), text);
        const bool dark = window.lightness() < 128;
        for (StatusKind kind : {StatusKind::Error, StatusKind::Warning, StatusKind::Success}) {
            const QColor c = statusColour(palette, kind);
            // Readable: clearly lighter than a dark window, clearly darker than a light one.
            QVERIFY2(dark ? c.lightness() > window.lightness() + 100 : c.lightness() < window.lightness() - 100,
                     qPrintable(c.name()));
        }
        QVERIFY(statusColour(palette, StatusKind::Error) != statusColour(palette, StatusKind::Success));
    }
};

QTEST_MAIN(TestOperationPanel)
#include "tst_operationpanel.moc"
