// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchResultsModel.h"

#include "DisplayFormat.h"

#include <QApplication>
#include <QStyle>

namespace wb {

SearchResultsModel::SearchResultsModel(QObject *parent) : QAbstractTableModel(parent) {}

void SearchResultsModel::setEntries(const QList<DirectoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const DirectoryEntry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PathColumn:
            return DisplayFormat::imagePath(e.path);
        case SizeColumn:
            return e.isDirectory ? QVariant() : QVariant(DisplayFormat::size(e.size));
        case AttributesColumn:
            return e.attributeLetters();
        case ModifiedColumn:
            return DisplayFormat::time(e.modified);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == PathColumn)
            return QApplication::style()->standardIcon(e.isDirectory ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
        break;
    case Qt::ToolTipRole:
        if (index.column() == AttributesColumn)
            return DisplayFormat::attributeNames(e.attributes);
        if (index.column() == SizeColumn && !e.isDirectory)
            return tr("%L1 bytes").arg(e.size);
        return DisplayFormat::imagePath(e.path);
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PathRole:
        return e.path;
    }
    return {};
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn:
        return tr("Path");
    case SizeColumn:
        return tr("Size");
    case AttributesColumn:
        return tr("Attributes");
    case ModifiedColumn:
        return tr("Modified");
    }
    return {};
}

void SearchResultsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace wb
