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

using namespace wb;
using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 30000;

/// Works in steps of 20 ms with known progress until it is cancelled (or after `steps`).
class SteppingOperation : public Operation
{
public:
    explicit SteppingOperation(int steps) : m_steps(steps) {}
    QString name() const override { return QStringLiteral("Test-Stepping"); }
    QString description() const override { return QStringLiteral("Stepping through %1 steps").arg(m_steps); }
    Status run(OperationContext &context) override
    {
        for (int i = 0; i < m_steps; ++i) {
            if (context.isCancelled())
                return Error::cancelled();
            context.progress(QStringLiteral("Stepping"), quint64(i), quint64(m_steps));
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        context.progress(QStringLiteral("Stepping"), quint64(m_steps), quint64(m_steps));
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
    QApplication::setOrganizationName(QStringLiteral("WimBench"));
    QApplication::setApplicationName(QStringLiteral("wimbench-tests"));
    LanguageManager::setLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    const QString tree = m_dir.filePath(QStringLiteral("tree"));
    test::writeWindowsTree(tree, {QStringLiteral("en-US")});
    m_wimA = m_dir.filePath(QStringLiteral("a.wim"));
    m_wimB = m_dir.filePath(QStringLiteral("b.wim"));
    QVERIFY(test::createWim(m_wimA, {test::windowsLikeSpec(tree, QStringLiteral("Alpha"))}, {}).ok());
    test::ImageSpec b1 = test::windowsLikeSpec(tree, QStringLiteral("Beta One"));
    test::ImageSpec b2 = test::windowsLikeSpec(tree, QStringLiteral("Beta Two"));
    b2.edition = QStringLiteral("Enterprise");
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
    QCOMPARE(w.currentBrowser()->images().at(0).name, QStringLiteral("Windows 11 Pro"));
    QCOMPARE(w.currentImageIndex(), 1);

    // Once something was opened, the next start does not force the sample on the user.
    QCOMPARE(AppSettings::recentFiles(), QStringList{sample});
    MainWindow second(*m_engine);
    QCOMPARE(second.openStartupImages({}), 0);
    QVERIFY(second.openImagePaths().isEmpty());
    QVERIFY(second.findChild<QLabel *>(QStringLiteral("welcomeLabel"))->text().contains(QStringLiteral("No image is open")));
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
    QTRY_VERIFY_WITH_TIMEOUT(list->item(1)->text().contains(QStringLiteral("2 images")), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(list->item(0)->text().contains(QStringLiteral("1 image")), Timeout);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("a.wim")));
    QCOMPARE(w.windowTitle(), QStringLiteral("b.wim — WimBench"));

    // Choosing a file in the side panel shows its browser.
    QSignalSpy changed(&w, &MainWindow::currentImageChanged);
    list->setCurrentRow(0);
    QCOMPARE(w.currentImagePath(), m_wimA);
    QCOMPARE(w.currentBrowser()->indexTable()->model()->index(0, ImageIndexModel::NameColumn).data().toString(),
             QStringLiteral("Alpha"));
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
    QMenu *recent = w.fileMenu()->findChild<QMenu *>(QStringLiteral("recentMenu"));
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
    const QString package = m_dir.filePath(QStringLiteral("App.msixbundle"));
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
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("App.msixbundle")));

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
    QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Image"), QStringLiteral("&Tools"),
                                  QStringLiteral("&View"), QStringLiteral("&Help")}));
    QCOMPARE(w.imageMenu()->menuAction()->text(), QStringLiteral("&Image"));
    QCOMPARE(w.toolsMenu()->menuAction()->text(), QStringLiteral("&Tools"));
    QAction *extra = w.toolsMenu()->addAction(QStringLiteral("Mounted images…"));
    QVERIFY(w.toolsMenu()->actions().contains(extra));

    auto *view = new QLabel(QStringLiteral("A mounts view"));
    w.addView(view, QStringLiteral("Mounts"));
    QTabWidget *tabs = w.viewTabs();
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Mounts"));
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
    OperationRow *row = ops->latestRow(QStringLiteral("Test-Stepping"));
    QVERIFY(row);
    QCOMPARE(row->handle(), h);
    QVERIFY(row->isVisible());
    QCOMPARE(row->findChild<QLabel *>(QStringLiteral("operationTitle"))->text(), QStringLiteral("Stepping through 40 steps"));
    QVERIFY(row->cancelButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(row->progressBar()->value() > 0, Timeout);
    QVERIFY(row->stageText().startsWith(QStringLiteral("Stepping")));
    QTRY_COMPARE_WITH_TIMEOUT(row->state(), OperationState::Succeeded, Timeout);
    QVERIFY2(row->outcomeText().startsWith(QStringLiteral("Succeeded in")), qPrintable(row->outcomeText()));
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
    OperationRow *row = w.operationsView()->latestRow(QStringLiteral("Test-Stepping"));
    QVERIFY(row);
    QTRY_VERIFY_WITH_TIMEOUT(row->progressBar()->value() > 0, Timeout);
    QCOMPARE(row->outcomeText(), QStringLiteral("Running"));
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("runningLabel"))->text(), QStringLiteral("1 operation running"));
    // The remaining time is estimated from the progress so far.
    QTRY_VERIFY_WITH_TIMEOUT(row->stageText().contains(QStringLiteral("left")), Timeout);

    QTest::mouseClick(row->cancelButton(), Qt::LeftButton);
    QVERIFY(h->cancellation().isCancelled());
    QTRY_COMPARE_WITH_TIMEOUT(row->state(), OperationState::Cancelled, Timeout);
    QCOMPARE(h->state(), OperationState::Cancelled);
    QVERIFY(!h->outcome().error.has_value());
    QCOMPARE(row->outcomeText(), QStringLiteral("Cancelled"));
    QVERIFY(!row->detailsButton()->isVisible());
    QVERIFY(!row->cancelButton()->isVisible());
    QCOMPARE(w.operationsView()->runningCount(), 0);
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("runningLabel"))->text(), QString());

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
    const QString missing = m_dir.filePath(QStringLiteral("no/such/folder"));
    OperationHandle *h = b->extractTo(missing, {QStringLiteral("/Windows/win.ini")});
    QVERIFY(h);
    OperationRow *row = w.operationsView()->latestRow(QStringLiteral("Extract-Files"));
    QVERIFY(row);
    QTRY_COMPARE_WITH_TIMEOUT(row->state(), OperationState::Failed, Timeout);
    QVERIFY2(row->outcomeText().startsWith(QStringLiteral("Failed: The destination folder")), qPrintable(row->outcomeText()));
    QVERIFY(row->outcomeText().contains(missing));
    QVERIFY(row->detailsButton()->isVisible());
    QVERIFY(!row->isDetailVisible());
    QTest::mouseClick(row->detailsButton(), Qt::LeftButton);
    QVERIFY(row->isDetailVisible());
    QVERIFY2(row->technicalDetail().contains(QStringLiteral("extract.destination-missing")), qPrintable(row->technicalDetail()));
    // The browser's own continuation sets the status bar; it may run after the row's.
    QTRY_VERIFY_WITH_TIMEOUT(w.statusBar()->currentMessage().contains(QStringLiteral("does not exist")), Timeout);

    // The image opening and folder listings ran too; listings are hidden until asked for.
    QVERIFY(w.operationsView()->latestRow(QStringLiteral("Get-ImageInfo")));
    OperationRow *listing = w.operationsView()->latestRow(QStringLiteral("List-Image"));
    QVERIFY(listing);
    QVERIFY(!listing->isVisible());
    auto *summary = w.operationsView()->findChild<QLabel *>(QStringLiteral("operationsSummary"));
    QCOMPARE(summary->text(), QStringLiteral("0 running · 2 finished")); // opening and extracting
    w.operationsView()->setShowListings(true);
    QVERIFY(listing->isVisible());
    QVERIFY(summary->text() != QStringLiteral("0 running · 2 finished"));
}

