// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench window driven through its real widgets: several files open at once, first start
// with the sample image, recent files, drops, the operations view (progress, cancel, failure with
// detail), preferences stored and applied, and switching the interface language.
#include "AppSettings.h"
#include "ImageBrowser.h"
#include "ImageIndexModel.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "OperationRow.h"
#include "OperationsView.h"
#include "PreferencesDialog.h"
#include "provision/ProvisionedAppsView.h"

#include "WimBuilder.h"

#include "servicelog/Log.h"
#include "log/LogView.h"
#include "ops/Engine.h"
#include "ops/OperationHandle.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTest>
#include <QToolButton>
#include <QUrl>

#include <thread>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {
constexpr int Timeout = 30000;

/// Works in steps of 20 ms with known progress until it is cancelled (or after `steps`).
class SteppingOperation : public Operation
{
public:
    explicit SteppingOperation(int steps) : m_steps(steps) {}
    QString name() const override { return u"Test-Stepping"_s; }
    QString description() const override { return u"Stepping through %1 steps"_s.arg(m_steps); }
    Status run(OperationContext &context) override
    {
        for (int i = 0; i < m_steps; ++i) {
            if (context.isCancelled())
                return Error::cancelled();
            context.progress(u"Stepping"_s, quint64(i), quint64(m_steps));
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        context.progress(u"Stepping"_s, quint64(m_steps), quint64(m_steps));
        return {};
    }

private:
    int m_steps;
};

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}
} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void firstStartOpensTheSampleImage();
    void severalFilesOpenAtOnce();
    void recentFilesAreRememberedAndReopened();
    void droppedFilesOpenImagesAndGoToThePackageHandler();
    void integrationPoints();
    void operationProgressesAndSucceeds();
    void cancelledOperationEndsCancelledNotFailed();
    void failedOperationShowsMessageAndDetail();
    void preferencesAreStoredAndApplied();
    void preferencesRefuseUnusableValues();
    void switchingLanguageRetranslatesTheWindow();
    void logTabKeepsTheWindowAndPanelWidths();

private:
    QTemporaryDir m_dir;
    QString m_wimA;
    QString m_wimB;
    std::unique_ptr<Engine> m_engine;
};

void MainWindowTest::initTestCase()
{
    QApplication::setOrganizationName(u"WimBench"_s);
    QApplication::setApplicationName(u"wimbench-tests"_s);
    LanguageManager::setLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    const QString tree = m_dir.filePath(u"tree"_s);
    test::writeWindowsTree(tree, {u"en-US"_s});
    m_wimA = m_dir.filePath(u"a.wim"_s);
    m_wimB = m_dir.filePath(u"b.wim"_s);
    QVERIFY(test::createWim(m_wimA, {test::windowsLikeSpec(tree, u"Alpha"_s)}, {}).ok());
    test::ImageSpec b1 = test::windowsLikeSpec(tree, u"Beta One"_s);
    test::ImageSpec b2 = test::windowsLikeSpec(tree, u"Beta Two"_s);
    b2.edition = u"Enterprise"_s;
    QVERIFY(test::createWim(m_wimB, {b1, b2}, {}).ok());
    m_engine = std::make_unique<Engine>();
}

void MainWindowTest::init()
{
    QSettings().clear();
    LanguageManager::setLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
}

