// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The image browser driven through its real widgets: the index table and details of a WIM with two
// indexes and known XML, the lazily loaded file tree, search by name, and extraction.
#include "DisplayFormat.h"
#include "ExtractConflictQuestion.h"
#include "ImageBrowser.h"
#include "ImageDetailsPane.h"
#include "ImageIndexModel.h"
#include "ImageTreeModel.h"
#include "LanguageManager.h"
#include "SearchResultsModel.h"

#include "HostileWim.h"
#include "ModalAnswer.h"
#include "ModelTesting.h"
#include "WimBuilder.h"

#include "AppSettings.h"

#include "ops/Engine.h"
#include "ops/OperationHandle.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {
constexpr int Timeout = 30000;

QString cell(QAbstractItemModel *model, int row, int column, const QModelIndex &parent = {})
{
    return model->index(row, column, parent).data().toString();
}

int rowNamed(QAbstractItemModel *model, const QString &name, const QModelIndex &parent = {})
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        if (cell(model, r, 0, parent) == name)
            return r;
    }
    return -1;
}
} // namespace

class ImageBrowserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void indexTableShowsEveryImage();
    void detailsShowEveryFieldAndAbsentOnes();
    void treeLoadsFoldersOnDemand();
    void treeModelKeepsItsPromises();
    void treeFollowsSelectedIndex();
    void searchFindsNamesInTheIndex();
    void extractSelectedFilesWritesThem();
    void extractSameNamesKeepsFoldersAndAsks();
    void extractStartsInLastOrDownloadsFolder();
    void conflictQuestionIsOneSentencePerCase_data();
    void conflictQuestionIsOneSentencePerCase();
    void damagedImageShowsErrorRowAndLeftOutEntries();
    void unreadableFileShowsTheReason();
    void realFilesOpen_data();
    void realFilesOpen();

private:
    ImageBrowser *openBrowser();

    QTemporaryDir m_dir;
    QString m_wim;
    QString m_sourcePro;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ImageBrowser> m_browser;
};

void ImageBrowserTest::initTestCase()
{
    LanguageManager::setLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_sourcePro = m_dir.filePath(u"pro"_s);
    const QString pe = m_dir.filePath(u"pe"_s);
    test::writeWindowsTree(m_sourcePro, {u"en-US"_s, u"fr-FR"_s});
    test::writeWindowsTree(pe, {u"zh-CN"_s}, test::PeMachine::Arm64);
    test::writeFile(pe, u"sources/setup.exe"_s, QByteArray(3 * 1024 * 1024 + 512, 'x'));
    test::ImageSpec pro = test::windowsLikeSpec(m_sourcePro, u"Windows 11 Pro"_s);
    test::ImageSpec winpe;
    winpe.sourceDir = pe;
    winpe.name = u"Microsoft Windows Setup (arm64)"_s;
    winpe.architecture = 12;
    winpe.languages = {u"zh-CN"_s};
    winpe.defaultLanguage = u"zh-CN"_s;
    m_wim = m_dir.filePath(u"install.wim"_s);
    const Status st = test::createWim(m_wim, {pro, winpe}, {});
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().oneLine()));
    m_engine = std::make_unique<Engine>();
}

ImageBrowser *ImageBrowserTest::openBrowser()
{
    m_browser = std::make_unique<ImageBrowser>(*m_engine, m_wim);
    // The index table and the search results, checked through their real asynchronous loading
    // (attached before the first answer arrives). The lazy folder tree has its own test: the
    // tester fetches every folder, which the tests of its laziness must not see.
    test::testModel(m_browser->indexTable()->model());
    test::testModel(m_browser->searchResults());
    m_browser->resize(1200, 800);
    m_browser->show();
    QSignalSpy loaded(m_browser.get(), &ImageBrowser::loadFinished);
    if (m_browser->loadState() == ImageBrowser::LoadState::Loading)
        loaded.wait(Timeout);
    return m_browser.get();
}

