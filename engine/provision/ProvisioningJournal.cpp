// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvisioningJournal.h"
#include "core/FileWriteGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wb {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::Provisioner)
};
} // namespace

QByteArray ProvisioningJournal::toJson() const
{
    QJsonObject j;
    j.insert(QStringLiteral("app"), app);
    j.insert(QStringLiteral("folders"), QJsonArray::fromStringList(folders));
    j.insert(QStringLiteral("license"), license);
    j.insert(QStringLiteral("sidecarExisted"), sidecarExisted);
    if (sidecarExisted)
        j.insert(QStringLiteral("sidecar"), QString::fromLatin1(sidecar.toBase64()));
    j.insert(QStringLiteral("createdFolders"), QJsonArray::fromStringList(createdFolders));
    j.insert(QStringLiteral("hive"), hive);
    j.insert(QStringLiteral("appFamily"), appFamily);
    j.insert(QStringLiteral("entries"), QJsonArray::fromStringList(entries));
    return QJsonDocument(j).toJson();
}

std::optional<ProvisioningJournal> ProvisioningJournal::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject j = doc.object();
    ProvisioningJournal journal;
    journal.app = j.value(QStringLiteral("app")).toString();
    journal.folders = j.value(QStringLiteral("folders")).toVariant().toStringList();
    journal.license = j.value(QStringLiteral("license")).toString();
    journal.sidecarExisted = j.value(QStringLiteral("sidecarExisted")).toBool();
    journal.sidecar = QByteArray::fromBase64(j.value(QStringLiteral("sidecar")).toString().toLatin1());
    journal.createdFolders = j.value(QStringLiteral("createdFolders")).toVariant().toStringList();
    journal.hive = j.value(QStringLiteral("hive")).toString();
    journal.appFamily = j.value(QStringLiteral("appFamily")).toString();
    journal.entries = j.value(QStringLiteral("entries")).toVariant().toStringList();
    return journal;
}

Status ProvisioningJournal::save(const QString &file) const
{
    if (const Status written = writeFileAtomically(file, toJson()); !written)
        return Error::make(QStringLiteral("provision.write-failed"),
                           Tr::tr("%1 cannot be written. Check that the image is writable and has free space.").arg(file),
                           written.error().detail);
    return {};
}

std::optional<ProvisioningJournal> ProvisioningJournal::load(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return fromJson(f.readAll());
}

bool ProvisioningJournal::isPlainFolderName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) && !name.startsWith(QLatin1Char('.'));
}

} // namespace wb
