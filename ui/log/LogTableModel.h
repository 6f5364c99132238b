// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logread/LogFileReader.h"
#include "logread/LogFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QThreadPool>

#include <vector>

namespace wb {

/// The rows of a log for a QTableView: every entry the reader has indexed, or only those a
/// LogFilter passes. Filtering runs on a worker thread over a snapshot of the index and fills the
/// rows in as it goes, so the window never waits for it; entry text is read from the file for the
/// rows shown only. Lives on the GUI thread; the reader is not owned and must outlive it.
class LogTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, ComponentColumn, PidColumn, TidColumn, MessageColumn, ColumnCount };
    enum Role {
        LevelRole = Qt::UserRole + 1, ///< LogEntryLevel as int
        SourceRowRole,                ///< the entry's row in the reader's index
        RawTextRole,                  ///< the entry's lines as in the file
        LineNumberRole
    };

    explicit LogTableModel(LogFileReader *reader, QObject *parent = nullptr);
    ~LogTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows only the entries `filter` passes (an empty filter shows everything).
    void setFilter(const LogFilter &filter);
    const LogFilter &filter() const { return m_filter; }
    /// A filter job is running (rows are still being added).
    bool isFiltering() const { return m_running > 0; }

    /// The index row of the model row `row`.
    int sourceRow(int row) const;
    /// The model row showing index row `sourceRow`, or -1 when it is filtered out.
    int rowForSourceRow(int sourceRow) const;
    /// The next (or previous) model row after `from` whose level is in `levels`; -1 when none.
    /// Answered from the index, without reading text.
    int findLevel(int from, bool forward, quint32 levels) const;
    /// The next (or previous) model row after `from` that shows a problem: its level is in
    /// `levels`, or its text carries a failure HRESULT (CBS writes those at Info level) or
    /// "Warning:" (issue 19 defect 5). Reads the text of the rows it passes; -1 when none.
    int findProblem(int from, bool forward, quint32 levels) const;
    /// Tells the views that headers and level names changed (after a language switch).
    void retranslate();
    /// The index rows of every model row, in order.
    std::vector<int> sourceRows() const;
    /// The entries shown in the given model rows (read from the file).
    QList<LogEntry> entriesAt(const QList<int> &rows) const;

Q_SIGNALS:
    void filteringChanged(bool running);
    void filterProgress(int done, int total);

private:
    void onReset();
    void onAppended(int first, int count);
    void onEntryChanged(int row);
    void startJob(int first, int end, bool full);
    void appendRows(int serial, std::vector<int> rows);
    void jobFinished(int serial);
    const LogEntry *cached(int sourceRow) const;
    bool identity() const { return m_filter.isEmpty(); }

    LogFileReader *m_reader;
    LogFilter m_filter;
    std::vector<int> m_rows;  ///< filtered: the index rows shown
    int m_identityCount = 0;  ///< unfiltered: rows announced to the view
    int m_serial = 0;
    int m_running = 0;
    CancellationToken m_cancel;
    QThreadPool m_pool;
    mutable QHash<int, LogEntry> m_cache;
};

} // namespace wb