void MainWindowTest::firstStartOpensTheSampleImage()
{
    // The tests run from <build>/tests, so the build tree's share/wimbench/sample.wim is found.
    const QString sample = MainWindow::bundledSampleImage();
    QVERIFY2(!sample.isEmpty(), "the sample image was not generated in the build tree");
    QCOMPARE(QFileInfo(sample).canonicalFilePath(), QFileInfo(QString::fromLocal8Bit(qgetenv("WIMBENCH_SAMPLE_WIM"))).canonicalFilePath());
    MainWindow w(*m_engine);
    w.show();
    QVERIFY(AppSettings::recentFiles().isEmpty());
    QCOMPARE(w.openStartupImages({}), 1);
    QCOMPARE(w.currentImagePath(), sample);
    QTRY_COMPARE_WITH_TIMEOUT(w.currentBrowser()->loadState(), ImageBrowser::LoadState::Loaded, Timeout);
    QCOMPARE(w.currentBrowser()->images().size(), 2);
    QCOMPARE(w.currentBrowser()->images().at(0).name, u"Windows 11 Pro"_s);
    QCOMPARE(w.currentImageIndex(), 1);

    // Once something was opened, the next start does not force the sample on the user.
    QCOMPARE(AppSettings::recentFiles(), QStringList{sample});
    MainWindow second(*m_engine);
    QCOMPARE(second.openStartupImages({}), 0);
    QVERIFY(second.openImagePaths().isEmpty());
    QVERIFY(second.findChild<QLabel *>(u"welcomeLabel"_s)->text().contains(u"No image is open"_s));
}

void MainWindowTest::severalFilesOpenAtOnce()
{
    MainWindow w(*m_engine);
    w.show();
    QCOMPARE(w.openStartupImages({m_wimA, m_wimB}), 2);
    QListWidget *list = w.openFilesList();
    QCOMPARE(list->count(), 2);
    QCOMPARE(w.openImagePaths(), (QStringList{m_wimA, m_wimB}));
    QCOMPARE(w.currentImagePath(), m_wimB);
    QTRY_VERIFY_WITH_TIMEOUT(list->item(1)->text().contains(u"2 images"_s), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(list->item(0)->text().contains(u"1 image"_s), Timeout);
    QVERIFY(list->item(0)->text().startsWith(u"a.wim"_s));
    QCOMPARE(w.windowTitle(), u"b.wim — WimBench"_s);

    // Choosing a file in the side panel shows its browser.
    QSignalSpy changed(&w, &MainWindow::currentImageChanged);
    list->setCurrentRow(0);
    QCOMPARE(w.currentImagePath(), m_wimA);
    QCOMPARE(w.currentBrowser()->indexTable()->model()->index(0, ImageIndexModel::NameColumn).data().toString(),
             u"Alpha"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toString(), m_wimA);
    QCOMPARE(changed.first().at(1).toInt(), 1);

    // Opening a file again selects it rather than opening it twice.
    QCOMPARE(w.openImage(m_wimB), w.browserFor(m_wimB));
    QCOMPARE(list->count(), 2);
    QCOMPARE(w.currentImagePath(), m_wimB);

    QVERIFY(w.closeImage(m_wimB));
    QCOMPARE(list->count(), 1);
    QCOMPARE(w.openImagePaths(), QStringList{m_wimA});
    QCOMPARE(w.currentImagePath(), m_wimA);
}

void MainWindowTest::recentFilesAreRememberedAndReopened()
{
    {
        MainWindow w(*m_engine);
        w.openImage(m_wimA);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentBrowser()->loadState(), ImageBrowser::LoadState::Loaded, Timeout);
        w.openImage(m_wimB);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentBrowser()->loadState(), ImageBrowser::LoadState::Loaded, Timeout);
    }
    QCOMPARE(AppSettings::recentFiles(), (QStringList{m_wimB, m_wimA}));
    MainWindow w(*m_engine);
    QMenu *recent = w.fileMenu()->findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(recent);
    QAction *a = actionNamed(recent, QDir::toNativeSeparators(m_wimA));
    QVERIFY(a);
    QCOMPARE(recent->actions().first()->text(), QDir::toNativeSeparators(m_wimB));
    a->trigger();
    QCOMPARE(w.currentImagePath(), m_wimA);
    QTRY_COMPARE_WITH_TIMEOUT(w.currentBrowser()->loadState(), ImageBrowser::LoadState::Loaded, Timeout);
    QCOMPARE(AppSettings::recentFiles().first(), m_wimA);
}

