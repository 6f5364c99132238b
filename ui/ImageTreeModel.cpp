// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageTreeModel.h"
#include "RemedyText.h"

#include "DisplayFormat.h"
#include "StatusColours.h"

#include "ops/Engine.h"
#include "ops/ListImageOperation.h"

#include <QFont>
#include <QIcon>
#include <QApplication>
#include <QStyle>

#include <QCoro/QCoroTask>

namespace wb {

ImageTreeModel::ImageTreeModel(Engine &engine, QObject *parent)
    : QAbstractItemModel(parent), m_engine(engine)
{
}

ImageTreeModel::~ImageTreeModel() = default;

void ImageTreeModel::setImage(const QString &imagePath, int index)
{
    beginResetModel();
    ++m_generation; // listings of the previous image still running are ignored when they finish
    m_imagePath = imagePath;
    m_index = index;
    m_root.reset();
    m_dotEntriesIgnored = 0;
    if (!imagePath.isEmpty() && index > 0) {
        m_root = std::make_unique<Node>();
        m_root->entry.path = QStringLiteral("/");
        m_root->entry.isDirectory = true;
    }
    endResetModel();
    if (m_pending != 0) {
        m_pending = 0;
        Q_EMIT loadingChanged(false);
    }
    if (m_root)
        startListing(m_root.get());
}

const DirectoryEntry *ImageTreeModel::entry(const QModelIndex &index) const
{
    Node *n = index.isValid() ? nodeFor(index) : nullptr;
    return n ? &n->entry : nullptr;
}

QModelIndex ImageTreeModel::indexForPath(const QString &path) const
{
    if (!m_root)
        return {};
    Node *node = m_root.get();
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        Node *next = nullptr;
        for (const auto &c : node->children) {
            if (c->entry.name == part) {
                next = c.get();
                break;
            }
        }
        for (size_t i = 0; !next && i < node->children.size(); ++i) {
            if (node->children[i]->entry.name.compare(part, Qt::CaseInsensitive) == 0)
                next = node->children[i].get();
        }
        if (!next)
            return {};
        node = next;
    }
    return node == m_root.get() ? QModelIndex() : indexFor(node);
}

std::optional<Error> ImageTreeModel::loadError(const QModelIndex &parent) const
{
    Node *n = nodeFor(parent);
    return n ? n->error : std::nullopt;
}

ImageTreeModel::Node *ImageTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex ImageTreeModel::indexFor(Node *node, int column) const
{
    if (!node || !node->parent)
        return {};
    const auto &siblings = node->parent->children;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == node)
            return createIndex(int(i), column, node);
    }
    return {};
}

QModelIndex ImageTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    Node *p = nodeFor(parent);
    if (!p || row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ImageTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *n = static_cast<Node *>(child.internalPointer());
    return indexFor(n->parent);
}

int ImageTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    Node *p = nodeFor(parent);
    return p ? int(p->children.size()) : 0;
}

int ImageTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ImageTreeModel::hasChildren(const QModelIndex &parent) const
{
    Node *p = nodeFor(parent);
    if (!p || parent.column() > 0)
        return false;
    if (!p->entry.isDirectory)
        return false;
    // Until a folder has been listed we do not know; say yes so the view offers to expand it.
    return !p->fetched || !p->children.empty();
}

bool ImageTreeModel::canFetchMore(const QModelIndex &parent) const
{
    Node *p = nodeFor(parent);
    return p && p->entry.isDirectory && !p->fetched && !p->fetching;
}

void ImageTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    startListing(nodeFor(parent));
}

void ImageTreeModel::startListing(Node *node)
{
    node->fetching = true;
    const QString path = node->entry.path;
    auto op = std::make_shared<ListImageOperation>(m_imagePath, ImageSelector{m_index, {}}, path, false);
    OperationHandle *handle = m_engine.start(op);
    if (m_pending++ == 0)
        Q_EMIT loadingChanged(true);
    const quint64 generation = m_generation;
    // Nodes are only ever removed by a reset, which bumps the generation: while the generation is the
    // same, `node` is still alive.
    // The handle releases itself once finished (the operations view keeps its own copy).
    QCoro::connect(handle->waitForFinished(), this, [this, op, generation, path, node](const OperationOutcome &outcome) {
        if (generation != m_generation)
            return;
        if (--m_pending == 0)
            Q_EMIT loadingChanged(false);
        node->fetching = false;
        node->fetched = true;
        if (!outcome.succeeded()) {
            listingFailed(node, outcome.error.value_or(Error::cancelled()));
            Q_EMIT folderLoadFailed(path, *node->error);
            return;
        }
        node->error.reset();
        if (op->dotEntriesIgnored() > m_dotEntriesIgnored) {
            m_dotEntriesIgnored = op->dotEntriesIgnored();
            Q_EMIT dotEntriesIgnoredChanged(m_dotEntriesIgnored);
        }
        insertEntries(node, op->entries());
        Q_EMIT folderLoaded(path);
    });
}

