// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Operation.h"

#include "LogSink.h"

#include <QCoreApplication>

#include <openssl/crypto.h>

#include <exception>

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

namespace {

/// The start line of an operation in the servicing log: its name and its parameters as a
/// DISM-style command line (`/Key:Value`, quoted when the value has spaces). English whatever the
/// GUI language: description() is translated, so it is never logged; nothing translated goes into
/// the shared log (issue 19 defect 6); failures are logged with Error::logLine(). The log viewer
/// shows the parameters as the session's command line.
QString startLine(const Operation &operation)
{
    QStringList parts;
    for (const auto &[key, value] : operation.parameters()) {
        const bool quote = value.contains(QLatin1Char(' ')) || value.isEmpty();
        parts << QStringLiteral("/%1:%2").arg(key, quote ? QLatin1Char('"') + value + QLatin1Char('"') : value);
    }
    if (parts.isEmpty())
        return QStringLiteral("<----- Starting %1 ----->").arg(operation.name());
    return QStringLiteral("<----- Starting %1: %2 ----->").arg(operation.name(), parts.join(QLatin1Char(' ')));
}

} // namespace

OperationOutcome executeOperation(Operation &operation, OperationContext &context)
{
    const QString component = operation.component();
    // A housekeeping poll writes its start and end at Debug level (a failure stays an Error).
    const LogSeverity infoLevel = context.isHousekeeping() ? LogSeverity::Debug : LogSeverity::Info;
    QElapsedTimer timer;
    timer.start();
    LogSink::write(infoLevel, component, startLine(operation));
    for (const auto &[key, value] : operation.parameters())
        LogSink::write(infoLevel, component, QStringLiteral("Parameter %1 = %2").arg(key, value));

    OperationOutcome outcome;
    Status status;
    try {
        status = operation.run(context);
    } catch (const std::exception &e) {
        status = Error::make(QStringLiteral("internal"),
                             QCoreApplication::translate("wb::Operation", "%1 failed because of an internal error.")
                                 .arg(operation.name()),
                             QString::fromLocal8Bit(e.what()));
    } catch (...) {
        status = Error::make(QStringLiteral("internal"),
                             QCoreApplication::translate("wb::Operation", "%1 failed because of an internal error.")
                                 .arg(operation.name()));
    }
    // Free OpenSSL's per-thread state (its error queue) now: a pool thread may still be alive at
    // exit, when nothing else would free it. OpenSSL sets it up again on the thread's next use.
    OPENSSL_thread_stop();
    outcome.elapsedMs = timer.elapsed();
    if (status.ok()) {
        outcome.state = OperationState::Succeeded;
        LogSink::write(infoLevel, component, QStringLiteral("<----- Ending %1: succeeded in %2 ms ----->").arg(operation.name()).arg(outcome.elapsedMs));
    } else if (status.error().isCancelled()) {
        outcome.state = OperationState::Cancelled;
        LogSink::warning(component, QStringLiteral("<----- Ending %1: cancelled after %2 ms ----->").arg(operation.name()).arg(outcome.elapsedMs));
    } else {
        outcome.state = OperationState::Failed;
        outcome.error = status.error();
        const Error &e = status.error(); // logLine() starts with the code when it leaves the message out
        LogSink::error(component,
                       LogSink::messagesTranslated() ? QStringLiteral("%1 failed %2").arg(operation.name(), e.logLine())
                                                     : QStringLiteral("%1 failed [%2]: %3").arg(operation.name(), e.code, e.oneLine()));
        LogSink::write(infoLevel, component, QStringLiteral("<----- Ending %1: failed in %2 ms ----->").arg(operation.name()).arg(outcome.elapsedMs));
    }
    return outcome;
}

} // namespace wb
