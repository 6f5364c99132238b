// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageBrowser.h"
#include "RemedyText.h"

#include "AppSettings.h"
#include "DisplayFormat.h"
#include "ExtractConflictQuestion.h"
#include "ImageDetailsPane.h"
#include "image/IndexActions.h"
#include "ImageIndexModel.h"
#include "ImageTreeModel.h"
#include "SearchResultsModel.h"

#include "ops/Engine.h"
#include "ops/ExtractFilesOperation.h"
#include "ops/GetImageInfoOperation.h"
#include "ops/SearchImageOperation.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <QCoro/QCoroTask>

namespace wb {

namespace {
QLabel *titleLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}
} // namespace

ImageBrowser::ImageBrowser(Engine &engine, const QString &imagePath, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_imagePath(imagePath)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);
    m_pages->addWidget(buildMessagePage());
    m_pages->addWidget(buildBrowserPage());
    connectFiles();

    m_indexActions = new IndexActions(m_engine, this); // the index table's context menu

    retranslateUi();
    reload();
}

QWidget *ImageBrowser::buildMessagePage()
{
    // Page 0: loading or failure message.
    auto *messagePage = new QWidget(m_pages);
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->addStretch();
    m_messageLabel = new QLabel(messagePage);
    m_messageLabel->setObjectName(QStringLiteral("browserMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageDetail = new QLabel(messagePage);
    m_messageDetail->setObjectName(QStringLiteral("browserMessageDetail"));
    m_messageDetail->setWordWrap(true);
    m_messageDetail->setAlignment(Qt::AlignCenter);
    m_messageDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageDetail->setForegroundRole(QPalette::PlaceholderText);
    messageLayout->addWidget(m_messageLabel);
    messageLayout->addWidget(m_messageDetail);
    messageLayout->addStretch();
    return messagePage;
}

QWidget *ImageBrowser::buildBrowserPage()
{
    // Page 1: the browser.
    // The index table across the top; below it the file tree and the details side by side.
    m_mainSplitter = new QSplitter(Qt::Vertical, m_pages);
    m_mainSplitter->setObjectName(QStringLiteral("browserSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    buildIndexesBox(m_mainSplitter);
    m_lowerSplitter = new QSplitter(Qt::Horizontal, m_mainSplitter);
    m_lowerSplitter->setChildrenCollapsible(false);
    buildFilesBox(m_lowerSplitter);
    buildDetailsBox(m_lowerSplitter);

    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 4);
    m_lowerSplitter->setStretchFactor(0, 3);
    m_lowerSplitter->setStretchFactor(1, 2);
    // Initial proportions (kept when the window is resized): the index table a few rows high, the
    // details pane wide enough for descriptions and paths.
    m_mainSplitter->setSizes({140, 560});
    m_lowerSplitter->setSizes({620, 420});
    return m_mainSplitter;
}

void ImageBrowser::buildIndexesBox(QSplitter *splitter)
{
    auto *indexesBox = new QWidget(splitter);
    auto *indexesLayout = new QVBoxLayout(indexesBox);
    indexesLayout->setContentsMargins(0, 0, 0, 0);
    m_indexesTitle = titleLabel(indexesBox);
    indexesLayout->addWidget(m_indexesTitle);
    m_indexModel = new ImageIndexModel(this);
    m_indexTable = new QTableView(indexesBox);
    m_indexTable->setObjectName(QStringLiteral("indexTable"));
    m_indexTable->setModel(m_indexModel);
    m_indexTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_indexTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_indexTable->setAlternatingRowColors(true);
    m_indexTable->setWordWrap(false);
    m_indexTable->verticalHeader()->hide();
    m_indexTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_indexTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_indexTable->horizontalHeader()->setSectionResizeMode(ImageIndexModel::NameColumn, QHeaderView::Stretch);
    m_indexTable->horizontalHeader()->setHighlightSections(false);
    indexesLayout->addWidget(m_indexTable);
    connect(m_indexTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImageBrowser::onIndexSelectionChanged);
}

void ImageBrowser::buildFilesBox(QSplitter *splitter)
{
    auto *filesBox = new QWidget(splitter);
    auto *filesLayout = new QVBoxLayout(filesBox);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addLayout(buildFilesBar(filesBox));

    m_filesStack = new QStackedWidget(filesBox);
    m_treeModel = new ImageTreeModel(m_engine, this);
    m_filesStack->addWidget(buildFileTree());
    m_resultsModel = new SearchResultsModel(this);
    m_filesStack->addWidget(buildResultsView());
    filesLayout->addWidget(m_filesStack);
    m_filesStatus = new QLabel(filesBox);
    m_filesStatus->setObjectName(QStringLiteral("filesStatus"));
    m_filesStatus->setWordWrap(true);
    filesLayout->addWidget(m_filesStatus);
}

QHBoxLayout *ImageBrowser::buildFilesBar(QWidget *filesBox)
{
    auto *filesBar = new QHBoxLayout;
    m_filesTitle = titleLabel(filesBox);
    filesBar->addWidget(m_filesTitle);
    filesBar->addStretch();
    m_searchField = new QLineEdit(filesBox);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMinimumWidth(220);
    filesBar->addWidget(m_searchField, 1);
    m_searchButton = new QPushButton(filesBox);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    filesBar->addWidget(m_searchButton);
    m_showTreeButton = new QPushButton(filesBox);
    m_showTreeButton->setObjectName(QStringLiteral("showTreeButton"));
    m_showTreeButton->setVisible(false);
    filesBar->addWidget(m_showTreeButton);
    m_extractButton = new QPushButton(filesBox);
    m_extractButton->setObjectName(QStringLiteral("extractButton"));
    m_extractButton->setEnabled(false);
    filesBar->addWidget(m_extractButton);
    return filesBar;
}

QTreeView *ImageBrowser::buildFileTree()
{
    m_fileTree = new QTreeView(m_filesStack);
    m_fileTree->setObjectName(QStringLiteral("fileTree"));
    m_fileTree->setModel(m_treeModel);
    m_fileTree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fileTree->setUniformRowHeights(true);
    m_fileTree->setAlternatingRowColors(true);
    m_fileTree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_fileTree->header()->setStretchLastSection(false);
    m_fileTree->header()->setSectionResizeMode(ImageTreeModel::NameColumn, QHeaderView::Stretch);
    for (int c = ImageTreeModel::SizeColumn; c < ImageTreeModel::ColumnCount; ++c)
        m_fileTree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // As Explorer's defaults: no Created column until asked for, so names have room in a
    // 1,024 px window; the header's context menu shows or hides each column.
    m_fileTree->setColumnHidden(ImageTreeModel::CreatedColumn, true);
    m_fileTree->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_fileTree->header(), &QHeaderView::customContextMenuRequested, this, &ImageBrowser::showColumnsMenu);
    return m_fileTree;
}

void ImageBrowser::showColumnsMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (int c = ImageTreeModel::SizeColumn; c < ImageTreeModel::ColumnCount; ++c) {
        QAction *a = menu.addAction(m_treeModel->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_fileTree->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) { m_fileTree->setColumnHidden(c, !on); });
    }
    menu.exec(m_fileTree->header()->mapToGlobal(pos));
}

