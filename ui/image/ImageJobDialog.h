#pragma once

#include "core/Operation.h"

#include <QDialog>

#include <memory>

class QHBoxLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace wb {

class Engine;
class OperationHandle;

/// The part the Apply and Capture dialogs share: a progress bar with the engine's stage, a status
/// line, a start button and a Close/Cancel button. start() runs an Operation on the Engine (so it
/// also shows in the operations view, with its remaining time) and follows its handle; Cancel or
/// closing the dialog cancels it. GUI thread; the Engine is owned by the caller.
class ImageJobDialog : public QDialog
{
    Q_OBJECT
public:
    ImageJobDialog(Engine &engine, QWidget *parent);
    /// Cancels an operation that still runs (the engine leaves the previous content).
    ~ImageJobDialog() override;

    bool isBusy() const;
    OperationHandle *operationHandle() const { return m_handle; }
    QString statusText() const;
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void operationFinished(const wb::OperationOutcome &outcome);

protected:
    /// Lays out `form` (the parameters, disabled while busy) above the progress, status and buttons.
    void finishLayout(QLayout *form);
    /// A line edit with buttons beside it, for a form row.
    static QHBoxLayout *fieldRow(QLineEdit *field, std::initializer_list<QPushButton *> buttons);
    /// Starts `operation`; onSucceeded() / cancelledText() / failedText() report its end.
    void start(std::shared_ptr<Operation> operation);
    void setStatus(const QString &text, bool isError);
    /// Enables the parameters when not busy and the start button when also `ready`; sets the
    /// cancel button's text.
    void updateButtons(bool ready, const QString &busyCancelText);
    /// "Browse" helpers: put a chosen folder / file into `field` (native separators).
    void browseFolder(QLineEdit *field, const QString &caption);
    void browseOpenFile(QLineEdit *field, const QString &caption, const QString &filter);

    virtual void onSucceeded(const Operation &operation) = 0;
    virtual QString cancelledText() const = 0;
    virtual QString failedText() const = 0;
    /// Called whenever the busy state changes (enable or disable the parameter widgets).
    virtual void updateState() = 0;
    void reject() override;

private:
    void onFinished(const OperationOutcome &outcome, const std::shared_ptr<Operation> &operation);

    Engine &m_engine;
    OperationHandle *m_handle = nullptr;
    QWidget *m_parameters = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace wb
