// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cancellation.h"
#include "EngineSettings.h"
#include "Progress.h"
#include "Result.h"
#include "ScratchDirectory.h"

#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace wb {

enum class OperationState { Pending, Running, Succeeded, Failed, Cancelled };
QString operationStateName(OperationState state);

/// How an operation ended. Cancelled is not Failed: `error` is set only for Failed.
struct OperationOutcome
{
    OperationState state = OperationState::Pending;
    std::optional<Error> error;
    qint64 elapsedMs = 0;

    bool succeeded() const { return state == OperationState::Succeeded; }
    bool cancelled() const { return state == OperationState::Cancelled; }
    bool failed() const { return state == OperationState::Failed; }
};

/// What an operation's run() gets: settings, cancellation, progress and logging. Lives on the
/// worker thread for the duration of one run; not copied.
class OperationContext
{
public:
    using ProgressSink = std::function<void(const Progress &)>;

    OperationContext(EngineSettings settings, CancellationToken cancellation, ProgressSink sink,
                     QString component = QStringLiteral("DISM"));

    const EngineSettings &settings() const { return m_settings; }
    const CancellationToken &cancellation() const { return m_cancellation; }
    /// A housekeeping run (a poll nobody asked for) logs its Info lines at Debug level.
    void setHousekeeping(bool housekeeping) { m_housekeeping = housekeeping; }
    bool isHousekeeping() const { return m_housekeeping; }
    bool isCancelled() const { return m_cancellation.isCancelled(); }

    /// Reports progress, coalesced to at most ten reports a second; a new stage and the end of a
    /// stage (done == total) always pass.
    void progress(const QString &stage, quint64 done, quint64 total);
    /// A fresh working folder in the scratch directory, removed when the returned object dies.
    Result<ScratchDirectory> createScratch() const;

    void info(const QString &message) const;
    void warning(const QString &message) const;
    void debug(const QString &message) const;
    void error(const QString &message) const;
    /// Logs a decision (what was decided and why) at Info level with a "Decision:" prefix.
    void decision(const QString &message) const;

private:
    EngineSettings m_settings;
    CancellationToken m_cancellation;
    ProgressSink m_sink;
    QString m_component;
    QElapsedTimer m_sinceLastReport;
    Progress m_last;
    bool m_reported = false;
    bool m_housekeeping = false;
};

/// One servicing command. Parameters are recorded by the constructor (no side effects there);
/// run() does the work on an engine worker thread. Results specific to an operation are kept in
/// its members and read by the caller after the run has finished. Owned through shared_ptr by
/// whoever created it and by the engine while it runs.
class Operation
{
public:
    virtual ~Operation() = default;

    /// The command's name, as DISM would print it (e.g. "Get-ImageInfo").
    virtual QString name() const = 0;
    /// One line for a person, e.g. "Export index 2 of install.wim to small.esd".
    virtual QString description() const = 0;
    /// Name/value pairs written to the log at the start.
    virtual QList<std::pair<QString, QString>> parameters() const { return {}; }
    /// The log component of this operation's lines.
    virtual QString component() const { return QStringLiteral("DISM"); }

    /// Does the work. Return Error::cancelled() when stopping because of cancellation.
    virtual Status run(OperationContext &context) = 0;
};

/// Runs `operation` synchronously on the calling thread: logs its start, parameters and end,
/// turns exceptions into errors and Error::cancelled() into the Cancelled state.
OperationOutcome executeOperation(Operation &operation, OperationContext &context);

} // namespace wb

Q_DECLARE_METATYPE(wb::OperationOutcome)
