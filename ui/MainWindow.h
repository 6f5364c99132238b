// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QDockWidget;
class QLabel;
class QListWidget;
class QStackedWidget;
class QPushButton;
class QTabWidget;

namespace wb {

class Engine;
class ImageBrowser;
class OperationsView;

/// The workbench window. Lives on the GUI thread; the Engine is owned by the caller and outlives
/// the window.
///
/// Layout: a side panel ("Open images") lists the image files open at once; the central tab area
/// starts with the "Images" tab (an ImageBrowser per open file: index table, details, lazily loaded
/// file tree, search, extract); the operations view (every engine operation with progress, cancel
/// and outcome) is docked at the bottom.
///
/// Integration points for the other views (mounts, log, package inspector, export/split):
///  - addView(widget, title): adds a tab to the central tab area (the window takes ownership);
///    showView(widget) brings it to the front.
///  - currentImagePath() / currentImageIndex() and currentImageChanged(path, index): the image file
///    and 1-based index selected in the browser (empty / 0 when none).
///  - fileMenu(), imageMenu(), toolsMenu(), viewMenu(), helpMenu(): add QActions there. Actions
///    in imageMenu() usually want the current image; enable them from currentImageChanged.
///  - setPackageDropHandler(f): files dropped on the window that are not .wim/.esd/.swm are given
///    to f one by one (e.g. .appx/.msix for the package inspector); without a handler the window
///    says it cannot open them.
///  - operationsView(): the operations list (it shows every Engine::operationStarted by itself).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Engine &engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens an image file (or selects it if it is already open) and shows its indexes. Reading
    /// happens on the engine; the browser fills in when it is done. Returns the file's browser.
    ImageBrowser *openImage(const QString &path);
    /// Closes the browser of `path`. Returns false if it was not open.
    bool closeImage(const QString &path);
    /// Opens `paths`; with none, opens the bundled sample image when there are no recent files
    /// (first start). Returns how many files were opened.
    int openStartupImages(const QStringList &paths);
    /// `<application dir>/../share/wimbench/sample.wim` (build tree and installed layout), or empty.
    static QString bundledSampleImage();
    /// True for .wim, .esd and .swm names.
    static bool isImageFile(const QString &path);

    QStringList openImagePaths() const;
    ImageBrowser *browserFor(const QString &path) const;
    ImageBrowser *currentBrowser() const;

    QString currentImagePath() const;
    int currentImageIndex() const;

    void addView(QWidget *view, const QString &title);
    void showView(QWidget *view);
    QTabWidget *viewTabs() const { return m_tabs; }

    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *imageMenu() const { return m_imageMenu; }
    QMenu *toolsMenu() const { return m_toolsMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    OperationsView *operationsView() const { return m_operations; }
    QListWidget *openFilesList() const { return m_openFiles; }

    void setPackageDropHandler(std::function<void(const QString &)> handler);
    /// What a drop of `paths` does (also used by dropEvent): images are opened, other files go to
    /// the package drop handler. Returns how many files were taken.
    int handleDroppedFiles(const QStringList &paths);

    /// Opens the preferences dialog (modal).
    void showPreferences();

Q_SIGNALS:
    void currentImageChanged(const QString &path, int index);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void openWithDialog();
    void rebuildRecentMenu();
    void onOpenFileSelected();
    void updateCurrentImage();
    void updateActions();
    void updateOpenFileItem(ImageBrowser *browser);

    Engine &m_engine;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_imagesTab = nullptr;
    QStackedWidget *m_browsers = nullptr;
    QWidget *m_welcome = nullptr;
    QLabel *m_welcomeLabel = nullptr;
    QListWidget *m_openFiles = nullptr;
    QDockWidget *m_filesDock = nullptr;
    QDockWidget *m_operationsDock = nullptr;
    OperationsView *m_operations = nullptr;
    QLabel *m_runningLabel = nullptr;
    std::function<void(const QString &)> m_packageDropHandler;
    QString m_lastPath;     ///< last opened file (start folder of the open dialog)
    QString m_emittedPath;  ///< what currentImageChanged last said
    int m_emittedIndex = -1;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_imageMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_extractAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_langSystem = nullptr;
    QAction *m_langEnglish = nullptr;
    QAction *m_langChinese = nullptr;
    QPushButton *m_welcomeOpen = nullptr;
    QPushButton *m_welcomeSample = nullptr;
};

} // namespace wb
