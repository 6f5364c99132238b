// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The unmount standby (Standby.h; the protocol is in engine/mount/README.md, "The unmount standby").
#include "Standby.h"

#include "ArgumentGuess.h"
#include "ExitReport.h"
#include "Spawn.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <clocale>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace wb {
namespace {

/// The mount command's end of the socket pair its standby waits on (forkForMount, serve).
int g_lifeline = -1;
std::string g_order; ///< in the mount command: what sendOrder() tells the standby
/// In a worker: the standby's pid, and the request it runs (kept for the process's lifetime:
/// argv points into it).
pid_t g_standby = 0;
int g_connection = -1; ///< in a worker: its launcher's connection (reportExit)
/// In a worker: the exit status was reported, so the launcher's exit no longer ends the worker
/// (it may still remove files nobody waits for, core/DeferredRemoval.h).
std::atomic_bool g_reported{false};
std::vector<std::string> g_arguments;
std::vector<char *> g_argv;
void (*g_warmUp)() = nullptr; ///< forkForMount's warm-up, run by the standby once it listens

constexpr uint32_t kMaxRequest = 4u << 20; // arguments and environment, at most
constexpr int kDescriptors = 4;            // stdin, stdout, stderr, the working folder

bool switchedOff()
{
    const char *value = std::getenv(Standby::kSwitchVariable);
    return value != nullptr && std::strcmp(value, "0") == 0;
}

/// The abstract socket address of the standby for `dir`, forked from the executable `core`, of
/// this user: one name per user, program file and mount folder.
sockaddr_un addressFor(const std::string &core, const std::string &dir, socklen_t *length)
{
    uint64_t hash = 1469598103934665603ULL; // FNV-1a
    const std::string key = std::to_string(::geteuid()) + '\0' + core + '\0' + dir;
    for (unsigned char c : key)
        hash = (hash ^ c) * 1099511628211ULL;
    char name[64];
    const int n = std::snprintf(name, sizeof name, "wimbench-standby-%016llx", static_cast<unsigned long long>(hash));
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path + 1, name, size_t(n)); // sun_path[0] == 0: the abstract namespace
    *length = socklen_t(offsetof(sockaddr_un, sun_path) + 1 + size_t(n));
    return address;
}

bool sendLine(int fd, const std::string &line)
{
    const std::string data = line + '\n';
    return Spawn::sendAll(fd, data.data(), data.size());
}

/// Every resource limit of this process, "<soft> <hard> " each, in RLIMIT_* order.
std::string limitsText()
{
    std::string text;
    for (int resource = 0; resource < RLIM_NLIMITS; ++resource) {
        rlimit limit{};
        ::getrlimit(__rlimit_resource(resource), &limit);
        text += std::to_string(limit.rlim_cur) + ' ' + std::to_string(limit.rlim_max) + ' ';
    }
    return text;
}

/// Sets the limits `limitsText` wrote; false when one cannot be (a hard limit above this one's).
bool applyLimits(const std::string &text)
{
    const char *p = text.c_str();
    for (int resource = 0; resource < RLIM_NLIMITS; ++resource) {
        char *end = nullptr;
        rlimit limit{};
        limit.rlim_cur = std::strtoull(p, &end, 10);
        limit.rlim_max = std::strtoull(end, &end, 10);
        if (end == p || ::setrlimit(__rlimit_resource(resource), &limit) != 0)
            return false;
        p = end;
    }
    return true;
}

// --- the standby ------------------------------------------------------------------------------

/// What a request carries (the launcher's side: sendRequest).
struct Request
{
    int fds[kDescriptors] = {-1, -1, -1, -1};
    std::string dir;
    mode_t umask = 022;
    int nice = 0;
    std::string limits; ///< every resource limit, "<soft> <hard> " each (limitsText)
    std::vector<std::string> arguments;
    std::vector<std::string> environment;

    void closeDescriptors()
    {
        for (int &fd : fds) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }
};

