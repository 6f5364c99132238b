// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogSink.h"

#include <QCoreApplication>

#include <atomic>

namespace wb::LogSink {
namespace {
std::atomic<Writer> g_writer{nullptr};
} // namespace

void install(Writer writer)
{
    g_writer.store(writer, std::memory_order_release);
}

void write(LogSeverity severity, const QString &component, const QString &message)
{
    if (const Writer w = g_writer.load(std::memory_order_acquire))
        w(severity, component, message);
}

bool messagesTranslated()
{
    // A sentence of the engine's own that every interface catalogue translates (core/Error.cpp).
    static const char *const probe = "The operation was cancelled.";
    return QCoreApplication::translate("wb::Error", probe) != QLatin1StringView(probe);
}

} // namespace wb::LogSink
