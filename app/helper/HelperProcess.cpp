// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelperProcess.h"

#include "core/FaultPoint.h"
#include "mount/MountTable.h"
#include "mount/StagingFolder.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

#include <dlfcn.h>
#include <pthread.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace wb::helper {

int g_readyFd = -1;
std::string g_pending;
Spawn::ArgumentArea g_argumentArea;

namespace {

// The image file's identity, for the helper.commit-write fault point below; set by
// watchImageWrites once WIMBENCH_FAULT holds the helper's own fault (nothing before that may read it).
dev_t g_imageDevice = 0;
ino_t g_imageInode = 0;
/// The folder being mounted, for afterForkInParent.
std::string g_mountDir;

bool isImageFile(int fd)
{
    struct stat st;
    return g_imageInode != 0 && ::fstat(fd, &st) == 0 && st.st_ino == g_imageInode && st.st_dev == g_imageDevice;
}

/// Runs in the child of every fork() of this process. The only fork of interest is the one FUSE
/// makes to daemonize once the mount is established: the child reports its pid and closes its
/// copy of the ready pipe. Async-signal-safe calls only (and the fault point, for tests).
void afterForkInChild()
{
    if (g_readyFd < 0)
        return;
    char buf[48] = "forked ";
    size_t len = 7;
    char digits[24];
    size_t n = 0;
    long pid = long(::getpid());
    do {
        digits[n++] = char('0' + pid % 10);
        pid /= 10;
    } while (pid > 0 && n < sizeof digits);
    while (n > 0)
        buf[len++] = digits[--n];
    buf[len++] = '\n';
    ssize_t ignored = ::write(g_readyFd, buf, len);
    (void)ignored;
    ::close(g_readyFd);
    g_readyFd = -1;
    faultPoint("helper.daemon-forked"); // before libfuse tells its parent the set-up is done
}

/// SIGCHLD in the original helper after FUSE's daemonizing fork: the daemon has died. libfuse 2's
/// fuse_daemonize parent waits for the daemon's "set-up done" byte on a pipe whose write end it
/// keeps open itself (libfuse 2.9, lib/helper.c), so a daemon killed or stopped-and-killed before
/// it wrote that byte would leave this process waiting for ever, holding the image file open and
/// its write lock (the next mount of it: "already locked for writing"). It ends instead.
extern "C" void onDaemonEnded(int, siginfo_t *info, void *)
{
    if (info->si_code == CLD_EXITED || info->si_code == CLD_KILLED || info->si_code == CLD_DUMPED)
        ::_exit(0);
}

/// Arms onDaemonEnded, and ends at once when the daemon has died before that.
void endWithTheDaemon()
{
    struct sigaction action
    {};
    action.sa_sigaction = onDaemonEnded;
    action.sa_flags = SA_SIGINFO | SA_NOCLDSTOP;
    ::sigaction(SIGCHLD, &action, nullptr);
    siginfo_t info{};
    if (::waitid(P_ALL, 0, &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid != 0)
        ::_exit(0);
}

/// Runs in this process after each of its fork() calls. The fork FUSE makes to daemonize comes
/// once the mount exists, and libfuse 2's fuse_daemonize then only waits for the daemon's set-up
/// and exits 0: this process has nothing more to report. It says "daemonized" and closes its end
/// of the ready socket, so the starter reads end-of-file without waiting for this process's exit,
/// which unmaps all it had read (about a millisecond, issue 16). A fork before the mount exists
/// (libfuse running fusermount for a user who may not mount) changes nothing. Its command line no
/// longer names the folder either: until it has exited, nothing (cleanup's helperServing) may take
/// it for the daemon. And it ends when the daemon dies before its set-up is done (endWithTheDaemon).
void afterForkInParent()
{
    if (g_readyFd < 0 || MountTable::typeAt(g_mountDir) != std::optional<std::string>("fuse.wimfs"))
        return;
    endWithTheDaemon();
    Spawn::rewriteArguments(g_argumentArea, {"wimbench-mount-helper", "--daemonized"});
    report("daemonized");
    ::close(g_readyFd); // the starter reads on until end-of-file: close before giving way
    g_readyFd = -1;
    Spawn::yieldToOthers(); // the starter goes on; this process's exit can wait
}

} // namespace

void afterUnmount(const std::string &stagingDir)
{
    faultPoint("helper.after-unmount");
    if (!stagingDir.empty())
        (void)StagingFolder::removeEmptied(stagingDir);
}

Arguments parseArguments(int argc, char *const argv[])
{
    Arguments a;
    for (int i = 1; i < argc; ++i) {
        const std::string opt = argv[i];
        auto next = [&]() -> std::string { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
        if (opt == "--image")
            a.image = next();
        else if (opt == "--index")
            a.index = std::atoi(next().c_str());
        else if (opt == "--name")
            a.name = next();
        else if (opt == "--dir")
            a.dir = next();
        else if (opt == "--staging")
            a.staging = next();
        else if (opt == "--swm")
            a.swm = next();
        else if (opt == "--log")
            a.log = next();
        else if (opt == "--registry")
            (void)next(); // the starter's registry; read from /proc by MountManager::removeUnregisteredMounts
        else if (opt == "--log-level") {
            a.logLevel = next();
            a.logLevelGiven = true;
        } else if (opt == "--read-write")
            a.readWrite = true;
        else if (opt == "--unix-data")
            a.unixData = true;
        else if (opt == "--wait-go")
            a.waitForGo = true;
        else if (opt == "--ready-fd")
            a.readyFd = std::atoi(next().c_str());
        else if (opt == "--help" || opt == "-h")
            a.help = true;
    }
    return a;
}

const char *usage()
{
    return "usage: wimbench-mount-helper --image <wim> [--index <n> | --name <name>] --dir <folder> --ready-fd <fd>\n"
           "       [--read-write --staging <folder>]\n"
           "       [--unix-data] [--swm <pattern>] [--log <file>] [--log-level 1-4] [--registry <folder>] [--wait-go]\n"
           "Started by WimBench; see engine/mount/README.md.\n";
}

void report(std::string_view line)
{
    if (g_readyFd < 0)
        return;
    std::string data(line);
    data += '\n';
    ssize_t ignored = ::write(g_readyFd, data.data(), data.size());
    (void)ignored;
}

void reportError(int wimlibCode, std::string_view code, std::string message)
{
    for (char &c : message) {
        if (c == '\n')
            c = ' ';
    }
    report("error " + std::to_string(wimlibCode) + ' ' + std::string(code) + '\t' + message);
}

bool receiveArguments(const char *self, std::vector<std::string> *received)
{
    std::string data;
    char buf[4096];
    std::vector<std::string> parts;
    size_t want = 0;
    while (parts.empty() || parts.size() < want + 1) {
        const ssize_t n = ::read(3, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data.append(buf, size_t(n));
        for (std::string &part : Spawn::takeNulEnded(&data))
            parts.push_back(std::move(part));
        if (!parts.empty())
            want = std::strtoul(parts.front().c_str(), nullptr, 10);
    }
    g_pending = data; // the go-ahead may follow at once on the same stream
    received->assign({self});
    received->insert(received->end(), parts.begin() + 1, parts.begin() + 1 + long(want));
    return true;
}

std::optional<std::string> waitForGo()
{
    std::string data = std::exchange(g_pending, {});
    char buf[512];
    while (data.find('\n') == std::string::npos) {
        const ssize_t n = ::read(g_readyFd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return std::nullopt;
        data.append(buf, size_t(n));
    }
    const std::string line = data.substr(0, data.find('\n'));
    if (line.rfind("mount ", 0) != 0)
        return std::nullopt;
    return line.substr(6);
}

void watchImageWrites(const std::string &image)
{
    struct stat st;
    if (faultInjectionEnabled() && ::stat(image.c_str(), &st) == 0) {
        g_imageDevice = st.st_dev;
        g_imageInode = st.st_ino;
    }
}

void armForkHandlers(const std::string &dir)
{
    g_mountDir = dir;
    ::pthread_atfork(nullptr, &afterForkInParent, &afterForkInChild);
}

void adoptHelperFault()
{
    if (const char *helperFault = std::getenv("WIMBENCH_HELPER_FAULT"))
        ::setenv("WIMBENCH_FAULT", helperFault, 1);
    else
        ::unsetenv("WIMBENCH_FAULT");
}

} // namespace wb::helper

// Fault injection only (core/FaultPoint.h): wimlib writes the committed image with write() and
// pwrite(); these wrappers in the helper executable take precedence over libc's for libwim, and
// hit "helper.commit-write" before each write into the image file, so a test can kill the daemon
// in the middle of a commit. Without WIMBENCH_HELPER_FAULT they only forward the call.
extern "C" ssize_t write(int fd, const void *buf, size_t count)
{
    using Fn = ssize_t (*)(int, const void *, size_t);
    static const Fn real = reinterpret_cast<Fn>(::dlsym(RTLD_NEXT, "write"));
    if (wb::helper::g_imageInode != 0 && wb::helper::isImageFile(fd))
        wb::faultPoint("helper.commit-write");
    return real(fd, buf, count);
}

extern "C" ssize_t pwrite64(int fd, const void *buf, size_t count, off_t offset)
{
    using Fn = ssize_t (*)(int, const void *, size_t, off_t);
    static const Fn real = reinterpret_cast<Fn>(::dlsym(RTLD_NEXT, "pwrite64"));
    if (wb::helper::g_imageInode != 0 && wb::helper::isImageFile(fd))
        wb::faultPoint("helper.commit-write");
    return real(fd, buf, count, offset);
}

extern "C" ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)
{
    return pwrite64(fd, buf, count, offset);
}
