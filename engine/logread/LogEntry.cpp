// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogEntry.h"

#include "LogParser.h"

namespace wb {

QString logEntryLevelName(LogEntryLevel level)
{
    switch (level) {
    case LogEntryLevel::Error: return QStringLiteral("Error");
    case LogEntryLevel::Warning: return QStringLiteral("Warning");
    case LogEntryLevel::Info: return QStringLiteral("Info");
    case LogEntryLevel::Perf: return QStringLiteral("Perf");
    case LogEntryLevel::Debug: return QStringLiteral("Debug");
    case LogEntryLevel::Trace: return QStringLiteral("Trace");
    case LogEntryLevel::Other: return QStringLiteral("Other");
    case LogEntryLevel::Unknown: return QStringLiteral("Unknown");
    }
    return {};
}

namespace {
template <typename View>
LogEntryLevel levelFromWord(View word)
{
    auto is = [&](const char *w) {
        const QLatin1StringView l(w);
        if (word.size() != l.size())
            return false;
        for (qsizetype i = 0; i < l.size(); ++i) {
            char16_t c = char16_t(word[i].unicode());
            if (c >= u'A' && c <= u'Z')
                c = char16_t(c + 32);
            const char16_t e = char16_t(l[i].unicode() | 0x20); // the words are ASCII letters
            if (c != e)
                return false;
        }
        return true;
    };
    if (is("Info") || is("Information"))
        return LogEntryLevel::Info;
    if (is("Error") || is("Critical") || is("Fatal"))
        return LogEntryLevel::Error;
    if (is("Warning") || is("Warn"))
        return LogEntryLevel::Warning;
    if (is("Perf"))
        return LogEntryLevel::Perf;
    if (is("Debug") || is("Verbose"))
        return LogEntryLevel::Debug;
    if (is("Trace"))
        return LogEntryLevel::Trace;
    return LogEntryLevel::Other;
}
} // namespace

LogEntryLevel logEntryLevelFromWord(QStringView word)
{
    return levelFromWord(word);
}

LogEntryLevel logEntryLevelFromWord(QLatin1StringView word)
{
    return levelFromWord(word);
}

int logEntryLevelRank(LogEntryLevel level)
{
    switch (level) {
    case LogEntryLevel::Error: return 1;
    case LogEntryLevel::Warning: return 2;
    case LogEntryLevel::Info:
    case LogEntryLevel::Perf:
    case LogEntryLevel::Other:
    case LogEntryLevel::Unknown: return 3;
    case LogEntryLevel::Debug:
    case LogEntryLevel::Trace: return 4;
    }
    return 3;
}

quint32 logLevelsUpToRank(int rank)
{
    quint32 bits = 0;
    for (int i = 0; i < LogEntryLevelCount; ++i) {
        if (logEntryLevelRank(LogEntryLevel(i)) <= rank)
            bits |= logLevelBit(LogEntryLevel(i));
    }
    return bits;
}

QDateTime LogEntry::time() const
{
    return stamp ? LogParser::timeOfStamp(stamp) : QDateTime();
}

std::optional<quint32> LogEntry::hresult() const
{
    return LogParser::hresult(message);
}

} // namespace wb