void MainWindowTest::droppedFilesOpenImagesAndGoToThePackageHandler()
{
    MainWindow w(*m_engine);
    w.show();
    const QString package = m_dir.filePath(u"App.msixbundle"_s);
    QFile(package).open(QIODevice::WriteOnly);

    // Without a handler, a package is refused with a message; the image is opened.
    auto drop = [&w](const QStringList &paths) {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls << QUrl::fromLocalFile(p);
        mime.setUrls(urls);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        const bool accepted = enter.isAccepted();
        if (accepted) {
            QDropEvent dropEvent(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&w, &dropEvent);
        }
        return accepted;
    };
    QVERIFY(!drop({package}));
    QVERIFY(drop({m_wimA, package}));
    QCOMPARE(w.openImagePaths(), QStringList{m_wimA});
    QVERIFY(w.statusBar()->currentMessage().contains(u"App.msixbundle"_s));

    QStringList handed;
    w.setPackageDropHandler([&handed](const QString &p) { handed << p; });
    QVERIFY(drop({package, m_wimB}));
    QCOMPARE(handed, QStringList{package});
    QCOMPARE(w.openImagePaths(), (QStringList{m_wimA, m_wimB}));
}

void MainWindowTest::integrationPoints()
{
    MainWindow w(*m_engine);
    w.show();
    QCOMPARE(w.menuBar()->actions().size(), 5);
    QStringList titles;
    for (QAction *a : w.menuBar()->actions())
        titles << a->text();
    QCOMPARE(titles, (QStringList{u"&File"_s, u"&Image"_s, u"&Tools"_s,
                                  u"&View"_s, u"&Help"_s}));
    QCOMPARE(w.imageMenu()->menuAction()->text(), u"&Image"_s);
    QCOMPARE(w.toolsMenu()->menuAction()->text(), u"&Tools"_s);
    QAction *extra = w.toolsMenu()->addAction(u"Mounted images…"_s);
    QVERIFY(w.toolsMenu()->actions().contains(extra));

    auto *view = new QLabel(u"A mounts view"_s);
    w.addView(view, u"Mounts"_s);
    QTabWidget *tabs = w.viewTabs();
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(1), u"Mounts"_s);
    w.showView(view);
    QCOMPARE(tabs->currentWidget(), view);

    QSignalSpy changed(&w, &MainWindow::currentImageChanged);
    w.openImage(m_wimB);
    QCOMPARE(tabs->currentIndex(), 0); // opening an image brings the images tab back
    QTRY_COMPARE_WITH_TIMEOUT(w.currentImageIndex(), 1, Timeout);
    QCOMPARE(changed.last().at(0).toString(), m_wimB);
    QCOMPARE(changed.last().at(1).toInt(), 1);
    w.currentBrowser()->indexTable()->selectRow(1);
    QCOMPARE(w.currentImageIndex(), 2);
    QCOMPARE(changed.last().at(1).toInt(), 2);
    QCOMPARE(w.currentImagePath(), m_wimB);
}

