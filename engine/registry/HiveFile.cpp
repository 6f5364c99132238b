// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HiveFile.h"

#include "core/FaultPoint.h"
#include "core/OwnedTemporary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wb::HiveFile {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::Hive)
};

constexpr qint64 BaseBlockSize = 0x1000;

/// fsync() of a file or folder opened read-only; 0 or an errno value.
int syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int err = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return err;
}
} // namespace

Error commitFailed(const QString &hivePath, int err)
{
    return Error::fromErrno(QStringLiteral("registry.commit-failed"),
                            Tr::tr("The registry hive %1 could not be written, so it was left unchanged. Check that its folder is "
                                   "writable and the disk has free space, then try again.")
                                .arg(hivePath),
                            err);
}

Error corrupt(const QString &path, const QString &what, const QString &detail)
{
    return Error::make(QStringLiteral("registry.corrupt"),
                       Tr::tr("%1 is not a usable registry hive: %2. The image's registry is damaged or the file is not a hive; "
                              "restore this file from a good copy of the image, or use another image.")
                           .arg(path, what),
                       detail);
}

Result<Header> readHeader(const QString &path)
{
    if (QFileInfo(path).isSymLink())
        return Error::make(QStringLiteral("registry.open-failed"),
                           Tr::tr("The registry hive %1 is a symbolic link; the hives of an image are regular files, so it is not "
                                  "followed. Replace the link with the hive file.")
                               .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            QStringLiteral("registry.open-failed"),
            Tr::tr("The registry hive %1 cannot be read: %2. Check that the file exists and is readable.").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return corrupt(path, Tr::tr("the file is empty"));
    const QByteArray base = file.read(BaseBlockSize);
    if (!base.startsWith("regf"))
        return corrupt(path, Tr::tr("it does not start with the \"regf\" signature of a hive"));
    if (size < 2 * BaseBlockSize)
        return corrupt(path, Tr::tr("the file is only %1 bytes long, too short for a header and one hive bin (it was truncated)").arg(size));
    const quint32 major = qFromLittleEndian<quint32>(base.constData() + 0x14);
    if (major != 1)
        return corrupt(path, Tr::tr("its format version is %1, not 1").arg(major));
    const quint64 binsEnd = BaseBlockSize + quint64(qFromLittleEndian<quint32>(base.constData() + 0x28));
    if (binsEnd > quint64(size))
        return corrupt(path, Tr::tr("the file is %1 bytes long but its header says its data ends at byte %2 (the file was truncated)")
                                 .arg(size)
                                 .arg(binsEnd));
    return Header{qFromLittleEndian<quint32>(base.constData() + 0x04), qFromLittleEndian<quint32>(base.constData() + 0x08)};
}

QString temporaryPrefix(const QString &hivePath)
{
    return QLatin1Char('.') + QFileInfo(hivePath).fileName() + QStringLiteral(".wimbench-");
}

void removeStaleTemporaries(const QString &hivePath)
{
    const QFileInfo info(hivePath);
    const QString prefix = temporaryPrefix(hivePath);
    const QDir dir = info.absoluteDir();
    const QStringList names = dir.entryList({prefix + QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const QString full = dir.filePath(name);
        if (OwnedTemporary::ownerGone(full, prefix))
            QFile::remove(full);
    }
}

Status finishTemporary(const QString &temporary, const QString &hivePath)
{
    struct stat st;
    if (::stat(QFile::encodeName(hivePath).constData(), &st) == 0)
        ::chmod(QFile::encodeName(temporary).constData(), st.st_mode & 07777); // best effort (FUSE mounts may ignore it)
    if (const int err = syncPath(temporary, O_RDONLY))
        return commitFailed(hivePath, err);
    return {};
}

Status replace(const QString &temporary, const QString &hivePath)
{
    faultPoint("hive.before-rename");
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(hivePath).constData()) != 0)
        return commitFailed(hivePath, errno);
    faultPoint("hive.after-rename");
    // The rename is done; a folder that cannot be synced (some FUSE file systems) only loses durability.
    syncPath(QFileInfo(hivePath).absolutePath(), O_RDONLY | O_DIRECTORY);
    return {};
}

} // namespace wb::HiveFile
