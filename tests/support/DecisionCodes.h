// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision/DecisionText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace wb::test {

/// A decision text as its codes and plain values, language-independent, for tests to compare:
/// `app.best(x64, x64, rank.native)`; a code without arguments is its name, a plain value itself.
/// The sentences behind the codes are in engine/provision/DecisionText.cpp. Header-only, so the
/// support library needs no link to engine/provision.
inline QString codeForm(const QJsonValue &json)
{
    if (!json.isObject())
        return json.toString();
    const QJsonObject o = json.toObject();
    const QJsonArray args = o.value(QLatin1String("args")).toArray();
    QStringList parts;
    for (const QJsonValue &a : args)
        parts << codeForm(a);
    const QString code = o.value(QLatin1String("code")).toString();
    return parts.isEmpty() ? code : code + QLatin1Char('(') + parts.join(QLatin1String(", ")) + QLatin1Char(')');
}

inline QString codeForm(const DecisionText &text)
{
    return codeForm(text.toJson());
}

} // namespace wb::test