void MainWindowTest::preferencesAreStoredAndApplied()
{
    const EngineSettings before = m_engine->settings();
    PreferencesDialog dialog(*m_engine);
    const QString log = m_dir.filePath(QStringLiteral("logs/custom.log"));
    const QString scratch = m_dir.filePath(QStringLiteral("scratch"));
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
    QCOMPARE(s.value(QStringLiteral("engine/logPath")).toString(), log);
    QCOMPARE(s.value(QStringLiteral("engine/logLevel")).toInt(), 4);
    QCOMPARE(s.value(QStringLiteral("engine/scratchDirectory")).toString(), scratch);
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
    dialog.scratchField()->setText(m_dir.filePath(QStringLiteral("does-not-exist")));
    QVERIFY(!dialog.apply());
    QVERIFY2(dialog.problem().contains(QStringLiteral("does not exist")), qPrintable(dialog.problem()));
    QCOMPARE(m_engine->settings().scratchDirectory, before.scratchDirectory);
    QVERIFY(!QSettings().contains(QStringLiteral("engine/scratchDirectory")));

    // Defect 7: clearing the field the problem is about takes the problem away.
    dialog.scratchField()->selectAll();
    QTest::keyClick(dialog.scratchField(), Qt::Key_Delete);
    QCOMPARE(dialog.problem(), QString());
    QVERIFY(!dialog.findChild<QLabel *>(u"problem"_s)->isVisibleTo(&dialog));
    dialog.logPathField()->setText(QStringLiteral("relative.log"));
    QVERIFY(!dialog.apply());
    QVERIFY(dialog.problem().contains(QStringLiteral("absolute")));
    dialog.logPathField()->setText(m_dir.path());
    QVERIFY(!dialog.apply());
    QVERIFY(dialog.problem().contains(QStringLiteral("is a folder")));
    QCOMPARE(m_engine->settings().logPath, before.logPath);
}

