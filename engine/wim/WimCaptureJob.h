// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaptureSource.h"
#include "ImageInfo.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace wb {

/// One capture as wimbench-write-helper runs it (engine/wim/README.md, "Writes in a child process"):
/// scan a folder or NTFS volume into a new image of a new WIM (written to a temporary path) or of an
/// existing file (appended in place), then write. After the scan the helper reports
/// `added <index> <installation type> <edition> <version>` and waits for the engine's answer, so the
/// operation (CaptureImageOperation) decides on the captured tree before anything is written.
/// Value type, any thread.
struct WimCaptureJob
{
    QString imagePath;       ///< a new file's temporary path, or the existing file appended to
    bool append = false;     ///< wimlib's in-place append into the existing imagePath
    int compressionType = 0; ///< new file: wimlib compression type
    quint32 chunkSize = 0;   ///< new file: 0 = wimlib's default for the type
    bool solid = false;      ///< new file: WIMLIB_WRITE_FLAG_SOLID (recovery)
    bool integrity = false;  ///< write an integrity table
    CaptureSource source;
    QString name;
    QString description; ///< empty: none

    QStringList arguments(int reportFd) const;
    /// Parses arguments() back (in the helper); nullopt when incomplete. `reportFd` receives --report-fd.
    static std::optional<WimCaptureJob> fromArguments(const QStringList &arguments, int *reportFd);

    /// Runs the job in the helper process, reporting on `reportFd` as WimExportJob::run does, plus
    /// the `added` line. Returns the process exit status.
    int run(int reportFd, const std::atomic<quint64> &bytesRead) const;

    /// The fields of an `added` line (after the word), and back: the new image's index and the
    /// facts the operation decides on (installation type, edition, version).
    static QByteArray addedFields(const ImageInfo &info);
    static std::optional<ImageInfo> parseAdded(const QList<QByteArray> &fields);
};

} // namespace wb