void ImageTreeModel::listingFailed(Node *node, const Error &error)
{
    node->error = error;
    const QModelIndex idx = indexFor(node);
    if (idx.isValid())
        Q_EMIT dataChanged(idx, indexFor(node, ColumnCount - 1));
    if (!node->children.empty() || error.isCancelled())
        return;
    // The failure stays visible in the tree: one row under the folder that could not be listed.
    auto row = std::make_unique<Node>();
    row->errorRow = true;
    row->error = error;
    row->parent = node;
    beginInsertRows(idx, 0, 0);
    node->children.push_back(std::move(row));
    endInsertRows();
}

void ImageTreeModel::insertEntries(Node *node, const QList<DirectoryEntry> &entries)
{
    const QModelIndex parentIndex = indexFor(node);
    if (!entries.isEmpty()) {
        beginInsertRows(parentIndex, 0, int(entries.size()) - 1);
        node->children.reserve(size_t(entries.size()));
        for (const DirectoryEntry &e : entries) {
            auto child = std::make_unique<Node>();
            child->entry = e;
            child->parent = node;
            node->children.push_back(std::move(child));
        }
        endInsertRows();
    } else if (parentIndex.isValid()) {
        // An empty folder: the expand arrow goes away.
        Q_EMIT dataChanged(parentIndex, indexFor(node, ColumnCount - 1));
    }
}

QVariant ImageTreeModel::errorRowData(const Node &node, int column, int role) const
{
    if (column != NameColumn)
        return {};
    switch (role) {
    case Qt::DisplayRole: return tr("Could not list this folder: %1").arg(errorText(*node.error));
    case Qt::ToolTipRole:
        return node.error->detail.isEmpty()
            ? errorText(*node.error)
            : tr("%1\nTechnical detail: %2 [%3]").arg(errorText(*node.error), node.error->detail, node.error->code);
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Qt::ForegroundRole:
        return statusColour(QApplication::palette(), StatusKind::Error);
    case IsErrorRowRole:
        return true;
    }
    return {};
}

QVariant ImageTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = static_cast<Node *>(index.internalPointer());
    if (n->errorRow)
        return errorRowData(*n, index.column(), role);
    const DirectoryEntry &e = n->entry;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.name;
        case SizeColumn:
            return e.isDirectory ? QVariant() : QVariant(DisplayFormat::size(e.size));
        case AttributesColumn:
            return e.attributeLetters();
        case ModifiedColumn:
            return DisplayFormat::time(e.modified);
        case CreatedColumn:
            return DisplayFormat::time(e.created);
        }
        break;
    case Qt::ToolTipRole:
        if (n->error)
            return tr("Could not list this folder: %1").arg(n->error->message);
        if (index.column() == AttributesColumn)
            return DisplayFormat::attributeNames(e.attributes);
        if (index.column() == SizeColumn && !e.isDirectory)
            return tr("%L1 bytes").arg(e.size);
        return e.path;
    case Qt::DecorationRole:
        if (index.column() == NameColumn) {
            if (n->error)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            return QApplication::style()->standardIcon(e.isDirectory ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (e.attributes & 0x2)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case PathRole:
        return e.path;
    case IsDirectoryRole:
        return e.isDirectory;
    case SizeBytesRole:
        return QVariant::fromValue<quint64>(e.size);
    case AttributesRole:
        return e.attributes;
    }
    return {};
}

QVariant ImageTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case AttributesColumn:
        return tr("Attributes");
    case ModifiedColumn:
        return tr("Modified");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

Qt::ItemFlags ImageTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (static_cast<Node *>(index.internalPointer())->errorRow)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

void ImageTreeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_root && !m_root->children.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace wb
