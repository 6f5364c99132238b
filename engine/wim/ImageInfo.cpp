// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageInfo.h"

namespace wb {

QString architectureName(int archValue)
{
    switch (archValue) {
    case 0: return QStringLiteral("x86");
    case 5: return QStringLiteral("arm");
    case 6: return QStringLiteral("ia64");
    case 9: return QStringLiteral("x64");
    case 12: return QStringLiteral("arm64");
    default: return {};
    }
}

std::optional<int> architectureFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("amd64"))
        return 9;
    for (int v : {0, 5, 6, 9, 12}) {
        if (architectureName(v) == n)
            return v;
    }
    return std::nullopt;
}

QString ImageInfo::version() const
{
    if (!versionMajor || !versionMinor || !versionBuild)
        return {};
    QString v = QStringLiteral("%1.%2.%3").arg(*versionMajor).arg(*versionMinor).arg(*versionBuild);
    if (spBuild)
        v += QStringLiteral(".%1").arg(*spBuild);
    return v;
}

QString ImageInfo::architectureText() const
{
    return architecture ? architectureName(*architecture) : QString();
}

} // namespace wb
