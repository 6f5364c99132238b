// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wim/DirectoryEntry.h"

#include <QAbstractTableModel>

namespace wb {

/// The flat list of entries a SearchImageOperation found: path, size, attributes, modified time.
/// GUI thread.
class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PathColumn, SizeColumn, AttributesColumn, ModifiedColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1 };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setEntries(const QList<DirectoryEntry> &entries);
    const QList<DirectoryEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QList<DirectoryEntry> m_entries;
};

} // namespace wb
