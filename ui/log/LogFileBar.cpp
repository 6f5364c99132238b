// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogFileBar.h"

#include "LiveTexts.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::LogView) // the Log tab's texts share one translation context
};
} // namespace

QHBoxLayout *LogFileBar::build(QWidget *view, LiveTexts &texts)
{
    open = new QToolButton(view);
    open->setObjectName(QStringLiteral("openLogButton"));
    texts.add([b = open] { b->setText(Tr::tr("Open log…")); });
    texts.add([b = open] { b->setToolTip(Tr::tr("Open a dism.log, cbs.log, .bak or other log file")); });
    own = new QToolButton(view);
    own->setObjectName(QStringLiteral("ownLogButton"));
    texts.add([b = own] { b->setText(Tr::tr("WimBench log")); });
    texts.add([b = own] { b->setToolTip(Tr::tr("Show WimBench's own log, following new lines")); });
    follow = new QCheckBox(view);
    texts.add([c = follow] { c->setText(Tr::tr("Follow new lines")); });
    follow->setObjectName(QStringLiteral("followCheck"));
    path = new QLabel(view);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long path never widens the tab (its tooltip has it whole)
    progress = new QProgressBar(view);
    progress->setRange(0, 1000);
    progress->setMaximumWidth(160);
    progress->setTextVisible(false);
    progress->setVisible(false);
    auto *row = new QHBoxLayout;
    row->addWidget(open);
    row->addWidget(own);
    row->addWidget(follow);
    row->addWidget(path, 1);
    row->addWidget(progress);
    return row;
}

} // namespace wb
