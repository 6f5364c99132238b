// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileContentLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QThread>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::FileContentLock)
};

/// The byte this lock covers; FileWriteLock covers byte 0.
constexpr off_t kContentByte = 1;
constexpr int kPollMs = 20;

FileLock::Options contentOptions(FileContentLock::Mode mode)
{
    FileLock::Options options;
    options.kind = FileLock::Kind::OfdRange;
    options.start = kContentByte;
    options.length = 1;
    options.wait = FileLock::Wait::DontWait;
    const bool read = mode == FileContentLock::Mode::Read;
    options.mode = read ? FileLock::Mode::Shared : FileLock::Mode::Exclusive;
    options.openFlags = read ? O_RDONLY : O_RDWR;
    return options;
}

QString waitingStage(const QString &path, FileContentLock::Mode mode)
{
    const QString shown = path;
    return mode == FileContentLock::Mode::Read
               ? Tr::tr("Waiting for another WimBench operation to finish writing %1").arg(shown)
               : Tr::tr("Waiting for other WimBench operations to finish reading %1").arg(shown);
}
} // namespace

void FileContentLock::release()
{
    m_lock.release();
}

Status FileContentLock::acquire(const QString &path, Mode mode, OperationContext *context)
{
    release();
    bool reported = false;
    for (;;) {
        auto lock = FileLock::acquire(path, contentOptions(mode));
        if (lock) {
            m_lock = std::move(*lock);
            return {};
        }
        // A file that cannot be opened, or no OFD locks on this file system: read unprotected.
        if (!FileLock::isBusy(lock.error()))
            return {};
        if (context && context->isCancelled())
            return Error::cancelled();
        if (context && !reported) {
            context->progress(waitingStage(path, mode), 0, 0);
            reported = true;
        }
        QThread::msleep(kPollMs);
    }
}

} // namespace wb