QTableView *ImageBrowser::buildResultsView()
{
    m_resultsView = new QTableView(m_filesStack);
    m_resultsView->setObjectName(QStringLiteral("searchResults"));
    m_resultsView->setModel(m_resultsModel);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_resultsView->setAlternatingRowColors(true);
    m_resultsView->setWordWrap(false);
    m_resultsView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resultsView->horizontalHeader()->setSectionResizeMode(SearchResultsModel::PathColumn, QHeaderView::Stretch);
    return m_resultsView;
}

void ImageBrowser::buildDetailsBox(QSplitter *splitter)
{
    auto *detailsBox = new QWidget(splitter);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_detailsTitle = titleLabel(detailsBox);
    detailsLayout->addWidget(m_detailsTitle);
    m_details = new ImageDetailsPane(detailsBox);
    m_details->setObjectName(QStringLiteral("detailsPane"));
    detailsLayout->addWidget(m_details);
    connect(m_details, &ImageDetailsPane::fieldEdited, this, &ImageBrowser::onFieldEdited);
}

void ImageBrowser::connectFiles()
{
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_searchField->setFocus();
        m_searchField->selectAll();
    });
    connect(m_searchButton, &QPushButton::clicked, this, [this] { search(m_searchField->text()); });
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] { search(m_searchField->text()); });
    connect(m_showTreeButton, &QPushButton::clicked, this, &ImageBrowser::showTree);
    connect(m_extractButton, &QPushButton::clicked, this, &ImageBrowser::extractSelected);
    connect(m_fileTree, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showTreeContextMenu(pos, m_fileTree); });
    connect(m_resultsView, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showTreeContextMenu(pos, m_resultsView); });
    auto selectionUpdate = [this] {
        m_extractButton->setEnabled(!selectedPaths().isEmpty());
        updateFilesStatus();
    };
    connect(m_fileTree->selectionModel(), &QItemSelectionModel::selectionChanged, this, selectionUpdate);
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, selectionUpdate);
    connect(m_treeModel, &ImageTreeModel::modelReset, this, selectionUpdate);
    connect(m_resultsModel, &SearchResultsModel::modelReset, this, selectionUpdate);
    connect(m_treeModel, &ImageTreeModel::loadingChanged, this, &ImageBrowser::updateFilesStatus);
    connect(m_treeModel, &ImageTreeModel::folderLoadFailed, this, &ImageBrowser::onFolderLoadFailed);
    connect(m_treeModel, &ImageTreeModel::dotEntriesIgnoredChanged, this, &ImageBrowser::updateFilesStatus);
}