void ImageBrowserTest::indexTableShowsEveryImage()
{
    ImageBrowser *b = openBrowser();
    QCOMPARE(b->loadState(), ImageBrowser::LoadState::Loaded);
    QAbstractItemModel *m = b->indexTable()->model();
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->columnCount(), 8);
    const QStringList headers{u"Index"_s, u"Name"_s, u"Edition"_s,
                              u"Architecture"_s, u"Languages"_s, u"Size"_s,
                              u"Files"_s, u"Bootable"_s};
    for (int c = 0; c < headers.size(); ++c)
        QCOMPARE(m->headerData(c, Qt::Horizontal).toString(), headers[c]);

    QCOMPARE(cell(m, 0, ImageIndexModel::IndexColumn), u"1"_s);
    QCOMPARE(cell(m, 0, ImageIndexModel::NameColumn), u"Windows 11 Pro"_s);
    QCOMPARE(cell(m, 0, ImageIndexModel::EditionColumn), u"Professional"_s);
    QCOMPARE(cell(m, 0, ImageIndexModel::ArchitectureColumn), u"x64"_s);
    QCOMPARE(cell(m, 0, ImageIndexModel::LanguagesColumn), u"en-US (default), fr-FR"_s);
    QCOMPARE(cell(m, 0, ImageIndexModel::BootableColumn), u"No"_s);
    // 11 files written by writeWindowsTree for two languages (9 + 2 per language).
    QCOMPARE(cell(m, 0, ImageIndexModel::FileCountColumn), QString::number(b->images().at(0).fileCount.value_or(0)));
    QVERIFY(b->images().at(0).fileCount.value_or(0) >= 11);
    QVERIFY(cell(m, 0, ImageIndexModel::SizeColumn).endsWith(u"KiB"_s));

    QCOMPARE(cell(m, 1, ImageIndexModel::IndexColumn), u"2"_s);
    QCOMPARE(cell(m, 1, ImageIndexModel::NameColumn), u"Microsoft Windows Setup (arm64)"_s);
    QCOMPARE(cell(m, 1, ImageIndexModel::EditionColumn), DisplayFormat::absent());
    QCOMPARE(cell(m, 1, ImageIndexModel::ArchitectureColumn), u"arm64"_s);
    QCOMPARE(cell(m, 1, ImageIndexModel::LanguagesColumn), u"zh-CN (default)"_s);
    // 3 MiB of setup.exe dominates the size of image 2.
    QVERIFY2(cell(m, 1, ImageIndexModel::SizeColumn).endsWith(u"MiB"_s), qPrintable(cell(m, 1, ImageIndexModel::SizeColumn)));

    // The first image is selected at once.
    QCOMPARE(b->currentImageIndex(), 1);
    QCOMPARE(b->indexTable()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(b->indexTable()->selectionModel()->selectedRows().first().row(), 0);
}

void ImageBrowserTest::detailsShowEveryFieldAndAbsentOnes()
{
    ImageBrowser *b = openBrowser();
    ImageDetailsPane *d = b->detailsPane();
    QCOMPARE(d->valueOf(u"Index"_s), u"1"_s);
    QCOMPARE(d->valueOf(u"Name"_s), u"Windows 11 Pro"_s);
    QCOMPARE(d->valueOf(u"Description"_s), u"Windows 11 Pro"_s);
    QCOMPARE(d->valueOf(u"Architecture"_s), u"x64"_s);
    QCOMPARE(d->valueOf(u"Edition"_s), u"Professional"_s);
    QCOMPARE(d->valueOf(u"Installation type"_s), u"Client"_s);
    QCOMPARE(d->valueOf(u"Product type"_s), u"WinNT"_s);
    QCOMPARE(d->valueOf(u"Product suite"_s), u"Terminal Server"_s);
    QCOMPARE(d->valueOf(u"Version"_s), u"10.0.22631.2861"_s);
    QCOMPARE(d->valueOf(u"Service pack build"_s), u"2861"_s); // an identifier: no separator (defect 10)
    QCOMPARE(d->valueOf(u"Service pack level"_s), u"0"_s);
    QCOMPARE(d->valueOf(u"Languages"_s), u"en-US, fr-FR"_s);
    QCOMPARE(d->valueOf(u"Default language"_s), u"en-US"_s);
    QCOMPARE(d->valueOf(u"System root"_s), u"WINDOWS"_s);
    QCOMPARE(d->valueOf(u"Compression"_s), u"LZX"_s);
    QCOMPARE(d->valueOf(u"Images"_s), u"2"_s);
    QVERIFY(!d->valueOf(u"Created"_s).isEmpty());
    QVERIFY(!d->isAbsent(u"Created"_s));
    QVERIFY(!d->valueOf(u"Files"_s).isEmpty());
    // The spec sets no HAL: it is listed, as absent.
    QVERIFY(d->isAbsent(u"Hal"_s));
    QCOMPARE(d->valueOf(u"Hal"_s), DisplayFormat::absent());
    QVERIFY(!d->isAbsent(u"Edition"_s));

    // Image 2 records neither edition nor version.
    QSignalSpy changed(b, &ImageBrowser::currentImageIndexChanged);
    b->indexTable()->selectRow(1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toInt(), 2);
    QCOMPARE(d->valueOf(u"Index"_s), u"2"_s);
    QCOMPARE(d->valueOf(u"Architecture"_s), u"arm64"_s);
    QVERIFY(d->isAbsent(u"Edition"_s));
    QVERIFY(d->isAbsent(u"Version"_s));
    QVERIFY(d->isAbsent(u"Installation type"_s));
    QCOMPARE(d->valueOf(u"Languages"_s), u"zh-CN"_s);
}

