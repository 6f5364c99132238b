// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperationHandle.h"

#include <QCoro/QCoroSignal>

namespace wb {

OperationHandle::OperationHandle(std::shared_ptr<Operation> operation, QObject *parent)
    : QObject(parent), m_operation(std::move(operation))
{
}

bool OperationHandle::isFinished() const
{
    return m_outcome.state == OperationState::Succeeded || m_outcome.state == OperationState::Failed
        || m_outcome.state == OperationState::Cancelled;
}

qint64 OperationHandle::estimatedSecondsLeft() const
{
    if (m_progress.total == 0 || m_progress.done == 0 || !m_stageStartedAt.isValid())
        return -1;
    const double elapsed = m_stageStartedAt.msecsTo(QDateTime::currentDateTimeUtc()) / 1000.0;
    const double fraction = m_progress.fraction();
    if (fraction <= 0.0 || fraction >= 1.0)
        return fraction >= 1.0 ? 0 : -1;
    return qint64(elapsed / fraction * (1.0 - fraction) + 0.5);
}

void OperationHandle::cancel()
{
    if (!isFinished())
        m_cancellation.cancel();
}

QCoro::Task<OperationOutcome> OperationHandle::waitForFinished()
{
    if (!isFinished())
        co_await qCoro(this, &OperationHandle::finished);
    // A copy, not the member: QCoro 0.8's TaskPromise::return_value(U &&) moves from an lvalue,
    // which would empty m_outcome (its error text) for every later reader and awaiter.
    co_return OperationOutcome(m_outcome);
}

void OperationHandle::setRunning()
{
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_outcome.state = OperationState::Running;
    Q_EMIT stateChanged(m_outcome.state);
}

void OperationHandle::setProgress(const Progress &progress)
{
    if (isFinished())
        return;
    if (progress.stage != m_progress.stage || !m_stageStartedAt.isValid())
        m_stageStartedAt = QDateTime::currentDateTimeUtc();
    m_progress = progress;
    Q_EMIT progressChanged(m_progress);
}

void OperationHandle::setFinished(const OperationOutcome &outcome)
{
    m_outcome = outcome;
    Q_EMIT stateChanged(m_outcome.state);
    Q_EMIT finished(m_outcome);
}

} // namespace wb