void ImageBrowser::onFolderLoadFailed(const QString &path, const Error &error)
{
    if (error.isCancelled())
        return;
    // The error row under the folder gets the whole width, so the message is not cut off.
    const QModelIndex folder = path == QLatin1String("/") ? QModelIndex() : m_treeModel->indexForPath(path);
    if (m_treeModel->rowCount(folder) == 1 && m_treeModel->index(0, 0, folder).data(ImageTreeModel::IsErrorRowRole).toBool())
        m_fileTree->setFirstColumnSpanned(0, folder, true);
    Q_EMIT statusMessage(errorText(error));
}

const QList<ImageInfo> &ImageBrowser::images() const
{
    return m_indexModel->images();
}

void ImageBrowser::reload()
{
    m_loadState = LoadState::Loading;
    m_loadError.reset();
    const quint64 generation = ++m_loadGeneration;
    retranslateUi();
    m_pages->setCurrentIndex(0);
    auto op = std::make_shared<GetImageInfoOperation>(m_imagePath);
    OperationHandle *handle = m_engine.start(op);
    QCoro::connect(handle->waitForFinished(), this, [this, op, generation](const OperationOutcome &outcome) {
        if (generation != m_loadGeneration)
            return;
        if (!outcome.succeeded()) {
            m_loadState = LoadState::Failed;
            m_loadError = outcome.error.value_or(Error::cancelled());
            retranslateUi();
            Q_EMIT loadFinished(false);
            return;
        }
        const int previous = m_currentIndex;
        m_header = op->header();
        m_indexModel->setImages(op->images(), m_header.bootIndex);
        m_loadState = LoadState::Loaded;
        m_pages->setCurrentIndex(1);
        retranslateUi();
        m_currentIndex = 0;
        const int row = m_indexModel->rowOfIndex(previous);
        if (m_indexModel->rowCount() > 0)
            m_indexTable->selectRow(row >= 0 ? row : 0);
        else
            onIndexSelectionChanged();
        Q_EMIT loadFinished(true);
    });
}

