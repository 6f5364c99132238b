// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Provisioner::remove: /Remove-ProvisionedAppxPackage (engine/provision/README.md, "Remove").
#include "Provisioner.h"
#include "ProvisionSupport.h"
#include "ProvisioningJournal.h"
#include "RemovalRules.h"
#include "StepRunner.h"

#include "core/Operation.h"
#include "core/OwnedTemporary.h"
#include "registry/Hive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>

#include <cstdio>

namespace wb {
using namespace ProvisionSupport;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::Provisioner)
};

/// Deletes one package folder, renaming it first so that a half-deleted folder never carries a
/// package's name.
Status deleteFolder(const QString &folder)
{
    const QString trash = QFileInfo(folder).absolutePath() + QLatin1Char('/') + OwnedTemporary::name(kRemovingPrefix);
    const QString victim = std::rename(QFile::encodeName(folder).constData(), QFile::encodeName(trash).constData()) == 0 ? trash : folder;
    if (!QDir(victim).removeRecursively())
        return Error::make(
            QStringLiteral("provision.remove-failed"),
            Tr::tr("The provisioning was removed, but the folder %1 could not be deleted completely. Delete it by hand.").arg(victim));
    return {};
}
} // namespace

DependencyRemovalInput Provisioner::dependencyRemovalInput(const ProvisioningList &list, const ProvisioningSidecar &sidecar, const QString &app,
                                                           const QSet<QString> &removing) const
{
    DependencyRemovalInput in;
    in.app = app;
    if (const auto record = sidecar.find(app)) {
        for (const QString &m : record->members) {
            if (!removing.contains(m.toLower()) && list.contains(m))
                in.candidates << m;
        }
    }
    if (in.candidates.isEmpty())
        return in;
    // What the remaining apps need: their installed manifests' dependencies, and other records.
    for (const ProvisionedPackage &p : list.packages()) {
        if (removing.contains(p.fullName.toLower()) || p.isBundle() || p.isResource() || p.isLobFramework()
            || in.candidates.contains(p.fullName, Qt::CaseInsensitive))
            continue; // frameworks do not depend on other packages
        const QString manifest = QDir(windowsAppsFolder()).filePath(p.fullName + QStringLiteral("/AppxManifest.xml"));
        QFile f(manifest);
        if (!f.open(QIODevice::ReadOnly)) {
            in.unreadableManifests << p.fullName;
            continue;
        }
        const auto m = AppxManifest::parse(f.readAll(), manifest);
        if (m)
            in.neededByRemaining << m->dependencies;
        else
            in.unreadableManifests << p.fullName;
    }
    for (const SidecarApp &a : sidecar.apps()) {
        if (a.fullName.compare(app, Qt::CaseInsensitive) != 0)
            in.recordedByOtherApps << a.members;
    }
    return in;
}

QString Provisioner::licenseOf(const ProvisioningSidecar &sidecar, const QString &app) const
{
    // WimBench's record names the file (also one under WimBench's earlier name); an app provisioned
    // by DISM has its license under the name DISM uses, which DISM deletes on remove.
    if (const auto record = sidecar.find(app); record && !record->license.isEmpty())
        return record->license;
    const auto id = ProvisionedIdentity::fromFullName(app);
    const QString file = id ? licenseFile(id->familyName()) : QString();
    return QFileInfo::exists(file) ? QDir(m_image.root()).relativeFilePath(file) : QString();
}

Status Provisioner::removeFromRegistry(const ProvisioningJournal &journal) const
{
    if (journal.hive.isEmpty() || journal.hive.contains(QLatin1String("..")))
        return {};
    auto hive = m_hives->open(QDir(m_image.root()).filePath(journal.hive), Hive::Mode::Write);
    if (!hive)
        return hive.error();
    WB_TRY(AllUserStore::applyRemove(**hive, journal.app, journal.appFamily, journal.entries));
    return (*hive)->commit();
}

QList<ProvisionDecision> Provisioner::registryDecisions(const ProvisioningJournal &journal) const
{
    if (journal.hive.isEmpty())
        return {ProvisionDecision::make(QStringLiteral("AppxAllUserStore"), false, DecisionText("registry.no-hive", {AllUserStore::hiveRelativePath()}))};
    const QString base = AllUserStore::baseKey();
    return {ProvisionDecision::make(base + QStringLiteral("\\Applications\\") + journal.app, true, DecisionText::code("registry.remove-key")),
            ProvisionDecision::make(base + QStringLiteral("\\Staged\\") + journal.appFamily, true, DecisionText::code("registry.remove-key")),
            ProvisionDecision::make(AllUserStore::deprovisionedKey(journal.appFamily), true, DecisionText::code("registry.deprovisioned"))};
}

