// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "wim/DirectoryEntry.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

namespace wb {

class Engine;
class OperationHandle;

/// The file tree of one image (index) of a WIM, loaded lazily: a folder's children are listed only
/// when a view asks for them (canFetchMore/fetchMore), by a one-level ListImageOperation on the
/// engine; the rows are inserted when it finishes, so the GUI thread never waits for wimlib.
/// Lives on the GUI thread; the Engine is owned by the caller and must outlive the model.
class ImageTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, AttributesColumn, ModifiedColumn, CreatedColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, IsDirectoryRole, SizeBytesRole, AttributesRole, IsErrorRowRole };

    explicit ImageTreeModel(Engine &engine, QObject *parent = nullptr);
    ~ImageTreeModel() override;

    /// Shows image `index` of `imagePath` (index 0 = nothing) and starts listing its root folder.
    void setImage(const QString &imagePath, int index);
    QString imagePath() const { return m_imagePath; }
    int imageIndex() const { return m_index; }

    /// The entry shown at `index` (nullptr for the invisible root or an invalid index).
    const DirectoryEntry *entry(const QModelIndex &index) const;
    /// The index of the already loaded entry at `path` ("/Windows/System32"), or an invalid index.
    QModelIndex indexForPath(const QString &path) const;
    /// True while a listing started by this model is running.
    bool isLoading() const { return m_pending > 0; }
    /// The error of the last listing of `parent` that failed, if any. A failed listing also shows
    /// as a row of its own under the folder ("Could not list this folder: …", not selectable).
    std::optional<Error> loadError(const QModelIndex &parent) const;
    /// Entries named "." or ".." that wimlib left out of this image (ListImageOperation).
    int dotEntriesIgnored() const { return m_dotEntriesIgnored; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Headers and display texts follow the current translation; call after a language change.
    void retranslate();

Q_SIGNALS:
    /// The children of the folder at `path` were inserted (possibly none).
    void folderLoaded(const QString &path);
    /// Listing the folder at `path` failed.
    void folderLoadFailed(const QString &path, const wb::Error &error);
    void loadingChanged(bool loading);
    /// Listing found that wimlib left out `count` entries named "." or ".." (a damaged or crafted image).
    void dotEntriesIgnoredChanged(int count);

private:
    struct Node
    {
        DirectoryEntry entry;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        bool fetched = false;
        bool fetching = false;
        bool errorRow = false; ///< the row standing for a failed listing of its parent
        std::optional<Error> error;
    };

    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node, int column = 0) const;
    void startListing(Node *node);
    void listingFailed(Node *node, const Error &error);
    void insertEntries(Node *node, const QList<DirectoryEntry> &entries);
    QVariant errorRowData(const Node &node, int column, int role) const;

    Engine &m_engine;
    QString m_imagePath;
    int m_index = 0;
    quint64 m_generation = 0;
    int m_pending = 0;
    int m_dotEntriesIgnored = 0;
    std::unique_ptr<Node> m_root;
};

} // namespace wb
