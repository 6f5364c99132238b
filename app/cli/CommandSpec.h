// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EngineSettings.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace wb::cli {

class CliContext;
struct ParsedCommand;

/// One option of a command, with its names in both syntaxes.
struct ParameterSpec
{
    enum Kind {
        Switch, ///< present or not: /CheckIntegrity, -CheckIntegrity
        Value,  ///< one value: /ImageFile:<f>, -ImagePath <f>
        List    ///< repeatable (dism) or comma-separated (cmdlet): /DependencyPackagePath
    };
    QString name;            ///< canonical name the handler asks for
    QStringList dismNames;   ///< without the slash: {"ImageFile"}
    QStringList cmdletNames; ///< without the dash, aliases included: {"ImagePath"}
    Kind kind = Value;
    QString valueHint;       ///< "<path>", shown in help
    QString help;            ///< one line, shown in help
};

/// A parameter whose dism name is `name`: a switch when `hint` is empty, else a value.
ParameterSpec dismParameter(const QString &name, const QStringList &cmdletNames, const QString &hint, const QString &help);

/// /Index:<n> (-Index <n>), the image of a file by number; `help` replaces "The image index
/// (1-based)." when given. Mount, image information and inventory commands share it.
ParameterSpec indexParameter(const QString &help = {});
/// /Name:<name> (-Name <name>), the image of a file by name; `help` replaces "The image name.".
ParameterSpec nameParameter(const QString &help = {});

/// A command in either or both syntaxes. `dismNames` are matched against `/Name` tokens,
/// `cmdletNames` against the first word; both case-insensitively.
struct CommandSpec
{
    QString id;                 ///< canonical id, e.g. "Get-ImageInfo"
    QStringList dismNames;      ///< {"Get-ImageInfo", "Get-WimInfo"}
    QStringList cmdletNames;    ///< {"Get-WindowsImage"}
    QString summary;            ///< one line for the command list
    QString details;            ///< more help text (may be empty)
    QList<ParameterSpec> parameters;
    std::function<int(CliContext &)> handler;
    /// Optional: runs right after the command line and its settings (log, scratch folder) are
    /// parsed, before the CLI's own set-up (log, engine), to start work that can overlap it (the
    /// mount helper, MountCommands.cpp).
    std::function<void(const ParsedCommand &, const EngineSettings &)> early;

    const ParameterSpec *findDism(const QString &name) const;
};

/// All commands known to the executable. Each command file registers its spec at start-up:
/// `static const bool registered = CommandRegistry::add(spec());`
class CommandRegistry
{
public:
    static bool add(CommandSpec spec);
    static const QList<CommandSpec> &all();
    static const CommandSpec *findDism(const QString &name);
    static const CommandSpec *findCmdlet(const QString &name);
    static const CommandSpec *findId(const QString &id);
};

/// Options every command takes: /LogPath (-LogPath, -LP), /LogLevel (-LogLevel, -LL),
/// /ScratchDir (-ScratchDirectory), /Quiet, /English, /NoRestart; and /Online, which is refused.
const QList<ParameterSpec> &globalParameters();

} // namespace wb::cli
