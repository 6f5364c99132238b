// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageHive.h"


namespace wb {

Result<std::optional<Hive>> ImageHive::open(const QString &root, ImageHives::Kind kind)
{
    const auto path = ImageHives::locate(root, kind);
    if (!path)
        return std::optional<Hive>();
    auto hive = Hive::open(*path, Hive::Mode::ReadOnly);
    if (!hive)
        return hive.error();
    return std::optional<Hive>(std::move(*hive));
}

QString ImageHive::string(const Hive &hive, const QString &key, const QString &name)
{
    const auto value = hive.value(key, name);
    if (!value || !*value)
        return {};
    return (*value)->toString().value_or(QString());
}

QByteArray ImageHive::binary(const Hive &hive, const QString &key, const QString &name)
{
    const auto value = hive.value(key, name);
    if (!value || !*value || (*value)->type != RegistryType::Binary)
        return {};
    return (*value)->data;
}

std::optional<quint32> ImageHive::dword(const Hive &hive, const QString &key, const QString &name)
{
    const auto value = hive.value(key, name);
    if (!value || !*value)
        return std::nullopt;
    return (*value)->toDword();
}

QStringList ImageHive::subkeys(const Hive &hive, const QString &key)
{
    const auto found = hive.findKey(key);
    if (!found || !*found)
        return {};
    const auto names = hive.subkeyNames(**found);
    return names ? *names : QStringList();
}

QString ImageHive::currentControlSet(const Hive &system)
{
    const auto current = dword(system, QStringLiteral("Select"), QStringLiteral("Current"));
    return QStringLiteral("ControlSet%1").arg(current.value_or(1), 3, 10, QLatin1Char('0'));
}

} // namespace wb