void ImageBrowser::onFieldEdited(int index, ImageField field, const QString &value)
{
    SetImageInfoRequest request;
    request.image.index = index;
    switch (field) {
    case ImageField::Name: request.newName = value; break;
    case ImageField::Description: request.description = value; break;
    case ImageField::DisplayName: request.displayName = value; break;
    case ImageField::DisplayDescription: request.displayDescription = value; break;
    case ImageField::Flags: request.flags = value; break;
    }
    changeImageInfo(request);
}

OperationHandle *ImageBrowser::changeImageInfo(SetImageInfoRequest request)
{
    request.imagePath = m_imagePath;
    auto op = std::make_shared<SetImageInfoOperation>(request);
    OperationHandle *handle = m_engine.start(op);
    QCoro::connect(handle->waitForFinished(), this, [this, op](const OperationOutcome &outcome) {
        if (outcome.succeeded())
            Q_EMIT statusMessage(tr("Saved the changes to image %1.").arg(op->index()));
        else
            Q_EMIT statusMessage(outcome.error ? errorText(*outcome.error) : tr("The change was cancelled."));
        reload(); // shows what the file holds now (the old value again after a refusal)
    });
    return handle;
}

void ImageBrowser::selectImageIndex(int index)
{
    const int row = m_indexModel->rowOfIndex(index);
    if (row >= 0)
        m_indexTable->selectRow(row);
}

void ImageBrowser::onIndexSelectionChanged()
{
    const QModelIndexList rows = m_indexTable->selectionModel()->selectedRows();
    const ImageInfo *info = rows.isEmpty() ? nullptr : m_indexModel->imageAt(rows.first().row());
    const int index = info ? info->index : 0;
    if (info)
        m_details->setImage(m_imagePath, m_header, *info);
    else
        m_details->clearImage();
    if (index == m_currentIndex)
        return;
    m_currentIndex = index;
    if (m_search)
        m_search->cancel();
    m_resultsModel->setEntries({});
    m_searchSummary.clear();
    showTree();
    m_treeModel->setImage(m_imagePath, index);
    retranslateUi();
    Q_EMIT currentImageIndexChanged(index);
}

QStringList ImageBrowser::selectedPaths() const
{
    QStringList paths;
    if (isShowingSearchResults()) {
        for (const QModelIndex &i : m_resultsView->selectionModel()->selectedRows(0))
            paths << i.data(SearchResultsModel::PathRole).toString();
    } else {
        for (const QModelIndex &i : m_fileTree->selectionModel()->selectedRows(0))
            paths << i.data(ImageTreeModel::PathRole).toString();
    }
    return paths;
}

void ImageBrowser::extractSelected()
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty()) {
        Q_EMIT statusMessage(tr("Select files or folders in the file list first."));
        return;
    }
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Extract %n Item(s) To", nullptr, int(paths.size())),
                                                          AppSettings::defaultExtractFolder());
    if (dir.isEmpty())
        return;
    AppSettings::setLastExtractFolder(dir);
    extractAsking(dir, paths);
}

OperationHandle *ImageBrowser::extractTo(const QString &destination, const QStringList &paths, ExtractLayout layout,
                                         const ExtractConflictPolicy &policy)
{
    const QStringList items = paths.isEmpty() ? selectedPaths() : paths;
    if (items.isEmpty() || m_currentIndex <= 0)
        return nullptr;
    auto op = std::make_shared<ExtractFilesOperation>(m_imagePath, ImageSelector{m_currentIndex, {}}, items, destination);
    op->setLayout(layout);
    op->setConflictPolicy(policy);
    OperationHandle *handle = m_engine.start(op);
    QCoro::connect(handle->waitForFinished(), this, [this, op, destination](const OperationOutcome &outcome) {
        reportExtraction(*op, outcome, destination);
    });
    return handle;
}

