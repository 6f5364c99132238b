// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperationRow.h"
#include "RemedyText.h"

#include "DisplayFormat.h"
#include "StatusColours.h"

#include "ops/OperationHandle.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace wb {

OperationRow::OperationRow(OperationHandle *handle, QWidget *parent)
    : QWidget(parent), m_handle(handle)
{
    setObjectName(QStringLiteral("operationRow"));
    if (handle->operation()) {
        m_name = handle->operation()->name();
        m_description = handle->operation()->description();
    }
    m_state = handle->state();
    m_progress = handle->progress();

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setVerticalSpacing(2);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("operationTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    grid->addWidget(m_title, 0, 0, 1, 2);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    grid->addWidget(m_cancel, 0, 2, 2, 1, Qt::AlignVCenter);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("operationProgress"));
    m_bar->setRange(0, 1000);
    m_bar->setMaximumHeight(16);
    m_bar->setTextVisible(true);
    grid->addWidget(m_bar, 1, 0);
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("operationStage"));
    m_stage->setTextFormat(Qt::PlainText);
    grid->addWidget(m_stage, 1, 1);
    m_outcomeLabel = new QLabel(this);
    m_outcomeLabel->setObjectName(QStringLiteral("operationOutcome"));
    m_outcomeLabel->setTextFormat(Qt::PlainText);
    m_outcomeLabel->setWordWrap(true);
    m_outcomeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_outcomeLabel, 2, 0, 1, 2);
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setVisible(false);
    grid->addWidget(m_detailsButton, 2, 2);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("operationDetail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setVisible(false);
    m_detail->setFrameShape(QFrame::StyledPanel);
    grid->addWidget(m_detail, 3, 0, 1, 3);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_handle)
            m_handle->cancel();
        m_cancel->setEnabled(false);
        refresh();
    });
    connect(m_detailsButton, &QToolButton::toggled, m_detail, &QWidget::setVisible);
    connect(handle, &OperationHandle::progressChanged, this, [this](const Progress &p) {
        m_progress = p;
        if (m_handle)
            m_secondsLeft = m_handle->estimatedSecondsLeft();
        refresh();
    });
    connect(handle, &OperationHandle::finished, this, &OperationRow::onFinished);
    // The remaining-time estimate moves even when no progress arrives.
    auto *timer = new QTimer(this);
    timer->setInterval(1000);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        if (isFinished()) {
            timer->stop();
            return;
        }
        if (m_handle)
            m_secondsLeft = m_handle->estimatedSecondsLeft();
        refresh();
    });
    timer->start();
    if (handle->isFinished())
        onFinished(handle->outcome());
    else
        refresh();
}

bool OperationRow::isFinished() const
{
    return m_state == OperationState::Succeeded || m_state == OperationState::Failed || m_state == OperationState::Cancelled;
}

void OperationRow::onFinished(const OperationOutcome &outcome)
{
    m_outcome = outcome;
    m_state = outcome.state;
    refresh();
    Q_EMIT finished();
}

QString OperationRow::outcomeText() const
{
    return m_outcomeLabel->text();
}

QString OperationRow::stageText() const
{
    return m_stage->text();
}

QString OperationRow::technicalDetail() const
{
    return m_detail->text();
}

bool OperationRow::isDetailVisible() const
{
    return m_detail->isVisible();
}

void OperationRow::refresh()
{
    m_title->setText(m_description.isEmpty() ? m_name : m_description);
    m_title->setToolTip(m_name);
    m_cancel->setText(tr("Cancel"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setToolTip(tr("Show the error code and the technical cause"));

    const double fraction = m_progress.fraction();
    const bool finished = isFinished();
    m_cancel->setVisible(!finished);
    // A finished row shows its outcome, not the stage it was in last (issue 19): the stage line
    // goes, the outcome line says how it ended.
    m_stage->setVisible(!finished);
    if (!finished) {
        refreshRunning(fraction);
        return;
    }
    m_stage->clear();
    m_bar->setRange(0, 1000);
    const int value = m_state == OperationState::Succeeded ? 1000 : (fraction < 0 ? 0 : int(fraction * 1000));
    m_bar->setValue(value);
    m_bar->setFormat(QStringLiteral("%1%").arg(value / 10.0, 0, 'f', value == 1000 ? 0 : 1));
    switch (m_state) {
    case OperationState::Succeeded:
        m_outcomeLabel->setText(tr("Succeeded in %1").arg(DisplayFormat::duration(m_outcome.elapsedMs / 1000)));
        setStatusKind(m_outcomeLabel, StatusKind::Success);
        break;
    case OperationState::Cancelled:
        m_outcomeLabel->setText(tr("Cancelled"));
        setStatusKind(m_outcomeLabel, StatusKind::Warning);
        break;
    default:
        m_outcomeLabel->setText(tr("Failed: %1").arg(m_outcome.error ? errorText(*m_outcome.error) : tr("unknown error")));
        setStatusKind(m_outcomeLabel, StatusKind::Error);
        refreshFailureDetail();
        break;
    }
}

void OperationRow::refreshRunning(double fraction)
{
    const bool cancelling = m_handle && m_handle->cancellation().isCancelled();
    m_cancel->setEnabled(!cancelling);
    if (fraction < 0) {
        m_bar->setRange(0, 0); // busy indicator: the total is unknown
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(fraction * 1000));
        m_bar->setFormat(QStringLiteral("%1%").arg(fraction * 100.0, 0, 'f', 1));
    }
    const QString stage = m_progress.stage.isEmpty() ? tr("Starting…") : m_progress.stage;
    m_stage->setText(cancelling ? tr("Cancelling…") : DisplayFormat::withTimeLeft(stage, m_secondsLeft));
    m_outcomeLabel->setText(tr("Running"));
    setStatusKind(m_outcomeLabel, StatusKind::Neutral);
}

void OperationRow::refreshFailureDetail()
{
    if (!m_outcome.error)
        return;
    QStringList lines{tr("Error code: %1").arg(m_outcome.error->code)};
    if (!m_outcome.error->detail.isEmpty())
        lines << tr("Technical detail: %1").arg(m_outcome.error->detail);
    // Where it stopped belongs to the details of a failure, not to the row's stage line.
    if (!m_progress.stage.isEmpty())
        lines << tr("Stopped during: %1").arg(m_progress.stage);
    m_detail->setText(lines.join(QLatin1Char('\n')));
    m_detailsButton->setVisible(true);
}

void OperationRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace wb
