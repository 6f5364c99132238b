// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogStatusBar.h"

#include "LiveTexts.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::LogView) // the Log tab's texts share one translation context
};
} // namespace

QHBoxLayout *LogStatusBar::build(QWidget *view, LiveTexts &texts)
{
    status = new QLabel(view);
    status->setObjectName(QStringLiteral("statusLabel"));
    copy = new QPushButton(view);
    texts.add([b = copy] { b->setText(Tr::tr("Copy")); });
    texts.add([b = copy] { b->setToolTip(Tr::tr("Copy the selected entries as they are in the file")); });
    exportButton = new QPushButton(view);
    texts.add([b = exportButton] { b->setText(Tr::tr("Export…")); });
    exportButton->setObjectName(QStringLiteral("exportButton"));
    texts.add([b = exportButton] { b->setToolTip(Tr::tr("Save the entries shown (after filtering) to a file")); });
    showInContext = new QPushButton(view);
    texts.add([b = showInContext] { b->setText(Tr::tr("Show in context")); });
    showInContext->setObjectName(QStringLiteral("showInContextButton"));
    texts.add([b = showInContext] {
        b->setToolTip(Tr::tr("The selected entry is hidden by the filters: clear them and show it among all lines"));
    });
    showInContext->setVisible(false);
    auto *row = new QHBoxLayout;
    row->addWidget(status, 1);
    row->addWidget(showInContext);
    row->addWidget(copy);
    row->addWidget(exportButton);
    return row;
}

} // namespace wb
