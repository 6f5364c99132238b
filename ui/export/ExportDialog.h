// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "image/ImageJobDialog.h"
#include "ops/ExportImageOperation.h"
#include "wim/ImageInfo.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wb {

/// "Export image…": copies one index of the open image file into a new or existing .wim/.esd.
/// The user picks the source index (preselected by the caller), the destination (a file chooser
/// that allows existing files, which are appended to), the compression for a new file, the name,
/// and the bootable / WIMBoot / integrity switches. Export builds an ExportImageOperation and
/// starts it as every ImageJobDialog does: progress in the one OperationPanel, whose Cancel stops
/// it ("Cancelling…" at once; the engine leaves the destination as it was); Close never cancels,
/// an export still running goes on and is followed in the Operations view. Every decision is the
/// operation's; the dialog only collects input and shows the outcome. GUI thread; the Engine is
/// owned by the caller.
class ExportDialog : public ImageJobDialog
{
    Q_OBJECT
public:
    /// Reads the source's images through the engine (GetImageInfoOperation) to fill the index list.
    ExportDialog(Engine &engine, QString sourcePath, int sourceIndex = 1, QWidget *parent = nullptr);
    /// Uses images the caller already read (the image browser's), without reading the file again.
    ExportDialog(Engine &engine, QString sourcePath, const QList<ImageInfo> &images, int sourceIndex, QWidget *parent = nullptr);

    /// What Export would ask the engine to do with the values entered now.
    ExportImageRequest request() const;
    /// True while the source's images are being read or an export runs.
    bool isBusy() const;

    QComboBox *indexBox() const { return m_index; }
    QLineEdit *splitPatternField() const { return m_splitPattern; }
    QLineEdit *destinationField() const { return m_destination; }
    QLineEdit *nameField() const { return m_name; }
    QComboBox *compressionBox() const { return m_compression; }
    QLabel *compressionHint() const { return m_compressionHint; }
    QCheckBox *bootableBox() const { return m_bootable; }
    QCheckBox *wimBootBox() const { return m_wimBoot; }
    QCheckBox *integrityBox() const { return m_integrity; }
    QPushButton *exportButton() const { return startButton(); }

    /// Starts the export (what the Export button does). Does nothing while busy.
    void startExport();

Q_SIGNALS:
    /// The source's images were read (or failed to be read: then `ok` is false).
    void imagesLoaded(bool ok);
    /// The export ended (succeeded, failed or cancelled).
    void exportFinished(const wb::OperationOutcome &outcome);

protected:
    void changeEvent(QEvent *event) override;
    void onSucceeded(const Operation &operation) override;
    QString cancelledText() const override;
    QString failedText() const override;
    void updateState() override;

private:
    void buildUi();
    void retranslateUi();
    void setImages(const QList<ImageInfo> &images);
    void loadImages();
    void browseDestination();

    Engine &m_engine;
    QString m_sourcePath;
    int m_preselected = 1;
    QList<ImageInfo> m_images;
    bool m_loading = false;

    QLabel *m_sourceLabel = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_indexLabel = nullptr;
    QComboBox *m_index = nullptr;
    QLabel *m_splitPatternLabel = nullptr;
    QLineEdit *m_splitPattern = nullptr;
    QLabel *m_destinationLabel = nullptr;
    QLineEdit *m_destination = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_compressionLabel = nullptr;
    QComboBox *m_compression = nullptr;
    QLabel *m_compressionHint = nullptr;
    QCheckBox *m_bootable = nullptr;
    QCheckBox *m_wimBoot = nullptr;
    QCheckBox *m_integrity = nullptr;
};

} // namespace wb
