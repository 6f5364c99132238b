// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppSettings.h"
#include "ImageBrowser.h"
#include "LanguageManager.h"
#include "OperationsView.h"
#include "PreferencesDialog.h"

#include "servicelog/Log.h"
#include "ops/Engine.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

// The icons in resources/wimbench.qrc live in the static wimbench_ui library: register them.
static void initWimBenchResources()
{
    Q_INIT_RESOURCE(wimbench);
}

namespace wb {

namespace {
constexpr int PathRole = Qt::UserRole + 1;

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/wimbench-%1.png").arg(size), QSize(size, size));
    return icon;
}
} // namespace

MainWindow::MainWindow(Engine &engine, QWidget *parent)
    : QMainWindow(parent), m_engine(engine)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    initWimBenchResources();
    setWindowIcon(applicationIcon());
    if (QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(windowIcon());
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    // Central tab area: the image browsers first; other views are added with addView().
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    m_imagesTab = new QWidget(m_tabs);
    auto *imagesLayout = new QVBoxLayout(m_imagesTab);
    imagesLayout->setContentsMargins(4, 4, 4, 4);
    m_browsers = new QStackedWidget(m_imagesTab);
    imagesLayout->addWidget(m_browsers);
    m_welcome = new QWidget(m_browsers);
    auto *welcomeLayout = new QVBoxLayout(m_welcome);
    welcomeLayout->addStretch();
    m_welcomeLabel = new QLabel(m_welcome);
    m_welcomeLabel->setObjectName(QStringLiteral("welcomeLabel"));
    m_welcomeLabel->setAlignment(Qt::AlignCenter);
    m_welcomeLabel->setWordWrap(true);
    welcomeLayout->addWidget(m_welcomeLabel);
    auto *welcomeButtons = new QHBoxLayout;
    welcomeButtons->addStretch();
    m_welcomeOpen = new QPushButton(m_welcome);
    m_welcomeSample = new QPushButton(m_welcome);
    welcomeButtons->addWidget(m_welcomeOpen);
    welcomeButtons->addWidget(m_welcomeSample);
    welcomeButtons->addStretch();
    welcomeLayout->addLayout(welcomeButtons);
    welcomeLayout->addStretch();
    m_browsers->addWidget(m_welcome);
    m_tabs->addTab(m_imagesTab, QString());
    setCentralWidget(m_tabs);
    connect(m_welcomeOpen, &QPushButton::clicked, this, &MainWindow::openWithDialog);
    connect(m_welcomeSample, &QPushButton::clicked, this, [this] {
        const QString sample = bundledSampleImage();
        if (!sample.isEmpty())
            openImage(sample);
    });

    // Side panel: the files open at once.
    m_filesDock = new QDockWidget(this);
    m_filesDock->setObjectName(QStringLiteral("openFilesDock"));
    m_openFiles = new QListWidget(m_filesDock);
    m_openFiles->setObjectName(QStringLiteral("openFilesList"));
    m_openFiles->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_openFiles->setTextElideMode(Qt::ElideMiddle);
    m_openFiles->setIconSize(QSize(24, 24));
    m_openFiles->setMinimumWidth(160); // never squeezed to a sliver by a wide tab
    m_filesDock->setWidget(m_openFiles);
    addDockWidget(Qt::LeftDockWidgetArea, m_filesDock);
    connect(m_openFiles, &QListWidget::currentRowChanged, this, &MainWindow::onOpenFileSelected);

    // Operations at the bottom.
    m_operationsDock = new QDockWidget(this);
    m_operationsDock->setObjectName(QStringLiteral("operationsDock"));
    m_operations = new OperationsView(m_engine, m_operationsDock);
    m_operationsDock->setWidget(m_operations);
    addDockWidget(Qt::BottomDockWidgetArea, m_operationsDock);
    resizeDocks({m_filesDock}, {220}, Qt::Horizontal);
    resizeDocks({m_operationsDock}, {170}, Qt::Vertical);

    m_runningLabel = new QLabel(this);
    m_runningLabel->setObjectName(QStringLiteral("runningLabel"));
    statusBar()->addPermanentWidget(m_runningLabel);
    connect(m_operations, &OperationsView::runningCountChanged, this, [this](int running) {
        m_runningLabel->setText(running > 0 ? tr("%n operation(s) running", nullptr, running) : QString());
    });

    createActions();
    m_openFiles->addAction(m_closeAction);
    m_openFiles->addAction(m_reloadAction);
    retranslateUi();
    updateActions();

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // A state saved while a wide tab squeezed the Open images panel (issue 19 defect 5) is not
    // brought back: the panel gets its default width again.
    if (m_filesDock->width() < m_openFiles->minimumWidth() + 20)
        resizeDocks({m_filesDock}, {220}, Qt::Horizontal);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_openAction = m_fileMenu->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), QString(), this,
                                         &MainWindow::openWithDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        AppSettings::clearRecentFiles();
        rebuildRecentMenu();
    });
    m_closeAction = m_fileMenu->addAction(QString(), this, [this] { closeImage(currentImagePath()); });
    m_closeAction->setShortcut(QKeySequence::Close);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_imageMenu = menuBar()->addMenu(QString());
    m_imageMenu->setObjectName(QStringLiteral("imageMenu"));
    m_reloadAction = m_imageMenu->addAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(), this, [this] {
        if (ImageBrowser *b = currentBrowser())
            b->reload();
    });
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_extractAction = m_imageMenu->addAction(QString(), this, [this] {
        if (ImageBrowser *b = currentBrowser())
            b->extractSelected();
    });
    m_extractAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_imageMenu->addSeparator();

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_preferencesAction = m_toolsMenu->addAction(QString(), this, &MainWindow::showPreferences);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_toolsMenu->addSeparator();

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_filesDock->toggleViewAction());
    m_viewMenu->addAction(m_operationsDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *languages = new QActionGroup(this);
    auto addLanguage = [&](const QString &code) {
        QAction *a = m_languageMenu->addAction(QString());
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(AppSettings::language() == code);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [code] {
            AppSettings::setLanguage(code);
            LanguageManager::setLanguageFromPreference(code);
        });
        return a;
    };
    m_langSystem = addLanguage(QString());
    m_langEnglish = addLanguage(QStringLiteral("en_US"));
    m_langChinese = addLanguage(QStringLiteral("zh_CN"));
    m_viewMenu->addSeparator();

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About WimBench"),
                           tr("<h3>WimBench %1</h3><p>A workbench for servicing Windows images (.wim, .esd, .swm) "
                              "on Linux, in the spirit of DISM.</p><p>Image access through wimlib %2.</p>"
                              "<p>Servicing log: %3</p><p>License: GPL-3.0-or-later.</p>")
                               .arg(QApplication::applicationVersion(), QStringLiteral("1.13"),
                                    (Log::path().isEmpty() ? Log::defaultPath() : Log::path()).toHtmlEscaped()));
    });
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    rebuildRecentMenu();
}

