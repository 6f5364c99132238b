// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

namespace wb {

/// Installs the interface translation: WimBench's own catalogue (embedded as
/// :/i18n/wimbench_<locale>.qm) and Qt's (standard dialog buttons), replacing whatever was
/// installed before. Installing sends QEvent::LanguageChange to every widget, which retranslates
/// itself. English is built in: a locale without a catalogue falls back to it. GUI thread.
class LanguageManager
{
public:
    /// Switches to `locale`; returns true if a WimBench catalogue was found for it (false means
    /// English is shown). QLocale::setDefault is set as well, so numbers and dates follow.
    static bool setLanguage(const QLocale &locale);
    /// The language chosen at start-up: `preferred` ("zh_CN"; empty = the system locale).
    static bool setLanguageFromPreference(const QString &preferred);
    /// The locale of the catalogue in use, or English.
    static QLocale currentLanguage();
    /// Locales with an embedded catalogue (always includes English).
    static QList<QLocale> availableLanguages();

private:
    static bool install(const QLocale &locale);
};

} // namespace wb
