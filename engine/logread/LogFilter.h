// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogIndex.h"

#include "core/Cancellation.h"
#include "core/Result.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace wb {

/// Which entries of a log to show: a set of levels, components, a time range, text (plain or a
/// regular expression, matched against the message including its continuation lines; ^ and $
/// match at each of its lines) and an
/// operation. Empty criteria match everything. A plain value; copies may be used on other threads.
class LogFilter
{
public:
    quint32 levels() const { return m_levels; }
    /// Levels as a set of logLevelBit()s.
    void setLevels(quint32 levels) { m_levels = levels & AllLogLevels; }
    /// /Level:Error|Warning|Info|Debug (or 1..4): that level and the more severe ones.
    static std::optional<quint32> levelsFromName(const QString &name);

    const QStringList &components() const { return m_components; }
    /// Only entries of these components (case-insensitive); empty = all.
    void setComponents(const QStringList &components) { m_components = components; }

    /// Only entries written from `from` to `to` (inclusive, local time as in the file); an invalid
    /// time leaves that end open. Entries without a timestamp are left out when a range is set.
    void setTimeRange(const QDateTime &from, const QDateTime &to);
    std::optional<qint64> fromStamp() const { return m_from; }
    std::optional<qint64> toStamp() const { return m_to; }

    /// Text to look for in the message; `regex` makes it a QRegularExpression. Fails (with a usage
    /// error naming the problem and its position) when the expression does not compile.
    Status setText(const QString &text, bool regex = false, Qt::CaseSensitivity cs = Qt::CaseInsensitive);
    const QString &text() const { return m_text; }
    bool isRegex() const { return m_regex; }

    /// Only the lines of this operation (see LogOperationSpan::contains).
    void setOperation(const std::optional<LogOperationSpan> &operation) { m_operation = operation; }
    const std::optional<LogOperationSpan> &operation() const { return m_operation; }

    /// True when every entry passes.
    bool isEmpty() const;
    bool needsText() const { return !m_text.isEmpty(); }

    /// Level, time and component (what a line's header says).
    bool matchesFields(LogEntryLevel level, qint64 stamp, QStringView component) const;
    /// The criteria the index can answer (level, component, time, operation).
    bool matchesIndex(int row, const LogIndexEntry &entry, const QStringList &componentNames) const;
    /// The text criterion on a read entry.
    bool matchesText(const LogEntry &entry) const { return matchesText(QStringView(entry.message)); }
    /// The text criterion on a message (LogEntry::message).
    bool matchesText(QStringView message) const;
    /// A quick test on an entry's raw text (header and continuation lines included): false only
    /// when its message cannot match the text filter, because the message is a suffix of the raw
    /// text. Patterns that look behind or anchor at a line start always pass here.
    bool mayMatchRaw(QStringView raw) const;
    /// Every criterion but the operation, on an entry read without an index (the command line).
    bool matches(const LogEntry &entry) const;

    using ProgressFn = std::function<void(int done, int total)>;
    using PartialFn = std::function<void(std::vector<int> &&rows)>;
    /// The rows of [first, end) of `index` that match, in order. Reads the text only of rows the
    /// index criteria pass, in large sequential reads. `partial`, if given, receives the matching
    /// rows found so far every ~100 ms (and they are then not in the result). Error::cancelled()
    /// when cancelled. Runs on any thread; `index` is a snapshot.
    Result<std::vector<int>> apply(const LogIndex &index, int first, int end, const CancellationToken &cancellation,
                                   const ProgressFn &progress = {}, const PartialFn &partial = {}) const;

private:
    bool componentMatches(const QString &name) const;
    quint32 m_levels = AllLogLevels;
    QStringList m_components;
    std::optional<qint64> m_from, m_to;
    QString m_text;
    bool m_regex = false;
    Qt::CaseSensitivity m_cs = Qt::CaseInsensitive;
    QRegularExpression m_re;
    bool m_rawPrefilter = false;
    std::optional<LogOperationSpan> m_operation;
};

} // namespace wb
