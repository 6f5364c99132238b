// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnmountQueues.h"

#include "MountSystem.h"

#include "core/FileStamp.h"

#include <QDir>
#include <QFile>

#include <mqueue.h>

#include <ctime>

namespace wb {

namespace {
const QString kPrefix = QStringLiteral("wimfs-");

/// Seconds since the queue's last send or receive (the mqueue file system keeps them as mtime);
/// -1 when it is gone.
qint64 idleSeconds(const QString &path)
{
    const FileStamp stamp = FileStamp::of(path);
    if (!stamp.exists)
        return -1;
    return qint64(::time(nullptr)) - stamp.mtimeNs / 1000000000LL;
}

/// The wimlib unmount queues listed in the mqueue file system mounted at `dir`.
QStringList namesIn(const QString &dir)
{
    if (dir.isEmpty())
        return {};
    return QDir(dir).entryList({kPrefix + QLatin1Char('*')}, QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
}
} // namespace

QString UnmountQueues::listingDir()
{
    const QStringList dirs = MountSystem::mountPointsOfType(QByteArrayLiteral("mqueue"));
    return dirs.isEmpty() ? QString() : dirs.first();
}

QStringList UnmountQueues::names()
{
    return namesIn(listingDir());
}

int UnmountQueues::removeStale(std::chrono::seconds minAge, const QString &listing)
{
    int removed = 0;
    for (const QString &name : namesIn(listing)) {
        const qint64 idle = idleSeconds(listing + QLatin1Char('/') + name);
        if (idle < 0 || idle < qint64(minAge.count()))
            continue;
        // mq_unlink, not unlink: it works in the caller's IPC namespace whatever is mounted where.
        if (::mq_unlink(QFile::encodeName(QLatin1Char('/') + name).constData()) == 0)
            ++removed;
    }
    return removed;
}

} // namespace wb
