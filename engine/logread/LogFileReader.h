// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogIndex.h"
#include "LogIndexer.h"

#include "core/Cancellation.h"
#include "core/Error.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

class QFileSystemWatcher;

namespace wb {

/// Opens a log file and indexes it on a worker thread, handing the index over in batches (the
/// first one small, so the first screen shows at once) with progress; can follow the file while
/// it grows and reloads it when it is rotated to `.bak` or truncated. Entry text is read back on
/// demand (positioned reads), so a 200 MB log costs ~100 MB of index, not its text.
/// Lives on (and is used from) one thread with an event loop, usually the GUI thread; owned by
/// its parent.
class LogFileReader : public QObject
{
    Q_OBJECT
public:
    explicit LogFileReader(QObject *parent = nullptr);
    ~LogFileReader() override;

    /// Opens `path` and starts indexing it. With `follow`, new lines are indexed as they are
    /// written and a rotation (the path names a new file, or the file shrank) reloads; a followed
    /// file that does not exist yet is waited for. Fails (nothing changes) when the file cannot be
    /// opened and is not followed.
    Status open(const QString &path, bool follow = false);
    /// Stops indexing and following, and forgets the file.
    void close();

    QString path() const { return m_path; }
    bool isOpen() const { return !m_path.isEmpty(); }
    bool isFollowing() const { return m_follow; }
    void setFollowing(bool follow);
    /// How often a followed file is checked (a file system watcher also triggers checks).
    void setPollInterval(int ms);
    /// Checks a followed file for new lines or rotation now.
    void checkNow();
    /// A followed file's last line without a line end is taken once the file has not grown for
    /// this long (default 1 s): before that, the rest of the line may still be being written.
    void setSettleTime(int ms) { m_settleMs = ms; }

    /// The index so far (GUI thread). Copy it to use it on another thread.
    const LogIndex &index() const { return m_index; }
    int entryCount() const { return m_index.count(); }
    bool isIndexing() const { return m_indexing; }
    qint64 bytesIndexed() const { return m_bytesDone; }
    qint64 bytesTotal() const { return m_bytesTotal; }
    /// Changes each time the index is reset (new file, rotation); batches of older generations are dropped.
    int generation() const { return m_generation; }
    LogTextCodec codec() const { return m_state.codec; }

    /// Reads entry `row` back from the file.
    Result<LogEntry> entry(int row) const { return m_index.readEntry(row); }
    Result<QList<LogEntry>> entries(int first, int count) const { return m_index.readEntries(first, count); }

    /// Indexing has caught up with the file (no pass runs and none is due).
    bool hasCaughtUp() const { return !m_indexing && !m_pollAgain; }

Q_SIGNALS:
    /// The index was emptied (another file, or the followed file was rotated or truncated).
    void reset();
    void entriesAppended(int first, int count);
    /// The entry at `row` grew (continuation lines were written below it).
    void entryChanged(int row);
    void operationsChanged();
    void componentsChanged();
    void progress(qint64 done, qint64 total);
    /// Indexing caught up with the end of the file.
    void indexed();
    /// The followed file was rotated (renamed to .bak and started again) or truncated: the
    /// reader has reloaded it from the start.
    void rotated(const QString &path);
    void failed(const wb::Error &error);

private:
    void startIndexing(bool takePartialLine);
    void applyBatch(int generation, LogIndexBatch batch);
    void indexingDone(int generation, const Status &status);
    void poll();
    bool reopen();
    void watch();

    QString m_path;
    bool m_follow = false;
    LogIndex m_index;
    LogIndexerState m_state;
    std::shared_ptr<LogFileHandle> m_file;
    QThreadPool m_pool;
    CancellationToken m_cancel;
    bool m_indexing = false;
    bool m_pollAgain = false;
    int m_generation = 0;
    qint64 m_bytesDone = 0;
    qint64 m_bytesTotal = 0;
    qint64 m_lastSeenSize = -1;
    QElapsedTimer m_sinceSizeChange;
    int m_settleMs = 1000;
    QTimer m_pollTimer;
    QFileSystemWatcher *m_watcher = nullptr;
};

} // namespace wb
