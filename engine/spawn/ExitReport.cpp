// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The launcher's early exit (ExitReport.h; engine/mount/README.md, "Ending before the teardown").
#include "ExitReport.h"

#include "Spawn.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace wb {
namespace {

int g_report = -1;   ///< in wimbench-cli-core: the write end of the report pipe
pid_t g_command = 0; ///< in the launcher: the command's process, for the signal handler

/// Passes on a signal someone sent the launcher. One the terminal generated (Ctrl+C, a hang-up)
/// has reached the command already, which shares the launcher's process group.
extern "C" void forwardSentSignal(int sig, siginfo_t *info, void *)
{
    if (g_command > 0 && info != nullptr && info->si_code <= 0) // SI_USER, SI_QUEUE, SI_TKILL
        ::kill(g_command, sig);
}

/// The launcher after the fork: ends as the command did.
[[noreturn]] void waitForCommand(int fd, pid_t command)
{
    g_command = command;
    struct sigaction action
    {};
    action.sa_sigaction = forwardSentSignal;
    action.sa_flags = SA_RESTART | SA_SIGINFO;
    for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
        ::sigaction(sig, &action, nullptr);
    const std::optional<std::string> report = Spawn::readLine(fd);
    if (report && report->rfind("exit ", 0) == 0)
        ::_exit(std::atoi(report->c_str() + 5) & 0xff); // finished; the kernel still tears it down
    int status = 0;
    while (::waitpid(command, &status, 0) < 0 && errno == EINTR) {}
    Spawn::endLike(status);
}

} // namespace

bool ExitReport::splitLauncher()
{
    int fds[2]; // above 2: the launcher has put /dev/null on a closed 0, 1 or 2
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return false;
    const pid_t launcher = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return false;
    }
    if (pid > 0) {
        ::close(fds[1]);
        waitForCommand(fds[0], pid);
    }
    ::close(fds[0]);
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != launcher)
        ::_exit(1); // the launcher was killed before the line above: so is the command
    const std::string value = std::to_string(fds[1]);
    ::setenv(kVariable, value.c_str(), 1);
    ::fcntl(fds[1], F_SETFD, 0); // kept across the execv of wimbench-cli-core
    return true;
}

void ExitReport::adopt()
{
    const char *value = std::getenv(kVariable);
    const int fd = value != nullptr ? std::atoi(value) : -1;
    ::unsetenv(kVariable);
    if (fd > 2 && ::fcntl(fd, F_SETFD, FD_CLOEXEC) == 0)
        g_report = fd;
}

void ExitReport::forget()
{
    if (g_report >= 0)
        ::close(g_report);
    g_report = -1;
}

void ExitReport::send(int status)
{
    if (g_report < 0)
        return;
    // The launcher exits on this line, and its death would kill this process (PR_SET_PDEATHSIG
    // above) in what it does after reporting (core/DeferredRemoval.h): the command has ended.
    ::prctl(PR_SET_PDEATHSIG, 0);
    Spawn::yieldToOthers();
    const std::string line = "exit " + std::to_string(status & 0xff) + '\n';
    ssize_t ignored = ::write(g_report, line.data(), line.size());
    (void)ignored;
    forget();
}

} // namespace wb
