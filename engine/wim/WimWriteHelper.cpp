// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WimWriteHelper.h"

#include "WimLibrary.h"

#include "core/ChildProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <wimlib.h>

#include <cerrno>
#include <csignal>
#include <functional>
#include <optional>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::WimWriteHelper)
};

constexpr int kReportFd = 3;
constexpr int kPollMs = 50;
/// What wimlib's in-place append may change before the old end of the file: the header (208 bytes,
/// [MS-WIM] / wimlib's WIM_HEADER_DISK_SIZE); a whole page is kept to be independent of its size.
constexpr qint64 kHeadBytes = 4096;

/// An existing file's size and first bytes, put back after a killed in-place append (wimlib writes
/// only after the old end and rewrites the header; engine/wim/README.md).
struct AppendSnapshot
{
    QString path;
    qint64 size = -1;
    QByteArray head;

    static std::optional<AppendSnapshot> take(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        AppendSnapshot s{path, f.size(), f.read(kHeadBytes)};
        if (s.head.isEmpty())
            return std::nullopt;
        return s;
    }

    bool restore() const
    {
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
        if (fd < 0)
            return false;
        bool ok = ::ftruncate(fd, size) == 0 && ::pwrite(fd, head.constData(), size_t(head.size()), 0) == head.size();
        ok = ::fsync(fd) == 0 && ok;
        ::close(fd);
        return ok;
    }
};

/// One run of the helper: its command line and what the job adds to the common runner.
struct HelperRun
{
    QStringList arguments;
    const char *faultPoint = nullptr;
    QString file;         ///< the file named in errors
    QString appendedFile; ///< an existing file written in place: put back unless the helper is done
    /// The Error for a step that failed with a wimlib code.
    std::function<Error(const QByteArray &step, int wimlibCode)> wimlibError;
    /// A capture's `added` line; an error stops the helper and is the result.
    WimWriteHelper::CapturedCheck check;
};

/// What the helper said, and the progress shown for it.
class Relay
{
public:
    Relay(OperationContext &context, const HelperRun &run, int fd) : m_context(context), m_run(run), m_fd(fd) {}

    void line(const QByteArray &text)
    {
        const QList<QByteArray> f = text.split(' ');
        if (f.value(0) == "progress" && f.size() == 4)
            progress(f[1].toInt(), f[2].toULongLong(), f[3].toULongLong());
        else if (f.value(0) == "scan" && f.size() == 4)
            WimLibrary::reportProgress(&m_context, f[1].toInt(), f[2].toULongLong(), f[3].toULongLong(), nullptr);
        else if (f.value(0) == "read" && f.size() == 3)
            estimate(f[1].toULongLong(), f[2].toULongLong());
        else if (f.value(0) == "added")
            added(f.mid(1));
        else if (f.value(0) == "failed")
            m_failure = text.mid(7);
        else if (text == "done")
            m_done = true;
    }

    bool done() const { return m_done; }
    const QByteArray &failure() const { return m_failure; }
    /// Set when the operation refused what the helper reported: the helper is to be stopped.
    const std::optional<Error> &refusal() const { return m_refusal; }

private:
    void ack()
    {
        const char ack = 'k';                                  // the helper waits for it, so a fault point here stops the write here
        ssize_t ignored = ::send(m_fd, &ack, 1, MSG_NOSIGNAL); // a helper that died is seen at end of file
        (void)ignored;
    }

    void added(const QList<QByteArray> &fields)
    {
        const auto image = WimCaptureJob::parseAdded(fields);
        const Status decided = !image
            ? Status(
                Error::make(QStringLiteral("wim.write-helper-failed"),
                            Tr::tr("The write helper sent a report this version of WimBench does not understand; nothing was written.")))
            : m_run.check ? m_run.check(*image)
                          : Status();
        if (decided)
            ack();
        else
            m_refusal = decided.error();
    }

