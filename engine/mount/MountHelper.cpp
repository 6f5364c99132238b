// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MountHelper.h"
#include "MountSystem.h"
#include "core/ChildProcess.h"
#include "core/FaultPoint.h"
#include "spawn/Spawn.h"

#include "wim/WimLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::MountHelper)
};

constexpr int kReadyFd = 3;
constexpr int kStartTimeoutMs = 5 * 60 * 1000;

QString logLevelArgument(LogLevel level)
{
    return QString::number(int(level));
}
} // namespace

QStringList HelperRequest::arguments(int readyFd) const
{
    QStringList args{QStringLiteral("--image"), imageFile, QStringLiteral("--dir"), mountDir, QStringLiteral("--ready-fd"),
                     QString::number(readyFd)};
    if (index > 0)
        args << QStringLiteral("--index") << QString::number(index);
    else if (!imageName.isEmpty())
        args << QStringLiteral("--name") << imageName;
    if (readWrite)
        args << QStringLiteral("--read-write");
    if (readWrite && !stagingDir.isEmpty())
        args << QStringLiteral("--staging") << stagingDir;
    if (supportEa)
        args << QStringLiteral("--unix-data");
    if (!splitPattern.isEmpty())
        args << QStringLiteral("--swm") << splitPattern;
    if (!logPath.isEmpty())
        args << QStringLiteral("--log") << logPath;
    args << QStringLiteral("--log-level") << logLevelArgument(logLevel);
    if (!registryDir.isEmpty())
        args << QStringLiteral("--registry") << registryDir;
    if (waitForGo)
        args << QStringLiteral("--wait-go");
    return args;
}

HelperRequest HelperRequest::waitingForGo() const
{
    HelperRequest r = *this;
    r.stagingDir.clear();
    r.waitForGo = true;
    return r;
}

QString MountHelper::executablePath()
{
    return ChildProcess::findExecutable(QStringLiteral("wimbench-mount-helper"), "WIMBENCH_MOUNT_HELPER");
}

namespace {

/// Reads the protocol lines until every writer has closed the pipe (closes `fd`); false on timeout.
bool readUntilClosed(int fd, QByteArray *received, OperationContext &context)
{
    QElapsedTimer timer;
    timer.start();
    bool closed = false;
    while (!closed && timer.elapsed() <= kStartTimeoutMs) {
        struct pollfd pfd {fd, POLLIN, 0};
        const int rc = ::poll(&pfd, 1, 200);
        if (rc < 0 && errno == EINTR)
            continue;
        if (rc > 0) {
            char buf[1024];
            const ssize_t n = ::read(fd, buf, sizeof buf);
            if (n > 0) {
                received->append(buf, int(n));
                continue;
            }
            closed = n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN);
            continue;
        }
        context.progress(Tr::tr("Mounting image"), 0, 0);
    }
    ::close(fd);
    return closed;
}

/// What the helper wrote on its ready pipe.
struct HelperReport
{
    MountHelper::HelperStarted started;
    QString errorCode;
    QString errorText;
    int wimlibCode = 0;
    bool daemonized = false; ///< "daemonized": the helper closed its end once FUSE had forked the daemon
};

HelperReport parseReport(const QByteArray &received)
{
    HelperReport r;
    for (const QByteArray &line : received.split('\n')) {
        if (line == "daemonized") {
            r.daemonized = true;
        } else if (line.startsWith("forked ")) {
            const qint64 pid = line.mid(7).trimmed().toLongLong();
            if (MountSystem::isProcessAlive(pid))
                r.started.daemonPid = pid;
        } else if (line.startsWith("image ")) { // "image <index> <parts>\t<name>\t<parts glob>"
            const QList<QByteArray> fields = line.mid(6).split('\t');
            r.started.index = fields.value(0).split(' ').value(0).toInt();
            r.started.imageName = QString::fromUtf8(fields.value(1));
            r.started.splitPattern = QString::fromUtf8(fields.value(2));
        } else if (line.startsWith("error ")) { // "error <wimlib code> <our code>\t<message>"
            const QByteArray rest = line.mid(6);
            const qsizetype sp = rest.indexOf(' ');
            const qsizetype tab = rest.indexOf('\t');
            r.wimlibCode = rest.left(sp).toInt();
            r.errorCode = QString::fromUtf8(rest.mid(sp + 1, tab - sp - 1));
            r.errorText = QString::fromUtf8(rest.mid(tab + 1));
        }
    }
    return r;
}