/// In the standby, right after the fork: its own session (no terminal: Ctrl+C at the mount
/// command's terminal is not for it), "/" as its folder, stdio on /dev/null (a reader of the mount
/// command's output must see end-of-file when that command exits), nothing else open but the socket pair (as descriptor 3).
void detach(int lifeline)
{
    ::setsid();
    if (::chdir("/") != 0)
        ::_exit(0);
    const int kept = ::fcntl(lifeline, F_DUPFD_CLOEXEC, 10); // out of the way of 0-3 below
    const int devNull = ::open("/dev/null", O_RDWR);
    if (kept < 0 || devNull < 0)
        ::_exit(0);
    for (int fd = 0; fd < 3; ++fd)
        ::dup2(devNull, fd);
    ::dup2(kept, 3);
    ::close_range(4, ~0U, 0);
}

/// The mount command's order: the mount folder and the daemon's pid, each ended by a NUL byte,
/// then end-of-file. Nullopt when the command ended without one (its mount failed, or it died).
std::optional<std::pair<std::string, pid_t>> readOrder(int lifeline)
{
    std::string data;
    char buf[4096];
    for (ssize_t n; (n = ::read(lifeline, buf, sizeof buf)) != 0;) {
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 || data.size() > 65536)
            return std::nullopt;
        data.append(buf, size_t(n));
    }
    const std::vector<std::string> parts = Spawn::takeNulEnded(&data);
    if (parts.size() != 2 || parts[0].empty())
        return std::nullopt;
    const long pid = std::strtol(parts[1].c_str(), nullptr, 10);
    return pid > 0 ? std::optional(std::pair(parts[0], pid_t(pid))) : std::nullopt;
}

