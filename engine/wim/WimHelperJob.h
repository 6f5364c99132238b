// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WimFile.h"

#include "core/Error.h"
#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

struct WIMStruct;

namespace wb {

/// What the jobs of wimbench-write-helper share (WimExportJob, WimCaptureJob, WimRebuildJob): their
/// command lines and the report lines on the report descriptor (engine/wim/README.md, "Writes in a
/// child process"). Used in the helper process only, except HelperArguments, which the engine uses to
/// build the command line.
namespace HelperJob {

/// A job's command line: `<job> --report-fd <fd> --key value ... --flag ...`.
class Arguments
{
public:
    /// Parses `arguments` of job `job` (its first element); `valueKeys` are the options that take a
    /// value, every other `--x` is a flag. Invalid when the job name differs or --report-fd is missing.
    Arguments(const QStringList &arguments, const char *job, const QStringList &valueKeys);
    bool isValid() const { return m_valid; }
    int reportFd() const { return m_reportFd; }
    QString value(const QString &key) const { return m_values.value(key); }
    int number(const QString &key, int fallback = 0) const;
    bool flag(const QString &key) const { return m_flags.contains(key); }

    /// The start of a command line for `job` reporting on `reportFd`.
    static QStringList start(const char *job, int reportFd);
    /// Appends `--<name>` for each flag that is on.
    static void addFlags(QStringList &arguments, std::initializer_list<std::pair<bool, const char *>> flags);

private:
    bool m_valid = false;
    int m_reportFd = -1;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
};

/// One line to the parent in a single write() (atomic on a socket below PIPE_BUF bytes).
void send(int fd, const QByteArray &line);
/// Waits for the parent's one-byte answer; true for 'k' (go on).
bool awaitAck(int fd);
/// Reports `failed <step> <wimlib code> <code>\t<message>` and returns the exit status 1.
int fail(int fd, const char *step, int wimlibCode, const QString &code = {}, const QString &message = {});
int fail(int fd, const char *step, const Error &error);

/// How much data a write reads and produces, from the blobs of `wim`'s table that are not in
/// `before` (hashes); solid source resources count once. Zero totals: taken from the write itself.
struct ReadEstimate
{
    quint64 compressedToRead = 0;
    quint64 uncompressedTotal = 0;
};
QSet<QByteArray> blobHashes(WIMStruct *wim);
ReadEstimate estimateRead(WIMStruct *wim, const QSet<QByteArray> &before);

/// Where a job writes: a new WIM in memory (wimlib_create_new_wim with the compression type and chunk
/// size, 0: wimlib's default) that will be written to `path`, or, with `append`, the existing file
/// at `path` opened for an in-place append.
struct Target
{
    QString path;
    bool append = false;
    int compressionType = 0;
    quint32 chunkSize = 0;
    bool solid = false;     ///< a new file: WIMLIB_WRITE_FLAG_SOLID
    bool integrity = false; ///< WIMLIB_WRITE_FLAG_CHECK_INTEGRITY

    Result<WimFile> open() const;
    /// Writes `wim` (wimlib_write with FSYNC to a new file, or wimlib_overwrite in place with
    /// WimBench's readers held off by FileContentLock) with a WriteReport, then reports `done` or
    /// `failed` (steps `lock`, `write`). Returns the helper's exit status.
    int write(WimFile &wim, int fd, const std::atomic<quint64> &bytesRead, const ReadEstimate &estimate) const;
};

/// Relays `wim`'s progress messages (each waiting for its answer) for the lifetime of the object,
/// without the estimate: for the scan before a capture's write.
class ProgressRelay
{
public:
    ProgressRelay(WIMStruct *wim, int fd);
    ~ProgressRelay();
    ProgressRelay(const ProgressRelay &) = delete;
    ProgressRelay &operator=(const ProgressRelay &) = delete;

private:
    friend class WriteReport;
    WIMStruct *m_wim;
    struct Meter;
    std::unique_ptr<Meter> m_meter;
};

/// Relays `wim`'s progress messages to the parent (each waits for its answer) and, while alive,
/// reports `read <done> <total>` five times a second: the estimate of the data compressed so far
/// (README.md). With a `syncedPath` (a new file written with WIMLIB_WRITE_FLAG_FSYNC), it starts that
/// file's write-back while wimlib writes it (core/WriteBehind.h). Lives around the write call.
class WriteReport
{
public:
    WriteReport(WIMStruct *wim, int fd, const std::atomic<quint64> &bytesRead, const ReadEstimate &estimate,
                const QString &syncedPath = {});
    ~WriteReport();
    WriteReport(const WriteReport &) = delete;
    WriteReport &operator=(const WriteReport &) = delete;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace HelperJob
} // namespace wb
