// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileWriteGuard.h"

#include "OwnedTemporary.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wb {

FileWriteLock::~FileWriteLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool FileWriteLock::acquire(const QString &path)
{
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
    if (m_fd < 0)
        return true;
    struct flock fl = {};
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    fl.l_len = 1; // byte 0 only: byte 1 is FileContentLock's (readers share it while a writer prepares)
    if (::fcntl(m_fd, F_OFD_SETLK, &fl) == 0)
        return true;
    const int err = errno;
    ::close(m_fd);
    m_fd = -1;
    return err != EAGAIN && err != EACCES;
}

std::pair<qint64, qint64> fileVersion(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {-1, -1};
    return {qint64(st.st_size), qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

namespace {
QString temporaryPrefix(const QFileInfo &finalPath)
{
    return QStringLiteral(".%1.wimbench-").arg(finalPath.fileName());
}
} // namespace

void removeStaleTemporaries(const QFileInfo &finalPath, OperationContext &context, const QString &what)
{
    const QString prefix = temporaryPrefix(finalPath);
    const QFileInfoList entries = finalPath.absoluteDir().entryInfoList({prefix + QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &fi : entries) {
        if (!OwnedTemporary::ownerGone(fi.absoluteFilePath(), prefix))
            continue;
        context.decision(QStringLiteral("Removing %1, left by %2 that was interrupted").arg(fi.absoluteFilePath(), what));
        QFile::remove(fi.absoluteFilePath());
    }
}

QString temporaryBeside(const QFileInfo &finalPath)
{
    return finalPath.absoluteDir().filePath(OwnedTemporary::name(temporaryPrefix(finalPath), QStringLiteral(".tmp")));
}

TemporaryFile::~TemporaryFile()
{
    if (!keep && !path.isEmpty())
        QFile::remove(path);
}

int replaceWithTemporary(const QString &temporary, const QString &finalPath)
{
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(finalPath);
    struct stat st;
    if (::stat(to.constData(), &st) == 0)
        ::chmod(from.constData(), st.st_mode & 07777);
    if (::rename(from.constData(), to.constData()) != 0)
        return errno;
    const int dir = ::open(QFile::encodeName(QFileInfo(finalPath).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return 0;
}

} // namespace wb
