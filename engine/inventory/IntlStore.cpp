// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntlStore.h"

#include "ImageHive.h"

#include "registry/HiveFacts.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::IntlStore)
};

/// LCID (hex text such as "0409" or "00000409") -> tag, through the UILanguages\<tag>\LCID values.
QString localeName(const QString &lcidText, const QHash<quint32, QString> &tags)
{
    bool ok = false;
    const quint32 lcid = lcidText.trimmed().toUInt(&ok, 16);
    if (!ok || lcidText.trimmed().isEmpty())
        return {};
    if (tags.contains(lcid))
        return tags.value(lcid);
    const QString known = HiveFacts::languageOfLcid(QStringLiteral("%1").arg(lcid, 4, 16, QLatin1Char('0')));
    return known.isEmpty() ? QStringLiteral("0x%1").arg(lcid, 4, 16, QLatin1Char('0')) : known;
}

void readSystem(const Hive &system, IntlSettings &s)
{
    const QString control = ImageHive::currentControlSet(system) + QStringLiteral("\\Control");
    const QString languages = control + QStringLiteral("\\MUI\\UILanguages");
    QHash<quint32, QString> tags;
    s.installedLanguages = ImageHive::subkeys(system, languages);
    for (const QString &tag : std::as_const(s.installedLanguages))
        if (const auto lcid = ImageHive::dword(system, languages + u'\\' + tag, QStringLiteral("LCID")))
            tags.insert(*lcid, tag);
    const auto preferred = system.value(control + QStringLiteral("\\MUI\\Settings"), QStringLiteral("PreferredUILanguages"));
    if (preferred && *preferred && (*preferred)->toStringList() && !(*preferred)->toStringList()->isEmpty())
        s.systemUiLanguage = (*preferred)->toStringList()->first();
    else
        s.systemUiLanguage = localeName(ImageHive::string(system, control + QStringLiteral("\\Nls\\Language"), QStringLiteral("InstallLanguage")), tags);
    for (const QString &tag : std::as_const(s.installedLanguages))
        if (tag.compare(s.systemUiLanguage, Qt::CaseInsensitive) == 0)
            s.uiFallback = ImageHive::string(system, languages + u'\\' + tag, QStringLiteral("DefaultFallback"));
    s.systemLocale = localeName(ImageHive::string(system, control + QStringLiteral("\\Nls\\Locale"), QString()), tags);
    s.timeZone = ImageHive::string(system, control + QStringLiteral("\\TimeZoneInformation"), QStringLiteral("TimeZoneKeyName"));
}

void readDefaultUser(const Hive &user, IntlSettings &s)
{
    s.userLocale = ImageHive::string(user, QStringLiteral("Control Panel\\International"), QStringLiteral("LocaleName"));
    const auto found = user.findKey(QStringLiteral("Keyboard Layout\\Preload"));
    if (!found || !*found)
        return;
    auto values = user.values(**found);
    if (!values)
        return;
    std::sort(values->begin(), values->end(), [](const RegistryValue &a, const RegistryValue &b) { return a.name.toInt() < b.name.toInt(); });
    for (const RegistryValue &v : std::as_const(*values))
        if (const auto layout = v.toString(); layout && layout->size() == 8)
            s.inputLocales << layout->right(4) + u':' + *layout;
}

} // namespace

Result<IntlSettings> IntlStore::read(const QString &root)
{
    auto system = ImageHive::open(root, ImageHives::Kind::System);
    if (!system)
        return system.error();
    if (!*system)
        return Error::make(QStringLiteral("inventory.no-hive"),
                           Tr::tr("The image in %1 has no %2: its international settings cannot be read.")
                               .arg(root, ImageHives::relativePath(ImageHives::Kind::System)));
    IntlSettings s;
    readSystem(**system, s);
    auto user = ImageHive::open(root, ImageHives::Kind::Default);
    if (!user)
        return user.error();
    if (*user)
        readDefaultUser(**user, s);
    return s;
}

} // namespace wb
