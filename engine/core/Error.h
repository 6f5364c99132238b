// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Remedy.h"

#include <QMetaType>
#include <QString>

namespace wb {

/// An error as a value. Created on any thread, copied freely; never thrown across threads.
/// `code` is stable (scripts and tests match on it), `message` is for a technician (what failed,
/// which file), `detail` is the technical cause (library error string, errno), `remedy` what the
/// user can do, as data that each front end renders in its own terms (never switches in `message`).
struct Error
{
    QString code;
    QString message;
    QString detail;
    Remedy remedy;

    /// The code operations return when they stop because cancellation was requested.
    static constexpr const char *CancelledCode = "cancelled";

    static Error make(const QString &code, const QString &message, const QString &detail = {});
    /// Cancellation is not a failure: runners turn this into the Cancelled state.
    static Error cancelled();
    /// From errno after a failed system call on `path`.
    static Error fromErrno(const QString &code, const QString &message, int err);

    /// This error with `remedy` set: `return Error::make(...).withRemedy(Remedy::Kind::RemountImage, {dir});`
    Error withRemedy(Remedy::Kind kind, const QStringList &args = {}) const;

    bool isCancelled() const { return code == QLatin1String(CancelledCode); }
    /// "message (detail)" on one line; the remedy is left to the front ends.
    QString oneLine() const;
    /// One line for the shared servicing log, never translated: oneLine() while the messages are
    /// English (the command line, an English window); "[code] detail; remedy remedy-id" while a
    /// translator turns them into another language (LogSink::messagesTranslated()).
    QString logLine() const;
};

} // namespace wb

Q_DECLARE_METATYPE(wb::Error)
