// The image browser driven through its real widgets: the index table and details of a WIM with two
// indexes and known XML, the lazily loaded file tree, search by name, and extraction.
#include "DisplayFormat.h"
#include "ImageBrowser.h"
#include "ImageDetailsPane.h"
#include "ImageIndexModel.h"
#include "ImageTreeModel.h"
#include "LanguageManager.h"
#include "SearchResultsModel.h"

#include "HostileWim.h"
#include "ModalAnswer.h"
#include "WimBuilder.h"

#include "AppSettings.h"

#include "ops/Engine.h"
#include "ops/OperationHandle.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace wb;
using namespace Qt::StringLiterals;

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
    void treeFollowsSelectedIndex();
    void searchFindsNamesInTheIndex();
    void extractSelectedFilesWritesThem();
    void extractSameNamesKeepsFoldersAndAsks();
    void extractStartsInLastOrDownloadsFolder();
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
    m_sourcePro = m_dir.filePath(QStringLiteral("pro"));
    const QString pe = m_dir.filePath(QStringLiteral("pe"));
    test::writeWindowsTree(m_sourcePro, {QStringLiteral("en-US"), QStringLiteral("fr-FR")});
    test::writeWindowsTree(pe, {QStringLiteral("zh-CN")}, test::PeMachine::Arm64);
    test::writeFile(pe, QStringLiteral("sources/setup.exe"), QByteArray(3 * 1024 * 1024 + 512, 'x'));
    test::ImageSpec pro = test::windowsLikeSpec(m_sourcePro, QStringLiteral("Windows 11 Pro"));
    test::ImageSpec winpe;
    winpe.sourceDir = pe;
    winpe.name = QStringLiteral("Microsoft Windows Setup (arm64)");
    winpe.architecture = 12;
    winpe.languages = {QStringLiteral("zh-CN")};
    winpe.defaultLanguage = QStringLiteral("zh-CN");
    m_wim = m_dir.filePath(QStringLiteral("install.wim"));
    const Status st = test::createWim(m_wim, {pro, winpe}, {});
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().oneLine()));
    m_engine = std::make_unique<Engine>();
}

