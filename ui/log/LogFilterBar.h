// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;
class QWidget;

namespace wb {

class LiveTexts;

/// The Log tab's filters in three short rows, so the tab fits a 1,024 px window next to the Open
/// images panel in English and Chinese (issue 19 defect 5): the level buttons and Only errors; the
/// component, the operation and Previous/Next problem; the time range and the message text.
/// build() makes the widgets as children of the view (the tab order is the order they are made in)
/// and sets their fixed texts; the LogView connects them and sets the level buttons' counts.
/// GUI thread.
struct LogFilterBar
{
    static constexpr int LevelGroupCount = 5; ///< errors, warnings, information, debug, unrecognised

    QToolButton *levels[LevelGroupCount] = {};
    QToolButton *onlyErrors = nullptr;
    QComboBox *component = nullptr; ///< item 0: all components (data: empty)
    QComboBox *operation = nullptr; ///< data: the operation's index, -1 for all lines
    QCheckBox *fromEnabled = nullptr;
    QDateTimeEdit *from = nullptr;
    QCheckBox *toEnabled = nullptr;
    QDateTimeEdit *to = nullptr;
    QLineEdit *text = nullptr;
    QCheckBox *regex = nullptr;
    QCheckBox *caseSensitive = nullptr;
    QPushButton *previous = nullptr;
    QPushButton *next = nullptr;

    /// Adds the three rows to `layout`.
    void build(QWidget *view, QVBoxLayout *layout, LiveTexts &texts);

private:
    QHBoxLayout *buildLevelRow(QWidget *view, LiveTexts &texts);
    QHBoxLayout *buildFilterRow(QWidget *view, LiveTexts &texts);
    QHBoxLayout *buildTimeAndTextRow(QWidget *view, LiveTexts &texts);
    void buildNavigation(QWidget *view, LiveTexts &texts);
};

} // namespace wb
