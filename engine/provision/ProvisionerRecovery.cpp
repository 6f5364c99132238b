// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Provisioner: recovery of adds and removes whose process was killed (docs/FAULTS.md).
#include "Provisioner.h"
#include "ProvisionSupport.h"
#include "ProvisioningJournal.h"

#include "core/OwnedTemporary.h"
#include "registry/HiveFile.h"
#include "servicelog/Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wb {
using namespace ProvisionSupport;

namespace {
const QString kComponent = QStringLiteral("PROVISION");
} // namespace

int Provisioner::recoverInterruptedCommits(bool exclusive) const
{
    const QString apps = windowsAppsFolder();
    int recovered = 0;
    // A commit of the SOFTWARE hive killed before its rename leaves a temporary file beside it.
    if (const QString hive = hiveFile(); !hive.isEmpty())
        HiveFile::removeStaleTemporaries(hive);
    const QFileInfoList entries = QDir(apps).entryInfoList({kStagingPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &fi : entries) {
        // Under the image's flock no other provisioning runs, so every staging folder is a leftover
        // (also those of older versions, named without a pid); without flock only those whose
        // owner is gone.
        if (fi.isSymLink() || (!exclusive && !OwnedTemporary::ownerGone(fi.absoluteFilePath(), kStagingPrefix)))
            continue;
        if (recoverAdd(fi.absoluteFilePath()))
            ++recovered;
    }

    // Removes: a journal `.wimbench-removing-<pid>-<hex>.json` and folders being deleted
    // `.wimbench-removing-<pid>-<hex>`. When the list no longer names the app the remove is
    // finished (sidecar, license, folders); otherwise it had not begun and only the journal goes.
    const QFileInfoList removing = QDir(apps).entryInfoList({kRemovingPrefix + QLatin1Char('*')},
                                                            QDir::Dirs | QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &fi : removing) {
        const QString path = fi.absoluteFilePath();
        if (fi.isSymLink() || (!exclusive && !OwnedTemporary::ownerGone(path, kRemovingPrefix)))
            continue;
        if (fi.isDir()) {
            Log::info(kComponent, QStringLiteral("Deleting %1, left by a remove that was interrupted").arg(path));
            QDir(path).removeRecursively();
            ++recovered;
        } else if (recoverRemove(path)) {
            ++recovered;
        }
    }
    return recovered;
}

bool Provisioner::recoverAdd(const QString &staging) const
{
    const auto journal = ProvisioningJournal::load(QDir(staging).filePath(kJournalFile));
    if (!journal) {
        Log::info(kComponent, QStringLiteral("Removing %1, left by a provisioning that was interrupted before anything moved").arg(staging));
        QDir(staging).removeRecursively();
        return true;
    }
    auto list = readList();
    if (!list) {
        Log::error(kComponent,
                   QStringLiteral("Cannot recover the interrupted provisioning in %1: %2").arg(staging, list.error().logLine()));
        return false;
    }
    if (!journal->app.isEmpty() && list->contains(journal->app))
        Log::info(kComponent, QStringLiteral("%1 was provisioned completely before its process ended; removing its staging folder %2").arg(journal->app, staging));
    else
        undoAdd(*journal, staging);
    QDir(staging).removeRecursively();
    return true;
}

void Provisioner::undoAdd(const ProvisioningJournal &journal, const QString &staging) const
{
    // Killed before AppxProvisioning.xml was written: undo in reverse order.
    Log::warning(kComponent, QStringLiteral("Undoing the interrupted provisioning of %1 (staging folder %2)").arg(journal.app, staging));
    const QDir root(m_image.root());
    restoreFile(sidecarFile(), journal.sidecarExisted, journal.sidecar);
    if (!journal.license.isEmpty()) {
        const QString target = root.filePath(journal.license);
        const QString backup = QDir(staging).filePath(QStringLiteral("license.old"));
        if (QFileInfo::exists(backup))
            renameQuietly(backup, target);
        else if (!QFileInfo::exists(QDir(staging).filePath(QStringLiteral("license.tmp"))))
            QFile::remove(target);
    }
    const QString hiveBackup = QDir(staging).filePath(kHiveBackup);
    if (!journal.hive.isEmpty() && !journal.hive.contains(QLatin1String("..")) && QFileInfo::exists(hiveBackup))
        renameQuietly(hiveBackup, root.filePath(journal.hive));
    const QString apps = windowsAppsFolder();
    for (const QString &name : journal.folders) {
        if (!ProvisioningJournal::isPlainFolderName(name))
            continue;
        const QString inPlace = QDir(apps).filePath(name);
        const QString inStaging = QDir(staging).filePath(name);
        if (QFileInfo::exists(inPlace) && !QFileInfo::exists(inStaging))
            renameQuietly(inPlace, inStaging);
    }
    for (const QString &folder : journal.createdFolders)
        QDir().rmdir(root.filePath(folder)); // only when empty
}

bool Provisioner::recoverRemove(const QString &path) const
{
    const auto journal = ProvisioningJournal::load(path);
    if (!journal)
        return false;
    auto list = readList();
    if (!list) {
        Log::error(kComponent, QStringLiteral("Cannot recover the interrupted remove in %1: %2").arg(path, list.error().logLine()));
        return false;
    }
    if (!journal->app.isEmpty() && !list->contains(journal->app)) {
        Log::warning(kComponent, QStringLiteral("Finishing the interrupted remove of %1 (%2)").arg(journal->app, path));
        if (const Status s = removeFromRegistry(*journal); !s.ok()) {
            Log::error(
                kComponent,
                QStringLiteral("Cannot finish the interrupted remove of %1 in the registry: %2").arg(journal->app, s.error().logLine()));
            return false;
        }
        if (auto sidecar = readSidecar(); sidecar && sidecar->find(journal->app)) {
            sidecar->remove(journal->app);
            (void)sidecar->save(sidecarFile());
        }
        if (!journal->license.isEmpty() && !journal->license.contains(QLatin1String("..")))
            QFile::remove(QDir(m_image.root()).filePath(journal->license));
        for (const QString &name : journal->folders) {
            if (ProvisioningJournal::isPlainFolderName(name) && !list->contains(name))
                QDir(QDir(windowsAppsFolder()).filePath(name)).removeRecursively();
        }
    }
    QFile::remove(path);
    return true;
}

} // namespace wb