void ImageBrowser::reportExtraction(const ExtractFilesOperation &op, const OperationOutcome &outcome, const QString &destination)
{
    const QString folder = destination;
    if (outcome.cancelled()) {
        Q_EMIT statusMessage(tr("Extraction cancelled; %1 was left as it was.").arg(folder));
        return;
    }
    if (!outcome.succeeded()) {
        if (outcome.error)
            Q_EMIT statusMessage(errorText(*outcome.error));
        return;
    }
    QString text = tr("Extracted %n item(s) to %1.", nullptr, int(op.extracted().size())).arg(folder);
    if (op.usedLayout() == ExtractLayout::BelowCommonParent)
        text += QLatin1Char(' ') + tr("Items with the same name kept their folders.");
    if (!op.overwritten().isEmpty())
        text += QLatin1Char(' ') + tr("%n existing item(s) overwritten.", nullptr, int(op.overwritten().size()));
    if (!op.skipped().isEmpty())
        text += QLatin1Char(' ') + tr("%n existing item(s) kept (skipped).", nullptr, int(op.skipped().size()));
    if (!op.renamed().isEmpty())
        text += QLatin1Char(' ') + tr("%n item(s) written under a new name.", nullptr, int(op.renamed().size()));
    Q_EMIT statusMessage(text);
}

void ImageBrowser::extractAsking(const QString &destination, const QStringList &paths)
{
    const QStringList items = paths.isEmpty() ? selectedPaths() : paths;
    if (items.isEmpty() || m_currentIndex <= 0) {
        Q_EMIT extractionFinished(false);
        return;
    }
    // The plan reads the image's listing only; it is part of this extraction, not a row of its own.
    auto plan = std::make_shared<ExtractFilesOperation>(m_imagePath, ImageSelector{m_currentIndex, {}}, items, destination);
    plan->setLayout(ExtractLayout::Auto);
    plan->setPlanOnly(true);
    OperationHandle *handle = m_engine.start(plan, Engine::Kind::Housekeeping);
    QCoro::connect(handle->waitForFinished(), this, [this, plan, items, destination](const OperationOutcome &outcome) {
        if (!outcome.succeeded()) {
            reportExtraction(*plan, outcome, destination);
            Q_EMIT extractionFinished(false);
            return;
        }
        const auto policy = ExtractConflictQuestion::ask(this, plan->conflicts(), destination);
        if (!policy) {
            Q_EMIT statusMessage(tr("Nothing was extracted; %1 was left as it was.").arg(destination));
            Q_EMIT extractionFinished(false);
            return;
        }
        OperationHandle *run = extractTo(destination, items, ExtractLayout::Auto, *policy);
        if (!run) {
            Q_EMIT extractionFinished(false);
            return;
        }
        QCoro::connect(run->waitForFinished(), this,
                       [this](const OperationOutcome &done) { Q_EMIT extractionFinished(done.succeeded()); });
    });
}

OperationHandle *ImageBrowser::search(const QString &pattern)
{
    const QString text = pattern.trimmed();
    if (text.isEmpty()) {
        showTree();
        return nullptr;
    }
    if (m_currentIndex <= 0)
        return nullptr;
    if (m_search)
        m_search->cancel();
    auto op = std::make_shared<SearchImageOperation>(m_imagePath, ImageSelector{m_currentIndex, {}}, text);
    OperationHandle *handle = m_engine.start(op);
    m_search = handle;
    m_searchSummary = tr("Searching for \"%1\"…").arg(text);
    m_filesStack->setCurrentWidget(m_resultsView);
    m_showTreeButton->setVisible(true);
    m_resultsModel->setEntries({});
    updateFilesStatus();
    const int index = m_currentIndex;
    QCoro::connect(handle->waitForFinished(), this, [this, op, handle, index, text](const OperationOutcome &outcome) {
        if (m_search != handle || index != m_currentIndex)
            return;
        m_search = nullptr;
        if (outcome.succeeded()) {
            m_resultsModel->setEntries(op->entries());
            m_searchSummary = op->truncated()
                ? tr("The first %n match(es) for \"%1\" (the search stopped there; narrow it down).", nullptr,
                     int(op->entries().size())).arg(text)
                : tr("%n match(es) for \"%1\".", nullptr, int(op->entries().size())).arg(text);
            updateFilesStatus();
            Q_EMIT searchFinished(int(op->entries().size()));
        } else {
            m_searchSummary = outcome.cancelled() ? tr("Search cancelled.") : errorText(*outcome.error);
            updateFilesStatus();
            Q_EMIT searchFinished(-1);
        }
    });
    return handle;
}

