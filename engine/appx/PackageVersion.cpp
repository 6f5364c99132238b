// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageVersion.h"

#include <QStringList>

namespace wb {

std::optional<PackageVersion> PackageVersion::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint16 values[4] = {};
    for (int i = 0; i < 4; ++i) {
        const QString &p = parts.at(i);
        if (p.isEmpty() || p.size() > 5)
            return std::nullopt;
        for (const QChar c : p) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
        }
        const uint v = p.toUInt();
        if (v > 65535)
            return std::nullopt;
        values[i] = quint16(v);
    }
    return PackageVersion{values[0], values[1], values[2], values[3]};
}

QString PackageVersion::toString() const
{
    return QStringLiteral("%1.%2.%3.%4").arg(major).arg(minor).arg(build).arg(revision);
}

} // namespace wb
