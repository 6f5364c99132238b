// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// /Get-LogEntries, Get-WimBenchLogEntry: filter a WimBench, DISM or CBS log.
#include "../CliContext.h"
#include "../English.h"

#include "logread/LogParser.h"
#include "ops/ReadLogOperation.h"

#include <QCoreApplication>
#include <QDir>

namespace wb::cli {
namespace {

QString hresultText(const LogEntry &e)
{
    const auto hr = e.hresult();
    return hr ? QStringLiteral("0x%1").arg(*hr, 8, 16, QLatin1Char('0')) : QString();
}

int getLogEntries(CliContext &ctx)
{
    const auto file = ctx.required(QStringLiteral("LogFile"));
    if (!file)
        return ctx.fail(file.error());
    LogFilter filter;
    if (ctx.has(QStringLiteral("Level"))) {
        const QString level = ctx.value(QStringLiteral("Level"));
        const auto levels = LogFilter::levelsFromName(level);
        if (!levels)
            return ctx.fail(Error::make(QStringLiteral("usage.bad-level"),
                                        english("%1 must be Error, Warning, Info or Debug (or 1 to 4); got \"%2\".")
                                            .arg(ctx.spelling(QStringLiteral("Level")), level)));
        filter.setLevels(*levels);
    }
    QStringList components;
    for (const QString &c : ctx.list(QStringLiteral("Component")))
        components << c.split(QLatin1Char(','), Qt::SkipEmptyParts);
    filter.setComponents(components);
    if (ctx.has(QStringLiteral("Match"))) {
        const Status text = filter.setText(ctx.value(QStringLiteral("Match")), true, Qt::CaseInsensitive);
        if (!text.ok())
            return ctx.fail(
                Error::make(text.error().code, english("%1: %2").arg(ctx.spelling(QStringLiteral("Match")), text.error().message)));
    }

    auto op = std::make_shared<ReadLogOperation>(*file, filter);
    if (const int rc = ctx.runToExit(op))
        return rc;

    if (!ctx.isCmdlet()) {
        for (const LogEntry &e : op->entries())
            ctx.line(e.raw);
        return ctx.success();
    }
    bool first = true;
    for (const LogEntry &e : op->entries()) {
        if (!first)
            ctx.line();
        first = false;
        ctx.fields({{QStringLiteral("Time"), e.stamp ? e.time().toString(Qt::ISODate) : QString()},
                    {QStringLiteral("Level"), e.level == LogEntryLevel::Unknown ? logEntryLevelName(e.level) : e.levelText},
                    {QStringLiteral("Component"), e.component},
                    {QStringLiteral("ProcessId"), e.pid ? QString::number(e.pid) : QString()},
                    {QStringLiteral("ThreadId"), e.tid ? QString::number(e.tid) : QString()},
                    {QStringLiteral("LineNumber"), QString::number(e.lineNumber)},
                    {QStringLiteral("HResult"), hresultText(e)},
                    {QStringLiteral("Message"), QString(e.message).replace(QLatin1Char('\n'), QStringLiteral(" | "))}});
    }
    return 0;
}

CommandSpec getLogEntriesSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Get-LogEntries");
    c.dismNames = {QStringLiteral("Get-LogEntries")};
    c.cmdletNames = {QStringLiteral("Get-WimBenchLogEntry")};
    c.summary = english("Shows the entries of a WimBench, DISM or CBS log that match a level, component and text.");
    c.details = english("Reads dism.log, cbs.log, their .bak files and WimBench's own log, in UTF-8 or UTF-16.\n"
                        "Lines without a timestamp belong to the entry above; lines not in the log's shape are kept (level Unknown).\n"
                        "Entries are printed as they are in the file, in file order.");
    c.parameters = {{QStringLiteral("LogFile"),
                     {QStringLiteral("LogFile")},
                     {QStringLiteral("LogFile"), QStringLiteral("Path")},
                     ParameterSpec::Value,
                     QStringLiteral("<file>"),
                     english("The log to read (dism.log, cbs.log, a .bak file, ...).")},
                    {QStringLiteral("Level"),
                     {QStringLiteral("Level")},
                     {QStringLiteral("Level")},
                     ParameterSpec::Value,
                     QStringLiteral("Error|Warning|Info|Debug"),
                     english("Only entries of this level and more severe ones (as /LogLevel counts).")},
                    {QStringLiteral("Component"),
                     {QStringLiteral("Component")},
                     {QStringLiteral("Component")},
                     ParameterSpec::List,
                     QStringLiteral("<name>"),
                     english("Only entries of this component (DISM, CBS, CSI, ...); may be repeated.")},
                    {QStringLiteral("Match"),
                     {QStringLiteral("Match")},
                     {QStringLiteral("Match")},
                     ParameterSpec::Value,
                     QStringLiteral("<regex>"),
                     english("Only entries whose message matches this regular expression (case-insensitive).")}};
    c.handler = getLogEntries;
    return c;
}

const bool registered = CommandRegistry::add(getLogEntriesSpec());

} // namespace
} // namespace wb::cli
