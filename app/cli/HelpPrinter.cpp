// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpPrinter.h"
#include "English.h"

#include <QCoreApplication>

#include <algorithm>

namespace wb::cli {

namespace {

QString optionText(const ParameterSpec &p, Syntax syntax)
{
    if (syntax == Syntax::Dism) {
        if (p.dismNames.isEmpty())
            return {};
        QString t = QLatin1Char('/') + p.dismNames.first();
        if (p.kind != ParameterSpec::Switch)
            t += QLatin1Char(':') + p.valueHint;
        return t;
    }
    if (p.cmdletNames.isEmpty())
        return {};
    QString t = QLatin1Char('-') + p.cmdletNames.first();
    if (p.kind != ParameterSpec::Switch)
        t += QLatin1Char(' ') + p.valueHint;
    if (p.cmdletNames.size() > 1)
        t += QStringLiteral("  (alias: -") + p.cmdletNames.mid(1).join(QStringLiteral(", -")) + QLatin1Char(')');
    return t;
}
} // namespace

void printGeneralHelp(QTextStream &out)
{
    out << english("WimBench Deployment Image Servicing tool") << '\n'
        << english("Version: %1").arg(QStringLiteral(WIMBENCH_VERSION)) << "\n\n"
        << english("Services offline Windows images (.wim, .esd, .swm) with dism.exe or PowerShell cmdlet syntax.") << "\n\n"
        << english("WIMBENCH-CLI <command> [options]       dism.exe syntax, e.g. /Get-ImageInfo /ImageFile:install.wim") << '\n'
        << english("WIMBENCH-CLI <Verb-Noun> [-Parameter]  cmdlet syntax, e.g. Get-WindowsImage -ImagePath install.wim") << "\n\n"
        << english("COMMANDS:") << "\n\n";
    QList<const CommandSpec *> sorted;
    for (const CommandSpec &c : CommandRegistry::all())
        sorted << &c;
    std::sort(sorted.begin(), sorted.end(), [](const CommandSpec *a, const CommandSpec *b) { return a->id < b->id; });
    for (const CommandSpec *c : sorted) {
        QStringList names;
        for (const QString &n : c->dismNames)
            names << QLatin1Char('/') + n;
        names << c->cmdletNames;
        out << "  " << names.join(QStringLiteral(", ")) << '\n' << "      " << c->summary << '\n';
    }
    out << '\n' << english("GLOBAL OPTIONS:") << "\n\n";
    for (const ParameterSpec &g : globalParameters())
        out << "  " << optionText(g, Syntax::Dism).leftJustified(24) << ' ' << g.help << '\n';
    out << '\n'
        << english("Run wimbench-cli <command> /? for the options of a command.") << '\n'
        << english("Exit status: 0 success, 1 failure, 87 bad command line, 130 cancelled.") << '\n';
}

void printCommandHelp(QTextStream &out, const CommandSpec &spec, Syntax syntax)
{
    const bool dism = syntax == Syntax::Dism && !spec.dismNames.isEmpty();
    const Syntax shown = dism ? Syntax::Dism : Syntax::Cmdlet;
    QStringList usage;
    usage << (dism ? QLatin1Char('/') + spec.dismNames.first() : spec.cmdletNames.value(0, spec.id));
    for (const ParameterSpec &p : spec.parameters) {
        const QString o = optionText(p, shown).section(QStringLiteral("  (alias"), 0, 0);
        if (!o.isEmpty())
            usage << QLatin1Char('[') + o + QLatin1Char(']');
    }
    out << spec.summary << "\n\n" << english("Syntax:") << "\n  wimbench-cli " << usage.join(QLatin1Char(' ')) << "\n\n";
    if (!spec.details.isEmpty())
        out << spec.details << "\n\n";
    out << english("Options:") << '\n';
    for (const ParameterSpec &p : spec.parameters) {
        const QString o = optionText(p, shown);
        if (!o.isEmpty())
            out << "  " << o.leftJustified(32) << ' ' << p.help << '\n';
    }
    out << '\n' << english("Also accepted everywhere:") << ' ';
    QStringList globals;
    for (const ParameterSpec &g : globalParameters())
        globals << optionText(g, shown).section(QStringLiteral("  (alias"), 0, 0);
    globals.removeAll(QString());
    out << globals.join(QStringLiteral(", ")) << '\n';
    QStringList other;
    if (dism && !spec.cmdletNames.isEmpty())
        other << spec.cmdletNames;
    if (!dism && !spec.dismNames.isEmpty())
        for (const QString &n : spec.dismNames)
            other << QLatin1Char('/') + n;
    if (!other.isEmpty())
        out << english("Same command in the other syntax: %1").arg(other.join(QStringLiteral(", "))) << '\n';
}

} // namespace wb::cli
