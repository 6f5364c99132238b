// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QHBoxLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace wb {

class LiveTexts;

/// The Log tab's bottom row: the status line (counts, encoding, notices, errors), Show in context
/// (shown while the selected entry is filtered out), Copy and Export…. build() makes the widgets
/// as children of the view; the LogView connects them. GUI thread.
struct LogStatusBar
{
    QLabel *status = nullptr;
    QPushButton *copy = nullptr;
    QPushButton *exportButton = nullptr;
    QPushButton *showInContext = nullptr;

    QHBoxLayout *build(QWidget *view, LiveTexts &texts);
};

} // namespace wb