void MainWindow::retranslateUi()
{
    const QString current = currentImagePath();
    setWindowTitle(current.isEmpty() ? tr("WimBench") : tr("%1 — WimBench").arg(QFileInfo(current).fileName()));
    m_tabs->setTabText(m_tabs->indexOf(m_imagesTab), tr("Images"));
    m_welcomeLabel->setText(tr("<p style='font-size:large'><b>No image is open.</b></p>"
                               "<p>Open a Windows image file (.wim, .esd or the first part of a split .swm set) "
                               "with File ▸ Open, or drop it on this window.</p>"));
    m_welcomeOpen->setText(tr("Open image…"));
    m_welcomeSample->setText(tr("Open the sample image"));
    m_welcomeSample->setVisible(!bundledSampleImage().isEmpty());
    m_filesDock->setWindowTitle(tr("Open images"));
    m_operationsDock->setWindowTitle(tr("Operations"));

    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open image…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_clearRecentAction->setText(tr("&Clear list"));
    m_closeAction->setText(tr("&Close image"));
    m_quitAction->setText(tr("&Quit"));
    m_imageMenu->setTitle(tr("&Image"));
    m_reloadAction->setText(tr("&Reload image information"));
    m_extractAction->setText(tr("&Extract selected files to…"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_langSystem->setText(tr("System language"));
    m_langEnglish->setText(QStringLiteral("English"));
    m_langChinese->setText(QStringLiteral("简体中文"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About WimBench"));
    m_aboutQtAction->setText(tr("About &Qt"));
    for (int i = 0; i < m_openFiles->count(); ++i)
        updateOpenFileItem(browserFor(m_openFiles->item(i)->data(PathRole).toString()));
    rebuildRecentMenu();
    const int running = m_operations->runningCount();
    m_runningLabel->setText(running > 0 ? tr("%n operation(s) running", nullptr, running) : QString());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_tabs)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_operations->runningCount() > 0) {
        // Cancel what still runs; the engine waits for it when it is destroyed.
        for (OperationHandle *h : m_engine.findChildren<OperationHandle *>(Qt::FindDirectChildrenOnly))
            h->cancel();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentFiles();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(path);
        a->setData(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                statusBar()->showMessage(tr("%1 no longer exists; it was removed from the recent files.").arg(path), 8000);
                AppSettings::removeRecentFile(path);
                rebuildRecentMenu();
                return;
            }
            openImage(path);
        });
    }
    if (recent.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent files"));
        none->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(m_clearRecentAction);
    }
}

