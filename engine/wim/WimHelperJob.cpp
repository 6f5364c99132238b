// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WimHelperJob.h"

#include "WimHandle.h"
#include "WimLibrary.h"

#include "core/FileContentLock.h"
#include "core/WriteBehind.h"

#include <QFile>

#include <wimlib.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <sys/resource.h>
#include <unistd.h>

namespace wb::HelperJob {

Arguments::Arguments(const QStringList &arguments, const char *job, const QStringList &valueKeys)
{
    if (arguments.value(0) != QLatin1String(job))
        return;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString key = arguments[i].mid(2);
        if (key == QLatin1String("report-fd"))
            m_reportFd = arguments.value(++i).toInt();
        else if (valueKeys.contains(key))
            m_values.insert(key, arguments.value(++i));
        else
            m_flags.insert(key);
    }
    m_valid = m_reportFd >= 0;
}

int Arguments::number(const QString &key, int fallback) const
{
    bool ok = false;
    const int n = m_values.value(key).toInt(&ok);
    return ok ? n : fallback;
}

QStringList Arguments::start(const char *job, int reportFd)
{
    return {QLatin1String(job), QStringLiteral("--report-fd"), QString::number(reportFd)};
}

void Arguments::addFlags(QStringList &arguments, std::initializer_list<std::pair<bool, const char *>> flags)
{
    for (const auto &[on, name] : flags) {
        if (on)
            arguments << QStringLiteral("--") + QLatin1String(name);
    }
}

void send(int fd, const QByteArray &line)
{
    const QByteArray data = line + '\n';
    ssize_t ignored = ::write(fd, data.constData(), size_t(data.size()));
    (void)ignored;
}

bool awaitAck(int fd)
{
    char ack = 0;
    ssize_t n;
    do {
        n = ::read(fd, &ack, 1);
    } while (n < 0 && errno == EINTR);
    return n == 1 && ack == 'k';
}

int fail(int fd, const char *step, int wimlibCode, const QString &code, const QString &message)
{
    QString oneLine = message;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString shownCode = code.isEmpty() ? WimLibrary::codeName(wimlibCode) : code;
    send(fd, QByteArray("failed ") + step + ' ' + QByteArray::number(wimlibCode) + ' ' + shownCode.toUtf8() + '\t' + oneLine.toUtf8());
    return 1;
}

int fail(int fd, const char *step, const Error &error)
{
    return fail(fd, step, 0, error.code, error.message);
}

namespace {
struct BlobScan
{
    ReadEstimate estimate;
    QSet<QByteArray> blobs;
    QSet<QPair<quint32, quint64>> solidResources;
};

QByteArray hashOf(const wimlib_resource_entry *e)
{
    return QByteArray(reinterpret_cast<const char *>(e->sha1_hash), 20);
}
} // namespace

QSet<QByteArray> blobHashes(WIMStruct *wim)
{
    BlobScan scan;
    wimlib_iterate_lookup_table(
        wim, 0,
        [](const wimlib_resource_entry *e, void *ctx) {
            static_cast<BlobScan *>(ctx)->blobs.insert(hashOf(e));
            return 0;
        },
        &scan);
    return scan.blobs;
}

ReadEstimate estimateRead(WIMStruct *wim, const QSet<QByteArray> &before)
{
    BlobScan scan;
    scan.blobs = before;
    wimlib_iterate_lookup_table(
        wim, 0,
        [](const wimlib_resource_entry *e, void *ctx) {
            auto *s = static_cast<BlobScan *>(ctx);
            const QByteArray hash = hashOf(e);
            if (e->is_metadata || s->blobs.contains(hash))
                return 0;
            s->blobs.insert(hash);
            s->estimate.uncompressedTotal += e->uncompressed_size;
            if (!e->packed)
                s->estimate.compressedToRead += e->compressed_size;
            else if (!s->solidResources.contains({e->part_number, e->raw_resource_offset_in_wim})) {
                s->solidResources.insert({e->part_number, e->raw_resource_offset_in_wim});
                s->estimate.compressedToRead += e->raw_resource_compressed_size;
            }
            return 0;
        },
        &scan);
    return scan.estimate;
}

