// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageSelector.h"

#include <QCoreApplication>

namespace wb {

QString ImageSelector::describe() const
{
    if (index)
        return QStringLiteral("index %1").arg(*index);
    if (!name.isEmpty())
        return QStringLiteral("name \"%1\"").arg(name);
    return QStringLiteral("the only image");
}

QString ImageSelector::displayText() const
{
    if (index)
        return QCoreApplication::translate("wb::ImageSelector", "index %1").arg(*index);
    if (!name.isEmpty())
        return QCoreApplication::translate("wb::ImageSelector", "name \"%1\"").arg(name);
    return QCoreApplication::translate("wb::ImageSelector", "the only image");
}

} // namespace wb
