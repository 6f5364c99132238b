// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Spawn.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace wb {

std::string Spawn::selfDirectory()
{
    char buf[4096];
    const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return {};
    const std::string exe(buf, size_t(n));
    const size_t slash = exe.rfind('/');
    return slash == std::string::npos ? std::string() : exe.substr(0, slash);
}

namespace {
bool isExecutableFile(const std::string &path)
{
    struct stat st;
    return !path.empty() && ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

/// In the forked child: session, signals, stdio, the pipe as `childFd`, nothing else open; then exec.
[[noreturn]] void becomeChild(char *const argv[], int pipeWrite, int devNull, int childFd, const Spawn::Options &options, pid_t parent)
{
    if (options.dieWithParent) {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) // the parent died before prctl
            ::_exit(125);
    }
    if (options.newSession)
        ::setsid();
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    for (int sig : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGCHLD})
        ::signal(sig, SIG_DFL);
    const int w = ::fcntl(pipeWrite, F_DUPFD, childFd + 1);
    if (devNull >= 0) {
        ::dup2(devNull, 0);
        ::dup2(devNull, 1);
        ::dup2(devNull, 2);
    }
    if (w < 0 || ::dup2(w, childFd) < 0)
        ::_exit(126);
    ::close_range(unsigned(childFd) + 1, ~0U, 0);
    ::execv(argv[0], argv);
    ::_exit(127);
}
} // namespace

std::string Spawn::findExecutable(const std::string &name, const char *envVariable)
{
    const std::string appDir = selfDirectory();
    const char *env = std::getenv(envVariable);
    const char *binDir = std::getenv("WIMBENCH_BIN_DIR");
    const std::string candidates[] = {
        env != nullptr ? std::string(env) : std::string(),
        appDir.empty() ? std::string() : appDir + '/' + name,
        binDir != nullptr && *binDir != '\0' ? std::string(binDir) + '/' + name : std::string(),
        appDir.empty() ? std::string() : appDir + "/../libexec/wimbench/" + name,
    };
    for (const std::string &c : candidates) {
        if (isExecutableFile(c))
            return c;
    }
    return {};
}

pid_t Spawn::start(char *const argv[], int childFd, const Options &options, int *parentFd)
{
    int fds[2];
    const int made = options.twoWay ? ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) : ::pipe2(fds, O_CLOEXEC);
    if (made != 0)
        return -1;
    const int devNull = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    const pid_t parent = ::getpid();
    const pid_t child = ::fork();
    if (child == 0)
        becomeChild(argv, fds[1], devNull, childFd, options, parent);
    const int err = errno;
    ::close(fds[1]);
    if (devNull >= 0)
        ::close(devNull);
    if (child < 0) {
        ::close(fds[0]);
        errno = err;
        return -1;
    }
    *parentFd = fds[0];
    return child;
}

namespace {
/// Sends or reads exactly `size` bytes; false at end-of-file or on an error.
bool transferAll(int fd, char *p, size_t size, bool sending)
{
    while (size > 0) {
        const ssize_t n = sending ? ::send(fd, p, size, MSG_NOSIGNAL) : ::read(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= size_t(n);
    }
    return true;
}
} // namespace

bool Spawn::sendAll(int fd, const void *data, size_t size)
{
    return transferAll(fd, const_cast<char *>(static_cast<const char *>(data)), size, true);
}

bool Spawn::readAll(int fd, void *data, size_t size)
{
    return transferAll(fd, static_cast<char *>(data), size, false);
}

std::optional<std::string> Spawn::readLine(int fd)
{
    std::string line;
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return std::nullopt;
        if (c == '\n')
            return line;
        line += c;
    }
}

std::vector<std::string> Spawn::takeNulEnded(std::string *data)
{
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t end; (end = data->find('\0', start)) != std::string::npos; start = end + 1)
        parts.push_back(data->substr(start, end - start));
    data->erase(0, start);
    return parts;
}

void Spawn::endLike(int status)
{
    if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        ::signal(sig, SIG_DFL);
        sigset_t only;
        sigemptyset(&only);
        sigaddset(&only, sig);
        ::sigprocmask(SIG_UNBLOCK, &only, nullptr);
        ::raise(sig);
        ::_exit(128 + sig);
    }
    ::_exit(WIFEXITED(status) ? WEXITSTATUS(status) : 1);
}

Spawn::ArgumentArea Spawn::argumentArea(int argc, char **argv)
{
    char *end = argv[0] + std::strlen(argv[0]) + 1;
    for (int i = 1; i < argc; ++i) {
        if (argv[i] != end)
            return {}; // not one contiguous area
        end += std::strlen(argv[i]) + 1;
    }
    return {argv[0], size_t(end - argv[0])};
}

void Spawn::yieldToOthers()
{
    const sched_param param{};
    (void)::sched_setscheduler(0, SCHED_IDLE, &param);
}

void Spawn::releaseStandardStreams()
{
    const int devNull = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    if (devNull < 0)
        return;
    for (int fd = 0; fd < 3; ++fd)
        ::dup2(devNull, fd);
    ::close(devNull);
}

bool Spawn::rewriteArguments(const ArgumentArea &area, const std::vector<std::string> &args)
{
    size_t need = 0;
    for (const std::string &arg : args)
        need += arg.size() + 1;
    if (area.begin == nullptr || need > area.size)
        return false;
    char *out = area.begin;
    for (const std::string &arg : args) {
        std::memcpy(out, arg.c_str(), arg.size() + 1);
        out += arg.size() + 1;
    }
    std::memset(out, 0, area.size - need);
    return true;
}

} // namespace wb
