// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegionList.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace wb {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::RegionList)
};

struct IsoCodes
{
    QSet<QString> codes; // alpha-2 and alpha-3, upper case
    QString error;
};

const IsoCodes &loadIsoCodes(const QString &file)
{
    static QMutex mutex;
    static QHash<QString, IsoCodes> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(file);
    if (it != cache.end())
        return *it;
    IsoCodes codes;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        codes.error = f.errorString();
    } else {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (doc.isNull()) {
            codes.error = pe.errorString();
        } else {
            for (const QJsonValue &v : doc.object().value(QStringLiteral("3166-1")).toArray()) {
                const QJsonObject o = v.toObject();
                for (const char *key : {"alpha_2", "alpha_3"}) {
                    const QString c = o.value(QLatin1String(key)).toString().toUpper();
                    if (!c.isEmpty())
                        codes.codes.insert(c);
                }
            }
            if (codes.codes.isEmpty())
                codes.error = QStringLiteral("no \"3166-1\" entries");
        }
    }
    return *cache.insert(file, codes);
}
} // namespace

QString RegionList::defaultIsoCodesFile()
{
    return QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json");
}

RegionList RegionList::all()
{
    RegionList r;
    r.m_all = true;
    return r;
}

Result<RegionList> RegionList::parse(const QString &text, const QString &isoCodesFile)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        return all();
    const QStringList parts = trimmed.split(QRegularExpression(QStringLiteral("[;,]")), Qt::SkipEmptyParts);
    if (parts.isEmpty() || trimmed.isEmpty())
        return Error::make(QStringLiteral("provision.bad-region"), Tr::tr("No region was given.")).withRemedy(Remedy::Kind::GiveRegions);
    const IsoCodes &iso = loadIsoCodes(isoCodesFile);
    if (!iso.error.isEmpty())
        return Error::make(QStringLiteral("provision.no-iso-codes"),
                           Tr::tr("The country code list %1 could not be read, so regions cannot be checked. Install the iso-codes package.")
                               .arg(isoCodesFile),
                           iso.error);
    RegionList r;
    for (const QString &part : parts) {
        const QString code = part.trimmed().toUpper();
        if (code.isEmpty())
            continue;
        if (code == QLatin1String("ALL"))
            return Error::make(QStringLiteral("provision.bad-region"),
                               Tr::tr("\"all\" cannot be combined with country codes in the regions \"%1\".").arg(text))
                .withRemedy(Remedy::Kind::GiveRegions);
        if (!iso.codes.contains(code))
            return Error::make(
                       QStringLiteral("provision.bad-region"),
                       Tr::tr("\"%1\" in the regions \"%2\" is not an ISO 3166-1 alpha-2 or alpha-3 country code (for example US, GB, "
                              "DEU).")
                           .arg(part.trimmed(), text))
                .withRemedy(Remedy::Kind::GiveRegions);
        if (!r.m_codes.contains(code))
            r.m_codes << code;
    }
    return r;
}

QString RegionList::toString() const
{
    return m_all ? QStringLiteral("all") : m_codes.join(QLatin1Char(';'));
}

} // namespace wb