/// The helper's failure as an Error: wimlib's code through WimLibrary::error, else its own code.
Error helperFailure(const HelperRequest &request, const HelperReport &report, int status)
{
    const QString how = WIFSIGNALED(status) ? QStringLiteral("killed by signal %1").arg(WTERMSIG(status))
                                            : QStringLiteral("exit status %1").arg(WEXITSTATUS(status));
    if (report.wimlibCode != 0) {
        Error e = WimLibrary::error(
            report.wimlibCode, Tr::tr("Could not mount index %1 of %2 at %3").arg(request.index).arg(request.imageFile, request.mountDir),
            request.imageFile);
        e.detail += QStringLiteral("; helper ") + how;
        return e;
    }
    if (!report.errorCode.isEmpty())
        return Error::make(report.errorCode, report.errorText, QStringLiteral("helper ") + how);
    return Error::make(QStringLiteral("mount.helper-failed"),
                       Tr::tr("The mount helper stopped before %1 was mounted. See the log for details.").arg(request.mountDir),
                       QStringLiteral("helper ") + how);
}

/// Reaps the original helper (it exits once FUSE has daemonized, or on failure).
int reapHelper(pid_t child, bool timedOut)
{
    int status = 0;
    if (timedOut) {
        ::kill(child, SIGKILL);
        ::waitpid(child, &status, 0);
        return status;
    }
    pid_t waited;
    do {
        waited = ::waitpid(child, &status, 0);
    } while (waited < 0 && errno == EINTR);
    return waited == child ? status : -1;
}

/// The original helper after "daemonized": it only waits for the daemon's set-up and exits 0
/// (libfuse 2's fuse_daemonize). Reaped now if it has, else by a thread of its own when it does,
/// so the mount goes on without waiting for its exit; its status is 0 either way.
int reapWhenExited(pid_t child)
{
    int status = 0;
    if (::waitpid(child, &status, WNOHANG) == child)
        return status;
    std::thread([child] {
        int ignored = 0;
        while (::waitpid(child, &ignored, 0) < 0 && errno == EINTR) {}
    }).detach();
    return 0;
}

} // namespace

namespace {

Status checkFuse()
{
    if (::access("/dev/fuse", R_OK | W_OK) != 0)
        return Error::fromErrno(QStringLiteral("mount.no-fuse"),
                                Tr::tr("FUSE is not available (/dev/fuse cannot be opened), so images cannot be mounted. "
                                       "Install fuse3 and load the fuse kernel module."),
                                errno);
    return {};
}

/// Forks and executes the helper for `request`: over a socket pair when it waits for the go-ahead
/// (the starter answers on it), else over a pipe.
Result<ChildProcess::Started> spawn(const HelperRequest &request)
{
    const QString exe = MountHelper::executablePath();
    if (exe.isEmpty())
        return Error::make(QStringLiteral("mount.helper-missing"),
                           Tr::tr("The mount helper wimbench-mount-helper was not found next to this program. Reinstall WimBench "
                                  "or set WIMBENCH_MOUNT_HELPER to its path."));
    WB_TRY(checkFuse());
    ChildProcess::Options options;
    options.twoWay = request.waitForGo;
    return ChildProcess::start(exe, request.arguments(kReadyFd), kReadyFd, options, QStringLiteral("mount.helper-start"),
                               Tr::tr("Could not start the mount helper."));
}

/// Reads the helper's report until every writer has closed (closes `fd`), reaps it and checks
/// that the mount is served (engine/mount/README.md, step 5).
Result<MountHelper::HelperStarted> awaitMount(const HelperRequest &request, pid_t pid, int fd, OperationContext &context)
{
    QByteArray received;
    const bool timedOut = !readUntilClosed(fd, &received, context);
    const HelperReport report = parseReport(received);
    const int status = report.daemonized && !timedOut ? reapWhenExited(pid) : reapHelper(pid, timedOut);
    if (timedOut)
        return Error::make(
            QStringLiteral("mount.helper-timeout"),
            Tr::tr("The mount helper did not finish mounting %1 within %2 seconds.").arg(request.mountDir).arg(kStartTimeoutMs / 1000));
    const bool exitedOk = status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!report.errorCode.isEmpty() || !exitedOk)
        return helperFailure(request, report, status);
    if (report.started.daemonPid == 0 || !MountSystem::isWimlibMount(request.mountDir))
        return Error::make(QStringLiteral("mount.helper-failed"),
                           Tr::tr("The mount helper reported success but %1 is not mounted. See the log for details.").arg(request.mountDir),
                           QStringLiteral("daemon pid %1").arg(report.started.daemonPid));
    return report.started;
}

} // namespace

Result<MountHelper::HelperStarted> MountHelper::start(const HelperRequest &request, OperationContext &context)
{
    context.debug(QStringLiteral("Starting the mount helper: %1").arg(request.arguments(kReadyFd).join(QLatin1Char(' '))));
    HelperRequest now = request;
    now.waitForGo = false;
    const auto started = spawn(now);
    if (!started)
        return started.error();
    return awaitMount(now, pid_t(started->pid), started->readFd, context);
}

MountHelper::Launched::Launched(HelperRequest request, qint64 pid, int fd, bool byLauncher)
    : m_request(std::move(request)), m_pid(pid), m_fd(fd), m_byLauncher(byLauncher)
{
}

