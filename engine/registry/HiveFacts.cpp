// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HiveFacts.h"

#include "Hive.h"
#include "HiveCache.h"
#include "ImageHives.h"

#include <QHash>

namespace wb {
namespace {

const QString CurrentVersion = QStringLiteral("Microsoft\\Windows NT\\CurrentVersion");

/// A string or number value as text; nullopt when absent or of another type.
std::optional<QString> textOf(const std::optional<RegistryValue> &v)
{
    if (!v)
        return std::nullopt;
    if (const auto s = v->toString(); s && !s->trimmed().isEmpty())
        return s->trimmed();
    if (const auto d = v->toDword())
        return QString::number(*d);
    return std::nullopt;
}

/// Reads `keyPath`\`name` into `fact` when present; an unreadable hive structure is an error.
Status readFact(const Hive &hive, const QString &hiveName, const QString &keyPath, const QString &name, std::optional<HiveFact> &fact)
{
    const auto value = hive.value(keyPath, name);
    if (!value)
        return value.error();
    if (const auto text = textOf(*value))
        fact = HiveFact{*text, QStringLiteral("%1 hive, %2\\%3").arg(hiveName, keyPath, name)};
    return {};
}

Status readSoftware(const Hive &hive, HiveFacts &facts)
{
    const QString h = QStringLiteral("SOFTWARE");
    WB_TRY(readFact(hive, h, CurrentVersion, QStringLiteral("CurrentBuildNumber"), facts.build));
    if (!facts.build)
        WB_TRY(readFact(hive, h, CurrentVersion, QStringLiteral("CurrentBuild"), facts.build));
    WB_TRY(readFact(hive, h, CurrentVersion, QStringLiteral("UBR"), facts.ubr));
    WB_TRY(readFact(hive, h, CurrentVersion, QStringLiteral("EditionID"), facts.editionId));
    WB_TRY(readFact(hive, h, CurrentVersion, QStringLiteral("ProductName"), facts.productName));
    WB_TRY(readFact(hive, h, CurrentVersion, QStringLiteral("InstallationType"), facts.installationType));
    WB_TRY(readFact(hive, h, CurrentVersion, QStringLiteral("DisplayVersion"), facts.displayVersion));
    return {};
}

/// "ControlSet00N" named by Select\Current; ControlSet001 when Select is missing.
Result<QString> currentControlSet(const Hive &hive)
{
    const auto current = hive.value(QStringLiteral("Select"), QStringLiteral("Current"));
    if (!current)
        return current.error();
    const quint32 n = (*current && (*current)->toDword()) ? *(*current)->toDword() : 1;
    return QStringLiteral("ControlSet%1").arg(n, 3, 10, QLatin1Char('0'));
}

Status readLanguages(const Hive &hive, const QString &controlSet, HiveFacts &facts)
{
    const QString h = QStringLiteral("SYSTEM");
    const QString mui = controlSet + QStringLiteral("\\Control\\MUI\\UILanguages");
    const auto key = hive.findKey(mui);
    if (!key)
        return key.error();
    if (key->has_value()) {
        const auto names = hive.subkeyNames(**key);
        if (!names)
            return names.error();
        for (const QString &tag : *names)
            facts.uiLanguages << HiveFact{tag, QStringLiteral("%1 hive, %2\\%3").arg(h, mui, tag)};
    }
    const QString nls = controlSet + QStringLiteral("\\Control\\Nls\\Language");
    WB_TRY(readFact(hive, h, nls, QStringLiteral("InstallLanguage"), facts.installLanguage));
    WB_TRY(readFact(hive, h, nls, QStringLiteral("Default"), facts.defaultLanguage));
    for (std::optional<HiveFact> *lcid : {&facts.installLanguage, &facts.defaultLanguage}) {
        if (!*lcid)
            continue;
        const QString tag = HiveFacts::languageOfLcid((*lcid)->value);
        if (tag.isEmpty())
            lcid->reset(); // an LCID outside the table says nothing usable
        else
            (*lcid)->value = tag;
    }
    return {};
}

Status readSystem(const Hive &hive, HiveFacts &facts)
{
    const auto controlSet = currentControlSet(hive);
    if (!controlSet)
        return controlSet.error();
    WB_TRY(readFact(hive, QStringLiteral("SYSTEM"), *controlSet + QStringLiteral("\\Control\\Session Manager\\Environment"),
                    QStringLiteral("PROCESSOR_ARCHITECTURE"), facts.processorArchitecture));
    return readLanguages(hive, *controlSet, facts);
}

/// Reads one hive's facts: through `cache` when given (the handle stays there for the caller),
/// else parsed and released here.
Status readHive(const QString &imageRoot, ImageHives::Kind kind, HiveFacts &facts, Status (*reader)(const Hive &, HiveFacts &),
                HiveCache *cache)
{
    const auto path = ImageHives::locate(imageRoot, kind);
    if (!path)
        return {};
    HiveCache local;
    const auto hive = (cache ? *cache : local).open(*path);
    if (!hive)
        return hive.error();
    facts.hivesRead << ImageHives::relativePath(kind);
    return reader(**hive, facts);
}

} // namespace

Result<HiveFacts> HiveFacts::read(const QString &imageRoot, HiveCache *softwareCache)
{
    HiveFacts facts;
    WB_TRY(readHive(imageRoot, ImageHives::Kind::Software, facts, &readSoftware, softwareCache));
    // Nothing reads SYSTEM again in the same command: parsed and released here.
    WB_TRY(readHive(imageRoot, ImageHives::Kind::System, facts, &readSystem, nullptr));
    return facts;
}

QString HiveFacts::languageOfLcid(const QString &hexLcid)
{
    // [MS-LCID] Windows Language Code Identifier Reference, section 2.2: the LCIDs of the Windows
    // display languages (language packs) and a few common others.
    static const QHash<quint32, QString> table{
        {0x0401, QStringLiteral("ar-SA")}, {0x0402, QStringLiteral("bg-BG")}, {0x0403, QStringLiteral("ca-ES")},
        {0x0404, QStringLiteral("zh-TW")}, {0x0405, QStringLiteral("cs-CZ")}, {0x0406, QStringLiteral("da-DK")},
        {0x0407, QStringLiteral("de-DE")}, {0x0408, QStringLiteral("el-GR")}, {0x0409, QStringLiteral("en-US")},
        {0x040B, QStringLiteral("fi-FI")}, {0x040C, QStringLiteral("fr-FR")}, {0x040D, QStringLiteral("he-IL")},
        {0x040E, QStringLiteral("hu-HU")}, {0x040F, QStringLiteral("is-IS")}, {0x0410, QStringLiteral("it-IT")},
        {0x0411, QStringLiteral("ja-JP")}, {0x0412, QStringLiteral("ko-KR")}, {0x0413, QStringLiteral("nl-NL")},
        {0x0414, QStringLiteral("nb-NO")}, {0x0415, QStringLiteral("pl-PL")}, {0x0416, QStringLiteral("pt-BR")},
        {0x0418, QStringLiteral("ro-RO")}, {0x0419, QStringLiteral("ru-RU")}, {0x041A, QStringLiteral("hr-HR")},
        {0x041B, QStringLiteral("sk-SK")}, {0x041D, QStringLiteral("sv-SE")}, {0x041E, QStringLiteral("th-TH")},
        {0x041F, QStringLiteral("tr-TR")}, {0x0421, QStringLiteral("id-ID")}, {0x0422, QStringLiteral("uk-UA")},
        {0x0424, QStringLiteral("sl-SI")}, {0x0425, QStringLiteral("et-EE")}, {0x0426, QStringLiteral("lv-LV")},
        {0x0427, QStringLiteral("lt-LT")}, {0x0429, QStringLiteral("fa-IR")}, {0x042A, QStringLiteral("vi-VN")},
        {0x042D, QStringLiteral("eu-ES")}, {0x0437, QStringLiteral("ka-GE")}, {0x0439, QStringLiteral("hi-IN")},
        {0x043E, QStringLiteral("ms-MY")}, {0x043F, QStringLiteral("kk-KZ")}, {0x0456, QStringLiteral("gl-ES")},
        {0x0804, QStringLiteral("zh-CN")}, {0x0809, QStringLiteral("en-GB")}, {0x080A, QStringLiteral("es-MX")},
        {0x0816, QStringLiteral("pt-PT")}, {0x0C04, QStringLiteral("zh-HK")}, {0x0C09, QStringLiteral("en-AU")},
        {0x0C0A, QStringLiteral("es-ES")}, {0x0C0C, QStringLiteral("fr-CA")}, {0x1009, QStringLiteral("en-CA")},
        {0x241A, QStringLiteral("sr-Latn-RS")},
    };
    bool ok = false;
    const quint32 lcid = hexLcid.trimmed().toUInt(&ok, 16);
    return ok ? table.value(lcid) : QString();
}

} // namespace wb
