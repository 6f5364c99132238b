// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandSpec.h"

#include "core/Result.h"

#include <QMap>
#include <QStringList>

namespace wb::cli {

enum class Syntax { Dism, Cmdlet };

/// A command line after parsing: which command, in which syntax, and the options by canonical
/// name (switches map to an empty list entry, lists keep every value in order).
struct ParsedCommand
{
    const CommandSpec *spec = nullptr; ///< nullptr: general help was asked for (or no arguments)
    Syntax syntax = Syntax::Dism;
    bool helpRequested = false;
    QMap<QString, QStringList> values;

    bool has(const QString &name) const { return values.contains(name); }
    QString value(const QString &name) const { return values.value(name).value(0); }
    QStringList list(const QString &name) const { return values.value(name); }
    /// How a person would type the option in this syntax ("/ImageFile" or "-ImagePath").
    QString spelling(const QString &name) const;
};

/// Error codes of a bad command line start with "usage." (exit status 87, as dism.exe's
/// ERROR_INVALID_PARAMETER).
constexpr int UsageExitCode = 87;

/// Parses dism.exe syntax (`/Command /Opt:value /Switch`, any order, case-insensitive, values with
/// or without quotes) or the PowerShell cmdlet form (`Verb-Noun -Param value -Switch`, aliases,
/// unique prefixes, `-Param:value`, comma lists) against `commands` plus the global options.
/// `/Online` is refused in both.
Result<ParsedCommand> parseCommandLine(const QStringList &args, const QList<CommandSpec> &commands);
/// The same against the registered commands.
Result<ParsedCommand> parseCommandLine(const QStringList &args);

/// Removes one pair of surrounding double or single quotes.
QString unquote(const QString &value);

} // namespace wb::cli
