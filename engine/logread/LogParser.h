// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogEntry.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace wb {

/// What the first line of an entry says, as parsed from `YYYY-MM-DD hh:mm:ss, Level<pad> Component Message`.
struct LogLineHeader
{
    bool valid = false;          ///< the line starts with a timestamp and ", "
    qint64 stamp = 0;            ///< naive seconds of the timestamp (see LogParser::stampOf)
    LogEntryLevel level = LogEntryLevel::Unknown;
    qsizetype levelStart = 0, levelLength = 0;
    qsizetype componentStart = 0, componentLength = 0;
    qsizetype messageStart = 0;  ///< index of the message in the line (== line length when empty)
};

/// An operation's start or end line: `<----- Starting <Name>: <detail> ----->` as WimBench writes
/// them, or DISM's `<----- Starting Dism.exe session ----->`.
struct LogOperationMarker
{
    bool starting = true;
    QString name;
    QString detail;
};

/// Parses log lines in the shape WimBench, DISM (dism.log) and CBS (cbs.log) write, and folds
/// continuation lines (lines without a timestamp) into the entry above. Lines that are not in the
/// shape are kept as entries of level Unknown. Stateless functions are thread-safe; an instance
/// (the folding parser) is used by one thread at a time.
class LogParser
{
public:
    /// A run of continuation lines longer than this starts a new (Unknown) entry, so one damaged
    /// region cannot make a single entry of millions of lines.
    static constexpr int MaxContinuationLines = 1000;

    enum class LineKind {
        Entry,        ///< a new entry with a timestamp
        Continuation, ///< belongs to the entry above
        Unknown       ///< a line of its own that is not in the log's shape
    };

    /// Parses the header of one line (without its newline). Does not allocate.
    static LogLineHeader parseHeader(QStringView line);
    /// The same, straight from the bytes of a line in a one-byte encoding (positions are byte
    /// offsets; only ASCII lines give the same result as the decoded text).
    static LogLineHeader parseHeader(QLatin1StringView line);
    /// What `line` is, given its parsed header, whether there is an entry above it and how many
    /// continuation lines that entry already has.
    static LineKind classify(QStringView line, const LogLineHeader &header, bool haveEntryAbove, int continuationLines);

    /// "PID=<n> TID=<n>" near the start of a message (DISM writes a prefix such as
    /// "DISM Provider Store: " before it). {0, 0} when absent.
    static std::pair<quint32, quint32> pidTid(QStringView message);
    /// The operation start/end marker in a message, if it is one.
    static std::optional<LogOperationMarker> operationMarker(QStringView message);
    /// The HRESULT a text reports (see LogEntry::hresult).
    static std::optional<quint32> hresult(QStringView text);

    /// Naive seconds of a local date and time (no time zone: comparisons only).
    static qint64 stampOf(const QDateTime &time);
    static QDateTime timeOfStamp(qint64 stamp);

    /// Builds the entry from its raw text (first line, then continuation lines, separated by '\n').
    static LogEntry parseEntry(QStringView raw, int firstLineNumber = 1);
    /// Parses a whole text (already decoded; "\r\n" or "\n" line ends) into entries.
    static QList<LogEntry> parseText(QStringView text);

    // Folding parser: feed lines in order, take the finished entries.
    /// Adds the next line (without its line end).
    void addLine(QStringView line);
    /// Ends the input: the entry being built is finished.
    void finish();
    /// Entries finished so far (and removes them from the parser).
    QList<LogEntry> takeEntries();
    /// Lines fed so far.
    int lineCount() const { return m_lineNumber; }

private:
    void flushPending();
    QList<LogEntry> m_done;
    QString m_pendingRaw;
    int m_pendingFirstLine = 0;
    int m_pendingContinuations = 0;
    bool m_havePending = false;
    int m_lineNumber = 0;
};

} // namespace wb
