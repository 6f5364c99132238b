// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace wb {

/// The level word of a log line, as read back. Error/Warning/Info/Debug are what WimBench and
/// DISM write; CBS adds Perf and Trace. `Other` is a line in the right shape whose level word is
/// none of these (the word is kept in LogEntry::levelText); `Unknown` is a line that is not in the
/// log's shape at all (kept, never dropped).
enum class LogEntryLevel : quint8 { Error, Warning, Info, Perf, Debug, Trace, Other, Unknown };
constexpr int LogEntryLevelCount = 8;

/// "Error", "Warning", "Info", "Perf", "Debug", "Trace", "Other", "Unknown" (not translated: these
/// are the words in the file).
QString logEntryLevelName(LogEntryLevel level);
/// The level a word names, case-insensitively ("Info" -> Info, "Verbose" -> Debug); Other when the
/// word is none of the known ones.
LogEntryLevel logEntryLevelFromWord(QStringView word);
LogEntryLevel logEntryLevelFromWord(QLatin1StringView word);
/// How severe a level is, as DISM's /LogLevel counts: 1 Error, 2 Warning, 3 Info (also Perf,
/// Other and Unknown lines, which are shown with information), 4 Debug and Trace.
int logEntryLevelRank(LogEntryLevel level);
/// A bit for `level` in a level set (see LogFilter).
constexpr quint32 logLevelBit(LogEntryLevel level) { return 1u << quint32(level); }
/// Every level whose rank is at most `rank` (1..4).
quint32 logLevelsUpToRank(int rank);
constexpr quint32 AllLogLevels = (1u << LogEntryLevelCount) - 1;

/// One entry of a log: a line with a timestamp plus the continuation lines below it (lines without
/// a timestamp, as Windows writes wrapped messages), or one line that is not in the log's shape.
/// A plain value, created by LogParser on any thread.
struct LogEntry
{
    qint64 stamp = 0;        ///< the timestamp as naive seconds (LogParser::stampOf); 0 when the line has none
    LogEntryLevel level = LogEntryLevel::Unknown;
    QString levelText;       ///< the level word exactly as written ("Info", "Perf", ...)
    QString component;       ///< "DISM", "CBS", "CSI", ... (empty for Unknown lines)
    QString message;         ///< the text after the component, continuation lines joined with '\n'
    quint32 pid = 0;         ///< from "PID=<n>" in the message; 0 when absent
    quint32 tid = 0;         ///< from "TID=<n>" in the message; 0 when absent
    int lineNumber = 0;      ///< 1-based number of the entry's first line in the file
    int lineCount = 1;       ///< lines the entry spans (1 + continuation lines)
    QString raw;             ///< the entry's lines exactly as in the file (without the final newline)

    bool hasPid() const { return pid != 0; }
    /// The timestamp as written (local time); invalid when the line has none. Built on demand:
    /// a local QDateTime costs a time zone lookup, too much for every entry of a large log.
    QDateTime time() const;
    /// The HRESULT the message reports: CBS's "[HRESULT = 0x800f081f - ...]", DISM's
    /// "hr:0x80070002", "hr = 0x..." or "HRESULT=0x...". nullopt when there is none.
    std::optional<quint32> hresult() const;
};

} // namespace wb
