// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wim/ImageInfo.h"
#include "wim/WimFile.h"
#include "wim/WimWriter.h"

#include <QTreeWidget>

#include <optional>

namespace wb {

/// Every Get-WindowsImage field of one image, plus the facts of the file it lives in. Fields the
/// image does not record are listed and shown as absent (greyed "(not recorded)"), never invented.
/// The name, descriptions and flags can be edited in place (double-click or F2); the pane only
/// reports the edit (fieldEdited), the browser writes it with an engine operation and reloads.
/// GUI thread.
class ImageDetailsPane : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ImageDetailsPane(QWidget *parent = nullptr);

    void setImage(const QString &imagePath, const WimHeaderInfo &header, const ImageInfo &info);
    void clearImage();

    /// The value shown for the field labelled `label` (the translated label), or a null string.
    QString valueOf(const QString &label) const;
    /// True when the field labelled `label` is shown as absent.
    bool isAbsent(const QString &label) const;

Q_SIGNALS:
    /// The user changed `field` of image `index` to `value` (an empty value removes the field).
    void fieldEdited(int index, wb::ImageField field, const QString &value);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void onItemChanged(QTreeWidgetItem *item, int column);

    bool m_rebuilding = false;

    QString m_imagePath;
    WimHeaderInfo m_header;
    std::optional<ImageInfo> m_info;
};

} // namespace wb
