// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageTag.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace wb::LanguageTag {
namespace {

// CLDR likely subtags (likelySubtags.xml) for the languages written in more than one script:
// language -> default script, language-region -> script where it differs from the default.
const QHash<QString, QString> &defaultScripts()
{
    static const QHash<QString, QString> m = {
        {QStringLiteral("zh"), QStringLiteral("Hans")}, {QStringLiteral("sr"), QStringLiteral("Cyrl")},
        {QStringLiteral("az"), QStringLiteral("Latn")}, {QStringLiteral("uz"), QStringLiteral("Latn")},
        {QStringLiteral("bs"), QStringLiteral("Latn")}, {QStringLiteral("pa"), QStringLiteral("Guru")},
        {QStringLiteral("ha"), QStringLiteral("Latn")}, {QStringLiteral("mn"), QStringLiteral("Cyrl")},
        {QStringLiteral("iu"), QStringLiteral("Cans")}, {QStringLiteral("tg"), QStringLiteral("Cyrl")},
        {QStringLiteral("sd"), QStringLiteral("Arab")}, {QStringLiteral("ks"), QStringLiteral("Arab")},
        {QStringLiteral("ku"), QStringLiteral("Latn")}, {QStringLiteral("ms"), QStringLiteral("Latn")},
        {QStringLiteral("ff"), QStringLiteral("Latn")}, {QStringLiteral("shi"), QStringLiteral("Tfng")},
        {QStringLiteral("vai"), QStringLiteral("Vaii")},
    };
    return m;
}

const QHash<QString, QString> &regionalScripts()
{
    static const QHash<QString, QString> m = {
        {QStringLiteral("zh-TW"), QStringLiteral("Hant")}, {QStringLiteral("zh-HK"), QStringLiteral("Hant")},
        {QStringLiteral("zh-MO"), QStringLiteral("Hant")}, {QStringLiteral("sr-ME"), QStringLiteral("Latn")},
        {QStringLiteral("sr-XK"), QStringLiteral("Cyrl")}, {QStringLiteral("az-IR"), QStringLiteral("Arab")},
        {QStringLiteral("uz-AF"), QStringLiteral("Arab")}, {QStringLiteral("pa-PK"), QStringLiteral("Arab")},
        {QStringLiteral("mn-CN"), QStringLiteral("Mong")}, {QStringLiteral("ha-CM"), QStringLiteral("Arab")},
        {QStringLiteral("sd-IN"), QStringLiteral("Deva")}, {QStringLiteral("ku-IQ"), QStringLiteral("Arab")},
        {QStringLiteral("ku-IR"), QStringLiteral("Arab")}, {QStringLiteral("ff-GN"), QStringLiteral("Latn")},
        {QStringLiteral("bs-BA"), QStringLiteral("Latn")}, {QStringLiteral("iu-CA"), QStringLiteral("Cans")},
    };
    return m;
}

const QHash<QString, QString> &defaultRegions()
{
    static const QHash<QString, QString> m = {
        {QStringLiteral("zh-Hans"), QStringLiteral("CN")}, {QStringLiteral("zh-Hant"), QStringLiteral("TW")},
        {QStringLiteral("sr-Cyrl"), QStringLiteral("RS")}, {QStringLiteral("sr-Latn"), QStringLiteral("RS")},
        {QStringLiteral("az-Latn"), QStringLiteral("AZ")}, {QStringLiteral("uz-Latn"), QStringLiteral("UZ")},
        {QStringLiteral("bs-Latn"), QStringLiteral("BA")}, {QStringLiteral("pa-Guru"), QStringLiteral("IN")},
        {QStringLiteral("pa-Arab"), QStringLiteral("PK")}, {QStringLiteral("mn-Cyrl"), QStringLiteral("MN")},
    };
    return m;
}

} // namespace

std::optional<Parts> parse(const QString &tag)
{
    static const QRegularExpression re(QStringLiteral(
        "^([A-Za-z]{2,3})(?:-([A-Za-z]{4}))?(?:-([A-Za-z]{2}|[0-9]{3}))?((?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*)$"));
    QString t = tag.trimmed();
    t.replace(QLatin1Char('_'), QLatin1Char('-'));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    Parts p;
    p.language = m.captured(1).toLower();
    const QString script = m.captured(2);
    if (!script.isEmpty())
        p.script = script.left(1).toUpper() + script.mid(1).toLower();
    p.region = m.captured(3).toUpper();
    return p;
}

bool isValid(const QString &tag)
{
    return parse(tag).has_value();
}

bool isLanguageFolderName(const QString &name)
{
    static const QRegularExpression variant(QStringLiteral("-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3})$"));
    const auto p = parse(name);
    if (!p)
        return false;
    if (!p->region.isEmpty())
        return true;
    // qps-ploc, qps-plocm: Windows' pseudo-locales (variant-like second subtag).
    return p->language == QLatin1String("qps") || variant.match(name).hasMatch();
}

QString canonical(const QString &tag)
{
    static const QRegularExpression re(QStringLiteral("[-_]"));
    const QStringList parts = tag.trimmed().split(re, Qt::SkipEmptyParts);
    QStringList out;
    for (int i = 0; i < parts.size(); ++i) {
        const QString &s = parts[i];
        if (i == 0)
            out << s.toLower();
        else if (s.size() == 4 && s.at(0).isLetter())
            out << s.left(1).toUpper() + s.mid(1).toLower();
        else if (s.size() == 2 || (s.size() == 3 && s.at(0).isDigit()))
            out << s.toUpper();
        else
            out << s.toLower();
    }
    return out.join(QLatin1Char('-'));
}

Parts maximize(const Parts &parts)
{
    Parts p = parts;
    if (p.script.isEmpty()) {
        if (!p.region.isEmpty())
            p.script = regionalScripts().value(p.language + QLatin1Char('-') + p.region);
        if (p.script.isEmpty())
            p.script = defaultScripts().value(p.language);
    }
    if (p.region.isEmpty() && !p.script.isEmpty())
        p.region = defaultRegions().value(p.language + QLatin1Char('-') + p.script);
    return p;
}

bool packMatches(const QString &packLanguage, const QString &imageLanguage)
{
    const auto pack = parse(packLanguage);
    const auto image = parse(imageLanguage);
    if (!pack || !image)
        return packLanguage.compare(imageLanguage, Qt::CaseInsensitive) == 0;
    if (pack->language != image->language)
        return false;
    const Parts mp = maximize(*pack);
    const Parts mi = maximize(*image);
    if (mp.script.compare(mi.script, Qt::CaseInsensitive) != 0)
        return false;
    if (!pack->region.isEmpty() && pack->region != image->region)
        return false;
    return true;
}

} // namespace wb::LanguageTag