namespace {
/// CPU time of this process so far, in seconds (the compressor threads' work).
double cpuSeconds()
{
    struct rusage usage
    {};
    ::getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

/// LZMS's speed before the first solid chunk is done: bytes compressed per CPU second in 64 MiB
/// solid chunks, measured with an export of 70 MiB of word-like text (87 s of CPU, 2026-12-06,
/// engine/wim/README.md). Replaced by the measured speed once wimlib reports written data.
constexpr double kPriorBytesPerCpuSecond = 0.8 * 1024 * 1024;
} // namespace

/// What the progress relay and the estimate share: wimlib's last written figure and when (in CPU
/// time) it came, so the estimate can go on from there at the measured speed.
struct ProgressRelay::Meter
{
    int fd = -1;
    double cpuAtStart = 0;
    std::atomic<quint64> written{0};
    std::atomic<quint64> writeTotal{0};
    std::atomic<double> cpuAtWritten{0};
    std::chrono::steady_clock::time_point lastScan;

    /// Scan messages (one per file) go without waiting for an answer, at most every 20 ms: no fault
    /// point is hit during a scan, and a cancel kills the helper anyway.
    bool sendScan(int msg, quint64 done, quint64 total)
    {
        const auto now = std::chrono::steady_clock::now();
        if (msg == WIMLIB_PROGRESS_MSG_SCAN_DENTRY && now - lastScan < std::chrono::milliseconds(20))
            return true;
        lastScan = now;
        send(fd, "scan " + QByteArray::number(msg) + ' ' + QByteArray::number(done) + ' ' + QByteArray::number(total));
        return true;
    }

    /// Sends one wimlib progress message and waits until the parent has handled it (one byte back),
    /// so a fault point or a kill in the parent at a message stops the write at that message.
    static int relay(int msg, void *info, void *ctx)
    {
        auto *meter = static_cast<Meter *>(ctx);
        const auto [done, total] = WimLibrary::progressAmounts(msg, info);
        if (msg == WIMLIB_PROGRESS_MSG_SCAN_BEGIN || msg == WIMLIB_PROGRESS_MSG_SCAN_DENTRY || msg == WIMLIB_PROGRESS_MSG_SCAN_END)
            return meter->sendScan(msg, done, total) ? WIMLIB_PROGRESS_STATUS_CONTINUE : WIMLIB_PROGRESS_STATUS_ABORT;
        if (msg == WIMLIB_PROGRESS_MSG_WRITE_STREAMS) {
            meter->writeTotal.store(total);
            if (done > meter->written.load()) {
                meter->written.store(done);
                meter->cpuAtWritten.store(cpuSeconds());
            }
        }
        send(meter->fd, "progress " + QByteArray::number(msg) + ' ' + QByteArray::number(done) + ' ' + QByteArray::number(total));
        return awaitAck(meter->fd) ? WIMLIB_PROGRESS_STATUS_CONTINUE : WIMLIB_PROGRESS_STATUS_ABORT;
    }
};

ProgressRelay::ProgressRelay(WIMStruct *wim, int fd) : m_wim(wim), m_meter(std::make_unique<Meter>())
{
    m_meter->fd = fd;
    wimlib_register_progress_function(m_wim, reinterpret_cast<wimlib_progress_func_t>(&Meter::relay), m_meter.get());
}

ProgressRelay::~ProgressRelay()
{
    wimlib_register_progress_function(m_wim, nullptr, nullptr);
}

/// Reports `read <done> <total>` every 200 ms while it lives: an estimate of the data compressed so
/// far, in uncompressed bytes, for the long silences of a solid write (wimlib reports only finished
/// 64 MiB chunks). It is the CPU time spent since wimlib's last figure at the speed measured so far
/// (the prior before any), but never more than the share of the source data read (bytesRead since
/// construction over the compressed size to read), and below the total (the end is wimlib's to say).
/// Without an estimate of its own (a capture: files are read uncompressed), both sizes are the
/// write's total as wimlib reports it at the start.
/// For a write that ends with an fsync it also starts the write-back of the new file every 50 ms
/// (WriteBehind), once wimlib has opened it (its first WRITE_STREAMS message).
struct WriteReport::Private
{
    ProgressRelay relay;
    const std::atomic<quint64> &bytesRead;
    quint64 start;
    ReadEstimate sizes;
    std::optional<WriteBehind> writeBehind;
    std::mutex mutex;
    std::condition_variable wake;
    bool stop = false;
    std::thread thread;

