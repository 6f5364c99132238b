// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::DisplayFormat)
};
} // namespace

QString DisplayFormat::size(quint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return Tr::tr("%n byte(s)", nullptr, int(bytes));
    static const char *const units[] = {QT_TRANSLATE_NOOP("wb::DisplayFormat", "%1 KiB"),
                                        QT_TRANSLATE_NOOP("wb::DisplayFormat", "%1 MiB"),
                                        QT_TRANSLATE_NOOP("wb::DisplayFormat", "%1 GiB"),
                                        QT_TRANSLATE_NOOP("wb::DisplayFormat", "%1 TiB")};
    double value = double(bytes) / 1024.0;
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    const int decimals = value < 10.0 ? 2 : (value < 100.0 ? 1 : 0);
    return Tr::tr(units[unit]).arg(locale.toString(value, 'f', decimals));
}

QString DisplayFormat::time(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString DisplayFormat::attributeNames(quint32 attributes)
{
    struct Bit
    {
        quint32 mask;
        const char *name;
    };
    static const Bit bits[] = {{0x1, QT_TRANSLATE_NOOP("wb::DisplayFormat", "Read-only")},
                               {0x2, QT_TRANSLATE_NOOP("wb::DisplayFormat", "Hidden")},
                               {0x4, QT_TRANSLATE_NOOP("wb::DisplayFormat", "System")},
                               {0x10, QT_TRANSLATE_NOOP("wb::DisplayFormat", "Directory")},
                               {0x20, QT_TRANSLATE_NOOP("wb::DisplayFormat", "Archive")},
                               {0x100, QT_TRANSLATE_NOOP("wb::DisplayFormat", "Temporary")},
                               {0x200, QT_TRANSLATE_NOOP("wb::DisplayFormat", "Sparse")},
                               {0x400, QT_TRANSLATE_NOOP("wb::DisplayFormat", "Reparse point")},
                               {0x800, QT_TRANSLATE_NOOP("wb::DisplayFormat", "Compressed")},
                               {0x1000, QT_TRANSLATE_NOOP("wb::DisplayFormat", "Offline")},
                               {0x2000, QT_TRANSLATE_NOOP("wb::DisplayFormat", "Not content indexed")},
                               {0x4000, QT_TRANSLATE_NOOP("wb::DisplayFormat", "Encrypted")}};
    QStringList names;
    for (const Bit &b : bits) {
        if (attributes & b.mask)
            names << Tr::tr(b.name);
    }
    if (names.isEmpty())
        return Tr::tr("Normal");
    return names.join(Tr::tr(", "));
}

QString DisplayFormat::absent()
{
    return Tr::tr("(not recorded)");
}

QString DisplayFormat::yesNo(bool value)
{
    return value ? Tr::tr("Yes") : Tr::tr("No");
}

QString DisplayFormat::imagePath(const QString &path)
{
    return QString(path).replace(QLatin1Char('/'), QLatin1Char('\\'));
}

// These two keep the context of the operations view, where they were first translated.
QString DisplayFormat::duration(qint64 seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("wb::OperationRow", "%n second(s)", nullptr, int(seconds));
    if (seconds < 3600)
        return QCoreApplication::translate("wb::OperationRow", "%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("wb::OperationRow", "%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString DisplayFormat::withTimeLeft(const QString &stage, qint64 secondsLeft)
{
    if (secondsLeft <= 0)
        return stage;
    return QCoreApplication::translate("wb::OperationRow", "%1 — about %2 left").arg(stage, duration(secondsLeft));
}

} // namespace wb
