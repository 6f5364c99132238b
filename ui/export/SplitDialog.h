// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "image/ImageJobDialog.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace wb {

/// "Split image…": splits the open .wim into .swm parts of at most a chosen size. Split builds a
/// SplitImageOperation and starts it on the Engine; progress shows in the dialog and Cancel stops
/// it (the engine leaves no part behind). GUI thread; the Engine is owned by the caller.
class SplitDialog : public ImageJobDialog
{
    Q_OBJECT
public:
    SplitDialog(Engine &engine, QString imagePath, QWidget *parent = nullptr);

    /// The parts written by the last successful split.
    QStringList parts() const { return m_parts; }

    QLineEdit *firstPartField() const { return m_firstPart; }
    QSpinBox *sizeBox() const { return m_size; }
    QCheckBox *integrityBox() const { return m_integrity; }
    QPushButton *splitButton() const { return startButton(); }

    /// Starts the split (what the Split button does). Does nothing while busy.
    void startSplit();

Q_SIGNALS:
    void splitFinished(const wb::OperationOutcome &outcome);

protected:
    void changeEvent(QEvent *event) override;
    void onSucceeded(const Operation &operation) override;
    QString cancelledText() const override;
    QString failedText() const override;
    void updateState() override;

private:
    void retranslateUi();
    void browse();

    QString m_imagePath;
    QStringList m_parts;

    QLabel *m_imageLabel = nullptr;
    QLabel *m_image = nullptr;
    QLabel *m_firstPartLabel = nullptr;
    QLineEdit *m_firstPart = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QSpinBox *m_size = nullptr;
    QCheckBox *m_integrity = nullptr;
};

} // namespace wb
