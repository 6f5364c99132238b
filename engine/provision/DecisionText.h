// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <vector>

namespace wb {

/// A sentence of the provisioning rules kept as a stable code with its arguments, translated only
/// when shown. What goes into an image (WimBench's sidecar) is toJson(): codes and untranslated
/// values, never a sentence in the user's language. An argument is a plain value (a package
/// name, a version, a language tag; never translated) or another DecisionText (a translated
/// part, such as "native"). The codes and their English sentences are listed in
/// DecisionText.cpp. Value type, any thread.
class DecisionText
{
public:
    DecisionText() = default;
    /// A plain value.
    DecisionText(const QString &value) : m_value(value) {} // NOLINT: implicit on purpose
    DecisionText(const char *code, std::initializer_list<DecisionText> args);
    /// A code without arguments.
    static DecisionText code(const char *code) { return DecisionText(code, {}); }

    bool isPlain() const { return m_code.isEmpty(); }
    QString codeName() const { return m_code; }
    /// In the user's language (the code's sentence through QCoreApplication::translate, arguments
    /// filled in); an unknown code (a newer WimBench's) shows as "code(arg, ...)".
    QString toString() const;
    /// In English whatever translator is installed (for logs that must not depend on the UI language).
    QString toEnglish() const;

    /// A plain value as a JSON string; a code as {"code": ..., "args": [...]}.
    QJsonValue toJson() const;
    static DecisionText fromJson(const QJsonValue &json);

    /// Every code DecisionText knows (for tests).
    static QStringList knownCodes();

private:
    QString render(bool translate) const;

    QString m_code;
    QString m_value;
    std::vector<DecisionText> m_args;
};

} // namespace wb
