// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScratchDirectory.h"

#include "LogSink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStorageInfo>

#include <cerrno>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ScratchDirectory)
};
} // namespace

QString ScratchDirectory::defaultRoot()
{
    return QDir::tempPath();
}

bool ScratchDirectory::isNetworkFileSystemType(const QByteArray &fsType)
{
    const QByteArray t = fsType.toLower();
    static const char *const network[] = {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "9p", "afs",
                                          "ncpfs", "coda", "ceph", "glusterfs", "lustre", "gfs2", "ocfs2",
                                          "davfs", "fuse.sshfs", "fuse.s3fs", "fuse.rclone", "fuse.davfs2",
                                          "fuse.glusterfs", "fuse.cephfs", "fuse.smbnetfs", "fuse.curlftpfs"};
    for (const char *n : network) {
        if (t == n)
            return true;
    }
    return t.startsWith("nfs") || t.startsWith("smb");
}

Status ScratchDirectory::validateRoot(const QString &root)
{
    const QString dir = root.isEmpty() ? defaultRoot() : root;
    const QFileInfo info(dir);
    if (!info.exists())
        return Error::make(QStringLiteral("scratch.missing"), Tr::tr("The scratch directory %1 does not exist.").arg(dir))
            .withRemedy(Remedy::Kind::ChooseScratchDir);
    if (!info.isDir())
        return Error::make(QStringLiteral("scratch.not-a-directory"), Tr::tr("The scratch directory %1 is not a folder.").arg(dir))
            .withRemedy(Remedy::Kind::ChooseScratchDir);
    if (!info.isWritable())
        return Error::make(QStringLiteral("scratch.not-writable"), Tr::tr("The scratch directory %1 is not writable.").arg(dir))
            .withRemedy(Remedy::Kind::ChooseScratchDir);
    const QStorageInfo storage(dir);
    if (storage.isValid() && isNetworkFileSystemType(storage.fileSystemType()))
        return Error::make(
                   QStringLiteral("scratch.not-local"),
                   Tr::tr("The scratch directory %1 is on a network file system (%2). The scratch directory must be "
                          "on a local disk.")
                       .arg(dir, QString::fromLatin1(storage.fileSystemType())),
                   QStringLiteral("file system type %1 at %2").arg(QString::fromLatin1(storage.fileSystemType()), storage.rootPath()))
            .withRemedy(Remedy::Kind::ChooseScratchDir);
    return {};
}

Result<ScratchDirectory> ScratchDirectory::create(const QString &root)
{
    WB_TRY(validateRoot(root));
    const QDir dir(root.isEmpty() ? defaultRoot() : root);
    for (int attempt = 0; attempt < 16; ++attempt) {
        const quint64 r = QRandomGenerator::system()->generate64();
        const QString name = QStringLiteral("%1").arg(r, 16, 16, QLatin1Char('0'));
        const QString path = dir.absoluteFilePath(name);
        if (QFileInfo::exists(path))
            continue;
        if (!dir.mkdir(name))
            return Error::fromErrno(QStringLiteral("scratch.create-failed"),
                                    Tr::tr("Could not create a working folder in the scratch directory %1.").arg(dir.absolutePath()),
                                    errno);
        LogSink::debug(QStringLiteral("DISM"), QStringLiteral("Scratch folder %1 created").arg(path));
        return ScratchDirectory(path);
    }
    return Error::make(QStringLiteral("scratch.create-failed"),
                       Tr::tr("Could not find a free name for a working folder in %1.").arg(dir.absolutePath()));
}

ScratchDirectory::ScratchDirectory(ScratchDirectory &&other) noexcept
    : m_path(std::exchange(other.m_path, QString()))
{
}

ScratchDirectory &ScratchDirectory::operator=(ScratchDirectory &&other) noexcept
{
    if (this != &other) {
        if (!m_path.isEmpty())
            QDir(m_path).removeRecursively();
        m_path = std::exchange(other.m_path, QString());
    }
    return *this;
}

ScratchDirectory::~ScratchDirectory()
{
    if (m_path.isEmpty())
        return;
    if (QDir(m_path).removeRecursively())
        LogSink::debug(QStringLiteral("DISM"), QStringLiteral("Scratch folder %1 removed").arg(m_path));
    else
        LogSink::warning(QStringLiteral("DISM"), QStringLiteral("Could not remove scratch folder %1").arg(m_path));
}

QString ScratchDirectory::filePath(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

QString ScratchDirectory::release()
{
    return std::exchange(m_path, QString());
}

} // namespace wb