int listenOn(const std::string &dir)
{
    char self[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return -1;
    self[n] = '\0';
    socklen_t length = 0;
    const sockaddr_un address = addressFor(self, dir, &length);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || ::bind(fd, reinterpret_cast<const sockaddr *>(&address), length) != 0 || ::listen(fd, 8) != 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    return fd;
}

/// The lines of /proc/<pid>/status that say what a process may do: capabilities, no_new_privs,
/// seccomp.
std::string privileges(const std::string &procDir)
{
    FILE *f = std::fopen((procDir + "/status").c_str(), "re");
    if (f == nullptr)
        return {};
    std::string text;
    char line[512];
    while (std::fgets(line, sizeof line, f) != nullptr) {
        if (std::strncmp(line, "Cap", 3) == 0 || std::strncmp(line, "NoNewPrivs:", 11) == 0 || std::strncmp(line, "Seccomp:", 8) == 0)
            text += line;
    }
    std::fclose(f);
    return text;
}

bool sameFile(const std::string &a, const std::string &b)
{
    struct stat x, y;
    return ::stat(a.c_str(), &x) == 0 && ::stat(b.c_str(), &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

/// Whether the peer is this very user (uid, gid and groups) with the same privileges
/// (capabilities, no_new_privs, seccomp), in the same namespaces (mount, pid, user, IPC: the
/// unmount uses POSIX message queues) and root: only then is running its command here the same
/// as running it in its own process.
bool peerIsLikeMe(int conn)
{
    ucred cred{};
    socklen_t length = sizeof cred;
    if (::getsockopt(conn, SOL_SOCKET, SO_PEERCRED, &cred, &length) != 0 || cred.uid != ::geteuid() || cred.gid != ::getegid())
        return false;
    std::vector<gid_t> theirs(256), mine(256);
    socklen_t theirSize = socklen_t(theirs.size() * sizeof(gid_t));
    const int count = ::getgroups(int(mine.size()), mine.data());
    if (::getsockopt(conn, SOL_SOCKET, SO_PEERGROUPS, theirs.data(), &theirSize) != 0 || count < 0
        || size_t(count) * sizeof(gid_t) != theirSize || std::memcmp(theirs.data(), mine.data(), theirSize) != 0)
        return false; // more than 256 groups: refused too (ERANGE), the launcher runs the command itself
    const std::string peer = "/proc/" + std::to_string(cred.pid);
    const std::string myPrivileges = privileges("/proc/self");
    if (myPrivileges.empty() || myPrivileges != privileges(peer))
        return false;
    for (const char *entry : {"/ns/mnt", "/ns/pid", "/ns/user", "/ns/ipc", "/root/"}) {
        if (!sameFile(std::string("/proc/self") + entry, peer + entry))
            return false;
    }
    return true;
}

/// Receives the request: a 4-byte length with the descriptors, then that many bytes: the folder,
/// the umask in octal, the nice value, the resource limits (limitsText), the argument count, the
/// arguments, the environment, each ended by NUL.
bool receiveRequest(int conn, Request *request)
{
    uint32_t size = 0;
    iovec iov{&size, sizeof size};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * kDescriptors)];
    msghdr message{};
    message.msg_iov = &iov;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    const ssize_t got = ::recvmsg(conn, &message, MSG_CMSG_CLOEXEC);
    const cmsghdr *c = got > 0 ? CMSG_FIRSTHDR(&message) : nullptr;
    if (c == nullptr || c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
        return false;
    const size_t count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
    std::vector<int> received(count);
    std::memcpy(received.data(), CMSG_DATA(c), count * sizeof(int));
    if (got != ssize_t(sizeof size) || count != kDescriptors || (message.msg_flags & MSG_CTRUNC) != 0) {
        for (int fd : received)
            ::close(fd);
        return false;
    }
    std::copy(received.begin(), received.end(), request->fds);
    std::string data(size <= kMaxRequest ? size : 0, '\0');
    if (size > kMaxRequest || !Spawn::readAll(conn, data.data(), data.size()))
        return false;
    std::vector<std::string> parts = Spawn::takeNulEnded(&data);
    const size_t argc = parts.size() >= 5 ? std::strtoul(parts[4].c_str(), nullptr, 10) : 0;
    if (parts.size() < 5 + argc || argc == 0)
        return false;
    request->dir = parts[0];
    request->umask = mode_t(std::strtoul(parts[1].c_str(), nullptr, 8) & 0777);
    request->nice = std::atoi(parts[2].c_str());
    request->limits = parts[3];
    request->arguments.assign(parts.begin() + 5, parts.begin() + 5 + long(argc));
    request->environment.assign(parts.begin() + 5 + long(argc), parts.end());
    return true;
}

/// In a worker, on its own thread: the launcher went away (killed) while the command runs, so
/// the command ends too, as it would have in the launcher's own process.
void *watchLauncher(void *arg)
{
    pollfd p{int(reinterpret_cast<intptr_t>(arg)), POLLRDHUP, 0};
    while (::poll(&p, 1, -1) < 0 && errno == EINTR) {}
    if (!g_reported.load())
        ::kill(::getpid(), SIGKILL);
    return nullptr;
}

/// In the worker: becomes the requester's process as far as the command can tell (folder,
/// limits, nice value, umask, descriptors, environment, signal mask), says "ok <pid>" and waits
/// for "go"; or says "no" and ends, having run nothing, when one of them cannot be had here.
void becomeRequester(Request &request, int conn)
{
    pthread_t watcher;
    if (::fchdir(request.fds[3]) != 0 || !applyLimits(request.limits) || ::setpriority(PRIO_PROCESS, 0, request.nice) != 0
        || ::pthread_create(&watcher, nullptr, watchLauncher, reinterpret_cast<void *>(intptr_t(conn))) != 0) {
        sendLine(conn, "no");
        ::_exit(0);
    }
    ::pthread_detach(watcher);
    for (int fd = 0; fd < 3; ++fd)
        ::dup2(request.fds[fd], fd);
    request.closeDescriptors();
    ::umask(request.umask);
    ::clearenv();
    for (const std::string &variable : request.environment)
        ::putenv(::strdup(variable.c_str())); // the environment keeps the copy
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    g_arguments = std::move(request.arguments);
    for (std::string &argument : g_arguments)
        g_argv.push_back(argument.data());
    g_argv.push_back(nullptr);
    // The launcher answers "go" once it has "ok"; when it gave up waiting (a standby that did not
    // answer in time) it runs the command itself and closed the connection: nothing runs here.
    const std::optional<std::string> go = sendLine(conn, "ok " + std::to_string(::getpid())) ? Spawn::readLine(conn) : std::nullopt;
    if (!go || *go != "go")
        ::_exit(0);
}

/// "exit <n>" or "signal <n>" for a wait status.
std::string statusLine(int status)
{
    if (WIFSIGNALED(status))
        return "signal " + std::to_string(WTERMSIG(status));
    return "exit " + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : 1);
}

/// A worker the standby forked, until it has ended and its launcher has been told how.
struct Worker
{
    pid_t pid = 0;
    int pidfd = -1;
    int conn = -1;
};

/// Takes one connection: refuses it ("no") or forks a worker for it (which says "ok <pid>").
/// True only in the worker; in the standby, `*worker` is set when one was forked.
bool serveConnection(int conn, const std::string &dir, const std::vector<int> &toClose, Worker *worker)
{
    timeval timeout{2, 0}; // a requester that connects and sends nothing does not hold the standby
    ::setsockopt(conn, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    Request request;
    if (!peerIsLikeMe(conn) || !receiveRequest(conn, &request) || request.dir != dir) {
        request.closeDescriptors();
        sendLine(conn, "no");
        return false;
    }
    const pid_t standby = ::getpid();
    const pid_t pid = ::fork();
    if (pid == 0) {
        for (int fd : toClose)
            ::close(fd);
        timeval none{0, 0};
        ::setsockopt(conn, SOL_SOCKET, SO_RCVTIMEO, &none, sizeof none);
        g_standby = standby;
        g_connection = conn;
        becomeRequester(request, conn);
        return true;
    }
    request.closeDescriptors(); // the launcher's output ends when the worker's copies close
    const int pidfd = pid > 0 ? int(::syscall(SYS_pidfd_open, pid, 0)) : -1;
    if (pidfd < 0) {
        if (pid > 0)
            ::kill(pid, SIGKILL); // not yet past "go": nothing has run
        sendLine(conn, "no");
        return false;
    }
    *worker = {pid, pidfd, conn};
    return false;
}

/// A worker has ended: reaps it and tells its launcher how ("exit <n>" or "signal <n>").
void finishWorker(const Worker &worker)
{
    int status = 0;
    while (::waitpid(worker.pid, &status, 0) < 0 && errno == EINTR) {}
    sendLine(worker.conn, statusLine(status));
    ::close(worker.conn);
    ::close(worker.pidfd);
}

/// The standby's life: waits for its order, then takes requests (each in a worker of its own, so
/// one never waits for another) until the daemon has exited and every worker has ended. Returns
/// (true) only in a worker; the standby itself ends with _exit.
bool runStandby(int argc, char **argv)
{
    // glibc keeps the locale files a setlocale() loaded (they are marked undeletable), so a
    // worker's own setlocale(LC_ALL, "") (QCoreApplication's) finds them loaded when its
    // environment names the same locale; it starts in "C" like any new process.
    std::setlocale(LC_ALL, "");
    std::setlocale(LC_ALL, "C");
    const auto order = readOrder(3);
    if (!order)
        ::_exit(0);
    ::close(3);
    const std::string dir = Standby::canonicalFolder(order->first);
    int daemon = int(::syscall(SYS_pidfd_open, order->second, 0));
    int listener = dir.empty() ? -1 : listenOn(dir);
    if (daemon < 0 || listener < 0)
        ::_exit(0); // served by no standby: the launcher runs wimbench-cli-core itself
    const Spawn::ArgumentArea area = Spawn::argumentArea(argc, argv);
    if (!Spawn::rewriteArguments(area, {argv[0], "--standby", dir}))
        Spawn::rewriteArguments(area, {argv[0], "--standby"});
    if (g_warmUp)
        g_warmUp();
    std::vector<Worker> workers;
    while (listener >= 0 || !workers.empty()) {
        std::vector<pollfd> p{{daemon, POLLIN, 0}, {listener, POLLIN, 0}};
        for (const Worker &w : workers)
            p.push_back({w.pidfd, POLLIN, 0});
        if (::poll(p.data(), nfds_t(p.size()), -1) < 0) {
            if (errno == EINTR)
                continue;
            ::_exit(0);
        }
        for (size_t i = workers.size(); i-- > 0;) {
            if (p[2 + i].revents != 0) {
                finishWorker(workers[i]);
                workers.erase(workers.begin() + long(i));
            }
        }
        if (daemon >= 0 && p[0].revents != 0) { // the mount is gone: no new requests
            ::close(std::exchange(daemon, -1));
            ::close(std::exchange(listener, -1));
            continue;
        }
        const int conn = listener >= 0 && (p[1].revents & POLLIN) ? ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC) : -1;
        if (conn < 0)
            continue;
        std::vector<int> toClose{daemon, listener};
        for (const Worker &w : workers)
            toClose.insert(toClose.end(), {w.pidfd, w.conn});
        Worker worker;
        if (serveConnection(conn, dir, toClose, &worker))
            return true;
        if (worker.pid > 0)
            workers.push_back(worker);
        else
            ::close(conn);
    }
    ::_exit(0);
}

// --- the launcher -----------------------------------------------------------------------------

pid_t g_worker = 0; ///< the launcher's worker, for the signal handler

extern "C" void forwardSignal(int sig)
{
    if (g_worker > 0)
        ::kill(g_worker, sig);
}

int connectTo(const std::string &core, const std::string &dir)
{
    char real[PATH_MAX];
    if (::realpath(core.c_str(), real) == nullptr)
        return -1;
    socklen_t length = 0;
    const sockaddr_un address = addressFor(real, dir, &length);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    ucred cred{};
    socklen_t credLength = sizeof cred;
    if (fd >= 0 && ::connect(fd, reinterpret_cast<const sockaddr *>(&address), length) == 0
        && ::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &credLength) == 0 && cred.uid == ::geteuid())
        return fd;
    if (fd >= 0)
        ::close(fd);
    return -1;
}