void ImageBrowserTest::treeLoadsFoldersOnDemand()
{
    ImageBrowser *b = openBrowser();
    ImageTreeModel *m = b->treeModel();
    QTreeView *view = b->fileTree();
    QTRY_VERIFY_WITH_TIMEOUT(!m->isLoading() && m->rowCount() > 0, Timeout);
    // Folders first, then files, by name; nothing below the top level is loaded yet.
    const int windows = rowNamed(m, u"Windows"_s);
    QVERIFY(windows >= 0);
    QVERIFY(rowNamed(m, u"Program Files"_s) >= 0);
    QVERIFY(rowNamed(m, u"Users"_s) >= 0);
    const QModelIndex windowsIndex = m->index(windows, 0);
    QCOMPARE(m->rowCount(windowsIndex), 0);
    QVERIFY(m->hasChildren(windowsIndex));
    QVERIFY(m->canFetchMore(windowsIndex));
    QCOMPARE(cell(m, windows, ImageTreeModel::AttributesColumn), u"D"_s);

    // Expanding in the view starts a one-level listing on the engine; the rows arrive later.
    QSignalSpy loaded(m, &ImageTreeModel::folderLoaded);
    view->expand(windowsIndex);
    QVERIFY(loaded.wait(Timeout));
    QCOMPARE(loaded.last().first().toString(), u"/Windows"_s);
    QCOMPARE(m->rowCount(windowsIndex), 2); // System32, win.ini
    QCOMPARE(cell(m, 0, 0, windowsIndex), u"System32"_s);
    QCOMPARE(cell(m, 1, 0, windowsIndex), u"win.ini"_s);
    QCOMPARE(cell(m, 1, ImageTreeModel::SizeColumn, windowsIndex), u"49 bytes"_s);
    QCOMPARE(m->index(1, 0, windowsIndex).data(ImageTreeModel::PathRole).toString(), u"/Windows/win.ini"_s);
    QVERIFY(!m->canFetchMore(windowsIndex));

    const QModelIndex system32 = m->index(0, 0, windowsIndex);
    view->expand(system32);
    QTRY_VERIFY_WITH_TIMEOUT(m->rowCount(system32) > 0, Timeout);
    QStringList names;
    for (int r = 0; r < m->rowCount(system32); ++r)
        names << cell(m, r, 0, system32);
    QCOMPARE(names, (QStringList{u"config"_s, u"drivers"_s, u"en-US"_s,
                                 u"fr-FR"_s, u"kernel32.dll"_s, u"ntoskrnl.exe"_s}));
    QCOMPARE(cell(m, names.indexOf(u"kernel32.dll"_s), ImageTreeModel::SizeColumn, system32), u"64.0 KiB"_s);
    QCOMPARE(m->index(names.indexOf(u"kernel32.dll"_s), ImageTreeModel::SizeColumn, system32).data(Qt::ToolTipRole).toString(),
             u"65,536 bytes"_s);

    // config/SOFTWARE is 8 KiB; an empty folder loses its expander once listed.
    const QModelIndex config = m->index(0, 0, system32);
    view->expand(config);
    QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(config), 1, Timeout);
    QCOMPARE(cell(m, 0, 0, config), u"SOFTWARE"_s);
    QCOMPARE(cell(m, 0, ImageTreeModel::SizeColumn, config), u"8.00 KiB"_s);
    QVERIFY(!m->hasChildren(m->index(0, 0, config)));

    const QModelIndex programFiles = m->index(rowNamed(m, u"Program Files"_s), 0);
    view->expand(programFiles);
    QTRY_VERIFY_WITH_TIMEOUT(m->rowCount(programFiles) > 0, Timeout);
    const int windowsApps = rowNamed(m, u"WindowsApps"_s, programFiles);
    QVERIFY(windowsApps >= 0);
    const QModelIndex empty = m->index(windowsApps, 0, programFiles);
    QVERIFY(m->hasChildren(empty));
    view->expand(empty);
    QTRY_VERIFY_WITH_TIMEOUT(!m->canFetchMore(empty) && !m->isLoading(), Timeout);
    QCOMPARE(m->rowCount(empty), 0);
    QVERIFY(!m->hasChildren(empty));
    QCOMPARE(m->indexForPath(u"/Windows/System32/config/SOFTWARE"_s).data().toString(), u"SOFTWARE"_s);
}