void MainWindowTest::switchingLanguageRetranslatesTheWindow()
{
    MainWindow w(*m_engine);
    w.show();
    ImageBrowser *b = w.openImage(m_wimB);
    QTRY_COMPARE_WITH_TIMEOUT(b->loadState(), ImageBrowser::LoadState::Loaded, Timeout);
    QCOMPARE(w.fileMenu()->title(), QStringLiteral("&File"));
    ProvisionedAppsView apps(*m_engine);
    QCOMPARE(apps.refreshButton()->text(), u"Refresh"_s);

    QVERIFY(LanguageManager::setLanguage(QLocale(QStringLiteral("zh_CN"))));
    // Defect 6: Qt's own strings (dialog buttons, the wizard's Next) come from qtbase's catalogue
    // (qt6-translations-l10n), and a tab built before the switch follows it.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "OK"), u"确定"_s);
    QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"), u"下一步(&N) >"_s);
    QCOMPARE(apps.refreshButton()->text(), u"刷新"_s);
    QCOMPARE(apps.list()->headerItem()->text(0), u"名称"_s);
    QCOMPARE(LanguageManager::currentLanguage().name(), QStringLiteral("zh_CN"));
    QCOMPARE(w.fileMenu()->title(), QStringLiteral("文件(&F)"));
    QCOMPARE(w.imageMenu()->title(), QStringLiteral("映像(&I)"));
    QCOMPARE(w.viewTabs()->tabText(0), QStringLiteral("映像"));
    QCOMPARE(b->indexTable()->model()->headerData(ImageIndexModel::IndexColumn, Qt::Horizontal).toString(), QStringLiteral("索引"));
    QCOMPARE(b->indexTable()->model()->headerData(ImageIndexModel::ArchitectureColumn, Qt::Horizontal).toString(), QStringLiteral("体系结构"));
    QCOMPARE(b->indexTable()->model()->index(0, ImageIndexModel::BootableColumn).data().toString(), QStringLiteral("否"));
    QCOMPARE(b->findChild<QPushButton *>(QStringLiteral("searchButton"))->text(), QStringLiteral("搜索"));
    QCOMPARE(w.operationsView()->findChild<QPushButton *>(QStringLiteral("clearFinished"))->text(), QStringLiteral("清除已完成"));
    QVERIFY(w.openFilesList()->item(0)->text().contains(QStringLiteral("2 个映像")));

    // Back to English.
    QVERIFY(LanguageManager::setLanguage(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(w.fileMenu()->title(), QStringLiteral("&File"));
    QCOMPARE(w.viewTabs()->tabText(0), QStringLiteral("Images"));
    QCOMPARE(b->findChild<QPushButton *>(QStringLiteral("searchButton"))->text(), QStringLiteral("Search"));

    // A language without a catalogue falls back to English.
    QVERIFY(!LanguageManager::setLanguage(QLocale(QLocale::Swahili, QLocale::Kenya)));
    QCOMPARE(w.fileMenu()->title(), QStringLiteral("&File"));
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
