// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileStamp.h"

#include <QFile>

#include <sys/stat.h>

namespace wb {

namespace {
qint64 nanoseconds(const struct timespec &t)
{
    return qint64(t.tv_sec) * 1000000000LL + t.tv_nsec;
}

FileStamp fromStat(const struct stat &st)
{
    FileStamp s;
    s.exists = true;
    s.regular = S_ISREG(st.st_mode);
    s.size = quint64(st.st_size);
    s.mtimeNs = nanoseconds(st.st_mtim);
    s.ctimeNs = nanoseconds(st.st_ctim);
    s.inode = quint64(st.st_ino);
    s.device = quint64(st.st_dev);
    return s;
}
} // namespace

FileStamp FileStamp::of(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return fromStat(st);
}

FileStamp FileStamp::ofEntry(const QString &path)
{
    struct stat st
    {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return fromStat(st);
}

} // namespace wb
