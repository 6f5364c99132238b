// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Log.h"

#include "DismLogSink.h"
#include "LogLine.h"

#include "core/LogSink.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <spdlog/logger.h>

#include <map>
#include <memory>
#include <mutex>

namespace wb {

namespace {

struct LogState
{
    std::mutex mutex;
    std::shared_ptr<DismLogSink> sink;
    std::map<QString, std::shared_ptr<spdlog::logger>> loggers;
    QString path;
    LogLevel level = LogLevel::WarningsInfo;
};

LogState &state()
{
    static LogState s;
    return s;
}

spdlog::level::level_enum spdLevel(LogSeverity s)
{
    switch (s) {
    case LogSeverity::Error: return spdlog::level::err;
    case LogSeverity::Warning: return spdlog::level::warn;
    case LogSeverity::Info: return spdlog::level::info;
    case LogSeverity::Debug: return spdlog::level::debug;
    }
    return spdlog::level::info;
}

spdlog::level::level_enum threshold(LogLevel l)
{
    switch (l) {
    case LogLevel::Errors: return spdlog::level::err;
    case LogLevel::Warnings: return spdlog::level::warn;
    case LogLevel::WarningsInfo: return spdlog::level::info;
    case LogLevel::Debug: return spdlog::level::debug;
    }
    return spdlog::level::info;
}

bool enabled(LogLevel level, LogSeverity s)
{
    return spdLevel(s) >= threshold(level);
}

} // namespace

QString Log::defaultPath()
{
    QString stateHome = qEnvironmentVariable("XDG_STATE_HOME");
    if (stateHome.isEmpty())
        stateHome = QDir::homePath() + QStringLiteral("/.local/state");
    return stateHome + QStringLiteral("/wimbench/dism.log");
}

bool Log::configure(const QString &path, LogLevel level, qint64 maxBytes, QString *error)
{
    LogSink::install(&Log::write); // core's own lines (operations, scratch folders) come here
    LogState &s = state();
    std::lock_guard lock(s.mutex);
    s.path = QFileInfo(path.isEmpty() ? defaultPath() : path).absoluteFilePath();
    s.level = level;
    s.loggers.clear();
    QDir().mkpath(QFileInfo(s.path).absolutePath());
    s.sink = std::make_shared<DismLogSink>(QFile::encodeName(s.path).toStdString(), maxBytes);
    if (!s.sink->isOpen()) {
        if (error)
            *error = QStringLiteral("Cannot open the log file %1: %2")
                         .arg(s.path, QString::fromLocal8Bit(s.sink->openError().c_str()));
        s.sink.reset();
        return false;
    }
    return true;
}

QString Log::path()
{
    std::lock_guard lock(state().mutex);
    return state().path;
}

LogLevel Log::level()
{
    std::lock_guard lock(state().mutex);
    return state().level;
}

void Log::shutdown()
{
    LogState &s = state();
    std::lock_guard lock(s.mutex);
    s.loggers.clear();
    s.sink.reset();
}

void Log::write(LogSeverity severity, const QString &component, const QString &message)
{
    LogState &s = state();
    std::shared_ptr<spdlog::logger> logger;
    {
        std::lock_guard lock(s.mutex);
        if (!s.sink || !enabled(s.level, severity))
            return;
        auto it = s.loggers.find(component);
        if (it == s.loggers.end()) {
            auto l = std::make_shared<spdlog::logger>(component.toStdString(), s.sink);
            l->set_level(spdlog::level::trace);
            l->flush_on(spdlog::level::err);
            it = s.loggers.emplace(component, l).first;
        }
        logger = it->second;
    }
    QString text = message;
    text.replace(QLatin1Char('\r'), QString());
    const QByteArray utf8 = QByteArray::fromStdString(LogLine::processPrefix()) + text.toUtf8();
    logger->log(spdLevel(severity), spdlog::string_view_t(utf8.constData(), size_t(utf8.size())));
}

QString Log::formatLine(const QDateTime &time, LogSeverity severity, const QString &component, const QString &message)
{
    return time.toString(QStringLiteral("yyyy-MM-dd hh:mm:ss")) + QStringLiteral(", ")
        + severityWord(severity).leftJustified(22, QLatin1Char(' ')) + component.leftJustified(6, QLatin1Char(' '))
        + QLatin1Char(' ') + message;
}

} // namespace wb