Result<Provisioner::RemoveResult> Provisioner::remove(const QString &packageName, OperationContext *context) const
{
    auto list = readList();
    if (!list)
        return list.error();
    auto sidecar = readSidecar();
    if (!sidecar)
        return sidecar.error();
    const auto app = resolveApp(*list, packageName);
    if (!app)
        return app.error();
    RemoveResult result;
    auto decide = [&](const ProvisionDecision &d) {
        result.decisions << d;
        logDecision(context, d);
    };
    // The app's own entries: the app, and for a bundle its inner packages and resource packs.
    QSet<QString> removing{app->fullName.toLower()};
    decide(ProvisionDecision::make(app->fullName, true, DecisionText::code("remove.asked")));
    for (const ProvisionedPackage &p : list->packages()) {
        if (p.fullName.compare(app->fullName, Qt::CaseInsensitive) != 0 && app->isBundle() && (p.fromBundle() || p.isResource())
            && p.packageName().compare(app->packageName(), Qt::CaseInsensitive) == 0) {
            removing.insert(p.fullName.toLower());
            decide(ProvisionDecision::make(p.fullName, true, DecisionText("remove.bundle-member", {app->fullName})));
        }
    }
    // Dependencies that came with it: removed only when no other app needs them.
    for (const ProvisionDecision &d : RemovalRules::dependencies(dependencyRemovalInput(*list, *sidecar, app->fullName, removing))) {
        decide(d);
        if (d.included)
            removing.insert(d.package.toLower());
    }
    ProvisioningJournal journal;
    journal.app = app->fullName;
    journal.license = licenseOf(*sidecar, app->fullName);
    const auto appId = ProvisionedIdentity::fromFullName(app->fullName);
    journal.appFamily = appId ? appId->familyName() : QString();
    if (const QString hive = hiveFile(); !hive.isEmpty() && appId)
        journal.hive = QDir(m_image.root()).relativeFilePath(hive);
    for (const ProvisionedPackage &p : list->packages()) {
        if (!removing.contains(p.fullName.toLower()))
            continue;
        if (QFileInfo(QDir(windowsAppsFolder()).filePath(p.fullName)).isDir())
            journal.folders << p.fullName;
        result.removedEntries << p.fullName;
    }
    journal.entries = result.removedEntries;
    for (const QString &e : std::as_const(result.removedEntries))
        list->remove(e);
    for (const ProvisionDecision &d : registryDecisions(journal))
        decide(d);
    sidecar->remove(app->fullName);
    WB_TRY(applyRemove(journal, *list, *sidecar, result, context));
    return result;
}

Status Provisioner::applyRemove(const ProvisioningJournal &journal, const ProvisioningList &list, const ProvisioningSidecar &sidecar,
                                RemoveResult &result, OperationContext *context) const
{
    // A journal first, so that the next locked operation finishes what a killed remove began once
    // the list was saved (recoverInterruptedCommits); then the list (atomically), so that a failure
    // later leaves only unreferenced folders. Nothing after the list is undone.
    const QString journalPath = QDir(windowsAppsFolder()).filePath(OwnedTemporary::name(kRemovingPrefix, QStringLiteral(".json")));
    bool keepJournal = false; // for the next locked operation, which finishes the remove
    const auto removeJournal = qScopeGuard([&] {
        if (!keepJournal)
            QFile::remove(journalPath);
    });
    StepRunner steps(context);
    steps.add([&] { return journal.save(journalPath); });
    steps.add([&] { return list.save(listFile()); }, "remove.after-list");
    steps.add([&]() -> Status {
        const Status s = removeFromRegistry(journal);
        keepJournal = !s.ok();
        return s;
    }, "remove.after-hive");
    steps.add([&]() -> Status {
        if (QFileInfo::exists(sidecarFile()))
            WB_TRY(sidecar.save(sidecarFile()));
        if (!journal.license.isEmpty())
            QFile::remove(QDir(m_image.root()).filePath(journal.license));
        return {};
    });
    for (int i = 0; i < journal.folders.size(); ++i) {
        const QString folder = QDir(windowsAppsFolder()).filePath(journal.folders[i]);
        steps.add([&, folder, i]() -> Status {
            if (context)
                context->progress(Tr::tr("Removing package folders"), quint64(i), quint64(journal.folders.size()));
            WB_TRY(deleteFolder(folder));
            result.removedFolders << folder;
            return {};
        }, "remove.between-folders");
    }
    return steps.run();
}

} // namespace wb
