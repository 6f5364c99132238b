// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Engine.h"

#include "servicelog/Log.h"
#include "wim/WimLibrary.h"

#include <QPointer>

namespace wb {

namespace {
void releaseLater(OperationHandle *handle)
{
    // Not deleteLater() at once: an awaiter of finished() (QCoro's signal awaiter, as in
    // waitForFinished) resumes through a queued call to the handle, and an explicit
    // sendPostedEvents(nullptr, DeferredDelete) (QTest::qWait does one) would delete the handle
    // and drop that call before it ran. A queued call posted now runs after those, in order.
    QMetaObject::invokeMethod(
        handle, [handle] {
            if (handle->autoDelete())
                handle->deleteLater();
        },
        Qt::QueuedConnection);
}
} // namespace

void Engine::initialiseProcess()
{
    static const bool once = [] {
        qRegisterMetaType<wb::Progress>();
        qRegisterMetaType<wb::OperationOutcome>();
        qRegisterMetaType<wb::Error>();
        qRegisterMetaType<wb::OperationState>();
        WimLibrary::initialise();
        return true;
    }();
    Q_UNUSED(once);
}

Engine::Engine(EngineSettings settings, QObject *parent)
    : QObject(parent)
{
    initialiseProcess();
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    m_pool.setExpiryTimeout(-1);
    setSettings(settings);
}

Engine::~Engine()
{
    for (OperationHandle *h : findChildren<OperationHandle *>(Qt::FindDirectChildrenOnly))
        h->cancel();
    m_pool.waitForDone();
}

void Engine::setSettings(const EngineSettings &settings)
{
    const bool logChanged = settings.logPath != m_settings.logPath || settings.logLevel != m_settings.logLevel
        || Log::path().isEmpty();
    m_settings = settings;
    if (logChanged)
        Log::configure(settings.logPath, settings.logLevel);
}

OperationHandle *Engine::start(std::shared_ptr<Operation> operation, Kind kind)
{
    auto *handle = new OperationHandle(operation, this);
    const bool housekeeping = kind == Kind::Housekeeping;
    handle->m_housekeeping = housekeeping;
    const CancellationToken token = handle->cancellation();
    const EngineSettings settings = m_settings;
    const QPointer<OperationHandle> target(handle);
    ++m_running;
    handle->setRunning();
    Q_EMIT operationStarted(handle);

    m_pool.start([this, operation, token, settings, target, housekeeping]() {
        OperationContext context(
            settings, token,
            [this, target](const Progress &p) {
                // Posted to the engine, which outlives every worker task (its destructor waits).
                QMetaObject::invokeMethod(
                    this, [target, p]() {
                        if (target)
                            target->setProgress(p);
                    },
                    Qt::QueuedConnection);
            },
            operation->component());
        context.setHousekeeping(housekeeping);
        const OperationOutcome outcome = executeOperation(*operation, context);
        QMetaObject::invokeMethod(
            this, [this, target, outcome]() {
                --m_running;
                if (target) {
                    target->setFinished(outcome);
                    Q_EMIT operationFinished(target.data());
                    // Checked after the signals: a receiver may still have kept the handle.
                    if (target && target->autoDelete())
                        releaseLater(target.data());
                }
            },
            Qt::QueuedConnection);
    });
    return handle;
}

QCoro::Task<OperationOutcome> Engine::run(std::shared_ptr<Operation> operation, std::function<void(const Progress &)> onProgress)
{
    OperationHandle *handle = start(std::move(operation));
    if (onProgress)
        connect(handle, &OperationHandle::progressChanged, handle, onProgress);
    co_return co_await handle->waitForFinished();
}

int Engine::handleCount() const
{
    return int(findChildren<OperationHandle *>(Qt::FindDirectChildrenOnly).size());
}

} // namespace wb
