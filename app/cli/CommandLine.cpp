// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "English.h"

#include <QCoreApplication>

namespace wb::cli {

namespace {

Error usage(const QString &code, const QString &message)
{
    return Error::make(QStringLiteral("usage.") + code, message);
}

bool matches(const QStringList &names, const QString &name)
{
    for (const QString &n : names) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

const CommandSpec *findDism(const QList<CommandSpec> &commands, const QString &name)
{
    for (const CommandSpec &c : commands) {
        if (matches(c.dismNames, name))
            return &c;
    }
    return nullptr;
}

const CommandSpec *findCmdlet(const QList<CommandSpec> &commands, const QString &name)
{
    for (const CommandSpec &c : commands) {
        if (matches(c.cmdletNames, name))
            return &c;
    }
    return nullptr;
}

bool isHelpToken(const QString &t)
{
    return t == QLatin1String("/?") || t == QLatin1String("-?") || t.compare(QLatin1String("-help"), Qt::CaseInsensitive) == 0
        || t == QLatin1String("--help");
}

Status store(ParsedCommand &parsed, const ParameterSpec &p, const QString &typed, const QString &value, bool hasValue)
{
    if (p.name == QLatin1String("Online"))
        return usage(QStringLiteral("online"),
                     english("%1 is not supported: WimBench services offline images only. Use /Image:<folder> for a mounted "
                             "or applied image, or /ImageFile:<file> for an image file.")
                         .arg(typed));
    switch (p.kind) {
    case ParameterSpec::Switch:
        if (hasValue) {
            const QString v = value.toLower();
            if (v == QLatin1String("$false") || v == QLatin1String("false") || v == QLatin1String("0")) {
                parsed.values.remove(p.name);
                return {};
            }
            if (v != QLatin1String("$true") && v != QLatin1String("true") && v != QLatin1String("1"))
                return usage(QStringLiteral("switch-with-value"),
                             english("%1 is a switch and takes no value (got \"%2\").").arg(typed, value));
        }
        parsed.values.insert(p.name, {});
        return {};
    case ParameterSpec::Value:
        if (!hasValue || value.isEmpty())
            return usage(QStringLiteral("missing-value"),
                         english("%1 needs a value: %1%2 %3.")
                             .arg(typed, parsed.syntax == Syntax::Dism ? QStringLiteral(":") : QStringLiteral(""), p.valueHint));
        if (parsed.values.contains(p.name))
            return usage(QStringLiteral("repeated"), english("%1 is given more than once.").arg(typed));
        parsed.values.insert(p.name, {value});
        return {};
    case ParameterSpec::List:
        if (!hasValue || value.isEmpty())
            return usage(QStringLiteral("missing-value"),
                         english("%1 needs a value: %1%2 %3.")
                             .arg(typed, parsed.syntax == Syntax::Dism ? QStringLiteral(":") : QStringLiteral(""), p.valueHint));
        if (parsed.syntax == Syntax::Cmdlet) {
            // Items that are empty once trimmed and unquoted ("a,,b", '"",x', ",") are no values: an
            // empty path must not reach the command, and a list of nothing is a missing value.
            QStringList items;
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString item = unquote(part.trimmed());
                if (!item.isEmpty())
                    items << item;
            }
            if (items.isEmpty())
                return usage(QStringLiteral("missing-value"), english("%1 needs a value: %1%2 %3.").arg(typed, QString(), p.valueHint));
            parsed.values[p.name].append(items);
        } else {
            parsed.values[p.name].append(value);
        }
        return {};
    }
    return {};
}

Result<ParsedCommand> parseDism(const QStringList &args, const QList<CommandSpec> &commands)
{
    ParsedCommand parsed;
    parsed.syntax = Syntax::Dism;
    int commandAt = -1;
    for (int i = 0; i < args.size(); ++i) {
        const QString &t = args[i];
        if (!t.startsWith(QLatin1Char('/')) || isHelpToken(t))
            continue;
        const QString name = t.mid(1).section(QLatin1Char(':'), 0, 0);
        if (const CommandSpec *c = findDism(commands, name)) {
            if (parsed.spec && parsed.spec != c)
                return usage(QStringLiteral("two-commands"),
                             english("Only one command can be given at a time (%1 and %2).").arg(args[commandAt], t));
            parsed.spec = c;
            commandAt = i;
        }
    }
    // /Online is refused whatever else is on the line.
    for (const QString &t : args) {
        if (t.mid(1).section(QLatin1Char(':'), 0, 0).compare(QLatin1String("Online"), Qt::CaseInsensitive) == 0
            && (t.startsWith(QLatin1Char('/')) || t.startsWith(QLatin1Char('-'))))
            return store(parsed, globalParameters().last(), t, {}, false).error();
    }
    if (!parsed.spec) {
        for (const QString &t : args) {
            if (isHelpToken(t))
                return ParsedCommand{nullptr, Syntax::Dism, true, {}};
        }
        const QString first = args.value(0);
        if (first.startsWith(QLatin1Char('/')))
            return usage(
                QStringLiteral("unknown-command"),
                english("%1 is not a command. Run wimbench-cli /? for the list of commands.").arg(first.section(QLatin1Char(':'), 0, 0)));
        return usage(QStringLiteral("unknown-command"), english("No command was given. Run wimbench-cli /? for the list of commands."));
    }
    for (int i = 0; i < args.size(); ++i) {
        if (i == commandAt)
            continue;
        const QString &t = args[i];
        if (isHelpToken(t)) {
            parsed.helpRequested = true;
            continue;
        }
        if (!t.startsWith(QLatin1Char('/')))
            return usage(QStringLiteral("unexpected-value"),
                         english("\"%1\" is not an option. Options start with /, e.g. /ImageFile:<path>; run wimbench-cli %2 /? for help.")
                             .arg(t, args[commandAt].section(QLatin1Char(':'), 0, 0)));
        const int colon = t.indexOf(QLatin1Char(':'));
        const QString name = colon < 0 ? t.mid(1) : t.mid(1, colon - 1);
        const bool hasValue = colon >= 0;
        const QString value = hasValue ? unquote(t.mid(colon + 1)) : QString();
        const ParameterSpec *p = parsed.spec->findDism(name);
        if (!p) {
            for (const ParameterSpec &g : globalParameters()) {
                if (matches(g.dismNames, name))
                    p = &g;
            }
        }
        if (!p)
            return usage(QStringLiteral("unknown-option"),
                         english("/%1 is not an option of /%2. Run wimbench-cli /%2 /? for its options.")
                             .arg(name, parsed.spec->dismNames.value(0)));
        WB_TRY(store(parsed, *p, QLatin1Char('/') + name, value, hasValue));
    }
    return parsed;
}

const ParameterSpec *findCmdletParameter(const CommandSpec &spec, const QString &name, QString *ambiguity)
{
    QList<const ParameterSpec *> all;
    for (const ParameterSpec &p : spec.parameters) {
        if (!p.cmdletNames.isEmpty())
            all << &p;
    }
    for (const ParameterSpec &g : globalParameters()) {
        if (!g.cmdletNames.isEmpty())
            all << &g;
    }
    for (const ParameterSpec *p : all) {
        if (matches(p->cmdletNames, name))
            return p;
    }
    // PowerShell accepts any unambiguous prefix of a parameter's full name.
    QList<const ParameterSpec *> candidates;
    for (const ParameterSpec *p : all) {
        if (p->cmdletNames.first().startsWith(name, Qt::CaseInsensitive))
            candidates << p;
    }
    if (candidates.size() == 1)
        return candidates.first();
    if (candidates.size() > 1) {
        QStringList names;
        for (const ParameterSpec *p : candidates)
            names << QLatin1Char('-') + p->cmdletNames.first();
        *ambiguity = names.join(QStringLiteral(", "));
    }
    return nullptr;
}

Result<ParsedCommand> parseCmdlet(const QStringList &args, const QList<CommandSpec> &commands)
{
    ParsedCommand parsed;
    parsed.syntax = Syntax::Cmdlet;
    parsed.spec = findCmdlet(commands, args.first());
    if (!parsed.spec)
        return usage(QStringLiteral("unknown-command"),
                     english("%1 is not a known cmdlet. Run wimbench-cli /? for the list of commands.").arg(args.first()));
    for (int i = 1; i < args.size(); ++i) {
        const QString &t = args[i];
        if (isHelpToken(t)) {
            parsed.helpRequested = true;
            continue;
        }
        if (!t.startsWith(QLatin1Char('-')) || t.size() < 2)
            return usage(QStringLiteral("unexpected-value"),
                         english("\"%1\" does not belong to a parameter. Name the parameter before its value, e.g. -ImagePath <path>; "
                                 "run wimbench-cli %2 -? for help.")
                             .arg(t, parsed.spec->cmdletNames.first()));
        const int colon = t.indexOf(QLatin1Char(':'));
        const QString name = colon < 0 ? t.mid(1) : t.mid(1, colon - 1);
        QString ambiguity;
        const ParameterSpec *p = findCmdletParameter(*parsed.spec, name, &ambiguity);
        if (!p && !ambiguity.isEmpty())
            return usage(QStringLiteral("ambiguous-parameter"), english("-%1 is ambiguous: it could be %2.").arg(name, ambiguity));
        if (!p)
            return usage(QStringLiteral("unknown-option"),
                         english("-%1 is not a parameter of %2. Run wimbench-cli %2 -? for its parameters.")
                             .arg(name, parsed.spec->cmdletNames.first()));
        bool hasValue = colon >= 0;
        QString value = hasValue ? unquote(t.mid(colon + 1)) : QString();
        if (!hasValue && p->kind != ParameterSpec::Switch && i + 1 < args.size()) {
            value = unquote(args[++i]);
            hasValue = true;
        }
        WB_TRY(store(parsed, *p, QLatin1Char('-') + name, value, hasValue));
    }
    return parsed;
}
} // namespace

QString ParsedCommand::spelling(const QString &name) const
{
    const ParameterSpec *found = nullptr;
    if (spec) {
        for (const ParameterSpec &p : spec->parameters) {
            if (p.name == name)
                found = &p;
        }
    }
    for (const ParameterSpec &g : globalParameters()) {
        if (!found && g.name == name)
            found = &g;
    }
    if (!found)
        return name;
    if (syntax == Syntax::Dism)
        return QLatin1Char('/') + found->dismNames.value(0, name);
    return QLatin1Char('-') + found->cmdletNames.value(0, name);
}

QString unquote(const QString &value)
{
    if (value.size() >= 2
        && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))))
        return value.mid(1, value.size() - 2);
    return value;
}

Result<ParsedCommand> parseCommandLine(const QStringList &args, const QList<CommandSpec> &commands)
{
    if (args.isEmpty())
        return ParsedCommand{nullptr, Syntax::Dism, true, {}};
    const QString &first = args.first();
    if (!first.startsWith(QLatin1Char('/')) && !first.startsWith(QLatin1Char('-')))
        return parseCmdlet(args, commands);
    return parseDism(args, commands);
}

Result<ParsedCommand> parseCommandLine(const QStringList &args)
{
    return parseCommandLine(args, CommandRegistry::all());
}

} // namespace wb::cli
