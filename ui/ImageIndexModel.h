// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wim/ImageInfo.h"

#include <QAbstractTableModel>

namespace wb {

/// The table of a WIM's images (indexes): index, name, edition, architecture, languages, size,
/// file count, bootable. Filled from a finished GetImageInfoOperation. GUI thread.
class ImageIndexModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IndexColumn,
        NameColumn,
        EditionColumn,
        ArchitectureColumn,
        LanguagesColumn,
        SizeColumn,
        FileCountColumn,
        BootableColumn,
        ColumnCount
    };
    enum Role { ImageIndexRole = Qt::UserRole + 1 };

    explicit ImageIndexModel(QObject *parent = nullptr);

    /// `bootIndex` is the header's bootable image (0 = none).
    void setImages(const QList<ImageInfo> &images, int bootIndex);
    const QList<ImageInfo> &images() const { return m_images; }
    const ImageInfo *imageAt(int row) const;
    int rowOfIndex(int imageIndex) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QList<ImageInfo> m_images;
    int m_bootIndex = 0;
};

} // namespace wb
