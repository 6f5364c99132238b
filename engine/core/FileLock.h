// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <fcntl.h>
#include <sys/types.h>

namespace wb {

/// The one advisory file lock of the engine: flock(2) on a whole file, or an OFD byte-range lock
/// (fcntl F_OFD_SETLK/F_OFD_SETLKW, Linux's open-file-description locks: two threads of one
/// process exclude each other as two processes do). Shared or exclusive, waiting or not; a wait
/// interrupted by a signal (EINTR) is resumed. Both kinds belong to the open file description, so
/// two FileLocks on the same file conflict even inside one process. The lock and its descriptor
/// are owned: move-only, released (unlocked, then closed) when destroyed. Used on one thread at a
/// time. docs/ARCHITECTURE.md lists its named uses.
class FileLock
{
public:
    enum class Kind { Flock, OfdRange };
    enum class Mode { Shared, Exclusive };
    enum class Wait { Block, DontWait };

    struct Options
    {
        Mode mode = Mode::Exclusive;
        Wait wait = Wait::Block;
        Kind kind = Kind::Flock;
        off_t start = 0;                  ///< OfdRange only: first byte
        off_t length = 0;                 ///< OfdRange only: bytes covered (0: to the end of the file, however large)
        int openFlags = O_RDWR | O_CREAT; ///< O_CLOEXEC is always added
        mode_t createMode = 0644;
    };

    /// Codes of the errors acquire() returns; the error's detail holds the errno text.
    static constexpr const char *BusyCode = "file.lock-busy";               ///< DontWait and another holder conflicts
    static constexpr const char *OpenFailedCode = "file.lock-open-failed";  ///< the file could not be opened
    static constexpr const char *UnsupportedCode = "file.lock-unsupported"; ///< the file system refuses this kind of lock

    FileLock() = default;
    FileLock(FileLock &&other) noexcept;
    FileLock &operator=(FileLock &&other) noexcept;
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    ~FileLock();

    /// Opens `path` with options.openFlags and locks it.
    static Result<FileLock> acquire(const QString &path, const Options &options);
    /// Locks the open file description of `fd` through a duplicate of it (the caller keeps `fd`);
    /// released when the FileLock is destroyed, even though `fd` stays open.
    static Result<FileLock> acquireOn(int fd, const Options &options);

    /// Turns a held lock into `mode` (flock converts in place, not atomically; an OFD lock is
    /// replaced on the same range). On failure the previous lock is kept when the kernel kept it.
    Status relock(Mode mode, Wait wait);
    /// Unlocks and closes early (the destructor does it otherwise).
    void release();

    bool isLocked() const { return m_fd >= 0; }
    /// The locked descriptor (e.g. to fstat or touch the file), -1 when empty.
    int fd() const { return m_fd; }
    const QString &path() const { return m_path; }

    /// True when `error` (from acquire) only says another holder has the lock.
    static bool isBusy(const Error &error);

private:
    FileLock(int fd, QString path, const Options &options);
    /// 0 or the errno of the lock call, EINTR retried.
    int apply(int type, Wait wait) const;

    int m_fd = -1;
    QString m_path;
    Options m_options;
};

} // namespace wb
