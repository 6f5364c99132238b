// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvisioningSidecar.h"
#include "core/FileWriteGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wb {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ProvisioningSidecar)
};

QJsonArray toArray(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

/// A decision as its code and arguments (DecisionText::toJson), never the translated sentence, so
/// nothing in the user's language goes into the image.
QJsonObject decisionToJson(const ProvisionDecision &d)
{
    QJsonObject o{{QStringLiteral("package"), d.package}, {QStringLiteral("included"), d.included}};
    const QJsonValue why = d.why.toJson();
    if (!why.isObject()) {
        // Only a decision read from an older sidecar has no code: its sentence stays as it was.
        o.insert(QStringLiteral("reason"), d.reason);
        return o;
    }
    const QJsonObject w = why.toObject();
    for (auto it = w.begin(); it != w.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

/// Reads decisionToJson(), and the sentences ("reason") older versions wrote.
ProvisionDecision decisionFromJson(const QJsonObject &o)
{
    const QString package = o.value(QStringLiteral("package")).toString();
    const bool included = o.value(QStringLiteral("included")).toBool();
    if (o.contains(QStringLiteral("code")))
        return ProvisionDecision::make(package, included, DecisionText::fromJson(o));
    return ProvisionDecision{package, included, o.value(QStringLiteral("reason")).toString(), {}};
}

QStringList fromArray(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}
} // namespace

QString ProvisioningSidecar::relativePath()
{
    return QStringLiteral("ProgramData/Microsoft/Windows/WimBench/AppxProvisioning.wimbench.json");
}

Result<ProvisioningSidecar> ProvisioningSidecar::load(const QString &file)
{
    ProvisioningSidecar s;
    if (!QFileInfo::exists(file))
        return s;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("provision.sidecar-invalid"), Tr::tr("%1 cannot be read.").arg(file), f.errorString());
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return Error::make(QStringLiteral("provision.sidecar-invalid"),
                           Tr::tr("%1 is not WimBench's provisioning record (not a JSON object). Move it away to start a new record.").arg(file),
                           pe.errorString());
    for (const QJsonValue &v : doc.object().value(QStringLiteral("apps")).toArray()) {
        const QJsonObject o = v.toObject();
        SidecarApp a;
        a.fullName = o.value(QStringLiteral("fullName")).toString();
        a.regions = o.value(QStringLiteral("regions")).toString();
        a.stubPreference = o.value(QStringLiteral("stubPreference")).toString();
        a.members = fromArray(o.value(QStringLiteral("members")));
        a.folders = fromArray(o.value(QStringLiteral("folders")));
        a.license = o.value(QStringLiteral("license")).toString();
        a.customData = o.value(QStringLiteral("customData")).toBool();
        a.provisionedAt = QDateTime::fromString(o.value(QStringLiteral("provisionedAt")).toString(), Qt::ISODate);
        for (const QJsonValue &d : o.value(QStringLiteral("decisions")).toArray())
            a.decisions << decisionFromJson(d.toObject());
        if (!a.fullName.isEmpty())
            s.m_apps << a;
    }
    return s;
}

QByteArray ProvisioningSidecar::toJson() const
{
    QJsonArray apps;
    for (const SidecarApp &a : m_apps) {
        QJsonArray decisions;
        for (const ProvisionDecision &d : a.decisions)
            decisions.append(decisionToJson(d));
        apps.append(QJsonObject{{QStringLiteral("fullName"), a.fullName},
                                {QStringLiteral("regions"), a.regions},
                                {QStringLiteral("stubPreference"), a.stubPreference},
                                {QStringLiteral("members"), toArray(a.members)},
                                {QStringLiteral("folders"), toArray(a.folders)},
                                {QStringLiteral("license"), a.license},
                                {QStringLiteral("customData"), a.customData},
                                {QStringLiteral("provisionedAt"), a.provisionedAt.toUTC().toString(Qt::ISODate)},
                                {QStringLiteral("decisions"), decisions}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("wimbench-appx-provisioning/2")}, {QStringLiteral("apps"), apps}})
        .toJson(QJsonDocument::Indented);
}

Status ProvisioningSidecar::save(const QString &file) const
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (const Status written = writeFileAtomically(file, toJson()); !written)
        return Error::make(
            QStringLiteral("provision.sidecar-write"),
            Tr::tr("WimBench's provisioning record %1 could not be written. Check that the image is mounted read-write.").arg(file),
            written.error().detail);
    return {};
}

std::optional<SidecarApp> ProvisioningSidecar::find(const QString &fullName) const
{
    for (const SidecarApp &a : m_apps)
        if (a.fullName.compare(fullName, Qt::CaseInsensitive) == 0)
            return a;
    return std::nullopt;
}

void ProvisioningSidecar::put(const SidecarApp &app)
{
    for (SidecarApp &a : m_apps) {
        if (a.fullName.compare(app.fullName, Qt::CaseInsensitive) == 0) {
            a = app;
            return;
        }
    }
    m_apps << app;
}

bool ProvisioningSidecar::remove(const QString &fullName)
{
    for (int i = 0; i < m_apps.size(); ++i) {
        if (m_apps[i].fullName.compare(fullName, Qt::CaseInsensitive) == 0) {
            m_apps.removeAt(i);
            return true;
        }
    }
    return false;
}

} // namespace wb