void ImageBrowser::showTree()
{
    if (m_search) {
        m_search->cancel();
        m_search = nullptr;
    }
    m_filesStack->setCurrentWidget(m_fileTree);
    m_showTreeButton->setVisible(false);
    m_extractButton->setEnabled(!selectedPaths().isEmpty());
    updateFilesStatus();
}

bool ImageBrowser::isShowingSearchResults() const
{
    return m_filesStack->currentWidget() == m_resultsView;
}

void ImageBrowser::showTreeContextMenu(const QPoint &pos, QWidget *view)
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Extract %n item(s) to…", nullptr, int(paths.size())), this, &ImageBrowser::extractSelected);
    menu.addAction(tr("Copy path"), this, [paths] { QApplication::clipboard()->setText(paths.join(QLatin1Char('\n'))); });
    menu.exec(view->mapToGlobal(pos));
}

void ImageBrowser::updateFilesStatus()
{
    QString text;
    if (isShowingSearchResults()) {
        text = m_searchSummary;
    } else if (m_treeModel->isLoading()) {
        text = tr("Reading folder contents…");
    } else if (m_currentIndex > 0) {
        text = tr("Image %1. Expand folders to list their contents; select items to extract them.").arg(m_currentIndex);
    }
    const int selected = int(selectedPaths().size());
    if (selected > 0)
        text += QLatin1Char(' ') + tr("%n item(s) selected.", nullptr, selected);
    if (const int ignored = m_treeModel->dotEntriesIgnored(); ignored > 0 && !isShowingSearchResults())
        text += QLatin1Char(' ')
            + tr("Entries named \".\" or \"..\" left out: %n. No Windows file has that name, so the image is "
                 "damaged or crafted.",
                 nullptr, ignored);
    m_filesStatus->setText(text);
}

void ImageBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ImageBrowser::retranslateUi()
{
    const QString fileName = QFileInfo(m_imagePath).fileName();
    switch (m_loadState) {
    case LoadState::Loading:
        m_messageLabel->setText(tr("Reading image information of %1…").arg(fileName));
        m_messageDetail->clear();
        break;
    case LoadState::Failed:
        m_messageLabel->setText(m_loadError && m_loadError->isCancelled() ? tr("Opening %1 was cancelled.").arg(fileName)
                                                                          : (m_loadError ? errorText(*m_loadError) : QString()));
        m_messageDetail->setText(m_loadError && !m_loadError->detail.isEmpty()
                                     ? tr("Technical detail: %1 [%2]").arg(m_loadError->detail, m_loadError->code)
                                     : QString());
        break;
    case LoadState::Loaded:
        break;
    }
    m_indexesTitle->setText(tr("Images in %1").arg(fileName));
    m_filesTitle->setText(m_currentIndex > 0 ? tr("Files of image %1").arg(m_currentIndex) : tr("Files"));
    m_detailsTitle->setText(tr("Details"));
    m_searchField->setPlaceholderText(tr("Search names (* ?)"));
    m_searchField->setToolTip(tr("Search names in this image (wildcards * ?)"));
    m_searchButton->setText(tr("Search"));
    m_showTreeButton->setText(tr("Back to folders"));
    m_extractButton->setText(tr("Extract…"));
    m_extractButton->setToolTip(tr("Extract the selected files and folders to a folder on disk"));
    m_indexModel->retranslate();
    m_treeModel->retranslate();
    m_resultsModel->retranslate();
    updateFilesStatus();
}

} // namespace wb
