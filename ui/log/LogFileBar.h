// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QToolButton;
class QWidget;

namespace wb {

class LiveTexts;

/// The Log tab's top row: Open log…, WimBench log, Follow new lines, the file's path and the
/// indexing progress. build() makes the widgets as children of the view (so the tab order is the
/// order they are made in); the LogView connects them. GUI thread.
struct LogFileBar
{
    QToolButton *open = nullptr;
    QToolButton *own = nullptr;
    QCheckBox *follow = nullptr;
    QLabel *path = nullptr;
    QProgressBar *progress = nullptr;

    QHBoxLayout *build(QWidget *view, LiveTexts &texts);
};

} // namespace wb
