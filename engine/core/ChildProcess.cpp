// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildProcess.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace wb {

QString ChildProcess::findExecutable(const QString &name, const char *envVariable)
{
    QStringList candidates;
    const QString env = qEnvironmentVariable(envVariable);
    if (!env.isEmpty())
        candidates << env;
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty())
        candidates << appDir + QLatin1Char('/') + name;
    const QString binDir = qEnvironmentVariable("WIMBENCH_BIN_DIR");
    if (!binDir.isEmpty())
        candidates << binDir + QLatin1Char('/') + name;
    if (!appDir.isEmpty())
        candidates << appDir + QStringLiteral("/../libexec/wimbench/") + name;
    for (const QString &c : candidates) {
        const QFileInfo fi(c);
        if (fi.isFile() && fi.isExecutable())
            return fi.absoluteFilePath();
    }
    return {};
}

namespace {
/// In the forked child: session, signals, stdio, the pipe as `childFd`, nothing else open; then exec.
[[noreturn]] void becomeChild(char **argv, int pipeWrite, int devNull, int childFd, const ChildProcess::Options &options,
                              pid_t parent)
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

Result<ChildProcess::Started> ChildProcess::start(const QString &executable, const QStringList &arguments, int childFd,
                                                  const Options &options, const QString &errorCode, const QString &what)
{
    std::vector<std::string> argStrings;
    argStrings.push_back(QFile::encodeName(executable).toStdString());
    for (const QString &a : arguments)
        argStrings.push_back(a.toUtf8().toStdString());
    std::vector<char *> argv;
    for (std::string &s : argStrings)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    int pipeFds[2];
    const int made = options.twoWay ? ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pipeFds) : ::pipe2(pipeFds, O_CLOEXEC);
    if (made != 0)
        return Error::fromErrno(errorCode, what, errno);
    const int devNull = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    const pid_t parent = ::getpid();
    const pid_t child = ::fork();
    if (child == 0)
        becomeChild(argv.data(), pipeFds[1], devNull, childFd, options, parent);
    const int err = errno;
    ::close(pipeFds[1]);
    if (devNull >= 0)
        ::close(devNull);
    if (child < 0) {
        ::close(pipeFds[0]);
        return Error::fromErrno(errorCode, what, err);
    }
    return Started{qint64(child), pipeFds[0]};
}

} // namespace wb
