// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {

/// Starts the kernel's write-back of a file while another part of the process (wimlib) is still
/// writing it front to back, so that the `fsync` that makes the file durable at the end finds
/// little dirty data left: the disk writes while the writer works instead of after it
/// (`sync_file_range(SYNC_FILE_RANGE_WRITE)`; docs/DECISIONS.md, "New WIM files are synced before
/// they get their name"). It opens the file itself, read-only, and never waits for the disk.
/// Used by one thread at a time (the write helper's report thread); owns its descriptor.
class WriteBehind
{
public:
    /// Write-back is started in steps of at least `step` bytes.
    explicit WriteBehind(QString path, qint64 step = 8 * 1024 * 1024);
    ~WriteBehind();
    WriteBehind(const WriteBehind &) = delete;
    WriteBehind &operator=(const WriteBehind &) = delete;

    /// Starts the write-back of the whole pages written since the last start, when they are at
    /// least one step; opens the file on first use (nothing happens while it does not exist).
    /// Returns started().
    qint64 advance();
    /// The offset up to which write-back has been started (0: not yet).
    qint64 started() const { return m_started; }

private:
    QString m_path;
    qint64 m_step;
    int m_fd = -1;
    qint64 m_started = 0;
};

} // namespace wb
