// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StagingFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sys/statvfs.h>

#include <cerrno>
#include <cstdio>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::StagingFolder)
};
} // namespace

QString StagingFolder::visibleFolder(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const qsizetype cut = clean.indexOf(QLatin1String("/.wimbench-"));
    return cut > 0 ? clean.left(cut) : QFileInfo(clean).absolutePath();
}

Result<StagingFolder> StagingFolder::create(const QString &target, quint64 bytes)
{
    const QFileInfo info(target);
    const QString native = target;
    if (info.exists() || info.isSymLink())
        return Error::make(QStringLiteral("appx.extract-target-exists"),
                           Tr::tr("%1 already exists. Remove it or choose another folder to extract the package to.").arg(native));
    const QString parent = info.absolutePath();
    if (!QFileInfo(parent).isDir())
        return Error::make(
            QStringLiteral("appx.extract-parent-missing"),
            Tr::tr("The folder %1 does not exist, so the package cannot be extracted into it. Create it first.").arg(parent));
    struct statvfs fs;
    // A file system that reports no size at all (a wimlib FUSE mount: 0 total blocks; its data goes
    // to the staging directory) cannot be checked in advance; a full disk is then reported by the
    // write that fails, and the staging folder is removed.
    if (::statvfs(QFile::encodeName(parent).constData(), &fs) == 0 && fs.f_blocks > 0) {
        const quint64 available = quint64(fs.f_bavail) * quint64(fs.f_frsize);
        if (bytes > available)
            return Error::make(QStringLiteral("appx.not-enough-space"),
                               Tr::tr("The package needs %1 bytes but only %2 bytes are free in %3. Free some space and try again.")
                                   .arg(bytes)
                                   .arg(available)
                                   .arg(visibleFolder(target)));
    }
    const QString staging = QDir(parent).filePath(
        QStringLiteral(".wimbench-appx-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0')));
    if (!QDir().mkdir(staging))
        return Error::fromErrno(QStringLiteral("appx.write-failed"),
                                Tr::tr("Could not create a working folder in %1. Check that you may write there.").arg(parent), errno);
    return StagingFolder(staging, info.absoluteFilePath());
}

StagingFolder::StagingFolder(StagingFolder &&other) noexcept
    : m_staging(std::exchange(other.m_staging, QString())), m_target(std::move(other.m_target)), m_committed(other.m_committed)
{
}

StagingFolder::~StagingFolder()
{
    if (!m_committed && !m_staging.isEmpty())
        QDir(m_staging).removeRecursively();
}

Result<std::unique_ptr<QFile>> StagingFolder::createFile(const QString &relative) const
{
    const QString full = QDir(m_staging).filePath(relative);
    const QString folder = QFileInfo(full).absolutePath();
    if (!QDir().mkpath(folder))
        return Error::fromErrno(QStringLiteral("appx.write-failed"), Tr::tr("Could not create the folder %1.").arg(folder), errno);
    auto file = std::make_unique<QFile>(full);
    if (!file->open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::make(QStringLiteral("appx.write-failed"),
                           Tr::tr("Could not create %1 in %2: %3. Check that the disk is not full and that you may write there.")
                               .arg(relative, visibleFolder(full), file->errorString()));
    return file;
}

Status StagingFolder::commit()
{
    if (std::rename(QFile::encodeName(m_staging).constData(), QFile::encodeName(m_target).constData()) != 0)
        return Error::fromErrno(QStringLiteral("appx.write-failed"),
                                Tr::tr("Could not move the extracted package into place as %1.").arg(m_target), errno);
    m_committed = true;
    return {};
}

} // namespace wb
