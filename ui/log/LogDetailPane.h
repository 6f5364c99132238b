// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemModel;
class QPlainTextEdit;
class QSplitter;
class QTableView;
class QWidget;

namespace wb {

/// The Log tab's middle: the table of entries (fixed row heights, so it never measures millions of
/// rows) above the selected entry's raw lines, in a vertical splitter. build() makes them as
/// children of the view; the LogView connects them. GUI thread.
struct LogDetailPane
{
    QTableView *table = nullptr;
    QPlainTextEdit *detail = nullptr;
    QSplitter *splitter = nullptr;

    /// `model` is the view's LogTableModel.
    QSplitter *build(QWidget *view, QAbstractItemModel *model);

private:
    void buildTable(QWidget *view, QAbstractItemModel *model);
};

} // namespace wb
