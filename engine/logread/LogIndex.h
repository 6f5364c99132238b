// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogEntry.h"
#include "LogTextCodec.h"

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace wb {

/// What the index keeps of one entry: where its bytes are, and what filters look at without
/// reading the text again. ~48 bytes, so a 200 MB log (~2 million lines) indexes in ~100 MB.
struct LogIndexEntry
{
    qint64 offset = 0;   ///< byte offset of the entry's first line in the file
    qint64 stamp = 0;    ///< naive seconds of its timestamp (LogParser::stampOf); 0 when it has none
    qint32 length = 0;   ///< bytes from `offset` to the end of its last line (line end excluded)
    qint32 line = 0;     ///< 1-based line number of the first line
    qint32 lineCount = 1;
    quint32 pid = 0;
    quint32 tid = 0;
    quint16 component = 0; ///< index in LogIndex::components(); 0 is "no component"
    LogEntryLevel level = LogEntryLevel::Unknown;
};

/// An operation found in the log: the lines from its `<----- Starting <Name>...` line to its
/// `<----- Ending <Name>...` line written by the same PID/TID (or to the end of the log while it
/// has not ended).
struct LogOperationSpan
{
    QString name;
    QString detail;     ///< the start line's text after "<Name>: " (WimBench: the description)
    QString outcome;    ///< the end line's text after "<Name>: " (e.g. "succeeded in 12 ms")
    QString commandLine; ///< DISM's "Executing command line:" of the session, if it wrote one
    quint32 pid = 0;
    quint32 tid = 0;
    int firstRow = 0;
    int lastRow = -1;   ///< -1 while the operation has not ended
    qint64 stamp = 0;   ///< time of the start line

    bool ended() const { return lastRow >= 0; }
    /// Whether the entry at `row` belongs to the operation.
    bool contains(int row, const LogIndexEntry &entry) const;
};

/// The file behind an index, open for positioned reads from any thread (pread). Shared by the
/// reader and the snapshots taken of its index; closed with the last of them.
class LogFileHandle
{
public:
    static Result<std::shared_ptr<LogFileHandle>> open(const QString &path);
    ~LogFileHandle();
    LogFileHandle(const LogFileHandle &) = delete;
    LogFileHandle &operator=(const LogFileHandle &) = delete;

    int fd() const { return m_fd; }
    const QString &path() const { return m_path; }
    /// Reads up to `size` bytes at `offset` (fewer at the end of the file).
    Result<QByteArray> read(qint64 offset, qint64 size) const;
    /// Current size of the open file.
    qint64 size() const;
    /// Device and inode of the open file, to notice when the path names another file.
    std::pair<quint64, quint64> identity() const;

private:
    LogFileHandle(int fd, QString path) : m_fd(fd), m_path(std::move(path)) {}
    int m_fd = -1;
    QString m_path;
};

/// The index of a log: its entries in chunks that are never changed once shared, the component
/// names, the operations and counts per level. Copying is cheap (the chunks are shared) and is how
/// another thread gets a consistent snapshot; each copy is used by one thread at a time.
class LogIndex
{
public:
    using Chunk = std::vector<LogIndexEntry>;

    LogIndex();

    int count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    const LogIndexEntry &at(int row) const;
    const QStringList &components() const { return m_components; }
    QString componentName(const LogIndexEntry &entry) const { return m_components.value(entry.component); }
    const QList<LogOperationSpan> &operations() const { return m_operations; }
    const std::array<int, LogEntryLevelCount> &levelCounts() const { return m_levelCounts; }
    int levelCount(LogEntryLevel level) const { return m_levelCounts[size_t(level)]; }

    std::shared_ptr<LogFileHandle> file() const { return m_file; }
    LogTextCodec codec() const { return m_codec; }
    void setSource(std::shared_ptr<LogFileHandle> file, LogTextCodec codec);

    /// Reads and parses the entries [first, first + count) with one read of the file.
    Result<QList<LogEntry>> readEntries(int first, int count) const;
    Result<LogEntry> readEntry(int row) const;
    /// Calls `fn(row, message)` for the entries [first, first + count) with the message text
    /// (LogEntry::message) only, reading them with one read and building no LogEntry (filters).
    Status forEachMessage(int first, int count, const std::function<void(int, QStringView)> &fn) const;

    // Building (the owner's thread only).
    void append(Chunk entries);
    /// Replaces the last entry (it got continuation lines).
    void replaceLast(const LogIndexEntry &entry);
    void addComponents(const QStringList &names) { m_components += names; }
    void addOperations(const QList<LogOperationSpan> &spans) { m_operations += spans; }
    void endOperation(int operation, int lastRow, const QString &outcome);
    void setCommandLine(int operation, const QString &commandLine)
    {
        if (operation >= 0 && operation < m_operations.size())
            m_operations[operation].commandLine = commandLine;
    }
    void clear();

    /// Largest entry text read back (longer entries are cut, the rest shown as "…").
    static constexpr qint64 MaxEntryBytes = 4 * 1024 * 1024;

private:
    /// Decodes the text of entries [first, end) in reads of at most 8 MiB (whole entries, at least
    /// one each) and hands each to `fn` (at most MaxEntryBytes; nullptr when its bytes are gone).
    Status forEachEntryText(int first, int end, const std::function<void(int, const LogIndexEntry &, const QString *)> &fn) const;

    std::vector<std::shared_ptr<const Chunk>> m_chunks;
    std::vector<int> m_chunkStarts;
    int m_count = 0;
    QStringList m_components;
    QList<LogOperationSpan> m_operations;
    std::array<int, LogEntryLevelCount> m_levelCounts {};
    std::shared_ptr<LogFileHandle> m_file;
    LogTextCodec m_codec;
};

} // namespace wb