    void progress(int msg, quint64 done, quint64 total)
    {
        m_lastMessage = msg;
        if (msg == WIMLIB_PROGRESS_MSG_WRITE_STREAMS) {
            m_writeTotal = total;
            m_shown = done >= total ? done : qMax(m_shown, done);
            done = m_shown;
        }
        WimLibrary::reportProgress(&m_context, msg, done, total, m_run.faultPoint);
        ack();
    }

    /// `done` of `total` uncompressed bytes read (an estimate while the compressor works).
    void estimate(quint64 done, quint64 total)
    {
        if (total == 0 || (m_lastMessage != 0 && m_lastMessage != WIMLIB_PROGRESS_MSG_WRITE_STREAMS))
            return;
        const quint64 shownTotal = m_writeTotal ? m_writeTotal : total;
        const quint64 scaled = quint64(double(done) / double(total) * double(shownTotal));
        m_shown = qMax(m_shown, qMin(scaled, shownTotal - 1));
        m_context.progress(WimLibrary::progressStage(WIMLIB_PROGRESS_MSG_WRITE_STREAMS), m_shown, shownTotal);
    }

    OperationContext &m_context;
    const HelperRun &m_run;
    int m_fd;
    int m_lastMessage = 0;
    quint64 m_writeTotal = 0;
    quint64 m_shown = 0;
    QByteArray m_failure;
    std::optional<Error> m_refusal;
    bool m_done = false;
};

/// Reads the helper's lines until it closes its end. False when cancellation or a refusal stopped
/// the reading.
bool pump(int fd, Relay &relay, OperationContext &context)
{
    QByteArray pending;
    for (;;) {
        if (context.isCancelled() || relay.refusal())
            return false;
        struct pollfd pfd {fd, POLLIN, 0};
        const int rc = ::poll(&pfd, 1, kPollMs);
        if (rc < 0 && errno != EINTR)
            return true;
        if (rc <= 0)
            continue;
        char buf[4096];
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n <= 0)
            return true;
        pending.append(buf, int(n));
        for (qsizetype nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
            relay.line(pending.left(nl));
            pending.remove(0, nl + 1);
        }
    }
}

int reap(pid_t pid)
{
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

/// The Error for a failed helper: its `failed <step> <wimlib code> <code>\t<message>` line, or how it ended.
Error failureOf(const QByteArray &failure, int status, const HelperRun &run)
{
    const qsizetype tab = failure.indexOf('\t');
    const QList<QByteArray> head = failure.left(tab).split(' ');
    const int wimlibCode = head.value(1).toInt();
    if (wimlibCode != 0)
        return run.wimlibError(head.value(0), wimlibCode);
    if (head.size() >= 3)
        return Error::make(QString::fromUtf8(head.value(2)), QString::fromUtf8(failure.mid(tab + 1)));
    const QString how = WIFSIGNALED(status) ? QStringLiteral("killed by signal %1").arg(WTERMSIG(status))
                                            : QStringLiteral("exit status %1").arg(WEXITSTATUS(status));
    return Error::make(
        QStringLiteral("wim.write-helper-failed"),
        Tr::tr("The write helper stopped before %1 was written; nothing was changed. See the log for details.").arg(run.file),
        QStringLiteral("wimbench-write-helper ") + how);
}

/// Starts the helper for `run`, relays what it reports until it ends, kills it on cancel or refusal,
/// and puts an appended file back unless the helper reported `done`.
Status runHelper(const HelperRun &run, OperationContext &context)
{
    const QString exe = WimWriteHelper::executablePath();
    if (exe.isEmpty())
        return Error::make(QStringLiteral("wim.write-helper-missing"),
                           Tr::tr("The write helper wimbench-write-helper was not found next to this program. Reinstall WimBench "
                                  "or set WIMBENCH_WRITE_HELPER to its path."));
    std::optional<AppendSnapshot> snapshot;
    if (!run.appendedFile.isEmpty() && !(snapshot = AppendSnapshot::take(run.appendedFile)))
        return Error::make(QStringLiteral("wim.write-helper-failed"),
                           Tr::tr("Could not read %1 before appending to it; nothing was changed.").arg(run.file));
    ChildProcess::Options options;
    options.dieWithParent = true;
    options.twoWay = true;
    context.debug(QStringLiteral("Starting %1 %2").arg(exe, run.arguments.join(QLatin1Char(' '))));
    const auto started = ChildProcess::start(exe, run.arguments, kReportFd, options, QStringLiteral("wim.write-helper-start"),
                                             Tr::tr("Could not start the write helper wimbench-write-helper."));
    if (!started)
        return started.error();
    Relay relay(context, run, started->readFd);
    const bool finished = pump(started->readFd, relay, context);
    if (!finished)
        ::kill(pid_t(started->pid), SIGKILL);
    ::close(started->readFd);
    const int status = reap(pid_t(started->pid));
    const bool ok = finished && relay.done() && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    // A refused capture never got its answer, so it wrote nothing: the file is left alone.
    if (!ok && snapshot && !relay.refusal() && !snapshot->restore())
        context.error(QStringLiteral("Could not restore %1 after the interrupted append").arg(run.file));
    if (ok)
        return {};
    if (relay.refusal())
        return *relay.refusal();
    if (!finished) {
        context.info(QStringLiteral("Write helper %1 stopped on cancel").arg(started->pid));
        return Error::cancelled();
    }
    return failureOf(relay.failure(), status, run);
}

} // namespace

