// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WimExportJob.h"

#include "WimFile.h"
#include "WimLibrary.h"

#include "core/FileContentLock.h"

#include <QByteArray>
#include <QFile>
#include <QSet>

#include <wimlib.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <sys/resource.h>
#include <unistd.h>

namespace wb {

namespace {
/// One line to the parent in a single write() (atomic on a pipe below PIPE_BUF bytes).
void send(int fd, const QByteArray &line)
{
    const QByteArray data = line + '\n';
    ssize_t ignored = ::write(fd, data.constData(), size_t(data.size()));
    (void)ignored;
}

int fail(int fd, const char *step, int wimlibCode, const QString &code, const QString &message)
{
    QString oneLine = message;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    send(fd, QByteArray("failed ") + step + ' ' + QByteArray::number(wimlibCode) + ' ' + code.toUtf8() + '\t' + oneLine.toUtf8());
    return 1;
}

int failWith(int fd, const char *step, const Error &error)
{
    return fail(fd, step, 0, error.code, error.message);
}

/// How much data the write will read and produce, from the blobs the export added to `wim`'s
/// table (`before`: the hashes it held already). Solid source resources count once.
struct ReadEstimate
{
    quint64 compressedToRead = 0;
    quint64 uncompressedTotal = 0;
    QSet<QByteArray> blobs;
    QSet<QPair<quint32, quint64>> solidResources;
};

QSet<QByteArray> blobHashes(WIMStruct *wim)
{
    ReadEstimate collected;
    wimlib_iterate_lookup_table(
        wim, 0,
        [](const wimlib_resource_entry *e, void *ctx) {
            static_cast<ReadEstimate *>(ctx)->blobs.insert(QByteArray(reinterpret_cast<const char *>(e->sha1_hash), 20));
            return 0;
        },
        &collected);
    return collected.blobs;
}

ReadEstimate estimateRead(WIMStruct *wim, const QSet<QByteArray> &before)
{
    ReadEstimate estimate;
    estimate.blobs = before;
    wimlib_iterate_lookup_table(
        wim, 0,
        [](const wimlib_resource_entry *e, void *ctx) {
            auto *est = static_cast<ReadEstimate *>(ctx);
            const QByteArray hash(reinterpret_cast<const char *>(e->sha1_hash), 20);
            if (e->is_metadata || est->blobs.contains(hash))
                return 0;
            est->blobs.insert(hash);
            est->uncompressedTotal += e->uncompressed_size;
            if (!e->packed)
                est->compressedToRead += e->compressed_size;
            else if (!est->solidResources.contains({e->part_number, e->raw_resource_offset_in_wim})) {
                est->solidResources.insert({e->part_number, e->raw_resource_offset_in_wim});
                est->compressedToRead += e->raw_resource_compressed_size;
            }
            return 0;
        },
        &estimate);
    return estimate;
}

/// CPU time of this process so far, in seconds (the compressor threads' work).
double cpuSeconds()
{
    struct rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

/// LZMS's speed before the first solid chunk is done: bytes compressed per CPU second in 64 MiB
/// solid chunks, measured with this export on 70 MiB of word-like text (87 s of CPU, 2026-12-06,
/// engine/wim/README.md). Replaced by the measured speed once wimlib reports written data.
constexpr double kPriorBytesPerCpuSecond = 0.8 * 1024 * 1024;

/// What the progress relay and the estimate share: wimlib's last written figure and when (in CPU
/// time) it came, so the estimate can go on from there at the measured speed.
struct WriteMeter
{
    int fd = -1;
    double cpuAtStart = 0;
    std::atomic<quint64> written{0};
    std::atomic<double> cpuAtWritten{0};
};

/// Sends one wimlib progress message and waits until the parent has handled it (one byte back),
/// so a fault point or a kill in the parent at a message stops the write at that message.
int relayProgress(int msg, void *info, void *ctx)
{
    auto *meter = static_cast<WriteMeter *>(ctx);
    const auto [done, total] = WimLibrary::progressAmounts(msg, info);
    if (msg == WIMLIB_PROGRESS_MSG_WRITE_STREAMS && done > meter->written.load()) {
        meter->written.store(done);
        meter->cpuAtWritten.store(cpuSeconds());
    }
    send(meter->fd, "progress " + QByteArray::number(msg) + ' ' + QByteArray::number(done) + ' ' + QByteArray::number(total));
    char ack = 0;
    ssize_t n;
    do {
        n = ::read(meter->fd, &ack, 1);
    } while (n < 0 && errno == EINTR);
    return n == 1 ? WIMLIB_PROGRESS_STATUS_CONTINUE : WIMLIB_PROGRESS_STATUS_ABORT;
}

/// Reports `read <done> <total>` every 200 ms while it lives: an estimate of the data compressed so
/// far, in uncompressed bytes, for the long silences of a solid write (wimlib reports only finished
/// 64 MiB chunks). It is the CPU time spent since wimlib's last figure at the speed measured so far
/// (the prior before any), but never more than the share of the source data read (bytesRead since
/// construction over the compressed size to read), and below the total (the end is wimlib's to say).
class ReadReporter
{
public:
    ReadReporter(WriteMeter &meter, const std::atomic<quint64> &bytesRead, const ReadEstimate &estimate)
        : m_meter(meter), m_bytesRead(bytesRead), m_start(bytesRead.load()), m_estimate(estimate)
    {
        m_meter.cpuAtStart = cpuSeconds();
        m_meter.cpuAtWritten.store(m_meter.cpuAtStart);
        if (m_estimate.compressedToRead > 0 && m_estimate.uncompressedTotal > 1)
            m_thread = std::thread([this] { loop(); });
    }
    ~ReadReporter()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    quint64 estimate() const
    {
        const double total = double(m_estimate.uncompressedTotal);
        const double share = qMin(1.0, double(m_bytesRead.load() - m_start) / double(m_estimate.compressedToRead));
        const double written = double(m_meter.written.load());
        const double cpuWritten = m_meter.cpuAtWritten.load();
        const double speed = written > 0 && cpuWritten > m_meter.cpuAtStart ? written / (cpuWritten - m_meter.cpuAtStart)
                                                                            : kPriorBytesPerCpuSecond;
        const double byCpu = written + (cpuSeconds() - cpuWritten) * speed;
        return quint64(qMin(total - 1, qMin(share * total, byCpu)));
    }

    void loop()
    {
        std::unique_lock lock(m_mutex);
        while (!m_wake.wait_for(lock, std::chrono::milliseconds(200), [this] { return m_stop; }))
            send(m_meter.fd, "read " + QByteArray::number(estimate()) + ' ' + QByteArray::number(m_estimate.uncompressedTotal));
    }

    WriteMeter &m_meter;
    const std::atomic<quint64> &m_bytesRead;
    quint64 m_start;
    ReadEstimate m_estimate;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

Result<WimFile> openDestination(const WimExportJob &job)
{
    if (!job.append)
        return WimFile::createNew(job.compressionType, job.chunkSize, job.destinationPath);
    WimOpenOptions options;
    options.writeAccess = true;
    return WimFile::open(job.destinationPath, options, nullptr);
}

int writeFlags(const WimExportJob &job)
{
    int flags = job.append ? 0 : WIMLIB_WRITE_FLAG_FSYNC;
    if (job.integrity)
        flags |= WIMLIB_WRITE_FLAG_CHECK_INTEGRITY;
    if (job.solid && !job.append)
        flags |= WIMLIB_WRITE_FLAG_SOLID;
    return flags;
}
} // namespace

int WimExportJob::run(int reportFd, const std::atomic<quint64> &bytesRead) const
{
    WimLibrary::initialise();
    WimOpenOptions sourceOptions;
    sourceOptions.splitPattern = splitPattern;
    auto source = WimFile::open(sourcePath, sourceOptions, nullptr);
    if (!source)
        return failWith(reportFd, "open-source", source.error());
    auto destination = openDestination(*this);
    if (!destination)
        return failWith(reportFd, "open-destination", destination.error());
    const QSet<QByteArray> before = append ? blobHashes(destination->handle()) : QSet<QByteArray>();
    const int exportFlags = (bootable ? WIMLIB_EXPORT_FLAG_BOOT : 0) | (wimBoot ? WIMLIB_EXPORT_FLAG_WIMBOOT : 0);
    int rc = wimlib_export_image(source->handle(), sourceIndex, destination->handle(), imageName.toUtf8().constData(), nullptr,
                                 exportFlags);
    if (rc != 0)
        return fail(reportFd, "export", rc, WimLibrary::codeName(rc), QString());
    const ReadEstimate estimate = estimateRead(destination->handle(), before);
    WriteMeter meter;
    meter.fd = reportFd;
    wimlib_register_progress_function(destination->handle(), reinterpret_cast<wimlib_progress_func_t>(&relayProgress), &meter);
    // An append rewrites the tables in place: WimBench's readers wait meanwhile (engine/wim/README.md,
    // "Readers and writers of one file"); the lock goes with this process when it is killed.
    FileContentLock readers;
    if (append) {
        const Status locked = readers.acquire(destinationPath, FileContentLock::Mode::Write, nullptr);
        if (!locked)
            return failWith(reportFd, "lock", locked.error());
    }
    {
        ReadReporter reporter(meter, bytesRead, estimate);
        const QByteArray path = QFile::encodeName(destinationPath);
        rc = append ? wimlib_overwrite(destination->handle(), writeFlags(*this), 0)
                    : wimlib_write(destination->handle(), path.constData(), WIMLIB_ALL_IMAGES, writeFlags(*this), 0);
    }
    if (rc != 0)
        return fail(reportFd, "write", rc, WimLibrary::codeName(rc), QString());
    send(reportFd, "done");
    return 0;
}

QStringList WimExportJob::arguments(int reportFd) const
{
    QStringList args{QStringLiteral("export"), QStringLiteral("--report-fd"), QString::number(reportFd),
                     QStringLiteral("--source"), sourcePath, QStringLiteral("--index"), QString::number(sourceIndex),
                     QStringLiteral("--destination"), destinationPath, QStringLiteral("--name"), imageName};
    if (!splitPattern.isEmpty())
        args << QStringLiteral("--swm") << splitPattern;
    if (append)
        args << QStringLiteral("--append");
    else
        args << QStringLiteral("--compression") << QString::number(compressionType) << QStringLiteral("--chunk-size")
             << QString::number(chunkSize);
    for (const auto &[on, flag] : {std::pair{solid, "--solid"}, {integrity, "--integrity"}, {bootable, "--bootable"}, {wimBoot, "--wimboot"}}) {
        if (on)
            args << QLatin1String(flag);
    }
    return args;
}

std::optional<WimExportJob> WimExportJob::fromArguments(const QStringList &arguments, int *reportFd)
{
    if (arguments.value(0) != QLatin1String("export"))
        return std::nullopt;
    WimExportJob job;
    *reportFd = -1;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &opt = arguments[i];
        const QString value = arguments.value(i + 1);
        const auto take = [&](QString &into) { into = value; ++i; };
        if (opt == QLatin1String("--report-fd"))
            *reportFd = arguments.value(++i).toInt();
        else if (opt == QLatin1String("--source"))
            take(job.sourcePath);
        else if (opt == QLatin1String("--swm"))
            take(job.splitPattern);
        else if (opt == QLatin1String("--destination"))
            take(job.destinationPath);
        else if (opt == QLatin1String("--name"))
            take(job.imageName);
        else if (opt == QLatin1String("--index"))
            job.sourceIndex = arguments.value(++i).toInt();
        else if (opt == QLatin1String("--compression"))
            job.compressionType = arguments.value(++i).toInt();
        else if (opt == QLatin1String("--chunk-size"))
            job.chunkSize = arguments.value(++i).toUInt();
        else {
            job.append |= opt == QLatin1String("--append");
            job.solid |= opt == QLatin1String("--solid");
            job.integrity |= opt == QLatin1String("--integrity");
            job.bootable |= opt == QLatin1String("--bootable");
            job.wimBoot |= opt == QLatin1String("--wimboot");
        }
    }
    if (*reportFd < 0 || job.sourcePath.isEmpty() || job.destinationPath.isEmpty() || job.sourceIndex < 1)
        return std::nullopt;
    return job;
}

} // namespace wb
