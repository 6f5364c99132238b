// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include "core/Operation.h"
#include "ops/Engine.h"
#include "ops/ImageSelector.h"

#include <QPointer>
#include <QTextStream>

#include <memory>
#include <optional>

namespace wb::cli {

/// What a command handler works with: the parsed command line, the engine, and the output
/// conventions (fields as `Name : value`, progress lines on stderr, one-line errors).
/// Lives on the main thread for one run of the executable.
class CliContext
{
public:
    CliContext(const ParsedCommand &command, Engine &engine, QTextStream &out, QTextStream &err);

    const ParsedCommand &command() const { return m_command; }
    Engine &engine() { return m_engine; }
    bool isCmdlet() const { return m_command.syntax == Syntax::Cmdlet; }
    bool quiet() const { return m_quiet; }

    bool has(const QString &name) const { return m_command.has(name); }
    QString value(const QString &name) const { return m_command.value(name); }
    QStringList list(const QString &name) const { return m_command.list(name); }
    /// The option as the user would type it in the syntax used ("/ImageFile" or "-ImagePath").
    QString spelling(const QString &name) const { return m_command.spelling(name); }

    /// A required option's value, or a usage error naming it.
    Result<QString> required(const QString &name) const;
    /// A positive integer option (e.g. /Index), nullopt if absent, or a usage error.
    Result<std::optional<int>> positiveInt(const QString &name) const;
    /// /Index and /Name (-Index, -Name) as an ImageSelector.
    Result<ImageSelector> imageSelector(const QString &indexName = QStringLiteral("Index"),
                                        const QString &nameName = QStringLiteral("Name")) const;

    // Output (stdout unless quiet).
    void line(const QString &text = {});
    /// Fields as `Name : value`; in cmdlet form the names are padded to a column, as PowerShell does.
    void fields(const QList<std::pair<QString, QString>> &fields);
    void warning(const QString &text);

    /// Prints "Error: <message>" (one line, on stderr) and returns the exit status for it:
    /// 87 for command line errors (codes "usage.*"), 1 for everything else.
    int fail(const Error &error);
    /// Runs `operation` on the engine, printing progress lines on stderr, and returns its outcome.
    OperationOutcome run(std::shared_ptr<Operation> operation);
    /// run() and turn the outcome into an exit status (0, 1, or 130 when cancelled), printing the
    /// error or the cancellation.
    int runToExit(std::shared_ptr<Operation> operation);
    /// The exit status of a finished operation (0, 1, or 130 when cancelled), printing its error
    /// or the cancellation; for handlers that print something between run() and the end.
    int exitStatus(const OperationOutcome &outcome);
    /// Prints DISM's closing line in dism syntax; returns 0.
    int success();

    /// The last operation's handle, for the SIGINT handler.
    OperationHandle *current() const { return m_current; }

private:
    int printError(const Error &error);
    const ParsedCommand &m_command;
    Engine &m_engine;
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_quiet = false;
    QPointer<OperationHandle> m_current; // released by the engine once finished
};

/// Value shown for a field the image does not carry, as DISM prints it.
QString undefinedValue();
/// "1,234,567 bytes".
QString byteCount(quint64 bytes);
/// DISM's date style, local time: "12/7/2019 - 8:21:44 AM".
QString dismDateTime(const QDateTime &time);

} // namespace wb::cli
