// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Operation.h"

#include "LogSink.h"

#include <QCoreApplication>

namespace wb {

QString operationStateName(OperationState state)
{
    switch (state) {
    case OperationState::Pending: return QCoreApplication::translate("wb::Operation", "Waiting");
    case OperationState::Running: return QCoreApplication::translate("wb::Operation", "Running");
    case OperationState::Succeeded: return QCoreApplication::translate("wb::Operation", "Succeeded");
    case OperationState::Failed: return QCoreApplication::translate("wb::Operation", "Failed");
    case OperationState::Cancelled: return QCoreApplication::translate("wb::Operation", "Cancelled");
    }
    return {};
}

OperationContext::OperationContext(EngineSettings settings, CancellationToken cancellation, ProgressSink sink,
                                   QString component)
    : m_settings(std::move(settings))
    , m_cancellation(std::move(cancellation))
    , m_sink(std::move(sink))
    , m_component(std::move(component))
{
}

void OperationContext::progress(const QString &stage, quint64 done, quint64 total)
{
    if (!m_sink)
        return;
    const Progress p{stage, done, total};
    const bool newStage = !m_reported || p.stage != m_last.stage;
    const bool endOfStage = total != 0 && done >= total && m_last.done != done;
    if (!newStage && !endOfStage && m_sinceLastReport.isValid() && m_sinceLastReport.elapsed() < 100)
        return;
    if (newStage)
        LogSink::debug(m_component, LogSink::messagesTranslated() ? QStringLiteral("Next stage") : QStringLiteral("Stage: %1").arg(stage));
    m_last = p;
    m_reported = true;
    m_sinceLastReport.start();
    m_sink(p);
}

Result<ScratchDirectory> OperationContext::createScratch() const
{
    return ScratchDirectory::create(m_settings.scratchDirectory);
}

void OperationContext::info(const QString &message) const
{
    LogSink::write(m_housekeeping ? LogSeverity::Debug : LogSeverity::Info, m_component, message);
}

void OperationContext::warning(const QString &message) const
{
    LogSink::warning(m_component, message);
}

void OperationContext::debug(const QString &message) const
{
    LogSink::debug(m_component, message);
}

void OperationContext::error(const QString &message) const
{
    LogSink::error(m_component, message);
}

void OperationContext::decision(const QString &message) const
{
    info(QStringLiteral("Decision: ") + message);
}

} // namespace wb
