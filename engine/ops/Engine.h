// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OperationHandle.h"

#include "core/EngineSettings.h"
#include "core/Operation.h"

#include <QObject>
#include <QThreadPool>

#include <QCoro/QCoroTask>

#include <functional>
#include <memory>

namespace wb {

/// Runs operations on its own worker threads and reports back on the thread it lives on.
/// Created and used on the main thread (GUI or CLI). The OperationHandles it returns release
/// themselves once finished unless the caller keeps them (OperationHandle::setAutoDelete).
/// Several operations may run at once (a long export does not stop browsing); the destructor
/// cancels what still runs and waits for it.
class Engine : public QObject
{
    Q_OBJECT
public:
    explicit Engine(EngineSettings settings = {}, QObject *parent = nullptr);
    ~Engine() override;

    /// Applies new settings (log file and level at once; scratch directory for operations started
    /// from now on).
    void setSettings(const EngineSettings &settings);
    EngineSettings settings() const { return m_settings; }

    /// How an operation is started.
    enum class Kind {
        /// Something a person asked for: logged at Info, listed in the Operations view.
        Task,
        /// A poll nobody asked for (the Mounts view re-reading the registry every few seconds):
        /// its Info lines go to the log at Debug level and the Operations view leaves it out.
        /// Warnings and errors are logged as usual.
        Housekeeping,
    };

    /// Starts `operation` on a worker thread and returns its handle at once.
    OperationHandle *start(std::shared_ptr<Operation> operation, Kind kind = Kind::Task);
    /// Starts `operation` and completes when it has finished; `onProgress` is called on this
    /// thread for each (coalesced) progress report.
    QCoro::Task<OperationOutcome> run(std::shared_ptr<Operation> operation,
                                      std::function<void(const Progress &)> onProgress = {});

    /// Handles not yet released (running ones and those kept with setAutoDelete(false)).
    int handleCount() const;
    /// Operations started and not yet finished (their finished() not yet delivered). Tests wait
    /// for 0 with tests/support/EngineWait.h.
    int runningCount() const { return m_running; }

    /// Initialises wimlib and the log once per process. Called by the constructor; safe to call again.
    static void initialiseProcess();

Q_SIGNALS:
    void operationStarted(wb::OperationHandle *handle);
    void operationFinished(wb::OperationHandle *handle);

private:
    EngineSettings m_settings;
    QThreadPool m_pool;
    int m_running = 0;
};

} // namespace wb
