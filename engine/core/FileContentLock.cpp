// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileContentLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::FileContentLock)
};

/// The byte this lock covers; FileWriteLock covers byte 0.
constexpr off_t kContentByte = 1;
constexpr int kPollMs = 20;

/// 0 when granted, EAGAIN/EACCES while another holder conflicts, another errno when OFD locks
/// cannot be used here.
int tryLock(int fd, FileContentLock::Mode mode)
{
    struct flock fl = {};
    fl.l_type = mode == FileContentLock::Mode::Read ? F_RDLCK : F_WRLCK;
    fl.l_whence = SEEK_SET;
    fl.l_start = kContentByte;
    fl.l_len = 1;
    return ::fcntl(fd, F_OFD_SETLK, &fl) == 0 ? 0 : errno;
}

QString waitingStage(const QString &path, FileContentLock::Mode mode)
{
    const QString shown = QDir::toNativeSeparators(path);
    return mode == FileContentLock::Mode::Read
               ? Tr::tr("Waiting for another WimBench operation to finish writing %1").arg(shown)
               : Tr::tr("Waiting for other WimBench operations to finish reading %1").arg(shown);
}
} // namespace

FileContentLock::~FileContentLock()
{
    release();
}

void FileContentLock::release()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

Status FileContentLock::acquire(const QString &path, Mode mode, OperationContext *context)
{
    release();
    const int openMode = (mode == Mode::Read ? O_RDONLY : O_RDWR) | O_CLOEXEC;
    m_fd = ::open(QFile::encodeName(path).constData(), openMode);
    if (m_fd < 0)
        return {};
    bool reported = false;
    for (;;) {
        const int err = tryLock(m_fd, mode);
        if (err == 0)
            return {};
        if (err != EAGAIN && err != EACCES) { // no OFD locks on this file system: read unprotected
            release();
            return {};
        }
        if (context && context->isCancelled()) {
            release();
            return Error::cancelled();
        }
        if (context && !reported) {
            context->progress(waitingStage(path, mode), 0, 0);
            reported = true;
        }
        QThread::msleep(kPollMs);
    }
}

} // namespace wb
