// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogDetailPane.h"

#include "LogTableModel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>

namespace wb {

QSplitter *LogDetailPane::build(QWidget *view, QAbstractItemModel *model)
{
    buildTable(view, model);
    detail = new QPlainTextEdit(view);
    detail->setObjectName(QStringLiteral("entryDetail"));
    detail->setReadOnly(true);
    detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    splitter = new QSplitter(Qt::Vertical, view);
    splitter->addWidget(table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void LogDetailPane::buildTable(QWidget *view, QAbstractItemModel *model)
{
    table = new QTableView(view);
    table->setObjectName(QStringLiteral("logTable"));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->setAlternatingRowColors(false);
    table->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures millions of rows.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int digit = table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    table->setColumnWidth(LogTableModel::TimeColumn, digit * 21);
    table->setColumnWidth(LogTableModel::LevelColumn, digit * 12);
    table->setColumnWidth(LogTableModel::ComponentColumn, digit * 10);
    table->setColumnWidth(LogTableModel::PidColumn, digit * 8);
    table->setColumnWidth(LogTableModel::TidColumn, digit * 8);
}

} // namespace wb
