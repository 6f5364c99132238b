// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MountRecord.h"

#include <QFile>

#include <sys/stat.h>

namespace wb {

QString mountStatusName(MountStatus status)
{
    switch (status) {
    case MountStatus::Ok: return QStringLiteral("Ok");
    case MountStatus::NeedsRemount: return QStringLiteral("NeedsRemount");
    case MountStatus::Invalid: return QStringLiteral("Invalid");
    }
    return QStringLiteral("Invalid");
}

QJsonObject MountRecord::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("mountDir"), mountDir);
    o.insert(QStringLiteral("imageFile"), imageFile);
    if (!splitPattern.isEmpty())
        o.insert(QStringLiteral("splitPattern"), splitPattern);
    o.insert(QStringLiteral("index"), index);
    o.insert(QStringLiteral("imageName"), imageName);
    o.insert(QStringLiteral("readWrite"), readWrite);
    o.insert(QStringLiteral("supportEa"), supportEa);
    o.insert(QStringLiteral("helperPid"), helperPid);
    o.insert(QStringLiteral("stagingDir"), stagingDir);
    o.insert(QStringLiteral("mountedAt"), mountedAt.toUTC().toString(Qt::ISODateWithMs));
    QJsonObject stamp;
    stamp.insert(QStringLiteral("size"), QString::number(imageStamp.size));
    stamp.insert(QStringLiteral("mtimeNs"), QString::number(imageStamp.mtimeNs));
    stamp.insert(QStringLiteral("ctimeNs"), QString::number(imageStamp.ctimeNs));
    stamp.insert(QStringLiteral("regular"), imageStamp.regular);
    stamp.insert(QStringLiteral("inode"), QString::number(imageStamp.inode));
    stamp.insert(QStringLiteral("device"), QString::number(imageStamp.device));
    o.insert(QStringLiteral("imageStamp"), stamp);
    return o;
}

MountRecord MountRecord::fromJson(const QJsonObject &o)
{
    MountRecord r;
    r.mountDir = o.value(QStringLiteral("mountDir")).toString();
    r.imageFile = o.value(QStringLiteral("imageFile")).toString();
    r.splitPattern = o.value(QStringLiteral("splitPattern")).toString();
    r.index = o.value(QStringLiteral("index")).toInt();
    r.imageName = o.value(QStringLiteral("imageName")).toString();
    r.readWrite = o.value(QStringLiteral("readWrite")).toBool();
    r.supportEa = o.value(QStringLiteral("supportEa")).toBool();
    r.helperPid = o.value(QStringLiteral("helperPid")).toInteger();
    r.stagingDir = o.value(QStringLiteral("stagingDir")).toString();
    r.mountedAt = QDateTime::fromString(o.value(QStringLiteral("mountedAt")).toString(), Qt::ISODateWithMs);
    const QJsonObject s = o.value(QStringLiteral("imageStamp")).toObject();
    r.imageStamp.exists = true;
    r.imageStamp.size = s.value(QStringLiteral("size")).toString().toULongLong();
    r.imageStamp.mtimeNs = s.value(QStringLiteral("mtimeNs")).toString().toLongLong();
    r.imageStamp.ctimeNs = s.value(QStringLiteral("ctimeNs")).toString().toLongLong(); // kept, not compared (MountRegistry)
    r.imageStamp.regular = s.value(QStringLiteral("regular")).toBool(true);
    r.imageStamp.inode = s.value(QStringLiteral("inode")).toString().toULongLong();
    r.imageStamp.device = s.value(QStringLiteral("device")).toString().toULongLong();
    return r;
}

} // namespace wb
