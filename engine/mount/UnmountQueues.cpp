// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnmountQueues.h"

#include "MountSystem.h"

#include <QDir>
#include <QFile>

#include <mqueue.h>
#include <sys/stat.h>

#include <ctime>

namespace wb {

namespace {
const QString kPrefix = QStringLiteral("wimfs-");

/// Seconds since the queue's last send or receive (the mqueue file system keeps them as mtime).
qint64 idleSeconds(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return qint64(::time(nullptr)) - qint64(st.st_mtim.tv_sec);
}
} // namespace

QString UnmountQueues::listingDir()
{
    const QStringList dirs = MountSystem::mountPointsOfType(QByteArrayLiteral("mqueue"));
    return dirs.isEmpty() ? QString() : dirs.first();
}

QStringList UnmountQueues::names()
{
    const QString dir = listingDir();
    if (dir.isEmpty())
        return {};
    return QDir(dir).entryList({kPrefix + QLatin1Char('*')}, QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
}

int UnmountQueues::removeStale(std::chrono::seconds minAge)
{
    const QString dir = listingDir();
    int removed = 0;
    for (const QString &name : names()) {
        const qint64 idle = idleSeconds(dir + QLatin1Char('/') + name);
        if (idle < 0 || idle < qint64(minAge.count()))
            continue;
        // mq_unlink, not unlink: it works in the caller's IPC namespace whatever is mounted where.
        if (::mq_unlink(QFile::encodeName(QLatin1Char('/') + name).constData()) == 0)
            ++removed;
    }
    return removed;
}

} // namespace wb
