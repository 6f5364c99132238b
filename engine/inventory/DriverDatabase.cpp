// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DriverDatabase.h"
#include "ImageHive.h"

#include "core/FileTime.h"

#include <QUuid>
#include <QtEndian>

namespace wb {

std::optional<DriverDatabase::VersionInfo> DriverDatabase::decodeVersion(const QByteArray &bytes)
{
    // Bytes 0-7: unknown (00 ff 09 00 00 00 00 00 in every public sample), not read;
    // 8-23: the class GUID; 24-31: the DriverVer date as a FILETIME; 32-39: the DriverVer
    // version as a DWORDLONG, w in the high word (inventory/README.md, "DRIVERS hive").
    if (bytes.size() < 40)
        return std::nullopt;
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    VersionInfo info;
    // The GUID is stored as Windows stores GUIDs: the first three fields little-endian.
    const QUuid classGuid(qFromLittleEndian<quint32>(data + 8), qFromLittleEndian<quint16>(data + 12), qFromLittleEndian<quint16>(data + 14),
                          data[16], data[17], data[18], data[19], data[20], data[21], data[22], data[23]);
    if (!classGuid.isNull())
        info.classGuid = classGuid.toString(QUuid::WithBraces).toUpper();
    info.date = fileTimeToUtc(qFromLittleEndian<quint64>(data + 24)).date();
    const quint64 v = qFromLittleEndian<quint64>(data + 32);
    if (v != 0)
        info.version = QStringLiteral("%1.%2.%3.%4").arg(v >> 48).arg((v >> 32) & 0xffff).arg((v >> 16) & 0xffff).arg(v & 0xffff);
    return info;
}

Result<DriverDatabase> DriverDatabase::read(const QString &root)
{
    auto hive = ImageHive::open(root, ImageHives::Kind::Drivers);
    if (!hive)
        return hive.error();
    DriverDatabase db;
    if (!*hive)
        return db;
    for (const QString &folder : ImageHive::subkeys(**hive, packagesKey())) {
        const QString key = packagesKey() + u'\\' + folder;
        Entry e{folder,
                ImageHive::string(**hive, key, QString()),
                ImageHive::string(**hive, key, QStringLiteral("Provider")),
                ImageHive::string(**hive, key, QStringLiteral("InfName")),
                ImageHive::string(**hive, key, QStringLiteral("Catalog")),
                decodeVersion(ImageHive::binary(**hive, key, QStringLiteral("Version"))).value_or(VersionInfo{})};
        if (!e.publishedName.isEmpty())
            db.m_packages.insert(folder.toLower(), e);
    }
    return db;
}

const DriverDatabase::Entry *DriverDatabase::package(const QString &folderName) const
{
    const auto it = m_packages.constFind(folderName.toLower());
    return it == m_packages.cend() ? nullptr : &*it;
}

const DriverDatabase::Entry *DriverDatabase::published(const QString &publishedName) const
{
    for (const Entry &e : m_packages)
        if (e.publishedName.compare(publishedName, Qt::CaseInsensitive) == 0)
            return &e;
    return nullptr;
}

} // namespace wb
