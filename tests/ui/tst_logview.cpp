// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The log viewer driven under the offscreen platform: loading, counts, filters, operations,
// next/previous problem, copy, export, and following WimBench's own log while operations run.
#include "EventWait.h"
#include "LanguageManager.h"
#include "ModelTesting.h"
#include "log/LogTableModel.h"
#include "log/LogView.h"
#include "logread/LogFileReader.h"
#include "logread/LogParser.h"
#include "logread/LogTextCodec.h"
#include "ops/Engine.h"
#include "ops/ReadLogOperation.h"
#include "servicelog/Log.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <QCoro/QCoroTask>

using namespace Qt::StringLiterals;

using wb::test::waitUntil;

using namespace wb;

namespace {

QString line(int second, LogSeverity severity, const QString &component, const QString &message)
{
    return Log::formatLine(QDateTime(QDate(2026, 11, 21), QTime(6, 0).addSecs(second)), severity, component, message);
}

/// 1000 entries: every 10th an Error, every 10th (+5) a Warning, the rest Info; components DISM
/// and CBS alternating; an operation on TID=7 from entry 500 to 503; a malformed line; a wrapped one.
QString generatedLog()
{
    QString text;
    for (int i = 0; i < 1000; ++i) {
        LogSeverity s = LogSeverity::Info;
        if (i % 10 == 0)
            s = LogSeverity::Error;
        else if (i % 10 == 5)
            s = LogSeverity::Warning;
        QString message = u"PID=42 TID=%1 entry %2"_s.arg(i >= 500 && i <= 503 ? 7 : 8).arg(i);
        if (i == 500)
            message = u"PID=42 TID=7 <----- Starting Add-ProvisionedAppxPackage: Provision app.msix ----->"_s;
        if (i == 503)
            message = u"PID=42 TID=7 <----- Ending Add-ProvisionedAppxPackage: succeeded in 9 ms ----->"_s;
        text += line(i, s, i % 2 ? u"CBS"_s : u"DISM"_s, message) + QLatin1Char('\n');
        if (i == 300)
            text += u"  wrapped continuation of entry 300\n"_s;
        if (i == 600)
            text += u"2026-11-21 99:99 not a log line\n"_s;
    }
    return text;
}

/// Writes `text` into a new file of `name` in `dir`; its path.
QString writeLogIn(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
        return {};
    return f.fileName();
}

QString cell(const LogTableModel *m, int row, int column, int role = Qt::DisplayRole)
{
    return m->data(m->index(row, column), role).toString();
}

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_engine = std::make_unique<Engine>();
        m_path = m_dir.filePath(u"dism.log"_s);
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        m_text = generatedLog();
        f.write(m_text.toUtf8());
        f.close();
        m_entries = LogParser::parseText(m_text);
        QCOMPARE(m_entries.size(), 1001);
    }

    void showsOwnLogByDefault()
    {
        LogView view(*m_engine);
        test::testModel(view.model()); // every load, filter and follow step checked
        view.show();
        QCOMPARE(view.currentPath(), Log::path());
        QVERIFY(view.reader()->isFollowing());
        QVERIFY(view.findChild<QCheckBox *>(u"followCheck"_s)->isChecked());
    }

    void loadsColumnsColoursAndCounts()
    {
        LogView view(*m_engine);
        test::testModel(view.model()); // every load, filter and follow step checked
        view.show();
        QVERIFY(view.openLog(m_path).ok());
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        LogTableModel *m = view.model();
        QCOMPARE(m->rowCount(), 1001);
        QCOMPARE(m->columnCount(), 6);
        QCOMPARE(m->headerData(LogTableModel::PidColumn, Qt::Horizontal).toString(), u"PID"_s);
        QCOMPARE(cell(m, 0, LogTableModel::TimeColumn), u"2026-11-21 06:00:00"_s);
        QCOMPARE(cell(m, 0, LogTableModel::LevelColumn), u"Error"_s);
        QCOMPARE(cell(m, 0, LogTableModel::ComponentColumn), u"DISM"_s);
        QCOMPARE(cell(m, 0, LogTableModel::PidColumn), u"42"_s);
        QCOMPARE(cell(m, 0, LogTableModel::TidColumn), u"8"_s);
        QCOMPARE(cell(m, 0, LogTableModel::MessageColumn), u"entry 0"_s); // PID and TID have their own columns
        QCOMPARE(cell(m, 1, LogTableModel::ComponentColumn), u"CBS"_s);
        // Wrapped lines stay with their entry; the malformed line is its own row.
        QVERIFY(cell(m, 300, LogTableModel::MessageColumn).startsWith(u"entry 300"_s));
        QCOMPARE(m->data(m->index(300, 0), LogTableModel::RawTextRole).toString(), m_entries[300].raw);
        QCOMPARE(cell(m, 601, LogTableModel::LevelColumn), u"Unrecognised"_s);
        QCOMPARE(cell(m, 601, LogTableModel::MessageColumn), u"2026-11-21 99:99 not a log line"_s);
        // Colours by level.
        const QColor errorBg = m->data(m->index(0, 0), Qt::BackgroundRole).value<QBrush>().color();
        const QColor warningBg = m->data(m->index(5, 0), Qt::BackgroundRole).value<QBrush>().color();
        QVERIFY(errorBg.isValid() && warningBg.isValid() && errorBg != warningBg);
        QVERIFY(!m->data(m->index(1, 0), Qt::BackgroundRole).isValid());
        // Counts per level.
        QCOMPARE(view.levelCount(LogEntryLevel::Error), 100);
        QCOMPARE(view.levelCount(LogEntryLevel::Warning), 100);
        QCOMPARE(view.levelCount(LogEntryLevel::Info), 800);
        QCOMPARE(view.levelCount(LogEntryLevel::Unknown), 1);
        QCOMPARE(view.findChild<QToolButton *>(u"errorsButton"_s)->text(), u"Errors (100)"_s);
        QCOMPARE(view.findChild<QToolButton *>(u"unrecognisedButton"_s)->text(), u"Unrecognised (1)"_s);
        QVERIFY(view.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"1001 entries"_s));
    }

    void filters()
    {
        LogView view(*m_engine);
        test::testModel(view.model()); // every load, filter and follow step checked
        view.show();
        QVERIFY(view.openLog(m_path).ok());
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        LogTableModel *m = view.model();

        // Levels: clicking the buttons as a user does.
        QToolButton *info = view.findChild<QToolButton *>(u"informationButton"_s);
        QToolButton *warnings = view.findChild<QToolButton *>(u"warningsButton"_s);
        QToolButton *unknown = view.findChild<QToolButton *>(u"unrecognisedButton"_s);
        QTest::mouseClick(info, Qt::LeftButton);
        QTest::mouseClick(warnings, Qt::LeftButton);
        QTest::mouseClick(unknown, Qt::LeftButton);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QCOMPARE(m->rowCount(), 100);
        for (int r = 0; r < m->rowCount(); ++r)
            QCOMPARE(cell(m, r, LogTableModel::LevelColumn), u"Error"_s);
        QVERIFY(view.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"Showing 100 of 1001 entries"_s));
        QTest::mouseClick(warnings, Qt::LeftButton);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QCOMPARE(m->rowCount(), 200);

        // Component on top of the levels.
        view.setComponentFilter(u"CBS"_s);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QCOMPARE(m->rowCount(), 100); // the warnings are the odd entries (x5), the errors even
        QCOMPARE(cell(m, 0, LogTableModel::MessageColumn), u"entry 5"_s);
        view.setComponentFilter(QString());
        view.setLevelGroupShown(LogView::Information, true);
        view.setLevelGroupShown(LogView::Unrecognised, true);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QCOMPARE(m->rowCount(), 1001);

        // Plain text, case-insensitive by default, and through the line edit as typed.
        view.setTextFilter(u"ENTRY 99"_s, false);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QCOMPARE(m->rowCount(), 11); // 99, 990..999
        QLineEdit *edit = view.findChild<QLineEdit *>(u"textFilter"_s);
        edit->clear();
        QTest::keyClicks(edit, u"wrapped continuation"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->sourceRow(0), 300);

        // Regular expression.
        view.setTextFilter(u"entry 1\\d\\d$"_s, true);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QCOMPARE(m->rowCount(), 100);
        QVERIFY(view.textFilterError().isEmpty());
        view.setTextFilter(u"entry (1"_s, true);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QVERIFY(view.textFilterError().contains(u"not a valid regular expression"_s));
        QCOMPARE(m->rowCount(), 1001); // the broken expression is left out, not applied
        view.setTextFilter(QString(), false);

        // The range editors offer the log's own span; ticking "From" alone keeps everything.
        QCOMPARE(view.findChild<QDateTimeEdit *>(u"fromEdit"_s)->dateTime(), QDateTime(QDate(2026, 11, 21), QTime(6, 0, 0)));
        QCOMPARE(view.findChild<QDateTimeEdit *>(u"toEdit"_s)->dateTime(), QDateTime(QDate(2026, 11, 21), QTime(6, 16, 39)));
        QTest::mouseClick(view.findChild<QCheckBox *>(u"fromCheck"_s), Qt::LeftButton);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QCOMPARE(m->rowCount(), 1000); // the malformed line has no time
        QTest::mouseClick(view.findChild<QCheckBox *>(u"fromCheck"_s), Qt::LeftButton);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QCOMPARE(m->rowCount(), 1001);
        // Time range: 06:01:00 .. 06:01:09 is entries 60..69.
        view.setTimeRange(QDateTime(QDate(2026, 11, 21), QTime(6, 1, 0)), QDateTime(QDate(2026, 11, 21), QTime(6, 1, 9)));
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QCOMPARE(m->rowCount(), 10);
        QCOMPARE(m->sourceRow(0), 60);
        view.setTimeRange({}, {});
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QCOMPARE(m->rowCount(), 1001);
    }

    void operationChooser()
    {
        LogView view(*m_engine);
        test::testModel(view.model()); // every load, filter and follow step checked
        QVERIFY(view.openLog(m_path).ok());
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QComboBox *ops = view.findChild<QComboBox *>(u"operationCombo"_s);
        QCOMPARE(ops->count(), 2);
        QVERIFY(ops->itemText(1).startsWith(u"Add-ProvisionedAppxPackage — Provision app.msix"_s));
        QVERIFY(ops->itemText(1).contains(u"succeeded in 9 ms"_s));
        ops->setCurrentIndex(1);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QCOMPARE(view.model()->rowCount(), 4);
        QCOMPARE(view.model()->sourceRow(0), 500);
        QCOMPARE(view.model()->sourceRow(3), 503);
        view.selectOperation(-1);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QCOMPARE(view.model()->rowCount(), 1001);
    }

    void nextAndPreviousProblem()
    {
        LogView view(*m_engine);
        test::testModel(view.model()); // every load, filter and follow step checked
        view.show();
        QVERIFY(view.openLog(m_path).ok());
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QTableView *table = view.table();
        QVERIFY(view.goToNextProblem());
        QCOMPARE(table->currentIndex().row(), 0);
        QTest::mouseClick(view.findChild<QPushButton *>(u"nextProblemButton"_s), Qt::LeftButton);
        QCOMPARE(table->currentIndex().row(), 5);
        QVERIFY(view.goToNextProblem());
        QCOMPARE(table->currentIndex().row(), 10);
        QVERIFY(view.goToPreviousProblem());
        QCOMPARE(table->currentIndex().row(), 5);
        // The detail pane shows the whole entry.
        QVERIFY(view.findChild<QPlainTextEdit *>(u"entryDetail"_s)->toPlainText().contains(m_entries[5].raw));
        // At the last entry there is no further problem; the previous one is entry 995, a warning
        // (the malformed line after entry 600 shifts rows by one).
        table->setCurrentIndex(view.model()->index(1000, 0));
        QVERIFY(!view.goToNextProblem());
        QCOMPARE(table->currentIndex().row(), 1000);
        QVERIFY(view.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"No further error or warning"_s));
        QVERIFY(view.goToPreviousProblem());
        QCOMPARE(view.model()->sourceRow(table->currentIndex().row()), 996);
        QCOMPARE(cell(view.model(), table->currentIndex().row(), LogTableModel::LevelColumn), u"Warning"_s);
        // Only among the rows shown: with errors hidden, the next problem is a warning.
        view.setLevelGroupShown(LogView::Errors, false);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        table->setCurrentIndex(QModelIndex());
        QVERIFY(view.goToNextProblem());
        QCOMPARE(view.model()->sourceRow(table->currentIndex().row()), 5);
    }

    // Issue 19 defect 5: the toolbar fits a 1,024 px window beside the Open images panel (about
    // 250 px), in English; before the fix it needed about 1,230 px.
    void toolbarFitsA1024Window()
    {
        LogView view(*m_engine);
        test::testModel(view.model()); // every load, filter and follow step checked
        QVERIFY(view.openLog(m_path).ok());
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        view.show();
        QVERIFY2(view.minimumSizeHint().width() <= 1024 - 260,
                 qPrintable(u"minimum width %1"_s.arg(view.minimumSizeHint().width())));
        view.resize(1024 - 260, 600);
        QCOMPARE(view.width(), 1024 - 260);
        // Issue 19 defect 10: the component filter shows "All components" whole.
        auto *component = view.findChild<QComboBox *>(u"componentCombo"_s);
        QCOMPARE(component->currentText(), u"All components"_s);
        QStyleOptionComboBox option;
        option.initFrom(component);
        const QRect text = component->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, component);
        QVERIFY2(text.width() >= component->fontMetrics().horizontalAdvance(component->currentText()),
                 qPrintable(u"%1 < %2"_s.arg(text.width()).arg(component->fontMetrics().horizontalAdvance(component->currentText()))));
    }

    void tabOrderFollowsTheRows()
    {
        // Tab goes through the tab row by row, left to right, as the rows are built
        // (LogFileBar, LogFilterBar, LogDetailPane, LogStatusBar).
        LogView view(*m_engine);
        QStringList order;
        for (QWidget *w = view.nextInFocusChain(); w != &view; w = w->nextInFocusChain()) {
            if ((w->focusPolicy() & Qt::TabFocus) && !w->objectName().isEmpty() && !w->objectName().startsWith(u"qt_"_s))
                order << w->objectName();
        }
        const QStringList expected{u"openLogButton"_s,
                                   u"ownLogButton"_s,
                                   u"followCheck"_s,
                                   u"errorsButton"_s,
                                   u"warningsButton"_s,
                                   u"informationButton"_s,
                                   u"debugButton"_s,
                                   u"unrecognisedButton"_s,
                                   u"onlyErrorsButton"_s,
                                   u"componentCombo"_s,
                                   u"operationCombo"_s,
                                   u"fromCheck"_s,
                                   u"fromEdit"_s,
                                   u"toCheck"_s,
                                   u"toEdit"_s,
                                   u"textFilter"_s,
                                   u"regexCheck"_s,
                                   u"previousProblemButton"_s,
                                   u"nextProblemButton"_s,
                                   u"logTable"_s,
                                   u"entryDetail"_s,
                                   u"exportButton"_s,
                                   u"showInContextButton"_s};
        QCOMPARE(order, expected);
    }

    void levelButtonsShowTheirStateAndErrorsOnlyIsOneClick()
    {
        LogView view(*m_engine);
        test::testModel(view.model()); // every load, filter and follow step checked
        view.show();
        QVERIFY(view.openLog(m_path).ok());
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        auto *errors = view.findChild<QToolButton *>(u"errorsButton"_s);
        auto *warnings = view.findChild<QToolButton *>(u"warningsButton"_s);
        QTest::mouseClick(view.findChild<QToolButton *>(u"onlyErrorsButton"_s), Qt::LeftButton);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QCOMPARE(view.model()->rowCount(), 100);
        QVERIFY(errors->isChecked());
        QVERIFY(!warnings->isChecked());
        // A shown level is drawn on the palette's highlight, a hidden one is not.
        const QRgb active = errors->palette().color(QPalette::Active, QPalette::Highlight).rgb();
        const QRgb inactive = errors->palette().color(QPalette::Inactive, QPalette::Highlight).rgb();
        const QImage on = errors->grab().toImage();
        const QImage off = warnings->grab().toImage();
        // Styles shade the fill a little: "near" the highlight, not equal to it.
        const auto near = [](QRgb a, QRgb b) {
            return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b)) < 90;
        };
        const auto share = [active, inactive, near](const QImage &image) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += near(image.pixel(x, y), active) || near(image.pixel(x, y), inactive);
            return double(n) / (image.width() * image.height());
        };
        QVERIFY2(share(on) > 0.4, qPrintable(QString::number(share(on))));
        QCOMPARE(share(off), 0.0);
    }

    void filterChangesKeepTheSelectedEntry()
    {
        LogView view(*m_engine);
        test::testModel(view.model()); // every load, filter and follow step checked
        view.show();
        QVERIFY(view.openLog(m_path).ok());
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QTableView *table = view.table();
        table->setCurrentIndex(view.model()->index(10, 0)); // entry 10, an error
        view.setLevelGroupShown(LogView::Information, false);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QCOMPARE(view.model()->sourceRow(table->currentIndex().row()), 10);
        // Hidden by the next filter: "Show in context" brings it back among all lines.
        auto *context = view.findChild<QPushButton *>(u"showInContextButton"_s);
        QVERIFY(!context->isVisible());
        view.setLevelGroupShown(LogView::Errors, false);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QTRY_VERIFY(context->isVisible());
        QTest::mouseClick(context, Qt::LeftButton);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QCOMPARE(view.model()->rowCount(), 1001);
        QCOMPARE(view.model()->sourceRow(table->currentIndex().row()), 10);
        QVERIFY(!context->isVisible());
    }

    // CBS writes failures at Info level with an HRESULT; "Warning:" lines are Info too.
    void nextProblemStopsAtHresultFailuresAndWarningLines()
    {
        const QString text = line(0, LogSeverity::Info, u"CBS"_s, u"Loaded servicing stack"_s) + u'\n'
            + line(1, LogSeverity::Info, u"CBS"_s, u"Exec: Processing complete. [HRESULT = 0x00000000 - S_OK]"_s) + u'\n'
            + line(2, LogSeverity::Info, u"CBS"_s, u"Failed to resolve package [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]"_s) + u'\n'
            + line(3, LogSeverity::Info, u"CBS"_s, u"Session: 123 initialized"_s) + u'\n'
            + line(4, LogSeverity::Info, u"DISM"_s, u"Warning: the scratch directory is small"_s) + u'\n';
        LogView view(*m_engine);
        test::testModel(view.model()); // every load, filter and follow step checked
        view.show();
        QVERIFY(view.openLog(writeLogIn(m_dir, u"%1.log"_s.arg(QLatin1String(QTest::currentTestFunction())), text)).ok());
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QCOMPARE(view.model()->rowCount(), 5);
        QVERIFY(view.goToNextProblem());
        QCOMPARE(view.table()->currentIndex().row(), 2);
        // The HRESULT is decoded beside the entry.
        const QString detail = view.findChild<QPlainTextEdit *>(u"entryDetail"_s)->toPlainText();
        QVERIFY2(detail.contains(u"0x800F081F CBS_E_SOURCE_MISSING"_s), qPrintable(detail));
        QVERIFY(view.goToNextProblem());
        QCOMPARE(view.table()->currentIndex().row(), 4);
        QVERIFY(!view.goToNextProblem());
        QVERIFY(view.goToPreviousProblem());
        QCOMPARE(view.table()->currentIndex().row(), 2);
    }

    // Issue 19 defect 6: the Log tab follows a live language switch, and the servicing log keeps
    // English start lines (the operation's parameters) whatever the GUI language.
    void followsALiveLanguageSwitchAndLogsInEnglish()
    {
        LogView view(*m_engine);
        test::testModel(view.model()); // every load, filter and follow step checked
        view.show();
        QVERIFY(view.openLog(m_path).ok());
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        auto *next = view.findChild<QPushButton *>(u"nextProblemButton"_s);
        QCOMPARE(next->text(), u"Next problem"_s);
        QVERIFY(LanguageManager::setLanguage(QLocale(u"zh_CN"_s)));
        auto english = qScopeGuard([] { LanguageManager::setLanguage(QLocale(QLocale::English, QLocale::UnitedStates)); });
        QCOMPARE(next->text(), u"下一个问题"_s);
        QVERIFY(view.findChild<QToolButton *>(u"errorsButton"_s)->text().startsWith(u"错误"_s));

        LogFilter filter;
        auto op = std::make_shared<ReadLogOperation>(m_path, filter);
        QVERIFY(!op->description().startsWith(u"Read"_s)); // the GUI shows it translated
        QVERIFY(QCoro::waitFor(m_engine->run(op)).succeeded());
        QFile log(Log::path());
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(log.readAll());
        const qsizetype start = text.lastIndexOf(u"<----- Starting Get-LogEntries: "_s);
        QVERIFY(start >= 0);
        const QString startLine = text.mid(start, text.indexOf(u'\n', start) - start);
        QVERIFY2(startLine.contains(u"/LogFile:"_s), qPrintable(startLine));
        for (const QChar c : startLine)
            QVERIFY2(c.unicode() < 0x2e80, qPrintable(startLine)); // no CJK text in the shared log
    }

    // A dism.log session: the operation list shows the command line DISM wrote for it.
    void sessionListShowsTheCommandLine()
    {
        const QString text = line(0, LogSeverity::Info, u"DISM"_s, u"DISM.EXE: <----- Starting Dism.exe session ----->"_s) + u'\n'
            + line(1, LogSeverity::Info, u"DISM"_s, u"DISM.EXE: Host machine information: OS Version=10.0.19041"_s) + u'\n'
            + line(2, LogSeverity::Info, u"DISM"_s, u"DISM.EXE: Executing command line: dism  /Online /Cleanup-Image /RestoreHealth"_s) + u'\n'
            + line(3, LogSeverity::Info, u"DISM"_s, u"DISM.EXE: <----- Ending Dism.exe session ----->"_s) + u'\n';
        LogView view(*m_engine);
        test::testModel(view.model()); // every load, filter and follow step checked
        view.show();
        QVERIFY(view.openLog(writeLogIn(m_dir, u"%1.log"_s.arg(QLatin1String(QTest::currentTestFunction())), text)).ok());
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        auto *ops = view.findChild<QComboBox *>(u"operationCombo"_s);
        QTRY_COMPARE(ops->count(), 2);
        QVERIFY2(ops->itemText(1).startsWith(u"Dism.exe session — dism  /Online /Cleanup-Image /RestoreHealth"_s), qPrintable(ops->itemText(1)));
    }

    void copyAndExport()
    {
        LogView view(*m_engine);
        test::testModel(view.model()); // every load, filter and follow step checked
        view.show();
        QVERIFY(view.openLog(m_path).ok());
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        view.table()->selectRow(299);
        view.table()->selectionModel()->select(view.model()->index(300, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view.copySelection();
        QCOMPARE(QApplication::clipboard()->text(), m_entries[299].raw + QLatin1Char('\n') + m_entries[300].raw + QLatin1Char('\n'));

        view.setLevelGroupShown(LogView::Information, false);
        view.setLevelGroupShown(LogView::Unrecognised, false);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QCOMPARE(view.model()->rowCount(), 200);
        const QString out = m_dir.filePath(u"export/problems.log"_s);
        QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
        QSignalSpy done(&view, &LogView::exportFinished);
        view.exportFiltered(out);
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(done.first().at(0).value<Status>().ok());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString expected;
        for (const LogEntry &e : m_entries) {
            if (e.level == LogEntryLevel::Error || e.level == LogEntryLevel::Warning)
                expected += e.raw + QLatin1Char('\n');
        }
        QCOMPARE(QString::fromUtf8(f.readAll()), expected);

        // A folder that cannot be written: a clear error, nothing written.
        QSignalSpy failed(&view, &LogView::exportFinished);
        view.exportFiltered(m_dir.filePath(u"no/such/folder/x.log"_s));
        QTRY_COMPARE(failed.count(), 1);
        const Status s = failed.first().at(0).value<Status>();
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(u"x.log"_s));
    }

    void openErrorsKeepTheCurrentLog()
    {
        LogView view(*m_engine);
        test::testModel(view.model()); // every load, filter and follow step checked
        QVERIFY(view.openLog(m_path).ok());
        const Status s = view.openLog(m_dir.filePath(u"missing.log"_s));
        QVERIFY(!s.ok());
        QCOMPARE(view.currentPath(), QFileInfo(m_path).absoluteFilePath());
        QVERIFY(view.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"missing.log"_s));
    }

    void followsOwnLogWhileOperationsRun()
    {
        LogView view(*m_engine);
        test::testModel(view.model()); // every load, filter and follow step checked
        view.show();
        view.reader()->setPollInterval(50);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        const int before = view.model()->rowCount();
        QComboBox *ops = view.findChild<QComboBox *>(u"operationCombo"_s);
        const int opsBefore = ops->count();

        // A real operation through the engine writes its start, parameters and end lines.
        LogFilter filter;
        auto op = std::make_shared<ReadLogOperation>(m_path, filter);
        const OperationOutcome outcome = QCoro::waitFor(m_engine->run(op));
        QVERIFY(outcome.succeeded());
        QTRY_VERIFY(view.model()->rowCount() >= before + 3);
        QTRY_COMPARE(ops->count(), opsBefore + 1);
        QVERIFY(ops->itemText(ops->count() - 1).startsWith(u"Get-LogEntries"_s));
        ops->setCurrentIndex(ops->count() - 1);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }));
        QVERIFY(view.model()->rowCount() >= 3);
        QVERIFY(cell(view.model(), 0, LogTableModel::MessageColumn).contains(u"<----- Starting Get-LogEntries"_s));
        QVERIFY(cell(view.model(), view.model()->rowCount() - 1, LogTableModel::MessageColumn).contains(u"<----- Ending Get-LogEntries"_s));
        QCOMPARE(cell(view.model(), 0, LogTableModel::PidColumn), QString::number(QCoreApplication::applicationPid()));
    }

    void followedFileRotatesAndUtf16()
    {
        // A followed UTF-16 LE file (as Windows writes cbs.log) that grows, then is rotated.
        const LogTextCodec codec(LogEncoding::Utf16LE, 2);
        const QString path = m_dir.filePath(u"cbs.log"_s);
        auto write = [&](const QString &file, const QString &text, bool append) {
            QFile f(file);
            QVERIFY(f.open(append ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate));
            f.write((append ? QByteArray() : codec.bom()) + codec.encode(text));
        };
        write(path, line(0, LogSeverity::Info, u"CBS"_s, u"Starting TrustedInstaller initialization."_s) + u"\r\n"_s, false);
        LogView view(*m_engine);
        test::testModel(view.model()); // every load, filter and follow step checked
        view.show();
        view.reader()->setPollInterval(20);
        QVERIFY(view.openLog(path, true).ok());
        QVERIFY(view.findChild<QCheckBox *>(u"followCheck"_s)->isChecked());
        QTRY_COMPARE(view.model()->rowCount(), 1);
        write(path, line(1, LogSeverity::Error, u"CBS"_s, u"Failed [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]"_s) + u"\r\n"_s, true);
        QTRY_COMPARE(view.model()->rowCount(), 2);
        QTRY_COMPARE(view.findChild<QToolButton *>(u"errorsButton"_s)->text(), u"Errors (1)"_s);
        QCOMPARE(cell(view.model(), 1, LogTableModel::MessageColumn), u"Failed [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]"_s);
        QVERIFY(cell(view.model(), 1, LogTableModel::MessageColumn, Qt::ToolTipRole).contains(u"HRESULT: 0x800f081f"_s));

        // Rotation: the file becomes cbs.bak and a new cbs.log starts.
        QVERIFY(QFile::rename(path, m_dir.filePath(u"cbs.bak"_s)));
        write(path, line(2, LogSeverity::Warning, u"CBS"_s, u"new file"_s) + u"\r\n"_s, false);
        QTRY_COMPARE(cell(view.model(), 0, LogTableModel::MessageColumn), u"new file"_s);
        QCOMPARE(view.model()->rowCount(), 1);
        QTRY_COMPARE(view.findChild<QToolButton *>(u"errorsButton"_s)->text(), u"Errors (0)"_s);
        QVERIFY(view.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"rotated"_s));
    }

    /// Not a test: a measurement for bench/bench_logview.sh. Skipped unless WIMBENCH_BENCH_LOG
    /// names a (large) log file.
    void benchmarkLargeLog()
    {
        const QString path = qEnvironmentVariable("WIMBENCH_BENCH_LOG");
        if (path.isEmpty())
            QSKIP("Set WIMBENCH_BENCH_LOG to a large log file to measure (bench/bench_logview.sh does)");
        LogView view(*m_engine);
        test::testModel(view.model()); // every load, filter and follow step checked
        view.resize(1200, 800);
        view.show();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(view.openLog(path).ok());
        while (view.model()->rowCount() < 50 && view.reader()->isIndexing())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QTest::qWait(0);
        const QString first = cell(view.model(), 0, LogTableModel::MessageColumn);
        view.table()->viewport()->repaint();
        const qint64 firstScreen = timer.elapsed();
        QVERIFY(waitUntil([&] { return !view.isBusy(); }, 600000));
        const qint64 indexed = timer.elapsed();
        timer.restart();
        view.setLevelGroupShown(LogView::Information, false);
        view.setLevelGroupShown(LogView::DebugGroup, false);
        view.setLevelGroupShown(LogView::Unrecognised, false);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }, 600000));
        const qint64 levelFilter = timer.elapsed();
        const int problems = view.model()->rowCount();
        timer.restart();
        view.setLevelGroupShown(LogView::Information, true);
        view.setTextFilter(u"hr:0x8007000[0-9]"_s, true);
        QVERIFY(waitUntil([&] { return !view.isBusy(); }, 600000));
        const qint64 textFilter = timer.elapsed();
        qInfo("BENCH file_bytes=%lld entries=%d first_screen_ms=%lld full_index_ms=%lld level_filter_ms=%lld (%d rows) regex_filter_ms=%lld (%d rows) first_row=\"%s\"",
              QFileInfo(path).size(), view.reader()->entryCount(), firstScreen, indexed, levelFilter, problems, textFilter,
              view.model()->rowCount(), qPrintable(first.left(60)));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
    QString m_path;
    QString m_text;
    QList<LogEntry> m_entries;
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
