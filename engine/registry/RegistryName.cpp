// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistryName.h"

namespace wb::RegistryName {

QString folded(const QString &name)
{
    QString out = name;
    for (QChar &c : out) {
        if (!c.isSurrogate())
            c = QChar(char16_t(QChar::toUpper(char32_t(c.unicode()))));
    }
    return out;
}

bool equal(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const char16_t x = a.at(i).unicode();
        const char16_t y = b.at(i).unicode();
        if (x == y)
            continue;
        if (QChar::isSurrogate(x) || QChar::isSurrogate(y) || QChar::toUpper(char32_t(x)) != QChar::toUpper(char32_t(y)))
            return false;
    }
    return true;
}

QStringList split(const QString &path)
{
    return path.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
}

} // namespace wb::RegistryName