/// Sends the request (receiveRequest): the descriptors 0–2 and the working folder, then the folder
/// name, umask, nice value, resource limits, arguments and environment.
bool sendRequest(int conn, const std::string &dir, int argc, char *argv[])
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    char octal[8];
    std::snprintf(octal, sizeof octal, "%o", unsigned(mask));
    errno = 0;
    const int nice = ::getpriority(PRIO_PROCESS, 0);
    std::string data = dir + '\0' + octal + '\0' + std::to_string(nice) + '\0' + limitsText() + '\0' + std::to_string(argc) + '\0';
    for (int i = 0; i < argc; ++i)
        data.append(argv[i]).push_back('\0');
    for (char **e = environ; *e != nullptr; ++e)
        data.append(*e).push_back('\0');
    const int cwd = ::open(".", O_PATH | O_DIRECTORY | O_CLOEXEC);
    const int fds[kDescriptors] = {0, 1, 2, cwd};
    uint32_t size = uint32_t(data.size());
    iovec iov{&size, sizeof size};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof fds)] = {};
    msghdr message{};
    message.msg_iov = &iov;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    cmsghdr *c = CMSG_FIRSTHDR(&message);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof fds);
    std::memcpy(CMSG_DATA(c), fds, sizeof fds);
    const bool sent = cwd >= 0 && data.size() <= kMaxRequest && ::sendmsg(conn, &message, MSG_NOSIGNAL) == ssize_t(sizeof size)
        && Spawn::sendAll(conn, data.data(), data.size());
    if (cwd >= 0)
        ::close(cwd);
    return sent;
}