ImageBrowser *ImageBrowserTest::openBrowser()
{
    m_browser = std::make_unique<ImageBrowser>(*m_engine, m_wim);
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
    const QStringList headers{QStringLiteral("Index"), QStringLiteral("Name"), QStringLiteral("Edition"),
                              QStringLiteral("Architecture"), QStringLiteral("Languages"), QStringLiteral("Size"),
                              QStringLiteral("Files"), QStringLiteral("Bootable")};
    for (int c = 0; c < headers.size(); ++c)
        QCOMPARE(m->headerData(c, Qt::Horizontal).toString(), headers[c]);

    QCOMPARE(cell(m, 0, ImageIndexModel::IndexColumn), QStringLiteral("1"));
    QCOMPARE(cell(m, 0, ImageIndexModel::NameColumn), QStringLiteral("Windows 11 Pro"));
    QCOMPARE(cell(m, 0, ImageIndexModel::EditionColumn), QStringLiteral("Professional"));
    QCOMPARE(cell(m, 0, ImageIndexModel::ArchitectureColumn), QStringLiteral("x64"));
    QCOMPARE(cell(m, 0, ImageIndexModel::LanguagesColumn), QStringLiteral("en-US (default), fr-FR"));
    QCOMPARE(cell(m, 0, ImageIndexModel::BootableColumn), QStringLiteral("No"));
    // 11 files written by writeWindowsTree for two languages (9 + 2 per language).
    QCOMPARE(cell(m, 0, ImageIndexModel::FileCountColumn), QString::number(b->images().at(0).fileCount.value_or(0)));
    QVERIFY(b->images().at(0).fileCount.value_or(0) >= 11);
    QVERIFY(cell(m, 0, ImageIndexModel::SizeColumn).endsWith(QStringLiteral("KiB")));

    QCOMPARE(cell(m, 1, ImageIndexModel::IndexColumn), QStringLiteral("2"));
    QCOMPARE(cell(m, 1, ImageIndexModel::NameColumn), QStringLiteral("Microsoft Windows Setup (arm64)"));
    QCOMPARE(cell(m, 1, ImageIndexModel::EditionColumn), DisplayFormat::absent());
    QCOMPARE(cell(m, 1, ImageIndexModel::ArchitectureColumn), QStringLiteral("arm64"));
    QCOMPARE(cell(m, 1, ImageIndexModel::LanguagesColumn), QStringLiteral("zh-CN (default)"));
    // 3 MiB of setup.exe dominates the size of image 2.
    QVERIFY2(cell(m, 1, ImageIndexModel::SizeColumn).endsWith(QStringLiteral("MiB")), qPrintable(cell(m, 1, ImageIndexModel::SizeColumn)));

    // The first image is selected at once.
    QCOMPARE(b->currentImageIndex(), 1);
    QCOMPARE(b->indexTable()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(b->indexTable()->selectionModel()->selectedRows().first().row(), 0);
}

void ImageBrowserTest::detailsShowEveryFieldAndAbsentOnes()
{
    ImageBrowser *b = openBrowser();
    ImageDetailsPane *d = b->detailsPane();
    QCOMPARE(d->valueOf(QStringLiteral("Index")), QStringLiteral("1"));
    QCOMPARE(d->valueOf(QStringLiteral("Name")), QStringLiteral("Windows 11 Pro"));
    QCOMPARE(d->valueOf(QStringLiteral("Description")), QStringLiteral("Windows 11 Pro"));
    QCOMPARE(d->valueOf(QStringLiteral("Architecture")), QStringLiteral("x64"));
    QCOMPARE(d->valueOf(QStringLiteral("Edition")), QStringLiteral("Professional"));
    QCOMPARE(d->valueOf(QStringLiteral("Installation type")), QStringLiteral("Client"));
    QCOMPARE(d->valueOf(QStringLiteral("Product type")), QStringLiteral("WinNT"));
    QCOMPARE(d->valueOf(QStringLiteral("Product suite")), QStringLiteral("Terminal Server"));
    QCOMPARE(d->valueOf(QStringLiteral("Version")), QStringLiteral("10.0.22631.2861"));
    QCOMPARE(d->valueOf(QStringLiteral("Service pack build")), QStringLiteral("2861")); // an identifier: no separator (defect 10)
    QCOMPARE(d->valueOf(QStringLiteral("Service pack level")), QStringLiteral("0"));
    QCOMPARE(d->valueOf(QStringLiteral("Languages")), QStringLiteral("en-US, fr-FR"));
    QCOMPARE(d->valueOf(QStringLiteral("Default language")), QStringLiteral("en-US"));
    QCOMPARE(d->valueOf(QStringLiteral("System root")), QStringLiteral("WINDOWS"));
    QCOMPARE(d->valueOf(QStringLiteral("Compression")), QStringLiteral("LZX"));
    QCOMPARE(d->valueOf(QStringLiteral("Images")), QStringLiteral("2"));
    QVERIFY(!d->valueOf(QStringLiteral("Created")).isEmpty());
    QVERIFY(!d->isAbsent(QStringLiteral("Created")));
    QVERIFY(!d->valueOf(QStringLiteral("Files")).isEmpty());
    // The spec sets no HAL: it is listed, as absent.
    QVERIFY(d->isAbsent(QStringLiteral("Hal")));
    QCOMPARE(d->valueOf(QStringLiteral("Hal")), DisplayFormat::absent());
    QVERIFY(!d->isAbsent(QStringLiteral("Edition")));

    // Image 2 records neither edition nor version.
    QSignalSpy changed(b, &ImageBrowser::currentImageIndexChanged);
    b->indexTable()->selectRow(1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toInt(), 2);
    QCOMPARE(d->valueOf(QStringLiteral("Index")), QStringLiteral("2"));
    QCOMPARE(d->valueOf(QStringLiteral("Architecture")), QStringLiteral("arm64"));
    QVERIFY(d->isAbsent(QStringLiteral("Edition")));
    QVERIFY(d->isAbsent(QStringLiteral("Version")));
    QVERIFY(d->isAbsent(QStringLiteral("Installation type")));
    QCOMPARE(d->valueOf(QStringLiteral("Languages")), QStringLiteral("zh-CN"));
}

void ImageBrowserTest::treeLoadsFoldersOnDemand()
{
    ImageBrowser *b = openBrowser();
    ImageTreeModel *m = b->treeModel();
    QTreeView *view = b->fileTree();
    QTRY_VERIFY_WITH_TIMEOUT(!m->isLoading() && m->rowCount() > 0, Timeout);
    // Folders first, then files, by name; nothing below the top level is loaded yet.
    const int windows = rowNamed(m, QStringLiteral("Windows"));
    QVERIFY(windows >= 0);
    QVERIFY(rowNamed(m, QStringLiteral("Program Files")) >= 0);
    QVERIFY(rowNamed(m, QStringLiteral("Users")) >= 0);
    const QModelIndex windowsIndex = m->index(windows, 0);
    QCOMPARE(m->rowCount(windowsIndex), 0);
    QVERIFY(m->hasChildren(windowsIndex));
    QVERIFY(m->canFetchMore(windowsIndex));
    QCOMPARE(cell(m, windows, ImageTreeModel::AttributesColumn), QStringLiteral("D"));

    // Expanding in the view starts a one-level listing on the engine; the rows arrive later.
    QSignalSpy loaded(m, &ImageTreeModel::folderLoaded);
    view->expand(windowsIndex);
    QVERIFY(loaded.wait(Timeout));
    QCOMPARE(loaded.last().first().toString(), QStringLiteral("/Windows"));
    QCOMPARE(m->rowCount(windowsIndex), 2); // System32, win.ini
    QCOMPARE(cell(m, 0, 0, windowsIndex), QStringLiteral("System32"));
    QCOMPARE(cell(m, 1, 0, windowsIndex), QStringLiteral("win.ini"));
    QCOMPARE(cell(m, 1, ImageTreeModel::SizeColumn, windowsIndex), QStringLiteral("49 bytes"));
    QCOMPARE(m->index(1, 0, windowsIndex).data(ImageTreeModel::PathRole).toString(), QStringLiteral("/Windows/win.ini"));
    QVERIFY(!m->canFetchMore(windowsIndex));

    const QModelIndex system32 = m->index(0, 0, windowsIndex);
    view->expand(system32);
    QTRY_VERIFY_WITH_TIMEOUT(m->rowCount(system32) > 0, Timeout);
    QStringList names;
    for (int r = 0; r < m->rowCount(system32); ++r)
        names << cell(m, r, 0, system32);
    QCOMPARE(names, (QStringList{QStringLiteral("config"), QStringLiteral("drivers"), QStringLiteral("en-US"),
                                 QStringLiteral("fr-FR"), QStringLiteral("kernel32.dll"), QStringLiteral("ntoskrnl.exe")}));
    QCOMPARE(cell(m, names.indexOf(QStringLiteral("kernel32.dll")), ImageTreeModel::SizeColumn, system32), QStringLiteral("64.0 KiB"));
    QCOMPARE(m->index(names.indexOf(QStringLiteral("kernel32.dll")), ImageTreeModel::SizeColumn, system32).data(Qt::ToolTipRole).toString(),
             QStringLiteral("65,536 bytes"));

    // config/SOFTWARE is 8 KiB; an empty folder loses its expander once listed.
    const QModelIndex config = m->index(0, 0, system32);
    view->expand(config);
    QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(config), 1, Timeout);
    QCOMPARE(cell(m, 0, 0, config), QStringLiteral("SOFTWARE"));
    QCOMPARE(cell(m, 0, ImageTreeModel::SizeColumn, config), QStringLiteral("8.00 KiB"));
    QVERIFY(!m->hasChildren(m->index(0, 0, config)));

    const QModelIndex programFiles = m->index(rowNamed(m, QStringLiteral("Program Files")), 0);
    view->expand(programFiles);
    QTRY_VERIFY_WITH_TIMEOUT(m->rowCount(programFiles) > 0, Timeout);
    const int windowsApps = rowNamed(m, QStringLiteral("WindowsApps"), programFiles);
    QVERIFY(windowsApps >= 0);
    const QModelIndex empty = m->index(windowsApps, 0, programFiles);
    QVERIFY(m->hasChildren(empty));
    view->expand(empty);
    QTRY_VERIFY_WITH_TIMEOUT(!m->canFetchMore(empty) && !m->isLoading(), Timeout);
    QCOMPARE(m->rowCount(empty), 0);
    QVERIFY(!m->hasChildren(empty));
    QCOMPARE(m->indexForPath(QStringLiteral("/Windows/System32/config/SOFTWARE")).data().toString(), QStringLiteral("SOFTWARE"));
}