void MainWindowTest::operationProgressesAndSucceeds()
{
    MainWindow w(*m_engine);
    w.show();
    OperationHandle *h = m_engine->start(std::make_shared<SteppingOperation>(40));
    OperationsView *ops = w.operationsView();
    OperationRow *row = ops->latestRow(u"Test-Stepping"_s);
    QVERIFY(row);
    QCOMPARE(row->handle(), h);
    QVERIFY(row->isVisible());
    QCOMPARE(row->findChild<QLabel *>(u"operationTitle"_s)->text(), u"Stepping through 40 steps"_s);
    QVERIFY(row->cancelButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(row->progressBar()->value() > 0, Timeout);
    QVERIFY(row->stageText().startsWith(u"Stepping"_s));
    QTRY_COMPARE_WITH_TIMEOUT(row->state(), OperationState::Succeeded, Timeout);
    QVERIFY2(row->outcomeText().startsWith(u"Succeeded in"_s), qPrintable(row->outcomeText()));
    QCOMPARE(row->progressBar()->value(), row->progressBar()->maximum());
    QVERIFY(!row->cancelButton()->isVisible());
    QVERIFY(!row->detailsButton()->isVisible());
}

void MainWindowTest::cancelledOperationEndsCancelledNotFailed()
{
    MainWindow w(*m_engine);
    w.show();
    OperationHandle *h = m_engine->start(std::make_shared<SteppingOperation>(100000));
    h->setAutoDelete(false); // read after it has finished
    OperationRow *row = w.operationsView()->latestRow(u"Test-Stepping"_s);
    QVERIFY(row);
    QTRY_VERIFY_WITH_TIMEOUT(row->progressBar()->value() > 0, Timeout);
    QCOMPARE(row->outcomeText(), u"Running"_s);
    QCOMPARE(w.findChild<QLabel *>(u"runningLabel"_s)->text(), u"1 operation running"_s);
    // The remaining time is estimated from the progress so far.
    QTRY_VERIFY_WITH_TIMEOUT(row->stageText().contains(u"left"_s), Timeout);

    QTest::mouseClick(row->cancelButton(), Qt::LeftButton);
    QVERIFY(h->cancellation().isCancelled());
    QTRY_COMPARE_WITH_TIMEOUT(row->state(), OperationState::Cancelled, Timeout);
    QCOMPARE(h->state(), OperationState::Cancelled);
    QVERIFY(!h->outcome().error.has_value());
    QCOMPARE(row->outcomeText(), u"Cancelled"_s);
    QVERIFY(!row->detailsButton()->isVisible());
    QVERIFY(!row->cancelButton()->isVisible());
    QCOMPARE(w.operationsView()->runningCount(), 0);
    QCOMPARE(w.findChild<QLabel *>(u"runningLabel"_s)->text(), QString());

    w.operationsView()->clearFinished();
    QCOMPARE(w.operationsView()->rows().size(), 0);
}

void MainWindowTest::failedOperationShowsMessageAndDetail()
{
    MainWindow w(*m_engine);
    w.show();
    ImageBrowser *b = w.openImage(m_wimA);
    QTRY_COMPARE_WITH_TIMEOUT(b->currentImageIndex(), 1, Timeout);
    // Extract into a folder that does not exist: the engine refuses with a clear message.
    const QString missing = m_dir.filePath(u"no/such/folder"_s);
    OperationHandle *h = b->extractTo(missing, {u"/Windows/win.ini"_s});
    QVERIFY(h);
    OperationRow *row = w.operationsView()->latestRow(u"Extract-Files"_s);
    QVERIFY(row);
    QTRY_COMPARE_WITH_TIMEOUT(row->state(), OperationState::Failed, Timeout);
    QVERIFY2(row->outcomeText().startsWith(u"Failed: The destination folder"_s), qPrintable(row->outcomeText()));
    QVERIFY(row->outcomeText().contains(missing));
    QVERIFY(row->detailsButton()->isVisible());
    QVERIFY(!row->isDetailVisible());
    QTest::mouseClick(row->detailsButton(), Qt::LeftButton);
    QVERIFY(row->isDetailVisible());
    QVERIFY2(row->technicalDetail().contains(u"extract.destination-missing"_s), qPrintable(row->technicalDetail()));
    // The browser's own continuation sets the status bar; it may run after the row's.
    QTRY_VERIFY_WITH_TIMEOUT(w.statusBar()->currentMessage().contains(u"does not exist"_s), Timeout);

    // The image opening and folder listings ran too; listings are hidden until asked for.
    QVERIFY(w.operationsView()->latestRow(u"Get-ImageInfo"_s));
    OperationRow *listing = w.operationsView()->latestRow(u"List-Image"_s);
    QVERIFY(listing);
    QVERIFY(!listing->isVisible());
    auto *summary = w.operationsView()->findChild<QLabel *>(u"operationsSummary"_s);
    QCOMPARE(summary->text(), u"0 running · 2 finished"_s); // opening and extracting
    w.operationsView()->setShowListings(true);
    QVERIFY(listing->isVisible());
    QVERIFY(summary->text() != u"0 running · 2 finished"_s);
}

void MainWindowTest::preferencesAreStoredAndApplied()
{
    const EngineSettings before = m_engine->settings();
    PreferencesDialog dialog(*m_engine);
    const QString log = m_dir.filePath(u"logs/custom.log"_s);
    const QString scratch = m_dir.filePath(u"scratch"_s);
    QVERIFY(QDir().mkpath(scratch));
    dialog.logPathField()->setText(log);
    dialog.logLevelBox()->setCurrentIndex(3);
    dialog.scratchField()->setText(scratch);
    QVERIFY(dialog.apply());
    QCOMPARE(dialog.problem(), QString());

    QCOMPARE(m_engine->settings().logPath, log);
    QCOMPARE(m_engine->settings().logLevel, LogLevel::Debug);
    QCOMPARE(m_engine->settings().scratchDirectory, scratch);
    QCOMPARE(Log::path(), log);
    QCOMPARE(Log::level(), LogLevel::Debug);
    QSettings s;
    QCOMPARE(s.value(u"engine/logPath"_s).toString(), log);
    QCOMPARE(s.value(u"engine/logLevel"_s).toInt(), 4);
    QCOMPARE(s.value(u"engine/scratchDirectory"_s).toString(), scratch);
    const EngineSettings stored = AppSettings::engineSettings();
    QCOMPARE(stored.logPath, log);
    QCOMPARE(stored.logLevel, LogLevel::Debug);

    // An operation run now writes into the new log.
    auto op = std::make_shared<SteppingOperation>(1);
    QVERIFY(QCoro::waitFor(m_engine->run(op)).succeeded());
    Log::shutdown();
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Test-Stepping"));

    // A new dialog starts from the engine's settings.
    PreferencesDialog again(*m_engine);
    QCOMPARE(again.logPathField()->text(), log);
    QCOMPARE(again.logLevelBox()->currentIndex(), 3);
    QCOMPARE(again.scratchField()->text(), scratch);
    m_engine->setSettings(before);
}

void MainWindowTest::preferencesRefuseUnusableValues()
{
    const EngineSettings before = m_engine->settings();
    PreferencesDialog dialog(*m_engine);
    dialog.scratchField()->setText(m_dir.filePath(u"does-not-exist"_s));
    QVERIFY(!dialog.apply());
    QVERIFY2(dialog.problem().contains(u"does not exist"_s), qPrintable(dialog.problem()));
    QCOMPARE(m_engine->settings().scratchDirectory, before.scratchDirectory);
    QVERIFY(!QSettings().contains(u"engine/scratchDirectory"_s));

    // Defect 7: clearing the field the problem is about takes the problem away.
    dialog.scratchField()->selectAll();
    QTest::keyClick(dialog.scratchField(), Qt::Key_Delete);
    QCOMPARE(dialog.problem(), QString());
    QVERIFY(!dialog.findChild<QLabel *>(u"problem"_s)->isVisibleTo(&dialog));
    dialog.logPathField()->setText(u"relative.log"_s);
    QVERIFY(!dialog.apply());
    QVERIFY(dialog.problem().contains(u"absolute"_s));
    dialog.logPathField()->setText(m_dir.path());
    QVERIFY(!dialog.apply());
    QVERIFY(dialog.problem().contains(u"is a folder"_s));
    QCOMPARE(m_engine->settings().logPath, before.logPath);
}

void MainWindowTest::switchingLanguageRetranslatesTheWindow()
{
    MainWindow w(*m_engine);
    w.show();
    ImageBrowser *b = w.openImage(m_wimB);
    QTRY_COMPARE_WITH_TIMEOUT(b->loadState(), ImageBrowser::LoadState::Loaded, Timeout);
    QCOMPARE(w.fileMenu()->title(), u"&File"_s);
    ProvisionedAppsView apps(*m_engine);
    QCOMPARE(apps.refreshButton()->text(), u"Refresh"_s);

    QVERIFY(LanguageManager::setLanguage(QLocale(u"zh_CN"_s)));
    // Defect 6: Qt's own strings (dialog buttons, the wizard's Next) come from qtbase's catalogue
    // (qt6-translations-l10n), and a tab built before the switch follows it.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "OK"), u"确定"_s);
    QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"), u"下一步(&N) >"_s);
    QCOMPARE(apps.refreshButton()->text(), u"刷新"_s);
    QCOMPARE(apps.list()->headerItem()->text(0), u"名称"_s);
    QCOMPARE(LanguageManager::currentLanguage().name(), u"zh_CN"_s);
    QCOMPARE(w.fileMenu()->title(), u"文件(&F)"_s);
    QCOMPARE(w.imageMenu()->title(), u"映像(&I)"_s);
    QCOMPARE(w.viewTabs()->tabText(0), u"映像"_s);
    QCOMPARE(b->indexTable()->model()->headerData(ImageIndexModel::IndexColumn, Qt::Horizontal).toString(), u"索引"_s);
    QCOMPARE(b->indexTable()->model()->headerData(ImageIndexModel::ArchitectureColumn, Qt::Horizontal).toString(), u"体系结构"_s);
    QCOMPARE(b->indexTable()->model()->index(0, ImageIndexModel::BootableColumn).data().toString(), u"否"_s);
    QCOMPARE(b->findChild<QPushButton *>(u"searchButton"_s)->text(), u"搜索"_s);
    QCOMPARE(w.operationsView()->findChild<QPushButton *>(u"clearFinished"_s)->text(), u"清除已完成"_s);
    QVERIFY(w.openFilesList()->item(0)->text().contains(u"2 个映像"_s));

    // Back to English.
    QVERIFY(LanguageManager::setLanguage(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(w.fileMenu()->title(), u"&File"_s);
    QCOMPARE(w.viewTabs()->tabText(0), u"Images"_s);
    QCOMPARE(b->findChild<QPushButton *>(u"searchButton"_s)->text(), u"Search"_s);

    // A language without a catalogue falls back to English.
    QVERIFY(!LanguageManager::setLanguage(QLocale(QLocale::Swahili, QLocale::Kenya)));
    QCOMPARE(w.fileMenu()->title(), u"&File"_s);
    LanguageManager::setLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
}

// Issue 19 defect 5: switching to the Log tab widened a 1,024 px window and squeezed the Open
// images panel to about 60 px, which the saved window state then kept.
void MainWindowTest::logTabKeepsTheWindowAndPanelWidths()
{
    for (const char *language : {"en_US", "zh_CN"}) {
        QVERIFY(LanguageManager::setLanguage(QLocale(QString::fromLatin1(language))) || qstrcmp(language, "en_US") == 0);
        MainWindow w(*m_engine);
        w.resize(1024, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *log = new LogView(*m_engine);
        w.addView(log, u"Log"_s);
        QTest::qWait(50);
        const int panel = w.openFilesList()->width();
        QVERIFY(panel >= 160);
        w.showView(log);
        QTest::qWait(50);
        QCOMPARE(w.width(), 1024);
        if (const QString shot = qEnvironmentVariable("WIMBENCH_SCREENSHOT_DIR"); !shot.isEmpty()) {
            QTest::qWait(300);
            const QString suffix = qstrcmp(language, "en_US") == 0 ? QString() : u"-"_s + QLatin1String(language);
            w.grab().save(QDir(shot).filePath(u"logview%1.png"_s.arg(suffix)));
        }
        QVERIFY2(w.openFilesList()->width() >= panel - 2,
                 qPrintable(u"%1: panel %2 -> %3"_s.arg(QLatin1String(language)).arg(panel).arg(w.openFilesList()->width())));
    }
    LanguageManager::setLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
