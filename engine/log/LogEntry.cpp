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

LogEntryLevel logEntryLevelFromWord(QStringView word)
{
    auto is = [&](const char *w) { return word.compare(QLatin1String(w), Qt::CaseInsensitive) == 0; };
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
