// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line parser (app/cli/CommandLine.*, library wimbench_cli_parser) against the real
// commands wimbench-cli registers (app/cli/commands/*.cpp are compiled in; no handler runs).
// The input is split into argv at NUL bytes (each argument UTF-8, as QCoreApplication::arguments
// gives them); what main() does with a parsed line before running a handler is done too: help
// text (HelpPrinter), option spellings, /LogLevel parsing.
//
// Invariants (abort on violation):
// - parsing is deterministic; a failure has a usage.* code and a message;
// - success never comes without a command unless help was asked for (general help);
// - the command is one of the registered ones, in the syntax the first token implies;
// - every value belongs to a parameter of that command or a global one, never /Online; a switch
//   has no values, a value parameter exactly one non-empty value, a list at least one value and
//   no empty one;
// - spelling() of each option starts with '/' (dism) or '-' (cmdlet);
// - writing the parsed line back in canonical form (/Command /Opt:value, or Verb-Noun -Param
//   value) and parsing it again gives the same command and values.

#include "FuzzSupport.h"

#include "CommandLine.h"
#include "HelpPrinter.h"
#include "core/LogLevel.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::cli;

namespace {

const ParameterSpec *parameterOf(const CommandSpec &spec, const QString &name)
{
    for (const ParameterSpec &p : spec.parameters) {
        if (p.name == name)
            return &p;
    }
    for (const ParameterSpec &g : globalParameters()) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

bool quoted(const QString &v)
{
    return v.startsWith(QLatin1Char('"')) || v.startsWith(QLatin1Char('\'')) || v.endsWith(QLatin1Char('"')) || v.endsWith(QLatin1Char('\''));
}

/// The parsed line written back canonically; empty when it cannot be (a value the syntax cannot
/// carry unchanged).
QStringList render(const ParsedCommand &c)
{
    QStringList args;
    const bool dism = !c.spec->dismNames.isEmpty()
        && std::all_of(c.values.keyBegin(), c.values.keyEnd(), [&](const QString &k) { return !parameterOf(*c.spec, k)->dismNames.isEmpty(); });
    const bool cmdlet = !c.spec->cmdletNames.isEmpty()
        && std::all_of(c.values.keyBegin(), c.values.keyEnd(), [&](const QString &k) { return !parameterOf(*c.spec, k)->cmdletNames.isEmpty(); });
    if (dism) {
        args << QLatin1Char('/') + c.spec->dismNames.first();
        for (auto it = c.values.constBegin(); it != c.values.constEnd(); ++it) {
            const ParameterSpec *p = parameterOf(*c.spec, it.key());
            if (p->kind == ParameterSpec::Switch) {
                args << QLatin1Char('/') + p->dismNames.first();
                continue;
            }
            for (const QString &v : it.value()) {
                if (quoted(v))
                    return {};
                args << QLatin1Char('/') + p->dismNames.first() + QLatin1Char(':') + v;
            }
        }
        return args;
    }
    if (cmdlet) {
        args << c.spec->cmdletNames.first();
        for (auto it = c.values.constBegin(); it != c.values.constEnd(); ++it) {
            const ParameterSpec *p = parameterOf(*c.spec, it.key());
            if (p->kind == ParameterSpec::Switch) {
                args << QLatin1Char('-') + p->cmdletNames.first();
                continue;
            }
            for (const QString &v : it.value()) {
                if (quoted(v) || v.trimmed() != v || (p->kind == ParameterSpec::List && v.contains(QLatin1Char(','))))
                    return {};
            }
            args << QLatin1Char('-') + p->cmdletNames.first() << it.value().join(QLatin1Char(','));
        }
        return args;
    }
    return {};
}

void checkParsed(const QStringList &args, const ParsedCommand &c)
{
    if (!c.spec) {
        FUZZ_CHECK_MSG(c.helpRequested, args.join(QLatin1Char(' ')));
        QString text;
        QTextStream out(&text);
        printGeneralHelp(out);
        out.flush();
        FUZZ_CHECK(!text.isEmpty());
        return;
    }
    FUZZ_CHECK(!args.isEmpty());
    bool registered = false;
    for (const CommandSpec &s : CommandRegistry::all())
        registered = registered || &s == c.spec;
    FUZZ_CHECK(registered);
    const bool slashOrDash = args.first().startsWith(QLatin1Char('/')) || args.first().startsWith(QLatin1Char('-'));
    FUZZ_CHECK((c.syntax == Syntax::Dism) == slashOrDash);
    FUZZ_CHECK(!c.has(u"Online"_s));
    for (auto it = c.values.constBegin(); it != c.values.constEnd(); ++it) {
        const ParameterSpec *p = parameterOf(*c.spec, it.key());
        FUZZ_CHECK_MSG(p, it.key());
        switch (p->kind) {
        case ParameterSpec::Switch: FUZZ_CHECK(it.value().isEmpty()); break;
        case ParameterSpec::Value: FUZZ_CHECK_MSG(it.value().size() == 1 && !it.value().first().isEmpty(), args.join(QLatin1Char(' '))); break;
        case ParameterSpec::List:
            FUZZ_CHECK(!it.value().isEmpty());
            for (const QString &v : it.value())
                FUZZ_CHECK_MSG(!v.isEmpty(), args.join(u" | "_s)); // an empty path would reach the handler
            break;
        }
        const QString spelled = c.spelling(it.key());
        FUZZ_CHECK(spelled.startsWith(c.syntax == Syntax::Dism ? QLatin1Char('/') : QLatin1Char('-')));
    }
    if (c.has(u"LogLevel"_s))
        (void)parseLogLevel(c.value(u"LogLevel"_s));
    if (c.helpRequested) {
        QString text;
        QTextStream out(&text);
        printCommandHelp(out, *c.spec, c.syntax);
        out.flush();
        FUZZ_CHECK(!text.isEmpty());
    }

    const QStringList again = render(c);
    if (again.isEmpty())
        return;
    const auto back = parseCommandLine(again);
    FUZZ_CHECK_MSG(back, again.join(u" | "_s) + u"\n"_s + (back ? QString() : back.error().message));
    FUZZ_CHECK_MSG(back->spec == c.spec, again.join(u" | "_s));
    FUZZ_CHECK_MSG(back->values == c.values, args.join(u" | "_s) + u"  ->  "_s + again.join(u" | "_s));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    QStringList args;
    if (!input.isEmpty()) {
        for (const QByteArray &a : input.split('\0'))
            args << QString::fromUtf8(a);
    }
    if (args.size() > 64)
        return 0;

    const auto parsed = parseCommandLine(args);
    const auto again = parseCommandLine(args);
    FUZZ_CHECK(bool(parsed) == bool(again));
    if (!parsed) {
        FUZZ_CHECK_MSG(parsed.error().code.startsWith(QLatin1String("usage.")), parsed.error().code);
        FUZZ_CHECK(!parsed.error().message.isEmpty());
        FUZZ_CHECK(again.error().code == parsed.error().code && again.error().message == parsed.error().message);
        return 0;
    }
    FUZZ_CHECK(again->spec == parsed->spec && again->values == parsed->values && again->helpRequested == parsed->helpRequested);
    if (args.isEmpty())
        FUZZ_CHECK(!parsed->spec && parsed->helpRequested);
    checkParsed(args, *parsed);
    return 0;
}