QString WimWriteHelper::executablePath()
{
    return ChildProcess::findExecutable(QStringLiteral("wimbench-write-helper"), "WIMBENCH_WRITE_HELPER");
}

Status WimWriteHelper::exportImage(const WimExportJob &job, OperationContext &context, const char *faultPoint, const QString &file)
{
    HelperRun run{job.arguments(kReportFd), faultPoint, file, job.append ? job.destinationPath : QString(), {}, {}};
    run.wimlibError = [&](const QByteArray &step, int code) {
        if (step == "export")
            return WimLibrary::error(code, Tr::tr("Could not export image %1 of %2").arg(job.sourceIndex).arg(job.sourcePath), file);
        if (step == "open-source")
            return WimLibrary::error(code, Tr::tr("Could not open the source image %1").arg(job.sourcePath), file);
        if (job.append)
            return WimLibrary::error(code, Tr::tr("Could not append the image to %1; the file was left as it was").arg(file), file);
        return WimLibrary::error(code, Tr::tr("Could not write the new image file %1").arg(file), file);
    };
    return runHelper(run, context);
}

Status WimWriteHelper::captureImage(const WimCaptureJob &job, OperationContext &context, const char *faultPoint, const QString &file,
                                    const CapturedCheck &check)
{
    HelperRun run{job.arguments(kReportFd), faultPoint, file, job.append ? job.imagePath : QString(), {}, check};
    run.wimlibError = [&](const QByteArray &step, int code) {
        if (step == "capture")
            return WimLibrary::error(code, Tr::tr("Could not capture %1").arg(job.source.path), job.source.path);
        if (job.append)
            return WimLibrary::error(code, Tr::tr("Could not write the changes into %1; the file was left as it was").arg(file), file);
        return WimLibrary::error(code, Tr::tr("Could not write the new image file %1").arg(file), file);
    };
    return runHelper(run, context);
}

Status WimWriteHelper::rebuildWithout(const WimRebuildJob &job, OperationContext &context, const char *faultPoint, const QString &file)
{
    HelperRun run{job.arguments(kReportFd), faultPoint, file, {}, {}, {}};
    run.wimlibError = [&](const QByteArray &step, int code) {
        if (step == "delete")
            return WimLibrary::error(code, Tr::tr("Could not delete image %1 of %2").arg(job.deleteIndex).arg(file), file);
        if (step == "open-source")
            return WimLibrary::error(code, Tr::tr("Could not open %1").arg(file), file);
        return WimLibrary::error(code, Tr::tr("Could not write the new version of %1").arg(file), file);
    };
    return runHelper(run, context);
}

} // namespace wb