MountHelper::Launched::Launched(Launched &&other) noexcept
    : m_request(std::move(other.m_request)),
      m_pid(std::exchange(other.m_pid, 0)),
      m_fd(std::exchange(other.m_fd, -1)),
      m_byLauncher(other.m_byLauncher)
{
}

MountHelper::Launched &MountHelper::Launched::operator=(Launched &&other) noexcept
{
    if (this != &other) {
        abandon();
        m_request = std::move(other.m_request);
        m_pid = std::exchange(other.m_pid, 0);
        m_fd = std::exchange(other.m_fd, -1);
        m_byLauncher = other.m_byLauncher;
    }
    return *this;
}

MountHelper::Launched::~Launched()
{
    abandon();
}

qint64 MountHelper::Launched::abandon()
{
    if (m_pid <= 0)
        return 0;
    // The helper mounts only after the go-ahead, which it never got: ending it leaves nothing
    // mounted (it holds the image open for reading, which the kernel closes).
    ::close(std::exchange(m_fd, -1));
    const qint64 pid = std::exchange(m_pid, 0);
    ::kill(pid_t(pid), SIGKILL);
    reapHelper(pid_t(pid), false);
    return pid;
}

namespace {
/// The helper the wimbench-cli launcher started (engine/mount/README.md, "The launcher"), until
/// `launch` uses it or `dropPrewarmed` ends it. Only the command line's main thread touches it.
struct Prewarmed
{
    pid_t pid = 0;
    int fd = -1;
};

Prewarmed &prewarmed()
{
    static Prewarmed helper;
    return helper;
}

/// Sends a prewarmed helper its arguments: their count, then each, every one ended by a NUL byte.
bool sendArguments(int fd, const QStringList &arguments)
{
    QByteArray data = QByteArray::number(arguments.size()) + '\0';
    for (const QString &a : arguments)
        data += a.toUtf8() + '\0';
    return Spawn::sendAll(fd, data.constData(), size_t(data.size()));
}
} // namespace

void MountHelper::adoptPrewarmed()
{
    const QByteArray value = qgetenv("WIMBENCH_PREWARMED_HELPER");
    ::unsetenv("WIMBENCH_PREWARMED_HELPER"); // not for the programs this one starts
    const QList<QByteArray> parts = value.split(' ');
    bool pidOk = false;
    bool fdOk = false;
    const pid_t pid = parts.size() == 2 ? pid_t(parts[0].toInt(&pidOk)) : 0;
    const int fd = parts.size() == 2 ? parts[1].toInt(&fdOk) : -1;
    // Only a running child of this very process is taken (a stale or foreign value names some other
    // process, which is never signalled); waitpid(WNOHANG) answers 0 for exactly that.
    int status = 0;
    if (!pidOk || !fdOk || pid <= 0 || fd < 0 || ::waitpid(pid, &status, WNOHANG) != 0)
        return;
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    prewarmed() = {pid, fd};
}

void MountHelper::dropPrewarmed()
{
    const Prewarmed helper = std::exchange(prewarmed(), {});
    if (helper.pid > 0)
        Launched({}, helper.pid, helper.fd).abandon();
}

Result<MountHelper::Launched> MountHelper::launch(const HelperRequest &request)
{
    HelperRequest waiting = request.waitingForGo();
    if (const Prewarmed helper = std::exchange(prewarmed(), {}); helper.pid > 0) {
        Launched launched(waiting, helper.pid, helper.fd, true);
        if (checkFuse() && sendArguments(helper.fd, waiting.arguments(kReadyFd)))
            return launched;
        launched.abandon(); // start one the usual way, which reports what is wrong
    }
    const auto started = spawn(waiting);
    if (!started)
        return started.error();
    return Launched(std::move(waiting), started->pid, started->readFd);
}

Result<MountHelper::HelperStarted> MountHelper::finish(Launched &launched, const QString &stagingDir, OperationContext &context)
{
    if (!launched.pending())
        return Error::make(QStringLiteral("mount.helper-failed"), Tr::tr("The mount helper was already used or ended."));
    if (launched.m_byLauncher)
        context.debug(QStringLiteral("Mount helper pid %1 was started by the wimbench-cli launcher").arg(launched.m_pid));
    context.debug(QStringLiteral("Mount helper pid %1 (started early): go ahead").arg(launched.m_pid));
    // A helper that has already failed (its "error" line is waiting) is not there to read this:
    // no SIGPIPE, the report below says what happened.
    const QByteArray go = "mount " + stagingDir.toUtf8() + '\n';
    (void)::send(launched.m_fd, go.constData(), size_t(go.size()), MSG_NOSIGNAL);
    HelperRequest request = launched.m_request;
    request.stagingDir = stagingDir;
    const pid_t pid = pid_t(std::exchange(launched.m_pid, 0));
    return awaitMount(request, pid, std::exchange(launched.m_fd, -1), context);
}

Status MountHelper::unmount(const QString &dir, const UnmountOptions &options, OperationContext &context)
{
    return WimMount::unmount(dir, options, context, options.commit ? "commit.progress" : nullptr);
}

} // namespace wb
