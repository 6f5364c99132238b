// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wb {

class Hive;

/// One key provisioning writes below the image's SOFTWARE hive, and its `Path` value (REG_SZ;
/// empty: a key without values, such as `Deprovisioned\<FamilyName>`).
struct AllUserStoreKey
{
    QString key;  ///< relative to the hive root, backslash separated
    QString path; ///< the literal `%SYSTEMDRIVE%\Program Files\WindowsApps\...` (never expanded)

    bool operator==(const AllUserStoreKey &) const = default;
};

/// A package of the set an add writes, as the registry sees it.
struct AllUserStorePackage
{
    QString fullName;
    QString familyName;
    bool bundle = false;
};

/// What Windows reads at first logon to install provisioned apps for each new user: SOFTWARE
/// `Microsoft\Windows\CurrentVersion\Appx\AppxAllUserStore` (offline-provisioning.md, "Registry";
/// engine/provision/README.md cites the sources). Pure functions that say which keys an add writes
/// and a remove deletes, and the two that change an open hive. Any thread.
namespace AllUserStore {

/// "Windows/System32/config/SOFTWARE" below the image root.
QString hiveRelativePath();
/// "Microsoft\Windows\CurrentVersion\Appx\AppxAllUserStore".
QString baseKey();
/// `%SYSTEMDRIVE%\Program Files\WindowsApps\<FullName>\AppxManifest.xml`, or for a bundle
/// `...\<FullName>\AppxMetadata\AppxBundleManifest.xml`.
QString manifestPath(const QString &fullName, bool bundle);

/// The keys an add writes, in order: `Applications\<app>` (the bundle, or the standalone main
/// package) with Path, one `Applications\<app>\<dependency>` per dependency with its Path, and
/// `Staged\<FamilyName>\<FullName>` with Path for every package of the set.
QList<AllUserStoreKey> keysForAdd(const AllUserStorePackage &app, const QStringList &dependencies, const QList<AllUserStorePackage> &set);
/// `Deprovisioned\<FamilyName>`.
QString deprovisionedKey(const QString &familyName);

/// The subkey names of `Applications` (the apps Windows installs for new users); empty without it.
Result<QStringList> registeredApps(const Hive &hive);

/// Writes `keys` (creating missing parents) and deletes `Deprovisioned\<appFamily>`. Does not commit.
Status applyAdd(Hive &hive, const QList<AllUserStoreKey> &keys, const QString &appFamily);
/// Deletes `Applications\<app>`, `Staged\<appFamily>` and `Staged\<family of e>\<e>` for each
/// removed entry `e` (and a Staged family key left empty), then writes the empty
/// `Deprovisioned\<appFamily>`. Idempotent (the recovery of a killed remove runs it again). Does not commit.
Status applyRemove(Hive &hive, const QString &app, const QString &appFamily, const QStringList &removedEntries);

} // namespace AllUserStore
} // namespace wb