// Issue 18 item 6: Qt's QAbstractItemModelTester on the lazy, asynchronous folder tree, attached
// before the first listing arrives; it fetches every folder it walks, so the whole tree loads
// through the real path (engine listings answered on the GUI thread, rows inserted as they come).
void ImageBrowserTest::treeModelKeepsItsPromises()
{
    ImageBrowser b(*m_engine, m_wim);
    ImageTreeModel *m = b.treeModel();
    test::testModel(m);
    b.show();
    QTRY_VERIFY_WITH_TIMEOUT(b.loadState() == ImageBrowser::LoadState::Loaded, Timeout);
    for (const QString &path : {u"/Windows"_s, u"/Windows/System32"_s}) {
        QTRY_VERIFY_WITH_TIMEOUT(!m->isLoading() && m->indexForPath(path).isValid(), Timeout);
        b.fileTree()->expand(m->indexForPath(path));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!m->isLoading() && rowNamed(m, u"kernel32.dll"_s, m->indexForPath(u"/Windows/System32"_s)) >= 0, Timeout);
    b.selectImageIndex(2); // a reset to the other image, listed again
    QTRY_VERIFY_WITH_TIMEOUT(!m->isLoading() && rowNamed(m, u"Windows"_s) >= 0, Timeout);
}

void ImageBrowserTest::treeFollowsSelectedIndex()
{
    ImageBrowser *b = openBrowser();
    ImageTreeModel *m = b->treeModel();
    QTRY_VERIFY_WITH_TIMEOUT(!m->isLoading() && m->rowCount() > 0, Timeout);
    QCOMPARE(rowNamed(m, u"sources"_s), -1);
    b->selectImageIndex(2);
    QCOMPARE(m->imageIndex(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(m, u"sources"_s) >= 0, Timeout);
    const QModelIndex sources = m->index(rowNamed(m, u"sources"_s), 0);
    b->fileTree()->expand(sources);
    QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(sources), 1, Timeout);
    QCOMPARE(cell(m, 0, ImageTreeModel::SizeColumn, sources), u"3.00 MiB"_s);
}

