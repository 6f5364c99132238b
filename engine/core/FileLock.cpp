// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <sys/file.h>
#include <unistd.h>

#include <utility>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::FileLock)
};

/// flock's operation for an fcntl lock type (F_RDLCK, F_WRLCK or F_UNLCK).
int flockOperation(int type, FileLock::Wait wait)
{
    const int op = type == F_UNLCK ? LOCK_UN : (type == F_RDLCK ? LOCK_SH : LOCK_EX);
    return wait == FileLock::Wait::DontWait ? op | LOCK_NB : op;
}

int lockType(FileLock::Mode mode)
{
    return mode == FileLock::Mode::Shared ? F_RDLCK : F_WRLCK;
}

bool isBusyErrno(int err)
{
    return err == EWOULDBLOCK || err == EAGAIN || err == EACCES;
}

Error lockError(const QString &path, int err)
{
    const QString shown = path;
    if (isBusyErrno(err))
        return Error::fromErrno(QLatin1StringView(FileLock::BusyCode),
                                Tr::tr("The file %1 is locked by another operation. Wait for it to finish and try again.").arg(shown), err);
    return Error::fromErrno(QLatin1StringView(FileLock::UnsupportedCode),
                            Tr::tr("The file %1 could not be locked; its file system may not support locks.").arg(shown), err);
}
} // namespace

FileLock::FileLock(int fd, QString path, const Options &options) : m_fd(fd), m_path(std::move(path)), m_options(options)
{
}

FileLock::FileLock(FileLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_path(std::move(other.m_path)), m_options(other.m_options)
{
}

FileLock &FileLock::operator=(FileLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
        m_path = std::move(other.m_path);
        m_options = other.m_options;
    }
    return *this;
}

FileLock::~FileLock()
{
    release();
}

void FileLock::release()
{
    if (m_fd < 0)
        return;
    apply(F_UNLCK, Wait::Block); // needed when the description is shared (acquireOn)
    ::close(m_fd);
    m_fd = -1;
}

int FileLock::apply(int type, Wait wait) const
{
    int rc;
    if (m_options.kind == Kind::Flock) {
        const int op = flockOperation(type, wait);
        while ((rc = ::flock(m_fd, op)) != 0 && errno == EINTR) {}
    } else {
        struct flock fl = {};
        fl.l_type = short(type);
        fl.l_whence = SEEK_SET;
        fl.l_start = m_options.start;
        fl.l_len = m_options.length;
        const int cmd = wait == Wait::Block ? F_OFD_SETLKW : F_OFD_SETLK;
        while ((rc = ::fcntl(m_fd, cmd, &fl)) != 0 && errno == EINTR) {}
    }
    return rc == 0 ? 0 : errno;
}

Result<FileLock> FileLock::acquire(const QString &path, const Options &options)
{
    int fd;
    while ((fd = ::open(QFile::encodeName(path).constData(), options.openFlags | O_CLOEXEC, options.createMode)) < 0 && errno == EINTR) {}
    if (fd < 0)
        return Error::fromErrno(QLatin1StringView(OpenFailedCode),
                                Tr::tr("Could not open %1 to lock it. Check that it exists and that you may write there.").arg(path),
                                errno);
    FileLock lock(fd, path, options);
    if (const int err = lock.apply(lockType(options.mode), options.wait); err != 0) {
        ::close(std::exchange(lock.m_fd, -1)); // nothing held: just close
        return lockError(path, err);
    }
    return lock;
}

Result<FileLock> FileLock::acquireOn(int fd, const Options &options)
{
    const int copy = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (copy < 0)
        return Error::fromErrno(QLatin1StringView(OpenFailedCode), Tr::tr("Could not lock an open file."), errno);
    FileLock lock(copy, QString(), options);
    if (const int err = lock.apply(lockType(options.mode), options.wait); err != 0) {
        ::close(std::exchange(lock.m_fd, -1)); // do not unlock: `fd` may hold the lock itself
        return lockError(QString(), err);
    }
    return lock;
}

Status FileLock::relock(Mode mode, Wait wait)
{
    if (m_fd < 0)
        return lockError(m_path, EBADF);
    if (const int err = apply(lockType(mode), wait); err != 0)
        return lockError(m_path, err);
    m_options.mode = mode;
    return {};
}

bool FileLock::isBusy(const Error &error)
{
    return error.code == QLatin1StringView(BusyCode);
}

} // namespace wb
