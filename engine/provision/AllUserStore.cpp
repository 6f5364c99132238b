// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllUserStore.h"
#include "Applicability.h"

#include "registry/Hive.h"
#include "registry/ImageHives.h"

namespace wb::AllUserStore {
namespace {
QString sub(const QString &a, const QString &b)
{
    return a + QLatin1Char('\\') + b;
}
} // namespace

QString hiveRelativePath()
{
    return ImageHives::relativePath(ImageHives::Kind::Software);
}

QString baseKey()
{
    return QStringLiteral("Microsoft\\Windows\\CurrentVersion\\Appx\\AppxAllUserStore");
}

QString manifestPath(const QString &fullName, bool bundle)
{
    return QStringLiteral("%SYSTEMDRIVE%\\Program Files\\WindowsApps\\") + fullName
        + (bundle ? QStringLiteral("\\AppxMetadata\\AppxBundleManifest.xml") : QStringLiteral("\\AppxManifest.xml"));
}

QString deprovisionedKey(const QString &familyName)
{
    return sub(sub(baseKey(), QStringLiteral("Deprovisioned")), familyName);
}

QList<AllUserStoreKey> keysForAdd(const AllUserStorePackage &app, const QStringList &dependencies, const QList<AllUserStorePackage> &set)
{
    const QString applications = sub(sub(baseKey(), QStringLiteral("Applications")), app.fullName);
    QList<AllUserStoreKey> keys{{applications, manifestPath(app.fullName, app.bundle)}};
    for (const QString &d : dependencies)
        keys << AllUserStoreKey{sub(applications, d), manifestPath(d, false)};
    for (const AllUserStorePackage &p : set)
        keys << AllUserStoreKey{sub(sub(sub(baseKey(), QStringLiteral("Staged")), p.familyName), p.fullName), manifestPath(p.fullName, p.bundle)};
    return keys;
}

Result<QStringList> registeredApps(const Hive &hive)
{
    auto key = hive.findKey(sub(baseKey(), QStringLiteral("Applications")));
    if (!key)
        return key.error();
    if (!*key)
        return QStringList();
    return hive.subkeyNames(**key);
}

Status applyAdd(Hive &hive, const QList<AllUserStoreKey> &keys, const QString &appFamily)
{
    for (const AllUserStoreKey &k : keys) {
        auto key = hive.createKey(k.key);
        if (!key)
            return key.error();
        if (!k.path.isEmpty())
            WB_TRY(hive.setValue(*key, RegistryValue::string(QStringLiteral("Path"), k.path)));
    }
    auto deleted = hive.deleteKey(deprovisionedKey(appFamily));
    if (!deleted)
        return deleted.error();
    return {};
}

Status applyRemove(Hive &hive, const QString &app, const QString &appFamily, const QStringList &removedEntries)
{
    const QString staged = sub(baseKey(), QStringLiteral("Staged"));
    QStringList deletions{sub(sub(baseKey(), QStringLiteral("Applications")), app), sub(staged, appFamily)};
    QStringList families;
    for (const QString &e : removedEntries) {
        if (const auto id = ProvisionedIdentity::fromFullName(e)) {
            deletions << sub(sub(staged, id->familyName()), e);
            families << id->familyName();
        }
    }
    for (const QString &k : deletions) {
        auto deleted = hive.deleteKey(k);
        if (!deleted)
            return deleted.error();
    }
    for (const QString &f : families) {
        auto key = hive.findKey(sub(staged, f));
        if (!key)
            return key.error();
        auto children = *key ? hive.subkeyNames(**key) : Result<QStringList>(QStringList());
        if (!children)
            return children.error();
        if (*key && children->isEmpty())
            WB_TRY(hive.deleteKey(sub(staged, f)));
    }
    auto created = hive.createKey(deprovisionedKey(appFamily));
    if (!created)
        return created.error();
    return {};
}

} // namespace wb::AllUserStore
