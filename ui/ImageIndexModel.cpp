// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageIndexModel.h"

#include "DisplayFormat.h"

#include <QApplication>
#include <QPalette>

namespace wb {

ImageIndexModel::ImageIndexModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImageIndexModel::setImages(const QList<ImageInfo> &images, int bootIndex)
{
    beginResetModel();
    m_images = images;
    m_bootIndex = bootIndex;
    endResetModel();
}

const ImageInfo *ImageIndexModel::imageAt(int row) const
{
    return row >= 0 && row < m_images.size() ? &m_images[row] : nullptr;
}

int ImageIndexModel::rowOfIndex(int imageIndex) const
{
    for (int i = 0; i < m_images.size(); ++i) {
        if (m_images[i].index == imageIndex)
            return i;
    }
    return -1;
}

int ImageIndexModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_images.size());
}

int ImageIndexModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageIndexModel::data(const QModelIndex &index, int role) const
{
    const ImageInfo *info = index.isValid() ? imageAt(index.row()) : nullptr;
    if (!info)
        return {};
    const bool bootable = info->bootable || (m_bootIndex != 0 && m_bootIndex == info->index);
    if (role == ImageIndexRole)
        return info->index;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == IndexColumn || index.column() == SizeColumn || index.column() == FileCountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ForegroundRole) {
        const bool missing = (index.column() == EditionColumn && !info->edition)
            || (index.column() == ArchitectureColumn && info->architectureText().isEmpty())
            || (index.column() == LanguagesColumn && info->languages.isEmpty())
            || (index.column() == FileCountColumn && !info->fileCount);
        if (missing)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == SizeColumn)
            return tr("%L1 bytes").arg(info->totalBytes);
        if (index.column() == NameColumn)
            return info->description.value_or(info->name);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IndexColumn:
        return info->index;
    case NameColumn:
        return info->name;
    case EditionColumn:
        return info->edition.value_or(DisplayFormat::absent());
    case ArchitectureColumn: {
        const QString arch = info->architectureText();
        if (!arch.isEmpty())
            return arch;
        return info->architecture ? tr("unknown (%1)").arg(*info->architecture) : DisplayFormat::absent();
    }
    case LanguagesColumn: {
        if (info->languages.isEmpty())
            return DisplayFormat::absent();
        QStringList langs;
        for (const QString &l : info->languages)
            langs << (info->defaultLanguage && *info->defaultLanguage == l ? tr("%1 (default)").arg(l) : l);
        return langs.join(QStringLiteral(", "));
    }
    case SizeColumn:
        return DisplayFormat::size(info->totalBytes);
    case FileCountColumn:
        return info->fileCount ? QVariant(QLocale().toString(*info->fileCount)) : QVariant(DisplayFormat::absent());
    case BootableColumn:
        return DisplayFormat::yesNo(bootable);
    }
    return {};
}

QVariant ImageIndexModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndexColumn:
        return tr("Index");
    case NameColumn:
        return tr("Name");
    case EditionColumn:
        return tr("Edition");
    case ArchitectureColumn:
        return tr("Architecture");
    case LanguagesColumn:
        return tr("Languages");
    case SizeColumn:
        return tr("Size");
    case FileCountColumn:
        return tr("Files");
    case BootableColumn:
        return tr("Bootable");
    }
    return {};
}

void ImageIndexModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_images.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace wb
