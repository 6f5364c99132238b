// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MountDirLock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::MountDirLock)
};
} // namespace

MountDirLock::~MountDirLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

Result<MountDirLock> MountDirLock::acquire(const QString &registryDirectory, const QString &mountDir)
{
    QDir().mkpath(registryDirectory);
    const QByteArray hash = QCryptographicHash::hash(QFile::encodeName(mountDir), QCryptographicHash::Sha1).toHex().left(16);
    const QByteArray path = QFile::encodeName(registryDirectory + QStringLiteral("/mount-")) + hash + ".lock";
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return Error::fromErrno(QStringLiteral("mount.registry-unwritable"),
                                Tr::tr("Could not open the lock file %1 of the mount registry. Check that you may write there.")
                                    .arg(QFile::decodeName(path)),
                                errno);
    int rc;
    do {
        rc = ::flock(fd, LOCK_EX | LOCK_NB);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        const int err = errno;
        ::close(fd);
        if (err == EWOULDBLOCK)
            return Error::make(QStringLiteral("mount.operation-in-progress"),
                               Tr::tr("Another WimBench process is saving, dismounting or remounting the image at %1 right now. "
                                      "Wait for it to finish and try again.")
                                   .arg(QDir::toNativeSeparators(mountDir)))
                .withRemedy(Remedy::Kind::ListMountedImages);
        return MountDirLock(-1); // a file system without flock: go on unlocked
    }
    return MountDirLock(fd);
}

} // namespace wb
