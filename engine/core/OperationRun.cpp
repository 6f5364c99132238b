// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// executeOperation, apart from the rest of Operation.cpp: it is the only part of core that calls
// OpenSSL, and the mount helper (which uses OperationContext but runs no operation) then loads no
// libcrypto, about 1 ms of its start-up on the critical path of every mount (issue 16).
#include "Operation.h"

#include "LogSink.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <openssl/crypto.h>

#include <cstring>
#include <exception>

#include <link.h>

namespace wb {

namespace {

/// Frees OpenSSL's per-thread state (its error queue) now: a pool thread may still be alive at
/// exit, when nothing else would free it. OpenSSL sets it up again on the thread's next use. Only
/// when libcrypto is loaded: wimbench-cli-core loads it on first use (engine/lazylibs/README.md),
/// and an operation that never used it must not load it here. The list of loaded objects is in
/// memory (dlopen with RTLD_NOLOAD would look for the file on disk).
void freeOpenSslThreadState()
{
    const auto isCrypto = [](dl_phdr_info *info, size_t, void *) -> int {
        return info->dlpi_name != nullptr && std::strstr(info->dlpi_name, "/libcrypto.so.") != nullptr ? 1 : 0;
    };
    if (::dl_iterate_phdr(isCrypto, nullptr) != 0)
        OPENSSL_thread_stop();
}

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
                             QCoreApplication::translate("wb::Operation", "%1 failed because of an internal error.").arg(operation.name()),
                             QString::fromLocal8Bit(e.what()));
    } catch (...) {
        status = Error::make(QStringLiteral("internal"),
                             QCoreApplication::translate("wb::Operation", "%1 failed because of an internal error.").arg(operation.name()));
    }
    freeOpenSslThreadState();
    outcome.elapsedMs = timer.elapsed();
    if (status.ok()) {
        outcome.state = OperationState::Succeeded;
        LogSink::write(infoLevel, component,
                       QStringLiteral("<----- Ending %1: succeeded in %2 ms ----->").arg(operation.name()).arg(outcome.elapsedMs));
    } else if (status.error().isCancelled()) {
        outcome.state = OperationState::Cancelled;
        LogSink::warning(component,
                         QStringLiteral("<----- Ending %1: cancelled after %2 ms ----->").arg(operation.name()).arg(outcome.elapsedMs));
    } else {
        outcome.state = OperationState::Failed;
        outcome.error = status.error();
        const Error &e = status.error(); // logLine() starts with the code when it leaves the message out
        LogSink::error(component,
                       LogSink::messagesTranslated() ? QStringLiteral("%1 failed %2").arg(operation.name(), e.logLine())
                                                     : QStringLiteral("%1 failed [%2]: %3").arg(operation.name(), e.code, e.oneLine()));
        LogSink::write(infoLevel, component,
                       QStringLiteral("<----- Ending %1: failed in %2 ms ----->").arg(operation.name()).arg(outcome.elapsedMs));
    }
    return outcome;
}

} // namespace wb
