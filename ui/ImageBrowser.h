// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "ops/ExtractPlacement.h"
#include "ops/OperationHandle.h"
#include "ops/SetImageInfoOperation.h"
#include "wim/ImageInfo.h"
#include "wim/WimFile.h"
#include "wim/WimWriter.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeView;
class QToolButton;

namespace wb {

class Engine;
class ExtractFilesOperation;
class ImageDetailsPane;
class IndexActions;
class ImageIndexModel;
class ImageTreeModel;
class OperationHandle;
class SearchResultsModel;

/// Browses one image file: the table of its indexes, every Get-WindowsImage field of the selected
/// index, and that index's file tree (lazily loaded), with search by name and "Extract selected
/// files to…". Every read of the image is an engine operation, awaited with QCoro
/// (QCoro::connect on OperationHandle::waitForFinished); nothing here blocks the GUI thread.
/// GUI thread; the Engine is owned by the caller and outlives the browser.
class ImageBrowser : public QWidget
{
    Q_OBJECT
public:
    enum class LoadState { Loading, Loaded, Failed };

    ImageBrowser(Engine &engine, const QString &imagePath, QWidget *parent = nullptr);

    QString imagePath() const { return m_imagePath; }
    LoadState loadState() const { return m_loadState; }
    std::optional<Error> loadError() const { return m_loadError; }
    /// (Re)reads the file's image information; the table fills when the operation finishes.
    void reload();

    /// The selected image index (1-based), or 0 while nothing is selected.
    int currentImageIndex() const { return m_currentIndex; }
    /// Selects image `index` in the table (and shows its details and file tree).
    void selectImageIndex(int index);
    const QList<ImageInfo> &images() const;
    const WimHeaderInfo &header() const { return m_header; }

    /// Paths (inside the image) of the files and folders selected in the tree or search results.
    QStringList selectedPaths() const;
    /// Asks for a folder (starting at AppSettings::defaultExtractFolder) and extracts the selected
    /// items there with extractAsking().
    void extractSelected();
    /// Extracts `paths` (default: the selection) of the current index into `destination` as an
    /// ExtractFilesOperation with `layout` and `policy` (defaults: each item under its own name,
    /// existing targets refused).
    OperationHandle *extractTo(const QString &destination, const QStringList &paths = {},
                               ExtractLayout layout = ExtractLayout::Flat, const ExtractConflictPolicy &policy = {});
    /// The window's extraction: folders kept below the common parent when two items share a name
    /// (ExtractLayout::Auto); a plan-only run first lists the targets that exist, the user answers
    /// Overwrite / Skip / Keep Both for each (ExtractConflictQuestion), then the extraction runs with
    /// those answers. Emits extractionFinished.
    void extractAsking(const QString &destination, const QStringList &paths = {});
    /// Searches the current index for names matching `pattern` (see SearchImageOperation).
    OperationHandle *search(const QString &pattern);
    /// Writes `request` (its imagePath is this file) as a SetImageInfoOperation, then reloads and
    /// reports the outcome in the status bar. Used by the details pane's edits.
    OperationHandle *changeImageInfo(SetImageInfoRequest request);
    /// Leaves the search results and shows the file tree again.
    void showTree();
    bool isShowingSearchResults() const;

    QTableView *indexTable() const { return m_indexTable; }
    QTreeView *fileTree() const { return m_fileTree; }
    QTableView *searchResultsView() const { return m_resultsView; }
    ImageTreeModel *treeModel() const { return m_treeModel; }
    SearchResultsModel *searchResults() const { return m_resultsModel; }
    ImageDetailsPane *detailsPane() const { return m_details; }
    /// Delete and Set as bootable (the index table's context menu).
    IndexActions *indexActions() const { return m_indexActions; }
    QLineEdit *searchField() const { return m_searchField; }

Q_SIGNALS:
    void loadFinished(bool ok);
    void currentImageIndexChanged(int index);
    void searchFinished(int matches);
    /// The end of extractAsking(): `ok` false when it failed, was cancelled or the user cancelled.
    void extractionFinished(bool ok);
    /// A one-line message for the status bar.
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildMessagePage();
    QWidget *buildBrowserPage();
    void buildIndexesBox(QSplitter *splitter);
    void buildFilesBox(QSplitter *splitter);
    QHBoxLayout *buildFilesBar(QWidget *filesBox);
    QTreeView *buildFileTree();
    QTableView *buildResultsView();
    void buildDetailsBox(QSplitter *splitter);
    void connectFiles();
    void showColumnsMenu(const QPoint &pos);
    void onFolderLoadFailed(const QString &path, const Error &error);
    void retranslateUi();
    void onIndexSelectionChanged();
    void showTreeContextMenu(const QPoint &pos, QWidget *view);
    void updateFilesStatus();
    void onFieldEdited(int index, ImageField field, const QString &value);
    void reportExtraction(const ExtractFilesOperation &op, const OperationOutcome &outcome, const QString &destination);

    Engine &m_engine;
    QString m_imagePath;
    LoadState m_loadState = LoadState::Loading;
    std::optional<Error> m_loadError;
    WimHeaderInfo m_header;
    int m_currentIndex = 0;
    quint64 m_loadGeneration = 0;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_messageDetail = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_lowerSplitter = nullptr;
    QLabel *m_indexesTitle = nullptr;
    QTableView *m_indexTable = nullptr;
    ImageIndexModel *m_indexModel = nullptr;
    QLabel *m_filesTitle = nullptr;
    QLineEdit *m_searchField = nullptr;
    QPushButton *m_searchButton = nullptr;
    QPushButton *m_showTreeButton = nullptr;
    QPushButton *m_extractButton = nullptr;
    QLabel *m_filesStatus = nullptr;
    QStackedWidget *m_filesStack = nullptr;
    QTreeView *m_fileTree = nullptr;
    ImageTreeModel *m_treeModel = nullptr;
    QTableView *m_resultsView = nullptr;
    SearchResultsModel *m_resultsModel = nullptr;
    QLabel *m_detailsTitle = nullptr;
    ImageDetailsPane *m_details = nullptr;
    IndexActions *m_indexActions = nullptr;
    QPointer<OperationHandle> m_search;
    QString m_searchSummary;
};

} // namespace wb