void MainWindow::openWithDialog()
{
    const QString start = m_lastPath.isEmpty() ? QDir::homePath() : QFileInfo(m_lastPath).absolutePath();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Windows Image"), start,
        tr("Windows images (*.wim *.esd *.swm *.WIM *.ESD *.SWM);;All files (*)"));
    for (const QString &f : files)
        openImage(f);
}

QString MainWindow::bundledSampleImage()
{
    const QString path = QDir::cleanPath(QDir(QApplication::applicationDirPath()).filePath(QStringLiteral("../share/wimbench/sample.wim")));
    return QFileInfo::exists(path) ? path : QString();
}

bool MainWindow::isImageFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("wim") || suffix == QLatin1String("esd") || suffix == QLatin1String("swm");
}

int MainWindow::openStartupImages(const QStringList &paths)
{
    int opened = 0;
    for (const QString &p : paths) {
        if (openImage(p))
            ++opened;
    }
    if (paths.isEmpty() && AppSettings::recentFiles().isEmpty()) {
        const QString sample = bundledSampleImage();
        if (!sample.isEmpty() && openImage(sample))
            ++opened;
    }
    return opened;
}

ImageBrowser *MainWindow::openImage(const QString &path)
{
    if (path.isEmpty())
        return nullptr;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (ImageBrowser *existing = browserFor(absolute)) {
        for (int i = 0; i < m_openFiles->count(); ++i) {
            if (m_openFiles->item(i)->data(PathRole).toString() == absolute)
                m_openFiles->setCurrentRow(i);
        }
        m_tabs->setCurrentWidget(m_imagesTab);
        return existing;
    }
    auto *browser = new ImageBrowser(m_engine, absolute, m_browsers);
    m_browsers->addWidget(browser);
    connect(browser, &ImageBrowser::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 10000); });
    connect(browser, &ImageBrowser::currentImageIndexChanged, this, [this, browser] {
        if (browser == currentBrowser())
            updateCurrentImage();
    });
    connect(browser, &ImageBrowser::loadFinished, this, [this, browser, absolute](bool ok) {
        updateOpenFileItem(browser);
        if (ok) {
            AppSettings::addRecentFile(absolute);
            rebuildRecentMenu();
            statusBar()->showMessage(tr("Opened %1: %n image(s)", nullptr, int(browser->images().size())).arg(absolute), 8000);
        } else if (browser->loadError()) {
            statusBar()->showMessage(browser->loadError()->message, 15000);
        }
        updateActions();
    });
    auto *item = new QListWidgetItem(m_openFiles);
    item->setData(PathRole, absolute);
    updateOpenFileItem(browser);
    m_lastPath = absolute;
    m_openFiles->setCurrentItem(item);
    m_tabs->setCurrentWidget(m_imagesTab);
    return browser;
}

bool MainWindow::closeImage(const QString &path)
{
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    ImageBrowser *browser = browserFor(absolute);
    if (!browser)
        return false;
    for (int i = 0; i < m_openFiles->count(); ++i) {
        if (m_openFiles->item(i)->data(PathRole).toString() == absolute) {
            delete m_openFiles->takeItem(i);
            break;
        }
    }
    m_browsers->removeWidget(browser);
    browser->deleteLater();
    onOpenFileSelected();
    return true;
}