void ImageBrowserTest::searchFindsNamesInTheIndex()
{
    ImageBrowser *b = openBrowser();
    QSignalSpy done(b, &ImageBrowser::searchFinished);
    // Typed into the search field and confirmed with the button, as a person does.
    QTest::keyClicks(b->searchField(), u"NOTEPAD"_s);
    b->findChild<QPushButton *>(u"searchButton"_s)->click();
    QVERIFY(done.wait(Timeout));
    QCOMPARE(done.last().first().toInt(), 2);
    QVERIFY(b->isShowingSearchResults());
    SearchResultsModel *r = b->searchResults();
    QStringList paths;
    for (const DirectoryEntry &e : r->entries())
        paths << e.path;
    paths.sort();
    QCOMPARE(paths, (QStringList{u"/Windows/System32/en-US/notepad.exe.mui"_s,
                                 u"/Windows/System32/fr-FR/notepad.exe.mui"_s}));

    // Wildcards match whole names.
    b->search(u"*.dll"_s);
    QVERIFY(done.wait(Timeout));
    QCOMPARE(done.last().first().toInt(), 1);
    QCOMPARE(r->entries().first().path, u"/Windows/System32/kernel32.dll"_s);
    QCOMPARE(cell(r, 0, SearchResultsModel::SizeColumn), u"64.0 KiB"_s);
    // Shown as the command line prints paths inside an image (defect 10).
    QCOMPARE(cell(r, 0, SearchResultsModel::PathColumn), u"\\Windows\\System32\\kernel32.dll"_s);

    b->search(u"no-such-name"_s);
    QVERIFY(done.wait(Timeout));
    QCOMPARE(done.last().first().toInt(), 0);
    QCOMPARE(r->rowCount(), 0);
    b->showTree();
    QVERIFY(!b->isShowingSearchResults());
}

