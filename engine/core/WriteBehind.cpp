// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteBehind.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wb {

namespace {
/// Whole pages only: the last partial page is written again when the writer fills it anyway.
constexpr qint64 kPage = 4096;
} // namespace

WriteBehind::WriteBehind(QString path, qint64 step) : m_path(std::move(path)), m_step(qMax(step, kPage))
{
}

WriteBehind::~WriteBehind()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

qint64 WriteBehind::advance()
{
    // A read-only descriptor is enough: sync_file_range, like fsync, acts on the file, not on how
    // it was opened (checked by tests/engine/tst_writebehind.cpp).
    if (m_fd < 0)
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (m_fd < 0 || ::fstat(m_fd, &st) != 0)
        return m_started;
    const qint64 end = qint64(st.st_size) / kPage * kPage;
    if (end - m_started < m_step)
        return m_started;
    // WRITE alone: submit the dirty pages of the range and return, without waiting for the disk.
    if (::sync_file_range(m_fd, m_started, end - m_started, SYNC_FILE_RANGE_WRITE) == 0)
        m_started = end;
    return m_started;
}

} // namespace wb
