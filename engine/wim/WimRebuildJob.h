// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace wb {

/// One rebuild without an image (/Delete-Image) as wimbench-write-helper runs it (engine/wim/README.md,
/// "Writes in a child process"): open the file, delete image `deleteIndex` in memory and write every
/// other image into the new file `destinationPath` (a temporary beside it), keeping the GUID, solid
/// and pipable format. The operation (DeleteImageOperation) has checked and decided everything before,
/// and verifies and renames the result. Value type, any thread.
struct WimRebuildJob
{
    QString sourcePath;
    int deleteIndex = 0;
    QString destinationPath;
    bool integrity = false; ///< write an integrity table
    bool solid = false;     ///< WIMLIB_WRITE_FLAG_SOLID: the file is solid (ESD)
    bool pipable = false;   ///< WIMLIB_WRITE_FLAG_PIPABLE: the file is pipable

    QStringList arguments(int reportFd) const;
    /// Parses arguments() back (in the helper); nullopt when incomplete. `reportFd` receives --report-fd.
    static std::optional<WimRebuildJob> fromArguments(const QStringList &arguments, int *reportFd);

    /// Runs the job in the helper process, reporting on `reportFd` as WimExportJob::run does
    /// (steps: open-source, delete, write). Returns the process exit status.
    int run(int reportFd, const std::atomic<quint64> &bytesRead) const;
};

} // namespace wb