void ImageBrowserTest::extractSelectedFilesWritesThem()
{
    ImageBrowser *b = openBrowser();
    ImageTreeModel *m = b->treeModel();
    QTRY_VERIFY_WITH_TIMEOUT(!m->isLoading() && m->rowCount() > 0, Timeout);
    const QModelIndex windows = m->index(rowNamed(m, u"Windows"_s), 0);
    b->fileTree()->expand(windows);
    QTRY_VERIFY_WITH_TIMEOUT(m->rowCount(windows) == 2, Timeout);
    // Select win.ini and the System32 folder.
    auto *sel = b->fileTree()->selectionModel();
    sel->select(m->index(0, 0, windows), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    sel->select(m->index(1, 0, windows), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(b->selectedPaths().size(), 2);
    QVERIFY(b->findChild<QPushButton *>(u"extractButton"_s)->isEnabled());

    QTemporaryDir out;
    OperationHandle *h = b->extractTo(out.path());
    QVERIFY(h);
    const OperationOutcome outcome = QCoro::waitFor(h->waitForFinished());
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.error ? outcome.error->oneLine() : QString()));
    QFile ini(QDir(out.path()).filePath(u"win.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QCOMPARE(ini.readAll(), QByteArray("; for 16-bit app support\r\n[fonts]\r\n[extensions]\r\n"));
    QFile kernel(QDir(out.path()).filePath(u"System32/kernel32.dll"_s));
    QFile source(QDir(m_sourcePro).filePath(u"Windows/System32/kernel32.dll"_s));
    QVERIFY(kernel.open(QIODevice::ReadOnly));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(kernel.readAll(), source.readAll());

    // Extracting again refuses to overwrite and leaves the files alone.
    OperationHandle *again = b->extractTo(out.path());
    const OperationOutcome second = QCoro::waitFor(again->waitForFinished());
    QVERIFY(second.failed());
    QVERIFY2(second.error, "no error");
    QCOMPARE(second.error->code, u"extract.exists"_s);
    // Every awaiter and later reader sees the whole outcome.
    QCOMPARE(again->outcome().error->code, u"extract.exists"_s);
    QVERIFY(!again->outcome().error->message.isEmpty());
}

void ImageBrowserTest::extractSameNamesKeepsFoldersAndAsks()
{
    ImageBrowser *b = openBrowser();
    // Two search results with one name in different folders, both selected.
    QSignalSpy searched(b, &ImageBrowser::searchFinished);
    b->search(u"notepad.exe.mui"_s);
    QVERIFY(searched.wait(Timeout));
    QCOMPARE(searched.first().first().toInt(), 2);
    b->searchResultsView()->selectAll();
    QCOMPARE(b->selectedPaths().size(), 2);
    QSignalSpy status(b, &ImageBrowser::statusMessage);
    QSignalSpy finished(b, &ImageBrowser::extractionFinished);
    QTemporaryDir out;
    const auto read = [&](const QString &rel) {
        QFile f(QDir(out.path()).filePath(rel));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
    };

    // 1. They keep their folders below their common parent, System32; no question.
    b->extractAsking(out.path());
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.last().first().toBool(), true);
    QCOMPARE(read(u"en-US/notepad.exe.mui"_s), QByteArray("MUI en-US"));
    QCOMPARE(read(u"fr-FR/notepad.exe.mui"_s), QByteArray("MUI fr-FR"));
    QTRY_VERIFY2(status.last().first().toString().contains(u"kept their folders"_s), qPrintable(status.last().first().toString()));

    // 2. Again: each existing file is asked about; Keep Both for the first, Skip for the second.
    QStringList questions;
    test::answerMessageBoxesWith({{u"renameButton"_s, false}, {u"skipButton"_s, false}}, &questions);
    b->extractAsking(out.path());
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.last().first().toBool(), true);
    QCOMPARE(questions.size(), 2);
    QVERIFY2(questions.first().startsWith(u"en-US/notepad.exe.mui already exists in "_s), qPrintable(questions.first()));
    QCOMPARE(read(u"en-US/notepad.exe (2).mui"_s), QByteArray("MUI en-US"));
    QCOMPARE(read(u"fr-FR/notepad.exe (2).mui"_s), QByteArray("(missing)"));
    QTRY_VERIFY2(status.last().first().toString().contains(u"kept (skipped)"_s), qPrintable(status.last().first().toString()));

    // 3. Overwrite, for all: a changed file gets the image's bytes back.
    QFile changed(QDir(out.path()).filePath(u"fr-FR/notepad.exe.mui"_s));
    QVERIFY(changed.open(QIODevice::WriteOnly | QIODevice::Truncate));
    changed.write("changed");
    changed.close();
    test::answerMessageBoxesWith({{u"overwriteButton"_s, true}}, &questions);
    b->extractAsking(out.path());
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(questions.size(), 3); // one question, answered for both
    QCOMPARE(read(u"fr-FR/notepad.exe.mui"_s), QByteArray("MUI fr-FR"));
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{u"en-US"_s, u"fr-FR"_s})); // no staging folder left

    // 4. Cancel in the question: nothing changes.
    QVERIFY(changed.open(QIODevice::WriteOnly | QIODevice::Truncate));
    changed.write("changed");
    changed.close();
    test::answerMessageBoxesWith({{u"noSuchButton"_s, false}}); // rejected = Cancel
    b->extractAsking(out.path());
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.last().first().toBool(), false);
    QCOMPARE(read(u"fr-FR/notepad.exe.mui"_s), QByteArray("changed"));
    b->showTree();
}

void ImageBrowserTest::conflictQuestionIsOneSentencePerCase_data()
{
    QTest::addColumn<bool>("incomingFolder");
    QTest::addColumn<bool>("existingFolder");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("file over file") << false << false
                                    << u"The image holds a file of that name, and so does the destination. Overwrite replaces the "
                                       "existing file, Keep Both writes the new one under a numbered name."_s;
    QTest::newRow("file over folder") << false << true
                                      << u"The image holds a file of that name; the destination has a folder. Overwrite replaces "
                                         "the existing folder, Keep Both writes the new file under a numbered name."_s;
    QTest::newRow("folder over file") << true << false
                                      << u"The image holds a folder of that name; the destination has a file. Overwrite replaces "
                                         "the existing file, Keep Both writes the new folder under a numbered name."_s;
    QTest::newRow("folder over folder") << true << true
                                        << u"The image holds a folder of that name, and so does the destination. Overwrite "
                                           "replaces the existing folder, Keep Both writes the new one under a numbered name."_s;
}

