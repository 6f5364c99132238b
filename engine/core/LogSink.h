// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogLevel.h"

#include <QString>

namespace wb {

/// Where core's own log lines go (operation start/end lines, stages, scratch folders). core does not
/// know the servicing log: `servicelog/Log` installs its writer here when it is configured, and
/// until then (or in a program that never configures a log) the lines go nowhere. Thread-safe.
namespace LogSink {

using Writer = void (*)(LogSeverity severity, const QString &component, const QString &message);

/// Replaces the writer (nullptr: discard).
void install(Writer writer);
void write(LogSeverity severity, const QString &component, const QString &message);

/// True while a translator turns the engine's English sentences into another language (the GUI
/// installed its catalogue). Nothing translated goes into the shared servicing log, so callers then
/// leave such text out of their lines (Error::logLine(), stage names). The command line installs
/// no translator, so there this is always false.
bool messagesTranslated();

inline void error(const QString &component, const QString &message) { write(LogSeverity::Error, component, message); }
inline void warning(const QString &component, const QString &message) { write(LogSeverity::Warning, component, message); }
inline void info(const QString &component, const QString &message) { write(LogSeverity::Info, component, message); }
inline void debug(const QString &component, const QString &message) { write(LogSeverity::Debug, component, message); }

} // namespace LogSink
} // namespace wb
