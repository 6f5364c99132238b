// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "ops/OperationHandle.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace wb {

class OperationHandle;

/// One operation in the operations view: its description, a progress bar with the stage and the
/// remaining time, a cancel button while it runs, and its outcome when it has ended. A failure
/// shows the message for a person; "Details" reveals the error code and the technical detail.
/// Keeps its own copy of everything it shows, so it outlives the handle. GUI thread.
class OperationRow : public QWidget
{
    Q_OBJECT
public:
    explicit OperationRow(OperationHandle *handle, QWidget *parent = nullptr);

    OperationHandle *handle() const { return m_handle; }
    QString operationName() const { return m_name; }
    QString description() const { return m_description; }
    OperationState state() const { return m_state; }
    bool isFinished() const;
    /// The outcome line as shown ("Succeeded in 2 s", "Cancelled", "Failed: …").
    QString outcomeText() const;
    /// The stage line while it runs (the stage with the time left, "Cancelling…"); empty once it
    /// has finished, when the outcome line says how it ended.
    QString stageText() const;
    QString technicalDetail() const;
    bool isDetailVisible() const;

    QPushButton *cancelButton() const { return m_cancel; }
    QToolButton *detailsButton() const { return m_detailsButton; }
    QProgressBar *progressBar() const { return m_bar; }

Q_SIGNALS:
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshRunning(double fraction);
    void refreshFailureDetail();
    void onFinished(const OperationOutcome &outcome);

    QPointer<OperationHandle> m_handle;
    QString m_name;
    QString m_description;
    OperationState m_state = OperationState::Running;
    Progress m_progress;
    OperationOutcome m_outcome;
    qint64 m_secondsLeft = -1;

    QLabel *m_title = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_stage = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace wb