// Issue 19: the question was built from translated fragments ("a %1 ... a %2" with "file"/"folder").
void ImageBrowserTest::conflictQuestionIsOneSentencePerCase()
{
    QFETCH(bool, incomingFolder);
    QFETCH(bool, existingFolder);
    QFETCH(QString, sentence);
    QString informative;
    QTimer timer;
    timer.setInterval(20);
    connect(&timer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        timer.stop();
        informative = box->informativeText();
        box->findChild<QPushButton *>(u"skipButton"_s)->click();
    });
    timer.start();
    const auto policy = ExtractConflictQuestion::ask(nullptr, {{u"Windows/x"_s, incomingFolder, existingFolder}}, u"/tmp/out"_s);
    QVERIFY(policy);
    QCOMPARE(int(policy->perPath.value(u"Windows/x"_s)), int(ExtractConflictAction::Skip));
    QCOMPARE(informative, sentence);
}

void ImageBrowserTest::extractStartsInLastOrDownloadsFolder()
{
    AppSettings::setLastExtractFolder({});
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString fallback = QFileInfo(downloads).isDir() ? downloads : QDir::homePath();
    QCOMPARE(AppSettings::defaultExtractFolder(), fallback);
    QVERIFY(AppSettings::defaultExtractFolder() != QFileInfo(m_wim).absolutePath());
    QTemporaryDir last;
    AppSettings::setLastExtractFolder(last.path());
    QCOMPARE(AppSettings::defaultExtractFolder(), last.path());
    // A last folder that was removed since is not proposed.
    AppSettings::setLastExtractFolder(last.path() + u"/gone"_s);
    QCOMPARE(AppSettings::defaultExtractFolder(), fallback);
}

void ImageBrowserTest::damagedImageShowsErrorRowAndLeftOutEntries()
{
    // Keep.txt, a folder ".." (wimlib leaves it out) and Sub holding a file whose name has '/'
    // (listing Sub fails with wim.unsafe-entry-name).
    const QString src = m_dir.filePath(u"hostile-src"_s);
    const QString hostile = u"../../../escaped.txt"_s;
    QVERIFY(test::writeFile(src, u"Keep.txt"_s, "keep"));
    QVERIFY(test::writeFile(src, u"QQ/inside.txt"_s, "inside"));
    QVERIFY(test::writeFile(src, u"Sub/"_s + QString(hostile.size(), u'P'), "escaped"));
    test::ImageSpec spec;
    spec.sourceDir = src;
    spec.name = u"Hostile"_s;
    test::WimWriteOptions options;
    options.compression = test::Compression::None;
    const QString wim = m_dir.filePath(u"hostile.wim"_s);
    QVERIFY(test::createWim(wim, {spec}, options).ok());
    QVERIFY(test::patchWimEntryName(wim, u"QQ"_s, u".."_s).ok());
    QVERIFY(test::patchWimEntryName(wim, QString(hostile.size(), u'P'), hostile).ok());

    ImageBrowser b(*m_engine, wim);
    b.resize(1000, 700);
    b.show();
    QSignalSpy loaded(&b, &ImageBrowser::loadFinished);
    QVERIFY(loaded.wait(Timeout));
    ImageTreeModel *m = b.treeModel();
    QTRY_VERIFY_WITH_TIMEOUT(!m->isLoading() && m->rowCount() == 2, Timeout);
    QCOMPARE(cell(m, 0, 0), u"Sub"_s);
    QCOMPARE(cell(m, 1, 0), u"Keep.txt"_s);
    QCOMPARE(m->dotEntriesIgnored(), 1);
    auto *status = b.findChild<QLabel *>(u"filesStatus"_s);
    QTRY_VERIFY2(status->text().contains(u"Entries named \".\" or \"..\" left out: 1."_s), qPrintable(status->text()));

    QSignalSpy failed(m, &ImageTreeModel::folderLoadFailed);
    const QModelIndex sub = m->index(0, 0);
    b.fileTree()->expand(sub);
    QVERIFY(failed.wait(Timeout));
    QCOMPARE(m->rowCount(sub), 1);
    const QModelIndex row = m->index(0, 0, sub);
    QVERIFY(row.data(ImageTreeModel::IsErrorRowRole).toBool());
    QVERIFY2(row.data().toString().startsWith(u"Could not list this folder: "_s), qPrintable(row.data().toString()));
    QVERIFY2(row.data().toString().contains(hostile), qPrintable(row.data().toString()));
    QVERIFY(!(m->flags(row) & Qt::ItemIsSelectable));
    QVERIFY(b.fileTree()->isFirstColumnSpanned(0, sub));
    QCOMPARE(m->loadError(sub)->code, u"wim.unsafe-entry-name"_s);
}

