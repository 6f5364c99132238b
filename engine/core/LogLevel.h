// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace wb {

/// DISM's /LogLevel: 1 = errors, 2 = + warnings, 3 = + information (default), 4 = + debug.
enum class LogLevel { Errors = 1, Warnings = 2, WarningsInfo = 3, Debug = 4 };

/// Accepts "1".."4" and the names Errors, Warnings, WarningsInfo, Debug (case-insensitive).
std::optional<LogLevel> parseLogLevel(const QString &text);
QString logLevelName(LogLevel level);

/// The level word written into a log line: Error, Warning, Info, Debug.
enum class LogSeverity { Error, Warning, Info, Debug };
QString severityWord(LogSeverity severity);

} // namespace wb