    Private(WIMStruct *wim, int fd, const std::atomic<quint64> &read, const ReadEstimate &estimate, const QString &syncedPath)
        : relay(wim, fd), bytesRead(read), start(read.load()), sizes(estimate)
    {
        if (!syncedPath.isEmpty())
            writeBehind.emplace(syncedPath);
    }

    ReadEstimate totals() const
    {
        if (sizes.compressedToRead > 0)
            return sizes;
        const quint64 total = relay.m_meter->writeTotal.load();
        return {total, total};
    }

    std::optional<quint64> estimate() const
    {
        const ReadEstimate t = totals();
        if (t.compressedToRead == 0 || t.uncompressedTotal <= 1)
            return std::nullopt;
        const ProgressRelay::Meter &m = *relay.m_meter;
        const double total = double(t.uncompressedTotal);
        const double share = qMin(1.0, double(bytesRead.load() - start) / double(t.compressedToRead));
        const double written = double(m.written.load());
        const double cpuWritten = m.cpuAtWritten.load();
        const double speed = written > 0 && cpuWritten > m.cpuAtStart ? written / (cpuWritten - m.cpuAtStart) : kPriorBytesPerCpuSecond;
        const double byCpu = written + (cpuSeconds() - cpuWritten) * speed;
        return quint64(qMin(total - 1, qMin(share * total, byCpu)));
    }

    void loop()
    {
        std::unique_lock lock(mutex);
        for (int tick = 1; !wake.wait_for(lock, std::chrono::milliseconds(50), [this] { return stop; }); ++tick) {
            if (writeBehind && relay.m_meter->writeTotal.load() > 0)
                writeBehind->advance();
            if (tick % 4 != 0)
                continue;
            if (const auto done = estimate())
                send(relay.m_meter->fd, "read " + QByteArray::number(*done) + ' ' + QByteArray::number(totals().uncompressedTotal));
        }
    }
};

WriteReport::WriteReport(WIMStruct *wim, int fd, const std::atomic<quint64> &bytesRead, const ReadEstimate &estimate,
                         const QString &syncedPath)
    : d(std::make_unique<Private>(wim, fd, bytesRead, estimate, syncedPath))
{
    ProgressRelay::Meter &meter = *d->relay.m_meter;
    meter.cpuAtStart = cpuSeconds();
    meter.cpuAtWritten.store(meter.cpuAtStart);
    d->thread = std::thread([this] { d->loop(); });
}

WriteReport::~WriteReport()
{
    {
        std::lock_guard lock(d->mutex);
        d->stop = true;
    }
    d->wake.notify_all();
    d->thread.join();
}

Result<WimFile> Target::open() const
{
    if (!append)
        return WimFile::createNew(compressionType, chunkSize, path);
    WimOpenOptions options;
    options.writeAccess = true;
    return WimFile::open(path, options, nullptr);
}

int Target::write(WimFile &wim, int fd, const std::atomic<quint64> &bytesRead, const ReadEstimate &estimate) const
{
    // An append rewrites the tables in place: WimBench's readers wait meanwhile (engine/wim/README.md,
    // "Readers and writers of one file"); the lock goes with this process when it is killed.
    FileContentLock readers;
    if (append) {
        const Status locked = readers.acquire(path, FileContentLock::Mode::Write, nullptr);
        if (!locked)
            return fail(fd, "lock", locked.error());
    }
    int flags = append ? 0 : WIMLIB_WRITE_FLAG_FSYNC;
    if (integrity)
        flags |= WIMLIB_WRITE_FLAG_CHECK_INTEGRITY;
    if (solid && !append)
        flags |= WIMLIB_WRITE_FLAG_SOLID;
    int rc = 0;
    {
        WriteReport report(wimHandle(wim), fd, bytesRead, estimate, append ? QString() : path);
        rc = append ? wimlib_overwrite(wimHandle(wim), flags, 0)
                    : wimlib_write(wimHandle(wim), QFile::encodeName(path).constData(), WIMLIB_ALL_IMAGES, flags, 0);
    }
    if (rc != 0)
        return fail(fd, "write", rc);
    send(fd, "done");
    return 0;
}

} // namespace wb::HelperJob
