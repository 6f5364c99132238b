// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServicingStore.h"
#include "ImageHive.h"
#include "MumManifest.h"

#include "core/Operation.h"
#include "core/FileTime.h"
#include "core/ImagePath.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ServicingStore)
};
/// FILETIME from its two halves.
QDateTime fileTime(std::optional<quint32> high, std::optional<quint32> low)
{
    if (!high || !low)
        return {};
    return fileTimeToUtc((quint64(*high) << 32) | *low);
}

void applyRegistry(const Hive &software, CbsPackage &p)
{
    const QString key = ServicingStore::registryKey() + u'\\' + p.identity;
    p.currentState = ImageHive::dword(software, key, QStringLiteral("CurrentState"));
    p.visibility = ImageHive::dword(software, key, QStringLiteral("Visibility"));
    p.installTime = fileTime(ImageHive::dword(software, key, QStringLiteral("InstallTimeHigh")),
                             ImageHive::dword(software, key, QStringLiteral("InstallTimeLow")));
    for (CbsFeature &f : p.features)
        f.state = ImageHive::dword(software, key + QStringLiteral("\\Updates"), f.name);
    for (CbsCapability &c : p.capabilities)
        c.state = p.currentState;
}

} // namespace

Result<QList<CbsPackage>> ServicingStore::scan(const QString &root, OperationContext &context, QStringList *problems)
{
    QList<CbsPackage> packages;
    auto software = ImageHive::open(root, ImageHives::Kind::Software);
    if (!software)
        return software.error();
    const QString folder = ImagePath::resolve(root, packagesFolder());
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.mum")}, QDir::Files, QDir::Name | QDir::IgnoreCase);
    quint64 done = 0;
    for (const QString &file : files) {
        if (context.isCancelled())
            return Error::cancelled();
        context.progress(Tr::tr("Reading package manifests"), done++, quint64(files.size()));
        const QString relative = packagesFolder() + u'/' + file;
        auto package = MumManifest::load(folder + u'/' + file, relative);
        if (!package) {
            context.warning(package.error().logLine());
            if (problems)
                *problems << package.error().message;
            continue;
        }
        package->manifestPath = relative;
        if (*software)
            applyRegistry(**software, *package);
        packages << *package;
    }
    return packages;
}

} // namespace wb