void ImageBrowserTest::unreadableFileShowsTheReason()
{
    const QString bogus = m_dir.filePath(u"broken.wim"_s);
    QFile f(bogus);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'z'));
    f.close();
    ImageBrowser browser(*m_engine, bogus);
    browser.show();
    QTRY_COMPARE_WITH_TIMEOUT(browser.loadState(), ImageBrowser::LoadState::Failed, Timeout);
    QVERIFY(browser.loadError());
    auto *message = browser.findChild<QLabel *>(u"browserMessage"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"broken.wim"_s), qPrintable(message->text()));
    QCOMPARE(browser.images().size(), 0);
}

void ImageBrowserTest::realFilesOpen_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("bootable");
    QTest::addColumn<QString>("solid");
    QTest::addColumn<QString>("part");
    QTest::newRow("multi-image") << u"MultiImage.wim"_s
                                 << QStringList{u"Base"_s, u"Changes"_s, u"Delta"_s}
                                 << u"No"_s << u"No"_s << u"1 of 1"_s;
    QTest::newRow("boot") << u"BootLZX.wim"_s << QStringList() << u"Yes"_s << u"No"_s
                          << u"1 of 1"_s;
    QTest::newRow("solid") << u"LZMS.wim"_s << QStringList() << u"No"_s << u"Yes"_s
                           << u"1 of 1"_s;
    QTest::newRow("split") << u"Split.swm"_s << QStringList{u"Src03"_s} << u"No"_s
                           << u"No"_s << u"1 of 2"_s;
}

void ImageBrowserTest::realFilesOpen()
{
    QFETCH(QString, file);
    QFETCH(QStringList, names);
    QFETCH(QString, bootable);
    QFETCH(QString, solid);
    QFETCH(QString, part);
    const QString fixtures = test::sharedFixturesDir();
    if (fixtures.isEmpty())
        QSKIP("the shared fixtures folder is absent");
    const QString path = QDir(fixtures).filePath(u"wim/"_s + file);
    ImageBrowser browser(*m_engine, path);
    browser.show();
    QTRY_VERIFY_WITH_TIMEOUT(browser.loadState() != ImageBrowser::LoadState::Loading, Timeout);
    QVERIFY2(browser.loadState() == ImageBrowser::LoadState::Loaded,
             qPrintable(browser.loadError() ? browser.loadError()->oneLine() : QString()));
    QAbstractItemModel *m = browser.indexTable()->model();
    if (!names.isEmpty()) {
        QCOMPARE(m->rowCount(), names.size());
        for (int r = 0; r < names.size(); ++r)
            QCOMPARE(cell(m, r, ImageIndexModel::NameColumn), names[r]);
    }
    QCOMPARE(cell(m, 0, ImageIndexModel::BootableColumn), bootable);
    // These files carry no <WINDOWS> metadata: shown as absent, not invented.
    QCOMPARE(cell(m, 0, ImageIndexModel::EditionColumn), DisplayFormat::absent());
    QCOMPARE(cell(m, 0, ImageIndexModel::ArchitectureColumn), DisplayFormat::absent());
    QVERIFY(browser.detailsPane()->isAbsent(u"Architecture"_s));
    QCOMPARE(browser.detailsPane()->valueOf(u"Solid"_s), solid);
    QCOMPARE(browser.detailsPane()->valueOf(u"Part"_s), part);
    // The file tree of the first image lists its root (for a split set, through all parts).
    QTRY_VERIFY_WITH_TIMEOUT(!browser.treeModel()->isLoading(), Timeout);
    QVERIFY(!browser.treeModel()->loadError(QModelIndex()));
    QVERIFY(browser.treeModel()->rowCount() > 0);
}

QTEST_MAIN(ImageBrowserTest)
#include "tst_imagebrowser.moc"