void ImageBrowserTest::treeFollowsSelectedIndex()
{
    ImageBrowser *b = openBrowser();
    ImageTreeModel *m = b->treeModel();
    QTRY_VERIFY_WITH_TIMEOUT(!m->isLoading() && m->rowCount() > 0, Timeout);
    QCOMPARE(rowNamed(m, QStringLiteral("sources")), -1);
    b->selectImageIndex(2);
    QCOMPARE(m->imageIndex(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(m, QStringLiteral("sources")) >= 0, Timeout);
    const QModelIndex sources = m->index(rowNamed(m, QStringLiteral("sources")), 0);
    b->fileTree()->expand(sources);
    QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(sources), 1, Timeout);
    QCOMPARE(cell(m, 0, ImageTreeModel::SizeColumn, sources), QStringLiteral("3.00 MiB"));
}

void ImageBrowserTest::searchFindsNamesInTheIndex()
{
    ImageBrowser *b = openBrowser();
    QSignalSpy done(b, &ImageBrowser::searchFinished);
    // Typed into the search field and confirmed with the button, as a person does.
    QTest::keyClicks(b->searchField(), QStringLiteral("NOTEPAD"));
    b->findChild<QPushButton *>(QStringLiteral("searchButton"))->click();
    QVERIFY(done.wait(Timeout));
    QCOMPARE(done.last().first().toInt(), 2);
    QVERIFY(b->isShowingSearchResults());
    SearchResultsModel *r = b->searchResults();
    QStringList paths;
    for (const DirectoryEntry &e : r->entries())
        paths << e.path;
    paths.sort();
    QCOMPARE(paths, (QStringList{QStringLiteral("/Windows/System32/en-US/notepad.exe.mui"),
                                 QStringLiteral("/Windows/System32/fr-FR/notepad.exe.mui")}));

    // Wildcards match whole names.
    b->search(QStringLiteral("*.dll"));
    QVERIFY(done.wait(Timeout));
    QCOMPARE(done.last().first().toInt(), 1);
    QCOMPARE(r->entries().first().path, QStringLiteral("/Windows/System32/kernel32.dll"));
    QCOMPARE(cell(r, 0, SearchResultsModel::SizeColumn), QStringLiteral("64.0 KiB"));
    // Shown as the command line prints paths inside an image (defect 10).
    QCOMPARE(cell(r, 0, SearchResultsModel::PathColumn), QStringLiteral("\\Windows\\System32\\kernel32.dll"));

    b->search(QStringLiteral("no-such-name"));
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
    const QModelIndex windows = m->index(rowNamed(m, QStringLiteral("Windows")), 0);
    b->fileTree()->expand(windows);
    QTRY_VERIFY_WITH_TIMEOUT(m->rowCount(windows) == 2, Timeout);
    // Select win.ini and the System32 folder.
    auto *sel = b->fileTree()->selectionModel();
    sel->select(m->index(0, 0, windows), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    sel->select(m->index(1, 0, windows), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(b->selectedPaths().size(), 2);
    QVERIFY(b->findChild<QPushButton *>(QStringLiteral("extractButton"))->isEnabled());

    QTemporaryDir out;
    OperationHandle *h = b->extractTo(out.path());
    QVERIFY(h);
    const OperationOutcome outcome = QCoro::waitFor(h->waitForFinished());
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.error ? outcome.error->oneLine() : QString()));
    QFile ini(QDir(out.path()).filePath(QStringLiteral("win.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QCOMPARE(ini.readAll(), QByteArray("; for 16-bit app support\r\n[fonts]\r\n[extensions]\r\n"));
    QFile kernel(QDir(out.path()).filePath(QStringLiteral("System32/kernel32.dll")));
    QFile source(QDir(m_sourcePro).filePath(QStringLiteral("Windows/System32/kernel32.dll")));
    QVERIFY(kernel.open(QIODevice::ReadOnly));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(kernel.readAll(), source.readAll());

    // Extracting again refuses to overwrite and leaves the files alone.
    OperationHandle *again = b->extractTo(out.path());
    const OperationOutcome second = QCoro::waitFor(again->waitForFinished());
    QVERIFY(second.failed());
    QVERIFY2(second.error, "no error");
    QCOMPARE(second.error->code, QStringLiteral("extract.exists"));
    // Every awaiter and later reader sees the whole outcome.
    QCOMPARE(again->outcome().error->code, QStringLiteral("extract.exists"));
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
    QTRY_VERIFY2(status->text().contains(u"named \".\" or \"..\" were left out"_s), qPrintable(status->text()));

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
    const QString bogus = m_dir.filePath(QStringLiteral("broken.wim"));
    QFile f(bogus);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'z'));
    f.close();
    ImageBrowser browser(*m_engine, bogus);
    browser.show();
    QTRY_COMPARE_WITH_TIMEOUT(browser.loadState(), ImageBrowser::LoadState::Failed, Timeout);
    QVERIFY(browser.loadError());
    auto *message = browser.findChild<QLabel *>(QStringLiteral("browserMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("broken.wim")), qPrintable(message->text()));
    QCOMPARE(browser.images().size(), 0);
}

void ImageBrowserTest::realFilesOpen_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("bootable");
    QTest::addColumn<QString>("solid");
    QTest::addColumn<QString>("part");
    QTest::newRow("multi-image") << QStringLiteral("MultiImage.wim")
                                 << QStringList{QStringLiteral("Base"), QStringLiteral("Changes"), QStringLiteral("Delta")}
                                 << QStringLiteral("No") << QStringLiteral("No") << QStringLiteral("1 of 1");
    QTest::newRow("boot") << QStringLiteral("BootLZX.wim") << QStringList() << QStringLiteral("Yes") << QStringLiteral("No")
                          << QStringLiteral("1 of 1");
    QTest::newRow("solid") << QStringLiteral("LZMS.wim") << QStringList() << QStringLiteral("No") << QStringLiteral("Yes")
                           << QStringLiteral("1 of 1");
    QTest::newRow("split") << QStringLiteral("Split.swm") << QStringList{QStringLiteral("Src03")} << QStringLiteral("No")
                           << QStringLiteral("No") << QStringLiteral("1 of 2");
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
    const QString path = QDir(fixtures).filePath(QStringLiteral("wim/") + file);
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
    QVERIFY(browser.detailsPane()->isAbsent(QStringLiteral("Architecture")));
    QCOMPARE(browser.detailsPane()->valueOf(QStringLiteral("Solid")), solid);
    QCOMPARE(browser.detailsPane()->valueOf(QStringLiteral("Part")), part);
    // The file tree of the first image lists its root (for a split set, through all parts).
    QTRY_VERIFY_WITH_TIMEOUT(!browser.treeModel()->isLoading(), Timeout);
    QVERIFY(!browser.treeModel()->loadError(QModelIndex()));
    QVERIFY(browser.treeModel()->rowCount() > 0);
}

QTEST_MAIN(ImageBrowserTest)
#include "tst_imagebrowser.moc"
