// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace wb::test {

/// The first of `names` that `message` does not name, or "" when it names them all. A name is a
/// language-independent value the message must carry whatever the words around it (a file, a
/// part, a key, a size, a block number): the check a user relies on ("which file?") without
/// depending on the English sentence (docs/CONVENTIONS.md, Tests). Texts are found as given;
/// a number is found as a whole number after the texts are taken out of the message, so block
/// "1" is not found in "Logo [1].png" or in "broken-1.appx".
inline QString unnamed(const QString &message, const QStringList &names)
{
    static const QRegularExpression number(QStringLiteral("^[0-9]+$"));
    QStringList texts;
    QStringList numbers;
    for (const QString &name : names)
        (number.match(name).hasMatch() ? numbers : texts) << name;
    std::sort(texts.begin(), texts.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QString rest = message;
    for (const QString &text : std::as_const(texts)) {
        if (!rest.contains(text))
            return text;
        rest.replace(text, QStringLiteral(" "));
    }
    for (const QString &n : std::as_const(numbers)) {
        const QRegularExpression whole(QStringLiteral("(?<![0-9A-Za-z])%1(?![0-9A-Za-z])").arg(n));
        if (!whole.match(rest).hasMatch())
            return n;
    }
    return {};
}

/// For QVERIFY2: true when `message` names all of `names` (see unnamed()).
inline bool namesAll(const QString &message, const QStringList &names)
{
    return unnamed(message, names).isEmpty();
}

} // namespace wb::test
