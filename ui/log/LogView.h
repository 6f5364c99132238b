// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LiveTexts.h"
#include "LogDetailPane.h"
#include "LogFileBar.h"
#include "LogFilterBar.h"
#include "LogStatusBar.h"

#include "core/Result.h"
#include "logread/LogEntry.h"

#include <QDateTime>
#include <QWidget>

class QTableView;
class QTimer;
class QThreadPool;

namespace wb {

class Engine;
class LogFileReader;
class LogTableModel;

/// The log viewer: WimBench's own log (followed live while operations run) or any dism.log,
/// cbs.log or .bak file, with columns time, level, component, PID, TID and message, colours and
/// counts per level, filters (levels, component, time range, plain text or regular expression,
/// one operation), next/previous error or warning, copy and export of the filtered entries.
/// Indexing and filtering run on worker threads; the window never waits for them.
/// Lives on the GUI thread; the Engine must outlive it.
class LogView : public QWidget
{
    Q_OBJECT
public:
    /// The level groups of the level buttons.
    enum LevelGroup { Errors, Warnings, Information, DebugGroup, Unrecognised, LevelGroupCount };
    static_assert(LevelGroupCount == LogFilterBar::LevelGroupCount, "one level button per group");

    explicit LogView(Engine &engine, QWidget *parent = nullptr);
    ~LogView() override;

    /// Opens a log file; `follow` shows new lines as they are written. Shows the error and
    /// returns it when the file cannot be opened (the current log stays).
    Status openLog(const QString &path, bool follow = false);
    /// Opens WimBench's own log (Log::path()), following it.
    void showOwnLog();
    QString currentPath() const;

    // Filters (the controls call these; tests may too).
    void setLevelGroupShown(LevelGroup group, bool shown);
    void setComponentFilter(const QString &component); ///< empty = all components
    /// Plain text or a regular expression; an invalid expression is shown as an error and the
    /// text criterion is left out until it is corrected.
    void setTextFilter(const QString &text, bool regex, bool caseSensitive = false);
    void setTimeRange(const QDateTime &from, const QDateTime &to); ///< invalid = open end
    /// Shows only the lines of operation `index` of the log's operations (-1 = all lines).
    void selectOperation(int index);

    /// Selects the next/previous error or warning after the current row; false when there is none.
    bool goToNextProblem();
    bool goToPreviousProblem();

    /// Copies the selected entries (as in the file) to the clipboard.
    void copySelection();
    /// Writes the filtered entries, as in the file, to `path` on a worker thread; exportFinished
    /// reports the outcome.
    void exportFiltered(const QString &path);

    /// Entries of `level` in the whole log.
    int levelCount(LogEntryLevel level) const;
    QString countsText() const;
    /// The error shown for the text filter (an invalid regular expression), or empty.
    QString textFilterError() const { return m_textError; }
    bool isBusy() const; ///< indexing or filtering

    LogFileReader *reader() const { return m_reader; }
    LogTableModel *model() const { return m_model; }
    QTableView *table() const { return m_pane.table; }

Q_SIGNALS:
    void exportFinished(const wb::Status &status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void connectReader();
    void connectModel();
    void connectFileBar();
    void connectFilters();
    void connectTextFilter();
    void connectPaneAndButtons();
    void onFilterControlChanged(); ///< a filter control changed by the user: filter again
    void onIndexed();
    void offerTimeSpan();
    void checkOwnLog();
    bool goToProblem(bool forward);
    void applyFilter();
    void updateCounts();
    void updateStatus();
    void updateComponents();
    void updateOperations();
    void showCurrentEntry();
    void openWithDialog();
    void exportWithDialog();
    void onRowsInserted();
    void showError(const QString &text);
    void restoreKeptEntry();
    void showOnlyErrors();
    void showKeptInContext();
    quint32 levelBits() const;

    Engine &m_engine;
    LogFileReader *m_reader = nullptr;
    LogTableModel *m_model = nullptr;
    // The tab's rows, top to bottom (their widgets are children of this view).
    LogFileBar m_fileBar;
    LogFilterBar m_filters;
    LogDetailPane m_pane;
    LogStatusBar m_statusBar;
    LiveTexts m_texts;        ///< every text of the tab, set again on a live language switch
    int m_keptSourceRow = -1; ///< the entry selected before a filter change, until shown again
    QTimer *m_textDelay = nullptr;
    bool m_ownLog = false;
    bool m_stickToBottom = true;
    bool m_updatingControls = false;
    QString m_textError;
    QString m_lastError;
    QString m_notice; ///< shown after the counts until the next file or navigation
    QThreadPool *m_exportPool = nullptr;
    bool m_exporting = false;
};

} // namespace wb
