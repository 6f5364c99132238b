// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageHives.h"

#include "core/ImagePath.h"

#include <QFileInfo>

namespace wb::ImageHives {

QString fileName(Kind kind)
{
    switch (kind) {
    case Kind::Software: return QStringLiteral("SOFTWARE");
    case Kind::System: return QStringLiteral("SYSTEM");
    case Kind::Default: return QStringLiteral("DEFAULT");
    case Kind::Drivers: return QStringLiteral("DRIVERS");
    case Kind::Components: return QStringLiteral("COMPONENTS");
    case Kind::DefaultUser: return QStringLiteral("NTUSER.DAT");
    }
    return {};
}

QString relativePath(Kind kind)
{
    if (kind == Kind::DefaultUser)
        return QStringLiteral("Users/Default/NTUSER.DAT");
    return QStringLiteral("Windows/System32/config/") + fileName(kind);
}

std::optional<QString> locate(const QString &imageRoot, Kind kind)
{
    const QString path = ImagePath::resolve(imageRoot, relativePath(kind));
    if (!QFileInfo(path).isFile())
        return std::nullopt;
    return path;
}

} // namespace wb::ImageHives
