#pragma once

#include "core/Operation.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace wb {

class Engine;
class OperationHandle;
class OperationPanel;
class SplitImageOperation;

/// "Split image…": splits the open .wim into .swm parts of at most a chosen size. Split builds a
/// SplitImageOperation and starts it on the Engine; progress shows in the dialog's OperationPanel,
/// whose Cancel stops it (the engine leaves no part behind). Close never cancels: a running split
/// goes on in the Operations view. GUI thread; the Engine is owned by the caller.
class SplitDialog : public QDialog
{
    Q_OBJECT
public:
    SplitDialog(Engine &engine, QString imagePath, QWidget *parent = nullptr);

    bool isBusy() const;
    OperationHandle *operationHandle() const;
    QString statusText() const;
    /// The parts written by the last successful split.
    QStringList parts() const { return m_parts; }

    QLineEdit *firstPartField() const { return m_firstPart; }
    QSpinBox *sizeBox() const { return m_size; }
    QCheckBox *integrityBox() const { return m_integrity; }
    QProgressBar *progressBar() const;
    QPushButton *splitButton() const { return m_split; }
    /// Cancel of the progress area: shown while a split runs.
    QPushButton *cancelButton() const;
    QPushButton *closeButton() const { return m_close; }
    OperationPanel *panel() const { return m_panel; }

    /// Starts the split (what the Split button does). Does nothing while busy.
    void startSplit();

Q_SIGNALS:
    void splitFinished(const wb::OperationOutcome &outcome);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void browse();
    void onFinished(const OperationOutcome &outcome, const std::shared_ptr<SplitImageOperation> &operation);

    Engine &m_engine;
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
    OperationPanel *m_panel = nullptr;
    QPushButton *m_split = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace wb
