// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogLevel.h"

namespace wb {

std::optional<LogLevel> parseLogLevel(const QString &text)
{
    const QString t = text.trimmed();
    bool isNumber = false;
    const int n = t.toInt(&isNumber);
    if (isNumber)
        return (n >= 1 && n <= 4) ? std::optional<LogLevel>(LogLevel(n)) : std::nullopt;
    for (LogLevel l : {LogLevel::Errors, LogLevel::Warnings, LogLevel::WarningsInfo, LogLevel::Debug}) {
        if (t.compare(logLevelName(l), Qt::CaseInsensitive) == 0)
            return l;
    }
    return std::nullopt;
}

QString logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Errors: return QStringLiteral("Errors");
    case LogLevel::Warnings: return QStringLiteral("Warnings");
    case LogLevel::WarningsInfo: return QStringLiteral("WarningsInfo");
    case LogLevel::Debug: return QStringLiteral("Debug");
    }
    return {};
}

QString severityWord(LogSeverity severity)
{
    switch (severity) {
    case LogSeverity::Error: return QStringLiteral("Error");
    case LogSeverity::Warning: return QStringLiteral("Warning");
    case LogSeverity::Info: return QStringLiteral("Info");
    case LogSeverity::Debug: return QStringLiteral("Debug");
    }
    return {};
}

} // namespace wb
