// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatusColours.h"

#include "core/Operation.h"

#include <QDialog>

#include <memory>

class QHBoxLayout;
class QLayout;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace wb {

class Engine;
class OperationHandle;
class OperationPanel;

/// The part the Apply, Capture, Split and Export dialogs share: the parameters, the one progress
/// area (OperationPanel: bar, stage with the remaining time, Cancel, "Cancelling…", status line),
/// a start button and Close. start() runs an Operation on the Engine (so it also shows in the
/// operations view) and follows its handle. Close (and Escape) never cancel: a running operation
/// goes on, followed in the Operations view; the panel's Cancel stops it. GUI thread; the Engine
/// is owned by the caller.
class ImageJobDialog : public QDialog
{
    Q_OBJECT
public:
    ImageJobDialog(Engine &engine, QWidget *parent);

    bool isBusy() const;
    OperationHandle *operationHandle() const;
    QString statusText() const;
    OperationPanel *panel() const { return m_panel; }
    QProgressBar *progressBar() const;
    QPushButton *startButton() const { return m_start; }
    /// The progress area's Cancel: shown while an operation runs.
    QPushButton *cancelButton() const;
    QPushButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void operationFinished(const wb::OperationOutcome &outcome);

protected:
    /// Lays out `form` (the parameters, disabled while busy) above the progress area and buttons.
    void finishLayout(QLayout *form);
    /// A line edit with buttons beside it, for a form row.
    static QHBoxLayout *fieldRow(QLineEdit *field, std::initializer_list<QPushButton *> buttons);
    /// Starts `operation`; onSucceeded() / cancelledText() report its end (a failure shows the
    /// error's message, or failedText() when there is none).
    void start(std::shared_ptr<Operation> operation);
    void setStatus(const QString &text, StatusKind kind);
    /// Enables the parameters when not busy and the start button when also `ready`.
    void updateButtons(bool ready);
    /// "Browse" helpers: put a chosen folder / file into `field` (native separators).
    void browseFolder(QLineEdit *field, const QString &caption);
    void browseOpenFile(QLineEdit *field, const QString &caption, const QString &filter);
    /// Sets the Close button's text and tooltip; subclasses call it from their retranslateUi().
    void retranslateButtons();

    virtual void onSucceeded(const Operation &operation) = 0;
    virtual QString cancelledText() const = 0;
    virtual QString failedText() const = 0;
    /// Called whenever the busy state changes (enable or disable the parameter widgets).
    virtual void updateState() = 0;

private:
    void onFinished(const OperationOutcome &outcome, const std::shared_ptr<Operation> &operation);

    Engine &m_engine;
    QWidget *m_parameters = nullptr;
    OperationPanel *m_panel = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace wb
