// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace wb {

/// One image export as wimbench-write-helper runs it (engine/wim/README.md, "Writes in a child
/// process"): open the source, export one image into a new WIM in memory or into an existing file,
/// and write it. The operation (ExportImageOperation) has checked and decided everything before;
/// this is only the wimlib work that cannot be interrupted in a solid block. Value type, any thread.
struct WimExportJob
{
    QString sourcePath;
    QString splitPattern;      ///< glob of the other parts of a split source; empty: none
    int sourceIndex = 1;
    QString destinationPath;   ///< a new file's temporary path, or the existing file appended to
    bool append = false;       ///< wimlib's in-place append into the existing destinationPath
    int compressionType = 0;   ///< new file: wimlib compression type
    quint32 chunkSize = 0;     ///< new file: 0 = wimlib's default for the type
    bool solid = false;        ///< new file: WIMLIB_WRITE_FLAG_SOLID (recovery)
    bool integrity = false;    ///< write an integrity table
    QString imageName;         ///< the exported image's name in the destination
    bool bootable = false;     ///< WIMLIB_EXPORT_FLAG_BOOT
    bool wimBoot = false;      ///< WIMLIB_EXPORT_FLAG_WIMBOOT

    /// The helper's command line (without the executable); `reportFd` is where it reports.
    QStringList arguments(int reportFd) const;
    /// Parses arguments() back (in the helper); nullopt when incomplete. `reportFd` receives --report-fd.
    static std::optional<WimExportJob> fromArguments(const QStringList &arguments, int *reportFd);

    /// Runs the job in the helper process and reports on `reportFd` (lines, README.md):
    /// `progress <msg> <done> <total>` for every wimlib progress message, `read <done> <total>`
    /// (the share of the data read, in uncompressed bytes) about five times a second while the data
    /// is written, and `failed <step> <wimlib code> <code>\t<message>` before returning non-zero.
    /// `bytesRead` counts the bytes the process has read (the helper's read wrappers; nearly all
    /// of it source data). Returns the process exit status.
    int run(int reportFd, const std::atomic<quint64> &bytesRead) const;
};

} // namespace wb
