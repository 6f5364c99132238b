// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogFilterBar.h"

#include "LiveTexts.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::LogView) // the Log tab's texts share one translation context
};

/// A label whose text follows the language; `text` is marked with QT_TRANSLATE_NOOP("wb::LogView", ...).
QLabel *rowLabel(QWidget *view, LiveTexts &texts, const char *text)
{
    auto *label = new QLabel(view);
    texts.add([label, text] { label->setText(QCoreApplication::translate("wb::LogView", text)); });
    return label;
}
} // namespace

void LogFilterBar::build(QWidget *view, QVBoxLayout *layout, LiveTexts &texts)
{
    QHBoxLayout *levelRow = buildLevelRow(view, texts);
    QHBoxLayout *filterRow = buildFilterRow(view, texts);
    layout->addLayout(levelRow);
    layout->addLayout(filterRow);
    QHBoxLayout *textRow = buildTimeAndTextRow(view, texts);
    buildNavigation(view, texts);
    filterRow->addWidget(previous);
    filterRow->addWidget(next);
    layout->addLayout(textRow);
}

QHBoxLayout *LogFilterBar::buildLevelRow(QWidget *view, LiveTexts &texts)
{
    auto *row = new QHBoxLayout;
    row->addWidget(rowLabel(view, texts, QT_TRANSLATE_NOOP("wb::LogView", "Levels:")));
    const char *names[] = {"errorsButton", "warningsButton", "informationButton", "debugButton", "unrecognisedButton"};
    for (int g = 0; g < LevelGroupCount; ++g) {
        auto *b = new QToolButton(view);
        b->setObjectName(QLatin1String(names[g]));
        b->setCheckable(true);
        b->setChecked(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // The on/off state must be plain under every style (issue 19 defect 5): a shown level is
        // drawn on the palette's highlight, a hidden one as a plain button.
        b->setStyleSheet(QStringLiteral("QToolButton:checked { background-color: palette(highlight); color: palette(highlighted-text); }"));
        levels[g] = b;
        row->addWidget(b);
    }
    onlyErrors = new QToolButton(view);
    onlyErrors->setObjectName(QStringLiteral("onlyErrorsButton"));
    texts.add([b = onlyErrors] { b->setText(Tr::tr("Only errors")); });
    texts.add([b = onlyErrors] { b->setToolTip(Tr::tr("Show errors only (click a level to add it again)")); });
    row->addWidget(onlyErrors);
    row->addStretch(1);
    return row;
}

QHBoxLayout *LogFilterBar::buildFilterRow(QWidget *view, LiveTexts &texts)
{
    auto *row = new QHBoxLayout;
    row->addWidget(rowLabel(view, texts, QT_TRANSLATE_NOOP("wb::LogView", "Component:")));
    component = new QComboBox(view);
    component->setObjectName(QStringLiteral("componentCombo"));
    component->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    component->addItem(QString(), QString());
    texts.add([c = component] {
        // Wide enough for "All components" whole (issue 19 defect 10: it showed "All compone...").
        const QString all = Tr::tr("All components");
        c->setItemText(0, all);
        c->setMinimumContentsLength(std::max(14, int(all.size()) + 1));
    });
    row->addWidget(component);
    row->addWidget(rowLabel(view, texts, QT_TRANSLATE_NOOP("wb::LogView", "Operation:")));
    operation = new QComboBox(view);
    operation->setObjectName(QStringLiteral("operationCombo"));
    operation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    operation->setMinimumContentsLength(12); // long names are elided; the list shows them whole
    operation->view()->setTextElideMode(Qt::ElideNone);
    operation->addItem(Tr::tr("All lines"), -1);
    row->addWidget(operation, 1);
    return row;
}

QHBoxLayout *LogFilterBar::buildTimeAndTextRow(QWidget *view, LiveTexts &texts)
{
    fromEnabled = new QCheckBox(view);
    texts.add([c = fromEnabled] { c->setText(Tr::tr("From")); });
    fromEnabled->setObjectName(QStringLiteral("fromCheck"));
    from = new QDateTimeEdit(view);
    from->setObjectName(QStringLiteral("fromEdit"));
    toEnabled = new QCheckBox(view);
    texts.add([c = toEnabled] { c->setText(Tr::tr("to")); });
    toEnabled->setObjectName(QStringLiteral("toCheck"));
    to = new QDateTimeEdit(view);
    to->setObjectName(QStringLiteral("toEdit"));
    // The editors hold the log's first and last time (set when it is indexed) until ticked.
    for (QDateTimeEdit *edit : {from, to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd hh:mm:ss"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    text = new QLineEdit(view);
    text->setObjectName(QStringLiteral("textFilter"));
    texts.add([e = text] { e->setPlaceholderText(Tr::tr("Filter messages")); });
    text->setClearButtonEnabled(true);
    regex = new QCheckBox(view);
    texts.add([c = regex] { c->setText(Tr::tr("Regular expression")); });
    regex->setObjectName(QStringLiteral("regexCheck"));
    caseSensitive = new QCheckBox(view);
    texts.add([c = caseSensitive] { c->setText(Tr::tr("Match case")); });
    auto *row = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{fromEnabled, from, toEnabled, to})
        row->addWidget(w);
    row->addWidget(text, 1);
    row->addWidget(regex);
    row->addWidget(caseSensitive);
    return row;
}

void LogFilterBar::buildNavigation(QWidget *view, LiveTexts &texts)
{
    previous = new QPushButton(view);
    texts.add([b = previous] { b->setText(Tr::tr("Previous problem")); });
    previous->setObjectName(QStringLiteral("previousProblemButton"));
    texts.add([b = previous] { b->setToolTip(Tr::tr("Go to the previous error or warning (Shift+F8)")); });
    next = new QPushButton(view);
    texts.add([b = next] { b->setText(Tr::tr("Next problem")); });
    next->setObjectName(QStringLiteral("nextProblemButton"));
    texts.add([b = next] { b->setToolTip(Tr::tr("Go to the next error or warning (F8)")); });
}

} // namespace wb