/// After "ok": forwards the terminal's signals to the worker, waits for its end and ends this
/// process the same way.
[[noreturn]] void finishAsWorker(int conn, pid_t worker)
{
    g_worker = worker;
    struct sigaction action
    {};
    action.sa_handler = forwardSignal;
    action.sa_flags = SA_RESTART;
    for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
        ::sigaction(sig, &action, nullptr);
    const std::optional<std::string> line = Spawn::readLine(conn);
    if (line && line->rfind("exit ", 0) == 0)
        Spawn::endLike(W_EXITCODE(std::atoi(line->c_str() + 5), 0));
    if (line && line->rfind("signal ", 0) == 0)
        Spawn::endLike(W_EXITCODE(0, std::atoi(line->c_str() + 7)));
    std::fprintf(stderr,
                 "Error: the process that ran this command (pid %d) ended without reporting how; "
                 "check the mount with /Get-MountedImageInfo.\n",
                 int(worker));
    ::_exit(1);
}

} // namespace

std::string Standby::canonicalFolder(const std::string &path)
{
    std::string p = path;
    if (!p.empty() && p.front() != '/') {
        char cwd[PATH_MAX];
        if (::getcwd(cwd, sizeof cwd) == nullptr)
            return {};
        p = std::string(cwd) + '/' + p;
    }
    while (p.size() > 1 && p.back() == '/')
        p.pop_back();
    const size_t slash = p.rfind('/');
    const std::string last = slash == std::string::npos ? std::string() : p.substr(slash + 1);
    char parent[PATH_MAX];
    if (last.empty() || last == "." || last == ".." || ::realpath(slash == 0 ? "/" : p.substr(0, slash).c_str(), parent) == nullptr)
        return {};
    const std::string base = parent;
    return (base == "/" ? base : base + '/') + last;
}

