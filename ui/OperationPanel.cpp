// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperationPanel.h"
#include "RemedyText.h"

#include "DisplayFormat.h"
#include "ProgressBars.h"

#include "ops/OperationHandle.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace wb {

OperationPanel::OperationPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("operationPanel"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("panelProgress"));
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("panelStage"));
    m_stage->setTextFormat(Qt::PlainText);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("panelCancel"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("panelStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_bar, 0, 0);
    grid->addWidget(m_cancel, 0, 1, 2, 1, Qt::AlignTop);
    grid->addWidget(m_stage, 1, 0);
    grid->addWidget(m_status, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);

    connect(m_cancel, &QPushButton::clicked, this, &OperationPanel::cancel);
    // The remaining time moves even when no progress arrives.
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &OperationPanel::refresh);
    refresh();
}

void OperationPanel::watch(OperationHandle *handle)
{
    if (m_handle)
        disconnect(m_handle.data(), nullptr, this, nullptr);
    m_handle = handle;
    m_progress = handle->progress();
    m_cancelling = false;
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    setStatus(QString());
    connect(handle, &OperationHandle::progressChanged, this, &OperationPanel::onProgress);
    connect(handle, &OperationHandle::finished, this, &OperationPanel::onFinished);
    m_clock->start();
    refresh();
    Q_EMIT runningChanged(true);
}

bool OperationPanel::isRunning() const
{
    return m_handle && !m_handle->isFinished();
}

bool OperationPanel::isCancelling() const
{
    return isRunning() && m_cancelling;
}

void OperationPanel::cancel()
{
    if (!isRunning() || m_cancelling)
        return;
    m_cancelling = true;
    m_handle->cancel();
    refresh();
}

void OperationPanel::setStatus(const QString &text, StatusKind kind)
{
    m_statusKind = kind;
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    setStatusKind(m_status, kind);
}

QString OperationPanel::statusText() const
{
    return m_status->text();
}

QString OperationPanel::stageText() const
{
    return m_stage->text();
}

void OperationPanel::setHideWhenIdle(bool hide)
{
    m_hideWhenIdle = hide;
    refresh();
}

void OperationPanel::onProgress(const Progress &progress)
{
    m_progress = progress;
    showProgress(m_bar, progress);
    refresh();
}

void OperationPanel::onFinished(const OperationOutcome &outcome)
{
    m_clock->stop();
    m_handle = nullptr;
    m_cancelling = false;
    m_bar->setRange(0, 1000);
    m_bar->setValue(outcome.succeeded() ? 1000 : 0);
    if (outcome.failed())
        setStatus(outcome.error ? errorText(*outcome.error) : tr("The operation failed."), StatusKind::Error);
    else if (outcome.cancelled())
        setStatus(tr("Cancelled."), StatusKind::Warning);
    else
        setStatus(QString());
    refresh();
    Q_EMIT runningChanged(false);
    Q_EMIT finished(outcome);
}

void OperationPanel::refresh()
{
    const bool running = isRunning();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the operation; what it was changing is left as it was"));
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running && !m_cancelling);
    m_bar->setVisible(running || !m_hideWhenIdle);
    m_stage->setVisible(running || !m_hideWhenIdle);
    if (!running)
        m_stage->clear();
    else if (m_cancelling)
        m_stage->setText(tr("Cancelling…"));
    else
        m_stage->setText(DisplayFormat::withTimeLeft(m_progress.stage.isEmpty() ? tr("Starting…") : m_progress.stage,
                                                     m_handle->estimatedSecondsLeft()));
}

void OperationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace wb
