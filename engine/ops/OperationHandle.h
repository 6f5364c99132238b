// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"

#include <QDateTime>
#include <QObject>

#include <QCoro/QCoroTask>

#include <memory>

namespace wb {

/// The GUI/CLI side of one operation started on the Engine: state, last progress, outcome and
/// cancel. Lives on the thread of the Engine that created it (the main thread); a child QObject of
/// the Engine. Signals are delivered on that thread.
///
/// Lifetime (as KJob's auto-delete): once finished() has been delivered the handle releases itself
/// (deleteLater), so read the outcome from finished() or waitForFinished(), or keep a QPointer.
/// A caller that reads the handle later calls setAutoDelete(false) right after Engine::start and
/// then owns it (deletes it when done; the Engine deletes what is left when it is destroyed).
class OperationHandle : public QObject
{
    Q_OBJECT
public:
    OperationHandle(std::shared_ptr<Operation> operation, QObject *parent);

    std::shared_ptr<Operation> operation() const { return m_operation; }
    OperationState state() const { return m_outcome.state; }
    bool isFinished() const;
    Progress progress() const { return m_progress; }
    OperationOutcome outcome() const { return m_outcome; }
    QDateTime startedAt() const { return m_startedAt; }
    /// Seconds left by linear extrapolation of the current stage, or -1 when unknown.
    qint64 estimatedSecondsLeft() const;

    /// Asks the operation to stop; it ends Cancelled unless it had already finished.
    void cancel();
    CancellationToken cancellation() const { return m_cancellation; }

    /// True (the default): released after finished(). False: the caller owns the handle.
    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    /// Started as housekeeping (Engine::Housekeeping): not listed in the Operations view.
    bool isHousekeeping() const { return m_housekeeping; }

    /// Completes when the operation has finished (at once if it already has).
    QCoro::Task<OperationOutcome> waitForFinished();

Q_SIGNALS:
    void stateChanged(wb::OperationState state);
    void progressChanged(const wb::Progress &progress);
    void finished(const wb::OperationOutcome &outcome);

private:
    friend class Engine;
    void setRunning();
    void setProgress(const Progress &progress);
    void setFinished(const OperationOutcome &outcome);

    std::shared_ptr<Operation> m_operation;
    CancellationToken m_cancellation;
    Progress m_progress;
    OperationOutcome m_outcome;
    QDateTime m_startedAt;
    QDateTime m_stageStartedAt;
    bool m_autoDelete = true;
    bool m_housekeeping = false;
};

} // namespace wb
