// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileWriteGuard.h"
#include "DeferredRemoval.h"

#include "OwnedTemporary.h"
#include "RenameNoReplace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wb {

bool FileWriteLock::acquire(const QString &path)
{
    FileLock::Options options;
    options.kind = FileLock::Kind::OfdRange;
    options.length = 1; // byte 0 only: byte 1 is FileContentLock's (readers share it while a writer prepares)
    options.wait = FileLock::Wait::DontWait;
    options.openFlags = O_RDWR;
    auto lock = FileLock::acquire(path, options);
    if (lock)
        m_lock = std::move(*lock);
    else
        m_lock.release();
    // Not openable for writing, or no OFD locks here: not locked, and not refused for it.
    return lock || !FileLock::isBusy(lock.error());
}

std::pair<qint64, qint64> fileVersion(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {-1, -1};
    return {qint64(st.st_size), qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::FileWriteGuard)
};

QString temporaryPrefix(const QFileInfo &finalPath)
{
    return QStringLiteral(".%1.wimbench-").arg(finalPath.fileName());
}

/// fsync of the folder holding `path`, so a rename in it survives a crash. Best effort: a folder
/// that cannot be synced (some FUSE file systems) only loses durability.
void syncFolderOf(const QString &path)
{
    const int dir = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

/// Creates `path` (which must not exist) with `bytes`, synced to disk when `sync`; 0 or an errno value.
int writeAndSync(const QString &path, const QByteArray &bytes, bool sync)
{
    int fd;
    while ((fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666)) < 0 && errno == EINTR) {}
    if (fd < 0)
        return errno;
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    int err = 0;
    while (left > 0 && err == 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0 && errno != EINTR)
            err = errno;
        else if (n > 0) {
            p += n;
            left -= n;
        }
    }
    if (err == 0 && sync && ::fsync(fd) != 0 && errno != EINVAL && errno != ENOTSUP && errno != ENOSYS) // those: cannot sync here
        err = errno;
    if (::close(fd) != 0 && err == 0 && errno != EINTR)
        err = errno;
    return err;
}

Error writeFailed(const QString &path, const QString &step, int err)
{
    const Error cause = Error::fromErrno(QString(), QString(), err);
    return Error::make(err == EEXIST ? QStringLiteral("file.exists") : QStringLiteral("file.write-failed"),
                       err == EEXIST ? Tr::tr("%1 already exists and was left as it is.").arg(path)
                                     : Tr::tr("%1 could not be written; its previous content is unchanged. Check free space and "
                                              "permissions of its folder.")
                                           .arg(path),
                       step + QStringLiteral(": ") + cause.detail);
}
} // namespace

void removeStaleTemporaries(const QFileInfo &finalPath, OperationContext &context, const QString &what)
{
    const QString prefix = temporaryPrefix(finalPath);
    const QFileInfoList entries = finalPath.absoluteDir().entryInfoList(
        {prefix + QStringLiteral("*.tmp"), prefix + QStringLiteral("*.old")}, QDir::Files | QDir::Hidden);
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

namespace {
/// rename(2) of `temporary` over `finalPath` with the permissions of the file it replaces; 0 or an errno value.
int renameOver(const QString &temporary, const QString &finalPath)
{
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(finalPath);
    struct stat st;
    if (::stat(to.constData(), &st) == 0)
        ::chmod(from.constData(), st.st_mode & 07777);
    return ::rename(from.constData(), to.constData()) != 0 ? errno : 0;
}
} // namespace

int replaceWithTemporary(const QString &temporary, const QString &finalPath)
{
    if (const int err = renameOver(temporary, finalPath))
        return err;
    syncFolderOf(finalPath);
    return 0;
}

namespace {
/// With DeferredRemoval enabled: a second link `.<name>.wimbench-<pid>-<hex>.old` to the file at
/// `path`, so replacing it frees nothing now; empty when there is nothing to link (or it failed).
QString linkAside(const QString &path)
{
    if (!DeferredRemoval::isEnabled())
        return {};
    const QFileInfo info(path);
    const QString aside = info.absoluteDir().filePath(OwnedTemporary::name(temporaryPrefix(info), QStringLiteral(".old")));
    return ::link(QFile::encodeName(path).constData(), QFile::encodeName(aside).constData()) == 0 ? aside : QString();
}
} // namespace

Status writeFileAtomically(const QString &path, const QByteArray &bytes, ExistingFile existing, Durability durability, OldVersion old)
{
    const bool sync = durability == Durability::Synced;
    TemporaryFile temporary;
    temporary.path = temporaryBeside(QFileInfo(path));
    if (const int err = writeAndSync(temporary.path, bytes, sync))
        return writeFailed(path, QStringLiteral("writing the temporary file %1").arg(temporary.path), err);
    const QString aside = existing == ExistingFile::Replace && old == OldVersion::RemoveAfterReport ? linkAside(path) : QString();
    const int err = existing == ExistingFile::Replace ? renameOver(temporary.path, path) : renameNoReplace(temporary.path, path);
    if (!aside.isEmpty() && err == 0)
        DeferredRemoval::add(aside);
    else if (!aside.isEmpty())
        QFile::remove(aside); // the rename failed: the old version is still the file itself
    if (err)
        return writeFailed(path, QStringLiteral("renaming it into place"), err);
    if (sync)
        syncFolderOf(path);
    temporary.keep = true;
    return {};
}

} // namespace wb
