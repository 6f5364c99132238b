// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MountDirLock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::MountDirLock)
};
} // namespace

Result<MountDirLock> MountDirLock::acquire(const QString &registryDirectory, const QString &mountDir)
{
    QDir().mkpath(registryDirectory);
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(QFile::encodeName(mountDir), QCryptographicHash::Sha1).toHex().left(16));
    const QString path = registryDirectory + QStringLiteral("/mount-") + hash + QStringLiteral(".lock");
    FileLock::Options options;
    options.wait = FileLock::Wait::DontWait;
    auto lock = FileLock::acquire(path, options);
    if (lock)
        return MountDirLock(std::move(*lock));
    if (lock.error().code == QLatin1StringView(FileLock::OpenFailedCode))
        return Error::make(QStringLiteral("mount.registry-unwritable"),
                           Tr::tr("Could not open the lock file %1 of the mount registry. Check that you may write there.").arg(path),
                           lock.error().detail);
    if (FileLock::isBusy(lock.error()))
        return Error::make(QStringLiteral("mount.operation-in-progress"),
                           Tr::tr("Another WimBench process is saving, dismounting or remounting the image at %1 right now. "
                                  "Wait for it to finish and try again.")
                               .arg(mountDir))
            .withRemedy(Remedy::Kind::ListMountedImages);
    return MountDirLock(FileLock()); // a file system without flock: go on unlocked
}

} // namespace wb
