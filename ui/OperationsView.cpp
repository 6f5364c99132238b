// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperationsView.h"

#include "OperationRow.h"

#include "ops/Engine.h"

#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace wb {

OperationsView::OperationsView(Engine &engine, QWidget *parent)
    : QWidget(parent), m_engine(engine)
{
    setObjectName(QStringLiteral("operationsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("operationsSummary"));
    bar->addWidget(m_summary, 1);
    m_showListings = new QCheckBox(this);
    m_showListings->setObjectName(QStringLiteral("showListings"));
    bar->addWidget(m_showListings);
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearFinished"));
    bar->addWidget(m_clear);
    layout->addLayout(bar);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    auto *content = new QWidget(m_scroll);
    content->setBackgroundRole(QPalette::Base);
    content->setAutoFillBackground(true);
    m_list = new QVBoxLayout(content);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(0);
    m_empty = new QLabel(content);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_list->addWidget(m_empty);
    m_list->addStretch();
    m_scroll->setWidget(content);
    layout->addWidget(m_scroll);

    connect(m_showListings, &QCheckBox::toggled, this, &OperationsView::setShowListings);
    connect(m_clear, &QPushButton::clicked, this, &OperationsView::clearFinished);
    connect(&m_engine, &Engine::operationStarted, this, &OperationsView::addOperation);
    updateSummary();
}

OperationRow *OperationsView::latestRow(const QString &operationName) const
{
    for (OperationRow *row : m_rows) {
        if (row->operationName() == operationName)
            return row;
    }
    return nullptr;
}

int OperationsView::runningCount() const
{
    int n = 0;
    for (const OperationRow *row : m_rows)
        n += row->isFinished() ? 0 : 1;
    return n;
}

bool OperationsView::isListing(const OperationRow *row) const
{
    return row->operationName() == QLatin1String("List-Image");
}

void OperationsView::addOperation(OperationHandle *handle)
{
    if (handle->isHousekeeping())
        return; // polls and dry runs are shown where they were started, not here
    auto *row = new OperationRow(handle, m_scroll->widget());
    m_rows.prepend(row);
    // Newest at the top; a thin line between rows.
    auto *line = new QFrame(row);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    static_cast<QGridLayout *>(row->layout())->addWidget(line, 4, 0, 1, 3);
    m_list->insertWidget(1, row);
    row->setVisible(m_showListings->isChecked() || !isListing(row));
    connect(row, &OperationRow::finished, this, [this] {
        trim();
        updateSummary();
    });
    updateSummary();
}

void OperationsView::trim()
{
    int finished = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        OperationRow *row = m_rows[i];
        if (!row->isFinished())
            continue;
        if (++finished > MaxFinishedRows) {
            m_rows.removeAt(i--);
            row->deleteLater();
        }
    }
}

void OperationsView::clearFinished()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i]->isFinished()) {
            m_rows[i]->deleteLater();
            m_rows.removeAt(i--);
        }
    }
    updateSummary();
}

void OperationsView::setShowListings(bool show)
{
    if (m_showListings->isChecked() != show)
        m_showListings->setChecked(show);
    for (OperationRow *row : std::as_const(m_rows))
        row->setVisible(show || !isListing(row));
    updateSummary();
}

void OperationsView::updateSummary()
{
    const int running = runningCount();
    // The summary counts the rows shown (hidden folder listings are not counted).
    int shown = 0;
    int shownRunning = 0;
    for (const OperationRow *row : std::as_const(m_rows)) {
        if (m_showListings->isChecked() || !isListing(row)) {
            ++shown;
            shownRunning += row->isFinished() ? 0 : 1;
        }
    }
    m_summary->setText(tr("%n running", nullptr, shownRunning) + QStringLiteral(" · ")
                       + tr("%n finished", nullptr, shown - shownRunning));
    m_showListings->setText(tr("Show folder listings"));
    m_clear->setText(tr("Clear finished"));
    m_empty->setText(tr("No operations yet. Opening an image, searching or extracting files shows its progress here."));
    m_empty->setVisible(shown == 0);
    Q_EMIT runningCountChanged(running);
}

void OperationsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateSummary();
    QWidget::changeEvent(event);
}

} // namespace wb
