// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LogLevel.h"

#include <QDateTime>
#include <QString>

#include <fmt/format.h>

/// Lets spdlog/fmt format QString arguments (as UTF-8).
template<>
struct fmt::formatter<QString> : fmt::formatter<std::string_view>
{
    template<typename FormatContext>
    auto format(const QString &s, FormatContext &ctx) const
    {
        const QByteArray utf8 = s.toUtf8();
        return fmt::formatter<std::string_view>::format(std::string_view(utf8.constData(), size_t(utf8.size())), ctx);
    }
};

namespace wb {

/// The servicing log: DISM-shaped lines written through spdlog into one file shared by every
/// WimBench process (GUI, CLI, mount helper). Thread-safe; configure() from the main thread before
/// starting work, the writing functions from any thread.
///
/// Line shape: `YYYY-MM-DD hh:mm:ss, Level<padding> Component Message`, where Level is padded to
/// 22 characters and Component to 7, as in dism.log; the message starts with `PID=<n> TID=<n>`.
/// When the file passes its size limit it is renamed to `<name>.bak` (replacing the previous
/// .bak) and a new file is started.
class Log
{
public:
    static constexpr qint64 DefaultMaxBytes = 50 * 1024 * 1024;

    /// `$XDG_STATE_HOME/wimbench/dism.log` (XDG_STATE_HOME defaults to ~/.local/state).
    static QString defaultPath();
    /// Opens (creating folders as needed) the log at `path`; an empty path means defaultPath().
    /// Returns false with a reason in `error` if the file cannot be opened; logging then goes nowhere.
    static bool configure(const QString &path, LogLevel level, qint64 maxBytes = DefaultMaxBytes,
                          QString *error = nullptr);
    static QString path();
    static LogLevel level();
    /// Closes the file (tests; the mount helper around its fork). Nothing is buffered: each line
    /// was written with one write() when it was logged, and error lines were synced then
    /// (DismLogSink), so closing syncs nothing (an unmount waits for the helper's exit).
    static void shutdown();

    static void write(LogSeverity severity, const QString &component, const QString &message);
    static void error(const QString &component, const QString &message) { write(LogSeverity::Error, component, message); }
    static void warning(const QString &component, const QString &message) { write(LogSeverity::Warning, component, message); }
    static void info(const QString &component, const QString &message) { write(LogSeverity::Info, component, message); }
    static void debug(const QString &component, const QString &message) { write(LogSeverity::Debug, component, message); }

    /// Formats one line exactly as it is written (without the newline).
    static QString formatLine(const QDateTime &time, LogSeverity severity, const QString &component,
                              const QString &message);
};

} // namespace wb
