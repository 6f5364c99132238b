// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace wb {

/// An error as a value. Created on any thread, copied freely; never thrown across threads.
/// `code` is stable (scripts and tests match on it), `message` is for a technician (what failed,
/// which file, what to do), `detail` is the technical cause (library error string, errno).
struct Error
{
    QString code;
    QString message;
    QString detail;

    /// The code operations return when they stop because cancellation was requested.
    static constexpr const char *CancelledCode = "cancelled";

    static Error make(const QString &code, const QString &message, const QString &detail = {});
    /// Cancellation is not a failure: runners turn this into the Cancelled state.
    static Error cancelled();
    /// From errno after a failed system call on `path`.
    static Error fromErrno(const QString &code, const QString &message, int err);

    bool isCancelled() const { return code == QLatin1String(CancelledCode); }
    /// "message (detail)" on one line, for logs and the command line.
    QString oneLine() const;
};

} // namespace wb

Q_DECLARE_METATYPE(wb::Error)
