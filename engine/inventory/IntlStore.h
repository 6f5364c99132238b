// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace wb {

/// International settings of an offline image, the fields of DISM's /Get-Intl. Value type;
/// empty fields: the image does not say.
struct IntlSettings
{
    QString systemUiLanguage;        ///< BCP-47 tag
    QString uiFallback;
    QString systemLocale;
    QString userLocale;              ///< of the default user
    QStringList inputLocales;        ///< "0409:00000409" (language:keyboard layout), in Preload order
    QString timeZone;                ///< Windows time zone key name, "Pacific Standard Time"
    QStringList installedLanguages;
};

/// Reads IntlSettings from the image's SYSTEM hive (control set named by `Select\Current`):
/// `Control\MUI\Settings\PreferredUILanguages`, else `Control\Nls\Language\InstallLanguage`
/// (an LCID, named through the `LCID` values of `Control\MUI\UILanguages\<tag>`) for the UI
/// language; `Control\MUI\UILanguages\<tag>\DefaultFallback`; `Control\Nls\Locale` (default value,
/// an LCID) for the system locale; `Control\TimeZoneInformation\TimeZoneKeyName`; the subkeys of
/// `Control\MUI\UILanguages` as installed languages. From the DEFAULT hive (the default user):
/// `Control Panel\International\LocaleName` and `Keyboard Layout\Preload` (values 1, 2, ...).
/// An LCID no installed language names is shown as hex. A missing SYSTEM hive is an error
/// (inventory.no-hive); a damaged one is the registry module's error. Stateless.
class IntlStore
{
public:
    static Result<IntlSettings> read(const QString &root);
};

} // namespace wb
