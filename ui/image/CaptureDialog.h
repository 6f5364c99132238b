// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImageJobDialog.h"

#include "ops/CaptureImageOperation.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wb {

/// "Capture image…" (/Capture-Image, /Append-Image): captures a folder, or the NTFS volume held by
/// a file or block device, as a new image. A destination that does not exist yet becomes a new file
/// (compression chosen here); an existing one gets the image appended (its compression is kept, so
/// the choice is disabled). The parameters are the command line's; Capture starts a
/// CaptureImageOperation, Cancel stops it (no new file, an appended-to file keeps its images).
/// GUI thread.
class CaptureDialog : public ImageJobDialog
{
    Q_OBJECT
public:
    /// `source` prefills the folder to capture (e.g. a folder dropped on the window).
    CaptureDialog(Engine &engine, const QString &source = {}, QWidget *parent = nullptr);

    /// What Capture would start with the current widget values.
    CaptureImageRequest request() const;
    /// True when the destination exists, so the image is appended to it.
    bool appends() const;

    QLineEdit *sourceField() const { return m_source; }
    QLineEdit *destinationField() const { return m_destination; }
    QLabel *modeLabel() const { return m_mode; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *descriptionField() const { return m_description; }
    QComboBox *compressionBox() const { return m_compression; }
    QCheckBox *bootableBox() const { return m_bootable; }
    QCheckBox *integrityBox() const { return m_integrity; }
    QCheckBox *verifyBox() const { return m_verify; }
    QLineEdit *configField() const { return m_config; }

    /// Starts the capture (what the Capture button does). Does nothing while busy.
    void startCapture();

protected:
    void changeEvent(QEvent *event) override;
    void onSucceeded(const Operation &operation) override;
    QString cancelledText() const override;
    QString failedText() const override;
    void updateState() override;

private:
    void buildUi();
    void retranslateUi();
    void browseDestination();

    QLabel *m_sourceLabel = nullptr;
    QLineEdit *m_source = nullptr;
    QPushButton *m_browseFolder = nullptr;
    QPushButton *m_browseVolume = nullptr;
    QLabel *m_destinationLabel = nullptr;
    QLineEdit *m_destination = nullptr;
    QPushButton *m_browseDestination = nullptr;
    QLabel *m_mode = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_compressionLabel = nullptr;
    QComboBox *m_compression = nullptr;
    QLabel *m_configLabel = nullptr;
    QLineEdit *m_config = nullptr;
    QPushButton *m_browseConfig = nullptr;
    QCheckBox *m_bootable = nullptr;
    QCheckBox *m_integrity = nullptr;
    QCheckBox *m_verify = nullptr;
};

} // namespace wb
