// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Error.h"

#include "LogSink.h"

#include <QCoreApplication>

#include <cstring>

namespace wb {

Error Error::make(const QString &code, const QString &message, const QString &detail)
{
    return Error{code, message, detail, {}};
}

Error Error::withRemedy(Remedy::Kind kind, const QStringList &args) const
{
    Error copy = *this;
    copy.remedy = Remedy{kind, args};
    return copy;
}

Error Error::cancelled()
{
    return Error{QString::fromLatin1(CancelledCode), QCoreApplication::translate("wb::Error", "The operation was cancelled."), {}, {}};
}

Error Error::fromErrno(const QString &code, const QString &message, int err)
{
    return Error{code, message, QStringLiteral("errno %1: %2").arg(err).arg(QString::fromLocal8Bit(std::strerror(err))), {}};
}

QString Error::oneLine() const
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (!detail.isEmpty())
        line += QStringLiteral(" (") + QString(detail).replace(QLatin1Char('\n'), QLatin1Char(' ')) + QLatin1Char(')');
    return line;
}

QString Error::logLine() const
{
    if (!LogSink::messagesTranslated())
        return oneLine();
    QString line = QLatin1Char('[') + code + QLatin1Char(']');
    if (!detail.isEmpty())
        line += QLatin1Char(' ') + QString(detail).replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (!remedy.isNone())
        line += QStringLiteral("; remedy ") + Remedy::id(remedy.kind);
    return line;
}

} // namespace wb
