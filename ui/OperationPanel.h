// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatusColours.h"

#include "core/Operation.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace wb {

class OperationHandle;

/// The one progress area of every dialog and view that runs an operation (export, split, package
/// inspector, wizard, mounts, provisioned apps): a progress bar, the stage with the remaining time,
/// a Cancel button while the operation runs ("Cancelling…" once pressed) and a status line.
///
/// The owner starts the operation and hands the handle over (see docs/CONVENTIONS.md):
///     OperationHandle *handle = m_engine.start(op);
///     m_panel->watch(handle);
///     connect(handle, &OperationHandle::finished, this, [this, op](const OperationOutcome &o) { ... });
/// When the operation ends the panel shows the default outcome (a failure's message in the error
/// colour, "Cancelled.") and emits finished(); the owner's own connection runs after the panel's,
/// so it can replace the status with setStatus(). The panel holds the handle weakly (the engine
/// releases it once finished). GUI thread.
class OperationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OperationPanel(QWidget *parent = nullptr);

    /// Follows `handle` until it finishes; replaces any handle followed before.
    void watch(OperationHandle *handle);
    /// The handle followed while it runs, or nullptr.
    OperationHandle *handle() const { return m_handle; }
    bool isRunning() const;
    /// Cancel was pressed (or cancel() called) and the operation has not ended yet.
    bool isCancelling() const;
    /// Asks the running operation to stop (what the Cancel button does).
    void cancel();

    void setStatus(const QString &text, StatusKind kind = StatusKind::Neutral);
    QString statusText() const;
    StatusKind statusKind() const { return m_statusKind; }
    /// The stage line: the stage and the time left, "Cancelling…", or empty when idle.
    QString stageText() const;
    /// Views hide the bar and the stage line while idle; dialogs keep them (the default).
    void setHideWhenIdle(bool hide);

    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void runningChanged(bool running);
    /// The watched operation ended; the status line already shows the default outcome.
    void finished(const wb::OperationOutcome &outcome);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onProgress(const Progress &progress);
    void onFinished(const OperationOutcome &outcome);
    void refresh();

    QPointer<OperationHandle> m_handle;
    Progress m_progress;
    bool m_cancelling = false;
    bool m_hideWhenIdle = false;
    StatusKind m_statusKind = StatusKind::Neutral;

    QProgressBar *m_bar = nullptr;
    QLabel *m_stage = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_clock = nullptr;
};

} // namespace wb