QStringList MainWindow::openImagePaths() const
{
    QStringList paths;
    for (int i = 0; i < m_openFiles->count(); ++i)
        paths << m_openFiles->item(i)->data(PathRole).toString();
    return paths;
}

ImageBrowser *MainWindow::browserFor(const QString &path) const
{
    for (int i = 0; i < m_browsers->count(); ++i) {
        auto *b = qobject_cast<ImageBrowser *>(m_browsers->widget(i));
        if (b && b->imagePath() == path)
            return b;
    }
    return nullptr;
}

ImageBrowser *MainWindow::currentBrowser() const
{
    return qobject_cast<ImageBrowser *>(m_browsers->currentWidget());
}

QString MainWindow::currentImagePath() const
{
    const ImageBrowser *b = currentBrowser();
    return b ? b->imagePath() : QString();
}

int MainWindow::currentImageIndex() const
{
    const ImageBrowser *b = currentBrowser();
    return b ? b->currentImageIndex() : 0;
}

void MainWindow::onOpenFileSelected()
{
    QListWidgetItem *item = m_openFiles->currentItem();
    ImageBrowser *browser = item ? browserFor(item->data(PathRole).toString()) : nullptr;
    m_browsers->setCurrentWidget(browser ? static_cast<QWidget *>(browser) : m_welcome);
    updateCurrentImage();
}

void MainWindow::updateCurrentImage()
{
    const QString path = currentImagePath();
    const int index = currentImageIndex();
    retranslateUi();
    updateActions();
    if (path == m_emittedPath && index == m_emittedIndex)
        return;
    m_emittedPath = path;
    m_emittedIndex = index;
    Q_EMIT currentImageChanged(path, index);
}

void MainWindow::updateActions()
{
    ImageBrowser *b = currentBrowser();
    m_closeAction->setEnabled(b != nullptr);
    m_reloadAction->setEnabled(b != nullptr);
    m_extractAction->setEnabled(b && b->currentImageIndex() > 0);
}

void MainWindow::updateOpenFileItem(ImageBrowser *browser)
{
    if (!browser)
        return;
    for (int i = 0; i < m_openFiles->count(); ++i) {
        QListWidgetItem *item = m_openFiles->item(i);
        if (item->data(PathRole).toString() != browser->imagePath())
            continue;
        const QString name = QFileInfo(browser->imagePath()).fileName();
        QString status;
        switch (browser->loadState()) {
        case ImageBrowser::LoadState::Loading:
            status = tr("reading…");
            item->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
            break;
        case ImageBrowser::LoadState::Loaded:
            status = tr("%n image(s)", nullptr, int(browser->images().size()));
            item->setIcon(style()->standardIcon(QStyle::SP_DriveHDIcon));
            break;
        case ImageBrowser::LoadState::Failed:
            status = tr("cannot be read");
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            break;
        }
        item->setText(name + QLatin1Char('\n') + status);
        item->setToolTip(browser->imagePath());
    }
}

void MainWindow::addView(QWidget *view, const QString &title)
{
    m_tabs->addTab(view, title);
}

void MainWindow::showView(QWidget *view)
{
    m_tabs->setCurrentWidget(view);
}

void MainWindow::setPackageDropHandler(std::function<void(const QString &)> handler)
{
    m_packageDropHandler = std::move(handler);
}

int MainWindow::handleDroppedFiles(const QStringList &paths)
{
    int taken = 0;
    QStringList refused;
    for (const QString &p : paths) {
        if (isImageFile(p)) {
            openImage(p);
            ++taken;
        } else if (m_packageDropHandler) {
            m_packageDropHandler(p);
            ++taken;
        } else {
            refused << QFileInfo(p).fileName();
        }
    }
    if (!refused.isEmpty())
        statusBar()->showMessage(tr("Cannot open %1: only Windows images (.wim, .esd, .swm) can be opened here.")
                                     .arg(refused.join(QStringLiteral(", "))), 10000);
    return taken;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && (isImageFile(url.toLocalFile()) || m_packageDropHandler)) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (handleDroppedFiles(paths) > 0)
        event->acceptProposedAction();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_engine, this);
    dialog.exec();
}

} // namespace wb
