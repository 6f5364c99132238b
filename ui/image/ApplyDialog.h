// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImageJobDialog.h"

#include "ops/ApplyImageOperation.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace wb {

/// "Apply image…" (/Apply-Image): writes one index of an image file into a folder, or onto the
/// NTFS volume held by a file or block device (the engine tells them apart). The parameters are the
/// command line's; Apply starts an ApplyImageOperation, Cancel stops it and the engine leaves a
/// folder target as it was. GUI thread.
class ApplyDialog : public ImageJobDialog
{
    Q_OBJECT
public:
    ApplyDialog(Engine &engine, const QString &imagePath, int index, QWidget *parent = nullptr);

    /// What Apply would start with the current widget values.
    ApplyImageRequest request() const;

    QLineEdit *imageField() const { return m_image; }
    QSpinBox *indexBox() const { return m_index; }
    QLineEdit *targetField() const { return m_target; }
    QCheckBox *integrityBox() const { return m_integrity; }
    QCheckBox *verifyBox() const { return m_verify; }

    /// Starts the apply (what the Apply button does). Does nothing while busy.
    void startApply();

protected:
    void changeEvent(QEvent *event) override;
    void onSucceeded(const Operation &operation) override;
    QString cancelledText() const override;
    QString failedText() const override;
    void updateState() override;

private:
    void retranslateUi();

    QLabel *m_imageLabel = nullptr;
    QLineEdit *m_image = nullptr;
    QPushButton *m_browseImage = nullptr;
    QLabel *m_indexLabel = nullptr;
    QSpinBox *m_index = nullptr;
    QLabel *m_targetLabel = nullptr;
    QLineEdit *m_target = nullptr;
    QPushButton *m_browseFolder = nullptr;
    QPushButton *m_browseVolume = nullptr;
    QCheckBox *m_integrity = nullptr;
    QCheckBox *m_verify = nullptr;
};

} // namespace wb
