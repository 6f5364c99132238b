// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandSpec.h"
#include "English.h"

#include <QCoreApplication>

namespace wb::cli {

namespace {
QList<CommandSpec> &registry()
{
    static QList<CommandSpec> commands;
    return commands;
}

bool containsName(const QStringList &names, const QString &name)
{
    for (const QString &n : names) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

const ParameterSpec *CommandSpec::findDism(const QString &name) const
{
    for (const ParameterSpec &p : parameters) {
        if (containsName(p.dismNames, name))
            return &p;
    }
    return nullptr;
}

bool CommandRegistry::add(CommandSpec spec)
{
    registry().append(std::move(spec));
    return true;
}

const QList<CommandSpec> &CommandRegistry::all()
{
    return registry();
}

const CommandSpec *CommandRegistry::findDism(const QString &name)
{
    for (const CommandSpec &c : registry()) {
        if (containsName(c.dismNames, name))
            return &c;
    }
    return nullptr;
}

const CommandSpec *CommandRegistry::findCmdlet(const QString &name)
{
    for (const CommandSpec &c : registry()) {
        if (containsName(c.cmdletNames, name))
            return &c;
    }
    return nullptr;
}

const CommandSpec *CommandRegistry::findId(const QString &id)
{
    for (const CommandSpec &c : registry()) {
        if (c.id.compare(id, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

const QList<ParameterSpec> &globalParameters()
{
    static const QList<ParameterSpec> globals = {
        {QStringLiteral("LogPath"),
         {QStringLiteral("LogPath")},
         {QStringLiteral("LogPath"), QStringLiteral("LP")},
         ParameterSpec::Value,
         QStringLiteral("<file>"),
         english("Log file (default $XDG_STATE_HOME/wimbench/dism.log).")},
        {QStringLiteral("LogLevel"),
         {QStringLiteral("LogLevel")},
         {QStringLiteral("LogLevel"), QStringLiteral("LL")},
         ParameterSpec::Value,
         QStringLiteral("<1-4>"),
         english("1 = Errors, 2 = Warnings, 3 = WarningsInfo (default), 4 = debug.")},
        {QStringLiteral("ScratchDir"),
         {QStringLiteral("ScratchDir")},
         {QStringLiteral("ScratchDirectory")},
         ParameterSpec::Value,
         QStringLiteral("<folder>"),
         english("Local folder for temporary files (default: the system temporary folder).")},
        {QStringLiteral("Quiet"), {QStringLiteral("Quiet")}, {}, ParameterSpec::Switch, {}, english("Print only errors.")},
        {QStringLiteral("English"),
         {QStringLiteral("English")},
         {},
         ParameterSpec::Switch,
         {},
         english("Accepted for compatibility; output is in English.")},
        {QStringLiteral("NoRestart"),
         {QStringLiteral("NoRestart")},
         {QStringLiteral("NoRestart")},
         ParameterSpec::Switch,
         {},
         english("Accepted for compatibility; offline servicing never restarts.")},
        {QStringLiteral("Online"),
         {QStringLiteral("Online")},
         {QStringLiteral("Online")},
         ParameterSpec::Switch,
         {},
         english("Refused: WimBench services offline images only.")},
    };
    return globals;
}

ParameterSpec dismParameter(const QString &name, const QStringList &cmdletNames, const QString &hint, const QString &help)
{
    return {name, {name}, cmdletNames, hint.isEmpty() ? ParameterSpec::Switch : ParameterSpec::Value, hint, help};
}

ParameterSpec indexParameter(const QString &help)
{
    return {QStringLiteral("Index"), {QStringLiteral("Index")}, {QStringLiteral("Index")},
            ParameterSpec::Value,    QStringLiteral("<n>"),     help.isEmpty() ? english("The image index (1-based).") : help};
}

ParameterSpec nameParameter(const QString &help)
{
    return {QStringLiteral("Name"), {QStringLiteral("Name")}, {QStringLiteral("Name")},
            ParameterSpec::Value,   QStringLiteral("<name>"), help.isEmpty() ? english("The image name.") : help};
}

} // namespace wb::cli
