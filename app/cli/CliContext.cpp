// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "English.h"
#include "RemedyText.h"

#include "servicelog/Log.h"

#include <QCoreApplication>
#include <QLocale>

#include <QCoro/QCoroTask>

namespace wb::cli {

namespace {
} // namespace

QString undefinedValue()
{
    return QStringLiteral("<undefined>");
}

QString byteCount(quint64 bytes)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(qulonglong(bytes)) + QStringLiteral(" bytes");
}

QString dismDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return undefinedValue();
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(time.toLocalTime(), QStringLiteral("M/d/yyyy - h:mm:ss AP"));
}

CliContext::CliContext(const ParsedCommand &command, Engine &engine, QTextStream &out, QTextStream &err)
    : m_command(command), m_engine(engine), m_out(out), m_err(err), m_quiet(command.has(QStringLiteral("Quiet")))
{
}

Result<QString> CliContext::required(const QString &name) const
{
    const QString v = value(name);
    if (v.isEmpty())
        return Error::make(
            QStringLiteral("usage.missing-option"),
            english("%1 is required for %2. Run wimbench-cli %2 /? for help.")
                .arg(spelling(name),
                     isCmdlet() ? m_command.spec->cmdletNames.value(0) : QLatin1Char('/') + m_command.spec->dismNames.value(0)));
    return v;
}

Result<std::optional<int>> CliContext::positiveInt(const QString &name) const
{
    if (!has(name))
        return std::optional<int>();
    bool ok = false;
    const int v = value(name).toInt(&ok);
    if (!ok || v < 1)
        return Error::make(QStringLiteral("usage.bad-number"),
                           english("%1 must be a whole number of 1 or more (got \"%2\").").arg(spelling(name), value(name)));
    return std::optional<int>(v);
}

Result<ImageSelector> CliContext::imageSelector(const QString &indexName, const QString &nameName) const
{
    ImageSelector s;
    const auto index = positiveInt(indexName);
    if (!index)
        return index.error();
    s.index = *index;
    s.name = value(nameName);
    if (s.index && !s.name.isEmpty())
        return Error::make(QStringLiteral("usage.index-and-name"),
                           english("Give either %1 or %2, not both.").arg(spelling(indexName), spelling(nameName)));
    return s;
}

void CliContext::line(const QString &text)
{
    if (m_quiet)
        return;
    m_out << text << '\n';
}

void CliContext::fields(const QList<std::pair<QString, QString>> &fields)
{
    int width = 0;
    if (isCmdlet()) {
        for (const auto &f : fields)
            width = std::max(width, int(f.first.size()));
    }
    for (const auto &[name, value] : fields)
        line(name.leftJustified(width) + QStringLiteral(" : ") + value);
}

void CliContext::warning(const QString &text)
{
    if (m_quiet)
        return;
    m_out.flush();
    m_err << english("Warning: ") << text << '\n';
    m_err.flush();
}

int CliContext::printError(const Error &error)
{
    m_out.flush();
    m_err << english("Error: ") << errorText(error, m_command.syntax) << '\n';
    m_err.flush();
    return error.code.startsWith(QLatin1String("usage.")) ? UsageExitCode : 1;
}

int CliContext::fail(const Error &error)
{
    if (!error.code.startsWith(QLatin1String("usage.")))
        Log::error(QStringLiteral("DISM"), QStringLiteral("Command failed [%1]: %2").arg(error.code, error.logLine()));
    return printError(error);
}

OperationOutcome CliContext::run(std::shared_ptr<Operation> operation)
{
    m_out.flush(); // an operation may write to stdout itself
    m_current = m_engine.start(std::move(operation));
    int lastPermille = -1;
    QString lastStage;
    QObject::connect(m_current, &OperationHandle::progressChanged, m_current, [this, &lastPermille, &lastStage](const Progress &p) {
        if (m_quiet)
            return;
        const int permille = p.total ? int(1000.0 * double(p.done) / double(p.total)) : -1;
        if (p.stage == lastStage && (permille < 0 || permille / 10 == lastPermille / 10))
            return;
        lastStage = p.stage;
        lastPermille = permille;
        if (permille >= 0)
            m_err << QStringLiteral("[%1%] ").arg(permille / 10.0, 5, 'f', 1) << p.stage << '\n';
        else
            m_err << QStringLiteral("[  ...  ] ") << p.stage << '\n';
        m_err.flush();
    });
    return QCoro::waitFor(m_current->waitForFinished());
}

int CliContext::runToExit(std::shared_ptr<Operation> operation)
{
    return exitStatus(run(std::move(operation)));
}

int CliContext::exitStatus(const OperationOutcome &outcome)
{
    if (outcome.succeeded())
        return 0;
    if (outcome.cancelled()) {
        m_err << english("Error: The operation was cancelled; nothing was changed.") << '\n';
        m_err.flush();
        return 130;
    }
    return printError(*outcome.error); // the operation has logged it already
}

int CliContext::success()
{
    if (!isCmdlet()) {
        line();
        line(english("The operation completed successfully."));
    }
    m_out.flush();
    return 0;
}

} // namespace wb::cli