bool Standby::forkForMount(int *argc, char ***argv, void (*warmUp)())
{
    if (switchedOff() || !ArgumentGuess::namesMount(*argc, *argv))
        return false;
    int fds[2]; // a socket pair, not a pipe: Spawn::sendAll sends without SIGPIPE
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
        return false;
    const pid_t pid = ::fork();
    if (pid != 0) {
        ::close(fds[0]);
        if (pid < 0)
            ::close(fds[1]);
        else
            g_lifeline = fds[1];
        return false;
    }
    ::close(fds[1]);
    ExitReport::forget(); // the standby outlives the command; only the command reports its end
    g_warmUp = warmUp;
    detach(fds[0]);
    if (!runStandby(*argc, *argv))
        ::_exit(0);
    *argc = int(g_arguments.size());
    *argv = g_argv.data();
    return true;
}

void Standby::serve(const std::string &mountDir, pid_t daemonPid)
{
    if (g_lifeline >= 0)
        g_order = mountDir + '\0' + std::to_string(daemonPid) + '\0';
}

void Standby::sendOrder()
{
    if (g_lifeline < 0)
        return;
    if (!g_order.empty())
        Spawn::sendAll(g_lifeline, g_order.data(), g_order.size());
    ::close(g_lifeline);
    g_lifeline = -1;
}

pid_t Standby::standbyPid()
{
    return g_standby;
}

void Standby::reportExit(int status)
{
    if (g_connection < 0)
        return;
    g_reported.store(true);
    Spawn::yieldToOthers();
    sendLine(g_connection, "exit " + std::to_string(status & 0xff));
}

void Standby::runInStandby(int argc, char *argv[], const std::string &core)
{
    if (switchedOff() || std::getenv("WIMBENCH_FAULT") != nullptr || !ArgumentGuess::namesUnmount(argc, argv))
        return; // a fault point addresses the command's own process (core/FaultPoint.h)
    for (int fd = 0; fd < 3; ++fd) {
        if (::fcntl(fd, F_GETFD) < 0)
            return; // a closed descriptor cannot be sent; a process of its own has it closed too
    }
    const std::string dir = canonicalFolder(ArgumentGuess::optionValue(argc, argv, "/MountDir:", "-Path"));
    const int conn = dir.empty() ? -1 : connectTo(core, dir);
    if (conn < 0)
        return;
    // A standby answers at once; one that does not (stopped, say) is given up after 5 s, and its
    // worker, if it ever starts, gets no "go" and runs nothing.
    timeval timeout{5, 0};
    ::setsockopt(conn, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    const std::optional<std::string> answer = sendRequest(conn, dir, argc, argv) ? Spawn::readLine(conn) : std::nullopt;
    const long worker = answer && answer->rfind("ok ", 0) == 0 ? std::atol(answer->c_str() + 3) : 0;
    if (worker <= 0 || !sendLine(conn, "go")) {
        ::close(conn);
        return; // refused, gone or silent before anything ran
    }
    timeval none{0, 0};
    ::setsockopt(conn, SOL_SOCKET, SO_RCVTIMEO, &none, sizeof none);
    finishAsWorker(conn, pid_t(worker));
}

} // namespace wb
